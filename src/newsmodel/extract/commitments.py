"""Commitments: who pledged to do what, by when."""

from __future__ import annotations

from newsmodel.model import Article


def find_commitments(article: Article) -> Article:
    """Fill ``commitments``; actors are objects from the article's entity lists."""
    return article
