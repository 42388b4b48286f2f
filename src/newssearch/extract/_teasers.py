"""Teaser lists: repeated sibling blocks that each start with a linked headline and
hold little else (a sapo, a time, a URL line). They are lists of other pages (a "Tin
mới" column, search results, suggestions on an error page, the items of a tag page),
never the article, however much text they hold together."""

from __future__ import annotations

from dataclasses import dataclass

from bs4.element import Tag

from ._dom import _nonspace_len, _Sizes, _tags
from ._lines import _write, _Writer

_MIN_ITEMS = 4
_ITEM_SHARE = 0.66  # of the list's children that hold text
_ITEM_MAX_CHARS = 600  # a teaser is a headline and a short sapo
_ITEM_MAX_TAGS = 200
_HEADLINE_MIN_WORDS = 4
_HEADLINE_MIN_CHARS = 15
_BEFORE_HEADLINE_MAX = 20  # a time or a label may come before the headline
_HEADLINE_LINE_LINKS = 0.6  # share of the headline's line inside the link


@dataclass(frozen=True, slots=True)
class TeaserLists:
    """The outermost teaser lists of a page, each with its number of teasers."""

    found: list[tuple[Tag, int]]
    content: int = 0  # their text besides links (non-space characters) when found

    @property
    def lists(self) -> list[Tag]:
        return [t for t, _ in self.found]

    @property
    def items(self) -> int:
        return sum(n for _, n in self.found)


def _starts_with_headline_link(item: Tag, sz: _Sizes) -> bool:
    """The item's first line of text is a headline-sized link, alone on its line (a date
    or a short label may stand before it or next to it).

    A list item whose link runs on into a sentence ("<a>Nghị định 15/2020/NĐ-CP</a> ngày
    3/2/2020 quy định …") is part of a text, not a teaser.
    """
    # The first link with text: a thumbnail's link often comes first.
    link = item if item.name == "a" else next(
        (a for a in item.find_all("a") if isinstance(a, Tag) and sz.text(a) > 0), None)
    if link is None or sz.text(link) < _HEADLINE_MIN_CHARS:
        return False
    if len(link.get_text(" ").split()) < _HEADLINE_MIN_WORDS:
        return False
    w = _Writer()
    if item.name == "a":
        _write_link(item, w, sz)
    else:
        _write(item, w, sz, link_blocks=True)
    before = 0
    for line, link_share in w.lines_with_links():
        if link_share >= _HEADLINE_LINE_LINKS:
            return True
        before += _nonspace_len(line)
        if before > _BEFORE_HEADLINE_MAX:
            return False
    return False


def _write_link(link: Tag, w: _Writer, sz: _Sizes) -> None:
    """Write an item that is itself a link (a card): all of its text is link text."""
    inner = _Writer()
    _write(link, inner, sz, link_blocks=True)
    for line in inner.lines():
        w.text(line, link=True)
        w.br()


def _may_be_teaser(item: Tag, sz: _Sizes) -> bool:
    """Short, not too much markup, and a headline's worth of link text."""
    return (0 < sz.text(item) <= _ITEM_MAX_CHARS and sz.tags(item) <= _ITEM_MAX_TAGS
            and sz.link(item) >= _HEADLINE_MIN_CHARS)


def _teaser_lists(body: Tag, sz: _Sizes) -> TeaserLists:
    """Outermost blocks whose children are mostly teasers, at least ``_MIN_ITEMS``."""
    found: list[tuple[Tag, int]] = []
    inside: set[int] = set()
    for tag in _tags(body):
        if id(tag.parent) in inside:
            inside.add(id(tag))
            continue
        children = [c for c in tag.children if isinstance(c, Tag) and sz.text(c) > 0]
        if len(children) < _MIN_ITEMS:
            continue
        # Cheap checks first: most blocks' children are paragraphs without links.
        if sum(_may_be_teaser(c, sz) for c in children) < _MIN_ITEMS:
            continue
        marks = [_may_be_teaser(c, sz) and _starts_with_headline_link(c, sz)
                 for c in children]
        teasers = sum(marks)
        if teasers >= _MIN_ITEMS and (teasers >= _ITEM_SHARE * len(children)
                                      or _flat_pairs(children, marks, sz)):
            found.append((tag, teasers))
            inside.add(id(tag))
    return TeaserLists(found, sum(sz.content(t) for t, _ in found))


def _flat_pairs(children: list[Tag], marks: list[bool], sz: _Sizes) -> bool:
    """Teasers written as flat siblings: a linked headline, then its sapo (``<dt>`` and
    ``<dd>``, ``<h3>`` and ``<p>``), repeated. Every other block follows a headline, one
    at most per headline, and is short with no link; one label may open the list."""
    first = marks.index(True)
    if first > 1 or (first == 1 and sz.text(children[0]) > _BEFORE_HEADLINE_MAX * 2):
        return False
    for k in range(first + 1, len(children)):
        if marks[k]:
            continue
        child = children[k]
        if (not marks[k - 1] or sz.link(child) > 0
                or sz.text(child) > _ITEM_MAX_CHARS // 2):
            return False
    return True
