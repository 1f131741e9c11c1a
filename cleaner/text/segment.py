"""Text to :class:`Document` (lines, blocks, zones) and back: the only place text is split
and re-joined.

A *block* is a run of non-blank lines. *Prose* lines are long, sentence-like and mostly not
link text; the first and last prose lines bound the body, and what lies before the first is
the *head zone*, where titles, bylines and datelines live.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar

import regex

from cleaner.model import Finding, Line, LineKind
from cleaner.text.lines import shown
from cleaner.text.markup import LineParser

_SENTENCE_END = regex.compile(r"""[.!?…:;"'»”)\]]\s*$|[。！？]\s*$""")
_WIDE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
PROSE_KINDS = frozenset({LineKind.TEXT, LineKind.QUOTE, LineKind.LIST_ITEM})


#: The blocks that can hold a character of :data:`_WIDE_SCRIPT`: Thai, Hangul Jamo, and
#: from CJK Radicals up (checked on every code point below in tests). Curly quotes, dashes
#: and the euro sign lie between them, so most non-ASCII lines skip the scan; one search
#: for these is several times faster than ``max(text)``, and the standard library's ``re``
#: scans a class of code point ranges twice as fast as ``regex``.
_MAYBE_WIDE = re.compile("[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\U0010ffff]")


def word_count(text: str) -> int:
    """Words in ``text``; scripts written without spaces count about two characters a word."""
    return len(text.split()) + _wide_words(text)


def line_words(line: Line) -> int:
    """:func:`word_count` of a line's plain text, with the split done once per line
    (:attr:`Line.words`, which the line rules ask for too)."""
    return line.words + _wide_words(line.plain)


def _wide_words(text: str) -> int:
    """The words that scripts written without spaces add beyond the split (two characters
    a word)."""
    if text.isascii() or not _MAYBE_WIDE.search(text):
        return 0
    return len(_WIDE_SCRIPT.findall(text)) // 2


def removed_lines(findings: Iterable[Finding]) -> frozenset[int]:
    """Indexes of the lines that the removing findings among ``findings`` cover."""
    return frozenset(i for f in findings if f.remove for i in range(f.start, f.end))


def is_prose(line: Line) -> bool:
    """A sentence-like line of the article body: long, punctuated, not mostly links."""
    if line.kind not in PROSE_KINDS or line.link_density > 0.5:
        return False
    words = line_words(line)
    return words >= 15 or (words >= 8 and bool(_SENTENCE_END.search(line.plain)))


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines: indexes ``start``..``end`` (end exclusive)."""

    start: int
    end: int


T = TypeVar("T")


class Analysis(Generic[T]):
    """A slot on each document for one analysis that several rules share, typed by ``T``
    (``Analysis[list[int]]("prose words before")``): :meth:`Document.analysis` computes it
    on first use and keeps it for the document's life. So it may read the document's lines
    and the config (one per document), never :attr:`Document.prior`, which changes between
    phases: analyses of the findings are methods of :class:`Document`."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Analysis({self.name!r})"


