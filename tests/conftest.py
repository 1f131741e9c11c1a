"""Shared test options: ``--update-goldens`` rewrites the expected files of golden tests."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests draw the same examples every run, so main stays reproducibly
# green or red; locally they explore new examples (and keep failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Commands the tests run keep their compiled patterns in a directory of their own, never
# in the user's cache directory (cleaner/pattern_cache.py).
_CACHE = tempfile.mkdtemp(prefix="clean-article-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
os.environ["CLEAN_ARTICLE_CACHE_DIR"] = _CACHE
os.environ.pop("CLEAN_ARTICLE_NO_CACHE", None)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once when the tests would run against a source tree instead of the installed
    package: pytest puts only tests/ on sys.path (tests/ is no package), so a ``cleaner``
    imported from elsewhere shadows the install by accident (see installed.py)."""
    from installed import check

    problem = check()
    if problem:
        raise pytest.UsageError(problem)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite expected golden files from the current output (review the diff!)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
