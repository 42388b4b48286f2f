"""HTTP API behaviour (in-process client, hashing embedder)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newssearch.api import create_app
from newssearch.config import Config
from newssearch.index import CURRENT, build_index
from newssearch.records import ArticleDraft
from newssearch.store import Store

from conftest import FakeEmbedder

DOCS = {
    "Trao quà Tết cho hộ nghèo": "Hội Chữ thập đỏ trao 500 suất quà Tết cho hộ nghèo. "
                                 "Mỗi suất quà gồm gạo, dầu ăn và tiền mặt.",
    "Giá lúa giảm": "Giá lúa giảm mạnh, nông dân lo lắng vì thương lái ép giá.",
}


def _fill(config: Config, emb: FakeEmbedder, build: bool = True) -> None:
    with Store(config.db_path) as store:
        for n, (title, text) in enumerate(DOCS.items()):
            store.upsert_article(ArticleDraft(text=text, title=title, source="example.vn",
                                              url=f"https://example.vn/{n}",
                                              published="2023-01-1" + str(n)))
        if build:
            build_index(store, emb, config.chunk, config.index_dir)


@pytest.fixture
def client(config: Config) -> Iterator[TestClient]:
    emb = FakeEmbedder()
    _fill(config, emb)
    with TestClient(create_app(config, embedder=emb), raise_server_exceptions=False) as c:
        yield c


def test_search_returns_grouped_results_with_checkable_citations(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "quà Tết hộ nghèo", "k": 2})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "quà Tết hộ nghèo" and body["k"] == 2
    assert body["total"] == len(body["results"]) == 2
    top = body["results"][0]
    assert top["article"]["title"] == "Trao quà Tết cho hộ nghèo"
    # The original fields are all there (issue #5 added "category").
    assert set(top["article"]) == {"id", "title", "url", "source", "date", "category"}
    assert top["article"]["date"] == "2023-01-10" and top["article"]["source"] == "example.vn"
    assert isinstance(top["more_passages"], list)
    article = client.get(f"/api/articles/{top['article']['id']}").json()
    p = top["passage"]
    assert article["text"][p["start"]:p["end"]] == p["text"]


@pytest.mark.parametrize(("params", "fragment"), [
    ({"q": ""}, "at least 1"),
    ({"q": "   "}, "empty"),
    ({"q": "x" * 1001}, "1000"),
    ({"q": "hộ nghèo", "k": 0}, "greater than or equal to 1"),
    ({"q": "hộ nghèo", "k": 101}, "less than or equal to 100"),
    ({"q": "hộ nghèo", "k": "abc"}, "integer"),
    ({}, "Field required"),
])
def test_bad_queries_get_422_with_a_message(client: TestClient, params: dict[str, object],
                                            fragment: str) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    assert fragment in str(r.json()["detail"])


def test_unknown_article_is_404(client: TestClient) -> None:
    r = client.get("/api/articles/999999")
    assert r.status_code == 404 and r.json() == {"detail": "no article with id 999999"}
    assert client.get("/api/articles/abc").status_code == 422


def test_healthz_reports_index_model_and_counts(client: TestClient) -> None:
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["detail"] is None
    assert h["articles"] == 2 and h["passages"] >= 2
    assert h["index"]["passages"] == h["passages"] and h["index"]["model"] == "test:hashing"
    assert h["model"] == "test hashing embedder"


def test_without_an_index_the_service_starts_and_says_what_to_do(config: Config) -> None:
    emb = FakeEmbedder()
    _fill(config, emb, build=False)
    with TestClient(create_app(config, embedder=emb)) as c:
        h = c.get("/healthz").json()
        assert h["status"] == "no_index" and "newssearch index" in h["detail"]
        assert h["index"] is None and h["articles"] == 2
        r = c.get("/api/search", params={"q": "hộ nghèo"})
        assert r.status_code == 503
        assert r.json() == {"detail": "index not built: run `newssearch index`"}
        # Building the index while the service runs makes it searchable, no restart.
        with Store(config.db_path) as store:
            build_index(store, emb, config.chunk, config.index_dir)
        assert c.get("/api/search", params={"q": "hộ nghèo"}).status_code == 200
        assert c.get("/healthz").json()["status"] == "ok"


def test_corrupt_index_at_startup_is_a_clear_503(config: Config) -> None:
    emb = FakeEmbedder()
    _fill(config, emb)
    (config.index_dir / CURRENT).write_text("{broken", encoding="utf-8")
    with TestClient(create_app(config, embedder=emb)) as c:
        r = c.get("/api/search", params={"q": "hộ nghèo"})
        assert r.status_code == 503
        assert "CURRENT" in r.json()["detail"] and "newssearch index" in r.json()["detail"]
        assert c.get("/healthz").json()["status"] == "error"


def test_mismatched_index_is_a_clear_503(config: Config) -> None:
    _fill(config, FakeEmbedder())

    class Other(FakeEmbedder):
        model_id = "test:other"

    with TestClient(create_app(config, embedder=Other())) as c:
        r = c.get("/api/search", params={"q": "hộ nghèo"})
        assert r.status_code == 503 and "rebuild" in r.json()["detail"]


def test_internal_errors_never_leak_tracebacks(client: TestClient,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch.search import Searcher

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals at /srv/path.py line 12")

    monkeypatch.setattr(Searcher, "search", boom)
    r = client.get("/api/search", params={"q": "hộ nghèo"})
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error; the server log has the details"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_page_and_openapi_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text.lower()
    assert client.get("/static/app.js").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/healthz"} <= set(schema["paths"])
    params = {p["name"]: p for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert params["k"]["schema"]["maximum"] == 100 and params["q"]["required"] is True
    assert client.get("/docs").status_code == 200
