"""render(): one article as the text of each --to target."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsmodel import from_json
from newsmodel.export import COLUMNS, TARGETS, render, to_jsonld, to_ninjs
from tests.export.articles import build_article


def test_every_target() -> None:
    article = build_article()
    assert TARGETS == ("json", "jsonl", "ninjs", "jsonld", "csv")
    assert from_json(render(article, "json")) == article
    assert "\n" not in render(article, "jsonl")
    assert json.loads(render(article, "ninjs")) == to_ninjs(article)
    assert json.loads(render(article, "jsonld", indent=2)) == to_jsonld(article)
    rows = list(csv.reader(io.StringIO(render(article, "csv", table="quotes"))))
    assert tuple(rows[0]) == COLUMNS["quotes"] and len(rows) == 4
    no_header = list(csv.reader(io.StringIO(render(article, "csv", table="quotes", header=False))))
    assert no_header == rows[1:]


def test_unknown_target() -> None:
    with pytest.raises(ValueError, match="unknown export target"):
        render(build_article(), "xml")  # type: ignore[arg-type]
