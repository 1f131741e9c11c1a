"""Generated scraped-looking articles for the batch tests (deterministic, no data files)."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "council",
    "budget",
    "river",
    "school",
    "harbour",
    "museum",
    "festival",
    "library",
    "station",
    "market",
    "winter",
    "farmers",
    "bridge",
    "election",
    "hospital",
    "teachers",
    "rainfall",
    "tourism",
    "orchestra",
    "railway",
    "village",
]
BOILER = (
    "Share this article on Facebook",
    "Subscribe to our newsletter for the latest news",
    "Copyright © 2024 Example Media Ltd. All rights reserved.",
    "[Home](/) | [News](/news) | [Sport](/sport) | [Contact](/contact)",
    "Follow us on Twitter and Instagram",
    "Read more: [Related story](https://example.org/related)",
)


def article(seed: int) -> str:
    """One article: a title, a byline, a few paragraphs, some boilerplate and markup."""
    rng = random.Random(seed)

    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
        return " ".join(words).capitalize() + "."

    lines = [f"# The {rng.choice(WORDS)} of {rng.choice(WORDS)} {seed}", ""]
    lines += [rng.choice(BOILER[3:4]), "", f"By Reporter {seed % 7}", ""]
    for _ in range(rng.randint(3, 6)):
        lines += [" ".join(sentence() for _ in range(rng.randint(2, 4))), ""]
    lines += [rng.choice(BOILER[:3]), "", rng.choice(BOILER[4:]), ""]
    return "\n".join(lines)


def make_folder(root: Path, count: int, *, nested: bool = True) -> list[str]:
    """Write ``count`` articles under ``root`` (some in subfolders); return relative paths."""
    rels = []
    for i in range(count):
        sub = f"part{i % 3}/" if nested and i % 2 else ""
        rel = f"{sub}article_{i:04d}.txt"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(i), encoding="utf-8")
        rels.append(rel)
    return rels
