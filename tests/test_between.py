"""T006: a line after the article between two footer lines goes; the article's own lines
between a photo credit, a source note or links and the footer stay."""

from __future__ import annotations

import pytest

from removals import removed_codes

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
APPEAL = "The Clearwater Signal is independent. No billionaire owners, just readers like you."


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("Tags: bridge, council", "Source: City Herald"),
        ("Tags: bridge, council", "© 2024 City Herald"),
        ("Tags: bridge, council", "Disclaimer: The views expressed are the author's own."),
    ],
)
def test_a_line_between_footer_lines_goes(above: str, below: str) -> None:
    codes = removed_codes(f"A Title\n\n{BODY}\n\n{BODY}\n\n{above}\n\n{APPEAL}\n\n{below}\n")
    assert codes.get(APPEAL) == "T006"


@pytest.mark.parametrize(
    "notice",
    [
        "Disclaimer: The author's spouse is employed by the county's school district.",
        "Have a news tip? Email us at tips@cityherald.example.",
        "If you or someone you know is struggling, call or text 988, the crisis line.",
    ],
)
def test_the_last_paragraph_under_a_notice_or_a_tip_line_stays(notice: str) -> None:
    """A disclosure, a tip line or a crisis line stands inside articles: the paragraph under
    it is the article's, at the text's end or over its tags."""
    last = "The board is expected to vote on the grant application at its meeting on March 12."
    for end in ("", "\n\nTags: schools, budget"):
        text = f"A Title\n\n{BODY}\n\n{BODY}\n\n{notice}\n\n{last}{end}\n"
        assert last not in removed_codes(text)


@pytest.mark.parametrize(
    "last",
    [
        "\u201cThese kids never stopped believing,\u201d coach Ron Whitfield said after the game.",
        "Correction: An earlier version of this story misstated the board's vote. It was 5-2.",
        "Housing advocates cautioned that the decline is small and may not last the year.",
    ],
)
def test_the_articles_last_lines_stay_between_footer_lines(last: str) -> None:
    """A quotation, a correction, and the paragraph under a chart's source line."""
    above = "Source: Census Bureau" if last.startswith("Housing") else "Jane Doe is a reporter."
    text = f"A Title\n\n{BODY}\n\n{BODY}\n\n{above}\n\n{last}\n\nTags: bridge, council\n"
    assert last not in removed_codes(text)


def test_the_last_paragraph_under_a_photo_credit_stays() -> None:
    """A "©" photo credit stands inside articles: the paragraph under it is the article's,
    even with related headlines under it."""
    last = "Protein matters too, and eggs, fish and lentils hold plenty of it, the doctor said."
    text = (
        f"A Title\n\n{BODY}\n\n{BODY}\n\n©iStock\n\n{last}\n\n"
        "These articles may interest you too:\n\nBreakfast: the best tips\n"
    )
    assert last not in removed_codes(text)


def test_a_footnote_under_a_source_note_stays() -> None:
    note = (
        "1 Maani, S. (2019): Der Islam als Natureigenschaft. Warum wir Linke über den Islam "
        "nicht reden können. In: Versorgerin #121 März 2019"
    )
    text = (
        f"A Title\n\n{BODY}\n\n{BODY}\n\n"
        'Dies ist Teil 2 zum Text "Unterdrückte Sexualität", der vergangene Woche im hpd '
        f"erschienen ist.\n\n{note}\n\n10 Kommentare\n"
    )
    assert note not in removed_codes(text)


def test_two_lines_between_footer_lines_stay() -> None:
    other = "We need 300 new members by Friday to keep the newsroom open all year long."
    text = f"A Title\n\n{BODY}\n\n{BODY}\n\nSource: City Herald\n\n{APPEAL}\n\n{other}\n\nTags: x\n"
    codes = removed_codes(text)
    assert APPEAL not in codes and other not in codes


def test_lines_it_took_do_not_unravel_the_article_upwards() -> None:
    """Paragraphs each under a photo credit with a "©" over a related list: taking the last
    one would put the one above it between two credits, and so on up the article. The
    credits count only under a line, so none goes; and the rule's own lines count as kept."""
    paragraphs = [
        f"Athlete {n} (Sport): {n} medals so far, and the favourite for the relay this time."
        for n in range(4)
    ]
    parts = [f"{p}\n\nAthlete {n} at the start. © AFP / Jane Roe" for n, p in enumerate(paragraphs)]
    text = f"A Title\n\n{BODY}\n\n" + "\n\n".join(parts) + "\n\nRelated\n\nMore from the games\n"
    codes = removed_codes(text)
    assert not any(p in codes for p in paragraphs)


def test_a_last_paragraph_over_a_photos_copyright_stays() -> None:
    """A photo's credit ("© AFP / Jane Roe") is no notice that ends the page."""
    last = "The relay starts on Friday, and the team hopes for a medal after the last two games."
    text = (
        f"A Title\n\n{BODY}\n\n{BODY}\n\nSubscribe to our free daily newsletter!\n\n{last}\n\n"
        "The team at the start. © AFP / Jane Roe\n"
    )
    assert last not in removed_codes(text)
