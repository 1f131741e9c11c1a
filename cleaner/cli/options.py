"""What the commands share: option types, fixed choices, :class:`CliError` and the Config
built from the settings file and the flags. Imports no command module."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from cleaner.config import Config
from cleaner.exitcodes import ExitCode


class CliError(Exception):
    """A failure the user can fix: printed once as ``clean-article: MESSAGE``, exit ``code``."""

    def __init__(self, message: str, code: int = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class OutputFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


class BatchFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"


class Engine(StrEnum):
    LOCAL = "local"
    RAY = "ray"


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


def _codes(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(code for value in values for code in value.split(",") if code.strip())


def given(ctx: typer.Context) -> frozenset[str]:
    """The parameters the user typed on the command line (not left at their default)."""
    return frozenset(
        name
        for name in ctx.params
        if getattr(ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"
    )


def make_config(
    select: list[str] | None,
    ignore: list[str] | None,
    *,
    config_file: Path | None = None,
    profile: Path | None = None,
    typed: frozenset[str] = frozenset(),
    **options: Any,
) -> Config:
    """Build a Config: defaults < the settings file (``--config``, else
    ``[tool.clean-article]`` in ./pyproject.toml) and ``--profile`` < the ``options`` the user
    ``typed``. ``--ignore`` adds to the file's. Bad settings are a CliError.
    """
    from cleaner.pipeline import Cleaner
    from cleaner.settings import ConfigError, load_settings

    try:
        settings = load_settings(config_file)
        if profile is not None:
            from cleaner.profile import load_profile

            settings["profile"] = load_profile(profile)
        for key, value in options.items():
            if key in typed or key not in settings:
                settings[key] = value
        if select is not None:
            settings["select"] = _codes(select)
        settings["ignore"] = tuple(settings.get("ignore", ())) + (_codes(ignore) or ())
        config = Config(**settings)
        cleaner = Cleaner(config)
    except (ConfigError, ValueError) as exc:
        raise CliError(str(exc).strip()) from None
    if not cleaner.rules:
        typer.echo(
            "clean-article: warning: --select/--ignore leave no detector: nothing will be "
            "removed, only fixes run",
            err=True,
        )
    return config


def check_encoding(encoding: str | None) -> None:
    """An unknown ``--encoding`` is a usage error, found before any input is read."""
    import codecs

    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise CliError(f"unknown --encoding {encoding!r}") from None


def quiet_broken_pipe() -> None:
    """The reader went away (``| head``): exit quietly with 0, as ``head``'s writer should
    not be reported as failing; stdout is pointed at /dev/null so the final flush is silent."""
    import contextlib
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)
