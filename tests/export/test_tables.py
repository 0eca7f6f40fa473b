"""Flat tables: articles, people, organizations, quotes and commitments, joined by ids."""

from __future__ import annotations

import csv
import io

import pytest

from newsmodel import parse_article
from newsmodel.export import COLUMNS, TABLES, article_id, to_csv, to_pandas, to_records
from tests.export.articles import all_articles, build_article


def test_every_row_has_the_documented_columns_and_scalars() -> None:
    tables = to_records(all_articles())
    assert tuple(tables) == TABLES
    for name, rows in tables.items():
        for row in rows:
            assert tuple(row) == COLUMNS[name]
            assert all(v is None or isinstance(v, (str, int, bool)) for v in row.values()), row
    assert len(tables["articles"]) == len(all_articles())


def test_rows_join_by_ids() -> None:
    tables = to_records([build_article(), parse_article("Other copy.")])
    aid = article_id(build_article())
    people = {(r["article_id"], r["person_id"]): r for r in tables["people"]}
    orgs = {(r["article_id"], r["organization_id"]): r for r in tables["organizations"]}
    quotes = {(r["article_id"], r["quote_id"]): r for r in tables["quotes"]}
    assert {r["article_id"] for r in tables["articles"]} >= {aid}
    for q in tables["quotes"]:
        key = (q["article_id"], q["speaker_id"])
        speaker = people.get(key) or orgs.get(key)
        assert speaker is not None and speaker["name"] == q["speaker_name"]
    for c in tables["commitments"]:
        assert (c["article_id"], c["quote_id"]) in quotes
        assert (c["article_id"], c["actor_id"]) in people or (c["article_id"], c["actor_id"]) in orgs
    row = next(r for r in tables["articles"] if r["article_id"] == aid)
    assert row["quotes"] == 3 and row["commitments"] == 3 and row["people"] == 2
    assert row["dateline_date"] == "2024-03-03" and row["published"] == "2024-03-03T09:30:00+00:00"
    ann = people[(aid, "p1")]
    assert ann["is_author"] is True and ann["mentions"] == 2
    park = people[(aid, "p2")]
    assert park["titles"] == "Mayor" and park["is_author"] is False
    c1 = next(c for c in tables["commitments"] if c["commitment_id"] == "c1")
    assert (c1["deadline_text"], c1["deadline_date"], c1["deadline_precision"]) == ("by 2030", "2030", "year")


def test_csv_has_a_header_and_one_line_per_row() -> None:
    text = to_csv(build_article(), table="quotes")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS["quotes"]
    assert [r["quote_id"] for r in rows] == ["q1", "q2", "q3"]
    assert rows[1]["text"].endswith("</script>.")  # commas, quotes and markup survive the round trip
    assert to_csv([], table="commitments").strip() == ",".join(COLUMNS["commitments"])
    assert list(csv.DictReader(io.StringIO(to_csv(build_article(), "commitments"))))[1]["negated"] == "true"
    with pytest.raises(ValueError, match="unknown table"):
        to_csv(build_article(), table="speakers")


def test_not_an_article() -> None:
    with pytest.raises(TypeError):
        to_records(["not an article"])  # type: ignore[list-item]


def test_to_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frames = to_pandas(all_articles())
    assert set(frames) == set(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[name])
    assert str(frames["quotes"]["start"].dtype) == "Int64"
    joined = frames["quotes"].merge(
        frames["people"], left_on=["article_id", "speaker_id"], right_on=["article_id", "person_id"])
    assert set(joined["name"]) >= {"Joe Park"}
    empty = to_pandas([])
    assert all(len(f) == 0 for f in empty.values())
    assert isinstance(empty["articles"], pd.DataFrame)
