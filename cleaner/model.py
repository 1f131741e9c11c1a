"""Small immutable records shared by every stage: lines, findings, removals and the report.

Line numbers are 1-based and count lines of the input after line endings are unified
(``\\r\\n``, ``\\r`` and Unicode line separators all become ``\\n``); normalization never adds
or drops a line, so a number always points at the same line of the user's file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 2
#: Report schemas :meth:`Report.from_dict` reads (1: before ``kind`` and ``handles``).
READ_SCHEMAS = (1, 2)


class Category(StrEnum):
    """What kind of boilerplate a rule finds; the report groups removals by it."""

    TITLE = "title"
    BYLINE = "byline"
    DATELINE = "dateline"
    TAXONOMY = "taxonomy"
    PROMO = "promo"
    BOOK_PROMO = "book_promo"
    CONTACT = "contact"
    MEDIA_CONTACT = "media_contact"
    SOURCE_ATTRIBUTION = "source_attribution"
    COPYRIGHT = "copyright"
    DISCLAIMER = "disclaimer"
    FAIR_USE = "fair_use"
    SOCIAL_PROMPT = "social_prompt"
    MEMBERSHIP_PROMPT = "membership_prompt"
    AUTHOR_BIO = "author_bio"
    LINKS = "links"
    NAVIGATION = "navigation"
    RELATED = "related"
    REPETITION = "repetition"
    MARKUP = "markup"
    ADVERTISEMENT = "advertisement"
    COOKIE_NOTICE = "cookie_notice"
    PAYWALL = "paywall"
    IMAGE_CREDIT = "image_credit"
    PAGE_ERROR = "page_error"
    COMMENTS = "comments"
    DONATE = "donate"
    SIGN_OFF = "sign_off"


class LineKind(StrEnum):
    """The block-level markdown shape of a line."""

    BLANK = "blank"
    TEXT = "text"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    RULE = "rule"


@dataclass(frozen=True, slots=True)
class Line:
    """One input line with its markup resolved two ways.

    ``raw`` is the normalized line as it stood; ``markdown`` keeps block markers and emphasis
    but resolves links and HTML tags to their words; ``plain`` has only the words.
    """

    number: int
    raw: str
    kind: LineKind
    markdown: str
    plain: str
    level: int = 0
    link_chars: int = 0
    links: int = 0
    images: int = 0
    urls: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    #: Text the markup fixes took out of this line (tags, link syntax, entities, rules).
    dropped: tuple[str, ...] = ()
    #: :attr:`words`, counted on first use (every line rule asks for it).
    _words: int = field(default=-1, init=False, compare=False, repr=False)

    @property
    def words(self) -> int:
        """Number of whitespace-separated words in the plain text."""
        if self._words < 0:
            object.__setattr__(self, "_words", len(self.plain.split()))
        return self._words

    def renumbered(self, number: int) -> Line:
        """The same line at another number (a repeated line parsed once): what
        ``dataclasses.replace(self, number=number)`` gives, at a third of its cost, with the
        word count kept when it was taken."""
        line = Line(
            number,
            self.raw,
            self.kind,
            self.markdown,
            self.plain,
            self.level,
            self.link_chars,
            self.links,
            self.images,
            self.urls,
            self.emails,
            self.dropped,
        )
        if self._words >= 0:
            object.__setattr__(line, "_words", self._words)
        return line

    @property
    def link_density(self) -> float:
        """Share of the plain text's characters that were link text."""
        n = len(self.plain.strip())
        return min(1.0, self.link_chars / n) if n else 0.0


