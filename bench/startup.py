"""Start-up of clean-article: ``clean-article`` on a small file with a warm and a cold
pattern cache, and ``--version``, beside ``python -c pass`` (medians of 10 runs in turn).

The package's byte code is written first, as ``pip install`` does: in a checkout with
``PYTHONDONTWRITEBYTECODE`` set (or a read-only one) no run writes it, and every run would
compile the package's sources (about 0.1 s) rather than start.

Run: ``python bench/startup.py`` (bench/bench.py prints the same figures in its run).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cli(*args: str) -> list[str]:
    exe = shutil.which("clean-article") or str(Path(sys.executable).parent / "clean-article")
    return [exe, *args]


def compile_byte_code() -> Path:
    """Write the byte code of the ``cleaner`` package the command runs; its folder."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("cleaner")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    compileall.compile_dir(folder, quiet=1)
    return folder


def start_up(small: Path, cache: Path, runs: int = 10) -> dict[str, float]:
    """Median wall seconds of ``clean-article SMALL`` with a warm pattern cache (``cache``,
    filled by the warm-up run) and with a cold one (a new empty directory each run), of
    ``clean-article --version`` and of ``python -c pass``: run in turn, ``runs`` times each
    after one warm-up run each, so that byte code and file caches are warm."""
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        "warm cache": (cli(str(small)), cache),
        "cold cache": (cli(str(small)), None),
        "--version": (cli("--version"), cache),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, (cmd, directory) in commands.items():
            env = dict(
                os.environ, CLEAN_ARTICLE_CACHE_DIR=str(directory or cache.parent / f"cold-{run}")
            )
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
            if run:
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(found) for name, found in times.items()}


def print_start_up(root: Path) -> None:
    """Print the start-up figures, each also as a multiple of ``python -c pass``."""
    small = root / "small.txt"
    small.write_text("By Jane Doe\n\nThe council met on Tuesday and voted to fix the bridge.\n")
    compile_byte_code()
    medians = start_up(small, root / "start-up-cache")
    python = medians["python -c pass"]
    print("start-up, median wall seconds of 10 runs in turn (clean-article on a small file):")
    for name, seconds in medians.items():
        print(f"  {name:<16}{seconds:>8.3f} s {seconds / python:>7.1f}x python -c pass")


if __name__ == "__main__":
    place = Path(tempfile.mkdtemp(prefix="ca-start-up-"))
    try:
        print_start_up(place)
    finally:
        shutil.rmtree(place, ignore_errors=True)
