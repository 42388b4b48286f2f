"""Token-length distribution of passages cut by the default Chunker.

Chunks news articles with the default :class:`newssearch.chunk.Chunker`
settings and the real multilingual-e5-small token counter (``passage: ``
prefix and specials included, as the model sees them), then prints how long
the passages are in tokens and characters and how many each article yields.

    .venv/bin/python benchmarks/passage_tokens.py [--jsonl PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from newssearch.chunk import Chunker
from newssearch.embed._tokenizer import bundled_token_counter

DEFAULT_JSONL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "vi_news.jsonl"


def percentile(sorted_values: Sequence[int], q: float) -> int:
    """Nearest-rank percentile: no interpolation, so every value printed really occurs."""
    if not sorted_values:
        return 0
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def describe(name: str, values: list[int]) -> str:
    v = sorted(values)
    cells = [f"n={len(v)}", f"min={v[0]}"]
    cells += [f"p{q}={percentile(v, q)}" for q in (10, 50, 90, 99)]
    cells += [f"max={v[-1]}", f"mean={sum(v) / len(v):.1f}"]
    return f"{name:<22}" + "  ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=Path, default=DEFAULT_JSONL, help="one JSON article a line")
    parser.add_argument("--limit", type=int, default=2000, help="articles to read (default 2000)")
    args = parser.parse_args(argv)
    if not args.jsonl.is_file():
        print(f"no such file: {args.jsonl}", file=sys.stderr)
        return 2

    count = bundled_token_counter()
    chunker = Chunker(count)
    tokens: list[int] = []
    chars: list[int] = []
    per_article: list[int] = []
    started = time.perf_counter()
    with args.jsonl.open(encoding="utf-8") as f:
        for line in f:
            if len(per_article) >= args.limit:
                break
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            spans = chunker.chunk(text)
            per_article.append(len(spans))
            for span in spans:
                passage = text[span.start : span.end]
                tokens.append(count(passage))
                chars.append(len(passage))
    elapsed = time.perf_counter() - started
    if not tokens:
        print("no passages: the file holds no article text", file=sys.stderr)
        return 1

    target, cap = chunker.target_tokens, chunker.max_tokens
    near = int(0.95 * cap)
    print(f"file: {args.jsonl}")
    print(
        f"articles: {len(per_article)}  passages: {len(tokens)}  "
        f"settings: target={target} max={cap} overlap={chunker.overlap_tokens}  "
        f"chunking time: {elapsed:.1f}s"
    )
    print(describe("tokens/passage", tokens))
    print(describe("chars/passage", chars))
    print(describe("passages/article", per_article))
    n = len(tokens)
    print(f"share over target (> {target} tokens): {sum(t > target for t in tokens) / n:.2%}")
    print(f"share at cap (== {cap} tokens): {sum(t >= cap for t in tokens) / n:.2%}")
    print(f"share near cap (>= {near} tokens): {sum(t >= near for t in tokens) / n:.2%}")
    print(f"articles with no passage: {sum(p == 0 for p in per_article)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
