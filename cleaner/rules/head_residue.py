"""What the head's widgets leave beside a byline or a dateline (a share count, a section
label, a listen button with its duration, the author's bare name over the date: H011), and a
journalist's role on a line of its own (H012)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import head_lines, lines_removed_by, rule_codes
from cleaner.rules.bylines import PUBLICATION_WORD, bare_name, name_byline, published_first
from cleaner.rules.stopwords import stopwords
from cleaner.text.dates import MONTHS
from cleaner.text.segment import Document

#: Categories of the head's metadata lines that residue stands beside.
_ANCHORS = frozenset({Category.BYLINE, Category.DATELINE})
#: Rules of other categories whose head lines count too: reading time and post meta
#: ("3 min read"), a share bar.
_ANCHOR_CODES = frozenset({"H005", "S001"})
#: A residue line has at most this many words, and looks like a widget (a count, parts
#: between separators) or, over a dateline, like a name.
_RESIDUE_WORDS = 5
_WIDGET = regex.compile(r"^[\W_]*\d[\d.,:]*\s*[kKmM]?(?:\s+\p{L}+)?[\W_]*$|\S\s+[|•·]\s+\S")
#: Residue lines in a row between two metadata lines, at most.
_RUN_LINES = 2
#: A date line with no label before the date ("Nov 28, 2026", not "Stand: 28.01.2022"): a
#: bare name over it is a byline, where over "Stand:" it may be a labelled value ("Ort
#: Kassel").
_PLAIN_DATE = regex.compile(
    rf"^[\W_]*(?:\d|(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b)", regex.IGNORECASE
)
#: A bare count in the head zone: A007's (``head-counter``), which knows it between any two
#: removed lines.
_BARE_COUNT = regex.compile(r"^\s*\d{1,3}(?:[.,]\d{1,3})?\s?[kKmM]?\s*$")
_SENTENCE = regex.compile(r"[.!?:;,][\W_]*$|^[\W_]*[\"“„«‘'’]")


@register
class HeadResidue(Rule):
    """Widget text beside the head's byline or dateline: "214 shares" and "Listen • 3:48"
    under the date, the counts "14" and "3" between the date and the share button, "Diocese
    | Catholic News Herald" over the byline, and the author's name over the date ("Jessica
    Reyes, staff writer", "Bill Haskins"), which goes to ``authors``.

    Why: a page's head holds widgets (share and comment counts, listen buttons, section
    labels, the author's name as a link) around its byline and date; the byline and date
    rules take those lines, and the widgets' words are left between them and the text.

    Judged on the lines that stay, above the first paragraph of 30 words and among the first
    twelve lines, on lines of up to five words that do not end like a sentence: a count
    ("214 shares", "3 mn") or parts between separators ("Listen • 3:48") next to a byline,
    dateline, reading-time or share line (two in a row at most between two of them); and a
    name with a role, or a bare name (or two joined by "and" or "&") over a date with no
    label or with a publishing label ("Published 6:02 a.m. ET March 5, 2024"); over a date
    with a publishing label, also a name with its outlet after a comma ("Kevin Marsh,
    Lakeshore Tribune") and a bare name over its outlet's name ("Dana Whitcomb" /
    "Millbrook Courier"), both lines. A bare count before the first prose line is A007's.

    Leaves alone: the title (the text's first line), a subheading under the byline ("Part
    1", "Introduction") or a bare name over a byline (a repeated title such as "Regaining
    Your Confidence"), a labelled value over a labelled date ("Ort Kassel" over "Stand:
    28.01.2022"), a list of names (a letter's signatories), sentences and quotations, and
    anything under the first long paragraph.
    """

    code = "H011"
    name = "head-residue"
    category = Category.BYLINE
    phase = Phase.LAST  # judged on the lines that stay, beside the byline rules' lines
    needs = ("H002", "H003", "H008", "S001")
    examples = (
        Example(
            "A Title\n\nBy Jane Doe\n\nDecember 1, 2026\n\n214 shares\n\n"
            + "The long body of the article starts here, and it goes on. " * 3,
            removed=("214 shares",),
            facts={"authors": ["Jane Doe"], "date": "2026-12-01"},
        ),
        Example(
            "A Title\n\nThe long standfirst of the piece, which is one sentence.\n\n"
            "Bill Haskins\n\nNov 28, 2026\n\n14\n\n3\n\nShare\n\n"
            + "The long body of the article starts here, and it goes on. "
            * 3,
            removed=("Bill Haskins", "14", "3"),
            facts={"authors": ["Bill Haskins"], "date": "2026-11-28"},
        ),
    )
    counterexamples = (
        "A Title\n\nBy Jane Doe\n\nDecember 1, 2026\n\nThe view from Kyiv\n\n"
        + "The long body of the article starts here, and it goes on. " * 3,
        "A Title\n\nBy Jane Doe\n\nDecember 1, 2026\n\nPart 1\n\n"
        + "The long body of the article starts here, and it goes on. " * 3,
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        #: Codes of the rules whose head lines residue stands beside.
        self.anchor_codes = _ANCHOR_CODES | rule_codes(*_ANCHORS)
        #: Codes of the dateline rules: a bare name over a date is a byline.
        self.date_codes = rule_codes(Category.DATELINE)

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        anchors = lines_removed_by(doc, self.anchor_codes)
        if not anchors:
            return
        dates = lines_removed_by(doc, self.date_codes)
        head = head_lines(doc, removed)
        kept = [i for i in head if i not in removed]
        outlets: set[int] = set()
        for i in kept:
            if i == head[0] or i in outlets or not _short(doc, i):
                continue
            if doc.in_head(i) and _BARE_COUNT.match(doc.lines[i].plain):
                continue  # A007's
            before, after = doc.next_content(i, -1), doc.next_content(i)
            widget = _widget(doc.lines[i].plain)
            up = _run_end(doc, i, -1, removed, kept)
            down = _run_end(doc, i, 1, removed, kept)
            run = [j for j in kept if (up is None or j > up) and (down is None or j < down)]
            if widget and up in anchors and down in anchors and len(run) <= _RUN_LINES:
                yield self._finding(doc, i)  # counts between the date and the share button
            elif widget and (before in anchors or after in anchors):
                yield self._finding(doc, i)  # "214 shares", "Listen • 3:48" beside the date
            elif after in anchors and (
                name_byline(doc.lines[i])
                or (
                    after in dates
                    and _plain_date(doc, after)
                    and (
                        bare_name(doc.lines[i])
                        or _names(doc.lines[i].plain)
                        or (
                            published_first(doc.lines[after])
                            and _name_and_outlet(doc.lines[i].plain)
                        )
                    )
                )
            ):
                yield self._finding(doc, i)  # the author's name over the date
            elif after is not None and after in kept and _over_outlet_and_date(doc, i, dates):
                outlets.add(after)  # "Dana Whitcomb" / "Millbrook Courier" / "Published ..."
                yield self._finding(doc, i)
                yield Finding(after, after + 1, self.code, "the outlet under the author's name")

    def _finding(self, doc: Document, index: int) -> Finding:
        line = doc.lines[index]
        name = name_byline(line) or bare_name(line) or _name_and_outlet(line.plain)
        names = [name] if name else _names(line.plain)
        facts = tuple(Fact("author", each) for each in names)
        return Finding(index, index + 1, self.code, "widget text beside the byline", facts)


def _over_outlet_and_date(doc: Document, index: int, dates: frozenset[int]) -> bool:
    """Whether a bare name stands over an outlet's name over a date with a publishing
    label (over a plain date they may be a speaker and the paper she edits, over an
    event's date)."""
    outlet = doc.next_content(index)
    if outlet is None:
        return False
    date = doc.next_content(outlet)
    return (
        date is not None
        and date in dates
        and bare_name(doc.lines[index]) is not None
        and _outlet(doc.lines[outlet].plain.strip())
        and published_first(doc.lines[date])
    )


def _plain_date(doc: Document, index: int) -> bool:
    """A date with no label, or with a publishing label ("Published 6:02 a.m. ET March 5,
    2024"), not a labelled value's ("Stand: 28.01.2022")."""
    line = doc.lines[index]
    return bool(_PLAIN_DATE.match(line.plain)) or published_first(line)


#: The outlet's name between the author's name and the date: "Millbrook Courier", "USA
#: TODAY", "The Lakeshore Tribune" (capitalised words, "of", "the", "and" or "&" between,
#: one of them a publication's word: "Royal Albert Hall" and "Buenos Aires" are places).
_OUTLET_SHAPE = regex.compile(
    r"^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}&'’.-]*)){0,3}$"
)
#: Words that end an outlet's name in capitals, which are common words in lower case ("a
#: cycle courier"): "Millbrook Courier", "USA TODAY", "The Evening Star".
_OUTLET_END = regex.compile(r"\s(?:Courier|Today|TODAY|Star|Sun)$")


def _outlet(text: str) -> bool:
    """Whether a text is an outlet's name (:data:`_OUTLET_SHAPE`, with a publication's word
    or :data:`_OUTLET_END`)."""
    return bool(_OUTLET_SHAPE.match(text)) and bool(
        PUBLICATION_WORD.search(text) or _OUTLET_END.search(text)
    )


_NAME_PART = regex.compile(r"^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,2}$")
_NAME_JOINT = regex.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_AND = regex.compile(r"\s(?:and|&)\s")


def _names(text: str) -> list[str]:
    """Two or three names joined by "and" or "&", and commas before it ("Emma Thibodeau and
    Raj Patel", "A B, C D and E F"), each of two or three capitalised words, none a common
    word; else none. Two joined by a comma alone are a name and its outlet ("Kevin Marsh,
    Lakeshore Tribune": :func:`_name_and_outlet`)."""
    if not _AND.search(text):
        return []
    parts = _NAME_JOINT.split(text.strip())
    if not 2 <= len(parts) <= 3 or not all(_NAME_PART.match(part) for part in parts):
        return []
    return [] if any(_common_word(part) for part in parts) else parts


def _name_and_outlet(text: str) -> str | None:
    """The name of a name and its outlet after a comma ("Kevin Marsh, Lakeshore Tribune",
    "Tyler Moen, Sideline Report Staff"), or None."""
    name, comma, outlet = text.strip().partition(", ")
    if not comma or not _NAME_PART.match(name) or not _outlet(outlet):
        return None
    return None if _common_word(name) else name


def _short(doc: Document, index: int) -> bool:
    line = doc.lines[index]
    return (
        line.kind is LineKind.TEXT
        and 0 < line.words <= _RESIDUE_WORDS
        and not _SENTENCE.search(line.plain.strip())
    )


def _widget(text: str) -> bool:
    """A widget's text: a count and a word at most ("214 shares", "3 mn", "14"; not "3
    verrückte Orte in Berlin", a listicle's title), or parts between separators ("Listen •
    3:48", "Diocese | Catholic News Herald")."""
    return bool(_WIDGET.search(text))


def _run_end(
    doc: Document, index: int, step: int, removed: frozenset[int], kept: list[int]
) -> int | None:
    """The first line past the run of short kept lines through ``index`` in one direction."""
    j = doc.next_content(index, step)
    while j is not None and j in kept and j not in removed and _short(doc, j):
        j = doc.next_content(j, step)
    return j


#: A journalist's role that closes a line, after capitalised words or a desk's words:
#: "Environment correspondent", "CNBC Executive News Editor", "KVRX Digital Producer",
#: "Oliver Pemberton Political Correspondent"; maybe after a name and a comma.
_ROLE_LINE = regex.compile(
    r"^(?:(?!By\s)(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}),\s+)?"
    r"(?P<desk>(?:(?:\p{Lu}[\p{L}&'’.-]*|senior|chief|staff|deputy|digital|political|news|"
    r"business|sports?|science|health|community|foreign|economics|education|investigative|"
    r"contributing|executive|managing|associate)\s+){1,5})"
    r"(?i:correspondent|reporter|editor|writer|columnist|producer|contributor|journalist)$"
)
#: A role line is this short.
_ROLE_WORDS = 7


@register
class RoleLine(Rule):
    """A line in the head that gives a journalist's role, with or without the name: "Jenna
    Marlowe, KVRX Digital Producer", "Environment correspondent" under "Oliver Penhallow",
    "CNBC Executive News Editor", "Oliver Pemberton Political Correspondent"; a bare name
    right over such a role goes with it, and to ``authors`` (a name fused with its desk, as
    in the last, gives none).

    Why: many sites print the author's name and desk as two lines or one under the title,
    with no "By"; once the name or the desk stands alone, no byline rule reads it.

    Judged above the first paragraph of 30 words and among the first twelve lines, on lines
    of up to seven words whose last word is a role (correspondent, reporter, editor, writer,
    columnist, producer, contributor, journalist) and whose other words are capitalised or a
    desk's words ("senior", "political", "digital", ...), none a common word.

    Leaves alone: the title (the text's first line), roles in plural ("Feed producers", a
    list), a role in a sentence ("She is our science editor."), lowercase words before the
    role ("the making of a war correspondent"), a title with a common word ("The Ghost
    Writer", "Letters To The Editor"), and anything under the first long paragraph.
    """

    code = "H012"
    name = "role-line"
    category = Category.BYLINE
    phase = Phase.LAST  # judged on the lines that stay above the first paragraph
    examples = (
        Example(
            "Flood warnings issued across the valley\n\nOliver Penhallow\n\n"
            "Environment correspondent\n\n"
            + "More than 40 flood warnings are in place after two days of heavy rain. "
            * 3,
            removed=("Oliver Penhallow", "Environment correspondent"),
            facts={"authors": ["Oliver Penhallow"]},
        ),
        Example(
            "Crews battle house fire\n\nJenna Marlowe, KVRX Digital Producer\n\n"
            + "A family of five escaped without injury on Sunday after a fire. " * 3,
            removed=("Jenna Marlowe, KVRX Digital Producer",),
            facts={"authors": ["Jenna Marlowe"]},
        ),
    )
    counterexamples = (
        "Flood warnings issued across the valley\n\nThe making of a war correspondent\n\n"
        + "More than 40 flood warnings are in place after two days of heavy rain. " * 3,
        "Reviews\n\nThe Ghost Writer\n\n"
        + "Polanski's thriller follows a writer hired to finish a politician's memoir. " * 3,
        "Farm prices\n\nFeed producers\n\nLivestock producers\n\n"
        + "More than 40 farms have raised their prices after two dry summers in a row. " * 3,
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        head = head_lines(doc, removed)
        for i in head[1:]:
            line = doc.lines[i]
            if i in removed or line.kind is not LineKind.TEXT or line.words > _ROLE_WORDS:
                continue
            m = _ROLE_LINE.match(line.plain.strip())
            if not m or _common_word(m.group("desk")):
                continue
            name = m.group("name")
            above = doc.next_content(i, -1)
            if (
                not name
                and above is not None
                and above != head[0]
                and above not in removed
                and (above_name := bare_name(doc.lines[above]))
            ):
                author = (Fact("author", above_name),)
                reason = "the author's name over the role"
                yield Finding(above, above + 1, self.code, reason, author)
            facts = (Fact("author", name),) if name else ()
            yield Finding(i, i + 1, self.code, "a journalist's role in the head", facts)


def _common_word(words: str) -> bool:
    """Whether the words hold a common word: "The Ghost Writer", "Letters To The Editor" are
    titles, not a desk over a role; "Salt and Pepper" is no name."""
    return any(word.casefold() in stopwords() for word in words.split())
