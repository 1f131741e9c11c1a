"""Mojibake repair: ftfy's own test cases, cases from the wild, and the screen in front of ftfy.

Each case runs through ``normalize`` alone and through the whole pipeline as a paragraph
between two ordinary paragraphs of an article (fixtures/mojibake/README.md).
"""

from __future__ import annotations

import json
import re
from typing import Any

import ftfy.bad_codecs  # noqa: F401 - registers the "sloppy-windows-125x" codecs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.text.mojibake import CATEGORIES, looks_bad, screen
from cleaner.text.normalize import normalize
from conftest import FIXTURES

MOJIBAKE = FIXTURES / "mojibake"
BEFORE = "The council met on Tuesday to discuss the budget for the coming year, and members agreed."
AFTER = "A final vote is expected next month, after a public hearing on the proposed changes."


def _load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((MOJIBAKE / name).read_text(encoding="utf-8"))
    return data


DECISIONS = {(d["file"], d["label"]): d for d in _load("decisions.json")}
FTFY_CASES = [
    pytest.param(name, case, id=f"{name[:3]}-{i}")
    for name in ("synthetic.json", "negative.json")
    for i, case in enumerate(_load(name))
]


def _expected(name: str, case: dict[str, Any]) -> str:
    """ftfy's result after the project's whitespace fixes, or the listed decision."""
    decision = DECISIONS.get((name, case["label"]))
    if decision is not None:
        return str(decision["project"])
    return normalize(case["fixed"], enabled={"N004", "N005"})[0]


def _in_article(paragraph: str) -> tuple[str, list[str]]:
    """The cleaned paragraph when put between two ordinary ones, and the removed texts."""
    result = clean(f"{BEFORE}\n\n{paragraph}\n\n{AFTER}")
    text = result.text
    assert text.startswith(BEFORE + "\n\n") and text.endswith("\n\n" + AFTER + "\n"), text
    middle = text[len(BEFORE) + 2 : -len(AFTER) - 3]
    return middle, [r.text for r in result.report.removed]


@pytest.mark.parametrize(("name", "case"), FTFY_CASES)
def test_ftfy_case_through_normalize(name: str, case: dict[str, Any]) -> None:
    assert normalize(case["original"])[0] == _expected(name, case)


@pytest.mark.parametrize(("name", "case"), FTFY_CASES)
def test_ftfy_case_inside_an_article(name: str, case: dict[str, Any]) -> None:
    middle, removed = _in_article(case["original"])
    if middle == "" and removed == [_expected(name, case)]:
        return  # a call to action ("Connect with Āø on Facebook"), removed as repaired
    assert middle == _expected(name, case)
    assert not removed


@pytest.mark.parametrize("case", _load("negative.json"), ids=lambda c: c["label"][:40])
def test_negative_cases_are_left_alone(case: dict[str, Any]) -> None:
    """The project changes a negative case only where ftfy does too (one case has C1
    controls to fix); the decisions on negative cases keep them exactly as written."""
    original = case["original"]
    if case["fixed"] == original or ("negative.json", case["label"]) in DECISIONS:
        assert normalize(original)[0] == normalize(original, enabled={"N004", "N005"})[0]


def test_decisions_name_real_cases_that_differ_from_ftfy() -> None:
    cases = {
        (name, c["label"]): c for name in ("synthetic.json", "negative.json") for c in _load(name)
    }
    for key, decision in DECISIONS.items():
        case = cases[key]
        assert decision["original"] == case["original"]
        assert decision["ftfy"] == case["fixed"] != decision["project"]
        assert decision["reason"]


def _garble(text: str, chain: str) -> str:
    for step in chain.split("|"):
        if step == "nbsp2sp":
            text = text.replace("\xa0", " ")
        else:
            encoding, decoding = step.split(">")
            text = text.encode(encoding).decode(decoding)
    return text


def _broken(case: dict[str, Any]) -> str:
    template = case.get("template")
    if template is None:
        return _garble(case["text"], case["chain"])
    head, rest = template.split("⟦")
    middle, tail = rest.split("⟧")
    return head + _garble(middle, case["chain"]) + tail


WILD = _load("wild.json")


def test_wild_cases_are_really_broken() -> None:
    assert len(WILD) == 70
    for case in WILD:
        broken = _broken(case)
        assert broken != case["text"]
        assert normalize(broken)[0] != broken or broken.count("\n")  # something to repair


def test_wild_mojibake_is_repaired_inside_articles() -> None:
    """At least 66 of the 70 come out as written (in the text, or repaired in the report
    when a rule removes the line)."""
    missed = []
    for case in WILD:
        want = normalize(case["text"])[0]
        middle, removed = _in_article(_broken(case))
        if middle != want and want not in removed:
            missed.append(case["note"])
    assert len(missed) <= 4, missed


def test_repaired_lines_are_counted_under_n002() -> None:
    text = "Le gÃ¢teau\nLa fenÃªtre\nclean line\nr√©gime √©quilibr√©"
    fixed, counts = normalize(text)
    assert fixed == "Le gâteau\nLa fenêtre\nclean line\nrégime équilibré"
    assert counts["N002"] == 3


