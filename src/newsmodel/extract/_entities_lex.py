"""The word lists the entity rules read, gathered in one object and rebuilt only when a list changes.

:func:`lexicons` looks every list up with :func:`newsmodel.lexicons.lexicon` at call time (so
``lexicons.extend`` and ``NEWSMODEL_LEXICON_PATH`` apply) and caches the derived structures keyed
on the frozensets it got back.
"""

from __future__ import annotations

import attrs

from newsmodel.lexicons import lexicon

__all__ = ["Lexicons", "lexicons"]

_NAMES = (
    "titles",
    "title_modifiers",
    "honorifics",
    "org_heads",
    "org_openers",
    "org_heads_romance",
    "org_suffixes",
    "organizations",
    "non_org_acronyms",
    "calendar",
    "common_words",
    "name_particles",
    "entity_cue_verbs",
    "places",
    "place_heads",
    "nationalities",
    "given_names_female",
    "given_names_male",
    "gender_words_female",
    "gender_words_male",
    "org_context",
)


def _lower(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _longest(words: frozenset[str]) -> int:
    """The most words any entry holds: "new york city" -> 3."""
    return max((len(w.split()) for w in words), default=1)


@attrs.frozen
class Lexicons:
    """Lower-cased word sets for the entity rules; multiword entries are kept space-joined."""

    titles: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    org_heads: frozenset[str]
    org_openers: frozenset[str]
    romance_heads: frozenset[str]  # "banco" of "Banco do Brasil": opens a name that runs on without "of"
    org_suffixes: frozenset[str]
    organizations: frozenset[str]
    non_org_acronyms: frozenset[str]
    calendar: frozenset[str]
    common_words: frozenset[str]
    particles: frozenset[str]
    cue_verbs: frozenset[str]
    places: frozenset[str]
    place_heads: frozenset[str]
    nationalities: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    female_words: frozenset[str]  # "mrs", "spokeswoman"
    male_words: frozenset[str]
    org_context: frozenset[str]  # "shares" in "Boeing shares"
    given: frozenset[str]
    title_words: frozenset[str]
    abbreviations: frozenset[str]
    org_starts: frozenset[str]  # first words of the known organizations: a quick test before the long one
    place_starts: frozenset[str]
    max_org: int
    max_place: int


_cache: dict[str, tuple[tuple[frozenset[str], ...], Lexicons]] = {}


def _build(sets: tuple[frozenset[str], ...]) -> Lexicons:
    low = [_lower(s) for s in sets]
    (titles, mods, hons, heads, openers, romance, suffixes, orgs, non_acr, cal, common, parts, cues, places,
     place_heads, nats, fem, male, fem_words, male_words, org_context) = low
    title_words = frozenset(w for t in titles for w in t.split()) | mods
    return Lexicons(
        titles=titles,
        title_modifiers=mods,
        honorifics=hons,
        org_heads=heads | romance,
        org_openers=openers | romance,
        romance_heads=romance,
        org_suffixes=suffixes,
        organizations=orgs,
        non_org_acronyms=non_acr,
        calendar=cal,
        common_words=common,
        particles=parts,
        cue_verbs=cues,
        places=places,
        place_heads=place_heads,
        nationalities=nats,
        female=fem,
        male=male,
        female_words=fem_words,
        male_words=male_words,
        org_context=org_context,
        given=fem | male,
        title_words=title_words,
        # words printed with a dot that does not end the sentence: "Mr.", "Corp.", "Calif."
        abbreviations=hons | suffixes | {"st", "jr", "sr", "no"}
        | {p[:-1] for p in places if p.endswith(".") and "." not in p[:-1]},
        org_starts=frozenset(o.split()[0] for o in orgs),
        place_starts=frozenset(p.split()[0] for p in places | nats),
        max_org=min(8, _longest(orgs)),
        max_place=min(6, max(_longest(places), _longest(nats))),
    )


def lexicons() -> Lexicons:
    """The current lists, derived structures rebuilt only when one of them changed."""
    sets = tuple(lexicon(name) for name in _NAMES)
    hit = _cache.get("current")
    if hit is not None:
        old, lex = hit
        if old == sets:  # compares element by element, identical frozensets at once
            return lex
    lex = _build(sets)
    _cache["current"] = (sets, lex)
    return lex
