"""Scraped-news boilerplate of the page's widgets, prompts and teasers (issue 15, news set):
a reader poll whose number the script never filled in, the comment box's invitation, a free
subscription offer, a labelled teaser and the byline lines under it, an About box's bio.
Each line stands between two paragraphs of prose, or at the head; look-alike sentences
stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

REMOVED = [
    ("% of readers think this story is Fact. Add your two cents.", "S003"),
    ("62% of readers think this story is Fact.", "S003"),
    ("% der Leser finden diesen Artikel hilfreich", "S003"),
    ("% des lecteurs ont aimé cet article", "S003"),
    ("Add your two cents.", "S003"),
    ("Subscribe to Canada Free Press for FREE", "S002"),
    ("Subscribe for free", "S002"),
    ("Abonnez-vous gratuitement à Le Monde", "S002"),
    ("Jetzt kostenlos abonnieren", "S002"),
    ("Blog Link: http://bit.ly/YwLSSM", "S001"),
    ("From left: Council leader Jane Doe, the mayor and the city engineer at the bridge.", "L007"),
    ("(L-R) Jane Doe, John Roe and the engineer", "L007"),
    ("Von links: Bürgermeisterin Anna Schmidt und der Stadtbaurat", "L007"),
    ("Listen", "A005"),
    ("Print", "A005"),
    ("Anhören", "A005"),
    ("Ascolta", "A005"),
    ("3 min de lecture", "A005"),
    ("5 min de lectura", "A005"),
    ("4 min de leitura", "A005"),
    ("4 minuti di lettura", "A005"),
]

KEPT = [
    "62% of readers think the mayor is right, the poll published on Monday found.",
    "Everyone in the room wanted to add their two cents about the bridge repairs.",
    "Subscribe to Netflix for free? Not any more, the company said on Tuesday.",
    "Readers can subscribe to The Herald for free until the end of the month.",
    "From left to right, the whole council voted for the repairs on Tuesday evening.",
    "The blog link was shared thousands of times before the council took it down.",
    "Listen.",  # a one-word sentence of the text
    "Listen to me, she said, the bridge will not last another winter.",
    "Print the form and bring it to the town hall before Friday.",
    "10 minutes",  # a recipe card's time
    "), print()",  # a line of code
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_widget_or_prompt_line_goes(line: str, code: str) -> None:
    for text in (between_paragraphs(line), f"{line}\n\n{BODY}\n\n{BODY}\n"):
        assert_goes(text, line, code)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_sentence_stays(line: str) -> None:
    assert_stays(line)


TEASERS = [
    "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!",
    "An Exclusive You Have To See: The Last Frontier of Free Press Is Here!",
    "Sponsored: Ten Gadgets Every Home Needs This Winter",
    "Nicht verpassen: Die Besten Rezepte Für Den Winter",
]

NOT_TEASERS = [
    # A label before a sentence, not a headline.
    "Must read: the council's report on the bridge, out on Monday.",
    # Labels of the article's own news.
    "Exclusive: Council Votes to Repair the Old Bridge",
    "Breaking: Council Votes to Repair the Old Bridge",
]


@pytest.mark.parametrize("line", TEASERS)
def test_a_labelled_teaser_goes_at_the_head_and_between_paragraphs(line: str) -> None:
    for text in (
        f"A Title Here\n\n{line}\n\n{BODY}\n",
        f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n",
    ):
        result = clean(text)
        assert line not in result.text
        assert "P004" in {r.code for r in result.report.removed}


@pytest.mark.parametrize("line", NOT_TEASERS)
def test_a_label_before_a_sentence_or_the_articles_own_news_stays(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line in result.text


def test_a_labelled_headline_that_opens_the_text_is_its_title() -> None:
    """The text repeats its own headline's words ("council", "repair", "bridge")."""
    line = "Headline: Council Votes to Repair the Old Bridge"
    result = clean(f"{line}\n\n{BODY}\n")
    assert "P004" not in {r.code for r in result.report.removed}


def test_a_labelled_teaser_that_opens_the_text_goes() -> None:
    """A teaser for another page shares no word with the text under it."""
    result = clean(f"{TEASERS[0]}\n\n{BODY}\n")
    assert TEASERS[0] not in result.text
    assert "P004" in {r.code for r in result.report.removed}


