"""Commitments: pledges, plans and targets with their actors, deadlines and polarity.

Every article here is a short text written for the test; entities and quotes are built by hand so the
stage is tested on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from newsmodel.extract.commitments import find_commitments
from newsmodel.model import Article, Commitment, Organization, Paragraph, PartialDate, Person, Quote, Span

FILED = dt.date(2023, 5, 3)  # a Wednesday


def _spans(text: str, forms: Sequence[str]) -> list[Span]:
    out = []
    for form in forms:
        pos = text.find(form)
        while pos != -1:
            out.append(Span.of(text, pos, pos + len(form)))
            pos = text.find(form, pos + len(form))
    return sorted(out, key=lambda s: s.start)


def make(
    text: str,
    people: Sequence[Person] = (),
    orgs: Sequence[Organization] = (),
    quotes: Sequence[Quote] = (),
    published: dt.date | None = FILED,
    headline: str | None = None,
) -> Article:
    """An article whose body is ``text`` split at blank lines; entity mentions found by name."""
    body = []
    pos = 0
    for block in text.split("\n\n"):
        body.append(Paragraph(" ".join(block.split()), Span.of(text, pos, pos + len(block))))
        pos += len(block) + 2
    people = [p if p.mentions else Person(p.name, id=p.id, aliases=p.aliases, affiliations=p.affiliations,
                                          mentions=_spans(text, [p.name, *p.aliases])) for p in people]
    orgs = [o if o.mentions else Organization(o.name, id=o.id, aliases=o.aliases, acronym=o.acronym,
                                              mentions=_spans(text, [o.name, *o.aliases])) for o in orgs]
    return Article(text, body=body, people=people, organizations=orgs, quotes=quotes, published=published,
                   headline=headline)


def commitments(article: Article) -> tuple[Commitment, ...]:
    return find_commitments(article).commitments


ACME = Organization("Acme Corp", id="o1", aliases=("Acme",))


def one(text: str, **kwargs: object) -> Commitment:
    found = commitments(make(text, orgs=kwargs.pop("orgs", [ACME]), **kwargs))  # type: ignore[arg-type]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# --- what counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "action"),
    [
        ("Acme will build a plant in Ohio.", "will", "build a plant in Ohio"),
        ("Acme plans to open 40 stores.", "plans to", "open 40 stores"),
        ("Acme pledged to protect the jobs of its staff.", "pledged to", "protect the jobs of its staff"),
        ("Acme vowed to fight the ruling.", "vowed to", "fight the ruling"),
        ("Acme promised to repay the loan.", "promised to", "repay the loan"),
        ("Acme aims to double its sales.", "aims to", "double its sales"),
        ("Acme is set to launch a new phone.", "is set to", "launch a new phone"),
        ("Acme intends to list its shares.", "intends to", "list its shares"),
        ("Acme agreed to sell its paper mill.", "agreed to", "sell its paper mill"),
        ("Acme is going to hire 200 engineers.", "is going to", "hire 200 engineers"),
        ("Acme continues to expand its network.", "continues to", "expand its network"),
        ("Acme is building a second factory.", "is building", "building a second factory"),
        ("Acme signed a letter of intent to merge with a rival.", "letter of intent to", "merge with a rival"),
    ],
)
def test_each_cue_makes_a_commitment(text: str, cue: str, action: str) -> None:
    c = one(text)
    assert c.cue == cue
    assert c.action == action
    assert c.actor is not None and c.actor.name == "Acme Corp"
    assert not c.negated


def test_a_target_with_an_amount_and_a_year() -> None:
    c = one("Acme aims to cut costs by $1 billion by 2010.", published=dt.date(2008, 1, 10))
    assert c.text == "Acme aims to cut costs by $1 billion by 2010"
    assert c.deadline is not None and c.deadline.date == PartialDate(2010) and c.deadline.text == "by 2010"


def test_a_strategy_adopted_with_a_horizon() -> None:
    eu = Organization("European Union", id="o1", aliases=("EU",))
    c = one("He noted that the EU adopted a digital strategy until 2030.", orgs=[eu])
    assert c.actor is not None and c.actor.name == "European Union"
    assert "digital strategy until 2030" in c.text
    assert c.deadline is not None and c.deadline.date == PartialDate(2030) and c.deadline.precision == "year"


def test_work_underway_belongs_to_who_reports_it() -> None:
    minister = Person("Jan Novak", id="p1", aliases=("Novak",))
    text = "Jan Novak spoke on Monday.\n\nHe added that work is underway on a project to widen the road until 2025."
    found = commitments(make(text, people=[minister]))
    assert len(found) == 1
    assert found[0].actor is found[0].actor and found[0].actor is not None
    assert found[0].actor.name == "Jan Novak"
    assert found[0].text.startswith("work is underway on a project")


def test_a_pledge_reported_with_would() -> None:
    c = one("Acme said it would close the plant by March.")
    assert c.text == "it would close the plant by March"
    assert c.deadline is not None and c.deadline.date == PartialDate(2024, 3) and c.deadline.precision == "month"


def test_would_outside_reported_speech_is_no_pledge() -> None:
    assert commitments(make("Acme would close the plant in a downturn.", orgs=[ACME])) == ()


# --- what does not count -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said profit will rise next year.",  # a forecast: the subject is no actor
        "Acme said this will help speed up the work.",
        "Acme will face tougher comparisons in the first quarter.",  # an outcome, not an action
        "Acme will see revenue growth in Europe.",
        "Acme will likely cut jobs.",
        "Smith said Acme probably would cut jobs.",
        "Acme will report a first-quarter loss.",
        "Acme hopes to expand into Asia.",  # hopes and willingness
        "Acme is keen to buy a rival.",
        "Acme is ready to talk.",
        "Acme wants to grow.",
        "Acme will have to cut jobs.",  # an obligation
        "If the deal fails, Acme will cut 500 jobs.",  # conditional offers
        "Acme will cut 500 jobs if the deal fails.",
        "Acme built a plant last year.",  # completed
        "Acme scrapped plans to build a plant.",  # cancelled
        "Acme had planned to build a plant.",
        "Acme agreed to buy the mill in 2019.",  # done before the story was filed
        "Acme agreed to pay $5 million last year.",
        "Analysts expect Acme will cut its dividend.",  # other people's predictions
        "Smith estimated that Acme would sell the unit.",
        "Will Acme build the plant?",  # a question
        "It is unclear whether Acme will build the plant.",
        "Acme does not plan to build a plant.",  # no plan is no pledge
        "Acme is not planning to build a plant.",
        "Acme never intended to build a plant.",
        "Acme no longer plans to build a plant.",
        "The plant will be built by 2025.",  # no named actor
        "The government will raise taxes.",  # a description with no named organization behind it
        "Acme Corp said it was intended to help farmers.",  # a purpose, not a plan
        'John Smith spoke. "Acme will make a strong partner," he said.',  # a speaker's words about another
    ],
)
def test_not_a_commitment(text: str) -> None:
    smith = Person("John Smith", id="p1", aliases=("Smith",))
    assert commitments(make(text, people=[smith], orgs=[ACME])) == ()


def test_a_description_of_another_kind_does_not_resolve() -> None:
    # 'the bank' points back at an organization that is a bank, not at any organization
    assert commitments(make("Acme Corp posted results.\n\nThe bank will open ten branches.", orgs=[ACME])) == ()


def test_the_headline_is_not_read() -> None:
    text = "Acme will build a plant\n\nAcme Corp reported results on Monday."
    article = make(text, orgs=[ACME])
    body_only = Article(text, headline="Acme will build a plant", body=article.body[1:],
                        organizations=article.organizations)
    assert commitments(body_only) == ()


# --- polarity -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Acme will not raise prices.", "Acme won't raise prices.", "Acme pledged not to raise prices.",
             "Acme said it would never raise prices."]
)
def test_negated_pledges_are_kept_with_their_polarity(text: str) -> None:
    c = one(text)
    assert c.negated
    assert "raise prices" in c.action


# --- actors ---------------------------------------------------------------------------------------


def test_actor_is_the_very_entity_object() -> None:
    article = make("Acme Corp said it will build a plant.", orgs=[ACME])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.organizations[0]


def test_description_points_back_at_the_named_organization() -> None:
    article = make("Acme Corp posted results on Monday.\n\nThe company will open 20 stores next year.", orgs=[ACME])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.organizations[0]
    assert c.deadline is not None and c.deadline.date == PartialDate(2024)


def test_it_in_a_later_sentence_plans_but_does_not_forecast() -> None:
    text = "Acme Corp posted results on Monday. It also plans to sell its bus unit. It will help margins."
    found = commitments(make(text, orgs=[ACME]))
    assert [c.cue for c in found] == ["plans to"]


def test_we_in_a_quote_resolves_through_the_speaker() -> None:
    text = '"We are building a new school," Jane Doe said.'
    doe = Person("Jane Doe", id="p1", mentions=_spans(text, ["Jane Doe"]))
    quote = Quote("We are building a new school,", "direct", Span.of(text, 1, 30), id="q1", speaker=doe,
                  parts=[Span.of(text, 1, 30)])
    article = make(text, people=[doe], quotes=[quote])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.people[0]
    assert c.quote is article.quotes[0]
    assert c.text == "We are building a new school"


def _quoted(text: str, speaker: Person) -> Quote:
    """The direct quote between the first \" and the first ,\" of ``text``, said by ``speaker``."""
    start = text.index('"') + 1
    end = text.index(',"')
    return Quote(text[start:end], "direct", Span.of(text, start, end), id="q1", speaker=speaker,
                 parts=[Span.of(text, start, end)])


