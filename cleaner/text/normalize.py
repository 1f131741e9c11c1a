"""Text normalization fixes: line endings, mojibake (ftfy), invisible characters, spaces, NFC,
look-alike letters, run in order by :func:`normalize` (N002 in :mod:`cleaner.text.repair`, N007
in :mod:`cleaner.text.lookalikes`).

Every fix keeps the number of lines unchanged once line endings are unified, so line numbers
in the report always point at the user's input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection

import regex

from cleaner.registry import fix
from cleaner.text.lookalikes import fold_lookalikes
from cleaner.text.repair import repair_text, repaired

# U+0085 (NEL) is not among them: on the web it is Windows-1252's "…" read as Latin-1, or
# half of a UTF-8 sequence ("Ã\x85" is "Å"), which N002 repairs.
_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c]")
_INVISIBLE = regex.compile(r"[\u00ad\u200b\u2060\ufeff]")
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INNER_RUNS = regex.compile(r"(?<=\S) {2,}(?=\S)")
# The characters each pattern above looks for: ``in`` tests on them (memchr speed) skip a
# pattern's scan in the common case where none occurs.
_BREAK_CHARS = "\r\u2028\u2029\x0b\x0c"
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
_ODD_SPACE_CHARS = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))


def _holds_any(text: str, chars: str) -> bool:
    return any(c in text for c in chars)


@fix(
    "N001",
    "line-endings",
    examples=[("a\r\nb\rc\u2028d", "a\nb\nc\nd")],
    counterexamples=["a\nb"],
    always=True,
)
def unify_line_endings(text: str) -> tuple[str, int]:
    """Unify line endings to ``\\n``. Always runs, whatever ``--select`` and ``--ignore``
    say: every line number in the report counts the lines it makes.

    Why: Windows and old Mac files, and Unicode line separators, would otherwise be counted
    as different lines by different tools. Every later line number counts these lines.
    """
    if not _holds_any(text, _BREAK_CHARS):
        return text, 0
    return _LINE_BREAKS.subn("\n", text)


def repaired_lines(text: str) -> dict[int, str]:
    """The lines N002 repairs, as they stood: line number (from 1, counted after N001) ->
    the line before the repair. For ``explain``."""
    unified, _ = unify_line_endings(text)
    memo: dict[str, str] = {}
    return {
        number: line
        for number, line in enumerate(unified.split("\n"), start=1)
        if repaired(line, memo) != line
    }


@fix(
    "N003",
    "invisible-characters",
    examples=[("co\u00adoperate\u200b now", "cooperate now")],
    counterexamples=["a\u200db"],
)
def drop_invisible(text: str) -> tuple[str, int]:
    """Remove soft hyphens, zero-width spaces, word joiners and stray byte-order marks.

    Why: they split words for search and tokenizers while showing nothing. Zero-width
    joiners and non-joiners are left alone: they change how some scripts and emoji render.
    """
    if text.isascii() or not _holds_any(text, _INVISIBLE_CHARS):
        return text, 0
    return _INVISIBLE.subn("", text)


@fix(
    "N004",
    "unusual-spaces",
    examples=[("a\u00a0b\tc  d", "a b c d")],
    counterexamples=["a b", "    indented code"],
)
def plain_spaces(text: str) -> tuple[str, int]:
    """Turn odd spaces and tabs into plain spaces; collapse runs of spaces inside a line.

    Why: look-alike spaces (non-breaking, ideographic) defeat matching and word counts.
    Indentation is kept.
    """
    odd = runs = 0
    if "\t" in text or (not text.isascii() and _holds_any(text, _ODD_SPACE_CHARS)):
        text, odd = _ODD_SPACES.subn(" ", text)
    if "  " in text:
        text, runs = _INNER_RUNS.subn(" ", text)
    return text, odd + runs


@fix(
    "N005",
    "trailing-whitespace",
    examples=[("end.   \nnext", "end.\nnext")],
    counterexamples=["end.\n    indented next"],
)
def strip_trailing(text: str) -> tuple[str, int]:
    """Strip spaces at the end of lines.

    Why: invisible and meaningless; markdown's two-space line break is not kept.
    """
    lines = text.split("\n")
    stripped = 0
    for i, line in enumerate(lines):
        if line.endswith((" ", "\t")):
            lines[i] = line.rstrip(" \t")
            stripped += 1
    return ("\n".join(lines), stripped) if stripped else (text, 0)


@fix("N006", "unicode-nfc", examples=[("Cafe\u0301", "Café")], counterexamples=["Café"])
def compose_nfc(text: str) -> tuple[str, int]:
    """Compose text to Unicode NFC.

    Why: the same word in composed and decomposed form would not match; NFC is the form the
    web uses. (When ftfy runs it already composes.)
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, 0
    return unicodedata.normalize("NFC", text), 1


# The repair goes before invisible characters are dropped: a soft hyphen is half of the
# mojibake of "í" ("Ã\xad"). Mojibake it hides ("Â\xad\x80") is repaired in normalize's
# second round.
NORMALIZERS: tuple[tuple[str, Callable[[str], tuple[str, int]]], ...] = (
    ("N001", unify_line_endings),
    ("N002", repair_text),
    ("N003", drop_invisible),
    ("N004", plain_spaces),
    ("N005", strip_trailing),
    ("N006", compose_nfc),
    ("N007", fold_lookalikes),
)


def normalize(text: str, enabled: Collection[str] | None = None) -> tuple[str, dict[str, int]]:
    """Apply the normalization fixes in ``enabled`` (all by default) in the order of
    :data:`NORMALIZERS`; return the text and change counts. N001 always runs
    (``@fix(always=True)``): report line numbers count its lines."""
    counts: dict[str, int] = {}
    memo: dict[str, str] = {}
    for _ in range(3):
        for code, func in NORMALIZERS:
            if enabled is not None and code not in enabled and code != "N001":
                continue
            text, n = repair_text(text, memo) if func is repair_text else func(text)
            if n:
                counts[code] = counts.get(code, 0) + n
        # A later fix can complete mojibake that ftfy passed over (a non-breaking space
        # before "Ü€" hides it): go round again only when the repair would now change text.
        if enabled is not None and "N002" not in enabled:
            break
        if not repair_text(text, memo)[1]:
            break
    return text, counts
