"""What the commands share and the plain path needs too, without loading typer: fixed
choices, :class:`CliError`, the Config built from the settings file and the flags, and
:func:`echo` for messages on stderr. The typer option types live in :mod:`cleaner.cli.options`.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

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


def echo(message: str) -> None:
    """``typer.echo(message, err=True)``: one line on stderr (ANSI codes stripped when it
    is no terminal). typer is loaded here, on the first message, so that a plain clean
    that prints none never loads it (:mod:`cleaner.cli.entry`)."""
    from typer import echo as typer_echo

    typer_echo(message, err=True)


def _codes(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(code for value in values for code in value.split(",") if code.strip())


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
        echo(
            "clean-article: warning: --select/--ignore leave no detector: nothing will be "
            "removed, only fixes run"
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
