"""Image captions: dropped from the text, except on a photo story, where they are the
story.

A caption is a ``<figcaption>``, a block marked as one (class or id "caption",
"chu-thich"), or a short block right after an image that is alone with it in its
parent or set all in italics (``<p><img></p><p><em>Quang cảnh…</em></p>``).
"""

from __future__ import annotations

from bs4.element import NavigableString, Tag

from ._dom import _BLOCKS, _attr_str, _Sizes, _tags

_CAPTION_PARTS = ("caption", "chu-thich", "chuthich")
_CAPTION_MAX_CHARS = 250  # non-space characters of an unmarked caption
_IMAGES = frozenset({"img", "picture", "video"})
_ITALIC = frozenset({"em", "i"})
_CAPTION_TAGS = frozenset({"p", "div", "span", "em", "i", "small"})
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


def _all_italic(tag: Tag) -> bool:
    for s in tag.find_all(string=True):
        if type(s) is not NavigableString or not s.strip():
            continue
        if not any(isinstance(p, Tag) and p.name in _ITALIC for p in s.parents
                   if p is not tag):
            return False
    return True


def _is_image_caption(tag: Tag, sz: _Sizes) -> bool:
    """A short block right after an image: alone with it in its parent, or in italics."""
    if tag.name not in _CAPTION_TAGS:
        return False
    text = sz.text(tag)
    if not 0 < text <= _CAPTION_MAX_CHARS or sz.link(tag) * 2 > text:
        return False
    prev = tag.find_previous_sibling()
    if not isinstance(prev, Tag) or not _image_only(prev, sz):
        return False
    if len(tag.find_all(list(_BLOCKS), limit=3)) > 2:
        return False  # one paragraph, maybe wrapped: not a block of several
    parent = tag.parent
    alone = parent is not None and all(
        c is tag or sz.text(c) == 0 for c in parent.children if isinstance(c, Tag))
    return alone or _all_italic(tag)


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
