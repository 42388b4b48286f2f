# ruff: noqa: E501  (HTML templates read better unwrapped)
"""Generate the extraction gold set in ``tests/fixtures/extraction/``.

Deterministic (seeded RNG): wraps REAL article texts from
``../shared/data/vi_news.jsonl`` (title, sapo, paragraphs) and the real CKEditor
fragments in ``../shared/data/html/`` into full pages built from many different
templates, and writes for each page ``NAME.html`` plus ``NAME.json`` with the
expected ``{"is_article", "title", "date", "author", "body"}`` (body = paragraphs
joined by a blank line).

Two subsets:

* ``tests/fixtures/extraction/*.html`` — the tuning set: templates ``liferay``,
  ``wp_news``, ``wp_td``, ``paper_a``, ``paper_b``, ``legacy1258``, ``broken``,
  ``divbr``, ``aspnet_directive``, ``comments``, ``fragment`` and the non-article
  templates ``listing``, ``search``, ``tag``, ``notfound``; class names from
  ``TUNE_POOLS``; plus the project's real Hồng Ngự page.
* ``tests/fixtures/extraction/unseen/*.html`` — held out: templates ``joomla``,
  ``drupal``, ``express``, ``portal_table`` and ``archive``/``error500``, with class
  names from ``UNSEEN_POOLS`` (no name shared with the tuning pools). The
  extractor was not tuned on these pages.

Run: ``.venv/bin/python scripts/make_extraction_gold.py`` (rewrites the folder).
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NEWS = SHARED / "data" / "vi_news.jsonl"
FRAGMENTS = SHARED / "data" / "html"
SEED = SHARED / "seeds" / "hongngu_khoivan_2022.txt"
SAMPLE_PAGE = REPO / "data" / "sample" / "hongngu_khoivan_2022.html"
OUT = REPO / "tests" / "fixtures" / "extraction"
SEED_VALUE = 20221221

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
AUTHORS = [
    "Minh Anh", "Nguyễn Sơn (TTXVN)", "Thu Hà - Minh Anh", "Theo Dân trí", "Hoàng Long",
    "Lê Văn Thành", "Trần Thị Mai (Trung tâm Văn hóa - Thể thao huyện)", "Theo VnExpress",
    "Phạm Quang", "Ngọc Trâm", "Đoàn Ti Vi (Ban Tuyên giáo Thành ủy Hồng Ngự)",
    "Thanh Tùng - Hải Yến", "Theo Báo Đồng Tháp", "Quốc Việt (TTXVN)", "Bảo Ngọc",
]  # fmt: skip
CMS_ACCOUNTS = ["admin", "bientap01", "Quản trị viên", "webmaster"]
SITES = [
    "Cổng thông tin điện tử huyện Tam Nông", "Báo Đồng Tháp Online", "UBND tỉnh Bắc Giang",
    "Trang tin điện tử xã An Phong", "Báo Tin Tức Miền Tây", "Cổng TTĐT Sở Y tế Cần Thơ",
]  # fmt: skip
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính",
        "Liên hệ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật"]
COMMENTERS = ["Nguyễn Văn Hùng", "lan.tran", "Bạn đọc Minh", "Hải Đăng", "Thanh Bình",
              "Người dân Tân Hồng", "Ngọc Ánh"]
COMMENTS = [
    "Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích.",
    "Mong chính quyền địa phương sớm quan tâm giải quyết cho bà con.",
    "Đồng ý với ý kiến trên, cần xử lý nghiêm các trường hợp vi phạm.",
    "Ở xã tôi cũng có tình trạng tương tự nhưng chưa thấy ai kiểm tra.",
    "Thông tin rất kịp thời, mong báo tiếp tục theo dõi và phản ánh.",
    "Xin hỏi thủ tục đăng ký thì nộp hồ sơ ở đâu ạ?",
    "Cảm ơn các anh chị cán bộ đã vất vả vì dân.",
]

# Class-name pools. The unseen pools share no name with the tuning pools.
TUNE_POOLS: dict[str, list[str]] = {
    "body": ["noi-dung", "chi-tiet", "article-body", "entry-content", "td-post-content",
             "journal-content-article", "newsContent", "detail__content", "post-content",
             "content-detail", "ArticleContent", "news-detail-body"],
    "sapo": ["sapo", "detail__summary", "lead", "article-sapo", "tom-tat", "summary"],
    "title": ["title", "entry-title", "detail__title", "tieu-de", "article-title",
              "post-title", "news-title"],
    "date": ["date", "ngay-dang", "post-date", "detail__time", "time-publish", "meta-date"],
    "wrap": ["container", "wrapper", "main", "page", "site-content", "layout", "col-md-8",
             "span8", "content-wrap", "inner"],
    "side": ["sidebar", "right-col", "col-right", "box-right", "widget-area"],
}
UNSEEN_POOLS: dict[str, list[str]] = {
    "body": ["itemFullText", "field-item even", "fck_detail", "khung-noi-dung", "bai-viet",
             "cms-body", "story__body", "ndtin", "contentbox"],
    "sapo": ["introtext", "story__lead", "mo-dau", "description", "fck_intro"],
    "title": ["itemTitle", "page-header", "story__heading", "tieude", "ttl"],
    "date": ["itemDateCreated", "submitted", "story__meta", "ngaydang", "pubtime"],
    "wrap": ["region", "zone", "khung", "blk", "grid-9", "pane"],
    "side": ["region-sidebar", "khung-phai", "aside-zone", "blk-right"],
}


@dataclass
class Art:
    title: str
    sapo: str
    paras: list[str]
    date: tuple[int, int, int]
    hour: tuple[int, int]
    author: str
    others: list[tuple[str, str]] = field(default_factory=list)  # (title, sapo) of other news

    @property
    def iso(self) -> str:
        y, m, d = self.date
        return f"{y:04d}-{m:02d}-{d:02d}"

    def vn(self, weekday: bool = True, time: bool = True) -> str:
        import datetime as dt

        y, m, d = self.date
        s = f"{d:02d}/{m:02d}/{y}"
        if weekday:
            s = f"{WEEKDAYS[dt.date(y, m, d).weekday()]}, {s}"
        if time:
            s += f" {self.hour[0]:02d}:{self.hour[1]:02d}"
        return s


@dataclass
class Page:
    name: str
    html: str
    expected: dict[str, object]
    encoding: str = "utf-8"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def load_articles(rng: random.Random, n: int) -> list[Art]:
    recs: list[dict[str, object]] = []
    with NEWS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            title, text = rec.get("title"), rec.get("text")
            if not isinstance(title, str) or not isinstance(text, str):
                continue
            paras = [p.strip() for p in text.split("\n") if p.strip()]
            if not 900 <= len(text) <= 3800 or not 4 <= len(paras) <= 25 or len(title) > 150:
                continue
            if any(len(p) < 25 for p in paras):
                continue  # keep the gold body unambiguous (no captions / stray lines)
            recs.append(rec)
    rng.shuffle(recs)
    out: list[Art] = []
    for rec in recs[: n * 3]:
        paras = [p.strip() for p in str(rec["text"]).split("\n") if p.strip()]
        date = rec.get("date")
        if isinstance(date, str) and re.match(r"\d{4}-\d\d-\d\d", date):
            y, m, d = (int(x) for x in date[:10].split("-"))
        else:
            y, m, d = rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)
        out.append(Art(title=str(rec["title"]).strip(), sapo=paras[0], paras=paras[1:],
                       date=(y, m, d), hour=(rng.randint(6, 21), rng.randint(0, 59)),
                       author=rng.choice(AUTHORS)))
    for i, a in enumerate(out):
        a.others = [(o.title, o.sapo) for o in out[i + 1 : i + 7]]
    return out


def body_of(paras: list[str]) -> str:
    """Paragraphs joined by a blank line; NBSP and runs of spaces become one space."""
    return "\n\n".join(" ".join(p.split()) for p in paras)


def expected(a: Art, body: list[str], author: str | None = "__art__") -> dict[str, object]:
    return {"is_article": True, "title": a.title, "date": a.iso,
            "author": a.author if author == "__art__" else author, "body": body_of(body)}


NOT_ARTICLE: dict[str, object] = {"is_article": False, "title": None, "date": None,
                                  "author": None, "body": ""}


# --------------------------------------------------------------------------- chrome


class Chrome:
    def __init__(self, rng: random.Random, pools: dict[str, list[str]], today: str) -> None:
        self.rng, self.pools, self.today = rng, pools, today

    def c(self, kind: str) -> str:
        return self.rng.choice(self.pools[kind])

    def menu(self) -> str:
        items = self.rng.sample(MENU, 7)
        tag = self.rng.choice(["nav", "div", "ul"])
        lis = "".join(f"<li><a href='/{i}'>{esc(x)}</a></li>" for i, x in enumerate(items))
        cls = self.rng.choice(["menu", "main-nav", "navbar", "menu-top", "mainmenu"])
        if tag == "ul":
            return f"<ul class='{cls}'>{lis}</ul>"
        return f"<{tag} class='{cls}'><ul>{lis}</ul></{tag}>"

    def header(self, site: str) -> str:
        return (f"<div class='{self.rng.choice(['top-bar', 'header-top', 'topbar'])}'>"
                f"<span>{esc(self.today)}</span> | <a href='/lien-he'>Liên hệ</a></div>"
                f"<div class='logo'><a href='/'>{esc(site)}</a></div>{self.menu()}")

    def breadcrumb(self, cat: str) -> str:
        return (f"<div class='{self.rng.choice(['breadcrumb', 'breadcrumbs', 'duong-dan'])}'>"
                f"<a href='/'>Trang chủ</a> » <a href='/c'>{esc(cat)}</a></div>")

    def related(self, a: Art, label: str = "Tin liên quan") -> str:
        lis = "".join(
            f"<li><a href='/tin/{i}'>{esc(t)}</a> <span>({self.today[-10:]})</span></li>"
            for i, (t, _) in enumerate(a.others[:4])
        )
        cls = self.rng.choice(["related", "tin-lien-quan", "lienquan", "box-related",
                               "other-news"])
        return f"<div class='{cls}'><h3>{label}</h3><ul>{lis}</ul></div>"

    def sidebar(self, a: Art) -> str:
        lis = "".join(f"<li><a href='/m/{i}'>{esc(t)}</a></li>"
                      for i, (t, _) in enumerate(a.others[2:6]))
        return (f"<div class='{self.c('side')}'><div class='box'><h3>Tin mới nhất</h3>"
                f"<ul>{lis}</ul></div><div class='box'><h3>Thống kê truy cập</h3>"
                f"<p>Đang truy cập: {self.rng.randint(5, 90)}</p>"
                f"<p>Tổng lượt: {self.rng.randint(10**5, 10**7):,}</p></div></div>")

    def share(self) -> str:
        v = self.rng.randint(0, 2)
        if v == 0:
            return ("<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Zalo</a> "
                    "<a href='javascript:print()'>In bài</a> <a href='#'>Gửi email</a></div>")
        if v == 1:
            return ("<div class='social'>Chia sẻ: <a>Facebook</a><a>Twitter</a></div>"
                    "<div class='rating'>Đánh giá bài viết: <span>★★★★☆</span> (12 lượt)</div>")
        return ("<ul class='tools'><li><a href='#'>Bản in</a></li><li><a>Lưu bài</a></li>"
                "<li><a>Gửi bài viết</a></li></ul>")

    def footer(self, site: str) -> str:
        tag = self.rng.choice(["footer", "div"])
        return (f"<{tag} class='{self.rng.choice(['footer', 'site-footer', 'chan-trang'])}'>"
                f"<p>{esc(site)}</p><p>Cơ quan chủ quản: UBND tỉnh. Địa chỉ: số 12 đường 30/4, "
                f"phường 1.</p><p>Giấy phép số 123/GP-TTĐT ngày 15/03/2019.</p>"
                f"<p>© {self.rng.randint(2019, 2024)} Bản quyền thuộc {esc(site)}</p></{tag}>")

    def cookie(self) -> str:
        return ("<div id='cookie-consent' class='cookie-notice'><p>Trang web sử dụng cookie để "
                "cải thiện trải nghiệm của bạn. Tiếp tục sử dụng nghĩa là bạn đồng ý.</p>"
                "<a href='#'>Đồng ý</a></div>")

    def tags(self, a: Art) -> str:
        words = [w for w in a.title.split() if len(w) > 3][:4]
        return ("<div class='tags'>Từ khóa: "
                + ", ".join(f"<a href='/tag/{w}'>{esc(w)}</a>" for w in words) + "</div>")


def wrap_page(head: str, body: str, lang: bool = True, charset: str = "utf-8") -> str:
    lang_attr = ' lang="vi"' if lang else ""
    return (f"<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n"
            f"<meta charset=\"{charset}\">\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def today_str(rng: random.Random) -> str:
    return f"{rng.choice(WEEKDAYS)}, {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025"


def paras_html(paras: list[str], rng: random.Random, style: bool = False) -> str:
    out = []
    for p in paras:
        attr = " style='text-align: justify;'" if style and rng.random() < 0.7 else ""
        out.append(f"<p{attr}>{esc(p)}</p>")
    return "\n".join(out)


def byline_html(author: str, rng: random.Random) -> str:
    v = rng.randint(0, 3)
    if v == 0:
        return f"<p style='text-align: right;'><strong>{esc(author)}</strong></p>"
    if v == 1:
        return f"<p align='right'><b>{esc(author)}</b></p>"
    if v == 2:
        return f"<div class='author'>{esc(author)}</div>"
    return f"<p class='text-right'><em><strong>{esc(author)}</strong></em></p>"


def captioned_image(rng: random.Random, i: int) -> str:
    cap = rng.choice(["Quang cảnh buổi làm việc.", "Lãnh đạo tỉnh trao quà cho các hộ dân.",
                      "Người dân tham gia ngày hội.", "Đại biểu dự hội nghị."])
    credit = rng.choice(["Ảnh: Minh Anh", "Ảnh: TTXVN", "(Ảnh: N.N)", "Ảnh: BTG"])
    if rng.random() < 0.5:
        return (f"<figure class='image'><img src='/img/{i}.jpg' alt=''>"
                f"<figcaption>{cap} {credit}</figcaption></figure>")
    return (f"<table class='image-caption' align='center'><tr><td><img src='/img/{i}.jpg'></td>"
            f"</tr><tr><td class='caption'>{cap} {credit}</td></tr></table>")


def with_images(paras: list[str], rng: random.Random, n: int = 2) -> str:
    chunks = [f"<p>{esc(p)}</p>" for p in paras]
    for k in range(n):
        pos = rng.randint(1, max(len(chunks) - 1, 1))
        chunks.insert(pos, captioned_image(rng, k))
    return "\n".join(chunks)


# --------------------------------------------------------------------------- templates (tuning)


def t_liferay(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    pid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
                  for _ in range(12))
    head = f"<title>Chi tiết bài viết Tin tức - {esc(site)}</title>"
    body_cls = ch.c("body") if rng.random() < 0.5 else "journal-content-article"
    body = (
        f"<div id='wrapper'><header id='banner'>{ch.header(site)}</header>"
        f"<div id='content'>{ch.breadcrumb('Tin tức - Sự kiện')}"
        f"<div class='portlet-layout row-fluid'><div class='portlet-column span8'>"
        f"<section class='portlet' id='portlet_101_INSTANCE_{pid}'>"
        f"<header class='portlet-topper'><h2 class='portlet-title'>"
        f"<span>Xuất bản thông tin</span></h2></header>"
        f"<div class='portlet-content'><div class='portlet-body'><div class='taglib-header'>"
        f"<h3 class='header-title'><span>null {esc(a.title)}</span></h3></div>"
        f"<div class='asset-full-content'><div class='{ch.c('wrap')}'>"
        f"<div class='tieu-de-muc'><span>Chi tiết bài viết Tin tức</span></div>"
        f"<h3 class='{ch.c('title')}'>{esc(a.title)}</h3>"
        f"<div class='{ch.c('date')}'><i class='icon-calendar'></i> {a.vn()}</div>"
        f"<div class='{body_cls}'><p><strong>{esc(a.sapo)}</strong></p>"
        f"{paras_html(a.paras, rng, style=True)}{byline_html(a.author, rng)}</div>"
        f"{ch.share()}{ch.related(a)}</div></div></div></div></section></div>"
        f"<div class='portlet-column span4'>{ch.sidebar(a)}</div></div></div>"
        f"{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def t_wp_news(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    iso = f"{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00"
    head = (f"<title>{esc(a.title)} – {esc(site)}</title>"
            f"<meta property='og:title' content='{html.escape(a.title)}'>"
            f"<meta property='article:published_time' content='{iso}'>"
            f"<meta property='article:modified_time' content='2025-01-0{rng.randint(1, 9)}T10:00:00+07:00'>"
            f"<meta name='author' content='{rng.choice(CMS_ACCOUNTS)}'>")
    crosshead = rng.random() < 0.5
    paras = list(a.paras)
    mid = len(paras) // 2
    chunks = [f"<p>{esc(p)}</p>" for p in paras]
    exp_body = [a.sapo, *paras]
    if crosshead:
        ch_text = rng.choice(["Nhiều giải pháp đồng bộ", "Kết quả bước đầu", "Còn nhiều khó khăn"])
        chunks.insert(mid, f"<h2>{ch_text}</h2>")
        exp_body.insert(1 + mid, ch_text)
    body = (
        f"<div id='page' class='site'><header id='masthead' class='site-header'>"
        f"{ch.header(site)}</header><div id='content' class='{ch.c('wrap')}'>"
        f"<div id='primary' class='content-area'><main id='main'>"
        f"<article id='post-{rng.randint(100, 9999)}' class='post type-post status-publish'>"
        f"<header class='entry-header'><h1 class='{ch.c('title')}'>{esc(a.title)}</h1>"
        f"<div class='entry-meta'><span class='posted-on'>Đăng ngày {a.vn(weekday=False, time=False)}"
        f"</span> <span class='byline'>bởi <a href='/author/x'>{rng.choice(CMS_ACCOUNTS)}</a>"
        f"</span></div></header>"
        f"<div class='{ch.c('body')}'><p><strong>{esc(a.sapo)}</strong></p>{''.join(chunks)}"
        f"{byline_html(a.author, rng)}"
        f"<div class='sharedaddy'><h3>Chia sẻ:</h3><ul><li><a>Facebook</a></li></ul></div>"
        f"</div><footer class='entry-footer'>{ch.tags(a)}</footer></article>"
        f"<nav class='post-navigation'><a href='/p'>« {esc(a.others[0][0])}</a></nav>"
        f"<div id='comments'><h3>Để lại bình luận</h3><form><textarea></textarea></form></div>"
        f"</main></div><aside id='secondary' class='widget-area'>{ch.sidebar(a)}</aside></div>"
        f"{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, exp_body)


def t_wp_td(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": site},
        {"@type": "NewsArticle", "headline": a.title,
         "datePublished": f"{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00",
         "dateModified": "2025-02-01T08:00:00+07:00",
         "author": {"@type": "Person", "name": rng.choice(CMS_ACCOUNTS)}}]}
    head = (f"<title>{esc(a.title)} | {esc(site)}</title>"
            f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>")
    body = (
        f"{ch.cookie()}<div class='td-container'><div class='td-header-wrap'>{ch.header(site)}"
        f"</div><div class='td-post-header'><ul class='td-category'><li><a>Xã hội</a></li></ul>"
        f"<header class='td-post-title'><h1 class='entry-title'>{esc(a.title)}</h1>"
        f"<div class='td-module-meta-info'><span class='td-post-date'>"
        f"<time class='entry-date' datetime='{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00'>"
        f"{a.vn(weekday=False, time=False)}</time></span>"
        f"<div class='td-post-views'>{rng.randint(50, 5000)} lượt xem</div></div></header></div>"
        f"<div class='td-post-sharing-top'>{ch.share()}</div>"
        f"<div class='{ch.c('body')} tagdiv-type'><p><em>{esc(a.sapo)}</em></p>"
        f"{with_images(a.paras, rng)}{byline_html(a.author, rng)}</div>"
        f"<div class='td-post-source-tags'>{ch.tags(a)}</div>"
        f"<div class='td_block_related_posts'>{ch.related(a, 'Bài viết liên quan')}</div>"
        f"{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def t_paper_a(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Big-newspaper layout: sapo, captions, inline related, author bold at the end."""
    head = (f"<title>{esc(a.title)} | Báo điện tử</title>"
            f"<meta property='og:title' content='{html.escape(a.title)}'>"
            f"<meta name='pubdate' content='{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00'>")
    chunks = [f"<p>{esc(p)}</p>" for p in a.paras]
    k = rng.randint(1, max(len(chunks) - 2, 1))
    other = a.others[1][0]
    chunks.insert(k, f"<p><strong>Xem thêm:</strong> <a href='/x'>{esc(other)}</a></p>")
    chunks.insert(rng.randint(1, len(chunks) - 1), captioned_image(rng, 7))
    inline_box = (f"<div class='{rng.choice(['box-tinlienquan', 'relate-container', 'news-relation'])}'>"
                  + "".join(f"<a href='/r{i}'>{esc(t)}</a>" for i, (t, _) in enumerate(a.others[2:4]))
                  + "</div>")
    chunks.insert(rng.randint(1, len(chunks) - 1), inline_box)
    author = a.author
    body = (
        f"<div class='{ch.c('wrap')}'><header class='header'>{ch.header(site)}</header>"
        f"{ch.breadcrumb('Thời sự')}<div class='detail'>"
        f"<h1 class='{ch.c('title')}'>{esc(a.title)}</h1>"
        f"<div class='detail__meta'><span class='{ch.c('date')}'>{a.vn()} (GMT+7)</span></div>"
        f"<h2 class='{ch.c('sapo')}'>{esc(a.sapo)}</h2>"
        f"<div class='{ch.c('body')}'>{''.join(chunks)}"
        f"<p style='text-align:right'><strong>{esc(author)}</strong></p></div>"
        f"{ch.share()}{ch.tags(a)}{ch.related(a, 'Tin cùng chuyên mục')}</div>"
        f"{ch.sidebar(a)}{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def t_paper_b(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Newspaper with the author block above the body and "Theo ..." source below."""
    src = rng.choice(["Theo Dân trí", "Theo TTXVN", "Theo Báo Tin tức"])
    head = f"<title>{esc(a.title)}</title>"
    body = (
        f"<div id='{ch.c('wrap')}'>{ch.header(site)}<section class='article'>"
        f"<div class='cate'><a>Kinh tế</a></div><h1>{esc(a.title)}</h1>"
        f"<div class='article-info'><span class='{ch.c('date')}'>Cập nhật: "
        f"{(a.date[2] % 28) + 1:02d}/{a.date[1]:02d}/{a.date[0] + 1} 10:00</span>"
        f" - <span class='publish'>Ngày đăng: {a.vn(weekday=False)}</span></div>"
        f"<p class='{ch.c('sapo')}'><b>{esc(a.sapo)}</b></p>"
        f"<div class='{ch.c('body')}'>{paras_html(a.paras, rng)}"
        f"<p class='source' align='right'><i>{src}</i></p></div>"
        f"<div class='rating'>Bạn thấy bài viết thế nào? <a>Hay</a> <a>Chưa hay</a></div>"
        f"</section>{ch.related(a, 'Xem thêm')}{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=src)


def to_cp1258(text: str) -> bytes:
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", d[:-1])
        try:
            out += base.encode("cp1258") + d[-1].encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(c)};".encode("ascii")
    return bytes(out)


def t_legacy1258(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Old table-layout portal, windows-1258, <font> tags, uppercase markup."""
    rows = "".join(f"<P ALIGN=justify><FONT FACE=Arial SIZE=2>{esc(p)}</FONT></P>" for p in a.paras)
    head = (f"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1258'>"
            f"<TITLE>{esc(site)}</TITLE>")
    body = (
        f"<TABLE WIDTH=980 BORDER=0><TR><TD COLSPAN=2>{esc(site)} - {esc(ch.today)}</TD></TR>"
        f"<TR><TD WIDTH=200 VALIGN=top CLASS=left>"
        + "".join(f"<A HREF='/m{i}'>{esc(m)}</A><BR>" for i, m in enumerate(MENU[:8]))
        + f"</TD><TD VALIGN=top><FONT CLASS={ch.c('title')} SIZE=4><B>{esc(a.title)}</B></FONT><BR>"
        f"<FONT SIZE=1 COLOR=gray>Ngày {a.date[2]:02d}/{a.date[1]:02d}/{a.date[0]}</FONT>"
        f"<P><B>{esc(a.sapo)}</B></P>{rows}"
        f"<P ALIGN=right><B>{esc(a.author)}</B></P>"
        f"<HR><FONT SIZE=1>Các tin khác:</FONT><BR>"
        + "".join(f"<A HREF='/t{i}'>{esc(t)}</A><BR>" for i, (t, _) in enumerate(a.others[:4]))
        + f"</TD></TR><TR><TD COLSPAN=2 ALIGN=center>{ch.footer(site)}</TD></TR></TABLE>"
    )
    page = ("<HTML><HEAD>" + head + "</HEAD><BODY>" + body + "</BODY></HTML>")
    return page, expected(a, [a.sapo, *a.paras])


def t_broken(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Unclosed <p>/<div>, entities without semicolon, NBSP and soft hyphens."""
    def mangle(p: str) -> str:
        s = esc(p)
        words = s.split(" ")
        if len(words) > 6:
            words[2] = words[2] + "&nbsp"  # literal entity missing its semicolon
            i = rng.randint(3, len(words) - 2)
            w = words[i]
            if len(w) > 4 and w.isalpha():
                words[i] = w[:2] + "&shy;" + w[2:]
            words[4] = words[4] + "&#160;"
        return " ".join(words).replace("&nbsp ", "&nbsp").replace("&#160; ", "&#160;")

    ps = "".join(f"<p>{mangle(p)}\n" for p in a.paras)  # never closed
    head = f"<title>{esc(a.title)} - {esc(site)}</title>"
    body = (
        f"<div class=top>{ch.header(site)}<div class={ch.c('wrap')}>"
        f"<div class={ch.c('title')}><b>{esc(a.title)}</b></div>"
        f"<div class={ch.c('date')}>{a.vn(time=False)}<div class={ch.c('body')}>"
        f"<p><b>{mangle(a.sapo)}</b>{ps}<p align=right><b>{esc(a.author)}</b>"
        f"<div class=footer>{esc(site)} - Giấy phép số 45/GP ngày 01/02/2018"
    )
    page = f"<html><head><meta charset=utf-8>{head}<body>{body}"
    return page, expected(a, [a.sapo, *a.paras])


def t_divbr(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    text = "<br><br>\n".join(esc(p) for p in a.paras)
    head = (f"<title>{esc(site)} - {esc(a.title)}</title>"
            f"<meta property='og:title' content='{html.escape(a.title)}'>")
    body = (
        f"<div id='{ch.c('wrap')}'>{ch.header(site)}<div class='{ch.c('side')}'>"
        f"{ch.menu()}</div><div class='main-col'>"
        f"<div class='{ch.c('title')}'>{esc(a.title)}</div>"
        f"<div class='{ch.c('date')}'>Ngày đăng: {a.vn(weekday=False)} | Lượt xem: "
        f"{rng.randint(10, 999)}</div>"
        f"<div class='{ch.c('body')}'><b>{esc(a.sapo)}</b><br><br>\n{text}<br><br>"
        f"<div align='right'><b>{esc(a.author)}</b></div></div>{ch.share()}"
        f"{ch.related(a, 'Các tin khác')}</div>{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def t_comments(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    comments = []
    for i in range(rng.randint(25, 40)):
        who = rng.choice(COMMENTERS)
        txt = " ".join(rng.sample(COMMENTS, rng.randint(1, 3)))
        comments.append(
            f"<li class='{rng.choice(['comment-item', 'cmt', 'reply'])}'><b>{esc(who)}</b> "
            f"<span class='time'>{rng.randint(1, 28):02d}/{a.date[1]:02d}/{a.date[0]}</span>"
            f"<p>{esc(txt)}</p><a>Trả lời</a> <a>Thích ({i})</a></li>")
    head = (f"<title>{esc(a.title)} - {esc(site)}</title>"
            f"<meta property='article:published_time' content='{a.iso}T{a.hour[0]:02d}:00:00+07:00'>")
    cbox = rng.choice(["comments", "box-comment", "binh-luan", "list-cmt"])
    body = (
        f"{ch.header(site)}<main><article class='{ch.c('wrap')}'>"
        f"<h1 class='{ch.c('title')}'>{esc(a.title)}</h1><p class='{ch.c('sapo')}'>{esc(a.sapo)}</p>"
        f"<div class='{ch.c('body')}'>{paras_html(a.paras, rng)}"
        f"<p><strong>{esc(a.author)}</strong></p></div></article>"
        f"<section id='{cbox}'><h3>Ý kiến bạn đọc ({len(comments)})</h3><ul>{''.join(comments)}"
        f"</ul><form><textarea placeholder='Ý kiến của bạn'></textarea><button>Gửi</button>"
        f"</form></section></main>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


# --------------------------------------------------------------------------- fragments


def serialize_fragment(frag: str) -> tuple[list[str], str | None]:
    """Reference text of a CKEditor fragment: blocks as paragraphs, table rows as
    "cell | cell", captions and attachment links dropped, final byline split off."""
    soup = BeautifulSoup(frag, "lxml")
    for cap in soup.find_all("figcaption"):
        cap.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    out: list[str] = []

    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).replace("\xad", "").split())

    def cell_text(cell: Tag) -> str:
        blocks = cell.find_all(["p", "div", "li"])
        if not blocks:
            return norm(cell.get_text(""))
        return " ".join(t for t in (norm(b.get_text("")) for b in blocks) if t)

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                t = norm(str(child))
                if t:
                    out.append(t)
                continue
            if not isinstance(child, Tag):
                continue
            if child.name == "table":
                for tr in child.find_all("tr"):
                    cells = [cell_text(c) for c in tr.find_all(["td", "th"])]
                    cells = [c for c in cells if c]
                    if cells:
                        out.append(" | ".join(cells))
            elif child.name in {"p", "h1", "h2", "h3", "h4", "li", "blockquote"} or (
                child.name == "div" and not child.find(["p", "div", "table", "figure"])
            ):
                a = child.find("a")
                t = norm(child.get_text(""))
                if a is not None and norm(a.get_text("")) == t and re.search(
                    r"\.(pdf|docx?|xlsx?)$", str(a.get("href", ""))
                ):
                    continue
                if t:
                    out.append(t)
            else:
                walk(child)

    body = soup.body or soup
    walk(body)
    author = None
    if out and (out[-1].startswith("Theo ") or len(out[-1].split()) <= 4):
        author = out.pop()
    return out, author


def t_fragment(frag: str, meta: dict[str, object], a: Art, rng: random.Random, ch: Chrome,
               site: str) -> tuple[str, dict[str, object]]:
    title = str(meta["title"])
    sapo = str(meta.get("description") or "")
    paras, author = serialize_fragment(frag)
    head = (f"<title>{esc(title)} - Cổng Thông tin điện tử tỉnh Bắc Giang</title>"
            f"<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>")
    body = (
        f"<form id='form1' action='/'><div class='{ch.c('wrap')}'>{ch.header(site)}"
        f"{ch.breadcrumb(str(meta.get('category') or 'Tin tức'))}"
        f"<div class='{ch.c('wrap')}'><h1 class='{ch.c('title')}'>{esc(title)}</h1>"
        f"<div class='{ch.c('date')}'>{a.vn()}</div>"
        + (f"<div class='{ch.c('sapo')}'>{esc(sapo)}</div>" if sapo else "")
        + f"<div class='{ch.c('body')}'>{frag}</div>{ch.share()}{ch.related(a)}</div>"
        f"{ch.sidebar(a)}{ch.footer(site)}</div></form>"
    )
    exp_paras = ([norm_ws(sapo)] if sapo else []) + paras
    return wrap_page(head, body), {"is_article": True, "title": title, "date": a.iso,
                                   "author": author, "body": body_of(exp_paras)}


def norm_ws(s: str) -> str:
    return " ".join(s.split())


def t_aspnet_directive(a: Art, rng: random.Random, ch: Chrome,
                       site: str) -> tuple[str, dict[str, object]]:
    """A directive (chỉ thị) with a data table, inside an ASP.NET form."""
    units = ["Huyện Tam Nông", "Huyện Thanh Bình", "Thành phố Hồng Ngự", "Huyện Tân Hồng",
             "Huyện Lấp Vò", "Huyện Châu Thành"]
    rows = [("STT", "Đơn vị", "Số hộ", "Kinh phí (triệu đồng)")]
    for i, u in enumerate(rng.sample(units, 4), 1):
        rows.append((str(i), u, str(rng.randint(50, 900)), f"{rng.randint(100, 9000):,}".replace(",", ".")))
    table = "<table border='1' class='tbl'>" + "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    title = f"Chỉ thị về việc {a.title[0].lower()}{a.title[1:]}"
    paras = [*a.paras[:3], "__TABLE__", *a.paras[3:]]
    html_paras = "".join(table if p == "__TABLE__" else f"<p>{esc(p)}</p>" for p in paras)
    exp = [a.sapo] + [x for p in paras for x in ([" | ".join(r) for r in rows]
                                                  if p == "__TABLE__" else [p])]
    head = f"<title>{esc(site)}</title>"
    body = (
        f"<form method='post' id='aspnetForm'><div class='aspNetHidden'>"
        f"<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKMTY3'></div>"
        f"{ch.header(site)}<table width='100%'><tr><td class='{ch.c('side')}' width='220'>"
        f"{ch.menu()}</td><td>"
        f"<span id='ctl00_lblTitle' class='{ch.c('title')}'>{esc(title)}</span><br>"
        f"<span id='ctl00_lblDate' class='{ch.c('date')}'>Ngày ban hành: {a.vn(weekday=False, time=False)}</span>"
        f"<div id='ctl00_divContent' class='{ch.c('body')}'><p><i>{esc(a.sapo)}</i></p>"
        f"{html_paras}<p align='right'><b>{esc(a.author)}</b></p></div>"
        f"<div class='attachments'><b>Tệp đính kèm:</b><ul><li><a href='/f/cv.pdf'>"
        f"chi-thi.pdf</a></li><li><a href='/f/pl.docx'>phu-luc.docx</a></li></ul></div>"
        f"</td></tr></table>{ch.footer(site)}</form>"
    )
    return wrap_page(head, body), {**expected(a, exp), "title": title}


# --------------------------------------------------------------------------- non-articles


def t_listing(a: Art, rng: random.Random, ch: Chrome, site: str, kind: str) -> str:
    items = []
    for i, (t, s) in enumerate(a.others):
        items.append(
            f"<div class='{rng.choice(['item', 'news-item', 'post', 'story'])}'>"
            f"<a href='/tin/{i}'><img src='/t{i}.jpg'></a><h3><a href='/tin/{i}'>{esc(t)}</a></h3>"
            f"<span class='date'>{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2022</span>"
            f"<p>{esc(s)}</p></div>")
    if kind == "listing":
        heading = rng.choice(["Tin tức - Sự kiện", "Kinh tế", "Chính trị - Xã hội"])
        extra = ("<div class='pagination'><a>1</a><a>2</a><a>3</a><a>Trang sau »</a></div>")
    elif kind == "search":
        heading = f"Kết quả tìm kiếm cho “{' '.join(a.title.split()[:2])}”"
        extra = f"<p>Tìm thấy {rng.randint(20, 300)} kết quả</p><div class='paging'><a>2</a></div>"
    else:
        heading = f"Tag: {' '.join(a.title.split()[:2]).lower()}"
        extra = "<ul class='page-numbers'><li>1</li><li><a>2</a></li></ul>"
    head = f"<title>{esc(heading)} - {esc(site)}</title>"
    body = (f"<div class='{ch.c('wrap')}'>{ch.header(site)}{ch.breadcrumb(heading)}"
            f"<h1>{esc(heading)}</h1><div class='list'>{''.join(items)}</div>{extra}"
            f"{ch.sidebar(a)}{ch.footer(site)}</div>")
    return wrap_page(head, body)


def t_notfound(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    msg = rng.choice([
        ("404 - Không tìm thấy trang", "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa."),
        ("Lỗi 404", "Xin lỗi, nội dung bạn tìm không tồn tại. Vui lòng quay lại trang chủ."),
        ("Page not found", "The page you requested could not be found."),
    ])
    head = f"<title>{esc(msg[0])}</title>"
    body = (f"{ch.header(site)}<div class='error-page'><h1>{esc(msg[0])}</h1><p>{esc(msg[1])}</p>"
            f"<p><a href='/'>Về trang chủ</a></p></div>{ch.sidebar(a)}{ch.footer(site)}")
    return wrap_page(head, body)


# --------------------------------------------------------------------------- unseen templates


def u_joomla(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    head = (f"<title>{esc(a.title)}</title><meta name='author' content='{esc(a.author)}'>"
            f"<meta name='generator' content='Joomla! - Open Source Content Management'>")
    body = (
        f"<div id='{ch.c('wrap')}'><div id='top'>{ch.header(site)}</div>"
        f"<div class='moduletable'><h3>Thông báo</h3><p>Lịch tiếp công dân tháng này.</p></div>"
        f"<div class='item-page'><div class='{ch.c('title')}'><h2 itemprop='headline'>"
        f"{esc(a.title)}</h2></div><dl class='article-info'><dd class='{ch.c('date')}'>"
        f"Ngày đăng: {a.vn(weekday=False, time=False)}</dd><dd class='hits'>Lượt xem: "
        f"{rng.randint(10, 900)}</dd></dl><div class='{ch.c('sapo')}'><p>{esc(a.sapo)}</p></div>"
        f"<div class='{ch.c('body')}'>{paras_html(a.paras, rng)}</div>"
        f"<ul class='pager pagenav'><li><a>&lt; Trước</a></li><li><a>Tiếp &gt;</a></li></ul>"
        f"</div><div class='{ch.c('side')}'>{ch.sidebar(a)}</div>{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def u_drupal(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    head = (f"<title>{esc(a.title)} | {esc(site)}</title>"
            f"<meta property='og:title' content='{html.escape(a.title)}'>"
            f"<meta name='dcterms.date' content='{a.iso}T{a.hour[0]:02d}:00:00+07:00'>")
    chunks = with_images(a.paras, rng, n=1)
    body = (
        f"<div class='dialog-off-canvas-main-canvas'><div class='{ch.c('wrap')}'>"
        f"{ch.header(site)}<div class='{ch.c('wrap')}'><h1 class='{ch.c('title')}'>"
        f"<span>{esc(a.title)}</span></h1><div class='{ch.c('date')}'>Gửi bởi "
        f"{rng.choice(CMS_ACCOUNTS)} vào {a.vn(weekday=False)}</div>"
        f"<div class='node__content'><div class='{ch.c('body')}'><p><strong>{esc(a.sapo)}"
        f"</strong></p>{chunks}<p>&nbsp;</p><p style='text-align:right'><strong>{esc(a.author)}"
        f"</strong></p></div></div><div class='field--name-field-tags'>{ch.tags(a)}</div>"
        f"<section class='comment-wrapper'><h2>Bình luận</h2><p>Chưa có bình luận.</p></section>"
        f"</div><div class='{ch.c('side')}'>{ch.sidebar(a)}</div></div>{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def u_express(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    head = (f"<title>{esc(a.title)} - {esc(site)}</title>"
            f"<meta itemprop='datePublished' content='{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00'>")
    ps = "".join(f"<p class='Normal'>{esc(p)}</p>" for p in a.paras)
    body = (
        f"<section class='{ch.c('wrap')}'><div class='header-content'>"
        f"<ul class='breadcrumb'><li><a>Thời sự</a></li></ul>"
        f"<span class='{ch.c('date')}'>{a.vn()} (GMT+7)</span></div>"
        f"<h1 class='{ch.c('title')}'>{esc(a.title)}</h1>"
        f"<p class='{ch.c('sapo')}'>{esc(a.sapo)}</p><article class='{ch.c('body')}'>{ps}"
        f"<p class='Normal' style='text-align:right;'><strong>{esc(a.author)}</strong></p>"
        f"</article><div class='footer-content'>{ch.share()}</div>"
        f"<div class='box-comment'><h3>Ý kiến (3)</h3><div class='comment_item'>"
        f"<p>{esc(COMMENTS[0])}</p></div></div></section>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def u_portal_table(a: Art, rng: random.Random, ch: Chrome,
                   site: str) -> tuple[str, dict[str, object]]:
    head = "<title>Tin tức</title><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
    body = (
        f"<table class='{ch.c('wrap')}' width='1000'><tr><td colspan='3'>{ch.header(site)}</td></tr>"
        f"<tr><td class='{ch.c('side')}'>{ch.menu()}</td><td>"
        f"<table width='100%'><tr><td class='{ch.c('title')}'>{esc(a.title)}</td></tr>"
        f"<tr><td class='{ch.c('date')}'>({a.vn(weekday=False, time=False)})</td></tr>"
        f"<tr><td class='{ch.c('body')}'><div><b>{esc(a.sapo)}</b></div>"
        + "".join(f"<div>{esc(p)}</div>" for p in a.paras)
        + f"<div style='text-align:right'><b>{esc(a.author)}</b></div></td></tr></table>"
        f"<p><b>Các tin đã đưa:</b></p><ul>"
        + "".join(f"<li><a href='/o{i}'>{esc(t)}</a> ({a.vn(weekday=False, time=False)})</li>"
                  for i, (t, _) in enumerate(a.others[:5]))
        + f"</ul></td><td class='{ch.c('side')}'>{ch.sidebar(a)}</td></tr>"
        f"<tr><td colspan='3'>{ch.footer(site)}</td></tr></table>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def u_archive(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    items = "".join(
        f"<article class='{ch.c('wrap')}'><h2 class='{ch.c('title')}'><a href='/a/{i}'>{esc(t)}"
        f"</a></h2><div class='{ch.c('sapo')}'>{esc(s)}</div><a class='more' href='/a/{i}'>"
        f"Đọc tiếp</a></article>" for i, (t, s) in enumerate(a.others))
    head = f"<title>Lưu trữ tháng {a.date[1]}/{a.date[0]} - {esc(site)}</title>"
    body = (f"{ch.header(site)}<main><h1>Lưu trữ: tháng {a.date[1]} năm {a.date[0]}</h1>{items}"
            f"<nav class='nav-links'><a>« Cũ hơn</a></nav></main>{ch.footer(site)}")
    return wrap_page(head, body)


def u_error500(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    head = "<title>Trang không tồn tại</title>"
    body = (f"{ch.header(site)}<div class='{ch.c('wrap')}'><h2>Không tìm thấy nội dung</h2>"
            f"<p>Đường dẫn không đúng hoặc bài viết đã được gỡ bỏ.</p><a href='/'>Trang chủ</a>"
            f"</div>{ch.footer(site)}")
    return wrap_page(head, body)


# --------------------------------------------------------------------------- holdout templates
# Written after the extractor was tuned, measured once, never tuned on.

HOLDOUT_POOLS: dict[str, list[str]] = {
    "body": ["c-news-detail", "Normal", "post-body", "amp-content", "knc-content",
             "maincontent", "the-article-body", "dt-news__content"],
    "sapo": ["c-detail-sapo", "knc-sapo", "the-article-summary", "dt-news__sapo"],
    "title": ["c-detail-head", "Head", "amp-title", "knc-title", "the-article-header"],
    "date": ["c-detail-meta", "SubHead", "amp-meta", "knc-meta", "the-article-publish"],
    "wrap": ["l-grid", "o-wrap", "DnnModule", "ContentPane", "blog-outer", "kbwc-body"],
    "side": ["l-aside", "RightPane", "sidebar-wrapper", "kbwc-right"],
}


def h_nuxt(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    author = a.author.upper() if rng.random() < 0.5 and "(" not in a.author else a.author
    chunks = [f"<p>{esc(p)}</p>" for p in a.paras]
    rel = "".join(f"<li><a href='/n{i}'>{esc(t)}</a></li>" for i, (t, _) in enumerate(a.others[:3]))
    chunks.insert(min(2, len(chunks)), f"<div class='VCSortableInPreviewMode' type='RelatedNews'>"
                  f"<ul>{rel}</ul></div>")
    head = (f"<title>{esc(a.title)}</title><meta property='og:title' content='{html.escape(a.title)}'>"
            f"<meta property='article:published_time' content='{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00'>")
    body = (
        f"<div id='__nuxt'><div id='__layout'><div class='{ch.c('wrap')}'>{ch.header(site)}"
        f"<div class='{ch.c('title')}'><h1>{esc(a.title)}</h1></div>"
        f"<div class='{ch.c('date')}'><span>{a.vn()}</span></div>"
        f"<div class='{ch.c('sapo')}'>{esc(a.sapo)}</div>"
        f"<div class='{ch.c('body')}'>{''.join(chunks)}"
        f"<p class='author'><strong>{esc(author)}</strong></p></div>"
        f"<div class='c-box-comment'><h3>Bình luận (0)</h3><textarea></textarea></div>"
        f"</div>{ch.footer(site)}</div></div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=author)


def h_dnn(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    org = rng.choice(["Phòng Văn hóa - Thông tin huyện", "Trung tâm Y tế huyện Tháp Mười",
                      "Ban Tuyên giáo Huyện ủy"])
    divs = "".join(f"<div>{esc(p).replace(' ', '&nbsp', 1)}</div><div>&nbsp;</div>" for p in a.paras)
    head = f"<title>{esc(site)} &gt; Tin tức &gt; Chi tiết</title>"
    body = (
        f"<form id='Form' method='post'><div id='dnn_ContentPane' class='{ch.c('wrap')}'>"
        f"{ch.header(site)}<div class='DnnModule DnnModule-ArticleDetail'>"
        f"<span id='dnn_ctr_lblTitle' class='{ch.c('title')}'>{esc(a.title)}</span><br>"
        f"<span class='{ch.c('date')}'>Ngày đăng tin: {a.vn(weekday=False, time=False)}</span>"
        f"<div class='{ch.c('body')}'><div><b>{esc(a.sapo)}</b></div>{divs}"
        f"<div style='text-align:right'><strong>{esc(org)}</strong></div></div>"
        f"<div class='{rng.choice(['OtherNews', 'tinkhac'])}'><b>Tin khác</b><br>"
        + "".join(f"<a href='/k{i}'>{esc(t)}</a><br>" for i, (t, _) in enumerate(a.others[:4]))
        + f"</div></div>{ch.sidebar(a)}{ch.footer(site)}</div></form>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=org)


def h_blogspot(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    y, m, d = a.date
    text = "<br />\n<br />\n".join(f"<span style='font-family: Arial;'>{esc(p)}</span>"
                                   for p in [a.sapo, *a.paras])
    head = f"<title>{esc(site)}: {esc(a.title)}</title>"
    body = (
        f"<div class='{ch.c('wrap')}'><div class='header'><h1>{esc(site)}</h1></div>"
        f"<div class='main-inner'><h2 class='date-header'><span>{WEEKDAYS[__import__('datetime').date(y, m, d).weekday()]}"
        f", {d} tháng {m}, {y}</span></h2><div class='post hentry'>"
        f"<h3 class='post-title'>{esc(a.title)}</h3>"
        f"<div class='{ch.c('body')}'>{text}<br /><br /><b>{esc(a.author)}</b></div>"
        f"<div class='post-footer'>Đăng bởi <a>{rng.choice(CMS_ACCOUNTS)}</a> lúc "
        f"{a.hour[0]}:{a.hour[1]:02d} <a>0 nhận xét</a></div></div>"
        f"<div class='blog-pager'><a>Bài đăng Mới hơn</a> <a>Bài đăng Cũ hơn</a></div></div>"
        f"<div class='{ch.c('side')}'><h2>Lưu trữ Blog</h2><ul><li><a>► 2023 (45)</a></li>"
        f"<li><a>► 2022 (80)</a></li></ul></div></div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def h_amp(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{a.iso}T{a.hour[0]:02d}:{a.hour[1]:02d}:00+07:00",
          "author": {"@type": "Organization", "name": site}}
    head = (f"<title>{esc(a.title)}</title><script type='application/ld+json'>"
            f"{json.dumps(ld, ensure_ascii=False)}</script>")
    chunks = [f"<p>{esc(p)}</p>" for p in a.paras]
    chunks.insert(1, "<amp-img src='/a.jpg' width='600' height='400' layout='responsive'>"
                  "</amp-img><p class='pic-caption'><em>Ảnh minh họa. (Ảnh: TTXVN)</em></p>")
    body = (
        f"<header class='amp-header'><a href='/'>{esc(site)}</a></header>"
        f"<main id='content' role='main'><article><header><h1 class='{ch.c('title')}'>"
        f"{esc(a.title)}</h1><div class='{ch.c('date')}'><time datetime='{a.iso}'>"
        f"{a.vn(weekday=False)}</time></div></header>"
        f"<div class='{ch.c('sapo')}'><p>{esc(a.sapo)}</p></div>"
        f"<div class='{ch.c('body')}'>{''.join(chunks)}<p><strong>{esc(a.author)}</strong></p>"
        f"</div></article><amp-social-share type='facebook'></amp-social-share>"
        f"<section class='more-news'><h2>Tin nổi bật</h2>"
        + "".join(f"<h3><a href='/z{i}'>{esc(t)}</a></h3>" for i, (t, _) in enumerate(a.others[:4]))
        + f"</section></main>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def h_home(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    sections = []
    for name in rng.sample(MENU[6:], 3):
        items = "".join(f"<div class='story'><h4><a href='/s{i}'>{esc(t)}</a></h4><p>{esc(s)}</p></div>"
                        for i, (t, s) in enumerate(rng.sample(a.others, 3)))
        sections.append(f"<section class='box-cate'><h2><a href='/{name}'>{esc(name)}</a></h2>{items}</section>")
    head = f"<title>{esc(site)} - Trang chủ</title>"
    return wrap_page(head, f"{ch.header(site)}<div class='{ch.c('wrap')}'>{''.join(sections)}</div>"
                           f"{ch.footer(site)}")


def h_search_empty(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    q = " ".join(a.title.split()[:3])
    head = f"<title>Tìm kiếm - {esc(site)}</title>"
    body = (f"{ch.header(site)}<div class='{ch.c('wrap')}'><h2>Tìm kiếm</h2>"
            f"<form><input name='q' value='{html.escape(q)}'></form>"
            f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa “{esc(q)}”.</p></div>"
            f"{ch.sidebar(a)}{ch.footer(site)}")
    return wrap_page(head, body)


# --------------------------------------------------------------------------- holdout2 templates
# Written after all tuning was finished; measured once and reported as-is.

HOLDOUT2_POOLS: dict[str, list[str]] = {
    "body": ["entry-body", "ContentNews", "longform__body", "detail-cmain", "bodytext"],
    "sapo": ["sapo_detail", "longform__intro", "detail-sapo2"],
    "title": ["title_detail", "TitleNews", "longform__title", "detail-title2"],
    "date": ["news-info", "DateNews", "longform__time", "detail-time2"],
    "wrap": ["wrap-detail", "cot-trai", "mainLeft", "lf-container"],
    "side": ["cot-phai", "mainRight", "lf-aside"],
}


def k_tv(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    reporter = rng.choice(["Hà Phương", "Minh Quân", "Thùy Dung"])
    chunks = [f"<p>{esc(p)}</p>" for p in a.paras]
    chunks.insert(1, "<div class='box-video'><div class='player'></div><p class='video-caption'>"
                  "Video: Phóng sự của đài truyền hình</p></div>")
    head = f"<title>{esc(a.title)} | {esc(site)}</title>"
    body = (
        f"{ch.header(site)}<div class='{ch.c('wrap')}'><h1 class='{ch.c('title')}'>{esc(a.title)}</h1>"
        f"<p class='{ch.c('date')}'><span class='author'>{esc(reporter)}</span> - "
        f"{a.vn(weekday=False)} GMT+7</p><div class='{ch.c('sapo')}'>{esc(a.sapo)}</div>"
        f"<div id='entry-body' class='{ch.c('body')}'>{''.join(chunks)}</div>"
        f"{ch.share()}{ch.related(a, 'Tin cùng chuyên mục')}</div>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=reporter)


def k_msword(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    ps = "".join(f"<p class='MsoNormal' style='text-indent:36.0pt'><span lang='VI' "
                 f"style='font-size:14.0pt'>{esc(p)}<o:p></o:p></span></p>" for p in a.paras)
    author = rng.choice(["Văn Thành - Đài TT huyện", "Ngọc Hân (Trung tâm VH-TT)", "Kim Ngân"])
    head = f"<title>{esc(site)}</title>"
    body = (
        f"<div id='{ch.c('wrap')}'>{ch.header(site)}<div class='{ch.c('title')}'>{esc(a.title)}</div>"
        f"<div class='{ch.c('date')}'>Ngày {a.vn(weekday=False, time=False)} - Lượt xem: "
        f"{rng.randint(10, 900)}</div><div class='{ch.c('body')}'>"
        f"<p class='MsoNormal'><b><span lang='VI'>{esc(a.sapo)}<o:p></o:p></span></b></p>{ps}"
        f"<p class='MsoNormal' align='right' style='text-align:right'><b><i><span lang='VI'>"
        f"{esc(author)}</span></i></b></p></div>{ch.related(a, 'Các tin khác')}</div>"
        f"{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=author)


def k_longform(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    y, m, d = a.date
    paras = list(a.paras)
    exp: list[str] = [a.sapo]
    chunks: list[str] = []
    for i, p in enumerate(paras):
        if i == 1:
            chunks.append("<h3>Những con số biết nói</h3>")
            exp.append("Những con số biết nói")
        if i == 2:
            items = ["Hỗ trợ vốn vay ưu đãi cho hộ nghèo", "Tập huấn kỹ thuật sản xuất"]
            chunks.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            exp.extend(items)
        chunks.append(f"<blockquote><p>{esc(p)}</p></blockquote>" if i == 3 else f"<p>{esc(p)}</p>")
        exp.append(p)
    head = (f"<title>{esc(a.title)}</title><meta property='og:title' content='{html.escape(a.title)}'>")
    body = (
        f"<div class='{ch.c('wrap')}'>{ch.header(site)}<article class='longform'>"
        f"<h1 class='{ch.c('title')}'>{esc(a.title)}</h1><div class='{ch.c('date')}'>"
        f"<span class='time'>{d} tháng {m}, {y}</span></div><p class='{ch.c('sapo')}'>{esc(a.sapo)}</p>"
        f"<div class='{ch.c('body')}'>{''.join(chunks)}<p class='author-name'>{esc(a.author)}</p>"
        f"</div></article>{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, exp)


def k_cards(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    cards = "".join(
        f"<div class='card'><a class='card-link' href='/c/{i}'><div class='card-title'>{esc(t)}</div>"
        f"</a><div class='card-desc'>{esc(s)}</div></div>" for i, (t, s) in enumerate(a.others))
    head = f"<title>Kinh tế | {esc(site)}</title>"
    return wrap_page(head, f"{ch.header(site)}<div class='{ch.c('wrap')}'><div class='grid'>{cards}</div>"
                           f"<a class='load-more'>Xem thêm</a></div>{ch.footer(site)}")


def k_apache404(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    return ("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head><title>404 Not Found"
            "</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this "
            "server.</p><hr><address>Apache/2.4.41 (Ubuntu) Server at example.gov.vn Port 443"
            "</address></body></html>")


# --------------------------------------------------------------------------- holdout3 templates
# Written after the fixes prompted by holdout2; measured once (docs/extraction.md).

HOLDOUT3_POOLS: dict[str, list[str]] = {
    "body": ["article__body", "txt-content", "noidungchitiet", "post_content", "ct-body"],
    "sapo": ["article__sapo", "txt-sapo", "chapo"],
    "title": ["article__title", "txt-title", "tieudechitiet"],
    "date": ["article__date", "txt-date", "ngaychitiet"],
    "wrap": ["site-main", "w-main", "khungchinh", "ct-wrap"],
    "side": ["site-aside", "w-side", "khungphai"],
}


def m_sidebar_heavy(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Layout table whose right column carries long announcement texts."""
    notices = "".join(
        f"<div class='notice'><b>Thông báo số {i}</b><p>{esc(s)}</p></div>"
        for i, (_, s) in enumerate(a.others[:4], 1))
    fmt = rng.choice([f"{a.vn(weekday=False, time=False)}, {a.hour[0]:02d}:{a.hour[1]:02d}",
                      f"{a.hour[0]:02d}:{a.hour[1]:02d} {a.vn(weekday=False, time=False)}",
                      f"Ngày {a.date[2]:02d}.{a.date[1]:02d}.{a.date[0]}"])
    head = f"<title>{esc(a.title)} - {esc(site)}</title>"
    body = (
        f"{ch.header(site)}<table width='100%'><tr><td width='70%' valign='top'>"
        f"<p class='{ch.c('title')}'><b>{esc(a.title)}</b></p><p class='{ch.c('date')}'>{fmt}</p>"
        f"<p><strong>{esc(a.sapo)}</strong></p><p>&nbsp;</p>{paras_html(a.paras, rng)}"
        f"<p>&nbsp;</p><p align='right'><strong>{esc(a.author)}</strong></p></td>"
        f"<td width='30%' valign='top' class='{ch.c('side')}'><h4>THÔNG BÁO</h4>{notices}</td></tr>"
        f"</table>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def m_sections(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Body split into <section>s with images (alt text) and spacer paragraphs, fb comments."""
    half = max(len(a.paras) // 2, 1)
    def sec(ps: list[str]) -> str:
        return ("<section class='content-block'>" + "".join(
            f"<p>{esc(p)}</p><p>&nbsp;</p>" for p in ps) + "</section>")
    author = a.author.upper() if "(" not in a.author and not a.author.startswith("Theo") else a.author
    head = (f"<title>{esc(a.title)}</title><meta property='og:title' content='{html.escape(a.title)}'>"
            f"<meta name='description' content='{html.escape(a.sapo)}'>")
    body = (
        f"<div class='{ch.c('wrap')}'>{ch.header(site)}<h1 class='{ch.c('title')}'>{esc(a.title)}</h1>"
        f"<div class='{ch.c('date')}'>{WEEKDAYS[__import__('datetime').date(*a.date).weekday()].lower()}, "
        f"{a.vn(weekday=False, time=False)} - {a.hour[0]:02d}:{a.hour[1]:02d}</div>"
        f"<div class='{ch.c('sapo')}'>{esc(a.sapo)}</div><div class='{ch.c('body')}'>"
        f"{sec(a.paras[:half])}<img src='/i.jpg' alt='Ảnh minh họa cho bài viết'>{sec(a.paras[half:])}"
        f"<p style='text-align:right'><strong>{esc(author)}</strong></p></div>"
        f"<div class='fb-comments' data-href='x'></div><div class='clearfix'></div>"
        f"{ch.related(a, 'Bài viết liên quan')}</div>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=author)


def m_iso_visible(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Visible ISO timestamp, author line "Tác giả: …" above the text, no byline below."""
    author = rng.choice(["Lê Minh Tâm", "Nguyễn Thị Hồng Nhung", "Trần Quốc Bảo"])
    head = f"<title>{esc(a.title)}</title>"
    body = (
        f"<div id='{ch.c('wrap')}'>{ch.header(site)}<div class='post'>"
        f"<h2 class='{ch.c('title')}'>{esc(a.title)}</h2>"
        f"<ul class='post-meta'><li>Tác giả: {esc(author)}</li><li>{a.iso} "
        f"{a.hour[0]:02d}:{a.hour[1]:02d}:00</li><li>Lượt xem: {rng.randint(5, 500)}</li></ul>"
        f"<div class='{ch.c('body')}'><p><i>{esc(a.sapo)}</i></p>{paras_html(a.paras, rng)}</div>"
        f"{ch.share()}</div><div class='{ch.c('side')}'>{ch.sidebar(a)}</div>{ch.footer(site)}</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=author)


def m_doc_listing(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{rng.randint(10, 999)}/QĐ-UBND</td><td>{rng.randint(1, 28):02d}/"
        f"{rng.randint(1, 12):02d}/2023</td><td><a href='/vb/{i}'>{esc(t)}</a></td>"
        f"<td><a href='/vb/{i}.pdf'>Tải về</a></td></tr>" for i, (t, _) in enumerate(a.others, 1))
    head = f"<title>Văn bản chỉ đạo điều hành - {esc(site)}</title>"
    body = (f"{ch.header(site)}<div class='{ch.c('wrap')}'><h2>Văn bản chỉ đạo điều hành</h2>"
            f"<table class='tbl-vanban'><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th>"
            f"<th>Trích yếu</th><th>Tệp</th></tr>{rows}</table></div>{ch.footer(site)}")
    return wrap_page(head, body)


def m_video_gallery(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    items = "".join(
        f"<li class='video-item'><a href='/video/{i}'><img src='/v{i}.jpg'><span class='play'></span>"
        f"<p class='name'>{esc(t)}</p></a><span class='duration'>0{rng.randint(1, 9)}:{rng.randint(10, 59)}</span></li>"
        for i, (t, _) in enumerate(a.others))
    head = f"<title>Video - {esc(site)}</title>"
    return wrap_page(head, f"{ch.header(site)}<div class='{ch.c('wrap')}'><h1>Video</h1>"
                           f"<ul class='video-list'>{items}</ul></div>{ch.footer(site)}")


# --------------------------------------------------------------------------- final holdout
# Written after every fix; measured once and NOT tuned on (docs/extraction.md).

FINAL_POOLS: dict[str, list[str]] = {
    "body": ["details__content", "article-content-main", "detail-content-body", "txtNoiDung"],
    "sapo": ["details__summary", "detail-summary", "txtTomTat"],
    "title": ["details__headline", "detail-title", "txtTieuDe"],
    "date": ["details__meta", "detail-time", "txtNgay"],
    "wrap": ["details", "page-detail", "khungNoiDung"],
    "side": ["col-aside", "mostread", "khungBen"],
}


def f_details(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    reporter = rng.choice(["Thu Hà", "Quang Vinh", "Hồng Nhung"])
    chunks = [f"<p>{esc(p)}</p>" for p in a.paras]
    chunks.insert(1, "<div class='article-photo'><img src='/p.jpg'><span class='caption'>"
                  "Toàn cảnh hội nghị. (Ảnh: TTXVN)</span></div>")
    head = f"<title>{esc(a.title)} | {esc(site)}</title>"
    body = (
        f"{ch.header(site)}{ch.breadcrumb('Xã hội')}<div class='{ch.c('wrap')}'>"
        f"<h1 class='{ch.c('title')}'>{esc(a.title)}</h1><div class='{ch.c('date')}'>"
        f"<time>{a.vn(weekday=False)}</time></div><h2 class='{ch.c('sapo')}'>{esc(a.sapo)}</h2>"
        f"<div class='{ch.c('body')}'>{''.join(chunks)}</div><div class='details__author'>"
        f"<span class='name'>{esc(reporter)}</span></div><div class='details__tags'>{ch.tags(a)}"
        f"</div></div><div class='{ch.c('side')}'><h3>Đọc nhiều</h3><ol>"
        + "".join(f"<li><a href='/d{i}'>{esc(t)}</a></li>" for i, (t, _) in enumerate(a.others[:5]))
        + f"</ol></div>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras], author=reporter)


def f_gov(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    sapo = f"(Chinhphu.vn) - {a.sapo}"
    author = rng.choice(["Thu Trang", "Đức Tuân", "Phương Liên"])
    head = f"<title>{esc(a.title)}</title><meta name='author' content='chinhphu.vn'>"
    body = (
        f"{ch.header(site)}<div class='{ch.c('wrap')}'><h1 class='{ch.c('title')}'>{esc(a.title)}</h1>"
        f"<div class='{ch.c('date')}'>{a.vn()} (GMT+7)</div><div class='toolbar-detail'>"
        f"<a>In bài</a> <a>Gửi bài</a> <a>Cỡ chữ</a></div><div class='{ch.c('sapo')}'>{esc(sapo)}</div>"
        f"<div class='{ch.c('body')}'>{paras_html(a.paras, rng)}<p style='text-align:right'>"
        f"<strong>{esc(author)}</strong></p></div><div class='newsletter'><h4>Đăng ký nhận tin</h4>"
        f"<p>Nhận bản tin hằng ngày qua email của bạn.</p><input type='email'></div></div>"
        f"{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [sapo, *a.paras], author=author)


def f_print(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    head = f"<title>In bài viết - {esc(site)}</title>"
    body = (
        f"<div class='print-header'><b>{esc(site)}</b> - Bản in</div>"
        f"<h2>{esc(a.title)}</h2><i>Ngày đăng: {a.vn(weekday=False)}</i>"
        f"<div><b>{esc(a.sapo)}</b></div>" + "".join(f"<div>{esc(p)}</div>" for p in a.paras)
        + f"<div align='right'><b>{esc(a.author)}</b></div><hr>"
        f"<div class='print-footer'>Địa chỉ bài viết: https://example.gov.vn/tin-tuc/{rng.randint(1000, 9999)}"
        f".html</div>"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def f_mostread(a: Art, rng: random.Random, ch: Chrome, site: str) -> tuple[str, dict[str, object]]:
    """Article column followed by a numbered 'most read' list with teaser texts."""
    most = "".join(f"<div class='mr-item'><span class='num'>{i}</span><h4><a href='/m{i}'>{esc(t)}"
                   f"</a></h4></div>" for i, (t, _) in enumerate(a.others[:5], 1))
    head = (f"<title>{esc(a.title)} - {esc(site)}</title>"
            f"<meta property='article:published_time' content='{a.iso}T{a.hour[0]:02d}:00:00+07:00'>")
    body = (
        f"{ch.header(site)}<div class='{ch.c('wrap')}'><div class='main'>"
        f"<h1>{esc(a.title)}</h1><p class='{ch.c('sapo')}'>{esc(a.sapo)}</p>"
        f"<div class='{ch.c('body')}'>{paras_html(a.paras, rng)}<p><b>{esc(a.author)}</b></p></div>"
        f"<div class='box-mostread'><h3>Đọc nhiều nhất</h3>{most}</div></div></div>{ch.footer(site)}"
    )
    return wrap_page(head, body), expected(a, [a.sapo, *a.paras])


def f_blog_home(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    posts = "".join(
        f"<article class='post-{i}'><h2><a href='/p/{i}'>{esc(t)}</a></h2><p class='meta'>"
        f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2023</p><p>{esc(s)} {esc(s)}</p>"
        f"<a href='/p/{i}' class='more'>Đọc tiếp »</a></article>" for i, (t, s) in enumerate(a.others))
    head = f"<title>{esc(site)}</title>"
    return wrap_page(head, f"{ch.header(site)}<main>{posts}<div class='nav-previous'>"
                           f"<a>Bài cũ hơn</a></div></main>{ch.footer(site)}")


def f_rss_index(a: Art, rng: random.Random, ch: Chrome, site: str) -> str:
    rows = "".join(f"<li><a href='/rss/{i}.rss'>{esc(m)}</a> <img src='/rss.gif'></li>"
                   for i, m in enumerate(MENU[6:]))
    head = f"<title>RSS - {esc(site)}</title>"
    return wrap_page(head, f"{ch.header(site)}<div class='{ch.c('wrap')}'><h1>Kênh RSS</h1>"
                           f"<p>RSS là định dạng dữ liệu dùng để chia sẻ tin tức.</p><ul>{rows}</ul>"
                           f"</div>{ch.footer(site)}")


# --------------------------------------------------------------------------- main

ArticleTemplate = Callable[[Art, random.Random, Chrome, str], tuple[str, dict[str, object]]]
TUNE_TEMPLATES: list[tuple[str, ArticleTemplate, int]] = [
    ("liferay", t_liferay, 4), ("wp_news", t_wp_news, 4), ("wp_td", t_wp_td, 3),
    ("paper_a", t_paper_a, 4), ("paper_b", t_paper_b, 3), ("legacy1258", t_legacy1258, 3),
    ("broken", t_broken, 3), ("divbr", t_divbr, 3), ("aspnet_directive", t_aspnet_directive, 2),
    ("comments", t_comments, 2),
]
UNSEEN_TEMPLATES: list[tuple[str, ArticleTemplate, int]] = [
    ("joomla", u_joomla, 3), ("drupal", u_drupal, 3), ("express", u_express, 3),
    ("portal_table", u_portal_table, 3),
]
HOLDOUT_TEMPLATES: list[tuple[str, ArticleTemplate, int]] = [
    ("nuxt", h_nuxt, 3), ("dnn", h_dnn, 3), ("blogspot", h_blogspot, 3), ("amp", h_amp, 3),
]


def main() -> None:
    rng = random.Random(SEED_VALUE)
    arts = load_articles(rng, 80)
    it = iter(arts)
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "unseen").mkdir(parents=True)
    pages: list[tuple[Path, Page]] = []

    def emit(folder: Path, p: Page) -> None:
        pages.append((folder, p))

    for name, fn, n in TUNE_TEMPLATES:
        for k in range(n):
            ch = Chrome(rng, TUNE_POOLS, today_str(rng))
            page, exp = fn(next(it), rng, ch, rng.choice(SITES))
            enc = "cp1258" if name == "legacy1258" else "utf-8"
            emit(OUT, Page(f"{name}_{k + 1:02d}", page, exp, enc))
    manifest = [json.loads(line) for line in
                (FRAGMENTS / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for k, meta in enumerate(manifest):
        if meta["file"] in {"bacgiang_post_01.html"}:
            pass
        frag = (FRAGMENTS / str(meta["file"])).read_text(encoding="utf-8")
        ch = Chrome(rng, TUNE_POOLS, today_str(rng))
        page, exp = t_fragment(frag, meta, next(it), rng, ch, "Cổng TTĐT tỉnh Bắc Giang")
        emit(OUT, Page(f"fragment_{Path(str(meta['file'])).stem}", page, exp))
        _ = k
    for kind, n in (("listing", 2), ("search", 2), ("tag", 2)):
        for k in range(n):
            ch = Chrome(rng, TUNE_POOLS, today_str(rng))
            emit(OUT, Page(f"nonarticle_{kind}_{k + 1:02d}",
                           t_listing(next(it), rng, ch, rng.choice(SITES), kind), NOT_ARTICLE))
    for k in range(2):
        ch = Chrome(rng, TUNE_POOLS, today_str(rng))
        emit(OUT, Page(f"nonarticle_404_{k + 1:02d}", t_notfound(next(it), rng, ch,
                                                                 rng.choice(SITES)), NOT_ARTICLE))
    if SAMPLE_PAGE.exists() and SEED.exists():
        blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        emit(OUT, Page("real_hongngu_liferay", SAMPLE_PAGE.read_text(encoding="utf-8"), {
            "is_article": True, "title": blocks[3], "date": "2022-12-21",
            "author": blocks[-1], "body": body_of(blocks[4:-1])}))

    unseen = OUT / "unseen"
    for name, fn, n in UNSEEN_TEMPLATES:
        for k in range(n):
            ch = Chrome(rng, UNSEEN_POOLS, today_str(rng))
            page, exp = fn(next(it), rng, ch, rng.choice(SITES))
            emit(unseen, Page(f"{name}_{k + 1:02d}", page, exp))
    for k in range(2):
        ch = Chrome(rng, UNSEEN_POOLS, today_str(rng))
        emit(unseen, Page(f"nonarticle_archive_{k + 1:02d}",
                          u_archive(next(it), rng, ch, rng.choice(SITES)), NOT_ARTICLE))
    ch = Chrome(rng, UNSEEN_POOLS, today_str(rng))
    emit(unseen, Page("nonarticle_error_01", u_error500(next(it), rng, ch, rng.choice(SITES)),
                      NOT_ARTICLE))

    holdout = OUT / "holdout"
    holdout.mkdir()
    hrng = random.Random(SEED_VALUE + 1)  # own stream: adding it leaves the other pages as they were
    for name, fn, n in HOLDOUT_TEMPLATES:
        for k in range(n):
            ch = Chrome(hrng, HOLDOUT_POOLS, today_str(hrng))
            page, exp = fn(next(it), hrng, ch, hrng.choice(SITES))
            emit(holdout, Page(f"{name}_{k + 1:02d}", page, exp))
    for k in range(2):
        ch = Chrome(hrng, HOLDOUT_POOLS, today_str(hrng))
        emit(holdout, Page(f"nonarticle_home_{k + 1:02d}",
                           h_home(next(it), hrng, ch, hrng.choice(SITES)), NOT_ARTICLE))
    ch = Chrome(hrng, HOLDOUT_POOLS, today_str(hrng))
    emit(holdout, Page("nonarticle_search_empty_01",
                       h_search_empty(next(it), hrng, ch, hrng.choice(SITES)), NOT_ARTICLE))

    holdout2 = OUT / "holdout2"
    holdout2.mkdir()
    krng = random.Random(SEED_VALUE + 2)
    for kname, kfn, kn in (("tv", k_tv, 3), ("msword", k_msword, 3), ("longform", k_longform, 3)):
        for k in range(kn):
            ch = Chrome(krng, HOLDOUT2_POOLS, today_str(krng))
            page, exp = kfn(next(it), krng, ch, krng.choice(SITES))
            emit(holdout2, Page(f"{kname}_{k + 1:02d}", page, exp))
    ch = Chrome(krng, HOLDOUT2_POOLS, today_str(krng))
    emit(holdout2, Page("nonarticle_cards_01", k_cards(next(it), krng, ch, krng.choice(SITES)),
                        NOT_ARTICLE))
    emit(holdout2, Page("nonarticle_apache404_01", k_apache404(next(it), krng, ch, ""),
                        NOT_ARTICLE))

    holdout3 = OUT / "holdout3"
    holdout3.mkdir()
    mrng = random.Random(SEED_VALUE + 3)
    for mname, mfn, mn in (("sidebar_heavy", m_sidebar_heavy, 3), ("sections", m_sections, 3),
                           ("iso_visible", m_iso_visible, 3)):
        for k in range(mn):
            ch = Chrome(mrng, HOLDOUT3_POOLS, today_str(mrng))
            page, exp = mfn(next(it), mrng, ch, mrng.choice(SITES))
            emit(holdout3, Page(f"{mname}_{k + 1:02d}", page, exp))
    for mname, mfn2 in (("doc_listing", m_doc_listing), ("video_gallery", m_video_gallery)):
        ch = Chrome(mrng, HOLDOUT3_POOLS, today_str(mrng))
        emit(holdout3, Page(f"nonarticle_{mname}_01", mfn2(next(it), mrng, ch,
                                                           mrng.choice(SITES)), NOT_ARTICLE))

    final = OUT / "final_holdout"
    final.mkdir()
    frng = random.Random(SEED_VALUE + 4)
    for fname, ffn, fn_ in (("details", f_details, 2), ("gov", f_gov, 2), ("print", f_print, 2),
                            ("mostread", f_mostread, 2)):
        for k in range(fn_):
            ch = Chrome(frng, FINAL_POOLS, today_str(frng))
            page, exp = ffn(next(it), frng, ch, frng.choice(SITES))
            emit(final, Page(f"{fname}_{k + 1:02d}", page, exp))
    for fname, ffn2 in (("blog_home", f_blog_home), ("rss_index", f_rss_index)):
        ch = Chrome(frng, FINAL_POOLS, today_str(frng))
        emit(final, Page(f"nonarticle_{fname}_01", ffn2(next(it), frng, ch, frng.choice(SITES)),
                         NOT_ARTICLE))

    for folder, p in pages:
        data = to_cp1258(p.html) if p.encoding == "cp1258" else p.html.encode("utf-8")
        (folder / f"{p.name}.html").write_bytes(data)
        (folder / f"{p.name}.json").write_text(
            json.dumps(p.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = sum((f / f"{p.name}.html").stat().st_size for f, p in pages)
    print(f"wrote {len(pages)} pages ({total / 1e6:.2f} MB) to {OUT}")


if __name__ == "__main__":
    main()
