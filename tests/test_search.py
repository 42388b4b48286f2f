"""Search: grouping by article, citations, stale passages, query validation."""

from __future__ import annotations

import pytest

from newssearch.config import Config
from newssearch.errors import IndexNotBuiltError, QueryError
from newssearch.index import build_index
from newssearch.records import ArticleDraft
from newssearch.search import normalize_query, open_searcher
from newssearch.store import Store

from conftest import FakeEmbedder

TET = ("Hội Chữ thập đỏ trao quà Tết cho hộ nghèo. Mỗi suất quà Tết gồm gạo và tiền mặt. "
       "Chương trình hỗ trợ hộ nghèo đón Tết được tổ chức hằng năm.")
RICE = "Giá lúa giảm mạnh. Nông dân đồng bằng lo lắng vì thương lái ép giá lúa."
SCHOOL = "Trường học khai giảng năm học mới. Học sinh được tặng sách vở và học bổng."


def _store(config: Config, embedder: FakeEmbedder, docs: dict[str, str]) -> None:
    with Store(config.db_path) as store:
        for n, (title, text) in enumerate(docs.items()):
            store.upsert_article(ArticleDraft(text=text, title=title,
                                              url=f"https://example.vn/{n}",
                                              published=f"2022-12-0{n + 1}", source="example.vn"))
        build_index(store, embedder, config.chunk, config.index_dir)


def test_results_are_grouped_by_article_with_citations(config: Config) -> None:
    from dataclasses import replace

    # Tiny passages (one sentence each) so one article yields several hits.
    config = replace(config, chunk=replace(config.chunk, target_tokens=16, overlap_tokens=0))
    emb = FakeEmbedder()
    _store(config, emb, {"Quà Tết": TET, "Giá lúa": RICE, "Khai giảng": SCHOOL})
    searcher = open_searcher(config, emb)
    resp = searcher.search("quà Tết cho hộ nghèo", 2)
    assert resp.k == 2 and len(resp.results) == 2
    top = resp.results[0]
    assert top.article.title == "Quà Tết" and top.score == top.passages[0].score
    assert 1 < len(top.passages) <= 3
    assert [h.score for h in top.passages] == sorted((h.score for h in top.passages), reverse=True)
    for result in resp.results:
        for hit in result.passages:
            p = hit.passage
            assert p.article_id == result.article.id
            assert result.article.text[p.start:p.end] == p.text
    assert [r.score for r in resp.results] == sorted((r.score for r in resp.results), reverse=True)
    assert len({r.article.id for r in resp.results}) == 2


def test_k_larger_than_corpus_returns_every_article_once(config: Config) -> None:
    emb = FakeEmbedder()
    _store(config, emb, {"Quà Tết": TET, "Giá lúa": RICE, "Khai giảng": SCHOOL})
    resp = open_searcher(config, emb).search("học bổng", 50)
    assert sorted(r.article.title or "" for r in resp.results) == ["Giá lúa", "Khai giảng",
                                                                    "Quà Tết"]
    assert resp.results[0].article.title == "Khai giảng"


def test_passages_deleted_after_the_build_are_skipped(config: Config) -> None:
    emb = FakeEmbedder()
    _store(config, emb, {"Quà Tết": TET, "Giá lúa": RICE})
    with Store(config.db_path) as store:
        # The article changes after indexing: its old passages disappear.
        store.upsert_article(ArticleDraft(text="Bài đã sửa hoàn toàn khác trước.",
                                          url="https://example.vn/0"))
    resp = open_searcher(config, emb).search("quà Tết hộ nghèo", 5)
    titles = [r.article.title for r in resp.results]
    assert titles == ["Giá lúa"]


def test_no_index_and_bad_queries(config: Config) -> None:
    emb = FakeEmbedder()
    searcher = open_searcher(config, emb)
    with pytest.raises(IndexNotBuiltError, match="newssearch index"):
        searcher.search("hộ nghèo")
    with pytest.raises(QueryError, match="empty"):
        searcher.search(" \t\n ")
    with pytest.raises(QueryError, match="1000"):
        searcher.search("a" * 1001)
    with pytest.raises(QueryError, match="between 1 and 100"):
        searcher.search("hộ nghèo", 0)
    with pytest.raises(QueryError):
        searcher.search("hộ nghèo", 101)


def test_query_normalization() -> None:
    decomposed = "ho\u0302\u0303 tro\u031b\u0323"  # "hỗ trợ" typed with combining marks
    assert normalize_query(f"  {decomposed}\n ", 100) == "hỗ trợ"
