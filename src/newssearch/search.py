"""Search: embed the query, find passages, group them by article, attach citations."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .config import Config, SearchConfig
from .embed import Embedder, load_embedder
from .errors import IndexNotBuiltError, QueryError
from .index import IndexHolder, VectorIndex, load_index
from .records import PassageHit, SearchResult
from .store import Store
from .textnorm import clean_field


@dataclass(frozen=True, slots=True)
class SearchResponse:
    query: str
    k: int
    took_ms: float
    results: list[SearchResult]


def normalize_query(query: str, max_chars: int) -> str:
    """NFC, one line, trimmed; empty or over-long queries are rejected."""
    if len(query) > max_chars:
        raise QueryError(f"query is {len(query)} characters long; the limit is {max_chars}")
    text = clean_field(query)
    if not text:
        raise QueryError("query is empty: type a few words to search for")
    return text


class Searcher:
    def __init__(self, store: Store, embedder: Embedder, holder: IndexHolder,
                 config: SearchConfig) -> None:
        self.store = store
        self.embedder = embedder
        self.holder = holder
        self.config = config

    def search(self, query: str, k: int | None = None) -> SearchResponse:
        started = time.perf_counter()
        cfg = self.config
        k = cfg.default_k if k is None else k
        if not 1 <= k <= cfg.max_k:
            raise QueryError(f"k must be between 1 and {cfg.max_k}, not {k}")
        text = normalize_query(query, cfg.max_query_chars)
        index = self.holder.get()
        if index is None:
            raise self.holder.error or IndexNotBuiltError()
        qvec = self.embedder.embed_queries([text])

        # Fetch passages until k distinct articles are found (or the index is exhausted).
        per_article = max(1, cfg.passages_per_article)
        want = min(index.size, k * cfg.candidates_per_result)
        groups: dict[int, list[PassageHit]] = {}
        while True:
            scores, ids = index.search(qvec, max(want, 1))
            hits = [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
            passages = self.store.get_passages(i for i, _ in hits)
            groups = {}
            for pid, score in hits:
                passage = passages.get(pid)
                if passage is None:  # deleted since the index was built
                    continue
                group = groups.setdefault(passage.article_id, [])
                if len(group) < per_article:
                    group.append(PassageHit(passage, score))
            if len(groups) >= k or want >= index.size:
                break
            want = min(index.size, want * 4)

        ranked = sorted(groups.items(), key=lambda kv: -kv[1][0].score)[:k]
        articles = self.store.get_articles(aid for aid, _ in ranked)
        results = [SearchResult(article=articles[aid], score=hits_[0].score,
                                passages=tuple(hits_))
                   for aid, hits_ in ranked if aid in articles]
        took = (time.perf_counter() - started) * 1000
        return SearchResponse(query=text, k=k, took_ms=round(took, 2), results=results)


def index_loader(embedder: Embedder) -> Callable[[Path], VectorIndex]:
    """Loads the live index and checks it was built with ``embedder``'s model."""
    def load(index_dir: Path) -> VectorIndex:
        return load_index(index_dir, model_id=embedder.model_id, checksum=embedder.checksum,
                          dimension=embedder.dimension)
    return load


def open_searcher(config: Config, embedder: Embedder | None = None) -> Searcher:
    """A searcher over the configured store and index (the model is loaded if not given)."""
    embedder = embedder or load_embedder(config)
    store = Store(config.db_path)
    holder = IndexHolder(config.index_dir, index_loader(embedder))
    return Searcher(store, embedder, holder, config.search)
