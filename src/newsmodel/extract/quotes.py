"""Quotes: direct, reported and mixed speech, attributed to their speakers.

The stage reads the body paragraphs only. It works in three steps:

1. pair the quotation marks of each paragraph (``_quote_marks``) and join the
   stretches that belong to one quotation: a quote split by its attribution
   (``"A," he said. "B."``) and a quote that runs over paragraphs (an opening
   mark on each, the closing mark on the last);
2. find attributions sentence by sentence, on a copy of the text in which the
   quoted words are masked (so speech verbs inside quotations do not count):
   ``X said (that) ...``, ``..., X said.``, ``..., said X, a spokesman for Y.``,
   ``according to X``, ``X said: ...``, ``Recalling that ..., X noted that ...``;
   what an attribution covers decides the kind: only a quotation -> ``direct``,
   words of its own with quoted fragments -> ``mixed``, no marks -> ``indirect``;
3. attribute the quotations no sentence claimed: a dash sign-off (``"..." -- Name``,
   NYT's ``'' _ Name``), a transcript label (``Jordan: ``...''``), a colon introduction
   ending the paragraph before ("Sanders made the following comment:"), or the speaker
   still talking in the paragraph before. One to three words in marks with nobody
   saying them are labels, and marks run into the writer's own sentence are fragments:
   neither is a quote.

Unnamed sources ("officials said", "a source said") give quotes with no speaker and
their wording in ``speaker_text``. A clearly named speaker that the entity stage
missed ("said Jane Doe, a spokeswoman") is added to ``people`` with the next free id.
Every scan is linear: marks are found with ``str.find``, cues by a set lookup of the
text's words, and a sentence longer than any newspaper prints is only looked at near
each cue.

Speakers are resolved by ``_quote_speakers`` to the very objects of
``article.people`` / ``article.organizations``.

>>> from newsmodel.model import Article, Paragraph, Person, Span
>>> text = '"We will build it," Smith said.'
>>> smith = Person("John Smith", id="p1", aliases=["Smith"], mentions=[Span.of(text, 20, 25)])
>>> art = Article(text=text, body=[Paragraph(text, Span.of(text, 0, len(text)))], people=[smith])
>>> q = find_quotes(art).quotes[0]
>>> q.text, q.kind, q.speaker is smith, q.cue
('We will build it,', 'direct', True, 'said')
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

import attrs

from newsmodel import lexicons
from newsmodel.extract._quote_marks import Segment, find_segments
from newsmodel.extract._quote_speakers import Entity, Resolution, SpeakerIndex
from newsmodel.model import Article, Organization, Person, Quote, QuoteKind, Span
from newsmodel.text import collapse, flatten, split_sentences

__all__ = ["find_quotes"]

_MASK = "\x00"  # quoted words are masked with NUL: NYT copy prints "_" as a dash
# How far around a cue an attribution is looked for, and how many one sentence may hold.
_BEFORE_CUE = 600
_AFTER_CUE = 1500
_MAX_PER_SENTENCE = 40
_MAX_CUES_PER_SENTENCE = 200


def _wordset(words: str) -> frozenset[str]:
    """A set from a space-separated list, for the word lists the scans stop at or skip."""
    return frozenset(words.split())


# A word for counting and scanning: 'Spicer', "Ford's", 'U.S.', '1985', 'Bar-Illan'.
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w.'\u2019&-]*")
# A token for the backward scan over a subject: a word or one punctuation mark: 'Smith', ',', '"'.
_TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w.'\u2019&-]*|''|``|\x00+|_|[^\w\s]")
# Words counted as the content of a clause (masked quotations excluded): 'the', 'plan', '2000'.
_PLAIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")
# A finite verb that shows a stretch is a clause, not a noun phrase: 'was', 'will', 'had', "won't", 'rose'.
_CLAUSE_HINT = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|could|should|can|cannot|may|might|must|shall|has|have|had|"
    r"do|does|did|\w+n't|\w{2,}ed|\w{2,}es)\b"
)
# "that" opening the content clause a few words after the verb: 'said on Tuesday that', 'told reporters that'.
_THAT = re.compile(r"(?P<gap>[^.;:!?\"\x00\u201c\u201d\u00ab\u00bb]{0,90}?)\bthat\b")
# An adverbial right after the verb, before a comma: 'in a statement,', 'on Tuesday,', 'however,'.
_LEAD_ADVERBIAL = re.compile(
    r"\s*(?:(?:in|on|at|during|after|before|from|via|through|last|this|late|earlier|later|yesterday|today|"
    r"however|also|though|too|then|further)\b[^,.;:\"\x00]{0,60})?,\s*"
)
# The object of "told": 'reporters', 'Reuters', 'the newspaper', 'a news conference', 'him'.
_TOLD_OBJECT = re.compile(
    r"\s*(?:him|her|them|us|me|reporters|journalists|Reuters|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:newspaper|paper|magazine|conference|briefing|agency|radio|"
    r"television|channel|station|audience|crowd|committee|parliament|meeting|forum|gathering|interviewer|"
    r"reporters|journalists|delegates|lawmakers|investors|analysts))\b"
)
# A speaker's label before a colon in a transcript paragraph: 'Lewinsky: ', 'Vernon Jordan: '.
_LABEL = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*:\s*")
# A quotation and its dash sign-off just before a position: '." \u2015 Pamela Padilla'.
_SIGNED_OFF = re.compile(
    r"[\"\u201d'\u00bb]\s*(?:--|\u2014|\u2013|\u2015|_)\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}\.?$"
)
# A dash sign-off after a quotation: ' -- John Smith', ' \u2014 Smith, a voter', " _ Kevin Spacey" (NYT).
_DASH = re.compile(r"\s*(?:--|\u2014|\u2013|\u2015|_)\s*(?=[A-Z])")
# Words a backward subject scan stops at: conjunctions, relatives and finite verbs.
_STOP = _wordset(
    "that which who whom whose when while because as if but after before since although though where than "
    "so or nor is are was were be been being will would could should can may might must shall do does did "
    "not to said says say told added"
)
# Adverbs and auxiliaries between a subject and its verb: 'Smith also said', 'he has said', 'she later told'.
_SKIP = _wordset(
    "also later further previously then again earlier recently repeatedly once often publicly privately "
    "separately simply reportedly has had have only still already first last yesterday today tonight now "
    "even would will could can may might must should did does do not never"
)
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "am", "get", "got"})
# A second verb of the speaker after the reported clause: ' but vowed', ', and reiterated', ' and added'.
# It opens with one character class, the comma or space it starts at, so a search skips ahead to those
# (a pattern opening with an optional comma is tried at every character); lookbehinds tell the two apart.
_SECOND_VERB = re.compile(
    r"[,\s](?:"
    r"(?<=,)\s+which\s+(?:he|she|they|it|the\s+\w+)\s+(?:also\s+)?(?:said|says|added|argued|believes|thinks)\b|"
    r"(?:(?<=,)\s+|(?<=\s)\s*)(?:and|but)\s+(?:also\s+)?(?:vowed|pledged|promised|reiterated|added|said|noted|"
    r"warned|stressed|urged|called|declined|refused|stated|insisted|told|announced)\b)"
)
# Participles that follow a comma and take the sentence's subject: 'He defended it, saying, "..."'.
_PARTICIPLE_CUES = frozenset({"adding", "arguing", "asking", "explaining", "insisting", "noting", "saying",
                              "stressing", "warning", "writing", "acknowledging", "asserting", "claiming",
                              "conceding", "declaring", "predicting", "replying", "responding", "suggesting",
                              "telling"})
# A lower-case word or "According", the words that may trigger a cue: 'said', 'according', 'According'.
_LOWER_WORD = re.compile(r"[a-z]+|According")
# An object and a comma before a quotation: 'his radio audience of Monday, "'.
_OBJECT_THEN_QUOTE = re.compile(r"[^.;:!?\"\x00\u201c\u201d]{0,80}?,\s*(?=[\"\u201c\u00ab`])")
# Words that cannot open a reported clause after 'said': 'said how many', 'said to', 'said nothing'.
_NOT_CLAUSE_OPENERS = frozenset(
    {"to", "of", "for", "with", "about", "so", "no", "yes", "nothing", "how", "what", "whether", "why", "when",
     "where", "who", "which", "if", "by", "goodbye", "hello", "thanks", "sorry", "amen", "without", "while",
     "adding", "noting", "citing", "according", "because", "as", "but", "and", "or", "although", "though",
     "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may"})
# Verbs of saying whose bare content needs no test for a verb: 'Acme said profits rose'.
_SAY = frozenset({"said", "says", "say", "told", "tells", "tell"})
# A colon closing the attribution, after at most a short object: ':', ' the assembly:', ' in a statement:'.
_COLON_AFTER = re.compile(r"[^.;:!?\"\x00\u201c\u201d]{0,60}:")
# Verbs that lend their subject to "to say": 'appeared to suggest', 'seems to think'.
_RAISING = frozenset({"appeared", "appears", "seemed", "seems", "continued", "continues", "went"})
# Words that make the next one a noun: 'the reports', 'its claims', 'these estimates'.
_DETERMINERS_BEFORE_NOUN = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "these", "those",
                                      "such", "new", "recent", "many", "some", "other", "media", "press"})
# Words that open an adverbial before the subject: 'On July 6,', 'In a statement,', 'Later,'.
_INTRO_WORDS = frozenset({"on", "in", "at", "during", "after", "before", "later", "earlier", "then", "last", "this",
                          "yesterday", "today", "meanwhile", "separately", "asked", "speaking", "writing"})
# Closing quotation marks as tokens: '"', '”', "''", '»'.
_CLOSERS = frozenset({'"', "\u201d", "''", "\u00bb"})
# Words that may open a speaker phrase after the verb: '..., said a spokesman', '..., said the minister'.
_DETERMINERS_AFTER = frozenset({"a", "an", "the", "one", "two", "three", "several", "some", "many", "officials",
                                "analysts", "sources", "police", "experts", "economists"})
_POSSESSIVE_ENDS = ("'s", "\u2019s")  # "Trump's", "NBC\u2019s"
# Words that open an adverbial after the verb rather than a clause: 'said in a statement', 'said on Monday'.
_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "from", "via", "through", "last", "this",
                                "late", "earlier", "later", "yesterday", "today", "tonight", "recently", "when", "to",
                                "by", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CLAUSE_STARTS = frozenset({"and", "but", "adding", "while", "who", "which", "as", "saying", "noting", "although"})


@attrs.define
class _Group:
    """Segments that make one quotation (a split or a multi-paragraph quote)."""

    segments: list[Segment]
    claimed: bool = False


class _Draft(NamedTuple):
    """A quote before it has its id: the Quote is made once, numbered in text order.

    The records made for every cue are named tuples: cheaper to create than frozen attrs classes.
    """

    text: str
    kind: QuoteKind
    span: Span
    fields: dict[str, Any]


class _Attribution(NamedTuple):
    """An attribution found in one sentence: cue, speaker phrase, and the content it covers."""

    cue: tuple[int, int] | None
    speaker: Resolution | None
    content: tuple[int, int]
    colon: bool = False
    skip: tuple[int, int] | None = None


def _trie_pattern(forms: frozenset[str]) -> str:
    """An alternation of ``forms`` factored as a trie, so matching does not try each word in turn.

    ``{"said", "says", "stated"}`` -> ``s(?:a(?:id|ys)|tated)``; spaces in a form match any whitespace.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return emit(trie)


