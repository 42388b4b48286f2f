"""Near-duplicate detection: copies and near copies cluster, different stories do not."""

from __future__ import annotations

import dataclasses
import json
import random
from typing import Any

import numpy as np
import pytest

from newssearch.dedup import (
    DedupItem,
    DuplicateIndex,
    DuplicateParams,
    MinHasher,
    Signature,
    find_duplicates,
    parse_date,
    token_hashes,
)
from newssearch.vietnamese import tokenize

from conftest import SHARED_DATA, need_shared, sample_records


def _texts(n: int, prefix: str = "unc-") -> list[str]:
    """Distinct real Dân trí articles from the bundled sample (all long enough)."""
    return [str(r["text"]) for r in sample_records(n, prefix)]


@pytest.fixture(scope="module")
def stories() -> list[str]:
    texts = _texts(40)
    assert len(texts) == 40
    return texts


def _items(*texts: str, published: str | None = None) -> list[DedupItem]:
    return [DedupItem(n, t, published) for n, t in enumerate(texts)]


def _drop_paragraph(text: str) -> str:
    paras = text.split("\n")
    longest = max(range(1, len(paras)), key=lambda k: len(paras[k]))
    keep = [p for k, p in enumerate(paras) if k != longest or len(paras[k]) > 0.4 * len(text)]
    if len(keep) == len(paras):  # the longest is too big to drop: drop the shortest instead
        shortest = min(range(1, len(paras)), key=lambda k: len(paras[k]))
        keep = [p for k, p in enumerate(paras) if k != shortest]
    return "\n".join(keep)


def test_exact_copies_cluster(stories: list[str]) -> None:
    result = find_duplicates(_items(stories[0], stories[1], stories[0]))
    assert result.representative == {0: 0, 2: 0}
    assert result.clusters() == {0: (0, 2)}
    (pair,) = result.pairs
    assert (pair.a, pair.b, pair.jaccard, pair.containment) == (0, 2, 1.0, 1.0)


def test_mutated_copies_cluster(stories: list[str]) -> None:
    original = stories[3]
    assert original.count("\n") >= 3
    copies = [
        "(Dân trí) - " + original + "\nTheo Tuổi Trẻ",  # byline and source line
        _drop_paragraph(original),
        original.upper().replace(",", " ,"),  # case and punctuation spacing
        original + "\nMời quý độc giả theo dõi các chương trình đã phát sóng trên TV Online!",
    ]
    for copy in copies:
        assert copy != original
    result = find_duplicates(_items(original, *copies, *stories[4:10]))
    assert result.clusters() == {0: (0, 1, 2, 3, 4)}


def test_tone_mark_style_does_not_matter(stories: list[str]) -> None:
    old = stories[5] + "\nHòa Bình, thủy điện, khỏe mạnh, văn hóa, tùy ý, Ủy ban."
    new = stories[5] + "\nHoà Bình, thuỷ điện, khoẻ mạnh, văn hoá, tuỳ ý, Uỷ ban."
    hasher = MinHasher()
    assert np.array_equal(hasher.shingles(old), hasher.shingles(new))
    sig_old, sig_new = hasher.signature(old), hasher.signature(new)
    assert sig_old is not None and sig_new is not None
    assert np.array_equal(sig_old.minhash, sig_new.minhash)
    assert find_duplicates(_items(old, new)).representative == {0: 0, 1: 0}


def test_different_stories_do_not_merge(stories: list[str]) -> None:
    # Dân trí articles of one category and month: same outlet, same topics, different stories.
    result = find_duplicates(_items(*stories))
    assert result.representative == {}
    assert result.pairs == ()


def test_shared_background_paragraph_is_not_enough(stories: list[str]) -> None:
    """Two stories that repeat one paragraph of background stay apart."""
    background = stories[20].split("\n")[1]
    a = stories[21] + "\n" + background
    b = stories[22] + "\n" + background
    assert find_duplicates(_items(a, b)).representative == {}


