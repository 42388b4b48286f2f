# ruff: noqa: E501
"""Generate the blind held-out extraction gold set ``tests/fixtures/extraction/holdout6``.

Twenty-one synthetic-but-realistic pages (12 articles + 9 non-articles) built
from real article texts in ``../shared/data/vi_news.jsonl``.  Site families are
deliberately different from the ones covered by earlier gold sets: a custom
PHP party-committee portal, Django, a Haravan/Sapo shop blog, a Moodle forum
news post, a minimal ``m.`` mobile page, Astro, Jekyll (minima), a page with
two ``<h1>``, a styled-components React SSR page, a Vietnamese long-date
portal, a radio station transcript page, and non-article pages (home with
slider/ticker, div-teaser category, weekly work schedule, poll results,
administrative-procedure list, login, video gallery, "about" page, monthly
archive).

Each page is written as ``NAME.html`` next to ``NAME.json`` holding the
expected extraction ``{"is_article", "title", "date", "author", "body"}``; the
body is the lead/sapo followed by body paragraphs (crossheads, list items and
table rows, cells joined by " | ") joined by a blank line.

The output is deterministic (fixed seed, records looked up by id).

Usage: python scripts/make_extraction_holdout6.py [--data PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "vi_news.jsonl"
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "extraction" / "holdout6"
SEED = 20230615

# Records used as article texts (looked up by id, not by position).
ARTICLE_IDS = {
    "dangbo": "vietnews-train-098785",
    "django": "baomoi-21481254",
    "shop": "vietnews-train-068185",
    "moodle": "unc-news_education_017",
    "mobile": "vietnews-train-020761",
    "astro": "baomoi-21478367",
    "jekyll": "vietnews-val-003087",
    "twoh1": "vietnews-test-019453",
    "metaauthor": "unc-news_travel_191",
    "twodates": "vietnews-train-096181",
    "longdate": "vietnews-train-015565",
    "radio": "baomoi-21473961",
}

GOV_WORDS = (
    "huyện",
    "tỉnh",
    "xã",
    "nông",
    "trường",
    "học sinh",
    "UBND",
    "HĐND",
    "du lịch",
    "giao thông",
    "lễ hội",
    "Đà Nẵng",
    "Quảng",
    "Hà Nội",
    "dự án",
    "người dân",
    "hỗ trợ",
    "năm học",
    "Tết",
    "bảo hiểm",
    "doanh nghiệp",
    "môi trường",
)
BAD_WORDS = (
    "giết",
    "sát hại",
    "hiếp",
    "ma tuý",
    "ma túy",
    "bắn",
    "chém",
    "cướp",
    "lừa",
    "tử vong",
    "chết",
    "xác",
    "dâm",
    "Trump",
    "đánh",
    "nổ",
    "thi thể",
    "bạo",
)

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# --------------------------------------------------------------------------- helpers


def norm(s: str) -> str:
    return " ".join(s.split())


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def jsonld(obj: object) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def expected(
    is_article: bool,
    title: str | None = None,
    date: str | None = None,
    author: str | None = None,
    body: list[str] | None = None,
) -> dict:
    if not is_article:
        return {"is_article": False, "title": None, "date": None, "author": None, "body": ""}
    paras = [norm(p) for p in (body or [])]
    assert all(paras), "empty paragraph in expected body"
    return {
        "is_article": True,
        "title": norm(title or ""),
        "date": date,
        "author": norm(author) if author else None,
        "body": "\n\n".join(paras),
    }


def table_rows(rows: list[list[str]]) -> list[str]:
    return [" | ".join(norm(c) for c in r) for r in rows]


def snippet(text: str, words: int = 28) -> str:
    w = norm(text).split()
    return " ".join(w[:words]) + ("…" if len(w) > words else "")


def slug(s: str) -> str:
    table = str.maketrans(
        "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ",
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd",
    )
    s = norm(s).lower().translate(table)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


class Data:
    def __init__(self, path: Path, rng: random.Random):
        self.rows: dict[str, dict] = {}
        wanted = set(ARTICLE_IDS.values())
        pool: list[dict] = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in wanted:
                    self.rows[r["id"]] = r
                t = r.get("title") or ""
                if (
                    r["source"].startswith("VietNews")
                    and 35 <= len(t) <= 100
                    and not re.search(r"['\"“”‘’]", t)
                    and any(w in t for w in GOV_WORDS)
                    and not any(w.lower() in t.lower() for w in BAD_WORDS)
                    and r["id"] not in wanted
                    and len(r["text"]) > 400
                ):
                    pool.append(r)
        missing = wanted - set(self.rows)
        if missing:
            raise SystemExit(f"records not found in {path}: {sorted(missing)}")
        pool.sort(key=lambda r: r["id"])
        rng.shuffle(pool)
        self.pool = pool
        self.rng = rng

    def article(self, key: str) -> tuple[str, list[str]]:
        r = self.rows[ARTICLE_IDS[key]]
        return norm(r["title"]), [norm(x) for x in r["text"].split("\n") if norm(x)]

    def teasers(self, n: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(n):
            r = self.pool.pop()
            out.append((norm(r["title"]), norm(r["text"].split("\n")[0])))
        return out


def rid(
    rng: random.Random,
    n: int = 8,
    alphabet: str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexid(rng: random.Random, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-{gid}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-{gid}');
</script>"""


# --------------------------------------------------------------------------- articles


def page_dangbo_php(d: Data) -> tuple[str, dict]:
    """Custom PHP party-committee portal: div#noidung, date in span.ngay "(26/01/2015)"."""
    rng = d.rng
    title, L = d.article("dangbo")
    sapo, cap1, cap2, author = L[0], L[1], L[7], L[9]
    body1, body2 = L[2:7], [L[8]]
    others = d.teasers(6)
    newdocs = [
        (
            "Kế hoạch số 45-KH/HU về tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2015 - 2020",
            "22/01/2015",
        ),
        ("Hướng dẫn số 12-HD/BTGHU tuyên truyền kỷ niệm 85 năm Ngày thành lập Đảng", "19/01/2015"),
        ("Thông báo kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ", "15/01/2015"),
    ]
    p_j = '<p style="text-align: justify;">{}</p>'
    html_ = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Chi tiết tin - Đảng bộ huyện Xuân Lộc</title>
