"""United Press International copy: ``WASHINGTON, March 3 (UPI) --``."""

from __future__ import annotations

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import agency_detector, read_copy
from newsmodel.model import Article

__all__ = ["detect_upi", "parse_upi"]

detect_upi = agency_detector("UPI")


@register_format("upi", detect=detect_upi)
def parse_upi(text: str) -> Article:
    """UPI wire copy: headline, byline, dateline, body, credits and sign-off."""
    return read_copy(text, "upi", "UPI")
