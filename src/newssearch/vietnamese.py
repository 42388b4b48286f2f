"""Vietnamese text for retrieval: tone-mark placement, folding, syllables, bigrams.

* :func:`normalize_tones` puts every syllable's tone mark where the traditional
  ("old style") rule puts it, so "hoà"/"hòa", "uỷ"/"ủy", "thuỵ"/"thụy",
  "hoá"/"hóa" become one form. The rule is general (onset, nucleus, coda), not a
  word list: the tone goes on the vowel carrying a modifier (â ă ê ô ơ ư; the
  second of "ươ"/"iê"/"uô"), else on the last vowel when a final consonant
  follows, else on the first of two vowels ("hòa", "thủy", "mùa") or the middle
  of three ("khoái", "khuỷu"). "qu" and "gi" (before another vowel) are onsets.
* :func:`fold` strips every diacritic and maps đ/Đ to d/D ("Đường" → "Duong").
* :func:`tokenize` gives lowercase, tone-normalized syllables (one-letter
  tokens kept, no stopwords: "ở", "đi", "a" are words here), and
  :func:`with_bigrams` adds adjacent-syllable bigrams ("hộ_nghèo").
* :func:`is_diacritic_free` says whether a query was typed without diacritics.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

#: Combining tone marks: grave, acute, hook above, tilde, dot below.
TONES = frozenset("\u0300\u0301\u0309\u0303\u0323")
#: Combining vowel modifiers: circumflex (â ê ô), breve (ă), horn (ơ ư).
MODIFIERS = frozenset("\u0302\u0306\u031b")
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"\w+")
#: Separator of the two syllables of a bigram token.
BIGRAM_SEP = "_"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _tone_target(bases: Sequence[str], mods: Sequence[bool]) -> int | None:
    """Index (into ``bases``) of the letter that carries the tone, or None if unsure."""
    low = [b.lower() for b in bases]
    n = len(low)
    start = 0
    while start < n and low[start] not in _VOWELS:
        start += 1
    if start == n:
        return None
    # "qu" and "gi" + vowel: the u / i belong to the onset.
    glide = start + 1 < n and low[start + 1] in _VOWELS
    if glide and ((start > 0 and low[start - 1] == "q" and low[start] == "u")
                  or (start == 1 and low[0] == "g" and low[start] == "i")):
        start += 1
    end = start
    while end < n and low[end] in _VOWELS:
        end += 1
    if any(ch in _VOWELS for ch in low[end:]):  # vowels split by consonants: not one syllable
        return None
    nucleus = list(range(start, end))
    if len(nucleus) > 3:
        return None
    marked = [i for i in nucleus if mods[i]]
    if marked:
        return marked[-1]
    if len(nucleus) == 1:
        return nucleus[0]
    if end < n:  # a final consonant follows: "hoàng", "toán", "khuyết"
        return nucleus[-1]
    return nucleus[0] if len(nucleus) == 2 else nucleus[1]


@lru_cache(maxsize=200_000)
def _normalize_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONES]
    if len(tones) != 1:
        return word
    bases: list[str] = []
    marks: list[list[str]] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            if not bases:
                return word
            if ch not in TONES:
                marks[-1].append(ch)
        else:
            bases.append(ch)
            marks.append([])
    # đ is its own letter (not d + mark); everything else must be plain Latin.
    if not all(("a" <= b.lower() <= "z") or b in "đĐ" for b in bases):
        return word
    target = _tone_target(bases, [any(m in MODIFIERS for m in ms) for ms in marks])
    if target is None:
        return word
    marks[target].append(tones[0])
    return nfc("".join(b + "".join(ms) for b, ms in zip(bases, marks, strict=True)))


def normalize_tones(text: str) -> str:
    """NFC, with every syllable's tone mark in its one canonical position."""
    return _WORD.sub(lambda m: _normalize_word(m.group()), nfc(text))


def fold(text: str) -> str:
    """Without diacritics: "Đường hỗ trợ" → "Duong ho tro"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return nfc("".join(c for c in decomposed if not unicodedata.combining(c)))


def tokenize(text: str) -> list[str]:
    """Lowercase, tone-normalized syllables (every ``\\w+`` run, one letter included)."""
    return [_normalize_word(w) for w in _WORD.findall(nfc(text).lower())]


_fold_word = lru_cache(maxsize=200_000)(fold)


def fold_tokens(tokens: Iterable[str]) -> list[str]:
    return [_fold_word(t) for t in tokens]


def bigrams(tokens: Sequence[str]) -> list[str]:
    return [f"{a}{BIGRAM_SEP}{b}" for a, b in itertools.pairwise(tokens)]


def with_bigrams(tokens: Sequence[str]) -> list[str]:
    """Syllables followed by their adjacent bigrams (the lexical index's terms)."""
    return [*tokens, *bigrams(tokens)]


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def is_diacritic_free(text: str) -> bool:
    """True when the text has Latin letters and none carries a diacritic (nor is đ).

    "ho tro ho ngheo" → True; "hỗ trợ" → False; "COVID-19" → True (restoration
    then leaves words it does not know alone); "123", "🙂", "北京" → False.
    """
    latin = False
    for ch in text:
        if not ch.isalpha():
            continue
        if "a" <= ch.lower() <= "z":
            latin = True
        elif fold(ch) != ch or ch in "đĐ":
            return False
    return latin


def highlight_spans(text: str, terms: Collection[str], folded_terms: Collection[str] = ()
                    ) -> list[tuple[int, int]]:
    """Code-point spans of ``text`` whose syllables match the query.

    A word matches when its lowercase, tone-normalized form is in ``terms`` or its
    diacritic-free form is in ``folded_terms`` (pass the folded query words when the
    query was typed without diacritics). Adjacent matches separated only by spaces
    merge into one span ("hỗ trợ hộ nghèo" is one span, not four).
    """
    if not terms and not folded_terms:
        return []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        word = _normalize_word(m.group().lower())
        if word in terms or (folded_terms and _fold_word(word) in folded_terms):
            if spans and text[spans[-1][1]:m.start()].isspace():
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((m.start(), m.end()))
    return spans
