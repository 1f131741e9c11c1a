"""Boilerplate families that an extractor's output still holds (issue 15, the trafilatura tier
of dev-eval): a German dateline whose day the parser took for a list marker, a box about the
site itself ("Über diese Reihe") that ends the text. Look-alike body lines stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

TITLE = "Kapitel 121 ist online"
LEAD = (
    "Kapitel 121 ist nun auch online. Wie immer können die Bilder nur von eingeloggten Usern "
    "betrachtet werden, und am Freitag folgt schon das nächste Kapitel der Reihe. "
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("24. März 2004, 19:49 | Genesis", "2004-03-24"),
        ("1. Februar 2022 , Daniel Dillenburg", "2022-02-01"),
        ("20. März 2021 - 15:00 Uhr", "2021-03-20"),
        ("12. November 2015 / 13:48", "2015-11-12"),
        ("5. Mai 2019", "2019-05-05"),
    ],
)
def test_a_german_dateline_under_the_title_goes(line: str, iso: str) -> None:
    """ "24. März 2004" opens like item 24 of a numbered list; it is a dateline all the same."""
    result = clean(f"{TITLE}\n\n{line}\n\n{LEAD * 2}\n\n{LEAD}\n")
    assert line not in result.text
    assert "H003" in {r.code for r in result.report.removed}
    assert result.report.date == iso


@pytest.mark.parametrize(
    "line",
    [
        # Numbered list items whose text is no date.
        "1. Kreisveterinäramt Sömmerda",
        "24. Spieltag: Die Bayern gewinnen in Dortmund",
        # A date in a numbered sentence of the article.
        "3. März 2004 wurde das Gesetz beschlossen, und danach änderte sich für die Mieter viel.",
    ],
)
def test_a_numbered_line_that_is_no_dateline_stays(line: str) -> None:
    result = clean(f"{TITLE}\n\n{line}\n\n{LEAD * 2}\n\n{LEAD}\n")
    assert line in result.text


ABOUT_BOX = (
    "Die Stiftung ist in rund 110 Ländern mit einem eigenen Büro vertreten. Ihre Mitarbeiter "
    "berichten aus erster Hand über aktuelle Ereignisse in ihrem Einsatzland."
)


@pytest.mark.parametrize(
    "heading",
    ["Über diese Reihe", "Über uns", "About this series", "About us", "À propos de ce site"],
)
def test_a_box_about_the_site_that_ends_the_text_goes(heading: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{heading}\n\n{ABOUT_BOX}\n")
    assert heading not in result.text
    assert ABOUT_BOX not in result.text
    assert BODY.strip() in result.text
    assert result.report.bio == ABOUT_BOX


@pytest.mark.parametrize(
    "heading", ["Über die Brücke", "About the bridge", "Über diese Brücke", "About this bridge"]
)
def test_a_section_about_something_else_that_ends_the_text_stays(heading: str) -> None:
    """Only a box about the site or its series needs no footer marker after it."""
    section = "The bridge was built in 1890 and carries the tram across the river."
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{heading}\n\n{section}\n")
    assert heading in result.text
    assert section in result.text


def test_a_long_section_under_an_about_us_heading_stays() -> None:
    """A box about the site is short: three paragraphs after the heading are the article's."""
    more = [
        "The works start in May, and the tram will run on the old bridge again by December.",
        "Cars will have to use the new bridge north of the town until the works are done.",
    ]
    text = f"A Title Here\n\n{BODY}\n\nAbout us\n\n{ABOUT_BOX}\n\n{more[0]}\n\n{more[1]}\n"
    result = clean(text)
    assert ABOUT_BOX in result.text
    assert more[1] in result.text


# Single lines between two paragraphs: labels and notices an extractor keeps.
GOES = [
    # The heading over the study a science press release is based on.
    ("Originalpublikation", "L001"),
    ("Originalartikel:", "L001"),
    ("Original publication:", "L001"),
    ("Publicación original", "L001"),
    # The sidebar heading of German public sites.
    ("Zusatzinformationen:", "A005"),
    # The section a press release is filed under.
    ("Pressemitteilungen", "A005"),
    ("- Pressemitteilung", "A005"),
    ("Press release", "A005"),
    ("Communiqué de presse", "A005"),
    # A teaser framed by arrows.
    (">> Wegen Corona: Danni Büchner muss ihr Lokal auf Mallorca schließen <<", "A005"),
    (">> Alle Bilder vom Stadtfest in unserer Galerie <<<", "A005"),
    # A teaser card with the previous card's read-more button glued to it.
    ("Czytaj więcejFrancuskie, filo czy kruche? Ciasto na słono może mieć wiele postaci.", "A005"),
    ("Read moreHow the council paid for the new bridge over the river", "A005"),
    # A commenter's line, numbered or dated.
    ("#1 Kommentar von Naru-chan", "S003"),
    ("Kommentar von Mareike8. Dezember 2010 um 10:56", "S003"),
    # Membership prompts and a print magazine's plug for its issue.
    ("Werden Sie Mitglied bei", "S002"),
    ("Werde Mitglied beim LSVD!", "S002"),
    ("for me und erhalten Sie exklusive Angebote!", "S002"),
    ("Alles Gute zum neuen Jahr & viel Spaß mit der neuen Ausgabe!", "P001"),
    ("Jetzt die aktuelle Ausgabe bestellen!", "P001"),
    ("Die neue AngelWoche 03/2022 – ab sofort im Handel erhältlich!", "P001"),
    # The comment form's answers.
    ("Noch keine Kommentare zu So können Internet-User ihre Daten schützen", "S003"),
    ("Vielen Dank für Ihren Kommentar.", "S003"),
    ("Ihr Kommentar wurde gespeichert und wartet auf Moderation.", "S003"),
    ("Your comment is awaiting moderation.", "S003"),
]

