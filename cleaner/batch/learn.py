"""The first pass of a batch run: learn the short lines each site repeats across its documents.

Workers read and parse the documents (:func:`cleaner.profile.document_keys`); the parent
counts them in input order (:class:`cleaner.profile.Learner`), so the profile, and the output
cleaned with it, are the same whatever ``-j`` is and on every ``--resume``. A JSONL record's
site is its ``domain`` (else the host of its ``url``); the files of a folder, and records that
name no site, are one site (``"*"``). Memory stays bounded: the learner caps the keys and
fingerprints it holds over all sites, and at most a few chunks are in flight.

A record or file that kills its learning worker goes to the errors (or failures) file with
the reason :data:`~cleaner.batch.killers.LEARN_KILLED`; on ``--resume`` it is learned from
alone first, and left out of learning if it kills again (:mod:`cleaner.batch.killers`).
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cleaner.batch import pool as batch_pool
from cleaner.batch.folder import CHUNK_FILES, chunked
from cleaner.batch.jsonl import chunks, plan_jsonl, shards
from cleaner.batch.jsonl_line import LineError, parse
from cleaner.batch.killers import (
    LEARN_KILLED,
    file_key,
    learn_killer_files,
    learn_killers,
    note_killer,
)
from cleaner.batch.pool import WorkerDiedError, WorkerPool
from cleaner.batch.scan import (
    DEFAULT_GLOBS,
    STATE_DIR,
    FolderJob,
    check_distinct,
    check_paths,
    discover,
    shown,
)
from cleaner.config import Config
from cleaner.io import open_read
from cleaner.profile import Learner, Profile, document_keys, merge_keys, site_of
from cleaner.text.decode import InputError, decode_text

#: What a worker sends back for one document: its site, fingerprint and line keys.
Counted = tuple[str | None, bytes, dict[str, str]]
#: A record chunk (source, first line number, lines) or a file (name, mark, None).
Sent = tuple[str, int, list[bytes] | None]


@dataclass(frozen=True, slots=True)
class LearnJob:
    """The input of a batch run, read as the cleaning pass will read it."""

    source: str
    jsonl: bool
    text_field: str = "text"
    encoding: str | None = None
    globs: Sequence[str] | None = None  # None: the default globs
    backup_suffix: str | None = None
    in_place: bool = False
    jobs: int = 1
    killers: str | None = None  # the errors (JSONL) or failures (folder) file for killers
    resume: bool = False


def check(job: LearnJob, out: str) -> None:
    """Raise :class:`~cleaner.batch.folder.UsageError` for a run the cleaning pass would
    refuse (``--out`` inside the input...), before the first pass writes its profile."""
    if job.jsonl:
        plan_jsonl(job.source, out)
    else:
        folder = FolderJob(
            Path(job.source),
            Path(out),
            Config(),
            backup_suffix=job.backup_suffix,
            in_place=job.in_place,
        )
        check_paths(folder)
    saved = saved_path(job.source, out)
    if saved is not None and job.source != "-":
        check_distinct(("the learned profile", saved), [("the input", job.source)])


def learn(job: LearnJob, config: Config) -> Profile:
    """The profile of the lines that recur across the input's documents, per site."""
    learner = Learner()
    settings = {"encoding": job.encoding, "text_field": job.text_field}
    # Killers are retried alone before the pool starts (its threads would change how the
    # retry process starts).
    if job.jsonl:
        resume = job.resume and job.killers is not None
        skip = learn_killers(str(job.killers), config, settings, _jsonl_chunk) if resume else {}
        records = _jsonl_tasks(job, skip)
    else:
        files = _folder_tasks(job, config, settings)
    with WorkerPool(job.jobs, config, settings) as pool:
        if job.jsonl:
            sent: deque[Sent] = deque(maxlen=pool.window + 2)  # all in flight
            results = pool.map(_jsonl_chunk, _noted(records, sent))
        else:
            sent = deque(maxlen=(pool.window + 2) * CHUNK_FILES)
            results = pool.map(_files, _noted_files(files, sent))
        try:
            for counted in results:
                for site, mark, keys in counted:
                    learner.add(site, mark, keys)
        except WorkerDiedError as exc:
            raise _named(exc, sent, job) from exc
    return learner.profile()


def _noted(
    tasks: Iterator[tuple[str, tuple[int, list[bytes]]]], sent: deque[Sent]
) -> Iterator[tuple[int, list[bytes]]]:
    for source, (first, lines) in tasks:
        sent.append((source, first, lines))
        yield first, lines


def _noted_files(
    tasks: Iterator[list[tuple[str, str]]], sent: deque[Sent]
) -> Iterator[list[tuple[str, str]]]:
    for chunk in tasks:
        sent.extend((shown(rel), file_key(rel), None) for _, rel in chunk)
        yield chunk


