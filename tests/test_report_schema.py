"""The report's fixed schema: JSON Schema file, Arrow form, and round trips through JSON and
Parquet over news-dev."""

from __future__ import annotations

from typing import Any

import orjson

from cleaner import Cleaner, Report, clean
from cleaner.model import SCHEMA_VERSION
from cleaner.report.schema import json_schema
from extras import need
from test_library_use import news_texts

EXAMPLE = (
    "# A Title\n\nBy Jane Doe\n\nRegion: Middle East\nTheme: War, Peace\n\n"
    "The council met on Tuesday &amp; voted to fix the bridge, a <b>long</b> wait.\n\n"
    "Copyright © Jane Doe, 2017\n"
)


def _conforms(value: Any, spec: dict[str, Any], where: str = "report") -> None:
    """A small JSON Schema check: types, required and extra properties, items, anyOf."""
    if "anyOf" in spec:
        errors = []
        for option in spec["anyOf"]:
            try:
                _conforms(value, option, where)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{where}: no alternative fits: {errors}")
    kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
    python = {"string": str, "integer": int, "array": list, "object": dict, "null": type(None)}
    assert any(isinstance(value, python[k]) for k in kinds), f"{where}: {value!r} not {kinds}"
    if isinstance(value, dict):
        props = spec.get("properties", {})
        assert set(spec.get("required", ())) <= set(value), f"{where}: missing keys"
        for key, item in value.items():
            extra = spec.get("additionalProperties", True)
            sub = props.get(key, extra if isinstance(extra, dict) else None)
            assert sub is not None, f"{where}.{key}: not in the schema"
            _conforms(item, sub, f"{where}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            _conforms(item, spec["items"], f"{where}[{n}]")


def test_schema_file_matches_the_report() -> None:
    schema = json_schema()
    report = clean(EXAMPLE).report
    assert report.tags and report.fixes  # the open maps are exercised
    assert list(schema["properties"]) == list(report.to_dict())
    assert schema["properties"]["schema"]["const"] == SCHEMA_VERSION
    assert schema["$id"].endswith(f"/{SCHEMA_VERSION}")
    _conforms(report.to_dict(), schema)
    _conforms(report.to_arrow_dict(), schema)
    assert report.to_arrow_dict()["fixes"][0] == {"key": "M001", "value": 2}


def test_every_news_report_conforms_and_round_trips_through_json() -> None:
    cleaner = Cleaner()
    schema = json_schema()
    for text in news_texts():
        report = cleaner.clean(text).report
        for form in (report.to_dict(), report.to_arrow_dict()):
            _conforms(form, schema)
            back = Report.from_dict(orjson.loads(orjson.dumps(form)))
            assert back == report


def test_parquet_round_trip_on_news_dev(tmp_path: Any) -> None:
    pa = need("pyarrow", "datasets")
    pq = need("pyarrow.parquet", "datasets")
    from cleaner.report.schema import arrow_schema

    reports = [clean(t).report for t in news_texts()]
    table = pa.Table.from_pylist([r.to_arrow_dict() for r in reports], schema=arrow_schema())
    pq.write_table(table, tmp_path / "reports.parquet")
    rows = pq.read_table(tmp_path / "reports.parquet").to_pylist()
    equal = sum(Report.from_dict(row) == r for row, r in zip(rows, reports, strict=True))
    assert equal == len(reports) == 194
    assert pq.read_schema(tmp_path / "reports.parquet").equals(arrow_schema())
