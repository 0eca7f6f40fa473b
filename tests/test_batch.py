"""parse_many: results in input order, failures in place and named, the same with one process or several."""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Iterator

import pytest

import newsmodel
from newsmodel import Article, ParseFailure, parse_article, parse_many
from newsmodel.batch import map_ordered, parse_or_fail
from newsmodel.examples import sample_text

TEXTS = [
    "Rain expected\n\nIt will rain on Monday, forecasters said.",
    "WASHINGTON (AP) _ The Senate met on Monday.",
    sample_text(),
    "LONDON, March 3 (Reuters) - Acme Corp said it would build a plant by 2024.",
]


def _texts(n: int) -> list[str]:
    return [f"{TEXTS[i % len(TEXTS)]}\n\nItem {i}." for i in range(n)]


def test_parse_many_is_exported() -> None:
    assert newsmodel.parse_many is parse_many
    assert newsmodel.ParseFailure is ParseFailure
    assert {"parse_many", "ParseFailure"} <= set(newsmodel.__all__)


def test_one_worker_gives_parse_article_results_in_order() -> None:
    texts = _texts(9)
    assert list(parse_many(texts)) == [parse_article(t) for t in texts]


@pytest.mark.parametrize("chunksize", [None, 1, 4, 100])
def test_two_workers_give_the_same_results_in_order(chunksize: int | None) -> None:
    texts = _texts(23)
    assert list(parse_many(texts, workers=2, chunksize=chunksize)) == [parse_article(t) for t in texts]


def test_spawned_workers_give_the_same_results() -> None:
    """Nothing relies on fork: the work and the results pickle under spawn too."""
    texts = _texts(5)
    assert list(parse_many(texts, workers=2, start_method="spawn")) == [parse_article(t) for t in texts]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_item_is_a_named_failure_in_its_place(workers: int) -> None:
    texts: list[object] = [TEXTS[0], b"\xff\xfe not UTF-8", 42, TEXTS[1]]
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    results = list(parse_many(texts, workers=workers, names=names, chunksize=1))  # type: ignore[arg-type]
    assert results[0] == parse_article(TEXTS[0])
    assert results[3] == parse_article(TEXTS[1])
    assert results[1] == ParseFailure(1, "b.txt", "DecodeError", results[1].message)  # type: ignore[union-attr]
    assert "not UTF-8" in results[1].message  # type: ignore[union-attr]
    assert isinstance(results[2], ParseFailure)
    assert (results[2].index, results[2].name, results[2].error_type) == (2, "c.txt", "InputTypeError")


def test_failures_without_names_carry_their_index() -> None:
    results = list(parse_many([TEXTS[0], b"\xff"]))
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert (failure.index, failure.name) == (1, None)
    assert str(failure).startswith("item 1: DecodeError: ")


def test_parse_failure_is_a_frozen_value_that_pickles() -> None:
    failure = ParseFailure(3, "x.txt", "DecodeError", "bad byte")
    assert pickle.loads(pickle.dumps(failure)) == failure
    assert str(failure) == "x.txt: DecodeError: bad byte"
    with pytest.raises(AttributeError):
        failure.index = 4  # type: ignore[misc]


def test_articles_from_workers_keep_shared_objects_shared() -> None:
    """Quote speakers are the very objects in ``people`` after crossing the process boundary too."""
    article = next(iter(parse_many([sample_text(), sample_text()], workers=2, chunksize=1)))
    assert isinstance(article, Article)
    assert article == parse_article(sample_text())
    ids = {id(p) for p in (*article.people, *article.organizations)}
    assert all(id(q.speaker) in ids for q in article.quotes if q.speaker is not None)


def test_input_is_consumed_lazily() -> None:
    """An endless generator is fine: only a few chunks are read ahead of the results taken."""
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        while True:
            taken += 1
            yield TEXTS[taken % 2]

    results = parse_many(endless(), workers=2, chunksize=2)
    first = [next(results) for _ in range(5)]
    results.close()  # type: ignore[attr-defined]
    assert all(isinstance(r, Article) for r in first)
    assert taken < 5 + 2 * 2 * 4 + 2  # what was yielded + the chunks in flight + one being cut


