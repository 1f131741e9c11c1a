"""Fixes M005 and M006: emphasis, strike-through and code-span markers, and markdown escapes,
taken out of the plain rendering. ``_`` only marks emphasis at word boundaries
(``my_var_name`` stays).
"""

from __future__ import annotations

import bisect

import regex

from cleaner.registry import fix
from cleaner.text.timeouts import timeout_for

_STRONG = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# The span is bounded: an unbounded lazy ``.+?`` made long lines with many unmatched
# markers quadratic (a third of all cleaning time on whole pages).
# A closer may touch the next word when punctuation precedes it: "_Read also:_[title](url)"
# was emphasis before its link was resolved to "_Read also:_title".
_EMPHASIS = regex.compile(
    r"(?<![\w*\\])([*_])(?=[^\s*_])(.{1,2000}?)(?<=[^\s*_\\])\1(?:(?![\w*])|(?<=[.:!?。、：][*_])(?=[\p{Lu}\p{Lo}]))"
)
_STRIKE = regex.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
# The same three patterns taken apart for :func:`_pair`, which finds the same matches in
# linear time: each marker that can open, and each that can close (zero-width, all found).
_STRONG_OPEN = regex.compile(r"(?=(\*\*|__)\S)")
_STRONG_CLOSE = regex.compile(r"(?<=\S)(?=(\*\*|__))")
_EMPHASIS_OPEN = regex.compile(r"(?<![\w*\\])(?=([*_])[^\s*_])")
_EMPHASIS_CLOSE = regex.compile(
    r"(?<=[^\s*_\\])(?=([*_])(?:(?![\w*])|(?<=[.:!?。、：][*_])(?=[\p{Lu}\p{Lo}])))"
)
_STRIKE_OPEN = regex.compile(r"(?=(~~)\S)")
_STRIKE_CLOSE = regex.compile(r"(?<=\S)(?=(~~))")
_CODE_SPAN = regex.compile(r"(`+)(?=\S)(.+?)(?<=\S)\1")
# The same taken apart for :func:`_code_spans`, which finds its matches in linear time.
_TICKS = regex.compile(r"`+")
_NON_SPACE = regex.compile(r"\S")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<])")


@fix(
    "M005",
    "emphasis",
    examples=[("**bold** and _em_ and `code`", "bold and em and code")],
    counterexamples=["my_var_name and 2*3*4", "snake_case_word"],
)
def strip_emphasis(text: str) -> tuple[str, int]:
    """Remove emphasis, strike-through and code-span markers around words (text mode only).

    Why: plain text has no emphasis. Markers are only taken at word boundaries, so
    ``my_var_name`` and ``2*3*4`` are left alone.
    """
    a = b = c = d = 0
    if "**" in text or "__" in text:
        text, a = _pair(text, _STRONG_OPEN, _STRONG_CLOSE, 2)
    if "~~" in text:
        text, b = _pair(text, _STRIKE_OPEN, _STRIKE_CLOSE, 2)
    if "`" in text:
        text, c = _code_spans(text)
    if "*" in text or "_" in text:
        text, d = _pair(text, _EMPHASIS_OPEN, _EMPHASIS_CLOSE, 1, limit=2000)
    return text, a + b + c + d


def _pair(
    text: str, opener: regex.Pattern[str], closer: regex.Pattern[str], width: int, limit: int = 0
) -> tuple[str, int]:
    """Replace each marked span by its inside, as ``(M)(.{1,limit}?)CLOSE`` would, in
    linear time (the regex is quadratic on a line of openers that never close, "*a *a").

    ``opener`` and ``closer`` are zero-width patterns whose group 1 is the marker (``width``
    characters). Going left to right, an opener pairs with the first closer of the same
    marker after at least one character, on the same line (and within ``limit``, if given).
    """
    closers: dict[str, list[int]] = {}
    for m in closer.finditer(text):
        closers.setdefault(m.group(1), []).append(m.start())
    if not closers:
        return text, 0
    newlines = [i for i, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
    parts: list[str] = []
    done = count = 0
    for m in opener.finditer(text):
        start = m.start()
        positions = closers.get(m.group(1))
        if start < done or not positions:
            continue
        inner = start + width
        found = bisect.bisect_left(positions, inner + 1)
        if found == len(positions):
            continue
        end = positions[found]
        line_end = bisect.bisect_left(newlines, inner)
        if line_end < len(newlines) and newlines[line_end] < end:
            continue
        if limit and end - inner > limit:
            continue
        parts += (text[done:start], text[inner:end])
        done = end + width
        count += 1
    if not count:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), count


