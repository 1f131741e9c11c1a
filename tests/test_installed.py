"""The tests run against the installed package: tests/installed.py finds it, and a source
tree first on sys.path is refused with a message that says what to do."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import Distribution
from os import PathLike
from pathlib import Path

from conftest import ROOT
from installed import check, installed_init, shadow_problem


class _Dist(Distribution):
    """A distribution with a given ``direct_url.json``, installed in ``site``."""

    def __init__(self, direct_url: str | None, site: Path) -> None:
        self.direct_url = direct_url
        self.site = site

    def read_text(self, filename: str) -> str | None:
        return self.direct_url if filename == "direct_url.json" else None

    def locate_file(self, path: str | PathLike[str]) -> Path:
        return self.site / path


def test_this_run_imports_the_installed_cleaner() -> None:
    assert check() is None


def test_editable_install_is_its_project_folder(tmp_path: Path) -> None:
    url = (tmp_path / "proj").as_uri()
    dist = _Dist(f'{{"url": "{url}", "dir_info": {{"editable": true}}}}', tmp_path / "site")
    assert installed_init(dist) == tmp_path / "proj" / "cleaner" / "__init__.py"


def test_regular_install_is_in_site_packages(tmp_path: Path) -> None:
    url = (tmp_path / "proj").as_uri()
    for direct in (f'{{"url": "{url}", "dir_info": {{}}}}', None):
        dist = _Dist(direct, tmp_path / "site")
        assert installed_init(dist) == tmp_path / "site" / "cleaner" / "__init__.py"


def test_source_tree_before_a_regular_install_is_refused(tmp_path: Path) -> None:
    dist = _Dist(None, tmp_path / "site")
    problem = shadow_problem(tmp_path / "proj" / "cleaner" / "__init__.py", dist)
    assert problem is not None
    assert str(tmp_path / "proj") in problem and "python -m pytest" in problem
    assert shadow_problem(tmp_path / "site" / "cleaner" / "__init__.py", dist) is None


def test_missing_install_is_refused(tmp_path: Path) -> None:
    problem = shadow_problem(tmp_path / "cleaner" / "__init__.py", None)
    assert problem is not None and "pip install" in problem


def test_a_shadowing_folder_on_sys_path_is_found(tmp_path: Path) -> None:
    """End to end: a stray ``cleaner`` package first on sys.path is caught."""
    (tmp_path / "cleaner").mkdir()
    (tmp_path / "cleaner" / "__init__.py").write_text("", "utf-8")
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r}); "
        f"sys.path.insert(1, {str(ROOT)!r}); "
        "from tests.installed import check; print(check())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert f"cleaner from {tmp_path / 'cleaner' / '__init__.py'}" in out
