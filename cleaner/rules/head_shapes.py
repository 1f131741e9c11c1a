"""The shapes of the head's short lines: a headline, and a site's or section's label over
it. Read by the title rule (H001) and the label rule (H014)."""

from __future__ import annotations

import regex

from cleaner.model import Line, LineKind

#: A headline has at least this many words; a label at most this many, or this many with a
#: separator between its parts ("Sports | Cyclisme", "Culture – Musique").
_HEADLINE_WORDS = 5
_LABEL_WORDS = 3
_PARTED_LABEL_WORDS = 6
_PARTS = regex.compile(r"\S\s+[|–—/›>·•]\s+\S")
_HEADLINE_START = regex.compile(r"^[\p{Lu}\p{N}\"'„“«‘¿¡]")
_NOT_HEADLINE_END = regex.compile(r"[.,;:|…][\"'”“»’)\]]*\s*$")
#: A label's words are capitalised, but for these joining words ("Tour de France").
_LOWER_WORD = regex.compile(r"^\p{Ll}")
_JOINING = frozenset(
    "de du des la le di da do del dos das y e et und and of the".split()  # noqa: SIM905
)
#: A word with a digit that is no year: a product's or a score's ("WH-1000XM5", "Pixel 8").
_NOT_YEAR_DIGITS = regex.compile(r"^(?!(?:19|20)\d\d$)\S*\d")
_LABEL_END = regex.compile(r"[.!?:;,…][\W_]*$|^[\W_]*[\"“„«‘'’]|\d\s*[-–:]\s*\d")


def is_headline(line: Line) -> bool:
    """A line shaped as a headline: five words or more, a capital (or a digit or a quotation
    mark) first, no full stop, comma, colon or ellipsis at the end."""
    text = line.plain.strip()
    return (
        line.kind in (LineKind.TEXT, LineKind.HEADING)
        and line.words >= _HEADLINE_WORDS
        and bool(_HEADLINE_START.match(text))
        and not _NOT_HEADLINE_END.search(text)
    )


def is_label(line: Line) -> bool:
    """A short line that names a site or a section: at most three words, or six with parts
    between separators, each word capitalised but a few joining words ("Tour de France",
    "News & Events / Research"; not "Taylor Swift – Eras Tour review"), no digits but a
    year's ("Autárquicas 2025"; not "Pixel 8 Pro"), not ending like a sentence, not a
    quotation, not a score."""
    text = line.plain.strip()
    if line.kind not in (LineKind.TEXT, LineKind.HEADING) or not text or _LABEL_END.search(text):
        return False
    words = text.split()
    if any(_LOWER_WORD.match(w) and w not in _JOINING for w in words):
        return False
    if any(_NOT_YEAR_DIGITS.match(w) for w in words):
        return False  # a product's name ("Sony WH-1000XM5"), not a section's
    limit = _PARTED_LABEL_WORDS if _PARTS.search(text) else _LABEL_WORDS
    return line.words <= limit


def is_sure_label(line: Line) -> bool:
    """A label that no short title reads like: its parts between separators ("Sports |
    Cyclisme") or in capitals ("DEBAT", "NEWS"). A single capitalised line ("Circuit
    Almanac") may be a short title over its deck ("Undertow" over "How a small town ...")."""
    text = line.plain.strip()
    return is_label(line) and (bool(_PARTS.search(text)) or text.isupper())


def labels_over_title(lines: list[Line]) -> bool:
    """Whether the lines over a headline are the page's labels: two or more labels, or one
    that no short title reads like (:func:`is_sure_label`)."""
    if not lines or not all(is_label(line) for line in lines):
        return False
    return len(lines) >= 2 or is_sure_label(lines[0])
