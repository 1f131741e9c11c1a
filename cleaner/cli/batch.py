"""The `batch` subcommand (registered on the app in cli.py): folders and JSONL datasets."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from cleaner.batch.folder import (
    DEFAULT_GLOBS,
    STATE_DIR,
    FolderJob,
    UsageError,
    check_distinct,
    check_paths,
    run_folder,
    write_failures,
)
from cleaner.batch.jsonl import JsonlJob, default_errors, is_jsonl, plan_jsonl, run_jsonl, shards
from cleaner.batch.learn import LearnJob
from cleaner.batch.pool import PoolFactory, WorkerDiedError, WorkerPool
from cleaner.batch.progress import Progress, Stats, print_summary
from cleaner.batch.records import RecordOptions
from cleaner.batch.signals import Stop, stop_on_signals
from cleaner.cli.app import (
    ConfigFile,
    Encoding,
    Ignore,
    KeepTitle,
    MaxChars,
    ProfileFile,
    Select,
    _quiet_broken_pipe,
    app,
    check_encoding,
    make_config,
)
from cleaner.config import DEFAULT_MAX_CHARS, Config
from cleaner.exitcodes import EPILOG, ExitCode

BATCH_HELP = """Clean a folder of articles, or a JSONL dataset, in parallel.

[bold]Folders[/]: every file under IN_DIR matching --glob (default *.txt, *.md, *.markdown,
recursive) is cleaned into OUT_DIR under the same relative path. Reports: --reports FILE.jsonl
writes one line per file, {"path": ..., "report": {...}}, in input order; --report-files writes
OUT_DIR/<path>.report.json next to each output. State lives in OUT_DIR/.clean-article/:
manifest.jsonl (the done-log --resume checks: input size and mtime, options, output SHA-256)
and failures.jsonl (one {"path", "reason"} per file that could not be read or decoded).
OUT_DIR must not be IN_DIR, inside it or around it; --in-place --backup-suffix .orig
cleans IN_DIR itself and keeps each original as NAME.orig. Symlinks leading out of IN_DIR
are skipped.

[bold]JSONL[/]: IN is a .jsonl[.gz|.zst] file, '-' (stdin) or a folder of such shards; --out
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

  clean-article batch pages/ --out clean/ --reports clean/reports.jsonl

  clean-article batch data.jsonl.zst --out clean.jsonl.zst -j 8

  zcat data.jsonl.gz | clean-article batch - --out - --no-report > clean.jsonl
