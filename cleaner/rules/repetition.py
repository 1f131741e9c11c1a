"""Repetition rules: lines a site repeats across its articles (from a learned profile), and
short lines repeated within one article (the promo at top and bottom)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from cleaner.config import Config
from cleaner.model import Category, Finding, Line, LineKind
from cleaner.profile import ANY_SITE, candidate, line_key, site_of
from cleaner.registry import Example, Phase, Rule, register
from cleaner.text.segment import Document, is_prose


def _ascii_key_table() -> dict[int, str]:
    """What :func:`~cleaner.profile.line_key` does to each ASCII character inside a word:
    digits become "0"; punctuation, symbols and white space become " "."""
    table = {}
    for i in range(128):
        key = line_key(f"a{chr(i)}a")
        if key in ("a0a", "a a"):
            table[i] = key[1]
    return table


_ASCII_KEY = _ascii_key_table()


def repeat_key(text: str) -> str:
    """:func:`~cleaner.profile.line_key`, three times faster on ASCII text: translated
    characters, runs of spaces as one, the ends stripped."""
    if not text.isascii():
        return line_key(text)
    parts = text.lower().translate(_ASCII_KEY).split(" ")
    return " ".join(part for part in parts if part).strip()


def body_span(doc: Document, *, as_text: bool = False) -> tuple[int, int]:
    """First and past-the-last prose line that the first round of rules did not remove:
    the body as it will stand, so a second cleaning pass sees the same zones. ``as_text``
    judges headings as the plain lines text mode writes them (a second pass reads them so)."""
    removed = doc.removed()
    flags = _text_prose(doc) if as_text else doc.prose
    prose = [i for i, p in enumerate(flags) if p and i not in removed]
    return (prose[0], prose[-1] + 1) if prose else (len(doc.lines), 0)


def _text_prose(doc: Document) -> tuple[bool, ...]:
    """Which lines are prose once text mode has written them, for a page with no prose
    line: a sentence-like heading loses its marks and reads as prose on a second pass.
    (On a page with prose the zones stay as they are.)"""
    if any(doc.prose):
        return doc.prose
    return tuple(
        p or (line.kind is LineKind.HEADING and is_prose(replace(line, kind=LineKind.TEXT)))
        for line, p in zip(doc.lines, doc.prose, strict=True)
    )


def _table_like(line: Line) -> bool:
    """A row of cells without links ("a | b"): a table row as text mode writes it, so a
    second pass cannot tell it from the table it came from (which R002 leaves alone)."""
    return line.link_chars == 0 and " | " in line.plain


@register
class ProfiledLine(Rule):
    """A short line that a learned profile lists as recurring across the site's articles.

    Use: ``clean-article learn CORPUS --out profile.json``, then ``--profile profile.json``.

    Why: a line found word for word (digits and punctuation aside) in many articles of one
    site is its template: share bars, promos, footers, menus.

    Leaves alone: everything when no profile is given; long prose lines even if profiled
    (only lines up to ``profile_max_words`` words, never a sentence of 15 words or more);
    one-word lines inside the body unless they are links (a subheading "Politics" that a
    menu also has); profiled lines of other sites when the document's site is named
    (``Cleaner.clean(text, site=...)``, as batch does for each record with a ``domain`` or
    ``url``) or the config names the ``site``.
    """

    code = "R001"
    name = "profiled-line"
    category = Category.REPETITION
    phase = Phase.AFTER
    counterexamples = ("Share this article\n\nThe council met on Tuesday.\n",)

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.profile = self.config.profile
        #: Every site's keys, each with the first site (sorted) that lists it: for documents
        #: whose site is not named.
        self.anywhere: dict[str, str] = {}
        for name, keys in sorted(self.profile.items()):
            for key in keys:
                self.anywhere.setdefault(key, name)

    def _sites(self, doc: Document) -> list[tuple[str, frozenset[str]]] | None:
        """The (site, keys) that apply to ``doc``: its site's and the ``"*"`` lines; ``None``
        (every site's) when neither the document nor the config names a site."""
        named = doc.site or self.config.site
        site = site_of({"domain": named}) if named else None
        if site is None:
            return None
        return [(s, self.profile[s]) for s in (site, ANY_SITE) if s in self.profile]

    def detect(self, doc: Document) -> Iterator[Finding]:
        sites = self._sites(doc)
        if not self.anywhere or sites == []:
            return
        limit = self.config.profile_max_words
        start, end = body_span(doc)
        for i, line in enumerate(doc.lines):
            if not candidate(line, limit):
                continue
            key = line_key(line.plain)
            if sites is None:
                site = self.anywhere.get(key)
            else:
                site = next((s for s, keys in sites if key in keys), None)
            if site is None:
                continue
            inside = start <= i < end
            if inside and line.words < 2 and line.link_density < 0.5:
                continue  # a one-word subheading ("Politics") inside the body stays
            yield Finding(i, i + 1, self.code, _reason(site))


def _reason(site: str) -> str:
    """R001's reason, naming the site whose documents the line recurs in."""
    if site == ANY_SITE:
        return "line recurs across the documents (learned profile)"
    return f"line recurs across the articles of {site} (learned profile)"


@register
class RepeatedLine(Rule):
    """A short line that stands twice in one article, at top and bottom, outside the body.

    Example: "Subscribe to our newsletter" or a link bar, above and below the text.

    Why: a page template puts the same call to action or link bar in the head and the tail;
    the article itself rarely repeats a short line there.

    Leaves alone: prose; lines longer than ``repeat_max_words`` words; repeats inside the
    body (a refrain, a chorus, a repeated subheading, "Pros"/"Cons" in a list of items);
    headings in the body even when a table of contents repeats them; table rows and rows of
    cells without links ("a | b"); and documents without
    prose, where head and tail cannot be told from the body (a poem). Fires only when one
    copy is in the head zone and one in the tail, or when the line is mostly link text;
    then it removes the copies outside the body.
    """

    code = "R002"
    name = "repeated-line"
    category = Category.REPETITION
    phase = Phase.AFTER
    examples = (
        Example(
            "[Subscribe to our newsletter](https://example.org/subscribe)\n\n"
            "The council met on Tuesday and voted to repair the old bridge before the winter.\n\n"
            "Residents had complained about the cracks for years, the mayor told reporters.\n\n"
            "[Subscribe to our newsletter](https://example.org/subscribe)\n",
            removed=(
                "[Subscribe to our newsletter](https://example.org/subscribe)",
                "[Subscribe to our newsletter](https://example.org/subscribe)",
            ),
        ),
        Example(
            "Advertisement\n\n"
            "Le conseil municipal a voté mardi la réparation du vieux pont avant "
            "l'hiver prochain.\n\n"
            "Advertisement\n",
            removed=("Advertisement", "Advertisement"),
        ),
    )
    counterexamples = (
        "The crowd sang as the march began on Sunday morning in the old town square.\n\n"
        "We shall overcome\n\n"
        "The song has been sung at rallies since the 1960s, the organisers said later.\n\n"
        "We shall overcome\n\n"
        "Police said the march ended peacefully in the evening near the river bank.\n",
        "Row, row, row your boat\n\nGently down the stream\n\nRow, row, row your boat\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        as_text = not self.config.markdown
        start, end = body_span(doc, as_text=as_text)
        if start >= len(doc.lines):
            return
        prose = _text_prose(doc) if as_text else doc.prose
        limit = self.config.repeat_max_words
        groups: dict[str, list[int]] = {}
        for i, line in enumerate(doc.lines):
            if prose[i] or not candidate(line, limit) or _table_like(line):
                continue
            key = repeat_key(line.plain)
            if len(key) >= 3:
                groups.setdefault(key, []).append(i)
        for where in groups.values():
            if len(where) < 2:
                continue
            outside = [i for i in where if not start <= i < end]
            if not outside:
                continue
            head = any(i < start for i in where)
            tail = any(i >= end for i in where)
            links = all(doc.lines[i].link_density >= 0.5 for i in outside)
            if not (head and tail) and not links:
                continue
            reason = f"line repeated {len(where)} times in the article"
            for i in outside:
                yield Finding(i, i + 1, self.code, reason)
