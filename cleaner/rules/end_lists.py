"""Lists that end a page: the author's or the site's other articles (T002), a box of
recommended sites or products (T003), a run of other articles' headlines with no label (T004)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import family_pattern, lines_removed_by, rule_codes
from cleaner.rules.phrases import search
from cleaner.text.dates import find_date
from cleaner.text.segment import Document

#: The heading of a list of the author's or the site's other articles.
_ARCHIVE_HEADING = regex.compile(
    r"^[\W_]*(?:(?:most\s+)?(?:recent|more|other|older|latest|previous)\s+"
    r"(?:articles|posts|stories|columns)\s+(?:by|from)\s+.{2,60}|"
    r"(?:weitere|neueste)\s+(?:artikel|beiträge)\s+(?:von|aus)\s+.{2,60}|"
    r"(?:autres\s+articles|derniers\s+articles)\s+(?:de|du|par)\s+.{2,60}|"
    r"(?:más|otros|últimos)\s+(?:artículos|articulos)\s+(?:de|por)\s+.{2,60})[\W_]*$",
    regex.IGNORECASE,
)
#: An entry of such a list: its date and the author ("Jun 29, 2008 — Jim Bray").
_DATED_ENTRY = regex.compile(
    r"^[\W_]*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[–—|-]\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}[\W_]*$"
)
#: Entries an archive list needs before its heading counts.
_MIN_ENTRIES = 2


@register
class ArchiveList(Rule):
    """A list of the author's or the site's other articles that runs to the end of the
    text: "Most Recent Articles by Jim Bray:", then dated entries ("Jun 29, 2008 — Jim
    Bray") with their teasers.

    Why: author and archive pages end in teasers of other articles; each teaser is a
    sentence, so the line rules keep them, but under such a heading, with dated entries,
    they are a list of links to other pages.

    Leaves alone: a heading without at least two dated entries after it, and anything
    before the heading.
    """

    code = "T002"
    name = "archive-list"
    category = Category.RELATED
    examples = (
        Example(
            "Jane Doe has written on cars since 1995 and lives in Ottawa with her family.\n\n"
            "Most Recent Articles by Jane Doe:\n\nJun 29, 2008 — Jane Doe\n\n"
            "Who among us has not been found with documents it would not be good to keep.\n\n"
            "Jun 16, 2008 — Jane Doe\n\nTake some world class cars from Germany's top marques.\n",
            removed=(
                "Most Recent Articles by Jane Doe:",
                "",
                "Jun 29, 2008 — Jane Doe",
                "",
                "Who among us has not been found with documents it would not be good to keep.",
                "",
                "Jun 16, 2008 — Jane Doe",
                "",
                "Take some world class cars from Germany's top marques.",
            ),
        ),
    )
    counterexamples = (
        "More articles by Jane Doe\n\nShe wrote on cars for many years, and on trains for the "
        "rest, in the city papers and in the national ones.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        lines = doc.lines
        for i, line in enumerate(lines):
            if line.kind is LineKind.BLANK or not _ARCHIVE_HEADING.search(line.plain):
                continue
            entries = sum(bool(_DATED_ENTRY.search(x.plain)) for x in lines[i + 1 :])
            if entries >= _MIN_ENTRIES:
                yield Finding(i, len(lines), self.code, "list of other articles to the end")
                return


#: The heading of a box of recommended sites or products: "Recommended Resources",
#: "Partner Sites:", "Empfohlene Links", "Ressources recommandées", "Recursos recomendados".
_RESOURCE_HEADING = regex.compile(
    r"^[\W_]*(?:(?:recommended|related|featured|partner|sponsored|useful|trusted|suggested|"
    r"our|more|other)\s+(?:resources|sites|websites|web\s+sites|links|partners|products|tools)|"
    r"our\s+partners|empfohlene\s+(?:links|seiten|websites|ressourcen)|partnerseiten|"
    r"(?:ressources|sites|liens)\s+(?:recommandés|recommandées|partenaires)|"
    r"(?:recursos|sitios|enlaces|sites|links)\s+(?:recomendados|parceiros|asociados)|"
    r"(?:risorse|siti|link)\s+(?:consigliat[ie]|partner))[\W_]*$",
    regex.IGNORECASE,
)
#: An entry of such a box: a site's or a product's name (capitalised words or a domain),
#: then what it is or offers ("Webseed.com offers ...", "The Honest Food Guide is a free
#: ...", "CounterThink Cartoons are free to view").
_RESOURCE_ENTRY = regex.compile(
    r"^[\W_]*(?:The\s+)?(?:[\p{L}\d-]+\.(?:com|org|net|info|io|tv|de|fr|es|it|pt|br)\b|"
    r"\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&.-]*|of|for|and|the|de|du|des|del|di)){0,5})"
    r"\s+(?i:(?:is|are)\s+(?:a|an|the|free|one\s+of)\b|offers\b|provides\b|lists\b|features\b|"
    r"ist\s+(?:ein|eine|der|die|das)\b|bietet\b|est\s+(?:un|une|le|la)\b|propose\b|offre\b|"
    r"es\s+(?:un|una|el|la)\b|ofrece\b|é\s+(?:um|uma|o|a)\b|oferece\b|è\s+(?:un|una|il|la)\b)"
)
#: Entries a box holds at least and at most, and the words an entry has at most.
#: Words a box's heading has at most (as T001's About heading).
_HEADING_WORDS = 8
_MIN_RESOURCES = 3
_MAX_RESOURCES = 15
_RESOURCE_WORDS = 40


@register
class ResourceBox(Rule):
    """A box of recommended sites or products that ends the text: a heading
    ("Recommended Resources", "Partner Sites:") over one short paragraph per site, each
    naming it and saying what it is or offers ("Webseed.com offers alternative health
    programs, documentaries and more.").

    Why: sites print such a box under (or, when the extractor found no article, instead of)
    the article; each entry reads as a sentence, so the tail zone, which stops at prose,
    keeps them.

    Leaves alone: a heading with fewer than three such entries under it; a box with a line
    of another shape in it (a list item, a long paragraph, a sentence that names no site);
    a box that more lines follow.
    """

    code = "T003"
    name = "resource-box"
    category = Category.PROMO
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 3
            + "\n\nRecommended Resources\n\n"
            "CityMaps.com offers free maps of every bridge in the country.\n\n"
            "The Bridge Guide is a free, downloadable chart of the bridges of the region.\n\n"
            "River Watch is a series of short films about the rivers of the north.\n",
            removed=(
                "Recommended Resources",
                "",
                "CityMaps.com offers free maps of every bridge in the country.",
                "",
                "The Bridge Guide is a free, downloadable chart of the bridges of the region.",
                "",
                "River Watch is a series of short films about the rivers of the north.",
            ),
        ),
    )
    counterexamples = (
        # Two entries only: the article's own pointers.
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nRecommended Resources\n\n"
        "CityMaps.com offers free maps of every bridge in the country.\n\n"
        "The Bridge Guide is a free, downloadable chart of the bridges of the region.\n",
        # Prose after the box: the section is the article's.
        "Recommended Resources\n\n"
        "CityMaps.com offers free maps of every bridge in the country.\n\n"
        "The Bridge Guide is a free, downloadable chart of the bridges of the region.\n\n"
        "River Watch is a series of short films about the rivers of the north.\n\n"
        "We used all three when we wrote this guide, and we found that the maps were the "
        "most useful of them, for they show each bridge with its year and its builder.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        lines = doc.lines
        entries: list[int] = []
        for i in range(len(lines) - 1, -1, -1):
            line = lines[i]
            if line.kind is LineKind.BLANK:
                continue
            if line.words <= _HEADING_WORDS and _RESOURCE_HEADING.search(line.plain):
                if len(entries) >= _MIN_RESOURCES:
                    yield Finding(i, len(lines), self.code, "box of recommended sites")
                return
            if (
                line.kind is not LineKind.TEXT
                or line.words > _RESOURCE_WORDS
                or len(entries) >= _MAX_RESOURCES
                or not _RESOURCE_ENTRY.search(line.plain)
            ):
                return
            entries.append(i)


#: A headline opens with a capital, a digit or a quotation mark (after a list marker or a
#: dash glued to it: "-Escándalo en Cartagena: ...").
_HEADLINE_START = regex.compile(r"^[-–—•]?\s*[\p{Lu}\p{N}\"'„“”«»‹›‘’¿¡]")
#: A line that ends as a sentence, a clause or a label does not end as a headline; closing
#: quotation marks and brackets are looked through.
_NOT_HEADLINE_END = regex.compile(r"[.,;:|…][\"'”“»«’)\]]*\s*$")
#: A sentence break inside the line ("... im Mai. Der Rat ..."): prose, not a headline. A
#: point after a word of up to three letters ("vs. Wade", "Dr. Müller") is an abbreviation.
_SENTENCE_BREAK = regex.compile(r"(?<!(?:^|\s)\p{L}{1,3})\.\s+\p{Lu}")
#: A question or an exclamation and a second sentence after it, in a line of more words than
#: a headline with a question has ("Du hast Lust auf …? Dann solltest Du …!"): an ad's
#: prose, not a headline ("Teure Butter? So sparen Sie" is one).
_QUESTION_BREAK = regex.compile(r"[?!]\s+\p{Lu}")
_ONE_SENTENCE_WORDS = 20
#: The article's last paragraph ends as a sentence (not as an intro: "Die Punkte:").
_SENTENCE_END = regex.compile(r"[.!?…][\"'”“»«’)\]]*\s*$")
_ORDERED = regex.compile(r"^\s*\d+[.)]\s")
#: What marks a line as a headline rather than a list entry: a title and its subtitle
#: ("Home Gym: So gelingt ...", "Bild – oben: ..."), a quotation, an exclamation or a question.
_HEADLINE_MARK = regex.compile(r"\S:\s|\s[–—-]\s|[\"„“”«»‘]|[!?]")
#: Words a headline has at least and at most; words the headlines of a run have on average
#: at least (a poem's lines, a list of terms or figures are shorter), and at least when no
#: line of the run has a headline's mark.
_HEADLINE_WORDS = (5, 30)
_MEAN_WORDS = 8
_MEAN_WORDS_UNMARKED = 10
#: Headlines a run needs; a run of two needs this many words in each line.
_MIN_HEADLINES = 3
_LONG_HEADLINE = 12
#: A box label in capitals over the run: at most this many words, all letters capitals,
#: with a paragraph (the article's last) before it.
_LABEL_WORDS = 4
_CAPS_LABEL = regex.compile(r"^[\W\d_]*\p{Lu}{2,}(?:[\W\d_]+\p{Lu}{2,})*[\W\d_]*$")
_MIN_BEFORE_LABEL = 2


@register
class TailHeadlines(Rule):
    """Other articles' headlines that end the text with no label over them: three or more
    lines after the article's last paragraph, each shaped as a headline, or two long ones.

    Why: an extractor keeps a site's box of related or latest articles as bare titles under
    the article, often without its label ("Lo más leído"), so neither the label rules nor
    the tail box see them; each title is short text with no full stop that no phrase knows.

    A headline here has 5 to 30 words, starts with a capital, a digit or a quotation mark,
    has no sentence break inside, and does not end in a full stop, a comma, a semicolon, a
    colon or an ellipsis; the lines of a run are all list items or all text lines (not a
    numbered list) and have at least 8 words on average when one of them has a headline's
    mark (a title and subtitle split by a colon or a dash, quotation marks, "!" or "?"), 10
    words otherwise; two such lines are a run only when each has at least 12 words and
    neither ends in "!" or "?". A box label in capitals between the article's last paragraph
    and a run of three or more ("MEDELLÍN", "COMMUNITY GUIDELINES": up to four words, every
    letter a capital) goes with the run.

    Leaves alone: a run that does not follow a paragraph ending in a sentence (a list under
    "Die Vorteile:" or under a subheading not in capitals), shorter lines (a poem, a list of
    terms, figures or names), lines that end in a full stop (a Q&A, captions as sentences), a
    numbered list, mixed list items and text lines, runs longer than the prose before
    them, and runs of questions (all but one line at most end in "?": an FAQ whose answers
    did not come through).
    """

    code = "T004"
    name = "tail-headlines"
    category = Category.RELATED
    phase = Phase.LAST  # the text's end is known once the other removals stand
    examples = (
        Example(
            "El consejo votó el martes la reparación del viejo puente sobre el río. "
            * 3
            + "\n\nTrabajadores del Canal anuncian huelga ante posible eliminación de puestos\n"
            "Detenido en Colombia contable que desfalcó a la Cooperación española\n"
            "Alcaldía de Panamá licita el nuevo Mercado de Marisco por $43 millones\n",
            removed=(
                "Trabajadores del Canal anuncian huelga ante posible eliminación de puestos",
                "Detenido en Colombia contable que desfalcó a la Cooperación española",
                "Alcaldía de Panamá licita el nuevo Mercado de Marisco por $43 millones",
            ),
        ),
        Example(
            "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. "
            * 3
            + "\n\n- Richtig frühstücken: Die besten Tipps für einen flachen Bauch\n"
            "- 20 Kilo abnehmen: Mit DIESER Strategie klappt's!\n"
            "- Home Gym: So gelingt auch zuhause das perfekte Workout!\n",
            removed=(
                "- Richtig frühstücken: Die besten Tipps für einen flachen Bauch",
                "- 20 Kilo abnehmen: Mit DIESER Strategie klappt's!",
                "- Home Gym: So gelingt auch zuhause das perfekte Workout!",
            ),
        ),
        Example(
            "El consejo votó el martes la reparación del viejo puente sobre el río. "
            * 5
            + "\n\nMEDELLÍN\n\n"
            "-Escándalo en Cartagena: graban a una pareja en las murallas de la ciudad\n"
            "-La historia de la mujer de 77 años que acaba de graduarse de la universidad\n"
            "-La angustia que vive un barrio familiar que se llenó de empresas de webcam\n",
            removed=(
                "MEDELLÍN",
                "-Escándalo en Cartagena: graban a una pareja en las murallas de la ciudad",
                "-La historia de la mujer de 77 años que acaba de graduarse de la universidad",
                "-La angustia que vive un barrio familiar que se llenó de empresas de webcam",
            ),
        ),
    )
    counterexamples = (
        # Sentences under a label in capitals: the article's own summary.
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nIN BRIEF\n\n- The bridge closes in May for six months of repairs.\n"
        "- The tram runs on the new bridge north of the town until then.\n"
        "- Cyclists may still cross the old bridge on the footpath.\n",
        # A list under an intro that ends in a colon: the article's own.
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nThe plan has three parts, the mayor said:\n\n"
        "- New cycle lanes along the main street up to the station\n"
        "- A second bridge for the tram north of the old town\n"
        "- Wider pavements in front of the schools on the hill\n",
        # A poem's lines are short.
        "Der Dichter schrieb das Gedicht im Winter, als er krank im Bett lag und nicht schlief. "
        * 2
        + "\n\nÜber allen Gipfeln ist Ruh\nIn allen Wipfeln spürest du\n"
        "Kaum einen Hauch die Vögelein schweigen\n",
        # An FAQ's questions, their answers lost.
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nFrequently Asked Questions about the Repairs of the Old Bridge\n"
        "When will the old bridge over the river close for the repairs?\n"
        "How will the people of the hill get to the station during the works?\n"
        "Why did the council choose the autumn for the start of the works?\n",
        # Sentences end the text.
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nThe works start in May and end in the autumn of next year.\n"
        "The tram will run on the old bridge again from December.\n"
        "Cars will have to use the new bridge north of the town.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        run: list[int] = []
        for i in reversed(kept):
            if not self._headline(doc, i) or (
                run and doc.lines[i].kind is not doc.lines[run[0]].kind
            ):
                break
            run.insert(0, i)
        if not self._is_run(doc, run) or len(run) == len(kept):
            return
        before = kept[: len(kept) - len(run)]
        label = self._box_label(doc, before) if len(run) >= _MIN_HEADLINES else None
        if label is not None:
            before = before[:-1]
        if not doc.prose[before[-1]] or not _SENTENCE_END.search(doc.lines[before[-1]].plain):
            return  # under a label or a subheading, or after an intro: the article's list
        prose = sum(doc.lines[i].words for i in before if doc.prose[i])
        if prose < sum(doc.lines[i].words for i in run):
            return
        if label is not None:
            yield Finding(label, label + 1, self.code, "label of other articles' headlines")
        for i in run:
            yield Finding(i, i + 1, self.code, "another article's headline at the end")

    @staticmethod
    def _box_label(doc: Document, before: tuple[int, ...]) -> int | None:
        """The box's label in capitals between the article's last paragraph and a run of
        three headlines or more ("MEDELLÍN", "COMMUNITY GUIDELINES"), or None."""
        if len(before) < _MIN_BEFORE_LABEL:
            return None
        line = doc.lines[before[-1]]
        if line.kind is not LineKind.TEXT or line.words > _LABEL_WORDS:
            return None
        return before[-1] if _CAPS_LABEL.match(line.plain.strip()) else None

    @staticmethod
    def _headline(doc: Document, index: int, low: int = _HEADLINE_WORDS[0]) -> bool:
        line = doc.lines[index]
        high = _HEADLINE_WORDS[1]
        text = line.plain.strip()
        return (
            line.kind in (LineKind.TEXT, LineKind.LIST_ITEM)
            and low <= line.words <= high
            and not _ORDERED.match(line.markdown)
            and bool(_HEADLINE_START.match(text))
            and not _NOT_HEADLINE_END.search(text)
            and not _SENTENCE_BREAK.search(text)
            and not (line.words > _ONE_SENTENCE_WORDS and _QUESTION_BREAK.search(text))
            and " | " not in text
        )

    @staticmethod
    def _is_run(doc: Document, run: list[int]) -> bool:
        words = [doc.lines[i].words for i in run]
        marked = any(_HEADLINE_MARK.search(doc.lines[i].plain) for i in run)
        mean = _MEAN_WORDS if marked else _MEAN_WORDS_UNMARKED
        if len(run) < _MIN_HEADLINES - 1 or sum(words) < mean * len(run):
            return False
        if len(run) >= _MIN_HEADLINES:
            # All questions but one at most: an FAQ's questions whose answers were lost.
            questions = sum(doc.lines[i].plain.rstrip().endswith("?") for i in run)
            return questions < len(run) - 1
        # Two lines: long ones, neither ending as an exclamation or a question.
        return min(words) >= _LONG_HEADLINE and not any(
            doc.lines[i].plain.rstrip().endswith(("!", "?")) for i in run
        )


#: Headlines a labelled run needs (one alone under a label may be the article's subheading);
#: under a label a headline may be as short as this ("Immer mehr Verschwörungsbedürftige").
_MIN_LABELLED = 2
_LABELLED_WORDS = 3
#: A date alone on its line, with a time and at most this many other words ("Jueves").
_DATE_REST = regex.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:at|um|à|a las|alle)\b|[^\p{L}\s]", regex.I)
_DATE_REST_WORDS = 1
_DATE_LINE_WORDS = 8
#: A label over such a run has at most this many words.
_LABEL_WORDS = 8
#: A line of the run this short over two paragraphs of the text is the article's subheading.
_SUBHEADING_WORDS = 4


@register
class LabelledHeadlines(Rule):
    """Other articles' headlines right under a related-articles label: "Siehe auch" over
    "Die dümmste aller Verschwörungstheorien: Chemtrails", "Immer mehr Verschwörungsbedürftige",
    ... with the comments still below, or "Saiba Mais" over a box in the middle of the article.

    Why: the label goes by its phrase (G006, G003) wherever it stands, but the titles under
    it are short text no phrase knows; T004 and G008 take such titles only when they end the
    text, and a box followed by comments, a disclosure or more of the article does not.

    The label is a removed line of at most 8 words that is a related-articles label alone
    (the ``related_label`` family: "Lesen Sie auch", "Notas relacionadas", "Read more",
    "Weiterlesen:"), wherever it stands: such labels never head a part of an article. The
    run is the kept lines right after it while each is shaped as a headline (as T004 judges
    one, but from 3 words: a capital first, no sentence break inside, no full stop, comma,
    colon or ellipsis at the end), with a date alone on its line allowed after a headline
    ("Jueves 21 abril, 2022"); it needs at least two headlines.

    Leaves alone: a single line under a label (it may be the article's own subheading, its
    teaser dropped), labels of further-information boxes ("Weitere Informationen", which
    may head the article's own points), and everything from the first line of the run that
    is not a headline or a date (a sentence, a line of one or two words, a heading) or that
    stands right over a byline or a dateline (the article's own headline under a "Trending
    Now" box), or that has four words or fewer and two paragraphs under it (the article's own
    subheading after a box of one teaser: "Warten auf Bescheide").
    """

    code = "G009"
    name = "labelled-headlines"
    category = Category.RELATED
    phase = Phase.LAST  # the label must be sure to go
    needs = ("G006",)
    examples = (
        Example(
            "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. "
            * 3
            + "\n\nSiehe auch\n\nDie dümmste aller Verschwörungstheorien: Chemtrails\n"
            "Sinnlose Astrologie, Nostradamus und ein wenig evolutionäres Gehirn\n"
            "9. Dezember 2013 at 14:58\nSchöne Einleitung, danke.\n",
            removed=(
                "Die dümmste aller Verschwörungstheorien: Chemtrails",
                "Sinnlose Astrologie, Nostradamus und ein wenig evolutionäres Gehirn",
                "9. Dezember 2013 at 14:58",
            ),
        ),
    )
    counterexamples = (
        # One line under the label: the article's own subheading, its teaser dropped.
        "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. "
        * 3
        + "\n\nLesen Sie auch\n\nDie Arbeiten an der Brücke beginnen im Mai\n"
        "Die Stadt rechnet mit Kosten von rund zwei Millionen Euro für die Sanierung.\n",
        # The article's own headline under a teaser box, over its byline.
        "Trending Now\n\nTeen charged after crash that killed two near the lake\n"
        "Farmers brace for third straight dry year as snowpack hits record low\n"
        "By Reid Halvorsen\n"
        + "Farmers across the province are preparing for another season of drought. " * 3
        + "\n",
        # Sentences under the label: not titles.
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nRead more\n\nThe works on the bridge start in May.\n"
        "The tram will run on the old bridge again from December.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.label = family_pattern(self.config, "related_label")
        #: Codes of the byline and dateline rules: a headline over their lines is the article's.
        self.credit_codes = rule_codes(Category.BYLINE, Category.DATELINE)

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        if not kept:
            return
        removed = doc.removed()
        position = {i: n for n, i in enumerate(kept)}
        taken: set[int] = set()  # labels seen (two rules may take one) and lines found
        credits = lines_removed_by(doc, self.credit_codes)
        for f in doc.prior:
            if not f.remove:
                continue
            for label in range(f.start, f.end):
                if (
                    label in taken
                    or doc.lines[label].words > _LABEL_WORDS
                    or not search(self.label, doc.lines[label].plain)
                ):
                    continue
                taken.add(label)
                run = [
                    i
                    for i in self._run(doc, label, kept, position, removed, credits)
                    if i not in taken
                ]
                taken.update(run)
                for i in run:
                    yield Finding(i, i + 1, self.code, "another article's headline under a label")

    @staticmethod
    def _run(
        doc: Document,
        label: int,
        kept: tuple[int, ...],
        position: dict[int, int],
        removed: frozenset[int],
        credits: frozenset[int],
    ) -> list[int]:
        # The first kept line after the label, with only removed or blank lines between.
        nxt = label + 1
        while nxt < len(doc.lines) and nxt not in position:
            if nxt not in removed and doc.lines[nxt].plain.strip():
                return []
            nxt += 1
        if nxt >= len(doc.lines):
            return []
        run: list[int] = []
        dates: set[int] = set()
        headlines = 0
        for i in kept[position[nxt] :]:
            if doc.next_content(i) in credits:
                break  # the article's own headline, over its byline or date
            if (
                run
                and doc.lines[i].words <= _SUBHEADING_WORDS
                and not _date_alone(doc, i)
                and _over_paragraphs(doc, i, removed)
            ):
                break  # the article's subheading, its paragraphs under it ("Warten auf Bescheide")
            if TailHeadlines._headline(doc, i, _LABELLED_WORDS):
                headlines += 1
            elif not (run and run[-1] not in dates and _date_alone(doc, i)):
                break
            else:
                dates.add(i)
            run.append(i)
        return run if headlines >= _MIN_LABELLED else []


def _over_paragraphs(doc: Document, index: int, removed: frozenset[int]) -> bool:
    """Whether two kept prose lines stand right under the line: the article goes on."""
    below = index
    for _ in range(2):
        nxt = doc.next_content(below)
        if nxt is None or nxt in removed or not doc.prose[nxt]:
            return False
        below = nxt
    return True


def _date_alone(doc: Document, index: int) -> bool:
    """Whether the line is a date and little else: "Jueves 21 abril, 2022", "9. Dezember
    2013 at 14:58"."""
    line = doc.lines[index]
    if line.words > _DATE_LINE_WORDS or line.link_chars:
        return False
    text = line.markdown.strip()  # "9. Dezember 2013" parses as an item of a numbered list
    found = find_date(text)
    if found is None:
        return False
    m = found[1]
    rest = _DATE_REST.sub(" ", text[: m.start()] + " " + text[m.end() :])
    return len(rest.split()) <= _DATE_REST_WORDS
