"""SGML-like research containers (Reuters-21578 ``<REUTERS>``, TREC/AQUAINT ``<DOC>``): tags and entities.

Containers are pulled apart once, tags matched with a stack that tolerates
unbalanced markup, and the readable parts rendered into one plain text with
:class:`Renderer`, which remembers where each part landed so spans can point
into the rendered text.
"""

from __future__ import annotations

import html.entities
import re
from typing import NamedTuple

import attrs

__all__ = ["Element", "Renderer", "decode_entities", "elements", "first_by_name", "parse_attributes"]

# A tag: '<TITLE>', '</BODY>', '<REUTERS TOPICS="YES" NEWID="9891">', '<TEXT TYPE="UNPROC">'.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9_]{0,30})([^<>\n]{0,400})>")
# An entity: '&lt;', '&#3;', '&#x1F;', '&QL;', '&Cx1f;', '&AMP;'.
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,15});")
# An attribute inside a start tag: 'NEWID="9891"'.
_ATTR = re.compile(r'([A-Za-z_][\w-]{0,30})[ ]{0,3}=[ ]{0,3}"([^"]{0,200})"')

# Wire-format codes that DUC/AQUAINT keep as entities, and what each stands for in plain text:
# quad left/centre/right end a line (dropped: a newline follows), upper/lower rail shift codes are dropped,
# a horizontal tab is a tab, and &AMP; is an ampersand.
_WIRE_ENTITIES = {"QL": "", "QC": "", "QR": "", "UR": "", "LR": "", "HT": "\t", "AMP": "&", "TL": "", "MD": "-"}


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name[0] == "#":
        try:
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
            ch = chr(code)
        except (ValueError, OverflowError):
            return m.group(0)
        # control codes (&#2; start, &#3; end, &#5;&#22;&#1;&#31; routing) are wire signals, not text
        if (code < 32 and ch not in "\t\n") or 127 <= code < 160:
            return ""
        return ch
    if name in _WIRE_ENTITIES:
        return _WIRE_ENTITIES[name]
    if name[:2] == "Cx":  # '&Cx1f;': a control character written out
        return ""
    known = html.entities.html5.get(name + ";")
    return known if known is not None else m.group(0)


def decode_entities(text: str) -> str:
    """Standard and DUC wire entities decoded; control codes dropped.

    >>> decode_entities("STANDARD OIL &lt;SRD> TO FORM &AMP; &QL;")
    'STANDARD OIL <SRD> TO FORM & '
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(_entity, text)


def parse_attributes(text: str) -> dict[str, str]:
    """Attributes of a start tag's inside: ``TOPICS="YES" NEWID="9891"``."""
    return {m.group(1): m.group(2) for m in _ATTR.finditer(text)}


class Element(NamedTuple):
    """A tagged part of a record: name, attributes and where its content sits in the source."""

    name: str
    attributes: str
    start: int
    end: int
    content_start: int
    content_end: int
    depth: int


def elements(text: str) -> list[Element]:
    """Every element whose start and end tags both appear, in document order (unbalanced tags ignored)."""
    out: list[Element] = []
    stack: list[tuple[str, str, int, int]] = []
    make = Element._make
    for m in _TAG.finditer(text):
        slash, name, attributes = m.groups()
        name = name.upper()
        if slash:
            # close the nearest open element of this name, dropping unclosed ones opened inside it
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    _, opened_with, start, content_start = stack[i]
                    del stack[i:]
                    out.append(make((name, opened_with, start, m.end(), content_start, m.start(), i)))
                    break
        else:
            stack.append((name, attributes, m.start(), m.end()))
            if len(stack) > 64:
                del stack[0]
    out.sort(key=_start_of)
    return out


def first_by_name(els: list[Element]) -> dict[str, Element]:
    """The first element of each tag name: a record's ``<TITLE>``, ``<DATE>``, ``<HEADLINE>``."""
    first: dict[str, Element] = {}
    for el in els:
        first.setdefault(el.name, el)
    return first


def _start_of(element: Element) -> int:
    return element.start


@attrs.define
class Renderer:
    """Builds a plain text from parts and remembers where each part landed."""

    parts: list[str] = attrs.field(factory=list)
    length: int = 0

    def add(self, piece: str) -> tuple[int, int]:
        """Append ``piece``; return its ``(start, end)`` in the rendered text."""
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def block(self, piece: str) -> tuple[int, int] | None:
        """Append ``piece`` as a block (blank line before it unless first); None when it is empty."""
        piece = piece.strip("\n")
        if not piece.strip():
            return None
        if self.length:
            self.add("\n\n")
        return self.add(piece)

    def text(self) -> str:
        """The rendered text."""
        return "".join(self.parts)


def tidy_lines(text: str) -> str:
    """Each line's surrounding whitespace removed, blank lines kept: paragraph content to plain lines."""
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n")
