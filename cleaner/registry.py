"""The rule registry: the rule record, the decorators that register rules into a plain
table, and selection by code or prefix. It imports no rule: :mod:`cleaner.rules` imports
every rule module, so read the whole catalogue through it.

Two kinds of rule live here, as in the design notes:

* **fixes** rewrite text (normalization, markup residue) and count their changes;
* **detectors** never edit text: they look at a :class:`~cleaner.text.segment.Document` and
  yield :class:`~cleaner.model.Finding` records; only the pipeline cuts.

Codes are a category letter and three digits, stable and never reused.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, ClassVar, TypeVar

import regex

from cleaner.config import Config

if TYPE_CHECKING:
    from cleaner.model import Category, Finding
    from cleaner.text.segment import Document

CODE_PATTERN = regex.compile(r"^[A-Z][0-9]{3}$")
R = TypeVar("R", bound="type[Rule]")
F = TypeVar("F", bound=Callable[..., tuple[str, int]])


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What ``clean-article rules`` lists and ``clean-article rule CODE`` prints."""

    code: str
    name: str
    category: str
    kind: str  # "fix" or "detector"
    summary: str
    doc: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Example:
    """A document on which a detector fires, and what it does there when it runs alone (with
    the rules it ``needs`` and every fix); the rule tests check both exactly.

    ``removed``: the lines the rule's own removals hold, in order (blank lines inside a
    removed run included); left out, every line of ``text``. ``facts``: the report fields
    its findings fill (and those of the rules it needs), in the report's JSON shape:
    ``{"authors": ["Jane Doe"]}``. ``wrong``: why the rule does not give this result yet;
    the example then runs as a strict xfail, so the fix that makes it pass is noticed.
    """

    text: str
    removed: tuple[str, ...] | None = None
    facts: Mapping[str, object] = field(default_factory=dict, hash=False)
    wrong: str = ""

    @property
    def removed_lines(self) -> tuple[str, ...]:
        """The lines the rule removes: ``removed``, or every line of ``text``."""
        return self.removed if self.removed is not None else tuple(self.text.splitlines())


FixFunction = Callable[[str], tuple[str, int]]


@dataclass(frozen=True, slots=True)
class Fix:
    """A registered text fix: ``apply(text) -> (new_text, changes)``."""

    info: RuleInfo
    apply: FixFunction
    expected: tuple[str, ...]
    #: Runs whatever the selection (its summary says why).
    always: bool = False


class Phase(Enum):
    """When a detector runs; the pipeline runs the phases in the order of :data:`PHASES`."""

    #: Sees the document only: most rules.
    FIRST = "first"
    #: Sees the first phase's findings as ``doc.prior`` (repetition of removed lines, the
    #: head zone as it will stand).
    AFTER = "after"
    #: Runs once the body-loss guard has dropped uncertain findings and sees every finding
    #: left, with those of the other ``LAST`` rules: they run in rounds until none finds more.
    LAST = "last"


#: The order of the phases.
PHASES = (Phase.FIRST, Phase.AFTER, Phase.LAST)


class Rule:
    """Base class of detectors; subclasses set the class attributes and ``detect``.

    ``examples`` are small documents on which the rule must fire, with the lines it removes
    and the facts it extracts (:class:`Example`); ``counterexamples`` are documents where it
    must not fire (they all run as tests).
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    examples: ClassVar[tuple[Example, ...]] = ()
    counterexamples: ClassVar[tuple[str, ...]] = ()
    phase: ClassVar[Phase] = Phase.FIRST
    #: Codes of the rules whose findings this one reads in ``doc.prior``: of an earlier phase,
    #: of ``LAST`` alongside it, or of its own phase, which the pipeline then runs first and
    #: adds to its ``doc.prior`` (never import another rule's module to run it).
    needs: ClassVar[tuple[str, ...]] = ()
    #: Yields every line another rule also removes: that rule owns the line (its code and
    #: kind go to the report) and this one is listed in ``also``. For a rule of grammar
    #: that only adds removals to those of the rules of fixed wordings.
    defers: ClassVar[bool] = False

    def __init__(self, config: Config | None = None) -> None:
        self.config = config if config is not None else Config()

    def detect(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def info(cls) -> RuleInfo:
        doc = inspect.cleandoc(cls.__doc__ or "")
        return RuleInfo(
            code=cls.code,
            name=cls.name,
            category=str(cls.category),
            kind="detector",
            summary=summary_of(doc),
            doc=doc,
            examples=tuple(e.text for e in cls.examples),
            counterexamples=cls.counterexamples,
        )


def summary_of(doc: str) -> str:
    """The docstring's first paragraph on one line."""
    return " ".join(doc.split("\n\n", 1)[0].split())


