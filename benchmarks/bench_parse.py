"""Speed, growth and memory of ``parse_article``, run by hand (never a timed test).

    .venv/bin/python benchmarks/bench_parse.py [--n 1000] [--seed 0] [--json OUT]

Measures, in one run:

* throughput (articles/s, MB/s) of ``parse_article`` on a fixed, seeded mix of
  articles from ``../shared/corpora`` (the same number from each collection),
  against one ``re.findall(r"\\w+", text)`` pass over the same texts as the
  reference, with a per-stage and per-collection breakdown and the slowest articles;
* growth: the bundled sample article repeated x1, x10, x100;
* ``import newsmodel`` time (``python -X importtime``, best of several runs);
* peak memory of parsing one article, in a fresh process (RSS and tracemalloc);
* hostile inputs (1 MB without a newline, 100,000 quotation marks ...), each in
  its own process with a time limit, at full and half size;
* ``parse_many`` with 1 and with ``--workers`` processes.

It prints a short table with the issue's targets and can write everything as JSON.
When the corpora are absent the corpus parts are skipped and the rest still runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = Path(os.environ.get("NEWSMODEL_SHARED", REPO.parent / "shared")) / "corpora"
COLLECTIONS = ("reuters21578", "duc_aquaint", "reuters_ding2014", "bbc_mlgucd")

TARGETS = {
    "ratio_to_reference": 25.0,  # parse time / one \w+ pass
    "growth_x100": 130.0,  # time(x100) / time(x1)
    "import_ms": 150.0,
    "peak_rss_mb": 60.0,
    "speedup_2_workers": 1.7,
}

HOSTILE_LIMIT_S = 60.0

# The reference pass: one tokenizing regex over the text, the cheapest thing any text tool does.
WORDS = re.compile(r"\w+")


# --- inputs ------------------------------------------------------------------------------------------


def load_mix(corpora: Path, n: int, seed: int) -> list[tuple[str, str]]:
    """``(name, text)`` of ``n`` articles: the same number from each collection, drawn with ``seed``."""
    rng = random.Random(seed)
    present = [c for c in COLLECTIONS if (corpora / c / "articles").is_dir()]
    if not present:
        return []
    mix: list[tuple[str, str]] = []
    for i, collection in enumerate(present):
        files = sorted((corpora / collection / "articles").glob("*.txt"))
        k = n // len(present) + (1 if i < n % len(present) else 0)
        for path in rng.sample(files, min(k, len(files))):
            # errors="replace": one BBC file is Latin-1; the benchmark measures parsing, not decoding.
            mix.append((f"{collection}/{path.name}", path.read_bytes().decode("utf-8", errors="replace")))
    return mix


def hostile_inputs(scale: float = 1.0) -> dict[str, str]:
    """The issue's hostile inputs, at ``scale`` of their full size."""

    def size(n: int) -> int:
        return max(1, int(n * scale))

    sentence = 'Acting Minister John Smith (AP) said "we will build it by 2025," and Acme Corp. agreed. '
    capitals = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet",
                "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango")
    return {
        "1 MB without a newline": (sentence * (size(1_000_000) // len(sentence) + 1))[: size(1_000_000)],
        "100,000 quotation marks": '"' * size(100_000),
        "50,000 capitalised words": " ".join(capitals[i % len(capitals)] for i in range(size(50_000))),
        "10,000 nested parentheses": "(" * size(10_000) + "x" + ")" * size(10_000),
        "a million spaces": " " * size(1_000_000),
    }


def sample_text() -> str:
    from newsmodel.examples import sample_text as bundled

    return bundled()


# --- timing helpers ----------------------------------------------------------------------------------

CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
clock = time.perf_counter
"""The clock of single-process timings: wall time, or with ``--clock cpu`` this process's CPU time,
which other work on a shared machine barely disturbs. parse_many's speed-up is always wall time."""


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other work on the machine)."""
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def per_call(fn: Callable[[], object], min_total: float = 0.3, repeat: int = 5) -> float:
    """Seconds per call of a fast function: enough calls to last ``min_total``, best of ``repeat``."""
    t0 = clock()
    fn()
    once = clock() - t0
    calls = max(1, int(min_total / max(once, 1e-6) / repeat))
    return best_of(repeat, lambda: [fn() for _ in range(calls)]) / calls


def bytecode_env() -> dict[str, str]:
    """The environment for fresh interpreters, with compiled bytecode cached as users have it.

    Without the cache (``PYTHONDONTWRITEBYTECODE`` set, or a source just edited)
    every start compiles every module again, which costs time and, for the larger
    modules, tens of MB of peak memory that no installed copy would spend.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import newsmodel"], cwd=REPO, check=True, env=env)
    return env


def run_python(code: str, timeout: float, stdin: str = "") -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          cwd=REPO, check=False, input=stdin, encoding="utf-8", env=bytecode_env())
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --- measurements ------------------------------------------------------------------------------------


