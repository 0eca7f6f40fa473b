"""Plain text: an optional headline line, a blank line, then paragraphs (the BBC style).

Also the fallback for text no other format claims.
"""

from __future__ import annotations

from newsmodel.formats.registry import register_format
from newsmodel.model import Article, Paragraph, Span
from newsmodel.text import collapse


@register_format("plain", detect=lambda text: 0.01)
def parse_plain(text: str) -> Article:
    """Headline line, blank line, body paragraphs separated by blank lines."""
    blocks = _blocks(text)
    headline = None
    headline_span = None
    if len(blocks) > 1:
        a, b = blocks[0]
        if "\n" not in text[a:b] and len(text[a:b]) < 200:
            headline = collapse(text[a:b])
            headline_span = Span.of(text, a, b)
            blocks = blocks[1:]
    body = tuple(Paragraph(collapse(text[a:b]), Span.of(text, a, b)) for a, b in blocks)
    return Article(text=text, format="plain", headline=headline, headline_span=headline_span, body=body)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks, trimmed, as offsets."""
    out = []
    pos = 0
    for chunk in text.split("\n\n"):
        a, b = pos, pos + len(chunk)
        pos = b + 2
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
