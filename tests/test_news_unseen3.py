"""Boilerplate families of a third probe round (issue 15): personal blogs (WordPress,
Blogger, Substack, Medium), university / NGO / government press releases, fact checks,
finance and crypto notices, tabloids, regional papers, podcast and video pages, forums and
Q&A pages. The hand-labeled probe articles are ``tests/probes/*.txt`` (scored by
``bench/probe_score.py``); sixteen of them are articles whose body reads like boilerplate
(a story about newsletters, cookie banners, a press officer ...) and keep every line."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

REMOVED = [
    # Blog themes' filing lines and Q&A post meta.
    (
        "Dieser Beitrag wurde unter Alltag, Fahrrad veröffentlicht und mit Lastenrad "
        "verschlagwortet. Setze ein Lesezeichen auf den Permalink.",
        "H005",
    ),
    ("Questa voce è stata pubblicata in Viaggi. Aggiungi ai segnalibri il permalink.", "H005"),
    ("Pubblicato da Marco Rossi alle 10:32", "H005"),
    ("Postado por Ana Silva às 10:32", "H005"),
    ("Gepost door Jan de Vries om 10:32", "H005"),
    ("Cette entrée a été publiée dans Voyages. Ajoutez ce permalien à vos favoris.", "H005"),
    ("Asked 3 years, 2 months ago", "H005"),
    ("answered Sep 14, 2023 at 8:12", "H005"),
    ("Modified 1 year ago", "H005"),
    ("Viewed 48k times", "H005"),
    # Buttons, counters, share bars, a newsletter's footer links, an issue label, a sort control.
    ("Follow", "A005"),
    ("Embed", "A005"),
    ("Autoplay next video", "A005"),
    ("2.3K Followers", "A005"),
    ("1.234 Aufrufe", "A005"),
    (
        "Enviar por correo electrónicoEscribe un blogCompartir en XCompartir con Facebook",
        "A005",
    ),
    ("Invia tramite emailPostalo sul blogCondividi su XCondividi su Facebook", "A005"),
    ("S'abonner à : Publier les commentaires (Atom)", "A005"),
    ("Post più recente Post più vecchio Home page", "A005"),
    ("Unsubscribe | Manage preferences | View in browser", "A005"),
    ("Abmelden | Im Browser anzeigen | Impressum", "A005"),
    ("Se désabonner | Voir en ligne", "A005"),
    ("December 2026 Issue", "A005"),
    ("Sorted by: Highest score (default)", "A005"),
    ("Code of Conduct • Report abuse", "A005"),
    ("Report this article", "A005"),
    ("Descargar PDF", "A005"),
    ("PDF herunterladen (245 KB)", "S001"),
    ("Nota de prensa", "A005"),
    ("Pressemitteilung", "A005"),
    ("Top comments (3)", "G003"),
    ("Meer informatie", "G003"),
    ("Cet article est extrait de notre numéro de janvier, disponible en kiosque.", "L001"),
    ("Questo articolo è tratto dal numero di gennaio del mensile.", "L001"),
    ("Du musst angemeldet sein, um hier antworten zu können.", "S003"),
    ("Persvoorlichting Universiteit Leiden, pers@leiden.example, 071 000 0000", "C002"),
    ("Cet épisode a été produit par Léa Martin et réalisé par Tom Girard.", "B001"),
    ("Este episodio fue producido por Ana Ruiz y editado por Luis Gil.", "B001"),
    # Who may comment, in seven languages; a Q&A page's form notices.
    ("You must log in or register to reply here.", "S003"),
    ("Um Kommentare zu schreiben, müssen Sie sich anmelden.", "S003"),
    ("Vous devez être connecté pour publier un commentaire.", "S003"),
    ("Debes iniciar sesión para comentar.", "S003"),
    ("Devi essere registrato per commentare.", "S003"),
    ("Je moet ingelogd zijn om te reageren.", "S003"),
    ("Você precisa estar logado para comentar.", "S003"),
    ("Post as a guest", "S003"),
    (
        'By clicking "Post Your Answer", you agree to our terms of service and acknowledge '
        "you have read our privacy policy.",
        "S003",
    ),
    ("Dodaj komentarz Anuluj pisanie odpowiedzi", "S003"),
    ("Lascia un commento Annulla risposta", "S003"),
    ("Deixe um comentário Cancelar resposta", "S003"),
    ("Laat een reactie achter Reactie annuleren", "S003"),
    ("Libellés : voyages, Lisbonne", "H004"),
    ("Marcadores: viagens, Lisboa", "H004"),
    ("J'aime ça : J'aime chargement…", "S001"),
    ("Mi piace Caricamento...", "S001"),
    ("Vind ik leuk Laden...", "S001"),
    (
        "Gracias por leer Mi Boletín. Suscríbete gratis para recibir nuevas publicaciones y "
        "apoyar mi trabajo.",
        "S002",
    ),
    ("Danke fürs Lesen! Abonniere kostenlos, um neue Beiträge zu erhalten.", "S002"),
    # Comment and related headings in Dutch and Polish.
    ("Reageer op dit artikel", "G003"),
    ("Podobne wpisy", "G003"),
    # Sign-ups: Dutch inbox promise, podcasts, forwarded newsletters, consent notices.
    ("Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox", "S002"),
    (
        "Subscribe to the show wherever you get your podcasts, and leave us a review. It "
        "really helps.",
        "S002",
    ),
    ("Was this newsletter forwarded to you? Get it in your inbox.", "S002"),
    ("Wurde Ihnen dieser Newsletter weitergeleitet? Hier anmelden.", "S002"),
    (
        "We use your sign-up to provide content in ways you've consented to and to improve "
        "our understanding of you.",
        "S002",
    ),
    (
        "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.",
        "S002",
    ),
    # Finance, crypto and transcript notices.
    (
        "Disclosure: This article does not represent investment advice. The content is for "
        "educational purposes only.",
        "L003",
    ),
    ("The author and/or clients may hold positions in the securities mentioned.", "L003"),
    ("Hinweis: Dieser Artikel stellt keine Anlageberatung dar.", "L003"),
    ("Offenlegung: Der Autor hält keine Positionen in den genannten Wertpapieren.", "L003"),
    ("Kursdaten: Realtime, Quelle: Tradegate. Alle Angaben ohne Gewähr.", "L003"),
    (
        "Avertissement : cet article ne constitue pas un conseil en investissement.",
        "L003",
    ),
    ("Aviso: este artículo no constituye asesoramiento de inversión.", "L003"),
    ("This transcript was generated automatically and may contain errors.", "L003"),
    ("Rita Gomez holds no cryptocurrency.", "L003"),
    # Tip lines as a question, then a call to write to the newsroom.
    (
        "Have a claim you want us to check? Email us or message us on WhatsApp.",
        "C001",
    ),
    ("Do you have a story for us? Email: exclusive@example.com", "C001"),
    (
        "Sie haben einen Hinweis für uns? Dann schreiben Sie uns per E-Mail an "
        "leserreporter@example.de",
        "C001",
    ),
    (
        "¿Tienes dudas sobre algún contenido? Envíanos tu consulta al WhatsApp de la redacción.",
        "C001",
    ),
    ("Vous avez une info à nous signaler ? Écrivez-nous.", "C001"),
    ("Vous avez une info à nous signaler ? Écrivez-nous à verif@example.fr", "C001"),
    # A press release's contact labels and notes for editors.
    ("Wissenschaftliche Ansprechpartner:", "C002"),
    ("Contact chercheur :", "C002"),
    ("Ufficio Stampa", "C002"),
    ("For more information, please contact:", "C002"),
    (
        "Voor meer informatie kunt u contact opnemen met de afdeling communicatie, telefoon "
        "14 030.",
        "C002",
    ),
    ("Notes to editors", "C002"),
    ("Noot voor de redactie, niet voor publicatie:", "C002"),
    ("ENDS", "C002"),
    # The feedback question and a podcast's production credits.
    (
        "Cet article vous a été utile ? Sachez que vous pouvez suivre ce journal dans "
        "l'espace Mon Actu.",
        "S001",
    ),
    ("Was dit artikel nuttig?", "S001"),
    (
        "This episode was produced by Ana Ruiz and edited by Ben Cole. Our theme music is "
        "by Blue Dot Sessions.",
        "B001",
    ),
]

KEPT = [
    # Sentences about the notices and prompts the rules know: the article reports them.
    '"Follow us on Facebook and Instagram for updates" now appears on several council '
    "websites where the X logo used to be.",
    '"We use cookies to improve your experience" is not consent, the regulator said in its '
    "decision, if the visitor cannot say no just as easily.",
    "« Abonnez-vous pour lire la suite » : la formule est devenue familière aux lecteurs.",
    '"Subscribe to our newsletter" used to be a line at the bottom of a website that nobody read.',
    'Many influencers add a line such as "This is not financial advice" to their videos.',
    "The fund said its managers may hold positions in the securities mentioned in the report.",
    "Der Autor hält die Entscheidung der Zentralbank für richtig.",
    "Alle Angaben ohne Gewähr, sagte der Sprecher der Polizei am Abend.",
    "This transcript of the hearing was released by the court on Friday.",
    "Have a question about your pension? Call the helpline on 0800 731 7898, the minister said.",
    "Do you have a story for us? the editor asked every new reporter on the first day.",
    "For more information, the council will hold a public meeting on Tuesday.",
    "Notes to editors were attached to the statement, but they added nothing new.",
    "Follow the river for two miles and you reach the village.",
    "Like many towns in the region, it lost its bank in 2019.",
    "Report after report has found the same problem with the bridge.",
    "Save the Children has worked in Mozambique since 1986, the charity's director said.",
    "The episode was produced by the BBC in 1984 and repeated twice.",
    "You must be logged in to the hospital's network to see patient records, the nurse said.",
    "Sorted by age, the pupils lined up in the yard.",
    "The 2026 issue of the yearbook lists every pupil.",
    "Asked about the decision, the mayor declined to comment.",
    "Rita Gomez holds no grudge against the club, she told the paper on Friday.",
    '"Got a story? Email us" ends most stories, and most of what arrives is useless.',
    "Cet article de loi a été utile aux locataires, selon l'association.",
    "Gracias por leer mi carta, escribió el alcalde a los vecinos.",
    "Mi piace il caricamento veloce della nuova app, dice l'utente.",
    "Pubblicato da Mondadori nel 1957, il romanzo vendette poco.",
    "Report this article's claims to the regulator, the consumer group urged.",
    "Die Pressemitteilung kam erst am Abend, zwei Stunden nach dem Unfall.",
    "Descargar PDF no siempre es posible en los móviles antiguos, explica el técnico.",
    "Top comments from the hearing were printed in the local paper.",
    "Cet article est extrait du Code civil, a rappelé l'avocat.",
    "Was this the end of the story? Not quite, as the court heard on Monday.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_boilerplate_line_of_a_probe_family_goes(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_body_sentence_stays(line: str) -> None:
    assert_stays(line)


@pytest.mark.parametrize(
    "line",
    [
        "Par la rédaction de Saint-Malo",
        "Redacción",
        "Door onze verslaggever",
        "By Staff Reporter",
        "Von unserem Korrespondenten",
    ],
)
def test_a_byline_naming_the_newsroom_goes_and_gives_no_author(line: str) -> None:
    result = clean(f"A Title Here\n\n{line}\n\n{BODY}\n\n{BODY}\n")
    assert line not in result.text
    assert "H002" in {r.code for r in result.report.removed}
    assert not result.report.authors


@pytest.mark.parametrize(
    "line", ["Redacción de la revista Time", "Staff meeting", "La rédaction a voté."]
)
def test_a_head_line_that_only_opens_with_a_newsroom_word_stays(line: str) -> None:
    assert line in clean(f"A Title Here\n\n{line}\n\n{BODY}\n\n{BODY}\n").text


def test_an_about_box_goes_before_a_release_end_mark() -> None:
    """A press release ends with its organisation's box and "###": the box goes, as the
    tail zone takes an "About X" box before a certain end marker."""
    text = (
        f"A Title Here\n\n{BODY}\n\n{BODY}\n\nAbout the University of Leeds\n\n"
        "The University of Leeds is one of the largest universities in the UK.\n\n###\n"
    )
    result = clean(text)
    assert "About the University of Leeds" not in result.text
    assert "one of the largest universities" not in result.text
    assert BODY.strip() in result.text


def test_an_about_box_that_ends_the_text_under_a_contact_block_goes() -> None:
    text = (
        f"A Title Here\n\n{BODY}\n\n{BODY}\n\nPressekontakt:\n\n"
        "E-Mail: presse@stadtwerke.example\n\nÜber die Stadtwerke Kassel\n\n"
        "Die Stadtwerke Kassel versorgen rund 200.000 Menschen mit Strom.\n"
    )
    result = clean(text)
    assert "Über die Stadtwerke" not in result.text
    assert "versorgen rund 200.000" not in result.text
    assert BODY.strip() in result.text


def test_a_contact_line_of_mail_and_phone_stays_in_the_footer_run() -> None:
    text = (
        f"A Title Here\n\n{BODY}\n\n{BODY}\n\nAbout Example Aid\n\n"
        "Example Aid has worked in Mozambique since 1986.\n\n"
        "For more information, please contact:\n\n"
        "media@example.org | +44 20 7000 0000 (out of hours)\n"
    )
    result = clean(text)
    assert "Example Aid has worked" not in result.text
    assert "media@example.org" not in result.text


def test_a_blog_platforms_counters_in_the_head_go() -> None:
    text = (
        "# A Title\n\n[Jane Doe](https://example.com/@jane)\n\nNov 30, 2026\n\n42\n\n7\n\n"
        f"[Share](https://example.com/p/x?share=1)\n\n{BODY}\n\n{BODY}\n"
    )
    result = clean(text)
    assert "\n42\n" not in f"\n{result.text}"
    assert "A007" in {r.code for r in result.report.removed}


@pytest.mark.parametrize(
    "text",
    [
        # A count with no removed line on one side: a table's or a list's number.
        f"# A Title\n\n42\n\n7\n\n{BODY}\n",
        # Counts after the first prose line.
        f"# A Title\n\n{BODY}\n\nShare\n\n42\n\nShare\n\n{BODY}\n",
    ],
)
def test_numbers_outside_a_head_widget_stay(text: str) -> None:
    assert "A007" not in {r.code for r in clean(text).report.removed}


def test_the_notes_for_editors_go_up_to_the_about_box() -> None:
    text = (
        f"A Title Here\n\n{BODY}\n\n{BODY}\n\nNotes to editors\n\n"
        "* Spokespeople are available for interview in Maputo.\n\n"
        "* Photos are available on request.\n\nAbout Example Aid\n\n"
        "Example Aid has worked in Mozambique since 1986.\n"
    )
    result = clean(text)
    assert "Spokespeople" not in result.text
    assert "C004" in {r.code for r in result.report.removed}


def test_a_notes_heading_before_most_of_the_prose_keeps_what_follows() -> None:
    text = f"A Title Here\n\nNotes to editors\n\n{BODY}\n\n{BODY}\n"
    assert "C004" not in {r.code for r in clean(text).report.removed}


def test_an_about_section_with_no_end_mark_stays() -> None:
    text = (
        f"A Title Here\n\n{BODY}\n\n{BODY}\n\nAbout the bridge\n\n"
        "The bridge was built in 1890 and carries the tram.\n"
    )
    assert "The bridge was built in 1890" in clean(text).text
