"""Cleanup: remove markup that is never article text, and boilerplate blocks.

Scripts, styles, form controls and hidden elements always go; ``nav``/``header``/
``footer``/``aside``/``form`` and blocks whose class/id marks them as chrome go when
they hold a small share of the page's text; comment threads and related-news boxes
go whatever their size.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction, Tag

from ._dom import _attr_str, _Sizes, _tags
from ._teasers import TeaserLists, _teaser_lists

# Never article text, whatever their size.
_ALWAYS_DROP = frozenset(
    {
        "script", "style", "noscript", "iframe", "svg", "button", "template", "object",
        "embed", "canvas", "select", "input", "textarea", "menu", "link", "meta", "head",
    }
)  # fmt: skip
_MEDIA = frozenset({"video", "audio"})
_MEDIA_SOURCES = frozenset({"source", "track"})
# Usually chrome, but some sites wrap the whole page in one of them (ASP.NET puts
# everything in a <form>), so they go only when they hold a small share of the text.
_STRUCTURAL_DROP = frozenset({"nav", "header", "footer", "aside", "form"})
# ARIA roles of the same blocks, and of overlays (a cookie notice, a modal) that are
# dialogs whatever their class says.
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                           "dialog", "alertdialog"})
# Substrings of class/id values that mark boilerplate blocks.
_BOILERPLATE_PARTS = (
    "menu", "breadcrumb", "share", "social", "related", "comment", "footer", "sidebar",
    "banner", "advert", "tags", "print", "navbar", "topbar", "copyright", "cookie",
    "popup", "modal", "login", "search", "pagination", "toolbar", "widget",
    "lienquan", "lien-quan", "quangcao", "quang-cao", "chia-se", "chiase", "binhluan",
    "binh-luan", "rating", "navigation", "pager", "paging",
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
# ... or most of the page's prose (text besides links), at least _MIN_PROSE_KEPT of it.
_PROSE_KEPT_SHARE = 0.5
_MIN_PROSE_KEPT = 300
_HEADLINE_BLOCK_MAX = 400  # non-space characters of a headline block (headline, meta line)
_HEADLINE_BLOCK_TAGS = 100
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _boilerplate_marks(tag: Tag) -> frozenset[str]:
    """The boilerplate parts and words that the tag's class and id carry."""
    marks = f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}".lower()
    if not marks.strip():
        return frozenset()
    found = {part for part in _BOILERPLATE_PARTS if part in marks}
    found.update(word for word in _TOKEN_SPLIT.split(marks) if word in _BOILERPLATE_WORDS)
    return frozenset(found)


def _is_boilerplate_marked(tag: Tag) -> bool:
    return bool(_boilerplate_marks(tag))


def _page_scheme_marks(body: Tag, sizes: _Sizes, total_prose: int) -> frozenset[str]:
    """Boilerplate marks that the block holding the page's text carries itself.

    Such a mark is the page's naming scheme, not a sign of chrome: a print view calls
    every block "print-…" (title, date, sapo, text). The block is the innermost marked
    one holding most of the page's prose, when no block inside it carries its marks
    too (a wrapper "has-sidebar" around a "sidebar" is layout; so is an Elementor
    widget around its "widget-container"); blocks marked only by its marks are then
    judged as unmarked.
    """
    main: Tag | None = None
    scheme: frozenset[str] = frozenset()
    for tag in _tags(body):
        prose = sizes.content(tag)
        if prose < _MIN_PROSE_KEPT or prose < _PROSE_KEPT_SHARE * total_prose:
            continue
        marks = _boilerplate_marks(tag)
        if marks:
            main, scheme = tag, marks  # document order: an inner block comes later
    if main is None:
        return frozenset()
    # A wrapper whose mark recurs inside it ("has-sidebar" around a "sidebar") is a
    # layout holding chrome, not the text block: no scheme then.
    if any(_boilerplate_marks(d) & scheme for d in _tags(main)):
        return frozenset()
    return scheme


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


def _is_headline_block(tag: Tag, sizes: _Sizes) -> bool:
    """A small block around an ``<h1>`` that is not a link (a logo's is): the headline,
    maybe with its date and byline."""
    size = sizes.text(tag)
    if not size or size > _HEADLINE_BLOCK_MAX or sizes.tags(tag) > _HEADLINE_BLOCK_TAGS:
        return False
    h1 = tag.find("h1")
    return (isinstance(h1, Tag) and sizes.text(h1) > 0 and sizes.link(h1) * 2 < sizes.text(h1)
            and sizes.link(tag) * 2 < size)


