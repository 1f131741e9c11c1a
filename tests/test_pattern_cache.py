"""The on-disk cache of compiled patterns (cleaner/pattern_cache.py): the command line's
output is the same with no cache, a cold one, a warm one, a corrupt file and a directory
it cannot write; stored patterns match as freshly compiled ones do."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex

from cleaner import pattern_cache
from conftest import FIXTURES

ARTICLE = FIXTURES / "example-article.txt"


def _clean(cache: Path | None, *args: str) -> tuple[int, str, str]:
    env = dict(os.environ)
    env.pop("CLEAN_ARTICLE_CACHE_DIR", None)
    if cache is None:
        env["CLEAN_ARTICLE_NO_CACHE"] = "1"
    else:
        env["CLEAN_ARTICLE_CACHE_DIR"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", str(ARTICLE), "--format", "json", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def test_output_is_the_same_whatever_the_cache_holds(tmp_path: Path) -> None:
    expected = _clean(None)
    assert expected[0] == 0 and expected[1]
    cache = tmp_path / "cache"
    assert _clean(cache) == expected  # cold: compiles, then stores
    (stored,) = cache.iterdir()
    assert pattern_cache.load(stored)  # the file holds patterns
    assert _clean(cache) == expected  # warm: the stored patterns
    blob = bytearray(stored.read_bytes())
    blob[-10] ^= 0xFF  # one flipped byte: the checksum fails, the file is ignored
    stored.write_bytes(bytes(blob))
    assert not pattern_cache.load(stored)
    assert _clean(cache) == expected
    assert pattern_cache.load(stored)  # and replaced at exit
    stored.write_bytes(b"not a cache")
    assert _clean(cache) == expected
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert _clean(blocker / "cache") == expected  # cannot be made: no failure, no file
    assert blocker.read_text() == "x"


def test_version_answers_without_loading_the_rules() -> None:
    code = (
        "import sys\n"
        "from cleaner.__main__ import run\n"
        "sys.argv = ['clean-article', '--version']\n"
        "run()\n"
        "assert 'cleaner.pipeline' not in sys.modules, 'the rules were loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("clean-article ")


PATTERNS = [
    (r"(?i)^(?:by|von)\s+(?P<name>\p{Lu}\w+)", 0),
    (r"\bsubscribe\b|newsletter", regex.IGNORECASE | regex.VERSION0),
    (r"(?x) ^ \d{1,3} \s* % $", 0),
]
TEXTS = ["By Jane Doe", "von Müller", "SUBSCRIBE now", "no", "42 %", "ſubscribe"]


def test_stored_patterns_match_as_fresh_ones(tmp_path: Path) -> None:
    fresh = [regex.compile(p, f) for p, f in PATTERNS]
    entries = {
        (p, int(f), int(regex.DEFAULT_VERSION)): pattern_cache._rebuild_args(c)
        for (p, f), c in zip(PATTERNS, fresh, strict=True)
    }
    path = tmp_path / "patterns.bin"
    pattern_cache.save(path, entries)
    assert pattern_cache.load(path) == entries
    rebuilt = [pattern_cache._rebuilder()(*pattern_cache.load(path)[key]) for key in entries]
    for old, new in zip(fresh, rebuilt, strict=True):
        assert new is not old
        assert (new.pattern, new.flags, new.groupindex) == (old.pattern, old.flags, old.groupindex)
        for text in TEXTS:
            found, expected = new.search(text), old.search(text)
            assert (found and found.span(), found and found.groups()) == (
                expected and expected.span(),
                expected and expected.groups(),
            )


def test_enable_fills_regex_cache_and_stores_new_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_exit: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
    monkeypatch.setattr(pattern_cache.atexit, "register", lambda f, *a: at_exit.append((f, a)))
    unique = r"clean-article-cache-test-\d+"
    path = pattern_cache.enable(tmp_path)
    assert path is not None and not path.exists()
    regex.compile(unique, regex.IGNORECASE)
    ((save, args),) = at_exit
    save(*args)  # what runs at exit
    stored = pattern_cache.load(path)
    key = (unique, int(regex.IGNORECASE), int(regex.DEFAULT_VERSION))
    assert key in stored
    regex.purge()
    pattern_cache.enable(tmp_path)
    assert regex.compile(unique, regex.IGNORECASE).match("CLEAN-ARTICLE-CACHE-TEST-7")
    assert key in pattern_cache.compiled_now()


@pytest.mark.parametrize("blob", [b"", b"clean-article patterns\n", b"\x00" * 40])
def test_a_bad_file_reads_as_empty(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(blob)
    assert pattern_cache.load(path) == {}
    assert pattern_cache.load(tmp_path / "missing.bin") == {}


def test_no_cache_when_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEAN_ARTICLE_NO_CACHE", "1")
    assert pattern_cache.cache_dir() is None
    assert pattern_cache.enable() is None
    monkeypatch.delenv("CLEAN_ARTICLE_NO_CACHE")
    monkeypatch.setenv("CLEAN_ARTICLE_CACHE_DIR", "/somewhere")
    assert pattern_cache.cache_dir() == Path("/somewhere")
    monkeypatch.delenv("CLEAN_ARTICLE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    if sys.platform.startswith("linux"):
        assert pattern_cache.cache_dir() == Path("/xdg/clean-article")


def test_stored_patterns_outlast_a_full_regex_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More stored patterns than ``regex`` keeps by default (500) all stay after a new
    compile: ``regex`` drops most of a full cache, and every run compiled again."""
    monkeypatch.setattr(pattern_cache.atexit, "register", lambda f, *a: None)
    monkeypatch.setattr(regex._main, "_MAXCACHE", 500)
    entries = {
        (f"stored-{i}", int(regex.IGNORECASE), int(regex.DEFAULT_VERSION)): (
            pattern_cache._rebuild_args(regex.compile(f"stored-{i}", regex.IGNORECASE))
        )
        for i in range(600)
    }
    path = pattern_cache.cache_file(tmp_path)
    pattern_cache.save(path, entries)
    regex.purge()
    pattern_cache.enable(tmp_path)
    regex.compile(r"a-new-pattern-\d+")
    assert entries.keys() <= pattern_cache.compiled_now().keys()