<meta name="keywords" content="dang bo xuan loc, huyen uy xuan loc, tin tuc, xay dung dang" />
<meta name="description" content="Cổng thông tin điện tử Đảng bộ huyện Xuân Lộc - tỉnh Đồng Nai" />
<link href="templates/dangbo/css/style.css" rel="stylesheet" type="text/css" />
<link href="templates/dangbo/css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/ddaccordion.js"></script>
<script type="text/javascript">
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function guiEmail() {{ window.location = 'mailto:?subject=' + document.title + '&body=' + location.href; }}
var sid = '{hexid(rng, 26)}';
</script>
<style type="text/css">
#noidung p {{ margin: 6px 0; line-height: 20px; }}
.tieude {{ color: #b30000; font: bold 16px Arial; }}
.ngay {{ color: #777; font-size: 11px; }}
</style>
</head>
<body>
<div id="wrapper">
  <div id="top">
    <div id="banner"><img src="templates/dangbo/images/banner.jpg" width="1000" height="160" alt="Đảng bộ huyện Xuân Lộc" /></div>
    <div id="ngayhientai">Hôm nay: Thứ Bảy, 20/05/2023</div>
  </div>
  <ul id="menungang">
    <li><a href="index.php">Trang chủ</a></li>
    <li><a href="index.php?mod=gioithieu">Giới thiệu</a></li>
    <li><a href="index.php?mod=tintuc&amp;cat=1">Tin tức - Sự kiện</a></li>
    <li><a href="index.php?mod=tintuc&amp;cat=4">Xây dựng Đảng</a></li>
    <li><a href="index.php?mod=vanban">Văn bản</a></li>
    <li><a href="index.php?mod=tintuc&amp;cat=9">Học tập và làm theo Bác</a></li>
    <li><a href="index.php?mod=lienhe">Liên hệ</a></li>
  </ul>
  <div id="chaychu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 85 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2015) &nbsp;&nbsp;*&nbsp;&nbsp; Chào mừng Đại hội Đảng bộ huyện Xuân Lộc lần thứ XII, nhiệm kỳ 2015 - 2020</marquee></div>
  <div id="noidungchinh">
    <div id="cottrai">
      <div class="khoi">
        <div class="tieudekhoi">DANH MỤC</div>
        <ul class="dmtrai">
          <li><a href="index.php?mod=tintuc&amp;cat=1">Tin tức - Sự kiện</a></li>
          <li><a href="index.php?mod=tintuc&amp;cat=2">Nông thôn mới</a></li>
          <li><a href="index.php?mod=tintuc&amp;cat=3">Mặt trận - Đoàn thể</a></li>
          <li><a href="index.php?mod=tintuc&amp;cat=5">Kinh tế - Xã hội</a></li>
          <li><a href="index.php?mod=tintuc&amp;cat=6">Quốc phòng - An ninh</a></li>
        </ul>
      </div>
      <div class="khoi">
        <div class="tieudekhoi">LIÊN KẾT WEB</div>
        <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option><option value="http://dongnai.gov.vn">Cổng TTĐT tỉnh Đồng Nai</option></select>
      </div>
      <div class="khoi">
        <div class="tieudekhoi">THĂM DÒ Ý KIẾN</div>
        <form action="index.php?mod=thamdo" method="post">
          <p>Bạn quan tâm nội dung nào trên website?</p>
          <input type="radio" name="tl" value="1" /> Tin tức - Sự kiện<br />
          <input type="radio" name="tl" value="2" /> Văn bản chỉ đạo<br />
          <input type="radio" name="tl" value="3" /> Học tập và làm theo Bác<br />
          <input type="submit" value="Biểu quyết" /> <a href="index.php?mod=thamdo&amp;xem=1">Xem kết quả</a>
        </form>
      </div>
    </div>
    <div id="cotgiua">
      <div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=tintuc&amp;cat=1">Tin tức - Sự kiện</a> &raquo; <a href="index.php?mod=tintuc&amp;cat=2">Nông thôn mới</a></div>
      <div class="khungtin">
        <h2 class="tieude">{esc(title)}</h2>
        <span class="ngay">(26/01/2015)</span> <span class="luotxem">Lượt xem: {rng.randint(800, 3000)}</span>
        <div id="noidung">
          <p style="text-align: justify;"><strong>{esc(sapo)}</strong></p>
          <p style="text-align: center;"><img src="uploads/tintuc/2015_01/ntm_xuanloc_01.jpg" width="480" height="320" alt="" /></p>
          <p style="text-align: center;"><em>{esc(cap1)}</em></p>
          {"".join(p_j.format(esc(p)) + chr(10) + "          " for p in body1)}<p style="text-align: center;"><img src="uploads/tintuc/2015_01/ntm_xuanloc_02.jpg" width="480" height="320" alt="" /></p>
          <p style="text-align: center;"><em>{esc(cap2)}</em></p>
          {"".join(p_j.format(esc(p)) for p in body2)}
          <p style="text-align: right;"><strong>{esc(author)}</strong></p>
        </div>
        <div class="congcu"><a href="javascript:window.print()"><img src="templates/dangbo/images/print.gif" alt="" /> In bài viết</a> | <a href="javascript:guiEmail()"><img src="templates/dangbo/images/email.gif" alt="" /> Gửi email</a> | <a href="#top">Về đầu trang</a></div>
        <div class="tinkhac">
          <div class="tieudetinkhac">Các tin khác:</div>
          <ul>
{chr(10).join(f'            <li><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id={1531 - i}">{esc(t)}</a> <span class="ngaynho">({25 - i:02d}/01/2015)</span></li>' for i, (t, _) in enumerate(others))}
          </ul>
        </div>
      </div>
    </div>
    <div id="cotphai">
      <div class="khoi"><a href="index.php?mod=tintuc&amp;cat=9"><img src="uploads/banner/hoctap_lamtheo_bac.jpg" width="200" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" /></a></div>
      <div class="khoi">
        <div class="tieudekhoi">VĂN BẢN MỚI</div>
        <ul class="vbmoi">
{chr(10).join(f'          <li><a href="index.php?mod=vanban&amp;id={90 - i}">{esc(t)}</a><br /><span class="ngaynho">Ngày ban hành: {dt}</span></li>' for i, (t, dt) in enumerate(newdocs))}
        </ul>
      </div>
      <div class="khoi">
        <div class="tieudekhoi">THỐNG KÊ TRUY CẬP</div>
        <p>Đang truy cập: {rng.randint(10, 60)}<br />Hôm nay: {rng.randint(300, 900)}<br />Tổng lượt truy cập: {rng.randint(1000000, 2000000):,}</p>
      </div>
    </div>
  </div>
  <div id="footer">
    <p><b>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN XUÂN LỘC</b><br />
    Cơ quan chủ quản: Ban Thường vụ Huyện ủy Xuân Lộc<br />
    Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Huyện ủy<br />
    Địa chỉ: Khu 4, thị trấn Gia Ray, huyện Xuân Lộc, tỉnh Đồng Nai - Điện thoại: 0251.3871.xxx<br />
    Ghi rõ nguồn "Cổng TTĐT Đảng bộ huyện Xuân Lộc" khi phát hành lại thông tin từ website này.</p>
  </div>
</div>
</body>
</html>
"""
    return html_, expected(True, title, "2015-01-26", author, [sapo, *body1, *body2])


def page_django_aside(d: Data) -> tuple[str, dict]:
    """Django site: <article> with <aside> (related, tags, share) inside, comments with csrf form."""
    rng = d.rng
    title, L = d.article("django")
    cap, body, sapo = L[0], L[1:8], L[10]
    author = f"{L[8]} {L[9]}"  # "Nguyễn Sơn (TTXVN)"
    rel = d.teasers(3)
    side = d.teasers(5)
    csrf = rid(rng, 64, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    url = f"https://nongthonmoi.quangnam.gov.vn/tin-tuc/chi-dao-dieu-hanh/{slug(title)}-4817/"
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} - Nông thôn mới Quảng Nam</title>
  <meta name="description" content="{attr(sapo)}">
  <link rel="canonical" href="{url}">
  <meta property="og:site_name" content="Nông thôn mới Quảng Nam">
  <meta property="og:title" content="{attr(title)}">
  <meta property="og:type" content="article">
  <meta property="og:image" content="https://nongthonmoi.quangnam.gov.vn/media/news/2017/02/07/phu-ninh.jpg">
  <link rel="stylesheet" href="/static/CACHE/css/output.{hexid(rng, 12)}.css" type="text/css">
  <script src="/static/js/htmx.min.js" defer></script>
  <script src="/static/CACHE/js/output.{hexid(rng, 12)}.js" defer></script>
  {jsonld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://nongthonmoi.quangnam.gov.vn/"}, {"@type": "ListItem", "position": 2, "name": "Chỉ đạo - Điều hành", "item": "https://nongthonmoi.quangnam.gov.vn/tin-tuc/chi-dao-dieu-hanh/"}]})}
</head>
<body class="page-news-detail" hx-headers='{{"X-CSRFToken": "{csrf}"}}'>
<a class="skip-link" href="#content">Bỏ qua để đến nội dung chính</a>
<header class="site-header">
  <div class="site-header__top container">
    <a class="brand" href="/"><img src="/static/img/logo-ntm.svg" alt="" width="56"> <span class="brand__text">Văn phòng Điều phối nông thôn mới tỉnh Quảng Nam</span></a>
    <form class="site-search" action="/tim-kiem/" method="get" role="search"><input type="search" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
  </div>
  <nav class="main-nav container" aria-label="Menu chính">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/gioi-thieu/">Giới thiệu</a></li>
      <li class="active"><a href="/tin-tuc/">Tin tức</a></li>
      <li><a href="/van-ban/">Văn bản</a></li>
      <li><a href="/mo-hinh-hay/">Mô hình hay</a></li>
      <li><a href="/ocop/">Sản phẩm OCOP</a></li>
      <li><a href="/lien-he/">Liên hệ</a></li>
    </ul>
  </nav>
</header>
<div class="container layout">
  <nav aria-label="breadcrumb">
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
      <li class="breadcrumb-item"><a href="/tin-tuc/">Tin tức</a></li>
      <li class="breadcrumb-item active" aria-current="page">Chỉ đạo - Điều hành</li>
    </ol>
  </nav>
  <main id="content" class="col-main">
    <article class="news-detail" data-pk="4817">
      <header class="news-detail__header">
        <a class="news-detail__category" href="/tin-tuc/chi-dao-dieu-hanh/">Chỉ đạo - Điều hành</a>
        <h1 class="news-detail__title">{esc(title)}</h1>
        <div class="news-detail__meta">
          <time datetime="2017-02-07T17:35:00+07:00">17:35 | 07/02/2017</time>
          <span class="news-detail__views">{rng.randint(500, 2000)} lượt xem</span>
        </div>
      </header>
      <div class="news-detail__lead"><p>{esc(sapo)}</p></div>
      <figure class="news-detail__figure">
        <img src="/media/news/2017/02/07/phu-ninh.jpg" alt="{attr(title)}" width="760" height="507" loading="lazy">
        <figcaption>{esc(cap)}</figcaption>
      </figure>
      <div class="news-detail__body richtext">
        {"".join(f"<p>{esc(p)}</p>" + chr(10) + "        " for p in body[:3])}<aside class="inline-related" aria-label="Tin liên quan">
          <h2 class="inline-related__title">Tin liên quan</h2>
          <ul>
{chr(10).join(f'            <li><a href="/tin-tuc/{slug(t)}-{4800 - i}/">{esc(t)}</a></li>' for i, (t, _) in enumerate(rel))}
          </ul>
        </aside>
        {"".join(f"<p>{esc(p)}</p>" + chr(10) + "        " for p in body[3:])}<p class="signature"><strong>{esc(L[8])}</strong> {esc(L[9])}</p>
      </div>
      <aside class="news-detail__tags">
        <span class="label">Từ khóa:</span>
        <a href="/tag/nong-thon-moi/" rel="tag">nông thôn mới</a>
        <a href="/tag/quang-nam/" rel="tag">Quảng Nam</a>
        <a href="/tag/tieu-chi/" rel="tag">bộ tiêu chí</a>
      </aside>
      <aside class="news-detail__share" aria-label="Chia sẻ">
        <span>Chia sẻ:</span>
        <a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}" target="_blank" rel="noopener">Facebook</a>
        <a class="share share--zalo" href="https://sp.zalo.me/share_inline?url={attr(url)}" target="_blank" rel="noopener">Zalo</a>
        <button class="share share--copy" type="button" data-url="{attr(url)}">Sao chép liên kết</button>
        <a class="share share--print" href="?print=1" target="_blank">In bài</a>
      </aside>
      <section class="comments" id="binh-luan" hx-get="/binh-luan/4817/" hx-trigger="revealed">
        <h2 class="comments__title">Ý kiến bạn đọc (2)</h2>
        <div class="comment">
          <div class="comment__meta"><strong class="comment__author">Trần Văn Hùng</strong> - <time datetime="2017-02-08T09:12:00+07:00">08/02/2017 09:12</time></div>
          <p class="comment__text">Mong tỉnh quan tâm hơn nữa đến các xã miền núi, nhất là giao thông nông thôn ở Nam Trà My và Tây Giang.</p>
        </div>
        <div class="comment">
          <div class="comment__meta"><strong class="comment__author">Lê Thị Thu</strong> - <time datetime="2017-02-08T14:40:00+07:00">08/02/2017 14:40</time></div>
          <p class="comment__text">Xã tôi năm nay đăng ký về đích, bà con rất phấn khởi và sẵn sàng hiến đất làm đường.</p>
        </div>
        <form class="comment-form" method="post" action="/binh-luan/gui/4817/">
          <input type="hidden" name="csrfmiddlewaretoken" value="{csrf}">
          <p><label for="id_ho_ten">Họ và tên</label> <input type="text" name="ho_ten" id="id_ho_ten" maxlength="100" required></p>
          <p><label for="id_email">Email</label> <input type="email" name="email" id="id_email" required></p>
          <p><label for="id_noi_dung">Nội dung</label> <textarea name="noi_dung" id="id_noi_dung" rows="4" required></textarea></p>
          <p class="helptext">Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p>
          <button type="submit">Gửi ý kiến</button>
        </form>
      </section>
    </article>
  </main>
  <aside class="col-side">
    <section class="widget widget--popular">
      <h2 class="widget__title">Đọc nhiều</h2>
      <ol>
{chr(10).join(f'        <li><a href="/tin-tuc/{slug(t)}-{4700 + i}/">{esc(t)}</a></li>' for i, (t, _) in enumerate(side))}
      </ol>
    </section>
    <section class="widget widget--docs">
      <h2 class="widget__title">Văn bản chỉ đạo</h2>
      <ul>
        <li><a href="/van-ban/kh-35-ubnd/">Kế hoạch 35/KH-UBND thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2017</a> <span class="date">03/02/2017</span></li>
        <li><a href="/van-ban/qd-412-ubnd/">Quyết định 412/QĐ-UBND về phân bổ vốn sự nghiệp năm 2017</a> <span class="date">26/01/2017</span></li>
      </ul>
    </section>
  </aside>
</div>
<footer class="site-footer">
  <div class="container">
    <p><strong>Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh Quảng Nam</strong></p>
    <p>Địa chỉ: 62 Hùng Vương, TP Tam Kỳ, Quảng Nam. Điện thoại: 0235.3810.xxx. Email: vpdpntm@quangnam.gov.vn</p>
    <p>&copy; 2017 Bản quyền thuộc Văn phòng Điều phối NTM tỉnh Quảng Nam.</p>
  </div>
</footer>
{GA.format(gid=rid(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))}
</body>
</html>
"""
    return html_, expected(True, title, "2017-02-07", author, [sapo, *body])


def page_shop_blog(d: Data) -> tuple[str, dict]:
    """Haravan/Sapo shop-blog theme; CMS account "Ban Mê Coffee" is not the author, the source line is."""
    rng = d.rng
    title, L = d.article("shop")
    sapo, body = L[0], L[1:]
    author = "Theo Báo Đắk Lắk"
    shop_id = rng.randint(200000000000, 200000999999)
    products = [
        ("Cà phê Robusta Honey 500g", "185.000₫"),
        ("Cà phê Culi nguyên chất 500g", "165.000₫"),
        ("Phin nhôm Ban Mê cao cấp", "45.000₫"),
        ("Combo quà Tết cà phê Tây Nguyên", "520.000₫"),
    ]
    posts = [
        ("Cách pha cà phê phin ngon đúng điệu người Ban Mê", "02/03/2019"),
        ("Robusta và Arabica: phân biệt thế nào cho đúng?", "24/02/2019"),
        ("Lễ hội Cà phê Buôn Ma Thuột 2019 có gì đặc biệt?", "18/02/2019"),
        ("5 quán cà phê view đẹp nhất Buôn Ma Thuột", "10/02/2019"),
    ]
    url = f"https://banmecoffee.vn/blogs/news/{slug(title)}"
    html_ = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<title>{esc(title)} – Ban Mê Coffee</title>
<meta name="description" content="{attr(snippet(sapo, 30))}" />
<link rel="canonical" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:image" content="http://file.hstatic.net/{shop_id}/article/duong-sach-ca-phe_grande.jpg" />
<meta property="og:site_name" content="Ban Mê Coffee" />
<link href="//theme.hstatic.net/{shop_id}/1000{rng.randint(100000, 999999)}/14/plugin-style.css?v=231" rel="stylesheet" type="text/css" media="all" />
<link href="//theme.hstatic.net/{shop_id}/1000{rng.randint(100000, 999999)}/14/style-theme.scss.css?v=231" rel="stylesheet" type="text/css" media="all" />
<script type="text/javascript">
  window.Haravan = window.Haravan || {{}};
  Haravan.shop = "banmecoffee.myharavan.com";
  Haravan.template = "article";
  Haravan.theme = {{"name":"Coffee Shop","id":1000{rng.randint(100000, 999999)},"role":"main"}};
  var formatMoney = '{{{{amount}}}}₫';
</script>
<script src="//hstatic.net/0/0/global/option_selection.js" type="text/javascript"></script>
{jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "mainEntityOfPage": url, "headline": title, "image": f"http://file.hstatic.net/{shop_id}/article/duong-sach-ca-phe_grande.jpg", "datePublished": "2019-03-09T10:20:00+07:00", "dateModified": "2019-03-09T10:20:00+07:00", "publisher": {"@type": "Organization", "name": "Ban Mê Coffee", "logo": {"@type": "ImageObject", "url": f"http://theme.hstatic.net/{shop_id}/logo.png"}}})}
<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};}}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','{rng.randint(10**14, 10**15)}');fbq('track','PageView');</script>
</head>
<body id="{slug(title)}" class="template-article">
<div class="topbar-announce">Miễn phí giao hàng toàn quốc cho đơn từ 500.000₫ · Hotline: 0905 xxx 123</div>
<header class="main-header">
  <div class="container">
    <div class="header-logo"><a href="/"><img src="//theme.hstatic.net/{shop_id}/logo.png" alt="Ban Mê Coffee" /></a></div>
    <nav class="header-nav">
      <ul class="menuList-primary">
        <li><a href="/">Trang chủ</a></li>
        <li><a href="/collections/all">Sản phẩm</a></li>
        <li><a href="/pages/about-us">Câu chuyện</a></li>
        <li class="active"><a href="/blogs/news">Tin tức</a></li>
        <li><a href="/pages/lien-he">Liên hệ</a></li>
      </ul>
    </nav>
    <div class="header-action">
      <a href="/account/login" class="header-account">Tài khoản</a>
      <a href="/cart" class="header-cart">Giỏ hàng <span class="count-holder">(0)</span></a>
    </div>
  </div>
</header>
<main class="mainContent-theme">
  <div class="breadcrumb-shop"><div class="container">
    <ol class="breadcrumb breadcrumb-arrows" itemscope itemtype="http://schema.org/BreadcrumbList">
      <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>
      <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/blogs/news" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></li>
      <li class="active" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">{esc(title)}</span><meta itemprop="position" content="3" /></li>
    </ol>
  </div></div>
  <div class="layout-article" id="layout-article">
    <div class="container">
      <div class="row">
        <div class="col-md-9 col-sm-12 col-xs-12 article-area">
          <div class="content-page">
            <div class="article-title"><h1>{esc(title)}</h1></div>
            <div class="article-info">
              <span class="article-author">Đăng bởi: <strong>Ban Mê Coffee</strong></span>
              <span class="article-date"><i class="fa fa-calendar"></i> 09 Tháng 03, 2019</span>
            </div>
            <div class="article-content">
              <div class="box-article-detail typeList-style">
                <p><strong>{esc(sapo)}</strong></p>
                <p style="text-align: center;"><img src="//file.hstatic.net/{shop_id}/file/duong-sach-ca-phe-1_grande.jpg" alt="" /></p>
{chr(10).join(f"                <p>{esc(p)}</p>" for p in body)}
                <p style="text-align: right;"><em>{esc(author)}</em></p>
              </div>
            </div>
            <div class="article-tags">Tags: <a href="/blogs/news/tagged/buon-ma-thuot">Buôn Ma Thuột</a>, <a href="/blogs/news/tagged/le-hoi-ca-phe">lễ hội cà phê</a>, <a href="/blogs/news/tagged/sach">sách</a></div>
            <div class="social-network-actions">
              <div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div>
              <div class="zalo-share-button" data-href="{url}" data-oaid="{rng.randint(10**17, 10**18)}" data-layout="1" data-color="blue" data-customize="false"></div>
            </div>
            <div class="post-navigation">
              <a class="prev" href="/blogs/news/{slug(posts[0][0])}">&larr; Bài trước: {esc(posts[0][0])}</a>
            </div>
            <div class="list-article-related">
              <h3>Bài viết liên quan</h3>
              <ul>
{chr(10).join(f'                <li><a href="/blogs/news/{slug(t)}">{esc(t)}</a></li>' for t, _ in posts[1:])}
              </ul>
            </div>
            <div class="article-comment">
              <h3>Viết bình luận</h3>
              <form accept-charset="UTF-8" action="/blogs/news/{slug(title)}/comments" id="article_comments" method="post">
                <input name="form_type" type="hidden" value="new_comment" />
                <input name="utf8" type="hidden" value="true" />
                <input type="text" name="comment[author]" placeholder="Họ tên" required />
                <input type="email" name="comment[email]" placeholder="Email" required />
                <textarea name="comment[body]" placeholder="Nội dung" rows="5" required></textarea>
                <p class="note">Bình luận của bạn sẽ được duyệt trước khi đăng lên</p>
                <button type="submit">Gửi bình luận</button>
              </form>
            </div>
          </div>
        </div>
        <div class="col-md-3 col-sm-12 col-xs-12 sidebar-blog">
          <div class="news-latest">
            <div class="sidebarblog-title"><h2>Bài viết mới nhất</h2></div>
{chr(10).join(f'            <div class="item-article clearfix"><div class="post-image"><a href="/blogs/news/{slug(t)}"><img src="//file.hstatic.net/{shop_id}/article/{slug(t)[:20]}_small.jpg" alt="" /></a></div><div class="post-content"><h3><a href="/blogs/news/{slug(t)}">{esc(t)}</a></h3><span class="date">{dt}</span></div></div>' for t, dt in posts)}
          </div>
          <div class="product-sidebar">
            <div class="sidebarblog-title"><h2>Sản phẩm bán chạy</h2></div>
{chr(10).join(f'            <div class="product-mini"><a href="/products/{slug(n)}">{esc(n)}</a> <span class="price">{pr}</span> <button class="add-to-cart" data-variant="{rng.randint(10**9, 10**10)}">Thêm vào giỏ</button></div>' for n, pr in products)}
          </div>
        </div>
      </div>
    </div>
  </div>
</main>
<footer class="mainFooter">
  <div class="container">
    <div class="footer-newsletter"><h4>Đăng ký nhận tin</h4><form action="/account/contact" method="post"><input type="hidden" name="form_type" value="customer" /><input type="email" name="contact[email]" placeholder="Email của bạn" /><button>Đăng ký</button></form></div>
    <p>Ban Mê Coffee - Cà phê nguyên chất Tây Nguyên. 36 Lý Thường Kiệt, TP. Buôn Ma Thuột, Đắk Lắk.</p>
    <p>Copyright &copy; 2019 Ban Mê Coffee. <a href="https://www.haravan.com" rel="nofollow" target="_blank">Powered by Haravan</a></p>
  </div>
