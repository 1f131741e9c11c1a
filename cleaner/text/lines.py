"""One normalized line read as a :class:`~cleaner.model.Line`: its block shape (heading, list
item, quote, table, rule), its inline markup resolved by the M fixes in order, and its two
renderings: ``markdown`` (block markers and emphasis kept) and ``plain`` (words).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from cleaner.model import Line, LineKind
from cleaner.text.emphasis import strip_emphasis, unescape_markdown
from cleaner.text.page_glue import drop_pagination_glue, drop_read_more
from cleaner.text.tags_and_links import (
    Sink,
    drop_paren_urls,
    holds_link_mark,
    resolve_html,
    resolve_images,
    resolve_links,
    squeeze,
    unescape_entities,
)
from cleaner.text.timeouts import timeout_for

_HEADING = regex.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
LIST_ITEM = regex.compile(r"^(\s*)([*+\-•]|\d{1,3}[.)])[ \t]+(.*)$")
_QUOTE = regex.compile(r"^\s{0,3}>[ \t]?(.*)$")
_RULE_LINE = regex.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_TABLE_SEPARATOR = regex.compile(r"^\s*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?\s*$")
FENCE = regex.compile(r"^\s{0,3}(```|~~~)")
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<![.-])", regex.I)
_REF_DEFINITION = regex.compile(r"^\s{0,3}\[([^\[\]\n]+)\]:\s+(\S+)(?:\s+\"[^\"]*\")?\s*$")


SinkFix = Callable[[str, Sink], tuple[str, int]]
#: The markup fixes, in the order they run on a line's content. Those that hand what they
#: take out to the sink change both renderings: first the link fixes (under one gate, as
#: most lines hold none of their marks), then the page glue; the last two change only the
#: plain rendering. Selection (``--select``/``--ignore``) skips a fix by its code.
LINK_FIXES: tuple[tuple[str, SinkFix], ...] = (
    ("M001", resolve_html),
    ("M002", resolve_images),
    ("M003", resolve_links),
    ("M004", drop_paren_urls),
    ("M007", unescape_entities),
)
GLUE_FIXES: tuple[tuple[str, SinkFix], ...] = (
    ("M008", drop_read_more),
    ("M009", drop_pagination_glue),
)
PLAIN_FIXES: tuple[tuple[str, Callable[[str], tuple[str, int]]], ...] = (
    ("M005", strip_emphasis),
    ("M006", unescape_markdown),
)
MARKUP_ORDER = tuple(code for code, _ in (*LINK_FIXES, *GLUE_FIXES, *PLAIN_FIXES))


def resolve_inline(
    text: str, sink: Sink, *, skip: frozenset[str] = frozenset()
) -> tuple[str, str, dict[str, int]]:
    """Resolve inline markup of one line's content with the fixes not in ``skip``; return
    (markdown, plain, fix counts)."""
    counts: dict[str, int] = {}

    def run(code: str, result: tuple[str, int]) -> str:
        if result[1]:
            counts[code] = counts.get(code, 0) + result[1]
        return result[0]

    if holds_link_mark(text):  # most lines hold no trigger of these fixes
        for code, sink_fix in LINK_FIXES:
            if code not in skip:
                text = run(code, sink_fix(text, sink))
        if counts:
            text = squeeze(text).strip()
    for code, sink_fix in GLUE_FIXES:
        if code not in skip:
            text = run(code, sink_fix(text, sink))
    markdown = plain = text
    for code, plain_fix in PLAIN_FIXES:
        if code not in skip:
            plain = run(code, plain_fix(plain))
    if "@" in plain:
        sink.emails.extend(_EMAIL.findall(plain, timeout=timeout_for(plain)))
    return markdown, plain.strip(), counts


def parse_line(
    number: int, raw: str, *, skip: frozenset[str] = frozenset()
) -> tuple[Line, dict[str, int]]:
    """One line outside code, read without the markup fixes in ``skip`` (with M006 there,
    ``plain`` keeps markdown escapes)."""
    stripped = raw.strip()
    if not stripped:
        return Line(number, raw, LineKind.BLANK, "", ""), {}
    kind, level, prefix, content = _shape(raw)
    if kind is LineKind.RULE:
        return Line(number, raw, kind, stripped, "", dropped=(stripped,)), {}
    definition = (
        _REF_DEFINITION.match(raw, timeout=timeout_for(raw))
        if kind is LineKind.TEXT and "]:" in raw
        else None
    )
    if definition:
        sink = Sink(links=1, link_chars=len(stripped))
        sink.target(definition.group(2))
        return Line(
            number, raw, kind, "", "", 0, len(stripped), 1, 0, tuple(sink.urls), (), (stripped,)
        ), {}
    sink = Sink()
    markdown, plain, counts = resolve_inline(content, sink, skip=skip)
    if kind is LineKind.TABLE:
        plain = " | ".join(c.strip() for c in plain.strip().strip("|").split("|") if c.strip())
    line = Line(
        number=number,
        raw=raw,
        kind=kind,
        markdown=(prefix + markdown) if markdown else "",
        plain=plain,
        level=level,
        link_chars=sink.link_chars,
        links=sink.links,
        images=sink.images,
        urls=tuple(sink.urls),
        emails=tuple(dict.fromkeys(sink.emails)),
        dropped=tuple(sink.dropped),
    )
    return line, counts


def shown(line: Line, *, markdown: bool) -> str:
    """The text a kept line puts in the output (:func:`cleaner.text.segment.render`)."""
    if line.kind is LineKind.CODE or (markdown and line.kind is LineKind.RULE):
        return line.raw
    if markdown:
        return line.markdown
    if line.kind is LineKind.LIST_ITEM and line.plain:
        return line.markdown.split(" ", 1)[0] + " " + line.plain
    return line.plain


#: First characters that can make a line anything but plain text (see :func:`_shape`).
_SHAPE_STARTS = frozenset("-*_#+•>|:`~[")


def plain_start(text: str) -> bool:
    """Whether :func:`_shape` reads ``text`` (non-empty, stripped) as plain text for sure."""
    first = text[0]
    return first not in _SHAPE_STARTS and not first.isdigit() and not first.isspace()


RULE_MARKS = ("-", "*", "_")
_SEPARATOR_MARKS = ("|", ":", "-")


def _may_start_item(lead: str) -> bool:
    """Whether ``lead`` may be a list marker's first character: ``regex``'s ``\\d`` knows
    digits that ``str.isdigit`` does not yet, so any non-ASCII character may be one."""
    return lead in ("*", "+", "-", "•") or lead.isdigit() or not lead.isascii()


def _shape(raw: str) -> tuple[LineKind, int, str, str]:
    """The block kind of a line, its level, its markdown prefix and its inline content."""
    if plain_start(raw):
        return LineKind.TEXT, 0, "", raw.strip()
    # Each block pattern starts with optional spaces and then its marker; ``str.lstrip``
    # strips every character ``\s`` matches (and a few more), so a pattern is only tried
    # when the first character left could be its marker.
    lead = raw.lstrip()[:1]
    if (
        lead in RULE_MARKS
        and raw.count(lead) >= 3
        and _RULE_LINE.match(raw, timeout=timeout_for(raw))
    ):
        return LineKind.RULE, 0, "", ""
    m = _HEADING.match(raw, timeout=timeout_for(raw)) if lead == "#" else None
    if m:
        level = len(m.group(1))
        return LineKind.HEADING, level, "#" * level + " ", m.group(2) or ""
    m = LIST_ITEM.match(raw, timeout=timeout_for(raw)) if _may_start_item(lead) else None
    if m:
        marker = m.group(2) if m.group(2)[0].isdigit() else "-"
        return LineKind.LIST_ITEM, len(m.group(1)) // 2, marker + " ", m.group(3)
    m = _QUOTE.match(raw, timeout=timeout_for(raw)) if lead == ">" else None
    if m:
        return LineKind.QUOTE, 0, "> ", m.group(1)
    if lead in _SEPARATOR_MARKS and _TABLE_SEPARATOR.match(raw, timeout=timeout_for(raw)):
        return LineKind.RULE, 0, "", ""
    if raw.count("|") >= 2 and raw.lstrip().startswith("|"):
        return LineKind.TABLE, 0, "", raw.strip()
    return LineKind.TEXT, 0, "", raw.strip()
