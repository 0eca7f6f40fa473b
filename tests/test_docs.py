"""The documentation's code runs: every ```python block of every page under docs/, in page order.

A block that starts with ``>>>`` is checked as a doctest (its printed output must
match); any other block is executed, and its ``assert`` statements must hold.
Blocks of one page share a namespace, so a page reads as one script. Each page
runs in an empty temporary folder, and formats it registers or word lists it
extends are undone afterwards.
"""

from __future__ import annotations

import doctest
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))

# A fenced block, possibly indented (inside a list or admonition): ```python ... ```
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<code>.*?)^(?P=indent)```[ \t]*$", re.MULTILINE | re.DOTALL
)
RUN = {"python", "py", "pycon"}


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """``(line number, code)`` of each Python block in ``page``."""
    text = page.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        if m.group("lang") in RUN:
            line = text.count("\n", 0, m.start()) + 2
            out.append((line, textwrap.dedent(m.group("code"))))
    return out


def test_there_are_pages_with_examples() -> None:
    assert PAGES, "docs/ has no pages"
    assert sum(len(python_blocks(p)) for p in PAGES) >= 10


def test_every_page_is_in_the_nav_and_every_nav_entry_exists() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.findall(r"^\s*-\s*[^:\n]+:\s*(\S+\.md)\s*$", config, re.MULTILINE)
    pages = {p.relative_to(DOCS).as_posix() for p in PAGES}
    assert set(nav) == pages, f"only in nav: {set(nav) - pages}; not in nav: {pages - set(nav)}"


@pytest.fixture
def isolated_registries() -> Iterator[None]:
    """Pages register formats and extend word lists; undo that, so pages cannot affect other tests."""
    from newsmodel import lexicons
    from newsmodel.formats.registry import registry

    formats = dict(registry._formats)
    extra = {name: set(words) for name, words in lexicons._extra.items()}
    try:
        yield
    finally:
        registry._formats.clear()
        registry._formats.update(formats)
        lexicons._extra.clear()
        lexicons._extra.update(extra)


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(DOCS).as_posix() for p in PAGES])
@pytest.mark.usefixtures("isolated_registries")
def test_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for line, code in python_blocks(page):
        where = f"{page.relative_to(ROOT)}:{line}"
        if code.lstrip().startswith(">>>"):
            test = doctest.DocTestParser().get_doctest(code, namespace, where, str(page), line - 1)
            report: list[str] = []
            result = runner.run(test, out=report.append, clear_globs=False)
            namespace.update(test.globs)  # DocTest works on a copy; later blocks see its names
            assert result.failed == 0, f"{where}\n" + "".join(report)
        else:
            exec(compile(code, where, "exec"), namespace)  # our own documentation


def test_the_docstring_hook_fences_doctests_and_drops_roles() -> None:
    markdown = pytest.importorskip("markdown")
    import importlib.util

    spec = importlib.util.spec_from_file_location("docstring_hook", DOCS / "_hooks" / "docstrings.py")
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    source = "Parse into an :class:`~newsmodel.model.Article`.\n\n>>> x = {'a': [1]}\n>>> x['a'][0]\n1\n\nAfter."
    html = markdown.markdown(source, extensions=["fenced_code", hook.DocstringExtension()])
    assert "<code>Article</code>" in html
    assert "<pre><code class=\"language-pycon\">&gt;&gt;&gt; x = {'a': [1]}" in html
    assert "<blockquote>" not in html and "<p>After.</p>" in html


def test_site_builds_strict(tmp_path: Path) -> None:
    """`mkdocs build --strict`: no broken link, no page outside the nav, every API reference resolves."""
    import os
    import subprocess
    import sys
    from importlib.util import find_spec

    if find_spec("mkdocs") is None:
        if os.environ.get("CI"):
            pytest.fail("mkdocs is not installed, but CI must build the docs (it is in the test extra)")
        pytest.skip("mkdocs is not installed")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "index.html").is_file()
