"""The ``clean`` command (the default) and ``explain``: one article or a few, to stdout."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer

from cleaner.cli.options import (
    CliError,
    ConfigFile,
    Encoding,
    Ignore,
    KeepTitle,
    MaxChars,
    OutputFormat,
    ProfileFile,
    Select,
    check_encoding,
    given,
    make_config,
)
from cleaner.config import DEFAULT_MAX_CHARS
from cleaner.exitcodes import ExitCode
from cleaner.model import Result
from cleaner.pipeline import Cleaner
from cleaner.text.decode import Decoded, InputError, decode_text

Files = Annotated[
    list[str] | None,
    typer.Argument(metavar="FILE", help="Files to clean; none or '-' reads stdin."),
]
Format = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output: text, markdown or json.")
]
ReportFile = Annotated[
    Path | None,
    typer.Option(
        "--report",
        metavar="FILE",
        help="Write the report(s) as JSON to this file ('-': stdout, no text).",
    ),
]
RemovedFile = Annotated[
    Path | None,
    typer.Option(
        "--removed",
        metavar="FILE",
        help="Write the removed lines, with rule and line numbers, here.",
    ),
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="Hide warnings (errors are still shown).")
]


@dataclass(frozen=True)
class CleanOptions:
    """Everything ``clean`` was given; the fields mirror the command's parameters, and
    ``typed`` names those the user typed (they win over the settings file)."""

    files: list[str] | None
    output_format: OutputFormat
    report: Path | None
    removed: Path | None
    keep_title: bool
    select: list[str] | None
    ignore: list[str] | None
    encoding: str | None
    max_chars: int
    config_file: Path | None
    profile: Path | None
    quiet: bool
    typed: frozenset[str]


def clean_command(
    ctx: typer.Context,
    files: Files = None,
    output_format: Format = OutputFormat.TEXT,
    report: ReportFile = None,
    removed: RemovedFile = None,
    keep_title: KeepTitle = False,
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
    quiet: Quiet = False,
) -> None:
    """Clean articles (the default command).

    Several files are printed one after another, each after a line '==> NAME <=='
    (text, markdown) or as one JSON object per line (json).
    """
    params = {name: value for name, value in locals().items() if name != "ctx"}
    run_clean(CleanOptions(**params, typed=given(ctx)))


def run_clean(opts: CleanOptions) -> None:
    """Clean each input and write the text, JSON, report and audit asked for."""
    config = make_config(
        opts.select,
        opts.ignore,
        markdown=opts.output_format is OutputFormat.MARKDOWN,
        keep_title=opts.keep_title,
        max_chars=opts.max_chars,
        config_file=opts.config_file,
        profile=opts.profile,
        typed=opts.typed,
    )
    check_encoding(opts.encoding)
    if not opts.files and sys.stdin.isatty():  # nothing piped in: say how to use it
        raise CliError(
            "no input: give a FILE or pipe text in (cat FILE | clean-article); "
            "see clean-article --help"
        )
    if str(opts.report) == str(opts.removed) == "-":
        raise CliError("--report - and --removed - both want stdout")
    # '-' sends the report (or the audit) to stdout in place of the text.
    to_stdout = "-" in (str(opts.report), str(opts.removed))
    cleaner = Cleaner(config)
    paths = opts.files or ["-"]
    several = len(paths) > 1
    results: list[tuple[str, Result]] = []
    for path in paths:
        result = _clean_one(cleaner, path, opts.encoding, quiet=opts.quiet)
        if result is None:
            continue
        results.append((path, result))
        if not to_stdout:
            _write_result(path, result, opts.output_format, several=several)
    _write_reports(results, opts.report, opts.removed, several=several)
    if len(results) < len(paths):
        raise typer.Exit(ExitCode.FAILED_INPUTS if several else ExitCode.BAD_INPUT)


def read_input(path: str, encoding: str | None) -> Decoded:
    """Read and decode a file path or ``-`` (stdin); InputError names the problem."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory (use `clean-article batch DIR --out OUT`)") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return decode_text(data, encoding)


def _clean_one(cleaner: Cleaner, path: str, encoding: str | None, *, quiet: bool) -> Result | None:
    """Read, decode and clean one input; its warnings go to stderr unless ``quiet``
    (None, with the reason on stderr, when it cannot be read)."""
    try:
        decoded = read_input(path, encoding)
    except InputError as exc:
        typer.echo(f"clean-article: {path}: {exc}", err=True)
        return None
    result = cleaner.clean(decoded.text)
    result.report.encoding = decoded.encoding
    if decoded.warning:
        result.report.warnings.insert(0, decoded.warning)
    if not quiet:
        empty = [] if decoded.text.strip() else ["empty input"]
        for warning in result.report.warnings + empty:
            typer.echo(f"clean-article: {path}: warning: {warning}", err=True)
    return result


def _write_result(path: str, result: Result, output_format: OutputFormat, *, several: bool) -> None:
    if output_format is OutputFormat.JSON:
        named = {"path": path, **result.to_dict()} if several else result.to_dict()
        _write(orjson.dumps(named) + b"\n")
    else:
        if several:
            _write(f"==> {path} <==\n".encode())
        _write(result.text.encode())


def _write_reports(
    results: list[tuple[str, Result]], report: Path | None, removed: Path | None, *, several: bool
) -> None:
    """``--report`` and ``--removed`` (``-``: stdout); with several inputs each entry names
    its input: ``{"path", "report"}`` objects, ``==> NAME <==`` lines in the audit."""
    from cleaner.io import atomic_write_bytes

    outputs: list[tuple[Path, bytes]] = []
    if report is not None:
        payload: Any = (
            [{"path": p, "report": r.report.to_dict()} for p, r in results]
            if several
            else (results[0][1].report.to_dict() if results else [])
        )
        outputs.append((report, orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n"))
    if removed is not None:
        from cleaner.report.audit import removed_text

        audit = "".join(
            (f"==> {p} <==\n" if several else "") + removed_text(r.report.to_dict())
            for p, r in results
        )
        outputs.append((removed, audit.encode("utf-8")))
    for path, data in outputs:
        if str(path) == "-":
            _write(data)
        else:
            atomic_write_bytes(path, data)


def _write(data: bytes) -> None:
    sys.stdout.buffer.write(data)


def explain_command(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="The article to explain ('-' for stdin).")
    ] = "-",
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    keep_title: KeepTitle = False,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
) -> None:
    """Show the article with each removed line marked by its rule code.

    Summary tables follow: lines removed per rule, and what was extracted. It cleans
    with the same settings file, profile and options as clean, so it shows why they
    removed a line.
    """
    from rich.console import Console

    from cleaner.cli.render import print_explain

    config = make_config(
        select,
        ignore,
        keep_title=keep_title,
        max_chars=max_chars,
        config_file=config_file,
        profile=profile,
        typed=given(ctx),
    )
    check_encoding(encoding)
    try:
        text = read_input(file, encoding).text
    except InputError as exc:
        raise CliError(f"{file}: {exc}", ExitCode.BAD_INPUT) from None
    print_explain(Console(), text, Cleaner(config).clean(text).report)
