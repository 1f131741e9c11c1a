"""Detectors run in the phases of one visible list, each rule under the same guard: a rule
that fails or runs out of time in any phase, the last included, never makes ``clean`` raise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cleaner import Cleaner, rules
from cleaner.model import Category, Finding
from cleaner.registry import PHASES, Phase, Rule
from cleaner.text.segment import Document

ARTICLE = (
    "# Council Fixes the Bridge\n\nBy Ann Author\n\n"
    + "The council voted on Tuesday to repair the old bridge over the river. " * 3
    + "\n\nShare this article on Facebook\n"
)


class _Failing(Rule):
    code = "Z901"
    name = "failing"
    category = Category.NAVIGATION

    def __init__(self, error: Exception, phase: Phase) -> None:
        super().__init__()
        self.error = error
        self.phase_run = phase

    def detect(self, doc: Document) -> Iterator[Finding]:
        raise self.error
        yield  # pragma: no cover - a generator, as detectors are


def _with(error: Exception, phase: Phase) -> Cleaner:
    cleaner = Cleaner()
    cleaner.phases[phase].append(_Failing(error, phase))
    return cleaner


def test_phases_are_one_ordered_list() -> None:
    assert PHASES == (Phase.FIRST, Phase.AFTER, Phase.LAST)
    assert set(PHASES) == set(Phase)


def test_every_detector_has_a_phase_and_no_old_flags() -> None:
    for code, rule in rules.detectors().items():
        assert isinstance(rule.phase, Phase), code
        for old in ("after", "last", "sources"):
            assert old not in vars(rule), f"{code} sets {old!r}: use phase / needs"


@pytest.mark.parametrize("phase", PHASES)
@pytest.mark.parametrize(
    "error", [TimeoutError("regex timed out"), ValueError("a bug")], ids=["timeout", "bug"]
)
def test_a_failing_rule_in_any_phase_never_makes_clean_raise(
    phase: Phase, error: Exception
) -> None:
    result = _with(error, phase).clean(ARTICLE)
    assert result.report.removed == []
    assert result.text.startswith("Council Fixes the Bridge\n\nBy Ann Author\n")
    assert result.report.warnings
    assert "passed through unchanged" in result.report.warnings[-1]
    if isinstance(error, ValueError):
        assert "rule Z901 failed (ValueError: a bug)" in result.report.warnings[-1]


def test_without_a_failing_rule_the_same_article_is_cleaned() -> None:
    result = Cleaner().clean(ARTICLE)
    assert result.report.removed
    assert not result.report.warnings
