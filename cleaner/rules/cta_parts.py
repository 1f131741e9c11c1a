"""The parts of the call-to-action grammar (rule S005): the record of one language's parts,
what every language shares (platforms, addresses), and the English and German parts; the
French, Spanish, Portuguese and Italian parts are in :mod:`cleaner.rules.cta_romance`. Data
only: :mod:`cleaner.rules.cta_grammar` compiles them. No rule in it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Parts:
    """One language's parts of the grammar (each a tuple of regex alternatives)."""

    #: Politeness words and adverbs that may stand before and between verbs.
    please: tuple[str, ...]
    #: Lead-ins before the verb: a clause ending in a comma, or "Don't forget to".
    leads: tuple[str, ...]
    #: Imperative forms (and invitation infinitives) of the verbs.
    verbs: tuple[str, ...]
    #: Verbs whose target may be a place on the page: "Click below", "Sign up above".
    site_verbs: tuple[str, ...]
    #: Verbs whose target may be the site's capitalised name: "Subscribe to Canada Free
    #: Press", "Donate to Global Research".
    name_verbs: tuple[str, ...]
    #: Verb forms that carry their target: "Síguenos", "nous suivre", "seguici".
    fused: tuple[str, ...]
    #: The pronouns of the site ("us", "me"): a target right after the verb, when
    #: ``after_pronoun`` or the end follows (never "Like us, they ...").
    pronouns: str
    after_pronoun: str
    #: Prepositions of place after a pronoun: then a platform or an address must follow
    #: ("Follow us on Facebook", never "Folge uns auf Schritt und Tritt").
    places: str
    #: The site's outlets after a possessive ("our newsletter", "unseren Kanal").
    possessives: str
    outlets: str
    #: Other targets anywhere in the verb's complement: "this article", "the newsletter",
    #: "here".
    targets: tuple[str, ...]
    #: "here": a target of any verb but the media verbs ("Watch the full video here" is the
    #: piece's own media).
    here: str
    #: Places on the page, for ``site_verbs``: "below", "above".
    near: str
    #: Verbs of the piece's own media and documents: watch, listen, read ("Read the full
    #: report here").
    media_verbs: tuple[str, ...]
    #: Sentences that may stand before or after the calls: "Thanks for reading!".
    closers: tuple[str, ...]
    #: Second-person words: a short question holding one may lead in ("Enjoyed it?").
    you: str
    #: Button labels that are a call alone on their line: "Sign up", "Jetzt spenden".
    labels: tuple[str, ...]
    #: Sentences that end in their verb (German "Diesen Artikel teilen", "Vergessen Sie
    #: nicht, uns zu folgen"): their lead-ins, and the infinitives that close them.
    final_leads: tuple[str, ...] = ()
    final_verbs: tuple[str, ...] = ()
    #: Verbs of contacting, which open a call like ``verbs`` but take only the site itself
    #: as their target ("Contact us", "our experts"): a company named with a platform or an
    #: address is a how-to's step ("Contact Apple Support on Twitter").
    contact_verbs: tuple[str, ...] = ()


