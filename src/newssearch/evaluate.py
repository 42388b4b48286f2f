"""Retrieval evaluation on BEIR-layout sets (corpus.jsonl, queries.jsonl, qrels.tsv).

The corpus goes into a throwaway data home (or ``--index-dir``, reused while
corpus, model and chunking are unchanged), is indexed like any other store,
and every query is searched through the same ``Searcher`` the API uses.
Articles are ranked by their best passage. Metrics follow BEIR/pytrec_eval:
nDCG@10 (graded gains, log2 discount), Recall@10, Recall@100, MRR@10.

One index serves several runs: every retrieval mode (``dense``, ``lexical``,
``hybrid``) × every query variant (``accented`` = as written, ``plain`` = the
same query with its diacritics removed automatically, as a user typing without
them would send it). Query embeddings are computed once per distinct text.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ._files import sha256_file
from ._progress import progress_bar
from .config import Config
from .embed import Embedder, load_embedder
from .errors import NewsSearchError, QueryError
from .index import FORMAT_VERSION, build_index, current_build
from .lexical import LEXICAL_VERSION
from .records import ArticleDraft
from .search import open_searcher
from .store import Store
from .textnorm import clean_field, clean_text
from .vietnamese import fold

log = logging.getLogger(__name__)

FINGERPRINT_FILE = "eval-fingerprint.json"
MODES = ("dense", "lexical", "hybrid")
#: Query variants: as written, and with every diacritic removed (đ → d).
VARIANTS = ("accented", "plain")


@dataclass(frozen=True, slots=True)
class Metrics:
    ndcg_10: float
    recall_10: float
    recall_100: float
    mrr_10: float
    queries: int

    def as_dict(self) -> dict[str, float | int]:
        return {"ndcg@10": round(self.ndcg_10, 4), "recall@10": round(self.recall_10, 4),
                "recall@100": round(self.recall_100, 4), "mrr@10": round(self.mrr_10, 4),
                "queries": self.queries}


# -- metrics ---------------------------------------------------------------------
def ndcg_at_k(ranked: Sequence[str], rels: Mapping[str, int], k: int = 10) -> float:
    dcg = sum(rels.get(doc, 0) / math.log2(i + 2) for i, doc in enumerate(ranked[:k]))
    ideal = sorted((g for g in rels.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at_k(ranked: Sequence[str], rels: Mapping[str, int], k: int) -> float:
    relevant = {d for d, g in rels.items() if g > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def mrr_at_k(ranked: Sequence[str], rels: Mapping[str, int], k: int = 10) -> float:
    for i, doc in enumerate(ranked[:k]):
        if rels.get(doc, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def score_run(run: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]]
              ) -> Metrics:
    """Mean metrics over the queries that have judgments (unanswered ones count as 0)."""
    qids = [q for q in qrels if any(g > 0 for g in qrels[q].values())]
    if not qids:
        raise NewsSearchError("no judged queries to evaluate")

    def mean(fn: Any, *args: Any) -> float:
        return float(sum(fn(run.get(q, []), qrels[q], *args) for q in qids)) / len(qids)

    return Metrics(ndcg_10=mean(ndcg_at_k, 10), recall_10=mean(recall_at_k, 10),
                   recall_100=mean(recall_at_k, 100), mrr_10=mean(mrr_at_k, 10),
                   queries=len(qids))


# -- data ------------------------------------------------------------------------
def load_queries(path: Path, split: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                if split is None or obj.get("split") in (None, split):
                    out[str(obj["id"])] = str(obj["text"])
    return out


def load_qrels(path: Path) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            parts = line.rstrip("\n").split("\t")
            if n == 0 and parts[0] == "query-id":
                continue
            if len(parts) >= 3:
                out.setdefault(parts[0], {})[parts[1]] = int(parts[2])
    return out


def corpus_drafts(path: Path) -> Iterator[ArticleDraft]:
    """Corpus documents as drafts. Short answers are kept: they are real documents."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                text = clean_text(str(obj.get("text") or ""))
                if text:
                    yield ArticleDraft(text=text, title=clean_field(obj.get("title")),
                                       external_id=str(obj["_id" if "_id" in obj else "id"]))


# -- running ---------------------------------------------------------------------
def _fingerprint(corpus: Path, embedder: Embedder, config: Config) -> dict[str, Any]:
    return {"corpus_sha256": sha256_file(corpus), "model": embedder.model_id,
            "model_checksum": embedder.checksum, "chunk": config.chunk.__repr__(),
            "index_format": FORMAT_VERSION, "lexical_format": LEXICAL_VERSION,
            "documents_format": 1}


