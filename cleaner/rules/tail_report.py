"""The report side of the tail zone (T001): the category a footer line goes under, and the
facts (bio, source name) it gives the report.
"""

from __future__ import annotations

import regex

from cleaner.model import Category, Fact, Line
from cleaner.rules.tail_lines import ADDRESS_LINE, ADDRESS_PART, PHONE, is_bio

#: The report category of a tail line by what it says (first match wins).
_LINE_CATEGORIES: tuple[tuple[regex.Pattern[str], Category], ...] = (
    (
        regex.compile(r"re-?publish|reproduc|reprint|permission\s+is", regex.I),
        Category.COPYRIGHT,
    ),
    (regex.compile(r"^[\W_]*contributed\s+by\b", regex.I), Category.BYLINE),
    (
        regex.compile(
            r"\b(?:contributed|delivered|provided|syndicated)\s+by\b|^[\W_]*courtesy\b", regex.I
        ),
        Category.SOURCE_ATTRIBUTION,
    ),
    (
        regex.compile(r"^[\W_]*(?:spread\s+the\s+word|like|share|follow)\b", regex.I),
        Category.SOCIAL_PROMPT,
    ),
    (regex.compile(r"comment(?!ar)|readers\s+think|two\s+cents", regex.I), Category.COMMENTS),
    (
        regex.compile(
            r"\b(?:donat|paypal|patreon|spende|spenden\b|un\s+don\b|support\s+(?:us|our|my))",
            regex.I,
        ),
        Category.DONATE,
    ),
    (
        regex.compile(r"subscri|newsletter|abonn|suscr|inscr|iscriv|rss|receive", regex.I),
        Category.MEMBERSHIP_PROMPT,
    ),
    (
        regex.compile(r"\b(?:share|like|follow|spread|teilen|partag|compart|condivid)", regex.I),
        Category.SOCIAL_PROMPT,
    ),
    (regex.compile(r"copyright|©|\(c\)\s*\d|all\s+rights\s+reserved", regex.I), Category.COPYRIGHT),
    (
        regex.compile(
            r"^[\W_]*(?:source|via|h/?t|quelle|fuente|fonte)|appeared\s+first|published|is\s+a\s+post\s+from|see\s+more\s+at|read\s+more\s+@|ran\b|courtesy",
            regex.I,
        ),
        Category.SOURCE_ATTRIBUTION,
    ),
    (regex.compile(r"contact|call:|phone|e-?mail|kontakt", regex.I), Category.CONTACT),
    (
        regex.compile(
            r"(?:articles?|posts?|stories)\s+by\b|also\s+by\b|read\s+also|related", regex.I
        ),
        Category.RELATED,
    ),
)


#: The name of the source in a republishing line ("... appeared first on City Herald.").
_SOURCE_NAME = regex.compile(
    r"(?:appeared\s+first\s+on|first\s+appeared\s+(?:on|in|at)|is\s+a\s+post\s+from|"
    r"(?:originally|first)\s+published\s+(?:at|on|in|by))\s+(?P<source>[^.]{2,80}?)[.]?$",
    regex.IGNORECASE,
)


def footer_facts(line: Line, category: Category) -> tuple[Fact, ...]:
    """The bio or the source name a footer line gives the report."""
    text = line.plain.strip()
    if category is Category.AUTHOR_BIO:
        return (Fact("bio", text),)
    m = _SOURCE_NAME.search(text) if category is Category.SOURCE_ATTRIBUTION else None
    return (Fact("source", m.group("source").strip(" .,:;")),) if m else ()


def line_category(line: Line) -> Category:
    text = line.plain
    if is_bio(text):
        return Category.AUTHOR_BIO
    for pattern, category in _LINE_CATEGORIES:
        if pattern.search(text):
            return category
    if PHONE.search(text) or ADDRESS_PART.search(text):
        return Category.CONTACT
    if ADDRESS_LINE.search(text):
        return Category.LINKS
    return Category.NAVIGATION
