"""Running ``batch``: the options gathered, checked, and handed to the folder, JSONL or
Ray engine, then the summary and the exit code the run earned."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import typer

from cleaner.batch.folder import run_folder, write_failures
from cleaner.batch.jsonl import JsonlJob, default_errors, is_jsonl, plan_jsonl, run_jsonl, shards
from cleaner.batch.learn import LearnJob
from cleaner.batch.pool import PoolFactory, WorkerDiedError, WorkerPool
from cleaner.batch.progress import Progress, Stats, print_summary
from cleaner.batch.records import RecordOptions
from cleaner.batch.scan import (
    DEFAULT_GLOBS,
    STATE_DIR,
    FolderJob,
    UsageError,
    check_distinct,
    check_paths,
)
from cleaner.batch.signals import Stop, stop_on_signals
from cleaner.cli.common import (
    BatchFormat,
    CliError,
    Engine,
    check_encoding,
    make_config,
    quiet_broken_pipe,
)
from cleaner.config import Config
from cleaner.exitcodes import ExitCode


@dataclass(frozen=True)
class BatchOptions:
    """Everything ``batch`` was given; the fields mirror the command's parameters."""

    source: str
    out: str | None
    globs: list[str] | None
    jobs: int
    reports: Path | None
    report_files: bool
    removed_files: bool
    resume: bool
    quiet: bool
    in_place: bool
    backup_suffix: str | None
    text_field: str
    id_field: str | None
    report_field: str
    no_report: bool
    errors: str | None
    output_format: BatchFormat
    keep_title: bool
    select: list[str] | None
    ignore: list[str] | None
    encoding: str | None
    max_chars: int
    config_file: Path | None
    profile: Path | None
    learn: bool | None  # None: on, except for stdin
    engine: Engine
    address: str | None
    typed: frozenset[str]  # the options the user typed (they win over the settings file)

    @property
    def jsonl(self) -> bool:
        """A JSONL file or stdin; or a folder holding shards and no text files (no --glob)."""
        if is_jsonl(self.source):
            return True
        folder = Path(self.source)
        if self.globs or not folder.is_dir() or not shards(folder):
            return False
        suffixes = tuple(g.lstrip("*") for g in DEFAULT_GLOBS)
        return not any(n.endswith(suffixes) for _, _, names in os.walk(folder) for n in names)

    @property
    def record_report_field(self) -> str | None:
        """The field that gets each record's report (None: --no-report)."""
        return None if self.no_report else self.report_field


def check_options(opts: BatchOptions) -> None:
    """Usage errors found before any work starts."""
    check_encoding(opts.encoding)
    path = Path(opts.source)
    if opts.source != "-" and not path.exists():
        raise CliError(f"{opts.source}: no such file or directory", ExitCode.BAD_INPUT)
    jsonl = opts.jsonl
    if not jsonl and not path.is_dir():
        raise CliError(
            f"{opts.source}: unsupported input: expected a folder, .jsonl[.gz|.zst] or -"
        )
    if opts.address is not None and opts.engine is not Engine.RAY:
        raise CliError("--address needs --engine ray (the local engine runs on this machine)")
    if opts.engine is Engine.RAY and not jsonl:
        raise CliError(
            f"{opts.source}: --engine ray cleans JSONL; a folder of text files needs --engine local"
        )
    if jsonl and not opts.no_report and opts.report_field in (opts.text_field, opts.id_field):
        which = "--text-field" if opts.report_field == opts.text_field else "--id-field"
        raise CliError(
            f"--report-field {opts.report_field!r} would overwrite {which}; name another field"
        )
    if opts.out is None and not opts.in_place:
        raise CliError("--out is required")


def fingerprint(config: Config, encoding: str | None, extra: str = "") -> str:
    """Identifies the options that shape the output; --resume redoes files made otherwise.

    Stable across processes whatever the hash seed (:attr:`Config.fingerprint`)."""
    key = f"{config.fingerprint}|{encoding}|{extra}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def run_batch(opts: BatchOptions) -> None:
    """Check the options, build the Config, run the engine and exit with the run's code."""
    check_encoding(opts.encoding)
    config = make_config(
        opts.select,
        opts.ignore,
        config_file=opts.config_file,
        profile=opts.profile,
        markdown=opts.output_format is BatchFormat.MARKDOWN,
        keep_title=opts.keep_title,
        max_chars=opts.max_chars,
        typed=opts.typed,
    )
    check_options(opts)
    out = opts.out if opts.out is not None else opts.source  # --in-place
    config = _learn(opts, out, config)
    stats = Stats()
    with stop_on_signals():
        failures_file = _run_local(opts, out, config, stats)
        # A second Ctrl-C waits for the summary.
        _finish(
            stats,
            quiet=opts.quiet,
            failures_file=failures_file,
            folder=None if opts.jsonl else (opts.source, opts.globs),
        )


def _run_local(opts: BatchOptions, out: str, config: Config, stats: Stats) -> str | None:
    """Run the folder or JSONL job in worker processes; a stop is noted in ``stats``.
    Returns the failures (or errors) file, if one was written."""
    failures_file: str | None = None
    try:
        if opts.jsonl:
            return _jsonl(opts, out, config, stats)
        folder = _folder_job(opts, out, config)
        check_paths(folder)
        try:
            run_folder(folder, stats, Progress(stats, quiet=opts.quiet))
        finally:
            path = write_failures(folder.out_dir, stats.failures)
            failures_file = str(path) if path else None
    except UsageError as exc:
        raise CliError(str(exc)) from None
    except (KeyboardInterrupt, Stop) as exc:
        sigterm = isinstance(exc, Stop) and exc.signum == signal.SIGTERM
        stats.stopped = "terminated" if sigterm else "interrupted"
    except WorkerDiedError as exc:
        stats.stopped = f"stopped: {exc} (killed by the system? out of memory?)"
    except MemoryError:
        stats.stopped = "stopped: out of memory"
    except OSError as exc:
        if exc.errno == errno.EPIPE:  # the reader went away (| head): quiet, as ripgrep
            quiet_broken_pipe()
        full = exc.errno == errno.ENOSPC
        what = "disk full: output could not be written" if full else "cannot write output"
        raise CliError(f"{what}: {exc}", ExitCode.OUTPUT_ERROR) from None
    return failures_file


