"""JSONL mode: records in, cleaned records out, streamed in input order with flat memory.

The reader cuts the input into chunks of lines (32 lines or 256 KB: small enough to keep
every worker busy, large enough that passing them around costs little);
workers parse, clean (:func:`cleaner.batch.records.clean_record`) and re-encode a whole chunk, and
send back one block of output bytes. A malformed line never stops the run: it goes to the
error file with its line number, the reason and the line itself.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from cleaner.batch import pool as batch_pool
from cleaner.batch.folder import Manifest
from cleaner.batch.jsonl_line import LineError, clean_line, parse
from cleaner.batch.killers import SentChunks, killers_of
from cleaner.batch.pool import PoolFactory, WorkerDiedError, WorkerPool, Workers
from cleaner.batch.progress import Progress, Stats
from cleaner.batch.records import RecordError, RecordOptions
from cleaner.batch.scan import STATE_DIR, UsageError, shown, walk_errors
from cleaner.batch.signals import critical
from cleaner.config import Config
from cleaner.io import (
    JSONL_SUFFIXES,
    atomic_output,
    is_temp_name,
    jsonl_writer,
    open_read,
    sweep_stale_temps,
)

CHUNK_LINES = 32
CHUNK_BYTES = 256 << 10


@dataclass(slots=True)
class ChunkResult:
    """A worker's answer for one chunk: output bytes plus malformed lines; ``bytes_read``
    counts every line, ``bytes_in``/``bytes_out`` the text of the records cleaned."""

    data: bytes = b""
    #: (line, reason, line as text, the reason records that fail alike share: None for a
    #: malformed line, the reason without the id for a record without a string text field)
    errors: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    docs: int = 0
    bytes_read: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    codes: list[str] = field(default_factory=list)


@dataclass
class JsonlJob:
    """Pairs of (input, output) — one file or ``-``, or the shards of a folder."""

    pairs: list[tuple[str, str, str]]  # (name shown, input path, output path)
    config: Config
    options: RecordOptions
    errors: str | None  # error file; None: JSON lines on stderr
    jobs: int = 1
    resume: bool = False
    out_dir: Path | None = None
    fingerprint: str = ""
    pool: PoolFactory = WorkerPool  #: the workers (``--engine``)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  #: (folder, why)


def is_jsonl(name: str) -> bool:
    return name == "-" or name.endswith(JSONL_SUFFIXES)


def shards(in_dir: Path, unreadable: list[tuple[str, str]] | None = None) -> list[str]:
    """Relative paths of the JSONL shards under ``in_dir`` (sorted, recursive); folders
    that cannot be read go to ``unreadable`` as ``(rel/, why)``."""
    found = []
    onerror = walk_errors(in_dir, unreadable if unreadable is not None else [])
    for dirpath, dirnames, filenames in os.walk(in_dir, onerror=onerror, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d != STATE_DIR)
        for name in sorted(filenames):
            if name.endswith(JSONL_SUFFIXES) and not is_temp_name(name):
                found.append((Path(dirpath) / name).relative_to(in_dir).as_posix())
    return found


def default_errors(out: str) -> str | None:
    """``clean.jsonl.gz`` -> ``clean.errors.jsonl``; stdout -> stderr (None)."""
    if out == "-":
        return None
    path = Path(out)
    name = path.name
    for suffix in JSONL_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return str(path.with_name(name + ".errors.jsonl"))


def chunks(handle: IO[bytes]) -> Iterator[tuple[int, list[bytes]]]:
    """(first line number, lines) chunks of a binary stream."""
    lines: list[bytes] = []
    size = 0
    first = 1
    for number, line in enumerate(handle, 1):
        if not lines:
            first = number
        lines.append(line)
        size += len(line)
        if len(lines) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield first, lines
            lines, size = [], 0
    if lines:
        yield first, lines


def _ident(line: bytes, options: RecordOptions) -> Any:
    """The record's id (``--id-field``), named in its error; None without one."""
    if not options.id_field:
        return None
    try:
        return parse(line)[options.id_field][2]
    except (ValueError, KeyError):
        return None


