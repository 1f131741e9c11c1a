"""Header rules: title, byline, dateline and taxonomy lines at the head of an article."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..dates import find_date
from ..model import Category, Fact, Finding, Line, LineKind
from ..phrases import FLAGS, search, words
from ..registry import register
from ..segment import Document, word_count
from .base import LineRule

_NAME = r"\p{Lu}[\p{L}.'’\-]*"
_PARTICLE = r"(?:de|da|di|del|van|von|der|den|la|le|du|y|bin|al|ibn|mc|st\.?)"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|{_PARTICLE}))*"
_NAME_LIST = rf"{_NAMES}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*{_NAMES})*"
BYLINE = regex.compile(
    rf"^\W*(?i:{words('byline')})\s+(?P<names>{_NAME_LIST})\s*(?:$|[,|–—·•/]\s*(?P<rest>.{{0,80}})$)"
)
_SPLIT_NAMES = regex.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")
_DATE_WORDS = regex.compile(
    r"\b(?:published|updated|posted|last (?:updated|modified)|on|at|veröffentlicht|aktualisiert|"
    r"erschienen|am|um|publié|mis à jour|le|publicado|actualizado|el|uhr|am|pm|gmt|utc|cet|cest|"
    r"est|edt|pst|pdt)\b|\d{1,2}:\d{2}|[|:,.\-–—•·/()]",
    regex.IGNORECASE,
)
# Labels around a dateline's date: "Published on", "Veröffentlicht am", "Publié le".
_DATE_LABEL = regex.compile(
    r"^(?:published|updated|posted|last (?:updated|modified)|veröffentlicht|aktualisiert|"
    r"erschienen|publié|mis à jour|publicado|actualizado)\b(?:\s+(?:on|am|le|el))?\W*"
    r"|\s+(?:on|am|le|el|the)$",
    regex.IGNORECASE,
)
_TAXONOMY = regex.compile(rf"^\W*(?P<label>{words('taxonomy')})\s*:\s*(?P<values>\S.*)$", FLAGS)
_VALUE_SPLIT = regex.compile(r"\s*[,;|·•]\s*")


def byline_names(line: Line) -> list[str] | None:
    """The author names of a byline, or None when the line is not one."""
    m = search(BYLINE, line.plain)
    if not m:
        return None
    names = [n.strip(" .") for n in _SPLIT_NAMES.split(m.group("names")) if n.strip(" .")]
    return names or None


def dateline(line: Line) -> tuple[str, str | None] | None:
    """(ISO date, publisher or None) when the line is a short dateline, else None."""
    if line.words > 14:
        return None
    found = find_date(line.plain)
    if not found:
        return None
    iso, m = found
    before = line.plain[: m.start()].strip(" ,|–—-:·")
    leftover = _DATE_WORDS.sub(" ", line.plain[: m.start()] + " " + line.plain[m.end() :])
    if len(leftover.split()) > 5:
        return None
    publisher = None
    name = _DATE_LABEL.sub("", before).strip(" ,|–—-:·")
    if name and name[0].isupper() and len(name.split()) <= 5 and not byline_names(line):
        if not any(c.isdigit() for c in name):
            publisher = " ".join(name.split())
    return iso, publisher


@register
class Byline(LineRule):
    """A byline: "By Stephen Lendman", "Von Anna Schmidt", "Par Jean Dupont".

    Why: the author's name is metadata, not article text; it goes to ``authors``.

    Leaves alone: lines after the first prose line, and lines where the words after "By"
    are not capitalized names ("By the way, ...").
    """

    code = "H002"
    name = "byline"
    category = Category.BYLINE
    head_only = True
    max_words = 16
    reason = "byline in the head of the article"
    examples = (
        "By Stephen Lendman\n\n" + "The long body of the article starts here, and it goes on. " * 3,
    )
    counterexamples = ("By the way, nothing here is a byline at all.\n",)

    def match(self, doc: Document, index: int) -> Finding | None:
        names = byline_names(doc.lines[index])
        if not names:
            return None
        facts: tuple[Fact, ...] = tuple(Fact("author", n) for n in names)
        rest = dateline(doc.lines[index])
        if rest:
            facts += (Fact("date", rest[0]),)
        return self.finding(index, index + 1, facts)


@register
class Dateline(LineRule):
    """A dateline: "Global Research, November 09, 2017", "Published: 12.03.2020".

    Why: the date (and publisher) are metadata; the date goes to the report as ISO 8601.

    Leaves alone: long lines, lines after the first prose line, and sentences that merely
    contain a date.
    """

    code = "H003"
    name = "dateline"
    category = Category.DATELINE
    head_only = True
    max_words = 14
    reason = "dateline in the head of the article"
    examples = (
        "Global Research, November 09, 2017\n\n" + "The body goes on and on, as bodies do. " * 3,
    )
    counterexamples = ("On November 9, 2017 the city council voted to close the old bridge.\n",)

    def match(self, doc: Document, index: int) -> Finding | None:
        found = dateline(doc.lines[index])
        if not found:
            return None
        facts: tuple[Fact, ...] = (Fact("date", found[0]),)
        if found[1]:
            facts += (Fact("publisher", found[1]),)
        return self.finding(index, index + 1, facts)


@register
class Taxonomy(LineRule):
    """A taxonomy line: "Region: Middle East", "Theme: Terrorism, War", "Tags: a, b".

    Why: section, tag and category labels are navigation, not text; their values go to
    ``tags`` under the label.

    Leaves alone: prose lines that happen to contain a colon, and labels not in the
    taxonomy family (``data/phrases/taxonomy.txt``).
    """

    code = "H004"
    name = "taxonomy-line"
    category = Category.TAXONOMY
    max_words = 30
    reason = "taxonomy (tag, category, region) line"
    examples = ("Region: Middle East & North Africa\n", "Schlagwörter: Politik, Wahl\n")
    counterexamples = (
        "Theme: the way the city answered the crisis was to build more roads, not fewer.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if doc.prose[index]:
            return None
        m = search(_TAXONOMY, line.plain)
        if not m:
            return None
        values = [v.strip(" .") for v in _VALUE_SPLIT.split(m.group("values")) if v.strip(" .")]
        if not values or any(word_count(v) > 6 for v in values):
            return None
        label = " ".join(m.group("label").split())
        return self.finding(index, index + 1, tuple(Fact(f"tag:{label}", v) for v in values))


@register
class Title(LineRule):
    """The article's title: its first heading, or a first short line over a byline.

    Why: the title goes to the report (``--keep-title`` puts it back as the first line).
    A level-1 heading before the body is taken; a lower heading or a plain first line only
    when a byline or dateline follows it, so section headings stay in the body.

    Leaves alone: headings after the first prose line; a first line with no byline or
    dateline under it.
    """

    code = "H001"
    name = "title"
    category = Category.TITLE
    head_only = True
    max_words = 30
    reason = "title of the article"
    examples = (
        "# A Title\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "A Title\n\nBy Ann Author\n\nThe body goes on and on, as bodies do, for many words.\n",
    )
    counterexamples = (
        "## Section\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "A first line\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        for i in range(doc.body_start):
            line = doc.lines[i]
            if line.kind is LineKind.HEADING and line.plain:
                if line.level == 1 or self._header_follows(doc, i):
                    yield self.finding(i, i + 1, (Fact("title", line.plain),))
                return
        first = doc.next_content(-1)
        if first is not None and first < doc.body_start:
            line = doc.lines[first]
            if line.kind is LineKind.TEXT and line.words <= 25 and line.link_chars == 0:
                if (
                    self._header_follows(doc, first)
                    and not byline_names(line)
                    and not dateline(line)
                ):
                    yield self.finding(first, first + 1, (Fact("title", line.plain),))

    @staticmethod
    def _header_follows(doc: Document, index: int) -> bool:
        nxt = index
        for _ in range(3):
            found = doc.next_content(nxt)
            if found is None:
                return False
            nxt = found
            line = doc.lines[nxt]
            if byline_names(line) or dateline(line):
                return True
        return False
