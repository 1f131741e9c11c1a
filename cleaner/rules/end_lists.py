"""Lists that end a page: the author's or the site's other articles (T002), a box of
recommended sites or products (T003)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Rule, register
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
