"""The words of a site's appeals to its readers, for the tail zone (T001): a line that speaks
to the reader and names two of the site's asks or its kind of work ("Your gift sustains
faithful Catholic journalism. Donate today.", "Join the conversation! Comments are
moderated.", "Hazte socio ... lectores libres") looks like a footer, in any wording; so does
a notice about the site's content that names two words of notices ("The content on X is for
educational purposes only. We're not doctors ...").

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


#: Words of a site's notices about its own content (disclaimers, opinion and affiliate
#: notices, contributor policies), in en, de, fr and es; a line must name two different ones.
_NOTICE_STEMS = (
    # en
    "purposes only", "informational purpose", "educational purpose", "information only",
    "wellness only", "advice", "endorse", "views", "opinion", "those of", "responsib", "liab",
    "verif", "editorial review", "accura", "guarantee", "warrant", "substitute", "consult",
    "physician", "doctor", "healthcare provider", "health care provider", "recommendation",
    "buy or sell", "past performance", "affiliate", "commission", "compensat", "disclos",
    "submitter", "submission", "solely", "necessarily",
    # de
    "anlageberatung", "rechtsberatung", "ersetzt", "arzt", "ärztlich", "haftung", "gewähr",
    "meinung", "verantwortlich", "informationszweck", "provision",
    # fr
    "titre informatif", "conseil", "responsab", "avis", "médecin", "engage",
    # es
    "fines informativos", "asesoramiento", "opinión", "opiniones", "médico",
)  # fmt: skip
_NOTICE_STEM = regex.compile(
    r"\b(?:" + "|".join(regex.escape(s).replace(r"\ ", r"\s+") for s in _NOTICE_STEMS) + ")",
    regex.IGNORECASE,
)
#: The notice's subject: the site, its content or its writers ("The content on X", "this
#: site", "Nothing here", "We're not doctors", "Contributor posts", "the author's opinion"),
#: or the site's name opening the line with its verb ("Citizen Pulse Network does not ...").
_NOTICE_SUBJECT = regex.compile(
    r"\b(?:this|our|the|these)\s+(?:site|website|blog|article|post|content|commentary|column|"
    r"publication|newsletter|material|information|page|podcast|letters?|writers?|authors?|"
    r"contributors?)s?\b|\bnothing\s+(?:here|(?:in|on)\s+(?:this|our|(?:the\s+)?(?-i:\p{Lu})\w*))\b|"
    r"\bwe(?:'re|’re|\s+are)\s+not\b|"
    r"\b(?:member|reader|user|contributor|guest)\s+(?:posts|submissions|content|articles)\b|"
    r"^[\W_]*(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3}\s+(?:does|do|is|are|"
    r"shares|publishes|provides|accepts|cannot|can't|will\s+not|makes\s+no)\b|"
    r"\b(?:dieser?|diese[sn]?|unsere?)\s+(?:artikel|beitrag|text|inhalte?|seite|website)\b|"
    r"\b(?:cet|ce|cette|notre)\s+(?:article|contenu|site|texte)\b|"
    r"\b(?:este|esta|nuestro|nuestra)\s+(?:artículo|contenido|sitio|texto|página)\b",
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
    """Whether a line is a site's notice about its content: it names two words of notices
    and the site, its content or its writers as their subject (and reports no one's words,
    quotes none and says no one's view of them)."""
    stems = {m.group(0).casefold() for m in _NOTICE_STEM.finditer(text)}
    return (
        len(stems) >= _MIN_STEMS
        and _NOTICE_SUBJECT.search(text) is not None
        and _REPORTED.search(text) is None
        and _ABOUT_NOTICES.search(text) is None
    )
