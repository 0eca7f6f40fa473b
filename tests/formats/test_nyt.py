"""NYT News Service copy: ALL-CAPS headline, byline over a copyright line, ``BOSTON _`` dateline, subheads."""

from __future__ import annotations

import datetime as dt

from newsmodel import parse_article

from .conftest import parse_fixture


def test_nyt_plain() -> None:
    a = parse_fixture("nyt.txt", "nyt")
    assert a.headline == "HOSPITALS BRACE FOR FLU SEASON"
    assert a.source == "New York Times News Service"
    assert a.published == dt.datetime(1999, 12, 1, 17, 7)
    assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == ("BOSTON", None)
    assert [p.name for p in a.authors] == ["Mary McCarthy", "Paul O'Neil", "Jo Ellis"]
    assert [(c.role, c.names) for c in a.credits] == [("contributed", ("Jo Ellis",))]
    assert [t.kind for t in a.trailers] == ["copyright", "trailer"]
    assert [p.kind for p in a.body] == ["paragraph", "paragraph", "subheading", "paragraph"]


def test_nyt_record() -> None:
    a = parse_fixture("trec_nyt.txt", "trec")
    assert a.headline == "HOSPITALS BRACE FOR FLU SEASON"  # wrapped over two lines in <HEADLINE>
    assert a.source == "New York Times News Service"
    assert [p.name for p in a.authors] == ["Mary McCarthy"]
    assert [n.text for n in a.notes] == ["(ATTN: Mass., Conn.)"]
    assert [t.kind for t in a.trailers] == ["copyright", "end", "trailer"]
    assert [p.kind for p in a.body] == ["paragraph", "subheading", "paragraph"]
    assert "&QL;" not in a.text and "<P>" not in a.text


def test_undated_dateline_names_no_place() -> None:
    # "UNDATED --" and "(UNDATED) _" mark a story with no single place of origin: a dateline without a place
    for opening in ("   UNDATED -- Flu cases", "   (UNDATED) _ Flu cases"):
        text = f"FLU SEASON ARRIVES EARLY\n\n{opening} are rising, doctors said.\n\nNYT-12-01-99 1707EST\n"
        a = parse_article(text, "nyt")
        assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == (None, None)
        assert a.body[0].text.startswith("Flu cases are rising")
