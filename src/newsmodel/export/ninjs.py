"""IPTC ninjs ("News in JSON") 3.1 and 2.2 export.

The headline goes to ``headlines``, the byline to ``by`` with its writers in
``people`` (``rel`` "author"), the dateline place to ``located``, the issuing
outlet and credited agencies to ``infoSources``, and the body to ``bodies``
with word and character counts. Everyone the article names is in ``people`` or
``organisations``, with newsmodel's id in ``literal``. The body comes twice, as
plain text and as XHTML (``role`` "richtext"), with the same counts.

ninjs has no object for a quote or a pledge. With ``extensions=True`` (the
default) they travel in namespaced properties, ``nm:quotes`` and
``nm:commitments``, declared by :func:`ninjs_extension_schema`, which combines
IPTC's ``ninjsType`` with them, the way ninjs 2.x and 3.x are built to be
extended. A validator that knows only IPTC's schema rejects extra properties:
pass ``extensions=False`` for a document it accepts.

>>> from newsmodel import Article
>>> doc = to_ninjs(Article(text="Rain expected", headline="Rain expected"), extensions=False)
>>> doc["uri"], doc["headlines"]
('urn:newsmodel:article:043b08518e78f7b3', [{'role': 'main', 'value': 'Rain expected'}])
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from html import escape
from importlib.resources import files
from typing import Any, Literal

from newsmodel.export._common import article_uri, body_text, word_count
from newsmodel.model import Article, Commitment, Organization, Person, Quote

__all__ = [
    "EXTENSION_PREFIX",
    "NinjsVersion",
    "ninjs_extension_schema",
    "ninjs_schema",
    "to_ninjs",
    "validate_ninjs",
]

NinjsVersion = Literal["3.1", "2.2"]

EXTENSION_PREFIX = "nm:"
"""Namespace prefix of newsmodel's extension properties in a ninjs document."""

_SCHEMA_FILES = {"3.1": "ninjs-schema_3.1.json", "2.2": "ninjs-schema_2.2.json"}
_SCHEMA_IDS = {
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
}
_GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json"

# ninjs 2.x spells every property in lower case; 3.x uses camelCase. Only the names this module writes.
_LOWER = {"infoSources", "contentType", "charCount", "wordCount", "versionCreated", "edNote", "copyrightNotice"}


# The word that opens a byline: 'By Ann Lee' -> 'Ann Lee', 'BY ANN LEE' -> 'ANN LEE'.
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def _key(name: str, version: str) -> str:
    return name.lower() if version == "2.2" and name in _LOWER else name


def _rename(value: Any, version: str) -> Any:
    """Apply the 2.x spelling to every key of a document built with 3.x names."""
    if isinstance(value, dict):
        return {(_key(k, version)): _rename(v, version) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v, version) for v in value]
    return value


def _entity_ref(entity: Person | Organization | None) -> dict[str, str] | None:
    if entity is None:
        return None
    return {"literal": entity.id, "name": entity.name}


def _quote(q: Quote) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "kind": q.kind, "text": q.text, "start": q.span.start, "end": q.span.end}
    if q.speaker is not None:
        out["speaker"] = _entity_ref(q.speaker)
    if q.speaker_text is not None:
        out["speakerText"] = q.speaker_text
    if q.cue is not None:
        out["cue"] = q.cue
    return out


def _commitment(c: Commitment) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "text": c.text, "start": c.span.start, "end": c.span.end,
                           "action": c.action, "negated": c.negated}
    if c.actor is not None:
        out["actor"] = _entity_ref(c.actor)
    if c.actor_text is not None:
        out["actorText"] = c.actor_text
    if c.cue is not None:
        out["cue"] = c.cue
    if c.deadline is not None:
        deadline: dict[str, Any] = {"text": c.deadline.text}
        if c.deadline.date is not None:
            deadline["date"] = c.deadline.date.isoformat()
        if c.deadline.precision is not None:
            deadline["precision"] = c.deadline.precision
        out["deadline"] = deadline
    if c.quote is not None:
        out["quote"] = c.quote.id
    return out


def _info_sources(article: Article) -> list[dict[str, str]]:
    """The outlet that issued the copy, the dateline's agency and agencies credited as sources."""
    seen: set[str] = set()
    out: list[dict[str, str]] = []

    def add(name: str | None, role: str) -> None:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append({"name": name, "role": role})

    add(article.source, "publisher")
    add(article.dateline.agency if article.dateline else None, "originator")
    for credit in article.credits:
        if credit.role == "source":
            for name in credit.names:
                add(name, "source")
    return out


