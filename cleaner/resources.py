"""The package's own files (``data/`` and the sources the config fingerprint digests).

:func:`package` is ``importlib.resources.files("cleaner")``, which for a package in a folder
(every install pip makes) is that folder as a :class:`~pathlib.Path`: this module returns
the same Path without loading ``importlib.resources``, whose readers bring ``tempfile``,
``zipfile`` and more into every start-up. A package inside a zip file still goes through
``importlib.resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def package() -> Traversable:
    """The ``cleaner`` package's folder, as ``importlib.resources.files("cleaner")``."""
    folder = Path(__file__).parent
    if (folder / "__init__.py").is_file():
        return folder
    from importlib.resources import files

    return files("cleaner")
