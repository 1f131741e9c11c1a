"""What a byline or a dateline says: the author names, the publication, the date.

The header rules (H002, H003, H006-H008) and the post-meta rule (H005) read head lines with
these; each is memoized, since several rules ask them of the same lines.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex

from cleaner.config import Config
from cleaner.model import Fact, Line, LineKind
from cleaner.rules.base import family_pattern
from cleaner.rules.phrases import search, words
from cleaner.rules.stopwords import stopwords
from cleaner.text.dates import MONTHS, find_date

#: The longest line H002 takes as a byline, and H003 as a dateline (H007 judges the lines
#: around a byline by the same bounds).
BYLINE_MAX_WORDS = 16
DATELINE_MAX_WORDS = 14
#: The longest dateline with a second, updated date and clock times: "Published Dec. 4,
#: 2026, 6:00 a.m. ET | Updated Dec. 4, 2026, 9:12 a.m. ET".
UPDATED_DATELINE_MAX_WORDS = 20
#: What :func:`byline_parts` finds: the names, a publication after them, a site before.
Parts = tuple[tuple[str, ...], str | None, str | None]

# "for" and "via", capitalised or not, start what follows the names ("By JAMES COOKSEY FOR
# COURIERONLINE"), never a name's word.
_NAME = r"(?!(?i:for|via)\b)\p{Lu}[\p{L}.'’\-]*"
_PARTICLE = (
    r"(?:de|da|di|del|della|dei|van|von|der|den|ten|la|le|du|y|bin|al|"
    r"ibn|mc|st\.?)"
)
# A nickname in quotation marks before or inside a name: 'Dan "Sarge" Colbert', '"Crypto
# Kate" Ferris'; a name follows it.
_NICK = r"[\"“]\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*)?[\"”]"
_NAMES = rf"(?:{_NICK}\s+)?{_NAME}(?:\s+(?:{_NICK}\s+)?(?:{_NAME}|{_PARTICLE}))*"
_NAME_LIST = rf"{_NAMES}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*{_NAMES})*"
# A site or publication after "via" or "for": "Authored by X via TFMetalsReport.com".
_SOURCE_START = r"(?:\p{Lu}|www\.|[\w-]+\.\p{Ll}{2,6}\b)"
# The author's address after the names: "By Dana Whitlock dwhitlock@millbrookcourier.com".
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A site's address before the byline word: "news.goldseek.com / By: Jim Willie". A byline may
# end in the author's handle, in brackets or not: "By Jane Doe (@janedoe)", "By Jane Doe
# @janedoe".
_SITE_BEFORE = r"(?P<site>[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6})\s*[/|–—]\s*"
BYLINE = regex.compile(
    rf"^[\W_]*(?:{_SITE_BEFORE})?(?i:{words('byline')})\s*:?\s+(?P<names>{_NAME_LIST})"
    rf"(?:[\s:.)\]]*$|\s*\(\s*@\w{{1,30}}\s*\)[\s.]*$|\s+(?:@\w{{1,30}}|{_EMAIL})[\s.]*$"
    rf"|\s*[,|–—·•/]\s*(?P<rest>.{{0,80}})$"
    rf"|\s+(?i:via|for)\s+(?P<via>{_SOURCE_START}.{{0,60}})$)"
)
_BYLINE_WORD = regex.compile(rf"^[\W_]*(?:{_SITE_BEFORE})?(?i:{words('byline')})\s*:?\s")
# An academic degree or suffix in a byline's name list: "by Carl Greer, PhD, PsyD".
_DEGREE = regex.compile(
    r"^(?:Ph\.?\s?D|M\.?D|Psy\.?D|D\.?O|MBA|M\.?Sc|B\.?Sc|M\.?A|B\.?A|Esq|RN|DDS|DVM|MPH|"
    r"LCSW|CPA|Jr|Sr|II|III|N\.?D|NMD|CNP|CNS|RDN?|FNP|PharmD|CFA|CFP|MSW|LMFT|LPC|BSN|MSN|"
    r"APRN|DNP|LPN|CNM|CRNA|CNC|NP|Ed\.?D|J\.?D|MFA|M\.?S|FACP|FAAP|CSCS|IBCLC|CHES|RPh|LAc)\.?$"
)
# A web address standing for a publication: "GoldenJackass.com", "www.SHTFplan.com".
_DOMAIN = regex.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,6}/?$")
_POSSESSIVE = regex.compile(r"['’]s$")
# What may follow a byline's date: a reading time ("5 min read", "3 Min. Lesezeit").
_READING_TIME = regex.compile(
    r"^[\W_]*(?:\d{1,3}\s*min(?:s|utes?|uten|\.)?"
    r"(?:\s+(?:read|lesezeit|de lecture|de lectura))?)?[\W_]*$",
    regex.IGNORECASE,
)
#: Parts of what follows a byline's names ("EFE | 3 de marzo de 2021"), and the word that
#: may open a publication's name ("da Folha", "for Reuters").
_PARTS = regex.compile(r"\s*[|·•–—]\s*")
_PUBLICATION_WORD = regex.compile(r"^(?:da|do|de|del|della|for|für|pour|para|per)\s+(?=\p{Lu})")
_SPLIT_NAMES = regex.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")
# Publishing and update labels of datelines, in the languages the dates module reads:
# "Published", "Veröffentlicht", "Publié", "Publikováno", "Frissítve", "Güncelleme".
_PUBLISH_LABELS = (
    r"published|updated|posted|last (?:updated|modified)|veröffentlicht|aktualisiert|"
    r"erschienen|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|"
    r"julkaistu|päivitetty|opublikowano|zaktualizowano|aktualizacja|publikováno|aktualizováno|"
    r"publikované|aktualizované|publikálva|frissítve|publicat|actualizat|objavljeno|ažurirano|"
    r"yayınlanma|güncelleme|güncellenme|δημοσίευση|ενημέρωση|publicada|actualitzat|"
    r"发布时间|发表时间|更新时间|发布日期|公開日|更新日|掲載日"
)
_DATE_WORDS = regex.compile(
    rf"\b(?:{_PUBLISH_LABELS}|on|at|am|um|le|el|uhr|am|pm|gmt|utc|cet|cest|est|edt|pst|pdt|"
    r"cst|cdt|mst|mdt|et|ct|pt|bst|ist|aest|aedt|nzdt|eet|eest|à|às|alle|a las|ore|h|kl|klo|"
    r"u|o|godz|saat|ώρα)\b|\b[ap]\.m\.|\d{1,2}(?::|h|\.)\d{2}|[|:,.\-–—•·/()]",
    regex.IGNORECASE,
)
#: What a dateline may hold besides its dates and labels: a reading time ("3 minute read",
#: "Lesezeit: 4 Min.", "3' di lettura") and an update's age ("Last updated 2 hours ago",
#: "vor 3 Stunden", "il y a 2 heures", "hace 2 horas").
_DATELINE_EXTRAS = regex.compile(
    r"\b\d{1,3}\s*(?:['’]|min(?:s|utes?|uten|utos|uti)?\.?)\s*(?:of\s+)?(?:read(?:ing)?|"
    r"lesezeit|de lecture|de lectura|de leitura|di lettura|leestijd|läsning|czytania)\b"
    r"|\b(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|leestijd|lästid|czas czytania)\s*:?\s*\d{1,3}\s*"
    r"(?:min(?:s|utes?|uten|utos|uti|uter|ut)?\b\.?)"
    r"|\b\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b"
    r"|\bvor\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen)\b"
    r"|\bil y a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?)\b"
    r"|\b(?:hace|há)\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días|dias)\b"
    r"|\b\d{1,3}\s+(?:secondi|minuti|ore|giorni)\s+fa\b",
    regex.IGNORECASE,
)
# Labels around a dateline's date: "Published on", "Veröffentlicht am", "Publié le".
_DATE_LABEL = regex.compile(
    rf"^(?:{_PUBLISH_LABELS})\b(?:\s+(?:on|am|le|el|il|em|op|den|dne))?\W*"
    r"|\s+(?:on|am|le|el|the)$",
    regex.IGNORECASE,
)
# The label of a date in a block of labelled values ("Datum 28.01.2022", "Stand: 28.01.2022",
# "Date: March 3, 2021"), or any one word with a colon before the date: not a publisher.
_VALUE_LABEL = regex.compile(r"(?:datum|date|fecha|data|stand):?|\p{L}+:", regex.IGNORECASE)
# "Posted on January 18, 2024 by Theo Marsh": a byline word and names after the date.
_TRAILING_BY = regex.compile(rf"(?:^|\s)(?i:{words('byline')})\s+(?P<names>{_NAME_LIST})\W*$")
# A byline without "By": "Dr. Priya Raman, University of Bristol", "Jane Roe, Staff Writer",
# "Alex Wagner - Senior News Editor".
# Only with an academic title or a role/affiliation word: a bare name may be a subheading.
_HONORIFIC = r"(?:Dr|Prof|Professor|Professorin|Dipl\.-Ing|Mag|Pr|Me)\.?"
_PERSON = (
    rf"\p{{Lu}}[\p{{Ll}}'’\-]+\.?(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{Ll}}'’\-]+|{_PARTICLE})){{1,3}}"
)
_AFFILIATION = (
    r"university|universität|université|universidad|universidade|college|institute|institut|"
    r"instituto|school|hospital|klinik|correspondent|korrespondent|correspondant|corresponsal|"
    r"reporter|editor|redakteur|redakteurin|redaktion|rédaction|rédacteur|redacción|"
    r"staff writer|contributor|columnist|kolumnist|journalist|journaliste|periodista|"
    r"researcher|fellow|lecturer|professor|professorin"
)
NAME_BYLINE = regex.compile(
    rf"^(?P<hon>{_HONORIFIC}\s+)?(?P<name>{_PERSON})"
    rf"(?:(?:\s*(?:,|–|—|\|)|\s+-)\s*(?P<aff>[^.!?]{{3,70}}))?$"
)
_AFFILIATION_WORD = regex.compile(rf"\b(?:{_AFFILIATION})\b", regex.IGNORECASE)
#: A role in a byline's name list: "By Jane Doe, Staff Writer", "Von Anna Schmidt, Redakteurin".
_ROLE = regex.compile(
    rf"(?:(?:senior|chief|contributing|staff|guest|freie|leitende|political|science)\s+)?"
    rf"(?:{_AFFILIATION})",
    regex.IGNORECASE,
)
#: The nouns of a writer's job, in the plural too.
_JOB_NOUN = (
    r"(?:writers?|reporters?|editors?|correspondents?|columnists?|contributors?|journalists?|"
    r"photographers?)"
)
#: A writer's job after the name, stricter (no affiliation) and in the plural too:
#: "Contributing Writer", "Staff Writers", "Senior Editor" (never a clause: "By Christmas, she
#: was editor").
_JOB = regex.compile(
    r"(?:(?:senior|chief|contributing|staff|guest|freelance|special|managing|executive|"
    rf"associate|deputy|political|science|health|sports|business|news)\s+){{0,2}}{_JOB_NOUN}",
    regex.IGNORECASE,
)
#: A name-shaped text that ends in a writer's job is a role: "Local Journalism Reporter".
_ENDS_IN_JOB = regex.compile(rf"\s{_JOB_NOUN}$", regex.IGNORECASE)
#: A publication's word in an outlet's name: "Maple Post News", "Sideline Report Staff".
PUBLICATION_WORD = regex.compile(
    r"\b(?:news|post|times|herald|tribune|journal|gazette|daily|weekly|report|press|media|"
    r"online|magazine|wire|zeitung|presse|nachrichten|diário|diario|jornal|giornale|"
    r"corriere|quotidien|chronicle|ledger|sentinel|inquirer|kurier|tagblatt|anzeiger|"
    r"rundschau|courrier|correio|folha|noticias|notícias|periódico|gazeta|gazzetta|dagblad|"
    r"krant|tidning)\b",
    regex.IGNORECASE,
)
_FOUR_DIGITS = regex.compile(r"\d{4}")
_WORD = regex.compile(r"\w")


def only_roles_after_comma(line: Line) -> bool:
    """Whether each part after a byline's first comma is a role or a degree: "Written by
    Dan Colbert, Contributing Writer", "By Sarah Linwood, CNP" (never an affiliation:
    "Autor: Jane Roe, University of Bristol")."""
    parts = [p.strip(" .") for p in line.plain.split(",")[1:]]
    return bool(parts) and all(_DEGREE.match(p) or _JOB.fullmatch(p) for p in parts)


def _is_role(text: str) -> bool:
    """Whether a name-shaped text is a role: "Staff Writer", "Contributing Writers"."""
    return bool(_ROLE.fullmatch(text) or _JOB.fullmatch(text))


def byline_names(line: Line) -> list[str] | None:
    """The author names of a byline, or None when the line is not one."""
    found = byline_parts(line)
    return list(found[0]) if found is not None else None


#: Memos of the header tests, which H001, H002 and H003 each ask of the same head lines.
_MEMO = 4096


@lru_cache(maxsize=_MEMO)
def byline_parts(line: Line) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """(author names, source, site) of a byline, or None when the line is not one.

    The source is the publication named after the names ("By X / American Thinker",
    "Authored by X via TFMetalsReport.com", "By X, GoldenJackass.com"); the site is an
    address before the byline word ("news.goldseek.com / By: X"). Degrees and roles after a
    name ("PhD", "Staff Writer") are no names.
    """
    if line.kind is LineKind.HEADING and line.level == 1:
        return None  # "# Von Sprachregeln, Gender-Politik und ...": a title, not a byline
    m = search(BYLINE, line.plain)
    if m and _bracketed_by(line.plain):
        m = None
    m = m or _byline_before_date(line.plain)
    if not m:
        return None
    names: list[str] = []
    sources: list[str] = []
    for name in _split_names(m.group("names")) or ():
        author, source = _name_and_site(name)
        if source:
            sources.append(source)
        if author:
            author = _article_led(author)
        if author and not (_DEGREE.match(author) or _is_role(author)):
            names.append(author)
    if not names or (len(names) == 1 and names[0].casefold() in _MEANS):
        return None  # "By Train", "By Car": a travel page's heading, not a byline
    rest = _publication(m.group("via") or m.group("rest") or "")
    if rest:
        sources.append(rest)
    return tuple(names), (sources[0] if sources else None), m.group("site")


#: Words that follow "By" in a heading, not a name: the means of travel, of payment, of
#: contact ("By Train", "By Car", "By Appointment", "By Phone").
_MEANS_WORDS = (
    "train car air bus boat bike bicycle foot plane ferry rail road sea land taxi tram metro "
    "subway coach ship appointment invitation request phone email mail post cash card "
    "design default hand night day numbers"
)
_MEANS = frozenset(_MEANS_WORDS.split())


#: A name led by an article: "The Numbers" ("By The Numbers", a heading), "The Associated
#: Press" (an agency, kept without the article).
_ARTICLE_LED = regex.compile(r"^(?:The|THE|A|An|AN)\s+(?P<rest>\S.*)$")
_AGENCY_NAME = regex.compile(rf"^(?i:{words('news_agency')})$")


def _article_led(name: str) -> str | None:
    """A listed name as it stands, a news agency without its article ("The Associated Press"
    gives "Associated Press"), or None for other names led by an article: "By The Numbers",
    "By A Long Shot" are headings, not bylines."""
    m = _ARTICLE_LED.match(name)
    if m is None:
        return name
    rest = m.group("rest")
    return rest if _AGENCY_NAME.match(rest) else None


#: A bracketed line opened by a bare "By": "(By Appointment Only)" is a notice.
_BRACKETED_BY = regex.compile(r"^\s*[(\[]\s*by\s.*[)\]][\W_]*$", regex.IGNORECASE)


def _bracketed_by(plain: str) -> bool:
    """Whether a line in brackets opens with a bare "By", which may start a notice there
    ("(By Appointment Only)"); a wire credit in brackets has another byline word:
    "(Reporting by Jane Doe)", "(Written by Jane Doe)"."""
    return _BRACKETED_BY.match(plain) is not None


def _name_and_site(name: str) -> tuple[str | None, str | None]:
    """A listed name split into author and publication: "GoldenJackass.com" is a site,
    "Greg Hunter’s USAWatchdog.com" an author and a site."""
    words = name.split()
    if not _DOMAIN.match(words[-1]):
        return name, None
    author = _POSSESSIVE.sub("", " ".join(words[:-1])).strip()
    return author or None, words[-1]


def _publication(text: str) -> str | None:
    """The publication a byline names after its authors, or None: a short capitalized name
    or a web address, not a date, a role ("staff writer") or a sentence. Only the first of
    several parts counts ("EFE | 3 de marzo de 2021"), without a leading "da" or "for"."""
    text = _PUBLICATION_WORD.sub("", _PARTS.split(text, maxsplit=1)[0].strip(" .,:;"))
    if not text or len(text.split()) > 6 or any(c.isdigit() for c in text):
        return None
    if not (text[0].isupper() or _DOMAIN.match(text)) or _AFFILIATION_WORD.search(text):
        return None
    return None if regex.search(r"[.!?]\s", text) else text


#: Words between a byline's names and its date: "Written by Jane Doe on March 3, 2021",
#: "Von Anna Schmidt Veröffentlicht am 12.03.2021".
_BEFORE_DATE = regex.compile(
    r"(?:\s+(?:published|updated|posted|veröffentlicht|aktualisiert|erschienen|publié|"
    r"mis à jour|publicado|actualizado|pubblicato|aggiornato))?(?:\s+(?:on|am|le|el|il|em|at))?$",
    regex.IGNORECASE,
)


def _byline_before_date(text: str) -> regex.Match[str] | None:
    """A byline whose date follows the names unseparated, after "on" or a dash or bar,
    perhaps with its time and a reading time: "By Jane Doe Feb 8, 2020 5 min read", "Von
    Anna Schmidt 12.03.2021", "Written by Jane Doe on March 3, 2021", "Par Claire Monnot -
    04 sept. 2024 à 18h12 - Temps de lecture : 3 min", "Par Julien Moreau - Publié le
    01/12/2026 à 14h05, mis à jour le 02/12/2026 à 09h12", or with the update first ("Par
    Julien Moreau - Mis à jour le 05/09/2024 à 09h12 - Publié le 04/09/2024 à 14h05")."""
    if not _BYLINE_WORD.match(text):
        return None
    found = find_date(text)
    if found is None:
        return None
    after = _TIME_OF_DAY.sub("", text[found[1].end() :], count=1)
    update = find_date(after)
    between = after[: update[1].start()] if update is not None else ""
    if update is not None and (
        _UPDATE_LEAD.fullmatch(between)
        or (
            _UPDATE_LEAD_END.search(text[: found[1].start()]) and _PUBLISHED_LEAD.fullmatch(between)
        )
    ):
        after = _TIME_OF_DAY.sub("", after[update[1].end() :], count=1)
    if not (_READING_TIME.match(after) or _READING_TIME.match(_DATELINE_EXTRAS.sub(" ", after))):
        return None
    before = _BEFORE_DATE.sub("", text[: found[1].start()].rstrip()).rstrip()
    before = _BEFORE_DATE.sub("", _DATE_SEPARATOR.sub("", before))
    m = search(BYLINE, before)
    if m is None:
        return None
    rest = before[m.end("names") :].strip(" ,.;:|·•–—-")
    if rest and (len(rest.split()) > _REST_WORDS or _SMALL_WORD.search(rest)):
        return None  # "By Christmas Day, most shops will open every Sunday since ...": a lede
    return m


