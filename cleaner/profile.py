"""Cross-document repetition: learn which short lines recur across a site's documents.

A line that stands, word for word, in many articles of one site is its template (share bars,
promos, footers), not an article. Lines are compared by a *key* as in CCNet's line hashing:
case folded, digits masked, punctuation folded. The profile is plain JSON a user can review
and edit; :func:`load_profile` turns it into ``Config.profile``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import regex

from cleaner.config import ConfigError
from cleaner.model import Line, LineKind
from cleaner.text.normalize import normalize
from cleaner.text.segment import Document, is_prose, line_words

PROFILE_SCHEMA = 1
#: The site of documents whose records name none; its lines apply to every site.
ANY_SITE = "*"
_DIGITS = regex.compile(r"\d")
_PUNCT = regex.compile(r"[\p{P}\p{S}\s]+")
_KINDS = frozenset({LineKind.TEXT, LineKind.HEADING, LineKind.LIST_ITEM, LineKind.QUOTE})
_SAMPLE_CHARS = 200


def line_key(text: str) -> str:
    """The comparison key of a line: case folded, digits as 0, punctuation and spaces folded."""
    return _PUNCT.sub(" ", _DIGITS.sub("0", text.casefold())).strip()


def candidate(line: Line, max_words: int) -> bool:
    """Whether a line may be learned or removed as template: short, and never long prose."""
    if line.kind not in _KINDS:
        return False
    words = line_words(line)
    return 0 < words <= max_words and not (words >= 15 and is_prose(line))


def site_of(record: Mapping[str, Any]) -> str | None:
    """The group key of a record: its ``domain`` field, else the host of its ``url``."""
    domain = record.get("domain")
    if not isinstance(domain, str) or not domain.strip():
        url = record.get("url")
        if not isinstance(url, str):
            return None
        try:
            domain = urlsplit(url.strip()).hostname or ""
        except ValueError:
            return None
    domain = domain.strip().lower().rstrip(".")
    domain = domain.removeprefix("www.")
    return domain or None


@dataclass(frozen=True, slots=True)
class Entry:
    """One learned line: a sample of its text, its key and in how many documents it stood."""

    line: str
    key: str
    docs: int


@dataclass(frozen=True, slots=True)
class Profile:
    """What :func:`learn_profile` found, per site, in a stable order."""

    min_docs: int
    min_share: float
    max_words: int
    documents: Mapping[str, int]
    sites: Mapping[str, tuple[Entry, ...]]
    #: Distinct documents read, over all sites.
    total: int = 0
    #: Documents read, duplicates and near-duplicates included.
    read: int = 0
    #: Named sites the documents came from (documents without one are not counted).
    site_count: int = 0

    def keys(self) -> Mapping[str, frozenset[str]]:
        """The value for ``Config.profile``."""
        return MappingProxyType({s: frozenset(e.key for e in es) for s, es in self.sites.items()})

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": PROFILE_SCHEMA,
            "min_docs": self.min_docs,
            "min_share": self.min_share,
            "max_words": self.max_words,
            "documents": dict(self.documents),
            "total_documents": self.total,
            "sites": {
                site: [{"line": e.line, "key": e.key, "docs": e.docs} for e in entries]
                for site, entries in self.sites.items()
            },
        }

    def to_json(self) -> bytes:
        import orjson

        return orjson.dumps(self.to_dict(), option=orjson.OPT_INDENT_2) + b"\n"

    def summary(self) -> str:
        """What was learned, in words: ``3 lines from 5 documents``, with the near-duplicates
        merged and the sites when there are any."""
        lines = sum(len(entries) for entries in self.sites.values())
        said = f"{_count(lines, 'line')} from {_count(self.read, 'document')}"
        if self.read > self.total:
            merged = _count(self.read - self.total, "near-duplicate")
            said += f" ({self.total:,} distinct: {merged} merged)"
        if self.site_count:
            said += f" of {_count(self.site_count, 'site')}"
            said += f", {len(self.sites):,} with recurring lines" if lines else ""
        if not lines:
            said += f"; no short line stands in {self.min_docs} or more of them (--min-docs)"
        return said


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


@dataclass(slots=True)
class _Site:
    docs: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    samples: dict[str, str] = field(default_factory=dict)
    seen: set[bytes] = field(default_factory=set)


def _fingerprint(lines: Iterable[Line]) -> bytes:
    """A near-duplicate check: documents sharing their longest prose line count once."""
    prose = [line.plain for line in lines if is_prose(line)]
    basis = max(prose, key=len) if prose else "\n".join(line.plain for line in lines)
    return hashlib.blake2b(line_key(basis).encode(), digest_size=12).digest()


def document_keys(text: str, max_words: int = 20) -> tuple[bytes, dict[str, str]]:
    """What one document gives the counts: its near-duplicate fingerprint and the keys of its
    candidate lines, each with a sample of its text (the first line with that key)."""
    lines = Document.parse(normalize(text)[0]).lines
    keys: dict[str, str] = {}
    for line in lines:
        if candidate(line, max_words):
            key = line_key(line.plain)
            if key:
                keys.setdefault(key, line.plain.strip()[:_SAMPLE_CHARS])
    return _fingerprint(lines), keys


class Learner:
    """Counts, per site, in how many documents each short line stood; :meth:`profile` gives
    the lines that recur. Documents must be added in a fixed order for a fixed result.

    Memory is bounded over all sites together: at most ``max_keys`` distinct keys are
    counted (past that, the rarest go, as in lossy counting, until half remain) and
    ``max_seen`` document fingerprints are held (past that, the near-duplicate check starts
    again); beyond these, one document count per site.
    """

    def __init__(
        self,
        *,
        min_docs: int = 3,
        min_share: float = 0.05,
        max_words: int = 20,
        max_keys: int = 200_000,
        max_seen: int = 1_000_000,
    ) -> None:
        if min_docs < 2:
            raise ValueError("min_docs must be at least 2")
        if not 0.0 <= min_share <= 1.0:
            raise ValueError("min_share must be between 0 and 1")
        self.min_docs, self.min_share, self.max_words = min_docs, min_share, max_words
        self.max_keys, self.max_seen = max_keys, max_seen
        self.groups: dict[str, _Site] = {}
        self._keys = 0  # distinct keys counted, over all sites
        self._seen = 0  # fingerprints held, over all sites
        self.read = 0  # documents added, near-duplicates included

    def add_text(self, site: str | None, text: str) -> None:
        self.add(site, *document_keys(text, self.max_words))

    def add(self, site: str | None, mark: bytes, keys: Mapping[str, str]) -> None:
        """Count one document (as :func:`document_keys` gave it) for ``site``."""
        self.read += 1
        group = self.groups.setdefault(site or ANY_SITE, _Site())
        if mark in group.seen:
            return
        if self._seen >= self.max_seen:
            for other in self.groups.values():
                other.seen.clear()
            self._seen = 0
        group.seen.add(mark)
        self._seen += 1
        group.docs += 1
        for key, sample in keys.items():
            count = group.counts.get(key)
            if count is None:
                group.counts[key] = 1
                group.samples[key] = sample
                self._keys += 1
            else:
                group.counts[key] = count + 1
        if self._keys > self.max_keys:
            self._prune()

    def _prune(self) -> None:
        """Lossy counting: drop the rarest keys of every site until half of ``max_keys`` remain."""
        floor = 1
        while self._keys > self.max_keys // 2:
            for group in self.groups.values():
                rare = [k for k, n in group.counts.items() if n <= floor]
                for key in rare:
                    del group.counts[key]
                    del group.samples[key]
                self._keys -= len(rare)
            floor += 1

    def profile(self) -> Profile:
        """The lines that stood in at least ``min_docs`` documents and ``min_share`` of their
        site's, per site in sorted order, the most frequent first."""
        sites: dict[str, tuple[Entry, ...]] = {}
        for name in sorted(self.groups):
            group = self.groups[name]
            need = max(self.min_docs, self.min_share * group.docs)
            entries = [Entry(group.samples[k], k, n) for k, n in group.counts.items() if n >= need]
            if entries:
                sites[name] = tuple(sorted(entries, key=lambda e: (-e.docs, e.key)))
        documents = {name: self.groups[name].docs for name in sites}
        total = sum(group.docs for group in self.groups.values())
        return Profile(
            self.min_docs,
            self.min_share,
            self.max_words,
            MappingProxyType(documents),
            MappingProxyType(sites),
            total,
            read=self.read,
            site_count=len(self.groups.keys() - {ANY_SITE}),
        )


