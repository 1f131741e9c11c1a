"""JSONL mode of `clean-article batch`: compression, streams, passthrough, malformed lines."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import zstandard
from typer.testing import CliRunner

from batch_corpus import article
from cleaner import Cleaner
from cleaner.batch import jsonl as batch_jsonl
from cleaner.cli.app import app
from cleaner.io import jsonl_writer, open_read

runner = CliRunner()
CLI = [sys.executable, "-c", "from cleaner.cli.app import main; main()"]


def records(n: int) -> list[dict[str, object]]:
    return [{"id": i, "text": article(i), "meta": {"score": 0.5, "tags": ["a"]}} for i in range(n)]


def write(path: Path, rows: list[bytes]) -> None:
    data = b"".join(r + b"\n" for r in rows)
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def read(path: Path) -> list[dict[str, object]]:
    with open_read(path) as handle:
        return [orjson.loads(line) for line in handle]


@pytest.mark.parametrize(("src", "dst"), [(".jsonl.gz", ".jsonl.zst"), (".jsonl.zst", ".jsonl.gz")])
def test_compressed_round_trip_keeps_order_and_other_fields(
    tmp_path: Path, src: str, dst: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_jsonl, "CHUNK_LINES", 4)  # many chunks, so order is tested
    rows = records(30)
    write(tmp_path / f"in{src}", [orjson.dumps(r) for r in rows])
    out = tmp_path / f"out{dst}"
    args = ["batch", str(tmp_path / f"in{src}"), "--out", str(out), "-j", "2", "--no-learn"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    cleaned = read(out)
    cleaner = Cleaner()
    assert [r["id"] for r in cleaned] == list(range(30))
    for before, after in zip(rows, cleaned, strict=True):
        assert after["meta"] == before["meta"]
        assert after["text"] == cleaner.clean(str(before["text"])).text
        report = after["clean_article"]
        assert isinstance(report, dict) and report["schema"] == 2
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_j1_and_j2_give_identical_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_jsonl, "CHUNK_LINES", 3)
    write(tmp_path / "in.jsonl", [orjson.dumps(r) for r in records(20)])
    for jobs in ("1", "2"):
        args = ["batch", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / f"o{jobs}.jsonl")]
        assert runner.invoke(app, [*args, "-j", jobs]).exit_code == 0
    assert (tmp_path / "o1.jsonl").read_bytes() == (tmp_path / "o2.jsonl").read_bytes()


def test_malformed_lines_go_to_the_error_file_and_the_run_continues(tmp_path: Path) -> None:
    good = [orjson.dumps(r) for r in records(4)]
    rows = [good[0], b"{not json", good[1], b'{"id": 7}', b'{"id": 8, "text": 3}', b"[1]", good[2]]
    write(tmp_path / "in.jsonl", [*rows, good[3]])
    args = ["batch", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl")]
    result = runner.invoke(app, [*args, "-j", "1", "--id-field", "id"])
    assert result.exit_code == 1
    assert [r["id"] for r in read(tmp_path / "out.jsonl")] == [0, 1, 2, 3]
    errors = [orjson.loads(x) for x in (tmp_path / "out.errors.jsonl").read_bytes().splitlines()]
    assert [(e["line"], e["reason"].split(":")[0]) for e in errors] == [
        (2, "bad JSON"),
        (4, "missing text field 'text' (id 7)"),
        (5, "text field 'text' is int, not a string (id 8)"),
        (6, "not a JSON object"),
    ]
    assert errors[0]["raw"] == "{not json"
    assert "in.jsonl:2: bad JSON" in result.output


def test_stdin_to_stdout_without_report(tmp_path: Path) -> None:
    rows = records(5)
    data = gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    proc = subprocess.run(
        [*CLI, "batch", "-", "--out", "-", "--no-report", "-q", "-j", "1", "--text-field", "text"],
        check=False,
        input=data,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = [orjson.loads(x) for x in proc.stdout.splitlines()]
    assert [sorted(r) for r in out] == [["id", "meta", "text"]] * 5
    assert proc.stderr == b""


def test_custom_fields(tmp_path: Path) -> None:
    write(tmp_path / "in.jsonl", [orjson.dumps({"body": article(1), "text": 5})])
    args = ["batch", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o.jsonl"), "-j", "1"]
    result = runner.invoke(app, [*args, "--text-field", "body", "--report-field", "rep"])
    assert result.exit_code == 0, result.output
    (row,) = read(tmp_path / "o.jsonl")
    assert row["text"] == 5 and row["body"] == Cleaner().clean(article(1)).text
    assert "rep" in row and "clean_article" not in row


def test_folder_of_shards_to_folder_of_shards(tmp_path: Path) -> None:
    src, out = tmp_path / "shards", tmp_path / "clean"
    (src / "sub").mkdir(parents=True)
    write(src / "a.jsonl.gz", [orjson.dumps(r) for r in records(3)])
    write(src / "sub" / "b.jsonl", [orjson.dumps(r) for r in records(2)])
    result = runner.invoke(app, ["batch", str(src), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert len(read(out / "a.jsonl.gz")) == 3 and len(read(out / "sub" / "b.jsonl")) == 2
    again = runner.invoke(app, ["batch", str(src), "--out", str(out), "-j", "1", "--resume"])
    assert again.exit_code == 0 and "skipped" in again.output


def test_writer_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "o.jsonl.zst"
    with pytest.raises(RuntimeError), jsonl_writer(target) as out:
        out.write(b"{}\n")
        raise RuntimeError
    assert list(tmp_path.iterdir()) == []
