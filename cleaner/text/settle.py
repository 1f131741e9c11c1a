"""Settled renderings: a line's ``plain`` and ``markdown`` read again as input give
themselves back, so cleaning is idempotent. Cheap exact checks first, a full re-read only
when they cannot tell.

Reading again means what the next pass does with the output: normalize it (N001-N007),
then parse it. Normalization judges some characters by their neighbours (ftfy reads "Â "
at the start of a line as a lost non-breaking space, not after "## "), so a rendering whose
markup is gone can normalize differently from the line it came from.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from cleaner.model import Line, LineKind
from cleaner.text.emphasis import holds_inline_mark
from cleaner.text.lines import (
    FENCE,
    LIST_ITEM,
    RULE_MARKS,
    parse_line,
    plain_start,
    shown,
)
from cleaner.text.normalize import NORMALIZERS, normalize
from cleaner.text.tags_and_links import holds_link_mark
from cleaner.text.timeouts import timeout_for

#: First characters after which :func:`_shape` reads a text as plain unless the second
#: character is a space or tab (a list item) or the text is all marks (a rule line).
_ITEM_MARKS = frozenset("-*+•")
_DIGITS = "0123456789"


_NORMALIZER_CODES = frozenset(code for code, _ in NORMALIZERS)


def _normal(text: str) -> bool:
    """A cheap exact check that :func:`normalize` leaves ``text`` alone: printable ASCII
    with no run of spaces and no trailing space holds nothing any fix changes."""
    return text.isascii() and text.isprintable() and "  " not in text and text[-1:] != " "


@lru_cache(maxsize=4096)
def _normalized(text: str, skip: frozenset[str]) -> str:
    """``text`` as the next pass's :func:`normalize` leaves it (without the fixes in
    ``skip``)."""
    if _normal(text):
        return text
    return normalize(text, _NORMALIZER_CODES - skip)[0]


def _reread(text: str, *, markdown: bool, skip: frozenset[str] = frozenset()) -> str:
    """What a rendered line gives when read again: normalized, then parsed."""
    return _reparse(_normalized(text, skip), markdown=markdown, skip=skip)


@lru_cache(maxsize=4096)
def _reparse(text: str, *, markdown: bool, skip: frozenset[str] = frozenset()) -> str:
    """What a rendered (and normalized) line gives when parsed again; a fence would toggle
    code, so it never reads as itself. Cached: short renderings ("*", "2", "- **Home**")
    recur on a page and across pages, and reading one is a full parse."""
    if ("```" in text or "~~~" in text) and FENCE.match(text, timeout=timeout_for(text)):
        return "\\" + text if markdown else ""
    return shown(parse_line(0, text, skip=skip)[0], markdown=markdown)


_SETTLE_ROUNDS = 6
#: Read without M006, ``plain`` keeps its markdown escapes.
_KEEP_ESCAPES = frozenset({"M006"})


def _fixpoint(text: str, *, markdown: bool, skip: frozenset[str]) -> str:
    for _ in range(_SETTLE_ROUNDS):
        again = _reread(text, markdown=markdown, skip=skip)
        if again == text:
            break
        text = again
    return text


def _inert(text: str, *, markdown: bool) -> bool:
    """A cheap exact check that :func:`_reparse` gives ``text`` back: a block marker
    :func:`_shape` gives back as it stands (see :func:`_content`) before stripped content
    no inline fix could change. Markdown keeps emphasis and escapes, so only the fixes that
    run before them matter there."""
    if not text:
        return True
    if "\n" in text:  # from an entity ("&#10;"): ``.`` and ``$`` in the patterns stop there
        return False
    content = _content(text, markdown=markdown)
    if not content or content != content.strip():
        return False
    if holds_link_mark(content):
        return False
    return markdown or not holds_inline_mark(content)


def _content(text: str, *, markdown: bool) -> str | None:
    """The inline content of rendered ``text`` when :func:`_shape` reads it back with the
    block marker it shows (in markdown ``- ``, ``2. ``, ``> ``, ``## ``; in text ``- ``,
    ``2. ``) or as plain text; None when that is not certain."""
    first = text[0]
    if first == "-" and text[1:2] == " ":
        return text[2:] if text.strip("- \t") else None  # "- - -" is a rule line
    if first in _DIGITS:
        return _numbered_content(text)
    if markdown and first == ">":
        return text[2:] if text[1:2] == " " else None
    if markdown and first == "#":
        return _heading_content(text)
    return text if _reads_as_text(text) else None


def _numbered_content(text: str) -> str | None:
    """The content of a digit-led text: behind a ``2. `` or ``2) `` marker of ASCII digits,
    or the whole text when it reads as no list item at all ("2", "55 Jahre")."""
    digits = len(text) - len(text.lstrip(_DIGITS))
    if (
        digits <= 3
        and text[digits : digits + 1] in (".", ")")
        and text[digits + 1 : digits + 2] == " "
    ):
        return text[digits + 2 :]
    return None if LIST_ITEM.match(text, timeout=timeout_for(text)) else text


def _heading_content(text: str) -> str | None:
    """The content of a ``#`` heading; None where :data:`_HEADING` could read it otherwise
    (over six marks, no space, or a closing ``#`` run the pattern would take off)."""
    level = len(text) - len(text.lstrip("#"))
    if level > 6 or text[level : level + 1] != " " or text.endswith("#"):
        return None
    return text[level + 1 :]


def _reads_as_text(text: str) -> bool:
    """Whether :func:`_shape` and :func:`parse_line` read stripped ``text`` as plain text (kind
    TEXT, no reference definition), and :func:`_reread` finds no fence in it."""
    if plain_start(text):
        return True
    first = text[0]
    if first in _ITEM_MARKS and text[1:2] in (" ", "\t"):
        return False  # a list item
    if first in RULE_MARKS and not text.strip(first + " \t"):
        return False  # a rule line
    if first in "-:":
        return "|" not in text  # else maybe a table separator
    if first in "`~":
        return not (text.startswith("```") or text.startswith("~~~"))
    if first == "[":
        return "]:" not in text
    return first in "*_+•"


def _stays(text: str, raw: str, skip: frozenset[str]) -> bool:
    """Whether the next pass's :func:`normalize` leaves rendered ``text`` alone: the
    normalized line it was rendered from (``raw``) stays as it is, and so does printable
    ASCII (see :func:`_normal`); anything else is normalized to see."""
    return _normal(text) or text == raw or _normalized(text, skip) == text


def settle(line: Line, counts: dict[str, int], skip: frozenset[str] = frozenset()) -> Line:
    """Make both renderings of ``line`` read back as themselves (see :class:`LineParser`)."""
    plain_out = shown(line, markdown=False)
    markdown_out = line.markdown
    plain_inert = _inert(plain_out, markdown=False) and _stays(plain_out, line.raw, skip)
    plain_ok = plain_inert or _reread(plain_out, markdown=False, skip=skip) == plain_out
    # A text inert in text mode is inert in markdown (same markers, fewer inline checks),
    # and most lines render the same both ways.
    markdown_ok = (
        (plain_inert and markdown_out == plain_out)
        or (_inert(markdown_out, markdown=True) and _stays(markdown_out, line.raw, skip))
        or _reread(markdown_out, markdown=True, skip=skip) == markdown_out
    )
    if plain_ok and markdown_ok:
        return line
    plain, dropped = line.plain, list(line.dropped)
    if not plain_ok and "M006" in counts:
        # Escapes kept: the next pass tries unescaping first, finds it unstable too, and
        # keeps them again; so the kept form must be stable when read without unescaping.
        kept, _ = parse_line(line.number, line.raw, skip=skip | _KEEP_ESCAPES)
        kept_out = shown(kept, markdown=False)
        if _reread(kept_out, markdown=False, skip=skip | _KEEP_ESCAPES) == kept_out:
            plain_ok, plain = True, kept.plain
            counts.pop("M006")
    if not plain_ok:
        plain = _fixpoint(plain_out, markdown=False, skip=skip)
        if _reparse(plain_out, markdown=False, skip=skip) != plain_out:
            dropped.append(plain_out)  # markup the next pass would resolve (not spaces)
        if line.kind is LineKind.LIST_ITEM:
            line = replace(line, kind=LineKind.TEXT)
    if not markdown_ok:
        markdown_out = _fixpoint(markdown_out, markdown=True, skip=skip)
    return replace(line, plain=plain, markdown=markdown_out, dropped=tuple(dropped))
