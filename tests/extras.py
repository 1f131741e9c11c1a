"""Tests of an optional extra run where it is installed; in CI (which installs every extra,
see .ci/run) a missing extra fails instead of skipping."""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def need(module: str, extra: str) -> ModuleType:
    """Import ``module`` for a test module of the ``extra``; skip locally, fail in CI."""
    try:
        return importlib.import_module(module)
    except ImportError:
        message = f"{module} is missing: pip install '.[{extra}]'"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message, allow_module_level=True)
