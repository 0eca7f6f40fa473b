"""schema.org JSON-LD: a ``NewsArticle`` with its people, organizations, quotes and commitments.

The article node carries ``headline``, ``dateline``, ``datePublished``,
``author``, ``articleBody`` and ``mentions``. Each person is a ``Person``
(``alternateName``, ``jobTitle``, ``affiliation``), each organization an
``Organization`` (``alternateName``), each described once in ``mentions`` and
referred to elsewhere by ``@id``. Quotes are ``Quotation`` nodes
(``spokenByCharacter``) and commitments ``Claim`` nodes, both under
``hasPart``; schema.org has no type for a pledge, and ``Claim`` is the nearest.

>>> from newsmodel import Article, Byline, Person
>>> writer = Person("Ann Lee", id="p1")
>>> doc = to_jsonld(Article(text="x", people=[writer], byline=Byline(authors=[writer])))
>>> doc["@type"], doc["author"]
('NewsArticle', [{'@id': 'urn:newsmodel:article:2d711642b726b044#p1'}])
"""

from __future__ import annotations

from typing import Any

from newsmodel.export._common import article_uri, body_text, word_count
from newsmodel.model import Article, Commitment, Organization, Person, Place, Quote

__all__ = ["CONTEXT", "to_jsonld"]

CONTEXT = "https://schema.org"

# A dateline as printed ends with its dash: 'LONDON, March 3 (Reuters) -' -> 'LONDON, March 3 (Reuters)'.
_DATELINE_END = " \t\n-\u2013\u2014_:"

def _node_id(base: str, item_id: str) -> str:
    return f"{base}#{item_id}"


def _dateline(article: Article) -> str | None:
    d = article.dateline
    if d is None:
        return None
    if d.span is not None and d.span.text.strip(_DATELINE_END):
        return d.span.text.strip(_DATELINE_END)
    parts = [p for p in (d.location, d.date_text) if p]
    text = ", ".join(parts)
    if d.agency:
        text = f"{text} ({d.agency})" if text else d.agency
    return text or None


class _Builder:
    """Builds the nodes of one article, keeping track of which entity has which ``@id``."""

    def __init__(self, article: Article, base: str) -> None:
        self.article = article
        self.base = base
        self.ids: dict[int, str] = {}
        self.org_by_name: dict[str, str] = {}
        lists: tuple[tuple[str, tuple[Person | Organization | Place, ...]], ...] = (
            ("p", article.people), ("o", article.organizations), ("l", article.places))
        for kind, items in lists:
            for i, item in enumerate(items, 1):
                self.ids[id(item)] = _node_id(base, item.id or f"{kind}{i}")
        for o in article.organizations:
            for name in (o.name, o.acronym, *o.aliases):
                if name:
                    self.org_by_name.setdefault(name.casefold(), self.ids[id(o)])

    def ref(self, entity: Person | Organization | Place) -> dict[str, Any]:
        """A reference to an entity described elsewhere, or the entity itself if it is in no list."""
        node_id = self.ids.get(id(entity))
        if node_id is None:  # equal by value to a listed one?
            for listed in (*self.article.people, *self.article.organizations, *self.article.places):
                if listed == entity:
                    node_id = self.ids[id(listed)]
                    break
        if node_id is not None:
            return {"@id": node_id}
        return self.entity(entity)

    def entity(self, entity: Person | Organization | Place) -> dict[str, Any]:
        node: dict[str, Any] = {}
        if id(entity) in self.ids:
            node["@id"] = self.ids[id(entity)]
        if isinstance(entity, Person):
            node["@type"] = "Person"
            node["name"] = entity.name
            if entity.aliases:
                node["alternateName"] = list(entity.aliases)
            if entity.titles:
                node["jobTitle"] = list(entity.titles)
            if entity.affiliations:
                node["affiliation"] = [
                    {"@id": self.org_by_name[a.casefold()]} if a.casefold() in self.org_by_name
                    else {"@type": "Organization", "name": a}
                    for a in entity.affiliations
                ]
        elif isinstance(entity, Organization):
            node["@type"] = "Organization"
            node["name"] = entity.name
            alternates = [n for n in (entity.acronym, *entity.aliases) if n]
            if alternates:
                node["alternateName"] = list(dict.fromkeys(alternates))
        else:
            node["@type"] = "Place"
            node["name"] = entity.name
            if entity.aliases:
                node["alternateName"] = list(entity.aliases)
        if entity.id:
            node["identifier"] = entity.id
        return node

    def quote(self, q: Quote, index: int) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": _node_id(self.base, q.id or f"q{index}"), "@type": "Quotation", "text": q.text}
        if q.id:
            node["identifier"] = q.id
        if isinstance(q.speaker, Person):
            node["spokenByCharacter"] = self.ref(q.speaker)
        elif isinstance(q.speaker, Organization):
            node["creator"] = self.ref(q.speaker)  # spokenByCharacter expects a Person
        return node

    def commitment(self, c: Commitment, index: int) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": _node_id(self.base, c.id or f"c{index}"), "@type": "Claim", "text": c.text}
        if c.id:
            node["identifier"] = c.id
        if c.actor is not None:
            node["author"] = self.ref(c.actor)
        node["appearance"] = {"@id": self.base}
        if c.deadline is not None and c.deadline.date is not None:
            node["temporalCoverage"] = c.deadline.date.isoformat()
        if c.quote is not None:
            node["isBasedOn"] = {"@id": _node_id(self.base, c.quote.id)}
        return node


def to_jsonld(article: Article, *, uri: str | None = None) -> dict[str, Any]:
    """The article as schema.org JSON-LD (a dict ready for ``json.dumps``).

    ``uri`` becomes the article's ``@id`` (a stable ``urn:newsmodel:`` URI by
    default); entities, quotes and commitments get ``@id`` values under it
    (``<uri>#p1``).
    """
    base = uri or article_uri(article)
    b = _Builder(article, base)
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle", "@id": base}
    if article.headline:
        doc["headline"] = article.headline
    dateline = _dateline(article)
    if dateline:
        doc["dateline"] = dateline
    if article.dateline is not None and article.dateline.location:
        doc["locationCreated"] = {"@type": "Place", "name": article.dateline.location}
    if article.published is not None:
        doc["datePublished"] = article.published.isoformat()
    if article.authors:
        doc["author"] = [b.ref(a) for a in article.authors]
    editors = [n for c in article.credits if c.role == "editing" for n in c.names]
    if editors:
        doc["editor"] = [{"@type": "Person", "name": n} for n in editors]
    if article.source:
        doc["publisher"] = {"@type": "NewsMediaOrganization", "name": article.source}
    agency = article.dateline.agency if article.dateline else None
    if agency and (not article.source or agency.casefold() != article.source.casefold()):
        doc["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": agency}
    credit_lines = [c.text for c in article.credits if c.text]
    if credit_lines:
        doc["creditText"] = "; ".join(credit_lines)
    body = body_text(article)
    if body:
        doc["articleBody"] = body
        doc["wordCount"] = word_count(body)
    entities: list[Person | Organization | Place] = [*article.people, *article.organizations, *article.places]
    mentions = [b.entity(e) for e in entities]
    if mentions:
        doc["mentions"] = mentions
    parts = [b.quote(q, i) for i, q in enumerate(article.quotes, 1)]
    parts += [b.commitment(c, i) for i, c in enumerate(article.commitments, 1)]
    if parts:
        doc["hasPart"] = parts
    return doc
