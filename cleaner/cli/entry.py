"""How a ``clean-article`` process runs a command line: one guard for every command, and
the plain path.

The guard turns failures outside the commands into one line on stderr and a documented
exit code (:mod:`cleaner.exitcodes`), never a traceback: a closed pipe, a full disk, SIGTERM.

The plain path: a command line of file names alone (``clean-article FILE...``, ``-`` or
none for stdin) runs ``clean`` with its defaults without building the typer app, whose
import and parse (typer, then pydantic for each option's type) took about a third of such a
run's start-up. It calls the same :func:`~cleaner.cli.clean_run.run_clean` with the options
the app would give it, and ends the way the app ends (the same messages, exit codes and
output; tests/test_plain_path.py runs both). Any option, a subcommand, a help flag or
typer's shell-completion variable takes the app instead.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cleaner.cli.common import CliError, echo, quiet_broken_pipe
from cleaner.exitcodes import ExitCode

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

#: The app's subcommands (tests/test_plain_path.py checks them against the app).
COMMANDS = frozenset({"clean", "explain", "rules", "rule", "batch", "learn"})
#: The variable typer's shell completion answers to.
COMPLETION_VARIABLE = "_CLEAN_ARTICLE_COMPLETE"


def is_plain(args: Sequence[str]) -> bool:
    """Whether a command line is file names alone, which the app would route to ``clean``
    with every option at its default: no argument starts with ``-`` (but ``-`` itself),
    and the first is no subcommand."""
    if os.environ.get(COMPLETION_VARIABLE):
        return False
    if args and args[0] in COMMANDS:
        return False
    return all(arg == "-" or not arg.startswith("-") for arg in args)


def plain_main(argv: list[str] | None = None) -> None:
    """Run a plain command line (:func:`is_plain`) as ``clean-article`` would."""
    args = list(sys.argv[1:] if argv is None else argv)
    guarded(lambda: clean_plain(args), real_process=argv is None)


def clean_plain(args: list[str]) -> None:
    """``clean`` on ``args`` (file names) with the defaults; ends as the app's ``clean``
    does: a :class:`CliError` in one line, the exit code of failed inputs."""
    from cleaner.cli.clean_run import CleanOptions, run_clean

    options = CleanOptions(files=args or None, typed=frozenset({"files"} if args else ()))
    try:
        code = run_clean(options)
    except CliError as exc:
        code = cli_error(exc)
    except EOFError:  # as click's main: an empty line and "Aborted!"
        from typer import echo

        echo(file=sys.stderr)
        echo("Aborted!", file=sys.stderr)
        code = 1
    if code:
        sys.exit(code)


def cli_error(exc: CliError) -> int:
    """Print a :class:`CliError` as ``clean-article: MESSAGE``; its exit code."""
    echo(f"clean-article: {exc.message}")
    return exc.code


def guarded(call: Callable[[], None], *, real_process: bool) -> None:
    """Run ``call`` (a command line); failures outside the commands end in one line on
    stderr and their exit code. In a ``real_process`` SIGTERM unwinds, so atomic outputs
    clean up."""
    if real_process:
        sys.unraisablehook = _unraisable
        signal.signal(signal.SIGTERM, _terminate)
    try:
        call()
    except SystemExit:
        if _stdout_broken():
            quiet_broken_pipe()
        raise
    except BrokenPipeError:
        quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.exit(ExitCode.INTERRUPTED)
    except OSError as exc:
        _output_error(exc)
    except Exception as exc:
        code = _wrapped_stop(exc)
        if code is None:
            raise
        sys.exit(code)


def _wrapped_stop(exc: BaseException) -> ExitCode | None:
    """The exit code of a stop signal that ``exc`` was raised over, if any: a signal that
    came inside a class body being created turns what its handler raised into a
    ``RuntimeError`` ("Error calling __set_name__", as in an import the command started)."""
    from cleaner.batch.signals import Stop

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, SystemExit) and cause.code == ExitCode.TERMINATED:
            return ExitCode.TERMINATED
        if isinstance(cause, Stop):
            terminated = cause.signum == signal.SIGTERM
            return ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED
        if isinstance(cause, KeyboardInterrupt):
            return ExitCode.INTERRUPTED
        cause = cause.__cause__ or cause.__context__
    return None


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(ExitCode.TERMINATED)


def _unraisable(unraisable: UnraisableHookArgs) -> None:
    """Python ignores an exception raised where it cannot propagate: in a finalizer or a
    weakref callback that ran when the signal came. The SIGTERM exit is not lost there:
    the signal is sent again a moment later, from a thread, to be handled once that code
    is done (sent from here it would be handled here, in the hook, and ignored again)."""
    if isinstance(unraisable.exc_value, SystemExit) and (
        unraisable.exc_value.code == ExitCode.TERMINATED
    ):
        import threading

        timer = threading.Timer(_RESEND_SECONDS, os.kill, (os.getpid(), signal.SIGTERM))
        timer.daemon = True
        timer.start()
        return
    sys.__unraisablehook__(unraisable)


#: How long after an ignored SIGTERM exit the signal comes again.
_RESEND_SECONDS = 0.01


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
    echo(f"clean-article: {message}")
    sys.exit(ExitCode.OUTPUT_ERROR)
