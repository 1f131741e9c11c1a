"""Literal prefilters: strings one of which every match of a phrase pattern must hold, tested
before the pattern runs, as the cheapest exact way to rule text out; and the literal index,
which finds for many prefilters at once which lines of a document they admit.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from unicodedata import category

import regex

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; without it lines are tested one by one
    ahocorasick = None

#: Seconds one match may take before :class:`TimeoutError` stops it.
MATCH_TIMEOUT = 1.0
FLAGS = regex.IGNORECASE | regex.VERSION0

#: Up to this many literals, ``in`` tests beat starting an automaton.
_FEW_LITERALS = 8


@cache
def _automaton_of(literals: Literals) -> Any:
    """An Aho-Corasick automaton of a tier's ASCII literals (tiers are hashed by identity)."""
    automaton = ahocorasick.Automaton()
    for literal in literals.ascii:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


#: Non-ASCII characters that match an ASCII one under :data:`FLAGS` (dotted and dotless I,
#: long s, Kelvin sign): text without them matches an ASCII literal only with ASCII
#: characters, so the lower-cased text holds the lower-cased literal (checked in tests).
LOOKALIKES = "\u0130\u0131\u017f\u212a"


@dataclass(frozen=True, slots=True, eq=False)
class Literals:
    """Strings one of which every match of a pattern holds (under :data:`FLAGS`), as the
    cheapest exact test that rules text out."""

    #: All of them: one pattern of them with the same flags is exact on any text, but slow.
    literals: tuple[str, ...]
    #: Lower-cased ASCII literals, and the longest ASCII run (3 or more characters) of each
    #: other literal: substring tests on the lower-cased text.
    ascii: tuple[str, ...]
    #: The literals with no such run whose characters have no other case (like "©"):
    #: substring tests on the text itself ...
    caseless: tuple[str, ...]
    #: ... and the rest (tested with one pattern) ...
    other: tuple[str, ...]
    #: ... and whether one of them can match ASCII text (by case folding, like the Kelvin sign).
    other_on_ascii: bool
    #: Whether a :class:`LiteralIndex` may look for them: no single letter (on every line),
    #: none across a line break. Two letters ("ad", "ap") cost fewer automaton hits than
    #: testing each line by itself.
    indexable: bool

    @classmethod
    def of(cls, literals: Iterable[str]) -> Literals:
        ordered = sorted(set(literals), key=lambda x: (-len(x), x))
        ascii_found: set[str] = set()
        others = []
        for literal in ordered:
            run = literal if literal.isascii() else _ascii_run(literal)
            if len(run) >= 3 or literal.isascii():
                ascii_found.add(run.lower())
            else:
                others.append(literal)
        on_ascii = any(_matches_ascii(c) for literal in others for c in literal)
        indexable = all(len(x) >= 2 for x in ascii_found) and not any("\n" in x for x in ordered)
        plain = tuple(x for x in others if all(map(caseless, x)))
        rest = tuple(x for x in others if x not in plain)
        return cls(tuple(ordered), tuple(sorted(ascii_found)), plain, rest, on_ascii, indexable)

    def found_in(self, text: str) -> bool:
        """Whether one of the literals may occur in ``text`` (never False when one does)."""
        if text.isascii():
            lower = text.lower()
            if self.holds_ascii(lower):
                return True
            return self.other_on_ascii and self.has_other(text)
        if any(c in text for c in LOOKALIKES):
            return bool(_alternatives(self.literals).search(text, timeout=MATCH_TIMEOUT))
        lower = text.lower()
        return self.holds_ascii(lower) or self.has_other(text)

    def holds_ascii(self, lower: str) -> bool:
        """Whether the lower-cased ``lower`` holds one of the ASCII literals: one pass of an
        Aho-Corasick automaton when there are many, ``in`` tests when there are few."""
        if len(self.ascii) < _FEW_LITERALS or ahocorasick is None:
            return any(literal in lower for literal in self.ascii)
        return next(_automaton_of(self).iter(lower), None) is not None

    def has_other(self, text: str) -> bool:
        """Whether ``text`` holds one of the literals tested on the text itself."""
        if any(literal in text for literal in self.caseless):
            return True
        if not self.other:
            return False
        return bool(_alternatives(self.other).search(text, timeout=MATCH_TIMEOUT))


