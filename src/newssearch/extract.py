"""Article extraction from HTML pages (BeautifulSoup + lxml, rules and text density).

The target is the typical Vietnamese local-news page: a provincial or district
government portal (Liferay, ASP.NET, DotNetNuke, old table layouts), WordPress or
Joomla sites, or a big newspaper, with a site header, menus, breadcrumb, a "Tin
liên quan" box, comments and a footer around one article. Steps:

1. decode the bytes (:func:`decode_html`) and enforce the work limits (page size,
   nesting depth, body size): a page beyond them is rejected with a reason,
2. drop markup that is never article text and blocks whose class/id marks them
   as boilerplate, unless they hold a large share of the page's text (comment
   threads and related-news boxes go whatever their size),
3. find the article container by walking down from ``<body>`` while one child
   holds most of the remaining non-link text, keeping a lead block above it,
4. write that container out as paragraphs (tables as "cell | cell" rows), drop
   link-only lines and widget labels, then read the byline off its end,
5. take title, date and canonical URL from metadata when present, else from
   the visible page (headline closest above the text; date near the headline,
   never a "Cập nhật" one),
6. decide whether the page is an article at all (error, search, tag/category
   and listing pages are not; :attr:`Extracted.reason` says why).

It never raises on bad input: anything unusable gives an :class:`Extracted`
with empty ``text``, and callers reject empty bodies with a reason. Figures on
the gold set and the comparison with trafilatura: ``docs/extraction.md``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import (
    CData,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from newssearch.records import ArticleDraft
from newssearch.textnorm import clean_field, clean_text, nfc

__all__ = ["Extracted", "decode_html", "extract_draft", "extract_html", "parse_date"]


@dataclass(frozen=True, slots=True)
class Extracted:
    """What :func:`extract_html` found on a page."""

    title: str | None
    published: str | None  # ISO "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
    author: str | None
    text: str  # body paragraphs separated by "\n", cleaned with textnorm.clean_text
    canonical_url: str | None
    #: False for listing, search, tag, category and error pages (``text`` is then "").
    is_article: bool = True
    #: Why the page is not an article (or was rejected), e.g. "listing page: 6 teasers".
    reason: str | None = None
    #: The lead (sapo) when the page marks one: also the first line of ``text``.
    lead: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The lead and body paragraphs, in order."""
        return [p for p in self.text.split("\n") if p.strip()]


_EMPTY = Extracted(title=None, published=None, author=None, text="", canonical_url=None)

# --------------------------------------------------------------------------- decoding

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="...; charset=x">.
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SNIFF_BYTES = 16_384
_MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "shift", "euc", "iso2022", "cp93", "cp949", "cp950")
_MAX_BAD_UTF8_SHARE = 0.05


def _codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, following WHATWG where it differs."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read latin-1 and ascii labels as windows-1252 (a superset).
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _is_single_byte(codec: str) -> bool:
    return not codec.startswith(_MULTIBYTE_PREFIXES)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with replacement characters, if only a few bytes are invalid.

    Real UTF-8 pages often carry a stray broken byte or two; reading the whole
    page as windows-1258 because of them would garble every accented letter.
    Legacy-encoded Vietnamese, by contrast, fails on nearly every non-ASCII byte.
    """
    text = data.decode("utf-8", errors="replace")
    non_ascii = sum(b >= 0x80 for b in data)
    return text if text.count("\ufffd") <= _MAX_BAD_UTF8_SHARE * non_ascii else None


def decode_html(data: bytes, declared_charset: str | None = None) -> str:
    """Decode page bytes to NFC text.

    Order: byte-order mark, ``declared_charset`` (e.g. from the HTTP header),
    ``<meta charset>``/``http-equiv``, UTF-8 (tolerating a few broken bytes),
    windows-1258, and finally windows-1252 with replacement characters, so it
    always returns. windows-1258 spells tones as combining marks; the final NFC
    recomposes them.
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return nfc(data[len(bom) :].decode(bom_codec, errors="replace"))

    head = data[:_SNIFF_BYTES]
    meta = _META_CHARSET.search(head)
    candidates: list[str] = []
    declared_name = _codec_name(declared_charset)
    if declared_name is not None:
        candidates.append(declared_name)
    meta_name = _codec_name(meta.group(1).decode("ascii")) if meta else None
    if meta_name is not None:
        # A meta tag readable as ASCII cannot really be UTF-16/32 (WHATWG says utf-8).
        candidates.append("utf-8" if meta_name.startswith(("utf-16", "utf-32")) else meta_name)

    utf8 = _try_decode(data, "utf-8")
    for codec in candidates:
        if utf8 is not None and not data.isascii() and _is_single_byte(codec):
            # Pages that declare a legacy charset but are valid UTF-8 with non-ASCII
            # bytes are mislabelled: real windows-125x text is almost never valid UTF-8.
            return nfc(utf8)
        declared = _try_decode(data, codec)
        if declared is not None:
            return nfc(declared)
    if utf8 is not None:
        return nfc(utf8)
    lossy = _mostly_utf8(data)
    if lossy is not None:
        return nfc(lossy)
    legacy = _try_decode(data, "cp1258")
    if legacy is not None:
        return nfc(legacy)
    # Last resort, lossy: a declared legacy charset if any, else windows-1252.
    fallback = next((c for c in candidates if c != "utf-8" and _is_single_byte(c)), "cp1252")
    return nfc(data.decode(fallback, errors="replace"))


# --------------------------------------------------------------------------- cleanup

