"""Clean datasets on Ray: ``pip install 'clean-article[ray]'``.

:func:`clean_dataset` maps a :class:`ray.data.Dataset` of records to cleaned records, with the
same fields as JSONL mode (``clean_record``): the text field is cleaned, every other column
passes through untouched, and the report goes into ``report_field``. :func:`run` reads JSONL
or Parquet from any path Ray Data reads (a file, a folder of shards, ``s3://...``) and writes
a folder of shards. :class:`RayPool` runs the JSONL batch's chunks as Ray tasks
(``batch --engine ray``), so that command's output is the local engine's.

In a Ray dataset the report is a JSON string: its ``tags`` and ``fixes`` maps have keys that
change from document to document, which a columnar schema (Parquet, Arrow) cannot hold. In
JSONL output it is a nested object, exactly as in JSONL mode. A record whose text is missing
or not a string passes through unchanged, with ``{"error": reason}`` as its report.

Only this module imports ray; ``import cleaner`` never does."""

from __future__ import annotations

import logging
import posixpath
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import orjson
import pyarrow as pa
import ray
import ray.data
from ray.data.block import BlockAccessor
from ray.data.datasource import BlockBasedFileDatasink

from cleaner.batch import pool as batch_pool
from cleaner.batch.pool import WorkerDiedError
from cleaner.batch.records import RecordError, RecordOptions, clean_record
from cleaner.batch.signals import Stop, critical
from cleaner.config import Config
from cleaner.pipeline import Cleaner

Format = Literal["jsonl", "parquet"]
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".jsonl.zst", ".json.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
LINE = "line"  # the one column of a dataset of JSON lines
T = TypeVar("T")
R = TypeVar("R")

_cache: tuple[Config, Cleaner] | None = None


def _cleaner(config: Config) -> Cleaner:
    """One Cleaner per worker process, built on first use (tasks reuse worker processes)."""
    global _cache  # noqa: PLW0603 - a per-process cache is the point
    if _cache is None or _cache[0] != config:
        _cache = (config, Cleaner(config))
    return _cache[1]


def _error(reason: str) -> dict[str, Any]:
    return {"error": reason}


class _CleanColumns:
    """Batch function over Arrow tables: replace the text column, add the report column.

    Other columns are not converted at all, so their types survive exactly.
    """

    def __init__(self, config: Config, options: RecordOptions) -> None:
        self.config = config
        self.options = options

    def __call__(self, table: pa.Table) -> pa.Table:
        cleaner = _cleaner(self.config)
        field = self.options.text_field
        present = field in table.column_names
        values: list[Any] = table.column(field).to_pylist() if present else [None] * len(table)
        sites = {  # the columns that name a record's site, for a learned profile
            name: table.column(name).to_pylist()
            for name in ("domain", "url")
            if name in table.column_names and name != field
        }
        texts: list[Any] = []
        reports: list[str] = []
        for n, value in enumerate(values):
            try:
                if not present:
                    raise RecordError(f"missing text field {field!r}")
                record = {name: column[n] for name, column in sites.items()}
                record[field] = value
                out = clean_record(record, cleaner, self.options)
                texts.append(out[field])
                report = out.get(self.options.report_field or "", None)
            except RecordError as exc:
                texts.append(value)
                report = _error(str(exc))
            reports.append(orjson.dumps(report).decode() if report is not None else "")
        if present:
            index = table.column_names.index(field)
            table = table.set_column(index, field, pa.array(texts, table.column(field).type))
        if self.options.report_field:
            name = self.options.report_field
            if name in table.column_names:
                table = table.drop_columns([name])
            table = table.append_column(name, pa.array(reports, pa.string()))
        return table


