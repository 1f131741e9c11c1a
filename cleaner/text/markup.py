"""Markup residue: HTML tags, markdown links and images, emphasis, escapes, entities.

Each fix keeps the words and hands URLs and emails to a :class:`Sink` so they reach the
report. :func:`parse_line` turns one normalized line into a :class:`~cleaner.model.Line`
with two renderings: ``markdown`` (block markers and emphasis kept) and ``plain`` (words).
Words are never glued or split: an inline tag is dropped without a space, a block tag
becomes a space, and ``_`` only marks emphasis at word boundaries (``my_var_name`` stays).
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from cleaner.model import Line, LineKind
from cleaner.rules.registry import fix

#: Seconds one regex call may take; :class:`TimeoutError` then reaches the pipeline, which
#: passes the document through with a warning.
TIMEOUT = 1.0
#: Lines up to this length are matched without the timeout: no pattern here backtracks
#: worse than polynomially, so on such a line a call ends within a millisecond, while
#: the timeout reads the CPU clock (a system call, ~2 µs a call: a tenth of parsing time).
UNTIMED_CHARS = 200


def _limit(text: str) -> float | None:
    """The timeout for one regex call on ``text`` (see :data:`UNTIMED_CHARS`)."""
    return TIMEOUT if len(text) > UNTIMED_CHARS else None


_BLOCK_TAGS = (
    "address|article|aside|blockquote|br|center|dd|div|dl|dt|figcaption|figure|footer|form|"
    "h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul"
)
_INLINE_TAGS = (
    "abbr|b|big|cite|code|del|em|font|i|img|ins|kbd|label|mark|q|s|small|span|strike|"
    "strong|sub|sup|time|tt|u|wbr|button|input|meta|link|iframe|noscript|picture|source|svg"
)
_COMMENT = regex.compile(r"<!--.*?(?:-->|$)", regex.S)
_ANCHOR = regex.compile(
    r"""<a\b[^<>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^<>]*>(.*?)</a\s*>""",
    regex.I | regex.S,
)
_BLOCK_TAG = regex.compile(rf"</?(?:{_BLOCK_TAGS})\b[^<>]*>", regex.I)
_INLINE_TAG = regex.compile(rf"</?(?:a|{_INLINE_TAGS})\b[^<>]*>", regex.I)
# Possessive (``++``, ``*+``): each piece stops only at a character it can never match, so
# giving characters back could never let the rest of the pattern match, and the regex
# module need not keep a backtracking point per character (link parsing is 3x faster).
_URL_IN_LINK = r"(?:[^()\s]++|\([^()\s]*+\))*+"
# A link's title, to its next quote; html2text leaves quotes inside it unescaped ("\"Sieci\":
# Dla dobra"), so failing that it runs to the first quote that a closing parenthesis follows,
# within 400 characters (a line of unclosed titles must not cost quadratic time).
_TITLE = (
    r"""(?:\s+(?:"[^"\n]*+"(?=\s*\))|'[^'\n]*+'(?=\s*\))"""
    r"""|"[^\n]{0,400}?"|'[^\n]{0,400}?'))?"""
)
_IMAGE = regex.compile(rf"!\[([^\[\]\n]*)\]\(\s*({_URL_IN_LINK}){_TITLE}\s*\)")
_LINK_TEXT = r"\[((?:[^\[\]\n]++|\[[^\[\]\n]*+\])*+)\]"
# The target of a link glued to the word before it: an address, not code.
_GLUED_TARGET = regex.compile(r"(?:https?:|mailto:|ftp:|www\.|/|#)", regex.I)
_LINK = regex.compile(rf"{_LINK_TEXT}\(\s*({_URL_IN_LINK}){_TITLE}\s*\)")
# A link whose address holds spaces, as converters leave share buttons ("[](https://www.
# linkedin.com/shareArticle?title=The Collapse of ... "Share on LinkedIn")"): a button's text
# of one word at most (longer texts are titles, whose repeats R002 would then count), and
# only where another link or the line's end follows. Tried before _LINK, which reads no
# spaces.
_SPACED_LINK = regex.compile(
    r"\[\s*((?:[^\[\]\s]++\s*+)?)\]"
    r"\(\s*((?:https?|mailto|whatsapp|tg|sms):[^()\n\"\s]*+(?:\s++[^()\n\"\s]++)++)"
    r"(?:\s+\"[^\"\n]*+\")?\s*\)(?=\s*(?:!?\[|$))"
)
_REF_LINK = regex.compile(r"\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]")
_REF_DEFINITION = regex.compile(r"^\s{0,3}\[([^\[\]\n]+)\]:\s+(\S+)(?:\s+\"[^\"]*\")?\s*$")
_AUTOLINK = regex.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+)>", regex.I)
_PAREN_URL = regex.compile(r"\s*\(\s*((?:https?://|www\.)[^()\s]+)\s*\)", regex.I)
_STRONG = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# The span is bounded: an unbounded lazy ``.+?`` made long lines with many unmatched
# markers quadratic (a third of all cleaning time on whole pages).
# A closer may touch the next word when punctuation precedes it: "_Read also:_[title](url)"
# was emphasis before its link was resolved to "_Read also:_title".
_EMPHASIS = regex.compile(
    r"(?<![\w*\\])([*_])(?=[^\s*_])(.{1,2000}?)(?<=[^\s*_\\])\1(?:(?![\w*])|(?<=[.:!?。、：][*_])(?=[\p{Lu}\p{Lo}]))"
)
_STRIKE = regex.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
# The same three patterns taken apart for :func:`_pair`, which finds the same matches in
# linear time: each marker that can open, and each that can close (zero-width, all found).
_STRONG_OPEN = regex.compile(r"(?=(\*\*|__)\S)")
_STRONG_CLOSE = regex.compile(r"(?<=\S)(?=(\*\*|__))")
_EMPHASIS_OPEN = regex.compile(r"(?<![\w*\\])(?=([*_])[^\s*_])")
_EMPHASIS_CLOSE = regex.compile(
    r"(?<=[^\s*_\\])(?=([*_])(?:(?![\w*])|(?<=[.:!?。、：][*_])(?=[\p{Lu}\p{Lo}])))"
)
_STRIKE_OPEN = regex.compile(r"(?=(~~)\S)")
_STRIKE_CLOSE = regex.compile(r"(?<=\S)(?=(~~))")
_CODE_SPAN = regex.compile(r"(`+)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<])")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = regex.compile(r"[ \t]{2,}")

