"""Hybrid search: modes, diacritic-free queries, filters, pagination, highlights, bad input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from newssearch.api import create_app
from newssearch.config import Config
from newssearch.errors import IndexMismatchError, QueryError
from newssearch.index import MANIFEST_FILE, build_index, current_build
from newssearch.records import ArticleDraft
from newssearch.search import Filters, Searcher, open_searcher
from newssearch.store import Store

from conftest import FakeEmbedder

DOCS = [
    # title, text, date, source, category
    ("Quà Tết cho hộ nghèo", "Hội Chữ thập đỏ trao quà Tết cho hộ nghèo. Chương trình hỗ trợ hộ "
     "nghèo đón Tết được tổ chức hằng năm.", "2022-12-01", "baodongthap.vn", "xã hội"),
    ("Hồ nước ô nhiễm", "Hồ nước trong công viên bị ô nhiễm, người dân ven hồ lo lắng. Họ đề "
     "nghị nạo vét hồ.", "2023-03-05", "hongngu.dongthap.gov.vn", "môi trường"),
    ("Giá lúa giảm", "Giá lúa giảm mạnh. Nông dân đồng bằng lo lắng vì thương lái ép giá lúa.",
     "2021-06-10", "baodongthap.vn", "kinh tế"),
    ("Khai giảng", "Trường học khai giảng năm học mới. Học sinh được tặng sách vở và học bổng.",
     None, "example.vn", None),
    ("Ủy ban họp", "UBND tỉnh Hoà Bình họp bàn kế hoạch phòng chống thiên tai năm 2023.",
     "2023-01-15", "hoabinh.gov.vn", "thời sự"),
    ("Đường nông thôn", "Đường giao thông nông thôn ở xã Tân Hội được mở rộng, người dân vui "
     "mừng.", "2022-05-20", "baodongthap.vn", "giao thông"),
]


def _build(config: Config) -> FakeEmbedder:
    emb = FakeEmbedder()
    with Store(config.db_path) as store:
        for n, (title, text, date, source, category) in enumerate(DOCS):
            store.upsert_article(ArticleDraft(text=text, title=title, published=date,
                                              source=source, category=category,
                                              url=f"https://{source}/{n}"))
        build_index(store, emb, config.chunk, config.index_dir)
    return emb


@pytest.fixture
def searcher(config: Config) -> Iterator[Searcher]:
    emb = _build(config)
    s = open_searcher(config, emb)
    yield s
    s.store.close()


def _titles(resp: object) -> list[str]:
    return [r.article.title or "" for r in resp.results]  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_every_mode_finds_the_article(searcher: Searcher, mode: str) -> None:
    resp = searcher.search("hỗ trợ hộ nghèo dịp Tết", 3, mode=mode)
    assert resp.mode == mode and _titles(resp)[0] == "Quà Tết cho hộ nghèo"
    assert resp.interpreted_query is None and not resp.diacritic_free
    for r in resp.results:
        for hit in r.passages:
            assert r.article.text[hit.passage.start:hit.passage.end] == hit.passage.text


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_diacritic_free_query_is_restored_and_reported(searcher: Searcher, mode: str) -> None:
    resp = searcher.search("ho tro ho ngheo don Tet", 3, mode=mode)
    assert resp.diacritic_free
    assert resp.interpreted_query == "hỗ trợ hộ nghèo đón Tết"
    assert _titles(resp)[0] == "Quà Tết cho hộ nghèo"
    # Highlights: accented terms plus the folded ones (accent-insensitive).
    assert "hộ" in resp.highlight_terms and "ho" in resp.highlight_folded


def test_lexical_mode_returns_only_matching_articles(searcher: Searcher) -> None:
    resp = searcher.search("thiên tai", 10, mode="lexical")
    assert _titles(resp) == ["Ủy ban họp"]
    assert searcher.search("zzzz qqqq", 10, mode="lexical").results == []


def test_filters_by_date_source_and_category(searcher: Searcher) -> None:
    q = "người dân lo lắng nông dân hộ nghèo"
    all_titles = set(_titles(searcher.search(q, 10)))
    assert len(all_titles) >= 4
    got = _titles(searcher.search(q, 10, filters=Filters(source="BaoDongThap")))
    assert set(got) <= {"Quà Tết cho hộ nghèo", "Giá lúa giảm", "Đường nông thôn"} and got
    got = _titles(searcher.search(q, 10, filters=Filters(date_from="2022-06-01",
                                                         date_to="2023-01-31")))
    assert set(got) <= {"Quà Tết cho hộ nghèo", "Ủy ban họp"} and got
    got = _titles(searcher.search(q, 10, filters=Filters(category="KINH TẾ")))
    assert got == ["Giá lúa giảm"]
    assert searcher.search(q, 10, filters=Filters(category="none")).results == []
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        searcher.search(q, 10, filters=Filters(date_from="yesterday"))


def test_pagination_is_stable_and_sort_by_date(searcher: Searcher) -> None:
    q = "người dân nông dân học sinh hộ nghèo thiên tai"
    full = [r.article.id for r in searcher.search(q, 6).results]
    pages = [r.article.id for off in (0, 2, 4) for r in searcher.search(q, 2, offset=off).results]
    assert pages == full
    assert searcher.search(q, 2, offset=len(full)).results == []
    by_date = searcher.search(q, 6, sort="date").results
    dates = [r.article.published for r in by_date if r.article.published]
    assert dates == sorted(dates, reverse=True)
    assert by_date[-1].article.published is None or len(dates) == len(by_date)
    with pytest.raises(QueryError):
        searcher.search(q, 2, sort="popularity")
    with pytest.raises(QueryError):
        searcher.search(q, 2, offset=-1)
    with pytest.raises(QueryError):
        searcher.search(q, 2, mode="magic")


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
@pytest.mark.parametrize("query", [
    "!!!", "🙂🙂🙂", '"hộ nghèo"', "hộ* OR nghèo", "NEAR(hộ, nghèo)", "'; DROP TABLE articles; --",
    "hộ nghèo 北京 Москва", "ho tro " * 140, "a", "\u0301", "-- --", "( ) [ ] { } ^ ~ :",
])
def test_bad_input_is_searched_as_text(searcher: Searcher, mode: str, query: str) -> None:
    resp = searcher.search(query[:1000], 5, mode=mode)
    assert resp.k == 5


def test_weighted_fusion_and_config_modes(config: Config) -> None:
    emb = _build(config)
    cfg = replace(config, retrieval=replace(config.retrieval, fusion="weighted",
                                            mode="lexical"))
    s = open_searcher(cfg, emb)
    assert s.search("giá lúa").mode == "lexical"
    resp = s.search("giá lúa", mode="hybrid")
    assert _titles(resp)[0] == "Giá lúa giảm" and 0 < resp.results[0].score <= 2.0
    s.store.close()


def test_old_builds_without_lexical_part_serve_dense_only(config: Config) -> None:
    emb = _build(config)
    build = current_build(config.index_dir)
    manifest = json.loads((build / MANIFEST_FILE).read_text(encoding="utf-8"))
    del manifest["lexical"]
    (build / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    s = open_searcher(config, emb)
    resp = s.search("ho tro ho ngheo")
    assert resp.mode == "dense" and resp.interpreted_query is None
    with pytest.raises(IndexMismatchError, match="newssearch index"):
        s.search("hộ nghèo", mode="lexical")
    s.store.close()


@pytest.fixture
def client(config: Config) -> Iterator[TestClient]:
    emb = _build(config)
    with TestClient(create_app(config, embedder=emb), raise_server_exceptions=False) as c:
        yield c


def test_api_reports_interpretation_highlights_and_filters(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "ho tro ho ngheo", "k": 3}).json()
    assert body["interpreted_query"] == "hỗ trợ hộ nghèo" and body["diacritic_free"]
    assert body["mode"] == "hybrid" and body["offset"] == 0
    top = body["results"][0]
    text = top["passage"]["text"]
    spans = [text[s:e] for s, e in top["passage"]["highlights"]]
    assert "hộ nghèo" in spans and "hỗ trợ hộ nghèo" in spans
    body = client.get("/api/search", params={"q": "hộ nghèo", "category": "thời sự",
                                             "limit": 5}).json()
    assert body["k"] == 5 and all(r["article"]["category"] == "thời sự"
                                  for r in body["results"])
    body = client.get("/api/search", params={"q": "người dân", "date_from": "2023-01-01",
                                             "sort": "date", "mode": "dense"}).json()
    assert [r["article"]["date"] for r in body["results"]] == ["2023-03-05", "2023-01-15"]
    for params in ({"q": "x", "mode": "magic"}, {"q": "x", "sort": "views"},
                   {"q": "x", "offset": -1}, {"q": "x", "date_to": "31/12/2022"}):
        r = client.get("/api/search", params=params)
        assert r.status_code == 422, params
    for q in ('"*" OR NEAR', "🙂", "ho" * 500):
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/healthz").json()["index"]["lexical"] is True


@pytest.mark.parametrize("level", ["article", "passage"])
@pytest.mark.parametrize("fusion", ["rrf", "weighted"])
def test_fusion_levels_rank_articles_by_their_fused_score(config: Config, level: str,
                                                          fusion: str) -> None:
    emb = _build(config)
    cfg = replace(config, retrieval=replace(config.retrieval, fusion_level=level,
                                            fusion=fusion))
    s = open_searcher(cfg, emb)
    resp = s.search("hỗ trợ hộ nghèo đón Tết", 6)
    assert _titles(resp)[0] == "Quà Tết cho hộ nghèo"
    scores = [r.score for r in resp.results]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    if level == "passage":
        assert all(r.score == r.passages[0].score for r in resp.results)
    s.store.close()


@pytest.mark.parametrize(("key", "value", "fragment"), [
    ("MODE", "bm25", "retrieval.mode"), ("FUSION", "max", "retrieval.fusion"),
    ("FUSION_LEVEL", "word", "fusion_level"), ("RRF_K", "0", "rrf_k"),
    ("CANDIDATES", "0", "candidates"), ("DENSE_WEIGHT", "-1", "weights"),
])
def test_bad_retrieval_settings_are_configuration_errors(key: str, value: str,
                                                         fragment: str) -> None:
    from newssearch.config import load_config
    from newssearch.errors import ConfigError

    with pytest.raises(ConfigError, match=fragment):
        load_config(env={f"NEWSSEARCH_RETRIEVAL__{key}": value})
    cfg = load_config(env={"NEWSSEARCH_RETRIEVAL__MODE": "lexical",
                           "NEWSSEARCH_RETRIEVAL__RESTORE_ACCENTS": "false"})
    assert cfg.retrieval.mode == "lexical" and cfg.retrieval.restore_accents is False
