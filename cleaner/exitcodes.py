"""Exit codes, the same for every command (documented in the README and ``--help``)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  #: everything cleaned
    FAILED_INPUTS = 1  #: some inputs failed (listed on stderr); the others were cleaned
    USAGE = 2  #: bad options or arguments
    BAD_INPUT = 3  #: the (single) input could not be read or decoded: missing, binary, ...
    OUTPUT_ERROR = 4  #: an output could not be written (disk full, permission)
    WORKER_DIED = 5  #: a batch worker process died (killed, out of memory?): resumable
    INTERRUPTED = 130  #: Ctrl-C
    TERMINATED = 143  #: SIGTERM


EPILOG = (
    "Exit codes: 0 ok; 1 some inputs failed; 2 usage error; 3 unreadable or undecodable input; "
    "4 output could not be written; 5 a batch worker died (resumable); "
    "130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."
)
