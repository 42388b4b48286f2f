"""Tests for the sentence splitter and passage chunker."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newssearch.chunk import Chunker, _search, split_sentences
from newssearch.records import PassageSpan

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWS_JSONL = _SHARED / "data" / "vi_news.jsonl"
HONGNGU = _SHARED / "seeds" / "hongngu_khoivan_2022.txt"


def words(text: str) -> int:
    """A fake token counter: whitespace-separated words."""
    return len(text.split())


def chars(text: str) -> int:
    """A fake token counter with overhead, like a real one: 2 specials + 1 per 4 chars."""
    return 2 + (len(text) + 3) // 4


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def passages(chunker: Chunker, text: str) -> list[str]:
    return [text[s.start : s.end] for s in chunker.chunk(text)]


def assert_invariant(
    text: str,
    spans: list[PassageSpan],
    count: Callable[[str], int] | None = None,
    max_tokens: int = 0,
) -> None:
    covered = bytearray(len(text))
    prev_start = -1
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert span.start > prev_start
        prev_start = span.start
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        if count is not None:
            assert count(piece) <= max_tokens
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missing, f"uncovered characters at {missing[:10]}"


# --- sentence splitting -------------------------------------------------------------


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t \n ") == []
    assert Chunker(words).chunk("") == []
    assert Chunker(words).chunk("  \n \u00a0 \n") == []


def test_abbreviations_and_names_do_not_split() -> None:
    text = "Đồng chí Nguyễn Văn A, TS. Lê Văn B dự họp tại TP. Hồ Chí Minh."
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "abbr",
    [
        "TP.", "Tp.", "TS.", "ThS.", "Ths.", "PGS.", "GS.", "BS.", "KS.", "Th.", "Q.", "P.",
        "TT.", "NXB.", "St.", "v.v.", "Mr.", "Dr.", "CN.", "PGS.TS.", "GS.TSKH.",
    ],
)  # fmt: skip
def test_each_abbreviation_before_a_name(abbr: str) -> None:
    text = f"Hôm qua {abbr} Nguyễn Văn Bình đã đến. Mọi người vui mừng."
    assert sentences(text) == [
        f"Hôm qua {abbr} Nguyễn Văn Bình đã đến.",
        "Mọi người vui mừng.",
    ]


def test_initials_do_not_split() -> None:
    text = "Ông Nguyễn A. Bình và bà Lê T.H. Mai phát biểu. Sau đó họ ra về."
    assert sentences(text) == [
        "Ông Nguyễn A. Bình và bà Lê T.H. Mai phát biểu.",
        "Sau đó họ ra về.",
    ]


def test_lone_capitals_after_common_words_end_sentences() -> None:
    text = (
        "Nhiệt độ lên tới 38 độ C. Trời nắng nóng ở châu Á. "
        "Việt Nam đứng đầu bảng A. Tổng thống George W. Bush đến H. Thăng Bình. Hết."
    )
    assert sentences(text) == [
        "Nhiệt độ lên tới 38 độ C.",
        "Trời nắng nóng ở châu Á.",
        "Việt Nam đứng đầu bảng A.",
        "Tổng thống George W. Bush đến H. Thăng Bình.",
        "Hết.",
    ]


def test_section_letter_at_line_start() -> None:
    text = "A. Mở đầu chương trình.\nB. Nội dung chính."
    assert sentences(text) == ["A. Mở đầu chương trình.", "B. Nội dung chính."]


def test_numbers_dates_and_times_do_not_split() -> None:
    text = (
        "Trao tặng 9.365 suất quà và 5.863 suất học bổng, kinh phí 1,5 tỷ đồng. "
        "Ngày 21/12/2022 hay 21.12.2022 lúc 14.30 có họp. "
        "Tỷ lệ đạt 3.5% so với 2.000.000 đồng."
    )
    assert sentences(text) == [
        "Trao tặng 9.365 suất quà và 5.863 suất học bổng, kinh phí 1,5 tỷ đồng.",
        "Ngày 21/12/2022 hay 21.12.2022 lúc 14.30 có họp.",
        "Tỷ lệ đạt 3.5% so với 2.000.000 đồng.",
    ]


def test_sentence_ending_in_a_number_splits_before_a_number() -> None:
    text = "Dân số tăng lên trong năm 2022. 15 xã đã về đích."
    assert sentences(text) == ["Dân số tăng lên trong năm 2022.", "15 xã đã về đích."]


def test_list_numbers_start_the_item() -> None:
    text = "Các nhiệm vụ:\n1. Tăng cường công tác dân vận.\n2. Đổi mới phương thức.\nII. Kết luận"
    assert sentences(text) == [
        "Các nhiệm vụ:",
        "1. Tăng cường công tác dân vận.",
        "2. Đổi mới phương thức.",
        "II. Kết luận",
    ]


def test_ellipsis_exclamation_question() -> None:
    text = "Ông nói… Tôi không biết... Thật sao? Đúng vậy! Rồi sao?! Hết."
    assert sentences(text) == [
        "Ông nói…",
        "Tôi không biết...",
        "Thật sao?",
        "Đúng vậy!",
        "Rồi sao?!",
        "Hết.",
    ]


def test_closing_quotes_and_brackets_stay_with_the_sentence() -> None:
    text = (
        "Anh nói: “Tôi sẽ đến.” Sau đó anh đi. "
        'Chị hỏi: "Có thật không?" Không ai trả lời. '
        "(Ảnh: TTXVN.) Bà kể: «Xong rồi!» Hết."
    )
    assert sentences(text) == [
        "Anh nói: “Tôi sẽ đến.”",
        "Sau đó anh đi.",
        'Chị hỏi: "Có thật không?"',
        "Không ai trả lời.",
        "(Ảnh: TTXVN.)",
        "Bà kể: «Xong rồi!»",
        "Hết.",
    ]


def test_what_may_follow_a_sentence_end() -> None:
    text = "Xong. “Đi thôi.” Rồi. - Ý thứ hai. • Ý ba. (Cuối.) 3 người đến. Hết"
    assert sentences(text) == [
        "Xong.",
        "“Đi thôi.”",
        "Rồi.",
        "- Ý thứ hai.",
        "• Ý ba.",
        "(Cuối.)",
        "3 người đến.",
        "Hết",
    ]


def test_vietnamese_capitals_start_sentences() -> None:
    starts = ["Đã", "Ước", "Ơn", "Âm", "Êm", "Ông", "Ăn", "Ấn", "Ở", "Ý"]
    text = " ".join(f"{w} xong." for w in starts)
    assert sentences(text) == [f"{w} xong." for w in starts]


def test_lowercase_after_a_period_does_not_split() -> None:
    text = "Giá 5 triệu đ. một tháng, xem tr. 12 và v.v. rồi đi."
    assert sentences(text) == [text]


def test_no_whitespace_after_terminator_does_not_split() -> None:
    text = "Truy cập vnexpress.net.Xem thêm tại Tp.HCM."
    assert sentences(text) == [text]


def test_line_breaks_always_split_and_are_stripped() -> None:
    text = "  Dòng một không chấm\nDòng hai, tiếp tục \n\n\t Dòng ba.  Câu bốn  \n"
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Dòng một không chấm",
        "Dòng hai, tiếp tục",
        "Dòng ba.",
        "Câu bốn",
    ]
    assert spans[0].start == 2


def test_offsets_refer_to_unchanged_text() -> None:
    text = "Một.\u00a0\u00a0Hai.  \n  Ba"
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(0, 4), (6, 10), (15, 17)]


# --- chunking -----------------------------------------------------------------------


def test_chunker_rejects_bad_settings() -> None:
    with pytest.raises(ValueError):
        Chunker(words, target_tokens=500, max_tokens=480)
    with pytest.raises(ValueError):
        Chunker(words, target_tokens=0)
    with pytest.raises(ValueError):
        Chunker(words, target_tokens=40, overlap_tokens=40)
    with pytest.raises(ValueError):
        Chunker(words, overlap_tokens=-1)


def test_short_text_is_one_passage() -> None:
    text = " Một câu ngắn. Câu thứ hai.\nĐoạn mới. "
    assert passages(Chunker(words), text) == ["Một câu ngắn. Câu thứ hai.\nĐoạn mới."]


def _sentence(i: int, n_words: int) -> str:
    return "Câu " + " ".join(f"từ{i}x{k}" for k in range(n_words - 2)) + " hết."


def test_greedy_packing_respects_target() -> None:
    text = " ".join(_sentence(i, 10) for i in range(20))
    chunker = Chunker(words, target_tokens=35, max_tokens=60, overlap_tokens=0)
    out = passages(chunker, text)
    # Three 10-word sentences fit in 35 tokens, a fourth would not.
    assert all(words(p) == 30 for p in out[:-1])
    assert " ".join(out) == text


def test_overlap_repeats_the_last_sentence() -> None:
    text = " ".join(_sentence(i, 10) for i in range(12))
    chunker = Chunker(words, target_tokens=35, max_tokens=60, overlap_tokens=12)
    spans = chunker.chunk(text)
    assert len(spans) > 2
    first_sentences = sentences(text[spans[0].start : spans[0].end])
    second = text[spans[1].start : spans[1].end]
    assert second.startswith(first_sentences[-1] + " ")
    for prev, cur in itertools.pairwise(spans):
        assert prev.start < cur.start and prev.end < cur.end
        assert cur.start < prev.end  # they overlap
    assert_invariant(text, spans, words, 60)


def test_overlap_takes_several_short_sentences() -> None:
    text = " ".join(_sentence(i, 4) for i in range(30))
    chunker = Chunker(words, target_tokens=30, max_tokens=60, overlap_tokens=8)
    spans = chunker.chunk(text)
    first = sentences(text[spans[0].start : spans[0].end])
    second = text[spans[1].start : spans[1].end]
    assert second.startswith(" ".join(first[-2:]) + " ")
    assert not second.startswith(" ".join(first[-3:]))


def test_no_overlap_when_last_sentence_is_too_long() -> None:
    text = " ".join(_sentence(i, 15) for i in range(8))
    chunker = Chunker(words, target_tokens=40, max_tokens=60, overlap_tokens=10)
    spans = chunker.chunk(text)
    assert len(spans) > 1
    for prev, cur in itertools.pairwise(spans):
        assert cur.start > prev.end


def test_overlap_never_repeats_a_passage() -> None:
    # Each short sentence is followed by one that fills a passage on its own,
    # so a passage is often a single sentence short enough to be an overlap.
    parts = []
    for i in range(10):
        parts += [_sentence(i, 3), _sentence(100 + i, 28)]
    text = " ".join(parts)
    chunker = Chunker(words, target_tokens=30, max_tokens=40, overlap_tokens=10)
    spans = chunker.chunk(text)
    assert len(set(spans)) == len(spans)
    assert_invariant(text, spans, words, 40)


def test_prefers_paragraph_end_when_long_enough() -> None:
    para1 = " ".join(_sentence(i, 10) for i in range(2))  # 20 of 30 tokens: > 60%
    para2 = " ".join(_sentence(10 + i, 10) for i in range(2))
    text = para1 + "\n" + para2
    chunker = Chunker(words, target_tokens=30, max_tokens=60, overlap_tokens=0)
    # Greedy alone would take three sentences, crossing the line break.
    assert passages(chunker, text) == [para1, para2]


def test_does_not_stop_at_a_paragraph_end_too_early() -> None:
    para1 = _sentence(0, 10)  # 10 of 30 tokens: below 60%
    para2 = " ".join(_sentence(10 + i, 10) for i in range(3))
    text = para1 + "\n" + para2
    chunker = Chunker(words, target_tokens=30, max_tokens=60, overlap_tokens=0)
    out = passages(chunker, text)
    assert out[0] == para1 + "\n" + _sentence(10, 10) + " " + _sentence(11, 10)


def test_long_sentence_is_split_at_whitespace() -> None:
    body = " ".join(f"chữ{i}" for i in range(1000))
    text = f"Mở đầu. {body}. Kết thúc."
    chunker = Chunker(words, target_tokens=50, max_tokens=80, overlap_tokens=10)
    spans = chunker.chunk(text)
    assert_invariant(text, spans, words, 80)
    assert len(spans) >= 1000 // 50
    for span in spans:
        # Boundaries sit at whitespace, never inside a word.
        assert span.start == 0 or text[span.start - 1].isspace()
        assert span.end == len(text) or text[span.end].isspace()
        assert words(text[span.start : span.end]) <= 50


def test_long_sentence_with_real_counter() -> None:
    count = _real_counter()
    body = ", ".join(f"hộ gia đình số {i} ở ấp Tân Hội" for i in range(400))
    text = f"Danh sách gồm: {body}.\nĐoạn sau ngắn."
    chunker = Chunker(count)
    spans = chunker.chunk(text)
    assert_invariant(text, spans, count, 480)
    assert len(spans) > 10
    for span in spans:
        assert span.start == 0 or text[span.start - 1].isspace()
        assert span.end == len(text) or text[span.end].isspace()


def test_giant_word_is_cut_to_keep_the_cap() -> None:
    text = "Xem link: " + "x" * 5000 + " nhé. Hết."
    chunker = Chunker(chars, target_tokens=100, max_tokens=120, overlap_tokens=10)
    spans = chunker.chunk(text)
    assert_invariant(text, spans, chars, 120)


def test_max_tokens_below_one_character_is_an_error() -> None:
    chunker = Chunker(lambda s: 10 * len(s), target_tokens=5, max_tokens=5, overlap_tokens=0)
    with pytest.raises(ValueError, match="max_tokens"):
        chunker.chunk("ab cd")


def test_counter_work_is_not_quadratic() -> None:
    """Total text handed to the counter stays proportional to the article size."""
    rng = random.Random(7)
    total = 0

    def counting(text: str) -> int:
        nonlocal total
        total += len(text)
        return chars(text)

    text = _random_text(rng, 100_000)
    one_sentence = " ".join(rng.choice(_VOCAB).lower() for _ in range(20_000))
    for case in (text, one_sentence, "x" * 100_000):
        total = 0
        spans = Chunker(counting).chunk(case)
        assert_invariant(case, spans, chars, 480)
        assert total < 25 * len(case), (total, len(case))


def test_search_finds_the_largest_fit_from_any_guess() -> None:
    for answer in range(0, 12):
        for guess in range(-2, 14):
            probes: list[int] = []

            def fits(k: int, answer: int = answer, probes: list[int] = probes) -> bool:
                probes.append(k)
                return k <= answer

            assert _search(fits, 0, 10, guess) == min(answer, 10)
            assert 0 not in probes  # the lower bound is accepted without a check
            if guess == answer and 0 < answer < 10:
                assert len(probes) == 2  # a right estimate costs two counts


# --- invariant on random and real text ----------------------------------------------

_VOCAB = [
    "Đồng", "chí", "TP.", "Hồ", "Chí", "Minh", "TS.", "Lê", "A.", "9.365", "21/12/2022",
    "14.30", "1,5", "ngày", "Ước", "ơn", "ăn", "và", "của", "“Tôi", "đi.”", "(ảnh)", "v.v.",
    "1.", "-", "•", "…", "...", "?", "!", ".", "Ông", "bà", "xã", "huyện", "tỉnh", "năm",
    "https://vnexpress.net/a-b-c.html", "Nghị", "quyết", "số", "01-NQ/TU", "«Xin", "chào»",
]  # fmt: skip
_SPACES = [" "] * 30 + ["\n"] * 3 + ["  ", "\n\n", " \n ", "\t", "\u00a0", "\u2003", "\r\n", "\x0b"]


def _random_text(rng: random.Random, n_chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < n_chars:
        word = rng.choice(_VOCAB)
        if rng.random() < 0.05:
            word = word * rng.randint(2, 60)  # occasional very long "word"
        if rng.random() < 0.2:
            word += rng.choice(".!?…")
        parts.append(word)
        parts.append(rng.choice(_SPACES))
        size += len(word) + 1
    if rng.random() < 0.5:
        parts.insert(0, rng.choice(_SPACES))
    elif parts:
        parts.pop()  # sometimes no trailing whitespace
    return "".join(parts)


def _settings(rng: random.Random) -> Iterator[tuple[Callable[[str], int], Chunker, int]]:
    # (counter, smallest count of one character: max_tokens must stay above it)
    counters: list[tuple[Callable[[str], int], int]] = [
        (words, 1),
        (chars, 3),
        (_real_counter(), 8),
    ]
    for count, base in counters:
        max_tokens = rng.randint(base + 2, 120)
        target = rng.randint(base + 1, max_tokens)
        overlap = rng.randint(0, target - 1)
        chunker = Chunker(
            count, target_tokens=target, max_tokens=max_tokens, overlap_tokens=overlap
        )
        yield count, chunker, max_tokens


@pytest.mark.parametrize("seed", range(40))
def test_invariant_on_random_text(seed: int) -> None:
    rng = random.Random(seed)
    text = _random_text(rng, rng.choice([0, 5, 50, 500, 3000, 20000]))
    assert_invariant(text, split_sentences(text))
    for count, chunker, max_tokens in _settings(rng):
        spans = chunker.chunk(text)
        assert_invariant(text, spans, count, max_tokens)
        assert len(set(spans)) == len(spans)


def _real_counter() -> Callable[[str], int]:
    from newssearch.embed._tokenizer import bundled_token_counter

    return bundled_token_counter()


def _news_texts(limit: int) -> list[str]:
    if not NEWS_JSONL.is_file():
        pytest.skip(f"news sample not found at {NEWS_JSONL}")
    texts: list[str] = []
    with NEWS_JSONL.open(encoding="utf-8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_invariant_on_real_articles_with_real_tokens() -> None:
    count = _real_counter()
    chunker = Chunker(count)
    n_passages = 0
    for text in _news_texts(200):
        assert_invariant(text, split_sentences(text))
        spans = chunker.chunk(text)
        assert_invariant(text, spans, count, chunker.max_tokens)
        n_passages += len(spans)
    assert n_passages >= 200


@pytest.mark.parametrize(("target", "max_tokens", "overlap"), [(200, 480, 40), (40, 60, 15)])
def test_invariant_on_real_articles_with_word_counter(
    target: int, max_tokens: int, overlap: int
) -> None:
    chunker = Chunker(words, target_tokens=target, max_tokens=max_tokens, overlap_tokens=overlap)
    for text in _news_texts(200):
        spans = chunker.chunk(text)
        assert_invariant(text, spans, words, max_tokens)


def _hongngu() -> str:
    if not HONGNGU.is_file():
        pytest.skip(f"reference article not found at {HONGNGU}")
    return HONGNGU.read_text(encoding="utf-8")


_PROTECTED = ["9.365 suất quà", "5.863 suất quà", "Kế hoạch số 71-KH/TU ngày 11/11/2021"]


def _assert_no_boundary_inside(text: str, spans: list[PassageSpan]) -> None:
    for phrase in _PROTECTED:
        at = text.index(phrase)
        inside = range(at + 1, at + len(phrase))
        for span in spans:
            assert span.start not in inside and span.end not in inside, (phrase, span)


def test_reference_article_sentences() -> None:
    text = _hongngu()
    spans = split_sentences(text)
    assert_invariant(text, spans)
    _assert_no_boundary_inside(text, spans)
    got = [text[s.start : s.end] for s in spans]
    assert "Đoàn Ti Vi (Ban Tuyên giáo Thành ủy Hồng Ngự)" in got
    assert any(s.startswith("Trước mắt, lãnh đạo") for s in got)


def test_reference_article_passages() -> None:
    text = _hongngu()
    count = _real_counter()
    for chunker in (Chunker(count), Chunker(count, target_tokens=120, overlap_tokens=30)):
        spans = chunker.chunk(text)
        assert len(spans) > 1
        assert_invariant(text, spans, count, chunker.max_tokens)
        _assert_no_boundary_inside(text, spans)
