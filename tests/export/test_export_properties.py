"""Properties of the exporters on whatever the parser makes of arbitrary text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmodel import parse_article, to_dict
from newsmodel.export import to_html, to_jsonld, to_ninjs, to_records, validate_article_json, validate_ninjs
from tests.export.test_html import outline

# Wire-copy-like text: words, capitals, quotes, datelines, markup and odd characters, in any order.
PIECES = st.sampled_from([
    "WASHINGTON (Reuters) - ", "By Ann Lee\n", '"We will act," ', "he said. ", "Mayor Joe Park ", "the EU ",
    "will build ", "by 2030", ".\n\n", "<script>x</script>", "&amp; ", "\u201cQuoted\u201d ", "Inc. ", "\n",
    "plans to ", "said on Tuesday", "(AP) _ ", "Reporting by Bo Chan; Editing by Cy Dee\n", "\u00e9t\u00e9 ", "  ",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=30).map("".join), st.text(max_size=200))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_exports_of_any_parse(text: str) -> None:
    article = parse_article(text)
    validate_article_json(json.loads(json.dumps(to_dict(article))))
    validate_ninjs(to_ninjs(article))
    validate_ninjs(to_ninjs(article, version="2.2", extensions=False), version="2.2")
    json.dumps(to_jsonld(article))
    for rows in to_records(article).values():
        assert all(v is None or isinstance(v, (str, int, bool)) for row in rows for v in row.values())
    html = to_html(article)
    assert "<script" not in html.lower()
    assert "".join(outline(html).text) == article.text


@st.composite
def spans_over_text(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40))
    bounds = st.integers(0, len(text))
    spans = draw(st.lists(st.tuples(bounds, bounds, st.sampled_from(["quote", "commitment", "person"])), max_size=8))
    return text, [(min(a, b), max(a, b), kind) for a, b, kind in spans]


@settings(max_examples=200, deadline=None)
@given(spans_over_text())
def test_any_highlights_nest_and_keep_the_text(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    from newsmodel import Article, Commitment, Person, Quote, Span

    text, spans = case
    quotes, commitments, mentions = [], [], []
    for i, (a, b, kind) in enumerate(spans):
        span = Span.of(text, a, b)
        if kind == "quote":
            quotes.append(Quote(span.text, "direct", span, id=f"q{i}"))
        elif kind == "commitment":
            commitments.append(Commitment(span.text, span, id=f"c{i}"))
        else:
            mentions.append(span)
    people = [Person("Someone", id="p1", mentions=mentions)] if mentions else []
    html = to_html(Article(text=text, quotes=quotes, commitments=commitments, people=people))
    o = outline(html)  # balanced tags
    assert "".join(o.text) == text
    shown = {a.get("data-id") for _, a in o.elements}
    assert {q.id for q in quotes if q.span.text} <= shown
    assert {c.id for c in commitments if c.span.text} <= shown
