"""The time limit of one regex call in the text fixes."""

from __future__ import annotations

#: Seconds one regex call may take; :class:`TimeoutError` then reaches the pipeline, which
#: passes the document through with a warning.
TIMEOUT = 1.0
#: Lines up to this length are matched without the timeout: no pattern here backtracks
#: worse than polynomially, so on such a line a call ends within a millisecond, while
#: the timeout reads the CPU clock (a system call, ~2 µs a call: a tenth of parsing time).
UNTIMED_CHARS = 200


def timeout_for(text: str) -> float | None:
    """The timeout for one regex call on ``text`` (see :data:`UNTIMED_CHARS`)."""
    return TIMEOUT if len(text) > UNTIMED_CHARS else None