def test_we_resolves_to_the_speakers_organization_when_named() -> None:
    text = 'Acme Corp chief Jane Doe spoke. "We will hire 300 people by June," she said.'
    doe = Person("Jane Doe", id="p1", affiliations=("Acme Corp",), mentions=_spans(text, ["Jane Doe"]))
    article = make(text, people=[doe], orgs=[ACME], quotes=[_quoted(text, doe)])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.organizations[0]
    assert c.quote is article.quotes[0]
    assert c.deadline is not None and c.deadline.date == PartialDate(2023, 6)


def test_would_in_a_speakers_own_words_is_hypothetical() -> None:
    text = 'Jane Doe spoke. "I would say the plant needs more time," she said.'
    doe = Person("Jane Doe", id="p1", mentions=_spans(text, ["Jane Doe"]))
    assert commitments(make(text, people=[doe], quotes=[_quoted(text, doe)])) == ()


def test_a_speakers_words_about_someone_else_are_no_pledge_of_theirs() -> None:
    text = 'Jane Doe spoke. "Acme will keep ignoring the warnings," she said.'
    doe = Person("Jane Doe", id="p1", mentions=_spans(text, ["Jane Doe"]))
    assert commitments(make(text, people=[doe], orgs=[ACME], quotes=[_quoted(text, doe)])) == ()