def _matches_ascii(char: str) -> bool:
    """Whether a non-ASCII character matches an ASCII one under :data:`FLAGS`: it is one of
    :data:`LOOKALIKES` (a test checks that they are all such characters in Unicode; a
    pattern compiled per character made hundreds of patterns for Chinese and Japanese
    literals, more than ``regex`` keeps)."""
    return char in LOOKALIKES


@cache
def _alternatives(literals: tuple[str, ...]) -> regex.Pattern[str]:
    """One pattern of literals (longest first), compiled on first use."""
    return regex.compile("|".join(regex.escape(x) for x in literals), FLAGS)


def caseless(char: str) -> bool:
    """Whether a character matches only itself under :data:`FLAGS` (no letter, mark or
    unassigned code point, and no case mapping; checked in tests on every code point)."""
    return (
        category(char)[0] not in "LMC"
        and char.lower() == char
        and char.upper() == char
        and char.casefold() == char
    )


_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")


def _ascii_run(text: str) -> str:
    """The longest run of ASCII characters in ``text``."""
    return max(_NON_ASCII.split(text), key=len)


@dataclass(frozen=True, slots=True, eq=False)
class Prefilter:
    """Cheap tests that a family's pattern needs to pass: ``first`` a few short literals,
    fast to rule most text out; ``then`` (when it differs) longer ones read across small
    alternatives ("by using this site"), for the text that passed ``first``. ``per_line``
    says whether :func:`search` runs them before the pattern (not when every phrase is
    anchored at the start: those fail fast on their own); a :class:`LiteralIndex` uses
    them on whole documents either way."""

    first: Literals
    then: Literals | None
    per_line: bool

    def admits(self, text: str) -> bool:
        """False when the family's pattern cannot match anywhere in ``text``."""
        if not self.first.found_in(text):
            return False
        return self.then is None or self.then.found_in(text)

    @property
    def tiers(self) -> tuple[Literals, ...]:
        return (self.first,) if self.then is None else (self.first, self.then)


def _indexed_tiers(prefilter: Prefilter) -> tuple[Literals, ...]:
    """The tiers of a prefilter that a :class:`LiteralIndex` holds."""
    if prefilter.then is not None and prefilter.then.indexable:
        return (prefilter.then,)
    return tuple(t for t in prefilter.tiers if t.indexable)


