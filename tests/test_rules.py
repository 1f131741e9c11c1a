"""Every rule's own examples run as tests, plus case tables for header extraction.

The rule cases are read from the registry, so a new rule is covered without editing this file.
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner, Config, clean, rules
from cleaner.model import Report
from cleaner.registry import Example, Fix, Rule
from cleaner.text.dates import find_date

DETECTORS: list[type[Rule]] = list(rules.detectors().values())
FIXES: list[Fix] = list(rules.fixes().values())
FULL = Cleaner()
#: The report fields rule facts fill (:func:`cleaner.report.extract.apply_facts`); the URLs,
#: e-mails and handles of every line are not a rule's.
FACT_FIELDS = (
    "title",
    "authors",
    "date",
    "publisher",
    "source",
    "tags",
    "copyright",
    "copyright_holder",
    "copyright_year",
    "bio",
    "disclaimers",
    "fair_use",
    "promos",
)


def _examples(*, pinned: bool) -> list[tuple[type[Rule], Example]]:
    """Every detector example; when its ``pinned`` result is checked, one the rule gets
    wrong today runs as a strict xfail."""
    return [
        pytest.param(
            rule,
            example,
            id=f"{rule.code}-{n}",
            marks=[pytest.mark.xfail(strict=True, reason=example.wrong)]
            if pinned and example.wrong
            else [],
        )
        for rule in DETECTORS
        for n, example in enumerate(rule.examples)
    ]


def _counterexamples() -> list[tuple[type[Rule], str]]:
    return [
        pytest.param(rule, text, id=f"{rule.code}-{n}")
        for rule in DETECTORS
        for n, text in enumerate(rule.counterexamples)
    ]


def _alone(rule: type[Rule]) -> Cleaner:
    """A cleaner with only ``rule`` among the detectors, and every fix (N, M); a rule that
    builds on other rules' findings (``after``, e.g. P003 repeats a line another rule
    removed) gets the rules it builds on too."""
    return Cleaner(Config(select=("N", "M", rule.code, *rule.needs)))


def _codes(text: str, cleaner: Cleaner) -> list[str]:
    return [r.code for r in cleaner.clean(text).report.removed]


def _facts(report: Report) -> dict[str, object]:
    """The report fields rule facts filled, in the report's JSON shape."""
    data = report.to_dict()
    return {key: data[key] for key in FACT_FIELDS if data[key] not in (None, [], {})}


@pytest.mark.parametrize(("rule", "example"), _examples(pinned=True))
def test_detector_alone_removes_and_extracts_what_its_example_states(
    rule: type[Rule], example: Example
) -> None:
    report = _alone(rule).clean(example.text).report
    own = [r for r in report.removed if r.code == rule.code]
    assert tuple(line for r in own for line in r.text.splitlines()) == example.removed_lines
    assert _facts(report) == dict(example.facts)


@pytest.mark.parametrize(("rule", "example"), _examples(pinned=False))
def test_example_is_still_removed_by_full_pipeline(rule: type[Rule], example: Example) -> None:
    """With every rule on, some rule (maybe a more specific one) still removes something."""
    report = FULL.clean(example.text).report
    assert report.removed, f"nothing removed from {example.text!r}"


@pytest.mark.parametrize(("rule", "counterexample"), _counterexamples())
def test_detector_leaves_its_counterexample_alone(rule: type[Rule], counterexample: str) -> None:
    assert rule.code not in _codes(counterexample, FULL)


@pytest.mark.parametrize(
    ("fix", "example", "expected"),
    [
        pytest.param(f, example, expected, id=f"{f.info.code}-{n}")
        for f in FIXES
        for n, (example, expected) in enumerate(zip(f.info.examples, f.expected, strict=True))
    ],
)
def test_fix_turns_example_into_expected(fix: Fix, example: str, expected: str) -> None:
    text, changes = fix.apply(example)
    assert text == expected
    assert changes > 0


@pytest.mark.parametrize(
    ("fix", "counterexample"),
    [
        pytest.param(f, text, id=f"{f.info.code}-{n}")
        for f in FIXES
        for n, text in enumerate(f.info.counterexamples)
    ],
)
def test_fix_leaves_counterexample_unchanged(fix: Fix, counterexample: str) -> None:
    assert fix.apply(counterexample) == (counterexample, 0)


# --- header extraction, as data ---------------------------------------------------------

