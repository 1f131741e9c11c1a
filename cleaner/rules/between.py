"""A line left between two footer lines after the article (T006)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, detectors, register
from cleaner.rules.base import lines_removed_by, reported
from cleaner.rules.tail_report import line_category
from cleaner.text.segment import Document

#: Footer lines that no article has above one of its paragraphs: bios, tags, fair-use
#: notices, comment, donate and book lines. (Source lines, disclaimers and contacts, a
#: crisis line or a tip line, copyrights, links, related headlines, share and subscribe
#: prompts stand inside articles too, under a chart or a photo or between paragraphs, so
#: they only count under the line.)
_ABOVE = frozenset(
    {
        Category.FAIR_USE,
        Category.AUTHOR_BIO,
        Category.COMMENTS,
        Category.DONATE,
        Category.TAXONOMY,
        Category.BOOK_PROMO,
    }
)
_BELOW = _ABOVE | {
    Category.DISCLAIMER,
    Category.CONTACT,
    Category.MEDIA_CONTACT,
    Category.SOURCE_ATTRIBUTION,
    Category.COPYRIGHT,
    Category.LINKS,
    Category.RELATED,
    Category.MEMBERSHIP_PROMPT,
    Category.SOCIAL_PROMPT,
}
#: A footnote or a reference, which are the article's: "1 Maani, S. (2019): ...", "[2] ...",
#: "Krüger S. et al. (2026): ... Current Biology, doi: ...".
_REFERENCE = regex.compile(r"^[\W_]*(?:\[\d{1,3}\]|\d{1,3}\s)|\bet al\.|\bdoi\b|\(\d{4}\)\s*[:.]")
#: A quotation or a note of the editors', which are the article's too: '"We fed three
#: generations here," George Pappas said.', "Correction: An earlier version of this story
#: misstated the vote."
_ARTICLES_OWN = regex.compile(
    r"[“”„«»]|\"[^\"]{8,}\"|^[\W_]*(?:correction|clarification|editor['’]?s['’]? note|update[ds]?|"
    r"korrektur|richtigstellung|rectificatif|corrección|correzione|errata|rettifica)\b",
    regex.IGNORECASE,
)
#: Prose words that must stand before the line: an article ends above it.
_ARTICLE_WORDS = 50


@register
class BetweenFooterLines(Rule):
    """A line after the article's last paragraph with a footer line right above it and
    right below it: "The Clearwater Signal is 100% independent. No billionaire owners, no
    corporate sponsors. Just readers like you." between a writer's bio and the tags.

    Why: a footer's appeals, notices and pitches come in any wording, and a long one reads
    as prose, so the tail zone (T001) ends its run above it; standing between two lines
    that only a footer holds (a bio, tags, a comment, donate or book line above it; any of
    those or a disclaimer, a contact, a source, a copyright, links, a related headline, a
    share or subscribe prompt below it), it is the footer's. Its kind is read from its
    words (a donation, a subscription ...), else promo.

    Leaves alone: a line with kept prose after it anywhere below, or none (the text's last
    line); a quotation, a line that reports someone's words ("..., the mayor said."), a
    correction or editor's note, a footnote or a reference; one under a source line, a
    disclaimer or a contact (a chart's "Source: ...", a crisis line, a tip line stand inside
    articles), a related headline, a share or subscribe prompt, an advertisement, a photo
    credit or a sign-off (articles hold those between their paragraphs; a postscript may
    follow a sign-off); a line with fewer than 50 words of the article's prose before it;
    and two lines or more in a row between footer lines.
    """

    code = "T006"
    name = "between-footer-lines"
    category = Category.PROMO
    phase = Phase.LAST  # judged on the lines that stay, with every other removal known
    needs = ("L001", "H004")  # the example's footer lines: a tags line, a source line
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 4
            + "\n\nTags: bridge, council\n\n"
            "The Herald is independent. No billionaire owners, just readers like you.\n\n"
            "Source: City Herald\n",
            removed=("The Herald is independent. No billionaire owners, just readers like you.",),
            facts={"source": "City Herald", "tags": {"Tags": ["bridge", "council"]}},
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 4
        + "\n\nRead also: The bridge in numbers\n\n"
        "Work will start in May and should take about eighteen months, the mayor said.\n\n"
        "Tags: bridge, council\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 4
        + "\n\nTags: bridge, council\n\n"
        "The Herald is independent. No billionaire owners, just readers like you.\n\n"
        "Source: City Herald\n\n"
        "Work will start in May and should take about eighteen months, the mayor said.\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 4
        + "\n\nSource: Census Bureau\n\n"
        "Housing advocates cautioned that the decline is small and may not last the year.\n\n"
        "Tags: housing, census\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        #: Each rule's category, for findings that name none of their own (T001's do).
        self.categories = {code: rule.category for code, rule in detectors().items()}

    def detect(self, doc: Document) -> Iterator[Finding]:
        # Lines this rule took in an earlier round count as kept: a line it takes does not
        # make the line above it the last one, and no run unravels upwards.
        own = lines_removed_by(doc, (self.code,))
        kept = sorted({*doc.kept(), *own})
        prose = [i for i in kept if doc.prose[i]]
        if not prose or sum(doc.lines[i].words for i in prose[:-1]) < _ARTICLE_WORDS:
            return
        footer = self._footer_categories(doc)
        for i in kept[kept.index(prose[-1]) :]:  # kept prose below: the article goes on
            plain = doc.lines[i].plain
            if i in own or reported(plain):
                continue  # taken already, or reports someone's words
            if _REFERENCE.search(plain) or _ARTICLES_OWN.search(plain):
                continue  # a footnote, a reference, a quotation, a correction
            above = footer.get(doc.next_content(i, -1))
            below = footer.get(doc.next_content(i))
            if above in _ABOVE and below in _BELOW:
                category = line_category(doc.lines[i])
                if category is Category.NAVIGATION:
                    category = self.category
                yield Finding(
                    i, i + 1, self.code, "between two footer lines", category=category.value
                )

    def _footer_categories(self, doc: Document) -> dict[int | None, Category]:
        """The category of each line the other rules' findings so far remove."""
        found: dict[int | None, Category] = {}
        for f in doc.prior:
            if not f.remove or f.code == self.code:
                continue
            category = Category(f.category) if f.category else self.categories[f.code]
            for i in range(f.start, f.end):
                if doc.lines[i].kind is not LineKind.BLANK:
                    found.setdefault(i, category)
        return found
