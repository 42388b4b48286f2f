"""The title: metadata, visible headline candidates near the text, ``<title>`` minus
its site part; portal labels ("Chi tiết bài viết", "null") are skipped."""

from __future__ import annotations

import re

from bs4.element import NavigableString, Tag

from newssearch.textnorm import clean_field

from ._dates import _dates_in_line
from ._dom import _attr_str, _nonspace_len, _norm_line, _Sizes, _strip_null, _tags

# The site part runs from the last spaced separator; "Bà Rịa-Vũng Tàu" keeps its hyphen.
_TITLE_SUFFIX = re.compile(
    r"^(?P<head>.+)\s(?:[|\-–—]|::)\s(?P<site>(?:(?!\s(?:[|\-–—]|::)\s).)+)$"
)
_GENERIC_TITLES = re.compile(
    r"^(?:chi tiết(?: bài viết| tin(?: tức)?| tin bài)?(?: tin tức)?|xuất bản thông tin"
    r"|tin tức(?: - sự kiện)?|tin tức sự kiện|trang chủ|trang chủ - .*|home|untitled|null"
    r"|cổng thông tin.*|trang thông tin.*|cổng ttđt.*|bài viết|tin bài|nội dung"
    # A print view's <title>: "In bài viết", "Bản in", "Print".
    r"|(?:xem )?(?:in|bản in|phiên bản in)(?: bài(?: viết)?| tin(?: bài)?| trang)?"
    r"|print(?: view)?)$"
)
_HEADLINE_MARK = re.compile(r"title|headline|tieu-?de|heading", re.I)


def _is_generic_label(text: str) -> bool:
    """Portal labels such as "Chi tiết bài viết Tin tức" or "Xuất bản thông tin"."""
    return bool(_GENERIC_TITLES.match(text.casefold().strip(" .:")))


_HOME_TITLES = frozenset({"trang chủ", "trang nhất", "home", "home page", "homepage"})


def _is_home_title(page_title: str) -> bool:
    """A ``<title>`` that names the home page: "Trang chủ - Cổng TTĐT huyện …"."""
    head = _strip_site_suffix(" ".join(_strip_null(page_title).split()))
    return head.casefold().strip(" .:|-–") in _HOME_TITLES


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


# Legacy markup that sets a headline large without a heading tag: <font size="4">,
# <font size="+2">, style="font-size: 20px" / 1.5em / large.
_LARGE_STYLE = re.compile(
    r"font-size\s*:\s*(?:(?:1[89]|[2-9]\d)(?:\.\d+)?px|(?:1\.[3-9]|[2-4](?:\.\d+)?)(?:em|rem)"
    r"|(?:1[4-9]|[2-9]\d)(?:\.\d+)?pt|x*-?large)", re.I)


def _set_large(el: Tag) -> bool:
    """An element set in a large type: a ``<font size>`` of 4 or more (or +1 and up),
    or a ``font-size`` style of about 18px / 1.3em / 14pt and up."""
    if el.name == "font":
        size = _attr_str(el, "size").strip()
        if size.startswith("+"):
            return size[1:].isdigit() and int(size[1:]) >= 1
        if size.isdigit() and int(size) >= 4:
            return True
    return bool(_LARGE_STYLE.search(_attr_str(el, "style")))


