"""The model's own rules: spans, partial dates, tuples, frozen values."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsmodel import Article, Byline, Organization, PartialDate, Person, Quote, Span


def test_span_must_match_its_text() -> None:
    assert Span.of("LONDON (Reuters)", 0, 6) == Span(0, 6, "LONDON")
    with pytest.raises(ValueError, match="does not match"):
        Span(0, 5, "LONDON")
    with pytest.raises(ValueError, match="start"):
        Span(5, 2, "")


@pytest.mark.parametrize(
    ("value", "precision"), [("2024", "year"), ("2024-03", "month"), ("2024-03-05", "day")]
)
def test_partial_date_keeps_its_precision(value: str, precision: str) -> None:
    d = PartialDate.fromisoformat(value)
    assert d.isoformat() == value
    assert d.precision == precision
    assert str(d) == value


@pytest.mark.parametrize("bad", ["24", "2024-13", "2023-02-30", "2024-3x", "", "2024-01-01-01"])
def test_partial_date_rejects_nonsense(bad: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.fromisoformat(bad)


def test_partial_date_needs_month_for_day() -> None:
    with pytest.raises(ValueError):
        PartialDate(2024, None, 5)


def test_sequences_become_tuples_and_strings_are_refused() -> None:
    p = Person("Jane Doe", aliases=["Doe"])
    assert p.aliases == ("Doe",)
    with pytest.raises(TypeError):
        Person("Jane Doe", aliases="Doe")  # type: ignore[arg-type]


def test_models_are_frozen_and_hashable() -> None:
    p = Person("Jane Doe", id="p1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.name = "John"  # type: ignore[misc]
    assert hash(p) == hash(Person("Jane Doe", id="p1"))


def test_article_conveniences() -> None:
    jane = Person("Jane Doe", id="p1")
    acme = Organization("Acme Corp", id="o1", acronym="ACME")
    text = "Jane Doe said hi."
    a = Article(
        text=text,
        byline=Byline(authors=(jane,)),
        people=(jane,),
        organizations=(acme,),
        quotes=(Quote("hi", "indirect", Span.of(text, 14, 16), id="q1", speaker=jane),),
        published=dt.date(2022, 9, 30),
    )
    assert a.authors == (jane,)
    assert a.entity("o1") is acme
    assert a.entity("p1") is jane
    assert a.entity("x") is None
    assert a.paragraphs == ()