DATES = [
    # English
    ("November 09, 2017", "2017-11-09"),
    ("Nov. 9th, 2017", "2017-11-09"),
    ("Dec 25, 2019", "2019-12-25"),
    ("9 November 2017", "2017-11-09"),
    ("Published 2017-11-09 10:30 GMT", "2017-11-09"),
    ("31/12/2020", "2020-12-31"),
    # German
    ("12. März 2020", "2020-03-12"),
    ("3. Okt. 2021", "2021-10-03"),
    ("Veröffentlicht am 1. Januar 2019", "2019-01-01"),
    ("09.11.2017, 14:00 Uhr", "2017-11-09"),
    # French
    ("le 14 juillet 2020", "2020-07-14"),
    ("1er mai 2019", "2019-05-01"),
    ("20 février 2022", "2022-02-20"),
    ("Mis à jour le 1 août 2019", "2019-08-01"),
    # Spanish
    ("12 de marzo de 2020", "2020-03-12"),
    ("5 de septiembre, 2018", "2018-09-05"),
    ("25 dic 2019", "2019-12-25"),
    ("Publicado el 3 de enero de 2021", "2021-01-03"),
]
NOT_DATES = [
    "Published: 2021-02-30",  # no such day
    "March 2020",  # no day
    "the 2017 season",
    "in 1984 and 2020",
    "at 10.30 in room 12",
    "",
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_find_date(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == iso
    assert found[1].group(0) in text


@pytest.mark.parametrize("text", NOT_DATES)
def test_find_date_finds_nothing(text: str) -> None:
    assert find_date(text) is None


BODY = "\n\nThe council met on Tuesday and voted to fix the old bridge over the river.\n"
BODY_TEXT = BODY.strip() + "\n"

# (header line, authors, date, publisher)
HEADERS = [
    ("By Stephen Lendman", ["Stephen Lendman"], None, None),
    ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"], None, None),
    ("BY JOHN SMITH", ["JOHN SMITH"], None, None),
    ("By Ludwig van Beethoven", ["Ludwig van Beethoven"], None, None),
    ("Written by Ann Lee", ["Ann Lee"], None, None),
    ("Von Anna Schmidt", ["Anna Schmidt"], None, None),
    ("Par Jean Dupont", ["Jean Dupont"], None, None),
    ("Por María García y Juan Pérez", ["María García", "Juan Pérez"], None, None),
    ("By Jane Doe | March 3, 2020", ["Jane Doe"], "2020-03-03", None),
    ("Global Research, November 09, 2017", [], "2017-11-09", "Global Research"),
    ("The Guardian | 3 June 2019", [], "2019-06-03", "The Guardian"),
    ("Der Spiegel, 03.10.2021, 14:00 Uhr", [], "2021-10-03", "Der Spiegel"),
    ("Le Monde, 1er mai 2019", [], "2019-05-01", "Le Monde"),
    ("El País, 5 de septiembre de 2018", [], "2018-09-05", "El País"),
    ("Published: 12.03.2020", [], "2020-03-12", None),
    ("Veröffentlicht am 12. März 2020", [], "2020-03-12", None),
    ("Publié le 14 juillet 2020", [], "2020-07-14", None),
    ("Publicado el 12 de marzo de 2020", [], "2020-03-12", None),
]


@pytest.mark.parametrize(("line", "authors", "date", "publisher"), HEADERS)
def test_header_line_is_extracted_and_removed(
    line: str, authors: list[str], date: str | None, publisher: str | None
) -> None:
    result = clean(line + BODY)
    assert result.text == BODY_TEXT
    assert result.report.authors == authors
    assert result.report.date == date
    assert result.report.publisher == publisher
    assert [r.text for r in result.report.removed] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "By the way, nothing here is a byline at all.",
        "On November 9, 2017 the city council voted to close the old bridge for repairs.",
        "Von der Leyen sprach am Dienstag lange mit den Ministern über den neuen Haushalt.",
    ],
)
def test_prose_that_looks_like_a_header_stays(line: str) -> None:
    text = line + "\n"
    result = clean(text)
    assert result.text == text
    assert result.report.removed == []
    assert result.report.authors == []
    assert result.report.date is None


def test_news_agency_in_a_byline_is_the_publisher_not_an_author() -> None:
    body = "The council met on Tuesday and voted to repair the old bridge over the river. " * 3
    report = clean("By Jane Doe and Tom Lee, Reuters\n\n" + body + "\n").report
    assert report.authors == ["Jane Doe", "Tom Lee"]
    assert report.publisher == "Reuters"
    assert clean("By Jane Doe and Apolo Ohno\n\n" + body + "\n").report.publisher is None


# (byline, authors, source, publisher): the report's authors hold names only (issue 15).
BYLINE_PARTS = [
    ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters", "Reuters"),
    ("By Stephen Bryen / American Thinker", ["Stephen Bryen"], "American Thinker", None),
    ("By: Jayson Veley / Natural News", ["Jayson Veley"], "Natural News", None),
    (
        "By ANDREW C. MCCARTHY / FAMILY SECURITY MATTERS",
        ["ANDREW C. MCCARTHY"],
        "FAMILY SECURITY MATTERS",
        None,
    ),
    (
        "Authored by Turd Ferguson via TFMetalsReport.com",
        ["Turd Ferguson"],
        "TFMetalsReport.com",
        None,
    ),
    ("By Jane Doe for The Guardian", ["Jane Doe"], "The Guardian", None),
    ("By Greg Hunter’s USAWatchdog.com", ["Greg Hunter"], "USAWatchdog.com", None),
    ("by Carl Greer, PhD, PsyD", ["Carl Greer"], None, None),
    ("By Jane Doe, staff writer", ["Jane Doe"], None, None),
    (
        "news.goldseek.com / By: Jim Willie CB, GoldenJackass.com / 26 December 2017",
        ["Jim Willie CB"],
        "GoldenJackass.com",
        "news.goldseek.com",
    ),
    ("Scritto da Mario Rossi", ["Mario Rossi"], None, None),
]


