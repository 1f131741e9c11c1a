"""Header rules: title, byline, dateline and taxonomy lines at the head of an article."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, Line, LineKind
from cleaner.report.dates import find_date
from cleaner.rules.base import TEXT_KINDS, LineRule, family_pattern
from cleaner.rules.phrases import FLAGS, Family, compiled, search, words
from cleaner.rules.promo import RepeatedPromo
from cleaner.rules.registry import detectors, fixes, register, select_codes
from cleaner.rules.repetition import RepeatedLine
from cleaner.text.segment import Document, removed_lines, word_count

_NAME = r"\p{Lu}[\p{L}.'’\-]*"
_PARTICLE = r"(?:de|da|di|del|van|von|der|den|la|le|du|y|bin|al|ibn|mc|st\.?)"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|{_PARTICLE}))*"
_NAME_LIST = rf"{_NAMES}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*{_NAMES})*"
# A site or publication after "via" or "for": "Authored by X via TFMetalsReport.com".
_SOURCE_START = r"(?:\p{Lu}|www\.|[\w-]+\.\p{Ll}{2,6}\b)"
# A site's address before the byline word: "news.goldseek.com / By: Jim Willie".
_SITE_BEFORE = r"(?P<site>[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6})\s*[/|–—]\s*"
BYLINE = regex.compile(
    rf"^[\W_]*(?:{_SITE_BEFORE})?(?i:{words('byline')})\s*:?\s+(?P<names>{_NAME_LIST})"
    rf"(?:[\s:.]*$|\s*[,|–—·•/]\s*(?P<rest>.{{0,80}})$"
    rf"|\s+(?i:via|for)\s+(?P<via>{_SOURCE_START}.{{0,60}})$)"
)
_BYLINE_WORD = regex.compile(rf"^[\W_]*(?:{_SITE_BEFORE})?(?i:{words('byline')})\s*:?\s")
# An academic degree or suffix in a byline's name list: "by Carl Greer, PhD, PsyD".
_DEGREE = regex.compile(
    r"^(?:Ph\.?\s?D|M\.?D|Psy\.?D|D\.?O|MBA|M\.?Sc|B\.?Sc|M\.?A|B\.?A|Esq|RN|DDS|DVM|MPH|"
    r"LCSW|CPA|Jr|Sr|II|III)\.?$"
)
# A web address standing for a publication: "GoldenJackass.com", "www.SHTFplan.com".
_DOMAIN = regex.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,6}/?$")
_POSSESSIVE = regex.compile(r"['’]s$")
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
_WORD = regex.compile(r"\w")


def byline_names(line: Line) -> list[str] | None:
    """The author names of a byline, or None when the line is not one."""
    found = byline_parts(line)
    return list(found[0]) if found is not None else None


#: Memos of the header tests, which H001, H002 and H003 each ask of the same head lines.
_MEMO = 4096


@lru_cache(maxsize=_MEMO)
def byline_parts(line: Line) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """(author names, source, site) of a byline, or None when the line is not one.

    The source is the publication named after the names ("By X / American Thinker",
    "Authored by X via TFMetalsReport.com", "By X, GoldenJackass.com"); the site is an
    address before the byline word ("news.goldseek.com / By: X"). Degrees after a name
    ("PhD") are no names.
    """
    if line.kind is LineKind.HEADING and line.level == 1:
        return None  # "# Von Sprachregeln, Gender-Politik und ...": a title, not a byline
    m = search(BYLINE, line.plain) or _byline_before_date(line.plain)
    if not m:
        return None
    names: list[str] = []
    sources: list[str] = []
    for name in _split_names(m.group("names")) or ():
        author, source = _name_and_site(name)
        if source:
            sources.append(source)
        if author and not _DEGREE.match(author):
            names.append(author)
    if not names:
        return None
    rest = _publication(m.group("via") or m.group("rest") or "")
    if rest:
        sources.append(rest)
    return tuple(names), (sources[0] if sources else None), m.group("site")


def _name_and_site(name: str) -> tuple[str | None, str | None]:
    """A listed name split into author and publication: "GoldenJackass.com" is a site,
    "Greg Hunter’s USAWatchdog.com" an author and a site."""
    words = name.split()
    if not _DOMAIN.match(words[-1]):
        return name, None
    author = _POSSESSIVE.sub("", " ".join(words[:-1])).strip()
    return author or None, words[-1]


def _publication(text: str) -> str | None:
    """The publication a byline names after its authors, or None: a short capitalized name
    or a web address, not a date, a role ("staff writer") or a sentence."""
    text = text.strip(" .,:;")
    if not text or len(text.split()) > 6 or any(c.isdigit() for c in text):
        return None
    if not (text[0].isupper() or _DOMAIN.match(text)) or _AFFILIATION_WORD.search(text):
        return None
    return None if regex.search(r"[.!?]\s", text) else text


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
        parts = byline_parts(line)
        names = list(parts[0]) if parts else None
        if not names and dateline(line):
            names = trailing_authors(line.plain)  # "Posted on May 2, 2024 by Theo Marsh"
        if not names:
            author = name_byline(line)
            if not author:
                return None
            names = [author]
        return self.finding(index, index + 1, self.facts_of(line, names, parts))

    def facts_of(
        self,
        line: Line,
        names: list[str],
        parts: tuple[tuple[str, ...], str | None, str | None] | None,
    ) -> tuple[Fact, ...]:
        """Authors, publisher, source and date of a byline: a news agency among the names
        ("By Jane Doe, Reuters") is the publisher and the source; a publication after the
        names ("By X / American Thinker") the source; a site before the byline word the
        publisher."""
        agencies = [n for n in names if self._is_agency(n)]
        facts: tuple[Fact, ...] = tuple(Fact("author", n) for n in names if n not in agencies)
        facts += tuple(Fact("publisher", n) for n in agencies)
        facts += tuple(Fact("source", n) for n in agencies)
        if parts and parts[1]:
            facts += (Fact("source", parts[1]),)
        if parts and parts[2]:
            facts += (Fact("publisher", parts[2]),)
        rest = dateline(line)
        found = (rest[0], None) if rest else find_date(line.plain)
        if found:
            facts += (Fact("date", found[0]),)
        return facts


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


#: How many lines that stay may stand above a byline below the head zone (H007).
_BELOW_HEAD_LINES = 6
#: A line of this many words is the body's first long paragraph: no byline stands below it.
_LONG_PARAGRAPH = 30
# A role under a byline: "Guest writer for Wake Up World", "Staff Writer".
_ROLE = regex.compile(
    r"^[\W_]*(?:guest|staff|contributing|senior|special|freelance)\s+"
    r"(?:writer|author|contributor|correspondent|reporter|columnist|editor)\b.{0,50}$",
    regex.IGNORECASE,
)


def below_head(doc: Document, share: float) -> tuple[int, ...]:
    """The lines that stay where a byline or dateline may stand below the head zone (H002
    and H003 judge the zone itself): among the first six, up to the body's first long
    paragraph or its third sentence."""
    kept = doc.kept()[:_BELOW_HEAD_LINES]
    sentences = 0
    for k, i in enumerate(kept):
        if doc.prose[i]:
            sentences += 1
            if doc.lines[i].words >= _LONG_PARAGRAPH or sentences > 2:
                kept = kept[:k]
                break
    end, _ = head_zone(doc, share)
    return tuple(i for i in kept if i >= end)


@register
class BylineBelowHead(LineRule):
    """A byline a few lines below the head zone, under a promo or a repeated title:
    "By Lisa Haven" after "Headline: ... Stocks Are Next!", with a dateline or a role
    ("Guest writer for Wake Up World") next to it.

    Why: sites put a promo sentence or a teaser between the title and the byline; a
    sentence ends the head zone (H002), so the byline stood in the text. The names go to
    ``authors``, a publication after them to ``source`` ("By X / American Thinker").

    Judged on the lines that stay: only among the first six of them, above the body's
    first long paragraph (30 words) and with at most two sentences before it, and only a
    byline with "By" and names of two words or more, or with a publication after them.

    Leaves alone: "By Monday" or "By Car" (one word: a date or a subheading), bylines
    under the body's first long paragraph, and lines over 12 words.
    """

    code = "H007"
    name = "byline-below-head"
    category = Category.BYLINE
    last = True  # judged on the lines that stay, as a second run sees them
    max_words = 12
    reason = "byline a few lines into the article"
    examples = (
        "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
        "By Lisa Haven\n\n" + "The long body of the article starts here, and it goes on. " * 3,
        "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
        "March 26th, 2017\n\nBy Paul Levy\n\nGuest writer for Wake Up World\n\n"
        + "The long body of the article starts here, and it goes on. "
        * 3,
    )
    counterexamples = (
        "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
        "By Car\n\n" + "The long body of the article starts here, and it goes on. " * 3,
        "A Title\n\n"
        + "The long body of the article starts here, and it goes on. " * 3
        + "\n\nBy Jane Roe\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        for i in below_head(doc, self.config.max_removed_share):
            line = doc.lines[i]
            if line.kind in self.kinds and line.words <= self.max_words:
                facts = self._byline(line)
                if facts is not None:
                    yield self.finding(i, i + 1, facts)
                    yield from self._neighbours(doc, kept, kept.index(i))
                    return

    def _byline(self, line: Line) -> tuple[Fact, ...] | None:
        parts = byline_parts(line)
        if parts is None:
            return None
        names, source, site = parts
        if not (source or site) and any(len(n.split()) < 2 for n in names):
            return None  # "By Car", "By Monday": a subheading or a date
        byline = Byline(self.config)
        return byline.facts_of(line, list(names), parts)

    def _neighbours(self, doc: Document, kept: tuple[int, ...], k: int) -> Iterator[Finding]:
        """A dateline just above or below the byline, a role just below it."""
        for j in (k - 1, k + 1):
            if not 0 <= j < len(kept):
                continue
            line = doc.lines[kept[j]]
            if line.kind not in self.kinds or line.words > Dateline.max_words:
                continue
            found = dateline(line)
            if found:
                yield self.finding(kept[j], kept[j] + 1, (Fact("date", found[0]),))
            elif j > k and search(_ROLE, line.plain):
                yield self.finding(kept[j], kept[j] + 1)


#: A dateline alone below the head zone: the date and at most this many other words.
_DATE_ONLY_WORDS = 2


def _date_only(line: Line) -> str | None:
    """The ISO date of a line that is a date and little else ("May 31, 2015",
    "[January 24, 2018 - ZurichTimes.net]"), or None."""
    if line.words > 8 or line.link_chars:
        return None
    found = dateline(line)
    if found is None:
        return None
    m = find_date(line.plain)
    assert m is not None
    rest = line.plain[: m[1].start()] + " " + line.plain[m[1].end() :]
    words = [w for w in _DATE_WORDS.sub(" ", rest).split() if _WORD.search(w)]
    return found[0] if len(words) <= _DATE_ONLY_WORDS else None


@register
class DatelineBelowHead(LineRule):
    """A dateline alone a few lines below the head zone, under a promo: "May 31, 2015",
    "[January 24, 2018 - ZurichTimes.net]".

    Why: as for H007, a promo sentence between the title and the date ends the head zone
    (H003); the date goes to ``date``.

    Judged on the lines that stay, in the same zone as H007 (the first six, above the
    first long paragraph or third sentence); only a line that is a date with at most two
    other words, and only when no other such line follows in the text.

    Leaves alone: the dates of a timeline or a diary (two date lines or more), a sentence
    with a date, and dates below the body's first long paragraph.
    """

    code = "H008"
    name = "dateline-below-head"
    category = Category.DATELINE
    last = True  # judged on the lines that stay, as a second run sees them
    max_words = 8
    reason = "dateline a few lines into the article"
    examples = (
        "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
        "May 31, 2015\n\n" + "The long body of the article starts here, and it goes on. " * 3,
    )
    counterexamples = (
        "A Title\n\nThe diary of a long walk, kept day by day by all of us.\n\n"
        "May 31, 2015\n\nWe left at dawn.\n\nJune 1, 2015\n\nWe came back.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        dates = [i for i in doc.kept() if _date_only(doc.lines[i])]
        if len(dates) != 1:
            return
        index = dates[0]
        if index in below_head(doc, self.config.max_removed_share):
            iso = _date_only(doc.lines[index])
            if iso is not None and doc.lines[index].kind in self.kinds:
                yield self.finding(index, index + 1, (Fact("date", iso),))


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