#: Social platforms and feeds, in every language.
PLATFORMS = (
    r"facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|whatsapp|mastodon|bluesky|"
    r"threads|pinterest|reddit|substack|patreon|paypal|spotify|soundcloud|flipboard|twitch|"
    r"discord|xing|rss|apple podcasts|google (?:news|podcasts)|(?<=\b(?:on|auf|bei|sur|en|em|"
    r"no|su) )x(?=\W|$)|"
    # Alternative networks that are no show's or event's name ("Criminal Minds", "Royal Rumble")
    # and seldom a story's subject.
    r"bitchute|odysee|gettr|steemit|mewe"
)
#: Social media as such, in every language.
SOCIAL = (
    r"social media|social networks?|(?:den )?sozialen (?:medien|netzwerken)|"
    r"(?:les )?réseaux sociaux|(?:las )?redes sociales|(?:as )?redes sociais|(?:i )?social"
)
#: A URL, a domain or a handle.
ADDRESS = (
    r"https?://|\bwww\.|(?<![\w@.-])[\w-]{2,}(?:\.[\w-]+)*\.(?:com|org|net|info|news|tv|io|co|"
    r"de|at|ch|fr|be|es|it|pt|br|mx|ar|uk|eu|nl|pl)\b|(?<![\w@])@\w{2,}"
)
EN = Parts(
    please=(r"please|kindly|now|today|also|just|simply|and|then|or",),
    leads=(
        r"if you (?:\w+ ){0,3}(?:enjoy|like|love|appreciate|value|found|want|would like)"
        r"[^,.!?]{0,80},",
        # Not "For more information ..., visit <url>" or "To learn more": such a pointer may
        # be the article's own (T001 takes it only in a footer run).
        r"to (?:read|see|hear|get|receive|keep|stay|join|support)\b"
        r"[^,.!?]{0,100},",
        r"for (?:more|further|additional) (?:news|stories|updates)"
        r"[^,.!?]{0,80},",
        r"(?:don't|don’t|do not|never) forget to|be sure to|make sure (?:to|you)|"
        r"feel free to|remember to|why not|you can(?: also| always)?|you may(?: also)?",
    ),
    verbs=(
        r"subscribe|follow|share|support|donate|visit|click|tap|sign up|join|download|watch|"
        r"read more|listen|comment|read|register|clap|rate|check out|go to|head (?:over )?to|find|"
        r"connect with|keep up with|leave|post|tune in|"
        r"like(?= (?:us|me|our|this)\b)",
    ),
    site_verbs=(r"subscribe|donate|support|click|tap|sign up|register|comment|leave|post|share",),
    name_verbs=(r"subscribe|donate",),
    fused=(),
    pronouns=r"us|me",
    after_pronoun=r"for|to|and|today|now|here|in the comments|too|as well",
    places=r"on|at|via|in",
    possessives=r"our|my",
    outlets=(
        r"newsletters?|mailing list|e-?mail list|channel|feed|podcasts?|blog|(?:web ?)?site|"
        r"page|show|work|journalism|reporting|newsroom|magazine|publication|coverage|"
        r"stories|articles|posts|videos|content|community|app|e-?book|updates|alerts|"
        r"account|profile|patreon|substack|shop|store|sponsors?"
    ),
    targets=(
        r"\bthis (?:(?:touching|amazing|important|great|inspiring|incredible|powerful) )?"
        r"(?:article|post|story|page|piece|video|podcast|episode|blog|site|website|"
        r"newsletter|channel|content)\b",
        r"\b(?:newsletters?|mailing list|rss feed|comments|a comment|"
        r"comment (?:section|box|field|form))\b",
    ),
    here=r"\bhere\b",
    near=r"\b(?:below|above)\b",
    media_verbs=(r"watch|listen|tune in|read",),
    closers=(
        r"thanks?(?: you)? (?:so much |again )?for (?:reading|stopping by|watching|listening|"
        r"your support|visiting)",
        r"(?:did you )?(?:enjoy(?:ed)?|liked?|loved?) (?:this|the) (?:article|post|story|read|"
        r"piece|video)",
        r"like what you (?:read|see)|want more(?: stories like this)?|stay tuned(?: for more)?",
        r"(?:please )?help (?:us )?spread the word(?: by sharing (?:this|our|these) "
        r"(?:article|post|story|articles|posts|stories)(?: on [^.!?]{0,40})?)?",
    ),
    you=r"\b(?:you|your)\b",
    labels=(
        r"sign up(?: now| today| for free| free)?|subscribe (?:now|today|for free)|"
        r"donate (?:now|today)|register (?:now|today|for free)|join (?:now|today|for free)|"
        r"post (?:a )?comment|get in touch|contact sales",
    ),
    contact_verbs=(r"contact|get in touch with|reach out to",),
)

