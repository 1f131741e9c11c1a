"""The tail zone: the run of footer lines after an article's last paragraph.

Scrapers keep what a site prints under its articles: source lines, share and subscribe
prompts, author bios, contact blocks, comment policies. Each alone may look like a sentence;
together, after the last paragraph and with one certain end marker among them, they are the
footer. T001 takes that run as a block and names each line's kind in the report.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.config import Config
from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import lines_removed_by, rule_codes
from cleaner.rules.tail_lines import ADDRESS_LINE, BIO, Kind, line_kind
from cleaner.rules.tail_report import footer_facts, line_category
from cleaner.text.segment import Document

#: A numbered entry ("12 Company Profiles", "12.1 ASML Holding"), and how many in a row a
#: footer run holds at most: more are a list of the article's, such as its contents.
_NUMBERED = regex.compile(r"^[\W_]*\d{1,3}(?:\.\d{1,3})*\.?\)?\s+\p{L}")
_MAX_NUMBERED = 3
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


@register
class TailZone(Rule):
    """The footer run after the article's last paragraph: source lines, share, subscribe
    and donate prompts, bios, contact blocks, comment policies, separators, as one block.

    Why: a site's footer follows the article as a run of lines that each look like a
    footer (a call to action, a bio, an address, a short label) with one line among them
    that only a footer says ("Source: ...", "The post ... appeared first on ...", a
    copyright, a comment policy, "About the author", a separator, a press release's end mark
    "###" or "-30-"); rules for single lines leave the rest of the run behind.

    Inside the run, a box "About X" (an organisation's or a person's description whose first
    paragraph names X) goes as a whole when an end marker follows it, or when it ends the text
    right under a certain footer line (a press release's contact block); a box about the site
    itself ("About us", "Über diese Reihe", "About this series": a heading and one or two
    paragraphs) goes as a whole where it ends the text, marker or none; so do a contact block's
    phone and address lines and a few related headlines in title capitals (up to 24 words; one
    that ends in "Click here!" may open the run). A request for comments ("Let me know below in
    the comments section") extends a run but does not open one: articles end in such a question
    too. A paragraph that names two of the site's buttons ("click the Like button ... the Share
    button") and a site's description whose linked name stands on the line above ("offers
    science news, videos and images") are footer lines as a call to action or a bio is; so is a
    pointer for more information, as press releases end ("For more information about X, please
    visit www.x.com"), and an appeal that speaks to the reader and names two of a site's asks
    or its work, in any wording ("Your gift sustains faithful Catholic journalism. Donate
    today.", "Hazte socio ... lectores libres"; :mod:`cleaner.rules.tail_words`), and a
    notice about the site's content that names two words of notices ("Nothing in the Hard
    Asset Dispatch is a recommendation to buy or sell any security", "Citizen Pulse Network
    does not verify member submissions"), unless it reports someone's words.

    Leaves alone: runs with no certain end marker; every line before the run's first
    footer-like line (a short last paragraph, a list that ends the article); runs after
    which prose follows again; a numbered list of more than three entries (a table of
    contents) and what stands before it; an "About X" section with no end marker after it
    ("About the bridge"), and three paragraphs or more under "About us".
    Uncertain: the body-loss guard may keep the run.
    """

    code = "T001"
    name = "tail-zone"
    category = Category.NAVIGATION
    phase = Phase.AFTER
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 3
            + "\n\nJane Doe is a reporter who has covered the city council since 2009.\n\n"
            "Follow her on Twitter @janedoe\n\n"
            "Source: https://example.org/2017/12/03/the-council-votes-on-the-old-bridge-over-the-river/\n",
            removed=(
                "Jane Doe is a reporter who has covered the city council since 2009.",
                "Follow her on Twitter @janedoe",
                (
                    "Source: "
                    "https://example.org/2017/12/03/the-council-votes-on-the-old-bridge-over-the-river/"
                ),
            ),
            facts={"bio": "Jane Doe is a reporter who has covered the city council since 2009."},
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 3
            + "\n\nThe post Council votes on bridge appeared first on City News.\n\n"
            "Spread the word! LIKE and SHARE this article.\n",
            removed=(
                "The post Council votes on bridge appeared first on City News.",
                "Spread the word! LIKE and SHARE this article.",
            ),
            facts={"source": "City News"},
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 3
            + "\n\nAbout CMSA:\n\nThe Cowboy Mounted Shooting Association (CMSA) is one of the "
            "fastest growing sports organizations in the nation.\n\n"
            "This post Council votes on bridge appeared first on City News.\n",
            removed=(
                "About CMSA:",
                (
                    "The Cowboy Mounted Shooting Association (CMSA) is one of the fastest "
                    "growing sports organizations in the nation."
                ),
                "This post Council votes on bridge appeared first on City News.",
            ),
            facts={
                "source": "City News",
                "bio": (
                    "The Cowboy Mounted Shooting Association (CMSA) is one of the fastest "
                    "growing sports organizations in the nation."
                ),
            },
        ),
    )
    counterexamples = (
        # A call to action that is part of the piece, with no end marker after it.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nWatch the full video here:\n\nhttps://www.youtube.com/watch?v=abc\n",
        # A bio that ends the text with no certain footer marker: it may be the article's.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nJane Doe is a reporter who has covered the city council since 2009.\n",
        # An update that names the country "US" in capitals over a related heading: "US"
        # is not the reader's "us", so the paragraph is no appeal to the reader.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nUpdate, 2:15 pm: A spokesperson confirmed the increase in an email, saying it "
        + '"reflects the rising cost of licensing music." The company did not say whether '
        + "prices would rise outside the US.\n\nRead also: Rival service adds lossless audio"
        + "\n\nMore From ByteWire\n",
        # A reported appeal: the paragraph tells what someone urged, it is no call.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nHarris urged supporters to donate to the workers' strike fund, saying, "
        + '"Every dollar means somebody does not have to choose."'
        + "\n\nRead also: Rival service adds lossless audio\n\nMore From ByteWire\n",
        # A short sentence after a share button is the article's last line.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nShare on Facebook\n\nThe works start in May.\n",
        # An "About X" section that ends the article, with no end marker after it.
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nAbout the bridge\n\nThe bridge was built in 1890 and carries the tram.\n",
    )

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        #: Codes of the rules whose lines count as certain footer lines.
        self.footer_codes = rule_codes(*_FOOTER_CATEGORIES)

    def detect(self, doc: Document) -> Iterator[Finding]:
        lines = doc.lines
        footer = lines_removed_by(doc, self.footer_codes)
        removed = doc.removed()
        run: list[tuple[int, Kind]] = []
        i = len(lines)
        numbered = 0  # numbered entries in a row that no other rule took
        boxed: set[int] = set()  # lines of "About X" boxes: bios
        headings: set[int] = set()  # their headings ("About CMSA:")
        while (i := i - 1) >= 0:
            line = lines[i]
            if line.kind is LineKind.BLANK:
                continue
            kind = Kind.STRONG if i in footer else line_kind(line, i in removed, doc.prose[i])
            entry = kind is Kind.WEAK and i not in removed and _NUMBERED.search(line.plain)
            numbered = numbered + 1 if entry else 0
            if numbered > _MAX_NUMBERED:
                break  # a numbered list (a table of contents) is the article's
            if kind is Kind.BODY:
                # An "About X" box goes when a footer marker follows it; a box about the
                # site itself ("About us", "Über diese Reihe") is one wherever it stands.
                strong = any(k is Kind.STRONG for _, k in run)
                box = _about_box(doc, i, own=not strong)
                if box is None and not run:
                    # A box that ends the text right under a certain footer line (a press
                    # release's contact block, then "About X"), or whose first paragraph
                    # describes X the way a company describes itself ("Acme Corp is a
                    # leading provider of ...").
                    box = _about_box(doc, i)
                    above = doc.next_content(box[0], -1) if box else None
                    if box and (above is None or above not in footer) and not _blurb(doc, box):
                        box = None
                elif box is None:
                    # Such a box whose last paragraph points to the company's site: the
                    # lines below this heading are that box.
                    whole = _about_box(doc, run[0][0])
                    if (
                        whole
                        and whole[0] > i
                        and not boxed.intersection(whole)
                        and {j for j, _ in run} <= set(whole)
                        and _blurb(doc, whole)
                    ):
                        box, run = whole, []
                if box is None:
                    break
                boxed.update(box)
                headings.add(box[0])  # a bio line that gives no bio: the text below does
                run.extend((j, Kind.MEDIUM) for j in reversed(box[1:]))
                run.append((box[0], Kind.STRONG))
                i = box[0]
                continue
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
            category = Category.AUTHOR_BIO if i in boxed else line_category(lines[i])
            facts = () if i in headings else footer_facts(lines[i], category)
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
        m = BIO.search(doc.lines[i].plain) if kind is Kind.MEDIUM and doc.prose[i] else None
        if m and (m.group("org") or m.group("domain")):
            return run[n + 1 :]
    return run


#: What names the site itself in an about-box heading: "diese Reihe", "this blog", "ce site"
#: (not "this site", which may be a place: a fort's "About this site").
_OWN_NAME = (
    r"(?:(?:this|diese[nrs]?|cette|ce|cet|esta|este|esse|essa|questa|questo)\s+"
    r"(?:series|serie|série|reihe|blog|website|webseite|seite|sitio|página|podcast|"
    r"newsletter|column|kolumne|chronique|rubrik|rubrica|magazine|magazin|revista|portal|"
    r"publication|publikation)|ce\s+site)"
)
#: The heading of a box about an organisation or a person: "About Us:", "About CMSA:",
#: "About ALPS OutdoorZ, an ALPS Brands Company:", "Über uns", "À propos de Example".
_ABOUT_HEADING = regex.compile(
    r"^[\W_]*(?:about|über|à\s+propos\s+d[e']|sobre|acerca\s+de|chi\s+(?:è|siamo))\s*"
    rf"(?P<name>(?i:us|uns|nous|nosotros|nós|{_OWN_NAME})|(?:(?:the|die|der|das|den|le|la|les|el|los|las|il|lo|o|a)\s+|l['’])?"
    rf"(?-i:\p{{Lu}})[^.!?:]{{1,60}}?)\s*:?[\W_]*$",
    regex.IGNORECASE,
)
_OWN = regex.compile(_OWN_NAME, regex.IGNORECASE)
_WE = frozenset({"us", "uns", "nous", "nosotros", "nós", "siamo"})
#: Words an about-box heading has at most, and paragraphs its box has at most.
_ABOUT_WORDS = 8
_BOX_PARAGRAPHS = 4
#: Paragraphs a box about the site itself has at most when no footer marker follows it.
_OWN_BOX_PARAGRAPHS = 2
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\d.&'’-]{2,}")


def _about_box(doc: Document, end: int, *, own: bool = False) -> list[int] | None:
    """The lines of an "About X" box that ends at line ``end``: its heading, then a few
    paragraphs, the first naming X ("About CMSA:" / "The Cowboy Mounted Shooting
    Association (CMSA) is ..."). None if ``end`` is not the last line of such a box. With
    ``own``, only a box about the site or its series ("About us", "Über diese Reihe")."""
    paragraphs: list[int] = []
    j = end
    most = _OWN_BOX_PARAGRAPHS if own else _BOX_PARAGRAPHS
    while j >= 0 and len(paragraphs) <= most:
        line = doc.lines[j]
        j -= 1
        if line.kind is LineKind.BLANK:
            continue
        m = _ABOUT_HEADING.search(line.plain) if line.words <= _ABOUT_WORDS else None
        if m:
            if own and not _own_name(m.group("name")):
                return None
            if paragraphs and _names(m.group("name"), doc.lines[paragraphs[-1]].plain):
                return [j + 1, *reversed(paragraphs)]
            return None
        if line.kind is not LineKind.TEXT:
            return None
        paragraphs.append(j + 1)
    return None


#: A company's or body's description of itself: "Acme Corp is a leading provider of ...",
#: "Founded in 1495, the University of Aberdeen is Scotland's third oldest university".
_BLURB = regex.compile(
    r"^[\W_]*(?:(?:founded|established|headquartered|based) in [^,.]{2,40},\s*)?"
    r"(?P<subject>[^,.;:!?]{2,80}?)\s+(?:is|are)\s+(?:a|an|the|one of|\p{L}+['’]s)\b",
    regex.IGNORECASE,
)


#: What a company or body calls itself after "is a": "a leading provider", "a nonprofit
#: organization"; or what its blurb says of itself: where it was founded, its site.
_SELF = regex.compile(
    r"\b(?:compan(?:y|ies)|provider|organi[sz]ation|firm|agency|institution|university|"
    r"foundation|network|platform|leader|group|publisher|non-?profit|association|developer|"
    r"maker|manufacturer|partner|brand|bank|fund|college|institute|consultancy|"
    r"supplier|operator|producer|distributor|specialist|pioneer)s?\b",
    regex.IGNORECASE,
)
_SELF_FACTS = regex.compile(
    r"\b(?:founded|headquartered|established) in\b|\bwww\.|https?://|"
    r"\bfor more information\b",
    regex.IGNORECASE,
)
#: News told in the paragraph: an article's closing section, not a blurb.
_REPORTED = regex.compile(
    r"\b(?:said|says|told|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    regex.IGNORECASE,
)
_SELF_WORDS = 15


def _blurb(doc: Document, box: list[int]) -> bool:
    """Whether the first paragraph of an about box opens as a company's or a body's
    description of itself ("Acme Corp is a leading provider of ...", with such a noun
    soon after "is a", or where it was founded, or its site), naming it as the heading
    writes it ("About the Study" over "The study is a ..." is the article's own section),
    and reports no news ("..., the mayor said on Tuesday")."""
    heading = _ABOUT_HEADING.search(doc.lines[box[0]].plain)
    text = doc.lines[box[1]].plain
    m = _BLURB.match(text)
    if not (heading and m and _names(heading.group("name"), m.group("subject"))):
        return False
    after = " ".join(text[m.end() :].split()[:_SELF_WORDS])
    return bool(_SELF.search(after) or _SELF_FACTS.search(text)) and not _REPORTED.search(text)


def _own_name(name: str) -> bool:
    """Whether an about-box heading names the site itself: "us", "diese Reihe", "this blog"."""
    return name.strip().lower() in _WE or bool(_OWN.fullmatch(name.strip()))


def _names(name: str, text: str) -> bool:
    """Whether ``text`` names what an about-box heading names ("us", "this series" name
    anyone)."""
    if _own_name(name):
        return True
    words = {w for w in _NAME_WORD.findall(name) if w not in ("The", "Our")}
    return any(regex.search(rf"\b{regex.escape(w)}\b", text) for w in words)


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
            if not ADDRESS_LINE.search(plain):
                break
            items.append(j)
        if len(items) >= _MIN_REFERENCES:
            kept.update([i, *items])
    return frozenset(kept)
