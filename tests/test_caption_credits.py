"""L006: a caption closed by its credit in a news desk's form goes ("PHOTO | NAME", "GRAPHIC:
OUTLET", "(Outlet photo / Name)", "Name/Outlet", "(Name/Outlet Review)"); sentences with a
slash, a chart or a photo in them stay."""

from __future__ import annotations

import pytest

from removals import removed_codes

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 4


def _in_article(line: str) -> str:
    return f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Patients wait at the outpatient wing on Wednesday. PHOTO | JOSEPH KIPRONO",
        "HDB resale price index by quarter. SOURCE: HDB GRAPHIC: LION CITY POST",
        "Tortillas are pressed to order in Eastgate. (Sentinel photo / Darnell Fisk)",
        "A nurse prepares a dose of MMR vaccine on Saturday. Dev Anand/Tri-County Ledger",
        "Volunteers pass bags of shell toward a reef. (Julia Feng/Saltmarsh Review)",
    ],
)
def test_a_caption_with_a_news_desks_credit_goes(line: str) -> None:
    assert removed_codes(_in_article(line)).get(line) == "L006"


@pytest.mark.parametrize(
    "line",
    [
        "Asked about the new logo, one critic summed it up in a chart: it fails every test.",
        "The club plays its home games in Leeds. Season tickets cost £240/year.",
        "She shared the photo | and the caption | on three platforms before deleting it.",
        "He joined the paper in 2019 and covered the courts (City Desk/Metro) for two years.",
    ],
)
def test_a_sentence_with_a_slash_a_chart_or_a_photo_stays(line: str) -> None:
    assert line not in removed_codes(_in_article(line))
