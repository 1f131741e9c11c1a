"""Compiled patterns kept on disk between runs of the command line.

``regex`` compiles a pattern in Python, which made compiling the rules' patterns about a
third of ``clean-article FILE``'s start-up. A compiled pattern pickles as its compiled code
(``regex`` rebuilds it from that code without parsing the pattern again), so the command
line keeps the code of the patterns a run compiled in one file under the user's cache
directory, and puts them into ``regex``'s own pattern cache at the next start: every
``regex.compile`` of the same pattern, flags and default version then returns the stored
pattern, which matches exactly as a fresh one does.

The file is named after the versions of ``regex``, Python and the file format, holds a
SHA-256 checksum of its contents, and is read only when all of them match: a stale,
corrupt or unreadable file is ignored (and replaced at exit), an unwritable directory is
never a failure. ``CLEAN_ARTICLE_CACHE_DIR`` moves it; ``CLEAN_ARTICLE_NO_CACHE=1``
turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import hashlib
import marshal
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

import regex
from regex import _main

#: ``regex``'s module that holds the pattern cache ``regex.compile`` looks in.
_REGEX: Any = _main
#: How pickle takes a compiled pattern apart: (rebuilding function, its arguments).
_DISPATCH: Any = copyreg.dispatch_table
FORMAT = 1
#: At most this many patterns are kept (``regex`` keeps 500 in memory).
MAX_ENTRIES = 1000
_MAGIC = b"clean-article patterns\n"

#: (pattern, flags, default version) -> the arguments that rebuild the compiled pattern.
Entries = dict[tuple[str, int, int], tuple[Any, ...]]


def cache_dir() -> Path | None:
    """Where the file lives: ``CLEAN_ARTICLE_CACHE_DIR``, else the platform's user cache
    directory (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux); None when turned off."""
    if os.environ.get("CLEAN_ARTICLE_NO_CACHE"):
        return None
    chosen = os.environ.get("CLEAN_ARTICLE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "clean-article" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "clean-article"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clean-article"


def cache_file(directory: Path) -> Path:
    version = getattr(regex, "__version__", "0")
    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return directory / f"patterns-{FORMAT}-regex{version}-{python}.bin"


def enable(directory: Path | None = None) -> Path | None:
    """Load the stored patterns into ``regex``'s cache and store the new ones at exit.
    Returns the file used (None when caching is off)."""
    directory = directory or cache_dir()
    if directory is None:
        return None
    path = cache_file(directory)
    loaded = load(path)
    # regex keeps 500 patterns and, once full, drops most of them at the next compile: the
    # stored ones must fit beside those a run compiles anew, or every run compiles again.
    _REGEX._MAXCACHE = max(_REGEX._MAXCACHE, 2 * MAX_ENTRIES)
    for key, data in loaded.items():
        _prefill(key, data)
    atexit.register(_save_new, path, loaded)
    return path


def load(path: Path) -> Entries:
    """The entries stored in ``path`` (none when it is missing, stale or corrupt)."""
    try:
        blob = path.read_bytes()
        head, _, payload = blob.partition(b"\n\n")
        magic, digest = head.split(b"\n", 1)
        if magic + b"\n" != _MAGIC or digest != hashlib.sha256(payload).hexdigest().encode():
            return {}
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(entries, dict) or not all(map(_well_formed, entries.items())):
        return {}
    return entries


def save(path: Path, entries: Entries) -> None:
    """Write ``entries`` atomically; a failure to write is ignored (the cache is optional)."""
    payload = marshal.dumps(entries)
    blob = _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n\n" + payload
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(blob)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def compiled_now() -> Entries:
    """The str patterns in ``regex``'s cache that no named list or locale shapes."""
    found: Entries = {}
    for key, pattern in list(_REGEX._cache.items()):
        text, kind, flags, named, version, locale = key
        if kind is str and not named and locale is None:
            found[(text, int(flags), int(version))] = _rebuild_args(pattern)
    return found


def _save_new(path: Path, loaded: Entries) -> None:
    try:
        now = compiled_now()
    except (AttributeError, ValueError, TypeError):  # another regex: store nothing
        return
    if now.keys() <= loaded.keys():
        return
    merged = {**loaded, **now}
    if len(merged) > MAX_ENTRIES:
        merged = dict(list(now.items())[:MAX_ENTRIES])
    save(path, merged)


def _rebuild_args(pattern: regex.Pattern[str]) -> tuple[Any, ...]:
    """What pickling ``pattern`` stores: the arguments that rebuild it without parsing."""
    reduced: Any = _DISPATCH[type(pattern)](pattern)
    return tuple(reduced[1])


@cache
def _rebuilder() -> Any:
    probe = regex.compile("")
    reduced: Any = _DISPATCH[type(probe)](probe)
    return reduced[0]


def _well_formed(item: tuple[Any, Any]) -> bool:
    key, data = item
    return (
        isinstance(key, tuple)
        and len(key) == 3
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(key[2], int)
        and isinstance(data, tuple)
        and bool(data)
        and data[0] == key[0]
    )


def _prefill(key: tuple[str, int, int], data: tuple[Any, ...]) -> None:
    """Put one stored pattern where ``regex.compile`` finds it (as a compile would)."""
    text, flags, version = key
    try:
        pattern = _rebuilder()(*data)
    except (TypeError, ValueError, OverflowError, regex.error):
        return
    _REGEX._named_args[(text, str, flags)] = frozenset()
    _REGEX._locale_sensitive[(str, text)] = False
    _REGEX._cache[(text, str, flags, frozenset(), version, None)] = pattern