def test_a_speaker_may_name_their_own_organization() -> None:
    text = 'Acme Corp chief Jane Doe spoke. "Acme will open a plant in Ohio," she said.'
    doe = Person("Jane Doe", id="p1", affiliations=("Acme Corp",), mentions=_spans(text, ["Jane Doe"]))
    article = make(text, people=[doe], orgs=[ACME], quotes=[_quoted(text, doe)])
    found = find_commitments(article).commitments
    assert len(found) == 1 and found[0].actor is article.organizations[0]


def test_typewriter_quotes_close_the_clause() -> None:
    text = "Jane Doe spoke. ``We will open a plant next year,'' said Jane Doe."
    doe = Person("Jane Doe", id="p1", mentions=_spans(text, ["Jane Doe"]))
    c = find_commitments(make(text, people=[doe])).commitments[0]
    assert c.text == "We will open a plant next year"
    assert c.actor is not None and c.actor.name == "Jane Doe"


def test_i_resolves_to_the_speaker_not_the_organization() -> None:
    text = 'Acme Corp chief Jane Doe spoke. "I will step down in July," she said.'
    doe = Person("Jane Doe", id="p1", affiliations=("Acme Corp",), mentions=_spans(text, ["Jane Doe"]))
    article = make(text, people=[doe], orgs=[ACME], quotes=[_quoted(text, doe)])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.people[0]


def test_it_resolves_to_the_organization_that_reports() -> None:
    rival = Organization("Rival Inc", id="o2")
    text = "Acme Corp said Rival Inc has indicated it would vote for the merger."
    article = make(text, orgs=[ACME, rival])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.organizations[1]


def test_he_resolves_to_the_person_named_before() -> None:
    text = "Prime Minister Ann Lee met the unions.\n\nShe vowed to keep the pits open until 2026."
    lee = Person("Ann Lee", id="p1", aliases=("Lee",))
    article = make(text, people=[lee])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.people[0]
    assert c.text == "She vowed to keep the pits open until 2026"


