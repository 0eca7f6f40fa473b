"""newsmodel: raw news wire copy to typed, serializable data.

>>> from newsmodel import parse_article
>>> article = parse_article("WASHINGTON (AP) _ The Senate met on Monday.")
>>> isinstance(article.body, tuple)
True
"""

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
from newsmodel.pipeline import STAGES, parse_article
from newsmodel.serialize import SCHEMA_VERSION, converter, from_dict, from_json, to_dict, to_json

import newsmodel.formats  # noqa: E402, F401  - registers the built-in wire formats

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
    "parse_article",
    "parse_many",
    "register_format",
    "to_dict",
    "to_json",
    "unregister_format",
]
