"""Every command's --help, rendered at 80 columns and not on a terminal (issue 17, item 16):
no line over 80, no ragged re-wrapping, no markup eaten, no Python type names, and
arguments named the same way everywhere."""

from __future__ import annotations

import itertools
import re

import pytest
from typer.testing import CliRunner

from cleaner.cli.app import app

COMMANDS = [[], ["clean"], ["explain"], ["rules"], ["rule"], ["batch"], ["learn"]]
SECTIONS = ("Arguments:", "Options:", "Commands:")
EXAMPLE = re.compile(r"^\s*(clean-article|cat|zcat) ")


def render(command: list[str]) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.stdout


def description(help_text: str) -> list[str]:
    """The lines between the usage line and the first section."""
    lines = help_text.splitlines()
    end = next(i for i, line in enumerate(lines) if line in SECTIONS)
    return lines[1:end]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_help_at_80_columns_reads_cleanly(command: list[str]) -> None:
    text = render(command)
    assert max(map(len, text.splitlines())) <= 80
    assert not re.search(r"<(bool|str|int|float|path|list\[\w+\])>(?![./])", text)
    for bad in ("[bold]", "[/]", "│", "╭"):
        assert bad not in text, f"{bad!r} in {' '.join(command)} --help"
    usage = text.splitlines()[0]
    assert usage.startswith("Usage: clean-article")
    # Arguments: upper case, [OPTIONAL] or REQUIRED, never {braced} or lower case.
    for piece in usage.split()[3 if command else 2 :]:
        assert re.fullmatch(r"\[?[A-Z_]+\]?(\.\.\.)?", piece), (usage, piece)
    lines = description(text)
    for line, following in itertools.pairwise(lines):
        if not line.strip() or not following.strip() or EXAMPLE.match(line):
            continue
        same_indent = len(line) - len(line.lstrip()) == len(following) - len(following.lstrip())
        if same_indent:  # a filled paragraph: the next word would not have fit
            assert len(line) + 1 + len(following.split()[0]) > 80, (line, following)


@pytest.mark.parametrize("command", [["clean"], ["batch"]])
def test_help_keeps_bracketed_text(command: list[str]) -> None:
    """'[tool.clean-article]' is text, not rich markup to swallow."""
    assert "[tool.clean-article]" in " ".join(render(command).split())


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        (["clean"], "<text|markdown|json>"),
        (["batch"], "<text|markdown>"),
        (["batch"], "<local|ray>"),
    ],
)
def test_help_lists_the_choices(command: list[str], choices: str) -> None:
    assert choices in render(command)


def test_help_names_arguments_consistently() -> None:
    usages = {" ".join(c): render(c).splitlines()[0] for c in COMMANDS[1:]}
    assert usages["clean"].endswith("[OPTIONS] [FILE]...")
    assert usages["explain"].endswith("[OPTIONS] [FILE]")
    assert usages["batch"].endswith("[OPTIONS] IN")
    assert usages["learn"].endswith("[OPTIONS] CORPUS")
    assert usages["rule"].endswith("[OPTIONS] CODE")


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["--bogus"], "clean-article --help"),
        (["article.txt", "--bogus"], "clean-article --help"),
        (["batch", "in", "--bogus"], "clean-article batch --help"),
    ],
)
def test_an_unknown_option_is_a_short_usage_error(args: list[str], hint: str) -> None:
    """Two plain lines naming the command typed, exit 2: not the routed `clean`'s usage
    in a box (issue 17, item 19)."""
    result = CliRunner().invoke(app, args, env={"COLUMNS": "80"})
    assert result.exit_code == 2
    first, second = result.stderr.splitlines()
    assert first.startswith("clean-article: No such option: --bogus")
    assert second == f"Try '{hint}' for help."
