"""Who a speaker phrase points at: a person or organization of the article, or nobody named.

The phrase is the wording next to a speech verb ("he", "Spicer", "the minister",
"a Ford spokesman", "officials"). It is resolved the way a reader does it:

* a name the entity stage found there (its mention spans), else a name or
  surname of a known entity printed in the phrase;
* a description tied to a named organization ("a Ford spokesman",
  "a spokeswoman for the EPA") -> that organization;
* pronouns: "he"/"she" -> the nearest preceding person of that gender (known from
  honorifics, gendered titles or the entity stage), "it" -> the nearest
  organization, "they" -> an organization that spoke just before;
* "the minister", "the senator" -> the nearest person with that title;
  "the company", "the agency" -> the nearest organization;
* unnamed sources ("a source", "officials", "analysts") -> nobody.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from newsmodel import lexicons
from newsmodel.model import Article, Organization, Person, Span

__all__ = ["Resolution", "SpeakerIndex"]

Entity = Person | Organization

# A word of a speaker phrase: 'Spicer', "Ford's", 'U.S.', 'Bar-Illan', 'D'Amato'.
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9][\w.'\u2019&-]*")
# An honorific before a name, which also tells the gender: 'Mr. ', 'Mrs ', 'Ms. '.
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mme|Sir|Dame|Lady|Lord)\.?\s+$")

_MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
_FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "mme", "dame", "lady"})
_FEMALE_WORDS = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "duchess",
     "countess", "baroness", "actress", "mother", "wife", "daughter", "sister", "madam", "mrs", "ms", "miss"}
)
_MALE_WORDS = frozenset(
    {"spokesman", "chairman", "congressman", "businessman", "king", "prince", "duke", "count", "baron",
     "father", "husband", "son", "brother", "mr", "sir", "lord"}
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "one", "another", "two", "three",
                          "several", "some", "many", "other", "senior", "top", "former", "unnamed"})
# A verb of saying right after a name: ' said', ' told', ' also said'.
_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|told|tells|added|adds|stated|noted|argued|explained|wrote|"
                     r"joked|insisted|warned|asked)\b")
# A verb of saying before an inverted speaker: '..., said Smith', '..., noted NBC's Dante Chinni'.
_SAYING = frozenset({"said", "says", "told", "added", "stated", "noted", "argued", "explained", "wrote", "writes",
                     "insisted", "warned", "asked", "according"})
# A conjunction opening a clause whose subject follows: '..., but Mr. Obama learned from it'.
_CLAUSE_OPENERS = frozenset({"but", "while", "when", "because", "although", "though", "yet", "so", "then"})
# Characters of a word besides letters and digits, for the walk back over the word before a name.
_WORD_MARKS = "_.'\u2019&-"
# Abbreviated titles before a name and the role noun a story later uses alone: 'Sen.' -> 'the senator'.
_ROLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                       "pres": "president", "sec": "secretary", "adm": "admiral", "lt": "lieutenant"}
# Organization nouns general enough to stand for any company named before: 'the company', 'the firm'.
# Others ('the commission', 'the bank') point only at an organization whose name holds the word.
_GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "concern", "corporation", "maker", "unit", "producer",
                                "manufacturer", "retailer", "lender", "insurer", "operator", "carrier", "conglomerate",
                                "organization", "organisation", "body"})
_PRONOUNS = {"he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "s"}
# Documents that speak for whoever wrote them: 'the report said', 'said the study', 'the circular says'.
# Each is one of a kind of document; a story may call a document by another word of its kind ('a study
# by Gartner' ... 'said the report'), not by a word of another kind (a decree is not the statement).
_DOCUMENT_KINDS = {
    "report": "research", "study": "research", "survey": "research",
    "statement": "statement", "communique": "statement", "announcement": "statement", "release": "statement",
    "order": "order", "circular": "order", "directive": "order", "decree": "order", "notice": "order",
    "letter": "letter", "memo": "letter", "memorandum": "letter",
    "complaint": "legal", "lawsuit": "legal", "petition": "legal",
    "document": "document",
}
_DOCUMENTS = frozenset(_DOCUMENT_KINDS)
# Words that may stand between 'the' and such a document: 'the new order', 'the latest survey'.
_DOCUMENT_ADJECTIVES = frozenset({"new", "latest", "annual", "quarterly", "monthly", "weekly", "separate", "own",
                                  "recent", "final", "interim", "draft", "joint", "written", "official", "full",
                                  "original", "internal", "confidential", "news", "press"})
_DOC = "(?ai:" + "|".join(sorted(_DOCUMENTS)) + ")"  # 'An Open Letter from ...' too
_ADJ = "(?:" + "|".join(sorted(_DOCUMENT_ADJECTIVES)) + ")"
# An author named right before a document: "the Gartner report", "Gartner's new study", "Acme said in a
# statement", "Acme filed a complaint".
_AUTHOR_THEN_DOCUMENT = re.compile(
    rf"(?:'s|\u2019s)?\s+(?:(?:said|says|announced|added)\s+in\s+(?:a|an|its)\s+|"
    rf"(?:issued|released|published|sent|filed|wrote|signed|submitted)\s+(?:a|an|its)\s+)?(?:{_ADJ}\s+){{0,2}}"
    rf"(?P<doc>{_DOC})\b")
# A document credited to the name that follows: "a study by Gartner", "a report by analysts InStat/MDR",
# "the report was prepared jointly by the", "the new order, which was issued by the party's policy-making".
_DOCUMENT_BY = re.compile(
    rf"\b(?P<doc>{_DOC})\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been|had\s+been)\s+)?"
    r"(?:(?:[a-z]+ly|published|released|issued|commissioned|conducted|compiled|prepared|drafted|written|signed|"
    r"sent|filed|carried\s+out)\s+){0,2}(?:by|from)\s+(?:[a-z'\u2019-]+\s+){0,3}$")


# 'the ' or 'the new ' ending a stretch of text: the document that follows is one already spoken of.
_THE_BEFORE = re.compile(rf"\b(?:the|this)\s+(?:{_ADJ}\s+){{0,2}}$", re.IGNORECASE)


def _last_word(text: str, pos: int) -> str:
    """The lower-case word right before ``pos`` (spaces between): 'the' before 'Gartner report'."""
    found = _word_before(text, pos)
    return found[1].lower() if found else ""


class Resolution(NamedTuple):
    """The outcome for one phrase: the entity (or None) and the words that pointed at it (a named
    tuple, cheap to make for every phrase resolved)."""

    entity: Entity | None
    text: str
    start: int
    end: int


@lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    """A word as names are compared: "Smith's" -> 'smith', 'U.S.' -> 'u.s'; cached, as phrases repeat."""
    return word.replace("\u2019", "'").removesuffix("'s").strip(".,'").casefold()


@lru_cache(maxsize=8192)
def _name_key(form: str) -> str:
    """A name as phrases are looked up: 'Sen. John Smith' -> 'sen john smith'; cached, as names recur."""
    return " ".join([_norm(w) for w in _WORD.findall(form)])


@lru_cache(maxsize=8)
def _word_sets(sources: frozenset[str], org_nouns: frozenset[str],
               roles: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Case-folded copies of the lists, cached on the lexicons' frozensets."""
    return (frozenset(w.casefold() for w in sources), frozenset(w.casefold() for w in org_nouns),
            frozenset(w.casefold() for w in roles))


