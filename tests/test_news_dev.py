"""Quality gate over the labeled news set: ``fixtures/news/labels.json`` on
``../shared/news-dev/articles.jsonl``, scored by ``bench/news_score.py``.

Floors live in ``tests/news_floors.json``, per run (``clean``: each article alone; ``learn``:
with a profile learned per site) and figure. ``pytest tests/test_news_dev.py --update-goldens``
raises each floor to the measured figure minus a margin and never lowers one.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import ROOT, SHARED

FLOORS = ROOT / "tests" / "news_floors.json"
#: (scope, figure) pairs pinned for each run; "body_lost" is a ceiling, the rest floors.
PINNED = (
    ("pooled", "recall"),
    ("pooled", "precision"),
    ("pooled", "line_f1"),
    ("pooled", "body_kept"),
    ("pooled", "shingle_f1"),
    ("macro", "recall"),
    ("macro", "line_f1"),
)
MARGIN = 0.005

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("news-dev")]


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("news_score", ROOT / "bench" / "news_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["news_score"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@cache
def measured() -> dict[str, Any]:
    module = scorer()
    return module.summary(module.score_all(module.load()))  # type: ignore[no-any-return]


def test_labels_match_the_articles() -> None:
    """Every non-empty line of every article has a label whose SHA-1 matches the line."""
    module = scorer()
    articles = module.load()
    assert len(articles) == 194
    assert sum(len(a.lines) for a in articles) == 3431
    categories = {line.category for a in articles for line in a.lines if not line.body}
    assert categories <= set(json.loads((ROOT / "fixtures/news/categories.json").read_text()))


def test_drifted_line_is_caught(tmp_path: Path) -> None:
    module = scorer()
    labels = json.loads((ROOT / "fixtures/news/labels.json").read_text("utf-8"))
    labels["articles"][0]["lines"][0]["sha1"] = "0" * 40
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(labels), "utf-8")
    with pytest.raises(module.LabelDriftError):
        module.load(path)


def test_news_floors(update_goldens: bool) -> None:
    figures = measured()
    floors = json.loads(FLOORS.read_text("utf-8")) if FLOORS.exists() else {}
    if update_goldens:  # floors only rise, the body-loss ceiling only falls
        for run in ("clean", "learn"):
            pinned = floors.setdefault(run, {})
            for scope, name in PINNED:
                key = f"{scope}.{name}"
                value = math.floor((figures[run][scope][name] - MARGIN) * 1000) / 1000
                pinned[key] = max(pinned.get(key, 0.0), value)
            lost = figures[run]["body_lost"]
            pinned["body_lost.max"] = min(pinned.get("body_lost.max", lost), lost)
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", "utf-8")
    below = []
    for run, pinned in floors.items():
        for key, floor in pinned.items():
            if key == "body_lost.max":
                if figures[run]["body_lost"] > floor:
                    below.append(f"{run}: {figures[run]['body_lost']} body lines lost > {floor}")
                continue
            scope, name = key.split(".")
            if figures[run][scope][name] < floor:
                below.append(f"{run} {key} {figures[run][scope][name]:.4f} < {floor}")
    assert set(floors) == {"clean", "learn"}, "no floors: run with --update-goldens"
    assert not below, "news-dev fell below its floors:\n" + "\n".join(below)


def test_cleaning_beats_the_unchanged_input() -> None:
    """The cleaned text is closer to the gold body than the input is (shingle F1)."""
    figures = measured()
    for run in ("clean", "learn"):
        assert figures[run]["pooled"]["shingle_f1"] > figures["input"]["pooled"]["shingle_f1"]
        assert figures[run]["macro"]["line_f1"] > figures["input"]["macro"]["line_f1"]


def test_news_set_is_present() -> None:
    assert (SHARED / "news-dev" / "articles.jsonl").is_file(), "../shared/news-dev is missing"
