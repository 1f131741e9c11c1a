"""Cross-document repetition: line keys, learning a profile, loading it, R001 and R002."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import orjson
import pytest
import zstandard
from typer.testing import CliRunner

from cleaner import Cleaner, Config
from cleaner.cli.app import app
from cleaner.profile import iter_corpus, learn_profile, line_key, load_profile, site_of
from cleaner.settings import ConfigError

runner = CliRunner()
WORDS = [
    "council",
    "bridge",
    "river",
    "winter",
    "budget",
    "school",
    "harbour",
    "station",
    "museum",
    "library",
    "market",
    "farmers",
    "teachers",
    "nurses",
    "drivers",
    "rain",
    "storm",
    "festival",
    "election",
    "court",
    "tunnel",
    "garden",
]
FOOTER_A = [
    "[Home](/) | [World](/world) | [Sport](/sport)",
    "Subscribe to the Example Times newsletter",
    "© 2024 Example Times",
]
FOOTER_B = ["Follow Beispiel Zeitung on Mastodon", "Alle Rechte vorbehalten"]


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(16)]
    return f"In story {n} the {' '.join(words)} were discussed at length by everyone."


def article(n: int, footer: list[str], *, seed: int = 0) -> str:
    rng = random.Random(n * 1000 + seed)
    body = [sentence(rng, n) for _ in range(4)]
    return "\n\n".join([footer[0], *body, *footer[1:]]) + "\n"


def corpus(count: int = 30) -> list[tuple[str | None, str]]:
    docs: list[tuple[str | None, str]] = [("a.org", article(n, FOOTER_A)) for n in range(count)]
    docs += [("b.de", article(n, FOOTER_B, seed=7)) for n in range(count // 2)]
    return docs


def test_line_key_folds_case_digits_and_punctuation() -> None:
    assert line_key("Share this Article!") == line_key("share  this article")
    assert line_key("© 2021 Example, Inc.") == line_key("© 1999 example inc") == "0000 example inc"
    assert line_key("***") == ""


def test_site_of_prefers_domain_then_url_host() -> None:
    assert site_of({"domain": "WWW.Example.org"}) == "example.org"
    assert site_of({"url": "https://www.example.org/a/b?c=1"}) == "example.org"
    assert site_of({"url": 3}) is None
    assert site_of({}) is None


def test_learn_finds_each_sites_footer_and_no_body_line() -> None:
    profile = learn_profile(corpus())
    assert set(profile.sites) == {"a.org", "b.de"}
    assert {e.line for e in profile.sites["a.org"]} == {
        "Home | World | Sport",
        "Subscribe to the Example Times newsletter",
        "© 2024 Example Times",
    }
    assert {e.line for e in profile.sites["b.de"]} == set(FOOTER_B)
    assert all(e.docs == 30 for e in profile.sites["a.org"])
    assert profile.documents == {"a.org": 30, "b.de": 15}
    assert profile.total == 45


def test_line_in_too_few_documents_is_not_learned() -> None:
    docs = corpus()
    docs += [("a.org", article(100 + n, ["Rare teaser line", "x"])) for n in range(2)]
    keys = learn_profile(docs).keys()["a.org"]
    assert line_key("Rare teaser line") not in keys
    many = [("a.org", article(n, ["Odd line"] if n < 3 else FOOTER_A)) for n in range(100)]
    assert line_key("Odd line") not in learn_profile(many).keys()["a.org"]
    assert line_key("Odd line") in learn_profile(many, min_share=0.0).keys()["a.org"]


def test_duplicate_documents_count_once() -> None:
    docs = corpus(10) + [("a.org", article(5, FOOTER_A, seed=3))] * 5
    profile = learn_profile(docs)
    assert profile.documents["a.org"] == 11
    assert all(not e.line.startswith("In story") for e in profile.sites["a.org"])


def test_long_prose_is_never_learned() -> None:
    shared = "This shared sentence is long enough to be prose and it stands in every single story."
    docs = [(None, article(n, FOOTER_A).replace("© 2024", shared + "\n\n©")) for n in range(10)]
    profile = learn_profile(docs)
    assert line_key(shared) not in profile.keys()["*"]
    assert line_key("© Example Times") in profile.keys()["*"]


def test_memory_is_bounded_and_common_lines_survive_pruning() -> None:
    docs = [
        ("a.org", article(n, FOOTER_A) + "\n".join(f"tag{n}x{i} unique" for i in range(40)))
        for n in range(30)
    ]
    profile = learn_profile(docs, max_keys=50)
    assert {e.line for e in profile.sites["a.org"]} >= {"© 2024 Example Times"}


def test_bad_learn_options_raise() -> None:
    with pytest.raises(ValueError, match="min_docs"):
        learn_profile([], min_docs=1)
    with pytest.raises(ValueError, match="min_share"):
        learn_profile([], min_share=2.0)


def test_profile_round_trip_is_stable_plain_json(tmp_path: Path) -> None:
    profile = learn_profile(corpus())
    data = profile.to_json()
    assert data == learn_profile(reversed(corpus())).to_json()
    loaded = orjson.loads(data)
    assert loaded["schema"] == 1 and loaded["min_docs"] == 3
    assert list(loaded["sites"]) == ["a.org", "b.de"]
    path = tmp_path / "profile.json"
    path.write_bytes(data)
    assert load_profile(path) == profile.keys()


def test_edited_profile_entries_may_be_lines_or_objects(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"sites": {"x.org": ["Share THIS!", {"line": "Go 2 top"}, {"key": "k"}]}}')
    assert load_profile(path) == {"x.org": frozenset({"share this", "go 0 top", "k"})}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "expected an object with a 'sites' object"),
        ('{"schema": 9, "sites": {}}', "unsupported schema 9"),
        ('{"sites": {"a": 1}}', "sites.a must be a list"),
        ('{"sites": {"a": [3]}}', r"sites.a\[0\]: expected a string"),
    ],
)
def test_bad_profile_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_profile(path)


def test_iter_corpus_reads_folders_and_compressed_jsonl(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("one\n")
    (tmp_path / "d" / "sub" / "b.md").write_text("two\n")
    (tmp_path / "d" / "c.png").write_bytes(b"\x89PNG")
    assert list(iter_corpus(tmp_path / "d")) == [(None, "one\n"), (None, "two\n")]
    rows = [
        {"url": "https://www.a.org/1", "body": "one"},
        {"domain": "b.de", "body": "two"},
        {"body": 3},
        {"body": "three"},
    ]
    data = b"".join(orjson.dumps(r) + b"\n" for r in rows) + b"not json\n"
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    expected = [("a.org", "one"), ("b.de", "two"), (None, "three")]
    for name in ("c.jsonl.gz", "c.jsonl.zst"):
        assert list(iter_corpus(tmp_path / name, text_field="body")) == expected


# R001 profiled-line


def _profiled(site: str | None = None) -> Cleaner:
    return Cleaner(
        Config(profile=learn_profile(corpus()).keys(), site=site, select=("N", "M", "R"))
    )


def test_r001_removes_profiled_lines_and_keeps_the_body() -> None:
    text = article(999, FOOTER_A)
    result = _profiled().clean(text)
    assert "In story 999" in result.text
    assert "Example Times" not in result.text
    assert "Sport" not in result.text
    assert {r.code for r in result.report.removed} == {"R001"}
    assert {r.category for r in result.report.removed} == {"repetition"}
    assert len(result.report.removed) == 3


def test_r001_uses_only_the_named_sites_lines() -> None:
    text = article(999, FOOTER_B)
    assert "Beispiel" not in _profiled().clean(text).text
    assert "Beispiel" not in _profiled("www.b.de").clean(text).text
    assert "Beispiel" in _profiled("a.org").clean(text).text


def test_r001_global_lines_apply_to_every_site() -> None:
    config = Config(
        profile={"*": frozenset({"share this"})}, site="c.org", select=("N", "M", "R001")
    )
    assert Cleaner(config).clean("Share this\n\n" + article(1, FOOTER_A)).report.removed


def test_r001_leaves_long_prose_and_one_word_body_headings() -> None:
    rng = random.Random(1)
    prose = sentence(rng, 1)
    body = "\n\n".join(sentence(rng, 2) for _ in range(2))
    profile = {"*": frozenset({line_key(prose), "politics"})}
    text = f"{body}\n\nPolitics\n\n{prose}\n\n{body}\n\nPolitics\n"
    result = Cleaner(Config(profile=profile, select=("N", "M", "R001"))).clean(text)
    assert prose in result.text
    assert result.text.count("Politics") == 1  # the one inside the body stays
    assert [r.first_line for r in result.report.removed] == [text.count("\n")]


def test_r001_lines_do_not_make_the_guard_keep_what_the_rules_remove() -> None:
    """Learned lines count as kept for the body-loss guard: with them gone, the short
    article's footer (T001, uncertain) still goes, as it does when the article is cleaned
    alone, instead of the guard undoing it."""
    head = [
        "Readers say this story is true. Add your own two cents below.",
        "Headline: Bridge and river stocks are the next big thing for all!",
    ]
    body = "The council voted on Tuesday to repair the old bridge over the river before winter."
    footer = [
        "We encourage you to share and republish our reports, analyses and breaking news.",
        "This content may be freely reproduced in full or in part in digital form with "
        "full attribution.",
        "Source: https://example.org/2017/12/03/the-council-votes-on-the-old-bridge/",
    ]
    text = "\n\n".join([*head, body, *footer]) + "\n"
    alone = Cleaner().clean(text).report
    profile = {"*": frozenset(line_key(line) for line in head)}
    learned = Cleaner(Config(profile=profile)).clean(text).report
    lines = {(r.code, r.first_line) for r in alone.removed}
    assert ("T001", 9) in lines
    assert lines | {("R001", 1), ("R001", 3)} == {(r.code, r.first_line) for r in learned.removed}
    assert not learned.warnings
    assert body in Cleaner(Config(profile=profile)).clean(text).text


def test_r001_does_nothing_without_a_profile() -> None:
    assert not Cleaner(Config(select=("N", "M", "R001"))).clean(article(1, FOOTER_A)).report.removed


# R002 repeated-line


def _r002(text: str) -> list[int]:
    return [
        r.first_line for r in Cleaner(Config(select=("N", "M", "R002"))).clean(text).report.removed
    ]


def test_r002_removes_promo_at_top_and_bottom() -> None:
    promo = "Get the app: Example Times for iPhone"
    text = article(1, [promo, promo])
    assert _r002(text) == [1, 11]


def test_r002_removes_repeated_link_line_in_the_tail_only_zone() -> None:
    link = "[Read more news](https://example.org/news)"
    text = article(1, ["Top", link, link])
    assert _r002(text) == [11, 13]


def test_r002_keeps_plain_line_repeated_only_in_the_tail() -> None:
    assert _r002(article(1, ["Top", "Thanks for reading", "Thanks for reading"])) == []


def test_r002_keeps_refrains_and_body_headings() -> None:
    rng = random.Random(2)
    body = [sentence(rng, 3) for _ in range(3)]
    refrain = f"{body[0]}\n\nWe shall overcome\n\n{body[1]}\n\nWe shall overcome\n\n{body[2]}\n"
    assert _r002(refrain) == []
    toc = f"[Background](#background)\n\n{body[0]}\n\n## Background\n\n{body[1]}\n\n{body[2]}\n"
    assert _r002(toc) == [1]  # the table-of-contents link goes, the heading stays
    pros = f"{body[0]}\n\n## Pros\n\n{body[1]}\n\n## Pros\n\n{body[2]}\n"
    assert _r002(pros) == []


def test_r002_keeps_documents_without_prose() -> None:
    assert (
        _r002("Row, row, row your boat\n\nGently down the stream\n\nRow, row, row your boat\n")
        == []
    )


# CLI


def test_cli_learn_then_clean_with_profile(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02}.md").write_text(article(n, FOOTER_A), encoding="utf-8")
    out = tmp_path / "profile.json"
    result = runner.invoke(app, ["learn", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "learned 3 lines from 12 documents" in result.output
    assert set(orjson.loads(out.read_bytes())["sites"]) == {"*"}
    page = tmp_path / "new.md"
    page.write_text(article(50, FOOTER_A), encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "--profile", str(out)])
    assert result.exit_code == 0, result.output
    assert "In story 50" in result.output
    assert "Example Times" not in result.output


def test_cli_learn_jsonl_by_site(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_bytes(
        b"".join(orjson.dumps({"url": f"https://{s}/x", "content": t}) + b"\n" for s, t in corpus())
    )
    out = tmp_path / "p.json"
    result = runner.invoke(
        app, ["learn", str(source), "-o", str(out), "--text-field", "content", "--min-docs", "5"]
    )
    assert result.exit_code == 0, result.output
    assert list(orjson.loads(out.read_bytes())["sites"]) == ["a.org", "b.de"]


def test_cli_learn_and_profile_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["learn", str(tmp_path / "nope"), "--out", str(tmp_path / "p")])
    assert result.exit_code == 3
    result = runner.invoke(app, ["learn", str(tmp_path), "--out", "p", "--min-docs", "1"])
    assert result.exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    page = tmp_path / "a.txt"
    page.write_text("Hello there.\n")
    result = runner.invoke(app, ["clean", str(page), "--profile", str(bad)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.output


# What learn says, and the README's example (issue 17, item 15)


def test_learn_says_documents_sites_and_merged_near_duplicates() -> None:
    texts = [
        f"Subscribe to the Valley Post.\n\nThe {water} rose by two metres and closed the road."
        for water in ("river", "lake", "canal")
    ]
    copies = learn_profile([("a.org", texts[0])] * 5, min_docs=2)
    assert copies.summary() == (
        "0 lines from 5 documents (1 distinct: 4 near-duplicates merged) of 1 site;"
        " no short line stands in 2 or more of them (--min-docs)"
    )
    by_site = learn_profile([("a.org", t) for t in texts])
    assert by_site.summary() == "1 line from 3 documents of 1 site, 1 with recurring lines"
    assert learn_profile([(None, t) for t in texts]).summary() == "1 line from 3 documents"


def test_readme_learn_example_learns_the_site_template(tmp_path: Path) -> None:
    """fixtures/site: five articles of one paper with its four template lines, which no rule
    removes; learned, they go with R001 and the article keeps its three paragraphs."""
    site = Path(__file__).resolve().parent.parent / "fixtures" / "site"
    out = tmp_path / "profile.json"
    result = runner.invoke(app, ["learn", str(site), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"clean-article: learned 4 lines from 5 documents -> {out}\n"
    page = (site / "bridge.txt").read_text("utf-8")
    plain = Cleaner().clean(page)
    assert {r.code for r in plain.report.removed} == {"H001"}
    learned = Cleaner(Config(profile=load_profile(out))).clean(page)
    assert [r.code for r in learned.report.removed].count("R001") == 4
    assert learned.text.count("\n\n") == 2 and learned.text.startswith("The town council voted")
