"""H013, H014 and the title rule on heads that look like a byline's or a label's and are not
(cases three reviews reproduced): a headline under a kicker, a title-case title over buttons,
places and clubs over a date, a person the article is about, a performer on an event page,
score lines, short titles over their decks, a product's name over a review's headline; and
the title under the site's labels, and what "for" starts in a byline."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = "\n".join(
    [
        "The council met on Tuesday and voted to repair the old bridge after a long debate "
        "that lasted well into the night, the mayor told reporters outside the town hall."
    ]
    * 3
)


def _head(*lines: str) -> str:
    return "\n".join(lines) + "\n" + BODY + "\n"


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # A headline under a kicker is no town or role.
        (
            (
                "Il Resto del Carlino",
                "Reggio Emilia",
                "Esonda il Crostolo, evacuate cento famiglie",
                "10 marzo 2025",
            ),
            "Esonda il Crostolo, evacuate cento famiglie",
        ),
        (
            (
                "Tech Daily",
                "Galaxy Tab Ultra",
                "Samsung's biggest tablet gets a big discount",
                "5 min read",
            ),
            "Samsung's biggest tablet gets a big discount",
        ),
        # A title-case title under the site's name, over buttons.
        (("Sally's Kitchen", "Lemon Drizzle Cake", "Jump to Recipe"), "Lemon Drizzle Cake"),
        (
            ("Community Forums", "Boiler Pressure Drop Overnight", "Reply", "Quote"),
            "Boiler Pressure Drop Overnight",
        ),
        # The person an article is about, with a tagline.
        (
            (
                "«Escribir es una forma de resistencia»",
                "Lídia Jorge",
                "Escritora portuguesa",
                "10 de marzo de 2025",
            ),
            "Escritora portuguesa",
        ),
        (
            (
                "Remembering a life of service",
                "Harold James Whitfield",
                "Retired teacher and choir director",
                "Posted March 3, 2025",
            ),
            "Retired teacher and choir director",
        ),
        (
            (
                "What's on this weekend",
                "Esperanza Spalding",
                "Live in concert",
                "Saturday 14 June 2025",
            ),
            "Live in concert",
        ),
        # A match line, and a score line over a headline.
        (
            (
                "Clásico: el Madrid golea al Barça en el Bernabéu",
                "Real Madrid – FC Barcelona",
                "27 NOV 2025 - 20:31 CET",
            ),
            "Real Madrid – FC Barcelona",
        ),
        (
            (
                "Sideline Report",
                "England 24-22 Wales",
                "Late try seals Triple Crown for England",
                "By Tom Hale",
            ),
            "England 24-22 Wales",
        ),
    ],
)
def test_a_head_line_that_is_no_byline_or_label_stays(lines: tuple[str, ...], kept: str) -> None:
    assert kept in clean(_head(*lines)).text.splitlines()


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Chuva volta a atingir cidades do interior nesta semana",
            "Rio Grande do Sul",
            "10.fev.2025 às 9h00",
        ),
        (
            "Inflación: los precios suben un 3% en febrero",
            "Buenos Aires, Argentina",
            "14 de febrero de 2025",
        ),
    ],
)
def test_a_place_over_the_date_is_no_author(lines: tuple[str, ...]) -> None:
    assert clean(_head(*lines)).report.authors == []


def test_a_club_over_its_ground_is_no_author() -> None:
    text = _head(
        "Late winner sends Madrid top of the table",
        "Real Madrid",
        "Santiago Bernabéu",
        "27 NOV 2025 - 20:31 CET",
    )
    assert "Real Madrid" not in clean(text).report.authors


@pytest.mark.parametrize(
    "labels", [("Gadgets | E-readers",), ("News & Events / Research",), ("Cultura", "Archeologia")]
)
def test_the_title_is_the_headline_under_the_sites_labels(labels: tuple[str, ...]) -> None:
    headline = "Quillbook launches its first color e-reader at $229"
    result = clean(_head(*labels, headline, "By Hana Oyelowo-Birch", "Feb 18, 2025"))
    assert result.report.title == headline
    assert not set(labels) & set(result.text.splitlines())


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By JAMES COOKSEY FOR COURIERONLINE", ["JAMES COOKSEY"]),
        ("By Jane Doe for The Guardian", ["Jane Doe"]),
        ("By Mary Forrest", ["Mary Forrest"]),
    ],
)
def test_for_and_via_open_what_follows_a_bylines_names(byline: str, authors: list[str]) -> None:
    text = _head("Grandmother fights off burglar with her walking stick", byline, "March 3, 2025")
    assert clean(text).report.authors == authors


@pytest.mark.parametrize(
    "lines",
    [
        (
            "A night of quiet brilliance at the Albert Hall",
            "Esperanza Spalding",
            "Albert Hall, London",
            "March 3, 2025",
        ),
        ("Protests spread across the city for a third night", "Hong Kong, China", "March 3, 2025"),
        ("Chuva forte alaga ruas do centro nesta segunda", "Campo Grande, MS", "10/02/2025"),
    ],
)
def test_a_performer_over_a_venue_or_a_place_with_its_country_is_no_author(
    lines: tuple[str, ...],
) -> None:
    result = clean(_head(*lines))
    assert result.report.authors == []
    assert lines[1] in result.text.splitlines()


@pytest.mark.parametrize(
    "first",
    [
        "Our new opening hours start on Monday. Find the full timetable for every branch on "
        "our website at riverside-library.org/hours",
        "hey everyone so my sourdough starter has been really sluggish since the weather turned "
        "cold and I am not sure what to do",
    ],
)
def test_a_long_first_line_with_no_full_stop_that_is_no_title_stays(first: str) -> None:
    assert first in clean(_head(first, "Updated March 3, 2025")).text.splitlines()


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # A short title over its deck: one capitalised line is no sure label.
        (
            ("Undertow", "How a small coastal town learned to live with the sea", "By Maria Lopez"),
            "Undertow",
        ),
        (
            (
                "Undertow",
                "Can a small coastal town learn to live with the sea?",
                "By Maria Lopez",
                "March 4, 2024",
            ),
            "Undertow",
        ),
        # A review's title with a separator and a word in small letters.
        (
            (
                "Taylor Swift – Eras Tour review",
                "A three-hour marathon that never once lets up",
                "By Alexis Petridis",
                "4 March 2024",
            ),
            "Taylor Swift – Eras Tour review",
        ),
    ],
)
def test_a_short_title_over_its_deck_stays_the_title(lines: tuple[str, ...], title: str) -> None:
    result = clean(_head(*lines))
    assert result.report.title == title or title in result.text.splitlines()


def test_a_products_name_over_a_review_headline_stays() -> None:
    text = _head(
        "Reviews",
        "Sony WH-1000XM5",
        "The best noise-cancelling headphones just got even better",
        "By Sam Reed",
    )
    assert "Sony WH-1000XM5" in clean(text).text.splitlines()


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Spring concerts announced for the Park Pavilion",
            "Esperanza Spalding",
            "Bass",
            "Saturday, March 9, 2024",
        ),
        (
            "Spring concerts announced for the Park Pavilion",
            "Bob Dylan, Radio City",
            "Saturday, March 9, 2024",
        ),
        (
            "Spring concerts announced for the Park Pavilion",
            "Bruce Springsteen, in Concert",
            "Saturday, March 9, 2024",
        ),
    ],
)
def test_a_performer_on_an_event_page_is_no_author(lines: tuple[str, ...]) -> None:
    result = clean(_head(*lines))
    assert result.report.authors == []
    assert lines[1] in result.text.splitlines()


@pytest.mark.parametrize(
    "first",
    ["The Social Network", "Trump Sues CBS News", "The French Dispatch", "Exciting News"],
)
def test_a_short_title_ending_like_a_publications_name_is_kept(first: str) -> None:
    """A review took back a rule for a site's name on the first line ("Grid Down Daily"):
    film titles, headlines and blog titles end in the same words, over the body."""
    body = "Fincher's film about the founding of a company has only grown in stature. " * 3
    result = clean(f"{first}\n\n{body}\n\n{body}\n")
    assert first in result.text or result.report.title == first


def test_a_travel_pages_means_headings_are_no_bylines() -> None:
    trains = "The nearest station has direct trains from the airport several times a day. " * 2
    text = f"Getting to the Lakes\n\nBy Train\n\n{trains}\n\nBy Car\n\n{trains}\n"
    result = clean(text)
    assert "By Train" in result.text and "By Car" in result.text
    assert result.report.authors == []


def test_a_deadline_is_no_dateline() -> None:
    lede = "The bank has opened applications for 500 clerk posts across the country. " * 3
    text = f"Bank Recruitment 2025: Apply for 500 Clerk Posts\n\nLast Date: 14-Mar-2025\n\n{lede}\n"
    result = clean(text)
    assert "Last Date: 14-Mar-2025" in result.text
    assert result.report.date is None


@pytest.mark.parametrize(
    "dateline",
    ["Deadline | March 3, 2025", "Bill Frist | March 3, 2025", "Last date modified: 2025-03-03"],
)
def test_a_deadline_word_in_a_publications_dateline_keeps_its_date(dateline: str) -> None:
    lede = "The council voted on Tuesday to repair the old bridge over the river. " * 3
    result = clean(f"Council Approves Budget for the Old Bridge\n\n{dateline}\n\n{lede}\n")
    assert result.report.date == "2025-03-03"


@pytest.mark.parametrize(
    "line", ["By Post – Letters Editor, The Herald", "By Metro, Staff Writer", "By Email - Editor"]
)
def test_by_is_no_first_name(line: str) -> None:
    lede = "The council voted on Tuesday to repair the old bridge over the river. " * 3
    result = clean(f"Council Approves Budget for the Old Bridge\n\n{line}\n\n{lede}\n")
    assert not any(a.startswith("By ") for a in result.report.authors)


def test_a_role_beside_the_dateline_is_no_author() -> None:
    lede = "Quillbook is adding color to its e-reader lineup, the company said on Tuesday. " * 3
    text = (
        "Quillbook launches its first color e-reader at $229\n\nMaya Lindqvist\n\n"
        f"Senior Reporter\n\nFeb 18, 2025, 9:00 AM EST\n\n{lede}\n"
    )
    assert clean(text).report.authors == ["Maya Lindqvist"]


def test_the_name_and_date_under_labels_title_and_standfirst_go() -> None:
    """A site's name and two section labels over the title and its standfirst: the author's
    name and the date are the seventh and eighth lines, still in H008's zone."""
    text = _head(
        "The Harbour Times",
        "Local",
        "Culture",
        "The lighthouse reopens",
        "After thirty years the tower on the point welcomes visitors again, with a museum "
        "of the keepers' lives inside.",
        "Jane Porter",
        "04 March 2024",
    )
    result = clean(text)
    assert "Jane Porter" not in result.text and "04 March 2024" not in result.text
    assert result.report.authors == ["Jane Porter"]
    assert result.report.date == "2024-03-04"


