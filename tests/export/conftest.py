"""Fixtures for the export tests (the articles themselves are in articles.py)."""

from __future__ import annotations

import pytest

from newsmodel import Article, parse_article
from tests.export.articles import PARSED_TEXTS, build_article


@pytest.fixture
def article() -> Article:
    return build_article()


@pytest.fixture(params=range(len(PARSED_TEXTS)), ids=["plain", "dateline", "empty"])
def parsed(request: pytest.FixtureRequest) -> Article:
    return parse_article(PARSED_TEXTS[request.param])
