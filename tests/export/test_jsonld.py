"""schema.org JSON-LD export, checked against the schema.org 30.0 news subset in ../shared/standards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from newsmodel import Article, Organization, Person
from newsmodel.export import to_jsonld
from tests.conftest import SHARED
from tests.export.articles import all_articles, build_article

VOCAB = SHARED / "standards" / "schemaorg" / "schemaorg-news-subset-30.0.json"


@pytest.fixture(scope="module")
def vocab() -> dict[str, set[str]]:
    """Type name -> every property it has (its own and its superclasses')."""
    if not VOCAB.is_file():
        pytest.skip("../shared/standards/schemaorg is not present")
    raw = json.loads(VOCAB.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for name, entry in raw.items():
        props = set(entry["own_properties"])
        for sup in entry["superclasses"]:
            props |= set(raw.get(sup, {}).get("own_properties", ()))
        out[name.removeprefix("schema:")] = props
    return out


def nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a document, depth first."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from nodes(v)
    elif isinstance(value, list):
        for v in value:
            yield from nodes(v)


@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.format or "bare")
def test_only_known_types_and_properties(vocab: dict[str, set[str]], article: Article) -> None:
    doc = to_jsonld(article)
    assert doc["@context"] == "https://schema.org"
    for node in nodes(doc):
        keys = {k for k in node if not k.startswith("@")}
        if "@type" not in node:
            assert keys == set(), f"an untyped node with properties: {node}"  # a bare {"@id": ...} reference
            continue
        assert node["@type"] in vocab, node["@type"]
        unknown = keys - vocab[node["@type"]]
        assert not unknown, f"{node['@type']} has no {sorted(unknown)}"
    json.dumps(doc)


@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.format or "bare")
def test_every_reference_resolves(article: Article) -> None:
    doc = to_jsonld(article)
    defined = {n["@id"] for n in nodes(doc) if "@id" in n and "@type" in n}
    referenced = {n["@id"] for n in nodes(doc) if set(n) == {"@id"}}
    assert referenced <= defined


def test_the_hand_built_article() -> None:
    doc = to_jsonld(build_article())
    by_id = {n["@id"]: n for n in nodes(doc) if "@type" in n and "@id" in n}
    assert doc["@type"] == "NewsArticle"
    assert doc["dateline"] == "SPRINGFIELD, March 3 (Newswire)"
    assert doc["datePublished"] == "2024-03-03T09:30:00+00:00"
    assert doc["headline"] == "Power company to close its last coal plant"
    assert doc["locationCreated"] == {"@type": "Place", "name": "SPRINGFIELD"}
    author = by_id[doc["author"][0]["@id"]]
    assert author["@type"] == "Person" and author["name"] == "Ann Lee"
    park = next(n for n in doc["mentions"] if n.get("name") == "Joe Park")
    assert park["jobTitle"] == ["Mayor"]
    assert park["alternateName"] == ["Park"]
    assert park["affiliation"] == [{"@type": "Organization", "name": "Springfield"}]
    spc = next(n for n in doc["mentions"] if n.get("name") == "Springfield Power Company")
    assert spc["@type"] == "Organization" and spc["alternateName"] == ["SPC"]
    quotes = [n for n in doc["hasPart"] if n["@type"] == "Quotation"]
    assert [q["identifier"] for q in quotes] == ["q1", "q2", "q3"]
    assert quotes[0]["spokenByCharacter"] == {"@id": park["@id"]}
    assert quotes[2]["creator"] == {"@id": spc["@id"]}  # an organization speaks through creator
    claims = [n for n in doc["hasPart"] if n["@type"] == "Claim"]
    assert claims[0]["author"] == {"@id": spc["@id"]}
    assert claims[0]["temporalCoverage"] == "2030"
    assert claims[0]["isBasedOn"] == {"@id": quotes[0]["@id"]}
    assert claims[0]["appearance"] == {"@id": doc["@id"]}
    assert doc["wordCount"] == len(doc["articleBody"].split())
    assert doc["editor"] == [{"@type": "Person", "name": "Bo Chan"}]


def test_affiliation_points_at_a_listed_organization() -> None:
    org = Organization("Azerbaijani National Academy of Sciences", id="o1", acronym="ANAS")
    person = Person("Arif Hashimov", id="p1", titles=["Acting President"], affiliations=["ANAS"])
    doc = to_jsonld(Article(text="x", people=[person], organizations=[org]), uri="https://example.org/a")
    node = doc["mentions"][0]
    assert node["affiliation"] == [{"@id": "https://example.org/a#o1"}]
    assert doc["@id"] == "https://example.org/a"