def test_c1_next_line_character_is_an_ellipsis_not_a_line_break() -> None:
    """U+0085 is Windows-1252's "…" read as Latin-1 (or half of "Å" in "Ã\\x85")."""
    assert normalize("parlé\x85 Tu sais\nÃ\x85land")[0] == "parlé… Tu sais\nÅland"


def test_mojibake_holding_a_soft_hyphen_is_repaired() -> None:
    """ "í" read as Windows-1252 ends in a soft hyphen: the repair comes before N003."""
    assert normalize("Â¿QuÃ© pasa aquÃ\xad?")[0] == "¿Qué pasa aquí?"
    assert normalize("a\xadb")[0] == "ab"


def test_lookalikes_fold_only_mixed_words_and_never_a_lone_letter() -> None:
    assert normalize("SENSЕ - Oleg Tsedryk")[0] == "SENSЕ - Oleg Tsedryk"
    assert normalize("Сlісk hеrе: ВІКІ")[0] == "Click here: ВІКІ"
    assert normalize("Москва и Berlin, Аdvеrtіѕе")[0] == "Москва и Berlin, Аdvеrtіѕе"
    assert normalize("You are wondеrful! It іѕ")[0] == "You are wonderful! It is"
    assert normalize("ВІКІ is Ukrainian for WIKI")[0] == "ВІКІ is Ukrainian for WIKI"


def test_screen_classes_are_ftfys() -> None:
    from ftfy.badness import MOJIBAKE_CATEGORIES

    def chars(cls: str) -> set[str]:
        pattern = re.compile(f"[{cls}]")
        return {chr(i) for i in range(0x30000) if pattern.match(chr(i))}

    for name, cls in CATEGORIES.items():
        assert chars(cls) == chars(MOJIBAKE_CATEGORIES[name]), name


def _badness_alphabet() -> list[str]:
    """Every character ftfy's badness expression names, and some plain ones around them."""
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    found = {c for c in BADNESS_RE.pattern if not c.isascii()}
    for cls in MOJIBAKE_CATEGORIES.values():
        pattern = re.compile(f"[{cls}]")
        found |= {chr(i) for i in range(0x3000) if pattern.match(chr(i))}
    return sorted(found | set("aZz .,?!\n\t"))


@settings(max_examples=3000, deadline=None)
@given(st.text(st.sampled_from(_badness_alphabet()), min_size=1, max_size=6))
def test_screen_lets_through_everything_ftfy_finds_bad(text: str) -> None:
    from ftfy.badness import is_bad

    if is_bad(text):
        assert screen().search(text), text
    assert looks_bad(text) == is_bad(text)


def test_badness_expression_is_short_and_looks_nowhere_else() -> None:
    """``looks_bad`` searches only a few characters around the screen's matches: ftfy's
    expression must match at most 7 characters and look at nothing beside its match."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    assert sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1] <= 7
    assert "(?" not in BADNESS_RE.pattern


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.text(st.sampled_from(_badness_alphabet()), min_size=1, max_size=4)
        | st.sampled_from(["plain words ", " and ", "x" * 20]),
        max_size=12,
    )
)
def test_looks_bad_is_is_bad_on_longer_lines(parts: list[str]) -> None:
    from ftfy.badness import is_bad

    text = "".join(parts)
    assert looks_bad(text) == is_bad(text), text


def test_screen_on_known_mojibake_and_clean_text() -> None:
    for bad in ("r√©gime √©quilibr√©", "Р С—РЎР‚Р С‘", "voilÃ  le", "doesnâ€™t", "◊ë◊î", "Ř±ŘłŘ§"):
        assert looks_bad(bad), bad
    for good in ("“Quoted” — it’s fine.", "Déjà vu à Paris", "Москва", "Ελλάδα", "£5 × 3"):
        assert not screen().search(good), good


def test_explain_shows_a_repaired_line_before_and_after() -> None:
    from rich.console import Console

    from cleaner.cli.render import explain

    source = "Title\n\nThe r√©gime √©quilibr√© works.\n\nA clean line."
    console = Console(record=True, width=200)
    console.print(explain(source, clean(source).report))
    lines = console.export_text().splitlines()
    before = next(i for i, line in enumerate(lines) if "r√©gime" in line)
    assert lines[before].split()[:2] == ["3", "N002"]
    assert "[text-repair: before]" in lines[before]
    assert lines[before + 1].split()[:2] == ["3", "The"]
    assert "régime équilibré works." in lines[before + 1]


def test_mojibake_beside_real_curly_quotes_is_repaired_and_the_quotes_kept() -> None:
    """ftfy's default decodes such a line only after straightening its quotes (news-dev
    has MacRoman "Malm√∂" beside real “quotes”); the project keeps the quotes."""
    line = "He didn’t understand “no”. In July, Malm√∂ and Plo√´rmel courts"
    assert normalize(line)[0] == "He didn’t understand “no”. In July, Malmö and Ploërmel courts"
