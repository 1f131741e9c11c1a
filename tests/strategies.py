"""Hypothesis strategies: arbitrary text and article-like documents with injected
boilerplate, markup residue, mojibake and stray bytes (shared by the property and fuzz tests)."""

from __future__ import annotations

from collections import Counter

from hypothesis import strategies as st

from cleaner.model import Result
from cleaner.text.normalize import normalize

#: Markup punctuation the markup fixes consume without recording it one by one
#: (emphasis and code markers, brackets, escapes, block markers, table pipes).
MARKUP_PUNCTUATION = frozenset("*_`~[]()!<>#\\|-+•")

_PROSE = (
    "the council voted on the budget after a long debate about schools and roads "
    "residents said they were worried that prices would rise again this winter while "
    "officials promised a review of the plan in March my_var_name 2*3*4 AT&T R&D"
)
WORDS = _PROSE.split()

BOILERPLATE = (
    "VISIT MY NEW WEB SITE: www.example.org",
    "The original source of this article is Example Research",
    "Copyright © 2019 Example Media, 2019",
    "Comment on our Facebook page",
    "Become a member and support independent journalism",
    "Articles by: John Smith",
    "About the author: Jane Roe is a writer based in Oslo.",
    "Region: Europe",
    "Theme: Politics, Economy",
    "Tags: budget, schools",
    "Filed under: News",
    "By Jane Roe and John Smith",
    "https://example.org/some/page",
    "For media inquiries contact press@example.org",
    "Disclaimer: the views expressed are the author's own.",
    "This site contains copyrighted material the use of which has not been authorized.",
    "Share this article",
    "Follow us on Twitter",
    "Donate now",
    "[Home](https://example.org) | [About](https://example.org/about)",
)

MARKUP = (
    "<u>{w}</u>",
    '<a href="mailto:{w}@example.org">{w}</a>',
    '<a href="https://example.org/{w}">{w}</a>',
    "[{w}](https://example.org/{w})",
    "![{w}](/img/{w}.png)",
    "**{w}**",
    "_{w}_",
    "`{w}`",
    "{w}<br>",
    "<!-- {w} -->",
    "&amp;{w}&#8212;",
    "\\*{w}\\*",
    "({w} https://example.org/{w})",
    "(https://example.org/{w})",
    "<https://example.org/{w}>",
    "[{w}][1]",
    "~~{w}~~",
)

MOJIBAKE = ("donâ€™t", "Ã©tÃ©", "cafÃ©", "â€œquotedâ€\x9d", "\ufb01ne", "\x00", "\u200b", "\xad")
LINE_BREAKS = ("\n", "\r\n", "\r", "\u2028", "\n\n", "\n\n\n")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=25))
    out = []
    for word in words:
        roll = draw(st.integers(0, 19))
        if roll == 0:
            word = draw(st.sampled_from(MARKUP)).format(w=word)  # noqa: PLW2901
        elif roll == 1:
            word = draw(st.sampled_from(MOJIBAKE)) + word  # noqa: PLW2901
        elif roll == 2:
            word = draw(st.text(max_size=3))  # noqa: PLW2901
        out.append(word)
    return " ".join(out).capitalize() + draw(st.sampled_from(".!?:;"))


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A title, header lines, paragraphs with markup residue, and footer boilerplate."""
    parts = ["# " + draw(sentences())[:60]]
    parts += draw(st.lists(st.sampled_from(BOILERPLATE), max_size=3))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 9))
        para = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
        if kind == 0:
            para = "## " + para[:50]
        elif kind == 1:
            para = "\n".join("* " + s for s in draw(st.lists(sentences(), min_size=1, max_size=3)))
        elif kind == 2:
            para = "> " + para
        elif kind == 3:
            para = "```\n" + para + "\n```"
        elif kind == 4:
            para = "| a | b |\n|---|---|\n| " + para[:30] + " | x |"
        parts.append(para)
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(BOILERPLATE)))
    parts += draw(st.lists(st.sampled_from(BOILERPLATE), max_size=4))
    if draw(st.booleans()):
        parts.append("[1]: https://example.org/ref")
    seps = [draw(st.sampled_from(LINE_BREAKS)) for _ in parts]
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


#: Arbitrary text, biased towards the characters the cleaner treats specially.
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("ab _*[]()<>#!`~\\&;:/.|-\n\r\t\u00a0\u200b"))),
    st.lists(st.sampled_from(WORDS + list(MARKUP) + list(MOJIBAKE) + ["\n", "\n\n"])).map(" ".join),
)


def nonspace(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def unaccounted(text: str, result: Result) -> Counter[str]:
    """Non-whitespace characters of the normalized input found neither in the output, nor
    in a removed span, nor in what the fixes recorded as dropped (markup punctuation aside)."""
    normalized, _ = normalize(text)
    have = nonspace(result.text)
    for removal in result.report.removed:
        have += nonspace(removal.text)
    for piece in result.report.dropped:
        have += nonspace(piece)
    missing = nonspace(normalized) - have
    return Counter({c: n for c, n in missing.items() if c not in MARKUP_PUNCTUATION})
