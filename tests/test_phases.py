"""Detectors run in the phases of one visible list, each rule under the same guard: a rule
that fails or runs out of time in any phase, the last included, never makes ``clean`` raise;
a rule that needs rules of its own phase runs after them and reads their findings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cleaner import Cleaner, Config, rules
from cleaner.model import Category, Finding
from cleaner.pipeline import in_need_order
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


class _Reader(Rule):
    """Records the codes in ``doc.prior`` each time it runs."""

    name = "reader"
    category = Category.NAVIGATION
    phase = Phase.AFTER

    def __init__(self, code: str, needs: tuple[str, ...]) -> None:
        super().__init__()
        self.code = code  # type: ignore[misc]
        self.needs = needs  # type: ignore[misc]
        self.seen: list[set[str]] = []

    def detect(self, doc: Document) -> Iterator[Finding]:
        self.seen.append({f.code for f in doc.prior})
        return iter(())


REPEATED = rules.detectors()["R002"].examples[0].text


def test_a_rule_that_needs_a_rule_of_its_phase_runs_after_it_and_sees_its_findings() -> None:
    cleaner = Cleaner(Config(select=("R002",)))
    reader, other = _Reader("Z902", ("R002",)), _Reader("Z903", ())
    cleaner.phases[Phase.AFTER][:0] = [reader, other]  # ahead of R002 in the list
    result = cleaner.clean(REPEATED)
    assert {r.code for r in result.report.removed} == {"R002"}
    assert reader.seen == [{"R002"}]
    assert other.seen == [set()]  # the phase's prior: the first phase's findings (none)


def test_need_order_puts_needed_rules_first_and_refuses_a_circle() -> None:
    a, b, c = _Reader("Z904", ("Z906",)), _Reader("Z905", ()), _Reader("Z906", ("Z905",))
    assert [r.code for r in in_need_order([a, b, c])] == ["Z905", "Z906", "Z904"]
    loop = [_Reader("Z907", ("Z908",)), _Reader("Z908", ("Z907",))]
    with pytest.raises(ValueError, match="need each other"):
        in_need_order(loop)


def test_needs_name_rules_of_an_earlier_phase_or_the_same_one() -> None:
    found = rules.detectors()
    for code, rule in found.items():
        for needed in rule.needs:
            assert needed in found, f"{code} needs unknown {needed}"
            assert PHASES.index(found[needed].phase) <= PHASES.index(rule.phase), code
    assert set(found["H001"].needs) == {"R002", "P003"}
