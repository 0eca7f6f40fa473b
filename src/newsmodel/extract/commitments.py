"""Commitments: who pledged to do what, by when.

A commitment is a named actor's stated intention, pledge, plan, target or ongoing
undertaking: "the company will build", "the Senate plans to debate", "he vowed
to make them fair", "work is underway on a project to ...", "we are laying
cables". The stage reads body paragraphs sentence by sentence and looks for a
*cue* (:data:`_CUE`). A cue only makes a commitment when

* the verb it governs is something an actor does, not an outcome or a state
  ("profit will rise", "this will help", "we will face" are forecasts;
  lexicon ``commitment_outcome_verbs``);
* its subject resolves to a person or organization of the article: a name, a
  pronoun ("it", "he"; "we" and "I" through the speaker of the quote they sit
  in), or a description ("the company") pointing back at a named organization;
* it is not conditional ("if ..., we will"), nobody else's prediction
  ("analysts expect", "Schumer estimated the state would"), not an obligation
  ("will have to"), and not dropped or past ("had planned to", "scrapped plans to").

"would" is the reported form of "will" and counts only in reported speech.
The text of a commitment runs from its subject to the end of its clause, so it
holds the deadline wording when there is one (read by
:mod:`newsmodel.extract.dates`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from newsmodel.extract.dates import deadline_may_start, find_deadline
from newsmodel.lexicons import lexicon
from newsmodel.model import Article, Commitment, Organization, Paragraph, Person, Quote, Span
from newsmodel.text import collapse, flatten, split_sentences

__all__ = ["find_commitments"]

Actor = Person | Organization

# --- cues -------------------------------------------------------------------------------------------

# The cue wording, one named alternative per kind:
_CUE = re.compile(
    # 'will', "won't", 'would not', "we'll", 'shall'
    r"(?P<modal>\b(?:won['’]t|wouldn['’]t|shan['’]t|will|shall|would)\b|(?<=\w)['’]ll\b)"
    # 'is set to', 'are going to', 'is working to', 'is determined to', 'are planning to'
    r"|\b(?P<beto>(?:is|are|am|was|were)\s+(?:(?:also|now|still|already)\s+)?"
    r"(?:set|going|working|planning|preparing|aiming|seeking|determined|committed|intending)\s+(?:not\s+)?to)\s+(?=[a-z])"
    # 'Sony is to cut 500 jobs' (the British 'be to' of plans)
    r"|\b(?P<isto>(?:is|are)\s+to)\s+(?=[a-z])"
    # 'plans to', 'pledged not to', 'vowed to', 'aims to', 'intends to', 'agreed to', 'continues to',
    # 'committed itself to', 'agreed in principle to', 'undertook to', 'seeks to'
    r"|\b(?P<verbto>(?:plan(?:s|ned|ning)?|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)"
    r"|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|agree(?:s|d|ing)?|continu(?:e|es|ed|ing)|decides|resolved"
    r"|undert(?:ook|akes|aken)|seek(?:s|ing)?|commit(?:s|ted|ting)?(?:\s+(?:itself|themselves|himself|herself"
    r"|ourselves|myself))?)\s+(?:[a-z]+ly\s+|in\s+principle\s+|again\s+)?(?:not\s+|never\s+)?to)\s+(?=[a-z])"
    # nouns of a plan: 'its plans to', 'reiterated commitment to', 'a letter of intent to', 'a pledge to'
    r"|\b(?P<nounto>(?:commitment|pledge|promise|intention|letter\s+of\s+intent|agreement|target|goal)"
    r"\s+(?:not\s+)?to)\s+(?=[a-z])"
    # 'work is underway on', 'work has begun on'
    r"|\b(?P<underway>[Ww]ork\s+(?:is|was|has\s+begun|has\s+started)\s+(?:(?:now|already|also)\s+)?"
    r"(?:underway|under\s+way|in\s+progress|ongoing)\s+on)\b"
    # 'we are laying', "we're building", 'the company is developing' (verb checked against a lexicon)
    r"|(?P<prog>\b(?:am|are|is)|(?<=\w)['’](?:re|m))\s+(?:(?:now|currently|also|already|still)\s+)?"
    r"(?=[a-z]+ing\b)"
    # 'adopted a digital development strategy until 2030' (a strategy with a horizon)
    r"|\b(?P<adopt>(?:adopted|approved|launched|unveiled|endorsed|announced)\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:strategy|plan|programme|program|roadmap|agenda|concept|target)\s+"
    r"(?:until|through|to|till|for|up\s+to)\s+(?:the\s+year\s+)?(?:19|20)\d\d)\b"
)
# Cue heads that may be nouns of a plan, owned by a possessor or a verb's subject: 'its plans to'.
_NOUN_HEADS = frozenset(
    {"plan", "plans", "pledge", "pledges", "promise", "promises", "aim", "aims", "commitment", "intention", "letter",
     "agreement", "target", "goal"}
)
# 'be' before a participle cue, making it passive: 'was intended to', 'is planned to'.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
# A past form of a plan verb: 'intended', 'planned', 'undertook'.
_PAST_CUE = re.compile(r"[a-z]+ed\b|undertook\b")

# Finding cues fast: scanning every position with :data:`_CUE` costs more than the whole stage may,
# so candidates are found with plain substring search on words every cue holds, and :data:`_CUE` is
# then matched only where one may start.
_MODAL_WORDS = ("will", "would", "won't", "won’t", "shall", "shan't", "shan’t", "'ll", "’ll")
# The first words of the cues that end in 'to': 'plans to', 'is set to', 'letter of intent to'.
_TO_HEADS = frozenset(
    {
        "plan", "plans", "planned", "planning", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed",
        "vowing", "promise", "promises", "promised", "promising", "aim", "aims", "aimed", "aiming", "intend",
        "intends", "intended", "intending", "agree", "agrees", "agreed", "agreeing", "continue", "continues",
        "continued", "continuing", "decides", "resolved", "undertook", "undertakes", "undertaken", "seek", "seeks",
        "seeking", "commit", "commits", "committed", "committing", "is", "are", "am", "was", "were", "commitment",
        "intention", "letter", "agreement", "target", "goal",
    }
)  # fmt: skip
# Nouns of an aim whose content follows 'is to': 'our goal is to ...'.
_AIM_NOUNS = frozenset({"aim", "goal", "target", "plan", "objective", "intention", "ambition", "mission", "priority"})
_BE_PRESENT = frozenset({"is", "are", "am"})
_PROGRESSIVE_ADVERBS = frozenset({"now", "currently", "also", "already", "still"})
_CONTRACTED_BE = ("'re", "’re", "'m", "’m")  # not "'s": "Forsythe's opening comments"
_UNDERWAY_WORDS = ("underway", "under way", "in progress", "ongoing")
_PLAN_NOUNS = ("strategy", "plan", "programme", "program", "roadmap", "agenda", "concept", "target")
_ADOPT_VERBS = frozenset({"adopted", "approved", "launched", "unveiled", "endorsed", "announced"})
# The horizon after a plan noun: ' until 2030', ' through the year 2020'.
_HORIZON = re.compile(r"\s+(?:until|through|to|till|for|up\s+to)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b")
_PLANNER_CUES = frozenset({"verbto", "beto"})

# The run of adverbs (and a negation) between a cue and its verb: ' not also', ' reportedly', ' never'.
_ADVERBS = re.compile(
    r"(?:\s+(?:not|never|no\s+longer|also|still|now|soon|then|first|again|jointly|only|further|just|[a-z]+ly)\b){0,4}"
)
# The word a cue governs: 'build' in 'will build', 'be' in 'will be working'.
_VERB = re.compile(r"\s*(?P<verb>[a-z]+)\b")
# 'to' and the verb after an aspect verb: ' to see' in 'will begin to see'.
_TO_VERB = re.compile(r"\s+to\s+(?P<verb>[a-z]+)\b")
_ASPECT_VERBS = frozenset({"begin", "start", "continue", "try", "seek"})
# A progressive after 'be': 'working' in 'will be working'.
_ING = re.compile(r"\s+(?P<ing>[a-z]+ing)\b")
# Function words that cannot be the verb of a modal: 'the will of the people', 'as it will'.
_NOT_VERBS = frozenset(
    {
        "a", "an", "the", "of", "to", "and", "or", "but", "in", "on", "at", "for", "by", "with", "from", "as", "that",
        "this", "these", "those", "it", "its", "there", "than", "so", "not", "no", "her", "his", "their", "our", "my",
        "your", "him", "them", "us", "me", "you", "we", "they", "be",
    }
)  # fmt: skip

# --- context ----------------------------------------------------------------------------------------

# Words of a tokenised stretch, for scanning back to a subject: 'U.S.', "company's", ',', '"'.
_TOKEN = re.compile(r"[A-Za-z0-9][\w.'’&-]*|[,;:\"“”()]")
# Reporting that makes a 'would' a reported 'will': 'said it would', 'would also participate, Israel Radio said'.
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|announced|announces|indicated|indicates|confirmed"
    r"|reportedly|according\s+to|reported|reports|insisted|pledged|vowed|promised|noted|explained|disclosed"
    r"|revealed|warned|agreed|decided|statement|quoted)\b"
)
# A condition on the pledge: 'if approved, the plant will', 'we will cut prices if demand falls'.
_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Pp]rovided\s+that|[Aa]s\s+long\s+as|[Ii]n\s+case)\b")
# 'if' meaning 'whether' after these verbs is no condition: 'will decide if'.
_WHETHER_VERBS = frozenset({"decide", "decides", "see", "ask", "asks", "know", "determine", "consider", "check"})
# Other people's forecasts about the actor, the forecasters being the subject: 'analysts expect the bank
# will cut rates', 'economists said the government would' (not 'Bronfman told analysts ...').
_FORECASTERS = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Oo]bservers|[Ee]xperts|[Tt]raders|[Dd]ealers|[Ss]trategists|[Pp]undits"
    r"|[Cc]ritics)(?:\s+[\w,-]+){0,3}?\s+(?:said|say|says|told|expect\w*|predict\w*|forecast\w*|estimate\w*"
    r"|believe\w*|think|thought|reckon\w*|see|saw|suggest\w*)\b"
)
# Where a commitment's clause ends, searched after the cue: '; ', ' but ', ', which', ', Senator X told',
# ', according to', ' (Reporting by'.
_CLAUSE_END = re.compile(
    r";|\s--?\s|\s+but\s|,\s+(?:while|whereas|although|though|which|who|as)\b"
    r"|,(?:''|[\"”’])?\s+(?:[\w.'’&-]+\s+){0,6}?(?:said|says|told|added|adds|stated|announced|noted|explained|insisted"
    r"|reported|reports|wrote|quoted|cited|according\s+to|officials|sources)\b"
    r"|,\s+and\s+(?=(?:the|a|an|its|his|her|their|it|he|she|they|we|I|analysts|[A-Z][a-z]+\s+[a-z]+ed)\b)"
    # ' and GM said it would', ' and he will': a second clause with a subject of its own
    r"|\s+and\s+(?=(?:he|she|they|it|we|I)\s+(?:said|says|will|would|also|plans?)\b"
    r"|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s+(?:said|says|will|would|plans?|also|agreed|pledged)\b)"
    r"|\s\((?:Reporting|Writing|Editing|Additional)"
)
# When a past plan was made or done: 'agreed to pay $5 million last year', 'planned to ... two years ago'.
_PAST_TIME = re.compile(r"\b(?:last\s+(?:year|month|week)|ago|earlier\s+this\s+(?:year|month|week))\b")
# A year named as when something happened: 'in 2003', 'during 1998'.
_PAST_YEAR = re.compile(r"\b(?:in|during|since)\s+((?:19|20)\d\d)\b")
# What a clause's text does not end with, and the marks that close a quotation.
_TRAILING = ".,;:!?\"“”'’"
_QUOTE_CHARS = ("\"", "“", "”", "''")

_FIRST_PERSON = frozenset({"we", "i", "our", "my", "us", "me"})
_FIRST_PLURAL = frozenset({"we", "our", "us"})
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
_IMPERSONAL = frozenset({"it", "its", "they", "their", "them"})
_SUBJECT_PRONOUNS = frozenset({"we", "i", "he", "she", "it", "they"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# A stock ticker printed after a company name: 'WMG.N', 'BA.N'.
_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}")
# An adverb between a subject and its cue: 'reportedly', 'informally'.
_ADVERB = re.compile(r"[a-z]+ly")
# Words skipped between a subject and its cue: 'he reportedly would', 'it has also agreed'.
_SKIP = frozenset(
    {
        "also", "still", "now", "soon", "then", "already", "jointly", "first", "again", "only", "further",
        "not", "never", "has", "have", "had", "is", "are", "was", "were", "am", "do", "does", "did"
    }
)
_PREPOSITIONS = frozenset(
    {
        "by", "to", "for", "with", "from", "in", "on", "at", "against", "than", "about", "under", "over",
        "after", "before", "into", "between", "among", "like"
    }
)
_WH_WORDS = frozenset({"when", "whether", "how", "why", "what", "where", "which", "who", "whom"})
# The wh-words that make a question of what follows ('which' and 'who' open relative clauses instead).
_QUESTION_WORDS = _WH_WORDS - {"which", "who"}
_NO_PLAN = frozenset({"don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t"})
# Descriptions that may stand for any named organization: 'the company said it will'.
_GENERIC_NOUNS = frozenset({"company", "firm", "group", "corporation", "conglomerate"})
# People who act for an organization named just before them: 'G20 leaders', 'Ford's executives'.
_MEMBER_NOUNS = frozenset(
    {
        "leaders", "officials", "ministers", "members", "executives", "negotiators", "lawmakers", "management",
        "directors", "spokesman", "spokeswoman", "spokesperson", "delegates", "representatives"
    }
)
_DETERMINERS = frozenset({"the", "this", "that"})
_CLAUSE_OPENERS = frozenset({"that", '"', "“", "”", ":", ";"})


class _Lexicons:
    """The word lists, each looked up at call time (so user extensions apply) and only when a rule needs it."""

    __slots__ = ("_cache",)

    def __init__(self) -> None:
        self._cache: dict[str, frozenset[str]] = {}

    def _get(self, name: str) -> frozenset[str]:
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = lexicon(name)
        return found

    @property
    def outcome(self) -> frozenset[str]:
        return self._get("commitment_outcome_verbs")

    @property
    def actor_nouns(self) -> frozenset[str]:
        return self._get("commitment_actor_nouns")

    @property
    def progressive(self) -> frozenset[str]:
        return self._get("commitment_progressive_verbs")

    @property
    def prediction(self) -> frozenset[str]:
        return self._get("commitment_prediction_verbs")

    @property
    def frame(self) -> frozenset[str]:
        return self._get("commitment_frame_verbs")

    @property
    def cancel(self) -> frozenset[str]:
        return self._get("commitment_cancel_verbs")

    @property
    def titles(self) -> frozenset[str]:
        return _union(self._get("titles"), self._get("title_modifiers"))


@functools.lru_cache(maxsize=8)
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Two lists as one, cached on the lists themselves (a user extension makes new ones)."""
    return a | b


