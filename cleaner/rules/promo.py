"""Promotion rules: the author's other sites, book plugs, and promos repeated in an article."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, LineKind
from cleaner.registry import Example, Phase, register
from cleaner.rules.base import LineRule
from cleaner.rules.urls import is_url_line
from cleaner.text.segment import Document

_PAREN_LINE = regex.compile(r"^\(.{1,80}\)[.,;]?$")
_FOLD = regex.compile(r"[\W\d_]+")
#: The ASCII characters :data:`_FOLD` removes: all but the letters.
_NOT_LETTERS = bytes(i for i in range(128) if not chr(i).isalpha())


def fold_key(text: str) -> str:
    """How P003 compares lines: case folded, letters only (digits, punctuation, spaces out)."""
    if text.isascii():
        # The same as the pattern on ASCII text (where casefold is lower), ten times faster.
        return text.encode("ascii").lower().translate(None, _NOT_LETTERS).decode("ascii")
    return _FOLD.sub("", text.casefold())


def _continuation(doc: Document, index: int, limit: int = 3) -> int:
    """Index just past the URL and "(Link title)." lines that trail a promo line."""
    end = index + 1
    nxt = doc.next_content(index)
    while nxt is not None and limit:
        line = doc.lines[nxt]
        if line.kind is LineKind.CODE or not (is_url_line(line) or _PAREN_LINE.match(line.plain)):
            break
        end = nxt + 1
        nxt = doc.next_content(nxt)
        limit -= 1
    return end


class _PromoRule(LineRule):
    """Shared match: the phrase line plus its trailing URL lines; the text becomes a promo."""

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if not self.pattern().search(line.plain, timeout=1.0):
            return None
        end = _continuation(doc, index)
        text = " ".join(doc.lines[i].plain for i in range(index, end) if doc.lines[i].plain)
        return self.finding(index, end, (Fact("promo", text),))


@register
class SitePromo(_PromoRule):
    """A promo for the author's or publisher's own site: "VISIT MY NEW WEB SITE:".

    Why: self-promotion repeated on every article; the lines with the site's address that
    follow it ("stephenlendman.org", "(Home – Stephen Lendman).") go with it.

    Leaves alone: a sentence in the body that mentions a site ("Visit the museum's new web
    site for tickets" does not start with "visit my/our").
    """

    code = "P001"
    name = "site-promo"
    category = Category.PROMO
    family = "site_promo"
    max_words = 40
    reason = "promotion of the author's or publisher's site"
    examples = (
        Example(
            "VISIT MY NEW WEB SITE:\n\nstephenlendman.org\n",
            facts={"promos": ["VISIT MY NEW WEB SITE: stephenlendman.org"]},
        ),
        Example(
            "Besuchen Sie unsere neue Webseite!\n",
            facts={"promos": ["Besuchen Sie unsere neue Webseite!"]},
        ),
        Example(
            "Purchase this report @ http://www.example.com/purchase/10476177\n",
            facts={"promos": ["Purchase this report @ http://www.example.com/purchase/10476177"]},
        ),
        Example(
            "Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk und im Abo erhältlich.\n",
            facts={
                "promos": [
                    "Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk und im Abo "
                    "erhältlich."
                ]
            },
        ),
        Example(
            "Kennt ihr schon unseren Brandfinder? Dort findet ihr Labels.\n",
            facts={"promos": ["Kennt ihr schon unseren Brandfinder? Dort findet ihr Labels."]},
        ),
    )
    counterexamples = (
        "Visit the museum's new web site for tickets, which go on sale on Monday morning.\n",
        "Read the full report at https://www.example.org/report.pdf\n",
        "Die aktuelle Ausgabe des Berichts erscheint im Mai und ist im Rathaus erhältlich.\n",
        "Kennt ihr schon die neue Brücke über den Fluss? Sie ist seit Montag offen.\n",
    )


@register
class BookPromo(_PromoRule):
    """A plug for the author's book: "My newest book ... is titled ...", "Order his book".

    Why: advertising, not article text; the store URL on the next line goes with it.

    Leaves alone: sentences about books in general, or about other people's books.
    """

    code = "P002"
    name = "book-promo"
    category = Category.BOOK_PROMO
    family = "book_promo"
    max_words = 60
    reason = "plug for the author's book"
    examples = (
        Example(
            'My newest book as editor and contributor is titled "Flashpoint in Ukraine."\n\n'
            "http://www.claritypress.com/LendmanIII.html\n",
            facts={
                "promos": [
                    (
                        "My newest book as editor and contributor is titled "
                        '"Flashpoint in Ukraine." '
                        "http://www.claritypress.com/LendmanIII.html"
                    )
                ]
            },
        ),
    )
    counterexamples = (
        "The minister's new book is a memoir of her years in office and of the war.\n",
    )


@register
class RepeatedPromo(LineRule):
    """Another copy of a line already removed as a promo, contact or prompt.

    Why: sites repeat their promo at the top and the bottom of an article, sometimes with
    a different link layout; every copy goes once one is known.

    Leaves alone: repeated lines that no other rule recognized (a refrain in a poem).
    """

    code = "P003"
    name = "repeated-promo"
    category = Category.REPETITION
    phase = Phase.AFTER
    reason = "repeats a line removed elsewhere in the article"
    examples = (
        Example(
            "Contact at jane@example.org.\n\nThe body of the article.\n\n"
            "Contact at jane @ example.org\n",
            removed=("Contact at jane @ example.org",),
        ),
    )
    counterexamples = ("Yes.\n\nThe body.\n\nYes.\n",)
    needs = ("P001", "P002", "C001", "S001", "S002")

    def detect(self, doc: Document) -> Iterator[Finding]:
        keys = {
            fold_key(doc.lines[i].plain)
            for f in doc.prior
            if f.code in self.needs
            for i in range(f.start, f.end)
        }
        keys.discard("")
        if not keys:
            return
        claimed = {i for f in doc.prior for i in range(f.start, f.end)}
        for i, line in enumerate(doc.lines):
            if i not in claimed and line.plain and fold_key(line.plain) in keys:
                yield self.finding(i, i + 1)
