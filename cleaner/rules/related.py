"""Headings and labels of related-articles boxes, and headings left without a section.

A converter or an extractor (readability) often drops the teaser links of a related-articles
or comments box but keeps its heading. The block rules cut such a tail only on whole pages
full of link markup. G003 takes a tail heading once most of the prose lies before it, G004 an
inline "Read also: <link>", G006 a related-articles label alone on its line, and G005 any
heading whose section the other rules removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import regex

from cleaner.config import Config
from cleaner.model import Category, Finding, Line, LineKind
from cleaner.registry import Example, Phase, Rule, detectors, register
from cleaner.rules.base import (
    TEXT_KINDS,
    LineRule,
    admitted_lines,
    after_most_prose,
    candidates,
    family_pattern,
    prose_words_before,
)
from cleaner.rules.phrases import Family, search
from cleaner.text.dates import find_date, has_clock_time
from cleaner.text.segment import Document

#: A tail heading is short: the phrase, maybe a count or a site name.
MAX_WORDS = 10
#: A comments heading may quote the article's title: "5 thoughts on “Lakeshore Film
#: Festival, Day 3: a Polish documentary steals the show”".
_COMMENTS_HEADING_WORDS = 30
#: Phrase families of tail headings: the page-tail openers the block rules also use, and
#: headings of further-information boxes ("Weitere Informationen") that only this rule takes.
FAMILIES = ("end_of_article", "related_heading")


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
        Example(
            "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
            + "\n\nÄhnliche Beiträge\n",
            removed=("Ähnliche Beiträge",),
        ),
        Example(
            "Le conseil a voté mardi la réparation du vieux pont qui enjambe la rivière. " * 4
            + "\n\nArticles similaires\n\n* Un autre article\n",
            removed=("Articles similaires",),
        ),
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
        self.patterns = [family_pattern(self.config, name) for name in FAMILIES]

    def detect(self, doc: Document) -> Iterator[Finding]:
        gates = [(p, admitted_lines(doc, p)) for p in self.patterns]
        for i in candidates(doc, TEXT_KINDS, MAX_WORDS):
            plain = doc.lines[i].plain
            if not any(
                (admitted is None or i in admitted) and search(pattern, plain)
                for pattern, admitted in gates
            ):
                continue
            if after_most_prose(doc, i):
                yield Finding(i, i + 1, self.code, "related-articles or comments heading")


#: A linked article's title with its link gone: a capital or digit first, at most 20 words,
#: no full stop at the end.
_TITLE = regex.compile(r"^[\p{Lu}\p{N}\"'„“«¿¡](?:\S*\s+){0,19}\S*(?<![.:;,])$")


@register
class ReadAlsoLine(LineRule):
    """An inline teaser: "Lesen Sie auch: <linked title>", "Read also: <linked title>".

    Why: a link to another article set between or after the paragraphs, under a label;
    the label and the linked title are navigation, not text of this article.

    In plain text, where the link is gone, the title alone is taken: up to 20 words that
    start with a capital or a digit and do not end in a full stop.

    Leaves alone: a label followed by a sentence rather than a link or a title ("See also:
    the report of 2019, which ...", "Mehr dazu: Der Rat tagt im Mai.").
    """

    code = "G004"
    name = "read-also-line"
    category = Category.RELATED
    family = "read_also"
    max_words = 30
    reason = "inline teaser link to another article"
    examples = (
        Example("Lesen Sie auch: [Neue Brücke über die Saale](/halle/bruecke)\n"),
        Example("Read also: [The city that banned cars](https://example.org/cars)\n"),
        Example("_**Lesetipp:**_[Neue Brücke über die Saale](/halle/bruecke)\n"),
        Example("Lire aussi : Le vieux pont de la ville rouvre au printemps\n"),
    )
    counterexamples = (
        "See also: the report of 2019, which found the same problems in the old building.\n",
        "Mehr dazu: Der Rat tagt wieder im Mai.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        m = search(self.pattern(), line.plain)
        if not m:
            return None
        if line.link_density < 0.5 and not _TITLE.match(line.plain[m.end() - 1 :]):
            return None
        return self.finding(index, index + 1)


@register
class RelatedLabel(LineRule):
    """A related-articles label standing alone on its line, wherever it stands: "Lesen Sie
    auch", "Related Coverage", "Vous aimerez aussi", "Zobacz także".

    Why: a label of a teaser box (its links are gone or go as a link list); unlike "Comments"
    or "Reaktionen", these words never head a part of the article itself.

    Leaves alone: a label followed by text on the same line ("Lesen Sie auch: <title>" is
    G004's), and sentences that use the words.
    """

    code = "G006"
    name = "related-label"
    category = Category.RELATED
    family = "related_label"
    max_words = 8
    reason = "label of a related-articles box"
    examples = (
        Example("Lesen Sie auch\n"),
        Example("Related Coverage\n"),
    )
    counterexamples = ("Read more about the plan in the council's own report, out on Monday.\n",)


@register
class CommentSection(Rule):
    """The comment section under an article: its heading ("3 Comments") and everything up
    to the next heading or the end, when it holds a commenter line ("J. Porter says:"), a
    reply button, or two comment stamps (short lines with a date or a clock time: "Juan Pérez
    03/12/2026 - 10:15").

    Why: readers' comments are not the article; a converter keeps them as plain paragraphs
    that no phrase can tell from prose, so the section goes as a whole.

    A bare comments label ("COMMENTS", "80 comments") with three lines or more under it to
    the end of the text, fewer words than the prose above it, is a thread without stamps.

    Leaves alone: a comments heading before half of the article's prose (unless 100 words of
    prose stand above it and five stamps and a reply button in the forty lines under it: a
    long thread outweighs a short story), and a section under it with no commenter line,
    reply button or two stamps that is not such a thread (an essay's own "Comments" part, a
    paragraph or two).
    """

    code = "G007"
    name = "comment-section"
    category = Category.SOCIAL_PROMPT
    examples = (
        Example(
            "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
            + "\n\n## 2 Comments\n\nJ. Porter says:\n\nWill the timetable be online?\n",
            removed=("## 2 Comments", "", "J. Porter says:", "", "Will the timetable be online?"),
        ),
        Example(
            "The council met on Tuesday and voted to repair the old bridge over the river. "
            * 4
            + "\n\n## 2 comentarios\n\nJuan Pérez 03/12/2026 - 10:15\n\nMuy buen artículo."
            "\n\nMaría 04/12/2026 - 09:02\n\nNo estoy de acuerdo.\n",
            removed=(
                "## 2 comentarios",
                "",
                "Juan Pérez 03/12/2026 - 10:15",
                "",
                "Muy buen artículo.",
                "",
                "María 04/12/2026 - 09:02",
                "",
                "No estoy de acuerdo.",
            ),
        ),
        Example(
            "The council met on Tuesday and voted to repair the old bridge over the river. "
            * 4
            + "\n\nCOMMENTS\n\nAbout time too.\n\nIt will close again next year, mark my"
            " words.\n\nWho pays for it?\n",
            removed=(
                "COMMENTS",
                "",
                "About time too.",
                "",
                "It will close again next year, mark my words.",
                "",
                "Who pays for it?",
            ),
        ),
        Example(
            "The council met on Tuesday and voted to repair the old bridge over the river. " * 7
            + "\nReaders' Comments (5)\n"
            + "".join(f"reader{k}\nOct. 9, 2010 - 7:{k}0 AM\nReply\n" for k in range(1, 6))
            + "The bridge has been broken for years, and nobody on the council cared. " * 9
            + "\n",
            removed=(
                "Readers' Comments (5)",
                *(
                    line
                    for k in range(1, 6)
                    for line in (f"reader{k}", f"Oct. 9, 2010 - 7:{k}0 AM", "Reply")
                ),
                (
                    "The bridge has been broken for years, and nobody on the council cared. " * 9
                ).strip(),
            ),
        ),
    )
    counterexamples = (
        "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
        + "\n\n## Comments\n\nThe public could comment on the plan until May.\n",
        "Live updates: Storm hits the coast\nComments (34)\n"
        + "".join(
            f"10:{m:02d} a.m.\nThe storm made landfall near the harbour with heavy rain.\n"
            for m in (50, 42, 30, 15, 5, 1)
        ),
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.heading = family_pattern(self.config, "comment_heading")
        self.marker = family_pattern(self.config, "comment_marker")

    def detect(self, doc: Document) -> Iterator[Finding]:
        admitted = admitted_lines(doc, self.heading)
        for i in candidates(doc, TEXT_KINDS, _COMMENTS_HEADING_WORDS):
            if (admitted is not None and i not in admitted) or not search(
                self.heading, doc.lines[i].plain
            ):
                continue
            end = next(
                (j for j in range(i + 1, len(doc.lines)) if doc.lines[j].kind is LineKind.HEADING),
                len(doc.lines),
            )
            if not after_most_prose(doc, i) and not _long_thread(doc, i, end, self.marker):
                continue
            if (
                any(search(self.marker, doc.lines[j].plain) for j in range(i + 1, end))
                or _stamps(doc, i + 1, end) >= _MIN_STAMPS
                or _thread_to_the_end(doc, i, end)
            ):
                yield Finding(i, end, self.code, "comment section")


#: A bare comments label, with its count or not: "COMMENTS", "80 comments", "Kommentare (12)",
#: "Readers' Comments [3]".
_COMMENTS_LABEL = regex.compile(
    r"^[\W_]*(?:\d+\s+)?(?:comments?|(?:readers?['’]?|visitors?['’]?|users?['’]?) comments|"
    r"kommentare?|leserkommentare|commentaires?|comentarios?|comentários|commenti|komentarze|"
    r"reacties?|kommentarer)(?:\s*(?:\(\d*\)|\[\d*\]))?[\W_]*$",
    regex.IGNORECASE,
)
#: A thread under such a label: this many lines at least (one fewer under a label with its
#: count, "126 comentários": a commenter and one comment), fewer words than the prose above.
_MIN_THREAD_LINES = 3
_MIN_COUNTED_THREAD_LINES = 2
_HAS_COUNT = regex.compile(r"\d")


def _thread_to_the_end(doc: Document, label: int, end: int) -> bool:
    """Whether the lines under a bare comments label are a thread with no stamps: they run
    to the end of the text, three lines at least (two under a count), with fewer words than
    the prose above the label and no other such label ("COMMENTS" over readers' replies; "78
    commentaires" over teasers with their own counts is a box of other articles)."""
    if end != len(doc.lines) or not _COMMENTS_LABEL.match(doc.lines[label].plain):
        return False
    lines = [j for j in range(label + 1, end) if doc.lines[j].kind is not LineKind.BLANK]
    if any(_COMMENTS_LABEL.match(doc.lines[j].plain) for j in lines):
        return False  # "78 commentaires", "1 commentaire": each teaser's count, not a thread
    words = sum(doc.lines[j].words for j in lines)
    counted = _HAS_COUNT.search(doc.lines[label].plain)
    least = _MIN_COUNTED_THREAD_LINES if counted else _MIN_THREAD_LINES
    return len(lines) >= least and words < prose_words_before(doc)[label]


#: A comment's stamp: a short line with the commenter's name and the comment's date or time
#: ("Juan Pérez 03/12/2026 - 10:15", "Maria · 3. Dezember 2026 um 10:14 Uhr"), and how many a
#: section needs: one dated line may be the article's, two under a comments heading are not.
_STAMP_WORDS = 10
_MIN_STAMPS = 2
#: So many stamps and a reply button in the first lines under a comments heading, after an
#: article's opening, make a thread even when it outweighs the article above it (a popular
#: story's twenty comments are longer than its own ten paragraphs); a menu's tab
#: "Komentarze" has links under it, and a live blog's "Comments (34)" link over its times
#: stands before any prose and has no reply button.
_THREAD_STAMPS = 5
_THREAD_WINDOW = 40
_OPENING_WORDS = 100


def _long_thread(doc: Document, heading: int, end: int, marker: Family) -> bool:
    """Whether a comments heading after 100 words of prose opens a long thread: five stamps
    and a reply button or commenter line (``marker``) among the first forty lines under it."""
    if prose_words_before(doc)[heading] < _OPENING_WORDS:
        return False
    nonblank = (j for j in range(heading + 1, end) if doc.lines[j].kind is not LineKind.BLANK)
    window = list(islice(nonblank, _THREAD_WINDOW))
    return (
        bool(window)
        and _stamps(doc, window[0], window[-1] + 1) >= _THREAD_STAMPS
        and any(search(marker, doc.lines[j].plain) for j in window)
    )


def _stamps(doc: Document, start: int, end: int) -> int:
    """How many lines in ``start``..``end`` are comment stamps: at most ten words, with a
    date or a clock time."""
    count = 0
    for j in range(start, end):
        line = doc.lines[j]
        if line.kind is LineKind.BLANK or line.words > _STAMP_WORDS:
            continue
        if find_date(line.plain) or has_clock_time(line.plain):
            count += 1
    return count


#: A heading is this short; a longer "heading" is a lead paragraph set as one.
_HEADING_WORDS = 12
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")


@register
class OrphanHeading(Rule):
    """A heading whose whole section other rules removed ("Teilnehmende Blogs:" over a list
    of links that went as a link list), or that ends the text after the article (its
    section was cut before the text reached us).

    Why: a heading only introduces what follows it; once all of that is gone as boilerplate,
    the heading belongs to the boilerplate too and would stand alone in the output.

    Leaves alone: headings before the first prose line that stays (the header rules judge
    those), headings over twelve words or of two sentences, labels that are not headings,
    headings with any kept line in their section (up to the next heading), and headings
    followed directly by another heading.
    """

    code = "G005"
    name = "orphan-heading"
    category = Category.NAVIGATION
    phase = Phase.LAST  # after the guard: it builds only on removals that stand
    #: Rules whose removals the examples build on.
    needs = ("S001",)
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\n## Next steps\n\nShare on Facebook\n",
            removed=("## Next steps",),
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\n### Teilnehmende Blogs:\n",
            removed=("### Teilnehmende Blogs:",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\n## Next steps\n\nShare on Facebook\n\nThe works start in May.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = set(doc.removed())  # grows as orphans are found
        # The head (before the first prose line that stays) is the header rules' to judge.
        body = next((i for i, p in enumerate(doc.prose) if p and i not in removed), len(doc.lines))
        openers = [
            i
            for i in range(len(doc.lines) - 1, body - 1, -1)
            if i not in removed and not doc.prose[i] and self._opens_section(doc.lines[i])
        ]
        orphans: set[int] = set()
        # An orphan heading empties the section of the heading above it ("## A" over "## B"
        # at the end): repeat until nothing changes, so a second run finds nothing more.
        changed = True
        while changed:
            changed = False
            for i in openers:
                if i not in orphans and self._section_removed(doc, i, removed):
                    orphans.add(i)
                    removed.add(i)
                    changed = True
        for i in sorted(orphans):
            yield Finding(i, i + 1, self.code, "heading of a removed section")

    @staticmethod
    def _opens_section(line: Line) -> bool:
        # Longer headings, or ones of two sentences, are a lead or a caption set as one.
        return (
            line.kind is LineKind.HEADING
            and line.words <= _HEADING_WORDS
            and not _SENTENCE_BREAK.search(line.plain)
        )

    @staticmethod
    def _section_removed(doc: Document, index: int, removed: set[int]) -> bool:
        """Whether the lines after ``index`` up to the next kept heading are all removed
        (and there is at least one), or nothing follows it in the body."""
        seen = False
        nxt = doc.next_content(index)
        while nxt is not None and (doc.lines[nxt].kind is not LineKind.HEADING or nxt in removed):
            if nxt not in removed:
                return False
            seen = True
            nxt = doc.next_content(nxt)
        # A heading that closes the text introduces nothing: its section was cut before us.
        return seen or nxt is None


#: Labels of boxes whose items are short lines: teaser titles, buttons, form fields.
_BOX_LABELS = frozenset(
    (
        Category.RELATED,
        Category.MEMBERSHIP_PROMPT,
        Category.COOKIE_NOTICE,
        Category.PAYWALL,
        Category.SOCIAL_PROMPT,
    )
)
#: A box item is this short, and a box holds at most this many.
_ITEM_WORDS = 12
_MAX_ITEMS = 15


@register
class TailBox(Rule):
    """The short lines left under a boilerplate label that ends the text: the teaser titles
    under "Das könnte Sie auch interessieren", the buttons under a cookie banner, the network
    names under "Teilen:".

    Why: a converter that drops links leaves a related-articles box as a label over bare
    titles; the label goes by its phrase, and the titles, which no phrase can know, are
    left at the end of the text.

    A label is a line any rule of those categories took (related, prompts, cookie notice,
    paywall), even if another rule's finding owns it.

    The box is headed by the first such label after the last line that is not an item.

    Leaves alone: a label before half of the article's prose, and a label with anything
    after it that is not such an item: a sentence (even a short one, "The works start in
    May."), a heading, a line over 12 words, or more than 15 lines.
    """

    code = "G008"
    name = "tail-box"
    category = Category.RELATED
    phase = Phase.LAST  # the label must be sure to go
    needs = ("G006",)
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 4
            + "\n\nRelated Articles\n\nCity council approves new bike lanes\n\n"
            "School wins contest\n",
            removed=("City council approves new bike lanes", "School wins contest"),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n\nRelated Articles\n\nThe works on the bridge start in May.\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n\nShare on Facebook\n\nThe works start in May.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.labels = {code: rule.category for code, rule in detectors().items()}

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        if not kept or not self._item(doc, kept[-1]):
            return  # the text ends in prose: no box is left at its end
        # The kept lines that end the text and a box could hold, and the last one before
        # them that no box holds (the article's last line, as a rule).
        start = len(kept)
        while start and self._item(doc, kept[start - 1]):
            start -= 1
        boundary = kept[start - 1] if start else -1
        labels = [
            i
            for f in doc.prior
            if f.remove and self.labels.get(f.code) in _BOX_LABELS
            for i in range(max(f.start, boundary + 1), f.end)
        ]
        # The first label after that line heads the box.
        label = min(labels, default=None)
        if label is None or not after_most_prose(doc, label):
            return
        items = [i for i in kept[start:] if i > label]
        if items and len(items) <= _MAX_ITEMS:
            for i in items:
                yield Finding(i, i + 1, self.code, "item of a box at the end of the text")

    @staticmethod
    def _item(doc: Document, index: int) -> bool:
        line = doc.lines[index]
        return (
            line.words <= _ITEM_WORDS
            and line.kind is not LineKind.HEADING
            and not doc.prose[index]
            and not line.plain.endswith(".")  # "The works start in May." ends the article
        )
