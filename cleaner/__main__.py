"""``python -m cleaner`` runs the command line; :func:`run` is also the ``clean-article`` script."""

import sys


def run() -> None:
    """Load the command line and run it; Ctrl-C while the modules load exits 130 quietly."""
    try:
        from cleaner.cli.app import main
    except KeyboardInterrupt:
        sys.exit(130)  # ExitCode.INTERRUPTED
    main()


if __name__ == "__main__":
    run()