@pytest.mark.parametrize(
    ("head", "gone", "authors"),
    [
        (
            ["PETER KORZUN / STRATEGIC CULTURE"],
            ["PETER KORZUN / STRATEGIC CULTURE"],
            ["Peter Korzun"],
        ),
        (
            ["By Paul Levy", "Guest writer for Wake Up World"],
            ["By Paul Levy", "Guest writer for Wake Up World"],
            ["Paul Levy"],
        ),
    ],
)
def test_byline_lines_under_a_teaser_go_once_the_teaser_went(
    head: list[str], gone: list[str], authors: list[str]
) -> None:
    """The teaser (P004) gone, the byline stands in the head zone: what the head rules do not
    know there (a "NAME / PUBLICATION" byline, a role under a byline) H007 takes."""
    teaser = TEASERS[0]
    result = clean("\n\n".join(["A Title Here", teaser, *head, BODY]) + "\n")
    assert not any(line in result.text for line in gone)
    assert result.report.authors == authors


def test_a_role_line_without_a_byline_above_it_stays() -> None:
    line = "Staff writer for the council's newsletter"
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line in result.text


def test_an_about_boxs_bio_is_its_text_not_its_heading() -> None:
    box = (
        "About CMSA:\n\n"
        "The Cowboy Mounted Shooting Association (CMSA) is one of the fastest growing sports "
        "organizations in the nation.\n\n"
        "Source: http://www.example.org/2013/11/cowboy-mounted-shooting/\n"
    )
    result = clean(f"{BODY}\n\n{box}")
    assert "CMSA" not in result.text
    assert result.report.bio is not None
    assert result.report.bio.startswith("The Cowboy Mounted Shooting Association (CMSA) is")


MORE_INFO = [
    "For more information about Night Fision, please visit www.nightfision.com.",
    "To learn more about the Bino Harness and all of our products, please visit the ALPS "
    "OutdoorZ website.",
    "Weitere Informationen finden Sie unter www.example.de",
]


@pytest.mark.parametrize("line", MORE_INFO)
def test_a_more_information_pointer_over_a_press_footer_goes(line: str) -> None:
    footer = (
        "About Night Fision\n\n"
        "Based in Metro Detroit, Night Fision brings a rich background of engineering.\n\n"
        "Source: https://www.example.org/2018/01/night-fision-joins-team/\n"
    )
    result = clean(f"{BODY}\n\n{BODY}\n\n{line}\n\n{footer}")
    assert line not in result.text
    assert "Night Fision brings" not in result.text
    assert BODY.strip() in result.text


@pytest.mark.parametrize(
    "line",
    [
        # No certain end marker under it: the article may end with it.
        "For more information about the works, please visit www.example.gov.",
        # A sentence that only opens like a pointer.
        "For more information on the bridge, the council said residents should call the town hall.",
    ],
)
def test_a_more_information_line_without_a_footer_stays(line: str) -> None:
    result = clean(f"{BODY}\n\n{BODY}\n\n{line}\n")
    assert line in result.text


def test_a_sentence_that_opens_like_a_pointer_stays_over_a_source_line() -> None:
    line = "For more information on the bridge, the council said residents should ask the mayor."
    result = clean(f"{BODY}\n\n{line}\n\nSource: https://www.example.org/2018/01/bridge/\n")
    assert line in result.text


@pytest.mark.parametrize(
    ("line", "date"),
    [("4-13-16", "2016-04-13"), ("13.4.16", "2016-04-13"), ("3-6-16", None)],
)
def test_a_date_in_digits_with_a_two_digit_year_at_the_head_goes(
    line: str, date: str | None
) -> None:
    """In the head zone (H003) or under a sentence that ended it (H008). Day and month both
    12 or less: the line goes, the report's date stays empty."""
    above = "Readers liked this one the most of all the stories of the week."
    for text in (
        f"A Title Here\n\n{line}\n\n{BODY}\n",
        f"A Title Here\n\n{above}\n\n{line}\n\n{BODY}\n",
    ):
        result = clean(text)
        assert line not in result.text
        assert result.report.date == date


@pytest.mark.parametrize("line", ["3-6-16 and the rest", "The vote ended 3-6-16."])
def test_digits_in_a_sentence_stay(line: str) -> None:
    result = clean(f"A Title Here\n\n{line}\n\n{BODY}\n")
    assert line in result.text
