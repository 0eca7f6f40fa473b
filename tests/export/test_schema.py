"""newsmodel's own JSON Schema: generated from the model, shipped in the package, and obeyed by to_dict."""

from __future__ import annotations

import copy
import json
from importlib.resources import files

import attrs
import jsonschema
import pytest

import newsmodel.model
from newsmodel import SCHEMA_VERSION, to_dict, to_json
from newsmodel.export import json_schema, shipped_schema, validate_article_json
from newsmodel.export.schema import SCHEMA_FILE, schema_text
from tests.export.articles import all_articles, build_article

REGENERATE = (
    "python -c \"from newsmodel.export.schema import schema_text; "
    "open('src/newsmodel/export/newsmodel.schema.json', 'w').write(schema_text())\""
)


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(shipped_schema())


def test_shipped_schema_is_the_generated_one() -> None:
    shipped = files("newsmodel.export").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == schema_text(), f"the model changed: regenerate the shipped schema with\n  {REGENERATE}"


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_model_class_is_described() -> None:
    defs = json_schema()["$defs"]
    classes = {name for name in newsmodel.model.__all__
               if isinstance(getattr(newsmodel.model, name), type) and attrs.has(getattr(newsmodel.model, name))}
    # PartialDate is a string in JSON, Article is the root.
    assert classes - {"PartialDate", "Article"} == set(defs)
    for name in defs:
        cls = getattr(newsmodel.model, name)
        assert set(defs[name]["properties"]) == {f.name for f in attrs.fields(cls)}


@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.format or "bare")
def test_real_output_validates(article: newsmodel.Article) -> None:
    data = json.loads(to_json(article))
    errors = sorted(validator().iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    validate_article_json(data)


def test_schema_version_is_pinned() -> None:
    data = to_dict(build_article())
    assert data["schema_version"] == SCHEMA_VERSION
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(jsonschema.ValidationError):
        validate_article_json(data)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("people", 0, "name"), 42),  # wrong type
        (("quotes", 0, "kind"), "shouted"),  # not in the Literal
        (("quotes", 0, "speaker"), {"name": "Joe Park"}),  # an object where the JSON has an id
        (("byline", "authors", 0), None),  # ids are strings
        (("published",), "3 March 2024"),  # not ISO 8601
        (("commitments", 0, "deadline", "date"), "2030-3"),  # not a partial date
        (("people", 0, "nickname"), "Annie"),  # a field the model does not have
    ],
)
def test_schema_rejects_what_the_model_would_not_write(path: tuple[object, ...], value: object) -> None:
    data = copy.deepcopy(to_dict(build_article()))
    target = data
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError):
        validate_article_json(data)


def test_a_missing_field_is_an_error() -> None:
    data = to_dict(build_article())
    del data["dateline"]["agency"]
    with pytest.raises(jsonschema.ValidationError):
        validate_article_json(data)


def test_drift_is_caught_when_the_model_grows_a_field() -> None:
    """A field the shipped schema does not know makes real output fail validation."""
    data = to_dict(build_article())
    data["sentiment"] = 0.5  # what a new Article field would add to to_dict output
    with pytest.raises(jsonschema.ValidationError, match="sentiment"):
        validate_article_json(data)
