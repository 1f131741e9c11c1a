"""The newsroom's notes to its readers, told by what they say in any wording: the comment
section's rules, a call for news tips, a newsletter's pitch, who funds the reporting, and
the affiliate notice. Each names two things only such a note names together (comments and
a log-in or the house rules; a tip and the newsroom's address; the reader's inbox and an
edition), so a site's own wording of it goes, where a phrase family knows one wording.

Notes end the text: each rule reads up from the text's end, over the lines other rules
removed, and stops at the first line that stays. A line saying the same inside the article
is the article's: a review wrote eighty stories about comment sections, tip lines,
newsletters, journalism's funding and affiliate income, and took 52 of their sentences for
notes while the rules read every line. Each also leaves alone a line that reports someone's
words or quotes the note.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Phase, register
from cleaner.rules.base import LineRule, after_most_prose, reported
from cleaner.rules.cta_grammar import reports_speech
from cleaner.rules.tail_words import reports_someone
from cleaner.text.segment import Document

_FLAGS = regex.IGNORECASE | regex.VERSION1
#: A quotation mark: a line quoting a note talks about it.
_QUOTE = regex.compile(r"[\"“”„«»]")


#: A closing clause of reporting that the shared ones leave out: "..., the editors noted."
_NOTED = regex.compile(
    r",\s*(?:[\p{L}.'’-]+\s+){1,4}(?:noted|notes|found|finds|reported|reports|announced|"
    r"stated|argued|argues|insisted|conceded)\b[^,;:]{0,40}[.!]?[\W_]*$",
    _FLAGS,
)


#: The site speaking of itself: its "we" and "our", a writer's "I", or a pointer at this page
#: ("this post", "the links below"). A sentence about someone else's links, inbox or
#: comments names none ("the links in a creator's bio").
_SITE_VOICE = regex.compile(
    r"\b(?:we|we're|we’re|us|our|ours|(?-i:I)|me|my|wir|uns|unser\w*|nous|notre|nos|"
    r"nuestr[oa]s?|noi|nostr[oa]|nós|noss[oa]s?|wij|ons|onze)\b|"
    r"\bthis\s+(?:post|page|article|story|essay|piece|site|item|guide)\b|"
    r"\b(?:below|above|hieronder|unten|ci-dessous|abajo|abaixo|qui\s+sotto)\b",
    _FLAGS,
)
#: A condition or a change the article reports: "If you want to keep commenting ...",
#: "Ab Montag brauchen Sie ...", "il faudra désormais ...", "o leitor terá de ...". A note
#: states the rule of this page as it stands.
_CONDITION_OR_CHANGE = regex.compile(
    r"\b(?:if|wenn|falls|will|won't|would|'ll|’ll|from\s+now|starting|no\s+longer|"
    r"künftig|ab\s+(?:sofort|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|"
    r"voortaan|désormais|faudra|servirà|dovrà|dovranno|terá|terão|tendrá|tendrán)\b|"
    r"\bsi\s+(?:vous|tu|usted)\b|\bals\s+(?:je|u)\b|\bse\s+(?:você|vuoi|volete)\b|"
    r"\ba\s+partir\s+d[eo]\b",
    _FLAGS,
)
#: An answer of an interview ("A: Please be civil. ..."): the interviewee's words.
_ANSWER = regex.compile(r"^[\W_]*(?:A|R|Q|P)\s*[:.]\s", regex.VERSION1)


#: An article's paragraph, for the rules' examples: notes stand under it.
_ARTICLE = "The council voted on Tuesday to repair the old bridge over the river. " * 3 + "\n"


def _example(note: str) -> Example:
    return Example(_ARTICLE + note + "\n", removed=(note,))


def _reports(text: str) -> bool:
    """Whether a line reports someone's words: "..., the moderator wrote", "according to"."""
    return (
        reports_someone(text)
        or reported(text)
        or reports_speech(text)
        or _NOTED.search(text) is not None
    )


