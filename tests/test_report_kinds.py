"""The report's kinds of boilerplate (each removal's ``kind``) and its social ``handles``."""

from __future__ import annotations

import json

import pytest

from cleaner import Cleaner, clean
from cleaner.model import Category, Report
from cleaner.report.kinds import KINDS, kind_of
from cleaner.rules import detectors
from conftest import FIXTURES
from test_news_dev import scorer

#: Categories that are no kind of footer boilerplate: their lines are "other".
OTHER = {"title", "markup", "links", "cookie_notice", "page_error", "sign_off"}


def test_kinds_are_the_issue_vocabulary() -> None:
    assert KINDS == (
        "promo",
        "disclaimer",
        "fair_use",
        "copyright",
        "bio",
        "contact",
        "subscribe",
        "share",
        "donate",
        "source",
        "image_credit",
        "related",
        "comments",
        "byline",
        "navigation",
        "other",
    )


@pytest.mark.parametrize("category", list(Category))
def test_every_category_has_a_kind_and_only_boilerplate_of_no_kind_is_other(
    category: Category,
) -> None:
    kind = kind_of("X999", category, "")
    assert kind in KINDS
    assert (kind == "other") is (category in OTHER | {"repetition"}), category


def test_every_rule_removal_gets_a_kind() -> None:
    for code, rule in detectors().items():
        assert kind_of(code, str(rule.category), "some line") in KINDS


def test_the_news_example_footer_lines_each_under_their_kind() -> None:
    record = json.loads((FIXTURES / "news" / "example.jsonl").read_text("utf-8").splitlines()[0])
    removed = clean(record["text"]).report.to_dict()["removed"]
    kinds = {r["text"].split()[0]: r["kind"] for r in removed}
    assert kinds == {
        "By": "byline",
        "The": "source",
        "Jane": "bio",
        "Spread": "share",
        "City": "navigation",  # the site's tagline, in the tail zone's run
        "Source:": "source",
    }


@pytest.mark.parametrize(
    ("code", "category", "text", "kind"),
    [
        ("S001", "social_prompt", "Leave a comment below and tell us what you think", "comments"),
        ("S001", "social_prompt", "Like us on Facebook", "share"),
        ("S002", "membership_prompt", "Please donate via PayPal to keep us going", "donate"),
        ("S002", "membership_prompt", "Become a member of Global Research", "subscribe"),
        ("R001", "repetition", "Subscribe to the Example Times newsletter", "subscribe"),
        ("R001", "repetition", "© 2024 Example Times", "copyright"),
        ("R001", "repetition", "Home | World | Sport", "navigation"),
        ("R001", "repetition", "City Herald: independent news since 1887", "other"),
        ("T001", "navigation", "Source: WPTV", "source"),
        ("T001", "navigation", "By Karen Boggs / Rob Gutro", "byline"),
        ("T001", "navigation", "Thank You!", "navigation"),
        ("T001", "social_prompt", "Source: http://example.org/likes-and-shares", "source"),
        ("G007", "social_prompt", "3 Comments", "comments"),
        ("H003", "dateline", "Published: 12.03.2020", "byline"),
        ("K001", "links", "http://example.org/contact", "other"),
    ],
)
def test_lines_of_mixed_categories_are_sorted_by_what_they_say(
    code: str, category: str, text: str, kind: str
) -> None:
    assert kind_of(code, category, text) == kind


def test_handles_are_kept_and_emails_and_paths_are_not_handles() -> None:
    text = (
        "The council met on Tuesday and voted to repair the old bridge over the river.\n\n"
        "Follow her on Twitter @janedoe or on Mastodon @jane@mastodon.social, @janedoe again.\n\n"
        "Write to jane@example.org; see https://www.youtube.com/@cityherald at 5 @ 6.\n"
    )
    report = clean(text).report
    assert report.handles == ["@janedoe", "@jane@mastodon.social"]
    assert "jane@example.org" in report.emails


def test_a_schema_1_report_reads_back_with_kinds() -> None:
    report = clean((FIXTURES / "example-article.txt").read_text("utf-8")).report
    old = report.to_dict()
    old["schema"] = 1
    del old["handles"]
    for removal in old["removed"]:
        del removal["kind"]
    assert Report.from_dict(old) == report


@pytest.mark.slow
def test_kinds_agree_with_the_news_labels() -> None:
    """On the labeled news set, the kind of a removed boilerplate line is mostly its label's
    category (0.884 when written; the floor leaves room for rule changes)."""
    labels = {"source_attribution": "source", "dateline": "byline", "url": "other"}
    cleaner = Cleaner()
    agree = total = 0
    for article in scorer().load():
        kinds = {}
        for removal in cleaner.clean(article.text).report.removed:
            for n in range(removal.first_line - 1, removal.last_line):
                kinds[n] = removal.kind
        for line in article.lines:
            if not line.body and line.n in kinds:
                total += 1
                agree += kinds[line.n] == labels.get(line.category, line.category or "other")
    assert agree / total >= 0.85
