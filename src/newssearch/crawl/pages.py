"""Fetched HTML → article draft: decoding, extraction hints, the mojibake guard.

Decoding is done here, not left to the extractor, because only the crawler
knows the HTTP ``charset``. Order: BOM; UTF-8 when the bytes are valid UTF-8
with non-ASCII (a header or ``<meta>`` naming a legacy charset is then wrong —
windows-125x Vietnamese text is practically never valid UTF-8); the HTTP
charset; the ``<meta>`` charset; windows-1258. windows-1258 spells tones with
combining marks; NFC composes them. Whatever the route, text that still looks
like mojibake (UTF-8 read as windows-125x: "Thá»§", "Ä‘") is refused rather
than stored.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

from bs4 import BeautifulSoup

from ..extract import extract_draft
from ..records import ArticleDraft
from ..textnorm import clean_field, nfc
from .sources import ExtractionHints

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# UTF-8 multi-byte sequences of Vietnamese letters decoded as windows-1252/1258:
# 'Ã' or 'Ä'/'Æ'/'á»'/'áº' followed by the continuation-byte characters.
_MOJIBAKE = re.compile(
    r"(?:Ã[\u0080-\u00bf]|Ä[\u0080-\u00bf‘’]|Æ[°¡]|á[º»][\u0080-\u00ff‘’“”•–—˜™š›œžŸ])")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def decode_page(data: bytes, http_charset: str | None = None) -> str:
    """Page bytes → NFC text (never raises)."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return nfc(data[len(bom):].decode(bom_codec, errors="replace"))
    if not data.isascii():
        try:
            return nfc(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    meta = _META_CHARSET.search(data[:16_384])
    meta_codec = _codec(meta.group(1).decode("ascii")) if meta else None
    candidates = [_codec(http_charset), meta_codec, "utf-8", "cp1258"]
    for name in candidates:
        if name is None or name.startswith(("utf-16", "utf-32")):
            continue
        try:
            return nfc(data.decode(name))
        except UnicodeDecodeError:
            continue
    return nfc(data.decode("cp1258", errors="replace"))


def looks_mojibake(text: str) -> bool:
    """More than a trace of UTF-8-read-as-legacy sequences."""
    hits = len(_MOJIBAKE.findall(text))
    return hits >= 3 and hits * 200 > len(text) / 10


def apply_hints(html: str, hints: ExtractionHints) -> tuple[str, str | None]:
    """Narrow the page to the hinted container; also return the hinted title."""
    if not (hints.content or hints.title or hints.remove):
        return html, None
    soup = BeautifulSoup(html, "lxml")
    title = None
    if hints.title and (node := soup.select_one(hints.title)) is not None:
        title = clean_field(node.get_text(" "))
    for selector in hints.remove:
        for node in soup.select(selector):
            node.decompose()
    if hints.content and (node := soup.select_one(hints.content)) is not None:
        head = soup.head
        return (f"<html>{head or ''}<body><article>{node}</article></body></html>", title)
    return str(soup), title


def build_draft(body: bytes, *, url: str, charset: str | None, source: str,
                hints: ExtractionHints) -> tuple[ArticleDraft, str]:
    """The draft of a fetched page and its decoded HTML."""
    html = decode_page(body, charset)
    narrowed, title = apply_hints(html, hints)
    draft = extract_draft(narrowed, url=url, source=source)
    if title:
        draft = replace(draft, title=title)
    return draft, html
