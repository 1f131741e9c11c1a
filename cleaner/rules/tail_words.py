"""The words of a site's appeals to its readers, for the tail zone (T001): a line that speaks
to the reader and names two of the site's asks or its kind of work ("Your gift sustains
faithful Catholic journalism. Donate today.", "Join the conversation! Comments are
moderated.", "Hazte socio ... lectores libres") looks like a footer, in any wording; so does
a notice about the site's content that says what only such a notice says ("The content on X
is for educational purposes only. We're not doctors ...").

Phrase families know one wording each; a site's own appeal is worded its own way, but it
draws on a small vocabulary (share, comment, subscribe, donate, support, member, reader,
journalism, republish, newsletter, inbox ...) and addresses the reader ("you", "our", "Sie",
"nous", an exclamation). Alone such a line is no footer: it only counts inside T001's run,
which needs a certain end marker.
"""

from __future__ import annotations

import regex

#: Stems of what a site asks of its readers or says of its work, in en, de, fr, es, pt, it,
#: nl and sv. Each stem opens a word; a line must name two different ones. "follow " ends
#: with its space: "follow-up", "following" and "followed" are an article's words.
_STEMS = (
    # en
    "share", "comment", "subscri", "newsletter", "inbox", "donat", "gift", "support", "member",
    "patron", "republish", "reprint", "licens", "creative commons", "sign up", "sign-up",
    "signup", "join", "follow ", "download", "podcast", "tips", "typo", "feedback", "moderat",
    "house rules", "journalism", "newsroom", "nonprofit", "non-profit", "reader-supported",
    "reader-funded", "readers", "listeners", "viewers", "ad-free", "e-mail", "email",
    "conversation",
    # de
    "teilen", "kommentar", "abonn", "spende", "spenden", "unterstütz", "mitglied",
    "journalismus", "leser", "hörer", "zuschauer", "nachdruck",
    # fr
    "partag", "commentaire", "abonne", "lettre d'information", "dons", "soutien", "soutenez",
    "soutenir", "adhér", "journalisme", "lecteurs", "auditeurs", "reproduction", "courriel",
    "suivez", "téléchargez",
    # es
    "compart", "comentario", "suscri", "boletín", "donativo", "apoya", "apoyo", "socio",
    "periodismo", "lectores", "oyentes", "reproducción", "síguenos", "descarga", "participación",
    # pt
    "compartilh", "partilh", "comentário", "assin", "doação", "doe ", "apoie", "sócio",
    "jornalismo", "leitores", "ouvintes", "reprodução", "siga-nos",
    # it
    "condivid", "iscriv", "donazion", "sostieni", "sostegno", "giornalismo", "lettori",
    "ascoltatori", "riproduzione", "seguici", "scarica",
    # nl
    "delen", "deel ", "reactie", "reageer", "nieuwsbrief", "doneer", "donatie", "steun",
    "journalistiek", "lezers", "luisteraars", "huisregels",
    # sv
    "dela ", "kommentar", "prenumer", "nyhetsbrev", "stöd", "swisha", "medlem",
    "journalistik", "läsare",
)  # fmt: skip
_STEM = regex.compile(
    r"\b(?:" + "|".join(regex.escape(s).replace(r"\ ", r"\s+") for s in _STEMS) + ")",
    regex.IGNORECASE,
)
#: The reader addressed: a pronoun of the second person or the site's "we", or a call; "US" in
#: capitals is the country ("... outside the US."), not "us".
_ADDRESS = regex.compile(
    r"\b(?:you|your|yours|(?-i:us|Us)|our|we|we're|we’re|sie|ihre?|ihren|uns|unsere?n?|wir|vous|votre|"
    r"vos|nous|notre|nos|tu|te|tus|usted|nuestr[oa]s?|você|vocês|nosso|nossa|nós|ci|noi|"
    r"vostr[oa]|nostr[oa]|jij|jou|jouw|uw|wij|ons|onze|du|dig|din|vi|oss|vår|vårt|"
    # calls in the imperative, where the pronoun is part of the verb or left out
    r"hazte|únete|suscríbete|apóyanos|síguenos|ayúdanos|colabora|apoie|assine|siga|"
    r"iscriviti|abbonati|sostienici|seguici|soutenez|abonnez-vous|suivez|partagez|faites|"
    r"doneer|steun|word\s+lid|stöd|swisha|prenumerera|donate|subscribe|sign\s+up|join)\b|!",
    regex.IGNORECASE,
)
#: Reported speech: an article's last paragraph quoting someone on such things ("Readers
#: can now share comments online, the editor said", "Harris urged supporters to donate ...,
#: saying, ...") is the article's.
_REPORTED = regex.compile(
    r"\b(?:said|says|saying|told|telling|urged|urging|according\s+to|sagte|sagt|erklärte|"
    r"sagten|a\s+(?:dit|déclaré|expliqué)|selon|dijo|afirmó|explicó|según|disse|afirmou|"
    r"segundo|ha\s+detto|secondo|zei|volgens|sade|enligt)\b",
    regex.IGNORECASE,
)
#: Stems a line names at least.
_MIN_STEMS = 2


def reader_appeal(text: str) -> bool:
    """Whether a line speaks to the reader and names two of a site's asks or its work (and
    reports no one's words)."""
    stems = {m.group(0).casefold().rstrip() for m in _STEM.finditer(text)}
    return (
        len(stems) >= _MIN_STEMS
        and _ADDRESS.search(text) is not None
        and _REPORTED.search(text) is None
    )


