"""A mypyc-compiled copy of the cleaner, for measuring only (issue 21; see bench/README.md).

Copies ``cleaner/`` to ``DEST/cleaner``, makes the few source changes mypyc needs (below),
and compiles the pipeline, model, config, rules, text and report modules there with mypyc
(extension modules next to the sources; a C compiler and the Python headers are needed;
about 100 s of CPU). The checkout is not touched. Then, for example:

    python bench/mypyc_copy.py /tmp/compiled
    PYTHONPATH=/tmp/compiled python bench/inprocess.py --docs 400 --seed 31
    PYTHONPATH=/tmp/compiled python bench/identity.py --check base.json

What mypyc needs changed, each a difference between compiled and interpreted Python:

- A class decorator (``@register``) makes a class non-native, and a non-native class may
  not inherit from a native one (``Rule``): each rule is registered after its class.
- A native class cannot inherit from ``TypeError`` (``InputTypeError`` stays non-native).
- A native class has no instance ``__dict__``: ``LineRule.pattern`` kept its compiled
  family there (an ``AttributeError`` at run time), and ``functools.cached_property`` on
  ``Document`` needs one: both become declared attributes.
- Annotations are checked at run time: the shipped literal analysis, read from JSON, is a
  list where the annotation says tuple (a ``TypeError`` at run time).
- ``cls.__doc__`` through a native class object does not compile (``getattr`` does).

Not part of the test suite.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("model.py", "pipeline.py", "registry.py", "config.py", "settings.py")
PACKAGES = ("rules", "text", "report")
MYPY_INI = """[mypy]
strict = True
python_version = 3.11
mypy_path = .

[mypy-ftfy.*,ray.*,pyarrow.*,zstandard.*,ahocorasick,datasets.*,datatrove.*]
ignore_missing_imports = True
"""


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    if old not in text:
        raise SystemExit(f"{path}: the source changed, update bench/mypyc_copy.py: {old!r}")
    path.write_text(text.replace(old, new, 1))


def patch(package: Path) -> None:
    """The source changes mypyc needs, made in the copy ``package``."""
    for path in package.rglob("*.py"):
        text = path.read_text()
        names = re.findall(r"^@register\nclass (\w+)", text, flags=re.M)
        if names:
            text = re.sub(r"^@register\n(class \w+)", r"\1", text, flags=re.M)
            text += "\n\n" + "\n".join(f"register({n})" for n in names) + "\n"
            path.write_text(text)
    future = "from __future__ import annotations\n"
    pipeline = package / "pipeline.py"
    _replace(pipeline, future, future + "\nfrom mypy_extensions import mypyc_attr\n")
    _replace(
        pipeline,
        "class InputTypeError(TypeError):",
        "@mypyc_attr(native_class=False)\nclass InputTypeError(TypeError):",
    )
    _replace(
        package / "registry.py",
        'inspect.cleandoc(cls.__doc__ or "")',
        'inspect.cleandoc(getattr(cls, "__doc__", None) or "")',
    )
    _replace(
        package / "rules" / "phrases.py",
        'found: Analysis = entry["analysis"]',
        'a = entry["analysis"]\n        found: Analysis = (a[0], a[1], a[2])',
    )
    base = package / "rules" / "base.py"
    _replace(
        base,
        '    reason: ClassVar[str] = ""\n\n    def __init__',
        '    reason: ClassVar[str] = ""\n    _pattern: Family | None = None\n\n    def __init__',
    )
    _replace(base, 'self.__dict__.get("_pattern")', "self._pattern")
    _replace(base, 'self.__dict__["_pattern"] = found', "self._pattern = found")
    segment = package / "text" / "segment.py"
    text = segment.read_text()
    slots = ""
    for name, kind in re.findall(r"    @cached_property\n    def (\w+)\(self\) -> ([^:]+):", text):
        text = text.replace(
            f"    @cached_property\n    def {name}(self) -> {kind}:",
            f"    @property\n    def {name}(self) -> {kind}:\n"
            f"        found = self._c_{name}\n        if found is None:\n"
            f"            found = self._c_{name} = self._compute_{name}()\n"
            f"        return found\n\n    def _compute_{name}(self) -> {kind}:",
        )
        slots += f"        self._c_{name}: {kind} | None = None\n"
    segment.write_text(text)
    last = "        self.site: str | None = None\n"
    _replace(segment, last, last + slots)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path, help="an empty or new folder")
    args = parser.parse_args()
    dest: Path = args.dest.resolve()
    shutil.copytree(ROOT / "cleaner", dest / "cleaner", ignore=shutil.ignore_patterns("*.pyc"))
    (dest / "mypy.ini").write_text(MYPY_INI)  # setuptools may not read the pyproject
    patch(dest / "cleaner")
    sources = [f"cleaner/{m}" for m in MODULES]
    for name in PACKAGES:
        sources += sorted(str(p.relative_to(dest)) for p in (dest / "cleaner" / name).glob("*.py"))
    mypyc = Path(sys.executable).parent / "mypyc"
    subprocess.run([str(mypyc), *sources], cwd=dest, check=True)


if __name__ == "__main__":
    main()
