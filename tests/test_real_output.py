"""Boilerplate of the seventh round (issue 15), found on real extractor output of other sites:
a republishing note at the head ("This article originally appeared on VICE US."), a hat tip
in brackets, an agency's rights terms, a shop button, a blog's links to the posts before and
after, a theme's date badge run together ("Mai062018"), and an old blog system's page frame
(A010). Look-alike body lines stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs, removed_codes

REMOVED = [
    ("This article originally appeared on VICE US.", "L001"),
    ("(via Geeks Are Sexy)", "L001"),
    ("Die Rechte sämtlicher Texte sind beim Katholischen Medienzentrum.", "L002"),
    ("Jede Weiterverbreitung ist honorarpflichtig.", "L002"),
    ("Die Speicherung in elektronischen Datenbanken ist nicht erlaubt.", "L002"),
    ("Storage in electronic databases is not permitted.", "L002"),
    ("Den Beef Maker bei Amazon ansehen", "A005"),
    ("Jetzt bei Otto bestellen", "A005"),
    ("View on Amazon", "A005"),
    ("« Energie sparen | Startseite | Weltrekord für den Waldschutz »", "A005"),
]

KEPT = [
    "This story first appeared to him in a dream, he told the court on the second day.",
    "(via the old road over the pass, which the council closed in the winter)",
    "Die Rechte der Autoren sind in dem neuen Gesetz besser geschützt als bisher, sagte sie.",
    "Ich wollte die Pfanne bei Amazon kaufen, aber sie war schon ausverkauft.",
    "« Wir haben keine Wahl », sagte die Ministerin am Abend.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_goes_between_paragraphs(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", KEPT)
def test_body_line_stays(line: str) -> None:
    assert_stays(line)


def test_republishing_note_over_the_text_goes() -> None:
    text = f"This article originally appeared on VICE US.\n{BODY}\n"
    assert removed_codes(text) == {"This article originally appeared on VICE US.": "L001"}
    assert clean(text).report.source == "VICE US"


def test_date_badge_run_together_is_the_dateline() -> None:
    text = f"Come Together\nMai062018\n{BODY}\n"
    result = clean(text)
    assert removed_codes(text)["Mai062018"] == "H003"
    assert result.report.date == "2018-05-06"


def test_a_word_and_a_year_are_no_date_badge() -> None:
    text = f"Come Together\nMai 2018\n{BODY}\n"
    assert "Mai 2018" not in removed_codes(text)


#: An old blog system's page, as an extractor that took the whole page gives it.
FRAME_PAGE = (
    "Briefe - 26 Oktober 2010 - Blog - Bilder, News, Geschichte und Schleifen!\n"
    "Willkommen\nGast\n|\nRSS\nHauptseite\n|\nRegistrieren\n|\nLogin\nMenü\nBlog\nFotoalben\n"
    "Statistik\nInsgesamt online:\n1\nGäste:\n1\n"
    "Briefe\n"
    f"{BODY}\n{BODY}\n"
    "Tags:\nDenken\n,\nBilder\n| Rating:\n0.0\n/\n0\nKommentare insgesamt:\n0\nVorname *:\n"
    "Email *:\nCode *:\n"
)


def test_page_frame_over_and_under_the_post_goes() -> None:
    result = clean(FRAME_PAGE)
    codes = removed_codes(FRAME_PAGE)
    for line in ("Willkommen", "Login", "Insgesamt online:", "Rating:", "Vorname *:"):
        assert codes.get(line) == "A010" or any(
            k.strip(" |") == line.strip(" |") for k, v in codes.items() if v == "A010"
        )
    assert result.text.splitlines()[:2] == [
        "Briefe - 26 Oktober 2010 - Blog - Bilder, News, Geschichte und Schleifen!",
        "Briefe",
    ]
    assert BODY.strip() in result.text


def test_short_lines_between_the_frame_and_the_text_stay() -> None:
    page = "Home\nLogin\nRegister\nSearch\nRSS\nContact\nImprint\nArchive\nSpring Poem\n"
    page += "The snow\nis gone\nfrom the hill\n" + BODY + "\n"
    kept = clean(page).text
    for line in ("Spring Poem", "The snow", "is gone", "from the hill"):
        assert line in kept.splitlines()
    assert "Login" not in kept.splitlines()


def test_a_list_of_site_words_inside_the_text_stays() -> None:
    items = "Home\nSearch\nLogin\nMenu\nSettings\nProfile\nHelp\nAbout\n"
    text = f"{BODY}\n{items}{BODY}\n"
    assert not any(code == "A010" for code in removed_codes(text).values())


def test_the_frame_needs_three_labels() -> None:
    items = "Home\nWinter\nSpring\nSummer\nAutumn\nRain\nSnow\nWind\nSun\n"
    text = f"{items}{BODY}\n"
    assert not any(code == "A010" for code in removed_codes(text).values())
