"""Administrative document numbers: recognition, normalization, search, /api/documents."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newssearch.api import create_app
from newssearch.config import Config
from newssearch.docrefs import find_references, normalize_number
from newssearch.index import DOCUMENTS_FILE, build_index, current_build
from newssearch.records import ArticleDraft
from newssearch.search import Filters, open_searcher
from newssearch.store import Store

from conftest import FakeEmbedder


def test_references_are_found_and_normalized() -> None:
    text = ("Thực hiện Kế hoạch số 71-KH/TU ngày 11/11/2021, Nghị quyết số 01-NQ/TU, Chỉ thị "
            "05-CT/TW, Quyết định 1234/QĐ-UBND, Công văn 567/UBND-VX, Nghị định "
            "79/2014/NĐ-CP và Quyết định số 1095 / QĐ - UBND.")
    assert [r.number for r in find_references(text)] == [
        "71-KH/TU", "01-NQ/TU", "05-CT/TW", "1234/QĐ-UBND", "567/UBND-VX", "79/2014/NĐ-CP",
        "1095/QĐ-UBND"]
    first = find_references(text)[0]
    assert text[first.start:first.end] == "71-KH/TU"


@pytest.mark.parametrize("text", [
    "ngày 21/12/2022", "tỉ số 2-1", "xe 43B-002.21", "COVID-19", "năm học 2016-2017",
    "TP.HCM", "lúc 10-11 giờ", "5-A", "",
])
def test_other_numbers_are_not_references(text: str) -> None:
    assert find_references(text) == []


def test_normalize_accepts_spacing_and_case() -> None:
    assert normalize_number("1234/qđ-ubnd") == "1234/QĐ-UBND"
    assert normalize_number(" 71 - KH / TU ") == "71-KH/TU"
    assert normalize_number("hộ nghèo") is None
    assert normalize_number("71-KH/TU và 01-NQ/TU") is None


DOCS = [
    ("Triển khai kế hoạch", "Huyện triển khai Kế hoạch số 71-KH/TU ngày 11/11/2021 của Tỉnh ủy "
     "về chuyển đổi số.", "2021-11-20"),
    ("Sơ kết chuyển đổi số", "Sau một năm thực hiện Kế hoạch 71-KH/TU, xã đã số hóa hồ sơ.",
     "2022-11-15"),
    ("Quà Tết cho hộ nghèo", "Hội Chữ thập đỏ trao quà Tết cho hộ nghèo theo Quyết định "
     "1234/QĐ-UBND.", "2022-12-01"),
    ("Giá lúa", "Giá lúa giảm mạnh, nông dân lo lắng vì thương lái ép giá.", None),
]


def _build(config: Config) -> FakeEmbedder:
    emb = FakeEmbedder()
    with Store(config.db_path) as store:
        for n, (title, text, date) in enumerate(DOCS):
            store.upsert_article(ArticleDraft(text=text, title=title, published=date,
                                              url=f"https://example.vn/{n}"))
        build_index(store, emb, config.chunk, config.index_dir)
    return emb


def test_index_lists_citations_and_search_puts_citing_articles_first(config: Config) -> None:
    emb = _build(config)
    build = current_build(config.index_dir)
    cited = json.loads((build / DOCUMENTS_FILE).read_text(encoding="utf-8"))
    assert set(cited) == {"71-KH/TU", "1234/QĐ-UBND"} and len(cited["71-KH/TU"]) == 2
    s = open_searcher(config, emb)
    for mode in ("hybrid", "dense", "lexical"):
        resp = s.search("kết quả kế hoạch 71-kh/tu", 4, mode=mode)
        titles = [r.article.title for r in resp.results]
        assert set(titles[:2]) == {"Triển khai kế hoạch", "Sơ kết chuyển đổi số"}, mode
    resp = s.search("71-KH/TU", 4, filters=Filters(date_from="2022-01-01"))
    assert resp.results[0].article.title == "Sơ kết chuyển đổi số"
    s.store.close()


@pytest.fixture
def client(config: Config) -> Iterator[TestClient]:
    emb = _build(config)
    with TestClient(create_app(config, embedder=emb), raise_server_exceptions=False) as c:
        yield c


def test_api_documents_endpoint_and_references_in_results(client: TestClient) -> None:
    body = client.get("/api/documents/71-kh/tu").json()
    assert body["number"] == "71-KH/TU" and body["total"] == 2
    assert [a["date"] for a in body["articles"]] == ["2022-11-15", "2021-11-20"]
    body = client.get("/api/documents/1234/QĐ-UBND").json()
    assert [a["title"] for a in body["articles"]] == ["Quà Tết cho hộ nghèo"]
    assert client.get("/api/documents/99-KH/TU").json()["total"] == 0
    assert client.get("/api/documents/hello").status_code == 422
    hits = client.get("/api/search", params={"q": "quà Tết hộ nghèo"}).json()["results"]
    top = next(h for h in hits if h["article"]["title"] == "Quà Tết cho hộ nghèo")
    assert top["references"] == ["1234/QĐ-UBND"]
