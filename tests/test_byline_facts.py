"""What a byline at the head gives the report (issue 15: "By Jane Doe, Reuters" gives author
Jane Doe and source Reuters): authors without roles, agencies or date words; a publication
after the names as the source; never a byline as the publisher."""

from __future__ import annotations

from typing import Any

import pytest

from cleaner import clean

BODY = "The council voted on Tuesday to repair the old bridge over the river, ending a dispute."

CASES: list[tuple[str, dict[str, Any]]] = [
    ("By Jane Doe, Reuters", {"authors": ["Jane Doe"], "source": "Reuters"}),
    (
        "By JANE DOE and JOHN ROE Associated Press",
        {"authors": ["JANE DOE", "JOHN ROE"], "source": "Associated Press"},
    ),
    (
        "Jane Doe | Reuters | Published: March 3, 2021 10:15 AM",
        {"authors": ["Jane Doe"], "source": "Reuters", "date": "2021-03-03"},
    ),
    ("Jane Doe, AFP", {"authors": ["Jane Doe"], "source": "AFP"}),
    (
        "Por María López | EFE | 3 de marzo de 2021",
        {"authors": ["María López"], "source": "EFE", "date": "2021-03-03"},
    ),
    ("Por João Silva, da Folha | 03/03/2021 10h15", {"authors": ["João Silva"], "source": "Folha"}),
    ("Di Marco Rossi | 3 marzo 2021", {"authors": ["Marco Rossi"], "publisher": None}),
    (
        "Written by Jane Doe on March 3, 2021",
        {"authors": ["Jane Doe"], "date": "2021-03-03", "publisher": None},
    ),
    (
        "Von Anna Schmidt Veröffentlicht am 12.03.2021",
        {"authors": ["Anna Schmidt"], "date": "2021-03-12"},
    ),
    ("By Jane Doe, Staff Writer", {"authors": ["Jane Doe"]}),
    ("Von Anna Schmidt, Redakteurin", {"authors": ["Anna Schmidt"]}),
    ("By Agencia EFE", {"authors": [], "source": "Agencia EFE"}),
    ("By The Associated Press", {"authors": [], "source": "Associated Press"}),
    ("By Priya Nair, News Editor", {"authors": ["Priya Nair"]}),
    ("By Jane Doe (@janedoe)", {"authors": ["Jane Doe"], "handles": ["@janedoe"]}),
    ("Alex Wagner - Senior News Editor", {"authors": ["Alex Wagner"]}),
    (
        "By FRANKLIN BRICENO, Associated Press | July 19, 2013 | Updated: July 19, 2013 3:55am",
        {"authors": ["FRANKLIN BRICENO"], "source": "Associated Press", "date": "2013-07-19"},
    ),
    ("Por Redação", {"authors": []}),
    ("Von Redaktion Radio Osthessen", {"authors": []}),
    ("Posted on 29 November 2026 by Parish Office", {"authors": [], "date": "2026-11-29"}),
    ("Door Marieke ten Brinke", {"authors": ["Marieke ten Brinke"]}),
    ("By Priya Raman @priyatypes", {"authors": ["Priya Raman"], "handles": ["@priyatypes"]}),
    (
        "By Dana Whitlock dwhitlock@millbrookcourier.com",
        {"authors": ["Dana Whitlock"], "emails": ["dwhitlock@millbrookcourier.com"]},
    ),
    ("By Tessa Kwiatkowski, RN, BSN", {"authors": ["Tessa Kwiatkowski"]}),
]


@pytest.mark.parametrize(("byline", "facts"), CASES)
def test_a_bylines_facts_are_clean(byline: str, facts: dict[str, Any]) -> None:
    result = clean(f"Bridge repair approved\n\n{byline}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n")
    assert byline not in result.text
    report = result.report.to_dict()
    for key, value in facts.items():
        assert report.get(key) == value, key


