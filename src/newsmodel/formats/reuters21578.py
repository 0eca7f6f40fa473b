"""Reuters-21578 ``<REUTERS>`` records (1987): title, author, dateline and body rendered as wire copy.

``<DATE>`` dates the story; topics, places and the routing header go to fields.
"""

from __future__ import annotations

import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.sgml import Renderer, decode_entities, elements, first_by_name, parse_attributes
from newsmodel.formats.wire import Copy, parse_timestamp
from newsmodel.model import Article
from newsmodel.text import collapse

__all__ = ["parse_reuters21578"]

# A record's opening: '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" ...>'.
_START = re.compile(r"\s{0,200}<REUTERS\b")
# A list item inside TOPICS, PLACES ...: '<D>usa</D>'.
_ITEM = re.compile(r"<D>([^<]{0,200})</D>")
# Any tag left inside an UNPROC text: '<TEXT TYPE="UNPROC">'.
_ANY_TAG = re.compile(r"<[^<>\n]{0,200}>")
_LISTS = ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES")


def detect_reuters21578(text: str) -> float:
    """A ``<REUTERS>`` record."""
    return 1.0 if _START.match(text) else 0.0


@register_format("reuters21578", detect=detect_reuters21578)
def parse_reuters21578(text: str) -> Article:
    """A Reuters-21578 record: ALL-CAPS title, optional author, dated dateline, hard-wrapped body."""
    els = elements(text)
    first = first_by_name(els)
    out = Renderer()
    fields: list[tuple[str, str]] = []
    root = first.get("REUTERS")
    if root is not None:
        fields.extend(parse_attributes(root.attributes).items())

    def content(name: str) -> str | None:
        el = first.get(name)
        return None if el is None else text[el.content_start : el.content_end]

    date = content("DATE")
    if date is not None:
        fields.append(("DATE", collapse(date)))
    for name in _LISTS:
        raw = content(name)
        if raw is not None:
            fields.append((name, ", ".join(_ITEM.findall(raw))))
    unknown = content("UNKNOWN")
    if unknown is not None:
        fields.append(("UNKNOWN", collapse(decode_entities(unknown))))
    txt = first.get("TEXT")
    if txt is not None:
        kind = parse_attributes(txt.attributes).get("TYPE")
        if kind:
            fields.append(("TEXT TYPE", kind))

    title_raw = content("TITLE")
    headline = out.block(collapse(decode_entities(title_raw))) if title_raw is not None else None
    author_raw = content("AUTHOR")
    author = out.block(collapse(decode_entities(author_raw))) if author_raw is not None else None
    dateline = None
    dateline_raw, body_raw = content("DATELINE"), content("BODY")
    if dateline_raw is not None:
        dateline = out.block(decode_entities(dateline_raw.strip()))
        if dateline is not None:
            out.add(" ")
    story_start = out.length
    if body_raw is not None:
        if dateline is None:
            out.block(decode_entities(body_raw).rstrip())
        else:
            out.add(decode_entities(body_raw).rstrip())
    elif txt is not None:  # UNPROC: the raw text sits directly inside <TEXT>
        inner = text[txt.content_start : txt.content_end]
        out.block(decode_entities(_ANY_TAG.sub("", inner)).rstrip())
    elif not els:
        out.block(text)
    story_end = out.length

    published = parse_timestamp(date) if date else None
    copy = Copy(
        out.text(),
        format="reuters21578",
        headline=headline,
        published=published,
        year=published.year if published else None,
        source="Reuters",
    )
    for name, value in fields:
        copy.field(name, value)
    if author is not None:
        copy.read_front(*author, lenient=True)
    if dateline is not None:
        copy.set_dateline(*dateline)
    if story_end > story_start:
        copy.read_story(story_start, story_end, dateline=False)
    return copy.article()
