"""Word lists the rules need (title words, organization suffixes, given names, places, speech verbs).

Each list is a plain UTF-8 file ``<name>.txt`` in this folder: one entry per
line, ``#`` starts a comment, blank lines are ignored. Users extend a list
without forking in either of two ways:

* put a file with the same name in a folder listed in the environment variable
  ``NEWSMODEL_LEXICON_PATH`` (folders separated like ``PATH``); its entries are
  added to the shipped ones;
* call :func:`extend` in their own code before parsing.

>>> "minister" in lexicon("example")
False
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = ["ENV_VAR", "extend", "lexicon", "names"]

ENV_VAR = "NEWSMODEL_LEXICON_PATH"

_HERE = Path(__file__).parent  # the shipped lists sit beside this module (importlib.resources costs import time)

_extra: dict[str, set[str]] = {}
# Each list as last returned, per search path, with the additions it was built from: the same frozenset
# object until the additions change, so callers can cache what they derive from a list keyed on the object.
_combined: dict[tuple[str, str], tuple[set[str] | None, int, frozenset[str]]] = {}


def _entries(text: str) -> Iterable[str]:
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            yield entry


@cache
def _load(name: str, search_path: str) -> frozenset[str]:
    words: set[str] = set()
    shipped = _HERE / f"{name}.txt"
    if shipped.is_file():
        words.update(_entries(shipped.read_text(encoding="utf-8")))
    for folder in filter(None, search_path.split(os.pathsep)):
        path = Path(folder) / f"{name}.txt"
        if path.is_file():
            words.update(_entries(path.read_text(encoding="utf-8")))
    return frozenset(words)


def lexicon(name: str) -> frozenset[str]:
    """The entries of list ``name``: shipped file, user folders, then :func:`extend` additions."""
    search_path = os.environ.get(ENV_VAR, "")
    extra = _extra.get(name)
    size = len(extra) if extra else 0
    hit = _combined.get((name, search_path))
    if hit is not None and hit[0] is extra and hit[1] == size:
        return hit[2]
    base = _load(name, search_path)
    found = base | extra if extra else base
    _combined[(name, search_path)] = (extra, size, found)
    return found


def extend(name: str, entries: Iterable[str]) -> None:
    """Add entries to list ``name`` for the rest of this process (e.g. a newsroom's own title words)."""
    if isinstance(entries, str):
        raise TypeError("extend() takes an iterable of entries, not a single string")
    _extra.setdefault(name, set()).update(e.strip() for e in entries if e.strip())


def names() -> tuple[str, ...]:
    """The names of the shipped lists."""
    return tuple(sorted(p.stem for p in _HERE.glob("*.txt")))
