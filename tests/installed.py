"""Which ``cleaner`` the tests must import: the installed distribution's, never a source
tree that happens to stand first on ``sys.path`` (``python -m pytest`` in a checkout with a
regular install, an old ``PYTHONPATH``). tests/conftest.py stops the run when it is not."""

from __future__ import annotations

import json
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

DIST = "clean-article"


def installed_init(dist: Distribution) -> Path:
    """The ``cleaner/__init__.py`` the installed distribution provides: in the project folder
    its ``direct_url.json`` names for an editable install, else where it was installed."""
    direct = dist.read_text("direct_url.json")
    if direct:
        info = json.loads(direct)
        if info.get("dir_info", {}).get("editable"):
            return Path(url2pathname(urlparse(info["url"]).path)) / "cleaner" / "__init__.py"
    return Path(str(dist.locate_file("cleaner/__init__.py")))


def shadow_problem(imported: Path, dist: Distribution | None) -> str | None:
    """Why ``imported`` (``cleaner.__file__``) is not the installed package, or None."""
    if dist is None:
        return f"{DIST} is not installed: run pip install -e '.[test]' before pytest"
    want = installed_init(dist).resolve()
    if imported.resolve() == want:
        return None
    return (
        f"the tests import cleaner from {imported}, but the installed {DIST} is {want}: "
        "a source tree shadows the installed package on sys.path. Run `pytest` (not "
        "`python -m pytest`, which puts the current folder first), drop PYTHONPATH, or "
        "install this checkout with pip install -e '.[test]'"
    )


def check() -> str | None:
    """:func:`shadow_problem` for the ``cleaner`` this interpreter imports."""
    import cleaner

    try:
        dist: Distribution | None = distribution(DIST)
    except PackageNotFoundError:
        dist = None
    return shadow_problem(Path(cleaner.__file__), dist)
