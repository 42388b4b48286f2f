"""Compare fusion settings on an evaluation index built by `newssearch eval --index-dir`.

Reuses the eval index (no re-embedding) and the query vectors across settings, and
prints nDCG@10 of hybrid search for RRF (several k and weights) and weighted score
fusion (several weights), with queries as written and without diacritics.

    .venv/bin/python scripts/tune_fusion.py --index-dir data/home/eval-vi_retrieval \\
        --queries ../shared/data/vi_retrieval/queries.jsonl \\
        --qrels ../shared/data/vi_retrieval/qrels.tsv
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from newssearch.config import load_config
from newssearch.embed import load_embedder
from newssearch.evaluate import _QueryCache, load_qrels, load_queries, plain_query, score_run
from newssearch.search import open_searcher

SETTINGS = [
    ("passage", "rrf", 60, 1.0, 1.0), ("passage", "rrf", 20, 1.0, 1.0),
    ("passage", "rrf", 100, 1.0, 1.0), ("passage", "rrf", 60, 1.0, 0.5),
    ("passage", "rrf", 60, 1.0, 2.0), ("passage", "rrf", 60, 1.0, 1.5),
    ("passage", "weighted", 60, 1.0, 1.0), ("passage", "weighted", 60, 1.0, 0.5),
    ("passage", "weighted", 60, 1.0, 2.0), ("passage", "weighted", 60, 0.7, 0.3),
    ("article", "rrf", 60, 1.0, 1.0), ("article", "rrf", 20, 1.0, 1.0),
    ("article", "weighted", 60, 1.0, 1.0), ("article", "weighted", 60, 1.0, 0.5),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index-dir", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--qrels", required=True)
    ap.add_argument("--split", default="test")
    ap.add_argument("--only", default="", help="fusion_level to run (article / passage)")
    args = ap.parse_args()
    base = load_config()
    cfg = replace(base, paths=replace(base.paths, data_home=Path(args.index_dir),
                                      models_dir=str(base.models_dir)))
    embedder = _QueryCache(load_embedder(cfg))
    searcher = open_searcher(cfg, embedder)
    texts = load_queries(Path(args.queries), args.split or None)
    qrels = {q: r for q, r in load_qrels(Path(args.qrels)).items() if q in texts}
    print("| level | fusion | rrf_k | dense_weight | lexical_weight | nDCG@10 accented | "
          "nDCG@10 no diacritics |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for level, fusion, k, wd, wl in SETTINGS:
        if args.only and level != args.only:
            continue
        searcher.retrieval = replace(cfg.retrieval, fusion_level=level, fusion=fusion,
                                     rrf_k=k, dense_weight=wd, lexical_weight=wl)
        cells = []
        for variant in ("accented", "plain"):
            run = {}
            for qid in qrels:
                text = plain_query(texts[qid]) if variant == "plain" else texts[qid]
                resp = searcher.search(text, 100, mode="hybrid")
                run[qid] = [r.article.external_id or "" for r in resp.results]
            cells.append(f"{score_run(run, qrels).ndcg_10:.4f}")
        print(f"| {level} | {fusion} | {k} | {wd} | {wl} | {cells[0]} | {cells[1]} |",
              flush=True)
    searcher.store.close()


if __name__ == "__main__":
    main()
