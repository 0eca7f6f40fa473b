"""Dask: parse a bag of texts or files on every core of a machine, or on a cluster.

Needs the ``dask`` extra (``pip install 'newsmodel[dask]'``: dask, pandas,
pyarrow); importing :mod:`newsmodel` never imports Dask. Three steps, each lazy
until ``.compute()`` or ``.to_parquet()``:

* :func:`read_articles` makes a bag of ``(name, bytes)`` pairs from a folder, a
  glob or any URL ``fsspec`` knows (``s3://bucket/wire/*.txt``);
* :func:`parse_bag` turns a bag of texts into a bag of
  :class:`~newsmodel.Article` or :class:`~newsmodel.batch.ParseFailure`, in order;
* :func:`parse_records` / :func:`parse_dataframe` turn it into flat records, one
  per input, ready for Parquet: the input's name, the error if any, the
  ``articles`` table row of :mod:`newsmodel.export.tables`, and the whole
  article as JSON (``article``, which :func:`newsmodel.from_json` reads back).

A bag item may be a text (``str`` or UTF-8 ``bytes``), a ``(name, text)`` pair,
or a dict with ``"text"`` and optional ``"id"`` (a JSON Lines record), so
``db.read_text("texts-*.jsonl").map(json.loads)`` works as input too.

Every function shipped to the workers is a module-level function or a
``functools.partial`` of one, and every result is a plain attrs object or dict,
so the graph pickles with the standard library's pickle, not only cloudpickle.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from functools import cache, partial
from typing import TYPE_CHECKING, Any, cast

from newsmodel.batch import ParseFailure, parse_or_fail
from newsmodel.formats.registry import registry
from newsmodel.model import Article
from newsmodel.serialize import to_json

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["parse_bag", "parse_dataframe", "parse_records", "read_articles", "record_columns"]

Entry = Any
"""A bag item: ``str`` / ``bytes``, a ``(name, text)`` pair, or a ``{"text": ..., "id": ...}`` dict."""


def _module(name: str) -> Any:
    """An optional dependency, imported on first use (Dask's API is untyped, so it is handled as ``Any``)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise ImportError(f"newsmodel.integrations.dask needs {name.split('.')[0]}: "
                          "pip install 'newsmodel[dask]'") from None


def read_articles(paths: str | os.PathLike[str] | Sequence[str], *, npartitions: int | None = None) -> dask.bag.Bag:
    """A bag of ``(name, raw bytes)`` for each article file; the files are read by the workers.

    ``paths`` is a local folder (every file in it, recursively, in name order,
    hidden ones skipped, as the command line reads folders), or a path, glob or
    URL ``fsspec`` understands, or a list of those. Bytes are decoded as UTF-8 in
    :func:`parse_bag`, so an undecodable file becomes a failure record, not a crash.
    """
    db = _module("dask.bag")
    if isinstance(paths, (str, os.PathLike)) and os.path.isdir(paths):
        names = _walk(os.fspath(paths))
        if not names:
            raise FileNotFoundError(f"no files in {os.fspath(paths)}")
        return cast("dask.bag.Bag", db.from_sequence(names, npartitions=npartitions).map(_read_local))
    urls = os.fspath(paths) if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    files = _module("fsspec").open_files(urls, mode="rb")
    if not files:
        raise FileNotFoundError(f"no files match {paths!r}")
    return cast("dask.bag.Bag", db.from_sequence(list(files), npartitions=npartitions).map(_read_open_file))


def _walk(folder: str) -> list[str]:
    names: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
    return names


def _read_local(path: str) -> tuple[str, bytes]:
    with open(path, "rb") as f:
        return path, f.read()


def _read_open_file(file: Any) -> tuple[str, bytes]:
    with file as f:
        return str(file.path), bytes(f.read())


def _split(entry: Entry) -> tuple[str | None, object]:
    """``(name, text)`` of a bag item."""
    if isinstance(entry, (tuple, list)) and len(entry) == 2 and isinstance(entry[0], str):
        return entry[0], entry[1]
    if isinstance(entry, dict):
        name = entry.get("id")
        return (None if name is None else str(name)), entry.get("text")
    return None, entry


