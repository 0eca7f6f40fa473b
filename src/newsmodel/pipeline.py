"""The one place where the order of stages is written.

text -> wire format (structure) -> entities -> quotes -> commitments -> Article.
Each stage after the format is a pure function ``Article -> Article`` and can
be run on its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from newsmodel.errors import InputTypeError
from newsmodel.formats.registry import FormatRegistry, registry
from newsmodel.model import Article
from newsmodel.text import coerce_text

__all__ = ["STAGES", "STAGE_PATHS", "parse_article", "stages"]

Stage = Callable[[Article], Article]

STAGE_PATHS = (
    "newsmodel.extract.entities:find_entities",
    "newsmodel.extract.quotes:find_quotes",
    "newsmodel.extract.commitments:find_commitments",
)
"""The extraction stages, in the order they run: each reads what the earlier ones filled in."""

if TYPE_CHECKING:
    STAGES: tuple[Stage, ...]


@cache
def stages() -> tuple[Stage, ...]:
    """The stage functions of :data:`STAGE_PATHS`, imported on first use (their rule tables cost import time)."""
    found = []
    for path in STAGE_PATHS:
        module, _, name = path.partition(":")
        found.append(getattr(importlib.import_module(module), name))
    return tuple(found)


def __getattr__(name: str) -> Any:
    if name == "STAGES":  # `STAGES` is the tuple of stage functions, loaded when first asked for
        return stages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_article(text: str | bytes, format: str | None = None, *, formats: FormatRegistry | None = None) -> Article:
    """Parse wire copy into an :class:`Article`.

    ``text`` is a ``str`` (or UTF-8 ``bytes``); ``format`` forces a wire format
    by name instead of detecting it; ``formats`` is the registry to use (the
    default one if omitted).

    >>> article = parse_article("Rain expected\\n\\nIt will rain, forecasters said.")
    >>> article.headline
    'Rain expected'
    """
    if format is not None and not isinstance(format, str):
        raise InputTypeError(f"format must be a format name (str) or None, got {type(format).__name__}")
    text = coerce_text(text)
    reg = formats if formats is not None else registry
    wire = reg.get(format) if format is not None else reg.detect(text)
    article = wire.parse(text)
    for stage in stages():
        article = stage(article)
    return article
