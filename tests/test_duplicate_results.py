"""Near-duplicate collapse in search: one result per story, "also published at" links."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from newssearch.api import create_app
from newssearch.config import Config, DuplicatesConfig
from newssearch.index import DUPLICATES_FILE, MANIFEST_FILE, current_build
from newssearch.records import ArticleDraft
from newssearch.search import Filters, Searcher, open_searcher
from newssearch.store import Store

from conftest import SAMPLE, FakeEmbedder


def _sample_texts(n: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with (SAMPLE / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            # Dân trí's articles (unc-): the baomoi part of the sample holds real
            # republications of one story, which would merge here too.
            if rec["id"].startswith("unc-") and rec.get("title") and \
                    1500 < len(rec["text"]) < 4000:
                out.append((rec["title"], rec["text"]))
            if len(out) == n:
                return out
    raise AssertionError("not enough sample articles")


STORY, OTHER1, OTHER2 = _sample_texts(3)
# The same story on three sites: the original, a copy with the outlet's line added
# and its first paragraph dropped, and an exact re-run two years later (a different
# publication: too far apart in time to be "also published at").
DRAFTS = [
    ArticleDraft(text=STORY[1], title=STORY[0], published="2022-12-01",
                 source="baodongthap.vn", url="https://baodongthap.vn/a"),
    ArticleDraft(text=STORY[1].split("\n", 1)[1] + "\nTheo Báo Đồng Tháp",
                 title=STORY[0], published="2022-12-02", source="hongngu.dongthap.gov.vn",
                 url="https://hongngu.dongthap.gov.vn/b"),
    ArticleDraft(text=STORY[1], title=STORY[0], published="2024-12-01",
                 source="example.vn", url="https://example.vn/c"),
    ArticleDraft(text=OTHER1[1], title=OTHER1[0], published="2022-12-01",
                 source="baodongthap.vn", url="https://baodongthap.vn/d"),
    ArticleDraft(text=OTHER2[1], title=OTHER2[0], published="2022-12-03",
                 source="example.vn", url="https://example.vn/e"),
]
QUERY = STORY[0]


def _build(config: Config, dup: DuplicatesConfig | None = None) -> FakeEmbedder:
    from newssearch.index import build_index

    emb = FakeEmbedder()
    with Store(config.db_path) as store:
        for draft in DRAFTS:
            store.upsert_article(draft)
        build_index(store, emb, config.chunk, config.index_dir, duplicates=dup)
    return emb


@pytest.fixture
def searcher(config: Config) -> Iterator[Searcher]:
    s = open_searcher(config, _build(config))
    yield s
    s.store.close()


def _urls(resp: object) -> list[str]:
    return [r.article.url for r in resp.results]  # type: ignore[attr-defined]


def test_the_build_records_the_clusters(searcher: Searcher, config: Config) -> None:
    build = current_build(config.index_dir)
    manifest = json.loads((build / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["duplicates"]["clusters"] == 1 and manifest["duplicates"]["articles"] == 2
    clusters = json.loads((build / DUPLICATES_FILE).read_text(encoding="utf-8"))["clusters"]
    assert clusters == [[1, 2]]  # the earliest published first; the re-run is not in it
    index = searcher.holder.get()
    assert index is not None and index.duplicates == {1: (1, 2), 2: (1, 2)}


def test_a_story_is_one_result_with_also_published(searcher: Searcher) -> None:
    resp = searcher.search(QUERY, 5)
    urls = _urls(resp)
    copies = {"https://baodongthap.vn/a", "https://hongngu.dongthap.gov.vn/b"}
    assert len(copies & set(urls)) == 1  # one of the two, never both
    shown = next(r for r in resp.results if r.article.url in copies)
    assert [a.url for a in shown.also_published] == list(copies - {shown.article.url})
    # The re-run two years later stays a result of its own, without links.
    rerun = next(r for r in resp.results if r.article.url == "https://example.vn/c")
    assert rerun.also_published == ()
    assert all(r.also_published == () for r in resp.results if r is not shown)


def test_collapse_can_be_turned_off(searcher: Searcher) -> None:
    urls = _urls(searcher.search(QUERY, 5, collapse=False))
    assert {"https://baodongthap.vn/a", "https://hongngu.dongthap.gov.vn/b"} <= set(urls)
    assert all(r.also_published == () for r in searcher.search(QUERY, 5,
                                                                 collapse=False).results)


def test_filters_apply_before_collapsing(searcher: Searcher) -> None:
    resp = searcher.search(QUERY, 5, filters=Filters(source="hongngu"))
    assert _urls(resp) == ["https://hongngu.dongthap.gov.vn/b"]
    assert [a.url for a in resp.results[0].also_published] == ["https://baodongthap.vn/a"]


def test_pages_of_collapsed_results_do_not_overlap(searcher: Searcher) -> None:
    whole = _urls(searcher.search(QUERY, 4))
    pages = [_urls(searcher.search(QUERY, 1, offset=n)) for n in range(4)]
    assert [u for page in pages for u in page] == whole and len(set(whole)) == 4


def test_a_removed_copy_is_not_listed(searcher: Searcher) -> None:
    searcher.store.mark_removed(2, "https://hongngu.dongthap.gov.vn/b", 404)
    resp = searcher.search(QUERY, 5)
    assert "https://hongngu.dongthap.gov.vn/b" not in _urls(resp)
    assert all(r.also_published == () for r in resp.results)


def test_disabled_detection_collapses_nothing(config: Config) -> None:
    emb = _build(config, DuplicatesConfig(enabled=False))
    manifest = json.loads((current_build(config.index_dir) / MANIFEST_FILE)
                          .read_text(encoding="utf-8"))
    assert manifest["duplicates"] == {}
    s = open_searcher(config, emb)
    try:
        urls = _urls(s.search(QUERY, 5))
        assert {"https://baodongthap.vn/a", "https://hongngu.dongthap.gov.vn/b"} <= set(urls)
    finally:
        s.store.close()


def test_api_returns_also_published_and_honours_collapse(config: Config) -> None:
    emb = _build(config)
    with TestClient(create_app(config, embedder=emb)) as c:
        body = c.get("/api/search", params={"q": QUERY, "k": 5}).json()
        linked = [h for h in body["results"] if h["also_published"]]
        assert len(linked) == 1
        other = linked[0]["also_published"][0]
        assert set(other) >= {"id", "title", "url", "source", "date"}
        assert {linked[0]["article"]["id"], other["id"]} == {1, 2}
        flat = c.get("/api/search", params={"q": QUERY, "k": 5, "collapse": "false"}).json()
        assert len(flat["results"]) == len(body["results"]) + 1
        assert all(h["also_published"] == [] for h in flat["results"])
    # The configuration's default can switch collapsing off for everyone.
    off = replace(config, duplicates=replace(config.duplicates, collapse=False))
    with TestClient(create_app(off, embedder=emb)) as c:
        body = c.get("/api/search", params={"q": QUERY, "k": 5}).json()
        assert all(h["also_published"] == [] for h in body["results"])


def test_config_defaults_are_the_detectors_measured_defaults() -> None:
    # DuplicatesConfig repeats DuplicateParams' defaults for the TOML file: keep them equal.
    from newssearch.dedup import DuplicateParams
    from newssearch.index import duplicate_params

    assert duplicate_params(DuplicatesConfig()) == DuplicateParams()
    off = duplicate_params(DuplicatesConfig(containment=0, max_days=-1))
    assert off.containment is None and off.max_days is None
