"""One article as the text of an export target, for the command line's ``--to``."""

from __future__ import annotations

import json
from typing import Literal

from newsmodel.export.jsonld import to_jsonld
from newsmodel.export.ninjs import to_ninjs
from newsmodel.export.tables import to_csv
from newsmodel.model import Article
from newsmodel.serialize import to_json

__all__ = ["TARGETS", "Target", "render"]

Target = Literal["json", "jsonl", "ninjs", "jsonld", "csv"]

TARGETS: tuple[Target, ...] = ("json", "jsonl", "ninjs", "jsonld", "csv")
"""What ``newsmodel parse --to`` can write: newsmodel's JSON (one document or JSON Lines), ninjs, JSON-LD, CSV."""


def render(
    article: Article, to: Target = "json", *, indent: int | None = None, table: str = "articles", header: bool = True
) -> str:
    """``article`` as the text of target ``to``, without a trailing newline.

    ``json`` and ``jsonl`` give newsmodel's JSON, ``ninjs`` and ``jsonld`` the
    documents of :func:`~newsmodel.export.to_ninjs` and
    :func:`~newsmodel.export.to_jsonld`; ``indent`` applies to all four. ``csv``
    gives the rows of one ``table`` (see :data:`~newsmodel.export.TABLES`), with
    the header row unless ``header`` is false.

    >>> from newsmodel import Article
    >>> render(Article(text="x", headline="Hi"), "csv", header=False).split(",")[:4]
    ['2d711642b726b044', '', 'Hi', '']
    """
    if to in ("json", "jsonl"):
        return to_json(article, indent=indent)
    if to == "ninjs":
        return json.dumps(to_ninjs(article), ensure_ascii=False, indent=indent)
    if to == "jsonld":
        return json.dumps(to_jsonld(article), ensure_ascii=False, indent=indent)
    if to == "csv":
        text = to_csv(article, table)
        if not header:
            text = text.split("\n", 1)[1]
        return text.rstrip("\n")
    raise ValueError(f"unknown export target {to!r}; expected one of {', '.join(TARGETS)}")
