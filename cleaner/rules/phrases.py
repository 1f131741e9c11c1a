"""Phrase families: boilerplate wording kept as data files (``data/phrases/*.txt``), one
pattern per line with its language, compiled once per process into one pattern per family.

Users add patterns to a family from their config; every match runs under a time limit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from cleaner.resources import package
from cleaner.rules.literals import all_anchored, required_literals
from cleaner.rules.prefilter import (
    FLAGS,
    MATCH_TIMEOUT,
    LiteralIndex,
    Literals,
    Prefilter,
    has_lookalike,
)

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; without it lines are tested one by one
    ahocorasick = None


@dataclass(frozen=True, slots=True)
class Phrase:
    """One pattern of a family, with the language it is written for."""

    lang: str
    pattern: str


@cache
def family(name: str) -> tuple[Phrase, ...]:
    """The built-in phrases of a family (file ``data/phrases/NAME.txt``)."""
    text = package().joinpath("data", "phrases", f"{name}.txt").read_text("utf-8")
    phrases = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        lang, _, pattern = line.partition(":")
        pattern = pattern.strip()
        for placeholder, value in _PLACEHOLDERS.items():
            pattern = pattern.replace(placeholder, value)
        phrases.append(Phrase(lang.strip(), either_apostrophe(pattern)))
    return tuple(phrases)


#: What ``{not_reported}`` in a phrase file stands for: a lookahead refusing a line in
#: quotation marks or with a reporting clause after a comma ("…, the lawyer said", "…, a
#: rappelé le directeur"): such a line reports a notice, it is the article's.
_NOT_REPORTED = (
    r"(?![^\n]*[“”\"«»„]|[^\n]*,\s*(?:\p{L}+\s+){0,3}(?:said|says|wrote|writes|told|added|"
    r"noted|stated|acknowledged|insisted|argued|stressed|found|admitted|according|urged|"
    r"promised|warned|claimed|announced|sagte|sagt|"
    r"schrieb|betonte|erklärte|meinte|urteilte|dijo|explicó|afirmó|señaló|alegó|recuerda|"
    r"recordó|asegura|aseguró|rappelle|précise|selon|explique|déclare|a (?:\p{L}+é|dit|"
    r"écrit))\b)"
)

#: What ``{alt_networks}`` in a phrase file stands for: the alternative social networks that
#: follow prompts name beside Facebook and Twitter ("Find us on Gab", "Follow us on Rumble").
_ALT_NETWORKS = "gab|minds|rumble|bitchute|odysee|gettr|parler|truth social"

#: What ``{date}`` in a phrase file stands for: a date as post lines print it ("03/14/2017",
#: "2. März 2021", "January 1, 2017", "Jun 04 2019", "2017-01-01").
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}+\.? \d{4}|"
    r"\p{L}+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})"
)

#: The placeholders a phrase file may use, and what each stands for.
_PLACEHOLDERS = {
    "{not_reported}": _NOT_REPORTED,
    "{alt_networks}": _ALT_NETWORKS,
    "{date}": _DATE,
}


#: The typographic apostrophe, which sites and extractors print where phrases have "'".
_TYPOGRAPHIC = "\u2019"


def either_apostrophe(pattern: str) -> str:
    """``pattern`` with each straight apostrophe also matching the typographic one:
    "don't miss" finds "Don’t miss", "l'article" finds "l’article". Outside a character
    class "'" becomes "['’]"; inside one, "’" joins it. A pattern that names "’" itself is
    left as its author wrote it."""
    if _TYPOGRAPHIC in pattern:
        return pattern
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        written = char
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
            if char == "'":
                written = char + _TYPOGRAPHIC
        elif char == "[":
            in_class = True
        elif char == "'":
            written = f"['{_TYPOGRAPHIC}]"
        out.append(written)
    return "".join(out)


def alternation(patterns: Iterable[str]) -> str:
    """Join patterns into one non-capturing alternation."""
    return "|".join(f"(?:{p})" for p in patterns)


class Family:
    """A phrase family's patterns, matched as their alternation would match: the leftmost
    match, and of the phrases matching there the first.

    Each phrase is compiled on first use, and tried only on text holding one of its own
    literals (an Aho-Corasick pass over the lower-cased text finds which): one alternation
    of 40-120 phrases made ``regex`` retry every phrase at every position, and compiling
    them all took most of a Cleaner's start-up. Phrases anchored at the start are tried
    with ``match``.

    What a short text gave is remembered for the process (a bounded table, emptied when
    full): menus, share prompts and footers repeat from page to page of a site, and the
    answer depends on nothing but the text."""

    __slots__ = ("_compiled", "_gate", "_seen", "analyses", "pattern", "phrases")

    def __init__(
        self, phrases: Sequence[str], analyses: Sequence[PhraseAnalysis] | None = None
    ) -> None:
        self.phrases = tuple(phrases)
        self.pattern = alternation(self.phrases)
        #: Each phrase's :func:`phrase_analysis`, when it was computed ahead.
        self.analyses = analyses
        self._compiled: regex.Pattern[str] | None = None
        self._gate: _PhraseGate | None = None
        self._seen: dict[str, regex.Match[str] | None] = {}

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The whole alternation as one pattern."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, FLAGS)
        return self._compiled

    def search(self, text: str, *, timeout: float | None = None) -> regex.Match[str] | None:
        """What ``self.compiled.search(text)`` finds."""
        if len(text) > _SEEN_CHARS:
            return self._search(text, timeout)
        seen = self._seen
        if text in seen:
            return seen[text]
        found = self._search(text, timeout)
        if len(seen) >= _SEEN_MAX:
            seen.clear()
        seen[text] = found
        return found

    def _search(self, text: str, timeout: float | None) -> regex.Match[str] | None:
        gate = self._gate
        if gate is None:
            gate = self._gate = _PhraseGate(self.phrases, self.analyses)
        best = None
        for i in gate.candidates(text):
            found = gate.matcher(i)(text, timeout=timeout)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if not found.start():  # no later phrase can start before it
                    break
        return best


#: Texts up to this long have their answer remembered, up to so many per family.
_SEEN_CHARS = 160
_SEEN_MAX = 4096

#: A named group's opening: ``(?P<name>`` or ``(?<name>``.
_GROUP_NAME = regex.compile(r"(?<!\\)\(\?P?<([^\W\d]\w*)>")


def _with_groups(phrase: str, names: Iterable[str]) -> str:
    """``phrase`` with an empty, never-matching group of each of ``names`` after it."""
    if not names:
        return phrase
    groups = "".join(f"(?P<{name}>)" for name in sorted(names))
    return f"(?:{phrase})(?:(?!){groups})?"


#: What :func:`phrase_analysis` gives: the phrase's literals (None when it has none that
#: can be read) and whether it is anchored at the start.
PhraseAnalysis = tuple[list[str] | None, bool]


def phrase_analysis(phrase: str) -> PhraseAnalysis:
    """What a family's gate needs of one phrase: its literals (the longer ones where they
    can be read) and whether it can only match at the start of a text."""
    found = required_literals([phrase], expand=True) or required_literals([phrase])
    return sorted(found) if found else None, all_anchored([phrase])


class _PhraseGate:
    """Which phrases of a family may match a text, by their literals."""

    def __init__(
        self, phrases: Sequence[str], analyses: Sequence[PhraseAnalysis] | None = None
    ) -> None:
        names = {n for p in phrases for n in _GROUP_NAME.findall(p)}
        # A group some other phrase names stays unset (None) in this phrase's matches,
        # as in the alternation's: ``m.group(name)`` must not fail.
        self.phrases = [_with_groups(p, names - set(_GROUP_NAME.findall(p))) for p in phrases]
        self.matchers: list[Any] = [None] * len(phrases)
        if analyses is None:
            analyses = [phrase_analysis(p) for p in phrases]
        self.anchored = [anchored for _, anchored in analyses]
        #: Phrases tried on every text: no literal that lower-cased text must hold.
        self.always: list[int] = []
        owners: dict[str, list[int]] = {}
        for i, (found, _) in enumerate(analyses):
            literals = Literals.of(found) if found else None
            if literals is None or literals.caseless or literals.other or literals.other_on_ascii:
                self.always.append(i)
                continue
            for literal in literals.ascii:
                owners.setdefault(literal, []).append(i)
        self.automaton = ahocorasick.Automaton() if ahocorasick is not None and owners else None
        self.owners = owners
        if self.automaton is not None:
            for literal, numbers in owners.items():
                self.automaton.add_word(literal, tuple(numbers))
            self.automaton.make_automaton()

    def candidates(self, text: str) -> list[int]:
        """The phrases that may match ``text``, in order (all of them on text holding a
        character that matches an ASCII letter under :data:`FLAGS`)."""
        if not text.isascii() and has_lookalike(text):
            return list(range(len(self.phrases)))
        lower = text.lower()
        found = set(self.always)
        if self.automaton is not None:
            for _, numbers in self.automaton.iter(lower):
                found.update(numbers)
        else:
            for literal, numbers in self.owners.items():
                if literal in lower:
                    found.update(numbers)
        return sorted(found)

    def matcher(self, i: int) -> Any:
        """Phrase ``i``'s ``match`` (anchored) or ``search`` method, compiled on first use."""
        found = self.matchers[i]
        if found is None:
            pattern = regex.compile(self.phrases[i], FLAGS)
            found = self.matchers[i] = pattern.match if self.anchored[i] else pattern.search
        return found


