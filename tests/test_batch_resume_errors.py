"""--resume never loses the errors of shards an earlier run finished: a run stopped or
killed before its errors file is written keeps the earlier one, and the final resume
gives the same files as an uninterrupted run."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from batch_corpus import article

#: The command line, with the parent sending itself a signal as it starts on one shard.
STOPPER = """
import os, signal, sys
import cleaner.batch.jsonl as jsonl
shard, sig = sys.argv.pop(1), int(sys.argv.pop(1))
run_pair = jsonl._run_pair
def stopping(pool, name, *args):
    if name == shard:
        os.kill(os.getpid(), sig)
    return run_pair(pool, name, *args)
jsonl._run_pair = stopping
from cleaner.cli.app import main
main()
"""
SHARDS = ("a", "b", "c")


def run(src: Path, out: Path, *extra: str, stop: tuple[str, int] | None = None) -> int:
    """Run the batch (``stop``: send the parent this signal as it starts on that shard)."""
    shard, sig = stop or ("", 0)
    cli = [sys.executable, "-c", STOPPER, f"{shard}.jsonl", str(sig), "batch", str(src)]
    proc = subprocess.Popen(
        [*cli, "--out", str(out), "-j", "2", "-q", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    code = proc.wait(timeout=120)
    if code < 0:  # killed: its workers may be left
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    return code


def files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl"
    }


def sources(errors: Path) -> list[str]:
    return [orjson.loads(line)["source"] for line in errors.read_bytes().splitlines()]


@pytest.fixture
def shards(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """Three shards, each with a bad line, and the files of an uninterrupted run."""
    src = tmp_path / "in"
    src.mkdir()
    for i, name in enumerate(SHARDS):
        records = [orjson.dumps({"id": j, "text": article(10 * i + j)}) for j in range(6)]
        records.insert(2, b'{"text": "cut short')
        (src / f"{name}.jsonl").write_bytes(b"\n".join(records) + b"\n")
    assert run(src, tmp_path / "reference") == 1
    reference = files(tmp_path / "reference")
    errors = reference[".clean-article/errors.jsonl"]
    assert [orjson.loads(x)["source"] for x in errors.splitlines()] == [
        "a.jsonl",
        "b.jsonl",
        "c.jsonl",
    ]
    return src, reference


def redo(src: Path, name: str) -> None:
    """Make --resume clean shard ``name`` again (same bytes, a new mtime)."""
    path = src / f"{name}.jsonl"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize(
    ("redone", "sig"),
    [("c", signal.SIGKILL), ("a", signal.SIGKILL), ("a", signal.SIGINT), ("a", signal.SIGTERM)],
)
def test_a_stopped_resume_keeps_the_errors_of_finished_shards(
    shards: tuple[Path, dict[str, bytes]], tmp_path: Path, redone: str, sig: int
) -> None:
    src, reference = shards
    out = tmp_path / "out"
    errors = out / ".clean-article" / "errors.jsonl"
    assert run(src, out) == 1
    redo(src, redone)
    assert run(src, out, "--resume", stop=(redone, sig)) in (-sig, 128 + sig)
    kept = [name + ".jsonl" for name in SHARDS if name != redone]
    assert set(kept) <= set(sources(errors))  # still listed after the stop
    assert run(src, out, "--resume") == 1
    assert files(out) == reference  # each error once, in order, as an uninterrupted run


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_run_killed_after_a_shard_keeps_that_shards_errors(
    shards: tuple[Path, dict[str, bytes]], tmp_path: Path, sig: int
) -> None:
    src, reference = shards
    out = tmp_path / "out"
    assert run(src, out, stop=("b", sig)) in (-sig, 128 + sig)
    assert run(src, out, "--resume", stop=("c", sig)) in (-sig, 128 + sig)
    assert run(src, out, "--resume") == 1
    assert files(out) == reference
