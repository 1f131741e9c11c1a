"""What a new user hits first (issue 17): file modes, option clashes, messages, views."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import io
from cleaner.cli import app

ARTICLE = (
    "# Council Fixes the Bridge\n\n"
    "By Jane Doe\n\n"
    "The council met on Tuesday and voted to fix the old bridge over the river.\n\n"
    "Subscribe to our newsletter for more!\n"
)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder, so no pyproject.toml settings apply."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def umask() -> Iterator[None]:
    """Let a test set the umask; the old one comes back after it."""
    old = os.umask(0o022)
    io._umask.cache_clear()
    yield
    os.umask(old)
    io._umask.cache_clear()


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o002])
def test_written_files_follow_the_umask(tmp_path: Path, umask: None, mask: int) -> None:
    os.umask(mask)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    (tmp_path / "data.jsonl").write_text('{"text": "Hello there."}\n')
    expected = 0o666 & ~mask
    for args in (
        ("clean", "in/a.txt", "--report", "r.json", "--removed", "x.txt"),
        ("batch", "in", "--out", "out", "--reports", "all.jsonl", "-j", "1"),
        ("batch", "data.jsonl", "--out", "clean.jsonl", "-j", "1"),
        ("learn", "in", "--out", "p.json"),
    ):
        code, _, err = invoke(*args)
        assert code == 0, (args, err)
    for name in ("r.json", "x.txt", "out/a.txt", "all.jsonl", "clean.jsonl", "p.json"):
        assert mode(tmp_path / name) == expected, name


def test_in_place_keeps_the_mode_of_the_file_and_its_backup(tmp_path: Path, umask: None) -> None:
    (tmp_path / "site").mkdir()
    page = tmp_path / "site" / "a.txt"
    page.write_text(ARTICLE)
    page.chmod(0o664)
    code, _, err = invoke("batch", "site", "--in-place", "--backup-suffix", ".orig", "-j", "1")
    assert code == 0, err
    assert page.read_text() != ARTICLE
    assert mode(page) == 0o664
    assert mode(tmp_path / "site" / "a.txt.orig") == 0o664
    assert (tmp_path / "site" / "a.txt.orig").read_text() == ARTICLE


def test_an_output_that_replaces_a_file_keeps_its_mode(tmp_path: Path, umask: None) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    report = tmp_path / "r.json"
    report.write_text("{}")
    report.chmod(0o640)
    assert invoke("clean", "a.txt", "--report", "r.json")[0] == 0
    assert mode(report) == 0o640


def test_report_field_may_not_overwrite_the_text(tmp_path: Path) -> None:
    (tmp_path / "data.jsonl").write_text('{"text": "Hello there.", "id": "1"}\n')
    for clash in (["--report-field", "text"], ["--id-field", "id", "--report-field", "id"]):
        code, _, err = invoke("batch", "data.jsonl", "--out", "o.jsonl", *clash)
        assert code == 2
        assert "--report-field" in err and "overwrite" in err
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("out", ["outdir/", "existing"])
def test_jsonl_out_naming_a_folder_writes_into_it(tmp_path: Path, out: str) -> None:
    (tmp_path / "existing").mkdir()
    (tmp_path / "data.jsonl").write_text('{"text": "Hello there, this is the text."}\n')
    code, _, err = invoke("batch", "data.jsonl", "--out", out, "-j", "1", "-q")
    assert code == 0, err
    folder = tmp_path / out.rstrip("/")
    assert folder.is_dir()
    assert (folder / "data.jsonl").read_text().startswith('{"text":"Hello there')


def test_batch_names_what_is_wrong_with_its_input(tmp_path: Path) -> None:
    (tmp_path / "data.json").write_text("{}\n")
    code, _, err = invoke("batch", "data.json", "--out", "o")
    assert code == 2
    assert "unsupported input: expected a folder, .jsonl[.gz|.zst] or -" in err
    for missing in ("missing-dir", "missing.jsonl"):
        code, _, err = invoke("batch", missing, "--out", "o")
        assert code == 3
        assert f"{missing}: no such file or directory" in err
