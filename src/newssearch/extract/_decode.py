"""Page bytes to NFC text: BOM, declared charset, UTF-8, windows-1258 (:func:`decode_html`).

windows-1258 spells Vietnamese tones as combining marks; the final NFC recomposes them.
"""

from __future__ import annotations

import codecs
import re

from newssearch.textnorm import nfc

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="...; charset=x">.
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SNIFF_BYTES = 16_384
_MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "shift", "euc", "iso2022", "cp93", "cp949", "cp950")
_MAX_BAD_UTF8_SHARE = 0.05


def _codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, following WHATWG where it differs."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read latin-1 and ascii labels as windows-1252 (a superset).
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _is_single_byte(codec: str) -> bool:
    return not codec.startswith(_MULTIBYTE_PREFIXES)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with replacement characters, if only a few bytes are invalid.

    Real UTF-8 pages often carry a stray broken byte or two; reading the whole
    page as windows-1258 because of them would garble every accented letter.
    Legacy-encoded Vietnamese, by contrast, fails on nearly every non-ASCII byte.
    """
    text = data.decode("utf-8", errors="replace")
    non_ascii = sum(b >= 0x80 for b in data)
    return text if text.count("\ufffd") <= _MAX_BAD_UTF8_SHARE * non_ascii else None


def decode_html(data: bytes, declared_charset: str | None = None) -> str:
    """Decode page bytes to NFC text.

    Order: byte-order mark, ``declared_charset`` (e.g. from the HTTP header),
    ``<meta charset>``/``http-equiv``, UTF-8 (tolerating a few broken bytes),
    windows-1258, and finally windows-1252 with replacement characters, so it
    always returns. windows-1258 spells tones as combining marks; the final NFC
    recomposes them.
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return nfc(data[len(bom) :].decode(bom_codec, errors="replace"))

    head = data[:_SNIFF_BYTES]
    meta = _META_CHARSET.search(head)
    candidates: list[str] = []
    declared_name = _codec_name(declared_charset)
    if declared_name is not None:
        candidates.append(declared_name)
    meta_name = _codec_name(meta.group(1).decode("ascii")) if meta else None
    if meta_name is not None:
        # A meta tag readable as ASCII cannot really be UTF-16/32 (WHATWG says utf-8).
        candidates.append("utf-8" if meta_name.startswith(("utf-16", "utf-32")) else meta_name)

    utf8 = _try_decode(data, "utf-8")
    for codec in candidates:
        if utf8 is not None and not data.isascii() and _is_single_byte(codec):
            # Pages that declare a legacy charset but are valid UTF-8 with non-ASCII
            # bytes are mislabelled: real windows-125x text is almost never valid UTF-8.
            return nfc(utf8)
        declared = _try_decode(data, codec)
        if declared is not None:
            return nfc(declared)
    if utf8 is not None:
        return nfc(utf8)
    lossy = _mostly_utf8(data)
    if lossy is not None:
        return nfc(lossy)
    legacy = _try_decode(data, "cp1258")
    if legacy is not None:
        return nfc(legacy)
    # Last resort, lossy: a declared legacy charset if any, else windows-1252.
    fallback = next((c for c in candidates if c != "utf-8" and _is_single_byte(c)), "cp1252")
    return nfc(data.decode(fallback, errors="replace"))
