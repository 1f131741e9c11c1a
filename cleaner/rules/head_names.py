"""The head's lines around the title that no phrase knows: the author's bare name under it,
over the head's metadata (H013), and the site's and section's names over it (H014)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import head_lines, lines_removed_by, rule_codes
from cleaner.rules.bylines import PUBLICATION_WORD, bare_name, byline_names, labelled_date
from cleaner.rules.head_shapes import is_headline, is_label, labels_over_title
from cleaner.rules.stopwords import stopwords
from cleaner.text.segment import Document

#: Codes of the rules, besides the byline and dateline ones, whose head lines stand under an
#: author's name: reading time and post meta. A share bar and the page's buttons ("Follow")
#: may stand between the name and those lines.
_META_CODES = frozenset({"H005"})
_BUTTON_CODES = frozenset({"S001", "A005"})
#: A line between the name and the metadata: a role of up to eight words that names a
#: journalist's job ("Investigador del ..." does not; a town alone does not either: "Bass"
#: and "Washington" under a performer's or a speaker's name read the same).
_ROLE_WORDS = 8
_ROLE = regex.compile(
    r"\b(?:reporter|editor|correspondent|writer|journalist|columnist|producer|contributor|"
    r"redakteur\w*|korrespondent\w*|journaliste|rédact\w*|correspondant\w*|periodista|"
    r"redactor\w*|corresponsal|giornalista|redattor\w*|inviat[oa]|jornalista|repórter|"
    r"redator\w*|staff|desk|\w*büro|bureau|redaktion|rédaction|redacción|redação|redazione)\b",
    regex.IGNORECASE,
)
#: The words a place's or a club's name opens with, not a person's ("Rio Grande do Sul",
#: "Buenos Aires", "Santa Cruz de Tenerife", "Real Madrid").
_NOT_FIRST_NAME = frozenset(
    [
        "rio",
        "río",
        "são",
        "sao",
        "santa",
        "santo",
        "san",
        "sankt",
        "saint",
        "st",
        "st.",
        "buenos",
        "nueva",
        "nuevo",
        "new",
        "porto",
        "puerto",
        "ciudad",
        "villa",
        "vila",
        "bad",
        "monte",
        "costa",
        "reggio",
        "palma",
        "las",
        "los",
        "real",
        "atlético",
        "atletico",
        "sporting",
        "inter",
        "fc",
        "ac",
        "as",
        "sc",
        "borussia",
        "olympique",
        "club",
        "union",
    ]
)
#: A line of the kept head over the name: the title or a standfirst, not a site's name.
_TITLE_WORDS = 4
_SENTENCE_END = regex.compile(r"[.!?:;][\W_]*$|^[\W_]*[\"“„«‘'’]|\d")
#: A name word ("Moal", "Oyelowo-Birch", "J.") and the particles a name may hold between
#: them, capitalised or not ("Gaëlle Le Moal", "Ursula von der Leyen").
_NAME_WORD = regex.compile(r"^\p{Lu}(?:[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\.)$")
_PARTICLE = regex.compile(r"^(?i:de|da|di|do|dos|das|del|della|van|von|der|den|la|le|du|ten)$")
_NAME_WORDS = (2, 5)
#: A name, then a separator and what follows it: the desk, outlet or town (at most four
#: words), or a handle in brackets.
_NAME_AND_MORE = regex.compile(
    r"^(?P<name>[^,·|–—()@]+?)\s*(?:[,·|]\s*(?P<more>[^,·|–—]+)|\((?P<more>@?\w{2,30})\))$"
)
_MORE_WORDS = 4
#: What follows a name when it is the author's town: a place after "from" ("de Brasília",
#: "aus Bonn"); or the outlet, told by a publication's word (:data:`PUBLICATION_WORD`).
_TOWN = regex.compile(r"^(?:de|da|do|di|du|aus|from|em|à)\s+\p{Lu}", regex.IGNORECASE)


def _name(text: str) -> str | None:
    """A person's name and nothing else: two to five words, capitalised name words with
    particles between them ("Gaëlle Le Moal", "Lucía Quesada Montoro"), no common word."""
    parts = text.split()
    if not _NAME_WORDS[0] <= len(parts) <= _NAME_WORDS[1]:
        return None
    for k, word in enumerate(parts):
        inner = 0 < k < len(parts) - 1
        if inner and _PARTICLE.match(word):
            continue
        if not _NAME_WORD.match(word) or word.casefold() in stopwords():
            return None
    return text


@register
class NameOverMeta(Rule):
    """The author's name on the line under the title, over the date, the byline's desk or
    the post's meta (past the head's buttons), perhaps with the journalist's role between:
    "Alberto Lacasa" / "27 NOV 2025 - 20:31 CET", "Hana Oyelowo-Birch" / "Senior Reviews
    Editor", "Jonah Kessel" / "Follow" / "Apr 3, 2018 · 7 min read"; also with the desk,
    outlet or town after it ("Tyler Moen, Sideline Report Staff", "Emma Thibodeau · Maple
    Post News") or a handle ("Devin Castellano (TSCastellano)"). The name
    goes to ``authors``.

    Why: news sites print the author's name as a link on its own line, with no "By", and
    the extractor keeps it; the date and button lines under it are taken by other rules,
    the name was left at the top of the text.

    Judged above the first paragraph of 30 words and among the first twelve lines: a line
    under the title the report took or a kept line of four words or more (the title, a
    standfirst; metadata lines may stand between), of two to five capitalised words with
    particles between them and no common word (then perhaps a ",", "·" or "|" and at most
    four words, or a handle in brackets), whose next line past the share bar and the
    buttons a byline, dateline or post-meta rule removed; or the line after that, when the
    line between is a journalist's role ("Redakteurin im Hauptstadtbüro", up to eight
    words). The words after a name's comma
    must name an outlet ("News", "Staff"), a role, or a place after "from" ("de Brasília").

    Leaves alone: the title itself; a line under a site's name ("Sally's Kitchen" over
    "Lemon Drizzle Cake"); a line over buttons only ("Jump to Recipe", "Reply"); a name over
    a headline, a tagline or a kicker ("Lídia Jorge" / "Escritora portuguesa", "Esperanza
    Spalding" / "Live in concert"); a place's or a club's name ("Rio Grande do Sul", "Buenos
    Aires, Argentina", "Real Madrid"); a match ("Real Madrid – FC Barcelona"); a line over a
    byline that names the author ("Regaining Your Confidence" over "by Carl Greer": a
    repeated title); a line over a labelled value's date ("Ort Kassel" over "Stand:
    28.01.2022", a block of values); a name over a kept line (an obituary's name over the
    years of the life, a subheading); a name with a common word ("Notes From Home"); and
    anything under the first long paragraph.
    """

    code = "H013"
    name = "name-over-meta"
    category = Category.BYLINE
    phase = Phase.LAST  # judged on the lines the head's rules left
    needs = ("H002", "H003", "H005", "H008", "S001", "A005")
    examples = (
        Example(
            "Budget passes by one vote\n\nAlberto Lacasa\n\nPolitical correspondent\n\n"
            "27 NOV 2025 - 20:31 CET\n\n"
            + "The budget passed its first reading in parliament by a single vote today. "
            * 3,
            removed=("Alberto Lacasa", "Political correspondent"),
            facts={"authors": ["Alberto Lacasa"], "date": "2025-11-27"},
        ),
        Example(
            "Tempête : la solidarité s'organise\n\nGaëlle Le Moal\n\n28/11/2025\n\n"
            + "Deux jours après le passage de la tempête, les habitants découvrent les dégâts. "
            * 3,
            removed=("Gaëlle Le Moal",),
            facts={"authors": ["Gaëlle Le Moal"], "date": "2025-11-28"},
        ),
        Example(
            "Kessler's late 3 lifts Rapids past Comets\n\nTyler Moen, Sideline Report Staff\n\n"
            "Published 10:48 p.m. CT Jan. 22, 2016\n\n"
            + "Drew Kessler hit a 3-pointer with 4.1 seconds left in overtime on Friday. "
            * 3,
            removed=("Tyler Moen, Sideline Report Staff",),
            facts={"authors": ["Tyler Moen"], "date": "2016-01-22"},
        ),
    )
    counterexamples = (
        # More than a desk after the name: a sentence's words.
        "Budget passes by one vote\n\nAlberto Lacasa, who covered the budget for ten years\n\n"
        "27 NOV 2025 - 20:31 CET\n\n"
        + "The budget passed its first reading in parliament by a single vote today. "
        * 3,
        "Regaining Your Confidence\n\nRegaining Your Confidence\n\nby Carl Greer, PhD\n\n"
        + "Do you lose confidence after a loss or a failure? It may be hard to tell. " * 3,
        "Obituaries\n\nMargaret Ellison Harwick\n\nMarch 2, 1938 – February 20, 2024\n\n"
        + "Margaret Ellison Harwick, 85, of Green Hollow, died peacefully at home. " * 3,
        "Regaining Your Confidence\n\nNotes From Home\n\nDecember 1, 2026\n\n"
        + "The long body of the article starts here, and it goes on and on. " * 3,
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.meta_codes = _META_CODES | rule_codes(Category.BYLINE, Category.DATELINE)
        self.title_codes = rule_codes(Category.TITLE)

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        meta = lines_removed_by(doc, self.meta_codes)
        if not meta:
            return
        titles = lines_removed_by(doc, self.title_codes)
        buttons = lines_removed_by(doc, _BUTTON_CODES)
        head = head_lines(doc, removed)
        over_name = meta | buttons  # what may stand between the title and the name
        for i in head[1:]:
            if i in removed or not _under_title(doc, i, over_name, titles, removed):
                continue
            name = bare_name(doc.lines[i]) or _text_name(doc, i)
            if name is not None and name.split()[0].casefold() in _NOT_FIRST_NAME:
                continue
            found = _over_meta(doc, i, meta, buttons, removed)
            if name is None or found is None:
                continue
            reason = "the author's name over the head's metadata"
            yield Finding(i, i + 1, self.code, reason, (Fact("author", name),))
            if found != i:
                yield Finding(found, found + 1, self.code, "the author's role")
            return


def _under_title(
    doc: Document, index: int, meta: frozenset[int], titles: frozenset[int], removed: frozenset[int]
) -> bool:
    """Whether the title the report took, or a kept line of four words or more (the title, a
    standfirst; not a site's name such as "Sally's Kitchen"), stands over the line, with only
    metadata lines between ("Stand: 14.11.2025" between the title and the name)."""
    above = doc.next_content(index, -1)
    while above is not None and above in meta:
        above = doc.next_content(above, -1)
    if above is None:
        return False
    return above in titles or (above not in removed and doc.lines[above].words >= _TITLE_WORDS)


def _text_name(doc: Document, index: int) -> str | None:
    """The name of a line that holds a name, perhaps with the author's desk, outlet or town
    after a separator ("Tyler Moen, Sideline Report Staff", "Camila Rezende, de Brasília",
    "Emma Thibodeau · Maple Post News") or a handle in brackets ("Devin Castellano
    (TSCastellano)")."""
    line = doc.lines[index]
    if line.kind is not LineKind.TEXT or line.link_chars:
        return None
    text = line.plain.strip()
    m = _NAME_AND_MORE.match(text)
    if m is None:
        return _name(text)
    more = m.group("more")
    if len(more.split()) > _MORE_WORDS or _SENTENCE_END.search(more):
        return None
    if not (
        text.endswith(")")
        or _ROLE.search(more)
        or PUBLICATION_WORD.search(more)
        or _TOWN.search(more)
    ):
        return None  # "Hong Kong, China", "Campo Grande, MS": a place and its country
    return _name(m.group("name"))


def _over_meta(
    doc: Document,
    index: int,
    meta: frozenset[int],
    buttons: frozenset[int],
    removed: frozenset[int],
) -> int | None:
    """``index`` when a metadata line stands under it (past the head's buttons); the index
    of the author's role between them when one stands there; else None."""
    below = _past(doc, index, buttons)
    if below is None:
        return None
    if below in meta:
        return index if _plain_meta(doc, below) else None
    line = doc.lines[below]
    if below in removed or line.kind is not LineKind.TEXT or not _journalist_role(line.plain):
        return None
    after = _past(doc, below, buttons)
    return below if after is not None and after in meta and _plain_meta(doc, after) else None


def _past(doc: Document, index: int, buttons: frozenset[int]) -> int | None:
    """The next non-blank line under ``index`` that is not one of the head's buttons."""
    below = doc.next_content(index)
    while below is not None and below in buttons:
        below = doc.next_content(below)
    return below


def _journalist_role(text: str) -> bool:
    """A journalist's role ("Redakteurin im Hauptstadtbüro"); not a headline, not a town or
    a venue ("Washington", "Albert Hall, London"), not a person's tagline ("Escritora
    portuguesa", "Retired teacher and choir director")."""
    text = text.strip()
    if _SENTENCE_END.search(text):
        return False
    return len(text.split()) <= _ROLE_WORDS and bool(_ROLE.search(text))


def _plain_meta(doc: Document, index: int) -> bool:
    """Whether a metadata line leaves the author unnamed: not a byline with names ("by Carl
    Greer": the line over it repeats the title), not a labelled value's date ("Stand:
    28.01.2022": the line over it is a value too)."""
    line = doc.lines[index]
    return not byline_names(line) and not labelled_date(line)


#: The lines between the headline and the byline or date under it, at most.
_TO_META = 3


@register
class LabelOverTitle(Rule):
    """The site's name and section labels on the lines over the headline, where a byline or
    a date stands under it: "Circuit Almanac" over "Quillbook launches its first color
    e-reader ..." over the author and the date, under a breadcrumb; "Sports | Cyclisme"
    and "Tour de France" over an interview's headline; "DEBAT".

    Why: an extractor keeps the masthead and the section's name as short lines over the
    headline; the common section names go by their word (A011), the site's own names and
    its sections' names are words no list holds, but they stand where only labels stand.

    Judged in the head, over the headline: the first kept line (or the title the report
    took) of five words or more that is shaped as a headline (a capital first, no full stop,
    comma, colon or ellipsis at the end) and is no label, under which a byline, dateline or
    author line stands within three lines. Every
    kept line over it must be a label: at most three words, or six with a separator between
    parts, not ending like a sentence, not a quotation and not a score ("England 24-22
    Wales"); else none goes.

    One label alone over the headline goes only when no short title reads like it: its
    parts between separators ("Sports | Cyclisme") or in capitals ("DEBAT"). A single
    capitalised line ("Circuit Almanac", "Undertow", "Lemon Drizzle Cake") may be the title
    over its deck, and stays; two labels or more go ("Cultura" / "Archeologia").

    Leaves alone: the headline and everything under it; a head with no byline or date under
    a headline; a head where a longer line stands over the headline (a short title over a
    deck: "The tram that never came back" over a sentence is the title, not a label, when a
    line of the text stands over it too); and anything under the first long paragraph.
    """

    code = "H014"
    name = "label-over-title"
    category = Category.NAVIGATION
    phase = Phase.LAST  # judged on the head's lines once the byline rules took theirs
    needs = ("H002", "H003", "H005", "H007", "H008", "H013")
    examples = (
        Example(
            "Gadgets | E-readers\n\nQuillbook launches its first color e-reader at $229\n\n"
            "Feb 18, 2025, 9:00 AM EST\n\n"
            + "Quillbook is finally adding color to its e-reader lineup, the company said. "
            * 3,
            removed=("Gadgets | E-readers",),
            facts={"date": "2025-02-18"},
        ),
        Example(
            "Sports | Cyclisme\n\nTour de France\n\n"
            "Théo Morvan : « Sur le vélo, je ne pense jamais à la douleur »\n\n"
            "Par Julie Marchand\n\n"
            + "À 24 ans, le grimpeur breton dispute son troisième Tour de France cet été. "
            * 3,
            removed=("Sports | Cyclisme", "Tour de France"),
            facts={"authors": ["Julie Marchand"]},
        ),
    )
    counterexamples = (
        # One capitalised line over a headline-shaped deck: it may be a short title.
        "Undertow\n\nHow a small coastal town learned to live with the sea\n\n"
        "By Maria Lopez\n\n"
        + "The sea came into the town twice last winter, and it will come again. "
        * 3,
        # No byline or date under the headline: which line is the title is unclear.
        "Circuit Almanac\n\nQuillbook launches its first color e-reader at $229\n\n"
        + "Quillbook is finally adding color to its e-reader lineup, the company said. " * 3,
        # A line that is no label over the headline: the head's shape is unclear.
        "Restoring a Chopper\n\nThe frame came back from the powder coater on Friday\n\n"
        "Part three of the series\n\nMarch 3, 2025\n\n"
        + "The frame came back from the powder coater on Friday, and I am delighted. "
        * 3,
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.meta_codes = rule_codes(Category.BYLINE, Category.DATELINE)
        self.title_codes = rule_codes(Category.TITLE)

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        meta = lines_removed_by(doc, self.meta_codes)
        if not meta:
            return
        titles = lines_removed_by(doc, self.title_codes)
        head = [i for i in head_lines(doc, removed) if i not in removed or i in titles]
        headline = next((i for i in head if _headline_over_meta(doc, i, meta)), None)
        if headline is None:
            return
        above = [i for i in head if i < headline and i not in removed]
        if not labels_over_title([doc.lines[i] for i in above]):
            return
        for i in above:
            yield Finding(i, i + 1, self.code, "the site's or section's name over the headline")


def _headline_over_meta(doc: Document, index: int, meta: frozenset[int]) -> bool:
    """Whether a line is shaped as a headline and a byline, dateline or author line stands
    within three lines under it."""
    line = doc.lines[index]
    if not is_headline(line) or is_label(line):
        return False  # "News & Events / Research" is a label, not the headline
    below = doc.next_content(index)
    for _ in range(_TO_META):
        if below is None:
            return False
        if below in meta:
            return True
        below = doc.next_content(below)
    return False
