"""Scraped-news boilerplate of the page's widgets and prompts (issue 15, news set): a reader
poll whose number the script never filled in, the comment box's invitation, a free
subscription offer. Each line stands between two paragraphs of prose, or at the head; look-
alike sentences stay."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 3

REMOVED = [
    ("% of readers think this story is Fact. Add your two cents.", "A005"),
    ("62% of readers think this story is Fact.", "A005"),
    ("% der Leser finden diesen Artikel hilfreich", "A005"),
    ("% des lecteurs ont aimé cet article", "A005"),
    ("Add your two cents.", "S003"),
    ("Subscribe to Canada Free Press for FREE", "S002"),
    ("Subscribe for free", "S002"),
    ("Abonnez-vous gratuitement à Le Monde", "S002"),
    ("Jetzt kostenlos abonnieren", "S002"),
]

KEPT = [
    "62% of readers think the mayor is right, the poll published on Monday found.",
    "Everyone in the room wanted to add their two cents about the bridge repairs.",
    "Subscribe to Netflix for free? Not any more, the company said on Tuesday.",
    "Readers can subscribe to The Herald for free until the end of the month.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_widget_or_prompt_line_goes(line: str, code: str) -> None:
    for text in (f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n", f"{line}\n\n{BODY}\n\n{BODY}\n"):
        result = clean(text)
        assert line not in result.text
        assert code in {r.code for r in result.report.removed}
        assert BODY.strip() in result.text


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_sentence_stays(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line in result.text