</footer>
<div class="float-contact"><a class="chat-zalo" href="https://zalo.me/0905xxx123">Chat Zalo</a><a class="chat-messenger" href="https://m.me/banmecoffee">Messenger</a><a class="call-hotline" href="tel:0905xxx123">Gọi ngay</a></div>
<div id="cart-drawer" class="cart-drawer" aria-hidden="true"><p>Hiện chưa có sản phẩm</p><p>TỔNG TIỀN: <span>0₫</span></p><a href="/cart">Xem giỏ hàng</a> <a href="/checkout">Thanh toán</a></div>
<script src="//theme.hstatic.net/{shop_id}/1000{rng.randint(100000, 999999)}/14/scripts.js?v=231" type="text/javascript"></script>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
</body>
</html>
"""
    return html_, expected(True, title, "2019-03-09", author, [sapo, *body])


def page_moodle(d: Data) -> tuple[str, dict]:
    """University Moodle site-news forum post; poster account is not the author; a reply exists."""
    rng = d.rng
    title, L = d.article("moodle")
    sapo = re.sub(r"^Dân trí\s+", "", L[0])
    caps = {1, 6, 11}
    body = [p for i, p in enumerate(L[1:], start=1) if i not in caps]
    author = "Theo Dân trí"
    sesskey = rid(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789")
    chunks = []
    for i, p in enumerate(L[1:], start=1):
        if i in caps:
            chunks.append(
                f'<p style="text-align: center;"><img src="https://elearning.uit-demo.edu.vn/pluginfile.php/{rng.randint(100, 999)}/mod_forum/post/1532/anh{i}.jpg" alt="" width="640" height="427" class="img-fluid atto_image_button_text-bottom"></p>'
            )
            chunks.append(f'<p style="text-align: center;"><em>{esc(p)}</em></p>')
        else:
            chunks.append(f'<p dir="ltr" style="text-align: justify;">{esc(p)}</p>')
    post = "\n".join("                      " + c for c in chunks)
    reply_subject = f"Re: {title}"
    html_ = f"""<!DOCTYPE html>

<html  dir="ltr" lang="vi" xml:lang="vi">
<head>
    <title>ELEARNING: Tin tức chung: {esc(title)}</title>
    <link rel="shortcut icon" href="https://elearning.uit-demo.edu.vn/theme/image.php/boost/theme/1603772391/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, ELEARNING: Tin tức chung: {attr(title)}" />