#: The time after a byline's date: "à 18h12", ", 14:05 Uhr", "at 5:32 p.m. ET".
_TIME_OF_DAY = regex.compile(
    r"^\s*,?\s*(?:(?:à|um|at|a las|às|alle|om|kl\.?)\s+)?\d{1,2}(?:[:.h]\d{2})\s*"
    r"(?:uhr|h|[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?",
    regex.IGNORECASE,
)
#: What follows a date's label: a preposition, a colon ("updated on", "Publié le", "am:").
_LABEL_TAIL = r"(?:\s+(?:on|le|am|el|em|il|at))?\s*:?\s*"
#: The separator before a label that follows a date: "| mis à jour le", ", updated".
_LEAD = r"\s*[|·•–—,-]?\s*"
#: An update's label before its date: "updated on", "mis à jour le", "aktualisiert am".
_UPDATE_LABEL = (
    r"(?:last\s+)?(?:updated|mis à jour|aktualisiert|actualizado|atualizado|aggiornato)"
    + _LABEL_TAIL
)
#: An update's label after a byline's date: "| mis à jour le", ", updated".
_UPDATE_LEAD = regex.compile(_LEAD + _UPDATE_LABEL, regex.IGNORECASE)
#: A publishing label after a byline's date when the update came first: "Par X - Mis à jour
#: le 05/09/2024 à 09h12 - Publié le 04/09/2024".
_PUBLISHED_LEAD = regex.compile(
    rf"{_LEAD}(?:published|publié|veröffentlicht|publicado|pubblicato){_LABEL_TAIL}",
    regex.IGNORECASE,
)
#: An update's label right before a line's first date: that date is the update's, and the
#: publication's comes after it ("Mis à jour le 05/09/2024 - Publié le 04/09/2024").
_UPDATE_LEAD_END = regex.compile(rf"\b{_UPDATE_LABEL}$", regex.IGNORECASE)
#: A publishing label right before a date ("Publié le", "Published:"); not "Gültig bis",
#: "Next review:" or a deadline.
_PUBLISHED_END = regex.compile(
    r"\b(?:published|publié|veröffentlicht|erschienen|publicado|pubblicato|publicat)"
    + _LABEL_TAIL
    + "$",
    regex.IGNORECASE,
)