class _NoteRule(LineRule):
    """A note's rule. Notes end the text: the rule reads up from the text's end, over the
    lines other rules removed, and takes its notes there until it meets a line that stays
    (or half of the article's prose); a line saying the same inside the article is the
    article's (a story about comment sections, tip lines or newsletters). It only adds lines
    to those of the phrase families, which keep their code where both find a line."""

    defers = True
    phase = Phase.LAST  # the text's end is known once the other removals stand

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        for i in reversed(range(len(doc.lines))):
            line = doc.lines[i]
            if line.kind is LineKind.BLANK or i in removed:
                continue
            if not (self._candidate(line) and after_most_prose(doc, i)):
                return
            found = self.match(doc, i)
            if found is None:
                return
            yield found


#: The comments and commenting, in en, de, fr, es, pt, it, nl, sv and pl.
_COMMENTS = regex.compile(
    r"\b(?:comment(?:s|ing|ers?)?|kommentar\w*|kommentier\w*|mit(?:zu)?diskutieren|"
    r"postings?|commentaires?|"
    r"commenter|réagir|comentarios?|comentários?|comentar|comment[oi]|commentare|reageren|"
    r"reacties?|kommentera\w*|komentarz\w*)\b",
    _FLAGS,
)
#: What a comment section's notice says of them: who may comment (log in, register, an
#: account), its rules and tone, moderation, closing, and who answers for the comments.
_COMMENT_RULES = regex.compile(
    r"\b(?:log(?:ged)?[- ]?in|sign(?:ed)?[- ]?in|register(?:ed)?|account|konto|angemeldet\w*|"
    r"anmelden|melden\s+sie\s+sich|eingeloggt|connectez-vous|connecté|registrad[oa]s?|"
    r"registrati|inloggen|moderat\w*|modér\w*|freischalt\w*|geprüft|"
    r"rules|regeln|règles|charte|regras|reglas|normas|regole|huisregels|regulamin\w*|"
    r"guidelines|(?:community\s+)?standards|netiquette|civil|respectful|respektvoll\w*|"
    r"respectueux|on\s+topic|abusive|closed|disabled|(?:switched|turned)\s+off|geschlossen|"
    r"deaktiviert|fermés|désactivés|cerrados|desactivados|fechados|"
    r"chiusi|gesloten|responsab\w*|responsib\w*|verantwort\w*|odpowiada)\b",
    _FLAGS,
)
#: The notice speaks to the reader (a pronoun, "please", an imperative of logging in), points
#: at this page ("on this essay"), or opens with the comments ("Comments are closed", "To
#: comment, ...", "Zum Kommentieren ...").
_COMMENT_ADDRESS = regex.compile(
    r"\b(?:you|your|please|be\s+kind|keep\s+it|(?-i:Sie|Ihr\w*|Ihnen)|bitte|je|jij|uw|vous|"
    r"votre|tu|usted|você|seu|sua|aceita|per\s+favore)\b|"
    r"\bthis\s+(?:article|story|post|essay|piece|page|item)\b|"
    r"^[\W_]*(?:to\s+comment|(?:um\s+)?zu(?:m)?\s+kommentieren|kommentieren\s+können|"
    r"(?:pour|per|para|ao|al|om\s+te)\s+(?:commenter|commentare|comentar|reageren)|"
    r"log\s+in|sign\s+in|connectez-vous)\b",
    _FLAGS,
)
#: Comments on a proposal or a plan are the news: "will take public comment on a draft
#: data-retention policy".
_PUBLIC_COMMENT = regex.compile(
    r"\bpublic\s+comments?\b|\b(?:proposal|proposed|draft|consultation|hearing|plan)\b",
    _FLAGS,
)


