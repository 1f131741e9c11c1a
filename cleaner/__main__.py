"""``python -m cleaner`` runs the command line; :func:`run` is also the ``clean-article`` script."""

import sys


def run() -> None:
    """Load the command line and run it; Ctrl-C while the modules load exits 130 quietly.
    ``--version`` alone answers before the rules load; patterns compiled by earlier runs
    come from the on-disk cache (:mod:`cleaner.pattern_cache`)."""
    if sys.argv[1:] == ["--version"]:
        from cleaner import __version__

        print(f"clean-article {__version__}")
        return
    try:
        _enable_pattern_cache()
        from cleaner.cli.app import main
    except KeyboardInterrupt:
        sys.exit(130)  # ExitCode.INTERRUPTED
    main()


def _enable_pattern_cache() -> None:
    """The cache reads ``regex`` internals: a ``regex`` without them runs without the cache."""
    try:
        from cleaner import pattern_cache

        pattern_cache.enable()
    except (ImportError, AttributeError):
        pass


if __name__ == "__main__":
    run()
