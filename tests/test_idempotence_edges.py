"""Idempotence where a first pass decides on lines that a later rule of the same pass
removes: a title that points to an address, and renderings that normalize differently once
their markup is gone; the edges of the body are known failures below. Each case is
cleaned twice; look-alikes keep what they kept before."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, Config, clean

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 3
URL = "https://example.org/reports/bridge-repair-plan"
PLAIN = Cleaner()
MARKDOWN = Cleaner(Config(markdown=True))


def _twice(text: str) -> str:
    for cleaner in (PLAIN, MARKDOWN):
        once = cleaner.clean(text).text
        assert cleaner.clean(once).text == once
    return PLAIN.clean(text).text


def test_a_title_ending_in_a_colon_does_not_point_to_the_url_under_it() -> None:
    out = _twice(f"# The plan for the bridge:\n\n{URL}\n\n{BODY}\n")
    assert URL not in out
    assert BODY.strip() in out


@pytest.mark.parametrize("pointer", ["Read the full plan here:", "## Sources:"])
def test_a_line_or_section_heading_pointing_to_the_url_keeps_it(pointer: str) -> None:
    out = _twice(f"# The bridge\n\n{BODY}\n\n{pointer}\n\n{URL}\n\n{BODY}\n")
    assert URL in out


def test_a_url_between_paragraphs_stays() -> None:
    out = _twice(f"{BODY}\n\n{URL}\n\n{BODY}\n\nAbout the author: Jane Roe writes in Oslo.\n")
    assert URL in out


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("## Â <u>the</u> bridge.", "the bridge."),
        ("the <b>Â</b> bridge.", "the bridge."),
        ("## Café <u>au</u> lait.", "Café au lait."),  # nothing to repair
        ("## itâ€™s <u>the</u> bridge.", "it’s the bridge."),  # repaired either way
    ],
)
def test_renderings_are_repaired_as_the_next_pass_reads_them(text: str, plain: str) -> None:
    assert _twice(text) == plain + "\n"
    assert clean(text).text == plain + "\n"


@pytest.mark.parametrize(
    "text",
    [
        # A table row and a heading whose link is not closed: text mode writes them as plain
        # lines, which K004 takes; it judges them so on the first pass too.
        "# <u>the</u> <u>the</u> <u>the</u>.\n| a | b |\n|---|---|\n"
        "| [council](https://example.org/ | x |\n",
        "# The the the.\n## (https://example.org/the) [the](https://example.or\n",
    ],
)
def test_a_broken_link_in_a_row_or_heading_goes_on_the_first_pass(text: str) -> None:
    _twice(text)


@pytest.mark.parametrize(
    "line",
    ["| [council](https://example.org/c) | x |", "## The [council](https://example.org/c) met"],
)
def test_a_row_or_heading_with_a_closed_link_stays(line: str) -> None:
    text = (
        f"{BODY}\n\n| a | b |\n|---|---|\n{line}\n\n{BODY}\n"
        if line[0] == "|"
        else f"{BODY}\n\n{line}\n\n{BODY}\n"
    )
    assert "council" in _twice(text)


@pytest.mark.parametrize(
    "table",
    [
        "| a | b |\n|---|---|\n",  # a table with no rows: its separator is no footer's
        "| a | b |\n|---|---|\n| [roads](https://example.org/r | x |\n",  # its row goes
    ],
)
def test_a_table_separator_at_the_end_stays_with_its_header(table: str) -> None:
    once = MARKDOWN.clean(f"{BODY}\n\n{table}").text
    assert once.endswith("| a | b |\n|---|---|\n")
    _twice(f"{BODY}\n\n{table}")


def test_lines_after_an_unclosed_link_are_read_as_the_output_writes_them() -> None:
    # A line of whole links after the open one reads as its text on a second pass, so the
    # first pass reads it so too: the open link then runs to the end of the text.
    text = (
        f"{BODY}\n| [roads](https://example.org/r | x |\n## The <u>plan</u>.\n"
        "[Home](https://example.org) | [About](https://example.org/about)\n"
    )
    assert "roads" not in _twice(text)


#: Failures the unseeded property tests still find (not fixed yet): each cleans differently
#: on a second pass. Strict, so a fix shows up here.
KNOWN_UNSTABLE = [
    pytest.param(
        "Jane Roe lives in Oslo. She writes about trade and ships and the sea.\n"
        + "By Jane Roe\n" * 5
        + "The council voted on the budget after a long debate about schools and roads in town.\n",
        id="H007-window-counts-removed-lines",  # the fifth byline falls out of the window
    ),
    # The body's edges are drawn before later rules remove the lines that mark them: a bio
    # (B001, T001) or a promo (S004) that is the last or only prose line. A second pass,
    # without those lines, draws other edges. Running the rules again with the edges moved
    # fixes these, but reran them on 122 of the 194 news articles (+15 % CPU there).
    pytest.param(
        f"{BODY}\n\n{URL}\n\nAbout the author: Jane Roe is a writer based in Oslo.\n",
        id="K001-url-above-a-closing-bio",  # inside the body until the bio goes
    ),
    pytest.param(
        "Plain Title Line\n"
        "Jane Roe lives in Oslo. She writes about trade and ships and the sea.\n"
        "Plain Title Line\n"
        "Home | News | Politics\n"
        "About the author: Jane Roe is a writer based in Oslo and Rome.\n"
        "Jane Roe lives in Oslo. She writes about trade and ships and the sea.\n",
        id="R002-body-span-ends-at-a-bio-repeat",
    ),
]


@pytest.mark.xfail(strict=True, reason="known: a second pass still changes these")
@pytest.mark.parametrize("text", KNOWN_UNSTABLE)
def test_known_unstable(text: str) -> None:
    _twice(text)
