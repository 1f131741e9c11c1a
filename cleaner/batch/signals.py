"""Ctrl-C and SIGTERM for batch runs: stop between files, never in the middle of one.

While the parent writes one result (output, report line, manifest line) a signal is held
back and raised right after, so every file on disk is either complete and recorded or
absent; everywhere else it is raised at once as :class:`Stop`.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


class Stop(BaseException):
    """A stop signal (SIGINT or SIGTERM) arrived; ``signum`` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STATE: dict[str, Any] = {"depth": 0, "pending": None, "stopping": False}


def _handler(signum: int, frame: FrameType | None) -> None:
    if _STATE["stopping"]:
        return  # a second Ctrl-C while the run winds down: it is stopping already
    if _STATE["depth"]:
        _STATE["pending"] = signum
        return
    _STATE["stopping"] = True
    raise Stop(signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Stop` for the duration of the block."""
    previous = {s: signal.signal(s, _handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        _STATE["pending"] = None
        _STATE["stopping"] = False


@contextmanager
def critical() -> Iterator[None]:
    """Hold stop signals back until the block is done."""
    _STATE["depth"] += 1
    try:
        yield
    finally:
        _STATE["depth"] -= 1
        pending = _STATE["pending"]
        if not _STATE["depth"] and pending is not None:
            _STATE["pending"] = None
            _STATE["stopping"] = True
            raise Stop(pending)
