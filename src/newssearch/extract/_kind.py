"""Page kind: is the page an article at all? Error, search results, tag/category and
listing pages are not; :func:`_page_kind` says why (``Extracted.reason``)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bs4.element import Tag

from ._dates import _is_date_line
from ._dom import _attr_str, _norm_line, _Sizes, _tags
from ._lines import _link_lines
from ._title import _HEADLINE_MARK, _is_label

_ERROR_PAGE = re.compile(
    r"\b(?:404|410|500)\b|không tìm thấy|không tồn tại|not found|lỗi truy cập|"
    r"đã bị (?:xóa|xoá|gỡ)|đã được gỡ|page (?:does not|doesn't) exist|error",
    re.I,
)
# "Tìm kiếm - Site", "Kết quả tìm kiếm cho …"; not a headline like "Tìm kiếm người mất tích".
_SEARCH_PAGE = re.compile(
    r"^(?:kết quả tìm kiếm|tìm kiếm|search results?|search)\s*(?:$|[:\-–|»“\"(]|cho\b|for\b)",
    re.I,
)
_TAG_PAGE = re.compile(
    r"^(?:tags?|từ khóa|từ khoá|chủ đề|chuyên mục|danh mục|lưu trữ|archives?|category)\s*[:：]",
    re.I,
)
_ERROR_MAX_CHARS = 600  # an error page says little; a long page mentioning "404" is not one
_LABEL_MIN_TEASERS = 2  # a search/tag heading also needs teasers (or next to no text)
_MIN_TEASERS = 4
_LISTING_SHARE = 0.6  # teaser items hold at least this share of a listing's text
# A page with less text than this besides its links is not an article when its text is
# mostly links, or when its links are the items of a list (one per line) that
# outnumber its other lines _LINK_LIST_RATIO to 1.
_LINK_PAGE_MAX_CHARS = 300
_LINK_PAGE_SHARE = 0.5
_LINK_LIST_MIN_ITEMS = 4
_LINK_LIST_RATIO = 2
_ITEM_REACH = 12
# A page whose teaser lists leave less prose than this besides them is a listing.
_LISTING_REST_MAX = 300


def _is_teaser(tag: Tag, sz: _Sizes) -> bool:
    """A headline that is (almost) all link: a teaser for another page."""
    if tag.name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        pass
    elif not _HEADLINE_MARK.search(f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')}"):
        return False
    text = sz.text(tag)
    if text == 0:
        return False
    if sz.link(tag) >= 0.8 * text:
        return True
    # A card: <a href><div class="card-title">...</div></a>.
    return any(p.name == "a" for _, p in zip(range(_TEASER_LINK_REACH), tag.parents, strict=False))


_TEASER_LINK_REACH = 3


def _page_kind(
    headings: list[str], page_title: str | None, nodes: list[Tag], lines: list[str], sz: _Sizes,
    listed: int = 0, rest: int = 0,
) -> str | None:
    """Why the page is not an article, or None when it is one.

    ``listed`` teasers stood in teaser lists (:mod:`._teasers`, already out of the tree)
    and ``rest`` characters of prose besides them.
    """
    labels = [" ".join(h.split()) for h in headings[:3]]
    if page_title:
        labels.append(" ".join(page_title.split()))
    n_chars = sum(len(line) for line in lines)
    for label in labels:
        if _ERROR_PAGE.search(label) and n_chars < _ERROR_MAX_CHARS:
            return f"error page: {label[:80]!r}"
    # Teaser headlines, outermost only (document order: parents come first).
    found: list[Tag] = []
    inside: set[int] = set()
    for node in nodes:
        for tag in [node, *_tags(node)]:
            if id(tag.parent) in inside or id(tag) in inside:
                inside.add(id(tag))
            elif _is_teaser(tag, sz):
                found.append(tag)
                inside.add(id(tag))
    teasers = len(found)
    # Each teaser's item: its largest ancestor holding no other teaser. In a listing the
    # items hold most of the text; an article's related box holds little of it.
    per_ancestor: dict[int, int] = {}
    for t in found:
        for _, anc in zip(range(_ITEM_REACH), t.parents, strict=False):
            per_ancestor[id(anc)] = per_ancestor.get(id(anc), 0) + 1
    items: dict[int, Tag] = {}
    for t in found:
        item = t
        for _, anc in zip(range(_ITEM_REACH), t.parents, strict=False):
            if per_ancestor.get(id(anc)) != 1 or anc.name in {"body", "html"}:
                break
            item = anc
        items[id(item)] = item
    total = max(sum(sz.text(n) for n in nodes), 1)
    item_share = sum(sz.text(i) for i in items.values()) / total
    listing_like = (teasers >= _LABEL_MIN_TEASERS or listed >= _LABEL_MIN_TEASERS
                    or n_chars < _ERROR_MAX_CHARS)
    for label in labels:
        if _SEARCH_PAGE.match(label) and listing_like:
            return f"search results page: {label[:80]!r}"
        if _TAG_PAGE.match(label) and listing_like:
            return f"tag or category page: {label[:80]!r}"
    if teasers >= _MIN_TEASERS and item_share >= _LISTING_SHARE:
        return (f"listing page: {teasers} teaser headlines holding {item_share:.0%} "
                "of the text")
    if listed and rest < _LISTING_REST_MAX:
        return f"listing page: {listed} teasers in lists, {rest} characters besides"
    if not lines:
        return "no article body"
    return None


def _link_page_kind(body: Tag, nodes: list[Tag], lines: list[str], sz: _Sizes) -> str | None:
    """Why a page whose content is links rather than prose is not an article, or None.

    ``lines`` are the container's lines without link-only lines and labels. With
    under ``_LINK_PAGE_MAX_CHARS`` of such text, the page is a list of links when
    links hold most of its text (document tables, video galleries), or when its
    link-only lines (the items of a list of links: feeds, categories, files, sites)
    outnumber its other lines: short labels weigh little in characters, but every
    item is a line of its own, while an article's few links sit inside sentences.
    """
    if not lines:
        return "no article body (only links and labels)"
    kept_chars = sum(len(line) for line in lines)
    if kept_chars >= _LINK_PAGE_MAX_CHARS:
        return None
    # The whole page, not only the container: a site map or a directory of links leaves
    # the footer's address as the biggest block of prose.
    page_share = sz.link(body) / max(sz.text(body), 1)
    if sz.content(body) < _LINK_PAGE_MAX_CHARS and page_share >= _LINK_PAGE_SHARE:
        return (f"link list page: {page_share:.0%} of the page's text is links, "
                f"{sz.content(body)} characters besides")
    total = max(sum(sz.text(n) for n in nodes), 1)
    link_share = sum(sz.link(n) for n in nodes) / total
    if link_share >= _LINK_PAGE_SHARE:
        return (f"link list page: {link_share:.0%} of the text is links, "
                f"{kept_chars} characters besides")
    items = _link_lines(nodes, sz)
    if items >= _LINK_LIST_MIN_ITEMS and items >= _LINK_LIST_RATIO * len(lines):
        return f"link list page: {items} link-only lines, {kept_chars} characters besides"
    return None


# Pages without the marks of an article: no date under the headline or in the
# metadata, no byline, little prose, and a label for a headline ("Liên hệ", "Kinh tế",
# "Văn bản chỉ đạo điều hành"): a section, contact, document-library or home page.
_UNSIGNED_PROSE_MAX = 1000  # characters in paragraph lines (an article brief has more)
_PARAGRAPH_WORDS = 10
_DATE_LOOKAHEAD = 4
_MIN_FIELDS = 2  # entry fields of forms: a contact, login or registration form
_MIN_LINK_ROWS = 5  # rows of a table that each hold a link: a document library
_MIN_SECTIONS = 3  # headings each over a block of links: a home or portal page
_TABLE_REST_MAX = 300  # characters of prose besides a document table


@dataclass(frozen=True, slots=True)
class PageSigns:
    """What tells an article from a section page, measured by the pipeline."""

    title: str | None
    home_title: bool  # the <title> says "Trang chủ" / "Home"
    dated: bool  # a publication date in the metadata or under the headline
    bylined: bool
    prose: int  # characters in paragraph lines of the text (table rows left out)
    teasers: int  # teasers in teaser lists (out of the tree by then)
    fields: int  # entry fields of the page's forms (text, e-mail, message, choices)
    link_rows: int  # rows of the text's (innermost) tables that hold a link
    table_rest: int  # characters of the text besides those tables' rows
    sections: int  # headings over a block of links
    poll_rows: int = 0  # lines of vote results: "48.3% (1005 phiếu)"
    schedule_days: int = 0  # weekdays heading the rows of a schedule table that fills the text


def _unsigned_page_kind(signs: PageSigns) -> str | None:
    """Why a page without a date or a byline is not an article, or None.

    Whatever its prose, such a page is not an article when its headline names a static
    page of a portal ("Giới thiệu chung", "Cơ cấu tổ chức", "Lịch công tác tuần 12",
    "Kết quả thăm dò ý kiến"), when a timetable keyed by weekdays fills it (a work
    schedule) or when vote results make its text (a poll). With little prose, it is
    not one when a table of documents whose rows each hold a link fills it (next to
    no prose besides), when it is made of sections of links (headings each over a list
    of links), or when its headline is a label (or its ``<title>`` says it is the home
    page) and teasers, a form or a table of links fill it.
    """
    if signs.dated or signs.bylined:
        return None
    if signs.title and _STATIC_TITLE.match(" ".join(signs.title.casefold().split())):
        return f"static page {signs.title!r}: no date or byline"
    if signs.schedule_days >= _MIN_SCHEDULE_DAYS:
        return (f"schedule page {signs.title!r}: a timetable over {signs.schedule_days} "
                "weekdays, no date or byline")
    if signs.poll_rows >= _MIN_POLL_ROWS and signs.prose < _UNSIGNED_PROSE_MAX:
        return f"poll page {signs.title!r}: {signs.poll_rows} vote results, no date or byline"
    if signs.prose >= _UNSIGNED_PROSE_MAX:
        return None
    what = "home page" if signs.home_title else f"section page {signs.title!r}"
    if signs.sections >= _MIN_SECTIONS:
        return f"{what}: {signs.sections} sections of links, no date or byline"
    if signs.link_rows >= _MIN_LINK_ROWS and signs.table_rest < _TABLE_REST_MAX:
        return (f"document list page: {signs.link_rows} table rows with links, "
                f"{signs.table_rest} characters besides")
    if not (_is_label(signs.title) or signs.home_title):
        return None
    if signs.fields >= _MIN_FIELDS:
        return f"{what}: a form of {signs.fields} fields, no date or byline"
    if signs.link_rows >= _MIN_LINK_ROWS:
        return f"{what}: {signs.link_rows} table rows with links, no date or byline"
    if signs.teasers >= 1:
        return f"{what}: {signs.teasers} teasers, {signs.prose} characters of prose"
    return None


# Names of a portal's static pages (what the organisation is, who leads it, how to reach
# it, its timetables and polls): never a news headline on their own. Topic labels that
# may head a long dateless feature ("Lịch sử hình thành", "Điều kiện tự nhiên") are
# not here: those pages stay articles unless other signs say otherwise.
_STATIC_TITLE = re.compile(
    r"^(?:giới thiệu(?: chung| khái quát| tổng quan)?|giới thiệu về\b.{0,60}"
    r"|(?:khái quát|tổng quan) về\b.{0,60}"
    r"|cơ cấu tổ chức\b.{0,60}|sơ đồ (?:tổ chức|cơ cấu|trang|cổng|website|site)\b.{0,40}"
    r"|chức năng,? nhiệm vụ\b.{0,80}|lãnh đạo (?:xã|phường|huyện|tỉnh|thành phố|sở|ubnd|cơ quan"
    r"|đơn vị|phòng|ban)\b.{0,40}|ban lãnh đạo|danh bạ\b.{0,40}|(?:thông tin )?liên hệ"
    r"|lịch (?:công tác|làm việc|tiếp công dân|trực)\b.{0,60}"
    r"|(?:kết quả )?(?:thăm dò|bình chọn)(?: ý kiến)?|kết quả (?:thăm dò|bình chọn)\b.{0,60}"
    # The site's own terms and notices, and what a newsroom says about itself.
    r"|điều khoản(?: (?:sử dụng|dịch vụ|và điều kiện))?\b.{0,40}|điều kiện sử dụng\b.{0,40}"
    r"|chính sách (?:bảo mật|riêng tư|quyền riêng tư|cookie|bảo vệ dữ liệu)\b.{0,40}"
    r"|quy (?:định|chế) (?:sử dụng|hoạt động|quản lý)(?: (?:của )?(?:cổng|trang|website)\b.{0,60})?"
    r"|miễn trừ trách nhiệm|tuyên bố (?:miễn trừ|bản quyền)\b.{0,40}|bản quyền(?: nội dung)?"
    r"|hướng dẫn (?:sử dụng|khai thác|truy cập)(?: (?:cổng|trang|website)\b.{0,60})?"
    r"|bản đồ (?:hành chính|trang|cổng|website|site)\b.{0,40}"
    r"|báo in|đặt mua báo\b.{0,40}|(?:thông tin )?tòa soạn|ban biên tập|liên hệ quảng cáo"
    r"|quảng cáo|câu hỏi thường gặp)"
    r"[\s.:]*$"
)
_MIN_SCHEDULE_DAYS = 3
_MIN_POLL_ROWS = 3
_WEEKDAY_CELL = re.compile(
    r"^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|t[2-7]|cn)\b", re.I)
_SCHEDULE_SHARE = 0.5  # the timetable's rows hold at least this share of the text
# "48.3%", "(1005 phiếu)", "Hài lòng 48.3% (1005 phiếu)": a short line ending with a
# vote share or count.
_VOTE_RESULT = re.compile(
    r"(?:\d{1,3}(?:[.,]\d+)?\s*%|\d[\d.,]*\s*(?:phiếu|lượt(?: bình)? chọn|votes?))\s*\)?$",
    re.I)


def _schedule_days(lines: list[str]) -> int:
    """Distinct weekdays heading the rows ("Thứ Hai 20/03 | Sáng | 07h30: …") of the
    table rows in ``lines``, when those rows hold most of the text: a timetable."""
    rows = [ln for ln in lines if " | " in ln]
    total = sum(len(ln) for ln in lines)
    if not rows or sum(len(r) for r in rows) < _SCHEDULE_SHARE * total:
        return 0
    days = set()
    for row in rows:
        m = _WEEKDAY_CELL.match(row.strip())
        if m:
            days.add(" ".join(m.group(0).casefold().split()))
    return len(days)


def _poll_rows(lines: list[str]) -> int:
    """Lines that are a vote result (a percentage and/or a count of votes), when they
    are at least a third of the lines: a list of figures inside prose is not a poll."""
    n = sum(1 for ln in lines
            if any(c.isdigit() for c in ln) and len(ln) <= _POLL_LINE_MAX
            and _VOTE_RESULT.search(ln.strip()))
    return n if n * 3 >= len(lines) else 0


_POLL_LINE_MAX = 80


def _prose_chars(lines: list[str]) -> int:
    """Characters in the lines that read as paragraphs (table rows left out)."""
    return sum(len(ln) for ln in lines
               if len(ln.split()) >= _PARAGRAPH_WORDS and " | " not in ln)


def _dated_under_headline(lines: list[str], title: str | None,
                          rows: Collection[str] = ()) -> bool:
    """A date line among the short lines right under the headline, before the next
    headline or sentence: a teaser's date under its own headline does not count (the
    ``lines`` hold the headlines of teasers), nor a date in a table's ``rows``."""
    if not title:
        return False
    key = _norm_line(title)
    at = next((i for i, ln in enumerate(lines) if key and _norm_line(ln) == key), None)
    if at is None:
        return False
    for line in lines[at + 1 : at + 1 + _DATE_LOOKAHEAD]:
        if line in rows:
            return False
        if _DATE_RANGE.search(line):
            continue  # "(Từ ngày 20/3/2023 đến ngày 26/3/2023)": a period, not a date
        if _is_date_line(line):
            return True
        if len(line.split()) >= _MIN_HEADLINE_WORDS:
            return False
    return False


