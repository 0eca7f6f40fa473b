"""parse_article's contract: input types, bytes, forced formats, stage order."""

from __future__ import annotations

import pytest

from newsmodel import (
    STAGES,
    Article,
    DecodeError,
    InputTypeError,
    UnknownFormatError,
    available_formats,
    parse_article,
)
from newsmodel.examples import sample_text

from .spans import assert_spans_hold


@pytest.mark.parametrize("bad", [42, None, 3.5, ["text"], {"text": "x"}, object()])
def test_non_text_input_is_a_type_error_naming_it(bad: object) -> None:
    with pytest.raises(InputTypeError, match=type(bad).__name__):
        parse_article(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_article(bad)  # type: ignore[arg-type]


def test_utf8_bytes_with_bom_decode_like_text() -> None:
    text = "Headline\n\nLONDON (Reuters) - Caf\u00e9 owners said on Monday.\n"
    assert parse_article(("\ufeff" + text).encode("utf-8")) == parse_article(text)


def test_undecodable_bytes_say_where() -> None:
    with pytest.raises(DecodeError, match=r"0xff at offset 3"):
        parse_article(b"abc\xffdef")


def test_crlf_line_endings_are_normalised() -> None:
    a = parse_article("Title\r\n\r\nBody text here.\r\n")
    assert "\r" not in a.text
    assert a.headline == "Title"


def test_unknown_format_lists_known_ones() -> None:
    with pytest.raises(UnknownFormatError) as info:
        parse_article("x", format="no-such-wire")
    for name in available_formats():
        assert name in str(info.value)
    with pytest.raises(LookupError):
        parse_article("x", format="no-such-wire")


def test_forcing_a_format() -> None:
    assert parse_article("Some text.", format="plain").format == "plain"
    with pytest.raises(InputTypeError):
        parse_article("x", format=3)  # type: ignore[arg-type]


def test_stages_are_pure_functions_of_an_article() -> None:
    article = parse_article(sample_text())
    for stage in STAGES:
        assert stage(article) == article  # running a stage again changes nothing


def test_sample_article_parses_with_consistent_spans() -> None:
    article = parse_article(sample_text())
    assert isinstance(article, Article)
    assert article.body
    assert_spans_hold(article)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01", "\u201c", "((((", "<DOC>", "<REUTERS>"])
def test_degenerate_text_parses(text: str) -> None:
    assert_spans_hold(parse_article(text))


def test_every_public_name_resolves_and_import_stays_light() -> None:
    import subprocess
    import sys

    import newsmodel

    for name in newsmodel.__all__:
        assert getattr(newsmodel, name) is not None, name
    # a fresh interpreter: importing the package does not load the serializer, the stages or the exporters
    probe = (
        "import sys, newsmodel; "
        "print(sorted(m for m in ('cattrs', 'newsmodel.serialize', 'newsmodel.extract.quotes', "
        "'newsmodel.export', 'pandas', 'dask') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
