"""Pull quotes: a quote block that repeats a passage of the article's own text (set
apart in large type by magazines and long-form layouts) is dropped, so the passage is
read once."""

from __future__ import annotations

import re

from bs4.element import Tag

from ._dom import _attr_str, _tags

_QUOTE_MARK = re.compile(r"quote|trich-?dan", re.I)
_MIN_CHARS = 40  # a shorter repeat may be a coincidence ("Ảnh minh họa")
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _is_quote_block(tag: Tag) -> bool:
    return tag.name == "blockquote" or bool(
        _QUOTE_MARK.search(f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}"))


def _pull_quotes(nodes: list[Tag]) -> list[Tag]:
    """The outermost quote blocks under ``nodes`` whose text also stands elsewhere in them."""
    quotes: list[Tag] = []
    inside: set[int] = set()
    for node in nodes:
        for tag in [node, *_tags(node)]:
            if id(tag.parent) in inside:
                inside.add(id(tag))
            elif _is_quote_block(tag):
                quotes.append(tag)
                inside.add(id(tag))
    if not quotes:
        return []
    full = " ".join(_words(n.get_text(" ")) for n in nodes)
    found = []
    for quote in quotes:
        text = _words(quote.get_text(" "))
        if len(text) >= _MIN_CHARS and full.count(text) >= 2:
            found.append(quote)
    return found
