"""G011 in the whole pipeline: teasers under a box's label go, an article's own list under
an inline teaser stays."""

from __future__ import annotations

from cleaner import clean

INTRO = (
    "Summer is here, and with it the urge to get out of the city and onto a trail. Within "
    "an hour's drive of downtown there are dozens of hikes, from gentle lakeside loops to "
    "steep ridge climbs that will test experienced walkers. We asked rangers and guidebook "
    "authors for their favourites and walked every one of the trails ourselves this spring.\n\n"
) * 2


def test_an_articles_list_under_an_inline_teaser_stays() -> None:
    text = (
        INTRO
        + "Related: [What to pack for a day hike](https://example.com/pack)\n\n"
        + "Cedar Lake Loop\n\nAn easy walk around a lake, flat enough for pushchairs.\n\n"
        + "Falcon Ridge\n\nA steep climb with the best views in the region.\n\n"
        + "Miller's Gorge\n\nA shady walk along a stream to a twenty-metre waterfall.\n"
    )
    out = clean(text).text
    for line in ("Cedar Lake Loop", "Falcon Ridge", "A steep climb with the best views"):
        assert line in out


def test_teasers_under_a_box_label_go() -> None:
    text = (
        INTRO
        + "Other Opinion Columns\n\n"
        + "Wave of stupidity\n\nHow is it that ideas that are patently absurd catch on?\n\n"
        + "Ikea challenge\n\nThe good thing about Ikea is that it is cheap and good quality.\n\n"
        + "Own backyard\n\nIt is nice to think we are a player on the world stage, but no.\n\n"
        + "True liberal\n\nIt was said that he moved to the Left after losing office.\n"
    )
    result = clean(text)
    assert "Ikea" not in result.text and "Wave of stupidity" not in result.text
    assert {r.code for r in result.report.removed} >= {"G006", "G011"}