_DETECTORS: dict[str, type[Rule]] = {}
_FIXES: dict[str, Fix] = {}


def _check_code(code: str) -> None:
    if not CODE_PATTERN.match(code):
        raise ValueError(f"rule code {code!r} must be a capital letter and three digits")
    if code in _DETECTORS or code in _FIXES:
        raise ValueError(f"rule code {code} is registered twice")


def register(cls: R) -> R:
    """Class decorator: add a detector to the registry."""
    _check_code(cls.code)
    _DETECTORS[cls.code] = cls
    return cls


def fix(
    code: str,
    name: str,
    *,
    examples: Iterable[tuple[str, str]] = (),
    counterexamples: Iterable[str] = (),
    always: bool = False,
) -> Callable[[F], F]:
    """Function decorator: add a fix; ``examples`` are (input, expected output) pairs;
    ``always``: selection cannot turn it off (say why in its summary)."""
    pairs = tuple(examples)

    def wrap(func: F) -> F:
        _check_code(code)
        doc = inspect.cleandoc(func.__doc__ or "")
        info = RuleInfo(
            code=code,
            name=name,
            category="markup" if code.startswith("M") else "normalization",
            kind="fix",
            summary=summary_of(doc),
            doc=doc,
            examples=tuple(p[0] for p in pairs),
            counterexamples=tuple(counterexamples),
        )
        _FIXES[code] = Fix(info, func, tuple(p[1] for p in pairs), always)
        return func

    return wrap


def detectors() -> dict[str, type[Rule]]:
    """All registered detectors by code, in code order."""
    return dict(sorted(_DETECTORS.items()))


def fixes() -> dict[str, Fix]:
    """All registered fixes by code, in code order."""
    return dict(sorted(_FIXES.items()))


def all_rules() -> Iterator[RuleInfo]:
    """Every rule's info, fixes and detectors together, in code order."""
    infos = [f.info for f in fixes().values()] + [d.info() for d in detectors().values()]
    yield from sorted(infos, key=lambda i: i.code)


def lookup(code: str) -> RuleInfo | None:
    """The info of one rule by exact code (case-insensitive), or None."""
    code = code.upper()
    for info in all_rules():
        if info.code == code:
            return info
    return None


def select_codes(
    codes: Iterable[str], select: Iterable[str] | None, ignore: Iterable[str] | None
) -> list[str]:
    """Filter ``codes`` by linter-style prefixes: kept if it matches a ``select`` prefix
    (or no select was given) and no ``ignore`` prefix. Unknown prefixes raise ValueError."""
    codes = list(codes)
    select_list = [s.strip().upper() for s in select or () if s.strip()]
    ignore_list = [s.strip().upper() for s in ignore or () if s.strip()]
    for prefix in select_list + ignore_list:
        if prefix != "ALL" and not any(c.startswith(prefix) for c in codes):
            raise ValueError(f"no rule code starts with {prefix!r} (see `clean-article rules`)")

    def chosen(code: str) -> bool:
        selected = not select_list or any(p == "ALL" or code.startswith(p) for p in select_list)
        return selected and not any(p == "ALL" or code.startswith(p) for p in ignore_list)

    return [c for c in codes if chosen(c)]
