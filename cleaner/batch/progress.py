"""Progress and the end-of-run summary of a batch: counts, bytes, rules fired, failures.

On a terminal the progress is a rich bar on stderr; otherwise (or with ``--quiet``) it is
plain ``key=value`` log lines, easy to grep. Failures are always printed, one line each.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import typer

#: Seconds between plain progress lines when stderr is not a terminal.
LOG_EVERY = 5.0
#: Failures kept in memory for the summary and the failures file; the rest are counted.
MAX_LISTED = 10_000


@dataclass
class Stats:
    """Running totals of a batch. ``bytes_in``/``bytes_out`` and ``chars_*`` count the
    article text of the documents cleaned (for JSONL the text field, not the other fields or
    the report); ``bytes_read`` counts all input read, failed inputs too (the progress bar's
    measure, against ``total_bytes``)."""

    total_docs: int = 0
    total_bytes: int = 0
    docs: int = 0
    skipped: int = 0
    bytes_read: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  #: the first MAX_LISTED
    failed: int = 0
    failure_entries: int = 0  #: entries made, listed or not (one may stand for many records)
    started: float = field(default_factory=time.monotonic)
    stopped: str | None = None
    skipped_label: str = "documents skipped (already done)"

    def add(self, *, bytes_in: int, bytes_out: int, chars_in: int, chars_out: int) -> None:
        self.docs += 1
        self.bytes_read += bytes_in
        self.bytes_in += bytes_in
        self.bytes_out += bytes_out
        self.chars_in += chars_in
        self.chars_out += chars_out

    def fail(self, name: str, reason: str, *, records: int = 1) -> None:
        """One failure entry, standing for ``records`` documents that failed alike."""
        self.failed += records
        self.failure_entries += 1
        if len(self.failures) < MAX_LISTED:
            self.failures.append((name, reason))

    @property
    def elapsed(self) -> float:
        return max(time.monotonic() - self.started, 1e-9)


class Progress:
    """Shows progress: a rich bar on a TTY, plain log lines otherwise, nothing if quiet."""

    def __init__(self, stats: Stats, *, quiet: bool, unit: str = "files") -> None:
        self.stats = stats
        self.quiet = quiet
        self.unit = unit
        self._last = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[bold]cleaning"),
                BarColumn(),
                TextColumn("{task.fields[count]} " + unit),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task(
                "clean", total=self.stats.total_bytes or None, completed=0, count="0"
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def update(self) -> None:
        s = self.stats
        if self._bar is not None:
            done = self._done()
            count = f"{done}/{s.total_docs}" if s.total_docs else str(done)
            self._bar.update(self._task, completed=s.bytes_read, count=count)
            return
        now = time.monotonic()
        if self.quiet or now - self._last < LOG_EVERY:
            return
        self._last = now
        self.log(
            f"progress {self.unit}={self._done()}/{s.total_docs or '?'} "
            f"mb={s.bytes_read / 1e6:.1f} rate_mb_s={s.bytes_read / 1e6 / s.elapsed:.2f} "
            f"docs_s={s.docs / s.elapsed:.1f} failed={s.failed}"
        )

    def _done(self) -> int:
        """Documents done, counting files skipped by --resume (JSONL skips whole shards)."""
        return self.stats.docs + (self.stats.skipped if self.unit == "files" else 0)

    def failure(self, name: str, reason: str, *, records: int = 1) -> None:
        """Record a failure and print it at once (even with ``--quiet``)."""
        self.stats.fail(name, reason, records=records)
        line = f"clean-article: FAILED {name}: {reason}"
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            typer.echo(line, err=True)

    @staticmethod
    def log(message: str) -> None:
        typer.echo(f"clean-article: {message}", err=True)


def summary_rows(stats: Stats, *, unit: str = "documents") -> list[tuple[str, list[str]]]:
    """The summary as (label, values) rows; a row has several values where a table may
    break its cell (the top rules), never inside one value."""
    s = stats
    removed = 1 - s.chars_out / s.chars_in if s.chars_in else 0.0
    rows = [(f"{unit} cleaned", [f"{s.docs:,}"])]
    if s.skipped:
        rows.append((s.skipped_label, [f"{s.skipped:,}"]))
    rows += [
        (f"{unit} failed", [f"{s.failed:,}"]),
        ("bytes in", [f"{s.bytes_in:,}"]),
        ("bytes out", [f"{s.bytes_out:,}"]),
        ("share of text removed", [f"{removed:.1%}"]),
        ("time", [f"{s.elapsed:.1f} s"]),
        ("rate", [f"{s.docs / s.elapsed:,.1f} docs/s, {s.bytes_in / 1e6 / s.elapsed:.2f} MB/s"]),
    ]
    if s.rules:
        rows.append(("top rules fired", [f"{c} {n:,}" for c, n in s.rules.most_common(8)]))
    return rows


def print_summary(stats: Stats, *, unit: str = "documents", failures_file: str | None) -> None:
    """The end-of-run summary on stderr (stdout may be carrying JSONL): a table on a
    terminal, plain ``label: value`` lines otherwise."""
    from rich.console import Console

    s = stats
    title = "clean-article batch" + (f" ({s.stopped}, partial)" if s.stopped else "")
    rows = summary_rows(stats, unit=unit)
    console = Console(stderr=True, highlight=False)
    if console.is_terminal:
        console.print(_table(title, rows))
    else:
        lines = [f"{title}:"] + [f"  {label}: {', '.join(values)}" for label, values in rows]
        console.print("\n".join(lines), markup=False, soft_wrap=True)
    if s.failed:
        console.print(f"[bold red]{s.failed} failed[/]:")
        for name, reason in s.failures[:20]:
            console.print(f"  {name}: {reason}", markup=False, soft_wrap=True)
        if s.failure_entries > 20:
            console.print(f"  ... and {s.failure_entries - 20} more")
        if failures_file:
            console.print(f"failures listed in {failures_file}", markup=False, soft_wrap=True)


def _table(title: str, rows: list[tuple[str, list[str]]]) -> Any:
    """A rich table of the rows; several values stand one a line, so no cell is broken
    inside a value."""
    from rich.table import Table

    table = Table(title=title, show_header=False)
    table.add_column("what", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    for label, values in rows:
        table.add_row(label, "\n".join(values))
    return table
