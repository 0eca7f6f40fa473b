"""Xinhua copy: ``KUNMING, January 22 (Xinhua) --``; plain copy and the AQUAINT record."""

from __future__ import annotations

import datetime as dt

from newsmodel import PartialDate

from .conftest import parse_fixture


def test_xinhua_plain() -> None:
    a = parse_fixture("xinhua.txt", "xinhua")
    assert a.headline == "China Opens New Rail Link to Laos"
    assert a.source == "Xinhua"
    assert a.dateline is not None and (a.dateline.location, a.dateline.date_text) == ("KUNMING", "January 22")
    assert a.published is None and a.dateline.date is None  # no year anywhere
    assert a.authors == () and a.credits == () and a.trailers == ()
    assert len(a.body) == 2


def test_xinhua_record_dates_the_dateline() -> None:
    a = parse_fixture("trec_xie.txt", "trec")
    assert a.source == "Xinhua"
    assert a.dateline is not None and a.dateline.date == PartialDate(1999, 1, 22)
    assert a.published == dt.date(1999, 1, 23)  # DATE_TIME
    assert len(a.body) == 2
