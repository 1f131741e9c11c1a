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
        ("Topics\nEnergy bills\nSaving money", "Topics", ["Energy bills", "Saving money"]),
        (
            "More about\nNHS\nA&E\nHospitals\nSocial care",
            "More about",
            ["NHS", "A&E", "Hospitals", "Social care"],
        ),
        ("Themen:\nWärmepumpe\nHeizungsgesetz", "Themen", ["Wärmepumpe", "Heizungsgesetz"]),
        # The label taken by another rule (A005), the tags still under it.
        (
            "Tópicos\nSociedade\nTransportes\nFerrovia",
            "Tópicos",
            ["Sociedade", "Transportes", "Ferrovia"],
        ),
        # A paywall's line under the tags, which another rule takes.
        (
            "Argomenti\nMilano\nMobilità\nSubscribe now for unlimited digital access",
            "Argomenti",
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
        f"{BODY}\n\nTopics\n\nEnergy bills\n\nThe works on the bridge start in May.\n",
        # The label before half of the prose: a part of the article.
        "A Title\n\nTopics\n\nEnergy bills\n\nSaving money\n\n" + BODY + "\n",
        # Lines that end as sentences or clauses are no tags.
        f"{BODY}\n\nThemes\n\nLove and loss.\n\nRedemption, at last.\n",
        # More lines than a box of tags holds.
        f"{BODY}\n\nTopics\n\n" + "\n\n".join(f"Item number {n}" for n in range(16)) + "\n",
    ],
)
def test_a_label_with_the_article_under_it_stays(text: str) -> None:
    assert not any(code == "H016" for code in removed_codes(text).values())
