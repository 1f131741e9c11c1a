"""Fault injection for batch mode: kill workers and the parent at random points, resume,
and compare with an uninterrupted run (issue 16).

    python bench/fault_injection.py --records 3000 --seed 1      # a few minutes
    python bench/fault_injection.py --records 150 --rounds 3     # what the test runs

For a JSONL file, a folder of JSONL shards and a folder of text files built from ``--seed``
(articles with boiler lines, a few malformed lines, huge integers and odd fields), it runs
``clean-article batch`` once without faults, then again with faults: each round starts the
run (``--resume`` after the first), waits a random time within the clean run's duration,
and does one of: SIGKILL a random worker, SIGKILL the parent, SIGKILL the whole process
group, SIGINT or SIGTERM the parent. After ``--rounds`` faulty rounds it resumes until the
run finishes, then compares every file the runs leave (outputs, errors and failures files;
not the manifest) byte for byte with the clean run's. Exit 0 when all match, 1 otherwise
(the differing files are named). A run that does not end within ``HANG_SECONDS`` is a hang:
the check stops with every thread's stack of its processes (faulthandler, on SIGABRT).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import orjson

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("council", "budget", "river", "school", "harbour", "museum", "festival", "library")
BOILER = (
    "Share this article on Facebook",
    "Subscribe to our newsletter for the latest news",
    "Copyright © 2024 Example Media Ltd. All rights reserved.",
    "Read more: [Related story](https://example.org/related)",
)
#: Fields that must come out byte for byte (a float would round 2**64, 1.50 lose its 0).
ODD_FIELDS = b',"big":18446744073709551616,"f":1.50,"s":"\\u00e9"'
FAULTS = ("worker", "parent", "group", "sigint", "sigterm")


def article(rnd: random.Random) -> str:
    """A scraped-looking article: a title, paragraphs, boiler lines, maybe markup."""
    paragraphs = [
        " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(20, 60))).capitalize() + "."
        for _ in range(rnd.randint(2, 6))
    ]
    lines = [f"# The {rnd.choice(WORDS)} report", *paragraphs]
    for _ in range(rnd.randint(0, 3)):
        lines.insert(rnd.randint(1, len(lines)), rnd.choice(BOILER))
    if rnd.random() < 0.1:
        lines.append("*a " * rnd.randint(10, 300) + "`b " * rnd.randint(0, 50))
    return "\n\n".join(lines)


def corpus(root: Path, records: int, seed: int) -> tuple[Path, Path, Path]:
    """A JSONL file of ``records`` lines, the same in a folder of three shards, and a folder
    of ``records // 4`` text files."""
    rnd = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(records):
        if rnd.random() < 0.01:
            lines.append(b'{"text": "cut short\n')  # malformed: goes to the errors file
            continue
        record = orjson.dumps({"id": i, "text": article(rnd), "meta": {"n": i}})
        if rnd.random() < 0.05:  # fields that must pass through byte for byte
            record = record[:-1] + ODD_FIELDS + b"}"
        lines.append(record + b"\n")
    src = root / "in.jsonl"
    src.write_bytes(b"".join(lines))
    shards = root / "shards"
    for i in range(3):
        (shards / f"p{i}").mkdir(parents=True, exist_ok=True)
        (shards / f"p{i}" / f"s{i}.jsonl").write_bytes(b"".join(lines[i::3]))
    folder = root / "in"
    for i in range(records // 4):
        sub = folder / f"d{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i}.txt").write_text(article(rnd), encoding="utf-8")
    return src, shards, folder


def command(src: Path, out: Path, jobs: int, *, resume: bool) -> list[str]:
    cli = [sys.executable, "-m", "cleaner", "batch", str(src), "--out", str(out), "-q"]
    return [*cli, "-j", str(jobs), *(["--resume"] if resume else [])]


