"""Vietnamese administrative document numbers: "Kế hoạch số 71-KH/TU", "1234/QĐ-UBND".

A reference is a number (optionally with a year: "79/2014") followed by ``-`` or
``/`` and one to five upper-case codes joined by ``-`` or ``/`` ("KH/TU", "QĐ-UBND",
"UBND-VX", "NĐ-CP"). The normalized form drops spaces and upper-cases the codes
(đ → Đ): "114 / kl - ubnd" and "114/KL-UBND" are the same document. Dates
("21/12/2022"), scores ("2-1") and plates ("43B-002.21") are not references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Number, separator, then codes: each code starts with an upper-case letter (in the
# text) and may hold letters, digits and "&"; case is checked by the regex on the
# original text so "2-nd" or "19/5" never match.
_CODE = r"[A-ZĐ][A-ZĐa-zđ0-9&]*"
_REF = re.compile(
    rf"(?<![\w/.-])(\d{{1,6}}(?:\s*/\s*\d{{4}})?)\s*[-/]\s*({_CODE}(?:\s*[-/]\s*{_CODE}){{0,4}})"
    r"(?![\w/-])")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class DocRef:
    number: str  # normalized, e.g. "71-KH/TU"
    start: int
    end: int


def normalize_number(text: str) -> str | None:
    """The normalized reference if ``text`` is one ("71 - kh/tu" → "71-KH/TU"), else None."""
    text = _SPACES.sub(" ", text.strip())
    # Accept lower-case input (users type "1234/qđ-ubnd"): upper-case the codes first.
    refs = find_references(text.upper())
    if len(refs) != 1 or refs[0].start != 0 or refs[0].end != len(text):
        return None
    return refs[0].number


def find_references(text: str) -> list[DocRef]:
    """Document references in ``text`` with their code-point spans."""
    out: list[DocRef] = []
    for m in _REF.finditer(text):
        number, codes = m.group(1), m.group(2)
        parts = re.split(r"\s*([-/])\s*", codes)
        # At least one code of two or more letters ("KH", "QĐ", "UBND"): "5-A" is not one.
        if not any(len(p) >= 2 and p[:2].isalpha() for p in parts[::2]):
            continue
        sep = text[m.start(1) + len(number):m.start(2)].strip()
        norm = (_SPACES.sub("", number) + sep + "".join(parts)).upper()
        out.append(DocRef(norm, m.start(), m.end()))
    return out
