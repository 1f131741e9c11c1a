"""A site's page frame that came through the extractor whole: the menus, login links, polls,
counters and forms above and below the post, each a few words on its own line."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.text.segment import Document, line_words

#: Lines a frame run has at least, words each of its lines has at most, and the different
#: frame labels it holds at least (and one label line in six lines at least).
_MIN_RUN = 8
_FRAME_WORDS = 6
_MIN_LABELS = 3
_LINES_PER_LABEL = 6
#: A page's title as the browser shows it, the site's name after a separator: "Briefe - 26
#: Oktober 2010 - Blog - Bilder, News, Geschichte und Schleifen!".
_TITLE_SEPARATOR = regex.compile(r"\s(?:-|–|—|\||::|·)\s")
#: Lines from the document's start the page's title stands among.
_TITLE_AMONG = 3

#: The three kinds of label a site's frame has: the account ("Login", "Registrieren", a
#: form field's star "Email *:"), the site's pages ("Hauptseite", "Menü", "Suche",
#: "当前位置") and its widgets and counters ("RSS", "Tags:", "Insgesamt online:", "分享到").
#: A frame shows widgets, with the account twice, the account and the pages, or two pages
#: and two widgets. An article's own list of an app's pages or of sign-up steps, a sports
#: table, a poem with such words: never all that.
_ACCOUNT_WORDS = (
    r"log ?in|log ?out|sign in|sign up|register|registrieren|registrierung|anmelden|abmelden|"
    r"einloggen|ausloggen|connexion|inscription|iniciar sesión|registrarse|toggle navigation|"
    r"登录|注册|ログイン"
)
_PAGE_WORDS = (
    r"home|homepage|hauptseite|startseite|accueil|inicio|menu|menü|search|suche|"
    r"schnell finden|recherche|buscar|impressum|imprint|sitemap|archiv(?: der einträge)?|"
    r"archives?|首页|主页|当前位置|上一篇|下一篇|ホーム|メニュー"
)
_ACCOUNT = regex.compile(
    rf"^[\W_]*(?:{_ACCOUNT_WORDS})[\W_]*$|^.{{0,30}}\*\s*:\s*$", regex.IGNORECASE
)
_PAGES = regex.compile(rf"^[\W_]*(?:{_PAGE_WORDS})[\W_]*$", regex.IGNORECASE)
_WIDGETS = regex.compile(
    r"^[\W_]*(?:rss(?:[- ]feed)?|(?:insgesamt )?online\s*:|gäste\s*:|guests\s*:|"
    r"benutzer\s*:|users\s*:|tags\s*:|rating\s*:|bewertung\s*:|aufrufe\s*:|views\s*:|"
    r"kommentare insgesamt\s*:|标签|分享到|总篇数|点击量)\s*[\d.,/]*[\W_]*$",
    regex.IGNORECASE,
)
#: A frame's label alone on its line, of any kind or another a frame has (a poll, a form
#: field, a visitor counter), with a form field's star, a colon and a count at most:
#: "Login", "RSS", "Hauptseite", "Insgesamt online: 1", "Email *:", "| Tags:", "当前位置：".
_FRAME_LABEL = regex.compile(
    rf"^[\W_]*(?P<label>{_ACCOUNT_WORDS}|{_PAGE_WORDS}|"
    r"rss(?:[- ]feed)?|navigation|suchen|rechercher|datenschutz|privacy policy|kontakt|contact|"
    r"gast|guest|willkommen|welcome|statistik|statistics|(?:insgesamt )?online|gäste|guests|"
    r"benutzer|users|members|mitglieder|freunde|friends|tags|rating|bewertung|aufrufe|views|"
    r"kommentare(?: insgesamt)?|comments|e-?mail|vorname|code|kategorien|categories|umfrage|"
    r"unsere umfrage|poll|ergebnisse|results|搜索|导航|标签|分享到|相关新闻|总篇数|点击量|"
    r"精华文章|検索)"
    r"\s*\*?\s*:?\s*[\d.,/]*[\W_]*$",
    regex.IGNORECASE,
)
#: Lines opening with a small letter a frame has at most: more are a verse's lines.
_MAX_LOWER_LINES = 1
_TWICE = 2
_LOWER = regex.compile(r"^[\W\d_]*\p{Ll}")
#: A question ends a run: a frame's lines are labels, a post's title may ask.
_QUESTION = regex.compile(r"\?\s*$")


#: A list the text introduces, or a table of contents: not a frame.
_INTRODUCED = regex.compile(r":\s*$")
_CONTENTS = regex.compile(
    r"^[\W_]*(?:inhalt|inhaltsverzeichnis|contents|table of contents|sommaire|índice|indice|"
    r"目录|目次)[\W_]*$",
    regex.IGNORECASE,
)


def _frame_line(doc: Document, index: int) -> bool:
    line = doc.lines[index]
    return line.kind is LineKind.BLANK or (
        not doc.prose[index]
        and line_words(line) <= _FRAME_WORDS
        and not _QUESTION.search(line.plain)
    )


def _frame_kinds(doc: Document, content: list[int]) -> bool:
    """Whether the lines show the kinds of label a frame has (:data:`_ACCOUNT`)."""
    plains = [doc.lines[i].plain for i in content]
    account = sum(1 for t in plains if _ACCOUNT.match(t))
    pages = {t.strip(" :|>").casefold() for t in plains if _PAGES.match(t)}
    widgets = {t.strip(" :|>").casefold() for t in plains if _WIDGETS.match(t)}
    return bool(widgets) and (
        account >= _TWICE
        or (account > 0 and bool(pages))
        or min(len(pages), len(widgets)) >= _TWICE
    )


#: A line with no word: a separator, a bracket, a count ("»", "[", "·", "19", "0.0").
_NO_WORDS = regex.compile(r"^[\W\d_]*$")


def _page_title(doc: Document, index: int) -> bool:
    """Whether line ``index`` is among the document's first lines and reads as a page's
    title, the site's name after a separator ("Toggle navigation" may stand over it)."""
    first = [
        i for i in range(min(len(doc.lines), index + 1)) if doc.lines[i].kind is not LineKind.BLANK
    ]
    return len(first) <= _TITLE_AMONG and bool(_TITLE_SEPARATOR.search(doc.lines[index].plain))


