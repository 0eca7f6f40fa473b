"""People, organizations and places: every named one, once, with its mentions.

A rule-based tagger for wire copy, no model download. One pass over each body paragraph (and the
byline and credits) finds runs of capitalised words (``Acting President``, ``Arif Hashimov``,
``Greater New York Hospital Association``), cuts each run into chunks with the word lists in
``newsmodel/lexicons`` (title words, organization heads and suffixes, given names, places,
months ...) and reads the context around them (``said X``, ``X, a spokesman for Y``, ``(ACRONYM)``,
``Mr.``). A second step merges the forms a story uses for one entity: ``Hashimov`` with ``Arif
Hashimov``, ``ANAS`` with ``Azerbaijani National Academy of Sciences``, ``Foote`` with ``Foote
Mineral Co``.

Helpers for later stages (quotes, commitments):

* :func:`resolve_name` -- the person or organization a piece of text names (surname, alias, acronym);
* :func:`entity_at` -- the person or organization mentioned at a span of the text;
* :func:`gender_of` -- ``"female"``, ``"male"`` or None, from honorifics, gendered titles and given names.

>>> from newsmodel import Article, Paragraph, Span
>>> text = "Acme Corp chief executive Jane Doe said sales rose. Doe said Acme would hire."
>>> art = find_entities(Article(text=text, body=[Paragraph(text, Span.of(text, 0, len(text)))]))
>>> [(p.name, p.aliases, p.titles, p.affiliations) for p in art.people]
[('Jane Doe', ('Doe',), ('chief executive',), ('Acme Corp',))]
>>> [(o.name, o.aliases) for o in art.organizations]
[('Acme Corp', ('Acme',))]
>>> resolve_name(art, "Ms. Doe").name
'Jane Doe'
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from newsmodel.extract._entities_lex import Lexicons, lexicons
from newsmodel.model import Article, Organization, Person, Place, Span
from newsmodel.text import flatten, iter_lines

__all__ = ["entity_at", "find_entities", "gender_of", "resolve_name"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"

# One capitalised word, never starting inside another word. Alternatives, each linear (every loop
# step consumes one character):
#   "U.S.", "U.N.", "N.Y."           dotted abbreviations
#   "Hashimov", "O'Neill", "Bar-Illan", "AT&T", "McDonald", "Clinton's", "ANAS"
# The pattern opens with the set of first letters (and only then looks behind, two characters wide), so
# the regex engine skips the rest of the text in C instead of trying every position.
_WORD_BODY = r"(?:\w|['\u2019&-](?=\w))*"  # "ashimov", "'Neill", "&T": letters, joints between letters
_WORD = re.compile(
    rf"[{_UP}](?<![\w'\u2019.-].)"
    rf"(?:\.(?:[{_UP}]\.)+|{_WORD_BODY})"  # "U.S.", "Hashimov"
)
# The same, and also a name opening with a lower-case Arabic particle and a hyphen: "al-Assad",
# "bin-Laden". Its first letters "a", "b", "e", "i" stop the scan at almost every word of the text, so it
# is used only where _PARTICLE_JOINT finds such a joint (see _Reader.runs).
_WORD_OR_PARTICLE = re.compile(
    rf"[{_UP}abei](?<![\w'\u2019.-].)"
    rf"(?:(?<=[{_UP}])(?:\.(?:[{_UP}]\.)+|{_WORD_BODY})"  # "U.S.", "Hashimov"
    rf"|(?<=a)(?:l|d|sh|s|t|bu|bd)-[{_UP}]{_WORD_BODY}"  # "al-Assad", "abu-Bakr"
    rf"|(?<=e)l-[{_UP}]{_WORD_BODY}"  # "el-Sisi"
    rf"|(?<=b)in-[{_UP}]{_WORD_BODY}"  # "bin-Laden"
    rf"|(?<=i)bn-[{_UP}]{_WORD_BODY})"  # "ibn-Saud"
)
# The joint every particle name of _WORD_OR_PARTICLE holds, the particle's last two letters, a hyphen and a
# capital: "al-A" of "al-Assad", "in-L" of "bin-Laden" (also "Stay-in-Power"; a false hit only costs time).
# It opens with the literal hyphen, so the search skips to hyphens in C.
_PARTICLE_JOINT = re.compile(rf"-[{_UP}](?<=(?:al|ad|sh|as|at|bu|bd|el|in|bn)-.)")
# What may stand between two capitalised words of one organization's name: "Bank of England",
# "Procter & Gamble", "Ministry for the Environment". A person's name takes only the lower-case particles
# of lexicons/name_particles.txt ("Ludwig van Beethoven", "Osama bin Laden", "Maria de la Cruz").
_LINKS = frozenset(["of", "of the", "for", "for the", "and", "&", "on"])
# What may stand inside an organization's name besides those: "People's Daily", "Banque de France".
# The Romance "of" and "and" of names printed in Spanish, Portuguese, French or Italian: "Banco de Espana",
# "Cassa di Risparmio", "Companhia Vale do Rio Doce", "Minas de Almaden y Arrayanes".
_ROMANCE_OF = frozenset(["de", "di", "do", "da", "du", "des", "del", "della", "dos", "das", "de la", "de los", "y de"])
_ORG_CONNECTORS = _LINKS | _ROMANCE_OF | frozenset(["'s", "la", "le", "y"])
# What joins the words of a Romance name after its head: "Banco do Brasil", "Societe Generale", "Minas de
# Almaden y Arrayanes".
_ROMANCE_RUN_ON = _ROMANCE_OF | frozenset(["", "y"])
# The verb ends of contractions, which no name carries: "I'd", "We've", "They'll", "You're", "I'm".
_CONTRACTIONS = ("'d", "'ve", "'ll", "'re", "'m", "\u2019d", "\u2019ve", "\u2019ll", "\u2019re", "\u2019m")
# Prefixes joined to a title by a hyphen: "Co-chairman", "Ex-President", "Vice-Premier".
_TITLE_PREFIXES = frozenset(["co", "ex", "vice", "deputy", "acting", "former"])
# Months that are also surnames ("Theresa May", "Brian May", "Jane March"); the abbreviations are not.
_MONTHS = frozenset(["january", "march", "april", "may", "june", "july", "august"])
# Connectors that carry a head-first organization name on: "Ministry of ...", "Court of Appeals".
_OF = frozenset(["of", "of the", "for", "for the"])
# "Ministry of X", "Commission on Presidential Debates", "Cassa di Risparmio": after an org head
_HEAD_LINKS = _OF | _ROMANCE_OF | frozenset(["on"])
# Stock tickers printed after a company, one at a time: " <BAC>", " ( HUM.N )", " ( 0753.HK )", " WMG.N".
_TICKER = re.compile(r"\s*(?:<([A-Z][A-Z0-9.]{0,9})>|\(\s*([A-Z0-9]{1,6}\.[A-Z]{1,3})\s*\)|([A-Z]{1,5}\.[A-Z]{1,2})\b)")
# The quick test for _TICKER: a bracket or capital within four characters: " <", " ( ", " W".
_TICKER_START = re.compile(r"\s{0,3}[<(A-Z]")
# A lower-case word hyphened to a name: "-based" in "New York-based", "-style" in "Jackson-style".
_HYPHEN_LOWER = re.compile(
    r"-(?:based|born|backed|led|owned|controlled|run|style|era|type|like|made|listed|registered|funded|"
    r"affiliated|allied|linked|speaking|friendly|sized|level|wide|bound|area|region|zone|focused|oriented|"
    r"dominated|appointed|elected|designate|elect|in-waiting|turned|inspired|bashing|related)\b"
)
# Small pieces of context, matched at a known position:
_NAME_PARTS = re.compile(r"(['\u2019-])")  # the joints of "D'AMATO", "BAR-ILLAN"
_COMMA = re.compile(r",\s+")  # ", " before an appositive
_COMMA_GAP = re.compile(r"\s*,\s*")  # " , " -- all that stands between a name and the title after it
_NEXT_LOWER = re.compile(r"\s*(?:,\s*)?([a-z]+)")  # " said", ", said" after a name
_ASIDE_STOPS = frozenset('"\u201c\u201d;:()\n')  # marks an aside between a name and "said" never holds
_SENTENCE_END = re.compile(r"[a-z0-9]{2}\.\s+[A-Z]")  # "Blunt. Warner": a sentence ends inside the "aside"
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"  # rstrip() with these cuts "said" off "... said"
_LOWER_AFTER = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\b")  # " chief executive" after "Warner Music"
_SPACE_HYPHEN = re.compile(r"[\s-]+")  # word breaks of "Rio Tinto-Zinc"
# After a period: the next sentence opens (or the paragraph ends): " The", "".
_SENTENCE_NEXT = re.compile(r"\s*$|\s+[\"'`\u201c(]*[A-Z]")
# Dotted initials: "U.N.", "E.U."
_DOTTED = re.compile(r"(?:[A-Z]\.)+")
# A leader's government: "Clinton administration", "Bush administration".
_ADMINISTRATION = re.compile(r"\s+administration\b")
# The gap between a title and its name: nothing, or an acronym in brackets: " (ANAS) ".
_BRACKETED = re.compile(r"\s*(?:\(\s*[A-Z][A-Za-z.&]{1,11}\s*\)\s*)?,?\s*")
# An acronym defined in brackets after a name: " (ANAS)", " (EU)", " (Etsi)", "'s (MPAA)".
_ACRONYM_DEF = re.compile(r"(?:['\u2019]s)?\s*\(\s*([A-Z][A-Za-z.&]{1,11})\s*\)")
# A lower-case word and the text before it, read backwards: used for "transport spokesman X".
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z-]*$")
# Words of a phrase (lower or upper case, with dots and apostrophes): "a", "spokeswoman", "U.S.".
_PHRASE_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019.&-]*|[,.;:()\"`\u201c\u201d]")
# Words before a company named alone: "shares of ", "a stake in ", "rival ", "takeover of ".
_ORG_BEFORE = re.compile(
    r"\b(?:(?:shares|stake|stakes|holdings|units?|subsidiary|takeover|acquisition|merger|bid)\s+(?:of|in|with|for)"
    r"|rivals?|competitors?)\s+$"
)
# The words _ORG_BEFORE can end with: a quick test before the search.
_ORG_BEFORE_LAST = ("of", "in", "with", "for", "rival", "rivals", "competitor", "competitors")
# Generational suffixes after a surname: "Jr.", "III".
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# Courtesy honorifics: kept out of the name and out of the titles ("Mr Glickman", "Ms. Dunwoody").
# Titles used with a courtesy word to address someone, never a surname: "Mr. President", "Madam Speaker".
_ADDRESS_TITLES = frozenset(["president", "chairman", "chairwoman", "speaker", "secretary", "minister", "ambassador",
                             "mayor", "governor", "senator", "commissioner", "chancellor", "premier"])
_COURTESY = frozenset(["mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "dr", "sir", "dame", "lord", "lady"])



@attrs.define
class _Tok:
    """A capitalised word of the text: offsets, the word as printed, and its lower-case key."""

    start: int
    end: int
    text: str
    key: str
    poss: bool = False  # printed with "'s": "Clinton's"
    acr: bool = False  # all capitals: "ANAS", "U.N."
    conn: str = ""  # the connector word(s) between this word and the one before in its run
    initial: bool = False  # opens a sentence or a quotation


@attrs.define
class _Cand:
    """Something named at one place of the text, before merging."""

    kind: str  # "person", "org", "place", "single" (one word, person or organization), "acr"
    start: int
    end: int
    name: str
    titles: list[str] = attrs.Factory(list)
    affiliations: list[str] = attrs.Factory(list)
    acronym: str | None = None
    tickers: list[str] = attrs.Factory(list)
    evidence: str = ""  # "person", "org" or "" for a one-word name
    extra: list[tuple[int, int]] = attrs.Factory(list)  # more mentions: the acronym in "(ANAS)"


@attrs.define
class _Ent:
    """An entity being built: the fullest name so far, the other forms, and every mention."""

    kind: str
    name: str
    forms: list[str] = attrs.Factory(list)
    titles: list[str] = attrs.Factory(list)
    affiliations: list[str] = attrs.Factory(list)
    acronym: str | None = None
    tickers: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    source: Person | None = None


def _words_key(words: list[str]) -> str:
    return " ".join(words).lower()


def _clean(text: str) -> str:
    """A name as one line: "Richard\\nAllsop" -> "Richard Allsop"."""
    return " ".join(text.split())


def _is_acronym(word: str) -> bool:
    """All capitals, two letters or more: "ANAS", "U.N.", "AT&T"."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def _smart_case(name: str) -> str:
    """An ALL-CAPS byline name in normal capitalisation: "JAMES DAO" -> "James Dao", "D'AMATO" -> "D'Amato"."""
    if any(c.islower() for c in name):
        return name
    out = []
    for word in name.split():
        parts = _NAME_PARTS.split(word.lower())
        out.append("".join(p[:1].upper() + p[1:] if len(p) > 1 or p.isalpha() else p for p in parts))
    return " ".join(out)


