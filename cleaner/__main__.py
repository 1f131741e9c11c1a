"""``python -m cleaner`` runs the command line; :func:`run` is also the ``clean-article`` script."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def run() -> None:
    """Load the command line and run it; Ctrl-C while the modules load exits 130 quietly.
    ``--version`` alone answers before the rules load; file names alone skip the typer app
    (:mod:`cleaner.cli.entry`); patterns compiled by earlier runs come from the on-disk
    cache (:mod:`cleaner.pattern_cache`)."""
    if sys.argv[1:] == ["--version"]:
        from cleaner import __version__

        print(f"clean-article {__version__}")
        return
    try:
        _enable_pattern_cache()
        main = _plain_main() or _app_main()
    except KeyboardInterrupt:
        sys.exit(130)  # ExitCode.INTERRUPTED
    main()


def _plain_main() -> Callable[[], None] | None:
    """File names alone run ``clean`` without the typer app (:mod:`cleaner.cli.entry`)."""
    from cleaner.cli.entry import is_plain, plain_main

    if not is_plain(sys.argv[1:]):
        return None
    import cleaner.cli.clean_run  # noqa: F401 - loaded here, where Ctrl-C exits quietly

    return plain_main


def _app_main() -> Callable[[], None]:
    from cleaner.cli.app import main

    return main


def _enable_pattern_cache() -> None:
    """The cache reads ``regex`` internals: a ``regex`` without them runs without the cache."""
    try:
        from cleaner import pattern_cache

        pattern_cache.enable()
    except (ImportError, AttributeError):
        pass


if __name__ == "__main__":
    run()
