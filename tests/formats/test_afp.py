"""AFP copy: ``PARIS, March 3 (AFP) -``, a byline with the surname in capitals, operator initials."""

from __future__ import annotations

from .conftest import parse_fixture


def test_afp_fixture() -> None:
    a = parse_fixture("afp.txt", "afp")
    assert a.headline == "French rail workers strike over pensions"
    assert a.source == "AFP"
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == ("PARIS", "March 3", "AFP")
    assert a.published is None
    assert [p.name for p in a.authors] == ["Claire Dubois"]
    assert [(t.kind, t.text) for t in a.trailers] == [("signoff", "cd/lb")]
    assert a.credits == () and a.notes == ()
    assert len(a.body) == 2


def test_em_dash_dateline_and_curly_quotes() -> None:
    from newsmodel.formats.afp import parse_afp

    a = parse_afp("Strike ends\n\nPARIS, March 3 (AFP) \u2014 \u201cWe are going back,\u201d a union leader said.")
    assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == ("PARIS", "AFP")
    assert a.body[0].text == "\u201cWe are going back,\u201d a union leader said."
