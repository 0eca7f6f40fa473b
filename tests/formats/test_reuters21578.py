"""Reuters-21578 ``<REUTERS>`` records: fields kept, entities decoded, the record rendered as wire copy."""

from __future__ import annotations

import datetime as dt

from newsmodel import PartialDate

from .conftest import parse_fixture


def test_record() -> None:
    a = parse_fixture("reuters21578.sgm", "reuters21578")
    assert a.headline == "GRAIN CORP <GRC> TO BUY ILLINOIS MILL"
    assert a.source == "Reuters"
    assert a.published == dt.datetime(1987, 3, 3, 10, 21, 6, 590000)
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date) == ("CHICAGO", PartialDate(1987, 3, 3))
    assert [p.name for p in a.authors] == ["Carl Ostrowski"]
    assert [(t.kind, t.text) for t in a.trailers] == [("signoff", "Reuter")]
    assert [p.kind for p in a.body] == ["paragraph", "paragraph", "table"]
    fields = {f.name: f.value for f in a.fields}
    assert fields["NEWID"] == "90001" and fields["PLACES"] == "usa" and fields["DATE"] == "03-MAR-1987 10:21:06.59"
    assert "BC-GRAIN-CORP-TO-BUY" in fields["UNKNOWN"]
    assert "&lt;" not in a.text and "&#" not in a.text and "<BODY>" not in a.text
    assert a.text.startswith("GRAIN CORP <GRC> TO BUY ILLINOIS MILL\n\n")


def test_unbalanced_record_does_not_raise() -> None:
    from newsmodel.formats.reuters21578 import parse_reuters21578

    a = parse_reuters21578('<REUTERS NEWID="1"><TEXT><TITLE>HALF A RECORD</TITLE><BODY>Cut off here')
    assert a.headline == "HALF A RECORD"