# Never article text, whatever their size.
_ALWAYS_DROP = frozenset(
    {
        "script", "style", "noscript", "iframe", "svg", "button", "template", "object",
        "embed", "canvas", "select", "input", "textarea", "menu", "link", "meta", "head",
        "figcaption",
    }
)  # fmt: skip
# Usually chrome, but some sites wrap the whole page in one of them (ASP.NET puts
# everything in a <form>), so they go only when they hold a small share of the text.
_STRUCTURAL_DROP = frozenset({"nav", "header", "footer", "aside", "form"})
# Substrings of class/id values that mark boilerplate blocks.
_BOILERPLATE_PARTS = (
    "menu", "breadcrumb", "share", "social", "related", "comment", "footer", "sidebar",
    "banner", "advert", "tags", "print", "navbar", "topbar", "copyright", "cookie",
    "popup", "modal", "login", "search", "pagination", "toolbar", "widget",
    "lienquan", "lien-quan", "quangcao", "quang-cao", "chia-se", "chiase", "binhluan",
    "binh-luan", "caption", "chu-thich", "chuthich", "rating", "navigation", "pager", "paging",
    "dinh-kem", "dinhkem", "attach", "aside", "khungphai", "khung-phai", "cotphai", "cot-phai",
    "col-right", "right-col", "box-right", "rightcol",
)  # fmt: skip
# Marks of blocks that are never the article even when they hold most of the page's
# text (a long comment thread, a big related-news box): dropped whenever the rest of
# the page still has ``_MIN_REST_CHARS`` of text.
_STRONG_PARTS = ("comment", "binhluan", "binh-luan", "related", "lienquan", "lien-quan")
_STRONG_WORDS = frozenset({"cmt", "cmts"})
_MIN_REST_CHARS = 400
# Parts of class/id values (split on "-", "_"...) too short to match as substrings.
_BOILERPLATE_WORDS = frozenset({"ad", "ads", "nav", "qc", "tools", "hits", "views", "side"})
# Whole class names for content that is not shown ("hidden-xs" is shown on desktops).
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "visually-hidden", "invisible"})
_MAX_BOILERPLATE_SHARE = 0.45  # a marked block holding more text than this is kept
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# C0/C1 control characters (tab, LF, FF, CR excepted) and U+FFFD: a page full of
# them is not text, and lxml chokes on some.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_CONTROL_SHARE = 0.05


def _attr_str(tag: Tag, name: str) -> str:
    """An attribute as one string (bs4 gives multi-valued ones such as class as lists)."""
    value = tag.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return " ".join(str(v) for v in value)


def _is_boilerplate_marked(tag: Tag) -> bool:
    marks = f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}".lower()
    if not marks.strip():
        return False
    if any(part in marks for part in _BOILERPLATE_PARTS):
        return True
    return any(word in _BOILERPLATE_WORDS for word in _TOKEN_SPLIT.split(marks))


def _is_strong_boilerplate(tag: Tag) -> bool:
    marks = f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}".lower()
    if any(part in marks for part in _STRONG_PARTS):
        return True
    return any(word in _STRONG_WORDS for word in _TOKEN_SPLIT.split(marks))


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or _attr_str(tag, "aria-hidden").lower() == "true":
        return True
    if any(c in _HIDDEN_CLASSES for c in _attr_str(tag, "class").lower().split()):
        return True
    return bool(_DISPLAY_NONE.search(_attr_str(tag, "style")))


def _text_len(node: Tag) -> int:
    return len("".join(node.get_text(" ").split()))


def _nonspace_len(s: str) -> int:
    return len("".join(s.split()))


class _Sizes:
    """Text and link-text length (non-space characters) of every tag under a root.

    Computed in one bottom-up pass: calling ``get_text()`` per node instead makes
    the container search and the writer quadratic on deeply nested pages.
    """

    def __init__(self, root: Tag) -> None:
        self._text: dict[int, int] = {}
        self._link: dict[int, int] = {}
        self._tags: dict[int, int] = {}
        # Reverse document order visits every child before its parent.
        for tag in reversed([root, *_tags(root)]):
            text = link = tags = 0
            for child in tag.children:
                if isinstance(child, Tag):
                    text += self._text.get(id(child), 0)
                    link += self._link.get(id(child), 0)
                    tags += 1 + self._tags.get(id(child), 0)
                elif type(child) is NavigableString:  # not comments, scripts, styles
                    text += _nonspace_len(child)
            self._text[id(tag)] = text
            self._link[id(tag)] = text if tag.name == "a" else link
            self._tags[id(tag)] = tags

    def text(self, tag: Tag) -> int:
        return self._text[id(tag)] if id(tag) in self._text else _text_len(tag)

    def link(self, tag: Tag) -> int:
        if id(tag) in self._link:
            return self._link[id(tag)]
        return sum(_text_len(a) for a in tag.find_all("a"))

    def tags(self, tag: Tag) -> int:
        """Number of descendant tags."""
        if id(tag) in self._tags:
            return self._tags[id(tag)]
        return sum(1 for d in tag.descendants if isinstance(d, Tag))

    def content(self, tag: Tag) -> int:
        """Text length minus link text: what paragraphs of an article are made of."""
        return max(self.text(tag) - self.link(tag), 0)


def _tags(root: Tag) -> list[Tag]:
    """All descendant tags, in document order, as a list (safe to mutate the tree after)."""
    return [el for el in root.descendants if isinstance(el, Tag)]


def _cleanup(soup: BeautifulSoup, body: Tag) -> None:
    """Remove markup that is not article text, in place.

    Tags are ``extract()``-ed, not ``decompose()``-d, so the parent links inside a
    removed subtree stay valid and "is an ancestor already gone?" is one set
    lookup. (bs4's ``Tag.decomposed`` is no help: on a live tag it runs a search.)
    """
    for el in list(soup.descendants):
        if isinstance(el, (Comment, CData, ProcessingInstruction, Declaration, Doctype)):
            el.extract()

    gone: set[int] = set()
    for tag in _tags(soup):
        if id(tag.parent) in gone:
            gone.add(id(tag))
        elif tag.name in _ALWAYS_DROP or (tag.name not in {"html", "body"} and _is_hidden(tag)):
            gone.add(id(tag))
            tag.extract()

    # Sizes from before the removals below: a block's share is judged on the full page.
    sizes = _Sizes(body)
    total = max(sizes.text(body), 1)
    gone.clear()
    in_article: set[int] = set()
    for tag in _tags(body):
        if id(tag.parent) in in_article or tag.name == "article":
            in_article.add(id(tag))
        if id(tag.parent) in gone:
            gone.add(id(tag))
            continue
        structural = tag.name in _STRUCTURAL_DROP and not (
            # <header>/<footer> inside <article> belong to the article (title, byline).
            tag.name in {"header", "footer"} and id(tag.parent) in in_article
        )
        size = sizes.text(tag)
        small = size / total < _MAX_BOILERPLATE_SHARE
        if ((structural or _is_boilerplate_marked(tag)) and small) or (
            tag.name not in {"html", "body"}
            and _is_strong_boilerplate(tag)
            and total - size >= _MIN_REST_CHARS
        ):
            gone.add(id(tag))
            tag.extract()


