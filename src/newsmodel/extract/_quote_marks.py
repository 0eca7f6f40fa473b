"""Quotation marks: pair them into quoted stretches, paragraph by paragraph.

Wire copy prints quotation marks in many ways: straight ``"``, curly ``“…”``,
LaTeX-style ````…''`` (DUC), guillemets ``«…»`` and low-high ``„…“``. Single
quotes nested inside double ones are part of the quoted words and are left
alone. Marks are paired in one left-to-right pass per paragraph, so a stray
mark can never swallow more than the rest of its paragraph, and a quote runs
on into the next paragraph only when that paragraph opens with a mark (the
wire convention for a quotation that spans paragraphs).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Segment", "find_segments"]

# The quotation mark styles: '"', '“', '”', '«', '»', '„', '``', "''".
_STYLES = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "``", "''")
_OPENING = frozenset({"``", "\u201c", "\u00ab", "\u201e"})
# Marks of one family pair with each other; a mark of another family inside a quotation is
# part of the quoted words ('"He asked: \u201cwhy?\u201d"').
_FAMILY = {'"': 0, "\u201c": 1, "\u201d": 1, "\u201e": 1, "``": 2, "''": 2, "\u00ab": 3, "\u00bb": 3}
_CLOSING = frozenset({"''", "\u201d", "\u00bb"})


class Segment(NamedTuple):
    """One quoted stretch inside one paragraph: marks at ``open``/``close``, words in ``[start, end)``.

    ``closed`` is False when the paragraph ended before a closing mark; ``para`` is the
    paragraph's index in the body. A named tuple: cheap to make for every pair of marks.
    """

    open: int
    start: int
    end: int
    close: int
    para: int
    closed: bool


def _looks_opening(flat: str, pos: int, end_of_mark: int, stop: int) -> bool:
    """A straight mark that opens: after a space or start, before a word: ' "We' in 'said "We'."""
    before = flat[pos - 1] if pos > 0 else " "
    after = flat[end_of_mark] if end_of_mark < stop else " "
    return (before.isspace() or before in "([-\u2014:") and not after.isspace()


def find_segments(flat: str, paragraphs: list[tuple[int, int]]) -> list[Segment]:
    """Quoted stretches of each paragraph ``(start, end)`` of ``flat``, in text order.

    A paragraph that ends inside a quote closes it at the paragraph end (``closed=False``).
    Runs in one pass over the marks.
    """
    out: list[Segment] = []
    if not paragraphs:
        return out
    marks = _marks(flat, paragraphs[0][0], paragraphs[-1][1])
    k = 0
    for index, (a, b) in enumerate(paragraphs):
        open_at = -1
        open_end = -1
        family = -1
        low = False
        nested = 0
        while k < len(marks) and marks[k][0] < a:
            k += 1
        while k < len(marks) and marks[k][0] < b:
            s, mark = marks[k]
            k += 1
            e = s + len(mark)
            if e > b:
                break
            if open_at >= 0 and _FAMILY[mark] != family:
                # a mark of another style inside a quotation is nested ('"He asked: \u201cwhy?\u201d"'),
                # unless it can only close this one ('"Oz has a bully pulpit,\u201d said Gorski')
                if mark in _OPENING or (mark == '"' and _looks_opening(flat, s, e, b)):
                    nested += 1
                    continue
                if nested > 0:
                    nested -= 1
                    continue
                if not _looks_closing(flat, s, e, b):
                    continue
                out.append(Segment(open_at, open_end, s, e, index, True))
                open_at = -1
                continue
            if open_at >= 0 and low and mark == "\u201c":
                mark = "\u201d"  # '\u201eja\u201c': the low-high pair
            if open_at < 0:
                if mark in _CLOSING and not (mark in ("\u201d", "''") and _looks_opening(flat, s, e, b)):
                    # a stray closing mark; but '\u201dMr. Trump ...' at a paragraph start opens a quote, and so
                    # does "''" where a paper prints it on both sides ("''It's anti-reform,'' he said")
                    continue
                if mark == '"' and not _looks_opening(flat, s, e, b) and e < b and flat[e].isspace():
                    continue  # a stray straight mark before a space: 'ends" here'
                open_at, open_end = s, e
                family, low = _FAMILY[mark], mark == "\u201e"
                nested = 0
                continue
            reopens = mark in _OPENING or (mark == '"' and flat[s - 1].isspace() and _looks_opening(flat, s, e, b))
            # An opening mark while a quote is open: the first one was never closed.
            # Close it where this one starts and open again: '"A, he said. "B."'.
            if reopens and (mark != '"' or _unclosed_before(flat, open_end, s)):
                out.append(Segment(open_at, open_end, _trim_end(flat, open_end, s), s, index, False))
                open_at, open_end = s, e
                low = mark == "\u201e"
                continue
            out.append(Segment(open_at, open_end, s, e, index, True))
            open_at = -1
        if open_at >= 0:
            out.append(Segment(open_at, open_end, _trim_end(flat, open_end, b), b, index, False))
    return out


def _marks(flat: str, a: int, b: int) -> list[tuple[int, str]]:
    """Every quotation mark in ``[a, b)`` as ``(offset, mark)``, in order.

    Found with ``str.find`` per mark style present (far faster than a pattern tried at every
    character); "``" and "''" are taken as one mark each.
    """
    found: list[tuple[int, str]] = []
    for mark in _STYLES:
        if len(mark) > 1 and flat.find(mark[0], a, b) < 0:
            continue  # "``" in copy with no backquote: a one-character find rules it out faster
        i = flat.find(mark, a, b)
        while i >= 0:
            found.append((i, mark))
            i = flat.find(mark, i + len(mark), b)
    found.sort()
    return found


def _looks_closing(flat: str, pos: int, end_of_mark: int, stop: int) -> bool:
    """A mark that closes: after a word or punctuation, before a space or punctuation: 'him,\u201d said'."""
    before = flat[pos - 1] if pos > 0 else " "
    after = flat[end_of_mark] if end_of_mark < stop else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _unclosed_before(flat: str, start: int, pos: int) -> bool:
    """Whether a straight mark at ``pos`` can only be a new opening one: the text before it ends a sentence.

    '"We won. "Next' -> True ('. "' is not how a quote closes); '"We won" he said' -> False.
    """
    j = pos - 1
    while j > start and flat[j].isspace():
        j -= 1
    return j > start and flat[j] in ".!?" and pos - j > 1


def _trim_end(flat: str, start: int, end: int) -> int:
    while end > start and flat[end - 1].isspace():
        end -= 1
    return end
