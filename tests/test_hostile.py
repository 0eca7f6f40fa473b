"""Hostile input parses without a crash and without runaway backtracking.

Each case runs in a child process with a generous time limit: linear-time rules
finish these inputs in well under a second or two, while a regex that
backtracks catastrophically would run for hours, so the child is stopped and
the test fails instead of hanging. Speed itself is measured by
``benchmarks/bench_parse.py``, which times the same inputs.
"""

from __future__ import annotations

import multiprocessing
import traceback
from multiprocessing.connection import Connection

import pytest

from newsmodel import available_formats, from_json, parse_article, to_json

from .spans import assert_spans_hold

LIMIT_S = 20.0

_SENTENCE = 'Acting Minister John Smith (AP) said "we will build it by 2025," and Acme Corp. agreed. '
_CAPITALS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet",
             "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango")


def hostile(name: str) -> str:
    """The issue's hostile inputs (the benchmark builds the same ones)."""
    if name == "1 MB without a newline":
        return (_SENTENCE * (1_000_000 // len(_SENTENCE) + 1))[:1_000_000]
    if name == "100,000 quotation marks":
        return '"' * 100_000
    if name == "50,000 capitalised words":
        return " ".join(_CAPITALS[i % len(_CAPITALS)] for i in range(50_000))
    if name == "10,000 nested parentheses":
        return "(" * 10_000 + "x" + ")" * 10_000
    if name == "a million spaces":
        return " " * 1_000_000
    raise KeyError(name)


INPUTS = ("1 MB without a newline", "100,000 quotation marks", "50,000 capitalised words",
          "10,000 nested parentheses", "a million spaces")


def _child(name: str, format: str | None, conn: Connection) -> None:
    try:
        text = hostile(name)
        article = parse_article(text, format=format)
        assert_spans_hold(article)
        if format is None:
            assert article.text == text
        assert from_json(to_json(article)) == article
        conn.send(None)
    except BaseException:  # noqa: BLE001 - everything goes back to the test as text
        conn.send(traceback.format_exc())
    finally:
        conn.close()


def _run_with_limit(name: str, format: str | None) -> None:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(name, format, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(LIMIT_S):
            pytest.fail(f"{name!r} (format {format or 'detected'}) did not finish within {LIMIT_S:.0f} s: "
                        "a rule is not linear-time (catastrophic backtracking?); "
                        "profile with benchmarks/bench_parse.py")
        try:
            problem = receive.recv()
        except EOFError:
            problem = f"the child process died (exit code {child.exitcode}) without a result"
        if problem is not None:
            pytest.fail(f"{name!r} (format {format or 'detected'}) crashed:\n{problem}")
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()


@pytest.mark.parametrize("name", INPUTS)
def test_hostile_input_parses_in_time(name: str) -> None:
    _run_with_limit(name, None)


@pytest.mark.parametrize("format", available_formats())
@pytest.mark.parametrize("name", INPUTS)
def test_hostile_input_forced_through_every_format(name: str, format: str) -> None:
    """Detection sends hostile text to one parser; forcing each one covers every format's rules."""
    _run_with_limit(name, format)
