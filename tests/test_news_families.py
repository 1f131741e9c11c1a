"""Boilerplate families of issue 15's family round: reader-revenue appeals and newsletter
taglines, forward-to-a-friend lines, comment house rules and Blogger's commenter lines,
republishing terms, error-report prompts, lead magnets, informational-purposes disclaimers
and contributor lines. Each goes as it appears, after the article's last paragraph; body
sentences with the same words (reported speech, a story about the site) stay, there and
between paragraphs."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_stays, removed_codes

#: (line, code of the rule that takes it)
GOES = [
    # 1. Reader-revenue appeals and newsletter taglines.
    ("This story was made possible by readers like you. Donate now.", "S002"),
    ("This article was made possible by readers like you.", "S002"),
    ("Please support independent journalism", "S002"),
    ("Become a member today", "S002"),
    ("Unterstützen Sie unabhängigen Journalismus – jetzt Mitglied werden", "S002"),
    ("Soutenez une rédaction indépendante", "S002"),
    ("Sostieni l'informazione libera", "S002"),
    ("Sostieni il giornalismo indipendente", "S002"),
    ("Apoie o jornalismo independente", "S002"),
    ("Steun onafhankelijke journalistiek", "S002"),
    ("Stöd oberoende journalistik", "S002"),
    ("Støt uafhængig journalistik", "S002"),
    ("Støtt uavhengig journalistikk", "S002"),
    ("Wesprzyj niezależne dziennikarstwo", "S002"),
    ("The latest news, straight to your inbox", "S002"),
    ("The best stories from Example News, delivered straight to your inbox.", "S002"),
    ("Les dernières actualités directement dans votre boîte mail", "S002"),
    ("Las últimas noticias, directamente en tu correo", "S002"),
    ("Le ultime notizie direttamente nella tua casella di posta", "S002"),
    ("As últimas notícias direto no seu e-mail", "S002"),
    # 2. Forward to a friend.
    ("Forward this email to a friend", "S001"),
    ("Forward this newsletter to a friend or colleague.", "S001"),
    ("Know someone who would like this? Share it", "S001"),
    ("Know someone who would enjoy this newsletter? Forward it to them.", "S001"),
    ("Diese E-Mail an einen Freund weiterleiten", "S001"),
    ("Transférer cet e-mail à un ami", "S001"),
    ("Reenvía este correo a un amigo", "S001"),
    ("Inoltra questa email a un amico", "S001"),
    ("Encaminhe este e-mail para um amigo", "S001"),
    ("Stuur deze nieuwsbrief door naar een vriend", "S001"),
    # 3. Comment house rules.
    ("We welcome comments that are civil and on-topic.", "S003"),
    ("Comments are moderated and may take some time to appear.", "S003"),
    ("All comments are moderated before publication.", "S003"),
    ("Please keep comments civil and on topic.", "S003"),
    ("Kommentare werden moderiert und erscheinen nach Freigabe.", "S003"),
    ("Les commentaires sont modérés avant publication.", "S003"),
    ("Los comentarios están moderados", "S003"),
    ("I commenti sono moderati", "S003"),
    ("Os comentários são moderados", "S003"),
    ("Reacties worden gemodereerd", "S003"),
    ("Kommentarer modereras", "S003"),
    # 4. Republishing terms.
    ("Republish this article for free under a Creative Commons license", "L001"),
    (
        "You may republish this article online or in print under our Creative Commons license.",
        "L001",
    ),
    ("Dieser Artikel darf unter CC BY 4.0 weiterverwendet werden", "L001"),
    ("Cet article peut être republié sous licence Creative Commons", "L001"),
    ("Este artículo puede ser republicado bajo licencia Creative Commons", "L001"),
    ("Questo articolo può essere ripubblicato con licenza Creative Commons", "L001"),
    ("Este artigo pode ser republicado sob licença Creative Commons", "L001"),
    # 5. Error-report prompts.
    ("Fehler gefunden? Bitte markieren Sie den Text und drücken Sie Strg+Enter.", "A005"),
    ("Vous avez repéré une erreur ?", "A005"),
    ("Vous avez repéré une erreur ? Signalez-la-nous.", "A005"),
    ("Hai trovato un errore? Segnalacelo", "A005"),
    ("Encontrou um erro? Avise-nos", "A005"),
    ("Fout gezien? Laat het ons weten", "A005"),
    ("Har du funnet en feil?", "A005"),
    # 6. Lead magnets.
    ("Download our free guide to home buying", "P001"),
    ("Get your free e-book", "P001"),
    ("Download the free white paper", "P001"),
    ("Kostenloses Whitepaper herunterladen", "P001"),
    ("Jetzt kostenloses E-Book herunterladen", "P001"),
    ("Téléchargez notre guide gratuit", "P001"),
    ("Descarga nuestra guía gratuita", "P001"),
    ("Descarga gratis el ebook", "P001"),
    ("Scarica la guida gratuita", "P001"),
    ("Baixe o nosso guia gratuito", "P001"),
    # 7. Informational-purposes disclaimers.
    (
        "This content is for informational purposes only and is not a substitute for "
        "professional medical advice.",
        "L003",
    ),
    ("The information in this article is for general informational purposes only.", "L003"),
    (
        "Ce contenu est fourni à titre informatif uniquement et ne constitue pas un avis médical.",
        "L003",
    ),
    (
        "Este artículo tiene fines meramente informativos y no constituye asesoramiento médico.",
        "L003",
    ),
    ("Questo articolo ha scopo puramente informativo e non costituisce consulenza medica.", "L003"),
    ("Este artigo tem caráter meramente informativo e não substitui a orientação médica.", "L003"),
    ("Dit artikel is uitsluitend bedoeld ter informatie en vormt geen medisch advies.", "L003"),
    # 8. Contributor and agency lines.
    ("Associated Press writer Jane Smith in Chicago contributed to this report.", "B001"),
    ("Jane Doe in London and John Roe in Paris contributed reporting.", "B001"),
    (
        "Daily Courier staff writer Tom Reyes in Boise and Ana Ruiz in Salt Lake City "
        "contributed to this report.",
        "B001",
    ),
    (
        "Associated Press writers Jay Reeves in Birmingham, Ala., and Dave Martin in Steele, "
        "Ala., contributed to this report.",
        "B001",
    ),
    ("(Source)", "L001"),
    ("Next »", "A005"),
    ("3 of 12", "A005"),
    ("Reuters contributed to this report", "B001"),
    ("See more by Sharon Gaudin on Computerworld.com.", "B001"),
    ("For comments and feedback: editorial@example.com", "C001"),
    ("Twitter: @jdoe", "C001"),
    ("The author is solely responsible for the content.", "L003"),
    ("Primary source: Tobacco Control", "L001"),
    ("Share your photos", "S001"),
    ("Blogroll", "G006"),
    (
        "A suburban single mother turns to growing and selling marijuana to make ends meet... More",
        "A005",
    ),
    ("The huts of monks on Skellig Michael island (Arian Zwegers, Wikimedia Commons)", "L006"),
    ("Zach Miners of IDG News Service contributed to this report.", "B001"),
    ("Associated Press writer Jane Roe contributed to this report from Lagos, Nigeria.", "B001"),
    ("With reporting by AFP, AP, and Reuters", "B001"),
    (
        "Doe reported from Billings. Western News Service writer Tom Akers contributed from "
        "Salt Lake City.",
        "B001",
    ),
    ("Now read: The average brick in the old harbour wall can be used for centuries", "G004"),
    ("The mayor opens the new bridge on Monday (WBAL Photo by Jane Doe)", "L006"),
    ("The mayor opens the new bridge on Monday. (Photo courtesy of WXYZ-TV)", "L006"),
    ("Jemele Hill can be reached at jhill@example.com.", "C001"),
    ("Top photo by Joan Bardeletti", "L005"),
    (
        "Rajeev Dhir may be reached at rdhir@example.com. Follow him on Twitter @rdhir. "
        "Find NJ.com on Facebook.",
        "C001",
    ),
    ("(image taken from https://www.keycdn.com)", "L005"),
    (
        "Keith Noonan owns shares of Activision Blizzard. The Motley Fool owns shares of and "
        "recommends Activision Blizzard. The Motley Fool has a disclosure policy.",
        "L003",
    ),
    ("* Comcast's NBCUniversal is a minority investor in Vox Media, which owns this site.", "L003"),
    ("Popular Video", "G006"),
    ("Play Video - 2:46", "A005"),
    ("This feature is temporarily unavailable. Please try again later.", "A004"),
    (
        "Shovel Knight was reviewed using code provided by Yacht Club Games. You can find "
        "additional information about Polygon's ethics policy here.",
        "L003",
    ),
    ("Paul Moseley/Fort Worth Star-Telegram/TNS via Getty Images", "L005"),
    ("Bernard Tapie en 2008. REUTERS/Benoit Tessier", "L006"),
    ("Sie müssen angemeldet sein, um diesen Artikel zu lesen.", "A003"),
    ("You must be registered to read this article.", "A003"),
    ("Vous devez être connecté pour commenter.", "A003"),
    ("Déjà abonné ? Connectez-vous", "A003"),
    ("Zum Weiterlesen bitte anmelden.", "A003"),
    ("Spotted an error? Let us know.", "A005"),
    ("Nur 9,99 Euro im Monat. Jederzeit kündbar.", "S002"),
    ("Just $1 a week. Cancel anytime.", "S002"),
    ("Fehler gefunden? Jetzt melden.", "A005"),
    ("With this button, you can save the article to your reading list.", "A005"),
    ("Sponsored Ads", "A001"),
    ('"Questions? Comments? Email us at', "C001"),
    # Japanese footers: ad and related labels, a pager, a reprint note, tags.
    ("スポンサード リンク", "A001"),
    ("関連エントリ", "G006"),
    ("今、あなたにオススメ（PR）", "G006"),
    ("≫次の記事", "A005"),
    ("（本記事は、TechRepublic Japanで2017年6月8日に掲載した記事からの転載です。）", "L001"),
    ("タグ：Intel、SSD", "H004"),
    ("More video", "G006"),
    # 9. Calls to contact the site or book a demo (company blogs).
    ("Contact us today for a free consultation.", "S005"),
    ("Get in touch with our experts.", "S005"),
    ("Kontaktieren Sie uns gerne.", "S005"),
    ("Sprechen Sie uns an!", "S005"),
    ("Contactez-nous", "S005"),
    ("Fale conosco", "S005"),
    ("Contattaci", "S005"),
    ("Avec AFP et Reuters", "L001"),
    ("Con informazioni di Ansa", "L001"),
    ("Com informações da Reuters", "L001"),
    ("Com Agência Brasil", "L001"),
]

#: Body sentences with the families' words: reported speech, a story about the site.
STAYS = [
    "Smith said donations from readers like you made the story possible, and the paper hired "
    "two reporters.",
    "This story was made possible by a grant from the Knight Foundation, the editors noted.",
    "Support for independent journalism has grown since 2020, according to a survey.",
    "Unterstützen Sie unabhängigen Journalismus, forderte der Verleger am Montag in Berlin.",
    "Soutenez une rédaction indépendante, a lancé le directeur devant les lecteurs réunis.",
    "Sostieni l'informazione libera, ha detto il sindaco durante la cerimonia di sabato.",
    "The latest phishing emails go straight to your inbox, police warned on Monday.",
    "Les dernières nouvelles du front sont arrivées directement au village.",
    "He forwarded this email to a friend at the ministry, who leaked it to reporters.",
    "Know someone who would like this? the ad asked, above a picture of a puppy.",
    "We welcome comments that are civil and on-topic, the editor said in a statement.",
    "Comments are moderated by a team of twelve volunteers, who work in shifts.",
    "Kommentare werden moderiert, sagte die Sprecherin des Verlags am Dienstag.",
    "Les commentaires sont modérés par une équipe de bénévoles, explique le directeur.",
    "Please keep comments civil and on topic, the moderator wrote in a post that went viral.",
    "The site lets readers republish its articles for free under a Creative Commons license, "
    "the editor said.",
    "Republish this article, the letter urged editors across the country.",
    "You can republish the photos only with the agency's permission, the court ruled.",
    "Dieser Artikel darf nicht ohne Zustimmung des Verlags weiterverwendet werden, urteilte "
    "das Gericht.",
    "Readers can report errors by email, and the paper publishes corrections every Friday.",
    "Vous avez repéré une erreur dans le calcul de votre impôt ? Le fisc vous laisse un mois.",
    "Hai trovato un errore nella bolletta? Ecco come fare reclamo all'autorità.",
    "Encontrou um erro no seu extrato bancário? Saiba como contestar a cobrança.",
    "Get your free tickets at the library on Main Street before Friday.",
    "Get your free credit report at annualcreditreport.com once a year.",
    "Download our free guide, the company told customers in an email that was a scam.",
    "Téléchargez le formulaire sur le site de la mairie avant le 15 mars.",
    "Descarga la guía en la web del ministerio antes de presentar la declaración.",
    "The information in the report is for informational purposes only, the company said.",
    "El artículo 15 de la ley tiene carácter meramente informativo, según el tribunal.",
    "Questo articolo ha scopo informativo, ha detto il garante della privacy ai giornalisti.",
    "Smith, who contributed to this report, died in 2019.",
    "Many factors contributed to the story.",
    "Many factors contributed from the start.",
    "She paused for a while... more or less.",
    "Weather Service data contributed to this report.",
    "We walked along the old harbour wall at noon (photo by me)",
    "Jane Smith in Chicago contributed to the fund that rebuilt the library.",
    "Former Times writer Jane Smith in Paris contributed money to the campaign, records show.",
    "Avec AFP et Reuters, les agences ont couvert le sommet pendant trois jours.",
    "Con informazioni di prima mano, il sindaco ha deciso di chiudere la strada.",
    "Com informações da Polícia Federal, o juiz determinou a prisão do suspeito.",
    "John Smith said... nothing at all when asked about the vote.",
    "Crime Stoppers can be reached at 555-0134 by anyone with information.",
    '"Jane Doe can be reached at jane@example.org," the school told parents in a letter.',
    "Photos by the dozen were posted online within minutes of the crash.",
    "Talk to your doctor before you stop taking the medicine.",
    "Contact the city office for details about the new parking rules.",
    "Reach out to friends and family if you feel alone this winter.",
    "Sprechen Sie Ihren Arzt an, bevor Sie das Medikament absetzen.",
    "Contactez la mairie pour plus d'informations sur les travaux.",
    "Support our team at the final on Saturday, the coach told the crowd.",
    "Warren Buffett owns shares of Coca-Cola and Apple, filings show.",
    "The company has a disclosure policy that requires employees to report conflicts.",
    "More videos of the incident have surfaced online since Tuesday.",
    "Popular on TikTok, the dance spread quickly among teenagers.",
    "Other Democratic senators said they would vote against the bill.",
    "次のページでは、詳しい手順を説明します。",
    "本記事は、2017年に公開した記事を再構成したものです。",
    "カテゴリー別の売上は以下の通り。",
    "The game was reviewed using code provided by the publisher, the critic admitted later.",
    "Courtesy of the neighbours, the street got a new bench last week.",
    "The service is temporarily unavailable in parts of the city.",
    "Please wait for the bus at the stop on Main Street.",
    "Get Ready, the mayor's new campaign, starts on Monday.",
    "The photographs came via AP and Reuters.",
    # Found by the review of this round's patterns: article lines they took at first.
    "Contact Apple Support on Twitter.",
    "Contactez la CAF sur caf.fr.",
    "Reach out to Amazon on Twitter at @AmazonHelp.",
    "The Box Office may be reached at boxoffice@example.org.",
    "Dr. Sarah Kim can be reached at skim@example.edu for questions about the trial.",
    "Parents Helpline can be reached at help@example.org.",
    "Berkshire Hathaway owns shares of Apple and has no position in Microsoft, filings show.",
    "Cathie Wood has no position in any of the stocks mentioned in the ETF filing.",
    "Cover photo by Beyoncé sparks debate among fans",
    "Photo taken from the summit of Mont Blanc at sunrise",
    "Voir : Article 1240 du Code civil",
    "Lire : Jean 3, 16-21",
    "For more, read: Chapter 4 of the Tax Code",
    "Today on Capitol Hill",
    "Trending on TikTok",
    "Text By Numbers",
    "Sponsored results",
    "カテゴリー：中型SUV",
    "トップ / ボトム",
    "He said he would appeal. REUTERS/Jane Doe called it a mistake.",
    "Sie müssen sich einloggen, um die Steuererklärung online abzugeben.",
    "Sie müssen sich einloggen, um die Steuererklärung online abzugeben, sagte der Sprecher.",
    # A line that ends in a reporting clause reports a notice (any phrase family).
    "This content is available to subscribers in the US and Canada, Spotify said on Tuesday.",
    "Der Text ist nur für Abonnenten zugänglich, kritisiert der Verband.",
    "Nur registrierte Nutzer dürfen kommentieren, erklärt der Betreiber.",
    # Paywall words in service articles (the second review).
    "You must be registered to vote in the county where you live by Oct. 15.",
    "You must be logged in to your Medicare account to download the form.",
    "Vous devez être inscrit sur les listes électorales avant le 3 mai pour voter.",
    "Tienes que iniciar sesión con tu certificado digital o Cl@ve en la sede electrónica.",
    "Debe estar registrado en el padrón municipal desde hace al menos seis meses.",
    "Zum Weiterlesen empfiehlt die Bibliothekarin den zweiten Band der Reihe.",
    "Déjà abonné à Canal+, il n'a pas voulu payer une deuxième fois pour le match.",
    "Sie müssen sich anmelden, um die Online-Dienste des Bürgerportals nutzen zu können.",
    "Sie müssen angemeldet sein, um die Diskussion im Forum verfolgen zu können.",
    # Site-chrome words in tutorials and service articles (the second review).
    "Spotted an error? Dispute it with the credit bureau within 30 days.",
    "Haben Sie einen Fehler entdeckt? Dann legen Sie Einspruch ein.",
    "Hai trovato un errore? Contatta subito l'Agenzia delle Entrate.",
    "With this button, you can mute all notifications at once.",
    "Mit diesem Schalter können Sie die Ortungsdienste komplett deaktivieren.",
    "The short film is available as a free stream from the director on Vimeo.",
    # A plan's price told in a sentence: a review's or a service article's.
    "Das Abo kostet 9,99 Euro im Monat und ist monatlich kündbar.",
    "The plan costs $7.99 a month, and you can cancel anytime.",
    "Pagas 5 euros al mes y cancelas cuando quieras.",
    "L'offre coûte 19,99 euros par mois, sans engagement, résiliable à tout moment.",
]


def after_the_body(line: str) -> str:
    """``line`` under the article's last paragraph, as a footer holds it."""
    return f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{line}\n"


