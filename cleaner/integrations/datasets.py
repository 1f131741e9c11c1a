"""Hugging Face ``datasets``: ``pip install 'clean-article[datasets]'``.

::

    from datasets import load_dataset
    from cleaner import Config
    from cleaner.integrations.datasets import map_options

    ds = load_dataset("json", data_files="articles.jsonl", split="train")
    ds = ds.map(**map_options(ds, Config(ignore=("R002",))), batch_size=64)

``datasets`` caches a map under a hash of the function and its arguments. :func:`clean_batch`
is hashed by its name, and its keyword arguments hold the config and its
:attr:`~cleaner.config.Config.fingerprint`, which stay the same between runs (whatever
``PYTHONHASHSEED``): a second run loads the cached result instead of cleaning again, while a
new version of the rules or phrases changes the fingerprint and the map runs again.

The text column is cleaned and the report goes into ``report_field`` in its fixed Arrow form
(:meth:`~cleaner.model.Report.to_arrow_dict`; ``Report.from_dict`` reads it back). A row whose
text is not a string (``None``) keeps it, gets a null report, and is logged as a warning on
the ``cleaner`` logger: a typed column cannot hold the ``{"error": ...}`` of the JSONL engine.
"""

from __future__ import annotations

import logging
from typing import Any

from cleaner.config import Config
from cleaner.pipeline import cleaner_for

logger = logging.getLogger("cleaner")


def map_options(
    ds: Any,
    config: Config | None = None,
    *,
    text_field: str = "text",
    report_field: str | None = "clean_article",
) -> dict[str, Any]:
    """Arguments for ``ds.map(**map_options(ds, config))``: :func:`clean_batch`, batched,
    its keyword arguments, and the features of ``ds`` with the report's fixed type."""
    from datasets import Features
    from datasets.features.features import generate_from_arrow_type
    from pyarrow import struct

    from cleaner.report.schema import arrow_schema

    config = config or Config()
    features = dict(ds.features)
    if report_field:
        features[report_field] = generate_from_arrow_type(struct(list(arrow_schema())))
    return {
        "function": clean_batch,
        "batched": True,
        "features": Features(features),
        "fn_kwargs": {
            "config": config,
            "fingerprint": config.fingerprint,
            "text_field": text_field,
            "report_field": report_field,
        },
    }


def clean_batch(
    batch: dict[str, list[Any]],
    *,
    config: Config | None = None,
    fingerprint: str | None = None,
    text_field: str = "text",
    report_field: str | None = "clean_article",
) -> dict[str, list[Any]]:
    """Clean a batch of rows (``datasets``' column form). ``fingerprint`` is not used: it is
    there so that ``datasets``' cache key changes when the cleaner's code or data does."""
    del fingerprint
    cleaner = cleaner_for(config or Config())
    texts: list[Any] = []
    reports: list[dict[str, Any] | None] = []
    for n, text in enumerate(batch[text_field]):
        if not isinstance(text, str):
            logger.warning("row %d of a batch: text is %s, not a string", n, type(text).__name__)
            texts.append(text)
            reports.append(None)
            continue
        result = cleaner.clean(text)
        texts.append(result.text)
        reports.append(result.report.to_arrow_dict())
    out = {**batch, text_field: texts}
    if report_field:
        out[report_field] = reports
    return out