STAYS = [
    "Die Originalpublikation erschien 2021 in der Fachzeitschrift Science und wurde viel zitiert.",
    "Zusatzinformationen zur Anlage gab die Betreiberin am Dienstag nicht heraus.",
    "In einer Pressemitteilung kündigte die Stadt am Montag den Bau einer neuen Brücke an.",
    "The press release said the bridge would open in May.",
    "Vielen Dank für deinen Kommentar… ja, das sagt meine Mutter auch immer zu mir!",
    "Wer Mitglied werden will, muss im Verein seit zwei Jahren aktiv sein, sagte die Sprecherin.",
    "Werden Sie Mitglied, so erhalten Sie eine Stimme in der Versammlung, heißt es in der Satzung.",
    "Die Mitglieder erhalten exklusive Angebote, kritisierte der Verbraucherschutz am Montag.",
    "Die neue Ausgabe des Berichts erscheint im Mai und zeigt, wie stark die Mieten stiegen.",
    "Read more about the plan in the council's own report, out on Monday.",
    "Weiterlesen lohnt sich: Der zweite Teil des Berichts erscheint am Montag.",
    "Ein Kommentar von Anna Schmidt zur Lage der Stadtwerke nach dem Winter.",
    "Der Kommentar von Anna Schmidt am 8. Dezember 2010 löste eine lange Debatte aus.",
    # Arrows inside a sentence, and a comparison.
    "Die Werte fielen deutlich: 5 << 7, und so blieb es bis zum Ende der Messreihe im Mai.",
]


@pytest.mark.parametrize(("line", "code"), GOES)
def test_an_extractor_leftover_line_goes(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", STAYS)
def test_a_look_alike_body_line_stays(line: str) -> None:
    assert_stays(line)


def test_a_comment_under_its_commenter_line_goes_at_the_end() -> None:
    """The commenter's line goes as a form line; the comment under it, which ends the text,
    goes with it."""
    comment = "26. März 2004, 16:19Danke für dieses Kapitel Genesis^o^"
    text = f"{TITLE}\n\n{LEAD * 2}\n\nLinks:\n\n#1 Kommentar von Naru-chan\n\n{comment}\n"
    result = clean(text)
    assert "Kommentar von" not in result.text
    assert comment not in result.text
    assert LEAD.strip() in result.text


PARAGRAPH = "The council voted on Tuesday to repair the old bridge over the river. " * 5


def test_headlines_under_a_label_in_capitals_that_end_the_text_go() -> None:
    headlines = [
        "- You may not agree with our views, or other users’, but please respond to them kindly",
        "- Do not impersonate other users or reveal private information about third parties",
        "- We reserve the right to delete inappropriate posts and ban offending users at once",
    ]
    text = f"A Title Here\n\n{PARAGRAPH}\n\nCOMMUNITY GUIDELINES\n\n" + "\n".join(headlines) + "\n"
    result = clean(text)
    assert "COMMUNITY GUIDELINES" not in result.text
    assert all(h not in result.text for h in headlines)
    assert PARAGRAPH.strip() in result.text


@pytest.mark.parametrize(
    "items",
    [
        # Sentences: the article's own summary under its heading.
        [
            "- The bridge closes in May for six months of repairs.",
            "- The tram runs on the new bridge north of the town until then.",
            "- Cyclists may still cross the old bridge on the footpath.",
        ],
        # Short entries: a list of terms.
        ["- Old bridge", "- New bridge", "- Tram depot"],
        # Two headlines only.
        [
            "- Council approves the new bike lanes along the main street up to the station",
            "- School in the old town wins the national reading contest for the second time",
        ],
    ],
)
def test_a_list_under_a_label_in_capitals_stays(items: list[str]) -> None:
    text = f"A Title Here\n\n{PARAGRAPH}\n\nIN BRIEF\n\n" + "\n".join(items) + "\n"
    result = clean(text)
    assert "IN BRIEF" in result.text
    assert all(i in result.text for i in items)