def _lexicons() -> _Lexicons:
    """The word lists for one article."""
    return _Lexicons()


# How far the rules look around a cue, in characters: a clause or a subject longer than this is no
# clause of wire copy, and the bound keeps the stage linear on hostile input.
_WINDOW = 400
# How many entries the look-ups walk back through before giving up.
_WALK = 256


class _Context:
    """What the rules consult about one article: its flat text, entity mentions, quotes and quotation marks,
    indexed for look-ups by position when first needed."""

    def __init__(self, article: Article, flat: str, lex: _Lexicons) -> None:
        self.article = article
        self.flat = flat
        self.lex = lex
        self._mentions: list[tuple[int, int, Actor]] | None = None
        self._starts: list[int] = []
        parts = [(p.start, p.end, q) for q in article.quotes for p in (q.parts or (q.span,))]
        self.parts = sorted(parts, key=lambda x: x[0])
        self.part_starts = [x[0] for x in self.parts]
        # the furthest end of the parts up to each one: a walk back stops where no earlier part reaches
        self.part_reach: list[int] = []
        reach = -1
        for _, end, _ in self.parts:
            reach = max(reach, end)
            self.part_reach.append(reach)
        speakers = [(q.speaker_span.start, q.speaker_span.end, q) for q in article.quotes if q.speaker_span]
        self.speakers = sorted(speakers, key=lambda x: x[0])
        self.speaker_starts = [x[0] for x in self.speakers]
        self.described: dict[str, tuple[list[int], list[Organization | None]]] = {}

    @property
    def mentions(self) -> list[tuple[int, int, Actor]]:
        if self._mentions is None:
            self._mentions = _mentions(self.article, self.flat)
            self._starts = [m[0] for m in self._mentions]
        return self._mentions

    @property
    def starts(self) -> list[int]:
        if self._mentions is None:
            _ = self.mentions
        return self._starts

    def mention_at(self, pos: int) -> tuple[int, int, Actor] | None:
        """The mention covering character ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] > pos - 300:
            start, end, _ = self.mentions[i]
            if start <= pos < end:
                return self.mentions[i]
            i -= 1
        return None

    def last_before(self, pos: int, kind: type, floor: int = 0) -> Actor | None:
        """The last entity of ``kind`` mentioned before ``pos`` (and after ``floor``)."""
        top = bisect.bisect_left(self.starts, pos) - 1
        for i in range(top, max(-1, top - _WALK), -1):
            start, end, actor = self.mentions[i]
            if start < floor:
                return None
            if end <= pos and isinstance(actor, kind):
                return actor
        return None

    def first_after(self, pos: int, end: int, kind: type) -> Actor | None:
        """The first entity of ``kind`` mentioned in ``[pos, end)``."""
        first = bisect.bisect_left(self.starts, pos)
        for i in range(first, min(len(self.mentions), first + _WALK)):
            if self.mentions[i][0] >= end:
                return None
            if isinstance(self.mentions[i][2], kind):
                return self.mentions[i][2]
        return None

    def quote_at(self, pos: int) -> Quote | None:
        """The quote whose words cover ``pos``, the narrowest when quotes nest."""
        best: Quote | None = None
        top = bisect.bisect_right(self.part_starts, pos) - 1
        for i in range(top, max(-1, top - _WALK), -1):
            if self.part_reach[i] <= pos:
                break  # no part from here back reaches ``pos``
            start, end, q = self.parts[i]
            if start <= pos < end and (best is None or len(q.text) < len(best.text)):
                best = q
        return best

    def speaker_at(self, pos: int) -> Actor | None:
        """The speaker of a quote whose speaker wording sits at ``pos`` ('he' in 'he said that ...')."""
        i = bisect.bisect_right(self.speaker_starts, pos) - 1
        if i >= 0 and self.speakers[i][0] <= pos < self.speakers[i][1]:
            return self.speakers[i][2].speaker
        return None

    def inside_marks(self, para_start: int, pos: int) -> bool:
        """Whether ``pos`` sits between quotation marks of its paragraph (looking back a bounded stretch)."""
        lo = max(para_start, pos - 8 * _WINDOW)
        flat = self.flat
        last_open = max(flat.rfind("“", lo, pos), flat.rfind("``", lo, pos))
        last_close = max(flat.rfind("”", lo, pos), flat.rfind("''", lo, pos))
        if last_open != -1 or last_close != -1:
            return last_open > last_close
        return flat.count('"', lo, pos) % 2 == 1

    def described_before(self, noun: str, pos: int) -> Organization | None:
        """The organization 'the <noun>' before ``pos`` points back at (see :func:`_resolve_description`)."""
        if noun not in self.described:
            starts: list[int] = []
            best: list[Organization | None] = []
            counts: dict[int, int] = {}
            leader: Organization | None = None
            for start, _, actor in self.mentions:
                if not isinstance(actor, Organization):
                    continue
                if noun not in _GENERIC_NOUNS and noun not in " ".join((actor.name, *actor.aliases)).lower().split():
                    continue
                key = id(actor)
                counts[key] = counts.get(key, 0) + 1
                if leader is None or counts[key] >= counts[id(leader)]:
                    leader = actor  # the most named so far, the latest on a tie
                starts.append(start)
                best.append(leader)
            self.described[noun] = (starts, best)
        starts, best = self.described[noun]
        i = bisect.bisect_left(starts, pos) - 1
        return best[i] if i >= 0 else None


# A run of letters and digits, where a name may start: 'Acme' in 'Acme Corp', '3M'.
_ALNUM_RUN = re.compile(r"[^\W_]+")
# Above this many characters scanned (forms x text length), names are found from one pass over the text's
# words instead of one search per name: a long text naming thousands of people stays linear.
_SCAN_BUDGET = 1 << 21


def _self_overlapping(form: str) -> bool:
    """Whether two printings of ``form`` can overlap ('A. A.' in 'A. A. A.'): it begins as it ends."""
    return any(form.startswith(form[i:]) for i in range(1, len(form)))


def _occurrences(flat: str, form: str) -> Iterator[int]:
    """Where ``form`` is printed as a whole word or phrase, searched one printing after another."""
    pos = flat.find(form)
    while pos != -1:
        end = pos + len(form)
        if (pos == 0 or not flat[pos - 1].isalnum()) and (end >= len(flat) or not flat[end].isalnum()):
            yield pos
        pos = flat.find(form, end)


def _mentions(article: Article, flat: str) -> list[tuple[int, int, Actor]]:
    """Every mention of a person or organization: the entity stage's spans and every place its names occur."""
    out: list[tuple[int, int, int, Actor]] = []
    entities: list[Actor] = [*article.people, *article.organizations]
    by_entity: list[tuple[int, Actor, list[str]]] = []
    scanned = 0
    for k, entity in enumerate(entities):
        out.extend((s.start, s.end, k, entity) for s in entity.mentions)
        forms = {entity.name, *entity.aliases}
        if isinstance(entity, Organization) and entity.acronym:
            forms.add(entity.acronym)
        forms.discard("")
        by_entity.append((k, entity, list(forms)))
        scanned += len(forms) * len(flat)
    if scanned <= _SCAN_BUDGET:
        n = len(flat)
        for k, entity, printed in by_entity:
            for form in printed:
                pos = flat.find(form)
                while pos != -1:
                    end = pos + len(form)
                    if (pos == 0 or not flat[pos - 1].isalnum()) and (end >= n or not flat[end].isalnum()):
                        out.append((pos, end, k, entity))
                    pos = flat.find(form, end)
    else:
        # a name printed as a whole word starts where a run of letters starts and that run is the name's
        # first word, so the text's runs are looked up once; names starting with a mark or able to overlap
        # themselves are searched for as above (identical results, only found faster)
        heads: dict[str, list[tuple[str, int, Actor]]] = {}
        for k, entity, printed in by_entity:
            for form in printed:
                head = _ALNUM_RUN.match(form)
                if head is None or _self_overlapping(form):
                    out.extend((pos, pos + len(form), k, entity) for pos in _occurrences(flat, form))
                else:
                    heads.setdefault(head.group(), []).append((form, k, entity))
        n = len(flat)
        for run in _ALNUM_RUN.finditer(flat):
            for form, k, entity in heads.get(run.group(), ()):
                pos = run.start()
                end = pos + len(form)
                if flat.startswith(form, pos) and (end >= n or not flat[end].isalnum()):
                    out.append((pos, end, k, entity))
    out.sort(key=lambda m: (m[0], -m[1], m[2]))
    kept: list[tuple[int, int, Actor]] = []
    for start, end, _, actor in out:  # drop repeats and mentions nested in a longer one: 'Senate' inside 'U.S. Senate'
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, actor))
    return kept


