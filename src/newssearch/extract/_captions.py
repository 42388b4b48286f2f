"""Image captions: dropped from the text, except on a photo story, where they are the
story.

A caption is a ``<figcaption>``, a block marked as one (class or id "caption",
"chu-thich"), a short block right after an image that is alone with it in its
parent or set all in italics (``<p><img></p><p><em>Quang cảnh…</em></p>``,
``<p><img><br><i>…</i></p>``, a class "fst-italic" or a style), or a cell alone in
the table row under an image's row.
"""

from __future__ import annotations

import re

from bs4.element import NavigableString, Tag

from ._dom import _BLOCKS, _attr_str, _Sizes, _tags

_CAPTION_PARTS = ("caption", "chu-thich", "chuthich")
_CAPTION_MAX_CHARS = 250  # non-space characters of an unmarked caption
_IMAGES = frozenset({"img", "picture", "video"})
_ITALIC = frozenset({"em", "i"})
_CAPTION_TAGS = frozenset({"p", "div", "span", "em", "i", "small", "td", "font"})
_CELLS = frozenset({"td", "th"})
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
# On a photo story the captions hold most of the prose: then they stay.
_STORY_SHARE = 0.5


def _is_caption_marked(tag: Tag) -> bool:
    if tag.name == "figcaption":
        return True
    marks = f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}".lower()
    return any(part in marks for part in _CAPTION_PARTS)


def _image_only(tag: Tag, sz: _Sizes) -> bool:
    if tag.name in _IMAGES:
        return True
    return sz.text(tag) == 0 and tag.find(list(_IMAGES)) is not None


def _styled_italic(tag: Tag) -> bool:
    """Set in italics by its tag, a class ("fst-italic", "italic") or its style."""
    if tag.name in _ITALIC:
        return True
    if any("italic" in c for c in _attr_str(tag, "class").lower().split()):
        return True
    return bool(_ITALIC_STYLE.search(_attr_str(tag, "style")))


def _all_italic(tag: Tag) -> bool:
    if _styled_italic(tag):
        return True
    for s in tag.find_all(string=True):
        if type(s) is not NavigableString or not s.strip():
            continue
        if not _italic_inside(s, tag):
            return False
    return True


def _italic_inside(s: NavigableString, top: Tag) -> bool:
    """Some element between the string and ``top`` sets it in italics."""
    for p in s.parents:
        if p is top:
            return False
        if _styled_italic(p):
            return True
    return False


def _previous_block(tag: Tag) -> Tag | None:
    """The element before ``tag`` among its siblings, line breaks passed over; None when
    text stands between them."""
    for prev in tag.previous_siblings:
        if isinstance(prev, NavigableString):
            if type(prev) is NavigableString and prev.strip():
                return None
            continue
        if isinstance(prev, Tag) and prev.name != "br":
            return prev
    return None


def _alone(tag: Tag, sz: _Sizes) -> bool:
    """The only child of its parent that holds text."""
    parent = tag.parent
    if parent is None:
        return False
    for c in parent.children:
        if c is tag:
            continue
        if isinstance(c, Tag):
            if sz.text(c):
                return False
        elif type(c) is NavigableString and c.strip():
            return False
    return True


# "Nông dân thu hoạch hồ tiêu - Ảnh: Đ.H.", "… (Ảnh: TTXVN)": a photo credit set off by
# a dash, a bar or a parenthesis at the end. After a full stop ("… thuận lợi. Ảnh: X")
# it may close a paragraph of the text: that form is left alone.
_CREDIT_END = re.compile(
    r"\s(?:[\-–—|]\s*|\()(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*[:：]\s*"
    r"[^:：]{1,40}$", re.I)


def _ends_with_credit(tag: Tag) -> bool:
    """A short block after an image that ends with the photo's credit: its caption."""
    return bool(_CREDIT_END.search(" ".join(tag.get_text(" ").split())))


def _is_image_caption(tag: Tag, sz: _Sizes) -> bool:
    """A short block right after an image (a ``<br>`` may stand between them): alone
    with it in its parent, or in italics. A cell alone in the table row under an
    image's row is one too (a layout table holding a photo and its caption)."""
    if tag.name not in _CAPTION_TAGS:
        return False
    text = sz.text(tag)
    if not 0 < text <= _CAPTION_MAX_CHARS or sz.link(tag) * 2 > text:
        return False
    prev = _previous_block(tag)
    if isinstance(prev, Tag) and _image_only(prev, sz):
        caption = _alone(tag, sz) or _all_italic(tag) or _ends_with_credit(tag)
    elif tag.name in _CELLS and _alone(tag, sz) and isinstance(row := tag.parent, Tag):
        above = _previous_block(row)
        caption = isinstance(above, Tag) and above.name == "tr" and _image_only(above, sz)
    else:
        return False
    # One paragraph, maybe wrapped: not a block of several.
    return caption and len(tag.find_all(list(_BLOCKS), limit=3)) <= 2


def _captions(body: Tag, sz: _Sizes) -> list[Tag]:
    """The outermost captions of the page."""
    found: list[Tag] = []
    inside: set[int] = set()
    for tag in _tags(body):
        if id(tag.parent) in inside:
            inside.add(id(tag))
            continue
        if sz.text(tag) and (_is_caption_marked(tag) or _is_image_caption(tag, sz)):
            found.append(tag)
            inside.add(id(tag))
    return found


def _captions_to_drop(body: Tag, sz: _Sizes, prose: int) -> list[Tag]:
    """The captions to remove: all of them, unless they are most of the ``prose``."""
    found = _captions(body, sz)
    held = sum(sz.text(t) for t in found)
    return [] if held >= _STORY_SHARE * max(prose, 1) else found
