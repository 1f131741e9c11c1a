"""What a new user hits first (issue 17): file modes, option clashes, messages, views."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import io
from cleaner.cli.app import app

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


STRAY = "Café naïve résumé, the words of the day. ".encode() + b"\xff one stray byte.\n"


@pytest.mark.parametrize("forced", [[], ["--encoding", "utf-8"]])
def test_mostly_valid_utf8_decodes_with_a_warning(tmp_path: Path, forced: list[str]) -> None:
    (tmp_path / "a.txt").write_bytes(STRAY)
    code, out, err = invoke("clean", "a.txt", *forced)
    assert code == 0, err
    assert out.startswith("Café naïve résumé") and "\ufffd one stray byte" in out
    assert "warning: 1 invalid utf-8 byte replaced by U+FFFD" in err


def test_latin1_text_is_still_detected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Grüße aus München, schöne Stadt am Fluss.\n".encode("cp1252"))
    code, out, err = invoke("clean", "a.txt")
    assert (code, out, err) == (0, "Grüße aus München, schöne Stadt am Fluss.\n", "")


def test_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    for args in (("clean", "a.txt"), ("batch", ".", "--out", "o"), ("explain", "a.txt")):
        code, _, err = invoke(*args, "--encoding", "bogus")
        assert code == 2, args
        assert "unknown --encoding 'bogus'" in err


def test_warnings_go_to_stderr_and_quiet_hides_them(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, out, err = invoke("clean", "a.txt", "--max-chars", "50")
    assert (code, out) == (0, ARTICLE)
    assert err.count("\n") == 1 and "a.txt: warning: document has" in err
    assert invoke("clean", "a.txt", "--max-chars", "50", "-q")[2] == ""


def test_report_dash_means_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, out, err = invoke("clean", "a.txt", "--report", "-")
    assert code == 0, err
    assert json.loads(out)["title"] == "Council Fixes the Bridge"
    assert not (tmp_path / "-").exists()
    code, out, _ = invoke("clean", "a.txt", "--removed", "-")
    assert out.startswith("@@ lines")
    assert invoke("clean", "a.txt", "--report", "-", "--removed", "-")[0] == 2


@pytest.mark.parametrize("glob", [[], ["--glob", "*.html"]])
def test_nothing_matched_warns_and_exits_1(tmp_path: Path, glob: list[str]) -> None:
    (tmp_path / "site").mkdir()
    if glob:
        (tmp_path / "site" / "a.txt").write_text(ARTICLE)
    code, _, err = invoke("batch", "site", "--out", "o", *glob)
    assert code == 1
    assert "warning: no file under site matches" in err


@pytest.mark.parametrize("rules", [["--ignore", "ALL"], ["--select", "H", "--ignore", "H"]])
def test_no_detector_left_warns(tmp_path: Path, rules: list[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, _, err = invoke("clean", "a.txt", *rules)
    assert code == 0
    assert "leave no detector" in err


def test_several_inputs_each_name_their_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text("Region: Europe\n\nA second article, short and plain.\n")
    args = ("clean", "a.txt", "b.txt", "--report", "r.json", "--removed", "x.txt")
    code, out, err = invoke(*args, "--format", "json")
    assert code == 0, err
    assert [json.loads(line)["path"] for line in out.splitlines()] == ["a.txt", "b.txt"]
    reports = json.loads((tmp_path / "r.json").read_text())
    assert [r["path"] for r in reports] == ["a.txt", "b.txt"]
    assert reports[0]["report"]["title"] == "Council Fixes the Bridge"
    audit = (tmp_path / "x.txt").read_text()
    assert audit.startswith("==> a.txt <==\n") and "==> b.txt <==\n" in audit
