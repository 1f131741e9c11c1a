"""Boilerplate families of a fourth probe round (issue 15): council and service pages' feedback
widgets, share prompts and bare share bars, forum (phpBB) post and board chrome, reading time and
last-change lines in pt/es/nl/fr/en, broadcasters' live-stream and app buttons, affiliate
disclosures in the review sites' languages, forum sign-in notices, related-box labels. The
hand-labeled held-out articles are ``tests/probes/unseen4_holdout.txt``."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.text.dates import find_date
from removals import BODY, assert_goes, assert_stays, between_paragraphs

REMOVED = [
    ("Was this page helpful?", "S001"),
    ("Was deze informatie nuttig?", "S001"),
    ("Heeft deze pagina u geholpen?", "S001"),
    ("Cette page vous a-t-elle été utile ?", "S001"),
    ("War dieser Artikel hilfreich?", "S001"),
    ("Ist der Artikel hilfreich?", "S001"),
    ("¿Le ha resultado útil esta página?", "S001"),
    ("Questa pagina ti è stata utile?", "S001"),
    ("Esta página foi útil?", "S001"),
    ("Ja Nee", "A005"),
    ("Oui Non", "A005"),
    ("Yes No", "A005"),
    ("Ja Nein", "A005"),
    ("Sí No", "A005"),
    ("Sim Não", "A005"),
    ("¿Te ha gustado? ¡Compártelo!", "S001"),
    ("Gostou deste artigo? Partilhe com os seus amigos!", "S001"),
    ("Vous avez aimé cet article ? Partagez-le avec vos amis.", "S001"),
    ("Ti è piaciuto questo articolo? Condividilo!", "S001"),
    ("Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn mit anderen.", "S001"),
    ("Enjoyed this article? Share it with a friend.", "S001"),
    ("Deel deze pagina", "S001"),
    ("Facebook Twitter Pinterest WhatsApp", "S001"),
    ("Partager : Facebook Twitter Pinterest", "S001"),
    ("Teilen: Facebook | X | LinkedIn | E-Mail", "S001"),
    ("Messaggi: 1248", "A005"),
    ("Iscritto il: 14 mar 2011, 21:40", "A005"),
    (
        "Ultima modifica di treno_maurizio il 23 nov 2026, 09:12, modificato 1 volta in totale.",
        "A005",
    ),
    ("Torna a “Plastici e diorami”", "A005"),
    ("Chi c’è in linea", "A005"),
    ("Visitano il forum: 0 utenti iscritti e 3 ospiti", "A005"),
    ("Posts: 312", "A005"),
    ("Joined: Mar 14, 2011", "A005"),
    ("Last edited by bikeguy on Nov 23, 2026, 9:12 am, edited 2 times in total.", "A005"),
    ("Users browsing this forum: No registered users and 3 guests", "A005"),
    ("Beiträge: 1626", "A005"),
    ("Registriert: 18.09.2008, 05:56", "A005"),
    ("Zuletzt geändert von bastler am 23.11.2026, 09:12, insgesamt 1-mal geändert.", "A005"),
    ("Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste", "A005"),
    ("Wer ist online?", "A005"),
    ("Qui est en ligne ?", "A005"),
    ("Reply Quote", "A005"),
    ("Tempo de leitura: 3 min", "H005"),
    ("Tiempo de lectura: 8 minutos", "H005"),
    ("Leestijd: 4 minuten", "H005"),
    ("Laatst gewijzigd: 28 november 2026", "H005"),
    ("Dernière mise à jour : 3 décembre 2026", "H005"),
    ("Última actualización: 27/11/2026", "H005"),
    ("Última atualização: 2 de dezembro de 2026", "H005"),
    ("Last updated: 13 July 2020", "H005"),
    ("Jetzt Livestream hören", "P001"),
    ("Luister live naar Omrop Noord", "P001"),
    ("Download onze app", "P001"),
    ("Listen live", "P001"),
    ("Écouter le direct", "P001"),
    ("Escuchar en directo", "P001"),
    ("Ascolta la diretta", "P001"),
    (
        "When you buy through our links, we may earn an affiliate commission. Here's how it works.",
        "L003",
    ),
    ("Cet article contient des liens affiliés. Le prix ne change pas pour vous.", "L003"),
    ("Este artículo contiene enlaces de afiliado.", "L003"),
    ("Questo articolo contiene link di affiliazione.", "L003"),
    ("Este artigo contém links de afiliados.", "L003"),
    ("Dit artikel bevat affiliate links.", "L003"),
    ("*Preise inkl. MwSt., zzgl. Versand. Letzte Aktualisierung am 03.12.2026.", "L003"),
    ("Log in or register to reply.", "S003"),
    ("Connectez-vous ou inscrivez-vous pour répondre.", "S003"),
    ("Accedi o registrati per rispondere.", "S003"),
    ("Artigos relacionados", "G006"),
    ("More in News", "G006"),
    # The second batch: footer links, search label, newsletter promises, post navigation.
    ("Mentions légales | Plan du site | Accessibilité", "A005"),
    ("Aviso legal | Mapa del sitio | Accesibilidad", "A005"),
    ("Privacy policy | Terms of use | Accessibility statement", "A005"),
    ("Search", "A005"),
    ("Zoeken", "A005"),
    ("Télécharger la carte des points de dépôt (PDF, 1,2 Mo)", "A005"),
    ("Download the full report (PDF, 2.3 MB)", "A005"),
    ("← Harvest Lunch raises £640", "A005"),
    ("Remembrance Sunday 2026 →", "A005"),
    ("Receba diariamente as principais notícias da indústria no seu email.", "S002"),
    ("Ricevi ogni settimana gli appuntamenti culturali della città.", "S002"),
    ("Inscrivez-vous pour recevoir nos actualités", "S002"),
    ("Recibe las últimas noticias en tu correo", "S002"),
    ("Receive the latest news in your inbox every week.", "S002"),
    ("Lettre d'information", "S002"),
    ("Opinions expressed are those of the authors.", "L003"),
    ("Vandaag, 07:48", "H005"),
    ("Heute, 07:48 Uhr", "H005"),
    ("crumbsy · Posted 2 days ago · 14 replies", "H005"),
    ("Sie haben einen Tipp für uns? Schreiben Sie uns per WhatsApp an 0151 0000000.", "C001"),
    # A society's join button, a charity's registration line, an opinion notice after a masthead.
    ("Join the Society", "S002"),
    ("Adhérer à l'association", "S002"),
    ("Hazte socio", "S002"),
    ("Word lid", "S002"),
    ("Associe-se", "S002"),
    (
        "Registered charity number 210000. A company limited by guarantee, registered in "
        "England and Wales.",
        "L002",
    ),
    ("Registered charity no. 1130000", "L002"),
    (
        "The Beacon is the independent student newspaper of Northfield University. Opinions "
        "expressed are those of the authors.",
        "L003",
    ),
]

KEPT = [
    # Sentences that open like a widget, a forum counter or a prompt, and go on as prose.
    "Was this page helpful? The question now sits under every article on the council's "
    "website, and the answers go to a team of three.",
    "Yes, no, maybe: the referendum ballot offered only two of them.",
    '"Ja" oder "Nein" – mehr Auswahl hatten die Wähler nicht.',
    "Facebook, Twitter and WhatsApp were all down for six hours on Monday.",
    "Facebook and Twitter removed the posts within an hour.",
    "Messaggi: il sindaco ne ha ricevuti più di mille dopo l'annuncio.",
    "Posts: the union says 140 of them will go at the Leeds plant.",
    "Joined: the two villages merged their councils in 1974.",
    "Wer ist online? Diese Frage stellen sich Ermittler, wenn sie Chatgruppen überwachen.",
    "Chi c'è in linea con le nuove regole? Solo tre comuni su dieci.",
    "Return to the main road and turn left at the church.",
    "Last updated in 1998, the map shows roads that no longer exist.",
    "Laatst gewijzigd in 2019 werd het bestemmingsplan nu opnieuw herzien.",
    "Tempo de leitura caiu entre os jovens, segundo o estudo do ministério.",
    "Listen live to the birds in the garden at dawn, the warden advises.",
    "Luister live naar de vogels in de tuin, zegt de boswachter.",
    "Download onze app-studie: dat was de oproep van de onderzoekers.",
    "Escuchar en directo a la orquesta fue una experiencia única para los alumnos.",
    "Cet article contient des erreurs, a reconnu la rédaction lundi.",
    "When you buy through a broker, you may pay a commission of up to 2%, the regulator warned.",
    "Preise inklusive Mehrwertsteuer sind im Handel Pflicht, erinnert die Verbraucherzentrale.",
    "Log in or register to vote in the club elections before Friday, the secretary asked "
    "the members.",
    "More in sorrow than in anger, the coach spoke about the defeat.",
    "More in Common, a think tank, published the survey on Monday.",
    "¿Te ha gustado el concierto? Es lo que preguntamos a la salida a cien espectadores.",
    "Gostou do jantar? O chef quer saber a opinião de cada cliente.",
    "Sim, não e talvez foram as respostas mais ouvidas na rua.",
    "Oui, non, peut-être : les sondés hésitent encore.",
    "Search and rescue teams reached the hikers on Sunday morning.",
    "Zoeken naar de vermiste wandelaar werd zondag gestaakt.",
    "Download the report if you want the full figures, the author suggests.",
    "Paris → Lyon → Marseille was the route of the first TGV line south.",
    "Recibe las noticias con calma, aconseja la psicóloga a sus pacientes.",
    "Ricevi ogni settimana una telefonata dal sindaco? Ad Aosta succede.",
    "Opinions expressed at the meeting were divided, the chair said.",
    "Vandaag, 1 december, opent de nieuwe bibliotheek haar deuren.",
    "Privacy and accessibility were the two themes of the conference.",
    "Sie haben einen Tipp für die Prüfung? Dann verraten Sie ihn den anderen Eltern.",
    "Join the society of your choice before the end of freshers' week, the union advises.",
    "Registered charity numbers are listed on the regulator's website.",
    "The opinions expressed at the hearing were those of the witnesses, the judge said.",
    "Word lid van de bibliotheek en lees gratis, zegt de wethouder.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_boilerplate_line_of_a_probe_family_goes(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_body_sentence_stays(line: str) -> None:
    assert_stays(line)


@pytest.mark.parametrize("line", ["x x x", "x | x | x", "X X"])
def test_a_tables_ticks_are_no_share_bar(line: str) -> None:
    assert_stays(line)


_NL_BODY = (
    "Vanaf maandag 7 december vervangt de gemeente ruim 600 lantaarnpalen in de wijken "
    "Kruiskamp en De Hambaken, zo meldt de wethouder."
)


@pytest.mark.parametrize("line", ["Nieuwsbericht | 28-11-2026 | 10:15", "28-11-2026"])
def test_a_dateline_with_a_hyphenated_day_month_year_goes(line: str) -> None:
    text = (
        f"Gemeente start met vervanging van lantaarnpalen\n\n{line}\n\n{_NL_BODY}\n\n{_NL_BODY}\n"
    )
    assert line not in clean(text).text


def test_a_sentence_with_a_hyphenated_date_stays() -> None:
    line = "Op 28-11-2026 besloot de gemeenteraad om de lantaarnpalen te vervangen."
    text = f"Gemeente start met vervanging van lantaarnpalen\n\n{line}\n\n{_NL_BODY}\n"
    assert line in clean(text).text


def test_hyphenated_dates_are_read_day_first_and_checked() -> None:
    found = find_date("28-11-2026")
    assert found is not None and found[0] == "2026-11-28"
    assert find_date("12-34-2026") is None
    assert find_date("28.11-2026") is None


def test_a_byline_with_a_published_and_an_updated_date_goes() -> None:
    line = "By Julien Moreau - Published 01/12/2026 at 14:05, updated 02/12/2026 at 09:12"
    result = clean(f"A Title Here\n\n{line}\n\n{BODY}\n\n{BODY}\n")
    assert line not in result.text
    assert "H001" in {r.code for r in result.report.removed}
