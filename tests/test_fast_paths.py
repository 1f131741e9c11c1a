"""Fast paths of the rule stage give the same answers as the plain code they stand for."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
import regex

from cleaner import rules
from cleaner.rules import literals, phrases
from cleaner.rules.blocks import _WORD, folded_words
from cleaner.rules.prefilter import FLAGS, LOOKALIKES, LiteralIndex, caseless
from cleaner.rules.promo import _FOLD, fold_key

ALL_ASCII = "".join(chr(i) for i in range(128))


def test_fold_key_matches_the_pattern_on_every_ascii_character() -> None:
    for text in (ALL_ASCII + " Visit MY site: Example.org 2024_x!", "Straße ÉTÉ 2020 – ok"):
        assert fold_key(text) == _FOLD.sub("", text.casefold())


def test_block_words_match_the_pattern_on_every_ascii_character() -> None:
    for text in (ALL_ASCII + " Don't stop_me now, 2 a.m. x\x1fy", "Grüße aus Köln, 2020!"):
        assert folded_words(text) == _WORD.findall(text.casefold())


NON_ASCII = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)


def test_lookalikes_are_every_non_ascii_character_matching_an_ascii_one() -> None:
    found = set(regex.findall(r"[\x00-\x7f]", NON_ASCII, FLAGS))
    assert found == set(LOOKALIKES)


@pytest.mark.slow
def test_caseless_characters_match_only_themselves() -> None:
    chars = [c for c in ALL_ASCII + NON_ASCII if caseless(c)]
    assert "©" in chars
    assert "a" not in chars
    assert "Ⓐ" not in chars
    # Under the flags, a class of them matches exactly them, each once, in all of Unicode.
    pattern = regex.compile("[" + "".join(map(regex.escape, chars)) + "]", FLAGS)
    assert pattern.findall(ALL_ASCII + NON_ASCII) == chars


def test_expanded_literals_read_small_alternatives() -> None:
    found = literals.required_literals([r"\bby (?:using|visiting) (?:this|our) site"], True)
    assert found == {
        "by using this site",
        "by using our site",
        "by visiting this site",
        "by visiting our site",
    }
    assert literals.required_literals([r"\bby (?:using|visiting) (?:this|our) site"]) == {" site"}


def _family_texts() -> list[str]:
    texts = [
        "\u212aEYWORDS: x",
        "Cookie\u017f are used",
        "BY USING THIS SITE YOU AGREE TO OUR COOKIES",
        "© 2020 Example",
        "TOUS DROITS RÉSERVÉS",
        "Disclaimer: yes",
        "D\u0130SCLA\u0130MER: yes",
    ]
    for rule in rules.detectors().values():
        for doc in (*(e.text for e in rule.examples), *rule.counterexamples):
            texts += doc.splitlines()
    return texts


def _families() -> list[str]:
    names = [p.name[:-4] for p in files("cleaner").joinpath("data", "phrases").iterdir()]
    return sorted(n for n in names if n != "README")


def test_prefilters_pass_every_line_their_family_matches() -> None:
    texts = _family_texts()
    for name in _families():
        pattern = phrases.compiled(name)
        prefilter = phrases.prefilter(pattern)
        if prefilter is None:
            continue
        for text in texts:
            if pattern.search(text):
                assert prefilter.admits(text), (name, text)


def test_literal_index_admits_what_the_prefilters_admit() -> None:
    texts = [*_family_texts(), "Copyright © 2020", "x ©", "ΣΙΣ ﬅ İ", "", "a\u212akey"]
    found = [phrases.family_prefilter(name) for name in _families()]
    prefilters = [p for p in found if p is not None]
    index = LiteralIndex(prefilters)
    # Literals without an ASCII run, in other cases and inside text.
    other = [x for tier in index.tiers for x in (*tier.other, *tier.caseless)]
    assert other
    texts += [f"a {x.title()} b" for x in other] + [f"«{x}»" for x in other]
    texts += [text.upper() for text in texts] + [text.swapcase() for text in texts]
    admitted = index.scan(texts)
    for prefilter in prefilters:
        lines = admitted[prefilter]
        if lines is None:
            continue
        for i, text in enumerate(texts):
            if prefilter.admits(text):
                assert i in lines, text


def test_rules_skip_no_line_their_family_matches() -> None:
    from cleaner import Cleaner
    from cleaner.registry import Phase
    from cleaner.rules.base import admitted_lines
    from cleaner.text.segment import Document

    doc = Document.parse("\n".join(_family_texts()))
    for rule in Cleaner().phases[Phase.FIRST]:
        gate = getattr(rule, "gate", lambda: None)()
        if gate is None:
            continue
        lines = admitted_lines(doc, gate)
        for i, line in enumerate(doc.lines):
            if gate.search(line.plain):
                assert lines is None or i in lines, (rule.code, line.plain)


def test_repeat_key_is_line_key() -> None:
    import random

    from cleaner.profile import line_key
    from cleaner.rules.repetition import repeat_key

    rng = random.Random(7)
    pieces = [*ALL_ASCII, " ", "\x1c", "\x1f", ".", "a", "1", "B", "-", "é", "Ⅻ", "２"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert repeat_key(text) == line_key(text), repr(text)


def test_no_wide_script_character_outside_the_word_count_gate() -> None:
    """word_count skips the wide-script scan for text with no character the gate finds:
    exact only if every wide-script character is one it finds (checked on every code
    point the gate leaves out, and on the first ones it lets in)."""
    from cleaner.text.segment import _MAYBE_WIDE, _WIDE_SCRIPT

    left_out = "".join(
        chr(c) for c in range(0x2E80) if not 0xD800 <= c <= 0xDFFF and not _MAYBE_WIDE.match(chr(c))
    )
    assert len(left_out) > 0x2E80 - 400
    assert _WIDE_SCRIPT.search(left_out) is None
    for char in "\u0e01\u1100\u2e80\u3041\uac00\U00020000\u2018\u201c\u2014\u20ac":
        assert bool(_MAYBE_WIDE.search(char)) == (char not in "\u2018\u201c\u2014\u20ac")
    assert _WIDE_SCRIPT.search("\u0e01\u1100\u2e80") is not None  # Thai, Hangul, Han


def test_line_words_is_the_word_count_of_the_plain_text() -> None:
    from cleaner.text.markup import LineParser
    from cleaner.text.segment import line_words, word_count

    for raw in [
        "Two words",
        "Grüße aus Köln",
        "東京で会議 が 開かれた",
        "ภาษาไทย ok",
        "- [x](y) z",
    ]:
        line = LineParser().parse(1, raw)
        assert (
            line_words(line)
            == word_count(line.plain)
            == word_count(raw if "[" not in raw else "x z")
        )


def test_literal_automaton_finds_what_in_tests_find() -> None:
    texts = [t.lower() for t in _family_texts()]
    for name in _families():
        prefilter = phrases.family_prefilter(name)
        if prefilter is None:
            continue
        for tier in prefilter.tiers:
            for text in texts:
                expected = any(literal in text for literal in tier.ascii)
                assert tier.holds_ascii(text) is expected, (name, text)


def test_the_shipped_literal_analysis_is_current(update_goldens: bool) -> None:
    """data/literal_analysis.json holds each family's analysis as computed now
    (``--update-goldens`` rewrites it: the diff shows which families' literals changed)."""
    import json
    from pathlib import Path

    current = {}
    for name in _families():
        patterns = [p.pattern for p in phrases.family(name)]
        current[name] = {
            "digest": phrases.patterns_digest(patterns),
            "analysis": phrases.literal_analysis(patterns),
            "phrases": [phrases.phrase_analysis(p) for p in patterns],
        }
    path = Path(str(files("cleaner").joinpath("data", phrases.ANALYSIS_FILE)))
    text = json.dumps(current, indent=1, ensure_ascii=False) + "\n"
    if update_goldens:
        path.write_text(text, "utf-8")
    assert path.read_text("utf-8") == text


def test_a_stale_or_extended_analysis_is_computed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = {"copyright": {"digest": "0" * 64, "analysis": [["zzz"], None, False]}}
    monkeypatch.setattr(phrases, "_shipped_analysis", lambda: stale)
    patterns = [p.pattern for p in phrases.family("copyright")]
    assert phrases._analysis("copyright", patterns) == phrases.literal_analysis(patterns)
    shipped = phrases._analysis("copyright", patterns)
    with_extra = phrases._analysis("copyright", [*patterns, r"^qqqxyz$"])
    assert with_extra is not None and shipped is not None
    assert "qqqxyz" in with_extra[0] and "qqqxyz" not in shipped[0]


def test_every_family_has_an_indexable_prefilter() -> None:
    """A phrase whose only literal is one ASCII character ("/") keeps its whole family out
    of the literal index, and the family's rule then tries every line (L006 once cost 40 %
    more CPU so): give each phrase a literal of two characters at least."""
    for name in _families():
        prefilter = phrases.family_prefilter(name)
        assert prefilter is not None, name
        assert all(tier.indexable for tier in prefilter.tiers), name


#: Families whose every phrase is anchored at the line's start. One unanchored phrase makes
#: the family's whole pattern try every position of every line it is run on ("blogthis!"
#: once cost A005 0.6 s on 600 bench documents): anchor new phrases with ``^.{0,N}``.
ANCHORED_FAMILIES = {
    "advertisement", "author_bio", "book_promo", "closing_bio", "comment_form",
    "comment_heading", "comment_marker", "contact", "end_of_article", "figure_caption",
    "image_credit", "media_contact", "own_bio", "read_also", "related_heading",
    "related_label", "script_error", "site_chrome", "source_attribution",
}  # fmt: skip


def test_anchored_families_stay_anchored() -> None:
    for name in sorted(ANCHORED_FAMILIES):
        patterns = [p.pattern for p in phrases.family(name)]
        assert literals.all_anchored(patterns), name


_COMPILED_PHRASES = """
from cleaner import Cleaner
from cleaner.rules import phrases

def compiled():
    gates = [f._gate for f in phrases._PREFILTERS if f._gate is not None]
    return sum(m is not None for g in gates for m in g.matchers)

cleaner = Cleaner()
print(compiled())
cleaner.clean("The council met on Tuesday and voted to fix the old bridge.\\n")
print(compiled())
cleaner.clean("Copyright 2024 Example Media Ltd. All rights reserved.\\n")
print(compiled(), len(phrases.family("copyright")))
"""


def test_phrases_compile_only_when_a_line_holds_their_literals() -> None:
    # In a fresh process: phrases are compiled once per process.
    run = subprocess.run(
        [sys.executable, "-c", _COMPILED_PHRASES], capture_output=True, text=True, check=True
    )
    built, plain, copyright_line, copyright_phrases = map(int, run.stdout.split())
    assert (built, plain) == (0, 0)  # no line of that text holds one of their literals
    assert 1 <= copyright_line < copyright_phrases


def test_a_family_finds_what_its_whole_alternation_finds() -> None:
    family = phrases.compiled("copyright")
    found = phrases.search(family, "Copyright © 2024 Example Media")
    assert found is not None
    assert found.span() == regex.search(family.pattern, found.string, FLAGS).span()


def _fixture_lines() -> list[str]:
    root = Path(__file__).parent.parent / "fixtures" / "golden"
    lines = {line for path in sorted(root.glob("*.txt")) for line in path.read_text().splitlines()}
    return sorted(line for line in lines if line.strip())


@pytest.mark.slow
@pytest.mark.parametrize("name", _families())
def test_a_family_matches_what_its_alternation_matches(name: str) -> None:
    # The phrase gate finds, on every line, the match the family's one alternation finds:
    # the same span, the same named groups (None where the matching phrase has none).
    family = phrases.compiled(name)
    whole = regex.compile(family.pattern, FLAGS)
    for text in [*_family_texts(), *_fixture_lines(), "\u212a" + name, "İ " + name]:
        expected, found = whole.search(text), family.search(text)
        assert (found is None) == (expected is None), (name, text)
        if found is not None and expected is not None:
            assert found.span() == expected.span(), (name, text)
            assert found.groupdict() == expected.groupdict(), (name, text)


def test_user_phrases_join_the_phrase_gate() -> None:
    family = phrases.compiled("copyright", ("(?P<owner>acme) inc",))
    found = family.search("Made by ACME Inc")
    assert found is not None
    assert found.group("owner") == "ACME"


def test_a_renumbered_line_is_the_line_replaced_at_its_new_number() -> None:
    from dataclasses import fields, replace

    from cleaner.model import Line
    from cleaner.text.markup import LineParser

    line = LineParser().parse(3, "* [Home](/home) &amp; **more** <b>x</b> a@b.org")
    assert len([f for f in fields(Line) if f.init]) == 12  # renumbered copies each of them
    assert line.renumbered(9) == replace(line, number=9)
    assert line.renumbered(9).words == line.words == replace(line, number=9).words


def test_the_url_hint_on_lower_cased_ascii_is_the_case_blind_pattern() -> None:
    from cleaner.report.extract import _URL_HINT, _has_url_hint
    from cleaner.rules.urls import URL_HINT

    assert URL_HINT.lower() == URL_HINT
    for text in (
        "See WWW.Example.ORG now.",
        "HTTPS://x",
        "a.CoM",
        "no hint. here",
        "a. com",
        "x.Ninfo",
        ALL_ASCII,
        "Straße.DE",
        "\u212aelvin.CO",
    ):
        assert _has_url_hint(text) == bool(_URL_HINT.search(text)), text


def test_a_family_remembers_short_texts_and_answers_the_same() -> None:
    family = phrases.Family([r"^share this\b", r"follow us"])
    texts = ["Share this article", "Please follow us on X", "nothing here", "x" * 200]
    first = [family.search(t) for t in texts]
    again = [family.search(t) for t in texts]
    assert [m and m.span() for m in first] == [m and m.span() for m in again]
    assert [m and m.group(0) for m in again] == ["Share this", "follow us", None, None]
    assert set(family._seen) == set(texts[:3])  # a long text is not kept


def test_fold_key_keeps_every_ascii_letter() -> None:
    from cleaner.rules.promo import _short_enough

    for text in ("Straße ÉTÉ 2020 – ok", "“Quoted” — naïve Kelvin \u212a", "ǅ ß ﬁ x_1", "abc"):
        assert _short_enough(text, len(fold_key(text)))
        if not text.isascii():
            assert not _short_enough(text + " more words", len(fold_key(text)))


def test_a_judged_tail_line_is_judged_alike_again() -> None:
    from cleaner.rules import tail_lines
    from cleaner.text.segment import Document

    doc = Document.parse("\n".join(_family_texts()))
    for removed in (False, True):
        for prose in (False, True):
            for line in doc.lines:
                first = tail_lines.line_kind(line, removed, prose)
                assert tail_lines.line_kind(line, removed, prose) is first
                assert first is tail_lines._line_kind(line, removed, prose)
