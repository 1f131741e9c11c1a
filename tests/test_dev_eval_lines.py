"""Issue 15, dev-eval extractor output: a shop's button or its prompt under a recipe (A005),
a widget's text about its own button (A005), a Blogger comment with the platform's buttons
glued in front and a comment form's error notice (S003), an affiliate disclosure that names
neither "affiliate" nor a commission (L003), a caption labelled as an illustrative picture
(L006), a reply to another commenter after the article (S006), in the languages
the platform and shops print them in. Each line stands between two paragraphs of prose, or
at the head; look-alike sentences stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

REMOVED = [
    ("Like recipe? Add the ingredients to your basket and deliver to you.", "A005"),
    ("Add all the ingredients to your shopping list", "A005"),
    ("Add to cart", "A005"),
    ("In den Warenkorb", "A005"),
    ("Alle Zutaten in den Warenkorb legen", "A005"),
    ("Ajouter au panier", "A005"),
    ("Añadir al carrito", "A005"),
    ("Aggiungi al carrello", "A005"),
    ("ReplyDeleteWish to visit Vietnam one day.", "S003"),
    ("ReplyDeleteI've heard great things about these hotels, hope to stay at one soon!", "S003"),
    ("AntwortenLöschenGanz liebe Grüße und danke für den schönen Beitrag ♥", "S003"),
    ("ResponderEliminarMuy buena reseña, gracias por compartir.", "S003"),
    ("Dein Kommentar wurde nicht gespeichert. Dies kann folgende Ursachen haben:", "S003"),
    (
        "3. Dein Kommentar wurde als Spam identifiziert. Bitte beachte unsere Richtlinien "
        "zum Erstellen von Kommentaren.",
        "S003",
    ),
    ("Your comment was marked as spam.", "S003"),
    ("Votre commentaire n'a pas pu être enregistré.", "S003"),
    (
        "Mit diesem Button kannst Du diese Podcast-Episode zu einer Kurationsliste der "
        "Podcast-Suchmaschine hinzufügen. Dazu musst Du Dich einloggen:",
        "A005",
    ),
    (
        "Nur wenn sie ein Angebot empfehlen, kann der Anbieter einen Link setzen lassen. "
        "Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir, wenn Sie "
        "diesen Link klicken. Ob und in welcher Höhe uns ein Anbieter vergütet, hat keinerlei "
        "Einfluss auf unsere Empfehlungen.",
        "L003",
    ),
    (
        "Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative "
        "Commons by",
        "L006",
    ),
    ("Symbolbild: Ein Polizeiwagen steht vor dem Rathaus der Stadt", "L006"),
    ("Imagen ilustrativa: un coche de policía frente al ayuntamiento", "L006"),
]

KEPT = [
    "Add the ingredients to the bowl and stir until the dough is smooth.",
    "Shoppers add to their baskets whatever is on offer near the till, the study found.",
    "Die Kunden legen die Zutaten in den Warenkorb und bezahlen an der Kasse.",
    "Reply: the council said it would delete the old records by the end of the month.",
    "Antworten und Löschen sind im neuen Forum nur für angemeldete Nutzer möglich.",
    "Ihr Kommentar wurde in der Sitzung des Rates am Dienstag ausführlich besprochen.",
    "Your comment was quoted by the mayor in his speech on Tuesday.",
    "Mit diesem Button können Nutzer künftig Beiträge melden, sagte die Sprecherin am Montag.",
    "Die Preise sind mit einem Sternchen markiert, wenn sie noch nicht endgültig feststehen.",
    "Die Links zu den Studien sind am Ende des Textes mit einem Stern versehen worden.",
    "L'image illustrative de la campagne a été retirée : elle montrait un enfant en pleurs.",
    "Das Symbolbild der Bewegung ist eine Faust, sagte die Sprecherin am Montag.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_widget_notice_or_caption_line_goes(line: str, code: str) -> None:
    for text in (between_paragraphs(line), f"{line}\n\n{BODY}\n\n{BODY}\n"):
        assert_goes(text, line, code)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_sentence_stays(line: str) -> None:
    assert_stays(line)


REPLIES = [
    "@Scherf: Da haben Sie recht. Das gilt dann aber auch für Ihre Antwort.",
    "@ Michael Blahm, weil dann natürlich der Inhaber benachteiligt wird.",
    "@Peter Harlander, es gibt da in diesem Internet eine Firma, die so arbeitet.",
    "@Zeus: Deine Äußerungen tragen nicht zu einer sachlichen Diskussion bei.",
]

NOT_REPLIES = [
    "@POTUS: We will rebuild every bridge in this great country, believe me!",
    "@realDonaldTrump said on Monday that the bridge would be rebuilt by May.",
    "@user_12: the bridge was closed again this morning, see the photo.",
]


@pytest.mark.parametrize("line", REPLIES)
def test_a_reply_to_a_commenter_after_the_article_goes(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n\nDanke für den Hinweis!\n")
    assert line not in result.text
    assert "S006" in {r.code for r in result.report.removed}
    assert BODY.strip() in result.text


@pytest.mark.parametrize("line", NOT_REPLIES)
def test_a_quoted_post_or_handle_stays(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n")
    assert line in result.text


def test_a_reply_shaped_line_before_the_article_stays() -> None:
    line = REPLIES[0]
    result = clean(f"A Title Here\n\n{line}\n\n{BODY}\n\n{BODY}\n")
    assert line in result.text
