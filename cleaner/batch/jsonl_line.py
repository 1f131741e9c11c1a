"""One JSONL record taken apart and put back: the text and the report are replaced, every
other member is copied byte for byte (big integers, ``1.50``, ``\\u00e9`` escapes and all).

Re-encoding a parsed record would turn ``18446744073709551616`` into a float and ``NaN``
into ``null``; splicing the new values into the line's own bytes changes nothing else.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from cleaner.batch.records import RecordOptions, clean_record
from cleaner.pipeline import Cleaner

_SPACE = " \t\n\r"
scanstring = json.decoder.scanstring  # type: ignore[attr-defined]  # the C string scanner


class LineError(ValueError):
    """A line that is not one JSON object of standard JSON (the message says why)."""


def _constant(name: str) -> Any:
    raise LineError(f"non-standard number {name} (not JSON)")


_DECODER = json.JSONDecoder(parse_constant=_constant)

#: key -> (the key as written, the value as written, the value)
Members = dict[str, tuple[str, str, Any]]


def _skip(s: str, i: int) -> int:
    while i < len(s) and s[i] in _SPACE:
        i += 1
    return i


def _expect(s: str, i: int, chars: str) -> int:
    """Index of the next non-space character, which must be one of ``chars``."""
    i = _skip(s, i)
    if i >= len(s) or s[i] not in chars:
        found = repr(s[i]) if i < len(s) else "the end of the line"
        raise LineError(f"bad JSON: expected {' or '.join(map(repr, chars))} at char {i}, {found}")
    return i


def parse(line: bytes) -> Members:
    """The members of a JSON object on one line, each with its text as written."""
    try:
        s = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LineError(f"bad JSON: not UTF-8: {exc}") from None
    members: Members = {}
    if s[_skip(s, 0) : _skip(s, 0) + 1] != "{":
        _DECODER.decode(s)  # raises for bad JSON
        raise LineError("not a JSON object")
    i = _skip(s, 0) + 1
    if s[_skip(s, i) : _skip(s, i) + 1] == "}":
        i = _skip(s, i) + 1
    else:
        while True:
            start = _expect(s, i, '"')
            key, end = scanstring(s, start + 1)
            i = _expect(s, end, ":") + 1
            vstart = _skip(s, i)
            try:
                value, i = _DECODER.raw_decode(s, vstart)
            except RecursionError:
                raise LineError("bad JSON: nested too deeply") from None
            raw = members.get(key, (s[start:end], "", None))[0]  # a repeated key: last wins
            members[key] = (raw, s[vstart:i], value)
            i = _expect(s, i, ",}")
            if s[i] == "}":
                i += 1
                break
            i += 1
    if _skip(s, i) != len(s):
        raise LineError(f"bad JSON: extra data at char {_skip(s, i)}")
    return members


def clean_line(
    line: bytes, cleaner: Cleaner, options: RecordOptions
) -> tuple[bytes, dict[str, Any], dict[str, Any]]:
    """(output line without newline, record in, record out) for one JSONL line.

    Raises :class:`LineError` for a line that is not a JSON object and
    :class:`cleaner.batch.records.RecordError` for a record without a string text field.
    """
    try:
        members = parse(line)
    except RecursionError:
        raise LineError("bad JSON: nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise LineError(f"bad JSON: {exc}") from None
    record = {key: value for key, (_, _, value) in members.items()}
    cleaned = clean_record(record, cleaner, options)
    new = {options.text_field} | ({options.report_field} if options.report_field else set())
    parts = []
    try:
        for key, (raw_key, raw_value, _) in members.items():
            value = orjson.dumps(cleaned[key]) if key in new else raw_value.encode()
            parts.append(raw_key.encode() + b":" + value)
        if options.report_field and options.report_field not in members:
            report = orjson.dumps(cleaned[options.report_field])
            parts.append(orjson.dumps(options.report_field) + b":" + report)
    except orjson.JSONEncodeError as exc:
        raise LineError(f"cannot write the cleaned record: {exc}") from None
    return b"{" + b",".join(parts) + b"}", record, cleaned
