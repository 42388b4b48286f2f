"""Sentence-aware passage chunking for Vietnamese news.

An article's text (NFC, paragraphs separated by ``\\n``) is cut into
:class:`~newssearch.records.PassageSpan` offsets into the *unchanged* text, so
a search hit can always be quoted exactly. The pipeline is:

1. :func:`split_sentences` finds sentence spans with rules tuned for Vietnamese
   news: no breaks inside numbers and dates (``9.365``, ``21.12.2022``), after
   honorifics and place abbreviations (``TS.``, ``TP.``), after initials
   (``Nguyễn A. Bình``) or after a list number at the start of a line.
2. :class:`Chunker` turns sentences into *units* (a sentence longer than the
   model window is cut at whitespace) and packs units greedily into passages
   of about ``target_tokens`` model tokens, preferring to stop at a paragraph
   end, never exceeding ``max_tokens``, and repeating a few trailing sentences
   of the previous passage so a fact stated across a boundary stays findable.

Every guarantee is checked against the caller's ``count_tokens`` rather than a
character estimate, because Vietnamese syllables tokenize very unevenly.
Searches start from an additive estimate and then gallop (1, 2, 4, ... then
bisect), so a 100k-character article costs O(n log n) tokenizer work at
worst and about three passes over the text in practice, not O(n²).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from .records import PassageSpan

__all__ = ["Chunker", "split_sentences"]

# A run of terminators (covers "..." and "?!") plus closing quotes/brackets
# that belong to the sentence being ended.
_END_RUN = re.compile(r"[.!?…]+[\"'”’»)\]]*")
_WORD = re.compile(r"\S+")
_OPENERS = "\"'“‘«(["
# Dashes and bullets that start list items or quoted speech in news copy.
_BULLETS = "-–—•·*+▪●►‣"
# Abbreviations that are normally followed by a name, so "X. Name" is not a
# sentence end. Compared against the last dot-separated component of the word
# (so "PGS.TS." matches via "TS"), or the whole word for dotted ones ("v.v").
_ABBREVIATIONS = frozenset(
    {
        "TP", "Tp", "TS", "ThS", "Ths", "THS", "TSKH", "PGS", "GS", "BS", "KS",
        "Th", "TT", "TX", "NXB", "St", "v.v", "Mr", "Mrs", "Ms", "Dr", "Prof", "CN",
        "Tr", "tr",
        # Quận, phường, huyện, xã: always followed by a place name.
        "Q", "P", "H", "X",
    }
)  # fmt: skip
# Capital letters that are whole words rather than initials ("châu Á").
_NOT_INITIALS = frozenset({"Á"})
# List markers at the start of a line: "1.", "2.3.", "IV.", "a.".
_LIST_MARKER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+|[a-zđ])")


def split_sentences(text: str) -> list[PassageSpan]:
    """Sentence spans of text (offsets into text), surrounding whitespace excluded from each span.

    A sentence ends after ``.``, ``!``, ``?``, ``…`` (or ``...``) and any closing
    quotes/brackets, when whitespace and then an uppercase letter, digit,
    opening quote/bracket or dash/bullet follows; and always at a ``\\n``.
    """
    spans: list[PassageSpan] = []
    line_start = 0
    n = len(text)
    while line_start <= n:
        nl = text.find("\n", line_start)
        line_end = n if nl < 0 else nl
        _split_line(text, line_start, line_end, spans)
        line_start = line_end + 1
    return spans


def _split_line(text: str, lo: int, hi: int, out: list[PassageSpan]) -> None:
    """Append the sentences of ``text[lo:hi]`` (one line, no ``\\n``) to ``out``."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if lo >= hi:
        return
    line_start = lo
    pos = lo
    for m in _END_RUN.finditer(text, lo, hi):
        end = m.end()
        # The line's last sentence is closed by the line end below.
        if end >= hi or not text[end].isspace():
            continue
        nxt = end
        while text[nxt].isspace():  # stops before hi: text[hi - 1] is not whitespace
            nxt += 1
        if not _starts_sentence(text[nxt]):
            continue
        if m.group() == "." and _dot_is_not_an_end(text, line_start, m.start()):
            continue
        out.append(PassageSpan(pos, end))
        pos = nxt
    out.append(PassageSpan(pos, hi))


def _starts_sentence(ch: str) -> bool:
    # isupper() rather than A-Z: Đ, Ư, Ơ, Â, Ấ ... are capitals too.
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in _BULLETS


