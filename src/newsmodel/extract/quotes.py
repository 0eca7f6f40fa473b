"""Quotes: direct, reported and mixed speech, attributed to their speakers."""

from __future__ import annotations

from newsmodel.model import Article


def find_quotes(article: Article) -> Article:
    """Fill ``quotes``; speakers are objects from ``article.people`` / ``article.organizations``."""
    return article