# --------------------------------------------------------------------------- body

_LEAF_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
     "figcaption", "dd", "dt", "caption", "address"}
)  # fmt: skip
_BLOCKS = _LEAF_BLOCKS | frozenset(
    {"div", "section", "article", "main", "ul", "ol", "dl", "figure", "table", "thead",
     "tbody", "tfoot", "tr", "center", "hr", "header", "footer", "nav", "aside", "details",
     "summary", "fieldset", "legend", "form", "body", "html"}
)  # fmt: skip
# Blocks next to the article container that still belong to the article body.
_KEPT_SIBLINGS = frozenset({"p", "blockquote", "ul", "ol", "table"})
_SAPO_MARK = re.compile(r"sapo|lead|summary|desc|intro|chapeau|tom-?tat|abstract|excerpt", re.I)
_DESCEND_SHARE = 0.70  # walk into a child holding at least this share of non-link text
_LINK_DENSE = 0.60  # blocks whose text is mostly links (lists of other articles) are skipped
_DATA_CELL_MAX = 300  # a table with a longer cell is a layout table, not data
_DATA_TABLE_MAX_TAGS = 3000  # a bigger "table" is page layout
_WS = re.compile(r"[ \t\r\n\f\v]+")


def _is_leaf_block(tag: Tag) -> bool:
    if tag.name in _LEAF_BLOCKS:
        return True
    # A <div> with only inline content is a paragraph in disguise.
    return not any(isinstance(c, Tag) and c.name in _BLOCKS for c in tag.children)


def _find_container(body: Tag, sz: _Sizes) -> tuple[Tag, list[Tag]]:
    """Walk down from ``body`` while one child holds most of the non-link text.

    Returns the container and the sibling blocks passed on the way that still
    belong to the article (plain paragraphs, lists, tables and sapo blocks), so
    a lead paragraph kept outside the main text ``<div>`` is not lost.
    """
    node = body
    kept: list[Tag] = []
    while True:
        children = [c for c in node.children if isinstance(c, Tag)]
        scored = [(c, sz.content(c)) for c in children]
        total = sz.content(node)  # includes text written directly in ``node``
        if not scored or total == 0:
            return node, kept
        best, best_score = max(scored, key=lambda cs: cs[1])
        if _is_leaf_block(best) or best_score < _DESCEND_SHARE * total:
            return node, kept
        best_at = children.index(best)
        for i, child in enumerate(children):
            if child is best:
                continue
            sapo = bool(_SAPO_MARK.search(f"{_attr_str(child, 'class')} {_attr_str(child, 'id')}"))
            if sapo or child.name in _KEPT_SIBLINGS or (
                best_at - _LEAD_REACH <= i < best_at and _looks_like_lead(child, sz)
            ):
                kept.append(child)
        node = best


_LEAD_REACH = 2  # a lead block sits right before the main text
_LEAD_MIN_WORDS = 15


def _looks_like_lead(tag: Tag, sz: _Sizes) -> bool:
    """An unmarked block of running text just above the body: the sapo."""
    if sz.link(tag) * 5 > sz.text(tag) or tag.find(["ul", "ol", "table", "form"]) is not None:
        return False
    text = " ".join(tag.get_text(" ").split())
    return len(text.split()) >= _LEAD_MIN_WORDS and text[-1:] in {".", "…", "!", "?", "\"", "”"}


class _Writer:
    """Collects text with explicit paragraph breaks; source whitespace becomes spaces.

    Remembers which text came from links, so that lines made only of links (lists
    of other articles, attachment links) can be told apart from paragraphs.
    """

    def __init__(self) -> None:
        self.parts: list[tuple[str, bool]] = []

    def text(self, s: str, link: bool = False) -> None:
        self.parts.append((_WS.sub(" ", s), link))

    def raw(self, s: str, link: bool = False) -> None:
        self.parts.append((s, link))

    def br(self) -> None:
        self.parts.append(("\n", False))

    def lines_with_links(self) -> list[tuple[str, float]]:
        """(line, share of its non-space characters inside links) for non-empty lines."""
        out: list[tuple[str, float]] = []
        buf: list[str] = []
        link_chars = 0

        def flush() -> None:
            nonlocal link_chars
            line = "".join(buf).strip()
            if line:
                out.append((line, link_chars / max(_nonspace_len(line), 1)))
            buf.clear()
            link_chars = 0

        for text, link in self.parts:
            pieces = text.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    flush()
                buf.append(piece)
                if link:
                    link_chars += _nonspace_len(piece)
        flush()
        return out

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


