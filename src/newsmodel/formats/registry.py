"""The registry of wire formats: a parser per format name, and detection of the right one.

A wire format is a function ``text -> Article`` that fills the article's
structure (headline, dateline, byline, body ...) and a ``detect`` function that
scores how well a text fits it. Register one in your own code with the
decorator, or from an installed package through the ``newsmodel.formats``
entry-point group, which is read the first time a name is looked up, never at
import.

>>> from newsmodel import Article, register_format
>>> @register_format("example-wire", detect=lambda text: 0.0)
... def parse_example(text: str) -> Article:
...     return Article(text=text, format="example-wire", source="Example Wire")
>>> from newsmodel import parse_article
>>> parse_article("Some copy.", format="example-wire").source
'Example Wire'
>>> unregister_format("example-wire")
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from newsmodel.errors import NewsmodelError, UnknownFormatError
from newsmodel.model import Article

__all__ = [
    "ENTRY_POINT_GROUP",
    "FormatRegistry",
    "WireFormat",
    "available_formats",
    "get_format",
    "register_format",
    "registry",
    "unregister_format",
]

ENTRY_POINT_GROUP = "newsmodel.formats"

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint


def entry_points(*, group: str) -> list[EntryPoint]:
    """The installed entry points of ``group`` (``importlib.metadata`` is imported only when asked: it is slow)."""
    from importlib.metadata import entry_points as installed

    return list(installed(group=group))


Parser = Callable[[str], Article]
Detector = Callable[[str], float]


@attrs.frozen
class WireFormat:
    """A named parser with its detector.

    ``detect(text)`` returns a confidence between 0 and 1; auto-detection picks
    the highest, ties going to the format registered first.
    """

    name: str
    parse: Parser
    detect: Detector | None = None
    description: str = ""


@attrs.define
class FormatRegistry:
    """Format names to parsers. The module-level :data:`registry` is the one ``parse_article`` uses."""

    fallback: str = "plain"
    _formats: dict[str, WireFormat] = attrs.field(factory=dict)
    _entry_points_loaded: bool = False

    def register(
        self, name: str, *, detect: Detector | None = None, description: str = "", replace: bool = False
    ) -> Callable[[Parser], Parser]:
        """Decorator: register ``parser`` under ``name``.

        Registering a name twice is an error unless ``replace=True``, so two
        plug-ins cannot silently shadow each other.
        """

        def decorator(parser: Parser) -> Parser:
            self.add(WireFormat(name, parser, detect, description or (parser.__doc__ or "").strip().split("\n")[0]),
                     replace=replace)
            return parser

        return decorator

    def add(self, fmt: WireFormat, *, replace: bool = False) -> None:
        """Register a :class:`WireFormat` object."""
        if not isinstance(fmt.name, str) or not fmt.name:
            raise NewsmodelError(f"a format name must be a non-empty str, got {fmt.name!r}")
        if fmt.name in self._formats and not replace:
            raise NewsmodelError(f"format {fmt.name!r} is already registered; pass replace=True to replace it")
        self._formats[fmt.name] = fmt

    def remove(self, name: str) -> None:
        """Unregister ``name``."""
        if name not in self._formats:
            raise UnknownFormatError(name, self.names())
        del self._formats[name]

    def names(self) -> tuple[str, ...]:
        """Every registered format name, entry points included, sorted."""
        self._load_entry_points()
        return tuple(sorted(self._formats))

    def get(self, name: str) -> WireFormat:
        """The format called ``name``; :class:`UnknownFormatError` lists the known ones."""
        if name not in self._formats:
            self._load_entry_points()
        try:
            return self._formats[name]
        except KeyError:
            raise UnknownFormatError(name, self.names()) from None

    def detect(self, text: str) -> WireFormat:
        """The format whose detector is most confident about ``text`` (the fallback when none is)."""
        self._load_entry_points()
        best: WireFormat | None = None
        best_score = 0.0
        for fmt in self._formats.values():
            if fmt.detect is None:
                continue
            score = fmt.detect(text)
            if score > best_score:
                best, best_score = fmt, score
                if score >= 1.0:
                    break  # certain: no later format can win a tie
        return best if best is not None else self.get(self.fallback)

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in self._formats:
                continue
            try:
                obj = ep.load()
            except Exception as exc:
                raise NewsmodelError(f"cannot load wire format {ep.name!r} from {ep.value}: {exc}") from exc
            fmt = obj if isinstance(obj, WireFormat) else WireFormat(ep.name, obj)
            self._formats[ep.name] = attrs.evolve(fmt, name=ep.name)


registry = FormatRegistry()
"""The registry that :func:`newsmodel.parse_article` consults."""


def register_format(
    name: str, *, detect: Detector | None = None, description: str = "", replace: bool = False
) -> Callable[[Parser], Parser]:
    """Decorator: register a wire-format parser in the default registry."""
    return registry.register(name, detect=detect, description=description, replace=replace)


def unregister_format(name: str) -> None:
    """Remove a format from the default registry."""
    registry.remove(name)


def get_format(name: str) -> WireFormat:
    """Look up a format in the default registry."""
    return registry.get(name)


def available_formats() -> tuple[str, ...]:
    """Names of every format in the default registry."""
    return registry.names()
