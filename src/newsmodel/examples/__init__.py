"""The bundled sample article: an Azernews story (2022-09-30) citing Trend, in the aggregator header style."""

from __future__ import annotations

from importlib.resources import files

__all__ = ["SAMPLE", "sample_text"]

SAMPLE = "azernews-2022-09-30.txt"


def sample_text() -> str:
    """The text of the bundled sample article."""
    return files(__name__).joinpath(SAMPLE).read_text(encoding="utf-8")
