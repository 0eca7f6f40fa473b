"""The data model: what a parsed article is made of.

Output types only: no parsing and no serialization lives here. Every class is a
frozen, slotted attrs class, so articles are hashable values that compare by
content. Every extracted item carries a :class:`Span` into :attr:`Article.text`,
and ``article.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any, Literal

import attrs

__all__ = [
    "Article",
    "Byline",
    "Commitment",
    "Credit",
    "Dateline",
    "Deadline",
    "Entity",
    "Field",
    "Note",
    "Organization",
    "Paragraph",
    "PartialDate",
    "Person",
    "Place",
    "Quote",
    "QuoteKind",
    "Span",
    "Trailer",
]

QuoteKind = Literal["direct", "indirect", "mixed"]
"""``direct``: words inside quotation marks; ``indirect``: reported speech;
``mixed``: reported speech that carries quoted fragments."""

Precision = Literal["year", "half", "quarter", "month", "week", "day"]


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable for a tuple field, so ``Person("X", aliases=["Y"])`` works."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (str, bytes)):
        raise TypeError(f"expected a sequence of items, got {type(value).__name__} {value!r}")
    return tuple(value)


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` of :attr:`Article.text` and the text found there."""

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span start and end must satisfy 0 <= start <= end, got {self.start}, {self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not match the length of its text {self.text!r}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])


@attrs.frozen
class PartialDate:
    """A calendar date known only to some precision: ``2024``, ``2024-03`` or ``2024-03-05``.

    Wire copy often names a year or a month without a day; this type keeps what the
    text says and invents nothing.

    >>> PartialDate(2024, 3).isoformat()
    '2024-03'
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a partial date with a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            _dt.date(self.year, self.month or 1, self.day)  # raises ValueError for 2023-02-30

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """The finest part the date states."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def isoformat(self) -> str:
        """ISO 8601 at the date's own precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    @classmethod
    def fromisoformat(cls, value: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        parts = value.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        nums = [int(p) for p in parts] + [None, None]
        return cls(nums[0], nums[1], nums[2])  # type: ignore[arg-type]

    def __str__(self) -> str:
        return self.isoformat()


@attrs.frozen
class Field:
    """A header or container field kept as printed: ``date 2022-09-30``, ``<DOCNO>``, a slug."""

    name: str
    value: str
    span: Span | None = None


@attrs.frozen
class Person:
    """A named person, once per article, with every mention of them.

    ``name`` is the fullest form the article uses; ``aliases`` the other forms
    (surname alone, with or without initials); ``titles`` the role words printed
    around the name ("Acting President"); ``affiliations`` the organizations the
    same phrase ties them to, by name.
    """

    name: str
    id: str = ""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    titles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    affiliations: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Organization:
    """A named organization: company, ministry, party, court, agency, international body ...

    ``acronym`` is the short form the article defines or uses ("ANAS", "EU");
    ``tickers`` are stock symbols printed with it (``&lt;BAC>``, ``( HUM.N )``).
    """

    name: str
    id: str = ""
    acronym: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    kind: str | None = None
    tickers: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Place:
    """A country, region or city named as a place (kept out of people and organizations)."""

    name: str
    id: str = ""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)


Entity = Person | Organization
"""Who can speak or commit: a person or an organization."""


@attrs.frozen
class Byline:
    """Who the copy credits as its writers.

    ``authors`` are the same :class:`Person` objects as in :attr:`Article.people`;
    they come from the byline line and from credits such as "Reporting by X".
    ``roles`` keeps role lines such as "Associated Press Writer".
    """

    authors: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    text: str = ""
    roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    span: Span | None = None


@attrs.frozen
class Dateline:
    """The dateline that opens the story: ``LONDON, March 3 (Reuters) -``.

    ``location`` is the place as printed; ``date`` the date it gives, resolved to
    a calendar date only when the year is known from the copy; ``agency`` the
    agency in parentheses.
    """

    location: str | None = None
    date_text: str | None = None
    date: PartialDate | None = None
    agency: str | None = None
    span: Span | None = None


@attrs.frozen
class Credit:
    """A credit line: "Reporting by X in Detroit", "Editing by Y", "Azernews reports per Trend".

    ``role`` is lower-case wording of the credit ("reporting", "additional reporting",
    "writing", "editing", "contributed", "source" for an agency cited as the
    origin of the copy); ``names`` the people or agencies credited.
    """

    role: str
    names: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    text: str = ""
    span: Span | None = None


@attrs.frozen
class Note:
    """An editor's note to clients: "(Adds CFO comment, updates shares)", "Eds: UPDATES with ..."."""

    text: str
    span: Span | None = None