def _organization_of(ctx: _Context, person: Person) -> Organization | None:
    """The organization a person is tied to ('ANAS Vice President X'), when the story names it."""
    for name in person.affiliations:
        for org in ctx.article.organizations:
            if name in (org.name, org.acronym) or name in org.aliases:
                return org
    return None


# --- actors -----------------------------------------------------------------------------------------


def _resolve_pronoun(
    ctx: _Context, word: str, pos: int, para: Paragraph, sent_start: int, *, planner: bool = False
) -> Actor | None:
    """The person or organization a pronoun at ``pos`` stands for.

    ``planner`` is set for cues only an actor can take ('plans to', 'pledged to'): 'It also plans to
    ...' then points back at the organization the story is about, while 'It will ...' may be a thing.
    """
    w = word.lower()
    quote = ctx.quote_at(pos)
    if w in _FIRST_PERSON:
        speaker = quote.speaker if quote is not None else None
        if speaker is None and ctx.inside_marks(para.span.start, pos):
            # '"We are laying cables," he said.': the attribution follows or came before
            speaker = ctx.first_after(pos, para.span.end, Person) or ctx.last_before(pos, Person)
        if isinstance(speaker, Person) and w in _FIRST_PLURAL:
            return _organization_of(ctx, speaker) or speaker
        return speaker
    at = ctx.speaker_at(pos)
    if w in _PERSONAL:
        if at is not None:
            return at
        if quote is not None and quote.kind != "direct" and isinstance(quote.speaker, Person):
            return quote.speaker
        return ctx.last_before(pos, Person)
    if w in _IMPERSONAL:
        if isinstance(at, Organization):
            return at
        reporter = _reporting_organization(ctx, pos, sent_start)
        if reporter is not None:
            return reporter  # 'Newmont has indicated it would', even inside another's report
        if quote is not None and quote.kind != "direct" and isinstance(quote.speaker, Organization):
            return quote.speaker
        if planner and w in ("it", "its"):
            return _resolve_description(ctx, "company", pos)
        return None
    return None


