"""The Dask integration on Dask's local schedulers: bags of texts or files to articles, records and Parquet."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from newsmodel import Article, ParseFailure, UnknownFormatError, from_json, parse_article  # noqa: E402
from newsmodel.examples import sample_text  # noqa: E402
from newsmodel.integrations import dask as nd  # noqa: E402

TEXTS = [
    "Rain expected\n\nIt will rain on Monday, forecasters said.",
    "WASHINGTON (AP) _ The Senate met on Monday.",
    sample_text(),
    "LONDON, March 3 (Reuters) - Acme Corp said it would build a plant by 2024.",
]


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    folder = tmp_path / "wire"
    (folder / "sub").mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        (folder / ("sub" if i == 3 else ".") / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe broken")
    return folder


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes"])
def test_parse_bag_gives_parse_article_results_in_order(scheduler: str) -> None:
    bag = db.from_sequence(TEXTS * 2, npartitions=3)
    results = nd.parse_bag(bag).compute(scheduler=scheduler)
    assert results == [parse_article(t) for t in TEXTS * 2]


def test_failures_are_named_records_in_place() -> None:
    bag = db.from_sequence([("a", TEXTS[0]), ("b", b"\xff"), {"id": 9, "text": TEXTS[1]}, {"text": None}],
                           npartitions=2)
    results = nd.parse_bag(bag).compute(scheduler="sync")
    assert results[0] == parse_article(TEXTS[0])
    assert results[2] == parse_article(TEXTS[1])
    assert results[1] == ParseFailure(None, "b", "DecodeError", results[1].message)
    assert isinstance(results[3], ParseFailure) and results[3].error_type == "InputTypeError"


def test_read_articles_reads_a_folder_like_the_command_line(wire: Path) -> None:
    pairs = nd.read_articles(wire, npartitions=2).compute(scheduler="sync")
    assert [Path(name).relative_to(wire).as_posix() for name, _ in pairs] == [
        "0.txt", "1.txt", "2.txt", "bad.txt", "sub/3.txt"]
    assert pairs[0][1] == TEXTS[0].encode("utf-8")


def test_read_articles_takes_a_glob(wire: Path) -> None:
    pairs = nd.read_articles(str(wire / "*.txt")).compute(scheduler="sync")
    assert sorted(Path(name).name for name, _ in pairs) == ["0.txt", "1.txt", "2.txt", "bad.txt"]


def test_read_articles_with_nothing_there(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        nd.read_articles(tmp_path)
    with pytest.raises(FileNotFoundError):
        nd.read_articles(str(tmp_path / "*.txt"))


def test_dataframe_on_the_process_scheduler(wire: Path) -> None:
    frame = nd.parse_dataframe(nd.read_articles(wire, npartitions=2)).compute(scheduler="processes")
    assert list(frame.columns) == list(nd.record_columns())
    assert [Path(name).name for name in frame["input"]] == ["0.txt", "1.txt", "2.txt", "bad.txt", "3.txt"]
    rows = frame.set_index(frame["input"].map(lambda name: Path(name).name))
    assert rows.loc["bad.txt", "error_type"] == "DecodeError"
    assert pd.isna(rows.loc["bad.txt", "article"]) and pd.isna(rows.loc["bad.txt", "people"])
    assert from_json(rows.loc["2.txt", "article"]) == parse_article(TEXTS[2])
    assert rows.loc["2.txt", "people"] == len(parse_article(TEXTS[2]).people)
    assert pd.isna(rows.loc["2.txt", "error_type"])


def test_dataframe_to_parquet_and_back(wire: Path, tmp_path: Path) -> None:
    out = tmp_path / "parsed"
    nd.parse_dataframe(nd.read_articles(wire, npartitions=3)).to_parquet(out, write_index=False,
                                                                         compute_kwargs={"scheduler": "sync"})
    frame = pd.read_parquet(out)
    assert len(frame) == 5
    articles = [from_json(a) for a in frame["article"] if isinstance(a, str)]
    assert sorted(a.text for a in articles) == sorted(TEXTS)


def test_records_from_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "texts.jsonl"
    path.write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                    encoding="utf-8")
    records = nd.parse_records(db.read_text(str(path)).map(json.loads)).compute(scheduler="sync")
    assert [r["input"] for r in records] == ["t0", "t1", "t2", "t3"]
    assert [r["format"] for r in records] == [parse_article(t).format for t in TEXTS]


def test_forced_and_unknown_format() -> None:
    bag = db.from_sequence(TEXTS[:2])
    assert {a.format for a in nd.parse_bag(bag, format="plain").compute(scheduler="sync")} == {"plain"}
    with pytest.raises(UnknownFormatError):
        nd.parse_bag(bag, format="no-such-format")
    with pytest.raises(UnknownFormatError):
        nd.parse_dataframe(bag, format="no-such-format")


def test_the_work_pickles_with_the_standard_library() -> None:
    """What goes to the workers needs no cloudpickle: module-level functions and partials of them."""
    for fn in (partial(nd._parse_entry, format=None), partial(nd._record_of_entry, format="plain"), nd._read_local,
               nd._frame):
        assert pickle.loads(pickle.dumps(fn))
    article = parse_article(sample_text())
    assert pickle.loads(pickle.dumps(article)) == article
    assert isinstance(pickle.loads(pickle.dumps(nd._parse_entry(("x", b"\xff"), None))), ParseFailure)
    assert isinstance(nd._parse_entry(TEXTS[0], None), Article)


def test_importing_newsmodel_does_not_import_dask() -> None:
    code = "import sys, newsmodel; print(sorted(m for m in ('dask', 'pandas', 'pyarrow') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert proc.stdout.strip() == "[]"


def test_the_parquet_example_parses_a_folder(wire: Path, tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[1] / "examples" / "parse_folder_to_parquet.py"
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(script), str(wire), str(out), "--workers", "2", "--partitions", "2"],
                          capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "5 articles" in proc.stdout and "1 failed" in proc.stdout
    frame = pd.read_parquet(out)
    assert sorted(frame["error_type"].dropna()) == ["DecodeError"]
