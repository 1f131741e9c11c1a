"""Issue 15, extractor output: other articles' headlines right under a related-articles label
that does not end the text (G009). The label went before; the titles under it stayed because
the box was followed by comments, a disclosure or more article. Each removed case failed
before the rule; the article's own subheadings, lists and sentences after such a label stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import removed_codes

BODY_DE = "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. " * 4
BODY_ES = "El consejo votó el martes la reparación del viejo puente sobre el río. " * 4
BODY_PT = "O conselho votou na terça-feira a reforma da velha ponte sobre o rio. " * 4
BODY_EN = "The council voted on Tuesday to repair the old bridge over the river. " * 4
MORE_DE = "Die Arbeiten sollen im Mai beginnen und bis zum Herbst des nächsten Jahres dauern. " * 3
MORE_PT = "As obras começam em maio e terminam no outono do ano que vem, disse o prefeito. " * 3

BOXES = [
    # German, short titles under "Siehe auch", comments below.
    (
        BODY_DE,
        "Siehe auch",
        [
            "Die dümmste aller Verschwörungstheorien: Chemtrails",
            "Immer mehr Verschwörungsbedürftige",
            "Sinnlose Astrologie, Nostradamus und ein wenig evolutionäres Gehirn",
        ],
        "Schöne Einleitung, danke für den Text! Ich verfolge das "
        "Thema schon lange und finde die Darstellung hier sehr gelungen.\n",
    ),
    # German, "Weiterlesen:" over two teasers, a disclosure below.
    (
        BODY_DE,
        "Weiterlesen:",
        [
            "Ein Roadtrip entlang der Route 66 im Thermen- & Vulkanland",
            "Herbstlicher Wochenend-Ausflug in die Südoststeiermark",
        ],
        "Noch mehr?\n\n*Dieser Beitrag ist in Kooperation mit dem Tourismusverband entstanden.\n",
    ),
    # Spanish, headline and date pairs.
    (
        BODY_ES,
        "NOTAS RELACIONADAS",
        [
            "Hackers ofrecen descuento del 35% al Gobierno y prometen no tocar al sector privado",
            "Jueves 21 abril, 2022",
            "Grupo Conti asegura haber hackeado el Ministerio de Hacienda",
            "Lunes 18 abril, 2022",
        ],
        "A pesar de que el ataque trascendió hasta hoy, se habría realizado desde el domingo.\n",
    ),
    # Portuguese, a box in the middle of the article, the article going on below it.
    (
        BODY_PT,
        "Saiba Mais",
        [
            "- Política Doação de vacinas contra covid é aprovada na Câmara dos Deputados",
            "- Política Bancada do Amazonas se reúne com Moraes para discutir cortes no IPI",
        ],
        "Impeachment\n\n" + MORE_PT + "\n",
    ),
]


@pytest.mark.parametrize(("body", "label", "titles", "after"), BOXES)
def test_titles_under_a_label_go(body: str, label: str, titles: list[str], after: str) -> None:
    text = body + "\n\n" + label + "\n\n" + "\n".join(titles) + "\n\n" + after
    removed = removed_codes(text)
    for title in titles:
        assert removed.get(title) == "G009", title
    for line in after.split("\n"):
        if len(line.split()) > 4:
            assert line not in removed, line


KEPT = [
    # One line under the label: the article's own subheading, its teaser dropped.
    BODY_DE + "\n\nLesen Sie auch\n\nDie Arbeiten an der Brücke beginnen im Mai\n\n" + MORE_DE,
    # A subheading, then a paragraph: only one headline-shaped line.
    BODY_EN
    + "\n\nRead more\n\nWhat the works will cost the town\n\n"
    + "The town expects the works to cost about two million euros in all.\n",
    # Sentences under the label.
    BODY_EN
    + "\n\nRelated\n\nThe works on the bridge start in May.\n"
    + "The tram will run on the old bridge again from December.\n",
    # A label that is not a related-articles label ("Weitere Informationen") over the
    # article's own list of points.
    BODY_DE
    + "\n\nWeitere Informationen\n\n- Die Brücke wird für ein Jahr gesperrt\n"
    + "- Busse fahren eine Umleitung über den Nordring\n",
    # "Weiterlesen" without its colon is a button, not a label.
    BODY_DE
    + "\n\nWeiterlesen\n\nDie Arbeiten an der Brücke beginnen im Mai\n"
    + "Die Stadt rechnet mit hohen Kosten für die Sanierung\n",
]


@pytest.mark.parametrize("text", KEPT)
def test_article_lines_after_a_label_stay(text: str) -> None:
    removed = removed_codes(text)
    assert "G009" not in removed.values(), [k for k, v in removed.items() if v == "G009"]


def test_a_subheading_over_the_articles_paragraphs_after_a_box_of_one_teaser_stays() -> None:
    body = "Seit Monaten können Hausbesitzer Zuschüsse für neue Heizungen beantragen, sagt er. " * 2
    text = (
        f"{body}\n\nMehr zum Thema\n\nHeizungsgesetz: Was Eigentümer jetzt wissen müssen\n"
        f"Warten auf Bescheide\n{body}\n{body}\n"
    )
    assert "Warten auf Bescheide" in clean(text).text.splitlines()
