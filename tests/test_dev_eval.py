"""Quality gate over the dev-eval set (``../shared/dev-eval``): floors that can only go up.

Every page of the three tiers is cleaned in-process (decoded as the CLI decodes files) and scored
with the scorer's own matching (``norm``, ``haystacks``, ``present`` from its ``score.py``),
pooled per tier and per language group exactly as ``score.py`` pools them. The data is read
in place and never copied into the repository: it is not ours to redistribute.

The floors live in ``tests/dev_eval_floors.json``. When the code gets better, raise them:
``pytest tests/test_dev_eval.py --update-goldens`` sets each floor to the measured figure
minus 0.005 (rounded down), and never lowers one. A floor may only go down by a reviewed
hand edit that says why.
"""

from __future__ import annotations

import importlib.util
import json
import math
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import ROOT, SHARED

#: ``CLEAN_ARTICLE_DEV_EVAL`` points the gate at another copy (e.g. from a git worktree).
DEV_EVAL = Path(os.environ.get("CLEAN_ARTICLE_DEV_EVAL") or SHARED / "dev-eval")
FLOORS = ROOT / "tests" / "dev_eval_floors.json"
TIERS = ("full_md", "readability_md", "trafilatura_txt")
METRICS = ("recall", "rejection", "hmean")
#: How far under the measured figure a floor is set, so that noise-free but tiny changes
#: (a phrase list edit that moves one snippet) do not fail the gate.
MARGIN = 0.005
#: Languages with fewer pages are pooled into "other", as score.py does by default.
MIN_LANG_PAGES = 10
WORKERS = 2

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("dev-eval")]


def load_scorer(folder: Path = DEV_EVAL) -> ModuleType:
    """Import the dev-eval's own ``score.py`` so the gate matches snippets exactly as it does."""
    spec = importlib.util.spec_from_file_location("dev_eval_score", folder / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_worker: tuple[Any, ModuleType] | None = None


def _score_page(job: tuple[str, list[str], list[str]]) -> tuple[int, int]:
    """Clean one page; return (with-snippets present, without-snippets absent)."""
    global _worker  # noqa: PLW0603 - one Cleaner and scorer per worker process
    from cleaner import Cleaner
    from cleaner.text.decode import decode

    if _worker is None:
        _worker = (Cleaner(), load_scorer())
    cleaner, scorer = _worker
    path, with_, without = job
    text, _ = decode(Path(path).read_bytes())
    hay = scorer.haystacks(cleaner.clean(text).text)
    found = sum(bool(scorer.present(s, hay)) for s in with_)
    absent = sum(not scorer.present(s, hay) for s in without)
    return found, absent


@dataclass
class Tally:
    with_: int = 0
    found: int = 0
    without: int = 0
    absent: int = 0

    def figures(self) -> dict[str, float]:
        recall = self.found / self.with_ if self.with_ else 0.0
        rejection = self.absent / self.without if self.without else 0.0
        total = recall + rejection
        hmean = 2 * recall * rejection / total if total else 0.0
        return {"recall": recall, "rejection": rejection, "hmean": hmean}


def measure(tier: str) -> dict[str, dict[str, float]]:
    """Pooled figures for one tier: ``{"all": {...}, "de": {...}, ..., "other": {...}}``."""
    scorer = load_scorer()
    cases = scorer.load_cases(str(DEV_EVAL / "cases.jsonl"))
    sizes: dict[str, int] = {}
    for case in cases:
        sizes[case["lang"]] = sizes.get(case["lang"], 0) + 1
    jobs = [(str(DEV_EVAL / tier / f"{c['name']}.txt"), c["with"], c["without"]) for c in cases]
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        results = pool.map(_score_page, jobs, chunksize=8)
    tallies: dict[str, Tally] = {}
    for case, (found, absent) in zip(cases, results, strict=True):
        group = case["lang"] if sizes[case["lang"]] >= MIN_LANG_PAGES else "other"
        for key in ("all", group):
            tally = tallies.setdefault(key, Tally())
            tally.with_ += len(case["with"])
            tally.found += found
            tally.without += len(case["without"])
            tally.absent += absent
    return {key: tally.figures() for key, tally in sorted(tallies.items())}


def floor_of(value: float) -> float:
    """The floor for a measured figure: ``MARGIN`` below it, rounded down to 3 decimals."""
    return max(0.0, math.floor((value - MARGIN) * 1000) / 1000)


def _table(measured: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> str:
    rows = [f"{'group':<7}" + "".join(f"{m:>20}" for m in METRICS)]
    for group, figures in measured.items():
        cells = []
        for metric in METRICS:
            floor = floors.get(group, {}).get(metric)
            mark = "" if floor is None or figures[metric] >= floor else " !"
            shown = "  -  " if floor is None else f"{floor:.3f}"
            cells.append(f"{figures[metric]:.4f} (>= {shown}){mark}".rjust(20))
        rows.append(f"{group:<7}" + "".join(cells))
    return "\n".join(rows)


@pytest.mark.parametrize("tier", TIERS)
def test_dev_eval_floors(tier: str, update_goldens: bool) -> None:
    if not DEV_EVAL.is_dir():
        pytest.skip(f"dev-eval set not found at {DEV_EVAL}: quality gate not run")
    measured = measure(tier)
    all_floors = json.loads(FLOORS.read_text("utf-8"))
    floors: dict[str, dict[str, float]] = all_floors.get(tier, {})
    if update_goldens:  # floors only rise
        for group, figures in measured.items():
            old = floors.setdefault(group, {})
            for metric in METRICS:
                old[metric] = max(old.get(metric, 0.0), floor_of(figures[metric]))
        all_floors[tier] = floors
        FLOORS.write_text(json.dumps(all_floors, indent=2, sort_keys=True) + "\n", "utf-8")
    table = _table(measured, floors)
    print(f"\ndev-eval {tier}\n{table}")
    missing = sorted(set(measured) - set(floors))
    assert not missing, f"{tier}: no floors for {missing}; run with --update-goldens\n{table}"
    below = [
        f"{group} {metric} {measured[group][metric]:.4f} < floor {floor:.3f}"
        for group, metrics in floors.items()
        for metric, floor in metrics.items()
        if measured.get(group, {}).get(metric, 0.0) < floor
    ]
    assert not below, f"{tier} fell below its floors:\n" + "\n".join(below) + "\n" + table


def test_floors_are_complete() -> None:
    """Every tier and language group has a floor for every metric, each a share in [0, 1]."""
    floors = json.loads(FLOORS.read_text("utf-8"))
    assert set(floors) == set(TIERS)
    for tier, groups in floors.items():
        assert {"all", "de", "en", "other"} <= set(groups), tier
        for group, metrics in groups.items():
            assert set(metrics) == set(METRICS), (tier, group)
            assert all(0.0 <= v <= 1.0 for v in metrics.values()), (tier, group)
