"""Normalization keeps every line and changes characters only through counted fixes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.text.normalize import normalize
from strategies import nonspace, texts

#: Fixes that may change (not only move or re-space) non-whitespace characters.
CHARACTER_FIXES = {"N002", "N003", "N006"}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_line_count_kept_and_characters_only_change_through_counted_fixes(text: str) -> None:
    unified, _ = normalize(text, enabled=())
    normalized, counts = normalize(text)
    assert normalized.count("\n") == unified.count("\n")
    if not CHARACTER_FIXES & counts.keys():
        assert nonspace(normalized) == nonspace(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once, _ = normalize(text)
    assert normalize(once) == (once, {})


def test_repairs_are_counted() -> None:
    text, counts = normalize("It doesnâ€™t\u200b matter\r\nCafe\u0301 \x00ok  \n")
    assert text == "It doesn’t matter\nCafé ok\n"
    assert counts.keys() >= {"N001", "N002", "N003", "N005"}


def test_only_line_endings_when_fixes_are_disabled() -> None:
    assert normalize("a\u00a0b  \r\nc", enabled=()) == ("a\u00a0b  \nc", {"N001": 1})


_LETTERS = st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cs", "Cc"))


@settings(max_examples=300, deadline=None)
@given(st.text(_LETTERS, max_size=40))
def test_quick_mojibake_decoding_agrees_with_ftfy(text: str) -> None:
    """The fast path for whole-line mojibake gives ftfy's result, or leaves the line to it."""
    import ftfy
    import ftfy.bad_codecs  # registers "sloppy-windows-1252"

    from cleaner.text.repair import _decode_whole, _ftfy_config

    for line in (text, text.encode("utf-8").decode("sloppy-windows-1252")):
        quick = _decode_whole(line)
        if quick is not None:
            assert quick == ftfy.fix_text(line, config=_ftfy_config())