<link rel="stylesheet" type="text/css" href="https://elearning.uit-demo.edu.vn/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="https://elearning.uit-demo.edu.vn/theme/styles.php/boost/1603772391_1/all" />
<script>
//<![CDATA[
var M = {{}}; M.yui = {{}};
M.pageloadstarttime = new Date();
M.cfg = {{"wwwroot":"https:\\/\\/elearning.uit-demo.edu.vn","sesskey":"{sesskey}","sessiontimeout":"28800","themerev":"1603772391","slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"1603772391","admin":"admin","svgicons":true,"usertimezone":"Ch\\u00e2u \\u00c1\\/H\\u1ed3 Ch\\u00ed Minh","contextid":{rng.randint(10, 99)},"langrev":1603772391,"templaterev":"1603772391"}};var yui1ConfigFn = function(me) {{if(/-skin|reset|fonts|grids|base/.test(me.name)){{me.type='css';me.path=me.path.replace(/\\.js/,'.css');me.path=me.path.replace(/\\/yui2-skin/,'/assets/skins/sam/yui2-skin')}}}};
//]]>
</script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body  id="page-mod-forum-discuss" class="format-site  path-mod path-mod-forum chrome dir-ltr lang-vi yui-skin-sam yui3-skin-sam elearning-uit-demo-edu-vn pagelayout-incourse course-1 context-{rng.randint(10, 99)} cmid-1 notloggedin ">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
    <div>
    <a class="sr-only sr-only-focusable" href="#maincontent">Chuyển tới nội dung chính</a>
</div><script src="https://elearning.uit-demo.edu.vn/lib/javascript.php/1603772391/lib/babel-polyfill/polyfill.min.js"></script>
    <nav class="fixed-top navbar navbar-light bg-white navbar-expand moodle-has-zindex" aria-label="Điều hướng trang">
            <a href="https://elearning.uit-demo.edu.vn" class="navbar-brand aabtn d-none d-sm-inline">
                    <span class="site-name d-none d-md-inline">ELEARNING</span>
            </a>
            <ul class="navbar-nav d-none d-md-flex">
                <li class="dropdown nav-item">
    <a class="dropdown-toggle nav-link" id="drop-down-1" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" href="#" title="Ngôn ngữ">Tiếng Việt ‎(vi)‎</a>
    <div class="dropdown-menu" role="menu" aria-labelledby="drop-down-1"><a class="dropdown-item" role="menuitem" href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=512&amp;lang=en" lang="en">English ‎(en)‎</a><a class="dropdown-item" role="menuitem" href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=512&amp;lang=vi" lang="vi">Tiếng Việt ‎(vi)‎</a></div>
</li>
            </ul>
            <div class="ml-auto"></div>
            <div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">
                <div class="usermenu"><span class="login pl-2">Bạn chưa đăng nhập. (<a href="https://elearning.uit-demo.edu.vn/login/index.php">Đăng nhập</a>)</span></div>
            </div>
    </nav>
    <div id="page" class="container-fluid d-print-block">
        <header id="page-header" class="row">
    <div class="col-12 pt-3 pb-3">
        <div class="card ">
            <div class="card-body ">
                <div class="d-sm-flex align-items-center">
                    <div class="mr-auto">
                        <div class="page-context-header"><div class="page-header-headings"><h1>Trường Đại học Công nghệ Thông tin - Cổng học tập trực tuyến</h1></div></div>
                    </div>
                </div>
                <div class="d-flex flex-wrap">
                    <div id="page-navbar">
                        <nav aria-label="Thanh định hướng">
    <ol class="breadcrumb">
                <li class="breadcrumb-item"><a href="https://elearning.uit-demo.edu.vn/">Trang chủ</a></li>
                <li class="breadcrumb-item"><a href="https://elearning.uit-demo.edu.vn/mod/forum/view.php?id=1" title="Diễn đàn">Tin tức chung</a></li>
                <li class="breadcrumb-item"><a href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=512">{esc(title)}</a></li>
    </ol>
</nav>
                    </div>
                </div>
            </div>
        </div>
    </div>
</header>
        <div id="page-content" class="row pb-3 d-print-block">
            <div id="region-main-box" class="col-12">
                <section id="region-main"  aria-label="Nội dung">
                    <span class="notifications" id="user-notifications"></span>
                    <div role="main"><span id="maincontent"></span><h2>Tin tức chung</h2>
<div class="discussion-settings-container row">
    <div class="col-sm-4"><form method="get" action="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php"><input type="hidden" name="d" value="512"><label class="sr-only" for="mode">Thiết lập hiển thị</label><select class="custom-select" name="mode" id="mode"><option value="1">Hiển thị các phản hồi theo thứ tự, cũ nhất trước</option><option value="-1">Hiển thị các phản hồi theo thứ tự, mới nhất trước</option><option value="2">Hiển thị các phản hồi kiểu phân luồng</option><option value="3" selected>Hiển thị các phản hồi kiểu lồng nhau</option></select></form></div>
</div>
<h3 class="discussionname">{esc(title)}</h3>
<div id="discussion-container-{hexid(rng, 13)}" data-content="forum-discussion">
    <article id="p1532" class="forum-post-container mb-2" data-post-id="1532" data-region="post" data-target="1532-target" tabindex="0" aria-labelledby="post-header-1532" aria-describedby="post-content-1532">
        <div class="d-flex border p-2 mb-2 forumpost focus-target  firstpost starter" aria-label="{attr(title)} bởi Quản trị viên" data-post-id="1532" data-content="forum-post">
            <div class="d-flex flex-column w-100"  data-region-content="forum-post-core">
                <header id="post-header-1532" class="mb-2 header row no-gutters">
                    <div class="mr-2" style="width: 45px;"><img class="rounded-circle w-100" src="https://elearning.uit-demo.edu.vn/theme/image.php/boost/core/1603772391/u/f1" alt="Ảnh của Quản trị viên" aria-hidden="true" title="Ảnh của Quản trị viên"></div>
                    <div class="d-flex flex-column">
                        <h4 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="{attr(reply_subject)}">{esc(title)}</h4>
                        <div class="mb-3" tabindex="-1">bởi <a href="https://elearning.uit-demo.edu.vn/user/view.php?id=2&amp;course=1">Quản trị viên</a> - <time datetime="2020-11-02T08:45:00+07:00">Thứ Hai, 2 tháng 11 2020, 8:45 AM</time></div>
                    </div>
                </header>
                <div class="d-flex body-content-container">
                    <div class="mr-2 author-groups-container" style="width: 45px; flex-shrink: 0"></div>
                    <div class="no-overflow w-100 content-alignment">
                        <div id="post-content-1532" class="post-content-container">
                      <p dir="ltr" style="text-align: justify;"><strong>{esc(sapo)}</strong></p>
{post}
                      <p dir="ltr" style="text-align: right;"><em>{esc(author)}</em></p>
                        </div>
                    </div>
                </div>
                <div class="d-flex flex-wrap">
                    <div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto p-1" data-region="post-actions-container" role="menubar" aria-label="{attr(title)} bởi Quản trị viên" aria-controls="p1532">
                        <a data-region="post-action" href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=512#p1532" class="btn btn-link" title="Liên kết cố định tới bài viết này" aria-label="Liên kết cố định tới bài viết này" role="menuitem">Liên kết cố định</a>
                    </div>
                </div>
            </div>
        </div>
        <div class="indent" data-region="replies-container">
            <article id="p1540" class="forum-post-container mb-2" data-post-id="1540" data-region="post" tabindex="0">
                <div class="d-flex border p-2 mb-2 forumpost focus-target" data-post-id="1540" data-content="forum-post">
                    <div class="d-flex flex-column w-100" data-region-content="forum-post-core">
                        <header class="mb-2 header row no-gutters">
                            <div class="d-flex flex-column">
                                <h4 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject">{esc(reply_subject)}</h4>
                                <div class="mb-3" tabindex="-1">bởi <a href="https://elearning.uit-demo.edu.vn/user/view.php?id=4871&amp;course=1">Nguyễn Hoàng Phúc</a> - <time datetime="2020-11-02T21:13:00+07:00">Thứ Hai, 2 tháng 11 2020, 9:13 PM</time></div>
                            </div>
                        </header>
                        <div class="post-content-container"><p>Chúc mừng các đội của trường mình đã vào vòng trong! Hy vọng năm nay đội mình lọt vào vòng chung khảo.</p></div>
                    </div>
                </div>
            </article>
        </div>
    </article>
</div>
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="Chủ đề trước: Thông báo lịch học bù tuần 9" class="btn btn-link" href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=509">&#x25C0;&#xFE0E; Thông báo lịch học bù tuần 9</a></li><li class="next-discussion"><a aria-label="Chủ đề tiếp theo: Kế hoạch tổ chức Ngày hội việc làm 2020" class="btn btn-link" href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=515">Kế hoạch tổ chức Ngày hội việc làm 2020 &#x25B6;&#xFE0E;</a></li></ul></div>
</div>
                    <div class="mt-5 mb-1 activity-navigation container-fluid">
                        <div class="row"><div class="col-md-4"><div class="float-right"><div class="urlselect"><form method="post" action="https://elearning.uit-demo.edu.vn/course/jumpto.php" class="form-inline" id="url_select_f{hexid(rng, 13)}"><input type="hidden" name="sesskey" value="{sesskey}"><label for="jump-to-activity" class="sr-only">Chuyển đến...</label><select id="jump-to-activity" class="custom-select urlselect" name="jump"><option value="" selected>Chuyển đến...</option><option value="/mod/page/view.php?id=7&amp;forceview=1">Quy chế đào tạo</option></select></form></div></div></div></div>
                    </div>
                </section>
            </div>
        </div>
    </div>
    <footer id="page-footer" class="py-3 bg-dark text-light">
        <div class="container">
            <div id="course-footer"></div>
            <div class="logininfo">Bạn chưa đăng nhập. (<a href="https://elearning.uit-demo.edu.vn/login/index.php">Đăng nhập</a>)</div>
            <div class="tool_usertours-resettourcontainer"></div>
            <div class="homelink"><a href="https://elearning.uit-demo.edu.vn/">Trang chủ</a></div>
            <nav class="nav navbar-nav d-md-none" aria-label="Menu tuỳ chỉnh"><ul class="list-unstyled pt-3"><li><a href="https://elearning.uit-demo.edu.vn/mod/forum/discuss.php?d=512&amp;lang=en" hreflang="en">English ‎(en)‎</a></li></ul></nav>
            <div class="tool_dataprivacy"><a href="https://elearning.uit-demo.edu.vn/admin/tool/dataprivacy/summary.php">Tóm tắt lưu giữ dữ liệu</a></div><a href="https://download.moodle.org/mobile?version=2020061503&amp;lang=vi&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Tải ứng dụng di động</a>
            <div class="sitelink"><a title="Moodle" href="http://moodle.org/"><img src="https://elearning.uit-demo.edu.vn/theme/image.php/boost/core/1603772391/moodlelogo_grayhat" alt="Moodle logo" /></a></div>
        </div>
    </footer>
</div>
<script>
//<![CDATA[
var require = {{ baseUrl : 'https://elearning.uit-demo.edu.vn/lib/requirejs.php/1603772391/', waitSeconds : 0 }};
M.util.js_pending('core/first'); require(['core/first'], function() {{ require(['theme_boost/loader']); M.util.js_complete('core/first'); }});
//]]>
</script>
</body>
</html>
"""
    return html_, expected(True, title, "2020-11-02", author, [sapo, *body])


def page_mobile(d: Data) -> tuple[str, dict]:
    """Minimal m. site built from <section>s, sapo starts with "TTO -", Zalo share plugin."""
    rng = d.rng
    title, L = d.article("mobile")
    first = re.sub(r"^iá ", "Giá ", L[0])
    sapo = f"TTO - {first}"
    body = L[1:]
    author = "Đông Hà"
    rel = d.teasers(4)
    latest = d.teasers(5)
    url = f"https://m.tinbrvt.vn/kinh-te/{slug(title)}-{rng.randint(100000, 999999)}.html"
    html_ = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(title)}</title>
<link rel="canonical" href="{url.replace("//m.", "//")}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(sapo)}">
<meta property="og:url" content="{url}">
<style>
body{{margin:0;font:17px/1.55 -apple-system,Roboto,Arial,sans-serif;color:#222;background:#fff}}
section{{padding:10px 14px}}#top{{background:#0a5c36;color:#fff;display:flex;justify-content:space-between}}
h1{{font-size:22px;line-height:1.3;margin:4px 0 6px}}.t{{color:#888;font-size:13px}}.sp{{font-weight:600}}
.c{{font-size:14px;color:#666;text-align:center;margin-top:-4px}}.au{{text-align:right;font-weight:700;text-transform:uppercase}}
#rel a,#more a{{display:block;padding:8px 0;border-bottom:1px solid #eee;color:#222;text-decoration:none}}
</style>
</head>
<body>
<section id="top"><a href="/"><img src="/s/logo-m.png" alt="Tin BR-VT" height="28"></a><a href="/menu" aria-label="Menu">&#9776;</a></section>
<section id="cate"><a href="/kinh-te">Kinh tế</a> &rsaquo; <a href="/kinh-te/nong-nghiep">Nông nghiệp</a></section>
<section id="art">
<h1>{esc(title)}</h1>
<div class="t">13-02-2019 19:40</div>
<p class="sp">{esc(sapo)}</p>
<img src="https://cdn.tinbrvt.vn/2019/02/13/ho-tieu-chau-duc.jpg" width="100%" alt="">
<p class="c">Nông dân huyện Châu Đức thu hoạch hồ tiêu - Ảnh: Đ.H.</p>
{chr(10).join(f"<p>{esc(p)}</p>" for p in body)}
<p class="au">{esc(author)}</p>
</section>
<section id="share">
<div class="zalo-share-button" data-href="{url}" data-oaid="{rng.randint(10**17, 10**18)}" data-layout="2" data-color="blue" data-customize="false"></div>
<a href="https://www.facebook.com/sharer.php?u={attr(url)}">Facebook</a> · <a href="#" onclick="navigator.clipboard.writeText(location.href);return false">Sao chép link</a>
</section>
<section id="ad"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{rng.randint(10**15, 10**16)}" data-ad-slot="{rng.randint(10**9, 10**10)}" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></section>
<section id="rel">
<h3>Tin liên quan</h3>
{chr(10).join(f'<a href="/kinh-te/{slug(t)}-{rng.randint(100000, 999999)}.html">{esc(t)}</a>' for t, _ in rel)}
</section>
<section id="more">
<h3>Tin mới nhất</h3>
{chr(10).join(f'<a href="/thoi-su/{slug(t)}-{rng.randint(100000, 999999)}.html">{esc(t)} <small>{i + 1} giờ trước</small></a>' for i, (t, _) in enumerate(latest))}
</section>
<section id="ft">&copy; Tin BR-VT · <a href="{url.replace("//m.", "//")}?desktop=1">Phiên bản máy tính</a> · <a href="/lien-he">Liên hệ quảng cáo</a></section>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</body>
</html>
"""
    return html_, expected(True, title, "2019-02-13", author, [sapo, *body])


def page_astro(d: Data) -> tuple[str, dict]:
    """Astro page: astro-island components, astro-XXXX class names, sapo starts with "(Baotintuc.vn) -"."""
    rng = d.rng
    title, L = d.article("astro")
    sapo = f"(Baotintuc.vn) - {L[11]}"
    cap = L[4]
    body1, body2 = L[0:4], L[5:9]
    author = f"{L[9]} {L[10]}"  # "Hồng Hiếu (TTXVN)"
    rel = d.teasers(4)
    a_page, a_head, a_post = (
        f"astro-{rid(rng, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}" for _ in range(3)
    )
    url = f"https://diemdenbinhthuan.vn/tin-du-lich/{slug(title)}/"
    props_share = json.dumps({"url": [0, url], "title": [0, title]}, ensure_ascii=False)
    props_rel = json.dumps({"slug": [0, slug(title)], "limit": [0, 4]}, ensure_ascii=False)

    def island(uid: str, comp: str, props: str, client: str, inner: str) -> str:
        return (
            f'<astro-island uid="{uid}" prefix="r{rng.randint(1, 9)}" component-url="/_astro/{comp}.{hexid(rng, 8)}.js" '
            f'component-export="default" renderer-url="/_astro/client.{hexid(rng, 8)}.js" props="{attr(props)}" ssr="" '
            f'client="{client}" opts="{attr(json.dumps({"name": comp, "value": True}))}" await-children="">{inner}</astro-island>'
        )

    html_ = f"""<!DOCTYPE html><html lang="vi" class="{a_page}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Astro v2.10.7"><title>{esc(title)} | Điểm đến Bình Thuận</title><link rel="canonical" href="{url}"><meta name="description" content="{attr(sapo)}"><meta property="og:type" content="article"><meta property="og:title" content="{attr(title)}"><meta property="og:image" content="https://diemdenbinhthuan.vn/_astro/hon-cau.{hexid(rng, 8)}.webp"><link rel="stylesheet" href="/_astro/_slug_.{hexid(rng, 8)}.css" />
<style>.share.{a_post}{{display:flex;gap:.5rem}}.prose.{a_post} p{{margin:0 0 1.1em}}.sapo.{a_post}{{font-weight:700}}</style>
<script type="module" src="/_astro/hoisted.{hexid(rng, 8)}.js"></script>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2017-02-06T10:42:00+07:00", "dateModified": "2017-02-07T15:10:00+07:00", "author": [{"@type": "Person", "name": "Hồng Hiếu"}], "publisher": {"@type": "Organization", "name": "Điểm đến Bình Thuận"}, "mainEntityOfPage": url})}
<script>(()=>{{var l=(n,t)=>{{let i=async()=>{{await(await n())()}},e=new IntersectionObserver(s=>{{for(let o of s)if(o.isIntersecting){{e.disconnect(),i();break}}}});for(let s=0;s<t.children.length;s++)e.observe(t.children[s])}};(self.Astro||(self.Astro={{}})).visible=l;window.dispatchEvent(new Event("astro:visible"));}})();</script>
</head>
<body class="{a_page}">
<header class="site-header {a_head}"><div class="wrap {a_head}"><a href="/" class="logo {a_head}"><img src="/logo.svg" alt="Điểm đến Bình Thuận" class="{a_head}" width="180" height="40"></a><nav class="{a_head}"><a href="/tin-du-lich/" class="{a_head}">Tin du lịch</a><a href="/diem-den/" class="{a_head}">Điểm đến</a><a href="/am-thuc/" class="{a_head}">Ẩm thực</a><a href="/luu-tru/" class="{a_head}">Lưu trú</a><a href="/su-kien/" class="{a_head}">Sự kiện</a></nav>{island(hexid(rng, 6), "WeatherWidget", json.dumps({"city": [0, "Phan Thiết"]}, ensure_ascii=False), "idle", f'<div class="weather {a_head}">Phan Thiết 31°C · Nắng</div>')}</div></header>
<main class="article-layout {a_post}">
<nav class="crumbs {a_post}" aria-label="breadcrumb"><a href="/" class="{a_post}">Trang chủ</a> › <a href="/tin-du-lich/" class="{a_post}">Tin du lịch</a></nav>
<article class="post {a_post}">
<h1 class="post-title {a_post}">{esc(title)}</h1>
<div class="post-meta {a_post}"><time datetime="2017-02-06T10:42:00+07:00" class="{a_post}">06/02/2017 10:42</time>{island(hexid(rng, 6), "ShareBar", props_share, "visible", f'<div class="share {a_post}"><button class="{a_post}">Facebook</button><button class="{a_post}">Zalo</button><button class="{a_post}">Sao chép liên kết</button></div>')}</div>
<p class="sapo {a_post}">{esc(sapo)}</p>
<div class="prose {a_post}">
{chr(10).join(f"<p>{esc(p)}</p>" for p in body1)}
<figure class="{a_post}"><img src="/_astro/hon-cau.{hexid(rng, 8)}.webp" alt="Bãi biển Hòn Cau" width="800" height="533" loading="lazy" decoding="async" class="{a_post}"><figcaption class="{a_post}">{esc(cap)}</figcaption></figure>
{chr(10).join(f"<p>{esc(p)}</p>" for p in body2)}
<p class="byline {a_post}" style="text-align:right"><strong>{esc(author)}</strong></p>
</div>
</article>
{island(hexid(rng, 6), "RelatedPosts", props_rel, "visible", f'<section class="related {a_post}"><h2 class="{a_post}">Bài viết liên quan</h2><ul class="{a_post}">' + "".join(f'<li class="{a_post}"><a href="/tin-du-lich/{slug(t)}/" class="{a_post}">{esc(t)}</a></li>' for t, _ in rel) + "</ul></section>")}
{island(hexid(rng, 6), "Newsletter", "{}", "only", "")}
</main>
<footer class="site-footer {a_head}"><p class="{a_head}">Điểm đến Bình Thuận - Trang thông tin du lịch. Giấy phép số 12/GP-STTTT. Ghi rõ nguồn khi phát hành lại thông tin.</p><p class="{a_head}">&copy; 2017 Điểm đến Bình Thuận</p></footer>
{island(hexid(rng, 6), "CookieConsent", "{}", "load", f'<div class="cookie-banner {a_head}" role="dialog"><p class="{a_head}">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách cookie.</p><button class="{a_head}">Đồng ý</button></div>')}
</body></html>
"""
    return html_, expected(True, title, "2017-02-06", author, [sapo, *body1, *body2])


def page_jekyll(d: Data) -> tuple[str, dict]:
    """Jekyll minima theme with jekyll-seo-tag, a markdown table and a crosshead, Disqus."""
    title, L = d.article("jekyll")
    sapo, body1, body2 = L[0], L[1:6], L[6:]
    author = "Thanh Tâm"
    crosshead = "Tóm tắt các mức hỗ trợ"
    trows = [
        ["Nội dung hỗ trợ", "Ngân sách Trung ương", "Ngân sách thành phố", "Tổng mức hỗ trợ"],
        ["Mua bảo hiểm thân tàu", "50%", "40%", "90%"],
        ["Thiết bị giám sát hành trình và thuê bao năm đầu", "-", "100%", "100%"],
        ["Lắp mới máy, thiết bị khai thác và bảo quản sản phẩm", "-", "50%", "50%"],
    ]
    head = "".join(f"<th>{esc(c)}</th>" for c in trows[0])
    rows_html = "\n".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in trows[1:]
    )
    url = "https://nghecamientrung.github.io/2018/11/23/da-nang-ho-tro-bao-hiem-tau.html"
    html_ = f"""<!DOCTYPE html>
<html lang="vi"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(title)} | Nghề cá miền Trung</title>
<meta name="generator" content="Jekyll v4.3.2" />
<meta property="og:title" content="{attr(title)}" />
<meta name="author" content="{attr(author)}" />
<meta property="og:locale" content="vi_VN" />
<meta name="description" content="{attr(sapo)}" />
<link rel="canonical" href="{url}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Nghề cá miền Trung" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2018-11-23T08:00:00+07:00" />
<meta name="twitter:card" content="summary" />
<script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": author}, "dateModified": "2018-11-23T08:00:00+07:00", "datePublished": "2018-11-23T08:00:00+07:00", "description": sapo, "headline": title, "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url}, ensure_ascii=False)}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://nghecamientrung.github.io/feed.xml" title="Nghề cá miền Trung" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Nghề cá miền Trung</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/about/">Giới thiệu</a><a class="page-link" href="/chinh-sach/">Chính sách</a><a class="page-link" href="/lien-he/">Liên hệ</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{esc(title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="2018-11-23T08:00:00+07:00" itemprop="datePublished">23/11/2018
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{esc(author)}</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    <p><strong>{esc(sapo)}</strong></p>

{chr(10).join(f"<p>{esc(p)}</p>" + chr(10) for p in body1)}
<h3 id="{slug(crosshead)}">{esc(crosshead)}</h3>

<table>
  <thead>
    <tr>{head}</tr>
  </thead>
  <tbody>
{rows_html}
  </tbody>
</table>

{chr(10).join(f"<p>{esc(p)}</p>" + chr(10) for p in body2)}
  </div><div class="post-nav">
    <a class="prev" href="/2018/11/16/gia-ca-ngu-dai-duong.html">&laquo; Giá cá ngừ đại dương tăng nhẹ đầu mùa</a>
    <a class="next" href="/2018/11/30/mua-bao-va-lich-ra-khoi.html">Mùa bão và lịch ra khơi tháng 12 &raquo;</a>
  </div>
  <div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {{ this.page.url = '{url}'; this.page.identifier = '{url}'; }};
    (function() {{ var d = document, s = d.createElement('script'); s.src = 'https://nghecamientrung.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
  <a class="u-url" href="/2018/11/23/da-nang-ho-tro-bao-hiem-tau.html" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <div class="footer-col-wrapper">
      <div class="footer-col">
        <p class="feed-subscribe">
          <a href="https://nghecamientrung.github.io/feed.xml">
            <svg class="svg-icon orange"><use xlink:href="/assets/minima-social-icons.svg#rss"></use></svg><span>Đăng ký nhận tin</span>
          </a>
        </p>
        <ul class="contact-list">
          <li class="p-name">Nhóm biên tập Nghề cá miền Trung</li>
          <li><a class="u-email" href="mailto:bientap@nghecamientrung.vn">bientap@nghecamientrung.vn</a></li>
        </ul>
      </div>
      <div class="footer-col">
        <p>Thông tin chính sách, thị trường và kỹ thuật khai thác hải sản cho ngư dân các tỉnh miền Trung.</p>
      </div>
    </div>

    <div class="social-links"><ul class="social-media-list"><li><a rel="me" href="https://www.facebook.com/nghecamientrung" target="_blank" title="facebook"><svg class="svg-icon grey"><use xlink:href="/assets/minima-social-icons.svg#facebook"></use></svg></a></li></ul>
</div>

  </div>

</footer>
</body>

</html>
"""
    return html_, expected(
        True, title, "2018-11-23", author, [sapo, *body1, crosshead, *table_rows(trows), *body2]
    )


def page_two_h1(d: Data) -> tuple[str, dict]:
    """District portal: <h1> site name in masthead, headline in <article><header><h1>; "Cập nhật lúc" later date."""
    rng = d.rng
    title, L = d.article("twoh1")
    sapo, cap, body, author = L[0], L[1], L[2:8], L[8]
    same = d.teasers(5)
    most = d.teasers(4)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng giao tiếp điện tử huyện Phú Xuyên</title>
<meta name="description" content="Cổng giao tiếp điện tử huyện Phú Xuyên - thành phố Hà Nội">
<link rel="stylesheet" href="/assets/css/app.min.css?v=3.2.1">
<link rel="stylesheet" href="/assets/vendor/fancybox/jquery.fancybox.min.css">
<script src="/assets/vendor/jquery/jquery-3.3.1.min.js"></script>
{GA.format(gid=rid(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))}
</head>
<body class="page page--detail">
<div class="topbar">
  <div class="container topbar__inner">
    <span class="topbar__date">Thứ Bảy, 20/05/2023</span>
    <span class="topbar__hotline">Đường dây nóng: 024.3385.xxxx</span>
    <a class="topbar__login" href="/dang-nhap">Đăng nhập</a>
  </div>
</div>
<header class="masthead">
  <div class="container masthead__inner">
    <h1 class="masthead__brand"><a href="/"><img src="/assets/img/quoc-huy.png" alt="" width="64" height="64"> Cổng giao tiếp điện tử huyện Phú Xuyên</a></h1>
    <p class="masthead__slogan">Thành phố Hà Nội</p>
  </div>
  <nav class="mainnav">
    <div class="container">
      <ul class="mainnav__list">
        <li><a href="/">Trang chủ</a></li>
        <li><a href="/gioi-thieu">Giới thiệu</a></li>
        <li class="is-active"><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
        <li><a href="/chi-dao-dieu-hanh">Chỉ đạo điều hành</a></li>
        <li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
        <li><a href="/hoi-dap">Hỏi đáp</a></li>
      </ul>
    </div>
  </nav>
</header>
<div class="container main">
  <ul class="crumbs">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
    <li><a href="/tin-tuc/kinh-te">Kinh tế</a></li>
  </ul>
  <div class="row">
    <div class="col-md-8">
      <article class="story">
        <header class="story__head">
          <h1 class="story__title">{esc(title)}</h1>
          <div class="story__meta"><span class="story__time">Chủ nhật, 14/02/2016 - 11:20</span> <span class="story__views"><i class="icon-eye"></i> {rng.randint(300, 2500)}</span></div>
          <div class="story__tools"><a href="#" class="fontsize" data-size="-1">A-</a> <a href="#" class="fontsize" data-size="1">A+</a> <a href="javascript:window.print()">In trang</a> <a href="mailto:?subject={attr(title)}">Gửi email</a></div>
        </header>
        <div class="story__sapo">{esc(sapo)}</div>
        <figure class="story__figure">
          <a data-fancybox="gallery" href="/uploads/2016/02/14/bi-thu-cay-lua.jpg"><img src="/uploads/2016/02/14/bi-thu-cay-lua_thumb.jpg" alt=""></a>
          <figcaption class="story__caption">{esc(cap)}</figcaption>
        </figure>
        <div class="story__body">
{chr(10).join(f"          <p>{esc(p)}</p>" for p in body)}
          <p class="story__author">{esc(author)}</p>
        </div>
        <footer class="story__foot">
          <p class="story__updated">Cập nhật lúc 15:40, 15/02/2016</p>
          <div class="story__share">
            <a class="btn-share btn-share--fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fphuxuyen.hanoi.gov.vn%2Ftin-tuc%2F{slug(title)}">Chia sẻ</a>
            <div class="fb-like" data-layout="button_count" data-action="like"></div>
          </div>
        </footer>
      </article>
      <section class="feedback">
        <h3 class="feedback__title">Ý kiến bạn đọc</h3>
        <form class="feedback__form" action="/gui-y-kien" method="post">
          <input type="text" name="hoten" placeholder="Họ và tên (*)">
          <input type="email" name="email" placeholder="Email (*)">
          <textarea name="noidung" placeholder="Nội dung ý kiến (*)"></textarea>
          <img src="/captcha.ashx?t={rng.randint(10**9, 10**10)}" alt="captcha"> <input type="text" name="captcha" placeholder="Mã xác nhận">
          <button type="submit">Gửi ý kiến</button>
        </form>
      </section>
      <section class="samecat">
        <h3 class="samecat__title">Tin cùng chuyên mục</h3>
        <ul>
{chr(10).join(f'          <li><a href="/tin-tuc/{slug(t)}">{esc(t)}</a> <span class="date">({13 - i:02d}/02/2016)</span></li>' for i, (t, _) in enumerate(same))}
        </ul>
      </section>
    </div>
    <aside class="col-md-4 sidebar">
      <div class="box">
        <h3 class="box__title">Tin xem nhiều</h3>
        <ol>
{chr(10).join(f'          <li><a href="/tin-tuc/{slug(t)}">{esc(t)}</a></li>' for t, _ in most)}
        </ol>
      </div>
      <div class="box box--banner"><a href="https://dichvucong.hanoi.gov.vn"><img src="/uploads/banner/dvc-hanoi.png" alt="Dịch vụ công trực tuyến Hà Nội"></a></div>
      <div class="box">
        <h3 class="box__title">Bản đồ hành chính</h3>
        <img src="/uploads/ban-do-phu-xuyen.jpg" alt="Bản đồ hành chính huyện Phú Xuyên">
      </div>
    </aside>
  </div>
</div>
<footer class="sitefoot">
  <div class="container">
    <p><strong>CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN PHÚ XUYÊN</strong></p>
    <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Phú Xuyên. Địa chỉ: Tiểu khu Mỹ Lâm, thị trấn Phú Xuyên, Hà Nội.</p>
    <p>Người chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện.</p>
  </div>
</footer>
<script src="/assets/vendor/fancybox/jquery.fancybox.min.js"></script>
<script src="/assets/js/app.min.js?v=3.2.1"></script>
</body>
</html>
"""
    return html_, expected(True, title, "2016-02-14", author, [sapo, *body])


def page_meta_author(d: Data) -> tuple[str, dict]:
    """Author only in <meta name="author"> and printed at the end; <title> starts with "null"; attachments; rating."""
    rng = d.rng
    title, L = d.article("metaauthor")
    sapo = L[0]
    caps = {1, 5}
    body = [p for i, p in enumerate(L[1:8], start=1) if i not in caps]
    author = L[8]  # "Đặng Tài"
    same = d.teasers(5)

    parts = []
    for i, p in enumerate(L[1:8], start=1):
        if i in caps:
            parts.append(
                f'<table class="img-tbl" align="center"><tbody><tr><td><img src="/Uploads/images/2021/4/21/qb-{i}.jpg" alt="" width="600"></td></tr><tr><td class="img-cap">{esc(p)}</td></tr></tbody></table>'
            )
        else:
            parts.append(f'<p style="text-align:justify">{esc(p)}</p>')
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>null - {esc(title)}</title>
<meta name="author" content="{attr(author)}">
<meta name="description" content="{attr(snippet(sapo, 35))}">
<meta property="og:site_name" content="Sở Du lịch Quảng Bình">
<meta property="og:title" content="{attr(title)}">
<link rel="stylesheet" href="/Content/css/bootstrap.min.css">
<link rel="stylesheet" href="/Content/css/sdl.css?v=20210301">
<script src="/Scripts/jquery-3.5.1.min.js"></script>
</head>
<body>
<div id="hdr" class="hdr">
  <div class="hdr-t">
    <div class="wrp"><span class="hdr-dt">Thứ Bảy, 20/05/2023</span> <a href="/en">English</a> | <a href="/sitemap">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a></div>
  </div>
  <div class="hdr-b wrp"><a href="/" class="lg"><img src="/Content/img/logo-sdl.png" alt="Sở Du lịch Quảng Bình"></a>
    <form class="srch" action="/tim-kiem"><input name="k" placeholder="Nhập từ khóa"><button>Tìm</button></form></div>
  <ul class="mnu wrp">
    <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="act"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh">TTHC</a></li><li><a href="/du-lich-quang-binh">Du lịch Quảng Bình</a></li>
  </ul>
</div>
<div class="wrp mn">
  <div class="bcr"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a> / <a href="/tin-tuc/hoat-dong-cua-so">Hoạt động của Sở</a></div>
  <div class="row">
    <div class="col-lg-9">
      <div class="ctn-dtl">
        <h2 class="dtl-ttl">{esc(title)}</h2>
        <div class="dtl-dt">Ngày đăng: 21/04/2021 | 14:30</div>
        <div class="dtl-tools"><a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a> <a href="javascript:void(0)" onclick="speak()">Nghe đọc bài</a></div>
        <div class="dtl-sp"><strong>{esc(sapo)}</strong></div>
        <div class="dtl-bd">
{chr(10).join("          " + x for x in parts)}
          <p style="text-align:right"><strong>{esc(author)}</strong></p>
        </div>
        <div class="dtl-att">
          <div class="att-ttl">Tệp đính kèm:</div>
          <ul>
            <li><a href="/Uploads/files/2021/4/The-le-cuoc-thi-trai-nghiem-du-lich-Quang-Binh.pdf">Thể lệ cuộc thi Trải nghiệm du lịch Quảng Bình - điểm đến an toàn và khác biệt.pdf</a> (412 KB)</li>
            <li><a href="/Uploads/files/2021/4/Mau-phieu-dang-ky.docx">Mẫu phiếu đăng ký dự thi.docx</a> (38 KB)</li>
          </ul>
        </div>
        <div class="dtl-rate">Đánh giá bài viết: <span class="stars" data-id="{rng.randint(1000, 9999)}">★★★★★</span> ({rng.randint(5, 40)} lượt đánh giá)</div>
        <div class="dtl-shr"><a href="https://www.facebook.com/sharer/sharer.php?u=https://sodulich.quangbinh.gov.vn/tin-tuc/{slug(title)}">Facebook</a> <a href="javascript:window.print()">In</a> <a href="#hdr">Lên đầu trang</a></div>
      </div>
      <div class="oth-nws">
        <h3>Bài viết cùng chuyên mục</h3>
        <ul>
{chr(10).join(f'          <li><a href="/tin-tuc/{slug(t)}">{esc(t)}</a> <i>({19 - i:02d}/04/2021)</i></li>' for i, (t, _) in enumerate(same))}
        </ul>
      </div>
    </div>
    <div class="col-lg-3 sb">
      <div class="sb-bx"><a href="https://dichvucong.quangbinh.gov.vn"><img src="/Content/img/bn-dvc.png" alt="Dịch vụ công trực tuyến"></a></div>
      <div class="sb-bx"><div class="sb-ttl">Thống kê truy cập</div><p>Đang online: {rng.randint(20, 90)}<br>Tổng truy cập: {rng.randint(2000000, 3000000):,}</p></div>
    </div>
  </div>
</div>
<div class="ftr"><div class="wrp">
  <p><b>TRANG THÔNG TIN ĐIỆN TỬ SỞ DU LỊCH QUẢNG BÌNH</b></p>
  <p>Địa chỉ: Số 2 Lý Thường Kiệt, TP Đồng Hới, Quảng Bình. Điện thoại: 0232.3822.xxx</p>
  <p>Chịu trách nhiệm: Giám đốc Sở Du lịch</p>
</div></div>
<div id="ckb" class="ckb">Trang web sử dụng cookie để ghi nhớ tùy chọn của bạn. <button onclick="document.getElementById('ckb').remove()">Tôi đồng ý</button></div>
<script src="/Scripts/sdl.js?v=20210301"></script>
</body>
</html>
"""
    return html_, expected(True, title, "2021-04-21", author, [sapo, *body])


def page_two_dates(d: Data) -> tuple[str, dict]:
    """styled-components React SSR with hashed class names; meta line "Đăng: … | Sửa: …"; preloaded state."""
    rng = d.rng
    title, L = d.article("twodates")
    sapo, cap = L[0], L[5]
    body = L[1:5] + L[6:]
    author = "Minh Anh"
    rel = d.teasers(4)

    def sc() -> str:
        return f"sc-{rid(rng, 6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')} {rid(rng, 6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}"

    c = {
        k: sc()
        for k in (
            "wrap",
            "hdr",
            "nav",
            "main",
            "ttl",
            "meta",
            "by",
            "lead",
            "body",
            "fig",
            "cap",
            "rel",
            "ftr",
            "tag",
            "ad",
        )
    }
    state = {
        "article": {
            "id": 88213,
            "slug": slug(title),
            "title": title,
            "category": "tin-tong-hop",
            "publishedAt": "2017-12-15T04:05:00.000Z",
            "updatedAt": "2017-12-16T01:30:00.000Z",
            "createdBy": "btv.hanhnt",
            "viewCount": rng.randint(1000, 5000),
        },
        "ui": {"theme": "light", "fontSize": 17},
    }
    state_js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{esc(title)} - Trang tin An toàn giao thông</title>
<meta property="og:title" content="{attr(title)}"/>
<meta property="og:type" content="article"/>
<meta name="description" content="{attr(sapo)}"/>
<style data-styled="active" data-styled-version="5.3.6">.{c["wrap"].split()[1]}{{max-width:1100px;margin:0 auto}}.{c["ttl"].split()[1]}{{font-size:30px;font-weight:700;line-height:1.3}}.{c["meta"].split()[1]}{{color:#777;font-size:13px}}.{c["lead"].split()[1]}{{font-weight:600;font-size:18px}}.{c["cap"].split()[1]}{{font-size:14px;color:#555;font-style:italic}}</style>
<link rel="preload" href="/static/js/main.{hexid(rng, 8)}.js" as="script"/>
</head>
<body>
<div id="root"><div class="{c["wrap"]}">
<header class="{c["hdr"]}"><a href="/" class="{sc()}"><img src="/static/media/logo.{hexid(rng, 8)}.svg" alt="ATGT"/></a><nav class="{c["nav"]}"><a href="/tin-tong-hop" class="{sc()}">Tin tổng hợp</a><a href="/phap-luat-atgt" class="{sc()}">Pháp luật ATGT</a><a href="/tuyen-truyen" class="{sc()}">Tuyên truyền</a><a href="/hoi-dap" class="{sc()}">Hỏi đáp</a></nav></header>
<div class="{c["ad"]}" data-ad-unit="top_leaderboard"><span class="{sc()}">Quảng cáo</span><iframe src="https://ads.atgt-demo.vn/serve?slot=top" width="970" height="90" title="ad"></iframe></div>
<main class="{c["main"]}">
<div class="{sc()}"><a href="/" class="{sc()}">Trang chủ</a><span class="{sc()}">/</span><a href="/tin-tong-hop" class="{sc()}">Tin tổng hợp</a></div>
<h1 class="{c["ttl"]}">{esc(title)}</h1>
<div class="{c["meta"]}"><span class="{c["by"]}">{esc(author)}</span><span class="{sc()}"> · </span><span class="{sc()}">Đăng: 15/12/2017 11:05 | Sửa: 16/12/2017 08:30</span></div>
<div class="{sc()}"><button class="{sc()}" aria-label="Chia sẻ Facebook">f</button><button class="{sc()}" aria-label="Chia sẻ Zalo">Z</button><button class="{sc()}" aria-label="Lưu bài">Lưu</button></div>
<p class="{c["lead"]}">{esc(sapo)}</p>
<div class="{c["body"]}">
{chr(10).join(f"<p>{esc(p)}</p>" for p in body[:4])}
<figure class="{c["fig"]}"><img src="/uploads/2017/12/15/mu-bao-hiem.jpg" alt="" loading="lazy"/><figcaption class="{c["cap"]}">{esc(cap)} (Ảnh minh họa)</figcaption></figure>
{chr(10).join(f"<p>{esc(p)}</p>" for p in body[4:])}
</div>
<div class="{c["tag"]}"><a href="/tag/mu-bao-hiem" class="{sc()}">#mũ bảo hiểm</a><a href="/tag/chan-thuong-so-nao" class="{sc()}">#chấn thương sọ não</a></div>
<section class="{c["rel"]}"><h2 class="{sc()}">Tin liên quan</h2>{"".join(f'<a href="/tin-tong-hop/{slug(t)}" class="{sc()}"><div class="{sc()}">{esc(t)}</div></a>' for t, _ in rel)}</section>
</main>
<footer class="{c["ftr"]}"><p class="{sc()}">Trang tin An toàn giao thông. Giấy phép số 215/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>
</div></div>
<script>window.__PRELOADED_STATE__ = {state_js};</script>
<script src="/static/js/main.{hexid(rng, 8)}.js" defer></script>
</body>
</html>
"""
    return html_, expected(True, title, "2017-12-15", author, [sapo, *body])


def page_long_date(d: Data) -> tuple[str, dict]:
    """Farmers' association portal, date "Thứ hai, ngày 3 tháng 12 năm 2018"; header today date in the same format."""
    title, L = d.article("longdate")
    sapo, body = L[0], L[1:]
    author = "Theo Tuổi Trẻ Online"
    rel = d.teasers(5)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tin tức - Hội Nông dân tỉnh Vĩnh Long</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(title)}">
<link href="/giaodien/css/chung.css" rel="stylesheet">
<link href="/giaodien/css/chitiet.css" rel="stylesheet">
<script src="/giaodien/js/jquery.min.js"></script>
<script>$(function(){{ $('.nut-len-dau').click(function(){{ $('html,body').animate({{scrollTop:0}},300); }}); }});</script>
</head>
<body>
<div class="dau-trang">
  <div class="khung">
    <div class="ngay-hom-nay">Thứ bảy, ngày 20 tháng 5 năm 2023</div>
    <div class="bieu-trung"><a href="/"><img src="/giaodien/hinh/bieutrung-hnd.png" alt="Hội Nông dân tỉnh Vĩnh Long"></a></div>
    <div class="ten-don-vi">HỘI NÔNG DÂN TỈNH VĨNH LONG</div>
  </div>
  <ul class="thanh-menu">
    <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="dang-chon"><a href="/tin-tuc">Tin tức</a></li><li><a href="/phong-trao">Phong trào nông dân</a></li><li><a href="/khoa-hoc-ky-thuat">Khoa học kỹ thuật</a></li><li><a href="/van-ban">Văn bản</a></li>
  </ul>
</div>
<div class="khung than-trang">
  <div class="cot-chinh">
    <div class="duong-dan"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; <a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></div>
    <div class="khung-chi-tiet">
      <h3 class="tieu-de-tin">{esc(title)}</h3>
      <div class="ngay-dang">Thứ hai, ngày 3 tháng 12 năm 2018</div>
      <div class="tom-tat">{esc(sapo)}</div>
      <div class="noi-dung-tin">
        <p style="text-align:center"><img src="/upload/tintuc/2018/12/trao-von-vung-liem.jpg" alt=""></p>
        <p style="text-align:center"><span style="font-size:12px"><i>Đại diện ban tổ chức trao vốn cho các hộ nông dân huyện Vũng Liêm</i></span></p>
{chr(10).join(f"        <p>{esc(p)}</p>" for p in body)}
      </div>
      <div class="tac-gia">{esc(author)}</div>
      <div class="cong-cu"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?body={attr(title)}">Gửi bạn bè</a> | <a class="nut-len-dau" href="#">Lên đầu trang</a></div>
    </div>
    <div class="tin-lien-quan">
      <div class="tieu-de-khoi">Các tin đã đưa</div>
      <ul>
{chr(10).join(f'        <li><a href="/tin-tuc/{slug(t)}">{esc(t)}</a> <span>(Thứ {["sáu", "năm", "tư", "ba", "hai"][i]}, ngày {30 - i} tháng 11 năm 2018)</span></li>' for i, (t, _) in enumerate(rel))}
      </ul>
    </div>
  </div>
  <div class="cot-phai">
    <div class="khoi-phai"><div class="tieu-de-khoi">Liên kết</div><a href="http://hoinongdan.org.vn"><img src="/upload/lienket/tw-hnd.png" alt="Trung ương Hội Nông dân Việt Nam"></a></div>
    <div class="khoi-phai"><div class="tieu-de-khoi">Giá nông sản</div>
      <table class="bang-gia"><tr><th>Mặt hàng</th><th>Giá (đ/kg)</th></tr><tr><td>Lúa IR 50404</td><td>5.300</td></tr><tr><td>Cam sành loại 1</td><td>12.000</td></tr><tr><td>Heo hơi</td><td>48.000</td></tr></table>
    </div>
  </div>
</div>
<div class="chan-trang">
  <p>Bản quyền thuộc Hội Nông dân tỉnh Vĩnh Long. Địa chỉ: 104 đường 2/9, phường 1, TP Vĩnh Long.</p>
  <p>Cập nhật: 19/05/2023</p>
</div>
</body>
</html>
"""
    return html_, expected(True, title, "2018-12-03", author, [sapo, *body])


def page_radio(d: Data) -> tuple[str, dict]:
    """District radio station news item with audio player; title only in a div (+og:title); "Phóng viên:" label."""
    rng = d.rng
    title, L = d.article("radio")
    sapo = L[12]
    caps = {6, 8}
    body = [p for i, p in enumerate(L[:11]) if i not in caps]
    author = L[11]  # "Lê Tuấn"
    parts = []
    for i, p in enumerate(L[:11]):
        if i in caps:
            parts.append(
                f'<div class="img-box"><img src="/Uploads/2017/2/6/dau-vat-{i}.jpg" alt=""><div class="img-desc">{esc(p)}</div></div>'
            )
        else:
            parts.append(f"<p>{esc(p)}</p>")
    other = d.teasers(5)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chi tiết bài viết Tin tức - Đài Truyền thanh huyện Phú Vang</title>
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(sapo)}">
<meta property="og:image" content="https://phuvang-radio.vn/Uploads/2017/2/6/dau-vat-6.jpg">
<link rel="stylesheet" href="/Themes/Radio/css/site.css">
<script src="/Themes/Radio/js/jquery.min.js"></script>
<script src="/Themes/Radio/js/mediaelement-and-player.min.js"></script>
</head>
<body>
<div class="header"><div class="container">
  <a href="/" class="logo"><img src="/Themes/Radio/img/logo.png" alt="Đài Truyền thanh huyện Phú Vang"></a>
  <div class="live"><a href="/nghe-truc-tiep"><span class="dot"></span> Nghe trực tiếp</a></div>
</div></div>
<div class="menu"><div class="container"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/chuyen-muc">Chuyên mục</a> <a href="/ban-tin-audio">Bản tin audio</a> <a href="/video">Video</a> <a href="/lich-phat-song">Lịch phát sóng</a></div></div>
<div class="container body-wrap">
  <div class="col-left">
    <div class="path"><a href="/">Trang chủ</a> <span>»</span> <a href="/thoi-su">Thời sự địa phương</a></div>
    <div class="news-detail">
      <div class="news-title">{esc(title)}</div>
      <div class="news-info"><span class="news-date">Thứ Hai, 06/02/2017 19:30</span> <span class="news-program">Chương trình: Thời sự tối</span></div>
      <div class="news-audio">
        <div class="audio-label">Nghe bản tin:</div>
        <audio controls preload="none" class="mejs-player"><source src="/Uploads/audio/2017/2/6/thoisu-toi-dau-vat-lang-sinh.mp3" type="audio/mpeg">Trình duyệt của bạn không hỗ trợ phát âm thanh.</audio>
        <div class="audio-speed">Tốc độ: <button>0.75x</button> <button class="on">1x</button> <button>1.25x</button></div>
      </div>
      <div class="news-lead"><b>{esc(sapo)}</b></div>
      <div class="news-content">
{chr(10).join("        " + x for x in parts)}
      </div>
      <div class="news-author">Phóng viên: <b>{esc(author)}</b></div>
      <div class="news-share"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="dl" download>Tải file âm thanh</a></div>
    </div>
    <div class="news-other">
      <div class="box-title">Bản tin khác</div>
      <ul>
{chr(10).join(f'        <li><a href="/thoi-su/{slug(t)}">{esc(t)}</a> <span class="dur">{rng.randint(2, 5):02d}:{rng.randint(0, 59):02d}</span></li>' for t, _ in other)}
      </ul>
    </div>
  </div>
  <div class="col-right">
    <div class="box-title">Lịch phát sóng hôm nay</div>
    <table class="schedule">
      <tr><td>05:30</td><td>Tiếp sóng Đài Tiếng nói Việt Nam</td></tr>
      <tr><td>06:00</td><td>Chương trình phát thanh huyện (sáng)</td></tr>
      <tr><td>17:00</td><td>Tiếp sóng Đài PT-TH Thừa Thiên Huế</td></tr>
      <tr><td>19:00</td><td>Thời sự tối - Chương trình phát thanh huyện</td></tr>
    </table>
    <div class="box-title">Thăm dò</div>
    <p>Bạn thường nghe đài vào khung giờ nào?</p>
    <form><label><input type="radio" name="v"> Buổi sáng</label><label><input type="radio" name="v"> Buổi chiều</label><label><input type="radio" name="v"> Buổi tối</label><button>Bình chọn</button></form>
  </div>
</div>
<div class="footer"><div class="container">
  <p>ĐÀI TRUYỀN THANH HUYỆN PHÚ VANG - Địa chỉ: thị trấn Phú Đa, huyện Phú Vang, tỉnh Thừa Thiên Huế</p>
  <p>Điện thoại: 0234.3863.xxx · Email: dtt.phuvang@thuathienhue.gov.vn</p>
</div></div>
<script>$('audio').mediaelementplayer({{ stretching: 'responsive' }});</script>
</body>
</html>
"""
    return html_, expected(True, title, "2017-02-06", author, [sapo, *body])


# --------------------------------------------------------------------------- non-articles


def page_home_slider(d: Data) -> tuple[str, dict]:
    """Provincial home page: big slider with sapos, news ticker, blocks, documents table, stats."""
    rng = d.rng
    slides = d.teasers(5)
    ticker = d.teasers(6)
    blocks = [d.teasers(5) for _ in range(3)]
    names = ["Tin hoạt động", "Chỉ đạo - Điều hành", "Kinh tế - Xã hội"]
    slides_html = "\n".join(
        f'''      <div class="swiper-slide"><a href="/tin-tuc/{slug(t)}.html"><img src="/Data/hinhanh/slide/{i + 1}.jpg" alt="{attr(t)}"></a>
        <div class="slide-caption"><h3><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a></h3><p>{esc(snippet(s, 40))}</p><span class="time">{20 - i:02d}/05/2023</span></div></div>'''
        for i, (t, s) in enumerate(slides)
    )
    blocks_html = "\n".join(
        f"""    <section class="home-block">
      <h2 class="home-block__title"><a href="/chuyen-muc/{slug(n)}">{esc(n)}</a></h2>
      <div class="home-block__lead"><a href="/tin-tuc/{slug(b[0][0])}.html"><img src="/Data/hinhanh/{slug(b[0][0])[:20]}.jpg" alt=""></a><h3><a href="/tin-tuc/{slug(b[0][0])}.html">{esc(b[0][0])}</a></h3><p>{esc(snippet(b[0][1], 30))}</p></div>
      <ul class="home-block__list">
{chr(10).join(f'        <li><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a></li>' for t, _ in b[1:])}
      </ul>
    </section>"""
        for n, b in zip(names, blocks, strict=True)
    )
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thông tin điện tử tỉnh Bình Phước</title>
<meta name="description" content="Cổng thông tin điện tử tỉnh Bình Phước - thông tin chính thống của tỉnh">
<meta property="og:type" content="website">
<link rel="stylesheet" href="/Portal/css/swiper-bundle.min.css">
<link rel="stylesheet" href="/Portal/css/home.css?v=5.0.3">
{jsonld({"@context": "https://schema.org", "@type": "WebSite", "name": "Cổng thông tin điện tử tỉnh Bình Phước", "url": "https://binhphuoc-demo.gov.vn/", "potentialAction": {"@type": "SearchAction", "target": "https://binhphuoc-demo.gov.vn/tim-kiem?q={q}", "query-input": "required name=q"}})}
</head>
<body class="home">
<div class="top-bar"><div class="container"><span>Thứ Bảy, 20/05/2023</span> <a href="/en">English</a> <a href="/dang-nhap">Đăng nhập</a></div></div>
<header class="banner"><div class="container"><a href="/"><img src="/Portal/img/banner-binhphuoc.png" alt="Cổng thông tin điện tử tỉnh Bình Phước"></a></div></header>
<nav class="main-menu"><div class="container"><ul><li class="active"><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/cong-dan">Công dân</a></li><li><a href="/doanh-nghiep">Doanh nghiệp</a></li><li><a href="/du-khach">Du khách</a></li></ul></div></nav>
<div class="ticker"><div class="container"><span class="ticker__label">Tin mới:</span>
  <div class="ticker__wrap"><ul class="ticker__list" data-speed="40">
{chr(10).join(f'    <li><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a></li>' for t, _ in ticker)}
  </ul></div></div></div>
<main class="container">
  <div class="hero">
    <div class="swiper hero-slider"><div class="swiper-wrapper">
{slides_html}
    </div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>
    <div class="hero-side">
      <a href="https://dichvucong.gov.vn"><img src="/Portal/img/dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia"></a>
      <a href="/hoi-dap"><img src="/Portal/img/hoi-dap-truc-tuyen.png" alt="Hỏi đáp trực tuyến"></a>
      <a href="/lich-cong-tac"><img src="/Portal/img/lich-cong-tac.png" alt="Lịch công tác"></a>
    </div>
  </div>
  <div class="home-grid">
{blocks_html}
    <section class="home-block home-block--docs">
      <h2 class="home-block__title"><a href="/van-ban">Văn bản mới</a></h2>
      <table class="doc-table">
        <thead><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead>
        <tbody>
          <tr><td>1021/QĐ-UBND</td><td><a href="/van-ban/1021-qd-ubnd">Về việc công bố danh mục thủ tục hành chính lĩnh vực đất đai</a></td><td>18/05/2023</td></tr>
          <tr><td>58/KH-UBND</td><td><a href="/van-ban/58-kh-ubnd">Kế hoạch chuyển đổi số tỉnh năm 2023</a></td><td>16/05/2023</td></tr>
          <tr><td>12/CT-UBND</td><td><a href="/van-ban/12-ct-ubnd">Chỉ thị về tăng cường phòng, chống cháy rừng mùa khô</a></td><td>10/05/2023</td></tr>
        </tbody>
      </table>
    </section>
  </div>
  <section class="video-home"><h2>Video</h2><div class="video-home__main"><iframe src="https://www.youtube.com/embed/{rid(rng, 11)}" title="video" allowfullscreen></iframe></div></section>
  <section class="links"><h2>Liên kết website</h2><select onchange="window.open(this.value)"><option>-- Sở, ban, ngành --</option><option value="https://sotttt.binhphuoc-demo.gov.vn">Sở Thông tin và Truyền thông</option><option value="https://sokhdt.binhphuoc-demo.gov.vn">Sở Kế hoạch và Đầu tư</option></select></section>
</main>
<footer class="footer"><div class="container">
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC</strong></p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Phước. Giấy phép số 08/GP-TTĐT ngày 12/3/2021.</p>
  <p>Lượt truy cập: {rng.randint(30000000, 40000000):,} · Đang online: {rng.randint(100, 900)}</p>
</div></footer>
<div class="cookie-consent" id="cc">Cổng thông tin sử dụng cookie để nâng cao trải nghiệm người dùng. <a href="/chinh-sach-bao-mat">Tìm hiểu thêm</a> <button onclick="document.getElementById('cc').hidden=true">Đồng ý</button></div>
<script src="/Portal/js/swiper-bundle.min.js"></script>
<script>new Swiper('.hero-slider', {{ loop: true, autoplay: {{ delay: 5000 }}, pagination: {{ el: '.swiper-pagination' }} }});</script>
</body>
</html>
"""
    return html_, expected(False)


def page_category_divs(d: Data) -> tuple[str, dict]:
    """Category listing where each teaser is a <div> with image + title (the only link text) + date."""
    rng = d.rng
    items = d.teasers(12)
    feat_t, feat_s = items[0]
    cards = "\n".join(
        f'''    <div class="tt-item" data-id="{7000 - i}">
      <a class="tt-img" href="/tin-tuc/{slug(t)}-{7000 - i}.html" style="background-image:url('/uploads/thumbs/{7000 - i}.jpg')" aria-label=""></a>
      <div class="tt-name"><a href="/tin-tuc/{slug(t)}-{7000 - i}.html">{esc(t)}</a></div>
      <div class="tt-date">{(18 - i // 2):02d}/03/2023</div>
    </div>'''
        for i, (t, _) in enumerate(items[1:], start=1)
    )
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tin tức - Sự kiện | UBND thị xã Ninh Hòa</title>
<link rel="stylesheet" href="/css/site.{hexid(rng, 6)}.css">
<style>.tt-grid{{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}}.tt-img{{display:block;height:160px;background-size:cover}}.tt-name a{{font-weight:600}}.tt-date{{color:#999;font-size:12px}}</style>
</head>
<body>
<div class="hd"><div class="wp"><a href="/" class="lg"><img src="/img/logo.png" alt="UBND thị xã Ninh Hòa"></a><div class="hd-r"><span>Thứ Bảy, 20/05/2023</span><form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></div></div></div>
<div class="mn"><div class="wp"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a class="on" href="/tin-tuc">Tin tức - Sự kiện</a><a href="/van-ban">Văn bản</a><a href="/dich-vu-cong">Dịch vụ công</a><a href="/lien-he">Liên hệ</a></div></div>
<div class="wp pg">
  <div class="bc"><a href="/">Trang chủ</a> › <span>Tin tức - Sự kiện</span></div>
  <h1 class="pg-ttl">Tin tức - Sự kiện</h1>
  <div class="sub-cats"><a href="/tin-tuc/chinh-tri">Chính trị</a> <a href="/tin-tuc/kinh-te">Kinh tế</a> <a href="/tin-tuc/van-hoa-xa-hoi">Văn hóa - Xã hội</a> <a href="/tin-tuc/quoc-phong-an-ninh">Quốc phòng - An ninh</a></div>
  <div class="tt-featured">
    <a class="tt-img tt-img--lg" href="/tin-tuc/{slug(feat_t)}-7000.html" style="background-image:url('/uploads/thumbs/7000.jpg')" aria-label=""></a>
    <div class="tt-name tt-name--lg"><a href="/tin-tuc/{slug(feat_t)}-7000.html">{esc(feat_t)}</a></div>
    <div class="tt-sum">{esc(snippet(feat_s, 45))}</div>
    <div class="tt-date">19/03/2023</div>
  </div>
  <div class="tt-grid">
{cards}
  </div>
  <div class="pager"><span class="cur">1</span> <a href="/tin-tuc?p=2">2</a> <a href="/tin-tuc?p=3">3</a> <span>…</span> <a href="/tin-tuc?p=84">84</a> <a href="/tin-tuc?p=2">›</a></div>
</div>
<div class="ft"><div class="wp"><p>ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA - TỈNH KHÁNH HÒA</p><p>Địa chỉ: 1 Trần Quý Cáp, phường Ninh Hiệp, thị xã Ninh Hòa. ĐT: 0258.3845.xxx</p></div></div>
{GA.format(gid=rid(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))}
</body>
</html>
"""
    return html_, expected(False)


def page_work_schedule(d: Data) -> tuple[str, dict]:
    """Weekly work schedule (lịch công tác tuần) table of the district leadership."""
    rng = d.rng
    days = [
        ("Thứ Hai", "20/03"),
        ("Thứ Ba", "21/03"),
        ("Thứ Tư", "22/03"),
        ("Thứ Năm", "23/03"),
        ("Thứ Sáu", "24/03"),
        ("Thứ Bảy", "25/03"),
    ]
    items = [
        (
            "Sáng",
            "07h30: Chủ tịch UBND huyện dự chào cờ đầu tuần và họp giao ban lãnh đạo UBND huyện",
            "Chủ tịch UBND huyện",
            "Phòng họp số 1",
            "Các Phó Chủ tịch UBND huyện; Chánh Văn phòng HĐND và UBND huyện",
        ),
        (
            "Chiều",
            "14h00: Làm việc với Phòng Tài nguyên và Môi trường về công tác giải phóng mặt bằng dự án đường tránh",
            "Phó Chủ tịch Nguyễn Văn Thành",
            "Phòng họp số 2",
            "Phòng TN&MT, Ban QLDA, UBND các xã liên quan",
        ),
        (
            "Sáng",
            "08h00: Dự Hội nghị trực tuyến của UBND tỉnh về tình hình kinh tế - xã hội quý I",
            "Chủ tịch UBND huyện",
            "Điểm cầu huyện",
            "Theo giấy mời",
        ),
        (
            "Chiều",
            "14h00: Kiểm tra tiến độ xây dựng nông thôn mới tại xã Tân Phú, xã Bình Hòa",
            "Phó Chủ tịch Trần Thị Mai",
            "Xã Tân Phú, xã Bình Hòa",
            "Phòng NN&PTNT, Văn phòng Điều phối NTM huyện",
        ),
        (
            "Sáng",
            "07h30: Tiếp công dân định kỳ",
            "Chủ tịch UBND huyện",
            "Trụ sở Tiếp công dân huyện",
            "Ban Tiếp công dân, Thanh tra huyện, Phòng TN&MT",
        ),
        (
            "Chiều",
            "15h00: Họp Hội đồng thi đua - khen thưởng huyện",
            "Chủ tịch UBND huyện",
            "Phòng họp số 1",
            "Thành viên Hội đồng",
        ),
        (
            "Sáng",
            "08h00: Dự Lễ kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
            "Phó Chủ tịch Trần Thị Mai",
            "Hội trường Trung tâm Văn hóa huyện",
            "Theo giấy mời",
        ),
        ("Cả ngày", "Làm việc tại cơ quan", "Lãnh đạo UBND huyện", "Trụ sở UBND huyện", ""),
        (
            "Sáng",
            "08h00: Ra quân Tháng Thanh niên, trồng cây xanh tại tuyến đường ĐT 741",
            "Phó Chủ tịch Nguyễn Văn Thành",
            "Xã Bình Hòa",
            "Huyện Đoàn, Phòng Kinh tế - Hạ tầng",
        ),
    ]
    day_idx = [0, 0, 1, 1, 2, 3, 3, 4, 5]
    rows = []
    seen = set()
    for (buoi, nd, ct, dd, tp), di in zip(items, day_idx, strict=True):
        dname, ddate = days[di]
        cell = (
            ""
            if di in seen
            else f'<td rowspan="{day_idx.count(di)}" class="col-thu"><b>{dname}</b><br>{ddate}</td>'
        )
        seen.add(di)
        rows.append(
            f"<tr>{cell}<td>{buoi}</td><td>{esc(nd)}</td><td>{esc(ct)}</td><td>{esc(dd)}</td><td>{esc(tp)}</td></tr>"
        )
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Lịch công tác tuần - UBND huyện Đồng Phú</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/portal.css">
</head>
<body>
<div id="hdr"><a href="/"><img src="/static/img/banner-dongphu.jpg" alt="Cổng thông tin điện tử huyện Đồng Phú"></a><div class="today">Thứ Bảy, 20/05/2023</div></div>
<ul id="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="cur"><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
<div id="main">
  <div class="bread"><a href="/">Trang chủ</a> » Lịch công tác</div>
  <h1 class="page-title">Lịch công tác tuần 12 năm 2023</h1>
  <div class="lct-sub">(Từ ngày 20/3/2023 đến ngày 26/3/2023)</div>
  <div class="lct-nav">
    <a href="/lich-cong-tac?tuan=11&amp;nam=2023">« Tuần trước</a>
    <form class="lct-pick" action="/lich-cong-tac" method="get"><select name="tuan">{"".join(f'<option value="{w}"{" selected" if w == 12 else ""}>Tuần {w}</option>' for w in range(8, 17))}</select><select name="nam"><option>2023</option><option>2022</option></select><button>Xem</button></form>
    <a href="/lich-cong-tac?tuan=13&amp;nam=2023">Tuần sau »</a>
  </div>
  <table class="lct-table" border="1" cellspacing="0" cellpadding="4">
    <thead><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th><th>Thành phần</th></tr></thead>
    <tbody>
{chr(10).join("      " + r for r in rows)}
    </tbody>
  </table>
  <div class="lct-note"><i>Ghi chú: Lịch công tác có thể thay đổi, đề nghị các cơ quan, đơn vị theo dõi thường xuyên. Đăng ngày 17/03/2023.</i></div>
  <div class="lct-file">Tải về: <a href="/uploads/lct/2023/lct-tuan-12-2023.pdf">lct-tuan-12-2023.pdf</a> | <a href="/uploads/lct/2023/lct-tuan-12-2023.docx">lct-tuan-12-2023.docx</a></div>
</div>
<div id="ftr">UBND HUYỆN ĐỒNG PHÚ - TỈNH BÌNH PHƯỚC · Địa chỉ: thị trấn Tân Phú, huyện Đồng Phú · ĐT: 0271.3819.xxx · Lượt truy cập: {rng.randint(500000, 900000):,}</div>
</body>
</html>
"""
    return html_, expected(False)


def page_poll_results(d: Data) -> tuple[str, dict]:
    """Online poll / survey results page with bars, counts and other polls."""
    rng = d.rng
    opts = [("Rất hài lòng", 0), ("Hài lòng", 0), ("Bình thường", 0), ("Chưa hài lòng", 0)]
    counts = [
        rng.randint(300, 900),
        rng.randint(800, 1600),
        rng.randint(200, 500),
        rng.randint(50, 200),
    ]
    total = sum(counts)
    bars = "\n".join(
        f"""      <li class="kq-row"><span class="kq-opt">{esc(o)}</span><div class="kq-bar"><div class="kq-fill" style="width:{c * 100 / total:.1f}%"></div></div><span class="kq-pct">{c * 100 / total:.1f}%</span> <span class="kq-cnt">({c} phiếu)</span></li>"""
        for (o, _), c in zip(opts, counts, strict=True)
    )
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kết quả thăm dò ý kiến - Cổng TTĐT tỉnh Hậu Giang</title>
<meta property="og:type" content="website">
<link rel="stylesheet" href="/Resources/css/main.css">
<script src="https://cdn.jsdelivr.net/npm/chart.js@4.2.1/dist/chart.umd.min.js"></script>
</head>
<body>
<header class="hg-head"><a href="/"><img src="/Resources/img/logo-haugiang.png" alt="Cổng thông tin điện tử tỉnh Hậu Giang"></a><span class="hg-date">Thứ Bảy, 20/05/2023</span></header>
<nav class="hg-nav"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/van-ban">Văn bản</a> <a href="/y-kien">Hỏi đáp - Góp ý</a> <a href="/tham-do">Thăm dò ý kiến</a></nav>
<main class="hg-main">
  <div class="hg-crumb"><a href="/">Trang chủ</a> / <a href="/tham-do">Thăm dò ý kiến</a> / Kết quả</div>
  <h1 class="kq-title">Kết quả thăm dò ý kiến</h1>
  <div class="kq-box">
    <div class="kq-q">Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của tỉnh Hậu Giang?</div>
    <div class="kq-time">Thời gian thăm dò: từ 01/03/2023 đến 31/05/2023</div>
    <ul class="kq-list">
{bars}
    </ul>
    <div class="kq-total">Tổng số phiếu: <b>{total}</b></div>
    <canvas id="kqChart" width="400" height="220"></canvas>
    <script>new Chart(document.getElementById('kqChart'), {{ type: 'pie', data: {{ labels: {json.dumps([o for o, _ in opts], ensure_ascii=False)}, datasets: [{{ data: {json.dumps(counts)} }}] }} }});</script>
    <div class="kq-back"><a href="/tham-do">« Quay lại bình chọn</a></div>
  </div>
  <div class="kq-others">
    <h2>Các cuộc thăm dò khác</h2>
    <ul>
      <li><a href="/tham-do/ket-qua?id=31">Bạn biết đến Cổng thông tin điện tử tỉnh qua kênh nào?</a> <span>(2.341 phiếu)</span></li>
      <li><a href="/tham-do/ket-qua?id=30">Bạn quan tâm nhất đến chuyên mục nào trên Cổng?</a> <span>(4.118 phiếu)</span></li>
      <li><a href="/tham-do/ket-qua?id=28">Ý kiến của bạn về việc thanh toán phí, lệ phí trực tuyến?</a> <span>(1.907 phiếu)</span></li>
    </ul>
  </div>
</main>
<footer class="hg-foot"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG · Cơ quan chủ quản: Văn phòng UBND tỉnh Hậu Giang</p><p>Địa chỉ: Số 02 Đường Trần Hưng Đạo, phường V, TP Vị Thanh</p></footer>
</body>
</html>
"""
    return html_, expected(False)


def page_tthc(d: Data) -> tuple[str, dict]:
    """Administrative procedures (thủ tục hành chính) list with search filters and paging."""
    rng = d.rng
    procs = [
        ("Đăng ký khai sinh", "Hộ tịch", "Toàn trình"),
        ("Đăng ký kết hôn", "Hộ tịch", "Một phần"),
        ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Toàn trình"),
        ("Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Một phần"),
        ("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Hoạt động xây dựng", "Một phần"),
        (
            "Đăng ký thành lập hộ kinh doanh",
            "Thành lập và hoạt động của hộ kinh doanh",
            "Toàn trình",
        ),
        ("Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm", "Một phần"),
        (
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "Đất đai",
            "Một phần",
        ),
        (
            "Giải quyết chế độ trợ cấp một lần đối với người có thành tích tham gia kháng chiến",
            "Người có công",
            "Một phần",
        ),
        ("Thủ tục xét tặng danh hiệu Gia đình văn hóa", "Văn hóa cơ sở", "Toàn trình"),
        (
            "Cấp Giấy phép kinh doanh bán lẻ sản phẩm rượu",
            "Lưu thông hàng hóa trong nước",
            "Toàn trình",
        ),
        (
            "Thủ tục hỗ trợ học tập đối với trẻ mẫu giáo, học sinh dân tộc thiểu số",
            "Giáo dục và Đào tạo",
            "Một phần",
        ),
    ]
    rows = "\n".join(
        f"""        <tr><td class="tc">{i + 1}</td><td>{rng.randint(1, 2)}.{rng.randint(1000, 9999):06d}.000.00.00.H{rng.randint(10, 60)}</td><td><a href="/thu-tuc-hanh-chinh/chi-tiet?id={rng.randint(10000, 99999)}">{esc(n)}</a></td><td>{esc(lv)}</td><td>{esc(md)}</td><td class="tc"><a class="btn-s" href="#">Chi tiết</a> <a class="btn-s btn-p" href="https://dichvucong.gov.vn">Nộp hồ sơ</a></td></tr>"""
        for i, (n, lv, md) in enumerate(procs)
    )
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thủ tục hành chính - Cổng thông tin điện tử huyện Châu Thành</title>
<link rel="stylesheet" href="/css/tthc.min.css">
<script src="/js/vue.min.js"></script>
</head>
<body>
<div class="ct-top"><img src="/img/banner-chauthanh.jpg" alt="Huyện Châu Thành"><span class="ct-today">Hôm nay: 20/05/2023</span></div>
<ul class="ct-menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="sel"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul>
<div class="ct-body" id="app">
  <div class="ct-path"><a href="/">Trang chủ</a> &gt; Thủ tục hành chính</div>
  <h1 class="ct-h">Thủ tục hành chính</h1>
  <form class="tthc-filter" action="/thu-tuc-hanh-chinh" method="get">
    <div class="f-row"><label>Từ khóa</label><input type="text" name="tukhoa" placeholder="Nhập tên thủ tục hoặc mã thủ tục"></div>
    <div class="f-row"><label>Cơ quan thực hiện</label><select name="coquan"><option value="">-- Tất cả --</option><option>UBND huyện</option><option>UBND cấp xã</option><option>Phòng Tư pháp</option><option>Phòng Tài chính - Kế hoạch</option></select></div>
    <div class="f-row"><label>Lĩnh vực</label><select name="linhvuc"><option value="">-- Tất cả --</option><option>Hộ tịch</option><option>Chứng thực</option><option>Đất đai</option><option>Hoạt động xây dựng</option><option>Người có công</option></select></div>
    <div class="f-row"><label>Mức độ</label><label><input type="checkbox" name="md" value="tt"> Toàn trình</label><label><input type="checkbox" name="md" value="mp"> Một phần</label></div>
    <div class="f-row"><button type="submit">Tìm kiếm</button> <button type="reset">Nhập lại</button></div>
  </form>
  <div class="tthc-count">Tìm thấy <b>1.843</b> thủ tục hành chính</div>
  <table class="tthc-table">
    <thead><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Mức độ DVC</th><th></th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <div class="tthc-pager"><a class="on">1</a><a href="?page=2">2</a><a href="?page=3">3</a><span>…</span><a href="?page=154">154</a></div>
</div>
<div class="ct-foot"><p>UBND HUYỆN CHÂU THÀNH · Bộ phận Tiếp nhận và Trả kết quả: Khu hành chính huyện · ĐT: 0272.3878.xxx</p></div>
<script>new Vue({{ el: '#app', data: {{ loading: false }} }});</script>
</body>
</html>
"""
    return html_, expected(False)


def page_login(d: Data) -> tuple[str, dict]:
    """Login page of an e-office / portal system."""
    rng = d.rng
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập hệ thống - Văn phòng điện tử tỉnh Kon Tum</title>
<link rel="stylesheet" href="/assets/auth.{hexid(rng, 8)}.css">
</head>
<body class="auth-page">
<div class="auth-bg"></div>
<div class="auth-card">
  <div class="auth-brand"><img src="/assets/quoc-huy.svg" alt="" width="72"><div class="auth-brand__txt">ỦY BAN NHÂN DÂN TỈNH KON TUM<br><b>HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH</b></div></div>
  <h1 class="auth-title">Đăng nhập</h1>
  <form class="auth-form" method="post" action="/auth/login" autocomplete="off">
    <input type="hidden" name="__RequestVerificationToken" value="{rid(rng, 92, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")}">
    <div class="fg"><label for="u">Tên đăng nhập</label><input id="u" name="username" type="text" placeholder="Tên đăng nhập" required></div>
    <div class="fg"><label for="p">Mật khẩu</label><input id="p" name="password" type="password" placeholder="Mật khẩu" required></div>
    <div class="fg fg--captcha"><img src="/auth/captcha?r={rng.randint(10**6, 10**7)}" alt="Mã xác thực"> <input name="captcha" type="text" placeholder="Nhập mã xác thực"> <a href="#" class="reload">Đổi mã</a></div>
    <div class="fg fg--row"><label><input type="checkbox" name="remember"> Ghi nhớ đăng nhập</label> <a href="/auth/forgot">Quên mật khẩu?</a></div>
    <button class="btn-login" type="submit">Đăng nhập</button>
    <div class="auth-or">hoặc</div>
    <a class="btn-sso" href="/auth/sso/vneid">Đăng nhập bằng tài khoản định danh điện tử VNeID</a>
    <a class="btn-sso btn-sso--dvc" href="/auth/sso/dvcqg">Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia</a>
  </form>
  <div class="auth-help">
    <p>Lưu ý: Tài khoản do Sở Thông tin và Truyền thông cấp cho cán bộ, công chức, viên chức. Không chia sẻ mật khẩu cho người khác. Sau 5 lần nhập sai mật khẩu, tài khoản sẽ bị tạm khóa trong 15 phút.</p>
    <p><a href="/huong-dan/HDSD-VPDT.pdf">Tải hướng dẫn sử dụng</a> · <a href="/ung-dung-di-dong">Ứng dụng di động</a> · Hỗ trợ kỹ thuật: 0260.3862.xxx</p>
  </div>
</div>
<footer class="auth-foot">© 2023 Sở Thông tin và Truyền thông tỉnh Kon Tum. Phiên bản 4.2.0</footer>
<script src="/assets/auth.{hexid(rng, 8)}.js" defer></script>
</body>
</html>
"""
    return html_, expected(False)


def page_video_gallery(d: Data) -> tuple[str, dict]:
    """Video category page: featured player + grid of videos with durations and view counts."""
    rng = d.rng
    vids = d.teasers(10)
    feat = vids[0][0]
    grid = "\n".join(
        f'''      <li class="vg-item">
        <a class="vg-thumb" href="/video/{slug(t)}-v{900 - i}.html"><img src="/media/video/thumbs/{900 - i}.jpg" alt="{attr(t)}"><span class="vg-dur">{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d}</span><span class="vg-play" aria-hidden="true">▶</span></a>
        <h3 class="vg-name"><a href="/video/{slug(t)}-v{900 - i}.html">{esc(t)}</a></h3>
        <div class="vg-meta"><span>{(19 - i // 3):02d}/05/2023</span> · <span>{rng.randint(100, 9000)} lượt xem</span></div>
      </li>'''
        for i, (t, _) in enumerate(vids[1:], start=1)
    )
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Video - Trung tâm Văn hóa, Thông tin và Thể thao huyện Đại Lộc</title>
<link rel="stylesheet" href="/themes/tt/css/style.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/video.js@8.3.0/dist/video-js.min.css">
{jsonld({"@context": "https://schema.org", "@type": "CollectionPage", "name": "Video", "url": "https://ttvhttdailoc.vn/video/"})}
</head>
<body>
<header class="h"><div class="c"><a class="logo" href="/"><img src="/themes/tt/img/logo.png" alt="TTVHTTTT Đại Lộc"></a><nav><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/phat-thanh">Phát thanh</a><a class="on" href="/video">Video</a><a href="/anh">Ảnh</a></nav></div></header>
<main class="c">
  <div class="crumb"><a href="/">Trang chủ</a> › Video</div>
  <h1 class="vg-h">Video</h1>
  <div class="vg-tabs"><a class="on" href="/video">Tất cả</a><a href="/video/thoi-su">Thời sự</a><a href="/video/phong-su">Phóng sự</a><a href="/video/van-nghe">Văn nghệ</a></div>
  <div class="vg-feature">
    <video id="player" class="video-js vjs-16-9" controls preload="none" poster="/media/video/thumbs/900.jpg" data-setup="{{}}"><source src="/media/video/2023/05/{slug(feat)}.mp4" type="video/mp4"><p class="vjs-no-js">Vui lòng bật JavaScript để xem video.</p></video>
    <h2 class="vg-feature__t"><a href="/video/{slug(feat)}-v900.html">{esc(feat)}</a></h2>
    <div class="vg-meta"><span>20/05/2023</span> · <span>{rng.randint(100, 900)} lượt xem</span> · <span class="vg-dur-inline">{rng.randint(2, 9):02d}:{rng.randint(0, 59):02d}</span></div>
  </div>
  <ul class="vg-grid">
{grid}
  </ul>
  <nav class="pg"><a class="on">1</a><a href="/video?trang=2">2</a><a href="/video?trang=3">3</a><a href="/video?trang=2">Trang sau »</a></nav>
</main>
<footer class="f"><div class="c">Trung tâm Văn hóa, Thông tin và Thể thao huyện Đại Lộc · Thị trấn Ái Nghĩa, huyện Đại Lộc, tỉnh Quảng Nam</div></footer>
<script src="https://cdn.jsdelivr.net/npm/video.js@8.3.0/dist/video.min.js"></script>
</body>
</html>
"""
    return html_, expected(False)


def page_about(d: Data) -> tuple[str, dict]:
    """Static "Giới thiệu" (about the commune) page: prose, sections, table - not a news article."""
    rng = d.rng
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Giới thiệu chung - Trang thông tin điện tử xã Tân Phú</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Giới thiệu chung">
<meta name="description" content="Giới thiệu khái quát về vị trí địa lý, lịch sử hình thành và tình hình kinh tế - xã hội xã Tân Phú">
<link rel="stylesheet" href="/public/css/xa.css">
</head>
<body>
<div class="header"><img src="/public/img/banner-xa-tan-phu.jpg" alt="Trang thông tin điện tử xã Tân Phú"><div class="today">Thứ Bảy, ngày 20/05/2023</div></div>
<div class="menu"><a href="/">Trang chủ</a><a class="active" href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/van-ban">Văn bản</a><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a><a href="/lien-he">Liên hệ</a></div>
<div class="wrap">
  <div class="left">
    <div class="side-title">GIỚI THIỆU</div>
    <ul class="side-menu">
      <li class="active"><a href="/gioi-thieu/gioi-thieu-chung">Giới thiệu chung</a></li>
      <li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
      <li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>
      <li><a href="/gioi-thieu/lanh-dao-xa">Lãnh đạo xã</a></li>
      <li><a href="/gioi-thieu/lich-su-truyen-thong">Lịch sử truyền thống</a></li>
    </ul>
  </div>
  <div class="content">
    <div class="bread"><a href="/">Trang chủ</a> / <a href="/gioi-thieu">Giới thiệu</a> / Giới thiệu chung</div>
    <h1 class="page-title">Giới thiệu chung</h1>
    <div class="page-body">
      <h3>1. Vị trí địa lý</h3>
      <p>Xã Tân Phú nằm ở phía Đông Nam của huyện, cách trung tâm huyện khoảng 12 km. Phía Bắc giáp xã Tân Lợi; phía Nam giáp xã Bình Hòa; phía Đông giáp sông Bé; phía Tây giáp thị trấn. Tổng diện tích tự nhiên của xã là 4.215 ha, trong đó đất sản xuất nông nghiệp chiếm trên 80%.</p>
      <p>Xã có tuyến đường tỉnh ĐT 741 chạy qua với chiều dài gần 6 km, thuận lợi cho việc giao thương, vận chuyển hàng hóa và phát triển dịch vụ.</p>
      <h3>2. Lịch sử hình thành</h3>
      <p>Xã Tân Phú được thành lập năm 1978 trên cơ sở tách ra từ xã Tân Lợi. Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Đảng bộ và nhân dân xã đã có nhiều đóng góp cho cách mạng; năm 2000 xã được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.</p>
      <h3>3. Dân số, đơn vị hành chính</h3>
      <p>Toàn xã có 8 ấp với 3.126 hộ, 11.804 nhân khẩu; đồng bào dân tộc thiểu số chiếm khoảng 9% dân số, chủ yếu là dân tộc S'tiêng và Khmer.</p>
      <table class="tbl">
        <thead><tr><th>STT</th><th>Tên ấp</th><th>Số hộ</th><th>Số nhân khẩu</th></tr></thead>
        <tbody>
          <tr><td>1</td><td>Ấp 1</td><td>412</td><td>1.538</td></tr>
          <tr><td>2</td><td>Ấp 2</td><td>389</td><td>1.467</td></tr>
          <tr><td>3</td><td>Ấp Bàu Ké</td><td>455</td><td>1.702</td></tr>
          <tr><td>4</td><td>Ấp Suối Đá</td><td>370</td><td>1.391</td></tr>
        </tbody>
      </table>
      <h3>4. Tình hình kinh tế - xã hội</h3>
      <p>Kinh tế của xã chủ yếu là sản xuất nông nghiệp với các cây trồng chính như cao su, điều, hồ tiêu và cây ăn trái. Những năm gần đây, nhiều mô hình kinh tế trang trại, chăn nuôi tập trung được hình thành, góp phần nâng thu nhập bình quân đầu người. Năm 2019, xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới.</p>
      <p>Hệ thống trường học, trạm y tế, nhà văn hóa các ấp được đầu tư khang trang; 100% hộ dân sử dụng điện lưới quốc gia; tỷ lệ hộ nghèo giảm còn dưới 1%.</p>
    </div>
    <div class="page-foot">Lượt xem: {rng.randint(2000, 9000)} · <a href="javascript:window.print()">In trang</a></div>
  </div>
</div>
<div class="footer">
  <p>ỦY BAN NHÂN DÂN XÃ TÂN PHÚ · Địa chỉ: Ấp 2, xã Tân Phú · Điện thoại: 0271.3xxx.xxx</p>
  <p>Chịu trách nhiệm nội dung: Chủ tịch UBND xã</p>
</div>
</body>
</html>
"""
    return html_, expected(False)


def page_archive_month(d: Data) -> tuple[str, dict]:
    """Monthly archive page: entries grouped by day with excerpts, calendar widget, month dropdown."""
    rng = d.rng
    items = d.teasers(12)
    groups = []
    day = 31
    for k in range(0, 12, 3):
        chunk = items[k : k + 3]
        groups.append(
            f"""    <div class="ar-day">
      <h2 class="ar-day__h">{WEEKDAYS[datetime.date(2023, 3, day).weekday()]}, {day:02d}/03/2023</h2>
{chr(10).join(f'      <div class="ar-entry"><h3 class="ar-entry__t"><a href="/2023/03/{slug(t)}.html">{esc(t)}</a></h3><p class="ar-entry__x">{esc(snippet(s, 32))}</p><a class="ar-entry__more" href="/2023/03/{slug(t)}.html">Đọc tiếp »</a></div>' for t, s in chunk)}
    </div>"""
        )
        day -= rng.randint(2, 4)
    cal_rows = []
    # March 2023 starts on a Wednesday (Monday-first grid).
    cells = [""] * 2 + [str(x) for x in range(1, 32)]
    cells += [""] * (-len(cells) % 7)
    for w in range(0, len(cells), 7):
        cal_rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells[w : w + 7]) + "</tr>")
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lưu trữ tháng 3/2023 - Bản tin Sở Tư pháp Tây Ninh</title>
<meta name="robots" content="noindex,follow">
<link rel="stylesheet" href="/static/archive.css">
</head>
<body>
<div class="topline"><a href="/">Bản tin Sở Tư pháp Tây Ninh</a> <span class="hom-nay">20/05/2023</span></div>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/pho-bien-phap-luat">Phổ biến pháp luật</a> <a href="/tro-giup-phap-ly">Trợ giúp pháp lý</a> <a href="/luu-tru">Lưu trữ</a></nav>
<div class="layout">
  <main class="ar">
    <h1 class="ar-h">Lưu trữ: Tháng 3/2023</h1>
    <p class="ar-count">Có 37 bài viết trong tháng này.</p>
{chr(10).join(groups)}
    <div class="ar-pager"><a href="/luu-tru/2023/03?trang=2">Các bài cũ hơn »</a></div>
  </main>
  <aside class="sb">
    <div class="widget"><h4>Lịch</h4>
      <table class="cal"><caption>Tháng Ba 2023</caption><thead><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr></thead><tbody>{"".join(cal_rows)}</tbody></table>
      <div class="cal-nav"><a href="/luu-tru/2023/02">« Th2</a> <a href="/luu-tru/2023/04">Th4 »</a></div>
    </div>
    <div class="widget"><h4>Lưu trữ</h4>
      <select onchange="location=this.value"><option value="">Chọn tháng</option>{"".join(f'<option value="/luu-tru/2023/{m:02d}"{" selected" if m == 3 else ""}>Tháng {m}/2023</option>' for m in range(5, 0, -1))}<option value="/luu-tru/2022/12">Tháng 12/2022</option></select>
    </div>
  </aside>
