"""`newsmodel parse --to json|jsonl|ninjs|jsonld|csv` (and --table for CSV)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsmodel import from_dict, from_json
from newsmodel.cli import main
from newsmodel.export import COLUMNS, validate_ninjs

STORY = '''Port reopens after storm

By Maria Costa

VALPARAISO, June 4 (Reuters) - The port of Valparaiso reopened on Tuesday, the harbour authority said.

"We expect normal traffic by Friday," port director Luis Vega told reporters.
'''
OTHER = "Rain expected\n\nIt will rain on Monday, forecasters said.\n"


@pytest.fixture
def stories(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("a.txt", STORY), ("b.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["parse", *argv]) == 0
    return capsys.readouterr().out


def test_default_is_newsmodel_json(capsys: pytest.CaptureFixture[str], stories: list[str]) -> None:
    assert from_json(run(capsys, stories[0])).headline == "Port reopens after storm"
    assert run(capsys, stories[0], "--to", "json") == run(capsys, stories[0])


def test_jsonl_even_for_one_file(capsys: pytest.CaptureFixture[str], stories: list[str]) -> None:
    lines = run(capsys, stories[0], "--to", "jsonl").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["input"] == stories[0]
    assert from_dict(record["article"]).headline == "Port reopens after storm"


def test_ninjs(capsys: pytest.CaptureFixture[str], stories: list[str]) -> None:
    doc = json.loads(run(capsys, stories[0], "--to", "ninjs", "--indent", "2"))
    validate_ninjs(doc)
    assert doc["located"] == "VALPARAISO"
    records = [json.loads(line) for line in run(capsys, *stories, "--to", "ninjs").splitlines()]
    assert [r["input"] for r in records] == stories
    for r in records:
        validate_ninjs(r["article"])


def test_jsonld(capsys: pytest.CaptureFixture[str], stories: list[str]) -> None:
    doc = json.loads(run(capsys, stories[0], "--to", "jsonld"))
    assert doc["@type"] == "NewsArticle" and doc["dateline"] == "VALPARAISO, June 4 (Reuters)"


def test_csv(capsys: pytest.CaptureFixture[str], stories: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(run(capsys, *stories, "--to", "csv"))))
    assert [r["headline"] for r in rows] == ["Port reopens after storm", "Rain expected"]
    one = list(csv.reader(io.StringIO(run(capsys, stories[0], "--to", "csv", "--table", "people"))))
    assert tuple(one[0]) == COLUMNS["people"]
    assert "Maria Costa" in {row[2] for row in one[1:]}
    quotes = list(csv.reader(io.StringIO(run(capsys, *stories, "--to", "csv", "--table", "quotes"))))
    assert tuple(quotes[0]) == COLUMNS["quotes"] and len(quotes) >= 2


def test_csv_batch_with_a_failure(capsys: pytest.CaptureFixture[str], stories: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not UTF-8")
    assert main(["parse", stories[0], str(bad), stories[1], "--to", "csv"]) == 1
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert len(rows) == 2
    assert "bad.txt" in captured.err


def test_unknown_target(capsys: pytest.CaptureFixture[str], stories: list[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", stories[0], "--to", "xml"])
    assert "invalid choice" in capsys.readouterr().err