_HEADING = regex.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_LIST_ITEM = regex.compile(r"^(\s*)([*+\-•]|\d{1,3}[.)])[ \t]+(.*)$")
_QUOTE = regex.compile(r"^\s{0,3}>[ \t]?(.*)$")
_RULE_LINE = regex.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_TABLE_SEPARATOR = regex.compile(r"^\s*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?\s*$")
_FENCE = regex.compile(r"^\s{0,3}(```|~~~)")
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<![.-])", regex.I)
_MAILTO = regex.compile(r"^mailto:([^?]+)", regex.I)
_ABSOLUTE = regex.compile(r"(?:https?|ftp)://|www\.", regex.I)


@dataclass(slots=True)
class Sink:
    """Collects what the markup fixes take out of the text."""

    urls: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    #: Every piece of text a fix replaced or deleted (tags, link syntax with its target,
    #: entities), as it stood, so the input can be rebuilt (``report.dropped``).
    dropped: list[str] = field(default_factory=list)
    link_chars: int = 0
    links: int = 0
    images: int = 0

    def target(self, url: str) -> None:
        """Record a link target: mailto goes to emails, absolute URLs to urls."""
        url = html.unescape(url.strip())
        mail = _MAILTO.match(url)
        if mail:
            self.emails.append(mail.group(1))
        elif _ABSOLUTE.match(url):
            self.urls.append(url)


def _squeeze(text: str) -> str:
    """Runs of spaces and tabs to one space."""
    if "  " not in text and "\t" not in text:
        return text
    return str(_SPACES.sub(" ", text, timeout=_limit(text)))


def _sink(sink: Sink | None) -> Sink:
    return sink if sink is not None else Sink()


