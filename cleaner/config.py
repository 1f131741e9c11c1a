"""One frozen :class:`Config` for a cleaning run, validated when built.

A Config pickles, copies and hashes; its :attr:`~Config.fingerprint` names what a cleaner built
from it does (config, rules, phrase data, version), the same on every machine and run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

#: Documents larger than this many characters are passed through with a warning.
DEFAULT_MAX_CHARS = 20_000_000

K = TypeVar("K")
V = TypeVar("V")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the key (``select: unknown ...``)."""


class FrozenMap(Mapping[K, V]):
    """A read-only, hashable, picklable mapping with its keys in sorted order."""

    __slots__ = ("_data", "_hash")

    def __init__(self, items: Mapping[K, V] | None = None) -> None:
        data = dict(items or {})
        self._data: dict[K, V] = {k: data[k] for k in sorted(data)}  # type: ignore[type-var]
        self._hash: int | None = None

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        return dict(self._data) == dict(other) if isinstance(other, Mapping) else NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))


@dataclass(frozen=True, slots=True)
class Config:
    """Options of a cleaning run, each checked when built (:class:`ConfigError` names the key).

    ``select``/``ignore`` take rule codes or prefixes as linters do (``("H", "P001")``; a
    single string is one code, as in a settings file); ``markdown`` keeps headings, lists and
    emphasis in the output; ``keep_title`` puts the title back as the first line;
    ``max_removed_share`` is the guard: when the uncertain removals would take more than this
    share of the prose that the certain ones leave, they are undone.
    """

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    markdown: bool = False
    keep_title: bool = False
    max_removed_share: float = 0.7
    max_chars: int = DEFAULT_MAX_CHARS
    #: Extra patterns per phrase family (``{"site_promo": ("^visit example\\.org",)}``).
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=FrozenMap)
    #: Learned line keys per site (``clean-article learn``); site ``"*"`` applies to every site.
    profile: Mapping[str, frozenset[str]] = field(default_factory=FrozenMap)
    #: The site (domain) of the documents cleaned with this config; ``None``: any profiled site.
    site: str | None = None
    #: Longest line (in words) that R001 ``profiled-line`` may remove.
    profile_max_words: int = 20
    #: Longest line (in words) that R002 ``repeated-line`` may remove.
    repeat_max_words: int = 12

    def __post_init__(self) -> None:
        from cleaner.checks import check_field

        for f in fields(self):
            value = getattr(self, f.name)
            checked = check_field(f.name, value)
            if checked is not value:
                object.__setattr__(self, f.name, checked)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Config:
        """A Config from plain data (:meth:`to_dict`'s shape, or a settings table's keys,
        ``kebab-case`` too); an unknown key or a bad value raises :class:`ConfigError`."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"expected a mapping of settings, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for raw_key, value in data.items():
            key = str(raw_key).replace("-", "_")
            if key not in known:
                raise ConfigError(f"{raw_key}: unknown key (known: {', '.join(sorted(known))})")
            values[key] = value
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """Plain, canonical data (sorted, JSON-ready) that :meth:`from_dict` reads back."""
        return {
            "select": list(self.select) if self.select is not None else None,
            "ignore": list(self.ignore),
            "markdown": self.markdown,
            "keep_title": self.keep_title,
            "max_removed_share": self.max_removed_share,
            "max_chars": self.max_chars,
            "phrases": {k: list(v) for k, v in self.phrases.items()},
            "profile": {k: sorted(v) for k, v in self.profile.items()},
            "site": self.site,
            "profile_max_words": self.profile_max_words,
            "repeat_max_words": self.repeat_max_words,
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as canonical data, so the bytes (and hashes of them) never depend on set
        # order or PYTHONHASHSEED.
        return (_from_dict, (self.to_dict(),))

    @property
    def fingerprint(self) -> str:
        """A hex digest of this config, the rules, the phrase data and the version: equal
        fingerprints clean every text the same way. Stable across runs and machines."""
        from cleaner.checks import fingerprint

        return fingerprint(self.to_dict())


def _from_dict(data: dict[str, Any]) -> Config:
    return Config.from_dict(data)