"""


def fingerprint(config: Config, encoding: str | None, extra: str = "") -> str:
    """Identifies the options that shape the output; --resume redoes files made otherwise.

    Stable across processes whatever the hash seed (:attr:`Config.fingerprint`)."""
    key = f"{config.fingerprint}|{encoding}|{extra}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@app.command("batch", help=BATCH_HELP, epilog=EPILOG)
def batch_command(
    source: Annotated[
        str, typer.Argument(metavar="IN", help="IN_DIR, a .jsonl[.gz|.zst] file or '-'.")
    ],
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="OUT_DIR, an output JSONL file or '-'.")
    ] = None,
    globs: Annotated[
        list[str] | None,
        typer.Option("--glob", help="File patterns to clean (repeatable). [default: text, md]"),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            help="Worker processes (default: one per core); 1 runs in-process.",
            show_default=False,
        ),
    ] = 0,
    reports: Annotated[
        Path | None, typer.Option("--reports", help="Folders: write all reports to this JSONL.")
    ] = None,
    report_files: Annotated[
        bool, typer.Option("--report-files", help="Folders: write OUT/<path>.report.json.")
    ] = False,
    removed_files: Annotated[
        bool,
        typer.Option(
            "--removed-files",
            help="Folders: write OUT/<path>.removed.txt (removed lines, rules, line numbers).",
        ),
    ] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip files already done and unchanged.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or summary; failures still shown.")
    ] = False,
    in_place: Annotated[
        bool, typer.Option("--in-place", help="Clean IN_DIR itself (needs --backup-suffix).")
    ] = False,
    backup_suffix: Annotated[
        str | None, typer.Option("--backup-suffix", help="With --in-place: keep originals.")
    ] = None,
    text_field: Annotated[
        str, typer.Option("--text-field", help="JSONL: the text field.")
    ] = "text",
    id_field: Annotated[
        str | None, typer.Option("--id-field", help="JSONL: a record id, named in errors.")
    ] = None,
    report_field: Annotated[
        str, typer.Option("--report-field", help="JSONL: field that gets the report.")
    ] = "clean_article",
    no_report: Annotated[bool, typer.Option("--no-report", help="JSONL: drop the report.")] = False,
    errors: Annotated[
        str | None, typer.Option("--errors", help="JSONL: file for malformed lines.")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text or markdown output.")
    ] = "text",
    keep_title: KeepTitle = False,
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
    learn: Annotated[
        bool | None,
        typer.Option(
            "--learn/--no-learn",
            help="Learn the short lines each site repeats across the inputs (site: a record's "
            "domain or url, else the whole input) and remove them too; on by default (not "
            "for stdin). Saved for review as OUT.profile.json or "
            "OUT_DIR/.clean-article/profile.json.",
            show_default=False,
        ),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="JSONL: local (worker processes) or ray (Ray tasks).")
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(
            "--address", help="With --engine ray: cluster address (ray://HOST:10001, auto)."
        ),
    ] = None,
) -> None:
    _check_choices(output_format, engine, encoding)
    config = make_config(
        select,
        ignore,
        config_file=config_file,
        profile=profile,
        markdown=output_format == "markdown",
        keep_title=keep_title,
        max_chars=max_chars,
    )
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    stats = Stats()
    failures_file: str | None = None
    jsonl = _jsonl_mode(source, globs)
    _check_source(source, jsonl=jsonl)
    if engine == "ray" and not jsonl:
        _usage(f"{source}: --engine ray cleans JSONL; a folder of text files needs --engine local")
    if jsonl and not no_report:
        _check_report_field(report_field, text_field, id_field)
    if in_place and out is None:
        out = source
    if out is None:
        _usage("--out is required")
    assert out is not None
    job = LearnJob(source, jsonl, text_field, encoding, globs, backup_suffix, in_place, jobs)
    config = _learn(learn, job, out, config, quiet=quiet)
    with stop_on_signals():
        try:
            if jsonl:
                options = RecordOptions(
                    text_field=text_field,
                    id_field=id_field,
                    report_field=None if no_report else report_field,
                )
                failures_file = _jsonl(
                    source,
                    out,
                    errors,
                    options,
                    config,
                    jobs,
                    resume,
                    quiet,
                    stats,
                    _pool(engine, address),
                )
            else:
                folder = FolderJob(
                    Path(source),
                    Path(out),
                    config,
                    globs=tuple(globs) if globs else DEFAULT_GLOBS,
                    encoding=encoding,
                    reports=reports,
                    report_files=report_files,
                    removed_files=removed_files,
                    in_place=in_place,
                    backup_suffix=backup_suffix,
                    resume=resume,
                    jobs=jobs,
                    fingerprint=fingerprint(config, encoding),
                )
                check_paths(folder)
                try:
                    run_folder(folder, stats, Progress(stats, quiet=quiet))
                finally:
                    path = write_failures(folder.out_dir, stats.failures)
                    failures_file = str(path) if path else None
        except UsageError as exc:
            _usage(str(exc))
        except (KeyboardInterrupt, Stop) as exc:
            sigterm = isinstance(exc, Stop) and exc.signum == signal.SIGTERM
            stats.stopped = "terminated" if sigterm else "interrupted"
        except WorkerDiedError as exc:
            stats.stopped = f"stopped: {exc} (killed by the system? out of memory?)"
        except MemoryError:
            stats.stopped = "stopped: out of memory"
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # the reader went away (| head): quiet, as ripgrep
                _quiet_broken_pipe()
            full = exc.errno == errno.ENOSPC
            what = "disk full: output could not be written" if full else "cannot write output"
            typer.echo(f"clean-article: {what}: {exc}", err=True)
            raise typer.Exit(ExitCode.OUTPUT_ERROR) from None
        # A second Ctrl-C waits for the summary.
        _finish(
            stats,
            quiet=quiet,
            failures_file=failures_file,
            folder=None if jsonl else (source, globs),
        )


def _check_matched(stats: Stats, source: str, globs: list[str] | None) -> None:
    """A folder run that found no file warns and exits 1, as ruff does when nothing matched."""
    if stats.stopped or stats.docs or stats.failed or stats.skipped:
        return
    patterns = " ".join(globs or DEFAULT_GLOBS)
    typer.echo(f"clean-article batch: warning: no file under {source} matches {patterns}", err=True)
    raise typer.Exit(ExitCode.FAILED_INPUTS)


def _finish(
    stats: Stats,
    *,
    quiet: bool,
    failures_file: str | None,
    folder: tuple[str, list[str] | None] | None,
) -> None:
    """Print the summary and exit with the code the run earned; ``folder`` is the input
    folder and its globs (``None`` for JSONL), checked for a run that matched nothing."""
    jsonl = folder is None
    if folder is not None:
        _check_matched(stats, *folder)
    if not quiet:
        unit = "records" if jsonl else "documents"
        print_summary(stats, unit=unit, failures_file=failures_file)
    if stats.stopped:
        typer.echo(f"clean-article: {stats.stopped}; run again with --resume to go on", err=True)
        code = {
            "interrupted": ExitCode.INTERRUPTED,
            "terminated": ExitCode.TERMINATED,
        }.get(stats.stopped, ExitCode.WORKER_DIED)
        raise typer.Exit(code)
    if stats.failed:
        raise typer.Exit(ExitCode.FAILED_INPUTS)


def _learn(on: bool | None, job: LearnJob, out: str, config: Config, *, quiet: bool) -> Config:
    """The first pass (unless ``--no-learn``, or by default for stdin): the lines each site
    repeats, saved for review, added to the config."""
    from cleaner.batch.learn import check, learn, saved_path, with_profile
    from cleaner.io import atomic_write_bytes

    if on is False or (on is None and job.source == "-"):
        return config
    if job.source == "-":
        _usage("--learn reads the input twice: give a file or folder, not stdin")
    try:
        check(job, out)
    except UsageError as exc:
        _usage(str(exc))
    with stop_on_signals():
        try:
            learned = learn(job, config)
        except (KeyboardInterrupt, Stop) as exc:
            sigterm = isinstance(exc, Stop) and exc.signum == signal.SIGTERM
            raise typer.Exit(ExitCode.TERMINATED if sigterm else ExitCode.INTERRUPTED) from None
    saved = saved_path(job.source, out)
    try:
        if saved is not None:
            atomic_write_bytes(saved, learned.to_json())
    except OSError as exc:
        typer.echo(f"clean-article: cannot write output: {saved}: {exc.strerror or exc}", err=True)
        raise typer.Exit(ExitCode.OUTPUT_ERROR) from None
    if not quiet:
        where = f": {saved}" if saved else ""
        typer.echo(f"clean-article: learned {learned.summary()}{where} (--no-learn: off)", err=True)
    return with_profile(config, learned)


def _pool(engine: str, address: str | None) -> PoolFactory:
    """The workers of ``--engine``: local processes, or Ray tasks (same output, errors and
    exit code; see cleaner.integrations.ray.RayPool)."""
    if engine == "local":
        return WorkerPool
    try:
        from cleaner.integrations.ray import RayPool
    except ImportError:
        _usage("--engine ray needs Ray: pip install 'clean-article[ray]'")
    return partial(RayPool, address=address)


def _jsonl(
    source: str,
    out: str,
    errors: str | None,
    options: RecordOptions,
    config: Config,
    jobs: int,
    resume: bool,
    quiet: bool,
    stats: Stats,
    pool: PoolFactory,
) -> str | None:
    """Run JSONL mode; returns the error file's name (None: errors went to stderr)."""
    pairs, out_dir = plan_jsonl(source, out)
    error_file = errors
    if error_file is None:
        error_file = (
            default_errors(out) if out_dir is None else str(out_dir / STATE_DIR / "errors.jsonl")
        )
    if error_file is not None:
        named = [(f"the input {src}", src) for _, src, _ in pairs]
        named += [(f"the output {dst}", dst) for _, _, dst in pairs]
        check_distinct(("--errors", error_file), named)
    job = JsonlJob(
        pairs,
        config,
        options,
        error_file,
        jobs=jobs,
        resume=resume,
        out_dir=out_dir,
        fingerprint=fingerprint(config, None, repr(options)),
        pool=pool,
    )
    run_jsonl(job, stats, Progress(stats, quiet=quiet, unit="records"))
    return error_file


