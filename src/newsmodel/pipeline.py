"""The one place where the order of stages is written.

text -> wire format (structure) -> entities -> quotes -> commitments -> Article.
Each stage after the format is a pure function ``Article -> Article`` and can
be run on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel.extract.commitments import find_commitments
from newsmodel.extract.entities import find_entities
from newsmodel.extract.quotes import find_quotes
from newsmodel.formats.registry import FormatRegistry, registry
from newsmodel.model import Article
from newsmodel.errors import InputTypeError
from newsmodel.text import coerce_text

__all__ = ["STAGES", "parse_article"]

Stage = Callable[[Article], Article]

STAGES: tuple[Stage, ...] = (find_entities, find_quotes, find_commitments)
"""The extraction stages, in the order they run: each reads what the earlier ones filled in."""


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
    for stage in STAGES:
        article = stage(article)
    return article
