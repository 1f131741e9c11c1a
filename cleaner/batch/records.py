"""Clean one dataset record (a dict with a text field): shared by JSONL batch and Ray."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cleaner.pipeline import Cleaner
from cleaner.profile import site_of


class RecordError(ValueError):
    """A record that cannot be cleaned (missing or non-string text field)."""


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """Where a record keeps its text and where the report goes (``None``: dropped)."""

    text_field: str = "text"
    id_field: str | None = None
    report_field: str | None = "clean_article"


def clean_record(
    record: dict[str, Any], cleaner: Cleaner, options: RecordOptions
) -> dict[str, Any]:
    """Return a copy of ``record`` with its text cleaned and, if asked, its report added.

    The record's site (its ``domain``, else the host of its ``url``) chooses the lines of a
    learned profile that apply. Every other field passes through untouched. Raises
    :class:`RecordError` when the text field is missing or not a string.
    """
    if options.text_field not in record:
        raise RecordError(f"missing text field {options.text_field!r}")
    text = record[options.text_field]
    if not isinstance(text, str):
        raise RecordError(
            f"text field {options.text_field!r} is {type(text).__name__}, not a string"
        )
    result = cleaner.clean(text, site=site_of(record))
    out = dict(record)
    out[options.text_field] = result.text
    if options.report_field:
        out[options.report_field] = result.report.to_dict()
    return out
