"""Web addresses in text: the URL pattern and the URL-line test that the link rules (K),
the promo rules (P) and the report's link extraction share; where the article cites an
address or a link, for the link rules (K) and the block rules (G). No rule in it."""

from __future__ import annotations

import regex

from cleaner.model import Line, LineKind
from cleaner.text.segment import Document

TLDS = (
    "com|org|net|edu|gov|info|io|co|uk|de|fr|es|ca|au|ch|at|eu|us|ru|it|nl|pl|be|blog|news"
    "|se|dk|fi|cz|sk|hu|pt|br|mx|cl|pe|uy|ve|jp|ie|nz|za|tv|app|dev|ro|gr|lu|li"
)
URL = rf"(?:(?:https?|ftp)://\S+|www\.\S+|(?:[\w-]+\.)+(?:{TLDS})(?:/\S*)?)"
#: What every :data:`URL` match holds (same flags): a cheap test before the costly pattern.
URL_HINT = rf"://|www\.|\.(?:{TLDS})"
_URL_LINE = regex.compile(rf"^[\W_]*{URL}(?:[\s,;|]+{URL})*[\W_]*$", regex.IGNORECASE)


#: A line that is one e-mail address.
_EMAIL_LINE = regex.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")


def is_email_line(line: Line) -> bool:
    """Whether the line's text is one e-mail address."""
    return "@" in line.plain and _EMAIL_LINE.fullmatch(line.plain) is not None


def is_url_line(line: Line) -> bool:
    """Whether the line's text is nothing but URLs or domain names."""
    if "." not in line.plain and ":" not in line.plain:
        return False  # every URL has "://", "www." or ".TLD" (see URL_HINT)
    return bool(_URL_LINE.match(line.plain, timeout=1.0))


def pointed_to(doc: Document, index: int) -> bool:
    """Whether the address on line ``index`` stands under a line ending in a colon ("Write
    to us at:"), with other address lines between; not under a level-1 heading."""
    previous = doc.next_content(index, -1)
    while previous is not None and is_url_line(doc.lines[previous]):
        previous = doc.next_content(previous, -1)
    if previous is None:
        return False
    pointer = doc.lines[previous]
    # A level-1 heading is a title (H001 takes it), not a line pointing to the address.
    return pointer.plain.rstrip().endswith(":") and not _level_one(pointer)


#: The end of a line that stops mid-sentence: a word or a comma, no closing punctuation.
_OPEN_END = regex.compile(r"[\w,]\s*$")
#: The start of a line that goes on with a sentence: a lower-case word or punctuation.
_GOES_ON = regex.compile(r"\s*(?:\p{Ll}|[.,;:)])")


def inside_sentence(doc: Document, index: int) -> bool:
    """Whether the one link on line ``index`` is a piece of a sentence that the converter broke
    around it ("You can download it" / "[here](u)" / ". Also, ..."): the line above stops
    mid-sentence, the line below goes on in lower case or with punctuation, and neither is
    mostly link text."""
    line = doc.lines[index]
    if line.links != 1 or line.images:
        return False
    above, below = doc.next_content(index, -1), doc.next_content(index)
    if above is None or below is None:
        return False
    before, after = doc.lines[above], doc.lines[below]
    return (
        before.kind is LineKind.TEXT
        and after.kind is LineKind.TEXT
        and before.link_density < 0.5
        and after.link_density < 0.5
        and _OPEN_END.search(before.raw) is not None
        and _GOES_ON.match(after.plain) is not None
    )


def _level_one(line: Line) -> bool:
    return line.kind is LineKind.HEADING and line.level == 1
