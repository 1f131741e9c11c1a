"""Fuzzing (issue 6): article-like documents with boilerplate, markup residue, mojibake and
stray bytes never raise, and every non-whitespace character of the input is accounted for."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Config, clean
from strategies import articles, texts, unaccounted

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Article documents are slower to generate: fewer examples keep the suite fast.
ARTICLES = settings(FUZZ, max_examples=100)
MARKDOWN = Cleaner(Config(markdown=True))


@ARTICLES
@given(articles())
def test_conservation_on_articles(text: str) -> None:
    assert not unaccounted(text, clean(text))
    assert not unaccounted(text, MARKDOWN.clean(text))


@FUZZ
@given(texts)
def test_conservation_on_any_text(text: str) -> None:
    assert not unaccounted(text, clean(text))


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_decoded_or_refused(data: bytes) -> None:
    from cleaner.text.decode import InputError, decode

    try:
        text, used = decode(data)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert used
    result = clean(text)
    assert not unaccounted(text, result)


def test_dropped_records_link_targets_and_tags() -> None:
    result = clean(
        "The council met on Monday and voted on the budget for the schools, after a debate. "
        'See <a href="https://ex.org/r">the report</a> and [notes](https://ex.org/n "Notes") '
        "and ![a chart](/img/c.png) &amp; more.\n"
    )
    dropped = " ".join(result.report.dropped)
    for piece in ("https://ex.org/r", "https://ex.org/n", "Notes", "/img/c.png", "&amp;"):
        assert piece in dropped
    assert "the report" in result.text
    assert result.to_dict()["report"]["dropped"] == result.report.dropped


def test_unaccounted_notices_a_lost_word() -> None:
    text = "A sentence that is long enough to be prose, with words in it.\n"
    result = clean(text)
    lost = type(result)(result.text.replace("prose", ""), result.report)
    assert unaccounted(text, lost) == {"p": 1, "r": 1, "o": 1, "s": 1, "e": 1}
