"""cleaner.integrations.ray's batch_size / concurrency / num_cpus, and single-file inputs split into
blocks (issue 20), against a real local Ray instance."""

from __future__ import annotations

from pathlib import Path

import pytest

from extras import need

pa = need("pyarrow", "ray")
pq = need("pyarrow.parquet", "ray")
ray_data = need("ray.data", "ray")

from cleaner.integrations.ray import clean_dataset, run  # noqa: E402
from test_ray import ARTICLE, _expected, _read_jsonl, _write_jsonl, local_ray  # noqa: E402

pytestmark = pytest.mark.xdist_group("ray")
__all__ = ["local_ray"]  # the module's Ray instance (a fixture)

RECORDS = [{"id": i, "text": ARTICLE.format(i=i)} for i in range(40)]


def test_single_jsonl_file_is_split_into_blocks(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    _write_jsonl(source, RECORDS)
    run(str(source), str(tmp_path / "default"))  # one block per CPU (2 here)
    assert len(list((tmp_path / "default").glob("*.jsonl"))) == 2
    run(
        str(source),
        str(tmp_path / "tuned"),
        batch_size=3,
        concurrency=2,
        num_cpus=1,
        num_blocks=5,
    )
    assert len(list((tmp_path / "tuned").glob("*.jsonl"))) == 5
    for out in ("default", "tuned"):  # same records, in input order
        assert _read_jsonl(tmp_path / out) == _expected(RECORDS)


def test_single_parquet_file_is_split_and_keeps_order(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS), source)
    run(str(source), str(tmp_path / "out"), num_blocks=4, batch_size=4)
    shards = sorted((tmp_path / "out").glob("*.parquet"))
    assert len(shards) == 4
    rows = [row for shard in shards for row in pq.read_table(shard).to_pylist()]
    assert [r["id"] for r in rows] == list(range(40))


def test_clean_dataset_takes_resources(local_ray: None) -> None:
    ds = ray_data.from_items(RECORDS).repartition(4)
    tuned = clean_dataset(ds, batch_size=5, concurrency=2, num_cpus=0.5).take_all()
    assert tuned == clean_dataset(ds).take_all()
