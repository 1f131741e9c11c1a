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
        from cleaner import pattern_cache

        pattern_cache.enable()
        from cleaner.cli.app import main
    except KeyboardInterrupt:
        sys.exit(130)  # ExitCode.INTERRUPTED
    main()


if __name__ == "__main__":
    run()
