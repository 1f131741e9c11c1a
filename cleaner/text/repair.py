"""Fix N002: mojibake, control characters and ligatures repaired with ftfy, line by line.

ftfy's full repair is slow, so it only runs on a line where a cheap check finds something
it could repair.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ftfy

from cleaner.registry import fix
from cleaner.text.mojibake import looks_bad

# What ftfy (with the settings below) changes besides mojibake: control characters (C0, C1,
# surrogates, ftfy's invisible format controls), ligatures and replacement characters; C1
# controls are also how Windows-1252 text read as Latin-1 shows ("\x93quoted\x94").
# Mojibake itself is screened by ftfy's own badness check (.mojibake). This class and
# _ODD_SPACES use the standard library's ``re``: same characters (explicit ranges, no
# ``\s``), and ``re`` scans such a class 2-5x faster than ``regex``.
_FTFY_HINTS = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\u206a-\u206f\ufb00-\ufb06\ufff9-\ufffd]"
)


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


def repaired(line: str, memo: dict[str, str]) -> str:
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
        fixed = repaired(line, memo)
        if fixed != line:
            lines[i] = fixed
            changed += 1
    return ("\n".join(lines), changed) if changed else (text, 0)