DE = Parts(
    please=(r"bitte|jetzt|gleich|auch|gerne|einfach|und|oder|doch",),
    leads=(
        r"(?:wenn|falls) (?:ihnen|dir|euch|sie|du) (?:\w+ ){0,4}(?:gefallen|gefällt|gefiel|"
        r"mögen|magst|unterstützen|lesen|möchten|willst)[^,.!?]{0,80},",
        r"(?:für (?:mehr|weitere) (?:news|artikel|beiträge)|mehr dazu)[^,.!?]{0,80},",
    ),
    verbs=(
        r"(?:folgen|abonnieren|teilen|liken|unterstützen|spenden|besuchen|klicken|melden|"
        r"registrieren|treten|laden|schauen|sehen|hören|kommentieren|lesen|bewerten|"
        r"empfehlen) sie",
        r"folge|folgt|abonniere|abonniert|teile|teilt|unterstütze|unterstützt|spende|"
        r"spendet|besuche|besucht|klicke|klick|klickt|melde dich|meldet euch|"
        r"registriere dich|tritt|tretet|lade|ladet|schau|schaue|schaut|sieh|seht|hör|höre|"
        r"hört|kommentiere|kommentiert|lies|lest|bewerte|bewertet|empfiehl",
    ),
    site_verbs=(r"abonn\w*|spend\w*|unterstütz\w*|klick\w*|meld\w*|regist\w*|teil\w*",),
    name_verbs=(r"abonn\w*|spend\w*",),
    fused=(),
    pronouns=r"uns|mich",
    after_pronoun=r"hier|und|jetzt|doch|auch|gerne|an",
    places=r"auf|bei|in|unter|über|im|per",
    possessives=r"unser\w*|mein\w*",
    outlets=(
        r"newsletter|kanal|kanäle|blog|seite|webseite|website|podcast|arbeit|journalismus|"
        r"redaktion|magazin|zeitung|beiträge|artikel|videos?|inhalte|community|app|angebot|"
        r"profil|account|konto"
    ),
    targets=(
        r"\bdiese[nmrs]? (?:artikel|beitrag|text|seite|video|podcast|newsletter|"
        r"kanal|blog)\b",
        r"\b(?:newsletter|podcast|rss-feed)\b|\bkommentar(?:e|en|spalte|bereich)?\b",
    ),
    here=r"\bhier\b",
    near=r"\b(?:unten|oben)\b",
    media_verbs=(r"(?:schauen|sehen|hören|lesen) sie|schau\w*|sieh|seht|hör\w*|lies|lest",),
    closers=(
        r"(?:vielen )?dank (?:fürs|für das|für ihr|für dein|für ihre) (?:lesen|interesse|"
        r"unterstützung)",
        r"(?:hat|gefällt|gefiel) (?:ihnen|dir|euch) (?:dieser|der|unser|dieses|das) "
        r"(?:artikel|beitrag|text)(?: gefallen)?",
    ),
    you=r"\b(?:sie|ihnen|ihr|du|dir|dein\w*|euch)\b",
    labels=(
        r"jetzt (?:abonnieren|spenden|anmelden|registrieren|unterstützen|teilen|mitmachen)|"
        r"kostenlos (?:registrieren|anmelden|abonnieren)",
    ),
    final_leads=(
        r"(?:vergessen sie nicht|vergiss nicht|vergesst nicht|sie können|du kannst|ihr könnt|"
        r"sie möchten|möchten sie|möchtest du|du möchtest|willst du|wollen sie|gerne können sie)"
        r"(?: auch| gerne| jederzeit)?,?",
        r"jetzt|hier|gleich|kostenlos|bitte",
    ),
    final_verbs=(
        r"(?:zu )?(?:folgen|abonnieren|teilen|liken|unterstützen|spenden|besuchen|klicken|"
        r"anzumelden|anmelden|registrieren|beitreten|herunterladen|anschauen|ansehen|anhören|"
        r"hören|kommentieren|lesen|bewerten|empfehlen|weiterempfehlen)",
    ),
    contact_verbs=(r"(?:kontaktieren|rufen|sprechen) sie|kontaktiere|kontaktiert",),
)
