"""The author: a byline line at the end of the text, a "Tác giả: …" line under the
headline, or an element marked as author; never a photo credit."""

from __future__ import annotations

import re
from collections.abc import Collection

from bs4.element import NavigableString, Tag

from newssearch.textnorm import clean_field

from ._captions import _all_italic
from ._dates import _DATE_WINDOW_AFTER, _VN_DATE
from ._dom import _attr_str, _norm_line, _Sizes, _tags
from ._lines import _BOILER_LINE

_BYLINE_MAX = 80
_PHOTO_CREDIT = re.compile(r"^\(?\s*(?:ảnh|nguồn ảnh|photo|video|clip)\b|ảnh\s*:", re.I)
_THEO = re.compile(r"^theo\s+(?P<src>\S.*)$", re.I)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)(?:\.vn)?$", re.I)
_TRAILING_PAREN = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:[-–,/&]|\bvà\b)\s*")
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]?\.?$")
_AUTHOR_MARK = re.compile(r"author|byline|tac-?gia|nguoi-?viet", re.I)
# Role labels before a byline: "Tác giả:", "Phóng viên:", "PV:", "Nhóm phóng viên:",
# "Biên tập:", "Thực hiện:", "Bài và ảnh:"; never "Ảnh:" (a photo credit).
_ROLE = (r"(?:tác giả|người viết|nhóm phóng viên|nhóm pv|phóng viên|pv|biên tập viên|biên tập"
         r"|thực hiện|bài và ảnh|bài(?:\s*[/&]\s*ảnh)?|by|bởi)")
_AUTHOR_LABEL = re.compile(rf"^(?:{_ROLE}\s*[:：]\s*|(?:by|bởi)\s+)", re.I)


# "Bài: Thanh Hương; Ảnh: Quốc Tuấn", "Minh Anh - Ảnh và video: Hải Nam": a byline that
# credits the text and then the photos; the text's author is the part before.
_PHOTO_CREDIT_AFTER = re.compile(
    r"\s*[;|,\-–—]\s*(?:ảnh|video|clip|đồ họa|đồ hoạ)(?:\s+(?:và|&)\s+\w+(?:\s\w+)?)?"
    r"\s*[:：].*$", re.I)


def _text_credit(line: str) -> str:
    """The text author's part of a credit line that goes on to credit the photos
    ("Thanh Hương; Ảnh: Quốc Tuấn" → "Thanh Hương"); the line unchanged otherwise. A
    line that credits only the photos ("Ảnh: …") is left alone (never a byline)."""
    m = _PHOTO_CREDIT_AFTER.search(line)
    if m is None or m.start() == 0:
        return line
    head = line[: m.start()].strip()
    return head if head and not _PHOTO_CREDIT.search(head) else line


def _name_word_ok(word: str) -> bool:
    return word[:1].isupper() or bool(_INITIALS.match(word))


_ORG_BYLINE = re.compile(
    r"^(?:Phòng|Ban|Trung tâm|Sở|UBND|Ủy ban|Uỷ ban|Văn phòng|Hội|Đài|Báo|Cổng|Huyện ủy"
    r"|Thành ủy|Tỉnh ủy|Đảng ủy|Huyện uỷ|Thành uỷ|Tỉnh uỷ|Đảng uỷ|Công an|Chi cục|Cục"
    r"|Bệnh viện|Nhóm PV|Nhóm phóng viên|BBT|Ban biên tập)\s\S",
)
_ORG_BYLINE_WORDS = 12


# Verbs that start a button's label, never a name.
_ACTION_WORDS = frozenset({"tải", "download", "xem", "in", "gửi", "chia", "đọc", "quay", "trở",
                           "tìm", "print", "share"})