@fix(
    "M001",
    "html-tags",
    examples=[
        ("Theme: <u>Terrorism</u>", "Theme: Terrorism"),
        ('mail <a href="mailto:x@y.org">x@y.org</a>', "mail x@y.org"),
        ("one<br>two", "one two"),
    ],
    counterexamples=["if a < b and b > c", "x <unknown> y"],
)
def resolve_html(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Drop leftover HTML tags and comments, keeping their words; anchors give their target.

    Why: converters leave ``<u>``, ``<a href>``, ``<br>`` behind. Only known tag names are
    touched, so ``a < b > c`` in prose is safe. Block tags become a space, inline tags
    nothing, so words are neither glued nor split.
    """
    if "<" not in text:
        return text, 0
    out = _sink(sink)

    def anchor(m: regex.Match[str]) -> str:
        out.target(m.group(1) or m.group(2) or m.group(3) or "")
        out.links += 1
        out.link_chars += len(m.group(4))
        out.dropped.append(m.group(0))
        return str(m.group(4))

    def drop(by: str) -> Callable[[regex.Match[str]], str]:
        def replace(m: regex.Match[str]) -> str:
            out.dropped.append(m.group(0))
            return by

        return replace

    text, a = _COMMENT.subn(drop(""), text, timeout=_limit(text))
    text, b = _ANCHOR.subn(anchor, text, timeout=_limit(text))
    text, c = _BLOCK_TAG.subn(drop(" "), text, timeout=_limit(text))
    text, d = _INLINE_TAG.subn(drop(""), text, timeout=_limit(text))
    if c:
        text = _squeeze(text).strip()
    return text, a + b + c + d


@fix(
    "M002",
    "markdown-images",
    examples=[("![A cat](/img/cat.png) sleeps", "A cat sleeps")],
    counterexamples=["![not an image]"],
)
def resolve_images(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Replace markdown images by their alt text.

    Why: the image itself is gone in text; its alt text is all that is left of it.
    """
    if "![" not in text:
        return text, 0
    out = _sink(sink)

    def image(m: regex.Match[str]) -> str:
        out.images += 1
        out.link_chars += len(m.group(1).strip())
        out.dropped.append(m.group(0))
        return str(m.group(1).strip())

    return _IMAGE.subn(image, text, timeout=_limit(text))


def _ends_label(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a label's colon, maybe set in bold ("_**Lesetipp:**")."""
    return text[max(0, end - 3) : end].rstrip("*").endswith(":")


@fix(
    "M003",
    "markdown-links",
    examples=[
        ("read [the report](https://ex.org/r) now", "read the report now"),
        ("see [this][1]", "see this"),
        ("<https://ex.org>", "https://ex.org"),
        ("write to[ us](mailto:a@ex.org)", "write to us"),
        ("[Share](https://ex.org/share?title=A bridge)", "Share"),
    ],
    counterexamples=["[sic] and [1]", "array[i](x)"],
)
def resolve_links(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Replace markdown links (inline, reference and autolinks) by their text.

    Why: the words are part of the article, the target is metadata: it goes to the report.
    """
    if "[" not in text and "<" not in text:
        return text, 0
    out = _sink(sink)
    glued = 0

    def link(m: regex.Match[str]) -> str:
        nonlocal glued
        start = m.start()
        before = m.string[start - 1] if start else " "
        if before.isalnum() or before == "_":
            # "array[i](x)" is code; but converters do drop the space before a real link
            # ("email us at[x](mailto:x)"), so a glued link needs a target that looks like one.
            # After "_" (an emphasis marker, "_[x](u)_"), it is resolved the same way.
            if not _GLUED_TARGET.match(m.group(2)):
                glued += 1
                return str(m.group(0))
        # After an emphasis closer that ends a label ("_Read also:_[title](u)") the words are
        # link text; after an opener ("_[title](u)_") they are emphasised prose.
        out.target("%20".join(m.group(2).split()))  # a spaced address (_SPACED_LINK) encoded
        out.links += 1
        out.dropped.append(m.group(0))
        if before.isalnum() or (before == "_" and not _ends_label(m.string, start - 1)):
            # A link inside a run of words is prose, never navigation: its words do not
            # count as link text, and a space inside the brackets stays ("word[ Link4](u)").
            return str(m.group(1).rstrip())
        words = m.group(1).strip()
        out.link_chars += len(words)
        return str(words)

    def ref(m: regex.Match[str]) -> str:
        out.links += 1
        out.dropped.append(m.group(0))
        out.link_chars += len(m.group(1))
        return str(m.group(1))

    def auto(m: regex.Match[str]) -> str:
        out.target(m.group(1))
        out.links += 1
        out.dropped.append(m.group(0))
        shown = _MAILTO.sub(r"\1", m.group(1))
        out.link_chars += len(shown)
        return shown

    spaced = 0
    if "](" in text:
        text, spaced = _SPACED_LINK.subn(link, text, timeout=_limit(text))
    text, a = _LINK.subn(link, text, timeout=_limit(text)) if "](" in text else (text, 0)
    a += spaced
    text, b = _REF_LINK.subn(ref, text, timeout=_limit(text)) if "][" in text else (text, 0)
    text, c = _AUTOLINK.subn(auto, text, timeout=_limit(text)) if "<" in text else (text, 0)
    return text, a - glued + b + c


@fix(
    "M004",
    "bare-url-parentheses",
    examples=[("the study (https://ex.org/s) shows", "the study shows")],
    counterexamples=["the study (see https://ex.org/s) shows"],
)
def drop_paren_urls(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Drop a parenthesis that holds nothing but a URL, left when a link was flattened.

    Why: ``text (https://…)`` is how many converters write a link; the URL goes to the report.
    """
    if "(" not in text or ("://" not in text and "www." not in text.lower()):
        return text, 0
    out = _sink(sink)

    def paren(m: regex.Match[str]) -> str:
        out.target(m.group(1))
        out.dropped.append(m.group(0))
        return ""

    return _PAREN_URL.subn(paren, text, timeout=_limit(text))


#: A read-more marker in brackets, left where its link was lost, at the end of a teaser.
_READ_MORE = regex.compile(
    r"(?<=\S)\s*(?:\*\*|__)?\[\s*(?:czytaj (?:więcej|dalej)|więcej|mehr|weiterlesen|read more"
    r"|more|continue reading|lire la suite|la suite|leer más|seguir leyendo|continua a leggere)"
    r"\s*\]"
    r"(?:\*\*|__)?\s*$",
    regex.IGNORECASE,
)


@fix(
    "M008",
    "read-more-marker",
    examples=[
        ("Die Stadt baut eine Brücke. [mehr]", "Die Stadt baut eine Brücke."),
        ("Ruszyła budowa mostu. **[ czytaj więcej]**", "Ruszyła budowa mostu."),
    ],
    counterexamples=["[mehr]", "Er sagte, man müsse [...]"],
)
def drop_read_more(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Drop a bracketed read-more marker that ends a line of text ("... [czytaj więcej]").

    Why: the marker stood for a link to the rest of a teaser; its words are not the text's.
    A line that is only the marker is left to the rules, and "[...]", an omission in a
    quotation, is not a marker.
    """
    m = _READ_MORE.search(text, timeout=_limit(text))
    if not m:
        return text, 0
    _sink(sink).dropped.append(m.group(0).strip())
    return text[: m.start()], 1


#: Words that stood for a page break or an advertisement inside a paragraph: "Continued
#: below...", "Story continues below advertisement", "L'article continue ci-dessous".
_GLUE_WORDS = (
    r"continued below|continued on (?:the )?next page|continue reading below"
    r"|(?:the )?(?:story|article|content) continues below(?: (?:the )?(?:advertisement|ad))?"
    r"|fortsetzung unten|(?:der )?(?:artikel|text) (?:geht|wird) (?:unten|unter(?:halb)? der"
    r" (?:anzeige|werbung)) (?:weiter|fortgesetzt)|(?:lesen sie )?weiter(?:lesen)? nach der"
    r" (?:anzeige|werbung)"
    r"|suite ci-dessous|l['’]article continue (?:ci-dessous|après (?:la |cette )?publicité)"
    r"|la suite après (?:la |cette )?publicité"
    r"|(?:(?:la noticia|el artículo|la nota) )?continúa (?:abajo|debajo|después de la"
    r" publicidad|tras la publicidad)"
    r"|(?:(?:a matéria|o artigo|a reportagem|a notícia) )?continua (?:abaixo|após a publicidade"
    r"|depois da publicidade)"
    r"|(?:l['’]articolo )?continua (?:sotto|dopo la pubblicità)"
)
_GLUE_PAREN = r"\(\s*(?:continued|fortsetzung|suite|continúa|continua|continuação)\s*\)"
#: The glue at the start of a line, before a sentence (a capital, a digit or a quote), or
#: at its end, after one (a full stop or a closing quote or bracket).
_GLUE_START = regex.compile(
    rf"^\s*(?:{_GLUE_PAREN}\s*(?:\.{{1,3}}|…|:|[-–—])?|(?:{_GLUE_WORDS})\s*(?:\.{{1,3}}|…|:|[-–—])?)"
    r"\s+(?=(?-i:[\p{Lu}\p{N}\"“„«'‘(\[]))",
    regex.IGNORECASE,
)
_GLUE_END = regex.compile(
    rf"(?:(?<=\S)\s*{_GLUE_PAREN}|(?<=[.!?…\"”»)\]])\s+(?:{_GLUE_WORDS}))\s*(?:\.{{2,}}|…|:)?\s*$",
    regex.IGNORECASE,
)
_GLUE_GATE = regex.compile(r"ontin|fortsetz|suite|weiter", regex.IGNORECASE)


@fix(
    "M009",
    "pagination-glue",
    examples=[
        (
            "Continued below... In August 2013, the court set him free.",
            "In August 2013, the court set him free.",
        ),
        (
            "The mayor spoke at length. Story continues below advertisement",
            "The mayor spoke at length.",
        ),
        ("(Continued) The council met again.", "The council met again."),
        (
            "Der Rat tagte erneut. Der Artikel geht unter der Anzeige weiter",
            "Der Rat tagte erneut.",
        ),
        ("L'article continue ci-dessous : Le conseil a voté.", "Le conseil a voté."),
        ("La noticia continúa abajo. El consejo votó.", "El consejo votó."),
        ("O conselho votou. Continua após a publicidade", "O conselho votou."),
        ("Il consiglio ha votato. L'articolo continua sotto", "Il consiglio ha votato."),
    ],
    counterexamples=[
        "Story continues below",
        "Continued below-average rainfall has dried the fields.",
        "The river continued below the bridge and out to sea.",
        "Continued below the surface, the water was cold.",
    ],
)
def drop_pagination_glue(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Drop the words a page break or an advertisement left at the start or the end of a
    paragraph: "Continued below...", "(Continued)", "Story continues below advertisement",
    "Der Artikel geht unter der Anzeige weiter", "L'article continue ci-dessous", "La
    noticia continúa abajo", "Continua após a publicidade", "L'articolo continua sotto".

    Why: the words pointed past a page break or an ad; the paragraph they are glued to is
    the article's and stays. A line that is only the marker is left to the rules; at the
    start the marker must stand before a sentence (a capital, a digit, a quote), at the
    end after one, so "Continued below the surface, ..." keeps its words.
    """
    if not _GLUE_GATE.search(text):
        return text, 0
    out = _sink(sink)
    changes = 0
    for pattern in (_GLUE_START, _GLUE_END):
        m = pattern.search(text, timeout=_limit(text))
        while m and text[: m.start()].strip() + text[m.end() :].strip():
            out.dropped.append(m.group(0).strip())
            text = (text[: m.start()] + text[m.end() :]).strip()
            changes += 1
            m = pattern.search(text, timeout=_limit(text))
    return text, changes


@fix(
    "M005",
    "emphasis",
    examples=[("**bold** and _em_ and `code`", "bold and em and code")],
    counterexamples=["my_var_name and 2*3*4", "snake_case_word"],
)
def strip_emphasis(text: str) -> tuple[str, int]:
    """Remove emphasis, strike-through and code-span markers around words (text mode only).

    Why: plain text has no emphasis. Markers are only taken at word boundaries, so
    ``my_var_name`` and ``2*3*4`` are left alone.
    """
    a = b = c = d = 0
    if "**" in text or "__" in text:
        text, a = _pair(text, _STRONG_OPEN, _STRONG_CLOSE, 2)
    if "~~" in text:
        text, b = _pair(text, _STRIKE_OPEN, _STRIKE_CLOSE, 2)
    if "`" in text:
        text, c = _CODE_SPAN.subn(r"\2", text, timeout=_limit(text))
    if "*" in text or "_" in text:
        text, d = _pair(text, _EMPHASIS_OPEN, _EMPHASIS_CLOSE, 1, limit=2000)
    return text, a + b + c + d


def _pair(
    text: str, opener: regex.Pattern[str], closer: regex.Pattern[str], width: int, limit: int = 0
) -> tuple[str, int]:
    """Replace each marked span by its inside, as ``(M)(.{1,limit}?)CLOSE`` would, in
    linear time (the regex is quadratic on a line of openers that never close, "*a *a").

    ``opener`` and ``closer`` are zero-width patterns whose group 1 is the marker (``width``
    characters). Going left to right, an opener pairs with the first closer of the same
    marker after at least one character, on the same line (and within ``limit``, if given).
    """
    closers: dict[str, list[int]] = {}
    for m in closer.finditer(text):
        closers.setdefault(m.group(1), []).append(m.start())
    if not closers:
        return text, 0
    newlines = [i for i, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
    parts: list[str] = []
    done = count = 0
    for m in opener.finditer(text):
        start = m.start()
        positions = closers.get(m.group(1))
        if start < done or not positions:
            continue
        inner = start + width
        found = bisect.bisect_left(positions, inner + 1)
        if found == len(positions):
            continue
        end = positions[found]
        line_end = bisect.bisect_left(newlines, inner)
        if line_end < len(newlines) and newlines[line_end] < end:
            continue
        if limit and end - inner > limit:
            continue
        parts += (text[done:start], text[inner:end])
        done = end + width
        count += 1
    if not count:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), count


@fix(
    "M006",
    "markdown-escapes",
    examples=[(r"1\. item \*not\* emphasis", "1. item *not* emphasis")],
    counterexamples=[r"C:\Users\me"],
)
def unescape_markdown(text: str) -> tuple[str, int]:
    """Remove markdown backslash escapes in plain text (``\\*`` becomes ``*``).

    Why: converters escape characters that would look like markup; in text they are noise.
    """
    if "\\" not in text:
        return text, 0
    return _ESCAPE.subn(r"\1", text, timeout=_limit(text))


@fix(
    "M007",
    "html-entities",
    examples=[("Fish &amp; Chips&nbsp;&#8212; &eacute;", "Fish & Chips\u00a0— é")],
    counterexamples=["AT&T and R&D"],
)
def unescape_entities(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Decode HTML character references (``&amp;``, ``&#8212;``).

    Why: entities are HTML residue; ``AT&T`` without a semicolon is left alone.
    """
    if "&" not in text:
        return text, 0
    out = _sink(sink)

    def entity(m: regex.Match[str]) -> str:
        out.dropped.append(m.group(0))
        return html.unescape(m.group(0))

    return _ENTITY.subn(entity, text, timeout=_limit(text))


def resolve_inline(
    text: str, sink: Sink, *, unescape: bool = True
) -> tuple[str, str, dict[str, int]]:
    """Resolve inline markup of one line's content; return (markdown, plain, fix counts)."""
    counts: dict[str, int] = {}

    def run(code: str, result: tuple[str, int]) -> str:
        if result[1]:
            counts[code] = counts.get(code, 0) + result[1]
        return result[0]

    if _holds_link_mark(text):  # most lines hold no trigger of these fixes
        text = run("M001", resolve_html(text, sink))
        text = run("M002", resolve_images(text, sink))
        text = run("M003", resolve_links(text, sink))
        text = run("M004", drop_paren_urls(text, sink))
        text = run("M007", unescape_entities(text, sink))
        if counts:
            text = _squeeze(text).strip()
    if text.rstrip(" *_").endswith("]"):
        text = run("M008", drop_read_more(text, sink))
    text = run("M009", drop_pagination_glue(text, sink))
    markdown = text
    plain = run("M005", strip_emphasis(text))
    if unescape:
        plain = run("M006", unescape_markdown(plain))
    if "@" in plain:
        sink.emails.extend(_EMAIL.findall(plain, timeout=_limit(plain)))
    return markdown, plain.strip(), counts


@dataclass(slots=True)
class LineParser:
    """Turns lines into :class:`Line` records; tracks fenced code across lines.

    A line's renderings are *settled*: read again as input, they give themselves back, so
    cleaning is idempotent. ``\\*not\\*`` keeps its escapes in plain text (unescaped it
    would read as emphasis next time), and a line that only looks like markup once its
    tags are gone (``<b></b># x``) is resolved until it is stable.
    """

    in_code: bool = False
    fixes: dict[str, int] = field(default_factory=dict)
    #: Lines outside code already parsed, by text: pages repeat lines (menus, "Share",
    #: separators), and parsing a line depends on nothing but its text and number.
    seen: dict[str, tuple[Line, dict[str, int]]] = field(default_factory=dict)

    def parse(self, number: int, raw: str) -> Line:
        if ("```" in raw or "~~~" in raw) and _FENCE.match(raw, timeout=_limit(raw)):
            self.in_code = not self.in_code
            return Line(number, raw, LineKind.CODE, raw, "")
        if self.in_code:
            return Line(number, raw, LineKind.CODE, raw, raw)
        if not raw.strip():
            return Line(number, raw, LineKind.BLANK, "", "")
        known = self.seen.get(raw)
        if known is None:
            line, counts = _parse(number, raw)
            if line.kind not in _SETTLED_KINDS and (line.plain or line.markdown):
                line = _settle(line, counts)
            self.seen[raw] = line, counts
        else:
            line, counts = replace(known[0], number=number), known[1]
        for code, n in counts.items():
            self.fixes[code] = self.fixes.get(code, 0) + n
        return line


_SETTLED_KINDS = frozenset({LineKind.BLANK, LineKind.RULE, LineKind.CODE})


def _parse(number: int, raw: str, *, unescape: bool = True) -> tuple[Line, dict[str, int]]:
    """One line outside code; ``unescape=False`` keeps markdown escapes in ``plain``."""
    stripped = raw.strip()
    if not stripped:
        return Line(number, raw, LineKind.BLANK, "", ""), {}
    kind, level, prefix, content = _shape(raw)
    if kind is LineKind.RULE:
        return Line(number, raw, kind, stripped, "", dropped=(stripped,)), {}
    definition = (
        _REF_DEFINITION.match(raw, timeout=_limit(raw))
        if kind is LineKind.TEXT and "]:" in raw
        else None
    )
    if definition:
        sink = Sink(links=1, link_chars=len(stripped))
        sink.target(definition.group(2))
        return Line(
            number, raw, kind, "", "", 0, len(stripped), 1, 0, tuple(sink.urls), (), (stripped,)
        ), {}
    sink = Sink()
    markdown, plain, counts = resolve_inline(content, sink, unescape=unescape)
    if kind is LineKind.TABLE:
        plain = " | ".join(c.strip() for c in plain.strip().strip("|").split("|") if c.strip())
    line = Line(
        number=number,
        raw=raw,
        kind=kind,
        markdown=(prefix + markdown) if markdown else "",
        plain=plain,
        level=level,
        link_chars=sink.link_chars,
        links=sink.links,
        images=sink.images,
        urls=tuple(sink.urls),
        emails=tuple(dict.fromkeys(sink.emails)),
        dropped=tuple(sink.dropped),
    )
    return line, counts


def shown(line: Line, *, markdown: bool) -> str:
    """The text a kept line puts in the output (:func:`cleaner.text.segment.render`)."""
    if line.kind is LineKind.CODE or (markdown and line.kind is LineKind.RULE):
        return line.raw
    if markdown:
        return line.markdown
    if line.kind is LineKind.LIST_ITEM and line.plain:
        return line.markdown.split(" ", 1)[0] + " " + line.plain
    return line.plain


@lru_cache(maxsize=4096)
def _reread(text: str, *, markdown: bool, unescape: bool = True) -> str:
    """What a rendered line gives when read again; a fence would toggle code, so it never
    reads as itself. Cached: short renderings ("*", "2", "- **Home**") recur on a page and
    across pages, and reading one is a full parse."""
    if ("```" in text or "~~~" in text) and _FENCE.match(text, timeout=_limit(text)):
        return "\\" + text if markdown else ""
    return shown(_parse(0, text, unescape=unescape)[0], markdown=markdown)


_SETTLE_ROUNDS = 6


def _fixpoint(text: str, *, markdown: bool) -> str:
    for _ in range(_SETTLE_ROUNDS):
        again = _reread(text, markdown=markdown)
        if again == text:
            break
        text = again
    return text


#: First characters that can make a line anything but plain text (see :func:`_shape`).
_SHAPE_STARTS = frozenset("-*_#+•>|:`~[")
#: First characters after which :func:`_shape` reads a text as plain unless the second
#: character is a space or tab (a list item) or the text is all marks (a rule line).
_ITEM_MARKS = frozenset("-*+•")
_DIGITS = "0123456789"


def _holds_inline_mark(text: str) -> bool:
    """Whether an emphasis or escape fix's trigger (``< * ` ~ \\``, or a ``_`` that may open
    emphasis) occurs in ``text`` (unrolled: four times faster than ``any()`` over a
    generator, and this runs twice per line)."""
    if "<" in text or "*" in text or "`" in text or "~" in text or "\\" in text:
        return True
    return "_" in text and _loose_underscore(text)


def _loose_underscore(text: str) -> bool:
    """Whether a ``_`` in ``text`` may take part in emphasis. One behind an ASCII letter or
    digit (``my_var``) can open none (the pattern wants no word character before an opener),
    and without an opener it closes none; ``__`` has a ``_`` behind a ``_``, so it counts."""
    at = text.find("_")
    while at >= 0:
        before = text[at - 1] if at else " "
        if not (before.isascii() and before.isalnum()):
            return True
        at = text.find("_", at + 1)
    return False


def _holds_link_mark(text: str) -> bool:
    """Whether a fix that also changes the markdown rendering (tags, images, links, entities,
    parenthesized URLs: :func:`resolve_inline` before emphasis) may match ``text``."""
    if "<" in text or "](" in text or "][" in text:
        return True
    if "&" in text and ";" in text:
        return True
    return "(" in text and ("://" in text or "www." in text.lower())


def _plain_start(text: str) -> bool:
    """Whether :func:`_shape` reads ``text`` (non-empty, stripped) as plain text for sure."""
    first = text[0]
    return first not in _SHAPE_STARTS and not first.isdigit() and not first.isspace()


def _inert(text: str, *, markdown: bool) -> bool:
    """A cheap exact check that :func:`_reread` gives ``text`` back: a block marker
    :func:`_shape` gives back as it stands (see :func:`_content`) before stripped content
    no inline fix could change. Markdown keeps emphasis and escapes, so only the fixes that
    run before them matter there."""
    if not text:
        return True
    if "\n" in text:  # from an entity ("&#10;"): ``.`` and ``$`` in the patterns stop there
        return False
    content = _content(text, markdown=markdown)
    if not content or content != content.strip():
        return False
    if _holds_link_mark(content):
        return False
    return markdown or not _holds_inline_mark(content)


def _content(text: str, *, markdown: bool) -> str | None:
    """The inline content of rendered ``text`` when :func:`_shape` reads it back with the
    block marker it shows (in markdown ``- ``, ``2. ``, ``> ``, ``## ``; in text ``- ``,
    ``2. ``) or as plain text; None when that is not certain."""
    first = text[0]
    if first == "-" and text[1:2] == " ":
        return text[2:] if text.strip("- \t") else None  # "- - -" is a rule line
    if first in _DIGITS:
        return _numbered_content(text)
    if markdown and first == ">":
        return text[2:] if text[1:2] == " " else None
    if markdown and first == "#":
        return _heading_content(text)
    return text if _reads_as_text(text) else None


def _numbered_content(text: str) -> str | None:
    """The content of a digit-led text: behind a ``2. `` or ``2) `` marker of ASCII digits,
    or the whole text when it reads as no list item at all ("2", "55 Jahre")."""
    digits = len(text) - len(text.lstrip(_DIGITS))
    if (
        digits <= 3
        and text[digits : digits + 1] in (".", ")")
        and text[digits + 1 : digits + 2] == " "
    ):
        return text[digits + 2 :]
    return None if _LIST_ITEM.match(text, timeout=_limit(text)) else text


def _heading_content(text: str) -> str | None:
    """The content of a ``#`` heading; None where :data:`_HEADING` could read it otherwise
    (over six marks, no space, or a closing ``#`` run the pattern would take off)."""
    level = len(text) - len(text.lstrip("#"))
    if level > 6 or text[level : level + 1] != " " or text.endswith("#"):
        return None
    return text[level + 1 :]


def _reads_as_text(text: str) -> bool:
    """Whether :func:`_shape` and :func:`_parse` read stripped ``text`` as plain text (kind
    TEXT, no reference definition), and :func:`_reread` finds no fence in it."""
    if _plain_start(text):
        return True
    first = text[0]
    if first in _ITEM_MARKS and text[1:2] in (" ", "\t"):
        return False  # a list item
    if first in _RULE_MARKS and not text.strip(first + " \t"):
        return False  # a rule line
    if first in "-:":
        return "|" not in text  # else maybe a table separator
    if first in "`~":
        return not (text.startswith("```") or text.startswith("~~~"))
    if first == "[":
        return "]:" not in text
    return first in "*_+•"


def _settle(line: Line, counts: dict[str, int]) -> Line:
    """Make both renderings of ``line`` read back as themselves (see :class:`LineParser`)."""
    plain_out = shown(line, markdown=False)
    markdown_out = line.markdown
    plain_inert = _inert(plain_out, markdown=False)
    plain_ok = plain_inert or _reread(plain_out, markdown=False) == plain_out
    # A text inert in text mode is inert in markdown (same markers, fewer inline checks),
    # and most lines render the same both ways.
    markdown_ok = (
        (plain_inert and markdown_out == plain_out)
        or _inert(markdown_out, markdown=True)
        or _reread(markdown_out, markdown=True) == markdown_out
    )
    if plain_ok and markdown_ok:
        return line
    plain, dropped = line.plain, list(line.dropped)
    if not plain_ok and "M006" in counts:
        # Escapes kept: the next pass tries unescaping first, finds it unstable too, and
        # keeps them again; so the kept form must be stable when read without unescaping.
        kept, _ = _parse(line.number, line.raw, unescape=False)
        kept_out = shown(kept, markdown=False)
        if _reread(kept_out, markdown=False, unescape=False) == kept_out:
            plain_ok, plain = True, kept.plain
            counts.pop("M006")
    if not plain_ok:
        plain = _fixpoint(plain_out, markdown=False)
        dropped.append(plain_out)
        if line.kind is LineKind.LIST_ITEM:
            line = replace(line, kind=LineKind.TEXT)
    if not markdown_ok:
        markdown_out = _fixpoint(markdown_out, markdown=True)
    return replace(line, plain=plain, markdown=markdown_out, dropped=tuple(dropped))


_RULE_MARKS = ("-", "*", "_")
_SEPARATOR_MARKS = ("|", ":", "-")


def _may_start_item(lead: str) -> bool:
    """Whether ``lead`` may be a list marker's first character: ``regex``'s ``\\d`` knows
    digits that ``str.isdigit`` does not yet, so any non-ASCII character may be one."""
    return lead in ("*", "+", "-", "•") or lead.isdigit() or not lead.isascii()


def _shape(raw: str) -> tuple[LineKind, int, str, str]:
    """The block kind of a line, its level, its markdown prefix and its inline content."""
    if _plain_start(raw):
        return LineKind.TEXT, 0, "", raw.strip()
    # Each block pattern starts with optional spaces and then its marker; ``str.lstrip``
    # strips every character ``\s`` matches (and a few more), so a pattern is only tried
    # when the first character left could be its marker.
    lead = raw.lstrip()[:1]
    if lead in _RULE_MARKS and raw.count(lead) >= 3 and _RULE_LINE.match(raw, timeout=_limit(raw)):
        return LineKind.RULE, 0, "", ""
    m = _HEADING.match(raw, timeout=_limit(raw)) if lead == "#" else None
    if m:
        level = len(m.group(1))
        return LineKind.HEADING, level, "#" * level + " ", m.group(2) or ""
    m = _LIST_ITEM.match(raw, timeout=_limit(raw)) if _may_start_item(lead) else None
    if m:
        marker = m.group(2) if m.group(2)[0].isdigit() else "-"
        return LineKind.LIST_ITEM, len(m.group(1)) // 2, marker + " ", m.group(3)
    m = _QUOTE.match(raw, timeout=_limit(raw)) if lead == ">" else None
    if m:
        return LineKind.QUOTE, 0, "> ", m.group(1)
    if lead in _SEPARATOR_MARKS and _TABLE_SEPARATOR.match(raw, timeout=_limit(raw)):
        return LineKind.RULE, 0, "", ""
    if raw.count("|") >= 2 and raw.lstrip().startswith("|"):
        return LineKind.TABLE, 0, "", raw.strip()
    return LineKind.TEXT, 0, "", raw.strip()
