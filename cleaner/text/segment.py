"""Text to :class:`Document` (lines, blocks, zones) and back: the only place text is split
and re-joined.

A *block* is a run of non-blank lines. *Prose* lines are long, sentence-like and mostly not
link text; the first and last prose lines bound the body, and what lies before the first is
the *head zone*, where titles, bylines and datelines live.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cached_property

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
#: for these is several times faster than ``max(text)``.
_MAYBE_WIDE = regex.compile("[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\U0010ffff]")


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


class Document:
    """A normalized text as parsed lines, with blocks and zones computed on demand."""

    def __init__(self, lines: Iterable[Line], fixes: dict[str, int] | None = None) -> None:
        self.lines: tuple[Line, ...] = tuple(lines)
        self.fixes: dict[str, int] = fixes or {}
        #: Findings of the first round of detectors, for rules that run after them.
        self.prior: tuple[Finding, ...] = ()
        #: Analyses that several rules share, computed once per document (by rule family).
        self.shared: dict[Hashable, object] = {}
        #: The document's site (a domain) when the caller names it, for a learned profile.
        self.site: str | None = None

    def removed(self) -> frozenset[int]:
        """Indexes of the lines the findings in :attr:`prior` remove (computed again only
        when ``prior`` is replaced)."""
        return self._after_prior()[0]

    def kept(self) -> tuple[int, ...]:
        """Indexes of the non-blank lines that no finding in :attr:`prior` removes."""
        return self._after_prior()[1]

    def _after_prior(self) -> tuple[frozenset[int], tuple[int, ...]]:
        cached = self.shared.get("after prior")
        if cached is None or cached[0] is not self.prior:  # type: ignore[index]
            removed = removed_lines(self.prior)
            kept = tuple(
                i
                for i, line in enumerate(self.lines)
                if line.kind is not LineKind.BLANK and i not in removed
            )
            cached = self.shared["after prior"] = (self.prior, removed, kept)
        return cached[1], cached[2]  # type: ignore[index]

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
