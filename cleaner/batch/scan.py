"""The folder walk of folder mode: which files under IN_DIR to clean, and the path checks
that refuse a run before it starts (outputs over inputs, a side file over another file).

Subfolders that cannot be listed are noted (:func:`walk_errors`), not skipped silently;
symlinks are followed only to files inside IN_DIR.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.config import Config
from cleaner.io import is_temp_name

STATE_DIR = ".clean-article"
DEFAULT_GLOBS = ("*.txt", "*.md", "*.markdown")


class UsageError(Exception):
    """A batch that must not start (unsafe paths, bad options); the message says why."""


@dataclass
class FolderJob:
    """Everything a folder run needs, checked by :func:`plan`."""

    in_dir: Path
    out_dir: Path
    config: Config
    globs: tuple[str, ...] = DEFAULT_GLOBS
    encoding: str | None = None
    reports: Path | None = None
    report_files: bool = False
    removed_files: bool = False
    in_place: bool = False
    backup_suffix: str | None = None
    resume: bool = False
    jobs: int = 1
    fingerprint: str = ""
    skipped_links: list[tuple[str, str]] = field(default_factory=list)  #: (path, why)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  #: (folder, why)


def shown(rel: str) -> str:
    """A path as written to manifests, reports and messages: bytes of a file name that are
    not UTF-8 (held as surrogate escapes) appear as ``\\xNN``, so JSON can carry them."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _inside(path: Path, parent: Path) -> bool:
    return path == parent or parent in path.parents


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when two names lead to the same file (by path, or by inode when both exist)."""
    if str(a) == "-" or str(b) == "-":
        return False
    try:
        return Path(a).resolve() == Path(b).resolve() or os.path.samefile(a, b)
    except (OSError, RuntimeError):
        return False


def check_distinct(
    target: tuple[str, str | Path], others: Iterable[tuple[str, str | Path]]
) -> None:
    """Refuse a run that would write ``target`` (named by its option) over another file."""
    option, path = target
    for what, other in others:
        if same_file(path, other):
            raise UsageError(f"{option} {path} is {what}; give another file")


def check_paths(job: FolderJob) -> None:
    """Refuse runs that could write inside IN_DIR, unless ``--in-place`` with a backup."""
    src, dst = job.in_dir.resolve(), job.out_dir.resolve()
    if not job.in_dir.is_dir():
        raise UsageError(f"{job.in_dir}: not a directory")
    if job.in_place:
        if not job.backup_suffix:
            raise UsageError("--in-place needs --backup-suffix (e.g. .orig)")
        if dst != src:
            raise UsageError("--in-place writes into IN_DIR; leave out --out or give IN_DIR")
        return
    if _inside(dst, src) or _inside(src, dst):
        raise UsageError(
            "--out must not be IN_DIR, inside it or around it (use --in-place --backup-suffix)"
        )
    if job.reports is not None and _inside(job.reports.resolve(), src):
        raise UsageError("--reports must not be inside IN_DIR")


def _matches(rel: str, name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel if "/" in g else name, g) for g in globs)


def walk_errors(root: Path, into: list[tuple[str, str]]) -> Callable[[OSError], None]:
    """An ``os.walk`` error handler that notes each folder it cannot read as ``(rel/,
    why)`` in ``into``, so the run reports it as a failure instead of skipping its files."""

    def note(error: OSError) -> None:
        rel = Path(os.fsdecode(error.filename or root)).relative_to(root).as_posix()
        into.append((rel + "/", f"cannot read folder: {error.strerror or error}"))

    return note


def discover(job: FolderJob) -> list[str]:
    """Relative paths (``/``-separated, in walk order) of the files to clean.

    Symlinked directories are not entered; a symlinked file is taken only if it resolves
    inside IN_DIR (with ``--in-place``, as its target: cleaned once, the link kept). Our
    own state folder, temporary files and backups are left out.
    """
    root = job.in_dir.resolve()
    found: dict[str, None] = {}
    walk = os.walk(root, onerror=walk_errors(root, job.unreadable), followlinks=False)
    for dirpath, dirnames, filenames in walk:
        dirnames[:] = sorted(d for d in dirnames if d != STATE_DIR)
        base = Path(dirpath)
        for name in sorted(filenames):
            if is_temp_name(name) or (job.backup_suffix and name.endswith(job.backup_suffix)):
                continue
            path = base / name
            rel = path.relative_to(root).as_posix()
            if not _matches(rel, name, job.globs):
                continue
            if path.is_symlink():
                target = _link_target(job, path, rel)
                if target is None:
                    continue
                rel = target.relative_to(root).as_posix() if job.in_place else rel
            if path.is_file():
                found.setdefault(rel)
    return list(found)


def _link_target(job: FolderJob, path: Path, rel: str) -> Path | None:
    """Where a symlinked input leads, or None (and a note) for one we must not follow."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # broken, or a loop
        job.skipped_links.append((rel, "broken symlink or symlink loop"))
        return None
    if not _inside(target, job.in_dir.resolve()):
        job.skipped_links.append((rel, "symlink to outside IN_DIR"))
        return None
    return target
