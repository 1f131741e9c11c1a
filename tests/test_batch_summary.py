"""The end-of-run summary of `clean-article batch` (issue 17, item 14): what the byte counts
count, plain lines when stderr is not a terminal, and no table cell broken inside a value."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import orjson
from rich.console import Console
from typer.testing import CliRunner

from batch_corpus import article
from cleaner import Cleaner
from cleaner.batch.progress import Stats, _table, summary_rows
from cleaner.cli.app import app


def _summary(*args: str) -> tuple[int, dict[str, str], str]:
    """Exit code, the summary's ``label: value`` lines, and all the output."""
    result = CliRunner().invoke(app, ["batch", *args, "--no-learn"])
    rows = dict(re.findall(r"^  ([a-z ()]+): (.+)$", result.output, re.MULTILINE))
    return result.exit_code, rows, result.output


def test_bytes_in_leaves_out_failed_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    good = article(1).encode()
    (src / "good.txt").write_bytes(good)
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 5000)
    code, rows, output = _summary(str(src), "--out", str(tmp_path / "out"), "-j", "1")
    assert code == 1, output
    assert rows["documents failed"] == "1"
    assert rows["bytes in"] == f"{len(good):,}"
    assert rows["bytes out"] == f"{(tmp_path / 'out' / 'good.txt').stat().st_size:,}"


def test_jsonl_bytes_count_article_text_not_reports(tmp_path: Path) -> None:
    texts = [article(i) + "Ünïcödé line.\n" for i in range(3)]
    lines = [orjson.dumps({"id": i, "text": t, "meta": "x" * 500}) for i, t in enumerate(texts)]
    (tmp_path / "in.jsonl").write_bytes(b"\n".join([*lines, b"{bad"]) + b"\n")
    out = tmp_path / "out.jsonl"
    code, rows, output = _summary(str(tmp_path / "in.jsonl"), "--out", str(out), "-j", "1")
    assert code == 1, output
    cleaned = [orjson.loads(line)["text"] for line in out.read_bytes().splitlines()]
    assert cleaned == [Cleaner().clean(t).text for t in texts]
    assert rows["bytes in"] == f"{sum(len(t.encode()) for t in texts):,}"
    assert rows["bytes out"] == f"{sum(len(t.encode()) for t in cleaned):,}"


def test_summary_is_plain_lines_off_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    code, rows, output = _summary(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == 0
    assert not re.search("[\u2500-\u257f]", output)  # no box drawing
    assert output.splitlines()[0] == "clean-article batch:"
    assert set(rows) >= {"documents cleaned", "bytes in", "bytes out", "top rules fired"}


def test_terminal_table_never_breaks_a_value() -> None:
    stats = Stats(docs=123_456, bytes_in=98_765_432_100, bytes_out=12_345_678_900)
    stats.started -= 1000
    stats.rules = Counter({f"{c}00{n}": 1_000_000 + n for c in "HLST" for n in range(1, 3)})
    stats.chars_in, stats.chars_out = 10, 5
    rows = summary_rows(stats, unit="records")
    for width in (60, 80, 100):
        console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
        console.print(_table("clean-article batch", rows))
        text = console.export_text()
        for _, values in rows:
            for value in values:
                assert value in text, (width, value)


def test_a_text_field_no_record_has_is_said_once(tmp_path: Path) -> None:
    """`--text-field body` on records without it: one line per reason with the count and the
    first line numbers (it was one FAILED line per record, also with -q); the errors file
    still has every record."""
    rows = [orjson.dumps({"id": i, "text": article(i)}) for i in range(30)]
    rows.insert(3, b"{not json")
    rows.append(b'{"id": 99, "body": 7}')
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(rows) + b"\n")
    args = [str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o.jsonl"), "--text-field", "body"]
    result = CliRunner().invoke(app, ["batch", *args, "-q", "-j", "1", "--id-field", "id"])
    assert result.exit_code == 1
    assert result.output.replace(f"{tmp_path}/", "").splitlines() == [
        "clean-article: FAILED in.jsonl:4: bad JSON: expected '\"' at char 1, 'n'",
        "clean-article: FAILED in.jsonl: missing text field 'body': 30 records"
        " (lines 1, 2, 3, 5, 6, ...)",
        "clean-article: FAILED in.jsonl: text field 'body' is int, not a string: 1 record"
        " (line 32)",
    ]
    assert len((tmp_path / "o.errors.jsonl").read_bytes().splitlines()) == 32
    code, rows_said, output = _summary(*args, "-j", "2")
    assert code == 1 and rows_said["records failed"] == "32"
    assert output.count("missing text field") == 2  # at once, and in the summary's list
