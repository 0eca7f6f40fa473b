"""Parse a folder of wire copy into Parquet with Dask, one row per article.

    pip install 'newsmodel[dask]'
    python examples/parse_folder_to_parquet.py WIRE_FOLDER OUT_FOLDER [--workers N] [--partitions N]

Every file under WIRE_FOLDER (recursively, hidden files skipped) becomes one row:
the file name (``input``), the error if it could not be parsed, summary columns
(headline, source, dateline, counts of people, quotes, commitments ...) and the
whole article as JSON (``article``; ``newsmodel.from_json`` reads it back).
Read the result with ``pandas.read_parquet(OUT_FOLDER)``.

On one machine this uses Dask's local process scheduler; to run on a cluster,
create a ``dask.distributed.Client`` first and leave out ``--scheduler``.
"""

from __future__ import annotations

import argparse
import sys
import time

import dask
import pandas as pd

from newsmodel.integrations.dask import parse_dataframe, read_articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("folder", help="folder of article files")
    ap.add_argument("out", help="Parquet folder to write")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: one per core)")
    ap.add_argument("--partitions", type=int, default=None, help="partitions (default: Dask's choice)")
    ap.add_argument("--format", default=None, help="force a wire format instead of detecting it")
    ap.add_argument("--scheduler", default="processes", choices=["processes", "threads", "sync"],
                    help="Dask's local scheduler (default: processes)")
    args = ap.parse_args(argv)

    start = time.perf_counter()
    frame = parse_dataframe(read_articles(args.folder, npartitions=args.partitions), format=args.format)
    with dask.config.set(scheduler=args.scheduler, num_workers=args.workers):
        frame.to_parquet(args.out, write_index=False)
    seconds = time.perf_counter() - start

    written = pd.read_parquet(args.out, columns=["input", "error_type"])
    failed = written[written["error_type"].notna()]
    print(f"{len(written)} articles in {seconds:.1f} s ({len(written) / seconds:,.0f}/s) -> {args.out}; "
          f"{len(failed)} failed")
    for name, error in failed.head(10).itertuples(index=False):
        print(f"  {name}: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
