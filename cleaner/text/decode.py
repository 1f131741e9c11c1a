"""Bytes to text: BOMs, UTF-8, UTF-16 without a BOM, then charset detection; binary input
is refused.

Order matters: a BOM is certain, valid UTF-8 is almost certain (other encodings rarely
decode as UTF-8 by chance), UTF-16 shows as NUL bytes in every other position, and only
then is charset-normalizer asked (Latin-1, Windows-1252 and the like); it is loaded then,
so that UTF-8 input never pays for its import.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple


class InputError(Exception):
    """An input that cannot be read as text; the message says why, in one line."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: C0 controls other than tab, line feed, vertical tab, form feed, carriage return, escape.
_CONTROL_BYTES = frozenset(range(9)) | (frozenset(range(14, 32)) - {27})
_HEAD = 8192
#: Share of control bytes above which data is not text: valid UTF-8 may carry a few stray
#: NULs (they are removed later); other data may carry almost none.
_UTF8_CONTROL_SHARE = 0.1
_OTHER_CONTROL_SHARE = 0.01
#: How much more "chaos" (charset-normalizer's mess score) Windows-1252 may show and still win.
_NEAR_TIE = 0.15


def _control_share(head: bytes) -> float:
    return sum(b in _CONTROL_BYTES for b in head) / len(head) if head else 0.0


def looks_binary(data: bytes) -> bool:
    """Many control bytes in the first 8 KiB: not a text file."""
    return _control_share(data[:_HEAD]) > _UTF8_CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill one byte position of each pair and not the other
    (text in Latin, Greek or Cyrillic script written as UTF-16 without a BOM)."""
    head = data[: _HEAD - _HEAD % 2]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.02:
        return "utf-16-be"
    return None


class Decoded(NamedTuple):
    """Text, the encoding it was decoded with, and how many invalid bytes were replaced."""

    text: str
    encoding: str
    replaced: int = 0

    @property
    def warning(self) -> str | None:
        """The warning a lossy decoding earns (None when nothing was replaced)."""
        if not self.replaced:
            return None
        s = "" if self.replaced == 1 else "s"
        return f"{self.replaced} invalid {self.encoding} byte{s} replaced by U+FFFD"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return (text, encoding used). Raises :class:`InputError`."""
    return decode_text(data, encoding)[:2]


def decode_text(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``, replacing a few invalid bytes of mostly valid UTF-8 (or of text in
    a forced ``encoding``) and counting them. Raises :class:`InputError`."""
    if encoding:
        try:
            return _replacing(data, encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} text: {exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if looks_binary(data):
            raise InputError("binary data, not text (use --encoding to force a decoding)")
        return Decoded(text, "utf-8")
    lossy = _replacing(data, "utf-8")
    if _mostly_utf8(data, lossy) and not looks_binary(data):
        return lossy
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:_HEAD] or _control_share(data[:_HEAD]) > _OTHER_CONTROL_SHARE:
        raise InputError("binary data, not text (use --encoding to force a decoding)")
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError("cannot detect the text encoding (try --encoding)")
    for match in matches:
        # Short Western text fits several single-byte code pages equally; Windows-1252 (what
        # browsers read "Latin-1" as) is by far the likeliest, so it wins a near tie.
        if (
            "cp1252" in (match.could_be_from_charset or [match.encoding])
            and match.chaos <= best.chaos + _NEAR_TIE
            and match.coherence >= best.coherence
        ):
            return Decoded(str(match), "cp1252")
    return Decoded(str(best), best.encoding)


def _replacing(data: bytes, encoding: str) -> Decoded:
    """``data`` decoded with invalid bytes replaced, and how many there were."""
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd")
    if replaced:  # replacement characters the input held already are not ours
        replaced -= data.decode(encoding, errors="ignore").count("\ufffd")
    return Decoded(text, encoding, replaced)


def _mostly_utf8(data: bytes, lossy: Decoded) -> bool:
    """Valid UTF-8 with a few stray bytes: more valid multi-byte characters than invalid
    bytes. (Latin-1 or Windows-1252 text holds no valid multi-byte sequence by chance, so
    its accented letters still go to charset detection.)"""
    multibyte = sum(1 for c in lossy.text if c > "\x7f" and c != "\ufffd")
    return 0 < lossy.replaced <= multibyte