@pytest.mark.parametrize("heading", ["By The Numbers", "BY THE NUMBERS", "By A Long Shot"])
def test_a_heading_led_by_an_article_after_by_stays(heading: str) -> None:
    text = f"Bridge repair approved\n\n{BODY}\n\n{BODY}\n\n{heading}\n\n{BODY}\n"
    assert heading in clean(text).text


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        ("Global Research, November 09, 2017", "Global Research"),
        ("Reuters, March 3, 2021", "Reuters"),
        ("Wednesday, June 05, 2013", None),
        ("Mittwoch, 5. Juni 2013", None),
        ("MAPUTO, March 3, 2021", None),
        ("News, March 3, 2021", None),
        ("Data publicării, 3 martie 2021", None),
    ],
)
def test_a_datelines_publisher_is_a_publications_name(dateline: str, publisher: str | None) -> None:
    result = clean(f"Bridge repair approved\n\n{dateline}\n\n{BODY}\n\n{BODY}\n")
    assert dateline not in result.text
    assert result.report.publisher == publisher


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        (
            "CNN’s Christine Romans and Emily Jane Fox contributed to this report",
            ["Christine Romans", "Emily Jane Fox"],
        ),
        ("The Associated Press contributed to this report.", []),
    ],
)
def test_a_credits_people_are_named_one_by_one(credit: str, authors: list[str]) -> None:
    result = clean(f"{BODY}\n\n{BODY}\n\n{credit}\n")
    assert credit not in result.text
    assert sorted(result.report.authors) == authors


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("h/t to Chris Preist (University of Bristol) for guidance on this.", "Chris Preist"),
        (
            "This article was originally published on The Huffington Post and can be read here.",
            "The Huffington Post",
        ),
        ("(Quelle: cozy & cuddly)", "cozy & cuddly"),
    ],
)
def test_a_sources_name_comes_without_what_follows_it(line: str, source: str) -> None:
    result = clean(f"{BODY}\n\n{BODY}\n\n{line}\n")
    assert line not in result.text
    assert result.report.source == source


def test_a_line_that_begins_like_an_italian_byline_stays() -> None:
    line = "Di Maio attacca il governo sul ponte e chiede nuove elezioni in primavera."
    assert line in clean(f"Il ponte\n\n{line}\n\n{BODY}\n").text


LONG = f"{BODY} {BODY}\n\n{BODY} {BODY}\n\n{BODY} {BODY}\n"


def test_a_bio_of_the_bylines_author_at_the_head_goes_to_the_report() -> None:
    bio = "Jane Doe is a reporter who has covered trade and tariffs for the paper since 2009."
    result = clean(f"Bridge repair approved\n\nBy Jane Doe\n\n_{bio}_\n\n{LONG}")
    assert bio not in result.text
    assert result.report.to_dict()["bio"] == bio


def test_a_bio_of_someone_else_at_the_head_stays() -> None:
    line = "John Roe is a professor of history at Yale and a critic of the council's bridge plan."
    result = clean(f"Bridge repair approved\n\nBy Jane Doe\n\n{line}\n\n{LONG}")
    assert line in result.text


@pytest.mark.parametrize(
    "head",
    [
        "Maria Santos\n\nMarch 3, 2026",
        "March 3, 2026\n\nMaria Santos",
        "Christoph von Eichhorn\n\n28.01.2022",
        "Maria Santos\n\nPublished March 3, 2026",
        "Maria Santos\n\nPublished: March 3, 2026",
    ],
)
def test_a_bare_name_beside_a_date_is_the_byline(head: str) -> None:
    result = clean(f"Bridge repair approved\n\n{head}\n\n{BODY}\n\n{BODY}\n")
    name = next(line for line in head.split("\n\n") if not any(c.isdigit() for c in line))
    assert name not in result.text
    assert result.report.authors == [name]


@pytest.mark.parametrize(
    "head",
    [
        "Maria Santos\n\n" + BODY,  # no date beside it: a subheading, perhaps
        "Notes From Home\n\nMarch 3, 2026",  # "From" is no part of a name
    ],
)
def test_a_bare_name_line_without_a_plain_date_beside_it_is_no_author(head: str) -> None:
    result = clean(f"Bridge repair approved\n\n{head}\n\n{BODY}\n\n{BODY}\n")
    assert result.report.authors == []
    assert head.split("\n\n", maxsplit=1)[0] in result.text


@pytest.mark.parametrize(
    "head",
    [
        "Ort Saarbrücken\n\nDatum 25.01.2022",
        "Ausgabejahr 2022\n\nDatum 25.01.2022",
        "Ausgabejahr 2022\n\nOrt Kassel\n\nDatum 25.01.2022",
        "Datum 25.01.2022\n\nOrt Kassel",
    ],
)
def test_a_block_of_labelled_values_goes_with_its_date_and_names_no_author(head: str) -> None:
    result = clean(f"Bridge repair approved\n\n{head}\n\n{BODY}\n\n{BODY}\n")
    assert result.report.authors == []
    assert result.report.date == "2022-01-25"
    assert result.text == f"{BODY}\n\n{BODY}\n"
    assert {r.code for r in result.report.removed} >= {"H003", "H010"}


