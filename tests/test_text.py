"""text.py: input checks, line endings, whitespace and segmentation with offsets."""

from __future__ import annotations

import pytest

from newsmodel.errors import DecodeError, InputTypeError
from newsmodel.text import coerce_text, collapse, flatten, iter_lines, split_sentences


def test_coerce_text_str_and_bytes() -> None:
    assert coerce_text("a\r\nb\rc") == "a\nb\nc"
    assert coerce_text("\ufeffLONDON") == "LONDON"
    assert coerce_text(b"\xef\xbb\xbfLONDON (Reuters) -\r\n") == "LONDON (Reuters) -\n"
    assert coerce_text(bytearray(b"caf\xc3\xa9")) == "caf\u00e9"
    assert coerce_text(memoryview(b"x")) == "x"


def test_coerce_text_says_why_not() -> None:
    with pytest.raises(DecodeError, match=r"byte 0xe9 at offset 3") as info:
        coerce_text(b"caf\xe9")
    assert isinstance(info.value, ValueError)
    for bad in (42, None, ["text"], 3.5):
        with pytest.raises(InputTypeError, match=type(bad).__name__) as err:
            coerce_text(bad)
        assert isinstance(err.value, TypeError)


def test_flatten_keeps_offsets_and_collapse_joins() -> None:
    text = "said\n\tthe\u00a0minister"
    assert len(flatten(text)) == len(text) and "\n" not in flatten(text)
    assert collapse("  a\n  b\t\tc  ") == "a b c"
    assert collapse("") == ""


def test_iter_lines() -> None:
    text = "one\ntwo\n\nfour"
    assert [text[a:b] for a, b in iter_lines(text)] == ["one", "two", "", "four"]
    assert [text[a:b] for a, b in iter_lines(text, 4, 8)] == ["two"]  # a final newline ends the line
    assert list(iter_lines("")) == [(0, 0)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('Gov. Smith said. "We will," he said.', ["Gov. Smith said.", '"We will," he said.']),
        ("The U.S. Senate met. It voted.", ["The U.S. Senate met.", "It voted."]),
        ("George W. Bush spoke on Jan. 5 in Calif. later.", ["George W. Bush spoke on Jan. 5 in Calif. later."]),
        ("\u201cWhy?\u201d she asked. No answer.", ["\u201cWhy?\u201d she asked.", "No answer."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_split_sentences_in_a_range() -> None:
    text = "Header.\n\nFirst one. Second one.\n"
    start = text.index("First")
    assert [text[a:b] for a, b in split_sentences(text, start)] == ["First one.", "Second one."]