def _code_spans(text: str) -> tuple[str, int]:
    """Replace each code span by its inside, as :data:`_CODE_SPAN` would, in linear time.

    The regex is quadratic on a line of backticks that never close ("`a `a"): each one
    scans to the line's end. Here each run of backticks is found once and a sparse table
    answers "the first run after here that can close ``k`` backticks" in a few steps.
    """
    runs = _TickRuns(text)
    newlines = [i for i, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
    parts: list[str] = []
    done = count = 0
    p = text.find("`")
    while p != -1:
        found = runs.open_at(p, newlines)
        if found is None:
            p = text.find("`", p + 1)
            continue
        k, end = found
        parts += (text[done:p], text[p + k : end])
        done = end + k
        count += 1
        p = text.find("`", done)
    if not count:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), count


class _TickRuns:
    """The runs of backticks in a text, with what each can close (see :func:`_code_spans`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        #: First position in each run where a closer may begin: a closer needs a
        #: non-space character before it, so not the run's start after a space.
        self.first: list[int] = []
        for m in _TICKS.finditer(text):
            start, end = m.span()
            self.starts.append(start)
            self.ends.append(end)
            spaced = start == 0 or not _NON_SPACE.match(text, start - 1)
            self.first.append(start + spaced)
        caps = [end - first for end, first in zip(self.ends, self.first, strict=True)]
        #: table[j][i]: the most backticks runs i to i + 2**j - 1 can close.
        self.table = [caps]
        while 2 ** len(self.table) <= len(caps):
            prev, half = self.table[-1], 2 ** (len(self.table) - 1)
            self.table.append([max(prev[i], prev[i + half]) for i in range(len(prev) - half)])

    def open_at(self, p: int, newlines: list[int]) -> tuple[int, int] | None:
        """The marker width and closer position of the span the regex finds at ``p``
        (its longest marker first, down to one backtick), or None."""
        text = self.text
        run = bisect.bisect_right(self.starts, p) - 1
        for k in range(self.ends[run] - p, 0, -1):
            inner = p + k
            if inner >= len(text) or not _NON_SPACE.match(text, inner):
                continue
            end = self._closer(inner + 1, k)
            if end is None:
                continue
            line_end = bisect.bisect_left(newlines, inner)
            if line_end == len(newlines) or newlines[line_end] >= end:
                return k, end
        return None

    def _closer(self, lo: int, k: int) -> int | None:
        """The first position from ``lo`` where ``k`` backticks close a span, or None."""
        i = bisect.bisect_right(self.ends, lo)  # runs ending at or before lo cannot hold one
        if i == len(self.ends):
            return None
        if max(lo, self.first[i]) <= self.ends[i] - k:
            return max(lo, self.first[i])
        i += 1
        for j in range(len(self.table) - 1, -1, -1):
            row = self.table[j]
            if i < len(row) and row[i] < k:
                i += 2**j
        return self.first[i] if i < len(self.ends) else None


@fix(
    "M006",
    "markdown-escapes",
    examples=[(r"1\. item \*not\* emphasis", "1. item *not* emphasis")],
    counterexamples=[r"C:\Users\me"],
)
def unescape_markdown(text: str) -> tuple[str, int]:
    """Remove markdown backslash escapes in plain text (``\\*`` becomes ``*``).

    Why: converters escape characters that would look like markup; in text they are noise.
    """
    if "\\" not in text:
        return text, 0
    return _ESCAPE.subn(r"\1", text, timeout=timeout_for(text))


def holds_inline_mark(text: str) -> bool:
    """Whether an emphasis or escape fix's trigger (``< * ` ~ \\``, or a ``_`` that may open
    emphasis) occurs in ``text`` (unrolled: four times faster than ``any()`` over a
    generator, and this runs twice per line)."""
    if "<" in text or "*" in text or "`" in text or "~" in text or "\\" in text:
        return True
    return "_" in text and _loose_underscore(text)


def _loose_underscore(text: str) -> bool:
    """Whether a ``_`` in ``text`` may take part in emphasis. One behind an ASCII letter or
    digit (``my_var``) can open none (the pattern wants no word character before an opener),
    and without an opener it closes none; ``__`` has a ``_`` behind a ``_``, so it counts."""
    at = text.find("_")
    while at >= 0:
        before = text[at - 1] if at else " "
        if not (before.isascii() and before.isalnum()):
            return True
        at = text.find("_", at + 1)
    return False
