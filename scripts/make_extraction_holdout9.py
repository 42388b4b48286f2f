# ruff: noqa: E501
"""Generate the blind held-out extraction gold set ``tests/fixtures/extraction/holdout9``.

Written without looking at the extractor, its docs, or any existing fixture HTML.
Ten article pages (real texts from ``../shared/data/vi_news.jsonl``, except the
party-committee plan item, which is written by hand) and ten non-article pages.

Record selection rule (deterministic): records whose id ends with ``"41"``, with a
non-empty title not present in any existing fixture ``.json``, 5-12 paragraphs, every
paragraph >= 50 characters and ending with sentence punctuation, 800-3200 characters
of text, no detokenisation artefacts (" ," / " ." / " ' "), no photo/video/source or
"Xem thêm" markers; sorted by id, then ``random.Random(SEED).sample(cands, 14)``, minus a
short hand-reviewed REJECTED list (leftover captions, scrambled text), first 9 kept.

Usage: .venv/bin/python scripts/make_extraction_holdout9.py
"""

from __future__ import annotations

import datetime as dt
import glob
import html
import json
import random
from pathlib import Path

SEED = 20240914
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "vi_news.jsonl"
FIXTURES = ROOT / "tests" / "fixtures" / "extraction"
OUT = FIXTURES / "holdout9"

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return " ".join(s.split())


def paras_of(rec: dict) -> list[str]:
    return [norm(p) for p in rec["text"].split("\n") if p.strip()]


def weekday(iso: str) -> str:
    return WEEKDAYS[dt.date.fromisoformat(iso).weekday()]


