"""Lexical retrieval over passages and accent restoration, built into each index build.

Layout of ``builds/<name>/lexical/`` (published atomically with the FAISS file)::

    accented/        BM25 (bm25s) over tone-normalized syllables + syllable bigrams
    folded/          the same terms without diacritics (for queries typed without them)
    passage_ids.npy  row → passage id (int64)
    lm_vocab.json    syllables of the corpus, by id
    lm.npz           syllable counts, bigram keys (id1 * V + id2, sorted) and counts
    lexical.json     format, counts, settings

Terms come from :mod:`newssearch.vietnamese`: one-letter syllables are kept and no
stopwords are removed (bm25s' own tokenizer would drop both). Query text is only
ever split into ``\\w+`` runs, so quotes, ``*``, ``NEAR``, ``OR`` are plain words.

Accent restoration: a syllable typed without diacritics ("ho") has as candidates
the corpus syllables that fold to it (hồ, hộ, họ, hỗ…); a Viterbi pass over
bigram probabilities (Dirichlet-smoothed towards syllable frequencies) picks the
sequence, so "ho tro ho ngheo" becomes "hỗ trợ hộ nghèo". Words the corpus does
not know ("covid") stay as typed.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ._files import sha256_file
from .errors import IndexCorruptError
from .vietnamese import fold, fold_tokens, is_diacritic_free, tokenize, with_bigrams

log = logging.getLogger(__name__)

LEXICAL_DIR = "lexical"
LEXICAL_VERSION = 1
_META = "lexical.json"
_IDS = "passage_ids.npy"
_LM = "lm.npz"
_LM_VOCAB = "lm_vocab.json"
#: Candidate accented forms kept per folded syllable (most frequent first).
MAX_CANDIDATES = 8
#: Dirichlet smoothing of bigram probabilities towards syllable frequencies.
SMOOTHING = 2.0
#: BM25 parameters (Lucene variant).
K1 = 1.2
B = 0.75

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class LexicalHits:
    """Passage ids and BM25 scores, best first."""

    ids: npt.NDArray[np.int64]
    scores: npt.NDArray[np.float32]

    def pairs(self) -> list[tuple[int, float]]:
        return [(int(i), float(s)) for i, s in zip(self.ids, self.scores, strict=True)]


# -- accent restoration ----------------------------------------------------------------
class AccentRestorer:
    """Restores diacritics from syllable and bigram counts of the indexed corpus."""

    def __init__(self, vocab: Sequence[str], counts: npt.NDArray[np.int64],
                 bigram_keys: npt.NDArray[np.int64],
                 bigram_counts: npt.NDArray[np.int64]) -> None:
        self.vocab = list(vocab)
        self.ids = {w: i for i, w in enumerate(self.vocab)}
        self.counts = counts.astype(np.float64)
        self.total = float(self.counts.sum()) or 1.0
        self.bigram_keys = bigram_keys
        self.bigram_counts = bigram_counts.astype(np.float64)
        self.size = len(self.vocab)
        by_fold: dict[str, list[int]] = {}
        for i, w in enumerate(self.vocab):
            by_fold.setdefault(fold(w), []).append(i)
        self.candidates = {f: sorted(ids, key=lambda i: -self.counts[i])[:MAX_CANDIDATES]
                           for f, ids in by_fold.items()}

    @classmethod
    def from_counts(cls, unigrams: Counter[str], bigram_pairs: Counter[tuple[str, str]]
                    ) -> AccentRestorer:
        vocab = sorted(unigrams)
        ids = {w: i for i, w in enumerate(vocab)}
        counts = np.asarray([unigrams[w] for w in vocab], dtype=np.int64)
        v = max(len(vocab), 1)
        keys = np.asarray([ids[a] * v + ids[b] for a, b in bigram_pairs], dtype=np.int64)
        bcounts = np.asarray(list(bigram_pairs.values()), dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        return cls(vocab, counts, keys[order], bcounts[order])

    def save(self, folder: Path) -> None:
        (folder / _LM_VOCAB).write_text(json.dumps(self.vocab, ensure_ascii=False),
                                        encoding="utf-8")
        with (folder / _LM).open("wb") as f:
            np.savez(f, counts=self.counts.astype(np.int64), bigram_keys=self.bigram_keys,
                     bigram_counts=self.bigram_counts.astype(np.int64))

    @classmethod
    def load(cls, folder: Path) -> AccentRestorer:
        vocab = json.loads((folder / _LM_VOCAB).read_text(encoding="utf-8"))
        with np.load(folder / _LM, allow_pickle=False) as z:
            return cls(vocab, z["counts"], z["bigram_keys"], z["bigram_counts"])

    def _unigram_logp(self, i: int) -> float:
        return math.log((self.counts[i] + 0.5) / (self.total + 0.5 * self.size))

    def _transitions(self, prev: Sequence[int], cur: Sequence[int]) -> npt.NDArray[np.float64]:
        """log P(cur | prev) for every pair (rows: prev, columns: cur); -1 = unknown word."""
        p_uni = np.asarray([(self.counts[c] + 0.5) / (self.total + 0.5 * self.size)
                            if c >= 0 else 1.0 for c in cur])
        out = np.tile(np.log(p_uni), (len(prev), 1))
        known_prev = [r for r, p in enumerate(prev) if p >= 0]
        known_cur = [c for c, w in enumerate(cur) if w >= 0]
        if not known_prev or not known_cur or not len(self.bigram_keys):
            return out
        p_arr = np.asarray([prev[r] for r in known_prev], dtype=np.int64)
        c_arr = np.asarray([cur[c] for c in known_cur], dtype=np.int64)
        keys = (p_arr[:, None] * self.size + c_arr[None, :]).ravel()
        pos = np.searchsorted(self.bigram_keys, keys)
        pos_c = np.minimum(pos, len(self.bigram_keys) - 1)
        hit = self.bigram_keys[pos_c] == keys
        bc = np.where(hit, self.bigram_counts[pos_c], 0.0).reshape(len(p_arr), len(c_arr))
        prev_counts = self.counts[p_arr][:, None]
        prob = (bc + SMOOTHING * p_uni[known_cur][None, :]) / (prev_counts + SMOOTHING)
        out[np.ix_(known_prev, known_cur)] = np.log(prob)
        return out

    def restore_tokens(self, tokens: Sequence[str]) -> list[str]:
        """The most likely accented syllables for diacritic-free lowercase ``tokens``."""
        if not tokens:
            return []
        cands: list[list[int]] = []
        for t in tokens:
            ids = self.candidates.get(t) if fold(t) == t else None
            if not ids:
                known = self.ids.get(t, -1)
                ids = [known]
            cands.append(ids)
        score = np.asarray([self._unigram_logp(c) if c >= 0 else 0.0 for c in cands[0]])
        back: list[npt.NDArray[np.int64]] = []
        for i in range(1, len(tokens)):
            total = score[:, None] + self._transitions(cands[i - 1], cands[i])
            back.append(np.argmax(total, axis=0))
            score = total.max(axis=0)
        best = int(np.argmax(score))
        path = [best]
        for bp in reversed(back):
            best = int(bp[best])
            path.append(best)
        path.reverse()
        return [self.vocab[cands[i][j]] if cands[i][j] >= 0 else tokens[i]
                for i, j in enumerate(path)]

    def restore_text(self, text: str) -> str:
        """``text`` with each word replaced by its restored form, case kept."""
        words = list(_WORD.finditer(text))
        restored = self.restore_tokens([w.group().lower() for w in words])
        out: list[str] = []
        last = 0
        for match, new in zip(words, restored, strict=True):
            old = match.group()
            if old.isupper() and len(old) > 1:
                new = new.upper()
            elif old[:1].isupper():
                new = new[:1].upper() + new[1:]
            if fold(new) != fold(old):  # never change a word's letters, only its marks
                new = old
            out.append(text[last:match.start()])
            out.append(new)
            last = match.end()
        out.append(text[last:])
        return "".join(out)


# -- the index --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QueryAnalysis:
    """How a query was understood."""

    text: str
    diacritic_free: bool
    #: The query as searched: the restored text for diacritic-free queries.
    interpreted: str
    tokens: tuple[str, ...]
    folded: tuple[str, ...]


class LexicalIndex:
    """BM25 over accented and folded terms, plus the accent restorer."""

    def __init__(self, accented: Any, folded: Any, passage_ids: npt.NDArray[np.int64],
                 restorer: AccentRestorer, path: Path | None = None) -> None:
        self._accented = accented
        self._folded = folded
        self.passage_ids = passage_ids
        self.restorer = restorer
        self.path = path

    @property
    def size(self) -> int:
        return len(self.passage_ids)

    def analyze(self, text: str, *, restore: bool = True) -> QueryAnalysis:
        free = is_diacritic_free(text)
        interpreted = self.restorer.restore_text(text) if free and restore else text
        tokens = tuple(tokenize(interpreted))
        return QueryAnalysis(text=text, diacritic_free=free, interpreted=interpreted,
                             tokens=tokens, folded=tuple(fold_tokens(tokenize(text))))

    def search(self, tokens: Sequence[str], k: int, *, folded: bool = False,
               mask: npt.NDArray[np.bool_] | None = None) -> LexicalHits:
        """Top-``k`` passages for syllable ``tokens`` (bigrams are added here)."""
        empty = LexicalHits(np.zeros(0, np.int64), np.zeros(0, np.float32))
        if not self.size or k <= 0 or not tokens:
            return empty
        index = self._folded if folded else self._accented
        ids = index.get_tokens_ids(with_bigrams(list(tokens)))
        if not ids:
            return empty
        scores = np.asarray(index.get_scores_from_ids(ids), dtype=np.float32)
        if mask is not None:
            scores = np.where(mask, scores, 0.0).astype(np.float32)
        positive = int(np.count_nonzero(scores > 0))
        k = min(k, positive)
        if k == 0:
            return empty
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        top = top[scores[top] > 0]
        return LexicalHits(self.passage_ids[top], scores[top])


def _bm25() -> Any:
    import bm25s

    return bm25s.BM25(k1=K1, b=B, method="lucene")


def build_lexical(passages: Iterable[tuple[int, str]], folder: Path) -> dict[str, Any]:
    """Write the lexical index of ``(passage id, text)`` into ``folder``; returns its meta."""
    ids: list[int] = []
    accented: list[list[str]] = []
    folded: list[list[str]] = []
    unigrams: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for pid, text in passages:
        tokens = tokenize(text)
        ids.append(pid)
        accented.append(with_bigrams(tokens))
        folded.append(with_bigrams(fold_tokens(tokens)))
        unigrams.update(tokens)
        pairs.update(itertools.pairwise(tokens))
    folder.mkdir(parents=True, exist_ok=True)
    for name, corpus in (("accented", accented), ("folded", folded)):
        bm = _bm25()
        if corpus:
            bm.index(corpus, show_progress=False)
            bm.save(str(folder / name), show_progress=False)
        else:
            (folder / name).mkdir()
    np.save(folder / _IDS, np.asarray(ids, dtype=np.int64), allow_pickle=False)
    AccentRestorer.from_counts(unigrams, pairs).save(folder)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    meta: dict[str, Any] = {
        "format_version": LEXICAL_VERSION, "passages": len(ids), "syllables": len(unigrams),
        "bigrams": len(pairs), "bm25": {"k1": K1, "b": B, "method": "lucene"},
        "terms": "tone-normalized syllables + adjacent bigrams; folded copy",
        "files": {str(p.relative_to(folder)): sha256_file(p) for p in files}}
    (folder / _META).write_text(json.dumps(meta, ensure_ascii=False, indent=2),
                                encoding="utf-8")
    return meta


def load_lexical(folder: Path, *, verify: bool = True) -> LexicalIndex:
    import bm25s

    meta_path = folder / _META
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{meta_path} is missing or unreadable ({exc}): rebuild with "
                                "`newssearch index`") from exc
    if meta.get("format_version") != LEXICAL_VERSION:
        raise IndexCorruptError(f"{meta_path}: lexical format {meta.get('format_version')}, "
                                f"this newssearch reads {LEXICAL_VERSION}: rebuild with "
                                "`newssearch index`")
    if verify:
        for name, digest in meta.get("files", {}).items():
            path = folder / name
            if not path.is_file() or sha256_file(path) != digest:
                raise IndexCorruptError(f"{path} is missing or does not match its checksum: "
                                        "rebuild with `newssearch index`")
    try:
        ids = np.load(folder / _IDS, allow_pickle=False).astype(np.int64)
        restorer = AccentRestorer.load(folder)
        if len(ids):
            accented = bm25s.BM25.load(str(folder / "accented"), show_progress=False)
            folded = bm25s.BM25.load(str(folder / "folded"), show_progress=False)
        else:
            accented = folded = _bm25()
    except (OSError, ValueError, KeyError) as exc:
        raise IndexCorruptError(f"the lexical index in {folder} is unreadable ({exc}): "
                                "rebuild with `newssearch index`") from exc
    return LexicalIndex(accented, folded, ids, restorer, folder)


def iter_passages(store: Any, ids: Sequence[int], batch: int = 1000
                  ) -> Iterator[tuple[int, str]]:
    """``(id, text)`` of the given passages through the store's public methods."""
    for start in range(0, len(ids), batch):
        chunk = list(ids[start:start + batch])
        yield from zip(chunk, store.passage_texts(chunk), strict=True)


def remove_partial(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
