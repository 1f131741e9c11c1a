"""Every rule is documented and tested by construction: these tests run over the registry,
so a new rule without a name, category, "Why:" or examples fails here automatically."""

from __future__ import annotations

import pytest
import regex

from cleaner import registry, rules
from cleaner.model import Category
from cleaner.registry import RuleInfo, select_codes

RULES: list[RuleInfo] = [f.info for f in rules.fixes().values()] + [
    d.info() for d in rules.detectors().values()
]
KEBAB = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
FIX_CATEGORIES = {"normalization", str(Category.MARKUP)}
#: Rules that fire only with a config (R001 needs a learned profile: see tests/test_profile.py).
NEEDS_CONFIG = {"R001"}


def _id(info: RuleInfo) -> str:
    return info.code


def test_there_are_fixes_and_detectors() -> None:
    assert rules.fixes() and rules.detectors()
    assert [i.code for i in rules.all_rules()] == sorted(i.code for i in RULES)


def test_codes_are_unique_across_kinds() -> None:
    codes = [i.code for i in RULES]
    assert len(codes) == len(set(codes))


def test_names_are_unique() -> None:
    names = [i.name for i in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("info", RULES, ids=_id)
def test_code_is_a_letter_and_three_digits(info: RuleInfo) -> None:
    assert regex.fullmatch(r"[A-Z][0-9]{3}", info.code)


@pytest.mark.parametrize("info", RULES, ids=_id)
def test_rule_has_kebab_case_name_and_category(info: RuleInfo) -> None:
    assert KEBAB.match(info.name), info.name
    allowed = FIX_CATEGORIES if info.kind == "fix" else {str(c) for c in Category}
    assert info.category in allowed


@pytest.mark.parametrize("info", RULES, ids=_id)
def test_rule_docstring_has_summary_and_why(info: RuleInfo) -> None:
    lines = info.doc.splitlines()
    assert lines and lines[0].strip(), "docstring needs a summary line"
    first_paragraph = " ".join(info.doc.split("\n\n")[0].split())
    # `clean-article rules` shows `summary`; it must be the whole first sentence, not a cut.
    assert " ".join(info.summary.split()) == first_paragraph, "summary is cut mid-sentence"
    assert len(lines) > 1, "docstring needs more than a summary"
    why = [line for line in lines if line.startswith("Why:")]
    assert why, "docstring needs a 'Why:' section"
    assert len(why[0]) > len("Why: ") + 10, "the 'Why:' section must say why"


@pytest.mark.parametrize("info", RULES, ids=_id)
def test_rule_has_example_and_counterexample(info: RuleInfo) -> None:
    assert info.examples or info.code in NEEDS_CONFIG, f"{info.code} has no example"
    assert info.counterexamples, f"{info.code} has no counterexample"
    assert all(isinstance(e, str) and e for e in info.examples + info.counterexamples)


@pytest.mark.parametrize("rule", list(rules.detectors().values()), ids=lambda r: r.code)
def test_detector_examples_state_what_they_remove(rule: type[registry.Rule]) -> None:
    """An example pins its result (tests/test_rules.py): the lines removed, maybe facts."""
    for example in rule.examples:
        assert isinstance(example, registry.Example), example
        assert example.removed_lines, f"{rule.code}: an example must remove something"
        assert all("\n" not in line for line in example.removed_lines), "one line per item"


@pytest.mark.parametrize("fix", list(rules.fixes().values()), ids=lambda f: f.info.code)
def test_fix_has_one_expected_output_per_example(fix: registry.Fix) -> None:
    assert len(fix.expected) == len(fix.info.examples)


def test_lookup_is_case_insensitive_and_unknown_is_none() -> None:
    first = RULES[0]
    found = rules.lookup(first.code.lower())
    assert found is not None and found.code == first.code
    assert rules.lookup("X999") is None


def test_duplicate_or_malformed_code_is_refused() -> None:
    existing = RULES[0].code
    with pytest.raises(ValueError, match="twice"):
        registry.fix(existing, "dupe")(lambda text: (text, 0))
    with pytest.raises(ValueError, match="capital letter"):
        registry.fix("p1", "bad")(lambda text: (text, 0))


CODES = ["B001", "C001", "C002", "H001", "H002", "M001", "N001", "P001", "P003"]
SELECT_CASES = [
    pytest.param(None, None, CODES, id="nothing-selects-all"),
    pytest.param(["ALL"], None, CODES, id="ALL"),
    pytest.param(["all"], None, CODES, id="all-lowercase"),
    pytest.param(["H"], None, ["H001", "H002"], id="one-prefix"),
    pytest.param(["H", "P00"], None, ["H001", "H002", "P001", "P003"], id="two-prefixes"),
    pytest.param(["c002"], None, ["C002"], id="exact-code-lowercase"),
    pytest.param([" H001 ", ""], None, ["H001"], id="blanks-and-spaces"),
    pytest.param(None, ["C", "N"], ["B001", "H001", "H002", "M001", "P001", "P003"], id="ignore"),
    pytest.param(["P"], ["P003"], ["P001"], id="select-then-ignore"),
    pytest.param(["ALL"], ["ALL"], [], id="ignore-all"),
]


@pytest.mark.parametrize(("select", "ignore", "expected"), SELECT_CASES)
def test_select_codes(
    select: list[str] | None, ignore: list[str] | None, expected: list[str]
) -> None:
    assert select_codes(CODES, select, ignore) == expected


@pytest.mark.parametrize(
    ("select", "ignore"), [(["Z"], None), (None, ["X999"]), (["H", "Q1"], None)]
)
def test_select_codes_unknown_prefix_raises(
    select: list[str] | None, ignore: list[str] | None
) -> None:
    with pytest.raises(ValueError, match="no rule code starts with"):
        select_codes(CODES, select, ignore)


def test_select_codes_with_real_registry() -> None:
    every = [i.code for i in RULES]
    assert select_codes(every, ["ALL"], None) == every
    assert select_codes(every, ["N"], None) == [c for c in every if c.startswith("N")]
