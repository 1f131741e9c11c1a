"""T005 sign-off: the author's closing greeting and the name under it go at the end of the
text; a greeting with a sentence after it, or inside the text, stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY


@pytest.mark.parametrize(
    ("ending", "gone"),
    [
        ("Liebe Grüße\n\nEure Martina", ["Liebe Grüße", "Eure Martina"]),
        ("Herzlichst\n\nEure\n\nMARTINA BERG", ["Herzlichst", "Eure", "MARTINA BERG"]),
        ("Cheers,\n\nJane", ["Cheers,", "Jane"]),
        ("Bisous", ["Bisous"]),
        ("Un abrazo,\n\n– Lucía", ["Un abrazo,", "– Lucía"]),
        ("Ich wünsche euch allen einen schönen Sonntag <3\n\nx Franzi", ["x Franzi"]),
    ],
)
def test_a_sign_off_at_the_end_goes_with_the_name_under_it(ending: str, gone: list[str]) -> None:
    result = clean(f"{BODY}\n\n{BODY}\n\n{ending}\n")
    for line in gone:
        assert line not in result.text
    assert {r.code for r in result.report.removed} >= {"T005"}
    assert result.text.count(BODY.strip()) == 2


def test_the_sign_off_goes_when_a_share_bar_follows_it() -> None:
    result = clean(f"{BODY}\n\nLiebe Grüße\n\nEure Martina\n\nTeilen\n")
    assert "Liebe Grüße" not in result.text
    assert "Eure Martina" not in result.text


@pytest.mark.parametrize(
    "text",
    [
        # the greeting goes on into a sentence: the story quotes a letter
        f"{BODY}\n\nCheers,\n\nshe wrote at the end of the letter, and then she signed it.\n",
        # the greeting is inside the text
        f"{BODY}\n\nTake care\n\n{BODY}\n",
        # nothing but the greeting
        "Cheers,\n\nJane\n",
        # a name under no greeting
        f"{BODY}\n\nEure Martina\n",
        # found by a review: a quoted greeting, dialogue, a poem's ending, a printed letter,
        # a sentence
        f"{BODY}\n\n“Cheers!”\n",
        f"{BODY}\n\n—Saludos\n",
        f"{BODY}\n\nand the river ran on\n\nTake care\n\nmy little one\n",
        f"{BODY}\n\nThe letter reads:\n\nKind regards,\n\nJane Smith\n",
        f"{BODY}\n\nKind regards,\n\nJane Smith\n\nMayor of Springfield\n",
        f"{BODY}\n\nStay safe.\n",
    ],
)
def test_a_greeting_that_does_not_close_the_text_stays(text: str) -> None:
    result = clean(text)
    assert "T005" not in {r.code for r in result.report.removed}
