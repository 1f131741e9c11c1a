"""The ``clean-article`` command line: a thin layer over the library.

``clean-article FILE...`` (or stdin) cleans articles; ``explain``, ``rules``, ``rule`` and
``batch`` are subcommands. A first argument that is not a subcommand means "clean".
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer

from cleaner.config import DEFAULT_MAX_CHARS, Config
from cleaner.exitcodes import EPILOG, ExitCode
from cleaner.model import Result
from cleaner.pipeline import Cleaner
from cleaner.rules import all_rules, lookup
from cleaner.text.decode import Decoded, InputError, decode_text

app = typer.Typer(
    name="clean-article",
    epilog=EPILOG,
    no_args_is_help=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
SUBCOMMANDS = {"clean", "explain", "rules", "rule", "batch", "learn"}

Select = Annotated[
    list[str] | None,
    typer.Option(
        "--select", help="Only rules with these codes or prefixes (repeat or comma-separate)."
    ),
]
Ignore = Annotated[
    list[str] | None, typer.Option("--ignore", help="Skip rules with these codes or prefixes.")
]
KeepTitle = Annotated[
    bool, typer.Option("--keep-title", help="Put the title back as the first line.")
]
MaxChars = Annotated[
    int, typer.Option("--max-chars", help="Pass larger documents through unchanged.")
]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Settings TOML (default: [tool.clean-article] in ./pyproject.toml)."
    ),
]
ProfileFile = Annotated[
    Path | None,
    typer.Option("--profile", help="Remove lines a learned profile lists (`clean-article learn`)."),
]
Encoding = Annotated[
    str | None,
    typer.Option("--encoding", help="Decode input with this encoding instead of detecting it."),
]


def _codes(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(code for value in values for code in value.split(",") if code.strip())


def make_config(
    select: list[str] | None,
    ignore: list[str] | None,
    *,
    config_file: Path | None = None,
    profile: Path | None = None,
    **options: Any,
) -> Config:
    """Build a Config from CLI options over the settings file (``--config``, else
    ``[tool.clean-article]`` in ./pyproject.toml) and a ``--profile``. CLI options that differ
    from the defaults win; ``--ignore`` adds to the file's. Bad settings exit with a usage error.
    """
    from cleaner.settings import ConfigError, load_settings

    try:
        settings = load_settings(config_file)
        if profile is not None:
            from cleaner.profile import load_profile

            settings["profile"] = load_profile(profile)
        defaults = Config()
        for key, value in options.items():
            if key not in settings or value != getattr(defaults, key):
                settings[key] = value
        if select is not None:
            settings["select"] = _codes(select)
        settings["ignore"] = tuple(settings.get("ignore", ())) + (_codes(ignore) or ())
        config = Config(**settings)
        cleaner = Cleaner(config)
    except (ConfigError, ValueError) as exc:
        typer.echo(f"clean-article: {str(exc).strip().splitlines()[0]}", err=True)
        raise typer.Exit(ExitCode.USAGE) from None
    if not cleaner.rules:
        typer.echo(
            "clean-article: warning: --select/--ignore leave no detector: nothing will be "
            "removed, only fixes run",
            err=True,
        )
    return config


def check_encoding(encoding: str | None) -> None:
    """An unknown ``--encoding`` is a usage error, found before any input is read."""
    import codecs

    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        typer.echo(f"clean-article: unknown --encoding {encoding!r}", err=True)
        raise typer.Exit(ExitCode.USAGE) from None


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


def _version(value: bool) -> None:
    if value:
        from cleaner import __version__

        typer.echo(f"clean-article {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Clean scraped article text: body out, boilerplate into a report.

    Examples:

      clean-article article.txt > body.txt

      cat article.txt | clean-article --format json

      clean-article article.md --format markdown --report report.json

      clean-article explain article.txt

      clean-article batch pages/ --out clean/ -j 4
    """


