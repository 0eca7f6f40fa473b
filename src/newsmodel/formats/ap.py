"""Associated Press copy: ``WASHINGTON (AP) _``, bylines with role lines, ``AP-NY-06-01-98 0828EDT`` trailers."""

from __future__ import annotations

import re

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import agency_detector, read_copy
from newsmodel.model import Article

__all__ = ["detect_ap", "parse_ap"]

# AP's wire trailer: 'AP-NY-06-01-98 0828EDT'.
_MARK = re.compile(r"^AP-[A-Z]{2,3}-\d\d-\d\d-\d\d \d{4}", re.MULTILINE)

detect_ap = agency_detector("AP", _MARK, "AP-")


@register_format("ap", detect=detect_ap)
def parse_ap(text: str) -> Article:
    """AP wire copy: headline, byline, dateline, body, credits and sign-off."""
    return read_copy(text, "ap", "AP")
