"""Bylines and datelines outside the head zone: H006 after the article; H007 and H008 a few
lines below the head, under a promo or a repeated title; H009 inside the text, over a piece
the page carries (a repost's own title and byline)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, Line
from cleaner.registry import Example, Phase, register
from cleaner.rules.base import LineRule, after_most_prose, lines_removed_by, rule_codes
from cleaner.rules.bylines import (
    DATELINE_MAX_WORDS,
    agency_byline,
    bare_name,
    byline_facts,
    byline_names,
    byline_parts,
    date_only,
    dateline,
    name_byline,
    only_roles_after_comma,
    published_first,
)
from cleaner.rules.phrases import search
from cleaner.rules.stopwords import stopwords
from cleaner.text.segment import Document

#: A short "Label: value" line, as in a fact box ("Seiten: 400", "Verlag: Fischer").
_FIELD = regex.compile(r"^\W*\p{L}[\p{L} .-]{1,24}\s*:\s*\S")


def _is_field(doc: Document, index: int) -> bool:
    return doc.lines[index].words <= 12 and bool(_FIELD.match(doc.lines[index].plain))


@register
class ClosingByline(LineRule):
    """A byline after the article: "Autor: Anna Schmidt", "Von Clemens Höges", "Par Jean
    Dupont" under the text.

    Why: many sites credit the author at the end; the name is metadata, like a byline in
    the head (it goes to ``authors``).

    A wire credit in brackets is one: "(Reporting by Jane Doe)"; a bracketed line under a
    bare "By" is not ("(By Appointment Only)" is a notice).
    A news agency after the names, with or without "By" ("By Jane Doe, Reuters", "Jane Doe
    | Reuters"), goes to ``publisher`` and ``source``; such a line only as the text's last,
    not under a label or another name with an organisation (a list of names). A role or a
    degree after a comma keeps a byline one ("By Jane Doe, Staff Writer", "Written by Sarah
    Linwood, CNP").

    Leaves alone: such a line before half of the article's prose (H002 judges the head),
    a byline with an affiliation or a list of names ("Autor: Jane Roe, University of
    Bristol"), one in a fact box (a book's "Autorin: X" next to "Verlag: Y"), lines in
    capitals ("POR ESO INFORMAR ES"), and lines over 10 words.
    """

    code = "H006"
    name = "closing-byline"
    category = Category.BYLINE
    phase = Phase.LAST  # judged on the lines that stay
    max_words = 10
    reason = "byline after the article"
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\nAutor: Anna Schmidt\n",
            removed=("Autor: Anna Schmidt",),
            facts={"authors": ["Anna Schmidt"]},
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\n(Reporting by Jane Doe)\n",
            removed=("(Reporting by Jane Doe)",),
            facts={"authors": ["Jane Doe"]},
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\n(By Appointment Only)\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nAutor: Steffen Pache, Landesanstalt für Landwirtschaft\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nSeiten: 400\n\nAutorin: Alys Arden\n\nVerlag: Fischer\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        # Judged on the lines that stay, so a second run, without the removed ones, agrees.
        kept = doc.kept()
        total = sum(doc.lines[i].words for i in kept if doc.prose[i])
        before = 0
        for k, i in enumerate(kept):
            line = doc.lines[i]
            if doc.prose[i]:
                before += line.words
            if line.kind not in self.kinds or line.words > self.max_words or before * 2 < total:
                continue
            if any(_is_field(doc, kept[j]) for j in (k - 1, k + 1) if 0 <= j < len(kept)):
                continue  # "Autorin: Alys Arden" between "Seiten: 400" and "Verlag: X"
            found = self.match(doc, i)
            if found:
                yield found

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if line.plain.isupper():
            return None
        names = byline_names(line)
        if not names:
            agency = agency_byline(self.config, line)
            if agency is None or not _closes_text(doc, index):
                return None
            author, name = agency  # "Jane Doe | Reuters", "Jane Doe, Associated Press"
            return self.finding(
                index,
                index + 1,
                (Fact("author", author), Fact("publisher", name), Fact("source", name)),
            )
        if "," in line.plain and not only_roles_after_comma(line):
            # Only a news agency, a role or a degree after a comma ("By Jane Doe, Reuters",
            # "By Jane Doe, Staff Writer"): an affiliation ("Jane Roe, University of
            # Bristol") makes the line a signature.
            facts = byline_facts(self.config, line, names, byline_parts(line))
            agencies = [f for f in facts if f.field == "publisher"]
            if not agencies or line.plain.count(",") > len(agencies):
                return None
            if not _closes_text(doc, index):
                return None  # "Danish Siddiqui, Reuters" in a list of names
            return self.finding(index, index + 1, facts)
        return self.finding(index, index + 1, tuple(Fact("author", n) for n in names))


def _closes_text(doc: Document, index: int) -> bool:
    """Whether line ``index`` is the last that stays, under a line that is not a label or a
    name with an organisation too (a byline with an agency closes the text; in a list of
    names, "Danish Siddiqui, Reuters" is one of them)."""
    kept = doc.kept()
    if not kept or kept[-1] != index:
        return False
    if len(kept) < 2:
        return True
    above = doc.lines[kept[-2]].plain.rstrip()
    return not above.endswith(":") and not _NAME_AND_ORG.match(above)


#: A name and an organisation after a comma or a bar: "Nick Ut | AP", "Anna Schmidt, dpa".
_NAME_AND_ORG = regex.compile(
    r"^[\W_]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[,|]\s*\S.{0,40}$"
)


#: The author's handle alone on its line: "@PhoneDog_Alex".
_HANDLE = regex.compile(r"^[\W_]*@\w{2,30}[\W_]*$")
#: How many lines that stay the zone below the head holds (H007, H008).
_BELOW_HEAD_LINES = 6
#: How many a byline with its word ("By ...", H007) or a dateline that is the news head's
#: own (under the author's bare name or opening with a publishing label, H008) may stand
#: among: a site's name, two section labels, the title, its standfirst, the author's name and
#: the date fit in them.
_BELOW_HEAD_LINES_BY_NAME = 8
#: A line of this many words is the body's first long paragraph: no byline stands below it.
_LONG_PARAGRAPH = 30
# A role under a byline: "Guest writer for Wake Up World", "Staff Writer".
_ROLE = regex.compile(
    r"^[\W_]*(?:guest|staff|contributing|senior|special|freelance)\s+"
    r"(?:writer|author|contributor|correspondent|reporter|columnist|editor)\b.{0,50}$",
    regex.IGNORECASE,
)


# A byline without "By": a name of two or three words, a slash and a publication, in capitals
# or title case ("PETER KORZUN / STRATEGIC CULTURE", "Jim Quinn / The Burning Platform").
_NAME_SLASH = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+/\s+"
    r"(?P<source>\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|the|and|&)){0,4})$"
)


def name_slash(line: Line) -> tuple[str, str] | None:
    """(author, publication) of a "NAME / PUBLICATION" byline; a name in capitals comes in
    title case ("PETER KORZUN" as "Peter Korzun")."""
    m = _NAME_SLASH.match(line.plain.strip())
    if not m:
        return None
    name, source = m.group("name"), m.group("source")
    if name.isupper():
        name = name.title()
    if source.isupper():
        source = source.title()
    return name, source


def below_head(doc: Document, share: float, lines: int = _BELOW_HEAD_LINES) -> tuple[int, ...]:
    """The lines that stay where a byline or dateline may stand below the head zone (H002
    and H003 judge the zone itself): among the first ``lines`` (six), up to the body's first
    long paragraph or its third sentence."""
    kept = doc.kept()[:lines]
    sentences = 0
    for k, i in enumerate(kept):
        if doc.prose[i]:
            sentences += 1
            if doc.lines[i].words >= _LONG_PARAGRAPH or sentences > 2:
                kept = kept[:k]
                break
    end, _ = doc.head_zone(share)
    return tuple(i for i in kept if i >= end)


#: Among how many lines that stay a bare byline may stand under a long paragraph (H009).
_BARE_BYLINE_LINES = 8
_BARE_BYLINE_WORDS = 8


def _bare_byline(line: Line) -> bool:
    """Whether the line is a byline word and names of two words or more only, none of them
    a common word: "By RONI CARYN RABIN", "by Michelle Maisto"; not "Von Anfang An"."""
    parts = byline_parts(line)
    if parts is None or parts[1] or parts[2] or line.words > _BARE_BYLINE_WORDS:
        return False
    names = parts[0]
    if line.words != 1 + sum(len(n.split()) for n in names) + len(names) - 1:
        return False  # something else on the line than the names and one "and" between them
    return all(len(n.split()) >= 2 for n in names) and not _common_word(names)


#: Particles of names, which are common words too: "Ursula von der Leyen", "Jan de Vries".
_PARTICLE = regex.compile(r"^(?:de|da|di|del|della|van|von|der|den|la|le|du|y|bin|al|ibn)$")


def _common_word(names: tuple[str, ...] | list[str]) -> bool:
    """Whether a name holds a common word other than a particle: "VON ANFANG AN" is a
    heading's words, not a byline."""
    return any(
        w.casefold() in stopwords() and not _PARTICLE.match(w.casefold())
        for n in names
        for w in n.split()
    )


@register
class BylineBelowHead(LineRule):
    """A byline a few lines below the head zone, under a promo or a repeated title:
    "By Lisa Haven" after "Headline: ... Stocks Are Next!", with a dateline or a role
    ("Guest writer for Wake Up World") next to it.

    Why: sites put a promo sentence or a teaser between the title and the byline; a
    sentence ends the head zone (H002), so the byline stood in the text. The names go to
    ``authors``, a publication after them to ``source`` ("By X / American Thinker").

    Judged on the lines that stay: only among the first six of them (eight for a byline with
    its word), above the body's first long paragraph (30 words) and with at most two
    sentences before it, and only a byline with "By" and names of two words or more, or with
    a publication after them; or a name of two or three words, a slash and a publication
    ("PETER KORZUN / STRATEGIC CULTURE"). In the head zone, which is H002's, only what H002
    does not know: a "NAME / PUBLICATION" byline (never the text's first line, its title)
    and a role line just under a byline that H002 took ("By Paul Levy" / "Guest writer for
    Wake Up World" once a promo above them went).

    Leaves alone: "By Monday" or "By Car" (one word: a date or a subheading), names with a
    common word ("VON ANFANG AN": a heading), bylines under the body's first long paragraph
    (H009's to judge), and lines over 12 words.
    """

    code = "H007"
    name = "byline-below-head"
    category = Category.BYLINE
    phase = Phase.LAST  # judged on the lines that stay, as a second run sees them
    needs = ("H002",)
    max_words = 12
    reason = "byline a few lines into the article"
    examples = (
        Example(
            "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
            "By Lisa Haven\n\n" + "The long body of the article starts here, and it goes on. " * 3,
            removed=("By Lisa Haven",),
            facts={"authors": ["Lisa Haven"]},
        ),
        Example(
            "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
            "March 26th, 2017\n\nBy Paul Levy\n\nGuest writer for Wake Up World\n\n"
            + "The long body of the article starts here, and it goes on. "
            * 3,
            removed=("March 26th, 2017", "By Paul Levy", "Guest writer for Wake Up World"),
            facts={"authors": ["Paul Levy"], "date": "2017-03-26"},
        ),
        Example(
            "A Title\n\nBy Paul Levy\n\nGuest writer for Wake Up World\n\n"
            + "The long body of the article starts here, and it goes on. " * 3,
            removed=("Guest writer for Wake Up World",),
            facts={"authors": ["Paul Levy"]},
        ),
    )
    counterexamples = (
        "Look for sunscreens labelled broad spectrum, which protect against both kinds of "
        "rays; a higher factor alone is misleading, and few people apply enough of it.\n\n"
        "VON ANFANG AN\n\n" + "The long body of the article starts here, and it goes on. " * 6,
        "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
        "By Car\n\n" + "The long body of the article starts here, and it goes on. " * 3,
        "A Title\n\n"
        + "The long body of the article starts here, and it goes on. " * 3
        + "\n\nBy Jane Roe\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        share = self.config.max_removed_share
        near = set(below_head(doc, share))
        for i in below_head(doc, share, _BELOW_HEAD_LINES_BY_NAME):
            line = doc.lines[i]
            if line.kind in self.kinds and line.words <= self.max_words:
                # Past the first six lines, only a byline with its word ("By ..."): a name
                # and an affiliation there may be an event's speakers.
                facts = self._byline(line, by_word_only=i not in near)
                if facts is not None:
                    yield self.finding(i, i + 1, facts)
                    yield from self._neighbours(doc, kept, kept.index(i))
                    return
        yield from self._in_head_zone(doc)

    def _in_head_zone(self, doc: Document) -> Iterator[Finding]:
        """What H002 does not know in the head zone, once a promo above it went: a "NAME /
        PUBLICATION" byline (never the text's first line, its title), and a role line
        ("Guest writer for Wake Up World") just under a byline H002 took."""
        end, _ = doc.head_zone(self.config.max_removed_share)
        first = doc.next_content(-1)
        bylines = {f.start for f in doc.prior if f.code == "H002" and f.remove}
        for i in doc.kept():
            if i >= end:
                return
            line = doc.lines[i]
            if i == first or line.kind not in self.kinds or line.words > self.max_words:
                continue
            slash = name_slash(line)
            if slash is not None:
                yield self.finding(i, i + 1, (Fact("author", slash[0]), Fact("source", slash[1])))
            elif doc.next_content(i, -1) in bylines and search(_ROLE, line.plain):
                yield self.finding(i, i + 1)

    def _byline(self, line: Line, by_word_only: bool = False) -> tuple[Fact, ...] | None:
        parts = byline_parts(line)
        if parts is None:
            if by_word_only:
                return None
            slash = name_slash(line)
            if slash is not None:
                return (Fact("author", slash[0]), Fact("source", slash[1]))
            author = name_byline(line)  # "Alex Wagner - Senior News Editor" under a long title
            return None if author is None else (Fact("author", author),)
        names, source, site = parts
        if not (source or site) and any(len(n.split()) < 2 for n in names):
            return None  # "By Car", "By Monday": a subheading or a date
        if _common_word(names):
            return None  # "VON ANFANG AN": a heading
        return byline_facts(self.config, line, list(names), parts)

    def _neighbours(self, doc: Document, kept: tuple[int, ...], k: int) -> Iterator[Finding]:
        """A dateline just above or below the byline, a role or the author's handle
        ("@PhoneDog_Alex") just below it. A dateline right beside it that another rule
        removed without reading its date (H005's "Published 6:00 AM EDT, Tue May 14,
        2024") gives the date too."""
        for j in (k - 1, k + 1):
            if not 0 <= j < len(kept):
                continue
            line = doc.lines[kept[j]]
            if line.kind not in self.kinds or line.words > DATELINE_MAX_WORDS:
                continue
            found = dateline(line)
            if found:
                yield self.finding(kept[j], kept[j] + 1, (Fact("date", found[0]),))
            elif j > k and (search(_ROLE, line.plain) or _HANDLE.match(line.plain)):
                yield self.finding(kept[j], kept[j] + 1)
        removed = doc.removed()
        for step in (-1, 1):
            near = doc.next_content(kept[k], step)
            if near is None or near not in removed or doc.lines[near].words > DATELINE_MAX_WORDS:
                continue
            found = dateline(doc.lines[near])
            if found:
                yield self.finding(near, near + 1, (Fact("date", found[0]),))
                return


@register
class DatelineBelowHead(LineRule):
    """A dateline alone a few lines below the head zone, under a promo: "May 31, 2015",
    "[January 24, 2018 - ZurichTimes.net]".

    Why: as for H007, a promo sentence between the title and the date ends the head zone
    (H003); the date goes to ``date``.

    Judged on the lines that stay, in the same zone as H007 (the first six, above the first
    long paragraph or third sentence; the first eight for a date under the author's name or
    byline or opening with a publishing label: a site's name and section labels, the title
    and its standfirst may stand above it); only a line that is a date with at most two other
    words besides its publishing labels, clock times, an update's date, a reading time or an
    age ("Published 6:02 a.m. ET March 5, 2024 | Updated 9:41 a.m. ET March 5, 2024",
    "Published Mar 04, 2024 • Last updated 2 hours ago • 3 minute read"), or a date in digits
    with a two-digit year ("3-6-16": no date when day and month could be either), and only
    when no other such line follows in the text.

    Leaves alone: the dates of a timeline or a diary (two date lines or more), a sentence
    with a date, and dates below the body's first long paragraph.
    """

    code = "H008"
    name = "dateline-below-head"
    category = Category.DATELINE
    phase = Phase.LAST  # judged on the lines that stay, as a second run sees them
    max_words = 8
    reason = "dateline a few lines into the article"
    examples = (
        Example(
            "A Title\n\nHeadline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!\n\n"
            "May 31, 2015\n\n" + "The long body of the article starts here, and it goes on. " * 3,
            removed=("May 31, 2015",),
            facts={"date": "2015-05-31"},
        ),
        Example(
            "A Title\n\nReaders liked this one the most of all the stories of the week.\n\n"
            "Published 6:02 a.m. ET March 5, 2024 | Updated 9:41 a.m. ET March 5, 2024\n\n"
            + "The long body of the article starts here, and it goes on. "
            * 3,
            removed=("Published 6:02 a.m. ET March 5, 2024 | Updated 9:41 a.m. ET March 5, 2024",),
            facts={"date": "2024-03-05"},
        ),
        Example(
            "A Title\n\nReaders liked this one the most of all the stories of the week.\n\n"
            "3-6-16\n\n" + "The long body of the article starts here, and it goes on. " * 3,
            removed=("3-6-16",),
        ),
    )
    counterexamples = (
        "A Title\n\nThe diary of a long walk, kept day by day by all of us.\n\n"
        "May 31, 2015\n\nWe left at dawn.\n\nJune 1, 2015\n\nWe came back.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        #: Codes of the byline rules: a date under their line is the news head's.
        self.byline_codes = rule_codes(Category.BYLINE)

    def detect(self, doc: Document) -> Iterator[Finding]:
        dates = [i for i in doc.kept() if date_only(doc.lines[i]) is not None]
        if len(dates) != 1:
            return
        index = dates[0]
        share = self.config.max_removed_share
        if index in below_head(doc, share) or (
            index in below_head(doc, share, _BELOW_HEAD_LINES_BY_NAME)
            and self._in_news_head(doc, index)
        ):
            iso = date_only(doc.lines[index])
            if iso is not None and doc.lines[index].kind in self.kinds:
                yield self.finding(index, index + 1, (Fact("date", iso),) if iso else ())

    def _in_news_head(self, doc: Document, index: int) -> bool:
        """Whether a date line is a news head's: under the author's name or byline ("Marta
        Sgherri" / "04 Marzo 2024", "Jane Doe, Staff Writer", "By Jane Doe") or opening with
        a publishing label ("Published 6:02 a.m. ET ..."); an event's date under its
        programme or its "When" label is none."""
        if published_first(doc.lines[index]):
            return True
        above = doc.next_content(index, -1)
        if above is None:
            return False
        line = doc.lines[above]
        return (
            above in lines_removed_by(doc, self.byline_codes)
            or bare_name(line) is not None
            or name_byline(line) is not None
        )


#: The line under a byline inside the text must be a paragraph of this many words at least.
_INNER_BODY_WORDS = 20
#: The line over it must be a title: at most this many words.
_INNER_TITLE_WORDS = 20


@register
class InnerByline(LineRule):
    """A byline inside the text, between a title and the piece it credits: "by Perry
    Willis" under "What should you say about the beheading videos?", "by Tyler Durden"
    under a reposted article's headline.

    Why: pages that repost or quote a whole piece carry its title and byline in the middle
    of the text; the byline is a credit, not prose. The names go to ``authors``.

    Judged on the lines that stay: a byline alone on its line ("By" and names of two words
    or more, perhaps a publication), the only such line in the text, under a short line (a
    title, 20 words at most) and over a paragraph of 20 words or more. Among the first eight
    lines that stay and before half of the prose, a bare byline (the byline word and names
    only, none a common word: "By RONI CARYN RABIN", "by Michelle Maisto") goes whatever
    stands around it: under a standfirst of many words, over a gallery's short headline.

    Leaves alone: bylines with one-word names ("by Mark"), a list of works and their
    authors (two byline lines or more anywhere in the text: a reading list, an anthology),
    a byline over a poem or a short line, and lines over 8 words.
    """

    code = "H009"
    name = "inner-byline"
    category = Category.BYLINE
    phase = Phase.LAST  # judged on the lines that stay, as a second run sees them
    max_words = 8
    reason = "byline of a piece inside the text"
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\nWhat should you say about the beheading videos?\n\nby Perry Willis\n\n"
            + "Do you have friends who insist that we must do something about it right now? " * 2,
            removed=("by Perry Willis",),
            facts={"authors": ["Perry Willis"]},
        ),
        Example(
            "Look for sunscreens labelled broad spectrum, which protect against both kinds of "
            "rays; a higher factor alone is misleading, and few people apply enough of it, "
            "dermatologists say.\n\nBy RONI CARYN RABIN\n\n"
            + "The long body of the article starts here, and it goes on. "
            * 6,
            removed=("By RONI CARYN RABIN",),
            facts={"authors": ["RONI CARYN RABIN"]},
        ),
    )
    counterexamples = (
        "Books we read this year, with a few words on each of them.\n\nThe Road\n\n"
        "by Cormac McCarthy\n\n"
        + "A father and a son walk south through a burned land. " * 3
        + "\n\nBeloved\n\nby Toni Morrison\n\n"
        + "A mother and her daughters live in a house that is haunted. " * 3,
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nThe Bridge\n\nby Jane Roe\n\nThe river runs\nunder the bridge\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        shaped = [
            i
            for i, line in enumerate(doc.lines)
            if line.kind in self.kinds and line.words <= self.max_words and byline_parts(line)
        ]
        if len(shaped) != 1:  # counted on every line: H006 may have taken one of a list
            return
        kept = doc.kept()
        found = [k for k, i in enumerate(kept) if i == shaped[0]]
        if not found or not 0 < found[0] < len(kept) - 1:
            return
        k = found[0]
        line, above, below = (doc.lines[kept[j]] for j in (k, k - 1, k + 1))
        near_top = (
            k < _BARE_BYLINE_LINES and not after_most_prose(doc, kept[k]) and _bare_byline(line)
        )
        if not near_top:
            if above.words > _INNER_TITLE_WORDS or not doc.prose[kept[k + 1]]:
                return
            if below.words < _INNER_BODY_WORDS:
                return
        parts = byline_parts(line)
        assert parts is not None
        names, _, _ = parts
        if any(len(n.split()) < 2 for n in names):
            return  # "by Mark": a one-word name may be a subheading's word
        yield self.finding(
            kept[k], kept[k] + 1, byline_facts(self.config, line, list(names), parts)
        )