def _dot_is_not_an_end(text: str, line_start: int, dot: int) -> bool:
    """Whether the lone ``.`` at ``dot`` closes an abbreviation, initial or list marker."""
    start = dot
    while start > line_start and not text[start - 1].isspace():
        start -= 1
    word = text[start:dot]
    stripped = word.lstrip(_OPENERS)
    if not stripped:
        return False
    if stripped in _ABBREVIATIONS:
        return True
    last = stripped.rsplit(".", 1)[-1]
    if last in _ABBREVIATIONS:
        return True
    if len(last) == 1 and last.isupper() and last not in _NOT_INITIALS:
        if last != stripped:  # several initials: "Lê T.H. Mai"
            return True
        # A lone capital is an initial after a name ("Nguyễn A. Bình", "George
        # W. Bush") or a section marker at line start ("A. Mở đầu"), but a
        # sentence end after a common word ("30 độ C.", "đứng đầu bảng A.").
        prev = _previous_word(text, line_start, start)
        return not prev or prev.lstrip(_OPENERS)[:1].isupper()
    # "1. Tăng cường ..." at the start of a line: the number opens the item.
    return start == line_start and _LIST_MARKER.fullmatch(word) is not None


def _previous_word(text: str, line_start: int, word_start: int) -> str:
    """The whitespace-delimited word before ``word_start`` on the same line, or ``""``."""
    end = word_start
    while end > line_start and text[end - 1].isspace():
        end -= 1
    start = end
    while start > line_start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _search(fits: Callable[[int], bool], ok: int, hi: int, guess: int) -> int:
    """Largest ``k`` in ``[ok, hi]`` with ``fits(k)``; ``ok`` is accepted unchecked.

    ``fits`` is assumed monotone (true, then false). The search probes ``guess``
    first; when the guess is right it costs two calls (``guess`` fits,
    ``guess + 1`` does not). Otherwise it gallops away from the guess (steps
    1, 2, 4, ...) and bisects, so the cost is logarithmic in the error and the
    spans measured stay near the answer, never the rest of a huge article.
    """
    bad = hi + 1  # smallest k known not to fit
    guess = min(max(guess, ok), hi)
    if guess > ok:
        if fits(guess):
            ok = guess
        else:
            bad = guess
            step = 1
            while bad - ok > 1:
                cand = max(bad - step, ok + 1)
                if fits(cand):
                    ok = cand
                    break
                bad = cand
                step *= 2
    if bad > hi:
        step = 1
        while ok < hi:
            cand = min(ok + step, hi)
            if not fits(cand):
                bad = cand
                break
            ok = cand
            step *= 2
    while bad - ok > 1:
        mid = (ok + bad) // 2
        if fits(mid):
            ok = mid
        else:
            bad = mid
    return ok


def _fitting_end(
    count: Callable[[str], int],
    text: str,
    start: int,
    end_at: Callable[[int], int],
    limit: int,
    ok: int,
    hi: int,
) -> int:
    """Largest ``k`` in ``[ok, hi]`` with ``count(text[start:end_at(k)]) <= limit``."""
    return _search(lambda k: count(text[start : end_at(k)]) <= limit, ok, hi, ok)


def _identity(k: int) -> int:
    return k


