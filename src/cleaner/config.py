"""One frozen :class:`Config` for a cleaning run, validated when built."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: Documents larger than this many characters are passed through with a warning.
DEFAULT_MAX_CHARS = 20_000_000


@dataclass(frozen=True, slots=True)
class Config:
    """Options of a cleaning run.

    ``select``/``ignore`` take rule codes or prefixes as linters do (``["H", "P001"]``);
    ``markdown`` keeps headings, lists and emphasis in the output; ``keep_title`` puts the
    title back as the first line; ``max_removed_share`` is the guard: when the rules would
    remove more than this share of the document's prose, uncertain removals are undone.
    """

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    markdown: bool = False
    keep_title: bool = False
    max_removed_share: float = 0.7
    max_chars: int = DEFAULT_MAX_CHARS
    #: Extra patterns per phrase family (``{"site_promo": ("^visit example\\.org",)}``).
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    #: Learned line keys per site (``clean-article learn``); site ``"*"`` applies to every site.
    profile: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    #: The site (domain) of the documents cleaned with this config; ``None``: any profiled site.
    site: str | None = None
    #: Longest line (in words) that R001 ``profiled-line`` may remove.
    profile_max_words: int = 20
    #: Longest line (in words) that R002 ``repeated-line`` may remove.
    repeat_max_words: int = 12

    def __post_init__(self) -> None:
        if not 0.0 <= self.max_removed_share <= 1.0:
            raise ValueError("max_removed_share must be between 0 and 1")
        if self.max_chars <= 0:
            raise ValueError("max_chars must be positive")
        if self.profile_max_words <= 0 or self.repeat_max_words <= 0:
            raise ValueError("profile_max_words and repeat_max_words must be positive")
