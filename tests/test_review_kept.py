"""Articles two reviews of the seventeenth round's rules wrote, each with a body line those
rules first removed (fixtures/review_kept, the lines in kept.json; r17 the first review, r17b
and r17c the second): a story's last paragraph about an opinion, a liability, "the views
expressed" or a company that "does not verify" over its source or copyright line; a place,
a broadcaster, a public figure or a profiled journalist that "has covered" or "berichtet
seit"; a review's verdict on the book's author; sentences about e-mail in phishing
explainers; a quoted slogan and a quoted comment notice; reported consent clauses; a code
host's "Source:" line; a quoted 1974 first-appearance note; a Swedish party letter before
"till Sydsvenskan"; quotations, transfers, citations and moves credited "(X / Y)"; headings
and a list ending in an agency's initials; "(Photo Elysée)", "(Imagen Radio)"; a how-to's
"Photo:" step. r42: the forty-second round's review: a last paragraph on a person the
article introduces there (a journalist's beat, an expert's chair, an obituary's service
years) over the footer, which B002 took while it read new names; a last paragraph under an
advertisement, a caption, a "Read also" teaser, a chart's source line or a writer's bio, a
quotation and a correction between footer lines, which T006 took before it was narrowed.
r42b, a second review: a last paragraph under a disclosure, a tip line or a media contact
(T006's text-end case), and headings shaped like bylines ("Von Tür zu Tür", "Staff Writer Of
The Year"). r43, r43b and r43c: the forty-third round's three reviews of five rules for the
newsroom's notes to readers (comment rules, tip lines, newsletter pitches, funding and
affiliate notes), taken out after the third: stories about comment sections, tip lines,
newsletters and inboxes, journalism's funding and affiliate income; last paragraphs that
give advice, a how-to's last step, a police appeal, a Q&A answer or an obituary's motto; and
(r43b) heads where a short title stood over a one-sentence deck, a title in capitals with a
number, a poem sequence's title, a table header or an election bar over the headline (H014's
three more head shapes, reverted). Each stays."""

from __future__ import annotations

import json

import pytest

from cleaner import clean
from conftest import ROOT

CASES = ROOT / "fixtures" / "review_kept"
KEPT: dict[str, list[str]] = json.loads((CASES / "kept.json").read_text("utf-8"))


def test_the_cases_are_there() -> None:
    assert len(KEPT) == 254
    assert all(lines for lines in KEPT.values())


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_body_line_stays(name: str) -> None:
    text = clean((CASES / name).read_text("utf-8")).text
    for line in KEPT[name]:
        assert line in text
