"""The notebook HTML in a real browser: headless Chromium renders the highlights and runs no article markup.

Skipped only when Chromium is missing outside CI; in CI (``CI`` set) a missing
browser is a failure, since .ci/run installs Debian's chromium package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newsmodel import Article, Person, Span
from newsmodel.export import to_html
from tests.export.articles import build_article
from tests.export.test_html import has, outline

TITLE = "newsmodel browser test"

# Our own script, after the article: proves scripts do run on this page, and reports what the browser computed.
PROBE = """<script>
document.body.setAttribute('data-js', 'ran');
const quote = document.querySelector('.nm-text mark.nm-quote');
document.body.setAttribute('data-quote-background', quote ? getComputedStyle(quote).backgroundColor : 'none');
document.body.setAttribute('data-marks', String(document.querySelectorAll('.nm-text mark').length));
</script>"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed, and CI must run the browser test (.ci/run installs it)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def dump_dom(html: str, tmp_path: Path) -> str:
    page = tmp_path / "article.html"
    page.write_text(
        f'<!doctype html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f"<body>{html}{PROBE}</body></html>",
        encoding="utf-8",
    )
    cmd = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "</html>" in done.stdout, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def dom(tmp_path_factory: pytest.TempPathFactory) -> tuple[Article, str]:
    text = 'Ann Lee wrote "<img src=x onerror="document.body.setAttribute(\'data-pwned\', \'1\')">" twice.'
    evil = Person('Ann Lee"><script>document.title="pwned-attr"</script>', id="p9",
                  mentions=[Span.of(text, 0, 7)])
    html = to_html(build_article()) + to_html(Article(text=text, people=[evil]))
    return build_article(), dump_dom(html, tmp_path_factory.mktemp("chromium"))


def test_highlights_render(dom: tuple[Article, str]) -> None:
    _, page = dom
    assert 'data-js="ran"' in page, "the probe script did not run, so the checks below would prove nothing"
    o = outline(page[page.index('<div class="newsmodel-article">'):page.rindex("<script>")])
    assert has(o, "mark", "nm-quote", id="q1", speaker="p2")
    assert has(o, "mark", "nm-commitment", id="c2", actor="p2")
    assert has(o, "span", "nm-speaker", quote="q2", id="p2")
    assert has(o, "span", "nm-person", id="p1")
    assert has(o, "span", "nm-organization", id="o1")
    # The stylesheet applied: a quote's background is the highlight colour, not transparent.
    assert 'data-quote-background="rgb(255, 243, 176)"' in page
    assert 'data-marks="0"' not in page


def test_markup_in_the_copy_does_not_run(dom: tuple[Article, str]) -> None:
    _, page = dom
    assert f"<title>{TITLE}</title>" in page
    assert "pwned" not in page.split("<body", 1)[0]  # the title was not rewritten
    assert '<body data-js="ran"' in page and 'data-pwned="1"' not in page
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in page  # shown as text
    assert page.lower().count("<script") == 1  # only the probe