_CACHE_SIZE = 20000  # entries per memo below; a long or hostile text clears it, never grows it without end
_ChunkMemo = dict[tuple[tuple[str, str, bool], ...], list[tuple[str, int, int]]]
# a word as matched -> (word, poss, key, acr, may take an abbreviation dot, is an organization suffix)
_WordMemo = dict[str, tuple[str, bool, str, bool, bool, bool]]
_memos: dict[int, tuple[Lexicons, _ChunkMemo, _WordMemo]] = {}


def _memo(lex: Lexicons) -> tuple[Lexicons, _ChunkMemo, _WordMemo]:
    """What was worked out for words and runs with these word lists; a changed list starts afresh."""
    hit = _memos.get(0)
    if hit is None or hit[0] is not lex:
        hit = (lex, {}, {})
        _memos[0] = hit
    return hit


def _clear_caches() -> None:
    """Forget remembered words and runs (for benchmarks that must start cold)."""
    _memos.clear()


class _Reader:
    """Reads one article's regions into candidates; all state for one article lives here."""

    def __init__(self, article: Article, lex: Lexicons) -> None:
        self.text = article.text
        self.flat = flatten(article.text)
        self.lex = lex
        self.abbrev = lex.abbreviations
        _, self.chunk_memo, self.word_memo = _memo(lex)  # looked up once per article, not per word or run

    # ---- words and runs -------------------------------------------------------------------
    def _word(self, word: str) -> tuple[str, bool, str, bool, bool, bool]:
        """What a matched word is, wherever it stands: see :meth:`runs`."""
        poss = False
        if word.endswith(("'s", "\u2019s")) and len(word) > 3:
            word, poss = word[:-2], True
        cut = _HYPHEN_LOWER.search(word) if "-" in word else None
        if cut and cut.start() > 1:
            word = word[: cut.start()]  # "Jackson-style", "York-based": the name is before the hyphen
            poss = False
        key = word.lower()  # "u.s." keeps its dots; a trailing one goes below
        dot = not poss and "." not in word and (len(word) == 1 or key in self.abbrev)
        suffix = key in self.lex.org_suffixes
        if key.endswith(".") and key.count(".") == 1:
            key = key[:-1]
        elif "." in key and key.replace(".", "") in self.lex.org_suffixes:
            key = key.replace(".", "")  # "S.A.", "N.V.": the suffix as the list spells it
        elif "-" in key and not poss:
            *mods, last = key.split("-")
            if last in self.lex.titles and all(m in self.lex.title_modifiers or m in _TITLE_PREFIXES for m in mods):
                key = last  # "Vice-Premier", "Co-chairman", "Ex-President": a title, looked up by its head
        # a dot added after the word changes neither its case nor its letters: "A." is no acronym
        acr = word.isupper() and _is_acronym(word)
        return word, poss, key, acr, dot, suffix

    def _initial(self, pos: int, region_start: int) -> bool:
        """True when the word at ``pos`` opens a sentence, quotation or heading."""
        i = pos - 1
        flat = self.flat
        if i > region_start and flat[i] == " " and (flat[i - 1].isalnum() or flat[i - 1] == ","):
            return False  # the common case: "said Smith", "Bank, Smith" -- a word inside a sentence
        while i >= region_start and flat[i] in " \"'`(\u201c\u2018[":
            i -= 1
        if i < region_start:
            return True
        c = flat[i]
        if c in "!?:;\u201d":
            return True
        if c in "-_" and i > region_start and flat[i - 1] in " -_":
            return True  # dateline dash: "GROZNY, Russia (AP) -- Russia's air force"
        if c == ".":
            j = i - 1
            while j >= region_start and flat[j].isalpha():
                j -= 1
            prev = flat[j + 1 : i].lower()
            # "Mr. Smith" / "George W. Bush" do not open a sentence; "said. The" does
            return not (prev in self.lex.honorifics or len(prev) == 1)
        return False

    def runs(self, start: int, end: int) -> Iterator[list[_Tok]]:
        """The capitalised words of ``text[start:end]`` grouped into runs, read in one pass:
        "Acting President of the Azerbaijani National Academy of Sciences".

        Only the first word of a run can open a sentence, so only it is tested for that.
        """
        flat = self.flat
        memo = self.word_memo
        word_re = _WORD_OR_PARTICLE if _PARTICLE_JOINT.search(flat, start, end) else _WORD
        run: list[_Tok] = []
        prev: _Tok | None = None
        for m in word_re.finditer(flat, start, end):
            # the word: possessive and hyphened suffix cut off, its key and classes (remembered per word)
            raw = m.group()
            known = memo.get(raw)
            if known is None:
                known = self._word(raw)
                if len(memo) >= _CACHE_SIZE:
                    memo.clear()
                memo[raw] = known
            word, poss, key, acr, dot, suffix = known
            s = m.start()
            e = s + len(word)
            if (dot and e < end and flat[e] == "."
                    and not (suffix and _SENTENCE_NEXT.match(flat, e + 1, end))):
                word += "."  # "Mr.", "W.", "Corp." -- but "... Acme Corp. The" ends a sentence
                e += 1
            tok = _Tok(s, e, word, key, poss, acr)
            # the run: does the word carry on the one before?
            if prev is not None:
                if tok.start == prev.end + 1 and flat[prev.end] == " " and not prev.poss and prev.text[-1] != ".":
                    conn: str | None = ""  # the common case: one space between two capitalised words
                elif tok.start - prev.end > 24:
                    conn = None  # the next commonest: words apart in a sentence (see _connector)
                else:
                    conn = self._connector(prev, flat[prev.end : tok.start], self.text[prev.end : tok.start])
                if conn is None:
                    yield run
                    run = []
                else:
                    tok.conn = conn
            if not run:
                tok.initial = self._initial(tok.start, start)
            run.append(tok)
            prev = tok
        if run:
            yield run

    def _connector(self, prev: _Tok, gap: str, raw: str) -> str | None:
        if prev.poss and prev.key in ("people", "workers", "women", "children", "veterans") and gap[2:] == " ":
            return "'s"  # "People's Daily", "People's Liberation Army"
        if prev.poss or len(gap) > 24 or not gap:
            return None
        if prev.text.endswith("."):
            if not (prev.key in self.lex.honorifics or len(prev.key) == 1 or prev.acr):
                return None  # "Foote Mineral Co. The company" ends a name
            if self.flat[prev.end : prev.end + 1] != " " or gap.strip():
                return None
            nxt = self.flat[prev.end + 1 : prev.end + 1 + 12].split(" ")[0].lower()
            if nxt in self.lex.common_words:
                return None  # "in the U.S. The company"
        if "\n" in raw and (("\n " in raw and raw.count(" ") >= 3) or "\n\t" in raw or raw.count("\n") > 1):
            return None  # a new indented paragraph inside one block
        words = gap.split()
        if not words:
            return ""
        conn = " ".join(words)
        ok = conn in _LINKS or conn in self.lex.particles or conn in _ROMANCE_OF  # "Caisse Centrale des Banques"
        return conn if ok and gap[0] == " " and gap[-1] == " " else None

    # ---- word classes ---------------------------------------------------------------------
    def _is_given(self, tok: _Tok) -> bool:
        return tok.key in self.lex.given and not tok.acr

    def _name_shaped(self, tok: _Tok) -> bool:
        lex, k = self.lex, tok.key
        if tok.acr and len(tok.key) > 1 and "." not in tok.text:
            return False
        if k in lex.calendar or k in lex.org_heads or k in lex.org_suffixes:
            return False
        if k in lex.title_words and k not in lex.given:
            return False
        return not (k in lex.nationalities or (k in lex.places and k not in lex.given))

    def _initials(self, run: list[_Tok], j: int) -> bool:
        """Dotted initials that spell a company suffix, inside a name: the "K.K." of "William K.K. Wong"
        (a word follows directly), not of "Mitsubishi K.K." or "Elf Aquitaine S.A. Chairman"."""
        tok = run[j]
        return (tok.key in self.lex.org_suffixes and not tok.conn and "." in tok.text[:-1] and j + 1 < len(run)
                and not run[j + 1].conn and self._name_shaped(run[j + 1]))

    def _month_surname(self, run: list[_Tok], j: int) -> bool:
        """A month after a given name is a surname: "Theresa May", "Brian May", "Jane March"; not
        "in May 2016" or "Jane Roe on May 3" (no connector, no number after it)."""
        tok = run[j]
        if tok.key not in _MONTHS or tok.conn or j == 0 or not self._is_given(run[j - 1]) or tok.text.endswith("."):
            return False
        after = self.flat[tok.end : tok.end + 3].lstrip(" ,")
        return not after[:1].isdigit()

    def _phrase(self, run: list[_Tok], i: int, j: int) -> str:
        """The words i..j-1 of a run as one lower-case key, connectors included."""
        parts = []
        for n in range(i, j):
            if n > i and run[n].conn:
                parts.append(run[n].conn)
            parts.append(run[n].text.lower())
        return " ".join(parts)

    def _name(self, run: list[_Tok], i: int, j: int) -> str:
        if j == i + 1:
            return run[i].text  # one word holds no whitespace: the text as printed
        return _clean(self.text[run[i].start : run[j - 1].end])

    def _known_org(self, run: list[_Tok], i: int) -> int:
        """End of the longest known organization at i ("European Union", "EU", "White House"), else i."""
        lex = self.lex
        if run[i].key not in lex.org_starts and run[i].text.lower() not in lex.org_starts:
            return i
        for j in range(min(len(run), i + lex.max_org), i, -1):
            phrase = self._phrase(run, i, j)
            if phrase.rstrip(".") in lex.organizations or phrase in lex.organizations:
                if j == i + 1 and not run[i].acr and (len(run[i].key) <= 3 or run[i].key in lex.common_words):
                    continue  # short acronyms must be printed in capitals: "WHO" is the body, "Who" is not
                return j
        return i

    def _place(self, run: list[_Tok], i: int) -> int:
        lex = self.lex
        if run[i].text.lower() not in lex.place_starts:
            return i
        for j in range(min(len(run), i + lex.max_place), i, -1):
            if any(run[n].conn not in ("", "and", "de", "la", "of") for n in range(i + 1, j)):
                continue
            phrase = self._phrase(run, i, j)
            if phrase in lex.places or phrase in lex.nationalities:
                return j
        return i

    def _org_by_head(self, run: list[_Tok], i: int) -> int:
        """End of an organization named by its head word or suffix starting at i, else i.

        "Greater New York Hospital Association", "Foote Mineral Co", "Ministry of Civil Affairs",
        "Department of Transport", "District of Columbia U.S. Circuit Court of Appeals".
        """
        lex = self.lex
        if run[i].key in lex.romance_heads:
            return self._romance_org(run, i)
        best = i
        limit = min(len(run), i + 10)
        for j in range(i, limit):
            tok = run[j]
            if j > i and tok.conn not in ("",) and tok.conn not in _ORG_CONNECTORS:
                break
            if j > i and tok.key in lex.romance_heads and (
                    tok.conn in ("and", "&") or (j + 1 < len(run) and run[j + 1].conn in _ROMANCE_RUN_ON)):
                break  # "HSBC and | Societe Generale", "French Bank | Societe Generale": a name of its own
            k = tok.key
            if k in lex.calendar:
                break
            if tok.conn in ("and", "&") and best > i + 1 and (tok.acr or run[best - 1].key in lex.org_suffixes):
                break  # "Sony Music and BMG Entertainment": two names, each with its head
            if best > i and self._second_head(run, j):
                break  # "European Central Bank and Bank of England": a second name opens with its head
            if j > i and tok.conn in ("and", "&") and self._known_org(run, j) > j + 1:
                break  # "Ford and General Motors": a known name after "and" stands on its own
            if tok.conn in ("of", "of the", "for") and best == i and (self._is_given(run[i]) or j - i >= 2):
                break  # "Thomas Penfield Jackson of U.S. District Court": a person, then the court
            if tok.conn in ("and", "&") and best == i and self._is_given(run[i]):
                break  # "Mayor Dennis Archer and Police Chief Benny Napoleon"
            if j > i and k in lex.common_words and j + 1 < len(run) and run[j + 1].conn in ("and", "&"):
                break  # "Heineken Cup and Celtic League": two names, the first no organization
            if j > i and k in lex.titles and k not in lex.org_heads and not self._title_in_org(run, j):
                break
            if j > i and self._initials(run, j):
                break  # "William K.K. Wong": initials, not the suffix of "Mitsubishi K.K."
            if j > i and k in lex.org_suffixes and not tok.conn:
                best = j + 1
                # "Rio Tinto-Zinc Corp PLC": a second suffix follows the first
                continue
            if k in lex.org_heads and not tok.acr and (j > i or k in lex.org_openers):
                best = j + 1
        if best > i:
            # head-first names run on through "of X Y": "Ministry of Civil Affairs", "Court of Appeals"
            j = best
            if run[i].key in lex.org_openers and any(run[x].conn in _OF for x in range(i + 1, j)):
                # a head word inside the "of X Y" ends nothing: "Bank for International Settlements",
                # "Institute of International Finance"
                while (j < len(run) and run[j].conn in ("", "and", "&") and self._name_ok_in_org(run[j])
                       and run[j].key not in lex.org_suffixes and run[j - 1].key not in lex.org_suffixes
                       and not run[j].acr and not self._second_head(run, j)
                       and not (run[j].conn and self._known_org(run, j) > j + 1)):  # "Trade and Industry"
                    j += 1
            while (j < len(run) and run[j].conn in _HEAD_LINKS and self._name_ok_in_org(run[j])
                   and run[j].key not in lex.romance_heads):  # "Oil Research of | Societe Generale"
                j += 1
                while (j < len(run) and run[j].conn in ("", "and", "&") and self._name_ok_in_org(run[j])
                       and not self._second_head(run, j)):  # "Ministry of Finance and | Ministry of Trade"
                    j += 1
            best = j
        if (best > i + 1 and best - i <= 3 and self._is_given(run[i]) and run[best - 1].key not in lex.org_suffixes
                and all(not run[x].conn for x in range(i + 1, best))):
            return i  # "Thomas Hayden Church", "Jane Bank": a person whose surname is an organization word
        if best == i + 1 and run[i].key in lex.org_heads:
            # a head word alone ("Parliament", "Senate") only when known, and head-first names need their "of X"
            return i
        return best

    def _second_head(self, run: list[_Tok], j: int) -> bool:
        """After "and", a head word with its own "of": the "Bank" of "Bank of England" in "European
        Central Bank and Bank of England" opens a second name ("Bank and Trust Co" stays one)."""
        return (run[j].conn in ("and", "&") and run[j].key in self.lex.org_heads and j + 1 < len(run)
                and run[j + 1].conn in _OF)

    def _romance_org(self, run: list[_Tok], i: int) -> int:
        """End of an organization named head first in a Romance language at i, else i: "Banco do Brasil",
        "Societe Generale", "Caisse Nationale de Credit Agricole", "Minas de Almaden y Arrayanes SA"."""
        j = i + 1
        while (j < len(run) and j - i < 10 and run[j].conn in _ROMANCE_RUN_ON and self._name_ok_in_org(run[j])
               and (run[j].conn or run[j].key not in self.lex.romance_heads)):  # "Caisse Centrale des Banques"
            j += 1
        return j if j > i + 1 else i

    def _title_in_org(self, run: list[_Tok], j: int) -> bool:
        """A title word inside an organization name ("Federal Reserve Board", "Chief Rabbinate", "Meyer
        Detective Agency")."""
        k = run[j].key
        return ((k in self.lex.title_modifiers or k in self.lex.titles) and j + 1 < len(run)
                and run[j + 1].key in self.lex.org_heads)

    def _name_ok_in_org(self, tok: _Tok) -> bool:
        k = tok.key
        lex = self.lex
        if k in lex.calendar or (k in lex.titles and k not in lex.org_heads) or k in lex.common_words:
            return False
        return not (self._is_given(tok) and not tok.acr)

    def _title(self, run: list[_Tok], i: int) -> tuple[int, bool]:
        """End of a title starting at i and whether it opened with a title word.

        "Acting President", "Vice President", "Chief Financial Officer", "Col. Gen.",
        "Deputy Digital Development and Transport Minister", "Business Secretary".
        """
        lex = self.lex
        first = run[i].key
        if self._is_given(run[i]) and first not in lex.honorifics:
            return i, False  # "Dean Phillips" is a name before it is a title
        lexical = first in lex.title_words or first in lex.honorifics
        last_head = -1
        for j in range(i, min(len(run), i + 7)):
            tok = run[j]
            if j > i and (tok.conn not in ("", "and") or (tok.conn == "and" and last_head == j - 1
                                                           and run[j - 1].key not in lex.title_modifiers)):
                break  # "and" may join words of one title before its head word, never two titles
            k = tok.key
            if tok.acr and "." not in tok.text and k not in lex.titles:
                break  # an acronym ends a title, unless it is one: "MP", "CEO"
            if k in lex.titles or (k in lex.honorifics and k not in _COURTESY and tok.text.endswith(".")):
                last_head = j
                continue
            if k in lex.title_modifiers:
                continue
            if not lexical and last_head == j - 1 and k in lex.org_heads:
                return i, False  # "Meyer Detective Agency": the title word belongs to an organization
            if last_head >= 0 and run[last_head].key not in lex.title_modifiers:
                break  # "MP Oona King": after a title word, a plain word starts the name
            if (self._is_given(tok) and j > i) or k in lex.places or k in lex.calendar:
                break
            if k in lex.org_heads and not (lexical and j > i):
                break  # "Deputy Energy and Mining Minister" keeps its "Mining"; "Mining Corp" is no title
            if k in lex.nationalities:
                if j == i:
                    break
                continue
            if not lexical and j - i >= 1:
                break  # "Home Office Minister"? no: at most one plain word before the title word
        if last_head < 0:
            return i, False
        end = last_head + 1
        if end < len(run) and run[end].conn in ("of", "of the"):
            # "Secretary of State Henry Kissinger": a title with "of" inside, from the list
            for stop in range(min(len(run), end + 3), end, -1):
                if self._phrase(run, last_head, stop) in lex.titles:
                    return stop, lexical
        return end, lexical

    def _title_complement(self, run: list[_Tok], j: int) -> int:
        """Extend a title over "for X": "Minister for Aviation", "Associate Administrator for Space Science";
        and over "of X" when X is a portfolio, not an organization: "Minister of Employment Martine Aubry",
        "Chief Inspector of Mines Redzuan Sumun" (the name follows in the same run)."""
        n = len(run)
        if j >= n or run[j].conn not in ("for", "for the", "of", "of the"):
            return j
        of = run[j].conn.startswith("of")
        if of and (self._org_by_head(run, j) > j or self._known_org(run, j) > j or self._place(run, j) > j):
            return j  # "Chairman of Acme Corp John Smith": the organization is the affiliation
        k = j
        while k < n and (k == j or run[k].conn == "") and not (k > j and self._name_opens(run[k])):
            k += 1
        if k < n and self._name_opens(run[k]):
            return k
        if of:
            return j  # "CEO of Commons Asset Management": no name follows to mark where the portfolio ends
        rest = k - j
        if k == n and rest >= 3:
            return k - 2  # "... for Space Science Wesler Huntress": the last two words are the name
        return k if k == n or rest >= 1 else j

    def _people_word(self, tok: _Tok) -> bool:
        """A plural that names people, not a company: "MPs said", "Ministers said", "Executives said"."""
        word = tok.text
        if len(word) > 3 and word[-1] == "s" and word[:-1].isupper():
            return True  # "MPs", "CEOs"
        low, titles = word.lower(), self.lex.titles
        return low.endswith("s") and (low[:-1] in titles or (low.endswith("es") and low[:-2] in titles))

    def _name_opens(self, tok: _Tok) -> bool:
        """A given name or an honorific: where a name starts after a title's complement."""
        return self._is_given(tok) or tok.key in self.lex.honorifics

    # ---- chunks ---------------------------------------------------------------------------
    def chunks(self, run: list[_Tok]) -> list[tuple[str, int, int]]:
        """Cut a run into ("title"|"hon"|"org"|"place"|"nat"|"acr"|"name"|"skip", i, j) chunks.

        The cut depends only on the words as printed, their connectors and whether the run opens a
        sentence, never on where the run stands: stories repeat their names ("Hashimov", "U.S.",
        "Reuters"), so cuts are remembered (the shared list must not be changed by callers).
        """
        sig = tuple([(t.text, t.conn, t.initial) for t in run])
        cache = self.chunk_memo
        hit = cache.get(sig)
        if hit is None:
            hit = self._chunks(run)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[sig] = hit
        return hit

    def _chunks(self, run: list[_Tok]) -> list[tuple[str, int, int]]:
        lex = self.lex
        out: list[tuple[str, int, int]] = []
        i = 0
        n = len(run)
        # quick tests for the whole run: no head word means no organization by head, and so on
        keys = {t.key for t in run}
        any_head = not keys.isdisjoint(lex.org_heads) or not keys.isdisjoint(lex.org_suffixes)
        any_title = not keys.isdisjoint(lex.title_words) or not keys.isdisjoint(lex.honorifics)
        while i < n:
            tok = run[i]
            k = tok.key
            if k in lex.calendar and not tok.acr:
                out.append(("skip", i, i + 1))
                i += 1
                continue
            if (tok.initial or k == "the") and (k in lex.common_words or (k.endswith("ly") and tok.initial)) \
                    and not self._is_given(tok) and not (k in lex.organizations and tok.acr):
                out.append(("skip", i, i + 1))
                i += 1
                continue
            if k.endswith(_CONTRACTIONS):
                out.append(("skip", i, i + 1))  # "I'd", "We've", "They'll": a pronoun and its verb
                i += 1
                continue
            if tok.initial and k in lex.cue_verbs and i + 1 < n and not run[i + 1].conn:
                out.append(("skip", i, i + 1))  # "Said Jolie:", "Says McCarty": the verb opens the sentence
                i += 1
                continue
            if k in _COURTESY and (tok.text.endswith(".") or (i + 1 < n and not run[i + 1].conn)):
                out.append(("hon", i, i + 1))
                i += 1
                continue
            j = self._known_org(run, i)
            if j > i:
                j2 = self._org_by_head(run, i)
                out.append(("org", i, max(j, j2)))
                i = max(j, j2)
                continue
            courtesy = bool(out) and out[-1][0] == "hon" and i == n - 1  # "Ms King": a surname, not a title
            if courtesy and k in _ADDRESS_TITLES:
                out.append(("skip", i, i + 1))  # "Mr. President, will you ...": a form of address, no name
                i += 1
                continue
            j, lexical = self._title(run, i) if any_title and not courtesy else (i, False)
            if j == n and not lexical:
                j = i  # "Oona King": a plain word and a title word ending the run is a name
            if j > i:
                j = self._title_complement(run, j)
                out.append(("title" if lexical else "title?", i, j))
                i = j
                continue
            j = self._org_by_head(run, i) if any_head else i
            if j > i and self._place(run, i) >= j:
                j = i
            if j > i + 1 and run[i].key in lex.nationalities and self._place(run, i + 1) >= j:
                j = i  # "Jewish West Bank settlements": an adjective and a place, no organization
            if j > i and run[j - 1].key in lex.org_suffixes:
                # "Orange and Deutsche Telekom AG": two companies; "Morgan Stanley and Co Inc" is one
                ands = [x for x in range(i + 1, j) if run[x].conn == "and"]
                if ands and sum(1 for x in range(ands[-1], j) if run[x].key not in lex.org_suffixes) >= 2:
                    # one name per "and": "Lufkin and Jenrette and Pacific Holdings L.P." names no "Lufkin and Jenrette"
                    for a, b in zip([i, *ands[:-1]], ands, strict=True):
                        out.append(("name", a, b))
                    i = ands[-1]
                    continue
            if j > i:
                if j + 1 == n and run[j].conn == "" and run[j].key in lex.places:
                    j += 1  # "University College London"
                out.append(("org", i, j))
                i = j
                continue
            j = self._place(run, i)
            if j > i:
                phrase = self._phrase(run, i, j)
                out.append(("place" if phrase in lex.places else "nat", i, j))
                i = j
                continue
            if tok.acr and len(k.replace(".", "")) >= 2:
                out.append(("acr", i, i + 1))
                i += 1
                continue
            if (tok.initial or i == 0) and k in lex.common_words and not self._is_given(tok):
                out.append(("skip", i, i + 1))
                i += 1
                continue
            if not courtesy and (k in lex.title_words or k in lex.org_heads or k in lex.org_suffixes
                                 or k in lex.common_words):
                out.append(("skip", i, i + 1))
                i += 1
                continue
            if tok.initial and i + 1 < n and not run[i + 1].conn and self._is_given(run[i + 1]) \
                    and not self._is_given(tok):
                out.append(("skip", i, i + 1))  # "Freshman Billy McClure": the name starts at the given name
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 5 and (run[j].conn in lex.particles or run[j].conn == "") \
                    and (self._name_shaped(run[j]) or self._initials(run, j) or self._month_surname(run, j)) \
                    and not (run[j].acr and "." not in run[j].text):
                if run[j].key in lex.common_words and run[j].key not in lex.given and not self._month_surname(run, j):
                    break
                j += 1
            if (j == i + 1 and j == n - 1 and not run[j].conn and not run[j].acr and run[j].key in lex.places
                    and self._is_given(tok) and k not in lex.places and not tok.initial):
                j += 1  # "Chief Chuck Jordan", "author Jack London": a given name, then a surname that is a place
            if ((j == n - 1 or (j + 1 < n and not run[j + 1].conn and run[j + 1].key in _SUFFIXES
                                and (j + 2 == n or run[j + 2].conn)))
                    and not run[j].conn and run[j].key in lex.titles and run[j].key not in lex.title_modifiers
                    and not run[j].acr and j - i >= 1):
                j += 1  # "Oona King", "Jane Bishop": a surname that is also a title word, ending the run
            if j - i >= 2 and j < n and not run[j].conn and run[j].key in _SUFFIXES:
                j += 1  # "Vann R. Newkirk II", "Martin Luther King Jr.": the suffix is part of the name
            if j - i >= 2 and run[j - 1].key in lex.place_heads:
                out.append(("place", i, j))  # "Howard County", "Tiananmen Square"
                i = j
                continue
            if j == i + 1 and k in ("jr", "sr", "ii", "iii", "iv"):
                out.append(("skip", i, j))
            else:
                out.append(("name", i, j))
            i = j
        return out

    # ---- context --------------------------------------------------------------------------
    def title_before(self, pos: int, start: int) -> tuple[str, int]:
        """A lower-case title printed just before ``pos``: "transport spokesman", "acting head".

        Returns the title and where it starts (``pos`` when there is none).
        """
        lex = self.lex
        flat = self.flat
        k = pos - 1
        while k > start and flat[k] in " ,":
            k -= 1
        if k < start or not flat[k].islower():
            return "", pos
        lo = max(start, k - 30)
        sp = flat.rfind(" ", lo, k + 1)  # the word before starts after its last space
        if flat[sp + 1 if sp >= 0 else lo : k + 1] not in lex.titles:
            return "", pos  # the quick test: the word before is no title head
        seg = flat[max(start, pos - 80) : pos]
        if seg.endswith(", "):
            seg = seg[:-2]  # "said a spokeswoman, Susan Asmus", "Air Force commander, Col. Gen. ..."
        words: list[tuple[int, str]] = []
        end = len(seg)
        base = pos - len(seg)
        while len(words) < 5:
            stripped = seg[:end].rstrip(" ")
            if len(stripped) == end and words:
                break  # words of a title are separated by spaces: "mobile analyst"
            m = _LOWER_WORD.search(stripped)
            if not m:
                break
            words.append((base + m.start(), m.group()))
            end = m.start()
        if not words or words[0][1] not in lex.titles:
            return "", pos
        taken = [words[0]]
        unknown = 0
        for at, w in words[1:]:
            if w in lex.title_modifiers or (w in lex.titles and _words_key([w, taken[-1][1]]) in lex.titles):
                taken.append((at, w))
                continue
            if w in lex.titles or w in lex.common_words or w in lex.cue_verbs or w in lex.calendar:
                break
            if unknown == 0 and not w.endswith(("ed", "ly", "ing")) and len(w) > 2:
                unknown += 1
                taken.append((at, w))
                continue
            break
        taken.reverse()
        return " ".join(w for _, w in taken), taken[0][0]

    def appositive(self, pos: int, stop: int) -> tuple[str, str, int]:
        """A title after a name: ", head of the Grozny fire department" -> ("head", "Grozny fire department").

        Returns (title, affiliation, end) or ("", "", pos).
        """
        lex = self.lex
        flat = self.flat
        m = _COMMA.match(flat, pos, stop)
        if not m:
            return "", "", pos
        limit = min(stop, m.end() + 120)
        found = _PHRASE_WORD.finditer(flat, m.end(), limit)
        # the title head is looked for in the first eight words; the rest is read only once one is found
        words = [(w.start(), w.end(), w.group()) for w in itertools.islice(found, 8)]
        title: list[str] = []
        n = 0
        if words and words[0][2].lower() in ("a", "an", "the", "its", "his", "her", "their"):
            n = 1
        head = -1
        for idx in range(n, min(len(words), n + 6)):
            w = words[idx][2]
            lw = w.lower().rstrip(".")
            if lw in (",", ";", ":", "(", ")", '"', "`") or w in ".":
                break
            if lw in lex.titles:
                head = idx
                if idx + 1 < len(words) and (words[idx + 1][2].lower() in lex.titles
                                             and _words_key([lw, words[idx + 1][2].lower()]) in lex.titles):
                    continue
                if idx + 1 < len(words) and words[idx + 1][2].lower() in lex.titles:
                    continue
                break
            if lw in lex.common_words and lw not in lex.title_modifiers:
                break
            if lw.endswith(("'s", "\u2019s")):
                break
        if head < 0:
            return "", "", pos
        words.extend((w.start(), w.end(), w.group()) for w in found)
        for idx in range(n, head + 1):
            w = words[idx][2]
            lw = w.lower()
            if lw in lex.nationalities or lw in lex.places:
                continue
            if w[:1].isupper() and lw not in lex.title_words and idx < head:
                # "Boeing Commercial Airplanes Vice President": capitals before the title are the employer
                title = []
                continue
            title.append(w)
        end = words[head][1]
        after = head + 1
        affiliation = ""
        if after < len(words) and words[after][2] in ("of", "at", "for", "with"):
            k = after + 1
            if k < len(words) and words[k][2] in ("the",):
                k += 1
            aff_start = k
            while k < len(words) and (words[k][2][:1].isupper() or words[k][2] in ("of", "and", "for", "&")):
                k += 1
                if words[k - 1][2].endswith(".") and words[k - 1][2].count(".") == 1:
                    break  # "a spokeswoman for Acme Corp. Acme shares fell": the sentence ends
            while k > aff_start and not words[k - 1][2][:1].isupper():
                k -= 1
            if k > aff_start:
                phrase = _clean(self.text[words[aff_start][0] : words[k - 1][1]])
                keys = {w[2].lower().rstrip(".") for w in words[aff_start:k]}
                if (keys & lex.honorifics or (words[aff_start][2].lower() in lex.given and k - aff_start >= 2)
                        or phrase.lower().rstrip(".") in lex.places):
                    pass  # "lawyer for Mr Begg", "analyst for Wall Street": neither title nor employer
                elif (words[after][2] == "for" and not keys & (lex.org_heads | lex.org_suffixes)
                        and phrase.lower() not in lex.organizations and not _is_acronym(phrase)):
                    # "Vice President for Marketing": a "for" complement that names no organization
                    title.append("for " + phrase.rstrip("."))
                    end = words[k - 1][1]
                else:
                    affiliation = phrase.removesuffix("'s").removesuffix("\u2019s")
                    last = affiliation.rsplit(" ", 1)[-1]
                    if last.endswith(".") and last.count(".") == 1 and last[:-1].lower() not in lex.abbreviations:
                        affiliation = affiliation[:-1]  # "at First Shanghai Securities." ends the sentence
        return " ".join(title), affiliation, end

    def cue_after(self, pos: int, stop: int) -> bool:
        """A saying verb right after a name: "Foote said", "Islamov said", ", Interfax reported"."""
        m = _NEXT_LOWER.match(self.flat, pos, stop)
        return bool(m and m.group(1) in self.lex.cue_verbs)

    def title_after(self, pos: int, stop: int) -> bool:
        """A title word right after a name, no comma between: "Acme Ltd economist Ann Roe" (the person follows)."""
        m = _NEXT_LOWER.match(self.flat, pos, stop)
        return bool(m and m.group(1) in self.lex.title_words and "," not in m.group(0))

    def cue_after_aside(self, pos: int, stop: int) -> bool:
        """A saying verb after a short aside set off by commas: "Quina Doe, 25, said",
        "Lou Roe, of Springfield, Va., said", "Ann Poe, a writer for The Review, said".

        News copy puts an age, a hometown or a role between a name and its verb; the aside is at
        most two comma-separated pieces within a line, without quotation marks.
        """
        flat = self.flat
        if not flat.startswith(", ", pos):
            return False
        seg = flat[pos + 2 : min(stop, pos + 122)]
        pieces = seg.split(",", 3)
        for n in (1, 2):
            if len(pieces) <= n:
                return False
            aside = pieces[n - 1]
            if not aside.strip() or any(c in aside for c in _ASIDE_STOPS) or _SENTENCE_END.search(aside):
                return False
            m = _NEXT_LOWER.match(pieces[n])
            if m and m.group(1) in self.lex.cue_verbs and pieces[n][:1] == " ":
                return True
        return False

    def cue_before(self, pos: int, start: int) -> str:
        """The saying verb or preposition right before a name: "said Gartner", "according to X", "per Trend"."""
        seg = self.flat[max(start, pos - 20) : pos].rstrip(" ")
        rest = seg.rstrip(_ASCII_LOWER)
        w = seg[len(rest) :]  # the lower-case letters ending seg
        if not w:
            return ""
        if rest[-1:].isupper() and (len(rest) == 1 or not rest[-2].isalpha()):
            w = rest[-1].lower() + w  # "Said Jolie:", "Says McCarty": a verb that opens the sentence
        if w in self.lex.cue_verbs:
            return "verb"
        if w in ("per", "citing"):
            return "source"
        if w == "to" and rest.rstrip().endswith("according"):
            return "verb"
        if w in ("at", "by", "from", "with", "of", "for"):
            return w
        return ""