_MIN_HEADLINE_WORDS = 4
_DATE_RANGE = re.compile(r"\btừ(?: ngày)?\s+\d{1,2}[/.-]\d{1,2}.{0,20}\bđến(?: ngày)?\s+\d", re.I)
_ENTRY_INPUTS = frozenset({"", "text", "email", "tel", "number", "date", "url", "password"})
_FIELD_TAGS = frozenset({"input", "textarea", "select"})


def _entry_fields(body: Tag) -> int:
    """Entry fields of the page's forms: text inputs, text areas and choice lists
    (counted before cleanup removes them). A search box is one."""
    n = 0
    for el in body.descendants:
        if type(el) is Tag and el.name in _FIELD_TAGS and (
                el.name != "input" or _attr_str(el, "type").lower() in _ENTRY_INPUTS):
            n += 1
    return n


def _link_rows(nodes: list[Tag], sz: _Sizes) -> tuple[int, int]:
    """Rows of the innermost tables in ``nodes`` that hold a link, and the characters
    of text besides those tables."""
    rows = 0
    in_tables = 0
    for node in nodes:
        tables = [node] if node.name == "table" else node.find_all("table")
        if node.name in _TABLE_PARTS:  # the walk to the text may end inside a table
            tables = [t for t in [node.find_parent("table")] if t is not None]
        for table in tables:
            if not isinstance(table, Tag) or table.find("table") is not None:
                continue
            trs = [tr for tr in table.find_all("tr") if isinstance(tr, Tag)]
            rows += sum(1 for tr in trs if tr.find("a", href=True) is not None)
            in_tables += sz.text(table)
    total = sum(sz.text(n) for n in nodes)
    return rows, max(total - in_tables, 0)


