"""Articles for the export tests: one built by hand (so tests do not depend on extraction quality)
and a few parsed from short copy we wrote."""

from __future__ import annotations

import datetime as dt

from newsmodel import (
    Article,
    Byline,
    Commitment,
    Credit,
    Dateline,
    Deadline,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Place,
    Quote,
    Span,
    parse_article,
)

HEADLINE = "Power company to close its last coal plant"
LEAD = (
    "SPRINGFIELD, March 3 (Newswire) - The Springfield Power Company (SPC) will close its last coal plant "
    "by 2030, Mayor Joe Park said on Tuesday."
)
QUOTE_PARA = (
    '"We will shut the plant," Park said, "and we will not raise prices '
    "<script>document.title='pwned'</script>.\""
)
THIRD = "The company said it plans to hire 200 workers in Springfield."
TEXT = f"{HEADLINE}\n\nBy Ann Lee\n\n{LEAD}\n\n{QUOTE_PARA}\n\n{THIRD}\n\nReporting by Ann Lee; Editing by Bo Chan\n"


def span(text: str, needle: str, occurrence: int = 0, within: Span | None = None) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text`` (optionally inside ``within``)."""
    pos = within.start if within else 0
    for _ in range(occurrence + 1):
        pos = text.index(needle, pos)
        pos += 1
    start = pos - 1
    return Span.of(text, start, start + len(needle))


def build_article() -> Article:
    """A hand-built article exercising every part of the model the exporters read."""
    t = TEXT
    lead = span(t, LEAD)
    quote_para = span(t, QUOTE_PARA)
    third = span(t, THIRD)
    ann = Person("Ann Lee", id="p1", mentions=[span(t, "Ann Lee"), span(t, "Ann Lee", 1)])
    park = Person(
        "Joe Park", id="p2", aliases=["Park"], titles=["Mayor"], affiliations=["Springfield"],
        mentions=[span(t, "Joe Park"), span(t, "Park", 1)],
    )
    spc = Organization(
        "Springfield Power Company", id="o1", acronym="SPC", tickers=["SPC.N"], kind="company",
        mentions=[span(t, "Springfield Power Company"), span(t, "SPC")],
    )
    town = Place("Springfield", id="l1", mentions=[span(t, "Springfield", 1)])
    q1 = Quote(
        "The Springfield Power Company (SPC) will close its last coal plant by 2030", "indirect",
        span(t, "The Springfield Power Company (SPC) will close its last coal plant by 2030"), id="q1",
        speaker=park, speaker_text="Mayor Joe Park", speaker_span=span(t, "Mayor Joe Park"), cue="said",
        cue_span=span(t, "said", 0, within=lead),
    )
    part1 = span(t, "We will shut the plant,")
    part2 = span(t, "and we will not raise prices <script>document.title='pwned'</script>.")
    q2 = Quote(
        f"{part1.text} {part2.text}", "direct", Span.of(t, part1.start, part2.end), id="q2", speaker=park,
        speaker_text="Park", speaker_span=span(t, "Park", 1), cue="said", parts=[part1, part2],
    )
    q3 = Quote(
        "it plans to hire 200 workers in Springfield", "indirect",
        span(t, "it plans to hire 200 workers in Springfield"), id="q3", speaker=spc, speaker_text="The company",
        speaker_span=span(t, "The company"),
    )
    c1 = Commitment(
        "will close its last coal plant by 2030", span(t, "will close its last coal plant by 2030"), id="c1",
        actor=spc, actor_text="The Springfield Power Company (SPC)", action="close its last coal plant",
        cue="will", deadline=Deadline("by 2030", PartialDate(2030), "year", span(t, "by 2030")), quote=q1,
    )
    c2 = Commitment(
        "we will not raise prices", span(t, "we will not raise prices"), id="c2", actor=park, actor_text="we",
        action="raise prices", cue="will not", negated=True, quote=q2,
    )
    c3 = Commitment(
        "plans to hire 200 workers", span(t, "plans to hire 200 workers"), id="c3", actor=spc, actor_text="it",
        action="hire 200 workers", cue="plans to", quote=q3,
    )
    return Article(
        text=t,
        format="hand-built",
        headline=HEADLINE,
        headline_span=span(t, HEADLINE),
        published=dt.datetime(2024, 3, 3, 9, 30, tzinfo=dt.timezone.utc),
        source="Newswire",
        byline=Byline(authors=[ann], text="By Ann Lee", span=span(t, "By Ann Lee")),
        dateline=Dateline("SPRINGFIELD", "March 3", PartialDate(2024, 3, 3), "Newswire",
                          span(t, "SPRINGFIELD, March 3 (Newswire) -")),
        body=[Paragraph(lead.text, lead), Paragraph(quote_para.text, quote_para), Paragraph(third.text, third)],
        credits=[
            Credit("reporting", ["Ann Lee"], "Reporting by Ann Lee", span(t, "Reporting by Ann Lee")),
            Credit("editing", ["Bo Chan"], "Editing by Bo Chan", span(t, "Editing by Bo Chan")),
        ],
        people=[ann, park],
        organizations=[spc],
        places=[town],
        quotes=[q1, q2, q3],
        commitments=[c1, c2, c3],
    )


# Short copy written for these tests, in the shapes the parser knows.
PARSED_TEXTS = (
    "Rain expected\n\nIt will rain on Monday, forecasters said.\n\nThe council will meet on Friday.",
    "WASHINGTON (AP) _ The Senate met on Monday. \"We will vote soon,\" Sen. Ann Lee said.",
    "",
)


def all_articles() -> list[Article]:
    """The hand-built article, the parsed ones, the bundled sample and a bare one."""
    from newsmodel.examples import sample_text

    return [build_article(), *(parse_article(t) for t in PARSED_TEXTS), parse_article(sample_text()),
            Article(text="x", published=dt.date(2024, 1, 2))]
