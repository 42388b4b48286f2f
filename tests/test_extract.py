"""Tests for newssearch.extract: real portal markup, encodings, and bad input."""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from newssearch.extract import Extracted, decode_html, extract_draft, extract_html
from newssearch.textnorm import clean_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE_PAGE = ROOT / "data" / "sample" / "hongngu_khoivan_2022.html"
SEED = SHARED / "seeds" / "hongngu_khoivan_2022.txt"
HTML_DIR = SHARED / "data" / "html"

HN_TITLE = (
    "Thành ủy Hồng Ngự làm việc với các ngành Khối vận về tình hình thực hiện nhiệm vụ năm 2022"
)
HN_AUTHOR = "Đoàn Ti Vi (Ban Tuyên giáo Thành ủy Hồng Ngự)"


def page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def seed_blocks() -> list[str]:
    if not SEED.exists():
        pytest.skip("shared seed missing")
    return [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]


# --------------------------------------------------------------------------- Hồng Ngự page


@pytest.fixture(scope="module")
def hongngu() -> Extracted:
    return extract_html(SAMPLE_PAGE.read_bytes())


def test_hongngu_metadata(hongngu: Extracted) -> None:
    assert hongngu.title == HN_TITLE
    assert hongngu.published is not None and hongngu.published.startswith("2022-12-21")
    assert hongngu.published == "2022-12-21T16:45"
    assert hongngu.author == HN_AUTHOR
    assert hongngu.canonical_url is not None
    assert hongngu.canonical_url.startswith("https://hongngu.dongthap.gov.vn/")


def test_hongngu_body_is_the_seed_paragraphs(hongngu: Extracted) -> None:
    blocks = seed_blocks()
    paragraphs = blocks[4:7]  # sapo + two long paragraphs; blocks[7] is the byline
    assert paragraphs[0].startswith("Chiều ngày 21/12")
    assert blocks[7] == HN_AUTHOR
    # The seed has two no-break spaces; clean_text turns them into plain spaces.
    assert hongngu.text == clean_text("\n".join(paragraphs))
    assert "xã hộiHuyện" in hongngu.text and "trên4 tỷ" in hongngu.text  # real typos kept
    for chrome in (
        "Xuất bản thông tin",
        "null",
        "Chi tiết bài viết",
        "Tin liên quan",
        "Tin mới",
        "Quay lại",
        "In bài viết",
        "Bảo lưu mọi quyền",
        "Phường An Thạnh",
        "Thống kê truy cập",
        "Trang chủ",
        HN_AUTHOR,
    ):
        assert chrome not in hongngu.text


def test_hongngu_page_holds_seed_text_byte_for_byte() -> None:
    raw = SAMPLE_PAGE.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    for block in seed_blocks()[4:8]:
        assert block in raw
    assert "<title>Chi tiết bài viết Tin tức - Cổng thông tin Thành ủy Hồng Ngự</title>" in raw


def test_hongngu_draft() -> None:
    draft = extract_draft(SAMPLE_PAGE.read_bytes(), url="https://hongngu.dongthap.gov.vn/x?y=1")
    assert draft.title == HN_TITLE
    assert draft.author == HN_AUTHOR
    assert draft.url == "https://hongngu.dongthap.gov.vn/x?y=1"
    assert draft.source == "hongngu.dongthap.gov.vn"
    assert draft.text.startswith("Chiều ngày 21/12")
    assert draft.canonical_url is not None and "thanh-uy-hong-ngu" in draft.canonical_url


# --------------------------------------------------------------------------- bacgiang fragments


def _manifest() -> list[dict[str, str]]:
    path = HTML_DIR / "manifest.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _visible_words(fragment: str) -> Counter[str]:
    """Words of the fragment's visible text, by regex (independent of the extractor)."""
    text = re.sub(r"<[^>]+>", " ", fragment)
    text = unicodedata.normalize("NFC", htmlmod.unescape(text)).replace("\u00ad", "")
    return Counter(text.split())


