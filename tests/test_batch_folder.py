"""Folder mode of `clean-article batch`: outputs, reports, failures, safety, resume."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from batch_corpus import article, make_folder
from cleaner import Cleaner, Config
from cleaner.batch.folder import chunked
from cleaner.cli.app import app
from cleaner.io import atomic_output

runner = CliRunner()


def batch(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["batch", *args])
    return result.exit_code, result.output


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root (state folder included unless hidden), by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".clean-article" not in p.parts
    }


def test_cleans_every_matching_file_under_same_relative_path(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    rels = make_folder(src, 6)
    (src / "notes.md").write_text(article(99), encoding="utf-8")
    (src / "image.png").write_bytes(b"\x89PNG")
    args = ("-j", "1", "--reports", str(out / "r.jsonl"), "--no-learn")
    code, output = batch(str(src), "--out", str(out), *args)
    assert code == 0, output
    cleaner = Cleaner()
    for rel in [*rels, "notes.md"]:
        expected = cleaner.clean((src / rel).read_text(encoding="utf-8")).text
        assert (out / rel).read_text(encoding="utf-8") == expected
    assert not (out / "image.png").exists()
    lines = [orjson.loads(x) for x in (out / "r.jsonl").read_bytes().splitlines()]
    assert [x["path"] for x in lines] == sorted([*rels, "notes.md"])
    assert all(x["report"]["schema"] == 2 for x in lines)
    assert "documents cleaned" in output and "top rules fired" in output


def test_glob_option_and_report_files(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_folder(src, 3, nested=False)
    (src / "page.text").write_text(article(5), encoding="utf-8")
    code, _ = batch(str(src), "--out", str(out), "-j", "1", "--glob", "*.text", "--report-files")
    assert code == 0
    assert sorted(tree(out)) == ["page.text", "page.text.report.json"]
    report = orjson.loads((out / "page.text.report.json").read_bytes())
    assert report["stats"]["chars_in"] == len(article(5))


def test_outputs_are_byte_identical_for_j1_and_j2(tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_folder(src, 40)
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, output = batch(
            str(src), "--out", str(out), "-j", jobs, "--reports", str(out / "r.jsonl")
        )
        assert code == 0, output
    assert tree(tmp_path / "out1") == tree(tmp_path / "out2")


def test_bad_files_are_listed_and_do_not_stop_the_batch(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_folder(src, 4, nested=False)
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    code, output = batch(str(src), "--out", str(out), "-j", "2", "--quiet")
    assert code == 1
    assert "FAILED binary.txt: binary data" in output
    assert "documents cleaned" not in output  # --quiet: no summary
    assert len(list(out.glob("article_*.txt"))) == 4
    assert not (out / "binary.txt").exists()
    failures = (out / ".clean-article" / "failures.jsonl").read_bytes().splitlines()
    assert [orjson.loads(x)["path"] for x in failures] == ["binary.txt"]


def test_quiet_scorer_invocation_writes_name_txt(tmp_path: Path) -> None:
    src, out = tmp_path / "indir", tmp_path / "outdir"
    make_folder(src, 3, nested=False)
    code, output = batch(str(src), "--out", str(out), "--quiet")
    assert code == 0 and output == ""
    assert sorted(p.name for p in out.glob("*.txt")) == sorted(p.name for p in src.glob("*.txt"))


@pytest.mark.parametrize("where", ["same", "inside", "around"])
def test_refuses_out_dir_overlapping_in_dir(tmp_path: Path, where: str) -> None:
    src = tmp_path / "in"
    make_folder(src, 2, nested=False)
    out = {"same": src, "inside": src / "clean", "around": tmp_path}[where]
    before = tree(tmp_path)
    code, output = batch(str(src), "--out", str(out))
    assert code == 2 and "--out must not be" in output
    assert tree(tmp_path) == before


def test_in_place_keeps_backups(tmp_path: Path) -> None:
    src = tmp_path / "in"
    rels = make_folder(src, 2, nested=False)
    original = (src / rels[0]).read_text(encoding="utf-8")
    code, _ = batch(str(src), "--in-place", "-j", "1")
    assert code == 2  # a backup suffix is required
    code, output = batch(str(src), "--in-place", "--backup-suffix", ".orig", "-j", "1")
    assert code == 0, output
    assert (src / f"{rels[0]}.orig").read_text(encoding="utf-8") == original
    assert (src / rels[0]).read_text(encoding="utf-8") == Cleaner().clean(original).text


def test_symlinks_out_of_in_dir_are_not_followed(tmp_path: Path) -> None:
    src, out, secret = tmp_path / "in", tmp_path / "out", tmp_path / "secret"
    make_folder(src, 1, nested=False)
    secret.mkdir()
    (secret / "s.txt").write_text(article(1), encoding="utf-8")
    os.symlink(secret / "s.txt", src / "link.txt")
    os.symlink(secret, src / "linkdir")
    os.symlink(src / "article_0000.txt", src / "inside.txt")
    code, output = batch(str(src), "--out", str(out), "-j", "1")
    assert code == 0, output
    assert "skipped link.txt" in output
    assert sorted(tree(out)) == ["article_0000.txt", "inside.txt"]


def test_resume_skips_done_files_and_redoes_changed_ones(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    rels = make_folder(src, 5, nested=False)
    args = (str(src), "--out", str(out), "-j", "1", "--reports", str(out / "r.jsonl"), "--no-learn")
    assert batch(*args)[0] == 0
    first = tree(out)
    code, output = batch(*args, "--resume")
    assert code == 0 and "5 of 5 files already done" in output
    assert tree(out) == first
    (out / rels[1]).write_text("tampered", encoding="utf-8")
    gone = subprocess.Popen(["true"])
    gone.wait()
    left = out / f".{rels[3]}.clean-article-{gone.pid}.x1y2.tmp"
    left.write_text("left by a SIGKILL", encoding="utf-8")
    (src / rels[2]).write_text(article(77), encoding="utf-8")
    code, output = batch(*args, "--resume")
    assert "3 of 5 files already done" in output
    assert (out / rels[1]).read_bytes() == first[rels[1]]
    assert (out / rels[2]).read_text(encoding="utf-8") == Cleaner().clean(article(77)).text
    paths = [orjson.loads(x)["path"] for x in (out / "r.jsonl").read_bytes().splitlines()]
    assert paths == rels
    assert not list(out.glob(".*.tmp"))


def test_atomic_output_leaves_nothing_on_error(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as handle:
        handle.write(b"half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_clean_options_apply(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    rels = make_folder(src, 2, nested=False)
    args = ["--format", "markdown", "--keep-title", "--ignore", "S", "-j", "1"]
    code, output = batch(str(src), "--out", str(out), *args)
    assert code == 0, output
    config = Config(markdown=True, keep_title=True, ignore=("S",))
    text = (src / rels[0]).read_text(encoding="utf-8")
    assert (out / rels[0]).read_text(encoding="utf-8") == Cleaner(config).clean(text).text
    assert batch(str(src), "--out", str(out), "--select", "NOPE")[0] == 2


def test_plain_progress_and_summary_when_not_a_terminal(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_folder(src, 2, nested=False)
    code, output = batch(str(src), "--out", str(out), "-j", "1")
    assert code == 0
    assert "\x1b[" not in output  # no terminal control codes
    assert "documents cleaned" in output and "share of text removed" in output


def test_unwritable_out_dir_exits_4(tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_folder(src, 1, nested=False)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, output = batch(str(src), "--out", str(tmp_path / "file" / "out"), "-j", "1")
    assert code == 4 and "cannot write output" in output


def test_worker_tasks_group_files_in_order_by_count_and_size() -> None:
    tasks = [(f"/in/{i}.txt", f"{i}.txt", size) for i, size in enumerate([10, 10, 10, 500, 1, 1])]
    chunks = list(chunked(tasks, files=2, limit=100))
    assert [[rel for _, rel in chunk] for chunk in chunks] == [
        ["0.txt", "1.txt"],
        ["2.txt", "3.txt"],
        ["4.txt", "5.txt"],
    ]
    big_first = list(chunked([("/a", "a", 500), ("/b", "b", 1)], files=8, limit=100))
    assert big_first == [[("/a", "a")], [("/b", "b")]]
