"""Property tests: any text parses, every span points at what it claims, the round trip holds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmodel import from_dict, from_json, parse_article, to_dict, to_json

from .spans import assert_spans_hold

# Pieces of wire copy, so generated text exercises the rules and not only random noise.
PIECES = [
    "LONDON, March 3 (Reuters) - ", "WASHINGTON (AP) _ ", "By JANE DOE\n", "Associated Press Writer\n",
    "\n\n", "\n", "    ", '"', "\u201c", "\u201d", "``", "''", " said ", " he said. ", "Mr. ", "John Smith",
    "Acme Corp", " (ACME) ", " will ", " plans to ", " by 2024", " next year", "(Reporting by X; Editing by Y)",
    " Reuter\n", "&#3;", "<DOC>", "<TEXT>", "<P>", "</P>", "&QL;", "&lt;BAC>", "XXX END OF STORY", "\u2014",
    "The minister said that ", "according to officials", ". ", ", ", "Ms. Jones", "the company",
]

wire_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wire_text)
def test_any_text_parses_and_spans_hold(text: str) -> None:
    article = parse_article(text)
    assert_spans_hold(article)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wire_text)
def test_round_trip_is_lossless(text: str) -> None:
    article = parse_article(text)
    assert from_dict(to_dict(article)) == article
    assert from_json(to_json(article)) == article


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_parse_or_fail_with_decode_error(raw: bytes) -> None:
    from newsmodel import DecodeError

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            parse_article(raw)
        except DecodeError:
            return
        raise AssertionError("undecodable bytes parsed") from None
    assert parse_article(raw) == parse_article(text)