def _heading_candidates(body: Tag, sz: _Sizes,
                        text_start: Tag | None = None) -> tuple[list[str], str | None]:
    """Visible headline candidates, best first, and the headline right above the text
    (the closest ``<h1>`` or title-marked heading above ``text_start``), if any.

    Candidates are every ``<h1>``, ``<h2>``-``<h4>`` marked as a title, and any
    other element marked as a title (``<span class="title">``, ``<font class=tieude>``)
    holding a headline-sized text; headings that are all link (logos, teasers) are
    not. When ``text_start`` (the first paragraph of the article) is known, the
    candidates above it come first, closest first: the site's name in an ``<h1>``
    at the top of the page is farther from the text than the headline.
    """
    order = {id(t): i for i, t in enumerate(_tags(body))}
    found: list[tuple[int, int, str]] = []  # (priority, document index, text)
    for el in _tags(body):
        if el.name in {"a", "body", "html"}:
            continue
        marks = f"{_attr_str(el, 'class')} {_attr_str(el, 'id')} {_attr_str(el, 'itemprop')}"
        marked = bool(_HEADLINE_MARK.search(marks)) or _set_large(el)
        if el.name == "h1":
            priority = 0
        elif el.name in {"h2", "h3", "h4"} and marked:
            priority = 1
        elif marked and el.name not in {"h2", "h3", "h4"}:
            priority = 2
        else:
            continue
        # Size checks first, from the precomputed sizes: get_text() on every element of
        # a deeply nested chain would be quadratic.
        if sz.tags(el) > _HEADLINE_MAX_TAGS or not 0 < sz.text(el) <= _MAX_TITLE_CHARS * 2:
            continue
        text = " ".join(el.get_text(" ").split())
        if not text:
            continue
        if priority == 2 and (
            len(text.split()) < _MIN_TITLE_WORDS or len(text) > _MAX_TITLE_CHARS
        ):
            continue
        links = sz.link(el)
        own = sz.text(el)
        if (priority < 2 and links >= own) or (priority == 2 and links * 2 >= own):
            continue
        found.append((priority, order[id(el)], text))
    ranked = sorted(found, key=lambda f: (f[0], f[1]))
    nearest: str | None = None
    if text_start is not None and id(text_start) in order:
        limit = order[id(text_start)]
        above = sorted((f for f in found if f[1] < limit and len(f[2]) <= _MAX_TITLE_CHARS),
                       key=lambda f: -f[1])
        ranked = above + [f for f in ranked if f not in above]
        if above and above[0][0] < 2:
            nearest = above[0][2]
    return [f[2] for f in ranked], nearest


def _text_start(nodes: list[Tag], sz: _Sizes) -> Tag | None:
    """The first element of ``nodes`` (in document order) that holds paragraph text."""
    for node in nodes:
        for tag in [node, *_tags(node)]:
            own = sum(_nonspace_len(c) for c in tag.children if type(c) is NavigableString)
            if own >= _PARAGRAPH_CHARS or (
                tag.name in {"p", "td", "li", "blockquote", "dd"}
                and sz.content(tag) >= _PARAGRAPH_CHARS
            ):
                return tag
    return None


_PARAGRAPH_CHARS = 80
_MIN_TITLE_WORDS = 4
_HEADLINE_MAX_TAGS = 64
_MAX_TITLE_CHARS = 300


def _pick_title(
    meta_titles: list[str],
    headings: list[str],
    page_title: str | None,
    lines: list[str] | None = None,
    nearest: str | None = None,
) -> str | None:
    """The first non-generic candidate: og:title, JSON-LD headline, headings, <title>.

    The visible headline right above the text (``nearest``) comes first when it reads
    like a headline: what the reader sees is the title, og:title is often a rewrite for
    social networks. A headline-like line right above the date line comes before a
    ``<title>`` that does not appear on the page (usually the site's name or a
    generic label).
    """
    shown = [_visible_form(t, headings) for t in meta_titles]
    if nearest and _is_headline_like(nearest):
        shown = [nearest, *(t for t in shown if _norm_line(t) != _norm_line(nearest))]
    candidates = [_strip_null(t) for t in shown + headings]
    before_date = _title_before_date(lines) if lines else None
    if page_title:
        pt = _strip_site_suffix(_strip_null(page_title))
        if lines is not None:
            pt = _strip_site_prefix(pt, lines)
        on_page = lines is not None and any(_norm_line(pt) == _norm_line(ln) for ln in lines)
        if before_date and not on_page:
            candidates.append(before_date)
        candidates.append(pt)
    elif before_date:
        candidates.append(before_date)
    cleaned = [c for c in (clean_field(c) for c in candidates) if c]
    for c in cleaned:
        if not _is_generic_title(c):
            return c
    return cleaned[0] if cleaned else None


