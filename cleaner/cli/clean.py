"""The ``clean`` command (the default) and ``explain``: one article or a few, to stdout.
This module declares their options; :mod:`cleaner.cli.clean_run` runs ``clean``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.clean_run import CleanOptions, read_input, run_clean
from cleaner.cli.common import CliError, OutputFormat, check_encoding, make_config
from cleaner.cli.options import (
    ConfigFile,
    Encoding,
    Ignore,
    KeepTitle,
    MaxChars,
    ProfileFile,
    Select,
    given,
)
from cleaner.config import DEFAULT_MAX_CHARS
from cleaner.exitcodes import ExitCode
from cleaner.pipeline import Cleaner
from cleaner.text.decode import InputError

Files = Annotated[
    list[str] | None,
    typer.Argument(metavar="FILE", help="Files to clean; none or '-' reads stdin."),
]
Format = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output: text, markdown or json.")
]
ReportFile = Annotated[
    Path | None,
    typer.Option(
        "--report",
        metavar="FILE",
        help="Write the report(s) as JSON to this file ('-': stdout, no text).",
    ),
]
RemovedFile = Annotated[
    Path | None,
    typer.Option(
        "--removed",
        metavar="FILE",
        help="Write the removed lines, with rule and line numbers, here.",
    ),
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="Hide warnings (errors are still shown).")
]


def clean_command(
    ctx: typer.Context,
    files: Files = None,
    output_format: Format = OutputFormat.TEXT,
    report: ReportFile = None,
    removed: RemovedFile = None,
    keep_title: KeepTitle = False,
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
    quiet: Quiet = False,
) -> None:
    """Clean articles (the default command).

    Several files are printed one after another, each after a line '==> NAME <=='
    (text, markdown) or as one JSON object per line (json).
    """
    params = {name: value for name, value in locals().items() if name != "ctx"}
    code = run_clean(CleanOptions(**params, typed=given(ctx)))
    if code:
        raise typer.Exit(code)


def explain_command(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="The article to explain ('-' for stdin).")
    ] = "-",
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    keep_title: KeepTitle = False,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
) -> None:
    """Show the article with each removed line marked by its rule code.

    Summary tables follow: lines removed per rule, and what was extracted. It cleans
    with the same settings file, profile and options as clean, so it shows why they
    removed a line.
    """
    from rich.console import Console

    from cleaner.cli.render import print_explain

    config = make_config(
        select,
        ignore,
        keep_title=keep_title,
        max_chars=max_chars,
        config_file=config_file,
        profile=profile,
        typed=given(ctx),
    )
    check_encoding(encoding)
    try:
        text = read_input(file, encoding).text
    except InputError as exc:
        raise CliError(f"{file}: {exc}", ExitCode.BAD_INPUT) from None
    print_explain(Console(), text, Cleaner(config).clean(text).report)