def _write(node: Tag, w: _Writer, sz: _Sizes, pre: bool = False) -> None:
    """Write ``node``'s content: blocks and ``<br>`` break lines, inline elements do not.

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
            w.br()
        elif name == "pre" or name in _BLOCKS:
            w.br()
            stack.append(None)
            if sz.link(child) <= _LINK_DENSE * max(sz.text(child), 1):
                keep_pre = in_pre or name == "pre"
                stack.extend((c, keep_pre, in_link) for c in reversed(child.contents))
        else:  # inline element
            link = in_link or name == "a"
            stack.extend((c, in_pre, link) for c in reversed(child.contents))


def _lines_of(nodes: list[Tag], sz: _Sizes, drop_links: bool = False) -> list[str]:
    """Paragraph lines of ``nodes``; with ``drop_links``, without link-only lines and
    boilerplate labels ("Tin liên quan", "Xem thêm: <link>", "Chia sẻ"...)."""
    w = _Writer()
    for node in nodes:
        w.br()
        _write(node, w, sz)
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
_READ_MORE = re.compile(r"^(?:xem thêm|đọc thêm|tin liên quan|>>|»)", re.I)


# --------------------------------------------------------------------------- title

_NULL_PREFIX = re.compile(r"^\s*null\b[\s:\-–|]*", re.I)
# The site part runs from the last spaced separator; "Bà Rịa-Vũng Tàu" keeps its hyphen.
_TITLE_SUFFIX = re.compile(
    r"^(?P<head>.+)\s(?:[|\-–—]|::)\s(?P<site>(?:(?!\s(?:[|\-–—]|::)\s).)+)$"
)
_GENERIC_TITLES = re.compile(
    r"^(?:chi tiết(?: bài viết| tin(?: tức)?| tin bài)?(?: tin tức)?|xuất bản thông tin"
    r"|tin tức(?: - sự kiện)?|tin tức sự kiện|trang chủ|trang chủ - .*|home|untitled|null"
    r"|cổng thông tin.*|trang thông tin.*|cổng ttđt.*|bài viết|tin bài|nội dung)$"
)
_HEADLINE_MARK = re.compile(r"title|headline|tieu-?de|heading", re.I)


def _strip_null(title: str) -> str:
    return _NULL_PREFIX.sub("", title, count=1)


def _is_generic_label(text: str) -> bool:
    """Portal labels such as "Chi tiết bài viết Tin tức" or "Xuất bản thông tin"."""
    return bool(_GENERIC_TITLES.match(text.casefold().strip(" .:")))


def _is_generic_title(title: str) -> bool:
    return len(title) < 4 or _is_generic_label(title)


def _strip_site_suffix(title: str) -> str:
    """Drop a trailing " - Site name" / " | Site" from a <title>."""
    m = _TITLE_SUFFIX.match(title)
    if not m:
        return title
    head, site = m.group("head").strip(), m.group("site").strip()
    # A site name is capitalized and short; "chính trị - xã hội" is not a suffix.
    capitalized = site[:1].isupper() or site[:1].isdigit()
    if capitalized and len(site) <= 80 and len(head.split()) >= 2:
        return head
    return title


def _norm_line(s: str) -> str:
    return " ".join(_strip_null(nfc(s)).casefold().split()).strip(" .:")


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    """Content of the first <meta> whose property, name or itemprop is one of ``keys``."""
    wanted = {k.lower() for k in keys}
    for tag in soup.find_all("meta"):
        if not isinstance(tag, Tag):
            continue
        for attr in ("property", "name", "itemprop"):
            if _attr_str(tag, attr).lower() in wanted:
                content = _attr_str(tag, "content").strip()
                if content:
                    return content
    return None


def _json_ld_values(soup: BeautifulSoup, key: str) -> list[str]:
    """String values of ``key`` anywhere in the page's JSON-LD blocks.

    A value that is an object or a list of objects (``"author": {"name": ...}``)
    gives their ``name``.
    """
    found: list[str] = []

    def walk(obj: object) -> None:
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k != key:
                    walk(v)
                    continue
                for item in v if isinstance(v, list) else [v]:
                    if isinstance(item, dict):
                        item = item.get("name")
                    if isinstance(item, str) and item.strip():
                        found.append(item.strip())
        elif isinstance(obj, list):
            for item in obj:
                walk(item)

    for tag in soup.find_all("script"):
        if isinstance(tag, Tag) and "ld+json" in _attr_str(tag, "type").lower():
            try:
                walk(json.loads(tag.get_text()))
            except (ValueError, RecursionError):
                continue
    return found


def _heading_candidates(body: Tag, sz: _Sizes, text_start: Tag | None = None) -> list[str]:
    """Visible headline candidates, best first.

    Candidates are every ``<h1>``, ``<h2>``-``<h4>`` marked as a title, and any
    other element marked as a title (``<span class="title">``, ``<font class=tieude>``)
    holding a headline-sized text; headings that are all link (logos, teasers) are
    not. When ``text_start`` (the first paragraph of the article) is known, the
    candidates above it come first, closest first: the site's name in an ``<h1>``
    at the top of the page is farther from the text than the headline.
    """
    order = {id(t): i for i, t in enumerate(_tags(body))}
    found: list[tuple[int, int, str]] = []  # (priority, document index, text)
    for el in _tags(body):
        if el.name in {"a", "body", "html"}:
            continue
        marks = f"{_attr_str(el, 'class')} {_attr_str(el, 'id')} {_attr_str(el, 'itemprop')}"
        marked = bool(_HEADLINE_MARK.search(marks))
        if el.name == "h1":
            priority = 0
        elif el.name in {"h2", "h3", "h4"} and marked:
            priority = 1
        elif marked and el.name not in {"h2", "h3", "h4"}:
            priority = 2
        else:
            continue
        # Size checks first, from the precomputed sizes: get_text() on every element of
        # a deeply nested chain would be quadratic.
        if sz.tags(el) > _HEADLINE_MAX_TAGS or not 0 < sz.text(el) <= _MAX_TITLE_CHARS * 2:
            continue
        text = " ".join(el.get_text(" ").split())
        if not text:
            continue
        if priority == 2 and (
            len(text.split()) < _MIN_TITLE_WORDS or len(text) > _MAX_TITLE_CHARS
        ):
            continue
        links = sz.link(el)
        own = sz.text(el)
        if (priority < 2 and links >= own) or (priority == 2 and links * 2 >= own):
            continue
        found.append((priority, order[id(el)], text))
    ranked = sorted(found, key=lambda f: (f[0], f[1]))
    if text_start is not None and id(text_start) in order:
        limit = order[id(text_start)]
        above = sorted((f for f in found if f[1] < limit and len(f[2]) <= _MAX_TITLE_CHARS),
                       key=lambda f: -f[1])
        ranked = above + [f for f in ranked if f not in above]
    return [f[2] for f in ranked]


def _text_start(nodes: list[Tag], sz: _Sizes) -> Tag | None:
    """The first element of ``nodes`` (in document order) that holds paragraph text."""
    for node in nodes:
        for tag in [node, *_tags(node)]:
            own = sum(_nonspace_len(c) for c in tag.children if type(c) is NavigableString)
            if own >= _PARAGRAPH_CHARS or (
                tag.name in {"p", "td", "li", "blockquote", "dd"}
                and sz.content(tag) >= _PARAGRAPH_CHARS
            ):
                return tag
    return None


_PARAGRAPH_CHARS = 80
_MIN_TITLE_WORDS = 4
_HEADLINE_MAX_TAGS = 64
_MAX_TITLE_CHARS = 300


def _pick_title(
    meta_titles: list[str],
    headings: list[str],
    page_title: str | None,
    lines: list[str] | None = None,
) -> str | None:
    """The first non-generic candidate: og:title, JSON-LD headline, headings, <title>.

    A headline-like line right above the date line comes before a ``<title>`` that
    does not appear on the page (usually the site's name or a generic label).
    """
    candidates = [_strip_null(t) for t in meta_titles + headings]
    before_date = _title_before_date(lines) if lines else None
    if page_title:
        pt = _strip_site_suffix(_strip_null(page_title))
        on_page = lines is not None and any(_norm_line(pt) == _norm_line(ln) for ln in lines)
        if before_date and not on_page:
            candidates.append(before_date)
        candidates.append(pt)
    elif before_date:
        candidates.append(before_date)
    cleaned = [c for c in (clean_field(c) for c in candidates) if c]
    for c in cleaned:
        if not _is_generic_title(c):
            return c
    return cleaned[0] if cleaned else None


def _title_before_date(lines: list[str]) -> str | None:
    """The line just above the first short date line, if it reads like a headline."""
    for i, line in enumerate(lines[:_TITLE_SCAN_LINES]):
        if i == 0 or len(line) > 60 or next(_dates_in_line(line), None) is None:
            continue
        prev = lines[i - 1]
        words = prev.split()
        if (_MIN_TITLE_WORDS <= len(words) <= 40 and len(prev) <= _MAX_TITLE_CHARS
                and not prev.endswith(".") and not _dates_in_line_any(prev)):
            return prev
    return None


def _dates_in_line_any(line: str) -> bool:
    return next(_dates_in_line(line), None) is not None


_TITLE_SCAN_LINES = 60

# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?")
_VN_DATE = re.compile(
    r"(?<!\d)(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})\s+tháng\s+(?P<m3>\d{1,2})\s*(?:,|năm)\s*(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2}))(?!\d)",
    re.I,
)
_TIME_AFTER = re.compile(r"\s*(?:[|,\-–]\s*)?(?:lúc\s*)?(\d{1,2})\s*[:hH]\s*(\d{2})(?!\d)")
_TIME_BEFORE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[:hH]\s*(\d{2})\s*(?:[|,\-–]\s*)?(?:ngày\s*)?$", re.I
)
_MODIFIED = re.compile(r"cập\s*nhật|sửa\s*đổi|updated|modified", re.I)
_DATE_LINE_MAX = 120  # publication dates sit on short lines, not inside sentences
_DATE_WINDOW_BEFORE, _DATE_WINDOW_AFTER, _DATE_WINDOW_NO_TITLE = 3, 8, 15


def _iso(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None) -> str | None:
    """ISO string for a valid date (and time), else None."""
    if not 1900 <= y <= 2100:
        return None
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if hh is not None and mm is not None and 0 <= hh < 24 and 0 <= mm < 60:
        return f"{day.isoformat()}T{hh:02d}:{mm:02d}"
    return day.isoformat()


def _dates_in_line(line: str) -> Iterator[str]:
    """Publication-date candidates in one line, skipping modified ("Cập nhật") dates."""
    prev_end = 0
    for m in _VN_DATE.finditer(line):
        before = line[prev_end : m.start()]
        prev_end = m.end()
        if _MODIFIED.search(before):
            continue
        if m.group("d") is not None:
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        elif m.group("d2") is not None:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        elif m.group("d3") is not None:
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        else:
            y, mo, d = int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
        hh: int | None = None
        mm: int | None = None
        t = _TIME_AFTER.match(line, m.end()) or _TIME_BEFORE.search(before)
        if t:
            hh, mm = int(t.group(1)), int(t.group(2))
        iso = _iso(y, mo, d, hh, mm)
        if iso:
            yield iso


def parse_date(value: str) -> str | None:
    """Normalize an ISO 8601 or Vietnamese date string to "YYYY-MM-DD[THH:MM]"."""
    m = _ISO_DATE.match(value)
    if m:
        hh = int(m.group(4)) if m.group(4) else None
        mm = int(m.group(5)) if m.group(5) else None
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), hh, mm)
    return next(_dates_in_line(value), None)


def _is_date_line(line: str) -> bool:
    """A line that is mostly a date: "Thứ Hai, 21/12/2022 14:30", "(19/08/2020)"."""
    return (
        len(line) <= _DATE_ONLY_LINE_MAX
        and next(_dates_in_line(line), None) is not None
        and len(_VN_DATE.sub("", line).strip(" ,|-–:()")) <= _DATE_LINE_REST
    )


def _date_from_lines(lines: list[str], title: str | None) -> str | None:
    """The publication date on a short line near the title line.

    Order: short lines below the headline up to the first paragraph of running
    text, then the few lines above it (a site header's "today" sits higher), then
    date-only lines further down (some portals print the date after the text).
    """
    window = lines[:_DATE_WINDOW_NO_TITLE]
    later: list[str] = []
    if title:
        key = _norm_line(title)
        for i, line in enumerate(lines):
            if key and key in _norm_line(line):
                after = lines[i + 1 : i + _DATE_WINDOW_AFTER + 1]
                head = next((k for k, ln in enumerate(after) if len(ln) > _DATE_LINE_MAX),
                            len(after))
                window = after[:head] + lines[max(i - _DATE_WINDOW_BEFORE, 0) : i + 1][::-1]
                later = [ln for ln in lines[i + 1 :] if _is_date_line(ln)]
                break
    for line in [*window, *later]:
        if len(line) <= _DATE_LINE_MAX:
            for iso in _dates_in_line(line):
                return iso
    return None


_DATE_ONLY_LINE_MAX = 60
_DATE_LINE_REST = 30


def _time_date(body: Tag) -> str | None:
    times = [t for t in body.find_all("time") if isinstance(t, Tag) and t.get("datetime")]
    # An explicitly published <time> first, then the first one on the page.
    times.sort(key=lambda t: not (t.has_attr("pubdate") or "ublished" in _attr_str(t, "itemprop")))
    for t in times:
        iso = parse_date(_attr_str(t, "datetime"))
        if iso:
            return iso
    return None


# --------------------------------------------------------------------------- author

_BYLINE_MAX = 80
_PHOTO_CREDIT = re.compile(r"^\(?\s*(?:ảnh|nguồn ảnh|photo|video|clip)\b|ảnh\s*:", re.I)
_THEO = re.compile(r"^theo\s+(?P<src>\S.*)$", re.I)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)(?:\.vn)?$", re.I)
_TRAILING_PAREN = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:[-–,/&]|\bvà\b)\s*")
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]?\.?$")
_AUTHOR_MARK = re.compile(r"author|byline|tac-?gia|nguoi-?viet", re.I)
_AUTHOR_LABEL = re.compile(r"^(?:(?:tác giả|bài và ảnh|bài|by)\s*[:：]\s*|by\s+)", re.I)


def _name_word_ok(word: str) -> bool:
    return word[:1].isupper() or bool(_INITIALS.match(word))


_ORG_BYLINE = re.compile(
    r"^(?:Phòng|Ban|Trung tâm|Sở|UBND|Ủy ban|Uỷ ban|Văn phòng|Hội|Đài|Báo|Cổng|Huyện ủy"
    r"|Thành ủy|Tỉnh ủy|Đảng ủy|Huyện uỷ|Thành uỷ|Tỉnh uỷ|Đảng uỷ|Công an|Chi cục|Cục"
    r"|Bệnh viện|Nhóm PV|Nhóm phóng viên|BBT|Ban biên tập)\s\S",
)
_ORG_BYLINE_WORDS = 12


def _looks_like_byline(line: str) -> bool:
    """A short line such as "Nguyễn Sơn (TTXVN)" or "Theo Dân trí"; never a photo credit."""
    s = line.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s) > _BYLINE_MAX or _PHOTO_CREDIT.search(s):
        return False
    if _ORG_BYLINE.match(s) and len(s.split()) <= _ORG_BYLINE_WORDS and not s.endswith("."):
        return True  # "Phòng Văn hóa - Thông tin huyện", "Ban Tuyên giáo Huyện ủy"
    theo = _THEO.match(s)
    if theo:
        src = theo.group("src").rstrip(".")
        return (src[:1].isupper() or bool(_DOMAIN.match(src))) and len(src.split()) <= 8
    core = _TRAILING_PAREN.sub("", s).strip()
    if not core or (core.endswith(".") and not _INITIALS.match(core)):
        return False  # a sentence, not a name
    names = [n for n in _NAME_SPLIT.split(core) if n]
    if not names or len(names) > 4:
        return False
    has_full_name = False
    for name in names:
        words = name.split()
        if len(names) > 1 and _ORG_BYLINE.match(name) and len(words) <= _ORG_BYLINE_WORDS:
            continue  # "Văn Thành - Đài TT huyện": a reporter and their organization
        if not 1 <= len(words) <= 5 or not all(_name_word_ok(w) for w in words):
            return False
        if len(words) >= 2 or (name.isupper() and len(name) <= 8) or _INITIALS.match(name):
            has_full_name = True
    return has_full_name


_AUTHOR_LINE = re.compile(r"^(?:tác giả|người viết|bài và ảnh|bài)\s*[:：]\s*(?P<name>\S.*)$", re.I)


def _labelled_author(lines: list[str], title: str | None) -> str | None:
    """ "Tác giả: Lê Minh Tâm" on a short line just below the headline."""
    if not title:
        return None
    key = _norm_line(title)
    for i, line in enumerate(lines):
        if key and key in _norm_line(line):
            for near in lines[i + 1 : i + 1 + _DATE_WINDOW_AFTER]:
                m = _AUTHOR_LINE.match(near)
                if m and _looks_like_byline(m.group("name")):
                    return m.group("name").strip()
            return None
    return None


def _author_element(body: Tag) -> str | None:
    """Text of the innermost element marked as author (class, id or itemprop)."""
    marked = [
        tag
        for tag in _tags(body)
        if _AUTHOR_MARK.search(
            f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')} {_attr_str(tag, 'itemprop')}"
        )
    ]
    marked_ids = {id(tag) for tag in marked}
    for tag in marked:
        # "author-wrap" around "author-name" and a <time>: take the name only.
        if any(isinstance(d, Tag) and id(d) in marked_ids for d in tag.descendants):
            continue
        text = clean_field(_AUTHOR_LABEL.sub("", " ".join(tag.get_text(" ").split())))
        if text and len(text) <= _BYLINE_MAX and not _VN_DATE.search(text):
            return text
    return None


# --------------------------------------------------------------------------- main API


def _canonical(soup: BeautifulSoup, url: str | None) -> str | None:
    href: str | None = None
    for link in soup.find_all("link"):
        if isinstance(link, Tag) and "canonical" in _attr_str(link, "rel").lower().split():
            href = _attr_str(link, "href").strip() or None
            break
    if href is None:
        href = _meta(soup, "og:url")
    if href is None:
        return None
    full = urljoin(url, href) if url else href
    return full if urlsplit(full).scheme in {"http", "https"} else None


def _parse(markup: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # Short inputs can look like file names or URLs to bs4; that is fine here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(markup, "lxml")


def _is_garbage(markup: str) -> bool:
    visible = "".join(markup.split())
    return bool(visible) and len(_CONTROL.findall(visible)) > _MAX_CONTROL_SHARE * len(visible)


def _trim_leading(lines: list[str], title: str | None) -> list[str]:
    """Drop page chrome that the container may start with: title, date line, labels."""
    key = _norm_line(title) if title else None
    i = 0
    while i < min(len(lines), 6):
        line = lines[i]
        norm = _norm_line(line)
        is_title = key is not None and norm == key
        is_date = (
            len(line) <= 60
            and next(_dates_in_line(line), None) is not None
            and (len(_VN_DATE.sub("", line).strip(" ,|-–:")) <= 30)
        )
        author_line = _AUTHOR_LINE.match(line)
        is_author = author_line is not None and _looks_like_byline(author_line.group("name"))
        if is_title or is_date or is_author or not norm or _is_generic_label(line):
            i += 1
            continue
        break
    return lines[i:]


# --------------------------------------------------------------------------- lead

_EMPHASIS = frozenset({"b", "strong", "em", "i"})
_LEAD_MIN_CHARS = 40


def _lead_text(nodes: list[Tag], container: Tag, sz: _Sizes) -> str | None:
    """Text of the block that is the lead: sapo-marked, a lead block kept above the
    container, or a first paragraph set entirely in bold/italics."""
    for node in nodes:
        if node is container:
            continue
        marks = f"{_attr_str(node, 'class')} {_attr_str(node, 'id')}"
        if sz.text(node) >= _LEAD_MIN_CHARS and (
            _SAPO_MARK.search(marks) or _looks_like_lead(node, sz)
        ):
            return node.get_text(" ")
    for tag in [container, *_tags(container)]:
        if _SAPO_MARK.search(f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}") and (
            sz.text(tag) >= _LEAD_MIN_CHARS
        ):
            return tag.get_text(" ")
    start = next((t for t in [container, *_tags(container)]
                  if (t.name in _LEAF_BLOCKS or _is_leaf_block(t))
                  and sz.content(t) >= _LEAD_MIN_CHARS), None)
    if start is None:
        return None
    total = sz.text(start)
    emphasized = sum(sz.text(t) for t in start.find_all(list(_EMPHASIS))
                     if isinstance(t, Tag) and not any(
                         isinstance(p, Tag) and p.name in _EMPHASIS for p in t.parents
                         if p is not start))
    return start.get_text(" ") if total and emphasized >= 0.9 * total else None


# --------------------------------------------------------------------------- page kind

_ERROR_PAGE = re.compile(
    r"\b(?:404|410|500)\b|không tìm thấy|không tồn tại|not found|lỗi truy cập|"
    r"đã bị (?:xóa|xoá|gỡ)|đã được gỡ|page (?:does not|doesn't) exist|error",
    re.I,
)
# "Tìm kiếm - Site", "Kết quả tìm kiếm cho …"; not a headline like "Tìm kiếm người mất tích".
_SEARCH_PAGE = re.compile(
    r"^(?:kết quả tìm kiếm|tìm kiếm|search results?|search)\s*(?:$|[:\-–|»“\"(]|cho\b|for\b)",
    re.I,
)
_TAG_PAGE = re.compile(
    r"^(?:tags?|từ khóa|từ khoá|chủ đề|chuyên mục|danh mục|lưu trữ|archives?|category)\s*[:：]",
    re.I,
)
_ERROR_MAX_CHARS = 600  # an error page says little; a long page mentioning "404" is not one
_LABEL_MIN_TEASERS = 2  # a search/tag heading also needs teasers (or next to no text)
_MIN_TEASERS = 4
_LISTING_SHARE = 0.6
_LINK_PAGE_SHARE = 0.5  # a page whose text is mostly links, with little else, lists things
_LINK_PAGE_MAX_CHARS = 300  # teaser items hold at least this share of a listing's text
_ITEM_REACH = 12


def _is_teaser(tag: Tag, sz: _Sizes) -> bool:
    """A headline that is (almost) all link: a teaser for another page."""
    if tag.name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        pass
    elif not _HEADLINE_MARK.search(f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}"):
        return False
    text = sz.text(tag)
    if text == 0:
        return False
    if sz.link(tag) >= 0.8 * text:
        return True
    # A card: <a href><div class="card-title">...</div></a>.
    return any(p.name == "a" for _, p in zip(range(_TEASER_LINK_REACH), tag.parents, strict=False))


_TEASER_LINK_REACH = 3


def _page_kind(
    headings: list[str], page_title: str | None, nodes: list[Tag], lines: list[str], sz: _Sizes
) -> str | None:
    """Why the page is not an article, or None when it is one."""
    labels = [" ".join(h.split()) for h in headings[:3]]
    if page_title:
        labels.append(" ".join(page_title.split()))
    n_chars = sum(len(line) for line in lines)
    for label in labels:
        if _ERROR_PAGE.search(label) and n_chars < _ERROR_MAX_CHARS:
            return f"error page: {label[:80]!r}"
    # Teaser headlines, outermost only (document order: parents come first).
    found: list[Tag] = []
    inside: set[int] = set()
    for node in nodes:
        for tag in [node, *_tags(node)]:
            if id(tag.parent) in inside or id(tag) in inside:
                inside.add(id(tag))
            elif _is_teaser(tag, sz):
                found.append(tag)
                inside.add(id(tag))
    teasers = len(found)
    # Each teaser's item: its largest ancestor holding no other teaser. In a listing the
    # items hold most of the text; an article's related box holds little of it.
    per_ancestor: dict[int, int] = {}
    for t in found:
        for _, anc in zip(range(_ITEM_REACH), t.parents, strict=False):
            per_ancestor[id(anc)] = per_ancestor.get(id(anc), 0) + 1
    items: dict[int, Tag] = {}
    for t in found:
        item = t
        for _, anc in zip(range(_ITEM_REACH), t.parents, strict=False):
            if per_ancestor.get(id(anc)) != 1 or anc.name in {"body", "html"}:
                break
            item = anc
        items[id(item)] = item
    total = max(sum(sz.text(n) for n in nodes), 1)
    item_share = sum(sz.text(i) for i in items.values()) / total
    listing_like = teasers >= _LABEL_MIN_TEASERS or n_chars < _ERROR_MAX_CHARS
    for label in labels:
        if _SEARCH_PAGE.match(label) and listing_like:
            return f"search results page: {label[:80]!r}"
        if _TAG_PAGE.match(label) and listing_like:
            return f"tag or category page: {label[:80]!r}"
    if teasers >= _MIN_TEASERS and item_share >= _LISTING_SHARE:
        return (f"listing page: {teasers} teaser headlines holding {item_share:.0%} "
                "of the text")
    if not lines:
        return "no article body"
    return None


def extract_html(html: str | bytes, url: str | None = None) -> Extracted:
    """Extract title, date, author, body text and canonical URL from one page."""
    try:
        return _extract(html, url)
    except Exception:  # the contract is "never raise on bad input"
        return _EMPTY


# Work limits: every page costs at most a parse of _MAX_PAGE_CHARS characters.
_MAX_PAGE_BYTES = 8 * 1024 * 1024  # after inline base64 data is dropped
_MAX_PAGE_CHARS = _MAX_PAGE_BYTES
_MAX_DEPTH = 20_000  # broken pages nest thousands of unclosed <font>; beyond this, junk
_MAX_TEXT_CHARS = 500_000  # ~100 times a long news article
_INLINE_DATA = re.compile(rb"data:[\w/+.-]{1,60};base64,[A-Za-z0-9+/=\s]{256,}")
_INLINE_DATA_STR = re.compile(r"data:[\w/+.-]{1,60};base64,[A-Za-z0-9+/=\s]{256,}")


def _rejected(reason: str) -> Extracted:
    return Extracted(title=None, published=None, author=None, text="", canonical_url=None,
                     is_article=False, reason=f"rejected: {reason}")


def _max_depth(root: Tag) -> int:
    """Deepest tag nesting under ``root`` (iterative: no recursion limit)."""
    deepest = 0
    stack: list[tuple[Tag, int]] = [(root, 0)]
    while stack:
        tag, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((c, depth + 1) for c in tag.children if isinstance(c, Tag))
    return deepest


def _extract(html: str | bytes, url: str | None) -> Extracted:
    if isinstance(html, bytes):
        if len(html) > _MAX_PAGE_BYTES:
            html = _INLINE_DATA.sub(b"data:,", html)  # base64 images bloat some pages
        if len(html) > _MAX_PAGE_BYTES:
            return _rejected(f"page too large ({len(html) / 1e6:.1f} MB > "
                             f"{_MAX_PAGE_BYTES / 1e6:.1f} MB)")
        markup = decode_html(html)
    else:
        if len(html) > _MAX_PAGE_CHARS:
            html = _INLINE_DATA_STR.sub("data:,", html)
        if len(html) > _MAX_PAGE_CHARS:
            return _rejected(f"page too large ({len(html):,} characters > {_MAX_PAGE_CHARS:,})")
        markup = nfc(html)
    if not markup.strip():
        return _EMPTY
    if _is_garbage(markup):
        return replace(_EMPTY, is_article=False, reason="rejected: not text (control bytes)")
    soup = _parse(_CONTROL.sub("", markup))
    depth = _max_depth(soup)
    if depth > _MAX_DEPTH:
        return _rejected(f"markup nested {depth:,} levels deep (limit {_MAX_DEPTH:,})")

    # Metadata first: cleanup removes <head> and <script> (JSON-LD).
    meta_titles = [t for t in (_meta(soup, "og:title", "twitter:title"),) if t]
    meta_titles += _json_ld_values(soup, "headline")[:1]
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ") if isinstance(title_tag, Tag) else None
    meta_date = _meta(
        soup, "article:published_time", "og:published_time", "datePublished", "pubdate",
        "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
    )  # fmt: skip
    ld_dates = _json_ld_values(soup, "datePublished")
    meta_author = _meta(soup, "author", "article:author")
    if meta_author is None:
        meta_author = next(iter(_json_ld_values(soup, "author")), None)
    canonical = _canonical(soup, url)

    body = soup.body
    if body is None:
        return Extracted(
            title=_pick_title(meta_titles, [], page_title),
            published=None,
            author=None,
            text="",
            canonical_url=canonical,
        )
    _cleanup(soup, body)
    sz = _Sizes(body)

    container, kept = _find_container(body, sz)
    # Keep document order between the container and sibling blocks kept on the way.
    wanted = {id(container), *(id(k) for k in kept)}
    nodes = [n for n in [body, *_tags(body)] if id(n) in wanted]
    headings = _heading_candidates(body, sz, _text_start(nodes, sz))

    page_lines = _lines_of([body], sz)
    title = _pick_title(meta_titles, headings, page_title, page_lines)

    published: str | None = None
    for value in [meta_date, *ld_dates]:
        if value and (published := parse_date(value)):
            break
    if published is None:
        published = _time_date(body)
    if published is None:
        published = _date_from_lines(page_lines, title)

    raw_lines = _lines_of(nodes, sz)
    lines = _trim_leading(_lines_of(nodes, sz, drop_links=True), title)
    not_article = _page_kind(headings, page_title, [n for n in nodes if isinstance(n, Tag)],
                             raw_lines, sz)
    if not_article is None:
        total = max(sum(sz.text(n) for n in nodes), 1)
        link_share = sum(sz.link(n) for n in nodes) / total
        kept_chars = sum(len(line) for line in lines)
        if not lines:
            not_article = "no article body (only links and labels)"
        elif link_share >= _LINK_PAGE_SHARE and kept_chars < _LINK_PAGE_MAX_CHARS:
            not_article = (f"link list page: {link_share:.0%} of the text is links, "
                           f"{kept_chars} characters besides")
    if not_article is not None:
        return Extracted(title=title, published=published, author=None, text="",
                         canonical_url=canonical, is_article=False, reason=not_article)

    author: str | None = None
    last = _AUTHOR_LABEL.sub("", lines[-1]) if lines else ""
    if last and _looks_like_byline(last):
        lines.pop()
        author = last[1:-1].strip() if last.startswith("(") and last.endswith(")") else last
    if author is None:
        author = _labelled_author(page_lines, title)
    if (
        author is None
        and meta_author
        and len(meta_author) <= _BYLINE_MAX
        and urlsplit(meta_author).scheme not in {"http", "https"}
    ):
        author = meta_author
    if author is None:
        author = _author_element(body)
        if author and lines and _norm_line(_AUTHOR_LABEL.sub("", lines[-1])) == _norm_line(author):
            lines.pop()

    text = clean_text("\n".join(lines))
    if len(text) > _MAX_TEXT_CHARS:
        return replace(_rejected(f"body of {len(text):,} characters is not one article "
                                 f"(limit {_MAX_TEXT_CHARS:,})"), title=title,
                       canonical_url=canonical)
    first = text.split("\n", 1)[0] if text else ""
    lead_text = _lead_text(nodes, container, sz)
    lead = first if first and lead_text and _norm_line(lead_text) == _norm_line(first) else None
    return Extracted(
        title=title,
        published=published,
        author=clean_field(author),
        text=text,
        canonical_url=canonical,
        lead=lead,
    )


def extract_draft(
    html: str | bytes, url: str | None = None, source: str | None = None
) -> ArticleDraft:
    """Extract a page into an :class:`ArticleDraft`.

    ``text`` is empty when nothing was found, when the page is not an article
    (listing, search, tag, error page) and when it was rejected by the work limits;
    :func:`extract_html` gives the reason (``Extracted.reason``).
    """
    return draft_from_extracted(extract_html(html, url), url, source)


def draft_from_extracted(ex: Extracted, url: str | None = None,
                         source: str | None = None) -> ArticleDraft:
    """The :class:`ArticleDraft` for an extraction result (callers that need ``reason``)."""
    if source is None and url:
        source = urlsplit(url).hostname
    return ArticleDraft(
        text=ex.text,
        title=clean_field(ex.title),
        url=clean_field(url),
        canonical_url=clean_field(ex.canonical_url),
        published=clean_field(ex.published),
        source=clean_field(source),
        author=clean_field(ex.author),
    )
