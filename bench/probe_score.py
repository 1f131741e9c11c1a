"""Score the cleaner on the hand-labeled probe articles of ``tests/probes/*.txt``.

Each probe file holds articles in the shape scrapers emit them (plain text or markdown with
link residue), written for sites and genres outside the labeled news set. An article starts
with a ``=== name ===`` line; each of its lines starts with ``+ `` (body) or ``- ``
(boilerplate). A line counts as removed when a removal in the report covers it; the first
body line going to the report's title counts as kept (a breadcrumb or section label may
stand above it). A name ending in ``(... md)`` puts a
blank line between the lines, any other name a single line break (as plain-text extractors
emit paragraphs).

    python bench/probe_score.py [--leaks] [--lost] [FILE ...]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "tests" / "probes"


@dataclass(frozen=True, slots=True)
class Probe:
    name: str
    lines: tuple[tuple[bool, str], ...]  # (body?, text)

    @property
    def joint(self) -> str:
        """Markdown (``md`` in the name) has blank lines between paragraphs, plain text not."""
        return "\n\n" if "md" in self.name.split("(")[-1] else "\n"

    @property
    def text(self) -> str:
        return self.joint.join(text for _, text in self.lines) + "\n"


def load(path: Path) -> list[Probe]:
    """The probe articles of one file."""
    probes: list[Probe] = []
    name = ""
    lines: list[tuple[bool, str]] = []
    for raw in path.read_text("utf-8").splitlines():
        if raw.startswith("=== "):
            if lines:
                probes.append(Probe(name, tuple(lines)))
            name, lines = raw.strip("= "), []
        elif raw.strip():
            mark, text = raw[:2], raw[2:]
            if mark not in ("+ ", "- "):
                raise ValueError(f"{path.name}: {raw!r} has no '+ ' or '- ' mark")
            lines.append((mark == "+ ", text))
    if lines:
        probes.append(Probe(name, tuple(lines)))
    return probes


@dataclass(slots=True)
class Score:
    body: int = 0
    boiler: int = 0
    caught: int = 0
    lost: list[tuple[str, str, str]] | None = None  # (probe, code, line)
    leaks: list[tuple[str, str]] | None = None  # (probe, line)


def score(probes: list[Probe]) -> Score:
    from cleaner import clean

    out = Score(lost=[], leaks=[])
    assert out.lost is not None and out.leaks is not None
    for probe in probes:
        result = clean(probe.text)
        removed: dict[int, str] = {}
        for removal in result.report.removed:
            code = "title" if removal.category == "title" else removal.code
            for n in range(removal.first_line, removal.last_line + 1):
                removed[n - 1] = code
        # The title goes to the report's ``title`` (``--keep-title`` puts it back): the
        # first body line, whether or not a section label or breadcrumb stands above it.
        first_body = next((i for i, (body, _) in enumerate(probe.lines) if body), -1)
        for i, (body, text) in enumerate(probe.lines):
            code = removed.get(len(probe.joint) * i)
            if body:
                out.body += 1
                if code is not None and not (code == "title" and i == first_body):
                    out.lost.append((probe.name, code, text))
            else:
                out.boiler += 1
                if code is not None:
                    out.caught += 1
                else:
                    out.leaks.append((probe.name, text))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--leaks", action="store_true", help="list boilerplate lines left in")
    parser.add_argument("--lost", action="store_true", help="list body lines removed")
    args = parser.parse_args(argv)
    files = args.files or sorted(PROBES.glob("*.txt"))
    for path in files:
        s = score(load(path))
        assert s.lost is not None and s.leaks is not None
        print(
            f"{path.name}: boilerplate caught {s.caught}/{s.boiler}, "
            f"body lost {len(s.lost)}/{s.body}"
        )
        if args.lost:
            for name, code, text in s.lost:
                print(f"  LOST {code} [{name}] {text[:110]}")
        if args.leaks:
            for name, text in s.leaks:
                print(f"  LEAK [{name}] {text[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
