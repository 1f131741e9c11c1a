"""The typer option types the commands share, and :func:`given`. Imports no command module;
what needs no typer (choices, :class:`~cleaner.cli.common.CliError`, the Config from the
settings file and the flags) is in :mod:`cleaner.cli.common`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Select = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="CODES",
        help="Only rules with these codes or prefixes (repeatable, or comma separated).",
    ),
]
Ignore = Annotated[
    list[str] | None,
    typer.Option("--ignore", metavar="CODES", help="Skip rules with these codes or prefixes."),
]
KeepTitle = Annotated[
    bool,
    typer.Option("--keep-title/--no-keep-title", help="Put the title back as the first line."),
]
MaxChars = Annotated[
    int,
    typer.Option("--max-chars", metavar="N", help="Pass larger documents through unchanged."),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Settings TOML (default: [tool.clean-article] in ./pyproject.toml).",
    ),
]
ProfileFile = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        metavar="FILE",
        help="Remove the lines a learned profile lists (see the learn command).",
    ),
]
Encoding = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Decode input with this encoding instead of detecting it.",
    ),
]


def given(ctx: typer.Context) -> frozenset[str]:
    """The parameters the user typed on the command line (not left at their default)."""
    return frozenset(
        name
        for name in ctx.params
        if getattr(ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"
    )
