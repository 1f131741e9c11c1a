"""A prompt an article quotes inside its own sentence stays (rules.base.quoted_in_sentence)."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.rules.base import quoted_in_sentence

SCAM = (
    'Those who responded were told to "click here to join our Telegram group for job details",'
    " where they were instructed to open bank accounts."
)


@pytest.mark.parametrize(
    ("text", "end", "inside"),
    [
        ('People were told to "join our WhatsApp group now', 45, True),
        ('"Join our WhatsApp group" is what the message said.', 24, False),
        ("Er schrieb: „Folgen Sie uns auf Telegram“ und mehr.", 51, False),
        ("Sie lasen den Aufruf „Folgen Sie uns auf Telegram", 49, True),
        ('He said "yes" and then "join our group', 38, True),
        ('Note: "join our group', 21, False),
        ('made available under the provisions of "fair use', 48, False),
        ('For breaking news and updates, tap "Join our WhatsApp channel', 61, False),
    ],
)
def test_a_match_end_inside_a_quotation_a_sentence_brings_in(
    text: str, end: int, inside: bool
) -> None:
    assert quoted_in_sentence(text, end) is inside


def test_a_prompt_quoted_in_a_story_sentence_stays_in_the_text() -> None:
    text = (
        "Police in the city arrested a man who recruited money mules over social media apps.\n\n"
        + SCAM
        + "\n\nThe man faces up to ten years in prison if he is convicted of the charges.\n"
    )
    assert SCAM in clean(text).text
