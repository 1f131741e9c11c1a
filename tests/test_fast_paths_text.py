"""Fast paths of the text stage give the same answers as the plain code they stand for."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from cleaner.report import kinds
from cleaner.text import markup
from cleaner.text.page_glue import _GLUE_GATE, _may_hold_glue
from cleaner.text.segment import Document

ALL_ASCII = "".join(chr(i) for i in range(128))
PAGE = (
    "Home | News | Sport | Contact\n\n# A title\n\nShare this: **Facebook** | [X](https://x.com)\n"
    "\nThe council met on *Tuesday* and voted \\*twice\\* to mend the bridge. Continued below...\n"
    "- item one\n- [item two](/two)\n\n```\ncode | here\n```\n\n&copy; 2024 Example Ltd\n"
)


def test_glue_gate_fast_path_is_the_pattern_on_ascii_text() -> None:
    for text in (ALL_ASCII, "CONTINUED below", "Fortsetzung", "la SUITE", "weiter so", "contin"):
        assert _may_hold_glue(text) == bool(_GLUE_GATE.search(text))
    # Non-ASCII letters that fold onto ASCII ones are left to the pattern.
    assert _may_hold_glue("la ſuite") and _may_hold_glue("ONTİN")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_glue_gate_fast_path_on_any_ascii_text(text: str) -> None:
    assert _may_hold_glue(text) == bool(_GLUE_GATE.search(text))


@given(st.text(alphabet=st.sampled_from("ontiNSUfrszwe \u0130\u0131\u017f\u212aéÉ“—ǅ")))
def test_glue_gate_fast_path_on_text_beyond_ascii(text: str) -> None:
    assert _may_hold_glue(text) == bool(_GLUE_GATE.search(text))


def test_only_the_four_lookalikes_lower_case_to_ascii() -> None:
    from cleaner.text.page_glue import _FOLDS_TO_ASCII

    found = {chr(i) for i in range(128, 0x110000) if any(c.isascii() for c in chr(i).lower())}
    assert found <= set(_FOLDS_TO_ASCII)


def _fresh(text: str, skip: frozenset[str] = frozenset()) -> Document:
    markup._SHARED.clear()
    return Document.parse(text, skip)


def test_lines_parsed_in_an_earlier_document_are_parsed_alike() -> None:
    for skip in (frozenset(), frozenset({"M005", "M006"})):
        alone = _fresh(PAGE, skip)
        Document.parse("Home | News | Sport | Contact\n" + PAGE, frozenset())
        again = Document.parse("x\n" + PAGE, skip)  # shared lines, other numbers
        assert again.fixes == alone.fixes
        shifted = tuple(replace(line, number=line.number + 1) for line in alone.lines)
        assert again.lines[1:] == shifted


def test_the_shared_table_stays_bounded() -> None:
    markup._SHARED.clear()
    Document.parse("\n".join(f"menu item {i}" for i in range(markup._SHARED_MAX + 10)))
    assert 0 < len(markup._SHARED) <= markup._SHARED_MAX
    assert "x" * (markup._SHARED_CHARS + 1) not in {raw for _, raw in markup._SHARED}


def test_kind_by_text_is_memoized_without_changing_it() -> None:
    kinds._by_text.cache_clear()
    texts = ("Share on Facebook", "Home", "©")
    first = [kinds.kind_of("T001", "navigation", t) for t in texts]
    assert first == [kinds.kind_of("T001", "navigation", t) for t in texts]
    assert first == ["share", "navigation", "copyright"]


def test_blank_lines_are_shared_records_equal_to_fresh_ones() -> None:
    from cleaner.model import Line, LineKind

    first, second = _fresh("a\n\n  \nb"), _fresh("c\n\n  \nd")
    for doc in (first, second):
        assert doc.lines[1] == Line(2, "", LineKind.BLANK, "", "")
        assert doc.lines[2] == Line(3, "  ", LineKind.BLANK, "", "")
    assert first.lines[1] is second.lines[1]
