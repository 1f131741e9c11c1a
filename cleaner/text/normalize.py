"""Text normalization fixes: line endings, mojibake (ftfy), invisible characters, spaces, NFC,
look-alike letters.

Every fix keeps the number of lines unchanged once line endings are unified, so line numbers
in the report always point at the user's input. ftfy's full repair is slow, so it only runs
when a cheap check finds something it could repair.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    import ftfy

from cleaner.rules.registry import fix
from cleaner.text.mojibake import looks_bad

# U+0085 (NEL) is not among them: on the web it is Windows-1252's "…" read as Latin-1, or
# half of a UTF-8 sequence ("Ã\x85" is "Å"), which N002 repairs.
_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c]")
# What ftfy (with the settings below) changes besides mojibake: control characters (C0, C1,
# surrogates, ftfy's invisible format controls), ligatures and replacement characters; C1
# controls are also how Windows-1252 text read as Latin-1 shows ("\x93quoted\x94").
# Mojibake itself is screened by ftfy's own badness check (.mojibake). This class and
# _ODD_SPACES use the standard library's ``re``: same characters (explicit ranges, no
# ``\s``), and ``re`` scans such a class 2-5x faster than ``regex``.
_FTFY_HINTS = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\u206a-\u206f\ufb00-\ufb06\ufff9-\ufffd]"
)
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


@cache
def _ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy's settings; ftfy is imported on first use (it costs ~80 ms at start-up and
    most texts never need it)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        fix_line_breaks=False,
        uncurl_quotes=False,
        fix_character_width=False,
        normalization="NFC",
        explain=False,
    )


def _fix(text: str) -> str:
    quick = _decode_whole(text)
    if quick is not None:
        return quick
    import ftfy

    fixed = ftfy.fix_text(text, config=_ftfy_config())
    if _CURLY.search(fixed) and looks_bad(fixed):
        return _fix_around_quotes(fixed) or fixed
    return fixed


#: The quotes ftfy's default straightens (its ``uncurl_quotes``), and their ASCII forms.
_CURLY = re.compile("[\u02bc\u2018-\u201f]")
_UNCURL = str.maketrans("\u02bc\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "'''''\"\"\"\"")
_QUOTES = re.compile("['\"\u02bc\u2018-\u201f]")


def _fix_around_quotes(line: str) -> str | None:
    """ftfy's repair of a line that mixes real curly quotes with mojibake of another
    encoding ("“no”. In Malm√∂"), as ftfy's default gives it, with the quotes kept: ftfy
    decodes such a line only once its quotes are straight, so they are straightened for it
    and put back after (ASCII quotes pass through every decoding unchanged). None when the
    quotes do not line up again."""
    import ftfy

    plain = line.translate(_UNCURL)
    fixed = ftfy.fix_text(plain, config=_ftfy_config())
    quotes = _QUOTES.findall(line)
    if fixed == plain or [q.translate(_UNCURL) for q in quotes] != _QUOTES.findall(fixed):
        return None
    originals = iter(quotes)
    return _QUOTES.sub(lambda _: next(originals), fixed)


#: The five bytes Windows-1252 leaves undefined, which ftfy's "sloppy-windows-1252" keeps as
#: the same code points (a lost "”" is "â€\x9d").
_UNDEFINED_1252 = {chr(b): bytes([b]) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _sloppy_1252(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start : error.end]
    if not all(c in _UNDEFINED_1252 for c in chars):
        raise error
    return b"".join(_UNDEFINED_1252[c] for c in chars), error.end


codecs.register_error("cleaner-sloppy-1252", _sloppy_1252)


def _decode_whole(line: str) -> str | None:
    """ftfy's result for the common case, at a few times its speed: a line that is UTF-8
    read as Windows-1252 from end to end decodes in one step, and leaves nothing ftfy would
    touch. None when the line is anything else (ftfy then judges it)."""
    try:
        data = line.encode("cp1252", "cleaner-sloppy-1252")
    except UnicodeEncodeError:
        return None  # not all of it is mojibake
    if b"\xed" in data or b"\xc0" in data:
        return None  # ftfy reads these with its own UTF-8 variants
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if fixed == line or _needs_ftfy(fixed) or not _touched_chars().isdisjoint(fixed):
        return None
    if not looks_bad(line) or looks_bad(fixed):
        return None  # ftfy leaves such a line alone, or would decode the result again
    return unicodedata.normalize("NFC", fixed)


@cache
def _touched_chars() -> frozenset[str]:
    """Characters ftfy's later steps change (ligatures like "Ĳ", control characters)."""
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    return frozenset(map(chr, {*LIGATURES, *CONTROL_CHARS}))