def _link_sections(body: Tag, sz: _Sizes) -> int:
    """Headings of a few words (``<h2>``-``<h4>``, or a ``<div>``/``<span>``/``<p>``
    whose class marks it as a title) each followed by a block that is mostly links:
    the sections of a home or portal page."""
    n = 0
    for h in _tags(body):
        if h.name not in _SECTION_HEADINGS and (
                h.name not in _SECTION_MARKED or not h.get("class")
                or not _HEADLINE_MARK.search(_attr_str(h, "class"))):
            continue
        text = sz.text(h)
        if not 0 < text <= _SECTION_HEADING_CHARS:
            continue
        nxt = h.find_next_sibling()
        if isinstance(nxt, Tag) and sz.text(nxt) > 0 and sz.link(nxt) * 2 >= sz.text(nxt):
            n += 1
    return n


_SECTION_HEADING_CHARS = 40
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4"})
_SECTION_MARKED = frozenset({"div", "span", "p"})
_TABLE_PARTS = frozenset({"tbody", "thead", "tfoot", "tr"})


# A news article has a publication date. A page with none anywhere (no date in its
# metadata or JSON-LD, no <time>, no date line near the headline or in a meta line)
# and with little running text is a static page of some kind (an album, an org chart,
# a FAQ, a list of phone numbers), whatever its headline says.
_UNDATED_PROSE_MAX = 1000  # characters in paragraph lines (≥ 10 words, not table rows)
# schema.org types of pages that are not news articles, and of articles. A page that
# declares only the former (or only "WebPage") and shows no date is not an article.
_NON_ARTICLE_TYPES = frozenset({
    "faqpage", "contactpage", "aboutpage", "collectionpage", "itemlist", "profilepage",
    "imagegallery", "mediagallery", "videogallery", "searchresultspage", "checkoutpage",
    "webpage",
})
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
    "report", "scholarlyarticle", "techarticle", "socialmediaposting", "qapage",
})


