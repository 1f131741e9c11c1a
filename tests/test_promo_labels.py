"""Issue 15, extractor output: related labels in Finnish and Polish, site self-promos with a
call to action (a magazine's current issue, "Kennt ihr schon unseren ...?", "Szukasz ...?
Zobacz oferty ..."), a donation appeal, a feed link, a health site's review notice, and a
closing tag under an embedded post's attribution. Each removed case failed before its
change; the look-alikes stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import removed_codes

BODY_DE = "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. " * 4
BODY_EN = "The council voted on Tuesday to repair the old bridge over the river. " * 4


LABELS = [
    ("Lue aiheesta lisää:", "G006"),
    ("Lue myös", "G006"),
    ("Powiązane tematy:", "G006"),
    ("Diese Artikel könnten dich ebenfalls interessieren:", "G006"),
    ("Das könnte Sie außerdem interessieren", "G006"),
]


@pytest.mark.parametrize(("label", "code"), LABELS)
def test_a_related_label_and_the_titles_under_it_go(label: str, code: str) -> None:
    titles = [
        "Korkeasaaren karhut heräsivät jo – talviunet jäivät lyhyiksi",
        "Vuosi 2018 toi kylmää, kuumaa ja kuivaa",
    ]
    text = f"{BODY_DE}\n\n{label}\n\n" + "\n\n".join(titles) + "\n"
    codes = removed_codes(text)
    assert codes.get(label) == code
    assert clean(text).text.strip() == BODY_DE.strip()


PROMOS = [
    (
        "Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und "
        "bei Readly erhältlich.",
        "P001",
    ),
    ("Die neue Ausgabe ist da: selber machen - Jetzt am Kiosk!", "P001"),
    ("DHB jetzt auch digital!Einfach hier klicken und für das digitale DHB registrieren!", "P001"),
    (
        "Wie wohnt die COUCH Community? Klicke dich durch die Homestorys der Community-Mitglieder.",
        "P001",
    ),
    (
        "Kennt ihr schon unseren Brandfinder? Ihr sucht noch mehr Fair Fashion Strick? Ab sofort "
        "findet ihr mit unserem Brandfinder Fair Fashion Labels.",
        "P001",
    ),
    ("Have you tried our new recipe finder? It has over 5,000 recipes.", "P001"),
    ("¿Ya conoces nuestra nueva aplicación? Descárgala gratis.", "P001"),
    ("Szukasz lokalu handlowego do wynajęcia? Zobacz oferty na PropertyStock.pl", "P001"),
    ("Looking for a new flat in the city? Browse the latest listings on FlatFinder.com", "P001"),
    (
        "Czytasz właśnie nowy rodzaj materiału na naszym portalu. Wesprzyj nas darowizną lub "
        "przekaż nam 1% podatku.",
        "S002",
    ),
    ("Online-Pressemappe - alle Pressemitteilungen der Nordex SE | RSS-Feed abonnieren", "S001"),
    ("Subscribe to our RSS feed", "S001"),
    (
        "Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur, medizinischen "
        "Leitlinien sowie aktuellen Studien und wurde von Medizinern geprüft.",
        "L003",
    ),
    ("Lue myös: Korkeasaaren karhut heräsivät jo", "G004"),
]


@pytest.mark.parametrize(("line", "code"), PROMOS)
def test_a_site_promo_or_prompt_between_paragraphs_goes(line: str, code: str) -> None:
    codes = removed_codes(f"{BODY_DE}\n\n{line}\n\n{BODY_DE}\n")
    assert codes.get(line) == code


PROMO_LOOKALIKES = [
    "Die aktuelle Ausgabe des Berichts erscheint im Mai und liegt im Rathaus aus.",
    "Die Stadtbibliothek ist jetzt auch digital erreichbar, sagte die Bürgermeisterin.",
    "Kennt ihr schon die neue Brücke über den Fluss? Sie ist seit Montag offen.",
    "Wer hier klicken will, muss sich erst anmelden, sagte der Sprecher der Stadt.",
    "Szukasz pracy? Urząd pracy w mieście ma w tym roku więcej ofert niż przed rokiem.",
    "Der Artikel wurde gestern von der Redaktion geprüft und am Abend veröffentlicht.",
    "Looking for a new flat? The council says rents rose by ten percent this year.",
]


@pytest.mark.parametrize("line", PROMO_LOOKALIKES)
def test_a_sentence_like_a_promo_stays(line: str) -> None:
    assert line in clean(f"{BODY_DE}\n\n{line}\n\n{BODY_DE}\n").text


def test_a_closing_tag_after_an_embedded_posts_attribution_goes() -> None:
    text = (
        f'{BODY_EN}\n\n"Do not be overcome by evil" pic.twitter.com/auq167NKRu\n\n'
        "— Radio Maryja (@RadioMaryja) April 29, 2021\n\nRIRM\n"
    )
    assert removed_codes(text).get("RIRM") == "L008"


def test_a_closing_tag_under_a_table_row_stays() -> None:
    text = f"{BODY_EN}\n\nSuper 5 Series Turnier 2 | VS. | Joker1411 | 6:0\n\nFIFA\n"
    assert "FIFA" in clean(text).text
