"""Deadline wording to dates: precision read from the wording, relative dates against the filing date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel.extract.dates import find_deadline, find_deadlines, resolve_deadline
from newsmodel.model import PartialDate

# A Wednesday.
FILED = dt.date(2023, 5, 3)


@pytest.mark.parametrize(
    ("wording", "date", "precision"),
    [
        ("until 2024", PartialDate(2024), "year"),
        ("by 2030", PartialDate(2030), "year"),
        ("through fiscal 2025", PartialDate(2025), "year"),
        ("by end-2026", PartialDate(2026), "year"),
        ("by March", PartialDate(2024, 3), "month"),  # the coming March, not the one just gone
        ("in June", PartialDate(2023, 6), "month"),
        ("in June 2025", PartialDate(2025, 6), "month"),
        ("by the end of March 2024", PartialDate(2024, 3), "month"),
        ("by March 5", PartialDate(2024, 3, 5), "day"),
        ("on June 9, 2023", PartialDate(2023, 6, 9), "day"),
        ("by 12 July 2024", PartialDate(2024, 7, 12), "day"),
        ("by the end of next year", PartialDate(2024), "year"),
        ("by the end of the year", PartialDate(2023), "year"),
        ("later this year", PartialDate(2023), "year"),
        ("early next year", PartialDate(2024), "year"),
        ("next month", PartialDate(2023, 6), "month"),
        ("next week", PartialDate(2023, 5, 14), "week"),  # a week is given by its last day
        ("on Friday", PartialDate(2023, 5, 5), "day"),
        ("on Wednesday", PartialDate(2023, 5, 3), "day"),
        ("next Monday", PartialDate(2023, 5, 8), "day"),
        ("tomorrow", PartialDate(2023, 5, 4), "day"),
        ("in the third quarter", PartialDate(2023, 9), "quarter"),  # a quarter is given by its last month
        ("in the fourth quarter of 2024", PartialDate(2024, 12), "quarter"),
        ("in the second quarter of next year", PartialDate(2024, 6), "quarter"),
        ("in Q3 2024", PartialDate(2024, 9), "quarter"),
        ("in the second half of 2025", PartialDate(2025, 12), "half"),
        ("in the first half of next year", PartialDate(2024, 6), "half"),
        ("in the first quarter of fiscal 2025", PartialDate(2025), "year"),  # fiscal quarters are not calendar
    ],
)
def test_wording_resolves_to_its_own_precision(wording: str, date: PartialDate, precision: str) -> None:
    assert resolve_deadline(wording, FILED) == (date, precision)


@pytest.mark.parametrize(
    "wording", ["within three months", "in the coming months", "over the next two years", "within weeks",
                "in two years' time", "within a year", "this summer", "next spring"]
)
def test_durations_and_seasons_keep_their_wording_without_a_date(wording: str) -> None:
    found = find_deadline(f"will finish it {wording}", FILED)
    assert found is not None
    assert found.text == wording
    assert found.date is None
    assert found.precision is None


def test_a_month_without_a_day_invents_no_day() -> None:
    date, precision = resolve_deadline("by March", FILED)
    assert date is not None and date.day is None and precision == "month"


def test_a_datetime_filing_date_works_like_a_date() -> None:
    assert resolve_deadline("next year", dt.datetime(2023, 5, 3, 8, 30)) == (PartialDate(2024), "year")


@pytest.mark.parametrize("wording", ["next year", "by March", "on Friday", "in the third quarter", "next week"])
def test_relative_wording_without_a_filing_date_has_no_date(wording: str) -> None:
    found = find_deadline(f"to do it {wording}")
    assert found is not None and found.date is None and found.precision is None


def test_absolute_wording_needs_no_filing_date() -> None:
    assert resolve_deadline("until 2024") == (PartialDate(2024), "year")
    assert resolve_deadline("in June 2025") == (PartialDate(2025, 6), "month")


def test_start_of_the_year_filed_in_december_is_the_coming_one() -> None:
    assert resolve_deadline("at the start of the year", dt.date(2006, 12, 1)) == (PartialDate(2007), "year")
    assert resolve_deadline("at the start of the year", dt.date(2007, 1, 5)) == (PartialDate(2007), "year")


def test_a_weekday_in_copy_filed_overnight_is_the_day_before() -> None:
    # a story dated Friday morning was written on Thursday
    assert resolve_deadline("on Thursday", dt.date(2009, 2, 13)) == (PartialDate(2009, 2, 12), "day")


@pytest.mark.parametrize(
    "text",
    [
        "the 2008 Olympics",  # a bare year names no deadline
        "agreed upon last May",
        "secured in 1984 by the then government",  # before the filing year
        "down from the first quarter",
        "compared with the second quarter",
        "earlier this year",
        "cut output by 10 pct from March",
        "last year",
        "a year ago",
        "the February accord",  # a bare month name is attributive
    ],
)
def test_wording_that_is_not_a_deadline(text: str) -> None:
    assert find_deadlines(text, FILED) == []


def test_the_last_calendar_point_of_a_clause_is_its_deadline() -> None:
    text = "plans to debate the bill on Thursday night and vote on Friday"
    found = find_deadline(text, dt.date(2009, 2, 13))
    assert found is not None
    assert found.text == "on Friday"
    assert found.date == PartialDate(2009, 2, 13)


def test_a_date_wins_over_a_duration() -> None:
    found = find_deadline("within six weeks and no later than June 2024", FILED)
    assert found is not None and found.date == PartialDate(2024, 6)


def test_spans_point_into_the_text() -> None:
    text = "The ministry said it would finish the\nroad by the end of\nnext year."
    found = find_deadline(text, FILED)
    assert found is not None and found.span is not None
    assert text[found.span.start : found.span.end] == found.span.text
    assert found.text == "by the end of next year"  # hard wraps collapsed in the wording


def test_search_window_is_respected() -> None:
    text = "by 2025 and by 2030"
    assert [d.text for d in find_deadlines(text, FILED, 8)] == ["by 2030"]


def test_hostile_input_is_handled() -> None:
    text = "by the end of " * 5000 + "in the " * 5000 + "May " * 5000
    find_deadlines(text, FILED)


@pytest.mark.parametrize(
    "text",
    [
        "Acme will build it by the end of next year and open it on Friday, then expand in the third quarter.",
        "within three months, in 2024, Q3 2008, 5 March 2024, year-end, mid-2010, the coming weeks, tonight",
        "BY MARCH, Until 2030, ſtarting in June, the 2008 Olympics, $2024, 2,024 and last May",
        "",
    ],
)
def test_deadline_wording_is_tried_only_where_it_may_start(text: str) -> None:
    # the fast scan must find exactly what the full regex scan finds
    from newsmodel.extract.dates import _DEADLINE, _deadline_matches

    for pos in (0, 5):
        assert [m.span() for m in _deadline_matches(text, pos)] == [m.span() for m in _DEADLINE.finditer(text, pos)]
