"""Phrase families: boilerplate wording kept as data files (``data/phrases/*.txt``), one
pattern per line with its language, compiled once per process into one pattern per family.

Users add patterns to a family from their config; every match runs under a time limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

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


#: For a compiled family, a cheap pattern that matches wherever the family can: one
#: alternation of literals (one of which every phrase needs), far faster to rule lines out;
#: and for ASCII text, the same literals lower-cased for plain substring tests (None when
#: a literal has a character that matches ASCII under case folding, like the Kelvin sign).
_PREFILTERS: dict[regex.Pattern[str], tuple[regex.Pattern[str], tuple[str, ...] | None]] = {}
_ASCII = [chr(i) for i in range(128)]
_POSIX_CLASS = regex.compile(r"\[:\^?\w+:\]")
#: Property escapes, which the ``re`` parser cannot read: any character will do for
#: finding literals (inside a class too, where ``.`` is a literal dot).
_PROPERTY = regex.compile(r"(?<!\\)\\[pP](?:\{[^{}]*\}|\w)")


@cache
def compiled(name: str, extra: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """One pattern matching any phrase of the family, plus ``extra`` user patterns."""
    patterns = [p.pattern for p in family(name)] + list(extra)
    pattern = regex.compile(alternation(patterns), FLAGS)
    literals = required_literals(patterns)
    # Short ASCII literals ("ad") pass most lines: such a prefilter costs more than it saves.
    if literals and all(len(x) >= 3 or not x.isascii() for x in literals):
        prefilter = regex.compile(
            "|".join(regex.escape(x) for x in sorted(literals, key=len, reverse=True)), FLAGS
        )
        _PREFILTERS[pattern] = (prefilter, _ascii_literals(literals))
    return pattern


def _ascii_literals(literals: set[str]) -> tuple[str, ...] | None:
    """The literals an ASCII text can hold, lower-cased (ASCII text matches a literal
    case-insensitively exactly when its lower-cased form holds the lower-cased literal)."""
    found = []
    for literal in literals:
        if literal.isascii():
            found.append(literal.lower())
            continue
        odd = [c for c in literal if not c.isascii()]
        if any(regex.match(regex.escape(c), a, FLAGS) for c in odd for a in _ASCII):
            return None
    return tuple(sorted(set(found)))


def required_literals(patterns: Iterable[str]) -> set[str] | None:
    """Literals such that any match of any pattern contains one of them (None if some
    pattern has none, or cannot be read by the ``re`` parser, or if every pattern is
    anchored at the start: those fail fast on their own)."""
    found: set[str] = set()
    anchored = True
    for pattern in patterns:
        if _POSIX_CLASS.search(pattern):  # [[:alpha:]]: re reads a set and a literal "]"
            return None
        try:
            parsed = list(sre_parse.parse(_PROPERTY.sub(".", pattern)))
        except Exception:  # regex-only syntax: no prefilter
            return None
        need = _need(parsed)
        if not need:
            return None
        found |= need
        anchored = anchored and _anchored(parsed)
    return None if anchored else found


def _anchored(items: list[tuple[Any, Any]]) -> bool:
    """Whether a parsed pattern can only match at the start of the text."""
    if not items:
        return False
    op, arg = items[0]
    if op is sre.AT:
        return bool(arg is sre.AT_BEGINNING or arg is sre.AT_BEGINNING_STRING)
    if op is sre.SUBPATTERN:
        return _anchored(list(arg[-1]))
    if op is sre.BRANCH:
        return all(_anchored(list(branch)) for branch in arg[1])
    return False


def _need(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best requirement of a sequence: one literal run or one required part, whichever
    has the longest shortest literal."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append({"".join(run)})
        run = []
        sub: set[str] | None = None
        if op is sre.SUBPATTERN:
            sub = _need(list(arg[-1]))
        elif op is sre.ATOMIC_GROUP:
            sub = _need(list(arg))
        elif op is sre.BRANCH:
            parts = [_need(list(branch)) for branch in arg[1]]
            if all(parts):
                sub = set().union(*parts)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            sub = _need(list(arg[2]))
        if sub:
            options.append(sub)
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def words(name: str) -> str:
    """A word-list family (taxonomy labels, byline openers) as one alternation."""
    return alternation(p.pattern for p in family(name))


def search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """``pattern.search`` under :data:`MATCH_TIMEOUT`; a family's literal prefilter first."""
    found = _PREFILTERS.get(pattern)
    if found is not None:
        prefilter, literals = found
        if literals is not None and text.isascii():
            lower = text.lower()
            if not any(literal in lower for literal in literals):
                return None
        elif not prefilter.search(text, timeout=MATCH_TIMEOUT):
            return None
    return pattern.search(text, timeout=MATCH_TIMEOUT)
