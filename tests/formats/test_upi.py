"""UPI copy: ``WASHINGTON, March 3 (UPI) --`` with a byline and a role line."""

from __future__ import annotations

from .conftest import parse_fixture


def test_upi_fixture() -> None:
    a = parse_fixture("upi.txt", "upi")
    assert a.headline == "Senate passes farm bill"
    assert a.source == "UPI"
    assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == ("WASHINGTON", "UPI")
    assert [p.name for p in a.authors] == ["Dana Wells"]
    assert a.byline is not None and a.byline.roles == ("UPI Senior Correspondent",)
    assert a.published is None
    assert len(a.body) == 2