@fix(
    "N001",
    "line-endings",
    examples=[("a\r\nb\rc\u2028d", "a\nb\nc\nd")],
    counterexamples=["a\nb"],
)
def unify_line_endings(text: str) -> tuple[str, int]:
    """Unify line endings to ``\\n``.

    Why: Windows and old Mac files, and Unicode line separators, would otherwise be counted
    as different lines by different tools. Every later line number counts these lines.
    """
    if not _holds_any(text, _BREAK_CHARS):
        return text, 0
    return _LINE_BREAKS.subn("\n", text)


def _needs_ftfy(line: str) -> bool:
    """Whether ftfy could change this line (beyond NFC, which N006 does for every line)."""
    if line.isascii() and line.isprintable():
        return False
    return bool(_FTFY_HINTS.search(line)) or looks_bad(line)


def _repair_line(line: str) -> tuple[str, bool]:
    """ftfy on one line, repeated while it still changes something (at most three times):
    decoding a C1 control ("\\x80" -> "€") can form new mojibake ("Ü€").

    Also says whether the result is *settled*: known to come back unchanged from this
    function (ftfy left it alone, or the gate says ftfy could not change it).
    """
    fixed = line
    settled = False
    for _ in range(3):
        again = _fix(fixed)
        if again == fixed:
            settled = True
            break
        fixed = again
        if not _needs_ftfy(fixed):
            settled = True
            break
    # A repair must never merge or split lines: line numbers point at the input.
    if "\n" in fixed:
        return fixed.replace("\n", " "), False
    return fixed, settled


def _repaired(line: str, memo: dict[str, str]) -> str:
    """A line after ftfy's repair; ``memo`` remembers lines already repaired (and settled
    results) so the same line never goes through the gate or ftfy twice."""
    if line.isascii() and line.isprintable():
        return line
    fixed = memo.get(line)
    if fixed is None:
        fixed, settled = _repair_line(line) if _needs_ftfy(line) else (line, True)
        memo[line] = fixed
        if settled:
            memo[fixed] = fixed
    return fixed


@fix(
    "N002",
    "text-repair",
    examples=[
        ("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.", "The Mona Lisa doesn’t have eyebrows.")
    ],
    counterexamples=["Café “quoted” – déjà vu"],
)
def repair_text(text: str, memo: dict[str, str] | None = None) -> tuple[str, int]:
    """Repair mojibake, control characters and ligatures with ftfy; count repaired lines.

    Why: scrapers often decode UTF-8 as Windows-1252 (``â€™`` for ``’``), MacRoman
    (``√©`` for ``é``) or Windows-1251 (``Р С‘`` for ``и``, twice), or leave Windows-1252
    quotes as C1 controls. Curly quotes and dashes are kept as the author wrote them. A line
    goes to ftfy only when it holds control characters or ligatures, or ftfy's own badness
    check (behind a cheap screen) finds mojibake, since the full repair is slow.

    ``memo`` (line -> repaired line) carries what one :func:`normalize` call already
    repaired into its later rounds and checks.
    """
    if memo is None:
        memo = {}
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        fixed = _repaired(line, memo)
        if fixed != line:
            lines[i] = fixed
            changed += 1
    return ("\n".join(lines), changed) if changed else (text, 0)


