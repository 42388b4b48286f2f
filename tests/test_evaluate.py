"""`newssearch eval`: modes × query variants on one index, index reuse, the CLI table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newssearch.cli import main
from newssearch.config import Config
from newssearch.evaluate import FINGERPRINT_FILE, evaluate, plain_query

from conftest import FakeEmbedder

CORPUS = {
    "d1": "Hội Chữ thập đỏ trao quà Tết cho hộ nghèo trong huyện.",
    "d2": "Hồ nước trong công viên bị ô nhiễm nặng, người dân lo lắng.",
    "d3": "Giá lúa giảm mạnh, nông dân đồng bằng lo lắng vì thương lái ép giá.",
    "d4": "Trường học khai giảng năm học mới, học sinh được tặng học bổng.",
    "d5": "Đường giao thông nông thôn được mở rộng ở xã Tân Hội.",
}
QUERIES = {"q1": "quà Tết cho hộ nghèo", "q2": "giá lúa giảm", "q3": "đường nông thôn"}
QRELS = {"q1": "d1", "q2": "d3", "q3": "d5"}


def _write(tmp: Path) -> tuple[Path, Path, Path]:
    corpus, queries, qrels = tmp / "corpus.jsonl", tmp / "queries.jsonl", tmp / "qrels.tsv"
    corpus.write_text("".join(json.dumps({"_id": d, "title": "", "text": t},
                                         ensure_ascii=False) + "\n"
                              for d, t in CORPUS.items()), encoding="utf-8")
    queries.write_text("".join(json.dumps({"id": q, "text": t, "split": "test"},
                                          ensure_ascii=False) + "\n"
                               for q, t in QUERIES.items()), encoding="utf-8")
    qrels.write_text("query-id\tcorpus-id\tscore\n" + "".join(
        f"{q}\t{d}\t1\n" for q, d in QRELS.items()), encoding="utf-8")
    return corpus, queries, qrels


def test_plain_query_strips_every_diacritic() -> None:
    assert plain_query("Đường hỗ trợ hộ nghèo") == "Duong ho tro ho ngheo"


def test_every_mode_and_variant_is_scored_on_one_index(tmp_path: Path, config: Config) -> None:
    corpus, queries, qrels = _write(tmp_path)
    emb = FakeEmbedder()
    home = tmp_path / "eval-home"
    report = evaluate(config, corpus, queries, qrels, index_dir=home, embedder=emb,
                      modes=["dense", "lexical", "hybrid"], variants=["accented", "plain"])
    assert list(report.runs) == ["dense/accented", "lexical/accented", "hybrid/accented",
                                 "dense/plain", "lexical/plain", "hybrid/plain"]
    assert report.metrics == report.runs["dense/accented"]
    assert report.runs["lexical/accented"].ndcg_10 == pytest.approx(1.0)
    assert report.runs["hybrid/plain"].ndcg_10 == pytest.approx(1.0)  # restored, then found
    assert not report.reused_index and emb.passages_embedded == len(CORPUS)

    # Same corpus, newer index format: the index is rebuilt but nothing is re-embedded.
    fp = json.loads((home / FINGERPRINT_FILE).read_text(encoding="utf-8"))
    fp["lexical_format"] = 0
    (home / FINGERPRINT_FILE).write_text(json.dumps(fp), encoding="utf-8")
    again = evaluate(config, corpus, queries, qrels, index_dir=home, embedder=emb,
                     modes=["lexical"])
    assert not again.reused_index and emb.passages_embedded == len(CORPUS)
    assert list(again.runs) == ["lexical/accented"]
    third = evaluate(config, corpus, queries, qrels, index_dir=home, embedder=emb,
                     modes=["hybrid"], variants=["plain"])
    assert third.reused_index and list(third.runs) == ["hybrid/plain"]


def test_unknown_mode_or_variant_is_an_error(tmp_path: Path, config: Config) -> None:
    from newssearch.errors import NewsSearchError

    corpus, queries, qrels = _write(tmp_path)
    with pytest.raises(NewsSearchError, match="unknown mode"):
        evaluate(config, corpus, queries, qrels, embedder=FakeEmbedder(), modes=["bm25"])
    with pytest.raises(NewsSearchError, match="variant"):
        evaluate(config, corpus, queries, qrels, embedder=FakeEmbedder(), variants=["x"])


def test_cli_prints_the_table_and_writes_every_run(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, queries, qrels = _write(tmp_path)
    monkeypatch.setattr("newssearch.evaluate.load_embedder", lambda cfg: FakeEmbedder())
    common = ["eval", "--corpus", str(corpus), "--queries", str(queries), "--qrels",
              str(qrels), "--home", str(tmp_path / "home"), "-q"]
    assert main([*common, "--mode", "all", "--both-variants",
                 "--output", str(tmp_path / "out.json")]) == 0
    out = capsys.readouterr().out
    assert "| hybrid/plain |" in out and "| lexical/accented |" in out
    saved = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert set(saved["runs"]) == {f"{m}/{v}" for m in ("dense", "lexical", "hybrid")
                                  for v in ("accented", "plain")}
    assert main([*common, "--mode", "lexical", "--no-diacritics", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["runs"]) == ["lexical/plain"] and data["ndcg@10"] == pytest.approx(1.0)
