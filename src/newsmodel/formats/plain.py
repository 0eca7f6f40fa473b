"""Plain copy: an optional headline line, a blank line, then paragraphs (the BBC website style).

Also the fallback for text no other format claims: whatever dateline, byline,
credits or trailers it carries are still found.
"""

from __future__ import annotations

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import read_copy
from newsmodel.model import Article

__all__ = ["parse_plain"]


@register_format("plain", detect=lambda text: 0.01)
def parse_plain(text: str) -> Article:
    """Headline line, blank line, body paragraphs separated by blank lines."""
    return read_copy(text, "plain")
