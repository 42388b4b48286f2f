"""Search: lexical + dense retrieval, fusion, grouping by article, citations.

A query is NFC-normalized; if it was typed without diacritics, they are
restored from the corpus's statistics ("ho tro ho ngheo" → "hỗ trợ hộ nghèo",
reported as ``interpreted_query``). Then, by ``retrieval.mode``:

* ``dense`` — the (restored) query is embedded and searched in FAISS;
* ``lexical`` — BM25 over syllables + bigrams with the (restored) query, plus the
  diacritic-free field with the folded query when it was typed without diacritics;
* ``hybrid`` — both, fused (RRF by default, or weighted scores).

Passages are grouped by article (best first, up to ``passages_per_article``);
filters (date range, source, category) apply to articles; near-duplicates (the
same story on several sites, found when the index was built) collapse into the
best-ranked one, the others listed as ``also_published``; ``offset`` pages
through the ranked results; ``sort="date"`` orders the relevant ones newest first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config, DuplicatesConfig, RetrievalConfig, SearchConfig
from .docrefs import find_references
from .embed import Embedder, load_embedder
from .errors import IndexMismatchError, IndexNotBuiltError, QueryError
from .fusion import NoReranker, Ranked, Reranker, fuse
from .index import IndexHolder, VectorIndex, load_index
from .lexical import QueryAnalysis
from .records import Article, PassageHit, SearchResult
from .store import Store
from .textnorm import clean_field
from .vietnamese import fold_tokens, tokenize

MODES = ("hybrid", "dense", "lexical")
SORTS = ("relevance", "date")


@dataclass(frozen=True, slots=True)
class Filters:
    """Article filters; ``None`` = no constraint. Dates compare as ISO ``YYYY-MM-DD``."""

    date_from: str | None = None
    date_to: str | None = None
    #: Case-insensitive substring of the article's source name or URL.
    source: str | None = None
    #: Case-insensitive, exact.
    category: str | None = None

    def active(self) -> bool:
        return any(v is not None for v in (self.date_from, self.date_to, self.source,
                                           self.category))

    def accepts(self, a: Article) -> bool:
        if self.date_from or self.date_to:
            day = (a.published or "")[:10]
            if not day:
                return False
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day > self.date_to:
                return False
        if self.source:
            needle = self.source.casefold()
            if not any(needle in (v or "").casefold() for v in (a.source, a.url,
                                                                 a.canonical_url)):
                return False
        return not (self.category and (a.category or "").casefold()
                    != self.category.casefold())


@dataclass(frozen=True, slots=True)
class SearchResponse:
    query: str
    k: int
    took_ms: float
    results: list[SearchResult]
    #: The query as searched when it differs from ``query`` (diacritics restored).
    interpreted_query: str | None = None
    diacritic_free: bool = False
    mode: str = "dense"
    offset: int = 0
    #: Query syllables (lowercase, tone-normalized) to highlight in passages, and their
    #: diacritic-free forms when the query was typed without diacritics.
    highlight_terms: tuple[str, ...] = field(default_factory=tuple)
    highlight_folded: tuple[str, ...] = field(default_factory=tuple)


def normalize_query(query: str, max_chars: int) -> str:
    """NFC, one line, trimmed; empty or over-long queries are rejected."""
    if len(query) > max_chars:
        raise QueryError(f"query is {len(query)} characters long; the limit is {max_chars}")
    text = clean_field(query)
    if not text:
        raise QueryError("query is empty: type a few words to search for")
    return text


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError as exc:
        raise QueryError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from exc


class Searcher:
    def __init__(self, store: Store, embedder: Embedder, holder: IndexHolder,
                 config: SearchConfig, retrieval: RetrievalConfig | None = None,
                 reranker: Reranker | None = None,
                 duplicates: DuplicatesConfig | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.holder = holder
        self.config = config
        self.retrieval = retrieval or RetrievalConfig()
        self.duplicates = duplicates or DuplicatesConfig()
        self.reranker: Reranker = reranker or NoReranker()

    def search(self, query: str, k: int | None = None, *, mode: str | None = None,
               offset: int = 0, filters: Filters | None = None,
               sort: str = "relevance", collapse: bool | None = None) -> SearchResponse:
        started = time.perf_counter()
        cfg, rcfg = self.config, self.retrieval
        k = cfg.default_k if k is None else k
        if not 1 <= k <= cfg.max_k:
            raise QueryError(f"k must be between 1 and {cfg.max_k}, not {k}")
        if offset < 0 or offset + k > 10 * cfg.max_k:
            raise QueryError(f"offset must be between 0 and {10 * cfg.max_k - k}")
        mode = mode or rcfg.mode
        if mode not in MODES:
            raise QueryError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        if sort not in SORTS:
            raise QueryError(f"sort must be relevance or date, not {sort!r}")
        filters = filters or Filters()
        filters = Filters(date_from=_check_date(filters.date_from, "date_from"),
                          date_to=_check_date(filters.date_to, "date_to"),
                          source=clean_field(filters.source),
                          category=clean_field(filters.category))
        text = normalize_query(query, cfg.max_query_chars)
        index = self.holder.get()
        if index is None:
            raise self.holder.error or IndexNotBuiltError()
        lexical = index.lexical
        if lexical is None and mode != "dense":
            if mode == "lexical":
                raise IndexMismatchError(
                    f"the index at {index.path} has no lexical part (built by an older "
                    "newssearch): rebuild with `newssearch index`")
            mode = "dense"
        if lexical is not None:
            analysis = lexical.analyze(text, restore=rcfg.restore_accents)
        else:
            tokens = tuple(tokenize(text))
            analysis = QueryAnalysis(text, False, text, tokens, tuple(fold_tokens(tokens)))

        collapse = self.duplicates.collapse if collapse is None else collapse
        clusters = index.duplicates if collapse else {}

        def story(aid: int) -> int:
            members = clusters.get(aid)
            return members[0] if members else aid

        need = offset + (cfg.max_k if sort == "date" else k)
        per_article = max(1, cfg.passages_per_article)
        depth = max(rcfg.candidates, need * cfg.candidates_per_result)
        qvec = None
        articles: dict[int, Article] = {}
        while True:
            lists: list[Ranked] = []
            weights: list[float] = []
            exhausted = True
            if mode != "lexical":
                if qvec is None:
                    qvec = self.embedder.embed_queries([analysis.interpreted])
                scores, ids = index.search(qvec, max(1, min(depth, index.size)))
                lists.append([(int(i), float(s)) for i, s in zip(ids[0], scores[0],
                                                                  strict=True) if i >= 0])
                weights.append(rcfg.dense_weight)
                exhausted = exhausted and depth >= index.size
            if mode != "dense" and lexical is not None:
                lexical_lists = [lexical.search(analysis.tokens, depth)]
                if analysis.diacritic_free and rcfg.folded_lexical:
                    lexical_lists.append(lexical.search(analysis.folded, depth, folded=True))
                for hits in lexical_lists:
                    lists.append(hits.pairs())
                    weights.append(rcfg.lexical_weight / len(lexical_lists))
                    exhausted = exhausted and len(hits.ids) < depth
            if len(lists) == 1:
                fused = list(lists[0])
            else:
                fused = fuse(rcfg.fusion, lists, weights, rcfg.rrf_k)
            passages = self.store.get_passages(pid for pid, _ in fused)
            if not isinstance(self.reranker, NoReranker):
                fused = self.reranker.rerank(analysis.interpreted, [
                    (passages[pid], s) for pid, s in fused if pid in passages])
            if filters.active():
                wanted = {p.article_id for p in passages.values()} - set(articles)
                articles.update(self.store.get_articles(wanted))
            groups: dict[int, list[PassageHit]] = {}
            for pid, score in fused:
                passage = passages.get(pid)
                if passage is None:  # deleted since the index was built
                    continue
                if filters.active():
                    art = articles.get(passage.article_id)
                    if art is None or not filters.accepts(art):
                        continue
                group = groups.setdefault(passage.article_id, [])
                if len(group) < per_article:
                    group.append(PassageHit(passage, score))
            stories = len({story(aid) for aid in groups}) if clusters else len(groups)
            if stories >= need or exhausted:
                break
            depth *= 4

        article_scores = {aid: hits_[0].score for aid, hits_ in groups.items()}
        if len(lists) > 1 and rcfg.fusion_level == "article":
            # Fuse article rankings (each list ranks an article by its best passage).
            article_lists: list[Ranked] = []
            for ranked_list in lists:
                best: dict[int, float] = {}
                for pid, score in ranked_list:
                    p = passages.get(pid)
                    if p is not None and p.article_id in groups and p.article_id not in best:
                        best[p.article_id] = score
                article_lists.append(list(best.items()))
            article_scores = dict(fuse(rcfg.fusion, article_lists, weights, rcfg.rrf_k))
        ranked = sorted(groups.items(), key=lambda kv: (-article_scores.get(kv[0], 0.0), kv[0]))
        # Upper-cased so "71-kh/tu" is recognized; only numbers the corpus cites count
        # (which also drops look-alikes such as "2019-nCoV").
        refs = {r.number for r in find_references(text.upper())} & index.documents.keys()
        if refs:
            ranked = self._cited_first(ranked, refs, index.documents, articles, filters)
        ranked, also = self._collapse(ranked, clusters, story)
        if sort == "date":
            ranked = ranked[:need]
        missing = {aid for aid, _ in ranked} - set(articles)
        articles.update(self.store.get_articles(missing))
        if sort == "date":
            # Newest first among the relevant articles; undated ones last, by relevance.
            ranked.sort(key=lambda kv: (articles[kv[0]].published or "")
                        if kv[0] in articles else "", reverse=True)
        page = ranked[offset:offset + k]
        others = self._also_published([aid for aid, _ in page], also)
        results = [SearchResult(article=articles[aid], score=article_scores.get(aid, 0.0),
                                passages=tuple(hits_), also_published=others.get(aid, ()))
                   for aid, hits_ in page if aid in articles]
        took = (time.perf_counter() - started) * 1000
        interpreted = analysis.interpreted if analysis.interpreted != text else None
        return SearchResponse(query=text, k=k, took_ms=round(took, 2), results=results,
                              interpreted_query=interpreted,
                              diacritic_free=analysis.diacritic_free, mode=mode, offset=offset,
                              highlight_terms=tuple(dict.fromkeys(analysis.tokens)),
                              highlight_folded=tuple(dict.fromkeys(analysis.folded))
                              if analysis.diacritic_free else ())


    @staticmethod
    def _collapse(ranked: list[tuple[int, list[PassageHit]]],
                  clusters: dict[int, tuple[int, ...]], story: Callable[[int], int]
                  ) -> tuple[list[tuple[int, list[PassageHit]]], dict[int, list[int]]]:
        """One result per story: its best-ranked article; the cluster's other
        articles become that result's ``also_published``."""
        if not clusters:
            return ranked, {}
        kept: list[tuple[int, list[PassageHit]]] = []
        also: dict[int, list[int]] = {}
        seen: set[int] = set()
        for aid, hits in ranked:
            key = story(aid)
            if key in seen:
                continue
            seen.add(key)
            kept.append((aid, hits))
            members = [m for m in clusters.get(aid, ()) if m != aid]
            if members:
                also[aid] = members
        return kept, also

    def _also_published(self, page: list[int], also: dict[int, list[int]]
                        ) -> dict[int, tuple[Article, ...]]:
        wanted = {m for aid in page for m in also.get(aid, ())}
        if not wanted:
            return {}
        found = self.store.get_articles(wanted - self.store.removed_article_ids())
        out: dict[int, tuple[Article, ...]] = {}
        for aid in page:
            arts = [found[m] for m in also.get(aid, ()) if m in found]
            arts.sort(key=lambda a: (a.published or "9999", a.id))  # earliest first
            if arts:
                out[aid] = tuple(arts)
        return out

    def _cited_first(self, ranked: list[tuple[int, list[PassageHit]]], refs: set[str],
                     documents: dict[str, list[int]], articles: dict[int, Article],
                     filters: Filters) -> list[tuple[int, list[PassageHit]]]:
        """Articles citing a document number of the query first: those retrieved in
        their order, then the others newest first; then the rest."""
        cited = {aid for number in refs for aid in documents.get(number, [])}
        if not cited:
            return ranked
        found = {aid for aid, _ in ranked}
        articles.update(self.store.get_articles(cited - set(articles)))
        extra: list[tuple[int, list[PassageHit]]] = []
        for aid in sorted(cited - found):
            art = articles.get(aid)
            if art is None or (filters.active() and not filters.accepts(art)):
                continue
            passages = self.store.passages_of(aid)
            if not passages:
                continue
            best = next((p for p in passages if any(r.number in refs
                                                    for r in find_references(p.text))),
                        passages[0])
            extra.append((aid, [PassageHit(best, 0.0)]))
        extra.sort(key=lambda kv: articles[kv[0]].published or "", reverse=True)
        return ([kv for kv in ranked if kv[0] in cited] + extra
                + [kv for kv in ranked if kv[0] not in cited])


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
    return Searcher(store, embedder, holder, config.search, config.retrieval,
                    duplicates=config.duplicates)
