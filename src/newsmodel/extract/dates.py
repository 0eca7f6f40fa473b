"""Deadline wording to dates: "until 2024", "by March", "by the end of next year", "on Friday".

Wire copy states when a pledge is due in a few shapes: an explicit calendar point
("by 2010", "in June 2008", "on March 5"), a point relative to the day the story
was filed ("next year", "on Friday", "by the end of next month"), a part of a year
("in the third quarter", "in the second half of 2010") or a duration ("within
three months", "in the coming months"). Each shape is one named alternative of
:data:`_DEADLINE`; :func:`resolve_deadline` reads precision from the wording
itself and never fills in a part the wording does not give: a quarter is given
by its last month at precision ``"quarter"``, a week by its last day (Sunday) at
precision ``"week"``, and a duration or a season keeps its wording with no date.

>>> import datetime
>>> d = find_deadline("to cover the country by the end of next year", datetime.date(2022, 9, 30))
>>> d.text, d.date.isoformat(), d.precision
('by the end of next year', '2023', 'year')
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import Literal

from dateutil.relativedelta import relativedelta

from newsmodel.model import Deadline, PartialDate, Span
from newsmodel.text import flatten

__all__ = ["deadline_may_start", "find_deadline", "find_deadlines", "resolve_deadline"]

Precision = Literal["year", "half", "quarter", "month", "week", "day"]
Resolved = tuple[PartialDate | None, Precision | None]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_FORWARD_PREPS = frozenset({"by", "until", "till", "through", "before", "no later than"})
_DURATION_PREPS = frozenset({"within", "in", "over", "during", "for"})
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

# A month name as wire copy prints it, capitalised: 'March', 'Sept.', 'Jan.', 'May'.
_MONTH = (
    r"(?:Jan(?:uary|\.)|January|Feb(?:ruary|\.)|Mar(?:ch|\.)|Apr(?:il|\.)|April|May|June?|July?|Aug(?:ust|\.)"
    r"|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.))(?![A-Za-z])"
)
# A four-digit year of the 20th or 21st century, not part of a number or an amount: '2024' (not '2,024', '$2024').
_YEAR = r"(?<![\d$.,])(?:19|20)\d\d(?![\d%]|,\d)"
# A day of the week: 'Friday'.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# A count in words or digits: 'three', '18', 'a couple of'.
_COUNT = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty"
    r"|few|several|couple\s+of|a\s+few|a\s+couple\s+of)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|quarters?|decades?)\b"
_UNITS = r"(?:days|weeks|months|years|quarters|decades)\b"

_DEADLINE = re.compile(
    r"\b(?:(?P<prep>(?i:by|until|till|through|before|within|in|on|over|from|at|during|to|for|starting|beginning"
    r"|no\s+later\s+than|as\s+early\s+as|as\s+soon\s+as))\s+)?"
    # the edge of a period: 'the end of ', 'the start of the ', 'end-', 'early ', 'mid-'
    r"(?:(?P<edge>(?:the\s+)?(?:end|close|start|beginning|middle|turn)\s+of\s+(?:the\s+)?|end-|mid-"
    r"|(?:early|late|later|earlier|mid)\s+))?"
    r"(?:"
    # 'within three months', 'in the coming months', 'over the next two years', 'within weeks', 'in a year'
    r"(?P<duration>(?:the\s+)?(?:next|coming|following)\s+(?:" + _COUNT + r"\s+)?" + _UNITS
    + r"|(?:" + _COUNT + r"|an?)\s+" + _UNIT + r"(?:'s|')?(?:\s+time\b)?|(?<=within\s)" + _UNITS + r")"
    # 'the third quarter of 2008', 'the second half of next year', 'first quarter of fiscal 2007'
    r"|(?:the\s+)?(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<partkind>quarter|half)\b"
    r"(?:\s+of\s+(?:(?P<pfiscal>fiscal)\s+(?:year\s+)?)?(?P<pyear>" + _YEAR + r")"
    r"|\s+of\s+(?P<prel>this|next|the)\s+year\b)?"
    # 'Q3 2008', 'Q1'
    r"|Q(?P<qnum>[1-4])(?:\s+(?P<qyear>" + _YEAR + r"))?\b"
    # 'March 5, 2024', 'June 2008', 'Sept. 30', 'March'
    r"|(?P<month>" + _MONTH + r")(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<myear>" + _YEAR + r"))?"
    # '5 March 2024', '30th June'
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + _MONTH + r")(?:,?\s+(?P<myear2>" + _YEAR + r"))?"
    # 'fiscal 2007', '2024' (a bare year only after a preposition or an edge: 'until 2024', 'end-2010')
    r"|(?P<yfiscal>fiscal\s+(?:year\s+)?)?(?P<year>" + _YEAR + r")"
    # 'next year', 'this month', 'the coming week', 'the year' (after an edge)
    r"|(?P<rel>(?i:this|next|the\s+coming|the\s+following|the\s+current|the|last))\s+(?P<relunit>year|month|week|quarter"
    r"|decade)\b"
    # 'year-end', 'year end'
    r"|(?P<yearend>year[\s-]end)\b"
    # 'next Monday', 'this Friday', 'Friday'
    r"|(?:(?P<wrel>(?i:next|this|coming|last))\s+)?(?P<weekday>" + _WEEKDAY + r")"
    # 'today', 'tomorrow', 'tonight'
    r"|(?P<today>(?i:today|tonight|tomorrow))\b"
    # 'this summer', 'next spring', 'the autumn of 2008' (kept as wording, no date)
    r"|(?:(?:this|next|the|coming)\s+)(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+of\s+" + _YEAR + r")?"
    r")"
)


# Where deadline wording may start, checked before the costly :data:`_DEADLINE` is tried there: a word's
# start, a run of letters ('by', 'the', 'March', 'Q' of 'Q3') or a digit ('2024', '5th', '18').
_WORD_START = re.compile(r"(?i:\b[a-z]+)|\b\d")
# The words (lower case) that may open a match of :data:`_DEADLINE`: its prepositions, edges, counts,
# ordinals, relative words, units after 'within', weekdays, 'fiscal', 'year', 'today'; month names are
# told by their first three letters and 'Q3' by its 'q'.
_FIRST_WORDS = frozenset(
    {
        "by", "until", "till", "through", "before", "within", "in", "on", "over", "from", "at", "during", "to",
        "for", "starting", "beginning", "no", "as", "the", "end", "close", "start", "middle", "turn", "mid",
        "early", "late", "later", "earlier", "next", "coming", "following", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "eighteen", "twenty", "thirty",
        "few", "several", "couple", "a", "an", "days", "weeks", "months", "years", "quarters", "decades",
        "first", "second", "third", "fourth", "q", "fiscal", "this", "current", "last", "year", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "tomorrow",
    }
)  # fmt: skip


def _deadline_matches(flat: str, pos: int) -> Iterator[re.Match[str]]:
    """What ``_DEADLINE.finditer(flat, pos)`` yields, with the regex tried only where a match may start
    (a word start whose word can open one): the same matches at a fraction of the cost."""
    last_end = pos
    for w in _WORD_START.finditer(flat, pos):
        at = w.start()
        if at < last_end:
            continue
        word = w.group()
        if not word[0].isdigit():
            low = word.lower()
            # a word outside ASCII may fold to one of them under IGNORECASE ('ſ' for 's'): always tried
            if word.isascii() and low not in _FIRST_WORDS and low[:3] not in _MONTHS:
                continue
        m = _DEADLINE.match(flat, at)
        if m is not None:
            last_end = m.end()
            yield m


# A word before a date that points back or compares: 'last May', 'earlier in 2008', 'since June',
# 'compared with the first quarter'.
_PAST = re.compile(
    r"\b(?:[Ll]ast|[Ss]ince|[Ee]arlier|[Pp]ast|[Pp]revious|compared(?:\s+(?:to|with))?|than|versus|from)\s+(?:in\s+)?$"
)


def _as_date(published: _dt.date | _dt.datetime | None) -> _dt.date | None:
    if isinstance(published, _dt.datetime):
        return published.date()
    return published


def _month_number(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _coming_year(month: int, today: _dt.date) -> int:
    """The year of the coming ``month``: 'by March' filed in May means next March."""
    return today.year if month >= today.month else today.year + 1


def _year_of(m: re.Match[str], today: _dt.date | None) -> int | None:
    """The year a 'the year' / 'this year' / 'next year' qualifier names, given the filing date."""
    rel = (m.group("prel") or "").lower()
    if today is None:
        return None
    return today.year + 1 if rel == "next" else today.year


def _resolve_part(m: re.Match[str], today: _dt.date | None) -> Resolved:
    n = _ORDINALS[m.group("part").lower()]
    half = m.group("partkind").lower() == "half"
    if half and n > 2:
        return None, None
    if m.group("pyear"):
        year: int | None = int(m.group("pyear"))
        if m.group("pfiscal"):
            return PartialDate(int(m.group("pyear"))), "year"  # fiscal quarters do not follow the calendar
    elif m.group("prel"):
        year = _year_of(m, today)
    elif today is not None:
        last_month = n * 6 if half else n * 3
        year = today.year if last_month >= today.month else today.year + 1
    else:
        year = None
    if year is None:
        return None, None
    return (PartialDate(year, n * 6), "half") if half else (PartialDate(year, n * 3), "quarter")


def _resolve_quarter_code(m: re.Match[str], today: _dt.date | None) -> Resolved:
    n = int(m.group("qnum"))
    if m.group("qyear"):
        return PartialDate(int(m.group("qyear")), n * 3), "quarter"
    if today is None:
        return None, None
    return PartialDate(today.year if n * 3 >= today.month else today.year + 1, n * 3), "quarter"


def _resolve_month(m: re.Match[str], today: _dt.date | None) -> Resolved:
    month = _month_number(m.group("month") or m.group("month2"))
    day_text = m.group("day") or m.group("day2")
    year_text = m.group("myear") or m.group("myear2")
    if year_text:
        year = int(year_text)
    elif today is not None:
        year = _coming_year(month, today)
    else:
        return None, None
    if day_text:
        day = int(day_text)
        try:
            return PartialDate(year, month, day), "day"
        except ValueError:
            return PartialDate(year, month), "month"
    return PartialDate(year, month), "month"


def _resolve_year(m: re.Match[str], today: _dt.date | None) -> Resolved:
    if not (m.group("prep") or m.group("edge") or m.group("yfiscal")):
        return None, None  # a bare number: 'the 2008 Olympics' is no deadline
    return PartialDate(int(m.group("year"))), "year"


def _resolve_relative(m: re.Match[str], today: _dt.date | None) -> Resolved:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("relunit").lower()
    edge = " ".join((m.group("edge") or "").lower().split())
    if rel == "last" or unit == "decade" or today is None:
        return None, None
    if rel == "the" and not edge:
        return None, None  # 'the year' alone names no point
    step = 1 if rel in ("next", "the coming", "the following") else 0
    if unit == "year":
        year = today.year + step
        if rel == "the" and ("start" in edge or "beginning" in edge or edge.startswith("turn")) and today.month > 2:
            year += 1  # 'at the start of the year' filed in December: the coming January
        return PartialDate(year), "year"
    if unit == "month":
        d = today + relativedelta(months=step)
        return PartialDate(d.year, d.month), "month"
    if unit == "quarter":
        d = today + relativedelta(months=3 * step)
        return PartialDate(d.year, (d.month - 1) // 3 * 3 + 3), "quarter"
    d = today + relativedelta(weeks=step, weekday=6)  # a week is given by its last day, Sunday
    return PartialDate(d.year, d.month, d.day), "week"


def _resolve_year_end(m: re.Match[str], today: _dt.date | None) -> Resolved:
    return (PartialDate(today.year), "year") if today is not None else (None, None)


def _resolve_weekday(m: re.Match[str], today: _dt.date | None) -> Resolved:
    rel = (m.group("wrel") or "").lower()
    if rel == "last" or today is None:
        return None, None
    target = _WEEKDAYS[m.group("weekday").lower()]
    ahead = (target - today.weekday()) % 7
    if rel == "next" and ahead == 0:
        ahead = 7  # 'next Friday' filed on a Friday: a week on
    elif ahead == 6 and not rel:
        ahead = -1  # copy filed overnight: 'on Thursday' in a story dated Friday morning is the day before
    d = today + _dt.timedelta(days=ahead)
    return PartialDate(d.year, d.month, d.day), "day"


def _resolve_today(m: re.Match[str], today: _dt.date | None) -> Resolved:
    if today is None:
        return None, None
    d = today + _dt.timedelta(days=1 if m.group("today").lower() == "tomorrow" else 0)
    return PartialDate(d.year, d.month, d.day), "day"


def _resolve_nothing(m: re.Match[str], today: _dt.date | None) -> Resolved:
    return None, None


# Which resolver reads a match, by the named group that marks its shape (first present wins).
_RESOLVERS = (
    ("duration", _resolve_nothing),
    ("part", _resolve_part),
    ("qnum", _resolve_quarter_code),
    ("month", _resolve_month),
    ("month2", _resolve_month),
    ("year", _resolve_year),
    ("rel", _resolve_relative),
    ("yearend", _resolve_year_end),
    ("weekday", _resolve_weekday),
    ("today", _resolve_today),
    ("season", _resolve_nothing),
)


def _resolve_match(m: re.Match[str], today: _dt.date | None) -> Resolved:
    for group, resolver in _RESOLVERS:
        if m.group(group):
            return resolver(m, today)
    return None, None


def _is_deadline(m: re.Match[str]) -> bool:
    """Whether a match is deadline wording at all (a bare year or 'the year' without a preposition is not)."""
    if (m.group("edge") or "").lower().startswith("earlier"):
        return False  # 'earlier this year' points back
    if (m.group("month") or m.group("month2")) and not (m.group("prep") or m.group("edge") or m.group("day")
                                                       or m.group("day2") or m.group("myear") or m.group("myear2")):
        return False  # a bare month name is attributive: 'the February Louvre accord'
    if (m.group("prep") or "").lower() == "from":
        return False  # 'cut output by 10 pct from March': a starting point, not a deadline
    if m.group("duration"):
        return (m.group("prep") or "").lower() in _DURATION_PREPS or m.group().lower().startswith("the")
    if m.group("year") and not (m.group("prep") or m.group("edge") or m.group("yfiscal")):
        return False
    if m.group("rel"):
        rel = m.group("rel").lower()
        if rel == "last" or (rel == "the" and not m.group("edge")):
            return False
    return (m.group("wrel") or "").lower() != "last"


def resolve_deadline(wording: str, published: _dt.date | _dt.datetime | None = None) -> Resolved:
    """The date and precision that deadline ``wording`` fixes, relative to ``published`` where it must be.

    >>> import datetime
    >>> resolve_deadline("by March", datetime.date(2023, 5, 2))
    (PartialDate(year=2024, month=3, day=None), 'month')
    >>> resolve_deadline("within three months", datetime.date(2023, 5, 2))
    (None, None)
    """
    m = _DEADLINE.search(flatten(wording))
    if m is None or not _is_deadline(m):
        return None, None
    return _resolve_match(m, _as_date(published))


def _ahead(m: re.Match[str], date: PartialDate, today: _dt.date) -> bool:
    """Whether a resolved date can be a deadline: not in a past year, and a month or quarter named without
    its year ('in the first quarter') is the coming one only when it is at most nine months away, else the
    text means the one just gone; 'by' / 'until' always look ahead."""
    if date.year < today.year:
        return False
    if date.month is None or m.group("myear") or m.group("myear2") or m.group("pyear") or m.group("qyear"):
        return True
    if m.group("rel") or m.group("prel") or m.group("weekday") or m.group("today"):
        return True
    if (m.group("prep") or "").lower() in _FORWARD_PREPS:
        return True  # 'by March' filed in May: next March
    return (date.year - today.year) * 12 + date.month - today.month <= 9


def find_deadlines(
    text: str, published: _dt.date | _dt.datetime | None = None, start: int = 0, end: int | None = None
) -> list[Deadline]:
    """Every deadline wording in ``text[start:end]``, in text order, with spans into ``text``."""
    stop = len(text) if end is None else end
    base = max(0, start - 24)  # room for the words before a date: 'last May', 'compared with'
    flat = flatten(text[base:stop])
    today = _as_date(published)
    out: list[Deadline] = []
    for m in _deadline_matches(flat, start - base):
        if not _is_deadline(m) or _PAST.search(flat, max(0, m.start() - 20), m.start()):
            continue  # 'last May', 'earlier in 2008', 'compared to the first quarter'
        date, precision = _resolve_match(m, today)
        if date is not None and today is not None and not _ahead(m, date, today):
            continue  # 'secured in 1984', 'up from 574,000 in the first quarter' (filed in April)
        span = Span.of(text, base + m.start(), base + m.end())
        out.append(Deadline(" ".join(m.group().split()), date, precision, span))
    return out


def deadline_may_start(flat: str, pos: int, end: int) -> bool:
    """Whether deadline wording can begin at ``flat[pos]`` or the character after it, ``flat`` being
    flattened text read up to ``end``: a cheap test before looking for a deadline put first in a sentence.

    >>> deadline_may_start("By 2010, Acme plans to", 0, 22), deadline_may_start("Acme plans to", 0, 13)
    (True, False)
    """
    return _DEADLINE.match(flat, pos, end) is not None or _DEADLINE.match(flat, pos + 1, end) is not None


def find_deadline(
    text: str, published: _dt.date | _dt.datetime | None = None, start: int = 0, end: int | None = None
) -> Deadline | None:
    """The deadline of a commitment clause ``text[start:end]``: its last calendar point, else its first duration.

    'debate the bill on Thursday and vote on Friday' is due on Friday, the last point the clause names.
    """
    found = find_deadlines(text, published, start, end)
    dated = [d for d in found if d.date is not None]
    if dated:
        return dated[-1]
    return found[0] if found else None
