"""Menus written on one line and tables written as text: the items between a menu's
separators, and whether a line beside a menu-shaped one is a row of a table."""

from __future__ import annotations

import regex

#: A menu's separators: bars or middle dots ("Corrections and clarifications|Submit a news
#: tip|Report error", "About · Contact · Privacy").
_MENU_SEPARATOR = regex.compile(r"\s*\|\s*|\s+[·•]\s+")


def menu_parts(text: str) -> list[str] | None:
    """The parts of a line between its separators, or None when it has none or two
    kinds."""
    kinds = {m.group().strip() for m in _MENU_SEPARATOR.finditer(text)}
    if len(kinds) != 1:
        return None
    return [item.strip() for item in _MENU_SEPARATOR.split(text.strip())]


def table_row(text: str, cells: int) -> bool:
    """Whether a line beside a menu-shaped one is a row of its table: cells between bars, as
    many as it has, or a number, or the dashes under a header."""
    if "|" not in text:
        return False
    own = len(text.strip().strip("|").split("|"))
    return own == cells or any(char.isdigit() for char in text) or "---" in text
