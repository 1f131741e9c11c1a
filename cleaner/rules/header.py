"""Header rules: title, byline, dateline and taxonomy lines at the head of an article."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, Line, LineKind
from cleaner.registry import Example, Phase, register
from cleaner.rules.base import TEXT_KINDS, LineRule
from cleaner.rules.bylines import (
    BYLINE_MAX_WORDS,
    DATELINE_MAX_WORDS,
    UPDATED_DATELINE_MAX_WORDS,
    agency_byline,
    bare_date_label,
    bare_name,
    byline_facts,
    byline_names,
    byline_parts,
    dated_byline,
    dateline,
    glued_date,
    labelled_date,
    name_byline,
    short_numeric_date,
    trailing_authors,
)
from cleaner.rules.head_shapes import is_headline, is_label, labels_over_title
from cleaner.rules.phrases import Family, alternation, compiled, family, search, words
from cleaner.rules.prefilter import FLAGS
from cleaner.text.segment import Document, word_count

_TAXONOMY = regex.compile(
    rf"^[\W_]*(?P<label>{words('taxonomy')})\s*[:：]\s*(?P<values>\S.*)$", FLAGS
)
_VALUE_SPLIT = regex.compile(r"\s*[,;|·•、]\s*")
#: The family's labels in Chinese, Japanese or Korean with a space for their colon ("タグ
#: Intel, SSD"): a space sets words apart in no sentence of those scripts. (The family holds
#: only tag labels in them: "カテゴリー：中型SUV" is a car's spec in a review.)
_CJK = frozenset({"ja", "zh", "ko"})
_CJK_TAXONOMY = regex.compile(
    rf"^[\W_]*(?P<label>{alternation(p.pattern for p in family('taxonomy') if p.lang in _CJK)})"
    r"\s+(?P<values>\S.*)$"
)
_CJK_VALUE_SPLIT = regex.compile(r"\s*[,;|·•、/／]\s*")


def is_header(line: Line) -> bool:
    """Whether H002 or H003 takes the line when it stands in the head zone."""
    if line.kind not in TEXT_KINDS:
        return False
    short = line.words <= BYLINE_MAX_WORDS or (
        line.words <= UPDATED_DATELINE_MAX_WORDS and dated_byline(line)
    )
    if short and (byline_names(line) or name_byline(line)):
        return True
    return dateline(line) is not None  # up to UPDATED_DATELINE_MAX_WORDS with an update


class HeadRule(LineRule):
    """A line rule for the head zone; runs after the first round to see what it removes.
    The zone's first prose line counts too when it is a byline or a dateline by its shape:
    fifteen words make a line prose, and a wire byline with its dates has that many."""

    phase = Phase.AFTER
    head_only = True

    def detect(self, doc: Document) -> Iterator[Finding]:
        end, _ = doc.head_zone(self.config.max_removed_share)
        if end < len(doc.lines) and is_header(doc.lines[end]):
            # A long byline or dateline reads as prose and so ends the zone: "By JANE DOE,
            # Associated Press | July 19, 2013 | Updated: July 19, 2013 3:55am".
            end += 1
        for i in range(end):
            line = doc.lines[i]
            if line.kind not in self.kinds:
                continue
            if self.max_words is not None and line.words > self.max_words:
                continue
            found = self.match(doc, i)
            if found:
                yield found


@register
class Byline(HeadRule):
    """A byline: "By Stephen Lendman", "Von Anna Schmidt", "Par Jean Dupont".

    Why: the author's name is metadata, not article text; it goes to ``authors``.

    A dateline ending in "by NAME" is one too, and so is "By NAME DATE", with a dash or bar
    before the date, its time, an update and a reading time after it or not ("By Jane Doe
    Feb 8, 2020 5 min read", "Par Claire Monnot - 04 sept. 2024 à 18h12 - Temps de lecture :
    3 min"); the date goes to ``date``.
    A line without "By" is a byline only with an academic title or a role or affiliation:
    "Dr. Priya Raman, University of Bristol", "Jane Roe, Staff Writer", or with a news
    agency after the name: "Jane Doe | Reuters | Published: March 3, 2021". A line that names
    the newsroom instead of a person ("Par la rédaction de Saint-Malo", "Redacción", "Door onze
    verslaggever", "By Staff Reporter") is one too and gives no author.

    A news agency in the name list ("By Jane Doe, Reuters") goes to ``publisher``, not to
    ``authors`` (family ``news_agency``).

    Leaves alone: lines after the first prose line, lines where the words after "By"
    are not capitalized names ("By the way, ..."), and a bare name line unless a dateline
    is next to it ("Maria Santos" above "March 3, 2026").
    """

    code = "H002"
    name = "byline"
    category = Category.BYLINE
    head_only = True
    max_words = UPDATED_DATELINE_MAX_WORDS  # BYLINE_MAX_WORDS but for a dated byline
    reason = "byline in the head of the article"
    examples = (
        Example(
            "By Stephen Lendman\n\n"
            + "The long body of the article starts here, and it goes on. " * 3,
            removed=("By Stephen Lendman",),
            facts={"authors": ["Stephen Lendman"]},
        ),
        Example(
            "By Jane Doe, Reuters\n\n"
            + "The body of the article starts here, and it goes on. " * 3,
            removed=("By Jane Doe, Reuters",),
            facts={"authors": ["Jane Doe"], "publisher": "Reuters", "source": "Reuters"},
        ),
        Example(
            "Jane Doe | Reuters | Published: March 3, 2021\n\n"
            + "The body of the article starts here, and it goes on. " * 3,
            removed=("Jane Doe | Reuters | Published: March 3, 2021",),
            facts={
                "authors": ["Jane Doe"],
                "publisher": "Reuters",
                "source": "Reuters",
                "date": "2021-03-03",
            },
        ),
        Example(
            "By Jane Doe Feb 8, 2020 5 min read\n\n" + "The body of the article starts. " * 3,
            removed=("By Jane Doe Feb 8, 2020 5 min read",),
            facts={"authors": ["Jane Doe"], "date": "2020-02-08"},
        ),
        Example(
            "# City opens new bridge\n\nMaria Santos\n\nMarch 3, 2026\n\n"
            + "The body of the article starts here, and it goes on. " * 3,
            removed=("Maria Santos",),
            facts={"authors": ["Maria Santos"]},
        ),
    )
    counterexamples = (
        "By the way, nothing here is a byline at all.\n",
        "Priya Raman\n\n" + "The long body of the article starts here, and it goes on. " * 3,
        "# Title\n\nNotes From Home\n\nMarch 3, 2026\n\n" + "The body goes on. " * 3,
        "# Title\n\nOrt Saarbrücken\n\nDatum 28.01.2022\n\n" + "The body goes on. " * 3,
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if line.words > BYLINE_MAX_WORDS and not dated_byline(line):
            return None  # only a byline with its date, time and update runs so long
        parts = byline_parts(line)
        names = list(parts[0]) if parts else None
        if not names and dateline(line):
            names = trailing_authors(line.plain)  # "Posted on May 2, 2024 by Theo Marsh"
        if not names:
            author = name_byline(line) or _name_beside_date(doc, index)
            names = [author] if author else agency_byline(self.config, line)
            if not names:
                if _STAFF_BYLINE.match(line.plain):
                    return self.finding(index, index + 1)
                return None
        return self.finding(index, index + 1, byline_facts(self.config, line, names, parts))


#: A byline that names the newsroom instead of a person, alone on its line in the head: "Par
#: la rédaction de Saint-Malo", "Redacción", "Door onze verslaggever", "By Staff Reporter",
#: "Von unserem Korrespondenten", "By A Staff Writer", "By The Editors", "Redacción /
#: Murcia". It gives no author.
_STAFF_BYLINE = regex.compile(
    r"^[\W_]*(?:(?:by|von|par|por|di|door|av|da)\s+)?(?:"
    r"(?:(?:the|an?)\s+)?(?:staff|newsroom|editors|editorial\s+(?:team|staff|board)|"
    r"staff\s+(?:reporter|writer)s?|"
    r"our\s+(?:reporter|correspondent|staff)s?)|"
    r"(?:unsere[mnr]?\s+)?(?:redaktion|korrespondent(?:en|in)?|reporter(?:in)?)|"
    r"(?:la\s+)?rédaction|(?:notre|nos)\s+(?:correspondante?s?|journalistes?)|"
    r"(?:la\s+)?redacción|(?:nuestr[oa]\s+)?(?:corresponsal|enviad[oa]\s+especial)|"
    r"(?:la\s+)?redazione|(?:a\s+)?redação|(?:de\s+)?redactie|onze\s+(?:verslaggever|correspondent|redactie)|"
    r"redaktionen)"
    r"(?:\s+(?:de|du|of|in|aus|di|da|van|en)\s+(?-i:\p{Lu})[\p{L}'’-]+(?:[\s-](?-i:\p{Lu})[\p{L}'’-]+){0,2}"
    # or the desk's town after a separator: "Redacción / Murcia", "Redazione | Venezia"
    r"|\s*[/|·]\s*(?-i:\p{Lu})[\p{L}'’-]+(?:[\s-](?-i:\p{Lu})[\p{L}'’-]+){0,2})?[\W_]*$",
    regex.IGNORECASE,
)


def _name_beside_date(doc: Document, index: int) -> str | None:
    """A bare name next to a date, under a line above it ("Maria Santos" between the title
    and "March 3, 2026"): the name of the article's author. The document's first line is
    never one: it is the title. A date with a word before it that is not a publishing label
    ("Datum 28.01.2022") belongs to a block of labelled values, where "Ort Saarbrücken" is
    one too, so it does not make a name of the line beside it."""
    before = doc.next_content(index, -1)
    if before is None:
        return None
    name = bare_name(doc.lines[index])
    if name is None:
        return None
    after = doc.next_content(index)
    for near in (before, after):
        if near is not None:
            line = doc.lines[near]
            found = dateline(line)
            plain = found is not None and found[1] is None and not labelled_date(line)
            if plain or short_numeric_date(line) is not None:
                return name
    return None


#: A wire story's dateline alone on its line, as extractors split it from the first
#: paragraph: the town in capitals, perhaps its region or country and the day, the agency in
#: brackets and a dash ("SEVILLE, Spain (CPA) —", "LONDON, Feb 26 (Reuters) —", "BERLIN (dpa)
#: -"). The agency goes to the report's source.
_WIRE_DATELINE = regex.compile(
    r"^[\W_]*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}"
    r"(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})?"
    r"(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?"
    r"\s*\((?P<agency>\p{L}[\p{L}&./ -]{1,24})\)\s*[—–-]{1,2}\s*$",
    regex.VERSION1,
)


@register
class Dateline(HeadRule):
    """A dateline: "Global Research, November 09, 2017", "Published: 12.03.2020".

    Why: the date (and publisher) are metadata; the date goes to the report as ISO 8601.
    A dateline that ends in "by NAME" ("Posted on January 18, 2024 by Theo Marsh") is a
    byline (H002) and yields the author too.

    A wire story's dateline alone on its line ("SEVILLE, Spain (CPA) —", "LONDON, Feb 26
    (Reuters) —") is one too, and its agency goes to ``source``.
    A date in digits with a two-digit year alone on its line ("4-13-16", "13.4.16") is one
    too; when day and month could be either ("3-6-16") the line goes with no date. So is a
    theme's date badge with its parts run together ("Mai062018"), and a
    German date whose day reads like a list marker: "24. März 2004, 19:49 | Genesis". So is
    a publishing label whose date the markup took ("Updated", "Published", "Mis à jour"),
    unless a list follows it, as under release notes' "Added", "Updated", "Fixed".

    Leaves alone: long lines, lines after the first prose line, sentences that merely
    contain a date, and a range of two dates alone ("March 2, 1938 – February 20, 2024": an
    obituary's lifespan, an event's days).
    """

    code = "H003"
    name = "dateline"
    category = Category.DATELINE
    head_only = True
    max_words = UPDATED_DATELINE_MAX_WORDS
    reason = "dateline in the head of the article"
    examples = (
        Example(
            "Global Research, November 09, 2017\n\n"
            + "The body goes on and on, as bodies do. " * 3,
            removed=("Global Research, November 09, 2017",),
            facts={"date": "2017-11-09", "publisher": "Global Research"},
        ),
        Example(
            "4-13-16\n\n" + "The body goes on and on, as bodies do. " * 3,
            removed=("4-13-16",),
            facts={"date": "2016-04-13"},
        ),
        Example(
            "24. März 2004, 19:49\n\n" + "Der Text geht weiter, wie Texte es tun. " * 3,
            removed=("24. März 2004, 19:49",),
            facts={"date": "2004-03-24"},
        ),
        Example(
            "Updated\n\n" + "The body goes on and on, as bodies do. " * 3,
            removed=("Updated",),
        ),
    )
    counterexamples = (
        "On November 9, 2017 the city council voted to close the old bridge.\n",
        "Updated\n\n- The spellchecker now runs in the background.\n",
        "The vote ended 3-6-16 after a long night.\n",
        "1. Kreisveterinäramt Sömmerda\n",
        "Margaret Harwick\n\nMarch 2, 1938 – February 20, 2024\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        found = dateline(doc.lines[index])
        if not found:
            wire = _WIRE_DATELINE.match(doc.lines[index].plain)
            if wire is not None:
                return self.finding(index, index + 1, (Fact("source", wire["agency"]),))
            iso = short_numeric_date(doc.lines[index])
            if iso is None:
                iso = glued_date(doc.lines[index])
            if iso is None:
                return self._bare_label(doc, index)
            return self.finding(index, index + 1, (Fact("date", iso),) if iso else ())
        facts: tuple[Fact, ...] = (Fact("date", found[0]),)
        if found[1]:
            facts += (Fact("publisher", found[1]),)
        return self.finding(index, index + 1, facts)

    def _bare_label(self, doc: Document, index: int) -> Finding | None:
        """The label alone ("Updated", "Published"), unless a list follows it: release
        notes head their lists "Added", "Updated", "Fixed"."""
        line = doc.lines[index]
        if line.kind is LineKind.LIST_ITEM or not bare_date_label(line):
            return None
        after = doc.next_content(index)
        if after is not None and doc.lines[after].kind is LineKind.LIST_ITEM:
            return None
        return self.finding(index, index + 1)


@register
class Taxonomy(LineRule):
    """A taxonomy line: "Region: Middle East", "Theme: Terrorism, War", "Tags: a, b".

    Why: section, tag and category labels are navigation, not text; their values go to
    ``tags`` under the label.

    Leaves alone: prose lines that happen to contain a colon, and labels not in the
    taxonomy family (``data/phrases/taxonomy.txt``).
    """

    code = "H004"
    name = "taxonomy-line"
    category = Category.TAXONOMY
    max_words = 30
    reason = "taxonomy (tag, category, region) line"
    examples = (
        Example(
            "Region: Middle East & North Africa\n",
            facts={"tags": {"Region": ["Middle East & North Africa"]}},
        ),
        Example(
            "Schlagwörter: Politik, Wahl\n",
            facts={"tags": {"Schlagwörter": ["Politik", "Wahl"]}},
        ),
        Example("タグ：Intel, SSD\n", facts={"tags": {"タグ": ["Intel", "SSD"]}}),
        Example("タグ Intel / SSD\n", facts={"tags": {"タグ": ["Intel", "SSD"]}}),
    )
    counterexamples = (
        "Theme: the way the city answered the crisis was to build more roads, not fewer.\n",
    )

    def gate(self) -> Family:
        # The label is one of the family's words: their literals rule lines out.
        return compiled("taxonomy")

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if doc.prose[index]:
            return None
        split = _VALUE_SPLIT
        # The label ends with a colon (a full-width one in Japanese), or with a space in CJK.
        m = search(_TAXONOMY, line.plain) if ":" in line.plain or "：" in line.plain else None
        if not m:
            m = _CJK_TAXONOMY.match(line.plain)
            split = _CJK_VALUE_SPLIT
        if not m:
            return None
        values = [v.strip(" .") for v in split.split(m.group("values")) if v.strip(" .")]
        if not values or any(word_count(v) > 6 for v in values):
            return None
        label = " ".join(m.group("label").split())
        return self.finding(index, index + 1, tuple(Fact(f"tag:{label}", v) for v in values))


@register
class Title(HeadRule):
    """The article's title: its first heading, or a first short line over a byline.

    Why: the title goes to the report (``--keep-title`` puts it back as the first line).
    A level-1 heading before the body is taken; a lower heading or a plain first line only
    when a byline or dateline follows it, so section headings stay in the body. Lines other
    rules remove (a promo above the title) and header lines are skipped; so are up to three
    labels over a headline with a byline or dateline under it ("Circuit Almanac", "Sport |
    Calcio | Serie B": the site's name and sections, which H014 takes).

    Leaves alone: headings after the first prose line; a first line with no byline or
    dateline under it; a heading followed by another level-1 heading (which one is the
    title is unclear, and a second pass would take the other).
    """

    code = "H001"
    name = "title"
    category = Category.TITLE
    max_words = 30
    needs = ("R002", "P003")
    reason = "title of the article"
    examples = (
        Example(
            "# A Title\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
            removed=("# A Title",),
            facts={"title": "A Title"},
        ),
        Example(
            "A Title\n\nBy Ann Author\n\nThe body goes on and on, as bodies do, for many words.\n",
            removed=("A Title",),
            facts={"title": "A Title"},
        ),
    )
    counterexamples = (
        "## Section\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "A first line\n\nThe body goes on and on, as bodies do, for many words and more words.\n",
        "# Site\n\n# Title\n\nThe body goes on and on, as bodies do, for many words and more.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        # Chosen only among lines that survive this pass, with header lines as evidence
        # that vanish with it: the lines left after a pass never hold a new title.
        end, removed = doc.head_zone(self.config.max_removed_share)
        removed |= self._repeats(doc)
        kept = [
            i
            for i in range(end)
            if doc.lines[i].kind is not LineKind.BLANK
            and i not in removed
            and not is_header(doc.lines[i])
        ]
        headings = [i for i in kept if doc.lines[i].kind is LineKind.HEADING and doc.lines[i].plain]
        if headings:
            first = headings[0]
            line = doc.lines[first]
            if line.words > self.max_words:
                return
            if len(headings) > 1 and doc.lines[headings[1]].level == 1:
                return
            if line.level == 1 or self._header_follows(doc, first, end, removed):
                yield self.finding(first, first + 1, (Fact("title", line.plain),))
            return
        if not kept:
            return
        for first in dict.fromkeys((_under_labels(doc, kept), kept[0])):
            line = doc.lines[first]
            if line.kind is not LineKind.TEXT or line.words > 25 or line.link_chars:
                continue
            if self._header_follows(doc, first, end, removed):
                yield self.finding(first, first + 1, (Fact("title", line.plain),))
                return

    def _repeats(self, doc: Document) -> frozenset[int]:
        """Lines the rules of its phase it needs (R002, P003) take: a second pass will not
        see them. The pipeline runs those first and adds their findings to ``doc.prior``."""
        return frozenset(
            i for f in doc.prior if f.code in self.needs for i in range(f.start, f.end)
        )

    @staticmethod
    def _header_follows(doc: Document, index: int, end: int, removed: frozenset[int]) -> bool:
        """Whether a byline or dateline is among the next three lines that stay, in the head."""
        seen = 0
        for i in range(index + 1, end):
            line = doc.lines[i]
            if line.kind is LineKind.BLANK or i in removed:
                continue
            if is_header(line):
                return True
            seen += 1
            if seen == 3:
                return False
        return False


#: Labels over a headline (a site's name, a section's) the title rule passes over, at most.
_LABELS_OVER_TITLE = 3


def _under_labels(doc: Document, kept: list[int]) -> int:
    """The first of the kept head lines, or the headline under a few labels that open them,
    right over a byline or a dateline ("Circuit Almanac" over "Quillbook launches its first
    color e-reader ..." over "By Hana Oyelowo-Birch"): the title is the headline, the labels
    are the page's."""
    for n, i in enumerate(kept[: _LABELS_OVER_TITLE + 1]):
        if not is_label(doc.lines[i]):
            below = doc.next_content(i)
            header = below is not None and is_header(doc.lines[below])
            labels = labels_over_title([doc.lines[j] for j in kept[:n]])
            return i if labels and header and is_headline(doc.lines[i]) else kept[0]
    return kept[0]


# A labelled value of one, two or three words: "Ort Kassel", "Ausgabejahr 2022" (a capitalized
# label, then the value, with no colon between: label and value stood in cells of a table).
_LABELLED_VALUE = regex.compile(r"^\p{Lu}\p{Ll}{2,}\s+[\p{L}\p{N}][^.!?;:]{0,40}$")
#: How far a labelled value may stand from the labelled date, counting values between them.
_VALUE_BLOCK_LINES = 3


@register
class LabelledValue(HeadRule):
    """A labelled value beside a labelled date at the head: "Ort Kassel" or "Ausgabejahr
    2022" over "Datum 14.03.2022" (press pages list place, date and year in a small table,
    which extractors flatten to "label value" lines).

    Why: the block is the page's metadata, not the article's text; H003 takes the date, and
    the values beside it are of the same block. A value is told from text by its shape: a
    capitalized label and one or two words, with no colon, beside a date labelled the same
    way (or beside another such value next to it).

    Leaves alone: the title (H001's), sentences and longer lines, values written with a
    colon ("Verlag: Heyne" over "Erscheinungsdatum: 14.08.2017" is a book's data in a
    review, "Ort: Stadthalle" an event's), and lines beside a date with a colon or without
    a label ("Stand: 14.03.2022", "March 3, 2026").
    """

    code = "H010"
    name = "labelled-value"
    category = Category.DATELINE
    max_words = 3
    needs = ("H001",)
    reason = "labelled value beside a labelled date"
    examples = (
        Example(
            "A Title of the Press Release\n\nOrt Kassel\n\nDatum 14.03.2022\n\n"
            + "The body goes on and on, as bodies do. " * 3,
            removed=("Ort Kassel",),
            facts={"title": "A Title of the Press Release"},
        ),
    )
    counterexamples = (
        "A Title of the Press Release\n\nOrt: Kassel\n\nStand: 14.03.2022\n\n"
        + "The body goes on and on, as bodies do. " * 3,
        "A Title of the Press Release\n\nNeue Brücken\n\nMarch 14, 2022\n\n"
        + "The body goes on and on, as bodies do. " * 3,
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if index in doc.removed() or doc.prose[index]:
            return None  # the title (H001) or a sentence
        if _LABELLED_VALUE.match(doc.lines[index].plain.strip()) is None:
            return None
        for step in (-1, 1):
            near = index
            for _ in range(_VALUE_BLOCK_LINES):
                found = doc.next_content(near, step)
                if found is None or doc.lines[found].kind not in self.kinds:
                    break
                near, line = found, doc.lines[found]
                if line.words <= DATELINE_MAX_WORDS and labelled_date(line):
                    if ":" not in line.plain:
                        return self.finding(index, index + 1)
                    break
                if _LABELLED_VALUE.match(line.plain.strip()) is None:
                    break
        return None