#: What may stand between a dated byline's names and its date: an outlet of a few words
#: ("By Jane Doe, Reuters - March 3, 2024"), not a sentence's words in small letters.
_REST_WORDS = 4
_SMALL_WORD = regex.compile(r"\b\p{Ll}{3,}")


def dated_byline(line: Line) -> bool:
    """Whether a line is a byline with its date after the names (and its time, an update, a
    reading time): such a line may be longer than other bylines."""
    return _byline_before_date(line.plain) is not None


#: A dash or bar between a byline's names and its date ("Par Claire Monnot - 04 sept.").
_DATE_SEPARATOR = regex.compile(r"\s+[|·•–—-]$")


def _split_names(text: str) -> list[str] | None:
    names = [n.strip(" .") for n in _SPLIT_NAMES.split(text) if n.strip(" .")]
    return names or None


def name_byline(line: Line) -> str | None:
    """The author of a byline without "By" ("Dr. Priya Raman, University of Bristol"):
    a name with an academic title, or a name and a role or affiliation."""
    if line.words > 12 or line.link_chars:
        return None
    m = NAME_BYLINE.match(line.plain.strip())
    if not m:
        return None
    aff = m.group("aff")
    if not m.group("hon") and not (aff and _AFFILIATION_WORD.search(aff)):
        return None
    if m.group("name").split()[0].casefold() == "by":
        return None  # "By Train – the nearest station to the University": no name
    if aff and len(aff.split()) > 7:
        return None
    return ((m.group("hon") or "") + m.group("name")).strip()


