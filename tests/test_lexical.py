"""Lexical index (BM25 over syllables + bigrams), accent restoration, fusion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newssearch.errors import IndexCorruptError
from newssearch.fusion import NoReranker, fuse, rrf, weighted
from newssearch.lexical import build_lexical, load_lexical

DOCS = {
    11: "Chương trình hỗ trợ hộ nghèo đón Tết được tổ chức hằng năm. Mỗi hộ nghèo nhận quà.",
    12: "Hồ nước trong công viên bị ô nhiễm, người dân ven hồ lo lắng.",
    13: "Họ nói rằng họ sẽ hỗ trợ nông dân trồng lúa. Hỗ trợ kỹ thuật cho nông dân.",
    14: "UBND tỉnh Hoà Bình họp bàn kế hoạch phòng chống thiên tai năm 2023.",
    15: "Đường giao thông nông thôn được mở rộng; dương liễu trồng ven đường.",
    16: "Giá lúa giảm mạnh, thương lái ép giá nông dân. Giá lúa thấp kỷ lục.",
    17: "Ở xã A có 5 hộ được cấp ô tô cứu thương.",
}


@pytest.fixture(scope="module")
def lexical(tmp_path_factory: pytest.TempPathFactory) -> object:
    folder = tmp_path_factory.mktemp("lex") / "lexical"
    meta = build_lexical(DOCS.items(), folder)
    assert meta["passages"] == len(DOCS) and meta["files"]
    return load_lexical(folder)


def test_bm25_finds_syllables_and_bigrams_and_tone_variants(lexical: object) -> None:
    lx = lexical  # type: ignore[assignment]
    hits = lx.search(["hộ", "nghèo"], 10).pairs()  # type: ignore[attr-defined]
    assert hits[0][0] == 11 and all(score > 0 for _, score in hits)
    assert {pid for pid, _ in hits} == {11, 17}  # "hộ" alone also occurs in 17
    # "Hoà" in the text, "hòa" in the query (and the other way round): same word.
    assert lx.search(["hòa", "bình"], 5).pairs()[0][0] == 14  # type: ignore[attr-defined]
    # One-letter words are indexed.
    assert lx.search(["a"], 5).pairs()[0][0] == 17  # type: ignore[attr-defined]
    assert lx.search([], 5).pairs() == []  # type: ignore[attr-defined]
    assert lx.search(["máy", "bay"], 5).pairs() == []  # type: ignore[attr-defined]


def test_folded_field_serves_diacritic_free_terms(lexical: object) -> None:
    lx = lexical  # type: ignore[assignment]
    hits = lx.search(["duong", "giao", "thong"], 5, folded=True)  # type: ignore[attr-defined]
    assert hits.pairs()[0][0] == 15


@pytest.mark.parametrize(("typed", "restored"), [
    ("ho tro ho ngheo", "hỗ trợ hộ nghèo"),
    ("Ho tro nong dan", "Hỗ trợ nông dân"),
    ("gia lua giam", "giá lúa giảm"),
    ("UBND tinh Hoa Binh", "UBND tỉnh Hòa Bình"),
    ("covid o xa A", "covid ở xã A"),  # unknown words stay as typed
])
def test_accent_restoration_uses_corpus_context(lexical: object, typed: str,
                                                restored: str) -> None:
    analysis = lexical.analyze(typed)  # type: ignore[attr-defined]
    assert analysis.diacritic_free
    assert analysis.interpreted == restored


def test_accented_queries_are_not_rewritten(lexical: object) -> None:
    analysis = lexical.analyze("hồ nước ô nhiễm")  # type: ignore[attr-defined]
    assert not analysis.diacritic_free and analysis.interpreted == "hồ nước ô nhiễm"
    assert analysis.tokens == ("hồ", "nước", "ô", "nhiễm")
    assert analysis.folded == ("ho", "nuoc", "o", "nhiem")


@pytest.mark.parametrize("query", [
    "!!!", "🙂🙂🙂", '"hộ nghèo"', "hộ* OR nghèo", "NEAR(hộ nghèo)", "'; DROP TABLE x; --",
    "hộ nghèo 北京 Москва", "ho" * 500, "a " * 500, "\u0301\u0300", "_", "- -",
])
def test_any_text_is_searched_as_text(lexical: object, query: str) -> None:
    analysis = lexical.analyze(query)  # type: ignore[attr-defined]
    lexical.search(analysis.tokens, 10)  # type: ignore[attr-defined]
    lexical.search(analysis.folded, 10, folded=True)  # type: ignore[attr-defined]


def test_damaged_files_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "lexical"
    build_lexical(DOCS.items(), folder)
    (folder / "lm_vocab.json").write_text("[]", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="checksum"):
        load_lexical(folder)
    meta = json.loads((folder / "lexical.json").read_text(encoding="utf-8"))
    meta["format_version"] = 99
    (folder / "lexical.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="rebuild"):
        load_lexical(folder)


def test_empty_corpus_builds_and_searches(tmp_path: Path) -> None:
    build_lexical([], tmp_path / "lexical")
    lx = load_lexical(tmp_path / "lexical")
    assert lx.size == 0 and lx.search(["hộ"], 5).pairs() == []
    assert lx.analyze("ho ngheo").interpreted == "ho ngheo"


def test_rrf_and_weighted_fusion() -> None:
    dense = [(1, 0.9), (2, 0.8), (3, 0.1)]
    lexical = [(3, 12.0), (1, 6.0)]
    fused = rrf([dense, lexical], [1.0, 1.0], k=60)
    assert [pid for pid, _ in fused] == [1, 3, 2]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    # A zero weight removes a list; ties break by id (stable pages).
    assert [pid for pid, _ in rrf([dense, lexical], [0.0, 1.0])] == [3, 1]
    w = weighted([dense, lexical], [1.0, 1.0])
    assert w[0] == (3, pytest.approx(0.0 + 1.0)) or w[0][0] == 1
    scores = dict(w)
    assert scores[1] == pytest.approx(1.0 + 0.0)
    assert scores[2] == pytest.approx((0.8 - 0.1) / 0.8)
    assert fuse("weighted", [dense], [1.0], 60) == weighted([dense], [1.0])
    assert fuse("rrf", [[], []], [1.0, 1.0], 60) == []
    assert NoReranker().rerank("q", []) == []