def _people(article: Article) -> list[dict[str, str]]:
    author_ids = {a.id for a in article.authors if a.id}
    author_names = {a.name.casefold() for a in article.authors}
    out: list[dict[str, str]] = []
    listed: set[str] = set()
    for p in article.people:
        is_author = p.id in author_ids if p.id else p.name.casefold() in author_names
        rel = "author" if is_author else "mentions"
        entry = {"name": p.name, "rel": rel}
        if p.id:
            entry["literal"] = p.id
        out.append(entry)
        listed.add(p.name.casefold())
    for a in article.authors:  # authors that never made it into people (a hand-built article)
        if a.name.casefold() not in listed:
            out.append({"name": a.name, "rel": "author"})
            listed.add(a.name.casefold())
    # Credited people other than writers: "Editing by Y" gives rel "editing".
    agencies = {s.casefold() for s in (article.source, article.dateline.agency if article.dateline else None) if s}
    for credit in article.credits:
        if credit.role == "source":
            continue
        for name in credit.names:
            if name.casefold() not in listed and name.casefold() not in agencies:
                out.append({"name": name, "rel": credit.role})
                listed.add(name.casefold())
    return out


# The XHTML element for each kind of body block.
_BLOCK_TAGS = {"paragraph": "p", "subheading": "h2", "table": "pre"}


def _xhtml(article: Article) -> str:
    """The body as XHTML: paragraphs, subheadings and table blocks, text escaped."""
    return "".join(f"<{_BLOCK_TAGS[p.kind]}>{escape(p.text, quote=False)}</{_BLOCK_TAGS[p.kind]}>"
                   for p in article.body)


def _by(article: Article) -> str | None:
    """The writers as a phrase ("Ann Lee and Bo Chan"), or the byline as printed without its "By"."""
    names = [a.name for a in article.authors]
    if names:
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    text = article.byline.text.strip() if article.byline else ""
    return _BY.sub("", text) or None


def _published(value: _dt.date | _dt.datetime | None) -> str | None:
    """An RFC 3339 date-time, only for a time with a UTC offset: ninjs dates need both, and we invent neither."""
    if isinstance(value, _dt.datetime) and value.utcoffset() is not None:
        return value.isoformat()
    return None


def to_ninjs(
    article: Article, *, version: NinjsVersion = "3.1", uri: str | None = None, extensions: bool = True
) -> dict[str, Any]:
    """The article as a ninjs document (a dict ready for ``json.dumps``).

    ``version`` is "3.1" (camelCase names) or "2.2" (lower-case names). ``uri``
    is the news item's identifier; when omitted, a stable ``urn:newsmodel:``
    URI is derived from a hash of the text. ``extensions`` adds quotes,
    commitments and what ninjs has no field for (a published date without a
    time zone, the dateline's date) as ``nm:`` properties.
    """
    if version not in _SCHEMA_FILES:
        raise ValueError(f"unknown ninjs version {version!r}; expected one of {', '.join(_SCHEMA_FILES)}")
    doc: dict[str, Any] = {
        "uri": uri or article_uri(article),
        "type": "text",
        "standard": {"name": "ninjs", "version": version, "schema": _SCHEMA_IDS[version] + "#"},
    }
    published = _published(article.published)
    if published:
        doc["versionCreated"] = published
    if article.headline:
        doc["headlines"] = [{"role": "main", "value": article.headline}]
    by = _by(article)
    if by:
        doc["by"] = by
    if article.dateline is not None and article.dateline.location:
        doc["located"] = article.dateline.location
    sources = _info_sources(article)
    if sources:
        doc["infoSources"] = sources
    people = _people(article)
    if people:
        doc["people"] = people
    if article.organizations:
        orgs: list[dict[str, Any]] = []
        for o in article.organizations:
            entry: dict[str, Any] = {"name": o.name, "rel": "mentions"}
            if o.id:
                entry["literal"] = o.id
            if o.tickers:
                entry["symbols"] = [{"ticker" if version == "2.2" else "symbol": t} for t in o.tickers]
            orgs.append(entry)
        doc["organisations"] = orgs
    if article.places:
        doc["places"] = [{"name": p.name, "rel": "mentions", **({"literal": p.id} if p.id else {})}
                         for p in article.places]
    body = body_text(article)
    if body:
        counts = {"charCount": len(body), "wordCount": word_count(body)}
        doc["bodies"] = [
            {"role": "main", "contentType": "text/plain", "value": body, **counts},
            {"role": "richtext", "contentType": "application/xhtml+xml", "value": _xhtml(article), **counts},
        ]
    if article.notes:
        doc["edNote"] = " ".join(n.text for n in article.notes)
    copyright_lines = [t.text for t in article.trailers if t.kind == "copyright"]
    if copyright_lines:
        doc["copyrightNotice"] = " ".join(copyright_lines)
    if extensions:
        if article.published is not None and published is None:
            doc[EXTENSION_PREFIX + "published"] = article.published.isoformat()
        if article.dateline is not None and article.dateline.date is not None:
            doc[EXTENSION_PREFIX + "datelineDate"] = article.dateline.date.isoformat()
        if article.quotes:
            doc[EXTENSION_PREFIX + "quotes"] = [_quote(q) for q in article.quotes]
        if article.commitments:
            doc[EXTENSION_PREFIX + "commitments"] = [_commitment(c) for c in article.commitments]
    return _rename(doc, version)  # type: ignore[no-any-return]