def _reporting_organization(ctx: _Context, pos: int, sent_start: int) -> Organization | None:
    """The organization that reports about itself: 'The MPAA said in a statement that it would ...',
    'Newmont has informally indicated it would ...'; None when the nearest reporter is not one."""
    reports = list(_REPORTED.finditer(ctx.flat, max(sent_start, pos - _WINDOW), pos))
    if not reports:
        return None
    last = reports[-1]
    i = bisect.bisect_left(ctx.starts, last.start()) - 1
    while i >= 0 and ctx.mentions[i][0] >= sent_start:
        _, end, actor = ctx.mentions[i]
        if end <= last.start():
            return actor if isinstance(actor, Organization) else None
        i -= 1
    return None


def _resolve_description(ctx: _Context, noun: str, pos: int) -> Actor | None:
    """The organization a description at ``pos`` points back at: 'the bank' a named bank ('Deutsche Bank');
    'the company' / 'the group' the organization the story has named most so far (its subject)."""
    quote = ctx.quote_at(pos)
    speaker = quote.speaker if quote is not None else None
    if isinstance(speaker, Organization) and (noun in _GENERIC_NOUNS or noun in speaker.name.lower()):
        return speaker
    return ctx.described_before(noun, pos)


@attrs.frozen
class _Subject:
    """An actor found for a cue; ``start`` is where the commitment's text begins, ``name`` the span of
    the wording that names the actor ('we', 'the company', 'Acme Corp'), when there is one."""

    actor: Actor
    start: int
    name: tuple[int, int] | None = None


