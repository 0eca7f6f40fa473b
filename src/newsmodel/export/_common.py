"""Helpers the exporters share: a stable id for an article, word counts, the body as one text."""

from __future__ import annotations

import hashlib

from newsmodel.model import Article

__all__ = ["article_id", "article_uri", "body_text", "word_count"]


def article_id(article: Article) -> str:
    """A stable id for ``article``: the first 16 hex digits of the SHA-256 of its text.

    The same copy gives the same id on every run and machine, so exports of one
    article can be joined without a database key.
    """
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]


def article_uri(article: Article) -> str:
    """A ``urn:newsmodel:`` URI built from :func:`article_id`, for formats that require a URI."""
    return f"urn:newsmodel:article:{article_id(article)}"


def body_text(article: Article) -> str:
    """The body as plain text: paragraphs and subheadings, one blank line between blocks."""
    return "\n\n".join(p.text for p in article.body)


def word_count(text: str) -> int:
    """Words as a copy desk counts them: runs of non-space characters."""
    return len(text.split())
