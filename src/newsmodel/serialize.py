"""Dicts and JSON, both ways, through one cattrs converter.

The JSON form lists each person and organization once, under ``people`` and
``organizations``; byline authors, quote speakers and commitment actors refer
to them by ``id``, and a commitment refers to its quote by ``id``. Dates are
ISO 8601 (partial dates as ``2024`` or ``2024-03``). The document carries
``schema_version``. Loading is strict: a wrong type is an error naming its path
(``expected str, got int @ $.people[0].name``), never coerced.

>>> from newsmodel import Article, to_json, from_json
>>> a = Article(text="Hello.", headline="Hi")
>>> from_json(to_json(a)) == a
True
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from newsmodel.errors import InputTypeError, SchemaError
from newsmodel.model import (
    Article,
    Byline,
    Commitment,
    Organization,
    PartialDate,
    Person,
    Quote,
)

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 1
"""Version of the JSON layout; bumped when a field changes meaning or goes away."""

T = TypeVar("T")


class _Ref(str):
    """An id read from JSON, waiting to be swapped for the object it names."""


def _strict(tp: type) -> Callable[[Any, Any], Any]:
    """A structure hook that accepts only ``tp`` itself (``bool`` is not an ``int`` here)."""

    def hook(value: Any, _: Any) -> Any:
        if type(value) is tp or (tp is float and type(value) is int):
            return value
        raise TypeError(f"expected {tp.__name__}, got {type(value).__name__} {value!r:.40}")

    return hook


def _iso(kind: str, parse: Callable[[str], T]) -> Callable[[Any, Any], T]:
    def hook(value: Any, _: Any) -> T:
        if not isinstance(value, str):
            raise TypeError(f"expected an ISO 8601 {kind} string, got {type(value).__name__} {value!r:.40}")
        try:
            return parse(value)
        except ValueError:
            raise ValueError(f"expected an ISO 8601 {kind}, got {value!r:.40}") from None

    return hook


# A date-time rather than a plain date: '1987-02-26T15:01:01.790000'.
_HAS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d")


def _structure_published(value: Any, _: Any) -> _dt.date | _dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str) and _HAS_TIME.match(value):
        return _iso("date-time", _dt.datetime.fromisoformat)(value, None)
    return _iso("date", _dt.date.fromisoformat)(value, None)


def _structure_ref(value: Any, _: Any) -> _Ref | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected an id (str) or null, got {type(value).__name__} {value!r:.40}")
    return _Ref(value)


def _structure_refs(value: Any, _: Any) -> tuple[_Ref, ...]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list of ids, got {type(value).__name__}")
    out = []
    for item in value:
        ref = _structure_ref(item, None)
        if ref is None:
            raise TypeError("expected a list of ids, got null in it")
        out.append(ref)
    return tuple(out)


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _tuple_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    """Tuples come from JSON arrays only: a string is not a tuple of characters."""
    inner = homogenous_tuple_structure_factory(tp, conv)

    def hook(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {type(value).__name__} {value!r:.40}")
        return inner(value, tp)  # type: ignore[no-any-return]

    return hook


def _describe(exc: BaseException, tp: type | None) -> str:
    """One problem in words: our own hooks' messages as they are, cattrs' wording otherwise."""
    if isinstance(exc, (TypeError, ValueError)) and str(exc).startswith(("expected", "span", "month", "a partial")):
        return str(exc)
    if isinstance(exc, KeyError):
        return f"required field {exc} missing"
    if " not in literal " in str(exc):  # cattrs' wording for a bad Literal value
        allowed = ", ".join(repr(a) for a in typing.get_args(tp))
        return f"expected one of {allowed}, got {str(exc).split(' not in literal ')[0]!r}"
    return format_exception(exc, tp)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    for tp in (str, int, float, bool):
        conv.register_structure_hook(tp, _strict(tp))
    conv.register_structure_hook_factory(_is_tuple, lambda tp: _tuple_factory(tp, conv))
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook(PartialDate, _iso("partial date", PartialDate.fromisoformat))
    conv.register_unstructure_hook(_dt.datetime, _dt.datetime.isoformat)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)

    def ref_of(entity: Any) -> str | None:
        return None if entity is None else str(entity.id)

    # The objects that point at entities and quotes carry ids in JSON.
    conv.register_unstructure_hook(
        Byline,
        make_dict_unstructure_fn(Byline, conv, authors=override(unstruct_hook=lambda xs: [ref_of(x) for x in xs])),
    )
    conv.register_structure_hook(
        Byline,
        make_dict_structure_fn(
            Byline, conv, authors=override(struct_hook=_structure_refs), _cattrs_forbid_extra_keys=True
        ),
    )
    conv.register_unstructure_hook(Quote, make_dict_unstructure_fn(Quote, conv, speaker=override(unstruct_hook=ref_of)))
    conv.register_structure_hook(
        Quote,
        make_dict_structure_fn(
            Quote, conv, speaker=override(struct_hook=_structure_ref), _cattrs_forbid_extra_keys=True
        ),
    )
    conv.register_unstructure_hook(
        Commitment,
        make_dict_unstructure_fn(
            Commitment, conv, actor=override(unstruct_hook=ref_of), quote=override(unstruct_hook=ref_of)
        ),
    )
    conv.register_structure_hook(
        Commitment,
        make_dict_structure_fn(
            Commitment,
            conv,
            actor=override(struct_hook=_structure_ref),
            quote=override(struct_hook=_structure_ref),
            _cattrs_forbid_extra_keys=True,
        ),
    )
    conv.register_structure_hook(
        Article,
        make_dict_structure_fn(
            Article, conv, published=override(struct_hook=_structure_published), _cattrs_forbid_extra_keys=True
        ),
    )
    return conv


converter = _make_converter()
"""The one cattrs converter behind :func:`to_dict` and :func:`from_dict`; reuse it for your own classes."""


def _check_refs(article: Article) -> None:
    """Every object referred to by id must be in the article's lists under a unique id."""
    seen: dict[str, object] = {}
    for kind, items in (
        ("people", article.people),
        ("organizations", article.organizations),
        ("quotes", article.quotes),
    ):
        for item in items:
            if not item.id:
                raise SchemaError(f"cannot serialize: an item of {kind} has no id ({item!r:.80})")
            if item.id in seen and seen[item.id] is not item:
                raise SchemaError(f"cannot serialize: id {item.id!r} is used twice")
            seen[item.id] = item

    def check(obj: object, where: str) -> None:
        if obj is None:
            return
        known = seen.get(getattr(obj, "id", ""))
        if known is None or known != obj:
            raise SchemaError(f"cannot serialize: {where} refers to {obj!r:.80}, which is not in the article's lists")

    for author in article.authors:
        check(author, "byline.authors")
    for q in article.quotes:
        check(q.speaker, f"quote {q.id!r}")
    for c in article.commitments:
        check(c.actor, f"commitment {c.id!r}")
        check(c.quote, f"commitment {c.id!r}")


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON-ready data (dicts, lists, str, int, bool, None)."""
    if not isinstance(article, Article):
        raise InputTypeError(f"to_dict expects an Article, got {type(article).__name__}")
    _check_refs(article)
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter.unstructure(article))
    return data


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :func:`to_dict` output; :class:`SchemaError` names what is wrong."""
    if not isinstance(data, Mapping):
        raise SchemaError(f"expected an article as a dict, got {type(data).__name__}")
    body = dict(data)
    version = body.pop("schema_version", None)
    if version != SCHEMA_VERSION:
        raise SchemaError(f"expected schema_version {SCHEMA_VERSION} @ $.schema_version, got {version!r}")
    try:
        article = converter.structure(body, Article)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one SchemaError with paths
        problems = (
            tuple(cattrs.transform_error(exc, path="$", format_exception=_describe))
            if isinstance(exc, cattrs.BaseValidationError)
            else (f"{exc} @ $",)
        )
        raise SchemaError("not a valid newsmodel article: " + "; ".join(problems), problems) from None
    return _resolve(article)