def _runs(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The maximal runs of frame lines in ``start``..``end`` (blank lines inside count)."""
    i = start
    while i < end:
        if not _frame_line(doc, i):
            i += 1
            continue
        j = i
        while j < end and _frame_line(doc, j):
            j += 1
        yield i, j
        i = j


@register
class PageFrame(Rule):
    """A site's page frame around the post, line by line: "Willkommen", "Gast", "RSS",
    "Hauptseite", "Registrieren", "Login", a poll, "Insgesamt online: 1", "Email *:".

    Why: an extractor that took the whole page keeps the frame of an old blog or forum
    system as dozens of short lines over and under the post; none of them is text.

    A run of at least eight lines of six words or fewer, none a question, before the text's
    first sentence (or its second, when the first is the page's title with the site's name:
    "Briefe - Blog - Bilder, News und Schleifen!") or after its last, that holds at least
    three different frame labels alone on their lines (one in six lines at least) of the
    kinds a frame shows (the account, the site's pages, its widgets and counters: see
    ``_ACCOUNT``), goes as a block from its first label to its last, with the signs and
    counts beside them.

    Leaves alone: a text with no sentence at all (a poem, a list); short lines between the
    text's sentences (a list in the article); a run with fewer labels or without the kinds
    of label a frame shows (an app's menu, sign-up steps, a sports table, a poem using the
    words); a run with more than one line opening with a small letter (verses); a list the
    text introduces with a colon, a table of contents; and the short lines around the
    frame's first and last labels (the post's title, its first list).
    """

    code = "A010"
    name = "page-frame"
    category = Category.NAVIGATION
    examples = (
        Example(
            "Willkommen\nGast\nRSS\nHauptseite\nRegistrieren\nLogin\nMenü\nBlog\nFotoalben\n"
            "Suche\nBriefe\n"
            "Es war gesagt, falls du zornig bist, sollst du einen Brief schreiben, sagte sie.\n",
            removed=(
                "Willkommen",
                "Gast",
                "RSS",
                "Hauptseite",
                "Registrieren",
                "Login",
                "Menü",
                "Blog",
                "Fotoalben",
                "Suche",
            ),
        ),
    )
    counterexamples = (
        "Home\nSearch\nLogin\nMenu\nSettings\nProfile\nHelp\nAbout\n",
        "The app opens on a bar of tabs that most users never change, the study found.\n"
        "Home\nSearch\nLogin\nMenu\nSettings\nProfile\nHelp\nAbout\n"
        "Each tab opens a page of its own, and the last one shows the version number.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        prose = [i for i, p in enumerate(doc.prose) if p]
        if not prose:
            return  # no sentence anywhere: a poem or a list, not a page around a post
        for start, end in _runs(doc, 0, len(doc.lines)):
            content = [i for i in range(start, end) if doc.lines[i].kind is not LineKind.BLANK]
            if len(content) < _MIN_RUN:
                continue
            before = bisect_left(prose, start)
            head = before == 0 or (before == 1 and _page_title(doc, prose[0]))
            if not head and before < len(prose):
                continue  # between the text's sentences: the article's own list
            found = [_FRAME_LABEL.match(doc.lines[i].plain) for i in content]
            is_label = [m is not None for m in found]
            labels = {m.group("label").lower() for m in found if m is not None}
            if (
                len(labels) < _MIN_LABELS
                or sum(is_label) * _LINES_PER_LABEL < len(content)
                or not _frame_kinds(doc, content)
            ):
                continue
            # The frame runs from its first label to its last, with the signs and counts
            # beside them: the short lines around it may be the post's own (its title, a
            # verse, a list).
            first = is_label.index(True)
            while first > 0 and _NO_WORDS.match(doc.lines[content[first - 1]].plain):
                first -= 1
            last = max(k for k, y in enumerate(is_label) if y)
            while last + 1 < len(content) and _NO_WORDS.match(doc.lines[content[last + 1]].plain):
                last += 1
            content = content[first : last + 1]
            lower = sum(
                1
                for i, y in zip(content, is_label[first : last + 1], strict=True)
                if not y and _LOWER.match(doc.lines[i].plain)
            )
            if lower > _MAX_LOWER_LINES or self._introduced(doc, content[0]):
                continue
            yield Finding(content[0], content[-1] + 1, self.code, "page frame around the post")

    @staticmethod
    def _introduced(doc: Document, first: int) -> bool:
        """Whether the run that starts at line ``first`` is a list the text introduces with a
        colon, or a table of contents: the article's own."""
        above = doc.next_content(first, -1)
        return bool(
            _CONTENTS.match(doc.lines[first].plain)
            or (
                above is not None
                and (
                    _CONTENTS.match(doc.lines[above].plain)
                    or (
                        _INTRODUCED.search(doc.lines[above].plain)
                        and not _FRAME_LABEL.match(doc.lines[above].plain)
                    )
                )
            )
        )
