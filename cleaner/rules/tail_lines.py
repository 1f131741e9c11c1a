"""How a line under an article looks from the tail zone (T001): an end marker only a footer
says, a call to action, a third-person bio, an address line, a short label. What a footer line
gives the report is in :mod:`cleaner.rules.tail_report`.
"""

from __future__ import annotations

from enum import Enum

import regex

from cleaner.model import Line, LineKind
from cleaner.rules.base import reports_findings
from cleaner.rules.tail_words import reader_appeal, site_notice

_URL = r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|co\.uk|tv|io|us|de|fr|es|it|pt|br)\b(?:/\S*)?"
#: Certain end markers: what only a footer says, in en, de, fr, es, pt and it.
_END_MARKER = regex.compile(
    r"""^[\W_]*(?:
      (?:video\s+|photo\s+|image\s+)?(?:source|sources|quelle|fuente|fonte|via|h/?t|hat\s+tip)\s*[:@]
    | (?:-\s*)?see\s+more\s+at\s*:
    | read\s+more\s+(?:great\s+articles\s+)?(?:at\b|@|here\b|on\b)
    | (?:the|this)\s+post\s+.{2,300}\s+appeared\s+first\s+on\s+
    | .{2,200}\s+is\s+a\s+post\s+from\s+
    | (?:this|the)\s+(?:article|post|story|piece|column|essay)\s+(?:was\s+|is\s+|has\s+been\s+)?
      (?:written\s+by\s+.{2,80}\s+and\s+)?
      (?:(?:originally|first)\s+)?(?:published|appeared|posted|produced|ran|contributed)\b
    | contributed\s+by\s+(?-i:\p{Lu})
    | filed\s+under\b|(?:tagged(?:\s+with)?|tags)\s*:
    | (?:to\s+)?(?:read|see|find|get)\s+more\s+(?:posts|articles|stories|content)\s+like\s+this\b
    | (?:delivered|provided|brought\s+to\s+you|syndicated)\s+by\s+(?-i:\p{Lu})[^.!?]{1,80}[.]?$
    | courtesy\s+(?:of\s+)?(?-i:\p{Lu})[^.!?]{1,80}[.]?$
    | (?:this|the|our|all)\s+
      (?:content|article|material|post|piece|story|work|text|report|message)s?
      \s+(?:may|can)\s+be\s+(?:freely\s+)?(?:re-?produced|re-?published|re-?printed|re-?posted|
      shared|copied|distributed)\b
    | (?:we\s+encourage\s+you|you\s+are\s+(?:welcome|free)|feel\s+free)\s+to\s+
      (?:share\s+and\s+)?(?:re-?publish|re-?post|re-?print|reproduce)\b
    | permission\s+is\s+(?:hereby\s+)?(?:given|granted)\s+to\s+(?:share|re-?publish|re-?post|
      re-?print|reproduce|copy)\b
    | (?:this\s+column|a\s+version\s+of\s+this\s+(?:piece|article|story))\s+
      (?:also\s+|first\s+)?(?:ran|appeared)\b
    | (?:originally|first)\s+(?:published|appeared|posted)\s+(?:at|on|in|by)\b
    | (?:re-?published|reprinted|cross-?posted)\s+(?:with\s+permission\b|from\b)
    | (?:copyright|©|\(c\)\s*\d)
    | .{0,120}\ball\s+rights\s+reserved\b
    | (?:please\s+)?(?:adhere\s+to\s+our\s+)?comment(?:ing)?\s+policy\b
    | spread\s+the\s+word\b
    | (?:about\s+(?:the\s+)?(?:author|authors|us|writer)|über\s+(?:den|die)\s+autor(?:in)?|
         à\s+propos\s+de\s+l'auteur|sobre\s+(?:el|o)\s+autor)\s*:?[\W_]*$
    | (?:contacts?\s+(?:and\s+sources|details|info(?:rmation)?)|media\s+contact|
         press\s+contact|kontakt)\s*:
    | (?:[-_=*~–—•·.]\s*){3,}$
    | [–—-]$
    | (?:also|more|other|recent|older|latest)\s+(?:articles?\s+|posts?\s+|stories\s+)?by\s+
      (?-i:\p{Lu})[\p{L}.'-]+(?:\s+(?-i:\p{Lu})[\p{L}.'-]+){0,3}\s*:?[\W_]*$
    | most\s+recent\s+(?:articles|posts|stories)\s+by\b
    | rss\s+feed\s+for\b
    | loading\s+comments
    | \d{1,3}\s*%\s+of\s+readers\s+think
    | advertisements?$
    | (?:like|share|follow|subscribe|donate|support)\b[^.!?]{0,60}\b
      (?:this\s+(?:article|post|story|page)|us\s+on|me\s+on|
         our\s+(?:page|channel|newsletter|work|site|website)|
         my\s+(?:page|channel|newsletter|work|site|website|blog))
    | (?:to\s+)?donate\b
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: A call to action: a verb of the site's asks, then within a few words its target. The
#: asks only a site makes (share, follow, subscribe, donate ...) may open a footer run; the
#: others (visit, click, watch, read more ...) are also said inside articles, so they only
#: extend one.
_SITE_ASKS = (
    r"subscribe|follow|like|share|support|donate|sign\s+up|join|"
    r"abonnieren|abonniere|folgen?\s+sie|teilen|unterstützen|spenden|"
    r"abonnez|suivez|partagez|soutenez|faites\s+un\s+don|"
    r"suscríbete|suscribete|síguenos|siguenos|comparte|apoya|"
    r"inscreva-se|assine|siga|compartilhe|apoie|"
    r"iscriviti|seguici|condividi|sostieni"
)
_OTHER_ASKS = (
    r"visit|click|tap|download|watch|listen|check\s+(?:me|us|it|out)|read\s+more|to\s+read\s+more|"
    r"receive|go\s+to|get\s+(?:a|the|our|my|your)|learn\s+more|find\s+out\s+more|"
    r"besuchen|klicken|visitez|cliquez|visita|haz\s+clic|clique|clicca|dona|doe"
)
_CTA_TARGET = (
    _URL + r"|\bhere\b|\bhier\b|\bici\b|\baquí\b|\baqui\b|\bqui\b|@\w+|"
    r"\b(?:my|our|this|the)\s+(?:web\s*site|site|blog|channel|page|newsletter|podcast|youtube|"
    r"book|store|shop|show|work|articles?|posts?)\b|"
    r"\b(?:facebook|twitter|youtube|instagram|telegram|gab|patreon|paypal|substack|rss|"
    r"e-?mail\s+list|mailing\s+list|newsletter)\b|"
    r"\b(?:like|share|follow|subscribe|donate)\W*\s+button\b"
)
_CTA_LEAD = (
    r"^[\W_]*(?:(?:please|and|also|don't\s+forget\s+to|be\s+sure\s+to|make\s+sure\s+to|"
    r"you\s+can|if\s+[^,]{3,80},|to\s+[^,]{3,60},|bitte|n'oubliez\s+pas\s+de|"
    r"no\s+olvides)\s+)?"
)
_SITE_CTA = regex.compile(
    _CTA_LEAD + rf"(?:{_SITE_ASKS})\b.{{0,120}}?(?:{_CTA_TARGET})", regex.IGNORECASE
)
_OTHER_CTA = regex.compile(
    _CTA_LEAD + rf"(?:{_OTHER_ASKS})\b.{{0,120}}?(?:{_CTA_TARGET})", regex.IGNORECASE
)
#: A request for the reader's comments ("Let me know below in the comments section", "Share
#: your thoughts in the comment section!", "Schreiben Sie es uns in die Kommentare"),
#: anywhere in a line. Articles end in such a question too ("What do you think? Let us know
#: in the comments"), so it only extends a footer run, as "visit" and "click" do.
_COMMENT_ASK = regex.compile(
    r"\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|share\s+your\s+(?:thoughts|views|opinions?|"
    r"experiences?|stories)|leave\s+(?:a|your)\s+(?:comments?|reply|thoughts)|"
    r"(?:post|add|drop|write)\s+(?:a|your)\s+comments?|schreiben\s+sie\s+(?:es\s+)?uns|"
    r"dites-(?:le\s+)?nous|laissez\s+un\s+commentaire|déjanos|dinos|deixe\s+(?:seu|um)|"
    r"diga-nos|fateci\s+sapere|lasciate?\s+un\s+commento)\b"
    r".{0,60}?\b(?:in|into|im|en|dans|nei|nos|na|no)\s+(?:the\s+|den\s+|die\s+|les\s+|los\s+|"
    r"la\s+|i\s+|os\s+)?(?:comments?|kommentare[n]?|commentaires?|comentarios?|comentários?|"
    r"commenti)(?:\s+(?:section|below))?\b",
    regex.IGNORECASE,
)
#: A pointer to a company's or a site's pages for more information, which press releases
#: end with above their "About X" box and source line: "For more information about Night
#: Fision, please visit www.nightfision.com", "To learn more about X, please visit their
#: website", "Weitere Informationen finden Sie unter www.example.de". Footer-like (it may
#: open a run), never certain: an article may end with one too.
_MORE_INFO = regex.compile(
    r"^[\W_]*(?:for\s+(?:more|further|additional)\s+(?:information|info|details)|"
    r"to\s+(?:learn|find\s+out|read|see)\s+more|more\s+information|"
    r"(?:für\s+)?(?:weitere|mehr)\s+informationen|pour\s+(?:plus\s+d['’]informations|"
    r"en\s+savoir\s+plus)|para\s+(?:más\s+información|saber\s+más|mais\s+informações)|"
    r"per\s+(?:maggiori|ulteriori)\s+informazioni)\b"
    r"[^.!?]{0,160}?\b(?:visit|go\s+to|head\s+to|check\s+out|see|click|besuchen\s+sie|"
    r"(?:finden\s+sie|gibt\s+es)\s+(?:im\s+internet\s+)?(?:unter|auf)|visitez|rendez-vous\s+sur|"
    r"consultez|visite|visita|acesse|consulte)\b"
    rf".{{0,120}}?(?:(?<![@\w.-])(?:{_URL})|\b(?:their|our|the|its|his|her|ihre|unsere|leur|notre|su|nuestro)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:web\s*site|site|homepage|webseite|site\s+web|sitio\s+web|"
    r"página\s+web|sito)\b)",
    regex.IGNORECASE,
)
#: The site's buttons named in a paragraph ("click the "Like" button", "the Share Button",
#: "the Email subscription and/or RSS Feed buttons"): two or more make it a prompt at any
#: length up to ``_PROMPT_WORDS``.
_BUTTON = regex.compile(
    r"\b(?:like|share|subscribe|subscription|follow|donate|rss(?:\s+feed)?|tweet)\W*\s+buttons?\b",
    regex.IGNORECASE,
)
_MIN_BUTTONS = 2
#: A headline that ends in "Click here": a link to other pages of the site.
_CLICK_HERE = regex.compile(
    r"\b(?:click|tap)\s+here[\W_]*$|\b(?:hier\s+klicken|cliquez\s+ici|haz\s+clic\s+aquí|"
    r"clique\s+aqui|clicca\s+qui)[\W_]*$",
    regex.IGNORECASE,
)
_PROMPT_WORDS = 150
#: A line in the third person about a person or an organisation: a name (not a pronoun or
#: a determiner), then "is a ...", "has written ...", "lives in ...", "writes for ...".
_NOT_NAMES = (
    r"(?:It|This|That|These|Those|There|Here|He|She|They|We|I|You|The|A|An|What|Which|"
    r"Who|If|When|So|But|And|Or|PS|P\.S)\b"
)
BIO = regex.compile(
    rf"^[\W_]*(?P<org>The\s+)?(?!{_NOT_NAMES})(?:(?P<domain>\p{{Lu}}[\p{{L}}'’-]*\.[\p{{L}}.]+)|"
    r"\p{Lu}[\p{L}.'’-]+(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|al|bin)){1,4})"
    r"(?:,\s*[^,]{2,40},)?,?\s+"
    r"(?i:(?:is|was|has\s+been)\s+(?:also\s+|currently\s+|now\s+)?(?:a|an|the|one\s+of|"
    r"(?:co-?)?founder|president|director|editor|author|professor|commander|chief|head|"
    r"senior|executive|managing|contributing|associate|assistant)\s|"
    r"has\s+(?:written\s+(?:for|about|on|extensively|widely|several|many|numerous|books?|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:book|novel|memoir|column))\b|"
    r"authored|published\s+(?:in|widely|extensively|several|many|numerous|books?|articles|"
    r"essays|novels|poetry|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"worked\s+(?:as|at|for)\b|appeared\s+(?:in|on)\s+(?-i:\p{Lu})|"
    r"contributed\s+to\s+(?-i:\p{Lu}))|holds\s+a|"
    r"lives\s+(?:in|on|with)|works\s+(?:as|at|for|in)|serves\s+as|writes\s+(?:for|about|on)|"
    r"teaches|offers\s|provides\s|"
    r"ist\s+(?:ein|eine|seit)|schreibt\s+für|lebt\s+in|arbeitet\s+(?:als|bei)|"
    r"est\s+(?:un|une|le|la)\s|vit\s+à|es\s+(?:un|una|el|la)\s|vive\s+en|é\s+(?:um|uma|o|a)\s|"
    r"è\s+(?:un|una|il|la)\s)",
)
#: A short first sentence (a site's tagline) before a bio: "When it hits the fan, don't say
#: we didn't warn you. Mac Slavo is the editor of ...".
_LEAD_SENTENCE = regex.compile(r"^[^.!?]{3,100}[.!?]\s+(?=\p{Lu})")


#: A description whose subject, the site's linked name, the converter put on the line
#: above: "offers Science, Space, Technology, Health news ...", "is a non-profit ...".
_HEADLESS_BIO = regex.compile(
    r"^(?:offers|provides|is\s+(?:a|an|the)|has\s+(?:written|authored|been)|"
    r"writes\s+(?:for|about|on))\s"
)


def is_bio(text: str) -> bool:
    """A bio at the start of the line, or after a short first sentence."""
    if BIO.search(text) or _APPOSITION_BIO.search(text) or _HEADLESS_BIO.search(text):
        return True
    lead = _LEAD_SENTENCE.search(text)
    return bool(lead and BIO.search(text[lead.end() :]))


#: A bio that opens with the person's work in apposition: "The author of an explosive
#: collection, THE MATRIX REVEALED, Jon was a candidate for ...".
_APPOSITION_BIO = regex.compile(
    r"^[\W_]*(?:the\s+)?(?:author|co-?author|creator|founder|editor|host|publisher)\s+of\s+"
    r".{2,160}?,\s+(?-i:\p{Lu})[\p{L}.'’-]+(?:\s+(?-i:\p{Lu})[\p{L}.'’-]+){0,2}\s+(?:is|was|has|lives|writes)\b",
    regex.IGNORECASE,
)
#: Bare address lines and "Name – address" credits. Linear on a line of punctuation: the
#: credit's first word starts with a letter or digit (a leading ``[\W_]`` is the same match
#: with one more character in ``^[\W_]*``), and the address's last ``\S`` run is
#: possessive (giving characters back to ``[\W_]*$`` cannot help it match).
_POSSESSIVE_URL = _URL.replace(r"\S+", r"\S++").replace(r"/\S*", r"/\S*+")
ADDRESS_LINE = regex.compile(
    rf"^[\W_]*(?:(?=[^\W_])[^\s]+(?:\s+[^\s]+){{0,5}}\s*[–—:-]\s+)?(?:{_POSSESSIVE_URL})[\W_]*$",
    regex.IGNORECASE,
)
#: The pattern as it was, for the test that both match the same lines.
_ADDRESS_LINE_QUADRATIC = regex.compile(
    rf"^[\W_]*(?:[^\s]+(?:\s+[^\s]+){{0,5}}\s*[–—:-]\s+)?(?:{_URL})[\W_]*$", regex.IGNORECASE
)
#: A phone number alone on its line ("Call: +1 888 391 5441"), and a line of a postal
#: address ("Suite 800, Dallas 75252.", "Bund garden road, Pune-411001.").
PHONE = regex.compile(
    r"^[\W_]*(?:(?:call|tel|phone|telephone|fax|ph|mobile|tél|telefon)\.?\s*:?\s*)?"
    r"\+?\s*\(?\d[\d\s()./-]{7,}\d[\W_]*$",
    regex.IGNORECASE,
)
ADDRESS_PART = regex.compile(r",[^.!?]*\b\d{4,6}[.]?$")
_ADDRESS_WORDS = 6
#: An e-mail address and a phone number alone on their line, between bars or commas:
#: "media@example.org | +44 20 7000 0000 (out of hours)".
_MAIL_AND_PHONE = regex.compile(
    r"^[\W_]*\S+@[\w-]+(?:\.[\w-]+)+\s*[|/,;–-]\s*(?:tel\.?\s*:?\s*)?\+?[\d\s()./-]{7,}\d"
    r"(?:\s*\([^()]{1,30}\))?[\W_]*$",
    regex.IGNORECASE,
)
#: Words a weak line may have at most (short lines between other footer lines).
_WEAK_WORDS = 14
#: A weak line that ends like a sentence must be this short ("Thank you!"): a short last
#: sentence after a share button is the article's.
_SHORT_WORDS = 3
_SENTENCE = regex.compile(r"[.!?…][\W_]*$")
#: A slogan, not a sentence: every word capitalised, or shouted ("Wake Up!!!").
_SLOGAN = regex.compile(r"^[\W\d_]*(?:\p{Lu}\S*[\s\W]*)+$|[!?]{2,}[\W_]*$")
#: A word in a headline's capitals: capitalised, or a short function word ("of", "a").
_TITLE_WORD = regex.compile(r"^[\W\d_]*(?:\p{Lu}|\p{Ll}{1,3}\W*$)")
#: Words a headline has at least, and the share of them in a headline's capitals.
_HEADLINE_WORDS = 4
#: Words a headline in title capitals has at most, where other weak lines have fewer.
_HEADLINE_MAX_WORDS = 24
_TITLE_SHARE = 0.8


def _is_headline(text: str) -> bool:
    """A headline: a few words in title capitals, not ending in a full stop ("Bank of
    America Warns of Imminent Recession: "Market So Fragile"")."""
    words = text.split()
    if len(words) < _HEADLINE_WORDS or text.rstrip(" \"'”’)").endswith("."):
        return False
    titled = sum(bool(_TITLE_WORD.search(w)) for w in words)
    return titled >= _TITLE_SHARE * len(words)


#: A shouted slogan in capitalised words: weak even where it reads as prose ("These People
#: Are A Danger To Themselves And Others! Wake Up!!!!!!").
_SHOUTED_SLOGAN = regex.compile(r"^[\W\d_]*(?:\p{Lu}\S*[\s\W]*)+$(?<=[!?]{2,}[\W_]*)")
#: Words a call to action or an address line may have at most.
_MEDIUM_WORDS = 60


class Kind(Enum):
    """How a line looks from the tail zone."""

    BODY = 0
    WEAK = 1  # short, between footer lines
    MEDIUM = 2  # a call to action, a bio, an address: footer-like, not certain alone
    STRONG = 3  # an end marker, or a line an earlier footer rule took


#: Short lines already judged in this process, by (kind, plain text, removed, prose): the
#: answer depends on nothing else, and a site's footer lines repeat from page to page. A
#: bounded table, emptied when full.
_JUDGED: dict[tuple[LineKind, str, bool, bool], Kind] = {}
_JUDGED_CHARS = 160
_JUDGED_MAX = 4096


def line_kind(line: Line, removed: bool, prose: bool) -> Kind:
    """How strongly a line near the end marks the article's footer (:class:`Kind`)."""
    if _RELEASE_END.match(line.raw):
        # Before the table: its key is the plain text, and "###" has none.
        return Kind.STRONG
    if len(line.plain) > _JUDGED_CHARS or line.kind is LineKind.RULE:
        return _line_kind(line, removed, prose)  # a rule line's plain text is empty: no key
    key = (line.kind, line.plain, removed, prose)
    found = _JUDGED.get(key)
    if found is None:
        found = _line_kind(line, removed, prose)
        if len(_JUDGED) >= _JUDGED_MAX:
            _JUDGED.clear()
        _JUDGED[key] = found
    return found


#: A quotation and who said it: '"Share this with every parent you know," one head teacher
#: wrote on Facebook.' The article reports it; no footer line reads so.
_QUOTE_SAID = regex.compile(
    r"^\W*[„\"“«‚‘]\s*\S.{10,}?[”\"»“’‘],?\s+(?:[\p{L}.'’-]+\s+){0,6}?"
    r"(?:said|says|wrote|writes|told|tells|added|adds|asked|asks|explained|explains|recalled|"
    r"sagt|sagte|schrieb|schreibt|erklärt|erklärte|fragt|fragte|dit|écrit|explique|ajoute|"
    r"a dit|a écrit|dijo|dice|escribió|explicó|añadió|disse|diz|escreveu|explicou|"
    r"ha detto|dice|ha scritto|ha spiegato)\b",
    regex.I,
)


#: A press release's end mark alone on its line: "###", "-30-", "- ENDS -", "-Ende-". Certain
#: even where a markup rule took the line (K003 takes an empty "###" heading).
_RELEASE_END = regex.compile(
    r"^\s*(?:\#{3}|-\s*30\s*-|[-–—]\s*(?:ends?|ende)\s*[-–—])\s*$", regex.IGNORECASE
)


def _line_kind(line: Line, removed: bool, prose: bool) -> Kind:
    text = line.plain.strip()
    if removed:
        return Kind.WEAK  # taken by a rule of no footer kind: part of the run, no marker
    if _QUOTE_SAID.search(text) or reports_findings(text):
        return Kind.BODY
    if (
        PHONE.search(text)
        or _MAIL_AND_PHONE.search(text)
        or (line.words <= _ADDRESS_WORDS and ADDRESS_PART.search(text))
    ):
        return Kind.WEAK  # a contact block's phone number, e-mail or address line
    if line.kind not in (LineKind.TEXT, LineKind.HEADING, LineKind.QUOTE, LineKind.RULE):
        return Kind.BODY  # lists and tables that end an article are its content
    if "|" in text or (line.kind is LineKind.RULE and "|" in line.raw):
        return Kind.BODY  # a table row or its separator (a rule line's plain text is empty)
    if line.kind is LineKind.RULE or _END_MARKER.search(text):
        return Kind.STRONG
    words = line.words
    if words <= _MEDIUM_WORDS and (_SITE_CTA.search(text) or _MORE_INFO.search(text)):
        return Kind.MEDIUM
    if words <= _PROMPT_WORDS and len(_BUTTON.findall(text)) >= _MIN_BUTTONS:
        return Kind.MEDIUM
    if words <= _HEADLINE_MAX_WORDS and _is_headline(text) and _CLICK_HERE.search(text):
        return Kind.MEDIUM  # "More Critical Reads by Jane Doe! Click Here!"
    if is_bio(text) and not text.endswith("?"):
        return Kind.MEDIUM
    if words <= _MEDIUM_WORDS and reader_appeal(text):
        return Kind.MEDIUM  # "Your gift sustains faithful journalism. Donate today."
    if words <= _MEDIUM_WORDS and site_notice(text):
        return Kind.MEDIUM  # "Nothing in X is a recommendation to buy or sell any security."
    if words <= _MEDIUM_WORDS and (
        _OTHER_CTA.search(text) or ADDRESS_LINE.search(text) or _COMMENT_ASK.search(text)
    ):
        return Kind.WEAK
    if (
        words <= _WEAK_WORDS
        and (not prose or _SHOUTED_SLOGAN.search(text) or _is_headline(text))
        and (words <= _SHORT_WORDS or not _SENTENCE.search(text) or _SLOGAN.search(text))
    ):
        return Kind.WEAK
    if words <= _HEADLINE_MAX_WORDS and _is_headline(text) and not _SENTENCE.search(text):
        return Kind.WEAK  # a long related headline ("Investment Strategist Forecasts ...")
    return Kind.BODY