def clean_chunk(task: tuple[int, list[bytes]]) -> ChunkResult:
    """Worker side: parse, clean and re-encode each line of a chunk; never raises."""
    first, lines = task
    options: RecordOptions = batch_pool.setting("options")
    cleaner = batch_pool.cleaner()
    out = ChunkResult()
    parts: list[bytes] = []
    for number, line in enumerate(lines, first):
        out.bytes_read += len(line)
        if not line.strip():
            continue  # blank lines carry no record
        batch_pool.mark(number)  # named if this record kills the worker
        try:
            data, record, cleaned = clean_line(line, cleaner, options)
        except LineError as exc:
            out.errors.append((number, str(exc), _text(line), None))
            continue
        except RecordError as exc:
            ident = _ident(line, options)
            reason = f"{exc} (id {ident!r})" if ident is not None else str(exc)
            out.errors.append((number, reason, _text(line), str(exc)))
            continue
        except Exception as exc:  # a bug must cost one record, not the run
            reason = f"internal error: {type(exc).__name__}: {exc}"
            out.errors.append((number, reason, _text(line), None))
            continue
        parts.append(data)
        out.docs += 1
        text_in = record[options.text_field]
        text_out = cleaned[options.text_field]
        out.chars_in += len(text_in)
        out.chars_out += len(text_out)
        out.bytes_in += len(text_in.encode("utf-8", "surrogatepass"))
        out.bytes_out += len(text_out.encode("utf-8", "surrogatepass"))
        report = cleaned.get(options.report_field) if options.report_field else None
        if isinstance(report, dict):
            out.codes.extend(r["code"] for r in report.get("removed", ()))
    batch_pool.mark(-1)
    out.data = b"\n".join(parts) + b"\n" if parts else b""
    return out


def _text(line: bytes) -> str:
    return line.rstrip(b"\r\n").decode("utf-8", errors="replace")


class ErrorSink:
    """Malformed lines, as JSON lines: ``{"source", "line", "reason", "raw"}``.

    Written to the error file (created only when there is an error; atomic, kept also after
    an interrupt) or, when there is none, to stderr. With ``resume`` the earlier file stays
    until the new one replaces it, so a run killed before then loses none of its lines.
    """

    def __init__(self, path: str | None, *, resume: bool = False) -> None:
        self.path = path
        self._cm: Any = None
        self._handle: IO[bytes] | None = None
        self.old: dict[str, list[bytes]] = {}  #: earlier lines by source, for --resume
        self._carried: set[str] = set()
        self._sums: dict[str, hashlib._Hash] = {}  #: sha256 of the lines written, by source
        self.resume = resume
        if path is not None:
            if resume:
                self.old = _old_errors(Path(path))
            else:
                Path(path).unlink(missing_ok=True)  # a stale file from an earlier run misleads

    def carry(self, source: str) -> None:
        """Keep the earlier lines of a shard that ``--resume`` skips (once)."""
        if source not in self._carried:
            self._carried.add(source)
            for line in self.old.get(source, ()):
                self._write(source, line)

    def digest(self, source: str) -> str:
        """The SHA-256 of the lines written for ``source``, for its manifest entry ("" for
        stderr)."""
        if self.path is None:
            return ""
        return self._sums.get(source, hashlib.sha256()).hexdigest()

    def old_digest(self, source: str) -> str:
        """The SHA-256 of the earlier lines of ``source``: a shard is done only if they are
        the lines its run wrote (not if that run was killed before its file was in place)."""
        if self.path is None:
            return ""
        return hashlib.sha256(b"".join(x + b"\n" for x in self.old.get(source, ()))).hexdigest()

    def _write(self, source: str, line: bytes) -> None:
        self._sums.setdefault(source, hashlib.sha256()).update(line + b"\n")
        if self.path is None:
            os.write(2, line + b"\n")
            return
        if self._handle is None:
            self._cm = atomic_output(Path(str(self.path)), fsync=False)
            self._handle = self._cm.__enter__()
        self._handle.write(line + b"\n")

    def add(self, source: str, number: int, reason: str, raw: str) -> None:
        line = orjson.dumps({"source": source, "line": number, "reason": reason, "raw": raw})
        self._write(source, line)

    def close(self) -> None:
        """Put the new file in place of the earlier one (none: no error, no file)."""
        if self._cm is not None:
            self._cm.__exit__(None, None, None)
            self._cm = None
        elif self.path is not None and self.resume:
            Path(self.path).unlink(missing_ok=True)  # the earlier lines were all redone


