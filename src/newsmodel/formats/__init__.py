"""Wire formats: one module per agency or corpus format, and the registry that picks one."""

from newsmodel.formats import plain as plain
from newsmodel.formats.registry import (
    FormatRegistry,
    WireFormat,
    available_formats,
    get_format,
    register_format,
    registry,
    unregister_format,
)

__all__ = [
    "FormatRegistry",
    "WireFormat",
    "available_formats",
    "get_format",
    "register_format",
    "registry",
    "unregister_format",
]
