"""Fast paths of the rule stage give the same answers as the plain code they stand for."""

from __future__ import annotations

from cleaner.rules.promo import _FOLD, fold_key


def test_fold_key_matches_the_pattern_on_every_ascii_character() -> None:
    text = "".join(chr(i) for i in range(128)) + " Visit MY site: Example.org 2024_x!"
    assert fold_key(text) == _FOLD.sub("", text.casefold())
    assert fold_key("Straße ÉTÉ 2020 – ok") == _FOLD.sub("", "Straße ÉTÉ 2020 – ok".casefold())