def _folder_job(opts: BatchOptions, out: str, config: Config) -> FolderJob:
    return FolderJob(
        Path(opts.source),
        Path(out),
        config,
        globs=tuple(opts.globs) if opts.globs else DEFAULT_GLOBS,
        encoding=opts.encoding,
        reports=opts.reports,
        report_files=opts.report_files,
        removed_files=opts.removed_files,
        in_place=opts.in_place,
        backup_suffix=opts.backup_suffix,
        resume=opts.resume,
        jobs=_jobs(opts.jobs),
        fingerprint=fingerprint(config, opts.encoding),
    )


def _jobs(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _jsonl(opts: BatchOptions, out: str, config: Config, stats: Stats) -> str | None:
    """Run JSONL mode; returns the error file's name (None: errors went to stderr)."""
    options = RecordOptions(
        text_field=opts.text_field,
        id_field=opts.id_field,
        report_field=opts.record_report_field,
    )
    unreadable: list[tuple[str, str]] = []
    pairs, out_dir = plan_jsonl(opts.source, out, unreadable)
    error_file = _errors_file(opts, out, out_dir, pairs)
    job = JsonlJob(
        pairs,
        config,
        options,
        error_file,
        jobs=_jobs(opts.jobs),
        resume=opts.resume,
        out_dir=out_dir,
        fingerprint=fingerprint(config, None, repr(options)),
        pool=_pool(opts.engine, opts.address),
        unreadable=unreadable,
    )
    run_jsonl(job, stats, Progress(stats, quiet=opts.quiet, unit="records"))
    return error_file


def _errors_file(
    opts: BatchOptions, out: str, out_dir: Path | None, pairs: list[tuple[str, str, str]]
) -> str | None:
    """JSONL mode's errors file (None: errors go to stderr), checked to be none of the inputs
    and outputs."""
    error_file = opts.errors
    if error_file is None:
        error_file = (
            default_errors(out) if out_dir is None else str(out_dir / STATE_DIR / "errors.jsonl")
        )
    if error_file is not None:
        named = [(f"the input {src}", src) for _, src, _ in pairs]
        named += [(f"the output {dst}", dst) for _, _, dst in pairs]
        check_distinct(("--errors", error_file), named)
    return error_file


def _killers_file(opts: BatchOptions, out: str) -> str | None:
    """Where the learning pass notes a record or file that kills its worker: the errors
    file (JSONL) or the failures file (folders), as the cleaning pass does."""
    if opts.jsonl:
        pairs, out_dir = plan_jsonl(opts.source, out)
        return _errors_file(opts, out, out_dir, pairs)
    return str(Path(out) / STATE_DIR / "failures.jsonl")


def _learn(opts: BatchOptions, out: str, config: Config) -> Config:
    """The first pass (unless ``--no-learn``, or by default for stdin): the lines each site
    repeats, saved for review, added to the config."""
    from cleaner.batch.learn import check, learn, saved_path, with_profile
    from cleaner.io import atomic_write_bytes

    if opts.learn is False or (opts.learn is None and opts.source == "-"):
        return config
    if opts.source == "-":
        raise CliError("--learn reads the input twice: give a file or folder, not stdin")
    job = LearnJob(
        opts.source,
        opts.jsonl,
        opts.text_field,
        opts.encoding,
        opts.globs,
        opts.backup_suffix,
        opts.in_place,
        _jobs(opts.jobs),
    )
    try:
        check(job, out)
        job = replace(job, killers=_killers_file(opts, out), resume=opts.resume)
    except UsageError as exc:
        raise CliError(str(exc)) from None
    with stop_on_signals():
        try:
            learned = learn(job, config)
        except (KeyboardInterrupt, Stop) as exc:
            sigterm = isinstance(exc, Stop) and exc.signum == signal.SIGTERM
            raise typer.Exit(ExitCode.TERMINATED if sigterm else ExitCode.INTERRUPTED) from None
        except WorkerDiedError as exc:
            message = f"stopped: {exc} (killed by the system? out of memory?)"
            raise CliError(message, ExitCode.WORKER_DIED) from None
    saved = saved_path(job.source, out)
    try:
        if saved is not None:
            atomic_write_bytes(saved, learned.to_json())
    except OSError as exc:
        message = f"cannot write output: {saved}: {exc.strerror or exc}"
        raise CliError(message, ExitCode.OUTPUT_ERROR) from None
    if not opts.quiet:
        where = f": {saved}" if saved else ""
        typer.echo(f"clean-article: learned {learned.summary()}{where} (--no-learn: off)", err=True)
    return with_profile(config, learned)


def _pool(engine: Engine, address: str | None) -> PoolFactory:
    """The workers of ``--engine``: local processes, or Ray tasks (same output, errors and
    exit code; see cleaner.integrations.ray.RayPool)."""
    if engine is Engine.LOCAL:
        return WorkerPool
    try:
        from cleaner.integrations.ray import RayPool
    except ImportError:
        raise CliError("--engine ray needs Ray: pip install 'clean-article[ray]'") from None
    return partial(RayPool, address=address)


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
