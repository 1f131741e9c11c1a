"""Function words of several languages: the stop-word density of the block rules (G) and
the words a name cannot start with (B). No rule in it."""

from __future__ import annotations

from functools import cache

from cleaner.resources import package


@cache
def stopwords() -> frozenset[str]:
    """Function words of several languages, from ``data/stopwords.txt``."""
    text = package().joinpath("data", "stopwords.txt").read_text("utf-8")
    found: set[str] = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            found.update(line.partition(":")[2].split())
    return frozenset(found)