@attrs.frozen
class Trailer:
    """What follows the story: sign-off ("Reuter"), wire trailer ("AP-NY-06-01-98 0828EDT"),
    end marks ("XXX END OF STORY"), copyright and distribution lines.

    ``kind`` is one of "signoff", "trailer", "end", "copyright", "distribution", "more".
    """

    kind: str
    text: str
    span: Span | None = None


@attrs.frozen
class Paragraph:
    """A block of the body: a paragraph (hard wraps joined), a subheading or a table row block."""

    text: str
    span: Span
    kind: Literal["paragraph", "subheading", "table"] = "paragraph"


@attrs.frozen
class Quote:
    """Who said what.

    ``text`` is the quoted or reported words (for a quote interrupted by its
    attribution, the parts joined); ``parts`` the spans of those words; ``span``
    runs from the first part to the last. ``speaker`` is the same object as in
    :attr:`Article.people` or :attr:`Article.organizations`, or None when the text
    never names one; ``speaker_text`` is the wording that points at the speaker
    ("he", "the minister", "a source").
    """

    text: str
    kind: QuoteKind
    span: Span
    id: str = ""
    speaker: Person | Organization | None = None
    speaker_text: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Deadline:
    """When a commitment is due, as the text says it.

    ``text`` is the wording ("until 2024", "by the end of next year", "within three
    months"); ``date`` the calendar point it fixes, at ``precision`` (a quarter or
    half is given by its last month), or None for durations and seasons.
    """

    text: str
    date: PartialDate | None = None
    precision: Precision | None = None
    span: Span | None = None


@attrs.frozen
class Commitment:
    """Who pledged to do what, by when.

    ``actor`` is the person or organization bound (same object as in the
    article's lists); ``actor_text`` the wording that names them ("we", "the
    company"); ``cue`` the commitment wording ("will", "plans to", "pledged to");
    ``action`` the verb phrase; ``negated`` marks pledges not to do something;
    ``quote`` is the quote the commitment was found in, if any.
    """

    text: str
    span: Span
    id: str = ""
    actor: Person | Organization | None = None
    actor_text: str | None = None
    actor_span: Span | None = None
    action: str = ""
    cue: str | None = None
    cue_span: Span | None = None
    negated: bool = False
    deadline: Deadline | None = None
    quote: Quote | None = None


@attrs.frozen
class Article:
    """One piece of wire copy, as structured data.

    ``text`` is the article's text, and every span points into it. For plain
    wire copy it is the input as given; for container records (Reuters-21578
    ``<REUTERS>``, TREC ``<DOC>``) it is the record's readable content with
    tags removed and entities decoded, and the record's fields go to ``fields``.
    """

    text: str
    format: str | None = None
    headline: str | None = None
    headline_span: Span | None = None
    published: _dt.date | _dt.datetime | None = None
    source: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    body: tuple[Paragraph, ...] = attrs.field(default=(), converter=_tuple)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_tuple)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_tuple)
    trailers: tuple[Trailer, ...] = attrs.field(default=(), converter=_tuple)
    fields: tuple[Field, ...] = attrs.field(default=(), converter=_tuple)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    organizations: tuple[Organization, ...] = attrs.field(default=(), converter=_tuple)
    places: tuple[Place, ...] = attrs.field(default=(), converter=_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    commitments: tuple[Commitment, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of the body's paragraphs, subheadings left out."""
        return tuple(p.text for p in self.body if p.kind == "paragraph")

    @property
    def subheadings(self) -> tuple[str, ...]:
        """The body's section subheadings, in order."""
        return tuple(p.text for p in self.body if p.kind == "subheading")

    @property
    def authors(self) -> tuple[Person, ...]:
        """The byline's authors, or an empty tuple."""
        return self.byline.authors if self.byline else ()

    def entity(self, entity_id: str) -> Person | Organization | None:
        """The person or organization with this id, or None."""
        found: list[Person | Organization] = [e for e in self.people if e.id == entity_id]
        found += [e for e in self.organizations if e.id == entity_id]
        return found[0] if found else None

    def _repr_html_(self) -> str:
        """Notebook display: the text with quotes, speakers, entities and commitments highlighted."""
        from newsmodel.export.html import to_html  # lazy: the model does not depend on the exporters

        return to_html(self)
