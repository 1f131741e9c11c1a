"""Header rules: title, byline, dateline and taxonomy lines at the head of an article."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ..config import Config
from ..dates import find_date
from ..model import Category, Fact, Finding, Line, LineKind
from ..phrases import FLAGS, Family, compiled, search, words
from ..registry import detectors, fixes, register, select_codes
from ..segment import Document, removed_lines, word_count
from .base import TEXT_KINDS, LineRule, family_pattern
from .promo import RepeatedPromo
from .repetition import RepeatedLine

_NAME = r"\p{Lu}[\p{L}.'’\-]*"
_PARTICLE = r"(?:de|da|di|del|van|von|der|den|la|le|du|y|bin|al|ibn|mc|st\.?)"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|{_PARTICLE}))*"
_NAME_LIST = rf"{_NAMES}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*{_NAMES})*"
BYLINE = regex.compile(
    rf"^[\W_]*(?i:{words('byline')})\s+(?P<names>{_NAME_LIST})\s*(?:$|[,|–—·•/]\s*(?P<rest>.{{0,80}})$)"
)
_BYLINE_WORD = regex.compile(rf"^[\W_]*(?i:{words('byline')})\s")
# What may follow a byline's date: a reading time ("5 min read", "3 Min. Lesezeit").
_READING_TIME = regex.compile(
    r"^[\W_]*(?:\d{1,3}\s*min(?:s|utes?|uten|\.)?"
    r"(?:\s+(?:read|lesezeit|de lecture|de lectura))?)?[\W_]*$",
    regex.IGNORECASE,
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
# "Posted on January 18, 2024 by Theo Marsh": a byline word and names after the date.
_TRAILING_BY = regex.compile(rf"(?:^|\s)(?i:{words('byline')})\s+(?P<names>{_NAME_LIST})\W*$")
# A byline without "By": "Dr. Priya Raman, University of Bristol", "Jane Roe, Staff Writer".
# Only with an academic title or a role/affiliation word: a bare name may be a subheading.
_HONORIFIC = r"(?:Dr|Prof|Professor|Professorin|Dipl\.-Ing|Mag|Pr|Me)\.?"
_PERSON = (
    rf"\p{{Lu}}[\p{{Ll}}'’\-]+\.?(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{Ll}}'’\-]+|{_PARTICLE})){{1,3}}"
)
_AFFILIATION = (
    r"university|universität|université|universidad|universidade|college|institute|institut|"
    r"instituto|school|hospital|klinik|correspondent|korrespondent|correspondant|corresponsal|"
    r"reporter|editor|redakteur|redakteurin|redaktion|rédaction|rédacteur|redacción|"
    r"staff writer|contributor|columnist|kolumnist|journalist|journaliste|periodista|"
    r"researcher|fellow|lecturer|professor|professorin"
)
NAME_BYLINE = regex.compile(
    rf"^(?P<hon>{_HONORIFIC}\s+)?(?P<name>{_PERSON})"
    rf"(?:\s*(?:,|–|—|\|)\s*(?P<aff>[^.!?]{{3,70}}))?$"
)
_AFFILIATION_WORD = regex.compile(rf"\b(?:{_AFFILIATION})\b", regex.IGNORECASE)
_TAXONOMY = regex.compile(rf"^[\W_]*(?P<label>{words('taxonomy')})\s*:\s*(?P<values>\S.*)$", FLAGS)
_VALUE_SPLIT = regex.compile(r"\s*[,;|·•]\s*")
_FOUR_DIGITS = regex.compile(r"\d{4}")


def byline_names(line: Line) -> list[str] | None:
    """The author names of a byline, or None when the line is not one."""
    found = _byline_names(line)
    return list(found) if found is not None else None


#: Memos of the header tests, which H001, H002 and H003 each ask of the same head lines.
_MEMO = 4096


@lru_cache(maxsize=_MEMO)
def _byline_names(line: Line) -> tuple[str, ...] | None:
    if line.kind is LineKind.HEADING and line.level == 1:
        return None  # "# Von Sprachregeln, Gender-Politik und ...": a title, not a byline
    m = search(BYLINE, line.plain) or _byline_before_date(line.plain)
    if not m:
        return None
    names = _split_names(m.group("names"))
    return tuple(names) if names is not None else None


def _byline_before_date(text: str) -> regex.Match[str] | None:
    """A byline whose date follows the names unseparated, perhaps with a reading time:
    "By Jane Doe Feb 8, 2020 5 min read", "Von Anna Schmidt 12.03.2021"."""
    if not _BYLINE_WORD.match(text):
        return None
    found = find_date(text)
    if found is None or not _READING_TIME.match(text[found[1].end() :]):
        return None
    return search(BYLINE, text[: found[1].start()].rstrip())


def _split_names(text: str) -> list[str] | None:
    names = [n.strip(" .") for n in _SPLIT_NAMES.split(text) if n.strip(" .")]
    return names or None


def name_byline(line: Line) -> str | None:
    """The author of a byline without "By" ("Dr. Priya Raman, University of Bristol"):
    a name with an academic title, or a name and a role or affiliation."""
    if line.words > 12 or line.link_chars:
        return None
    m = NAME_BYLINE.match(line.plain.strip())
    if not m:
        return None
    aff = m.group("aff")
    if not m.group("hon") and not (aff and _AFFILIATION_WORD.search(aff)):
        return None
    if aff and len(aff.split()) > 7:
        return None
    return ((m.group("hon") or "") + m.group("name")).strip()


def trailing_authors(text: str) -> list[str] | None:
    """Names after a byline word at the end of a dateline ("... 2024 by Theo Marsh")."""
    m = search(_TRAILING_BY, text)
    return _split_names(m.group("names")) if m else None


@lru_cache(maxsize=_MEMO)
def dateline(line: Line) -> tuple[str, str | None] | None:
    """(ISO date, publisher or None) when the line is a short dateline, else None."""
    if line.words > 14 or not _FOUR_DIGITS.search(line.plain):
        return None  # every date shape find_date reads has a four-digit year
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


def head_zone(doc: Document, share: float) -> tuple[int, frozenset[int]]:
    """(end of the head zone, lines the first round of rules removes).

    The head zone ends at the first prose line that no rule removes: the body as it will
    stand, so a second cleaning pass sees the same zone and idempotence holds.
    """
    cached = doc.shared.get("head")
    if cached is None:
        removed = doc.removed()
        if len(removed) > len(certain := removed_lines(f for f in doc.prior if not f.uncertain)):
            # The pipeline's guard undoes uncertain removals that take too much prose.
            prose = [i for i, p in enumerate(doc.prose) if p]
            total = sum(doc.lines[i].words for i in prose)
            lost = sum(doc.lines[i].words for i in prose if i in removed)
            if total and lost > share * total:
                removed = certain
        end = next((i for i, p in enumerate(doc.prose) if p and i not in removed), len(doc))
        cached = doc.shared["head"] = (end, removed)
    return cached  # type: ignore[return-value]


def is_header(line: Line) -> bool:
    """Whether H002 or H003 takes the line when it stands in the head zone."""
    if line.kind not in TEXT_KINDS:
        return False
    if line.words <= Byline.max_words and (byline_names(line) or name_byline(line)):
        return True
    return line.words <= Dateline.max_words and dateline(line) is not None


class HeadRule(LineRule):
    """A line rule for the head zone; runs after the first round to see what it removes."""

    after = True
    head_only = True

    def detect(self, doc: Document) -> Iterator[Finding]:
        end, _ = head_zone(doc, self.config.max_removed_share)
        for i in range(end):
            line = doc.lines[i]
            if line.kind not in self.kinds:
                continue
            if self.max_words is not None and line.words > self.max_words:
                continue
            found = self.match(doc, i)
            if found:
                yield found


@register
class Byline(HeadRule):
    """A byline: "By Stephen Lendman", "Von Anna Schmidt", "Par Jean Dupont".

    Why: the author's name is metadata, not article text; it goes to ``authors``.

    A dateline ending in "by NAME" is one too, and so is "By NAME DATE", with a reading time
    after the date or not ("By Jane Doe Feb 8, 2020 5 min read"); the date goes to ``date``.
    A line without "By" is a byline only with an academic title or a role or affiliation:
    "Dr. Priya Raman, University of Bristol", "Jane Roe, Staff Writer".

    A news agency in the name list ("By Jane Doe, Reuters") goes to ``publisher``, not to
    ``authors`` (family ``news_agency``).

    Leaves alone: lines after the first prose line, lines where the words after "By"
    are not capitalized names ("By the way, ..."), and a bare name line.
    """

    code = "H002"
    name = "byline"
    category = Category.BYLINE
    head_only = True
    max_words = 16
    reason = "byline in the head of the article"
    examples = (
        "By Stephen Lendman\n\n" + "The long body of the article starts here, and it goes on. " * 3,
        "By Jane Doe, Reuters\n\n" + "The body of the article starts here, and it goes on. " * 3,
        "By Jane Doe Feb 8, 2020 5 min read\n\n" + "The body of the article starts. " * 3,
    )
    counterexamples = (
        "By the way, nothing here is a byline at all.\n",
        "Priya Raman\n\n" + "The long body of the article starts here, and it goes on. " * 3,
    )

    def _is_agency(self, name: str) -> bool:
        """Whether a listed name is a whole news-agency name ("Reuters", "dpa")."""
        agency = family_pattern(self.config, "news_agency")
        m = search(agency, name)
        return m is not None and m.span() == (0, len(name))

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        names = byline_names(line)
        if not names and dateline(line):
            names = trailing_authors(line.plain)  # "Posted on May 2, 2024 by Theo Marsh"
        if not names:
            author = name_byline(line)
            if not author:
                return None
            names = [author]
        agencies = [n for n in names if self._is_agency(n)]
        facts: tuple[Fact, ...] = tuple(Fact("author", n) for n in names if n not in agencies)
        facts += tuple(Fact("publisher", n) for n in agencies)
        rest = dateline(line)
        found = (rest[0], None) if rest else find_date(line.plain)
        if found:
            facts += (Fact("date", found[0]),)
        return self.finding(index, index + 1, facts)


#: A short "Label: value" line, as in a fact box ("Seiten: 400", "Verlag: Fischer").
_FIELD = regex.compile(r"^\W*\p{L}[\p{L} .-]{1,24}\s*:\s*\S")


def _is_field(doc: Document, index: int) -> bool:
    return doc.lines[index].words <= 12 and bool(_FIELD.match(doc.lines[index].plain))


@register
class ClosingByline(LineRule):
    """A byline after the article: "Autor: Anna Schmidt", "Von Clemens Höges", "Par Jean
    Dupont" under the text.

    Why: many sites credit the author at the end; the name is metadata, like a byline in
    the head (it goes to ``authors``).

    Leaves alone: such a line before half of the article's prose (H002 judges the head),
    a byline with an affiliation or a list of names ("Autor: Jane Roe, University of
    Bristol"), one in a fact box (a book's "Autorin: X" next to "Verlag: Y"), lines in
    capitals ("POR ESO INFORMAR ES"), and lines over 10 words.
    """

    code = "H006"
    name = "closing-byline"
    category = Category.BYLINE
    last = True  # judged on the lines that stay
    max_words = 10
    reason = "byline after the article"
    examples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nAutor: Anna Schmidt\n",
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nAutor: Steffen Pache, Landesanstalt für Landwirtschaft\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nSeiten: 400\n\nAutorin: Alys Arden\n\nVerlag: Fischer\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        # Judged on the lines that stay, so a second run, without the removed ones, agrees.
        kept = doc.kept()
        total = sum(doc.lines[i].words for i in kept if doc.prose[i])
        before = 0
        for k, i in enumerate(kept):
            line = doc.lines[i]
            if doc.prose[i]:
                before += line.words
            if line.kind not in self.kinds or line.words > self.max_words or before * 2 < total:
                continue
            if any(_is_field(doc, kept[j]) for j in (k - 1, k + 1) if 0 <= j < len(kept)):
                continue  # "Autorin: Alys Arden" between "Seiten: 400" and "Verlag: X"
            found = self.match(doc, i)
            if found:
                yield found

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if "," in line.plain or line.plain.isupper():
            return None
        names = byline_names(line)
        if not names:
            return None
        return self.finding(index, index + 1, tuple(Fact("author", n) for n in names))


@register
class Dateline(HeadRule):
    """A dateline: "Global Research, November 09, 2017", "Published: 12.03.2020".

    Why: the date (and publisher) are metadata; the date goes to the report as ISO 8601.
    A dateline that ends in "by NAME" ("Posted on January 18, 2024 by Theo Marsh") is a
    byline (H002) and yields the author too.

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

    def gate(self) -> Family:
        # The label is one of the family's words: their literals rule lines out.
        return compiled("taxonomy")

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if doc.prose[index] or ":" not in line.plain:  # the label ends with a colon
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
class Title(HeadRule):
    """The article's title: its first heading, or a first short line over a byline.

    Why: the title goes to the report (``--keep-title`` puts it back as the first line).
    A level-1 heading before the body is taken; a lower heading or a plain first line only
    when a byline or dateline follows it, so section headings stay in the body. Lines other
    rules remove (a promo above the title) and header lines are skipped.

    Leaves alone: headings after the first prose line; a first line with no byline or
    dateline under it; a heading followed by another level-1 heading (which one is the
    title is unclear, and a second pass would take the other).
    """

    code = "H001"
    name = "title"
    category = Category.TITLE
    max_words = 30
    reason = "title of the article"
    examples = (
        "# A Title\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "A Title\n\nBy Ann Author\n\nThe body goes on and on, as bodies do, for many words.\n",
    )
    counterexamples = (
        "## Section\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "A first line\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "# Site\n\n# Title\n\nThe body goes on and on, as bodies do, for many words and more.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        chosen = select_codes(
            list(detectors()) + list(fixes()), self.config.select, self.config.ignore
        )
        late = (RepeatedLine, RepeatedPromo)
        self._late = tuple(r(self.config) for r in late if r.code in chosen)

    def detect(self, doc: Document) -> Iterator[Finding]:
        # Chosen only among lines that survive this pass, with header lines as evidence
        # that vanish with it: the lines left after a pass never hold a new title.
        end, removed = head_zone(doc, self.config.max_removed_share)
        removed |= self._repeats(doc)
        kept = [
            i
            for i in range(end)
            if doc.lines[i].kind is not LineKind.BLANK
            and i not in removed
            and not is_header(doc.lines[i])
        ]
        headings = [i for i in kept if doc.lines[i].kind is LineKind.HEADING and doc.lines[i].plain]
        if headings:
            first = headings[0]
            line = doc.lines[first]
            if line.words > self.max_words:
                return
            if len(headings) > 1 and doc.lines[headings[1]].level == 1:
                return
            if line.level == 1 or self._header_follows(doc, first, end, removed):
                yield self.finding(first, first + 1, (Fact("title", line.plain),))
            return
        if not kept:
            return
        line = doc.lines[kept[0]]
        if line.kind is LineKind.TEXT and line.words <= 25 and line.link_chars == 0:
            if self._header_follows(doc, kept[0], end, removed):
                yield self.finding(kept[0], kept[0] + 1, (Fact("title", line.plain),))

    def _repeats(self, doc: Document) -> frozenset[int]:
        """Lines the other late rules (R002, P003) remove: a second pass will not see them."""
        return frozenset(
            i for rule in self._late for f in rule.detect(doc) for i in range(f.start, f.end)
        )

    @staticmethod
    def _header_follows(doc: Document, index: int, end: int, removed: frozenset[int]) -> bool:
        """Whether a byline or dateline is among the next three lines that stay, in the head."""
        seen = 0
        for i in range(index + 1, end):
            line = doc.lines[i]
            if line.kind is LineKind.BLANK or i in removed:
                continue
            if is_header(line):
                return True
            seen += 1
            if seen == 3:
                return False
        return False
