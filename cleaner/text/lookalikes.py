"""Fix N007: Cyrillic and Greek look-alikes of Latin letters turned into the Latin letters."""

from __future__ import annotations

import re

import regex

from cleaner.registry import fix

# Cyrillic and Greek letters drawn like Latin ones, and their Latin twins.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
    "aeopcyxijsdhqwlABEKMHOPCTXYIJSABEZHIKMNOPTYXo",
)
_LOOKALIKE_CHARS = frozenset(map(chr, _LOOKALIKES))
# A word with a Latin letter next to a Cyrillic or Greek one ("Аdvеrtіѕе").
_MIXED_WORD = regex.compile(r"\p{Latin}[\p{Cyrillic}\p{Greek}]|[\p{Cyrillic}\p{Greek}]\p{Latin}")
_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u04ff\u0500-\u052f]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


@fix(
    "N007",
    "lookalike-letters",
    examples=[("Yоur соntеnt іѕ dеlіvеrеd", "Your content is delivered")],
    counterexamples=[
        "Москва и Berlin",
        "Ελλάδα",
        "Café",
        "SENSЕ - Oleg Tsedryk",
        "ВІКІ is Ukrainian for WIKI",
    ],
)
def fold_lookalikes(text: str) -> tuple[str, int]:
    """Turn Cyrillic and Greek look-alikes of Latin letters into the Latin letters, in words
    that mix the scripts and in lowercase words of look-alikes beside them, on lines with no
    Cyrillic or Greek letter that lacks a Latin twin.

    Why: promos and spam swap in look-alikes ("Аdvеrtіѕе", "wondеrful", "іѕ") so filters
    miss them. Lines of real Russian or Greek text are left alone, and so are words in
    capitals wholly in Cyrillic or Greek ("ВІКІ"). One look-alike alone in a word of capitals
    ("SENSЕ", a name styled with a Ukrainian "Е") is left as written, as ftfy does.
    """
    if text.isascii() or not _CYRILLIC_OR_GREEK.search(text):
        return text, 0
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if line.isascii() or not _MIXED_WORD.search(line):
            continue
        folded = _fold_line(line)
        if folded is not None:
            lines[i] = folded
            changed += 1
    return ("\n".join(lines), changed) if changed else (text, 0)


def _fold_line(line: str) -> str | None:
    """The line with its look-alikes folded, or None when it is to be left alone."""
    if set(_CYRILLIC_OR_GREEK.findall(line)) - _LOOKALIKE_CHARS:
        return None
    words = list(_WORD.finditer(line))
    mixed = [m[0] for m in words if _MIXED_WORD.search(m[0])]
    foreign = "".join(c for word in mixed for c in _CYRILLIC_OR_GREEK.findall(word))
    if len(foreign) < 2 and all(word.isupper() for word in mixed):
        return None  # "SENSЕ": one look-alike in capitals may be a name's styling
    parts: list[str] = []
    end = 0
    for m in words:
        word = m[0]
        if word.islower() or _MIXED_WORD.search(word):
            parts += [line[end : m.start()], word.translate(_LOOKALIKES)]
            end = m.end()
    parts.append(line[end:])
    return "".join(parts)
