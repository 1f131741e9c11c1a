"""Which rule removed which input line: a helper for the news-footer tests."""

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
