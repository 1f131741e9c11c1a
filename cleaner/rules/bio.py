"""Author blocks: "Articles by: X", "About the author:" and the bio paragraph after it, and
a third-person bio that closes the text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import LineRule, after_most_prose, family_pattern
from cleaner.rules.bylines import credit_names
from cleaner.rules.phrases import search
from cleaner.rules.stopwords import stopwords
from cleaner.rules.tail_lines import Kind, line_kind
from cleaner.text.segment import Block, Document


@register
class AuthorBlock(LineRule):
    """An author block: "Articles by: Jane Doe", or "About the author:" and the bio after it.

    Why: the bio is metadata about the writer (it goes to ``bio``); "Articles by" links to
    the author's other work and names the author.

    An inline bio on the heading's line ("About the author: Jane Doe keeps ...") is taken
    with that line only, and so is a credit ("Additional reporting by Jane Doe."): the
    paragraph after it is the article's.

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
        Example(
            "Articles by: Stephen Lendman\n",
            facts={"authors": ["Stephen Lendman"]},
        ),
        Example(
            "About the author:\n\nJane Doe lives in Chicago. She writes about trade.\n",
            facts={"bio": "Jane Doe lives in Chicago. She writes about trade."},
        ),
        Example(
            "Über den Autor / die Autorin\n\n## Jane Doe\n\nJane Doe lebt in Köln und schreibt.\n",
            facts={"bio": "Jane Doe lebt in Köln und schreibt."},
        ),
        Example(
            "About the author: Jane Doe lives in Chicago and writes about trade and tariffs.\n",
            facts={"bio": "Jane Doe lives in Chicago and writes about trade and tariffs."},
        ),
        Example(
            "More articles by:Jane Doe\n",
            facts={"authors": ["Jane Doe"]},
        ),
        Example(
            "Alex Isenstadt contributed to this report.\n",
            facts={"authors": ["Alex Isenstadt"]},
        ),
        Example(
            "Additional reporting by Jane Doe.\n\nThe council voted on Tuesday to approve it.\n",
            removed=("Additional reporting by Jane Doe.",),
        ),
        Example(
            "Evan Halper writes about policy issues out of Washington D.C. for the paper.\n",
            facts={
                "bio": (
                    "Evan Halper writes about policy issues out of Washington D.C. for the paper."
                )
            },
        ),
    )
    counterexamples = (
        "The author of the report, Jane Doe, lives in Chicago and writes on trade.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        m = search(self.pattern(), line.plain)
        if not m:
            return None
        groups = m.groupdict()
        if groups.get("bare"):
            return self._bare_label(doc, index)
        bio = groups.get("bio")
        if bio:
            return self.finding(index, index + 1, (Fact("bio", bio.strip()),))
        if groups.get("credit"):
            # A chain of credits ("Reporting by ...; Editing by ..."): a line of names,
            # whatever its length.
            author = groups.get("author")
            names = credit_names(self.config, author.strip(" .")) if author else []
            return self.finding(index, index + 1, tuple(Fact("author", n) for n in names))
        if line.words > 12:
            return None
        author = groups.get("author")
        if author:
            names = credit_names(self.config, author.strip(" ."))
            return self.finding(index, index + 1, tuple(Fact("author", n) for n in names))
        nxt = doc.next_content(index)
        if nxt is None:
            return self.finding(index, index + 1)
        block = _box(doc, index, nxt)
        text = " ".join(doc.lines[i].plain for i in range(block.start, block.end))
        after = doc.next_content(block.end - 1)
        if len(text.split()) <= _NAME_WORDS and after is not None:
            # The box names the author first ("## Jane Doe"), then gives the bio, which often
            # names the author again: the name is kept once.
            block = _box(doc, index, after)
            bio = " ".join(doc.lines[i].plain for i in range(block.start, block.end))
            name = text.strip()
            text = bio if bio.casefold().startswith(name.casefold()) else f"{text} {bio}"
        if len(text.split()) > 250:
            return self.finding(index, index + 1)
        return self.finding(index, block.end, (Fact("bio", text),))

    def _bare_label(self, doc: Document, index: int) -> Finding | None:
        """A label alone ("AUTOR") with the bio that closes the text under it, opening with
        its verb ("ist Gründungspartner der Kanzlei …"), the label appearing once. Over the
        text it labels a byline; in a comment thread or an interview, a speaker's turn."""
        nxt = doc.next_content(index)
        label = doc.lines[index].plain.strip().casefold()
        if (
            doc.lines[index].kind is LineKind.HEADING  # B002 takes a bio under a heading
            or nxt is None
            or doc.next_content(nxt) is not None
            or not after_most_prose(doc, index)
            or not _BIO_OPENING.match(doc.lines[nxt].plain)
            or sum(line.plain.strip().casefold() == label for line in doc.lines) > 1
        ):
            return None
        return self.finding(index, nxt + 1, (Fact("bio", doc.lines[nxt].plain.strip()),))


def _box(doc: Document, heading: int, start: int) -> Block:
    """The lines of an author box from ``start`` under its heading: the block of blank-line
    separated text it stands in; in text with no blank lines (an extractor's, a paragraph a
    line), where that block runs on from the text's start, the one line."""
    block = doc.blocks[doc.block_of[start]]
    if block.start <= heading:
        return Block(start, start + 1)
    return block


#: How a bio under a bare label opens: its verb, the name dropped with the label's link
#: ("ist Gründungspartner der Kanzlei …").
_BIO_OPENING = regex.compile(
    r"^[\W_]*(?:ist|war|lebt|arbeitet|is|was|lives|works|est|vit|travaille|es|vive|trabaja)\s"
)


#: A block this short under "About the author" is the author's name, not the bio.
_NAME_WORDS = 4


#: A person's name opening a line: two or three capitalised words ("Felix Stalder",
#: "Dr. Jane M. Doe"), maybe with an apposition or credentials between commas ("Tessa
#: Kwiatkowski, RN, BSN, is ...").
_NAME = regex.compile(
    r"^(?:(?:Dr|Prof)\.\s+)?(\p{Lu}[\p{L}'’.-]+)(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}"
    r"(?:,\s[^,\n]{3,60},|(?:,\s\p{Lu}[\p{L}.]{1,6})+,)?\s+"
)
#: Words that open a noun phrase, not a name ("Diese Tasche ist ideal ..."), beside the
#: function words of :func:`~cleaner.rules.stopwords.stopwords`.
# fmt: off
_DETERMINERS = (
    "dieser", "diese", "dieses", "jeder", "jede", "jedes", "unser", "unsere", "mein", "meine",
    "dein", "deine", "this", "these", "those", "our", "my", "your", "every", "each", "ce",
    "cet", "cette", "ces", "notre", "mon", "ma", "este", "esta", "estos", "estas", "nuestro",
    "nuestra", "mi",
)
# fmt: on


@cache
def _not_first_names() -> frozenset[str]:
    """Words a name cannot start with: function words and determiners."""
    return stopwords() | frozenset(_DETERMINERS)


#: Prose words that must stand before a closing bio: it closes an article.
_ARTICLE_WORDS = 50
#: A bio line has a sentence or a few, not a paragraph of the article.
_BIO_WORDS = (8, 90)
#: How many kept lines from the end the byline's author's bio may stand at with other lines
#: after it, and how many of those may read as the article's prose.
_AUTHOR_BIO_TAIL = 5
_PROSE_UNDER_BIO = 1


def _under_bio(doc: Document, index: int, removed: frozenset[int]) -> bool:
    """Whether the lines under a bio at ``index`` are a footer: one at least that a rule
    removed or that looks like a footer line, and at most one that reads as prose (a
    disclaimer no rule knows). A review's verdict on the book's author has the review's own
    last lines under it, or nothing."""
    under = [j for j in range(index + 1, len(doc.lines)) if doc.lines[j].kind is not LineKind.BLANK]
    prose = [
        j
        for j in under
        if j not in removed and line_kind(doc.lines[j], False, doc.prose[j]) is Kind.BODY
    ]
    return len(prose) <= _PROSE_UNDER_BIO and len(prose) < len(under)


#: The byline's author's desk at the site: "is Ridgeline Worker's culture editor", "is our
#: consumer affairs editor". Said of anyone else (a profile's subject: "is Britain's best-known
#: wildlife photographer"), it is the article's.
_DESK_BIO = regex.compile(
    r"is (?:(?:\p{Lu}[\w&.-]*\s){0,3}\p{Lu}[\w&.-]*['’]s|our) (?:[\w&-]+ ){0,3}"
    r"(?:editor|reporter|writer|correspondent|columnist|producer|critic|photographer|contributor)"
    r"\b"
)


@register
class ClosingBio(Rule):
    """The author's bio in the third person that closes the text, with its heading: "Felix
    Stalder ist Professor für Digitale Kultur in Zürich.", "Jane Doe is the author of ...";
    or in the first person, after a greeting: "Hallo, ich bin Foodbloggerin und ..." (family
    ``own_bio``).

    Why: many sites set the bio, often in italics, under the article with no label; it is
    metadata about the writer (it goes to ``bio``). Only bios right after the article's last
    prose line, with no prose after them, are taken: a person the article introduces keeps
    their line. The byline's author's bio ("By Jenna Caldwell" ... "Jenna Caldwell is a
    certified health coach who blogs from Vermont.") goes among the last five lines even with
    a footer under it (a line a rule removed or shaped as a footer line, and at most one line
    of prose: a disclaimer no rule knows): an article hardly calls its own writer by full
    name. With prose only under it, it stays (a review's verdict on the book's author).

    Leaves alone: a bio line with prose after it, or with a line other than a heading
    between it and the article; one with less than 50 words of prose before it; a name that
    starts with a common word ("Der Anstieg ist ..."); a thing introduced with an article
    ("Stop Killer Robots ist ein Bündnis ..."); lines under 8 or over 90 words.
    """

    code = "B002"
    name = "closing-bio"
    category = Category.AUTHOR_BIO
    phase = Phase.LAST  # the last line is known once the other removals stand
    family = "closing_bio"
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 4
            + "\n\n_Felix Stalder ist Professor für Digitale Kultur in Zürich. Er forscht zu"
            " Netzen._\n",
            removed=(
                (
                    "_Felix Stalder ist Professor für Digitale Kultur in Zürich. Er forscht zu "
                    "Netzen._"
                ),
            ),
            facts={
                "bio": (
                    "Felix Stalder ist Professor für Digitale Kultur in Zürich. Er "
                    "forscht zu Netzen."
                )
            },
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 4
            + "\n\nJane Doe is the author of two books on bridges and lives in Leeds.\n",
            removed=("Jane Doe is the author of two books on bridges and lives in Leeds.",),
            facts={"bio": ("Jane Doe is the author of two books on bridges and lives in Leeds.")},
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 4
            + "\n\nHi, I'm Joyce, a home cook from Singapore who loves easy weeknight recipes.\n",
            removed=(
                "Hi, I'm Joyce, a home cook from Singapore who loves easy weeknight recipes.",
            ),
            facts={
                "bio": (
                    "Hi, I'm Joyce, a home cook from Singapore who loves easy weeknight recipes."
                )
            },
        ),
    )
    counterexamples = (
        "Jane Doe is the author of two books on bridges and lives in Leeds.\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n\nStop Killer Robots ist ein Bündnis von mehr als 180 Organisationen weltweit.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        # Tried on a few lines only, so kept out of the literal index.
        self.pattern = family_pattern(self.config, self.family, indexed=False)
        self.own = family_pattern(self.config, "own_bio", indexed=False)

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        kept = doc.kept()
        # From the end: lines after the article's prose stay (they are outside the body
        # already), then the bios, each maybe under its heading ("#### Jane Doe"), then the
        # article's last prose line. Any other line between them, and nothing is taken: a
        # second run must see the body end where this one leaves it.
        taken: list[Finding] = []
        authors = frozenset(
            f.value for found in doc.prior for f in found.facts if f.field == "author"
        )
        k = len(kept) - 1
        while (
            k >= 0 and not doc.prose[kept[k]] and not self._bio(doc.lines[kept[k]].plain, authors)
        ):
            k -= 1
        while k >= 0:
            i = kept[k]
            bio = self._bio(doc.lines[i].plain, authors)
            if (
                not bio
                and not taken
                and k > 0
                and self._surname_bio(doc.lines[kept[k - 1]].plain, i, doc)
                and not (
                    k > 2
                    and _name_over_surname(
                        doc.lines[kept[k - 3]].plain, doc.lines[kept[k - 2]].plain
                    )
                )
            ):
                # "ELLEN MARSH" over "Marsh is a reporter for the Tribune."
                bio = Fact("bio", doc.lines[i].plain)
                taken.append(Finding(i, i + 1, self.code, "author bio closing the text", (bio,)))
                name = kept[k - 1]
                taken.append(Finding(name, name + 1, self.code, "the author's name over the bio"))
                k -= 2
                continue
            if bio:
                taken.append(Finding(i, i + 1, self.code, "author bio closing the text", (bio,)))
            elif taken and doc.lines[i].kind is LineKind.HEADING and not doc.prose[i]:
                taken.append(Finding(i, i + 1, self.code, "heading of a closing author bio"))
            else:
                break
            k -= 1
        if taken and k >= 0 and doc.prose[kept[k]] and self._closes_article(doc, kept[k], removed):
            yield from reversed(taken)
        else:
            yield from self._author_bios(doc, kept, authors, removed)

    def _author_bios(
        self, doc: Document, kept: tuple[int, ...], authors: frozenset[str], removed: frozenset[int]
    ) -> Iterator[Finding]:
        """The bio of the byline's author among the last lines with a footer under it
        (:func:`_under_bio`): an article hardly calls its own writer by full name. With prose
        only under it ("The Drafty Farmhouse is published on May 3.") it stays: a review's
        verdict on the book's author reads the same."""
        names = [author for author in authors if " " in author]
        tail = kept[-_AUTHOR_BIO_TAIL:] if names else ()
        for i in tail:
            plain = doc.lines[i].plain
            if (
                _BIO_WORDS[0] <= len(plain.split()) <= _BIO_WORDS[1]
                and any(
                    (rest := _after_name(plain, name)) is not None
                    and (search(self.pattern, rest) or _DESK_BIO.match(rest))
                    for name in names
                )
                and i > 0
                and _under_bio(doc, i, removed)
                and self._closes_article(doc, i - 1, removed)
            ):
                bio = Fact("bio", plain)
                yield Finding(i, i + 1, self.code, "the byline author's bio near the end", (bio,))

    @staticmethod
    def _closes_article(doc: Document, index: int, removed: frozenset[int]) -> bool:
        """Whether an article stands up to line ``index``: a bio closes one."""
        words = 0
        for j in range(index + 1):
            if doc.prose[j] and j not in removed:
                words += doc.lines[j].words
                if words >= _ARTICLE_WORDS:
                    return True
        return False

    def _surname_bio(self, above: str, index: int, doc: Document) -> bool:
        """Whether line ``index`` is a writer's bio opening with the surname of the name
        alone on the line above it ("Jane Doe" / "Doe is a reporter for the Tribune."); one
        pair only (pairs in a row are a list of people the article presents)."""
        plain = doc.lines[index].plain
        first = _SURNAME_OPENING.match(plain)
        return bool(
            first
            and _name_over_surname(above, plain)
            and _BIO_WORDS[0] <= len(plain.split()) <= _BIO_WORDS[1]
            and search(self.pattern, plain[first.end() :])
            and _WRITER.search(plain)
        )

    def _bio(self, plain: str, authors: frozenset[str]) -> Fact | None:
        if not _BIO_WORDS[0] <= len(plain.split()) <= _BIO_WORDS[1]:
            return None
        if search(self.own, plain):  # "Hallo, ich bin Foodbloggerin ...": in the first person
            return Fact("bio", plain)
        if any(
            plain.startswith(author + " ") and _DESK_BIO.match(plain[len(author) + 1 :])
            for author in authors
        ):
            return Fact("bio", plain)  # the byline's author: "X is Ridgeline Worker's ... editor"
        name = _NAME.match(plain)
        if not name or name.group(1).lower() in _not_first_names():
            return None
        if not search(self.pattern, plain[name.end() :]):
            return None
        return Fact("bio", plain)


#: Credentials after a name, between commas: ", RN, BSN, ".
_CREDENTIALS = regex.compile(r"(?:,\s*\p{Lu}[\p{L}.]{1,6})*,?\s+")


def _after_name(plain: str, name: str) -> str | None:
    """What follows ``name`` and its credentials at the start of ``plain`` ("is a staff
    writer ..." after "Tessa Kwiatkowski, RN, BSN, "), or None when ``plain`` does not open
    with the name."""
    if not plain.startswith(name):
        return None
    gap = _CREDENTIALS.match(plain, len(name))
    return plain[gap.end() :] if gap else None


#: A name alone on its line, in capitals or not ("ELLEN MARSH", "Ellen Marsh"), and a line
#: opening with one capitalised word, the surname.
_NAME_LINE = regex.compile(r"^[\W_]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}[\W_]*$")
_SURNAME_OPENING = regex.compile(r"^[\W_]*(\p{Lu}[\p{L}'’-]+)\s")
#: The work a writer's bio names.
_WRITER = regex.compile(
    r"\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|freelancer|"
    r"photographer|blogger|author|journalistin|journaliste|redakteur(?:in)?|autor(?:in)?|"
    r"periodista|corresponsal|redactor(?:a)?|rédact(?:eur|rice))\b",
    regex.IGNORECASE,
)


def _name_over_surname(above: str, plain: str) -> bool:
    """Whether ``above`` is a name alone and ``plain`` opens with its surname."""
    first = _SURNAME_OPENING.match(plain)
    return bool(
        first
        and _NAME_LINE.match(above)
        and above.rsplit(maxsplit=1)[-1].casefold() == first.group(1).casefold()
    )


#: How many kept lines from the top an opening bio may stand at, and the prose words that
#: must follow it: the article comes after the bio.
_OPENING_LINES = 3


@register
class OpeningBio(Rule):
    """The author's bio in the third person at the head of the text, naming the author the
    byline gave: "Anna Schmidt ist Stadtplanerin und lehrt an der TU Berlin." under "Ein
    Gastbeitrag von Anna Schmidt", "Jane Doe is a reporter who covers trade." under "By Jane
    Doe".

    Why: guest pieces and columns open with a line about their writer; it is metadata (it
    goes to ``bio``), and the byline names whom it is about.

    Leaves alone: a line that does not open with a byline's author name, or that does not
    go on as a bio does (``closing_bio``: "ist Professorin", "is the author of", "lives
    in"); one below the first three lines of the text; one with less than 50 words of prose
    after it; lines under 8 or over 90 words; and any line when no byline named an author.
    """

    code = "B003"
    name = "opening-bio"
    category = Category.AUTHOR_BIO
    phase = Phase.LAST  # the bylines (H002, H007, H009) are known by then
    needs = ("H002",)
    family = "closing_bio"
    examples = (
        Example(
            "Ein Gastbeitrag von Anna Schmidt\n\nAnna Schmidt ist Stadtplanerin und lehrt an"
            " der Technischen Universität Berlin.\n\n"
            + "Die Sommer werden heißer, und in den Innenstädten staut sich die Hitze. "
            * 5,
            removed=(
                "Anna Schmidt ist Stadtplanerin und lehrt an der Technischen Universität Berlin.",
            ),
            facts={
                "authors": ["Anna Schmidt"],
                "bio": (
                    "Anna Schmidt ist Stadtplanerin und lehrt an der Technischen Universität "
                    "Berlin."
                ),
            },
        ),
    )
    counterexamples = (
        "By Jane Doe\n\nJohn Roe is a professor of history at Yale and a critic of the plan.\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 5,
        "Jane Doe is a reporter who has covered the council since 2009.\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 5,
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.pattern = family_pattern(self.config, self.family, indexed=False)

    def detect(self, doc: Document) -> Iterator[Finding]:
        authors = {f.value for found in doc.prior for f in found.facts if f.field == "author"}
        if not authors:
            return
        kept = doc.kept()
        for k, i in enumerate(kept[:_OPENING_LINES]):
            bio = self._bio(doc.lines[i].plain, authors)
            if bio and _prose_words(doc, kept[k + 1 :]) >= _ARTICLE_WORDS:
                yield Finding(i, i + 1, self.code, "author bio opening the text", (bio,))
                return

    def _bio(self, plain: str, authors: set[str]) -> Fact | None:
        text = plain.strip("_* ")
        if not _BIO_WORDS[0] <= len(text.split()) <= _BIO_WORDS[1]:
            return None
        for author in authors:
            rest = text[len(author) :]
            if (
                text.startswith(author)
                and rest[:1] in (" ", ",")
                and search(self.pattern, rest.lstrip(" ,"))
            ):
                return Fact("bio", text)
        return None


def _prose_words(doc: Document, lines: tuple[int, ...]) -> int:
    """Words of the prose lines among ``lines``."""
    return sum(doc.lines[i].words for i in lines if doc.prose[i])
