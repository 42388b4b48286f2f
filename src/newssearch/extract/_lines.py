"""Writing a container out as paragraph lines: blocks and ``<br>`` break lines, data
tables become "cell | cell" rows, link-only lines and widget labels are dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4.element import NavigableString, PageElement, Tag

from ._dom import _BLOCKS, _nonspace_len, _Sizes

_LINK_DENSE = 0.60  # blocks whose text is mostly links (lists of other articles) are skipped
_DATA_CELL_MAX = 300  # a table with a longer cell is a layout table, not data
_DATA_TABLE_MAX_TAGS = 3000  # a bigger "table" is page layout
_WS = re.compile(r"[ \t\r\n\f\v]+")


class _Writer:
    """Collects text with explicit paragraph breaks; source whitespace becomes spaces.

    Remembers which text came from links, so that lines made only of links (lists
    of other articles, attachment links) can be told apart from paragraphs.
    """

    def __init__(self, rows: set[str] | None = None) -> None:
        self.parts: list[tuple[str, bool]] = []
        self.rows = rows  # when given, collects the lines written as data-table rows

    def text(self, s: str, link: bool = False) -> None:
        self.parts.append((_WS.sub(" ", s), link))

    def raw(self, s: str, link: bool = False) -> None:
        self.parts.append((s, link))

    def br(self) -> None:
        self.parts.append(("\n", False))

    def _split(self) -> list[tuple[str, int, str]]:
        """(line, non-space characters inside links, text outside links) per non-empty line."""
        out: list[tuple[str, int, str]] = []
        buf: list[str] = []
        plain: list[str] = []
        link_chars = 0

        def flush() -> None:
            nonlocal link_chars
            line = "".join(buf).strip()
            if line:
                out.append((line, link_chars, "".join(plain)))
            buf.clear()
            plain.clear()
            link_chars = 0

        for text, link in self.parts:
            pieces = text.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    flush()
                buf.append(piece)
                if link:
                    link_chars += _nonspace_len(piece)
                else:
                    plain.append(piece)
        flush()
        return out

    def lines_with_links(self) -> list[tuple[str, float]]:
        """(line, share of its non-space characters inside links) for non-empty lines."""
        return [(line, links / max(_nonspace_len(line), 1)) for line, links, _ in self._split()]

    def link_only_lines(self) -> int:
        """How many lines are links and nothing else: (almost) all link text, or links
        with only bullets and separators besides ("› <a>Sở Tư pháp</a>")."""
        return sum(
            links / max(_nonspace_len(line), 1) >= _LINK_LINE_SHARE
            or (links > 0 and not any(c.isalnum() for c in plain))
            for line, links, plain in self._split()
        )

    def lines(self) -> list[str]:
        return [ln for ln, _ in self.lines_with_links()]


def _is_data_table(table: Tag, sz: _Sizes) -> bool:
    # Checked first from the precomputed count: bs4's find() walks the whole subtree,
    # which is quadratic over thousands of nested layout tables.
    if sz.tags(table) > _DATA_TABLE_MAX_TAGS or table.find("table") is not None:
        return False
    cells = table.find_all(["td", "th"])
    return all(isinstance(c, Tag) and sz.text(c) <= _DATA_CELL_MAX for c in cells)


def _rows(table: Tag) -> Iterator[Tag]:
    for tr in table.find_all("tr"):
        if isinstance(tr, Tag):
            yield tr


def _cell_text(cell: Tag, sz: _Sizes) -> str:
    w = _Writer()
    _write(cell, w, sz)
    return " ".join(w.lines())


def _write(
    node: Tag, w: _Writer, sz: _Sizes, pre: bool = False, link_blocks: bool = False
) -> None:
    """Write ``node``'s content: blocks and ``<br>`` break lines, inline elements do not.

    Blocks that are mostly links are skipped unless ``link_blocks`` is set.

    Iterative, not recursive: broken pages (thousands of unclosed ``<font>`` or
    ``<div>`` tags) nest deeper than Python's recursion limit.
    """
    # Stack items: (element, inside <pre>, inside <a>); None stands for "end of a block".
    stack: list[tuple[PageElement, bool, bool] | None] = [
        (c, pre, False) for c in reversed(node.contents)
    ]
    while stack:
        item = stack.pop()
        if item is None:
            w.br()
            continue
        child, in_pre, in_link = item
        if isinstance(child, NavigableString):
            if type(child) is not NavigableString:
                continue  # comments, CDATA and the like
            if in_pre:
                w.raw(str(child), in_link)
            else:
                w.text(str(child), in_link)
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            w.br()
        elif name == "table" and _is_data_table(child, sz):
            w.br()
            for tr in _rows(child):
                cells = [c for c in tr.children if isinstance(c, Tag) and c.name in {"td", "th"}]
                texts = [t for t in (_cell_text(c, sz) for c in cells) if t]
                if texts:
                    w.br()
                    w.text(" | ".join(texts))
                    w.br()
                    if w.rows is not None:
                        w.rows.add(" ".join(" | ".join(texts).split()))
            w.br()
        elif name == "pre" or name in _BLOCKS:
            w.br()
            stack.append(None)
            if link_blocks or sz.link(child) <= _LINK_DENSE * max(sz.text(child), 1):
                keep_pre = in_pre or name == "pre"
                stack.extend((c, keep_pre, in_link) for c in reversed(child.contents))
        else:  # inline element
            link = in_link or name == "a"
            stack.extend((c, in_pre, link) for c in reversed(child.contents))


def _lines_of(nodes: list[Tag], sz: _Sizes, drop_links: bool = False,
              rows: set[str] | None = None, link_blocks: bool = False) -> list[str]:
    """Paragraph lines of ``nodes``; with ``drop_links``, without link-only lines and
    boilerplate labels ("Tin liên quan", "Xem thêm: <link>", "Chia sẻ"...). ``rows``,
    when given, collects the lines that are rows of data tables; with ``link_blocks``,
    blocks that are mostly links are written too."""
    w = _Writer(rows)
    for node in nodes:
        w.br()
        _write(node, w, sz, link_blocks=link_blocks)
        w.br()
    if not drop_links:
        return w.lines()
    out: list[str] = []
    for line, link_share in w.lines_with_links():
        if link_share >= _LINK_LINE_SHARE:
            continue
        if len(line) <= _LABEL_LINE_MAX and _BOILER_LINE.match(line):
            continue
        if link_share >= 0.5 and _READ_MORE.match(line):
            continue
        if not any(c.isalnum() for c in line) or _RELATIVE_TIME.match(line):
            continue  # a lone quote mark, an end mark "■", "33 phút trước"
        out.append(line)
    return out


_LINK_LINE_SHARE = 0.95  # a line (almost) all link text is a list item or attachment
_LABEL_LINE_MAX = 60
_BOILER_LINE = re.compile(
    r"^(?:(?:tin|bài viết|bài|tin tức)\s+(?:liên quan|khác|cùng chuyên mục|mới(?:\s+nhất)?"
    r"|đã đưa|xem nhiều)|các tin (?:khác|đã đưa|cùng chuyên mục)|xem thêm|đọc thêm"
    r"|từ khóa|từ khoá|tags?|chia sẻ|in bài(?: viết)?|gửi email|bản in|lưu bài"
    r"|đánh giá bài viết|ý kiến bạn đọc|bình luận|gửi bình luận|tệp đính kèm|file đính kèm"
    r"|lượt xem|quay lại|về đầu trang)\s*(?:[:(\-–|»].{0,40})?$",
    re.I,
)
_RELATIVE_TIME = re.compile(
    r"^\W*(?:\d+|một)\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước\W*$", re.I)
_READ_MORE = re.compile(r"^(?:xem thêm|đọc thêm|tin liên quan|>>|»)", re.I)


def _link_lines(nodes: list[Tag], sz: _Sizes) -> int:
    """How many lines of ``nodes`` are links and nothing else, lists of links included
    (the writer otherwise skips them): the items of a list of links, one per line."""
    w = _Writer()
    for node in nodes:
        w.br()
        _write(node, w, sz, link_blocks=True)
        w.br()
    return w.link_only_lines()