class LiteralIndex:
    """The literals of many prefilters in one Aho-Corasick automaton: one pass over a
    document's lower-cased lines tells, for each prefilter, which lines it admits.

    It admits every line :meth:`Prefilter.admits` admits: lower-cased lines hold every ASCII
    literal the line matches, except lines with a :data:`LOOKALIKES` character, tested one
    by one; literals without an ASCII run are found with their pattern, on the original
    text. Of a prefilter with two tiers only the longer literals are indexed: each tier is
    a necessary condition, and the short ones mostly pass what the long ones pass, at the
    cost of many more matches to count."""

    def __init__(self, prefilters: Iterable[Prefilter]) -> None:
        self.prefilters = tuple(prefilters)
        self.tiers = [t for p in self.prefilters for t in _indexed_tiers(p)]
        owners: dict[str, list[int]] = {}
        for number, tier in enumerate(self.tiers):
            for literal in tier.ascii:
                owners.setdefault(literal, []).append(number)
        self.automaton = ahocorasick.Automaton()
        for literal, numbers in owners.items():
            self.automaton.add_word(literal, (len(literal), tuple(numbers)))
        if owners:
            self.automaton.make_automaton()
        self.empty = not owners
        #: For each prefilter, the numbers of its tiers in the index.
        self.numbers: list[list[int]] = []
        for prefilter in self.prefilters:
            start = sum(map(len, self.numbers))
            count = len(_indexed_tiers(prefilter))
            self.numbers.append(list(range(start, start + count)))

    def scan(self, texts: Sequence[str]) -> dict[Prefilter, frozenset[int] | None]:
        """For each prefilter, the indexes of the texts it admits (None: not indexed)."""
        hits = self._tier_hits(texts)
        found: dict[Prefilter, frozenset[int] | None] = {}
        for prefilter, numbers in zip(self.prefilters, self.numbers, strict=True):
            if not numbers:
                found[prefilter] = None
                continue
            found[prefilter] = frozenset(set.intersection(*(hits[n] for n in numbers)))
        return found

    def _tier_hits(self, texts: Sequence[str]) -> list[set[int]]:
        hits: list[set[int]] = [set() for _ in self.tiers]
        lowered = [t.lower() for t in texts]
        if not self.empty:
            starts = _starts(lowered)
            # Matches come in order of their end, and a literal never holds a newline: the
            # line changes only when an end passes the next line's start.
            line, bound = -1, -1
            for end, (_, numbers) in self.automaton.iter("\n".join(lowered)):
                if end >= bound:
                    line = bisect_right(starts, end) - 1
                    bound = starts[line + 1] if line + 1 < len(starts) else sys.maxsize
                for number in numbers:
                    hits[number].add(line)
        whole = "\n".join(texts)
        if whole.isascii() and not any(t.other_on_ascii for t in self.tiers):
            return hits  # ASCII text: the automaton found every literal it can hold
        starts = _starts(texts)
        odd = []
        if has_lookalike(whole):
            odd = [i for i, t in enumerate(texts) if has_lookalike(t)]
        rare = _RareChars(whole)
        for number, tier in enumerate(self.tiers):
            for i in odd:
                if tier.found_in(texts[i]):
                    hits[number].add(i)
            for literal in tier.caseless:
                at = whole.find(literal)
                while at >= 0:
                    hits[number].add(bisect_right(starts, at) - 1)
                    at = whole.find(literal, at + 1)
            if tier.other and rare.may_hold(tier):
                # One search of the whole text: a line holding a literal holds a match. No
                # time limit: literals cannot backtrack, and a long document must not time out.
                for m in _alternatives(tier.other).finditer(whole):
                    hits[number].add(bisect_right(starts, m.start()) - 1)
        return hits


#: A character outside ASCII (the standard library's ``re`` scans for it fast).
_RARE = re.compile(r"[^\x00-\x7f]")


class _RareChars:
    """The distinct non-ASCII characters of a text, found on first need: a tier's
    :attr:`Literals.other` can match only where the text holds a character matching one
    of :func:`_keys`. Searching the few distinct characters for those is far cheaper than
    searching the whole text for the literals (``regex`` tries each at every position)."""

    __slots__ = ("chars", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars: str | None = None

    def may_hold(self, tier: Literals) -> bool:
        """False when no literal of ``tier.other`` can occur in the text."""
        if tier.other_on_ascii:
            return True
        if self.chars is None:
            self.chars = "".join(set(_RARE.findall(self.text)))
        return _keys(tier.other).search(self.chars) is not None


@cache
def _keys(literals: tuple[str, ...]) -> regex.Pattern[str]:
    """A class of the first non-ASCII character of each of ``literals`` (each has one). Under
    :data:`FLAGS` (simple case folding: one character of the pattern matches one of the
    text) a text where a literal matches holds a character this class matches, and when
    no literal matches an ASCII character (``other_on_ascii``), a non-ASCII one."""
    first = {next(c for c in literal if not c.isascii()) for literal in literals}
    return regex.compile("[" + "".join(regex.escape(c) for c in sorted(first)) + "]", FLAGS)


def _starts(texts: Sequence[str]) -> list[int]:
    """Offsets of the texts in their join with newlines."""
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    return starts


def has_lookalike(text: str) -> bool:
    return any(c in text for c in LOOKALIKES)
