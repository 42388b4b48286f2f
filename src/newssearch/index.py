"""The vector index: chunk → embed → FAISS on disk, published atomically.

Layout of ``<data_home>/index``::

    CURRENT                      name of the live build (replaced atomically)
    builds/<name>/vectors.faiss  IndexIDMap2 over inner product; ids = passage ids
    builds/<name>/manifest.json  model, dimension, counts, checksums, store snapshot
    builds/<name>/lexical/       BM25 over syllables + bigrams, accent statistics
                                 (see ``newssearch.lexical``); listed in the manifest

A build is written under a temporary name and renamed into place before
``CURRENT`` is switched, so readers only ever see complete builds, and a killed
job leaves the previous index live. Vectors are cached in the store per model,
so a rebuild embeds only passages it has not seen.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ._files import fsync_dir, sha256_file
from ._progress import progress_bar
from .chunk import Chunker
from .config import ChunkConfig, DuplicatesConfig
from .dedup import DedupItem, DuplicateIndex, DuplicateParams
from .docrefs import find_references
from .embed import Embedder
from .errors import IndexCorruptError, IndexMismatchError, IndexNotBuiltError, NewsSearchError
from .lexical import LEXICAL_DIR, LexicalIndex, build_lexical, iter_passages, load_lexical
from .store import Store, utcnow

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
CURRENT = "CURRENT"
BUILDS = "builds"
FAISS_FILE = "vectors.faiss"
MANIFEST_FILE = "manifest.json"
#: Document number (normalized, e.g. "71-KH/TU") → ids of the articles citing it.
DOCUMENTS_FILE = "documents.json"
DUPLICATES_FILE = "duplicates.json"
#: Builds kept besides the live one (a server may still be loading the previous).
KEEP_OLD_BUILDS = 1
#: Passages embedded between two writes to the vector cache (resume granularity).
EMBED_FLUSH = 512


@dataclass(frozen=True, slots=True)
class Manifest:
    format_version: int
    model_id: str
    model_checksum: str
    dimension: int
    passages: int
    articles: int
    built_at: str
    seconds: float
    faiss_file: str
    faiss_sha256: str
    chunker: dict[str, Any] = field(default_factory=dict)
    store: dict[str, Any] = field(default_factory=dict)
    #: The lexical index (``lexical/``): its meta and file checksums; empty in builds
    #: made before it existed (they serve dense search only).
    lexical: dict[str, Any] = field(default_factory=dict)
    #: The document-number index (``documents.json``): file, sha256, counts.
    documents: dict[str, Any] = field(default_factory=dict)
    #: Near-duplicate clusters (``duplicates.json``): file, sha256, counts, parameters.
    duplicates: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        optional = {"chunker", "store", "lexical", "documents", "duplicates"}
        return cls(**{k: data[k] for k in cls.__dataclass_fields__
                      if k in data or k not in optional})


@dataclass(frozen=True, slots=True)
class BuildReport:
    articles_chunked: int
    passages: int
    embedded: int
    reused: int
    seconds: float
    build: str
    manifest: Manifest


def chunk_signature(cfg: ChunkConfig, embedder: Embedder) -> str:
    """Identifies how passages were cut; other settings mean re-chunking."""
    return (f"v1:{embedder.model_id}:{cfg.target_tokens}/{cfg.max_tokens}/"
            f"{cfg.overlap_tokens}")


# -- building --------------------------------------------------------------------
def chunk_articles(store: Store, embedder: Embedder, cfg: ChunkConfig,
                   progress: bool = False) -> int:
    """(Re)cut passages of every article that needs it; returns how many."""
    # Passage budgets count the prefix and special tokens the model will see.
    limit = min(cfg.max_tokens, embedder.max_tokens)
    chunker = Chunker(embedder.count_tokens, target_tokens=min(cfg.target_tokens, limit),
                      max_tokens=limit, overlap_tokens=cfg.overlap_tokens)
    signature = chunk_signature(cfg, embedder)
    todo = store.articles_to_chunk(signature)
    with progress_bar(len(todo), "chunking articles", progress) as bar:
        for ids in (todo[i:i + 200] for i in range(0, len(todo), 200)):
            articles = store.get_articles(ids)
            with store.transaction():
                for aid in ids:
                    article = articles.get(aid)
                    if article is not None:
                        store.replace_passages(aid, chunker.chunk(article.text), signature)
            bar.update(len(ids))
    return len(todo)


def embed_passages(store: Store, embedder: Embedder, ids: list[int],
                   progress: bool = False) -> tuple[npt.NDArray[np.float32], int]:
    """Vectors for ``ids`` (in order), embedding only those not cached yet."""
    dim = embedder.dimension
    key = f"{embedder.model_id}@{embedder.checksum}"
    vectors = np.zeros((len(ids), dim), dtype=np.float32)
    cached = store.cached_vectors(key, ids, dim)
    missing = [i for i, pid in enumerate(ids) if pid not in cached]
    for i, pid in enumerate(ids):
        vec = cached.get(pid)
        if vec is not None:
            vectors[i] = vec
    with progress_bar(len(missing), "embedding passages", progress) as bar:
        for start in range(0, len(missing), EMBED_FLUSH):
            rows = missing[start:start + EMBED_FLUSH]
            batch_ids = [ids[r] for r in rows]
            vecs = embedder.embed_passages(store.passage_texts(batch_ids))
            # Cache as we go: a killed job resumes from here, not from zero.
            store.put_vectors(key, batch_ids, vecs)
            vectors[rows] = vecs
            bar.update(len(rows))
    return vectors, len(missing)


def build_index(store: Store, embedder: Embedder, chunk_cfg: ChunkConfig, index_dir: Path,
                *, duplicates: DuplicatesConfig | None = None,
                progress: bool = False) -> BuildReport:
    """Chunk what changed, embed what is new, write and publish a complete index."""
    import faiss

    started = time.perf_counter()
    dup_cfg = duplicates or DuplicatesConfig()
    chunked = chunk_articles(store, embedder, chunk_cfg, progress)
    ids = store.passage_ids()
    in_build = store.passage_article_ids()
    stats = store.stats()
    vectors, embedded = embed_passages(store, embedder, ids, progress)

    flat = faiss.IndexFlatIP(embedder.dimension)
    index = faiss.IndexIDMap2(flat)
    if ids:
        index.add_with_ids(vectors, np.asarray(ids, dtype=np.int64))

    builds = index_dir / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    # Sortable and unique even for two builds within one second.
    name = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    tmp = builds / f".tmp-{name}"
    tmp.mkdir()
    try:
        faiss_path = tmp / FAISS_FILE
        faiss.write_index(index, str(faiss_path))
        with faiss_path.open("rb") as f:
            os.fsync(f.fileno())
        lexical = build_lexical(iter_passages(store, ids), tmp / LEXICAL_DIR)
        lexical["dir"] = LEXICAL_DIR
        for rel in lexical["files"]:
            with (tmp / LEXICAL_DIR / rel).open("rb") as f:
                os.fsync(f.fileno())
        dup_started = time.perf_counter()
        cited, clusters = scan_articles(store, in_build,
                                        dup_cfg if dup_cfg.enabled else None, progress)
        documents = _write_part(tmp, DOCUMENTS_FILE, cited, numbers=len(cited),
                                citations=sum(map(len, cited.values())))
        duplicates_part: dict[str, Any] = {}
        if clusters is not None:
            duplicates_part = _write_part(
                tmp, DUPLICATES_FILE, {"clusters": clusters}, clusters=len(clusters),
                articles=sum(map(len, clusters)), params=asdict(dup_cfg),
                seconds=round(time.perf_counter() - dup_started, 2))
            log.info("duplicates clusters=%d articles=%d seconds=%.1f", len(clusters),
                     duplicates_part["articles"], duplicates_part["seconds"])
        manifest = Manifest(
            format_version=FORMAT_VERSION, model_id=embedder.model_id,
            model_checksum=embedder.checksum, dimension=embedder.dimension,
            passages=len(ids), articles=stats.articles, built_at=utcnow(),
            seconds=round(time.perf_counter() - started, 2), faiss_file=FAISS_FILE,
            faiss_sha256=sha256_file(faiss_path), chunker=asdict(chunk_cfg),
            store={"path": str(store.path), "articles": stats.articles,
                   "passages": stats.passages, "last_update": stats.last_update},
            lexical=lexical, documents=documents, duplicates=duplicates_part)
        _write_json(tmp / MANIFEST_FILE, asdict(manifest))
        fsync_dir(tmp)
        final = builds / name
        tmp.rename(final)
        _write_json(index_dir / (CURRENT + ".tmp"), {"build": name})
        os.replace(index_dir / (CURRENT + ".tmp"), index_dir / CURRENT)
        fsync_dir(index_dir)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise NewsSearchError(
            f"cannot write the index under {index_dir}: {exc}. The previous index is "
            "still live; free space or fix permissions and run `newssearch index` again."
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(builds, keep=name)
    report = BuildReport(articles_chunked=chunked, passages=len(ids), embedded=embedded,
                         reused=len(ids) - embedded,
                         seconds=round(time.perf_counter() - started, 2), build=name,
                         manifest=manifest)
    log.info("index built build=%s passages=%d articles=%d embedded=%d reused=%d seconds=%.1f",
             name, len(ids), stats.articles, embedded, report.reused, report.seconds)
    return report


def scan_articles(store: Store, only: set[int] | None,
                  duplicates: DuplicatesConfig | None = None, progress: bool = False
                  ) -> tuple[dict[str, list[int]], list[list[int]] | None]:
    """One pass over the store's articles (those in ``only``, if given): the document
    numbers they cite (number → citing article ids) and, when ``duplicates`` is
    given, their near-duplicate clusters (representative first)."""
    cited: dict[str, set[int]] = {}
    detector = DuplicateIndex(duplicate_params(duplicates)) if duplicates else None
    total = len(only) if only is not None else store.count_articles()
    with progress_bar(total, "scanning articles", progress) as bar:
        for article in store.iter_articles():
            if only is not None and article.id not in only:
                continue
            for ref in find_references(article.text):
                cited.setdefault(ref.number, set()).add(article.id)
            if detector is not None:
                detector.add_item(DedupItem(article.id, article.text, article.published))
            bar.update(1)
    documents = {number: sorted(ids) for number, ids in sorted(cited.items())}
    if detector is None:
        return documents, None
    return documents, [list(m) for m in detector.clusters().clusters().values()]


def document_index(store: Store, only: set[int] | None = None) -> dict[str, list[int]]:
    """Every document number cited in the store's articles (those in ``only``, if
    given) → the citing article ids."""
    return scan_articles(store, only)[0]


def duplicate_params(cfg: DuplicatesConfig) -> DuplicateParams:
    return DuplicateParams(shingle_size=cfg.shingle_size, threshold=cfg.threshold,
                           containment=cfg.containment or None,
                           max_days=None if cfg.max_days < 0 else cfg.max_days,
                           min_tokens=cfg.min_tokens)


def _write_part(build: Path, name: str, data: dict[str, Any], **counts: Any
                ) -> dict[str, Any]:
    """Write a JSON side file of a build; its manifest entry (file, sha256, counts)."""
    _write_json(build / name, data)
    return {"file": name, "sha256": sha256_file(build / name), **counts}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    with path.open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.flush()
        os.fsync(f.fileno())


def _prune(builds: Path, keep: str) -> None:
    done = sorted((p for p in builds.iterdir() if p.is_dir() and p.name != keep),
                  key=lambda p: p.name)
    for old in done[:-KEEP_OLD_BUILDS] if KEEP_OLD_BUILDS else done:
        shutil.rmtree(old, ignore_errors=True)


# -- loading ---------------------------------------------------------------------
class VectorIndex:
    """A loaded, immutable index build."""

    def __init__(self, index: Any, manifest: Manifest, path: Path,
                 lexical: LexicalIndex | None = None,
                 documents: dict[str, list[int]] | None = None,
                 duplicates: list[list[int]] | None = None) -> None:
        self._index = index
        self.manifest = manifest
        self.path = path
        #: BM25 + accent restoration; None for builds made before it existed.
        self.lexical = lexical
        #: Document number → citing article ids (empty for builds made before it).
        self.documents = documents or {}
        #: Article id → every article of its near-duplicate cluster (representative
        #: first); articles without duplicates are absent.
        self.duplicates: dict[int, tuple[int, ...]] = {}
        for members in duplicates or []:
            cluster = tuple(int(m) for m in members)
            for member in cluster:
                self.duplicates[member] = cluster

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def search(self, queries: npt.NDArray[np.float32], k: int
               ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
        """Top-``k`` passage ids per query row, best first; missing slots have id -1."""
        k = max(1, min(k, self.size)) if self.size else 1
        scores, ids = self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        return scores, ids


def current_build(index_dir: Path) -> Path:
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        raise IndexNotBuiltError()
    try:
        name = json.loads(pointer.read_text(encoding="utf-8"))["build"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexCorruptError(f"{pointer} is unreadable ({exc}): rebuild with "
                                "`newssearch index`") from exc
    return index_dir / BUILDS / str(name)


def load_index(index_dir: Path, *, model_id: str | None = None, checksum: str | None = None,
               dimension: int | None = None, verify: bool = True) -> VectorIndex:
    """Load the live build, checking it against the model that will query it."""
    import faiss

    build = current_build(index_dir)
    manifest = read_manifest(build)
    manifest_path = build / MANIFEST_FILE
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"{manifest_path}: index format {manifest.format_version}, this newssearch reads "
            f"{FORMAT_VERSION}: rebuild with `newssearch index`")
    if model_id is not None and (manifest.model_id != model_id or
                                 (checksum is not None and manifest.model_checksum != checksum)):
        raise IndexMismatchError(
            f"the index at {build} was built with model {manifest.model_id} "
            f"(weights {manifest.model_checksum[:12]}), but the configured model is {model_id} "
            f"(weights {(checksum or '?')[:12]}): rebuild with `newssearch index`")
    if dimension is not None and manifest.dimension != dimension:
        raise IndexMismatchError(
            f"the index at {build} has dimension {manifest.dimension}, the configured model "
            f"gives {dimension}: rebuild with `newssearch index`")
    faiss_path = build / manifest.faiss_file
    if not faiss_path.is_file():
        raise IndexCorruptError(f"{faiss_path} is missing: rebuild with `newssearch index`")
    if verify and sha256_file(faiss_path) != manifest.faiss_sha256:
        raise IndexCorruptError(f"{faiss_path} does not match its checksum (damaged or "
                                "partly written): rebuild with `newssearch index`")
    try:
        index = faiss.read_index(str(faiss_path))
    except RuntimeError as exc:
        raise IndexCorruptError(f"{faiss_path} is not a readable FAISS index: rebuild with "
                                "`newssearch index`") from exc
    if index.d != manifest.dimension or index.ntotal != manifest.passages:
        raise IndexCorruptError(f"{faiss_path} holds {index.ntotal}×{index.d}, the manifest says "
                                f"{manifest.passages}×{manifest.dimension}: rebuild with "
                                "`newssearch index`")
    lexical = None
    if manifest.lexical:
        lexical = load_lexical(build / str(manifest.lexical.get("dir", LEXICAL_DIR)),
                               verify=verify)
        if lexical.size != manifest.passages:
            raise IndexCorruptError(f"the lexical index in {build} holds {lexical.size} "
                                    f"passages, the manifest says {manifest.passages}: "
                                    "rebuild with `newssearch index`")
    documents = _json_part(build, manifest.documents, DOCUMENTS_FILE, verify=verify)
    clusters = _json_part(build, manifest.duplicates, DUPLICATES_FILE, verify=verify)
    return VectorIndex(index, manifest, build, lexical, documents,
                       clusters.get("clusters", []))


def read_manifest(build: Path) -> Manifest:
    manifest_path = build / MANIFEST_FILE
    try:
        return Manifest.from_json(json.loads(manifest_path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise IndexCorruptError(f"{manifest_path} is missing: rebuild with "
                                "`newssearch index`") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexCorruptError(f"{manifest_path} is unreadable ({exc}): rebuild with "
                                "`newssearch index`") from exc


def load_documents(index_dir: Path) -> dict[str, list[int]]:
    """The live build's document-number index (number → citing article ids), without
    loading FAISS or the lexical index."""
    build = current_build(index_dir)
    return _json_part(build, read_manifest(build).documents, DOCUMENTS_FILE, verify=True)


def _json_part(build: Path, entry: dict[str, Any], default_file: str, *,
               verify: bool) -> dict[str, Any]:
    """A JSON side file of a build, checked against the manifest's checksum;
    ``{}`` for builds made before the part existed (``entry`` empty)."""
    if not entry:
        return {}
    path = build / str(entry.get("file", default_file))
    try:
        if verify and sha256_file(path) != entry.get("sha256"):
            raise IndexCorruptError(f"{path} does not match its checksum: rebuild "
                                    "with `newssearch index`")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{path} is missing or unreadable ({exc}): rebuild "
                                "with `newssearch index`") from exc
    if not isinstance(data, dict):
        raise IndexCorruptError(f"{path} is not a JSON object: rebuild with `newssearch index`")
    return data


class IndexHolder:
    """Keeps the live index loaded and swaps in a new build when ``CURRENT`` changes.

    A failed reload keeps serving the previous build and records the error,
    so a broken build never takes search down. With ``background=True`` (the
    server), a new build is loaded in a thread while the previous one keeps
    answering: loading takes seconds at 100k passages (FAISS + lexical index),
    and no request should wait for it. The first load is always synchronous.
    """

    def __init__(self, index_dir: Path, loader: Callable[[Path], VectorIndex], *,
                 background: bool = False) -> None:
        self.index_dir = index_dir
        self._loader = loader
        self._background = background
        self._index: VectorIndex | None = None
        # Sentinel: the first get() always tries to load (and records why not).
        self._stamp: tuple[int, int] | str | None = "unloaded"
        self.error: NewsSearchError | None = None
        self._lock = threading.Lock()
        self._loading: threading.Thread | None = None

    def _pointer_stamp(self) -> tuple[int, int] | None:
        try:
            st = (self.index_dir / CURRENT).stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    @property
    def loading(self) -> bool:
        """True while a new build is being loaded in the background."""
        thread = self._loading
        return thread is not None and thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a background load to finish; False if it is still running."""
        thread = self._loading
        if thread is not None:
            thread.join(timeout)
        return not self.loading

    def get(self) -> VectorIndex | None:
        stamp = self._pointer_stamp()
        if stamp == self._stamp:
            return self._index
        with self._lock:
            if stamp == self._stamp:
                return self._index
            if self._background and self._index is not None:
                if not self.loading:
                    self._loading = threading.Thread(
                        target=self._load_in_background, args=(stamp,), name="index-loader",
                        daemon=True)
                    self._loading.start()
                return self._index
            self._apply(stamp, self._try_load())
            return self._index

    def _try_load(self) -> VectorIndex | NewsSearchError:
        try:
            return self._loader(self.index_dir)
        except NewsSearchError as exc:
            return exc

    def _load_in_background(self, stamp: tuple[int, int] | str | None) -> None:
        result = self._try_load()  # seconds of I/O: not under the lock
        with self._lock:
            self._apply(stamp, result)

    def _apply(self, stamp: tuple[int, int] | str | None,
               result: VectorIndex | NewsSearchError) -> None:
        """Record a load's outcome (the caller holds the lock)."""
        self._stamp = stamp
        if isinstance(result, VectorIndex):
            self._index, self.error = result, None
            log.info("index loaded build=%s passages=%d", result.path.name, result.size)
        elif isinstance(result, IndexNotBuiltError):
            self.error = result if self._index is None else self.error
        else:
            self.error = result
            log.error("index reload failed, still serving the previous one: %s", result)
