"""The README's test command stays light (issue 17, item 20): the `test` extra brings no Ray,
pyarrow or pandas; without Ray the suite collects and skips the Ray tests; CI installs every
extra, so they run there."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from conftest import ROOT

EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
    "optional-dependencies"
]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0].lower() for r in requirements}


def test_test_extra_brings_no_heavy_dependency() -> None:
    assert not _names(EXTRAS["test"]) & {"ray", "pyarrow", "pandas", "datasets", "datatrove"}
    assert _names(EXTRAS["ray"]) == {"ray", "pyarrow"}


def test_ci_installs_every_extra() -> None:
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    installed = {x for group in re.findall(r"'\.\[([^\]]+)\]'", script) for x in group.split(",")}
    assert installed == set(EXTRAS)


#: Run pytest's collection with ray and pyarrow unimportable, outside CI.
BLOCKED = """
import sys, pytest

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("ray", "pyarrow"):
            raise ImportError(f"no module named {name!r} (blocked)")

sys.meta_path.insert(0, Block())
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-n", "0", "-rs", *sys.argv[1:]]))
"""


def test_ray_tests_skip_without_ray() -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}  # no CI: a missing extra skips
    modules = sorted(str(p) for p in (ROOT / "tests").glob("test_ray*.py"))
    assert len(modules) >= 3
    done = subprocess.run(
        [sys.executable, "-c", BLOCKED, *modules],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 5, done.stdout + done.stderr  # nothing collected, no error
    assert f"{len(modules)} skipped" in done.stdout, done.stdout
    assert "pip install '.[ray]'" in done.stdout


def test_tests_import_ray_and_pyarrow_through_need() -> None:
    """A plain ``import pyarrow`` in a test fails without the extra instead of skipping."""
    direct = re.compile(r"^\s*(?:import|from)\s+(?:ray|pyarrow)\b", re.MULTILINE)
    found = [p.name for p in sorted((ROOT / "tests").glob("*.py")) if direct.search(p.read_text())]
    assert found == []
