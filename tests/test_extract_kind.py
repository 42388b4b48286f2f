"""is_article detection (with reasons), the lead, and guards against false alarms."""

from __future__ import annotations

import pytest

from newssearch.extract import draft_from_extracted, extract_draft, extract_html

PARA = "Nội dung chi tiết của bài viết về công tác hỗ trợ người dân trên địa bàn huyện. " * 4


def page(body: str, title: str = "") -> str:
    head = f"<title>{title}</title>" if title else ""
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def teasers(n: int, tag: str = "h3") -> str:
    return "".join(
        f"<div class='item'><{tag}><a href='/t/{i}'>Tin số {i} về phát triển kinh tế xã hội "
        f"huyện</a></{tag}><p>Tóm tắt ngắn của tin số {i}.</p></div>" for i in range(n))


@pytest.mark.parametrize(
    ("html", "reason_start"),
    [
        (page("<h1>404 - Không tìm thấy trang</h1><p>Trang không tồn tại.</p>"), "error page"),
        (page("<h1>Not Found</h1><p>The requested URL was not found.</p>"), "error page"),
        (page(f"<h1>Kết quả tìm kiếm cho “nông thôn”</h1>{teasers(5)}"), "search results"),
        (page("<h2>Tìm kiếm</h2><p>Không có kết quả.</p>", "Tìm kiếm - Cổng TTĐT"),
         "search results"),
        (page(f"<h1>Tag: nông thôn mới</h1>{teasers(5)}"), "tag or category"),
        (page(f"<h1>Chuyên mục: Kinh tế</h1>{teasers(3)}"), "tag or category"),
        (page(f"<h1>Kinh tế</h1>{teasers(8)}"), "listing page"),
        (page("<div class='grid'>" + "".join(
            f"<div class='card'><a href='/{i}'><div class='card-title'>Tin {i} về kinh tế "
            f"địa phương năm nay</div></a><p>Mô tả {i}.</p></div>" for i in range(6))
            + "</div>"), "listing page"),
    ],
)
def test_non_articles_are_recognized_with_a_reason(html: str, reason_start: str) -> None:
    ex = extract_html(html)
    assert not ex.is_article
    assert ex.reason is not None and ex.reason.startswith(reason_start), ex.reason
    assert ex.text == ""
    assert extract_draft(html).text == ""


@pytest.mark.parametrize(
    "html",
    [
        # Headlines that merely start like a label are articles.
        page(f"<h1>Tìm kiếm người mất tích trên sông Tiền</h1><p>{PARA}</p>"),
        page(f"<h1>Lỗi 404 trên cổng dịch vụ công đã được khắc phục</h1><p>{PARA}</p>"
             f"<p>{PARA}</p>"),
        # An article with a related box of linked headlines inside its body.
        page(f"<h1>Huyện trao quà Tết</h1><div class='content'>{'<p>' + PARA + '</p>' * 1}"
             f"<p>{PARA}</p>{teasers(4)}<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div>"),
    ],
)
def test_articles_that_look_like_labels_are_articles(html: str) -> None:
    ex = extract_html(html)
    assert ex.is_article, ex.reason
    assert ex.reason is None and ex.text


def test_lead_is_the_marked_sapo_and_the_first_paragraph() -> None:
    sapo = "Sáng nay, huyện đã tổ chức trao 300 suất quà Tết cho hộ nghèo trên địa bàn."
    html = page(f"<h1>Trao quà Tết</h1><h2 class='sapo'>{sapo}</h2>"
                f"<div class='content'><p>{PARA}</p><p>{PARA}</p></div>")
    ex = extract_html(html)
    assert ex.lead == sapo
    assert ex.paragraphs[0] == sapo and len(ex.paragraphs) == 3
    # The draft (what ingest and the crawler store) carries it apart, text unchanged.
    draft = draft_from_extracted(ex, url="https://huyen.gov.vn/tin/1")
    assert draft.lead == sapo and draft.text == ex.text and draft.text.startswith(sapo)


def test_lead_from_a_bold_first_paragraph_and_none_without_one() -> None:
    lead = "Chiều 21/12, Thành ủy làm việc với các ngành Khối vận về nhiệm vụ năm 2022."
    ex = extract_html(page(f"<div><p><strong>{lead}</strong></p><p>{PARA}</p></div>"))
    assert ex.lead == lead
    assert extract_html(page(f"<div><p>{PARA}</p><p>{PARA}</p></div>")).lead is None


# --------------------------------------------------------------------------- rules added for #4


@pytest.mark.parametrize(
    ("date_html", "expected"),
    [
        ("<div>Thứ Bảy, 13 tháng 5, 2023</div>", "2023-05-13"),
        ("<div>2019-02-02 14:30:00</div>", "2019-02-02T14:30"),
        ("<div>(19/08/2020)</div>", "2020-08-19"),
    ],
)
def test_more_visible_date_formats(date_html: str, expected: str) -> None:
    html = page(f"<h1>Huyện trao quà Tết cho hộ nghèo</h1>{date_html}<p>{PARA}</p>")
    assert extract_html(html).published == expected


def test_header_today_loses_to_the_date_under_the_headline() -> None:
    html = page("<div class='top'>Thứ Năm, 05/01/2023</div><h1>Huyện trao quà Tết cho hộ nghèo"
                f"</h1><div>Ngày đăng: 21/12/2022 | 08:15</div><p>{PARA}</p>")
    assert extract_html(html).published == "2022-12-21T08:15"