def _tokens(ctx: _Context, start: int, end: int, reach: int = 200) -> list[re.Match[str]]:
    """The words and marks of ``flat[start:end]``, at most ``reach`` characters back from ``end``."""
    return list(_TOKEN.finditer(ctx.flat, max(start, end - reach), end))


def _clause_start(tokens: list[re.Match[str]], sent_start: int) -> int:
    """Where the clause holding the last token starts: after 'that', a quotation mark or ';'."""
    for tok in reversed(tokens):
        if tok.group().lower() in _CLAUSE_OPENERS:
            return tok.end()
    return sent_start


def _subject_before(
    ctx: _Context, pos: int, sent_start: int, para: Paragraph, *, depth: int = 0, planner: bool = False
) -> _Subject | None:
    """The actor of the subject that ends just before ``pos`` ('The U.S. Senate' / 'it' / 'the company')."""
    tokens = _tokens(ctx, sent_start, pos)
    i = len(tokens) - 1
    while i >= 0 and (tokens[i].group().lower() in _SKIP or _ADVERB.fullmatch(tokens[i].group())):
        i -= 1
    # a ticker after a name: 'Warner Music Group Corp WMG.N plans', 'Humana ( HUM.N ) will'
    if i >= 0 and tokens[i].group() == ")":
        while i >= 0 and tokens[i].group() != "(":
            i -= 1
        i -= 1
    elif i >= 0 and _TICKER.fullmatch(tokens[i].group()):
        i -= 1
    if i < 0:
        return None
    tok = tokens[i]
    word = tok.group()
    low = word.lower()
    if low in _SUBJECT_PRONOUNS or low in ("us", "them"):
        actor = _resolve_pronoun(ctx, word, tok.start(), para, sent_start, planner=planner)
        return _Subject(actor, tok.start(), (tok.start(), tok.end())) if actor is not None else None
    mention = ctx.mention_at(tok.end() - 1)
    if mention is not None:
        prev = tokens[_first_token_at(tokens, i, mention[0]) - 1].group().lower() if i > 0 else ""
        if prev in _PREPOSITIONS:
            return None  # 'a unit controlled by Li Ka-shing agreed to': the name is not the subject
        name = (mention[0], mention[1])
        return _Subject(mention[2], _noun_phrase_start(ctx, tokens, i, mention[0]), name)
    if low in _MEMBER_NOUNS and i > 0:
        # 'G20 leaders pledged to', 'Ford officials said they would': the body they speak for
        k = i - 1
        while k > 0 and tokens[k].group().islower() and tokens[k].group() not in _PREPOSITIONS and i - k < 3:
            k -= 1
        owner = ctx.mention_at(tokens[k].end() - 1 - (2 if tokens[k].group().endswith(("'s", "’s")) else 0))
        if owner is not None and isinstance(owner[2], Organization):
            name = (owner[0], tok.end())
            return _Subject(owner[2], _noun_phrase_start(ctx, tokens, k, owner[0]), name)
        return None
    if low in ctx.lex.actor_nouns:
        for j in range(i - 1, max(-1, i - 6), -1):
            if tokens[j].group().lower() in _DETERMINERS:
                if any(t.group()[:1].isupper() for t in tokens[j + 1 : i]):
                    return None  # 'the U.S. government': a name of its own, not a pointer back
                actor = _resolve_description(ctx, low, tok.start())
                name = (tokens[j].start(), tok.end())
                return _Subject(actor, tokens[j].start(), name) if actor is not None else None
        return None
    if low in ("and", "but", ",") and depth == 0:
        # an elided subject: 'Paterson warned ... but vowed to', 'ANAS established ..., and continues to'
        # the clause after 'that' first, then the whole sentence: 'Paterson warned that cuts cannot be
        # avoided but vowed to'
        floor = max(sent_start, pos - _WINDOW)
        for start in dict.fromkeys((_clause_start(tokens[:i], sent_start), floor)):
            for t in _TOKEN.finditer(ctx.flat, max(start, floor), tok.start()):
                tl = t.group().lower()
                if tl in _SUBJECT_PRONOUNS:
                    actor = _resolve_pronoun(ctx, t.group(), t.start(), para, sent_start)
                    return _Subject(actor, tok.end()) if actor is not None else None
                found = ctx.mention_at(t.start())
                if found is not None:
                    return _Subject(found[2], tok.end())
    return None


def _first_token_at(tokens: list[re.Match[str]], i: int, start: int) -> int:
    """The index of the first token of the mention that ends with token ``i``."""
    while i > 0 and tokens[i - 1].start() >= start:
        i -= 1
    return i


def _noun_phrase_start(ctx: _Context, tokens: list[re.Match[str]], i: int, start: int) -> int:
    """Where a subject named at ``start`` begins with its titles: 'U.S. Middle East peace envoy Dennis Ross'
    from 'envoy', 'The U.S. Senate', 'former Prime Minister X' (capitalised words and title words)."""
    j = i
    while j >= 0 and tokens[j].start() >= start:
        j -= 1
    best = start
    for k in range(j, max(-1, j - 8), -1):
        word = tokens[k].group()
        if not (word[:1].isupper() or word.lower() in ctx.lex.titles or word in ("the", "of")):
            break
        best = tokens[k].start()
    while best < start and ctx.flat[best : best + 3] == "of ":
        best += 3  # never start on a bare 'of'
    return best