def learn_profile(
    texts: Iterable[tuple[str | None, str]],
    *,
    min_docs: int = 3,
    min_share: float = 0.05,
    max_words: int = 20,
    max_keys: int = 200_000,
    max_seen: int = 1_000_000,
) -> Profile:
    """Count short lines recurring across documents, grouped by site (``None``: ``"*"``).

    Streams ``(site, text)`` pairs through a :class:`Learner` (memory bounded by
    ``max_keys`` distinct keys and ``max_seen`` document fingerprints over all sites). A
    line is kept when it stood in at least ``min_docs`` documents and ``min_share`` of its
    site's. Duplicate and near-duplicate documents count once, so a republished article's
    own lines are not learned as template.
    """
    learner = Learner(
        min_docs=min_docs,
        min_share=min_share,
        max_words=max_words,
        max_keys=max_keys,
        max_seen=max_seen,
    )
    for site, text in texts:
        learner.add_text(site, text)
    return learner.profile()


def merge_keys(
    *profiles: Mapping[str, frozenset[str]],
) -> Mapping[str, frozenset[str]]:
    """The keys of several profiles (``Config.profile`` values) together, site by site."""
    out: dict[str, frozenset[str]] = {}
    for profile in profiles:
        for site, keys in profile.items():
            out[site] = out.get(site, frozenset()) | keys
    return MappingProxyType(out)


