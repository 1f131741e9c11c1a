"""Worker processes for batch runs: one :class:`Cleaner` per process, results in input order.

Workers are forked when the parent runs no other thread (else started by a forkserver, see
:func:`_context`); each builds its Cleaner once in the initializer. At most ``window``
tasks are in flight, so memory stays bounded however long the input is, and results come
back in submission order, so output is byte-identical whatever the number of workers.
Workers ignore SIGINT: the parent decides when to stop them (Ctrl-C reaches the whole
process group) and terminates them, so only the parent ever writes files.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import TERMINATE, AsyncResult, Pool
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar

from cleaner.batch.signals import Stop, critical
from cleaner.config import Config
from cleaner.pipeline import Cleaner

T = TypeVar("T")
R = TypeVar("R")

_CLEANER: Cleaner | None = None
_SETTINGS: dict[str, Any] = {}
#: This worker's (pid, mark) slot in the pool's shared marks, see :func:`mark`.
_MARK: tuple[Any, int] | None = None


def init_worker(
    config: Config, settings: dict[str, Any], marks: Any = None, *, in_worker: bool = True
) -> None:
    """Build this process's Cleaner once; workers leave SIGINT to the parent."""
    global _CLEANER, _MARK  # noqa: PLW0603 - one compiled cleaner per worker process
    if in_worker:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _CLEANER = Cleaner(config)
    _SETTINGS.clear()
    _SETTINGS.update(settings)
    _MARK = _claim(marks) if marks is not None else None


def _claim(marks: Any) -> tuple[Any, int] | None:
    """Take a free (pid, mark) slot of the shared marks for this process."""
    with marks.get_lock():
        for slot in range(0, len(marks), 2):
            if marks[slot] == 0:
                marks[slot], marks[slot + 1] = os.getpid(), -1
                return marks.get_obj(), slot + 1
    return None  # more replacements than slots: this worker goes unnamed


def mark(value: int) -> None:
    """Note what this worker starts on (a record's line number), so that the parent can name
    it if the worker dies on it (see :attr:`WorkerDiedError.mark`)."""
    if _MARK is not None:
        array, index = _MARK
        array[index] = value


def cleaner() -> Cleaner:
    """The Cleaner of the current worker (built by :func:`init_worker`)."""
    if _CLEANER is None:
        raise RuntimeError("init_worker was not called in this process")
    return _CLEANER


def setting(name: str) -> Any:
    """A per-run setting passed to the workers (encoding, record options, ...)."""
    return _SETTINGS.get(name)


def _context() -> Any:
    """``fork`` when this process runs no other thread: workers start at once with the
    parent's imported modules, where a forkserver would first import the cleaner again
    (~0.5 s before any worker starts). Forking a threaded process can copy a held lock, so
    with other threads running (a host application's, say) the preloaded ``forkserver`` is
    used; ``spawn`` where neither exists. The batch commands create the pool before the
    progress bar starts its thread."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cleaner.batch.folder", "cleaner.batch.jsonl"])
        return context
    return multiprocessing.get_context("spawn")


#: Seconds between checks, while waiting for a result, that every worker is still alive.
_POLL = 0.5


class _TrackedPool(Pool):
    """A ``multiprocessing.Pool`` that keeps every worker process it ever starts in
    ``started``. The pool replaces a dead worker at once, even before its constructor
    returns; a list of its workers taken then can miss the dead one, and a worker killed
    while it waited for a task died holding the task queue's lock, so the others wait
    forever (seen: a resumed run hung when a worker was killed as the pool started)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.started: list[Any] = []
        super().__init__(*args, **kwargs)

    def Process(self, ctx: Any, *args: Any, **kwds: Any) -> Any:  # type: ignore[override]  # noqa: N802 - Pool's name
        """Start a worker (as Pool does) and keep it in ``started``."""
        process = ctx.Process(*args, **kwds)
        self.started.append(process)
        return process


class WorkerDiedError(RuntimeError):
    """A worker process ended while the batch ran (killed by the system, out of memory?):
    the task it held is lost, so the run stops instead of waiting for it forever."""

    def __init__(self, message: str, mark: int | None = None) -> None:
        super().__init__(message)
        #: The last :func:`mark` of the dead worker (the record it died on), if it made one.
        self.mark = mark


class Workers(Protocol):
    """What a batch run needs of its workers: :class:`WorkerPool`, or Ray's
    (``cleaner.integrations.ray.RayPool``, for ``--engine ray``)."""

    #: At most this many tasks in flight (a killed worker's record is among the last ones).
    window: int

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``func`` to each item; yield results in input order."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