@register
class CommentPolicy(_NoteRule):
    """A notice about the comments under the article, in the site's own words: who may
    comment, the house rules, moderation, or that comments are closed: "Log in or register
    to leave a comment. Be kind — our community rules apply.", "Comments are closed on this
    essay.", "Kommentieren können nur angemeldete Leserinnen und Leser mit einem Konto.",
    "Para comentar hay que estar registrado. Los comentarios son responsabilidad de sus
    autores.", "Reageren? Log in met je account."

    Why: the comment section's frame, not the article; phrase families know only the common
    wordings (S003), and each site words its rules its own way.

    Leaves alone: such a line before half of the article's prose, comments on a proposal or
    a plan ("public comment on a draft policy"), a line that neither speaks to the reader
    nor points at this page nor opens with how to comment ("Comments are moderated by a
    team of twelve volunteers"), a condition or a change the article reports ("If you want to
    keep commenting ...", "Ab Montag brauchen Sie ...", "il faudra désormais ..."), an
    interview's answer ("A: Please be civil ..."), and reported or quoted words.
    """

    code = "S007"
    name = "comment-policy"
    category = Category.COMMENTS
    max_words = 60
    reason = "notice about the comments"
    examples = (
        _example("Log in or register to leave a comment. Be kind — our community rules apply."),
        Example(
            "Der Rat stimmte am Dienstag für die Sanierung der alten Brücke über den Fluss. " * 3
            + "\nKommentieren können nur angemeldete Leserinnen und Leser mit einem Konto.\n",
            removed=("Kommentieren können nur angemeldete Leserinnen und Leser mit einem Konto.",),
        ),
    )
    counterexamples = (
        _ARTICLE + "The board will take public comment on a draft data-retention policy.\n",
        _ARTICLE + "Comments will be closed on stories about the trial, the editor said.\n",
        "Log in or register to leave a comment. Be kind — our community rules apply.\n" + _ARTICLE,
        # a note with the article's paragraph under it
        _ARTICLE
        + "Comments are closed on this essay.\n"
        + "The next meeting of the book club is on March 14 at the branch library.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        plain = doc.lines[index].plain
        if not (_COMMENTS.search(plain) and _COMMENT_RULES.search(plain)):
            return None
        if not _COMMENT_ADDRESS.search(plain) or _PUBLIC_COMMENT.search(plain):
            return None
        if _CONDITION_OR_CHANGE.search(plain) or _ANSWER.match(plain):
            return None
        if _reports(plain) or _QUOTE.search(plain):
            return None
        return self.finding(index, index + 1)


#: A short question to the reader about news they may have: "Got a tip for the newsroom?",
#: "Do you have a story for the Courier?", "Heb je een tip?", "Sie haben eine Geschichte aus
#: Ihrer Gemeinde?", "Une information à nous signaler ?" (up to its question mark).
_TIP_QUESTION = regex.compile(r"^[\W_]*(?P<question>[^.!?:\"“”„«»]{3,120})\?", _FLAGS)
#: Someone else's desk or tip line: "Email her desk", "The Beacon's four reporters take tips".
_THIRD_PERSON = regex.compile(r"\b(?:her|his|their|its)\b|\w(?:'s|’s)\s", _FLAGS)
_QUESTION_WORDS = 16
#: What the question asks for.
_TIP_WORDS = regex.compile(
    r"\b(?:tips?|story|stories|news|something|photos?|pictures?|experience|questions?|"
    r"letters?|geschichte|hinweis|tipp|nieuws|tip|histoire|information|info|historia|denuncia|"
    r"notícia|sugestão|pauta|segnalazione|storia|noticia)\b",
    _FLAGS,
)
#: How to pass it on: send, e-mail, write, call, drop a line, get in touch, message.
_SEND = regex.compile(
    r"\b(?:send|e-?mail|write|call|ring|text|message|drop|tip|contact|get\s+in\s+touch|"
    r"reach|stuur|mail|app|schreiben|schreibt|schreib|kontaktieren|écrivez|envoyez|contactez|"
    r"escríbenos|escribe|envíanos|envía|envie|mande|escreva|scrivi|scriveteci|inviate|invia|"
    r"contattaci)\b",
    _FLAGS,
)
#: The newsroom as the one to send it to: us, the newsroom, the desk, the editor, or a
#: newsroom's address ("tips@", "letters@", "redaktion@").
_NEWSROOM = regex.compile(
    r"\b(?:us|our|(?:the|our)\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+)?newsroom|news\s?desk|the\s+editor|redactie|redaktion|"
    r"rédaction|redacción|redação|redazione|uns|nous|nos|ci|onze|unsere?)\b|" + r"\b(?:tips?|"
    r"news|newsdesk|newsroom|letters|editor|editorial|redaktion|redactie|redaccion|redazione|"
    r"redacao|desk)@",
    _FLAGS,
)
#: A newsroom's address on a line that asks readers to write: "Send letters to letters@...".
_NEWSROOM_ADDRESS = regex.compile(
    r"\b(?:tips?|news|newsdesk|newsroom|letters|editor|editorial|redaktion|redactie|"
    r"redaccion|redazione|redacao|desk)@[\w-]+\.",
    _FLAGS,
)


@register
class TipLine(_NoteRule):
    """The newsroom's call for readers' tips, stories or letters, with where to send them:
    "Got a story from your community? Drop us a line at newsdesk@example.co.uk", "Heb je een
    tip voor onze redactie? Mail naar tips@example.nl", "Sie haben eine Geschichte aus Ihrer
    Gemeinde? Schreiben Sie uns an redaktion@example.at", "Send letters to
    letters@example.co.nz".

    Why: the site's contact box, in any wording: a short question about the reader's news,
    then how to reach the newsroom, or a request to write to the newsroom's address.

    Leaves alone: an appeal for witnesses to call the police (the newsroom is not who to
    reach), someone else's desk or tip line ("Email her desk", "The Beacon's reporters take
    tips"), a question inside a sentence ("Her motto: Got a story? Call us."), and reported
    or quoted words.
    """

    code = "C005"
    name = "tip-line"
    category = Category.CONTACT
    max_words = 60
    reason = "call for readers' tips or letters"
    examples = (
        _example("Got a story from your community? Drop us a line at newsdesk@example.co.uk."),
        _example("Heb je een tip voor onze redactie? Mail naar tips@example.nl of app ons."),
        _example("Send letters to letters@example.co.nz"),
    )
    counterexamples = (
        _ARTICLE + "Did you see something? Call the police on 101 and quote the incident number.\n",
        _ARTICLE
        + 'Most news sites end with a line such as "Got a story? Email us", the editor said.\n',
        _ARTICLE
        + 'Most news sites end their stories with "Got a story? Email us", and few reply.\n',
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        plain = doc.lines[index].plain
        if _reports(plain) or _QUOTE.search(plain):
            return None
        if _THIRD_PERSON.search(plain):
            return None
        question = _TIP_QUESTION.match(plain)
        if question is not None:
            asked, rest = question.group("question"), plain[question.end() :]
            if (
                len(asked.split()) <= _QUESTION_WORDS
                and _TIP_WORDS.search(asked)
                and _SEND.search(rest)
                and (_NEWSROOM.search(rest) or _NEWSROOM.search(asked))
            ):
                return self.finding(index, index + 1)
        if _NEWSROOM_ADDRESS.search(plain) and _SEND.search(plain):
            return self.finding(index, index + 1)
        return None


#: The reader's inbox: "in your inbox", "in je mailbox", "dans votre boîte courriel", "nella
#: tua casella di posta", "in Ihr Postfach", "en tu correo".
_INBOX = regex.compile(
    r"\b(?:to|in|into|straight\s+to)\s+your\s+inbox\b|\bin\s+(?:je|uw)\s+(?:mail)?box\b|"
    r"\bin\s+ihr(?:em)?\s+(?:e-mail-)?postfach\b|\bdans\s+votre\s+boîte\b|"
    r"\ben\s+tu\s+(?:bandeja|correo|mail)\b|\bna\s+sua\s+caixa\b|"
    r"\bnella\s+tua\s+(?:casella|inbox)\b|\bi\s+din\s+inkorg\b",
    _FLAGS,
)
#: What a newsletter's pitch says besides, in four groups; a pitch names two of them: the
#: edition ("the Morning Briefing", "the next one", "les notizie"), its rhythm ("every
#: Monday", "before breakfast", "at 7am"), its price ("free") and its sign-up ("Join").
_PITCH_PARTS = (
    regex.compile(
        r"\b(?:newsletters?|briefings?|digest|edition|round-?up|letter|bulletin|headlines|"
        r"stories|news|updates|issues?|the\s+next\s+one|nieuwsbrief|nieuws|infolettre|"
        r"actualité|notizie|noticias|notícias|nachrichten|meldungen)\b",
        _FLAGS,
    ),
    regex.compile(
        r"\b(?:daily|weekly|every\s+(?:day|morning|evening|week|weekday|(?:mon|tues|wednes|"
        r"thurs|fri|satur|sun)day)|each\s+(?:day|morning|week)|before\s+breakfast|"
        r"chaque\s+(?:matin|soir|semaine)|ogni\s+(?:mattina|sera|giorno)|elke\s+(?:ochtend|"
        r"dag|week)|jeden\s+(?:morgen|tag|abend)|cada\s+(?:mañana|día|semana|manhã|dia))\b|"
        r"\b\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|h|uhr)\b",
        _FLAGS,
    ),
    regex.compile(r"\b(?:free|gratis|kostenlos|gratuit\w*|gratuita)\b", _FLAGS),
    regex.compile(
        r"\b(?:sign\s+up|subscribe|join|meld\s+je|melden\s+sie\s+sich|inscrivez-vous|"
        r"abonnez-vous|suscríbete|iscriviti|assine|inscreva-se)\b",
        _FLAGS,
    ),
)
_PITCH_PARTS_NAMED = 2
#: An imperative that opens a pitch (a headline never ends in a full stop; a pitch with no
#: stop opens with its verb: "Get Calloway Briefings in your inbox").
_PITCH_VERB = regex.compile(
    r"^[\W_]*(?:get|sign\s+up|subscribe|receive|join|want|recevez|inscrivez|abonnez|"
    r"recibí|recibe|receba|iscriviti|ricevi|meld|melden|erhalten|holen)\b",
    _FLAGS,
)
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s*$")
#: Someone else's inbox or edition: "Her briefing is free ...".
_THEIR = regex.compile(r"\b(?:her|his|their)\b", _FLAGS)
#: A sign-up in the imperative opening a sentence: "... in je mailbox? Meld je gratis aan."
_SIGN_UP = regex.compile(
    r"(?:^|[.!?]\s+)(?:sign\s+up|subscribe|join|register|meld\s+je|melde\s+dich|"
    r"melden\s+sie\s+sich|inscrivez-vous|abonnez-vous|suscríbete|iscriviti|assine|"
    r"inscreva-se)\b",
    _FLAGS,
)
#: The edition named as the site's: a capitalised name over the verb of its pitch ("The
#: Mercury Morning Briefing brings ...", "The Echo Morning Briefing lands ...") or as the
#: line's label ("Money Mondays: ...").
_EDITION_NAME = regex.compile(
    r"(?:^|[.!?]\s+)(?!(?:Her|His|Their|Its)\b)(?-i:\p{Lu})[\p{L}'’&-]*(?:\s+(?-i:\p{Lu})"
    r"[\p{L}'’&-]*){0,4}\s+(?:brings|lands|arrives|delivers|sends|gathers|is\s+free)\b|"
    r"^[\W_]*(?-i:\p{Lu})[\p{L}'’&-]*(?:\s+(?-i:\p{Lu})[\p{L}'’&-]*){0,3}\s*:",
    regex.VERSION1,
)


@register
class InboxPitch(_NoteRule):
    """A newsletter's pitch that promises the reader's inbox: "The Morning Briefing brings
    the coast's top stories to your inbox before breakfast.", "Money Mondays: the week's best
    rates, free in your inbox every Monday morning.", "Elke ochtend het nieuws uit de Kempen
    in je mailbox? Meld je gratis aan.", "Recevez chaque matin l'essentiel de l'actualité
    dans votre boîte courriel."

    Why: a sign-up box of the site; its pitch names no verb the call grammar (S005) knows, but
    "your inbox" with an edition, a rhythm or a price is said only by such a box.

    Leaves alone: lines in the head (a headline about newsletters: "Why every brand wants to
    be in your inbox"), a line that neither ends as a sentence nor opens with a verb (a
    subheading), a line that names the inbox with only one of an edition, a rhythm, a price
    or a sign-up ("Every day, fake delivery notices land in your inbox."), a pitch that is
    not the site's (no imperative, no "we" or "our", no edition named over its verb: "All
    five are free, and the next issue lands in your inbox"), a condition ("if a free parcel
    notice lands in your inbox"), someone else's ("Her briefing is free"), and reported or
    quoted words.
    """

    code = "S008"
    name = "inbox-pitch"
    category = Category.MEMBERSHIP_PROMPT
    max_words = 60
    reason = "newsletter pitch"
    examples = (
        _example("The Morning Briefing brings the coast's top stories to your inbox daily."),
    )
    counterexamples = (
        "Why every brand now wants to be in your inbox\n\n" + _ARTICLE,
        _ARTICLE + "Once you sign up, check your inbox for a confirmation link.\n",
        _ARTICLE + "Scammers send fake invoices to your inbox every week, the bank said.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        plain = doc.lines[index].plain
        if index < doc.body_start or not _INBOX.search(plain):
            return None
        opens = _PITCH_VERB.match(plain) is not None
        if not (_SENTENCE_END.search(plain) or opens):
            return None
        named = sum(1 for part in _PITCH_PARTS if part.search(plain)) + opens
        if named < _PITCH_PARTS_NAMED:
            return None
        if not (
            opens
            or _SIGN_UP.search(plain)
            or _SITE_VOICE.search(plain)
            or _EDITION_NAME.search(plain)
        ):
            return None  # someone's inbox in a scam or a how-to: "if a free parcel notice lands"
        if _CONDITION_OR_CHANGE.search(plain) or _THEIR.search(plain):
            return None
        if _reports(plain) or _QUOTE.search(plain):
            return None
        return self.finding(index, index + 1)


#: Who pays for the reporting: "Jane Doe's reporting is funded by ...", "This coverage is
#: supported through the Local Journalism Initiative", "Ce contenu est financé en partie
#: par ...": the site's reporting, a reporter's post or this piece, then a verb of funding.
_FUNDED = regex.compile(
    r"^[\W_]*(?:(?:this|our)\s+(?:reporting|coverage|journalism|story|article|content)\b"
    r"|(?!(?:today|now|since|until|then|meanwhile|currently|still|but|and|so|also|last|next|"
    r"under|at|in|on|for|with|by|after|before)\b)"
    r"(?-i:\p{Lu})[\p{L}.-]*(?:\s+(?-i:\p{Lu})[\p{L}.-]*){0,2}(?:'s|’s)\s+(?:reporting|post|"
    r"(?:reporter\s+|reporting\s+)?position)\b"
    r"|(?:ce|cet|cette)\s+(?:contenu|article|reportage|couverture)\b"
    r"|(?:este|esta)\s+(?:contenido|artículo|reportaje|cobertura|conteúdo|reportagem)\b"
    r"|(?:dieser|diese|dieses)\s+(?:beitrag|artikel|text|recherche|berichterstattung)\b)",
    _FLAGS,
)
_FUNDED_VERB = regex.compile(
    r"\b(?:is|was|are|were|has\s+been|est|es|é|ist|wurde|wird)\s+(?:\w+\s+){0,2}?"
    r"(?:funded|supported|paid\s+for|made\s+possible|financed|underwritten|financé|financée|"
    r"soutenu|financiado|financiada|finanziert|gefördert|unterstützt)\b",
    _FLAGS,
)
_FUNDED_GAP = 6
#: Or, further on in the note, who pays for the scheme the piece is part of: "This story was
#: written by a Local Democracy Reporter. The scheme is funded by the BBC ...", "Bethan
#: Rowe's post is part of a scheme, paid for out of the licence fee, ...".
_FUNDED_BY = regex.compile(
    r"\b(?:funded|backed|paid\s+for|financed|underwritten)\s+(?:\w+\s+){0,2}?"
    r"(?:by|through|out\s+of)\b",
    _FLAGS,
)


@register
class FundingNote(_NoteRule):
    """Who funds the reporting: "Darcy MacLeod's reporting is funded by the Government of
    Canada through the Local Journalism Initiative.", "This reporting is supported in part by
    the Ostrander Family Foundation.", "Ce contenu est financé en partie par le programme
    fédéral d'Initiative de journalisme local."

    Why: the site's disclosure about its own reporting, not the story; its subject is the
    piece or a reporter's work, its verb one of funding.

    Leaves alone: funding in the news ("The new clinic is funded by the county", "Smith's
    research is funded by ...", "The newsroom's journalism is funded by readers"), a line
    that does not open with the piece or the reporter ("Today Okafor's reporting position is
    funded by a two-year grant, and ..."), a change or a condition ("until 2026, after which
    ... will"), and reported words.
    """

    code = "L009"
    name = "funding-note"
    category = Category.DISCLAIMER
    max_words = 60
    reason = "note on who funds the reporting"
    examples = (
        _example("This coverage is supported through the federal Local Journalism Initiative."),
        _example("Ce contenu est financé en partie par le programme fédéral d'Initiative."),
    )
    counterexamples = (
        _ARTICLE + "The new clinic is funded by the county and opens in May.\n",
        _ARTICLE + "Smith's research is funded by the National Science Foundation.\n",
        _ARTICLE + "This project is funded by the city, the mayor said.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        plain = doc.lines[index].plain
        if _reports(plain) or _CONDITION_OR_CHANGE.search(plain):
            return None
        for subject in _FUNDED.finditer(plain):
            verb = _FUNDED_VERB.search(plain, subject.end())
            gap = plain[subject.end() : verb.start()] if verb else ""
            if (verb and len(gap.split()) <= _FUNDED_GAP) or _FUNDED_BY.search(
                plain, subject.end()
            ):
                return self.finding(index, index + 1)
        return None


#: An affiliate notice: buying through the links pays the site ("if you buy through them
#: I get a few pence"), the site takes a referral fee, or the links of this post are
#: affiliate links.
_AFFILIATE = regex.compile(
    r"\b(?:buy|buying|purchase|purchasing|shop|shopping|order|ordering)\s+(?:something\s+)?"
    r"(?:through|via|using|from)\s+(?:them|these(?:\s+links)?|those(?:\s+links)?|"
    r"(?:our|my|the)\s+links?|one\s+of\s+(?:these|our|the|my)\s+links|a\s+link)\b"
    r"|\b(?:pays?|paid)\s+(?:us|me)\s+(?:a\s+)?(?:referral|affiliate)\s+(?:fees?|commissions?)\b"
    r"|\blinks?\s+(?:below|above|in\s+(?:this|the)\s+(?:post|article|page|story|guide)|"
    r"on\s+(?:this|our)\s+(?:page|site))\b[^.;:]{0,40}\baffiliate\s+links?\b",
    _FLAGS,
)


@register
class AffiliateNote(_NoteRule):
    """The notice that the article's links earn the site money: "A couple of the links below
    are affiliate links, so if you buy through them I get a few pence.", "A few links in this
    post go to shops I use myself. If you buy through them, Crumb & Cellar gets a few cents.",
    "Some of the accounts mentioned below pay us a referral fee when you open one."

    Why: the site's disclosure about its links, in its own words; the phrase family (L003)
    knows the common ones.

    Leaves alone: affiliates in the news ("Berkshire's affiliate energy firms", "Many links
    in influencer posts are affiliate links"), a story of affiliate income ("We now earn 70
    percent of our income through our affiliate links"), someone else's links, with no "I",
    "we", "our" or "this post" ("When you shop through the links in a creator's bio, the
    creator earns ..."), and reported or quoted words.
    """

    code = "L010"
    name = "affiliate-note"
    category = Category.DISCLAIMER
    max_words = 70
    reason = "affiliate notice"
    examples = (
        _example("A couple of the links below are affiliate links, so I get a few pence."),
        _example("Some of the accounts below pay us a referral fee when you open one."),
    )
    counterexamples = (
        _ARTICLE + "The order bans 20 of Berkshire's affiliate energy firms from selling power.\n",
        _ARTICLE + "Customers who buy through the app get a discount, the company said.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        plain = doc.lines[index].plain
        if not (_AFFILIATE.search(plain) and _SITE_VOICE.search(plain)):
            return None  # someone else's links: "the links in a creator's bio"
        if _reports(plain) or _QUOTE.search(plain):
            return None
        return self.finding(index, index + 1)
