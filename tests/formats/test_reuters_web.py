"""Reuters.com copy with the four-line ``-- `` header (headline, byline, date, URL)."""

from __future__ import annotations

import datetime as dt

from .conftest import parse_fixture


def test_web_header() -> None:
    a = parse_fixture("reuters_web.txt", "reuters-web")
    assert a.headline == "Harbour Foods profit beats forecasts"
    assert a.source == "Reuters"
    assert a.published == dt.datetime(2023, 3, 7, 4, 5)
    assert a.dateline is not None and a.dateline.location == "LONDON"
    assert [p.name for p in a.authors] == ["Sam Hill", "Ana Cruz"]
    assert a.authors[0].mentions[0].text == "Sam Hill" and len(a.authors[0].mentions) == 2  # byline and credit
    assert a.byline is not None and a.byline.roles == ("London correspondent",)
    assert [(c.role, c.names) for c in a.credits] == [("reporting", ("Sam Hill",)), ("editing", ("Jane Fox",))]
    assert {f.name for f in a.fields} == {"date", "url"}
    assert [p.text for p in a.body] == [
        "Harbour Foods Plc reported a higher-than-expected rise in first-half profit on Tuesday.",
        "Shares rose 4 percent.",
    ]
