"""``select`` and ``ignore`` reach every fix, N and M alike; N001 alone always runs, and says so."""

from __future__ import annotations

from cleaner import Config, clean, rules
from cleaner.text.lines import MARKUP_ORDER
from cleaner.text.normalize import NORMALIZERS

TEXT = "Read [the report](/r) now &amp; **bold** here.\r\nSecond line."


def test_ignoring_the_markup_fixes_keeps_the_markup() -> None:
    result = clean(TEXT, Config(ignore=("M",)))
    assert result.text == "Read [the report](/r) now &amp; **bold** here.\nSecond line.\n"
    assert not [code for code in result.report.fixes if code.startswith("M")]
    assert result.report.urls == []


def test_ignoring_one_markup_fix_keeps_only_its_markup() -> None:
    result = clean(TEXT, Config(ignore=("M003",)))
    assert result.text == "Read [the report](/r) now & bold here.\nSecond line.\n"
    assert "M003" not in result.report.fixes
    assert {"M005", "M007"} <= set(result.report.fixes)


def test_selecting_detectors_only_runs_no_optional_fix() -> None:
    result = clean(TEXT, Config(select=("H",)))
    assert set(result.report.fixes) == {"N001"}
    assert "[the report](/r)" in result.text


def test_default_selection_runs_every_fix() -> None:
    result = clean(TEXT)
    assert result.text == "Read the report now & bold here.\nSecond line.\n"
    assert {"N001", "M003", "M005", "M007"} <= set(result.report.fixes)


def test_line_endings_always_run_and_say_so() -> None:
    result = clean("a\r\nb\r\n", Config(ignore=("N",)))
    assert result.text == "a\nb\n"
    assert result.report.fixes == {"N001": 2}
    always = [code for code, f in rules.fixes().items() if f.always]
    assert always == ["N001"]
    assert "Always runs" in rules.fixes()["N001"].info.summary


def test_one_ordered_table_holds_every_fix() -> None:
    ordered = [code for code, _ in NORMALIZERS] + list(MARKUP_ORDER)
    assert sorted(ordered) == sorted(rules.fixes())
    assert len(set(ordered)) == len(ordered)
