"""Score the cleaner on ../shared/dev-eval snippet by snippet, and compare two runs.

The dev-eval scorer (``../shared/dev-eval/score.py``) pools its figures; a rule change needs
to know which snippets it moved. This runs the cleaner in-process on every page of the
tiers, prints each tier's recall, rejection and harmonic mean as ``score.py`` computes them,
saves whether each 'with' and 'without' snippet is present, and with ``--diff`` lists the
snippets whose presence changed since an earlier saved run:

    python bench/deveval.py --save /tmp/before.json
    python bench/deveval.py --save /tmp/after.json --diff /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV_EVAL = ROOT.parent / "shared" / "dev-eval"
TIERS = ("trafilatura_txt", "full_md", "readability_md")

#: Per tier, per page: [presence of each 'with' snippet, presence of each 'without' one].
Presence = dict[str, dict[str, list[list[bool]]]]


def _scorer() -> ModuleType:
    sys.path.insert(0, str(DEV_EVAL))
    import score  # the set's own matching rules

    return score


def _page(job: tuple[str, dict[str, Any]]) -> tuple[str, str, list[bool], list[bool]]:
    from cleaner import clean

    tier, case = job
    score = _scorer()
    text = (DEV_EVAL / tier / f"{case['name']}.txt").read_text("utf-8", errors="replace")
    hay = score.haystacks(clean(text).text)
    with_ = [bool(score.present(s, hay)) for s in case["with"]]
    without = [bool(score.present(s, hay)) for s in case["without"]]
    return tier, case["name"], with_, without


def run(tiers: tuple[str, ...], jobs: int) -> Presence:
    """Clean every page of ``tiers`` and record which snippets the output holds."""
    cases = _scorer().load_cases(str(DEV_EVAL / "cases.jsonl"))
    found: Presence = {tier: {} for tier in tiers}
    work = [(tier, case) for tier in tiers for case in cases]
    with ProcessPoolExecutor(jobs) as pool:
        for tier, name, with_, without in pool.map(_page, work, chunksize=8):
            found[tier][name] = [with_, without]
    return found


def summary(found: Presence) -> list[str]:
    """Each tier's recall, rejection and harmonic mean, pooled over snippets."""
    lines = []
    for tier, pages in found.items():
        kept = [x for page in pages.values() for x in page[0]]
        leaked = [x for page in pages.values() for x in page[1]]
        recall = sum(kept) / len(kept)
        rejection = 1 - sum(leaked) / len(leaked)
        hmean = 2 * recall * rejection / (recall + rejection)
        lines.append(f"{tier}: recall {recall:.4f} rejection {rejection:.4f} hmean {hmean:.4f}")
    return lines


def changes(before: Presence, after: Presence) -> list[str]:
    """The snippets whose presence differs between two runs, with what happened to them."""
    cases = {case["name"]: case for case in _scorer().load_cases(str(DEV_EVAL / "cases.jsonl"))}
    out = []
    for tier, pages in after.items():
        for name, (with_, without) in pages.items():
            old_with, old_without = before.get(tier, {}).get(name, (with_, without))
            for k, (was, now) in enumerate(zip(old_with, with_, strict=True)):
                if was != now:
                    state, snippet = ("kept" if now else "LOST"), cases[name]["with"][k][:100]
                    out.append(f"{tier} {name} with {state}: {snippet!r}")
            for k, (was, now) in enumerate(zip(old_without, without, strict=True)):
                if was != now:
                    state, snippet = ("leaks" if now else "caught"), cases[name]["without"][k][:100]
                    out.append(f"{tier} {name} without {state}: {snippet!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tier", action="append", choices=TIERS, help="a tier (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--save", type=Path, help="write the per-snippet presence here")
    parser.add_argument("--diff", type=Path, help="list changes against a saved run")
    args = parser.parse_args(argv)
    if not DEV_EVAL.is_dir():
        print(f"no dev-eval set at {DEV_EVAL}", file=sys.stderr)
        return 2
    found = run(tuple(args.tier or TIERS), args.jobs)
    print("\n".join(summary(found)))
    if args.save:
        args.save.write_text(json.dumps(found), "utf-8")
    if args.diff:
        print("\n".join(changes(json.loads(args.diff.read_text("utf-8")), found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