def repaired_lines(text: str) -> dict[int, str]:
    """The lines N002 repairs, as they stood: line number (from 1, counted after N001) ->
    the line before the repair. For ``explain``."""
    unified, _ = unify_line_endings(text)
    memo: dict[str, str] = {}
    return {
        number: line
        for number, line in enumerate(unified.split("\n"), start=1)
        if _repaired(line, memo) != line
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


# Cyrillic and Greek letters drawn like Latin ones, and their Latin twins.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
    "aeopcyxijsdhqwlABEKMHOPCTXYIJSABEZHIKMNOPTYXo",
)
_LOOKALIKE_CHARS = frozenset(map(chr, _LOOKALIKES))
# A word with a Latin letter next to a Cyrillic or Greek one ("Аdvеrtіѕе").
_MIXED_WORD = regex.compile(r"\p{Latin}[\p{Cyrillic}\p{Greek}]|[\p{Cyrillic}\p{Greek}]\p{Latin}")
_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u04ff\u0500-\u052f]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


@fix(
    "N007",
    "lookalike-letters",
    examples=[("Yоur соntеnt іѕ dеlіvеrеd", "Your content is delivered")],
    counterexamples=[
        "Москва и Berlin",
        "Ελλάδα",
        "Café",
        "SENSЕ - Oleg Tsedryk",
        "ВІКІ is Ukrainian for WIKI",
    ],
)
def fold_lookalikes(text: str) -> tuple[str, int]:
    """Turn Cyrillic and Greek look-alikes of Latin letters into the Latin letters, in words
    that mix the scripts and in lowercase words of look-alikes beside them, on lines with no
    Cyrillic or Greek letter that lacks a Latin twin.

    Why: promos and spam swap in look-alikes ("Аdvеrtіѕе", "wondеrful", "іѕ") so filters
    miss them. Lines of real Russian or Greek text are left alone, and so are words in
    capitals wholly in Cyrillic or Greek ("ВІКІ"). One look-alike alone in a word of capitals
    ("SENSЕ", a name styled with a Ukrainian "Е") is left as written, as ftfy does.
    """
    if text.isascii() or not _CYRILLIC_OR_GREEK.search(text):
        return text, 0
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if line.isascii() or not _MIXED_WORD.search(line):
            continue
        folded = _fold_line(line)
        if folded is not None:
            lines[i] = folded
            changed += 1
    return ("\n".join(lines), changed) if changed else (text, 0)


def _fold_line(line: str) -> str | None:
    """The line with its look-alikes folded, or None when it is to be left alone."""
    if set(_CYRILLIC_OR_GREEK.findall(line)) - _LOOKALIKE_CHARS:
        return None
    words = list(_WORD.finditer(line))
    mixed = [m[0] for m in words if _MIXED_WORD.search(m[0])]
    foreign = "".join(c for word in mixed for c in _CYRILLIC_OR_GREEK.findall(word))
    if len(foreign) < 2 and all(word.isupper() for word in mixed):
        return None  # "SENSЕ": one look-alike in capitals may be a name's styling
    parts: list[str] = []
    end = 0
    for m in words:
        word = m[0]
        if word.islower() or _MIXED_WORD.search(word):
            parts += [line[end : m.start()], word.translate(_LOOKALIKES)]
            end = m.end()
    parts.append(line[end:])
    return "".join(parts)


# The repair goes before invisible characters are dropped: a soft hyphen is half of the
# mojibake of "í" ("Ã\xad"). Mojibake it hides ("Â\xad\x80") is repaired in normalize's
# second round.
NORMALIZERS = (
    unify_line_endings,
    repair_text,
    drop_invisible,
    plain_spaces,
    strip_trailing,
    compose_nfc,
    fold_lookalikes,
)
_CODES = ("N001", "N002", "N003", "N004", "N005", "N006", "N007")


def normalize(text: str, enabled: Collection[str] | None = None) -> tuple[str, dict[str, int]]:
    """Apply every enabled normalization fix in order; return the text and change counts.

    N001 always runs: every line number in the report counts lines after it.
    """
    counts: dict[str, int] = {}
    memo: dict[str, str] = {}
    for _ in range(3):
        for code, func in zip(_CODES, NORMALIZERS, strict=True):
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
