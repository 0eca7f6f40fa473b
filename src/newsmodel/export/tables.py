"""Articles as flat tables: articles, people, organizations, quotes and commitments.

Every row is a dict of scalars (str, int, bool or None), so the tables go
straight to CSV, a database or a dataframe. Rows are joined by ids:
``article_id`` (a hash of the article text, the same on every run) in every
table, and the article's own ids (``p1``, ``o1``, ``q1``) for people,
organizations and quotes. Lists inside a row (aliases, titles) are joined with
``"; "``.

>>> from newsmodel import Article, Person, Quote, Span
>>> text = '"We will build it," Ann Lee said.'
>>> ann = Person("Ann Lee", id="p1", mentions=[Span.of(text, 19, 26)])
>>> quote = Quote("We will build it,", "direct", Span.of(text, 1, 18), id="q1", speaker=ann)
>>> tables = to_records(Article(text=text, people=[ann], quotes=[quote]))
>>> row = tables.get("quotes")[0]
>>> row.get("speaker_id"), row.get("speaker_name")
('p1', 'Ann Lee')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from newsmodel.export._common import article_id, body_text, word_count
from newsmodel.model import Article, Organization, Person

__all__ = ["COLUMNS", "TABLES", "to_csv", "to_pandas", "to_records"]

Scalar = str | int | bool | None
Row = dict[str, Scalar]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id", "format", "headline", "published", "source", "byline", "dateline_location",
        "dateline_date", "dateline_agency", "paragraphs", "words", "people", "organizations", "places",
        "quotes", "commitments",
    ),
    "people": (
        "article_id", "person_id", "name", "aliases", "titles", "affiliations", "is_author", "mentions",
        "first_start",
    ),
    "organizations": (
        "article_id", "organization_id", "name", "acronym", "aliases", "kind", "tickers", "mentions", "first_start",
    ),
    "quotes": (
        "article_id", "quote_id", "kind", "text", "speaker_id", "speaker_name", "speaker_text", "cue", "start", "end",
    ),
    "commitments": (
        "article_id", "commitment_id", "text", "actor_id", "actor_name", "actor_text", "cue", "action", "negated",
        "deadline_text", "deadline_date", "deadline_precision", "quote_id", "start", "end",
    ),
}
"""The column names of each table, in order (tables with no rows still have them)."""

TABLES = tuple(COLUMNS)
"""The table names: ``articles``, ``people``, ``organizations``, ``quotes``, ``commitments``."""

_SEP = "; "


def _join(items: Iterable[str]) -> str:
    return _SEP.join(items)


def _entity_name(entity: Person | Organization | None) -> str | None:
    return None if entity is None else entity.name


def _entity_id(entity: Person | Organization | None) -> str | None:
    return None if entity is None else entity.id


def _articles(items: Article | Iterable[Article]) -> list[Article]:
    if isinstance(items, Article):
        return [items]
    out = list(items)
    for a in out:
        if not isinstance(a, Article):
            raise TypeError(f"expected Article objects, got {type(a).__name__}")
    return out


def _rows(article: Article) -> dict[str, list[Row]]:
    aid = article_id(article)
    d = article.dateline
    body = body_text(article)
    author_ids = {a.id for a in article.authors}
    tables: dict[str, list[Row]] = {
        "articles": [{
            "article_id": aid,
            "format": article.format,
            "headline": article.headline,
            "published": article.published.isoformat() if article.published is not None else None,
            "source": article.source,
            "byline": _join(a.name for a in article.authors) if article.authors else None,
            "dateline_location": d.location if d else None,
            "dateline_date": d.date.isoformat() if d and d.date else None,
            "dateline_agency": d.agency if d else None,
            "paragraphs": len(article.paragraphs),
            "words": word_count(body),
            "people": len(article.people),
            "organizations": len(article.organizations),
            "places": len(article.places),
            "quotes": len(article.quotes),
            "commitments": len(article.commitments),
        }],
        "people": [{
            "article_id": aid,
            "person_id": p.id,
            "name": p.name,
            "aliases": _join(p.aliases),
            "titles": _join(p.titles),
            "affiliations": _join(p.affiliations),
            "is_author": p.id in author_ids,
            "mentions": len(p.mentions),
            "first_start": min((m.start for m in p.mentions), default=None),
        } for p in article.people],
        "organizations": [{
            "article_id": aid,
            "organization_id": o.id,
            "name": o.name,
            "acronym": o.acronym,
            "aliases": _join(o.aliases),
            "kind": o.kind,
            "tickers": _join(o.tickers),
            "mentions": len(o.mentions),
            "first_start": min((m.start for m in o.mentions), default=None),
        } for o in article.organizations],
        "quotes": [{
            "article_id": aid,
            "quote_id": q.id,
            "kind": q.kind,
            "text": q.text,
            "speaker_id": _entity_id(q.speaker),
            "speaker_name": _entity_name(q.speaker),
            "speaker_text": q.speaker_text,
            "cue": q.cue,
            "start": q.span.start,
            "end": q.span.end,
        } for q in article.quotes],
        "commitments": [{
            "article_id": aid,
            "commitment_id": c.id,
            "text": c.text,
            "actor_id": _entity_id(c.actor),
            "actor_name": _entity_name(c.actor),
            "actor_text": c.actor_text,
            "cue": c.cue,
            "action": c.action,
            "negated": c.negated,
            "deadline_text": c.deadline.text if c.deadline else None,
            "deadline_date": c.deadline.date.isoformat() if c.deadline and c.deadline.date else None,
            "deadline_precision": c.deadline.precision if c.deadline else None,
            "quote_id": c.quote.id if c.quote else None,
            "start": c.span.start,
            "end": c.span.end,
        } for c in article.commitments],
    }
    return tables


def to_records(articles: Article | Iterable[Article]) -> dict[str, list[Row]]:
    """One article or many as flat tables: ``{"articles": [...], "people": [...], ...}``.

    Each table is a list of dicts with the columns in :data:`COLUMNS`, rows in
    article order, then in the order of the article's lists.
    """
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    for article in _articles(articles):
        for name, rows in _rows(article).items():
            out[name].extend(rows)
    return out


def to_csv(articles: Article | Iterable[Article], table: str = "articles") -> str:
    """One table as CSV text with a header row (``None`` as an empty cell, booleans as ``true``/``false``)."""
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    for row in to_records(articles)[table]:
        writer.writerow({k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in row.items()})
    return buf.getvalue()


def to_pandas(articles: Article | Iterable[Article]) -> dict[str, Any]:
    """The tables of :func:`to_records` as pandas DataFrames, keyed by table name.

    Needs pandas (``pip install 'newsmodel[pandas]'``). Ids are strings, counts
    and offsets nullable integers, so an empty cell stays empty instead of
    becoming a float.
    """
    try:
        import pandas as pd  # optional: imported only here
    except ImportError:
        raise ImportError("to_pandas needs pandas: pip install 'newsmodel[pandas]'") from None
    int_columns = {"paragraphs", "words", "people", "organizations", "places", "quotes", "commitments",
                   "mentions", "first_start", "start", "end"}
    frames: dict[str, Any] = {}
    for name, rows in to_records(articles).items():
        frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS[name]))
        dtypes = {c: ("Int64" if c in int_columns else "boolean" if c in {"is_author", "negated"} else "string")
                  for c in COLUMNS[name]}
        frames[name] = frame.astype(dtypes)
    return frames
