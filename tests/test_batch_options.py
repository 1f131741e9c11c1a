"""batch --learn, --config and --engine validation (the Ray engine itself: test_ray.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from cleaner.cli.app import app

FOOTER = "The Daily Briefing arrives every morning at six"
TOPICS = ["bridge", "school", "harbour", "library", "stadium", "museum", "station", "market"]
BODY = "The council met on Tuesday and voted to repair the old {topic} after a long debate."


def _corpus(folder: Path, n: int = 8) -> None:
    folder.mkdir()
    for i in range(n):
        body = BODY.format(topic=TOPICS[i])
        (folder / f"a{i}.txt").write_text(f"{body}\n\n{FOOTER}\n", "utf-8")


def test_learn_removes_lines_recurring_across_the_folder(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path / "in"), "--out", str(out), "-j", "1", "--learn", "-q"]
    )
    assert result.exit_code == 0, result.output
    text = (out / "a3.txt").read_text("utf-8")
    assert FOOTER not in text
    assert BODY.format(topic=TOPICS[3]) in text
    profile = orjson.loads((out / ".clean-article" / "profile.json").read_bytes())
    assert any(
        FOOTER in entry["line"] for entries in profile["sites"].values() for entry in entries
    )


def test_learning_is_on_by_default_and_no_learn_turns_it_off(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    for flags, footer_stays in (([], False), (["--learn"], False), (["--no-learn"], True)):
        out = tmp_path / f"out{len(flags)}{footer_stays}"
        args = ["batch", str(tmp_path / "in"), "--out", str(out), "-j", "1", "-q", *flags]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert (FOOTER in (out / "a3.txt").read_text("utf-8")) is footer_stays
        assert (out / ".clean-article" / "profile.json").exists() is not footer_stays


def test_config_file_phrases_apply_in_batch(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    settings = tmp_path / "site.toml"
    settings.write_text('[phrases]\nmembership_prompt = ["^get the daily briefing"]\n', "utf-8")
    out = tmp_path / "out"
    args = [
        "batch",
        str(tmp_path / "in"),
        "--out",
        str(out),
        "-j",
        "1",
        "-q",
        "--config",
        str(settings),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert FOOTER not in (out / "a0.txt").read_text("utf-8")


def test_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    args = ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--engine", "spark"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2


def test_learn_refuses_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["batch", "-", "--out", str(tmp_path / "o.jsonl"), "--learn"], input=""
    )
    assert result.exit_code == 2


def test_workers_are_forked_only_from_a_process_without_threads() -> None:
    """Forking copies held locks of other threads: with one running, use the forkserver."""
    import threading

    from cleaner.batch import pool as batch_pool

    assert batch_pool._context().get_start_method() == "fork"
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert batch_pool._context().get_start_method() == "forkserver"
    finally:
        release.set()
        thread.join()


def _die_on_three(item: int) -> int:
    if item == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return item * 2


def test_a_killed_worker_stops_the_pool_instead_of_hanging() -> None:
    from cleaner import Config
    from cleaner.batch.pool import WorkerDiedError, WorkerPool

    got: list[int] = []
    with (
        pytest.raises(WorkerDiedError, match="worker process died"),
        WorkerPool(2, Config(), {}) as pool,
    ):
        got.extend(pool.map(_die_on_three, range(8)))
    assert got == [0, 2, 4][: len(got)]  # results before the lost task, in order


def test_a_pool_whose_workers_live_returns_every_result_in_order() -> None:
    from cleaner import Config
    from cleaner.batch.pool import WorkerPool

    with WorkerPool(2, Config(), {}) as pool:
        assert list(pool.map(_die_on_three, [0, 1, 2, 4, 5])) == [0, 2, 4, 8, 10]


#: Kills both workers of a pool whose results are all taken, once one of them waits for a
#: task holding the task queue's lock, then leaves the pool as a finished run does.
_KILL_IDLE_WORKERS = """
import faulthandler, os, signal, time
faulthandler.dump_traceback_later(100, exit=True)  # a hang shows where, on stderr
from cleaner import Config
from cleaner.batch.pool import WorkerPool
with WorkerPool(2, Config(), {}) as pool:
    assert list(pool.map(abs, range(-8, 0))) == list(range(8, 0, -1))
    lock = pool._pool._inqueue._rlock._semlock
    while lock._get_value():  # until an idle worker holds the lock
        time.sleep(0.01)
    for worker in pool._pool.started:
        os.kill(worker.pid, signal.SIGKILL)
print("done")
"""

#: Kills the workers as the pool starts, once one of them waits for a task holding the task
#: queue's lock, and lets the pool replace them before WorkerPool first looks at them.
_KILL_A_WORKER_AS_THE_POOL_STARTS = """
import faulthandler, os, signal, time
faulthandler.dump_traceback_later(100, exit=True)  # a hang shows where, on stderr
from cleaner import Config
from cleaner.batch import pool as batch_pool

class Killing(batch_pool._TrackedPool):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        lock = self._inqueue._rlock._semlock
        while lock._get_value():  # until an idle worker holds the lock
            time.sleep(0.01)
        for worker in list(self.started):
            os.kill(worker.pid, signal.SIGKILL)
        while len(self.started) < 4:  # replaced before WorkerPool looks
            time.sleep(0.01)

batch_pool._TrackedPool = Killing
try:
    with batch_pool.WorkerPool(2, Config(), {}) as pool:
        list(pool.map(abs, range(8)))
except batch_pool.WorkerDiedError:
    print("stopped")
"""


def _run_script(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh interpreter, with a guard against a hang for good."""
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.skipif(sys.platform != "linux", reason="reads the lock's value (sem_getvalue)")
def test_workers_killed_after_the_last_result_do_not_hang_the_pool() -> None:
    """A worker killed waiting for a task keeps the task queue's lock, so its replacement
    never got the stop sentinel and Pool.join() waited forever (a CI fault-injection hang)."""
    proc = _run_script(_KILL_IDLE_WORKERS)
    assert (proc.returncode, proc.stdout) == (0, "done\n"), proc.stderr


def test_engine_ray_on_text_files_is_a_usage_error(tmp_path: Path) -> None:
    """A one-line message and exit 2 (it was a traceback and exit 1), with or without Ray."""
    _corpus(tmp_path / "in")
    args = ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--engine", "ray"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "--engine ray cleans JSONL" in result.output


def test_address_without_the_ray_engine_is_a_usage_error(tmp_path: Path) -> None:
    """--address means nothing to the local engine: say so instead of ignoring it."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "a"}\n')
    args = ["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--address", "auto"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "--address needs --engine ray" in result.output
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="reads the lock's value (sem_getvalue)")
def test_a_worker_killed_as_the_pool_starts_stops_the_run_instead_of_hanging() -> None:
    """The pool replaces a dead worker at once, maybe before WorkerPool looks at its workers;
    the dead one held the task queue's lock, so its replacements never get a task. The run
    stops all the same (a resumed fault-injection run hung so in the project's CI)."""
    proc = _run_script(_KILL_A_WORKER_AS_THE_POOL_STARTS)
    assert (proc.returncode, proc.stdout) == (0, "stopped\n"), proc.stderr
