"""Hostile input parses without a crash and without runaway backtracking.

Each case runs in a child process with a generous time limit: linear-time rules
finish these inputs in seconds, while a regex that backtracks catastrophically
runs for hours, so the child is stopped and the test fails instead of hanging.
Speed itself is measured by ``benchmarks/bench_parse.py``, which times the same inputs.
"""

from __future__ import annotations

import multiprocessing
import traceback
from multiprocessing.connection import Connection

import attrs
import pytest

from newsmodel import Article, Span, available_formats, from_json, get_format, parse_article, to_json

LIMIT_S = 60.0  # linear rules need seconds at most; catastrophic backtracking needs hours

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


def _spans_hold(article: Article) -> None:
    """Every span's text is the article text at its offsets, each object visited once.

    (Walking shared objects again for every reference, as a plain tree walk does,
    is quadratic here: thousands of quotes share one speaker with thousands of mentions.)
    """
    seen: set[int] = set()
    stack: list[object] = [article]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, Span):
            assert 0 <= obj.start <= obj.end <= len(article.text), obj
            assert article.text[obj.start : obj.end] == obj.text, obj
        elif isinstance(obj, tuple):
            stack.extend(obj)
        elif attrs.has(type(obj)):
            stack.extend(getattr(obj, f.name) for f in attrs.fields(type(obj)))


def _child(name: str, format: str | None, conn: Connection) -> None:
    try:
        text = hostile(name)
        if format is None:  # the whole pipeline, the format detected
            article = parse_article(text)
            assert article.text == text
            document = to_json(article)
            assert to_json(from_json(document)) == document  # (== on articles this size is quadratic)
        else:  # one format's own parser: the stages after it are covered above
            article = get_format(format).parse(text)
        _spans_hold(article)
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
def test_hostile_input_through_every_format_parser(name: str, format: str) -> None:
    """Detection sends hostile text to one parser; running each one covers every format's rules."""
    _run_with_limit(name, format)


def _benchmark_module() -> object:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_parse.py"
    spec = importlib.util.spec_from_file_location("bench_parse", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_times_the_same_inputs() -> None:
    bench = _benchmark_module()
    built = bench.hostile_inputs(1.0)  # type: ignore[attr-defined]
    assert tuple(built) == INPUTS
    assert all(built[name] == hostile(name) for name in INPUTS)
    half = bench.hostile_inputs(0.5)  # type: ignore[attr-defined]
    words = " ".join(_CAPITALS[i % len(_CAPITALS)] for i in range(25_000))
    assert [len(t) for t in half.values()] == [500_000, 50_000, len(words), 10_001, 500_000]
