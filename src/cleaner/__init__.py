"""clean-article: scraped article text in, clean body text and a report of what was removed out.

>>> from cleaner import clean
>>> result = clean("By Jane Doe\\n\\nThe council met on Tuesday and voted to fix the bridge.\\n")
>>> result.text
'The council met on Tuesday and voted to fix the bridge.\\n'
>>> result.report.authors
['Jane Doe']
"""

from typing import Any

from .config import Config
from .model import Removal, Report, Result
from .pipeline import Cleaner, clean


def __getattr__(name: str) -> Any:
    """``__version__``, read from the installed metadata on first use (importing
    :mod:`importlib.metadata` costs more start-up than the rest of a small clean)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("clean-article")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        found = "0.0.0"
    globals()["__version__"] = found
    return found


__all__ = ["Cleaner", "Config", "Removal", "Report", "Result", "__version__", "clean"]
