"""Text normalization shared by every stage that reads outside text."""

from __future__ import annotations

import re
import unicodedata

_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n{2,}")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """NFC, unify line ends, drop invisible characters, collapse runs of spaces.

    Paragraphs end up separated by a single ``\\n``; lines are stripped and
    empty lines dropped, so offsets computed on the result are stable.
    """
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    lines = (_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def clean_field(value: str | None) -> str | None:
    """Normalize a one-line metadata field; empty becomes ``None``."""
    if value is None:
        return None
    value = _SPACE_RUN.sub(" ", _INVISIBLE.sub("", nfc(str(value))).replace("\n", " ")).strip()
    return value or None
