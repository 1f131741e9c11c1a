"""Idempotence of the head and author rules on pages made of header-like lines (issue 2):
titles, bylines, datelines, promos and author blocks in any order, with or without blank
lines, above, inside and below a short body. The generic article strategy always opens
with one level-1 title; these pages stress which line the head rules take."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Config

HEADER_LINES = (
    "# Site Name",
    "# The Real Title Of It",
    "## A Subtitle",
    "### Small heading",
    "Plain Title Line",
    "By Jane Roe",
    "Von Anna Schmidt | 12.03.2020",
    "Dr. Priya Raman, University of Bristol",
    "Posted on January 18, 2024 by Theo Marsh",
    "Global Research, November 09, 2017",
    "Updated 12.03.2020",
    "Visit our new website: www.example.org",
    "Share this article",
    "Tags: budget, schools",
    "About the author:",
    "About the author: Jane Roe is a writer based in Oslo and Rome.",
    "Jane Roe lives in Oslo. She writes about trade and ships and the sea.",
    "Home | News | Politics",
    "[Home](https://example.org) | [About](https://example.org/about)",
    "| a | b |",
)
PROSE = "The council voted on the budget after a long debate about schools and roads in town."


@st.composite
def pages(draw: st.DrawFn) -> str:
    head = draw(st.lists(st.sampled_from(HEADER_LINES), max_size=7))
    body = [PROSE] * draw(st.integers(0, 3))
    middle = draw(st.lists(st.sampled_from((*HEADER_LINES, PROSE)), max_size=4))
    tail = draw(st.lists(st.sampled_from(HEADER_LINES), max_size=4))
    parts = head + body + middle + tail
    seps = [draw(st.sampled_from(("\n", "\n\n"))) for _ in parts]
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


PLAIN = Cleaner()
MARKDOWN = Cleaner(Config(markdown=True))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_header_pages_idempotent(text: str) -> None:
    for cleaner in (PLAIN, MARKDOWN):
        once = cleaner.clean(text).text
        assert cleaner.clean(once).text == once
