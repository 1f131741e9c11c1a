"""Markup residue: what the fixes drop is recorded, and renderings read back as themselves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Config, clean
from cleaner.model import LineKind
from cleaner.text import settle
from cleaner.text.lines import shown
from cleaner.text.markup import LineParser
from cleaner.text.tags_and_links import Sink, resolve_html, unescape_entities

MARKDOWN = Cleaner(Config(markdown=True))


def _line(raw: str):  # type: ignore[no-untyped-def]
    return LineParser().parse(1, raw)


def test_sink_keeps_tags_and_targets() -> None:
    sink = Sink()
    text, n = resolve_html('a <u>b</u> <a href="https://ex.org">c</a><!-- note --> d', sink)
    assert (text, n) == ("a b c d", 4)
    assert sink.urls == ["https://ex.org"]
    assert sink.dropped == ["<!-- note -->", '<a href="https://ex.org">c</a>', "<u>", "</u>"]


def test_entities_are_recorded() -> None:
    sink = Sink()
    assert unescape_entities("Fish &amp; Chips &#8212;", sink) == ("Fish & Chips —", 2)
    assert sink.dropped == ["&amp;", "&#8212;"]


def test_line_records_links_images_and_definitions() -> None:
    line = _line('see [notes](https://ex.org/n "Notes") and ![a chart](/c.png)')
    assert line.plain == "see notes and a chart"
    assert line.dropped == ("![a chart](/c.png)", '[notes](https://ex.org/n "Notes")')
    definition = _line("[1]: https://ex.org/ref")
    assert (definition.plain, definition.dropped) == ("", ("[1]: https://ex.org/ref",))
    assert _line("* * *").dropped == ("* * *",)


def test_word_glued_brackets_are_not_links() -> None:
    assert _line("array[i](x) is code").plain == "array[i](x) is code"


@pytest.mark.parametrize(
    ("raw", "plain", "link_text"),
    [
        ("_**Siehe auch:**_[Neue Brücke](https://ex.org/b)", "Siehe auch:Neue Brücke", True),
        ("_Read also:_[The bridge](https://ex.org/b)", "Read also:The bridge", True),
        ("_[Read this in Turkish](https://ex.org/tr)._", "Read this in Turkish.", False),
        ("see_[the bridge](https://ex.org/b)", "see_the bridge", False),
    ],
)
def test_links_after_emphasis(raw: str, plain: str, link_text: bool) -> None:
    """A link after an emphasised label is link text; an emphasised link in prose is not."""
    line = _line(raw)
    assert line.plain == plain
    assert (line.link_chars > 0) is link_text


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        (r"\>0", r"\>0"),  # unescaped it would read as a quote
        (r"1\. item \*not\* emphasis", r"1\. item \*not\* emphasis"),
        (r"a \[b\] c", "a [b] c"),  # safe to unescape: stays text
        ("<b></b># x", "x"),  # only looks like a heading once the tags are gone
        ("&amp;lt;b&amp;gt;", ""),  # decodes to a tag, which goes (recorded in dropped)
    ],
)
def test_plain_rendering_is_settled(raw: str, plain: str) -> None:
    line = _line(raw)
    out = shown(line, markdown=False)
    assert out == plain
    assert shown(_line(out), markdown=False) == out


def test_text_mode_keeps_code_fences_so_code_stays_code() -> None:
    text = "Intro line.\n\n```\n**not bold** and [x](y)\n```\n"
    once = clean(text).text
    assert once == text
    assert clean(once).text == once
    assert MARKDOWN.clean(once).text == once


def test_a_fence_made_by_resolving_tags_does_not_open_code() -> None:
    line = _line("<b></b>```")
    assert line.kind is not LineKind.CODE
    assert shown(line, markdown=False) == "`"  # a code span of one backtick
    assert shown(line, markdown=True) == "\\```"


def test_report_dropped_lists_markup_of_kept_lines_only() -> None:
    result = clean(
        "Theme: <u>Terrorism</u>\n\nThe council voted on the budget after a debate, "
        "said <a href='https://ex.org/p'>the paper</a>, and it went on.\n"
    )
    assert "<u>" not in result.report.dropped  # its line was removed whole
    assert result.report.dropped == ["<a href='https://ex.org/p'>the paper</a>"]


def test_link_title_with_unescaped_quotes_is_resolved() -> None:
    line = _line('See also: ["Sieci": a headline](/news/4678.html ""Sieci": a headline")')
    assert line.plain == 'See also: "Sieci": a headline'
    assert line.link_chars == len('"Sieci": a headline')


#: Characters that make :func:`lines._shape` or an inline fix look twice, and plain ones.
_INERT_ALPHABET = "-*_#+•>|:`~[]()!<&;\\/. \t2aZ"
_INERT_TOKENS = [*_INERT_ALPHABET, "- ", "2. ", "12) ", "## ", "> ", "__", "**", "```", "](", "]:"]
_INERT_TOKENS += ["a_b", "x1_", "&amp;", "(www.x)", "(http://x)", "&#10;", "word", "Straße"]


def _claims_wrongly(text: str) -> list[bool]:
    """The modes in which ``_inert`` says ``text`` reads back as itself but it does not."""
    return [
        markdown
        for markdown in (False, True)
        if settle._inert(text, markdown=markdown)
        and settle._reparse.__wrapped__(text, markdown=markdown) != text
    ]


def test_inert_texts_read_back_as_themselves_up_to_three_characters() -> None:
    alphabet = _INERT_ALPHABET
    texts = [""] + [a + b + c for a in alphabet for b in ["", *alphabet] for c in ["", *alphabet]]
    assert [t for t in dict.fromkeys(texts) if _claims_wrongly(t)] == []
    # _settle relies on it: inert in text mode means inert in markdown.
    only_text = [
        t for t in texts if settle._inert(t, markdown=False) and not settle._inert(t, markdown=True)
    ]
    assert only_text == []


@pytest.mark.parametrize(
    "text",
    [
        "- - -",
        "- * * *",
        "## a #",
        "## a # b",
        "2.\tx",
        "-\tx",
        "*\tx",
        "•\tx",
        "[a]: b",
        "```x",
        "~~~ x",
        "| a | b",
        "-- | --",
        "a&#10;- b",
        "1234. x",
        "2. x",
        "12) x",
        "***",
        "_ _ _",
        "a_b",
        "a__b",
        "x _y_",
        "> x",
        "#x",
        "####### x",
        "1٢. x",
        "x²_y_",
    ],
)
def test_inert_is_exact_on_the_edges_of_its_checks(text: str) -> None:
    assert _claims_wrongly(text) == []


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_INERT_TOKENS), max_size=8).map("".join))
def test_inert_texts_read_back_as_themselves(text: str) -> None:
    assert _claims_wrongly(text) == []


def test_a_share_buttons_spaced_address_goes_to_the_report_encoded() -> None:
    from cleaner.text.markup import LineParser

    line = LineParser().parse(1, "[Tweet](https://twitter.com/share?text=A bridge  opens&via=x)")
    assert line.plain == "Tweet"
    assert line.urls == ("https://twitter.com/share?text=A%20bridge%20opens&via=x",)
