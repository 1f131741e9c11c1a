"""clean-article: scraped article text in, clean body text and a report of what was removed out.

>>> from cleaner import clean
>>> result = clean("By Jane Doe\\n\\nThe council met on Tuesday and voted to fix the bridge.\\n")
>>> result.text
'The council met on Tuesday and voted to fix the bridge.\\n'
>>> result.report.authors
['Jane Doe']
"""

import logging
from importlib.metadata import PackageNotFoundError, version

from .config import Config, ConfigError
from .model import Removal, Report, Result
from .pipeline import Cleaner, InputTypeError, clean, clean_many

# Library warnings stay silent unless the application sets up logging (the CLI does).
logging.getLogger("cleaner").addHandler(logging.NullHandler())

try:
    __version__ = version("clean-article")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
