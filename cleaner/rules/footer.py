"""Footer rules: contact and media lines, source attribution, copyright, disclaimers,
fair use; a closing tag (social and membership prompts are in prompts.py)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, Line, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import LineRule, after_most_prose, lines_removed_by, reports_findings
from cleaner.rules.phrases import search
from cleaner.text.segment import Document

_YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")
_NOTICE_START = regex.compile(r"(?:copyright\b|©|\(c\)\s*\d)", regex.IGNORECASE)


@register
class ContactLine(LineRule):
    """A line telling readers how to reach the author: "Contact at jane@example.org".

    Why: contact details are metadata; the email goes to ``emails``.

    Leaves alone: sentences about contacting someone that hold no address.
    """

    code = "C001"
    name = "contact-line"
    category = Category.CONTACT
    family = "contact"
    max_words = 25
    reason = "contact details"
    examples = (
        Example("Contact at lendmanstephen@sbcglobal.net.\n"),
        Example("Kontakt: redaktion@example.de\n"),
    )
    counterexamples = ("Contact with the rebels was lost on Tuesday, officials said.\n",)


@register
class MediaContact(LineRule):
    """A press line: "For media inquiries: press@example.org", "Pressekontakt".

    Why: addressed to journalists, not readers.
    """

    code = "C002"
    name = "media-contact"
    category = Category.MEDIA_CONTACT
    family = "media_contact"
    max_words = 25
    reason = "press or media inquiries line"
    examples = (Example("For media inquiries: publications@globalresearch.ca\n"),)
    counterexamples = ("The media inquiries into the scandal went on for months.\n",)


@register
class ContactContinuation(Rule):
    """A short line inside a contact block: the organisation line between "Kontakt:" and
    the e-mail line ("Bundesverband der Pflegeberufe, Pressestelle").

    Why: a contact or press block spans lines, and only some of them carry a label or an
    address the phrase rules know; the line between two of them is part of the block.

    Leaves alone: prose lines, lines over ten words or with links, and lines that are not
    directly between two removed contact, press or source lines (C001, C002, L001) of the
    same block.
    """

    code = "C003"
    name = "contact-continuation"
    category = Category.CONTACT
    phase = Phase.AFTER
    #: Rules whose lines make a contact block ("Quelle und Kontakt:" lines are L001's).
    needs = ("C001", "C002", "L001")
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\nKontakt:\nStadtverwaltung, Pressestelle\nE-Mail: presse@example.de\n",
            removed=("Stadtverwaltung, Pressestelle",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nKontakt:\n\nStadtverwaltung, Pressestelle\n\nE-Mail: presse@example.de\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        contact = lines_removed_by(doc, self.needs)
        block = doc.block_of
        for i in range(1, len(doc.lines) - 1):
            if i in contact or (i - 1) not in contact or (i + 1) not in contact:
                continue
            line = doc.lines[i]
            if (
                block[i] >= 0
                and block[i - 1] == block[i] == block[i + 1]
                and not doc.prose[i]
                and line.words <= _CONTINUATION_WORDS
                and not line.link_chars
            ):
                yield Finding(i, i + 1, self.code, "line inside a contact block")


#: The longest line C003 takes inside a contact block.
_CONTINUATION_WORDS = 10


#: A press release's heading over its notes for editors, as C002 takes it.
_NOTES_HEADING = regex.compile(
    r"^[\W_]*(?:notes? (?:to|for) editors|editor'?s'? notes?|noot voor de redactie"
    r"(?:,? niet voor publicatie)?|hinweise? für (?:die )?redaktionen|hinweis an die redaktion|"
    r"notes? (?:aux|à la|pour les) (?:rédactions?|journalistes)|notas? (?:para|a) (?:los )?"
    r"(?:editores|medios|redacciones)|nota (?:per|alle) (?:le )?redazion[ie])\s*:?[\W_]*$",
    regex.IGNORECASE,
)
#: An organisation's box that ends the notes: "About Save the Children", "Über die X".
_ABOUT = regex.compile(
    r"^[\W_]*(?:about|über|à propos d[e']|sobre|acerca de|over|informazioni su)\s+\S", regex.I
)
#: Lines and words of the notes C004 takes at most.
_NOTES_LINES = 8
_NOTES_WORDS = 60


@register
class EditorsNotes(Rule):
    """The notes for editors under a press release, after their heading: "Notes to editors"
    over "Spokespeople are available for interview", "Photos are available here".

    Why: press releases end with notes for journalists (who to call, where the pictures
    are, background figures); the heading is C002's, the notes under it are the site's
    words for the press, not the story.

    Leaves alone: notes before half of the text's prose (a heading inside an article about
    press work), lines over sixty words, and everything from the next line another rule
    took, the next heading or an "About X" box on (T001 judges the box); eight lines at most.
    """

    code = "C004"
    name = "editors-notes"
    category = Category.MEDIA_CONTACT
    phase = Phase.AFTER
    needs = ("C002",)
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. "
            * 3
            + "\n\nNotes to editors\n\n* Spokespeople are available for interview.\n\n"
            "* Photos are available on request.\n",
            removed=(
                "* Spokespeople are available for interview.",
                "* Photos are available on request.",
            ),
        ),
    )
    counterexamples = (
        "Notes to editors\n\nThe council voted on Tuesday to repair the old bridge. " * 3,
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        headings = [
            f.start
            for f in doc.prior
            if f.remove and f.code == "C002" and _NOTES_HEADING.match(doc.lines[f.start].plain)
        ]
        removed = doc.removed()
        for start in headings:
            if not after_most_prose(doc, start):
                continue
            taken = 0
            i = doc.next_content(start)
            while i is not None and taken < _NOTES_LINES:
                line = doc.lines[i]
                if (
                    i in removed
                    or line.kind is LineKind.HEADING
                    or line.words > _NOTES_WORDS
                    or _ABOUT.match(line.plain)
                ):
                    break
                yield Finding(i, i + 1, self.code, "note for editors under a press release")
                taken += 1
                i = doc.next_content(i)


#: A hat tip in brackets, "(via Geeks Are Sexy)", and a republishing note with no "was"
#: ("This story first appeared in …"); with a year or a clause after it, such a note is
#: the article's sentence about a story.
_VIA = regex.compile(r"^[\W_]*\(\s*(?:via|h/t|hat tip)\b", regex.IGNORECASE)
_FIRST_APPEARED = regex.compile(
    r"^[\W_]*this (?:article|post|story|piece) (?:originally|first)\b", regex.IGNORECASE
)
_STORY_OF_ITS_OWN = regex.compile(r"\b(?:1[5-9]|20)\d\d\b|,")
#: Where such a note names the source: words in capitals ("VICE US", "The Conversation"),
#: or a domain; not "TikTok and quickly spread", "a Facebook group for local parents".
_SOURCE_NAME = regex.compile(
    r"^(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*"
    r"(?:\s+(?:of|de|du|des|la|le|der|[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*))*$|^[\w-]+(?:\.[\w-]+)+$"
)

#: A "Source:" label whose value has three words in small letters (not "of", "the", "und"
#: …) is the text's own (a security report's data flow), not a publication.
_SOURCE_LABEL = regex.compile(r"^[\W_]*(?:source|quelle|fuente|fonte|źródło)\s*:", regex.I)
_LOWER_WORD = regex.compile(
    r"\b(?!(?:of|the|and|for|on|in|de|del|la|le|les|des|du|der|die|das|und|für|y|e|et|da|do)\b)"
    r"\p{Ll}[\p{L}-]+"
)
_PROSE_SOURCE_WORDS = 3
#: A source given as its web address alone ("Source: https://www.example.com/news/1"): no
#: words of a report, however many its path has; but a code host's address is a program's
#: source code ("Source: https://github.com/keyvault/keyvault" beside "License: GPL-3.0").
_WEB_ADDRESS = regex.compile(
    r"(?!(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|"
    r"sourceforge\.net)\b)(?:https?://|www\.)\S+",
    regex.IGNORECASE,
)

#: A bibliographic reference: "et al." after the authors, or a DOI.
_REFERENCE = regex.compile(r"\bet al\b|\bdoi\s*:|\b10\.\d{4,9}/\S", regex.IGNORECASE)


@register
class SourceAttribution(LineRule):
    """Where the article first appeared: "The original source of this article is ...".

    Why: republishing notices are metadata; the name goes to ``source``.

    Leaves alone: a sentence citing a source inside the body ("The source said ..."), and a
    bibliographic reference set after "Source:" ("Source: Garcia MA, et al. Toxicological
    Sciences, 2024.", one with a DOI): a science story's citation of the study is its text;
    so is a sentence after "Source:" that reports what the source found ("Source: Census
    data show the town grew by a third in ten years."), and a value of three words in small
    letters, a report's data rather than a publication ("Source: HTTP POST to a webhook
    URL"). A source given as its web address alone is a source line wherever it stands
    ("Source: https://www.example.com/2018/08/lights-over-the-lake").
    """

    code = "L001"
    name = "source-attribution"
    category = Category.SOURCE_ATTRIBUTION
    family = "source_attribution"
    max_words = 60
    reason = "attribution of the original source"
    examples = (
        Example(
            "The original source of this article is Global Research\n",
            facts={"source": "Global Research"},
        ),
        Example(
            "This article was originally published on The Conversation.\n",
            facts={"source": "The Conversation"},
        ),
        Example(
            "Originally posted to Jane Doe on Daily Kos at Tue Jan 24, 2017 at 08:12 AM PST.\n",
            facts={"source": "Daily Kos"},
        ),
        Example(
            "Read the full story at The Washington Post.\n",
            facts={"source": "The Washington Post"},
        ),
    )
    counterexamples = (
        "The original source of the river lies in the mountains, far to the north of the city.\n",
        "Source: Garcia MA, et al. Toxicological Sciences, 2024.\n",
        "Source: Census data show the town grew by a third in ten years.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        found = super().match(doc, index)
        text = doc.lines[index].plain
        if found is None or _REFERENCE.search(text) or reports_findings(text):
            return None
        if _VIA.match(text) and index < doc.body_end:
            return None  # "(via Frankfurt)" in the text; a hat tip closes the post
        source = next((f.value for f in found.facts if f.field == "source"), "")
        if (
            _SOURCE_LABEL.match(text)
            and not _WEB_ADDRESS.fullmatch(source)
            and len(_LOWER_WORD.findall(source)) >= _PROSE_SOURCE_WORDS
        ):
            return None  # "Source: HTTP POST to public ngrok webhook URL": a report's data
        if _FIRST_APPEARED.match(text) and (
            _STORY_OF_ITS_OWN.search(text) or not _SOURCE_NAME.match(source)
        ):
            return None  # "This story first appeared in The New Yorker in 1948."
        return found

    def facts(self, line: Line, m: regex.Match[str]) -> tuple[Fact, ...]:
        source = _source_name(m.group("source") or "")
        return (Fact("source", source),) if source else ()


#: What may follow a source's name in its line: "... on The Huffington Post and can be read
#: here.", "h/t to Jane Doe (University of Bristol) for guidance on this."
_AFTER_SOURCE = regex.compile(
    r"\s+(?:and (?:can|may) be (?:read|found|viewed)|for (?:guidance|the tip|pointing)|\()",
    regex.IGNORECASE,
)
_HAT_TIP_TO = regex.compile(r"^to\s+", regex.IGNORECASE)


def _source_name(text: str) -> str:
    """A source's name as a line gives it, without "to" after a hat tip, what follows the
    name, or a closing bracket the line opened before it ("(Quelle: cozy & cuddly…)")."""
    name = _HAT_TIP_TO.sub("", text.strip())
    cut = _AFTER_SOURCE.search(name)
    if cut and cut.start() > 0:
        name = name[: cut.start()]
    name = name.strip(" .,:;")
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip(" .,:;")
    return name


@register
class CopyrightNotice(LineRule):
    """A copyright notice: "Copyright © Jane Doe, 2017", "© 2020 Example Media".

    Why: legal boilerplate; the notice, holder and year go to the report.

    Leaves alone: sentences about copyright law with no © sign or "Copyright <year>", and
    notice words a sentence quotes after three words or more ("The photo says 'all rights
    reserved.' That doesn't mean what you think.").
    """

    code = "L002"
    name = "copyright-notice"
    category = Category.COPYRIGHT
    family = "copyright"
    max_words = 40
    reason = "copyright notice"
    examples = (
        Example(
            "Copyright © Stephen Lendman, Global Research, 2017\n",
            facts={
                "copyright": "Copyright © Stephen Lendman, Global Research, 2017",
                "copyright_holder": "Stephen Lendman, Global Research",
                "copyright_year": 2017,
            },
        ),
        Example(
            "© 2020 Example Media. All rights reserved.\n",
            facts={
                "copyright": "© 2020 Example Media. All rights reserved.",
                "copyright_holder": "Example Media",
                "copyright_year": 2020,
            },
        ),
    )
    counterexamples = (
        "The copyright on the old films expired decades ago, the court said.\n",
        "All rights reserved is a phrase you see on every album, but it means little.\n",
        '"Alle Rechte vorbehalten steht auf jedem Foto, aber das bringt wenig", sagt sie.\n',
        "All rights reserved by wind and sea,\n",
        "The photo says 'all rights reserved.' That doesn't mean what you think.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        m = search(self.pattern(), line.plain)
        if not m or _notice_in_prose(line, m):
            return None
        return self.finding(index, index + 1, self.facts(line, m))

    def facts(self, line: Line, m: regex.Match[str]) -> tuple[Fact, ...]:
        start = _NOTICE_START.search(line.plain)
        notice = line.plain[start.start() :] if start else line.plain
        facts = [Fact("copyright", notice.strip())]
        years = _YEAR.findall(notice)
        if years:
            facts.append(Fact("copyright_year", years[-1]))
        holder = regex.sub(r"(?i)copyright|©|\(c\)|all rights reserved\.?", " ", notice)
        holder = " ".join(_YEAR.sub(" ", holder).split()).strip(" ,.;:-")
        if holder:
            facts.append(Fact("copyright_holder", holder))
        return tuple(facts)


#: A prose line quoting the notice words is this long at least.
_PROSE_WORDS = 6
#: A line that opens with a quotation mark reports speech.
_OPENS_QUOTE = regex.compile(r"^\s*[\"“”„«»‚‘’']")
#: The rest of the word a match ended in; the word right after the match (a space or a
#: mark between), not a domain's first part ("© 2021 kath.net").
_REST_OF_WORD = regex.compile(r"\w*")
_NEXT_WORD = regex.compile(r"[^\w\n]{1,3}(\p{L}[\p{L}'’]*+)(?![.\-_/@]\w)")
#: Lower-case words that go on a notice ("© 2020 by Jane Doe", "All rights reserved
#: worldwide"); any other lower-case word makes the notice words a sentence's subject.
# fmt: off
_NOTICE_WORDS = frozenset((
    "by", "all", "the", "and", "unless", "except", "worldwide", "for", "to", "of", "in", "de",
    "del", "der", "die", "das", "la", "le", "les", "el", "los", "por", "par", "von", "inc",
    "ltd", "llc", "gmbh", "www", "reserved", "rights",
))
# fmt: on


def _notice_in_prose(line: Line, m: regex.Match[str]) -> bool:
    """Whether the notice words stand in a sentence about them, not in a notice: a verse
    or clause that goes on past the line's end (it ends in a comma), a quoted sentence, a
    notice quoted by the sentence before it ('... in the files' metadata: "© Jane Doe. All
    rights reserved."'), one where a verb follows them ("All rights reserved is a phrase
    ...", "Copyright © 2026 is printed on every CD"), or a Nordic party's letter "(C)" after
    a politician's name."""
    text = line.plain.rstrip()
    if text.endswith((",", ";")):
        return True
    if line.words < _PROSE_WORDS:
        return False
    if _OPENS_QUOTE.match(text) or _quoted_after_prose(text[: m.start()], text[m.start() :]):
        return True
    if _quoted_then_more(text[: m.start()], text[m.start() :]):
        return True
    party = _PARTY_LETTER.search(text)
    if party is not None and m.start() <= party.start("sign") < m.end():
        return True  # "Per-Olof Hansson (C) säger att ...": a party's letter
    rest = _REST_OF_WORD.match(text, m.end())
    if rest is not None and rest.end() > m.end():
        # The match ended in a word: the holder's name after the sign, in any case
        # ("© dpa", "© the authors").
        return False
    follow = _NEXT_WORD.match(text, m.end())
    if follow is None:
        return False
    word = follow[1]
    return word[0].islower() and word.lower() not in _NOTICE_WORDS


#: "(C)" after a name, with a sentence going on after it in small letters: a party's letter
#: ("Per-Olof Hansson (C) säger att ...", "... Lena Nyström (C) till SVT."), no copyright
#: sign ("Texte (C) bei der Redaktion").
_PARTY_LETTER = regex.compile(
    r"\p{Lu}[\p{L}'’-]*\s+(?P<sign>\(C\))\s+"
    r"(?!(?:bei|by|von|de|par|por|des|der)\b|(?:tous|all|alle|todos|tutti|alla)\s+\w*\s*"
    r"(?:droits|rights|rechte|derechos|diritti|rättigheter)\b)\p{Ll}[\p{L}'’]*\s+\S+"
)


#: The last quotation mark that opens a quote (searched from the end), and the words of
#: prose that must stand before it.
_LAST_OPENING_QUOTE = regex.compile(r"[“„«‚]|(?:^|(?<=[\s:(]))[\"‘']", regex.REVERSE)
_WORDS_BEFORE_QUOTE = 3
#: The marks that close each opening one.
_CLOSING = {"“": "”", "„": "“”", "«": "»", "‚": "‘’", '"': '"', "‘": "’", "'": "'"}


def _open_quote(before: str) -> regex.Match[str] | None:
    """The last quotation mark in ``before`` that opens a quote no mark in ``before`` closes
    (the notice after it stands inside the quote), or None."""
    opening = _LAST_OPENING_QUOTE.search(before)
    if opening is None or any(c in before[opening.end() :] for c in _CLOSING[opening[0]]):
        return None
    return opening


def _quoted_after_prose(before: str, after: str) -> bool:
    """Whether ``before`` (the text in front of a notice) ends inside a quotation that
    opens after a few words of prose: the notice is quoted, not printed. A straight single
    mark opens one only when another closes it after the notice's start (not "since '98",
    "'s-Hertogenbosch")."""
    opening = _open_quote(before)
    if opening is None:
        return False
    quoted = before[opening.end() :] + after
    if opening[0] == "'" and ("'" not in after or not quoted[:1].isalpha()):
        return False
    return len(before[: opening.start()].split()) >= _WORDS_BEFORE_QUOTE


#: The words that go on after a quoted notice.
_WORDS_AFTER_QUOTE = 3


def _quoted_then_more(before: str, after: str) -> bool:
    """Whether the notice stands in double quotation marks that open before it and close
    after it, with a few words going on after them: a headline or a sentence names the
    notice ('Does "All Rights Reserved" Still Mean Anything? Five Copyright Notice Myths')."""
    opening = _open_quote(before)
    if opening is None or opening[0] in "'‘‚":
        return False
    closing = min((i for c in _CLOSING[opening[0]] if (i := after.find(c)) >= 0), default=-1)
    return closing >= 0 and len(after[closing + 1 :].split()) >= _WORDS_AFTER_QUOTE


@register
class Disclaimer(LineRule):
    """A disclaimer: "Disclaimer: The contents of this article are of sole responsibility...".

    Why: legal boilerplate repeated on every article; its text goes to ``disclaimers``.

    Leaves alone: very long paragraphs, and sentences that discuss disclaimers.
    """

    code = "L003"
    name = "disclaimer"
    category = Category.DISCLAIMER
    family = "disclaimer"
    max_words = 200
    reason = "disclaimer"
    examples = (
        Example(
            "Disclaimer: The contents of this article are of sole responsibility of the "
            "author(s).\n",
            facts={
                "disclaimers": [
                    (
                        "Disclaimer: The contents of this article are of sole "
                        "responsibility of the author(s)."
                    )
                ]
            },
        ),
    )
    counterexamples = ("The company added a disclaimer to its ads after the ruling in March.\n",)

    def facts(self, line: Line, m: regex.Match[str]) -> tuple[Fact, ...]:
        return (Fact("disclaimer", line.plain),)


@register
class FairUseNotice(LineRule):
    """A fair-use notice: "... contains copyrighted material ... under the provisions of fair use".

    Why: legal boilerplate; its text goes to ``fair_use``.

    Leaves alone: an article about fair use that never speaks of "copyrighted material".
    """

    code = "L004"
    name = "fair-use-notice"
    category = Category.FAIR_USE
    family = "fair_use"
    max_words = 200
    reason = "fair-use notice"
    examples = (
        Example(
            "This site contains copyrighted material the use of which has not always been "
            "authorized. We make it available under the provisions of fair use.\n",
            facts={
                "fair_use": [
                    (
                        "This site contains copyrighted material the use of which "
                        "has not always been authorized. We make it available "
                        "under the provisions of fair use."
                    )
                ]
            },
        ),
    )
    counterexamples = ("The judge ruled that the parody was fair use under the law.\n",)

    def facts(self, line: Line, m: regex.Match[str]) -> tuple[Fact, ...]:
        return (Fact("fair_use", line.plain),)


_CLOSING_TAG = regex.compile(
    r"^[\W_]*\p{Lu}{2,6}(?:\s*/\s*\p{Lu}{2,6}){0,2}[\W_]*$"
    r"|^\s*\((?!(?:sic|bis|ter|qed|etc|usw|fin|ebd|vgl|idem|ibid)\))\p{Ll}{2,4}(?:/\p{Ll}{2,4})?\)\s*$"
)
#: Words a line above the tag has at least when it is not a paragraph: an embedded post's
#: attribution ("— Radio Maryja (@RadioMaryja) April 29, 2021"), not a label.
_LINE_ABOVE_WORDS = 6
#: Prose words the article needs before its closing tag.
_TAG_ARTICLE_WORDS = 50


@register
class ClosingTag(Rule):
    """A tag of capitals that ends the text: the agency or the author's initials ("RIRM",
    "PAP/dpa" as "PAP/DPA", "_DS_"), or a media label left from an embed ("VIDEO"); or the
    editor's initials in small letters in brackets ("(grh)").

    Why: news sites sign a story with the source's or the writer's short name on a line of
    its own after the last paragraph; it is metadata, not text.

    The line above it is a paragraph, or a line of six words or more that is no label (an
    embedded post's attribution, "— Radio Maryja (@RadioMaryja) April 29, 2021").

    A wire reporter's e-mail alone over the tag goes with it ("kokobj@yna.co.kr" over
    "(END)").

    Leaves alone: such a line anywhere but at the very end (a heading "USA" inside the
    text), one under a label ("Weiterführender Link", a line ending in a colon) or under a
    table's row (under a label, it is what the label names), other lines with a lower-case
    letter or a digit, and texts of under 50 words of prose.
    """

    code = "L008"
    name = "closing-tag"
    category = Category.SOURCE_ATTRIBUTION
    phase = Phase.LAST  # the text's end is known once the other removals stand
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 5
            + "\n\nRIRM\n",
            removed=("RIRM",),
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 5
            + "\n\n— Radio Maryja (@RadioMaryja) April 29, 2021\n\nRIRM\n",
            removed=("RIRM",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 5
        + "\n\nUSA\n\nThe works start in May, the mayor said on Friday.\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 5
        + "\n\nFurther reading on the bridge works:\n\nBBAW\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        kept = doc.kept()
        if not kept:
            return
        last = kept[-1]
        if not _CLOSING_TAG.match(doc.lines[last].plain) or doc.lines[last].kind not in (
            LineKind.TEXT,
            LineKind.HEADING,
        ):
            return
        # A wire reporter may sign with an e-mail over the tag: "kokobj@yna.co.kr" / "(END)".
        email = len(kept) >= 3 and bool(_EMAIL_ALONE.match(doc.lines[kept[-2]].plain))
        above = kept[-3] if email else kept[-2] if len(kept) >= 2 else None
        if above is None or not _after_text(doc, above):
            return  # under a label ("Weiterführender Link" / "BBAW") it is what the label names
        words = sum(doc.lines[i].words for i in kept if doc.prose[i])
        if words >= _TAG_ARTICLE_WORDS:
            if email:
                yield Finding(kept[-2], kept[-2] + 1, self.code, "reporter's e-mail over the tag")
            yield Finding(last, last + 1, self.code, "tag of capitals closing the text")


#: An e-mail address alone on its line.
_EMAIL_ALONE = regex.compile(r"^[\W_]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\W_]*$")


def _after_text(doc: Document, index: int) -> bool:
    """Whether the line above a closing tag is text: a paragraph, or a line of at least six
    words that does not end in a colon (an embedded post's attribution), not a label or a
    table's row."""
    line = doc.lines[index]
    return doc.prose[index] or (
        line.words >= _LINE_ABOVE_WORDS
        and not line.plain.rstrip().endswith(":")
        and "|" not in line.plain
    )
