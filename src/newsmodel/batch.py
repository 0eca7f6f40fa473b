"""Many articles at once: :func:`parse_many` over a process pool, results in input order.

An item that cannot be parsed does not stop the batch: its place in the output
holds a :class:`ParseFailure` naming it, and the batch goes on.

>>> from newsmodel.batch import ParseFailure, parse_many
>>> results = list(parse_many(["Rain\\n\\nIt rained.", b"\\xff not UTF-8"], names=["a.txt", "b.txt"]))
>>> results[0].headline
'Rain'
>>> results[1].name, results[1].error_type
('b.txt', 'DecodeError')

Work crosses the process boundary as picklable values only: module-level
functions, ``str`` / ``bytes`` texts, :class:`~newsmodel.Article` and
:class:`ParseFailure` results, so the pool works with the ``fork``, ``spawn``
and ``forkserver`` start methods alike.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from functools import cache, partial
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newsmodel import model
from newsmodel.formats.registry import registry
from newsmodel.model import Article
from newsmodel.pipeline import parse_article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["ParseFailure", "map_ordered", "parse_many", "parse_or_fail"]

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNKSIZE = 32
"""Articles sent to a worker at a time: large enough that pickling and queueing cost little next to parsing."""

_CHUNKS_IN_FLIGHT_PER_WORKER = 4
"""How many chunks may wait per worker: keeps workers busy while bounding memory for endless inputs."""


@attrs.frozen
class ParseFailure:
    """The record of an item that could not be parsed, standing in its place in a batch.

    ``index`` is the item's position in the input (``None`` where the engine does
    not know it, e.g. inside one Dask partition); ``name`` is the caller's name for
    it (a file name, a record id) or ``None``; ``error_type`` is the exception's
    class name (``"DecodeError"``, ``"InputTypeError"`` ...) and ``message`` its text.
    """

    index: int | None
    name: str | None
    error_type: str
    message: str

    def __str__(self) -> str:
        where = self.name if self.name is not None else f"item {self.index}"
        return f"{where}: {self.error_type}: {self.message}"


def parse_or_fail(
    text: object, format: str | None = None, *, index: int | None = None, name: str | None = None
) -> Article | ParseFailure:
    """:func:`~newsmodel.parse_article`, with any exception turned into a :class:`ParseFailure`.

    >>> parse_or_fail(42, index=0).error_type
    'InputTypeError'
    """
    try:
        return parse_article(text, format)  # type: ignore[arg-type]  # wrong types become failures
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return ParseFailure(index, name, type(exc).__name__, str(exc))


def _parse_item(item: tuple[int, str | None, object], format: str | None) -> Article | ParseFailure:
    index, name, text = item
    return parse_or_fail(text, format, index=index, name=name)


def parse_many(
    texts: Iterable[str | bytes],
    workers: int | None = 1,
    *,
    format: str | None = None,
    names: Iterable[str] | None = None,
    chunksize: int | None = None,
    start_method: str | None = None,
) -> Iterator[Article | ParseFailure]:
    """Parse many texts, yielding an :class:`~newsmodel.Article` or a :class:`ParseFailure` for each, in order.

    ``workers`` is the number of processes: ``1`` parses in this process, ``None``
    or ``0`` uses every core this process may run on. ``texts`` is consumed lazily
    and only a few chunks per worker are in flight, so an endless generator is
    fine. ``names`` (as many as ``texts``) label failures; ``format`` forces a wire
    format for every text; ``chunksize`` is how many texts go to a worker at a
    time; ``start_method`` picks ``"fork"``, ``"spawn"`` or ``"forkserver"``
    (default: the platform's).

    A text whose worker process dies (killed by the system, a crash in native
    code) gets a :class:`ParseFailure` with ``error_type`` ``"WorkerCrash"``, and
    the batch goes on in a new pool. Formats and lexicon entries registered at
    run time reach the workers under ``fork`` only; under ``spawn`` register them
    in a module the workers import.
    """
    if format is not None:
        registry.get(format)  # an unknown name fails here, once, not once per article
    total = len(texts) if isinstance(texts, Sized) else None
    labels: Iterable[str | None] = names if names is not None else _nones()
    items = ((i, name, text) for i, (name, text) in enumerate(zip(labels, texts, strict=names is not None)))
    return map_ordered(partial(_parse_item, format=format), items, workers=workers, chunksize=chunksize,
                       total=total, start_method=start_method, on_crash=_crashed)


def _crashed(item: tuple[int, str | None, object], reason: str) -> ParseFailure:
    index, name, _ = item
    return ParseFailure(index, name, "WorkerCrash", reason)


def _nones() -> Iterator[None]:
    while True:
        yield None


def _resolve_workers(workers: int | None) -> int:
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 0):
        raise ValueError(f"workers must be a positive int, or 0 or None for every core, got {workers!r}")
    return workers or _usable_cpus()


def _usable_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _auto_chunksize(n_items: int, workers: int) -> int:
    """Small batches still spread over every worker; large ones use :data:`DEFAULT_CHUNKSIZE`."""
    per_slot = -(-n_items // (workers * _CHUNKS_IN_FLIGHT_PER_WORKER))
    return max(1, min(DEFAULT_CHUNKSIZE, per_slot))


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> bytes:
    """Run ``func`` over a chunk in a worker; the results travel back as one compact pickle."""
    import io
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _dispatch_table()
    pickler.dump([func(item) for item in chunk])
    return buffer.getvalue()


@cache
def _dispatch_table() -> dict[type, Any]:
    """Pickle the model's attrs classes as ``cls(*fields)``: half the cost of attrs' own state dicts.

    Results cross back to the parent process as pickles, and unpickling runs in
    the parent, which shares the cores with the workers; this keeps its share
    small. Only classes whose fields all go to ``__init__`` positionally qualify.
    """
    import copyreg

    table: dict[type, Any] = dict(copyreg.dispatch_table)
    for cls in (*(c for c in vars(model).values() if isinstance(c, type)), ParseFailure):
        if not attrs.has(cls):
            continue
        fields = attrs.fields(cls)
        if not fields or any(not f.init or f.kw_only for f in fields):
            continue
        table[cls] = partial(_reduce_positional, cls, attrgetter(*(f.name for f in fields)), len(fields) == 1)
    return table


def _reduce_positional(cls: type, get: attrgetter[Any], single: bool, obj: object) -> tuple[Any, ...]:
    values = get(obj)
    return cls, ((values,) if single else values)


def map_ordered(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int | None = 1,
    chunksize: int | None = None,
    total: int | None = None,
    start_method: str | None = None,
    on_crash: Callable[[T, str], R] | None = None,
) -> Iterator[R]:
    """``map(func, items)`` over ``workers`` processes, in chunks, yielding results in input order.

    ``func`` must be picklable (a module-level function or a ``functools.partial``
    of one) and should not raise: wrap it as :func:`parse_or_fail` does. With one
    worker everything runs in this process; ``None`` or ``0`` means every usable
    core. ``total``, the number of items if known, lets small batches be cut into
    smaller chunks so every worker gets some. The pool starts on the first
    ``next()`` and shuts down when the iterator is exhausted or closed.

    A worker process that dies (killed by the system, or a crash in native code)
    breaks the pool. With ``on_crash``, a new pool takes over, the items of the
    chunk that was lost are run again one process each, and an item that kills
    its process again gets ``on_crash(item, reason)`` as its result; without it,
    ``BrokenProcessPool`` is raised.
    """
    n = _resolve_workers(workers)
    if chunksize is not None and (not isinstance(chunksize, int) or chunksize < 1):
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    if n == 1:
        return map(func, items)
    if start_method is not None:
        import multiprocessing

        if start_method not in multiprocessing.get_all_start_methods():
            known = ", ".join(multiprocessing.get_all_start_methods())
            raise ValueError(f"unknown start method {start_method!r}; this platform has: {known}")
    if chunksize is None:
        chunksize = DEFAULT_CHUNKSIZE if total is None else _auto_chunksize(total, n)
    return _map_pool(func, items, n, chunksize, start_method, on_crash)


def _map_pool(
    func: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    chunksize: int,
    start_method: str | None,
    on_crash: Callable[[T, str], R] | None,
) -> Iterator[R]:
    import multiprocessing  # the pool machinery costs import time; load it only when a pool starts
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context(start_method)

    def new_pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=size, mp_context=context, initializer=_start_worker)

    it = iter(items)
    pending: deque[tuple[list[T], Future[bytes]]] = deque()
    limit = workers * _CHUNKS_IN_FLIGHT_PER_WORKER
    pool = new_pool(workers)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = list(islice(it, chunksize))
                if not chunk:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_run_chunk, func, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results: list[R] = _loads(future.result())
            except BrokenProcessPool:
                if on_crash is None:
                    raise
                pool.shutdown(wait=True)
                results = []
                for item in chunk:  # one process each, to find the item that kills its process
                    with new_pool(1) as solo:
                        try:
                            results.extend(_loads(solo.submit(_run_chunk, func, [item]).result()))
                        except BrokenProcessPool:
                            results.append(on_crash(item, "the worker process died while working on it"))
                pool = new_pool(workers)
                pending = deque((c, f if _succeeded(f) else pool.submit(_run_chunk, func, c)) for c, f in pending)
            yield from results
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True)


def _loads(data: bytes) -> Any:
    """Unpickle a chunk of results with the garbage collector paused.

    A chunk is tens of thousands of new objects and no reference cycles; the
    collector's passes over them, triggered by the allocations alone, cost the
    parent twice what unpickling does, and the parent shares the cores with the
    workers. The collector is switched back on if it was on.
    """
    import gc
    import pickle

    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()


def _succeeded(future: Future[bytes]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _start_worker() -> None:
    """Keep the garbage collector off what a forked worker inherits from its parent.

    Scanning those objects would touch, and so copy, every page the worker
    shares with the parent; frozen, they stay shared and the scans stay short.
    """
    import gc

    gc.freeze()
