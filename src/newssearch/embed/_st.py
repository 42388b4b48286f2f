"""sentence-transformers backend (default): the converted bundled model or any ST model."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .._progress import progress_bar
from ..errors import EmbedError
from ._base import Vectors, length_sorted_batches, normalize_rows

log = logging.getLogger(__name__)

_BF16_FLAGS = ("avx512_bf16", "amx_bf16")


def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bfloat16 natively (AVX512-BF16 or AMX).

    Elsewhere torch emulates bf16 and autocast is slower than float32.
    """
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="ignore")
    except OSError:
        return False
    return any(flag in flags.split() for flag in _BF16_FLAGS)


def resolve_precision(setting: str) -> str:
    if setting == "auto":
        return "bf16" if cpu_has_native_bf16() else "fp32"
    return setting


def weights_checksum(model: Any) -> str:
    """A checksum of a loaded model's parameters, independent of where it came from."""
    h = hashlib.sha256()
    for name, tensor in model.state_dict().items():
        h.update(name.encode())
        h.update(tensor.detach().cpu().contiguous().numpy().tobytes())
    return h.hexdigest()


class SentenceTransformerEmbedder:
    def __init__(self, path_or_name: str, *, model_id: str, checksum: str | None = None,
                 precision: str = "auto", batch_size: int = 32, threads: int = 0,
                 query_prefix: str = "query: ", passage_prefix: str = "passage: ") -> None:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        # Per-tensor "Loading weights" bars are noise next to our own progress.
        hf_logging.disable_progress_bar()
        if threads > 0:
            torch.set_num_threads(threads)
        try:
            self._model = SentenceTransformer(path_or_name, device="cpu",
                                              local_files_only=True)
        except Exception as exc:  # ST raises many kinds (OSError, ValueError, HF errors)
            raise EmbedError(
                f"cannot load sentence-transformers model {path_or_name!r}: {exc}. "
                "Models are never downloaded at run time: give a local folder or a model "
                "already in the Hugging Face cache, or use the bundled default "
                "(embed.model = \"bundled:multilingual-e5-small\")."
            ) from exc
        self._model.eval()
        dim = self._model.get_embedding_dimension()
        if not dim:
            raise EmbedError(f"model {path_or_name!r} does not report an embedding dimension")
        self.dimension = int(dim)
        self.max_tokens = int(self._model.max_seq_length or 512)
        self.model_id = model_id
        self.checksum = checksum or weights_checksum(self._model)
        self.precision = resolve_precision(precision)
        self.batch_size = batch_size
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.description = (f"{model_id} via sentence-transformers ({self.precision}, "
                            f"{torch.get_num_threads()} threads)")
        # Count with the fast backend when there is one: quicker, and it does not
        # warn about texts longer than the window (the chunker measures those).
        tok = self._model.tokenizer
        backend = getattr(tok, "backend_tokenizer", None)
        if backend is not None:
            from tokenizers import Tokenizer

            # A private copy: transformers re-arms truncation on the shared one
            # before each encode, which would cap counts at the window size.
            counter = Tokenizer.from_str(backend.to_str())
            counter.no_truncation()
            counter.no_padding()
            self._count: Callable[[str], int] = lambda text: len(counter.encode(text).ids)
        else:
            self._count = lambda text: len(tok(text)["input_ids"])

    @contextlib.contextmanager
    def _autocast(self) -> Iterator[None]:
        import torch

        with torch.inference_mode():
            if self.precision == "bf16":
                with torch.autocast("cpu", dtype=torch.bfloat16):
                    yield
            else:
                yield

    def _encode(self, texts: list[str]) -> Vectors:
        with self._autocast():
            out = self._model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                                     normalize_embeddings=False, show_progress_bar=False)
        return normalize_rows(np.asarray(out, dtype=np.float32))

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._encode([self.query_prefix + t.strip() for t in texts])

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Outer batches of similar length feed the progress bar; ST batches within.
        batches = length_sorted_batches(texts, self.batch_size * 4)
        with progress_bar(len(texts), "embedding passages", progress) as bar:
            for idx in batches:
                # Strip: a trailing space becomes a token of its own in XLM-R.
                out[idx] = self._encode([self.passage_prefix + texts[i].strip() for i in idx])
                bar.update(len(idx))
        return out

    def count_tokens(self, text: str) -> int:
        return self._count(self.passage_prefix + text)
