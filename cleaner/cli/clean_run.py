"""The run of ``clean`` (the default command), without typer: :class:`CleanOptions` in, the
text, JSON, report and audit out, and the exit code back. :mod:`cleaner.cli.clean` declares
the command's options and calls :func:`run_clean`; so does the plain path
(:mod:`cleaner.cli.entry`), with the defaults."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner.cli.common import CliError, OutputFormat, check_encoding, echo, make_config
from cleaner.config import DEFAULT_MAX_CHARS
from cleaner.exitcodes import ExitCode
from cleaner.model import Result
from cleaner.pipeline import Cleaner
from cleaner.text.decode import Decoded, InputError, decode_text


@dataclass(frozen=True)
class CleanOptions:
    """Everything ``clean`` was given; the fields mirror the command's parameters, with its
    defaults, and ``typed`` names those the user typed (they win over the settings file)."""

    files: list[str] | None = None
    output_format: OutputFormat = OutputFormat.TEXT
    report: Path | None = None
    removed: Path | None = None
    keep_title: bool = False
    select: list[str] | None = None
    ignore: list[str] | None = None
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    config_file: Path | None = None
    profile: Path | None = None
    quiet: bool = False
    typed: frozenset[str] = frozenset()


def run_clean(opts: CleanOptions) -> int:
    """Clean each input and write the text, JSON, report and audit asked for; the exit code
    (0, or :attr:`ExitCode.BAD_INPUT` / :attr:`ExitCode.FAILED_INPUTS` when inputs failed)."""
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
        return ExitCode.FAILED_INPUTS if several else ExitCode.BAD_INPUT
    return ExitCode.OK


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
        echo(f"clean-article: {path}: {exc}")
        return None
    result = cleaner.clean(decoded.text)
    result.report.encoding = decoded.encoding
    if decoded.warning:
        result.report.warnings.insert(0, decoded.warning)
    if not quiet:
        empty = [] if decoded.text.strip() else ["empty input"]
        for warning in result.report.warnings + empty:
            echo(f"clean-article: {path}: warning: {warning}")
    return result


def _write_result(path: str, result: Result, output_format: OutputFormat, *, several: bool) -> None:
    if output_format is OutputFormat.JSON:
        import orjson

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
    outputs: list[tuple[Path, bytes]] = []
    if report is not None:
        import orjson

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
            from cleaner.io import atomic_write_bytes

            atomic_write_bytes(path, data)


def _write(data: bytes) -> None:
    sys.stdout.buffer.write(data)
