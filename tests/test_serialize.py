"""Dict and JSON round trips, references by id, and strict loading with paths in errors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from newsmodel import (
    SCHEMA_VERSION,
    Article,
    Byline,
    Commitment,
    Dateline,
    Deadline,
    NewsmodelError,
    Organization,
    PartialDate,
    Person,
    Quote,
    SchemaError,
    Span,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

TEXT = "By Jane Doe\n\nACME said it will open a plant by 2024. \u201cWe are ready,\u201d Doe said."


def at(needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span.of(TEXT, start, start + len(needle))


def sample() -> Article:
    jane = Person("Jane Doe", id="p1", aliases=("Doe",), titles=("chief executive",),
                  affiliations=("Acme Corp",), mentions=(at("Jane Doe"), at("Doe", 1)))
    acme = Organization("Acme Corp", id="o1", acronym="ACME", mentions=(at("ACME"),))
    quote = Quote("We are ready,", "direct", at("\u201cWe are ready,\u201d"), id="q1", speaker=jane, speaker_text="Doe",
                  speaker_span=at("Doe", 1), cue="said", cue_span=at("said", 1),
                  parts=(at("We are ready,"),))
    commitment = Commitment("open a plant by 2024", at("open a plant by 2024"), id="c1", actor=acme, cue="will",
                            deadline=Deadline("by 2024", PartialDate(2024), "year", at("by 2024")),
                            quote=None)
    return Article(
        text=TEXT, format="test", headline="Acme to build", published=dt.datetime(2022, 9, 30, 8, 15),
        source="Test Wire", byline=Byline(authors=(jane,), text="By Jane Doe", span=at("By Jane Doe")),
        dateline=Dateline("LONDON", "March 3", PartialDate(2022, 3, 3), "Reuters"),
        people=(jane,), organizations=(acme,), quotes=(quote,),
        commitments=(commitment, Commitment("keep going", Span.of(TEXT, 0, 2), id="c2", actor=jane, quote=quote)),
    )


def test_round_trip_dict_and_json() -> None:
    a = sample()
    assert from_dict(to_dict(a)) == a
    assert from_json(to_json(a)) == a


def test_references_restore_identity() -> None:
    b = from_json(to_json(sample()))
    assert b.quotes[0].speaker is b.people[0]
    assert b.byline is not None and b.byline.authors[0] is b.people[0]
    assert b.commitments[0].actor is b.organizations[0]
    assert b.commitments[1].quote is b.quotes[0]


def test_json_layout_lists_entities_once_and_refers_by_id() -> None:
    d = json.loads(to_json(sample()))
    assert d["schema_version"] == SCHEMA_VERSION
    assert d["quotes"][0]["speaker"] == "p1"
    assert d["byline"]["authors"] == ["p1"]
    assert d["commitments"][0]["actor"] == "o1"
    assert d["commitments"][1]["quote"] == "q1"
    assert d["published"] == "2022-09-30T08:15:00"
    assert d["commitments"][0]["deadline"]["date"] == "2024"
    assert d["dateline"]["date"] == "2022-03-03"


def test_plain_date_stays_a_date() -> None:
    a = Article(text="x", published=dt.date(1987, 2, 26))
    b = from_dict(to_dict(a))
    assert type(b.published) is dt.date and b.published == a.published


def _bad(mutate: Any) -> SchemaError:
    d = to_dict(sample())
    mutate(d)
    with pytest.raises(SchemaError) as info:
        from_dict(d)
    return info.value


@pytest.mark.parametrize(
    ("mutate", "path", "expected"),
    [
        (lambda d: d["people"][0].__setitem__("name", 3), "$.people[0].name", "expected str, got int"),
        (lambda d: d["people"][0].__setitem__("aliases", "Doe"), "$.people[0].aliases", "expected a list"),
        (lambda d: d["quotes"][0].__setitem__("kind", "rumour"), "$.quotes[0].kind", "expected one of"),
        (lambda d: d["quotes"][0].__setitem__("speaker", "p9"), "$.quotes[0].speaker", "unknown entity id"),
        (lambda d: d["commitments"][1].__setitem__("quote", "q7"), "$.commitments[1].quote", "unknown quote id"),
        (lambda d: d.__setitem__("published", "yesterday"), "$.published", "ISO 8601"),
        (lambda d: d["commitments"][0]["deadline"].__setitem__("date", "2024-13"), "$.commitments[0].deadline.date",
         "partial date"),
        (lambda d: d["people"][0]["mentions"][0].__setitem__("end", 99), "$.people[0].mentions[0]", "does not match"),
        (lambda d: d.__setitem__("colour", "red"), "$", "extra fields"),
        (lambda d: d.pop("text"), "$.text", "required field"),
        (lambda d: d.__setitem__("schema_version", 99), "$.schema_version", "expected schema_version"),
        (lambda d: d["byline"].__setitem__("authors", ["o1"]), "$.byline.authors[0]", "not in people"),
        (lambda d: d["quotes"][0].__setitem__("id", True), "$.quotes[0].id", "expected str, got bool"),
    ],
)
def test_malformed_input_names_the_path(mutate: Any, path: str, expected: str) -> None:
    err = _bad(mutate)
    assert path in str(err)
    assert expected in str(err)
    assert isinstance(err, ValueError) and isinstance(err, NewsmodelError)


def test_non_dict_and_bad_json() -> None:
    with pytest.raises(SchemaError, match="expected an article as a dict, got list"):
        from_dict([])  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match="not valid JSON"):
        from_json("{")
    with pytest.raises(TypeError, match="expects JSON text"):
        from_json(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects an Article"):
        to_dict({"text": "x"})  # type: ignore[arg-type]


def test_serializing_a_dangling_reference_is_refused() -> None:
    stranger = Person("Someone Else", id="p9")
    a = Article(text="hi", quotes=(Quote("hi", "direct", Span(0, 2, "hi"), id="q1", speaker=stranger),))
    with pytest.raises(SchemaError, match="not in the article's lists"):
        to_dict(a)