@app.command("clean")
def clean_command(
    files: Annotated[
        list[str] | None, typer.Argument(help="Files to clean; none or '-' reads stdin.")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text, markdown or json.")
    ] = "text",
    report: Annotated[
        Path | None,
        typer.Option(
            "--report", help="Write the report(s) as JSON to this file ('-': stdout, no text)."
        ),
    ] = None,
    removed: Annotated[
        Path | None,
        typer.Option(
            "--removed", help="Write the removed lines, with rule and line numbers, here."
        ),
    ] = None,
    keep_title: KeepTitle = False,
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    config_file: ConfigFile = None,
    profile: ProfileFile = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Hide warnings (errors are still shown).")
    ] = False,
) -> None:
    """Clean articles (the default command). Several files are printed one after another,
    each after a line '==> NAME <==' (text, markdown) or as one JSON object per line (json)."""
    if output_format not in ("text", "markdown", "json"):
        typer.echo(
            f"clean-article: unknown --format {output_format!r} (text, markdown, json)", err=True
        )
        raise typer.Exit(ExitCode.USAGE)
    config = make_config(
        select,
        ignore,
        markdown=output_format == "markdown",
        keep_title=keep_title,
        max_chars=max_chars,
        config_file=config_file,
        profile=profile,
    )
    check_encoding(encoding)
    if report is not None and removed is not None and str(report) == str(removed) == "-":
        typer.echo("clean-article: --report - and --removed - both want stdout", err=True)
        raise typer.Exit(ExitCode.USAGE)
    # '-' sends the report (or the audit) to stdout in place of the text.
    to_stdout = "-" in (str(report), str(removed))
    cleaner = Cleaner(config)
    paths = files or ["-"]
    several = len(paths) > 1
    results: list[tuple[str, Result]] = []
    for path in paths:
        result = _clean_one(cleaner, path, encoding, quiet=quiet)
        if result is None:
            continue
        results.append((path, result))
        if to_stdout:
            continue
        if output_format == "json":
            named = {"path": path, **result.to_dict()} if several else result.to_dict()
            _write(orjson.dumps(named) + b"\n")
        else:
            if several:
                _write(f"==> {path} <==\n".encode())
            _write(result.text.encode())
    _write_reports(results, report, removed, several=several)
    if len(results) < len(paths):
        raise typer.Exit(ExitCode.FAILED_INPUTS if several else ExitCode.BAD_INPUT)


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


@app.command("explain")
def explain_command(
    file: Annotated[str, typer.Argument(help="The article to explain ('-' for stdin).")] = "-",
    select: Select = None,
    ignore: Ignore = None,
    encoding: Encoding = None,
) -> None:
    """Show the article with every removed line marked by its rule code, and summary tables."""
    from rich.console import Console

    from cleaner.cli.render import print_explain

    config = make_config(select, ignore)
    check_encoding(encoding)
    try:
        text = read_input(file, encoding).text
    except InputError as exc:
        typer.echo(f"clean-article: {file}: {exc}", err=True)
        raise typer.Exit(ExitCode.BAD_INPUT) from None
    print_explain(Console(), text, Cleaner(config).clean(text).report)


@app.command("rules")
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


@app.command("rule")
def rule_command(code: Annotated[str, typer.Argument(help="A rule code, e.g. P001.")]) -> None:
    """Print a rule's documentation: why, examples, what it leaves alone."""
    info = lookup(code)
    if info is None:
        typer.echo(f"clean-article: no rule {code!r} (see `clean-article rules`)", err=True)
        raise typer.Exit(ExitCode.USAGE)
    typer.echo(f"{info.code} {info.name} ({info.kind}, {info.category})\n\n{info.doc}\n")
    if info.examples:
        typer.echo("Examples (fires):")
        for example in info.examples:
            typer.echo("  " + example.strip().replace("\n", "\n  ")[:300])
    if info.counterexamples:
        typer.echo("Counterexamples (does not fire):")
        for example in info.counterexamples:
            typer.echo("  " + example.strip().replace("\n", "\n  ")[:300])


def main(argv: list[str] | None = None) -> None:
    """Entry point: route a first argument that is not a subcommand to ``clean``.

    Failures outside the commands end in one line on stderr and a documented exit code
    (:mod:`cleaner.exitcodes`), never a traceback: a closed pipe, a full disk, SIGTERM.
    """
    import signal

    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if a not in ("--version",)), None)
    if first is None or (first not in SUBCOMMANDS and first not in ("-h", "--help")):
        if "--version" not in args:
            args.insert(0, "clean")
    if argv is None:  # a real process: SIGTERM unwinds, so atomic outputs clean up
        signal.signal(signal.SIGTERM, _terminate)
    try:
        app(args=args, prog_name="clean-article")
    except SystemExit:
        if _stdout_broken():
            _quiet_broken_pipe()
        raise
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.exit(ExitCode.INTERRUPTED)
    except OSError as exc:
        _output_error(exc)


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(ExitCode.TERMINATED)


def _stdout_broken() -> bool:
    """Click answers a closed stdout (EPIPE) by wrapping it and exiting 1; we exit quietly."""
    return type(sys.stdout).__name__ == "PacifyFlushWrapper"


def _output_error(exc: OSError) -> None:
    import errno

    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        message = f"disk full: output{where} could not be written"
    else:
        message = f"could not write{where}: {exc.strerror or exc}"
    typer.echo(f"clean-article: {message}", err=True)
    sys.exit(ExitCode.OUTPUT_ERROR)


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): exit quietly with 0, as ``head``'s writer should
    not be reported as failing; stdout is pointed at /dev/null so the final flush is silent."""
    import contextlib
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)


# Subcommands that live in their own modules register themselves on ``app``.
from cleaner.cli import batch, learn  # noqa: E402, F401