@pytest.mark.parametrize(
    "head",
    [
        "Ort: Kassel\n\nDatum 28.01.2022",  # with a colon: an event's place, a book's data
        "Verlag: Heyne\n\nErscheinungsdatum: 14.08.2017",
        "Ort Kassel\n\nStand: 28.01.2022",
        "Kassel\n\nDatum 28.01.2022",  # no label
        "Neue Brücken für Kassel\n\nDatum 28.01.2022",  # four words: a subtitle
        "Die Brücke hält.\n\nDatum 28.01.2022",  # a sentence
    ],
)
def test_a_line_unlike_a_labelled_value_stays_beside_a_labelled_date(head: str) -> None:
    result = clean(f"Bridge repair approved\n\n{head}\n\n{BODY}\n\n{BODY}\n")
    assert head.split("\n\n", maxsplit=1)[0] in result.text


def test_the_first_line_is_the_title_not_a_bare_name_byline() -> None:
    result = clean(f"Bridge Repair Approved\n\nMarch 3, 2026\n\n{BODY}\n\n{BODY}\n")
    assert result.report.authors == []
    assert result.report.title == "Bridge Repair Approved"


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("Datum 28.01.2022", "2022-01-28"),
        ("Stand: 28.01.2022 10:15 Uhr", "2022-01-28"),
        ("Date: March 3, 2021", "2021-03-03"),
        ("Fecha: 3 de marzo de 2021", "2021-03-03"),
    ],
)
def test_the_label_of_a_date_is_no_publisher(dateline: str, date: str) -> None:
    result = clean(f"Bridge repair approved\n\n{dateline}\n\n{BODY}\n\n{BODY}\n")
    assert (result.report.date, result.report.publisher) == (date, None)


def test_a_publication_before_a_date_is_still_the_publisher() -> None:
    result = clean(f"Bridge repair approved\n\nGlobal Research, November 09, 2017\n\n{BODY}\n")
    assert result.report.publisher == "Global Research"


def test_a_post_date_line_under_a_byline_below_the_head_gives_the_date() -> None:
    """H007 takes a byline under a standfirst that ends the head zone; the "Published ..."
    line under it goes by H005, which reads no date: H007 reads it for the report."""
    text = (
        "OPINION\n\nThe photo says 'all rights reserved.' That doesn't mean what you think.\n\n"
        "By Grady Osterhout, Contributing Columnist\n\n"
        "Published 6:00 AM EDT, Tue May 14, 2024\n\n"
        f"{BODY}\n\n{BODY}\n\n{BODY}\n"
    )
    report = clean(text).report
    assert report.authors == ["Grady Osterhout"]
    assert report.date == "2024-05-14"


@pytest.mark.parametrize("heading", ["Von Tür zu Tür", "Staff Writer Of The Year"])
def test_a_heading_shaped_like_a_byline_stays_in_the_text(heading: str) -> None:
    """ "Von Tür zu Tür" is no name with a particle; a role before words is no byline."""
    text = f"Bridge repair approved\n\n{BODY}\n\n{BODY}\n\n{heading}\n\n{BODY}\n\n{BODY}\n"
    result = clean(text)
    assert heading in result.text
    assert result.report.authors == []


@pytest.mark.parametrize(
    "byline",
    ["Redacción / Murcia", "Redazione | Venezia", "Rédaction / Lyon", "Redação / Porto Alegre"],
)
def test_the_newsroom_with_its_town_is_a_byline_with_no_author(byline: str) -> None:
    result = clean(f"Bridge repair approved\n\n{byline}\n\n{BODY}\n\n{BODY}\n")
    assert byline not in result.text
    assert result.report.authors == []


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("SEVILLE, Spain (CPA) —", "CPA"),
        ("LONDON, Feb 26 (Reuters) —", "Reuters"),
        ("BERLIN (dpa) -", "dpa"),
    ],
)
def test_a_wire_dateline_alone_on_its_line_goes_with_its_agency(dateline: str, agency: str) -> None:
    result = clean(f"Bridge repair approved\n\n{dateline}\n\n{BODY}\n\n{BODY}\n")
    assert dateline not in result.text
    assert result.report.source == agency


@pytest.mark.parametrize(
    "line", ["LONDON (Reuters) — Oil prices rose on Monday.", "Seville, Spain (CPA) —"]
)
def test_a_paragraph_after_a_wire_dateline_or_a_town_in_small_letters_stays(line: str) -> None:
    assert line in clean(f"Bridge repair approved\n\n{line}\n\n{BODY}\n\n{BODY}\n").text
