"""Shared test fixtures: the project's own wire-copy fixtures and the optional research corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPORA = SHARED / "corpora"
GOLD = SHARED / "gold"


def fixture_text(name: str) -> str:
    """The text of a fixture the project wrote itself, from tests/fixtures/."""
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def corpora() -> Path:
    """The research corpora folder; tests using it skip when it is absent (a fresh clone elsewhere)."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not present")
    return CORPORA


@pytest.fixture
def gold_dir() -> Path:
    """The gold annotation folder; skips when absent."""
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not present")
    return GOLD
