"""Heads that look like a news head's byline, outlet or date and are not (cases a review of
the sixteenth round reproduced): an event's date under its programme or its "When" label, a
poem's date, speakers and a study's authors with their affiliations, a prize winner over
her paper, an interviewee's or a subject's name over the date, a guide's "Font size"."""

from __future__ import annotations

import pytest

from cleaner import clean

LONG = (
    "The choir of sixty voices will be joined by the town's orchestra under its musical "
    "director, who takes up the baton for the last time before her retirement this summer."
)


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        (
            "Spring Concert at St John's\nThe Millbrook Choral Society presents an evening of "
            "English choral music.\nProgramme\nParry – I was glad\nElgar – Ave verum corpus\n"
            "Vaughan Williams – Five Mystical Songs\nSaturday, April 20, 2024",
            "Saturday, April 20, 2024",
        ),
        (
            "Poem of the week: Late Frost\nThis week's poem was sent in by a reader.\n"
            "the orchard held its breath all night\nand every blossom on the pear\n"
            "wore a thin coat of glass by morning\nmy father walked the rows\n"
            "March 28, 1987",
            "March 28, 1987",
        ),
        (
            "Frühjahrskonzert der Stadtkapelle Biberach\nDie Stadtkapelle lädt zu ihrem "
            "traditionellen Frühjahrskonzert in die Stadthalle ein.\n"
            "Wo\nStadthalle Biberach\nEintritt\n12 Euro, Schüler frei\nWann\n13. April 2024",
            "13. April 2024",
        ),
        (
            "Public lecture: Can we still stop antibiotic resistance?\nThe festival closes with "
            "a talk.\nVenue: Wills Memorial Building\nEntry: free, booking required\n"
            "Part of the Bristol Science Festival\nSpeakers\n"
            "Prof. Sarah Lin, University of Bristol\nDr. Tom Reed, Southmead Hospital",
            "Prof. Sarah Lin, University of Bristol",
        ),
        (
            "Regional Press Awards 2024: the winners\nYoung Journalist of the Year\nPriya Kaur\n"
            "The Lakeshore Tribune\nMarch 5, 2024",
            "Priya Kaur",
        ),
        (
            "Nieman Lecture 2024: Journalism under pressure\nGuest speaker\nMarty Baron\n"
            "The Washington Post\nMarch 12, 2024",
            "Marty Baron",
        ),
        (
            "Interview: the banker who wants to lend to small firms again\n"
            "Bill Winters, CEO of Standard Chartered\nMarch 5, 2024",
            "Bill Winters, CEO of Standard Chartered",
        ),
        (
            "On this day: the first woman to fly solo across the Atlantic\n"
            "Amelia Earhart, record-breaking aviator\nMay 20, 1932",
            "Amelia Earhart, record-breaking aviator",
        ),
        (
            "Kipyegon breaks her own mile record in Monaco\n"
            "Faith Kipyegon, world record holder\nJuly 12, 2024",
            "Faith Kipyegon, world record holder",
        ),
    ],
)
def test_a_line_shaped_like_a_news_heads_stays(head: str, kept: str) -> None:
    result = clean(f"{head}\n{LONG}\n{LONG}\n")
    assert kept in result.text.splitlines()
    name = kept.split(",", maxsplit=1)[0]
    assert not any(word in " ".join(result.report.authors) for word in name.split())


def test_a_guides_font_size_subheading_stays() -> None:
    text = (
        "Five simple ways to make your website easier to read\n\n## Font size\n\n"
        "Body text should be at least 16 pixels on screen, and users must be able to enlarge "
        "it without the layout breaking.\n\n## Line spacing\n\n" + LONG + "\n"
    )
    assert "Font size" in clean(text).text
