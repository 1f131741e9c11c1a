"""bench/fault_injection.py on a small corpus: workers and the parent killed at random points,
resumed, give the same files as an uninterrupted run (issue 16)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_killed_and_resumed_runs_match_an_uninterrupted_run(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "fault_injection", ROOT / "bench" / "fault_injection.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    args = ["--records", "150", "--rounds", "3", "--seed", "7", "--work", str(tmp_path)]
    assert module.main(args) == 0
