"""Phrase families: boilerplate wording kept as data files (``data/phrases/*.txt``), one
pattern per line with its language, compiled once per process into one pattern per family.

Users add patterns to a family from their config; every match runs under a time limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

#: Seconds one match may take before :class:`TimeoutError` stops it.
MATCH_TIMEOUT = 1.0
FLAGS = regex.IGNORECASE | regex.VERSION0


@dataclass(frozen=True, slots=True)
class Phrase:
    """One pattern of a family, with the language it is written for."""

    lang: str
    pattern: str


@cache
def family(name: str) -> tuple[Phrase, ...]:
    """The built-in phrases of a family (file ``data/phrases/NAME.txt``)."""
    text = files("cleaner").joinpath("data", "phrases", f"{name}.txt").read_text("utf-8")
    phrases = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        lang, _, pattern = line.partition(":")
        phrases.append(Phrase(lang.strip(), pattern.strip()))
    return tuple(phrases)


def alternation(patterns: Iterable[str]) -> str:
    """Join patterns into one non-capturing alternation."""
    return "|".join(f"(?:{p})" for p in patterns)


@cache
def compiled(name: str, extra: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """One pattern matching any phrase of the family, plus ``extra`` user patterns."""
    patterns = [p.pattern for p in family(name)] + list(extra)
    return regex.compile(alternation(patterns), FLAGS)


def words(name: str) -> str:
    """A word-list family (taxonomy labels, byline openers) as one alternation."""
    return alternation(p.pattern for p in family(name))


def search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """``pattern.search`` under :data:`MATCH_TIMEOUT`."""
    return pattern.search(text, timeout=MATCH_TIMEOUT)
