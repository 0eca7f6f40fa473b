"""Notebook HTML: highlighted text, escaped, with elements that nest."""

from __future__ import annotations

from html.parser import HTMLParser

from newsmodel import Article, Commitment, Person, Quote, Span
from newsmodel.export import to_html
from tests.export.articles import all_articles, build_article

VOID = {"br", "img", "hr", "meta", "input", "link"}


class Outline(HTMLParser):
    """Checks that tags balance, and collects the text inside .nm-text and every highlight element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.tags: list[str] = []
        self.errors: list[str] = []

    def in_text(self) -> bool:
        return any("nm-text" in (a.get("class") or "").split() for _, a in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in VOID:
            return
        d = dict(attrs)
        if self.in_text():
            self.elements.append((tag, d))
        self.stack.append((tag, d))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_text():
            self.text.append(data)


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    assert not parser.errors and not parser.stack, (parser.errors, parser.stack)
    return parser


def has(o: Outline, tag: str, cls: str, **data: str) -> bool:
    return any(t == tag and cls in (a.get("class") or "").split()
               and all(a.get(f"data-{k}") == v for k, v in data.items()) for t, a in o.elements)


def test_text_survives_highlighting() -> None:
    for article in all_articles():
        o = outline(to_html(article))
        assert "".join(o.text) == article.text


def test_highlights_of_the_hand_built_article() -> None:
    o = outline(to_html(build_article()))
    assert has(o, "mark", "nm-quote", id="q1", speaker="p2")
    assert has(o, "mark", "nm-quote-direct", id="q2", speaker="p2")
    assert has(o, "mark", "nm-commitment", id="c1", actor="o1")
    assert has(o, "span", "nm-speaker", quote="q2", id="p2")
    assert has(o, "span", "nm-person", id="p1")
    assert has(o, "span", "nm-organization", id="o1")
    assert has(o, "span", "nm-place", id="l1")


def test_markup_in_the_copy_is_escaped() -> None:
    html = to_html(build_article())
    assert "<script" not in html.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    text = 'Ann said "<img src=x onerror=alert(1)>".'
    evil = Person('"><img src=x onerror=alert(1)>', id='p1"><b>', mentions=[Span.of(text, 0, 3)])
    html = to_html(Article(text=text, people=[evil]))
    assert "<img" not in html and "<b>" not in html
    outline(html)


def test_crossing_spans_are_split_into_nested_elements() -> None:
    text = "He said we will build the bridge next year."
    q = Quote("we will build the bridge", "indirect", Span.of(text, 8, 32), id="q1")
    c = Commitment("will build the bridge next year", Span.of(text, 11, 42), id="c1")
    o = outline(to_html(Article(text=text, quotes=[q], commitments=[c])))
    assert "".join(o.text) == text
    commitment_pieces = [a for t, a in o.elements if a.get("data-id") == "c1"]
    assert len(commitment_pieces) == 2  # one piece inside the quote, one after it
    assert has(o, "mark", "nm-quote", id="q1")


def test_summary_and_tables() -> None:
    html = to_html(build_article())
    assert '<table class="nm-summary">' in html
    assert "2 people, 1 organizations, 1 places, 3 quotes, 3 commitments" in html
    for cls in ("nm-people", "nm-organizations", "nm-quotes", "nm-commitments"):
        assert f'<table class="{cls}">' in html


def test_article_repr_html_uses_the_exporter() -> None:
    article = build_article()
    assert article._repr_html_() == to_html(article)
