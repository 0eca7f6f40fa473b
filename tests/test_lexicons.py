"""The shipped word lists: well-formed, lower case where the rules expect it, and extendable."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmodel import lexicons
from newsmodel.lexicons import ENV_VAR, extend, lexicon, names

ENTITY_LISTS = [
    "calendar", "common_words", "entity_cue_verbs", "gender_words_female", "gender_words_male",
    "given_names_female", "given_names_male", "honorifics", "name_particles", "nationalities", "non_org_acronyms",
    "org_context", "org_heads", "org_openers", "org_suffixes", "organizations", "place_heads", "places",
    "title_modifiers", "titles",
]


def test_entity_lists_are_shipped() -> None:
    assert set(ENTITY_LISTS) <= set(names())


@pytest.mark.parametrize("name", ENTITY_LISTS)
def test_entries_are_lower_case_and_trimmed(name: str) -> None:
    words = lexicon(name)
    assert words, name
    for w in words:
        assert w == w.strip() and w == w.lower(), (name, w)
        assert "  " not in w, (name, w)


def test_months_and_weekdays_are_not_given_names_or_places() -> None:
    months = lexicon("calendar")
    assert "march" in months and "friday" in months
    assert not months & lexicon("places")
    assert not months & lexicon("organizations")


def test_title_words_are_not_common_sentence_openers() -> None:
    # "President Smith" at the start of a sentence must not lose its title
    assert not lexicon("titles") & lexicon("common_words")


def test_gendered_lists_hold_common_names() -> None:
    assert {"mary", "susan", "carol"} <= lexicon("given_names_female")
    assert {"john", "george", "kenneth"} <= lexicon("given_names_male")


def test_extend_adds_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicons, "_extra", {})
    extend("titles", ["  harbourmaster "])
    assert "harbourmaster" in lexicon("titles")
    with pytest.raises(TypeError):
        extend("titles", "harbourmaster")


def test_user_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "places.txt").write_text("# my towns\nlittle wending\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert "little wending" in lexicon("places")
    assert "london" in lexicon("places")
