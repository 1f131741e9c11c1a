"""The ``last`` rules build on each other's removals, in rounds, so one pass is enough."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, Config

BODY = "The council voted on Tuesday to repair the old bridge over the river. " * 4
CLEANERS = [Cleaner(), Cleaner(Config(markdown=True))]


def _codes(cleaner: Cleaner, text: str) -> list[tuple[str, str]]:
    return [(r.code, r.text) for r in cleaner.clean(text).report.removed]


@pytest.mark.parametrize("cleaner", CLEANERS)
def test_closing_bio_goes_with_its_heading(cleaner: Cleaner) -> None:
    text = BODY + "\n\n## The author\n\nJane Doe is the author of two books on bridges.\n"
    assert _codes(cleaner, text) == [
        ("B002", "## The author"),
        ("B002", "Jane Doe is the author of two books on bridges."),
    ]


@pytest.mark.parametrize("cleaner", CLEANERS)
@pytest.mark.parametrize(
    "tail",
    [
        # G008 takes the title once G005 has taken the heading that closes the text.
        "Related Articles\n\nCity council approves bike lanes\n\n## More\n",
        # G005 takes the heading once G008 has taken the titles under the label.
        "## More\n\nRelated Articles\n\nCity council approves bike lanes\n\nSchool wins\n",
    ],
)
def test_one_pass_removes_all_a_second_pass_would(cleaner: Cleaner, tail: str) -> None:
    once = cleaner.clean(BODY + "\n\n" + tail)
    assert once.text.strip() == BODY.strip()
    assert cleaner.clean(once.text).text == once.text
