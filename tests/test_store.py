"""The SQLite store: identity, metadata merge, passages, vectors, schema and failures."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from newssearch.errors import StoreError
from newssearch.records import ArticleDraft, PassageSpan
from newssearch.store import (
    SCHEMA_VERSION,
    IdentityConflictError,
    Store,
    content_hash,
)

TEXT = ("Chiều ngày 21/12, Thành ủy Hồng Ngự làm việc với các ngành Khối vận.\n"
        "Phối hợp vận động trao tặng 9.365 suất quà cho hộ nghèo, hộ cận nghèo.\n"
        "Trước mắt, tổ chức thành công Đại hội Công đoàn cấp cơ sở.")
OTHER = "Sở Tài chính Hà Nội báo cáo chi phí hệ thống truyền thanh cấp phường mỗi năm."
URL = "https://hongngu.dongthap.gov.vn/tin-tuc/khoi-van-2022"
SIG = "chunker-v1"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "newssearch.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """An independent connection, to look at what is really on disk."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        yield con
    finally:
        con.close()


def spans_of(text: str) -> list[PassageSpan]:
    """One span per line, as a chunker would cut them."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(PassageSpan(pos, pos + len(line)))
        pos += len(line) + 1
    return out


# ----------------------------------------------------------------------------- upsert

def test_new_then_unchanged_then_updated(store: Store) -> None:
    draft = ArticleDraft(text=TEXT, title="Khối vận", url=URL, published="2022-12-21")
    status, aid = store.upsert_article(draft, now="2024-01-01T00:00:00Z")
    assert status == "new"
    assert store.upsert_article(draft, now="2024-01-02T00:00:00Z") == ("unchanged", aid)
    changed = ArticleDraft(text=TEXT + "\nThêm một đoạn.", title="Khối vận", url=URL)
    assert store.upsert_article(changed, now="2024-01-03T00:00:00Z") == ("updated", aid)
    assert store.count_articles() == 1

    article = store.get_article(aid)
    assert article is not None
    assert article.text == TEXT + "\nThêm một đoạn."
    assert article.content_hash == content_hash(article.text)
    assert article.first_seen == "2024-01-01T00:00:00Z"
    assert article.last_seen == "2024-01-03T00:00:00Z"
    assert article.published == "2022-12-21"  # merged: the update did not carry it


def test_unchanged_touches_last_seen_only(store: Store) -> None:
    draft = ArticleDraft(text=TEXT, url=URL)
    _, aid = store.upsert_article(draft, now="2024-01-01T00:00:00Z")
    store.upsert_article(draft, now="2024-02-01T00:00:00Z")
    article = store.get_article(aid)
    assert article is not None
    assert (article.first_seen, article.last_seen) == ("2024-01-01T00:00:00Z",
                                                       "2024-02-01T00:00:00Z")
    assert store.stats().last_update == "2024-01-01T00:00:00Z"  # not an update


def test_all_fields_round_trip(store: Store) -> None:
    draft = ArticleDraft(text=TEXT, title="Tiêu đề", url=URL,
                         canonical_url=URL + "?canonical", published="2022-12-21T16:45",
                         source="hongngu.dongthap.gov.vn", author="Đoàn Ti Vi",
                         category="Chính trị", external_id="hn-1")
    _, aid = store.upsert_article(draft)
    article = store.get_article(aid)
    assert article is not None
    assert (article.id, article.text, article.title, article.url, article.canonical_url,
            article.published, article.source, article.author, article.category,
            article.external_id) == (aid, TEXT, "Tiêu đề", URL, URL + "?canonical",
                                     "2022-12-21T16:45", "hongngu.dongthap.gov.vn",
                                     "Đoàn Ti Vi", "Chính trị", "hn-1")
    assert store.get_article(aid + 1000) is None


def test_same_url_twice_is_one_row(store: Store) -> None:
    s1, a1 = store.upsert_article(ArticleDraft(text=TEXT, url=URL, title="Một"))
    s2, a2 = store.upsert_article(ArticleDraft(text=OTHER, url=URL, title="Hai"))
    assert (s1, s2) == ("new", "updated")
    assert a1 == a2
    assert store.count_articles() == 1
    article = store.get_article(a1)
    assert article is not None
    assert (article.text, article.title) == (OTHER, "Hai")


def test_url_is_the_canonical_key_when_no_canonical_is_given(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL))
    article = store.get_article(aid)
    assert article is not None
    assert article.canonical_url == URL
    # A draft that names the same page as its canonical URL is the same article.
    assert store.upsert_article(ArticleDraft(text=TEXT, canonical_url=URL))[1] == aid
    assert store.count_articles() == 1


def test_canonical_url_wins_over_url(store: Store) -> None:
    canonical = "https://example.vn/bai-viet"
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL + "?utm=1",
                                               canonical_url=canonical))
    status, again = store.upsert_article(ArticleDraft(text=TEXT, url=URL + "?utm=2",
                                                      canonical_url=canonical))
    assert again == aid
    assert status == "updated"  # the URL changed, the article did not
    assert store.count_articles() == 1


def test_page_seen_again_with_a_canonical_link_is_the_same_article(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL))
    status, again = store.upsert_article(
        ArticleDraft(text=TEXT, url=URL, canonical_url="https://example.vn/canonical"))
    assert (status, again) == ("updated", aid)
    assert store.count_articles() == 1
    article = store.get_article(aid)
    assert article is not None
    assert article.canonical_url == "https://example.vn/canonical"


def test_different_urls_are_different_articles(store: Store) -> None:
    _, a1 = store.upsert_article(ArticleDraft(text=TEXT, url=URL))
    _, a2 = store.upsert_article(ArticleDraft(text=TEXT, url=URL + "-2"))
    assert a1 != a2
    assert store.count_articles() == 2


def test_external_id_identity(store: Store) -> None:
    s1, a1 = store.upsert_article(ArticleDraft(text=TEXT, external_id="unc-1"))
    s2, a2 = store.upsert_article(ArticleDraft(text=TEXT, external_id="unc-1"))
    s3, a3 = store.upsert_article(ArticleDraft(text=OTHER, external_id="unc-1"))
    s4, a4 = store.upsert_article(ArticleDraft(text=TEXT, external_id="unc-2"))
    assert (s1, s2, s3, s4) == ("new", "unchanged", "updated", "new")
    assert a1 == a2 == a3 != a4
    assert store.count_articles() == 2


def test_external_id_finds_article_whose_url_changed(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL, external_id="x-9"))
    status, again = store.upsert_article(ArticleDraft(text=TEXT, url=URL + "/moved",
                                                      external_id="x-9"))
    assert (status, again) == ("updated", aid)
    article = store.get_article(aid)
    assert article is not None
    assert article.url == URL + "/moved"
    assert store.count_articles() == 1


def test_content_hash_identity_without_url_or_id(store: Store) -> None:
    s1, a1 = store.upsert_article(ArticleDraft(text=TEXT, title="A"))
    s2, a2 = store.upsert_article(ArticleDraft(text=TEXT, title="A"))
    s3, a3 = store.upsert_article(ArticleDraft(text=TEXT, title="B"))
    s4, a4 = store.upsert_article(ArticleDraft(text=OTHER))
    assert (s1, s2, s3, s4) == ("new", "unchanged", "updated", "new")
    assert a1 == a2 == a3 != a4
    assert store.count_articles() == 2


def test_content_hash_does_not_match_articles_with_an_identity(store: Store) -> None:
    # Same text as an article that has a URL: an anonymous draft is not that article.
    _, a1 = store.upsert_article(ArticleDraft(text=TEXT, url=URL))
    _, a2 = store.upsert_article(ArticleDraft(text=TEXT))
    _, a3 = store.upsert_article(ArticleDraft(text=TEXT, external_id="id-1"))
    assert len({a1, a2, a3}) == 3


def test_metadata_merge_keeps_stored_values(store: Store) -> None:
    first = ArticleDraft(text=TEXT, title="Tiêu đề", url=URL, published="2022-12-21",
                         source="hongngu", author="Đoàn Ti Vi", category="Tin tức",
                         external_id="hn-1")
    _, aid = store.upsert_article(first)
    # A later dump of the same article without URL and most metadata.
    status, again = store.upsert_article(ArticleDraft(text=TEXT, external_id="hn-1"))
    assert (status, again) == ("unchanged", aid)
    article = store.get_article(aid)
    assert article is not None
    assert (article.url, article.canonical_url, article.title, article.published,
            article.source, article.author, article.category) == (
        URL, URL, "Tiêu đề", "2022-12-21", "hongngu", "Đoàn Ti Vi", "Tin tức")


def test_metadata_merge_takes_new_values(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, external_id="hn-1", title="Cũ"))
    status, _ = store.upsert_article(ArticleDraft(text=TEXT, external_id="hn-1", title="Mới",
                                                  url=URL))
    assert status == "updated"
    article = store.get_article(aid)
    assert article is not None
    assert (article.title, article.url, article.canonical_url) == ("Mới", URL, URL)
    # The merged row is now reachable by its URL too.
    assert store.upsert_article(ArticleDraft(text=TEXT, url=URL)) == ("unchanged", aid)


def test_conflicting_identities_raise_store_error(store: Store) -> None:
    _, a1 = store.upsert_article(ArticleDraft(text=TEXT, url=URL, external_id="a"))
    _, a2 = store.upsert_article(ArticleDraft(text=OTHER, url=URL + "-b", external_id="b"))
    # The URL names article a2, the id names article a1.
    with pytest.raises(IdentityConflictError, match="'a'") as err:
        store.upsert_article(ArticleDraft(text=OTHER + " sửa", url=URL + "-b", external_id="a"))
    assert isinstance(err.value, StoreError)
    # Nothing changed, and the store is still usable.
    b = store.get_article(a2)
    assert b is not None
    assert (b.text, b.external_id) == (OTHER, "b")
    assert store.upsert_article(ArticleDraft(text=TEXT, external_id="a")) == ("unchanged", a1)


def test_articles_listing(store: Store) -> None:
    ids = [store.upsert_article(ArticleDraft(text=f"{TEXT} {i}", external_id=f"e{i}"))[1]
           for i in range(5)]
    assert [a.id for a in store.iter_articles()] == ids
    got = store.get_articles([ids[3], ids[1], ids[3], 10_000])
    assert set(got) == {ids[1], ids[3]}
    assert got[ids[3]].text == f"{TEXT} 3"


# ----------------------------------------------------------------------------- passages

def test_replace_passages_cuts_exact_text(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL))
    spans = [*spans_of(TEXT), PassageSpan(5, 40)]  # overlapping spans are allowed
    store.replace_passages(aid, spans, SIG)
    article = store.get_article(aid)
    assert article is not None
    passages = store.passages_of(aid)
    assert [p.ordinal for p in passages] == list(range(len(spans)))
    assert [(p.start, p.end) for p in passages] == [(s.start, s.end) for s in spans]
    for p in passages:
        assert p.article_id == aid
        assert article.text[p.start:p.end] == p.text
        assert p.text
    assert passages[1].text == TEXT.split("\n")[1]
    # Lookups by id agree with the per-article listing.
    by_id = store.get_passages([p.id for p in passages])
    assert by_id == {p.id: p for p in passages}
    assert store.passage_texts([passages[2].id, passages[0].id]) == [passages[2].text,
                                                                      passages[0].text]
    assert store.passage_ids() == sorted(p.id for p in passages)


def test_replace_passages_offsets_count_characters_not_bytes(store: Store) -> None:
    text = "Đồng Tháp: Ủy ban Mặt trận Tổ quốc trao tặng 9.365 suất quà cho hộ nghèo."
    _, aid = store.upsert_article(ArticleDraft(text=text))
    start = text.index("9.365")
    store.replace_passages(aid, [PassageSpan(start, start + len("9.365 suất quà"))], SIG)
    [p] = store.passages_of(aid)
    assert p.text == "9.365 suất quà"


def test_replace_passages_replaces_previous_ones(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    store.replace_passages(aid, [PassageSpan(0, len(TEXT))], "chunker-v2")
    passages = store.passages_of(aid)
    assert len(passages) == 1
    assert passages[0].text == TEXT
    assert store.articles_to_chunk("chunker-v2") == []
    assert store.articles_to_chunk(SIG) == [aid]  # cut with other settings


@pytest.mark.parametrize("span", [PassageSpan(-1, 5), PassageSpan(5, 5), PassageSpan(9, 3),
                                  PassageSpan(0, len(TEXT) + 1)])
def test_replace_passages_rejects_spans_outside_the_text(store: Store,
                                                         span: PassageSpan) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    with pytest.raises(StoreError, match="outside article"):
        store.replace_passages(aid, [PassageSpan(0, 10), span], "other")
    # The failed call changed nothing.
    assert len(store.passages_of(aid)) == 3
    assert store.articles_to_chunk(SIG) == []


def test_replace_passages_of_missing_article(store: Store) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        store.replace_passages(42, [PassageSpan(0, 1)], SIG)


def test_articles_to_chunk(store: Store) -> None:
    _, a1 = store.upsert_article(ArticleDraft(text=TEXT))
    _, a2 = store.upsert_article(ArticleDraft(text=OTHER))
    assert store.articles_to_chunk(SIG) == [a1, a2]
    store.replace_passages(a1, spans_of(TEXT), SIG)
    assert store.articles_to_chunk(SIG) == [a2]


def test_text_change_drops_passages_vectors_and_chunking(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    ids = [p.id for p in store.passages_of(aid)]
    store.put_vectors("m", ids, np.ones((len(ids), 4), dtype=np.float32))
    assert store.articles_to_chunk(SIG) == []

    status, _ = store.upsert_article(ArticleDraft(text=OTHER, url=URL))
    assert status == "updated"
    assert store.passages_of(aid) == []
    assert store.get_passages(ids) == {}
    assert store.cached_vectors("m", ids, 4) == {}
    assert store.articles_to_chunk(SIG) == [aid]
    assert store.stats().unchunked == 1
    with raw(store.path) as con:
        assert con.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == 0


def test_metadata_change_keeps_passages(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL, title="Cũ"))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    ids = [p.id for p in store.passages_of(aid)]
    store.put_vectors("m", ids, np.ones((len(ids), 4), dtype=np.float32))
    assert store.upsert_article(ArticleDraft(text=TEXT, url=URL, title="Mới"))[0] == "updated"
    assert [p.id for p in store.passages_of(aid)] == ids
    assert set(store.cached_vectors("m", ids, 4)) == set(ids)
    assert store.articles_to_chunk(SIG) == []


# ----------------------------------------------------------------------------- vectors

def test_vectors_round_trip(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    ids = [p.id for p in store.passages_of(aid)]
    vectors = np.arange(len(ids) * 8, dtype=np.float32).reshape(len(ids), 8) / 7
    store.put_vectors("model-a", ids, vectors)

    got = store.cached_vectors("model-a", ids, 8)
    assert set(got) == set(ids)
    for i, pid in enumerate(ids):
        assert got[pid].dtype == np.float32
        np.testing.assert_array_equal(got[pid], vectors[i])
    # Only requested ids come back.
    assert set(store.cached_vectors("model-a", ids[:1], 8)) == {ids[0]}
    # A vector of the wrong dimension is not a cache hit.
    assert store.cached_vectors("model-a", ids, 16) == {}


def test_vectors_are_kept_per_model(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    ids = [p.id for p in store.passages_of(aid)]
    store.put_vectors("model-a", ids, np.full((3, 4), 1.0, dtype=np.float32))
    store.put_vectors("model-b", ids[:2], np.full((2, 4), 2.0, dtype=np.float32))

    a = store.cached_vectors("model-a", ids, 4)
    b = store.cached_vectors("model-b", ids, 4)
    assert set(a) == set(ids)
    assert set(b) == set(ids[:2])
    assert all((v == 1.0).all() for v in a.values())
    assert all((v == 2.0).all() for v in b.values())
    assert store.cached_vectors("model-c", ids, 4) == {}


def test_put_vectors_replaces_existing(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, [PassageSpan(0, 10)], SIG)
    [pid] = store.passage_ids()
    store.put_vectors("m", [pid], np.zeros((1, 4), dtype=np.float32))
    store.put_vectors("m", [pid], np.ones((1, 4), dtype=np.float32))
    np.testing.assert_array_equal(store.cached_vectors("m", [pid], 4)[pid], np.ones(4))


def test_put_vectors_needs_one_vector_per_id(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    ids = store.passage_ids()
    with pytest.raises(ValueError):
        store.put_vectors("m", ids, np.ones((2, 4), dtype=np.float32))
    assert store.cached_vectors("m", ids, 4) == {}


def test_rechunking_drops_cached_vectors(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    old = store.passage_ids()
    store.put_vectors("m", old, np.ones((3, 4), dtype=np.float32))
    store.replace_passages(aid, [PassageSpan(0, len(TEXT))], "v2")
    assert store.cached_vectors("m", old + store.passage_ids(), 4) == {}


# ----------------------------------------------------------------------------- stats

def test_stats(store: Store) -> None:
    empty = store.stats()
    assert (empty.articles, empty.passages, empty.unchunked, empty.last_update) == (
        0, 0, 0, None)
    _, a1 = store.upsert_article(ArticleDraft(text=TEXT), now="2024-01-01T00:00:00Z")
    store.upsert_article(ArticleDraft(text=OTHER), now="2024-03-01T00:00:00Z")
    store.replace_passages(a1, spans_of(TEXT), SIG)
    stats = store.stats()
    assert (stats.articles, stats.passages, stats.unchunked) == (2, 3, 1)
    assert stats.last_update == "2024-03-01T00:00:00Z"
    assert store.count_articles() == 2


# ----------------------------------------------------------------------------- database

def test_wal_mode_and_foreign_keys(store: Store, db_path: Path) -> None:
    assert store._q("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._q("PRAGMA foreign_keys").fetchone()[0] == 1
    # WAL is persistent: another connection sees it too.
    with raw(db_path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.db"
    with Store(path):
        pass
    assert path.is_file()


def test_schema_version_recorded(store: Store, db_path: Path) -> None:
    assert SCHEMA_VERSION >= 1
    with raw(db_path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "passages", "embeddings"} <= tables


def test_reopen_keeps_data(db_path: Path) -> None:
    with Store(db_path) as s:
        _, aid = s.upsert_article(ArticleDraft(text=TEXT, url=URL))
        s.replace_passages(aid, spans_of(TEXT), SIG)
    with Store(db_path) as s:
        assert s.upsert_article(ArticleDraft(text=TEXT, url=URL)) == ("unchanged", aid)
        assert len(s.passages_of(aid)) == 3


def test_foreign_keys_cascade_on_article_delete(store: Store) -> None:
    _, aid = store.upsert_article(ArticleDraft(text=TEXT))
    _, other = store.upsert_article(ArticleDraft(text=OTHER))
    store.replace_passages(aid, spans_of(TEXT), SIG)
    store.replace_passages(other, [PassageSpan(0, 10)], SIG)
    ids = store.passage_ids()
    store.put_vectors("m", ids, np.ones((len(ids), 4), dtype=np.float32))
    with store.transaction():
        store._q("DELETE FROM articles WHERE id = ?", (aid,))
    assert store.passages_of(aid) == []
    remaining = store.passage_ids()
    assert len(remaining) == 1
    assert set(store.cached_vectors("m", ids, 4)) == set(remaining)


def test_foreign_keys_reject_orphans(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.put_vectors("m", [12345], np.ones((1, 4), dtype=np.float32))


def test_newer_schema_is_refused(db_path: Path) -> None:
    with Store(db_path):
        pass
    with raw(db_path) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="upgrade") as err:
        Store(db_path)
    assert str(SCHEMA_VERSION + 1) in str(err.value)
    with pytest.raises(StoreError, match="upgrade"):
        Store(db_path, readonly=True)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Đây không phải là cơ sở dữ liệu SQLite.\n" * 20, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        Store(path)
    message = str(err.value)
    assert str(path) in message
    assert "not a database" in message
    assert "move it away" in message  # says what to do
    with pytest.raises(StoreError, match="not a database"):
        Store(path, readonly=True)
    # The file was not touched.
    assert path.read_text(encoding="utf-8").startswith("Đây không phải")


def test_readonly_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="does not exist"):
        Store(path, readonly=True)
    assert not path.exists()


def test_readonly_reads_and_refuses_writes(db_path: Path) -> None:
    with Store(db_path) as s:
        _, aid = s.upsert_article(ArticleDraft(text=TEXT, url=URL))
    with Store(db_path, readonly=True) as ro:
        article = ro.get_article(aid)
        assert article is not None
        assert article.text == TEXT
        with pytest.raises((sqlite3.OperationalError, StoreError), match="readonly"):
            ro.upsert_article(ArticleDraft(text=OTHER))
        assert ro.count_articles() == 1


def test_readonly_path_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "tin #1 ?x=%20"
    path = folder / "newssearch.db"
    with Store(path) as s:
        _, aid = s.upsert_article(ArticleDraft(text=TEXT))
    with Store(path, readonly=True) as ro:
        assert ro.count_articles() == 1
        assert ro.get_article(aid) is not None
    # Nothing was created next to it under a mangled name.
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_reader_sees_writer_commits(db_path: Path) -> None:
    with Store(db_path) as writer:
        writer.upsert_article(ArticleDraft(text=TEXT))
        with Store(db_path, readonly=True) as reader:
            assert reader.count_articles() == 1
            writer.upsert_article(ArticleDraft(text=OTHER))
            assert reader.count_articles() == 2


# ----------------------------------------------------------------------------- transactions

def test_rolled_back_transaction_leaves_no_partial_rows(store: Store, db_path: Path) -> None:
    _, kept = store.upsert_article(ArticleDraft(text=TEXT, url=URL))

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction():
        _, aid = store.upsert_article(ArticleDraft(text=OTHER, external_id="x"))
        store.replace_passages(aid, [PassageSpan(0, 10)], SIG)
        store.upsert_article(ArticleDraft(text=TEXT + " sửa", url=URL))  # an update
        raise Boom
    assert store.count_articles() == 1
    assert store.passage_ids() == []
    article = store.get_article(kept)
    assert article is not None
    assert article.text == TEXT
    with raw(db_path) as con:
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    # The store keeps working after the rollback.
    assert store.upsert_article(ArticleDraft(text=OTHER, external_id="x"))[0] == "new"


def test_nested_transactions_join_the_outer_one(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.upsert_article(ArticleDraft(text=TEXT))
        # The inner block has ended, but nothing is committed until the outer one does.
        raise RuntimeError("abort outer")
    assert store.count_articles() == 0


def test_committed_transaction_is_visible_to_other_connections(store: Store,
                                                              db_path: Path) -> None:
    with store.transaction():
        store.upsert_article(ArticleDraft(text=TEXT))
        store.upsert_article(ArticleDraft(text=OTHER))
    with raw(db_path) as con:
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_removed_articles_leave_search_and_come_back(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        _, aid = store.upsert_article(ArticleDraft(text="Nội dung bài báo đủ dài để thử nghiệm.",
                                                   url="https://example.vn/a"))
        store.replace_passages(aid, [PassageSpan(0, 8)], "sig")
        assert store.articles_to_chunk("sig") == []
        assert store.mark_removed(aid, "https://example.vn/a", 404) is True
        assert store.passages_of(aid) == []          # search skips its hits at once
        assert store.articles_to_chunk("sig") == []  # and the next build leaves it out
        assert store.get_article(aid) is not None    # still citable by id
        store.unmark_removed(aid)
        assert store.articles_to_chunk("sig") == [aid]


def test_lead_is_stored_apart_and_dropped_when_the_text_no_longer_starts_with_it(
        store: Store) -> None:
    lead = TEXT.split("\n")[0]
    _, aid = store.upsert_article(ArticleDraft(text=TEXT, url=URL, lead=lead))
    got = store.get_article(aid)
    assert got is not None and got.lead == lead and got.text.startswith(lead)
    # Re-ingested without a lead: the known lead is kept while the text starts with it.
    assert store.upsert_article(ArticleDraft(text=TEXT, url=URL)) == ("unchanged", aid)
    # The article changed and begins differently: the old lead no longer applies.
    store.upsert_article(ArticleDraft(text=OTHER, url=URL))
    got = store.get_article(aid)
    assert got is not None and got.lead is None
    with pytest.raises(ValueError, match="lead"):
        store.upsert_article(ArticleDraft(text=TEXT, url=URL, lead="Không phải phần đầu."))


def test_a_version_2_store_is_migrated_in_place(db_path: Path) -> None:
    from newssearch.store import _MIGRATIONS, _split_sql

    db_path.parent.mkdir(parents=True)
    with raw(db_path) as con:
        for version in (1, 2):
            for statement in _split_sql(_MIGRATIONS[version]):
                con.execute(statement)
        con.execute("INSERT INTO articles (url, canonical_url, text, content_hash, first_seen, "
                    "last_seen, updated_at) VALUES (?, ?, ?, ?, 'x', 'x', 'x')",
                    (URL, URL, TEXT, content_hash(TEXT)))
        con.execute("PRAGMA user_version = 2")
        con.commit()
    with Store(db_path) as s:
        (article,) = s.iter_articles()
        assert article.text == TEXT and article.lead is None
        assert s.upsert_article(ArticleDraft(text=TEXT, url=URL)) == ("unchanged", article.id)
    with raw(db_path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
