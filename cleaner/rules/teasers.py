"""Teasers of other articles: a headline and its excerpt each, under a related label or
after a footer line (G011); headlines alone between the stamps other rules took (G012)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import after_most_prose, prose_words_before
from cleaner.text.segment import Document

#: A teaser's headline: two to this many words, and no sentence's end (nor a question:
#: an FAQ's questions and answers alternate so too), nor a count or initials ("Komentarji
#: (12)", "K. M., STA": a comments link, an agency credit).
_HEADLINE_WORDS = (2, 16)
_NOT_A_HEADLINE = regex.compile(r"\(\d+\)|^[\W_]*\p{Lu}\.\s?\p{Lu}\.")
_NOT_A_HEADLINE_END = regex.compile(r"[.!?…:;,][\"'”’»)]*\s*$")
#: A teaser's excerpt: a sentence or two, six to this many words.
_EXCERPT_WORDS = (6, 60)
#: Labels of a list the author may have made: books or sources, each with a line on it.
_CURATED = regex.compile(
    r"further reading|see also|recommended (?:reading|books)|reading list|resources|sources|"
    r"references|bibliograph|literatur|pour aller plus loin|para saber más|per saperne di più|"
    r"weiterlesen|zum weiterlesen|mehr zum thema",
    regex.IGNORECASE,
)
#: The rules that take a box's label standing alone: a related-articles label or heading
#: (an inline teaser, "Related: <title>", may stand over the article's own list).
_LABELS = frozenset({"G003", "G006"})
#: Lines other rules took that end an article: a disclaimer, a copyright, a source, a
#: share or subscribe prompt, a bio, a closing byline, a contact line, a sign-off.
_ENDS = frozenset(
    {"L001", "L002", "L003", "L004", "S001", "S002", "B001", "B002", "H006", "C001", "T005"}
)
#: An excerpt under such a line: one sentence (no break before a capital) of this many
#: words at most.
_ONE_SENTENCE_WORDS = 40
_BREAK = regex.compile(r"[.!?…][\"'”’»)]*\s+(?=\p{Lu})")
#: Three teasers at least, with an excerpt each; fifteen headlines at most.
_MIN_TEASERS = 3
_MAX_HEADLINES = 15


#: The teasers of G011's examples, under a label and under a footer line.
_EXAMPLE_BOX_LINES = (
    "New bike lanes approved",
    "The city will paint lanes on four streets this summer.",
    "School wins science contest",
    "Pupils built a robot that sorts waste.",
    "Library opens on Sundays",
    "The reading room stays open until six.",
)
_EXAMPLE_BOX = "".join(f"{line}\n\n" for line in _EXAMPLE_BOX_LINES).rstrip("\n") + "\n"


@register
class TeaserBox(Rule):
    """Other articles' teasers under a related-articles label after the article, each a
    headline and a sentence or two of its excerpt: "Other Opinion Columns" over "Wave of
    stupidity" and "JOE HILDEBRAND HOW is it that ideas ... capture people's imagination?",
    "Ikea challenge" and its excerpt, and so on to the end of the text.

    Why: G008 takes the bare titles under such a label; a box that shows an excerpt under
    each title leaves paragraphs, which look like the article's. Under a label a rule took
    as related, after the article, headlines and excerpts in turn to the end of the text
    are the box.

    With no label, a footer line another rule took after the article (a disclaimer, a
    copyright, a source, a share or subscribe prompt, a bio, a closing byline, a contact
    line, a sign-off) stands for it, as on a magazine's page: "This content was produced by
    ..." over "Moltbook was peak AI theater" and "The viral social network for bots reveals
    more ...". Then each excerpt is one sentence of at most 40 words: the article's own
    sections under subheadings hold paragraphs of several sentences.

    Every kept line after the label must be a headline (2 to 16 words, not ending as a
    sentence or a question does, no count or initials) or an excerpt right under one or
    under a line another rule took (6 to 60 words); three excerpts at least, and the
    lines' words are at most half the prose words above the label. The label stands
    alone (G006, G003); an inline teaser ("Related: <title>", G004) may stand over the
    article's own list.

    Leaves alone: a label before half of the article's prose (a "Read more" button over
    the rest of the text); a label of a list the author may have made ("Further reading",
    "See also", "Resources": books or sources with a line on each); teasers with more words
    than half the prose above them; an FAQ's questions and answers; and a label with
    anything after it that breaks the pattern: two paragraphs in a row, a paragraph of over
    60 words, a paragraph first, a credit or a count ("K. M., STA", "Komentarji (12)"),
    fewer than three excerpts, more than 15 headlines.
    """

    code = "G011"
    name = "teaser-box"
    category = Category.RELATED
    phase = Phase.LAST  # the label must be sure to go
    needs = ("G006", "L002", "S001")
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 8
            + "\n\nRelated Articles\n\n"
            + _EXAMPLE_BOX,
            removed=_EXAMPLE_BOX_LINES,
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 8
            + "\n\nCopyright 2024 The Daily Courier. All rights reserved.\n\n"
            + _EXAMPLE_BOX,
            removed=_EXAMPLE_BOX_LINES,
            facts={
                "copyright": "Copyright 2024 The Daily Courier. All rights reserved.",
                "copyright_holder": "The Daily Courier",
                "copyright_year": 2024,
            },
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 8
        + "\n\nShare this article on Facebook\n\nWhat comes next\n\nThe works start in May. "
        "The road stays open.\n\nWho pays\n\nThe city pays half. The state pays the rest."
        "\n\nWhen it ends\n\nThe bridge opens in June. A fair marks the day.\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 8
        + "\n\nRelated Articles\n\nThe works start in May.\n\nThey end in June.\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nRelated Articles\n\nNew bike lanes approved\n\n"
        "The city will paint lanes on four streets this summer and next.\n\n"
        "School wins science contest\n\nPupils built a robot that sorts waste at school.\n\n"
        "Library opens on Sundays\n\nThe reading room stays open until six every day.\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 8
        + "\n\nRelated Articles\n\nWhen do the works start?\n\nThe works start in May, "
        "weather permitting.\n\nWill the road close?\n\nOne lane stays open all the time."
        "\n\nWho pays for it?\n\nThe city and the state share the cost of the works.\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 8
        + "\n\nFurther reading\n\nThe Power Broker\n\nRobert Caro's biography of Robert Moses."
        "\n\nThe Death and Life of Great American Cities\n\nJane Jacobs's attack on urban "
        "renewal.\n\nThe Hidden Life of Trees\n\nA bestseller on how trees share resources.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        labels = sorted(
            {
                i
                for f in doc.prior
                if f.remove and f.code in _LABELS
                for i in range(f.start, f.end)
                if doc.lines[i].plain.strip() and not _CURATED.search(doc.lines[i].plain)
            }
        )
        ends = sorted({f.end - 1 for f in doc.prior if f.remove and f.code in _ENDS})
        anchors = [(label, False) for label in labels] + [(end, True) for end in ends]
        for anchor, one_sentence in anchors:
            items = [i for i in kept if i > anchor]
            if (
                items
                and after_most_prose(doc, anchor)
                and self._teasers(doc, items, one_sentence)
                and self._small(doc, anchor, items)
            ):
                for i in items:
                    yield Finding(i, i + 1, self.code, "teaser of another article")
                return

    @staticmethod
    def _teasers(doc: Document, items: list[int], one_sentence: bool = False) -> bool:
        """Whether the lines are headlines, each with at most one excerpt under it (or
        under a line another rule took: a headline that went as a prompt or a label)."""
        headlines = excerpts = 0
        after_headline = False
        removed = doc.removed()
        for i in items:
            line = doc.lines[i]
            low, high = _HEADLINE_WORDS
            above = doc.next_content(i, -1)
            if above is not None and above in removed:
                after_headline = True
            if (
                low <= line.words <= high
                and not _NOT_A_HEADLINE_END.search(line.plain)
                and not _NOT_A_HEADLINE.search(line.plain)
            ):
                headlines += 1
                after_headline = True
            elif (
                after_headline
                and _EXCERPT_WORDS[0] <= line.words <= _EXCERPT_WORDS[1]
                and not (
                    one_sentence and (line.words > _ONE_SENTENCE_WORDS or _BREAK.search(line.plain))
                )
            ):
                excerpts += 1
                after_headline = False
            else:
                return False
        return excerpts >= _MIN_TEASERS and headlines <= _MAX_HEADLINES

    @staticmethod
    def _small(doc: Document, label: int, items: list[int]) -> bool:
        """Whether the teasers hold at most half as many words as the prose above them."""
        return 2 * sum(doc.lines[i].words for i in items) <= prose_words_before(doc)[label]


#: Stamped headlines: three at least, each of this many words, opening with a capital, a
#: digit or a quotation mark, with no address in it.
#: The rule that takes a list's bare markers ("- "): a stamp is another rule's line.
_MARKER = "K003"
_HEADLINE_START = regex.compile(r"^[\W_]*?[\p{Lu}\d\"'“‘«„]")
_MIN_STAMPED = 3
_STAMPED_WORDS = (3, 16)


@register
class StampedHeadlines(Rule):
    """Other articles' headlines in a run, each alone between two lines other rules took:
    "900 East under construction four years after rebuild" between a list marker and
    "Published Jul 19, 2013 01:01:04AM", then the next headline between its own marker and
    stamp, and so on.

    Why: a box of latest stories gives each headline a stamp, a date or a marker; the other
    rules take those, and the headlines stay behind, one between each pair, in the middle of
    the text or at its end, where no label stands over them.

    A headline here has 3 to 16 words, opens with a capital, a digit or a quotation mark,
    holds no address and does not end as a sentence does; the run holds three of them at
    least, with nothing kept between one and the next.

    Leaves alone: two such lines or fewer; a line with a kept line beside it (an article's
    subheading has its paragraph under it); a line between two bare list markers (a
    bulleted list's items, "- " over each); lines that end as a sentence; a link post's
    source lines between its links ("via netzpolitik.org <https://netzpolitik.org>").
    """

    code = "G012"
    name = "stamped-headlines"
    category = Category.RELATED
    phase = Phase.LAST  # the stamps must be sure to go
    needs = ("H005", "K003")
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 3
            + "\n\n- \n\nNew bike lanes approved on four streets\n\nPosted on May 3, 2024\n\n"
            "- \n\nSchool wins the regional science contest\n\nPosted on May 2, 2024\n\n"
            "- \n\nLibrary opens its doors on Sundays\n\nPosted on May 1, 2024\n\n"
            + "The works start in May and end in June, the mayor said on Tuesday. " * 2
            + "\n",
            removed=(
                "New bike lanes approved on four streets",
                "School wins the regional science contest",
                "Library opens its doors on Sundays",
            ),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nNew bike lanes approved\n\nThe city paints lanes on four streets.\n\n"
        "School wins contest\n\nPupils built a robot that sorts waste.\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\n- \n\nFacebook (username and followers): Facebook.com/Council\n\n- \n\n"
        "Instagram (handle and followers): Instagram.com/Council\n\n- \n\n"
        "YouTube (username and subscribers): YouTube.com/Council\n\n- \n\n"
        + "The works start in May and end in June, the mayor said on Tuesday. " * 2
        + "\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        markers = {
            i for f in doc.prior if f.remove and f.code == _MARKER for i in range(f.start, f.end)
        }
        run: list[int] = []
        for i in doc.kept():  # neither blank nor removed lines: a run has nothing kept inside
            if self._stamped(doc, i, removed, markers):
                run.append(i)
            else:
                yield from self._flush(run)
                run = []
        yield from self._flush(run)

    def _flush(self, run: list[int]) -> Iterator[Finding]:
        if len(run) >= _MIN_STAMPED:
            for i in run:
                yield Finding(i, i + 1, self.code, "headline of another article")

    @staticmethod
    def _stamped(doc: Document, i: int, removed: frozenset[int], markers: set[int]) -> bool:
        """Whether line ``i`` is headline-shaped, alone between two removed lines that are
        not both a list's bare markers (a bulleted list's items stand between those)."""
        line = doc.lines[i]
        low, high = _STAMPED_WORDS
        if not low <= line.words <= high or _NOT_A_HEADLINE_END.search(line.plain):
            return False
        if not _HEADLINE_START.match(line.plain) or line.urls or "://" in line.raw:
            return False  # "via netzpolitik.org <https://...>": a link post's source line
        above, below = doc.next_content(i, -1), doc.next_content(i)
        return above in removed and below in removed and not {above, below} <= markers
