"""Batch under attack (issue 16): nothing lost, nothing changed behind the user's back."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from cleaner.cli import app

from .batch_corpus import article

runner = CliRunner()


def batch(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["batch", *map(str, args)])
    return result.exit_code, result.output


def jsonl(path: Path, *records: object) -> bytes:
    data = b"".join(orjson.dumps(r) + b"\n" for r in records)
    path.write_bytes(data)
    return data


# 1. the errors file never replaces the input, the output or the reports


@pytest.mark.parametrize("case", ["default-is-input", "errors-is-input", "errors-is-out"])
def test_errors_file_that_is_the_input_or_output_is_refused(tmp_path: Path, case: str) -> None:
    name = "d.errors.jsonl" if case == "default-is-input" else "in.jsonl"
    src = tmp_path / name
    data = jsonl(src, {"text": article(1)}, {"text": 5})
    out = tmp_path / "d.jsonl"
    out.write_bytes(b"old\n")
    extra = {"errors-is-input": ["--errors", src], "errors-is-out": ["--errors", out]}
    code, output = batch(src, "--out", out, *extra.get(case, []))
    assert code == 2, output
    assert "--errors" in output
    assert src.read_bytes() == data
    assert out.read_bytes() == b"old\n"


def test_reports_file_that_is_an_output_is_refused(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(article(1), encoding="utf-8")
    code, output = batch(src, "--out", out, "--reports", out / "a.txt")
    assert code == 2, output
    assert "--reports" in output