#: How many words a bare name byline ("Maria Santos") holds.
_BARE_NAME_WORDS = (2, 4)


def bare_name(line: Line) -> str | None:
    """A line that is a person's name and nothing else ("Maria Santos", "Jean de La Tour"):
    two to four capitalised words, none of them a function word ("The Week", "Notes From
    Home" are not names), the first no weekday ("Friday Close"). Alone it may be a
    subheading; beside a dateline it is a byline."""
    low, high = _BARE_NAME_WORDS
    if not low <= line.words <= high or line.link_chars or line.kind is not LineKind.TEXT:
        return None
    m = NAME_BYLINE.match(line.plain.strip())
    if not m or m.group("hon") or m.group("aff"):
        return None
    name = m.group("name")
    capitalised = [w for w in name.split() if w[:1].isupper()]
    if len(capitalised) < low or any(w.casefold() in stopwords() for w in capitalised):
        return None
    if capitalised[0].casefold() in _WEEKDAYS - _WEEKDAY_NAMES:
        return None  # "Friday Close": a heading, not a person
    if _is_role(name) or _ENDS_IN_JOB.search(name):
        return None  # "Senior Reporter", "Local Journalism Reporter": a role, not a person
    return name


def trailing_authors(text: str) -> list[str] | None:
    """Names after a byline word at the end of a dateline ("... 2024 by Theo Marsh")."""
    m = search(_TRAILING_BY, text)
    return _split_names(m.group("names")) if m else None


