"""Prompt rules: social and membership prompts, comment forms, and the lines of a box
that such prompts head."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import LineRule, after_most_prose, in_body_list
from cleaner.rules.cta_grammar import reports_speech
from cleaner.text.segment import Document


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
        Example("Like Waking Times on Facebook. Follow Waking Times on Twitter.\n"),
        Example("Senior editor, focused on tech. You can keep up with me on Twitter: @jdoe\n"),
    )
    counterexamples = (
        "He urged voters to follow the debate closely on television and online.\n",
        'The fraudsters send messages inviting people to "join our official WhatsApp group to'
        ' claim your grant before the portal closes."\n',
    )


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
        Example("Subscribe to Canada Free Press for FREE\n"),
        Example("Like Our Story ? Donate to Support Us, Click Here\n"),
    )
    counterexamples = (
        "Donate blood at the Red Cross center on Main Street, the mayor said on Sunday.\n",
        "She became a member of the council in 2010.\n",
        "Readers can subscribe to The Herald for free until the end of the month.\n",
        "Abonnieren Sie den Newsletter nicht, wenn Sie nur ein Foto wollen, rät die Zentrale.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        # Reported speech is the article's ("..., rät die Verbraucherzentrale"); so is a step
        # of its own list ("4. Abonnieren Sie den Preisalarm des Vergleichsportals.").
        if reports_speech(doc.lines[index].plain) or in_body_list(doc, index, self.pattern()):
            return None
        return super().match(doc, index)


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
        Example("Add your two cents.\n"),
        Example("% of readers think this story is Fact. Add your two cents.\n"),
    )
    counterexamples = (
        "The company said your email address will not be published by any partner site.\n",
        "62% of readers think the mayor is right, the poll published on Monday found.\n",
    )


#: A reply to another commenter: "@" and a name (one or two words, each a capital and then
#: small letters: no handle in capitals or with digits), then a comma or a colon and the reply.
_REPLY = regex.compile(
    r"^\s*@\s?\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}.'’-]*)?\s?[,:]\s+\S"
)


@register
class CommentReply(LineRule):
    """A reader's reply addressed to another commenter by name, after the article:
    "@Scherf: Da haben Sie recht.", "@ Michael Blahm, weil dann natürlich ...".

    Why: an extractor keeps a blog's comment thread under the article without its heading or
    its commenter lines, so neither G007 nor the comment form's phrases see it; a line that
    opens by addressing a commenter with "@Name:" is a reply in that thread.

    Leaves alone: such a line before half of the article's prose (a post the article quotes),
    handles in capitals or with digits or underscores ("@POTUS: ...", "@user_12: ..."), and
    an "@" not followed by a name and a comma or a colon ("@realDonaldTrump said ...").
    """

    code = "S006"
    name = "comment-reply"
    category = Category.COMMENTS
    max_words = 250
    reason = "reply to another commenter"
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\n@Scherf: Da haben Sie recht. Das gilt dann aber auch für Ihre Antwort.\n",
            removed=("@Scherf: Da haben Sie recht. Das gilt dann aber auch für Ihre Antwort.",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\n@POTUS: We will rebuild every bridge in this great country!\n",
        "@Scherf: Da haben Sie recht, schrieb der Leser.\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 3,
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if not _REPLY.match(doc.lines[index].plain) or not after_most_prose(doc, index):
            return None
        return self.finding(index, index + 1)


#: The rules whose lines make a form or a prompt box: prompts, the comment form, calls to
#: action, consent banners, paywalls.
_BOX_RULES = frozenset({"S001", "S002", "S003", "S005", "A002", "A003"})
#: A line inside such a box is short: a field label, a newsletter's one-line description.
_BOX_LINE_WORDS = 30
#: A whole sentence ends in one of these (before closing quotes or brackets).
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s*$")
#: A promo this long, a whole sentence, is complete in itself: the paragraph after it is not
#: its description ("Subscribe to our free daily newsletter and get the latest news in your
#: inbox." then the article's next paragraph); nor is a line this long that is one.
_WHOLE_PROMO_WORDS = 10
_PARAGRAPH_WORDS = 8


def _after_whole_promo(doc: Document, before: int, line: int) -> bool:
    """Whether ``line`` is a paragraph of its own after a promo that is a whole sentence:
    an article's paragraph between two inline promos, not the box's description (which
    follows a box's heading: "Sign up for our newsletter")."""
    prompt, here = doc.lines[before], doc.lines[line]
    return (
        prompt.words >= _WHOLE_PROMO_WORDS
        and bool(_SENTENCE_END.search(prompt.plain))
        and here.words >= _PARAGRAPH_WORDS
        and bool(_SENTENCE_END.search(here.plain))
    )


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
    needs = ("S002", "S005")
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
                and not _after_whole_promo(doc, before, i)
            ):
                yield Finding(i, i + 1, self.code, "line inside a form or prompt box")


#: A closing tag: one to three groups of 2-6 capitals, joined by slashes ("PAP/RIRM").
