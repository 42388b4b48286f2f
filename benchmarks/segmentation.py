"""Word segmentation (pyvi) against syllables + syllable bigrams for the BM25 index.

For each evaluation set the corpus is cut into passages exactly as ``newssearch
eval`` cuts it (same store, same :func:`newssearch.index.chunk_articles`, same
model token counter and ``[chunk]`` settings), then one lexical index per
tokenization is built with the product's BM25 (bm25s, Lucene variant, k1 = 1.2,
b = 0.75; an accented field and a diacritic-free "folded" field):

1. ``syllables``           lowercase, tone-normalized syllables (``vietnamese.tokenize``)
2. ``syllables+bigrams``   1 + adjacent-syllable bigrams (the product setting)
3. ``pyvi``                pyvi ``ViTokenizer`` words (``hỗ_trợ``), each syllable
                           lowercased and tone-normalized the same way
4. ``pyvi+syllables``      1 + pyvi's multi-syllable words

Every query of the test split goes through the product's ``Searcher`` in
``lexical`` mode (article = its best passage, k = 100, the folded field fused in
for diacritic-free queries), only the terms differ. Queries are run as written
(``accented``) and with every diacritic removed (``plain``, as ``newssearch eval
--both-variants`` does). A plain query is first restored by the product's
:class:`~newssearch.lexical.AccentRestorer` (syllable bigram model of the same
corpus, identical for all four tokenizations), then tokenized like the index:
pyvi segments the restored text; the folded field gets the folded terms.

Reported: nDCG@10 and Recall@10 (``newssearch.evaluate``), build speed (term
generation + both BM25 fields, passages/s; the accent model is common and not
counted), query latency p50 of the lexical stage (analysis incl. restoration and
segmentation, BM25 on the field(s)) and distinct terms of the accented field.
A reference run of the real product index (``build_lexical``/``load_lexical``)
checks that tokenization 2 reproduces the product's figures exactly.

    .venv/bin/pip install pyvi==0.1.1            # benchmark only, not a dependency
    .venv/bin/python scripts/make_news_eval.py   # once: data/home/eval-news/corpus.jsonl
    .venv/bin/python benchmarks/segmentation.py [--sets vi_retrieval,news] \\
        [--work-dir data/home/segmentation] [--output data/home/segmentation.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newssearch._files import sha256_file  # noqa: E402
from newssearch.config import load_config  # noqa: E402
from newssearch.evaluate import (  # noqa: E402
    corpus_drafts,
    load_qrels,
    load_queries,
    ndcg_at_k,
    plain_query,
    score_run,
)
from newssearch.index import chunk_articles, chunk_signature, document_index  # noqa: E402
from newssearch.lexical import (  # noqa: E402
    AccentRestorer,
    LexicalHits,
    LexicalIndex,
    QueryAnalysis,
    build_lexical,
    iter_passages,
    load_lexical,
)
from newssearch.search import Searcher  # noqa: E402
from newssearch.store import Store  # noqa: E402
from newssearch.vietnamese import (  # noqa: E402
    fold_tokens,
    is_diacritic_free,
    nfc,
    tokenize,
    with_bigrams,
)

SHARED = REPO.parent / "shared" / "data"
SETS: dict[str, tuple[Path, Path, Path]] = {
    "vi_retrieval": (SHARED / "vi_retrieval" / "corpus.jsonl",
                     SHARED / "vi_retrieval" / "queries.jsonl",
                     SHARED / "vi_retrieval" / "qrels.tsv"),
    "news": (REPO / "data" / "home" / "eval-news" / "corpus.jsonl",
             REPO / "data" / "eval" / "news" / "queries.jsonl",
             REPO / "data" / "eval" / "news" / "qrels.tsv"),
}
VARIANTS = ("accented", "plain")
PYVI_HINT = ("pyvi is not installed; this benchmark needs it (not a project dependency):\n"
             "    .venv/bin/pip install pyvi==0.1.1")


# -- tokenizations ----------------------------------------------------------------------
def _pyvi() -> Callable[[str], str]:
    try:
        from pyvi import ViTokenizer
    except ImportError:
        sys.exit(PYVI_HINT)
    return ViTokenizer.tokenize  # type: ignore[no-any-return]


def make_tokenizations() -> dict[str, Callable[[str], list[str]]]:
    segment = _pyvi()

    def pyvi_words(text: str) -> list[str]:
        """pyvi words, each syllable lowercased and tone-normalized, joined by "_"."""
        out: list[str] = []
        for word in segment(nfc(text)).split():
            syllables = tokenize(word.replace("_", " "))
            if syllables:
                out.append("_".join(syllables))
        return out

    def pyvi_and_syllables(text: str) -> list[str]:
        return [*tokenize(text), *(w for w in pyvi_words(text) if "_" in w)]

    return {
        "syllables": tokenize,
        "syllables+bigrams": lambda text: with_bigrams(tokenize(text)),
        "pyvi": pyvi_words,
        "pyvi+syllables": pyvi_and_syllables,
    }


def _bm25() -> Any:
    from newssearch.lexical import _bm25 as product_bm25

    return product_bm25()


def _distinct(bm: Any) -> int:
    return sum(1 for t in bm.vocab_dict if t)  # bm25s may add an empty token


class TermIndex(LexicalIndex):
    """The product's lexical index with another term function, timing its lexical stage."""

    def __init__(self, terms: Callable[[str], list[str]], accented: Any, folded: Any,
                 passage_ids: np.ndarray, restorer: AccentRestorer) -> None:
        super().__init__(accented, folded, passage_ids, restorer)
        self.terms = terms
        self.seconds = 0.0

    def analyze(self, text: str, *, restore: bool = True) -> QueryAnalysis:
        started = time.perf_counter()
        free = is_diacritic_free(text)
        interpreted = self.restorer.restore_text(text) if free and restore else text
        terms = self.terms(interpreted)
        # Restoration changes marks only, so for syllables this equals the product's
        # folded query (folded syllables of the text as typed).
        out = QueryAnalysis(text=text, diacritic_free=free, interpreted=interpreted,
                            tokens=tuple(terms), folded=tuple(fold_tokens(terms)))
        self.seconds += time.perf_counter() - started
        return out

    def search(self, tokens: Sequence[str], k: int, *, folded: bool = False,
               mask: Any = None) -> LexicalHits:
        """As the product's, but ``tokens`` are already the full term list."""
        started = time.perf_counter()
        try:
            empty = LexicalHits(np.zeros(0, np.int64), np.zeros(0, np.float32))
            index = self._folded if folded else self._accented
            ids = index.get_tokens_ids(list(tokens))
            if not self.size or k <= 0 or not ids:
                return empty
            scores = np.asarray(index.get_scores_from_ids(ids), dtype=np.float32)
            k = min(k, int(np.count_nonzero(scores > 0)))
            if k == 0:
                return empty
            top = (np.argpartition(-scores, k - 1)[:k] if k < len(scores)
                   else np.arange(len(scores)))
            top = top[np.argsort(-scores[top], kind="stable")]
            top = top[scores[top] > 0]
            return LexicalHits(self.passage_ids[top], scores[top])
        finally:
            self.seconds += time.perf_counter() - started


