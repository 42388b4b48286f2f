"""The SQLite store: articles, passages and cached passage vectors.

This module owns all SQL. The database runs in WAL mode, so the API keeps
reading while an ingest or index job writes; foreign keys are on, so deleting
an article or re-chunking it drops its passages and their vectors with it.
The schema is versioned (``PRAGMA user_version``) and migrated forward on open.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from .errors import StoreError
from .records import Article, ArticleDraft, Passage, PassageSpan

SCHEMA_VERSION = 3
UpsertStatus = Literal["new", "updated", "unchanged"]

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        url           TEXT,
        canonical_url TEXT,
        external_id   TEXT,
        title         TEXT,
        published     TEXT,
        source        TEXT,
        author        TEXT,
        category      TEXT,
        text          TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        first_seen    TEXT NOT NULL,
        last_seen     TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        chunked_with  TEXT            -- chunker signature of the current passages
    );
    CREATE UNIQUE INDEX articles_canonical ON articles(canonical_url)
        WHERE canonical_url IS NOT NULL;
    CREATE UNIQUE INDEX articles_external ON articles(external_id)
        WHERE external_id IS NOT NULL;
    CREATE INDEX articles_hash ON articles(content_hash);

    CREATE TABLE passages (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal    INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        text       TEXT NOT NULL,
        UNIQUE (article_id, ordinal),
        CHECK (0 <= start AND start < "end")
    );

    -- Vectors are cached per model, so re-indexing embeds only new passages.
    CREATE TABLE embeddings (
        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        model      TEXT NOT NULL,
        vector     BLOB NOT NULL,
        PRIMARY KEY (passage_id, model)
    );
    """,
    # The crawler (issue #3): runs, the frontier, the fetch log, raw pages and removals.
    # Everything a crawl needs to resume after kill -9 lives here, written in the same
    # transaction as the article it produced.
    2: """
    CREATE TABLE crawl_runs (
        id          INTEGER PRIMARY KEY,
        source      TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT,                -- NULL while running (or killed: resumed next time)
        status      TEXT NOT NULL DEFAULT 'running'
    );
    CREATE INDEX crawl_runs_open ON crawl_runs(source, finished_at);

    CREATE TABLE crawl_frontier (
        id            INTEGER PRIMARY KEY,
        source        TEXT NOT NULL,
        url           TEXT NOT NULL,     -- canonicalized
        kind          TEXT NOT NULL,     -- sitemap | feed | listing | article
        depth         INTEGER NOT NULL DEFAULT 0,
        state         TEXT NOT NULL DEFAULT 'pending',  -- pending|done|skipped|failed|refused
        run_id        INTEGER,           -- the run that queued or visited it last
        lastmod       TEXT,              -- from a sitemap
        fetched_at    TEXT,              -- last successful fetch (200 or 304)
        http_status   INTEGER,
        outcome       TEXT,
        fingerprint   TEXT,              -- listing pages: hash of their article links
        discovered_at TEXT NOT NULL,
        UNIQUE (source, url)
    );
    CREATE INDEX crawl_frontier_next ON crawl_frontier(source, state);

    CREATE TABLE crawl_fetch_log (
        id          INTEGER PRIMARY KEY,
        run_id      INTEGER NOT NULL,
        source      TEXT NOT NULL,
        url         TEXT NOT NULL,
        final_url   TEXT,
        kind        TEXT NOT NULL,
        http_status INTEGER,
        outcome     TEXT NOT NULL,
        bytes       INTEGER NOT NULL DEFAULT 0,
        elapsed_ms  INTEGER NOT NULL DEFAULT 0,
        error       TEXT,
        fetched_at  TEXT NOT NULL
    );
    CREATE INDEX crawl_fetch_log_run ON crawl_fetch_log(run_id);

    CREATE TABLE crawl_raw_pages (
        url           TEXT PRIMARY KEY,  -- canonicalized request URL
        source        TEXT NOT NULL,
        kind          TEXT NOT NULL,
        final_url     TEXT NOT NULL,
        http_status   INTEGER NOT NULL,
        content_type  TEXT,
        etag          TEXT,
        last_modified TEXT,
        fetched_at    TEXT NOT NULL,
        body          BLOB NOT NULL,     -- zlib-compressed
        body_bytes    INTEGER NOT NULL,
        body_sha256   TEXT NOT NULL,
        article_id    INTEGER REFERENCES articles(id) ON DELETE SET NULL
    );
    CREATE INDEX crawl_raw_pages_source ON crawl_raw_pages(source, kind);

    -- Articles whose page answered 404/410 on a revisit. A separate table so the
    -- articles table (and everything reading it) is unchanged.
    CREATE TABLE article_removals (
        article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        url         TEXT NOT NULL,
        http_status INTEGER NOT NULL,
        removed_at  TEXT NOT NULL
    );
    """,
    3: """
    -- The lead / sapo as the extractor found it; ``text`` still starts with it, so
    -- search and citations are unchanged, but a reader can show it apart.
    ALTER TABLE articles ADD COLUMN lead TEXT;
    """,
}


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class IdentityConflictError(StoreError):
    """A draft's URL and its external id point at two different stored articles."""