class _QueryCache:
    """An embedder that remembers query vectors (several runs embed the same texts)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.checksum = inner.checksum
        self.dimension = inner.dimension
        self.max_tokens = inner.max_tokens
        self.description = inner.description
        self._cache: dict[str, Any] = {}

    def embed_queries(self, texts: Sequence[str]) -> Any:
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            for t, v in zip(todo, self.inner.embed_queries(todo), strict=True):
                self._cache[t] = v
        return np.stack([self._cache[t] for t in texts]) if texts else \
            self.inner.embed_queries([])

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> Any:
        return self.inner.embed_passages(texts, progress=progress)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)


def plain_query(text: str) -> str:
    """The query as typed without diacritics: "Hỗ trợ đường" → "Ho tro duong"."""
    return fold(text)


@contextmanager
def _eval_home(index_dir: Path | None) -> Iterator[Path]:
    if index_dir is not None:
        index_dir.mkdir(parents=True, exist_ok=True)
        yield index_dir
    else:
        with tempfile.TemporaryDirectory(prefix="newssearch-eval-") as tmp:
            yield Path(tmp)


@dataclass(frozen=True, slots=True)
class EvalReport:
    #: The first run's metrics (the first mode × the first variant).
    metrics: Metrics
    reused_index: bool
    passages: int
    index_seconds: float
    search_seconds: float
    #: ``"<mode>/<variant>"`` → metrics, in the order run.
    runs: dict[str, Metrics] = field(default_factory=dict)
    #: Seconds spent searching, per run.
    run_seconds: dict[str, float] = field(default_factory=dict)


def evaluate(config: Config, corpus: Path, queries: Path, qrels: Path, *,
             split: str | None = "test", index_dir: Path | None = None,
             embedder: Embedder | None = None, progress: bool = False,
             modes: Sequence[str] | None = None,
             variants: Sequence[str] = ("accented",)) -> EvalReport:
    modes = list(modes or [config.retrieval.mode])
    for m in modes:
        if m not in MODES:
            raise NewsSearchError(f"unknown mode {m!r}; known: {', '.join(MODES)}")
    for v in variants:
        if v not in VARIANTS:
            raise NewsSearchError(f"unknown query variant {v!r}; known: {', '.join(VARIANTS)}")
    for path in (corpus, queries, qrels):
        if not path.is_file():
            raise NewsSearchError(f"{path} does not exist")
    query_texts = load_queries(queries, split)
    judgments = {q: r for q, r in load_qrels(qrels).items() if q in query_texts}
    if not judgments:
        raise NewsSearchError(f"no queries of split {split!r} have judgments in {qrels}")
    embedder = embedder or load_embedder(config)

    with _eval_home(index_dir) as home:
        # Keep the shared model cache: converting the model per run would waste time.
        cfg = replace(config, paths=replace(config.paths, data_home=home,
                                            models_dir=str(config.models_dir)))
        fingerprint = _fingerprint(corpus, embedder, cfg)
        fp_path = home / FINGERPRINT_FILE
        reused = False
        if index_dir is not None and fp_path.is_file():
            try:
                reused = (json.loads(fp_path.read_text(encoding="utf-8")) == fingerprint
                          and current_build(cfg.index_dir).is_dir())
            except (ValueError, NewsSearchError):
                reused = False
        started = time.perf_counter()
        passages = 0
        if not reused:
            # The store (and its vector cache) is kept while the corpus is the same:
            # a new index format then re-builds without re-embedding.
            same_corpus = False
            if fp_path.is_file():
                try:
                    old = json.loads(fp_path.read_text(encoding="utf-8"))
                    same_corpus = all(old.get(key) == fingerprint[key] for key in
                                      ("corpus_sha256", "chunk"))
                except ValueError:
                    same_corpus = False
            fp_path.unlink(missing_ok=True)
            if not same_corpus:
                for stale in home.glob("newssearch.db*"):
                    stale.unlink()
            shutil.rmtree(cfg.index_dir, ignore_errors=True)
            with Store(cfg.db_path) as store:
                with store.transaction():
                    for draft in corpus_drafts(corpus):
                        store.upsert_article(draft)
                # Judgments name single documents: no duplicate collapsing here.
                report = build_index(store, embedder, cfg.chunk, cfg.index_dir,
                                     duplicates=replace(cfg.duplicates, enabled=False),
                                     progress=progress)
                passages = report.passages
            fp_path.write_text(json.dumps(fingerprint), encoding="utf-8")
        index_seconds = time.perf_counter() - started

        started = time.perf_counter()
        searcher = open_searcher(cfg, _QueryCache(embedder))
        runs: dict[str, Metrics] = {}
        run_seconds: dict[str, float] = {}
        try:
            k = min(100, cfg.search.max_k)
            for variant in variants:
                texts = {q: (plain_query(t) if variant == "plain" else t)
                         for q, t in query_texts.items()}
                for mode in modes:
                    name = f"{mode}/{variant}"
                    run_started = time.perf_counter()
                    run: dict[str, list[str]] = {}
                    with progress_bar(len(judgments), f"searching {name}", progress) as bar:
                        for qid in judgments:
                            try:
                                response = searcher.search(texts[qid], k, mode=mode,
                                                           collapse=False)
                            except QueryError:
                                response = None
                            run[qid] = [r.article.external_id or ""
                                        for r in response.results] if response else []
                            bar.update(1)
                    runs[name] = score_run(run, judgments)
                    run_seconds[name] = round(time.perf_counter() - run_started, 1)
                    log.info("eval run=%s ndcg@10=%.4f recall@10=%.4f", name,
                             runs[name].ndcg_10, runs[name].recall_10)
            index = searcher.holder.get()
            passages = passages or (index.size if index else 0)
        finally:
            searcher.store.close()
        search_seconds = time.perf_counter() - started

    metrics = next(iter(runs.values()))
    log.info("eval done queries=%d ndcg@10=%.4f recall@10=%.4f", metrics.queries,
             metrics.ndcg_10, metrics.recall_10)
    return EvalReport(metrics=metrics, reused_index=reused, passages=passages,
                      index_seconds=round(index_seconds, 1),
                      search_seconds=round(search_seconds, 1), runs=runs,
                      run_seconds=run_seconds)