class Document:
    """A normalized text as parsed lines, with blocks and zones computed on demand."""

    def __init__(self, lines: Iterable[Line], fixes: dict[str, int] | None = None) -> None:
        self.lines: tuple[Line, ...] = tuple(lines)
        self.fixes: dict[str, int] = fixes or {}
        self._prior: tuple[Finding, ...] = ()
        self._after_prior: tuple[frozenset[int], tuple[int, ...]] | None = None
        self._first_phase: tuple[Finding, ...] = ()
        self._head: dict[float, tuple[int, frozenset[int]]] = {}
        self._analyses: dict[Analysis[Any], Any] = {}
        #: The document's site (a domain) when the caller names it, for a learned profile.
        self.site: str | None = None

    @property
    def prior(self) -> tuple[Finding, ...]:
        """The findings a rule may read: the pipeline sets them before each phase after the
        first, and for a rule that :attr:`~cleaner.registry.Rule.needs` rules of its own
        phase. Replacing them drops :meth:`removed` and :meth:`kept`."""
        return self._prior

    @prior.setter
    def prior(self, findings: tuple[Finding, ...]) -> None:
        self._prior = findings
        self._after_prior = None

    @property
    def first_phase(self) -> tuple[Finding, ...]:
        """The findings of the first phase, set once by the pipeline: the head zone is drawn
        from them (replacing them drops :meth:`head_zone`)."""
        return self._first_phase

    @first_phase.setter
    def first_phase(self, findings: tuple[Finding, ...]) -> None:
        self._first_phase = findings
        self._head = {}

    def removed(self) -> frozenset[int]:
        """Indexes of the lines the findings in :attr:`prior` remove."""
        return self._prior_lines()[0]

    def kept(self) -> tuple[int, ...]:
        """Indexes of the non-blank lines that no finding in :attr:`prior` removes."""
        return self._prior_lines()[1]

    def _prior_lines(self) -> tuple[frozenset[int], tuple[int, ...]]:
        if self._after_prior is None:
            removed = removed_lines(self._prior)
            kept = tuple(
                i
                for i, line in enumerate(self.lines)
                if line.kind is not LineKind.BLANK and i not in removed
            )
            self._after_prior = (removed, kept)
        return self._after_prior

    def head_zone(self, share: float) -> tuple[int, frozenset[int]]:
        """(end of the head zone, lines the findings of :attr:`first_phase` remove).

        The head zone ends at the first prose line that no finding of the first phase
        removes: the body as it will stand, so a second cleaning pass sees the same zone and
        idempotence holds. When its uncertain findings would take more than ``share`` of
        the prose words the certain ones leave, the pipeline's guard undoes them: then only
        the certain ones count.
        """
        found = self._head.get(share)
        if found is None:
            found = self._head[share] = self._head_zone(share)
        return found

    def _head_zone(self, share: float) -> tuple[int, frozenset[int]]:
        first = self._first_phase
        removed = removed_lines(first)
        lost, total = self.uncertain_loss(first)
        if total and lost > share * total:
            removed = removed_lines(f for f in first if not f.uncertain)
        end = next((i for i, p in enumerate(self.prose) if p and i not in removed), len(self))
        return end, removed

    def uncertain_loss(self, findings: Iterable[Finding]) -> tuple[int, int]:
        """(prose words the uncertain findings would remove, prose words the certain ones
        leave): what the body-loss guard weighs. What a certain rule removes is gone either
        way, so it counts on neither side."""
        findings = tuple(findings)
        certain = removed_lines(f for f in findings if not f.uncertain)
        removed = removed_lines(findings)
        prose = [i for i, p in enumerate(self.prose) if p and i not in certain]
        lost = sum(self.lines[i].words for i in prose if i in removed)
        return lost, sum(self.lines[i].words for i in prose)

    def analysis(self, slot: Analysis[T], compute: Callable[[Document], T]) -> T:
        """The analysis kept in ``slot``, computed by ``compute(self)`` on first use."""
        if slot in self._analyses:
            found: T = self._analyses[slot]
        else:
            found = self._analyses[slot] = compute(self)
        return found

    @classmethod
    def parse(cls, text: str, skip: frozenset[str] = frozenset()) -> Document:
        """Split normalized text into parsed lines (numbered from 1), without the markup
        fixes in ``skip``."""
        parser = LineParser(skip)
        lines = [parser.parse(i, raw) for i, raw in enumerate(text.split("\n"), start=1)]
        return cls(lines, parser.fixes)

    def __len__(self) -> int:
        return len(self.lines)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        found: list[Block] = []
        start = None
        for i, line in enumerate(self.lines):
            if line.kind is LineKind.BLANK:
                if start is not None:
                    found.append(Block(start, i))
                    start = None
            elif start is None:
                start = i
        if start is not None:
            found.append(Block(start, len(self.lines)))
        return tuple(found)

    @cached_property
    def block_of(self) -> tuple[int, ...]:
        """For each line, the index of its block (-1 for blank lines)."""
        owner = [-1] * len(self.lines)
        for b, block in enumerate(self.blocks):
            for i in range(block.start, block.end):
                owner[i] = b
        return tuple(owner)

    @cached_property
    def prose(self) -> tuple[bool, ...]:
        return tuple(is_prose(line) for line in self.lines)

    @cached_property
    def body_start(self) -> int:
        """Index of the first prose line (the length of the document if there is none)."""
        return next((i for i, p in enumerate(self.prose) if p), len(self.lines))

    @cached_property
    def body_end(self) -> int:
        """Index just past the last prose line (0 if there is none)."""
        return next((i + 1 for i in range(len(self.lines) - 1, -1, -1) if self.prose[i]), 0)

    def in_head(self, index: int) -> bool:
        """Whether a line stands before the first prose line."""
        return index < self.body_start

    def next_content(self, index: int, step: int = 1) -> int | None:
        """Index of the nearest non-blank line after (``step=1``) or before (``-1``) index."""
        i = index + step
        while 0 <= i < len(self.lines):
            if self.lines[i].kind is not LineKind.BLANK:
                return i
            i += step
        return None


def render(lines: Iterable[Line], markdown: bool = False) -> str:
    """Join kept lines into output text: at most one blank line in a row, none at the ends,
    one final newline (empty output stays empty). Code blocks keep their fences in text
    mode too, so their lines stay code when the output is cleaned again."""
    out: list[str] = []
    blank = True
    for line in lines:
        if not markdown and line.kind is LineKind.RULE and "|" in line.raw:
            continue  # a table's separator row: text mode shows the rows without it
        text = shown(line, markdown=markdown)
        if not text.strip():
            if not blank:
                out.append("")
            blank = True
            continue
        out.append(text)
        blank = False
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""
