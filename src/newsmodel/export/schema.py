"""A JSON Schema (draft 2020-12) of newsmodel's own JSON, generated from the attrs model.

:func:`json_schema` walks the fields of the model classes and maps their types;
the result is shipped in the package as ``newsmodel.schema.json``
(:func:`shipped_schema`), and a test fails when the two differ, so the file
cannot drift from the model. Objects that the JSON refers to by id (byline
authors, quote speakers, commitment actors and quotes) are strings here, as
:func:`newsmodel.to_dict` writes them.

>>> properties = json_schema().get("properties")
>>> properties.get("schema_version")
{'const': 1}
>>> quote = json_schema().get("$defs").get("Quote")
>>> quote.get("properties").get("speaker")
{'type': ['string', 'null'], 'description': 'id of an entry in people or organizations'}
"""

from __future__ import annotations

import datetime as _dt
import inspect
import json
import types
import typing
from importlib.resources import files
from typing import Any, Literal, Union

import attrs

from newsmodel.model import Article, Byline, Commitment, Organization, PartialDate, Person, Quote
from newsmodel.serialize import SCHEMA_VERSION

__all__ = ["SCHEMA_FILE", "SCHEMA_ID", "json_schema", "schema_text", "shipped_schema", "validate_article_json"]

SCHEMA_FILE = "newsmodel.schema.json"
"""Name of the shipped schema file inside the ``newsmodel.export`` package."""

SCHEMA_ID = f"urn:newsmodel:schema:article:{SCHEMA_VERSION}"

# Fields that hold an object in Python and its id in JSON (see newsmodel.serialize).
_REFS: dict[tuple[type, str], str] = {
    (Byline, "authors"): "ids of entries in people",
    (Quote, "speaker"): "id of an entry in people or organizations",
    (Commitment, "actor"): "id of an entry in people or organizations",
    (Commitment, "quote"): "id of an entry in quotes",
}

# ISO 8601 as datetime.isoformat() writes it: '2022-09-30', '1987-02-26T15:01:01.790000', '...+00:00'.
_DATE_OR_DATETIME = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)?)?$"
# A partial date at its own precision: '2024', '2024-03', '2024-03-05'.
_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

_PRIMITIVES: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _description(cls: type) -> str:
    """The first paragraph of a class docstring, on one line."""
    doc = inspect.cleandoc(cls.__doc__ or "")
    return " ".join(doc.split("\n\n")[0].split())


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one annotated type; attrs classes go to ``defs`` and are referenced."""
    if tp is type(None):
        return {"type": "null"}
    if tp in _PRIMITIVES:
        return {"type": _PRIMITIVES[tp]}
    if tp is PartialDate:
        return {"type": "string", "pattern": _PARTIAL_DATE}
    if tp in (_dt.date, _dt.datetime):
        return {"type": "string", "pattern": _DATE_OR_DATETIME}
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        return {"type": "string", "enum": list(args)}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin in (Union, types.UnionType):
        non_null = [a for a in args if a is not type(None)]
        nullable = len(non_null) < len(args)
        if set(non_null) == {_dt.date, _dt.datetime}:
            inner = _type_schema(_dt.date, defs)
        elif len(non_null) == 1:
            inner = _type_schema(non_null[0], defs)
        else:
            inner = {"anyOf": [_type_schema(a, defs) for a in non_null]}
        if not nullable:
            return inner
        if set(inner) <= {"type", "pattern", "enum"} and isinstance(inner.get("type"), str):
            out = dict(inner)
            out["type"] = [inner["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
            return out
        return {"anyOf": [inner, {"type": "null"}]}
    if attrs.has(tp):
        _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema mapping for the model type {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The object schema of an attrs class, added to ``defs`` once."""
    name = cls.__name__
    if name in defs:
        return dict(defs[name])
    defs[name] = {}  # a placeholder, so a class that refers to itself terminates
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for field in attrs.fields(cls):
        ref = _REFS.get((cls, field.name))
        if ref is None:
            props[field.name] = _type_schema(hints[field.name], defs)
        elif typing.get_origin(hints[field.name]) is tuple:
            props[field.name] = {"type": "array", "items": {"type": "string"}, "description": ref}
        else:
            props[field.name] = {"type": ["string", "null"], "description": ref}
    schema = {
        "type": "object",
        "description": _description(cls),
        "properties": props,
        # to_dict writes every field, defaults included.
        "required": [f.name for f in attrs.fields(cls)],
        "additionalProperties": False,
    }
    defs[name] = schema
    return schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`newsmodel.to_dict` output, built from the model."""
    defs: dict[str, Any] = {}
    root = _class_schema(Article, defs)
    del defs["Article"]
    # Person and Organization are referred to from Article's lists; list them even if a refactor hides one.
    for cls in (Person, Organization):
        _class_schema(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsmodel article",
        "description": root["description"],
        "type": "object",
        "properties": {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]},
        "required": ["schema_version", *root["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    """:func:`json_schema` as the text of the shipped file (2-space indent, trailing newline)."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema() -> dict[str, Any]:
    """The schema file shipped in the package (equal to :func:`json_schema`, as a test checks)."""
    data: dict[str, Any] = json.loads(files("newsmodel.export").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


def validate_article_json(data: Any) -> None:
    """Check a decoded JSON article against the shipped schema; raises ``jsonschema.ValidationError``.

    Needs the optional ``jsonschema`` package. :func:`newsmodel.from_dict` checks
    more (ids that resolve, spans that fit); this is the check other tools can
    run without newsmodel.
    """
    import jsonschema  # optional: imported only when validating

    jsonschema.Draft202012Validator(shipped_schema()).validate(data)
