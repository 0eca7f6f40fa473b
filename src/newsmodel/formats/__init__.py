"""Wire formats: one module per agency or corpus format, and the registry that picks one.

Importing this package registers the built-in formats. :mod:`newsmodel.formats.wire`
holds the grammar they share (datelines, bylines, credits, trailers, paragraphs),
for custom parsers too.
"""

from newsmodel.formats import (
    afp as afp,
)
from newsmodel.formats import (
    ap as ap,
)
from newsmodel.formats import (
    header as header,
)
from newsmodel.formats import (
    nyt as nyt,
)
from newsmodel.formats import (
    plain as plain,
)
from newsmodel.formats import (
    reuters as reuters,
)
from newsmodel.formats import (
    reuters21578 as reuters21578,
)
from newsmodel.formats import (
    reuters_web as reuters_web,
)
from newsmodel.formats import (
    trec as trec,
)
from newsmodel.formats import (
    upi as upi,
)
from newsmodel.formats import (
    xinhua as xinhua,
)
from newsmodel.formats.registry import (
    FormatRegistry,
    WireFormat,
    available_formats,
    get_format,
    register_format,
    unregister_format,
)

__all__ = [
    "FormatRegistry",
    "WireFormat",
    "available_formats",
    "get_format",
    "register_format",
    "unregister_format",
]
