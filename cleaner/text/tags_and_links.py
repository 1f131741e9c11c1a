"""Fixes M001-M004 and M007: HTML tags, markdown images and links, bare-URL parentheses and
HTML entities, resolved to their words.

Each fix keeps the words and hands URLs and emails to a :class:`Sink` so they reach the
report. Words are never glued or split: an inline tag is dropped without a space, a block
tag becomes a space.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from cleaner.registry import fix
from cleaner.text.timeouts import timeout_for

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
#: An anchor's closing tag: the text after the last one holds no anchor :data:`_ANCHOR` matches.
_ANCHOR_END = regex.compile(r"</a\s*>", regex.I)
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
_AUTOLINK = regex.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+)>", regex.I)
_PAREN_URL = regex.compile(r"\s*\(\s*((?:https?://|www\.)[^()\s]+)\s*\)", regex.I)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = regex.compile(r"[ \t]{2,}")
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


def squeeze(text: str) -> str:
    """Runs of spaces and tabs to one space."""
    if "  " not in text and "\t" not in text:
        return text
    return str(_SPACES.sub(" ", text, timeout=timeout_for(text)))


def ensure_sink(sink: Sink | None) -> Sink:
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
    out = ensure_sink(sink)

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

    text, a = _COMMENT.subn(drop(""), text, timeout=timeout_for(text))
    text, b = _anchors(text, anchor)
    text, c = _BLOCK_TAG.subn(drop(" "), text, timeout=timeout_for(text))
    text, d = _INLINE_TAG.subn(drop(""), text, timeout=timeout_for(text))
    if c:
        text = squeeze(text).strip()
    return text, a + b + c + d


def _anchors(text: str, anchor: Callable[[regex.Match[str]], str]) -> tuple[str, int]:
    """``_ANCHOR.subn(anchor, text)`` in linear time: each anchor with no closing tag after
    it would scan to the end of the text ("<a href=x>" repeated), so the search stops at
    the end of the last closing tag, where every match ends."""
    cut = max((m.end() for m in _ANCHOR_END.finditer(text)), default=0)
    if not cut:
        return text, 0
    head, count = _ANCHOR.subn(anchor, text[:cut], timeout=timeout_for(text))
    return head + text[cut:], count


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
    out = ensure_sink(sink)

    def image(m: regex.Match[str]) -> str:
        out.images += 1
        out.link_chars += len(m.group(1).strip())
        out.dropped.append(m.group(0))
        return str(m.group(1).strip())

    return _IMAGE.subn(image, text, timeout=timeout_for(text))


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
        ("the[ Go Fund Me ](https://ex.org/f)page", "the Go Fund Me page"),
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
    out = ensure_sink(sink)
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
        end = m.end()
        # A space inside the closing bracket, a word glued after it ("[ Go Fund Me ](u)page"):
        # the space stays between the link's words and the next.
        spaced_after = end < len(m.string) and m.string[end].isalnum() and m.group(1)[-1:].isspace()
        tail = " " if spaced_after else ""
        if before.isalnum() or (before == "_" and not _ends_label(m.string, start - 1)):
            # A link inside a run of words is prose, never navigation: its words do not
            # count as link text, and a space inside the brackets stays ("word[ Link4](u)").
            return str(m.group(1).rstrip()) + tail
        words = m.group(1).strip()
        out.link_chars += len(words)
        return str(words) + tail

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
        text, spaced = _SPACED_LINK.subn(link, text, timeout=timeout_for(text))
    text, a = _LINK.subn(link, text, timeout=timeout_for(text)) if "](" in text else (text, 0)
    a += spaced
    text, b = _REF_LINK.subn(ref, text, timeout=timeout_for(text)) if "][" in text else (text, 0)
    text, c = _AUTOLINK.subn(auto, text, timeout=timeout_for(text)) if "<" in text else (text, 0)
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
    out = ensure_sink(sink)

    def paren(m: regex.Match[str]) -> str:
        out.target(m.group(1))
        out.dropped.append(m.group(0))
        return ""

    return _PAREN_URL.subn(paren, text, timeout=timeout_for(text))


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
    out = ensure_sink(sink)

    def entity(m: regex.Match[str]) -> str:
        out.dropped.append(m.group(0))
        return html.unescape(m.group(0))

    return _ENTITY.subn(entity, text, timeout=timeout_for(text))


def holds_link_mark(text: str) -> bool:
    """Whether a fix that also changes the markdown rendering (tags, images, links, entities,
    parenthesized URLs: :func:`resolve_inline` before emphasis) may match ``text``."""
    if "<" in text or "](" in text or "][" in text:
        return True
    if "&" in text and ";" in text:
        return True
    return "(" in text and ("://" in text or "www." in text.lower())
