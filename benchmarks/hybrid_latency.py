"""Latency added by hybrid retrieval at ~100k passages (issue #5 target: < 10 ms).

Cuts every article of ../shared/data/vi_news.jsonl into ~600-character passages
(≈100k), builds the lexical index (BM25 accented + folded, accent statistics),
then times, per query, what hybrid search adds to dense search:

* accent restoration + analysis (``LexicalIndex.analyze``),
* BM25 on the accented field (and the folded field for diacritic-free queries),
* RRF fusion with a 100-passage dense list.

Not timed here: FAISS search and query embedding (see ``benchmarks/run.py``),
and the SQLite fetch of the fused candidates (shared with dense search).

    .venv/bin/python benchmarks/hybrid_latency.py [--passages 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newssearch.fusion import rrf  # noqa: E402
from newssearch.lexical import build_lexical, load_lexical  # noqa: E402
from newssearch.vietnamese import fold  # noqa: E402

SOURCE = REPO.parent / "shared" / "data" / "vi_news.jsonl"
QUERIES = REPO / "data" / "eval" / "news" / "queries.jsonl"


def passages(limit: int) -> Iterator[tuple[int, str]]:
    n = 0
    with SOURCE.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            for start in range(0, len(text), 600):
                yield n, text[start:start + 600]
                n += 1
                if n >= limit:
                    return


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()

    texts = [json.loads(line)["text"] for line in QUERIES.open(encoding="utf-8")]
    rng = random.Random(5)
    queries = [rng.choice(texts) for _ in range(args.queries)]

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        meta = build_lexical(passages(args.passages), Path(tmp) / "lexical")
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        lx = load_lexical(Path(tmp) / "lexical")
        load_s = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in (Path(tmp) / "lexical").rglob("*")
                      if p.is_file()) / 1e6

        print(f"## Hybrid overhead at {meta['passages']:,} passages "
              f"({meta['syllables']:,} syllables, {meta['bigrams']:,} bigrams)\n")
        print(f"lexical build {build_s:.1f} s, load {load_s:.2f} s, {size_mb:.0f} MB on disk\n")
        print("| query | analyze + restore ms (p50/p95) | BM25 ms (p50/p95) | "
              "RRF ms (p50/p95) | total ms (p50/p95) |")
        print("|---|---:|---:|---:|---:|")
        dense = [(rng.randrange(meta["passages"]), 1.0 - i / 100) for i in range(100)]
        for variant in ("accented", "diacritic-free"):
            times: dict[str, list[float]] = {"a": [], "b": [], "f": [], "t": []}
            for q in queries:
                text = fold(q) if variant == "diacritic-free" else q
                t0 = time.perf_counter()
                analysis = lx.analyze(text)
                t1 = time.perf_counter()
                lists = [lx.search(analysis.tokens, 100).pairs()]
                if analysis.diacritic_free:
                    lists.append(lx.search(analysis.folded, 100, folded=True).pairs())
                t2 = time.perf_counter()
                rrf([dense, *lists], [1.0] + [1.0 / len(lists)] * len(lists), 60)
                t3 = time.perf_counter()
                for key, value in (("a", t1 - t0), ("b", t2 - t1), ("f", t3 - t2),
                                   ("t", t3 - t0)):
                    times[key].append(value * 1000)
            cells = " | ".join(f"{statistics.median(times[k]):.2f} / {pct(times[k], 0.95):.2f}"
                               for k in ("a", "b", "f", "t"))
            print(f"| {variant} | {cells} |")


if __name__ == "__main__":
    main()