#: Builds a pool from (jobs, config, settings), as ``WorkerPool(jobs, config, settings)``.
PoolFactory = Callable[[int, Config, dict[str, Any]], Workers]


class WorkerPool:
    """``with WorkerPool(jobs, config, settings) as pool: for r in pool.map(f, items)``.

    ``jobs == 1`` runs in this process (no pickling, no extra processes).
    """

    def __init__(
        self, jobs: int, config: Config, settings: dict[str, Any], *, window: int = 0
    ) -> None:
        self.jobs = max(1, jobs)
        self.window = window or self.jobs * 4
        self._pool: _TrackedPool | None = None
        if self.jobs == 1:
            init_worker(config, settings, in_worker=False)
        else:
            context = _context()
            self._marks = context.Array("q", 2 * (self.jobs + 8))
            try:
                with critical():  # a stop signal waits until the pool can be shut down
                    self._pool = _TrackedPool(
                        self.jobs,
                        initializer=init_worker,
                        initargs=(config, settings, self._marks),
                        context=context,
                    )
            except Stop:
                self._kill()
                raise

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``func`` to each item; yield results in input order, bounded in flight."""
        if self._pool is None:
            for item in items:
                yield func(item)
            return
        pending: deque[AsyncResult[R]] = deque()
        for item in items:
            pending.append(self._pool.apply_async(func, (item,)))
            if len(pending) >= self.window:
                yield self._get(pending.popleft())
        while pending:
            yield self._get(pending.popleft())

    def _get(self, result: AsyncResult[R]) -> R:
        """The task's result; :class:`WorkerDiedError` when a worker ended before it came (a
        ``multiprocessing.Pool`` replaces a dead worker but never its task)."""
        assert self._pool is not None
        while not result.ready():
            result.wait(_POLL)
            dead = [w for w in list(self._pool.started) if w.exitcode is not None]
            if not result.ready() and dead:
                message = f"a worker process died (exit code {dead[0].exitcode})"
                raise WorkerDiedError(message, self._mark_of(dead[0].pid))
        return result.get()

    def _mark_of(self, pid: int) -> int | None:
        """The last mark the worker ``pid`` made, or None."""
        lock = self._marks.get_lock()
        if not lock.acquire(timeout=2 * _POLL):
            return None  # a worker died holding it, claiming its slot: it marked nothing
        try:
            for slot in range(0, len(self._marks), 2):
                if self._marks[slot] == pid and self._marks[slot + 1] >= 0:
                    return int(self._marks[slot + 1])
        finally:
            lock.release()
        return None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            try:
                self._join()
            except BaseException:  # a stop signal while the workers wind down
                self._kill()
                raise
        else:
            self._kill()

    def _join(self) -> None:
        """Let the workers finish and exit; every result has been taken. A worker killed while
        it waited for a task dies holding the task queue's lock, so the others never get their
        sentinel and ``Pool.join()`` would wait forever: once a worker has died, the rest are
        killed instead (nothing is lost, and the run ends as it would have)."""
        assert self._pool is not None
        self._pool.close()
        while True:
            workers = list(self._pool.started)
            if any(w.exitcode not in (None, 0) for w in workers):
                self._kill()
                return
            alive = [w for w in workers if w.exitcode is None]
            if not alive:
                break
            alive[0].join(_POLL)
        self._pool.join()

    def _kill(self) -> None:
        """Stop the workers at once, without waiting for the tasks they hold."""
        if self._pool is None:
            return
        # Stopped: kill the workers outright. Pool.terminate() can hang when a worker died
        # holding the task queue's lock (a SIGTERM sent to the whole process group).
        handler = getattr(self._pool, "_worker_handler", None)
        if handler is not None:
            handler._state = TERMINATE  # do not start replacements for the workers we kill
        self._kill_started()
        if handler is not None:
            handler.join(timeout=2 * _POLL)  # it may have started one as we killed
        self._kill_started()
        finalizer = getattr(self._pool, "_terminate", None)
        if finalizer is not None:
            finalizer.cancel()  # nothing left to terminate; it would block on that lock

    def _kill_started(self) -> None:
        """Kill every worker the pool started that is still alive, and wait for each."""
        assert self._pool is not None
        workers = list(self._pool.started)
        for worker in workers:
            if worker.exitcode is None:
                worker.kill()
        for worker in workers:
            worker.join(timeout=5)