def _old_errors(path: Path) -> dict[str, list[bytes]]:
    """The lines of an earlier errors file, by shard."""
    found: dict[str, list[bytes]] = {}
    try:
        data = path.read_bytes()
    except OSError:
        return found
    for line in data.splitlines():
        try:
            source = orjson.loads(line)["source"]
        except (orjson.JSONDecodeError, KeyError, TypeError):
            continue  # a line cut short by a hard kill
        found.setdefault(str(source), []).append(line)
    return found


def run_jsonl(job: JsonlJob, stats: Stats, progress: Progress) -> None:
    """Clean every (input, output) pair in order; fills ``stats``."""
    _sweep(job)
    manifest = Manifest(job.out_dir, resume=job.resume) if job.out_dir else None
    settings = {"options": job.options}
    killers: dict[str, dict[int, str]] = {}
    if job.resume and job.errors:
        killers = killers_of(job.errors, job.config, settings, clean_chunk, progress)
    errors = ErrorSink(job.errors, resume=job.resume and manifest is not None)
    done: set[str] = set()  #: shards --resume skips
    if manifest is not None:
        done = {pair[0] for pair in job.pairs if _done(job, manifest, errors, *pair)}
    started: set[str] = set()
    stats.skipped_label = "shards skipped (already done)"
    stats.total_bytes = sum(_size(src) for _, src, _ in job.pairs)
    for folder, why in job.unreadable:
        progress.failure(shown(folder), why)
    try:
        with job.pool(job.jobs, job.config, settings) as pool, progress:
            for name, src, dst in job.pairs:
                if name in done:
                    stats.skipped += 1
                    errors.carry(name)
                    continue
                skip = killers.get(name, {})
                started.add(name)
                _run_pair(pool, name, src, dst, stats, progress, errors, skip)
                if manifest is not None:
                    manifest.add(_entry(job, name, src, dst, errors.digest(name)))
    finally:
        for name, _, _ in job.pairs:  # those a stop came before: their lines stay listed
            if name not in started:
                errors.carry(name)
        errors.close()
        if manifest is not None:
            manifest.close()


def _sweep(job: JsonlJob) -> None:
    """Remove what hard-killed earlier runs left: temporary outputs and errors files."""
    if job.out_dir is not None:
        sweep_stale_temps(job.out_dir, recursive=True)
    for name in (*(dst for _, _, dst in job.pairs), job.errors):
        if name is not None and name != "-":
            path = Path(name)
            sweep_stale_temps(path.parent, target=path.name)


def _run_pair(
    pool: Workers,
    name: str,
    src: str,
    dst: str,
    stats: Stats,
    progress: Progress,
    errors: ErrorSink,
    skip: dict[int, str],
) -> None:
    try:
        handle = open_read(src)
    except OSError as exc:
        progress.failure(name, exc.strerror or str(exc))
        return
    alike = Alike()
    sent = SentChunks(skip, pool.window)
    try:
        with handle, jsonl_writer(dst, fsync=dst != "-") as out:
            try:
                for result in pool.map(clean_chunk, sent.track(chunks(handle))):
                    with critical():
                        _take(sent.skipped(result), name, out, stats, progress, errors, alike)
            except WorkerDiedError as exc:
                raise sent.killed(exc, name, errors) from exc
    finally:
        alike.report(name, progress, printed=errors.path is not None)