class _CleanLines:
    """Batch function over JSON lines: parse, clean with ``clean_record``, serialize.

    Fields never pass through Arrow, so JSONL output equals JSONL mode's, field for field.
    """

    def __init__(self, config: Config, options: RecordOptions) -> None:
        self.config = config
        self.options = options

    def __call__(self, table: pa.Table) -> pa.Table:
        cleaner = _cleaner(self.config)
        report_field = self.options.report_field or "clean_article"
        lines: list[str] = []
        for raw in table.column("text").to_pylist():
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                lines.append(_dumps({report_field: _error(f"bad JSON: {exc}"), LINE: raw}))
                continue
            if not isinstance(record, dict):
                lines.append(_dumps({report_field: _error("not a JSON object"), LINE: raw}))
                continue
            try:
                lines.append(_dumps(clean_record(record, cleaner, self.options)))
            except RecordError as exc:
                lines.append(_dumps({**record, report_field: _error(str(exc))}))
        return pa.table({LINE: pa.array(lines, pa.string())})


def _dumps(record: dict[str, Any]) -> str:
    return orjson.dumps(record, default=str).decode()


def _to_lines(report_field: str | None) -> Any:
    def convert(table: pa.Table) -> pa.Table:
        lines = []
        for row in table.to_pylist():
            if report_field and isinstance(row.get(report_field), str) and row[report_field]:
                row[report_field] = orjson.loads(row[report_field])
            lines.append(_dumps(row))
        return pa.table({LINE: pa.array(lines, pa.string())})

    return convert


class _JsonLinesDatasink(BlockBasedFileDatasink):  # type: ignore[misc,unused-ignore]
    """Writes the ``line`` column of each block as one JSONL shard."""

    def __init__(self, path: str) -> None:
        super().__init__(path, file_format="jsonl")

    def write_block_to_file(self, block: BlockAccessor, file: Any) -> None:
        for line in block.to_arrow().column(LINE).to_pylist():
            file.write(line.encode() + b"\n")


class _ParquetDatasink(BlockBasedFileDatasink):  # type: ignore[misc,unused-ignore]
    """Writes each block as one Parquet shard, its rows in block order.

    Ray's own ``write_parquet`` hands a task's blocks to ``pyarrow.dataset.write_dataset``
    with threads on and without ``preserve_order``, which may reorder rows within a file."""

    def __init__(self, path: str) -> None:
        super().__init__(path, file_format="parquet")

    def write_block_to_file(self, block: BlockAccessor, file: Any) -> None:
        import pyarrow.parquet as pq

        pq.write_table(block.to_arrow(), file)


def clean_dataset(
    ds: ray.data.Dataset,
    *,
    config: Config | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    report_field: str | None = "clean_article",
    batch_size: int | None = None,
    concurrency: int | None = None,
    num_cpus: float | None = None,
) -> ray.data.Dataset:
    """Clean the ``text_field`` column of every record; the report (a JSON string) goes into
    ``report_field`` (``None``: dropped). Lazy, like every Ray Data transform.

    ``batch_size`` (records per call), ``concurrency`` (tasks at once) and ``num_cpus`` (per
    task) go to ``map_batches``; ``None`` leaves Ray's default."""
    options = RecordOptions(text_field=text_field, id_field=id_field, report_field=report_field)
    return ds.map_batches(
        _CleanColumns(config or Config(), options),
        batch_format="pyarrow",
        zero_copy_batch=False,
        **_resources(batch_size, concurrency, num_cpus),
    )


def _resources(
    batch_size: int | None, concurrency: int | None, num_cpus: float | None
) -> dict[str, Any]:
    given = {"batch_size": batch_size, "concurrency": concurrency, "num_cpus": num_cpus}
    return {k: v for k, v in given.items() if v is not None}


def _split(ds: ray.data.Dataset, input_path: str, num_blocks: int | None) -> ray.data.Dataset:
    """``ds`` in ``num_blocks`` blocks (order kept); by default a single input file, which
    Ray reads as one block, is split into one block per CPU of the cluster so that its
    records are cleaned in parallel."""
    if num_blocks is None:
        if not input_path.lower().endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES):
            return ds
        num_blocks = int(ray.cluster_resources().get("CPU", 1))  # type: ignore[no-untyped-call,unused-ignore]
    return ds.repartition(num_blocks) if num_blocks > 1 else ds


