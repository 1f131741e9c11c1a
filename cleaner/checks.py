"""Checks of every :class:`~cleaner.config.Config` value, shared by ``Config(...)``,
``Config.from_dict`` and settings files, and the config's fingerprint.

Each check takes the field's name and value and returns the value in its canonical form
(tuples, sorted read-only maps, floats) or raises :class:`~cleaner.config.ConfigError`
naming the field. User patterns must compile, must not match the empty string and must
finish on adversarial probe strings within a time limit, so one bad pattern cannot stall a
batch; each pattern is probed once per process.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from cleaner.config import ConfigError, FrozenMap
from cleaner.resources import package
from cleaner.rules.phrases import compiled
from cleaner.rules.prefilter import FLAGS

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: Seconds a user pattern may take on one probe string.
PROBE_TIMEOUT = 0.25
PROBES = ("a" * 5000, "a" * 5000 + "!", "ab" * 2500 + "!", " " * 5000 + "x", "1" * 5000 + "x")


def check_field(name: str, value: Any) -> Any:
    """``value`` of Config field ``name``, checked and in canonical form."""
    return _CHECKS[name](name, value)


@cache
def phrase_families() -> frozenset[str]:
    """Names of the built-in phrase families (``data/phrases/NAME.txt``)."""
    folder = package().joinpath("data", "phrases")
    return frozenset(
        p.name.removesuffix(".txt")
        for p in folder.iterdir()
        if p.name.endswith(".txt") and p.name != "README.txt"
    )


def _type_name(value: Any) -> str:
    return type(value).__name__


def _strings(value: Any, name: str, what: str) -> tuple[str, ...]:
    """A list or tuple of strings (a lone string is one item, as in TOML settings)."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{name}: expected a list of {what}, got {_type_name(value)}")
    return tuple(value)


def _codes(name: str, value: Any) -> tuple[str, ...] | None:
    if value is None and name == "select":
        return None
    codes = tuple(c.strip().upper() for c in _strings(value, name, "rule codes") if c.strip())
    if name == "select" and not codes:
        raise ConfigError(
            f"{name}: empty selection (it would select no rule); leave it out, or None, "
            "for every rule"
        )
    from cleaner.rules import detectors, fixes  # above this module: imported when checked

    known = [*detectors(), *fixes()]
    for code in codes:
        if code != "ALL" and not any(c.startswith(code) for c in known):
            raise ConfigError(f"{name}: unknown rule code {code!r} (see `clean-article rules`)")
    return codes


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{name}: expected bool, got {_type_name(value)}")
    return value


def _int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{name}: expected int, got {_type_name(value)}")
    if value <= 0:
        raise ConfigError(f"{name}: must be positive, got {value}")
    return value


def _share(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, float | int):
        raise ConfigError(f"{name}: expected float or int, got {_type_name(value)}")
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"{name}: must be between 0 and 1, got {value}")
    return float(value)


def _site(name: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{name}: expected a site name string or None, got {_type_name(value)}")
    return value


def _phrases(name: str, value: Any) -> Mapping[str, tuple[str, ...]]:
    items: Mapping[str, tuple[str, ...]]
    if isinstance(value, FrozenMap) and all(type(v) is tuple for v in value.values()):
        items = value  # built by a check already (a copy, a replace)
    elif not isinstance(value, Mapping):
        raise ConfigError(f"{name}: expected a table of phrase family = [patterns]")
    else:
        items = {k: _strings(v, f"{name}.{k}", "regex strings") for k, v in value.items()}
    for family, patterns in items.items():
        _check_family(f"{name}.{family}", family, patterns)
    return items if isinstance(items, FrozenMap) else FrozenMap(items)


def _check_family(where: str, family: Any, patterns: tuple[str, ...]) -> None:
    if family not in phrase_families():
        known = ", ".join(sorted(phrase_families()))
        raise ConfigError(f"{where}: unknown phrase family (known: {known})")
    for n, pattern in enumerate(patterns):
        check_pattern(pattern, f"{where}[{n}]")
    try:
        compiled(family, patterns)
    except regex.error as exc:
        raise ConfigError(f"{where}: patterns do not combine with the family: {exc}") from None


def _profile(name: str, value: Any) -> Mapping[str, frozenset[str]]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{name}: expected a mapping of site to line keys")
    if isinstance(value, FrozenMap) and all(type(v) is frozenset for v in value.values()):
        return value
    out: dict[str, frozenset[str]] = {}
    for site, keys in value.items():
        if not isinstance(site, str) or isinstance(keys, str):
            raise ConfigError(f"{name}.{site}: expected a site name and a collection of keys")
        try:
            out[site] = frozenset(keys)
        except TypeError:
            raise ConfigError(f"{name}.{site}: expected a collection of line keys") from None
        if not all(isinstance(k, str) for k in out[site]):
            raise ConfigError(f"{name}.{site}: line keys must be strings")
    return FrozenMap(out)


_CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "select": _codes,
    "ignore": _codes,
    "markdown": _bool,
    "keep_title": _bool,
    "max_removed_share": _share,
    "max_chars": _int,
    "phrases": _phrases,
    "profile": _profile,
    "site": _site,
    "profile_max_words": _int,
    "repeat_max_words": _int,
}


def check_pattern(pattern: str, where: str) -> None:
    """Compile one user pattern and run it on probe strings under :data:`PROBE_TIMEOUT`."""
    problem = _pattern_problem(pattern)
    if problem:
        raise ConfigError(f"{where}: {problem}")


@cache
def _pattern_problem(pattern: str) -> str | None:
    if not pattern.strip():
        return "empty pattern (it would match every line)"
    try:
        compiled_pattern = regex.compile(f"(?:{pattern})", FLAGS)
    except regex.error as exc:
        return f"invalid regex {pattern!r}: {exc}"
    if compiled_pattern.search(""):
        return f"pattern {pattern!r} matches the empty string"
    for probe in PROBES:
        try:
            compiled_pattern.search(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            return (
                f"pattern {pattern!r} is too slow (over {PROBE_TIMEOUT}s on a "
                f"{len(probe)}-character probe); simplify nested repetition"
            )
    return None


def fingerprint(config: dict[str, Any]) -> str:
    """SHA-256 of the canonical config data, the package version and the code and data
    that shape the output (:func:`code_digest`)."""
    blob = json.dumps(
        {"config": config, "version": _version(), "code": code_digest()},
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(blob.encode()).hexdigest()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("clean-article")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


#: Modules that do not shape a document's output (front ends and engines).
_NOT_OUTPUT = ("cli", "batch_", "ray", "__main__", "integrations")


@cache
def code_digest() -> str:
    """SHA-256 over the package's rule and pipeline sources and its data files (phrase
    families, word lists), by relative path in sorted order."""
    digest = hashlib.sha256()
    root = package()
    for path, item in sorted(_walk(root, "")):
        if path.endswith(".py") and path.startswith(_NOT_OUTPUT):
            continue
        if path.endswith((".py", ".txt", ".json")):
            digest.update(path.encode() + b"\0" + item.read_bytes() + b"\0")
    return digest.hexdigest()


def _walk(folder: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for item in folder.iterdir():
        path = prefix + item.name
        if item.is_dir():
            if item.name != "__pycache__":
                out += _walk(item, path + "/")
        else:
            out.append((path, item))
    return out
