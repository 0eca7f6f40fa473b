"""Reuters.com stories as scraped (2006-2013): a four-line ``-- `` header, then the story.

```
-- Humana profit beats views
-- By  Nate Raymond  and Jonathan Stempel
-- Sat Nov 9, 2013 1:00pm EST
-- http://www.reuters.com/article/...
```
"""

from __future__ import annotations

import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import Copy, parse_timestamp
from newsmodel.model import Article

__all__ = ["detect_reuters_web", "parse_reuters_web"]

# One header line: '-- Humana profit beats views', '-- ' (an empty byline).
_LINE = re.compile(r"-- ?([^\n]*)(?:\n|$)")


def _header(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    pos = 0
    while len(out) < 4:
        m = _LINE.match(text, pos)
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def detect_reuters_web(text: str) -> float:
    """Four ``-- `` lines, the last a URL."""
    lines = _header(text)
    if len(lines) == 4 and lines[3].group(1).startswith("http"):
        return 0.95
    return 0.3 if len(lines) >= 3 else 0.0


@register_format("reuters-web", detect=detect_reuters_web)
def parse_reuters_web(text: str) -> Article:
    """The ``-- `` header (headline, byline, date, URL) and the Reuters story below it."""
    lines = _header(text)
    copy = Copy(text, format="reuters-web", source="Reuters")
    rest = 0
    for i, m in enumerate(lines):
        a, b = m.span(1)
        value = m.group(1).strip()
        rest = m.end()
        if i == 0:
            copy.headline = (a, b)
        elif i == 1 and value:
            if not copy.read_byline(a, b):
                copy.field("byline", value, a, b)
        elif i == 2 and value:
            copy.field("date", value, a, b)
            copy.published = parse_timestamp(value)
            copy.year = copy.published.year if copy.published else None
        elif i == 3 and value:
            copy.field("url", value, a, b)
    copy.read_story(rest)
    return copy.article()
