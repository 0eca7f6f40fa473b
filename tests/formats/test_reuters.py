"""Reuters copy: modern with a city, without one, and 1987 with the date in the dateline."""

from __future__ import annotations

from .conftest import parse_fixture


def test_modern_with_city_notes_and_credits() -> None:
    a = parse_fixture("reuters.txt", "reuters")
    assert a.headline == "Harbour Foods profit beats forecasts"
    assert a.source == "Reuters"
    assert a.published is None  # the copy states no date
    assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == ("LONDON", "Reuters")
    assert [n.text for n in a.notes] == ["(Adds analyst comment, updates shares)"]
    assert [(c.role, c.names) for c in a.credits] == [
        ("reporting", ("Sam Hill", "Ana Cruz")),
        ("writing", ("Tom Reed",)),
        ("editing", ("Jane Fox",)),
    ]
    assert [p.name for p in a.authors] == ["Sam Hill", "Ana Cruz", "Tom Reed"]  # editors are not authors
    assert len(a.body) == 3
    assert a.body[0].text.startswith("Harbour Foods Plc reported")  # dateline taken off the lede
    assert a.body[0].span.text.startswith("Harbour Foods Plc")
    assert a.body[-1].text.endswith("said analyst Priya Shah.")  # the credit is not in the paragraph


def test_modern_without_city() -> None:
    a = parse_fixture("reuters_nocity.txt", "reuters")
    assert a.dateline is not None and a.dateline.location is None and a.dateline.agency == "Reuters"
    roles = [(c.role, c.names) for c in a.credits]
    assert roles == [("additional reporting", ("Lena Berg",)), ("editing", ("Mark Dunn",))]
    assert [p.name for p in a.authors] == ["Lena Berg"]
    assert len(a.body) == 2 and a.body[0].text.startswith("Northwind Airlines said")


def test_1987_dated_dateline_and_signoff() -> None:
    a = parse_fixture("reuters_1987.txt", "reuters")
    assert a.headline == "GRAIN CORP TO BUY ILLINOIS MILL"
    assert a.source == "Reuters"
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text) == ("CHICAGO", "March 3")
    assert a.dateline.date is None and a.published is None  # no year in the copy: nothing invented
    assert [p.name for p in a.authors] == ["Carl Ostrowski"]
    assert [(t.kind, t.text) for t in a.trailers] == [("signoff", "Reuter")]
    assert len(a.body) == 2  # 4-space indents start paragraphs, hard wraps are joined
    assert a.body[0].text.endswith("for about 12 mln dlrs.")
