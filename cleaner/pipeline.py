"""The pipeline: normalize, parse, detect, decide, extract, render.

:class:`Cleaner` compiles its rule selection once and is reused for every document; it
holds no per-document state, so one instance serves a whole batch (and each worker, and
threads). A Cleaner pickles as its :class:`Config` and is rebuilt on the other side from a
per-process cache of cleaners keyed by config (:func:`cleaner_for`).

Input policy: the library cleans ``str`` only. Anything else (``None``, a pandas ``NaN``,
``bytes``) raises :class:`InputTypeError`, a ``TypeError`` naming the type. The record engines
(JSONL batch, Ray, datasets, datatrove) do not raise: a record whose text is not a string
passes through unchanged with the reason in its report or errors file.

Report warnings are also logged on the ``cleaner`` logger (level WARNING), which is silent
unless the application configures logging; the command line prints them on stderr.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from cleaner.config import Config
from cleaner.model import Finding, Line, LineKind, Removal, Report, Result
from cleaner.registry import PHASES, Phase, Rule
from cleaner.report import extract
from cleaner.report.kinds import kind_of
from cleaner.rules import detectors, fixes, select_codes
from cleaner.text.normalize import normalize
from cleaner.text.segment import Document, render

#: Rounds of the ``last`` rules at most (each round after the first needs a new finding).
_LAST_ROUNDS = 4
#: Order in which rule families claim a line that several rules match: specific first.
FAMILY_ORDER = "HBPCLSAKRG"
#: Library warnings (also in each report's ``warnings``); silent unless logging is set up.
logger = logging.getLogger("cleaner")


#: Said with every time-limit warning: the limit is a last guard, and where it decides, the
#: output depends on CPU speed (the patterns are meant to be linear, so no input should hit it).
_GUARD = " (a last guard: output may differ on a faster machine; please report this input)"


class InputTypeError(TypeError):
    """Text to clean that is not a ``str`` (``None``, ``NaN``, ``bytes``...)."""

    def __init__(self, value: object) -> None:
        kind = type(value).__name__
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        hint = " (a missing value?)" if missing else ""
        super().__init__(
            f"clean-article cleans str, got {kind}{hint}: filter or convert it first"
            + (" (decode bytes to str)" if isinstance(value, bytes | bytearray) else "")
        )
        self.value_type = kind


@cache  # decisions sort every finding by it; there are only so many codes
def _priority(code: str) -> tuple[bool, int, str]:
    rule = detectors().get(code)
    index = FAMILY_ORDER.find(code[0])
    return (rule is not None and rule.defers, index if index >= 0 else len(FAMILY_ORDER), code)


class Cleaner:
    """A configured cleaner: ``Cleaner(config).clean(text) -> Result``."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        all_detectors = detectors()
        codes = list(all_detectors) + list(fixes())
        chosen = set(select_codes(codes, self.config.select, self.config.ignore))
        rules = [
            all_detectors[c](self.config)
            for c in sorted(all_detectors, key=_priority)
            if c in chosen
        ]
        #: The chosen detectors of each phase, in family order.
        self.phases: dict[Phase, list[Rule]] = {
            phase: [r for r in rules if r.phase is phase] for phase in PHASES
        }
        self.fix_codes = frozenset(c for c, f in fixes().items() if c in chosen or f.always)
        self.skipped_fixes = frozenset(fixes()) - self.fix_codes
        self.rules = {r.code: r for r in rules}

    def __reduce__(self) -> tuple[Any, ...]:
        return (cleaner_for, (self.config,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and other.config == self.config

    def __hash__(self) -> int:
        return hash(self.config)

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    @property
    def fingerprint(self) -> str:
        """Its config's :attr:`~cleaner.config.Config.fingerprint`."""
        return self.config.fingerprint

    def map(self, texts: Iterable[str]) -> Iterator[Result]:
        """Clean each text in turn, lazily: a stream in, a stream of results out."""
        for text in texts:
            yield self.clean(text)

    def clean(self, text: str, *, site: str | None = None) -> Result:
        """Clean one document. Never raises on any string input; raises
        :class:`InputTypeError` (a ``TypeError``) on anything else. ``site`` names the
        document's site (a domain) for a learned profile, over ``Config.site``."""
        if not isinstance(text, str):
            raise InputTypeError(text)
        result = self._clean(text, site)
        for warning in result.report.warnings:
            logger.warning("%s", warning)
        return result

    def _clean(self, text: str, site: str | None = None) -> Result:
        report = Report(chars_in=len(text))
        if len(text) > self.config.max_chars:
            report.warnings.append(
                f"document has {len(text)} characters, over the limit of "
                f"{self.config.max_chars}: passed through unchanged"
            )
            return self._passthrough(text, report)
        try:
            normalized, counts = normalize(text, self.fix_codes)
            doc = Document.parse(normalized, self.skipped_fixes)
            doc.site = site
        except TimeoutError:
            report.warnings.append(
                f"a markup pattern hit its time limit: passed through unchanged{_GUARD}"
            )
            return self._passthrough(text, report)
        report.fixes.update(counts)
        report.fixes.update(doc.fixes)
        report.lines_in = len(doc)
        removed = self._decide(doc, self._findings(doc, report), report)
        kept = [line for i, line in enumerate(doc.lines) if i not in removed]
        if self.config.keep_title and report.title:
            kept.insert(
                0, Line(0, report.title, LineKind.HEADING, "# " + report.title, report.title, 1)
            )
        out = render(kept, markdown=self.config.markdown)
        report.dropped = [piece for line in kept for piece in line.dropped]
        try:
            report.urls, report.emails = extract.links(doc.lines)
            report.handles = extract.handles(doc.lines)
        except TimeoutError:
            warning = f"a link pattern hit its time limit: passed through unchanged{_GUARD}"
            return self._passthrough(text, Report(chars_in=len(text), warnings=[warning]))
        report.lines_out = out.count("\n")
        report.chars_out = len(out)
        return Result(out, report)

    def _passthrough(self, text: str, report: Report) -> Result:
        report.lines_in = report.lines_out = text.count("\n") + 1
        report.chars_out = len(text)
        return Result(text, report)

    def _findings(self, doc: Document, report: Report) -> list[Finding]:
        """Every phase's findings, the body-loss guard between ``AFTER`` and ``LAST``. Each
        rule runs under one guard: a pattern over its time limit, or a rule that fails,
        leaves the document as normalized, with a warning, and ``clean`` does not raise."""
        try:
            findings = self._detect(doc)
            findings = list(self._guard(doc, findings, report))
            if self.phases[Phase.LAST]:
                findings = self._last_rounds(doc, findings)
        except TimeoutError:
            report.warnings.append(
                f"a pattern hit its time limit: document passed through unchanged{_GUARD}"
            )
            return []
        except RuleError as error:
            report.warnings.append(f"{error}: document passed through unchanged")
            return []
        return findings

    def _detect(self, doc: Document) -> list[Finding]:
        findings = [f for rule in self.phases[Phase.FIRST] for f in _run(rule, doc)]
        doc.first_phase = tuple(findings)
        if self.phases[Phase.AFTER]:
            doc.prior = doc.first_phase
            findings += _run_phase(self.phases[Phase.AFTER], doc)
        return findings

    def _decide(self, doc: Document, findings: Sequence[Finding], report: Report) -> set[int]:
        """Give each line to the first finding (by family order) that removes it; record
        removals and facts. Returns the indexes of removed lines."""
        rules = self.rules
        ordered = sorted(findings, key=lambda f: (_priority(f.code), f.start))
        owner: dict[int, Finding] = {}
        others: dict[int, list[Finding]] = {}
        for f in ordered:
            for i in range(f.start, f.end):
                if i in owner:
                    others.setdefault(id(owner[i]), []).append(f)
                elif f.remove:
                    owner[i] = f
        applied = {id(f) for f in owner.values()}
        # Facts of applied findings first, then of those that lost their lines to another rule
        # (a stable sort keeps the family order within each group; most findings have none).
        with_facts = [f for f in ordered if f.facts]
        for f in sorted(with_facts, key=lambda f: id(f) not in applied):
            extract.apply_facts(report, f.facts)
        self._record(doc, owner, others, rules, report)
        return set(owner)

    def _last_rounds(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """Run the ``last`` rules, which build on what is certain to go (so they come after
        the guard), one by one and in rounds until none finds more: each sees all findings
        so far (G005 takes a heading whose section G008 emptied, G008 the titles left under
        a label once G005 took a closing heading), so a second pass finds nothing new."""
        seen = {(f.start, f.end, f.code) for f in findings}
        doc.prior = tuple(findings)
        for _ in range(_LAST_ROUNDS):
            before = len(findings)
            for rule in self.phases[Phase.LAST]:
                if len(doc.prior) != len(findings):  # a new prior: the rules' caches go
                    doc.prior = tuple(findings)
                for f in _run(rule, doc):
                    if (f.start, f.end, f.code) not in seen:
                        seen.add((f.start, f.end, f.code))
                        findings.append(f)
            if len(findings) == before:
                break
        return findings

    def _guard(
        self, doc: Document, findings: Sequence[Finding], report: Report
    ) -> Sequence[Finding]:
        """Drop uncertain findings when they would remove more than ``max_removed_share``
        of the prose words that the certain findings leave, with a warning. What a certain
        rule removes (a learned line, a teaser, a widget) is gone either way: it must not
        make the guard undo what the uncertain rules find in the rest."""
        if not any(f.uncertain for f in findings):
            return findings
        lost, total = doc.uncertain_loss(findings)
        share = self.config.max_removed_share
        if not total or lost <= share * total:
            return findings
        kept = [f for f in findings if not f.uncertain]
        report.warnings.append(
            f"the rules would remove {lost / total:.0%} of the prose that certain removals "
            f"leave (limit {share:.0%}): "
            f"{len(findings) - len(kept)} uncertain block removals were not applied"
        )
        return kept

    @staticmethod
    def _record(
        doc: Document,
        owner: dict[int, Finding],
        others: dict[int, list[Finding]],
        rules: dict[str, Rule],
        report: Report,
    ) -> None:
        run: list[int] = []

        def flush() -> None:
            if not run:
                return
            f = owner[run[0]]
            rule = rules[f.code]
            lines = doc.lines
            if len(run) == 1:  # most removals are one line
                content, text = run, lines[run[0]].raw
            else:
                content = [i for i in run if lines[i].kind is not LineKind.BLANK] or run
                text = "\n".join(lines[i].raw for i in run)
            beaten = others.get(id(f))
            also = _also(f, beaten, rules) if beaten else ()
            category = f.category or str(rule.category)
            report.removed.append(
                Removal(
                    first_line=lines[content[0]].number,
                    last_line=lines[content[-1]].number,
                    text=text,
                    code=f.code,
                    name=rule.name,
                    category=category,
                    reason=f.reason,
                    also=also,
                    kind=kind_of(f.code, category, text),
                )
            )
            run.clear()

        for i in sorted(owner):
            if run and (owner[run[-1]] is not owner[i] or i != run[-1] + 1):
                flush()
            run.append(i)
        flush()


class RuleError(Exception):
    """A detector that raised something other than a time limit (a bug in the rule)."""

    def __init__(self, code: str, error: Exception) -> None:
        super().__init__(f"rule {code} failed ({type(error).__name__}: {error})")
        self.code = code


def _run(rule: Rule, doc: Document) -> list[Finding]:
    """``rule.detect(doc)`` as a list; an error of the rule becomes a :class:`RuleError`
    (time limits and running out of memory go up as they are)."""
    try:
        return list(rule.detect(doc))
    except (TimeoutError, MemoryError):
        raise
    except Exception as error:
        raise RuleError(rule.code, error) from error


def _run_phase(rules: Sequence[Rule], doc: Document) -> list[Finding]:
    """The findings of one phase's rules, in their (family) order. A rule that
    :attr:`~cleaner.registry.Rule.needs` rules of its own phase runs after them and sees
    their findings added to ``doc.prior`` (H001 those of R002 and P003)."""
    prior = doc.prior
    found: dict[str, list[Finding]] = {}
    for rule in in_need_order(rules):
        same = tuple(f for code in rule.needs if code in found for f in found[code])
        if doc.prior is not prior or same:
            doc.prior = prior + same
        found[rule.code] = _run(rule, doc)
    if doc.prior is not prior:
        doc.prior = prior
    return [f for rule in rules for f in found[rule.code]]


def in_need_order(rules: Sequence[Rule]) -> list[Rule]:
    """``rules`` in their order, except that each comes after those among them it needs."""
    by_code = {rule.code: rule for rule in rules}
    placed: dict[str, Rule] = {}

    def place(rule: Rule, path: tuple[str, ...]) -> None:
        if rule.code in placed:
            return
        if rule.code in path:
            raise ValueError(f"rules need each other: {' -> '.join((*path, rule.code))}")
        for code in rule.needs:
            if code in by_code:
                place(by_code[code], (*path, rule.code))
        placed[rule.code] = rule

    for rule in rules:
        place(rule, ())
    return list(placed.values())


def _also(f: Finding, beaten: list[Finding], rules: dict[str, Rule]) -> tuple[tuple[str, str], ...]:
    """The other rules (code, category) that matched lines ``f`` took, in order, once each."""
    return tuple(
        dict.fromkeys((o.code, str(rules[o.code].category)) for o in beaten if o.code != f.code)
    )


@lru_cache(maxsize=32)
def cleaner_for(config: Config) -> Cleaner:
    """The Cleaner of ``config``, built once per process (and per distinct config)."""
    return Cleaner(config)


_DEFAULT_CONFIG = Config()


def clean(text: str, config: Config | None = None) -> Result:
    """Clean one article: ``clean(text).text`` is the body, ``.report`` the report. The
    cleaner of each config is built once and reused."""
    return cleaner_for(config or _DEFAULT_CONFIG).clean(text)


def clean_many(texts: Iterable[str], config: Config | None = None) -> Iterator[Result]:
    """Clean a stream of texts lazily with one cleaner (:meth:`Cleaner.map`)."""
    return cleaner_for(config or _DEFAULT_CONFIG).map(texts)
