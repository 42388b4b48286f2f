"""Shared helpers over the parsed tree: parsing, attributes, text sizes, block tags.

:class:`_Sizes` measures text and link text of every tag in one bottom-up pass; the
other steps ask it instead of calling ``get_text()`` per node, which is quadratic on
deeply nested pages. :func:`_norm_line` is the comparison key for lines (titles,
labels) used by several steps.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, Tag

from newssearch.textnorm import nfc

# Blocks that hold running text themselves (paragraph-like).
_LEAF_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
     "figcaption", "dd", "dt", "caption", "address"}
)  # fmt: skip
_BLOCKS = _LEAF_BLOCKS | frozenset(
    {"div", "section", "article", "main", "ul", "ol", "dl", "figure", "table", "thead",
     "tbody", "tfoot", "tr", "center", "hr", "header", "footer", "nav", "aside", "details",
     "summary", "fieldset", "legend", "form", "body", "html"}
)  # fmt: skip
# A leading "null" that some portals put before titles and labels.
_NULL_PREFIX = re.compile(r"^\s*null\b[\s:\-–|]*", re.I)


def _attr_str(tag: Tag, name: str) -> str:
    """An attribute as one string (bs4 gives multi-valued ones such as class as lists)."""
    value = tag.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return " ".join(str(v) for v in value)


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


def _is_leaf_block(tag: Tag) -> bool:
    if tag.name in _LEAF_BLOCKS:
        return True
    # A <div> with only inline content is a paragraph in disguise.
    return not any(isinstance(c, Tag) and c.name in _BLOCKS for c in tag.children)


def _strip_null(title: str) -> str:
    return _NULL_PREFIX.sub("", title, count=1)


def _norm_line(s: str) -> str:
    return " ".join(_strip_null(nfc(s)).casefold().split()).strip(" .:")


def _parse(markup: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # Short inputs can look like file names or URLs to bs4; that is fine here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(markup, "lxml")
