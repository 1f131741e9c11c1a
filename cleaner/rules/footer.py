"""Footer rules: contact and media lines, source attribution, copyright, disclaimers,
fair use, social and membership prompts."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, Line, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import LineRule
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
        contact = {
            i for f in doc.prior if f.remove and f.code in self.needs for i in range(f.start, f.end)
        }
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


@register
class SourceAttribution(LineRule):
    """Where the article first appeared: "The original source of this article is ...".

    Why: republishing notices are metadata; the name goes to ``source``.

    Leaves alone: a sentence citing a source inside the body ("The source said ...").
    """

    code = "L001"
    name = "source-attribution"
    category = Category.SOURCE_ATTRIBUTION
    family = "source_attribution"
    max_words = 40
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
    )
    counterexamples = (
        "The original source of the river lies in the mountains, far to the north of the city.\n",
    )

    def facts(self, line: Line, m: regex.Match[str]) -> tuple[Fact, ...]:
        source = (m.group("source") or "").strip(" .,:;")
        return (Fact("source", source),) if source else ()


@register
class CopyrightNotice(LineRule):
    """A copyright notice: "Copyright © Jane Doe, 2017", "© 2020 Example Media".

    Why: legal boilerplate; the notice, holder and year go to the report.

    Leaves alone: sentences about copyright law with no © sign or "Copyright <year>".
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
    counterexamples = ("The copyright on the old films expired decades ago, the court said.\n",)

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


@register
class SocialPrompt(LineRule):
    """A prompt to comment, share, like or follow: "Comment on ... on our Facebook page".

    Why: calls to action of the site, not article text.

    Leaves alone: long lines, and sentences that report on social media.
    """

    code = "S001"
    name = "social-prompt"
    category = Category.SOCIAL_PROMPT
    family = "social_prompt"
    #: Most patterns bound their own length; "Follow The Gleaner on Twitter ..., or email us
    #: at ..." runs to about 40 words.
    max_words = 45
    reason = "prompt to comment, share or follow"
    examples = (
        Example("Comment on Global Research Articles on our Facebook page\n"),
        Example("Folgen Sie uns auf Twitter\n"),
        Example("Senior editor, focused on tech. You can keep up with me on Twitter: @jdoe\n"),
    )
    counterexamples = ("He urged voters to follow the debate closely on television and online.\n",)


@register
class MembershipPrompt(LineRule):
    """A prompt to become a member, subscribe or donate: "Become a Member of Global Research".

    Why: fundraising and subscription calls, not article text.

    Leaves alone: sentences about members, subscriptions or donations in the news.
    """

    code = "S002"
    name = "membership-prompt"
    category = Category.MEMBERSHIP_PROMPT
    family = "membership_prompt"
    #: Most patterns bound their own length; an appeal to fund the paper runs longer.
    max_words = 90
    reason = "prompt to subscribe, join or donate"
    examples = (
        Example("Become a Member of Global Research\n"),
        Example("Subscribe to our newsletter for daily updates.\n"),
    )
    counterexamples = (
        "Donate blood at the Red Cross center on Main Street, the mayor said on Sunday.\n",
        "She became a member of the council in 2010.\n",
    )


@register
class CommentForm(LineRule):
    """The comment form's notices: "Your email address will not be published. Required
    fields are marked *", "Leave a Reply Cancel reply", "Bisher keine Kommentare".

    Why: the form of the page's comment section, not text of the article.

    Leaves alone: sentences about comments or e-mail addresses in the news; each pattern
    wants the form's wording on a line of its own.
    """

    code = "S003"
    name = "comment-form"
    category = Category.SOCIAL_PROMPT
    family = "comment_form"
    #: The patterns bound their own length; a consent notice under the form runs long.
    max_words = 250
    reason = "comment form notice"
    examples = (
        Example("Your email address will not be published. Required fields are marked *\n"),
        Example("Schreibe einen Kommentar Antworten abbrechen\n"),
    )
    counterexamples = (
        "The company said your email address will not be published by any partner site.\n",
    )


#: The rules whose lines make a form or a prompt box: prompts, the comment form, consent
#: banners, paywalls.
_BOX_RULES = frozenset({"S001", "S002", "S003", "A002", "A003"})
#: A line inside such a box is short: a field label, a newsletter's one-line description.
_BOX_LINE_WORDS = 30


@register
class PromptBoxLine(Rule):
    """A short line between two lines that prompts took: a form's field label ("Name",
    "Email Address *") between comment-form notices, a newsletter's description between its
    sign-up heading and its consent notice.

    Why: the prompt rules know the wording of a box's notices, never its labels or its
    description, which are the site's own; standing between two of its notices, such a line
    belongs to the box.

    Leaves alone: lines over 30 words, headings, a line with a kept line between it and
    either notice, and lines next to ads, related-articles labels or other boilerplate
    (an article's paragraphs stand between those).
    """

    code = "S004"
    name = "prompt-box-line"
    category = Category.SOCIAL_PROMPT
    phase = Phase.AFTER
    needs = ("S002",)
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river.\n\n"
            "Sign up for our newsletter\n\nDaily news about the city and its council.\n\n"
            "By submitting your email, you agree to our Terms and Privacy Notice.\n",
            removed=("Daily news about the city and its council.",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river.\n\n"
        "Advertisement\n\nThe works start in May.\n\nAdvertisement\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        by_line = {i: f.code for f in doc.prior if f.remove for i in range(f.start, f.end)}
        if sum(1 for code in by_line.values() if code in _BOX_RULES) < 2:
            return
        for i, line in enumerate(doc.lines):
            if i in by_line or not line.plain or line.kind is LineKind.HEADING:
                continue
            if line.words > _BOX_LINE_WORDS:
                continue
            before, after = doc.next_content(i, -1), doc.next_content(i, 1)
            if (
                before is not None
                and after is not None
                and by_line.get(before) in _BOX_RULES
                and by_line.get(after) in _BOX_RULES
            ):
                yield Finding(i, i + 1, self.code, "line inside a form or prompt box")


#: A closing tag: one to three groups of 2-6 capitals, joined by slashes ("PAP/RIRM").
_CLOSING_TAG = regex.compile(r"^[\W_]*\p{Lu}{2,6}(?:\s*/\s*\p{Lu}{2,6}){0,2}[\W_]*$")
#: Prose words the article needs before its closing tag.
_TAG_ARTICLE_WORDS = 50


@register
class ClosingTag(Rule):
    """A tag of capitals that ends the text: the agency or the author's initials ("RIRM",
    "PAP/dpa" as "PAP/DPA", "_DS_"), or a media label left from an embed ("VIDEO").

    Why: news sites sign a story with the source's or the writer's short name on a line of
    its own after the last paragraph; it is metadata, not text.

    Leaves alone: such a line anywhere but at the very end (a heading "USA" inside the
    text), one not right after a paragraph (under a label, it is what the label names),
    lines with a lower-case letter or a digit, and texts of under 50 words of prose.
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
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 5
        + "\n\nUSA\n\nThe works start in May, the mayor said on Friday.\n",
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
        if len(kept) < 2 or not doc.prose[kept[-2]]:
            return  # under a label ("Weiterführender Link" / "BBAW") it is what the label names
        words = sum(doc.lines[i].words for i in kept if doc.prose[i])
        if words >= _TAG_ARTICLE_WORDS:
            yield Finding(last, last + 1, self.code, "tag of capitals closing the text")
