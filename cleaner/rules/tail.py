"""The tail zone: the run of footer lines after an article's last paragraph.

Scrapers keep what a site prints under its articles: source lines, share and subscribe
prompts, author bios, contact blocks, comment policies. Each alone may look like a sentence;
together, after the last paragraph and with one certain end marker among them, they are the
footer. T001 takes that run as a block and names each line's kind in the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, Line, LineKind
from cleaner.rules.registry import Rule, register
from cleaner.text.segment import Document

_URL = r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|co\.uk|tv|io|us|de|fr|es|it|pt|br)\b(?:/\S*)?"
#: Certain end markers: what only a footer says, in en, de, fr, es, pt and it.
_END_MARKER = regex.compile(
    r"""^[\W_]*(?:
      (?:video\s+|photo\s+|image\s+)?(?:source|sources|quelle|fuente|fonte|via|h/?t|hat\s+tip)\s*[:@]
    | (?:-\s*)?see\s+more\s+at\s*:
    | read\s+more\s+(?:great\s+articles\s+)?(?:at\b|@|here\b|on\b)
    | the\s+post\s+.{2,300}\s+appeared\s+first\s+on\s+
    | .{2,200}\s+is\s+a\s+post\s+from\s+
    | (?:this|the)\s+(?:article|post|story|piece|column|essay)\s+(?:was\s+|is\s+)?
      (?:written\s+by\s+.{2,80}\s+and\s+)?
      (?:(?:originally|first)\s+)?(?:published|appeared|posted|produced|ran)\b
    | (?:this\s+column|a\s+version\s+of\s+this\s+(?:piece|article|story))\s+
      (?:also\s+|first\s+)?(?:ran|appeared)\b
    | (?:originally|first)\s+(?:published|appeared|posted)\s+(?:at|on|in|by)\b
    | (?:re-?published|reprinted|cross-?posted)\s+(?:with\s+permission\b|from\b)
    | (?:copyright|©|\(c\)\s*\d)
    | .{0,120}\ball\s+rights\s+reserved\b
    | (?:please\s+)?(?:adhere\s+to\s+our\s+)?comment(?:ing)?\s+policy\b
    | spread\s+the\s+word\b
    | (?:about\s+(?:the\s+)?(?:author|authors|us|writer)|über\s+(?:den|die)\s+autor(?:in)?|
         à\s+propos\s+de\s+l'auteur|sobre\s+(?:el|o)\s+autor)\s*:?[\W_]*$
    | (?:contacts?\s+(?:and\s+sources|details|info(?:rmation)?)|media\s+contact|
         press\s+contact|kontakt)\s*:
    | (?:[-_=*~–—•·.]\s*){3,}$
    | [–—-]$
    | (?:also|more|other|recent|older|latest)\s+(?:articles?\s+|posts?\s+|stories\s+)?by\s+
      \p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*:?[\W_]*$
    | most\s+recent\s+(?:articles|posts|stories)\s+by\b
    | rss\s+feed\s+for\b
    | loading\s+comments
    | \d{1,3}\s*%\s+of\s+readers\s+think
    | advertisements?$
    | (?:like|share|follow|subscribe|donate|support)\b[^.!?]{0,60}\b
      (?:this\s+(?:article|post|story|page)|us\s+on|me\s+on|
         our\s+(?:page|channel|newsletter|work|site|website)|
         my\s+(?:page|channel|newsletter|work|site|website|blog))
    | (?:to\s+)?donate\b
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: A call to action: a verb of the site's asks, then within a few words its target. The
#: asks only a site makes (share, follow, subscribe, donate ...) may open a footer run; the
#: others (visit, click, watch, read more ...) are also said inside articles, so they only
#: extend one.
_SITE_ASKS = (
    r"subscribe|follow|like|share|support|donate|sign\s+up|join|"
    r"abonnieren|abonniere|folgen?\s+sie|teilen|unterstützen|spenden|"
    r"abonnez|suivez|partagez|soutenez|faites\s+un\s+don|"
    r"suscríbete|suscribete|síguenos|siguenos|comparte|apoya|"
    r"inscreva-se|assine|siga|compartilhe|apoie|"
    r"iscriviti|seguici|condividi|sostieni"
)
_OTHER_ASKS = (
    r"visit|click|tap|download|watch|listen|check\s+(?:me|us|it|out)|read\s+more|to\s+read\s+more|"
    r"receive|go\s+to|get\s+(?:a|the|our|my|your)|learn\s+more|find\s+out\s+more|"
    r"besuchen|klicken|visitez|cliquez|visita|haz\s+clic|clique|clicca|dona|doe"
)
_CTA_TARGET = (
    _URL + r"|\bhere\b|\bhier\b|\bici\b|\baquí\b|\baqui\b|\bqui\b|@\w+|"
    r"\b(?:my|our|this|the)\s+(?:web\s*site|site|blog|channel|page|newsletter|podcast|youtube|"
    r"book|store|shop|show|work|articles?|posts?)\b|"
    r"\b(?:facebook|twitter|youtube|instagram|telegram|gab|patreon|paypal|substack|rss|"
    r"e-?mail\s+list|mailing\s+list|newsletter)\b"
)
_CTA_LEAD = (
    r"^[\W_]*(?:(?:please|and|also|don't\s+forget\s+to|be\s+sure\s+to|make\s+sure\s+to|"
    r"you\s+can|if\s+you\s+[^,]{3,60},|to\s+[^,]{3,60},|bitte|n'oubliez\s+pas\s+de|"
    r"no\s+olvides)\s+)?"
)
_SITE_CTA = regex.compile(
    _CTA_LEAD + rf"(?:{_SITE_ASKS})\b.{{0,120}}?(?:{_CTA_TARGET})", regex.IGNORECASE
)
_OTHER_CTA = regex.compile(
    _CTA_LEAD + rf"(?:{_OTHER_ASKS})\b.{{0,120}}?(?:{_CTA_TARGET})", regex.IGNORECASE
)
#: A line in the third person about a person or an organisation: a name (not a pronoun or
#: a determiner), then "is a ...", "has written ...", "lives in ...", "writes for ...".
_NOT_NAMES = (
    r"(?:It|This|That|These|Those|There|Here|He|She|They|We|I|You|The|A|An|What|Which|"
    r"Who|If|When|So|But|And|Or|PS|P\.S)\b"
)
_BIO = regex.compile(
    rf"^[\W_]*(?P<org>The\s+)?(?!{_NOT_NAMES})(?:(?P<domain>\p{{Lu}}[\p{{L}}'’-]*\.[\p{{L}}.]+)|"
    r"\p{Lu}[\p{L}.'’-]+(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|al|bin)){1,4})"
    r"(?:,\s*[^,]{2,40},)?,?\s+"
    r"(?i:(?:is|was|has\s+been)\s+(?:also\s+|currently\s+|now\s+)?(?:a|an|the|one\s+of|"
    r"(?:co-?)?founder|president|director|editor|author|professor|commander|chief|head|"
    r"senior|executive|managing|contributing|associate|assistant)\s|"
    r"has\s+(?:written|authored|published|worked|appeared|contributed)|holds\s+a|"
    r"lives\s+(?:in|on|with)|works\s+(?:as|at|for|in)|serves\s+as|writes\s+(?:for|about|on)|"
    r"teaches|offers\s|provides\s|"
    r"ist\s+(?:ein|eine|seit)|schreibt\s+für|lebt\s+in|arbeitet\s+(?:als|bei)|"
    r"est\s+(?:un|une|le|la)\s|vit\s+à|es\s+(?:un|una|el|la)\s|vive\s+en|é\s+(?:um|uma|o|a)\s|"
    r"è\s+(?:un|una|il|la)\s)",
)
#: Bare address lines and "Name – address" credits.
_ADDRESS_LINE = regex.compile(
    rf"^[\W_]*(?:[^\s]+(?:\s+[^\s]+){{0,5}}\s*[–—:-]\s+)?(?:{_URL})[\W_]*$", regex.IGNORECASE
)
#: Words a weak line may have at most (short lines between other footer lines).
_WEAK_WORDS = 14
#: A weak line that ends like a sentence must be this short ("Thank you!"): a short last
#: sentence after a share button is the article's.
_SHORT_WORDS = 3
_SENTENCE = regex.compile(r"[.!?…][\W_]*$")
#: A slogan, not a sentence: every word capitalised, or shouted ("Wake Up!!!").
_SLOGAN = regex.compile(r"^[\W\d_]*(?:\p{Lu}\S*[\s\W]*)+$|[!?]{2,}[\W_]*$")
#: Words a call to action or an address line may have at most.
_MEDIUM_WORDS = 60
#: Categories of earlier findings whose lines count as certain footer lines.
_FOOTER_CATEGORIES = frozenset(
    {
        Category.SOURCE_ATTRIBUTION,
        Category.COPYRIGHT,
        Category.DISCLAIMER,
        Category.FAIR_USE,
        Category.SOCIAL_PROMPT,
        Category.MEMBERSHIP_PROMPT,
        Category.AUTHOR_BIO,
        Category.CONTACT,
        Category.MEDIA_CONTACT,
        Category.PROMO,
        Category.BOOK_PROMO,
        Category.REPETITION,
        Category.ADVERTISEMENT,
        Category.PAYWALL,
        Category.RELATED,
    }
)


class Kind(Enum):
    """How a line looks from the tail zone."""

    BODY = 0
    WEAK = 1  # short, between footer lines
    MEDIUM = 2  # a call to action, a bio, an address: footer-like, not certain alone
    STRONG = 3  # an end marker, or a line an earlier footer rule took


#: The report category of a tail line by what it says (first match wins).
_LINE_CATEGORIES: tuple[tuple[regex.Pattern[str], Category], ...] = (
    (
        regex.compile(r"^[\W_]*(?:spread\s+the\s+word|like|share|follow)\b", regex.I),
        Category.SOCIAL_PROMPT,
    ),
    (regex.compile(r"comment|readers\s+think|two\s+cents", regex.I), Category.COMMENTS),
    (
        regex.compile(
            r"\b(?:donat|paypal|patreon|spende|spenden\b|un\s+don\b|support\s+(?:us|our|my))",
            regex.I,
        ),
        Category.DONATE,
    ),
    (
        regex.compile(r"subscri|newsletter|abonn|suscr|inscr|iscriv|rss|receive", regex.I),
        Category.MEMBERSHIP_PROMPT,
    ),
    (
        regex.compile(r"\b(?:share|like|follow|spread|teilen|partag|compart|condivid)", regex.I),
        Category.SOCIAL_PROMPT,
    ),
    (regex.compile(r"copyright|©|\(c\)\s*\d|all\s+rights\s+reserved", regex.I), Category.COPYRIGHT),
    (
        regex.compile(
            r"^[\W_]*(?:source|via|h/?t|quelle|fuente|fonte)|appeared\s+first|published|is\s+a\s+post\s+from|see\s+more\s+at|read\s+more\s+@|ran\b|courtesy",
            regex.I,
        ),
        Category.SOURCE_ATTRIBUTION,
    ),
    (regex.compile(r"contact|call:|phone|e-?mail|kontakt", regex.I), Category.CONTACT),
    (
        regex.compile(
            r"(?:articles?|posts?|stories)\s+by\b|also\s+by\b|read\s+also|related", regex.I
        ),
        Category.RELATED,
    ),
)


@register
class TailZone(Rule):
    """The footer run after the article's last paragraph: source lines, share, subscribe
    and donate prompts, bios, contact blocks, comment policies, separators, as one block.

    Why: a site's footer follows the article as a run of lines that each look like a
    footer (a call to action, a bio, an address, a short label) with one line among them
    that only a footer says ("Source: ...", "The post ... appeared first on ...", a
    copyright, a comment policy, "About the author", a separator); rules for single lines
    leave the rest of the run behind.

    Leaves alone: runs with no certain end marker; every line before the run's first
    footer-like line (a short last paragraph, a list that ends the article); runs after
    which prose follows again. Uncertain: the body-loss guard may keep the run.
    """

    code = "T001"
    name = "tail-zone"
    category = Category.NAVIGATION
    after = True
    examples = (
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nJane Doe is a reporter who has covered the city council since 2009.\n\n"
        "Follow her on Twitter @janedoe\n\n"
        "Source: https://example.org/2017/12/03/the-council-votes-on-the-old-bridge-over-the-river/\n",
        "The council voted on Tuesday to repair the old bridge over the river. "
        * 3
        + "\n\nThe post Council votes on bridge appeared first on City News.\n\n"
        "Spread the word! LIKE and SHARE this article.\n",
    )
    counterexamples = (
        # A call to action that is part of the piece, with no end marker after it.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nWatch the full video here:\n\nhttps://www.youtube.com/watch?v=abc\n",
        # A bio that ends the text with no certain footer marker: it may be the article's.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nJane Doe is a reporter who has covered the city council since 2009.\n",
        # A short sentence after a share button is the article's last line.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nShare on Facebook\n\nThe works start in May.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        from cleaner.rules.registry import detectors  # complete once the rule modules are imported

        #: Codes of the rules whose lines count as certain footer lines.
        self.footer_codes = frozenset(
            code for code, rule in detectors().items() if rule.category in _FOOTER_CATEGORIES
        )

    def detect(self, doc: Document) -> Iterator[Finding]:
        lines = doc.lines
        footer = {
            i
            for f in doc.prior
            if f.remove and f.code in self.footer_codes
            for i in range(f.start, f.end)
        }
        removed = doc.removed()
        run: list[tuple[int, Kind]] = []
        for i in range(len(lines) - 1, -1, -1):
            line = lines[i]
            if line.kind is LineKind.BLANK:
                continue
            kind = Kind.STRONG if i in footer else _kind(line, i in removed, doc.prose[i])
            if kind is Kind.BODY:
                break
            run.append((i, kind))
        run.reverse()
        run = _after_last_prose_bio(doc, run)
        kept = _reference_lists(doc, run, removed)
        start = next(
            (n for n, (i, k) in enumerate(run) if k is not Kind.WEAK and i not in kept), None
        )
        if start is None or not any(k is Kind.STRONG for _, k in run[start:]):
            return
        if not any(doc.prose[: run[start][0]]):  # no article before it: not a footer
            return
        for i, _ in run[start:]:
            if i in removed or i in kept:
                continue
            category = _line_category(lines[i])
            facts = _facts(lines[i], category)
            yield Finding(
                i,
                i + 1,
                self.code,
                "footer line after the article's last paragraph",
                facts,
                uncertain=True,
                category=category,
            )


def _after_last_prose_bio(doc: Document, run: list[tuple[int, Kind]]) -> list[tuple[int, Kind]]:
    """The run without what comes up to an organisation's description that no certain
    marker follows: it may be the article's own last paragraph ("Example.org is a free web
    app that ..."), so the run starts after it. A person's bio there is the author's."""
    last_strong = max((n for n, (_, k) in enumerate(run) if k is Kind.STRONG), default=-1)
    for n in range(len(run) - 1, last_strong, -1):
        i, kind = run[n]
        m = _BIO.search(doc.lines[i].plain) if kind is Kind.MEDIUM and doc.prose[i] else None
        if m and (m.group("org") or m.group("domain")):
            return run[n + 1 :]
    return run


#: The name of the source in a republishing line ("... appeared first on City Herald.").
_SOURCE_NAME = regex.compile(
    r"(?:appeared\s+first\s+on|first\s+appeared\s+(?:on|in|at)|is\s+a\s+post\s+from|"
    r"(?:originally|first)\s+published\s+(?:at|on|in|by))\s+(?P<source>[^.]{2,80}?)[.]?$",
    regex.IGNORECASE,
)


def _facts(line: Line, category: Category) -> tuple[Fact, ...]:
    """The bio or the source name a footer line gives the report."""
    text = line.plain.strip()
    if category is Category.AUTHOR_BIO:
        return (Fact("bio", text),)
    m = _SOURCE_NAME.search(text) if category is Category.SOURCE_ATTRIBUTION else None
    return (Fact("source", m.group("source").strip(" .,:;")),) if m else ()


#: Address lines under a heading that make it a list of references (the piece's own).
_MIN_REFERENCES = 2


def _reference_lists(
    doc: Document, run: list[tuple[int, Kind]], removed: frozenset[int]
) -> frozenset[int]:
    """Lines of the run that form a reference list: a heading ending in a colon ("For more
    information see:") over at least two address lines. They stay; the run goes on."""
    kept: set[int] = set()
    for n, (i, kind) in enumerate(run):
        if kind is Kind.STRONG or not doc.lines[i].plain.rstrip().endswith(":"):
            continue
        items = []
        for j, _ in run[n + 1 :]:
            plain = doc.lines[j].plain.strip()
            if not _ADDRESS_LINE.search(plain):
                break
            items.append(j)
        if len(items) >= _MIN_REFERENCES:
            kept.update([i, *items])
    return frozenset(kept)


def _kind(line: Line, removed: bool, prose: bool) -> Kind:
    text = line.plain.strip()
    if removed:
        return Kind.WEAK  # taken by a rule of no footer kind: part of the run, no marker
    if line.kind not in (LineKind.TEXT, LineKind.HEADING, LineKind.QUOTE, LineKind.RULE):
        return Kind.BODY  # lists and tables that end an article are its content
    if "|" in text:
        return Kind.BODY  # a table row or its separator
    if line.kind is LineKind.RULE or _END_MARKER.search(text):
        return Kind.STRONG
    words = line.words
    if words <= _MEDIUM_WORDS and _SITE_CTA.search(text):
        return Kind.MEDIUM
    if _BIO.search(text) and not text.endswith("?"):
        return Kind.MEDIUM
    if words <= _MEDIUM_WORDS and (_OTHER_CTA.search(text) or _ADDRESS_LINE.search(text)):
        return Kind.WEAK
    if (
        words <= _WEAK_WORDS
        and not prose
        and (words <= _SHORT_WORDS or not _SENTENCE.search(text) or _SLOGAN.search(text))
    ):
        return Kind.WEAK
    return Kind.BODY


def _line_category(line: Line) -> Category:
    text = line.plain
    if _BIO.search(text):
        return Category.AUTHOR_BIO
    for pattern, category in _LINE_CATEGORIES:
        if pattern.search(text):
            return category
    if _ADDRESS_LINE.search(text):
        return Category.LINKS
    return Category.NAVIGATION


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
        "Jane Doe has written on cars since 1995 and lives in Ottawa with her family.\n\n"
        "Most Recent Articles by Jane Doe:\n\nJun 29, 2008 — Jane Doe\n\n"
        "Who among us has not been found with documents it would not be good to keep.\n\n"
        "Jun 16, 2008 — Jane Doe\n\nTake some world class cars from Germany's top marques.\n",
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
