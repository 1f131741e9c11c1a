"""The plain path (cleaner/cli/entry.py): ``clean-article FILE...`` (or stdin) with no option
runs ``clean`` without building the typer app. For every such command line it must do what
the app does: the same output, messages and exit code, here compared process by process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cleaner.cli import clean, clean_run, entry
from cleaner.cli.app import app
from cleaner.cli.clean_run import CleanOptions

#: The installed script's way in (``cleaner.__main__.run``): takes the plain path.
PLAIN = [sys.executable, "-m", "cleaner"]
#: The typer app, always.
APP = [sys.executable, "-c", "from cleaner.cli.app import main; main()"]

ARTICLE = (
    "Home | News | Sport\n\n"
    "By Jane Doe\n\n"
    "The council met on Tuesday and voted to fix the old bridge over the river.\n\n"
    "Subscribe to our newsletter for more!\n"
)
OTHER = "Region: Europe\n\nA second article, short and plain, about the weather in spring.\n"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder (no pyproject.toml settings) holding a few inputs."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.md").write_text(OTHER, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.dat").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes(
        "Caf\xe9 cr\xe8me, na\xefve fa\xe7ade.\n".encode("latin-1")
    )
    (tmp_path / "folder").mkdir()


def _both(args: list[Any], stdin: bytes = b"", cwd: Path | None = None) -> list[Any]:
    """(exit code, stdout, stderr) of the plain path and of the app on one command line."""
    found = []
    for command in (PLAIN, APP):
        done = subprocess.run(
            [*command, *args], input=stdin, capture_output=True, check=False, cwd=cwd
        )
        found.append((done.returncode, done.stdout, done.stderr))
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["a.txt"],
        ["a.txt", "b.md"],
        ["missing.txt"],
        ["missing.txt", "a.txt"],
        ["folder"],
        ["binary.dat"],
        ["empty.txt"],
        ["latin1.txt"],
        ["a.txt", "clean"],  # a subcommand's name after the first file is a file name
        [""],
        ["\x1b[31mred.txt"],  # click strips ANSI codes from messages off a terminal
        [b"\xff.txt"],  # not UTF-8
    ],
)
def test_files_give_what_the_app_gives(args: list[Any]) -> None:
    plain, full = _both(args)
    assert plain == full
    assert plain[1] or plain[2]


@pytest.mark.parametrize("args", [[], ["-"], ["-", "a.txt"]])
def test_stdin_gives_what_the_app_gives(args: list[str]) -> None:
    plain, full = _both(args, stdin=ARTICLE.encode())
    assert plain == full
    assert plain[0] == 0 and b"council" in plain[1]


@pytest.mark.parametrize(
    "settings",
    [
        "[tool.clean-article]\nignore = ['B']\nkeep_title = true\n",
        "[tool.clean-article]\nselect = ['Q']\n",  # no detector left: a warning
        "[tool.clean-article]\nselekt = ['P']\n",  # a usage error
        "[tool.clean-article]\nmax_chars = 10\n",
    ],
)
def test_settings_file_applies_as_in_the_app(settings: str, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(settings, "utf-8")
    plain, full = _both(["a.txt"])
    assert plain == full


def test_closed_stdout_ends_quietly_as_in_the_app(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 3000, "utf-8")
    found = []
    for command in (PLAIN, APP):
        proc = subprocess.Popen(
            [*command, "big.txt"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before anything is written
        found.append((proc.wait(timeout=120), proc.stderr.read()))
        proc.stderr.close()
    assert found[0] == found[1] == (0, b"")


def test_no_input_on_a_terminal_as_in_the_app(tmp_path: Path) -> None:
    import pty

    found = []
    for command in (PLAIN, APP):
        main_fd, terminal = pty.openpty()
        try:
            done = subprocess.run(
                command, stdin=terminal, capture_output=True, check=False, timeout=60
            )
        finally:
            os.close(terminal)
            os.close(main_fd)
        found.append((done.returncode, done.stdout, done.stderr))
    assert found[0] == found[1]
    assert found[0][2].startswith(b"clean-article: no input")


def test_plain_path_loads_no_typer() -> None:
    code = (
        "import sys\n"
        "from cleaner.__main__ import run\n"
        "sys.argv = ['clean-article', 'a.txt']\n"
        "run()\n"
        "assert 'typer' not in sys.modules and 'pydantic' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "council" in done.stdout


@pytest.mark.parametrize(
    ("args", "plain"),
    [
        ([], True),
        (["a.txt"], True),
        (["-"], True),
        (["a.txt", "b.txt", "explain"], True),
        (["clean", "a.txt"], False),
        (["explain", "a.txt"], False),
        (["a.txt", "--format", "json"], False),
        (["a.txt", "-q"], False),
        (["--", "a.txt"], False),
        (["--version"], False),
        (["-h"], False),
        (["--help"], False),
    ],
)
def test_which_command_lines_are_plain(args: list[str], plain: bool) -> None:
    assert entry.is_plain(args) is plain


def test_completion_takes_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(entry.COMPLETION_VARIABLE, "bash_complete")
    assert not entry.is_plain(["a.txt"])


def test_commands_are_the_apps() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    assert set(group.commands) == entry.COMMANDS


def test_option_defaults_are_the_commands() -> None:
    import inspect

    declared = inspect.signature(clean.clean_command).parameters
    fields = CleanOptions.__dataclass_fields__
    assert set(declared) - {"ctx"} == set(fields) - {"typed"}
    for name in set(fields) - {"typed"}:
        assert fields[name].default == declared[name].default, name


@pytest.mark.parametrize("args", [[], ["a.txt"], ["-"], ["a.txt", "b.md"]])
def test_plain_path_gives_run_clean_the_apps_options(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[CleanOptions] = []

    def record(opts: CleanOptions) -> int:
        seen.append(opts)
        return 0

    monkeypatch.setattr(clean, "run_clean", record)
    monkeypatch.setattr(clean_run, "run_clean", record)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    entry.clean_plain(list(args))
    assert len(seen) == 2
    app_options, plain_options = seen
    assert plain_options == app_options