def detect_format(path: str) -> Format:
    """``jsonl`` or ``parquet`` from a path's extension, or from the files in a folder."""
    names = [path.lower()]
    if not path.lower().endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES):
        import pyarrow.fs

        fs, root = pyarrow.fs.FileSystem.from_uri(_uri(path))
        selector = pyarrow.fs.FileSelector(root, recursive=True, allow_not_found=False)
        names = sorted(info.path.lower() for info in fs.get_file_info(selector) if info.is_file)
    for name in names:
        if name.endswith(PARQUET_SUFFIXES):
            return "parquet"
        if name.endswith(JSONL_SUFFIXES):
            return "jsonl"
    raise ValueError(f"{path}: no .jsonl or .parquet files (say which with input_format)")


def _uri(path: str) -> str:
    if "://" in path:
        return path
    import os

    return "file://" + os.path.abspath(path)


def run(
    input_path: str,
    output_path: str,
    *,
    address: str | None = None,
    config: Config | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    report_field: str | None = "clean_article",
    input_format: Format | None = None,
    output_format: Format | None = None,
    runtime_env: dict[str, Any] | None = None,
    batch_size: int | None = None,
    concurrency: int | None = None,
    num_cpus: float | None = None,
    num_blocks: int | None = None,
) -> None:
    """Clean JSONL or Parquet at ``input_path`` into a folder of shards at ``output_path``.

    ``address`` is a Ray cluster (``ray://host:10001``, ``auto``); without one, the Ray
    instance this process already joined is used, or a local one is started (and stopped at
    the end). Formats come from the extensions unless given; the output defaults to the
    input's format. Order of records is kept. ``runtime_env`` is passed to ``ray.init`` when
    this call starts or joins Ray (``{"pip": ["clean-article"]}`` installs it on the workers).
    ``batch_size``, ``concurrency`` and ``num_cpus`` are as in :func:`clean_dataset`;
    ``num_blocks`` splits the input into that many blocks (default: a single input file is
    split into one block per CPU of the cluster, a folder of shards is read as it is).
    Ray's own logs and progress lines are kept off stderr (they are in Ray's log files).
    """
    source, target = _formats(input_path, output_path, input_format, output_format)
    job = _Job(
        input_path,
        output_path,
        config or Config(),
        RecordOptions(text_field=text_field, id_field=id_field, report_field=report_field),
        _resources(batch_size, concurrency, num_cpus),
        num_blocks,
    )
    with joined(address, runtime_env=runtime_env), _quiet_data():
        ray.data.DataContext.get_current().execution_options.preserve_order = True
        if source == "jsonl" and target == "jsonl":
            _lines_to_lines(job)
        else:
            _columns(job, source, target)


@dataclass(frozen=True)
class _Job:
    """What :func:`run` was asked to do, once the formats are known."""

    input_path: str
    output_path: str
    config: Config
    options: RecordOptions
    resources: dict[str, Any]
    num_blocks: int | None


def _formats(
    input_path: str, output_path: str, source: Format | None, target: Format | None
) -> tuple[Format, Format]:
    """The input's format and the output's: given, or from the paths (the output's suffix,
    else the input's format)."""
    source = source or detect_format(input_path)
    if target is None:
        suffix = posixpath.basename(output_path.rstrip("/")).lower()
        target = "parquet" if suffix.endswith(PARQUET_SUFFIXES) else source
        if suffix.endswith(JSONL_SUFFIXES):
            target = "jsonl"
    return source, target


def _lines_to_lines(job: _Job) -> None:
    """JSONL to JSONL: each line is cleaned as JSONL mode does, fields never through Arrow."""
    lines = _split(ray.data.read_text(job.input_path), job.input_path, job.num_blocks)
    cleaned = lines.map_batches(
        _CleanLines(job.config, job.options),
        batch_format="pyarrow",
        zero_copy_batch=False,
        **job.resources,
    )
    cleaned.write_datasink(_JsonLinesDatasink(job.output_path))