#: What only a site's notice about its own content says (disclaimers, opinion and affiliate
#: notices, contributor policies), in en, de, fr and es: "for educational purposes only",
#: "is not personalized investment advice", "does not endorse the views", "past performance
#: is not ...", "without editorial review", "keine Anlageberatung", "à titre informatif".
_NOTICE_PHRASE = regex.compile(
    r"\bfor\s+(?:general\s+)?(?:information(?:al)?|educational|entertainment|wellness)\s+"
    r"(?:purposes\s+)?only\b"
    r"|\b(?:is|are)\s+not\s+(?:intended\s+(?:as|to\s+be)\s+|meant\s+as\s+|to\s+be\s+taken\s+as\s+)?"
    r"(?:a\s+substitute\s+for\s+)?(?:personali[sz]ed\s+|professional\s+|individual\s+)?"
    r"(?:medical|legal|financial|investment|tax|health)\s+advice\b"
    r"|\bnothing\b[^.!?]{0,60}\b(?:is|constitutes|should\s+be\s+taken\s+as)\s+(?:a\s+)?"
    r"(?:(?:medical|legal|financial|investment)\s+advice|recommendation\s+to\s+(?:buy|sell))\b"
    r"|\bdoes\s+not\s+(?:necessarily\s+)?(?:endorse|reflect|represent)\s+(?:the\s+)?"
    r"(?:views|opinions)\b"
    r"|\b(?:views|opinions)\s+expressed\b[^.!?]{0,60}\b(?:are\s+(?:solely\s+)?(?:those|the\s+"
    r"(?:views|opinions))\s+of|do\s+not\s+(?:necessarily\s+)?(?:reflect|represent))\b"
    r"|\bpast\s+performance\s+(?:is|does)\s+not\b"
    r"|\bwithout\s+editorial\s+review\b|\bdoes\s+not\s+verify\b"
    r"|\bare\s+those\s+of\s+the\s+(?:writers?|authors?|contributors?)\b"
    r"|\breflects?\s+(?:only\s+)?the\s+(?:views?|opinions?)\s+of\s+the\s+"
    r"(?:authors?|writers?|submitters?|contributors?)\b"
    r"|\bkeine\s+anlageberatung\b|\bersetzt\s+(?:keine?n?|nicht\s+(?:die|den))\s+"
    r"(?:ärztlichen?|medizinischen?|rechtlichen?|arzt)"
    r"|\bà\s+titre\s+(?:informatif|indicatif)\b|\bn['’]engage(?:nt)?\s+que\b"
    r"|\bcon\s+fines\s+(?:meramente\s+)?informativos\b"
    r"|\bno\s+constituye\s+(?:asesoramiento|una\s+recomendación)\b",
    regex.IGNORECASE,
)
#: The notice's subject: the site, its content or its writers ("The content on X", "this
#: site", "Nothing here", "We're not doctors", "Contributor posts", "the commentary above"),
#: the views expressed here, or the site's name that "shares information". Not a company that
#: "does not verify" (a story's fact), nor "the content of the column" (someone else's).
_NOTICE_SUBJECT = regex.compile(
    r"\b(?:this|our)\s+(?:site|website|blog|content|commentary|column|publication|newsletter|"
    r"material|information)s?\b|\bthe\s+(?:commentary|column|analysis)\s+above\b|"
    r"\bthe\s+(?:content|information|material)s?\s+(?:on|in|of)\s+(?:this|our|(?-i:\p{Lu})\w*)|"
    r"\bnothing\s+(?:here|(?:in|on)\s+(?:this|our|(?:the\s+)?(?-i:\p{Lu})\w*))\b|"
    r"\bwe(?:'re|’re|\s+are)\s+not\b|"
    r"\b(?:views|opinions)\s+expressed\s+(?:here|on\s+this|in\s+(?:this|these|our|letters|"
    r"comments|columns?|op-eds?))\b|"
    r"\b(?:member|reader|user|contributor|guest)\s+(?:posts|submissions|content|articles)\b|"
    r"^[\W_]*(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3}\s+shares\s+information\b|"
    r"\b(?:dieser?|diese[sn]?|unsere?)\s+(?:beitrag|text|inhalte?|seite|website)\b|"
    r"\b(?:ce|cette|notre)\s+(?:contenu|site)\b|"
    r"\b(?:este|esta|nuestro|nuestra)\s+(?:contenido|sitio|página)\b",
    regex.IGNORECASE,
)


#: What an article says of notices, never a notice itself: someone's view of them ("Experts
#: warn that ...", "Regulators argue ..."), or their words in quotation marks.
_ABOUT_NOTICES = regex.compile(
    r"\b(?:say|warns?|warned|argues?|argued|claims?|claimed|insists?|insisted|notes?|noted|"
    r"believes?|believed|suggests?|suggested|cautions?|cautioned|wrote|writes)\b|"
    r"[\"“”„«»]|(?:^|\s)['‘][^'’]{3,}['’](?=[\s.,;:!?—–-]|$)",
    regex.IGNORECASE,
)


def site_notice(text: str) -> bool:
    """Whether a line is a site's notice about its content: it says what only such a notice
    says, with the site, its content or its writers as the subject (and reports no one's
    words, quotes none and says no one's view of them)."""
    return (
        _NOTICE_PHRASE.search(text) is not None
        and _NOTICE_SUBJECT.search(text) is not None
        and _REPORTED.search(text) is None
        and _ABOUT_NOTICES.search(text) is None
    )
