"""Every article of the research corpora parses, keeps its span invariants and round-trips.

Skipped when ../shared/corpora is absent. Set NEWSMODEL_CORPUS_SAMPLE=N to check a sample of N per corpus.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from newsmodel import from_json, parse_article, to_json

from .spans import assert_spans_hold

COLLECTIONS = ["seed", "reuters21578", "duc_aquaint", "reuters_ding2014", "bbc_mlgucd"]


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_every_article_parses_and_round_trips(corpora: Path, collection: str) -> None:
    folder = corpora / collection
    files = sorted((folder / "articles").glob("*.txt")) or sorted(folder.glob("*.txt"))
    sample = int(os.environ.get("NEWSMODEL_CORPUS_SAMPLE", "0"))
    if sample:
        files = random.Random(0).sample(files, min(sample, len(files)))
    assert files, f"no articles in {folder}"
    failures = []
    for path in files:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")  # the one Latin-1 file in the BBC set
        try:
            article = parse_article(text)
            assert_spans_hold(article)
            assert from_json(to_json(article)) == article
        except Exception as exc:  # noqa: BLE001 - collect every failure, report them together
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}"[:300])
    assert not failures, f"{len(failures)} of {len(files)} failed:\n" + "\n".join(failures[:20])
