"""clean-article: scraped article text in, clean body text and a report of what was removed out.

>>> from cleaner import clean
>>> result = clean("By Jane Doe\\n\\nThe council met on Tuesday and voted to fix the bridge.\\n")
>>> result.text
'The council met on Tuesday and voted to fix the bridge.\\n'
>>> result.report.authors
['Jane Doe']
"""

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    __version__: str
    from cleaner.config import Config, ConfigError
    from cleaner.model import Removal, Report, Result
    from cleaner.pipeline import Cleaner, InputTypeError, clean, clean_many

# Library warnings stay silent unless the application sets up logging (the CLI does).
logging.getLogger("cleaner").addHandler(logging.NullHandler())

#: Loaded on first use, so the command line can take Ctrl-C while the rules compile.
_LAZY = {
    "Config": ".config",
    "ConfigError": ".config",
    "Removal": ".model",
    "Report": ".model",
    "Result": ".model",
    "Cleaner": ".pipeline",
    "InputTypeError": ".pipeline",
    "clean": ".pipeline",
    "clean_many": ".pipeline",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("clean-article")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = _version()
        return globals()[name]
    if name not in _LAZY:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Cleaner",
    "Config",
    "ConfigError",
    "InputTypeError",
    "Removal",
    "Report",
    "Result",
    "__version__",
    "clean",
    "clean_many",
]