#: The prefilter of each family that has one.
_PREFILTERS: dict[Family, Prefilter] = {}


#: What :func:`literal_analysis` gives: required literals, longer ones, all anchored.
Analysis = tuple[list[str], list[str] | None, bool] | None
#: The literal analysis of the built-in families, computed ahead: reading every family's
#: patterns takes 0.15 s, a third of building a Cleaner. ``pytest --update-goldens``
#: rewrites it; an entry is used only while its digest matches the family's patterns.
ANALYSIS_FILE = "literal_analysis.json"


def literal_analysis(patterns: Sequence[str]) -> Analysis:
    """The literals a family's prefilter tests (None if some phrase needs no literal, or
    its literals cannot be read)."""
    literals = required_literals(patterns)
    if not literals:
        return None
    longer = required_literals(patterns, expand=True)
    return sorted(literals), sorted(longer) if longer else None, all_anchored(patterns)


def patterns_digest(patterns: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(patterns).encode()).hexdigest()


@cache
def _shipped_analysis() -> dict[str, Any]:
    path = package().joinpath("data", ANALYSIS_FILE)
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def _analysis(name: str, patterns: Sequence[str]) -> Analysis:
    entry = _shipped_analysis().get(name)
    if entry is not None and entry["digest"] == patterns_digest(patterns):
        found: Analysis = entry["analysis"]
        return found
    return literal_analysis(patterns)


