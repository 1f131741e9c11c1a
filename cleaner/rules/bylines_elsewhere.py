"""Bylines and datelines outside the head zone: H006 after the article; H007 and H008 a few
lines below the head, under a promo or a repeated title."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, Line
from cleaner.registry import Example, Phase, register
from cleaner.rules.base import LineRule
from cleaner.rules.bylines import byline_names, byline_parts, date_only, dateline
from cleaner.rules.header import Byline, Dateline, head_zone
from cleaner.rules.phrases import search
from cleaner.text.segment import Document

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
    phase = Phase.LAST  # judged on the lines that stay
    max_words = 10
    reason = "byline after the article"
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\nAutor: Anna Schmidt\n",
            removed=("Autor: Anna Schmidt",),
            facts={"authors": ["Anna Schmidt"]},
        ),
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
    phase = Phase.LAST  # judged on the lines that stay, as a second run sees them
    max_words = 12
    reason = "byline a few lines into the article"
    examples = (
        Example(
            "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
            "By Lisa Haven\n\n" + "The long body of the article starts here, and it goes on. " * 3,
            removed=("By Lisa Haven",),
            facts={"authors": ["Lisa Haven"]},
        ),
        Example(
            "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
            "March 26th, 2017\n\nBy Paul Levy\n\nGuest writer for Wake Up World\n\n"
            + "The long body of the article starts here, and it goes on. "
            * 3,
            removed=("March 26th, 2017", "By Paul Levy", "Guest writer for Wake Up World"),
            facts={"authors": ["Paul Levy"], "date": "2017-03-26"},
        ),
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
    phase = Phase.LAST  # judged on the lines that stay, as a second run sees them
    max_words = 8
    reason = "dateline a few lines into the article"
    examples = (
        Example(
            "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
            "May 31, 2015\n\n" + "The long body of the article starts here, and it goes on. " * 3,
            removed=("May 31, 2015",),
            facts={"date": "2015-05-31"},
        ),
    )
    counterexamples = (
        "A Title\n\nThe diary of a long walk, kept day by day by all of us.\n\n"
        "May 31, 2015\n\nWe left at dawn.\n\nJune 1, 2015\n\nWe came back.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        dates = [i for i in doc.kept() if date_only(doc.lines[i])]
        if len(dates) != 1:
            return
        index = dates[0]
        if index in below_head(doc, self.config.max_removed_share):
            iso = date_only(doc.lines[index])
            if iso is not None and doc.lines[index].kind in self.kinds:
                yield self.finding(index, index + 1, (Fact("date", iso),))