def test_an_elided_subject_is_the_subject_of_the_clause_before() -> None:
    paterson = Person("Tom Paterson", id="p1", aliases=("Paterson",))
    text = "Paterson warned that cuts cannot be avoided but vowed to make them fair."
    article = make(text, people=[paterson])
    c = find_commitments(article).commitments[0]
    assert c.actor is article.people[0]
    assert c.text == "vowed to make them fair"


def test_members_act_for_their_organization() -> None:
    g20 = Organization("G20", id="o1")
    article = make("G20 leaders pledged to restore growth.", orgs=[g20])
    assert find_commitments(article).commitments[0].actor is article.organizations[0]


def test_a_name_after_a_preposition_is_not_the_subject() -> None:
    smith = Person("John Smith", id="p1")
    assert commitments(make("A fund run by John Smith agreed to buy the mill.", people=[smith])) == ()


# --- text, deadline, spans and ids ----------------------------------------------------------------


def test_text_stops_before_the_attribution() -> None:
    senate = Organization("U.S. Senate", id="o1", aliases=("Senate",))
    text = "The U.S. Senate plans to vote on the bill on Friday, Senator Ann Lee told reporters."
    c = one(text, orgs=[senate], published=dt.date(2023, 5, 3))
    assert c.text == "The U.S. Senate plans to vote on the bill on Friday"
    assert c.deadline is not None and c.deadline.text == "on Friday"
    assert c.deadline.date == PartialDate(2023, 5, 5) and c.deadline.precision == "day"


def test_relative_deadline_without_a_filing_date_keeps_its_wording_only() -> None:
    c = one("Acme will open the mine next year.", published=None)
    assert c.deadline is not None and c.deadline.text == "next year" and c.deadline.date is None


def test_duration_deadline_has_no_date() -> None:
    c = one("Acme said it will sign a final agreement within six weeks.")
    assert c.deadline is not None and c.deadline.text == "within six weeks" and c.deadline.date is None


def test_quarter_deadline() -> None:
    c = one("Acme will ship the phone in the third quarter.")
    assert c.deadline is not None
    assert (c.deadline.date, c.deadline.precision) == (PartialDate(2023, 9), "quarter")


def test_spans_point_into_the_text_and_ids_run_in_order() -> None:
    text = ("Acme Corp said it will build a plant\nin Ohio by 2026.\n\n"
            "Acme also plans to hire 300 people next year.")
    article = find_commitments(make(text, orgs=[ACME]))
    assert [c.id for c in article.commitments] == ["c1", "c2"]
    for c in article.commitments:
        assert text[c.span.start : c.span.end] == c.span.text
        assert c.cue_span is not None and text[c.cue_span.start : c.cue_span.end] == c.cue_span.text
        assert c.deadline is not None and c.deadline.span is not None
        assert text[c.deadline.span.start : c.deadline.span.end] == c.deadline.span.text
    assert article.commitments[0].text == "it will build a plant in Ohio by 2026"  # hard wrap collapsed


def test_other_fields_are_left_alone() -> None:
    article = make("Acme will build a plant.", orgs=[ACME])
    out = find_commitments(article)
    assert out.organizations is article.organizations
    assert out.text == article.text


def test_a_user_lexicon_extends_the_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "commitment_outcome_verbs.txt").write_text("build\n", encoding="utf-8")
    monkeypatch.setenv("NEWSMODEL_LEXICON_PATH", str(tmp_path))
    assert commitments(make("Acme will build a plant.", orgs=[ACME])) == ()


@pytest.mark.parametrize(
    "text",
    [
        "will " * 4000,
        "Acme will " * 2000,
        "Acme plans to " * 2000,
        '"' * 5000 + " we are building " * 1000,
        "Acme Corp, " * 5000 + "will build",
        "the company " * 5000 + "will build",
    ],
)
def test_hostile_input_is_handled(text: str) -> None:
    find_commitments(make(text, orgs=[ACME]))


def test_an_aim_stated_with_is_to_belongs_to_its_owner() -> None:
    article = make("Acme Corp reported results. Its goal is to double sales by 2026.", orgs=[ACME])
    found = find_commitments(article).commitments
    assert len(found) == 1
    assert found[0].actor is article.organizations[0]
    assert found[0].deadline is not None and found[0].deadline.date == PartialDate(2026)


def test_be_to_of_plans() -> None:
    c = one("Acme is to cut 500 jobs.")
    assert c.cue == "is to" and c.action == "cut 500 jobs"


