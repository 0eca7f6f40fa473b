"""New York Times News Service copy: ``WASHINGTON _`` datelines without an agency tag, ``By JAMES DAO``
bylines over a ``c.1998 N.Y. Times News Service`` copyright line, ``NYT-06-25-98 2141EDT`` trailers."""

from __future__ import annotations

import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import read_copy
from newsmodel.model import Article

__all__ = ["detect_nyt", "parse_nyt"]

# The service's trailer: 'NYT-06-25-98 2141EDT'.
_TRAILER = re.compile(r"\nNYT-\d\d-\d\d-\d\d")


def detect_nyt(text: str) -> float:
    """NYT News Service copy: its copyright line near the top ('c.1998 N.Y. Times News Service') or its trailer."""
    head = text[:3000]
    if "Times News Service" in head:
        return 0.7
    tail = text[-3000:]
    return 0.7 if "\nNYT-" in tail and _TRAILER.search(tail) else 0.0


@register_format("nyt", detect=detect_nyt)
def parse_nyt(text: str) -> Article:
    """NYT News Service wire copy: headline, byline, dateline, body and trailers."""
    return read_copy(text, "nyt", "New York Times News Service")
