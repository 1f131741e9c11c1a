"""``rules`` (every rule, one line each) and ``rule CODE`` (one rule's documentation)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from cleaner.cli.common import CliError
from cleaner.rules import all_rules, lookup


class RulesFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def rules_command(
    output_format: Annotated[
        RulesFormat,
        typer.Option(
            "--format",
            "-f",
            help="text: a table on a terminal, one tab-separated line per rule when piped; "
            "json: a list of objects.",
        ),
    ] = RulesFormat.TEXT,
) -> None:
    """List every rule: code, name, category and a one-line summary."""
    import sys

    from rich.console import Console
    from rich.table import Table

    fields = ("code", "name", "kind", "category", "summary")
    rows = [{field: getattr(info, field) for field in fields} for info in all_rules()]
    if output_format is RulesFormat.JSON:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not sys.stdout.isatty():  # for grep and cut: one whole line per rule
        for row in rows:
            typer.echo("\t".join(row[field] for field in ("code", "name", "category", "summary")))
    else:
        table = Table(title="clean-article rules")
        for column in ("code", "name", "category", "summary"):
            table.add_column(column)
        for row in rows:
            table.add_row(row["code"], row["name"], row["category"], row["summary"])
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