def load_profile(path: Path) -> Mapping[str, frozenset[str]]:
    """Read a profile JSON (as written by ``learn``, maybe edited) into ``Config.profile``.

    An entry may be an object with ``line`` and/or ``key``, or just the line as a string.
    Raises :class:`~cleaner.settings.ConfigError` naming what is wrong.
    """
    import orjson

    try:
        data = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"profile {path}: {exc.strerror or exc}") from None
    except orjson.JSONDecodeError as exc:
        raise ConfigError(f"profile {path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("sites"), dict):
        raise ConfigError(f"profile {path}: expected an object with a 'sites' object")
    if data.get("schema", PROFILE_SCHEMA) != PROFILE_SCHEMA:
        raise ConfigError(f"profile {path}: unsupported schema {data.get('schema')!r}")
    out: dict[str, frozenset[str]] = {}
    for site, entries in data["sites"].items():
        if not isinstance(entries, list):
            raise ConfigError(f"profile {path}: sites.{site} must be a list")
        keys = set()
        for n, entry in enumerate(entries):
            keys.add(_entry_key(entry, f"profile {path}: sites.{site}[{n}]"))
        out[site] = frozenset(k for k in keys if k)
    return MappingProxyType(out)


def _entry_key(entry: Any, where: str) -> str:
    if isinstance(entry, str):
        return line_key(entry)
    if isinstance(entry, dict):
        key = entry.get("key")
        if isinstance(key, str) and key:
            return key
        line = entry.get("line")
        if isinstance(line, str):
            return line_key(line)
    raise ConfigError(f"{where}: expected a string or an object with 'line' or 'key'")


def iter_corpus(
    path: Path, *, text_field: str = "text", encoding: str | None = None
) -> Iterator[tuple[str | None, str]]:
    """``(site, text)`` pairs from a folder of .txt/.md files (site unknown) or a JSONL file
    (``.jsonl``, ``.gz``, ``.zst``; site from ``domain`` or ``url``). Records that are not
    JSON objects or lack a string text field are skipped."""
    import orjson

    from cleaner.text.decode import InputError, decode

    if str(path) != "-" and path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".md")):
            try:
                yield None, decode(file.read_bytes(), encoding)[0]
            except (InputError, OSError):
                continue
        return
    from cleaner.io import open_read

    with open_read(path) as stream:
        for raw in stream:
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get(text_field), str):
                yield site_of(record), record[text_field]