def _ticker(flat: str, pos: int, stop: int) -> tuple[list[str], int]:
    """Tickers printed right after a name: " ( BA.N )", " <BAC>", " WMG.N" (several may follow)."""
    found: list[str] = []
    if not _TICKER_START.match(flat, pos, stop):
        return found, pos  # the quick test: no bracket or capital follows
    while True:
        m = _TICKER.match(flat, pos, stop)
        if not m:
            return found, pos
        found.append(next(g for g in m.groups() if g))
        pos = m.end()


def _has_lower(line: str) -> bool:
    """Does the line hold a lower-case letter? An ASCII line is tested in C: only a-z change under upper()."""
    if line.isascii():
        return line != line.upper()
    return any(c.islower() for c in line)


def _regions(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the text to read: body paragraphs, then byline and credits."""
    out: list[tuple[int, int, str]] = []
    skip_to = -1
    if article.dateline and article.dateline.span:
        skip_to = article.dateline.span.end
    text = article.text
    blocks = [(p.span.start, p.span.end, p.kind) for p in article.body] or [(0, len(text), "paragraph")]
    head = article.headline_span
    for s, e, kind in blocks:
        if s < skip_to <= e:
            s = skip_to
        # ALL-CAPS lines (a headline or subhead that reached the body, a table) have no reliable capitals
        pos = s
        for a, b in iter_lines(text, s, e):
            line = text[a:b]
            shouting = not _has_lower(line) and sum(_is_acronym(w) for w in line.split()) >= 2
            if shouting or (head is not None and a < head.end and b > head.start):
                if a > pos:
                    out.append((pos, a, kind))
                pos = b
        if e > pos:
            out.append((pos, e, kind))
    for credit in article.credits:
        if credit.span:
            out.append((credit.span.start, credit.span.end, "credit:" + credit.role))
    return out


def _read(article: Article, lex: Lexicons) -> list[_Cand]:
    """Every candidate mention in the article's body, in text order."""
    r = _Reader(article, lex)
    cands: list[_Cand] = []
    for start, end, kind in _regions(article):
        if kind.startswith("credit:"):
            continue
        prev_person: _Cand | None = None
        comma_end = -2  # where ", " after prev_person ends (-1: no comma there), read once per person
        carry: tuple[list[str], list[str]] = ([], [])
        prev_end = start
        for run in r.runs(start, end):
            if len(run) == 1 and r.flat[run[0].start - 1 : run[0].start] == "(" and any(
                    run[0].start in range(a, b + 1) for c in cands[-3:] for a, b in c.extra):
                continue  # the "(ANAS)" already read as the acronym of the name before it
            if len(run) == 1 and run[0].initial and run[0].key in lex.common_words and not carry[0]:
                continue  # "The", "He", "But": the commonest run of all, nothing to read
            if carry[0] and not _BRACKETED.fullmatch(r.flat, prev_end, run[0].start):
                carry = ([], [])
            new, pending = _read_run(r, run, start, end, carry, cands[-1] if cands else None)
            carry = ([], [])
            if pending[0] and prev_person is not None and comma_end == -2:
                gap_m = _COMMA_GAP.match(r.flat, prev_person.end, end)
                comma_end = gap_m.end() if gap_m else -1
            if pending[0] and prev_person is not None and run[0].start == comma_end:
                # "Randy Tinseth, Boeing Commercial Airplanes Vice President for Marketing, said"
                prev_person.titles.extend(pending[0])
                for c in new:
                    if c.kind in ("single", "multi", "acr"):
                        c.kind, c.evidence = "org", "org"
                        prev_person.affiliations.append(c.name)
            elif pending[0]:
                carry = pending
            cands.extend(new)
            for c in reversed(new):
                if c.kind == "person":
                    prev_person, comma_end = c, -2
                    break
            else:
                if new:
                    prev_person = None
            prev_end = run[-1].end
    return cands


def _read_run(r: _Reader, run: list[_Tok], start: int, end: int, carry: tuple[list[str], list[str]],
              prev: _Cand | None = None) -> tuple[list[_Cand], tuple[list[str], list[str]]]:
    """Candidates in one run of capitalised words, with titles and affiliations from its context.

    Also returns a title (and affiliation) left without a name, for the next run or the name
    before: "Acting President of the Azerbaijani National Academy of Sciences (ANAS) | Arif Hashimov".
    """
    lex = r.lex
    chunks = r.chunks(run)
    out: list[_Cand] = []
    titles: list[str] = list(carry[0])
    affs: list[str] = list(carry[1])
    hon = ""
    tickers, _ = _ticker(r.flat, run[-1].end, end)
    run_tickers = tuple(tickers)  # read once: the name ending the run has the same tickers after it
    if tickers and not any(k in ("title", "title?", "hon") for k, _, _ in chunks):
        # "China Southern Air ( 1055.HK )": a run printed with a ticker is a company, place words and all
        first = next((i for k, i, _ in chunks if k != "skip"), None)
        if first is not None:
            c = _Cand("org", run[first].start, run[-1].end, r._name(run, first, len(run)), evidence="org")
            _org_extras(r, c, run, len(run), end)
            return [c], ([], [])
    pre_title, pre_start = r.title_before(run[0].start, start)
    if pre_title:
        titles.append(pre_title)
        if (prev is not None and prev.kind != "person" and not r.flat[prev.end : pre_start].strip()
                and not (prev.kind == "single" and r.text[prev.start - 1 : prev.start] in ("", "\n", " ")
                         and _starts_sentence(r, prev))):
            # "Widget Inc chief executive Tom Harlow": the employer printed before the title
            affs.append(prev.name)
            if prev.kind != "org":
                prev.evidence = "org"
    for ci, (kind, i, j) in enumerate(chunks):
        if kind == "skip":
            continue
        s, e = run[i].start, run[j - 1].end
        last = ci == len(chunks) - 1
        if kind == "hon":
            hon = run[i].key
            continue
        if kind in ("title", "title?"):
            nxt = chunks[ci + 1][0] if ci + 1 < len(chunks) else ""
            if kind == "title?" and nxt != "name":
                # "Road Safety" -- capitals ending in a title word with no name after: not a title here
                continue
            # the title as printed, connectors kept and nationality words left out ("former Israeli ...")
            title_text = _clean(" ".join(
                (t.conn + " " if n > 0 and t.conn else "") + t.text for n, t in enumerate(run[i:j])
                if t.key not in lex.nationalities))
            # "former Israeli Prime Minister": a lower-case modifier before the run belongs to it
            lead = _lead_modifier(r, run[i].start if ci == 0 else -1, start)
            if lead:
                title_text = lead + " " + title_text
            if titles and titles[-1] == pre_title and ci == 0 and pre_title.split()[-1] in lex.title_modifiers:
                titles.pop()
            titles.append(title_text)
            # "Acting President of the Azerbaijani National Academy of Sciences (ANAS) Arif Hashimov"
            if ci + 1 < len(chunks) and chunks[ci + 1][0] == "org" and run[chunks[ci + 1][1]].conn.startswith("of"):
                oi, oj = chunks[ci + 1][1], chunks[ci + 1][2]
                affs.append(r._name(run, oi, oj))
            continue
        if kind == "nat":
            continue
        name = r._name(run, i, j)
        if kind == "org":
            if ci > 0 and chunks[ci - 1][0] == "skip" and run[i - 1].text == "The" and not run[i - 1].initial:
                s, name = run[i - 1].start, "The " + name  # "on The Telegraph newspaper website"
            c = _Cand("org", s, e, name, evidence="org")
            _org_extras(r, c, run, j, end)
            out.append(c)
            if run[i].conn.startswith("of") and titles and not affs:
                affs.append(name)
            elif not titles:
                affs = [name]
            continue
        if kind == "place":
            out.append(_Cand("place", s, e, name))
            continue
        if kind == "acr":
            c = _Cand("acr", s, e, name)
            _org_extras(r, c, run, j, end)
            nxt = chunks[ci + 1][0] if ci + 1 < len(chunks) else ""
            if nxt in ("title", "title?") or c.tickers or c.acronym:
                c.kind = "org"
                affs = [name]
            elif last and (r.cue_after(e, end) or r.cue_before(run[i].start, start) in ("verb", "source")):
                c.evidence = "org"
            out.append(c)
            continue
        # a name chunk
        if run[i].conn and run[i].conn not in lex.particles:
            titles, affs, hon = [], [], ""  # "the Queen at Balmoral", "Minister for X and Y": not this name's
        c = _Cand("name", s, e, name)
        tickers = list(run_tickers) if j == len(run) else _ticker(r.flat, e, end)[0]
        if tickers and not titles and not hon:
            c.kind, c.evidence, c.tickers = "org", "org", tickers
            _org_extras(r, c, run, j, end)
            out.append(c)
            continue
        # "Kenneth Raske" (a given name), "Osama bin Laden" (a particle), "Ayman al-Zawahri"
        given = j - i >= 2 and (r._is_given(run[i]) or any(run[x].conn for x in range(i + 1, j))
                                or any(run[x].text[:3].lower() in ("al-", "el-") for x in range(i, j)))
        if titles or hon:
            c.kind = "person"
            c.titles = list(titles)
            c.affiliations = list(dict.fromkeys(affs))
        elif given:
            c.kind = "person"
        if (not last and 2 <= j - i <= 3 and c.kind != "person" and chunks[ci + 1][0] == "org" and run[j].conn in _OF
                and all(k in ("skip", "title", "title?", "hon") for k, _, _ in chunks[:ci])
                and all(r._name_shaped(t) and t.key not in lex.common_words and t.key[:-1] not in lex.org_heads
                        for t in run[i:j])  # "United Banks of Colorado" is no one's name
                and (r.cue_before(run[i].start, start) == "verb" or r.cue_after(run[-1].end, end))
                and not r.title_after(run[-1].end, end)):  # "said Richardson Greenshields of Canada Ltd economist X"
            # "said Wim Moret of Banque Paribas", "Wim Moret of Acme Corp said": a speaker and the employer
            c.kind, c.evidence = "person", "cue"
            c.affiliations.append(r._name(run, chunks[ci + 1][1], chunks[ci + 1][2]))
        if last:
            app_title, app_aff, _ = r.appositive(e, end)
            if app_title and (c.kind == "person" or j - i >= 2 or app_title.split()[-1].lower() in lex.titles):
                c.kind = "person"
                c.titles.append(app_title)
                if app_aff:
                    c.affiliations.append(app_aff)
            alone = ci == 0 or all(k in ("skip", "title", "title?", "hon") for k, _, _ in chunks[:ci])
            # the context on either side, read once: "said Gartner", "Gartner said"
            opens = ci == 0 or all(k == "skip" for k, _, _ in chunks[:ci])  # "Said | Jolie": the verb skipped
            cue_b = r.cue_before(run[i].start, start) if opens or j - i == 1 else ""
            cue_a = r.cue_after(e, end)
            before = cue_b if opens else ""
            speaks = (alone and cue_a) or before == "verb"
            if not speaks and alone and j - i >= 2 and c.kind != "person":
                speaks = r.cue_after_aside(e, end)  # "Quina Doe, 25, said": an age or hometown between
            if before in ("at", "of", "for", "from", "with"):
                speaks = False  # "economist at Global Insight said": the employer, not the speaker
            if c.kind != "person" and j - i >= 2 and speaks:
                c.kind = "person"
                c.evidence = "cue"
            if c.kind != "person" and j - i == 1:
                cue = cue_b
                if cue and r.flat[e : e + 1] not in (".", ",", ";", "") and not r.flat.startswith(" and ", e):
                    cue = ""  # "said Omaha resident Dean Phillips": the word does not end the clause
                if (cue_a or cue in ("verb", "source")) and not r._people_word(run[i]):
                    # "Susan added": a given name speaks as a person; "Gartner said": a company
                    c.evidence = "person" if hon or r._is_given(run[i]) else "org"
        if hon:
            c.evidence = "person"
        if (c.kind == "name" and not c.evidence and ci == 0
                and r.flat[max(start, s - 30) : s].rstrip().endswith(_ORG_BEFORE_LAST)
                and _ORG_BEFORE.search(r.flat, max(start, s - 30), s)):
            c.evidence = "org"  # "shares of Citigroup", "a stake in Volvo", "rival Airbus"
        if c.kind == "name":
            c.kind = "single" if j - i == 1 else "multi"
        out.append(c)
        titles, affs, hon = [], [], ""
    # "the Clinton administration": a leader's name and "administration" name a government
    if out and out[-1].kind in ("single", "person") and len(out[-1].name.split()) == 1:
        m = _ADMINISTRATION.match(r.flat, out[-1].end, end)
        if m:
            out[-1] = _Cand("org", out[-1].start, m.end(), _clean(r.text[out[-1].start : m.end()]), evidence="org")
    # a lower-case title after the run: "Warner Music chief executive Edgar Bronfman", "MPAA chief."
    if out and out[-1].kind in ("single", "multi", "acr") and not (out[-1].kind == "single" and run[-1].initial):
        m = _LOWER_AFTER.match(r.flat, out[-1].end, min(end, out[-1].end + 40))
        if m:
            words = m.group(1).split()
            if words[-1] in lex.titles or words[0] in lex.titles or words[0] in lex.org_context:
                # "Warner Music chief executive", "Boeing shares": an org unless it is the surname of
                # someone named in the story
                out[-1].evidence = "org"
    pending = (titles, affs) if titles and not (pre_title and titles == [pre_title]) else ([], [])
    return out, pending


def _starts_sentence(r: _Reader, c: _Cand) -> bool:
    """Does the candidate open a sentence ("Road safety head ...")?"""
    return r._initial(c.start, 0)


def _lead_modifier(r: _Reader, pos: int, start: int) -> str:
    """A lower-case title modifier printed before a capitalised title: "former", "acting"."""
    if pos < 0:
        return ""
    seg = r.flat[max(start, pos - 30) : pos]
    words = seg.split()
    out: list[str] = []
    while words:
        w = words.pop()
        if w in r.lex.title_modifiers and w.islower():
            out.append(w)
        elif w.lower() in r.lex.nationalities:
            continue
        else:
            break
    out.reverse()
    return " ".join(out)


def _org_extras(r: _Reader, c: _Cand, run: list[_Tok], j: int, end: int) -> None:
    """Acronym in brackets and tickers after an organization: " (ANAS)", " ( HUM.N )"."""
    pos = c.end
    if r.flat.startswith(("'s", "\u2019s"), pos):
        pos += 2  # "Telefonica SA's ( TEF.MC )"
    m = None if _TICKER.match(r.flat, pos, end) else _ACRONYM_DEF.match(r.flat, c.end, end)
    if m and "." in m.group(1) and not _DOTTED.fullmatch(m.group(1)):
        m = None  # "(TEF.MC)" is a ticker, "(U.N.)" an acronym
    if m and (_is_acronym(m.group(1)) or (len(m.group(1)) <= 6 and _initials_match(c.name, m.group(1)))):
        acr = m.group(1)
        if acr.lower() not in r.lex.non_org_acronyms and acr != c.name:
            c.acronym = acr
            c.kind = "org"
            c.evidence = "org"
            c.extra.append((m.start(1), m.end(1)))
            pos = m.end()
    tickers, _ = _ticker(r.flat, pos, end)
    if tickers:
        c.tickers = tickers
        c.kind = "org"


@functools.lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    words = [w for w in _SPACE_HYPHEN.split(name) if w and w.lower() not in ("of", "the", "and", "for", "&", "de")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _initials_match(name: str, acr: str) -> bool:
    """Does the acronym spell the name's initials? "Environmental Protection Agency" / "EPA"."""
    a = acr.replace(".", "").upper()
    ini = _initials(name)
    if len(a) < 2:
        return False
    return a == ini or (len(a) >= 3 and a in ini) or a == ini.replace("U", "", 1)


# ---- merging ------------------------------------------------------------------------------


def _surname(name: str) -> str:
    words = name.lower().split()
    while len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def _org_aliases(name: str, lex: Lexicons, company: bool) -> list[str]:
    """Short forms a story uses for an organization: "Foote Mineral Co" -> "Foote Mineral", "Foote"."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    out: list[str] = []
    while len(words) > 1 and words[-1].lower().replace(".", "") in lex.org_suffixes:  # "Corp.", "L.P."
        words = words[:-1]
        out.append(" ".join(words))
    if company:
        for n in range(len(words) - 1, 0, -1):
            prefix = words[:n]
            if prefix[-1].lower() in ("of", "and", "&", "the", "for"):
                continue
            key = " ".join(prefix).lower()
            if n == 1 and (key in lex.places or key in lex.nationalities or key in lex.common_words
                           or key in lex.title_words or key in lex.org_heads):
                continue
            out.append(" ".join(prefix))
        if "-" in words[-1] and len(words) <= 3:
            out.append(" ".join([*words[:-1], words[-1].split("-")[0]]))
    return list(dict.fromkeys(out))


# A country spelled out or abbreviated at the start of a name, one spelling per country: "United States
# Senate" and "U.S. Senate", "UK Treasury" and "U.K. Treasury" are one organization.
_US_PREFIX = re.compile(r"(?:united states|us|u\.s\.?) ")  # "united states ", "us ", "u.s. "
_UK_PREFIX = re.compile(r"(?:united kingdom|uk|u\.k\.?) ")  # "united kingdom ", "uk ", "u.k. "


def _org_key(name: str) -> str:
    """An organization's name as the registry looks it up: lower case, no leading "the", a country
    prefix in one spelling ("united states senate" -> "u.s. senate")."""
    key = name.lower().removeprefix("the ")
    for pattern, spelling in ((_US_PREFIX, "u.s. "), (_UK_PREFIX, "u.k. ")):
        m = pattern.match(key)
        if m is not None:
            return spelling + key[m.end() :]
    return key


class _Registry:
    """Merges candidates into entities."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self.people: list[_Ent] = []
        self.orgs: list[_Ent] = []
        self.places: list[_Ent] = []
        self.place_keys: dict[str, _Ent] = {}
        self.org_keys: dict[str, _Ent] = {}
        self.by_name: dict[str, _Ent] = {}  # full names and other forms, lower case
        self.by_last: dict[str, dict[int, _Ent]] = {}  # surname (and its last hyphen part) -> people by id()
        self.by_first: dict[str, dict[int, _Ent]] = {}  # given name -> people by id()
        self.author_of: dict[int, _Ent] = {}  # id() of a byline author -> the person it merged into

    def _index_person(self, ent: _Ent, name: str) -> None:
        key = name.lower()
        self.by_name.setdefault(key, ent)
        words = key.split()
        while len(words) > 2 and words[-1].rstrip(".").rstrip(",") in _SUFFIXES:
            words = words[:-1]  # "John F. Kennedy Jr." is a Kennedy
        if len(words) >= 2:
            for last in {words[-1], words[-1].split("-")[-1]}:
                self.by_last.setdefault(last, {})[id(ent)] = ent
            self.by_first.setdefault(words[0], {})[id(ent)] = ent

    def add_person(self, name: str, span: tuple[int, int] | None, titles: tuple[str, ...] | list[str] = (),
                   affs: tuple[str, ...] | list[str] = (), source: Person | None = None) -> _Ent:
        key = name.lower()
        words = key.replace(".", ". ").split()
        while len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
            words = words[:-1]
        found = self.by_name.get(key)
        if found is None and len(words) >= 2:
            for p in self.by_last.get(words[-1], {}).values():
                # "Suu Kyi" after "Aung San Suu Kyi", "Wasserman Schultz": the tail of a longer name
                if _given_compatible(_first(p.name), words[0]) or p.name.lower().endswith(" " + key):
                    found = p
                    break
        if found is None:
            found = _Ent("person", name)
            self.people.append(found)
        elif len(name) > len(found.name) and len(words) >= len(found.name.split()):
            found.forms.append(found.name)
            found.name = name
        elif name != found.name:
            found.forms.append(name)
        self._index_person(found, name)
        if source is not None and found.source is None:
            found.source = source
        for t in titles:
            if t and t.lower() not in (x.lower() for x in found.titles):
                found.titles.append(t)
        for a in affs:
            if a and a not in found.affiliations:
                found.affiliations.append(a)
        if span is not None:
            found.mentions.append(span)
        return found

    def find_org(self, name: str) -> _Ent | None:
        return self.org_keys.get(_org_key(name))

    def add_org(self, c: _Cand) -> _Ent:
        lex = self.lex
        found = self.find_org(c.name) or (self.find_org(c.acronym) if c.acronym else None)
        if found is None:
            found = _Ent("org", c.name)
            self.orgs.append(found)
            company = bool(c.tickers) or any(w.lower().replace(".", "") in lex.org_suffixes for w in c.name.split()[1:])
            self._index(found, c.name)
            words = c.name.split()
            if len(words) >= 2 and words[0].lower() in ("daily", "sunday", "weekly"):
                self._index(found, " ".join(words[1:]), weak=True)  # "Daily Telegraph" -> "Telegraph"
                found.forms.append(" ".join(words[1:]))
            if len(words) >= 2 and (words[0].lower() in lex.places or words[0].lower() in lex.nationalities):
                rest = " ".join(words[1:])  # "U.S. Senate" -> "Senate", "Russian Air Force" -> "Air Force"
                if rest.lower().split()[-1] in lex.org_heads:
                    self._index(found, rest, weak=True)
                    found.forms.append(rest)
            for a in _org_aliases(c.name, lex, company):
                self._index(found, a, weak=True)
                found.forms.append(a)
        elif found.name.lower() != c.name.lower() and c.name not in found.forms and found.acronym != c.name:
            if _is_acronym(found.name) and not _is_acronym(c.name):
                found.forms.append(found.name)
                found.acronym = found.acronym or found.name
                found.name = c.name
            else:
                found.forms.append(c.name)
            self._index(found, c.name)
        if c.acronym and not found.acronym:
            found.acronym = c.acronym
            self._index(found, c.acronym)
        for t in c.tickers:
            if t not in found.tickers:
                found.tickers.append(t)
        found.mentions.append((c.start, c.end))
        found.mentions.extend(c.extra)
        return found

    def _index(self, ent: _Ent, form: str, weak: bool = False) -> None:
        key = _org_key(form)
        if weak and key in self.org_keys:
            return
        self.org_keys[key] = ent

    def add_place(self, c: _Cand) -> None:
        found = self.place_keys.get(c.name.lower())
        if found is not None:
            found.mentions.append((c.start, c.end))
            return
        found = _Ent("place", c.name, mentions=[(c.start, c.end)])
        self.places.append(found)
        self.place_keys[c.name.lower()] = found


def _given_compatible(a: str, b: str) -> bool:
    """Can two first words name the same person? "george" ~ "george", "j." ~ "john"."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _resolve_single(reg: _Registry, word: str, pos: int) -> _Ent | None:
    """The person (by surname or given name) or organization a one-word mention names."""
    w = word.lower()
    named = reg.by_name.get(w)
    cands = [named] if named is not None and named.kind == "person" else list(reg.by_last.get(w, {}).values())
    if not cands:
        cands = list(reg.by_first.get(w, {}).values())
    if not cands and len(w) >= 3 and reg.find_org(word) is None:
        # "Qadeer" after "Abdul Qadeer Khan": a middle name the story goes on to use alone
        cands = [p for p in reg.people if w in [x.lower() for x in p.name.split()[1:-1]]]
    if len(cands) == 1:
        return cands[0]
    if len(cands) > 1:
        # two people share the surname: the one mentioned most recently before this point
        def last_before(p: _Ent) -> int:
            before = [s for s, _ in p.mentions if s < pos]
            return max(before) if before else -1
        return max(cands, key=last_before)
    return reg.find_org(word)


def _merge(article: Article, cands: list[_Cand], lex: Lexicons) -> _Registry:
    reg = _Registry(lex)
    text = article.text
    # byline authors first: they are people whatever the body says
    for author in article.authors:
        name = _smart_case(_clean(author.name))
        known = reg.add_person(name, None, list(author.titles), list(author.affiliations), source=author)
        reg.author_of[id(author)] = known
        known.mentions.extend((m.start, m.end) for m in author.mentions)
    for credit in article.credits:
        if credit.role == "source" or not credit.span:
            continue
        for nm in credit.names:
            nm = _clean(nm)
            at = text.find(nm, credit.span.start, credit.span.end) if nm else -1
            if at < 0 and nm:  # a name wrapped over a line: "Editing by Jane\nRoe"
                at = flatten(text[credit.span.start : credit.span.end]).find(nm)
                at = at + credit.span.start if at >= 0 else -1
            flat_at = at
            span = (flat_at, flat_at + len(nm)) if flat_at >= 0 else None
            if len(nm.split()) >= 2:
                reg.add_person(_smart_case(nm), span)
    # confident multiword people and organizations
    for c in cands:
        if c.kind == "person" and len(c.name.split()) >= 2:
            reg.add_person(c.name, (c.start, c.end), c.titles, c.affiliations)
        elif c.kind == "org":
            reg.add_org(c)
        elif c.kind == "place":
            reg.add_place(c)
    # surnames used alone as speakers or with a title ("Rosendale said", "Mr. Rosendale")
    surnames_said = {c.name for c in cands if c.kind in ("single", "person") and len(c.name.split()) == 1
                     and (c.evidence or c.kind == "person")}
    multis = [c for c in cands if c.kind == "multi" and c.evidence != "org"]
    for c in multis:
        if c.name.split()[-1] in surnames_said and reg.find_org(c.name.split()[-1]) is None:
            reg.add_person(c.name, (c.start, c.end))
            c.kind = "done"
    # everything else: resolved against what is known
    later: list[_Cand] = []
    for c in cands:
        if c.kind == "done":
            continue
        if c.kind in ("org", "place") or (c.kind == "person" and len(c.name.split()) >= 2):
            continue
        words = c.name.split()
        ent: _Ent | None
        if c.kind == "acr":
            ent = reg.find_org(c.name)
            if ent is None:
                for o in reg.orgs:
                    if not _is_acronym(o.name) and _initials_match(o.name, c.name):
                        ent = o
                        if not o.acronym:
                            o.acronym = c.name
                        reg._index(o, c.name)
                        break
            if ent is not None:
                ent.mentions.append((c.start, c.end))
            elif c.evidence == "org" and c.name.lower() not in lex.non_org_acronyms:
                reg.add_org(attrs.evolve(c, kind="org"))
            continue
        if c.kind == "multi":
            ent = reg.find_org(c.name)
            if ent is not None:
                ent.mentions.append((c.start, c.end))
                continue
            person = reg.by_name.get(c.name.lower())
            if person is not None:
                person.mentions.append((c.start, c.end))
                continue
            # "Warner Music" before "Warner Music Group Corp" was read; a known surname ending it
            last = _resolve_single(reg, words[-1], c.start) if len(words) == 2 else None
            tail = " " + c.name.lower()
            if last is not None and last.kind == "person" and (
                    _given_compatible(_first(last.name), words[0].lower()) or last.name.lower().endswith(tail)):
                last.mentions.append((c.start, c.end))  # "Bin Laden" after "Osama bin Laden"
                if c.name not in last.forms:
                    last.forms.append(c.name)
            elif c.evidence == "org":
                reg.add_org(attrs.evolve(c, kind="org"))
            elif c.name.split()[-1] in surnames_said:
                # "Virgil Rosendale, a pork producer ..." then "Rosendale said": a full name, then its surname
                reg.add_person(c.name, (c.start, c.end))
            continue
        # one word, or a person named by one word with a title ("Professor Allsop", "Mayor Giuliani")
        ent = _resolve_single(reg, c.name, c.start)
        if ent is not None:
            ent.mentions.append((c.start, c.end))
            if c.kind == "person" and ent.kind == "person":
                for t in c.titles:
                    if t.lower() not in (x.lower() for x in ent.titles):
                        ent.titles.append(t)
                if c.name not in ent.forms and c.name != ent.name:
                    ent.forms.append(c.name)
            elif c.name.lower() != ent.name.lower() and c.name not in ent.forms and c.name != ent.acronym:
                ent.forms.append(c.name)
            continue
        if c.kind == "person" or c.evidence == "person":
            reg.add_person(c.name, (c.start, c.end), c.titles, c.affiliations)
        elif c.evidence == "org":
            reg.add_org(attrs.evolve(c, kind="org"))
        elif len(c.name) >= 3:  # not the "P" of a split "S&P"
            later.append(c)
    # a word first printed without evidence, known from a later mention: "a study by Gartner" ... "said Gartner"
    for c in later:
        ent = _resolve_single(reg, c.name, c.start)
        if ent is not None:
            ent.mentions.append((c.start, c.end))
    _merge_acronyms(reg)
    return reg


def _merge_acronyms(reg: _Registry) -> None:
    """Join an organization named only by acronym with the full name it stands for: "NATO" and
    "North Atlantic Treaty Organization" are one organization when both appear."""
    full = [o for o in reg.orgs if not _is_acronym(o.name)]
    for org in [o for o in reg.orgs if _is_acronym(o.name)]:
        match = next((o for o in full if (o.acronym is None or o.acronym == org.name)
                      and _initials_match(o.name, org.name)), None)
        if match is None:
            continue
        match.acronym = match.acronym or org.name
        match.mentions.extend(org.mentions)
        match.tickers.extend(t for t in org.tickers if t not in match.tickers)
        reg.orgs.remove(org)
        reg._index(match, org.name)


def _first(name: str) -> str:
    return name.split()[0].lower() if name.split() else ""


def find_entities(article: Article) -> Article:
    """Fill ``people``, ``organizations`` and ``places``; byline authors become people.

    Ids are ``p1``, ``o1``, ``l1`` ... in order of first mention; every entity carries the spans of
    its mentions (surnames and acronyms included). The byline's authors are replaced by the very
    objects that stand in ``people``.
    """
    lex = lexicons()
    cands = _read(article, lex)
    reg = _merge(article, cands, lex)
    text = article.text

    def first(e: _Ent) -> int:
        return min(e.mentions)[0] if e.mentions else len(text) + 1  # the least (start, end) has the least start

    def spans(e: _Ent) -> tuple[Span, ...]:
        return tuple([Span(s, t, text[s:t]) for s, t in sorted(set(e.mentions))])

    people: list[Person] = []
    by_ent: dict[int, Person] = {}
    for n, e in enumerate(sorted(reg.people, key=first), 1):
        fields: dict[str, Any] = {
            "aliases": tuple(_aliases(e, lex)),
            "titles": tuple(_dedupe_titles(e.titles)),
            "affiliations": tuple(dict.fromkeys(_affiliation(reg, a) for a in e.affiliations)),
            "mentions": spans(e),
        }
        person = Person(e.name, f"p{n}", **fields)
        people.append(person)
        by_ent[id(e)] = person
    orgs: list[Organization] = []
    for n, e in enumerate(sorted(reg.orgs, key=first), 1):
        aliases = [f for f in dict.fromkeys(e.forms) if f.lower() != e.name.lower() and f != e.acronym]
        fields = {"aliases": tuple(_used_aliases(aliases, e, text)), "tickers": tuple(e.tickers), "mentions": spans(e)}
        orgs.append(Organization(e.name, f"o{n}", e.acronym, **fields))
    places: list[Place] = []
    for n, e in enumerate(sorted(reg.places, key=first), 1):
        fields = {"mentions": spans(e)}
        places.append(Place(e.name, f"l{n}", **fields))
    changes: dict[str, Any] = {"people": tuple(people), "organizations": tuple(orgs), "places": tuple(places)}
    if article.byline is not None:
        # two credits of one person ("By Pedro Nicolaci da Costa" ... "Reporting by Pedro da Costa") merge
        merged = (by_ent[id(reg.author_of[id(a)])] for a in article.byline.authors)
        authors: dict[str, Any] = {"authors": tuple(dict.fromkeys(merged))}
        changes["byline"] = attrs.evolve(article.byline, **authors)
    return attrs.evolve(article, **changes)


def _affiliation(reg: _Registry, name: str) -> str:
    """An affiliation by the name of the organization it points to: "Acme Corp." -> "Acme Corp"."""
    org = reg.find_org(name) or reg.find_org(name.rstrip("."))
    return org.name if org is not None else name


def _aliases(e: _Ent, lex: Lexicons) -> list[str]:
    out = []
    for f in e.forms:
        words = f.split()
        while words and words[0].lower().rstrip(".") in lex.honorifics:
            words = words[1:]
        form = " ".join(words)
        if form and form.lower() != e.name.lower():
            out.append(form)
    return list(dict.fromkeys(out))


def _used_aliases(aliases: list[str], e: _Ent, text: str) -> list[str]:
    """Keep only the short forms the text prints as a mention."""
    printed = {_clean(text[s:t]).lower() for s, t in e.mentions}
    return [a for a in aliases if a.lower() in printed]


def _dedupe_titles(titles: list[str]) -> list[str]:
    out: list[str] = []
    for t in titles:
        low = t.lower()
        if any(low == o.lower() or low in o.lower().split(" ", 1)[-1:] for o in out):
            continue
        out.append(t)
    return out


# ---- helpers for later stages -------------------------------------------------------------


def resolve_name(article: Article, text: str) -> Person | Organization | None:
    """The person or organization ``text`` names in this article, or None.

    Accepts a full name, an alias, a surname, an acronym or a name with an honorific or
    possessive: "Hashimov", "Mr. Hashimov", "ANAS", "Clinton's". People are tried before
    organizations; a surname two people share goes to the first of them.
    """
    lex = lexicons()
    words = _clean(text).split()
    while words and (words[0].lower().rstrip(".") in lex.honorifics or words[0].lower() == "the"):
        words = words[1:]
    if not words:
        return None
    if words[-1].endswith(("'s", "\u2019s")):
        words[-1] = words[-1][:-2]
    key = " ".join(words).lower()
    for p in article.people:
        if p.name.lower() == key or key in (a.lower() for a in p.aliases):
            return p
    for o in article.organizations:
        if o.name.lower() == key or (o.acronym and o.acronym.lower() == key) or key in (a.lower() for a in o.aliases):
            return o
    for p in article.people:
        if len(words) == 1 and _surname(p.name) == key:
            return p
    return None


def entity_at(article: Article, start: int, end: int) -> Person | Organization | None:
    """The person or organization with a mention inside ``[start, end)`` of ``article.text`` (the first one)."""
    best: tuple[int, Person | Organization] | None = None
    ents: list[Person | Organization] = [*article.people, *article.organizations]
    for ent in ents:
        for m in ent.mentions:
            if m.start >= start and m.end <= end and (best is None or m.start < best[0]):
                best = (m.start, ent)
    return best[1] if best else None


def gender_of(person: Person, article: Article | None = None) -> str | None:
    """The person's gender as the copy shows it: ``"female"``, ``"male"`` or None.

    Reads, in order of strength, a gendered honorific before a mention ("Mrs.", "Mr") when the article
    is given, gendered title words ("spokeswoman", "chairman"), then the given name against the
    lists ``given_names_female`` / ``given_names_male``; None when they disagree or say nothing.
    """
    lex = lexicons()
    votes = {"female": 0, "male": 0}
    if article is not None:
        for m in person.mentions:
            # only the few characters before each mention are read: no need to flatten the whole text
            before = flatten(article.text[max(0, m.start - 6) : m.start]).split()
            if before:
                w = before[-1].lower().rstrip(".")
                if w in lex.female_words:
                    votes["female"] += 2
                elif w in lex.male_words:
                    votes["male"] += 2
    for t in person.titles:
        for w in t.lower().replace(".", "").split():
            if w in lex.female_words:
                votes["female"] += 1
            elif w in lex.male_words:
                votes["male"] += 1
    if votes["female"] != votes["male"]:
        return "female" if votes["female"] > votes["male"] else "male"
    first = person.name.split()[0].lower() if person.name.split() else ""
    fem, male = first in lex.female, first in lex.male
    if fem != male:
        return "female" if fem else "male"
    return None
