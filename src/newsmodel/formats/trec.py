"""TREC / AQUAINT ``<DOC>`` records (DUC 2006-2007): AP Worldstream, NYT News Service and Xinhua copy.

The record's headline, the lines between ``<BODY>`` and ``<TEXT>`` (notes,
byline, copyright), the story's paragraphs and the ``<TRAILER>`` are rendered
as plain wire copy; every other tag becomes a field.
"""

from __future__ import annotations

import datetime as _dt
import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.sgml import Renderer, decode_entities, elements, first_by_name, tidy_lines
from newsmodel.formats.wire import Copy, parse_timestamp
from newsmodel.model import Article, Trailer
from newsmodel.text import collapse

__all__ = ["DOCNO_SOURCES", "parse_trec"]

DOCNO_SOURCES = {"APW": "AP", "NYT": "New York Times News Service", "XIE": "Xinhua"}
"""The issuing service of an AQUAINT DOCNO prefix (APW19980601.0515 is AP Worldstream copy)."""

# A record's opening: '<DOC>' possibly after blank lines.
_START = re.compile(r"\s{0,200}<DOC>", re.IGNORECASE)
# A DOCNO's service and date: 'APW19980601' in 'APW19980601.0515'.
_DOCNO = re.compile(r"\s*([A-Z]{3})(\d{4})(\d\d)(\d\d)")
_LAYOUT = frozenset({"DOC", "BODY", "TEXT", "P", "HEADLINE"})


def detect_trec(text: str) -> float:
    """A ``<DOC>`` record."""
    return 1.0 if _START.match(text) else (0.3 if "<DOCNO>" in text[:2000] else 0.0)


def _published(date_time: str | None, docno_date: _dt.date | None) -> _dt.date | _dt.datetime | None:
    """DATE_TIME, unless it is the DOCNO's date with day and month swapped (APW '1998-01-06' for 19980601)."""
    stamp = parse_timestamp(date_time) if date_time else None
    if stamp is None:
        return docno_date
    day = stamp.date() if isinstance(stamp, _dt.datetime) else stamp
    if docno_date is not None and day != docno_date and (day.month, day.day) == (docno_date.day, docno_date.month):
        if isinstance(stamp, _dt.datetime):
            return stamp.replace(month=docno_date.month, day=docno_date.day)
        return docno_date
    return stamp


@register_format("trec", detect=detect_trec)
def parse_trec(text: str) -> Article:
    """A TREC/AQUAINT ``<DOC>`` record: headline, notes and byline, paragraphs, trailer."""
    els = elements(text)
    first = first_by_name(els)
    out = Renderer()
    copy_fields: list[tuple[str, str]] = []
    for el in els:
        if el.name not in _LAYOUT:
            copy_fields.append((el.name, collapse(decode_entities(text[el.content_start : el.content_end]))))

    headline = None
    hl = first.get("HEADLINE")
    if hl is not None:
        headline = out.block(collapse(decode_entities(text[hl.content_start : hl.content_end])))

    body, txt = first.get("BODY"), first.get("TEXT")
    front = None
    if body is not None and txt is not None and body.content_start < txt.start:
        pieces, pos = [], body.content_start
        for el in els:
            if el.start >= pos and el.end <= txt.start and el.name in ("SLUG", "CATEGORY", "HEADLINE"):
                pieces.append(text[pos : el.start])
                pos = el.end
        pieces.append(text[pos : txt.start])
        front = out.block(tidy_lines(decode_entities("".join(pieces))))

    story_start = out.length
    if txt is not None:
        paras = [el for el in els if el.name == "P" and el.start >= txt.start and el.end <= txt.end]
        if paras:
            for p in paras:
                out.block(tidy_lines(decode_entities(text[p.content_start : p.content_end])))
            tail = text[paras[-1].end : txt.content_end]
            if tail.strip():
                out.block(tidy_lines(decode_entities(tail)))
        else:
            out.block(decode_entities(text[txt.content_start : txt.content_end]).rstrip())
    elif not els:
        out.block(text)
    story_end = out.length

    trailer = None
    tr = first.get("TRAILER")
    if tr is not None:
        trailer = out.block(collapse(decode_entities(text[tr.content_start : tr.content_end])))

    rendered = out.text()
    fields = dict(copy_fields)
    docno = fields.get("DOCNO", "")
    dm = _DOCNO.match(docno)
    docno_date = None
    if dm:
        try:
            docno_date = _dt.date(int(dm[2]), int(dm[3]), int(dm[4]))
        except ValueError:
            docno_date = None
    published = _published(fields.get("DATE_TIME") or fields.get("DATE"), docno_date)
    copy = Copy(
        rendered,
        format="trec",
        headline=headline,
        published=published,
        year=docno_date.year if docno_date else (published.year if published else None),
        source=DOCNO_SOURCES.get(dm[1]) if dm else None,
    )
    for name, value in copy_fields:
        copy.field(name, value)
    if front is not None:
        copy.read_front(*front)
    if story_end > story_start:
        copy.read_story(story_start, story_end)
    if trailer is not None:
        span = copy.span(*trailer)
        copy.trailers.append(Trailer("trailer", span.text, span))
    return copy.article()
