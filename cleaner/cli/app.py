"""The ``clean-article`` command line: a thin layer over the library.

``clean-article FILE...`` (or stdin) cleans articles; ``explain``, ``rules``, ``rule``,
``batch`` and ``learn`` are subcommands. A first argument that is not a subcommand means
"clean". This module builds the app and registers the commands, which live in their own
modules and share only :mod:`cleaner.cli.options`.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer._click.core import Context
from typer.core import TyperGroup

from cleaner.cli import batch, clean, learn, rules
from cleaner.cli.options import CliError, quiet_broken_pipe
from cleaner.exitcodes import EPILOG, ExitCode

DEFAULT_COMMAND = "clean"


class CleanArticleGroup(TyperGroup):
    """Routes a first argument that is not a subcommand to ``clean``, and prints a
    :class:`CliError` once, as one line on stderr, with its exit code."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        first = next((a for a in args if a != "--version"), None)
        is_help = first in ctx.help_option_names
        if "--version" not in args and (
            first is None or (first not in self.commands and not is_help)
        ):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except CliError as exc:
            typer.echo(f"clean-article: {exc.message}", err=True)
            raise typer.Exit(exc.code) from None


app = typer.Typer(
    name="clean-article",
    cls=CleanArticleGroup,
    epilog=EPILOG,
    no_args_is_help=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from cleaner import __version__

        typer.echo(f"clean-article {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Clean scraped article text: body out, boilerplate into a report.

    Examples:

      clean-article article.txt > body.txt

      cat article.txt | clean-article --format json

      clean-article article.md --format markdown --report report.json

      clean-article explain article.txt

      clean-article batch pages/ --out clean/ -j 4
    """


app.command("clean")(clean.clean_command)
app.command("explain")(clean.explain_command)
app.command("rules")(rules.rules_command)
app.command("rule")(rules.rule_command)
app.command("batch", help=batch.BATCH_HELP, epilog=EPILOG)(batch.batch_command)
app.command("learn")(learn.learn_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app as ``clean-article``.

    Failures outside the commands end in one line on stderr and a documented exit code
    (:mod:`cleaner.exitcodes`), never a traceback: a closed pipe, a full disk, SIGTERM.
    """
    import signal

    args = list(sys.argv[1:] if argv is None else argv)
    if argv is None:  # a real process: SIGTERM unwinds, so atomic outputs clean up
        signal.signal(signal.SIGTERM, _terminate)
    try:
        app(args=args, prog_name="clean-article")
    except SystemExit:
        if _stdout_broken():
            quiet_broken_pipe()
        raise
    except BrokenPipeError:
        quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.exit(ExitCode.INTERRUPTED)
    except OSError as exc:
        _output_error(exc)


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(ExitCode.TERMINATED)


def _stdout_broken() -> bool:
    """Click answers a closed stdout (EPIPE) by wrapping it and exiting 1; we exit quietly."""
    return type(sys.stdout).__name__ == "PacifyFlushWrapper"


def _output_error(exc: OSError) -> None:
    import errno

    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        message = f"disk full: output{where} could not be written"
    else:
        message = f"could not write{where}: {exc.strerror or exc}"
    typer.echo(f"clean-article: {message}", err=True)
    sys.exit(ExitCode.OUTPUT_ERROR)
