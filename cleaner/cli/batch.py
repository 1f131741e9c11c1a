"""The ``batch`` command: folders and JSONL datasets. Declares the options, gathers them
into :class:`BatchOptions` and hands the run to :mod:`cleaner.cli.batch_run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.common import BatchFormat, Engine
from cleaner.cli.options import (
    ConfigFile,
    Encoding,
    Ignore,
    KeepTitle,
    MaxChars,
    ProfileFile,
    Select,
    given,
)
from cleaner.config import DEFAULT_MAX_CHARS

BATCH_HELP = """Clean a folder of articles, or a JSONL dataset, in parallel.

Folders: every file under IN_DIR matching --glob (default *.txt, *.md, *.markdown,
recursive) is cleaned into OUT_DIR under the same relative path. Reports: --reports FILE.jsonl
writes one line per file, {"path": ..., "report": {...}}, in input order; --report-files writes
OUT_DIR/<path>.report.json next to each output. State lives in OUT_DIR/.clean-article/:
manifest.jsonl (the done-log --resume checks: input size and mtime, options, output SHA-256)
and failures.jsonl (one {"path", "reason"} per file that could not be read or decoded).
OUT_DIR must not be IN_DIR, inside it or around it; --in-place --backup-suffix .orig
cleans IN_DIR itself and keeps each original as NAME.orig. Symlinks leading out of IN_DIR
are skipped.

JSONL: IN is a .jsonl[.gz|.zst] file, '-' (stdin) or a folder of such shards; --out
is a file (compressed by its suffix), '-' (stdout) or a folder for shards. Each record's
--text-field is cleaned, its report goes into --report-field (or nowhere with --no-report),
other fields pass through. Malformed lines go to --errors (default OUT.errors.jsonl, for
shards OUT_DIR/.clean-article/errors.jsonl, JSON lines on stderr when writing to stdout)
with line number, reason and the line itself; the run continues. --resume skips shards
already done; a single file is redone whole.

Outputs appear only complete (temporary file, then rename). Ctrl-C / SIGTERM stop the
workers, print the summary so far and exit 130 / 143; run again with --resume to go on.
Results are byte-identical whatever -j is.

Examples:

\b
  clean-article batch pages/ --out clean/ --reports clean/reports.jsonl
  clean-article batch data.jsonl.zst --out clean.jsonl.zst -j 8
  zcat data.jsonl.gz | clean-article batch - --out - --no-report > clean.jsonl
"""

Source = Annotated[
    str, typer.Argument(metavar="IN", help="IN_DIR, a .jsonl[.gz|.zst] file or '-'.")
]
Out = Annotated[
    str | None,
    typer.Option("--out", "-o", metavar="OUT", help="OUT_DIR, an output JSONL file or '-'."),
]
Globs = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="File patterns to clean (repeatable). [default: *.txt, *.md, *.markdown]",
    ),
]
Jobs = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        help="Worker processes (default: one per core); 1 runs in-process.",
        show_default=False,
    ),
]
Reports = Annotated[
    Path | None,
    typer.Option("--reports", metavar="FILE", help="Folders: write all reports to this JSONL."),
]
ReportFiles = Annotated[
    bool, typer.Option("--report-files", help="Folders: write OUT/<path>.report.json.")
]
RemovedFiles = Annotated[
    bool,
    typer.Option(
        "--removed-files",
        help="Folders: write OUT/<path>.removed.txt (removed lines, rules, line numbers).",
    ),
]
Resume = Annotated[bool, typer.Option("--resume", help="Skip files already done and unchanged.")]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress or summary; failures still shown.")
]
InPlace = Annotated[
    bool, typer.Option("--in-place", help="Clean IN_DIR itself (needs --backup-suffix).")
]
BackupSuffix = Annotated[
    str | None,
    typer.Option("--backup-suffix", metavar="SUFFIX", help="With --in-place: keep originals."),
]
TextField = Annotated[
    str, typer.Option("--text-field", metavar="NAME", help="JSONL: the text field.")
]
IdField = Annotated[
    str | None,
    typer.Option("--id-field", metavar="NAME", help="JSONL: a record id, named in errors."),
]
ReportField = Annotated[
    str,
    typer.Option("--report-field", metavar="NAME", help="JSONL: field that gets the report."),
]
NoReport = Annotated[bool, typer.Option("--no-report", help="JSONL: drop the report.")]
Errors = Annotated[
    str | None,
    typer.Option("--errors", metavar="FILE", help="JSONL: file for malformed lines."),
]
Format = Annotated[BatchFormat, typer.Option("--format", "-f", help="Output: text or markdown.")]
Learn = Annotated[
    bool | None,
    typer.Option(
        "--learn/--no-learn",
        help="Learn the short lines each site repeats across the inputs (site: a record's "
        "domain or url, else the whole input) and remove them too; on by default (not "
        "for stdin). Saved for review as OUT.profile.json or "
        "OUT_DIR/.clean-article/profile.json.",
        show_default=False,
    ),
]
EngineOption = Annotated[
    Engine, typer.Option("--engine", help="JSONL: local (worker processes) or ray (Ray tasks).")
]
Address = Annotated[
    str | None,
    typer.Option(
        "--address",
        metavar="ADDRESS",
        help="With --engine ray: cluster address (ray://HOST:10001, auto).",
    ),
]


def batch_command(
    ctx: typer.Context,
    source: Source,
    out: Out = None,
    globs: Globs = None,
    jobs: Jobs = 0,
    reports: Reports = None,
    report_files: ReportFiles = False,
    removed_files: RemovedFiles = False,
    resume: Resume = False,
    quiet: Quiet = False,
    in_place: InPlace = False,
    backup_suffix: BackupSuffix = None,
    text_field: TextField = "text",
    id_field: IdField = None,
    report_field: ReportField = "clean_article",
    no_report: NoReport = False,
    errors: Errors = None,
    output_format: Format = BatchFormat.TEXT,
    keep_title: KeepTitle = False,
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
    learn: Learn = None,
    engine: EngineOption = Engine.LOCAL,
    address: Address = None,
) -> None:
    params = {name: value for name, value in locals().items() if name != "ctx"}
    # The batch machinery (worker pools, multiprocessing) loads only for a batch run.
    from cleaner.cli.batch_run import BatchOptions, run_batch

    run_batch(BatchOptions(**params, typed=given(ctx)))
