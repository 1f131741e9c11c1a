"""A real interrupt: SIGINT/SIGTERM a running batch, check no partial files, resume, compare."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_corpus import make_folder

COUNT = 400
CLI = [sys.executable, "-c", "from cleaner.cli.app import main; main()"]


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


def _interrupt(args: list[str], manifest: Path, sig: int, after: int) -> str:
    """Start the batch, send ``sig`` to its process group once ``after`` files are done."""
    proc = subprocess.Popen(
        [*CLI, "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a terminal's Ctrl-C goes to the whole process group
    )
    _wait_for_progress(manifest, proc, after)
    os.killpg(proc.pid, sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[sig], stderr
    assert "partial" in stderr and "--resume" in stderr  # the summary so far was printed
    return stderr


def _check_partial(out: Path, reference: dict[str, bytes]) -> int:
    """No temporary files; every output present is complete. Returns how many there are."""
    partial = tree(out)
    assert not [name for name in partial if name.endswith(".tmp")]
    for name, data in partial.items():
        if name != "r.jsonl":
            assert data == reference[name]
    reports = (out / "r.jsonl").read_bytes().splitlines()
    assert len(reports) == len(partial) - 1  # one complete report line per output
    return len(partial) - 1


def test_interrupt_and_terminate_then_resume_match_an_uninterrupted_run(
    corpus: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    src, reference = corpus
    out = tmp_path / "out"
    manifest = out / ".clean-article" / "manifest.jsonl"
    args = [str(src), "--out", str(out), "-j", "2", "--reports", str(out / "r.jsonl")]
    _interrupt(args, manifest, signal.SIGINT, 20)
    first = _check_partial(out, reference)
    assert 20 <= first < COUNT
    stderr = _interrupt([*args, "--resume"], manifest, signal.SIGTERM, first + 20)
    assert f"resume: {first} of {COUNT} files already done" in stderr
    second = _check_partial(out, reference)
    assert first + 20 <= second < COUNT
    resumed = run(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"resume: {second} of {COUNT} files already done" in resumed.stderr
    assert tree(out) == reference