def test_headline_closest_to_the_text_beats_a_site_name_h1() -> None:
    html = page("<div class='header'><h1>Trang tin điện tử xã An Phong</h1></div>"
                "<h3 class='post-title'>Xã An Phong ra quân làm giao thông nông thôn</h3>"
                f"<div class='post-body'><p>{PARA}</p><p>{PARA}</p></div>",
                title="Trang tin điện tử xã An Phong: Xã An Phong ra quân")
    assert extract_html(html).title == "Xã An Phong ra quân làm giao thông nông thôn"


@pytest.mark.parametrize(
    "byline",
    ["Phòng Văn hóa - Thông tin huyện", "Văn Thành - Đài TT huyện", "Ban Tuyên giáo Huyện ủy"],
)
def test_organization_bylines(byline: str) -> None:
    ex = extract_html(page(f"<div><p>{PARA}</p><p>{PARA}</p><p><b>{byline}</b></p></div>"))
    assert ex.author == byline
    assert byline not in ex.text


def test_labelled_author_under_the_headline_leaves_the_body() -> None:
    html = page("<h2 class='title'>Huyện trao quà Tết cho hộ nghèo dịp cuối năm</h2>"
                "<ul class='post-meta'><li>Tác giả: Lê Minh Tâm</li><li>2019-02-02</li></ul>"
                f"<div class='content'><p>{PARA}</p><p>{PARA}</p></div>")
    ex = extract_html(html)
    assert ex.author == "Lê Minh Tâm"
    assert "Tác giả" not in ex.text and ex.published == "2019-02-02"


def test_text_heavy_side_column_is_dropped() -> None:
    # The column holds ~40 % of the page's text (marked blocks above 45 % are kept: some
    # sites mark the article's own wrapper with words like these).
    notices = "".join(f"<div><b>Thông báo số {i}</b><p>{PARA[:140]}</p></div>" for i in range(3))
    html = page(f"<table><tr><td><h1>Huyện trao quà Tết</h1><p>{PARA}</p><p>{PARA}</p></td>"
                f"<td class='khung-phai'><h4>THÔNG BÁO</h4>{notices}</td></tr></table>")
    ex = extract_html(html)
    assert "Thông báo số" not in ex.text and "THÔNG BÁO" not in ex.text


def test_pages_of_links_are_not_articles() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{i}/QĐ-UBND</td><td><a href='/vb/{i}'>Quyết định về "
                   f"việc phê duyệt kế hoạch số {i} năm 2023 của UBND huyện</a></td></tr>"
                   for i in range(10))
    ex = extract_html(page(f"<h2>Văn bản chỉ đạo điều hành</h2><table>{rows}</table>"))
    assert not ex.is_article and ex.reason is not None
    gallery = "".join(f"<li><a href='/v/{i}'><img src='/{i}.jpg'><p>Phóng sự số {i} về nông "
                      f"thôn mới</p></a></li>" for i in range(8))
    ex = extract_html(page(f"<h1>Video</h1><ul>{gallery}</ul>"))
    assert not ex.is_article and ex.reason is not None


def test_list_of_short_links_is_not_an_article() -> None:
    # A directory of partner sites: its labels are short, so links hold under half of
    # the text (a heading and an introduction hold the rest), but each link is a line of
    # its own (here <br>-separated, in an ordered list and in plain <div>s) and they
    # outnumber the lines of prose.
    sites = ["Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Đài PT-TH", "Báo tỉnh", "Sở GD-ĐT"]
    intro = ("<p>Danh mục các cổng thông tin điện tử của cơ quan, đơn vị thuộc tỉnh, "
             "được cập nhật định kỳ hằng quý.</p>")
    layouts = [
        "<div class='box'>" + "<br>".join(f"<a href='https://{i}.gov.vn'>{s}</a>"
                                          for i, s in enumerate(sites)) + "</div>",
        "<ol>" + "".join(f"<li><a href='https://{i}.gov.vn'>{s}</a></li>"
                         for i, s in enumerate(sites)) + "</ol>",
        "".join(f"<div class='row'><span>›</span> <a href='https://{i}.gov.vn'>{s}</a></div>"
                for i, s in enumerate(sites)),
    ]
    for links in layouts:
        html = page(f"<div class='main'><h2>Liên kết website</h2>{intro}{links}</div>"
                    "<p>Giấy phép số 12/GP-STTTT. Ghi rõ nguồn khi phát hành lại thông tin.</p>",
                    "Liên kết website")
        ex = extract_html(html)
        assert not ex.is_article, links
        assert ex.reason is not None and "link-only lines" in ex.reason, ex.reason
        assert ex.text == ""


def test_short_article_with_a_few_links_stays_an_article() -> None:
    # Under 300 characters of prose, with links inside its sentences and a short list of
    # links below: the links are not the page's items, the sentences are.
    body = ("<p>Sáng 3/3, <a href='/ubnd'>UBND huyện</a> tổ chức lễ ra quân trồng cây, "
            "trồng mới 2.000 cây xanh dọc các tuyến đường.</p>"
            "<p>Dịp này, <a href='/hoi'>Hội Nông dân</a> trao 50 phần quà cho hội viên.</p>"
            "<ul><li><a href='/a'>Trồng cây nhớ ơn Bác</a></li>"
            "<li><a href='/b'>Ra quân đầu xuân</a></li></ul>")
    ex = extract_html(page(f"<h1>Huyện ra quân trồng cây đầu năm</h1><div>{body}</div>"))
    assert ex.is_article, ex.reason
    assert ex.text.startswith("Sáng 3/3, UBND huyện tổ chức")
