"""Work limits: page size, nesting depth, body size, control bytes.

A page beyond a limit gives an :class:`~newssearch.extract.Extracted` with
``is_article=False`` and ``reason="rejected: …"`` (:func:`_rejected`), checked before
the expensive steps so that every page costs at most one bounded parse.
"""

from __future__ import annotations

import re

from bs4.element import Tag

from ._result import Extracted

# Work limits: every page costs at most a parse of _MAX_PAGE_CHARS characters.
_MAX_PAGE_BYTES = 8 * 1024 * 1024  # after inline base64 data is dropped
_MAX_PAGE_CHARS = _MAX_PAGE_BYTES
_MAX_DEPTH = 20_000  # broken pages nest thousands of unclosed <font>; beyond this, junk
_MAX_TEXT_CHARS = 500_000  # ~100 times a long news article
_INLINE_DATA = re.compile(rb"data:[\w/+.-]{1,60};base64,[A-Za-z0-9+/=\s]{256,}")
_INLINE_DATA_STR = re.compile(r"data:[\w/+.-]{1,60};base64,[A-Za-z0-9+/=\s]{256,}")


# C0/C1 control characters (tab, LF, FF, CR excepted) and U+FFFD: a page full of
# them is not text, and lxml chokes on some.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_CONTROL_SHARE = 0.05


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


def _is_garbage(markup: str) -> bool:
    visible = "".join(markup.split())
    return bool(visible) and len(_CONTROL.findall(visible)) > _MAX_CONTROL_SHARE * len(visible)