def _owner_before(ctx: _Context, pos: int, sent_start: int, para: Paragraph) -> _Subject | None:
    """The actor of a plan noun: its possessor ('his company's plans') or the subject of its verb
    ('Netanyahu reiterated commitment', 'Foote signed a letter of intent')."""
    tokens = _tokens(ctx, sent_start, pos)
    for j in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1):
        tok = tokens[j]
        word = tok.group()
        low = word.lower()
        if low in _POSSESSIVES:  # 'its plans to': only an actor has plans, so 'its' points at one
            actor = _resolve_pronoun(ctx, word, tok.start(), para, sent_start, planner=True)
            return _Subject(actor, tok.start(), (tok.start(), tok.end())) if actor is not None else None
        if low.endswith(("'s", "’s")):
            owner_end = tok.end() - 2
            mention = ctx.mention_at(owner_end - 1)
            if mention is not None:
                return _Subject(mention[2], mention[0], (mention[0], mention[1]))
            if low[:-2] in ctx.lex.actor_nouns and j > 0:
                before = tokens[j - 1].group()
                if before.lower() in _POSSESSIVES:
                    # 'his company's plans': the speaker's organization, else the speaker
                    owner = _resolve_pronoun(ctx, before, tokens[j - 1].start(), para, sent_start)
                    if isinstance(owner, Person):
                        owner = _organization_of(ctx, owner) or ctx.last_before(tok.start(), Organization) or owner
                    name = (tokens[j - 1].start(), owner_end)
                    return _Subject(owner, tokens[j - 1].start(), name) if owner is not None else None
                actor = _resolve_description(ctx, low[:-2], tok.start())
                name = (tokens[j - 1].start(), owner_end)
                return _Subject(actor, tokens[j - 1].start(), name) if actor is not None else None
            return None
        if low in ctx.lex.cancel:
            return None
        if low in ctx.lex.frame:
            found = _subject_before(ctx, tok.start(), sent_start, para)
            return _Subject(found.actor, tok.start(), found.name) if found is not None else None
        if not (word.islower() or low in ("a", "an", "the")):
            return None
    return None


def _aim_owner(ctx: _Context, pos: int, sent_start: int, para: Paragraph) -> _Subject | None:
    """The owner of an aim stated with 'is to': 'Our goal is to double sales', "Acme's plan is to list"."""
    tokens = _tokens(ctx, sent_start, pos, 80)
    if not tokens or tokens[-1].group().lower() not in _AIM_NOUNS:
        return None
    found = _owner_before(ctx, tokens[-1].start(), sent_start, para)
    return _Subject(found.actor, found.start, found.name) if found is not None else None


def _reporter_before(ctx: _Context, pos: int, sent_start: int, para: Paragraph) -> Actor | None:
    """The speaker of the report a subjectless cue sits in ('he added that work is underway on ...')."""
    quote = ctx.quote_at(pos)
    if quote is not None and quote.speaker is not None:
        return quote.speaker
    tokens = _tokens(ctx, sent_start, pos)
    for j in range(len(tokens) - 1, -1, -1):
        if tokens[j].group().lower() == "that":
            k = j - 1
            while k >= 0 and tokens[k].group().islower() and tokens[k].group().lower() not in _SUBJECT_PRONOUNS:
                k -= 1
            if k >= 0:
                found = _subject_before(ctx, tokens[k].end(), sent_start, para, depth=1)
                return found.actor if found is not None else None
            return None
    return None


# --- one cue ----------------------------------------------------------------------------------------


@attrs.frozen
class _Cue:
    kind: str
    start: int
    end: int
    verb_start: int
    negated: bool
    scan_from: int = -1


def _read_cue(ctx: _Context, m: re.Match[str], sent_end: int) -> _Cue | None:
    """The cue's kind and where its verb starts, or None when what follows is no undertaking."""
    kind = m.lastgroup or ""
    flat = ctx.flat
    lex = ctx.lex
    cue_text = m.group().lower()
    negated = "n't" in cue_text or "n’t" in cue_text or " not " in f"{cue_text} " or "never" in cue_text
    if kind == "prog":
        verb = _VERB.match(flat, m.end(), sent_end)
        if verb is None or verb.group("verb") not in lex.progressive:
            return None
        return _Cue(kind, m.start(), verb.end(), verb.start("verb"), negated)
    if kind == "underway":
        return _Cue(kind, m.start(), m.end(), m.end(), negated)
    if kind == "adopt":  # the object of 'adopted' is what will be done
        return _Cue(kind, m.start(), m.end(), m.start() + m.group().index(" ") + 1, negated, m.end())
    adv = _ADVERBS.match(flat, m.end(), sent_end)
    adverbs = adv.group().split() if adv else []
    if not lex.outcome.isdisjoint(adverbs):
        return None  # 'will likely cut', 'would probably'
    negated = negated or "not" in adverbs or "never" in adverbs
    after = adv.end() if adv else m.end()
    verb = _VERB.match(flat, after, sent_end)
    if verb is None:
        return None
    word = verb.group("verb")
    if kind == "modal" and flat[m.end() : m.end() + 1] == "-":
        return None  # 'a would-be buyer'
    if word == "be" and kind == "modal":
        ing = _ING.match(flat, verb.end(), sent_end)
        if ing is None or ing.group("ing") not in lex.progressive:
            return None  # 'will be difficult', 'will be built', 'I would be looking for'
        word = ing.group("ing")
    elif word in lex.outcome or word in _NOT_VERBS:
        return None
    elif word in _ASPECT_VERBS:
        nxt = _TO_VERB.match(flat, verb.end(), sent_end)
        if nxt is not None and nxt.group("verb") in lex.outcome:
            return None  # 'we will begin to see growth', 'will continue to face'
    if cue_text.startswith("continued"):
        return None  # 'X continued to expand': a past stretch of narrative
    if kind == "verbto" and cue_text.startswith("continu") and word in ("to",):
        return None
    return _Cue(kind, m.start(), m.end(), verb.start("verb"), negated)


def _clause_end(ctx: _Context, cue: _Cue, sent_end: int, in_marks: bool) -> int:
    """Where the commitment's clause ends: before an attribution, 'but', ';' or the closing mark."""
    end = sent_end
    end = min(end, max(cue.verb_start, cue.scan_from) + _WINDOW)
    found = _CLAUSE_END.search(ctx.flat, max(cue.verb_start, cue.scan_from), end)
    if found is not None:
        end = found.start()
    if in_marks:
        for ch in _QUOTE_CHARS:
            close = ctx.flat.find(ch, cue.verb_start, end)
            if close != -1:
                end = close
    floor = max(cue.verb_start, cue.scan_from)
    while end > floor and (ctx.flat[end - 1].isspace() or ctx.flat[end - 1] in _TRAILING):
        end -= 1
    return end


