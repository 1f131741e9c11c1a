"""Block rules: find the main run of prose, then remove navigation and link lists around it.

Line patterns cannot see a menu, a teaser list or a footer whose words are all different on
every site. Block evidence can: link density, share of short lines, stop-word density and
position relative to the densest run of prose (as jusText and body-text extraction do).

Blocks are classified *good* (prose), *bad* (links, menus) or *short* (undecided). The main
content is the run of blocks with the highest score (good words count for, bad words
against). Outside it, bad blocks go, and on a page full of link markup everything but the
main run goes; inside it, only link-dense blocks go. A short block between good ones stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.rules.base import family_pattern
from cleaner.rules.phrases import Family, search
from cleaner.rules.stopwords import stopwords
from cleaner.rules.urls import inside_sentence, is_email_line, is_url_line, pointed_to
from cleaner.text.segment import Analysis, Block, Document, line_words

_WORD = regex.compile(r"\w+")
#: The ASCII bytes outside ``\w`` as spaces: on ASCII text, splitting after this gives the
#: tokens :data:`_WORD` finds, three times as fast (checked in tests); ``bytes.translate``
#: is a table lookup per byte, ``str.translate`` a dict lookup per character.
_NOT_WORD = bytes(32 if i < 128 and not _WORD.fullmatch(chr(i)) else i for i in range(256))


#: A line that opens with a link or an image (after a list marker or emphasis).
_LEADING_LINK = regex.compile(r"\s*(?:[*+-]|\d{1,3}[.)])?\s*[*_]{0,3}!?\[")


def folded_words(text: str) -> list[str]:
    r"""The case-folded words (``\w+`` runs) of a text, for the stop-word density."""
    if text.isascii():
        return text.lower().encode().translate(_NOT_WORD).decode().split()
    return _WORD.findall(text.casefold())


class Kind(Enum):
    GOOD = "good"
    BAD = "bad"
    SHORT = "short"


@dataclass(frozen=True, slots=True)
class BlockStats:
    """What the classifier knows of a block."""

    block: Block
    words: int
    link_density: float
    stop_density: float
    lines: int
    linked_lines: int
    sentence_like: bool
    #: The verdict, judged once when the record is made (the main-run search asks often).
    kind: Kind = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", self._judge())

    def _judge(self) -> Kind:
        if self.link_density > 0.5 or (
            self.linked_lines >= 3 and self.linked_lines * 2 >= self.lines
        ):
            return Kind.BAD
        if (
            self.link_density < 0.3
            and self.words >= 20
            and (self.stop_density >= 0.12 or not self.stop_density)
        ):
            return Kind.GOOD
        if (
            self.sentence_like
            and self.words >= 12
            and self.link_density < 0.2
            and self.stop_density >= 0.15
        ):
            return Kind.GOOD
        return Kind.SHORT


def _address(doc: Document, index: int) -> bool:
    """Whether the line is only a URL, maybe as its own link text ("<https://ex.org/a>"), or
    an e-mail address under a line ending in a colon ("Write to us at:"): a cited address
    reads as text, link or not."""
    line = doc.lines[index]
    return is_url_line(line) or (is_email_line(line) and pointed_to(doc, index))


def _linked(doc: Document, index: int) -> bool:
    """Whether a line with a link counts as a link line of its block: half of its text or
    more is link text, or it opens with a link (a menu entry, a teaser, "[Name](url):
    comment"). A sentence with a link inside it, and a table row (cells between pipes, some
    of them links), count by their share of link text only: an article's own list or
    table."""
    line = doc.lines[index]
    if line.link_density >= 0.5:
        return True
    return " | " not in line.plain and _LEADING_LINK.match(line.raw) is not None


def block_stats(doc: Document, block: Block) -> BlockStats:
    words = 0
    chars = 0
    link_chars = 0
    linked = 0
    stops = 0
    tokens = 0
    sentence_like = False
    stop_set = stopwords()
    lines, prose = doc.lines, doc.prose
    for i in range(block.start, block.end):
        line = lines[i]
        if line.kind is LineKind.CODE:
            continue
        plain = line.plain
        words += line_words(line)
        chars += len(plain)
        if (line.links or line.images) and not (_address(doc, i) or inside_sentence(doc, i)):
            link_chars += min(line.link_chars, len(plain))
            linked += _linked(doc, i)
        found = folded_words(plain)
        tokens += len(found)
        stops += sum(map(stop_set.__contains__, found))
        sentence_like = sentence_like or prose[i]
    return BlockStats(
        block=block,
        words=words,
        link_density=link_chars / chars if chars else 0.0,
        stop_density=stops / tokens if tokens else 0.0,
        lines=block.end - block.start,
        linked_lines=linked,
        sentence_like=sentence_like,
    )


def _weight(stats: BlockStats) -> float:
    kind = stats.kind
    if kind is Kind.GOOD:
        return float(stats.words)
    if kind is Kind.BAD:
        return -float(stats.words + 2 * stats.lines)
    return -0.5 * min(stats.words, 10)


def main_run(all_stats: list[BlockStats]) -> tuple[int, int] | None:
    """Indexes (first, last) of the blocks with the highest summed weight, or None."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, stats in enumerate(all_stats):
        if total <= 0:
            total, start = 0.0, i
        total += _weight(stats)
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _first_line_of(doc: Document, stats: BlockStats) -> int:
    return stats.block.start