def _load(name: str) -> dict[str, Any]:
    text = files("newsmodel.export").joinpath("schemas").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def ninjs_schema(version: NinjsVersion = "3.1") -> dict[str, Any]:
    """IPTC's ninjs schema for ``version``, from the copy shipped in the package (see its LICENSE file)."""
    if version not in _SCHEMA_FILES:
        raise ValueError(f"unknown ninjs version {version!r}; expected one of {', '.join(_SCHEMA_FILES)}")
    return _load(_SCHEMA_FILES[version])


def _entity_ref_schema() -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": ["literal", "name"],
            "properties": {"literal": {"type": "string"}, "name": {"type": "string"}}}


def ninjs_extension_schema(version: NinjsVersion = "3.1") -> dict[str, Any]:
    """A JSON Schema for ninjs with newsmodel's ``nm:`` properties: IPTC's ``ninjsType`` plus ours.

    Validate it with IPTC's schema registered under its ``$id`` (as
    :func:`validate_ninjs` does).
    """
    span = {"type": "integer", "minimum": 0}
    quote = {
        "type": "object", "additionalProperties": False, "required": ["id", "kind", "text", "start", "end"],
        "properties": {
            "id": {"type": "string"}, "kind": {"enum": ["direct", "indirect", "mixed"]}, "text": {"type": "string"},
            "start": span, "end": span, "speaker": _entity_ref_schema(), "speakerText": {"type": "string"},
            "cue": {"type": "string"},
        },
    }
    commitment = {
        "type": "object", "additionalProperties": False,
        "required": ["id", "text", "start", "end", "action", "negated"],
        "properties": {
            "id": {"type": "string"}, "text": {"type": "string"}, "start": span, "end": span,
            "action": {"type": "string"}, "negated": {"type": "boolean"}, "actor": _entity_ref_schema(),
            "actorText": {"type": "string"}, "cue": {"type": "string"}, "quote": {"type": "string"},
            "deadline": {
                "type": "object", "additionalProperties": False, "required": ["text"],
                "properties": {
                    "text": {"type": "string"},
                    "date": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                    "precision": {"enum": ["year", "half", "quarter", "month", "week", "day"]},
                },
            },
        },
    }
    p = EXTENSION_PREFIX
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:newsmodel:schema:ninjs-extension:{version}",
        "title": f"ninjs {version} with newsmodel's quotes and commitments",
        "$ref": _SCHEMA_IDS[version] + "#/$defs/ninjsType",
        "required": ["uri"],
        "properties": {
            p + "published": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}(T[0-9:.]+)?$"},
            p + "datelineDate": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
            p + "quotes": {"type": "array", "items": quote},
            p + "commitments": {"type": "array", "items": commitment},
        },
        "unevaluatedProperties": False,
    }


def validate_ninjs(
    doc: dict[str, Any], version: NinjsVersion = "3.1", *, geojson_schema: dict[str, Any] | None = None
) -> None:
    """Validate a ninjs document offline; raises ``jsonschema.ValidationError``. Needs ``jsonschema``.

    A document with ``nm:`` properties is checked against
    :func:`ninjs_extension_schema`, any other against IPTC's schema alone.
    ``places[].geoJSON`` refers to the GeoJSON schema by URL; pass that schema
    as ``geojson_schema`` to check it too (newsmodel's own output never uses it,
    and without it a document that does is reported as unresolvable).
    """
    import jsonschema  # optional: imported only when validating
    from referencing import Registry, Resource

    base = ninjs_schema(version)
    resources = [(_SCHEMA_IDS[version], Resource.from_contents(base))]
    if geojson_schema is not None:
        resources.append((_GEOJSON_ID, Resource.from_contents(geojson_schema)))
    registry: Registry[Any] = Registry().with_resources(resources)
    extended = any(k.startswith(EXTENSION_PREFIX) for k in doc)
    schema = ninjs_extension_schema(version) if extended else base
    validator = jsonschema.Draft202012Validator(
        schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(doc)
