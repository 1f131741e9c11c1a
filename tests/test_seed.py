"""The seed article from ../shared/seed must come out exactly as expected."""

from __future__ import annotations

import json

from cleaner import clean
from conftest import FIXTURES, SHARED

SEED = "000_348da576ec3a46c1"


def _strip(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def test_seed_text_matches_expected() -> None:
    source = (FIXTURES / "example-article.txt").read_text("utf-8")
    expected = (FIXTURES / "example-article.expected.txt").read_text("utf-8")
    assert _strip(clean(source).text) == _strip(expected)


def test_seed_report_holds_every_expected_fact() -> None:
    source = (FIXTURES / "example-article.txt").read_text("utf-8")
    want = json.loads((FIXTURES / "example-article.expected-report.json").read_text("utf-8"))
    report = clean(source).report
    assert report.title == want["title"]
    assert report.authors == want["authors"]
    assert report.date == want["date"]
    assert report.publisher == want["publisher"]
    assert report.source == want["source"]
    assert report.tags == want["tags"]
    assert report.emails == want["emails"]
    assert report.urls == want["urls"]
    assert report.copyright == want["copyright"]
    assert report.bio is not None and report.bio.startswith(want["author_bio_starts_with"])
    assert set(want["categories_removed"]) <= set(report.categories_removed)
    assert all(r.code and r.category for r in report.removed)


def test_fixture_copy_of_seed_is_current() -> None:
    seed = SHARED / "seed"
    if not seed.is_dir():  # the shared folder is beside the checkout in CI
        return
    for name, ours in [
        (f"{SEED}.txt", "example-article.txt"),
        (f"{SEED}.expected.txt", "example-article.expected.txt"),
    ]:
        assert (seed / name).read_text("utf-8") == (FIXTURES / ours).read_text("utf-8")