def _named(exc: WorkerDiedError, sent: deque[Sent], job: LearnJob) -> WorkerDiedError:
    """``exc`` naming the record or file the dead worker was learning from, if known; that
    one is noted in the errors or failures file (``job.killers``) for ``--resume``."""
    mark = exc.mark
    if mark is None:
        return exc
    then = "--resume learns from it alone, then leaves it out if it kills"
    reason = f"{LEARN_KILLED} ({exc}); {then}"
    for name, first, lines in sent:
        if lines is not None and first <= mark < first + len(lines):
            raw = lines[mark - first].rstrip(b"\r\n").decode("utf-8", errors="replace")
            entry: dict[str, object] = {"source": name, "line": mark, "reason": reason, "raw": raw}
            where = f"record {name}:{mark}"
        elif lines is None and mark == first:
            entry, where = {"path": name, "reason": reason}, name
        else:
            continue
        if job.killers is not None:
            note_killer(Path(job.killers), entry, resume=job.resume)
        return WorkerDiedError(f"{exc} while learning, on {where}", mark)
    return exc


def with_profile(config: Config, profile: Profile) -> Config:
    """``config`` with the learned lines added to those of its own profile (``--profile``)."""
    return replace(config, profile=merge_keys(config.profile, profile.keys()))


def saved_path(source: str, out: str) -> Path | None:
    """Where the learned profile is saved for review: ``OUT_DIR/.clean-article/profile.json``
    for a folder, ``OUT.profile.json`` for an output file, nowhere for stdout."""
    if out == "-":
        return None
    target = Path(out)
    if Path(source).is_dir() or target.is_dir() or out.endswith(("/", os.sep)):
        return target / STATE_DIR / "profile.json"
    return target.with_name(target.name + ".profile.json")


def _jsonl_tasks(
    job: LearnJob, skip: dict[str, set[int]]
) -> Iterator[tuple[str, tuple[int, list[bytes]]]]:
    """Each chunk with its source named as the cleaning pass names it; the records of
    ``skip`` are blanked (not learned from)."""
    source = Path(job.source)
    if source.is_dir():
        named = [(shown(rel), source / rel) for rel in shards(source)]
    else:
        named = [(shown(job.source), source)]
    for name, path in named:
        try:
            handle = open_read(str(path))
        except OSError:
            continue  # the cleaning pass reports it
        left_out = skip.get(name, set())
        with handle:
            for first, lines in chunks(handle):
                if left_out:
                    lines = [b"\n" if first + i in left_out else x for i, x in enumerate(lines)]  # noqa: PLW2901
                yield name, (first, lines)


def _jsonl_chunk(task: tuple[int, list[bytes]]) -> list[Counted]:
    """Worker side: the counts of each record of a chunk that the cleaning pass will clean."""
    field = batch_pool.setting("text_field")
    out: list[Counted] = []
    for number, line in enumerate(task[1], task[0]):
        batch_pool.mark(number)  # named if this record kills the worker
        if not line.strip():
            continue
        try:
            record = {key: value for key, (_, _, value) in parse(line).items()}
        except (LineError, json.JSONDecodeError, RecursionError):
            continue
        text = record.get(field)
        if isinstance(text, str):
            out.append((site_of(record), *document_keys(text)))
    batch_pool.mark(-1)
    return out


def _folder_tasks(
    job: LearnJob, config: Config, settings: dict[str, str | None]
) -> Iterator[list[tuple[str, str]]]:
    """The files in chunks, less those that killed a learning worker again on ``--resume``."""
    folder = FolderJob(
        Path(job.source),
        Path(job.source),
        Config(),
        globs=tuple(job.globs) if job.globs else DEFAULT_GLOBS,
        backup_suffix=job.backup_suffix,
        in_place=job.in_place,
    )
    rels = discover(folder)
    if job.resume and job.killers is not None:
        left_out = learn_killer_files(
            Path(job.killers), folder.in_dir, rels, config, settings, _files
        )
        rels = [rel for rel in rels if rel not in left_out]
    tasks = ((str(folder.in_dir / rel), rel, 0) for rel in rels)
    return chunked(tasks)


def _files(tasks: list[tuple[str, str]]) -> list[Counted]:
    """Worker side: the counts of each file that reads and decodes (the folder is one site)."""
    out: list[Counted] = []
    for path, rel in tasks:
        batch_pool.mark(file_key(rel))  # named if this file kills the worker
        try:
            text = decode_text(Path(path).read_bytes(), batch_pool.setting("encoding"))[0]
        except (OSError, InputError):
            continue  # the cleaning pass reports it
        out.append((None, *document_keys(text)))
    batch_pool.mark(-1)
    return out
