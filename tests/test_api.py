"""The public Python API: names, types, the report's JSON shape, determinism, light imports."""

from __future__ import annotations

import subprocess
import sys

import orjson
import pytest

import cleaner
from cleaner import Cleaner, Config, Report, Result, clean
from cleaner.model import SCHEMA_VERSION
from conftest import FIXTURES

ARTICLE = (
    "# Council Fixes the Bridge\n\n"
    "By Jane Doe and John Smith\n\n"
    "Global Research, November 09, 2017\n\n"
    "Region: Europe\n\n"
    "The council met on Tuesday and voted to fix the old bridge over the river.\n\n"
    "Work starts in May; the bridge stays open to walkers.\n\n"
    "Subscribe to our newsletter for more!\n\n"
    "Copyright © Jane Doe, 2017\n"
)
REPORT_KEYS = {
    "schema",
    "title",
    "authors",
    "date",
    "publisher",
    "source",
    "tags",
    "emails",
    "urls",
    "handles",
    "copyright",
    "copyright_holder",
    "copyright_year",
    "bio",
    "disclaimers",
    "fair_use",
    "promos",
    "dropped",
    "categories_removed",
    "removed",
    "fixes",
    "warnings",
    "encoding",
    "stats",
}
REMOVED_KEYS = {"lines", "code", "name", "category", "kind", "reason", "also", "text"}


def test_public_names() -> None:
    for name in ("clean", "Cleaner", "Config", "Result", "Report", "__version__"):
        assert hasattr(cleaner, name)
    assert set(cleaner.__all__) >= {"clean", "Cleaner", "Config", "Result", "Report"}


def test_clean_returns_typed_result() -> None:
    result = clean(ARTICLE)
    assert isinstance(result, Result)
    assert isinstance(result.report, Report)
    assert result.text == (
        "The council met on Tuesday and voted to fix the old bridge over the river.\n\n"
        "Work starts in May; the bridge stays open to walkers.\n"
    )
    report = result.report
    assert report.title == "Council Fixes the Bridge"
    assert report.authors == ["Jane Doe", "John Smith"]
    assert report.date == "2017-11-09"
    assert report.publisher == "Global Research"
    assert report.tags == {"Region": ["Europe"]}
    assert report.copyright_year == 2017


def test_cleaner_is_reusable_and_matches_clean() -> None:
    c = Cleaner()
    first = c.clean(ARTICLE)
    c.clean("Something else entirely.\n")
    assert c.clean(ARTICLE).to_dict() == first.to_dict() == clean(ARTICLE).to_dict()


def test_config_options() -> None:
    kept = clean(ARTICLE, Config(keep_title=True))
    assert kept.text.splitlines()[0] == "Council Fixes the Bridge"
    markdown = Cleaner(Config(markdown=True, keep_title=True)).clean(ARTICLE)
    assert markdown.text.startswith("# Council Fixes the Bridge\n")
    only_headers = clean(ARTICLE, Config(select=("H",)))
    assert {r.code[0] for r in only_headers.report.removed} == {"H"}
    assert "Subscribe" in only_headers.text
    with pytest.raises(ValueError):
        Config(max_removed_share=2.0)
    with pytest.raises(ValueError):
        Cleaner(Config(select=("Z9",)))


def test_config_is_frozen() -> None:
    config = Config()
    with pytest.raises(AttributeError):
        config.keep_title = True  # type: ignore[misc]


def test_report_schema_keys_and_version() -> None:
    data = clean(ARTICLE).report.to_dict()
    assert set(data) == REPORT_KEYS
    assert data["schema"] == SCHEMA_VERSION == 2
    assert set(data["stats"]) == {"lines_in", "lines_out", "chars_in", "chars_out"}
    assert data["removed"], "the article has boilerplate"
    for removal in data["removed"]:
        assert set(removal) == REMOVED_KEYS
        first, last = removal["lines"]
        assert 1 <= first <= last
        assert removal["text"].splitlines()[0] in ARTICLE
    assert data["categories_removed"] == list(dict.fromkeys(data["categories_removed"]))
    assert {"title", "byline", "dateline", "taxonomy"} <= set(data["categories_removed"])


def test_result_to_dict_is_text_and_report() -> None:
    result = clean(ARTICLE)
    assert result.to_dict() == {"text": result.text, "report": result.report.to_dict()}


def test_report_is_json_serializable_and_round_trips() -> None:
    data = clean(ARTICLE).to_dict()
    assert orjson.loads(orjson.dumps(data)) == data


def test_report_for_empty_input() -> None:
    result = clean("")
    assert result.text == ""
    data = result.report.to_dict()
    assert set(data) == REPORT_KEYS and data["removed"] == []


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        (FIXTURES / "example-article.txt").read_text("utf-8"),
        "Plain text with no boilerplate at all.\n",
    ],
    ids=["article", "seed", "plain"],
)
def test_output_is_deterministic(text: str) -> None:
    once = orjson.dumps(clean(text).to_dict())
    assert orjson.dumps(Cleaner().clean(text).to_dict()) == once
    assert orjson.dumps(clean(text).to_dict()) == once
    code = (
        "import sys, orjson, cleaner; "
        "sys.stdout.buffer.write(orjson.dumps(cleaner.clean(sys.stdin.read()).to_dict()))"
    )
    other_process = subprocess.run(
        [sys.executable, "-c", code], input=text.encode(), capture_output=True, check=True
    ).stdout
    assert other_process == once


def test_import_does_not_load_cli_libraries() -> None:
    code = (
        "import cleaner, sys; cleaner.clean('x'); "
        "assert 'typer' not in sys.modules and 'rich' not in sys.modules, "
        "sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich'))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