@dataclass(frozen=True, slots=True)
class Fact:
    """A value a rule extracted: ``field`` names the report field (``authors``, ``tag:Region``)."""

    field: str
    value: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A detector's verdict: lines ``start``..``end`` (indexes into the document, end exclusive)."""

    start: int
    end: int
    code: str
    reason: str
    facts: tuple[Fact, ...] = ()
    remove: bool = True
    uncertain: bool = False
    #: The kind of these lines when it is not the rule's own (a footer run holds many kinds).
    category: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A removed run of input lines and the rule that removed it."""

    first_line: int
    last_line: int
    text: str
    code: str
    name: str
    category: str
    reason: str
    #: Other rules that matched the same lines, as (code, category) pairs.
    also: tuple[tuple[str, str], ...] = ()
    #: The kind of boilerplate (:data:`cleaner.report.kinds.KINDS`): ``share``, ``bio``...
    kind: str = "other"

    def to_dict(self) -> dict[str, Any]:
        return {
            "lines": [self.first_line, self.last_line],
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "kind": self.kind,
            "reason": self.reason,
            "also": [code for code, _ in self.also],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removal:
        """The removal of :meth:`to_dict`'s shape; the categories of ``also`` come from the
        rule registry (a rule's category is fixed); a removal of schema 1 gets its ``kind``."""
        from cleaner.report.kinds import kind_of
        from cleaner.rules import lookup  # the whole catalogue, loaded on first use

        first, last = data["lines"]
        also = []
        for code in data["also"]:
            info = lookup(code)
            also.append((code, info.category if info else ""))
        return cls(
            first_line=int(first),
            last_line=int(last),
            text=data["text"],
            code=data["code"],
            name=data["name"],
            category=data["category"],
            reason=data["reason"],
            also=tuple(also),
            kind=data.get("kind") or kind_of(data["code"], data["category"], data["text"]),
        )


@dataclass(slots=True)
class Report:
    """Everything the cleaner learned and took out of one document (see README, "Report")."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    source: str | None = None
    tags: dict[str, list[str]] = field(default_factory=dict)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    #: Social handles ("@janedoe") in the input, in order of first appearance.
    handles: list[str] = field(default_factory=list)
    copyright: str | None = None
    copyright_holder: str | None = None
    copyright_year: int | None = None
    bio: str | None = None
    disclaimers: list[str] = field(default_factory=list)
    fair_use: list[str] = field(default_factory=list)
    promos: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    fixes: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: Markup the fixes resolved in kept lines, as it stood (tags, links with their
    #: targets, entities), so output + ``removed`` + ``dropped`` account for the input.
    dropped: list[str] = field(default_factory=list)
    encoding: str | None = None
    lines_in: int = 0
    lines_out: int = 0
    chars_in: int = 0
    chars_out: int = 0

    @property
    def categories_removed(self) -> list[str]:
        """Categories of all removals, in order of first appearance."""
        found: dict[str, None] = {}
        for r in self.removed:
            found[r.category] = None
            found.update((category, None) for _, category in r.also)
        return list(found)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape; keys and lists in a stable order."""
        return {
            "schema": SCHEMA_VERSION,
            "title": self.title,
            "authors": self.authors,
            "date": self.date,
            "publisher": self.publisher,
            "source": self.source,
            "tags": self.tags,
            "emails": self.emails,
            "urls": self.urls,
            "handles": self.handles,
            "copyright": self.copyright,
            "copyright_holder": self.copyright_holder,
            "copyright_year": self.copyright_year,
            "bio": self.bio,
            "disclaimers": self.disclaimers,
            "fair_use": self.fair_use,
            "promos": self.promos,
            "categories_removed": self.categories_removed,
            "removed": [r.to_dict() for r in self.removed],
            "fixes": dict(sorted(self.fixes.items())),
            "warnings": self.warnings,
            "dropped": self.dropped,
            "encoding": self.encoding,
            "stats": {
                "lines_in": self.lines_in,
                "lines_out": self.lines_out,
                "chars_in": self.chars_in,
                "chars_out": self.chars_out,
            },
        }

    def to_arrow_dict(self) -> dict[str, Any]:
        """:meth:`to_dict` with a fixed shape for Arrow and Parquet: the open maps ``tags``
        and ``fixes`` become lists of ``{"key": ..., "value": ...}`` pairs (schema in
        ``cleaner/data/report.schema.json``, :func:`cleaner.report.schema.arrow_schema`)."""
        out = self.to_dict()
        out["tags"] = _pairs(out["tags"])
        out["fixes"] = _pairs(out["fixes"])
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """The report of :meth:`to_dict` or :meth:`to_arrow_dict` (maps as objects or as
        key/value lists, read back from JSON, Arrow or Parquet)."""
        if data.get("schema") not in READ_SCHEMAS:
            raise ValueError(f"unsupported report schema {data.get('schema')!r}")
        stats = data["stats"]
        return cls(
            title=data["title"],
            authors=list(data["authors"]),
            date=data["date"],
            publisher=data["publisher"],
            source=data["source"],
            tags={k: list(v) for k, v in _mapping(data["tags"]).items()},
            emails=list(data["emails"]),
            urls=list(data["urls"]),
            handles=list(data.get("handles", ())),
            copyright=data["copyright"],
            copyright_holder=data["copyright_holder"],
            copyright_year=data["copyright_year"],
            bio=data["bio"],
            disclaimers=list(data["disclaimers"]),
            fair_use=list(data["fair_use"]),
            promos=list(data["promos"]),
            removed=[Removal.from_dict(r) for r in data["removed"]],
            fixes={k: int(v) for k, v in _mapping(data["fixes"]).items()},
            warnings=list(data["warnings"]),
            dropped=list(data["dropped"]),
            encoding=data["encoding"],
            lines_in=stats["lines_in"],
            lines_out=stats["lines_out"],
            chars_in=stats["chars_in"],
            chars_out=stats["chars_out"],
        )


def _pairs(mapping: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"key": k, "value": v} for k, v in mapping.items()]


def _mapping(value: Mapping[str, Any] | list[Mapping[str, Any]]) -> dict[str, Any]:
    """An open map given as an object or as a list of key/value pairs."""
    if isinstance(value, Mapping):
        return dict(value)
    return {pair["key"]: pair["value"] for pair in value}


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`cleaner.clean` returns: the clean ``text`` and its ``report``."""

    text: str
    report: Report

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "report": self.report.to_dict()}