@pytest.mark.parametrize(
    "line",
    [
        "Published 6:02 a.m. ET March 5, 2024 | Updated 9:41 a.m. ET March 5, 2024",
        "Published Mar 05, 2024 • Last updated 2 hours ago • 3 minute read",
        "Veröffentlicht am 05.03.2024 | Lesezeit: 4 Min.",
        "05 Marzo 2024 3' di lettura",
        "Publié le 5 mars 2024, mis à jour il y a 2 heures",
        "5 de marzo de 2024 · hace 3 horas",
    ],
)
def test_a_dateline_with_an_update_a_reading_time_or_an_age_goes(line: str) -> None:
    """At the head (H003), with its date in the report, and under a standfirst that ended
    the head zone (H008, or H005 for a line its family knows)."""
    result = clean(_head("Council delays vote on rates", line))
    assert line not in result.text
    assert result.report.date == "2024-03-05"
    deck = "Residents told council members the increase would land hardest on retirees."
    assert line not in clean(_head("A Title", deck, line)).text


@pytest.mark.parametrize(
    "line",
    [
        "The vote was on March 5, 2024 and took 5 minutes.",
        "March 5, 2024: the day the plant closed, 3 hours ago for some of us it seems.",
    ],
)
def test_a_sentence_with_a_date_and_a_duration_stays(line: str) -> None:
    result = clean(_head("A Title", line))
    assert line in result.text


