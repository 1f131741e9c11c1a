"""The first pass of a batch run: learn the short lines each site repeats across its documents.

Workers read and parse the documents (:func:`cleaner.profile.document_keys`); the parent
counts them in input order (:class:`cleaner.profile.Learner`), so the profile, and the output
cleaned with it, are the same whatever ``-j`` is and on every ``--resume``. A JSONL record's
site is its ``domain`` (else the host of its ``url``); the files of a folder, and records that
name no site, are one site (``"*"``). Memory stays bounded: the learner caps the keys and
fingerprints it holds over all sites, and at most a few chunks are in flight.
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
from cleaner.batch.killers import file_key
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
#: A record chunk (``"record SOURCE:"``, first line number, count) or a file (name, mark, 0).
Sent = tuple[str, int, int]


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
    with WorkerPool(job.jobs, config, settings) as pool:
        sent: deque[Sent] = deque(maxlen=(pool.window + 2) * CHUNK_FILES)  # all in flight
        if job.jsonl:
            results = pool.map(_jsonl_chunk, _noted(_jsonl_tasks(job), sent))
        else:
            results = pool.map(_files, _noted_files(_folder_tasks(job), sent))
        try:
            for counted in results:
                for site, mark, keys in counted:
                    learner.add(site, mark, keys)
        except WorkerDiedError as exc:
            raise _named(exc, sent) from exc
    return learner.profile()


def _noted(
    tasks: Iterator[tuple[str, tuple[int, list[bytes]]]], sent: deque[Sent]
) -> Iterator[tuple[int, list[bytes]]]:
    for source, (first, lines) in tasks:
        sent.append((f"record {source}:", first, len(lines)))
        yield first, lines


def _noted_files(
    tasks: Iterator[list[tuple[str, str]]], sent: deque[Sent]
) -> Iterator[list[tuple[str, str]]]:
    for chunk in tasks:
        sent.extend((shown(rel), file_key(rel), 0) for _, rel in chunk)
        yield chunk


def _named(exc: WorkerDiedError, sent: deque[Sent]) -> WorkerDiedError:
    """``exc`` naming the record or file the dead worker was learning from, if known."""
    mark = exc.mark
    if mark is None:
        return exc
    for name, first, count in sent:
        if mark == first or first < mark < first + count:
            where = f"{name}{mark}" if count else name
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


def _jsonl_tasks(job: LearnJob) -> Iterator[tuple[str, tuple[int, list[bytes]]]]:
    source = Path(job.source)
    paths = [source / rel for rel in shards(source)] if source.is_dir() else [source]
    for path in paths:
        try:
            handle = open_read(str(path))
        except OSError:
            continue  # the cleaning pass reports it
        with handle:
            for chunk in chunks(handle):
                yield str(path), chunk


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


def _folder_tasks(job: LearnJob) -> Iterator[list[tuple[str, str]]]:
    folder = FolderJob(
        Path(job.source),
        Path(job.source),
        Config(),
        globs=tuple(job.globs) if job.globs else DEFAULT_GLOBS,
        backup_suffix=job.backup_suffix,
        in_place=job.in_place,
    )
    tasks = ((str(folder.in_dir / rel), rel, 0) for rel in discover(folder))
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
