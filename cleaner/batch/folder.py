"""Folder mode: clean every matching file under IN_DIR into OUT_DIR, same relative paths.

Workers read and clean; only the parent writes, each output through a temporary file and a
rename. After each output the parent appends a line to ``OUT_DIR/.clean-article/manifest.jsonl``
(input size and mtime, the options' fingerprint, the output's size and SHA-256), which is
what ``--resume`` checks: a file is skipped only if its entry matches the input and the
output on disk is byte for byte the one recorded (and its report is there).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from cleaner.batch import pool as batch_pool
from cleaner.batch.killers import KILLED, file_key, file_killed, killer_files
from cleaner.batch.pool import WorkerDiedError, WorkerPool
from cleaner.batch.progress import Progress, Stats
from cleaner.batch.scan import (
    STATE_DIR,
    FolderJob,
    UsageError,
    check_distinct,
    discover,
    shown,
)
from cleaner.batch.signals import critical
from cleaner.io import atomic_output, atomic_write_bytes, sweep_stale_temps
from cleaner.text.decode import InputError, decode_text


@dataclass(slots=True)
class FileResult:
    """What a worker sends back for one file (the parent does all writing)."""

    rel: str
    size: int = 0  #: of the input, taken before reading it (for the manifest)
    mtime_ns: int = 0
    text: bytes = b""
    report: bytes = b""
    error: str | None = None
    bytes_in: int = 0
    chars_in: int = 0
    chars_out: int = 0
    codes: tuple[str, ...] = ()


def clean_file(task: tuple[str, str]) -> FileResult:
    """Worker side: read, decode and clean one file; never raises."""
    path, rel = task
    try:
        st = os.stat(path)
        data = Path(path).read_bytes()
    except OSError as exc:
        return FileResult(rel, error=exc.strerror or str(exc))
    try:
        text, used, replaced = decoded = decode_text(data, batch_pool.setting("encoding"))
        result = batch_pool.cleaner().clean(text)
        result.report.encoding = used
        if replaced and decoded.warning:
            result.report.warnings.insert(0, decoded.warning)
        report = result.report
        return FileResult(
            rel,
            size=st.st_size,
            mtime_ns=st.st_mtime_ns,
            text=result.text.encode("utf-8"),
            report=orjson.dumps(report.to_dict()),
            bytes_in=len(data),
            chars_in=report.chars_in,
            chars_out=report.chars_out,
            codes=tuple(r.code for r in report.removed),
        )
    except InputError as exc:
        return FileResult(rel, error=str(exc), bytes_in=len(data))
    except Exception as exc:  # a bug must cost one file, not the batch
        return FileResult(rel, error=f"internal error: {type(exc).__name__}: {exc}")


def clean_files(tasks: list[tuple[str, str]]) -> list[FileResult]:
    """Worker side: :func:`clean_file` on a few files, sent and answered as one message."""
    results = []
    for task in tasks:
        batch_pool.mark(file_key(task[1]))  # named if this file kills the worker
        results.append(clean_file(task))
    batch_pool.mark(-1)
    return results


#: A worker task holds up to this many files, and stops taking more past this many bytes:
#: one message per file costs the parent more than the writing of small outputs does.
CHUNK_FILES = 8
CHUNK_BYTES = 1 << 20


def chunked(
    tasks: Iterable[tuple[str, str, int]], files: int = CHUNK_FILES, limit: int = CHUNK_BYTES
) -> Iterator[list[tuple[str, str]]]:
    """Group ``(path, rel, size)`` tasks in order into lists of ``(path, rel)``."""
    chunk: list[tuple[str, str]] = []
    held = 0
    for path, rel, size in tasks:
        chunk.append((path, rel))
        held += size
        if len(chunk) >= files or held >= limit:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Manifest:
    """The done-log: one JSON line per finished file, appended and flushed as we go."""

    def __init__(self, out_dir: Path, *, resume: bool) -> None:
        self.path = out_dir / STATE_DIR / "manifest.jsonl"
        self.entries: dict[str, dict[str, Any]] = {}
        if resume and self.path.exists():
            for line in self.path.read_bytes().splitlines():
                try:
                    entry = orjson.loads(line)
                except orjson.JSONDecodeError:
                    continue  # a line cut short by a hard kill
                if isinstance(entry, dict) and "path" in entry:
                    self.entries[entry["path"]] = entry
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle: IO[bytes] = open(self.path, "ab" if resume else "wb")  # noqa: SIM115

    def add(self, entry: dict[str, Any]) -> None:
        self._handle.write(orjson.dumps(entry) + b"\n")
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class ReportSink:
    """Reports as one JSONL file (``{"path": ..., "report": {...}}`` per line, input order)
    or as ``<output>.report.json`` files. The JSONL file is built in a temporary file and
    renamed at the end, also when the run is interrupted (it then holds the files done)."""

    def __init__(self, job: FolderJob) -> None:
        self.job = job
        self.old: dict[str, bytes] = {}
        self._cm: Any = None
        self._handle: IO[bytes] | None = None
        if job.reports is None:
            return
        if job.resume and job.reports.exists():
            for line in job.reports.read_bytes().splitlines():
                try:
                    self.old[orjson.loads(line)["path"]] = line
                except (orjson.JSONDecodeError, KeyError, TypeError):
                    continue
        self._cm = atomic_output(job.reports, fsync=False)
        self._handle = self._cm.__enter__()

    def has(self, rel: str) -> bool:
        if self.job.report_files:
            return (self.job.out_dir / f"{rel}.report.json").exists()
        return self.job.reports is None or shown(rel) in self.old

    def keep(self, rel: str) -> None:
        """Carry over the report of a file skipped by ``--resume``."""
        if self._handle is not None:
            self._handle.write(self.old[shown(rel)] + b"\n")

    def add(self, rel: str, report: bytes) -> None:
        if self.job.removed_files:
            from cleaner.report.audit import removed_text

            with atomic_output(self.job.out_dir / f"{rel}.removed.txt", fsync=False) as handle:
                handle.write(removed_text(orjson.loads(report)).encode("utf-8"))
        if self.job.report_files:
            target = self.job.out_dir / f"{rel}.report.json"
            with atomic_output(target, fsync=False) as handle:
                handle.write(report + b"\n")
        if self._handle is not None:
            path = orjson.dumps(shown(rel))
            self._handle.write(b'{"path":' + path + b',"report":' + report + b"}\n")

    def close(self) -> None:
        """Rename the reports file into place, also after an interrupt."""
        if self._cm is not None:
            self._cm.__exit__(None, None, None)
            self._cm = None


def _done(job: FolderJob, manifest: Manifest, reports: ReportSink, rel: str) -> bool:
    entry = manifest.entries.get(shown(rel))
    if entry is None or entry.get("config") != job.fingerprint:
        return False
    out = job.out_dir / rel
    if not job.in_place:
        try:
            st = (job.in_dir / rel).stat()
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) != (entry.get("size"), entry.get("mtime_ns")):
            return False
    try:
        if out.stat().st_size != entry.get("out_size"):
            return False
    except OSError:
        return False
    return _sha256(out) == entry.get("out_sha256") and reports.has(rel)


def _write_output(job: FolderJob, rel: str, text: bytes) -> None:
    out = job.out_dir / rel
    if job.in_place and job.backup_suffix:
        backup = out.with_name(out.name + job.backup_suffix)
        if not backup.exists():
            atomic_write_bytes(backup, out.read_bytes(), like=out)
    with atomic_output(out, fsync=False) as handle:
        handle.write(text)


def run_folder(job: FolderJob, stats: Stats, progress: Progress) -> None:
    """Clean the folder; fills ``stats``. Interrupts propagate after state is saved."""
    rels = discover(job)
    _prepare(job, rels, progress)
    manifest = Manifest(job.out_dir, resume=job.resume)
    reports = ReportSink(job)
    carry = _Carry(rels, set(), reports)
    try:
        todo: list[str] = []
        done: set[str] = set()
        settings = {"encoding": job.encoding}
        killers = _killers(job, rels, settings) if job.resume else set()
        for rel in rels:
            if job.resume and _done(job, manifest, reports, rel):
                done.add(rel)
            elif rel in killers:
                progress.failure(shown(rel), f"{KILLED} (again when cleaned alone): skipped")
            else:
                todo.append(rel)
        stats.total_docs = len(rels)
        stats.skipped = len(done)
        sizes = [_size(job.in_dir / rel) for rel in todo]
        stats.total_bytes = sum(sizes)
        if done:
            progress.log(f"resume: {len(done)} of {len(rels)} files already done")
        if not job.in_place:
            job.out_dir.mkdir(parents=True, exist_ok=True)
        carry.done = done
        tasks = ((str(job.in_dir / rel), rel, size) for rel, size in zip(todo, sizes, strict=True))
        with WorkerPool(job.jobs, job.config, settings) as pool, progress:
            files = 1 if job.jobs == 1 else CHUNK_FILES
            try:
                for results in pool.map(clean_files, chunked(tasks, files)):
                    for result in results:
                        with critical():
                            carry.upto(result.rel)
                            _finish(job, result, stats, progress, manifest, reports)
            except WorkerDiedError as exc:
                raise file_killed(exc, todo, progress) from exc
    finally:
        carry.upto(None)
        manifest.close()
        reports.close()


def _prepare(job: FolderJob, rels: list[str], progress: Progress) -> None:
    """Before any file is cleaned: refuse side files that would collide, sweep this tool's
    stale temporary files, and say which links and folders were skipped."""
    _check_side_files(job, rels)
    if job.reports is not None:
        state = job.out_dir / STATE_DIR
        outputs = [(f"the output of {rel}", job.out_dir / rel) for rel in rels]
        check_distinct(
            ("--reports", job.reports),
            [
                *outputs,
                ("the manifest", state / "manifest.jsonl"),
                ("the failures file", state / "failures.jsonl"),
            ],
        )
    sweep_stale_temps(job.out_dir, recursive=True)
    if job.reports is not None:
        sweep_stale_temps(job.reports.parent, target=job.reports.name)
    for rel, why in job.skipped_links:
        progress.log(f"skipped {shown(rel)}: {why}")
    for rel, why in job.unreadable:
        progress.failure(shown(rel), why)


def _killers(job: FolderJob, rels: list[str], settings: dict[str, Any]) -> set[str]:
    """The files named as worker killers by the last run that kill a worker alone again."""
    failures = job.out_dir / STATE_DIR / "failures.jsonl"
    return killer_files(failures, job.in_dir, rels, job.config, settings, clean_files)


def _check_side_files(job: FolderJob, rels: list[str]) -> None:
    """Refuse a run where a side file (audit, report) would overwrite another output."""
    suffixes = [".removed.txt"] * job.removed_files + [".report.json"] * job.report_files
    taken = set(rels)
    for rel in rels:
        for suffix in suffixes:
            if rel + suffix in taken:
                raise UsageError(
                    f"the {suffix} file of {rel} would overwrite the output of {rel + suffix}; "
                    "leave out the side files or clean those inputs apart"
                )


class _Carry:
    """Writes the reports of skipped files between new ones, so the file keeps input order."""

    def __init__(self, rels: list[str], done: set[str], reports: ReportSink) -> None:
        self.rels, self.done, self.reports = rels, done, reports
        self.next = 0

    def upto(self, rel: str | None) -> None:
        """Carry over skipped reports before ``rel`` (all remaining ones for None), then
        step past ``rel``."""
        while self.next < len(self.rels) and (rel is None or self.rels[self.next] != rel):
            if self.rels[self.next] in self.done:
                self.reports.keep(self.rels[self.next])
            self.next += 1
        self.next += 1


def _finish(
    job: FolderJob,
    result: FileResult,
    stats: Stats,
    progress: Progress,
    manifest: Manifest,
    reports: ReportSink,
) -> None:
    rel = result.rel
    if result.error is not None:
        progress.failure(shown(rel), result.error)
        stats.bytes_read += result.bytes_in
        progress.update()
        return
    _write_output(job, rel, result.text)
    reports.add(rel, result.report)
    manifest.add(
        {
            "path": shown(rel),
            "size": result.size,
            "mtime_ns": result.mtime_ns,
            "config": job.fingerprint,
            "out_size": len(result.text),
            "out_sha256": hashlib.sha256(result.text).hexdigest(),
        }
    )
    stats.add(
        bytes_in=result.bytes_in,
        bytes_out=len(result.text),
        chars_in=result.chars_in,
        chars_out=result.chars_out,
    )
    stats.rules.update(result.codes)
    progress.update()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_failures(out_dir: Path, failures: list[tuple[str, str]]) -> Path | None:
    """``OUT_DIR/.clean-article/failures.jsonl``: one ``{"path", "reason"}`` per failed file."""
    path = out_dir / STATE_DIR / "failures.jsonl"
    if not failures:
        path.unlink(missing_ok=True)
        return None
    lines = b"".join(orjson.dumps({"path": p, "reason": r}) + b"\n" for p, r in failures)
    atomic_write_bytes(path, lines)
    return path
