"""Quotes: direct, reported and mixed speech with their speakers (extract/quotes.py).

The articles here are built by hand (text, body paragraphs, and the people and
organizations an entity stage would have found), so each test checks the quote
stage on its own. The short texts are written for these tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import lexicons
from newsmodel.extract.quotes import find_quotes
from newsmodel.model import Article, Organization, Paragraph, Person, Quote, Span


def _mentions(text: str, forms: list[str]) -> list[Span]:
    spans: list[Span] = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span.of(text, m.start(), m.end()))
    return sorted(spans, key=lambda s: s.start)


def make(
    text: str,
    people: dict[str, list[str]] | None = None,
    orgs: dict[str, list[str]] | None = None,
    titles: dict[str, list[str]] | None = None,
    headline: str | None = None,
) -> Article:
    """An article whose paragraphs are the text's blank-line separated blocks."""
    body = []
    pos = 0
    if headline is not None:
        text = headline + "\n\n" + text
    for block in text.split("\n\n"):
        a, b = pos, pos + len(block)
        pos = b + 2
        if headline is not None and a == 0:
            continue
        body.append(Paragraph(" ".join(block.split()), Span.of(text, a, b)))
    persons = [
        Person(name, f"p{i}", aliases=aliases, titles=(titles or {}).get(name, []),
               mentions=_mentions(text, [name, *aliases]))
        for i, (name, aliases) in enumerate((people or {}).items(), 1)
    ]
    organizations = [
        Organization(name, f"o{i}", aliases=aliases, mentions=_mentions(text, [name, *aliases]))
        for i, (name, aliases) in enumerate((orgs or {}).items(), 1)
    ]
    return Article(text=text, body=body, people=persons, organizations=organizations)


def check_spans(article: Article) -> None:
    text = article.text
    for q in article.quotes:
        for span in (q.span, q.speaker_span, q.cue_span, *q.parts):
            if span is not None:
                assert text[span.start : span.end] == span.text
        if q.speaker is not None:
            assert any(q.speaker is e for e in (*article.people, *article.organizations))
    assert [q.id for q in article.quotes] == [f"q{i}" for i in range(1, len(article.quotes) + 1)]
    starts = [q.span.start for q in article.quotes]
    assert starts == sorted(starts)


def quotes(article: Article) -> list[Quote]:
    out = find_quotes(article)
    check_spans(out)
    return list(out.quotes)


def speaker_name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


# -- direct quotes -----------------------------------------------------------------------------------------


def test_straight_quote_with_trailing_attribution_is_the_person_object() -> None:
    art = make('"We will open the plant next spring," Walsh said.', {"Dana Walsh": ["Walsh"]})
    (q,) = quotes(art)
    assert q.kind == "direct"
    assert q.text == "We will open the plant next spring,"
    assert q.speaker is art.people[0]
    assert q.cue == "said"
    assert q.speaker_text == "Walsh"


