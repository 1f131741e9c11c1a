"""Post metadata outside the head: date and filing lines of blog and news themes."""

from __future__ import annotations

from cleaner.model import Category, Finding
from cleaner.registry import Example, register
from cleaner.rules.base import LineRule
from cleaner.rules.bylines import dateline
from cleaner.text.segment import Document


@register
class PostMeta(LineRule):
    """A date or filing line of a post: "Aktualisiert am 17.01.2021", "This entry was posted in".

    Why: themes print the post's dates and its filing ("posted in News, bookmark the
    permalink") under the article or between teasers; the dateline rule (H003) takes such
    lines only in the head. A label must open the line and the date must follow it.

    Leaves alone: datelines in the head (before the first prose line), which the byline and
    dateline rules read for the report (a reading time there goes: "Lesezeit: 4 Minuten");
    sentences that contain a date ("Published on 3 May 2021, the report found ..." runs on
    past the date), and dates without a label.
    """

    code = "H005"
    name = "post-meta"
    category = Category.DATELINE
    family = "post_meta"
    max_words = 80
    reason = "date or filing line of the post"
    examples = (
        Example(
            "The body of the article goes on for a while and then it ends.\n\n"
            "Aktualisiert am 17.01.2021.\n",
            removed=("Aktualisiert am 17.01.2021.",),
        ),
        Example(
            "The body of the article goes on for a while and then it ends.\n\n"
            "This entry was posted in News. Bookmark the permalink.\n",
            removed=("This entry was posted in News. Bookmark the permalink.",),
        ),
        Example(
            "Le corps de l'article, qui parle du marché, se termine ici.\n\n"
            "Publié le 12 mars 2021 à 10h30\n",
            removed=("Publié le 12 mars 2021 à 10h30",),
        ),
        Example(
            "Lesezeit: 4 Minuten\n\n"
            "The body of the article goes on for a while and then it ends.\n",
            removed=("Lesezeit: 4 Minuten",),
        ),
        Example(
            "The body of the article goes on for a while and then it ends.\n\n"
            "January 1, 2017 by Jane Doe Leave a Comment\n",
            removed=("January 1, 2017 by Jane Doe Leave a Comment",),
        ),
    )
    counterexamples = (
        "Published on 3 May 2021, the report found that most of the city's bridges need "
        "repairs within the next ten years.\n",
        "Written by Jane Doe on May 2, 2017, the letter reached every member of the board.\n",
        "Am 17.01.2021 wurde die Brücke eröffnet.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if doc.in_head(index) and dateline(doc.lines[index]):
            return None
        return super().match(doc, index)
