"""Shared fixtures.

``fake_embedder`` is a deterministic bag-of-syllables hashing embedder: it
implements the real Embedder interface so index/search/API tests run in
milliseconds; the real bundled model is exercised by ``embedder`` (loaded once
per session) in the model, end-to-end and CLI tests.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from newssearch.config import Config, load_config
from newssearch.embed import Embedder, load_embedder

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"
SEED = SHARED / "seeds" / "hongngu_khoivan_2022.txt"
SAMPLE = REPO / "data" / "sample"
#: Converted models are cached here across test runs and shared with `make demo`.
MODELS_DIR = REPO / "data" / "home" / "models"

_WORD = re.compile(r"\w+")


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


class FakeEmbedder:
    """Hashing embedder with the real interface: shared syllables → similar vectors."""

    model_id = "test:hashing"
    checksum = "hashing-v1"
    dimension = 64
    max_tokens = 512
    description = "test hashing embedder"

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dimension, dtype=np.float32)
        for word in _WORD.findall(unicodedata.normalize("NFC", text.lower())):
            h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
            v[h % self.dimension] += 1.0 if h & 1 << 20 else -1.0
        n = np.linalg.norm(v)
        if n == 0:
            v[0] = 1.0
            n = 1.0
        return v / n

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else \
            np.zeros((0, self.dimension), np.float32)

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.passages_embedded = getattr(self, "passages_embedded", 0) + len(texts)
        return self.embed_queries(texts)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 4


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """Defaults with a throwaway data home and the shared model cache."""
    return load_config(env={"NEWSSEARCH_HOME": str(tmp_path / "home"),
                            "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS_DIR)})


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real bundled model (converted on first use, then cached in data/home/models)."""
    cfg = load_config(env={"NEWSSEARCH_HOME": str(REPO / "data" / "home"),
                           "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS_DIR)})
    return load_embedder(cfg)


def sample_records(n: int, prefix: str = "unc-") -> list[dict[str, object]]:
    """The first ``n`` records of the bundled sample with the given id prefix."""
    out = []
    with (SAMPLE / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if str(obj["id"]).startswith(prefix):
                out.append(obj)
                if len(out) == n:
                    break
    return out


@pytest.fixture
def sample_jsonl(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "few.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for obj in sample_records(12):
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    yield path
