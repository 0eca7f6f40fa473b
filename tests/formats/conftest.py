"""Helpers for the wire-format tests: parse a fixture with one format, check every span."""

from __future__ import annotations

from newsmodel import Article
from newsmodel.formats.registry import get_format, registry
from newsmodel.text import coerce_text

from ..conftest import fixture_text
from ..spans import iter_spans


def check_spans(article: Article) -> None:
    """Every span points at its own text, and body paragraphs follow each other in the text."""
    for where, span in iter_spans(article):
        assert 0 <= span.start <= span.end <= len(article.text), where
        assert article.text[span.start : span.end] == span.text, where
    starts = [p.span.start for p in article.body]
    assert starts == sorted(starts)


def parse_fixture(name: str, expected_format: str) -> Article:
    """Parse ``tests/fixtures/<name>``: auto-detection must pick ``expected_format``, and forcing it agrees."""
    text = coerce_text(fixture_text(name))
    detected = registry.detect(text)
    assert detected.name == expected_format
    article = detected.parse(text)
    assert article.format == expected_format
    assert get_format(expected_format).parse(text) == article
    check_spans(article)
    return article