# "ELEARNING: Tin tức chung: Headline": one or two short labels (site, forum,
# section), each closed by a colon, before the headline.
_TITLE_PREFIX = re.compile(r"^(?:[^:：]{1,40}[:：]\s+){1,2}(?P<rest>\S.*)$")


def _strip_site_prefix(title: str, lines: list[str]) -> str:
    """Drop the "Site: Section:" labels before a ``<title>``'s headline when the page
    shows the rest as a line of its own and never the whole ``<title>``."""
    m = _TITLE_PREFIX.match(title)
    if m is None:
        return title
    whole = _norm_line(title)
    rests = {_norm_line(title[m.start("rest"):])}
    # The shortest cut first: with two labels, "Section: Headline" may be the line.
    first = re.match(r"^[^:：]{1,40}[:：]\s+", title)
    if first is not None:
        rests.add(_norm_line(title[first.end():]))
    seen = {_norm_line(ln) for ln in lines}
    if whole in seen:
        return title
    for cut in sorted(rests, key=len, reverse=True):
        if cut and cut in seen and len(cut.split()) >= _MIN_TITLE_WORDS:
            return next(ln for ln in lines if _norm_line(ln) == cut).strip()
    return title


def _is_label(title: str | None) -> bool:
    """A section's name rather than a headline ("Liên hệ", "Kinh tế - Xã hội", "Văn bản
    chỉ đạo điều hành"): a few words, not a sentence. None is no headline at all."""
    if not title:
        return True
    words = [w for w in title.split() if any(c.isalnum() for c in w)]
    return len(words) <= _LABEL_MAX_WORDS and not title.rstrip().endswith(_SENTENCE_END)


_LABEL_MAX_WORDS = 6  # syllables; a Vietnamese news headline has 8 to 25
_SENTENCE_END = (".", "!", "?", "…")


def _is_headline_like(text: str) -> bool:
    """A headline's length, not a section label, a portal label or a site name in
    capitals."""
    return (len(text) <= _MAX_TITLE_CHARS and not _is_label(text)
            and not _is_generic_title(text) and not text.isupper())


# "[E-Magazine] ", "(Video) ", "[Infographic] - ": a rubric put before the headline.
_RUBRIC_PREFIX = re.compile(r"^\s*[\[(【«][^\])】»]{1,40}[\])】»]\s*[:\-–|]?\s*")


def _visible_form(meta_title: str, headings: list[str]) -> str:
    """The visible headline that a metadata title decorates with a rubric prefix
    ("[E-Magazine] Headline" over an ``<h1>`` "Headline"), else the metadata title."""
    m = _RUBRIC_PREFIX.match(meta_title)
    if m is None:
        return meta_title
    rest = _norm_line(meta_title[m.end():])
    for heading in headings:
        if rest and _norm_line(heading) == rest:
            return heading
    return meta_title


def _title_before_date(lines: list[str]) -> str | None:
    """The line just above the first short date line, if it reads like a headline."""
    for i, line in enumerate(lines[:_TITLE_SCAN_LINES]):
        if i == 0 or len(line) > 60 or next(_dates_in_line(line), None) is None:
            continue
        prev = lines[i - 1]
        words = prev.split()
        if (_MIN_TITLE_WORDS <= len(words) <= 40 and len(prev) <= _MAX_TITLE_CHARS
                and not prev.endswith(".") and not _dates_in_line_any(prev)):
            return prev
    return None


def _dates_in_line_any(line: str) -> bool:
    return next(_dates_in_line(line), None) is not None


_TITLE_SCAN_LINES = 60