def test_a_name_ending_in_a_writers_job_is_no_author() -> None:
    text = _head(
        "Snow-clearing budget already 80 per cent spent",
        "Brett Lachance",
        "Local Journalism Reporter",
        "Published Feb 6, 2026 • Last updated 2 hours ago • 3 minute read",
    )
    result = clean(text)
    assert result.report.authors == ["Brett Lachance"]
    assert result.report.date == "2026-02-06"
    assert "Local Journalism Reporter" not in result.text


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("Dana Whitcomb", "Millbrook Courier"), "Dana Whitcomb"),
        (("Kevin Marsh, Lakeshore Tribune",), "Kevin Marsh"),
        (("Emma Thibodeau and Raj Patel",), "Emma Thibodeau"),
    ],
)
def test_the_authors_name_and_outlet_over_a_published_line_go(
    lines: tuple[str, ...], author: str
) -> None:
    """Under the title and its standfirst, over a dateline with a publishing label (H011):
    the outlet is no author."""
    deck = "Residents told council members the increase would land hardest on retirees."
    date = "Published 6:02 a.m. ET March 5, 2024 | Updated 9:41 a.m. ET March 5, 2024"
    result = clean(_head("Council delays vote on water rates", deck, *lines, date))
    assert not any(line in result.text for line in lines)
    assert result.report.authors[0] == author
    assert "Millbrook Courier" not in result.report.authors
    assert "Lakeshore Tribune" not in result.report.authors