def _jsonl_mode(source: str, globs: list[str] | None) -> bool:
    """A JSONL file or stdin; or a folder holding shards and no text files (and no --glob)."""
    if is_jsonl(source):
        return True
    folder = Path(source)
    if globs or not folder.is_dir() or not shards(folder):
        return False
    suffixes = tuple(g.lstrip("*") for g in DEFAULT_GLOBS)
    return not any(n.endswith(suffixes) for _, _, names in os.walk(folder) for n in names)


def _check_choices(output_format: str, engine: str, encoding: str | None) -> None:
    if output_format not in ("text", "markdown"):
        _usage(f"unknown --format {output_format!r} (text, markdown)")
    if engine not in ("local", "ray"):
        _usage(f"unknown --engine {engine!r} (local, ray)")
    check_encoding(encoding)


def _check_report_field(report_field: str, text_field: str, id_field: str | None) -> None:
    """The report must not overwrite the text (or the id) it reports on."""
    if report_field in (text_field, id_field):
        which = "--text-field" if report_field == text_field else "--id-field"
        _usage(f"--report-field {report_field!r} would overwrite {which}; name another field")


def _check_source(source: str, *, jsonl: bool) -> None:
    """IN must exist, and be a folder when it is not JSONL: say what is wrong in plain words."""
    path = Path(source)
    if source != "-" and not path.exists():
        typer.echo(f"clean-article batch: {source}: no such file or directory", err=True)
        raise typer.Exit(ExitCode.BAD_INPUT)
    if not jsonl and not path.is_dir():
        _usage(f"{source}: unsupported input: expected a folder, .jsonl[.gz|.zst] or -")


def _usage(message: str) -> None:
    typer.echo(f"clean-article batch: {message}", err=True)
    raise typer.Exit(ExitCode.USAGE)
