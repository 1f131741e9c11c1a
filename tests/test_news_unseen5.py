"""Boilerplate of a fifth probe round (issue 15): one-line breadcrumb trails in any language
(A008), comment sections known by their stamps (G007), widget text beside the head's byline
(H011), ad labels with their scroll hint and in more languages, a broadcaster's and a blog
platform's buttons, a WordPress post footer. Look-alike body lines stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

REMOVED = [
    ("Advertisement - story continues below", "A001"),
    ("Anzeige – Lesen Sie weiter", "A001"),
    ("Publicité - La suite ci-dessous", "A001"),
    ("Advertentie", "A001"),
    ("Annons", "A001"),
    ("Annonse", "A001"),
    ("Mainos", "A001"),
    ("Hirdetés", "A001"),
    ("Get short URL", "A005"),
    ("Pin it", "A005"),
    ("Reblog", "A005"),
    ("Rate this:", "A005"),
    ("Report a typo", "A005"),
    ("Posted in Uncategorized | Leave a comment", "H005"),
    ("Posted in Politics | 3 Comments", "H005"),
]
KEPT = [
    "The advertisement said the story continues below the fold, and readers did not care.",
    "Annons Bergström, the council's treasurer, said the budget would hold.",
    "Report a typo to the editor, the style guide says, and do not fix it yourself.",
    "Posted in Kabul for three years, she saw the war from the embassy's roof.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_boilerplate_line_of_a_probe_family_goes(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_body_sentence_stays(line: str) -> None:
    assert_stays(line)


@pytest.mark.parametrize(
    "trail",
    [
        "Home › News › Politics",
        "Início > Política > Brasil",
        "Home › Nieuws › Binnenland",
        "News » World » Europe",
        "Home | Politik",
    ],
)
def test_a_breadcrumb_trail_over_the_text_goes(trail: str) -> None:
    result = clean(f"A Title Here\n\n{trail}\n\n{BODY}\n\n{BODY}\n")
    assert trail not in result.text
    assert BODY.strip() in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Settings > Privacy > Location",  # a how-to's path, between the paragraphs
        "Input / Output / Storage",  # no home page before the slashes
        "Rome > Paris",  # two crumbs, the first no home page
        "Home › The council met. › Politics",  # a crumb that ends a sentence
    ],
)
def test_a_path_between_paragraphs_is_no_breadcrumb(line: str) -> None:
    assert_stays(line)


def test_a_comment_section_known_by_its_stamps_goes() -> None:
    comments = (
        "8 comentarios\n\nJuan Pérez 03/12/2026 - 10:15\n\nMuy buen artículo, gracias.\n\n"
        "María 04/12/2026 - 09:02\n\nNo estoy de acuerdo con el concejo."
    )
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{comments}\n")
    assert result.text.strip().endswith(BODY.strip())


def test_one_dated_line_under_a_comments_heading_is_no_comment_section() -> None:
    """An essay's own "Comments" part may hold a date; one stamp does not make it readers'."""
    part = "Comments\n\nMay 3, 2026\n\nThe public could comment on the plan until the end of May."
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{part}\n")
    assert "The public could comment on the plan" in result.text


HEAD_BODY = "The long body of the article starts here, and it goes on for a while. " * 3


@pytest.mark.parametrize(
    ("head", "gone"),
    [
        ("By Jane Doe\n\nDecember 1, 2026\n\nListen • 3:48", "Listen • 3:48"),
        ("By Jane Doe\n\nDecember 1, 2026\n\n214 shares", "214 shares"),
        ("Diocese | Catholic News Herald\n\nBy Jane Doe | December 1, 2026", "Diocese | Catholic"),
        (
            "A standfirst of the piece, one sentence.\n\n"
            "Jessica Reyes, staff writer\n\nJul 22, 2026",
            "Jessica Reyes",
        ),
    ],
)
def test_widget_text_beside_the_heads_byline_goes(head: str, gone: str) -> None:
    result = clean(f"A Title\n\n{head}\n\n{HEAD_BODY}\n")
    assert gone not in result.text
    assert HEAD_BODY.strip() in result.text


@pytest.mark.parametrize(
    "line",
    ["Part 1", "Introduction", "The view from Kyiv", "3 verrückte Orte in Berlin"],
)
def test_a_subheading_under_the_byline_stays(line: str) -> None:
    result = clean(f"A Title\n\nBy Jane Doe\n\nDecember 1, 2026\n\n{line}\n\n{HEAD_BODY}\n")
    assert line in result.text


COPYRIGHT = "© 2026 Example News. All rights reserved."


@pytest.mark.parametrize(
    "appeal",
    [
        "Your gift sustains faithful Catholic journalism. Donate today.",
        "Join the conversation! Comments are moderated. Keep it civil and on topic.",
        "Big Tech is throttling independent news. Please share this story and sign up for our "
        "free newsletter.",
        "Periodismo libre solo es posible con lectores libres. Hazte socio desde 4 euros al mes.",
        "Unabhängiger Journalismus geht nur mit Ihrer Hilfe. Unterstützen Sie uns mit einer "
        "Spende.",
        "Steun onafhankelijke journalistiek over het platteland. Word lid vanaf € 5 per maand.",
    ],
)
def test_an_appeal_to_the_reader_in_the_footer_run_goes(appeal: str) -> None:
    """T001: a line that speaks to the reader and names two of a site's asks is footer-like,
    in any wording, once a certain end marker (the copyright) closes the run."""
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{appeal}\n\n{COPYRIGHT}\n")
    assert appeal not in result.text
    assert result.text.strip().endswith(BODY.strip())


@pytest.mark.parametrize(
    "line",
    [
        # Reported speech about the same things: the article's last paragraph.
        "Readers can now share comments on the site and support it with donations, the editor "
        "said.",
        "Según la directora, los lectores podrán apoyar el periódico con donativos.",
        # No reader addressed: a report on a newsroom.
        "The newsroom's journalism is funded by readers and two foundations.",
    ],
)
def test_a_last_paragraph_about_readers_and_donations_stays(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n\n{COPYRIGHT}\n")
    assert line in result.text


def test_an_appeal_with_no_end_marker_after_it_stays() -> None:
    """Alone, an appeal may be the article's own closing words: no certain marker, no run."""
    line = "Your gift sustains faithful Catholic journalism. Donate today."
    assert line in clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n").text
