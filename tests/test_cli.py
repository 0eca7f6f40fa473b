"""The command line: one file as one JSON document, batches as named JSON Lines records, --jobs, progress."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel import from_dict, from_json, parse_article, to_json
from newsmodel.cli import _Progress, main
from newsmodel.examples import sample_text

RAIN = "Rain expected\n\nIt will rain on Monday, forecasters said.\n"
SENATE = "WASHINGTON (AP) _ The Senate met on Monday.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    """A folder of articles: two at the top, one in a subfolder, a hidden file and an undecodable one."""
    folder = tmp_path / "wire"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(RAIN, encoding="utf-8")
    (folder / "b.txt").write_text(SENATE, encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(sample_text(), encoding="utf-8")
    (folder / ".hidden.txt").write_text("not an article", encoding="utf-8")
    return folder


# --- one article: the behaviour from before batches ------------------------------------------------


def test_one_file_is_one_json_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RAIN, encoding="utf-8")
    status, out, err = run(capsys, "parse", str(path))
    assert (status, err) == (0, "")
    assert from_json(out) == parse_article(RAIN)


def test_one_file_with_indent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RAIN, encoding="utf-8")
    status, out, _ = run(capsys, "parse", "--indent", "2", str(path))
    assert status == 0
    assert out == to_json(parse_article(RAIN), indent=2) + "\n"


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RAIN.encode("utf-8"))))
    status, out, _ = run(capsys, "parse", "-")
    assert status == 0
    assert from_json(out) == parse_article(RAIN)


def test_missing_file_is_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    status, out, err = run(capsys, "parse", str(missing))
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and str(missing) in err and err.startswith("newsmodel: cannot read")


def test_missing_file_among_several_stops_before_any_output(
    wire: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    status, out, err = run(capsys, "parse", str(wire), str(missing))
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and str(missing) in err


def test_undecodable_file_is_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 owner says\n")
    status, out, err = run(capsys, "parse", str(bad))
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(f"newsmodel: cannot decode {bad}")


def test_unknown_format_lists_the_known_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RAIN, encoding="utf-8")
    status, _, err = run(capsys, "parse", "--format", "nope", str(path))
    assert status == 1 and "known formats: " in err and "plain" in err


def test_forced_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SENATE, encoding="utf-8")
    status, out, _ = run(capsys, "parse", "--format", "plain", str(path))
    assert status == 0 and from_json(out).format == "plain"


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, target = tmp_path / "a.txt", tmp_path / "out.json"
    path.write_text(RAIN, encoding="utf-8")
    status, out, _ = run(capsys, "parse", str(path), "-o", str(target))
    assert (status, out) == (0, "")
    assert from_json(target.read_text(encoding="utf-8")) == parse_article(RAIN)


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RAIN, encoding="utf-8")
    status, _, err = run(capsys, "parse", str(path), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert status == 1 and err.startswith("newsmodel: cannot write")


def test_example_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "example")
    assert status == 0 and from_json(out) == parse_article(sample_text())
    status, out, _ = run(capsys, "formats")
    assert status == 0 and "plain" in out.split()


# --- batches: JSON Lines records naming their input ------------------------------------------------


def test_several_files_are_named_json_lines_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(RAIN, encoding="utf-8")
    b.write_text(SENATE, encoding="utf-8")
    status, out, err = run(capsys, "parse", str(b), str(a))
    assert (status, err) == (0, "")
    records = lines(out)
    assert [r["input"] for r in records] == [str(b), str(a)]
    assert from_dict(records[0]["article"]) == parse_article(SENATE)  # type: ignore[arg-type]
    assert from_dict(records[1]["article"]) == parse_article(RAIN)  # type: ignore[arg-type]


def test_a_directory_is_every_file_in_name_order(wire: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", str(wire))
    assert status == 0
    records = lines(out)
    assert [r["input"] for r in records] == [str(wire / "a.txt"), str(wire / "b.txt"), str(wire / "sub" / "c.txt")]
    assert from_dict(records[2]["article"]) == parse_article(sample_text())  # type: ignore[arg-type]


def test_json_lines_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts.jsonl"
    texts.write_text("\n".join([json.dumps(RAIN), "", json.dumps({"text": SENATE, "id": "s-1", "lang": "en"}),
                                json.dumps({"text": RAIN, "id": 7})]) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "parse", str(texts))
    assert status == 0
    records = lines(out)
    assert [(r["input"], r.get("id")) for r in records] == [
        (f"{texts}:1", None), (f"{texts}:3", "s-1"), (f"{texts}:4", 7)]
    assert from_dict(records[1]["article"]) == parse_article(SENATE)  # type: ignore[arg-type]
    assert list(records[1]) == ["input", "id", "article"]


def test_failures_are_error_records_and_the_batch_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(RAIN, encoding="utf-8")
    bad.write_bytes(b"\xff\xfe\x00 broken")
    texts = tmp_path / "t.jsonl"
    texts.write_text('not json\n{"id": 3}\n{"text": "x", "id": [1]}\n' + json.dumps(SENATE) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "parse", str(bad), str(texts), str(good))
    assert status == 1
    records = lines(out)
    assert [r["input"] for r in records] == [str(bad), f"{texts}:1", f"{texts}:2", f"{texts}:3", f"{texts}:4",
                                             str(good)]
    assert records[0]["error"]["type"] == "DecodeError"  # type: ignore[index]
    assert [r["error"]["type"] for r in records[1:4]] == ["RecordError"] * 3  # type: ignore[index]
    assert "article" in records[4] and "article" in records[5]
    assert all(set(r) == {"input", "error"} for r in records[:4])
    err_lines = err.splitlines()
    assert len(err_lines) == 4
    assert err_lines[0].startswith(f"newsmodel: cannot decode {bad}: ")
    assert err_lines[1].startswith(f"newsmodel: cannot parse {texts}:1: RecordError: ")


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_jobs_give_the_same_output(wire: Path, tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "t.jsonl"
    texts.write_text("".join(json.dumps(t) + "\n" for t in [RAIN, SENATE] * 10), encoding="utf-8")
    one = run(capsys, "parse", str(wire), str(texts))
    many = run(capsys, "parse", "--jobs", jobs, str(wire), str(texts))
    assert one == many
    assert one[0] == 0 and len(one[1].splitlines()) == 23


def test_bad_jobs_value(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--jobs", "-1", "x"])
    assert "number of processes" in capsys.readouterr().err


def test_batch_to_output_file(wire: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = run(capsys, "parse", str(wire), "-o", str(target), "--jobs", "2")
    assert (status, out) == (0, "")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_no_progress_bar_when_stderr_is_not_a_terminal(wire: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "parse", str(wire))
    assert (status, err) == (0, "")


# --- the progress bar ------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal() -> None:
    stream = _Terminal()
    progress = _Progress(stream, total=4, interval=0)
    for failed in (False, True, False, False):
        progress.update(failed)
    progress.message("newsmodel: cannot parse x")
    progress.close()
    shown = stream.getvalue()
    assert "\r[" in shown and "4/4 articles" in shown and "1 failed" in shown
    assert "\x1b[K" in shown and shown.endswith("\n")
    assert "newsmodel: cannot parse x\n" in shown


def test_progress_without_a_total_counts() -> None:
    stream = _Terminal()
    progress = _Progress(stream, total=None, interval=0)
    progress.update()
    progress.close()
    assert "\r1 articles, " in stream.getvalue()  # a count, no bar


def test_progress_is_silent_on_a_pipe() -> None:
    stream = io.StringIO()
    progress = _Progress(stream, total=3, interval=0)
    progress.update()
    progress.close()
    assert stream.getvalue() == ""


# --- python -m newsmodel ---------------------------------------------------------------------------


def test_python_dash_m_is_the_same_command(wire: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "newsmodel", "parse", "--jobs", "2", str(wire)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert [json.loads(line)["input"] for line in proc.stdout.splitlines()] == [
        str(wire / "a.txt"), str(wire / "b.txt"), str(wire / "sub" / "c.txt")]
    missing = subprocess.run([sys.executable, "-m", "newsmodel", "parse", str(wire / "nope.txt")],
                             capture_output=True, text=True, check=False, timeout=120)
    assert missing.returncode == 1 and missing.stderr.startswith("newsmodel: cannot read")


def test_an_empty_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    status, out, err = run(capsys, "parse", str(tmp_path / "empty"))
    assert (status, out) == (1, "")
    assert err == f"newsmodel: no files to parse in {tmp_path / 'empty'}\n"


def test_a_reader_that_goes_away_stops_the_command_quietly(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(sample_text(), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsmodel", "parse", str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err