def _form_boxes(body: Tag, sizes: _Sizes, total: int, total_prose: int) -> set[int]:
    """Ids of the blocks built around a small form: the form and what introduces it, a
    heading and a line or two ("Đăng ký nhận bản tin" / "Nhận tin mới mỗi tuần qua
    email." / [email] [Đăng ký]), a newsletter or login box inside the article's text.

    From each form that holds a small share of the page, the box is its outermost
    ancestor with at most ``_FORM_BOX_EXTRA`` characters besides the form, a small share
    of the page's prose (an error page's message next to its search box is the page)
    and no ``<h1>``.
    """
    boxes: set[int] = set()
    for form in body.find_all("form"):
        if not isinstance(form, Tag):
            continue
        inner = sizes.text(form)
        prose = sizes.content(form)
        if inner / total >= _MAX_BOILERPLATE_SHARE or (
                prose >= _MIN_PROSE_KEPT and prose >= _PROSE_KEPT_SHARE * total_prose):
            continue  # ASP.NET wraps the whole page, or the article, in a <form>
        box: Tag = form
        for anc in form.parents:
            if not isinstance(anc, Tag) or anc.name in {"body", "html"}:
                break
            if (sizes.text(anc) - inner > _FORM_BOX_EXTRA
                    or sizes.content(anc) - prose >= _FORM_BOX_SHARE * total_prose
                    or anc.find("h1") is not None):
                break
            box = anc
        boxes.add(id(box))
    return boxes


_FORM_BOX_EXTRA = 200  # non-space characters: a heading and a line of explanation
_FORM_BOX_SHARE = 0.2  # of the page's prose


def _cleanup(soup: BeautifulSoup, body: Tag) -> TeaserLists:
    """Remove markup that is not article text, in place; return the teaser lists left
    (:mod:`._teasers`), found before the removals.

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
        elif tag.name in _MEDIA:
            # What a <video> or <audio> holds besides its sources is a fallback for
            # browsers that cannot play it ("Để xem video này, vui lòng bật JavaScript"):
            # never shown next to the player.
            # (lxml nests what follows an unclosed <source> inside it.)
            for child in list(tag.descendants):
                if isinstance(child, Tag) and child.name in _MEDIA_SOURCES:
                    continue
                if id(child.parent) not in gone:
                    child.extract()
                gone.add(id(child))

    # Sizes from before the removals below: a block's share is judged on the full page.
    sizes = _Sizes(body)
    total = max(sizes.text(body), 1)
    # Prose (text besides links, teaser lists left out) is judged apart: a page builder
    # that marks every block as a "widget" wraps the article in one, next to grids of
    # teasers and menus that outweigh it in characters but not in prose.
    teasers = _teaser_lists(body, sizes)
    total_prose = max(sizes.content(body) - teasers.content, 1)
    scheme = _page_scheme_marks(body, sizes, total_prose)
    boxes = _form_boxes(body, sizes, total, total_prose)
    gone.clear()
    in_article: set[int] = set()
    for tag in _tags(body):
        if id(tag.parent) in in_article or tag.name == "article":
            in_article.add(id(tag))
        if id(tag.parent) in gone:
            gone.add(id(tag))
            continue
        structural = (tag.name in _STRUCTURAL_DROP
                      or _attr_str(tag, "role").lower() in _CHROME_ROLES) and not (
            # <header>/<footer> inside <article> belong to the article (title, byline).
            tag.name in {"header", "footer"} and id(tag.parent) in in_article
        )
        size = sizes.text(tag)
        prose = sizes.content(tag)
        small = size / total < _MAX_BOILERPLATE_SHARE and (
            prose < _MIN_PROSE_KEPT or prose / total_prose < _PROSE_KEPT_SHARE)
        # A block holding the headline is not chrome, whatever its class says (page
        # builders mark every block as a "widget" or a "module").
        marked = bool(_boilerplate_marks(tag) - scheme) and not _is_headline_block(tag, sizes)
        if ((structural or marked) and small) or id(tag) in boxes or (
            tag.name not in {"html", "body"}
            and _is_strong_boilerplate(tag)
            and total - size >= _MIN_REST_CHARS
        ):
            gone.add(id(tag))
            tag.extract()
    return TeaserLists([(t, n) for t, n in teasers.found if id(t) not in gone])
