"""Link rules: bare URL lines, lines that are only links or images, lines of bare markup,
links broken over lines."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, Line, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.rules.base import LineRule
from cleaner.rules.urls import inside_sentence, is_email_line, is_url_line, pointed_to
from cleaner.text.lines import shown
from cleaner.text.segment import Document

_WORD = regex.compile(r"\w+")


@register
class BareUrlLine(LineRule):
    """A line that is only a URL or a domain name: "http://www.claritypress.com/x.html".

    Why: outside a sentence, an address is a reference for the report, not text.

    Leaves alone: URLs inside sentences, and code blocks; an address the article cites: a
    URL line between two prose lines (a bare domain there only as an item of a list: a
    security report's malicious domains), or under a line that points to it ("Watch it here:",
    "For more information see:", with other address lines between), though not under a
    level-1 heading: that is the title, which H001 takes, and a second pass would not see
    it.
    """

    code = "K001"
    name = "bare-url-line"
    category = Category.LINKS
    max_words = 6
    reason = "line holding only a URL"
    examples = (
        Example("http://www.claritypress.com/LendmanIII.html\n"),
        Example("www.example.org\n"),
    )
    counterexamples = (
        "Tickets are on sale at www.example.org until Friday.\n",
        "Conclusion\n",
        "The full report is long and worth reading in full, as the council said on Monday.\n\n"
        "Read it here:\n\nhttps://example.org/report.pdf\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if not is_url_line(doc.lines[index]) or _cited(doc, index):
            return None
        return self.finding(index, index + 1)


_SCHEME = regex.compile(r"^[\W_]*[a-z][a-z0-9+.-]*://", regex.IGNORECASE)


def _cited(doc: Document, index: int) -> bool:
    """Whether the article cites the address on line ``index``: it stands inside the prose
    (between the first and last prose line) with a path, or under a line ending in a colon."""
    if doc.body_start < index < doc.body_end:
        # An address with a path the prose cites; a bare domain ("BVINEWS.COM") is a credit,
        # but not one of a list the text holds (a security report's malicious domains).
        if doc.lines[index].kind is LineKind.LIST_ITEM:
            return True
        core = _SCHEME.sub("", doc.lines[index].plain.strip()).rstrip("/")
        return "/" in core or core.endswith(("…", "..."))  # a shortened address: cited
    return pointed_to(doc, index)


@register
class LinkOnlyLine(LineRule):
    """A short line whose words are all link or image text: a menu item, a share button.

    Why: in scraped pages such lines are navigation, teasers and buttons. A link that is
    part of a sentence is not touched: the line must be almost entirely link text.

    Leaves alone: long lines, lines of prose with a link in them; a link whose text is its
    own address where the article cites it, as K001 leaves a bare one: a URL inside the
    prose with a path, a URL or an e-mail address under a line ending in a colon; a link
    the converter put on a line of its own inside a sentence (the line above stops
    mid-sentence, the line below goes on in lower case or with punctuation).
    """

    code = "K002"
    name = "link-only-line"
    category = Category.NAVIGATION
    max_words = 12
    reason = "line made only of link text"
    examples = (
        Example("* [Startseite](/)\n"),
        Example("[![Logo](/logo.png)](/)\n"),
    )
    counterexamples = (
        "Read [the full report](https://ex.org/r) before you vote on Tuesday.\n",
        "Send your reports to this address:\n\n[tips@ex.org](mailto:tips@ex.org)\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if not (line.links or line.images) or line.link_density < 0.9:
            return None
        if is_url_line(line) and _cited(doc, index):
            return None  # a URL as its own link text, cited as K001 keeps it
        if is_email_line(line) and pointed_to(doc, index):
            return None  # "Write to us at:" and the address
        if inside_sentence(doc, index):
            return None
        # One word character is enough: listing every word only to count them is slower.
        return self.finding(index, index + 1) if _WORD.search(line.plain) else None


@register
class MarkupOnlyLine(LineRule):
    """A line with markup but no words: an empty link ``[](/)``, an image with no alt text,
    a reference definition ``[1]: http://...``; or an extractor's placeholder for an embed
    it could not render: "[Embed]", "[Video]".

    Why: nothing of it is text once the markup is resolved; targets go to the report.

    Leaves alone: an HTML tag in a code sample, told by a tag next to it that the markup
    pass left as text ("<meta charset="utf-8">" under "<head>").
    """

    code = "K003"
    name = "markup-only-line"
    category = Category.MARKUP
    max_words = None
    kinds = frozenset(
        {LineKind.TEXT, LineKind.HEADING, LineKind.LIST_ITEM, LineKind.QUOTE, LineKind.TABLE}
    )
    reason = "markup with no words"
    examples = (
        Example("[](/)\n"),
        Example("![](/img/x.png)\n"),
        Example("[1]: https://example.org/ref\n"),
        Example("[Embed]\n"),
    )
    counterexamples = (
        "A line of words.\n",
        'The page:\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n</html>\n',
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        if _PLACEHOLDER.match(line.plain):
            return self.finding(index, index + 1)
        if not line.plain.strip(" |*_-#>") and line.raw.strip():
            if line.raw.lstrip().startswith("<") and _beside_code_tag(doc, index):
                return None
            return self.finding(index, index + 1)
        return None


#: The placeholder an extractor puts for an embed it could not render: "[Embed]", "[Video]".
_PLACEHOLDER = regex.compile(
    r"^\s*\[(?:embed(?:ded content)?|video|image|photo|gallery|audio|iframe|tweet|"
    r"instagram|youtube|media)\]\s*$",
    regex.IGNORECASE,
)


def _beside_code_tag(doc: Document, index: int) -> bool:
    """Whether the nearest line above or below with text, past blank lines and other
    tags with none, is an HTML tag that the markup pass left as text: the lines are a code
    sample's."""
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(doc.lines) and not doc.lines[i].plain.strip():
            if doc.lines[i].raw.strip() and not doc.lines[i].raw.lstrip().startswith("<"):
                break
            i += step
        if 0 <= i < len(doc.lines) and doc.lines[i].plain.lstrip().startswith("<"):
            return True
    return False