def _sentence_chars(lines: list[str]) -> tuple[int, int]:
    """Characters in the lines that read as sentences (≥ 4 words, ending like a
    sentence, not a table row), and in all the lines."""
    prose = sum(len(ln) for ln in lines
                if len(ln.split()) >= _SENTENCE_WORDS and " | " not in ln
                and ln.rstrip().endswith(_SENTENCE_ENDS))
    return prose, sum(len(ln) for ln in lines)


_SENTENCE_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", ")", ":", ";")
_UNDATED_PROSE_SHARE = 0.5


def _undated_page_kind(dated: bool, prose: int, lines: list[str],
                       ld_types: Collection[str]) -> str | None:
    """Why a page without any publication date is not an article, or None.

    Not when its JSON-LD declares a page type that is not an article (FAQPage,
    ContactPage, CollectionPage, ImageGallery, … or a bare WebPage) and no article type;
    nor when it has under ``_UNDATED_PROSE_MAX`` characters of ``prose`` (paragraph
    lines) and sentences are under half of its text (the rest: captions, names, list
    items, phone numbers). A short dateless text made of sentences (a brief, a
    fragment) is left alone.
    """
    if dated:
        return None
    sentences, total = _sentence_chars(lines)
    names = {t.strip().rsplit("/", 1)[-1].casefold(): t.strip().rsplit("/", 1)[-1]
             for t in ld_types}
    page_types = sorted(names[t] for t in names.keys() & _NON_ARTICLE_TYPES)
    if page_types and not names.keys() & _ARTICLE_TYPES:
        return (f"schema.org {page_types[0]} without a publication date: "
                "not a news article")
    if prose < _UNDATED_PROSE_MAX and sentences < _UNDATED_PROSE_SHARE * total:
        return (f"no publication date and little prose: not a news article "
                f"({sentences} of {total} characters in sentences)")
    return None


