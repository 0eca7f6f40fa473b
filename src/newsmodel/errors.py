"""The library's errors: one base class, each subclass also the closest builtin.

Catch :class:`NewsmodelError` for anything newsmodel raises on purpose, or the
builtin (``TypeError``, ``ValueError``, ``LookupError``) where that reads better.
"""

from __future__ import annotations

__all__ = ["DecodeError", "InputTypeError", "NewsmodelError", "SchemaError", "UnknownFormatError"]


class NewsmodelError(Exception):
    """Base class of every error newsmodel raises on purpose."""


class InputTypeError(NewsmodelError, TypeError):
    """The input is not text: ``parse_article(42)``."""


class DecodeError(NewsmodelError, ValueError):
    """Bytes that are not valid UTF-8, with where decoding failed."""


class SchemaError(NewsmodelError, ValueError):
    """A dict or JSON document that does not describe an article.

    ``errors`` lists each problem as ``"expected str, got int @ $.people[0].name"``.
    """

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class UnknownFormatError(NewsmodelError, LookupError):
    """A wire format name that no parser is registered for; the message lists the known ones."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown format {name!r}; known formats: {', '.join(known) or '(none)'}")
        self.name = name
        self.known = known
