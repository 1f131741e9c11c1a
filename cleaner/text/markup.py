"""Markup residue: HTML tags, markdown links and images, emphasis, escapes, entities.

:class:`LineParser` turns the lines of a normalized text into :class:`~cleaner.model.Line`
records, tracking fenced code across lines. The pieces:

* :mod:`cleaner.text.tags_and_links`: M001-M004, M007, and the :class:`Sink` that keeps the
  URLs and emails they take out for the report;
* :mod:`cleaner.text.page_glue`: M008, M009;
* :mod:`cleaner.text.emphasis`: M005, M006;
* :mod:`cleaner.text.lines`: one line's block shape and renderings, the fixes run in order;
* :mod:`cleaner.text.settle`: renderings that read back as themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cleaner.model import Line, LineKind
from cleaner.text.lines import FENCE, parse_line
from cleaner.text.settle import settle
from cleaner.text.timeouts import timeout_for


@dataclass(slots=True)
class LineParser:
    """Turns lines into :class:`Line` records; tracks fenced code across lines.

    A line's renderings are *settled*: read again as input, they give themselves back, so
    cleaning is idempotent. ``\\*not\\*`` keeps its escapes in plain text (unescaped it
    would read as emphasis next time), and a line that only looks like markup once its
    tags are gone (``<b></b># x``) is resolved until it is stable.
    """

    #: Codes of the markup fixes not to run (those the selection leaves out).
    skip: frozenset[str] = frozenset()
    in_code: bool = False
    fixes: dict[str, int] = field(default_factory=dict)
    #: Lines outside code already parsed, by text: pages repeat lines (menus, "Share",
    #: separators), and parsing a line depends on nothing but its text and number.
    seen: dict[str, tuple[Line, dict[str, int]]] = field(default_factory=dict)

    def parse(self, number: int, raw: str) -> Line:
        if ("```" in raw or "~~~" in raw) and FENCE.match(raw, timeout=timeout_for(raw)):
            self.in_code = not self.in_code
            return Line(number, raw, LineKind.CODE, raw, "")
        if self.in_code:
            return Line(number, raw, LineKind.CODE, raw, raw)
        if not raw.strip():
            return _blank(number, raw)
        known = self.seen.get(raw)
        if known is None and len(raw) <= _SHARED_CHARS:
            known = _SHARED.get((self.skip, raw))
        if known is None:
            line, counts = parse_line(number, raw, skip=self.skip)
            if line.kind not in _SETTLED_KINDS and (line.plain or line.markdown):
                line = settle(line, counts, self.skip)
            self.seen[raw] = line, counts
            if len(raw) <= _SHARED_CHARS:
                _share(self.skip, raw, (line, counts))
        else:
            line, counts = known[0].renumbered(number), known[1]
        for code, n in counts.items():
            self.fixes[code] = self.fixes.get(code, 0) + n
        return line


_SETTLED_KINDS = frozenset({LineKind.BLANK, LineKind.RULE, LineKind.CODE})

#: Short lines parsed in earlier documents of this process, by (skipped fixes, text): the
#: menus, share bars and footers of a site repeat from page to page. Long lines (prose,
#: rarely repeated) are not kept; the table is emptied when full, so it stays small.
_SHARED: dict[tuple[frozenset[str], str], tuple[Line, dict[str, int]]] = {}
_SHARED_CHARS = 160
_SHARED_MAX = 8192


#: Blank lines by (number, text): records are immutable, so documents share them (most
#: blank lines are "" at the same few hundred numbers); emptied when full.
_BLANKS: dict[tuple[int, str], Line] = {}


def _blank(number: int, raw: str) -> Line:
    line = _BLANKS.get((number, raw))
    if line is None:
        if len(_BLANKS) >= _SHARED_MAX:
            _BLANKS.clear()
        line = _BLANKS[number, raw] = Line(number, raw, LineKind.BLANK, "", "")
    return line


def _share(skip: frozenset[str], raw: str, parsed: tuple[Line, dict[str, int]]) -> None:
    if len(_SHARED) >= _SHARED_MAX:
        _SHARED.clear()
    _SHARED[skip, raw] = parsed