def test_curly_quotes_and_said_before_the_speaker() -> None:
    art = make("\u201cThe talks have stalled again,\u201d said Omar Haddad.", {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert q.text == "The talks have stalled again,"
    assert speaker_name(q) == "Omar Haddad"


def test_latex_quotes_in_hard_wrapped_copy_keep_offsets() -> None:
    text = "   ``There are no means to stop\nthe leak at the mine,'' Berg told\nreporters on Friday."
    art = make(text, {"Lena Berg": ["Berg"]})
    (q,) = quotes(art)
    assert q.text == "There are no means to stop the leak at the mine,"
    assert q.parts[0].text == "There are no means to stop\nthe leak at the mine,"
    assert speaker_name(q) == "Lena Berg"
    assert q.cue == "told"


def test_guillemets() -> None:
    art = make("\u00abWe expect a deal within weeks,\u00bb Duval said.", {"Marc Duval": ["Duval"]})
    (q,) = quotes(art)
    assert q.text == "We expect a deal within weeks,"
    assert speaker_name(q) == "Marc Duval"


def test_single_quotes_nested_inside_double_are_part_of_the_words() -> None:
    art = make("\"They told us 'wait and see' for a year,\" Ruiz said.", {"Ana Ruiz": ["Ruiz"]})
    (q,) = quotes(art)
    assert q.text == "They told us 'wait and see' for a year,"


def test_quote_split_by_its_attribution_is_one_quote() -> None:
    art = make('"Prices will rise," Ruiz said. "Nobody can stop that now."', {"Ana Ruiz": ["Ruiz"]})
    (q,) = quotes(art)
    assert q.text == "Prices will rise, Nobody can stop that now."
    assert [p.text for p in q.parts] == ["Prices will rise,", "Nobody can stop that now."]
    assert q.span.start == q.parts[0].start and q.span.end == q.parts[1].end
    assert speaker_name(q) == "Ana Ruiz"


def test_quote_over_paragraphs_is_one_quote() -> None:
    text = ('Ruiz said:\n\n"The first year was hard for all of us.\n\n'
            '"The second was worse, and the third was the worst."')
    art = make(text, {"Ana Ruiz": ["Ruiz"]})
    (q,) = quotes(art)
    assert q.kind == "direct"
    assert len(q.parts) == 2
    assert q.text.startswith("The first year") and q.text.endswith("the worst.")
    assert speaker_name(q) == "Ana Ruiz"


def test_unbalanced_mark_does_not_swallow_the_next_paragraph() -> None:
    text = ('Ruiz said the "plan was a failure from the start.\n\n'
            '"We are leaving the coalition today," Haddad said.')
    art = make(text, {"Ana Ruiz": ["Ruiz"], "Omar Haddad": ["Haddad"]})
    found = quotes(art)
    direct = [q for q in found if q.kind == "direct"]
    assert [q.text for q in direct] == ["We are leaving the coalition today,"]
    assert speaker_name(direct[0]) == "Omar Haddad"
    assert all("coalition" not in q.text for q in found if q.kind != "direct")


def test_short_labels_in_quotes_are_not_quotes() -> None:
    art = make('The so-called "red line" plan and the "Open Skies" deal were dropped on Monday.')
    assert quotes(art) == []


def test_dash_sign_off_names_the_speaker() -> None:
    art = make("\u201cWe have waited long enough for this bridge.\u201d \u2014 Kim Tran",
               {"Kim Tran": ["Tran"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Kim Tran"


def test_sign_offs_in_a_row_each_name_their_quote() -> None:
    text = ("\u201cThe bridge should have been built years ago.\u201d \u2015 Kim Tran\n"
            "\u201cWe have waited for it far too long.\u201d \u2015 Omar Haddad")
    art = make(text, {"Kim Tran": ["Tran"], "Omar Haddad": ["Haddad"]})
    found = quotes(art)
    assert [speaker_name(q) for q in found] == ["Kim Tran", "Omar Haddad"]


def test_colon_introduction_before_a_quotation() -> None:
    art = make('Haddad told the assembly: "The border stays open."', {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert q.kind == "direct"
    assert q.text == "The border stays open."
    assert speaker_name(q) == "Omar Haddad"


def test_straight_opening_closed_by_a_curly_mark() -> None:
    art = make('"The board has a huge pulpit,\u201d said Omar Haddad, a shareholder.', {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert q.text == "The board has a huge pulpit,"
    assert speaker_name(q) == "Omar Haddad"


def test_paragraph_ending_in_a_colon_introduces_the_quotation_below() -> None:
    text = 'On May 2, Haddad made the following remark:\n\n"We will not sign this treaty in its present form."'
    art = make(text, {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Omar Haddad"


def test_underscore_dash_of_nyt_copy_is_not_a_quotation() -> None:
    art = make("The river is rising again _ said Lena Berg, a hydrologist at the institute.", {"Lena Berg": ["Berg"]})
    (q,) = quotes(art)
    assert q.kind == "indirect"
    assert speaker_name(q) == "Lena Berg"


def test_transcript_labels_name_the_speaker() -> None:
    text = 'Q: "Did you meet the minister that week?"\n\nHaddad: "Yes, twice, and both times in Geneva."'
    art = make(text, {"Omar Haddad": ["Haddad"]})
    found = quotes(art)
    assert [speaker_name(q) for q in found] == [None, "Omar Haddad"]


def test_declined_to_say_is_not_an_attribution() -> None:
    art = make("Haddad declined to say whether the talks would resume.", {"Omar Haddad": ["Haddad"]})
    assert quotes(art) == []


# -- reported speech --------------------------------------------------------------------------------------


def test_reported_speech_with_that() -> None:
    art = make("Walsh stated that the plant would reopen in March.", {"Dana Walsh": ["Walsh"]})
    (q,) = quotes(art)
    assert q.kind == "indirect"
    assert q.text == "the plant would reopen in March"
    assert q.cue == "stated"
    assert speaker_name(q) == "Dana Walsh"


def test_recalling_that_then_noted_that_is_two_quotes() -> None:
    art = make("Recalling that the first talks failed in 2001, Walsh noted that the new round looks better.",
               {"Dana Walsh": ["Walsh"]})
    found = quotes(art)
    assert [q.text for q in found] == ["the first talks failed in 2001", "the new round looks better"]
    assert all(speaker_name(q) == "Dana Walsh" for q in found)


def test_noun_phrase_object_is_not_reported_speech() -> None:
    art = make("Walsh mentioned the issue of access to the port.", {"Dana Walsh": ["Walsh"]})
    assert quotes(art) == []


def test_inverted_attribution_with_appositive() -> None:
    art = make("Sales fell 4 percent in the quarter, said Jane Cole, a spokeswoman for Acme.",
               {"Jane Cole": ["Cole"]}, {"Acme": []})
    (q,) = quotes(art)
    assert q.kind == "indirect"
    assert q.text == "Sales fell 4 percent in the quarter"
    assert speaker_name(q) == "Jane Cole"


def test_trailing_attribution() -> None:
    art = make("The merger will close by June, Cole said on Tuesday.", {"Jane Cole": ["Cole"]})
    (q,) = quotes(art)
    assert q.text == "The merger will close by June"
    assert speaker_name(q) == "Jane Cole"


def test_according_to() -> None:
    art = make("According to the Port Authority, cargo volumes rose for a third month.", orgs={"Port Authority": []})
    (q,) = quotes(art)
    assert q.kind == "indirect"
    assert q.text == "cargo volumes rose for a third month"
    assert speaker_name(q) == "Port Authority"


def test_mixed_quote_is_one_quote() -> None:
    art = make('Cole said the offer was "dead on arrival" and would be withdrawn.', {"Jane Cole": ["Cole"]})
    (q,) = quotes(art)
    assert q.kind == "mixed"
    assert q.text == 'the offer was "dead on arrival" and would be withdrawn'
    assert speaker_name(q) == "Jane Cole"


# -- attribution ------------------------------------------------------------------------------------------


def test_pronoun_follows_gender_from_honorifics() -> None:
    text = ("Ms. Ruiz met Mr. Haddad in Geneva on Monday.\n\n"
            "\"The talks went better than anyone expected,\" she said.")
    art = make(text, {"Ana Ruiz": ["Ruiz"], "Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Ana Ruiz"


def test_pronoun_takes_the_nearest_person() -> None:
    text = "Ruiz left early. Haddad stayed for the vote.\n\nHe said the result was a surprise to everyone."
    art = make(text, {"Ana Ruiz": ["Ruiz"], "Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Omar Haddad"


def test_title_used_alone() -> None:
    text = "Finance Minister Piet Maas opened the session.\n\nThe minister said the budget would be balanced next year."
    art = make(text, {"Piet Maas": ["Maas"]}, titles={"Piet Maas": ["Finance Minister"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Piet Maas"


def test_abbreviated_title_then_the_role_alone() -> None:
    text = "Sen. Jake Marsh opened the hearing.\n\n\"We will not rush this bill,\" the senator said."
    art = make(text, {"Jake Marsh": ["Marsh"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Jake Marsh"


def test_unnamed_commission_is_not_the_nearest_ministry() -> None:
    text = "The Defence Ministry bought two jets.\n\nThe cost was far too high, the commission said."
    art = make(text, orgs={"Defence Ministry": []})
    (q,) = quotes(art)
    assert q.speaker is None and q.speaker_text == "the commission"


def test_quotation_after_a_sentence_its_speaker_opens() -> None:
    text = ('"Prices will fall," Ruiz said.\n\nHaddad took the opposite view. "Prices will rise all year."')
    art = make(text, {"Ana Ruiz": ["Ruiz"], "Omar Haddad": ["Haddad"]})
    found = quotes(art)
    assert [speaker_name(q) for q in found] == ["Ana Ruiz", "Omar Haddad"]


def test_spokesperson_speaks_for_the_organization() -> None:
    art = make("A Ford spokesman said the recall covers 2,000 trucks.", orgs={"Ford": []})
    (q,) = quotes(art)
    assert speaker_name(q) == "Ford"
    assert q.speaker_text == "A Ford spokesman"


def test_organization_and_company_description_as_speakers() -> None:
    text = "Acme Corp said profits rose sharply in the quarter.\n\nThe company said it would hire 300 workers."
    art = make(text, orgs={"Acme Corp": ["Acme"]})
    found = quotes(art)
    assert [speaker_name(q) for q in found] == ["Acme Corp", "Acme Corp"]
    assert found[0].speaker is art.organizations[0]


def test_unnamed_sources_keep_their_wording() -> None:
    art = make("Officials said the road would stay closed until Friday.")
    (q,) = quotes(art)
    assert q.speaker is None
    assert q.speaker_text == "Officials"


def test_clearly_named_speaker_missing_from_people_is_added() -> None:
    art = make("Water levels are rising fast, said Maria Lopez, the mayor of the town.")
    out = find_quotes(art)
    check_spans(out)
    (q,) = out.quotes
    assert q.speaker is not None and q.speaker.name == "Maria Lopez"
    assert out.people[-1] is q.speaker and q.speaker.id == "p1"


def test_quoted_as_saying() -> None:
    art = make("Local radio quoted Haddad as saying that the border would reopen on Monday.",
               {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert q.text == "the border would reopen on Monday"
    assert speaker_name(q) == "Omar Haddad"


def test_person_named_after_an_organization_and_title() -> None:
    art = make("U.N. Secretary-General Maria Lopez said the fund would double.", orgs={"United Nations": ["U.N."]})
    out = find_quotes(art)
    check_spans(out)
    (q,) = out.quotes
    assert q.speaker is not None and q.speaker.name == "Maria Lopez"


def test_quotes_come_from_the_body_not_the_headline() -> None:
    art = make("The port reopened on Monday.", headline='"We are back," port says')
    assert quotes(art) == []


def test_spans_of_cue_and_speaker() -> None:
    art = make('"The vote is final," Haddad told reporters.', {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert q.cue_span is not None and q.cue_span.text == "told"
    assert q.speaker_span is not None and q.speaker_span.text == "Haddad"


def test_user_extended_speech_verbs_apply() -> None:
    lexicons.extend("speech_verbs", ["grumbled"])
    art = make("Haddad grumbled that the meeting ran far too long.", {"Omar Haddad": ["Haddad"]})
    (q,) = quotes(art)
    assert q.cue == "grumbled"


# -- hostile input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ['"' * 100_000, "\u201c" * 50_000 + "\u201d" * 50_000, "``" * 50_000,
                                  ("He said that " + "x " * 1000) * 100, 'a "b, said c' * 20_000])
def test_hostile_input_finishes_and_keeps_invariants(text: str) -> None:
    quotes(make(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(['"', "\u201c", "\u201d", "``", "''", "\u00ab", "\u00bb", "'", " ", "\n", "\n\n",
                                 "said", "he", "Smith", "that", ",", ".", ":", "--", "the plan", "according to",
                                 "A", "B"]), max_size=60))
def test_random_text_with_quote_marks_never_crashes_and_spans_hold(pieces: list[str]) -> None:
    text = " ".join(pieces)
    quotes(make(text, {"John Smith": ["Smith"]}))


# -- pronouns after a new subject ---------------------------------------------------------------------------


def test_pronoun_goes_to_the_new_subject_not_the_last_speaker_named_as_object() -> None:
    text = ('"The senator won the debate tonight," Matt Crane said.\n\n'
            "Dale Moss at the Review agreed with Crane about the winner.\n\n"
            '"He succeeded with flying colors in the debate," he wrote.')
    art = make(text, {"Matt Crane": ["Crane"], "Dale Moss": []})
    qs = quotes(art)
    assert [speaker_name(q) for q in qs] == ["Matt Crane", "Dale Moss"]


def test_inverted_speaker_of_a_report_keeps_the_pronoun() -> None:
    text = ('"Voters have seen her for years," said Sam Poe, a party strategist.\n\n'
            "Debates are not likely to alter the race, noted the Tribune's Dirk Vale.\n\n"
            '"Remember that debates happen very late in the campaign," he wrote.')
    art = make(text, {"Sam Poe": ["Poe"], "Dirk Vale": ["Vale"]}, {"Tribune": []})
    qs = [q for q in quotes(art) if q.kind == "direct"]
    assert speaker_name(qs[-1]) == "Dirk Vale"


def test_subject_of_a_clause_after_but_takes_the_pronoun() -> None:
    text = ('"The accord is a start," said Ed Lee.\n\n'
            "Critics called the deal weak, but Mr. Ross learned from it. "
            '"It must include every large economy in the world," he said.')
    art = make(text, {"Ed Lee": ["Lee"], "Tom Ross": ["Ross"]})
    qs = quotes(art)
    assert speaker_name(qs[-1]) == "Tom Ross"


def test_possessive_name_after_said_opens_the_reported_clause() -> None:
    text = ("Economist Rita Vance, who studies tax policy at the institute, said Ivo Brandt's statement "
            "did not clarify the matter.\n\n"
            '"I do not see details about who is left out of the plan," she said.')
    art = make(text, {"Rita Vance": ["Vance"], "Ivo Brandt": ["Brandt"]}, titles={"Rita Vance": ["economist"]})
    qs = quotes(art)
    assert all(speaker_name(q) == "Rita Vance" for q in qs), [(q.text, speaker_name(q)) for q in qs]
    assert any(q.kind == "indirect" and q.text.startswith("Ivo Brandt's statement") for q in qs)


@pytest.mark.parametrize("verb", ["demanded", "retorted", "scoffed", "exclaimed"])
def test_more_verbs_attribute_a_quotation_set_beside_them(verb: str) -> None:
    art = make(f'"Why is this bank not too big to manage and too big to regulate?" Hale {verb}.',
               {"Dora Hale": ["Hale"]})
    (q,) = quotes(art)
    assert speaker_name(q) == "Dora Hale"


def test_pronoun_stays_with_the_speaker_when_others_are_only_objects() -> None:
    text = ('"The change went smoothly last time," said Ron Vale.\n\n'
            "Replacing the nominee could bring lobbying by loyalists to Joe Hart and Ben Sayer "
            "or to Al Dunn and Cy Moss, he said.\n\n"
            '"This is a different time, with many more people who speak out," he said.')
    art = make(text, {"Ron Vale": ["Vale"], "Joe Hart": [], "Ben Sayer": [], "Al Dunn": [], "Cy Moss": []})
    qs = [q for q in quotes(art) if q.kind == "direct"]
    assert speaker_name(qs[-1]) == "Ron Vale"


def test_person_called_by_given_name_alone_has_its_gender() -> None:
    text = ('"We will fix the roads," said Tom Beck, the mayor.\n\n'
            "Beck spoke for an hour. Melanie cheered from the couch.\n\n"
            '"I love this town and all of you," he said.')
    art = make(text, {"Tom Beck": ["Beck"], "Melanie": []})
    qs = quotes(art)
    assert speaker_name(qs[-1]) == "Tom Beck"


def test_participle_cue_after_an_introductory_phrase_takes_the_subject() -> None:
    text = ("During a security speech earlier in the day, Boyd attacked Lane over the war vote, saying, "
            '"She is reckless and very unstable."')
    art = make(text, {"Carl Boyd": ["Boyd"], "Ada Lane": ["Lane"]})
    (q,) = [q for q in quotes(art) if q.kind == "direct"]
    assert speaker_name(q) == "Carl Boyd"


def test_name_opening_what_was_said_is_not_the_speaker() -> None:
    text = ("Two voters, Tia Moss and Ben Ray, saw the rally.\n\n"
            "Tia Moss is a nurse. A poll in the Tribune said Ada Lane does not show consistency on the issue.\n\n"
            '"It is not something that she says all the time, only when the cameras are on," she said.')
    art = make(text, {"Tia Moss": ["Moss"], "Ben Ray": ["Ray"], "Ada Lane": ["Lane"]}, {"Tribune": []})
    qs = [q for q in quotes(art) if q.kind == "direct"]
    assert speaker_name(qs[-1]) == "Tia Moss"


@pytest.mark.parametrize("credit", [
    "A study by Quorvex Research found that prices were rising.",  # "a study by X"
    "The new Quorvex Research survey was released on Monday.",  # "the X survey"
    "A report prepared jointly by Quorvex Research was released on Monday.",
])
def test_a_report_speaks_for_the_author_the_story_credits(credit: str) -> None:
    art = make(f"{credit}\n\nRents will climb next year, the report said. Wages will lag, said the study.",
               orgs={"Quorvex Research": []})
    found = quotes(art)
    assert [speaker_name(q) for q in found if q.speaker_text.lower() in ("the report", "the study")] == [
        "Quorvex Research", "Quorvex Research"]


def test_a_report_nobody_is_credited_with_has_no_speaker() -> None:
    art = make("Quorvex Research opened an office.\n\nRents will climb next year, a report said. "
               "Wages will lag, the report said.", orgs={"Quorvex Research": []})
    assert [speaker_name(q) for q in quotes(art)] == [None, None]


def test_a_statement_speaks_for_whoever_issued_it_and_a_decree_is_no_statement() -> None:
    art = make("Quorvex Corp said in a statement that it would close a plant.\n\n"
               "The decree by Marla Venn stands. The plant will shut in May, the statement said.\n\n"
               "A memo written by Venn's lawyers was leaked. The deal is dead, the memo said.",
               people={"Marla Venn": ["Venn"]}, orgs={"Quorvex Corp": []})
    found = {q.speaker_text: speaker_name(q) for q in quotes(art)}
    assert found["the statement"] == "Quorvex Corp"
    assert found["the memo"] is None


def test_the_ledes_a_report_says_is_the_report_the_next_paragraph_credits() -> None:
    art = make("Crop yields rose by a fifth last year, a report says.\n\n"
               "The harvest was the best in a decade, the joint report from the Quorvex Institute said.\n\n"
               "Prices will fall, a survey says.", orgs={"Quorvex Institute": []})
    found = quotes(art)
    assert speaker_name(found[0]) == "Quorvex Institute"
    assert speaker_name(found[-1]) is None  # not in the lede: an unnamed survey stays unnamed


def test_officials_of_an_organization_named_by_its_noun_speak_for_it() -> None:
    art = make("The Varden administration proposed a rule.\n\n"
               "The rule would cut costs, Administration officials said. It was overdue, the administration said.",
               orgs={"Varden administration": []})
    assert [speaker_name(q) for q in quotes(art)] == ["Varden administration", "Varden administration"]


def test_an_announcement_and_the_statement_are_one_document() -> None:
    art = make("The Quorvex Agency's announcement came on Thursday. "
               "Costs will rise, the statement said.", orgs={"Quorvex Agency": []})
    assert [speaker_name(q) for q in quotes(art)] == ["Quorvex Agency"]


def test_a_report_credited_just_after_it_speaks_is_that_report() -> None:
    art = make("Villages must be run openly, the circular says.\n\n"
               "Leaders must consult, according to the new order, which was issued by the Quorvex Council.\n\n"
               "Crashes rose by a third last year, the report said. Storms are a cause, according to a Varden "
               "Agency report.",
               orgs={"Quorvex Council": [], "Varden Agency": []})
    found = {q.speaker_text: speaker_name(q) for q in quotes(art)}
    assert found["the circular"] == "Quorvex Council"  # the order the next paragraph credits
    assert found["the report"] is None  # 'a Varden Agency report' is another report


def test_a_description_then_the_name_it_describes_is_that_person() -> None:
    art = make("Varden's Air Force commander, Col. Gen. Ivo Marek, told reporters on Saturday that the raids "
               "had destroyed 250 camps.", people={"Ivo Marek": ["Marek"]}, orgs={"Air Force": []})
    assert [speaker_name(q) for q in quotes(art)] == ["Ivo Marek"]


@pytest.mark.parametrize("name", ["Karla May", "Ivo Will", "Dana Can"])
def test_a_surname_that_spells_an_auxiliary_is_the_speaker(name: str) -> None:
    surname = name.split()[1]
    art = make(f"Finance Minister {name} said on Monday that talks would go on. "
               f"{surname} said the plan was fair.", people={name: [surname]})
    assert [speaker_name(q) for q in quotes(art)] == [name, name]


def test_a_document_word_that_only_folds_to_one_does_not_crash() -> None:
    # 'ſ' (long s) matches 's' under Unicode case folding; the document words are matched in ASCII
    art = make("A \u017ftudy by Quorvex Corp found that prices rose.\n\nCosts rose by a third last year, "
               "the study said.", orgs={"Quorvex Corp": []})
    assert [speaker_name(q) for q in quotes(art)] == [None]
