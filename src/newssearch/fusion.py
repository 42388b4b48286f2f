"""Fusion of ranked passage lists, and the reranking stage interface.

* :func:`rrf` — reciprocal rank fusion: a passage at (1-based) rank r of list i
  adds ``weight_i / (k + r)``. Scale-free, robust, the default.
* :func:`weighted` — each list's scores min-max normalized to [0, 1] over its
  candidates, then a weighted sum (absent from a list = 0).

A :class:`Reranker` may reorder the fused candidates (e.g. a cross-encoder);
none is bundled, :class:`NoReranker` keeps the order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .records import Passage

#: One ranked list: ``(passage id, score)``, best first.
Ranked = Sequence[tuple[int, float]]


def rrf(lists: Sequence[Ranked], weights: Sequence[float], k: int = 60
        ) -> list[tuple[int, float]]:
    scores: dict[int, float] = {}
    for ranked, w in zip(lists, weights, strict=True):
        if w <= 0:
            continue
        for rank, (pid, _) in enumerate(ranked, 1):
            scores[pid] = scores.get(pid, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def weighted(lists: Sequence[Ranked], weights: Sequence[float]) -> list[tuple[int, float]]:
    scores: dict[int, float] = {}
    for ranked, w in zip(lists, weights, strict=True):
        if w <= 0 or not ranked:
            continue
        values = [s for _, s in ranked]
        lo, hi = min(values), max(values)
        span = hi - lo
        for pid, s in ranked:
            norm = (s - lo) / span if span > 0 else 1.0
            scores[pid] = scores.get(pid, 0.0) + w * norm
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def fuse(method: str, lists: Sequence[Ranked], weights: Sequence[float], rrf_k: int
         ) -> list[tuple[int, float]]:
    if method == "weighted":
        return weighted(lists, weights)
    return rrf(lists, weights, rrf_k)


class Reranker(Protocol):
    """Reorders fused candidates for one query; returns ``(passage id, score)`` best first."""

    def rerank(self, query: str, candidates: Sequence[tuple[Passage, float]]
               ) -> list[tuple[int, float]]: ...


class NoReranker:
    """Keeps the fused order (the default: no cross-encoder is bundled)."""

    def rerank(self, query: str, candidates: Sequence[tuple[Passage, float]]
               ) -> list[tuple[int, float]]:
        return [(p.id, s) for p, s in candidates]
