"""Scraped-news boilerplate inside the text (issue 15): picture credits, video-embed residue,
donation links, position and affiliate disclosures, share boxes, follow prompts, and bylines
of a piece the page carries. Each line stands between two paragraphs of prose; look-alike
sentences stay."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 3

REMOVED = [
    ("Featured Image via Flickr", "L005"),
    ("(Image via: Wikimedia Commons)", "L005"),
    ("Photo courtesy of NASA", "L005"),
    ("Royalty Free Photo", "L005"),
    ("Photograph: Reuters", "L005"),
    ("Illustration: Guardian Design", "L005"),
    ("Advertisements", "A001"),
    ("Publicidade", "A001"),
    ("Most read in Politics", "G006"),
    (
        "This article is republished from The Conversation under a Creative Commons license. "
        "Read the original article.",
        "L001",
    ),
    ("This story was republished with permission from Kaiser Health News.", "L001"),
    ("Dieser Artikel wurde aus dem Angebot der Deutschen Presse-Agentur übernommen.", "L001"),
    (
        "Cet article est republié à partir de The Conversation sous licence Creative Commons. "
        "Lire l'article original.",
        "L001",
    ),
    ("Este artículo fue publicado originalmente en The Conversation. Lea el original.", "L001"),
    ("Este artigo foi publicado originalmente no The Conversation.", "L001"),
    ("Questo articolo è stato pubblicato originariamente su The Conversation.", "L001"),
    ("Additional reporting by Jane Doe.", "B001"),
    ("This article was last updated on March 3, 2021.", "H005"),
    ("Sponsored Links", "A001"),
    ("Recommended by Outbrain", "A001"),
    ("You May Like", "G006"),
    ("Have your say", "S001"),
    ("Hinweis: Dieser Artikel wurde am 12. März aktualisiert.", "H005"),
    ("Cet article a été mis à jour le 3 mars 2021.", "H005"),
    ("Este artículo fue actualizado el 3 de marzo de 2021.", "H005"),
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", "S002"),
    ("No spam. Unsubscribe anytime.", "S002"),
    ("Sie können sich jederzeit wieder vom Newsletter abmelden.", "S002"),
    ("Vous pouvez vous désinscrire à tout moment.", "S002"),
    ("Ao se inscrever, você concorda com nossos termos.", "S002"),
    ("Iscrivendoti accetti la nostra privacy policy.", "S002"),
    ("Written by Jane Doe; edited by John Smith.", "B001"),
    ("Watch on YouTube", "A005"),
    ("AWAKENING OF 12 STRANDS – “Reconnecting with You”. from sandra daroy on Vimeo.", "A005"),
    ("(To Donate to USAWatchdog.com Click Here)", "S002"),
    ("(at the time of writing, I hold a long position in this share)", "L003"),
    ("I receive a small commission when you purchase an item through my links.", "L003"),
    (
        "You can Read this piece, then “Comment & Share” at one or MORE of the following places…",
        "S001",
    ),
    ("Facebook Link: http://on.fb.me/ZgRXTj", "S001"),
    ("Follow @BuelahMan", "S001"),
    (
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
        "funded by outside parties.",
        "S002",
    ),
]

KEPT = [
    "Follow the money, said @jane_doe in a post on Monday about the bridge repairs.",
    "She watched the council meeting on YouTube with her children every night that week.",
    "The image via satellite showed the damage to the bridge over the river at night, she said.",
    "I hold a long position in the debate about the bridge, the mayor said with a smile.",
    "Most read in politics say the same thing about the bridge, the survey found last week.",
    "Advertisements for the new bridge ran in every paper in town for three weeks in May.",
    "The article was republished by dozens of newspapers across the country within a week.",
    "The report was republished by The Times and the Guardian after the minister resigned.",
    "Este artículo fue publicado en el diario y generó una gran polémica entre los lectores.",
    "Questo articolo è stato pubblicato su una rivista scientifica e ha avuto grande eco.",
    "Users can unsubscribe at any time, the company said, but few of them do so in practice.",
    "By signing up, the city agreed to pay for the repairs.",
    "You may like the new bridge, said the mayor, but it will cost a lot of money to build.",
    "Have your say at the council meeting on Tuesday, residents were told by the mayor.",
    "Privacy notice: the council will publish the names of all who object to the bridge.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_news_boilerplate_line_inside_the_text_goes(line: str, code: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line not in result.text
    assert code in {r.code for r in result.report.removed}
    assert BODY.strip() in result.text


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_sentence_stays(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line in result.text


def test_a_byline_between_a_reposts_title_and_its_text_goes_to_authors() -> None:
    text = (
        f"A Title Here\n\n{BODY}\n\nWhat should you say about the videos?\n\n"
        f"by Perry Willis\n\n{BODY}\n\n{BODY}\n\n{BODY}\n"
    )
    result = clean(text)
    assert "by Perry Willis" not in result.text
    assert "Perry Willis" in result.report.authors
    assert "H009" in {r.code for r in result.report.removed}


def test_a_reading_list_keeps_its_authors() -> None:
    """Two bylines or more inside the text: a list of works, not a credit (H009)."""
    text = (
        f"A Title Here\n\n{BODY}\n\nThe Road\n\nby Cormac McCarthy\n\n{BODY}\n\n"
        f"Beloved\n\nby Toni Morrison\n\n{BODY}\n"
    )
    result = clean(text)
    assert "by Cormac McCarthy" in result.text  # the last one is H006's to judge
    assert "H009" not in {r.code for r in result.report.removed}


def test_a_name_slash_publication_byline_under_a_promo_gives_author_and_source() -> None:
    promo = "Headline: Bitcoin Searches Exceed Trump! Stocks Are Next for all of us!"
    result = clean(f"A Title Here\n\n{promo}\n\nPETER KORZUN / STRATEGIC CULTURE\n\n{BODY}\n")
    assert "PETER KORZUN" not in result.text
    assert result.report.authors == ["Peter Korzun"]
    assert result.report.source == "Strategic Culture"
