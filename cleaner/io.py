"""File output that never leaves a partial file, and compressed JSONL streams.

Every output is written to a temporary file in the destination's directory and renamed over
the destination only when complete, so an interrupted run (Ctrl-C, SIGTERM, full disk)
leaves either the old file or the new one, never half of one. ``.gz`` and ``.zst`` names are
(de)compressed transparently; ``-`` means stdin/stdout.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

#: Suffixes of JSONL files (plain and compressed) recognised in shard folders.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")


def atomic_write_bytes(path: Path, data: bytes, *, like: Path | None = None) -> None:
    """Write ``data`` to ``path`` atomically (same-directory temporary file, fsync, rename)."""
    with atomic_output(Path(path), like=like) as handle:
        handle.write(data)


@contextmanager
def atomic_output(
    path: Path, *, fsync: bool = True, like: Path | None = None
) -> Iterator[IO[bytes]]:
    """A binary handle on a temporary file that replaces ``path`` when the block succeeds.

    The file gets the mode (and owner, where permitted) of ``like``, else of the file it
    replaces, as ``sed -i`` and a shell's ``>`` keep them; a new file follows the umask.
    On any exception (including KeyboardInterrupt) the temporary file is removed and ``path``
    is left as it was.
    """
    path = Path(path)
    if _is_special(path):
        # A device or pipe (/dev/stdout, /dev/full, a FIFO): write through; renaming a
        # temporary file over it would replace the device itself.
        with open(path, "wb") as device:
            yield device
            device.flush()
        return
    fd, tmp = _temp_beside(path)
    try:
        _set_mode(fd, like or path)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if fsync:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _set_mode(fd: int, source: Path) -> None:
    """Give a new temporary file ``source``'s mode and owner, or the umask's mode when
    ``source`` does not exist (mkstemp makes files 0600 whatever the umask)."""
    try:
        st = os.stat(source)
    except OSError:
        os.fchmod(fd, 0o666 & ~_umask())
        return
    if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
        # Not permitted (another user's file): the new file stays ours, as with sed -i.
        with contextlib.suppress(OSError):
            os.fchown(fd, st.st_uid, st.st_gid)
    os.fchmod(fd, stat.S_IMODE(st.st_mode))


@functools.cache
def _umask() -> int:
    """The process's umask (read once; setting it back at once is the only portable way)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _is_special(path: Path) -> bool:
    """True when ``path`` exists and is not a regular file (one stat: batches write many)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


#: Temporary files are named ``.NAME.clean-article-PID.XXXXXXXX.tmp``: only names of this
#: form are ever swept, and only when process PID is gone (a concurrent run's are kept).
_TEMP = re.compile(r"\..*\.clean-article-(\d+)\.[^./]*\.tmp", re.DOTALL)


def _temp_beside(path: Path) -> tuple[int, str]:
    """A new temporary file in ``path``'s folder (created when missing): (fd, name)."""
    folder = os.path.abspath(path.parent)
    prefix = f".{path.name}.clean-article-{os.getpid()}."
    try:
        return tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    except FileNotFoundError:  # the folder does not exist yet: make it once, then retry
        os.makedirs(folder, exist_ok=True)
        return tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")


def is_temp_name(name: str) -> bool:
    """True for the temporary files :func:`atomic_output` creates."""
    return _TEMP.fullmatch(name) is not None


def _stale(name: str) -> bool:
    """A temporary file of ours whose process is gone (killed before it could rename it)."""
    match = _TEMP.fullmatch(name)
    if match is None:
        return False
    pid = int(match.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def sweep_stale_temps(folder: Path, *, recursive: bool = False, target: str | None = None) -> None:
    """Remove the temporary files that hard-killed runs left in ``folder`` (its subfolders
    too if ``recursive``; only those of the file named ``target`` if given). Nothing else:
    the user's own ``.tmp`` files and those of a run still going are kept."""
    if not folder.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in filenames:
            if (target is None or name.startswith(f".{target}.")) and _stale(name):
                path = Path(dirpath) / name
                if not path.is_symlink():
                    path.unlink(missing_ok=True)
        if not recursive:
            dirnames.clear()


def _compression(name: str) -> str | None:
    if name.endswith(".gz"):
        return "gz"
    if name.endswith(".zst"):
        return "zst"
    return None


def open_read(path: str | Path) -> IO[bytes]:
    """Open a (possibly compressed) file, or stdin for ``-``, as a binary stream."""
    name = str(path)
    raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    kind = _compression(name)
    if kind is None and name == "-":
        kind = _sniff(raw)
    if kind == "gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "zst":
        import zstandard

        reader: Any = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return io.BufferedReader(reader)
    return raw


def _sniff(raw: IO[bytes]) -> str | None:
    """Detect compressed stdin by its magic bytes (stdin has no name to go by)."""
    peek = getattr(raw, "peek", None)
    head = peek(4)[:4] if peek else b""
    if head.startswith(b"\x1f\x8b"):
        return "gz"
    if head.startswith(b"\x28\xb5\x2f\xfd"):
        return "zst"
    return None


class _Compressed:
    """Wrap a binary handle so writes are gzip/zstd compressed; ``finish`` ends the frame."""

    def __init__(self, handle: IO[bytes], kind: str) -> None:
        self._compressor: Any
        if kind == "gz":
            self._compressor = gzip.GzipFile(fileobj=handle, mode="wb", mtime=0)
        else:
            import zstandard

            self._compressor = zstandard.ZstdCompressor(level=3).stream_writer(
                handle, closefd=False
            )

    def write(self, data: bytes) -> int:
        return int(self._compressor.write(data))

    def finish(self) -> None:
        self._compressor.close()


@contextmanager
def jsonl_writer(path: str | Path, *, fsync: bool = True) -> Iterator[Any]:
    """A writer (``.write(bytes)``) for a JSONL output, compressed by suffix, atomic.

    ``-`` writes to stdout (uncompressed; nothing to make atomic there).
    """
    name = str(path)
    if name == "-":
        out = sys.stdout.buffer
        yield out
        out.flush()
        return
    kind = _compression(name)
    with atomic_output(Path(name), fsync=fsync) as handle:
        if kind is None:
            yield handle
        else:
            compressed = _Compressed(handle, kind)
            yield compressed
            compressed.finish()
