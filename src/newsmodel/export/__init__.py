"""Exports: IPTC ninjs, schema.org JSON-LD, a JSON Schema of our own JSON, flat tables, notebook HTML.

Every exporter takes an :class:`~newsmodel.Article` and returns plain data
(dicts, lists, strings); none writes files. Optional packages (jsonschema,
pandas) are imported only by the functions that need them.

>>> from newsmodel import Article
>>> from newsmodel.export import to_ninjs
>>> to_ninjs(Article(text="Rain expected"))["type"]
'text'
"""

from newsmodel.export._common import article_id, article_uri
from newsmodel.export._render import TARGETS, render
from newsmodel.export.html import to_html
from newsmodel.export.jsonld import to_jsonld
from newsmodel.export.ninjs import ninjs_extension_schema, ninjs_schema, to_ninjs, validate_ninjs
from newsmodel.export.schema import json_schema, shipped_schema, validate_article_json
from newsmodel.export.tables import COLUMNS, TABLES, to_csv, to_pandas, to_records

__all__ = [
    "COLUMNS",
    "TABLES",
    "TARGETS",
    "article_id",
    "article_uri",
    "json_schema",
    "ninjs_extension_schema",
    "ninjs_schema",
    "render",
    "shipped_schema",
    "to_csv",
    "to_html",
    "to_jsonld",
    "to_ninjs",
    "to_pandas",
    "to_records",
    "validate_article_json",
    "validate_ninjs",
]
