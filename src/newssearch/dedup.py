"""Near-duplicate articles: the same story republished by several outlets.

Pipeline (measured choices in ``docs/duplicates.md``):

1. **Shingles.** :func:`newssearch.vietnamese.tokenize` gives lowercase,
   tone-normalized syllables, so "hoà"/"hòa", case, punctuation and spacing do
   not matter. Every run of ``shingle_size`` consecutive syllables is one
   shingle, hashed to 64 bits (stable across processes: blake2b per syllable,
   mixed per shingle), and an article is the *set* of its shingle hashes.
2. **MinHash.** ``num_perm`` affine permutations of 32-bit values (the scheme
   datasketch 2.x uses by default), computed in numpy for a whole article at once.
   The share of equal signature slots estimates the Jaccard similarity.
3. **LSH banding.** The signature is cut into ``bands`` bands; articles that agree
   on a whole band become candidates. Only candidates are compared, so the cost
   grows with the number of articles, not with its square.
4. **Verification.** A candidate pair is a duplicate when its estimated Jaccard is
   at least ``threshold``, or, when ``containment`` is set, when the smaller
   article is estimated to be at least that share inside the larger one (a short
   republication of part of a longer story). When both articles have a
   publication date, the dates must also be at most ``max_days`` apart: the same
   text two years later is a different publication (an anniversary re-run, a
   recurring notice), while a missing date leaves the text alone to decide.
5. **Clusters.** Union-find over verified pairs, most similar first; two clusters
   join only if their dated members stay within ``max_days`` of each other (else
   an undated copy would chain a story to its re-run two years later). The
   representative is the earliest-published member, ties and undated articles
   broken by the lowest id (dated before undated). Pairs and clusters do not
   depend on input order.

Articles shorter than ``min_tokens`` syllables get no signature and are never
duplicates: a two-line notice shares most of its shingles with any other copy of
the same template, and the estimate on a handful of shingles is noise.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
import numpy.typing as npt

from .vietnamese import nfc, tokenize

__all__ = [
    "DedupItem",
    "DuplicateClusters",
    "DuplicateIndex",
    "DuplicatePair",
    "DuplicateParams",
    "Match",
    "MinHasher",
    "Signature",
    "find_duplicates",
    "parse_date",
    "token_hashes",
]

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

#: Multiplier that chains syllable hashes into a shingle hash (odd, 64-bit golden ratio).
_CHAIN = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True, slots=True)
class DuplicateParams:
    """Detector settings. The defaults are the measured ones (docs/duplicates.md)."""

    #: Consecutive syllables per shingle. 5 keeps common phrases ("theo thông tin
    #: từ", dates, titles of officials) from making unrelated stories look alike.
    shingle_size: int = 5
    #: MinHash permutations; the Jaccard estimate's standard error is about
    #: sqrt(J(1-J)/num_perm), 0.044 at J=0.5 with 128.
    num_perm: int = 128
    #: LSH bands; ``num_perm // bands`` rows each. 32×4 makes a pair with J=0.5 a
    #: candidate with probability 0.87, J=0.6 with 0.985, J=0.7 with 0.9998.
    bands: int = 32
    #: Minimum estimated Jaccard similarity of two shingle sets.
    threshold: float = 0.5
    #: Minimum estimated share of the smaller article inside the larger one, or
    #: None to judge by Jaccard alone.
    containment: float | None = 0.9
    #: Largest gap (days) between the publication dates of two articles of one
    #: cluster, among those that have a date; None: no limit.
    max_days: int | None = 7
    #: Articles with fewer syllables are never duplicates.
    min_tokens: int = 50
    #: Seed of the permutations; signatures are comparable only with the same seed,
    #: ``num_perm`` and ``shingle_size``.
    seed: int = 1

    def __post_init__(self) -> None:
        if self.shingle_size < 1:
            raise ValueError("shingle_size must be at least 1")
        if self.num_perm < 1 or self.bands < 1 or self.num_perm % self.bands:
            raise ValueError("bands must divide num_perm (both positive)")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if self.containment is not None and not 0.0 < self.containment <= 1.0:
            raise ValueError("containment must be in (0, 1] or None")
        if self.max_days is not None and self.max_days < 0:
            raise ValueError("max_days must be >= 0 or None")
        if self.min_tokens < self.shingle_size:
            raise ValueError("min_tokens must be at least shingle_size")

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands


@dataclass(frozen=True, slots=True)
class DedupItem:
    """One article to compare: its id, body text and ISO publication date (or None)."""

    id: int
    text: str
    published: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """MinHash of one article plus its number of distinct shingles.

    The size turns an estimated Jaccard into an estimated containment. Store it
    with :meth:`to_bytes` to avoid re-reading unchanged articles on the next run.
    """

    minhash: U32
    shingles: int

    def to_bytes(self) -> bytes:
        return np.uint32(self.shingles).tobytes() + self.minhash.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        if len(data) < 8 or len(data) % 4:
            raise ValueError(f"not a signature: {len(data)} bytes")
        values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
        return cls(minhash=values[1:].copy(), shingles=int(values[0]))


@dataclass(frozen=True, slots=True, order=True)
class DuplicatePair:
    """A verified pair (``a < b``) with its estimated similarities."""

    a: int
    b: int
    jaccard: float
    #: Estimated share of the smaller article's shingles that the larger one has.
    containment: float


@dataclass(frozen=True, slots=True)
class DuplicateClusters:
    """Result of duplicate detection.

    ``representative`` maps every article that has at least one duplicate to its
    cluster's representative (the representative maps to itself); articles
    without duplicates are absent. ``pairs`` are the verified pairs inside the
    clusters, sorted (a pair kept apart by the clusters' date span is left out).
    """

    representative: Mapping[int, int] = field(default_factory=dict)
    pairs: tuple[DuplicatePair, ...] = ()

    def clusters(self) -> dict[int, tuple[int, ...]]:
        """Representative → all members (representative first, then ascending id)."""
        out: dict[int, list[int]] = {}
        for item, rep in sorted(self.representative.items()):
            if item != rep:
                out.setdefault(rep, []).append(item)
        return {rep: (rep, *members) for rep, members in sorted(out.items())}


def parse_date(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 date or datetime; None when absent or unreadable.

    An unreadable date counts as missing, so the text alone decides (the safe side
    for a duplicate detector fed by scrapers).
    """
    if not value:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


_WORD = re.compile(r"\w+")
#: Lowercase word as written → 64-bit hash of its tokenized (tone-normalized) form.
#: A plain dict read through ``map`` is ~10× cheaper per word than a function call;
#: news vocabulary is bounded, and the cap keeps a pathological input from growing it.
_WORD_HASHES: dict[str, int] = {}
_WORD_HASHES_CAP = 2_000_000


def _stable_hash(token: str) -> int:
    # blake2b rather than hash(): stable across processes, so stored signatures stay valid.
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")


def _new_word_hash(word: str) -> int:
    if len(_WORD_HASHES) >= _WORD_HASHES_CAP:
        _WORD_HASHES.clear()
    # tokenize() of one lowercase NFC word is that word tone-normalized.
    value = _WORD_HASHES[word] = _stable_hash(" ".join(tokenize(word)))
    return value


def token_hashes(text: str) -> U64:
    """Stable 64-bit hashes of ``vietnamese.tokenize(text)``, in order."""
    words = _WORD.findall(nfc(text).lower())
    hashes = list(map(_WORD_HASHES.get, words))
    if None in hashes:
        hashes = [h if h is not None else _new_word_hash(w)
                  for w, h in zip(words, hashes, strict=True)]
    return np.array(hashes, dtype=np.uint64)


def _fmix64(h: U64) -> U64:
    """MurmurHash3's 64-bit finalizer: spreads the chained hash over all bits."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _distinct(values: U64) -> U64:
    """Sorted distinct values (np.unique costs ~10× more on arrays this small)."""
    if len(values) < 2:
        return values
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


class MinHasher:
    """Shingles and MinHash signatures of single texts (deterministic for given params)."""

    def __init__(self, params: DuplicateParams | None = None) -> None:
        self.params = params or DuplicateParams()
        # Coefficients from blake2b, not numpy's RNG (whose streams may change between
        # numpy versions): stored signatures must stay comparable. a odd: x -> a*x + b
        # (mod 2^32) is then a bijection, so the permutation adds no collisions.
        coeffs = [_stable_hash(f"dedup-permutation:{self.params.seed}:{i}")
                  for i in range(self.params.num_perm)]
        self._a = np.array([(c & 0xFFFFFFFF) | 1 for c in coeffs], dtype=np.uint32)
        self._b = np.array([c >> 32 for c in coeffs], dtype=np.uint32)

    def shingles_of_hashes(self, hashes: U64) -> U64:
        """Sorted distinct 64-bit hashes of the ``shingle_size``-syllable runs."""
        k = self.params.shingle_size
        n = len(hashes) - k + 1
        if n <= 0:
            return np.zeros(0, dtype=np.uint64)
        with np.errstate(over="ignore"):
            chained = hashes[:n].copy()
            for j in range(1, k):
                chained = chained * _CHAIN + hashes[j:j + n]
            return _distinct(_fmix64(chained))

    def shingles(self, text: str) -> U64:
        return self.shingles_of_hashes(token_hashes(text))

    def signature_of_shingles(self, shingles: U64) -> U32:
        """MinHash of a non-empty shingle set: per permutation, the smallest image."""
        x = (shingles >> np.uint64(32)).astype(np.uint32)  # fmix output: top bits are well mixed
        with np.errstate(over="ignore"):
            images = x[:, None] * self._a[None, :] + self._b[None, :]
        result: U32 = images.min(axis=0)
        return result

    def signature_of_hashes(self, hashes: U64) -> Signature | None:
        if len(hashes) < self.params.min_tokens:
            return None
        shingles = self.shingles_of_hashes(hashes)
        return Signature(minhash=self.signature_of_shingles(shingles), shingles=len(shingles))

    def signature(self, text: str) -> Signature | None:
        """The article's signature, or None when it is shorter than ``min_tokens``."""
        return self.signature_of_hashes(token_hashes(text))


#: Day number stored for an article without a (readable) publication date.
_NO_DATE = np.iinfo(np.int64).min


def _containment(jaccard: F64, size_a: I64, size_b: I64) -> F64:
    """|A∩B| / min(|A|, |B|) from J = |A∩B| / |A∪B| and the two exact set sizes."""
    small = np.minimum(size_a, size_b)
    intersection = jaccard * (size_a + size_b) / (1.0 + jaccard)
    result: F64 = np.where(small > 0, np.minimum(1.0, intersection / np.maximum(small, 1)), 0.0)
    return result


@dataclass(frozen=True, slots=True)
class Match:
    """A stored article that a queried signature duplicates (see :meth:`DuplicateIndex.matches`)."""

    id: int
    jaccard: float
    containment: float


class DuplicateIndex:
    """Signatures of many articles; pairs and clusters on demand.

    Add articles (or signatures stored from an earlier run) in any order, then call
    :meth:`clusters`. Candidates come from LSH banding done in one sorted pass per
    band, so memory stays at about ``4 * num_perm + 50`` bytes per article (no
    per-band hash tables). :meth:`matches` answers "does this new article duplicate
    a stored one?" by comparing its signature with all stored ones (milliseconds
    per 100k articles), for ingesting one article at a time.
    """

    def __init__(self, params: DuplicateParams | None = None) -> None:
        self.params = params or DuplicateParams()
        self.hasher = MinHasher(self.params)
        self._ids: list[int] = []
        self._slot: dict[int, int] = {}
        self._days: list[int] = []
        self._sizes: list[int] = []
        self._sigs: U32 = np.zeros((256, self.params.num_perm), dtype=np.uint32)
        #: Candidate pairs compared by the last :meth:`pairs` (LSH cost diagnostics).
        self.candidates_checked = 0

    def __len__(self) -> int:
        return len(self._ids)

    def add_item(self, item: DedupItem) -> None:
        """Signature of the text, then :meth:`add` (short texts are recorded, never matched)."""
        self.add(item.id, self.hasher.signature(item.text), item.published)

    def add(self, item_id: int, signature: Signature | None, published: str | None = None) -> None:
        if item_id in self._slot:
            raise ValueError(f"duplicate article id {item_id}")
        values = self._check(signature)
        slot = len(self._ids)
        if slot >= len(self._sigs):
            grown = np.zeros((2 * len(self._sigs), self.params.num_perm), dtype=np.uint32)
            grown[:slot] = self._sigs
            self._sigs = grown
        if values is not None:
            self._sigs[slot] = values
        self._slot[item_id] = slot
        self._ids.append(item_id)
        day = parse_date(published)
        self._days.append(_NO_DATE if day is None else day.toordinal())
        self._sizes.append(signature.shingles if signature is not None else 0)

    def _check(self, signature: Signature | None) -> U32 | None:
        if signature is None:
            return None
        if signature.minhash.shape != (self.params.num_perm,):
            raise ValueError(f"signature has {signature.minhash.shape} values, "
                             f"params say {self.params.num_perm}")
        return signature.minhash

    def matches(self, signature: Signature | None, published: str | None = None) -> list[Match]:
        """Stored articles that the rule pairs with this signature, most similar first."""
        values = self._check(signature)
        n = len(self._ids)
        if values is None or signature is None or n == 0:
            return []
        jac = (self._sigs[:n] == values).mean(axis=1)
        sizes = np.asarray(self._sizes, dtype=np.int64)
        cont = _containment(jac, sizes, np.full(n, signature.shingles, dtype=np.int64))
        day = parse_date(published)
        days = np.full(n, _NO_DATE if day is None else day.toordinal(), dtype=np.int64)
        ok = self._rule(jac, cont, days, np.asarray(self._days, dtype=np.int64)) & (sizes > 0)
        hits = np.flatnonzero(ok)
        found = [Match(self._ids[k], float(jac[k]), float(cont[k])) for k in hits.tolist()]
        return sorted(found, key=lambda m: (-m.jaccard, m.id))

    def _rule(self, jac: F64, cont: F64, days_a: I64, days_b: I64) -> npt.NDArray[np.bool_]:
        p = self.params
        ok = jac >= p.threshold
        if p.containment is not None:
            ok |= cont >= p.containment
        if p.max_days is not None:
            dated = (days_a != _NO_DATE) & (days_b != _NO_DATE)
            ok &= ~dated | (np.abs(days_a - days_b) <= p.max_days)
        result: npt.NDArray[np.bool_] = ok
        return result

    def _candidates(self) -> I64:
        """Slot pairs (i < j, unique) that agree on at least one whole band."""
        p = self.params
        slots = np.flatnonzero(np.asarray(self._sizes, dtype=np.int64) > 0)
        if len(slots) < 2:
            return np.zeros((0, 2), dtype=np.int64)
        found: list[I64] = []
        for band in range(p.bands):
            rows = self._sigs[slots, band * p.rows:(band + 1) * p.rows].astype(np.uint64)
            with np.errstate(over="ignore"):
                key = rows[:, 0].copy()
                for r in range(1, p.rows):  # a key collision only adds a candidate to verify
                    key = key * _CHAIN + rows[:, r]
            order = np.argsort(key, kind="stable")
            ordered = key[order]
            same = np.concatenate(([False], ordered[1:] == ordered[:-1], [False]))
            edges = np.diff(same.astype(np.int8))
            starts, stops = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
            pairs_only = stops - starts == 1  # most buckets hold two articles: vectorized
            found.append(np.stack([order[starts[pairs_only]], order[starts[pairs_only] + 1]], 1))
            for start, stop in zip(starts[~pairs_only].tolist(), stops[~pairs_only].tolist(),
                                   strict=True):
                members = order[start:stop + 1]
                left, right = np.triu_indices(len(members), 1)
                found.append(np.stack([members[left], members[right]], 1))
        cand = slots[np.concatenate(found)]
        n = len(self._ids)
        codes = np.unique(cand.min(axis=1) * n + cand.max(axis=1))  # one row per pair
        return np.stack([codes // n, codes % n], 1)

    def pairs(self) -> list[DuplicatePair]:
        """Every verified pair among the stored articles, sorted by ids."""
        cand = self._candidates()
        self.candidates_checked = len(cand)
        if len(cand) == 0:
            return []
        left, right = cand[:, 0], cand[:, 1]
        jac = np.empty(len(cand), dtype=np.float64)
        for start in range(0, len(cand), 65536):  # bounded temporary memory
            part = slice(start, start + 65536)
            jac[part] = (self._sigs[left[part]] == self._sigs[right[part]]).mean(axis=1)
        sizes = np.asarray(self._sizes, dtype=np.int64)
        days = np.asarray(self._days, dtype=np.int64)
        cont = _containment(jac, sizes[left], sizes[right])
        ok = np.flatnonzero(self._rule(jac, cont, days[left], days[right]))
        ids = self._ids
        return sorted(DuplicatePair(min(ids[a], ids[b]), max(ids[a], ids[b]), float(j), float(c))
                      for a, b, j, c in zip(left[ok].tolist(), right[ok].tolist(),
                                            jac[ok].tolist(), cont[ok].tolist(), strict=True))

    def clusters(self) -> DuplicateClusters:
        """Union-find over :meth:`pairs`, most similar first.

        Two clusters join only if all their dated members stay within ``max_days``
        of each other: checked pair by pair, undated copies could otherwise chain a
        story to the same text published two years later.
        """
        p = self.params
        verified = self.pairs()
        parent = list(range(len(self._ids)))
        first = [None if d == _NO_DATE else d for d in self._days]  # per root: date span
        last = list(first)

        def find(x: int) -> int:
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:  # path compression
                parent[x], x = root, parent[x]
            return root

        for pair in sorted(verified, key=lambda q: (-q.jaccard, q.a, q.b)):
            ra, rb = find(self._slot[pair.a]), find(self._slot[pair.b])
            if ra == rb:
                continue
            lo = min((d for d in (first[ra], first[rb]) if d is not None), default=None)
            hi = max((d for d in (last[ra], last[rb]) if d is not None), default=None)
            if p.max_days is not None and lo is not None and hi is not None \
                    and hi - lo > p.max_days:
                continue
            root, child = min(ra, rb), max(ra, rb)
            parent[child] = root
            first[root], last[root] = lo, hi

        groups: dict[int, list[int]] = {}
        for slot in range(len(self._ids)):
            groups.setdefault(find(slot), []).append(slot)
        representative: dict[int, int] = {}
        for members in groups.values():
            if len(members) > 1:
                rep = self._ids[min(members, key=self._rank)]
                for member in members:
                    representative[self._ids[member]] = rep
        inside = tuple(q for q in verified if representative.get(q.a, -1) == representative.get(
            q.b, -2))
        return DuplicateClusters(representative=representative, pairs=inside)

    def _rank(self, slot: int) -> tuple[bool, int, int]:
        """Earliest published first; undated after dated; then the lowest id."""
        day = self._days[slot]
        return (day == _NO_DATE, day, self._ids[slot])


def find_duplicates(items: Iterable[DedupItem],
                    params: DuplicateParams | None = None) -> DuplicateClusters:
    """Cluster near-duplicate articles; see :class:`DuplicateClusters` for the result.

    Raises ValueError when an id occurs twice.
    """
    index = DuplicateIndex(params)
    for item in items:
        index.add_item(item)
    return index.clusters()
