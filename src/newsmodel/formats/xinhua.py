"""Xinhua copy: ``MADRID, February 17 (Xinhua) --``, the date in the dateline."""

from __future__ import annotations

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import agency_detector, read_copy
from newsmodel.model import Article

__all__ = ["detect_xinhua", "parse_xinhua"]

detect_xinhua = agency_detector("Xinhua")


@register_format("xinhua", detect=detect_xinhua)
def parse_xinhua(text: str) -> Article:
    """Xinhua wire copy: headline, byline, dateline, body, credits and sign-off."""
    return read_copy(text, "xinhua", "Xinhua")
