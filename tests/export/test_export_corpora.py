"""Real wire copy through every exporter: a fixed sample of each research corpus (skipped when absent).

Each article's JSON must validate against the shipped JSON Schema, its ninjs
against IPTC's schemas, its JSON-LD must use known schema.org terms only (see
test_jsonld), and its notebook HTML must keep the text and nest.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsmodel import parse_article, to_dict
from newsmodel.export import to_html, to_jsonld, to_ninjs, to_records, validate_article_json, validate_ninjs
from tests.export.test_html import outline

COLLECTIONS = ["seed", "reuters21578", "duc_aquaint", "reuters_ding2014", "bbc_mlgucd"]
PER_COLLECTION = 15


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_sample_exports(corpora: Path, collection: str) -> None:
    folder = corpora / collection
    files = sorted((folder / "articles").glob("*.txt")) or sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip(f"no articles in {folder}")
    failures = []
    for path in random.Random(7).sample(files, min(PER_COLLECTION, len(files))):
        text = path.read_bytes().decode("utf-8", errors="replace")
        try:
            article = parse_article(text)
            validate_article_json(json.loads(json.dumps(to_dict(article))))
            validate_ninjs(to_ninjs(article))
            validate_ninjs(to_ninjs(article, version="2.2"), version="2.2")
            json.dumps(to_jsonld(article))
            to_records(article)
            assert "".join(outline(to_html(article)).text) == article.text
        except Exception as exc:  # noqa: BLE001 - collect every failure, report them together
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}"[:300])
    assert not failures, "\n".join(failures)