def measure_mix(mix: list[tuple[str, str]], repeat: int) -> dict[str, Any]:
    from newsmodel import parse_article

    texts = [t for _, t in mix]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    errors: list[str] = []

    def parse_all() -> None:
        for name, text in mix:
            try:
                parse_article(text)
            except Exception as exc:  # noqa: BLE001 - a crash is reported, not raised
                if len(errors) < 20:
                    errors.append(f"{name}: {type(exc).__name__}: {exc}")

    parse_all()  # warm-up: lexicons load on first use
    errors.clear()
    t_ref = best_of(repeat, lambda: [WORDS.findall(t) for t in texts])
    t_parse = best_of(repeat, parse_all)
    return {
        "articles": len(texts),
        "megabytes": n_bytes / 1e6,
        "reference_s": t_ref,
        "reference_articles_per_s": len(texts) / t_ref,
        "parse_s": t_parse,
        "articles_per_s": len(texts) / t_parse,
        "mb_per_s": n_bytes / 1e6 / t_parse,
        "ratio_to_reference": t_parse / t_ref,
        "errors": errors,
    }


def measure_breakdown(mix: list[tuple[str, str]]) -> dict[str, Any]:
    """Where the time goes: format detection, the format's parser and each stage; per collection; slowest."""
    from newsmodel.formats.registry import registry
    from newsmodel.pipeline import STAGES
    from newsmodel.text import coerce_text

    steps: dict[str, float] = defaultdict(float)
    by_collection: dict[str, list[float]] = defaultdict(list)
    by_format: dict[str, float] = defaultdict(float)
    slowest: list[tuple[float, str, int]] = []
    for name, raw in mix:
        try:
            t0 = clock()
            text = coerce_text(raw)
            wire = registry.detect(text)
            t1 = clock()
            article = wire.parse(text)
            t2 = clock()
            steps["detect"] += t1 - t0
            steps[f"format parse ({wire.name})"] += t2 - t1
            by_format[wire.name] += t2 - t1
            for stage in STAGES:
                s0 = clock()
                article = stage(article)
                steps[stage.__name__] += clock() - s0
            total = clock() - t0
        except Exception:  # noqa: BLE001 - errors are counted by measure_mix
            continue
        by_collection[name.split("/")[0]].append(total)
        slowest.append((total, name, len(raw)))
    slowest.sort(reverse=True)
    n = len(mix)
    return {
        "ms_per_article_by_step": {k: v / n * 1000 for k, v in sorted(steps.items(), key=lambda kv: -kv[1])},
        "articles_per_s_by_collection": {k: len(v) / sum(v) for k, v in sorted(by_collection.items())},
        "median_ms_by_collection": {k: statistics.median(v) * 1000 for k, v in sorted(by_collection.items())},
        "slowest": [{"article": name, "ms": t * 1000, "chars": size} for t, name, size in slowest[:5]],
    }


def measure_growth(base: str) -> dict[str, Any]:
    from newsmodel import parse_article

    times = {k: per_call(lambda k=k: parse_article("\n\n".join([base] * k)), min_total=0.5 if k < 100 else 0.0,
                         repeat=5 if k < 100 else 3)
             for k in (1, 10, 100)}
    return {
        "chars_x1": len(base),
        "seconds": {f"x{k}": t for k, t in times.items()},
        "growth_x10": times[10] / times[1],
        "growth_x100": times[100] / times[1],
    }


