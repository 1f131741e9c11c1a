"""Footer families of scraped news articles (issue 15): the sales lines of a press release,
an error page's text, a source line at the head, and the tail zone's about-boxes, reprint
permissions, contributor credits, contact blocks and related headlines. Each case failed
before its rule; the look-alikes stay."""

from __future__ import annotations

import pytest

from cleaner import Config, clean
from removals import removed_codes

BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 4


REMOVED = [
    ("Get a PDF Sample of Audio Sensors Market Research Report at: http://www.ex.com/s/1", "P001"),
    ("Purchase this report @ http://www.ex.com/purchase/10476177", "P001"),
    ("Inquire For Discount (Single User Report Price US $4650) @ http://ex.com/d?n=1 .", "P001"),
    ("Browse Detailed TOC, Tables and Figures in Sensors Market @ http://www.ex.com/1", "P001"),
    ("No. of Report pages: 118", "P001"),
    ("Price of Report: $2900 (Single User Licence)", "P001"),
    ("Get the Circuit Almanac Daily in your inbox — the day's tech news in five minutes.", "S002"),
    ("Want more? Get The Daily Spoon's Worst of the Week in your inbox every Friday.", "S002"),
    ("Get the Covenant Herald daily newsletter — the top headlines, free each morning.", "S002"),
    ("Get the biggest celebrity stories sent straight to your inbox.", "S002"),
    ("[Editor's Note: This post first ran at SecondLine Report and is reprinted here.]", "L001"),
    ("404 - Page not found", "A004"),
    ("Oops! That page can't be found.", "A004"),
    ("Seite nicht gefunden", "A004"),
    ("Read Also Unusual Weather Patterns: Mini-Ice Age / Arctic Vortex", "G004"),
    ("Facebook Link: http://on.fb.me/ZgRXTj", "S001"),
    ("Siguenos en Telegram, Instagram, Facebook y Twitter", "S001"),
    ("View Comments", "S003"),
    ("Kommentare anzeigen (12)", "S003"),
    ("comments powered by Disqus", "S003"),
    ("We were unable to load Disqus. If you are a moderator please see our guide.", "S003"),
    ("Add Comment", "S003"),
    ("*These statements have not been evaluated by the Food and Drug Administration.", "L003"),
    ("As an Amazon Associate I earn from qualifying purchases.", "L003"),
    ("Do not copy without permission.", "L002"),
    ("Page 2 of 3", "A005"),
    ("Share 1.2K", "A005"),
    ("You May Also Like: 15 Sitcom Families Then and Now", "G004"),
    ("What do you think? Join the discussion below.", "S001"),
    ("Let us know what you think in the comments below!", "S001"),
    ("Don't forget to pass this on to your friends and family!", "S001"),
    ("Email this to a friend", "S001"),
    (
        "This article (Why Meditation Works) was originally created and published by Waking "
        "Times and is published here under a Creative Commons license with attribution to John "
        "Smith and WakingTimes.com. It may be re-posted freely with proper attribution, author "
        "bio, and this copyright statement.",
        "L001",
    ),
    ("It may be re-posted freely with proper attribution and this copyright statement.", "L002"),
    ("Subscribe to Activist Post. Follow us on Steemit and BitChute.", "S005"),
    ("Visit our sponsors", "S005"),
    ("READ MORE IRAN NEWS AT: 21st Century Wire Iran Files", "G004"),
    ("via Zero Hedge", "L001"),
    (
        "Don't forget to follow the Daily Clothesline on Facebook and Twitter. PLEASE help spread "
        "the word by sharing our articles on your favorite social networks.",
        "S005",
    ),
    ("The views expressed by contributors are their own and are not the views of X.", "L003"),
    ("Like this: Like Loading...", "A005"),
    ("31 Likes", "A005"),
    ("« Previous: Lenten soup lunches raise €2,140 for the Mission Fund", "A005"),
    ("Read next: How a mobile library is reaching children in flood-hit villages", "G004"),
    ("Subscribe now for unlimited digital access.", "A003"),
    ("Stay up to date with the latest news across Devon by signing up to our newsletter.", "S001"),
    ("Stay connected with the Department on Facebook, X and Instagram.", "S001"),
    ("Have you been affected by flooding? Send us your pictures and videos.", "C001"),
    ("Got a story for us? Drop the newsdesk a line at news@example.co.uk", "C001"),
    ("For feedback, complaints, or inquiries, contact us.", "C001"),
    ("Published in Dawn, March 13th, 2025", "L001"),
    ("This report by The Canadian Press was first published March 12, 2025.", "L001"),
    ("— Bernama", "L001"),
    ("PTI RKN SMV NSD", "L001"),
    ("LDR is local body journalism co-funded by RNZ and NZ On Air.", "L001"),
    ("If you or someone you know needs support, contact Lifeline on 13 11 14.", "L003"),
    ("Attorney Advertising. Prior results do not guarantee a similar outcome.", "L003"),
    ("This client alert is provided for general informational purposes only.", "L003"),
    ("This article is for information only and does not constitute financial advice.", "L003"),
    (
        "The Riverina Post acknowledges the Wiradjuri people as the traditional custodians of "
        "the land on which we work.",
        "L003",
    ),
    ("Views expressed in the comments belong to the commenters alone.", "L003"),
    ("Our community members are treated to special offers, promotions and adverts.", "S002"),
    ("Please share this with your friends", "S001"),
    ("Thanks for sharing!", "S001"),
    ("Advertisement · Scroll to continue", "A001"),
    ("Sorry, the video player failed to load. (Error Code: 101102)", "A004"),
    (
        "Postmedia is committed to maintaining a lively but civil forum for discussion. Please "
        "keep comments relevant and respectful.",
        "S003",
    ),
    ("Contact the newsroom at [email protected]", "C001"),
    ("Shop the story: Our favourite blackout curtains, tested", "G004"),
    ("Mest läst just nu", "G006"),
    ("Artikel anhören (5 Min)", "A005"),
    ("ascolta articolo", "A005"),
    ("Escuchar nota", "A005"),
    ("3' di lettura", "A005"),
    ("Leitura: 3 min", "A005"),
    ("Ir a los comentarios", "A005"),
    ("Email this review", "A005"),
    ("Weitere Optionen zum Teilen", "A005"),
    ("Ajouter à vos sélections", "A005"),
    ("Die Wiedergabe wurde unterbrochen.", "A005"),
    ("Author of the article:", "A005"),
    ("Get the Sunday roundup by email. No spam, unsubscribe any time.", "S002"),
    ("Recibe cada mañana el boletín de mercados. Apúntate gratis.", "S002"),
    ("Recevez gratuitement nos alertes sport sur votre téléphone : téléchargez l'appli", "S002"),
    ("Scarica l'app di Risparmio Oggi per ricevere le notizie su bonus e agevolazioni.", "S002"),
    (
        "Wichtiger Hinweis: Die Informationen ersetzen auf keinen Fall eine professionelle "
        "Beratung oder Behandlung durch ausgebildete Ärzte.",
        "L003",
    ),
    (
        "Le informazioni contenute in questo articolo hanno scopo puramente informativo e non "
        "sostituiscono la consulenza di un professionista.",
        "L003",
    ),
    (
        "Aviso legal: Este contenido tiene carácter exclusivamente informativo y no constituye "
        "una recomendación de inversión.",
        "L003",
    ),
    ("Os comentários estão sujeitos a moderação e não podem conter linguagem ofensiva.", "S003"),
    ("Texto escrito ao abrigo do novo Acordo Ortográfico", "A005"),
    ("Fehler im Artikel gefunden? Schreib uns an korrektur@example.de", "A005"),
    ("Hai trovato utile questo articolo? Sì No", "S001"),
    ("War dieser Artikel hilfreich? Ja Nein", "S001"),
    ("Suivre ce média", "A005"),
    ("Dieser Artikel erschien zuerst auf Netzwelle.de.", "L001"),
    ("Redazione ANSA", "L001"),
    ("La rédaction sports, avec AFP", "L001"),
    ("SHARE | TWEET | EMAIL | PRINT", "S001"),
    (
        "Contact Kevin Marsh at 555-0142 or kmarsh@example.com. Follow him on X: @KevinMarsh.",
        "C001",
    ),
    ("Got a tip or a link we missed? Send it to tips@example.net", "C001"),
    ("Have footage? Send it to submit@example.org", "C001"),
    ("Join the discussion below. Keep it civil.", "S001"),
    ("Previous message: The Council Speaks — Your Light Is Needed Now", "G004"),
    (
        'Buy "The Shared Roof" through our Bookshop.org affiliate page and a portion of the '
        "sale supports independent journalism.",
        "L003",
    ),
    ("Thank you for reading! Please consider supporting our journalism.", "S002"),
    ("We want to hear from you. Email us at letters@example.com", "C001"),
    ("From our partners", "A001"),
    ("Cet article vous a plu ?", "S001"),
    ("Medizinisch geprüft von Dr. med. Katrin Obst, Fachärztin für Allgemeinmedizin", "H005"),
    ("Revisado por la Dra. Ana López", "H005"),
    ("The team at the competition pool. Photo courtesy of MariTech International.", "L006"),
    ("Posted by Jane Doe on March 5, 2024 in Recipes", "H005"),
    ("Publicado por Lucía Ortega el 8 de febrero de 2025 en Recetas de huevos", "H005"),
    (
        "Prairie Grain Wire market commentary is provided for informational purposes and "
        "should not be the sole basis for any decision.",
        "L003",
    ),
    (
        "Aviso: este artículo contiene enlaces de afiliado. Si reservas, recibo una comisión.",
        "L003",
    ),
    ("★★★★★ 4.8 from 212 votes", "A005"),
    ("Video unavailable. This video cannot be played in your region.", "A004"),
    ("Vous avez atteint la limite d'articles gratuits ce mois-ci.", "A003"),
    ("Newsletter Technopolis : recevez chaque matin l'essentiel de la tech.", "S002"),
    ("¿Te ha gustado esta receta? Suscríbete y recibe cada semana mis recetas.", "S002"),
    ("Receba nossas dicas de finanças pelo WhatsApp. Entre no canal.", "S002"),
    (
        "Pobierz aplikację Zalesie24 i otrzymuj powiadomienia o najważniejszych "
        "wydarzeniach z regionu.",
        "S002",
    ),
    ("You are receiving this newsletter because you subscribed at example.org.", "S002"),
    ("Upgrade to paid for $5/month and get the monthly long read.", "S002"),
    ("Faites un don : 66 % de votre don est déductible de vos impôts.", "S002"),
    ("Gift Aid it! If you are a UK taxpayer, Gift Aid adds 25p to every £1 you give.", "S002"),
    ("If you enjoyed this, forward it to one friend who loves books.", "S001"),
    ("Medical Disclaimer: The content on this website is for educational purposes only.", "L003"),
    ("Comments are moderated. Keep it civil and on topic.", "S003"),
    ("Share to: WeChat | Weibo | Facebook | Twitter", "S001"),
    ("Continue reading on the next page", "A005"),
    ("Quantum Wellness Review participates in affiliate programs and may receive pay.", "L003"),
    ("Reader Rating: 78% say this story is True. Cast your vote.", "S001"),
    ("Contributor posts are not reviewed or endorsed by Patriot Wire Hub staff.", "L003"),
    ("I am not a doctor. Nothing on Whole Path Healing is medical advice.", "L003"),
    ("Post by admin » Wed Jun 06, 2018 7:02 am", "A005"),
    ("Who is online: Users browsing this forum: No registered users and 3 guests", "A005"),
    ("The Quiet Front is a project of the Center for Peace, a 501(c)(3) nonprofit.", "L003"),
    ("Posted by Soren Adeyemi in Infrastructure, Postmortems", "H005"),
    ("Listen on: Apple Podcasts | Spotify | Pocket Casts | YouTube | RSS", "S001"),
    ("Share episode · Download · Embed", "S001"),
    ("This post is public so feel free to share it.", "S001"),
    (
        "Published by Meridian Trade Media Ltd, registered in England and Wales no. 08812345.",
        "L002",
    ),
    (
        "Questions about this alert? Reach out to either author or to the lawyer you work with.",
        "L003",
    ),
    (
        "Greyfield Animal Rescue, Registered Charity No. 1034821. Registered office: Moor Lane.",
        "L002",
    ),
    ("Source: https://www.facebook.com/groups/lakeeriesightings", "L001"),
    ("Every morning, the day's top stories in your inbox.", "S002"),
    ("Chaque jour à 7 heures, l'essentiel de l'actualité dans votre boîte mail.", "S002"),
    (
        "Receba as principais notícias do dia no seu email. Subscreva a newsletter do Diário do"
        " Tejo.",
        "S002",
    ),
    (
        "By submitting your information you agree to the Terms & Conditions and Privacy Policy"
        " and are aged 16 or over.",
        "S002",
    ),
    (
        "I commenti sono riservati agli abbonati. Accedi o abbonati per partecipare alla"
        " discussione.",
        "S003",
    ),
    ("Reacties zijn uitgeschakeld bij dit artikel.", "S003"),
    (
        "Die Kommentarfunktion ist von 6 bis 22 Uhr geöffnet. Bitte beachten Sie unsere"
        " Netiquette.",
        "S003",
    ),
    (
        "Comments are open to subscribers only. Log in or subscribe to join the conversation.",
        "S003",
    ),
    (
        "Dieser Artikel erschien zuerst in der Printausgabe des Handelskurier vom 4. März 2024.",
        "L001",
    ),
    (
        "Un agricultor revisa el riego por goteo en una finca de la Axarquía. JORGE ZAPATA (EFE)",
        "L006",
    ),
    ("Controlli agli accessi di piazzale Roma (Foto Nordest/Rossi)", "L006"),
    ("Image: Grid-pattern contrails over Tucson, AZ, July 7. (Reader submission)", "L006"),
]