@lru_cache(maxsize=8)
def _cue_regex(verbs: frozenset[str], bare: frozenset[str]) -> re.Pattern[str]:
    """Every cue form as one trie-shaped alternation: 'said', 'pointed out', 'was quoted as saying'."""
    return re.compile(rf"(?P<acc>\b[Aa]ccording\s+to\s+)|\b{_trie_pattern(verbs | bare)}\b")


@lru_cache(maxsize=8)
def _trigger_regex(verbs: frozenset[str], bare: frozenset[str]) -> re.Pattern[str]:
    """The first words of the cue forms after a space, in the text :func:`_spaced` makes: ' said',
    ' pointed', ' according' (the word is group ``w``).

    Only lower-case first words (and 'According') trigger a cue; a word counts when no letter or
    digit touches it on either side ('said,' and '-said' do, 'unsaid' does not), which in the
    spaced text is a space before and a space or the end after. The literal space in front lets a
    scan jump from space to space instead of testing a character class at every character.
    """
    words = frozenset({f.split()[0] for f in verbs | bare} | {"according", "According"})
    trie = _trie_pattern(frozenset(w for w in words if _LOWER_WORD.fullmatch(w)))
    return re.compile(rf" (?P<w>{trie})(?![^ ])")


# Every ASCII character but a letter or digit, to a space (see _spaced).
_ASCII_NOT_ALNUM = {c: " " for c in range(128) if not chr(c).isalnum()}
# A character outside ASCII: '“', '—', 'é'.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _spaced(text: str) -> str:
    """A space, then ``text`` with every character but a letter or digit as a space and every letter
    or digit outside ASCII as '0', which no trigger word holds (offsets shift by one).

    'He said, "no."' -> ' He said   no  '. The few characters outside ASCII that wire copy holds
    (curly quotes, dashes, accented letters) are replaced one by one first, so the rest goes
    through ``str.translate``'s fast path for ASCII text; many distinct ones (hostile input) go
    through the table instead, which stays linear.
    """
    if text.isascii():
        return " " + text.translate(_ASCII_NOT_ALNUM)
    chars = {ch: "0" if ch.isalnum() else " " for ch in set(_NON_ASCII.findall(text))}
    if len(chars) > 16:
        return " " + text.translate({**_ASCII_NOT_ALNUM, **{ord(ch): sub for ch, sub in chars.items()}})
    for ch, sub in chars.items():
        text = text.replace(ch, sub)
    return " " + text.translate(_ASCII_NOT_ALNUM)


