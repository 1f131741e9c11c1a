"""Golden articles: each ``fixtures/golden/<name>.txt`` must come out as ``<name>.expected.txt``.

Articles named ``clean-*`` hold no boilerplate: nothing may be removed from them. An optional
``<name>.expected-report.json`` lists report facts to check: most keys must equal the report's
JSON value; ``categories_removed`` is a subset check and ``bio_starts_with`` a prefix check.
``pytest --update-goldens`` rewrites the expected texts from the current output (review the diff).

Pending articles (``fixtures/golden-pending/``, same layout) document a gap: each runs every
check above as one strict xfail, with the reason its README's table gives, so the change that
makes one pass fails the run until its files move to ``fixtures/golden/``. The flag never
rewrites them.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner, Result
from conftest import FIXTURES

GOLDEN = FIXTURES / "golden"
PENDING = FIXTURES / "golden-pending"
CLEANER = Cleaner()


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if not p.name.endswith(".expected.txt"))


ARTICLES = _articles(GOLDEN)
PENDING_ARTICLES = _articles(PENDING)


def _expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.txt")


def _report_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected-report.json")


@functools.cache
def _clean(article: Path) -> Result:
    """Cleaned once per run: several tests look at the same result."""
    return CLEANER.clean(article.read_text("utf-8"))


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def test_corpus_is_big_enough() -> None:
    clean_ones = [p for p in ARTICLES if p.name.startswith("clean-")]
    assert len(ARTICLES) >= 60  # the regression corpus of issue 4
    assert len(ARTICLES) - len(clean_ones) >= 16
    assert len(clean_ones) >= 10
    for lang in ("en", "de", "fr", "es"):
        named = [p for p in ARTICLES if p.name.removeprefix("clean-").startswith(f"{lang}-")]
        assert len(named) >= 4, lang
    for article in ARTICLES:
        assert _expected_path(article).is_file(), f"{article.name} has no expected text"


def _check_text(article: Path) -> None:
    result = _clean(article)
    expected = _expected_path(article).read_text("utf-8")
    assert _lines(result.text) == _lines(expected)
    assert result.text.endswith("\n")


def _check_body_kept(article: Path) -> None:
    output = set(_lines(_clean(article).text))
    expected = [line for line in _lines(_expected_path(article).read_text("utf-8")) if line]
    missing = [line for line in expected if line not in output]
    assert not missing, f"body lines lost: {missing}"


def _check_nothing_lost(article: Path) -> None:
    removed = [(r.code, r.text) for r in _clean(article).report.removed]
    assert removed == []


def _check_report(article: Path) -> None:
    want: dict[str, Any] = json.loads(_report_path(article).read_text("utf-8"))
    report = _clean(article).report
    got = report.to_dict()
    for key, value in want.items():
        if key.startswith("_"):
            continue
        if key == "categories_removed":
            assert set(value) <= set(report.categories_removed), key
        elif key == "bio_starts_with":
            assert report.bio is not None and report.bio.startswith(value), key
        else:
            assert got[key] == value, key
    assert all(r.code and r.category for r in report.removed)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_golden_text(article: Path, update_goldens: bool) -> None:
    if update_goldens:
        _expected_path(article).write_text(_clean(article).text, "utf-8")
        return
    _check_text(article)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_golden_keeps_every_body_line(article: Path) -> None:
    _check_body_kept(article)


@pytest.mark.parametrize(
    "article", [p for p in ARTICLES if p.name.startswith("clean-")], ids=lambda p: p.stem
)
def test_clean_article_loses_nothing(article: Path) -> None:
    _check_nothing_lost(article)


@pytest.mark.parametrize(
    "article", [p for p in ARTICLES if _report_path(p).is_file()], ids=lambda p: p.stem
)
def test_golden_report_facts(article: Path) -> None:
    _check_report(article)


def _pending_reasons() -> dict[str, str]:
    """The "what fails" cell of each row of the pending README's table, by fixture name."""
    rows = re.findall(
        r"^\| `([^`]+)` \| ([^|]+) \|", (PENDING / "README.md").read_text("utf-8"), re.M
    )
    return {name: reason.strip() for name, reason in rows}


def test_pending_articles_are_listed_with_a_reason() -> None:
    assert sorted(_pending_reasons()) == [p.stem for p in PENDING_ARTICLES]
    for article in PENDING_ARTICLES:
        assert _expected_path(article).is_file(), f"{article.name} has no expected text"


# Defined only while some article is pending: an empty parameter set would be a skip.
if PENDING_ARTICLES:

    @pytest.mark.parametrize(
        "article",
        [
            pytest.param(
                p, marks=pytest.mark.xfail(strict=True, reason=_pending_reasons().get(p.stem, "?"))
            )
            for p in PENDING_ARTICLES
        ],
        ids=lambda p: p.stem,
    )
    def test_pending_golden(article: Path) -> None:
        """Every golden check at once: a pending article passes only when it is done."""
        _check_text(article)
        _check_body_kept(article)
        if article.name.startswith("clean-"):
            _check_nothing_lost(article)
        if _report_path(article).is_file():
            _check_report(article)
