"""Bytes to text: BOMs, UTF-8, then charset detection; binary input is refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class InputError(Exception):
    """An input that cannot be read as text; the message says why, in one line."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return bool(head) and sum(b in _CONTROL_BYTES for b in head) / len(head) > 0.1


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return (text, encoding used). Raises :class:`InputError`."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot decode as {encoding}: {exc}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} text: {exc}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise InputError("binary data, not text")
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("cannot detect the text encoding (try --encoding)")
    return str(best), best.encoding
