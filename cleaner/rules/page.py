"""Page-chrome rules: ad labels, cookie banners and paywall prompts left in the text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import LineRule, after_most_prose, in_body_list
from cleaner.text.segment import Document


@register
class AdvertisementLabel(LineRule):
    """An ad label: "Advertisement", "Anzeige", "Publicité", "Reklama", "ANZEIGE - <ad>".

    Why: the ad itself is gone from the text, its label is left standing between paragraphs.

    Leaves alone: sentences that talk about advertising; the line must be the label alone,
    or start with the label in capitals and a dash or colon ("ANZEIGE - ..."). A label word
    that is one item of a list ("- Medya", "- Reklam", "- Turizm": the sectors of a story)
    is the list's.
    """

    code = "A001"
    name = "advertisement-label"
    category = Category.ADVERTISEMENT
    family = "advertisement"
    #: Labels stand alone; a label in capitals may lead the ad's own words.
    max_words = 50
    reason = "label of an ad slot"
    examples = (
        Example("Advertisement\n"),
        Example("- Anzeige -\n"),
        Example("ANZEIGE - Heute mal ausgehen? Wie wäre es mit unserem Lieferdienst!\n"),
    )
    counterexamples = (
        "Advertisement revenue fell by a third in the last quarter, the company said.\n",
        "Die Branchen:\n\n- Medien\n- Werbung\n- Tourismus\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if doc.lines[index].kind is LineKind.LIST_ITEM and any(
            doc.lines[near].kind is LineKind.LIST_ITEM for near in _neighbours(doc, index)
        ):
            return None
        return super().match(doc, index)


def _neighbours(doc: Document, index: int) -> list[int]:
    """The nearest non-blank lines above and below a line (those there are)."""
    return [n for n in (doc.next_content(index, -1), doc.next_content(index)) if n is not None]


@register
class CookieNotice(LineRule):
    """A cookie or privacy consent banner: "This website uses cookies to improve ...".

    Why: page chrome from the consent layer, not part of any article.

    Leaves alone: long paragraphs (an article about cookie law) and sentences about
    cookies without the banner's wording.
    """

    code = "A002"
    name = "cookie-notice"
    category = Category.COOKIE_NOTICE
    family = "cookie_notice"
    max_words = 60
    reason = "cookie consent banner"
    examples = (
        Example("This website uses cookies to improve your experience.\n"),
        Example("Wir verwenden Cookies.\n"),
    )
    counterexamples = (
        "The regulator said cookies that track users need consent under the new law.\n",
    )


@register
class PaywallPrompt(LineRule):
    """A paywall or login prompt: "Subscribe to continue reading", "Bereits Abonnent?".

    Why: the prompt replaces the rest of the article; it is not text of it.

    Leaves alone: sentences that report on subscriptions.
    """

    code = "A003"
    name = "paywall-prompt"
    category = Category.PAYWALL
    family = "paywall"
    max_words = 25
    reason = "paywall or login prompt"
    examples = (
        Example("Subscribe to continue reading.\n"),
        Example("Wählen Sie Ihren Zugang und lesen Sie weiter:\n"),
    )
    counterexamples = (
        "Readers who subscribe to continue reading print papers are getting older.\n",
    )


@register
class ScriptError(LineRule):
    """An error message a site's script printed into the page: "Warning: ... on line 407";
    or template code it never filled in: "{{ post.post_date_txt }}"; or an error page's
    own heading and message: "ERROR", "404 - Page not found", "Seite nicht gefunden"; or an
    ad slot's script printed as text: "(adsbygoogle = window.adsbygoogle || []).push({});".

    Why: a PHP warning or notice names a server path and a line of code, a template tag is
    a placeholder, an ad script is code; all are accidents of the page, never text of the
    article.

    Leaves alone: sentences that start with "Warning:" but name no script file and line,
    and template tags inside a line (a tutorial's "write {{ name }} where ...").
    """

    code = "A004"
    name = "script-error"
    category = Category.PAGE_ERROR
    family = "script_error"
    max_words = 60
    reason = "error message of the site's scripts"
    examples = (
        Example(
            "Warning: Creating default object from empty value in /www/htdocs/wp-includes/"
            "classes.php on line 407\n"
        ),
        Example("Notice: Undefined index: id in /var/www/html/article.php on line 12\n"),
        Example("{{ post.post_date_txt }} | {{ post.post_hour }}\n"),
        Example("404 - Page not found\n"),
        Example("(adsbygoogle = window.adsbygoogle || []).push({});\n"),
    )
    counterexamples = (
        "Warning: the river is expected to flood the old town on line 4 of the tram network.\n",
        "The error was found in the fourth line of the budget.\n",
        "In the template, write {{ name }} where the reader's name should appear.\n",
    )


@register
class SiteChrome(LineRule):
    """A widget of the page around the article: "Ihr Warenkorb ist leer", "13 Besucher sind
    online", "Search this blog", "Back to top", "Inhaltsverzeichnis".

    Why: shop, search, counter and navigation widgets of the site, not article text.

    Leaves alone: sentences that mention such things; the line must be the widget alone. A
    single word whose sentence goes on in the next line (a verse: "Follow" over "the fox
    tracks to the frozen stream," right under it) is the text's own.
    """

    code = "A005"
    name = "site-chrome"
    category = Category.NAVIGATION
    family = "site_chrome"
    #: The patterns bound their own length; a flattened archive drop-down runs long.
    max_words = 600
    reason = "page widget (cart, counter, search, navigation)"
    examples = (
        Example("Ihr Warenkorb ist leer\n"),
        Example("Back to top\n"),
        Example("Print Friendly, PDF & Email\n"),
        Example("(Visited 1,234 times, 1 visits today)\n"),
        Example("Download Podcast (Right Click + 'Save As')\n"),
    )
    counterexamples = (
        "The shop said the cart is empty on most days because the supply has dried up.\n",
        "Follow\nthe fox tracks to the frozen stream,\nwhere nothing moves but light.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if line.words == 1 and line.kind is LineKind.TEXT and index + 1 < len(doc.lines):
            after = doc.lines[index + 1]
            if after.kind is LineKind.TEXT and _GOES_ON.match(after.plain):
                return None  # a verse's first word, its sentence going on in the next line
        return super().match(doc, index)


#: A line that goes on with a sentence begun above: it opens with a small letter.
_GOES_ON = regex.compile(r"^\s*\p{Ll}")


#: The first crumb of a breadcrumb trail set as a list: "1. [Home](/) /", "* Startseite ›".
_HOME_CRUMB = regex.compile(
    r"^(?:home|startseite|start|accueil|inicio|portada|strona główna|homepage|hauptseite)"
    r"\s*[/>»›|]$",
    regex.IGNORECASE,
)
#: Items a breadcrumb trail has at most, and words an item has at most.
_MAX_CRUMBS = 6
_CRUMB_WORDS = 8


@register
class BreadcrumbList(Rule):
    """A breadcrumb trail set as a list: "1. Home /", "2. Beitragseinreichung".

    Why: a converter turns the trail into a list whose first item is the site's home page
    with its separator; the items are the page's place in the site, not text.

    Leaves alone: a list whose first item has no separator after "Home" (a menu in an app's
    manual), lists of more than six items, items over eight words, and anything after a
    blank line.
    """

    code = "A006"
    name = "breadcrumb-list"
    category = Category.NAVIGATION
    examples = (
        Example(
            "1. [Home](/) /\n2. Beitragseinreichung\n\n"
            "Um Beiträge online einzureichen, müssen Sie registriert und eingeloggt sein.\n",
            removed=("1. [Home](/) /", "2. Beitragseinreichung"),
        ),
    )
    counterexamples = ("- Home\n- Settings\n- Profile\n\nOpen the Settings tab to begin.\n",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        lines = doc.lines
        for i, line in enumerate(lines):
            if line.kind is not LineKind.LIST_ITEM or not _HOME_CRUMB.match(line.plain):
                continue
            crumbs = [i]
            j = i + 1
            while j < len(lines) and len(crumbs) <= _MAX_CRUMBS:
                if lines[j].kind is LineKind.LIST_ITEM:
                    if lines[j].words > _CRUMB_WORDS:
                        break
                    crumbs.append(j)
                else:
                    break  # a blank line ends the trail: a list after it is another list
                j += 1
            if len(crumbs) <= _MAX_CRUMBS:
                yield Finding(i, crumbs[-1] + 1, self.code, "breadcrumb trail")


#: A widget's count alone on its line, or the dot between two of its items: "42", "1.2K", "·".
_COUNTER = regex.compile(r"^\s*(?:\d{1,3}(?:[.,]\d{1,3})?\s?[kKmM]?|[·•])\s*$")


@register
class HeadCounter(Rule):
    """A like, comment or clap count in the head, between lines other rules took: "42" and
    "7" between a blog post's date and its "Share" button, "1.2K" and "14" under "8 min
    read · Oct 2, 2026".

    Why: blog platforms print their counters as bare numbers between the byline, the date
    and the buttons; once those went, the numbers are left over the article with no words.

    Leaves alone: counts after the first prose line (a table's cells, a list's numbers),
    and a count with a kept line between it and the removed lines on either side.
    """

    code = "A007"
    name = "head-counter"
    category = Category.NAVIGATION
    phase = Phase.LAST
    #: The byline, dateline and share rules whose lines stand around the counts.
    needs = ("H002", "H003", "S001")
    examples = (
        Example(
            "# A Title\n\nJane Doe\n\nNov 30, 2026\n\n42\n\n7\n\nShare\n\n"
            + "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n",
            removed=("42", "7"),
            facts={"authors": ["Jane Doe"], "date": "2026-11-30"},
        ),
    )
    counterexamples = (
        "# A Title\n\n42\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        lines = doc.lines
        i = 0
        while i < doc.body_start:
            if i in removed or not _COUNTER.match(lines[i].plain):
                i += 1
                continue
            run = [i]
            j = doc.next_content(i)
            while j is not None and j < doc.body_start and j not in removed:
                if not _COUNTER.match(lines[j].plain):
                    break
                run.append(j)
                j = doc.next_content(j)
            before = doc.next_content(run[0], -1)
            if before in removed and j in removed:
                for k in run:
                    yield Finding(k, k + 1, self.code, "counter of the page's widgets")
            i = run[-1] + 1


#: A breadcrumb trail on one line: crumbs of a few words between one separator repeated,
#: "Home › News › Politics", "Início > Política > Brasil", "News » World » Europe".
_CRUMB_SEPARATOR = regex.compile(r"\s+([›»>→])\s+|\s+(/|\|)\s+")
_HOME_WORD = regex.compile(
    r"^[\W_]*(?:home(?:\s*page)?|startseite|start|accueil|inicio|início|portada|"
    r"pagina\s+iniziale|strona\s+główna|hauptseite|voorpagina|hem|forside|etusivu|"
    r"トップページ|首页)[\W_]*$",
    regex.IGNORECASE,
)
#: Crumbs a trail has at least (two when the first is the home page, or between a single
#: "›" with no "‹" in the line: French sets « » between words as quotation marks, Swiss
#: German ‹ ›), and at most; words a crumb has at most.
_MIN_CRUMBS = 3
_MAX_LINE_CRUMBS = 8
_LINE_CRUMB_WORDS = 5
_CRUMB_END = regex.compile(r"[.!?:;,]\W*$")


def _crumbs(text: str) -> list[str] | None:
    """The crumbs of a one-line trail, or None: one separator throughout ("/" and "|" only
    after the home page), each crumb a few words that do not end a sentence."""
    separators = {m.group(1) or m.group(2) for m in _CRUMB_SEPARATOR.finditer(text)}
    if len(separators) != 1:
        return None
    (separator,) = separators
    crumbs = [c.strip() for c in regex.split(rf"\s+{regex.escape(separator)}\s+", text.strip())]
    home = bool(_HOME_WORD.match(crumbs[0]))
    if separator in "/|" and not home:
        return None
    least = _MIN_CRUMBS - (home or (separator == "›" and "‹" not in text))
    if not (least <= len(crumbs) <= _MAX_LINE_CRUMBS):
        return None
    for crumb in crumbs:
        words = crumb.split()
        if not words or len(words) > _LINE_CRUMB_WORDS or _CRUMB_END.search(crumb):
            return None
    return crumbs


@register
class BreadcrumbLine(LineRule):
    """A breadcrumb trail on one line, at the head or the end of the text: "Home › News ›
    Politics", "Início > Política > Brasil", "Home / Politik".

    Why: the trail gives the page's place in the site, not text; converters write it as one
    line of crumbs between "›", "»", ">" or, after the home page, "/" or "|".

    Leaves alone: a trail of fewer than three crumbs unless the first is the home page or
    the two stand either side of a "›" ("Lokales › Lahnfeld"; "Le « non » progresse" is a
    title); a
    line whose separators differ, or whose parts are longer than five words or end in a
    full stop; and any such line between the article's first and last prose lines ("Open
    Settings > Privacy > Location" in a how-to).
    """

    code = "A008"
    name = "breadcrumb-line"
    category = Category.NAVIGATION
    reason = "breadcrumb trail"
    examples = (
        Example(
            "Home › News › Politics\n\n"
            + "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n",
            removed=("Home › News › Politics",),
        ),
        Example(
            "Lokales › Lahnfeld\n\n"
            + "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n",
            removed=("Lokales › Lahnfeld",),
        ),
        Example(
            "Início > Política\n\n"
            + "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n",
            removed=("Início > Política",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nSettings > Privacy > Location\n\n"
        + "Then switch off the precise location for the app. " * 3
        + "\n",
        "News > Politics\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n",
        "Input / Output / Storage\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if line.kind not in (LineKind.TEXT, LineKind.HEADING, LineKind.LIST_ITEM):
            return None
        if doc.body_start <= index < doc.body_end:
            return None
        if _crumbs(line.plain) is None:
            return None
        return self.finding(index, index + 1)


#: A menu of the site's pages on one line: items between bars or middle dots ("Corrections
#: and clarifications|Submit a news tip|Report error", "About · Contact · Privacy").
_MENU_SEPARATOR = regex.compile(r"\s*\|\s*|\s+[·•]\s+")
_MIN_MENU_ITEMS = 3
_MAX_MENU_ITEMS = 12
#: Words of a site's own pages; two items of a menu name such a page at least ("Tom Hanks ·
#: Meg Ryan · Bill Pullman" and "Vocals | Guitar | Drums" are the article's).
_SITE_PAGE = regex.compile(
    r"\b(?:about|contact|privacy|terms|cookies?|corrections?|clarifications?|advertis\w*|"
    r"careers?|jobs|help|faq|subscri\w*|newsletters?|rss|sitemap|site\s+map|report|submit|"
    r"tips?|feedback|accessibility|standards|policy|policies|legal|imprint|impressum|"
    r"datenschutz\w*|kontakt|agb|mediadaten|werbung|karriere|hilfe|abo|mentions\s+légales|"
    r"confidentialité|publicité|cgu|cgv|aviso\s+legal|privacidad|contacto|publicidad|"
    r"contatti|chi\s+siamo|pubblicità|contato|privacidade|anuncie|over\s+ons|adverteren|"
    r"om\s+oss|om\s+os|annonsera|annoncer|yhteystiedot|tietosuoja|regulamin|o\s+nas|"
    r"reklama|impresszum|adatvédelem|kapcsolat|künye|iletişim|gizlilik)\b",
    regex.IGNORECASE,
)
_MIN_SITE_PAGES = 2


def _menu_items(text: str) -> list[str] | None:
    """The items of a one-line menu, or None: three to twelve items of a few words each
    that end no sentence, between one kind of separator."""
    kinds = {m.group().strip() for m in _MENU_SEPARATOR.finditer(text)}
    if len(kinds) != 1:
        return None
    items = [item.strip() for item in _MENU_SEPARATOR.split(text.strip())]
    if not (_MIN_MENU_ITEMS <= len(items) <= _MAX_MENU_ITEMS):
        return None
    for item in items:
        words = item.split()
        if not words or len(words) > _LINE_CRUMB_WORDS or _CRUMB_END.search(item):
            return None
        if any(char.isdigit() for char in item):
            return None  # a row of data ("5.000 € | 36 Monate"), a book's details
    if sum(bool(_SITE_PAGE.search(item)) for item in items) < _MIN_SITE_PAGES:
        return None
    return items


@register
class MenuLine(LineRule):
    """A menu of the site's pages on one line after the article: "Corrections and
    clarifications | Submit a news tip | Report error", "About · Contact · Privacy".

    Why: footers list the site's pages between bars; converters write them as one line,
    which no phrase knows when the pages have names of their own.

    Leaves alone: a line with fewer than three items or fewer than two that name a page of
    a site (about, contact, privacy, corrections, advertise, Impressum, mentions légales ...:
    "Tom Hanks · Meg Ryan · Bill Pullman", "Vocals | Guitar | Drums" stay); items of more
    than five words, ending a sentence or holding a digit; separators of two kinds; a line
    beside a row of a table (as many cells between bars, or numbers, or the dashes under a
    header: a table written as text, "Constituency | Member of Parliament | Party" over its
    rows); and any such line before the article's last prose line (a head's byline "Jane
    Doe | Reuters | Dec. 4, 2026").
    """

    code = "A009"
    name = "menu-line"
    category = Category.NAVIGATION
    reason = "menu of the site's pages"
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 3
            + "\n\nCorrections and clarifications | Submit a news tip | Report error\n",
            removed=("Corrections and clarifications | Submit a news tip | Report error",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nTom Hanks · Meg Ryan · Bill Pullman\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nConstituency | Member of Parliament | Party\n"
        + "Aberconwy | Robin Millar | Conservative\n",
        "Jane Doe | Reuters | Dec. 4, 2026\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 3
        + "\n\nVotes: Yes | No | Abstained\n\n"
        + "The works start in May and end in the autumn, the council said. " * 3
        + "\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if line.kind not in (LineKind.TEXT, LineKind.LIST_ITEM) or index < doc.body_end:
            return None
        items = _menu_items(line.plain)
        if items is None:
            return None
        beside = (doc.lines[near].markdown for near in _neighbours(doc, index))
        if any(_table_row(text, len(items)) for text in beside):
            return None  # a table written as text: its header and rows
        return self.finding(index, index + 1)


def _table_row(text: str, cells: int) -> bool:
    """Whether a line beside a menu-shaped one is a row of its table: cells between bars, as
    many as it has, or a number, or the dashes under a header."""
    if "|" not in text:
        return False
    own = len(text.strip().strip("|").split("|"))
    return own == cells or any(char.isdigit() for char in text) or "---" in text


#: A link to the previous or the next post: a title with an arrow or a guillemet outside it
#: ("« Senator Caught on Hot Mic", "Remembrance Sunday 2026 →"), never both guillemets of a
#: kind (a quotation) and never a sentence's end before the mark.
_POST_LINK = regex.compile(
    r"^\s*(?:(?P<mark>[←‹«])\s*(?P<title>[^«»‹›\"“”]{3,150})"
    r"|(?P<title>[^«»‹›\"“”]{3,150}?)\s*(?P<mark>[→›»]))\s*$"
)
_POST_LINK_TITLE = regex.compile(r"^[\p{Lu}\p{N}].*(?<![.!?:;,])$")
#: A guillemet is a quotation mark in French and Swiss German text: beside one, the title must
#: be a headline in title case, every word of four letters or more capitalised ("« Senator
#: Caught on Hot Mic"; not "« Allons enfants de la Patrie", a song's line).
_LOWER_LONG_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]{3,}")
_POST_LINK_WORDS = 20


@register
class PostLink(LineRule):
    """A link to the previous or the next post after the article, its arrow or guillemet
    left outside its title: "« Senator Caught on Hot Mic Mocking Voters", "Remembrance
    Sunday 2026 →", "← Spring trail shoe roundup".

    Why: a blog's post navigation names two other articles; the extractor keeps their titles
    and the arrows that pointed the way.

    Leaves alone: such a line before half of the article's prose; a title that opens lower
    case or ends a sentence (a French quotation runs "« Nous sommes prêts. »"); beside a
    guillemet, a title not in title case ("« Tout le monde savait", one paragraph of a
    quotation); a line with both guillemets of a kind or with quotation marks; an item of
    the article's own list.
    """

    code = "A012"
    name = "post-link"
    category = Category.NAVIGATION
    reason = "link to the previous or next post"
    max_words = _POST_LINK_WORDS
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 4
            + "\n\n« Council Delays the Vote on Parking Fees\n\nNew Bus Line Opens in May »\n",
            removed=("« Council Delays the Vote on Parking Fees", "New Bus Line Opens in May »"),
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 4
            + "\n\n← Spring trail shoe roundup\n",
            removed=("← Spring trail shoe roundup",),
        ),
    )
    counterexamples = (
        "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n\n« Nous sommes prêts, a dit le maire.\n",
        "Le conseil a voté mardi la réparation du vieux pont sur la rivière. " * 4
        + "\n\n« Allons enfants de la Patrie\n\nLe jour de gloire est arrivé »\n",
        "« Council Delays the Vote on Parking Fees\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if not _is_post_link(doc.lines[index].plain):
            return None
        if not after_most_prose(doc, index) or in_body_list(doc, index, _is_post_link):
            return None
        return self.finding(index, index + 1)


def _is_post_link(text: str) -> bool:
    """Whether a line is a post link's title and mark (see :data:`_POST_LINK`)."""
    m = _POST_LINK.match(text)
    if m is None:
        return False
    title = m.group("title").strip()
    if not _POST_LINK_TITLE.match(title):
        return False
    return m.group("mark") in "←→" or not _LOWER_LONG_WORD.search(title)