@pytest.mark.parametrize("entry", _manifest(), ids=lambda e: e["file"])
def test_bacgiang_fragment(entry: dict[str, str]) -> None:
    fragment = (HTML_DIR / entry["file"]).read_text(encoding="utf-8")
    # Published pages carry a date (a dateless page of names and lists, as the "Tỉnh
    # ủy" fragment alone would be, is a static page, not an article).
    doc = page(
        f"<h1>{entry['title']}</h1><div class='noi-dung'>{fragment}</div>",
        head=f"<title>{entry['title']} - Cổng thông tin điện tử tỉnh Bắc Giang</title>"
        "<meta property='article:published_time' content='2023-05-04T08:00:00+07:00'>",
    )
    ex = extract_html(doc.encode("utf-8"))
    assert ex.title == entry["title"]
    assert ex.text
    assert unicodedata.is_normalized("NFC", ex.text)
    assert "&agrave;" not in ex.text and not re.search(r"&[a-z]+;", ex.text)
    expected = _visible_words(fragment)
    got = Counter(ex.text.replace("|", " ").split())
    if ex.author:  # the byline left the body for the author field
        got += Counter(ex.author.split())
    covered = sum((expected & got).values()) / max(sum(expected.values()), 1)
    assert covered >= 0.8, covered
    assert ex.text.split("\n")[0] != entry["title"]


def test_bacgiang_byline_and_source_line() -> None:
    if not (HTML_DIR / "bacgiang_post_02.html").exists():
        pytest.skip("shared html fragments missing")
    ex = extract_html(page((HTML_DIR / "bacgiang_post_06.html").read_text(encoding="utf-8")))
    assert ex.author == "Nguyễn An"
    assert ex.text.endswith("Chúc bạn có một chuyến đi thú vị và thành công!")
    ex = extract_html(page((HTML_DIR / "bacgiang_post_02.html").read_text(encoding="utf-8")))
    assert ex.author == "Theo chinhphu.vn"
    # Image captions (<figcaption>, with their photo credits) are not article text.
    assert "Lễ thượng cờ cho hai tàu ngầm Kilo" not in ex.text
    assert "Ảnh: VGP" not in ex.text


# --------------------------------------------------------------------------- encodings

