"""Build the report's facts: from what the detectors found, and from every line's links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import regex

from cleaner.model import Fact, Line, Report
from cleaner.rules.urls import URL, URL_HINT

_BARE_URL = regex.compile(rf"(?<![@\w./-]){URL}", regex.IGNORECASE)
_URL_HINT = regex.compile(URL_HINT, regex.IGNORECASE)
#: :data:`URL_HINT` (lower-case literals) without flags, for lower-cased ASCII text: there it
#: matches exactly where the case-blind pattern matches the text, and ``re`` finds it
#: several times faster (prose lines all hold a ".").
_URL_HINT_LOWER = re.compile(URL_HINT)
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<![.-])")
_TRAILING = ".,;:!?)]}'\"»”’"
#: A social handle: "@janedoe", "@jane@mastodon.social"; not an e-mail or a path.
_HANDLE = regex.compile(
    r"(?<![\w@./:+-])@\w{1,30}(?:@[\w-]+(?:\.[\w-]+)+)?(?![\w@]|\.\w)", regex.ASCII
)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def links(lines: Sequence[Line]) -> tuple[list[str], list[str]]:
    """All URLs and emails of the document, in order of first appearance."""
    urls: list[str] = []
    emails: list[str] = []
    for line in lines:
        urls.extend(line.urls)
        emails.extend(line.emails)
        if "." in line.plain and _has_url_hint(line.plain):
            for m in _BARE_URL.finditer(line.plain, timeout=1.0):
                urls.append(m.group(0).rstrip(_TRAILING))
        if "@" in line.plain:
            emails.extend(_EMAIL.findall(line.plain))
    return _unique(urls), _unique(e.rstrip(_TRAILING) for e in emails)


def _has_url_hint(text: str) -> bool:
    """Whether ``text`` holds what every bare URL holds (:data:`URL_HINT`)."""
    if text.isascii():
        return _URL_HINT_LOWER.search(text.lower()) is not None
    return _URL_HINT.search(text, timeout=1.0) is not None


def handles(lines: Sequence[Line]) -> list[str]:
    """Every social handle of the document ("@janedoe"), in order of first appearance."""
    return _unique(h for line in lines if "@" in line.plain for h in _HANDLE.findall(line.plain))


def apply_facts(report: Report, facts: Iterable[Fact]) -> None:
    """Fold rule facts into the report: first value wins for single fields."""
    for fact in facts:
        field, value = fact.field, " ".join(fact.value.split())
        if not value:
            continue
        if field.startswith("tag:"):
            tags = report.tags.setdefault(field[4:], [])
            if value not in tags:
                tags.append(value)
        elif field == "author":
            if value not in report.authors:
                report.authors.append(value)
        elif field in ("disclaimer", "fair_use", "promo"):
            target = {
                "disclaimer": report.disclaimers,
                "fair_use": report.fair_use,
                "promo": report.promos,
            }[field]
            if value not in target:
                target.append(value)
        elif field == "copyright_year":
            if report.copyright_year is None:
                report.copyright_year = int(value)
        elif field in (
            "title",
            "date",
            "publisher",
            "source",
            "copyright",
            "copyright_holder",
            "bio",
        ):
            if getattr(report, field) is None:
                setattr(report, field, value)
