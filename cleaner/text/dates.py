"""Find and parse dates in short header lines (English, German, French, Spanish, Italian,
Portuguese, Dutch, Swedish, Polish), to ISO 8601.

Small on purpose: datelines use a handful of shapes, and a full date parser would be slower
and would find dates in words that are not dates.
"""

from __future__ import annotations

from datetime import date

import regex

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janvier enero ene jänner gennaio janeiro januari stycznia",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego",
        "march mar märz maerz mars marzo março marco maart mrt marca",
        "april apr avril abril aprile kwietnia",
        "may mai mayo maggio maio mei maj maja",
        "june jun juni juin junio giugno junho juni czerwca",
        "july jul juli juillet julio luglio julho lipca",
        "august aug août aout agosto ago augustus augusti sierpnia",
        "september sep sept septembre septiembre setiembre settembre setembro września",
        "october oct oktober okt octobre octubre ottobre outubro października",
        "november nov novembre noviembre novembro listopada",
        "december dec dezember dez décembre decembre diciembre dic dicembre dezembro grudnia",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = regex.compile(
    rf"""
    (?P<iso>\b(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})\b)
  | (?P<dotted>\b(?P<d2>\d{{1,2}})
      (?:[./](?P<m2>\d{{1,2}})[./]|-(?P<m2>\d{{1,2}})-)  # 28.11.2026, 28/11/2026, 28-11-2026
      (?P<y2>\d{{4}})\b)
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
