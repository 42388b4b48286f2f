"""Build the news-domain evaluation set from ../shared/data/vi_news.jsonl.

Inputs (committed, small): ``data/eval/news/queries.tsv`` — 70 hand-written
queries, each with the article(s) it was written for.

Outputs:

* ``data/eval/news/queries.jsonl``, ``data/eval/news/qrels.tsv``,
  ``data/eval/news/corpus_ids.txt`` (committed; a few kB);
* ``<out>/corpus.jsonl`` (default ``data/home/eval-news/corpus.jsonl``, git-ignored):
  the judged articles; as random distractors every 12th article of vi_news.jsonl;
  as topical ("hard") distractors the 20 articles most similar to each judged one
  (TF-IDF cosine over syllables of the first 3,000 characters, over all 26,865
  articles), leaving out those with cosine ≥ 0.5 (likely the same story, which would
  be relevant but unjudged); and any near-duplicate of a judged article (same story
  republished), in file order.

Grades: 2 for the article a query was written for and for its near-duplicates
(word 5-shingle Jaccard ≥ 0.5 over the first 3,000 characters, or the same
title), 1 for the other listed related stories. Deterministic: same inputs, same
files.

    .venv/bin/python scripts/make_news_eval.py [--source ../shared/data/vi_news.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
HERE = REPO / "data" / "eval" / "news"
DISTRACTOR_EVERY = 12
HARD_PER_ARTICLE = 20
SAME_STORY_COSINE = 0.5
SHINGLE = 5
DUPLICATE_JACCARD = 0.5
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text[:3000].lower())
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(max(0, len(words) - SHINGLE + 1))}


def hard_distractors(records: list[dict[str, object]], judged: set[str]) -> set[str]:
    """The articles most similar to each judged one (same topic, other stories)."""
    import numpy as np
    from scipy import sparse

    from newssearch.vietnamese import tokenize

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for n, r in enumerate(records):
        counts: dict[int, int] = {}
        for tok in tokenize(str(r["text"])[:3000]):
            j = vocab.setdefault(tok, len(vocab))
            counts[j] = counts.get(j, 0) + 1
        rows.extend([n] * len(counts))
        cols.extend(counts)
        vals.extend(counts.values())
    tf = sparse.csr_matrix((np.log1p(np.asarray(vals, dtype=np.float64)), (rows, cols)),
                           shape=(len(records), len(vocab)))
    df = np.bincount(tf.indices, minlength=len(vocab))
    idf = np.log((1 + len(records)) / (1 + df)) + 1
    m = tf.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = sparse.diags(1 / norms) @ m
    index = {str(r["id"]): n for n, r in enumerate(records)}
    out: set[str] = set()
    for d in sorted(judged):
        sims = (m @ m[index[d]].T).toarray().ravel()
        sims[index[d]] = -1
        picked = 0
        for j in np.argsort(-sims, kind="stable"):
            rid = str(records[j]["id"])
            if sims[j] >= SAME_STORY_COSINE or rid in judged:
                continue
            out.add(rid)
            picked += 1
            if picked == HARD_PER_ARTICLE:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=str(REPO.parent / "shared" / "data" / "vi_news.jsonl"))
    ap.add_argument("--out", default=str(REPO / "data" / "home" / "eval-news"))
    args = ap.parse_args()

    queries: list[tuple[str, list[str], str, str]] = []
    for line in (HERE / "queries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            qid, rel, kind, text = line.split("\t")
            queries.append((qid, rel.split(","), kind, text))
    judged = {d for _, rel, _, _ in queries for d in rel}

    records: list[dict[str, object]] = []
    with open(args.source, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    by_id = {str(r["id"]): r for r in records}
    missing = judged - set(by_id)
    if missing:
        raise SystemExit(f"articles not in {args.source}: {sorted(missing)}")

    primary = {rel[0] for _, rel, _, _ in queries}
    sigs = {d: shingles(str(by_id[d]["text"])) for d in primary}
    titles = {str(by_id[d]["title"] or "").strip().lower(): d for d in primary
              if by_id[d]["title"]}
    duplicates: dict[str, set[str]] = {d: set() for d in primary}
    for r in records:
        rid = str(r["id"])
        if rid in primary:
            continue
        title = str(r["title"] or "").strip().lower()
        if title and title in titles:
            duplicates[titles[title]].add(rid)
            continue
        sig = shingles(str(r["text"]))
        if not sig:
            continue
        for d, ref in sigs.items():
            inter = len(sig & ref)
            if inter and inter / len(sig | ref) >= DUPLICATE_JACCARD:
                duplicates[d].add(rid)

    extra = {x for dups in duplicates.values() for x in dups}
    hard = hard_distractors(records, judged) - extra
    keep = [str(r["id"]) for n, r in enumerate(records)
            if n % DISTRACTOR_EVERY == 0 or str(r["id"]) in judged | extra | hard]

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for rid in keep:
            r = by_id[rid]
            f.write(json.dumps({"id": rid, "title": r["title"], "text": r["text"]},
                               ensure_ascii=False) + "\n")
    (HERE / "corpus_ids.txt").write_text("\n".join(keep) + "\n", encoding="utf-8")
    with (HERE / "queries.jsonl").open("w", encoding="utf-8") as f:
        for qid, _, kind, text in queries:
            f.write(json.dumps({"id": qid, "text": text, "split": "test", "kind": kind},
                               ensure_ascii=False) + "\n")
    with (HERE / "qrels.tsv").open("w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        for qid, rel, _, _ in queries:
            grades = {rel[0]: 2, **{d: 1 for d in rel[1:]}}
            for dup in sorted(duplicates[rel[0]]):
                grades.setdefault(dup, 2)
            for doc, grade in grades.items():
                f.write(f"{qid}\t{doc}\t{grade}\n")
    print(f"{len(queries)} queries, {len(keep)} articles ({len(judged)} judged, "
          f"{len(hard)} topical distractors, {len(extra)} near-duplicates of judged ones) "
          f"→ {out / 'corpus.jsonl'}")


if __name__ == "__main__":
    main()
