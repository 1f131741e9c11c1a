"""Tail headings: "Related articles", "Ähnliche Beiträge" left standing after the article.

A converter or an extractor (readability) often drops the teaser links of a related-articles
or comments box but keeps its heading. The block rules cut such a tail only on whole pages
full of link markup; this rule takes the heading itself on any text, once most of the prose
lies before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..model import Category, Finding
from ..phrases import compiled, search
from ..registry import Rule, register
from ..segment import Document
from .base import TEXT_KINDS, LineRule, admitted_lines, candidates

#: A tail heading is short: the phrase, maybe a count or a site name.
MAX_WORDS = 10
#: Phrase families of tail headings: the page-tail openers the block rules also use, and
#: headings of further-information boxes ("Weitere Informationen") that only this rule takes.
FAMILIES = ("end_of_article", "related_heading")


def prose_words_before(doc: Document) -> list[int]:
    """For each line, the number of prose words on the lines before it (one extra entry at
    the end holds the document's total)."""
    running = [0]
    for line, is_prose in zip(doc.lines, doc.prose, strict=True):
        running.append(running[-1] + (line.words if is_prose else 0))
    return running


@register
class RelatedHeading(Rule):
    """A related-articles or comments heading after the article: "Ähnliche Beiträge".

    Why: the teasers or comments under such a heading are often gone already (dropped as
    links, or cut by the extractor), and the heading is left dangling at the end of the
    text. Only the heading line goes: what follows it is judged by the other rules.

    The phrases are the ``end_of_article`` family (also the block rules' page-tail openers)
    and ``related_heading`` ("Weitere Informationen", "More information").

    Leaves alone: such a heading before at least half of the article's prose (a
    "Kommentare" section heading inside an essay, "Siehe auch" in the lead), and longer
    lines that merely start with the phrase.
    """

    code = "G003"
    name = "related-heading"
    category = Category.RELATED
    examples = (
        "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
        + "\n\nÄhnliche Beiträge\n",
        "Le conseil a voté mardi la réparation du vieux pont qui enjambe la rivière. " * 4
        + "\n\nArticles similaires\n\n* Un autre article\n",
    )
    counterexamples = (
        "Related articles\n\n"
        + "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
        + "\n",
        "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
        + "\n\nRelated articles that the council read before the vote were all out of date.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        # Compiled now, so the literal index of the first document already holds them.
        self.patterns = [compiled(name, self.config.phrases.get(name, ())) for name in FAMILIES]

    def detect(self, doc: Document) -> Iterator[Finding]:
        gates = [(p, admitted_lines(doc, p)) for p in self.patterns]
        before: list[int] | None = None
        for i in candidates(doc, TEXT_KINDS, MAX_WORDS):
            plain = doc.lines[i].plain
            if not any(
                (admitted is None or i in admitted) and search(pattern, plain)
                for pattern, admitted in gates
            ):
                continue
            if before is None:
                before = prose_words_before(doc)
            if before[-1] and before[i] * 2 >= before[-1]:
                yield Finding(i, i + 1, self.code, "related-articles or comments heading")


@register
class ReadAlsoLine(LineRule):
    """An inline teaser: "Lesen Sie auch: <linked title>", "Read also: <linked title>".

    Why: a link to another article set between or after the paragraphs, under a label;
    the label and the linked title are navigation, not text of this article.

    Leaves alone: a label followed by a sentence rather than a link ("See also: the
    report of 2019, which ..."), and lines where link text is under half of the words.
    """

    code = "G004"
    name = "read-also-line"
    category = Category.RELATED
    family = "read_also"
    max_words = 30
    reason = "inline teaser link to another article"
    examples = (
        "Lesen Sie auch: [Neue Brücke über die Saale](/halle/bruecke)\n",
        "Read also: [The city that banned cars](https://example.org/cars)\n",
    )
    counterexamples = (
        "See also: the report of 2019, which found the same problems in the old building.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if doc.lines[index].link_density < 0.5:
            return None
        return super().match(doc, index)
