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

from pathlib import Path
from typing import Any

from cleaner.checks import PROBE_TIMEOUT, PROBES, check_pattern, phrase_families
from cleaner.config import Config, ConfigError

__all__ = [
    "PROBES",
    "PROBE_TIMEOUT",
    "ConfigError",
    "check_pattern",
    "find_settings",
    "load_settings",
    "parse_settings",
    "phrase_families",
]

TABLE = "clean-article"
#: The keys a settings table may hold (a ``profile`` there is a file path).
KEYS = frozenset(
    {"select", "ignore", "phrases", "profile", "max_removed_share", "max_chars", "keep_title"}
    | {"profile_max_words", "repeat_max_words"}
)


def find_settings(cwd: Path | None = None) -> Path | None:
    """``pyproject.toml`` in ``cwd`` if it has a ``[tool.clean-article]`` table."""
    candidate = (cwd or Path.cwd()) / "pyproject.toml"
    if not candidate.is_file():
        return None
    import tomllib  # only when there is a file to read

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
    import tomllib

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
    """Validate a settings table and turn it into Config keyword arguments.

    Values are checked by :class:`~cleaner.config.Config` itself (one path for settings
    files and Python), with ``where`` put before the key in error messages."""
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        name = where + raw_key
        if key not in KEYS:
            raise ConfigError(f"{name}: unknown key (known: {', '.join(sorted(KEYS))})")
        if key == "profile":
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{name}: expected a file path string")
            from cleaner.profile import load_profile

            try:
                out[key] = load_profile((base or Path.cwd()) / value)
            except ConfigError as exc:
                raise ConfigError(f"{name}: {exc}") from None
        else:
            out[key] = value
    try:
        config = Config(**out)
    except ConfigError as exc:
        raise ConfigError(f"{where}{exc}") from None
    return {key: getattr(config, key) for key in out}