@pytest.mark.parametrize(("line", "authors", "source", "publisher"), BYLINE_PARTS)
def test_byline_gives_clean_authors_and_its_publication(
    line: str, authors: list[str], source: str | None, publisher: str | None
) -> None:
    result = clean(line + BODY)
    assert result.text == BODY_TEXT
    assert result.report.authors == authors
    assert result.report.source == source
    assert result.report.publisher == publisher


PROMO = "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!"
#: A promo sentence no rule takes (P004 takes PROMO, whose label marks it as a teaser): the
#: lines under it stand below the head zone.
PROMO_SENTENCE = "Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!"


@pytest.mark.parametrize("promo", [PROMO, PROMO_SENTENCE])
@pytest.mark.parametrize(
    ("head", "authors", "date"),
    [
        (["By Lisa Haven"], ["Lisa Haven"], None),
        (["By Jim Quinn / The Burning Platform"], ["Jim Quinn"], None),
        (
            ["March 26th, 2017", "By Paul Levy", "Guest writer for Wake Up World"],
            ["Paul Levy"],
            "2017-03-26",
        ),
        (["By Reginald Heber", "October 10, 2013"], ["Reginald Heber"], "2013-10-10"),
        (["[January 24, 2018 - ZurichTimes.net]"], [], "2018-01-24"),
    ],
)
def test_header_lines_under_a_promo_sentence_go(
    head: list[str], authors: list[str], date: str | None, promo: str
) -> None:
    result = clean("\n\n".join(["A Title Of It", promo, *head]) + BODY)
    assert result.report.authors == authors
    assert result.report.date == date
    assert not any(line in result.text for line in head)


def test_a_bare_byline_under_the_first_long_paragraph_goes() -> None:
    """A standfirst over the byline: "By Lisa Haven" alone, before half of the prose."""
    text = (
        "A Title Of It\n\n"
        + " ".join([BODY.strip()] * 3)
        + "\n\nBy Lisa Haven\n\n"
        + "\n\n".join([" ".join([BODY.strip()] * 3)] * 3)
        + "\n"
    )
    result = clean(text)
    assert "By Lisa Haven" not in result.text
    assert result.report.authors == ["Lisa Haven"]


@pytest.mark.parametrize(
    "text",
    [
        "A Title Of It\n\n" + PROMO_SENTENCE + "\n\nVON ANFANG AN\n" + BODY,
        "A Title Of It\n\n" + " ".join([BODY.strip()] * 3) + "\n\nVON ANFANG AN\n" + BODY * 3,
    ],
)
def test_a_heading_in_capitals_after_von_stays(text: str) -> None:
    assert "VON ANFANG AN" in clean(text).text


@pytest.mark.parametrize(
    "text",
    [
        # One-word names: a date or a subheading, not a byline.
        "A Title Of It\n\n" + PROMO_SENTENCE + "\n\nBy Car\n" + BODY,
        # A timeline's dates: two date lines.
        "A Title Of It\n\n"
        + PROMO_SENTENCE
        + "\n\nMay 31, 2015\n\nWe left.\n\nJune 1, 2015\n"
        + BODY,
    ],
)
def test_lines_below_the_head_zone_that_stay(text: str) -> None:
    result = clean(text)
    assert "By Car" not in result.report.authors
    for kept in ("By Car", "By Lisa Haven", "May 31, 2015", "June 1, 2015"):
        assert (kept in text) <= (kept in result.text)


def test_a_page_keeps_the_heading_just_before_its_main_prose() -> None:
    """G001 keeps the run's own heading (a deck under a share bar) with the run."""
    menu = "".join(f"* [Menu item {i}](/m{i})\n" for i in range(20))
    share = "[](https://www.linkedin.com/shareArticle?title=The Bridge Opens Again)\n"
    body = "The council met on Tuesday and voted to repair the old bridge over the river. " * 4
    text = f"{menu}\n{share}\n## Engineers found the old steel sound\n\n{body}\n"
    result = clean(text)
    assert "Engineers found the old steel sound" in result.text
    assert "linkedin" not in result.text
    assert "Menu item" not in result.text


def test_a_users_author_bio_phrase_reaches_the_author_block_rule() -> None:
    """B001 reads its family with the user's extra phrases, like every family rule."""
    cleaner = Cleaner(
        Config(phrases={"author_bio": (r"^[\W_]*die schreiberin\s*:\s*(?P<bio>.{20,})$",)})
    )
    body = "The council voted on Tuesday to repair the old bridge over the river. " * 4
    result = cleaner.clean(body + "\n\nDie Schreiberin: Jane Doe lebt in Leeds und schreibt.\n")
    assert [r.code for r in result.report.removed] == ["B001"]
    assert result.report.bio == "Jane Doe lebt in Leeds und schreibt."
