"""Boilerplate families of news sites outside the labeled set (issue 15, probes in the shape of
wire services, national papers, tech sites and local news): credit chains and helpers' lines,
a reporter's beat line, update and correction notes without a date, tip lines, rights and
reprint links, newsroom-standards lines, print-edition notes and audio / reading-time widgets.
Each line stands between two paragraphs of prose; look-alike body sentences stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs

REMOVED = [
    # Credit chains of any length, and helpers named under the story.
    (
        "Reporting by Arathy Somasekhar in Houston and Ahmad Ghaddar in London; Additional "
        "reporting by Florence Tan in Singapore; Editing by David Gregorio and Leslie Adler",
        "B001",
    ),
    ("— With assistance from Matthew Boesler and Jane Doe", "B001"),
    ("Mitarbeit: Anna Schmidt und Peter Weber", "B001"),
    ("Con la colaboración de Ana García y Luis Pérez.", "B001"),
    ("Ha collaborato Marco Rossi", "B001"),
    # A reporter's beat line.
    ("Erin Cox covers Maryland politics and government for The Washington Post.", "B001"),
    (
        "Arathy Somasekhar reports on oil and gas markets from Houston. She has covered energy "
        "for more than a decade.",
        "B001",
    ),
    ("Stephen Clark is a space reporter at Ars Technica, covering space companies.", "B001"),
    # Update notes without a date.
    ("This story has been updated with additional developments.", "H005"),
    ("This article has been updated.", "H005"),
    ("(Updates with market pricing in fourth paragraph.)", "H005"),
    ("(Adds analyst comment in paragraph 5)", "H005"),
    ("Questo articolo è stato aggiornato alle 14:20.", "H005"),
    ("Esta reportagem foi atualizada.", "H005"),
    ("Este artículo ha sido actualizado con nuevas declaraciones.", "H005"),
    # Tip lines that name no address.
    ("Have a confidential tip for our reporters? Get in Touch", "C001"),
    ("Got a story idea? Let us know.", "C001"),
    ("Submit a news tip", "C001"),
    ("Haben Sie einen Hinweis für uns? Schreiben Sie uns!", "C001"),
    # Rights, reprints and standards.
    (
        "Serving the Valley since '98 | Copyright © 2024 Valley Voice Media. All rights reserved.",
        "L002",
    ),
    (
        "Brabants Stadsblad, Meierij Media, 's-Hertogenbosch. © 2024 Alle rechten voorbehouden.",
        "L002",
    ),
    ("Purchase Licensing Rights, opens new tab", "L002"),
    ("Order Reprints | Today's Paper | Subscribe", "L002"),
    ("Hier können Sie die Rechte an diesem Artikel erwerben.", "L002"),
    ("Lizenzen für Artikel", "L002"),
    ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "L003"),
    ("Conforme a los criterios de The Trust Project Saber más", "L003"),
    # Print-edition notes.
    (
        "A version of this article appears in print on Dec. 6, 2026, Section B, Page 1 of the "
        "New York edition with the headline: A Small Town Bets.",
        "L001",
    ),
    ("Dieser Artikel ist Teil von ZEIT am Wochenende, Ausgabe 50/2026.", "L001"),
    ("Cet article est paru dans l'édition du 6 décembre 2026.", "L001"),
    # Audio and reading-time widgets, an ad slot's label, a follow button.
    ("Artikel anhören • 3 Min", "A005"),
    ("2 minuti di lettura", "A005"),
    ("Ouvir o texto", "A005"),
    ("3 min de lecture", "A005"),
    ("Sponsor Message", "A005"),
    ("Follow Author", "A005"),
    # A newsletter's promise of delivery to the reader's inbox, and purpose lead-ins.
    ("Get our local newsletter, delivered free each Friday", "S002"),
    (
        "Get more local news delivered straight to your inbox. Sign up for free Patch "
        "newsletters and alerts.",
        "S002",
    ),
    ("Receba no seu email o melhor do conteúdo da Folha. Cadastre-se.", "S002"),
    ("Recibí en tu email todas las noticias, coberturas e historias de la semana", "S002"),
    ("Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.", "S002"),
    ("Ricevi ogni mattina le notizie principali nella tua casella di posta.", "S002"),
    ("Die wichtigsten Nachrichten des Tages jeden Morgen in Ihr E-Mail-Postfach", "S002"),
    ("Pour ne rien rater de l'actualité, abonnez-vous à notre newsletter.", "S005"),
    ("Per restare aggiornato, iscriviti alla nostra newsletter.", "S005"),
    ("Support public radio", "S002"),
    ("Get the latest football news straight to your inbox with our daily newsletter.", "S002"),
    # A helpline notice; the reporter's address.
    (
        "If you or someone you know is struggling, call or text 988 to reach the Suicide and "
        "Crisis Lifeline.",
        "L003",
    ),
    ("Contact the reporter at mjones@example.com.", "C001"),
    # Syndication, affiliate, contributor and external-link notices.
    (
        "(Except for the headline, this story has not been edited by NDTV staff and is "
        "published from a syndicated feed.)",
        "L003",
    ),
    (
        "If you buy something from a Verge link, Vox Media may earn a commission. See our "
        "ethics statement.",
        "L003",
    ),
    ("Opinions expressed by Forbes Contributors are their own.", "L003"),
    ("The BBC is not responsible for the content of external sites.", "L003"),
    # Comment policies, paywall questions.
    ("Comentar las notas de Clarín es exclusivo para suscriptores.", "S003"),
    (
        "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da "
        "mensagem.",
        "S003",
    ),
    ("Sharing full articles is one of the benefits of a subscription. Learn more.", "A003"),
    ("Vous avez envie de lire la suite ?", "A003"),
    # Picture credits, labels and buttons.
    ("(Jabin Botsford/The Washington Post)", "L005"),
    ("(Jane Doe/Getty Images)", "L005"),
    ("Story continues", "A001"),
    ("Mirá también", "G003"),
    ("Sobre la firma", "B001"),
    ("Kommentare lesen (42 Beiträge)", "A005"),
    ("Bildbeschreibung einblenden", "A005"),
    ("Start a Conversation", "A005"),
    ("NEWS PROVIDED BY", "A005"),
    # A press release's source link and contact heading; a feedback prompt.
    (
        "View source version on businesswire.com: "
        "https://www.businesswire.com/news/home/20261205000000/en/",
        "L001",
    ),
    ("Investor Contact", "C002"),
    ("Haben Sie Fragen oder Anmerkungen zum Artikel? Schreiben Sie uns!", "C001"),
    # Dutch, Swedish and Portuguese buttons, labels, sign-ups and notices.
    ("Deel dit artikel", "S001"),
    ("Volg ons op WhatsApp", "S001"),
    ("Dela artikeln", "S001"),
    ("Följ oss på Instagram", "S001"),
    ("Partilhar", "S001"),
    ("Lees ook: Koeman tevreden over reactie van zijn ploeg", "G004"),
    ("Läs också: Så påverkas ditt bolån av räntesänkningen", "G004"),
    ("Meer nieuws uit Utrecht", "G006"),
    ("Mest lästa", "G006"),
    ("Schrijf je in voor onze nieuwsbrief", "S002"),
    ("Prenumerera på vårt nyhetsbrev", "S002"),
    ("© 2026 DPG Media B.V. - alle rechten voorbehouden", "L002"),
    ("© 2026 Dagens Affärer. Alla rättigheter förbehållna.", "L002"),
    ("Todos os direitos reservados.", "L002"),
    # A shop's price widget under a review, its buttons and heading; an affiliate label.
    ("$449 at Amazon", "A005"),
    ("$449.99 at Best Buy", "A005"),
    ("Bester Preis: 579 € bei Amazon", "A005"),
    ("299,99 € chez Fnac", "A005"),
    ("View Deal", "A005"),
    ("See all prices", "A005"),
    ("Buy now at Samsung", "A005"),
    ("Zum Angebot", "A005"),
    ("Preisvergleich", "A005"),
    ("Voir l'offre", "A005"),
    ("## Today's best Sony WH-1000XM6 deals", "A005"),
    ("*Affiliate-Link: Wir erhalten bei einem Kauf eine Provision.", "L003"),
    ("Affiliate links: we may earn a commission from purchases.", "L003"),
    # A finance site's disclosures and quote-data notice.
    ("Disclosure: The author holds no positions in any stocks mentioned.", "L003"),
    ("Disclosure: I own shares of Apple and Microsoft.", "L003"),
    ("The author has no position in any of the stocks mentioned.", "L003"),
    (
        "John Smith has positions in Johnson & Johnson and Realty Income. The Motley Fool has "
        "positions in and recommends Realty Income. The Motley Fool has a disclosure policy.",
        "L003",
    ),
    (
        "The views and opinions expressed herein are the views and opinions of the author and "
        "do not necessarily reflect those of Nasdaq, Inc.",
        "L003",
    ),
    ("Data provided by FactSet. Quotes delayed at least 15 minutes.", "L003"),
    ("Market data provided by Morningstar.", "L003"),
    # A recipe card's prompts and nutrition note; an opinion page's call for letters.
    ("Tried this recipe? Leave a comment and rate it below!", "S001"),
    ("Did you make this? Tag @emmabakes on Instagram", "S001"),
    ("Pin this recipe for later", "S001"),
    ("Have an opinion on this story? Send a letter to the editor.", "S001"),
    ("Nutrition information is an estimate.", "L003"),
    # A science-news site's source and citation widget.
    (
        "Materials provided by University College London. Note: Content may be edited for "
        "style and length.",
        "L001",
    ),
    ("Cite This Page:", "L001"),
    ("MLA APA Chicago", "L001"),
    # The author box's heading with its bio, in Swedish, Dutch, Portuguese and Polish.
    ("Om skribenten: Anna Lind är ekonomireporter på Dagens Affärer.", "B001"),
    ("Over de auteur: Jan de Vries is verslaggever bij het Utrechts Nieuwsblad.", "B001"),
    ("Sobre o autor: Pedro Santos é jornalista do Público desde 2010.", "B001"),
    ("O autorze: Jan Kowalski jest dziennikarzem ekonomicznym.", "B001"),
    # Tip lines in Dutch, Swedish, Portuguese and Italian.
    ("Heb je een tip? Mail naar tips@example.nl", "C001"),
    ("Har du ett tips? Mejla oss på tips@example.se", "C001"),
    ("Tem uma sugestão? Escreva-nos.", "C001"),
    ("Hai una segnalazione? Scrivici a redazione@example.it", "C001"),
    # A live blog's label, the French "reuse this content", a push-alert offer.
    ("Key events", "A005"),
    ("Réutiliser ce contenu", "A005"),
    ("Get Arsenal news sent straight to your phone", "S002"),
    ("Suivez-nous sur Google Actualités", "S001"),
    ("Laden Sie jetzt die Example-App herunter!", "P001"),
]

KEPT = [
    "This story has been told many times, but never like this, said the director of the film.",
    "The report has been updated every year since 1990 by the agency's statisticians.",
    "This article has been updated by the council to reflect the new bridge rules, he said.",
    "(Adds to the confusion, as the mayor later admitted.)",
    "An earlier version of this story was told by my grandmother every winter by the fire.",
    # A correction states a fact of the article's: it stays with it.
    "Correction: An earlier version of this article misstated the number of homes evacuated.",
    "Korrektur: In einer früheren Version dieses Artikels hieß es, die Brücke sei zu.",
    "Une précédente version de cet article indiquait un mauvais chiffre.",
    "Una versión anterior de este artículo daba una cifra errónea.",
    "With assistance from the United Nations, the town rebuilt its school within a year.",
    "With assistance from neighbours, she cleared the snow from the road before dawn.",
    "Jane Doe covers her face with her hands when she talks about the flood.",
    "Peter Hall reports on the council meeting for the local radio station every Tuesday.",
    "Maria Lopez is a night nurse at the General Hospital and saw the patients arrive.",
    "Have a tip for saving money? Tell us in the comments, said the host of the show.",
    "Submit your tips to the council before Friday, the mayor said in his letter to residents.",
    "Order reprints of the old maps from the library, the archivist suggested to visitors.",
    "The newspaper bought reprint rights to the novel in 1954 and serialised it for a year.",
    "Cet article a été modifié par la loi du 3 mars 2021 relative à la protection des données.",
    "Este artículo fue actualizado por el Congreso en 2019 para incluir a los autónomos.",
    "In einer früheren Version dieses Gesetzes war die Strafe höher.",
    "Ouvir o texto em voz alta ajuda as crianças a aprender, disse a professora.",
    "The sponsor message was read out before the match by the club's captain.",
    "Follow the author's advice and you will save money, the reviewer concluded in her column.",
    "Mitarbeit: das ist das Wichtigste für uns, sagte der Chef des Betriebs.",
    "Dieser Artikel ist Teil von einer Serie über die Bahn, die wir im Sommer begonnen haben.",
    "Reporting by the local paper in Houston; editing by the national desk changed it, he said.",
    "The company said it would get the documents delivered to your inbox within a day.",
    "Get the newsletter out by Friday, the editor told the team before the holiday.",
    "Scammers get messages delivered to your inbox every day, the police warned on Tuesday.",
    "Die Rechnung kommt jeden Monat in Ihr Postfach.",
    "Receba o prêmio no seu nome, disse o apresentador.",
    "Pour ne rien rater du match, les supporters sont arrivés tôt au stade.",
    "Recibí en tu email una carta del banco, me dijo mi madre.",
    "The story continues in the next chapter, when the family moves to Texas.",
    "If you buy something from a street vendor, you may get sick, the doctor warned.",
    "Opinions expressed by the panel were mixed, the report said.",
    "The city is not responsible for the content of external contractors' reports, he said.",
    "(John Lennon/Paul McCartney)",
    "Os comentários do ministro não representam a opinião do governo, disse o porta-voz.",
    "Support public radio, the senator urged, before the vote on the funding bill.",
    "End of story: the bridge was repaired and reopened in May.",
    "If you or someone you know has a ticket for the match, check the new kick-off time.",
    "Contact the author of the letter at the address below, the court said.",
    "Deel dit artikel met je collega's, zei de minister tegen de ambtenaren.",
    "Volg ons op de voet, zei de gids tegen de toeristen in het bos.",
    "Dela artikeln i två delar, sa redaktören till reportern.",
    "Partilhar a casa com estranhos não é fácil, diz a estudante.",
    "Reageer niet op berichten van onbekende nummers, waarschuwt de politie.",
    "Lees ook de bijsluiter voordat u het medicijn inneemt, adviseert de apotheker.",
    "Meer nieuws uit Utrecht volgt later vandaag, zei de woordvoerder van de gemeente.",
    "Prenumerera på vårt nyhetsbrev, sa hon, och skrattade åt frågan.",
    "The jacket sells for $449 at Amazon, but the same model is cheaper in shops.",
    "Tickets cost $25 at the door.",
    "$5 at the bake sale bought a slice of cake and a coffee.",
    "View deals like this with suspicion, the consumer group warned.",
    "Der Preisvergleich zeigt, dass die Mieten in Leipzig am stärksten gestiegen sind.",
    "Affiliate links: how bloggers make money from the products they recommend",
    "Disclosure: banks must publish their positions in derivatives by March, the rule says.",
    "The fund's manager said he holds no positions in the company.",
    "His views do not necessarily reflect those of his party, the senator said.",
    "Data provided by the census shows the town has grown by a third since 2010.",
    "The bank has a disclosure policy that few customers ever read, the regulator said.",
    "Quotes from the minister were delayed by the translation, the agency said.",
    "Did you make this decision alone? No, said the mayor, the council voted on it.",
    "Tried this recipe? My grandmother never did, she said.",
    "Have an opinion on this story? Many readers did, and the paper printed their letters.",
    "Nutrition information is an estimate, the researchers warn, and often wrong by a fifth.",
    "Materials provided by the museum helped the pupils.",
    "Chicago, Boston and Denver all reported record cold on Monday.",
    "Reference: Klein, R. et al. Two routes of Neolithic migration. Nature 640, 112-118 (2026).",
    "Funding: The work was supported by the Wellcome Trust and the European Research Council.",
    "Over de auteur van het boek is weinig bekend, zegt de uitgever.",
    "Om skribenten vet vi bara att hon bodde i Uppsala.",
    "Subscribe to Kindle Unlimited if you read more than two books a month; it costs $11.99.",
    "Source: Garcia MA, et al. Toxicological Sciences, 2024.",
    "Source: Klein R. Two routes of Neolithic migration. Nature (2026). doi: 10.1038/s41586-026",
    "See all prices rise when the tax goes up, the economist warned.",
    "Laden Sie die Warn-App NINA herunter, empfiehlt das Bundesamt.",
    "Buy now at the market and you will pay less than in the shops, she said.",
    "Laden Sie die App der Stadtwerke herunter, rät der Bürgermeister den Anwohnern.",
    "Heb je een tip? Dan is de politie blij met je telefoontje, zegt de woordvoerder.",
    "Key events of the year included the flood and the election.",
    "Get the results sent to your phone, the hospital told patients after the test.",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_news_boilerplate_line_of_an_unseen_site_goes(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_alike_body_sentence_stays(line: str) -> None:
    assert_stays(line)


def test_a_wire_credit_chain_keeps_the_first_reporter_as_author() -> None:
    line = "Reporting by Jane Doe in Houston; Additional reporting by Tom Roe; Editing by Ann Poe"
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n")
    assert line not in result.text
    assert "Jane Doe" in result.report.authors


def test_a_paragraph_between_two_inline_promos_stays() -> None:
    """S004 takes a box's description under its heading, not the article's paragraph that
    stands between two whole-sentence promos."""
    text = (
        f"A Title Here\n\n{BODY}\n\n"
        "Subscribe to our free daily newsletter and get the latest local news in your inbox.\n\n"
        "The library will also add a second story time on Sundays.\n\n"
        "Get more local news delivered straight to your inbox. Sign up for free alerts.\n"
    )
    result = clean(text)
    assert "The library will also add a second story time on Sundays." in result.text
    assert "Get more local news" not in result.text


def test_a_newsletter_box_description_still_goes() -> None:
    text = (
        f"A Title Here\n\n{BODY}\n\nSign up for our newsletter\n\n"
        "Daily news about the city and its council.\n\n"
        "By submitting your email, you agree to our Terms and Privacy Notice.\n"
    )
    result = clean(text)
    assert "Daily news about the city" not in result.text


PROSE_ABOUT_NOTICES = [
    "All rights reserved is a phrase you see on every album, but it doesn't mean much.",
    "Copyright © 2026 is printed on the back of every CD, yet the law protects the work.",
    "„Alle Rechte vorbehalten steht auf jedem Foto, aber das hat wenig gebracht“, sagt sie.",
    "« Tous droits réservés, c'est écrit partout, mais personne ne paie », explique-t-elle.",
    "Todos los derechos reservados es una frase que aparece en los contratos de alquiler.",
]


@pytest.mark.parametrize("line", PROSE_ABOUT_NOTICES)
def test_a_sentence_about_a_notice_is_not_a_notice(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line in result.text


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Example Media. All rights reserved.",
        "© the authors 2026, published under a CC BY licence by the university press.",
        "Bas spricht im Bundestag © dpa | Bernd von Jutrczenka",
        "© 2026 by Jane Doe. All rights reserved worldwide, unless stated otherwise below.",
    ],
)
def test_a_notice_still_goes(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line not in result.text
    assert "L002" in {r.code for r in result.report.removed}


def test_a_poem_keeps_its_lines_that_read_like_notices_and_calls() -> None:
    poem = (
        "The boats are in, the nets are dry,\nthe gulls complain across the sky.\n"
        "Subscribe me to the quiet, please,\nthe long grey light, the salted breeze.\n\n"
        "All rights reserved by wind and sea,\nthe harbour keeps its own decree.\n"
    )
    result = clean(f"Poem of the week: Winter Harbour\n\nby Ellen Marsh\n\n{poem}")
    assert "Subscribe me to the quiet, please," in result.text
    assert "All rights reserved by wind and sea," in result.text


def test_a_listicle_keeps_its_download_step() -> None:
    steps = "\n".join(
        f"{n}. {s}"
        for n, s in enumerate(
            [
                "Ride tram 28 early in the morning.",
                "Share a table at a tasca in Alfama.",
                "Download the Carris app for bus times.",
                "Watch the sunset from Miradouro da Senhora do Monte.",
            ],
            1,
        )
    )
    result = clean(f"Things to do in Lisbon\n\n{BODY}\n\n{steps}\n\n{BODY}\n")
    assert "3. Download the Carris app for bus times." in result.text


def test_a_lone_app_promo_still_goes() -> None:
    line = "Download the BBC News app from the App Store for iPhone and iPad"
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n")
    assert line not in result.text


def test_a_membership_phrase_in_reported_speech_stays() -> None:
    line = (
        "Abonnieren Sie den Newsletter nicht, wenn Sie nur ein Foto lizenzieren wollen, "
        "rät die Verbraucherzentrale."
    )
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line in result.text


def test_a_list_of_tips_keeps_its_sign_up_step() -> None:
    steps = (
        "1. Abbassa il termostato di un grado.\n2. Condividi le stanze riscaldate.\n"
        "3. Iscriviti al bonus sociale se hai un ISEE basso.\n4. Segui i consigli dell'ENEA.\n"
    )
    result = clean(f"Come risparmiare\n\n{BODY}\n\n{steps}\n{BODY}\n")
    assert "3. Iscriviti al bonus sociale se hai un ISEE basso." in result.text


def test_a_list_of_calls_still_goes() -> None:
    calls = "- Follow us on Twitter\n- Subscribe to our newsletter\n- Share this article\n"
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{calls}")
    assert "Subscribe to our newsletter" not in result.text


def test_a_quotation_before_the_footer_stays() -> None:
    quote = '> "Share this with every parent you know," one head teacher wrote on Facebook.'
    text = (
        f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{quote}\n\n"
        "Read more: [Why teachers are striking](https://www.example.com/explainer)\n\n"
        "[Sign up to First Edition, our free daily newsletter](https://www.example.com/nl)\n\n"
        "[Share](https://www.example.com/share)\n"
    )
    result = clean(text)
    assert "one head teacher wrote on Facebook" in result.text
    assert "Sign up to First Edition" not in result.text


@pytest.mark.parametrize(
    "steps",
    [
        "1. Stellen Sie die Heizung nachts auf 16 Grad.\n2. Teilen Sie sich warme Räume.\n"
        "3. Abonnieren Sie den Preisalarm des Vergleichsportals.\n"
        "4. Folgen Sie den Empfehlungen der Verbraucherzentrale.\n",
        "- Baissez le chauffage d'un degré.\n- Partagez les pièces chauffées.\n"
        "- Abonnez-vous aux alertes de l'Ademe.\n- Suivez les conseils de votre mairie.\n",
    ],
)
def test_a_list_of_tips_keeps_its_subscribe_step(steps: str) -> None:
    result = clean(f"Tipps\n\n{BODY}\n\n{steps}\n{BODY}\n")
    for step in steps.splitlines():
        assert step in result.text


def test_a_list_item_where_the_site_speaks_of_itself_still_goes() -> None:
    items = (
        "- Learn Japanese with the study materials on the site\n"
        "- Take a look at the Japan 101 section on studying Japanese\n"
        "- Join our Facebook group to connect with fellow learners\n"
        "- Learn more about the placement program\n"
    )
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{items}")
    assert "Join our Facebook group" not in result.text


def test_a_notice_naming_a_domain_still_goes() -> None:
    line = "© 2021 kath.net | Impressum | Datenschutz |"
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line not in result.text


def test_a_box_selling_point_in_a_list_still_goes() -> None:
    items = (
        "- Jederzeit kündbar\n- Tagesaktuelle Nachrichten und Marktdaten\n- Exklusive Beiträge\n"
    )
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{items}")
    assert "Jederzeit kündbar" not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "There was a problem. Please refresh the page and try again.",
        "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
    ],
)
def test_a_forms_failure_message_goes(line: str) -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert line not in result.text


@pytest.mark.parametrize(
    "tail",
    [
        ["Meer nieuws uit Utrecht", "Reageer", "Deel op Facebook"],
        ["Leia também", "Partilhar", "Comentários"],
        ["Dela artikeln", "Kommentarer (4)", "Följ oss på Instagram"],
    ],
)
def test_a_dutch_swedish_or_portuguese_tail_goes(tail: list[str]) -> None:
    text = f"A Title Here\n\n{BODY}\n\n{BODY}\n\n" + "\n\n".join(tail) + "\n"
    result = clean(text)
    for line in tail:
        assert line not in result.text
    assert BODY.strip() in result.text


def test_a_review_keeps_its_specs_and_pros_and_loses_its_price_widget() -> None:
    body = (
        "## Pros\n\n- Superb noise cancelling\n- 30-hour battery life\n\n## Cons\n\n"
        "- Expensive\n- No longer fold flat\n\n## Specs\n\n- Weight: 254g\n"
        "- Price: $449 / £399\n- Bluetooth: 5.3, LDAC, AAC, SBC\n"
    )
    widget = (
        "## Today's best Sony WH-1000XM6 deals\n\n$449 at Amazon\n\n"
        "$449.99 at Best Buy\n\nView Deal\n"
    )
    result = clean(f"A Title Here\n\n{BODY}\n\n{body}\n{BODY}\n\n{widget}")
    for line in body.splitlines():
        assert line.removeprefix("## ") in result.text
    assert "$449 at Amazon" not in result.text
    assert "View Deal" not in result.text


@pytest.mark.parametrize(
    ("byline", "author"),
    [("Door Jan de Vries", "Jan de Vries"), ("Av Anna Lind", "Anna Lind")],
)
def test_a_dutch_or_swedish_byline_goes_with_its_author(byline: str, author: str) -> None:
    result = clean(f"Titel hier\n\n{byline}\n\n{BODY}\n")
    assert byline not in result.text
    assert author in result.report.authors


@pytest.mark.parametrize(
    "line",
    [
        "Door de storm vielen gisteren veel bomen om in het park.",
        "Av alla partier var det bara ett som röstade nej.",
    ],
)
def test_a_first_sentence_opening_with_the_byline_word_stays(line: str) -> None:
    assert line in clean(f"Titel hier\n\n{line}\n\n{BODY}\n").text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("6 dicembre 2026", "2026-12-06"),
        ("6 de dezembro de 2026", "2026-12-06"),
        ("6 grudnia 2026", "2026-12-06"),
        ("12 maart 2026", "2026-03-12"),
        ("3 maj 2026", "2026-05-03"),
    ],
)
def test_a_dateline_in_italian_portuguese_polish_dutch_or_swedish_goes(line: str, iso: str) -> None:
    result = clean(f"Titolo\n\n{line}\n\n{BODY}\n")
    assert line not in result.text
    assert result.report.date == iso


def test_a_sentence_with_a_date_in_a_new_language_stays() -> None:
    line = "Il 6 dicembre 2026 il consiglio comunale ha approvato il bilancio con 20 voti a favore."
    assert line in clean(f"Titolo\n\n{line}\n\n{BODY}\n").text


@pytest.mark.parametrize(
    ("byline", "agency"), [("Door ANP", "ANP"), ("Av TT", "TT"), ("Por Lusa", "Lusa")]
)
def test_a_dutch_swedish_or_portuguese_agency_byline_names_the_publisher(
    byline: str, agency: str
) -> None:
    result = clean(f"Titel hier\n\n{byline}\n\n{BODY}\n")
    assert byline not in result.text
    assert result.report.publisher == agency
    assert agency not in result.report.authors


SOURCE_SENTENCES = [
    "Source: Labor Department data show that shelter costs made up more than half of the rise.",
    "Quelle: Zahlen des Statistischen Bundesamts zeigen, dass die Mieten am stärksten stiegen.",
]


@pytest.mark.parametrize("line", SOURCE_SENTENCES)
def test_a_sentence_reporting_what_a_source_found_stays_at_the_end_too(line: str) -> None:
    assert_stays(line)
    assert line in clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n").text


@pytest.mark.parametrize(
    "line", ["Source: Reuters", "Source: Bureau of Labor Statistics, March 2026"]
)
def test_a_source_credit_still_goes_at_the_end(line: str) -> None:
    assert line not in clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n").text
