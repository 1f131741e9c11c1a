"""The site's section names or menu above an article's title, left from a breadcrumb or a
navigation bar (A011)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Finding, Line, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.rules.base import family_pattern
from cleaner.rules.bylines import byline_names, name_byline
from cleaner.rules.phrases import search
from cleaner.text.dates import find_date, has_clock_time
from cleaner.text.segment import Document

#: A section name: one to three words, a capital and a letter first, no digit, no
#: sentence's end.
_SECTION = regex.compile(r"^(?-i:\p{Lu})[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,2}$")
_MAX_SECTIONS = 15
#: The title under them: this many words, not a sentence with a full stop.
_TITLE_WORDS = (4, 25)
#: Where the header's date or byline must stand: among this many lines under the title,
#: each this short.
_HEADER_LINES = 5
_HEADER_WORDS = 12
_KINDS = frozenset({LineKind.TEXT, LineKind.HEADING, LineKind.LIST_ITEM})


def _section(line: Line) -> bool:
    return line.kind in _KINDS and bool(_SECTION.match(line.plain.strip()))


def _headline(line: Line) -> bool:
    """A title under the section names: four to 25 words, not a sentence with a full stop."""
    low, high = _TITLE_WORDS
    return low <= line.words <= high and not line.plain.rstrip().endswith(".")


def _header_line(line: Line) -> bool:
    """A byline or a dateline: a short line with a date or a clock time, or a name with
    "By" or a role."""
    if line.words > _HEADER_WORDS:
        return False
    plain = line.plain
    return bool(
        find_date(plain) or has_clock_time(plain) or byline_names(line) or name_byline(line)
    )


@register
class SectionCrumbs(Rule):
    """The site's section names above an article's title, left from a breadcrumb: "News"
    and "Local News", "Tirol" and "Chronik", "Nyheter" and "Umeå" on lines of their own
    over the headline, with the byline or the date a few lines under it.

    Why: an extractor keeps a breadcrumb's items as lines and drops its separators, so A008
    cannot see a trail; at the very top, over a headline with its header below, two to
    fifteen short names are the site's sections or its menu ("Home", "Auto", "Gadgets",
    "Hardware", ... "Submit News"), not the article's words.

    One line alone is a section only when it is a common section name (family
    ``section_label``: "Politik", "Economía", "Cronaca"), over a headline with its header
    below as above.

    Leaves alone: one other such line alone (a short title: "Wild Swans", a recipe's
    "Mandarinen-Schmand-Kuchen" over its tagline) and more than fifteen; a line with a
    digit or a sentence's end; a name said again further down (the title, repeated over
    the text: "Regaining Your Confidence"); a first line that is itself the title (four
    words or more); and a head with no byline, date or clock time among the five lines
    under the title.
    """

    code = "A011"
    name = "section-crumbs"
    category = Category.NAVIGATION
    examples = (
        Example(
            "News\n\nLocal News\n\nResidents fight plans for 200 homes near the river\n\n"
            "06:00, 12 Nov 2026\n\nPlans to build 200 homes have drawn 600 objections.\n",
            removed=("News", "", "Local News"),
        ),
        Example(
            "Home\nAuto\nGadgets\nHardware\nInternet\nScience\nSubmit News\n"
            "Google Announces a Plain Galaxy Phone for $649\nMay 15, 2013 1:42 PM\n"
            "Google sells a version of the phone with the plain system on it.\n",
            removed=("Home", "Auto", "Gadgets", "Hardware", "Internet", "Science", "Submit News"),
        ),
        Example(
            "Economía\n\nEl alquiler en la ciudad sube un 14 % en un año\n\n12/03/2025\n\n"
            "Los precios del alquiler subieron otra vez en el primer trimestre del año.\n",
            removed=("Economía",),
        ),
    )
    counterexamples = (
        "Oppenheimer\n\nChristopher Nolan's biopic is a three-hour epic\n\nBy Jane Doe\n\n"
        "The film opens in 1926.\n",
        "Winter\n\nThe snow falls soft upon the sleeping ground\n\nAnd no one walks.\n",
        "News\n\nResidents fight plans for 200 homes near the river\n\n"
        "Plans to build 200 homes have drawn 600 objections from residents.\n",
        "Regaining Your Confidence\n\nHeadline: Bitcoin Searches Exceed Trump!\n\n"
        "Regaining Your Confidence\n\nby Carl Greer\n\nDo you lose confidence after a loss?\n",
        "Wild Swans\n\nThree daughters of China and the century they lived through\n\n"
        "By Jane Doe\n\nThe book opens in 1909.\n",
        "Mandarinen-Schmand-Kuchen\n\nder cremigste Kuchen den ich kenne!\n\n"
        "30 Min. normal 10.10.2006\n\nDen Teig kneten und kühl stellen.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.label = family_pattern(self.config, "section_label")

    def detect(self, doc: Document) -> Iterator[Finding]:
        first = doc.next_content(-1)
        sections: list[int] = []
        i = first
        while i is not None and len(sections) <= _MAX_SECTIONS and _section(doc.lines[i]):
            sections.append(i)
            i = doc.next_content(i)
        if not sections or len(sections) > _MAX_SECTIONS or i is None:
            return
        if len(sections) == 1 and not search(self.label, doc.lines[sections[0]].plain):
            return  # one short line may be the title ("Wild Swans", "Mandarinen-Schmand-Kuchen")
        names = {doc.lines[k].plain.strip().casefold() for k in sections}
        if any(
            doc.lines[k].plain.strip().casefold() in names
            for k in range(sections[-1] + 1, len(doc.lines))
        ):
            return  # a line said again below is the title, repeated over the text
        if not _headline(doc.lines[i]):
            return
        j = doc.next_content(i)
        for _ in range(_HEADER_LINES):
            if j is None:
                return
            if _header_line(doc.lines[j]):
                yield Finding(sections[0], sections[-1] + 1, self.code, "section names")
                return
            j = doc.next_content(j)
