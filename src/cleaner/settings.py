"""User settings from TOML: site-specific phrases, rule selection and options, without code.

Read from ``--config FILE`` or, when none is given, from ``[tool.clean-article]`` in a
``pyproject.toml`` in the current directory::

    select = ["ALL"]
    ignore = ["R002"]
    max_removed_share = 0.4
    profile = "profile.json"          # relative to the settings file

    [phrases]                         # [tool.clean-article.phrases] in pyproject.toml
    site_promo = ["^visit example\\\\.org"]

Everything is checked before a run starts; mistakes raise :class:`ConfigError` naming the key.
Each user pattern must compile and must finish on adversarial probe strings within a time
limit, so one bad pattern cannot stall a batch.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import regex

from .config import Config
from .phrases import FLAGS, compiled

#: Seconds a user pattern may take on one probe string.
PROBE_TIMEOUT = 0.25
PROBES = ("a" * 5000, "a" * 5000 + "!", "ab" * 2500 + "!", " " * 5000 + "x", "1" * 5000 + "x")
TABLE = "clean-article"
#: Scalar options and their types (``bool`` is not accepted where a number is expected).
OPTIONS: dict[str, tuple[type, ...]] = {
    "max_removed_share": (float, int),
    "max_chars": (int,),
    "keep_title": (bool,),
    "profile_max_words": (int,),
    "repeat_max_words": (int,),
}
KEYS = frozenset({"select", "ignore", "phrases", "profile", *OPTIONS})


class ConfigError(ValueError):
    """A settings or profile file that cannot be used; the message names the key."""


@cache
def phrase_families() -> frozenset[str]:
    """Names of the built-in phrase families (``data/phrases/NAME.txt``)."""
    folder = files("cleaner").joinpath("data", "phrases")
    return frozenset(
        p.name.removesuffix(".txt")
        for p in folder.iterdir()
        if p.name.endswith(".txt") and p.name != "README.txt"
    )


def find_settings(cwd: Path | None = None) -> Path | None:
    """``pyproject.toml`` in ``cwd`` if it has a ``[tool.clean-article]`` table."""
    candidate = (cwd or Path.cwd()) / "pyproject.toml"
    if not candidate.is_file():
        return None
    try:
        data = tomllib.loads(candidate.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return candidate if isinstance(data.get("tool", {}).get(TABLE), dict) else None


def load_settings(path: Path | None = None, *, cwd: Path | None = None) -> dict[str, Any]:
    """Keyword arguments for :class:`~cleaner.config.Config` from ``path`` (a settings file,
    or a pyproject.toml whose ``[tool.clean-article]`` is read), else from a pyproject.toml
    found in ``cwd``; ``{}`` when there is none."""
    if path is None:
        path = find_settings(cwd)
        if path is None:
            return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    prefix = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get(TABLE, {})
        prefix = f"tool.{TABLE}."
    return parse_settings(data, where=f"{path}: {prefix}", base=path.parent)


def parse_settings(
    data: dict[str, Any], *, where: str = "", base: Path | None = None
) -> dict[str, Any]:
    """Validate a settings table and turn it into Config keyword arguments."""
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        name = where + raw_key
        if key not in KEYS:
            raise ConfigError(f"{name}: unknown key (known: {', '.join(sorted(KEYS))})")
        if key in ("select", "ignore"):
            out[key] = _codes(value, name)
        elif key == "phrases":
            out[key] = _phrases(value, name)
        elif key == "profile":
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{name}: expected a file path string")
            from .profile import load_profile

            try:
                out[key] = load_profile((base or Path.cwd()) / value)
            except ConfigError as exc:
                raise ConfigError(f"{name}: {exc}") from None
        else:
            types = OPTIONS[key]
            if isinstance(value, bool) is not (bool in types) or not isinstance(value, types):
                expected = " or ".join(t.__name__ for t in types)
                raise ConfigError(f"{name}: expected {expected}, got {type(value).__name__}")
            out[key] = float(value) if float in types else value  # type: ignore[arg-type]
    if "ignore" in out or "select" in out:
        _check_codes(out.get("select"), out.get("ignore", ()), where)
    options = {k: v for k, v in out.items() if k in OPTIONS}
    try:
        Config(**options)
    except ValueError as exc:
        raise ConfigError(f"{where}{', '.join(options)}: {exc}") from None
    return out


def _codes(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{name}: expected a list of rule codes")
    return tuple(v.strip().upper() for v in value if v.strip())


def _check_codes(select: tuple[str, ...] | None, ignore: tuple[str, ...], where: str) -> None:
    from .registry import detectors, fixes

    known = list(detectors()) + list(fixes())
    for key, codes in (("select", select or ()), ("ignore", ignore)):
        for code in codes:
            if code != "ALL" and not any(c.startswith(code) for c in known):
                raise ConfigError(
                    f"{where}{key}: unknown rule code {code!r} (see `clean-article rules`)"
                )


def _phrases(value: Any, name: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: expected a table of phrase family = [patterns]")
    out: dict[str, tuple[str, ...]] = {}
    for family, patterns in value.items():
        where = f"{name}.{family}"
        if family not in phrase_families():
            known = ", ".join(sorted(phrase_families()))
            raise ConfigError(f"{where}: unknown phrase family (known: {known})")
        items = [patterns] if isinstance(patterns, str) else patterns
        if not isinstance(items, list) or not all(isinstance(p, str) for p in items):
            raise ConfigError(f"{where}: expected a list of regex strings")
        for n, pattern in enumerate(items):
            check_pattern(pattern, f"{where}[{n}]")
        out[family] = tuple(items)
        try:
            compiled(family, out[family])
        except regex.error as exc:
            raise ConfigError(f"{where}: patterns do not combine with the family: {exc}") from None
    return out


def check_pattern(pattern: str, where: str) -> None:
    """Compile one user pattern and run it on probe strings under :data:`PROBE_TIMEOUT`."""
    if not pattern.strip():
        raise ConfigError(f"{where}: empty pattern (it would match every line)")
    try:
        compiled_pattern = regex.compile(f"(?:{pattern})", FLAGS)
    except regex.error as exc:
        raise ConfigError(f"{where}: invalid regex {pattern!r}: {exc}") from None
    if compiled_pattern.search(""):
        raise ConfigError(f"{where}: pattern {pattern!r} matches the empty string")
    for probe in PROBES:
        try:
            compiled_pattern.search(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            raise ConfigError(
                f"{where}: pattern {pattern!r} is too slow (over {PROBE_TIMEOUT}s on a "
                f"{len(probe)}-character probe); simplify nested repetition"
            ) from None
