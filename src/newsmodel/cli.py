"""The command line: ``newsmodel parse INPUT... [--jobs N]``. The only module that does I/O.

An input is an article file, ``-`` for standard input, a directory (every
file in it, recursively, in name order; hidden ones skipped) or a JSON Lines
file (``.jsonl`` / ``.ndjson``) of texts, one per line: a JSON string or an
object ``{"text": ..., "id": ...}`` (``id`` optional, other keys ignored).

One article file (or ``-``) is written as one JSON document; an
unreadable or undecodable file ends with a non-zero exit status and a one-line
message naming it. Anything else is written as JSON Lines, one record per
article, in input order::

    {"input": "wire/a.txt", "article": {...}}
    {"input": "texts.jsonl:7", "id": "abc", "article": {...}}
    {"input": "wire/b.txt", "error": {"type": "DecodeError", "message": "..."}}

``input`` names where the text came from (a path, or ``path:line`` for a JSON
Lines record) and ``id`` repeats the record's own id, so results join back to
their sources; ``article`` is exactly :func:`newsmodel.to_dict` output. An
article that fails gives an ``error`` record and a line on standard error, and
the batch goes on; the exit status is then 1. ``--jobs N`` parses in N
processes. A progress bar is drawn on standard error when it is a terminal.

``--to`` picks what is written for each article: ``json`` (the default, as
above), ``jsonl`` (JSON Lines records even for one file), ``ninjs`` or
``jsonld`` (the export document, alone for one file, as the ``article`` of each
record otherwise), or ``csv`` (one header, then each article's rows of
``--table``; a failed article leaves no row).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple, TextIO

from newsmodel.batch import map_ordered, parse_or_fail
from newsmodel.errors import NewsmodelError
from newsmodel.export._render import TARGETS, Target, render
from newsmodel.export.tables import COLUMNS, TABLES
from newsmodel.formats.registry import available_formats
from newsmodel.model import Article
from newsmodel.pipeline import parse_article
from newsmodel.serialize import to_json
from newsmodel.text import coerce_text

__all__ = ["main"]

PROG = "newsmodel"

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
"""Files with these endings hold texts, one JSON record per line, instead of one article."""


class _Failure(Exception):
    """A problem that stops the command, reported as one line."""


def _read(path: str) -> tuple[str, str]:
    """``(name, text)`` of a file, or of standard input for ``-``."""
    if path == "-":
        raw = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise _Failure(f"cannot read {path}: {exc.strerror or exc}") from None
        name = path
    try:
        return name, coerce_text(raw)
    except NewsmodelError as exc:
        raise _Failure(f"cannot decode {name}: {exc}") from None


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=PROG, description="Turn raw news wire copy into typed JSON.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse articles and write JSON (one file) or JSON Lines (several, directories, .jsonl)",
        description="Parse article files, directories of them, or JSON Lines files of texts.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="article file, - for standard input, directory, or .jsonl file of texts")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--format", metavar="NAME", help="force a wire format instead of detecting it")
    p.add_argument("--indent", type=int, default=None, help="indent a single JSON document")
    p.add_argument("--to", choices=TARGETS, default="json",
                   help="what to write: newsmodel's JSON (json; jsonl for JSON Lines even for one file), "
                        "IPTC ninjs, schema.org JSON-LD, or CSV (default json)")
    p.add_argument("--table", choices=TABLES, default="articles",
                   help="with --to csv: which table to write (default articles)")
    p.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                   help="parse in N processes (0: one per core; default 1)")
    e = sub.add_parser("example", help="parse the bundled sample article and print its JSON")
    e.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    sub.add_parser("formats", help="list the wire formats that can be parsed")
    return ap


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a number of processes (0 for one per core), got {value!r}")
    return n


# --- Batch input: what to parse, named so results join back to it ----------------------------------


class _Item(NamedTuple):
    """One text to parse, as it crosses to a worker: raw bytes, so decoding happens there too."""

    name: str
    raw: bytes
    json_record: bool  # a line of a JSON Lines file rather than a whole article file
    problem: str | None = None  # why it could not be read, if it could not


class _Outcome(NamedTuple):
    """What a worker sends back for one item: the encoded article, or the error."""

    name: str
    id: str | int | None
    payload: str | None
    error_type: str | None = None
    message: str | None = None


def _expand(inputs: Sequence[str]) -> list[str]:
    """Every path to read, in order: directories walked in name order; a missing input stops here."""
    paths: list[str] = []
    for arg in inputs:
        if arg == "-":
            paths.append(arg)
        elif os.path.isdir(arg):
            found = len(paths)
            for folder, dirs, files in os.walk(arg):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                paths.extend(os.path.join(folder, f) for f in sorted(files) if not f.startswith("."))
            if len(paths) == found:
                raise _Failure(f"no files to parse in {arg}")
        elif os.path.isfile(arg):
            paths.append(arg)
        else:
            try:
                Path(arg).read_bytes()  # for the system's own words: "No such file or directory" ...
            except OSError as exc:
                raise _Failure(f"cannot read {arg}: {exc.strerror or exc}") from None
            paths.append(arg)  # a readable special file, such as /dev/stdin
    return paths


def _is_json_lines(path: str) -> bool:
    return path.endswith(JSON_LINES_SUFFIXES)


def _items(paths: Sequence[str]) -> Iterator[_Item]:
    """The texts in ``paths``, lazily: a directory of a million files is never all in memory."""
    for path in paths:
        if path == "-":
            yield _Item("<stdin>", sys.stdin.buffer.read(), False)
            continue
        if not _is_json_lines(path):
            try:
                yield _Item(path, Path(path).read_bytes(), False)
            except OSError as exc:
                yield _Item(path, b"", False, f"cannot read {path}: {exc.strerror or exc}")
            continue
        try:
            with open(path, "rb") as lines:
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        yield _Item(f"{path}:{number}", line, True)
        except OSError as exc:
            yield _Item(path, b"", False, f"cannot read {path}: {exc.strerror or exc}")


def _record_text(raw: bytes) -> tuple[str, str | int | None]:
    """``(text, id)`` of a JSON Lines record: a JSON string, or an object with ``text`` and maybe ``id``."""
    try:
        record = json.loads(raw)
    except ValueError as exc:  # UnicodeDecodeError is a ValueError too
        raise ValueError(f"not a JSON record: {exc}") from None
    if isinstance(record, str):
        return record, None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('expected a JSON string or an object with a "text" string')
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        raise ValueError(f'"id" must be a string or an integer, got {type(record_id).__name__}')
    return record["text"], record_id


def _parse_item(item: _Item, format: str | None, to: Target = "json", table: str = "articles") -> _Outcome:
    """Worker side: decode, parse and encode one item; every failure becomes an error outcome."""
    if item.problem is not None:
        return _Outcome(item.name, None, None, "OSError", item.problem)
    text: str | bytes = item.raw
    record_id = None
    if item.json_record:
        try:
            text, record_id = _record_text(item.raw)
        except ValueError as exc:
            return _Outcome(item.name, None, None, "RecordError", str(exc))
    result = parse_or_fail(text, format, name=item.name)
    if isinstance(result, Article):
        try:
            return _Outcome(item.name, record_id, _encode(result, to, table))
        except Exception as exc:  # noqa: BLE001 - an article that cannot be written is one failure
            return _Outcome(item.name, record_id, None, type(exc).__name__, str(exc))
    return _Outcome(item.name, record_id, None, result.error_type, result.message)


def _crashed(item: _Item, reason: str) -> _Outcome:
    """The outcome of an item whose worker process died (killed by the system, say)."""
    return _Outcome(item.name, None, None, "WorkerCrash", reason)


# --- Output: exports plug in by replacing these two small functions ---------------------------------


def _encode(article: Article, to: Target = "json", table: str = "articles") -> str:
    """An article as the text of its output record (runs in the workers, so it must stay picklable).

    For ``--to csv`` these are the article's rows of ``table`` without the header.
    """
    return render(article, to, table=table, header=False)


def _write_record(out: TextIO, outcome: _Outcome, to: Target = "json") -> None:
    """One JSON Lines record: the input's name, its id if it had one, then the article or the error.

    With ``--to csv`` the article's rows instead, and nothing for a failure (it is reported on stderr).
    """
    if to == "csv":
        if outcome.payload:
            out.write(outcome.payload + "\n")
        return
    head = '{"input": ' + json.dumps(outcome.name, ensure_ascii=False)
    if outcome.id is not None:
        head += ', "id": ' + json.dumps(outcome.id, ensure_ascii=False)
    if outcome.payload is not None:
        out.write(head + ', "article": ' + outcome.payload + "}\n")
    else:
        error = json.dumps({"type": outcome.error_type, "message": outcome.message}, ensure_ascii=False)
        out.write(head + ', "error": ' + error + "}\n")


# --- Progress ---------------------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on a terminal (standard error); nothing at all on a pipe or file."""

    WIDTH = 24

    def __init__(self, stream: TextIO, total: int | None, *, interval: float = 0.1) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.failed = 0
        self.interval = interval
        self.enabled = _is_terminal(stream)
        self._start = time.monotonic()
        self._last = 0.0

    def update(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def message(self, line: str) -> None:
        """Print a line above the bar (the bar is redrawn on the next update)."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self._start, 1e-9)
        text = f"{self.done}"
        if self.total:
            filled = self.WIDTH * min(self.done, self.total) // self.total
            text = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total}"
        text += f" articles, {rate:,.0f}/s"
        if self.failed:
            text += f", {self.failed} failed"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# --- Commands ---------------------------------------------------------------------------------------


def _batch(paths: list[str], out: TextIO, fmt: str | None, jobs: int, to: Target = "json",
           table: str = "articles") -> int:
    """Many texts in, JSON Lines out; returns the number that failed."""
    total = None if any(_is_json_lines(p) for p in paths) else len(paths)
    progress = _Progress(sys.stderr, total)
    work = partial(_parse_item, format=fmt, to=to, table=table)
    if to == "csv":
        out.write(",".join(COLUMNS[table]) + "\n")
    try:
        for outcome in map_ordered(work, _items(paths), workers=jobs, total=total, on_crash=_crashed):
            _write_record(out, outcome, to)
            failed = outcome.payload is None
            progress.update(failed)
            if failed:
                progress.message(f"{PROG}: {_describe_failure(outcome)}")
    finally:
        progress.close()
    return progress.failed


def _describe_failure(outcome: _Outcome) -> str:
    """The one stderr line for a failed item, naming it."""
    if outcome.error_type == "OSError":
        return f"{outcome.message}"  # already "cannot read PATH: reason"
    if outcome.error_type == "DecodeError":
        return f"cannot decode {outcome.name}: {outcome.message}"
    return f"cannot parse {outcome.name}: {outcome.error_type}: {outcome.message}"


def _parse_command(args: argparse.Namespace) -> int:
    if args.format is not None and args.format not in available_formats():
        raise _Failure(f"unknown format {args.format!r}; known formats: {', '.join(available_formats())}")
    single = args.to != "jsonl" and len(args.inputs) == 1 and (args.inputs[0] == "-" or (
        os.path.isfile(args.inputs[0]) and not _is_json_lines(args.inputs[0])))
    paths = [] if single else _expand(args.inputs)
    if single:
        # Read before opening the output, so a bad input leaves no empty output file behind.
        name, text = _read(args.inputs[0])
        args.inputs = [name]

    def run(out: TextIO) -> int:
        if single:
            out.write(render(parse_article(text, format=args.format), args.to, indent=args.indent,
                             table=args.table) + "\n")
            return 0
        return _batch(paths, out, args.format, args.jobs, args.to, args.table)

    if not args.output:
        return 1 if run(sys.stdout) else 0
    try:
        with open(args.output, "w", encoding="utf-8") as out:
            return 1 if run(out) else 0
    except OSError as exc:
        raise _Failure(f"cannot write {args.output}: {exc.strerror or exc}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    if args.command == "example":
        from newsmodel.examples import sample_text

        print(to_json(parse_article(sample_text()), indent=args.indent))
        return 0
    if args.command == "formats":
        for name in available_formats():
            print(name)
        return 0
    try:
        return _parse_command(args)
    except _Failure as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`newsmodel parse wire/ | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