def measure_import(runs: int = 7) -> dict[str, Any]:
    """``import newsmodel`` in a fresh interpreter: cumulative microseconds from ``-X importtime``.

    Measured as users meet it, with compiled bytecode cached (:func:`bytecode_env`);
    the best of ``runs`` counts.
    """
    env = bytecode_env()
    samples = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import newsmodel"], capture_output=True,
                              text=True, cwd=REPO, check=True, env=env)
        line = [ln for ln in proc.stderr.splitlines() if ln.rstrip().endswith("| newsmodel")][-1]
        samples.append(int(line.split("|")[1]) / 1000)
    cpu = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", "import time; c = time.process_time(); import newsmodel; "
                               "print(time.process_time() - c)"], capture_output=True, text=True, cwd=REPO, check=True,
                              env=env)
        cpu.append(float(proc.stdout) * 1000)
    heavy = subprocess.run([sys.executable, "-c", "import sys, newsmodel; print(' '.join(sorted(m for m in "
                            "('dask', 'pandas', 'pyarrow', 'concurrent.futures.process', 'multiprocessing.pool') "
                            "if m in sys.modules)))"], capture_output=True, text=True, cwd=REPO, check=True)
    return {"import_ms": min(samples), "import_ms_median": statistics.median(samples), "import_cpu_ms": min(cpu),
            "heavy_modules_loaded": heavy.stdout.split()}


# The process's own peak RSS. Linux's ru_maxrss is no good here: a child started from a large
# parent reports the parent's size, the high-water mark of the memory it had before exec.
PEAK_RSS_CODE = """
def peak_rss_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource, sys
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
"""


def measure_memory(texts: dict[str, str]) -> dict[str, Any]:
    """Peak memory of parsing one article in a fresh process: whole-process RSS, and Python allocations."""
    out: dict[str, Any] = {}
    for label, text in texts.items():
        rss = run_python(PEAK_RSS_CODE + (
            "import json, sys, newsmodel\n"
            "text = sys.stdin.read()\n"
            "before = peak_rss_mb()\n"
            "newsmodel.parse_article(text)\n"
            "print(json.dumps({'rss_after_import_mb': before, 'peak_rss_mb': peak_rss_mb()}))"),
            timeout=120, stdin=text,
        )
        traced = run_python(
            "import json, sys, tracemalloc, newsmodel\n"
            "text = sys.stdin.read()\n"
            "tracemalloc.start()\n"
            "newsmodel.parse_article(text)\n"
            "print(json.dumps({'traced_peak_mb': tracemalloc.get_traced_memory()[1] / 1e6}))",
            timeout=120, stdin=text,
        )
        out[label] = {"chars": len(text), **rss, **traced}
    return out


HOSTILE_CODE = """
import json, sys, time
sys.path.insert(0, {bench_dir!r})
from bench_parse import hostile_inputs
import newsmodel
text = hostile_inputs({scale!r})[{name!r}]
t0 = time.{clock}()
newsmodel.parse_article(text)
print(json.dumps({{"seconds": time.{clock}() - t0}}))
"""


def measure_hostile(limit: float = HOSTILE_LIMIT_S) -> dict[str, Any]:
    """Each hostile input in its own process (so a runaway regex is stopped), at full and half size."""
    out: dict[str, Any] = {}
    bench_dir = str(Path(__file__).resolve().parent)
    for name in hostile_inputs(0.001):
        row: dict[str, Any] = {}
        for scale, key in ((1.0, "seconds"), (0.5, "seconds_half")):
            code = HOSTILE_CODE.format(bench_dir=bench_dir, scale=scale, name=name, clock=clock.__name__)
            try:
                row[key] = run_python(code, timeout=limit)["seconds"]
            except subprocess.TimeoutExpired:
                row[key] = None
                row["error"] = f"no result within {limit:.0f} s at scale {scale}"
                break
            except RuntimeError as exc:
                row[key] = None
                row["error"] = f"crashed at scale {scale}: {exc}"
                break
        if row.get("seconds") and row.get("seconds_half"):
            row["full_over_half"] = row["seconds"] / row["seconds_half"]
        out[name] = row
    return out


