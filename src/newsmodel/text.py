"""Text in, text out: input checks, line endings, and segmentation with offsets.

Everything here keeps offsets into the article text: segmenters return
``(start, end)`` pairs, and :func:`flatten` maps a hard-wrapped stretch to one
line without changing its length, so a match in the flat text is a match at
the same offsets in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsmodel.errors import DecodeError, InputTypeError

__all__ = ["coerce_text", "collapse", "flatten", "iter_lines", "split_sentences"]


def coerce_text(obj: object) -> str:
    """Return ``obj`` as article text: a ``str`` as is, bytes decoded as UTF-8 (BOM allowed).

    Line endings become ``\\n`` and a leading byte-order mark is dropped, so
    offsets are the same whatever system wrote the file.

    >>> coerce_text(b"\\xef\\xbb\\xbfLONDON (Reuters) -\\r\\n")
    'LONDON (Reuters) -\\n'
    """
    if isinstance(obj, str):
        text = obj
    elif isinstance(obj, (bytes, bytearray, memoryview)):
        raw = bytes(obj)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"input bytes are not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start} "
                f"({exc.reason}); decode them yourself and pass a str"
            ) from None
    else:
        raise InputTypeError(f"expected article text as str or UTF-8 bytes, got {type(obj).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# Whitespace other than the plain space, each mapped to one space: "said\n\tthe" -> "said  the".
_FLAT_CHARS = "\n\t\r\f\v\u00a0\u2028\u2029"


def flatten(text: str) -> str:
    """Map every whitespace character to a space, keeping length (and so offsets).

    >>> flatten("said\\n\\tthe")
    'said  the'
    """
    # str.replace per character is several times faster than str.translate with a table.
    for ch in _FLAT_CHARS:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def collapse(text: str) -> str:
    """Join runs of whitespace into one space and strip the ends: hard-wrapped text to one line."""
    return " ".join(text.split())


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line in ``text[start:end]``, newline excluded."""
    stop = len(text) if end is None else end
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        if nl == -1:
            if pos < stop or pos == start:
                yield pos, stop
            return
        yield pos, nl
        pos = nl + 1


# Words whose trailing period does not end a sentence: "Gov. Jerry Brown", "Jan. 5", "U.S. officials".
_ABBREVIATIONS = frozenset(
    (
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "sens", "gen", "lt", "col", "maj", "capt",
        "cmdr", "adm", "sgt", "cpl", "pvt", "rev", "fr", "st", "jr", "sr", "messrs", "mme", "mlle", "hon", "pres",
        "supt", "insp", "det", "atty", "dist", "ft", "mt", "no", "nos", "vol", "vs", "v", "etc", "inc", "corp",
        "co", "ltd", "plc", "bros", "dept", "univ", "assn", "est", "approx", "fig", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
        "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "a", "b", "c", "d", "e", "f", "g", "h", "i",
        "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "w", "x", "y", "z",
    )
)

# A sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace.
# Matches '. ' in 'said. The', '." ' in 'year." He', '?\u201d ' in 'why?\u201d she'.
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# What a new sentence starts with after the gap: capital, digit or an opening quote: 'The', '"We', '1998'.
_NEXT_START = re.compile(r"\s+[\"'`\u201c\u2018(\[]*[A-Z0-9]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences, returned as ``(start, end)`` offsets into ``text``.

    A rule-based splitter for news prose: it knows titles, initials, month and
    state abbreviations ("Gov.", "George W. Bush", "Jan. 5", "Calif.") and
    keeps closing quotes with the sentence they close.

    >>> t = 'Gov. Smith said. "We will," he said.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Gov. Smith said.', '"We will," he said.']
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    sent_start = start
    for m in _SENTENCE_END.finditer(text, start, stop):
        if m.group().rstrip("\"')]\u201d\u2019") == ".":
            # the word before the period: 'Gov' in 'Gov.'
            w_end = m.start()
            w_start = w_end
            while w_start > start and w_end - w_start < 20 and text[w_start - 1] in _ASCII_LETTERS:
                w_start -= 1
            word = text[w_start:w_end]
            if word and word.lower() in _ABBREVIATIONS:
                continue
            if word and len(word) <= 3 and "." in text[max(start, w_start - 2) : w_start]:
                continue  # "U.S." / "N.Y." style dotted abbreviations
        nxt = _NEXT_START.match(text, m.end(), stop)
        if not nxt:
            continue
        out.append((sent_start, m.end()))
        sent_start = m.end()
        while sent_start < stop and text[sent_start].isspace():
            sent_start += 1
    tail_end = stop
    while tail_end > sent_start and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > sent_start:
        out.append((sent_start, tail_end))
    return out