def _resolve(article: Article) -> Article:
    """Swap the ids read from JSON for the objects they name."""
    entities: dict[str, Person | Organization] = {}
    listed: list[tuple[str, Person | Organization]] = [("people", p) for p in article.people]
    listed += [("organizations", o) for o in article.organizations]
    for where, e in listed:
        if e.id in entities:
            raise SchemaError(f"duplicate entity id {e.id!r} @ $.{where}")
        entities[e.id] = e

    def entity(ref: object, where: str) -> Person | Organization | None:
        if ref is None:
            return None
        try:
            return entities[str(ref)]
        except KeyError:
            raise SchemaError(
                f"unknown entity id {ref!r} @ {where}; expected an id from people or organizations"
            ) from None

    quotes: list[Quote] = []
    for i, q in enumerate(article.quotes):
        quotes.append(attrs.evolve(q, speaker=entity(q.speaker, f"$.quotes[{i}].speaker")))
    by_id = {q.id: q for q in quotes}
    if len(by_id) != len(quotes):
        raise SchemaError("duplicate quote id @ $.quotes")
    commitments: list[Commitment] = []
    for i, c in enumerate(article.commitments):
        quote = None
        if c.quote is not None:
            quote = by_id.get(str(c.quote))
            if quote is None:
                raise SchemaError(f"unknown quote id {c.quote!r} @ $.commitments[{i}].quote")
        commitments.append(attrs.evolve(c, actor=entity(c.actor, f"$.commitments[{i}].actor"), quote=quote))
    byline = article.byline
    if byline is not None:
        authors: list[Person] = []
        for i, ref in enumerate(byline.authors):
            author = entity(ref, f"$.byline.authors[{i}]")
            if not isinstance(author, Person):
                raise SchemaError(f"byline author {ref!r} @ $.byline.authors[{i}] is not in people")
            authors.append(author)
        byline = attrs.evolve(byline, authors=tuple(authors))
    return attrs.evolve(article, quotes=tuple(quotes), commitments=tuple(commitments), byline=byline)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON document (UTF-8 text, non-ASCII kept as is)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Article:
    """Rebuild an :class:`Article` from :func:`to_json` output."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise InputTypeError(f"from_json expects JSON text (str or bytes), got {type(text).__name__}")
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SchemaError(f"not valid JSON: {exc}") from None
    return from_dict(data)