def _parse_entry(entry: Entry, format: str | None) -> Article | ParseFailure:
    name, text = _split(entry)
    return parse_or_fail(text, format, name=name)


def parse_bag(bag: dask.bag.Bag, *, format: str | None = None) -> dask.bag.Bag:
    """A bag of :class:`~newsmodel.Article` (or :class:`~newsmodel.batch.ParseFailure`), one per item, in order.

    A failure keeps the item's name (from a ``(name, text)`` pair or a dict's
    ``id``); its ``index`` is ``None``, since a partition does not know its
    place in the whole bag. ``format`` forces a wire format for every item.
    """
    if format is not None:
        registry.get(format)  # an unknown name fails now, not once per article on the cluster
    items: Any = bag
    return cast("dask.bag.Bag", items.map(partial(_parse_entry, format=format)))


def parse_records(bag: dask.bag.Bag, *, format: str | None = None) -> dask.bag.Bag:
    """A bag of flat dicts, one per item, with the columns of :func:`record_columns`."""
    if format is not None:
        registry.get(format)
    items: Any = bag
    return cast("dask.bag.Bag", items.map(partial(_record_of_entry, format=format)))


def _record_of_entry(entry: Entry, format: str | None) -> dict[str, Any]:
    name, text = _split(entry)
    return _record(name, parse_or_fail(text, format, name=name))


def _record(name: str | None, result: Article | ParseFailure) -> dict[str, Any]:
    from newsmodel.export.tables import to_records

    columns = record_columns()
    row: dict[str, Any] = dict.fromkeys(columns)
    row["input"] = name
    if isinstance(result, ParseFailure):
        row["error_type"], row["error"] = result.error_type, result.message
        return row
    try:
        row.update(to_records(result)["articles"][0])
        row["article"] = to_json(result)
    except Exception as exc:  # noqa: BLE001 - an article that cannot be written is one failure
        row = dict.fromkeys(columns)
        row.update(input=name, error_type=type(exc).__name__, error=str(exc))
    return row


@cache
def record_columns() -> dict[str, str]:
    """Column name -> pandas dtype of the records: ``input``, ``error_type``, ``error``, the
    ``articles`` table columns of :mod:`newsmodel.export.tables`, and ``article`` (the JSON).

    Text is ``"string"``, counts ``"Int64"`` (empty for failures), flags ``"boolean"``.
    """
    from newsmodel.examples import sample_text
    from newsmodel.export.tables import COLUMNS, to_records
    from newsmodel.pipeline import parse_article

    # The types of the table's columns, read off a real row (the bundled sample article).
    sample = to_records(parse_article(sample_text()))["articles"][0]
    table = {c: _dtype(sample.get(c)) for c in COLUMNS["articles"]}
    return {"input": "string", "error_type": "string", "error": "string", **table, "article": "string"}


def _dtype(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    return "Int64" if isinstance(value, int) else "string"


def _frame(records: list[dict[str, Any]]) -> pandas.DataFrame:
    columns = record_columns()
    frame = _module("pandas").DataFrame.from_records(records, columns=list(columns))
    return cast("pandas.DataFrame", frame.astype(columns))


def parse_dataframe(bag: dask.bag.Bag, *, format: str | None = None) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of :func:`parse_records`, typed so every partition writes the same Parquet schema.

    >>> import dask.bag as db  # doctest: +SKIP
    >>> from newsmodel.integrations.dask import parse_dataframe, read_articles  # doctest: +SKIP
    >>> parse_dataframe(read_articles("wire/")).to_parquet("parsed/")  # doctest: +SKIP
    """
    delayed = _module("dask").delayed
    records: Any = parse_records(bag, format=format)
    parts = [delayed(_frame)(part) for part in records.to_delayed()]
    return cast("dask.dataframe.DataFrame", _module("dask.dataframe").from_delayed(parts, meta=_frame([])))
