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
    between separators, not ending like a sentence, not a quotation, not a score."""
    text = line.plain.strip()
    if line.kind not in (LineKind.TEXT, LineKind.HEADING) or not text or _LABEL_END.search(text):
        return False
    limit = _PARTED_LABEL_WORDS if _PARTS.search(text) else _LABEL_WORDS
    return line.words <= limit
