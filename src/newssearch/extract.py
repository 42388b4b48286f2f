"""Basic article extraction from HTML pages (BeautifulSoup + lxml).

The target is the typical Vietnamese local-news page: a provincial or district
government portal (often Liferay or ASP.NET), or a news site, with a site
header, menus, breadcrumb, a "Tin liên quan" box and a footer around one
article. The extractor is deliberately simple and predictable:

1. decode the bytes (:func:`decode_html`),
2. drop markup that is never article text and blocks whose class/id marks them
   as boilerplate, unless they hold a large share of the page's text,
3. find the article container by walking down from ``<body>`` while one child
   holds most of the remaining non-link text,
4. write that container out as paragraphs, then read the byline off its end,
5. take title, date and canonical URL from metadata when present, else from
   the visible page.

It never raises on bad input: anything unusable gives an :class:`Extracted`
with empty ``text``, and callers reject empty bodies with a reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
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
    "binh-luan",
)  # fmt: skip
# Parts of class/id values (split on "-", "_"...) too short to match as substrings.
_BOILERPLATE_WORDS = frozenset({"ad", "ads", "nav", "qc"})
# Whole class names for content that is not shown ("hidden-xs" is shown on desktops).
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "visually-hidden", "invisible"})
_MAX_BOILERPLATE_SHARE = 0.30  # a marked block holding more text than this is kept
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
        # Reverse document order visits every child before its parent.
        for tag in reversed([root, *_tags(root)]):
            text = link = 0
            for child in tag.children:
                if isinstance(child, Tag):
                    text += self._text.get(id(child), 0)
                    link += self._link.get(id(child), 0)
                elif type(child) is NavigableString:  # not comments, scripts, styles
                    text += _nonspace_len(child)
            self._text[id(tag)] = text
            self._link[id(tag)] = text if tag.name == "a" else link

    def text(self, tag: Tag) -> int:
        return self._text[id(tag)] if id(tag) in self._text else _text_len(tag)

    def link(self, tag: Tag) -> int:
        if id(tag) in self._link:
            return self._link[id(tag)]
        return sum(_text_len(a) for a in tag.find_all("a"))

    def content(self, tag: Tag) -> int:
        """Text length minus link text: what paragraphs of an article are made of."""
        return max(self.text(tag) - self.link(tag), 0)


def _inside_article(tag: Tag) -> bool:
    return any(parent.name == "article" for parent in tag.parents)


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
    for tag in _tags(body):
        if id(tag.parent) in gone:
            gone.add(id(tag))
            continue
        structural = tag.name in _STRUCTURAL_DROP and not (
            # <header>/<footer> inside <article> belong to the article (title, byline).
            tag.name in {"header", "footer"} and _inside_article(tag)
        )
        if (structural or _is_boilerplate_marked(tag)) and (
            sizes.text(tag) / total < _MAX_BOILERPLATE_SHARE
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
        for child in children:
            if child is best:
                continue
            sapo = bool(_SAPO_MARK.search(f"{_attr_str(child, 'class')} {_attr_str(child, 'id')}"))
            if sapo or child.name in _KEPT_SIBLINGS:
                kept.append(child)
        node = best


class _Writer:
    """Collects text with explicit paragraph breaks; source whitespace becomes spaces."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def text(self, s: str) -> None:
        self.parts.append(_WS.sub(" ", s))

    def raw(self, s: str) -> None:
        self.parts.append(s)

    def br(self) -> None:
        self.parts.append("\n")

    def lines(self) -> list[str]:
        return [ln.strip() for ln in "".join(self.parts).split("\n") if ln.strip()]


def _is_data_table(table: Tag, sz: _Sizes) -> bool:
    if table.find("table") is not None:
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
    # Stack items: (element, inside <pre>); None stands for "end of a block".
    stack: list[tuple[PageElement, bool] | None] = [(c, pre) for c in reversed(node.contents)]
    while stack:
        item = stack.pop()
        if item is None:
            w.br()
            continue
        child, in_pre = item
        if isinstance(child, NavigableString):
            if in_pre:
                w.raw(str(child))
            else:
                w.text(str(child))
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
                stack.extend((c, keep_pre) for c in reversed(child.contents))
        else:  # inline element
            stack.extend((c, in_pre) for c in reversed(child.contents))


def _lines_of(nodes: list[Tag], sz: _Sizes) -> list[str]:
    w = _Writer()
    for node in nodes:
        w.br()
        _write(node, w, sz)
        w.br()
    return w.lines()


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


