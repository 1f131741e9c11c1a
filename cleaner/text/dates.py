"""Find and parse dates in short header lines (English, German, French, Spanish), to ISO 8601.

Small on purpose: datelines use a handful of shapes, and a full date parser would be slower
and would find dates in words that are not dates.
"""

from __future__ import annotations

from datetime import date

import regex

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janvier enero ene jänner",
        "february feb februar février fevrier febrero",
        "march mar märz maerz mars marzo",
        "april apr avril abril",
        "may mai mayo",
        "june jun juni juin junio",
        "july jul juli juillet julio",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre setiembre",
        "october oct oktober okt octobre octubre",
        "november nov novembre noviembre",
        "december dec dezember dez décembre decembre diciembre dic",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = regex.compile(
    rf"""
    (?P<iso>\b(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})\b)
  | (?P<dotted>\b(?P<d2>\d{{1,2}})[./](?P<m2>\d{{1,2}})[./](?P<y2>\d{{4}})\b)
  | (?P<mdy>\b(?P<m3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})\b)
  | (?P<dmy>\b(?P<d4>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?
      (?P<m4>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y4>\d{{4}})\b)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def find_date(text: str) -> tuple[str, regex.Match[str]] | None:
    """The first valid date in ``text`` as (ISO string, match), or None."""
    for m in _DATE.finditer(text, timeout=1.0):
        for d, mo, y in (
            ("d1", "m1", "y1"),
            ("d2", "m2", "y2"),
            ("d3", "m3", "y3"),
            ("d4", "m4", "y4"),
        ):
            if m.group(y):
                month_text = m.group(mo)
                month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
                try:
                    return date(int(m.group(y)), month, int(m.group(d))).isoformat(), m
                except ValueError:
                    break
    return None
