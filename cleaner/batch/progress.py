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
    """Running totals of a batch; ``chars_*`` count text, ``bytes_*`` what was read/written."""

    total_docs: int = 0
    total_bytes: int = 0
    docs: int = 0
    skipped: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  #: the first MAX_LISTED
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    stopped: str | None = None
    skipped_label: str = "documents skipped (already done)"

    def add(self, *, bytes_in: int, bytes_out: int, chars_in: int, chars_out: int) -> None:
        self.docs += 1
        self.bytes_in += bytes_in
        self.bytes_out += bytes_out
        self.chars_in += chars_in
        self.chars_out += chars_out

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
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
            self._bar.update(self._task, completed=s.bytes_in, count=count)
            return
        now = time.monotonic()
        if self.quiet or now - self._last < LOG_EVERY:
            return
        self._last = now
        self.log(
            f"progress {self.unit}={self._done()}/{s.total_docs or '?'} "
            f"mb={s.bytes_in / 1e6:.1f} rate_mb_s={s.bytes_in / 1e6 / s.elapsed:.2f} "
            f"docs_s={s.docs / s.elapsed:.1f} failed={s.failed}"
        )

    def _done(self) -> int:
        """Documents done, counting files skipped by --resume (JSONL skips whole shards)."""
        return self.stats.docs + (self.stats.skipped if self.unit == "files" else 0)

    def failure(self, name: str, reason: str) -> None:
        """Record a failure and print it at once (even with ``--quiet``)."""
        self.stats.fail(name, reason)
        line = f"clean-article: FAILED {name}: {reason}"
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            typer.echo(line, err=True)

    @staticmethod
    def log(message: str) -> None:
        typer.echo(f"clean-article: {message}", err=True)


def print_summary(stats: Stats, *, unit: str = "documents", failures_file: str | None) -> None:
    """The end-of-run table on stderr (stdout may be carrying JSONL)."""
    from rich.console import Console
    from rich.table import Table

    s = stats
    removed = 1 - s.chars_out / s.chars_in if s.chars_in else 0.0
    title = "clean-article batch" + (f" ({s.stopped}, partial)" if s.stopped else "")
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row(f"{unit} cleaned", f"{s.docs:,}")
    if s.skipped:
        table.add_row(s.skipped_label, f"{s.skipped:,}")
    table.add_row(f"{unit} failed", f"{s.failed:,}")
    table.add_row("bytes in", f"{s.bytes_in:,}")
    table.add_row("bytes out", f"{s.bytes_out:,}")
    table.add_row("share of text removed", f"{removed:.1%}")
    table.add_row("time", f"{s.elapsed:.1f} s")
    table.add_row(
        "rate", f"{s.docs / s.elapsed:,.1f} docs/s, {s.bytes_in / 1e6 / s.elapsed:.2f} MB/s"
    )
    if s.rules:
        top = ", ".join(f"{code} {n:,}" for code, n in s.rules.most_common(8))
        table.add_row("top rules fired", top)
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 100)
    console.print(table)
    if s.failed:
        console.print(f"[bold red]{s.failed} failed[/]:", highlight=False)
        for name, reason in s.failures[:20]:
            console.print(f"  {name}: {reason}", markup=False, highlight=False)
        if s.failed > 20:
            console.print(f"  ... and {s.failed - 20} more", highlight=False)
        if failures_file:
            console.print(f"failures listed in {failures_file}", markup=False, highlight=False)
