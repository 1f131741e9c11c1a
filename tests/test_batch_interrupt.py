"""A real interrupt: SIGINT/SIGTERM a running batch, check no partial files, resume, compare."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .batch_corpus import make_folder

COUNT = 200
CLI = [sys.executable, "-c", "from cleaner.cli import main; main()"]


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".clean-article" not in p.parts
    }


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "batch", *args], check=False, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The input folder and the outputs of an uninterrupted run."""
    root = tmp_path_factory.mktemp("interrupt")
    make_folder(root / "in", COUNT)
    out = root / "reference"
    done = run(str(root / "in"), "--out", str(out), "-j", "2", "--reports", str(out / "r.jsonl"))
    assert done.returncode == 0, done.stderr
    return root / "in", tree(out)


def _wait_for_progress(manifest: Path, proc: subprocess.Popen[str], minimum: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= minimum:
            return
        time.sleep(0.02)
    raise AssertionError("the batch did not make progress (or ended) before the signal")


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_then_resume_matches_uninterrupted_run(
    corpus: tuple[Path, dict[str, bytes]], tmp_path: Path, sig: int, code: int
) -> None:
    src, reference = corpus
    out = tmp_path / "out"
    args = [str(src), "--out", str(out), "-j", "2", "--reports", str(out / "r.jsonl")]
    proc = subprocess.Popen(
        [*CLI, "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a terminal's Ctrl-C goes to the whole process group
    )
    _wait_for_progress(out / ".clean-article" / "manifest.jsonl", proc, 20)
    os.killpg(proc.pid, sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    assert "partial" in stderr and "--resume" in stderr  # the summary so far was printed
    partial = tree(out)
    assert not [name for name in partial if name.endswith(".tmp")]
    assert 20 <= len(partial) - 1 < COUNT  # the reports file plus some outputs, not all
    for name, data in partial.items():
        if name != "r.jsonl":
            assert data == reference[name]  # whatever is there is complete
    resumed = run(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "already done" in resumed.stderr
    assert tree(out) == reference