#: The marker of a numbered list item that is a date's day: "24." of "24. März 2004", which
#: the line parser reads as item 24 of a list with the text "März 2004".
_DAY_MARKER = regex.compile(r"^(?:[1-9]|[12]\d|3[01])\.$")
_MONTH_FIRST = regex.compile(rf"^(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", regex.I)


def date_text(line: Line) -> str:
    """The line's plain text with a day number the parser took for a list marker put back:
    "24. März 2004, 19:49 | Genesis" is a dateline, not item 24 of a list."""
    if line.kind is LineKind.LIST_ITEM and _MONTH_FIRST.match(line.plain):
        marker = line.markdown.split(" ", 1)[0]
        if _DAY_MARKER.match(marker):
            return f"{marker} {line.plain}"
    return line.plain


@lru_cache(maxsize=_MEMO)
def dateline(line: Line) -> tuple[str, str | None] | None:
    """(ISO date, publisher or None) when the line is a short dateline, else None."""
    plain = date_text(line)
    if line.words > UPDATED_DATELINE_MAX_WORDS or not _FOUR_DIGITS.search(plain):
        return None  # every date shape find_date reads has a four-digit year
    found = find_date(plain)
    if not found:
        return None
    iso, m = found
    before = plain[: m.start()].strip(" ,|–—-:·")
    if _EVENT_LABEL.search(plain[: m.start()]):
        return None  # "Last Date: 14-Mar-2025" is a deadline's, not the piece's
    after = plain[m.end() :]
    update = find_date(after)  # "Publié le 01/12/2026, mis à jour le 02/12/2026"
    if update and _date_range(before, after, update[1]):
        return None  # "March 2, 1938 – February 20, 2024": a lifespan or an event's days
    if line.words > DATELINE_MAX_WORDS and not update:
        return None
    if update:
        if _UPDATE_LEAD_END.search(plain[: m.start()]) and _PUBLISHED_END.search(
            after[: update[1].start()]
        ):
            iso = update[0]  # "Mis à jour le 05/09 - Publié le 04/09": the second is the piece's
        after = after[: update[1].start()] + " " + after[update[1].end() :]
    leftover = _DATE_WORDS.sub(" ", _DATELINE_EXTRAS.sub(" ", plain[: m.start()] + " " + after))
    if len(leftover.split()) > 5 or _dated_sentence(plain, leftover):
        return None
    publisher = None
    name = _DATE_LABEL.sub("", before).strip(" ,|–—-:·")
    if (
        name
        and not _value_label(plain[: m.start()])
        and name[0].isupper()
        and len(name.split()) <= 5
        and not byline_names(line)
        and not _BYLINE_WORD.match(name)
        and _PUBLICATION_NAME.match(name)
        and not any(word.casefold().strip(".,") in _WEEKDAYS for word in name.split())
    ):
        if not any(c.isdigit() for c in name) or _AGENCY_NAME.match(name):
            publisher = " ".join(name.split())
    return iso, publisher