VI = (
    "Hỗ trợ hộ nghèo dịp Tết Nguyên đán: Ủy ban MTTQ trao 9.365 suất quà, "
    "tổng kinh phí trên 4 tỷ đồng."
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(text: str) -> bytes:
    """Encode as windows-1258 does: precomposed base letter (â, ơ, ư...) + combining tone."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258_meta_declared() -> None:
    raw = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        b"</head><body><h1>" + cp1258_bytes("Tin tức địa phương") + b"</h1><p>"
        + cp1258_bytes(VI) + b"</p></body></html>"
    )  # fmt: skip
    decoded = decode_html(raw)
    assert unicodedata.is_normalized("NFC", decoded)
    assert VI in decoded
    ex = extract_html(raw)
    assert ex.text == VI
    assert ex.title == "Tin tức địa phương"


def test_windows_1258_undeclared_falls_back() -> None:
    assert decode_html(cp1258_bytes(VI)) == VI


def test_decode_order() -> None:
    utf8 = VI.encode("utf-8")
    assert decode_html(b"\xef\xbb\xbf" + utf8) == VI  # BOM
    assert decode_html("\ufeff".encode("utf-16-le") + VI.encode("utf-16-le")) == VI
    assert decode_html(utf8, declared_charset="utf-8") == VI
    # Declared latin-1 but really UTF-8 (a common mislabel): UTF-8 wins.
    assert decode_html(b"<meta charset='iso-8859-1'>" + utf8).endswith(VI)
    assert decode_html("café".encode("cp1252"), declared_charset="windows-1252") == "café"
    # A stray broken byte does not turn a UTF-8 page into windows-1258 mojibake.
    stray = utf8.replace(b" ", b" \x81", 1)
    assert decode_html(stray, declared_charset="utf-8") == VI.replace(" ", " \ufffd", 1)
    assert decode_html(stray) == VI.replace(" ", " \ufffd", 1)
    # Declared windows-1258 with an undefined byte still reads as windows-1258.
    assert decode_html(cp1258_bytes(VI) + b"\x81", declared_charset="windows-1258") == VI + "\ufffd"
    nfd = unicodedata.normalize("NFD", VI).encode("utf-8")
    assert decode_html(nfd) == VI  # always NFC
    assert decode_html(b"\xff\xfe\xfd", declared_charset="no-such-charset")  # never raises


# --------------------------------------------------------------------------- body structure


def test_div_with_double_br_paragraphs() -> None:
    body = (
        "<div class='content'>Đoạn thứ nhất nói về hộ nghèo trong dịp Tết ở xã An Bình."
        "<br><br>Đoạn thứ hai nói về quà Tết của Ủy ban Mặt trận Tổ quốc xã.<br/><br/>"
        "Đoạn thứ ba: <b>học bổng</b> cho học sinh có hoàn cảnh khó khăn.</div>"
    )
    ex = extract_html(page(body))
    assert ex.text == (
        "Đoạn thứ nhất nói về hộ nghèo trong dịp Tết ở xã An Bình.\n"
        "Đoạn thứ hai nói về quà Tết của Ủy ban Mặt trận Tổ quốc xã.\n"
        "Đoạn thứ ba: học bổng cho học sinh có hoàn cảnh khó khăn."
    )


def test_table_rows_joined_with_pipes() -> None:
    body = (
        "<article><p>Kết quả trao quà Tết năm 2023 cho các xã trên địa bàn huyện như sau.</p>"
        "<table><tr><th>Xã</th><th>Số suất quà</th></tr>"
        "<tr><td>An Bình</td><td><p>120</p></td></tr>"
        "<tr><td>Tân Hội</td><td>95</td></tr></table></article>"
    )
    ex = extract_html(page(body))
    assert ex.text.split("\n") == [
        "Kết quả trao quà Tết năm 2023 cho các xã trên địa bàn huyện như sau.",
        "Xã | Số suất quà",
        "An Bình | 120",
        "Tân Hội | 95",
    ]


def test_source_newlines_inside_paragraph_are_spaces() -> None:
    ex = extract_html(page("<p>Dòng một\n   vẫn là\tmột câu.</p><p>Câu hai.</p>"))
    assert ex.text == "Dòng một vẫn là một câu.\nCâu hai."


def test_boilerplate_removed_but_article_container_kept() -> None:
    text = "Nội dung bài viết về công tác an sinh xã hội của huyện trong năm 2022. " * 8
    body = (
        "<div class='main-menu'><a href='/'>Trang chủ</a><a href='/tin'>Tin tức</a></div>"
        f"<div id='print-area' class='article-print'><h1>Tiêu đề bài viết</h1><p>{text}</p>"
        "<div class='social-share'>Chia sẻ Facebook Zalo</div></div>"
        "<div class='related'><p>Tin liên quan: một bài khác về một chủ đề khác hẳn</p></div>"
        "<aside>Quảng cáo bên phải</aside><footer>Bản quyền thuộc UBND huyện</footer>"
    )
    ex = extract_html(page(body))
    assert ex.text == text.strip()
    assert ex.title == "Tiêu đề bài viết"


def test_form_wrapping_whole_page_is_kept() -> None:
    # ASP.NET portals put the whole page inside one <form>.
    text = "Huyện đã trao 500 thẻ bảo hiểm y tế cho người dân thuộc hộ cận nghèo trên địa bàn."
    ex = extract_html(page(f"<form id='form1'><nav>Trang chủ</nav><p>{text}</p></form>"))
    assert ex.text == text


def test_sapo_outside_content_div_is_kept() -> None:
    long = "Nội dung chi tiết của bài viết, nhiều câu dài về nông thôn mới. " * 20
    body = (
        "<div class='detail'><h1>Xã An Bình đạt chuẩn nông thôn mới</h1>"
        "<h2 class='sapo'>Xã An Bình vừa được công nhận đạt chuẩn nông thôn mới.</h2>"
        f"<div class='detail-content'><p>{long}</p><p>{long}</p></div></div>"
    )
    ex = extract_html(page(body))
    assert ex.text.split("\n")[0] == "Xã An Bình vừa được công nhận đạt chuẩn nông thôn mới."
    assert ex.title == "Xã An Bình đạt chuẩn nông thôn mới"


def test_title_repeated_as_first_paragraph_is_dropped() -> None:
    body = "<div><p>Trao quà Tết cho hộ nghèo</p><p>Sáng nay, huyện đã trao 300 suất quà.</p></div>"
    ex = extract_html(page(body, head="<title>Trao quà Tết cho hộ nghèo | Báo Đồng Tháp</title>"))
    assert ex.title == "Trao quà Tết cho hộ nghèo"
    assert ex.text == "Sáng nay, huyện đã trao 300 suất quà."


# --------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("<meta property='og:title' content='Tiêu đề từ og'>", "<h1>Khác</h1>", "Tiêu đề từ og"),
        ("<title>Bài viết - Sở Y tế tỉnh Đồng Tháp</title>", "", "Bài viết"),
        (
            "<title>null Thành ủy làm việc với Khối vận</title>",
            "",
            "Thành ủy làm việc với Khối vận",
        ),
        (
            "<title>Chi tiết bài viết Tin tức - Cổng thông tin</title>",
            "<h1 class='portlet-title'>Xuất bản thông tin</h1><h3 class='title'>Tiêu đề thật</h3>",
            "Tiêu đề thật",
        ),
        (
            "<meta property='og:title' content='Chi tiết bài viết Tin tức'>",
            "<h1>Đại hội Công đoàn cơ sở</h1>",
            "Đại hội Công đoàn cơ sở",
        ),
        # A lowercase tail is part of the title, not a site name.
        (
            "<title>Các tổ chức chính trị - xã hội huyện</title>",
            "",
            "Các tổ chức chính trị - xã hội huyện",
        ),
        ("<title>Chi tiết bài viết Tin tức</title>", "", "Chi tiết bài viết Tin tức"),
    ],
)
def test_title(head: str, body: str, expected: str) -> None:
    assert extract_html(page(body + "<p>Nội dung.</p>", head=head)).title == expected


# --------------------------------------------------------------------------- dates

LONG_P = "<p>" + "Nội dung bài viết về hỗ trợ người dân. " * 5 + "</p>"


@pytest.mark.parametrize(
    ("head", "date_html", "expected"),
    [
        ("<meta property='article:published_time' content='2022-12-21T09:45:00+07:00'>", "",
         "2022-12-21T09:45"),
        ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
         '"datePublished": "2023-01-05"}]}</script>', "", "2023-01-05"),
        ("", "<time datetime='2021-07-30T08:00'>30/7</time>", "2021-07-30T08:00"),
        ("", "<div>21/12/2022</div>", "2022-12-21"),
        ("", "<div>21-12-2022</div>", "2022-12-21"),
        ("", "<div>Thứ Hai, 21/12/2022 14:30</div>", "2022-12-21T14:30"),
        ("", "<div>Ngày đăng: 22/12/2022 | 08:15</div>", "2022-12-22T08:15"),
        ("", "<div>08:15 | 22/12/2022</div>", "2022-12-22T08:15"),
        ("", "<div>Cập nhật: 23/12/2022 10:00</div>", None),
        ("", "<div>Cập nhật: 23/12/2022 10:00 | Ngày đăng: 22/12/2022</div>", "2022-12-22"),
        ("", "<div>32/13/2022</div>", None),
        ("", "<div>29/02/2023</div>", None),
        ("", "<div>ngày 05 tháng 01 năm 2023</div>", "2023-01-05"),
    ],
)  # fmt: skip
def test_published(head: str, date_html: str, expected: str | None) -> None:
    body = f"<h1>Tiêu đề bài viết</h1>{date_html}{LONG_P}"
    assert extract_html(page(body, head=head)).published == expected


def test_date_inside_a_sentence_is_not_the_publication_date() -> None:
    body = (
        "<h1>Tiêu đề</h1><p>Thực hiện Kế hoạch số 71-KH/TU ngày 11/11/2021 của Ban Chấp hành "
        "Đảng bộ Thành uỷ, các tổ chức chính trị - xã hội đã phối hợp tổ chức nhiều hoạt động "
        "thiết thực trong năm.</p>"
    )
    assert extract_html(page(body)).published is None


def test_updated_date_does_not_shadow_later_published_line() -> None:
    body = (
        "<h1>Tiêu đề bài</h1><div>Cập nhật lúc 10:05 ngày 23/12/2022</div>"
        f"<div>Ngày xuất bản: 21/12/2022</div>{LONG_P}"
    )
    assert extract_html(page(body)).published == "2022-12-21"


# --------------------------------------------------------------------------- author


@pytest.mark.parametrize(
    ("last", "author"),
    [
        (HN_AUTHOR, HN_AUTHOR),
        ("Theo Dân trí", "Theo Dân trí"),
        ("Nguyễn Sơn (TTXVN)", "Nguyễn Sơn (TTXVN)"),
        ("Thu Hà - Minh Anh", "Thu Hà - Minh Anh"),
        ("PV", "PV"),
        ("(Theo VnExpress)", "Theo VnExpress"),
        ("Ảnh: Nguyễn Văn A", None),
        ("Nguồn ảnh: Báo Đồng Tháp", None),
        ("Đây là câu cuối cùng của bài viết.", None),
        ("Xác định rõ lộ trình", None),
    ],
)  # fmt: skip
def test_byline_from_last_paragraph(last: str, author: str | None) -> None:
    ex = extract_html(page(f"<div>{LONG_P}<p>{last}</p></div>"))
    assert ex.author == author
    assert ex.text.endswith(last) == (author is None)


def test_author_from_meta_and_element() -> None:
    head = "<meta name='author' content='Lê Văn B'>"
    assert extract_html(page(LONG_P, head=head)).author == "Lê Văn B"
    body = f"<article>{LONG_P}<div class='article-author'>Tác giả: Trần Thị C</div></article>"
    ex = extract_html(page(body))
    assert ex.author == "Trần Thị C"
    assert "Trần Thị C" not in ex.text


# --------------------------------------------------------------------------- bad input


def test_garbage_and_empty_input_do_not_raise() -> None:
    rng = random.Random(1258)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    for bad in (b"", "", noise, b"\x00" * 100, "   ", "<", "<html><body>", "<<<>>>&&&;"):
        ex = extract_html(bad)
        assert isinstance(ex, Extracted)
    assert extract_html(noise).text == ""
    assert extract_html(b"").text == ""
    assert extract_html("").title is None
    assert extract_draft(noise).text == ""


def test_unclosed_tags() -> None:
    ex = extract_html("<html><body><div><p>Câu thứ nhất về quà Tết<p>Câu thứ hai <b>đậm")
    assert ex.text == "Câu thứ nhất về quà Tết\nCâu thứ hai đậm"


def test_plain_text_and_fragment_without_body_tag() -> None:
    assert extract_html("Chỉ là một dòng chữ.").text == "Chỉ là một dòng chữ."
    assert extract_html("<p>Một</p><p>Hai</p>").text == "Một\nHai"


def test_canonical_url() -> None:
    head = "<link rel='canonical' href='/tin-tuc/bai-1'>"
    ex = extract_html(page(LONG_P, head=head), url="https://ubnd.example.gov.vn/a?b=1")
    assert ex.canonical_url == "https://ubnd.example.gov.vn/tin-tuc/bai-1"
    head = "<meta property='og:url' content='https://baodongthap.vn/bai-2.aspx'>"
    assert (
        extract_html(page(LONG_P, head=head)).canonical_url == "https://baodongthap.vn/bai-2.aspx"
    )
    assert (
        extract_html(page(LONG_P, head="<link rel='canonical' href='javascript:x'>")).canonical_url
        is None
    )


def test_deeply_nested_broken_markup() -> None:
    # Old CMS pages leave thousands of <font>/<div> unclosed; no recursion limit here.
    deep = "<div>" * 3000 + "<p>Chữ ở rất sâu.</p>" + "</div>" * 3000
    assert extract_html(deep).text == "Chữ ở rất sâu."
    fonts = "".join(f"<font face='Arial'><p>Đoạn {i}." for i in range(2000))
    assert len(extract_html(page(fonts)).text.split("\n")) == 2000


def test_hidden_body_is_still_read_but_hidden_blocks_are_not() -> None:
    doc = (
        "<html><body style='display:none'><p>Bài viết hiện ra sau khi tải xong.</p>"
        "<div style='display: none'>Khối ẩn</div><div hidden>Khối ẩn khác</div></body></html>"
    )
    assert extract_html(doc).text == "Bài viết hiện ra sau khi tải xong."


def test_news_site_layout_with_author_block_and_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-01-10T07:30:00+07:00", '
        '"author": {"@type": "Person", "name": "Nguyễn Sơn"}}</script>'
    )
    body = (
        "<header><div>Thứ Ba, 10/01/2023</div><nav><a>Xã hội</a></nav></header>"
        "<article><h1 class='title-page'>Hà Nội hỗ trợ hộ nghèo dịp Tết</h1>"
        "<div class='author-wrap'><div class='author-name'><a href='/tac-gia'>Nguyễn Sơn</a></div>"
        "<time class='author-time' datetime='2023-01-10 07:30'>10/01/2023 - 07:30</time></div>"
        "<h2 class='singular-sapo'>(Dân trí) - Hà Nội dành hơn 400 tỷ đồng tặng quà Tết.</h2>"
        f"<div class='singular-content'>{LONG_P}{LONG_P}</div>"
        "<div class='singular-tags'><a>hộ nghèo</a></div></article><footer>Bản quyền</footer>"
    )
    ex = extract_html(page(body, head=head))
    assert ex.title == "Hà Nội hỗ trợ hộ nghèo dịp Tết"
    assert ex.published == "2023-01-10T07:30"
    assert ex.author == "Nguyễn Sơn"
    assert ex.text.startswith("(Dân trí) - Hà Nội dành hơn 400 tỷ đồng tặng quà Tết.\nNội dung")
    assert "hộ nghèo" not in ex.text and "Bản quyền" not in ex.text
    no_ld = extract_html(page(body))
    assert no_ld.author == "Nguyễn Sơn"  # from the innermost author element
    assert no_ld.published == "2023-01-10T07:30"  # from <time datetime>