# Pages that serve something else than news, dated or not (a weather bulletin, a grid of
# a newspaper's PDF issues, the record of one official document): told by structure,
# with a vocabulary for the services whose pages are tables of figures.
_MIN_FILE_LINKS = 4  # links to downloadable files: a list of files
_MIN_DOC_LABELS = 3  # rows labelled like an official document's record
_FILE_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|rar|7z)(?:[?#].*)?$", re.I)
_DOWNLOAD_TEXT = re.compile(r"^\W*(?:tải (?:về|xuống|file|tệp|pdf)|download)\b", re.I)
# The record of an official document: "Số ký hiệu", "Ngày ban hành", "Trích yếu", …
_DOC_LABEL = re.compile(
    r"^(?:số(?: /)? ?(?:ký hiệu|kí hiệu|hiệu văn bản|văn bản)|ký hiệu|ngày ban hành|ngày ký"
    r"|ngày (?:có )?hiệu lực|ngày hết hiệu lực|trích yếu(?: nội dung)?|cơ quan ban hành"
    r"|người ký|loại văn bản|hình thức văn bản|tình trạng(?: hiệu lực)?|hiệu lực"
    r"|lĩnh vực|cấp ban hành|nơi ban hành)\s*:?$")
# Services whose pages are figures, not news: weather, exchange rates, gold prices,
# lottery results, broadcast schedules, air quality, water levels.
_SERVICE_TITLE = re.compile(
    r"^(?:(?:bản tin )?(?:dự báo )?thời tiết|dự báo thời tiết|tỷ giá|tỉ giá|giá vàng"
    r"|kết quả xổ số|xổ số|lịch phát sóng|chương trình phát sóng|chất lượng không khí"
    r"|mực nước|quan trắc)\b")


def _file_links(root: Tag) -> int:
    """Distinct links to downloadable files (a ``.pdf``, ``.docx``, … ``href``, a
    ``download`` attribute or a "Tải về" / "Download" button)."""
    hrefs = set()
    for a in root.find_all("a"):
        if not isinstance(a, Tag):
            continue
        href = _attr_str(a, "href").strip()
        text = " ".join(a.get_text(" ").split()).casefold()
        if href and (_FILE_HREF.search(href) or a.has_attr("download")
                     or _DOWNLOAD_TEXT.match(text)):
            hrefs.add(href)
    return len(hrefs)


def _doc_labels(root: Tag) -> int:
    """Distinct labels of an official document's record heading table rows or ``<dt>``s
    ("Số ký hiệu | 2145/QĐ-UBND", "Trích yếu | …")."""
    labels = set()
    for cell in root.find_all(["th", "td", "dt"]):
        if not isinstance(cell, Tag):
            continue
        if cell.name != "dt":
            parent = cell.parent
            first = next((c for c in parent.children if isinstance(c, Tag)), None) \
                if isinstance(parent, Tag) else None
            if first is not cell:
                continue
        text = " ".join(cell.get_text(" ").split()).casefold()
        if len(text) <= 40 and _DOC_LABEL.match(text):
            labels.add(text.rstrip(" :"))
    return len(labels)


def _service_page_kind(title: str | None, bylined: bool, prose: int, lines: list[str],
                       files: int, doc_labels: int) -> str | None:
    """Why a page without a byline and with little prose is not an article, date or
    no date: the record of one official document (≥ 3 rows labelled "Số ký hiệu",
    "Ngày ban hành", "Trích yếu", …), a list of ≥ 4 downloadable files (a newspaper's
    PDF issues, forms), or a service of figures by its headline (weather, exchange
    rates, lottery results) whose text is mostly not sentences."""
    if bylined or prose >= _UNSIGNED_PROSE_MAX:
        return None
    if doc_labels >= _MIN_DOC_LABELS:
        return f"document record page {title!r}: {doc_labels} document fields, no byline"
    if files >= _MIN_FILE_LINKS:
        return (f"file list page {title!r}: {files} downloadable files, "
                f"{prose} characters of prose")
    if title and _SERVICE_TITLE.match(" ".join(title.casefold().split())):
        sentences, total = _sentence_chars(lines)
        if sentences < _UNDATED_PROSE_SHARE * total:
            return (f"service page {title!r}: figures, {sentences} of {total} characters "
                    "in sentences")
    return None


# Search pages by structure, whatever their headline ("VĂN BẢN PHÁP LUẬT", "Tra cứu"): a
# line of its own that counts results ("Tìm thấy 6 văn bản", "Có 12 kết quả", "Hiển thị
# 1-10 trong 57 kết quả", "Found 8 results") on a page with a form to enter the query.
_RESULT_COUNT = re.compile(
    r"^(?:(?:tìm thấy|tìm được|found|tổng số|tổng cộng)\s*:?\s*(?:khoảng\s+)?\d[\d.,]*\s+\w"
    r"|(?:có\s+(?:khoảng\s+)?|hiển thị\s+[\d\s\-–]+(?:trong|trên|của)(?: tổng số)?\s+"
    r"|showing\s+[\d\s\-–]+of\s+|about\s+)?\d[\d.,]*\s+(?:kết quả|results?)\b"
    r"|(?:kết quả|results?)(?: tìm kiếm| tra cứu)?\s*[:：]\s*\d)", re.I)
_RESULT_COUNT_MAX = 120  # characters: a count line, not a paragraph


def _result_count(lines: list[str]) -> str | None:
    """The first short line that counts search results and is not a sentence (an
    article's "Có 5 kết quả nổi bật của năm." ends like one)."""
    for line in lines:
        s = " ".join(line.split())
        if (len(s) <= _RESULT_COUNT_MAX and not s.endswith((".", "!", "?", "…"))
                and _RESULT_COUNT.match(s)):
            return s
    return None


def _search_page_kind(count: str | None, fields: int, bylined: bool,
                      prose: int) -> str | None:
    """Why a page with a query form and a result count is not an article, dated or
    not: a search or look-up page (a portal's document search, a records look-up)
    whose headline is a section label rather than "Tìm kiếm"."""
    if count is None or fields < 1 or bylined or prose >= _UNSIGNED_PROSE_MAX:
        return None
    return f"search results page: {count[:80]!r} under a query form"
