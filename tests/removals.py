"""Helpers of the news-line tests: which rule removed which input line, and a line set
between two paragraphs of prose that goes or stays."""

from __future__ import annotations

from cleaner import clean


def removed_codes(text: str) -> dict[str, str]:
    """Removed line text -> rule code, for every non-blank line a removal covers."""
    result = clean(text)
    lines = text.split("\n")
    return {
        lines[n - 1]: r.code
        for r in result.report.removed
        for n in range(r.first_line, r.last_line + 1)
        if lines[n - 1].strip()
    }


#: A paragraph of prose around the line under test.
BODY = "The council met on Tuesday and voted to repair the old bridge over the river. " * 3


def between_paragraphs(line: str) -> str:
    """A text with a title, ``line`` between two paragraphs of prose."""
    return f"A Title Here\n\n{BODY}\n\n{line}\n\n{BODY}\n"


def assert_goes(text: str, line: str, code: str) -> None:
    """``line`` of ``text`` goes, by rule ``code``, and the prose stays."""
    result = clean(text)
    assert line not in result.text
    assert code in {r.code for r in result.report.removed}
    assert BODY.strip() in result.text


def assert_stays(line: str) -> None:
    """``line`` between two paragraphs of prose stays."""
    assert line in clean(between_paragraphs(line)).text
