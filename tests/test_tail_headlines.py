"""Issue 15, extractor output: other articles' headlines left at the end of the text with no
label over them (T004). Each removed case failed before the rule; the article's own lists,
poems, Q&As, subheadings and captions stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import removed_codes

BODY_ES = "El consejo votó el martes la reparación del viejo puente sobre el río. " * 4
BODY_DE = "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. " * 4
BODY_EN = "The council voted on Tuesday to repair the old bridge over the river. " * 4
BODY_PT = "O conselho votou na terça-feira a reforma da velha ponte sobre o rio. " * 4


HEADLINE_RUNS = [
    # Spanish, plain lines (an extractor's output of a "latest news" box).
    (
        BODY_ES,
        [
            "Trabajadores del Canal anuncian huelga ante posible eliminación de 1,500 puestos",
            "La Opinión Gráfica del 26 de abril de 2022 en la edición impresa",
            "Detenido en Colombia contable que desfalcó a Cooperación española en Panamá",
            "Alcaldía de Panamá licita el nuevo Mercado de Marisco por $43 millones",
        ],
    ),
    # Spanish, list items with quotations.
    (
        BODY_ES,
        [
            "- Silvia Núñez del Arco: “Jaime Bayly tiene más ilusión de vivir que antes”",
            "- Fiorella Méndez se va del país debido a ampay con periodista Óscar del Portal",
            "- Marco Antonio Solís: el significado y origen de su apodo “Buki”",
        ],
    ),
    # Portuguese, with an abbreviation inside ("vs. Wade").
    (
        BODY_PT,
        [
            "Mais da metade dos estados americanos à espera: o que a derrubada de Roe vs. Wade "
            "representaria",
            "Militares atuarão para que processo eleitoral transcorra normalmente, diz STF",
            "Bolsonaro, Lula e a batalha dos palanques em São Paulo",
        ],
    ),
    # German, ending in exclamation and question marks.
    (
        BODY_DE,
        [
            "Warum nehme ich nicht ab? 4 mögliche Gründe für den Stillstand",
            "20 Kilo abnehmen: Mit DIESER Strategie klappt's!",
            "Endlich schlank! Mit diesen 8 Tipps richtig erfolgreich abnehmen",
        ],
    ),
    # English, two long headlines.
    (
        BODY_EN,
        [
            "There's an entire Skyrim mod dedicated to making you feel bad about killing anybody, "
            "adding over 200 handwritten letters",
            "Skyrim finally truly beaten as fanatical player does 'everything that can be done' "
            "in the game",
        ],
    ),
]


@pytest.mark.parametrize(("body", "headlines"), HEADLINE_RUNS)
def test_headlines_that_end_the_text_go(body: str, headlines: list[str]) -> None:
    text = body + "\n\n" + "\n".join(headlines) + "\n"
    codes = removed_codes(text)
    assert [codes.get(h) for h in headlines] == ["T004"] * len(headlines)
    assert clean(text).text.strip() == body.strip()


def test_headlines_go_before_removed_footer_lines() -> None:
    """The run is judged on the lines that stay: a copyright line after it does not hide it."""
    headlines = [
        "Trabajadores del Canal anuncian huelga ante posible eliminación de 1,500 puestos",
        "Detenido en Colombia contable que desfalcó a Cooperación española en Panamá",
        "Alcaldía de Panamá licita el nuevo Mercado de Marisco por $43 millones",
    ]
    text = BODY_ES + "\n\n" + "\n".join(headlines) + "\n\n© 2022 La Estrella de Panamá\n"
    assert clean(text).text.strip() == BODY_ES.strip()


LIST = [
    "New cycle lanes along the main street up to the station",
    "A second bridge for the tram north of the old town",
    "Wider pavements in front of the schools on the hill",
]

KEPT_ENDINGS = [
    # A list under an intro that ends in a colon.
    BODY_EN
    + "\n\nThe plan has three parts, the mayor said:\n\n"
    + "\n".join(f"- {x}" for x in LIST),
    # A list under a subheading.
    BODY_EN + "\n\nWhat the plan holds\n\n" + "\n".join(f"- {x}" for x in LIST),
    # A numbered list.
    BODY_EN + "\n\n" + "\n".join(f"{n}. {x}" for n, x in enumerate(LIST, 1)),
    # List items and text lines mixed.
    BODY_EN + "\n\n" + f"- {LIST[0]}\n{LIST[1]}\n- {LIST[2]}",
    # A poem: short lines.
    BODY_DE + "\n\nÜber allen Gipfeln ist Ruh\nIn allen Wipfeln spürest du\n"
    "Kaum einen Hauch die Vögelein schweigen im Walde\nWarte nur balde ruhest du auch",
    # Questions and answers: the answers end in a full stop.
    BODY_DE + "\n\nWann beginnen die Arbeiten an der alten Brücke?\n"
    "Die Arbeiten beginnen im Mai und dauern bis zum Herbst.\n"
    "Wie kommen Fußgänger in der Zeit über den Fluss?\n"
    "Sie nehmen die Fähre, die alle zwanzig Minuten fährt.",
    # Subheadings over short paragraphs that end in a full stop.
    BODY_EN + "\n\nThe cost of the new bridge\n\nIt will cost ten million pounds in all.\n\n"
    "The time it will take to build\n\nThe works end in the autumn of next year.",
    # Two headline-like lines that end in exclamation marks: the article's own cheers.
    BODY_DE + "\n\nNutzt den Rahmen, den ihr geboten bekommt, und redet über eure eigenen Themen!\n"
    "Leute, die in Zukunft das Barcamp mitgestalten wollen, sind jederzeit gerne gesehen!",
    # Two short lines.
    BODY_DE + "\n\nWie gefallen Euch die neuen Modelle?\n"
    "Mehr Infos auch auf der Seite von New Balance",
    # Captions as sentences.
    BODY_EN + "\n\nThe old bridge in 1890, seen from the north bank.\n"
    "The tram on the bridge in 1920, before the war.\n"
    "The bridge today, with the new lights on it.",
    # Figures from an infographic: short lines.
    BODY_EN + "\n\n33% of those in hospital are African Americans\n"
    "13% of the US population is African American\n"
    "68% of deaths in Chicago were African American",
]


@pytest.mark.parametrize("text", KEPT_ENDINGS)
def test_an_article_that_ends_in_short_lines_of_its_own_keeps_them(text: str) -> None:
    assert "T004" not in {r.code for r in clean(text + "\n").report.removed}


def test_a_run_longer_than_the_article_stays() -> None:
    """Little prose before it: the lines may be the page's text, not a box under it."""
    short = "The council voted on Tuesday to repair the old bridge over the river and the road."
    text = short + "\n\n" + "\n".join(h for _, hs in HEADLINE_RUNS[:1] for h in hs) + "\n"
    assert "T004" not in {r.code for r in clean(text).report.removed}


def test_a_text_of_headlines_only_stays() -> None:
    text = "\n".join(HEADLINE_RUNS[0][1]) + "\n"
    assert clean(text).text.strip() == text.strip()
