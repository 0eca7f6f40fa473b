"""Reuters copy: ``LONDON (Reuters) -``, ``(Reuters) -`` without a city, 1987's ``LONDON, March 3 -``;
``(Reporting by X; Editing by Y)`` credits and the ``Reuter`` sign-off."""

from __future__ import annotations

import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import agency_detector, read_copy
from newsmodel.model import Article

__all__ = ["detect_reuters", "parse_reuters"]

# The sign-off line closing 1980s copy: 'Reuter', 'REUTER'.
_MARK = re.compile(r"^[ \t]*(?:Reuter|REUTER)[ \t]*$", re.MULTILINE)

detect_reuters = agency_detector("Reuters", _MARK, "reuter")


@register_format("reuters", detect=detect_reuters)
def parse_reuters(text: str) -> Article:
    """Reuters wire copy: headline, byline, dateline, body, credits and sign-off."""
    return read_copy(text, "reuters", "Reuters")
