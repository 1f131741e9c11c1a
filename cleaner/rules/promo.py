"""Promotion rules: the author's other sites, book plugs, and promos repeated in an article."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, LineKind
from cleaner.registry import Example, Phase, register
from cleaner.rules.base import LineRule, in_body_list
from cleaner.rules.cta_grammar import reports_speech
from cleaner.rules.phrases import search
from cleaner.rules.stopwords import stopwords
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


def _short_enough(text: str, longest: int) -> bool:
    """False when :func:`fold_key` of ``text`` is surely longer than ``longest``: it keeps
    every ASCII letter (counted cheaply), so a prose line need not be folded to be ruled
    out."""
    if text.isascii():
        return True  # folding is as cheap as counting
    letters = text.encode("ascii", "ignore").translate(None, _NOT_LETTERS)
    return len(letters) <= longest


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
        if in_body_list(doc, index, self.pattern()) or reports_speech(line.plain):
            return None  # a list's step, or reported advice: "..., empfiehlt das Bundesamt."
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


#: A word in a headline's capitals: capitalised, or a short function word ("of", "a").
_TITLE_WORD = regex.compile(r"^[\W\d_]*(?:\p{Lu}|\p{Ll}{1,3}\W*$)")
#: Words a teaser's headline has at least, and the share of them in title capitals.
_TEASER_WORDS = 3
_TITLE_SHARE = 0.8


def title_capitals(text: str) -> bool:
    """Whether ``text`` is a headline in title capitals ("The Last Frontier of Free Press Is
    Here!"): at least three words, four in five capitalised or short function words."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if len(words) < _TEASER_WORDS:
        return False
    return sum(bool(_TITLE_WORD.search(w)) for w in words) >= _TITLE_SHARE * len(words)


@register
class TeaserLine(LineRule):
    """A teaser for another page of the site: a label, then a headline in title capitals:
    "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!", "An
    Exclusive You Have To See: The Last Frontier of Free Press Is Here!", "Sponsored: ...".

    Why: sites put a sponsored or promoted headline between the title and the article, or
    between its paragraphs; the label says it is the site's, not the article's.

    Leaves alone: the text's first line when it is about the text (a quarter of its
    headline's content words come back below it: the text's own title, as "Headline: ..."
    may be); a label before a sentence ("Must read: the council's report on the bridge");
    labels a sentence opens with ("Breaking:", "Exclusive:", which mark the article's own
    news); lines over 30 words.
    """

    code = "P004"
    name = "teaser-line"
    category = Category.PROMO
    family = "teaser_label"
    max_words = 30
    reason = "teaser for another page of the site"
    examples = (
        Example(
            "A Title\n\n"
            "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!\n\n"
            "The council met on Tuesday and voted to repair the old bridge.\n",
            removed=(
                "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!",
            ),
        ),
        Example(
            "The council met on Tuesday and voted to repair the old bridge.\n\n"
            "An Exclusive You Have To See: The Last Frontier of Free Press Is Here!\n\n"
            "The works start in May, the mayor said.\n",
            removed=("An Exclusive You Have To See: The Last Frontier of Free Press Is Here!",),
        ),
        Example(
            "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!\n\n"
            "The council met on Tuesday and voted to repair the old bridge.\n",
            removed=(
                "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!",
            ),
        ),
    )
    counterexamples = (
        "Headline: Council Votes to Repair the Old Bridge\n\n"
        "The council met on Tuesday and voted to repair the old bridge.\n",
        "The council met on Tuesday and voted to repair the old bridge.\n\n"
        "Must read: the council's report on the bridge, out on Monday.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        m = search(self.pattern(), line.plain)
        headline = line.plain[m.end() - 1 :] if m else ""
        if not title_capitals(headline):
            return None
        if doc.next_content(index, -1) is None and _about_the_text(doc, index, headline):
            return None  # the text's first line, about the text: its title
        return self.finding(index, index + 1)


#: Letters a word has at least to count as a headline's content word.
_CONTENT_LETTERS = 4
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: Share of a headline's content words that its article repeats at least.
_SHARED = 0.25


def _about_the_text(doc: Document, index: int, headline: str) -> bool:
    """Whether ``headline`` (on line ``index``) is about the text under it: a quarter of its
    content words come back there (an article repeats what its own headline says; a teaser
    for another page shares a word by chance at most)."""
    stop = stopwords()
    words = {
        w.casefold()
        for w in _WORD.findall(headline)
        if len(w) >= _CONTENT_LETTERS and w.casefold() not in stop
    }
    if not words:
        return True
    rest = {w.casefold() for line in doc.lines[index + 1 :] for w in _WORD.findall(line.plain)}
    return len(words & rest) >= _SHARED * len(words)


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
        longest = max(map(len, keys))
        for i, line in enumerate(doc.lines):
            text = line.plain
            if (
                i not in claimed
                and text
                and _short_enough(text, longest)
                and fold_key(text) in keys
            ):
                yield self.finding(i, i + 1)