class Chunker:
    """Pack sentences into passages measured in model tokens.

    ``count_tokens(s)`` must return the model's token count for passage text
    ``s`` (e.g. :func:`newssearch.embed._tokenizer.bundled_token_counter`); the
    targets below are compared with it directly, prefix and specials included.
    """

    def __init__(
        self,
        count_tokens: Callable[[str], int],
        *,
        target_tokens: int = 200,
        max_tokens: int = 480,
        overlap_tokens: int = 40,
    ) -> None:
        if not 0 < target_tokens <= max_tokens:
            raise ValueError(
                f"need 0 < target_tokens <= max_tokens, got {target_tokens} and {max_tokens}"
            )
        if not 0 <= overlap_tokens < target_tokens:
            raise ValueError(
                f"need 0 <= overlap_tokens < target_tokens, got {overlap_tokens} "
                f"and {target_tokens}"
            )
        self._count = count_tokens
        self.target_tokens = target_tokens
        self.max_tokens = max_tokens
        self.overlap_tokens = overlap_tokens
        # Tokens the counter adds once per passage (prefix, <s>, </s>). With it,
        # a span's count is estimated as the sum of its sentences' counts —
        # exact for XLM-R, whose tokens never cross whitespace — so most
        # searches need only two real counts to confirm the estimate.
        self._overhead = max(0, 2 * count_tokens("a") - count_tokens("a a"))

    def chunk(self, text: str) -> list[PassageSpan]:
        """Passage spans of ``text``, in order, covering all of its non-whitespace text."""
        units, costs = self._units(text)
        if not units:
            return []
        packer = _Packer(self, text, units, costs)
        passages: list[PassageSpan] = []
        first, new = 0, 0  # passage = units[first:end]; units[new:] not yet in any passage
        while True:
            end = packer.passage_end(first, new)
            passages.append(PassageSpan(units[first].start, units[end - 1].end))
            if end == len(units):
                return passages
            first, new = end - packer.overlap(first, end), end

    def _units(self, text: str) -> tuple[list[PassageSpan], list[int]]:
        """Sentences, with any sentence over ``max_tokens`` cut; and their token counts."""
        units: list[PassageSpan] = []
        costs: list[int] = []
        for sentence in split_sentences(text):
            cost = self._count(text[sentence.start : sentence.end])
            if cost <= self.max_tokens:
                units.append(sentence)
                costs.append(cost)
            else:
                pieces: list[PassageSpan] = []
                self._split_long(text, sentence, pieces)
                units += pieces
                costs += (self._count(text[p.start : p.end]) for p in pieces)
        return units, costs

    def _split_long(self, text: str, span: PassageSpan, out: list[PassageSpan]) -> None:
        """Cut an over-long sentence at whitespace into pieces of up to ``target_tokens``.

        Pieces aim at the target rather than the cap: such "sentences" are
        usually run-on lists or tables, and the last short piece is packed with
        the following sentences like any other unit.
        """
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, span.start, span.end)]
        count, target = self._count, self.target_tokens

        def word_end(k: int) -> int:
            return words[k - 1][1]

        i = 0
        while i < len(words):
            ws, we = words[i]
            if count(text[ws:we]) > self.max_tokens:
                # A "word" beyond the window (a URL, a blob): cutting it is the
                # only way to keep the invariant.
                self._split_word(text, ws, we, out)
                i += 1
                continue
            j = _fitting_end(count, text, ws, word_end, target, i + 1, len(words))
            out.append(PassageSpan(ws, words[j - 1][1]))
            i = j

    def _split_word(self, text: str, start: int, end: int, out: list[PassageSpan]) -> None:
        count, target = self._count, self.target_tokens
        while start < end:
            if count(text[start : start + 1]) > self.max_tokens:
                raise ValueError(
                    f"max_tokens={self.max_tokens} is below the token count of a single "
                    f"character ({text[start]!r}); raise max_tokens"
                )
            cut = _fitting_end(count, text, start, _identity, target, start + 1, end)
            out.append(PassageSpan(start, cut))
            start = cut


class _Packer:
    """Passage decisions over one text's units; spans are unit ranges ``[a, b)``."""

    # A passage that has reached this share of the target may stop early at
    # a paragraph end rather than run into the next paragraph.
    PARAGRAPH_STOP = 0.6

    def __init__(
        self, chunker: Chunker, text: str, units: list[PassageSpan], costs: list[int]
    ) -> None:
        self.count = chunker._count
        self.target = chunker.target_tokens
        self.overlap_tokens = chunker.overlap_tokens
        self.overhead = chunker._overhead
        self.text = text
        self.units = units
        # prefix[i]: estimated tokens of units[:i], per-passage overhead excluded.
        self.prefix = list(accumulate((c - self.overhead for c in costs), initial=0))
        # paragraph_after[i]: a line break separates unit i from unit i + 1.
        self.paragraph_after = [
            "\n" in text[units[i].end : units[i + 1].start] for i in range(len(units) - 1)
        ] + [True]

    def tokens(self, a: int, b: int) -> int:
        return self.count(self.text[self.units[a].start : self.units[b - 1].end])

    def estimate(self, a: int, b: int) -> int:
        return self.overhead + self.prefix[b] - self.prefix[a]

    def passage_end(self, first: int, new: int) -> int:
        """End of the passage starting at unit ``first`` whose first new unit is ``new``."""
        target, m = self.target, len(self.units)
        guess = bisect_right(self.prefix, target - self.overhead + self.prefix[first]) - 1
        # Always take the new unit (units fit max_tokens by construction, and
        # overlap() leaves room for it), then as many more as fit the target.
        end = _search(lambda b: self.tokens(first, b) <= target, new + 1, m, guess)
        if self.paragraph_after[end - 1]:
            return end
        for k in range(end - 1, new, -1):
            if self.paragraph_after[k - 1]:
                # Only the latest break is worth measuring: earlier ones are shorter.
                if self.PARAGRAPH_STOP * target <= self.tokens(first, k) <= target:
                    return k
                break
        return end

    def overlap(self, first: int, end: int) -> int:
        """How many trailing units of passage ``[first, end)`` open the next one."""
        overlap, target = self.overlap_tokens, self.target

        def fits(j: int, measure: Callable[[int, int], int]) -> bool:
            # The repeat must be short itself, and must leave the next passage
            # room for its first new unit within the target.
            return j == 0 or (
                measure(end - j, end) <= overlap and measure(end - j, end + 1) <= target
            )

        # end - first - 1 at most: the next passage must start later, so
        # chunking always advances and never repeats a passage.
        most = end - first - 1
        guess = 0
        while guess < most and fits(guess + 1, self.estimate):
            guess += 1
        return _search(lambda j: fits(j, self.tokens), 0, most, guess)