def _looks_like_byline(line: str) -> bool:
    """A short line such as "Nguyễn Sơn (TTXVN)" or "Theo Dân trí"; never a photo credit."""
    s = line.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s) > _BYLINE_MAX or _PHOTO_CREDIT.search(s):
        return False
    if _ORG_BYLINE.match(s) and len(s.split()) <= _ORG_BYLINE_WORDS and not s.endswith("."):
        return True  # "Phòng Văn hóa - Thông tin huyện", "Ban Tuyên giáo Huyện ủy"
    theo = _THEO.match(s)
    if theo:
        src = theo.group("src").rstrip(".")
        return (src[:1].isupper() or bool(_DOMAIN.match(src))) and len(src.split()) <= 8
    core = _TRAILING_PAREN.sub("", s).strip()
    if core and core.split(maxsplit=1)[0].casefold() in _ACTION_WORDS:
        return False  # a button's label: "Tải PDF", "Xem Thêm", "Gửi Bài"
    if not core or (core.endswith(".") and not _INITIALS.match(core)):
        return False  # a sentence, not a name
    names = [n for n in _NAME_SPLIT.split(core) if n]
    if not names or len(names) > 4:
        return False
    has_full_name = False
    for name in names:
        words = name.split()
        if len(names) > 1 and _ORG_BYLINE.match(name) and len(words) <= _ORG_BYLINE_WORDS:
            continue  # "Văn Thành - Đài TT huyện": a reporter and their organization
        if not 1 <= len(words) <= 5 or not all(_name_word_ok(w) for w in words):
            return False
        if len(words) >= 2 or (name.isupper() and len(name) <= 8) or _INITIALS.match(name):
            has_full_name = True
    # Two or more reporters by their given names alone: "Dương - Hằng", "Hà, Linh và Nam".
    paired = len(names) >= 2 and all(len(n.split()) == 1 and n[:1].isupper() for n in names)
    return has_full_name or paired


_AUTHOR_LINE = re.compile(rf"^{_ROLE}\s*[:：]\s*(?P<name>\S.*)$", re.I)


def _labelled_author(lines: list[str], title: str | None) -> str | None:
    """ "Tác giả: Lê Minh Tâm" on a short line just below the headline."""
    if not title:
        return None
    key = _norm_line(title)
    for i, line in enumerate(lines):
        if key and key in _norm_line(line):
            for near in lines[i + 1 : i + 1 + _DATE_WINDOW_AFTER]:
                m = _AUTHOR_LINE.match(near)
                if m and _looks_like_byline(name := _text_credit(m.group("name"))):
                    return name.strip()
            return None
    return None


# Items of a meta line: "Minh Anh - Hoàng Nam • 1095", "18/8/2019 · Lê Quân | Sửa".
_META_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_WEEKDAY = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b", re.I)
_META_LINE_MAX = 120
# "Tác giả: X", "Phóng viên: X", "Bởi X", "By X" as one item of a meta line.
_BYLINE_LABEL = _AUTHOR_LABEL


def _byline_under_headline(lines: list[str], title: str | None,
                           text: list[str], rows: Collection[str] = ()) -> str | None:
    """A byline on the short lines between the headline and the article's ``text``,
    alone or as one item of a meta line: "Minh Anh - Hoàng Nam", "Theo Dân trí"; the
    text's first paragraph (a sapo, often above the meta line) is passed over, and so
    are the ``rows`` of data tables ("STT | Số/Ký hiệu | …" is not a meta line)."""
    if not title or not text:
        return None
    stop = _norm_line(text[1]) if len(text) > 1 else None
    key = _norm_line(title)
    at = next((i for i, line in enumerate(lines) if key and key in _norm_line(line)), None)
    if at is None:
        return None
    long_lines = 0
    for line in lines[at + 1 : at + 1 + _DATE_WINDOW_AFTER]:
        if _norm_line(line) == stop:
            break
        if line in rows:
            continue
        if len(line) > _META_LINE_MAX:
            long_lines += 1
            if long_lines > 1:
                break
            continue
        if _norm_line(line) == key:
            continue  # the headline itself (a breadcrumb above repeats it): never a byline
        for part in _META_SEPARATORS.split(line):
            part = _text_credit(_BYLINE_LABEL.sub("", part.strip()))
            if (part and not any(c.isdigit() for c in part) and not _WEEKDAY.match(part)
                    and not _BOILER_LINE.match(part) and _looks_like_byline(part)):
                return part[1:-1].strip() if part.startswith("(") and part.endswith(")") else part
    return None