</div>
<footer class="ft">Bản tin Sở Tư pháp tỉnh Tây Ninh · 262 đường 30/4, phường 3, TP Tây Ninh</footer>
</body>
</html>
"""
    return html_, expected(False)


# --------------------------------------------------------------------------- main

PAGES: list[tuple[str, Callable[[Data], tuple[str, dict]]]] = [
    ("dangbo_php_01", page_dangbo_php),
    ("django_aside_01", page_django_aside),
    ("shopblog_01", page_shop_blog),
    ("moodle_forum_01", page_moodle),
    ("mobile_sections_01", page_mobile),
    ("astro_01", page_astro),
    ("jekyll_table_01", page_jekyll),
    ("two_h1_01", page_two_h1),
    ("meta_author_01", page_meta_author),
    ("two_dates_01", page_two_dates),
    ("long_date_01", page_long_date),
    ("radio_transcript_01", page_radio),
    ("nonarticle_home_slider_01", page_home_slider),
    ("nonarticle_category_divs_01", page_category_divs),
    ("nonarticle_work_schedule_01", page_work_schedule),
    ("nonarticle_poll_results_01", page_poll_results),
    ("nonarticle_tthc_list_01", page_tthc),
    ("nonarticle_login_01", page_login),
    ("nonarticle_video_gallery_01", page_video_gallery),
    ("nonarticle_about_01", page_about),
    ("nonarticle_archive_month_01", page_archive_month),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    rng = random.Random(SEED)
    data = Data(args.data, rng)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, fn in PAGES:
        page, exp = fn(data)
        (args.out / f"{name}.html").write_text(page, encoding="utf-8")
        (args.out / f"{name}.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(
            f"{name}: is_article={exp['is_article']} paras={len(exp['body'].split(chr(10) * 2)) if exp['body'] else 0}"
        )


if __name__ == "__main__":
    main()
