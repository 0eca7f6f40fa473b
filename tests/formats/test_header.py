"""The seed's header style: `` date 2022-09-30 By Azernews``, then a byline, then blank-line paragraphs."""

from __future__ import annotations

import datetime as dt

from newsmodel import parse_article
from newsmodel.examples import __file__ as examples_init
from newsmodel.formats.header import parse_header

from .conftest import check_spans, parse_fixture


def test_fixture_header_byline_credit_subheading() -> None:
    a = parse_fixture("header.txt", "header")
    assert a.headline is None
    assert a.source == "Caspian Wire"
    assert a.published == dt.date(2023, 3, 5)
    assert a.dateline is None
    assert [p.name for p in a.authors] == ["Leyla Novruzova"]
    assert [(c.role, c.names) for c in a.credits] == [("source", ("Trend",))]
    assert a.credits[0].span is not None and a.credits[0].span.text == "Caspian Wire reports per Trend"
    assert a.notes == () and a.trailers == ()
    assert [(f.name, f.value) for f in a.fields] == [("date", "2023-03-05"), ("by", "Caspian Wire")]
    assert [p.kind for p in a.body] == ["paragraph", "paragraph", "paragraph", "subheading", "paragraph"]
    # the credit is taken out of the paragraph's text, the sentence keeps its full stop
    assert a.body[0].text.endswith("said on Sunday.")
    assert a.body[1].text.startswith("\u201cWe are building") and "\u2014" in a.body[1].text


def test_seed_article() -> None:
    from pathlib import Path

    text = (Path(examples_init).parent / "azernews-2022-09-30.txt").read_text(encoding="utf-8")
    a = parse_header(text)
    check_spans(a)
    assert (a.source, a.published, a.headline) == ("Azernews", dt.date(2022, 9, 30), None)
    assert [p.name for p in a.authors] == ["Ayya Lmahamad"]
    assert a.subheadings == ("EU\u2019s digital development strategy", "Region\u2019s digital hub")
    assert parse_article(text).format == "header"


def test_month_precision_header_date_is_not_a_day() -> None:
    a = parse_header(" date 2023-03 By Example Wire\n\nText.")
    assert a.published is None  # 'date 2023-03' is not a date the header format knows: nothing invented
