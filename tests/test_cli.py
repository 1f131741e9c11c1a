"""The command line, through typer's CliRunner and once for real through a pipe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import __version__, clean
from cleaner.cli.app import app
from cleaner.exitcodes import ExitCode
from cleaner.rules import all_rules

ARTICLE = (
    "# Council Fixes the Bridge\n\n"
    "By Jane Doe\n\n"
    "The council met on Tuesday and voted to fix the **old** bridge over the river.\n\n"
    "- Work starts in May.\n"
    "- The bridge stays open to walkers.\n\n"
    "Subscribe to our newsletter for more!\n"
)
BODY = (
    "The council met on Tuesday and voted to fix the old bridge over the river.\n\n"
    "- Work starts in May.\n"
    "- The bridge stays open to walkers.\n"
)
OTHER = "Region: Europe\n\nA second article, short and plain, about the weather in spring.\n"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder, so no pyproject.toml settings apply."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_file_argument(article: Path) -> None:
    code, out, err = invoke("clean", str(article))
    assert code == 0, err
    assert out == BODY


@pytest.mark.parametrize("args", [[], ["-"]], ids=["no-file", "dash"])
def test_stdin(args: list[str]) -> None:
    code, out, _ = invoke("clean", *args, stdin=ARTICLE)
    assert code == 0
    assert out == BODY


def test_several_files_are_separated(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, "utf-8")
    code, out, _ = invoke("clean", str(article), str(other))
    assert code == 0
    assert out == (f"==> {article} <==\n{BODY}==> {other} <==\n" + clean(OTHER).text)


def test_format_json(article: Path) -> None:
    code, out, _ = invoke("clean", str(article), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"text", "report"}
    assert data["text"] == BODY
    assert data["report"]["title"] == "Council Fixes the Bridge"
    assert data["report"]["authors"] == ["Jane Doe"]
    assert data["report"]["encoding"] == "utf-8"


def test_format_json_several_files_one_object_per_line(article: Path) -> None:
    code, out, _ = invoke("clean", str(article), "-", "-f", "json", stdin=OTHER)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["text"] for line in lines] == [BODY, clean(OTHER).text]


def test_format_markdown_keeps_markup(article: Path) -> None:
    code, out, _ = invoke("clean", str(article), "--format", "markdown", "--keep-title")
    assert code == 0
    assert out.startswith("# Council Fixes the Bridge\n")
    assert "**old**" in out
    assert "- Work starts in May." in out
    assert "Subscribe" not in out


def test_format_unknown_is_usage_error(article: Path) -> None:
    code, _, err = invoke("clean", str(article), "--format", "html")
    assert code == ExitCode.USAGE
    assert "'html' is not one of 'text', 'markdown', 'json'" in err


def test_keep_title(article: Path) -> None:
    code, out, _ = invoke("clean", str(article), "--keep-title")
    assert code == 0
    assert out.splitlines()[0] == "Council Fixes the Bridge"
    assert out.endswith(BODY)


def test_report_file(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = invoke("clean", str(article), "--report", str(target))
    assert code == 0
    assert out == BODY
    report = json.loads(target.read_text("utf-8"))
    assert report["schema"] == 2
    assert report == json.loads(json.dumps(clean(ARTICLE).report.to_dict())) | {"encoding": "utf-8"}


def test_report_file_for_several_files_is_a_list(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "reports.json"
    code, _, _ = invoke("clean", str(article), str(article), "--report", str(target))
    assert code == 0
    reports = json.loads(target.read_text("utf-8"))
    assert isinstance(reports, list) and len(reports) == 2


@pytest.mark.parametrize(
    ("options", "kept", "gone"),
    [
        (["--select", "H"], "Subscribe to our newsletter", "By Jane Doe"),
        (["--select", "S002,H002"], "Council Fixes", "Subscribe"),
        (["--ignore", "S", "--ignore", "T"], "Subscribe to our newsletter", "By Jane Doe"),
        (["--ignore", "H001", "--ignore", "H002,H009"], "By Jane Doe", "Subscribe"),
    ],
)
def test_select_and_ignore(article: Path, options: list[str], kept: str, gone: str) -> None:
    code, out, _ = invoke("clean", str(article), *options)
    assert code == 0
    assert kept in out
    assert gone not in out


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_is_usage_error(article: Path, option: str) -> None:
    code, out, err = invoke("clean", str(article), option, "Q123")
    assert code == ExitCode.USAGE
    assert out == ""
    assert "Q123" in err


def test_missing_file_exit_3_one_line(tmp_path: Path) -> None:
    code, out, err = invoke("clean", str(tmp_path / "missing.txt"))
    assert code == ExitCode.BAD_INPUT
    assert out == ""
    assert err.count("\n") == 1
    assert "missing.txt" in err and "no such file" in err


def test_missing_one_of_several_files_exit_1(article: Path) -> None:
    code, out, err = invoke("clean", str(article), "missing.txt")
    assert code == ExitCode.FAILED_INPUTS
    assert BODY in out
    assert "missing.txt" in err


def test_explain(article: Path) -> None:
    code, out, _ = invoke("explain", str(article))
    assert code == 0
    for expected in ("H001", "H002", "S002", "title", "byline", "Jane Doe", "council met"):
        assert expected in out


def test_rules_lists_every_rule() -> None:
    code, out, _ = invoke("rules")
    assert code == 0
    for info in all_rules():
        assert info.code in out
        assert info.name[:10] in out


def test_rules_piped_is_one_whole_line_per_rule() -> None:
    """Issue 17 item 18: `rules | grep fair` gives whole rules, not wrapped table cells."""
    code, out, _ = invoke("rules")
    assert code == 0
    expected = [
        "\t".join((info.code, info.name, info.category, info.summary)) for info in all_rules()
    ]
    assert out.splitlines() == expected


def test_rules_format_json() -> None:
    code, out, _ = invoke("rules", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [row["code"] for row in rows] == [info.code for info in all_rules()]
    assert set(rows[0]) == {"code", "name", "kind", "category", "summary"}


def test_rule_prints_documentation() -> None:
    code, out, _ = invoke("rule", "P001")
    assert code == 0
    assert out.startswith("P001 site-promo")
    assert "Why:" in out
    assert "Examples (fires):" in out
    assert "Counterexamples (does not fire):" in out
    assert invoke("rule", "p001")[1] == out


def test_unknown_rule_is_usage_error() -> None:
    code, out, err = invoke("rule", "X999")
    assert code == ExitCode.USAGE
    assert out == ""
    assert "X999" in err


def test_version() -> None:
    code, out, _ = invoke("--version")
    assert code == 0
    assert out == f"clean-article {__version__}\n"


def test_help_shows_examples_and_exit_codes() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    assert "Examples" in out
    assert "clean-article article.txt" in out
    assert "Exit codes" in out
    for name in ("clean", "explain", "rules", "rule", "batch"):
        assert name in out


# --- for real: a process, a pipe, and main()'s routing of a first argument to `clean` ---


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_pipe_through_python_m_cleaner() -> None:
    done = _cli(stdin=ARTICLE)
    assert done.returncode == 0, done.stderr
    assert done.stdout == BODY
    assert done.stderr == ""


def test_process_file_json_and_report(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    done = _cli(str(article), "--format", "json", "--report", str(target))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["report"] == json.loads(target.read_text("utf-8"))


def test_process_exit_codes(tmp_path: Path) -> None:
    missing = _cli(str(tmp_path / "nope.txt"))
    assert missing.returncode == ExitCode.BAD_INPUT
    assert missing.stdout == ""
    assert missing.stderr.strip().count("\n") == 0 and "nope.txt" in missing.stderr
    assert _cli("rule", "X999").returncode == ExitCode.USAGE
    assert _cli("--select", "Q1", stdin=ARTICLE).returncode == ExitCode.USAGE
    version = _cli("--version")
    assert (version.returncode, version.stdout) == (0, f"clean-article {__version__}\n")


def test_no_file_on_a_terminal_prints_the_usage_hint(tmp_path: Path) -> None:
    """Issue 17 item 12: with stdin a terminal and no FILE, it does not wait silently."""
    import os
    import pty

    main_fd, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cleaner"],
            check=False,
            stdin=terminal,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
    finally:
        os.close(terminal)
        os.close(main_fd)
    assert done.returncode == ExitCode.USAGE
    assert done.stdout == ""
    assert done.stderr.startswith("clean-article: no input: give a FILE or pipe text in")


def test_explain_wraps_long_lines_under_the_text_and_shows_values_plainly() -> None:
    """Issue 17 item 17: a wrapped line goes on right of the line-number gutter, and the
    extracted table shows 'Jane Doe', not the repr ['Jane Doe']."""
    from rich.console import Console

    from cleaner.cli.render import explain

    console = Console(record=True, width=50)
    console.print(explain(ARTICLE, clean(ARTICLE).report))
    lines = console.export_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "The council met" in line)
    assert lines[start].startswith("    5       The council met")
    assert lines[start + 1].startswith(" " * 12) and lines[start + 1].strip()
    text = "\n".join(lines)
    assert "Jane Doe" in text and "['" not in text


def test_explain_takes_the_settings_profile_and_options(tmp_path: Path) -> None:
    """explain cleans as clean does, with --config, --profile, --keep-title, --max-chars."""
    page = tmp_path / "page.txt"
    page.write_text(BODY + "\nRead more stories at Example Gazette online\n", "utf-8")
    conf = tmp_path / "clean.toml"
    conf.write_text('[phrases]\nsite_promo = ["^read more stories at example gazette"]\n')
    marked = "P001  Read more stories"
    assert marked not in invoke("explain", str(page))[1]
    code, out, _ = invoke("explain", str(page), "--config", str(conf), "--keep-title")
    assert code == 0 and marked in out
    code, out, _ = invoke("explain", str(page), "--config", str(conf), "--max-chars", "10")
    assert code == 0 and marked not in out  # too long: passed through, nothing removed
    for option in ("--profile", "--keep-title", "--max-chars", "--config"):
        assert option in invoke("explain", "--help")[1]