#: A link whose address does not close on its line: "[ Mail ](mailto:?subject=Tipp: ...".
_OPEN_LINK = regex.compile(
    r"^\s*(?:[-*+]\s+|\d+\.\s+)?!?\[[^\[\]\n]{0,60}\]\(\s*(?:https?|mailto|whatsapp|tg|sms):[^()\n\"]*$",
    regex.IGNORECASE,
)
#: The rest of such an address on the next lines, and the line that closes it.
_ADDRESS_GOES_ON = regex.compile(r"^[^()\n]+$")
_ADDRESS_ENDS = regex.compile(r"^[^()\n]*\)\s*$")
#: Lines a broken link spans at most.
_MAX_LINK_LINES = 8
#: A link or image whose text goes on to the next line ("![Dmitry Muratov, tras el ataque"),
#: and the next line that closes it ("](./a.jpg)Dmitry Muratov, tras el ataque ..."), maybe
#: with the text again after it: a caption repeating the picture's description.
_OPEN_TEXT = regex.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+)?\[?!?\[(?P<text>[^\[\]]*)$")
_TEXT_ENDS = regex.compile(r"^\s*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\]?(?:\([^()\s]*\))?(?P<rest>.*)$")


def _opens_link(line: Line) -> bool:
    """Whether a line opens a link it does not close. A heading or a table row is judged
    as text mode writes it too (a plain line), as a second pass reads it."""
    if "](" not in line.raw:
        return False
    if _OPEN_LINK.match(line.raw):
        return True
    return line.kind in _FLATTENED and bool(_OPEN_LINK.match(shown(line, markdown=False)))


#: Kinds whose marks text mode drops: such a line is read again as a text line.
_FLATTENED = frozenset({LineKind.HEADING, LineKind.TABLE})


def _same_words(a: str, b: str) -> bool:
    """Whether two texts are the same words (one may stop short): case, spacing, escapes and
    closing punctuation aside."""
    x, y = (" ".join(t.replace("\\", "").split()).strip(" .").lower() for t in (a, b))
    return not y or x == y or (bool(x) and (x.startswith(y) or y.startswith(x)))


@register
class BrokenLink(Rule):
    """A link whose address runs over several lines: a share button whose address holds
    the article's title and lead, broken where the page's address held line breaks
    ("[ Mail ](mailto:?Subject=Tipp: Heizen mit Abfallholz" / "&Body=Hallo%2C ..." /
    "https://ex.org/share/4601129 \"Mail\")"); or a link or picture whose text runs onto the
    next line, with nothing after it but that text again ("![Dmitry Muratov, tras el ataque" /
    "](./a.jpg)Dmitry Muratov, tras el ataque"): a picture and its caption.

    Why: the converter broke the link's markup over lines, so no link is read and every
    piece of it would stand as a line of text.

    A heading or a table row is judged as text mode writes it too (a plain line, which a
    second pass reads as text), and a line of whole links after an open one as the output
    writes it (the links' text), so cleaning the output again finds nothing more.

    Leaves alone: a link whose address closes with text after it ("... 2020.pdf) tells
    why"), a link or picture closed with other text after it, and lines after a blank line.
    When no line closes the address before a blank line or within eight lines, only the
    opening line goes.
    """

    code = "K004"
    name = "broken-link"
    category = Category.MARKUP
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river.\n\n"
            "[ Mail ](mailto:?subject=The bridge opens again\n&body=Read this: https://ex.org/b"
            ' "Send by e-mail")\n',
            removed=(
                "[ Mail ](mailto:?subject=The bridge opens again",
                '&body=Read this: https://ex.org/b "Send by e-mail")',
            ),
        ),
        Example(
            "The council voted on Tuesday to repair the old bridge over the river.\n\n"
            "![The old bridge over the river\n](./bridge.jpg)The old bridge over the river\n",
            removed=(
                "![The old bridge over the river",
                "](./bridge.jpg)The old bridge over the river",
            ),
        ),
    )
    counterexamples = (
        "[The report](https://ex.org/report\n2020.pdf) tells why, and the vote is on Tuesday.\n",
        "![The old bridge\n](./bridge.jpg) The council voted on Tuesday to repair it.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        lines = doc.lines
        i = 0
        while i < len(lines):
            if self._split_text(doc, i):
                yield Finding(i, i + 2, self.code, "link text broken over lines")
                i += 2
                continue
            if not _opens_link(lines[i]):
                i += 1
                continue
            end: int | None = i + 1  # unclosed by the next blank line: the opening line
            for j in range(i + 1, min(len(lines), i + _MAX_LINK_LINES)):
                # A line with whole links is judged as the output writes it (its links as
                # their text), as a second pass reads it.
                raw = (
                    shown(lines[j], markdown=self.config.markdown)
                    if lines[j].links
                    else lines[j].raw
                )
                if _ADDRESS_ENDS.match(raw):
                    end = j + 1
                    break
                if not raw.strip():
                    break
                if not _ADDRESS_GOES_ON.match(raw):
                    end = None  # closed with text after it: a sentence goes on
                    break
            if end is None:
                i += 1
                continue
            yield Finding(i, end, self.code, "link address broken over lines")
            i = end

    @staticmethod
    def _split_text(doc: Document, index: int) -> bool:
        """Whether a link or image opens on line ``index`` and closes on the next, with
        nothing after it but its own text again."""
        raw = doc.lines[index].raw
        if "[" not in raw or index + 1 >= len(doc.lines):
            return False
        following = doc.lines[index + 1].raw
        if not following.lstrip().startswith("]("):
            return False
        opened, closed = _OPEN_TEXT.match(raw), _TEXT_ENDS.match(following)
        return bool(opened and closed and _same_words(opened.group("text"), closed.group("rest")))