#: What joins the two dates of a range, and nothing else: a dash, "to", "bis", "au", "al", "a".
_RANGE_JOIN = regex.compile(r"^\s*(?:[-–—]|to|bis|au|al|a)\s*$", regex.IGNORECASE)
_PUNCTUATION_ONLY = regex.compile(r"^[\W_]*$")


def _date_range(before: str, after: str, second: regex.Match[str]) -> bool:
    """Whether a line is two dates and what joins them, nothing before or after them."""
    return (
        not before
        and bool(_RANGE_JOIN.match(after[: second.start()]))
        and bool(_PUNCTUATION_ONLY.match(after[second.end() :]))
    )


#: A publication's name before a dateline's date: a news agency ("Reuters, March 3, 2021"),
#: or two to five words each with a capital, not all in capitals ("Global Research, November
#: 09, 2017"). A single word is a section or a label ("News", "Cultura", "Persbericht",
#: "Verkündet"), capitals a dateline's city ("MAPUTO"), a bar or a slash a label's parts.
_PUBLICATION_NAME = regex.compile(
    rf"^(?:(?i:{words('news_agency')})"
    r"|(?!\p{Lu}[\p{Lu}\s.&-]*$)\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|the|and|&|\p{Lu}[\p{L}.&'’-]*)){1,4})$"
)


#: The label of a date that is an event's or a deadline's, not the piece's, right before
#: the date, alone or after a separator: "Last Date: 14-Mar-2025", "Closing date 3 March
#: 2025", "Apply by", "Valid until", "Einsendeschluss:", "Fecha límite:". A publication's name
#: before a separator is none ("Deadline | March 3, 2025", "Bill Frist | ...").
_EVENT_LABEL = regex.compile(
    r"(?:^|[|·,]\s*)[\W_]*(?:last date|closing date|deadline|apply by|apply before|expires?|"
    r"expiry date|valid (?:until|till|through)|due (?:date|by)|event date|exam date|start date|"
    r"end date|einsendeschluss|anmeldeschluss|bewerbungsschluss|anmeldefrist|bewerbungsfrist|"
    r"abgabefrist|fecha límite|date limite|data di scadenza|scadenza|prazo final)\s*:?\s*$",
    regex.IGNORECASE,
)
#: A sentence's end, and a lower-case word of three letters or more: a short lede that
#: holds a date ("Vaalit pidetään 4. joulukuuta 2026.", "Seçim 14 Mayıs 2026'da yapılacak.")
#: is no dateline. Weekdays are a dateline's words ("Publié le mardi 3 mars 2020.").
_SENTENCE_STOP = regex.compile(r"[.!?][)\"”»’]*\s*$")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}[\p{L}'’-]{2,}")
_WEEKDAYS = frozenset(
    word
    for days in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lunes martes miércoles jueves viernes sábado domingo",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "segunda terça quarta quinta sexta feira",
    )
    for word in days.split()
)
#: Weekdays that are also first names ("Domingo Cavallo").
_WEEKDAY_NAMES = frozenset({"domingo", "domenica"})