def _columns(job: _Job, source: Format, target: Format) -> None:
    """Parquet in or out: the text column is cleaned, other columns keep their types."""
    path = job.input_path
    ds = ray.data.read_parquet(path) if source == "parquet" else ray.data.read_json(path)
    options = job.options
    cleaned = clean_dataset(
        _split(ds, path, job.num_blocks),
        config=job.config,
        text_field=options.text_field,
        id_field=options.id_field,
        report_field=options.report_field,
        **job.resources,
    )
    if target == "parquet":
        cleaned.write_datasink(_ParquetDatasink(job.output_path))
    else:
        cleaned.map_batches(
            _to_lines(options.report_field), batch_format="pyarrow", zero_copy_batch=False
        ).write_datasink(_JsonLinesDatasink(job.output_path))


@contextmanager
def joined(
    address: str | None, *, num_cpus: int | None = None, runtime_env: dict[str, Any] | None = None
) -> Iterator[None]:
    """Inside the block this process is on Ray: the instance it already joined, the cluster
    at ``address``, or a local instance of ``num_cpus`` CPUs (stopped at the end).

    Ray logs only errors on stderr, its workers' output stays in their log files, and the
    SIGTERM handler ``ray.init`` installs is put back as it was."""
    if ray.is_initialized():
        yield
        return
    sigterm = signal.getsignal(signal.SIGTERM)
    try:
        ray.init(
            address=address,
            num_cpus=num_cpus if address is None else None,
            runtime_env=runtime_env,
            include_dashboard=False if address is None else None,
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, sigterm)
    try:
        yield
    finally:
        ray.shutdown()


@contextmanager
def _quiet_data() -> Iterator[None]:
    """No Ray Data progress bars or execution logs on stderr for the block."""
    context = ray.data.DataContext.get_current()
    logger = logging.getLogger("ray.data")
    bars, level = context.enable_progress_bars, logger.level
    context.enable_progress_bars = False
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        context.enable_progress_bars = bars
        logger.setLevel(level)


@ray.remote
def _task(func: Callable[[Any], Any], item: Any, config: Config, settings: dict[str, Any]) -> Any:
    """One task of a :class:`RayPool`: ``func(item)`` in a worker set up as a batch worker."""
    global _prepared  # noqa: PLW0603 - a per-process cache is the point
    if _prepared != (config, settings):
        batch_pool.init_worker(config, settings, in_worker=False)
        _prepared = (config, settings)
    return func(item)


_prepared: tuple[Config, dict[str, Any]] | None = None


class RayPool:
    """The batch's worker pool on Ray (``--engine ray``): the same tasks as
    :class:`~cleaner.batch.pool.WorkerPool`, run as Ray tasks on a local instance of ``jobs``
    CPUs or the cluster at ``address``. Reading, writing and error files stay with the
    caller, so a run's output, errors and exit code are those of the local engine.

    At most four tasks per CPU of the cluster are in flight; results come in input order.
    """

    def __init__(
        self, jobs: int, config: Config, settings: dict[str, Any], *, address: str | None = None
    ) -> None:
        self._ray = joined(address, num_cpus=max(1, jobs))
        try:
            with critical():  # a stop signal waits until Ray can be shut down
                self._ray.__enter__()
        except Stop:
            self._ray.__exit__(None, None, None)
            raise
        cpus = int(ray.cluster_resources().get("CPU", 1))  # type: ignore[no-untyped-call,unused-ignore]
        self.window = 4 * max(1, cpus)
        self._args = (ray.put(config), ray.put(settings))

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``func`` to each item on Ray; yield results in input order."""
        pending: deque[Any] = deque()
        for item in items:
            pending.append(_task.remote(func, item, *self._args))
            if len(pending) >= self.window:
                yield self._get(pending.popleft())
        while pending:
            yield self._get(pending.popleft())

    @staticmethod
    def _get(ref: Any) -> Any:
        try:
            return ray.get(ref)
        except ray.exceptions.RayError as exc:
            reason = type(exc).__name__
            raise WorkerDiedError(f"a Ray task failed ({reason})") from None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._ray.__exit__(None, None, None)
