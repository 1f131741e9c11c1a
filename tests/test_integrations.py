"""The datatrove step and the Hugging Face datasets example against the real libraries
(extras ``datatrove`` and ``datasets``; CI installs both, see tests/extras.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

from cleaner import Cleaner, Report
from extras import need
from test_library_use import NEWS, news_texts

ROOT = Path(__file__).resolve().parent.parent


def test_datatrove_step_over_news_dev(tmp_path: Path) -> None:
    need("datatrove", "datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.integrations.datatrove import CleanArticle

    texts = news_texts()
    pipeline = [
        JsonlReader(str(NEWS.parent), glob_pattern=NEWS.name),
        CleanArticle(),
        JsonlWriter(str(tmp_path / "out"), output_filename="clean.jsonl", compression=None),
    ]
    LocalPipelineExecutor(pipeline, tasks=1, logging_dir=str(tmp_path / "logs")).run()
    lines = (tmp_path / "out" / "clean.jsonl").read_bytes().split(b"\n")  # not splitlines: U+2028
    rows = [orjson.loads(line) for line in lines if line]
    cleaner = Cleaner()
    assert len(rows) == len(texts) == 194
    for row, text in zip(rows, texts, strict=True):
        expected = cleaner.clean(text)
        assert row.get("text", "") == expected.text  # the writer leaves empty values out
        assert Report.from_dict(row["metadata"]["clean_article"]) == expected.report
        assert row["metadata"]["domain"]  # other fields pass through


def test_datatrove_step_passes_non_strings_through() -> None:
    need("datatrove", "datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanArticle

    step = CleanArticle(report_key="report", drop_empty=True)
    docs = [Document(text=None, id="a"), Document(text="Subscribe now!\n", id="b")]  # type: ignore[arg-type]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a"]  # b was emptied and dropped
    assert out[0].text is None
    assert out[0].metadata["report"] == {"error": "text is NoneType, not a string"}


_RUN = """
import sys
sys.path.insert(0, "examples")
from cleaner import pipeline
from hf_datasets import clean_file
calls = 0
clean = pipeline.Cleaner.clean
def counting(self, text):
    global calls
    calls += 1
    return clean(self, text)
pipeline.Cleaner.clean = counting
ds = clean_file(sys.argv[1], sys.argv[2])
print(calls, len(ds))
"""


def test_datasets_example_hits_its_cache_on_the_second_run(tmp_path: Path) -> None:
    need("datasets", "datasets")
    counts = []
    for seed in ("1", "2"):  # a new process, a new hash seed: the cache must still hit
        run = subprocess.run(
            [sys.executable, "-c", _RUN, str(NEWS), str(tmp_path / "cache")],
            check=False,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "HF_DATASETS_OFFLINE": "1"},
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        counts.append(run.stdout.split())
    assert counts == [["194", "194"], ["0", "194"]]  # 0 rows recomputed


def test_datasets_map_equals_plain_loop_and_keeps_nulls(tmp_path: Path) -> None:
    need("datasets", "datasets")
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        from hf_datasets import clean_file
    finally:
        sys.path.remove(str(ROOT / "examples"))
    texts = news_texts()
    ds = clean_file(str(NEWS), str(tmp_path / "cache"))
    cleaner = Cleaner()
    for row, text in zip(ds, texts, strict=True):
        expected = cleaner.clean(text)
        assert row["text"] == expected.text
        assert Report.from_dict(row["clean_article"]) == expected.report

    from datasets import Dataset

    from cleaner.integrations.datasets import map_options

    small = Dataset.from_dict({"text": [None, "By Jane Doe\n\nThe council met.\n"], "n": [1, 2]})
    out = small.map(**map_options(small))
    rows: list[dict[str, Any]] = out.to_list()
    assert rows[0] == {"text": None, "n": 1, "clean_article": None}
    assert rows[1]["text"] == "The council met.\n" and rows[1]["n"] == 2
    assert rows[1]["clean_article"]["authors"] == ["Jane Doe"]
