"""Agence France-Presse copy: ``PARIS, March 3 (AFP) -``."""

from __future__ import annotations

from newsmodel.formats.registry import register_format
from newsmodel.formats.wire import agency_detector, read_copy
from newsmodel.model import Article

__all__ = ["detect_afp", "parse_afp"]

detect_afp = agency_detector("AFP")


@register_format("afp", detect=detect_afp)
def parse_afp(text: str) -> Article:
    """AFP wire copy: headline, byline, dateline, body, credits and sign-off."""
    return read_copy(text, "afp", "AFP")
