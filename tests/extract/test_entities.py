"""People, organizations and places on short texts we wrote, and span invariants on the corpora."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsmodel import Article, Byline, Organization, Paragraph, Person, Place, Span, parse_article
from newsmodel.extract.entities import entity_at, find_entities, gender_of, resolve_name
from newsmodel.lexicons import _extra


def article(*paragraphs: str, headline: str | None = None, byline: Byline | None = None) -> Article:
    """An article whose body is the given paragraphs, one per block, after an optional headline line."""
    text = ""
    head_span = None
    if headline is not None:
        text = headline + "\n\n"
        head_span = Span.of(text, 0, len(headline))
    if byline is not None:
        text += byline.text + "\n\n"
    body = []
    for para in paragraphs:
        start = len(text)
        text += para + "\n\n"
        body.append(Paragraph(para, Span.of(text, start, start + len(para))))
    return Article(text=text, headline=headline, headline_span=head_span, body=body, byline=byline)


def run(*paragraphs: str, **kw: object) -> Article:
    return find_entities(article(*paragraphs, **kw))  # type: ignore[arg-type]


def person(art: Article, name: str) -> Person:
    found = [p for p in art.people if p.name == name]
    assert found, f"{name!r} not in {[p.name for p in art.people]}"
    return found[0]


def names(items: tuple[Person, ...] | tuple[Organization, ...] | tuple[Place, ...]) -> list[str]:
    return [x.name for x in items]


def check_spans(art: Article) -> None:
    for ent in (*art.people, *art.organizations, *art.places):
        assert ent.mentions, ent
        for m in ent.mentions:
            assert art.text[m.start : m.end] == m.text


# ---- people ---------------------------------------------------------------------------------


def test_title_before_name_and_surname_mentions() -> None:
    art = run("Acting Governor Marta Kovacs opened the bridge on Monday. Kovacs said it cost $4 million.")
    p = person(art, "Marta Kovacs")
    assert p.id == "p1"
    assert p.titles == ("Acting Governor",)
    assert p.aliases == ("Kovacs",)
    assert [m.text for m in p.mentions] == ["Marta Kovacs", "Kovacs"]
    assert names(art.organizations) == []
    check_spans(art)


def test_multiword_ministerial_title_and_affiliation_before_acronym() -> None:
    art = run(
        "Trade is growing, Deputy Energy and Mining Minister Tural Aliyev said.",
        "Acting Director of the Caspian Institute of Geology (CIG) Leyla Rahimova opened the meeting.",
        "CIG Vice President Orkhan Mammadli spoke next.",
    )
    assert person(art, "Tural Aliyev").titles == ("Deputy Energy and Mining Minister",)
    rahimova = person(art, "Leyla Rahimova")
    assert rahimova.titles == ("Acting Director",)
    assert rahimova.affiliations == ("Caspian Institute of Geology",)
    org = art.organizations[0]
    assert (org.name, org.acronym) == ("Caspian Institute of Geology", "CIG")
    assert [m.text for m in org.mentions] == ["Caspian Institute of Geology", "CIG", "CIG"]
    assert person(art, "Orkhan Mammadli").titles == ("Vice President",)


def test_title_after_name_with_affiliation() -> None:
    art = run("Sales fell, said Jane Porter, a spokeswoman for Acme Corp. Acme shares fell.")
    p = person(art, "Jane Porter")
    assert p.titles == ("spokeswoman",)
    assert p.affiliations == ("Acme Corp",)
    acme = art.organizations[0]
    assert acme.name == "Acme Corp"
    assert acme.aliases == ("Acme",)
    assert len(acme.mentions) == 2


def test_lower_case_title_before_name() -> None:
    art = run("The deal was approved, Widget Inc chief executive Tom Harlow told reporters.")
    p = person(art, "Tom Harlow")
    assert p.titles == ("chief executive",)
    assert p.affiliations == ("Widget Inc",)


def test_honorifics_are_not_part_of_the_name() -> None:
    art = run("Gloria Pennington arrived late. Mrs. Pennington said the roads were closed. Dr. Amos Kell agreed.")
    assert names(art.people) == ["Gloria Pennington", "Amos Kell"]
    assert [m.text for m in person(art, "Gloria Pennington").mentions] == ["Gloria Pennington", "Pennington"]


def test_rank_abbreviations_are_titles() -> None:
    art = run("The army's commander, Col. Gen. Ivan Petrov, said the attack failed.")
    p = person(art, "Ivan Petrov")
    assert "Col. Gen." in p.titles
    assert "commander" in p.titles


def test_initials_and_possessive() -> None:
    art = run("George W. Bush spoke first. Bush's speech was short, and Bush left early.")
    p = person(art, "George W. Bush")
    assert p.aliases == ("Bush",)
    assert [m.text for m in p.mentions] == ["George W. Bush", "Bush", "Bush"]


def test_possessive_surname_alone_resolves() -> None:
    art = run("Senator Ruth Abernathy filed the bill. Abernathy's aides said it would pass.")
    p = person(art, "Ruth Abernathy")
    assert [m.text for m in p.mentions] == ["Ruth Abernathy", "Abernathy"]


@pytest.mark.parametrize(
    "name",
    ["Abdullah al-Hamid", "Vincent van der Berg", "Maria de la Cruz", "Sean O'Neill", "Ronald McDonald",
     "David Bar-Illan"],
)
def test_particles_hyphens_and_apostrophes(name: str) -> None:
    art = run(f"The plan is sound, said {name}, who chairs the panel.")
    assert names(art.people) == [name]


def test_list_of_two_people() -> None:
    art = run("Peter Lindqvist and Sarah Okafor said the talks would resume.")
    assert names(art.people) == ["Peter Lindqvist", "Sarah Okafor"]


def test_same_surname_kept_apart() -> None:
    art = run(
        "John Hartley, the mayor, met his sister Emma Hartley on Friday.",
        "Emma Hartley runs the clinic. Hartley said it needs money.",
    )
    john, emma = person(art, "John Hartley"), person(art, "Emma Hartley")
    assert john.id != emma.id
    # the bare surname goes to the Hartley mentioned last before it
    assert [m.text for m in emma.mentions][-1] == "Hartley"
    assert all(m.text != "Hartley" for m in john.mentions)


def test_byline_authors_are_the_same_objects_as_people() -> None:
    text_byline = "By JAMES CORDELL"
    author = Person("JAMES CORDELL", mentions=[Span(3, 16, "JAMES CORDELL")])
    art = run("James Cordell reports. Cordell added that rain fell.",
              byline=Byline(authors=[author], text=text_byline))
    assert art.byline is not None
    assert art.byline.authors[0] is art.people[0]
    assert art.people[0].name == "James Cordell"
    assert len(art.people[0].mentions) == 3
    check_spans(art)


def test_all_caps_headline_words_are_not_entities() -> None:
    art = run("Shares rose on Tuesday.", headline="GLOBEX TO BUY ZENTRA UNIT")
    assert art.people == () and art.organizations == ()


def test_sentence_initial_words_months_and_weekdays_are_not_entities() -> None:
    art = run("Meanwhile prices rose in March. However, on Friday they fell. Analysts expect more in June.")
    assert art.people == () and art.organizations == ()


def test_party_title_acronym_and_a_surname_that_is_a_title_word() -> None:
    art = run("Labour MP Joan Bishop voted against. Ms Bishop said the bill was unfair.")
    p = person(art, "Joan Bishop")
    assert p.titles == ("MP",)
    assert p.affiliations == ("Labour",)
    assert [m.text for m in p.mentions] == ["Joan Bishop", "Bishop"]
    assert names(art.organizations) == ["Labour"]


def test_title_after_comma_and_sentence_initial_lowercase_title_context() -> None:
    art = run("Prices will rise, said a spokeswoman, Rita Fenwick. Road safety head Omar Haddad disagreed.")
    assert person(art, "Rita Fenwick").titles == ("spokeswoman",)
    assert person(art, "Omar Haddad").titles == ("safety head",)
    assert names(art.organizations) == []


# ---- organizations -------------------------------------------------------------------------


def test_full_name_then_acronym() -> None:
    art = run("The Coastal Fisheries Protection Agency said stocks fell. A CFPA survey found more.")
    org = art.organizations[0]
    assert org.name == "Coastal Fisheries Protection Agency"
    assert org.acronym == "CFPA"
    assert [m.text for m in org.mentions] == ["Coastal Fisheries Protection Agency", "CFPA"]


def test_known_acronyms_and_dotted_forms() -> None:
    art = run("The EU and the U.N. backed the plan, NATO said.")
    assert names(art.organizations) == ["EU", "U.N.", "NATO"]


def test_head_first_names_and_companies() -> None:
    art = run(
        "The Ministry of Coastal Affairs and the Bank of Freedonia met Dunmore Holdings Ltd on Monday.",
        "Dunmore said the talks went well.",
    )
    assert names(art.organizations) == ["Ministry of Coastal Affairs", "Bank of Freedonia", "Dunmore Holdings Ltd"]
    assert [m.text for m in art.organizations[2].mentions] == ["Dunmore Holdings Ltd", "Dunmore"]


def test_tickers_belong_to_their_company() -> None:
    art = run("Halvorsen Corp <HAL> agreed to buy Crestline Inc ( CRL.N ) for cash.")
    assert names(art.organizations) == ["Halvorsen Corp", "Crestline Inc"]
    assert art.organizations[0].tickers == ("HAL",)
    assert art.organizations[1].tickers == ("CRL.N",)


def test_places_are_neither_people_nor_organizations() -> None:
    art = run("Officials in Baku, Azerbaijan, and in New York met Kenyan traders from Nairobi.")
    assert art.people == () and art.organizations == ()
    assert names(art.places) == ["Baku", "Azerbaijan", "New York", "Nairobi"]
    assert [p.id for p in art.places] == ["l1", "l2", "l3", "l4"]


def test_single_word_speaker_is_an_organization() -> None:
    art = run("Demand will slow next year, said Fenwright. Prices are high, Quorvex reported.")
    assert names(art.organizations) == ["Fenwright", "Quorvex"]


def test_hard_wrapped_names() -> None:
    text = "    Shares of Foxglove\nMining Corp rose, said Helen\nMarchetti, a\nspokeswoman.\n"
    art = find_entities(Article(text=text, body=[Paragraph(text.strip(), Span.of(text, 4, len(text) - 1))]))
    assert names(art.organizations) == ["Foxglove Mining Corp"]
    assert names(art.people) == ["Helen Marchetti"]
    assert art.people[0].mentions[0].text == "Helen\nMarchetti"
    check_spans(art)


# ---- helpers for later stages ---------------------------------------------------------------


def test_resolve_name_and_entity_at() -> None:
    art = run("Prime Minister Anna Berglund met the Nordic Shipping Association (NSA). Berglund spoke.")
    assert resolve_name(art, "Berglund") is art.people[0]
    assert resolve_name(art, "Ms. Berglund's") is art.people[0]
    assert resolve_name(art, "NSA") is art.organizations[0]
    assert resolve_name(art, "Nobody") is None
    last = art.text.rindex("Berglund")
    assert entity_at(art, last, last + len("Berglund")) is art.people[0]
    assert entity_at(art, 0, 5) is None


def test_gender_of() -> None:
    art = run(
        "Mary Quill and Carlos Ferreira spoke. Ms. Dalby, a spokeswoman for the Harbour Trust, did not.",
        "Sam Ito also spoke.",
    )
    assert gender_of(person(art, "Mary Quill"), art) == "female"
    assert gender_of(person(art, "Carlos Ferreira"), art) == "male"
    assert gender_of(person(art, "Sam Ito"), art) is None or gender_of(person(art, "Sam Ito"), art) == "male"


def test_user_extension_of_a_lexicon_applies(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Officials from Zorbania met traders."
    assert names(run(text).places) == []
    monkeypatch.setitem(_extra, "places", {"zorbania"})
    assert names(run(text).places) == ["Zorbania"]


def test_hostile_input_of_capitalised_words_finishes() -> None:
    text = " ".join(["Abcd", "Efgh", "Ijkl", "of", "Bank"] * 4000)
    art = find_entities(Article(text=text, body=[Paragraph(text, Span.of(text, 0, len(text)))]))
    check_spans(art)


# ---- corpora --------------------------------------------------------------------------------


def test_corpus_span_invariants_and_byline_identity(corpora: Path) -> None:
    files = sorted(corpora.glob("*/articles/*.txt"))
    rng = random.Random(7)
    for path in rng.sample(files, min(150, len(files))):
        art = parse_article(path.read_text(encoding="utf-8", errors="replace"))
        check_spans(art)
        ids = [p.id for p in art.people]
        assert ids == [f"p{n}" for n in range(1, len(ids) + 1)]
        assert [o.id for o in art.organizations] == [f"o{n}" for n in range(1, len(art.organizations) + 1)]
        for author in art.authors:
            assert any(author is p for p in art.people), (path.name, author.name)
        headline = art.headline_span
        for ent in (*art.people, *art.organizations):
            for m in ent.mentions:
                assert headline is None or not (headline.start <= m.start < headline.end), (path.name, m)


def test_place_words_hyphen_suffixes_and_administrations() -> None:
    art = run("Police in Howard County said a New York-based firm, Talbot Group, sued the Clinton administration.")
    assert names(art.people) == []
    assert names(art.organizations) == ["Talbot Group", "Clinton administration"]
    assert names(art.places) == ["Howard County", "New York"]


def test_all_caps_lines_in_the_body_are_skipped() -> None:
    art = run("UNITED WIDGETS INC SETS DIVIDEND\nUnited Widgets Inc said it would pay a dividend.")
    assert names(art.organizations) == ["United Widgets Inc"]
    assert [m.text for m in art.organizations[0].mentions] == ["United Widgets Inc"]


def test_acronym_first_then_full_name_is_one_organization() -> None:
    art = run("NATO met on Monday. The North Atlantic Treaty Organization said talks would go on.")
    assert [(o.name, o.acronym) for o in art.organizations] == [("North Atlantic Treaty Organization", "NATO")]
    assert [m.text for m in art.organizations[0].mentions] == ["NATO", "North Atlantic Treaty Organization"]


def test_generational_suffix_keeps_the_surname() -> None:
    art = run("John F. Kennedy Jr. flew in. Kennedy said the weather was fine.")
    assert names(art.people) == ["John F. Kennedy Jr."]
    assert art.people[0].aliases == ("Kennedy",)


def test_one_word_companies_from_their_context() -> None:
    art = run("Analysts cut their view of Brennock shares on Monday after a rival, Tallis, bid for a stake in Orvane.")
    assert names(art.organizations) == ["Brennock", "Orvane"]
    assert names(art.people) == []


def test_two_credits_of_one_author_merge_into_one_person() -> None:
    from newsmodel import Article, Byline, Paragraph, Person, Span
    from newsmodel.extract.entities import find_entities

    text = "By Maria Luisa da Souza\n\nThe bank held rates.\n(Reporting by Maria da Souza)"
    full = Person("Maria Luisa da Souza", mentions=(Span.of(text, 3, 23),))
    short_at = text.index("Maria da Souza")
    short = Person("Maria da Souza", mentions=(Span.of(text, short_at, short_at + 14),))
    body = (Paragraph("The bank held rates.", Span.of(text, 25, 45)),)
    article = find_entities(Article(text=text, byline=Byline(authors=(full, short)), body=body))
    assert len(article.authors) == 1
    assert any(article.authors[0] is p for p in article.people)


# ---- people named before an aside, suffixes, place-word surnames, head-first organizations -----


@pytest.mark.parametrize("para", [
    "Quilla Brandt, 25, said the march would go on.",
    "Quilla Brandt, of Springfield, Va., said the march would go on.",
    "Quilla Brandt, an organiser with the group, said the march would go on.",
])
def test_a_name_before_a_short_aside_and_said_is_a_person(para: str) -> None:
    art = run(para)
    assert "Quilla Brandt" in names(art.people)


def test_a_sentence_end_inside_the_aside_is_no_aside() -> None:
    art = run("Sales were driven by Green Day, Faith Hill and James Blunt. Warner Music, the label, said sales fell.")
    assert "Green Day" not in names(art.people)


@pytest.mark.parametrize(("para", "name", "surname"), [
    ("Vann R. Newkirk II, a writer, said the plan failed. Newkirk said more.", "Vann R. Newkirk II", "Newkirk"),
    ("Joseph R. Biden Jr. spoke on Monday. Biden said the plan failed.", "Joseph R. Biden Jr.", "Biden"),
])
def test_name_suffix_stays_in_the_name_and_the_surname_is_an_alias(para: str, name: str, surname: str) -> None:
    p = person(run(para), name)
    assert surname in p.aliases


def test_given_name_then_a_place_word_is_a_surname() -> None:
    art = run("The city's police Chief Chuck Jordan said the case would be solved. Visitors from Jordan arrived.")
    p = person(art, "Chuck Jordan")
    assert p.titles == ("Chief",)


def test_head_first_organization_runs_on_through_on() -> None:
    art = run("The Commission on Presidential Debates announced a review on Friday.")
    assert "Commission on Presidential Debates" in names(art.organizations)
    assert "Presidential Debates" not in names(art.people)


@pytest.mark.parametrize("name", [
    "Banco de Valdoria",  # a Romance head word, then "de" and the name
    "Cassa di Risparmio di Montevolo",  # links repeated
    "Caisse Nationale de Credit Rural",  # an adjective after the head, before the link
    "Companhia Vale do Rio Claro",
    "Sociedad Ibera de Turismo y Transportes",  # "y" inside the name
    "Mineras de Ostrava y Levante S.A.",  # no head word, but a company suffix ends it
    "Caisse Centrale des Banques Rurales",  # a second head word after a link stays inside
])
def test_romance_organization_names_are_no_people(name: str) -> None:
    art = run(f"{name} said on Monday it would raise its dividend.")
    assert names(art.organizations) == [name]
    assert names(art.people) == []


@pytest.mark.parametrize("para", [
    "Prices rose, said Wim Tolkamp of Dunmore Holdings Ltd.",
    "Wim Tolkamp of Banque Paribas said prices rose.",
])
def test_a_speaker_named_with_the_employer_after_of_is_a_person(para: str) -> None:
    art = run(para)
    assert names(art.people) == ["Wim Tolkamp"]
    assert person(art, "Wim Tolkamp").affiliations == (art.organizations[0].name,)


def test_an_employer_before_a_title_and_name_is_no_speaker() -> None:
    art = run('"It is a trend," said Holloway Marsh of Canada Ltd economist Ann Price in Toronto.')
    assert names(art.people) == ["Ann Price"]
    assert "Holloway Marsh" not in names(art.people)


def test_names_listed_before_a_company_with_a_suffix_are_no_person() -> None:
    art = run("Buyers include Donaldson, Pickett and Moray and Harbor Asset Holdings L.P. and others.")
    assert "Harbor Asset Holdings L.P." in names(art.organizations)
    assert names(art.people) == []


def test_an_earlier_mention_of_a_name_known_from_a_later_one_is_a_mention() -> None:
    art = run("A study by Quorvex found that rents were rising.", "Rents will rise, said Quorvex.")
    org = next(o for o in art.organizations if o.name == "Quorvex")
    assert [m.start for m in org.mentions] == [art.text.index("Quorvex"), art.text.rindex("Quorvex")]


def test_a_month_after_a_given_name_is_a_surname() -> None:
    art = run("Finance Minister Helen May said on Monday that Peter March would stay until May 3.",
              "Talks began in May 2016, said Jane Roe.")
    assert names(art.people) == ["Helen May", "Peter March", "Jane Roe"]


def test_two_organizations_joined_by_and_when_the_second_opens_with_its_head() -> None:
    art = run("The Varden Central Bank and Bank of Ostrava met, as did the Ministry of Mines and Ministry of Roads.",
              "The Department of Health and Human Services agreed. Ostrava Savings Bank and Trust Co lent.")
    assert names(art.organizations) == ["Varden Central Bank", "Bank of Ostrava", "Ministry of Mines",
                                        "Ministry of Roads", "Department of Health and Human Services",
                                        "Ostrava Savings Bank and Trust Co"]


def test_a_country_spelled_out_or_abbreviated_names_one_organization() -> None:
    art = run("The U.S. Senate voted on Monday.", "The United States Senate will vote again in June.")
    assert names(art.organizations) == ["U.S. Senate"]
    assert len(art.organizations[0].mentions) == 2


def test_a_middle_name_used_alone_is_the_person() -> None:
    art = run("President Ramon Alvarez Quiroga said on Monday that he would stay.", "Alvarez said talks would go on.")
    assert names(art.people) == ["Ramon Alvarez Quiroga"]
    assert names(art.organizations) == []
    assert len(person(art, "Ramon Alvarez Quiroga").mentions) == 2


def test_a_hyphenated_title_is_a_title() -> None:
    art = run("Vice-Premier Peter Holm said on Monday that Co-chairman Helen Varga and Detective Mark Rowe agreed.")
    assert [(p.name, p.titles) for p in art.people] == [
        ("Peter Holm", ("Vice-Premier",)), ("Helen Varga", ("Co-chairman",)), ("Mark Rowe", ("Detective",))]


def test_a_title_word_before_an_organization_head_is_part_of_the_name() -> None:
    art = run("The stake is held by Ostrava Detective Agency Inc, it said.", "Varden General Hospital agreed.")
    assert names(art.organizations) == ["Ostrava Detective Agency Inc", "Varden General Hospital"]


def test_a_known_organization_after_and_stands_on_its_own() -> None:
    art = run("Rivals Quorvex and General Motors cut prices, as did the IMF and World Bank.")
    assert "General Motors" in names(art.organizations) and "World Bank" in names(art.organizations)
    assert not any(" and " in n for n in names(art.organizations))


@pytest.mark.parametrize("name", [
    "Bank for International Settlements",  # a head word ("International") inside the "for X Y"
    "Ministry of International Trade and Industry",
    "Institute of Strategic and International Studies",
])
def test_a_head_first_name_runs_on_past_a_head_word_in_its_complement(name: str) -> None:
    art = run(f"The {name} said on Monday that rates would rise.")
    assert names(art.organizations) == [name]


def test_a_head_first_name_ends_at_a_company_suffix() -> None:
    art = run("Bank of Varden Corp and Quorvex Holdings Ltd agreed.")
    assert "Bank of Varden Corp" in names(art.organizations)


def test_a_saying_verb_that_opens_the_sentence_is_not_part_of_the_name() -> None:
    art = run("Helen Varga opened the plant on Monday.",
              'Said Varga: "It is a fine day." Added Marlo Tesk, "We will see."')
    assert names(art.people) == ["Helen Varga", "Marlo Tesk"]
    assert len(person(art, "Helen Varga").mentions) == 2


def test_a_title_of_a_portfolio_ends_where_the_name_begins() -> None:
    art = run("Minister of Human Rights Helen Varga said on Monday that Secretary of Defense Dr. Marlo Tesk agreed.",
              "Prices fell, said Peter Holm, chief executive of Quorvex Asset Management.")
    assert [(p.name, p.titles) for p in art.people][:2] == [
        ("Helen Varga", ("Minister of Human Rights",)), ("Marlo Tesk", ("Secretary of Defense",))]
    assert names(art.people) == ["Helen Varga", "Marlo Tesk", "Peter Holm"]


@pytest.mark.parametrize("word", ["MPs", "Ministers", "Judges", "CEOs"])
def test_a_plural_of_people_that_speaks_is_no_organization(word: str) -> None:
    art = run(f"{word} said on Monday that the plan would fail.")
    assert names(art.organizations) == []


def test_a_contraction_is_no_name() -> None:
    art = run("I'd say so, said Helen Varga. We've seen it, Marlo Tesk said. They'll see, said O'Neill.")
    assert not any("'" in n and n != "O'Neill" for n in names(art.people) + names(art.organizations))


def test_a_person_with_a_romance_particle_stays_a_person() -> None:
    art = run("Maria de la Fuente said on Monday that Luis da Costa would stay.")
    assert names(art.people) == ["Maria de la Fuente", "Luis da Costa"]
    assert names(art.organizations) == []


def test_dotted_initials_that_spell_a_suffix_stay_in_a_name() -> None:
    art = run("Tokuda K.K. will close the unit, said Henry K.K. Lam, a director. "
              "Ostrava S.A. Chairman Karel Novak agreed.")
    assert names(art.people) == ["Henry K.K. Lam", "Karel Novak"]
    assert names(art.organizations) == ["Tokuda K.K.", "Ostrava S.A."]


@pytest.mark.parametrize(("name", "gender"), [("Aparna Rao", "female"), ("Johnnie Webb", "male")])
def test_more_given_names_mark_people_and_gender(name: str, gender: str) -> None:
    art = run(f"{name} spoke to reporters on Monday.")
    assert gender_of(person(art, name), art) == gender


def test_given_name_used_for_both_genders_gives_no_gender() -> None:
    art = run("Leslie Wong spoke to reporters on Monday.")
    assert gender_of(person(art, "Leslie Wong"), art) is None


def test_courtesy_word_and_title_is_a_form_of_address() -> None:
    art = run('"Mr. President, will you pledge to act?" Dale Ortiz asked. Mr. Justice, a coal owner, spoke later.')
    assert "President" not in names(art.people)
    assert "Justice" in names(art.people)  # a surname that is also a title word keeps its courtesy reading


@pytest.mark.parametrize("word", ["Demonstrators", "Investigators", "Delegates", "Prosecutors"])
def test_plural_nouns_opening_a_sentence_are_no_organization(word: str) -> None:
    art = run(f"{word} said they would meet again on Friday.")
    assert word not in names(art.organizations)
    assert word not in names(art.people)


def test_tail_of_a_longer_name_is_the_same_person() -> None:
    art = run("Opposition leader Daw Mya Suu Kyi met the envoy. Suu Kyi said talks would resume.",
              "Debbie Wasserman Schultz spoke first. Wasserman Schultz said the party was united.")
    assert "Suu Kyi" in person(art, "Daw Mya Suu Kyi").aliases
    assert "Wasserman Schultz" in person(art, "Debbie Wasserman Schultz").aliases
    assert len(art.people) == 2


def test_title_word_surname_before_a_suffix_stays_in_the_name() -> None:
    art = run("The talks went well, said Martin Luther King III on Monday.")
    assert "Martin Luther King III" in names(art.people)
