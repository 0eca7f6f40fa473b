"""TREC/AQUAINT ``<DOC>`` records: AP with a swapped DATE_TIME, DUC wire entities, pre-text bylines."""

from __future__ import annotations

import datetime as dt

from newsmodel.formats.sgml import decode_entities
from newsmodel.formats.trec import parse_trec

from .conftest import check_spans, parse_fixture


def test_apw_record() -> None:
    a = parse_fixture("trec_apw.txt", "trec")
    assert a.headline == "Flood waters recede in Arkansas delta"
    assert a.source == "AP"
    # DATE_TIME says 1999-09-03, the DOCNO APW19990309 says March 9: day and month were swapped
    assert a.published == dt.datetime(1999, 3, 9, 14, 12)
    assert a.dateline is not None and a.dateline.location == "PINE BLUFF, Ark."
    assert [p.name for p in a.authors] == ["John O'Malley"]
    assert a.byline is not None and a.byline.roles == ("Associated Press Writer",)
    assert [n.text for n in a.notes] == ["Eds: UPDATES with damage estimate"]
    assert [(t.kind, t.text) for t in a.trailers] == [("trailer", "AP-NY-03-09-99 1412EST")]
    assert a.body[-1].text == "State officials said damage could top $40 million & rising."
    fields = {f.name: f.value for f in a.fields}
    assert fields["DOCNO"] == "APW19990309.0042" and fields["SLUG"] == "BC-Flood-Arkansas"


def test_duc_entities() -> None:
    assert decode_entities("&UR; By DANIEL WOOLLS &QC;") == " By DANIEL WOOLLS "
    assert decode_entities("A &AMP; B&HT;C &Cx1f; &QL;&LR;&QR;") == "A & B\tC  "
    assert decode_entities("&#2;x&#3; &lt;BAC> &amp; &unknown;") == "x <BAC> & &unknown;"


def test_headline_of_fillers_is_none() -> None:
    a = parse_trec("<DOC><DOCNO> NYT19990101.0001 </DOCNO><HEADLINE>&HT; </HEADLINE><TEXT>Hi.</TEXT></DOC>")
    check_spans(a)
    assert a.headline is None
    assert a.published == dt.date(1999, 1, 1)
