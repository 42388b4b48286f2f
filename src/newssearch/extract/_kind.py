"""Page kind: is the page an article at all? Error, search results, tag/category and
listing pages are not; :func:`_page_kind` says why (``Extracted.reason``)."""

from __future__ import annotations

import re

from bs4.element import Tag

from ._dom import _attr_str, _Sizes, _tags
from ._lines import _link_lines
from ._title import _HEADLINE_MARK

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
_LISTING_SHARE = 0.6  # teaser items hold at least this share of a listing's text
# A page with less text than this besides its links is not an article when its text is
# mostly links, or when its links are the items of a list (one per line) that
# outnumber its other lines _LINK_LIST_RATIO to 1.
_LINK_PAGE_MAX_CHARS = 300
_LINK_PAGE_SHARE = 0.5
_LINK_LIST_MIN_ITEMS = 4
_LINK_LIST_RATIO = 2
_ITEM_REACH = 12
# A page whose teaser lists leave less prose than this besides them is a listing.
_LISTING_REST_MAX = 300


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
    headings: list[str], page_title: str | None, nodes: list[Tag], lines: list[str], sz: _Sizes,
    listed: int = 0, rest: int = 0,
) -> str | None:
    """Why the page is not an article, or None when it is one.

    ``listed`` teasers stood in teaser lists (:mod:`._teasers`, already out of the tree)
    and ``rest`` characters of prose besides them.
    """
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
    listing_like = (teasers >= _LABEL_MIN_TEASERS or listed >= _LABEL_MIN_TEASERS
                    or n_chars < _ERROR_MAX_CHARS)
    for label in labels:
        if _SEARCH_PAGE.match(label) and listing_like:
            return f"search results page: {label[:80]!r}"
        if _TAG_PAGE.match(label) and listing_like:
            return f"tag or category page: {label[:80]!r}"
    if teasers >= _MIN_TEASERS and item_share >= _LISTING_SHARE:
        return (f"listing page: {teasers} teaser headlines holding {item_share:.0%} "
                "of the text")
    if listed and rest < _LISTING_REST_MAX:
        return f"listing page: {listed} teasers in lists, {rest} characters besides"
    if not lines:
        return "no article body"
    return None


def _link_page_kind(body: Tag, nodes: list[Tag], lines: list[str], sz: _Sizes) -> str | None:
    """Why a page whose content is links rather than prose is not an article, or None.

    ``lines`` are the container's lines without link-only lines and labels. With
    under ``_LINK_PAGE_MAX_CHARS`` of such text, the page is a list of links when
    links hold most of its text (document tables, video galleries), or when its
    link-only lines (the items of a list of links: feeds, categories, files, sites)
    outnumber its other lines: short labels weigh little in characters, but every
    item is a line of its own, while an article's few links sit inside sentences.
    """
    if not lines:
        return "no article body (only links and labels)"
    kept_chars = sum(len(line) for line in lines)
    if kept_chars >= _LINK_PAGE_MAX_CHARS:
        return None
    # The whole page, not only the container: a site map or a directory of links leaves
    # the footer's address as the biggest block of prose.
    page_share = sz.link(body) / max(sz.text(body), 1)
    if sz.content(body) < _LINK_PAGE_MAX_CHARS and page_share >= _LINK_PAGE_SHARE:
        return (f"link list page: {page_share:.0%} of the page's text is links, "
                f"{sz.content(body)} characters besides")
    total = max(sum(sz.text(n) for n in nodes), 1)
    link_share = sum(sz.link(n) for n in nodes) / total
    if link_share >= _LINK_PAGE_SHARE:
        return (f"link list page: {link_share:.0%} of the text is links, "
                f"{kept_chars} characters besides")
    items = _link_lines(nodes, sz)
    if items >= _LINK_LIST_MIN_ITEMS and items >= _LINK_LIST_RATIO * len(lines):
        return f"link list page: {items} link-only lines, {kept_chars} characters besides"
    return None