def _phrase_analyses(name: str, patterns: Sequence[str]) -> list[PhraseAnalysis] | None:
    """The shipped :func:`phrase_analysis` of each of a family's own patterns (None when
    the shipped file is stale for the family: the gate then reads the phrases itself)."""
    entry = _shipped_analysis().get(name)
    if entry is None or entry["digest"] != patterns_digest(patterns):
        return None
    return [(found, anchored) for found, anchored in entry["phrases"]]


@cache
def family_prefilter(name: str, extra: tuple[str, ...] = ()) -> Prefilter | None:
    """The prefilter of a family plus ``extra`` user patterns (None if some phrase needs
    no literal, or its literals cannot be read)."""
    found = _analysis(name, [p.pattern for p in family(name)] + list(extra))
    if found is None:
        return None
    literals, longer, anchored = found
    # Short ASCII literals ("ad") pass most lines: such a prefilter costs more than it saves.
    short = any(len(x) < 3 and x.isascii() for x in literals)
    return Prefilter(
        Literals.of(literals),
        Literals.of(longer) if longer and longer != literals else None,
        per_line=not short and not anchored,
    )


@cache
def compiled(name: str, extra: tuple[str, ...] = (), indexed: bool = True) -> Family:
    """One pattern matching any phrase of the family, plus ``extra`` user patterns
    (compiled at once when there are some, so that a bad one fails here).
    ``indexed=False`` keeps its literals out of the documents' literal index: for a family
    tried on a few lines only, whose literals are common words ("ist ")."""
    own = [p.pattern for p in family(name)]
    extra = tuple(either_apostrophe(p) for p in extra)
    analyses = _phrase_analyses(name, own)
    if analyses is not None and extra:
        analyses += [phrase_analysis(p) for p in extra]
    pattern = Family(own + list(extra), analyses)
    if extra:
        pattern.compiled  # noqa: B018 - raises regex.error on patterns that do not combine
    found = family_prefilter(name, extra) if indexed else None
    if found is not None:
        _PREFILTERS[pattern] = found
    return pattern


def prefilter(pattern: Family) -> Prefilter | None:
    """The prefilter of a compiled family (None if it has none)."""
    return _PREFILTERS.get(pattern)


def words(name: str) -> str:
    """A word-list family (taxonomy labels, byline openers) as one alternation."""
    return alternation(p.pattern for p in family(name))


def search(pattern: regex.Pattern[str] | Family, text: str) -> regex.Match[str] | None:
    """``pattern.search`` under :data:`MATCH_TIMEOUT`; a family's literal prefilter first."""
    found = _PREFILTERS.get(pattern) if isinstance(pattern, Family) else None
    if found is not None and found.per_line and not found.admits(text):
        return None
    return pattern.search(text, timeout=MATCH_TIMEOUT)


_INDEX: list[LiteralIndex] = []


def literal_index(prefilter: Prefilter) -> LiteralIndex | None:
    """An index holding ``prefilter`` and those of all families compiled so far (rules
    compile theirs when they are made), built again only when one joins; None without
    the Aho-Corasick module."""
    if ahocorasick is None:
        return None
    if _INDEX and prefilter in _INDEX[0].prefilters:
        return _INDEX[0]
    known = list(_INDEX[0].prefilters) if _INDEX else []
    for found in [*_PREFILTERS.values(), prefilter]:
        if found not in known:
            known.append(found)
    _INDEX[:] = [LiteralIndex(known)]
    return _INDEX[0]
