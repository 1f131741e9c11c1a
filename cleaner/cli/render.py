"""Rich terminal views: the ``explain`` view and summary tables. Imported only by the CLI."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from cleaner.model import Report
from cleaner.text.normalize import normalize, repaired_lines


def explain(source: str, report: Report) -> Group:
    """The input with every removed line marked by its rule code and every line N002
    repaired shown before its repair, then summary tables. A long line wraps under its own
    text, right of the line-number gutter."""
    text, _ = normalize(source)
    repaired = repaired_lines(source)
    codes: dict[int, tuple[str, str]] = {}
    for r in report.removed:
        for n in range(r.first_line, r.last_line + 1):
            codes[n] = (r.code, r.category)
    body = Table.grid(padding=(0, 1))
    body.add_column(no_wrap=True)  # the gutter: line number and rule code
    body.add_column(overflow="fold")
    for number, line in enumerate(text.split("\n"), start=1):
        if number in repaired:  # the line before its repair, then as it is now
            shown = Text(repaired[number], style="yellow")
            shown.append("  [text-repair: before]", style="dim")
            body.add_row(Text(f"{number:>5} N002 ", style="bold yellow"), shown)
        if number in codes:
            code, category = codes[number]
            shown = Text(line, style="red strike")
            shown.append(f"  [{category}]", style="dim")
            body.add_row(Text(f"{number:>5} {code:<5}", style="bold red"), shown)
        else:
            body.add_row(Text(f"{number:>5}      ", style="dim"), Text(line))
    return Group(body, removed_table(report), facts_table(report))


def removed_table(report: Report) -> Table:
    """How many lines each rule removed."""
    table = Table(title="Removed", show_lines=False)
    for column in ("code", "rule", "category", "lines"):
        table.add_column(column)
    counts: Counter[tuple[str, str, str]] = Counter()
    for r in report.removed:
        counts[(r.code, r.name, r.category)] += r.last_line - r.first_line + 1
    for (code, name, category), n in sorted(counts.items()):
        table.add_row(code, name, category, str(n))
    return table


def facts_table(report: Report) -> Table:
    """What was extracted into the report."""
    table = Table(title="Extracted")
    table.add_column("field")
    table.add_column("value", overflow="fold")
    data = report.to_dict()
    for field in (
        "title",
        "authors",
        "date",
        "publisher",
        "source",
        "tags",
        "emails",
        "urls",
        "copyright",
        "bio",
        "disclaimers",
        "fair_use",
        "promos",
        "fixes",
        "warnings",
    ):
        value = data[field]
        if value:
            table.add_row(field, shown_value(value)[:500])
    return table


def shown_value(value: object) -> str:
    """A report value as a reader writes it: list items one a line, ``key: count`` pairs,
    never a Python repr."""
    if isinstance(value, list):
        return "\n".join(shown_value(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(f"{key}: {shown_value(item)}" for key, item in value.items())
    return str(value)


def print_explain(console: Console, source: str, report: Report) -> None:
    console.print(explain(source, report))