# -- the set ----------------------------------------------------------------------------
@dataclass
class EvalSet:
    name: str
    store: Store
    passage_ids: list[int]
    texts: list[str]
    queries: dict[str, str]
    judgments: dict[str, dict[str, int]]


def open_set(name: str, work_dir: Path, cfg: Any, embedder: Any) -> EvalSet:
    """The set's passages, cut as ``newssearch eval`` cuts them (kept in ``work_dir``)."""
    corpus, queries_path, qrels_path = SETS[name]
    if not corpus.is_file():
        hint = (" — run `.venv/bin/python scripts/make_news_eval.py` first"
                if name == "news" else "")
        sys.exit(f"{corpus} does not exist{hint}")
    queries = load_queries(queries_path, "test")
    judgments = {q: r for q, r in load_qrels(qrels_path).items() if q in queries}
    work_dir.mkdir(parents=True, exist_ok=True)
    db = work_dir / f"{name}.db"
    stamp_path = work_dir / f"{name}.json"
    stamp = {"corpus_sha256": sha256_file(corpus),
             "chunk": chunk_signature(cfg.chunk, embedder)}
    fresh = stamp_path.is_file() and json.loads(stamp_path.read_text()) == stamp
    if not fresh:
        stamp_path.unlink(missing_ok=True)
        for stale in work_dir.glob(f"{name}.db*"):
            stale.unlink()
    store = Store(db)
    if not fresh:
        started = time.perf_counter()
        with store.transaction():
            for draft in corpus_drafts(corpus):
                store.upsert_article(draft)
        chunk_articles(store, embedder, cfg.chunk)
        stamp_path.write_text(json.dumps(stamp))
        print(f"[{name}] chunked in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    ids = store.passage_ids()
    texts = [t for _, t in iter_passages(store, ids)]
    return EvalSet(name, store, ids, texts, queries, judgments)


class _Holder:
    """Stands in for the IndexHolder: lexical mode needs only ``lexical`` and ``documents``."""

    def __init__(self, lexical: LexicalIndex, documents: dict[str, list[int]]) -> None:
        self.index = type("Index", (), {"lexical": lexical, "documents": documents,
                                        "path": Path("<benchmark>"),
                                        "size": lexical.size})()
        self.error = None

    def get(self) -> Any:
        return self.index


def run_queries(es: EvalSet, lexical: LexicalIndex, cfg: Any, embedder: Any,
                documents: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
    """Metrics and lexical-stage latency per query variant, through the product Searcher."""
    searcher = Searcher(es.store, embedder, _Holder(lexical, documents), cfg.search,
                        cfg.retrieval)
    k = min(100, cfg.search.max_k)
    out: dict[str, dict[str, Any]] = {}
    for variant in VARIANTS:
        run: dict[str, list[str]] = {}
        lexical_ms: list[float] = []
        total_ms: list[float] = []
        for qid in es.judgments:
            text = es.queries[qid]
            text = plain_query(text) if variant == "plain" else text
            if isinstance(lexical, TermIndex):
                lexical.seconds = 0.0
            started = time.perf_counter()
            response = searcher.search(text, k, mode="lexical")
            total_ms.append((time.perf_counter() - started) * 1000)
            if isinstance(lexical, TermIndex):
                lexical_ms.append(lexical.seconds * 1000)
            run[qid] = [r.article.external_id or "" for r in response.results]
        m = score_run(run, es.judgments)
        out[variant] = {**m.as_dict(), "search_p50_ms": round(statistics.median(total_ms), 2),
                        # per judged query, in score_run's order (for the paired comparison)
                        "_ndcg": [ndcg_at_k(run.get(q, []), es.judgments[q], 10)
                                  for q in es.judgments
                                  if any(g > 0 for g in es.judgments[q].values())]}
        if lexical_ms:
            out[variant]["lexical_p50_ms"] = round(statistics.median(lexical_ms), 2)
    return out


def bench_set(es: EvalSet, tokenizations: dict[str, Callable[[str], list[str]]], cfg: Any,
              embedder: Any) -> dict[str, Any]:
    documents = document_index(es.store)
    ids = np.asarray(es.passage_ids, dtype=np.int64)
    # The accent model: the product's, from corpus syllables (shared by every tokenization).
    unigrams: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for text in es.texts:
        syl = tokenize(text)
        unigrams.update(syl)
        pairs.update(itertools.pairwise(syl))
    restorer = AccentRestorer.from_counts(unigrams, pairs)
    results: dict[str, Any] = {"passages": len(ids), "queries": len(es.judgments), "runs": {}}

    for name, terms in tokenizations.items():
        started = time.perf_counter()
        accented = [terms(t) for t in es.texts]
        folded = [fold_tokens(t) for t in accented]
        bm_acc, bm_fold = _bm25(), _bm25()
        bm_acc.index(accented, show_progress=False)
        bm_fold.index(folded, show_progress=False)
        build_s = time.perf_counter() - started
        lexical = TermIndex(terms, bm_acc, bm_fold, ids, restorer)
        row = {"build_s": round(build_s, 1),
               "passages_per_s": round(len(ids) / build_s, 1),
               "terms_accented": _distinct(bm_acc), "terms_folded": _distinct(bm_fold),
               "term_occurrences": int(sum(len(t) for t in accented)),
               "postings_accented": len(bm_acc.scores["data"]),
               **run_queries(es, lexical, cfg, embedder, documents)}
        results["runs"][name] = row
        print(f"[{es.name}] {name}: build {build_s:.1f} s, "
              f"nDCG@10 {row['accented']['ndcg@10']:.4f} / {row['plain']['ndcg@10']:.4f}",
              file=sys.stderr)
        del accented, folded

    # Check: the real product index gives the same figures as tokenization 2.
    with tempfile.TemporaryDirectory(prefix="segmentation-") as tmp:
        build_lexical(zip(es.passage_ids, es.texts, strict=True), Path(tmp) / "lexical")
        product = load_lexical(Path(tmp) / "lexical")
        ref = run_queries(es, product, cfg, embedder, documents)
    mine = results["runs"].get("syllables+bigrams")
    same = mine is not None and all(
        ref[v][m] == mine[v][m] for v in VARIANTS for m in ("ndcg@10", "recall@10",
                                                             "recall@100", "mrr@10"))
    results["product_check"] = {"identical": same, **{
        v: {m: x for m, x in ref[v].items() if not m.startswith("_")} for v in VARIANTS}}
    if mine is not None:
        for row in results["runs"].values():
            for v in VARIANTS:
                row[v]["vs_product"] = paired_delta(row[v]["_ndcg"], mine[v]["_ndcg"])
    for row in results["runs"].values():
        for v in VARIANTS:
            del row[v]["_ndcg"]
    return results


def paired_delta(a: Sequence[float], b: Sequence[float], resamples: int = 10_000
                 ) -> dict[str, float | int]:
    """Mean per-query nDCG@10 difference a − b, paired bootstrap 95% CI, wins/losses."""
    diff = np.asarray(a) - np.asarray(b)
    rng = np.random.default_rng(0)
    means = diff[rng.integers(0, len(diff), size=(resamples, len(diff)))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return {"delta": round(float(diff.mean()), 4), "ci95_low": round(float(lo), 4),
            "ci95_high": round(float(hi), 4), "wins": int((diff > 1e-9).sum()),
            "losses": int((diff < -1e-9).sum())}


def print_table(name: str, res: dict[str, Any]) -> None:
    same = res["product_check"]["identical"]
    print(f"\n## {name}: {res['queries']} test queries, {res['passages']:,} passages "
          f"(check, tokenization 2 == product index: {same})\n")
    print("| tokenization | nDCG@10 acc. | R@10 acc. | nDCG@10 plain | R@10 plain | "
          "build passages/s | p50 ms acc. | p50 ms plain | distinct terms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for tok, row in res["runs"].items():
        a, p = row["accented"], row["plain"]
        print(f"| {tok} | {a['ndcg@10']:.4f} | {a['recall@10']:.4f} | {p['ndcg@10']:.4f} | "
              f"{p['recall@10']:.4f} | {row['passages_per_s']:,.0f} | "
              f"{a['lexical_p50_ms']:.2f} | {p['lexical_p50_ms']:.2f} | "
              f"{row['terms_accented']:,} |")
    print("\nnDCG@10 minus the product setting's (syllables+bigrams), per query, paired "
          "bootstrap 95% CI; wins/losses = queries better/worse:\n")
    print("| tokenization | Δ accented [95% CI] | w/l | Δ plain [95% CI] | w/l |")
    print("|---|---|---:|---|---:|")
    for tok, row in res["runs"].items():
        cells = []
        for v in VARIANTS:
            d = row[v]["vs_product"]
            cells += [f"{d['delta']:+.4f} [{d['ci95_low']:+.4f}, {d['ci95_high']:+.4f}]",
                      f"{d['wins']}/{d['losses']}"]
        print(f"| {tok} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="vi_retrieval,news",
                    help="comma-separated: " + ", ".join(SETS))
    ap.add_argument("--work-dir", default=str(REPO / "data" / "home" / "segmentation"),
                    help="passage stores are kept here (reused while corpus and chunking "
                         "are unchanged)")
    ap.add_argument("--output", help="write every figure as JSON here")
    args = ap.parse_args()
    names = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in names if s not in SETS]
    if unknown:
        sys.exit(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
    tokenizations = make_tokenizations()  # exits with the install hint if pyvi is missing

    from newssearch.embed import load_embedder

    started = time.perf_counter()
    cfg = load_config()
    embedder = load_embedder(cfg)  # only its token counter is used (to cut passages)
    report: dict[str, Any] = {}
    for name in names:
        es = open_set(name, Path(args.work_dir), cfg, embedder)
        try:
            report[name] = bench_set(es, tokenizations, cfg, embedder)
        finally:
            es.store.close()
        print_table(name, report[name])
    total = time.perf_counter() - started
    print(f"\nTotal {total / 60:.1f} min. Latency = the lexical stage (analysis with "
          "restoration/segmentation + BM25), median per query.")
    if args.output:
        Path(args.output).write_text(json.dumps(report, ensure_ascii=False, indent=2),
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
