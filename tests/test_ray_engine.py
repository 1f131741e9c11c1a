"""``batch --engine ray`` against the local engine on the same input: same output records and
names, same errors file, same exit code, and quiet (issue 17, item 5)."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from extras import need

need("ray", "ray")

from cleaner.cli.app import app  # noqa: E402
from test_ray import RECORDS, local_ray  # noqa: E402

pytestmark = [
    pytest.mark.xdist_group("ray"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*"),
]
__all__ = ["local_ray"]  # the module's Ray instance (a fixture)

#: Two bad lines (bad JSON, no text field), a blank line, and fields JSONL mode copies byte
#: for byte (a 2**64 integer, a number spelled 1.50) that a re-encoding would change.
BAD = [b"{not json", orjson.dumps({"id": 99, "other": 1})]
ODD = b'{"id": 18446744073709551616, "price": 1.50, "text": "Hello there.\\n"}'


def _lines(records: list[dict[str, object]]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def _input(path: Path) -> Path:
    path.write_bytes(_lines(RECORDS[:4]) + BAD[0] + b"\n\n" + ODD + b"\n" + BAD[1] + b"\n")
    return path


def _batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *args, "-q"])
    return result.exit_code, result.output


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative name (the manifest's mtimes left out)."""
    return {
        p.relative_to(folder).as_posix(): b"" if p.name == "manifest.jsonl" else p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("out", ["clean.jsonl", "clean.jsonl.gz"])
def test_engines_agree_on_a_file_with_bad_lines(local_ray: None, tmp_path: Path, out: str) -> None:
    source = _input(tmp_path / "in.jsonl")
    runs = {}
    for engine in ("local", "ray"):
        folder = tmp_path / engine
        folder.mkdir()
        code, said = _batch(str(source), "--out", str(folder / out), "--engine", engine)
        runs[engine] = (code, said.replace(str(folder), "OUT"), _files(folder))
    assert runs["ray"] == runs["local"]
    code, said, files = runs["ray"]
    assert code == 1 and said.count("FAILED") == 2
    assert sorted(files) == ["clean.errors.jsonl", out, f"{out}.profile.json"]  # learned too
    body = files[out] if out.endswith(".jsonl") else gzip.decompress(files[out])
    assert b'{"id":18446744073709551616,"price":1.50,"text":"Hello there.\\n"' in body


def test_engines_agree_on_a_folder_of_shards(local_ray: None, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    (shards / "b").mkdir(parents=True)
    _input(shards / "a.jsonl")
    (shards / "b" / "c.jsonl.gz").write_bytes(gzip.compress(_lines(RECORDS[4:9])))
    runs = {}
    for engine in ("local", "ray"):
        code, said = _batch(str(shards), "--out", str(tmp_path / engine), "--engine", engine)
        runs[engine] = (code, said, _files(tmp_path / engine))
    assert runs["ray"] == runs["local"]
    code, _, files = runs["ray"]
    assert code == 1
    assert sorted(files) == [
        ".clean-article/errors.jsonl",
        ".clean-article/manifest.jsonl",
        ".clean-article/profile.json",
        "a.jsonl",
        "b/c.jsonl.gz",
    ]


@pytest.mark.slow
def test_engine_ray_says_what_the_local_engine_says(tmp_path: Path) -> None:
    """In a process of its own (Ray started and stopped by the command): stderr holds the
    lines the local engine prints, and none of Ray's (INFO logs, progress, warnings)."""
    source = _input(tmp_path / "in.jsonl")
    said = {}
    for engine in ("local", "ray"):
        out = tmp_path / f"{engine}.jsonl"
        args = ["batch", str(source), "--out", str(out), "--engine", engine, "-j", "1"]
        env = {**os.environ, "COLUMNS": "100"}
        env.pop("RAY_ADDRESS", None)
        done = subprocess.run(
            [sys.executable, "-m", "cleaner", *args], capture_output=True, env=env, check=False
        )
        assert done.returncode == 1, done.stderr
        lines = done.stderr.decode().replace(f"{engine}.", "OUT.").splitlines()
        said[engine] = [
            ln for ln in lines if not any(w in ln for w in ("time", "rate", "progress"))
        ]
    assert said["ray"] == said["local"]
