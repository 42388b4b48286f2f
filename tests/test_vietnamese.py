"""Vietnamese text for retrieval: tone placement, folding, syllables, highlights."""

from __future__ import annotations

import unicodedata

import pytest

from newssearch.vietnamese import (
    bigrams,
    fold,
    highlight_spans,
    is_diacritic_free,
    normalize_tones,
    tokenize,
    with_bigrams,
)


@pytest.mark.parametrize(("new_style", "old_style"), [
    ("hoà", "hòa"), ("uỷ", "ủy"), ("thuỵ", "thụy"), ("hoá", "hóa"), ("khoẻ", "khỏe"),
    ("hoè", "hòe"), ("tuỳ", "tùy"), ("thuý", "thúy"), ("loà", "lòa"), ("xoã", "xõa"),
    ("Hoà Bình", "Hòa Bình"), ("Uỷ ban", "Ủy ban"), ("HOÀ", "HÒA"), ("Thuỷ", "Thủy"),
])
def test_both_tone_placements_become_one_form(new_style: str, old_style: str) -> None:
    assert normalize_tones(new_style) == normalize_tones(old_style) == old_style


@pytest.mark.parametrize("word", [
    # The rule (not a word list): marked vowel, final consonant, qu/gi onsets, triphthongs.
    "hoàng", "toán", "khuyến", "quý", "quả", "quỳnh", "giữa", "giường", "gì", "người",
    "mùa", "lúa", "khoái", "khuỷu", "xoáy", "tuyết", "thuở", "cứu", "Nguyễn", "đường",
])
def test_correct_words_are_left_as_they_are(word: str) -> None:
    assert normalize_tones(word) == word


def test_decomposed_input_is_composed_and_non_vietnamese_is_untouched() -> None:
    decomposed = unicodedata.normalize("NFD", "Hoà Bình")
    assert normalize_tones(decomposed) == "Hòa Bình"
    for text in ("COVID-19", "hello world", "naïve café", "北京", "🙂", "9.365"):
        assert normalize_tones(text) == unicodedata.normalize("NFC", text)


def test_fold_strips_every_mark_and_d_bar() -> None:
    assert fold("Đường hỗ trợ hộ nghèo") == "Duong ho tro ho ngheo"
    assert fold("đ Đ ươ ƯƠ") == "d D uo UO"
    assert fold("dương") == fold("đường") == "duong"  # why the accented index is kept


def test_tokenize_keeps_one_letter_words_and_has_no_stopwords() -> None:
    assert tokenize("Ở xã A, UBND hỗ trợ ô tô cho Hoà Bình!") == [
        "ở", "xã", "a", "ubnd", "hỗ", "trợ", "ô", "tô", "cho", "hòa", "bình"]
    assert tokenize("") == [] and tokenize("!!! ... 🙂") == []
    assert tokenize('"hộ nghèo" OR NEAR *') == ["hộ", "nghèo", "or", "near"]


def test_bigrams() -> None:
    assert bigrams(["hộ", "nghèo", "tết"]) == ["hộ_nghèo", "nghèo_tết"]
    assert with_bigrams(["a"]) == ["a"]
    assert with_bigrams([]) == []


@pytest.mark.parametrize(("text", "free"), [
    ("ho tro ho ngheo", True), ("Uy ban nhan dan", True), ("COVID-19", True),
    ("hỗ trợ", False), ("ho tro hộ", False), ("duong Đ", False), ("123 456", False),
    ("🙂🙂", False), ("北京", False), ("", False), ("!!!", False), ("hello 北京", True),
])
def test_diacritic_free_detection(text: str, free: bool) -> None:
    assert is_diacritic_free(text) is free


def test_highlights_are_exact_or_accent_insensitive_and_merge_adjacent_words() -> None:
    text = "Chương trình hỗ trợ hộ nghèo; hồ nước, hỗ trợ."
    exact = highlight_spans(text, {"hỗ", "trợ", "hộ", "nghèo"})
    assert [text[s:e] for s, e in exact] == ["hỗ trợ hộ nghèo", "hỗ trợ"]
    # Typed without diacritics: "ho" matches hỗ, hộ and hồ.
    loose = highlight_spans(text, set(), {"ho", "tro"})
    assert [text[s:e] for s, e in loose] == ["hỗ trợ hộ", "hồ", "hỗ trợ"]
    # Tone placement variants match; offsets are code points within the text.
    text2 = "🙂 Uỷ ban xã Hoà Bình"
    spans = highlight_spans(text2, {"ủy", "ban", "hòa"})
    assert [text2[s:e] for s, e in spans] == ["Uỷ ban", "Hoà"]
    assert highlight_spans(text2, set()) == []
