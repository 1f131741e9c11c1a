"""Whole articles in which every line is the article's, though some look like boilerplate (the
cases four reviews of the sixteenth round reproduced, in ``fixtures/lookalikes``): a call for
papers' topics, an event's date under its programme, speakers with their universities, a
profile's last line about its subject ("... is Britain's best-known wildlife photographer"),
a helpline or an organiser's number, a how-to step with a government app, a report card
("boletín de notas"), a ballot paper ("boletim de voto"), a guide's "Review by Independent
Adjudicator", an interview answer about affiliate programmes, a column's last appeal."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean

CASES = sorted((Path(__file__).parent.parent / "fixtures" / "lookalikes").glob("*.txt"))


def test_the_cases_are_there() -> None:
    assert len(CASES) >= 120


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_no_line_of_the_article_goes(path: Path) -> None:
    result = clean(path.read_text("utf-8"))
    assert [(r.code, r.first_line) for r in result.report.removed] == []
    assert result.report.authors == []
