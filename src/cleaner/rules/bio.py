"""Author blocks: "Articles by: X", "About the author:" and the bio paragraph after it."""

from __future__ import annotations

import regex

from ..model import Category, Fact, Finding
from ..phrases import compiled, search
from ..registry import register
from ..segment import Document
from .base import LineRule


@register
class AuthorBlock(LineRule):
    """An author block: "Articles by: Jane Doe", or "About the author:" and the bio after it.

    Why: the bio is metadata about the writer (it goes to ``bio``); "Articles by" links to
    the author's other work and names the author.

    An inline bio on the heading's line ("About the author: Jane Doe keeps ...") is taken
    with that line only.

    Leaves alone: a heading "About the author" with no short paragraph after it keeps the
    paragraph; sentences that mention an author.
    """

    code = "B001"
    name = "author-block"
    category = Category.AUTHOR_BIO
    family = "author_bio"
    #: A bare heading has a few words; an inline bio ("About the author: ...") up to this.
    max_words = 120
    reason = "author block"
    examples = (
        "Articles by: Stephen Lendman\n",
        "About the author:\n\nJane Doe lives in Chicago. She writes about trade.\n",
        "About the author: Jane Doe lives in Chicago and writes about trade and tariffs.\n",
        "Alex Isenstadt contributed to this report.\n",
        "Evan Halper writes about policy issues out of Washington D.C. for the paper.\n",
    )
    counterexamples = (
        "The author of the report, Jane Doe, lives in Chicago and writes on trade.\n",
    )

    def gate(self) -> regex.Pattern[str]:
        return compiled(self.family or "")

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        m = search(compiled(self.family or ""), line.plain)
        if not m:
            return None
        groups = m.groupdict()
        bio = groups.get("bio")
        if bio:
            return self.finding(index, index + 1, (Fact("bio", bio.strip()),))
        if line.words > 12:
            return None
        author = groups.get("author")
        if author:
            return self.finding(index, index + 1, (Fact("author", author.strip(" .")),))
        nxt = doc.next_content(index)
        if nxt is None:
            return self.finding(index, index + 1)
        block = doc.blocks[doc.block_of[nxt]]
        text = " ".join(doc.lines[i].plain for i in range(block.start, block.end))
        if len(text.split()) > 250:
            return self.finding(index, index + 1)
        return self.finding(index, block.end, (Fact("bio", text),))
