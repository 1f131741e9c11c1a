"""The README stays true: its rule table, report keys, exit codes, settings example and the
command-line examples it marks as runnable are checked against the code.

``pytest tests/test_readme.py --update-goldens`` rewrites the rule table from the registry.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from cleaner import Report
from cleaner.exitcodes import ExitCode
from cleaner.rules import all_rules
from cleaner.settings import parse_settings
from conftest import FIXTURES, ROOT

README = ROOT / "README.md"
RULES_START = re.compile(r"^<!-- rules:start.*-->\n", re.M)
RULES_END = "<!-- rules:end -->"
RUN_MARK = "<!-- readme-test: run -->"


def _readme() -> str:
    return README.read_text("utf-8")


def rule_table() -> str:
    """The README's rule table as the registry has it: code, name, category, summary."""
    rows = ["| code | name | category | summary |", "| --- | --- | --- | --- |"]
    for info in all_rules():
        summary = info.summary.replace("|", "\\|")
        rows.append(f"| {info.code} | `{info.name}` | {info.category} | {summary} |")
    return "\n".join(rows) + "\n"


def _table_span(text: str) -> tuple[int, int]:
    start = RULES_START.search(text)
    assert start is not None, "README lost its '<!-- rules:start ... -->' marker"
    end = text.find(RULES_END, start.end())
    assert end >= 0, "README lost its '<!-- rules:end -->' marker"
    return start.end(), end


def test_rule_table_matches_registry(update_goldens: bool) -> None:
    text = _readme()
    start, end = _table_span(text)
    expected = rule_table()
    if update_goldens and text[start:end] != expected:
        README.write_text(text[:start] + expected + text[end:], "utf-8")
        text = _readme()
        start, end = _table_span(text)
    assert text[start:end] == expected, (
        "README's rule table differs from the registry; run "
        "`pytest tests/test_readme.py --update-goldens` or paste this table:\n\n" + expected
    )


def _section(title: str) -> str:
    text = _readme()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def _first_column(section: str) -> list[str]:
    """First cells of a markdown table's body rows, backticks stripped."""
    cells = []
    for line in section.splitlines():
        if line.startswith("| ") and not line.startswith(("| ---", "| key", "| code")):
            cells.append(line.split("|")[1].strip().strip("`"))
    return cells


def test_report_schema_lists_every_key() -> None:
    documented = _first_column(_section("Report").split("```", 1)[0])
    assert documented == list(Report().to_dict()), "README's report table is out of date"
    stats = Report().to_dict()["stats"]
    row = next(line for line in _section("Report").splitlines() if line.startswith("| `stats`"))
    assert all(f"`{key}`" in row for key in stats)


def test_exit_code_table_matches() -> None:
    documented = [int(code) for code in _first_column(_section("Exit codes"))]
    assert documented == sorted(int(code) for code in ExitCode)


def _code_blocks(language: str, *, runnable: bool = False) -> list[str]:
    pattern = rf"(?:{re.escape(RUN_MARK)}\n)?```{language}\n(.*?)```"
    blocks = []
    for match in re.finditer(pattern, _readme(), re.S):
        if not runnable or match.group(0).startswith(RUN_MARK):
            blocks.append(match.group(1))
    return blocks


def test_settings_example_is_valid(tmp_path: Path) -> None:
    (block,) = _code_blocks("toml")
    table = tomllib.loads(block)["tool"]["clean-article"]
    settings = parse_settings(table, where="README: ", base=tmp_path)
    assert settings["ignore"] == ("R002",)
    assert set(settings["phrases"]) == {"site_promo", "social_prompt"}


def test_quick_start_block_is_unchanged() -> None:
    quick = _section("Quick start")
    assert "pip install . && clean-article fixtures/example-article.txt\n" in quick
    assert "pip install '.[test]' && pytest\n" in quick


RUNNABLE = _code_blocks("sh", runnable=True)


def test_runnable_examples_are_marked() -> None:
    assert len(RUNNABLE) >= 4
    assert any("batch" in block for block in RUNNABLE)
    assert any("--format json" in block for block in RUNNABLE)


@pytest.mark.parametrize("block", RUNNABLE, ids=[f"block{n}" for n in range(len(RUNNABLE))])
def test_readme_examples_run(block: str, tmp_path: Path) -> None:
    """Each marked block runs line by line in bash, in a scratch folder that sees the
    repository's fixtures, with ``clean-article`` being this interpreter's ``-m cleaner``."""
    (tmp_path / "fixtures").symlink_to(FIXTURES, target_is_directory=True)
    script = 'set -euo pipefail\nclean-article() { "$PYTHON" -m cleaner "$@"; }\n' + "".join(
        f"{line}\n" for line in block.splitlines() if line.strip()
    )
    env = {**os.environ, "PYTHON": sys.executable, "COLUMNS": "120"}
    proc = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"{block}\nstdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr}"
    if "> body.txt" in block:
        body = (tmp_path / "body.txt").read_text("utf-8")
        assert body.startswith("At peak strength, ISIS controlled")
        assert "VISIT MY NEW WEB SITE" not in body
    if "--format json" in block:
        assert '"schema":2' in proc.stdout
    if "--report report.json" in block:
        assert (tmp_path / "report.json").is_file()
    if "batch" in block and "--out clean/" in block:
        assert (tmp_path / "clean" / "clean-en-museum.txt").is_file()
        assert (tmp_path / "reports.jsonl").is_file()
        assert (tmp_path / "clean-md" / "clean-en-museum.txt.report.json").is_file()
    if "--out clean.jsonl" in block:  # the news example: the footer goes, the body stays
        _check_news_example(tmp_path)
    if "learn " in block:
        assert (tmp_path / "profile.json").is_file()
    if "rule P001" in block:
        assert "site-promo" in proc.stdout


def _check_news_example(folder: Path) -> None:
    """The first record loses its footer and keeps its body; each site's recurring line is
    learned and goes from that site's records (with --no-learn it stays)."""
    rows = [json.loads(line) for line in (folder / "clean.jsonl").read_text("utf-8").splitlines()]
    alone = [json.loads(line) for line in (folder / "alone.jsonl").read_text("utf-8").splitlines()]
    record = rows[0]
    assert "appeared first on" not in record["text"]
    assert "eighteen months" in record["text"]
    assert record["clean_article"]["source"] == "City Herald"
    kinds = [(r["code"], r["kind"]) for r in record["clean_article"]["removed"]]
    assert kinds == [
        ("H002", "byline"),
        ("T001", "source"),
        ("T001", "bio"),
        ("T001", "share"),
        ("R001", "other"),
        ("T001", "source"),
    ]
    assert all("since 1887" not in r["text"] for r in rows[:3])
    assert all("Home | Local | Sport" not in r["text"] for r in rows[3:])
    assert "since 1887" in alone[1]["text"] and "Home | Local | Sport" in alone[3]["text"]
    profile = json.loads((folder / "clean.jsonl.profile.json").read_text("utf-8"))
    assert set(profile["sites"]) == {"cityherald.example", "valleypost.example"}


def test_python_api_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's first Python block runs as written, given ``text`` and ``texts``."""
    block = _code_blocks("python")[0]
    text = (FIXTURES / "example-article.txt").read_text("utf-8")
    namespace: dict[str, object] = {"text": text, "texts": [text]}
    exec(compile(block, "README.md", "exec"), namespace)
    assert namespace["result"].text.startswith("At peak strength")  # type: ignore[attr-defined]
    assert capsys.readouterr().out.startswith("# Last Major ISIS Stronghold")
