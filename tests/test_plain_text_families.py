"""Phrase families on an extractor's plain text (trafilatura), where links are gone: comment
prompts, read-also labels over an unlinked title, box labels, paywall and offer lines, dates
of a page's last change, licence lines. Each line goes after a body of prose; look-alike
sentences stay."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 4

REMOVED = [
    ("Kommentar verfassen", "S003"),
    ("Schreib einen Kommentar", "S003"),
    ("Nur angemeldete Benutzer können kommentieren und bewerten.", "S003"),
    ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "S003"),
    ("Keine Kommentare zu „Die Brücke über den Fluss“", "S003"),
    ("Please log in here to leave a comment.", "S003"),
    ("Share your thoughts and debate the big issues", "S003"),
    ("Please understand that comments are moderated and it is not always possible.", "S003"),
    ("Dejá tu comentario", "S003"),
    ("Para comentar debes registrarte y completar los datos generales.", "S003"),
    ("Neueste Kommentare", "S003"),
    ("Lesen Sie hier: Spielabbruch in der Kreisliga nach einem Streit", "G004"),
    ("À lire aussi » Ballonnements, lourdeurs : quel est votre profil ?", "G004"),
    ("VEA TAMBIÉN: Entre heces y guaricha en Panamá Oeste", "G004"),
    ("Le puede interesar: JEP abrirá tres nuevos macrocasos", "G004"),
    ("Leia também: Governo anuncia novo pacote para a indústria", "G004"),
    ("Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy?", "G004"),
    ("Videos zum Thema", "G006"),
    ("Beiträge aus dem Forum", "G006"),
    ("Contenido Relacionado", "G006"),
    ("Más sobre La Tercera AM", "G006"),
    ("Pour lire la suite", "A003"),
    ("Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.", "S002"),
    ("Get The Herald's Daily Edition by email and never miss our top stories Free Sign Up", "S002"),
    ("Video verfügbar bis 28.02.2021", "H005"),
    ("Letzte Änderung 14.02.2019", "H005"),
    ("Ten tekst przeczytasz w mniej niż minutę", "H005"),
    ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "L002"),
]

KEPT = [
    "Lea: Ich glaube, das war ein Fehler.",
    "Mira: Das hat mich sehr überrascht, sagte sie danach.",
    "Comments are moderated by volunteers, the company said in a statement on Monday.",
    "Das Abo ist jederzeit kündbar, sagte der Anbieter am Montag.",
    "Mehr zum Thema: Der Rat tagt wieder im Mai.",
    "Schreib einen Kommentar über das Buch, bat die Lehrerin die Klasse am Montag.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_plain_text_boilerplate_line_goes_under_its_rule(line: str, code: str) -> None:
    result = clean(f"{BODY}\n\n{line}\n")
    assert line not in result.text
    assert code in {r.code for r in result.report.removed}
    assert BODY.strip() in result.text


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_like_the_boilerplate_stays(line: str) -> None:
    after = "The works on the bridge start in May and end before the winter comes. " * 3
    result = clean(f"{BODY}\n\n{line}\n\n{after}\n")
    assert line in result.text
