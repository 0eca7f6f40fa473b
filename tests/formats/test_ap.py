"""AP copy: headline, ALL-CAPS byline with a role line, ``(AP) _`` dateline, tab-indented wraps, trailer."""

from __future__ import annotations

import datetime as dt

from .conftest import parse_fixture


def test_ap_fixture() -> None:
    a = parse_fixture("ap.txt", "ap")
    assert a.headline == "Flood waters recede in Arkansas delta"
    assert a.source == "AP"
    assert a.published == dt.datetime(1999, 3, 9, 14, 12)  # from the trailer AP-NY-03-09-99 1412EST
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.agency, a.dateline.date) == ("PINE BLUFF, Ark.", "AP", None)
    assert [p.name for p in a.authors] == ["John O'Malley", "Ann Lee"]
    assert a.byline is not None and a.byline.roles == ("Associated Press Writer",)
    assert a.authors[0].mentions[0].text == "JOHN O'MALLEY"
    assert [(c.role, c.names) for c in a.credits] == [("contributed", ("Ann Lee",))]
    assert [(t.kind, t.text) for t in a.trailers] == [("trailer", "AP-NY-03-09-99 1412EST")]
    assert len(a.body) == 3
    assert a.body[0].text.startswith("Flood waters began to recede on Tuesday across the Arkansas delta")
    assert "\n" not in a.body[0].text


def test_wrapped_contributor_line_and_a_sentence_that_is_not_one() -> None:
    from newsmodel.formats.ap import parse_ap

    a = parse_ap(
        "WASHINGTON (AP) _ The Senate met.\n\t   It voted on Monday.\n"
        "\t   Associated Press writer Ann Lee in\nLittle Rock contributed to this report.\n"
    )
    assert [p.name for p in a.authors] == ["Ann Lee"]
    assert [p.text for p in a.body] == ["The Senate met.", "It voted on Monday."]
    b = parse_ap("WASHINGTON (AP) _ The Senate met.\n\nThe fund said it contributed.")
    assert b.authors == () and b.credits == () and len(b.body) == 2