def _blocked(ctx: _Context, cue: _Cue, sent_start: int, end: int) -> bool:
    """Conditions, forecasts by others and dropped plans that make a cue no commitment."""
    flat = ctx.flat
    before = flat[max(sent_start, cue.start - _WINDOW) : cue.start]
    if _CONDITION.search(before) or _FORECASTERS.search(before):
        return True
    cond = _CONDITION.search(flat, cue.verb_start, end)
    if cond is not None:
        prev = flat[max(cue.verb_start, cond.start() - 12) : cond.start()].split()
        if not prev or prev[-1].lower() not in _WHETHER_VERBS:
            return True
    words = [t.group().lower() for t in _tokens(ctx, sent_start, cue.start, 80)[-8:]]
    if words and words[-1] in ctx.lex.outcome:
        return True  # 'Apple probably would release them': a guess at what the actor will do
    if not _QUESTION_WORDS.isdisjoint(words):
        return True  # 'whether his message will appeal', 'on when the Fed would begin': questions
    if not ctx.lex.prediction.isdisjoint(words):
        return True
    if cue.kind == "verbto" and words and (words[-1] in _NO_PLAN or words[-1] in ("not", "never")
                                           or words[-2:] == ["no", "longer"]):
        # 'does not plan to', "didn't intend to", 'is not planning to', 'never intended to', 'no longer plans
        # to': no plan is no pledge (a pledge not to act, 'pledged not to', keeps its cue and is negated)
        return True
    if "had" in words[-2:] and cue.kind in ("verbto", "beto", "nounto"):
        return True  # 'had planned to', 'had been going to': a plan overtaken
    if cue.kind == "beto" and flat[cue.start : cue.start + 4] in ("was ", "were"):
        return True
    if cue.kind == "verbto" and _PAST_CUE.match(flat, cue.start) and _PAST_TIME.search(flat, cue.start, end):
        return True  # 'agreed to buy the mill last year': done, not pledged
    published = ctx.article.published
    if published is not None:
        for year in _PAST_YEAR.finditer(flat, cue.start, end):
            if int(year.group(1)) < published.year:
                return True  # 'agreed to buy 95 percent of FGIC in 2003': done, not pledged
    return not ctx.lex.cancel.isdisjoint(words[-4:])


def _third_party(ctx: _Context, actor: Actor, quote: Quote | None, subject_text: str) -> bool:
    """Whether a subject in a speaker's own words is someone other than the speaker and theirs: in a
    quotation a speaker pledges for themselves ('we', 'I') or their organization, not for others."""
    words = subject_text.split()
    if not words or words[0].lower().strip("\"“`'") in _FIRST_PERSON:
        return False
    speaker = quote.speaker if quote is not None else None
    if speaker is None:
        return True
    if actor is speaker:
        return False
    if isinstance(speaker, Person) and isinstance(actor, Organization):
        return _organization_of(ctx, speaker) is not actor and actor.name not in speaker.affiliations
    return True


def _commitment(
    ctx: _Context, m: re.Match[str], cue: _Cue, para: Paragraph, sent_start: int, sent_end: int, cid: str
) -> Commitment | None:
    """The commitment a read cue makes in its sentence, with id ``cid``, or None."""
    flat = ctx.flat
    quote = ctx.quote_at(cue.start)
    in_marks = (quote is not None and quote.kind == "direct") or ctx.inside_marks(para.span.start, cue.start)
    if cue.kind == "verbto" and _PAST_CUE.match(flat, cue.start):
        if _PASSIVE.search(flat, max(0, cue.start - 12), cue.start):
            return None  # 'it was intended to injure the police': a purpose, not a plan
        if in_marks:
            return None  # '"I never intended to offend anyone"': a speaker's own past, not a plan
    near_start, near_end = max(sent_start, cue.start - _WINDOW), min(sent_end, cue.end + _WINDOW)
    if cue.kind == "modal" and flat[cue.start : cue.start + 5].lower() == "would" and (
        in_marks or (quote is None and _REPORTED.search(flat, near_start, near_end) is None)
    ):
        # the reported 'will' counts in reported speech ('said it would', 'reportedly'); in a speaker's own
        # words 'would' is hypothetical ('"I would teach evolution"', '"I would say January"')
        return None
    if cue.kind == "underway":
        actor = _reporter_before(ctx, cue.start, sent_start, para)
        subject: _Subject | None = _Subject(actor, cue.start) if actor is not None else None
    else:  # the subject ends before the cue ('is set to': before 'is')
        subject = _subject_before(ctx, cue.start, sent_start, para, planner=cue.kind in _PLANNER_CUES)
        if subject is None and m.group().split()[0].lower() in _NOUN_HEADS:
            subject = _owner_before(ctx, cue.start, sent_start, para)
        elif subject is None and cue.kind == "isto":
            subject = _aim_owner(ctx, cue.start, sent_start, para)
    if subject is None:
        return None
    end = _clause_end(ctx, cue, sent_end, in_marks)
    if end <= max(cue.verb_start, cue.scan_from - 1) or _blocked(ctx, cue, sent_start, end):
        return None
    if in_marks and _third_party(ctx, subject.actor, quote, flat[subject.start : cue.start]):
        return None  # a speaker's words about someone else: '"Congress continue to ignore warnings," said X'
    before = _TOKEN.findall(flat, max(sent_start, subject.start - 40), subject.start)
    if before and before[-1].lower() in _WH_WORDS:
        return None  # 'speculation on when the Fed would begin': a question, not a pledge
    text = ctx.article.text
    start = subject.start if subject.start < cue.start and cue.start - subject.start < 160 else cue.start
    deadline = find_deadline(text, ctx.article.published, cue.start, end)
    front_end = min(start, sent_start + _WINDOW)
    if deadline is None and start - sent_start > 4 and deadline_may_start(flat, sent_start, front_end):
        # a deadline put first: 'By 2010, Acme plans to ...', '"Next year we will ...' (looked for within
        # the window before the subject, so a sentence without end costs no more per cue than a short one)
        fronted = find_deadline(text, ctx.article.published, sent_start, front_end)
        if fronted is not None and fronted.span is not None and fronted.span.start - sent_start <= 1:
            deadline, start = fronted, fronted.span.start
    name = subject.name
    return Commitment(
        text=collapse(text[start:end]),
        span=Span.of(text, start, end),
        id=cid,
        actor=subject.actor,
        actor_text=collapse(text[name[0] : name[1]]) if name else None,
        actor_span=Span.of(text, name[0], name[1]) if name else None,
        action=collapse(text[cue.verb_start : end]),
        cue=collapse(text[cue.start : cue.end]),
        cue_span=Span.of(text, cue.start, cue.end),
        negated=cue.negated,
        deadline=deadline,
        quote=quote,
    )


def _paragraphs(article: Article) -> Iterable[Paragraph]:
    return (p for p in article.body if p.kind == "paragraph")


def _find_all(flat: str, needle: str, start: int, end: int) -> Iterator[int]:
    pos = flat.find(needle, start, end)
    while pos != -1:
        yield pos
        pos = flat.find(needle, pos + 1, end)


