"""clean-article: scraped article text in, clean body text and a report of what was removed out.

>>> from cleaner import clean
>>> result = clean("By Jane Doe\\n\\nThe council met on Tuesday and voted to fix the bridge.\\n")
>>> result.text
'The council met on Tuesday and voted to fix the bridge.\\n'
>>> result.report.authors
['Jane Doe']
"""

from importlib.metadata import PackageNotFoundError, version

from .config import Config
from .model import Removal, Report, Result
from .pipeline import Cleaner, clean

try:
    __version__ = version("clean-article")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Cleaner", "Config", "Removal", "Report", "Result", "__version__", "clean"]