def measure_batch(texts: Sequence[str], workers: int, repeat: int) -> dict[str, Any]:
    """Wall time of parse_many with 1 and ``workers`` processes, and the CPU both spend (this process + workers).

    On a shared, busy machine the wall-time speed-up says little; the CPU totals
    do not depend on the load, and ``workers * cpu_1 / cpu_n`` is the speed-up
    the same work reaches on idle cores if it is spread evenly.
    """
    import resource

    from newsmodel import parse_many

    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    def run(n: int) -> tuple[float, float]:
        walls, cpus = [], []
        for _ in range(repeat):
            c0, t0 = cpu(), time.perf_counter()
            list(parse_many(texts, workers=n))
            walls.append(time.perf_counter() - t0)
            cpus.append(cpu() - c0)  # the pool's workers are reaped when it shuts down, so they count here
        return min(walls), min(cpus)

    list(parse_many(texts[:50], workers=workers))  # warm the pool's code paths
    t1, c1 = run(1)
    tn, cn = run(workers)
    return {"articles": len(texts), "workers": workers, "cores": os.cpu_count(), "seconds_1_worker": t1,
            "seconds_n_workers": tn, "speedup": t1 / tn, "cpu_s_1_worker": c1, "cpu_s_n_workers": cn,
            "speedup_on_idle_cores": workers * c1 / cn}


# --- report ------------------------------------------------------------------------------------------


def verdict(value: float | None, target: float, higher_is_better: bool = False) -> str:
    if value is None:
        return "n/a"
    ok = value >= target if higher_is_better else value <= target
    return "ok" if ok else "MISSED"


def print_report(r: dict[str, Any]) -> None:
    def row(what: str, value: str, target: str = "", status: str = "") -> None:
        print(f"  {what:<38} {value:>22}  {target:<14} {status}")

    print(f"newsmodel {r['version']} on Python {r['python']}, {r['cores']} cores; seed {r['seed']}; "
          f"{r['clock']} clock; load average {r['load_average']}")
    mix = r.get("mix")
    if mix:
        print(f"\nMix: {mix['articles']} articles, {mix['megabytes']:.2f} MB from {r['corpora']}")
        row("reference \\w+ pass", f"{mix['reference_articles_per_s']:,.0f} art/s")
        row("parse_article", f"{mix['articles_per_s']:,.0f} art/s")
        row("throughput", f"{mix['mb_per_s']:.2f} MB/s")
        row("parse / reference", f"{mix['ratio_to_reference']:.1f}x", "<= 25x",
            verdict(mix["ratio_to_reference"], TARGETS["ratio_to_reference"]))
        if mix["errors"]:
            print(f"  {len(mix['errors'])} articles raised, e.g. {mix['errors'][0]}")
        bd = r["breakdown"]
        print("  time per article by step: " + ", ".join(
            f"{k} {v:.3f} ms" for k, v in bd["ms_per_article_by_step"].items()))
        print("  articles/s by collection: " + ", ".join(
            f"{k} {v:,.0f}" for k, v in bd["articles_per_s_by_collection"].items()))
        print("  slowest: " + ", ".join(f"{s['article']} {s['ms']:.1f} ms ({s['chars']:,} chars)"
                                        for s in bd["slowest"][:3]))
    elif "mix" in r.get("skipped", ()):
        print("\nMix: skipped (--skip mix)")
    else:
        print(f"\nMix: skipped: no corpora under {r['corpora']} (pass --corpora PATH)")
    g = r.get("growth")
    if g:
        print_growth(g, row)
    imp = r.get("import")
    print("\nFootprint:")
    if imp:
        row("import newsmodel (-X importtime)", f"{imp['import_ms']:.0f} ms", "<= 150 ms",
            verdict(imp["import_ms"], TARGETS["import_ms"]))
        row("  CPU time of the import", f"{imp['import_cpu_ms']:.0f} ms", "<= 150 ms",
            verdict(imp["import_cpu_ms"], TARGETS["import_ms"]))
        if imp["heavy_modules_loaded"]:
            print(f"  heavy modules loaded at import: {', '.join(imp['heavy_modules_loaded'])}")
    for label, m in (r.get("memory") or {}).items():
        row(f"peak RSS, one article ({label})", f"{m['peak_rss_mb']:.1f} MB", "< 60 MB",
            verdict(m["peak_rss_mb"], TARGETS["peak_rss_mb"] - 1e-9))
        row("  of it allocated by the parse", f"{m['traced_peak_mb']:.1f} MB")
    if r.get("hostile"):
        print("\nHostile inputs (each in its own process):")
    for name, h in (r.get("hostile") or {}).items():
        if h.get("error"):
            row(name, h["error"], "", "MISSED")
        else:
            row(name, f"{h['seconds'] * 1000:,.0f} ms", f"full/half {h.get('full_over_half', 0):.1f}")
    b = r.get("batch")
    if b:
        print(f"\nparse_many on {b['articles']} articles, {b['cores']} cores:")
        row("1 worker", f"{b['seconds_1_worker']:.2f} s")
        row(f"{b['workers']} workers", f"{b['seconds_n_workers']:.2f} s")
        row("speed-up (wall)", f"{b['speedup']:.2f}x", ">= 1.7x",
            verdict(b["speedup"], TARGETS["speedup_2_workers"], higher_is_better=True) if b["workers"] == 2 else "")
        row("CPU, 1 worker / all processes", f"{b['cpu_s_1_worker']:.2f} s / {b['cpu_s_n_workers']:.2f} s")
        row("speed-up on idle cores (from CPU)", f"{b['speedup_on_idle_cores']:.2f}x")


