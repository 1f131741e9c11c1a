"""Find and parse dates in short header lines, to ISO 8601: month names in English, German,
French, Spanish, Catalan, Italian, Portuguese, Dutch, the Scandinavian languages, Polish, Czech,
Slovak, Hungarian, Romanian, Turkish and Greek; digits day first, month first or year first
("4. 12. 2026", "2026. december 4.", "2026.12.04.").

Small on purpose: datelines use a handful of shapes, and a full date parser would be slower
and would find dates in words that are not dates.
"""

from __future__ import annotations

from datetime import date

import regex

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        (
            "january jan januar janvier enero ene jänner gennaio janeiro januari stycznia ledna "
            "januára január ianuarie ocak ιανουαρίου gener tammikuuta gen janv"
        ),
        (
            "february feb februar février fevrier febrero febbraio fevereiro februari lutego "
            "února februára február febr februarie şubat φεβρουαρίου febrer helmikuuta fev fév févr"
        ),
        (
            "march mar märz maerz mars marzo março marco maart mrt marca marts března marca "
            "március márc martie mart μαρτίου març maaliskuuta"
        ),
        (
            "april apr avril abril aprile kwietnia dubna apríla április ápr aprilie nisan "
            "απριλίου huhtikuuta abr avr"
        ),
        (
            "may mai mayo maggio maio mei maj maja května mája május máj mayıs μαΐου maig "
            "toukokuuta mag"
        ),
        (
            "june jun juni juin junio giugno junho juni czerwca června júna június jún iunie "
            "haziran ιουνίου juny kesäkuuta giu"
        ),
        (
            "july jul juli juillet julio luglio julho lipca července júla július júl iulie temmuz "
            "ιουλίου juliol heinäkuuta lug juil"
        ),
        (
            "august aug août aout agosto ago augustus augusti sierpnia srpna augusztus ağustos "
            "αυγούστου agost elokuuta"
        ),
        (
            "september sep sept septembre septiembre setiembre settembre setembro września září "
            "septembra szeptember szept septembrie eylül σεπτεμβρίου setembre syyskuuta set"
        ),
        (
            "october oct oktober okt octobre octubre ottobre outubro października října októbra "
            "október octombrie ekim οκτωβρίου lokakuuta out ott"
        ),
        (
            "november nov novembre noviembre novembro listopada listopadu novembra noiembrie "
            "kasım νοεμβρίου marraskuuta"
        ),
        (
            "december dec dezember dez décembre decembre diciembre dic dicembre dezembro grudnia "
            "desember prosince decembra decembrie aralık δεκεμβρίου desembre joulukuuta déc"
        ),
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
        MONTHS[_name.replace("ı", "i")] = _number  # Turkish "KASIM".lower() is "kasim"

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Short month names that are English words ("out", "set", "gen"): read only after a plain
#: day and capitalised, at the line's start or after a separator, as the languages that use
#: them write datelines ("13 Out 2025, 01:22"); never before the day ("sold out 12, 2024"),
#: in small letters ("Part 2 out 2026"), after an ordinal ("iPad 10th Gen 2022") or after a
#: word ("Season 5 Out 2025").
_DAY_FIRST_ONLY = frozenset({"gen", "mag", "giu", "lug", "set", "out", "ott"})
_MONTH_BEFORE_DAY = "|".join(
    sorted((m for m in MONTHS if m not in _DAY_FIRST_ONLY), key=len, reverse=True)
)
_DATE = regex.compile(
    rf"""
    (?P<iso>\b(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})\b)
  | (?P<dotted>\b(?P<d2>\d{{1,2}})
      (?:[./](?P<m2>\d{{1,2}})[./]|-(?P<m2>\d{{1,2}})-  # 28.11.2026, 28/11/2026, 28-11-2026
        |\.\ (?P<m2>\d{{1,2}})\.\ )                      # 4. 12. 2026 (Czech, Slovak)
      (?P<y2>\d{{4}})\b)
  | (?P<ymd>\b(?P<y5>(?:19|20)\d\d)\.\ ?                 # 2026.12.04., 2026. december 4.
      (?:(?P<m5>\d{{1,2}})\.\ ?|(?P<m5>{_MONTH})\.?\ )(?P<d5>\d{{1,2}})\.(?!\d))
  | (?P<mdy>\b(?P<m3>{_MONTH_BEFORE_DAY})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+
      (?P<y3>\d{{4}})\b)
  | (?P<dmy>\b(?P<d4>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?
      (?P<m4>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y4>\d{{4}})\b)
  | (?P<joined>(?<![\w.\-/])(?P<d7>\d{{1,2}})(?P<sep>[.-])(?P<m7>{_MONTH})(?P=sep)
      (?P<y7>\d{{4}})(?![\w\-]|\.\w))                          # 10.fev.2025, 14-Mar-2025
  | (?P<cjk>(?<!\d)(?P<y6>\d{{4}})\s*[年년]\s*(?P<m6>\d{{1,2}})\s*[月월]\s*   # 2019年9月26日
      (?P<d6>\d{{1,2}})\s*[日일])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


_MONTHS_IN_YEAR = 12
#: A day with an English ordinal ("10th"): the short names after it are words ("10th gen").
_ORDINAL_DAY = regex.compile(r"\d(?:st|nd|rd|th)\b", regex.IGNORECASE)
#: Where such a date may start: the line's start or after a separator ("Lisboa, 13 Out
#: 2025"), never after a word ("Season 5 Out 2025", "iPad 10 Gen 2022").
_DATE_OPENS = regex.compile(r"(?:^|[,|·•–—:(-])[\W_]*$")

#: A clock time: "10:15", "10.12", "9h30".
_CLOCK = regex.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b")


def has_clock_time(text: str) -> bool:
    """Whether ``text`` holds a clock time ("10:15", "10.12 Uhr", "9h30")."""
    return _CLOCK.search(text) is not None


def find_date(text: str) -> tuple[str, regex.Match[str]] | None:
    """The first valid date in ``text`` as (ISO string, match), or None. A numeric date is
    read day first ("04/12/2026" is 4 December), unless only the American order makes a
    date of one with slashes ("09/22/2024")."""
    for m in _DATE.finditer(text, timeout=1.0):
        for d, mo, y in (
            ("d1", "m1", "y1"),
            ("d2", "m2", "y2"),
            ("d3", "m3", "y3"),
            ("d4", "m4", "y4"),
            ("d5", "m5", "y5"),
            ("d6", "m6", "y6"),
            ("d7", "m7", "y7"),
        ):
            if m.group(y):
                month_text = m.group(mo)
                if month_text.casefold() in _DAY_FIRST_ONLY and (
                    month_text[:1].islower()
                    or _ORDINAL_DAY.search(m.group())
                    or not _DATE_OPENS.search(text[: m.start()])
                ):
                    break
                month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
                if month is None:  # a case fold the table does not hold
                    break
                day = int(m.group(d))
                if d == "d2" and "/" in m.group() and day <= _MONTHS_IN_YEAR < month:
                    day, month = month, day  # 09/22/2024: the American order
                try:
                    return date(int(m.group(y)), month, day).isoformat(), m
                except ValueError:
                    break
    return None