def test_verification_threshold_separates_partial_overlap(stories: list[str]) -> None:
    """A third of one story glued to half of another: a candidate, but J ~ 0.28."""
    x, y = stories[23].split("\n"), stories[24].split("\n")
    a = "\n".join(x)
    b = "\n".join(x[:len(x) // 3] + y[:len(y) // 2])
    hasher = MinHasher()
    sa, sb = hasher.shingles(a), hasher.shingles(b)
    inter = len(np.intersect1d(sa, sb))
    jaccard = inter / (len(sa) + len(sb) - inter)
    assert 0.2 < jaccard < 0.35 and inter / min(len(sa), len(sb)) < 0.6
    many_bands = DuplicateParams(bands=64)  # 2 rows a band: such a pair is a candidate
    index = DuplicateIndex(many_bands)
    index.add_item(DedupItem(0, a))
    index.add_item(DedupItem(1, b))
    assert index.pairs() == [] and index.candidates_checked == 1
    assert find_duplicates(_items(a, b), many_bands).representative == {}
    lenient = dataclasses.replace(many_bands, threshold=0.15)
    assert find_duplicates(_items(a, b), lenient).representative == {0: 0, 1: 0}


def test_date_rule(stories: list[str]) -> None:
    text = stories[6]
    far = [DedupItem(1, text, "2019-03-01"), DedupItem(2, text, "2021-03-01")]
    assert find_duplicates(far).representative == {}
    near = [DedupItem(1, text, "2021-03-01"), DedupItem(2, text, "2021-03-05T08:00:00+07:00")]
    assert find_duplicates(near).representative == {1: 1, 2: 1}
    undated = [DedupItem(1, text, "2021-03-01"), DedupItem(2, text, None)]
    assert find_duplicates(undated).representative == {1: 1, 2: 1}
    unreadable = [DedupItem(1, text, "2021-03-01"), DedupItem(2, text, "hôm qua")]
    assert find_duplicates(unreadable).representative == {1: 1, 2: 1}
    no_limit = DuplicateParams(max_days=None)
    assert find_duplicates(far, no_limit).representative == {1: 1, 2: 1}


def test_undated_copy_does_not_chain_a_rerun_two_years_later(stories: list[str]) -> None:
    text = stories[7]
    items = [DedupItem(1, text, "2019-03-01"), DedupItem(2, text, None),
             DedupItem(3, text, "2021-03-01")]
    result = find_duplicates(items)
    # The undated copy joins one of them; the two dated ones never share a cluster.
    assert result.representative.get(1) != result.representative.get(3)
    assert len(result.clusters()) == 1
    assert all(len(m) == 2 for m in result.clusters().values())


def test_very_short_texts_never_merge() -> None:
    short = "Ảnh minh họa. Nguồn: Internet. Bài viết đang được cập nhật."
    assert len(tokenize(short)) < DuplicateParams().min_tokens
    assert MinHasher().signature(short) is None
    assert find_duplicates(_items(short, short, short)).representative == {}
    assert find_duplicates(_items("", "", " ")).representative == {}


def test_representative_is_earliest_then_lowest_id(stories: list[str]) -> None:
    text = stories[8]
    items = [DedupItem(40, text, None), DedupItem(30, text, "2021-05-03"),
             DedupItem(20, text, "2021-05-01"), DedupItem(10, text, "2021-05-01T23:00:00"),
             DedupItem(5, text, None)]
    expected = {i.id: 10 for i in items}
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        result = find_duplicates(shuffled)
        assert result.representative == expected
    undated = [DedupItem(9, text), DedupItem(4, text), DedupItem(7, text)]
    assert set(find_duplicates(undated).representative.values()) == {4}


def test_result_does_not_depend_on_input_order(stories: list[str]) -> None:
    base = stories[:12]
    texts = [*base, "(PLO) - " + base[2], _drop_paragraph(base[5]), base[5] + "\nTheo VnExpress"]
    items = _items(*texts)
    first = find_duplicates(items)
    assert len(first.clusters()) == 2
    for seed in range(3):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        again = find_duplicates(shuffled)
        assert again.representative == first.representative
        assert again.pairs == first.pairs


def test_empty_input_and_duplicate_ids(stories: list[str]) -> None:
    result = find_duplicates([])
    assert result.representative == {} and result.pairs == () and result.clusters() == {}
    with pytest.raises(ValueError, match="duplicate article id"):
        find_duplicates([DedupItem(1, stories[0]), DedupItem(1, stories[1])])


def test_stored_signatures_give_the_same_result(stories: list[str]) -> None:
    texts = [stories[9], stories[10], "TTO - " + stories[9], stories[11]]
    hasher = MinHasher()
    index = DuplicateIndex()
    for n, text in enumerate(texts):
        sig = hasher.signature(text)
        assert sig is not None
        restored = Signature.from_bytes(sig.to_bytes())
        assert restored.shingles == sig.shingles
        assert np.array_equal(restored.minhash, sig.minhash)
        # One new article against everything stored so far (ingest-time check).
        assert [m.id for m in index.matches(restored, None)] == ([0] if n == 2 else [])
        index.add(n, restored, None)
    assert index.clusters() == find_duplicates(_items(*texts))
    with pytest.raises(ValueError, match="values"):
        index.add(99, Signature(np.zeros(3, dtype=np.uint32), 10))


def test_matches_applies_the_date_rule(stories: list[str]) -> None:
    index = DuplicateIndex()
    index.add_item(DedupItem(1, stories[13], "2020-01-01"))
    sig = index.hasher.signature(stories[13])
    assert [m.id for m in index.matches(sig, "2020-01-03")] == [1]
    assert index.matches(sig, "2023-01-03") == []
    assert [m.id for m in index.matches(sig, None)] == [1]
    assert index.matches(None, None) == []


def test_containment_rule_catches_a_shortened_republication(stories: list[str]) -> None:
    long_text = "\n".join(stories[12:16])  # a roundup that holds one whole story
    first_part = stories[12]
    hasher = MinHasher()
    a, b = hasher.shingles(long_text), hasher.shingles(first_part)
    inter = len(np.intersect1d(a, b))
    assert inter == len(b) and 0.3 < inter / (len(a) + len(b) - inter) < 0.45
    # Candidates come from Jaccard LSH: at J ~0.4 the default 32 bands of 4 rows pair
    # them only sometimes; one-row bands always do. 512 permutations keep the
    # estimates (J, and the containment derived from it) well clear of the limits.
    precise = DuplicateParams(num_perm=512, bands=512)
    items = _items(long_text, first_part)
    assert find_duplicates(items, precise).representative == {0: 0, 1: 0}
    (pair,) = find_duplicates(items, precise).pairs
    assert pair.jaccard < precise.threshold and pair.containment >= 0.9
    no_containment = dataclasses.replace(precise, containment=None)
    assert find_duplicates(items, no_containment).representative == {}


def test_token_hashes_follow_tokenize(stories: list[str]) -> None:
    from newssearch.dedup import _stable_hash

    for text in [*stories[:5], "Hoà Bình, HÒA BÌNH; 3,6 tỷ USD — “quý” ĐƯỜNG", ""]:
        expected = np.array([_stable_hash(t) for t in tokenize(text)], dtype=np.uint64)
        assert np.array_equal(token_hashes(text), expected)


def test_parse_date() -> None:
    assert str(parse_date("2021-04-26")) == "2021-04-26"
    assert str(parse_date("2021-04-26T23:10:00Z")) == "2021-04-26"
    assert str(parse_date("2021-04-26 08:00:00+07:00")) == "2021-04-26"
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date("26/04/2021") is None


@pytest.mark.parametrize("bad", [
    {"bands": 30}, {"threshold": 0.0}, {"threshold": 1.5}, {"containment": 0.0},
    {"max_days": -1}, {"min_tokens": 2}, {"shingle_size": 0},
])
def test_params_are_validated(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        DuplicateParams(**bad)  # type: ignore[arg-type]


def test_bundled_sample_finds_its_known_duplicates() -> None:
    """The 300-article sample holds four republished pairs (checked by hand)."""
    records = _all_sample()
    items = [DedupItem(n, r["text"], r["date"]) for n, r in enumerate(records)]
    result = find_duplicates(items)
    found = {tuple(sorted((records[p.a]["id"], records[p.b]["id"]))) for p in result.pairs}
    assert found == {
        ("baomoi-21472944", "baomoi-21472985"),  # same story, lead reworded
        ("baomoi-21493059", "baomoi-21494259"),  # same report, other outlet's lead
        ("vietnews-train-075409", "vietnews-val-002871"),  # identical
        ("vietnews-train-081313", "vietnews-val-016083"),  # identical
    }


def _all_sample() -> list[dict[str, Any]]:
    from conftest import SAMPLE

    with (SAMPLE / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


_REAL_PAIRS = {
    # tone style differs (thủy / thuỷ), otherwise the same article
    ("baomoi-21477917", "vietnews-train-103081"): True,
    # same report republished with an outlet's own lead
    ("baomoi-21493635", "baomoi-21495164"): True,
    # same exam-answer page for two exam codes: near-identical text
    ("vietnews-test-014593", "vietnews-train-068545"): True,
    # two stories on the same weather event, different texts
    ("baomoi-21481166", "baomoi-21488650"): False,
    # two lunar-calendar notes of one series (same template, different days)
    ("baomoi-22644375", "baomoi-22695095"): False,
}


def test_real_pairs_from_the_shared_corpus() -> None:
    path = need_shared(SHARED_DATA / "vi_news.jsonl")
    wanted = {i for pair in _REAL_PAIRS for i in pair}
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            key = line[8:line.index('"', 8)]  # lines start with {"id": "...
            if key in wanted:
                texts[key] = json.loads(line)["text"]
    assert set(texts) == wanted
    ids = sorted(wanted)
    result = find_duplicates(DedupItem(n, texts[i]) for n, i in enumerate(ids))
    rep = result.representative
    for (a, b), duplicate in _REAL_PAIRS.items():
        x, y = ids.index(a), ids.index(b)
        together = x in rep and rep.get(x) == rep.get(y)
        assert together == duplicate, (a, b)


def test_params_replace_keeps_validation() -> None:
    params = dataclasses.replace(DuplicateParams(), threshold=0.7)
    assert params.threshold == 0.7 and params.rows == 4
    with pytest.raises(ValueError):
        dataclasses.replace(params, bands=7)
