"""The mojibake screen: which lines ftfy's encoding repair could change, decided cheaply.

ftfy repairs a line's encoding only when its badness heuristic (``ftfy.badness.is_bad``, one
regular expression of about forty alternatives) finds an unlikely sequence of characters.
That expression costs as much as the rest of normalization on clean text, because the
standard library tries every alternative at every position. :func:`screen` finds a
superset of its matches much faster: each alternative is keyed on its rarest character,
the expression starts with the class of all keys (so the regex engine skips to them in C),
and the characters around a key are checked by look-behinds. A line that passes the screen
then goes to ``is_bad`` itself, so the answer is exactly ftfy's.

A property test checks that every string ``is_bad`` flags also passes the screen.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# The classes of ftfy.badness.MOJIBAKE_CATEGORIES (ftfy 6.3) the screen needs, copied rather
# than imported: ftfy costs ~80 ms to import and most documents never need it. A test checks
# them against ftfy's.
C1 = "\x80-\x9f"
BAD = "¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº"
LAW = "¶§"
CUR = "¢£¥₧€"
START = "¡«¿©΄΅‘‚“„•‹\uf8ff"
END = "®»˝”›™"
NUM = "²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№"
UPPER = "\xc0-\xd1ØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ"
LOWER = "ßà-ñăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ"
LOWER_COMMON = "α-ωάέήίΰа-џ"
BOX = "│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓"
#: ftfy's name for each class above.
CATEGORIES = {
    "c1": C1,
    "bad": BAD,
    "law": LAW,
    "currency": CUR,
    "start_punctuation": START,
    "end_punctuation": END,
    "numeric": NUM,
    "upper_accented": UPPER,
    "lower_accented": LOWER,
    "lower_common": LOWER_COMMON,
    "box": BOX,
}

# Each entry: a key class (a character every match of some of ftfy's alternatives holds)
# and, after it, a pattern for those alternatives around the key: look-behinds for what
# comes before the key (the key included), then what follows it.
_KEYED = (
    (C1, ""),
    (BAD, ""),
    (BOX, ""),
    (UPPER, f"(?<=[{LOWER}{LOWER_COMMON}{BOX}{END}{CUR}{NUM}][{UPPER}])"),
    (UPPER, f"[{NUM}{LAW}{START}{CUR}°]"),
    (BOX + END + CUR + NUM, f"[{LOWER}]"),
    (CUR, f"(?<=[{LOWER}{BOX}{END}{UPPER}][{CUR}])"),
    (NUM, f"(?<=[{LOWER}{UPPER}{BOX}{CUR}{END}][{START}][{NUM}])"),
    (START, f"(?<=[{LOWER}{UPPER}{CUR}{NUM}{BOX}{LAW}][{END}][{START}])"),
    (START, f"(?<=[{CUR}{NUM}{BOX}][{START}])"),
    (START + END, f"(?<=[{LOWER}{UPPER}][{START}{END}])"),
    ("Œœ", ""),
    ("ÂÃÎÐ", f"[€œŠš¢£Ÿž\xa0\xad®©°·»{START}{END}–—´ ¡]"),
    ("×", "[²³]"),
    ("ØÙ", ""),
    ("²µ¹¼½¾", "(?<=à[²µ¹¼½¾])"),
    ("√", ""),
    ("≈", "[°¢]"),
    ("‚", "[Äâó]"),
    ("Ђ", "(?<=[вВ]Ђ)"),
    ("€", "(?<=[βā]€)"),
    (C1 + BAD + START + END + CUR + "°µ", f"(?<=[ВГРС][{C1}{BAD}{START}{END}{CUR}°µ])[ВГРС]"),
    (C1 + BAD + START + END + CUR + "°", f"(?<=[ΒΓΞΟ][{C1}{BAD}{START}{END}{CUR}°])[ΒΓΞΟ]"),
)


def _screen_pattern() -> str:
    keys = "".join(dict.fromkeys(key for key, _ in _KEYED))
    branches = "|".join(f"(?<=[{key}]){rest}" if rest else f"(?<=[{key}])" for key, rest in _KEYED)
    return f"[{keys}](?:{branches})"


@cache
def screen() -> re.Pattern[str]:
    """A superset of ``ftfy.badness.BADNESS_RE``'s matches, fast on text without its keys;
    compiled on first use (a few milliseconds of start-up that ASCII text never needs)."""
    return re.compile(_screen_pattern())


#: ftfy's badness expression has no look-arounds and matches at most 7 characters (checked
#: in tests), and each of its matches holds a character where :func:`screen` matches: so
#: a match lies within 6 characters of a screen match, and only those windows are searched.
_REACH = 6


@lru_cache(maxsize=256)
def looks_bad(line: str) -> bool:
    """ftfy's badness check (exactly), after the cheap screen; remembered, since the gate
    and the fast path both ask it of a line. ftfy is imported on first need.

    ``is_bad`` searches the whole line, slowly (its forty alternatives at every position);
    here it searches only around the screen's matches, a few characters each."""
    pattern = screen()
    found = pattern.search(line)
    if not found:
        return False
    from ftfy.badness import BADNESS_RE

    search = BADNESS_RE.search
    while found:
        start, end = found.span()
        if search(line, max(0, start - _REACH), end + _REACH):
            return True
        found = pattern.search(line, end)
    return False
