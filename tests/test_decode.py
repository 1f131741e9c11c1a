"""Bytes to text: BOMs, UTF-8, UTF-16 without a BOM, detected code pages, binary refused."""

from __future__ import annotations

import codecs

import pytest

from cleaner.text.decode import InputError, decode, decode_text, looks_binary

TEXT = "Café “déjà vu” – naïve façade, 50 € and a few more words to read."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode(), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes(data: bytes, encoding: str) -> None:
    assert decode(data) == (TEXT, encoding)


def test_latin1_reads_as_cp1252() -> None:
    text = "Déjà vu in the Café Noël: Straße, Ångström, naïve façade, 30 °C."
    assert decode(text.encode("latin-1")) == (text, "cp1252")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Привет, как дела? Это текст на русском языке.", "cp1251"),
        ("Zażółć gęślą jaźń, to jest polski tekst do testu.", "cp1250"),
    ],
)
def test_other_code_pages_are_not_forced_to_cp1252(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"\x00" * 100,
        bytes([1, 2, 3, 4, 5]) * 50,
        b"PK\x03\x04" + bytes(range(256)) * 4,
    ],
)
def test_binary_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data") as info:
        decode(data)
    assert "\n" not in str(info.value)


def test_stray_nul_in_utf8_is_text() -> None:
    text, used = decode(b"a few words\x00 of text " * 5)
    assert used == "utf-8"
    assert "\x00" in text  # removed later by normalization (N002)
    assert not looks_binary(b"plain text\n")


def test_forced_encoding_and_its_errors() -> None:
    assert decode(TEXT.encode("cp1252"), "latin-1")[1] == "latin-1"
    # A forced encoding replaces the bytes it cannot decode, and counts them (issue 17).
    assert decode_text(b"ok \xff\xfe", "utf-8") == ("ok \ufffd\ufffd", "utf-8", 2)
    with pytest.raises(InputError, match="no-such-codec"):
        decode(b"abc", "no-such-codec")


def test_empty_and_broken_bom() -> None:
    assert decode(b"") == ("", "utf-8")
    with pytest.raises(InputError, match="invalid utf-8-sig"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfa")