#: A sentence's comma or stop in Chinese and Japanese: "2019年9月26日，国务院…" is a lede.
_CJK_CLAUSE = regex.compile(r"[，。、！？；]|[,.]\s*[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: Chinese and Japanese characters beside a date a dateline holds at most ("来源：证券时报").
_CJK_DATELINE_CHARS = 12
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _dated_sentence(plain: str, leftover: str) -> bool:
    """Whether a line with a date is a sentence: it ends like one and, besides the date
    and its labels, holds a lower-case word that is no weekday; or, in Chinese or
    Japanese, it goes on in a clause or holds more than a label and a name."""
    if _CJK_CLAUSE.search(plain) or len(_CJK_CHAR.findall(leftover)) > _CJK_DATELINE_CHARS:
        return True
    if not _SENTENCE_STOP.search(plain):
        return False
    return any(w.lower() not in _WEEKDAYS for w in _LOWER_WORD.findall(leftover))


#: A publishing label opening a line: "Published 6:02 a.m. ET March 5, 2024", "Updated".
_PUBLISHED_FIRST = regex.compile(rf"^[\W_]*(?:{_PUBLISH_LABELS})\b", regex.IGNORECASE)


def published_first(line: Line) -> bool:
    """Whether the line opens with a publishing label ("Published 6:02 a.m. ET March 5")."""
    return _PUBLISHED_FIRST.match(line.plain) is not None


def labelled_date(line: Line) -> bool:
    """A date under its label in a block of labelled values: "Datum 28.01.2022", "Stand:
    28.01.2022" (the label is no publisher, and the lines beside it are values too). A
    publishing label ("Published: March 3, 2026") is none."""
    plain = date_text(line)
    found = find_date(plain)
    return found is not None and _value_label(plain[: found[1].start()])


def _value_label(before: str) -> bool:
    """Whether the text before a date is the label of a labelled value (:func:`labelled_date`)."""
    return _VALUE_LABEL.fullmatch(_DATE_LABEL.sub("", before.strip(" ,|–—-·"))) is not None


#: A dateline alone below the head zone: the date and at most this many other words.
_DATE_ONLY_WORDS = 2


#: A date in digits with a two-digit year, alone on its line but for a time: "3-6-16",
#: "4-13-16", "03/12/19 10:42 AM", "12.03.19" (the four-digit shapes are find_date's).
_SHORT_NUMERIC = regex.compile(
    r"^[\W_]*(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?[\W_]*$",
    regex.IGNORECASE,
)
#: Two-digit years below this are of this century ("16" is 2016), the others of the last.
_CENTURY_TURN = 70
_MONTHS_IN_YEAR = 12


def short_numeric_date(line: Line) -> str | None:
    """For a line that is only a date in digits with a two-digit year: its ISO date, or ""
    when day and month could be either ("3-6-16"); None for any other line. "4-13-16" is
    2016-04-13 (13 is no month), "13.4.16" 2016-04-13."""
    m = _SHORT_NUMERIC.match(line.plain) if line.words <= 4 else None
    if not m:
        return None
    a, b, yy = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    year = 2000 + yy if yy < _CENTURY_TURN else 1900 + yy
    if a > _MONTHS_IN_YEAR >= b:
        day, month = a, b
    elif b > _MONTHS_IN_YEAR >= a:
        month, day = a, b
    else:
        return "" if a and b and a <= _MONTHS_IN_YEAR and b <= _MONTHS_IN_YEAR else None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


#: A theme's date badge with its parts run together: "Mai062018", "Dec 06 2018", "06Mai2018".
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_GLUED = regex.compile(
    rf"^[\W_]*(?:(?P<m>{_MONTH_NAMES})\.?\s?(?P<d>\d{{2}})|(?P<d>\d{{2}})\s?(?P<m>{_MONTH_NAMES})\.?)"
    r"\s?(?P<y>(?:19|20)\d\d)[\W_]*$",
    regex.IGNORECASE,
)


#: A publishing label whose date the markup took away: "Updated", "Published:", "Mis à jour".
_BARE_DATE_LABEL = regex.compile(
    rf"^[\W_]*(?:{_PUBLISH_LABELS})(?:\s+(?:on|am|le|el|il|em))?\s*:?[\W_]*$", regex.IGNORECASE
)


def bare_date_label(line: Line) -> bool:
    """Whether the line is a publishing label alone, its date lost ("Updated", "Publié le")."""
    return line.words <= 3 and _BARE_DATE_LABEL.match(line.plain) is not None


def glued_date(line: Line) -> str | None:
    """The ISO date of a line that is only a date badge run together ("Mai062018"), or None."""
    m = _GLUED.match(line.plain) if line.words <= 3 else None
    month = MONTHS.get(m.group("m").lower()) if m else None
    if m is None or month is None:
        return None
    try:
        return date(int(m.group("y")), month, int(m.group("d"))).isoformat()
    except ValueError:
        return None


def date_only(line: Line) -> str | None:
    """The ISO date of a line that is a date and little else ("May 31, 2015",
    "[January 24, 2018 - ZurichTimes.net]", "Published 6:02 a.m. ET March 5, 2024 | Updated
    9:41 a.m. ET March 5, 2024", "Published Mar 04, 2024 • Last updated 2 hours ago • 3 minute
    read"), or None; "" for a date in digits whose day and month could be either ("3-6-16",
    :func:`short_numeric_date`)."""
    if line.link_chars:
        return None
    found = dateline(line)
    if found is None:
        if line.words > 8:
            return None
        glued = glued_date(line)
        return glued if glued is not None else short_numeric_date(line)
    rest = date_text(line)
    for _ in range(2):  # the date, and an update's date after it
        m = find_date(rest)
        if m is not None:
            rest = rest[: m[1].start()] + " " + rest[m[1].end() :]
    rest = _DATE_WORDS.sub(" ", _DATELINE_EXTRAS.sub(" ", rest))
    words = [w for w in rest.split() if _WORD.search(w)]
    return found[0] if len(words) <= _DATE_ONLY_WORDS else None


def byline_facts(
    config: Config, line: Line, names: list[str], parts: Parts | None
) -> tuple[Fact, ...]:
    """Authors, publisher, source and date of a byline (H002, H007): a news agency among
    the names ("By Jane Doe, Reuters") is the publisher and the source; a publication after
    the names ("By X / American Thinker") the source; a site before the byline word the
    publisher."""
    names = [
        part
        for k, name in enumerate(names)
        for part in _split_agency(config, name)
        if not _NEWSROOM.search(part) and not (k and _ROLE_TAIL.match(part))
    ]
    agencies = [n for n in names if _is_agency(config, n)]
    facts: tuple[Fact, ...] = tuple(Fact("author", n) for n in names if n not in agencies)
    facts += tuple(Fact("publisher", n) for n in agencies)
    facts += tuple(Fact("source", n) for n in agencies)
    if parts and parts[1]:
        facts += (Fact("source", parts[1]),)
    if parts and parts[2]:
        facts += (Fact("publisher", parts[2]),)
    rest = dateline(line)
    found = (rest[0], None) if rest else find_date(line.plain)
    if found:
        facts += (Fact("date", found[0]),)
    return facts


#: A newsroom or an office in a byline's names, not a person: "Redazione", "Por Redação",
#: "Von Redaktion Radio Osthessen", "Door Omrop Noord Redactie", "von Gemeindebüro", "by
#: Parish Office". The line is still a byline; it gives no author.
_NEWSROOM = regex.compile(
    r"\b(?:redazione|redação|redacao|redaktion|redactie|redacción|rédaction|redaksjonen|"
    r"newsroom|news desk|staff)\b|(?:büro|office)$",
    regex.IGNORECASE,
)
#: A role after a name, the desk's word before it: "By Priya Nair, News Editor", "Kerry Blake,
#: Showbiz Reporter" give one author each (never the first name: "By Jane Writer").
_ROLE_TAIL = regex.compile(
    r"^(?:[\p{L}-]+\s+){0,2}(?:editor|reporter|writer|correspondent|columnist|journalist|"
    r"contributor|redakteur|redakteurin|rédacteur|rédactrice|redactor|redactora|correspondant|"
    r"correspondante|corresponsal|kolumnist|kolumnistin)s?$",
    regex.IGNORECASE,
)


def credit_names(config: Config, names: str) -> list[str]:
    """The people a credit line names ("CNN’s Christine Romans and Emily Jane Fox contributed
    to this report"): each name alone, without an outlet's possessive before it, news
    agencies and newsrooms left out ("The Associated Press")."""
    found = []
    for listed in _split_names(names) or ():
        person = _article_led(_OUTLET_POSSESSIVE.sub("", listed))
        if person and not _is_agency(config, person) and not _NEWSROOM.search(person):
            found.append(person)
    return found


_OUTLET_POSSESSIVE = regex.compile(r"^\S+['’]s\s+(?=\p{Lu})")


def _is_agency(config: Config, name: str) -> bool:
    """Whether a listed name is a whole news-agency name ("Reuters", "dpa")."""
    agency = family_pattern(config, "news_agency")
    m = search(agency, name)
    return m is not None and m.span() == (0, len(name))


def _split_agency(config: Config, name: str) -> tuple[str, ...]:
    """A listed name with a news agency glued to its end, as two: "JOHN ROE Associated
    Press" gives "JOHN ROE" and "Associated Press"; other names stay whole."""
    if _is_agency(config, name):
        return (name,)
    words = name.split()
    for k in range(1, len(words)):
        agency = " ".join(words[k:])
        if _is_agency(config, agency):
            return " ".join(words[:k]), agency
    return (name,)


def agency_byline(config: Config, line: Line) -> list[str] | None:
    """[author, agency] of a byline without "By" whose name a news agency follows: "Jane Doe
    | Reuters | Published: March 3, 2021", "Jane Doe, AFP"; else None."""
    if line.words > BYLINE_MAX_WORDS or line.link_chars:
        return None
    m = NAME_BYLINE.match(line.plain.strip())
    if not m or not m.group("aff"):
        return None
    agency = _PARTS.split(m.group("aff"), maxsplit=1)[0].strip(" .,:;")
    return [m.group("name"), agency] if _is_agency(config, agency) else None