@dataclass(frozen=True, slots=True)
class StoreStats:
    articles: int
    passages: int
    unchunked: int
    last_update: str | None


@dataclass(frozen=True, slots=True)
class FrontierEntry:
    id: int
    source: str
    url: str
    kind: str
    depth: int
    lastmod: str | None
    fetched_at: str | None


@dataclass(frozen=True, slots=True)
class RawPage:
    url: str
    source: str
    kind: str
    final_url: str
    http_status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: str
    body: bytes  # decompressed
    article_id: int | None


@dataclass(frozen=True, slots=True)
class FetchLogEntry:
    run_id: int
    source: str
    url: str
    kind: str
    outcome: str
    http_status: int | None = None
    final_url: str | None = None
    bytes: int = 0
    elapsed_ms: int = 0
    error: str | None = None


#: Frontier order: discovery documents before the articles they lead to; among
#: articles, never-fetched first, then the longest unvisited.
_KIND_ORDER = "CASE kind WHEN 'sitemap' THEN 0 WHEN 'feed' THEN 1 WHEN 'listing' THEN 2 ELSE 3 END"
_FRONTIER_COLS = "id, source, url, kind, depth, lastmod, fetched_at"


def _entry(row: sqlite3.Row) -> FrontierEntry:
    return FrontierEntry(id=row["id"], source=row["source"], url=row["url"], kind=row["kind"],
                         depth=row["depth"], lastmod=row["lastmod"], fetched_at=row["fetched_at"])


_ARTICLE_COLS = ("id, url, canonical_url, external_id, title, published, source, author, "
                 "category, lead, text, content_hash, first_seen, last_seen")
_META_FIELDS = ("url", "canonical_url", "external_id", "title", "published", "source",
                "author", "category", "lead")


def _article(row: sqlite3.Row) -> Article:
    return Article(id=row["id"], url=row["url"], canonical_url=row["canonical_url"],
                   external_id=row["external_id"], title=row["title"],
                   published=row["published"], source=row["source"], author=row["author"],
                   category=row["category"], lead=row["lead"], text=row["text"],
                   content_hash=row["content_hash"], first_seen=row["first_seen"],
                   last_seen=row["last_seen"])


