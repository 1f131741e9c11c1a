"""The grammar of a call to action (rule S005), in small named parts per language: the
imperative forms of the verbs (subscribe, follow, share, support, donate, visit, click, sign
up, join, download, watch, listen, comment, read, register, rate ...), the lead-ins before
them ("If you liked this article,", "Don't forget to", "please"), the targets their
complement must name (us, our newsletter, this article, a social platform, a URL, "here"),
and the sentences that may stand around them ("Thanks for reading!"). Each language's parts
compile into one sentence pattern; no rule in it.

A sentence is a call to action when, after its lead-ins, it opens with a verb of the table
and the words after the verb name a target. The lists are data (:mod:`cleaner.rules.cta_parts`,
:mod:`cleaner.rules.cta_romance`): add a language by adding its :class:`Parts` to
:data:`LANGUAGES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from cleaner.rules.cta_parts import ADDRESS, DE, EN, PLATFORMS, SOCIAL, Parts
from cleaner.rules.cta_romance import ES, FR, IT, PT
from cleaner.rules.prefilter import FLAGS

#: The languages the grammar knows.
LANGUAGES: dict[str, Parts] = {
    "en": EN,
    "de": DE,
    "fr": FR,
    "es": ES,
    "pt": PT,
    "it": IT,
}


def _alt(parts: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in parts)


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's parts compiled into patterns."""

    #: A sentence opening, after its lead-ins, with a verb: groups ``verb`` and ``rest``.
    opening: regex.Pattern[str]
    #: A sentence closing with its verb (German): groups ``lead`` and ``rest``.
    final: regex.Pattern[str] | None
    site_verb: regex.Pattern[str]
    name_verb: regex.Pattern[str]
    fused: regex.Pattern[str] | None
    #: A verb of contacting (its target must be the site itself), or None.
    contact_verb: regex.Pattern[str] | None
    #: A target at the start of the words after the verb: a pronoun, or any other target.
    pronoun: regex.Pattern[str]
    target: regex.Pattern[str]
    #: A URL, a domain or a handle: a target when little follows it.
    address: regex.Pattern[str]
    near: regex.Pattern[str]
    here: regex.Pattern[str]
    media_verb: regex.Pattern[str]
    #: The site's capitalised name right after the verb (or its preposition).
    name: regex.Pattern[str]
    #: "and", a comma or a colon between two clauses.
    joint: regex.Pattern[str]
    closer: regex.Pattern[str]
    you: regex.Pattern[str]
    label: regex.Pattern[str]


#: A hook of two to six words before a dash, in any language: "Never miss a review — join
#: our mailing list", "Kein Artikel mehr verpassen – abonnieren Sie ...".
_HOOK = r"(?:[\p{L}\p{N}'’]+\s+){1,5}[\p{L}\p{N}'’]+[!?]?\s+[—–]"

#: A capitalised name of one to five words: "Canada Free Press".
_NAME = r"(?-i:\p{Lu})[\p{L}'’&.-]*(?:\s+(?-i:\p{Lu})[\p{L}'’&.-]*){0,4}"


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of one language of :data:`LANGUAGES`."""
    p = LANGUAGES[lang]
    please = _alt(p.please)
    lead = rf"(?:(?:{_alt(p.leads)}|{please}|{_HOOK})\s*[,:]?\s+)"
    verbs = _alt(p.verbs + p.contact_verbs)
    opening = rf"^[\W_]*(?P<lead>{lead}*)(?P<verb>{verbs})(?=\W|$)(?P<rest>.*)$"
    final = None
    if p.final_verbs:
        final = (
            rf"^[\W_]*(?P<lead>(?:(?:{_alt(p.final_leads)})\s+)+)?(?P<rest>(?:\S+\s+){{1,10}}?)"
            rf"(?:{_alt(p.final_verbs)})(?:\s+(?:{please}))?[\W_]*$"
        )
    possessive = rf"\b(?:{p.possessives})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{p.outlets})\b"
    target = "|".join((possessive, *p.targets, PLATFORMS, SOCIAL))
    return Grammar(
        opening=regex.compile(opening, FLAGS),
        final=regex.compile(final, FLAGS) if final else None,
        site_verb=regex.compile(_alt(p.site_verbs), FLAGS),
        name_verb=regex.compile(_alt(p.name_verbs), FLAGS),
        fused=regex.compile(_alt(p.fused), FLAGS) if p.fused else None,
        contact_verb=regex.compile(_alt(p.contact_verbs), FLAGS) if p.contact_verbs else None,
        pronoun=regex.compile(
            rf"^[\W_]*(?:{p.pronouns})(?:\s+(?P<place>{p.places})\b|\s+(?:{p.after_pronoun})\b"
            rf"|[\s.!]*$)",
            FLAGS,
        ),
        target=regex.compile(target, FLAGS),
        address=regex.compile(ADDRESS, FLAGS),
        near=regex.compile(p.near, FLAGS),
        here=regex.compile(p.here, FLAGS),
        media_verb=regex.compile(_alt(p.media_verbs), FLAGS),
        name=regex.compile(rf"^\s*(?:(?:to|for|zu|à|a|para|per)\s+)?{_NAME}", FLAGS),
        joint=regex.compile(rf"\s*[,;:&]\s+|\s+(?:{please})\s+", FLAGS),
        closer=regex.compile(rf"^[\W_]*(?:{_alt(p.closers)})[\W_]*$", FLAGS),
        you=regex.compile(p.you, FLAGS),
        label=regex.compile(rf"^[\W_]*(?:{_alt(p.labels)})[\W_]*$", FLAGS),
    )


#: A verb of saying after a comma or a dash: the call is reported speech.
_SPEECH = regex.compile(
    r"(?:,|\s[–—-])\s*(?:(?:he|she|they|I|we|er|sie)\s+)?(?:said|says|asked|asks|told|tells|"
    r"urged|urges|shouted|shouts|whispered|wrote|writes|added|adds|advised|advises|warned|"
    r"warns|recommended|recommends|ruft|rief|sagt|sagte|rät|riet|empfiehlt|empfahl|warnt|"
    r"warnte|fragt|fragte|schreibt|schrieb|meint|meinte|betont|betonte|erklärt|erklärte|dit|"
    r"a dit|déclare|a déclaré|explique|lance|a lancé|ajoute|écrit|dijo|dice|afirmó|"
    r"explicó|añadió|escribió|disse|diz|afirmou|explicou|escreveu|ha detto|spiega|"
    r"ha scritto|zei|zegt|schreef|schrijft|adviseert|waarschuwt|säger|skriver|råder|"
    r"varnar|powiedział|powiedziała|mówi|radzi|napisał|napisała)\b",
    regex.I,
)


def reports_speech(text: str) -> bool:
    """Whether a verb of saying follows a comma or a dash in ``text``: "..., rät die
    Verbraucherzentrale", "..., the mayor said"."""
    return bool(_SPEECH.search(text))