def children(pid: int) -> list[int]:
    """The process ids whose parent is ``pid`` (the workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


#: Seconds a run may take before it counts as hung (an uninterrupted run takes about one).
HANG_SECONDS = 120
#: Python prints every thread's stack on SIGABRT in these runs, so a hang says where it is.
_ENV = {**os.environ, "PYTHONFAULTHANDLER": "1"}


class HungError(RuntimeError):
    """A run did not end: its stacks (every process's threads) are in the message."""


def _wait(proc: subprocess.Popen[bytes], err: IO[bytes], what: str) -> int:
    """``proc``'s exit code; on a hang, its process group's stacks in a :class:`HungError`."""
    try:
        return proc.wait(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGABRT)  # faulthandler prints the stacks, then aborts
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=30)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        err.seek(0)
        stacks = err.read().decode(errors="replace")[-8000:]
        raise HungError(f"{what} did not end in {HANG_SECONDS} s; its stacks:\n{stacks}") from None


def _start(cli: list[str], err: IO[bytes]) -> subprocess.Popen[bytes]:
    """Start ``cli`` in a session of its own, its stderr (and stacks on a hang) to ``err``."""
    return subprocess.Popen(
        cli, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True, env=_ENV
    )


def faulty_round(cli: list[str], delay: float, fault: str, rnd: random.Random) -> int | None:
    """Run ``cli``, inject ``fault`` after ``delay`` seconds; its exit code (None: killed)."""
    with tempfile.TemporaryFile() as err:
        proc = _start(cli, err)
        _inject(proc, delay, fault, rnd)
        code = _wait(proc, err, f"{' '.join(cli[2:])} after {fault} at {delay:.2f} s")
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # orphaned workers of a killed parent
    return code


def _inject(proc: subprocess.Popen[bytes], delay: float, fault: str, rnd: random.Random) -> None:
    """Wait ``delay`` seconds, then inject ``fault`` into the run ``proc``."""
    time.sleep(delay)
    if proc.poll() is None:
        try:
            if fault == "worker":
                workers = children(proc.pid)
                if workers:
                    os.kill(rnd.choice(workers), signal.SIGKILL)
            elif fault == "parent":
                os.kill(proc.pid, signal.SIGKILL)
            elif fault == "group":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                os.kill(proc.pid, signal.SIGINT if fault == "sigint" else signal.SIGTERM)
        except ProcessLookupError:
            pass


def files(out: Path) -> dict[str, bytes]:
    """Every file a run leaves by relative path (errors and failures files included), but
    the manifest (its order follows the faults)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl"
    }


def check(src: Path, work: Path, jobs: int, rounds: int, rnd: random.Random) -> list[str]:
    """Differences between a clean run and a faulty one over ``src`` (empty: none)."""
    base = work / f"{src.name}-base"
    started = time.monotonic()
    _run(command(src, _out(base, src), jobs, resume=False))
    duration = time.monotonic() - started
    out = work / f"{src.name}-faulty"
    cli = command(src, _out(out, src), jobs, resume=False)
    log = []
    for i in range(rounds):
        fault = rnd.choice(FAULTS)
        delay = rnd.uniform(0.1, duration)
        code = faulty_round(cli if i == 0 else [*cli, "--resume"], delay, fault, rnd)
        log.append(f"{fault}@{delay:.2f}s->{code}")
    for _ in range(20):  # resume until the run ends on its own
        if _run([*cli, "--resume"]) in (0, 1):
            break
    want, got = files(base), files(out)  # for JSONL: the output and its errors file
    differ = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
    if src.is_file() and src.read_bytes().count(ODD_FIELDS) != got["out.jsonl"].count(ODD_FIELDS):
        differ.append("out.jsonl: fields not passed through byte for byte")
    print(f"{src.name}: clean run {duration:.1f}s; faults {', '.join(log)}; differ {differ}")
    return differ


def _run(cli: list[str]) -> int:
    """Run ``cli`` quietly to its end; its exit code."""
    with tempfile.TemporaryFile() as err:
        return _wait(_start(cli, err), err, " ".join(cli[2:]))


def _out(out: Path, src: Path) -> Path:
    """The --out for ``src``: a file (in its own folder) for JSONL, a folder otherwise."""
    if src.is_file():
        out.mkdir(parents=True, exist_ok=True)
        return out / "out.jsonl"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=8, help="faulty rounds per input")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/clean-article-faults"))
    args = parser.parse_args(argv)
    rnd = random.Random(args.seed)
    inputs = corpus(args.work / "corpus", args.records, args.seed)
    differ = [name for src in inputs for name in check(src, args.work, args.jobs, args.rounds, rnd)]
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
