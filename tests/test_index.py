"""Index builds: chunking, vector cache, FAISS files, manifest checks, atomic publish."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest

from newssearch.config import Config
from newssearch.errors import (
    IndexCorruptError,
    IndexMismatchError,
    IndexNotBuiltError,
    NewsSearchError,
)
from newssearch.index import (
    BUILDS,
    CURRENT,
    MANIFEST_FILE,
    IndexHolder,
    VectorIndex,
    build_index,
    current_build,
    load_index,
)
from newssearch.records import ArticleDraft
from newssearch.store import Store

from conftest import FakeEmbedder, sample_records


def _fill(store: Store, n: int = 8) -> None:
    for obj in sample_records(n):
        store.upsert_article(ArticleDraft(text=str(obj["text"]), title=obj.get("title"),  # type: ignore[arg-type]
                                          url=obj.get("url"), external_id=str(obj["id"])))  # type: ignore[arg-type]


def _load(cfg: Config, emb: FakeEmbedder):  # type: ignore[no-untyped-def]
    return load_index(cfg.index_dir, model_id=emb.model_id, checksum=emb.checksum,
                      dimension=emb.dimension)


def test_build_writes_a_complete_index(config: Config, fake_embedder: FakeEmbedder) -> None:
    with Store(config.db_path) as store:
        _fill(store)
        report = build_index(store, fake_embedder, config.chunk, config.index_dir)
        passages = store.stats().passages
        # Every article got passages that satisfy the citation invariant.
        for article in store.iter_articles():
            ps = store.passages_of(article.id)
            assert ps, article.id
            assert all(article.text[p.start:p.end] == p.text for p in ps)
    assert report.passages == passages > 8
    assert report.embedded == passages and report.reused == 0
    index = _load(config, fake_embedder)
    m = index.manifest
    assert index.size == passages == m.passages
    assert (m.model_id, m.model_checksum, m.dimension, m.articles) == (
        "test:hashing", "hashing-v1", 64, 8)
    assert m.chunker["target_tokens"] == config.chunk.target_tokens
    assert m.store["articles"] == 8 and len(m.faiss_sha256) == 64
    # Exact inner-product search returns a passage's own vector first.
    with Store(config.db_path) as store:
        some = store.passages_of(1)[0]
    scores, ids = index.search(fake_embedder.embed_queries([some.text]), 3)
    assert ids[0][0] == some.id and scores[0][0] == pytest.approx(1.0, abs=1e-5)


def test_rebuild_reuses_cached_vectors_and_rechunks_only_changes(
        config: Config, fake_embedder: FakeEmbedder) -> None:
    with Store(config.db_path) as store:
        _fill(store)
        first = build_index(store, fake_embedder, config.chunk, config.index_dir)
        second = build_index(store, fake_embedder, config.chunk, config.index_dir)
        assert second.articles_chunked == 0 and second.embedded == 0
        assert second.reused == first.passages
        # Change one article: only its passages are cut and embedded again.
        art = store.get_article(1)
        assert art is not None
        store.upsert_article(ArticleDraft(text=art.text + "\nMột đoạn mới được thêm vào bài.",
                                          url=art.url, external_id=art.external_id))
        third = build_index(store, fake_embedder, config.chunk, config.index_dir)
        assert third.articles_chunked == 1
        assert 0 < third.embedded <= len(store.passages_of(1))
    assert first.build != second.build != third.build
    # Old builds are pruned: the live one plus one previous remain.
    builds = [p for p in (config.index_dir / BUILDS).iterdir() if not p.name.startswith(".")]
    assert len(builds) == 2 and current_build(config.index_dir).name == third.build


def test_missing_index_is_reported(config: Config, fake_embedder: FakeEmbedder) -> None:
    with pytest.raises(IndexNotBuiltError, match="newssearch index"):
        _load(config, fake_embedder)


class OtherEmbedder(FakeEmbedder):
    model_id = "test:other"
    checksum = "other"


class WiderEmbedder(FakeEmbedder):
    dimension = 32


def test_mismatched_model_or_dimension_fails_with_rebuild_advice(
        config: Config, fake_embedder: FakeEmbedder) -> None:
    with Store(config.db_path) as store:
        _fill(store, 3)
        build_index(store, fake_embedder, config.chunk, config.index_dir)
    other = OtherEmbedder()
    with pytest.raises(IndexMismatchError, match=r"test:hashing.*test:other.*newssearch index"):
        _load(config, other)
    with pytest.raises(IndexMismatchError, match=r"dimension 64.*32"):
        load_index(config.index_dir, dimension=32)


def test_corrupt_files_are_named_with_the_fix(config: Config,
                                              fake_embedder: FakeEmbedder) -> None:
    with Store(config.db_path) as store:
        _fill(store, 3)
        build_index(store, fake_embedder, config.chunk, config.index_dir)
    build = current_build(config.index_dir)
    faiss_file = build / "vectors.faiss"
    data = faiss_file.read_bytes()
    faiss_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexCorruptError, match=r"vectors\.faiss.*newssearch index"):
        _load(config, fake_embedder)
    faiss_file.write_bytes(b"garbage" * 10)
    with pytest.raises(IndexCorruptError):
        load_index(config.index_dir, verify=False)
    (build / MANIFEST_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match=r"manifest\.json"):
        _load(config, fake_embedder)
    (config.index_dir / CURRENT).write_text("garbage", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="CURRENT"):
        _load(config, fake_embedder)


def test_failed_build_leaves_the_previous_index_live(
        config: Config, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    import faiss

    with Store(config.db_path) as store:
        _fill(store, 4)
        good = build_index(store, fake_embedder, config.chunk, config.index_dir)

        def disk_full(index: object, path: str) -> None:
            Path(path).write_bytes(b"partial")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(faiss, "write_index", disk_full)
        _fill(store, 6)
        with pytest.raises(NewsSearchError, match=r"No space left.*previous index is still live"):
            build_index(store, fake_embedder, config.chunk, config.index_dir)
    assert current_build(config.index_dir).name == good.build
    assert _load(config, fake_embedder).size == good.passages
    leftovers = [p.name for p in (config.index_dir / BUILDS).iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_killed_embedding_resumes_from_the_cache(
        config: Config, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.index as index_mod

    monkeypatch.setattr(index_mod, "EMBED_FLUSH", 4)
    calls = {"n": 0}
    real = fake_embedder.embed_passages

    def dies_on_third_batch(texts, *, progress=False):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # stands in for a kill between two batches
        return real(texts)

    with Store(config.db_path) as store:
        _fill(store, 4)
        monkeypatch.setattr(fake_embedder, "embed_passages", dies_on_third_batch)
        with pytest.raises(KeyboardInterrupt):
            build_index(store, fake_embedder, config.chunk, config.index_dir)
        with pytest.raises(IndexNotBuiltError):
            current_build(config.index_dir)
        monkeypatch.setattr(fake_embedder, "embed_passages", real)
        report = build_index(store, fake_embedder, config.chunk, config.index_dir)
    assert report.reused == 8  # two batches of 4 survived the kill
    assert report.embedded == report.passages - 8


def test_holder_swaps_builds_and_survives_a_bad_one(
        config: Config, fake_embedder: FakeEmbedder) -> None:
    holder = IndexHolder(config.index_dir, lambda d: _load(config, fake_embedder))
    assert holder.get() is None and isinstance(holder.error, IndexNotBuiltError)
    with Store(config.db_path) as store:
        _fill(store, 2)
        first = build_index(store, fake_embedder, config.chunk, config.index_dir)
        loaded = holder.get()
        assert loaded is not None and loaded.path.name == first.build
        assert holder.get() is loaded  # unchanged pointer: no reload
        _fill(store, 5)
        second = build_index(store, fake_embedder, config.chunk, config.index_dir)
    swapped = holder.get()
    assert swapped is not None and swapped.path.name == second.build
    # Point CURRENT at a broken build: the holder keeps serving the good one.
    broken = config.index_dir / BUILDS / "broken"
    broken.mkdir()
    (config.index_dir / CURRENT).write_text(json.dumps({"build": "broken"}), encoding="utf-8")
    kept = holder.get()
    assert kept is swapped
    assert isinstance(holder.error, IndexCorruptError)


def test_background_holder_serves_the_old_build_while_loading_the_new(
        config: Config, fake_embedder: FakeEmbedder) -> None:
    release, started = threading.Event(), threading.Event()
    calls: list[Path] = []

    def slow_load(d: Path) -> VectorIndex:
        calls.append(current_build(d))
        if len(calls) > 1:
            started.set()
            assert release.wait(10)
        return _load(config, fake_embedder)

    holder = IndexHolder(config.index_dir, slow_load, background=True)
    with Store(config.db_path) as store:
        _fill(store, 2)
        first = build_index(store, fake_embedder, config.chunk, config.index_dir)
        old = holder.get()  # the first load is synchronous
        assert old is not None and old.path.name == first.build and not holder.loading
        _fill(store, 5)
        second = build_index(store, fake_embedder, config.chunk, config.index_dir)
    # The new build is loading: requests keep getting the old one, without waiting.
    assert holder.get() is old and holder.loading
    assert started.wait(10)
    assert holder.get() is old and len(calls) == 2  # one loader thread, not one per request
    release.set()
    assert holder.wait(10)
    new = holder.get()
    assert new is not None and new.path.name == second.build and holder.error is None
    # A broken build loaded in the background: the good one stays, the error is recorded.
    (config.index_dir / BUILDS / "broken").mkdir()
    (config.index_dir / CURRENT).write_text(json.dumps({"build": "broken"}), encoding="utf-8")
    assert holder.get() is new
    assert holder.wait(10)
    assert holder.get() is new and isinstance(holder.error, IndexCorruptError)


def test_vectors_match_between_cache_and_index(config: Config,
                                               fake_embedder: FakeEmbedder) -> None:
    with Store(config.db_path) as store:
        _fill(store, 3)
        build_index(store, fake_embedder, config.chunk, config.index_dir)
        ids = store.passage_ids()
        texts = store.passage_texts(ids)
    index = _load(config, fake_embedder)
    stored = np.stack([index._index.reconstruct(i) for i in ids])
    np.testing.assert_allclose(stored, fake_embedder.embed_passages(texts), atol=1e-6)
