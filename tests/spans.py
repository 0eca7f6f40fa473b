"""Walk an article and check what every span claims (used by several test modules)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel import Article, Span


def iter_spans(obj: object, path: str = "$", seen: set[int] | None = None) -> Iterator[tuple[str, Span]]:
    """Every Span reachable from ``obj``, with a path naming where it sits (shared objects walked once)."""
    seen = set() if seen is None else seen
    if isinstance(obj, Span):
        yield path, obj
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from iter_spans(item, f"{path}[{i}]", seen)
    elif attrs.has(type(obj)) and id(obj) not in seen:
        seen.add(id(obj))
        for f in attrs.fields(type(obj)):
            if f.name == "text" and isinstance(getattr(obj, f.name), str):
                continue
            yield from iter_spans(getattr(obj, f.name), f"{path}.{f.name}", seen)


def assert_spans_hold(article: Article) -> None:
    """Each span's text is the article text at its offsets, and ids/references are consistent."""
    for where, span in iter_spans(article):
        assert 0 <= span.start <= span.end <= len(article.text), where
        assert article.text[span.start : span.end] == span.text, where
    people = {id(p) for p in article.people}
    entities = people | {id(o) for o in article.organizations}
    quotes = {id(q) for q in article.quotes}
    for author in article.authors:
        assert id(author) in people, f"byline author {author.name!r} is not the object in people"
    for q in article.quotes:
        assert q.speaker is None or id(q.speaker) in entities, f"speaker of {q.id} is not in the lists"
    for c in article.commitments:
        assert c.actor is None or id(c.actor) in entities, f"actor of {c.id} is not in the lists"
        assert c.quote is None or id(c.quote) in quotes, f"quote of {c.id} is not in quotes"
    ids = [e.id for e in (*article.people, *article.organizations, *article.places, *article.quotes,
                          *article.commitments)]
    assert len(ids) == len(set(ids)), f"duplicate ids: {ids}"