def extend_to_title(
    doc: Document, stats: list[BlockStats], run: tuple[int, int]
) -> tuple[int, int]:
    """Start the run at the page's level-1 heading when it stands just before the run
    (the title, with the lead and byline under it), across no link-dense block."""
    first, last = run
    for index in range(first - 1, max(-1, first - 9), -1):
        if stats[index].kind is Kind.BAD:
            break
        line = doc.lines[stats[index].block.start]
        if line.kind is LineKind.HEADING and line.level == 1:
            return index, last
    if first and _is_heading_block(doc, stats[first - 1]):
        return first - 1, last  # the run's own heading (a deck, a first section's title)
    return run


def _is_heading_block(doc: Document, stats: BlockStats) -> bool:
    block = stats.block
    return (
        stats.kind is not Kind.BAD
        and block.end - block.start == 1
        and doc.lines[block.start].kind is LineKind.HEADING
    )


def tail_start(
    doc: Document, stats: list[BlockStats], run: tuple[int, int], pattern: Family
) -> int | None:
    """Index of the block inside the run where the page's tail begins ("Comments",
    "Related articles"), once most of the run's prose lies before it; None if no tail."""
    first, last = run
    total = sum(s.words for s in stats[first : last + 1] if s.kind is Kind.GOOD)
    seen = 0
    for index in range(first, last + 1):
        block = stats[index]
        line = doc.lines[block.block.start]
        if seen * 2 >= total and line.words <= 8 and search(pattern, line.plain):
            return index
        if block.kind is Kind.GOOD:
            seen += block.words
    return None


def _closing_lines(doc: Document, stats: BlockStats, pattern: Family) -> bool:
    """Whether a block of one or two plain text lines, five words at least, could close the
    article it follows: a last sentence, a signature, a press release's number, a "read the
    papers here:" pointer. Not a question (a prompt: "Want more from us?"), no link, no
    heading, no label of the page's tail ("Related articles")."""
    if stats.kind is not Kind.SHORT or stats.linked_lines or stats.lines > 2 or stats.words < 5:
        return False
    lines = doc.lines[stats.block.start : stats.block.end]
    return all(
        line.kind is LineKind.TEXT
        and "](" not in line.raw
        and not line.plain.rstrip().endswith("?")
        and not search(pattern, line.plain)
        for line in lines
    )


def _between_good(stats: list[BlockStats], index: int) -> bool:
    """Whether a short block before the main run stands between two prose blocks, with only
    short blocks between: a subheading, a list or a one-line paragraph of an article part
    that the run does not reach, whose prose blocks stay."""
    if stats[index].kind is not Kind.SHORT:
        return False
    before = next((s for s in reversed(stats[:index]) if s.kind is not Kind.SHORT), None)
    after = next((s for s in stats[index + 1 :] if s.kind is not Kind.SHORT), None)
    return (
        before is not None
        and after is not None
        and before.kind is Kind.GOOD
        and after.kind is Kind.GOOD
    )


def page_like(doc: Document) -> bool:
    """A whole page rather than an article: many lines carry link or image markup."""
    linked = sum(1 for line in doc.lines if line.links or line.images)
    return linked >= 15


#: Each block's stats, the main run of prose (first and last block) if any, and whether the
#: document is a whole page: computed once per document, for G001 and G002.
BlockAnalysis = tuple[list[BlockStats], tuple[int, int] | None, bool]
_BLOCKS: Analysis[BlockAnalysis] = Analysis("blocks")


