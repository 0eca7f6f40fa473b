"""The command line: ``newsmodel parse FILE... | -``. The only module that does I/O.

One article is written as a JSON document, several as JSON Lines (one article
per line, in input order). Unreadable or undecodable input ends with a
non-zero exit status and a one-line message naming the file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsmodel.errors import NewsmodelError
from newsmodel.formats.registry import available_formats
from newsmodel.pipeline import parse_article
from newsmodel.serialize import to_json
from newsmodel.text import coerce_text

__all__ = ["main"]

PROG = "newsmodel"


class _Failure(Exception):
    """A problem with one input, reported as one line."""


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
    p = sub.add_parser("parse", help="parse articles and write JSON (one) or JSON Lines (several)")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="article files, or - for standard input")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--format", metavar="NAME", help="force a wire format instead of detecting it")
    p.add_argument("--indent", type=int, default=None, help="indent a single JSON document")
    e = sub.add_parser("example", help="parse the bundled sample article and print its JSON")
    e.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    sub.add_parser("formats", help="list the wire formats that can be parsed")
    return ap


def _write(out: TextIO, texts: list[tuple[str, str]], fmt: str | None, indent: int | None) -> None:
    if len(texts) == 1:
        out.write(to_json(parse_article(texts[0][1], format=fmt), indent=indent) + "\n")
        return
    for _, text in texts:
        out.write(to_json(parse_article(text, format=fmt)) + "\n")


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
        if args.format is not None and args.format not in available_formats():
            raise _Failure(f"unknown format {args.format!r}; known formats: {', '.join(available_formats())}")
        texts = [_read(p) for p in args.inputs]
        if args.output:
            try:
                with open(args.output, "w", encoding="utf-8") as out:
                    _write(out, texts, args.format, args.indent)
            except OSError as exc:
                raise _Failure(f"cannot write {args.output}: {exc.strerror or exc}") from None
        else:
            _write(sys.stdout, texts, args.format, args.indent)
    except _Failure as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