def test_a_place_and_a_name_over_no_date_stay() -> None:
    """No date under them: a name and a place are the article's own lines."""
    text = _head("Council delays vote on water rates", "Dana Whitcomb", "Millbrook Courier")
    result = clean(text)
    assert "Dana Whitcomb" in result.text and "Millbrook Courier" in result.text


@pytest.mark.parametrize(
    ("byline", "authors", "date"),
    [
        (
            "Par Claire Monnot - 04 sept. 2024 à 18h12 - Temps de lecture : 3 min",
            ["Claire Monnot"],
            "2024-09-04",
        ),
        (
            "Par Julien Moreau - Publié le 01/12/2026 à 14h05, mis à jour le 02/12/2026 à 09h12",
            ["Julien Moreau"],
            "2026-12-01",
        ),
        (
            "By Sam Okoro-Lindgren on September 12, 2024 at 9:00AM PDT",
            ["Sam Okoro-Lindgren"],
            "2024-09-12",
        ),
        (
            "Von Anna Schmidt - 12.03.2021, 14:05 Uhr - Lesezeit: 4 Min.",
            ["Anna Schmidt"],
            "2021-03-12",
        ),
    ],
)
def test_a_byline_with_its_date_time_update_and_reading_time_gives_both(
    byline: str, authors: list[str], date: str
) -> None:
    result = clean(_head("Council approves the budget for the old bridge", byline))
    assert byline not in result.text
    assert (result.report.authors, result.report.date) == (authors, date)


def test_a_long_dateline_with_an_update_under_the_title_goes() -> None:
    line = "PNN News · Posted: Jun 11, 2024 5:32 PM MT | Last Updated: June 11, 2024"
    result = clean(_head("Smoke blankets the Edmonton skyline", line))
    assert line not in result.text
    assert result.report.date == "2024-06-11"


def test_a_byline_with_its_update_first_gives_the_author_and_the_publication_date() -> None:
    line = "Par Julien Moreau - Mis à jour le 05/09/2024 à 09h12 - Publié le 04/09/2024 à 14h05"
    result = clean(_head("La rentrée scolaire sous tension dans les lycées de Lyon", line))
    assert line not in result.text
    assert (result.report.authors, result.report.date) == (["Julien Moreau"], "2024-09-04")


def test_a_long_byline_with_its_date_and_update_gives_the_author() -> None:
    line = "Par Julien Moreau - Publié le 04/09/2024 à 14h05 - Mis à jour le 05/09/2024 à 09h12"
    result = clean(_head("La rentrée scolaire sous tension dans les lycées de Lyon", line))
    assert (result.report.authors, result.report.date) == (["Julien Moreau"], "2024-09-04")


@pytest.mark.parametrize(
    "lede",
    [
        "By Christmas Day, most of the city's shops will have been open every Sunday since"
        " November 3, 2024.",
        "By Labor Day, the county's pools will have stayed open every weekend since Memorial"
        " Day, May 27, 2024",
    ],
)
def test_a_lede_opening_with_by_and_ending_in_a_date_is_no_byline(lede: str) -> None:
    result = clean(_head("Shops open on Sundays for the holidays", lede))
    assert lede in result.text
    assert result.report.authors == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Aktualisiert am 12.03.2024 · Gültig bis 19.03.2024", "2024-03-12"),
        ("Last updated: March 5, 2024 | Next review: March 5, 2025", "2024-03-05"),
    ],
)
def test_an_update_with_another_date_after_it_keeps_its_own_date(line: str, date: str) -> None:
    assert clean(_head("Storm warning for the coast this week", line)).report.date == date
