"""Copy opening with a one-line header of date and outlet: `` date 2022-09-30 By Azernews`` (the seed's style).

The header's date publishes the story and its "By" names the outlet, not a
writer; the writer's byline follows on its own line.
"""

from __future__ import annotations

import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import Copy, agency_name, parse_timestamp
from newsmodel.model import Article

__all__ = ["detect_header", "parse_header"]

# The header line: ' date 2022-09-30 By Azernews', 'Date: 2023-03-05 by Example Wire'.
_HEADER = re.compile(
    r"[ \t]*(?i:date):?[ \t]+(?P<date>\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?)"
    r"(?:[ \t]+(?i:by)[ \t]+(?P<by>[^\n]{1,80}?))?[ \t]*(?:\n|$)"
)
# Blank lines before the header.
_LEAD = re.compile(r"\s{0,200}")


def _header(text: str) -> re.Match[str] | None:
    lead = _LEAD.match(text)
    return _HEADER.match(text, lead.end() if lead else 0)


def detect_header(text: str) -> float:
    """A first line holding ``date YYYY-MM-DD`` (and optionally ``By Outlet``)."""
    return 0.95 if _header(text) else 0.0


@register_format("header", detect=detect_header)
def parse_header(text: str) -> Article:
    """A ``date ... By Outlet`` header line, then a byline, then the story in blank-line paragraphs."""
    m = _header(text)
    if m is None:
        copy = Copy(text, format="header")
        copy.read_story(headline=True)
        return copy.article()
    copy = Copy(text, format="header", published=parse_timestamp(m.group("date")))
    copy.field("date", m.group("date"), m.start("date"), m.end("date"))
    if m.group("by"):
        by = m.group("by")
        copy.field("by", by, m.start("by"), m.end("by"))
        copy.source = agency_name(by) or by
    copy.read_story(m.end(), headline=True)
    return copy.article()
