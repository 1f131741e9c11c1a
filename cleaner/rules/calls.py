"""Calls to action told by their grammar (S005), not by fixed wordings: a short line made
only of imperatives to subscribe, follow, share, support, donate, visit, click, sign up ...
whose object names the site, plus their lead-ins and closers."""

from __future__ import annotations

from functools import lru_cache

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, register
from cleaner.rules.base import TEXT_KINDS, LineRule, in_body_list
from cleaner.rules.cta_grammar import LANGUAGES, Grammar, grammar, reports_speech
from cleaner.text.segment import Document

#: A sentence ends at ".", "!", "?" or "…" before a space; so does a clause after ";" (each
#: must be a call: "Subscribe to Kindle Unlimited if you read a lot; it costs $11.99." is a
#: review's advice, its second clause a statement).
_SENTENCES = regex.compile(r"(?<=[.!?…;])\s+(?=\S)")
#: A line that opens with a quotation mark reports speech.
_QUOTED = regex.compile(r"^\s*[\"“”„«»‚‘’']")
#: A clause ends at a comma, a semicolon, a colon or a dash.
#: So does a relative clause or a participle: "Follow these steps shared on Twitter"
#: (German relative clauses stand after a comma).
_CLAUSE_END = regex.compile(
    r"[,;:]\s|\s[–—-]\s|\s(?:that|which|who|whose|where|when|while|because|shared|posted|"
    r"published|written|welche[rsnm]?|qui|que|dont|où|quien|donde|cui|dove|"
    r"onde)\s",
    regex.I,
)
#: A purpose lead-in about the piece's own media: "To read the full report, click here".
_MEDIA_LEAD = regex.compile(
    r"\b(?:to|um|pour|para|per) (?:read|watch|listen|see|hear|view|lesen|sehen|hören|lire|"
    r"voir|regarder|écouter|leer|ver|escuchar|ler|assistir|ouvir|leggere|vedere|guardare|"
    r"ascoltare)\b",
    regex.I,
)
#: Downloads name a file, not the site: "Download the source code from www.samba.org".
_DOWNLOAD = regex.compile(
    r"download|lade|laden sie|téléchargez|télécharge|télécharger|descarga|descargue|"
    r"descargar|baixe|baixar|descarregue|scarica|scaricate|scaricare",
    regex.I,
)
#: Words after a verb in which its target must stand; words of one call sentence at most.
_TARGET_WORDS = 12
_AFTER_ADDRESS_WORDS = 4
#: Clauses of one sentence tried for a call.
_MAX_CLAUSES = 3
_SENTENCE_WORDS = 30
#: A short question to the reader may lead in ("Enjoyed this article?").
_QUESTION_WORDS = 20


#: The site's own people, the target of a verb of contacting: "our experts", "unser Team".
_OUR_PEOPLE = regex.compile(
    r"^\s*(?:our|unser\w*|nos|notre|nuestr\w*|nosso\w*|nostr\w*)\s+(?:[\w'’-]+\s+)?"
    r"(?:experts?|specialists?|sales team|consultants?|advisors?|team)\b",
    regex.I,
)


def _has_target(g: Grammar, verb: str, rest: str, *, media: bool) -> bool:
    """Whether the words after ``verb`` name a target of the site (with ``media``, a
    sentence about the piece's own media, "here" and addresses name none: "Read the full
    report at https://...")."""
    if g.fused is not None and g.fused.fullmatch(verb):
        return True
    pronoun = g.pronoun.match(rest)
    if g.contact_verb is not None and g.contact_verb.fullmatch(verb):
        return bool(pronoun and not pronoun["place"]) or bool(_OUR_PEOPLE.match(rest))
    # The complement ends at the clause's end: "Follow the money, said @jane_doe" names
    # no target.
    window = " ".join(_CLAUSE_END.split(rest, 1)[0].split()[:_TARGET_WORDS])
    if pronoun is not None and (
        not pronoun["place"] or g.target.search(window) or g.address.search(window)
    ):
        return True
    if g.target.search(window) or (not media and g.here.search(window)):
        return True
    # An address is the site's when the call ends with it ("please visit example.com"),
    # not when the sentence goes on to say what is there ("Visit the CMSA website at
    # www.cmsa.com for complete results and total times for each competitor").
    # An address may stand after a colon: "Read more great articles here: https://...".
    _, colon, after_colon = rest.partition(": ")
    one_address = len(after_colon.split()) == 1 and g.address.match(after_colon.strip())
    if colon and not media and one_address:
        return True
    address = None if media or _DOWNLOAD.fullmatch(verb) else g.address.search(window)
    if address is not None:
        after = rest[rest.find(address.group()) + len(address.group()) :]
        if len(after.split()) <= _AFTER_ADDRESS_WORDS:
            return True
    if g.site_verb.fullmatch(verb) and g.near.search(window):
        return True
    return bool(g.name_verb.fullmatch(verb) and g.name.match(rest))


def _opening_call(g: Grammar, sentence: str, depth: int = 0, media: bool = False) -> bool:
    """A sentence that opens (after lead-ins) with a verb whose complement names a
    target; a verb without one may stand before a clause that is a call, joined by "and",
    a comma or a colon: "Clap and follow me".

    A sentence opened by a media verb (watch, listen) points at the piece's own video or
    audio: there "here" names no target of the site, in any of its clauses ("Listen to
    the podcast audio: click here")."""
    m = g.opening.match(sentence)
    if m is None:
        return False
    verb, rest = m["verb"], m["rest"]
    media = media or bool(g.media_verb.fullmatch(verb) or _MEDIA_LEAD.search(m["lead"]))
    # A lead-in that names the article lets a pronoun stand for it: "If you liked this
    # article, share it".
    if _has_target(g, verb, rest, media=media) or g.target.search(m["lead"]):
        return True
    if depth >= _MAX_CLAUSES:
        return False
    # Or a later clause is a call: "Clap and follow me", "partagez-le : cliquez ici".
    return any(
        _opening_call(g, rest[joint.end() :], depth + 1, media) for joint in g.joint.finditer(rest)
    )


