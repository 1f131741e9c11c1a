"""Body lines shaped like phrase families of the third and fourth probe rounds, which a
review of the merged change found removed (each on the old code too, but one): reported
speech and quotations with the notice's words, a holdings sentence in the news, an
interview's question, a pair of platform names, a place's "About this site" section.
Each stays between two paragraphs of prose; the notices themselves still go."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

STAYS = [
    'The Herald declined to remove the column. "We publish a wide range of opinion. The '
    'views expressed are those of the writer."',
    "The opinions expressed are those of ordinary voters, not party activists, the survey found.",
    "The Scottish Government has no stake in the airport since the sale.",
    "Mr Musk has no stake in the company, his lawyer said.",
    "Berkshire Hathaway owns no shares of Tesla.",
    "Elizabeth Warren has no investments in the sector, her office said.",
    "Der Autor hält beide Positionen in der Debatte für berechtigt.",
    "Werden Sie Mitglied der neuen Regierung?",
    '"Get the current issue fixed first," the mayor told reporters.',
    "Have any questions? Tell us what you think about the bridge, the mayor urged residents "
    "at the meeting.",
    "Facebook / X",
]

GOES = [
    ("Rita Gomez holds no cryptocurrency.", "L003"),
    ("Jane Doe owns no shares in the companies mentioned in this article.", "L003"),
    ("Opinions expressed are those of the authors.", "L003"),
    (
        "The opinions expressed in this article are those of the author and do not "
        "necessarily reflect the views of the publisher.",
        "L003",
    ),
    ("Der Autor hält keine Positionen in den genannten Wertpapieren.", "L003"),
    ("Werde Mitglied beim LSVD!", "S002"),
    ("Order the latest issue now!", "P001"),
    ("Got a tip? Email us or message us on WhatsApp.", "C001"),
    ("Facebook Twitter Pinterest WhatsApp", "S001"),
    ("Share: Facebook Twitter", "S001"),
]


@pytest.mark.parametrize("line", STAYS)
def test_a_body_line_shaped_like_a_notice_stays(line: str) -> None:
    assert_stays(line)


@pytest.mark.parametrize(("line", "code"), GOES)
def test_the_notice_itself_still_goes(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


def test_an_about_this_site_section_of_a_place_stays() -> None:
    # "site" is a place too: only a box about the site itself ("About this blog") goes
    # where no footer marker follows it.
    text = (
        f"{BODY}\n\n## About this site\n\nThe fort at Caer Llan was built around 1290 and "
        "abandoned two centuries later, when the river changed course.\n\nExcavations in 2019 "
        "found the gatehouse and a well, now open to visitors.\n"
    )
    assert "The fort at Caer Llan" in clean(text).text
