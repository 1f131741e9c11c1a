"""Helpers shared by detectors: line rules that look at one line at a time."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import ClassVar

import regex

from cleaner.config import Config
from cleaner.model import Category, Fact, Finding, Line, LineKind
from cleaner.registry import Rule, detectors
from cleaner.rules.phrases import Family, compiled, literal_index, prefilter, search
from cleaner.rules.prefilter import LiteralIndex, Prefilter
from cleaner.text.segment import Analysis, Document

#: Line kinds line rules judge; a table row as its cells joined by " | ", as text mode writes it
#: (a second pass reads that as a text line).
TEXT_KINDS = frozenset(
    {LineKind.TEXT, LineKind.HEADING, LineKind.LIST_ITEM, LineKind.QUOTE, LineKind.TABLE}
)

#: (index, words) of the lines of each set of kinds, and the indexes of those with at most
#: so many words (for :func:`candidates`).
_BY_KINDS: Analysis[dict[frozenset[LineKind], list[tuple[int, int]]]] = Analysis("by kinds")
_CANDIDATES: Analysis[dict[tuple[frozenset[LineKind], int | None], list[int]]] = Analysis(
    "candidates"
)
#: For each literal index, the lines each prefilter in it admits (for :func:`admitted_lines`).
_LITERAL_LINES: Analysis[dict[LiteralIndex, dict[Prefilter, frozenset[int] | None]]] = Analysis(
    "literal lines"
)
#: The head (:func:`head_lines`) reaches up to the first kept paragraph of this many words,
#: and over at most this many non-blank lines.
_LEAD_WORDS = 30
_HEAD_LINES = 12
#: The prose words before each line, and in all (for :func:`after_most_prose`).
_PROSE_BEFORE: Analysis[list[int]] = Analysis("prose words before")


def family_pattern(config: Config, name: str, *, indexed: bool = True) -> Family:
    """A phrase family's pattern plus the extra phrases ``config`` gives it (compiled once
    per process; ``indexed=False``: see :func:`cleaner.rules.phrases.compiled`)."""
    return compiled(name, config.phrases.get(name, ()), indexed)


class LineRule(Rule):
    """A detector that judges lines one by one.

    Subclasses set ``family`` (a phrase file) or override :meth:`match`. ``max_words`` skips
    longer lines before any pattern runs; ``head_only`` looks only before the first prose line.
    """

    family: ClassVar[str | None] = None
    max_words: ClassVar[int | None] = 40
    head_only: ClassVar[bool] = False
    kinds: ClassVar[frozenset[LineKind]] = TEXT_KINDS
    reason: ClassVar[str] = ""

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        # Compiled now, so the literal index of the first document already holds it.
        self.gate()

    def pattern(self) -> Family:
        """The family's pattern plus the user's extra phrases for it (compiled once)."""
        found: Family | None = self.__dict__.get("_pattern")
        if found is None:
            assert self.family is not None
            found = family_pattern(self.config, self.family)
            self.__dict__["_pattern"] = found
        return found

    def match(self, doc: Document, index: int) -> Finding | None:
        """Judge one line; the default matches the phrase family against its plain text,
        except where the words the family knows are a quotation the sentence talks about
        (:func:`quoted_subject`) or quotes (:func:`quoted_in_sentence`), or the line ends in a
        reporting clause (:func:`reported`). Rules that override it judge quotations their
        own way."""
        plain = doc.lines[index].plain
        m = search(self.pattern(), plain)
        if not m:
            return None
        quote = quoted_subject(plain)
        if quote is not None and search(self.pattern(), quote):
            return None
        if reported(plain) or quoted_in_sentence(plain, m.end()):
            return None
        return self.finding(index, index + 1, self.facts(doc.lines[index], m))

    def facts(self, line: Line, m: regex.Match[str]) -> tuple[Fact, ...]:
        """Facts a matching line yields (none by default)."""
        return ()

    def finding(self, start: int, end: int, facts: tuple[Fact, ...] = ()) -> Finding:
        return Finding(start, end, self.code, self.reason or self.name, facts)

    def gate(self) -> Family | None:
        """The family pattern :meth:`match` needs to find in a line's plain text for a
        finding (None if it needs none): lines its literals rule out are skipped."""
        return self.pattern() if self.family is not None else None

    def _candidate(self, line: Line) -> bool:
        """Whether :func:`candidates` chooses ``line`` for this rule."""
        return line.kind in self.kinds and (self.max_words is None or line.words <= self.max_words)

    def detect(self, doc: Document) -> Iterator[Finding]:
        limit = doc.body_start if self.head_only else len(doc.lines)
        gate = self.gate()
        admitted = admitted_lines(doc, gate) if gate is not None else None
        if admitted is None:
            chosen = candidates(doc, self.kinds, self.max_words)
        else:
            # The few lines the literals admit, tested as candidates() chooses its lines
            # (most documents admit none or one or two of ~40 candidates).
            chosen = [i for i in sorted(admitted) if self._candidate(doc.lines[i])]
        for i in chosen:
            if i >= limit:
                break
            found = self.match(doc, i)
            if found:
                yield found


#: A reporting clause that ends a line, after its last comma: "…, Spotify said on Tuesday.",
#: "…, kritisiert der Verband.", "…, a déclaré le maire.": the line reports what someone
#: said; a notice of the site never ends so.
_REPORTING = regex.compile(
    r",\s*(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|told|added|wrote|writes|explained|warned|"
    r"sagte|sagt|erklärt|erklärte|kritisiert|kritisierte|betont|betonte|meint|meinte|"
    r"schreibt|schrieb|warnt|warnte|dijo|explicó|afirmó|señaló|aseguró|explique|déclare|"
    r"a déclaré|a dit|a expliqué|disse|afirmou|explicou|ha detto|ha spiegato)\b[^,;:]{0,40}"
    r"[.!]?[\W_]*$",
    regex.IGNORECASE,
)


def reported(text: str) -> bool:
    """Whether a line ends in a reporting clause: "…, the company said on Tuesday."."""
    return _REPORTING.search(text) is not None


#: A line that opens with a quotation and goes on as a sentence about it: '"We use cookies to
#: improve your experience" is not consent, the regulator said.', '« Abonnez-vous pour lire la
#: suite » : la formule est devenue familière.' The sentence after the closing mark opens with
#: a small letter, has four words at least and ends like a sentence. The quotation may be
#: in single marks, inside a quoted line or not ("'Subscribe to our newsletter' is not an
#: offer.").
#: A "’" or "'" closes it only where no letter follows: in "the author’s own" it is an
#: apostrophe.
_QUOTED_SUBJECT = regex.compile(
    r"^\s*(?:[\"“„«]\s*)?[\"“„«‘‚'](?P<quote>[^\"“”„«»]{6,200}?)(?:[\"”“»]|['’](?!\p{L}))"
    r"\s*[:,–—-]?\s*"
    r"\p{Ll}[\p{L}'’-]*(?:\s+\S+){3,}?[^\n]*[.!?…][\"”»’)]*\s*$"
)


def quoted_subject(text: str) -> str | None:
    """The quotation that opens ``text`` when a sentence about it follows (None otherwise):
    a phrase rule that finds its words in that quotation alone leaves the line, as the
    article reports the notice or the prompt ('"Follow us on Facebook" now appears on ...');
    a notice whose quotation is a title ('"My Post" is licensed under ...') is no such line."""
    m = _QUOTED_SUBJECT.match(text)
    return m.group("quote") if m else None


#: Words of a sentence before a quotation it brings in: "... inviting people to "join our
#: official WhatsApp group ..."" (a prompt's line opens with its own words, or a label).
_WORDS_BEFORE_QUOTATION = 3
#: Words of the quotation up to the match's end: a quoted prompt is a sentence, a quoted term
#: ('... under the provisions of "fair use" ...') is a word or two.
_WORDS_QUOTED = 3
#: A verb of pressing a button right before the quotation: the quotation is the button's
#: label in the site's own prompt ('For breaking news, tap "Join our WhatsApp channel" below').
_BUTTON_VERB = regex.compile(
    r"\b(?:tap|click|press|hit|select|pulsa|pulse|toca|toque|clique|clica|cliquez|appuyez|"
    r"klicken|klickt|klick|tippen|tippt|tocca|clicca|premi)(?:\s+(?:on|auf|sur|en|em|su))?"
    r"\s*$",
    regex.IGNORECASE,
)
#: The double quotation marks, each with the marks that close it: "…", “…”, „…“ (German),
#: „…” (Polish), «…».
_CLOSING = {'"': '"', "“": "”", "„": "“”", "«": "»"}


def quoted_in_sentence(text: str, end: int) -> bool:
    """Whether a match that ends at position ``end`` of ``text`` ends inside a double
    quotation, three words into it, that a sentence of three words or more brings in (not
    after a verb of pressing a button): the article quotes the prompt the scammers sent ('...
    inviting people to "join our official WhatsApp group to claim your grant."')."""
    opening: int | None = None
    for i, char in enumerate(text[:end]):
        if opening is None:
            if char in _CLOSING:
                opening = i
        elif char in _CLOSING[text[opening]]:
            opening = None
    return (
        opening is not None
        and len(text[:opening].split()) >= _WORDS_BEFORE_QUOTATION
        and len(text[opening + 1 : end].split()) >= _WORDS_QUOTED
        and not _BUTTON_VERB.search(text[:opening])
    )


def candidates(doc: Document, kinds: frozenset[LineKind], max_words: int | None) -> list[int]:
    """Indexes of the lines of one of ``kinds`` with at most ``max_words`` words, in order;
    computed once per document for each pair, since many rules share one."""
    chosen = doc.analysis(_CANDIDATES, lambda _: {})
    found = chosen.get((kinds, max_words))
    if found is None:
        by_kinds = doc.analysis(_BY_KINDS, lambda _: {})
        sized = by_kinds.get(kinds)
        if sized is None:  # (index, words) of the lines of these kinds
            sized = [(i, line.words) for i, line in enumerate(doc.lines) if line.kind in kinds]
            by_kinds[kinds] = sized
        found = [i for i, n in sized if max_words is None or n <= max_words]
        chosen[(kinds, max_words)] = found
    return found


def admitted_lines(doc: Document, pattern: Family) -> frozenset[int] | None:
    """Indexes of the lines whose plain text a family pattern may match, by its literals
    (None when it has none): one pass over the document for all families, kept on it."""
    found = prefilter(pattern)
    index = literal_index(found) if found is not None else None
    if found is None or index is None:
        return None
    scans = doc.analysis(_LITERAL_LINES, lambda _: {})
    scan = scans.get(index)
    if scan is None:
        scan = scans[index] = index.scan([line.plain for line in doc.lines])
    return scan[found]


def prose_words_before(doc: Document) -> list[int]:
    """The prose words before each line (index ``i``: lines ``0..i-1``; the last entry is
    all of them), counted once per document."""
    return doc.analysis(_PROSE_BEFORE, _prose_words_before)


def rule_codes(*categories: Category) -> frozenset[str]:
    """The codes of the registered detectors of these categories."""
    return frozenset(code for code, rule in detectors().items() if rule.category in categories)


def lines_removed_by(doc: Document, codes: Collection[str]) -> frozenset[int]:
    """The lines the removals of these rules, found earlier in the run, hold."""
    return frozenset(
        i for f in doc.prior if f.remove and f.code in codes for i in range(f.start, f.end)
    )


def after_most_prose(doc: Document, index: int) -> bool:
    """Whether at least half of the document's prose words stand before line ``index``."""
    before = prose_words_before(doc)
    return bool(before[-1]) and before[index] * 2 >= before[-1]


def _prose_words_before(doc: Document) -> list[int]:
    before = [0]
    for line, is_prose in zip(doc.lines, doc.prose, strict=True):
        before.append(before[-1] + (line.words if is_prose else 0))
    return before


#: A list whose items a phrase rule judges: this many other items at least.
_LIST_SIBLINGS = 2
#: A step of a list is a clause: this many words at least (a box's selling points are
#: shorter: "Jederzeit kündbar", "Nichts verpassen").
_STEP_WORDS = 4
#: The site speaking of itself: "Join our Facebook group", "Folgen Sie uns", "Suivez-nous".
_FIRST_PERSON = regex.compile(
    r"\b(?:our|ours|us|my|me|unser\w*|uns|mein\w*|mich|mir|notre|nos|nous|moi|mon|ma|mes|"
    r"nuestr[oa]s?|nosotros|nosso|nossa|nossos|nossas|nostr[oaie]|noi|mio|mia|miei)\b",
    regex.I,
)


def in_body_list(doc: Document, index: int, pattern: Family | Callable[[str], bool]) -> bool:
    """Whether line ``index`` is an item of a list most of whose other items ``pattern``
    (a phrase family, or a test of a line's plain text) does not match: one step of the
    article's own list ("7. Download the Carris app for bus times." among "6. Share a table
    at a tasca", "8. Watch the sunset ..."), not a promo.

    The list is the run of list-item lines around the line; it needs two other items. An
    item where the site speaks of itself ("Join our Facebook group"), or one of a few words
    (a box's selling point: "Jederzeit kündbar"), is the site's still."""
    line = doc.lines[index]
    if (
        line.kind is not LineKind.LIST_ITEM
        or line.words < _STEP_WORDS
        or _FIRST_PERSON.search(line.plain)
    ):
        return False
    lo = hi = index
    while lo > 0 and doc.lines[lo - 1].kind is LineKind.LIST_ITEM:
        lo -= 1
    while hi + 1 < len(doc.lines) and doc.lines[hi + 1].kind is LineKind.LIST_ITEM:
        hi += 1
    others = [i for i in range(lo, hi + 1) if i != index]
    if len(others) < _LIST_SIBLINGS:
        return False
    test = pattern if callable(pattern) else (lambda text: bool(search(pattern, text)))
    unmatched = sum(1 for i in others if not test(doc.lines[i].plain))
    return unmatched * 2 > len(others)


#: A sentence after a "Source:" label that reports what the source found ("Source: Labor
#: Department data show that shelter costs made up half of the rise."): the article's own
#: text, not a credit. Eight words at least after the label, a verb of finding, a full stop.
_SOURCE_SENTENCE = regex.compile(
    r"^[\W_]*(?:source|quelle|fuente|fonte)\s*:\s*(?=(?:\S+\s+){7})[^.!?]*?\b(?:show|shows|"
    r"showed|shown|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|"
    r"zeigen|zeigt|zeigten|ergab|ergaben|belegen|muestran|muestra|indican|mostram|mostra|"
    r"indicam|mostrano|indicano|montrent|montre|indiquent)\b[^!?]*[.]$",
    regex.IGNORECASE,
)


def reports_findings(text: str) -> bool:
    """Whether a "Source:" line is a sentence reporting what the source found, not a
    credit (see :data:`_SOURCE_SENTENCE`)."""
    return _SOURCE_SENTENCE.match(text.strip()) is not None


def head_lines(doc: Document, removed: frozenset[int]) -> list[int]:
    """Non-blank lines up to the first kept paragraph of 30 words (at most twelve)."""
    head: list[int] = []
    for i, line in enumerate(doc.lines):
        if line.kind is LineKind.BLANK:
            continue
        if len(head) >= _HEAD_LINES or (
            i not in removed and doc.prose[i] and line.words >= _LEAD_WORDS
        ):
            break
        head.append(i)
    return head