class Store:
    """A connection to the store. Not shared between threads without the lock it holds."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            if readonly:
                if not self.path.is_file():
                    raise StoreError(f"store {self.path} does not exist: run `newssearch ingest`")
                # Escape the path: a '#', '?' or '%' pasted into the URI raw would open
                # (and could create) another file, read-write.
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, check_same_thread=False,
                                           isolation_level=None)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, check_same_thread=False,
                                           isolation_level=None, timeout=30)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}. If the file is damaged, "
                             "move it away and re-run `newssearch ingest`.") from exc

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_version(self) -> int:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema version {version}, newer than this "
                             f"newssearch ({SCHEMA_VERSION}): upgrade newssearch")
        return version

    def _migrate(self) -> None:
        version = self._check_version()
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _split_sql(_MIGRATIONS[target]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outer one."""
        with self._lock:
            if self._db.in_transaction:
                yield
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _q(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            try:
                return self._db.execute(sql, params)
            except sqlite3.OperationalError as exc:
                if "disk" in str(exc) or "full" in str(exc):
                    raise StoreError(f"store {self.path}: {exc}: free disk space and retry; "
                                     "the last committed state is intact") from exc
                raise

    # -- articles ------------------------------------------------------------------
    def _find(self, draft: ArticleDraft, digest: str) -> sqlite3.Row | None:
        """Identity: canonical URL, else the source's own id, else the content hash."""
        key = draft.canonical_url or draft.url
        # Also try the plain URL: a page first stored without a canonical link is keyed
        # by its URL, and must not become a second row when seen again with one.
        for candidate in dict.fromkeys(k for k in (draft.canonical_url, draft.url) if k):
            row = self._q(f"SELECT {_ARTICLE_COLS} FROM articles WHERE canonical_url = ?",
                          (candidate,)).fetchone()
            if row is not None:
                return row  # type: ignore[no-any-return]
        if draft.external_id:
            row = self._q(f"SELECT {_ARTICLE_COLS} FROM articles WHERE external_id = ?",
                          (draft.external_id,)).fetchone()
            if row is not None:
                return row  # type: ignore[no-any-return]
        if not key and not draft.external_id:
            row = self._q(f"SELECT {_ARTICLE_COLS} FROM articles WHERE content_hash = ? "
                          "AND canonical_url IS NULL AND external_id IS NULL LIMIT 1",
                          (digest,)).fetchone()
            return row  # type: ignore[no-any-return]
        return None

    def upsert_article(self, draft: ArticleDraft, now: str | None = None
                       ) -> tuple[UpsertStatus, int]:
        """Insert or update one article; never duplicates it."""
        now = now or utcnow()
        digest = content_hash(draft.text)
        if draft.lead and not draft.text.startswith(draft.lead):
            raise ValueError("ArticleDraft.lead must be the start of its text")
        values = {
            "url": draft.url, "canonical_url": draft.canonical_url or draft.url,
            "external_id": draft.external_id, "title": draft.title,
            "published": draft.published, "source": draft.source, "author": draft.author,
            "category": draft.category, "lead": draft.lead,
        }
        with self.transaction():
            row = self._find(draft, digest)
            if row is None:
                cur = self._q(
                    "INSERT INTO articles (url, canonical_url, external_id, title, published, "
                    "source, author, category, lead, text, content_hash, first_seen, "
                    "last_seen, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values.values(), draft.text, digest, now, now, now))
                return "new", int(cur.lastrowid or 0)
            article_id = int(row["id"])
            # Keep known metadata when a later source lacks it (e.g. a JSONL dump
            # without URLs re-ingested after a crawl).
            merged = {k: (v if v is not None else row[k]) for k, v in values.items()}
            if merged["lead"] and not draft.text.startswith(merged["lead"]):
                merged["lead"] = None  # an old lead that the new text no longer starts with
            same_meta = all(merged[k] == row[k] for k in _META_FIELDS)
            if row["content_hash"] == digest and same_meta:
                self._q("UPDATE articles SET last_seen = ? WHERE id = ?", (now, article_id))
                return "unchanged", article_id
            text_changed = row["content_hash"] != digest
            try:
                self._q(
                    "UPDATE articles SET url=?, canonical_url=?, external_id=?, title=?, "
                    "published=?, source=?, author=?, category=?, lead=?, text=?, "
                    "content_hash=?, "
                    "last_seen=?, updated_at=? WHERE id = ?",
                    (*merged.values(), draft.text, digest, now, now, article_id))
            except sqlite3.IntegrityError as exc:
                # The draft's URL names one article and its id another. The failed
                # statement changed nothing; report a conflict the caller can skip.
                raise IdentityConflictError(
                    f"draft matches article {article_id} by URL, but its id "
                    f"{draft.external_id!r} belongs to another article") from exc
            if text_changed:
                # Offsets point into the old text: drop the passages (and vectors).
                self._q("DELETE FROM passages WHERE article_id = ?", (article_id,))
                self._q("UPDATE articles SET chunked_with = NULL WHERE id = ?", (article_id,))
            return "updated", article_id

    def get_article(self, article_id: int) -> Article | None:
        row = self._q(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?",
                      (article_id,)).fetchone()
        return None if row is None else _article(row)

    def get_articles(self, ids: Iterable[int]) -> dict[int, Article]:
        out: dict[int, Article] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for row in self._q(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})",
                               chunk):
                out[row["id"]] = _article(row)
        return out

    def iter_articles(self) -> Iterator[Article]:
        last = 0
        while True:
            rows = self._q(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id > ? ORDER BY id "
                           "LIMIT 500", (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _article(row)
            last = rows[-1]["id"]

    def articles_to_chunk(self, signature: str) -> list[int]:
        """Ids of articles whose passages are missing or cut with other settings."""
        # Articles whose page is gone (404/410 on a revisit) get no passages.
        rows = self._q("SELECT id FROM articles WHERE (chunked_with IS NULL OR chunked_with != ?) "
                       "AND id NOT IN (SELECT article_id FROM article_removals) ORDER BY id",
                       (signature,)).fetchall()
        return [int(r["id"]) for r in rows]

    # -- passages ------------------------------------------------------------------
    def replace_passages(self, article_id: int, spans: Sequence[PassageSpan],
                         signature: str) -> None:
        """Store the passages of one article, cut from its current text."""
        with self.transaction():
            row = self._q("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"article {article_id} does not exist")
            text: str = row["text"]
            # Refuse out-of-range spans: stored as given they would cite clipped text
            # with offsets past its end.
            for s in spans:
                if not 0 <= s.start < s.end <= len(text):
                    raise StoreError(f"passage span {s.start}:{s.end} is outside article "
                                     f"{article_id} ({len(text)} characters)")
            self._q("DELETE FROM passages WHERE article_id = ?", (article_id,))
            self._db.executemany(
                'INSERT INTO passages (article_id, ordinal, start, "end", text) '
                "VALUES (?,?,?,?,?)",
                [(article_id, i, s.start, s.end, text[s.start:s.end])
                 for i, s in enumerate(spans)])
            self._q("UPDATE articles SET chunked_with = ? WHERE id = ?", (signature, article_id))

    def get_passages(self, ids: Iterable[int]) -> dict[int, Passage]:
        out: dict[int, Passage] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for row in self._q('SELECT id, article_id, ordinal, start, "end", text '
                               f"FROM passages WHERE id IN ({marks})", chunk):
                out[row["id"]] = Passage(row["id"], row["article_id"], row["ordinal"],
                                         row["start"], row["end"], row["text"])
        return out

    def passages_of(self, article_id: int) -> list[Passage]:
        rows = self._q('SELECT id, article_id, ordinal, start, "end", text FROM passages '
                       "WHERE article_id = ? ORDER BY ordinal", (article_id,)).fetchall()
        return [Passage(r["id"], r["article_id"], r["ordinal"], r["start"], r["end"], r["text"])
                for r in rows]

    def passage_ids(self) -> list[int]:
        return [int(r[0]) for r in self._q("SELECT id FROM passages ORDER BY id")]

    def passage_article_ids(self) -> set[int]:
        """Articles that have passages (removed and empty articles have none)."""
        return {int(r[0]) for r in self._q("SELECT DISTINCT article_id FROM passages")}

    def passage_texts(self, ids: Sequence[int]) -> list[str]:
        found = self.get_passages(ids)
        return [found[i].text for i in ids]

    # -- vectors -------------------------------------------------------------------
    def cached_vectors(self, model: str, ids: Sequence[int], dim: int
                       ) -> dict[int, npt.NDArray[np.float32]]:
        out: dict[int, npt.NDArray[np.float32]] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self._q(f"SELECT passage_id, vector FROM embeddings WHERE model = ? "
                               f"AND passage_id IN ({marks})", (model, *chunk)):
                vec = np.frombuffer(row["vector"], dtype=np.float32)
                if vec.size == dim:
                    out[row["passage_id"]] = vec
        return out

    def put_vectors(self, model: str, ids: Sequence[int],
                    vectors: npt.NDArray[np.float32]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (passage_id, model, vector) VALUES (?,?,?)",
                [(pid, model, np.asarray(v, dtype=np.float32).tobytes())
                 for pid, v in zip(ids, vectors, strict=True)])

    # -- crawler -------------------------------------------------------------------
    # Used by newssearch.crawl. Callers group the writes that belong to one fetched
    # page in one ``transaction()``, so a kill leaves either all of them or none.
    def open_crawl_run(self, source: str) -> int | None:
        """The unfinished run of ``source`` (a crawl that was killed), if any."""
        row = self._q("SELECT id FROM crawl_runs WHERE source = ? AND finished_at IS NULL "
                      "ORDER BY id DESC LIMIT 1", (source,)).fetchone()
        return None if row is None else int(row["id"])

    def start_crawl_run(self, source: str, now: str | None = None) -> int:
        """A new run: every known URL of the source is due again (conditional GET).

        Except URLs ``refused`` for what they are (over the size cap, not HTML): they
        would be refused again; deleting their frontier row retries them.
        """
        now = now or utcnow()
        with self.transaction():
            cur = self._q("INSERT INTO crawl_runs (source, started_at) VALUES (?, ?)",
                          (source, now))
            run_id = int(cur.lastrowid or 0)
            self._q("UPDATE crawl_frontier SET state = 'pending', run_id = ?, fingerprint = NULL "
                    "WHERE source = ? AND state != 'refused'", (run_id, source))
        return run_id

    def finish_crawl_run(self, run_id: int, status: str = "done",
                         now: str | None = None) -> None:
        self._q("UPDATE crawl_runs SET finished_at = ?, status = ? WHERE id = ?",
                (now or utcnow(), status, run_id))

    def enqueue(self, source: str, url: str, kind: str, run_id: int, *, depth: int = 0,
                lastmod: str | None = None, now: str | None = None) -> bool:
        """Queue a URL unless it is already known; True when it was new.

        A known URL whose sitemap ``lastmod`` is not newer than its last successful
        fetch is marked skipped for this run (nothing changed, nothing to fetch).
        """
        now = now or utcnow()
        with self.transaction():
            cur = self._q(
                "INSERT INTO crawl_frontier (source, url, kind, depth, run_id, lastmod, "
                "discovered_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (source, url) DO NOTHING",
                (source, url, kind, depth, run_id, lastmod, now))
            if cur.rowcount:
                return True
            if lastmod is not None:
                self._q("UPDATE crawl_frontier SET lastmod = ? WHERE source = ? AND url = ?",
                        (lastmod, source, url))
                self._q("UPDATE crawl_frontier SET state = 'skipped', outcome = 'lastmod' "
                        "WHERE source = ? AND url = ? AND state = 'pending' AND "
                        "fetched_at IS NOT NULL AND fetched_at >= ?", (source, url, lastmod))
            return False

    def next_pending(self, source: str) -> FrontierEntry | None:
        row = self._q(f"SELECT {_FRONTIER_COLS} FROM crawl_frontier WHERE source = ? AND "
                      f"state = 'pending' ORDER BY {_KIND_ORDER}, fetched_at IS NOT NULL, "
                      "fetched_at, id LIMIT 1", (source,)).fetchone()
        return None if row is None else _entry(row)

    def pending_urls(self, source: str, kind: str | None = None) -> list[str]:
        sql = "SELECT url FROM crawl_frontier WHERE source = ? AND state = 'pending'"
        params: tuple[Any, ...] = (source,)
        if kind is not None:
            sql += " AND kind = ?"
            params = (source, kind)
        return [str(r[0]) for r in self._q(sql + " ORDER BY id", params)]

    def mark_visited(self, entry_id: int, state: str, outcome: str, *,
                     http_status: int | None = None, fetched: bool = False,
                     fingerprint: str | None = None, now: str | None = None) -> None:
        """Record what happened to a frontier URL in this run (``fetched``: a 200 or 304)."""
        now = now or utcnow()
        self._q("UPDATE crawl_frontier SET state = ?, outcome = ?, http_status = ?, "
                "fingerprint = COALESCE(?, fingerprint), "
                "fetched_at = CASE WHEN ? THEN ? ELSE fetched_at END WHERE id = ?",
                (state, outcome, http_status, fingerprint, fetched, now, entry_id))

    def fingerprint_seen(self, source: str, run_id: int, fingerprint: str) -> bool:
        row = self._q("SELECT 1 FROM crawl_frontier WHERE source = ? AND run_id = ? AND "
                      "fingerprint = ? LIMIT 1", (source, run_id, fingerprint)).fetchone()
        return row is not None

    def count_frontier(self, source: str, state: str, outcome: str | None = None) -> int:
        """URLs of a source in ``state`` (and with ``outcome``); skipped ones are this run's."""
        row = self._q("SELECT COUNT(*) FROM crawl_frontier WHERE source = ? AND state = ? "
                      "AND (? IS NULL OR outcome = ?)", (source, state, outcome, outcome)
                      ).fetchone()
        return int(row[0])

    def frontier_outcomes(self, source: str) -> dict[str, str]:
        """URL → outcome of its last visit (for status and tests)."""
        return {r["url"]: r["outcome"] for r in self._q(
            "SELECT url, outcome FROM crawl_frontier WHERE source = ? ORDER BY id", (source,))}

    def log_fetch(self, entry: FetchLogEntry, now: str | None = None) -> None:
        self._q("INSERT INTO crawl_fetch_log (run_id, source, url, final_url, kind, http_status, "
                "outcome, bytes, elapsed_ms, error, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (entry.run_id, entry.source, entry.url, entry.final_url, entry.kind,
                 entry.http_status, entry.outcome, entry.bytes, entry.elapsed_ms, entry.error,
                 now or utcnow()))

    def run_totals(self, run_id: int) -> tuple[int, int]:
        """Pages requested (robots.txt excluded) and bytes transferred so far in a run.

        Read from the fetch log, so the per-run caps hold across a kill and resume.
        """
        row = self._q("SELECT COALESCE(SUM(kind != 'robots'), 0) AS n, "
                      "COALESCE(SUM(bytes), 0) AS b FROM crawl_fetch_log WHERE run_id = ?",
                      (run_id,)).fetchone()
        return int(row["n"]), int(row["b"])

    def fetch_log(self, run_id: int | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT run_id, source, url, final_url, kind, http_status, outcome, bytes, "
               "elapsed_ms, error, fetched_at FROM crawl_fetch_log")
        rows = self._q(sql + (" WHERE run_id = ?" if run_id is not None else "") + " ORDER BY id",
                       (run_id,) if run_id is not None else ()).fetchall()
        return [dict(r) for r in rows]

    def save_raw_page(self, page: RawPage) -> None:
        """Keep the latest body of a URL, zlib-compressed, with its fetch metadata."""
        self._q(
            "INSERT OR REPLACE INTO crawl_raw_pages (url, source, kind, final_url, http_status, "
            "content_type, etag, last_modified, fetched_at, body, body_bytes, body_sha256, "
            "article_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (page.url, page.source, page.kind, page.final_url, page.http_status,
             page.content_type, page.etag, page.last_modified, page.fetched_at,
             zlib.compress(page.body, 6), len(page.body),
             hashlib.sha256(page.body).hexdigest(), page.article_id))

    def raw_page(self, url: str) -> RawPage | None:
        row = self._q("SELECT * FROM crawl_raw_pages WHERE url = ?", (url,)).fetchone()
        return None if row is None else _raw_page(row)

    def iter_raw_pages(self, source: str | None = None, kind: str | None = "article"
                       ) -> Iterator[RawPage]:
        last = ""
        while True:
            rows = self._q("SELECT * FROM crawl_raw_pages WHERE url > ? "
                           "AND (? IS NULL OR source = ?) AND (? IS NULL OR kind = ?) "
                           "ORDER BY url LIMIT 200",
                           (last, source, source, kind, kind)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _raw_page(row)
            last = rows[-1]["url"]

    def set_raw_page_article(self, url: str, article_id: int | None) -> None:
        self._q("UPDATE crawl_raw_pages SET article_id = ? WHERE url = ?", (article_id, url))

    def delete_raw_page(self, url: str) -> None:
        self._q("DELETE FROM crawl_raw_pages WHERE url = ?", (url,))

    def find_article_id(self, *urls: str | None) -> int | None:
        """The article stored under any of these URLs (canonical URL first, then URL)."""
        for url in dict.fromkeys(u for u in urls if u):
            row = self._q("SELECT id FROM articles WHERE canonical_url = ? OR url = ? "
                          "ORDER BY canonical_url = ? DESC LIMIT 1", (url, url, url)).fetchone()
            if row is not None:
                return int(row["id"])
        return None

    def mark_removed(self, article_id: int, url: str, http_status: int,
                     now: str | None = None) -> bool:
        """Record that an article's page is gone; True if it was not marked before.

        Its passages (and vectors) are dropped, so search stops citing it at once
        (hits on passages missing from the store are skipped) and the next index
        build leaves it out. The article row stays: it is still citable by id.
        """
        with self.transaction():
            cur = self._q("INSERT INTO article_removals (article_id, url, http_status, "
                          "removed_at) VALUES (?,?,?,?) ON CONFLICT (article_id) DO NOTHING",
                          (article_id, url, http_status, now or utcnow()))
            self._q("DELETE FROM passages WHERE article_id = ?", (article_id,))
            self._q("UPDATE articles SET chunked_with = NULL WHERE id = ?", (article_id,))
        return bool(cur.rowcount)

    def unmark_removed(self, article_id: int) -> None:
        """The page is back: the next index build cuts and embeds it again."""
        self._q("DELETE FROM article_removals WHERE article_id = ?", (article_id,))

    def removed_article_ids(self) -> set[int]:
        return {int(r[0]) for r in self._q("SELECT article_id FROM article_removals")}

    # -- status --------------------------------------------------------------------
    def stats(self) -> StoreStats:
        row = self._q("SELECT COUNT(*) AS n, SUM(chunked_with IS NULL) AS u, "
                      "MAX(updated_at) AS last FROM articles").fetchone()
        passages = self._q("SELECT COUNT(*) FROM passages").fetchone()[0]
        return StoreStats(articles=int(row["n"]), passages=int(passages),
                          unchunked=int(row["u"] or 0), last_update=row["last"])

    def count_articles(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM articles").fetchone()[0])


def _raw_page(row: sqlite3.Row) -> RawPage:
    return RawPage(url=row["url"], source=row["source"], kind=row["kind"],
                   final_url=row["final_url"], http_status=row["http_status"],
                   content_type=row["content_type"], etag=row["etag"],
                   last_modified=row["last_modified"], fetched_at=row["fetched_at"],
                   body=zlib.decompress(row["body"]), article_id=row["article_id"])


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (comments dropped; no ';' inside literals)."""
    code = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [s.strip() for s in code.split(";") if s.strip()]