class _BlockRule(Rule):
    """Shared analysis; each subclass yields the blocks of one verdict."""

    def analyse(self, doc: Document) -> BlockAnalysis:
        return doc.analysis(_BLOCKS, self._analyse)

    def _analyse(self, doc: Document) -> BlockAnalysis:
        stats = [block_stats(doc, b) for b in doc.blocks]
        run = main_run(stats)
        page = page_like(doc)
        if run is not None and page:
            run = extend_to_title(doc, stats, run)
            tail = tail_start(
                doc,
                stats,
                run,
                family_pattern(self.config, "end_of_article"),
            )
            if tail is not None:
                run = (run[0], tail - 1)
        return stats, run, page

    def finding(self, stats: BlockStats, reason: str) -> Finding:
        return Finding(stats.block.start, stats.block.end, self.code, reason, uncertain=True)


@register
class OutsideMainContent(_BlockRule):
    """A block outside the article's main run of prose: menus, teasers, footers.

    Why: whole-page conversions wrap the article in navigation, share bars, teaser lists and
    footers whose wording differs on every site. On a page with much link markup, every block
    outside the main run of prose goes; on plain text, only link-dense blocks there go.

    Leaves alone: documents with no link markup keep their short blocks; the main run keeps
    its short blocks (subheadings, one-line paragraphs), the page's title and the heading
    standing just before it (a deck, the first section's title); the block just after the
    run when it is one or two plain text lines of five words or more that could close the
    article (a last sentence, a signature, a press release's number), not a question, a
    link, a heading or a label of the page's tail; a short block before the run that stands
    between two prose blocks (which stay), with no link-dense block between.
    """

    code = "G001"
    name = "outside-main-content"
    category = Category.NAVIGATION
    examples = (
        Example(
            "".join(f"* [Menu item {i}](/m{i})\n" for i in range(20))
            + "\n"
            + "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
            + "\n\n[Impressum](/impressum) [Datenschutz](/datenschutz)\n",
            removed=(
                "* [Menu item 0](/m0)",
                "* [Menu item 1](/m1)",
                "* [Menu item 2](/m2)",
                "* [Menu item 3](/m3)",
                "* [Menu item 4](/m4)",
                "* [Menu item 5](/m5)",
                "* [Menu item 6](/m6)",
                "* [Menu item 7](/m7)",
                "* [Menu item 8](/m8)",
                "* [Menu item 9](/m9)",
                "* [Menu item 10](/m10)",
                "* [Menu item 11](/m11)",
                "* [Menu item 12](/m12)",
                "* [Menu item 13](/m13)",
                "* [Menu item 14](/m14)",
                "* [Menu item 15](/m15)",
                "* [Menu item 16](/m16)",
                "* [Menu item 17](/m17)",
                "* [Menu item 18](/m18)",
                "* [Menu item 19](/m19)",
                "[Impressum](/impressum) [Datenschutz](/datenschutz)",
            ),
        ),
    )
    counterexamples = (
        "A short first line\n\n"
        + "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
        + "\n\nA short last line.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        stats, run, page = self.analyse(doc)
        if run is None:
            return
        first, last = run
        tail = family_pattern(self.config, "end_of_article")
        for index, block in enumerate(stats):
            if first <= index <= last:
                continue
            if block.kind is Kind.BAD:
                yield self.finding(block, "link-dense block outside the main content")
            elif index == last + 1 and _closing_lines(doc, block, tail):
                continue  # the article's closing lines, just after its last paragraph
            elif index < first and _between_good(stats, index):
                continue  # between prose blocks that stay
            elif page and (block.kind is Kind.SHORT or index > last):
                yield self.finding(block, "block outside the main content of a page")


@register
class LinkDenseBlock(_BlockRule):
    """A block of links inside the main content: a related-articles list, a share bar.

    Why: lists of links between paragraphs are navigation; prose with a few links is not.

    Leaves alone: blocks where links are under half of the text, and blocks of fewer than
    three lines unless almost all link text. A line counts as a link line when half of it
    is link text or it opens with a link: list items that are sentences with a link inside
    and table rows with linked cells (an article's own list or table) count by their share
    of link text only.
    """

    code = "G002"
    name = "link-dense-block"
    category = Category.RELATED
    examples = (
        Example(
            "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
            + "\n\n* [Related one](/a)\n* [Related two](/b)\n* [Related three](/c)\n\n"
            + "The work starts in May and should take two years, the mayor said on Friday. " * 4
            + "\n",
            removed=("* [Related one](/a)", "* [Related two](/b)", "* [Related three](/c)"),
        ),
    )
    counterexamples = (
        "The council met on Tuesday and voted to repair [the old bridge](/bridge) over the river. "
        * 4
        + "\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        stats, run, _ = self.analyse(doc)
        if run is None:
            return
        first, last = run
        for block in stats[first : last + 1]:
            if block.kind is Kind.BAD:
                yield self.finding(block, "block of links inside the main content")