def test_two_clauses_with_their_own_subjects_are_two_commitments() -> None:
    union = Organization("Auto Union", id="o2")
    text = "Auto Union pledged to boost output and Acme said it would invest in the plant."
    article = make(text, orgs=[ACME, union])
    found = find_commitments(article).commitments
    assert [c.text for c in found] == ["Auto Union pledged to boost output", "it would invest in the plant"]
    assert [c.actor for c in found] == [article.organizations[1], article.organizations[0]]


def test_a_deadline_put_first_belongs_to_the_commitment() -> None:
    c = one("By 2026, Acme plans to cut its costs by a third.")
    assert c.text == "By 2026, Acme plans to cut its costs by a third"
    assert c.deadline is not None and c.deadline.text == "By 2026" and c.deadline.date == PartialDate(2026)


def test_the_reporting_date_is_not_a_deadline() -> None:
    c = one("Acme said on Friday it will cut its costs.")
    assert c.deadline is None


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Acme Corp said it will build a plant.", "it"),
        ("Acme Corp posted results. The company will open 20 stores.", "The company"),
        ("The chief of Acme Corp spoke. Acme will cut 500 jobs.", "Acme"),
        ("Acme Corp spoke. Its plans to sell the unit were confirmed.", "Its"),
    ],
)
def test_the_wording_that_names_the_actor_is_kept(text: str, wording: str) -> None:
    c = find_commitments(make(text, orgs=[ACME])).commitments[0]
    assert c.actor_text == wording
    assert c.actor_span is not None and text[c.actor_span.start : c.actor_span.end] == wording


# --- odd input and the fast paths ----------------------------------------------------------------


def test_a_subject_without_words_is_no_third_party() -> None:
    # regression: an empty subject text (a subject starting at its cue) raised IndexError in _third_party
    from newsmodel.extract.commitments import _Context, _lexicons, _third_party
    from newsmodel.text import flatten

    article = make('"Will build," Acme said.', orgs=[ACME])
    ctx = _Context(article, flatten(article.text), _lexicons())
    for subject_text in ("", "   ", '"'):
        assert _third_party(ctx, ACME, None, subject_text) is (subject_text == '"')


@pytest.mark.parametrize(
    "text",
    ['"', '" will "', 'will "" will', "We will. \"We'll\" will", "''will''"],
)
def test_odd_input_makes_no_error(text: str) -> None:
    article = make(text, people=[Person("We", id="p1")], orgs=[ACME])
    assert all(c.span.end <= len(text) for c in find_commitments(article).commitments)


def test_names_found_from_words_are_those_a_search_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    # a long text finds names from its words; it must find exactly what one search per name finds,
    # including a name that overlaps itself ('A. A.' in 'A. A. A.') and one opening with a mark
    from newsmodel.extract import commitments
    from newsmodel.text import flatten

    text = "A. A. A. met (Acme) and Acme Corp. Acmes and xAcme did not; 3M and Acme Corp said A. A. would."
    people = [Person("A. A.", id="p1")]
    orgs = [Organization("Acme Corp", id="o1", aliases=("Acme", "(Acme)")), Organization("3M", id="o2")]
    article = make(text, people=people, orgs=orgs)
    flat = flatten(article.text)
    searched = commitments._mentions(article, flat)
    monkeypatch.setattr(commitments, "_SCAN_BUDGET", 0)
    assert commitments._mentions(article, flat) == searched
    printed = [text[start:end] for start, end, _ in searched]
    assert printed[:3] == ["A. A.", "(Acme)", "Acme Corp"] and printed[-3:] == ["3M", "Acme Corp", "A. A."]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [("Will Acme build it?", True), ('Will it?" ', True), ("Why? Acme will build it.", False), ("", False)],
)
def test_a_question_is_read_from_its_end(sentence: str, question: bool) -> None:
    from newsmodel.extract.commitments import _is_question

    assert _is_question(sentence, 0, len(sentence)) is question


def test_a_sentence_without_end_keeps_its_commitments() -> None:
    # one sentence of many clauses (hostile copy without full stops): every pledge is still read, and a
    # deadline put first is looked for only near the sentence start
    text = "By 2026, Acme will cut costs" + ", and Acme will build a plant by 2027" * 50 + "."
    found = find_commitments(make(text, orgs=[ACME])).commitments
    assert len(found) == 51
    assert found[0].deadline is not None and found[0].deadline.text == "By 2026"
    assert all(c.deadline is not None and c.deadline.text == "by 2027" for c in found[1:])