def _final_call(g: Grammar, sentence: str) -> bool:
    """A sentence that closes with its verb: "Diesen Artikel teilen", "Vergessen Sie nicht,
    uns auf Facebook zu folgen"; without a lead-in its words must open with the target."""
    if g.final is None:
        return False
    m = g.final.match(sentence)
    if m is None:
        return False
    rest = m["rest"]
    if m["lead"]:
        return bool(g.pronoun.match(rest) or g.target.search(rest) or g.here.search(rest))
    rest = rest.lstrip()
    return bool(g.pronoun.match(rest) or g.target.match(rest) or g.here.match(rest))


def is_call(sentence: str) -> bool:
    """Whether one sentence is a call to action in a language of the grammar (never one
    that reports speech: "Folge uns, ruft ein Vater")."""
    if len(sentence.split()) > _SENTENCE_WORDS or reports_speech(sentence):
        return False
    for lang in LANGUAGES:
        g = grammar(lang)
        if _opening_call(g, sentence) or _final_call(g, sentence):
            return True
    return False


def _is_aside(sentence: str) -> bool:
    """A sentence that may stand beside calls: a closer ("Thanks for reading!") or a
    short question to the reader ("Enjoyed this article?")."""
    for lang in LANGUAGES:
        g = grammar(lang)
        if g.closer.match(sentence):
            return True
        if (
            sentence.rstrip().endswith("?")
            and len(sentence.split()) <= _QUESTION_WORDS
            and g.you.search(sentence)
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def is_call_line(text: str) -> bool:
    """Whether a line is made only of calls to action, with at least one call, and
    lead-ins or closers; or is a sign-up button's label alone ("Sign up"). Remembered per
    text: a site's prompts and menus repeat from page to page."""
    text = text.strip()
    if not text or _QUOTED.match(text):
        return False
    if text.endswith((",", ";")):
        return False  # a verse or a clause that goes on: "Subscribe me to the quiet, please,"
    if any(grammar(lang).label.match(text) for lang in LANGUAGES):
        return True
    calls = 0
    for sentence in _SENTENCES.split(text):
        if is_call(sentence):
            calls += 1
        elif not _is_aside(sentence):
            return False
    return calls > 0


@register
class CallToAction(LineRule):
    """A short line made only of calls to action: an imperative (or "you can", "Sie
    können", "vous pouvez" ...) of a verb such as subscribe, follow, like, share, support,
    donate, visit, click, sign up, join, download, watch, listen, comment, read, register,
    clap, rate or contact, whose object names the site: us or me, our newsletter or channel,
    our experts, this article, a social platform, a URL or handle, "here" (and, for
    subscribe, donate and click, the site's capitalised name or "below"); with lead-ins ("If
    you liked this article,", "Don't forget to", "please") and closers ("Thanks for
    reading!"); or a button's label alone ("Sign up", "Contact sales"). In English, German,
    French, Spanish, Portuguese and Italian.

    Why: the fixed wordings of S001 and S002 miss most calls ("If you enjoyed this post,
    please clap and follow me for more stories like this."); their grammar is the same on
    every site.

    A line another rule also takes stays that rule's (S005 is listed in ``also``).

    Leaves alone: lines over 40 words and sentences over 30; reported speech and narrative
    (a subject before the verb: "He urged voters to follow the debate"); a line that opens
    with a quotation mark; imperatives with no target of the site ("Click the button to
    start the timer", "Go to Settings and click Download": a how-to's steps name the
    subject's screens, not the site); and a line with any sentence that is not a call, a
    closer or a short question to the reader.
    """

    code = "S005"
    name = "call-to-action"
    #: Not a prompt category: a call to action is a sentence, never the label of a box of
    #: short items after it (G008, S004); the report sorts its lines by what they say.
    category = Category.PROMO
    max_words = 40
    #: It adds removals to S001, S002 and the other rules: a line they take stays theirs.
    defers = True
    kinds = TEXT_KINDS - {LineKind.TABLE}
    reason = "call to action"
    examples = (
        Example(
            "If you enjoyed this post, please clap and follow me for more stories like this.\n"
        ),
        Example(
            "Sie möchten diesen Artikel teilen? Folgen Sie uns auf Facebook, Instagram und "
            "Twitter.\n"
        ),
        Example("N'oubliez pas de vous abonner à notre newsletter !\n"),
        Example("No olvides seguirnos en Instagram.\n"),
        Example("Não se esqueça de compartilhar este artigo.\n"),
        Example("Non dimenticare di iscriverti alla nostra newsletter.\n"),
        Example("Subscribe to Canada Free Press for FREE\n"),
        Example("Kontaktieren Sie uns gerne.\n"),
    )
    counterexamples = (
        "He urged voters to follow the debate closely on television and online.\n",
        "Sie folgten der Spur bis zum Fluss.\n",
        "The mayor asked residents to sign up for the program at city hall.\n",
        "Go to Settings and click Download.\n",
        "Click the button to start the timer.\n",
        "Like us, they were surprised by the vote.\n",
        "Contact the city office for details about the new parking rules.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if is_call_line(doc.lines[index].plain) and not in_body_list(doc, index, is_call_line):
            return self.finding(index, index + 1)
        return None
