"""A readers' comment thread with no heading over it, told by its stamps (G010)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.rules.base import TEXT_KINDS, candidates, prose_words_before
from cleaner.text.dates import find_date
from cleaner.text.segment import Document

#: A comment's age alone on its line, as comment widgets print it: "2 hours ago",
#: "Hace 28 minutos", "vor 3 Stunden", "il y a 2 heures", "há 2 horas", "3 ore fa".
_AGE = regex.compile(
    r"^[\W_]*(?:"
    r"(?:\d{1,2}|an?|one) (?:minute|min|hour|hr|day|week|month|year)s? ago"
    r"|hace (?:\d{1,2}|una?|un) (?:minutos?|horas?|días?|semanas?|mes(?:es)?|años?)"
    r"|vor (?:\d{1,2}|einer?|einem) "
    r"(?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|il y a (?:\d{1,2}|une?) (?:minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|há (?:\d{1,2}|uma?|um) (?:minutos?|horas?|dias?|semanas?|mes(?:es)?|mês|anos?)"
    r"|(?:\d{1,2}|un|una) (?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa"
    r")[\W_]*$",
    regex.IGNORECASE,
)
#: A comment's signature under it: "Posted by: Florida CPA, 27 Sep 2011 | 15:22" (with a
#: date, which :func:`find_date` must read).
_SIGNATURE = regex.compile(
    r"^[\W_]*(?:posted|submitted|written|geschrieben|publicado|publié|pubblicato) "
    r"(?:by|von|por|par|da)\s*:?\s*\S",
    regex.IGNORECASE,
)
#: A stamp is this short; the lines of a comment this long at most.
_STAMP_WORDS = 15
_COMMENT_WORDS = 150
#: Stamps of one thread: three at least, this many lines of comment at most between two.
_MIN_STAMPS = 3
_MAX_GAP = 8
#: Ages end the text: no paragraph longer than this after the thread.
_AFTER_WORDS = 25


def _stamp(doc: Document, index: int) -> str | None:
    """ "age" (the stamp heads its comment) or "signature" (it closes it), or None."""
    plain = doc.lines[index].plain
    if _AGE.match(plain):
        return "age"
    if _SIGNATURE.match(plain) and find_date(plain):
        return "signature"
    return None


@register
class CommentThread(Rule):
    """A readers' comment thread with no heading over it, told by its stamps: three or more
    comments' ages ("Hace 28 minutos", "2 hours ago") or signatures ("Posted by: Florida
    CPA, 27 Sep 2011 | 15:22") a few lines apart, after the article.

    Why: an extractor keeps the thread's text and stamps but drops its heading, so G007
    cannot see it; no article sets a comment's age or signature between its paragraphs
    three times over.

    An age heads its comment: the thread runs from the first age to the end of the comment
    under the last. A signature closes its comment: the thread runs from the first signature
    to the last, and the comment above the first stays (where it starts is not told).

    Leaves alone: stamps before the article's prose ends (more prose between the first and
    the last stamp than before the first: a live blog's entries), ages with a paragraph of
    over 25 words after the thread (entries amid the page's text), fewer than three stamps,
    stamps more than eight lines apart, and stamps with a heading or a paragraph of over 150
    words between them.
    """

    code = "G010"
    name = "comment-thread"
    category = Category.COMMENTS
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 4
            + "\n\nHace 28 minutos\n\nMuy buen artículo.\n\nHace una hora\n\nNo estoy de acuerdo."
            "\n\nHace 2 horas\n\n¿Y quién lo paga?\n",
            removed=(
                "Hace 28 minutos",
                "",
                "Muy buen artículo.",
                "",
                "Hace una hora",
                "",
                "No estoy de acuerdo.",
                "",
                "Hace 2 horas",
                "",
                "¿Y quién lo paga?",
            ),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge.\n\n2 hours ago\n\n"
        "Police closed the road after the storm brought down trees and power lines.\n\n"
        "3 hours ago\n\nThe storm reached the coast in the morning with strong winds.\n\n"
        "4 hours ago\n\nForecasters warned of flooding along the river all day long.\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 4
        + "\n\n2 hours ago\n\nThe road is closed.\n\n3 hours ago\n\nThe storm arrived."
        "\n\n4 hours ago\n\nFlood warnings are out.\n\n"
        + "The council will meet again next week to decide how to pay for the repairs. "
        * 2,
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        stamps = [
            (i, kind)
            for i in candidates(doc, TEXT_KINDS, _STAMP_WORDS)
            if (kind := _stamp(doc, i)) is not None
        ]
        run: list[tuple[int, str]] = []
        for stamp in [*stamps, (-1, "")]:
            if run and stamp[1] == run[-1][1] and self._joined(doc, run[-1][0], stamp[0]):
                run.append(stamp)
                continue
            if len(run) >= _MIN_STAMPS:
                found = self._thread(doc, run)
                if found is not None:
                    yield found
            run = [stamp]

    def _joined(self, doc: Document, before: int, after: int) -> bool:
        """Whether two stamps are of one thread: comment lines between them, not too many."""
        between = [j for j in range(before + 1, after) if doc.lines[j].kind is not LineKind.BLANK]
        return 1 <= len(between) <= _MAX_GAP and all(
            doc.lines[j].kind is not LineKind.HEADING and doc.lines[j].words <= _COMMENT_WORDS
            for j in between
        )

    def _thread(self, doc: Document, run: list[tuple[int, str]]) -> Finding | None:
        first, last = run[0][0], run[-1][0]
        end = last + 1
        if run[0][1] == "age":  # the last comment stands under its age
            gap = max(run[k + 1][0] - run[k][0] for k in range(len(run) - 1))
            j = doc.next_content(last)
            while j is not None and j - last < gap and self._comment_line(doc, j):
                end = j + 1
                j = doc.next_content(j)
            if any(
                doc.prose[j] and doc.lines[j].words > _AFTER_WORDS
                for j in range(end, len(doc.lines))
            ):
                return None  # a live blog's entries, with the page's text after them
        prose = prose_words_before(doc)
        if prose[end] - prose[first] > prose[first]:  # more prose within than before
            return None
        return Finding(first, end, self.code, "readers' comment thread")

    @staticmethod
    def _comment_line(doc: Document, index: int) -> bool:
        line = doc.lines[index]
        return (
            line.kind in TEXT_KINDS
            and line.kind is not LineKind.HEADING
            and line.words <= _COMMENT_WORDS
            and _stamp(doc, index) is None
        )