def _heading_candidates(body: Tag) -> list[str]:
    """Visible headline candidates: every <h1>, then h2-h4 marked as a title."""
    out: list[str] = []
    for h in body.find_all("h1"):
        # A heading that is all link is a logo or a teaser, not this page's title.
        if isinstance(h, Tag) and sum(_text_len(a) for a in h.find_all("a")) < _text_len(h):
            out.append(h.get_text(" "))
    for h in body.find_all(["h2", "h3", "h4"]):
        if isinstance(h, Tag):
            marks = f"{_attr_str(h, 'class')} {_attr_str(h, 'id')} {_attr_str(h, 'itemprop')}"
            if _HEADLINE_MARK.search(marks):
                out.append(h.get_text(" "))
    return out


def _pick_title(meta_titles: list[str], headings: list[str], page_title: str | None) -> str | None:
    """The first non-generic candidate: og:title, JSON-LD headline, headings, then <title>."""
    candidates = [_strip_null(t) for t in meta_titles + headings]
    if page_title:
        candidates.append(_strip_site_suffix(_strip_null(page_title)))
    cleaned = [c for c in (clean_field(c) for c in candidates) if c]
    for c in cleaned:
        if not _is_generic_title(c):
            return c
    return cleaned[0] if cleaned else None


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?")
_VN_DATE = re.compile(
    r"(?<!\d)(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))(?!\d)",
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
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
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


def _date_from_lines(lines: list[str], title: str | None) -> str | None:
    """The first publication date on a short line near the title line."""
    start, end = 0, _DATE_WINDOW_NO_TITLE
    if title:
        key = _norm_line(title)
        for i, line in enumerate(lines):
            if key and key in _norm_line(line):
                start, end = max(i - _DATE_WINDOW_BEFORE, 0), i + _DATE_WINDOW_AFTER + 1
                break
    for line in lines[start:end]:
        if len(line) <= _DATE_LINE_MAX:
            for iso in _dates_in_line(line):
                return iso
    return None


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


def _looks_like_byline(line: str) -> bool:
    """A short line such as "Nguyễn Sơn (TTXVN)" or "Theo Dân trí"; never a photo credit."""
    s = line.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s) > _BYLINE_MAX or _PHOTO_CREDIT.search(s):
        return False
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
        if not 1 <= len(words) <= 5 or not all(_name_word_ok(w) for w in words):
            return False
        if len(words) >= 2 or (name.isupper() and len(name) <= 8) or _INITIALS.match(name):
            has_full_name = True
    return has_full_name


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
        if is_title or is_date or not norm or _is_generic_label(line):
            i += 1
            continue
        break
    return lines[i:]


def extract_html(html: str | bytes, url: str | None = None) -> Extracted:
    """Extract title, date, author, body text and canonical URL from one page."""
    try:
        return _extract(html, url)
    except Exception:  # the contract is "never raise on bad input"
        return _EMPTY


def _extract(html: str | bytes, url: str | None) -> Extracted:
    markup = decode_html(html) if isinstance(html, bytes) else nfc(html)
    if not markup.strip() or _is_garbage(markup):
        return _EMPTY
    soup = _parse(_CONTROL.sub("", markup))

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

    title = _pick_title(meta_titles, _heading_candidates(body), page_title)

    published: str | None = None
    for value in [meta_date, *ld_dates]:
        if value and (published := parse_date(value)):
            break
    if published is None:
        published = _time_date(body)
    if published is None:
        published = _date_from_lines(_lines_of([body], sz), title)

    container, kept = _find_container(body, sz)
    # Keep document order between the container and sibling blocks kept on the way.
    wanted = {id(container), *(id(k) for k in kept)}
    nodes = [n for n in [body, *_tags(body)] if id(n) in wanted]
    lines = _trim_leading(_lines_of(nodes, sz), title)

    author: str | None = None
    last = _AUTHOR_LABEL.sub("", lines[-1]) if lines else ""
    if last and _looks_like_byline(last):
        lines.pop()
        author = last[1:-1].strip() if last.startswith("(") and last.endswith(")") else last
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

    return Extracted(
        title=title,
        published=published,
        author=clean_field(author),
        text=clean_text("\n".join(lines)),
        canonical_url=canonical,
    )


def extract_draft(
    html: str | bytes, url: str | None = None, source: str | None = None
) -> ArticleDraft:
    """Extract a page into an :class:`ArticleDraft` (empty ``text`` when nothing was found)."""
    ex = extract_html(html, url)
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