def _take(
    result: ChunkResult,
    name: str,
    out: Any,
    stats: Stats,
    progress: Progress,
    errors: ErrorSink,
    alike: Alike,
) -> None:
    """Write one chunk's output and errors, and count it."""
    out.write(result.data)
    for number, reason, raw, group in result.errors:
        errors.add(name, number, reason, raw)
        if group is not None:
            alike.add(group, number)
        elif errors.path is None:  # the JSON line on stderr already says it
            stats.fail(f"{name}:{number}", reason)
        else:
            progress.failure(f"{name}:{number}", reason)
    stats.docs += result.docs
    stats.bytes_read += result.bytes_read
    stats.bytes_in += result.bytes_in
    stats.bytes_out += result.bytes_out
    stats.chars_in += result.chars_in
    stats.chars_out += result.chars_out
    stats.rules.update(result.codes)
    progress.update()


class Alike:
    """Records of a shard that fail alike (no text field ``body``, say): counted as they come
    and reported in one line per reason when the shard is done, not one line per record."""

    SHOWN = 5  #: line numbers named in the report

    def __init__(self) -> None:
        self.lines: dict[str, list[int]] = {}
        self.count: Counter[str] = Counter()

    def add(self, reason: str, number: int) -> None:
        self.count[reason] += 1
        first = self.lines.setdefault(reason, [])
        if len(first) < self.SHOWN:
            first.append(number)

    def report(self, name: str, progress: Progress, *, printed: bool) -> None:
        """One failure per reason (printed unless the errors go to stderr as JSON lines)."""
        for reason, count in self.count.items():
            lines = ", ".join(map(str, self.lines[reason]))
            more = ", ..." if count > self.SHOWN else ""
            noun = "record" if count == 1 else "records"
            said = f"{reason}: {count:,} {noun} (line{'s' * (count > 1)} {lines}{more})"
            if printed:
                progress.failure(name, said, records=count)
            else:
                progress.stats.fail(name, said, records=count)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size if path != "-" else 0
    except OSError:
        return 0


def _entry(job: JsonlJob, name: str, src: str, dst: str, errors: str) -> dict[str, Any]:
    st, out = os.stat(src), os.stat(dst)
    return {
        "path": name,
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "config": job.fingerprint,
        "out_size": out.st_size,
        "out_mtime_ns": out.st_mtime_ns,
        "errors_sha256": errors,
    }


def _done(
    job: JsonlJob, manifest: Manifest, errors: ErrorSink, name: str, src: str, dst: str
) -> bool:
    entry = manifest.entries.get(name)
    if entry is None or not job.resume:
        return False
    try:
        return entry == _entry(job, name, src, dst, errors.old_digest(name))
    except OSError:
        return False


def plan_jsonl(
    source: str, out: str, unreadable: list[tuple[str, str]] | None = None
) -> tuple[list[tuple[str, str, str]], Path | None]:
    """Pairs for a file/stdin (out: file or ``-``) or a shard folder (out: a folder); a shard
    folder's subfolders that cannot be read go to ``unreadable``."""
    if source != "-" and Path(source).is_dir():
        in_dir = Path(source)
        if out == "-" or is_jsonl(out):
            raise UsageError("a folder of shards needs a folder for --out")
        out_dir = Path(out)
        src, dst = in_dir.resolve(), out_dir.resolve()
        if src == dst or src in dst.parents or dst in src.parents:
            raise UsageError("--out must not be IN_DIR, inside it or around it")
        rels = shards(in_dir, unreadable)
        return [(shown(rel), str(in_dir / rel), str(out_dir / rel)) for rel in rels], out_dir
    if out != "-" and (out.endswith(("/", os.sep)) or Path(out).is_dir()):
        # A folder (a trailing slash, or one that exists): the file goes in under its name.
        if source == "-":
            raise UsageError("stdin needs a file or - for --out, not a folder")
        out_dir = Path(out)
        name = Path(source).name
        if out_dir.resolve() == Path(source).resolve().parent:
            raise UsageError("--out must not be the input's own folder")
        return [(shown(name), source, str(out_dir / name))], out_dir
    if source != "-" and out != "-" and Path(source).resolve() == Path(out).resolve():
        raise UsageError("--out must differ from the input")
    return [(shown(source), source, out)], None
