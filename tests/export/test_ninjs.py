"""ninjs 3.1 and 2.2 export, validated offline against IPTC's schemas in ../shared/standards/ninjs."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from referencing import Registry, Resource

from newsmodel import Article, parse_article
from newsmodel.export import ninjs_extension_schema, to_ninjs, validate_ninjs
from tests.conftest import SHARED
from tests.export.articles import all_articles, build_article

NINJS = SHARED / "standards" / "ninjs"
SCHEMA_IDS = {"3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
              "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"}
VERSIONS = ("3.1", "2.2")


@pytest.fixture(scope="module")
def standards() -> Path:
    if not NINJS.is_dir():
        pytest.skip("../shared/standards/ninjs is not present")
    return NINJS


def iptc_validator(standards: Path, version: str, schema: dict[str, Any] | None = None) -> Any:
    """A validator for IPTC's schema (or ``schema`` built on it) with the local GeoJSON schema registered."""
    iptc = json.loads((standards / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
    geojson = json.loads((standards / "GeoJSON-schema.json").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resources([
        (SCHEMA_IDS[version], Resource.from_contents(iptc)),
        ("https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)),
    ])
    return jsonschema.Draft202012Validator(
        schema or iptc, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def problems(validator: Any, doc: dict[str, Any]) -> list[str]:
    return [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(doc)]


def test_the_registry_setup_accepts_iptcs_own_examples(standards: Path) -> None:
    examples = sorted((standards / "examples").glob("*.json"))
    assert examples
    for path in examples:
        version = path.name.split("_")[0]
        assert not problems(iptc_validator(standards, version), json.loads(path.read_text(encoding="utf-8"))), path


def test_geojson_is_resolved_locally(standards: Path) -> None:
    doc = {"uri": "urn:x:1", "places": [{"name": "Here", "geoJSON": {"type": "Point", "coordinates": [1.0, 2.0]}}]}
    assert not problems(iptc_validator(standards, "3.1"), doc)
    bad = {"uri": "urn:x:1", "places": [{"name": "Here", "geoJSON": {"type": "Point", "coordinates": "x"}}]}
    assert problems(iptc_validator(standards, "3.1"), bad)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.format or "bare")
def test_plain_ninjs_validates_against_iptcs_schema(standards: Path, article: Article, version: str) -> None:
    doc = to_ninjs(article, version=version, extensions=False)  # type: ignore[arg-type]
    assert not problems(iptc_validator(standards, version), doc)
    json.dumps(doc)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.format or "bare")
def test_extended_ninjs_validates_against_the_extension_schema(standards: Path, article: Article, version: str) -> None:
    doc = to_ninjs(article, version=version)  # type: ignore[arg-type]
    schema = ninjs_extension_schema(version)  # type: ignore[arg-type]
    assert not problems(iptc_validator(standards, version, schema), doc)
    validate_ninjs(doc, version)  # type: ignore[arg-type]


@pytest.mark.parametrize("version", VERSIONS)
def test_extension_properties_are_what_plain_ninjs_rejects(standards: Path, version: str) -> None:
    doc = to_ninjs(build_article(), version=version)  # type: ignore[arg-type]
    assert "nm:quotes" in doc and "nm:commitments" in doc
    assert any("nm:quotes" in p for p in problems(iptc_validator(standards, version), doc))
    # ... and the extension schema still checks IPTC's own properties.
    doc["urgency"] = "high"
    assert problems(iptc_validator(standards, version, ninjs_extension_schema(version)), doc)  # type: ignore[arg-type]


def test_shipped_schemas_are_iptcs_files_with_the_licence(standards: Path) -> None:
    shipped = files("newsmodel.export").joinpath("schemas")
    for name in ("ninjs-schema_3.1.json", "ninjs-schema_2.2.json"):
        assert shipped.joinpath(name).read_bytes() == (standards / name).read_bytes()
    assert shipped.joinpath("LICENSE-IPTC-ninjs.txt").read_bytes() == (standards / "LICENSE").read_bytes()


def test_mapping_of_the_hand_built_article() -> None:
    a = build_article()
    doc = to_ninjs(a)
    assert doc["headlines"] == [{"role": "main", "value": "Power company to close its last coal plant"}]
    assert doc["by"] == "Ann Lee"
    assert doc["located"] == "SPRINGFIELD"
    assert doc["versionCreated"] == "2024-03-03T09:30:00+00:00"
    assert {"name": "Ann Lee", "rel": "author", "literal": "p1"} in doc["people"]
    assert {"name": "Joe Park", "rel": "mentions", "literal": "p2"} in doc["people"]
    assert {"name": "Bo Chan", "rel": "editing"} in doc["people"]
    assert doc["infoSources"] == [{"name": "Newswire", "role": "publisher"}]
    assert doc["organisations"] == [
        {"name": "Springfield Power Company", "rel": "mentions", "literal": "o1", "symbols": [{"symbol": "SPC.N"}]}]
    body = doc["bodies"][0]
    assert body["value"] == "\n\n".join(a.paragraphs)
    assert body["charCount"] == len(body["value"])
    assert body["wordCount"] == len(body["value"].split()) == 49
    rich = doc["bodies"][1]
    assert rich["contentType"] == "application/xhtml+xml"
    assert rich["value"].startswith("<p>SPRINGFIELD, March 3 (Newswire) - ")
    assert "&lt;script&gt;" in rich["value"] and "<script>" not in rich["value"]
    assert (rich["charCount"], rich["wordCount"]) == (body["charCount"], body["wordCount"])
    q2 = doc["nm:quotes"][1]
    assert q2["speaker"] == {"literal": "p2", "name": "Joe Park"} and q2["kind"] == "direct"
    c1 = doc["nm:commitments"][0]
    assert c1["actor"] == {"literal": "o1", "name": "Springfield Power Company"}
    assert c1["deadline"] == {"text": "by 2030", "date": "2030", "precision": "year"}
    assert c1["quote"] == "q1"
    assert doc["nm:commitments"][1]["negated"] is True
    assert doc["nm:datelineDate"] == "2024-03-03"


def test_credited_agencies_are_info_sources() -> None:
    from newsmodel import Credit, Dateline

    a = Article(text="x", source="Azernews", dateline=Dateline(location="BAKU", agency="Trend"),
                credits=[Credit("source", ["Trend", "APA"])])
    assert to_ninjs(a)["infoSources"] == [
        {"name": "Azernews", "role": "publisher"}, {"name": "Trend", "role": "originator"},
        {"name": "APA", "role": "source"}]


def test_version_2_2_uses_lower_case_names() -> None:
    doc = to_ninjs(build_article(), version="2.2")
    assert {"versioncreated", "infosources", "bodies"} <= set(doc)
    assert "versionCreated" not in doc and "infoSources" not in doc
    assert {"contenttype", "charcount", "wordcount"} <= set(doc["bodies"][0])
    assert doc["organisations"][0]["symbols"] == [{"ticker": "SPC.N"}]
    assert doc["standard"]["version"] == "2.2"


def test_dates_are_never_invented() -> None:
    local = attrs.evolve(build_article(), published=dt.datetime(2024, 3, 3, 9, 30))  # no time zone
    day = attrs.evolve(build_article(), published=dt.date(2024, 3, 3))
    for a, expected in ((local, "2024-03-03T09:30:00"), (day, "2024-03-03")):
        doc = to_ninjs(a)
        assert "versionCreated" not in doc
        assert doc["nm:published"] == expected
        assert "nm:published" not in to_ninjs(a, extensions=False)


def test_uri_is_stable_and_overridable() -> None:
    a, b = to_ninjs(parse_article("Some copy.")), to_ninjs(parse_article("Some copy."))
    assert a["uri"] == b["uri"] and a["uri"].startswith("urn:newsmodel:article:")
    assert to_ninjs(parse_article("Other copy."))["uri"] != a["uri"]
    assert to_ninjs(parse_article("Some copy."), uri="https://example.org/1")["uri"] == "https://example.org/1"


def test_validate_ninjs_rejects_a_broken_document() -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate_ninjs({"headlines": [{"value": "no uri"}]})
    with pytest.raises(jsonschema.ValidationError):
        validate_ninjs({"uri": "urn:x:1", "nm:quotes": [{"id": "q1"}]})
    with pytest.raises(ValueError, match="unknown ninjs version"):
        to_ninjs(build_article(), version="9.9")  # type: ignore[arg-type]


def test_formats_are_checked() -> None:
    """URIs and date-times are checked (rfc3986-validator and rfc3339-validator are in the test extra)."""
    with pytest.raises(jsonschema.ValidationError, match="uri"):
        validate_ninjs({"uri": "not a uri"})
    with pytest.raises(jsonschema.ValidationError, match="date-time"):
        validate_ninjs({"uri": "urn:x:1", "versionCreated": "2024-03-03T09:30:00"})  # no time zone


def test_by_names_the_writers() -> None:
    from newsmodel import Byline, Person

    two = Article(text="x", byline=Byline([Person("Ann Lee"), Person("Bo Chan"), Person("Cy Dee")], "By staff"))
    assert to_ninjs(two)["by"] == "Ann Lee, Bo Chan and Cy Dee"
    assert to_ninjs(Article(text="x", byline=Byline(text="BY STAFF REPORTERS")))["by"] == "STAFF REPORTERS"
    assert "by" not in to_ninjs(Article(text="x"))
