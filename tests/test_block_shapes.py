"""Block shapes of the article that the block rules (G001, G002) keep, and look-alike
navigation they still remove: dev-eval markdown tiers, where an article's own lists and
tables carry links.

A line counts as linked, for the "most lines are links" test of a block, when link text is
half of it or more, or when it opens with a link (a menu entry, a teaser, a recent-comments
entry "[Name](url): text"). A sentence with a link inside it does not open with one, and a
table row (cells between pipes) is data whose cells may be links: both count as linked only
by their share of link text."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, removed_codes

#: A site menu: enough link lines for the document to count as a whole page.
MENU = "".join(f"* [Section {i}](/s{i})\n" for i in range(16))
MORE = "The work starts in May and should take two years, the mayor said on Friday. " * 3


def page(block: str) -> str:
    """A page: menu, title, prose, ``block``, prose, footer links."""
    return (
        f"{MENU}\n# The Bridge Will Be Repaired\n\n{BODY}\n\n{block}\n\n{MORE}\n\n"
        "[Imprint](/imprint) [Privacy](/privacy)\n"
    )


PROSE_LIST = (
    "* The [sales team](/sales) is advised on customs and foreign trade law by our staff.\n"
    "* In [transactions](/deals) and restructurings we review the tax risks early on.\n"
    "* Our [payroll office](/payroll) handles the wages of staff posted abroad for you.\n"
    "* The [tax returns](/returns) of the group are filed in every country on time."
)

LINKED_TABLE = (
    "Caster | Date | Notes\n"
    "---|---|---\n"
    "[Fleur Delacour](/wiki/Fleur) | [24 November](/wiki/24_November) | Used it in the "
    "first task of the tournament\n"
    "[Hermione Granger](/wiki/Hermione) | [4 August](/wiki/4_August) | Put out the fire "
    "on his burning eyebrows\n"
    "[Rubeus Hagrid](/wiki/Hagrid) | [30 June](/wiki/30_June) | Saved his hut from the "
    "flames that night"
)

RECENT_COMMENTS = (
    "* [Neil](/post-a#comment-1): There are new sites one can use in place of the old one...\n"
    "* [Borno](/post-b#comment-2): Interesting, thanks for the tip, I will try it out...\n"
    "* [Abbey](/post-c#comment-3): Many thanks, I am trying it now and it works fine...\n"
    "* [Maria](/post-d#comment-4): I had no idea this existed, great find as always..."
)

TEASERS = (
    "[Council votes on new budget for the schools](/news/budget) | 3 min\n"
    "[Mayor opens the rebuilt market hall](/news/market) | 2 min\n"
    "[Storm closes the river road for a week](/news/storm) | 4 min"
)


def test_a_list_of_sentences_with_links_inside_them_stays() -> None:
    out = clean(page(PROSE_LIST)).text
    for item in PROSE_LIST.splitlines():
        assert item.split("](")[1].split(") ", 1)[1] in out


def test_a_table_whose_cells_are_links_stays() -> None:
    out = clean(page(LINKED_TABLE)).text
    assert "Put out the fire on his burning eyebrows" in out
    assert "Saved his hut from the flames that night" in out


def test_a_recent_comments_widget_still_goes() -> None:
    codes = removed_codes(page(RECENT_COMMENTS))
    for item in RECENT_COMMENTS.splitlines():
        assert codes.get(item) in {"G001", "G002"}, item


def test_rows_of_teaser_links_still_go() -> None:
    text = page(TEASERS)
    out = clean(text).text
    assert "Council votes on new budget" not in out
    assert "Storm closes the river road" not in out
    assert BODY.strip() in out and MORE.strip() in out


# A link whose text is its own address reads as the bare address does (K001): kept where the
# article cites it, by K002 and by the block rules alike.
CITED_ADDRESSES = [
    (
        "Send your reports to this address:",
        "[reports.council@gmail.com](mailto:reports.council@gmail.com)",
    ),
    ("The full text of the licence is here:", "<https://www.gnu.org/licenses/gpl-3.0.html>"),
    ("A short line", "<https://www.gnu.org/philosophy/free-sw.html>"),
    (
        "A short line",
        "[www.gnu.org/philosophy/free-sw.html](https://www.gnu.org/philosophy/free-sw.html)",
    ),
]


@pytest.mark.parametrize(("above", "line"), CITED_ADDRESSES)
def test_a_cited_address_as_its_own_link_text_stays(above: str, line: str) -> None:
    text = f"A Title Here\n\n{BODY}\n\n{above}\n\n{line}\n\n{MORE}\n"
    out = clean(text).text
    address = line.split("](", maxsplit=1)[0].strip("[<>")
    assert address in out


UNCITED_ADDRESSES = [
    # an e-mail address with no line pointing to it: a contact box, as a link it goes
    (
        "Press officer of the association",
        "[anna.berger@example.org](mailto:anna.berger@example.org)",
    ),
    # a bare domain is a credit, linked or not
    ("Write to this address:", "[www.example.org](https://www.example.org)"),
]


@pytest.mark.parametrize(("above", "line"), UNCITED_ADDRESSES)
def test_an_uncited_address_link_still_goes(above: str, line: str) -> None:
    text = f"A Title Here\n\n{BODY}\n\n{above}\n\n{line}\n\n{MORE}\n"
    assert line in removed_codes(text)


# A converter that puts a link on a line of its own inside a sentence: the link is part of
# the sentence, so K002 and the block rules leave it.
BROKEN_SENTENCES = [
    (
        "You can download Python 3.6.0 ",
        "[here](https://www.python.org/downloads/)",
        ". Also, most distributors should have it soon.",
    ),
    (
        "Details can be read in the official release notes on the ",
        "[maker's homepage](https://ex.org/notes)",
        "and in the forum.",
    ),
    (
        "„Meine letzte ernste ",
        "[Beziehung](https://ex.org/beziehung)",
        "ging vor drei Jahren in die Brüche“, erzählt sie.",
    ),
]


@pytest.mark.parametrize(("above", "link", "below"), BROKEN_SENTENCES)
def test_a_link_on_its_own_line_inside_a_sentence_stays(above: str, link: str, below: str) -> None:
    text = f"A Title Here\n\n{BODY}\n\n{above}\n\n{link}\n\n{below}\n\n{MORE}\n"
    words = link[1 : link.index("](")]
    assert words in clean(text).text
    assert words in clean(page(f"{above}\n\n{link}\n\n{below}")).text


NOT_BROKEN = [
    # the line above ends a sentence: a link line of its own is a button
    (
        "The council will vote on the plan next week.",
        "[Read more](https://ex.org/plan)",
        "and more news below.",
    ),
    # the line below starts a new sentence
    (
        "Find the full list of our partners on the ",
        "[Partners page](https://ex.org/p)",
        "Our team thanks all of them.",
    ),
    # several links between the lines: a row of city links under "Cinema listings in"
    (
        "Cinema listings in",
        "[Aachen](/a) [Berlin](/b) [Bonn](/c) [Bremen](/d)",
        "presented by our partner site.",
    ),
]


@pytest.mark.parametrize(("above", "link", "below"), NOT_BROKEN)
def test_a_link_line_between_other_lines_still_goes(above: str, link: str, below: str) -> None:
    text = f"A Title Here\n\n{BODY}\n\n{above}\n\n{link}\n\n{below}\n\n{MORE}\n"
    assert link in removed_codes(text)


def test_a_space_inside_the_closing_bracket_stays_before_the_next_word() -> None:
    text = f"{BODY}\n\nHer brother started the[ Go Fund Me ](https://ex.org/f)page this month.\n"
    assert "started the Go Fund Me page this month." in clean(text).text


def closing(line: str) -> str:
    """A page: menu, title, prose, ``line`` right after the last paragraph, footer links."""
    return f"{MENU}\n# The Bridge Will Be Repaired\n\n{BODY}\n\n{MORE}\n\n{line}\n\n" + "".join(
        f"* [Footer {i}](/f{i})\n" for i in range(6)
    )


# The article's closing lines, just after its last paragraph on a page: they stay (G001).
CLOSING = [
    "Sobald weitere Informationen vorliegen, werden wir diese hier veröffentlichen.",
    "Additional reporting by Steve Gorman; Editing by Nick Zieminski",
    "Pressemitteilung Nr. 48/22 des BAG vom 20.12.2022 – 9 AZR 266/20",
    "Christian Drosten: Gerne. Bis morgen.",
    "Das Konzeptpapier finden Sie hier:",
]


@pytest.mark.parametrize("line", CLOSING)
def test_the_articles_closing_line_after_its_last_paragraph_stays(line: str) -> None:
    assert line in clean(closing(line)).text


# Look-alikes there still go: a prompt put as a question, a line with a link, a heading, a
# label of the page's tail, a line of one or two words.
NOT_CLOSING = [
    "Sie wollen mehr von uns? Dann abonnieren Sie?",
    "Back to the [previous page](/back) of the site",
    "## You might also like these stories",
    "More stories from The Daily Example",
    "Share this article",
]


@pytest.mark.parametrize("line", NOT_CLOSING)
def test_a_prompt_link_heading_or_tail_label_after_the_article_still_goes(line: str) -> None:
    assert line not in clean(closing(line)).text


#: A long block of teaser links that cuts the article in two: the main run starts after it.
TEASER_BLOCK = "".join(f"* [Other story number {i} of the day](/story/{i})\n" for i in range(20))
LONG = "\n\n".join([MORE] * 4)


def split_article(short: str) -> str:
    """A page whose article's first part (prose, ``short``, prose) stands before a block of
    teaser links, the main run after it."""
    return (
        f"{MENU}\n# The Bridge Will Be Repaired\n\n{BODY}\n\n{short}\n\n"
        f"The repairs were planned for years but money was short until the state helped out. "
        f"The council is happy with the plan and hopes the work will go fast now.\n\n"
        f"{TEASER_BLOCK}\n{LONG}\n"
    )


@pytest.mark.parametrize(
    "short",
    [
        "## What the plan says",
        "* New steel beams\n* A wider footpath\n* Lights for cyclists",
        "The bridge is 120 years old.",
    ],
)
def test_a_short_block_between_prose_before_the_main_run_stays(short: str) -> None:
    out = clean(split_article(short)).text
    for line in short.splitlines():
        assert line.lstrip("#* ") in out


def test_a_short_block_next_to_a_link_block_before_the_main_run_still_goes() -> None:
    label = "More from our site"
    text = f"{MENU}\n# The Bridge Will Be Repaired\n\n{BODY}\n\n{label}\n\n{TEASER_BLOCK}\n{LONG}\n"
    assert label not in clean(text).text
