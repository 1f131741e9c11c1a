"""The kind of each removal, in the report's short vocabulary of boilerplate (``kind``).

A rule's ``category`` is fine-grained and fixed per rule (``membership_prompt``,
``source_attribution``); ``kind`` sorts every removed line into one of :data:`KINDS`, the
words a reader of news footers uses. Most categories map to one kind; a few rules take lines
of several kinds (a prompt to comment, share or donate; a line a profile learned), which
are sorted by what the line says, as the tail zone (T001) sorts its lines.
"""

from __future__ import annotations

from functools import lru_cache

import regex

#: The report's kinds of boilerplate, in this order.
KINDS = (
    "promo",
    "disclaimer",
    "fair_use",
    "copyright",
    "bio",
    "contact",
    "subscribe",
    "share",
    "donate",
    "source",
    "image_credit",
    "related",
    "comments",
    "byline",
    "navigation",
    "other",
)

#: Categories of one kind.
_BY_CATEGORY = {
    "promo": "promo",
    "book_promo": "promo",
    "advertisement": "promo",
    "disclaimer": "disclaimer",
    "fair_use": "fair_use",
    "copyright": "copyright",
    "author_bio": "bio",
    "contact": "contact",
    "media_contact": "contact",
    "paywall": "subscribe",
    "donate": "donate",
    "source_attribution": "source",
    "image_credit": "image_credit",
    "related": "related",
    "comments": "comments",
    "byline": "byline",
    "dateline": "byline",
    "navigation": "navigation",
    "taxonomy": "navigation",
}

#: Rules whose lines are all of one kind, whatever their category says.
_BY_CODE = {"G007": "comments", "S003": "comments"}

#: What a line of a mixed category says, first match wins: what the line starts with
#: ("Source: ...", "Share ..."), then the words it holds (a copyright notice that asks
#: for shares is a copyright notice).
_BY_TEXT: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"^[\W_]*(?:spread\s+the\s+word|like|share|follow)\b", regex.I), "share"),
    (regex.compile(r"^[\W_]*(?:source|via|h/?t|quelle|fuente|fonte)\b", regex.I), "source"),
    (regex.compile(r"copyright|©|\(c\)\s*\d|all\s+rights\s+reserved", regex.I), "copyright"),
    (
        regex.compile(r"comment|readers\s+think|two\s+cents|kommentar|commentaire", regex.I),
        "comments",
    ),
    (
        regex.compile(
            r"\b(?:donat|paypal|patreon|spende|spenden\b|un\s+don\b|support\s+(?:us|our|my))",
            regex.I,
        ),
        "donate",
    ),
    (
        regex.compile(
            r"subscri|newsletter|mailing\s+list|abonn|suscr|inscr|iscriv|\brss\b|sign\s+up|"
            r"become\s+a\s+member|membership|join\s+(?:us|our)",
            regex.I,
        ),
        "subscribe",
    ),
    (
        regex.compile(r"\b(?:share|like|follow|spread|teilen|partag|compart|condivid)", regex.I),
        "share",
    ),
    (
        regex.compile(
            r"^[\W_]*(?:read\s+more\s+(?:great\s+)?articles|visit\s+(?:my|our)|"
            r"check\s+(?:me|us)\s+out)\b|\b(?:my|our)\s+(?:web\s*site|blog|book|store|shop)\b",
            regex.I,
        ),
        "promo",
    ),
    (
        regex.compile(
            r"\bappeared\s+(?:\w+\s+)?(?:on|in|at)\b|republished|originally\s+published|"
            r"read\s+more\s+(?:@|at\b)",
            regex.I,
        ),
        "source",
    ),
    (
        regex.compile(
            r"^[\W_]*(?:by|von|par|por|di)\s+\p{Lu}|\bposted(?:\s+on)?:?\s+\p{Lu}", regex.I
        ),
        "byline",
    ),
    (
        regex.compile(
            r"contact|e-?mail|kontakt|\b(?:phone|tel|call)\b|^\+?\d[\d\s().-]{6,}\d$", regex.I
        ),
        "contact",
    ),
    (regex.compile(r"(?:articles?|posts?|stories)\s+by\b|read\s+also|related", regex.I), "related"),
    # a menu: three or more short items between bars ("Home | Local | Sport")
    (regex.compile(r"^[^|]{1,30}(?:\s[|]\s[^|]{1,30}){2,}$"), "navigation"),
    (
        regex.compile(
            r"\b(?:twitter|facebook|pinterest|instagram|youtube|telegram|linkedin|reddit|"
            r"whatsapp|tiktok|google\s+plus)\b",
            regex.I,
        ),
        "share",
    ),
)

#: Categories whose lines are sorted by what they say, and the kind when nothing matches.
_MIXED = {
    "social_prompt": "share",
    "membership_prompt": "subscribe",
    "repetition": "other",
    "markup": "other",
}
#: Rules whose lines are sorted by what they say whatever their category, and the kind
#: when nothing matches: a call to action subscribes, shares, donates or comments.
_MIXED_BY_CODE = {"S005": "promo"}
#: The tail zone's lines that it could not sort itself (its fallback categories).
_TAIL_MIXED = {"navigation": "navigation", "links": "other"}


#: What of a removal's text is read to sort it (a prompt is short).
_TEXT_CHARS = 400


def kind_of(code: str, category: str, text: str) -> str:
    """The kind (one of :data:`KINDS`) of a removal by ``code`` of ``category`` on ``text``."""
    if code in _BY_CODE:
        return _BY_CODE[code]
    fallback = _TAIL_MIXED.get(category) if code == "T001" else _MIXED_BY_CODE.get(code)
    fallback = fallback or _MIXED.get(category)
    if fallback is None:
        # links, title, cookie notices, page errors: "other"
        return _BY_CATEGORY.get(category, "other")
    return _by_text(text[:_TEXT_CHARS], fallback)


@lru_cache(maxsize=4096)  # removed lines repeat from page to page (menus, share bars)
def _by_text(head: str, fallback: str) -> str:
    """The kind the first pattern of :data:`_BY_TEXT` matching ``head`` gives, else
    ``fallback``."""
    for pattern, found in _BY_TEXT:
        if pattern.search(head):
            return found
    return fallback
