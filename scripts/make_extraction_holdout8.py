# ruff: noqa: E501
"""Generate blind held-out extraction fixtures, batch 8 (emphasis on non-articles).

Writes ``tests/fixtures/extraction/holdout8/NAME.html`` + ``NAME.json``.
Article texts are real records from ``../shared/data/vi_news.jsonl``: the pool is
every record whose id ends in "53", shuffled with ``random.Random(SEED)``; the ids
below were picked from the head of that shuffled pool (skipping titles already used
by any existing fixture).  Page chrome, bylines and dates are synthetic.
Deterministic: no clock, no network, fixed seed.
"""

from __future__ import annotations

import datetime as dt
import glob
import html
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "vi_news.jsonl"
OUT = ROOT / "tests" / "fixtures" / "extraction" / "holdout8"
SEED = 8053
SUFFIX = "53"

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def e(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return " ".join(s.split())


def weekday(d: str) -> str:
    return WEEKDAYS[dt.date.fromisoformat(d).weekday()]


def load_records(ids: list[str]) -> dict[str, dict]:
    want = set(ids)
    out: dict[str, dict] = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in want:
                out[rec["id"]] = rec
    missing = want - set(out)
    assert not missing, missing
    return out


def existing_titles() -> set[str]:
    titles: set[str] = set()
    for f in glob.glob(str(ROOT / "tests" / "fixtures" / "extraction" / "**" / "*.json"), recursive=True):
        if "/holdout8/" in f:
            continue
        try:
            t = json.loads(Path(f).read_text(encoding="utf-8")).get("title")
        except (ValueError, AttributeError):
            continue
        if t:
            titles.add(t)
    return titles


def paras_of(rec: dict) -> list[str]:
    return [norm(p) for p in rec["text"].split("\n") if p.strip()]


# ---------------------------------------------------------------- blocks
# block kinds: ("p", text) ("h", text) ("cap", text) ("table", rows)


def make_blocks(paras: list[str], captions=(), drop=(), inserts=None) -> list[tuple]:
    inserts = inserts or {}
    blocks: list[tuple] = []
    for i, p in enumerate(paras):
        for blk in inserts.get(("before", i), []):
            blocks.append(blk)
        if i in drop:
            continue
        blocks.append(("cap", p) if i in captions else ("p", p))
        for blk in inserts.get(("after", i), []):
            blocks.append(blk)
    return blocks


def expected_body(blocks: list[tuple]) -> str:
    out: list[str] = []
    for kind, val in blocks:
        if kind in ("p", "h"):
            out.append(val)
        elif kind == "table":
            out.extend(" | ".join(row) for row in val)
    return "\n\n".join(out)


def render_blocks(blocks: list[tuple], *, p_cls: str = "", h_tag: str = "h2", h_cls: str = "",
                  fig: str = "figure", table_cls: str = "table", img_base: str = "/upload/img",
                  rng: random.Random | None = None, lead_tag: str | None = None) -> str:
    rng = rng or random.Random(SEED)
    pc = f' class="{p_cls}"' if p_cls else ""
    hc = f' class="{h_cls}"' if h_cls else ""
    parts: list[str] = []
    for idx, (kind, val) in enumerate(blocks):
        if kind == "p":
            if idx == 0 and lead_tag:
                parts.append(lead_tag.format(e(val)))
            else:
                parts.append(f"<p{pc}>{e(val)}</p>")
        elif kind == "h":
            parts.append(f"<{h_tag}{hc}>{e(val)}</{h_tag}>")
        elif kind == "cap":
            n = rng.randint(1000, 9999)
            if fig == "figure":
                parts.append(f'<figure class="image"><img src="{img_base}/{n}.jpg" alt="{e(val)}" width="640" height="427"><figcaption>{e(val)}</figcaption></figure>')
            else:
                parts.append(f'<table class="image-box" align="center"><tr><td><img src="{img_base}/{n}.jpg" width="600"></td></tr><tr><td class="img-caption"><em>{e(val)}</em></td></tr></table>')
        elif kind == "table":
            head, *rows = val
            th = "".join(f"<th>{e(c)}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            parts.append(f'<table class="{table_cls}"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>')
    return "\n".join(parts)


# ---------------------------------------------------------------- common noise

COOKIE = '<div id="cookie-consent" class="cc-window cc-banner" role="dialog"><span class="cc-message">Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách của chúng tôi.</span> <a class="cc-btn cc-dismiss" href="#">Đồng ý</a></div>'


def page(title: str, head_extra: str, body: str, lang: str = "vi") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head_extra}
</head>
<body>
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- articles

ART_IDS = {
    "typo3": "vietnews-train-078553",
    "contao": "vietnews-train-097753",
    "bitrix": "vietnews-train-067753",
    "portlet": "vietnews-train-098053",
    "wagtail": "vietnews-train-099253",
    "gatsby": "vietnews-test-020953",
    "legacy": "vietnews-train-072253",
    "twocol": "vietnews-train-097153",
    "tilda": "vietnews-train-102553",
}


def art_typo3(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    date = "2018-03-22"
    table = [["Doanh nghiệp", "Địa điểm", "Mức phạt (đồng)"],
             ["Công ty TNHH một thành viên Thế Anh Bến Tre", "Huyện Thạnh Phú", "20.250.000"],
             ["Chi nhánh Công ty TNHH một thành viên Hoàng Trung", "Huyện Mỏ Cày Nam", "26.032.500"]]
    blocks = make_blocks(paras, inserts={("after", 2): [("table", table)]})
    lead = blocks[0][1]
    rest = blocks[1:]
    body_html = render_blocks(rest, p_cls="bodytext", table_cls="contenttable", img_base="/fileadmin/user_upload", rng=rng)
    h = f"""<div id="page" class="page-wrap">
<header class="site-header"><div class="logo"><a href="/"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/logo.png" alt="Sở Khoa học và Công nghệ tỉnh Bến Tre"></a></div>
<nav class="mainnav"><ul class="level1"><li><a href="/gioi-thieu/">Giới thiệu</a></li><li class="act"><a href="/tin-tuc/">Tin tức - Sự kiện</a></li><li><a href="/tieu-chuan-do-luong/">Tiêu chuẩn - Đo lường - Chất lượng</a></li><li><a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb-section"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức - Sự kiện</a></li><li class="active">Tiêu chuẩn - Đo lường - Chất lượng</li></ol></div>
<main id="content" class="container">
<div class="row"><div class="col-md-9">
<!--TYPO3SEARCH_begin-->
<div id="c412" class="frame frame-default frame-type-list frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{e(title)}</h3></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{date}">22/03/2018</time></span>
<span class="news-list-category">Tiêu chuẩn - Đo lường - Chất lượng</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Tác giả: <span itemprop="name">Mậu Trường</span></span>
</p></div>
<div class="teaser-text" itemprop="description"><p>{e(lead)}</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img src="/fileadmin/_processed_/c/3/csm_cayxang_benTre_8d1e2f0a41.jpg" width="282" height="188" alt=""></div></div></div>
<div class="news-text-wrap" itemprop="articleBody">
{body_html}
</div>
<div class="news-backlink-wrap"><a href="/tin-tuc/">&laquo; Quay lại</a></div>
<div class="social"><span class="share-label">Chia sẻ:</span> <a class="share-fb" href="#">Facebook</a> <a class="share-zalo" href="#">Zalo</a> <a class="share-mail" href="#">Gửi email</a> <a class="share-print" href="#" onclick="window.print()">In trang</a></div>
<p class="news-updated">Cập nhật: 23/03/2018 08:10</p>
<div class="news-related news-related-news"><h4>Tin liên quan</h4><ul>
<li><span class="news-related-news-date">15/03/2018</span> <a href="/tin-tuc/chi-tiet/kiem-tra-chat-luong-xang-dau-quy-i/">Kiểm tra chất lượng xăng dầu quý I năm 2018</a></li>
<li><span class="news-related-news-date">02/03/2018</span> <a href="/tin-tuc/chi-tiet/tap-huan-do-luong-cot-do-nhien-lieu/">Tập huấn đo lường cột đo nhiên liệu cho doanh nghiệp</a></li>
<li><span class="news-related-news-date">26/02/2018</span> <a href="/tin-tuc/chi-tiet/xu-phat-cua-hang-vi-pham-nhan-hang-hoa/">Xử phạt 3 cửa hàng vi phạm về nhãn hàng hóa</a></li>
</ul></div>
<div class="news-tags">Từ khóa: <a href="/tag/xang-dau/">xăng dầu</a>, <a href="/tag/chat-luong/">chất lượng</a>, <a href="/tag/thanh-tra/">thanh tra</a></div>
</div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<aside class="col-md-3 sidebar"><div class="frame"><h4>Văn bản mới</h4><ul><li><a href="/van-ban/qd-142-2018/">Quyết định 142/QĐ-SKHCN về kế hoạch kiểm tra năm 2018</a></li><li><a href="/van-ban/kh-09-2018/">Kế hoạch 09/KH-SKHCN triển khai Tuần lễ chất lượng</a></li></ul></div>
<div class="frame banner"><a href="https://dichvucong.bentre.gov.vn"><img src="/fileadmin/banner/dvc.png" alt="Dịch vụ công trực tuyến"></a></div></aside>
</div></main>
<footer class="site-footer"><p>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE</p><p>Địa chỉ: 175B Nguyễn Thị Định, phường Phú Tân, TP Bến Tre. Điện thoại: 0275.3822.380</p><p>Chịu trách nhiệm chính: Giám đốc Sở. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>
{COOKIE}
</div>"""
    head = '<meta name="generator" content="TYPO3 CMS">\n<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-6a1c.css">'
    exp = {"is_article": True, "title": title, "date": date, "author": "Mậu Trường", "body": expected_body(blocks)}
    return page("Tin tức - Sự kiện: Sở KH&CN Bến Tre", head, h), exp


def art_contao(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    assert paras[-1] == "Hữu Công"
    blocks = make_blocks(paras, captions={2}, drop={len(paras) - 1})
    lead = blocks[0][1]
    body_html = render_blocks(blocks[1:], img_base="/files/tintuc/2018/03", rng=rng)
    h = f"""<div id="wrapper">
<header id="header"><div class="inside">
<div class="mod_article block" id="article-header"><a class="logo" href="/"><img src="/files/theme/logo-bqlds.png" alt="Ban Quản lý đường sắt đô thị TP.HCM"></a></div>
<nav class="mod_navigation block"><ul class="level_1"><li class="first"><a href="/">Trang chủ</a></li><li class="trail"><a href="/tin-tuc.html">Tin tức</a></li><li><a href="/du-an.html">Các dự án</a></li><li><a href="/tien-do.html">Tiến độ</a></li><li class="last"><a href="/lien-he.html">Liên hệ</a></li></ul></nav>
</div></header>
<div class="mod_breadcrumb block"><ul><li class="first"><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.html">Tin tức</a></li><li class="active last">Tin dự án</li></ul></div>
<div id="container"><main id="main"><div class="inside">
<div class="mod_article first last block" id="article-88">
<div class="mod_newsreader block">
<div class="layout_full block">
<h1>{e(title)}</h1>
<p class="info"><time datetime="2018-03-23T15:02:00+07:00">23.03.2018 15:02</time> Đăng bởi: <span class="username">bientap02</span></p>
<div class="ce_text block"><p class="teaser"><strong>{e(lead)}</strong></p></div>
<div class="ce_text block">
{body_html}
<p style="text-align: right;"><strong>Hữu Công</strong></p>
</div>
<div class="ce_downloads block"><h4>Tài liệu đính kèm</h4><ul><li class="download-element ext-pdf"><a href="/files/tintuc/2018/03/phuong-an-cay-xanh-ba-son.pdf" title="Tải file">Phương án xử lý cây xanh ga Ba Son.pdf <span class="size">(812,4 KiB)</span></a></li></ul></div>
</div>
<p class="back"><a href="javascript:history.go(-1)" title="Quay lại">Quay lại</a></p>
<div class="mod_comment block"><h4>Bình luận (2)</h4>
<div class="comment_default"><p class="info">Nguyễn Văn Tâm | 23.03.2018 17:40</p><div class="comment"><p>Tiếc những cây xà cừ gắn với tuổi thơ, nhưng metro thì phải làm nhanh.</p></div></div>
<div class="comment_default"><p class="info">Lê Hoa | 24.03.2018 06:12</p><div class="comment"><p>Mong thành phố trồng bù cây xanh sau khi xong ga.</p></div></div>
</div>
</div></div></div></main>
<aside id="right"><div class="inside"><div class="mod_newslist block"><h3>Tin mới</h3>
<div class="layout_simple"><time datetime="2018-03-21">21.03.2018</time> <a href="/tin/ga-ben-thanh-hoan-thanh-tang-b1.html">Ga Bến Thành hoàn thành sàn tầng B1</a></div>
<div class="layout_simple"><time datetime="2018-03-19">19.03.2018</time> <a href="/tin/lap-dat-dam-cau-can-quan-9.html">Lắp đặt dầm cầu cạn đoạn qua quận 9</a></div>
</div></div></aside></div>
<footer id="footer"><div class="inside"><p>© 2018 Ban Quản lý đường sắt đô thị TP. Hồ Chí Minh – 29 Lê Quý Đôn, Quận 3</p><p><a href="/impressum.html">Thông tin pháp lý</a> | <a href="/datenschutz.html">Chính sách bảo mật</a></p></div></footer>
</div>"""
    head = '<meta name="generator" content="Contao Open Source CMS">\n<base href="https://maur.hochiminhcity.gov.vn/">\n<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css-2f1d9e34.css">'
    exp = {"is_article": True, "title": title, "date": "2018-03-23", "author": "Hữu Công", "body": expected_body(blocks)}
    return page("Tin tức - Ban Quản lý đường sắt đô thị", head, h), exp


def art_bitrix(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    blocks = make_blocks(paras)
    lead = blocks[0][1]
    body = blocks[1:]
    # Bitrix detail text: plain text with <br /><br /> between paragraphs
    detail = "<br />\n<br />\n".join(e(v) for _, v in body)
    h = f"""<div class="bx-wrapper" id="bx_eshop_wrap">
<div id="panel"></div>
<header class="bx-header"><div class="bx-logo"><a class="bx-logo-block" href="/"><img src="/bitrix/templates/portal_bd/images/logo.png" alt="Đài PT-TH Bình Dương"></a></div>
<div class="bx-top-nav"><ul class="bx-nav-list-1-lvl" id="ul_catalog_menu_LkGdQn"><li class="bx-nav-1-lvl"><a href="/news/">Tin tức</a></li><li class="bx-nav-1-lvl"><a href="/news/thoi-su/">Thời sự</a></li><li class="bx-nav-1-lvl"><a href="/news/an-ninh/">An ninh - Trật tự</a></li><li class="bx-nav-1-lvl"><a href="/video/">Video</a></li></ul></div></header>
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0"><a href="/" title="Trang chủ">Trang chủ</a></div><div class="bx-breadcrumb-item" id="bx_breadcrumb_1"><i class="fa fa-angle-right"></i><a href="/news/an-ninh/" title="An ninh - Trật tự">An ninh - Trật tự</a></div></div>
<div class="workarea"><div class="row"><div class="col-md-8">
<div class="news-detail">
<div class="bx-newsdetail">
<div class="bx-newsdetail-block" id="bx_1878455859_24817">
<h3 class="bx-newsdetail-title">{e(title)}</h3>
<div class="bx-newsdetail-img"><img src="/upload/iblock/6b4/6b41c0e2a8f7.jpg" alt="{e(title)}" title="{e(title)}"></div>
<div class="bx-newsdetail-content">
<p class="bx-newsdetail-preview"><b>{e(lead)}</b></p>
{detail}
</div>
<div class="bx-newsdetail-author"><i class="fa fa-user"></i> Thanh Tuấn - Minh Hải</div>
<div class="row"><div class="col-xs-5">
<div class="bx-newsdetail-view"><i class="fa fa-eye"></i> Lượt xem: 3.418</div>
<div class="bx-newsdetail-date"><i class="fa fa-calendar-o"></i> 26.03.2018</div>
<div class="bx-newsdetail-property">Ngày sửa: 27.03.2018 09:14</div>
</div><div class="col-xs-7 text-right"><div class="bx-newsdetail-share"><noindex><div class="bx-share-social"><a class="bx-share-link" href="#">Facebook</a> <a class="bx-share-link" href="#">Twitter</a></div></noindex></div></div></div>
</div></div>
<p><a href="/news/an-ninh/">Quay lại danh sách tin</a></p>
</div>
<div class="news-list bx-related"><h4>Cùng chuyên mục</h4>
<div class="bx-newslist-block"><span class="bx-newslist-date">25.03.2018</span> <a href="/news/an-ninh/26188/">Cháy kho phế liệu ở Dĩ An, thiệt hại hàng trăm triệu đồng</a></div>
<div class="bx-newslist-block"><span class="bx-newslist-date">24.03.2018</span> <a href="/news/an-ninh/26170/">Tuyên truyền phòng cháy chữa cháy tại khu nhà trọ công nhân</a></div>
</div>
</div>
<div class="col-md-4 sidebar"><div class="bx-banner"><a href="/adv/click/?id=17"><img src="/upload/rk/1c2/qc_300x250.jpg" alt="Quảng cáo"></a></div>
<div class="bx-poll"><h4>Thăm dò ý kiến</h4><p>Bạn đánh giá thế nào về giao diện mới?</p><label><input type="radio" name="vote"> Tốt</label><label><input type="radio" name="vote"> Bình thường</label></div></div>
</div></div>
<footer class="bx-footer"><div class="bx-footer-section"><p>Đài Phát thanh và Truyền hình Bình Dương. Giấy phép số 87/GP-BTTTT.</p><p>Địa chỉ: Số 1 Đại lộ Bình Dương, TP. Thủ Dầu Một</p></div></footer>
</div>"""
    head = '<link href="/bitrix/cache/css/s1/portal_bd/template_3f0c.css?152201" type="text/css" rel="stylesheet">\n<script type="text/javascript">if(!window.BX)window.BX={message:function(mess){}};BX.message({"LANGUAGE_ID":"vi","SITE_ID":"s1","bitrix_sessid":"0f6c1d9e"});</script>'
    exp = {"is_article": True, "title": title, "date": "2018-03-26", "author": "Thanh Tuấn - Minh Hải", "body": expected_body(blocks)}
    return page("Tin tức - Đài PT-TH Bình Dương", head, h), exp


def art_portlet(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    assert paras[-1] == "Đoàn Loan"
    blocks = make_blocks(paras, captions={5, 11}, drop={len(paras) - 1})
    lead = blocks[0][1]
    body_html = render_blocks(blocks[1:], fig="table", img_base="/documents/10182/0/anh", rng=rng)
    date = "2017-05-19"
    h = f"""<div id="wrapper" class="cong-ttdt">
<div id="banner"><img src="/html/themes/congttdt/images/banner_mt.jpg" alt="CỔNG THÔNG TIN ĐIỆN TỬ BỘ GIAO THÔNG VẬN TẢI"></div>
<div id="navigation" class="portlet-boundary portlet-boundary_71_ portlet-navigation"><div class="portlet-body"><ul class="menu-top"><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li class="selected"><a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/web/guest/van-ban">Văn bản</a></li><li><a href="/web/guest/dich-vu-cong">Dịch vụ công</a></li><li><a href="/web/guest/hoi-dap">Hỏi đáp</a></li></ul></div></div>
<div id="content" class="columns-2-1">
<div id="column-1" class="portlet-column portlet-column-first">
<div id="p_p_id_breadcrumb_WAR_portal_" class="portlet-boundary portlet-breadcrumb"><div class="portlet-body"><div class="duong-dan"><a href="/web/guest/trang-chu">Trang chủ</a> &gt;&gt; <a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a> &gt;&gt; <span>Tin hoạt động</span></div></div></div>
<div id="p_p_id_tintuc_WAR_congttdtportlet_INSTANCE_x8Kq" class="portlet-boundary portlet-boundary_tintuc_WAR_congttdtportlet_ portlet-static portlet-borderless">
<span id="p_tintuc_WAR_congttdtportlet_INSTANCE_x8Kq"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
<div class="chi-tiet-tin">
<div class="ngay-dang">{weekday(date)}, 19/05/2017 | 16:20</div>
<div class="tieu-de-tin">{e(title)}</div>
<div class="tom-tat"><b>{e(lead)}</b></div>
<div class="noi-dung-tin">
{body_html}
</div>
<div class="tacgia" align="right"><b>Đoàn Loan</b></div>
<div class="cong-cu"><a href="javascript:window.print();"><img src="/html/icons/print.png"> In bài viết</a> | <a href="#" onclick="guiEmail()"><img src="/html/icons/mail.png"> Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="luot-xem">Số lượt xem: 2.106 &nbsp; Cập nhật lúc: 20/05/2017 08:05</div>
</div>
</div></div></div>
<div id="p_p_id_tinkhac_WAR_congttdtportlet_" class="portlet-boundary portlet-tinkhac"><div class="portlet-body"><div class="tin-khac"><div class="tieu-de-khoi">Các tin khác</div><ul>
<li><a href="/web/guest/tin-tuc/-/asset_publisher/chi-tiet/cau-doan-tau-len-ga-la-khe">Cẩu đoàn tàu đầu tiên lên ga La Khê</a> <span class="ngay">(15/05/2017)</span></li>
<li><a href="/web/guest/tin-tuc/-/asset_publisher/chi-tiet/kiem-tra-tien-do-metro-nhon-ga-ha-noi">Kiểm tra tiến độ tuyến Nhổn - ga Hà Nội</a> <span class="ngay">(12/05/2017)</span></li>
<li><a href="/web/guest/tin-tuc/-/asset_publisher/chi-tiet/hop-ban-chi-dao-an-toan-giao-thong">Họp Ban chỉ đạo an toàn giao thông tháng 5</a> <span class="ngay">(10/05/2017)</span></li>
</ul></div></div></div>
</div>
<div id="column-2" class="portlet-column portlet-column-last">
<div class="portlet-boundary portlet-lienket"><div class="portlet-body"><div class="tieu-de-khoi">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="http://hanoi.gov.vn">Cổng TTĐT Hà Nội</option></select></div></div>
<div class="portlet-boundary portlet-thongke"><div class="portlet-body"><div class="tieu-de-khoi">Thống kê truy cập</div><p>Đang truy cập: 312</p><p>Tổng lượt truy cập: 18.442.907</p></div></div>
</div>
</div>
<div id="footer"><div class="portlet-body"><p>CỔNG THÔNG TIN ĐIỆN TỬ BỘ GIAO THÔNG VẬN TẢI</p><p>Cơ quan chủ quản: Bộ Giao thông Vận tải – 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội</p><p>Ghi rõ nguồn "Cổng TTĐT Bộ GTVT" khi phát hành lại thông tin từ website này.</p></div></div>
</div>"""
    head = '<link href="/html/themes/congttdt/css/main.css?browserId=other&amp;themeId=congttdt_WAR_congttdttheme&amp;t=1494921600000" rel="stylesheet" type="text/css">\n<script type="text/javascript">var themeDisplay={getLanguageId:function(){return "vi_VN";},getPlid:function(){return "10452";}};</script>'
    exp = {"is_article": True, "title": title, "date": date, "author": "Đoàn Loan", "body": expected_body(blocks)}
    return page("Cổng thông tin điện tử Bộ Giao thông vận tải - Tin tức - Sự kiện", head, h), exp


def art_wagtail(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    blocks = make_blocks(paras, captions={3, 9})
    lead = blocks[0][1]
    parts = []
    for kind, val in blocks[1:]:
        if kind == "p":
            parts.append(f'<div class="block-paragraph"><div class="rich-text"><p>{e(val)}</p></div></div>')
        else:
            n = rng.randint(100, 999)
            parts.append(f'<div class="block-image"><figure class="streamfield-image"><img alt="{e(val)}" height="480" src="/media/images/anh_{n}.width-800.jpg" width="800"><figcaption class="caption">{e(val)}</figcaption></figure></div>')
    stream = "\n".join(parts)
    date = "2018-05-23"
    h = f"""<a class="skip-link" href="#main-content">Bỏ qua để tới nội dung</a>
<header class="site-header" role="banner"><div class="site-header__brand"><a href="/">Báo Hà Tĩnh điện tử</a></div>
<nav class="site-nav" aria-label="Điều hướng chính"><ul class="site-nav__list"><li class="site-nav__item"><a href="/thoi-su/">Thời sự</a></li><li class="site-nav__item site-nav__item--active"><a href="/giao-thong/">Giao thông</a></li><li class="site-nav__item"><a href="/kinh-te/">Kinh tế</a></li><li class="site-nav__item"><a href="/xa-hoi/">Xã hội</a></li></ul></nav>
<form class="site-search" action="/search/" method="get"><input name="query" type="search" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></header>
<main id="main-content" class="template-news-page">
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Trang chủ</a> / <a href="/giao-thong/">Giao thông</a></nav>
<article class="news-page">
<header class="news-page__header">
<p class="news-page__section"><a href="/giao-thong/">Giao thông</a></p>
<h1 class="news-page__title">{e(title)}</h1>
<div class="news-page__meta"><span class="news-page__date">{weekday(date)}, 23/5/2018 - 18:32</span> <span class="news-page__reading-time">3 phút đọc</span></div>
<p class="news-page__intro">{e(lead)}</p>
</header>
<div class="news-page__body streamfield">
{stream}
</div>
<div class="article-byline">Bài và ảnh: <strong>Đức Hùng</strong></div>
<ul class="news-page__tags"><li><a href="/tags/tai-nan-giao-thong/">#tai nạn giao thông</a></li><li><a href="/tags/ky-anh/">#Kỳ Anh</a></li><li><a href="/tags/quoc-lo-1a/">#quốc lộ 1A</a></li></ul>
<div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=https://baohatinh.example/giao-thong/xe-container-lat/">Chia sẻ Facebook</a><button class="copy-link" data-url="/giao-thong/xe-container-lat/">Sao chép liên kết</button></div>
</article>
<section class="related-pages"><h2 class="related-pages__heading">Đọc thêm</h2>
<div class="card"><a href="/giao-thong/xe-tai-mat-phanh-deo-ngang/"><h3 class="card__title">Xe tải mất phanh trên đèo Ngang, tài xế thoát nạn</h3><p class="card__date">20/5/2018</p></a></div>
<div class="card"><a href="/giao-thong/thong-xe-cau-ho-do/"><h3 class="card__title">Thông xe cầu Hộ Độ sau 18 tháng thi công</h3><p class="card__date">18/5/2018</p></a></div>
</section>
</main>
<footer class="site-footer"><p>Cơ quan của Đảng bộ tỉnh Hà Tĩnh. Tổng biên tập chịu trách nhiệm.</p><p>Giấy phép số 04/GP-BTTTT. Địa chỉ: 82 Phan Đình Phùng, TP Hà Tĩnh.</p><p class="site-footer__built">Built with Wagtail CMS</p></footer>
{COOKIE}"""
    head = '<link rel="stylesheet" type="text/css" href="/static/css/main.4c1e22a8b1.css">\n<meta property="og:title" content="' + e(title) + ' | Báo Hà Tĩnh">\n<meta property="og:type" content="article">'
    exp = {"is_article": True, "title": title, "date": date, "author": "Đức Hùng", "body": expected_body(blocks)}
    return page(title + " | Báo Hà Tĩnh", head, h), exp


def art_gatsby(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    blocks = make_blocks(paras, captions={1, 6})
    lead = blocks[0][1]
    rest = blocks[1:]
    # author only as "(Theo VnExpress)" appended to the last paragraph
    assert rest[-1][0] == "p"
    parts = []
    for i, (kind, val) in enumerate(rest):
        if kind == "p":
            tail = " <em>(Theo VnExpress)</em>" if i == len(rest) - 1 else ""
            parts.append(f"<p>{e(val)}{tail}</p>")
        else:
            n = rng.randint(10000, 99999)
            parts.append(f'<div class="gatsby-resp-image-wrapper" style="position:relative;display:block;max-width:760px"><span class="gatsby-resp-image-background-image" style="padding-bottom:66.6%;position:relative;display:block"></span><img class="gatsby-resp-image-image" alt="{e(val)}" title="{e(val)}" src="/static/{n}/bon-xang.jpg" loading="lazy"></div><p class="image-caption"><em>{e(val)}</em></p>')
    md = "\n".join(parts)
    date = "2018-01-17"
    h = f"""<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="Layout-module--wrapper--3kQ1x">
<header class="Header-module--header--1Xk2b"><a class="Header-module--brand--2m0Qe" href="/">Quảng Trị 24h</a><nav class="Header-module--nav--3aPZb"><a href="/thoi-su/" aria-current="page">Thời sự</a><a href="/kinh-te/">Kinh tế</a><a href="/doi-song/">Đời sống</a><a href="/ban-doc/">Bạn đọc</a></nav></header>
<main class="Post-module--main--1fD0v">
<article class="Post-module--post--2n4Xs">
<div class="Post-module--category--1kQyM"><a href="/kinh-te/">Kinh tế</a></div>
<h1 class="Post-module--title--3vN5T">{e(title)}</h1>
<p class="Post-module--meta--2Hq8k"><span>17 tháng 1, 2018</span> · <span>2 phút đọc</span></p>
<p class="Post-module--excerpt--1Ww7Q">{e(lead)}</p>
<section class="Post-module--content--3Ut2s">
{md}
</section>
<div class="Post-module--tags--1w6Rz"><a href="/tags/xang-dau/">xăng dầu</a><a href="/tags/cam-lo/">Cam Lộ</a></div>
<div class="Share-module--share--2bM9q"><button aria-label="facebook" class="react-share__ShareButton">Facebook</button><button aria-label="zalo" class="react-share__ShareButton">Zalo</button></div>
</article>
<aside class="Post-module--more--3Yk0b"><h2>Bài viết khác</h2><ul><li><a href="/kinh-te/gia-xang-giam-nhe-ky-dieu-hanh-moi/">Giá xăng giảm nhẹ trong kỳ điều hành mới</a><small>16 tháng 1, 2018</small></li><li><a href="/doi-song/cho-tet-dong-ha/">Chợ Tết Đông Hà bắt đầu nhộn nhịp</a><small>15 tháng 1, 2018</small></li></ul></aside>
<div id="disqus_thread" class="Comments-module--comments--1Qp3z"><p>Đang tải bình luận...</p></div>
</main>
<footer class="Footer-module--footer--2c6Jk">© 2018 Quảng Trị 24h · Trang tin tổng hợp. Xây dựng với Gatsby và Strapi.</footer>
</div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;overflow:hidden" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/kinh-te/150-lit-nuoc-trong-bon-xang/";window.___webpackCompilationHash="8d2a1c0e5f3b7a9c4e6d";/*]]>*/</script>
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={{"app":["/app-3c1d7e.js"],"component---src-templates-article-js":["/component---src-templates-article-js-9f2b.js"]}};/*]]>*/</script>"""
    head = f'<meta name="generator" content="Gatsby 2.19.7">\n<meta property="article:published_time" content="2018-01-17T11:05:00.000Z">\n<meta property="article:modified_time" content="2018-01-18T02:30:00.000Z">\n<meta property="og:title" content="{e(title)}">\n<link as="script" rel="preload" href="/app-3c1d7e.js">'
    exp = {"is_article": True, "title": title, "date": date, "author": "Theo VnExpress", "body": expected_body(blocks)}
    return page(title + " | Quảng Trị 24h", head, h), exp


def art_legacy(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    blocks = make_blocks(paras)
    lead = blocks[0][1]
    body = "\n".join(f'<p align="justify"><font face="Arial" size="2">{e(v)}</font></p>' for _, v in blocks[1:])
    h = f"""<center>
<table width="780" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner_top.gif" width="780" height="110" alt="BAO BAC LIEU ONLINE"></td></tr>
<tr><td colspan="3" bgcolor="#003399" height="22"><font face="Verdana" size="1" color="#FFFFFF"><b>&nbsp;<a href="index.asp"><font color="#FFFFFF">TRANG CHỦ</font></a> | <a href="chuyenmuc.asp?id=1"><font color="#FFFFFF">THỜI SỰ</font></a> | <a href="chuyenmuc.asp?id=2"><font color="#FFFFFF">KINH TẾ</font></a> | <a href="chuyenmuc.asp?id=5"><font color="#FFFFFF">BIỂN ĐẢO</font></a> | <a href="lienhe.asp"><font color="#FFFFFF">LIÊN HỆ</font></a></b></font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEF3FF">
<table width="100%" cellpadding="4"><tr><td><font face="Verdana" size="1"><b>CHUYÊN MỤC</b><br>
<a href="chuyenmuc.asp?id=1">» Thời sự</a><br><a href="chuyenmuc.asp?id=2">» Kinh tế</a><br><a href="chuyenmuc.asp?id=3">» Văn hóa - Xã hội</a><br><a href="chuyenmuc.asp?id=5">» Biển đảo</a><br><a href="chuyenmuc.asp?id=6">» Quốc phòng - An ninh</a></font></td></tr>
<tr><td><font face="Verdana" size="1"><b>LIÊN KẾT</b><br><a href="http://www.cpv.org.vn">Báo Điện tử ĐCSVN</a><br><a href="http://www.baclieu.gov.vn">UBND tỉnh Bạc Liêu</a></font></td></tr>
<tr><td align="center"><img src="images/qc_ctv.gif" width="150" height="200" alt="Quang cao"></td></tr></table>
</td>
<td width="460" valign="top">
<table width="100%" cellpadding="6"><tr><td>
<font face="Verdana" size="1" color="#666666"><a href="index.asp">Trang chủ</a> &raquo; <a href="chuyenmuc.asp?id=5">Biển đảo</a></font>
<br><br>
<center><font face="Times New Roman" size="4" color="#990000"><b>{e(title)}</b></font></center>
<br>
<p align="justify"><font face="Arial" size="2"><b><i>{e(lead)}</i></b></font></p>
<center><img src="upload/tau_ca_ganhhao.jpg" width="400" border="1"><br><font size="1" face="Arial"><i>Ảnh minh họa</i></font></center>
{body}
<p align="right"><font face="Arial" size="2"><b>Hữu Thọ</b></font></p>
<hr size="1" color="#CCCCCC">
<font face="Verdana" size="1"><a href="javascript:window.print()">[In trang]</a> <a href="guibai.asp?id=4128">[Gửi bài cho bạn bè]</a> <a href="javascript:history.back()">[Trở về]</a></font>
<br><br>
<font face="Verdana" size="2" color="#003399"><b>Các tin khác:</b></font><br>
<font face="Arial" size="2">
&#8226; <a href="chitiet.asp?id=4121">Ngư dân Gành Hào trúng đậm mùa ruốc</a><br>
&#8226; <a href="chitiet.asp?id=4117">Đồn Biên phòng Nhà Mát ra quân tuyên truyền pháp luật biển</a><br>
&#8226; <a href="chitiet.asp?id=4109">Khánh thành trạm bờ thông tin liên lạc nghề cá</a>
</font>
</td></tr></table>
</td>
<td width="160" valign="top" bgcolor="#FFF8E7"><table width="100%" cellpadding="4"><tr><td><font face="Verdana" size="1"><b>THỜI TIẾT</b><br>Bạc Liêu: 26 - 32°C<br>Có mưa rào rải rác</font></td></tr>
<tr><td><font face="Verdana" size="1"><b>TỶ GIÁ</b><br>USD: 15.916<br>EUR: 19.280</font></td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#003399" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright © 2005 Báo Bạc Liêu. Tòa soạn: 07 Hòa Bình, Phường 3, Thị xã Bạc Liêu.<br>Số người truy cập: <img src="counter.asp?d=6" alt="counter"></font></td></tr>
</table>
</center>"""
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<link rel="stylesheet" href="style.css" type="text/css">'
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>BAO BAC LIEU - Tin tuc</title>
{head}
</head>
<body bgcolor="#E5E5E5" topmargin="0" leftmargin="0">
{h}
</body>
</html>
"""
    exp = {"is_article": True, "title": title, "date": None, "author": "Hữu Thọ", "body": expected_body(blocks)}
    return doc, exp


def art_twocol(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    table = [["Sản phẩm", "Giá vụ này (đồng/kg)", "Tăng so với năm trước (đồng/kg)"],
             ["Vỏ quế tươi", "19.000", "3.000 - 5.000"],
             ["Quế khô", "40.000", "3.000 - 5.000"]]
    blocks = make_blocks(paras, captions={5, 15}, inserts={
        ("before", 8): [("h", "Giá tăng, diện tích vượt kế hoạch")],
        ("after", 11): [("table", table)],
        ("before", 14): [("h", "Đặc sản xác lập kỷ lục châu Á")],
    })
    lead = blocks[0][1]
    rest = blocks[1:]
    split = next(i for i, b in enumerate(rest) if b == ("h", "Giá tăng, diện tích vượt kế hoạch"))
    col1 = render_blocks(rest[:split], h_tag="h4", fig="table", table_cls="bang-gia", img_base="/Uploads/2018/9", rng=rng)
    col2 = render_blocks(rest[split:], h_tag="h4", fig="table", table_cls="bang-gia", img_base="/Uploads/2018/9", rng=rng)
    date = "2018-09-24"
    h = f"""<div class="top-bar"><span class="today">Hôm nay: Thứ Năm, 04/10/2018</span> <a href="/dang-nhap">Đăng nhập</a></div>
<div class="header-qng"><a href="/"><img src="/Images/logo-qng.png" alt="Báo Quảng Ngãi điện tử"></a></div>
<ul class="menu-ngang"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/kinh-te/nong-nghiep/">Nông nghiệp</a></li><li><a href="/xa-hoi/">Xã hội</a></li><li><a href="/mien-nui/">Miền núi</a></li></ul>
<div class="dd-trang"><a href="/">Trang chủ</a> › <a href="/kinh-te/">Kinh tế</a> › <a href="/kinh-te/nong-nghiep/">Nông nghiệp</a></div>
<table class="bai-bao" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="bb-head">
<div class="bb-time">{weekday(date)}, 24/9/2018, 07:15 (GMT+7)</div>
<h1 class="bb-title">{e(title)}</h1>
<div class="bb-sapo"><strong>{e(lead)}</strong></div>
</td></tr>
<tr>
<td class="bb-col bb-col-left" width="50%" valign="top">
{col1}
</td>
<td class="bb-col bb-col-right" width="50%" valign="top">
{col2}
<p class="bb-tacgia" style="text-align:right"><b>PHẠM LINH</b></p>
</td>
</tr>
<tr><td colspan="2" class="bb-foot"><div class="bb-tools"><a href="#" class="btn-print">In bài</a> <a href="#" class="btn-mail">Gửi bạn bè</a> <a href="#" class="btn-fb">Chia sẻ</a></div>
<div class="bb-tags"><b>Từ khóa:</b> <a href="/tag/que-tra-bong">quế Trà Bồng</a>, <a href="/tag/tra-bong">Trà Bồng</a>, <a href="/tag/cay-giong">cây giống</a></div></td></tr>
</table>
<div class="tin-cung-muc"><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/kinh-te/nong-nghiep/lua-he-thu-nang-suat-cao/">Lúa hè thu đạt năng suất cao</a> <i>(22/09/2018)</i></li>
<li><a href="/kinh-te/nong-nghiep/keo-nguyen-lieu-rot-gia/">Keo nguyên liệu rớt giá, người trồng lo lắng</a> <i>(20/09/2018)</i></li>
</ul></div>
<div class="binh-luan"><h3>Ý kiến bạn đọc</h3><form><textarea name="noidung" placeholder="Nội dung ý kiến"></textarea><input name="hoten" placeholder="Họ tên"><button>Gửi ý kiến</button></form></div>
<div class="footer-qng"><p>BÁO QUẢNG NGÃI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Quảng Ngãi</p><p>Giấy phép số 276/GP-BTTTT ngày 18/6/2015. Tòa soạn: 56 Nguyễn Nghiêm, TP Quảng Ngãi.</p></div>"""
    head = '<link rel="stylesheet" href="/Content/site.css">\n<meta name="pubdate" content="2018-09-24T07:15:00+07:00">'
    exp = {"is_article": True, "title": title, "date": date, "author": "PHẠM LINH", "body": expected_body(blocks)}
    return page("Báo Quảng Ngãi điện tử", head, h), exp


def art_tilda(rec: dict, rng: random.Random):
    paras = paras_of(rec)
    title = rec["title"]
    assert paras[-1] == "Phương Linh"
    blocks = make_blocks(paras, captions={3}, drop={len(paras) - 1})
    lead = blocks[0][1]
    rest = blocks[1:]
    cap_i = next(i for i, b in enumerate(rest) if b[0] == "cap")
    before = "<br /><br />".join(e(v) for _, v in rest[:cap_i])
    after = "<br /><br />".join(e(v) for _, v in rest[cap_i + 1:])
    cap = rest[cap_i][1]
    h = f"""<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="2718834" data-tilda-page-id="11904512" data-tilda-formskey="a8c9" data-tilda-lazy="yes">
<div id="rec190455221" class="r t-rec" style=" " data-record-type="257"><div class="t228 t228__positionstatic"><div class="t228__maincontainer"><div class="t228__leftside"><a href="/" class="t228__imgwrapper"><img src="https://static.tildacdn.com/tild3532/logo_yt.png" class="t228__imglogo" alt="Yên Thành 24h"></a></div><div class="t228__centerside"><ul class="t228__list"><li class="t228__list_item"><a class="t-menu__link-item" href="/tin-tuc">Tin tức</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/kham-pha">Khám phá</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/lien-he">Liên hệ</a></li></ul></div></div></div></div>
<div id="rec190455387" class="r t-rec t-rec_pt_90 t-rec_pb_30" data-record-type="30"><div class="t017"><div class="t-container t-align_center"><div class="t-col t-col_10 t-prefix_1">
<div class="t017__uptitle t-uptitle t-uptitle_sm">Chuyện lạ · 07/02/2018</div>
<div class="t017__title t-title t-title_xs" field="title">{e(title)}</div>
<div class="t017__descr t-descr t-descr_xl" field="descr"><strong>{e(lead)}</strong></div>
</div></div></div></div>
<div id="rec190455412" class="r t-rec t-rec_pt_15 t-rec_pb_15" data-record-type="106"><div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md">{before}</div></div></div></div></div>
<div id="rec190455530" class="r t-rec t-rec_pt_15 t-rec_pb_15" data-record-type="3"><div class="t107"><div class="t-align_center"><img class="t-img t-width t107__widthauto" src="https://thb.tildacdn.com/tild6362/hu_tien_co.jpg" data-original="https://static.tildacdn.com/tild6362/hu_tien_co.jpg" imgfield="img" alt=""></div><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t107__title t-name t-name_xs" field="title">{e(cap)}</div></div></div></div></div>
<div id="rec190455601" class="r t-rec t-rec_pt_15 t-rec_pb_15" data-record-type="106"><div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md">{after}<br /><br /><div style="text-align: right;" data-customstyle="yes"><em>Phương Linh</em></div></div></div></div></div></div>
<div id="rec190455700" class="r t-rec t-rec_pt_45 t-rec_pb_45" data-record-type="396"><div class="t396"><div class="t-container"><div class="t-col t-col_12"><div class="t-text t-text_xs">Đăng ký nhận bản tin mỗi tuần</div><form class="t-form"><input type="email" class="t-input" placeholder="Email của bạn"><button class="t-submit">Đăng ký</button></form></div></div></div></div>
<div id="rec190455811" class="r t-rec" data-record-type="345"><div class="t345"><div class="t345-wrapper"><div class="t345-text t-descr t-descr_xxs">© 2018 Yên Thành 24h. Made on <a href="https://tilda.cc">Tilda</a></div></div></div></div>
</div>
<script src="https://static.tilda.ws/js/tilda-scripts-2.8.min.js" charset="utf-8"></script>"""
    head = '<meta name="description" content="Tin tức Yên Thành">\n<link rel="stylesheet" href="https://static.tilda.ws/css/tilda-grid-3.0.min.css" type="text/css" media="all">\n<link rel="stylesheet" href="https://static.tilda.ws/project2718834/tilda-blocks-2.14.css?t=1517991200" type="text/css" media="all">'
    exp = {"is_article": True, "title": title, "date": "2018-02-07", "author": "Phương Linh", "body": expected_body(blocks)}
    return page("Tin tức Yên Thành 24h", head, h), exp


# ---------------------------------------------------------------- non-articles

NON = {"is_article": False, "title": None, "date": None, "author": None, "body": ""}


def gov_shell(site: str, crumb: str, inner: str, title: str, head: str = "") -> str:
    body = f"""<div class="page">
<div class="header"><a href="/" class="logo"><img src="/Portals/0/logo.png" alt="{e(site)}"></a><div class="header-title">{e(site)}</div></div>
<nav class="menu-main"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <span>{e(crumb)}</span></div>
<div class="main-content">
{inner}
</div>
<div class="footer"><p>© {e(site)}. Địa chỉ: số 1 đường Trần Phú. Điện thoại: (0236) 3 822 111.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div>"""
    return page(title, head, body)


def non_lichsukien(rng: random.Random):
    events = {
        3: ["08:00 Hội nghị sơ kết công tác quý I"],
        6: ["14:00 Tiếp đoàn công tác tỉnh Savannakhet"],
        10: ["Khai mạc Lễ hội Hoa ban 2019", "19:30 Chương trình nghệ thuật"],
        14: ["08:00 Kỳ họp chuyên đề HĐND tỉnh"],
        18: ["Ngày hội Văn hóa các dân tộc"],
        21: ["07:30 Giải chạy việt dã Báo Điện Biên Phủ"],
        25: ["08:00 Hội nghị xúc tiến đầu tư"],
        28: ["15:00 Trao giải cuộc thi ảnh Điện Biên - Đất và Người"],
    }
    # April 2019 starts on Monday
    rows = []
    day = 1
    rows.append("<tr>" + "".join(f"<th>{d}</th>" for d in ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]) + "</tr>")
    while day <= 30:
        cells = []
        for _ in range(7):
            if day > 30:
                cells.append('<td class="fc-day fc-other-month"></td>')
            else:
                ev = "".join(f'<a class="fc-event" href="/su-kien/{day}-4-2019-{k}">{e(t)}</a>' for k, t in enumerate(events.get(day, [])))
                cells.append(f'<td class="fc-day" data-date="2019-04-{day:02d}"><span class="fc-day-number">{day}</span>{ev}</td>')
            day += 1
        rows.append("<tr>" + "".join(cells) + "</tr>")
    inner = f"""<div class="event-calendar" id="calendar">
<h1 class="page-title">Lịch sự kiện</h1>
<div class="fc-toolbar"><button class="fc-prev-button">‹ Tháng 3</button><h2 class="fc-center">Tháng 4/2019</h2><button class="fc-next-button">Tháng 5 ›</button> <button class="fc-month-button fc-state-active">Tháng</button><button class="fc-agendaWeek-button">Tuần</button><button class="fc-list-button">Danh sách</button></div>
<table class="fc-month-view" border="1">{"".join(rows)}</table>
<div class="fc-legend"><span class="lg lg-tinh">Sự kiện cấp tỉnh</span> <span class="lg lg-vh">Văn hóa - Thể thao</span> <span class="lg lg-dt">Xúc tiến đầu tư</span></div>
<p class="note">Lịch có thể thay đổi, đề nghị theo dõi thông báo chính thức. Xuất lịch: <a href="/su-kien/ical/2019-04.ics">iCal</a></p>
</div>"""
    return gov_shell("Cổng thông tin điện tử tỉnh Điện Biên", "Lịch sự kiện", inner, "Lịch sự kiện - Cổng TTĐT tỉnh Điện Biên",
                     '<link rel="stylesheet" href="/js/fullcalendar/fullcalendar.min.css">')


def non_thoitiet(rng: random.Random):
    days = []
    base = dt.date(2019, 6, 12)
    conds = ["Có mưa rào và dông rải rác", "Nắng nóng, chiều tối có mưa dông", "Nhiều mây, có mưa vừa", "Nắng, đêm không mưa", "Mây thay đổi, nắng gián đoạn", "Có mưa rào vài nơi", "Nắng nóng gay gắt"]
    for i in range(7):
        d = base + dt.timedelta(days=i)
        lo = rng.randint(25, 27)
        hi = rng.randint(32, 37)
        rain = rng.randint(10, 80)
        days.append(f'<div class="forecast-day"><div class="fd-date">{WEEKDAYS[d.weekday()]}<br>{d.day:02d}/{d.month:02d}</div><img src="/images/weather/{i % 4}.svg" alt=""><div class="fd-temp"><span class="max">{hi}°</span>/<span class="min">{lo}°</span></div><div class="fd-desc">{conds[i]}</div><div class="fd-rain">Khả năng mưa: {rain}%</div></div>')
    stations = [("TP Thanh Hóa", "34", "76", "Đông Nam cấp 2"), ("Sầm Sơn", "33", "80", "Đông Nam cấp 3"), ("Như Xuân", "36", "62", "Tây Nam cấp 2"), ("Mường Lát", "31", "70", "Lặng gió"), ("Bá Thước", "35", "68", "Tây Nam cấp 2")]
    srows = "".join(f"<tr><td>{a}</td><td>{b}°C</td><td>{c}%</td><td>{d}</td></tr>" for a, b, c, d in stations)
    inner = f"""<div class="weather-page">
<h1 class="wp-title">Dự báo thời tiết tỉnh Thanh Hóa</h1>
<div class="wp-now"><div class="wp-now-temp">33°C</div><div class="wp-now-desc">Nắng, có mây. Cảm giác như 38°C</div><ul class="wp-now-meta"><li>Độ ẩm: 74%</li><li>Gió: Đông Nam 3 m/s</li><li>Tầm nhìn: 10 km</li><li>Chỉ số UV: 9 (rất cao)</li></ul><p class="wp-issued">Bản tin phát lúc 05:00 ngày 12/06/2019 - Đài Khí tượng Thủy văn tỉnh Thanh Hóa</p></div>
<h2>Dự báo 7 ngày tới</h2>
<div class="forecast-7d">{"".join(days)}</div>
<h2>Quan trắc tại các trạm</h2>
<table class="tbl-stations"><thead><tr><th>Trạm</th><th>Nhiệt độ</th><th>Độ ẩm</th><th>Gió</th></tr></thead><tbody>{srows}</tbody></table>
<div class="wp-warning"><strong>Cảnh báo:</strong> Nắng nóng diện rộng, nhiệt độ cao nhất phổ biến 35-37°C, có nơi trên 38°C.</div>
<div class="wp-widget"><iframe src="https://embed.windy.com/embed2.html?lat=19.8&amp;lon=105.8&amp;zoom=7" width="100%" height="360" frameborder="0" title="Bản đồ gió"></iframe></div>
</div>"""
    return gov_shell("Báo Thanh Hóa điện tử", "Thời tiết", inner, "Thời tiết - Báo Thanh Hóa")


def non_gianongsan(rng: random.Random):
    items = [("Lúa khô IR 50404", "kg", 5400), ("Lúa OM 5451", "kg", 5800), ("Gạo thường", "kg", 11500), ("Cà phê nhân xô", "kg", 33400), ("Hồ tiêu đen", "kg", 45000), ("Heo hơi", "kg", 48000), ("Gà ta thả vườn", "kg", 85000), ("Cá tra thịt trắng", "kg", 22500), ("Tôm thẻ 100 con/kg", "kg", 98000), ("Xoài cát Hòa Lộc", "kg", 38000), ("Sầu riêng Ri6", "kg", 52000), ("Thanh long ruột đỏ", "kg", 17000)]
    rows = []
    for name, unit, price in items:
        delta = rng.choice([-500, -200, 0, 0, 300, 1000])
        arrow = "tang" if delta > 0 else ("giam" if delta < 0 else "ondinh")
        dtxt = f"{delta:+,}".replace(",", ".") if delta else "0"
        rows.append(f'<tr><td class="ten">{e(name)}</td><td>{unit}</td><td class="gia">{price:,}</td><td class="bd {arrow}">{dtxt}</td><td>Chợ đầu mối Cái Bè</td></tr>'.replace(",", "."))
    inner = f"""<section class="market-price">
<h1 class="mp-heading">Giá nông sản hôm nay</h1>
<form class="mp-filter"><label>Ngày <input type="date" name="ngay" value="2019-10-08"></label> <label>Nhóm hàng <select name="nhom"><option>Tất cả</option><option>Lương thực</option><option>Thủy sản</option><option>Trái cây</option></select></label> <label>Chợ <select name="cho"><option>Chợ đầu mối Cái Bè</option><option>Chợ Mỹ Tho</option></select></label> <button>Xem</button></form>
<p class="mp-note">Đơn vị tính: đồng. Nguồn: Trung tâm Thông tin và Thống kê - Sở Công Thương Tiền Giang. Cập nhật 08/10/2019 10:00.</p>
<table class="mp-table"><thead><tr><th>Mặt hàng</th><th>ĐVT</th><th>Giá</th><th>Biến động</th><th>Nơi khảo sát</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<div class="mp-chart"><canvas id="chartGia" width="700" height="260"></canvas><p class="mp-chart-title">Biểu đồ giá lúa 30 ngày qua</p></div>
<div class="mp-links"><a href="/gia-ca/gia-vang">Giá vàng</a> | <a href="/gia-ca/gia-xang-dau">Giá xăng dầu</a> | <a href="/gia-ca/ty-gia">Tỷ giá</a></div>
</section>"""
    return gov_shell("Sở Công Thương tỉnh Tiền Giang", "Giá cả thị trường", inner, "Giá nông sản hôm nay - Sở Công Thương Tiền Giang",
                     '<script src="/js/chart.min.js"></script>')


def non_baoin(rng: random.Random):
    cards = []
    d = dt.date(2020, 11, 20)
    n = 4521
    while len(cards) < 12:
        if d.weekday() != 6:
            cards.append(f'<div class="issue-card"><a href="/bao-in/{d.isoformat()}/so-{n}.pdf" target="_blank"><img src="/bao-in/thumbs/{n}.jpg" alt="Báo in số {n}"></a><div class="issue-no">Số {n}</div><div class="issue-date">{WEEKDAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}</div><a class="btn-dl" href="/bao-in/{d.isoformat()}/so-{n}.pdf">Tải PDF ({rng.randint(6, 14)},{rng.randint(0, 9)} MB)</a></div>')
            n -= 1
        d -= dt.timedelta(days=1)
    inner = f"""<div class="epaper">
<h1 class="ep-title">Báo in</h1>
<div class="ep-tabs"><a class="active" href="/bao-in">Báo Nghệ An hằng ngày</a><a href="/bao-in/cuoi-tuan">Nghệ An cuối tuần</a><a href="/bao-in/chuyen-de">Chuyên đề</a></div>
<form class="ep-search"><label>Chọn ngày phát hành: <input type="text" class="datepicker" placeholder="dd/mm/yyyy"></label><button>Tìm số báo</button></form>
<div class="issue-grid">{"".join(cards)}</div>
<ul class="pagination"><li class="active"><span>1</span></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2">Sau »</a></li></ul>
<p class="ep-note">Để đọc báo in định dạng PDF, máy tính cần cài đặt phần mềm Adobe Reader. Đặt mua báo in: 0238.3844.xxx.</p>
</div>"""
    return gov_shell("Báo Nghệ An", "Báo in", inner, "Báo in - Báo Nghệ An điện tử")


def non_vanban_chitiet(rng: random.Random):
    meta = [("Số ký hiệu", "2145/QĐ-UBND"), ("Ngày ban hành", "14/08/2020"), ("Ngày có hiệu lực", "14/08/2020"), ("Loại văn bản", "Quyết định"), ("Cơ quan ban hành", "UBND tỉnh Quảng Bình"), ("Người ký", "Phó Chủ tịch UBND tỉnh"), ("Lĩnh vực", "Tài nguyên - Môi trường"), ("Trích yếu", "Về việc phê duyệt Kế hoạch thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Bình giai đoạn 2020 - 2025, định hướng đến năm 2030"), ("Tình trạng hiệu lực", "Còn hiệu lực")]
    rows = "".join(f'<tr><th scope="row">{e(k)}</th><td>{e(v)}</td></tr>' for k, v in meta)
    inner = f"""<div class="vb-detail">
<div class="vb-header"><span class="vb-badge">Văn bản mới</span><h1 class="vb-so">Quyết định số 2145/QĐ-UBND</h1></div>
<table class="vb-meta table table-bordered">{rows}</table>
<div class="vb-files"><h3>Tệp đính kèm</h3>
<a class="btn btn-primary btn-download" href="/Uploads/VanBan/2020/08/2145-QD-UBND.pdf"><i class="icon-download"></i> Tải về (PDF, 1,2 MB)</a>
<a class="btn btn-default" href="/Uploads/VanBan/2020/08/2145-QD-UBND-phuluc.docx"><i class="icon-download"></i> Phụ lục kèm theo (DOCX)</a>
<span class="vb-downloads">Lượt tải: 187</span></div>
<div class="vb-related"><h3>Văn bản cùng lĩnh vực</h3><ul>
<li><a href="/van-ban/2098-qd-ubnd">2098/QĐ-UBND - Phê duyệt quy hoạch bãi chôn lấp chất thải rắn huyện Lệ Thủy</a> <span>(07/08/2020)</span></li>
<li><a href="/van-ban/33-kh-ubnd">33/KH-UBND - Kế hoạch phòng, chống ô nhiễm môi trường năm 2020</a> <span>(20/02/2020)</span></li>
<li><a href="/van-ban/15-2020-qd-ubnd">15/2020/QĐ-UBND - Quy định giá dịch vụ thu gom rác thải</a> <span>(12/06/2020)</span></li>
</ul></div>
<p class="vb-back"><a href="/van-ban">« Danh sách văn bản</a></p>
</div>"""
    return gov_shell("Cổng thông tin điện tử tỉnh Quảng Bình", "Văn bản mới", inner, "Văn bản mới - Cổng TTĐT Quảng Bình")


def non_thongke(rng: random.Random):
    kpis = [("Tổng sản phẩm trên địa bàn (GRDP)", "7,12%", "tăng so với cùng kỳ"), ("Thu ngân sách nhà nước", "14.826 tỷ đồng", "đạt 82,4% dự toán"), ("Kim ngạch xuất khẩu", "3,41 tỷ USD", "tăng 9,8%"), ("Vốn đầu tư toàn xã hội", "41.205 tỷ đồng", "tăng 11,2%"), ("Doanh nghiệp thành lập mới", "1.284", "tăng 6,1%"), ("Tỷ lệ hộ nghèo", "2,87%", "giảm 0,9 điểm %")]
    cards = "".join(f'<div class="kpi-card"><div class="kpi-label">{e(a)}</div><div class="kpi-value">{e(b)}</div><div class="kpi-delta">{e(c)}</div></div>' for a, b, c in kpis)
    sectors = [("Nông, lâm nghiệp và thủy sản", "2,95"), ("Công nghiệp và xây dựng", "9,84"), ("Dịch vụ", "6,71"), ("Thuế sản phẩm", "5,20")]
    srows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in sectors)
    data = json.dumps({"labels": ["Q1", "Q2", "Q3"], "grdp": [6.8, 7.1, 7.4], "xk": [1.02, 1.15, 1.24]})
    inner = f"""<div class="dashboard" id="dashboard-kt-xh">
<h1 class="db-title">Số liệu thống kê kinh tế - xã hội</h1>
<div class="db-filter"><select name="ky"><option>9 tháng năm 2019</option><option>6 tháng năm 2019</option><option>Năm 2018</option></select> <select name="chi-tieu"><option>Tất cả chỉ tiêu</option></select> <button class="btn-export">Xuất Excel</button></div>
<div class="kpi-grid">{cards}</div>
<div class="db-charts"><div class="chart-box"><h3>Tăng trưởng GRDP theo quý (%)</h3><canvas id="c1" height="220"></canvas></div><div class="chart-box"><h3>Kim ngạch xuất khẩu theo quý (tỷ USD)</h3><canvas id="c2" height="220"></canvas></div></div>
<div class="db-table"><h3>Tốc độ tăng giá trị tăng thêm theo khu vực (%)</h3><table class="tbl"><thead><tr><th>Khu vực</th><th>9 tháng 2019</th></tr></thead><tbody>{srows}</tbody></table></div>
<p class="db-source">Nguồn: Cục Thống kê tỉnh Bình Định. Số liệu sơ bộ, cập nhật ngày 30/09/2019.</p>
<script>window.__DASH__={data};</script>
</div>"""
    return gov_shell("Cục Thống kê tỉnh Bình Định", "Số liệu thống kê", inner, "Số liệu thống kê - Cục Thống kê Bình Định")


def non_tacgia(rng: random.Random):
    titles = ["Hợp tác xã kiểu mới giúp nông dân Đức Trọng tăng thu nhập", "Đà Lạt chỉnh trang hồ Xuân Hương trước mùa lễ hội", "Người giữ rừng ở Lạc Dương", "Cà phê Di Linh hướng tới chuỗi giá trị bền vững", "Trường học vùng cao Đam Rông đón học sinh trở lại", "Dâu tây Đà Lạt vào mùa, nông dân phấn khởi", "Hồ Tuyền Lâm thu hút nhà đầu tư du lịch sinh thái", "Bảo Lộc đẩy mạnh chuyển đổi số trong cải cách hành chính"]
    d = dt.date(2021, 12, 3)
    items = []
    for t in titles:
        items.append(f'<article class="author-post"><a class="thumb" href="/{rng.randint(100000, 999999)}.html"><img src="/thumb/{rng.randint(1000, 9999)}.jpg" alt=""></a><div class="info"><h3 class="post-title"><a href="/{rng.randint(100000, 999999)}.html">{e(t)}</a></h3><span class="post-date">{d.day:02d}/{d.month:02d}/{d.year}</span></div></article>')
        d -= dt.timedelta(days=rng.randint(2, 9))
    inner = f"""<div class="author-profile">
<div class="ap-card"><img class="ap-avatar" src="/avatars/nguyen-thi-thu-ha.jpg" alt="Nguyễn Thị Thu Hà">
<h1 class="ap-name">Nguyễn Thị Thu Hà</h1>
<p class="ap-role">Phóng viên Ban Kinh tế</p>
<p class="ap-bio">Tốt nghiệp Học viện Báo chí và Tuyên truyền năm 2012, chị gắn bó với Báo Lâm Đồng hơn 9 năm, chuyên theo dõi mảng nông nghiệp công nghệ cao, du lịch và phát triển nông thôn. Chị từng đoạt giải B Giải Báo chí tỉnh Lâm Đồng năm 2019 với loạt bài về nông nghiệp hữu cơ.</p>
<ul class="ap-contact"><li>Email: thuha@baolamdong.example</li><li><a href="https://facebook.com/thuha.bld">Facebook</a></li></ul>
<div class="ap-stats"><span>Số bài viết: 1.246</span> <span>Tham gia: 2012</span></div></div>
<h2 class="ap-list-title">Bài viết của tác giả</h2>
<div class="ap-posts">{"".join(items)}</div>
<div class="paging"><a class="active">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=156">Cuối</a></div>
</div>"""
    return gov_shell("Báo Lâm Đồng điện tử", "Tác giả", inner, "Nguyễn Thị Thu Hà - Báo Lâm Đồng")


def non_moithau(rng: random.Random):
    pkgs = ["Xây dựng trường Tiểu học xã Tân Lập, hạng mục nhà lớp học 2 tầng 8 phòng", "Mua sắm thiết bị dạy học tối thiểu lớp 2 năm học 2021-2022", "Nâng cấp tuyến đường ĐH.12 đoạn Km0+000 - Km3+450", "Cung cấp thuốc generic cho Trung tâm Y tế huyện năm 2021", "Tư vấn lập báo cáo kinh tế kỹ thuật công trình kè chống sạt lở suối Nậm Pồ", "Sửa chữa trụ sở UBND xã Mường Khoa", "Cung cấp dịch vụ vệ sinh môi trường đô thị thị trấn năm 2021"]
    methods = ["Đấu thầu rộng rãi qua mạng", "Chào hàng cạnh tranh qua mạng", "Chỉ định thầu rút gọn"]
    rows = []
    d = dt.date(2021, 6, 18)
    for i, p in enumerate(pkgs):
        tbmt = f"2021060{rng.randint(1000, 9999)}-00"
        close = d + dt.timedelta(days=rng.randint(10, 21))
        price = rng.randint(300, 24000) * 1_000_000
        rows.append(f'<tr><td>{i + 1}</td><td><a href="/moi-thau/{tbmt}">{tbmt}</a></td><td class="ten-goi">{e(p)}</td><td>{methods[i % 3]}</td><td class="num">{price:,}</td><td>{d.day:02d}/{d.month:02d}/{d.year}</td><td>{close.day:02d}/{close.month:02d}/{close.year} 09:00</td><td><span class="tt tt-dang">Đang mời thầu</span></td></tr>'.replace(",", "."))
        d -= dt.timedelta(days=rng.randint(1, 3))
    inner = f"""<div class="procurement">
<h1 class="proc-title">Thông báo mời thầu</h1>
<div class="proc-filter"><input type="text" placeholder="Số TBMT / tên gói thầu"><select><option>Lĩnh vực: Tất cả</option><option>Xây lắp</option><option>Hàng hóa</option><option>Tư vấn</option><option>Phi tư vấn</option></select><select><option>Trạng thái: Tất cả</option></select><button>Lọc</button></div>
<table class="tbl-tbmt"><thead><tr><th>STT</th><th>Số TBMT</th><th>Tên gói thầu</th><th>Hình thức LCNT</th><th>Giá gói thầu (VNĐ)</th><th>Ngày đăng tải</th><th>Thời điểm đóng thầu</th><th>Trạng thái</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<p class="proc-note">Thông tin chi tiết và hồ sơ mời thầu được đăng tải trên Hệ thống mạng đấu thầu quốc gia (muasamcong.mpi.gov.vn). Nhà thầu vui lòng tra cứu theo số TBMT.</p>
<div class="paging"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a></div>
</div>"""
    return gov_shell("Ban QLDA đầu tư xây dựng huyện Mường Chà", "Thông báo mời thầu", inner, "Thông báo mời thầu")


def non_bando(rng: random.Random):
    offices = [("Văn phòng UBND tỉnh", "Số 36 Hùng Vương, phường Vạn Thạnh, TP Nha Trang", "0258.3822.661"), ("Sở Tài nguyên và Môi trường", "Số 64B Pasteur, phường Xương Huân, TP Nha Trang", "0258.3822.750"), ("Sở Kế hoạch và Đầu tư", "Số 1 Trần Phú, phường Xương Huân, TP Nha Trang", "0258.3822.882"), ("Trung tâm Phục vụ hành chính công", "Số 1 Trần Phú, phường Xương Huân, TP Nha Trang", "0258.3568.568")]
    lis = "".join(f'<li class="office" data-lat="12.{rng.randint(2300, 2600)}" data-lng="109.{rng.randint(1900, 2000)}"><strong>{e(a)}</strong><br><span class="addr">{e(b)}</span><br><span class="tel">ĐT: {c}</span> <a class="chiduong" href="https://www.google.com/maps/dir/?api=1&amp;destination={e(b)}" target="_blank">Chỉ đường</a></li>' for a, b, c in offices)
    inner = f"""<div class="admin-map">
<h1 class="am-title">Bản đồ hành chính</h1>
<div class="am-layout"><div class="am-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d62378.6!2d109.15!3d12.24!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zTmhhIFRyYW5n!5e0!3m2!1svi!2s!4v1600000000000" width="100%" height="520" style="border:0;" allowfullscreen="" loading="lazy" title="Bản đồ các cơ quan hành chính"></iframe></div>
<div class="am-side"><select class="am-filter"><option>-- Chọn huyện, thị xã, thành phố --</option><option>TP Nha Trang</option><option>TP Cam Ranh</option><option>Thị xã Ninh Hòa</option><option>Huyện Diên Khánh</option></select>
<ul class="am-offices">{lis}</ul></div></div>
<p class="am-download"><a href="/Uploads/bando/ban-do-hanh-chinh-khanh-hoa.pdf">Tải bản đồ hành chính tỉnh (PDF, 18 MB)</a></p>
</div>"""
    return gov_shell("Cổng thông tin điện tử tỉnh Khánh Hòa", "Bản đồ hành chính", inner, "Bản đồ hành chính - Khánh Hòa")


def non_dieukhoan(rng: random.Random):
    sections = [
        ("1. Phạm vi áp dụng", ["Điều khoản này áp dụng đối với mọi tổ chức, cá nhân truy cập, sử dụng thông tin và dịch vụ trên Cổng thông tin điện tử thành phố Cần Thơ (sau đây gọi là Cổng TTĐT).", "Việc truy cập và sử dụng Cổng TTĐT đồng nghĩa với việc người sử dụng đã đọc, hiểu và đồng ý với các điều khoản dưới đây."]),
        ("2. Quyền sở hữu trí tuệ", ["Nội dung, hình ảnh, logo và thiết kế trên Cổng TTĐT thuộc quyền quản lý của Văn phòng UBND thành phố Cần Thơ, trừ trường hợp có ghi chú khác.", "Khi trích dẫn, phát hành lại thông tin phải ghi rõ nguồn \"Cổng thông tin điện tử thành phố Cần Thơ\" và đường dẫn tới bài gốc."]),
        ("3. Trách nhiệm của người sử dụng", ["Không sử dụng Cổng TTĐT vào mục đích vi phạm pháp luật, gây rối, phát tán mã độc hoặc thu thập trái phép dữ liệu cá nhân của người khác.", "Chịu trách nhiệm về tính chính xác của thông tin khi gửi câu hỏi, góp ý, hồ sơ dịch vụ công trực tuyến."]),
        ("4. Bảo vệ dữ liệu cá nhân", ["Cổng TTĐT chỉ thu thập thông tin cá nhân cần thiết cho việc giải quyết thủ tục hành chính và trả lời phản ánh, kiến nghị; thông tin được lưu trữ, bảo mật theo quy định của pháp luật.", "Cổng TTĐT sử dụng cookie để thống kê lượt truy cập; người dùng có thể tắt cookie trong cài đặt trình duyệt."]),
        ("5. Giới hạn trách nhiệm", ["Cổng TTĐT không chịu trách nhiệm đối với nội dung của các website bên ngoài được liên kết tới.", "Văn bản đăng tải trên Cổng TTĐT chỉ có giá trị tham khảo; giá trị pháp lý căn cứ vào văn bản gốc do cơ quan có thẩm quyền ban hành."]),
        ("6. Sửa đổi điều khoản", ["Ban biên tập có quyền sửa đổi, bổ sung điều khoản này; nội dung sửa đổi có hiệu lực kể từ khi đăng tải trên Cổng TTĐT."]),
    ]
    blocks = []
    for h2, ps in sections:
        blocks.append(f"<h2>{e(h2)}</h2>")
        blocks.extend(f"<p>{e(p)}</p>" for p in ps)
    inner = f"""<div class="static-page terms">
<h1 class="sp-title">Điều khoản sử dụng</h1>
<div class="sp-toc"><strong>Mục lục</strong><ol>{"".join(f'<li><a href="#m{i + 1}">{e(h[3:])}</a></li>' for i, (h, _) in enumerate(sections))}</ol></div>
<div class="sp-content">
{chr(10).join(blocks)}
</div>
<p class="sp-contact">Mọi thắc mắc xin liên hệ Ban biên tập qua địa chỉ thư điện tử banbientap@cantho.gov.vn.</p>
<div class="sp-links"><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a> | <a href="/so-do-site">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a></div>
</div>"""
    return gov_shell("Cổng thông tin điện tử thành phố Cần Thơ", "Điều khoản sử dụng", inner, "Điều khoản sử dụng - Cổng TTĐT TP Cần Thơ")


def non_sitemap3(rng: random.Random):
    tree = [
        ("Giới thiệu", [("Tổng quan", ["Lịch sử hình thành", "Điều kiện tự nhiên", "Đơn vị hành chính"]), ("Bộ máy tổ chức", ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành"])]),
        ("Tin tức - Sự kiện", [("Thời sự", ["Hoạt động lãnh đạo tỉnh", "Tin địa phương"]), ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Thương mại - Du lịch"]), ("Văn hóa - Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm"])]),
        ("Chính quyền điện tử", [("Dịch vụ công", ["Dịch vụ công mức độ 3", "Dịch vụ công mức độ 4", "Tra cứu hồ sơ"]), ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"])]),
        ("Công dân - Doanh nghiệp", [("Công dân", ["Hỏi đáp", "Phản ánh kiến nghị"]), ("Doanh nghiệp", ["Thủ tục đầu tư", "Dự án kêu gọi đầu tư", "Thông tin đấu thầu"])]),
        ("Thông tin tuyên truyền", [("Chuyên đề", ["Chuyển đổi số", "Xây dựng nông thôn mới"]), ("Đa phương tiện", ["Video", "Ảnh", "Infographic"])]),
    ]

    lvl1 = []
    for a, subs in tree:
        lvl2 = []
        for b, leaves in subs:
            lvl3 = "".join(f'<li class="lv3"><a href="/{rng.randint(100, 999)}/{i}">{e(c)}</a></li>' for i, c in enumerate(leaves))
            lvl2.append(f'<li class="lv2"><a href="/{rng.randint(10, 99)}">{e(b)}</a><ul class="sub-lv3">{lvl3}</ul></li>')
        lvl1.append(f'<li class="lv1"><a href="/{rng.randint(1, 9)}">{e(a)}</a>\n<ul class="sub-lv2">{"".join(lvl2)}</ul></li>')
    inner = f"""<div class="sitemap-page">
<h1 class="sm-title">Sitemap</h1>
<ul class="sitemap-tree">
{chr(10).join(lvl1)}
</ul>
<p class="sm-xml">Phiên bản dành cho máy tìm kiếm: <a href="/sitemap.xml">sitemap.xml</a></p>
</div>"""
    return gov_shell("Cổng thông tin điện tử tỉnh Hà Giang", "Sitemap", inner, "Sitemap - Cổng TTĐT Hà Giang")


# ---------------------------------------------------------------- main

ARTICLES = [
    ("typo3_news_01", "typo3", art_typo3),
    ("contao_newsreader_01", "contao", art_contao),
    ("bitrix_newsdetail_01", "bitrix", art_bitrix),
    ("portlet_cong_ttdt_01", "portlet", art_portlet),
    ("wagtail_streamfield_01", "wagtail", art_wagtail),
    ("gatsby_strapi_theo_01", "gatsby", art_gatsby),
    ("legacy_font_center_nodate_01", "legacy", art_legacy),
    ("two_column_table_01", "twocol", art_twocol),
    ("tilda_short_01", "tilda", art_tilda),
]

NONARTICLES = [
    ("nonarticle_lichsukien_01", non_lichsukien),
    ("nonarticle_thoitiet_01", non_thoitiet),
    ("nonarticle_gianongsan_01", non_gianongsan),
    ("nonarticle_baoin_01", non_baoin),
    ("nonarticle_vanban_chitiet_01", non_vanban_chitiet),
    ("nonarticle_thongke_01", non_thongke),
    ("nonarticle_tacgia_01", non_tacgia),
    ("nonarticle_moithau_01", non_moithau),
    ("nonarticle_bando_01", non_bando),
    ("nonarticle_dieukhoan_01", non_dieukhoan),
    ("nonarticle_sitemap3_01", non_sitemap3),
]


def write(name: str, doc: str, exp: dict) -> None:
    (OUT / f"{name}.html").write_text(doc, encoding="utf-8")
    (OUT / f"{name}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    recs = load_records(list(ART_IDS.values()))
    used = existing_titles()
    for rid in ART_IDS.values():
        assert rid.endswith(SUFFIX), rid
        assert recs[rid]["title"] not in used, rid
    for i, (name, key, fn) in enumerate(ARTICLES):
        rng = random.Random(f"{SEED}-{name}-{i}")
        doc, exp = fn(recs[ART_IDS[key]], rng)
        write(name, doc, exp)
    for i, (name, fn) in enumerate(NONARTICLES):
        rng = random.Random(f"{SEED}-{name}-{i}")
        write(name, fn(rng), dict(NON))
    print(f"wrote {len(ARTICLES) + len(NONARTICLES)} fixtures to {OUT}")


if __name__ == "__main__":
    main()