@lru_cache(maxsize=8)
def _participle_regex(participles: frozenset[str]) -> re.Pattern[str]:
    """A sentence-opening participle with its "that": 'Recalling that ', 'Noting that '."""
    return re.compile(rf"[\"'\u201c(\s]*{_trie_pattern(participles)}\s+that\b")


def find_quotes(article: Article) -> Article:
    """Fill ``quotes``; speakers are objects from ``article.people`` / ``article.organizations``."""
    paragraphs = [(p.span.start, p.span.end) for p in article.body if p.kind == "paragraph"]
    changes: dict[str, Any] = {"quotes": ()}
    if paragraphs:
        finder = _Finder(article, paragraphs)
        changes["quotes"] = tuple(finder.run())
        if finder.built_index is not None and finder.built_index.added:  # named speakers the entity stage missed
            changes["people"] = (*article.people, *finder.built_index.added)
    return attrs.evolve(article, **changes)


class _Finder:
    """The work of one article: marks, masked text, attributions and the quotes they make."""

    def __init__(self, article: Article, paragraphs: list[tuple[int, int]]) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs = paragraphs
        self.flat = flatten(article.text)
        self.verbs = lexicons.lexicon("speech_verbs")
        self.bare = lexicons.lexicon("speech_verbs_bare")
        self.cues = _cue_regex(self.verbs, self.bare)
        self.participles = _participle_regex(lexicons.lexicon("speech_participles"))
        self.segments = find_segments(self.flat, paragraphs)
        self.seg_starts = [s.open for s in self.segments]
        pieces = []
        pos = 0
        for s in self.segments:
            pieces.append(self.flat[pos : s.start])
            pieces.append(_MASK * (s.end - s.start))
            pos = s.end
        pieces.append(self.flat[pos:])
        self.masked = "".join(pieces)
        # the sentence splitter wants a capital after a mark: '"Q____," he said. "Q___."'
        self.splittable = self.masked
        if self.segments:
            pieces = []
            pos = 0
            for seg in self.segments:
                if seg.end - seg.start > 1:
                    pieces.append(self.masked[pos : seg.start])
                    pieces.append("Q")
                    pos = seg.start + 1
                    if self.flat[seg.end - 1] in ".!?":
                        # '... gun safety." The retailer ...': the quotation's full stop ends the sentence
                        pieces.append(self.masked[pos : seg.end - 1])
                        pieces.append(self.flat[seg.end - 1])
                        pos = seg.end
            pieces.append(self.masked[pos:])
            self.splittable = "".join(pieces)
        if "``" in self.splittable:
            # the splitter knows '"' and "'" before a sentence, not the LaTeX opening mark: '. ``This'
            self.splittable = self.splittable.replace("``", "''")
        self.groups = self._group()
        body = (paragraphs[0][0], paragraphs[-1][1])
        self.hits = self._find_cues(*body)
        self.group_of: dict[int, _Group] = {id(s): g for g in self.groups for s in g.segments}
        self.built_index: SpeakerIndex | None = None  # built on first use: most paragraphs have no cue
        self.last: Entity | None = None

    @property
    def index(self) -> SpeakerIndex:
        """The article's speaker index, built the first time a phrase is resolved."""
        if self.built_index is None:
            self.built_index = SpeakerIndex(self.article, self._is_quoted)
        return self.built_index

    def _find_cues(self, a: int, b: int) -> list[re.Match[str]]:
        """Every cue in ``[a, b)`` of the masked text, in order.

        One trie-shaped pattern of the cues' first words finds the candidates, in a spaced copy
        of the text where it is a literal space and a word; the full cue pattern is tried only
        where one of those stands, which is many times faster than running the pattern at every
        position. Only the unmasked stretches are scanned: a cue has no NUL in it, and a scan
        costs per character (quotations are a sixth of a body).
        """
        masked = self.masked
        hits: list[re.Match[str]] = []
        end = a
        match = self.cues.match
        finditer = _trigger_regex(self.verbs, self.bare).finditer
        spaced = _spaced(masked)  # offset + 1: the space before position x stands at x
        for x, y in self._unmasked(a, b):
            for t in finditer(spaced, x, y + 1):
                i = t.start("w") - 1
                if i < end:
                    continue
                m = match(masked, i, b)
                if m is not None:
                    hits.append(m)
                    end = m.end()
        return hits

    def _unmasked(self, a: int, b: int) -> list[tuple[int, int]]:
        """The stretches of ``[a, b)`` between masked quotations, in order.

        A scan of a stretch sees the same text around its ends as a scan of the whole range
        (a NUL before, a NUL or the range end after), so its matches are the same.
        """
        out: list[tuple[int, int]] = []
        pos = a
        for seg in self.segments:
            if seg.end <= seg.start or seg.end <= pos:
                continue
            if seg.start >= b:
                break
            if seg.start > pos:
                out.append((pos, seg.start))
            pos = seg.end
        if pos < b:
            out.append((pos, b))
        return out

    # -- quotation groups ----------------------------------------------------------------------------------

    def _is_quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self.seg_starts, pos) - 1
        return i >= 0 and self.segments[i].open <= pos < self.segments[i].close

    def _group(self) -> list[_Group]:
        groups: list[_Group] = []
        prev: Segment | None = None
        for seg in self.segments:
            if prev is not None and self._continues(prev, seg):
                groups[-1].segments.append(seg)
            else:
                groups.append(_Group([seg]))
            prev = seg
        return groups

    def _continues(self, prev: Segment, seg: Segment) -> bool:
        """Whether ``seg`` goes on with the quotation of ``prev``.

        Next paragraph: ``prev`` is left open at its paragraph's end and ``seg`` opens the next one.
        Same paragraph: only an attribution lies between them: '"A," he said. "B."'.
        """
        if seg.para == prev.para + 1 and not prev.closed:
            # the quote left open must read as a quotation of its own, not a fragment: 'the "plan was ...'
            head = self.flat[self.paragraphs[seg.para][0] : seg.open]
            first = self.flat[prev.start : prev.start + 1]
            return not head.strip() and (first.isupper() or first.isdigit() or first in "\"'\u2018\u201c")
        if seg.para != prev.para:
            return False
        gap = self.flat[prev.close : seg.open]
        if not gap.strip():
            return True  # '"A." "B."' or '"A. "B."': one speaker going on
        if not prev.closed:
            return False
        # the cheap tests first: an attribution ends in a comma, stop or colon ('he said.') and holds
        # no mark or bracket; only then count its words and cues
        if len(gap) > 300 or not gap.rstrip().endswith((",", ".", ":")) or not gap.strip(" ,"):
            return False
        if any(c in gap for c in "\"()\u201c\u201d;"):
            return False
        words = _WORD.findall(gap)
        if not 1 <= len(words) <= 40 or len(self.cues.findall(gap)) != 1:
            return False
        return not any(w in _PARTICIPLE_CUES for w in words)  # '"A," Trump said, adding later, "B."': a second remark

    def _groups_in(self, a: int, b: int) -> list[_Group]:
        """Groups with a segment that opens inside ``[a, b)``."""
        i = bisect.bisect_left(self.seg_starts, a)
        out: list[_Group] = []
        while i < len(self.segments) and self.segments[i].open < b:
            g = self.group_of[id(self.segments[i])]
            if not out or out[-1] is not g:
                out.append(g)
            i += 1
        return out

    # -- the pass over sentences --------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        quotes: list[_Draft] = []
        pending: tuple[Resolution | None, tuple[int, int] | None] | None = None
        last_para = -10
        hits = self.hits
        starts = [m.start() for m in hits]
        h = 0
        for index, (a, b) in enumerate(self.paragraphs):
            para_quotes: list[_Draft] = []
            colon_intro: tuple[Resolution | None, tuple[int, int] | None] | None = None
            k = bisect.bisect_left(starts, a, h)
            h = bisect.bisect_left(starts, b, k)
            if h > k:  # only paragraphs with a cue need their sentences
                for s, e in split_sentences(self.splittable, a, b):
                    if k == h:
                        break
                    j = bisect.bisect_left(starts, e, k, h)
                    here = hits[bisect.bisect_left(starts, s, k, j) : j]
                    k = j
                    if not here:
                        continue
                    atts = self._attributions(s, e, here)
                    # the innermost report claims the quotation: 'When X noted that ..., Trump boasted, "..."'
                    order = sorted(atts, key=lambda x: x.content[1] - x.content[0]) if len(atts) > 1 else atts
                    made = {id(att): self._quotes_of(att) for att in order}
                    for att in atts:
                        para_quotes.extend(made[id(att)])
                        if att.speaker is not None and att.speaker.entity is not None:
                            self.last = att.speaker.entity
                            self.index.last_content = att.content
                            last_para = index
                            if isinstance(self.last, Organization):
                                self.index.last_org = self.last
                        if att.colon and att.content[1] - att.content[0] < 2:
                            colon_intro = (att.speaker, att.cue)
            # quotations no sentence claimed: sign-offs, colon introductions, the speaker still talking
            for g in self._groups_in(a, b):
                if g.claimed or g.segments[0].para != index:
                    continue
                g.claimed = True
                speaker, cue = self._dash(g)
                if speaker is None:
                    speaker, cue = self._transcript_label(g)
                if speaker is None and pending is not None:
                    speaker, cue = pending
                if speaker is None:
                    # 'Brown took that opinion a step further. "..."': the one who opens the sentence before
                    opener = self.index.subject_before(g.segments[0].open, a)
                    if opener is not None:
                        speaker = Resolution(opener, "", -1, -1)
                if speaker is None and self.last is not None and index - last_para <= 1:
                    speaker = Resolution(self.last, "", -1, -1)
                if self._is_label(g, speaker) or self._is_fragment(g):
                    continue
                para_quotes.append(self._direct(g, speaker, cue))
                if speaker is not None and speaker.entity is not None:
                    last_para = index
            quotes.extend(para_quotes)
            if colon_intro is None and self.flat[a:b].rstrip().endswith(":"):
                colon_intro = self._colon_subject(a, b)
            pending = colon_intro
        quotes.sort(key=lambda q: (q.span.start, q.span.end))
        return [Quote(q.text, q.kind, q.span, f"q{i}", **q.fields) for i, q in enumerate(quotes, 1)]

    def _colon_subject(self, a: int, b: int) -> tuple[Resolution | None, tuple[int, int] | None] | None:
        """The speaker of a paragraph that ends in a colon with no verb of saying:
        'On July 6, Sanders made the following comment:' -> Sanders, for the quotation below."""
        sentences = split_sentences(self.splittable, a, b)
        if not sentences:
            return None
        s, e = sentences[-1]
        toks = _tokens(self.masked, s, min(e, s + 200))
        # skip an opening adverbial up to its comma: 'On July 6, 2015, Sanders ...'
        k = 0
        while k < len(toks) and k < 12 and toks[k][2] != ",":
            k += 1
        start = 0
        if k < len(toks) and k < 12 and toks[0][2][:1].isupper() and toks[0][2].lower() in _INTRO_WORDS:
            start = k + 1
            while start < len(toks) and toks[start][2] == ",":
                start += 1
            while start + 1 < len(toks) and toks[start][2][:1].isdigit():
                start += 1  # the year of 'On July 6, 2015,'
                while start < len(toks) and toks[start][2] == ",":
                    start += 1
        j = start
        while j < len(toks) and j - start < 6 and toks[j][2][:1].isalnum() and (
                toks[j][2][:1].isupper() or toks[j][2].lower() in _DETERMINERS_AFTER):
            j += 1
        if j == start or j >= len(toks):
            return None
        res = self.index.resolve(toks[start][0], toks[j - 1][1], True, self.last)
        if res is None or res.entity is None:
            return None
        return res, None

    def _is_label(self, g: _Group, speaker: Resolution | None) -> bool:
        """One to three words in marks with no one saying them: a label or a title, not a quote."""
        words = 0  # counted up to six, all the test needs
        for s in g.segments:
            words += len(list(islice(_WORD.finditer(self.flat, s.start, s.end), 6 - words)))
            if words >= 6:
                return False
        return words <= 3 or (speaker is None and words <= 5)

    def _is_fragment(self, g: _Group) -> bool:
        """Quoted words run into a sentence of the writer's: 'called it "a big, big problem" on Monday'."""
        seg = g.segments[0]
        j = seg.open - 1
        a = self.paragraphs[seg.para][0]
        while j >= a and self.flat[j] == " ":
            j -= 1
        if not (j >= a and (self.flat[j].isalnum() or self.flat[j] in "%$")):
            return False
        # '"...." \u2015 Pamela Padilla "I'm so ashamed ..."': a sign-off ends the quotation before
        return _SIGNED_OFF.search(self.flat, max(a, j - 80), j + 1) is None

    def _transcript_label(self, g: _Group) -> tuple[Resolution | None, tuple[int, int] | None]:
        """A name and a colon opening the paragraph, as in transcripts: 'Jordan: ``Yes.\'\''."""
        seg = g.segments[0]
        line = max(self.paragraphs[seg.para][0], self.text.rfind("\n", 0, seg.open) + 1)
        m = _LABEL.match(self.flat, line, seg.open)
        if m is None or m.end() != seg.open:
            return None, None
        res = self.index.resolve(m.start(1), m.end(1), True, self.last, named=True)
        return (res, None) if res is not None and res.entity is not None else (None, None)

    def _dash(self, g: _Group) -> tuple[Resolution | None, tuple[int, int] | None]:
        """A sign-off after the closing mark: '"..." -- John Smith'."""
        seg = g.segments[-1]
        if not seg.closed:
            return None, None
        m = _DASH.match(self.flat, seg.close, self.paragraphs[seg.para][1])
        if not m:
            return None, None
        end = m.end()
        stop = self.paragraphs[seg.para][1]
        while end < stop and self.text[end] not in ",;(\"\u201c\n" and end - m.end() < 60:
            end += 1
        res = self.index.resolve(m.end(), end, False, self.last, named=True)
        return res, (m.start(), m.end())

    # -- attributions in one sentence ---------------------------------------------------------------------

    def _attributions(self, s: int, e: int, hits: list[re.Match[str]]) -> list[_Attribution]:
        masked = self.masked
        while e > s and masked[e - 1] in " .!?":
            e -= 1
        s0, e0 = s, e
        out: list[_Attribution] = []
        regions: list[tuple[int, int]] = []  # attribution words already used: speaker and verb
        participle = self.participles.match(masked, s, e)
        for m in hits[:_MAX_CUES_PER_SENTENCE]:
            cs, ce = m.span()
            if cs >= e or len(out) >= _MAX_PER_SENTENCE or (regions and any(x <= cs < y for x, y in regions[-3:])):
                continue
            # a sentence longer than any a newspaper prints is looked at near each cue only, so
            # hostile input (a megabyte without a full stop) stays linear
            s, e = max(s0, cs - _BEFORE_CUE), min(e0, ce + _AFTER_CUE)
            if m.group("acc"):
                if not any(x.content[0] <= cs < x.content[1] for x in out[-5:]):
                    acc = self._according(s, e, m)
                    if acc is not None and acc.speaker is not None:
                        out.append(acc)
                        regions.append((cs, max(ce, acc.speaker.end)))
                continue
            att = self._around_cue(s, e, cs, ce, m.group())
            if att is None:
                continue
            if participle is not None and att.speaker is not None and not out:
                # 'Recalling that A, he noted that B': A is said by the same speaker
                first_end = self._rstrip(participle.end(), att.speaker.start if att.speaker.start > 0 else cs)
                if first_end - participle.end() > 10:
                    out.append(_Attribution(att.cue, att.speaker, (participle.end(), first_end)))
            ca, cb = att.content
            if out and any(abs(x.content[0] - ca) < 3 and abs(x.content[1] - cb) < 3 for x in out[-5:]):
                continue  # the same words reported twice over: keep the first attribution
            out.append(att)
            sp = att.speaker
            lo = min(cs, sp.start) if sp is not None and sp.start >= 0 else cs
            hi = max(ce, sp.end) if sp is not None else ce
            regions.append((lo, hi))
        return out

    def _rstrip(self, a: int, b: int) -> int:
        while b > a and self.masked[b - 1] in " ,;:-\u2014":
            b -= 1
        return b

    def _lstrip(self, a: int, b: int) -> int:
        while a < b and self.masked[a] in " ,;:-\u2014":
            a += 1
        return a

    def _around_cue(self, s: int, e: int, cs: int, ce: int, cue: str) -> _Attribution | None:
        masked = self.masked
        before = _tokens(masked, max(s, cs - 120), cs)
        # 'he was told', 'it is said': passive, not an attribution
        if before and before[-1][2].lower() in _PASSIVE and " " not in cue:
            return None
        i = len(before)
        while i > 0 and before[i - 1][2].lower() in _SKIP and not self._name_word(before, i - 1):
            i -= 1
        if i > 0 and before[i - 1][2] == "to":
            # 'appeared to suggest that', 'went on to say'; not 'declined to say', 'wanted to warn'
            if i > 1 and before[i - 2][2].lower() in _RAISING:
                i -= 2
            elif i > 2 and before[i - 2][2] == "on" and before[i - 3][2].lower() == "went":
                i -= 3
            else:
                return None
        if i > 0 and before[i - 1][2].lower() in _DETERMINERS_BEFORE_NOUN:
            return None  # 'the reports', 'its claims': a noun, not a verb
        if i == 0:
            return None
        prev = before[i - 1][2]
        if prev == "as" and cue == "saying":
            return self._quoted_as_saying(s, e, cs, ce, before, i - 1)
        if prev in _CLOSERS or prev.startswith(_MASK) or prev == ":":
            return self._inverted(s, e, cs, ce, before[i - 1][0])
        if prev in {",", "_", "-", "\u2014", "\u2013"} and cue not in ("told", "tells"):
            # '..., said Jane Cole.' and the dashes of '... _ said Jane Cole' (NYT) or '... -- said X'
            inv = self._inverted(s, e, cs, ce, before[i - 1][0], strict=True)
            if inv is not None:
                return inv
        if prev.lower() in {"and", "but"} or (prev == "," and cue in _PARTICIPLE_CUES):
            # 'Warner Music on Friday posted results and said it saw ...': the sentence's subject
            return self._coordinated(s, e, cs, ce, cue)
        closer = self._closer_before(before, i)
        if closer is not None:
            # '"...," Randy Tinseth, vice president for marketing, said in a statement.'
            res0 = self._phrase_between(before, closer, i)
            if res0 is not None:
                return _Attribution((cs, ce), res0, (self._lstrip(s, before[closer][0]), before[closer][1]))
        subj = self._subject(before, i)
        if subj is None and prev == ",":
            subj = self._opening_name(s, cs)
        if subj is None:
            return None
        subject, appositive = subj
        sa = subject[0][0]
        res = self.index.resolve_words(subject, True, self.last)  # the words as tokenised here
        if prev == "," and not isinstance(res.entity if res else None, Person):
            # 'Angelique Brunner, a developer and spokeswoman for the Coalition, which ..., said':
            # the name that opens the sentence, however long the appositive after it
            opening = self._opening_name(s, cs)
            if opening is not None:
                alt = self.index.resolve_words(opening[0], True, self.last)
                if alt is not None and isinstance(alt.entity, Person):
                    sa, res = opening[0][0][0], alt
        if (res is not None and isinstance(res.entity, Organization) and appositive is not None
                and subject[-1][2].islower() and subject[-1][2] not in self.index.org_nouns):
            # "Russia's Air Force commander, Col. Gen. Anatoly Kornukov, told": the person the description
            # names; not 'the company, ...', which the appositive names as a company
            alt = self.index.resolve(appositive[0], appositive[1], True, self.last)
            if alt is not None and isinstance(alt.entity, Person):
                res = alt
        if res is not None and res.entity is None and appositive is not None:
            # 'a spokesman, John Smith, said'; not 'a trader, referring to IBM's drop, complained'
            alt = self.index.resolve(appositive[0], appositive[1], True, self.last)
            lead = _WORD.match(masked, appositive[0])
            aside = lead is not None and lead.group().endswith("ing")  # 'referring to ...': an aside, not a name
            if alt is not None and alt.entity is not None and (isinstance(alt.entity, Person) or not aside):
                res = alt
        if res is None:
            return None
        pre = self._rstrip(s, sa)
        if pre > s and (masked[pre - 1] in "\"\u201d\u00bb" or masked[pre - 2 : pre] == "''"):
            # '"We will win," Smith said, clapping.': the quotation before it is what was said
            return _Attribution((cs, ce), res, (self._lstrip(s, pre), pre))
        rest = masked[ce:e]
        stripped = rest.strip(" ,")
        has_before = pre > s and self._content_before(s, pre)
        if not stripped or self._only_adverbial(rest, cue, has_before and masked[pre : pre + 1] == ","):
            if not has_before:
                # '"We won the vote." Smith said.': the quotation ended the sentence before
                q = self._quote_just_before(s)
                return _Attribution((cs, ce), res, q) if q is not None and self._lstrip(s, sa) == sa else None
            return _Attribution((cs, ce), res, (self._lstrip(s, pre), pre))
        colon = _COLON_AFTER.match(masked, ce, e)
        if colon is not None:
            return _Attribution((cs, ce), res, (self._lstrip(colon.end(), e), e), colon=True)
        mid = masked[pre : pre + 1] == "," and _WORD.search(masked, s, pre) is not None
        if (has_before or mid) and rest.lstrip().startswith(",") and not self._quote_after_comma(ce, e):
            # 'Since 1700, the agency said, half the wetlands were lost': the sentence around it
            return _Attribution((cs, ce), res, (self._lstrip(s, e), e), skip=(sa, ce))
        content = self._content_after(ce, e, cue)
        if content is None:
            return None
        return _Attribution((cs, ce), res, content)

    def _content_before(self, s: int, b: int) -> bool:
        """Whether ``[s, b)`` holds words of its own to report: a quotation or three words."""
        if self.masked.find(_MASK, s, b) >= 0:
            return True
        return len(list(islice(_WORD.finditer(self.masked, s, b), 3))) == 3

    def _quote_after_comma(self, a: int, e: int) -> bool:
        j = self._lstrip(a, e)
        return j < e and self.masked[j] in "\"\u201c`\u00ab\u201e"

    def _only_adverbial(self, rest: str, cue: str, after_comma: bool) -> bool:
        """'in a statement', 'on Tuesday', 'at a press conference', 'told reporters': no clause follows.

        ``after_comma`` when the attribution follows a comma ('..., leaders say in a new order'):
        a prepositional phrase of any length then ends the sentence's attribution.
        """
        if _MASK in rest:
            return False
        told = cue in ("told", "tells")
        if not told:
            # the cheap test first: most clauses after a verb do not open with a preposition
            first_word = _WORD.search(rest)
            if first_word is None or first_word.group().lower() not in _ADVERBIAL_OPENERS:
                return False
        words = _WORD.findall(rest)
        if "that" in words:
            return False
        if told:
            obj = _TOLD_OBJECT.match(rest)
            if obj is None:
                return False
            rest = rest[obj.end() :]
            words = _WORD.findall(rest)
            if not words:
                return True
        if len(words) > 9 and not after_comma:
            return False
        first = words[0].lower() if words else ""
        if first not in _ADVERBIAL_OPENERS:
            return False
        return after_comma or not _CLAUSE_HINT.search(rest)

    def _content_after(self, a: int, e: int, cue: str) -> tuple[int, int] | None:
        """The content clause after the verb: after "that", a quotation, or (for 'said' and kin) a bare clause."""
        masked = self.masked
        # "that" must stand within reach for the pattern to match: a plain find rules most clauses out
        m = _THAT.match(masked, a, e) if masked.find("that", a, min(e, a + 94)) >= 0 else None
        if m and not _CLAUSE_HINT.search(m.group("gap")):
            ca = self._lstrip(m.end(), e)
            return (ca, self._clause_end(ca, e)) if e - ca > 8 else None
        j = self._lstrip(a, e)
        if j < e and masked[j] in "\"\u201c`\u00ab\u201e":
            return j, e
        if cue not in self.bare:
            return None
        if cue in ("told", "tells", "tell"):
            obj = _TOLD_OBJECT.match(masked, j, e)
            if obj is None:
                # 'told his radio audience on Monday, "..."': an object of any shape before a quotation
                q = _OBJECT_THEN_QUOTE.match(masked, j, e)
                return (q.end(), e) if q is not None else None
            j = self._lstrip(obj.end(), e)
        lead = _LEAD_ADVERBIAL.match(masked, j, e)
        if lead:
            j = lead.end()
        if j < e and masked[j] in "\"\u201c`\u00ab\u201e":
            return j, e
        stop = min(e, j + 160)
        words = [w.group() for w in islice(_WORD.finditer(masked, j, stop), 3)]  # only the first three count
        if len(words) < 3 or words[0].lower() in _NOT_CLAUSE_OPENERS:
            return None  # 'did not say how many were sued', 'said nothing': no reported content
        if cue not in _SAY and not _CLAUSE_HINT.search(masked[j:stop]):
            return None  # 'he mentioned the issue of access': a noun phrase, not a clause
        if words[0].islower() and words[0].endswith("ed"):
            return None  # 'when it said outperformed expectations': no subject, no clause
        return j, self._clause_end(j, e)

    def _phrase_between(self, before: list[tuple[int, int, str]], closer: int, i: int) -> Resolution | None:
        """The speaker between a closing mark and its verb: the part next to the verb if it names a
        person ('of the Clinton proposals, Mr. Holtz-Eakin said'), else the first part
        ('Randy Tinseth, Boeing vice president for marketing, said'), else the whole stretch."""
        commas = [k for k in range(closer + 1, i) if before[k][2] == ","]
        if commas:
            near = self.index.resolve(before[commas[-1]][1], before[i - 1][1], True, self.last)
            if near is not None and isinstance(near.entity, Person):
                return near
            far = self.index.resolve(before[closer][1], before[commas[0]][0], False, self.last)
            if far is not None and isinstance(far.entity, Person):
                return far
        # no comma: 'Clinton campaign spokesman Brian Fallon said' names its head last
        return self.index.resolve(before[closer][1], before[i - 1][1], not commas, self.last)

    def _quote_just_before(self, s: int) -> tuple[int, int] | None:
        """The quotation that closes right before ``s`` (spaces between), as a content range."""
        j = s
        while j > 0 and self.flat[j - 1] == " ":
            j -= 1
        i = bisect.bisect_right(self.seg_starts, j) - 1
        if i >= 0 and self.segments[i].close == j and self.segments[i].closed:
            return self.segments[i].open, j
        return None

    def _closer_before(self, before: list[tuple[int, int, str]], i: int) -> int | None:
        """Index of a closing mark that a short speaker phrase separates from the verb, if any.

        '"...," Randy Tinseth, Boeing vice president, said' -> the index of the closing mark.
        """
        j = i - 1
        n = 0
        while j >= 0 and n < 16:
            tok = before[j][2]
            if tok in _CLOSERS or tok.startswith(_MASK):
                if tok.startswith(_MASK) or n < 2:
                    return None
                return j
            if tok in {".", ";", ":", "?", "!", "(", ")"} or tok.lower() in _STOP:
                return None
            j -= 1
            n += 1
        return None

    def _coordinated(self, s: int, e: int, cs: int, ce: int, cue: str) -> _Attribution | None:
        """'X posted results and said ...': the speaker is the sentence's opening noun phrase."""
        toks = _tokens(self.masked, s, min(cs, s + 200))
        if toks and toks[0][2].lower() in _INTRO_WORDS:
            # 'During a speech on Monday, Trump attacked Clinton, saying ...': the subject follows the comma
            comma = next((n for n, t in enumerate(toks[:20]) if t[2] == ","), -1)
            toks = toks[comma + 1 :] if comma > 0 else []
        k = 0
        while k < len(toks) and k < 8:
            tok = toks[k][2]
            if not tok[0].isalnum() or (tok[0].islower() and tok.lower() not in _DETERMINERS_AFTER):
                break
            k += 1
        if k == 0:
            return None
        res = self.index.resolve_words(toks[:k], True, self.last)
        content = self._content_after(ce, e, cue)
        if res is None or content is None:
            return None
        return _Attribution((cs, ce), res, content)

    def _quoted_as_saying(self, s: int, e: int, cs: int, ce: int, before: list[tuple[int, int, str]],
                          k: int) -> _Attribution | None:
        """'NTV quoted Ismail Alakoc, the refinery's chairman, as saying that ...': the one quoted speaks."""
        j = k - 1
        while j >= 0 and before[j][2].lower() not in {"quoted", "quotes", "quoting"} and k - j < 20:
            j -= 1
        if j < 0 or before[j][2].lower() not in {"quoted", "quotes", "quoting"} or j + 1 >= k:
            return None
        res = self.index.resolve(before[j + 1][0], before[k - 1][1], False, self.last, named=True)
        content = self._content_after(ce, e, "said")
        if res is None or content is None:
            return None
        return _Attribution((cs, ce), res, content)

    def _opening_name(self, s: int, cs: int) -> tuple[list[tuple[int, int, str]], None] | None:
        """A run of capitalised words that opens the sentence and is closed by a comma: 'Jane Cole, ...'.

        Returns its words (as :meth:`_subject` does, with no appositive).
        """
        toks = _tokens(self.masked, s, min(cs, s + 80))
        k = 0
        while k < len(toks) and k < 5 and toks[k][2][:1].isupper() and toks[k][2][:1].isalpha():
            k += 1
        if k == 0 or k >= len(toks) or toks[k][2] != ",":
            return None
        return toks[:k], None

    def _clause_end(self, a: int, e: int) -> int:
        """Where the reported clause stops: before a second verb of the speaker's.

        'warned spending cuts cannot be avoided but vowed to make them fair' -> '... avoided'.
        """
        masked = self.masked
        if masked.find("and", a, e) < 0 and masked.find("but", a, e) < 0 and masked.find("which", a, e) < 0:
            return e  # none of the pattern's conjunctions: most clauses, ruled out by a find
        m = _SECOND_VERB.search(masked, a, e)
        return self._rstrip(a, m.start()) if m else e

    def _name_word(self, tokens: list[tuple[int, int, str]], k: int) -> bool:
        """A capitalised word that is a name, not the auxiliary or adverb it spells: "Theresa May said"
        (after another capitalised word), "May said" (the surname of someone in the story)."""
        word = tokens[k][2]
        if not word[:1].isupper() or (word.isupper() and len(word) > 1):  # not 'WILL' of a capitals headline
            return False
        return (k >= 1 and tokens[k - 1][2][:1].isupper()) or word.lower() in self.index.names

    def _subject(self, before: list[tuple[int, int, str]],
                 i: int) -> tuple[list[tuple[int, int, str]], tuple[int, int] | None] | None:
        """The subject just before the verb: '[U.K. Minister Michael Spicer] said', '[he] said'.

        Returns its words (tokens that open with a letter or digit, so words as
        :meth:`SpeakerIndex.resolve_words` takes them) and, for 'X, the minister, said', the
        appositive's span as well.
        """
        appositive: tuple[int, int] | None = None
        if i > 0 and before[i - 1][2] == ",":
            # 'Smith, a spokesman for Ford, said': the subject is before the appositive
            j = i - 2
            while j >= 0 and before[j][2] != "," and i - j < 16:
                j -= 1
            if j < 0 or before[j][2] != ",":
                return None
            appositive = (before[j + 1][0], before[i - 2][1])
            i = j
        if i > 0 and before[i - 1][2] == ")":
            # 'Boeing Co ( BA.N ) said': a ticker between the name and the verb
            j = i - 1
            while j > 0 and before[j][2] != "(" and i - j < 8:
                j -= 1
            if before[j][2] == "(":
                i = j
        k = i
        n = 0
        while k > 0 and n < 12:
            tok = before[k - 1][2]
            low = tok.lower()
            if not (tok[0].isalnum()) or (low in _STOP and not self._name_word(before, k - 1)):
                break
            if low == "and" and not ((k >= 2 and before[k - 2][2][:1].isupper()) or before[k][2][:1].isupper()):
                break  # 'Smith and Jones said', 'government and Communist Party leaders say'; not 'rose and he said'

            k -= 1
            n += 1
        if k == i:
            return None
        # drop an opening conjunction or adverb: 'But Smith said', 'Separately, officials said'
        while k < i and before[k][2].lower() in {"and", "but", "separately", "meanwhile", "however", "yet"}:
            k += 1
        if k == i:
            return None
        return before[k:i], appositive

    def _inverted(self, s: int, e: int, cs: int, ce: int, boundary: int, strict: bool = False) -> _Attribution | None:
        """'..., said John Smith, a spokesman for Ford.' / '"...," said Smith.': the speaker after the verb.

        ``strict`` when only a comma comes before the verb: the words after it must then be a
        speaker and nothing more ('..., said the minister.', not '..., said the plan would fail').
        """
        masked = self.masked
        end = ce
        last_tok = ""
        for n, m in enumerate(_TOKEN.finditer(masked, ce, e)):
            tok = m.group()
            if tok == ":" and strict:
                return None  # 'Mandelson, a former director, said: "..."': a colon introduction
            if tok in {";", '"', "\u201c", "\u201d", "(", ":"} or tok.startswith(_MASK) or n >= 14:
                break
            if tok == "," and n > 0:
                nxt = _WORD.match(masked, self._lstrip(m.end(), e))
                if nxt and (nxt.group().lower() in _CLAUSE_STARTS or nxt.group().lower() == "that"):
                    break
            if tok.lower() in {"who", "whose", "whom"} and n > 1:
                break  # '..., said the official who declined to be named'
            if n <= 3 and tok.endswith(_POSSESSIVE_ENDS) and tok[:1].isupper():
                nxt = _WORD.match(masked, self._lstrip(m.end(), e))
                if nxt is not None and nxt.group().islower() and not self.index.is_title_word(nxt.group()):
                    return None  # 'X said Ivanka Trump's statement failed': a clause, not 'said NBC's Dante Chinni'
            if strict and (tok.lower() in _STOP or tok.lower() in _PASSIVE):
                return None
            end = m.end()
            last_tok = tok
        if end == ce:
            return None
        if strict and last_tok.islower() and last_tok.endswith("ed"):
            return None  # '..., said many of the examples failed': a clause, not a speaker
        first = _WORD.match(masked, self._lstrip(ce, e))
        if first is None or first.group().lower() in {"that", "it", "in", "on", "at", "he", "she", "they"}:
            return None  # '..., said that ...', ', said on Tuesday ...': no speaker after the verb
        if strict and not (first.group()[:1].isupper() or first.group().lower() in _DETERMINERS_AFTER):
            return None
        res = self.index.resolve(ce, end, False, self.last, named=True)
        if res is None:
            return None
        ca = self._lstrip(s, boundary)
        cb = self._rstrip(s, boundary)
        if masked[boundary : boundary + 1] in {'"', "\u201d", "\u00bb"} or masked[boundary : boundary + 2] == "''":
            cb = boundary + 1
        if cb <= ca:
            return None
        return _Attribution((cs, ce), res, (ca, cb))

    def _according(self, s: int, e: int, m: re.Match[str]) -> _Attribution | None:
        """'According to X, ...' and '..., according to X.'."""
        masked = self.masked
        end = m.end()
        stop = e
        for n, t in enumerate(_TOKEN.finditer(masked, m.end(), e)):
            if t.group() in {",", ";", '"', "(", "\u201c"} or t.group().startswith(_MASK) or n >= 12:
                stop = t.start()
                break
            end = t.end()
        res = self.index.resolve(m.end(), end, False, self.last)
        if res is None:
            return None
        if self._rstrip(s, m.start()) <= s + 1:
            ca = self._lstrip(stop, e)
            return _Attribution(None, res, (ca, e)) if e - ca > 8 else None
        cb = self._rstrip(s, m.start())
        content_end = e if self._lstrip(stop, e) < e and stop < e else cb
        return _Attribution((m.start(), m.end() - 1), res, (self._lstrip(s, cb), content_end))

    # -- making quotes --------------------------------------------------------------------------------------

    def _quotes_of(self, att: _Attribution) -> list[_Draft]:
        a, b = att.content
        if b <= a:
            return []
        groups = [g for g in self._groups_in(a, b) if not g.claimed]
        own = self._own_words(a, b, att.skip)
        if groups and own == 0:
            out = []
            for g in groups:
                g.claimed = True
                out.append(self._direct(g, att.speaker, att.cue))
            return out
        if groups:
            for g in groups:
                g.claimed = True
            end = max(b, max(g.segments[-1].close for g in groups))
            return [self._reported(a, end, "mixed", att)]
        if own < 3:
            return []
        return [self._reported(a, b, "indirect", att)]

    def _own_words(self, a: int, b: int, skip: tuple[int, int] | None) -> int:
        """Unquoted words of the content, leaving out "that" and the attribution inside it.

        Only "none" and "fewer than three" matter, so counting stops at three (per part).
        """
        if skip is not None and a <= skip[0] < b:
            return self._own_words(a, skip[0], None) + self._own_words(min(b, skip[1]), b, None)
        n = 0
        for w in _PLAIN_WORD.finditer(self.masked, a, b):
            if w[0] != "that":
                n += 1
                if n >= 3:
                    break
        return n

    def _spans(self, speaker: Resolution | None, cue: tuple[int, int] | None) -> dict[str, Any]:
        text = self.text
        out: dict[str, Any] = {}
        if speaker is not None:
            out["speaker"] = speaker.entity
            if speaker.start >= 0:
                out["speaker_text"] = collapse(speaker.text)
                out["speaker_span"] = Span.of(text, speaker.start, speaker.end)
        if cue is not None:
            out["cue"] = collapse(text[cue[0] : cue[1]])
            out["cue_span"] = Span.of(text, cue[0], cue[1])
        return out

    def _direct(self, g: _Group, speaker: Resolution | None, cue: tuple[int, int] | None) -> _Draft:
        parts = [Span.of(self.text, s.start, s.end) for s in g.segments if s.end > s.start]
        if not parts:
            seg = g.segments[0]
            parts = [Span.of(self.text, seg.start, seg.start)]
        words = collapse(" ".join(p.text for p in parts))
        span = parts[0] if len(parts) == 1 else Span.of(self.text, parts[0].start, parts[-1].end)  # frozen: shared
        fields = self._spans(speaker, cue)
        fields["parts"] = parts
        return _Draft(words, "direct", span, fields)

    def _reported(self, a: int, b: int, kind: QuoteKind, att: _Attribution) -> _Draft:
        while b > a and self.text[b - 1] in " \n\t.,;:":
            b -= 1
        span = Span.of(self.text, a, b)
        fields = self._spans(att.speaker, att.cue)
        fields["parts"] = [span]
        return _Draft(collapse(span.text), kind, span, fields)


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[a:b]`` as ``(start, end, token)``: 'Smith said' -> (0, 5, 'Smith'), (6, 10, 'said')."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, a, b)]

