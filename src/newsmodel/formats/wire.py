"""The grammar of wire copy, shared by every format: datelines, bylines, credits, notes, trailers, paragraphs.

A format module decides *where* the parts of a story sit (a container's tags, a
header block, the agency's dateline); this module knows *what* each part looks
like. :class:`Copy` collects the parts found so far and :meth:`Copy.article`
turns them into an :class:`~newsmodel.model.Article`, so a custom parser can be
a few lines long:

>>> copy = Copy("BERN, March 3 (SWX) - Rain fell.\\n\\nIt stopped.", format="example")
>>> copy.read_story()
>>> article = copy.article()
>>> article.dateline.location, article.dateline.agency, len(article.body)
('BERN', 'SWX', 2)

Every regex here is compiled once, matched at a known position or over one
line, and free of nested unbounded quantifiers, so parsing stays linear.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from newsmodel.model import (
    Article,
    Byline,
    Credit,
    Dateline,
    Field,
    Note,
    Paragraph,
    PartialDate,
    Person,
    Span,
    Trailer,
)
from newsmodel.text import collapse, flatten

__all__ = [
    "AGENCIES",
    "Copy",
    "agency_detector",
    "agency_name",
    "dateline_agency",
    "normal_name",
    "parse_byline",
    "parse_credit",
    "parse_date",
    "parse_timestamp",
    "published_from",
    "read_copy",
    "split_paragraphs",
    "trailer_kind",
]

When = _dt.date | _dt.datetime | PartialDate

# ---------------------------------------------------------------------------------------------------------
# Agencies

AGENCIES: dict[str, str] = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
    "xinhua": "Xinhua",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "united press international": "UPI",
    "new york times news service": "New York Times News Service",
    "nyt": "New York Times News Service",
    "n.y. times news service": "New York Times News Service",
    "nyt news service": "New York Times News Service",
    "bbc": "BBC",
    "azernews": "Azernews",
    "trend": "Trend",
    "interfax": "Interfax",
    "itar-tass": "Itar-Tass",
    "tass": "Tass",
    "kyodo": "Kyodo",
    "dpa": "dpa",
    "ansa": "ANSA",
    "efe": "EFE",
    "bloomberg": "Bloomberg",
    "cox news service": "Cox News Service",
}
"""Agency names as printed (lower-cased) to the name the library reports. Add to it for your own agencies."""


def agency_name(printed: str) -> str | None:
    """The agency a printed name stands for ("Reuter" -> "Reuters"), or None when it is not a known agency."""
    return AGENCIES.get(collapse(printed).lower().strip(" .,"))


# ---------------------------------------------------------------------------------------------------------
# Dates

_MONTH_NUMBERS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

# A month name or its abbreviation, any case: 'March', 'Feb', 'Sept.', 'APril'.
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

# A date as datelines print it: 'March 3', 'Feb 26', 'Sept. 14', 'January 22, 1996', '3 March 2023'.
_DATE_TEXT = re.compile(
    rf"(?:(?P<month>{MONTH})[ ]{{1,2}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?[ ](?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})[ ](?P<month2>{MONTH})(?:,?[ ](?P<year2>\d{{4}}))?"
    rf"|(?P<month3>{MONTH})[ ](?P<year3>\d{{4}}))\b"
)
# Reuters-21578 <DATE>: '26-FEB-1987 15:01:01.79'.
_TS_DMY = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d\d)(?::(\d\d)(?:\.(\d{1,6}))?)?)?")
# ISO: '1999-07-07 08:30', '1998-01-06 08:28:00', '2022-09-30', '2022-09-30T10:00:00'.
_TS_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ]+(\d\d):(\d\d)(?::(\d\d))?)?")
# US slashes: '06/04/1998 09:18:00' (month first).
_TS_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d\d):(\d\d)(?::(\d\d))?)?")
# Web header: 'Sat Oct 21, 2006 8:11pm EDT', 'Mon Jun 11, 2012 10:49pm EDT'.
_TS_WEB = re.compile(
    rf"(?:[A-Za-z]{{3}},?\s+)?({MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})(?:\s+(\d{{1,2}}):(\d\d)\s*([AaPp][Mm])?)?"
)


def _month(word: str) -> int | None:
    return _MONTH_NUMBERS.get(word.lower().rstrip("."))


def _safe_date(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, year: int | None = None) -> PartialDate | None:
    """A dateline-style date at the start of ``text`` at the precision printed.

    The year comes from the text or from ``year`` (the header's); without one
    the date cannot be placed and None is returned. Nothing is guessed from the clock.

    >>> parse_date("Feb 26", year=1987)
    PartialDate(year=1987, month=2, day=26)
    >>> parse_date("March 2023")
    PartialDate(year=2023, month=3, day=None)
    >>> parse_date("March 3") is None
    True
    """
    m = _DATE_TEXT.match(text.strip())
    if not m:
        return None
    if m.group("month3"):
        return _safe_date(int(m.group("year3")), _month(m.group("month3")), None)
    month = _month(m.group("month") or m.group("month2"))
    day = int(m.group("day") or m.group("day2"))
    printed_year = m.group("year") or m.group("year2")
    y = int(printed_year) if printed_year else year
    if y is None or month is None:
        return None
    return _safe_date(y, month, day)


def parse_timestamp(text: str) -> _dt.date | _dt.datetime | None:
    """A header or container timestamp, as a datetime when it gives a time, else a date.

    >>> parse_timestamp("26-FEB-1987 15:01:01.79")
    datetime.datetime(1987, 2, 26, 15, 1, 1, 790000)
    >>> parse_timestamp("Sat Oct 21, 2006 8:11pm EDT")
    datetime.datetime(2006, 10, 21, 20, 11)
    >>> parse_timestamp("1999-02-17")
    datetime.date(1999, 2, 17)
    """
    s = text.strip()
    try:
        m = _TS_ISO.match(s)
        if m:
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            if m[4]:
                return _dt.datetime(y, mo, d, int(m[4]), int(m[5]), int(m[6] or 0))
            return _dt.date(y, mo, d)
        m = _TS_DMY.match(s)
        if m:
            mo_ = _month(m[2])
            if mo_ is None:
                return None
            if m[4]:
                micro = int((m[7] or "0").ljust(6, "0"))
                return _dt.datetime(int(m[3]), mo_, int(m[1]), int(m[4]), int(m[5]), int(m[6] or 0), micro)
            return _dt.date(int(m[3]), mo_, int(m[1]))
        m = _TS_US.match(s)
        if m:
            if m[4]:
                return _dt.datetime(int(m[3]), int(m[1]), int(m[2]), int(m[4]), int(m[5]), int(m[6] or 0))
            return _dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = _TS_WEB.match(s)
        if m:
            mo_ = _month(m[1])
            if mo_ is None:
                return None
            if m[4]:
                hour = int(m[4])
                if m[6]:
                    hour = hour % 12 + (12 if m[6].lower() == "pm" else 0)
                return _dt.datetime(int(m[3]), mo_, int(m[2]), hour, int(m[5]))
            return _dt.date(int(m[3]), mo_, int(m[2]))
    except ValueError:
        return None
    return None


def published_from(when: When | None) -> _dt.date | _dt.datetime | None:
    """A publication date only when it is known to the day: ``PartialDate(2023, 3)`` gives None."""
    if when is None or isinstance(when, _dt.date):
        return when
    if when.day is None or when.month is None:
        return None
    return _dt.date(when.year, when.month, when.day)


# ---------------------------------------------------------------------------------------------------------
# Names

_PARTICLES = frozenset(
    (
        "de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von", "ter", "ten",
        "bin", "bint", "al", "el", "y",
    )
)
_SUFFIXES = {"jr": "Jr.", "jr.": "Jr.", "sr": "Sr.", "sr.": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
# Words that make a capitalised phrase a role or an outlet, not a person: 'Associated Press Writer'.
_ROLE_WORDS = frozenset(
    (
        "writer", "writers", "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "staff",
        "press", "news", "service", "times", "bureau", "chief", "special", "business", "sports", "science", "medical",
        "political", "diplomatic", "economics", "economic", "contributor", "columnist", "columnists", "critic",
        "analyst", "associated", "international", "agency", "newspapers", "newspaper", "photographer", "regional",
        "analysis",
    )
)
# One word of a personal name: 'Donna', "D'Afflisio", 'Chang-Ran', 'L.', 'McDonald', 'O'Brien'.
_NAME_WORD = re.compile(r"(?:[dDoOlL]['\u2019])?[A-Z][A-Za-z'\u2019\-]*\.?|[A-Z]\.(?:[A-Z]\.)*")


def _cap_word(word: str) -> str:
    """One ALL-CAPS word in normal capitalisation: 'MCDONALD' -> 'McDonald', "O'BRIEN" -> "O'Brien"."""
    if "-" in word:
        return "-".join(_cap_word(w) for w in word.split("-"))
    for apo in ("'", "\u2019"):
        if apo in word:
            head, _, tail = word.partition(apo)
            if len(head) <= 2:  # O'Brien, D'Afflisio; not "Ng'ang'a"-style inner marks
                return head.capitalize() + apo + _cap_word(tail)
    low = word.lower()
    if low in _SUFFIXES:
        return _SUFFIXES[low]
    if len(word) > 4 and low.startswith("mc"):
        return "Mc" + word[2:].capitalize()
    if len(word) <= 3 and word.endswith("."):  # an initial: 'L.'
        return word.upper()
    return word.capitalize()


def normal_name(name: str) -> str:
    """A person's name in normal capitalisation when printed in capitals (or all lower case), spacing tidied.

    >>> normal_name("DONNA BRYSON")
    'Donna Bryson'
    >>> normal_name("TED d'AFFLISIO")
    "Ted D'Afflisio"
    >>> normal_name("  Nate   Raymond ")
    'Nate Raymond'
    >>> normal_name("JEAN-PIERRE MCDONALD JR.")
    'Jean-Pierre McDonald Jr.'
    >>> normal_name("keith grant")
    'Keith Grant'
    """
    words = name.split()
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return " ".join(words)
    if not any(c.isupper() for c in letters):  # 'keith grant', typed in lower case
        return " ".join(w if w in _PARTICLES and 0 < i < len(words) - 1 else _cap_word(w) for i, w in enumerate(words))
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        caps = [c for c in w if c.isalpha()]
        if 0 < i < len(words) - 1 and low in _PARTICLES and w.isupper():
            out.append(low)
        elif len(caps) >= 2 and sum(1 for c in caps if c.islower()) <= (1 if len(caps) > 3 else 0):
            out.append(_cap_word(w.upper()))  # 'DUBOIS', "d'AFFLISIO", 'McCARTHY'
        else:
            out.append(w)
    return " ".join(out)


def _is_name(phrase: str, lenient: bool = False) -> bool:
    """A phrase shaped like a person's name: 2-6 capitalised words, initials and particles allowed.

    ``lenient`` also takes an all-lower-case phrase (a byline field typed in lower case).
    """
    if lenient and phrase.islower():
        phrase = phrase.title()
    words = phrase.split()
    if not 2 <= len(words) <= 6:
        return False
    caps = 0
    for i, w in enumerate(words):
        low = w.lower().rstrip(".,")
        if low in _ROLE_WORDS or agency_name(w) in ("AP", "Reuters", "Xinhua", "AFP", "UPI"):
            return False
        if 0 < i < len(words) - 1 and low in _PARTICLES:
            continue
        if low in _SUFFIXES:
            continue
        if not _NAME_WORD.fullmatch(w):
            return False
        caps += 1
    return caps >= 2


# ---------------------------------------------------------------------------------------------------------
# Bylines

# A byline: 'By DONNA BRYSON', 'BY TED D'AFFLISIO, Reuters', 'by Janie Gabbett, Reuters', 'By  Nate Raymond  and ...'.
_BYLINE = re.compile(r"[ \t]*\(?(?:By|BY|by)[ \t:]+(?P<names>\S.{0,200}?)\)?[ \t]*$")
# A word: 'LONDON', '(Reuters)'.
_WORD = re.compile(r"\S+")
# A byline continued on the next line: 'and Bill Rankin'.
_BYLINE_MORE = re.compile(r"[ \t]*+(?:and|AND|&)[ \t]+(?P<names>[A-Z].{0,120}?)[ \t]*+$")
# Separators between the people of a byline: ', ', ' and ', ' & ', ' with ', ' - '.
# (Each match starts where a run of spaces starts, so a long run is scanned once.)
_NAME_SEP = re.compile(r"(?<!\s)(?:\s*(?:,|;|\band\b|\bAND\b|&|\bwith\b|\bWITH\b)\s*|\s+-+\s*)")
# A copyright notice on the byline's line: '   c.1999 N.Y. Times News Service'.
_COPYRIGHT_TAIL = re.compile(r"\s(?:[cC]\.[ ]?\d{4}|\([cC]\)|\u00a9)[^\n]*$")
# An operator's code stuck to a byline: '(a)' in 'By BARBARA YOST(a)'.
_OPERATOR_CODE = re.compile(r"\s*\([a-z]{1,3}\)?\s*$")
# A role line under a byline: 'Associated Press Writer', 'AP Business Writer', 'Reuters Staff Correspondent'.
_ROLE_LINE = re.compile(
    r"[ \t]*(?:(?:The )?Associated Press|AP|Reuters?|Xinhua|AFP|UPI|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?: [A-Z][A-Za-z]+){0,3} (?i:writer|correspondent|editor|reporter|columnist|critic|analyst)s?[ \t]*$"
)


def parse_byline(names_text: str, lenient: bool = False) -> tuple[list[str], list[str], str | None]:
    """Split what follows "By" into people, roles and an agency.

    >>> parse_byline("Cal Mankowski, Reuters")
    (['Cal Mankowski'], [], 'Reuters')
    >>> parse_byline(" Chang-Ran Kim , Asia auto correspondent")
    (['Chang-Ran Kim'], ['Asia auto correspondent'], None)
    >>> parse_byline("DAVID L. MARCUS   and COLUM LYNCH")
    (['David L. Marcus', 'Colum Lynch'], [], None)
    """
    people: list[str] = []
    roles: list[str] = []
    agency: str | None = None
    if len(names_text) > 300:
        return people, roles, agency
    names_text = _OPERATOR_CODE.sub("", _COPYRIGHT_TAIL.sub("", names_text))
    for piece in _NAME_SEP.split(names_text):
        piece = collapse(piece).strip(" .:")
        if not piece:
            continue
        ag = agency_name(piece)
        if ag is None and " " in piece:  # 'Brad Schade Reuters': the agency without its comma
            head, _, last = piece.rpartition(" ")
            tail_agency = agency_name(last)
            if tail_agency in ("Reuters", "AP", "AFP", "UPI", "Xinhua") and _is_name(head, lenient):
                agency = agency or tail_agency
                piece = head
        if ag is not None:
            agency = agency or ag
            continue
        if not _is_name(piece, lenient):
            # 'ANNA DOLGOV Associated Press Writer', 'Justin Hyde AP Auto Writer': the name, then its role
            words = piece.split()
            cut = next((i for i, w in enumerate(words) if w.lower() in _ROLE_WORDS or agency_name(w)), 0)
            if words[0].isupper():  # 'KATE BEEM Knight Ridder Newspapers': the capitals are the name
                caps = next((i for i, w in enumerate(words) if not w.isupper() or agency_name(w)), len(words))
                cut = caps if 2 <= caps < len(words) else cut
            if cut >= 2 and _is_name(" ".join(words[:cut]), lenient):
                people.append(normal_name(" ".join(words[:cut])))
                roles.append(" ".join(words[cut:]))
                continue
        if _is_name(piece, lenient):
            people.append(normal_name(piece))
        elif people and len(piece.split()) <= 8 and "(" not in piece:
            roles.append(piece)
        else:
            # 'By definition, ...': a sentence, not a byline, unless nothing else is there
            return [], [], None
    return people, roles, agency


# ---------------------------------------------------------------------------------------------------------
# Credits

# A credit role before 'by': 'Reporting by', 'Additional reporting by', 'writing by', 'Editing by'.
_CREDIT_ROLE = re.compile(
    r"(?i:\b(?P<role>additional reporting|reporting and writing|writing and reporting|reporting|writing|"
    r"editing|compiled|compiling|research|graphics|photos|produced|translated)\s+by\b)"
)
# A parenthesised credit closing a story: '(Reporting by Soyoung Kim in Detroit; Editing by Derek Caney)'.
_CREDIT_PAREN = re.compile(
    r"\((?=[^()]{0,600}\)[ \t]*$)[^()]{0,600}?(?i:reporting|writing|editing|compiled)\s+(?i:by)\b[^()]{0,600}\)[ \t]*$"
)
# A contributor line: 'Jane Doe in Tokyo contributed to this report.', 'X and Y contributed reporting.'
_CONTRIBUTED = re.compile(
    r"[ \t(]*(?P<names>[A-Z][^()\n]{0,300}?)\s+(?:also\s+)?contributed(?:\s+reporting)?"
    r"(?:\s+(?:to|for)\s+this\s+(?:report|story|article))?\.?\)?[ \t]*$"
)
# A bracketed note after the story: '($1 = 0.7466 euro)', '(This story was corrected ...)', '(Corrects ...)',
# a contact line '(jane.doe@example.com; +44 20 7542 0000)'.
_TAIL_NOTE = re.compile(
    r"\((?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?1\b|[^()@\n]{0,200}@|(?i:this story|corrects|refiles|updates|adds|"
    r"fixes|recasts|repeats|removes|changes|the author|for more|editing by|writing by|reporting by))"
)
# An outlet citing its source agency: 'Azernews reports per Trend', 'Azernews reports citing Trend'.
_REPORTS_PER = re.compile(
    r",?[ ]?(?P<outlet>[A-Z][\w.\-]{0,40}(?: [A-Z][\w.\-]{0,40}){0,3}) reports,? (?:per|citing) "
    r"(?P<agency>[A-Z][\w\-]{0,40}(?:[ .][A-Z][\w\-]{0,40}){0,3})(?=[.,;]?(?:\s|$))"
)
# Where a place qualifier starts inside a credit: ' in Detroit', ' in New York'.
_IN_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$")


def _credit_names(text: str) -> list[str]:
    """People named in a credit's name list, places and roles left out.

    A place qualifier runs on over commas: in 'A in Charlotte, North Carolina and B', North Carolina is a place.
    """
    out = []
    in_place = False
    pos = 0
    for sep in [*_NAME_SEP.finditer(text), None]:
        piece = text[pos : sep.start()] if sep is not None else text[pos:]
        comma_next = sep is not None and sep.group().strip() == ","
        if sep is not None:
            pos = sep.end()
        if in_place:
            in_place = comma_next
            continue
        cut = _IN_PLACE.sub("", collapse(piece))
        if cut != collapse(piece):
            in_place = comma_next
        piece = cut.strip(" .;:")
        if not piece:
            continue
        if _is_name(piece):
            out.append(normal_name(piece))
            continue
        # 'Associated Press writer John Smith': the capitalised run at the end
        words = piece.split()
        run: list[str] = []
        for w in reversed(words):
            if _NAME_WORD.fullmatch(w) or (run and w.lower() in _PARTICLES):
                run.insert(0, w)
            else:
                break
        while run and (run[0].lower() in _ROLE_WORDS or agency_name(run[0])):
            run.pop(0)
        cand = " ".join(run)
        if _is_name(cand):
            out.append(normal_name(cand))
    return out


def parse_credit(text: str) -> list[tuple[str, list[str]]]:
    """Roles and names of a credit: ``[("reporting", [...]), ("editing", [...])]``.

    >>> parse_credit("Reporting by Soyoung Kim in Detroit; Editing by Derek Caney")
    [('reporting', ['Soyoung Kim']), ('editing', ['Derek Caney'])]
    >>> parse_credit("Jane Doe and Ali Khan contributed to this report.")
    [('contributed', ['Jane Doe', 'Ali Khan'])]
    """
    if len(text) > 1000:
        return []
    text = flatten(text)
    roles = list(_CREDIT_ROLE.finditer(text))
    if roles:
        out = []
        for i, m in enumerate(roles):
            end = roles[i + 1].start() if i + 1 < len(roles) else len(text)
            out.append((m.group("role").lower(), _credit_names(text[m.end() : end].strip(" )(;,."))))
        return out
    contributed = _CONTRIBUTED.match(text)
    if contributed:
        return [("contributed", _credit_names(contributed.group("names")))]
    return []


# ---------------------------------------------------------------------------------------------------------
# Datelines

# One word of a dateline place: 'GROZNY', 'N.Y.', 'St.', "PORT-AU-PRINCE", 'Calif'.
_PLACE_WORD = r"[A-Z][A-Za-z'\.\-]*"
# A dateline: 'GROZNY, Russia (AP) -- ', 'LONDON, March 3 (Reuters) - ', 'NEW YORK  (Reuters) - ', '(Reuters) - ',
# 'EXTON, Pa., March 26 - ', 'PHOENIX _ ', 'MADRID, February 17 (Xinhua) -- ', 'JOHANNESBURG March 13 -'.
_DATELINE = re.compile(
    rf"(?P<loc>{_PLACE_WORD}(?:[ /]{{1,2}}{_PLACE_WORD}){{0,5}}(?:[ ]\([A-Z][A-Za-z ]{{1,30}}\)(?=,))?"
    rf"(?:,[ ]{{1,2}}{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,4}}){{0,2}})?"
    rf",?[ ]{{0,3}}(?P<date>{MONTH}[ ]{{1,2}}\d{{1,2}}(?:,[ ]\d{{4}})?)?"
    r"[ ]{0,3}(?:\((?P<agency>[A-Za-z][A-Za-z!.&' ]{0,40})\))?"
    r"[ ]{0,3}(?P<sep>--|-|_|\u2014|\u2013|:)(?=[ ]|$|[A-Z\"'`\u201c])[ ]{0,3}"
)


# A dateline given as a field of its own, any case: '    omaha, april 7 - ', 'PRINCETON, N.J., March 215 - '.
_DATELINE_FIELD = re.compile(
    rf"[ \t]*(?P<loc>[^\n(]{{0,120}}?)(?:,?[ \t]*(?P<date>{MONTH}[ ]{{1,2}}\d{{1,3}}(?:,[ ]\d{{4}})?))?"
    r"[ \t]*(?:\((?P<agency>[^()\n]{1,40})\))?[ \t]*(?:--|-|_|\u2014|\u2013)?[ \t]*$"
)


def _match_dateline(window: str) -> re.Match[str] | None:
    """A dateline at the start of ``window`` (a flattened paragraph start), checked for plausibility."""
    m: re.Match[str] | None = _DATELINE.match(window)
    if m is None:
        return None
    loc, date, agency, sep = m.group("loc"), m.group("date"), m.group("agency"), m.group("sep")
    if agency is not None or (date is not None and loc is not None):
        return m
    if loc is None or sep == ":":
        return None
    first = loc.split(",")[0]
    letters = [c for c in first if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return m  # 'PHOENIX _ ', 'WOODBRIDGE, N.J. - '
    return None


def _dateline_part(value: str | None) -> str | None:
    """A dateline's place or agency as printed, on one line; None for none or for the "UNDATED" slug.

    Wire services print ``UNDATED --`` (or ``(UNDATED) _``) where a story has no single place of origin:
    the dateline is there, but it names neither a place nor an agency.

    >>> _dateline_part("NEW  YORK,"), _dateline_part("UNDATED"), _dateline_part(None)
    ('NEW YORK', None, None)
    """
    if value is None:
        return None
    value = collapse(value).rstrip(",")
    return None if not value or value.upper() == "UNDATED" else value


# An agency tag closing a dateline: '(AP) _', '(Reuters) -', '(Xinhua) --', '(UPI) --'.
_AGENCY_TAG = re.compile(r"\(([A-Z][A-Za-z!.&' ]{0,40})\)[ ]{0,3}(?:--|-|_|\u2014|\u2013)")


_last_agency: list[tuple[str, str | None]] = []


def dateline_agency(text: str, within: int = 1500) -> str | None:
    """The agency named in the first dateline-style tag of the copy's opening ``within`` characters.

    Every agency's detector asks this of the same text, so the last answer is kept.

    >>> dateline_agency("Headline\\n\\nPARIS, March 3 (AFP) - Rain fell.")
    'AFP'
    """
    head = text[:within]
    if _last_agency and _last_agency[0][0] == head:
        return _last_agency[0][1]
    m = _AGENCY_TAG.search(head)
    found = None if m is None else (agency_name(m.group(1)) or m.group(1))
    _last_agency[:] = [(head, found)]
    return found


def agency_detector(
    agency: str, mark: re.Pattern[str] | None = None, hint: str | None = None
) -> Callable[[str], float]:
    """A detector for an agency's plain copy: 0.9 for its tag in a dateline, 0.6 for ``mark`` near the end.

    ``hint`` is a plain string the mark contains (any case), checked first because it is cheaper than the regex.

    >>> agency_detector("UPI")("WASHINGTON, March 3 (UPI) -- Rain.")
    0.9
    """

    def detect(text: str) -> float:
        if dateline_agency(text) == agency:
            return 0.9
        tail = text[-3000:]
        if mark is not None and (hint is None or hint.lower() in tail.lower()) and mark.search(tail):
            return 0.6
        return 0.0

    return detect


def read_copy(text: str, format: str, source: str | None = None, *, headline: bool = True) -> Article:
    """Plain wire copy to an :class:`Article`: headline line, notes, byline, dateline, body, credits, trailers.

    ``source`` is the agency that issued the copy when the format itself says so;
    otherwise the dateline tag, byline or sign-off names it.
    """
    copy = Copy(text, format=format, source=source)
    copy.read_story(headline=headline)
    return copy.article()


# ---------------------------------------------------------------------------------------------------------
# Notes and trailers

# An editor's note to clients: '(Adds CFO comment, updates shares)', 'Eds: UPDATES with ...', '(mk)'.
_NOTE = re.compile(
    r"[ \t]*(?:\((?i:eds?\b|editors?\b|attn\b|adds\b|updates?\b|refiles?\b|recasts?\b|corrects?\b|repeats?\b|"
    r"fixes\b|changes\b|inserts?\b|removes?\b|for\b|with\b|embargo|note\b|new\b|rewrites?\b|writethru|"
    r"[a-z]{2,3}(?:/[a-z]{2,3})?\))"
    r"|(?i:eds?:|editor's note|editors' note|attn:)"
    r"|(?:URGENT|BULLETIN|FLASH|ADVISORY)[ \t]*$"
    r"|With [A-Z][\w\-]*(?:-[A-Z]\w*)*[ \t]*$)"
)
# A bracketed note opening a line that goes on: '(For use by New York Times News Service clients)  By ...'.
_LEAD_NOTE = re.compile(r"[ \t]*\([^()\n]{1,300}\)[ \t]+(?=\S)")
# A correction note without brackets: 'Corrects in last paragraph to remove reference to NCR'.
_BARE_NOTE = re.compile(
    r"[ \t]*(?:Corrects|Updates|Adds|Refiles|Recasts|Repeats|Changes|Fixes) (?:to |with |in |[a-z])"
)
# Sign-off: 'Reuter', 'REUTER', 'reuter', 'REUTERS', 'REUTE', 'REUITER'.
_SIGNOFF = re.compile(r"[ \t]*+(?i:reu[a-z]{0,5})[ \t]*+$")
# Operator initials closing AP copy: '(tsm/ml)', '(pvc-ac)', '(jt)'.
_INITIALS = re.compile(r"[ \t]*+(?:&UR;[ \t]*)?\(?[a-z]{1,4}(?:[/-][a-z]{1,4}){0,3}\)?[ \t]*+$")
# A wire trailer: 'AP-NY-06-01-98 0828EDT', 'NYT-06-25-98 2141EDT'.
_WIRE_TRAILER = re.compile(r"[ \t]*+[A-Z]{2,5}(?:-[A-Z]{2,3})?-\d\d-\d\d-\d\d[ \t]+\d{4}[A-Z]{3}\b.*$")
# End marks: 'XXX END OF STORY', 'X X X', 'ENDIT', '-0-', '------', '(END)', '$$$'.
_END = re.compile(
    r"[ \t]*+(?:(?:X+[ \t]*)?END OF STORY|X(?: X){2,}|XXX+|ENDIT|END|\(END\)|-0-|-30-|30"
    r"|[-_=]{3,}|\.{3,}|\*{3,}|\${3,}|#{1,3})"
    r"[ \t]*+$"
)
# The date and time inside a wire trailer: '-06-01-98 0828' in 'AP-NY-06-01-98 0828EDT'.
_TRAILER_DATE = re.compile(r"-(\d\d)-(\d\d)-(\d\d)[ \t]+(\d\d)(\d\d)")
# A "more follows" line: 'MORE', '(MORE)'.
_MORE = re.compile(r"[ \t]*+(?:MORE|More|more|\(MORE\))[ \t]*+$")
# Copyright: 'c.1998 N.Y. Times News Service', 'c. 1999 Cox News Service', 'COPYRIGHT 1998 BY WORLDSOURCES, INC.'
_COPYRIGHT = re.compile(r"[ \t]*+(?:[cC]\.[ ]?\d{4}\b|\([cC]\)|\u00a9|(?i:copyright)\b)")
# Distribution lines: 'For Use By Clients of the New York Times News Service', 'Story Filed By Cox Newspapers',
# '(REG:EURO;)', '(LANG:ENGLISH;))', 'NYT-subscribers can make individual purchase ...'.
_DISTRIBUTION = re.compile(
    r"[ \t]*+\(?(?:(?i:for use by|for release|story filed by|distributed by|nyt-subscribers|non-subscribers|"
    r"to publish this|by arrangement)|\((?:REG|LANG|FOREIGN):|[)(][ \t]*$|\)\)|REG:|LANG:)"
)
# Any figure at all, '7': a table block needs some.
_DIGIT = re.compile(r"\d")
# Three digits anywhere in a line, '1987 ... 5.93': a table row needs at least that many
# (each \D* stops at the next digit, so the scan is linear).
_THREE_DIGITS = re.compile(r"\d\D*\d\D*\d")
# A figure standing as a word of its own: '11,059', '+14', '-0.5%', '27-1/2', '$4.5'.
_NUMBER_TOKEN = re.compile(r"(?<!\S)[-+]?\$?\d[\d,./\-]*%?(?!\S)")


def _first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` lines of ``text`` that are not blank, found without splitting all of it."""
    out: list[str] = []
    pos = 0
    while len(out) < count:
        nl = text.find("\n", pos)
        line = text[pos:] if nl == -1 else text[pos:nl]
        if line.strip():
            out.append(line)
        if nl == -1:
            break
        pos = nl + 1
    return out


def _table_row(line: str) -> bool:
    """A table row: dot leaders ('Gold stock......11,059 unch') or three columns of figures ('Index 616 602 +14')."""
    if "...." in line:
        return True
    if _THREE_DIGITS.search(line) is None:
        return False  # three figures need three digits: most lines of prose stop here
    numbers = len(_NUMBER_TOKEN.findall(line))
    return numbers >= 3 and numbers * 2 >= len(line.split())


def trailer_kind(line: str) -> str | None:
    """What a line after the story is, or None when it is story text.

    >>> trailer_kind(" Reuter"), trailer_kind("AP-NY-06-01-98 0828EDT"), trailer_kind("He left.")
    ('signoff', 'trailer', None)
    """
    if _WIRE_TRAILER.match(line):
        return "trailer"
    if _SIGNOFF.match(line):
        return "signoff"
    if _MORE.match(line):
        return "more"
    if _END.match(line):
        return "end"
    if _COPYRIGHT.match(line):
        return "copyright"
    if _DISTRIBUTION.match(line):
        return "distribution"
    if _INITIALS.match(line):
        return "signoff"
    return None


# ---------------------------------------------------------------------------------------------------------
# Paragraphs


def _indented(text: str, a: int, b: int) -> bool:
    """A line opening with a tab or two or more spaces (the hard-wrapped paragraph indent)."""
    return a < b and (text[a] == "\t" or text.startswith("  ", a))


def _line_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def _reverse_lines(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """The lines of ``text[start:end]`` from the last to the first, as offsets."""
    b = end
    while b >= start:
        nl = text.rfind("\n", start, b)
        yield (nl + 1 if nl >= 0 else start), b
        if nl < 0:
            return
        b = nl


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without the whitespace at either end of ``text[a:b]`` (a run of spaces is skipped in C)."""
    if a >= b or not (text[a].isspace() or text[b - 1].isspace()):
        return a, b
    piece = text[a:b]
    inner = piece.strip()  # str.strip drops exactly the characters str.isspace accepts
    if not inner:
        return b, b
    a += len(piece) - len(piece.lstrip())
    return a, a + len(inner)


# A run of blank lines between paragraphs: '\n\n', '\n  \n\t\n'.
_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*\n)+")
# The newline before an indented line holding words: '\n    The dry period' ('\n\tText'), not '\n   \n'.
_INDENTED_LINE = re.compile(r"\n(?=\t|  )(?=[^\S\n]*+\S)")
# The newline before a flush line holding words: '\nthe Bahia cocoa zone'.
_FLUSH_LINE = re.compile(r"\n(?!\t|  )(?=[^\S\n]*+\S)")


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Paragraphs of ``text[start:end]`` as trimmed offsets, whichever way the copy marks them.

    Blank lines separate paragraphs; inside a block, a line indented by a tab or
    two spaces starts a new one when its block mixes indented and flush lines
    (Reuters-21578 and AP hard-wrapped copy). Hard wraps stay inside a paragraph.

    >>> t = "First line\\nwraps here.\\n    Second one.\\n\\nThird."
    >>> [t[a:b] for a, b in split_paragraphs(t)]
    ['First line\\nwraps here.', 'Second one.', 'Third.']
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*_BLANK_RUN.finditer(text, start, stop), None]:
        a, b = (pos, m.start()) if m is not None else (pos, stop)
        if m is not None:
            pos = m.end()
        # the block's first line keeps its indent: look back to the line start
        a_trim, b_trim = _trim(text, a, b)
        if b_trim <= a_trim:
            continue
        first_nl = text.find("\n", a_trim, b_trim)
        if first_nl == -1 or (text.find("\n\t", first_nl, b_trim) == -1 and text.find("\n  ", first_nl, b_trim) == -1):
            out.append((a_trim, b_trim))  # one line, or no indented line after the first: one paragraph
            continue
        # indented lines after the first line with words start paragraphs, unless every line is indented
        splits = [m.end() for m in _INDENTED_LINE.finditer(text, a_trim, b)]
        first_start = text.rfind("\n", a, a_trim) + 1 or a
        if not splits or (_indented(text, first_start, b) and _FLUSH_LINE.search(text, a_trim, b) is None):
            out.append((a_trim, b_trim))
            continue
        cur = a
        for la in splits:
            p = _trim(text, cur, la)
            if p[1] > p[0]:
                out.append(p)
            cur = la
        p = _trim(text, cur, b)
        if p[1] > p[0]:
            out.append(p)
    return out


# Subheadings end without sentence punctuation: 'Region’s digital hub', 'IN SEARCH OF PALESTINE'.
_SENTENCE_PUNCT = frozenset(".!?,;:\"'”’)»`")


def _is_subheading(s: str) -> bool:
    """A short line standing alone, without sentence punctuation: 'Region’s digital hub', 'IN SEARCH OF VACCINE'."""
    if len(s) > 80:
        return False
    words = s.split()
    if not 1 <= len(words) <= 10:
        return False
    return s[-1] not in _SENTENCE_PUNCT and s[0].isupper()


# ---------------------------------------------------------------------------------------------------------
# The builder

_M = TypeVar("_M")


def _start(item: Credit | Note | Trailer) -> int:
    return item.span.start if item.span is not None else -1


def _make(cls: type[_M], **values: Any) -> _M:
    """Build a model object; its tuple fields take lists (the model converts them)."""
    return cls(**values)



@attrs.define
class Copy:
    """The parts of one story found so far, with offsets into ``text``.

    Format parsers fill what their container or header states (``headline``,
    ``published``, ``source``, ``fields``), then call :meth:`read_front` on
    the lines before the story and :meth:`read_story` on the story itself, or
    :meth:`read_story` alone on bare copy. :meth:`article` makes the result.
    """

    text: str
    format: str
    headline: tuple[int, int] | None = None
    published: _dt.date | _dt.datetime | None = None
    year: int | None = None
    source: str | None = None
    fields: list[Field] = attrs.field(factory=list)
    authors: list[tuple[str, Span]] = attrs.field(factory=list)
    credit_authors: list[tuple[str, Span]] = attrs.field(factory=list)
    byline_spans: list[Span] = attrs.field(factory=list)
    roles: list[str] = attrs.field(factory=list)
    dateline: Dateline | None = None
    body: list[Paragraph] = attrs.field(factory=list)
    credits: list[Credit] = attrs.field(factory=list)
    notes: list[Note] = attrs.field(factory=list)
    trailers: list[Trailer] = attrs.field(factory=list)
    byline_agency: str | None = None
    signoff_agency: str | None = None

    # -- small pieces --------------------------------------------------------------------------------------

    def span(self, a: int, b: int) -> Span:
        """The span of ``text[a:b]``."""
        return Span.of(self.text, a, b)

    def field(self, name: str, value: str, a: int | None = None, b: int | None = None) -> None:
        """Keep a header or container field (with its span when it is part of the text)."""
        span = self.span(a, b) if a is not None and b is not None else None
        self.fields.append(Field(name, value, span))

    def add_author(self, name: str, a: int, b: int) -> None:
        """Credit ``name`` as an author, with the span where it is printed; repeats become more mentions."""
        self.authors.append((name, self.span(a, b)))

    def _mention(self, name: str, a: int, b: int) -> tuple[int, int]:
        """Where ``name`` (possibly re-capitalised) is printed inside ``text[a:b]``; the whole range if unfound."""
        low = self.text[a:b].lower()
        words = name.lower().split()
        first = low.find(words[0]) if words else -1
        last = low.find(words[-1], first + 1 if first >= 0 else 0) if words else -1
        if first >= 0 and last >= 0:
            return a + first, a + last + len(words[-1])
        return a, b

    def add_byline(self, a: int, b: int, names_text: str, names_at: int, lenient: bool = False) -> bool:
        """Read a byline printed at ``text[a:b]``; False when it names nobody and no agency."""
        if len(names_text) > 300:  # a byline is a line, not a paragraph
            return False
        people, roles, agency = parse_byline(names_text, lenient)
        if not people and agency is None:
            return False
        for person in people:
            s, e = self._mention(person, names_at, b)
            self.add_author(person, s, e)
        self.roles.extend(roles)
        if agency is not None:
            self.byline_agency = self.byline_agency or agency
        self.byline_spans.append(self.span(*_trim(self.text, a, b)))
        return True

    def read_byline(self, a: int, b: int, *, lenient: bool = False) -> bool:
        """Read ``text[a:b]`` as a byline line ('By X and Y', 'BY X, Reuters'); False when it is not one."""
        m = _BYLINE.match(self.text, a, b)
        if m is not None and self.add_byline(a, b, m.group("names"), m.start("names"), lenient):
            return True
        # a byline field without 'By': 'KARI NORDMANN; Ola Berg'
        return self.add_byline(a, b, self.text[a:b], a, lenient) if m is None and b > a else False

    def add_credit(self, a: int, b: int) -> bool:
        """Read a credit printed at ``text[a:b]``; authors come from every role but editing."""
        if b - a > 1000:  # a credit is a line or a bracket, not a page
            return False
        parsed = parse_credit(self.text[a:b])
        if not any(names for _, names in parsed):
            return False  # 'The fund said it contributed.' names nobody: not a credit
        span = self.span(*_trim(self.text, a, b))
        for role, names in parsed:
            self.credits.append(_make(Credit, role=role, names=names, text=collapse(span.text), span=span))
            if role in ("editing", "compiled", "compiling", "graphics", "photos", "produced", "translated"):
                continue
            for person in names:
                s, e = self._mention(person, a, b)
                self.credit_authors.append((person, self.span(s, e)))
        return True

    # -- reading -------------------------------------------------------------------------------------------

    def read_front(self, start: int, end: int, *, lenient: bool = False) -> None:
        """Read lines that stand before a story: notes, bylines and their role lines, copyright lines.

        ``lenient`` accepts bylines typed all in lower case (a container's author field).
        """
        text = self.text
        lines = _line_list(text, start, end)
        i = 0
        after_byline = False
        while i < len(lines):
            a, b = lines[i]
            i += 1
            line = text[a:b]
            if not line.strip():
                continue
            lead = _LEAD_NOTE.match(line)
            if lead and line[lead.end() :].strip():  # '(Attn: Calif., Wash.)  By MATT RICHTEL'
                s, e = _trim(text, a, a + lead.end())
                self.notes.append(Note(collapse(text[s:e]), self.span(s, e)))
                a += lead.end()
                line = text[a:b]
            m = _BYLINE.match(line)
            if m and self.add_byline(a, b, m.group("names"), a + m.start("names"), lenient=lenient):
                after_byline = True
                continue
            m = _BYLINE_MORE.match(line)
            if m and after_byline and self.add_byline(a, b, m.group("names"), a + m.start("names")):
                continue
            if _ROLE_LINE.match(line):
                self.roles.append(collapse(line))
                self.byline_spans.append(self.span(*_trim(text, a, b)))
                continue
            kind = trailer_kind(line)
            if kind in ("copyright", "distribution", "trailer"):
                self.trailers.append(Trailer(kind, collapse(line), self.span(*_trim(text, a, b))))
                continue
            # a note, running over lines until its bracket closes: '(Eds: ... \n ... )'
            j = i
            if line.lstrip().startswith("(") and ")" not in line:
                while j < len(lines) and j - i < 6 and ")" not in text[lines[j][0] : lines[j][1]]:
                    if _BYLINE.match(text, *lines[j]):
                        break  # an unclosed note ends where the byline starts
                    j += 1
                if j < len(lines) and not _BYLINE.match(text, *lines[j]):
                    j += 1
            s, e = _trim(text, a, lines[j - 1][1])
            if e > s:
                self.notes.append(Note(collapse(text[s:e]), self.span(s, e)))
            i = j

    def read_story(
        self, start: int = 0, end: int | None = None, *, headline: bool = False, dateline: bool = True
    ) -> None:
        """Read a story: leading notes and bylines, optional headline line, dateline, body, credits, trailers.

        ``headline=True`` takes a first line that stands alone (blank line after it) as the headline;
        ``dateline=False`` when the container says there is none.
        """
        text = self.text
        stop = len(text) if end is None else end
        start, stop = self._read_tail(start, stop)
        paras = split_paragraphs(text, start, stop)
        k = self._read_head(paras, headline, dateline)
        paras = paras[k:]
        if paras and dateline:
            paras[0] = self._read_dateline(*paras[0], alone=len(paras) > 1)
            if paras[0][0] >= paras[0][1]:  # 'NEW YORK, March 19 -' on a line of its own
                paras.pop(0)
        self._read_credits_inline(paras)
        self._add_body(paras)

    def _read_tail(self, start: int, stop: int) -> tuple[int, int]:
        """Take trailers, sign-offs and closing credits off the end; return the story's remaining range."""
        text = self.text
        found: list[Trailer] = []
        end_at = stop
        n = 0
        for a, b in _reverse_lines(text, start, stop):
            line = text[a:b]
            if not line.strip():
                end_at = a
                continue
            n += 1
            if n > 40:
                break
            kind = trailer_kind(line)
            if kind is not None:
                found.append(Trailer(kind, collapse(line), self.span(*_trim(text, a, b))))
                if kind == "trailer" and self.published is None:
                    self._trailer_date(line)
                if kind == "signoff":
                    ag = agency_name(line)
                    if ag is None and line.strip().lower().startswith("reu"):
                        ag = "Reuters"
                    self.signoff_agency = self.signoff_agency or ag
                end_at = a
                continue
            opening = line.lstrip(" \t(")
            if "contributed" in line and not self._starts_paragraph(start, a, b):
                break  # the end of a wrapped credit: read with its paragraph later
            if ("contributed" in line and _CONTRIBUTED.match(line)) or (
                (line.lstrip().startswith("(") or _CREDIT_ROLE.match(opening)) and _CREDIT_ROLE.search(line)
            ):
                if not self.add_credit(a, b):
                    break
                end_at = a
                continue
            break
        self.trailers.extend(reversed(found))
        return start, end_at

    def _starts_paragraph(self, start: int, a: int, b: int) -> bool:
        """Whether the line ``text[a:b]`` opens a paragraph: first, after a blank line, or indented."""
        if a <= start or _indented(self.text, a, b):
            return True
        prev = self.text.rfind("\n", start, a - 1)
        return not self.text[prev + 1 : a - 1].strip()

    def _trailer_date(self, line: str) -> None:
        """'AP-NY-06-01-98 0828EDT' dates the story 1998-06-01 08:28 (Eastern time, as printed)."""
        m = _TRAILER_DATE.search(line)
        if m is None:
            return
        yy = int(m[3])
        year = yy + (1900 if yy >= 50 else 2000)
        try:
            self.published = _dt.datetime(year, int(m[1]), int(m[2]), int(m[4]), int(m[5]))
        except ValueError:
            return
        self.year = self.year or year

    def _read_head(self, paras: list[tuple[int, int]], headline: bool, dateline: bool = True) -> int:
        """Notes, bylines and the headline at the top; returns how many paragraphs they took."""
        text = self.text
        k = 0
        while k < len(paras) and k < 12:
            a, b = paras[k]
            first_nl = text.find("\n", a, b)
            line_end = b if first_nl == -1 else first_nl
            window = flatten(text[a : min(b, a + 200)])
            if dateline and _match_dateline(window) is not None:
                break
            m = _BYLINE.match(text, a, line_end) if line_end - a <= 120 and text.count("\n", a, b) < 4 else None
            if m and self.add_byline(a, line_end, m.group("names"), m.start("names")):
                if line_end < b:  # role line or copyright under the byline
                    self.read_front(line_end + 1, b)
                k += 1
                continue
            if _ROLE_LINE.match(text, a, line_end) and self.byline_spans:
                self.read_front(a, b)
                k += 1
                continue
            if _NOTE.match(text, a, line_end) or (
                _BARE_NOTE.match(text, a, line_end) and b - a < 200 and k + 1 < len(paras)
                and _match_dateline(flatten(text[paras[k + 1][0] : paras[k + 1][0] + 200]))
            ):
                self.notes.append(Note(collapse(text[a:b]), self.span(a, b)))
                k += 1
                continue
            kind = trailer_kind(text[a:line_end])
            if kind in ("copyright", "distribution") and line_end == b:
                self.trailers.append(Trailer(kind, collapse(text[a:b]), self.span(a, b)))
                k += 1
                continue
            if headline and self.headline is None and k + 1 < len(paras) and self._headline_like(a, b):
                self.headline = (a, b)
                k += 1
                continue
            break
        return k

    def _headline_like(self, a: int, b: int) -> bool:
        s = self.text[a:b]
        if "\n" in s or len(s) > 200:
            return False
        words = s.split()
        return bool(words) and not (s.endswith(".") and len(words) > 14)

    def _read_dateline(self, a: int, b: int, alone: bool = False) -> tuple[int, int]:
        """Take the dateline off the first paragraph; return the paragraph's remaining range."""
        text = self.text
        window = flatten(text[a : min(b, a + 240)])
        offset = 0
        if window[:3] in ("By ", "BY "):
            # 'By Jason Rhodes and Steve Slater LONDON  Dec 7 (Reuters) - ': a byline run into the dateline
            for w in _WORD.finditer(window, 3, 160):
                word = w.group()
                if w.start() > 3 and (word[0] == "(" or (word.isupper() and sum(c.isalpha() for c in word) >= 3)):
                    if _match_dateline(window[w.start() :]) is not None:
                        offset = w.start()
                    break
        m = _match_dateline(window[offset:]) if offset else _match_dateline(window)
        if m is None:
            return a, b
        start = a + offset
        end = start + m.end()
        if end >= b and not alone:  # nothing follows: a sentence with a dash, not a dateline
            return a, b
        if offset:
            self.add_byline(a, start, window[3:offset], a + 3)
        loc, date_text, agency = m.group("loc"), m.group("date"), m.group("agency")
        ds, de = _trim(text, start, min(end, b))
        self.dateline = Dateline(
            location=_dateline_part(loc),
            date_text=collapse(date_text) if date_text else None,
            date=parse_date(date_text, self.year) if date_text else None,
            agency=_dateline_part(agency),
            span=self.span(ds, de),
        )
        return _trim(text, min(end, b), b)

    def set_dateline(self, a: int, b: int) -> None:
        """Read ``text[a:b]`` as the dateline, as a container's dateline field states it."""
        m = _DATELINE_FIELD.match(self.text, a, b)
        if m is None:
            return
        date_text = m.group("date")
        s, e = _trim(self.text, a, b)
        self.dateline = Dateline(
            location=_dateline_part(m.group("loc")),
            date_text=collapse(date_text) if date_text else None,
            date=parse_date(date_text, self.year) if date_text else None,
            agency=_dateline_part(m.group("agency")),
            span=self.span(s, e) if e > s else None,
        )

    def _read_credits_inline(self, paras: list[tuple[int, int]]) -> None:
        """Bracketed credits and notes closing the last paragraph, taken off from the end:
        '... on Friday. (Reporting by X; Editing by Y) ($1 = 0.7466 euro)'."""
        text = self.text
        for _ in range(4):
            if not paras:
                return
            a, b = paras[-1]
            wrapped_credit = b - a < 400 and "contributed" in text[a:b] and _CONTRIBUTED.match(flatten(text[a:b]))
            if wrapped_credit and self.add_credit(a, b):  # 'Associated Press writer Ann Lee\ncontributed to ...'
                paras.pop()
                continue
            close = b - 1 if text[b - 1] == ")" else (b - 2 if text.endswith(").", a, b) else -1)
            if close <= a:
                return
            last_open = text.rfind("(", a, close)
            if last_open < a or close - last_open > 700:
                return
            if _CREDIT_PAREN.match(text, last_open, close + 1) and self.add_credit(last_open, close + 1):
                pass
            elif _TAIL_NOTE.match(text, last_open, close + 1):
                self.notes.append(Note(collapse(text[last_open : close + 1]), self.span(last_open, close + 1)))
            else:
                return
            paras[-1] = _trim(text, a, last_open)
            if paras[-1][0] >= paras[-1][1]:
                paras.pop()

    def _add_body(self, paras: Iterable[tuple[int, int]]) -> None:
        text = self.text
        plist = list(paras)
        for idx, (a, b) in enumerate(plist):
            if b <= a:
                continue
            raw = text[a:b]
            para_text = collapse(raw)
            kind: str = "paragraph"
            if "\n" in raw and ("...." in raw or _DIGIT.search(raw)):
                # a block of table rows: its first rows show it ('Gold stock......11,059 unch')
                if any(_table_row(ln) for ln in _first_lines(raw, 2)):
                    lines = [ln for ln in raw.split("\n") if ln.strip()]
                    rows = sum(1 for ln in lines if _table_row(ln))
                    if rows * 2 >= len(lines) and rows >= 2:
                        kind = "table"
            elif len(raw) < 200 and _table_row(raw):
                kind = "table"
            if (
                kind == "paragraph"
                and 0 < idx < len(plist) - 1
                and text.count("\n", plist[idx - 1][1], a) >= 2
                and text.count("\n", b, plist[idx + 1][0]) >= 2
                and _is_subheading(para_text)
            ):
                kind = "subheading"
            m = _REPORTS_PER.search(para_text) if " reports" in para_text else None
            if m is not None:
                s = text.find(m.group(0).lstrip(", "), a, b)
                if s >= 0:
                    e = s + len(m.group(0).lstrip(", "))
                    span = self.span(s, e)
                    credit = _make(Credit, role="source", names=[m.group("agency")], text=span.text, span=span)
                    self.credits.append(credit)
                    self.source = self.source or agency_name(m.group("outlet")) or m.group("outlet")
                    para_text = (para_text[: m.start()] + para_text[m.end() :]).strip()
            self.body.append(Paragraph(para_text, self.span(a, b), kind))  # type: ignore[arg-type]

    # -- result --------------------------------------------------------------------------------------------

    def article(self) -> Article:
        """The :class:`Article` holding everything found."""
        text = self.text
        headline = headline_span = None
        if self.headline is not None:
            a, b = _trim(text, *self.headline)
            if b > a:
                headline = collapse(text[a:b])
                headline_span = self.span(a, b)
        persons: dict[str, list[Span]] = {}
        for name, span in self.authors + self.credit_authors:
            persons.setdefault(name, []).append(span)
        byline = None
        for spans in persons.values():
            spans.sort(key=lambda s: s.start)
        if persons or self.byline_spans or self.roles:
            bspan = self.byline_spans[0] if self.byline_spans else None
            byline = _make(
                Byline,
                authors=[_make(Person, name=name, mentions=spans) for name, spans in persons.items()],
                text=" ".join(s.text.strip() for s in self.byline_spans),
                roles=self.roles,
                span=bspan,
            )
        published = self.published
        if published is None and self.dateline is not None and self.dateline.date is not None:
            published = published_from(self.dateline.date)
        source = self.source
        if source is None and self.dateline is not None and self.dateline.agency:
            source = agency_name(self.dateline.agency) or self.dateline.agency
        source = source or self.byline_agency or self.signoff_agency
        return _make(
            Article,
            text=text,
            format=self.format,
            headline=headline,
            headline_span=headline_span,
            published=published,
            source=source,
            byline=byline,
            dateline=self.dateline,
            body=self.body,
            credits=sorted(self.credits, key=_start),
            notes=sorted(self.notes, key=_start),
            trailers=sorted(self.trailers, key=_start),
            fields=self.fields,
        )