@lru_cache(maxsize=4)
def _given_by_gender(male: frozenset[str], female: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(w.casefold() for w in male), frozenset(w.casefold() for w in female)


@lru_cache(maxsize=4)
def _given(male: frozenset[str], female: frozenset[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in male | female)


@lru_cache(maxsize=4)
def _non_names(*lists: frozenset[str]) -> frozenset[str]:
    return frozenset(w.casefold() for words in lists for w in words)


def _word_before(text: str, pos: int) -> tuple[int, str] | None:
    """The word that ends before ``pos`` (spaces between) within 40 characters, with its start:
    'spokesman' before 'Jason Miller'. A walk back, cheaper than a pattern searched forward."""
    lo = max(0, pos - 40)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    return (start, text[start:end]) if start < end else None


class SpeakerIndex:
    """Mentions of the article's people and organizations, searchable by position and by name."""

    def __init__(self, article: Article, masked: Callable[[int], bool]) -> None:
        self.article = article
        self.masked = masked
        entities: list[Entity] = [*article.people, *article.organizations]
        spans = [(m.start, m.end, ent) for ent in entities for m in ent.mentions]
        spans.sort(key=lambda t: (t[0], t[1]))
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.body_start = article.body[0].span.start if article.body else 0
        self._names: dict[str, list[Entity]] | None = None
        self.sources, self.org_nouns, self.roles = _word_sets(
            lexicons.lexicon("speech_sources"), lexicons.lexicon("speech_org_nouns"), lexicons.lexicon("speech_roles"))
        self._gender: dict[int, str] = {}
        self._quoted: dict[int, bool] = {}  # mention start -> inside a quotation, filled on first look
        self._given_lists: tuple[frozenset[str], frozenset[str]] | None = None  # male, female: fetched once
        self._given_mf: tuple[frozenset[str], frozenset[str]] | None = None
        self.last_org: Entity | None = None
        self.added: list[Person] = []
        self.last_content: tuple[int, int] | None = None
        self._honorific_words: frozenset[str] | None = None
        self._given_words: frozenset[str] | None = None
        self._non_name_words: frozenset[str] | None = None
        self._title_words: frozenset[str] | None = None
        self._modifier_words: frozenset[str] | None = None

    @property
    def names(self) -> dict[str, list[Entity]]:
        """Every name, alias, acronym and surname, normalised, to the entities that bear it (built on first use)."""
        if self._names is None:
            names: dict[str, list[Entity]] = {}
            entities: list[Entity] = [*self.article.people, *self.article.organizations, *self.added]
            for ent in entities:
                forms = {ent.name, *ent.aliases}
                if isinstance(ent, Organization) and ent.acronym:
                    forms.add(ent.acronym)
                for form in forms:
                    key = _name_key(form)
                    if key:
                        names.setdefault(key, []).append(ent)
                if isinstance(ent, Person):
                    words = _WORD.findall(ent.name)
                    if len(words) > 1:
                        names.setdefault(_norm(words[-1]), []).append(ent)
            self._names = names
        return self._names

    # -- lookups -------------------------------------------------------------------------------------------

    def inside(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions lying within ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.starts, start)
        out: list[tuple[int, int, Entity]] = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def preceding(self, pos: int, limit: int = 400) -> Iterator[tuple[int, int, Entity]]:
        """Mentions before ``pos`` in the body, outside quotations, nearest first (at most ``limit``)."""
        i = bisect.bisect_left(self.starts, pos)
        n = 0
        while i > 0 and n < limit:
            i -= 1
            s, e, _ = self.spans[i]
            if s < self.body_start:
                return
            if e <= pos:
                quoted = self._quoted.get(s)
                if quoted is None:
                    quoted = self._quoted[s] = self.masked(s)
                if not quoted:
                    n += 1
                    yield self.spans[i]

    def following(self, pos: int, reach: int) -> Iterator[tuple[int, int, Entity]]:
        """Mentions starting from ``pos`` to ``pos + reach``, outside quotations, nearest first."""
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.spans) and self.spans[i][0] < pos + reach:
            s = self.spans[i][0]
            quoted = self._quoted.get(s)
            if quoted is None:
                quoted = self._quoted[s] = self.masked(s)
            if not quoted:
                yield self.spans[i]
            i += 1

    def gender(self, person: Person) -> str | None:
        """'m', 'f' or None: an honorific before a mention, a gendered title, else the given name."""
        key = id(person)
        if key in self._gender:
            return self._gender[key] or None
        found = ""
        text = self.article.text
        for m in person.mentions:
            h = _HONORIFIC.search(text, max(0, m.start - 6), m.start)
            if h:
                word = h.group(1).lower()
                found = "m" if word in _MALE_HONORIFICS else "f" if word in _FEMALE_HONORIFICS else ""
                if found:
                    break
        if not found:
            words = {_norm(w) for t in person.titles for w in t.split()}
            found = "f" if words & _FEMALE_WORDS else "m" if words & _MALE_WORDS else ""
        if not found:
            # the given name, as the entity stage's gender_of reads it: 'Kenneth Raske' -> he; a person
            # the story calls by the given name alone ('Melanie said') too
            if self._given_mf is None:
                self._given_mf = _given_by_gender(*self._given_names_lists())
            male, female = self._given_mf
            first = person.name.split()[0].casefold()
            if (first in male) != (first in female):
                found = "m" if first in male else "f"
        self._gender[key] = found
        return found or None

    # -- resolution ----------------------------------------------------------------------------------------

    def resolve(self, start: int, end: int, head_last: bool, last: Entity | None,
                named: bool = False) -> Resolution | None:
        """Resolve the phrase ``text[start:end]``; ``head_last`` when the phrase precedes its verb.

        ``last`` is the speaker of the previous quote, which pronouns prefer when it fits; ``named``
        when the place itself says a name stands there ('said X', a dash sign-off '-- X').
        Returns None when the phrase is not a speaker at all (nothing left after trimming).
        """
        text = self.article.text
        # each word where it stands: the gaps between words hold no character that can begin one
        found_words: list[tuple[int, int, str]] = []
        pos = start
        for tok in _WORD.findall(text, start, end):
            pos = text.find(tok, pos)
            found_words.append((pos, pos + len(tok), tok))
            pos += len(tok)
        return self.resolve_words(found_words, head_last, last, named)

    def resolve_words(self, words: Sequence[tuple[int, int, str]], head_last: bool, last: Entity | None,
                      named: bool = False) -> Resolution | None:
        """:meth:`resolve` for a phrase already split into its words ``(start, end, word)``.

        The attribution scan has the words of a subject at hand ('Smith' in 'Smith said'); they
        must be the ones the word pattern finds in the phrase.
        """
        if not words:
            return None
        text = self.article.text
        a, b = words[0][0], words[-1][1]
        phrase = text[a:b]
        first_word = _norm(words[0][2])  # the other words are normalised only where a test needs them
        head = _norm(words[-1][2]) if head_last else first_word
        found = self.inside(a, b)
        people = [x for x in found if isinstance(x[2], Person)] if found else []
        orgs = [x for x in found if isinstance(x[2], Organization)] if found else []
        doc = _norm(words[-1][2]) if not found and 2 <= len(words) <= 3 else ""
        if doc in _DOCUMENTS and (len(words) == 2 or _norm(words[1][2]) in _DOCUMENT_ADJECTIVES
                                  or (words[1][2].endswith(("'s", "\u2019s")) and words[1][2].islower())):
            if first_word in ("the", "this"):
                # 'the report said', 'said the new order', 'the government's order said': whoever the story
                # said wrote it, before or, failing that, soon after ('The circular says ...', then 'the
                # order, which was issued by the Central Committee')
                author = self._document_author(doc, self.preceding(a, 30))
                if author is None:  # only a credit to the same document: 'the order, issued by', not 'a report by'
                    author = self._document_author(doc, self.following(b, 600), definite=True)
                return Resolution(author, phrase, a, b)
            body = self.article.body
            if first_word in ("a", "an") and body and a < body[0].span.end:
                # the lede's 'a report says': the report the next paragraphs credit
                return Resolution(self._document_author(doc, self.following(b, 800)), phrase, a, b)
        if head_last and len(words) > 1 and head in self.sources and not text[words[-1][0]].isupper():
            # 'a Ford spokesman', 'an aide to Smith', 'Chechen officials': a description around a name
            if orgs and not people:
                return Resolution(orgs[-1][2], phrase, a, b)
            tied = self._tied_org(words)
            if (tied is None and len(words) == 2 and words[0][2][0].isupper() and first_word in self.org_nouns
                    and first_word not in _GENERIC_ORG_NOUNS):
                # 'Administration officials', 'Ministry sources': of the organization named so, if one was
                tied = self._nearest_org(a, None, first_word)
            return Resolution(tied, phrase, a, b)
        if people:
            # 'Both Bronfman and Fleischer said': the first named; 'Ford Chairman John Smith said': the head
            first = not head_last or (len(people) > 1 and "and" in [_norm(w) for _, _, w in words])
            ent = people[0][2] if first else people[-1][2]
            return Resolution(ent, phrase, a, b)
        if not head_last and first_word in _DETERMINERS and len(words) > 1 and _norm(words[1][2]) in self.sources:
            # 'said a spokeswoman for the agency': the description, with its organization if named
            return Resolution(orgs[0][2] if orgs else self._tied_org(words), phrase, a, b)
        if orgs:
            ent = orgs[-1][2] if head_last else orgs[0][2]
            end = orgs[-1][1]
            if head_last and end < words[-1][0]:
                # 'U.N. Secretary-General Kofi Annan said': the organization only qualifies the speaker
                rest = [(s, e) for s, e, _ in words if s > end]
                while rest and self._is_title_word(text[rest[0][0] : rest[0][1]]):
                    rest = rest[1:]
                added = self._new_person(text, rest, True, True) if len(rest) >= 2 else None
                if added is not None:
                    return Resolution(added, phrase, a, b)
            if named and text[end : end + 2] in ("'s", "\u2019s") and end + 3 < b:
                # "noted NBC's Dante Chinni": the organization only owns the speaker
                rest = [(s, e) for s, e, _ in words if s > end + 1]
                added = self._new_person(text, rest, False, named) if rest else None
                if added is not None:
                    return Resolution(added, phrase, a, b)
            return Resolution(ent, phrase, a, b)
        if len(words) == 1 and first_word in _PRONOUNS:
            return Resolution(self._pronoun(first_word, a, last), phrase, a, b)
        by_name = self._by_name(words)
        if by_name is not None:
            return Resolution(by_name, phrase, a, b)
        lowered = [_norm(w) for _, _, w in words]
        nouns = [w for w in lowered if w not in _DETERMINERS]
        if lowered[0] not in _DETERMINERS:
            added = self._new_person(text, [(s, e) for s, e, _ in words], head_last, named)
            if added is not None:
                return Resolution(added, phrase, a, b)
        if lowered[0] in _DETERMINERS and nouns:
            noun = nouns[-1] if head_last else nouns[0]
            if noun in self.org_nouns or (len(nouns) > 1 and nouns[-1] == "maker"):
                return Resolution(self._nearest_org(a, last, noun), phrase, a, b)
            if noun in self.roles and lowered[0] == "the":
                return Resolution(self._nearest_role(noun, a, last), phrase, a, b)
        return Resolution(None, phrase, a, b)

    def _new_person(self, text: str, words: Sequence[tuple[int, int]], head_last: bool,
                    named: bool) -> Person | None:
        """A clearly named speaker the entity stage missed: 'said Del. Stacey Plaskett of the Virgin Islands'.

        Only a run of two to four capitalised words counts that opens with a known given name (after
        honorifics), or, where the place says a name stands there (``named``), that holds no word of
        an organization, a place or everyday English; it becomes a new Person with the next free id
        and this mention.
        """
        honorifics = self._honorifics()
        runs: list[list[tuple[int, int]]] = []
        run: list[tuple[int, int]] = []
        for s, e in words:
            w = text[s:e]
            if w[:1].isupper() and not (not run and _norm(w) in honorifics):
                run.append((s, e))
                continue
            if run:
                runs.append(run)
                run = []
            if text[s:e].endswith(","):
                break
        if run:
            runs.append(run)
        if not runs:
            return None
        run = runs[-1] if head_last else runs[0]
        given = self._given_names()
        if not named and run[0][0] > words[0][0]:
            # 'Conservative economist Aparna Mathur said': a role word right before the name
            k = next(i for i, w in enumerate(words) if w == run[0])
            prev = _norm(text[words[k - 1][0] : words[k - 1][1]])
            named = text[words[k - 1][0]].islower() and (prev in self.roles or prev in self._titles())
        if named and 2 <= len(run) <= 4 and not any(_norm(text[s:e]) in self._not_names() for s, e in run):
            pass
        else:
            while run and _norm(text[run[0][0] : run[0][1]]) not in given:
                run = run[1:]  # "NBC's Dante Chinni" -> "Dante Chinni"
            if not 2 <= len(run) <= 4:
                return None
        start, end = run[0][0], run[-1][1]
        while end > start and text[end - 1] in ".,'\u2019":
            end -= 1
        if self.inside(start - 1, end + 1) or any(s < end and start < e for s, e, _ in self.spans):
            return None
        name = " ".join(text[start:end].split())
        surname = name.split()[-1]
        fields: dict[str, Any] = {"aliases": [surname] if surname != name else [],
                                  "mentions": [Span.of(text, start, end)]}
        person = Person(name, f"p{self._next_id()}", **fields)
        self.added.append(person)
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end, person))
        self._names = None  # rebuilt with the new person on next use
        return person

    def _next_id(self) -> int:
        """The next free person number: one past the highest 'pN' in use."""
        used = [int(p.id[1:]) for p in (*self.article.people, *self.added) if p.id[:1] == "p" and p.id[1:].isdigit()]
        return max(used, default=0) + 1

    def is_title_word(self, word: str) -> bool:
        """Whether a lower-case word names a role: 'NBC's chief correspondent' (but not 'Ivanka Trump's plan')."""
        return self._is_title_word(word)

    def _is_title_word(self, word: str) -> bool:
        """'Secretary-General', 'Minister', 'chief': a word of a title, not of a name."""
        parts = [_norm(p) for p in word.split("-")]
        titles = self._titles() | self.roles | self._modifiers()
        return all(p in titles for p in parts if p)

    def _modifiers(self) -> frozenset[str]:
        if self._modifier_words is None:
            self._modifier_words = _non_names(lexicons.lexicon("title_modifiers"))
        return self._modifier_words

    def _not_names(self) -> frozenset[str]:
        """Words that make a capitalised run something other than a person's name."""
        if self._non_name_words is None:
            self._non_name_words = _non_names(
                lexicons.lexicon("org_heads"), lexicons.lexicon("org_suffixes"), lexicons.lexicon("places"),
                lexicons.lexicon("common_words"), lexicons.lexicon("nationalities"))
        return self._non_name_words

    def _titles(self) -> frozenset[str]:
        if self._title_words is None:
            self._title_words = _non_names(lexicons.lexicon("titles"))
        return self._title_words

    def _honorifics(self) -> frozenset[str]:
        if self._honorific_words is None:
            self._honorific_words = lexicons.lexicon("honorifics")
        return self._honorific_words

    def _given_names(self) -> frozenset[str]:
        if self._given_words is None:
            self._given_words = _given(*self._given_names_lists())
        return self._given_words

    def _given_names_lists(self) -> tuple[frozenset[str], frozenset[str]]:
        """The male and female given-name lists, fetched once for the article (gender and names both read them)."""
        if self._given_lists is None:
            self._given_lists = (lexicons.lexicon("given_names_male"), lexicons.lexicon("given_names_female"))
        return self._given_lists

    def _tied_org(self, words: Sequence[tuple[int, int, str]]) -> Entity | None:
        """The organization a description names by its noun: 'a spokesman for the company' -> nearest one."""
        lowered = [_norm(w) for _, _, w in words]
        for i, w in enumerate(lowered[:-1]):
            if w in ("for", "of", "at") and lowered[-1] in self.org_nouns:
                return self._nearest_org(words[i][0], None)
        return None

    def _document_author(self, noun: str, mentions: Iterable[tuple[int, int, Entity]],
                         definite: bool = False) -> Entity | None:
        """Who wrote the document (``noun``: 'report', 'statement') a phrase points at: of ``mentions``,
        nearest first, the first named as the author of a document of its kind ('a study
        by Gartner', 'the Gartner report', 'Acme said in a statement'), else nobody (an unattributed
        report stays unnamed). ``definite``: only a credit to a document already known ('the Gartner
        report', "Gartner's study", 'the order, which was issued by')."""
        text = self.article.text
        kind = _DOCUMENT_KINDS[noun]  # the phrase's noun is lower case: 'the report'
        for s, e, ent in mentions:
            known = False
            m = _AUTHOR_THEN_DOCUMENT.match(text, e, e + 60)
            if m is not None:
                known = m.group(0)[:1] in ("'", "\u2019") or _last_word(text, s) == "the"
            elif not text.startswith(("'s", "\u2019s"), e):  # not 'a memo by Wilson's lawyers'
                window = text[max(0, s - 70) : s]
                m = _DOCUMENT_BY.search(window)
                known = m is not None and _THE_BEFORE.search(window, 0, m.start()) is not None
            if m and _DOCUMENT_KINDS.get(m.group("doc").lower()) == kind and (known or not definite):
                return ent
        return None

    def _by_name(self, words: Sequence[tuple[int, int, str]]) -> Entity | None:
        """An entity whose name, alias or surname is printed in the phrase: 'Mr. Spicer', 'Spicer'."""
        caps = [_norm(w) for _, _, w in words if w[0].isupper()]
        for n in range(len(caps), 0, -1):
            for i in range(len(caps) - n, -1, -1):
                ents = self.names.get(" ".join(caps[i : i + n]))
                if ents and len({id(e) for e in ents}) == 1:
                    return ents[0]
        return None

    def _pronoun(self, word: str, pos: int, last: Entity | None) -> Entity | None:
        kind = _PRONOUNS[word]
        if kind in ("o", "p"):
            if isinstance(last, Organization):
                return last
            if kind == "p":
                return None
            return self._nearest_org(pos, None)
        if kind == "s":
            return None
        fits = [ent for ent in self._people_before(pos, 6) if self.gender(ent) in (kind, None)]
        last_fits = isinstance(last, Person) and self.gender(last) in (kind, None)
        if not fits:
            return last if last_fits else None
        first = fits[0]
        if not self._is_subject(first, pos):
            # 'Miller told the Post ... mentioned by Ivanka Trump. "...," he said': a name in the
            # object of a sentence yields the pronoun to one that opened a sentence -- the last
            # speaker's too: 'Roe agreed with Doe. "...," he wrote' is Roe's
            subject = next((ent for ent in fits[1:4] if self._is_subject(ent, pos)), None)
            if subject is None and last_fits:
                return last  # 'loyalists to Biden and Sanders. "...," he said': no new subject, the speaker goes on
            first = subject or first
        if last_fits and last is not first and self.last_content is not None:
            # 'Ryan said he believes McConnell is right. "...," he said': a name inside what the last
            # speaker said does not take the pronoun from the speaker
            a, b = self.last_content
            nearest = next((s for s, _, ent in self.preceding(pos, 40) if ent is first), -1)
            if a <= nearest < b:
                return last
        return first

    def _is_subject(self, person: Person, pos: int) -> bool:
        """Whether the person's latest mention before ``pos`` opens a sentence or a paragraph.

        'Trump campaign spokesman Jason Miller told' and '"...," said Smith' count; 'mentioned by
        Ivanka Trump' does not.
        """
        text = self.article.text
        for s, e, ent in self.preceding(pos, 80):
            if ent is not person:
                continue
            if _SPEAKS.match(text, e):
                return True  # '..., Minister Samir Mammadov said': the one who spoke
            j = s
            k = 0
            while k < 6:  # title words before the name: 'Trump campaign spokesman'
                prev = _word_before(text, j)
                if prev is not None and prev[1].endswith(".") and len(prev[1]) > 4:
                    return True  # 'League. Scott joked': the word before ends a sentence
                if prev is None or not (prev[1][:1].isupper() or prev[1].lower() in self.roles
                                        or prev[1].lower() in _DETERMINERS):
                    break
                j = prev[0]
                k += 1
            before = text[max(0, j - 3) : j].rstrip()
            if not before or before[-1] in ".!?,;:(\"\u201d'":
                return True
            prev = _word_before(text, j)
            # '..., noted NBC's Dante Chinni.': the one who spoke, the name ending the clause;
            # '..., but Mr. Obama learned': a clause's subject
            if prev is not None and prev[1] in _SAYING:
                # ... but 'McLenney said Clinton doesn't show ...': the subject of what was said
                return e >= len(text) or text[e] in ".,;:!?\n"
            return prev is not None and prev[1] in _CLAUSE_OPENERS
        return False

    def subject_before(self, pos: int, start: int) -> Person | None:
        """A person opening a sentence between ``start`` and ``pos``, nearest first: the likely speaker
        of a quotation set after it with no verb of saying."""
        for s, _, ent in self.preceding(pos, 12):
            if s < start:
                return None
            if isinstance(ent, Person) and self._is_subject(ent, pos):
                return ent
        return None

    def _people_before(self, pos: int, limit: int) -> list[Person]:
        """Distinct people mentioned before ``pos``, nearest first."""
        out: list[Person] = []
        seen: set[int] = set()
        for _, _, ent in self.preceding(pos, 80):
            if isinstance(ent, Person) and id(ent) not in seen:
                seen.add(id(ent))
                out.append(ent)
                if len(out) >= limit:
                    break
        return out

    def _nearest_org(self, pos: int, last: Entity | None, noun: str = "") -> Entity | None:
        """The organization a description or "it" points back to.

        'the agency' -> the nearest one whose name holds the noun (Environmental Protection Agency);
        else the organization that spoke last; else the nearest one named.
        """
        nearest: Entity | None = None
        for _, _, ent in self.preceding(pos, 80):
            if isinstance(ent, Organization):
                if noun and noun in ent.name.casefold().split():
                    return ent
                if nearest is None:
                    nearest = ent
        if noun and noun not in _GENERIC_ORG_NOUNS:
            return None  # 'the commission said' with no commission named: not the nearest ministry
        if isinstance(self.last_org, Organization):
            return self.last_org
        return nearest

    def _nearest_role(self, noun: str, pos: int, last: Entity | None) -> Entity | None:
        """'the senator' -> the nearest person titled so, in ``titles`` or printed before a mention
        ('Sen. Jake Garn', 'Finance Minister Piet Maas')."""
        forms = {noun, *(a for a, full in _ROLE_ABBREVIATIONS.items() if full == noun)}
        if isinstance(last, Person) and any(noun in t.casefold() for t in last.titles):
            return last
        text = self.article.text
        for s, _, ent in self.preceding(pos, 60):
            if not isinstance(ent, Person):
                continue
            if any(noun in t.casefold() for t in ent.titles):
                return ent
            before = {_norm(w) for w in _WORD.findall(text, max(0, s - 30), s)[-3:]}
            if before & forms:
                return ent
        return None