def _author_element(body: Tag) -> str | None:
    """Text of the innermost element marked as author (class, id or itemprop)."""
    marked = [
        tag
        for tag in _tags(body)
        if _AUTHOR_MARK.search(
            f"{_attr_str(tag, 'class')} {_attr_str(tag, 'id')} {_attr_str(tag, 'itemprop')}"
        )
    ]
    marked_ids = {id(tag) for tag in marked}
    for tag in marked:
        # "author-wrap" around "author-name" and a <time>: take the name only.
        if any(isinstance(d, Tag) and id(d) in marked_ids for d in tag.descendants):
            continue
        text = clean_field(_text_credit(
            _AUTHOR_LABEL.sub("", " ".join(tag.get_text(" ").split()))))
        if text and len(text) <= _BYLINE_MAX and not _VN_DATE.search(text) and not _is_account(
                text):
            return text
    return None


def _byline_after(container: Tag, body: Tag, sz: _Sizes) -> str | None:
    """A byline in the first block after the article's text: a source line such as
    "Theo GD&TĐ" or a reporter's name set apart below the body's ``<div>``."""
    node: Tag | None = container
    while node is not None and node is not body:
        for sib in node.next_siblings:
            if not isinstance(sib, Tag):
                if type(sib) is NavigableString and sib.strip():
                    return None
                continue
            if sz.text(sib) == 0:
                continue
            text = clean_field(_text_credit(
                _AUTHOR_LABEL.sub("", " ".join(sib.get_text(" ").split()))))
            # "Theo <a>Báo Nhân Dân</a>": the source's name may be a link to its site.
            theo = text is not None and _THEO.match(text) is not None and all(
                " ".join(a.get_text(" ").split()) != text for a in sib.find_all("a"))
            if (sz.text(sib) > _BYLINE_MAX or (sz.link(sib) * 2 > sz.text(sib) and not theo)
                    or sib.name in _HEADINGS):
                return None  # long, links, or the heading of a box ("Có Thể Bạn Quan Tâm")
            if text and _looks_like_byline(text) and not _BOILER_LINE.match(text):
                return text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
            return None
        node = node.parent
    return None


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ACCOUNT_CHARS = re.compile(r"[_@\d]")


def _is_account(name: str) -> bool:
    """A CMS user name rather than a printed byline: one token with an underscore, a
    digit or an "@", or without a capital letter ("bientap_vh", "admin", "editor02")."""
    s = name.strip()
    if not s or len(s.split()) > 1:
        return False
    return bool(_ACCOUNT_CHARS.search(s)) or not any(c.isupper() for c in s)



# "Nguồn: VnExpress" closing the text: where the story comes from, not who wrote it. A
# byline printed elsewhere (under the headline, after the text, in an author element)
# wins over it; it is the author only when there is none.
_SOURCE_LINE = re.compile(r"^nguồn\s*[:：]\s*\S", re.I)
_NOTE_MAX = 300


def _is_source_line(line: str) -> bool:
    """ "Nguồn: VnExpress", "Nguồn: Báo Nông nghiệp": a source credit, not a photo's."""
    s = line.strip()
    m = _SOURCE_LINE.match(s)
    return (m is not None and not _PHOTO_CREDIT.search(s)
            and (_looks_like_byline(s) or _looks_like_byline(s[m.end() - 1:])))


def _note_after_signature(lines: list[str], nodes: list[Tag]) -> bool:
    """The text ends with a signature (a byline line) and then a short note set all in
    italics (a disclaimer, an editor's note): the note is not the article's text."""
    if len(lines) < 2 or len(lines[-1]) > _NOTE_MAX:
        return False
    if _looks_like_byline(_AUTHOR_LABEL.sub("", lines[-1])):
        return False
    if not _looks_like_byline(_AUTHOR_LABEL.sub("", lines[-2])):
        return False
    key = _norm_line(lines[-1])
    for node in nodes:
        for tag in [node, *_tags(node)]:
            if _norm_line(" ".join(tag.get_text(" ").split())) == key:
                return _all_italic(tag)
    return False