KEPT = [
    "Get Gmail to put only important mail in your inbox by turning on Priority Inbox.",
    "This column first appeared in print on the day the dam failed, with no editing at all",
    "Get rid of the promotions clutter in your inbox with two Gmail filters",
    "Get alerts in your inbox when a price drops",
    "Get the newsletter template right before you hit send",
    "Originally ran on steam, the line was electrified in 1962",
    "First ran on Broadway in 1957, the musical has never been out of print",
    "Get the newsletter out by Friday, the editor told the team.",
    '"Get the newsletter to every inbox by Friday," the editor told the team.',
    "Read the full report at https://www.example.org/report.pdf",
    "Get more information on the bridge works at www.example.org",
    "The error was found in the fourth line of the budget.",
    "Read also the notes of the council, which the mayor sent to every house.",
    "View comments from readers were mixed, the editor said on Monday.",
    "These statements have not been evaluated by the FDA, the company admitted in court.",
    "Pass it on to your friends, the coach told the team.",
    '"Do not copy without permission," the teacher wrote on the board.',
    "Shares 3.5%",
    "The pager showed page 2 of 3 before the screen froze.",
    "Join the discussion about the bridge at the town hall on Monday.",
    "He has the gift of gab and follows the rumble of the crowd.",
    "via email",
    "This article was written by a team of three reporters over six months.",
    "It may be shared freely, the minister said of the report.",
    "Volunteers help spread the word about the clinic.",
    "John Smith is Editor of The Times and has led it since 2012.",
    "Published in Nature, March 13th, 2025",
    "If you are struggling to pay your energy bill, contact the hotline.",
    "The new plaque acknowledges the Gadigal people as the traditional custodians of the land.",
    "The guide is for information only and does not constitute legal advice, the regulator said.",
    "Have a tip? Call Crime Stoppers at 555-8477.",
    "Stay connected with grandchildren on Facebook and WhatsApp.",
    "Stay informed about the storm by signing up for the county's emergency alerts.",
    "Next: the council will vote on the plan on Tuesday.",
    # A review of this round's diff: body lines the new phrases took.
    "Via Appia Antica",
    "These statements have not been evaluated by the FDA, yet some version of them appears on "
    "nearly every bottle in the aisle.",
    "The statement was not approved by the FDA, which sent the company a warning letter in March.",
    "Watch the trailer on YouTube for the new film about Malcolm X. It opens in theaters "
    "nationwide on Friday and arrives on Netflix two weeks later.",
    "It may be distributed freely by pharmacists, school nurses and trained volunteers.",
    "The views expressed by contributors are their own and are not the views of the Ledger, a "
    "disclaimer that did little to calm readers.",
    "Watch Criminal Minds on Paramount+.",
    "Watch the Royal Rumble live on Peacock this Saturday.",
    '"Let us know what you think in the comments," Brownlee says at the end of every video.',
    "We were unable to load Disqus on any of our sites for about three hours on Tuesday.",
    "Send it to a friend for a second read.",
    "Pass it on to a friend when you are done.",
    "This content was first published on the ministry's website on Monday morning.",
    "Filed in: Cook County Circuit Court",
    # A second review: news sentences the regional-news phrases took.
    "Attorney advertising has been protected speech since the Supreme Court's 1977 ruling.",
    "If you are a farmer in rural Australia, you are almost twice as likely to die by suicide.",
    "If you are paid weekly and earn £988 or more, the cut will be worth about £9 a week.",
    "If you or someone you know has waited months for an eating disorder bed, you are not alone.",
    "The Local Democracy Reporting Service was a central part of the BBC's charter deal in 2017.",
    "Our Constitution still does not acknowledge Aboriginal and Torres Strait Islander peoples as "
    "the traditional owners of this continent.",
    "The agreement, which has no equivalent in the US, acknowledges the Haida as the traditional "
    "owners of the islands.",
    "The app's terms state that its content is for general information only and does not "
    "constitute medical advice.",
    "Published in The New England Journal of Medicine, September 16, 2025.",
    "Views expressed in comments on the council's planning portal were overwhelmingly against it.",
    "Stay informed about storm warnings by subscribing to free text alerts from the US National "
    "Weather Service.",
    "Send your views to parking@eastdevon.gov.uk by 5 March.",
    "Have a story idea? Tutors say the first step is to write it down in a single sentence.",
    "PTI WINS IN KP",
    "This report by the Productivity Commission was published in August 2017.",
    '"Thanks for sharing," she wrote back.',
    "She shared it with her friends.",
    "Don't miss: the finale airs on Sunday at 9pm.",
    # A review of the round's last phrases.
    "Voici ce que l'Assurance maladie vous recommande :",
    "Notre sommelier vous recommande",
    "Don't miss: A sunset drink on the terrace of the old Hotel Colón, facing the cathedral",
    "Die Wiedergabe wurde unterbrochen, als der Strom ausfiel.",
    "Escuchar nota por nota es el secreto del oficio.",
    "Leitura: 3 min é o tempo médio.",
    "Recibe alertas de tu banco para detectar movimientos sospechosos.",
    "Die Angaben ersetzen nicht die amtliche Prüfung, betonte das Ministerium.",
    "Le informazioni contenute nel rapporto hanno carattere informativo e non vincolante.",
    "Normas de participación ciudadana aprobadas por el pleno municipal.",
    "Get the newsletter template right before you send it by email to subscribers.",
    "Contact tracing at the hospital began on Monday, officials said.",
    "Review by the state auditor found 14 errors.",
    "Have you ever wondered why? Send your questions to the council.",
    "We earn money through our affiliate links, the blogger said.",
    "Please consider supporting local journalism, the mayor said at the gala.",
    "Edited by John Roe",
    "Gift Aid adds 25p to every £1 donated by UK taxpayers, the charity said.",
    "66 % de chaque don est déductible des impôts, explique le trésorier.",
    "Upgrade to paid plans has slowed, the company said.",
    "Receba o código de verificação pelo WhatsApp e digite-o no aplicativo.",
    "Recibe el código por WhatsApp y escríbelo en la app.",
    "Pobierz aplikację mObywatel i otrzymuj powiadomienia o terminach.",
    "The photo courtesy of the family shows him in 1962 at the mill.",
    "Posted by a neighbour in January, the video went viral.",
    "Posted by Jane in Paris",
    "Talk to the lawyer you usually work with before signing anything.",
    "— Jordan Pike (@jpike_reports) December 5, 2017",
    "The group is a project of the Smith Foundation, a nonprofit that funds local news.",
    "Comments are moderated by volunteers, the platform said.",
    "I'm not a doctor, so I asked one.",
    "Este contenido tiene carácter meramente informativo y no constituye asesoramiento "
    "financiero: así reza la fórmula que acompaña a cientos de vídeos de inversión.",
    "Les informations fournies sur ce site sont données à titre informatif et ne remplacent "
    "pas l'avis d'un médecin : une précaution juridique insuffisante, estime l'Anses.",
    "Nämndens ordförande Per-Olof Hansson (C) säger att trafiksäkerheten ska bedömas för varje "
    "sträcka.",
    "\"'Subscribe to our newsletter' is not an offer. 'Three local stories every Friday, no ads'"
    ' is."',
    "Every morning the river floods into the low streets of the old town.",
    "By submitting this form late, you agree to pay the fine, the clerk warned applicants.",
    "Comments are open to the public until March 3, the council said.",
    "Reacties zijn welkom, zegt de burgemeester.",
    "Council minutes show the motion passed (Mary Smith / John Jones).",
    "The report was written by two economists (Anna Berg / Uppsala University).",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_a_news_boilerplate_line_goes_under_its_rule(line: str, code: str) -> None:
    result = clean(f"{BODY}\n\n{line}\n\n{BODY}\n")
    assert line not in result.text
    assert code in {r.code for r in result.report.removed}


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_like_the_boilerplate_stays(line: str) -> None:
    assert line in clean(f"{BODY}\n\n{line}\n\n{BODY}\n").text


@pytest.mark.parametrize(
    "line",
    [
        "Originally published at blog.NORML.org",
        "This article was written by MN Gordon and originally published at Economic Prism",
        "This piece was originally produced for and posted by MNI News.",
    ],
)
def test_a_source_line_at_the_head_goes(line: str) -> None:
    codes = removed_codes(f"A Title Of The Piece\n\n{line}\n\n{BODY}\n\n{BODY}\n")
    assert codes.get(line) == "L001"


def test_an_about_box_between_the_body_and_the_source_line_goes() -> None:
    box = (
        "About CMSA:\n\n"
        "The Cowboy Mounted Shooting Association (CMSA) is one of the fastest growing sports "
        "organizations in the nation, with clubs in four nations.\n\n"
        "Organized in 1994, the CMSA now boasts over 102 local clubs and 13,000 members.\n\n"
        "To subscribe to the CMSA magazine, contact jane@example.org.\n\n"
        "Source: http://www.example.org/2013/11/cowboy-mounted-shooting/\n"
    )
    result = clean(f"{BODY}\n\n{box}")
    assert "CMSA" not in result.text
    assert BODY.strip() in result.text


def test_an_about_section_that_ends_the_article_stays() -> None:
    """No end marker after it: the section may be the article's own."""
    text = f"{BODY}\n\nAbout the bridge\n\nThe bridge was built in 1890 and carries the tram.\n"
    assert "The bridge was built in 1890" in clean(text).text


def test_an_about_box_whose_paragraph_names_someone_else_stays() -> None:
    text = (
        f"{BODY}\n\nAbout Trump\n\nThe council also said the mayor will visit in May.\n\n"
        "Source: http://www.example.org/2013/11/bridge/\n"
    )
    assert "the mayor will visit in May" in clean(text).text


@pytest.mark.parametrize(
    "last",
    [
        "Open Press Watch has written to the prosecutor and will continue to monitor it.",
        "Open Press Watch has written a letter to the prosecutor about the arrest.",
        "The union has published a report on the crash and will brief members on Monday.",
        "The charity has contributed to the legal costs of the two families.",
        "Mark Smith has worked with the family since the accident, his lawyer said.",
    ],
)
def test_a_last_paragraph_about_what_someone_has_done_is_no_bio(last: str) -> None:
    """The article's last paragraph reports an act ("has written to", "has published a
    report on"); the footer under it (an "About" box and a share bar) goes, the paragraph
    stays."""
    text = (
        f"{BODY}\n\n{last}\n\nAbout Open Press Watch\n\n"
        "Open Press Watch is an independent non-profit organisation that defends reporters."
        "\n\nShare this: Facebook X LinkedIn Email\n"
    )
    result = clean(text)
    assert last in result.text
    assert "independent non-profit" not in result.text


def test_a_reposting_sites_footer_goes() -> None:
    footer = (
        "Delivered by The Daily Sheeple\n\n"
        "We encourage you to share and republish our reports, analyses, breaking news and "
        "videos (Click for details).\n\n"
        "Contributed by Mac Slavo of www.SHTFplan.com.\n\n"
        "When it hits the fan, don't say we didn't warn you. Mac Slavo is the editor of "
        "SHTFplan.com, a resource hub for alternative news.\n\n"
        "This content may be freely reproduced in full or in part in digital form.\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    for line in footer.split("\n\n")[1:]:
        assert line.strip() not in result.text
    assert BODY.strip() in result.text


def test_a_shouted_slogan_and_related_headlines_in_the_footer_go() -> None:
    footer = (
        "Read more:\n\n"
        "Bank of America Warns of Imminent Recession: \u201cMarket So Fragile\u201d\n\n"
        "These People Are A Danger To Themselves And Others! Wake Up!!!!!!\n\n"
        "Spread the word! LIKE and SHARE this article or leave a comment.\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    assert "Bank of America" not in result.text
    assert "Wake Up" not in result.text


def test_a_contact_blocks_address_and_phone_go() -> None:
    footer = (
        "Contact Details:\n\nJane Doe\n\nCall: +1 888 391 5441\n\nCorporate Office:\n\n"
        "17304, Preston Road,\n\nSuite 800, Dallas 75252.\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    assert "Dallas" not in result.text
    assert "5441" not in result.text


def test_a_numbered_table_of_contents_before_the_footer_stays() -> None:
    toc = "\n\n".join(f"{n} Chapter Number {n}" for n in range(1, 8))
    text = f"{BODY}\n\nTable of Contents\n\n{toc}\n\nSource: http://www.example.org/a/1\n"
    result = clean(text)
    assert "1 Chapter Number 1" in result.text
    assert "7 Chapter Number 7" in result.text


def test_a_blog_footer_with_a_filed_under_line_goes() -> None:
    footer = (
        "Follow @janedoe\n\n"
        "If for some reason you liked this post, click the \u201cLike\u201d button below.\n\n"
        "Comment Policy: Please keep comments relevant to the topic.\n\n"
        "Filed under: City Council, Bridges Tagged: Repairs, River, Tram Network\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    for line in footer.strip().split("\n\n"):
        assert line not in result.text
    assert BODY.strip() in result.text


def test_a_bio_opening_with_the_authors_work_goes_before_the_source_line() -> None:
    bio = (
        "The author of an explosive collection, THE MATRIX REVEALED, Jon Doe was a "
        "candidate for a seat in the 12th District of California."
    )
    result = clean(f"{BODY}\n\n{bio}\n\nSource: http://www.example.org/2017/a-piece/\n")
    assert "MATRIX" not in result.text
    assert BODY.strip() in result.text


def test_a_more_posts_like_this_pitch_ends_the_text() -> None:
    line = "To read more posts like this visit A Bad Witch's Blog at www.example.co.uk"
    assert line not in clean(f"{BODY}\n\n{line}\n").text


RESOURCES = (
    "Recommended Resources\n\n"
    "CityMaps.com offers free maps of every bridge in the country.\n\n"
    "The Bridge Guide is a free, downloadable chart of the bridges of the region.\n\n"
    "River Watch is a series of short films about the rivers of the north.\n"
)


@pytest.mark.parametrize("before", ["", BODY + "\n\n"])
def test_a_box_of_recommended_sites_goes_with_or_without_an_article(before: str) -> None:
    codes = removed_codes(before + RESOURCES)
    assert [line for line in RESOURCES.split("\n") if line] == [
        line for line, code in codes.items() if code == "T003"
    ]


@pytest.mark.parametrize(
    "after",
    [
        # A sentence that names no site: the section is the article's.
        "We used all three when we wrote this guide; the maps were the most useful.\n",
        # A list item among the entries.
        "- Bridges of the North, a book by Jane Doe\n",
    ],
)
def test_a_resource_list_with_a_line_of_another_shape_stays(after: str) -> None:
    text = BODY + "\n\n" + RESOURCES + "\n" + after
    assert "T003" not in {r.code for r in clean(text).report.removed}
    assert "River Watch is a series" in clean(text).text


@pytest.mark.parametrize(
    "prompt",
    [
        "Did I get it right? Let me know below in the comments section or e-mail me.",
        "Was ist Ihre Meinung? Schreiben Sie es uns in die Kommentare.",
    ],
)
def test_a_comment_ask_between_footer_lines_goes(prompt: str) -> None:
    footer = f"Follow @janedoe\n\n{prompt}\n\nSource: http://www.example.org/2017/a-piece/\n"
    assert clean(f"{BODY}\n\n{footer}").text.strip() == BODY.strip()


def test_a_button_prompt_before_the_source_line_goes() -> None:
    prompt = (
        "If you liked this post, click the Like button below. If someone else needs to see it, "
        "click the Share button at the bottom of the post, or subscribe with the RSS Feed "
        "buttons on the right of this page, " + "and thank you for reading it to the end. " * 3
    )
    result = clean(f"{BODY}\n\n{prompt}\n\nSource: http://www.example.org/2017/a-piece/\n")
    assert result.text.strip() == BODY.strip()


def test_a_comment_ask_that_ends_the_article_stays() -> None:
    # Articles end in such a question (dev-eval counts it as the article's): it does not
    # open a footer run, even with a source line after it.
    prompt = "What do you think? Let us know down below in the comments or on Twitter."
    text = f"{BODY}\n\n{prompt}\n\nSource: http://www.example.org/2017/a-piece/\n"
    assert prompt in clean(text).text


def test_long_related_headlines_under_a_read_more_label_go() -> None:
    footer = (
        "Read more:\n\n"
        "Investment Strategist Forecasts Collapse Timeline: \u2018The Last Gasp Of This "
        "Economic Cycle Will Come In 2018\u2019\n\n"
        "The Prepper\u2019s Blueprint: A Step-By-Step Guide To Prepare For Any Disaster\n\n"
        "Source: http://www.example.org/2017/a-piece/\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    assert result.text.strip() == BODY.strip()


def test_a_site_description_split_from_its_linked_name_goes() -> None:
    footer = (
        "The post Council votes on bridge appeared first on City News.\n\n"
        "CityNews.com\n\n"
        "offers city, science and technology news, videos and images.\n\n"
        "Source: http://www.example.org/2017/a-piece/\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    assert result.text.strip() == BODY.strip()


def test_a_headline_that_ends_in_click_here_goes_before_a_subscribe_ask() -> None:
    footer = (
        "More Critical Reads You Need to Hear by Jane Doe! Click Here!\n\n"
        "Subscribe to My Website at: www.example.org\n"
    )
    result = clean(f"{BODY}\n\n{footer}")
    assert result.text.strip() == BODY.strip()


def test_a_last_sentence_that_ends_in_click_here_stays() -> None:
    last = "To read the full report of the council, click here."
    text = f"{BODY}\n\n{last}\n\nSubscribe to My Website at: www.example.org\n"
    assert last in clean(text).text


def test_headlines_under_a_related_label_go_with_the_footer_after_them() -> None:
    """The headlines under "Lesen Sie auch" go with the run of footer lines after them
    (T001), an update note ("Hinweis: Dieser Artikel wurde am ... aktualisiert.") included."""
    body = "Die Stadt will in den kommenden zwei Jahren neue Radwege bauen, sagte der Rat. " * 2
    text = (
        f"Stadt plant neue Radwege\n\n{body}\n\n{body}\n\nLesen Sie auch\n"
        "Neue Buslinie verbindet Nord und Süd\nParkgebühren steigen ab April\n\n"
        "Mehr aus Stadt\n\nHinweis: Dieser Artikel wurde am 12. März aktualisiert.\n\n"
        "Kommentare (3)\nMax M. schrieb am 12.03.2023 um 14:22:\nEndlich!\nAntworten\n\n"
        "Jetzt kommentieren\n"
    )
    result = clean(text)
    assert result.text.strip().endswith(f"{body.strip()}\n\n{body.strip()}")
    assert "T001" in {r.code for r in result.report.removed}


def test_a_separator_line_is_judged_alone_whatever_was_cleaned_before() -> None:
    # A table's separator row and a footer's "* * *" are both rule lines with no text: the
    # judgement of one must not be remembered for the other (batch order would matter).
    table = f"{BODY}\n\n| a | b |\n|---|---|\n"
    footer = f"{BODY}\n\n### Jane Doe\n\n* * *\n\nSource: https://example.org/bridge-story\n"
    first = clean(footer).text
    assert clean(table, Config(markdown=True)).text.endswith("|---|---|\n")
    assert clean(footer).text == first
    assert "Jane Doe" not in first


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Written by Sarah Linwood, CNP", "Sarah Linwood"),
        ("By Dan Colbert, Contributing Writer", "Dan Colbert"),
        ('Written by Dan "Sarge" Colbert', 'Dan "Sarge" Colbert'),
        ("Guest essay by Rolf Engvall", "Rolf Engvall"),
    ],
)
def test_a_closing_byline_with_a_role_or_a_degree_goes(line: str, author: str) -> None:
    result = clean(f"{BODY}\n\n{BODY}\n\n{line}\n")
    assert line not in result.text
    assert author in result.report.authors


def test_a_closing_byline_gives_no_role_as_an_author() -> None:
    for line, authors in [
        ("By Dan Colbert, Contributing Writer", ["Dan Colbert"]),
        ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ]:
        assert clean(f"{BODY}\n\n{BODY}\n\n{line}\n").report.authors == authors


def test_a_closing_sentence_after_a_comma_is_no_role() -> None:
    line = "By Christmas, she was editor."
    result = clean(f"{BODY}\n\n{BODY}\n\n{line}\n")
    assert line in result.text
    assert result.report.authors == []


def test_a_closing_byline_with_an_affiliation_stays() -> None:
    line = "Autor: Jane Roe, University of Bristol"
    assert line in clean(f"{BODY}\n\n{BODY}\n\n{line}\n").text


def test_a_weekday_heading_under_a_dateline_is_no_byline() -> None:
    text = (
        "HARD ASSET LETTER\n\nWeekly Letter #212 — Friday, November 9, 2018\n\nFriday Close\n\n"
        "Gold: $1,209.60 (−1.9% on the week)\n\nSilver: $14.16 (−3.2%)\n\n" + BODY + "\n"
    )
    result = clean(text)
    assert "Friday Close" in result.text
    assert result.report.authors == []


def test_a_notice_the_sentence_quotes_stays() -> None:
    line = (
        "At the heart of the case was a single line in the files' metadata: "
        '"© Marion Achterberg. All rights reserved. Do not reproduce without permission."'
    )
    assert line in clean(f"{BODY}\n\n{line}\n\n{BODY}\n").text


@pytest.mark.parametrize(
    "headline",
    [
        'Does "All Rights Reserved" Still Mean Anything? Five Copyright Notice Myths',
        "Why “© 2024 All Rights Reserved” on your blog protects less than you think",
    ],
)
def test_a_headline_that_names_a_notice_in_quotes_stays(headline: str) -> None:
    """The notice in double quotation marks with words going on after them is named, not
    printed: the headline is the title."""
    result = clean(f"{headline}\n\nBy Jane Doe\n\n{BODY}\n\n{BODY}\n")
    assert result.report.title == headline or headline in result.text
    assert not any(r.code == "L002" for r in result.report.removed)


def test_a_notice_with_a_quoted_name_in_it_still_goes() -> None:
    notice = 'Copyright © 2024 "The Valley Herald" Media Group. All rights reserved.'
    assert removed_codes(f"{BODY}\n\n{BODY}\n\n{notice}\n").get(notice) == "L002"


@pytest.mark.parametrize(
    "bio",
    [
        "Tobias Greer is Ridgeline Worker's culture editor. He grew up in Pike County.",
        "Leah Frost is Common Ground Dispatch's housing reporter.",
        "Fiona Leckie is our consumer affairs editor and has written about money for 15 years.",
    ],
)
def test_a_closing_bio_naming_the_sites_desk_goes(bio: str) -> None:
    """B002: "<Name> is <Site>'s <desk> editor", "<Name> is our <desk> editor", when the name
    is the byline's: said of anyone else, it is the article's line (a profile's subject)."""
    name = " ".join(bio.split()[:2])
    codes = removed_codes(f"A Title Of The Piece\n\nBy {name}\n\n{BODY}\n\n{BODY}\n\n{bio}\n")
    assert codes.get(bio) == "B002"
    assert bio not in removed_codes(f"A Title Of The Piece\n\n{BODY}\n\n{BODY}\n\n{bio}\n")


def test_the_byline_authors_bio_with_credentials_goes_over_a_footer() -> None:
    """B002: the byline's author's bio may name the author with credentials ("Tessa
    Kwiatkowski, RN, BSN, is ..."); a bio of someone the article never named stays (an
    article may end on a new person: see the review articles in fixtures/review_kept)."""
    bio = (
        "Tessa Kwiatkowski, RN, BSN, is a staff writer for NurseLine Today. She worked for nine "
        "years as a med-surg and step-down nurse in Seattle."
    )
    footer = "Sponsored\n\nEarn your MSN online in as little as 20 months. Learn more\n\n© 2024 X"
    text = f"A Title\n\nBy Tessa Kwiatkowski, RN, BSN\n\n{BODY}\n\n{BODY}\n\n{bio}\n\n{footer}\n"
    assert removed_codes(text).get(bio) in ("B002", "T001")  # T001 takes a bio it knows
    other = "Graham Lyle has covered county cricket for the Wessex Chronicle for 25 years."
    assert other not in removed_codes(f"A Title\n\n{BODY}\n\n{BODY}\n\n{other}\n\n{footer}\n")


def test_a_last_paragraph_on_someone_the_article_presents_stays() -> None:
    """Prose after the line: the article goes on, so no closing bio."""
    line = "Maria Lopez is Harlan County's only newspaper editor."
    text = f"A Title Of The Piece\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert line not in removed_codes(text)


def test_an_articles_last_sentence_with_follow_up_stays_over_its_footer() -> None:
    """ "comment" and "follow-up" are no site's two asks (T001's reader appeal): the article's
    last sentence stays over the footer run under it."""
    last = (
        "We will be reading the remaining comment entries over the next two weeks and will "
        "publish a follow-up."
    )
    text = (
        f"A Title Of The Piece\n\n{BODY}\n\n{BODY}\n\n{last}\n\n"
        "Read next: Why Your Neighbor's Meter Reads Differently Than Yours\n\n"
        "The Hedgerow Review is independent, ad-free and funded by readers like you. "
        "Back us on Patreon.\n\nShare: Telegram · MeWe · Email · Copy link\n"
    )
    assert last not in removed_codes(text)


AUTHOR_BIO = (
    "Jenna Caldwell is a certified holistic health coach and mom of three who blogs from a"
    " drafty farmhouse in Vermont."
)


def test_the_byline_authors_bio_goes_with_a_notice_after_it() -> None:
    text = (
        f"By Jenna Caldwell\n\n{BODY}\n\n{BODY}\n\n{AUTHOR_BIO}\n\n"
        "Vital Harmony shares information for general wellness only.\n\nLeave a Comment\n"
    )
    result = clean(text)
    assert removed_codes(text).get(AUTHOR_BIO) in {"B002", "T001"}  # T001 when a footer run
    assert result.report.bio == AUTHOR_BIO


def test_the_byline_authors_bio_goes_with_a_disclaimer_no_rule_knows_after_it() -> None:
    text = (
        f"By Jenna Caldwell\n\n{BODY}\n\n{BODY}\n\n{AUTHOR_BIO}\n\n"
        "Please talk with your doctor before you start anything new.\n\nLeave a Comment\n"
    )
    assert removed_codes(text).get(AUTHOR_BIO) == "B002"


def test_a_bio_of_someone_else_with_lines_after_it_stays() -> None:
    other = AUTHOR_BIO.replace("Jenna Caldwell", "Mara Lindqvist")
    text = (
        f"By Jenna Caldwell\n\n{BODY}\n\n{BODY}\n\n{other}\n\n"
        "She says the habits matter more than the supplements.\n"
    )
    assert other in clean(text).text


NOTICE = (
    "Citizen Pulse Network does not verify member submissions. Content reflects the views of"
    " the submitter only."
)


def test_a_sites_notice_about_its_content_goes_in_the_footer_run() -> None:
    text = f"{BODY}\n\n{BODY}\n\n{NOTICE}\n\nSource: https://example.org/2019/03/flood\n"
    assert removed_codes(text).get(NOTICE) == "T001"


@pytest.mark.parametrize(
    "last",
    [
        "Experts warn that the content on such sites is not a substitute for professional"
        " medical advice.",
        "Regulators argue that the site's disclaimer, 'for educational purposes only', does not"
        " protect it from liability.",
        "Nothing in the bill guarantees that investors will be compensated, and lawyers advise"
        " caution.",
    ],
)
def test_an_articles_last_paragraph_about_notices_stays_over_the_footer(last: str) -> None:
    text = f"{BODY}\n\n{BODY}\n\n{last}\n\nSource: https://example.org/2019/03/flood\n"
    assert last in clean(text).text
