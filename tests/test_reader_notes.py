"""S007, C005, S008, L009, L010: the newsroom's notes to its readers go in the site's own
wording (comment rules, tip lines, newsletter pitches, funding and affiliate notes); the
article's sentences about comments, tips, inboxes, funding and affiliates stay."""

from __future__ import annotations

import pytest

from removals import removed_codes

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 4


def _after_the_article(line: str) -> str:
    return f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Log in or register to leave a comment. Be kind — our community rules apply.", "S007"),
        ("Comments are closed on this essay.", "S007"),
        ("Comments are held for moderation. Keep it civil and on topic.", "S007"),
        (
            "Kommentieren können nur angemeldete Leserinnen und Leser mit einem Kurier-Konto.",
            "S007",
        ),
        (
            "Para comentar hay que estar registrado. Los comentarios son responsabilidad de sus "
            "autores.",
            "S007",
        ),
        ("Ao comentar, aceita as regras de participação da Voz do Alto Minho.", "S007"),
        ("Connectez-vous pour publier un commentaire.", "S007"),
        (
            "Got a tip for the Gazette newsroom? Call 902-555-0148 or drop by 14 Water Street.",
            "C005",
        ),
        ("Do you have a story for the Courier? Email the newsdesk or send us a message.", "C005"),
        (
            "Sie haben eine Geschichte aus Ihrer Gemeinde? Schreiben Sie uns an "
            "redaktion@lungau-rundblick.at",
            "C005",
        ),
        ("Nieuws gezien in de Waard? Tip onze redactie via tips@waardnieuws.nl.", "C005"),
        ("Une information à nous signaler ? Écrivez à la rédaction sur WhatsApp.", "C005"),
        ("Send letters to letters@waitakimail.co.nz", "C005"),
        (
            "The Mercury Morning Briefing brings the Clyde coast's top stories to your inbox "
            "before breakfast.",
            "S008",
        ),
        ("Money Mondays: the week's best rates, free in your inbox every Monday morning.", "S008"),
        (
            "Elke ochtend het belangrijkste nieuws uit de Kempen in je mailbox? Meld je gratis "
            "aan.",
            "S008",
        ),
        ("Recevez chaque matin l'essentiel de l'actualité dans votre boîte courriel.", "S008"),
        (
            "Darcy MacLeod's reporting is funded by the Government of Canada through the Local "
            "Journalism Initiative.",
            "L009",
        ),
        ("This coverage is supported through the federal Local Journalism Initiative.", "L009"),
        (
            "Ce contenu est financé en partie par le programme fédéral d'Initiative de journalisme "
            "local.",
            "L009",
        ),
        (
            "A couple of the links below are affiliate links, so if you buy through them I get a "
            "few pence.",
            "L010",
        ),
        (
            "A few links in this post go to shops I use myself. If you buy through them, Crumb & "
            "Cellar gets a few cents.",
            "L010",
        ),
        ("Some of the accounts mentioned below pay us a referral fee when you open one.", "L010"),
    ],
)
def test_a_note_to_the_readers_goes(line: str, code: str) -> None:
    assert removed_codes(_after_the_article(line)).get(line) == code


@pytest.mark.parametrize(
    "line",
    [
        # comments in the news
        "The board will take public comment on a draft data-retention policy in May.",
        "Comments are moderated by a team of twelve volunteers, who work in shifts.",
        "Die Kommentarfunktion ist werktags geöffnet, am Wochenende bleibt sie geschlossen.",
        "Please keep comments civil and on topic, the moderator wrote in a post.",
        # an appeal for witnesses, a quoted tip line
        "Did you see something? Call the police on 101 and quote the incident number.",
        '"Got a story? Email us" ends most stories, and most of what arrives is useless.',
        # inboxes in the news and in a how-to
        "Every day, fake delivery notices and bank alerts land in your inbox.",
        "Every week, Google then sends a summary of your screen time to your inbox.",
        "Once you sign up, check your inbox for a confirmation link.",
        # funding in the news
        "The new clinic is funded by the county and opens in May.",
        "Smith's research is funded by the National Science Foundation.",
        "The newsroom's journalism is funded by readers and two foundations.",
        # affiliates in the news
        "Many of the links in influencer posts are affiliate links, which earn the creator a "
        "commission on each sale.",
        "We now earn about 70 percent of our income through our affiliate links with outdoor "
        "brands.",
        "The site earned affiliate commissions on every mattress it recommended.",
    ],
)
def test_the_articles_sentence_about_such_things_stays(line: str) -> None:
    assert line not in removed_codes(_after_the_article(line))


def test_a_comment_notice_before_most_of_the_article_stays() -> None:
    """Comment rules over half of the prose are the article's subject, not its frame."""
    line = "Comments are closed on this essay."
    assert line not in removed_codes(f"A Title Here\n\n{line}\n\n{BODY}\n\n{BODY}\n")


def test_a_headline_about_inboxes_stays() -> None:
    line = "Why every brand now wants to be in your inbox every morning"
    assert line not in removed_codes(f"{line}\n\n{BODY}\n\n{BODY}\n")


def test_a_phrase_family_keeps_its_code_where_a_note_rule_also_matches() -> None:
    """The note rules defer: a line a phrase family knows keeps that family's code."""
    line = "Vous devez être connecté pour commenter."
    assert removed_codes(_after_the_article(line)).get(line) == "A003"


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed on this essay.",
        "Got a story from your community? Drop us a line at newsdesk@example.co.uk.",
        "The Morning Briefing brings the coast's top stories to your inbox before breakfast.",
        "This coverage is supported through the federal Local Journalism Initiative.",
    ],
)
def test_a_note_with_the_articles_paragraph_under_it_stays(line: str) -> None:
    """Notes end the text: one with a paragraph of the article under it is the article's (a
    story about comment sections, tip lines, newsletters or funding says such things)."""
    last = "The next meeting of the library's book club is on March 14 at the branch."
    assert line not in removed_codes(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n\n{last}\n")


def test_notes_over_other_footer_lines_go() -> None:
    """Read up from the text's end, over the lines other rules removed."""
    note = "Comments are closed on this essay."
    codes = removed_codes(_after_the_article(f"{note}\n\n© 2025 City Herald"))
    assert codes.get(note) == "S007"


@pytest.mark.parametrize(
    "line",
    [
        "If you want to keep commenting on the paper's stories, you will need to register.",
        "If you comment on the council's page, keep it civil: officers now block abusers.",
        "A: Please be civil. If you break the rules, your comment will be removed.",
        "Got a tip about a shipping company? Email her desk before the next edition.",
        "Her motto, painted above the newsroom door, never changed: Got a story? Call us.",
        "All five are free, and the next issue lands in your inbox every Sunday morning.",
        "Se ogni mattina trovi nella tua casella di posta un buono gratis, è una truffa.",
        "Today Okafor's reporting position is funded by a two-year grant from a foundation.",
        "When you shop through the links in a creator's bio, the creator earns 3 to 10 percent.",
    ],
)
def test_the_articles_last_paragraph_about_such_things_stays(line: str) -> None:
    """At the text's end, over a footer: the site's voice, no condition or change, no one
    else's desk, inbox or links."""
    text = _after_the_article(f"{line}\n\nTags: media, newsletters\n\n© 2025 City Herald")
    assert line not in removed_codes(text)
