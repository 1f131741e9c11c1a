"""Which literal text every match of a pattern must contain: the static analysis behind the
phrase families' prefilters (:mod:`cleaner.rules.phrases`). Patterns are read with the standard
``re`` parser; where that reading could differ from ``regex``'s, no literal is claimed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

_POSIX_CLASS = regex.compile(r"\[:\^?\w+:\]")
#: Property escapes, which the ``re`` parser cannot read: any character will do for
#: finding literals (inside a class too, where ``.`` is a literal dot).
_PROPERTY = regex.compile(r"(?<!\\)\\[pP](?:\{[^{}]*\}|\w)")
# A brace group holding a letter: a fuzzy constraint ("{e<=1}"), which the ``re`` parser
# would read as literal text, or a named character ("\N{...}").
_LETTER_BRACES = regex.compile(r"\{[^{}]*[^\W\d_][^{}]*\}")
#: Most strings a run of literals and small alternatives expands to (see :func:`_strings`).
_MAX_STRINGS = 64
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(patterns: Iterable[str], expand: bool = False) -> set[str] | None:
    """Literals such that any match of any pattern contains one of them (None if some
    pattern has none, or cannot be read by the ``re`` parser). ``expand`` reads runs of
    literals across small alternatives and optional parts (see :func:`_strings`), giving
    longer, rarer literals, but more of them."""
    found: set[str] = set()
    for pattern in patterns:
        parsed = _parse(pattern)
        if parsed is None:
            return None
        need = _need(list(parsed), expand)
        if not need:
            return None
        found |= need
    return found


def all_anchored(patterns: Iterable[str]) -> bool:
    """Whether every pattern can only match at the start of the text."""
    parsed = [_parse(p) for p in patterns]
    return all(p is not None and _anchored(list(p)) for p in parsed)


@cache
def _parse(pattern: str) -> tuple[tuple[Any, Any], ...] | None:
    """A pattern as the ``re`` parser reads it (parsed once: each family asks three times),
    or None when that reading could be wrong."""
    if _POSIX_CLASS.search(pattern):  # [[:alpha:]]: re reads a set and a literal "]"
        return None
    pattern = _PROPERTY.sub(".", pattern)
    if _LETTER_BRACES.search(pattern):  # fuzzy matching: no literal is required
        return None
    try:
        return tuple(sre_parse.parse(pattern))
    except Exception:  # regex-only syntax: no prefilter
        return None


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


def _need(items: list[tuple[Any, Any]], expand: bool = False) -> set[str] | None:
    """The best requirement of a sequence: one run of literals (with ``expand``, the
    strings a run of literals and small alternatives spells) or one required part,
    whichever has the longest shortest literal."""
    options: list[set[str]] = []
    run: set[str] = {""}
    for op, arg in [*items, (None, None)]:
        strings = _strings(op, arg, expand) if op is not None else None
        if strings is not None and len(run) * len(strings) <= _MAX_STRINGS:
            run = {a + b for a in run for b in strings}
            continue
        if "" not in run:
            options.append(run)
        run = strings if strings is not None else {""}
        sub: set[str] | None = None
        if strings is not None:
            pass
        elif op is sre.SUBPATTERN:
            sub = _need(list(arg[-1]), expand)
        elif op is sre.ATOMIC_GROUP:
            sub = _need(list(arg), expand)
        elif op is sre.BRANCH:
            parts = [_need(list(branch), expand) for branch in arg[1]]
            if all(parts):
                sub = set().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            sub = _need(list(arg[2]), expand)
        if sub:
            options.append(sub)
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _strings(op: Any, arg: Any, expand: bool) -> set[str] | None:
    """The strings one item of a parsed pattern can match, when it is a literal or (with
    ``expand``) a small finite set: zero-width anchors (""), classes of a few literal
    characters, groups and alternatives of such sequences, optional such parts."""
    if op is sre.LITERAL:
        return {chr(arg)}
    if not expand:
        return None
    if op is sre.AT:
        return {""}
    if op is sre.IN:
        if len(arg) <= 8 and all(kind is sre.LITERAL for kind, _ in arg):
            return {chr(code) for _, code in arg}
        return None
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is sre.BRANCH:
        parts = [_sequence(list(branch)) for branch in arg[1]]
        union: set[str] = set().union(*(p for p in parts if p is not None))
        return union if None not in parts and len(union) <= _MAX_STRINGS else None
    if op in _REPEATS and arg[1] <= 1:
        inner = _sequence(list(arg[2]))
        if inner is None:
            return None
        return inner | {""} if arg[0] == 0 else inner
    return None


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string a sequence of finite items spells, or None (not finite, or too many)."""
    run = {""}
    for op, arg in items:
        strings = _strings(op, arg, True)
        if strings is None or len(run) * len(strings) > _MAX_STRINGS:
            return None
        run = {a + b for a in run for b in strings}
    return run
