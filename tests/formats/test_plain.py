"""Plain copy (BBC): headline line, blank line, body; no source, date, byline or dateline."""

from __future__ import annotations

from newsmodel import parse_article

from .conftest import parse_fixture


def test_bbc_fixture() -> None:
    a = parse_fixture("bbc.txt", "plain")
    assert a.headline == "Band's comeback tour sells out"
    assert (a.source, a.published, a.dateline, a.byline) == (None, None, None, None)
    assert len(a.body) == 3
    assert a.body[1].text.startswith("By 1978,")  # a sentence opening with "By" is not a byline
    assert a.credits == () and a.trailers == ()


def test_single_line_is_body_not_headline() -> None:
    a = parse_article("WASHINGTON (AP) _ The Senate met on Monday.")
    assert a.headline is None
    assert a.dateline is not None and a.dateline.location == "WASHINGTON"
    assert [p.text for p in a.body] == ["The Senate met on Monday."]


def test_crlf_and_bom_are_normalised() -> None:
    a = parse_article("\ufeffRain expected\r\n\r\nIt will rain, forecasters said.\r\n")
    assert a.headline == "Rain expected"
    assert a.text.startswith("Rain expected\n\n")
