"""cleaner.integrations.ray against a real local Ray instance (2 CPUs, no dashboard)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from extras import need

pa = need("pyarrow", "ray")
pq = need("pyarrow.parquet", "ray")
ray = need("ray", "ray")
need("ray.data", "ray")

from cleaner import Cleaner, Config  # noqa: E402
from cleaner.batch.records import RecordOptions, clean_record  # noqa: E402
from cleaner.integrations.ray import clean_dataset, detect_format, joined, run  # noqa: E402

# Keep these tests on one xdist worker (with --dist loadgroup), so Ray starts once; Ray Data's
# own DeprecationWarnings (its DataContext reading its deprecated fields) are not ours.
pytestmark = [
    pytest.mark.xdist_group("ray"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*"),
]

ARTICLE = (
    "By Jane Doe\n\nThe council met on day {i} and voted to fix the old bridge over the river.\n\n"
    "Subscribe to our newsletter for more!\n"
)
RECORDS: list[dict[str, Any]] = [
    {"id": i, "text": ARTICLE.format(i=i), "meta": {"lang": "en", "n": i}} for i in range(12)
]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """A local Ray instance of 2 CPUs, started as ``run`` and ``--engine ray`` start one
    (quiet), with Ray Data's progress lines off as ``run`` turns them off."""
    import logging

    with joined(None, num_cpus=2):
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        yield


def _expected(records: list[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    cleaner = Cleaner()
    return [clean_record(r, cleaner, RecordOptions(**options)) for r in records]


def _read_jsonl(folder: Path) -> list[dict[str, Any]]:
    shards = sorted(folder.glob("*.jsonl"))
    assert shards, f"no shards in {folder}"
    return [orjson.loads(line) for p in shards for line in p.read_bytes().splitlines()]


def _by_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: r["id"])


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


def test_clean_dataset_equals_clean_record(local_ray: None) -> None:
    rows = clean_dataset(ray.data.from_items(RECORDS)).take_all()
    got = [{**r, "clean_article": orjson.loads(r["clean_article"])} for r in rows]
    assert _by_id(got) == _expected(RECORDS)


def test_clean_dataset_options(local_ray: None) -> None:
    records = [{"id": r["id"], "body": r["text"]} for r in RECORDS[:3]]
    config = Config(ignore=("S", "T"))
    rows = clean_dataset(
        ray.data.from_items(records), config=config, text_field="body", report_field=None
    ).take_all()
    cleaner = Cleaner(config)
    want = [
        clean_record(r, cleaner, RecordOptions(text_field="body", report_field=None))
        for r in records
    ]
    assert _by_id(rows) == want
    assert "Subscribe" in rows[0]["body"] and "By Jane" not in rows[0]["body"]


def test_bad_records_pass_through_with_error(local_ray: None) -> None:
    records = [{"id": 1, "text": None}, {"id": 2, "text": "Hello there.\n"}]
    rows = _by_id(clean_dataset(ray.data.from_items(records)).take_all())
    assert rows[0]["text"] is None
    assert "not a string" in orjson.loads(rows[0]["clean_article"])["error"]
    assert rows[1]["text"] == "Hello there.\n"


def test_run_jsonl_to_jsonl_keeps_fields_and_order(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    _write_jsonl(source, RECORDS)
    with source.open("ab") as f:
        f.write(b"{not json\n")
        f.write(orjson.dumps({"id": 99, "other": 1}) + b"\n")
    run(str(source), str(tmp_path / "out"))
    rows = _read_jsonl(tmp_path / "out")
    assert rows[: len(RECORDS)] == _expected(RECORDS)  # input order is kept
    bad_json, no_text = rows[len(RECORDS) :]
    assert bad_json["line"] == "{not json" and "bad JSON" in bad_json["clean_article"]["error"]
    error = {"error": "missing text field 'text'"}
    assert no_text == {"id": 99, "other": 1, "clean_article": error}


def test_run_gzip_jsonl_folder(local_ray: None, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    for n in range(2):
        part = RECORDS[n * 6 : (n + 1) * 6]
        (shards / f"part-{n}.jsonl.gz").write_bytes(
            gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in part))
        )
    assert detect_format(str(shards)) == "jsonl"
    run(str(shards), str(tmp_path / "out"), report_field="report")
    assert _by_id(_read_jsonl(tmp_path / "out")) == _expected(RECORDS, report_field="report")


def test_run_parquet_to_parquet(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS), source)
    assert detect_format(str(source)) == "parquet"
    run(str(source), str(tmp_path / "out"))
    table = pq.read_table(tmp_path / "out")
    assert table.schema.field("meta").type == pa.struct([("lang", pa.string()), ("n", pa.int64())])
    assert table.schema.field("clean_article").type == pa.string()
    rows = [{**r, "clean_article": orjson.loads(r["clean_article"])} for r in table.to_pylist()]
    assert _by_id(rows) == _expected(RECORDS)


def test_run_parquet_to_jsonl_and_jsonl_to_parquet(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS), source)
    run(str(source), str(tmp_path / "out"), output_format="jsonl")
    assert _by_id(_read_jsonl(tmp_path / "out")) == _expected(RECORDS)

    jsonl = tmp_path / "in.jsonl"
    _write_jsonl(jsonl, RECORDS)
    run(str(jsonl), str(tmp_path / "out2"), output_format="parquet", id_field="id")
    rows = pq.read_table(tmp_path / "out2").to_pylist()
    assert [r["text"] for r in _by_id(rows)] == [r["text"] for r in _expected(RECORDS)]


def test_detect_format_refuses_unknown(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("x\n")
    with pytest.raises(ValueError, match=r"no \.jsonl or \.parquet"):
        detect_format(str(tmp_path))


def test_import_cleaner_does_not_import_ray() -> None:
    import subprocess
    import sys

    code = "import cleaner, sys; cleaner.clean('x'); assert 'ray' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_run_keeps_ray_data_quiet(local_ray: None, tmp_path: Path) -> None:
    """Ray Data logs each execution's plan and progress on stderr at level INFO; ``run``
    turns that and its progress bars off for its own run, and puts the settings back."""
    import logging

    context = ray.data.DataContext.get_current()
    logger = logging.getLogger("ray.data")
    bars, level = context.enable_progress_bars, logger.level
    heard: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = heard.append  # type: ignore[method-assign]
    context.enable_progress_bars = True
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        source = tmp_path / "in.jsonl"
        _write_jsonl(source, RECORDS[:3])
        run(str(source), str(tmp_path / "out"))
        assert [r.getMessage() for r in heard if r.levelno < logging.ERROR] == []
        assert (context.enable_progress_bars, logger.level) == (True, logging.INFO)
        ray.data.from_items(RECORDS[:1]).take_all()
        assert heard  # the handler hears Ray Data outside run
    finally:
        logger.removeHandler(handler)
        context.enable_progress_bars = bars
        logger.setLevel(level)