def test_nothing_starts_before_the_first_result_is_asked_for() -> None:
    def failing() -> Iterator[str]:
        raise AssertionError("read too early")
        yield ""  # pragma: no cover

    parse_many(failing(), workers=2)  # no error: the pool and the input wait for next()


def test_names_must_match_texts() -> None:
    with pytest.raises(ValueError):
        list(parse_many(TEXTS, names=["only one"]))


def test_unknown_format_fails_at_once() -> None:
    with pytest.raises(newsmodel.UnknownFormatError):
        parse_many(TEXTS, format="no-such-format")


def test_forced_format_applies_to_every_text() -> None:
    results = list(parse_many(TEXTS[:2], workers=2, format="plain"))
    assert [r.format for r in results if isinstance(r, Article)] == ["plain", "plain"]


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_bad_worker_counts_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        parse_many(TEXTS, workers=bad)  # type: ignore[arg-type]


def test_bad_chunksize_and_start_method_are_refused() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        parse_many(TEXTS, workers=2, chunksize=0)
    with pytest.raises(ValueError, match="start method"):
        parse_many(TEXTS, workers=2, start_method="teleport")


def test_zero_or_none_workers_means_every_core() -> None:
    texts = _texts(6)
    expected = [parse_article(t) for t in texts]
    assert list(parse_many(texts, workers=0)) == expected
    assert list(parse_many(texts, workers=None)) == expected


def test_empty_input_gives_no_results() -> None:
    assert list(parse_many([], workers=2)) == []


def test_parse_or_fail_turns_exceptions_into_failures() -> None:
    assert parse_or_fail(TEXTS[0]) == parse_article(TEXTS[0])
    failure = parse_or_fail(None, index=7, name="n")
    assert isinstance(failure, ParseFailure)
    assert (failure.index, failure.name, failure.error_type) == (7, "n", "InputTypeError")


def test_map_ordered_keeps_order_over_processes() -> None:
    assert list(map_ordered(abs, range(-50, 0), workers=2, chunksize=3)) == list(range(50, 0, -1))


def _upper_or_die(item: str) -> str:
    if item == "die":
        os._exit(3)  # a crash in native code, or the out-of-memory killer, looks like this
    return item.upper()


def _note_crash(item: str, reason: str) -> str:
    return f"crashed: {item}"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the test function needs fork")
def test_a_worker_that_dies_costs_only_its_item() -> None:
    items = [f"x{i}" for i in range(30)]
    items[17] = "die"
    results = list(map_ordered(_upper_or_die, items, workers=2, chunksize=4, start_method="fork",
                               on_crash=_note_crash))
    assert results == [("crashed: die" if i == 17 else f"X{i}") for i in range(30)]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the test format needs fork")
def test_parse_many_reports_a_dead_worker_as_a_failure() -> None:
    @newsmodel.register_format("test-crash", detect=lambda text: 1.0 if text.startswith("CRASH") else 0.0)
    def parse_crash(text: str) -> Article:  # pragma: no cover - runs in the worker that it kills
        os._exit(3)

    try:
        texts = [TEXTS[0], "CRASH now", TEXTS[1]]
        results = list(parse_many(texts, workers=2, names=["a", "b", "c"], chunksize=1, start_method="fork"))
    finally:
        newsmodel.unregister_format("test-crash")
    assert results[0] == parse_article(TEXTS[0]) and results[2] == parse_article(TEXTS[1])
    assert isinstance(results[1], ParseFailure)
    assert (results[1].index, results[1].name, results[1].error_type) == (1, "b", "WorkerCrash")


def test_without_on_crash_a_dead_worker_is_an_error() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        list(map_ordered(_upper_or_die, ["a", "die", "b"], workers=2, chunksize=1))


@pytest.mark.parametrize("enabled", [True, False])
def test_unpickling_results_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    import gc

    from newsmodel.batch import _loads, _run_chunk

    data = _run_chunk(parse_article, TEXTS[:2])
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert _loads(data) == [parse_article(t) for t in TEXTS[:2]]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
