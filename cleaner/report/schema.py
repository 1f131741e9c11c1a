"""The report's published schema (``data/report.schema.json``, JSON Schema, versioned by the
report's ``schema`` key) and the Arrow schema derived from it for :meth:`Report.to_arrow_dict`.

Writing reports to Parquet::

    rows = [clean(text).report.to_arrow_dict() for text in texts]
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema()), "reports.parquet")
    reports = [Report.from_dict(row) for row in pq.read_table("reports.parquet").to_pylist()]
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from cleaner.resources import package

SCHEMA_FILE = "report.schema.json"


@cache
def json_schema() -> dict[str, Any]:
    """The report's JSON Schema (both forms: maps as objects or as key/value lists)."""
    data: dict[str, Any] = json.loads(package().joinpath("data", SCHEMA_FILE).read_text())
    return data


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of :meth:`~cleaner.model.Report.to_arrow_dict` (needs pyarrow):
    a fixed column per key, whatever the documents hold."""
    import pyarrow as pa

    return pa.schema(
        [(name, _arrow_type(spec)) for name, spec in json_schema()["properties"].items()]
    )


def _arrow_type(spec: dict[str, Any]) -> Any:
    import pyarrow as pa

    if "anyOf" in spec:  # an open map: Arrow takes its key/value list form
        spec = next(s for s in spec["anyOf"] if s["type"] == "array")
    kind = spec["type"]
    if isinstance(kind, list):  # ["string", "null"]: every Arrow column is nullable
        kind = next(k for k in kind if k != "null")
    if kind == "array":
        return pa.list_(_arrow_type(spec["items"]))
    if kind == "object":
        return pa.struct([(k, _arrow_type(v)) for k, v in spec["properties"].items()])
    return {"string": pa.string(), "integer": pa.int64()}[kind]