def print_growth(g: dict[str, Any], row: Callable[..., None]) -> None:
    print(f"\nGrowth, the sample article ({g['chars_x1']:,} chars) repeated:")
    row("x1", f"{g['seconds']['x1'] * 1000:.2f} ms")
    row("x10", f"{g['growth_x10']:.1f}x the time")
    row("x100", f"{g['growth_x100']:.1f}x the time", "<= 130x", verdict(g["growth_x100"], TARGETS["growth_x100"]))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=1000, help="articles in the mix (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="seed that draws the mix (default 0)")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="the shared corpora folder")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts (default 3)")
    ap.add_argument("--workers", type=int, default=2, help="processes for the parse_many comparison (default 2)")
    ap.add_argument("--skip", nargs="*", default=[], choices=["mix", "growth", "import", "memory", "hostile", "batch"],
                    help="parts to leave out")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                    help="time single-process work by wall clock (default) or by CPU time, which a busy shared "
                         "machine disturbs less")
    ap.add_argument("--json", metavar="OUT", type=Path, help="also write the results as JSON")
    args = ap.parse_args(argv)
    global clock
    clock = CLOCKS[args.clock]

    import newsmodel

    mix = load_mix(args.corpora, args.n, args.seed) if "mix" not in args.skip else []
    result: dict[str, Any] = {
        "version": newsmodel.__version__, "python": platform.python_version(), "cores": os.cpu_count(),
        "seed": args.seed, "corpora": str(args.corpora), "targets": TARGETS, "clock": args.clock,
        "skipped": sorted(args.skip),
        "generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a",
    }
    if mix:
        result["mix"] = measure_mix(mix, args.repeat)
        result["breakdown"] = measure_breakdown(mix)
    base = sample_text()
    result["growth"] = measure_growth(base) if "growth" not in args.skip else None
    result["import"] = measure_import() if "import" not in args.skip else None
    if "memory" not in args.skip:
        one = {"sample": base}
        if mix:
            name, text = max(mix, key=lambda m: len(m[1]))
            one[f"largest in mix: {name}"] = text
        result["memory"] = measure_memory(one)
    result["hostile"] = measure_hostile() if "hostile" not in args.skip else {}
    if "batch" not in args.skip:
        texts = [t for _, t in mix] if mix else [base] * args.n
        result["batch"] = measure_batch(texts, args.workers, args.repeat)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
