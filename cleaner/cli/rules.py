"""``rules`` (every rule, one line each) and ``rule CODE`` (one rule's documentation)."""

from __future__ import annotations

from typing import Annotated

import typer

from cleaner.cli.options import CliError
from cleaner.rules.registry import all_rules, lookup


def rules_command() -> None:
    """List every rule: code, name, category and a one-line summary."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="clean-article rules")
    for column in ("code", "name", "category", "summary"):
        table.add_column(column)
    for info in all_rules():
        table.add_row(info.code, info.name, info.category, info.summary)
    Console().print(table)


def rule_command(
    code: Annotated[str, typer.Argument(metavar="CODE", help="A rule code, e.g. P001.")],
) -> None:
    """Print one rule's documentation.

    Why it exists, examples it removes and counterexamples it leaves alone.
    """
    info = lookup(code)
    if info is None:
        raise CliError(f"no rule {code!r} (see `clean-article rules`)")
    typer.echo(f"{info.code} {info.name} ({info.kind}, {info.category})\n\n{info.doc}\n")
    if info.examples:
        typer.echo("Examples (fires):")
        for example in info.examples:
            typer.echo("  " + example.strip().replace("\n", "\n  ")[:300])
    if info.counterexamples:
        typer.echo("Counterexamples (does not fire):")
        for example in info.counterexamples:
            typer.echo("  " + example.strip().replace("\n", "\n  ")[:300])
