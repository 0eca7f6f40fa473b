"""newsmodel: raw news wire copy to typed, serializable data.

>>> from newsmodel import parse_article
>>> article = parse_article("WASHINGTON (AP) _ The Senate met on Monday.")
>>> isinstance(article.body, tuple)
True
"""

from typing import TYPE_CHECKING, Any

import newsmodel.formats  # noqa: F401  - registers the built-in wire formats
from newsmodel.batch import ParseFailure, parse_many
from newsmodel.errors import DecodeError, InputTypeError, NewsmodelError, SchemaError, UnknownFormatError
from newsmodel.formats.registry import (
    FormatRegistry,
    WireFormat,
    available_formats,
    get_format,
    register_format,
    unregister_format,
)
from newsmodel.model import (
    Article,
    Byline,
    Commitment,
    Credit,
    Dateline,
    Deadline,
    Entity,
    Field,
    Note,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Place,
    Quote,
    QuoteKind,
    Span,
    Trailer,
)
from newsmodel.pipeline import parse_article

if TYPE_CHECKING:
    from newsmodel.export import json_schema, to_html, to_jsonld, to_ninjs, to_pandas, to_records
    from newsmodel.pipeline import STAGES
    from newsmodel.serialize import SCHEMA_VERSION, converter, from_dict, from_json, to_dict, to_json

# The serializer (cattrs and its generated code), the extraction stages (their rule tables) and the
# exporters load on first use, so `import newsmodel` stays fast.
_LAZY = {
    **dict.fromkeys(("SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"), "serialize"),
    **dict.fromkeys(("json_schema", "to_html", "to_jsonld", "to_ninjs", "to_pandas", "to_records"), "export"),
    "STAGES": "pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"newsmodel.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'newsmodel' has no attribute {name!r}")

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "STAGES",
    "Article",
    "Byline",
    "Commitment",
    "Credit",
    "Dateline",
    "Deadline",
    "DecodeError",
    "Entity",
    "Field",
    "FormatRegistry",
    "InputTypeError",
    "NewsmodelError",
    "Note",
    "Organization",
    "Paragraph",
    "ParseFailure",
    "PartialDate",
    "Person",
    "Place",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "Span",
    "Trailer",
    "UnknownFormatError",
    "WireFormat",
    "__version__",
    "available_formats",
    "converter",
    "from_dict",
    "from_json",
    "get_format",
    "json_schema",
    "parse_article",
    "parse_many",
    "register_format",
    "to_dict",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_ninjs",
    "to_pandas",
    "to_records",
    "unregister_format",
]