def _words_before(flat: str, pos: int, count: int, floor: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of up to ``count`` space-separated words before ``pos``, nearest first."""
    out: list[tuple[int, int]] = []
    end = pos
    while len(out) < count:
        while end > floor and flat[end - 1] == " ":
            end -= 1
        if end <= floor:
            break
        start = max(flat.rfind(" ", floor, end) + 1, floor)
        out.append((start, end))
        end = start
    return out


def _word_end(flat: str, pos: int, end: int) -> int:
    stop = flat.find(" ", pos, end)
    return end if stop == -1 else stop


def _progressive_cue(flat: str, verb_start: int, floor: int, attempt: Callable[[int], object]) -> None:
    """Try the cue of a progressive verb at ``verb_start``: 'are' in 'we are (now) laying', "'re" in
    "we're building"."""
    for w_start, w_end in _words_before(flat, verb_start, 2, floor):
        word = flat[w_start:w_end].lower()
        if word in _BE_PRESENT:
            attempt(w_start)
        elif word.endswith(_CONTRACTED_BE):
            attempt(w_end - (3 if word.endswith(("re", "’re")) else 2))
        if word not in _PROGRESSIVE_ADVERBS:
            break


def _candidates(flat: str, start: int, end: int, progressive: frozenset[str]) -> list[re.Match[str]]:
    """Every cue in ``flat[start:end]``, in text order: :data:`_CUE` matched where its words are found."""
    found: dict[int, re.Match[str]] = {}

    def attempt(pos: int) -> re.Match[str] | None:
        if pos in found:
            return found[pos]
        m = _CUE.match(flat, pos, end)
        if m is not None:
            found[pos] = m
        return m

    for word in _MODAL_WORDS:  # 'will', "we'll"
        for pos in _find_all(flat, word, start, end):
            attempt(pos)
    for pos in _find_all(flat, " to ", start, end):  # 'plans to', 'is set to', 'a letter of intent to'
        if _TO_HEADS.isdisjoint(flat[max(start, pos - 60) : pos].lower().split()[-4:]):
            continue
        for w_start, w_end in reversed(_words_before(flat, pos, 4, max(start, pos - 60))):
            if flat[w_start:w_end].lower() in _TO_HEADS:
                m = attempt(w_start)
                if m is not None and m.end() > pos + 1:
                    break
    for pos in _find_all(flat, "ing", start, end):  # 'we are laying', "we're building", 'it is now developing'
        if flat[pos + 3 : pos + 4].isalpha():
            continue
        verb_start = max(flat.rfind(" ", start, pos) + 1, start)
        if flat[verb_start : pos + 3] in progressive:
            _progressive_cue(flat, verb_start, max(start, pos - 40), attempt)

    for word in _UNDERWAY_WORDS:  # 'work is underway on'
        for pos in _find_all(flat, word, start, end):
            head = flat.rfind("ork ", max(start, pos - 40), pos)
            if head > start:
                attempt(head - 1)
    # 'adopted a digital development strategy until 2030' (looked for only when a verb of adopting occurs)
    plan_nouns = _PLAN_NOUNS if any(flat.find(v, start, end) != -1 for v in _ADOPT_VERBS) else ()
    for noun in plan_nouns:
        for pos in _find_all(flat, noun, start, end):
            if _HORIZON.match(flat, pos + len(noun), end) is None:
                continue
            for w_start, w_end in _words_before(flat, pos, 7, max(start, pos - 120)):
                if flat[w_start:w_end] in _ADOPT_VERBS:
                    attempt(w_start)
                    break
    return [found[pos] for pos in sorted(found)]


def _is_question(flat: str, start: int, end: int) -> bool:
    """Whether ``flat[start:end]`` ends with '?' before closing quotes and brackets ('Why?"'), read from its
    end without copying the sentence."""
    while end > start and flat[end - 1] in " \"'”’)":
        end -= 1
    return end > start and flat[end - 1] == "?"


def _in_paragraph(ctx: _Context, para: Paragraph, cues: list[re.Match[str]], done: int) -> list[Commitment]:
    """The commitments that the cues of one paragraph make, numbered on from ``done``."""
    flat = ctx.flat
    out: list[Commitment] = []
    read = [(m, cue) for m in cues if m.end() <= para.span.end and (cue := _read_cue(ctx, m, para.span.end))]
    if not read:
        return out
    sentences = split_sentences(ctx.article.text, para.span.start, para.span.end)
    taken = para.span.start
    for m, cue in read:
        if m.start() < taken:
            continue
        i = bisect.bisect_right(sentences, (m.start(), len(flat))) - 1
        if i < 0:
            continue
        sent_start, sent_end = sentences[i]
        if cue.verb_start >= sent_end or _is_question(flat, sent_start, sent_end):
            continue  # a question pledges nothing
        found = _commitment(ctx, m, cue, para, sent_start, sent_end, f"c{done + len(out) + 1}")
        if found is not None:
            out.append(found)
            taken = found.span.end
    return out


def find_commitments(article: Article) -> Article:
    """Fill ``commitments``; actors are objects from the article's entity lists.

    >>> from newsmodel.model import Organization, Paragraph, Span
    >>> text = "Acme Corp said it will build a plant in Ohio by 2026."
    >>> acme = Organization("Acme Corp", id="o1", mentions=[Span.of(text, 0, 9)])
    >>> art = Article(text, body=[Paragraph(text, Span.of(text, 0, len(text)))], organizations=[acme])
    >>> c = find_commitments(art).commitments[0]
    >>> c.text, c.actor is acme, c.deadline.text
    ('it will build a plant in Ohio by 2026', True, 'by 2026')
    """
    paragraphs = list(_paragraphs(article))
    out: list[Commitment] = []
    if paragraphs:
        flat = flatten(article.text)
        lex = _lexicons()
        lo = min(p.span.start for p in paragraphs)
        hi = max(p.span.end for p in paragraphs)
        cues = _candidates(flat, lo, hi, lex.progressive)
        if cues:
            ctx = _Context(article, flat, lex)
            starts = [m.start() for m in cues]
            for para in paragraphs:
                first = bisect.bisect_left(starts, para.span.start)
                last = bisect.bisect_left(starts, para.span.end)
                if first < last:
                    out.extend(_in_paragraph(ctx, para, cues[first:last], len(out)))
    if not out and not article.commitments:
        return article  # nothing to change (the article is frozen: no copy is needed)
    # passed as a mapping: mypy's attrs plugin cannot solve the generic tuple converter of model fields
    changes: dict[str, Any] = {"commitments": tuple(out)}
    return attrs.evolve(article, **changes)
