"""MkDocs hook: let the API reference render newsmodel's docstrings, which are written for doctest and Sphinx.

Two changes to the Markdown that mkdocstrings renders from docstrings:

* a run of doctest lines (``>>> x`` with its ``...`` continuations and output) becomes a fenced
  ``pycon`` code block, instead of Markdown reading ``>>>`` as nested block quotes;
* Sphinx roles such as ``:class:`~newsmodel.Article``` become inline code (``Article``).

Text inside existing fenced blocks is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

# ':class:`~newsmodel.model.Article`' or ':func:`parse_article`' -> the last dotted part.
_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj|const):`~?(?:[\w.]*\.)?([^`]+)`")
# An opening or closing code fence: '```python', '~~~'.
_FENCE = re.compile(r"^\s*(```|~~~)")


class _DocstringPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_fence = False
        in_doctest = False
        for line in lines:
            if _FENCE.match(line) and not in_doctest:
                in_fence = not in_fence
                out.append(line)
                continue
            if in_fence:
                out.append(line)
                continue
            if in_doctest and not line.strip():
                out.extend(["```", line])
                in_doctest = False
                continue
            if not in_doctest and line.lstrip().startswith(">>>"):
                if out and out[-1].strip():
                    out.append("")
                out.append("```pycon")
                in_doctest = True
            out.append(line if in_doctest else _ROLE.sub(r"`\1`", line))
        if in_doctest:
            out.append("```")
        return out


class DocstringExtension(Extension):
    """Registers the preprocessor ahead of fenced code, so the new fences are read as code."""

    def extendMarkdown(self, md: Markdown) -> None:  # Python-Markdown's method name
        md.preprocessors.register(_DocstringPreprocessor(md), "newsmodel_docstrings", 40)


def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DocstringExtension())
    return config
