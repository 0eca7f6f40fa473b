"""The article as one self-contained HTML fragment, for notebooks (``Article._repr_html_``).

The article text is shown as printed, with quotes and commitments marked
(``<mark class="nm-quote">``, ``<mark class="nm-commitment">``) and speakers,
people, organizations and places tagged (``<span class="nm-person">`` ...); each
element carries the item's id in ``data-id``, and its speaker or actor in
``data-speaker`` / ``data-actor``. Where two highlights cross, the inner one is
split so the elements nest. Above the text, a summary table; below it,
the people, organizations, quotes and commitments as tables.

Every piece of article text is escaped: markup in the copy shows as text and
never runs.

>>> from newsmodel import Article
>>> html = to_html(Article(text="<b>Rain</b> expected"))
>>> "&lt;b&gt;Rain&lt;/b&gt; expected" in html
True
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from html import escape
from typing import NamedTuple

from newsmodel.export._common import body_text, word_count
from newsmodel.model import Article, Organization, Person, Span

__all__ = ["to_html"]

_CSS = """
.newsmodel-article { font-family: system-ui, sans-serif; font-size: 14px; line-height: 1.5; max-width: 60em; }
.newsmodel-article table { border-collapse: collapse; margin: 0.4em 0; }
.newsmodel-article th, .newsmodel-article td { border: 1px solid #ccc; padding: 2px 6px; text-align: left;
  vertical-align: top; }
