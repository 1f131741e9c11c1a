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
from typer._click.exceptions import UsageError
from typer._click.formatting import HelpFormatter
from typer.core import TyperCommand, TyperGroup

from cleaner.cli import batch, clean, learn, rules
from cleaner.cli.common import CliError
from cleaner.cli.entry import cli_error, guarded
from cleaner.exitcodes import EPILOG, ExitCode

DEFAULT_COMMAND = "clean"
ROUTED = "cleaner.routed"  # ctx.meta key: the command line named no subcommand


class CleanArticleGroup(TyperGroup):
    """Routes a first argument that is not a subcommand to ``clean``, and prints a
    :class:`CliError` or a usage error once, on stderr, with its exit code."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        first = next((a for a in args if a != "--version"), None)
        is_help = first in ctx.help_option_names
        if "--version" not in args and (
            first is None or (first not in self.commands and not is_help)
        ):
            ctx.meta[ROUTED] = True
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except CliError as exc:
            raise typer.Exit(cli_error(exc)) from None
        except UsageError as exc:
            # Two plain lines, naming the command the user typed (not a routed ``clean``).
            command = "clean-article" if ctx.meta.get(ROUTED) else _command_path(exc, ctx)
            typer.echo(f"clean-article: {exc.format_message()}", err=True)
            typer.echo(f"Try '{command} --help' for help.", err=True)
            raise typer.Exit(ExitCode.USAGE) from None


class PlainHelpCommand(TyperCommand):
    """Help as click and sqlite-utils print it: arguments named as in the usage line
    (``IN``, ``[FILE]...``), no Python type names beside them."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(_argument_name(param))
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        params = self.get_params(ctx)
        arguments = [
            (_argument_name(p), getattr(p, "help", None) or "")
            for p in params
            if p.param_type_name == "argument"
        ]
        options = [p.get_help_record(ctx) for p in params if p.param_type_name == "option"]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        with formatter.section("Options"):
            formatter.write_dl([record for record in options if record is not None])


def _argument_name(param: Any) -> str:
    name = str(param.metavar or param.name.upper())
    name = name if param.required else f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


def _command_path(exc: UsageError, ctx: Context) -> str:
    return exc.ctx.command_path if exc.ctx is not None else ctx.command_path


app = typer.Typer(
    name="clean-article",
    cls=CleanArticleGroup,
    epilog=EPILOG,
    no_args_is_help=False,
    add_completion=False,  # completion flags would be routed to ``clean``
    rich_markup_mode=None,  # plain help, as ruff's and sqlite-utils': no boxes, no markup
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


app.command("clean", cls=PlainHelpCommand)(clean.clean_command)
app.command("explain", cls=PlainHelpCommand)(clean.explain_command)
app.command("rules", cls=PlainHelpCommand)(rules.rules_command)
app.command("rule", cls=PlainHelpCommand)(rules.rule_command)
app.command("batch", cls=PlainHelpCommand, help=batch.BATCH_HELP, epilog=EPILOG)(
    batch.batch_command
)
app.command("learn", cls=PlainHelpCommand)(learn.learn_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app as ``clean-article``, under the guard of
    :func:`cleaner.cli.entry.guarded` (one line and an exit code for a closed pipe, a full
    disk, SIGTERM; never a traceback)."""
    args = list(sys.argv[1:] if argv is None else argv)
    guarded(lambda: app(args=args, prog_name="clean-article"), real_process=argv is None)
