"""H016: the tags under a taxonomy label alone on its line after the article go, into
``tags``; a label with the article going on under it, or in its first half, stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import removed_codes

BODY = "\n\n".join(
    ["The council met on Tuesday and voted to repair the old bridge over the river. " * 3] * 3
)


@pytest.mark.parametrize(
    ("tail", "label", "tags"),
    [
        ("Tags\nEnergy bills\nSaving money", "Tags", ["Energy bills", "Saving money"]),
        (
            "More about\nNHS\nA&E\nHospitals\nSocial care",
            "More about",
            ["NHS", "A&E", "Hospitals", "Social care"],
        ),
        (
            "Schlagwörter:\nWärmepumpe\nHeizungsgesetz",
            "Schlagwörter",
            ["Wärmepumpe", "Heizungsgesetz"],
        ),
        # The label taken by another rule (A005), the tags still under it.
        ("Etiquetas\nVivienda\nAlquiler", "Etiquetas", ["Vivienda", "Alquiler"]),
        # A paywall's line under the tags, which another rule takes.
        (
            "Tagged with\nMilano\nMobilità\nSubscribe now for unlimited digital access",
            "Tagged with",
            ["Milano", "Mobilità"],
        ),
    ],
)
def test_the_tags_under_a_label_after_the_article_go(
    tail: str, label: str, tags: list[str]
) -> None:
    text = f"{BODY}\n\n{tail}\n"
    codes = removed_codes(text)
    assert all(codes.get(tag) == "H016" for tag in tags)
    assert label in "".join(codes)
    result = clean(text)
    assert result.report.tags == {label: tags}
    assert result.text.rstrip().endswith("over the river.")


@pytest.mark.parametrize(
    "text",
    [
        # The article goes on under the label.
        f"{BODY}\n\nTags\n\nEnergy bills\n\nThe works on the bridge start in May.\n",
        # The label before half of the prose: a part of the article.
        "A Title\n\nTags\n\nEnergy bills\n\nSaving money\n\n" + BODY + "\n",
        # Lines that end as sentences or clauses are no tags.
        f"{BODY}\n\nTags\n\nLove and loss.\n\nRedemption, at last.\n",
        # More lines than a box of tags holds.
        f"{BODY}\n\nTags\n\n" + "\n\n".join(f"Item number {n}" for n in range(16)) + "\n",
    ],
)
def test_a_label_with_the_article_under_it_stays(text: str) -> None:
    assert not any(code == "H016" for code in removed_codes(text).values())


@pytest.mark.parametrize(
    "label",
    [
        "Topics",
        "Themen",
        "Theme",
        "Themes",
        "Regions",
        "Region",
        "Categories",
        "Temas",
        "Tópicos",
        "Argomenti",
        "Onderwerpen",
    ],
)
def test_a_label_that_heads_an_articles_own_list_too_keeps_its_items(label: str) -> None:
    """A call for papers' topics, a council's agenda, a contest's theme, a table's column
    (cases a review reproduced): these words head the article's own lists as often as tags."""
    text = f"{BODY}\n\n{label}\n\nAntimicrobial resistance\n\nVaccine uptake\n"
    result = clean(text)
    assert "Antimicrobial resistance" in result.text and "Vaccine uptake" in result.text