.newsmodel-article .nm-text { white-space: pre-wrap; border-left: 3px solid #ddd; padding-left: 0.8em; }
.newsmodel-article mark.nm-quote { background: #fff3b0; }
.newsmodel-article mark.nm-commitment { background: #d6f5d6; border-bottom: 2px solid #3a9a3a; }
.newsmodel-article mark.nm-quote mark.nm-commitment, .newsmodel-article mark.nm-commitment mark.nm-quote {
  background: #e9f0a0; }
.newsmodel-article .nm-speaker { font-weight: bold; text-decoration: underline; }
.newsmodel-article .nm-person { color: #1a4fa0; }
.newsmodel-article .nm-organization { color: #a03a1a; }
.newsmodel-article .nm-place { color: #5a3aa0; }
.newsmodel-article .nm-legend span, .newsmodel-article .nm-legend mark { margin-right: 1em; }
"""


class _Highlight(NamedTuple):
    start: int
    end: int
    rank: int  # among equal spans, the lower rank is the outer element
    tag: str
    attrs: tuple[tuple[str, str], ...]


def _open(h: _Highlight) -> str:
    attrs = "".join(f' {name}="{escape(value, quote=True)}"' for name, value in h.attrs)
    return f"<{h.tag}{attrs}>"


def _who(entity: Person | Organization | None) -> str:
    return f"{entity.name} ({entity.id})" if entity is not None else "unknown"


def _highlights(article: Article) -> list[_Highlight]:
    out: list[_Highlight] = []

    def add(span: Span | None, rank: int, tag: str, *attrs: tuple[str, str | None]) -> None:
        if span is None or span.start >= span.end or span.end > len(article.text):
            return
        out.append(_Highlight(span.start, span.end, rank, tag, tuple((k, v) for k, v in attrs if v is not None)))

    for c in article.commitments:
        title = f"commitment {c.id} by {_who(c.actor)}" + (f", due {c.deadline.text}" if c.deadline else "")
        add(c.span, 0, "mark", ("class", "nm-commitment"), ("data-id", c.id),
            ("data-actor", c.actor.id if c.actor else None), ("title", title))
    for q in article.quotes:
        title = f"{q.kind} quote {q.id}, speaker: {_who(q.speaker)}"
        for part in q.parts or (q.span,):
            add(part, 1, "mark", ("class", f"nm-quote nm-quote-{q.kind}"), ("data-id", q.id),
                ("data-speaker", q.speaker.id if q.speaker else None), ("title", title))
        add(q.speaker_span, 2, "span", ("class", "nm-speaker"), ("data-quote", q.id),
            ("data-id", q.speaker.id if q.speaker else None), ("title", f"speaker of {q.id}: {_who(q.speaker)}"))
    for kind, rank, entities in (("person", 3, article.people), ("organization", 4, article.organizations),
                                 ("place", 5, article.places)):
        for e in entities:
            for m in e.mentions:
                add(m, rank, "span", ("class", f"nm-{kind}"), ("data-id", e.id), ("title", f"{kind} {e.id}: {e.name}"))
    return out


def _marked_text(text: str, highlights: list[_Highlight]) -> str:
    """``text`` escaped, with the highlights as properly nested elements (crossing ones split)."""
    key = lambda h: (h.start, -h.end, h.rank, h.attrs)  # noqa: E731 - outer elements first
    starts: dict[int, list[_Highlight]] = {}
    ends: dict[int, list[_Highlight]] = {}
    for h in highlights:
        starts.setdefault(h.start, []).append(h)
        ends.setdefault(h.end, []).append(h)
    bounds = sorted({0, len(text), *starts, *ends})
    active: set[_Highlight] = set()
    stack: list[_Highlight] = []
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        wanted = sorted(active, key=key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        out.extend(f"</{h.tag}>" for h in reversed(stack[keep:]))
        out.extend(_open(h) for h in wanted[keep:])
        stack = wanted
        out.append(escape(text[a:b], quote=True))
    out.extend(f"</{h.tag}>" for h in reversed(stack))
    return "".join(out)


def _table(headers: Iterable[str], rows: Iterable[Iterable[object]], cls: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _summary(article: Article) -> str:
    d = article.dateline
    dateline = ", ".join(p for p in (d.location, d.date_text, d.agency) if p) if d else None
    rows: list[tuple[str, object]] = [
        ("headline", article.headline),
        ("format", article.format),
        ("source", article.source),
        ("published", article.published.isoformat() if article.published is not None else None),
        ("byline", ", ".join(a.name for a in article.authors) or (article.byline.text if article.byline else None)),
        ("dateline", dateline),
        ("words", word_count(body_text(article))),
        ("found", f"{len(article.people)} people, {len(article.organizations)} organizations, "
                  f"{len(article.places)} places, {len(article.quotes)} quotes, "
                  f"{len(article.commitments)} commitments"),
    ]
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape('' if v is None else str(v))}</td></tr>"
                   for k, v in rows if v not in (None, ""))
    return f'<table class="nm-summary"><tbody>{body}</tbody></table>'


def _details(article: Article) -> str:
    parts: list[str] = []
    if article.people:
        parts.append("<h4>People</h4>" + _table(
            ("id", "name", "titles", "affiliations", "mentions"),
            ((p.id, p.name, "; ".join(p.titles), "; ".join(p.affiliations), len(p.mentions)) for p in article.people),
            "nm-people"))
    if article.organizations:
        parts.append("<h4>Organizations</h4>" + _table(
            ("id", "name", "acronym", "mentions"),
            ((o.id, o.name, o.acronym, len(o.mentions)) for o in article.organizations), "nm-organizations"))
    if article.quotes:
        parts.append("<h4>Quotes</h4>" + _table(
            ("id", "kind", "speaker", "text"),
            ((q.id, q.kind, q.speaker.name if q.speaker else q.speaker_text, q.text) for q in article.quotes),
            "nm-quotes"))
    if article.commitments:
        parts.append("<h4>Commitments</h4>" + _table(
            ("id", "actor", "commitment", "deadline"),
            ((c.id, c.actor.name if c.actor else c.actor_text, c.text, c.deadline.text if c.deadline else None)
             for c in article.commitments), "nm-commitments"))
    if not parts:
        return ""
    return "<details><summary>Entities, quotes and commitments</summary>" + "".join(parts) + "</details>"


_LEGEND = (
    '<div class="nm-legend"><mark class="nm-quote">quote</mark><mark class="nm-commitment">commitment</mark>'
    '<span class="nm-speaker">speaker</span><span class="nm-person">person</span>'
    '<span class="nm-organization">organization</span><span class="nm-place">place</span></div>'
)


def to_html(article: Article) -> str:
    """The article as an HTML fragment: summary, legend, highlighted text and entity tables."""
    text = _marked_text(article.text, _highlights(article))
    return (
        f'<div class="newsmodel-article"><style>{_CSS}</style>'
        f"{_summary(article)}{_LEGEND}"
        f'<div class="nm-text">{text}</div>'
        f"{_details(article)}</div>"
    )
