"""The shared wire grammar: dates, names, bylines, credits, trailers, paragraphs, and hostile input."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from newsmodel import PartialDate
from newsmodel.formats.registry import available_formats, get_format, registry
from newsmodel.formats.wire import (
    normal_name,
    parse_byline,
    parse_credit,
    parse_date,
    parse_timestamp,
    published_from,
    split_paragraphs,
    trailer_kind,
)

from .conftest import check_spans


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Feb 26", 1987, PartialDate(1987, 2, 26)),
        ("January 22", 1996, PartialDate(1996, 1, 22)),
        ("Sept. 14, 2001", None, PartialDate(2001, 9, 14)),
        ("3 March 2023", None, PartialDate(2023, 3, 3)),
        ("March 2023", None, PartialDate(2023, 3)),
        ("March 3", None, None),  # no year known: not placed on a calendar
        ("February 30", 2023, None),
        ("APril 7", 1987, PartialDate(1987, 4, 7)),
    ],
)
def test_parse_date(text: str, year: int | None, expected: PartialDate | None) -> None:
    assert parse_date(text, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26-FEB-1987 15:01:01.79", dt.datetime(1987, 2, 26, 15, 1, 1, 790000)),
        ("06/04/1998 09:18:00", dt.datetime(1998, 6, 4, 9, 18)),
        ("1999-07-07 08:30", dt.datetime(1999, 7, 7, 8, 30)),
        ("1999-02-17", dt.date(1999, 2, 17)),
        ("Sat Oct 21, 2006 8:11pm EDT", dt.datetime(2006, 10, 21, 20, 11)),
        ("Mon Jun 11, 2012 12:05am EDT", dt.datetime(2012, 6, 11, 0, 5)),
        ("1998-14-06 14:27:00", None),
        ("soon", None),
    ],
)
def test_parse_timestamp(text: str, expected: object) -> None:
    assert parse_timestamp(text) == expected


def test_month_precision_is_not_published() -> None:
    assert published_from(PartialDate(2023, 3)) is None
    assert published_from(PartialDate(2023, 3, 28)) == dt.date(2023, 3, 28)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("DONNA BRYSON", "Donna Bryson"),
        ("TED d'AFFLISIO", "Ted D'Afflisio"),
        ("MARY McCARTHY", "Mary McCarthy"),
        ("PAUL O'NEIL", "Paul O'Neil"),
        ("JEAN-PIERRE MCDONALD JR.", "Jean-Pierre McDonald Jr."),
        ("DAVID L. MARCUS", "David L. Marcus"),
        ("Claire DUBOIS", "Claire Dubois"),
        ("Chang-Ran Kim", "Chang-Ran Kim"),
        ("CARLOS DE LA TORRE", "Carlos de la Torre"),
    ],
)
def test_normal_name(printed: str, expected: str) -> None:
    assert normal_name(printed) == expected


@pytest.mark.parametrize(
    ("names", "people", "roles", "agency"),
    [
        ("Cal Mankowski, Reuters", ["Cal Mankowski"], [], "Reuters"),
        ("  Nate Raymond  and Jonathan Stempel", ["Nate Raymond", "Jonathan Stempel"], [], None),
        ("Jay Croft, Alan Judd and Bill Rankin", ["Jay Croft", "Alan Judd", "Bill Rankin"], [], None),
        ("ANNA DOLGOV Associated Press Writer", ["Anna Dolgov"], ["Associated Press Writer"], None),
        ("PAM BELLUCK   c.1999 N.Y. Times News Service", ["Pam Belluck"], [], None),
        ("Mike Dolan  - Analysis", ["Mike Dolan"], ["Analysis"], None),
        ("definition, the deficit means", [], [], None),
        ("Azernews", [], [], "Azernews"),
    ],
)
def test_parse_byline(names: str, people: list[str], roles: list[str], agency: str | None) -> None:
    assert parse_byline(names) == (people, roles, agency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reporting by Leila Lemghalef, writing by David Ljunggren; Editing by Bernadette Baum, Bernard Orr",
            [("reporting", ["Leila Lemghalef"]), ("writing", ["David Ljunggren"]),
             ("editing", ["Bernadette Baum", "Bernard Orr"])],
        ),
        (
            "Reporting by A. Kim in Charlotte, North Carolina and Bo Lund; Editing by Y. Ng",
            [("reporting", ["A. Kim", "Bo Lund"]), ("editing", ["Y. Ng"])],
        ),
        ("Associated Press writer Ann Lee in Little Rock contributed to this report.", [("contributed", ["Ann Lee"])]),
        ("The weather was fine.", []),
    ],
)
def test_parse_credit(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert parse_credit(text) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (" Reuter", "signoff"),
        ("REUTER", "signoff"),
        ("AP-NY-06-01-98 0828EDT", "trailer"),
        ("NYT-06-25-98 2141EDT ", "trailer"),
        ("XXX END OF STORY", "end"),
        ("c.1998 N.Y. Times News Service", "copyright"),
        ("COPYRIGHT 1998 BY WORLDSOURCES, INC.", "copyright"),
        ("For Use By Clients of the New York Times News Service", "distribution"),
        ("(REG:EURO;)", "distribution"),
        ("MORE", "more"),
        ("(tsm/ml)", "signoff"),
        ("Shares rose 4 percent.", None),
    ],
)
def test_trailer_kind(line: str, kind: str | None) -> None:
    assert trailer_kind(line) == kind


def test_paragraph_styles() -> None:
    blank = "One.\n\nTwo\nwrapped.\n\n\nThree."
    indented = "One line\nwraps.\n    Two.\n    Three\nwraps."
    tabbed = "\t   One line\nwraps.\n\t   Two."
    for text, count in ((blank, 3), (indented, 3), (tabbed, 2)):
        assert len(split_paragraphs(text)) == count
    assert split_paragraphs("") == [] and split_paragraphs(" \n\n\t") == []


HOSTILE = [
    "",
    " \n\t\n ",
    "\x00\x01\x02\ufffd\ud7ff" * 50,
    "<DOC><TEXT><P>" * 200,
    "<REUTERS><TEXT><TITLE>T</TITLE><BODY>" + "x " * 2000,
    "</DOC></TEXT>&QL;&#99999999;&#x110000;&",
    "A" * 200_000,
    "(" * 5000 + ")" * 5000,
    "WASHINGTON " * 5000 + "(AP) _ x",
    "By " * 10000,
    "-- \n" * 1000,
    " date 2022-09-30 By " + "X" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_parses_with_every_format(text: str) -> None:
    for name in available_formats():
        check_spans(get_format(name).parse(text))
    check_spans(registry.detect(text).parse(text))


def test_random_junk_parses() -> None:
    rnd = random.Random(7)
    alphabet = "AB (),.-_\n\t<>/&;#:'\"\u201c\u2014cdXYZ0123456789"
    for _ in range(200):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 400)))
        check_spans(registry.detect(text).parse(text))