def dmy(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{esc(p)}</p>" for p in paras)


def article(title: str, date: str | None, author: str | None, body: list[str]) -> dict:
    return {
        "is_article": True,
        "title": title,
        "date": date,
        "author": author,
        "body": "\n\n".join(body),
    }


NON = {"is_article": False, "title": None, "date": None, "author": None, "body": ""}


def existing_titles() -> set[str]:
    out: set[str] = set()
    for f in glob.glob(str(FIXTURES / "**" / "*.json"), recursive=True):
        if "/holdout9/" in f:
            continue
        try:
            t = json.loads(Path(f).read_text(encoding="utf-8")).get("title")
        except Exception:
            continue
        if isinstance(t, str):
            out.add(norm(t))
    return out


def eligible(rec: dict, seen: set[str]) -> bool:
    if not rec["id"].endswith("41") or not rec.get("title") or not rec.get("text"):
        return False
    if norm(rec["title"]) in seen or " ' " in rec["title"] or '"' in rec["title"]:
        return False
    ps_ = paras_of(rec)
    if not 5 <= len(ps_) <= 12 or any(len(p) < 50 for p in ps_):
        return False
    # Every paragraph must end like a sentence (drops leftover photo captions).
    if any(not p.endswith((".", "!", "?", '"', "”", "…", ":")) for p in ps_):
        return False
    t = rec["text"]
    if " ," in t or " ." in t or " ' " in t or "<" in t or ">" in t:
        return False
    if not 800 <= len(t) <= 3200:
        return False
    if any(p.startswith(("Xem thêm", "Đọc thêm", "Mời quý", "Tin liên quan")) for p in ps_):
        return False
    return not any(k in t for k in ("Ảnh:", "ảnh:", "Video", "Clip", "(Ảnh", "Nguồn", "Theo "))


# Records rejected after manual review (would make the gold ambiguous or odd):
REJECTED = {
    "baomoi-21478341",  # paragraphs scrambled (story opening is the last paragraph)
    "vietnews-train-039541",  # 2nd paragraph is a leftover photo caption from the source page
    "vietnews-train-048841",  # 2nd paragraph is a leftover photo caption from the source page
}


def load_records() -> tuple[list[dict], list[str], list[str]]:
    """Return (9 article records, filler titles, filler leads) for list/widget boxes."""
    recs = [
        json.loads(line) for line in DATA.read_text(encoding="utf-8").split("\n") if line.strip()
    ]
    seen = existing_titles()
    cands = sorted((r for r in recs if eligible(r, seen)), key=lambda r: r["id"])
    rng = random.Random(SEED)
    # Over-sample, drop hand-reviewed rejects, keep the first 9 in sample order.
    picked = [r for r in rng.sample(cands, 14) if r["id"] not in REJECTED][:9]
    picked_ids = {r["id"] for r in picked}
    filler = sorted(
        (
            r
            for r in recs
            if r["id"].endswith("41")
            and r["id"] not in picked_ids
            and r.get("title")
            and r.get("text")
            and " ' " not in r["title"]
            and norm(r["title"]) not in seen
            and len(norm(r["title"])) >= 25
        ),
        key=lambda r: r["id"],
    )
    filler = rng.sample(filler, 130)
    return picked, [norm(r["title"]) for r in filler], [paras_of(r)[0] for r in filler]


COOKIE = '<div class="{c}" role="dialog">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với <a href="/chinh-sach-cookie">chính sách cookie</a>. <button type="button">Đồng ý</button></div>'
GA = "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-XK12TQ\"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XK12TQ');</script>"


def links(titles: list[str], cls: str = "", date: str | None = None) -> str:
    li = []
    for i, t in enumerate(titles):
        extra = f' <span class="d">({date})</span>' if date else ""
        li.append(f'<li><a href="/tin-tuc/{i + 101}.html">{esc(t)}</a>{extra}</li>')
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(li) + "</ul>"


# ---------------------------------------------------------------- articles


def provincial_baotinh(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-06-10"
    author = "Hoàng Minh Đức"
    mid = min(3, len(p) - 1)
    body_html = (
        ps(p[1:2])
        + '\n<figure class="bl-photo"><img src="/uploads/2023/06/anh-1.jpg" alt="" width="680"><figcaption class="bl-caption">Ảnh minh họa.</figcaption></figure>\n'
        + ps(p[2:mid])
        + '\n<div class="bl-related"><p class="bl-related-h">Tin liên quan</p>'
        + links(others[:3])
        + "</div>\n"
        + ps(p[mid:])
        + f'\n<p style="text-align:right"><strong>{esc(author)}</strong></p>'
    )
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)} - Báo Lạng Sơn điện tử</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/bl.min.css?v=3.2">
<style>.bl-sapo strong{{font-size:17px}}.bl-caption{{font-style:italic;color:#555}}</style>
{GA}
</head>
<body class="bl-body">
{COOKIE.format(c="bl-cookie")}
<div class="bl-topbar"><span class="bl-today">{weekday("2024-09-14")}, ngày 14/09/2024</span> <a href="/dang-nhap">Đăng nhập</a></div>
<header class="bl-header"><a class="bl-logo" href="/"><img src="/logo.png" alt="Báo Lạng Sơn"></a>
<nav class="bl-menu"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/kinh-te">Kinh tế</a><a href="/xa-hoi">Xã hội</a><a href="/van-hoa">Văn hóa</a><a href="/the-thao">Thể thao</a></nav></header>
<div class="bl-ad"><a href="https://quangcao.example.vn"><img src="/ads/banner-980x90.jpg" alt="Quảng cáo"></a></div>
<main class="bl-main">
<div class="bl-crumb"><a href="/">Trang chủ</a> &raquo; <a href="/xa-hoi">Xã hội</a></div>
<article class="bl-detail">
<h1 class="bl-title">{esc(title)}</h1>
<div class="bl-meta"><span class="bl-time">08:35, {dmy(date)}</span> <span class="bl-views">Lượt đọc: 2.118</span></div>
<div class="bl-share"><a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
<p class="bl-sapo"><strong>{esc(p[0])}</strong></p>
<div class="bl-content">
{body_html}
</div>
<div class="bl-tags">Từ khóa: <a href="/tag/lang-son">Lạng Sơn</a> <a href="/tag/xa-hoi">xã hội</a></div>
</article>
<section class="bl-comments"><h3>Ý kiến bạn đọc</h3>
<div class="bl-cmt"><b>Nguyễn Văn Tú</b> <i>(10/06/2023 10:12)</i><p>Mong các cơ quan chức năng sớm vào cuộc.</p></div>
<form class="bl-cmt-form"><textarea placeholder="Nhập bình luận của bạn"></textarea><button>Gửi bình luận</button></form></section>
<section class="bl-same"><h3>Tin cùng chuyên mục</h3>{links(others[3:8], date="09/06/2023")}</section>
</main>
<footer class="bl-footer"><p>BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN</p><p>Giấy phép số 485/GP-BTTTT ngày 05/10/2021. Tổng Biên tập: Lâm Thị Phương Thanh.</p><p>&copy; 2024 Báo Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""
    return page, article(title, date, author, p)


def ubnd_huyen_tin(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-08-22"
    author = "Nguyễn Thu Hà"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cổng thông tin điện tử huyện Yên Dũng</title>
<link href="/Portals/_default/skins/yd/skin.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript">var dnn_Page = {{"tabId":57,"portalId":0}};</script>
</head>
<body>
<form method="post" action="/tin-tuc/chi-tiet.aspx?ItemID=4821" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<table class="yd-wrap" width="1000" cellpadding="0" cellspacing="0">
<tr><td class="yd-banner"><h1 class="yd-logo">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN DŨNG</h1><div class="yd-date">Hôm nay: {weekday("2024-05-20")}, 20/05/2024</div></td></tr>
<tr><td class="yd-menu"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/van-ban">Văn bản</a> | <a href="/thu-tuc">Thủ tục hành chính</a> | <a href="/lien-he">Liên hệ</a></td></tr>
<tr><td>
<table width="100%"><tr>
<td class="yd-left" width="220" valign="top"><div class="yd-box"><div class="yd-box-h">DANH MỤC</div><ul><li><a href="/tin-tuc/hoat-dong-lanh-dao">Hoạt động lãnh đạo</a></li><li><a href="/tin-tuc/kinh-te">Kinh tế</a></li><li><a href="/tin-tuc/van-hoa-xa-hoi">Văn hóa - Xã hội</a></li><li><a href="/tin-tuc/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li></ul></div>
<div class="yd-box"><div class="yd-box-h">LIÊN KẾT WEBSITE</div><select><option>-- Chọn liên kết --</option><option>Cổng TTĐT Chính phủ</option><option>Cổng TTĐT tỉnh</option></select></div></td>
<td class="yd-center" valign="top">
<div class="yd-path">Tin tức - Sự kiện &gt; Văn hóa - Xã hội</div>
<div class="NewsDetail">
<h2 class="news-title">{esc(title)}</h2>
<div class="news-info">Ngày đăng: {dmy(date)} 08:15 &nbsp;|&nbsp; Lượt xem: 1.527 &nbsp; <a href="javascript:print()"><img src="/images/print.gif" alt="In trang" /></a> <a href="mailto:?subject=Tin"><img src="/images/email.gif" alt="Gửi email" /></a> <a href="#"><img src="/images/fb.gif" alt="Chia sẻ" /></a></div>
<div class="news-sapo">{esc(p[0])}</div>
<div class="news-content">
{ps(p[1:])}
</div>
<div class="news-author" align="right">Tác giả: {esc(author)}</div>
<div class="news-updated">Cập nhật: 23/08/2023 14:02 &nbsp; Người đăng: bbt_yendung</div>
<div class="news-files"><b>Tệp đính kèm:</b><ul><li><a href="/Upload/2023/8/KH-152-UBND.pdf">KH-152-UBND.pdf</a> (312 KB)</li><li><a href="/Upload/2023/8/phu-luc.docx">Phu-luc-kem-theo.docx</a> (48 KB)</li></ul></div>
<div class="news-other"><b>Các tin khác</b>{links(others[8:13], date="21/08/2023")}</div>
</div>
</td>
<td class="yd-right" width="200" valign="top"><div class="yd-box"><div class="yd-box-h">THỐNG KÊ TRUY CẬP</div>Đang truy cập: 37<br />Tổng lượt truy cập: 1.204.556</div>
<div class="yd-box"><a href="https://dichvucong.gov.vn"><img src="/images/dvc.jpg" alt="Dịch vụ công trực tuyến" /></a></div></td>
</tr></table>
</td></tr>
<tr><td class="yd-footer">Cơ quan chủ quản: UBND huyện Yên Dũng, tỉnh Bắc Giang. Địa chỉ: thị trấn Nham Biền, huyện Yên Dũng. Điện thoại: 0204.3868.123. Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.</td></tr>
</table>
</form>
</body></html>
"""
    return page, article(title, date, author, p)


def national_bao(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2024-03-14"
    author = "Minh Khang"
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Báo Tin Tức Việt</title>
<meta name="description" content="{esc(p[0][:150])}">
<meta property="og:site_name" content="Báo Tin Tức Việt">
<link rel="canonical" href="https://tintucviet.example.vn/thoi-su/giao-thong/{rec["id"]}.htm">
<style>.ntv-breadcrumb a{{color:#9d0b0e}}.ntv-lead{{font-weight:700}}</style>
{GA}
<script>var adsSlots=["top_970","right_300"];</script>
</head>
<body>
<div class="ntv-ads-top"><ins class="adsbygoogle" data-ad-slot="top_970"></ins></div>
<header id="ntv-header"><a href="/" class="ntv-logo">Báo Tin Tức Việt</a>
<ul class="ntv-nav"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/phap-luat">Pháp luật</a></li><li><a href="/giao-duc">Giáo dục</a></li></ul>
<form class="ntv-search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></header>
<div class="ntv-page">
<div class="ntv-col-main">
<ol class="ntv-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ol>
<span class="ntv-date">{weekday(date)}, {dmy(date)}, 09:12 (GMT+7)</span>
<h1 class="ntv-headline">{esc(title)}</h1>
<div class="ntv-byline"><span class="ntv-author">{esc(author)}</span></div>
<p class="ntv-lead">{esc(p[0])}</p>
<div class="ntv-body" id="ntv-body">
{ps(p[1:4])}
<div class="ntv-inline-ad"><ins class="adsbygoogle" data-ad-slot="inread"></ins><span>Quảng cáo</span></div>
{ps(p[4:])}
</div>
<div class="ntv-social"><button class="ntv-like">Thích 215</button> <button class="ntv-share">Chia sẻ</button> <button>Sao chép liên kết</button></div>
<div class="ntv-topics"><b>Chủ đề:</b> <a href="/chu-de/giao-thong">Giao thông</a> <a href="/chu-de/do-thi">Đô thị</a></div>
<div class="ntv-readmore"><h3>Đọc thêm</h3>{links(others[13:17])}</div>
</div>
<aside class="ntv-col-side"><div class="ntv-most"><h3>Đọc nhiều</h3>{links(others[17:22])}</div><div class="ntv-ad-300"><ins class="adsbygoogle" data-ad-slot="right_300"></ins></div></aside>
</div>
<footer class="ntv-footer"><p>Giấy phép hoạt động báo điện tử số 51/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p><p>&copy; Bản quyền thuộc về Báo Tin Tức Việt. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer>
</body>
</html>
"""
    return page, article(title, date, author, p)


def dangbo_kehoach(others: list[str]) -> tuple[str, dict]:
    title = "Thành ủy ban hành kế hoạch nâng cao hiệu quả công tác dân vận chính quyền năm 2024"
    date = "2024-03-15"
    author = "Minh Thu"
    lead = "Ngày 12/3/2024, Ban Thường vụ Thành ủy ban hành Kế hoạch số 71-KH/TU về nâng cao hiệu quả công tác dân vận của chính quyền các cấp trên địa bàn thành phố năm 2024."
    p1 = "Kế hoạch nhằm tiếp tục quán triệt, triển khai thực hiện nghiêm túc các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận; nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, cán bộ, công chức, viên chức trong thực hiện công tác dân vận gắn với cải cách hành chính, xây dựng chính quyền thân thiện, gần dân."
    h1 = "Mục tiêu và chỉ tiêu cụ thể"
    p2 = "Phấn đấu 100% cơ quan hành chính nhà nước các cấp công khai thủ tục hành chính theo quy định; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt từ 98% trở lên; mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 90%."
    p3 = "Người đứng đầu cấp ủy, chính quyền các xã, phường tổ chức đối thoại trực tiếp với Nhân dân ít nhất 01 lần/năm; 100% kiến nghị, phản ánh của người dân được tiếp nhận, xem xét, giải quyết và trả lời theo quy định."
    h2 = "Phân công thực hiện"
    p4 = "Ban Thường vụ Thành ủy giao các cơ quan, đơn vị chủ trì triển khai các nhiệm vụ trọng tâm như sau:"
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        [
            "1",
            "Tổ chức đối thoại giữa người đứng đầu chính quyền với Nhân dân",
            "UBND thành phố",
            "Quý II/2024",
        ],
        [
            "2",
            "Rà soát, công khai thủ tục hành chính tại Bộ phận Một cửa",
            "Văn phòng HĐND và UBND thành phố",
            "Tháng 4/2024",
        ],
        [
            "3",
            "Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở",
            "Ban Dân vận Thành ủy",
            "Quý III/2024",
        ],
        [
            "4",
            "Sơ kết, đánh giá kết quả thực hiện Kế hoạch",
            "Ban Dân vận Thành ủy",
            "Tháng 12/2024",
        ],
    ]
    p5 = "Kế hoạch yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thành phố căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể để triển khai thực hiện; định kỳ báo cáo kết quả về Ban Thường vụ Thành ủy (qua Ban Dân vận Thành ủy) trước ngày 15/12/2024."
    thead = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"
    tbody = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    body = [lead, p1, h1, p2, p3, h2, p4] + [" | ".join(r) for r in rows] + [p5]
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Trang thông tin điện tử Đảng bộ thành phố</title>
<link rel="stylesheet" href="/themes/dangbo/css/main.css">
<script src="/themes/dangbo/js/app.js" defer></script>
</head>
<body class="db-site">
<div class="db-head"><img src="/themes/dangbo/img/co-dang.png" alt=""> <span class="db-name">ĐẢNG BỘ THÀNH PHỐ</span><div class="db-slogan">Đảng Cộng sản Việt Nam quang vinh muôn năm!</div></div>
<nav class="db-nav"><a href="/">Trang chủ</a><a href="/tin-hoat-dong">Tin hoạt động</a><a href="/van-kien">Văn kiện - Tư liệu</a><a href="/hoc-tap-bac">Học tập và làm theo Bác</a><a href="/xay-dung-dang">Xây dựng Đảng</a></nav>
<div class="db-container">
<div class="db-crumbs"><a href="/">Trang chủ</a> / <a href="/xay-dung-dang">Xây dựng Đảng</a> / <a href="/xay-dung-dang/dan-van">Công tác dân vận</a></div>
<div class="db-post">
<div class="db-post-title">{esc(title)}</div>
<div class="db-post-date"><i class="ico-clock"></i> {weekday(date)}, {dmy(date)} | 16:20</div>
<div class="db-tools"><a href="#" onclick="window.print();return false;">In</a> <a href="#">Gửi email</a> <a href="#" class="fz-up">A+</a> <a href="#" class="fz-down">A-</a></div>
<div class="db-post-body">
<p><b><i>{esc(lead)}</i></b></p>
<p>{esc(p1)}</p>
<p><b>{esc(h1)}</b></p>
<p>{esc(p2)}</p>
<p>{esc(p3)}</p>
<p><b>{esc(h2)}</b></p>
<p>{esc(p4)}</p>
<table class="db-tbl" border="1" cellspacing="0" cellpadding="4"><thead>{thead}</thead><tbody>{tbody}</tbody></table>
<p>{esc(p5)}</p>
<p align="right"><b>{esc(author)}</b></p>
</div>
<div class="db-attach"><div class="db-attach-h">Văn bản đính kèm</div><ul><li><a href="/files/2024/03/71-KH-TU.pdf">Kế hoạch số 71-KH/TU ngày 12/3/2024 của Ban Thường vụ Thành ủy</a> <span>(PDF, 1,2 MB)</span></li></ul></div>
<div class="db-related"><div class="db-related-h">Tin bài khác</div>{links(others[22:27], date="13/03/2024")}</div>
</div>
<div class="db-side"><div class="db-widget"><h4>Lịch công tác</h4><p>Lịch công tác tuần 11/2024 của Thường trực Thành ủy</p></div><div class="db-widget"><h4>Thăm dò ý kiến</h4><p>Bạn đánh giá thế nào về giao diện mới?</p><label><input type="radio" name="poll"> Đẹp</label><label><input type="radio" name="poll"> Bình thường</label><button>Biểu quyết</button></div></div>
</div>
<div class="db-foot">Cơ quan chủ quản: Ban Thường vụ Thành ủy. Cơ quan thường trực: Ban Tuyên giáo Thành ủy. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</body></html>
"""
    return page, article(title, date, author, body)


def wordpress_local(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-07-19"
    author = "Theo Báo Tây Ninh"
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "name": "Tin Tây Ninh 24h",
                    "url": "https://tintayninh24h.example.vn/",
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Trang chủ"},
                        {"@type": "ListItem", "position": 2, "name": "Tin địa phương"},
                    ],
                },
            ],
        },
        ensure_ascii=False,
    )
    page = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Tin Tây Ninh 24h</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="{esc(title)}">
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://tintayninh24h.example.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='https://tintayninh24h.example.vn/wp-content/themes/newsup/style.css?ver=6.2.2' media='all' />
<style id='global-styles-inline-css'>body{{--wp--preset--color--black: #000000;}}</style>
<script src='https://tintayninh24h.example.vn/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post postid-8812 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://tintayninh24h.example.vn/" rel="home">Tin Tây Ninh 24h</a></p><p class="site-description">Tin tức địa phương Tây Ninh cập nhật 24h</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item current-post-ancestor"><a href="/category/tin-dia-phuong/">Tin địa phương</a></li><li class="menu-item"><a href="/category/kinh-te/">Kinh tế</a></li><li class="menu-item"><a href="/category/doi-song/">Đời sống</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-dia-phuong tag-tay-ninh">
<header class="entry-header">
<div class="cat-links"><a href="https://tintayninh24h.example.vn/category/tin-dia-phuong/" rel="category tag">Tin địa phương</a></div>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="https://tintayninh24h.example.vn/2023/07/19/{rec["id"]}/" rel="bookmark"><time class="entry-date published" datetime="{date}T08:05:41+07:00">{dmy(date)}</time><time class="updated" datetime="2023-07-21T10:44:02+07:00">21/07/2023</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="https://tintayninh24h.example.vn/author/bientap01/">bientap01</a></span></span> <span class="comments-link"><a href="#comments">2 bình luận</a></span></div>
</header>
<div class="post-thumbnail"><img width="800" height="450" src="https://tintayninh24h.example.vn/wp-content/uploads/2023/07/thumb-8812.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></div>
<div class="entry-content">
<p><strong>{esc(p[0])}</strong></p>
{ps(p[1:3])}
<div class="code-block code-block-2" style="margin: 8px auto; text-align: center;"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000" data-ad-slot="1234"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
{ps(p[3:])}
<p style="text-align: right;"><em>{esc(author)}</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button" href="?share=twitter"><span>Twitter</span></a></li><li class="share-print"><a class="share-print sd-button" href="#print"><span>In</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Liên quan</em></h3>{links(others[27:30])}</div>
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/tay-ninh/" rel="tag">Tây Ninh</a>, <a href="/tag/tin-nong/" rel="tag">tin nóng</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev"><span class="meta-nav">Bài trước</span> {esc(others[30])}</a></div><div class="nav-next"><a href="/next/" rel="next"><span class="meta-nav">Bài sau</span> {esc(others[31])}</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">2 bình luận về &ldquo;{esc(title)}&rdquo;</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Trần Hòa</b> <time datetime="2023-07-19T20:11:00+07:00">19/07/2023 lúc 20:11</time></footer><div class="comment-content"><p>Thông tin rất hữu ích, cảm ơn tòa soạn.</p></div></article></li><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Lê Ngọc</b> <time datetime="2023-07-20T07:02:00+07:00">20/07/2023 lúc 07:02</time></footer><div class="comment-content"><p>Mong sớm có thêm thông tin cập nhật.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>{links(others[32:37])}</section>
<section id="calendar-2" class="widget widget_calendar"><h2 class="widget-title">Lịch</h2><table id="wp-calendar" class="wp-calendar-table"><caption>Tháng 7 2023</caption><thead><tr><th>H</th><th>B</th><th>T</th><th>N</th><th>S</th><th>B</th><th>C</th></tr></thead><tbody><tr><td colspan="5" class="pad">&nbsp;</td><td>1</td><td>2</td></tr></tbody></table></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Tin Tây Ninh 24h. Vận hành bởi <a href="https://wordpress.org/">WordPress</a>.</div></footer>
</div>
<script src='https://tintayninh24h.example.vn/wp-includes/js/comment-reply.min.js?ver=6.2.2' id='comment-reply-js'></script>
</body>
</html>
"""
    return page, article(title, date, author, p)


def two_bylines(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-11-05"
    author = "Thanh Hương"
    k = max(2, len(p) // 2)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="keywords" content="tin tức, thời sự, địa phương">
<link rel="stylesheet" href="/assets/quangtri/app.css">
<script>document.documentElement.className+=' js';</script>
</head>
<body>
<div id="qt-cookie-bar">Website này sử dụng cookie. <a href="/privacy">Tìm hiểu thêm</a> <span class="qt-close">&times;</span></div>
<div class="qt-header"><div class="qt-brand">ĐÀI PHÁT THANH - TRUYỀN HÌNH TỈNH</div><ul class="qt-menu"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/truyen-hinh">Truyền hình</a></li><li><a href="/phat-thanh">Phát thanh</a></li></ul></div>
<div class="qt-wrapper">
<div class="qt-article">
<div class="qt-cat"><a href="/xa-hoi">Xã hội</a></div>
<h1 class="qt-art-title">{esc(title)}</h1>
<div class="qt-art-time">Ngày {date[8:10]} tháng {int(date[5:7])} năm {date[:4]}</div>
<div class="qt-art-summary"><p>{esc(p[0])}</p></div>
<div class="qt-art-content">
<div class="qt-photo"><img src="/media/2023/11/05/h1.jpg" alt=""><div class="qt-photo-cap">Ảnh: Quốc Tuấn</div></div>
{ps(p[1:k])}
<div class="qt-photo"><img src="/media/2023/11/05/h2.jpg" alt=""><div class="qt-photo-cap">Người dân theo dõi thông tin tại chỗ.</div></div>
{ps(p[k:])}
<p class="qt-art-author"><strong>Bài: {esc(author)}; Ảnh: Quốc Tuấn</strong></p>
</div>
<div class="qt-art-share"><span>Chia sẻ bài viết:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a></div>
<div class="qt-art-keywords">Tags: <a href="/tags/doi-song">đời sống</a>, <a href="/tags/dia-phuong">địa phương</a></div>
<div class="qt-art-related"><h4>Bài viết liên quan</h4>{links(others[37:41])}</div>
</div>
<div class="qt-sidebar"><div class="qt-live"><h4>Truyền hình trực tiếp</h4><video src="/live/qtv.m3u8" controls></video></div><div class="qt-hot"><h4>Tin nổi bật</h4>{links(others[41:45])}</div></div>
</div>
<div class="qt-footer">Giấy phép số 132/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 02/12/2019. Địa chỉ: 01 Đường Hùng Vương. Điện thoại: 0233.3852.xxx</div>
</body></html>
"""
    return page, article(title, date, author, p)


def jsonld_date_only(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2022-09-08"
    author = "Ngọc Anh"
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {
                "@type": "WebPage",
                "@id": f"https://thoibaomiennam.example.vn/bai-viet/{rec['id']}",
            },
            "headline": title,
            "image": ["https://thoibaomiennam.example.vn/img/cover.jpg"],
            "datePublished": f"{date}T07:30:00+07:00",
            "dateModified": "2022-09-10T16:05:00+07:00",
            "author": {"@type": "Person", "name": author},
            "publisher": {
                "@type": "Organization",
                "name": "Thời báo Miền Nam",
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://thoibaomiennam.example.vn/logo.png",
                },
            },
        },
        ensure_ascii=False,
        indent=2,
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Thời báo Miền Nam</title>
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="{date}T07:30:00+07:00">
<meta property="article:modified_time" content="2022-09-10T16:05:00+07:00">
<meta property="article:section" content="Đời sống">
<script type="application/ld+json">
{ld}
</script>
<link rel="stylesheet" href="/dist/app.4f2c1.css">
<script defer src="/dist/app.4f2c1.js"></script>
</head>
<body>
<div class="tbmn-strip"><span class="tbmn-today">{weekday("2024-05-20")}, 20/05/2024</span> <span class="tbmn-weather">TP.HCM 33&deg;C</span> <a href="/e-paper">Báo in</a></div>
<header class="tbmn-head"><a class="tbmn-logo" href="/">Thời báo Miền Nam</a><nav class="tbmn-nav"><a href="/thoi-su">Thời sự</a><a href="/doi-song">Đời sống</a><a href="/kinh-te">Kinh tế</a><a href="/the-gioi">Thế giới</a></nav></header>
<div class="tbmn-grid">
<div class="tbmn-main">
<div class="tbmn-kicker"><a href="/doi-song">Đời sống</a></div>
<h1 class="tbmn-h1">{esc(title)}</h1>
<div class="tbmn-lead">{esc(p[0])}</div>
<div class="tbmn-text">
{ps(p[1:])}
</div>
<div class="tbmn-signature">{esc(author)}</div>
<div class="tbmn-actions"><a class="tbmn-act" href="#">Lưu bài</a> <a class="tbmn-act" href="#">Chia sẻ</a> <a class="tbmn-act" href="#">Góp ý</a></div>
<div class="tbmn-next"><h3>Xem thêm</h3>{links(others[45:49])}</div>
</div>
<aside class="tbmn-aside"><div class="tbmn-box"><h3>Mới nhất</h3>{links(others[49:53])}</div><div class="tbmn-banner"><img src="/banner/300x600.jpg" alt="Quảng cáo"></div></aside>
</div>
<footer class="tbmn-foot"><p>Thời báo Miền Nam. Giấy phép số 220/GP-BTTTT cấp ngày 15/06/2020.</p><p>&copy; 2018 - 2024. Bản quyền thuộc Thời báo Miền Nam.</p></footer>
</body>
</html>
"""
    return page, article(title, date, author, p)


def h2_sapo(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-04-21"
    author = "Theo Báo Nhân Dân"
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Tin tức - Trang thông tin điện tử Sở Công Thương</title>
<link rel="stylesheet" href="/Content/site.css">
<script src="/bundles/modernizr?v=wBEWDufH"></script>
</head>
<body>
<div class="sct-banner"><div class="sct-org">UBND TỈNH</div><div class="sct-name">SỞ CÔNG THƯƠNG</div></div>
<ul class="sct-mainmenu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul>
<div class="sct-body">
<div class="sct-left">
<div class="sct-navpath"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; <a href="/tin-tuc/tin-trong-nuoc">Tin trong nước</a></div>
<div class="sct-news">
<h1 class="post-heading">{esc(title)}</h1>
<div class="post-when">{dmy(date)} 08:45</div>
<h2 class="post-summary">{esc(p[0])}</h2>
<div class="post-detail">
{ps(p[1:])}
</div>
<div class="post-source" style="text-align:right">Theo <a href="https://nhandan.vn" rel="nofollow">Báo Nhân Dân</a></div>
<div class="post-rating">Đánh giá bài viết: <span class="star">&#9733;&#9733;&#9733;&#9733;&#9734;</span> (12 lượt)</div>
<div class="post-print"><a href="/tin-tuc/in?id=3310">Bản in</a> | <a href="#top">Về đầu trang</a></div>
</div>
<div class="sct-other"><h3>Các tin đã đưa</h3>{links(others[53:58], date="20/04/2023")}</div>
</div>
<div class="sct-right"><div class="sct-mod"><h3>Giá cả thị trường</h3><table><tr><td>Xăng RON 95</td><td>23.590 đ</td></tr><tr><td>Dầu DO</td><td>20.150 đ</td></tr></table></div><div class="sct-mod"><h3>Liên kết</h3><a href="https://moit.gov.vn">Bộ Công Thương</a></div></div>
</div>
<div class="sct-footer">Bản quyền thuộc Sở Công Thương. Địa chỉ: Số 8, đường Trần Phú. Email: sct@example.gov.vn</div>
</body></html>
"""
    return page, article(title, date, author, p)


def quote_span(p: list[str]) -> tuple[int, int]:
    qi = next(i for i in range(1, len(p)) if p[i][0] in '"“')
    for j in range(qi, len(p)):
        rest = p[j][1:] if j == qi else p[j]
        if "”" in rest or '"' in rest:
            return qi, j
    return qi, qi


def has_quote(rec: dict) -> bool:
    p = paras_of(rec)
    return any(x[0] in '"“' for x in p[1:])


def blockquote_speech(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-08-03"
    author = "Hải Đăng - Thu Trang"
    # The quoted speech: from the first paragraph (after the lead) that opens with a
    # quotation mark to the paragraph that closes it; all of it stays body text.
    qi, qj = quote_span(p)
    inner = (
        ps(p[1:qi])
        + '\n<blockquote class="vn-quote">'
        + ps(p[qi : qj + 1])
        + "</blockquote>\n"
        + ps(p[qj + 1 :])
    )
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)} | Báo Đại Đoàn Kết Miền Trung</title>
<meta name="description" content="{esc(p[0][:160])}">
<link rel="preload" href="/fonts/merriweather.woff2" as="font" crossorigin>
<style>.vn-quote{{border-left:4px solid #c00;padding-left:14px;font-style:italic}}</style>
{GA}
</head>
<body class="vn-detail-page">
{COOKIE.format(c="vn-gdpr")}
<header class="vn-masthead"><a href="/" class="vn-logo">Đại Đoàn Kết Miền Trung</a><div class="vn-hotline">Đường dây nóng: 0905 000 111</div></header>
<nav class="vn-menubar"><a href="/chinh-tri">Chính trị</a><a href="/xa-hoi">Xã hội</a><a href="/kinh-te">Kinh tế</a><a href="/ban-doc">Bạn đọc</a></nav>
<section class="vn-wrap">
<div class="vn-article">
<div class="vn-cate"><a href="/chinh-tri">Chính trị</a></div>
<h1 class="vn-title">{esc(title)}</h1>
<div class="vn-datetime">{weekday(date)}, {dmy(date)} - 14:20</div>
<div class="vn-sapo"><p>{esc(p[0])}</p></div>
<div class="vn-article-body">
{inner}
<p class="vn-author" style="text-align:right"><b>{esc(author)}</b></p>
</div>
<div class="vn-sharebox"><a href="#">Chia sẻ Facebook</a> <a href="#">Gửi Zalo</a> <a href="#">Sao chép link</a></div>
<div class="vn-tag-list"><span>Tags:</span> <a href="/tag/phat-bieu">phát biểu</a> <a href="/tag/su-kien">sự kiện</a></div>
<div class="vn-cungchude"><h3>Cùng chủ đề</h3>{links(others[58:62])}</div>
<div class="vn-comment"><h3>Bình luận (0)</h3><form><textarea placeholder="Bình luận của bạn"></textarea><input placeholder="Họ tên"><button>Gửi</button></form></div>
</div>
<aside class="vn-col-right"><div class="vn-docnhieu"><h3>Đọc nhiều nhất</h3>{links(others[62:66])}</div></aside>
</section>
<footer class="vn-foot">&copy; Báo Đại Đoàn Kết Miền Trung. Giấy phép số 99/GP-BTTTT. Liên hệ quảng cáo: 0236 333 444.</footer>
</body></html>
"""
    return page, article(title, date, author, p)


def liveblog(rec: dict, others: list[str]) -> tuple[str, dict]:
    title = norm(rec["title"])
    p = paras_of(rec)
    date = "2023-06-24"
    author = "Trung Kiên - Hà Phương"
    times = [f"{7 + i:02d}:{(15 * i + 5) % 60:02d}" for i in range(len(p) - 1)]
    entries = "\n".join(
        f'<div class="lb-entry" id="lb-{i}"><p><strong class="lb-time">{t}</strong> - {esc(x)}</p><div class="lb-entry-share"><a href="#lb-{i}">Chia sẻ</a></div></div>'
        for i, (t, x) in enumerate(zip(times, p[1:], strict=True))
    )
    body = [p[0]] + [f"{t} - {x}" for t, x in zip(times, p[1:], strict=True)]
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>TRỰC TIẾP: {esc(title)}</title>
<meta property="og:title" content="TRỰC TIẾP: {esc(title)}">
<link rel="stylesheet" href="/css/live.css">
<script>setInterval(function(){{fetch('/api/live/poll?id=771').then(function(r){{return r.json();}});}},30000);</script>
</head>
<body>
<header class="lb-top"><a href="/" class="lb-brand">Báo Điện tử Đồng Nai Mới</a><nav><a href="/thoi-su">Thời sự</a> <a href="/xa-hoi">Xã hội</a> <a href="/truc-tiep">Trực tiếp</a></nav></header>
<main class="lb-page">
<div class="lb-bc"><a href="/">Trang chủ</a> / <a href="/truc-tiep">Trực tiếp</a></div>
<span class="lb-badge">&#9679; Đang cập nhật</span>
<h1 class="lb-title">{esc(title)}</h1>
<div class="lb-meta">Đăng lúc 07:00 ngày {dmy(date)} &middot; <span class="lb-updated">Cập nhật lần cuối 18:10 ngày 25/06/2023</span></div>
<div class="lb-byline">Nhóm phóng viên: <span class="lb-names">{esc(author)}</span></div>
<p class="lb-intro">{esc(p[0])}</p>
<div class="lb-refresh"><button type="button">Có cập nhật mới - bấm để tải lại</button></div>
<div class="lb-stream">
{entries}
</div>
<div class="lb-end">Tường thuật trực tiếp đã kết thúc. Cảm ơn quý độc giả đã theo dõi.</div>
<div class="lb-more"><h3>Tin liên quan</h3>{links(others[66:70])}</div>
</main>
<footer class="lb-foot">Báo Điện tử Đồng Nai Mới. &copy; 2023. Giấy phép số 77/GP-BTTTT.</footer>
</body></html>
"""
    return page, article(title, date, author, body)


# ---------------------------------------------------------------- non-articles


def portal_shell(title: str, inner: str, cls: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/assets/{cls}.css"><script src="/assets/{cls}.js" defer></script>
</head>
<body class="{cls}-body">
<div class="{cls}-head"><div class="{cls}-logo">ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH</div><div class="{cls}-today">{weekday("2024-05-20")}, ngày 20/05/2024</div></div>
<ul class="{cls}-nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thong-bao">Thông báo</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="{cls}-main">
{inner}
</div>
<div class="{cls}-foot">Cơ quan chủ quản: UBND huyện Châu Thành. Địa chỉ: Quốc lộ 1A, thị trấn Tân Hiệp. Điện thoại: 0273.3839.xxx. Email: ubnd@chauthanh.example.gov.vn. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</div>
</body></html>
"""


def nonarticle_chuyenmuc(others: list[str], texts: list[str]) -> str:
    items = "".join(
        f'<div class="cm-item"><a class="cm-thumb" href="/tin-tuc/{i}.html"><img src="/img/t{i}.jpg" alt=""></a><h3 class="cm-item-title"><a href="/tin-tuc/{i}.html">{esc(t)}</a></h3><div class="cm-item-date">{10 + i % 18:02d}/05/2024</div><p class="cm-item-desc">{esc(x[:180])}...</p></div>'
        for i, (t, x) in enumerate(zip(others[70:80], texts, strict=True))
    )
    inner = f"""<div class="cm-path"><a href="/">Trang chủ</a> &gt; <span>Tin tức - Sự kiện</span></div>
<h1 class="cm-title">Tin tức - Sự kiện</h1>
<div class="cm-list">{items}</div>
<div class="cm-paging"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">4</a> ... <a href="?page=87">87</a> <a href="?page=2">Trang sau &raquo;</a></div>"""
    return portal_shell("Tin tức - Sự kiện - Cổng thông tin điện tử huyện Châu Thành", inner, "cm")


def nonarticle_timkiem(others: list[str], texts: list[str]) -> str:
    res = "".join(
        f'<li class="sr-row"><a class="sr-link" href="/tin-tuc/{i + 300}.html">{esc(t)}</a><div class="sr-snip">{esc(x[:220])}...</div><div class="sr-meta">Tin tức &middot; {3 + i:02d}/04/2024</div></li>'
        for i, (t, x) in enumerate(zip(others[80:86], texts, strict=True))
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kết quả tìm kiếm: giao thông - Báo Hậu Giang</title>
<meta name="robots" content="noindex, follow"><link rel="stylesheet" href="/css/hg.css"></head>
<body>
<header class="hg-header"><a href="/" class="hg-logo">Báo Hậu Giang</a><nav class="hg-nav"><a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a> <a href="/van-hoa">Văn hóa</a></nav></header>
<div class="hg-search-page">
<form class="hg-sform" action="/tim-kiem" method="get"><input type="text" name="q" value="giao thông"> <select name="t"><option>Tất cả chuyên mục</option><option>Thời sự</option></select> <select name="sort"><option>Mới nhất</option><option>Liên quan nhất</option></select> <button type="submit">Tìm kiếm</button></form>
<h1 class="hg-sr-title">Kết quả tìm kiếm</h1>
<p class="hg-sr-count">Tìm thấy <b>6</b> kết quả cho từ khóa &ldquo;<b>giao thông</b>&rdquo; (0,21 giây)</p>
<ol class="hg-sr-list">{res}</ol>
</div>
<footer class="hg-foot">&copy; Báo Hậu Giang. Giấy phép số 45/GP-BTTTT.</footer>
</body></html>
"""


def nonarticle_tag(others: list[str], texts: list[str]) -> str:
    cards = "".join(
        f'<article class="tg-card"><h2 class="tg-card-title"><a href="/bai/{i + 500}">{esc(t)}</a></h2><time class="tg-card-time" datetime="2024-02-{10 + i:02d}">{10 + i:02d}/02/2024</time><p class="tg-card-sum">{esc(x[:160])}...</p></article>'
        for i, (t, x) in enumerate(zip(others[86:94], texts, strict=True))
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Nông thôn mới - Tin tức, hình ảnh mới nhất về Nông thôn mới</title>
<meta name="description" content="Tổng hợp tin tức, bài viết mới nhất về chủ đề Nông thôn mới">
<link rel="stylesheet" href="/static/tg.css"><script async src="/static/ads.js"></script></head>
<body>
<header class="tg-hd"><a href="/" class="tg-logo">Báo Nông thôn Ngày nay điện tử</a></header>
<div class="tg-wrap">
<div class="tg-bc"><a href="/">Trang chủ</a> &rsaquo; <span>Tag</span></div>
<h1 class="tg-h1"># Nông thôn mới</h1>
<p class="tg-count">Có 1.204 bài viết</p>
<div class="tg-list">{cards}</div>
<nav class="tg-pager"><a class="is-active" href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2">Xem thêm</a></nav>
<div class="tg-related-tags">Chủ đề liên quan: <a href="/tag/xay-dung-nong-thon-moi">xây dựng nông thôn mới</a> <a href="/tag/ocop">OCOP</a> <a href="/tag/tam-nong">tam nông</a></div>
</div>
<footer class="tg-ft">&copy; 2024 Báo Nông thôn Ngày nay.</footer>
</body></html>
"""


def nonarticle_404(others: list[str]) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title>
<meta name="robots" content="noindex"><style>.e404-code{{font-size:120px;color:#d32f2f;text-align:center}}</style></head>
<body>
<header class="e404-top"><a href="/" class="e404-logo">Báo Bình Định điện tử</a><nav><a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a> <a href="/xa-hoi">Xã hội</a></nav></header>
<main class="e404">
<div class="e404-code">404</div>
<h1 class="e404-title">Rất tiếc, trang bạn tìm kiếm không tồn tại!</h1>
<p class="e404-msg">Đường dẫn có thể đã bị thay đổi, bài viết đã bị gỡ bỏ hoặc bạn đã nhập sai địa chỉ. Vui lòng kiểm tra lại đường dẫn hoặc quay về trang chủ.</p>
<form class="e404-search" action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa cần tìm..."><button>Tìm kiếm</button></form>
<p><a class="e404-home" href="/">&larr; Quay về trang chủ</a></p>
<section class="e404-suggest"><h2>Có thể bạn quan tâm</h2>{links(others[94:100], date="19/05/2024")}</section>
</main>
<footer class="e404-foot">&copy; Báo Bình Định. Giấy phép số 105/GP-BTTTT.</footer>
</body></html>
"""


def nonarticle_thongbao(others: list[str]) -> str:
    notices = [
        ("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 6/2024", "17/05/2024"),
        ("Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024", "15/05/2024"),
        (
            "Thông báo về việc tạm dừng cung cấp điện để bảo dưỡng lưới điện khu vực xã Phú An",
            "14/05/2024",
        ),
        ("Thông báo kết quả lựa chọn tổ chức đấu giá quyền sử dụng đất", "10/05/2024"),
        ("Thông báo thu hồi đất thực hiện dự án nâng cấp tuyến đường ĐH.21", "08/05/2024"),
        ("Thông báo công khai danh sách hộ nghèo, hộ cận nghèo phát sinh năm 2024", "06/05/2024"),
        ("Thông báo nghỉ lễ Giỗ Tổ Hùng Vương và ngày 30/4, 01/5", "22/04/2024"),
        (
            "Thông báo về việc tiếp nhận hồ sơ trực tuyến toàn trình tại Bộ phận Một cửa",
            "18/04/2024",
        ),
    ]
    rows = "".join(
        f'<tr><td class="tb-stt">{i + 1}</td><td class="tb-name"><a href="/thong-bao/{i + 900}.html">{esc(t)}</a></td><td class="tb-date">{d}</td></tr>'
        for i, (t, d) in enumerate(notices)
    )
    inner = f"""<div class="tb-crumb"><a href="/">Trang chủ</a> &raquo; Thông báo</div>
<h2 class="tb-heading">THÔNG BÁO</h2>
<table class="tb-table"><thead><tr><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr></thead><tbody>{rows}</tbody></table>
<div class="tb-pages">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">&gt;</a> <a href="?p=12">&gt;&gt;</a></div>
<div class="tb-side"><h3>Tin mới</h3>{links(others[100:104])}</div>"""
    return portal_shell("Thông báo", inner, "tb")


def nonarticle_vbpl() -> str:
    docs = [
        (
            "152/KH-UBND",
            "21/08/2023",
            "Kế hoạch",
            "Kế hoạch tổ chức các hoạt động hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2023",
        ),
        (
            "1287/QĐ-UBND",
            "15/08/2023",
            "Quyết định",
            "Quyết định phê duyệt kế hoạch lựa chọn nhà thầu công trình nâng cấp trường Tiểu học thị trấn",
        ),
        (
            "45/BC-UBND",
            "10/08/2023",
            "Báo cáo",
            "Báo cáo tình hình kinh tế - xã hội 7 tháng đầu năm và nhiệm vụ trọng tâm các tháng cuối năm 2023",
        ),
        (
            "09/CT-UBND",
            "02/08/2023",
            "Chỉ thị",
            "Chỉ thị về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2023",
        ),
        (
            "1190/QĐ-UBND",
            "28/07/2023",
            "Quyết định",
            "Quyết định ban hành Quy chế làm việc của Ban Chỉ đạo chuyển đổi số huyện",
        ),
        (
            "131/KH-UBND",
            "20/07/2023",
            "Kế hoạch",
            "Kế hoạch triển khai thực hiện Đề án 06 về phát triển ứng dụng dữ liệu dân cư năm 2023",
        ),
    ]
    rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="/van-ban/chi-tiet/{i + 70}">{esc(n)}</a></td><td>{d}</td><td>{esc(k)}</td><td>{esc(s)}</td><td><a href="/files/vb{i + 70}.pdf" class="dl">Tải về</a></td></tr>'
        for i, (n, d, k, s) in enumerate(docs)
    )
    inner = f"""<div class="vb-path"><a href="/">Trang chủ</a> / Văn bản pháp luật</div>
<h2 class="vb-title">VĂN BẢN PHÁP LUẬT</h2>
<form class="vb-filter" method="get" action="/van-ban">
<label>Số/Ký hiệu <input name="so"></label>
<label>Trích yếu <input name="ty" value="kế hoạch"></label>
<label>Loại văn bản <select name="loai"><option>-- Tất cả --</option><option>Quyết định</option><option>Kế hoạch</option><option>Chỉ thị</option><option>Báo cáo</option><option>Công văn</option></select></label>
<label>Cơ quan ban hành <select name="cq"><option>-- Tất cả --</option><option>UBND huyện</option><option>HĐND huyện</option><option>Văn phòng HĐND và UBND</option></select></label>
<label>Từ ngày <input type="date" name="tu" value="2023-07-01"></label> <label>Đến ngày <input type="date" name="den" value="2023-08-31"></label>
<button type="submit">Tìm kiếm</button> <button type="reset">Nhập lại</button>
</form>
<div class="vb-count">Tìm thấy 6 văn bản</div>
<table class="vb-grid"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"""
    return portal_shell("Văn bản pháp luật", inner, "vb")


def nonarticle_lichphatsong() -> str:
    progs = [
        ("05:30", "Thể dục buổi sáng"),
        ("06:00", "Chào ngày mới"),
        ("06:30", "Thời sự buổi sáng"),
        ("07:00", "Phim truyện: Hương đất phương Nam - Tập 12"),
        ("08:00", "Nông nghiệp - Nông thôn"),
        ("09:00", "Ca nhạc: Giai điệu quê hương"),
        ("10:00", "Ký sự: Dọc miền biên giới"),
        ("11:30", "Thời sự trưa"),
        ("12:00", "Phim tài liệu: Những người giữ rừng"),
        ("13:30", "Pháp luật và đời sống"),
        ("15:00", "Thiếu nhi: Vườn cổ tích"),
        ("17:00", "Thể thao 24h"),
        ("18:00", "Chương trình tiếng dân tộc"),
        ("19:00", "Tiếp sóng Thời sự VTV"),
        ("19:45", "Thời sự tối"),
        ("20:30", "Phim truyện: Hương đất phương Nam - Tập 13"),
        ("22:00", "Ca nhạc theo yêu cầu"),
        ("23:30", "Thời sự cuối ngày"),
    ]
    rows = "".join(
        f'<tr><td class="lps-time">{t}</td><td class="lps-prog">{esc(n)}</td></tr>'
        for t, n in progs
    )
    on = ' class="on"'
    days = "".join(
        f'<a href="?ngay=2024-05-{d:02d}"{on if d == 20 else ""}>{weekday(f"2024-05-{d:02d}")}<br>{d:02d}/05</a>'
        for d in range(18, 25)
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lịch phát sóng - Đài Phát thanh và Truyền hình tỉnh</title>
<link rel="stylesheet" href="/css/ptth.css"><script src="/js/player.js"></script></head>
<body>
<div class="ptth-top"><a href="/" class="ptth-logo">PTTH</a><nav><a href="/tin-tuc">Tin tức</a> <a href="/truyen-hinh">Truyền hình</a> <a href="/phat-thanh">Phát thanh</a> <a href="/lich-phat-song" class="active">Lịch phát sóng</a></nav></div>
<div class="ptth-wrap">
<h1 class="ptth-h">Lịch phát sóng</h1>
<div class="ptth-channels"><a class="on" href="?kenh=1">Kênh truyền hình PTV1</a> <a href="?kenh=2">Kênh PTV2</a> <a href="?kenh=fm">Phát thanh FM 96,7 MHz</a></div>
<div class="ptth-days">{days}</div>
<table class="ptth-schedule"><thead><tr><th>Giờ</th><th>Chương trình</th></tr></thead><tbody>{rows}</tbody></table>
<p class="ptth-note">* Lịch phát sóng có thể thay đổi mà không báo trước.</p>
<div class="ptth-live"><h3>Xem trực tiếp</h3><video controls src="/live/ptv1.m3u8"></video></div>
</div>
<footer class="ptth-foot">Đài Phát thanh và Truyền hình tỉnh. Giấy phép số 310/GP-BTTTT. Liên hệ: 0274.3822.xxx</footer>
</body></html>
"""


def nonarticle_tracuu() -> str:
    inner = """<div class="tc-path"><a href="/">Trang chủ</a> &gt; Dịch vụ công &gt; Tra cứu hồ sơ</div>
<h2 class="tc-title">TRA CỨU TÌNH TRẠNG HỒ SƠ</h2>
<div class="tc-guide">Nhập mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả hoặc quét mã QR để tra cứu tình trạng giải quyết hồ sơ.</div>
<form class="tc-form" method="post" action="/dich-vu-cong/tra-cuu">
<div class="tc-row"><label for="ma">Mã hồ sơ <span class="req">*</span></label><input id="ma" name="ma" placeholder="VD: 000.00.21.H56-240520-0001"></div>
<div class="tc-row"><label for="cmnd">Số CCCD/CMND người nộp</label><input id="cmnd" name="cmnd"></div>
<div class="tc-row"><label for="cap">Mã xác nhận <span class="req">*</span></label><input id="cap" name="cap"> <img src="/captcha.ashx?t=1716170000" alt="captcha"> <a href="#">Đổi mã</a></div>
<div class="tc-row"><button type="submit">Tra cứu</button> <button type="button" class="tc-qr">Quét mã QR</button></div>
</form>
<div class="tc-hotline">Mọi vướng mắc xin liên hệ Bộ phận Một cửa huyện: 0273.3839.456 (giờ hành chính).</div>
<div class="tc-stats"><h3>Tình hình giải quyết hồ sơ năm 2024</h3><table><tr><td>Tiếp nhận</td><td>12.482</td></tr><tr><td>Đã giải quyết</td><td>12.105</td></tr><tr><td>Đúng hạn</td><td>99,2%</td></tr></table></div>"""
    return portal_shell("Tra cứu hồ sơ - Dịch vụ công", inner, "tc")


def nonarticle_sodo() -> str:
    tree = {
        "Giới thiệu": [
            "Tổng quan",
            "Lịch sử hình thành",
            "Cơ cấu tổ chức",
            "Lãnh đạo huyện",
            "Bản đồ hành chính",
        ],
        "Tin tức - Sự kiện": [
            "Hoạt động lãnh đạo",
            "Kinh tế",
            "Văn hóa - Xã hội",
            "Quốc phòng - An ninh",
            "Tin từ xã, thị trấn",
        ],
        "Thông báo": ["Thông báo chung", "Tuyển dụng", "Đấu giá, đấu thầu"],
        "Văn bản": ["Văn bản pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"],
        "Dịch vụ công": [
            "Thủ tục hành chính",
            "Tra cứu hồ sơ",
            "Dịch vụ công trực tuyến",
            "Phản ánh kiến nghị",
        ],
        "Thông tin công khai": ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Dự án đầu tư"],
        "Liên hệ": ["Danh bạ điện thoại", "Hỏi - đáp", "Góp ý"],
    }
    body = "".join(
        f'<li class="sd-l1"><a href="/{i}">{esc(k)}</a><ul>'
        + "".join(
            f'<li class="sd-l2"><a href="/{i}/{j}">{esc(v)}</a></li>' for j, v in enumerate(vs)
        )
        + "</ul></li>"
        for i, (k, vs) in enumerate(tree.items())
    )
    inner = f"""<div class="sd-crumb"><a href="/">Trang chủ</a> &gt; Sơ đồ cổng</div>
<h2 class="sd-title">SƠ ĐỒ CỔNG THÔNG TIN</h2>
<ul class="sd-tree">{body}</ul>"""
    return portal_shell("Sơ đồ cổng", inner, "sd")


def nonarticle_trangchu_xa(others: list[str], lead_text: str) -> str:
    news = "".join(
        f'<li><a href="/tin/{i + 40}.html">{esc(t)}</a> <span>({12 + i % 7:02d}/05/2024)</span></li>'
        for i, t in enumerate(others[104:112])
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử xã Tân Phước</title>
<meta name="description" content="Cổng thông tin điện tử xã Tân Phước, huyện Châu Thành">
<link rel="stylesheet" href="/css/xa.css"><script src="/js/slider.js"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"UBND xã Tân Phước","telephone":"0273.3611.xxx"}}</script>
</head>
<body class="xa-home">
<div class="xa-banner"><img src="/img/banner-xa.jpg" alt="Cổng thông tin điện tử xã Tân Phước"><marquee class="xa-run">Chào mừng kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)</marquee></div>
<ul class="xa-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="xa-grid">
<div class="xa-col-main">
<div class="xa-feature"><a href="/tin/39.html"><img src="/img/noi-bat.jpg" alt=""></a><h2 class="xa-feature-title"><a href="/tin/39.html">{esc(others[112])}</a></h2><p class="xa-feature-desc">{esc(lead_text[:260])}...</p><a class="xa-more" href="/tin/39.html">Xem tiếp &raquo;</a></div>
<div class="xa-block"><h3 class="xa-block-h">TIN TỨC - SỰ KIỆN</h3><ul class="xa-news">{news}</ul><a class="xa-all" href="/tin-tuc">Xem tất cả</a></div>
<div class="xa-block"><h3 class="xa-block-h">THÔNG BÁO</h3><ul><li><a href="/tb/1">Thông báo lịch tiếp công dân tháng 6/2024</a></li><li><a href="/tb/2">Thông báo tổ chức tiêm vắc xin cho trẻ em đợt 2</a></li><li><a href="/tb/3">Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2024</a></li></ul></div>
</div>
<div class="xa-col-side">
<div class="xa-block"><h3 class="xa-block-h">LỊCH CÔNG TÁC</h3><p>Lịch làm việc tuần 21 (20/5 - 26/5/2024) của Thường trực Đảng ủy, HĐND, UBND xã</p></div>
<div class="xa-block"><h3 class="xa-block-h">VIDEO</h3><iframe src="https://www.youtube.com/embed/xyz" title="video"></iframe></div>
<div class="xa-block"><h3 class="xa-block-h">LIÊN KẾT</h3><a href="https://dichvucong.gov.vn"><img src="/img/dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="xa-block xa-counter">Đang truy cập: 12<br>Hôm nay: 348<br>Tổng truy cập: 215.930</div>
</div>
</div>
<div class="xa-foot">UBND XÃ TÂN PHƯỚC - HUYỆN CHÂU THÀNH. Địa chỉ: Ấp Tân Phong, xã Tân Phước. Điện thoại: 0273.3611.xxx. Chịu trách nhiệm chính: Chủ tịch UBND xã.</div>
</body></html>
"""


def main() -> None:
    picked, others, leads = load_records()
    # The blockquote layout needs a record with a quoted speech; the rest keep sample order.
    qrec = next(r for r in picked if has_quote(r))
    picked = [r for r in picked if r is not qrec]
    picked.insert(7, qrec)
    OUT.mkdir(parents=True, exist_ok=True)
    pages: dict[str, tuple[str, dict]] = {
        "provincial_baotinh_01": provincial_baotinh(picked[0], others),
        "ubnd_huyen_tin_01": ubnd_huyen_tin(picked[1], others),
        "national_gmt7_01": national_bao(picked[2], others),
        "dangbo_kehoach_table_01": dangbo_kehoach(others),
        "wordpress_theo_01": wordpress_local(picked[3], others),
        "two_bylines_01": two_bylines(picked[4], others),
        "jsonld_date_only_01": jsonld_date_only(picked[5], others),
        "h2_sapo_01": h2_sapo(picked[6], others),
        "blockquote_speech_01": blockquote_speech(picked[7], others),
        "liveblog_01": liveblog(picked[8], others),
    }
    non = {
        "nonarticle_chuyenmuc_01": nonarticle_chuyenmuc(others, leads[70:80]),
        "nonarticle_timkiem_01": nonarticle_timkiem(others, leads[80:86]),
        "nonarticle_tag_01": nonarticle_tag(others, leads[86:94]),
        "nonarticle_404_01": nonarticle_404(others),
        "nonarticle_thongbao_01": nonarticle_thongbao(others),
        "nonarticle_vbpl_timkiem_01": nonarticle_vbpl(),
        "nonarticle_lichphatsong_01": nonarticle_lichphatsong(),
        "nonarticle_tracuu_hoso_01": nonarticle_tracuu(),
        "nonarticle_sodo_01": nonarticle_sodo(),
        "nonarticle_trangchu_xa_01": nonarticle_trangchu_xa(others, leads[112]),
    }
    for name, page in non.items():
        pages[name] = (page, dict(NON))
    for name, (page, gold) in pages.items():
        (OUT / f"{name}.html").write_text(page, encoding="utf-8")
        (OUT / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(pages)} pages to {OUT}")


if __name__ == "__main__":
    main()
