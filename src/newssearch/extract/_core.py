"""The pipeline: :func:`extract_html` runs the steps in order; :func:`extract_draft`
turns the result into an :class:`~newssearch.records.ArticleDraft`."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from bs4.element import Tag

from newssearch.records import ArticleDraft
from newssearch.textnorm import clean_field, clean_text, nfc

from ._body import _find_container, _lead_text
from ._boilerplate import _cleanup
from ._byline import (
    _AUTHOR_LABEL,
    _AUTHOR_LINE,
    _BYLINE_MAX,
    _author_element,
    _byline_after,
    _byline_under_headline,
    _is_account,
    _is_source_line,
    _labelled_author,
    _looks_like_byline,
    _note_after_signature,
    _text_credit,
)
from ._captions import _captions_to_drop
from ._dates import (
    _VN_DATE,
    _date_from_lines,
    _dates_in_line,
    _is_date_line,
    _time_date,
    parse_date,
)
from ._decode import decode_html
from ._dom import _norm_line, _parse, _Sizes, _tags
from ._kind import (
    _UNSIGNED_PROSE_MAX,
    PageSigns,
    _dated_under_headline,
    _doc_labels,
    _entry_fields,
    _file_links,
    _link_page_kind,
    _link_rows,
    _link_sections,
    _page_kind,
    _poll_rows,
    _prose_chars,
    _result_count,
    _schedule_days,
    _search_page_kind,
    _service_page_kind,
    _undated_page_kind,
    _unsigned_page_kind,
)
from ._limits import (
    _CONTROL,
    _INLINE_DATA,
    _INLINE_DATA_STR,
    _MAX_DEPTH,
    _MAX_PAGE_BYTES,
    _MAX_PAGE_CHARS,
    _MAX_TEXT_CHARS,
    _is_garbage,
    _max_depth,
    _rejected,
)
from ._lines import _lines_of
from ._metadata import _canonical, _json_ld_values, _meta, _microdata
from ._quotes import _pull_quotes
from ._result import _EMPTY, Extracted
from ._title import (
    _heading_candidates,
    _is_generic_label,
    _is_home_title,
    _pick_title,
    _text_start,
)


def _trim_leading(lines: list[str], title: str | None) -> list[str]:
    """Drop page chrome that the container may start with: title, date line, labels.

    When the headline itself is among the first lines, what stands above it (a rubric,
    a kicker, a cover's label) goes with it, and so do the short lines under it before
    the first paragraph: credits, the date line, "Cuộn xuống để đọc".
    """
    key = _norm_line(title) if title else None
    under_headline = False
    if key:
        at = next((k for k, ln in enumerate(lines[:_HEADLINE_REACH]) if _norm_line(ln) == key),
                  None)
        if at is not None and all(_is_short_label(ln) for ln in lines[:at]):
            lines = lines[at + 1 :]
            under_headline = True
    i = 0
    while i < min(len(lines), 6):
        line = lines[i]
        norm = _norm_line(line)
        is_title = key is not None and norm == key
        is_date = (
            len(line) <= 60
            and next(_dates_in_line(line), None) is not None
            and (len(_VN_DATE.sub("", line).strip(" ,|-–:")) <= 30)
        ) or _is_date_line(line)  # a meta line: "Ngày đăng: … · Lĩnh vực: … · …"
        author_line = _AUTHOR_LINE.match(line)
        is_author = author_line is not None and _looks_like_byline(author_line.group("name"))
        if (is_title or is_date or is_author or not norm or _is_generic_label(line)
                or _CREDIT_LINE.match(line) or (under_headline and _is_short_label(line))):
            i += 1
            continue
        break
    lines = lines[i:]
    # A meta line right under the sapo ("05/09/2023 · 4 phút đọc · Ngọc Bích").
    return lines[:1] + [ln for ln in lines[1:_META_REACH] if not _is_date_line(ln)] + lines[
        _META_REACH:]


_HEADLINE_REACH = 8
_META_REACH = 3
_LABEL_MAX_CHARS = 60
_LABEL_MAX_WORDS = 10
# Credits under a headline: "Ảnh: Văn Long", "Thiết kế: Minh Tú", "Bài và ảnh: Thu Hà".
_CREDIT_LINE = re.compile(
    r"^(?:bài|ảnh|thiết kế|đồ họa|đồ hoạ|video|clip|trình bày|thực hiện|biên tập|dựng"
    r"|quay phim|kỹ thuật|kĩ thuật|nội dung)(?:\s+(?:và|&)\s+\w+(?:\s\w+)?)?\s*[:：]\s*\S.{0,60}$",
    re.I,
)


def _is_short_label(line: str) -> bool:
    """A short line that is not a sentence: a kicker, a label, a button's text."""
    s = line.strip()
    return (len(s) <= _LABEL_MAX_CHARS and len(s.split()) <= _LABEL_MAX_WORDS
            and not s.endswith((".", "!", "?", "…", '"', "”", ":")))




def extract_html(html: str | bytes, url: str | None = None) -> Extracted:
    """Extract title, date, author, body text and canonical URL from one page."""
    try:
        return _extract(html, url)
    except Exception:  # the contract is "never raise on bad input"
        return _EMPTY


# A copyright notice: "© 2018 …", "Copyright …", "Bản quyền thuộc …".
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)\s*\d{4}|copyright\b|bản quyền\b)", re.I)


