"""Records and files that kill their worker process (out of memory, a crash in a library).

A worker marks each record (its line number) or file (:func:`file_key`) before cleaning it
(:func:`cleaner.batch.pool.mark`). When a worker dies the run stops (exit 5), and what it
died on goes to the errors file (JSONL) or the failures file (folders) with the reason
:data:`KILLED`. On ``--resume`` each is first cleaned alone in a fresh worker: if it kills
that one too, it is skipped into the errors or failures file, and the run says so; if not
(the worker was killed for another reason), it is cleaned as usual.

The learning pass does the same with :data:`LEARN_KILLED`: on ``--resume`` it learns from
each such record or file alone first, and leaves it out of learning if it kills again.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from cleaner.batch.pool import WorkerDiedError, init_worker
from cleaner.batch.pool import _context as pool_context
from cleaner.batch.progress import Progress
from cleaner.batch.scan import shown
from cleaner.config import Config
from cleaner.io import atomic_write_bytes

#: The reason in the errors file of a record its worker died on.
KILLED = "killed its worker process"
#: The reason of a record or file a learning worker died on. It starts with :data:`KILLED`,
#: so the cleaning pass of a resumed run also cleans it alone first.
LEARN_KILLED = f"{KILLED} while learning"

Chunk = tuple[int, list[bytes]]  # (first line number, lines)


def killers_of(
    errors: str,
    config: Config,
    settings: dict[str, Any],
    clean: Callable[[Chunk], Any],
    progress: Progress,
) -> dict[str, dict[int, str]]:
    """The records an earlier run's ``errors`` file names as worker killers that kill a
    worker again when cleaned alone: ``{source: {line number: reason}}``."""
    found: dict[str, dict[int, str]] = {}
    for (source, number), raw in _suspects(Path(errors)).items():
        where = f"{source}:{number}"
        if _kills_alone(config, settings, clean, (number, [raw])):
            found.setdefault(source, {})[number] = f"{KILLED} (again when cleaned alone): skipped"
            progress.log(f"resume: skipping {where}, which kills its worker process")
        else:
            progress.log(f"resume: {where} did not kill a worker when cleaned alone: cleaned")
    return found


def file_key(rel: str) -> int:
    """The mark of a file: 56 bits of a hash of its relative path."""
    digest = hashlib.blake2b(rel.encode("utf-8", "surrogateescape"), digest_size=7).digest()
    return int.from_bytes(digest, "big")


def killer_files(
    failures: Path,
    in_dir: Path,
    rels: list[str],
    config: Config,
    settings: dict[str, Any],
    clean: Callable[[list[tuple[str, str]]], Any],
) -> set[str]:
    """The files of ``rels`` an earlier run's ``failures`` file names as worker killers
    that kill a worker again when cleaned alone."""
    named = _named_files(failures, KILLED)
    messages = ("skipping {}, which kills its worker process", "cleaned alone")
    return _kill_again(named, in_dir, rels, config, settings, clean, messages)


def file_killed(exc: WorkerDiedError, rels: list[str], progress: Progress) -> WorkerDiedError:
    """Name the file of ``rels`` a dead worker held (if known) as a failure; the error to
    raise."""
    for rel in rels if exc.mark is not None else ():
        if file_key(rel) == exc.mark:
            reason = f"{KILLED} ({exc}); --resume cleans it alone, then skips it if it kills"
            progress.failure(shown(rel), reason)
            return WorkerDiedError(f"{exc} on {shown(rel)} (see the failures file)", exc.mark)
    return exc


def learn_killers(
    errors: str, config: Config, settings: dict[str, Any], learn: Callable[[Chunk], Any]
) -> dict[str, set[int]]:
    """The records an earlier run's ``errors`` file names as learning-worker killers that
    kill a worker again when learned from alone: ``{source: {line number}}``."""
    found: dict[str, set[int]] = {}
    for (source, number), raw in _suspects(Path(errors), LEARN_KILLED).items():
        where = f"{source}:{number}"
        if _kills_alone(config, settings, learn, (number, [raw])):
            found.setdefault(source, set()).add(number)
            Progress.log(f"resume: not learning from {where}, which kills its worker process")
        else:
            Progress.log(f"resume: {where} did not kill a worker when learned from alone")
    return found


def learn_killer_files(
    failures: Path,
    in_dir: Path,
    rels: list[str],
    config: Config,
    settings: dict[str, Any],
    learn: Callable[[list[tuple[str, str]]], Any],
) -> set[str]:
    """The files of ``rels`` an earlier run's ``failures`` file names as learning-worker
    killers that kill a worker again when learned from alone."""
    named = _named_files(failures, LEARN_KILLED)
    messages = ("not learning from {}, which kills its worker", "learned from alone")
    return _kill_again(named, in_dir, rels, config, settings, learn, messages)


def _kill_again(
    named: set[str],
    in_dir: Path,
    rels: list[str],
    config: Config,
    settings: dict[str, Any],
    work: Callable[[list[tuple[str, str]]], Any],
    messages: tuple[str, str],
) -> set[str]:
    """The files of ``rels`` whose shown name is in ``named`` and that kill a worker again
    when ``work`` runs on them alone; each is said on stderr with ``messages`` (the skip,
    with ``{}`` for the file, and how it was tried when it did not kill)."""
    skipped, tried = messages
    found = set()
    for rel in rels:
        if shown(rel) in named:
            if _kills_alone(config, settings, work, [(str(in_dir / rel), rel)]):
                found.add(rel)
                Progress.log("resume: " + skipped.format(shown(rel)))
            else:
                Progress.log(f"resume: {shown(rel)} did not kill a worker when {tried}")
    return found


def note_killer(path: Path, entry: dict[str, Any], *, resume: bool) -> None:
    """Add ``entry`` to the errors or failures file ``path``: after the lines of the earlier
    run on ``--resume``, else in place of a stale file."""
    old = b""
    if resume:
        with contextlib.suppress(OSError):
            old = path.read_bytes()
    if old and not old.endswith(b"\n"):
        old += b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, old + orjson.dumps(entry) + b"\n")


def _named_files(failures: Path, reason: str) -> set[str]:
    """The files an earlier failures file names with a reason that starts with ``reason``."""
    try:
        data = failures.read_bytes()
    except OSError:
        return set()
    named = set()
    for line in data.splitlines():
        try:
            failure = orjson.loads(line)
            if str(failure["reason"]).startswith(reason):
                named.add(str(failure["path"]))
        except (orjson.JSONDecodeError, KeyError, TypeError):
            continue
    return named


def _suspects(path: Path, reason: str = KILLED) -> dict[tuple[str, int], bytes]:
    """The records of an earlier errors file whose reason starts with ``reason``, with their
    text."""
    found: dict[tuple[str, int], bytes] = {}
    try:
        data = path.read_bytes()
    except OSError:
        return found
    for line in data.splitlines():
        try:
            error = orjson.loads(line)
            if str(error["reason"]).startswith(reason):
                raw = str(error["raw"]).encode("utf-8", "surrogateescape")
                found[(str(error["source"]), int(error["line"]))] = raw + b"\n"
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            continue  # not an error line of ours, or cut short by a hard kill
    return found


def _kills_alone(
    config: Config, settings: dict[str, Any], clean: Callable[[Any], Any], chunk: Any
) -> bool:
    """Whether cleaning ``chunk`` (a task for ``clean``) alone in a fresh process kills it,
    twice in a row: a check process killed from outside (the OOM killer, a user's kill)
    would otherwise skip a sound record, and a record that kills does so every time."""
    return all(_dies_alone(config, settings, clean, chunk) for _ in range(2))


def _dies_alone(
    config: Config, settings: dict[str, Any], clean: Callable[[Any], Any], chunk: Any
) -> bool:
    """One try in a plain process, not a pool: a pool's threads would outlive it."""
    process = pool_context().Process(target=_alone, args=(config, settings, clean, chunk))
    process.start()
    process.join()
    return bool(process.exitcode != 0)


def _alone(
    config: Config, settings: dict[str, Any], clean: Callable[[Any], Any], chunk: Any
) -> None:
    init_worker(config, settings)
    clean(chunk)


class SentChunks:
    """The chunks sent to the workers: names the record a dying worker held, and blanks the
    records to skip (their errors join their chunk's result)."""

    def __init__(self, skip: dict[int, str], window: int) -> None:
        self.skip = skip
        self.recent: deque[Chunk] = deque(maxlen=window + 2)
        self.errors: deque[list[tuple[int, str, str, None]]] = deque()

    def track(self, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
        """Pass ``chunks`` on, remembering the last ones, with skipped records blanked."""
        for first, lines in chunks:
            self.recent.append((first, lines))
            skipped: list[tuple[int, str, str, None]] = []
            sent = lines
            for i, line in enumerate(lines):
                if first + i in self.skip:
                    skipped.append((first + i, self.skip[first + i], _text(line), None))
                    sent = [*sent[:i], b"\n", *sent[i + 1 :]]
            self.errors.append(skipped)
            yield first, sent

    def skipped(self, result: Any) -> Any:
        """``result`` (of the oldest chunk not yet taken) with its skipped records' errors."""
        skipped = self.errors.popleft()
        if skipped:
            result.errors = sorted([*result.errors, *skipped])
        return result

    def killed(self, exc: WorkerDiedError, source: str, errors: Any) -> WorkerDiedError:
        """Put the record a dead worker held (if known) in ``errors``; the error to raise."""
        for first, lines in self.recent:
            if exc.mark is not None and first <= exc.mark < first + len(lines):
                reason = f"{KILLED} ({exc}); --resume cleans it alone, then skips it if it kills"
                errors.add(source, exc.mark, reason, _text(lines[exc.mark - first]))
                where = f"{source}:{exc.mark}"
                return WorkerDiedError(f"{exc} on record {where} (see the errors file)", exc.mark)
        return exc


def _text(line: bytes) -> str:
    return line.rstrip(b"\r\n").decode("utf-8", errors="replace")
