"""Retrieval quality gate: CI fails when nDCG@10 drops below the recorded baseline.

A fixed, deterministic slice of ../shared/data/vi_retrieval keeps the gate cheap
enough for every run (about a minute and a half on 2 cores): the first 150 test
queries that have judgments, their relevant documents, and every 8th document of
the corpus as distractors. One index serves four runs: dense and hybrid retrieval,
each with the queries as written and without diacritics. The gate fails when
hybrid nDCG@10 (either variant), or dense nDCG@10 / Recall@10, falls more than
0.01 below the recorded figures. The full-set figures are in docs/evaluation.md
(`make eval`).

To re-record the baseline after an intended change, run
`NEWSSEARCH_RECORD_BASELINE=1 .venv/bin/pytest tests/test_quality_gate.py` and
commit tests/baselines/retrieval_gate.json with the reason.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newssearch.config import Config
from newssearch.evaluate import evaluate, load_qrels, load_queries

from conftest import REPO, SHARED_DATA, need_shared

BASELINE = REPO / "tests" / "baselines" / "retrieval_gate.json"
TOLERANCE = 0.01
QUERIES = 150
DISTRACTOR_EVERY = 8


def _slice(tmp: Path) -> tuple[Path, Path, Path]:
    src = need_shared(SHARED_DATA / "vi_retrieval")
    queries = load_queries(src / "queries.jsonl", "test")
    qrels = load_qrels(src / "qrels.tsv")
    chosen = [q for q in queries if q in qrels][:QUERIES]
    relevant = {d for q in chosen for d in qrels[q]}
    corpus = tmp / "corpus.jsonl"
    with (src / "corpus.jsonl").open(encoding="utf-8") as f, corpus.open("w") as out:
        for n, line in enumerate(f):
            if json.loads(line)["id"] in relevant or n % DISTRACTOR_EVERY == 0:
                out.write(line)
    qfile = tmp / "queries.jsonl"
    qfile.write_text("".join(json.dumps({"id": q, "text": queries[q], "split": "test"},
                                        ensure_ascii=False) + "\n" for q in chosen),
                     encoding="utf-8")
    rfile = tmp / "qrels.tsv"
    rfile.write_text("query-id\tcorpus-id\tscore\n" + "".join(
        f"{q}\t{d}\t{g}\n" for q in chosen for d, g in qrels[q].items()), encoding="utf-8")
    return corpus, qfile, rfile


#: (run, metric) pairs that must not regress.
GATED = [("hybrid/accented", "ndcg@10"), ("hybrid/plain", "ndcg@10"),
         ("dense/accented", "ndcg@10"), ("dense/accented", "recall@10")]


def test_retrieval_does_not_regress(tmp_path: Path, config: Config, embedder: object) -> None:
    corpus, queries, qrels = _slice(tmp_path)
    report = evaluate(config, corpus, queries, qrels, split="test",
                      embedder=embedder,  # type: ignore[arg-type]
                      modes=["dense", "hybrid"], variants=["accented", "plain"])
    got = {name: m.as_dict() for name, m in report.runs.items()}
    assert all(m["queries"] == QUERIES for m in got.values())
    if os.environ.get("NEWSSEARCH_RECORD_BASELINE"):
        BASELINE.write_text(json.dumps(got, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"baseline recorded: {got}")
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    for run, key in GATED:
        assert got[run][key] >= base[run][key] - TOLERANCE, (
            f"{run} {key} fell to {got[run][key]:.4f} from the recorded {base[run][key]:.4f} "
            f"(tolerance {TOLERANCE}); all figures: {got}")
    # The point of hybrid retrieval: not worse than dense alone, with or without diacritics
    # (on this slice the margin is small; the full sets are in docs/evaluation.md).
    for variant in ("accented", "plain"):
        assert got[f"hybrid/{variant}"]["ndcg@10"] >= \
            got[f"dense/{variant}"]["ndcg@10"] - TOLERANCE, got
