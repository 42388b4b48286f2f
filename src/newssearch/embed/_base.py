"""The Embedder interface every backend implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns text into L2-normalized float32 vectors.

    ``model_id`` and ``checksum`` identify the vectors' space: an index built
    by one embedder is searchable by another only if both match.
    """

    model_id: str
    checksum: str
    dimension: int
    #: Model window in tokens, prefix and special tokens included.
    max_tokens: int
    #: Human-readable description (backend, precision), for logs and /healthz.
    description: str

    def embed_queries(self, texts: Sequence[str]) -> Vectors: ...

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> Vectors: ...

    def count_tokens(self, text: str) -> int:
        """Tokens the model sees for ``text`` as a passage (prefix and specials included)."""
        ...


def length_sorted_batches(texts: Sequence[str], batch_size: int) -> list[list[int]]:
    """Indices of ``texts`` grouped into batches of similar length (less padding)."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def normalize_rows(v: npt.NDArray[np.floating]) -> Vectors:
    out = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.ascontiguousarray(out / np.maximum(norms, 1e-12), dtype=np.float32)
