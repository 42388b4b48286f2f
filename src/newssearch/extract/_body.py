"""The article container (walk down from ``<body>`` by text density) and the lead (sapo)."""

from __future__ import annotations

import re

from bs4.element import Tag

from ._dom import _BLOCKS, _LEAF_BLOCKS, _attr_str, _is_leaf_block, _Sizes, _tags
from ._lines import _is_data_table

# Blocks next to the article container that still belong to the article body.
_KEPT_SIBLINGS = frozenset({"p", "blockquote", "ul", "ol", "table"})
# "lead", but not a utility class's "leading-…" (line height, as in Tailwind's "leading-tight").
_SAPO_MARK = re.compile(
    r"sapo|lead(?!ing)|summary|desc|intro|chapeau|tom-?tat|abstract|excerpt", re.I)
_DESCEND_SHARE = 0.70  # walk into a child holding at least this share of non-link text


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
        if _is_text_block(best) or best_score < _DESCEND_SHARE * total:
            return node, kept
        if best.name == "table" and _is_grid(best, sz):
            return node, kept  # a data table is written whole, row by row
        if best.name in _LAYOUT_CELLS and _prose_beside(best, children, sz):
            return node, kept  # an article laid out in columns: the row, cells in order
        best_at = children.index(best)
        for i, child in enumerate(children):
            if child is best:
                continue
            sapo = bool(_SAPO_MARK.search(f"{_attr_str(child, 'class')} {_attr_str(child, 'id')}"))
            near = best_at - _LEAD_REACH <= i < best_at
            sibling = child.name in _KEPT_SIBLINGS and not _is_letterhead(child, sz)
            if sapo or sibling or (near and _looks_like_lead(child, sz)):
                kept.append(child)
            elif near and (inner := _sapo_under_headline(child, sz)) is not None:
                kept.append(inner)
        node = best


_COLUMN_PROSE_PARAS = 3  # prose paragraphs that make a layout cell a column of the text
_COLUMN_SHARE = 0.15  # ... holding at least this share of the row's text
_PROSE_MIN_WORDS = 10


def _prose_beside(cell: Tag, cells: list[Tag], sz: _Sizes) -> bool:
    """Another cell of the row holds running text too: a few paragraphs of sentences,
    a sizeable share of the row (an article set in two columns of a layout table,
    read left to right). A side column of links, a photo or a short note is not."""
    total = sum(sz.content(c) for c in cells)
    for other in cells:
        if other is cell or other.name not in _LAYOUT_CELLS:
            continue
        if sz.content(other) < _COLUMN_SHARE * total or sz.link(other) * 5 > sz.text(other):
            continue
        paras = 0
        for tag in other.find_all("p"):
            text = " ".join(tag.get_text(" ").split())
            if (len(text.split()) >= _PROSE_MIN_WORDS and text[-1:] in _SENTENCE_ENDS
                    and sz.link(tag) * 5 <= sz.text(tag)):
                paras += 1
        if paras >= _COLUMN_PROSE_PARAS:
            return True
    return False


_SENTENCE_ENDS = frozenset({".", "…", "!", "?", "\"", "”", ":"})


def _is_grid(table: Tag, sz: _Sizes) -> bool:
    """A data table with at least two rows of two cells holding text (a list of
    documents, figures): written whole, row by row, not walked into. A column of
    one-cell rows is a layout."""
    if not _is_data_table(table, sz):
        return False
    rows = 0
    for tr in table.find_all("tr"):
        cells = [c for c in tr.children if isinstance(c, Tag) and c.name in {"td", "th"}
                 and sz.text(c) > 0]
        rows += len(cells) >= 2
        if rows >= 2:
            return True
    return False


def _is_letterhead(tag: Tag, sz: _Sizes) -> bool:
    """A layout strip, not an article table: a ``<table>`` with an image (a logo) and
    text in one row at most ("[logo] | CÔNG AN THÀNH PHỐ … <br> Trang thông tin …",
    the letterhead of a print view)."""
    if tag.name != "table" or tag.find("img") is None:
        return False
    rows = [tr for tr in tag.find_all("tr") if isinstance(tr, Tag) and sz.text(tr) > 0]
    return len(rows) <= 1


def _is_text_block(tag: Tag) -> bool:
    """A block that holds running text itself: a paragraph, or a table cell with only
    inline content. A layout cell (a ``<td>`` holding tables, ``<div>``s and
    paragraphs) is walked into like a ``<div>``."""
    if tag.name in _LAYOUT_CELLS:
        return not any(isinstance(c, Tag) and c.name in _BLOCKS for c in tag.children)
    return _is_leaf_block(tag)


def _sapo_under_headline(block: Tag, sz: _Sizes) -> Tag | None:
    """The sapo inside an article header above the text: the first block after the
    ``<h1>`` that is marked as a sapo or reads like a lead (Ghost's excerpt, Hugo's
    description, a headline block of headline, sapo and byline)."""
    inside = _tags(block)
    start = next((k for k, t in enumerate(inside) if t.name == "h1"), None)
    if start is None:
        return None
    for tag in inside[start + 1 :]:
        if tag.name not in _LEAF_BLOCKS and not _is_leaf_block(tag):
            continue
        marks = f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}"
        if sz.text(tag) >= _LEAD_MIN_CHARS and (
            _SAPO_MARK.search(marks) or _looks_like_lead(tag, sz)
        ):
            return tag
    return None


_LAYOUT_CELLS = frozenset({"td", "th"})
_LEAD_REACH = 2  # a lead block sits right before the main text
_LEAD_MIN_WORDS = 15


def _looks_like_lead(tag: Tag, sz: _Sizes) -> bool:
    """An unmarked block of running text just above the body: the sapo."""
    if sz.link(tag) * 5 > sz.text(tag) or tag.find(["ul", "ol", "table", "form"]) is not None:
        return False
    text = " ".join(tag.get_text(" ").split())
    return len(text.split()) >= _LEAD_MIN_WORDS and text[-1:] in {".", "…", "!", "?", "\"", "”"}


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