@pytest.mark.parametrize(("line", "code"), GOES)
def test_a_footer_line_of_a_family_goes(line: str, code: str) -> None:
    text = after_the_body(line)
    assert removed_codes(text).get(line) == code
    assert BODY.strip() in clean(text).text


@pytest.mark.parametrize("line", STAYS)
def test_a_body_sentence_with_the_familys_words_stays(line: str) -> None:
    assert_stays(line)
    assert line in clean(after_the_body(line)).text


COMMENTS = "12 comments:\n\nJane Doe said...\n\nGreat post, thanks for sharing.\n\n" + (
    "Anonymous said…\n\nI disagree with the council.\n"
)


def test_bloggers_commenter_lines_mark_a_comment_section() -> None:
    result = clean(f"A Title Here\n\n{BODY}\n\n{BODY}\n\n{COMMENTS}")
    assert "Jane Doe said..." not in result.text
    assert "I disagree with the council." not in result.text
    assert "G007" in {r.code for r in result.report.removed}
    assert result.text.strip().endswith(BODY.strip())


def test_a_name_said_line_outside_a_comment_section_stays() -> None:
    for line in ("Jane Doe said...", "Anonymous said…"):
        assert line in clean(f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n").text
        assert line in clean(after_the_body(line)).text


ABOUT_BOXES = [
    (
        "About Acme Corp",
        "Acme Corp is a leading provider of cloud security solutions. Founded in 2010, the "
        "company serves more than 5,000 customers. For more information, visit www.acme.com.",
    ),
    (
        "About Nisos®",
        "Nisos is a trusted digital investigations partner specializing in unmasking human "
        "risk. We operate as an extension of security, intelligence and legal teams.",
    ),
]
ABOUT_SECTIONS = [
    ("About the Study", "The study is a joint project of the University of Leeds and the city."),
    ("About Berlin", "Berlin is a city of contrasts. The council wants to keep it that way."),
    (
        "About Tesla",
        "Tesla is an American electric vehicle company. Its shares fell on Monday.",
    ),
    ("About Hurricane Milton", "Hurricane Milton is the fifth hurricane of the season."),
]


@pytest.mark.parametrize(("heading", "blurb"), ABOUT_BOXES)
def test_a_company_blurb_under_about_x_ends_the_text_as_a_footer(heading: str, blurb: str) -> None:
    codes = removed_codes(after_the_body(f"{heading}\n\n{blurb}"))
    assert codes.get(heading) == "T001"
    assert codes.get(blurb) == "T001"


@pytest.mark.parametrize(("heading", "text"), ABOUT_SECTIONS)
def test_a_closing_section_about_x_that_is_no_blurb_stays(heading: str, text: str) -> None:
    result = clean(after_the_body(f"{heading}\n\n{text}"))
    assert heading in result.text
    assert text in result.text