# "Cập nhật: 23/03/2018 08:10", "Cập nhật lúc 08:10 ngày 23/03/2018", "Updated: …".
_UPDATE_LABEL = re.compile(
    r"^\s*(?:(?:ngày |thời gian )?cập nhật(?: lần cuối)?|sửa đổi lần cuối|chỉnh sửa lúc"
    r"|last updated|updated)(?: lúc| ngày| vào)?\s*[:：]?\s*(.{6,40})$", re.I)


def _is_update_stamp(line: str) -> bool:
    """A line that is only the time of the text's last update: not text."""
    m = _UPDATE_LABEL.match(line)
    return m is not None and parse_date(m.group(1)) is not None


# "(Theo X)" after the last sentence of the text: X capitalized, a few words.
_TRAILING_SOURCE = re.compile(
    r"(?<=[.!?…\"”])\s*(\(Theo\s+[A-ZĐÀ-Ỹ][^()]{1,40}\))\s*$")


def _extract(html: str | bytes, url: str | None) -> Extracted:
    if isinstance(html, bytes):
        if len(html) > _MAX_PAGE_BYTES:
            html = _INLINE_DATA.sub(b"data:,", html)  # base64 images bloat some pages
        if len(html) > _MAX_PAGE_BYTES:
            return _rejected(f"page too large ({len(html) / 1e6:.1f} MB > "
                             f"{_MAX_PAGE_BYTES / 1e6:.1f} MB)")
        markup = decode_html(html)
    else:
        if len(html) > _MAX_PAGE_CHARS:
            html = _INLINE_DATA_STR.sub("data:,", html)
        if len(html) > _MAX_PAGE_CHARS:
            return _rejected(f"page too large ({len(html):,} characters > {_MAX_PAGE_CHARS:,})")
        markup = nfc(html)
    if not markup.strip():
        return _EMPTY
    if _is_garbage(markup):
        return replace(_EMPTY, is_article=False, reason="rejected: not text (control bytes)")
    soup = _parse(_CONTROL.sub("", markup))
    depth = _max_depth(soup)
    if depth > _MAX_DEPTH:
        return _rejected(f"markup nested {depth:,} levels deep (limit {_MAX_DEPTH:,})")

    # Metadata first: cleanup removes <head> and <script> (JSON-LD).
    meta_titles = [t for t in (_meta(soup, "og:title", "twitter:title"),) if t]
    meta_titles += _json_ld_values(soup, "headline")[:1]
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ") if isinstance(title_tag, Tag) else None
    meta_date = _meta(
        soup, "article:published_time", "og:published_time", "datePublished", "pubdate",
        "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
    )  # fmt: skip
    ld_dates = _json_ld_values(soup, "datePublished")
    # Microdata only where the markup has an item (a walk of the tree costs ~4 %).
    has_items = "itemscope" in markup or "ITEMSCOPE" in markup
    item = _microdata(soup, "datePublished", "author") if has_items else {}
    if "datePublished" in item:
        ld_dates.append(item["datePublished"])
    ld_types = _json_ld_values(soup, "@type")
    meta_author = _meta(soup, "author", "article:author")
    if meta_author is None:
        meta_author = next(iter(_json_ld_values(soup, "author")), None)
    if meta_author is None and "author" in item:
        meta_author = _AUTHOR_LABEL.sub("", item["author"]).strip() or None
    canonical = _canonical(soup, url)

    body = soup.body
    if body is None:
        return Extracted(
            title=_pick_title(meta_titles, [], page_title),
            published=None,
            author=None,
            text="",
            canonical_url=canonical,
        )
    fields = _entry_fields(body)  # before cleanup removes the form controls
    teasers = _cleanup(soup, body)
    sz = _Sizes(body)
    sections = _link_sections(body, sz)  # before the teaser lists under them go
    # Teaser lists are never the article: out of the tree, after measuring what is left.
    rest = sz.content(body) - sum(sz.content(t) for t in teasers.lists)
    for block in teasers.lists:
        block.extract()
    # Captions go too, unless they are the story (a photo story's captions are its text).
    captions = _captions_to_drop(body, sz, rest)
    for block in captions:
        block.extract()
    if teasers.lists or captions:
        sz = _Sizes(body)

    container, kept = _find_container(body, sz)
    # Keep document order between the container and sibling blocks kept on the way.
    wanted = {id(container), *(id(k) for k in kept)}
    nodes = [n for n in [body, *_tags(body)] if id(n) in wanted]
    if quotes := _pull_quotes(nodes):
        for quote in quotes:
            quote.extract()
        nodes = [n for n in nodes if all(n is not q for q in quotes)]
        sz = _Sizes(body)
    headings, nearest = _heading_candidates(body, sz, _text_start(nodes, sz))

    table_rows: set[str] = set()
    page_lines = _lines_of([body], sz, rows=table_rows)
    title = _pick_title(meta_titles, headings, page_title, page_lines, nearest)

    published: str | None = None
    for value in [meta_date, *ld_dates]:
        if value and (published := parse_date(value)):
            break
    meta_dated = published is not None
    if published is None:
        published = _time_date(body)
    if published is None:
        published = _date_from_lines(page_lines, title)

    raw_lines = _lines_of(nodes, sz)
    lines = _trim_leading(_lines_of(nodes, sz, drop_links=True), title)
    not_article = _page_kind(headings, page_title, [n for n in nodes if isinstance(n, Tag)],
                             raw_lines, sz, teasers.items, rest)
    if not_article is None:
        not_article = _link_page_kind(body, nodes, lines, sz)
    if not_article is not None:
        return Extracted(title=title, published=published, author=None, text="",
                         canonical_url=canonical, is_article=False, reason=not_article)

    author: str | None = None
    while lines and (_COPYRIGHT.match(lines[-1]) or _is_update_stamp(lines[-1])):
        lines.pop()  # the site's copyright notice, a "Cập nhật: …" stamp closing the text
    if lines and (tail := _TRAILING_SOURCE.search(lines[-1])):
        # "… sửa xe. (Theo VnExpress)": the source closing the last paragraph is a byline.
        lines[-1:] = [lines[-1][: tail.start()].rstrip(), tail.group(1)]
    if _note_after_signature(lines, [n for n in nodes if isinstance(n, Tag)]):
        lines.pop()  # a disclaimer in italics after the signature
    source: str | None = None  # "Nguồn: X" closing the text: the author only if no byline
    last = _text_credit(_AUTHOR_LABEL.sub("", lines[-1])) if lines else ""
    if last and _is_source_line(last):
        source = lines.pop()
    elif last and _looks_like_byline(last):
        lines.pop()
        author = last[1:-1].strip() if last.startswith("(") and last.endswith(")") else last
    if author is None:
        author = _byline_after(container, body, sz)
    if author is None:
        author = _labelled_author(page_lines, title)
    if author is None:
        author = _byline_under_headline(page_lines, title, lines[:2], table_rows)
    if (
        author is None
        and meta_author
        and len(meta_author) <= _BYLINE_MAX
        and not _is_account(meta_author)
        and urlsplit(meta_author).scheme not in {"http", "https"}
    ):
        author = meta_author
    if author is None:
        author = _author_element(body)
        if author and lines and _norm_line(
                _text_credit(_AUTHOR_LABEL.sub("", lines[-1]))) == _norm_line(author):
            lines.pop()
    if author is None:
        author = source

    rows, table_rest = _link_rows([n for n in nodes if isinstance(n, Tag)], sz)
    signs = PageSigns(
        title=title,
        home_title=page_title is not None and _is_home_title(page_title),
        dated=meta_dated,
        bylined=author is not None,
        prose=_prose_chars(lines),
        teasers=teasers.items,
        fields=fields,
        link_rows=rows,
        table_rest=table_rest,
        sections=sections,
        poll_rows=_poll_rows(lines),
        schedule_days=_schedule_days(lines),
    )
    # A query form and a line counting results: a search page, dated or not.
    unsigned = (_search_page_kind(_result_count(page_lines), fields, False, signs.prose)
                if fields and author is None and signs.prose < _UNSIGNED_PROSE_MAX else None)
    if unsigned is None and (unsigned := _unsigned_page_kind(signs)) is not None:
        # Only then the date under the headline is looked for, among lines that keep
        # the teasers' headlines (a teaser's date is not the page's).
        linked = _lines_of([body], sz, link_blocks=True)
        if _dated_under_headline(linked, title, table_rows):
            unsigned = None
    if unsigned is None and author is None and signs.prose < _UNSIGNED_PROSE_MAX:
        # Counted only on unsigned pages with little prose: the other pages are articles.
        unsigned = _service_page_kind(title, False, signs.prose, lines,
                                      _file_links(body), _doc_labels(body))
    if unsigned is None:
        # A page with a headline (a bare fragment has none): is it dated?
        unsigned = _undated_page_kind(published is not None or title is None, signs.prose,
                                      lines, ld_types)
    if unsigned is not None:
        return Extracted(title=title, published=published, author=None, text="",
                         canonical_url=canonical, is_article=False, reason=unsigned)

    text = clean_text("\n".join(lines))
    if len(text) > _MAX_TEXT_CHARS:
        return replace(_rejected(f"body of {len(text):,} characters is not one article "
                                 f"(limit {_MAX_TEXT_CHARS:,})"), title=title,
                       canonical_url=canonical)
    first = text.split("\n", 1)[0] if text else ""
    lead_text = _lead_text(nodes, container, sz)
    lead = first if first and lead_text and _norm_line(lead_text) == _norm_line(first) else None
    return Extracted(
        title=title,
        published=published,
        author=clean_field(author),
        text=text,
        canonical_url=canonical,
        lead=lead,
    )


def extract_draft(
    html: str | bytes, url: str | None = None, source: str | None = None
) -> ArticleDraft:
    """Extract a page into an :class:`ArticleDraft`.

    ``text`` is empty when nothing was found, when the page is not an article
    (listing, search, tag, error page) and when it was rejected by the work limits;
    :func:`extract_html` gives the reason (``Extracted.reason``).
    """
    return draft_from_extracted(extract_html(html, url), url, source)


def draft_from_extracted(ex: Extracted, url: str | None = None,
                         source: str | None = None) -> ArticleDraft:
    """The :class:`ArticleDraft` for an extraction result (callers that need ``reason``)."""
    if source is None and url:
        source = urlsplit(url).hostname
    return ArticleDraft(
        text=ex.text,
        title=clean_field(ex.title),
        url=clean_field(url),
        canonical_url=clean_field(ex.canonical_url),
        published=clean_field(ex.published),
        source=clean_field(source),
        author=clean_field(ex.author),
        # The store keeps the lead apart only while the text starts with it.
        lead=lead if (lead := clean_field(ex.lead)) and ex.text.startswith(lead) else None,
    )
