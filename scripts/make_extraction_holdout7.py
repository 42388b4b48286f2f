# ruff: noqa: E501
"""Generate the blind held-out extraction gold set ``holdout7``.

Pages are written from real article texts in ``../shared/data/vi_news.jsonl``
(records chosen by an id suffix drawn with a fixed seed) wrapped in markup
families not used by earlier gold sets.  Non-article pages are hand written.
Deterministic: re-running produces byte-identical files.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "vi_news.jsonl"
OUT = ROOT / "tests" / "fixtures" / "extraction" / "holdout7"

RNG = random.Random(7007)
SUFFIX = f"{RNG.randrange(100):02d}"  # -> "77": only records whose id ends with it

ARTICLE_IDS = {
    "sitefinity": "vietnews-train-093877",
    "laravel": "vietnews-train-097177",
    "svelte": "vietnews-train-094477",
    "rails": "vietnews-train-100477",
    "umbraco": "vietnews-train-096577",
    "provincial": "vietnews-train-101977",
    "breadcrumb": "unc-news_education_077",
    "pdf": "vietnews-train-089977",
    "infographic": "vietnews-train-098977",
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def load_records() -> dict[str, dict]:
    wanted = set(ARTICLE_IDS.values())
    out: dict[str, dict] = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in wanted:
                out[rec["id"]] = rec
    missing = wanted - set(out)
    if missing:
        raise SystemExit(f"missing records: {sorted(missing)}")
    for rid in wanted:
        assert rid.endswith(SUFFIX), rid
    return out


def lines_of(rec: dict) -> list[str]:
    return [x.strip() for x in rec["text"].split("\n")]


def para(lines: list[str], idx: list[int]) -> str:
    return " ".join(lines[i] for i in idx)


def hexid(n: int = 8) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def write(name: str, page: str, gold: dict) -> None:
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")
    (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def gold_article(title: str, date: str, author: str | None, paras: list[str]) -> dict:
    return {"is_article": True, "title": title, "date": date, "author": author, "body": "\n\n".join(paras)}


NON_ARTICLE = {"is_article": False, "title": None, "date": None, "author": None, "body": ""}

COOKIE = """<div class="cookie-consent" id="cc-{id}" role="dialog"><p>Website sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với <a href="/chinh-sach-cookie">chính sách cookie</a>.</p><button type="button">Đồng ý</button> <button type="button">Tùy chỉnh</button></div>"""

GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-{id}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-{id}');</script>"""


# ---------------------------------------------------------------------------
# 1. Sitefinity ministry portal
# ---------------------------------------------------------------------------
def page_sitefinity(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    paras = [para(L, g) for g in ([0], [1, 2], [3, 4], [5, 6], [7], [8], [9])]
    author = L[10]
    body = "\n".join(f'<p>{esc(p)}</p>' for p in paras[1:])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tin tức - Sự kiện | Bộ Nội vụ</title>
<meta name="Generator" content="Sitefinity 13.3.7600.0 DX">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?v=13.3" rel="stylesheet">
<script src="/ScriptResource.axd?d={hexid(24)}&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
{GA.format(id=hexid(10).upper())}
</head>
<body>
<form method="post" action="./nam-2015-bien-che-cong-chuc-giam" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk{hexid(30)}"></div>
{COOKIE.format(id=hexid(6))}
<div class="sf_colsOut header-top" data-sf-element="Row">
 <div class="sf_colsIn col-md-8"><a href="/" class="logo"><img src="/images/default-source/logo/quoc-huy.png" alt="Bộ Nội vụ"><span>BỘ NỘI VỤ<br>CỔNG THÔNG TIN ĐIỆN TỬ</span></a></div>
 <div class="sf_colsIn col-md-4"><div class="sfsearchBox"><input type="text" title="Từ khóa" class="sfsearchTxt" placeholder="Tìm kiếm..."><input type="submit" value="Tìm" class="sfsearchSubmit"></div></div>
</div>
<nav class="sf-navigation" data-sf-element="Navigation"><ul class="nav">
 <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li>
</ul></nav>
<div class="sf_colsOut container" data-sf-element="Container">
<ol class="breadcrumb sf-breadscrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active">Tin hoạt động</li></ol>
<div class="row">
<div class="sf_colsIn col-md-9" data-sf-element="Column 1" data-placeholder-label="Nội dung">
 <div class="sf-news-details">
  <h3 class="sfnewsTitle">{esc(title)}</h3>
  <div class="sfnewsAuthorAndDate text-muted">
   <span class="sfnewsDate">Ngày đăng: 10/02/2015 - 14:25</span>
   <span class="sfnewsModified"> | Cập nhật: 11/02/2015 - 09:12</span>
   <span class="sfnewsViews"> | Lượt xem: 4.318</span>
  </div>
  <div class="sfnewsSummary"><strong>{esc(paras[0])}</strong></div>
  <div class="sfnewsContent sfContent" data-sf-field="Content" data-sf-ftype="LongText">
{body}
<p style="text-align: right;"><strong>{esc(author)}</strong></p>
  </div>
  <div class="sf-tags"><span>Từ khóa:</span> <a href="/tags/bien-che">biên chế</a>, <a href="/tags/cong-chuc">công chức</a>, <a href="/tags/tinh-gian">tinh giản</a></div>
  <div class="sf-social-share"><ul><li><a class="sf-icon-facebook" href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a class="sf-icon-twitter" href="https://twitter.com/share">Tweet</a></li><li><a href="javascript:window.print()">In bài</a></li><li><a href="mailto:?subject=x">Gửi email</a></li></ul></div>
  <div class="sfnewsLinks"><a href="/tin-tuc-su-kien" class="sfnewsBack">« Quay lại danh sách</a></div>
 </div>
 <div class="sf-related-news">
  <h4>Các tin khác</h4>
  <ul class="sfnewsList">
   <li><a href="/tin-tuc-su-kien/tinh-gian-bien-che-2015">Tinh giản biên chế: cần lộ trình phù hợp cho từng bộ, ngành</a> <span class="sfnewsDate">(08/02/2015)</span></li>
   <li><a href="/tin-tuc-su-kien/thi-tuyen-cong-chuc">Hướng dẫn tổ chức thi tuyển công chức năm 2015</a> <span class="sfnewsDate">(05/02/2015)</span></li>
   <li><a href="/tin-tuc-su-kien/vi-tri-viec-lam">Hoàn thiện đề án vị trí việc làm trong các cơ quan hành chính</a> <span class="sfnewsDate">(30/01/2015)</span></li>
  </ul>
 </div>
</div>
<div class="sf_colsIn col-md-3 sidebar" data-sf-element="Column 2">
 <div class="sfContentBlock widget-lienket"><h4>Liên kết website</h4><select><option>-- Chọn liên kết --</option><option>Cổng TTĐT Chính phủ</option><option>Bộ Tài chính</option></select></div>
 <div class="sfContentBlock widget-hotline"><h4>Đường dây nóng</h4><p>Điện thoại: 080.44444</p></div>
 <div class="sfContentBlock banner"><a href="/cai-cach-hanh-chinh"><img src="/images/banner/cchc.jpg" alt="Cải cách hành chính"></a></div>
</div>
</div>
</div>
<footer class="sf_colsOut footer"><div class="sf_colsIn">
<p>Bản quyền thuộc Bộ Nội vụ. Địa chỉ: Số 8 Tôn Thất Thuyết, Cầu Giấy, Hà Nội.</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này. © 2015</p>
</div></footer>
</form>
<script type="text/javascript">Sys.Application.add_init(function(){{$create(Telerik.Sitefinity.Web.UI.Fields.TextField,{{"dataFieldName":"Content"}},null,null,$get("ctl00_{hexid(6)}"));}});</script>
</body>
</html>
"""
    write("sitefinity_ministry_01", page, gold_article(title, "2015-02-10", author, paras))


# ---------------------------------------------------------------------------
# 2. Laravel newspaper with Vue components
# ---------------------------------------------------------------------------
def page_laravel(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    groups = [[0], [1], [3], [4], [5, 6], [7], [8, 9]]
    paras = [para(L, g) for g in groups]
    caption = L[2]
    author = L[10]
    v = hexid(8)
    content = f'<p data-v-{v}>{esc(paras[1])}</p>\n'
    content += f'<figure class="img-box" data-v-{v}><img src="/storage/uploads/2014/12/bv-nhi-dong-tphcm.jpg" alt="{esc(caption)}" loading="lazy"><figcaption data-v-{v}>{esc(caption)}</figcaption></figure>\n'
    content += "\n".join(f'<p data-v-{v}>{esc(p)}</p>' for p in paras[2:])
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2014-12-06T10:42:00+07:00",
        "dateModified": "2014-12-07T08:03:11+07:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Báo Sức khỏe Đô thị"},
    }
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{hexid(40)}">
<title>{esc(title)} - Sức khỏe Đô thị</title>
<link rel="stylesheet" href="/css/app.css?id={hexid(20)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.Laravel = {{"csrfToken":"{hexid(40)}","locale":"vi"}};</script>
</head>
<body class="antialiased">
<div id="app">
 <site-header inline-template><header class="topbar"><div class="brand"><a href="/">Sức khỏe Đô thị</a></div>
  <nav class="menu-main"><a href="/thoi-su">Thời sự</a><a href="/y-te" class="is-active">Y tế</a><a href="/giao-duc">Giáo dục</a><a href="/do-thi">Đô thị</a></nav>
  <div class="weather-chip">TP HCM 31°C</div></header></site-header>
 <main class="page-post container" data-v-{v}>
  <div class="crumbs" data-v-{v}><a href="/">Trang chủ</a> / <a href="/y-te">Y tế</a></div>
  <article class="post" itemscope itemtype="https://schema.org/NewsArticle" data-v-{v}>
   <h1 class="post__title" itemprop="headline" data-v-{v}>{esc(title)}</h1>
   <div class="post__meta" data-v-{v}>
    <time class="post__time" datetime="2014-12-06T10:42:00+07:00">Thứ bảy, 6/12/2014, 10:42 (GMT+7)</time>
    <post-bookmark :post-id="20917" inline-template><button class="bookmark">Lưu bài</button></post-bookmark>
   </div>
   <social-share url="https://suckhoedothi.example/y-te/tp-hcm-khoi-cong-benh-vien-nhi-20917.html" :networks="['facebook','zalo']"></social-share>
   <p class="post__sapo" data-v-{v}>{esc(paras[0])}</p>
   <div class="post__content" itemprop="articleBody" data-v-{v}>
{content}
   </div>
   <p class="post__author" data-v-{v}><strong>{esc(author)}</strong></p>
   <div class="ads-inline" data-v-{v}><ad-slot zone="inread_1" size="300x250"></ad-slot><span class="ads-label">Quảng cáo</span></div>
   <div class="post__tags" data-v-{v}><span>Tags:</span> <a href="/tag/benh-vien-nhi">bệnh viện nhi</a> <a href="/tag/qua-tai-benh-vien">quá tải bệnh viện</a></div>
  </article>
  <related-posts :category="5" inline-template><section class="related"><h3>Tin liên quan</h3>
   <div class="related__item"><a href="/y-te/nhi-dong-1-qua-tai-20880.html">Bệnh viện Nhi đồng 1 quá tải gấp đôi công suất</a><p>Nhiều bệnh nhi phải nằm ghép 2-3 cháu một giường trong mùa dịch.</p></div>
   <div class="related__item"><a href="/y-te/benh-vien-ve-tinh-20851.html">Mở rộng mạng lưới bệnh viện vệ tinh tại các tỉnh phía Nam</a><p>Năm 2015 sẽ có thêm 12 bệnh viện vệ tinh được đưa vào hoạt động.</p></div>
  </section></related-posts>
  <comment-box :post-id="20917" inline-template><section class="comments"><h3>Bình luận (2)</h3>
   <div class="cmt"><b>Ngọc Lan</b><p>Mong bệnh viện sớm hoàn thành để các cháu đỡ khổ.</p></div>
   <div class="cmt"><b>Trần Hưng</b><p>Bình Chánh hơi xa trung tâm nhưng vẫn rất cần thiết.</p></div>
   <textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></section></comment-box>
 </main>
 <site-footer><footer class="footer"><p>Cơ quan chủ quản: Sở Y tế TP HCM. Giấy phép số 183/GP-BTTTT.</p><p>© 2014 Sức khỏe Đô thị</p></footer></site-footer>
</div>
<script src="/js/manifest.js?id={hexid(20)}"></script>
<script src="/js/vendor.js?id={hexid(20)}"></script>
<script src="/js/app.js?id={hexid(20)}"></script>
</body>
</html>
"""
    write("laravel_vue_01", page, gold_article(title, "2014-12-06", author, paras))


# ---------------------------------------------------------------------------
# 3. SvelteKit page (no byline; CMS uploader account shown)
# ---------------------------------------------------------------------------
def page_svelte(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    paras = [para(L, g) for g in ([0], [2], [3], [4, 5], [6, 7], [8], [9])]
    video_caption = L[1]
    s = "svelte-" + hexid(6)
    content = "\n".join(f'<p class="{s}">{esc(p)}</p>' for p in paras[1:])
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<link rel="icon" href="/favicon.png">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/_app/immutable/assets/_layout.{hexid(8)}.css" rel="stylesheet">
<link rel="modulepreload" href="/_app/immutable/entry/start.{hexid(8)}.js">
<title>Quảng Nam Online - Kinh tế</title>
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="2018-11-14T16:05:00+07:00">
<meta property="article:modified_time" content="2018-11-15T07:40:00+07:00">
<style>.{s}.lead{{font-weight:700}}.{s}.player{{aspect-ratio:16/9}}</style>
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents">
<header class="hd {s}"><a class="logo {s}" href="/">Quảng Nam Online</a>
<nav class="{s}"><a href="/thoi-su" class="{s}">Thời sự</a> <a href="/kinh-te" class="active {s}">Kinh tế</a> <a href="/xa-hoi" class="{s}">Xã hội</a> <a href="/van-hoa" class="{s}">Văn hóa</a></nav></header>
<main class="{s}">
<div class="path {s}"><a href="/" class="{s}">Trang chủ</a> <span>›</span> <a href="/kinh-te" class="{s}">Kinh tế</a> <span>›</span> <a href="/kinh-te/thuy-san" class="{s}">Thủy sản</a></div>
<div class="story {s}">
<h1 class="{s}">{esc(title)}</h1>
<div class="meta {s}"><span class="{s}">14/11/2018 16:05</span> <span class="uploader {s}">Đăng bởi: btv.kinhte02</span></div>
<p class="lead {s}">{esc(paras[0])}</p>
<div class="player {s}"><video controls preload="none" poster="/media/2018/11/muc-kho-an-hoa.jpg" src="/media/2018/11/muc-kho-an-hoa.mp4"></video><p class="vcap {s}">{esc(video_caption)}</p></div>
<div class="content {s}">
{content}
</div>
<div class="sharebar {s}"><button class="{s}">Chia sẻ Facebook</button><button class="{s}">Zalo</button><button class="{s}">Sao chép liên kết</button></div>
</div>
<aside class="more {s}"><h2 class="{s}">Đọc nhiều</h2><ol class="{s}"><li><a href="/kinh-te/gia-ca-ngu-20181113" class="{s}">Giá cá ngừ đại dương giảm mạnh</a></li><li><a href="/kinh-te/cang-ca-tam-quang" class="{s}">Nạo vét luồng lạch cảng cá Tam Quang</a></li></ol></aside>
</main>
<footer class="{s}"><p class="{s}">Cơ quan chủ quản: Báo Quảng Nam · Giấy phép số 32/GP-BTTTT</p></footer>
<script type="application/json" data-sveltekit-fetched data-url="/api/article/muc-kho-ton-dong">{{"status":200,"statusText":"","headers":{{}},"body":"{{\\"id\\":88213,\\"section\\":\\"kinh-te\\",\\"views\\":1402}}"}}</script>
<script>{{__sveltekit_{hexid(6)}={{base:new URL(".",location).pathname.slice(0,-1)}};const element=document.currentScript.parentElement;Promise.all([import("/_app/immutable/entry/start.{hexid(8)}.js"),import("/_app/immutable/entry/app.{hexid(8)}.js")]).then(([kit,app])=>{{kit.start(app,element)}});}}</script>
</div>
</body>
</html>
"""
    write("sveltekit_01", page, gold_article(title, "2018-11-14", None, paras))


# ---------------------------------------------------------------------------
# 4. Ruby on Rails with Turbo frames
# ---------------------------------------------------------------------------
def page_rails(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    paras = [para(L, g) for g in ([0], [1, 2], [3], [5, 6], [7], [8, 9], [10], [11, 12])]
    caption = L[4]
    author = L[13]
    parts = [f'<div class="trix-content"><div>{esc(paras[1])}</div>', f"<div>{esc(paras[2])}</div>",
             f'<action-text-attachment content-type="image/jpeg" url="/rails/active_storage/blobs/redirect/{hexid(16)}/vit-chet.jpg" caption="{esc(caption)}"><figure class="attachment attachment--preview"><img src="/rails/active_storage/representations/{hexid(16)}/vit-chet.jpg"><figcaption class="attachment__caption">{esc(caption)}</figcaption></figure></action-text-attachment>']
    parts += [f"<div>{esc(p)}</div>" for p in paras[3:]]
    parts.append("</div>")
    page = f"""<!DOCTYPE html>
<html>
<head>
<title>Tin nhanh Quảng Nam</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{hexid(32)}">
<meta name="turbo-cache-control" content="no-preview">
<meta itemprop="datePublished" content="2016-06-20T18:30:00+07:00">
<link rel="stylesheet" href="/assets/application-{hexid(16)}.css" data-turbo-track="reload">
<script type="importmap" data-turbo-track="reload">{{"imports":{{"application":"/assets/application-{hexid(16)}.js","@hotwired/turbo-rails":"/assets/turbo.min-{hexid(16)}.js"}}}}</script>
<script type="module">import "application"</script>
</head>
<body class="articles show">
<div id="flash"></div>
<header class="masthead"><a href="/" class="masthead__logo">Tin nhanh Quảng Nam</a>
<turbo-frame id="nav_menu" src="/menu" loading="lazy"><nav><a href="/categories/thoi-su">Thời sự</a> <a href="/categories/moi-truong">Môi trường</a> <a href="/categories/nong-nghiep">Nông nghiệp</a></nav></turbo-frame></header>
<turbo-frame id="article_4821" target="_top">
<div class="article-show">
 <p class="article-show__section"><a href="/categories/moi-truong">Môi trường</a></p>
 <h1 class="article-show__headline">{esc(title)}</h1>
 <p class="article-show__dateline">20-6-2016 18:30 · <a href="/users/ctv-dailoc">ctv_dailoc</a> · <span class="reading-time">3 phút đọc</span></p>
 <p class="article-show__summary"><em>{esc(paras[0])}</em></p>
 {parts[0]}
 {chr(10).join(parts[1:])}
 <p class="article-show__byline">{esc(author)}</p>
</div>
</turbo-frame>
<div class="share-links" data-controller="share"><a href="#" data-action="share#facebook">Facebook</a> <a href="#" data-action="share#copy">Copy link</a></div>
<turbo-frame id="related_articles" src="/articles/4821/related" loading="lazy">
 <section class="related"><h2>Bài cùng chuyên mục</h2>
 <ul><li><a href="/articles/4790-nha-may-con-dai-tan">Dân phản ánh mùi hôi từ nhà máy cồn Đại Tân</a></li><li><a href="/articles/4755-ca-chet-song-vu-gia">Cá chết bất thường trên sông Vu Gia</a></li></ul></section>
</turbo-frame>
<turbo-frame id="comments" src="/articles/4821/comments" loading="lazy"><p class="loading">Đang tải bình luận…</p></turbo-frame>
<footer class="site-footer"><p>Tin nhanh Quảng Nam · 2016 · <a href="/about">Giới thiệu</a> · <a href="/privacy">Bảo mật</a></p></footer>
</body>
</html>
"""
    write("rails_turbo_01", page, gold_article(title, "2016-06-20", author, paras))


# ---------------------------------------------------------------------------
# 5. Umbraco, very long article with several tables and a crosshead
# ---------------------------------------------------------------------------
def page_umbraco(rec: dict) -> None:
    L = lines_of(rec)
    title = "Tổng bí thư yêu cầu 'tạo được sự đột phá' trong cải cách tiền lương"
    caption = L[2]
    t1_head = "Cơ cấu tiền lương mới trong khu vực công theo Đề án"
    t1 = [["Thành phần", "Tỷ lệ so với tổng quỹ lương", "Ghi chú"],
          ["Lương cơ bản", "Khoảng 70%", "Theo bảng lương mới"],
          ["Các khoản phụ cấp", "Khoảng 30%", "Thay cho nhiều loại phụ cấp hiện hành"],
          ["Tiền thưởng", "Khoảng 10%", "Nằm ngoài quỹ lương"]]
    t2_head = "Một số mức phụ cấp đang áp dụng"
    t2 = [["Đối tượng", "Mức phụ cấp"],
          ["Một số cơ quan Đảng", "30%"],
          ["Công chức hành chính", "25% (phụ cấp công vụ)"]]
    t4_head = "Nội dung thảo luận tại Hội nghị Trung ương 7 (khoá XII)"
    t4 = [["STT", "Nội dung"],
          ["1", "Xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ"],
          ["2", "Cải cách chính sách tiền lương đối với cán bộ, công chức, viên chức, lực lượng vũ trang và người lao động trong các doanh nghiệp"],
          ["3", "Cải cách chính sách bảo hiểm xã hội"],
          ["4", "Một số vấn đề quan trọng khác"]]
    t3_head = "Các lần cải cách chính sách tiền lương"
    t3 = [["Lần", "Năm"], ["Thứ nhất", "1960"], ["Thứ hai", "1985"], ["Thứ ba", "1993"], ["Thứ tư", "2003"]]

    def table_html(rows: list[list[str]], cls: str) -> str:
        out = [f'<table class="{cls}" border="1" cellpadding="4"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
        for r in rows[1:]:
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        out.append("</tbody></table>")
        return "\n".join(out)

    def table_paras(rows: list[list[str]]) -> list[str]:
        return [" | ".join(r) for r in rows]

    seq: list[tuple[str, object]] = [("p", [0]), ("p", [1]), ("fig", None), ("p", [3]), ("p", [4]), ("p", [5]), ("p", [6]),
                                     ("p", [7, 8, 9]), ("p", [10]), ("p", [11]), ("p", [12]), ("p", [13]), ("p", [14]), ("p", [15]),
                                     ("h", L[16]), ("p", [17]), ("p", [18]), ("p", [19]), ("p", [20]), ("p", [21]),
                                     ("h", t1_head), ("t", t1), ("p", [22, 23]), ("p", [24]), ("h", t2_head), ("t", t2),
                                     ("p", [25]), ("p", [26]), ("p", [27]), ("p", [28]), ("p", [29]), ("h", t4_head), ("t", t4), ("p", [30]),
                                     ("h", t3_head), ("t", t3), ("p", [31])]
    paras: list[str] = []
    chunks: list[str] = []
    for kind, val in seq:
        if kind == "p":
            text = para(L, val)  # type: ignore[arg-type]
            paras.append(text)
            if len(paras) == 1:
                chunks.append(f'<div class="article-lead"><p>{esc(text)}</p></div>\n<div class="rte">')
            else:
                chunks.append(f"<p>{esc(text)}</p>")
        elif kind == "h":
            paras.append(val)  # type: ignore[arg-type]
            chunks.append(f"<h3><strong>{esc(val)}</strong></h3>")  # type: ignore[arg-type]
        elif kind == "t":
            paras.extend(table_paras(val))  # type: ignore[arg-type]
            chunks.append(table_html(val, "table table-bordered umb-table"))  # type: ignore[arg-type]
        else:
            chunks.append(f'<div class="umb-block-image"><img src="/media/{hexid(5)}/tbt-khai-mac-hntw7.jpg?width=800&amp;height=500&amp;rnd=1326" alt=""><p class="image-caption">{esc(caption)}</p></div>')
    chunks.append("</div>")
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<title>Chính trị | Thời báo Người lao động Thủ đô</title>
<meta name="description" content="{esc(para(L, [0]))}">
<meta property="og:title" content="{esc(title)}">
<meta name="generator" content="Umbraco CMS 8.18">
<link rel="stylesheet" href="/css/site.min.css?v=3.2">
<link rel="stylesheet" href="/DependencyHandler.axd?s={hexid(30)}&amp;t=Css&amp;cdv=1874">
{GA.format(id=hexid(10).upper())}
<style>.umb-table td,.umb-table th{{padding:4px 8px}}.rte h3{{font-size:1.1rem}}</style>
</head>
<body class="page-newsitem doc-1874">
{COOKIE.format(id=hexid(6))}
<header id="top"><div class="container"><a class="brand" href="/"><img src="/media/1001/logo.svg" alt="Thời báo Người lao động Thủ đô"></a>
<ul class="mainnav"><li><a href="/chinh-tri/" class="current">Chính trị</a></li><li><a href="/lao-dong-viec-lam/">Lao động - Việc làm</a></li><li><a href="/cong-doan/">Công đoàn</a></li><li><a href="/phap-luat/">Pháp luật</a></li></ul>
<div class="topdate">Thứ Năm, 10/05/2018</div></div></header>
<div class="container main-wrapper">
<ul class="crumb"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri/">Chính trị</a></li></ul>
<div class="grid">
<div class="col-main">
<div class="newsitem" data-id="1874">
<h1 class="newsitem-heading">{esc(title)}</h1>
<div class="newsitem-info"><span class="newsitem-date">Thứ Hai, 07/05/2018 | 11:20</span> <span class="sep">·</span> <span class="newsitem-cat">Chính trị</span></div>
<div class="toolbar-font"><a href="#" data-size="-1">A-</a> <a href="#" data-size="+1">A+</a> <a href="#" onclick="window.print()">In</a></div>
{chr(10).join(chunks)}
<div class="newsitem-keywords">Từ khóa: <a href="/tag/cai-cach-tien-luong">cải cách tiền lương</a> <a href="/tag/hoi-nghi-trung-uong-7">Hội nghị Trung ương 7</a> <a href="/tag/bao-hiem-xa-hoi">bảo hiểm xã hội</a></div>
<div class="addthis_inline_share_toolbox"></div>
</div>
<div class="poll-box"><h4>Bình chọn</h4><p>Bạn có ủng hộ trả lương theo vị trí việc làm?</p><label><input type="radio" name="p"> Có</label> <label><input type="radio" name="p"> Không</label><button>Biểu quyết</button></div>
<div class="related-news"><h4>Tin cùng chuyên mục</h4><ul>
<li><a href="/chinh-tri/khai-mac-hntw-7/">Khai mạc trọng thể Hội nghị Trung ương 7 khóa XII</a> <em>(07/05/2018)</em></li>
<li><a href="/chinh-tri/can-bo-cap-chien-luoc/">Xây dựng đội ngũ cán bộ cấp chiến lược ngang tầm nhiệm vụ</a> <em>(06/05/2018)</em></li>
<li><a href="/chinh-tri/luong-huu/">Đề xuất tăng tuổi nghỉ hưu theo lộ trình</a> <em>(04/05/2018)</em></li></ul></div>
</div>
<aside class="col-side"><div class="box-mostread"><h4>Đọc nhiều nhất</h4><ol><li><a href="/lao-dong-viec-lam/luong-toi-thieu-vung-2019/">Lương tối thiểu vùng năm 2019 tăng 5,3%</a></li><li><a href="/cong-doan/mai-am-cong-doan/">Trao 50 Mái ấm Công đoàn cho đoàn viên khó khăn</a></li></ol></div>
<div class="adv adv-300"><a href="https://ads.example.vn/c?z=300x600"><img src="/media/ads/300x600.jpg" alt="Quảng cáo"></a></div></aside>
</div>
</div>
<footer class="sitefooter"><div class="container"><p>Thời báo Người lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố.</p><p>Giấy phép số 112/GP-BTTTT. Ngày cập nhật: 10/05/2018</p></div></footer>
<script src="/scripts/vendor.min.js"></script><script>var umbPageId=1874;</script>
</body>
</html>
"""
    write("umbraco_long_tables_01", page, gold_article(title, "2018-05-07", None, paras))


# ---------------------------------------------------------------------------
# 6. Provincial newspaper: div.detail-content, author before date, "Nguồn:" line
# ---------------------------------------------------------------------------
def page_provincial(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    paras = [para(L, g) for g in ([0], [1, 2], [3], [5, 6], [7], [8])]
    caption = L[4]
    author = L[9]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Báo điện tử xứ Lạng :: Kinh tế</title>
<link href="/templates/xl2017/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/templates/xl2017/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-{RNG.randrange(10**7, 10**8)}-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body>
<div id="wrapper">
 <div id="header"><div class="banner-top"><img src="/templates/xl2017/images/banner.jpg" alt="Báo điện tử xứ Lạng" /></div>
  <div class="date-today">Thứ sáu, ngày 14/07/2017</div>
  <ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li class="current"><a href="/kinh-te">Kinh tế</a></li><li><a href="/bien-gioi">Biên giới</a></li><li><a href="/van-hoa">Văn hóa</a></li></ul>
 </div>
 <div id="main">
  <div class="left-col">
   <div class="path-nav"><a href="/">Trang chủ</a> &raquo; <a href="/kinh-te">Kinh tế</a> &raquo; <a href="/kinh-te/thuong-mai">Thương mại</a></div>
   <div class="detail-news">
    <div class="detail-title"><h2>{esc(title)}</h2></div>
    <div class="detail-info">
     <span class="detail-author">{esc(author)}</span>
     <span class="detail-time">08/07/2017 - 17:45</span>
     <span class="detail-view">(Đã xem: 2.105 lần)</span>
    </div>
    <div class="detail-sapo">{esc(paras[0])}</div>
    <div class="detail-content">
     <p>{esc(paras[1])}</p>
     <p>{esc(paras[2])}</p>
     <table class="image" align="center"><tr><td><img src="/uploads/2017/07/cho-dong-dang.jpg" width="500" /></td></tr><tr><td class="image-desc">{esc(caption)}</td></tr></table>
     <p>{esc(paras[3])}</p>
     <p>{esc(paras[4])}</p>
     <p>{esc(paras[5])}</p>
     <p class="nguon" style="text-align:right"><em>Nguồn: VnExpress</em></p>
    </div>
    <div class="detail-tool"><a href="javascript:window.print();">In trang</a> | <a href="/gui-email?id=6120">Gửi bạn bè</a> | <a href="#top">Lên đầu trang</a></div>
    <div class="detail-other"><h3>Các tin đã đưa</h3><ul>
     <li><a href="/kinh-te/thuong-mai/cua-khau-huu-nghi">Cửa khẩu Hữu Nghị thông quan hơn 300 xe mỗi ngày</a> (07/07/2017)</li>
     <li><a href="/kinh-te/thuong-mai/trung-tam-thuong-mai-dong-dang">Khởi công trung tâm thương mại Đồng Đăng</a> (29/06/2017)</li>
     <li><a href="/kinh-te/thuong-mai/tieu-thuong-kien-nghi">Tiểu thương kiến nghị về kế hoạch di dời chợ</a> (23/06/2017)</li></ul></div>
    <div class="detail-comment"><h3>Ý kiến bạn đọc</h3><form action="/binh-luan" method="post"><input name="hoten" placeholder="Họ tên" /><textarea name="noidung"></textarea><input type="submit" value="Gửi ý kiến" /></form></div>
   </div>
  </div>
  <div class="right-col"><div class="box"><div class="box-title">Tin mới</div><ul><li><a href="/thoi-su/hop-bao">Họp báo Quý II</a></li><li><a href="/van-hoa/le-hoi">Lễ hội Lồng tồng</a></li></ul></div>
   <div class="box qc"><a href="/lien-ket/du-lich"><img src="/uploads/qc/du-lich-lang-son.gif" alt="Du lịch Lạng Sơn" /></a></div></div>
 </div>
 <div id="footer"><p>Cơ quan chủ quản: Hội Nhà báo tỉnh. Tổng biên tập: Hoàng Văn Nam</p><p>Bản quyền © 2017. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div>
</body>
</html>
"""
    write("provincial_detail_content_01", page, gold_article(title, "2017-07-08", author, paras))


# ---------------------------------------------------------------------------
# 7. Date only in URL-like breadcrumb + meta itemprop=datePublished (Magnolia-like)
# ---------------------------------------------------------------------------
def page_breadcrumb(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    texts = L[:9]
    crosshead = texts[3]
    paras = texts
    author = L[9]
    blocks = []
    for i, t in enumerate(texts):
        if i == 0:
            continue
        if i == 3:
            blocks.append(f'<h2 class="mgnl-text__subheading">{esc(crosshead)}</h2>')
        else:
            blocks.append(f'<p class="mgnl-text__p">{esc(t)}</p>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>Giáo dục &amp; Khuyến học</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/.resources/gdkh-theme/css/main~2021-04-01.css">
<script src="/.resources/gdkh-theme/js/vendor/jquery.min.js"></script>
</head>
<body>
<div class="cmp-header"><a class="cmp-header__logo" href="/vi/">Giáo dục &amp; Khuyến học</a>
<ul class="cmp-header__nav"><li><a href="/vi/tuyen-sinh/">Tuyển sinh</a></li><li><a href="/vi/guong-mat/">Gương mặt</a></li><li><a href="/vi/du-hoc/">Du học</a></li></ul>
<span class="cmp-header__clock" data-clock="live">Thứ Sáu, 30/04/2021</span></div>
<div class="cmp-page" itemscope itemtype="http://schema.org/Article">
 <meta itemprop="datePublished" content="2021-04-26">
 <meta itemprop="author" content="{esc(author)}">
 <nav class="cmp-breadcrumb" aria-label="breadcrumb">
  <a href="/vi/">vi</a> / <a href="/vi/2021/">2021</a> / <a href="/vi/2021/04/">04</a> / <a href="/vi/2021/04/26/">26</a> / <span>nhung-sinh-vien-dam-me-trai-nghiem</span>
 </nav>
 <div class="cmp-title"><h1 itemprop="headline">{esc(title)}</h1></div>
 <div class="cmp-teaser"><p itemprop="description"><b>{esc(texts[0])}</b></p></div>
 <div class="cmp-share"><a href="https://facebook.com/sharer?u=x" class="cmp-share__fb">Chia sẻ</a> <a href="https://zalo.me/share?u=x" class="cmp-share__zalo">Zalo</a> <span class="cmp-share__count">126 lượt chia sẻ</span></div>
 <div class="cmp-text" itemprop="articleBody">
{chr(10).join(blocks)}
 </div>
 <div class="cmp-byline"><p><strong>{esc(author)}</strong></p></div>
 <div class="cmp-ad" data-zone="article-bottom"><iframe src="https://ads.example.vn/serve?z=728x90" width="728" height="90" title="ad"></iframe></div>
 <div class="cmp-related"><h3>Cùng chủ đề</h3>
  <div class="cmp-related__card"><a href="/vi/2021/04/20/ky-nang-mem/"><h4>Kỹ năng mềm: hành trang không thể thiếu của sinh viên</h4></a><span>20/04/2021</span></div>
  <div class="cmp-related__card"><a href="/vi/2021/04/12/clb-sinh-vien/"><h4>Hơn 50 câu lạc bộ sinh viên sôi nổi dịp đầu năm</h4></a><span>12/04/2021</span></div>
 </div>
</div>
<div class="cmp-footer"><p>© 2021 Giáo dục &amp; Khuyến học. Mọi quyền được bảo lưu.</p><p>Liên hệ quảng cáo: 024 3xxx xxxx</p></div>
<script>window.mgnlPage={{"template":"gdkh:pages/article","lang":"vi","lastModified":"2021-04-29T08:11:00+07:00"}};</script>
</body>
</html>
"""
    write("breadcrumb_meta_date_01", page, gold_article(title, "2021-04-26", author, paras))


# ---------------------------------------------------------------------------
# 8. "Hỏi đáp pháp luật" Q&A article (Kentico-like)
# ---------------------------------------------------------------------------
def page_hoidap_article() -> None:
    title = "Sinh đôi thì lao động nữ được nghỉ thai sản bao lâu?"
    question = ("Tôi là công nhân một công ty may ở khu công nghiệp Tân Trường, đã đóng bảo hiểm xã hội liên tục 3 năm. "
                "Tháng 5 tới tôi dự sinh và bác sĩ cho biết tôi mang song thai. Xin hỏi tôi được nghỉ thai sản bao lâu và được hưởng những chế độ gì?")
    asker = "Bạn đọc Nguyễn Thị Hồng (huyện Cẩm Giàng, Hải Dương) hỏi:"
    answers = [
        "Khoản 1 Điều 139 Bộ luật Lao động năm 2019 quy định lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng; thời gian nghỉ trước khi sinh tối đa không quá 02 tháng. Trường hợp lao động nữ sinh đôi trở lên thì tính từ con thứ hai trở đi, cứ mỗi con, người mẹ được nghỉ thêm 01 tháng.",
        "Như vậy, nếu sinh đôi, chị được nghỉ thai sản tổng cộng 07 tháng.",
        "Về chế độ, theo Điều 31 Luật Bảo hiểm xã hội năm 2014, lao động nữ sinh con được hưởng chế độ thai sản nếu đã đóng bảo hiểm xã hội từ đủ 06 tháng trở lên trong thời gian 12 tháng trước khi sinh con. Chị đã đóng bảo hiểm liên tục 3 năm nên đủ điều kiện hưởng.",
        "Theo Điều 38 Luật Bảo hiểm xã hội, lao động nữ sinh con được trợ cấp một lần cho mỗi con bằng 02 lần mức lương cơ sở tại tháng sinh con. Mức hưởng chế độ thai sản một tháng bằng 100% mức bình quân tiền lương tháng đóng bảo hiểm xã hội của 06 tháng trước khi nghỉ việc hưởng chế độ thai sản (Điều 39).",
        "Thời gian nghỉ việc hưởng chế độ thai sản được tính là thời gian đóng bảo hiểm xã hội; trong thời gian này chị và người sử dụng lao động không phải đóng bảo hiểm xã hội.",
    ]
    paras = [f"{asker} {question}", *answers]
    author = "Hải Minh"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Hỏi đáp pháp luật - Cổng thông tin Công đoàn tỉnh</title>
<meta name="generator" content="Kentico 12">
<link href="/CMSPages/GetResource.ashx?stylesheetname=CongDoan2020" type="text/css" rel="stylesheet">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"QAPage","mainEntity":{{"@type":"Question","name":"{esc(title)}","dateCreated":"2021-03-12","answerCount":1}}}}</script>
</head>
<body class="LTR Chrome VIVN ContentBody">
<form method="post" action="/Hoi-dap-phap-luat/sinh-doi-nghi-thai-san" id="form">
<div class="aspNetHidden"><input type="hidden" name="__CMSCsrfToken" value="{hexid(32)}"></div>
<div id="header-cd"><a href="/" class="logo-cd">CÔNG ĐOÀN TỈNH HẢI DƯƠNG</a>
<ul class="CMSListMenuUL"><li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/Tin-tuc">Tin tức</a></li><li class="CMSListMenuHighlightedLI"><a class="CMSListMenuLinkHighlighted" href="/Hoi-dap-phap-luat">Hỏi đáp pháp luật</a></li><li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/Van-ban">Văn bản</a></li></ul></div>
<div class="zone-content">
<div class="CMSBreadCrumbsLink"><a href="/">Trang chủ</a> &gt; <a href="/Hoi-dap-phap-luat">Hỏi đáp pháp luật</a> &gt; <span class="CMSBreadCrumbsCurrentItem">Lao động - BHXH</span></div>
<div class="qa-detail">
 <h1 class="qa-detail__title">{esc(title)}</h1>
 <div class="qa-detail__meta">Ngày đăng: 16/03/2021 · Lĩnh vực: Lao động - Bảo hiểm xã hội · Ngày gửi câu hỏi: 12/03/2021</div>
 <div class="qa-detail__question">
  <p><strong>{esc(asker)}</strong> {esc(question)}</p>
 </div>
 <div class="qa-detail__answer">
{chr(10).join(f'  <p>{esc(a)}</p>' for a in answers)}
 </div>
 <div class="qa-detail__signer"><p style="text-align:right"><b>{esc(author)}</b></p></div>
 <div class="qa-detail__disclaimer"><em>Thông tin mang tính tham khảo, bạn đọc cần tư vấn cụ thể vui lòng liên hệ Trung tâm Tư vấn pháp luật Công đoàn tỉnh.</em></div>
 <div class="qa-detail__ask"><a href="/Hoi-dap-phap-luat/Gui-cau-hoi" class="btn">Gửi câu hỏi</a></div>
 <div class="qa-detail__others"><h3>Câu hỏi khác</h3><ul>
  <li><a href="/Hoi-dap-phap-luat/nghi-viec-huong-tro-cap">Nghỉ việc có được hưởng trợ cấp thôi việc không?</a></li>
  <li><a href="/Hoi-dap-phap-luat/lam-them-gio">Làm thêm giờ tối đa bao nhiêu giờ mỗi tháng?</a></li></ul></div>
</div>
</div>
<div id="footer-cd"><p>Liên đoàn Lao động tỉnh Hải Dương. Điện thoại: 0220 3xxx xxx</p><p>Thiết kế bởi Trung tâm CNTT</p></div>
</form>
<script type="text/javascript">//<![CDATA[
var CMS = CMS || {{}}; CMS.Application = {{"language":"vi-VN","isRTL":"false","imagesUrl":"/CMSPages/GetResource.ashx?image=%5bImages.zip%5d%2f"}};
//]]></script>
</body>
</html>
"""
    write("hoidap_phapluat_01", page, gold_article(title, "2021-03-16", author, paras))


# ---------------------------------------------------------------------------
# 9. Article with embedded PDF viewer + summary of attached document (Plone-free custom)
# ---------------------------------------------------------------------------
def page_pdf(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    paras = [para(L, g) for g in ([0], [1], [3], [4], [5], [6], [7])]
    caption = L[2]
    author = "Theo VnExpress"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Sở Giao thông vận tải - Tin ngành</title>
<meta name="author" content="quantri_sgtvt">
<meta property="og:title" content="{esc(title)}">
<link rel="stylesheet" href="/static/pdfjs/web/viewer.css">
<link rel="stylesheet" href="/static/portal/css/portal.css?v=5">
</head>
<body>
<div class="top-bar">Sở Giao thông vận tải · Đường dây nóng: 1900 xxxx · <a href="/en">English</a></div>
<header class="portal-header"><h2 class="portal-name">SỞ GIAO THÔNG VẬN TẢI</h2>
<ul class="portal-menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-nganh" class="on">Tin ngành</a></li><li><a href="/van-ban">Văn bản chỉ đạo</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li></ul></header>
<section class="portal-body">
<div class="bc"><a href="/">Trang chủ</a> / <a href="/tin-nganh">Tin ngành</a></div>
<div class="tin-chi-tiet">
 <h1 class="tin-chi-tiet__tieu-de">{esc(title)}</h1>
 <p class="tin-chi-tiet__ngay">Đăng ngày 22/05/2018 lúc 15:10 &middot; Người đăng: quantri_sgtvt</p>
 <div class="tin-chi-tiet__tom-tat"><p>{esc(paras[0])}</p></div>
 <div class="tin-chi-tiet__noi-dung">
  <p>{esc(paras[1])}</p>
  <div class="hinh"><img src="/uploads/2018/05/tau-cao-toc.jpg" alt=""><div class="chu-thich-anh">{esc(caption)}</div></div>
{chr(10).join(f'  <p>{esc(p)}</p>' for p in paras[2:])}
  <p class="nguon-tin" style="text-align:right"><strong>{esc(author)}</strong></p>
 </div>
 <div class="tai-lieu-dinh-kem">
  <h4>Văn bản đính kèm</h4>
  <table class="tbl-file"><tr><th>Tên tệp</th><th>Dung lượng</th><th>Tải về</th></tr>
  <tr><td>Thông báo ý kiến chỉ đạo của Phó Thủ tướng về dự án đường sắt tốc độ cao Bắc - Nam.pdf</td><td>1,2 MB</td><td><a href="/uploads/files/tb-dstdc.pdf">Tải về</a></td></tr></table>
  <div class="pdf-viewer-wrap">
   <div class="pdf-viewer-summary"><b>Trích yếu:</b> Ý kiến chỉ đạo về việc lập Báo cáo nghiên cứu tiền khả thi dự án đường sắt tốc độ cao trên trục Bắc - Nam.</div>
   <iframe class="pdfjs" src="/static/pdfjs/web/viewer.html?file=%2Fuploads%2Ffiles%2Ftb-dstdc.pdf#page=1&amp;zoom=page-width" width="100%" height="720" title="Xem tệp PDF"></iframe>
   <div id="toolbarContainer"><button id="previous">Trang trước</button> <span id="pageNumber">1</span> / <span id="numPages">4</span> <button id="next">Trang sau</button> <button id="download">Tải xuống</button></div>
  </div>
 </div>
 <div class="chia-se"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div>
 <div class="tin-lien-quan"><h4>Tin liên quan</h4><ul><li><a href="/tin-nganh/cao-toc-bac-nam-phia-dong">Khởi động dự án cao tốc Bắc - Nam phía Đông</a> <i>(18/05/2018)</i></li><li><a href="/tin-nganh/duong-sat-do-thi">Tiến độ đường sắt đô thị Cát Linh - Hà Đông</a> <i>(10/05/2018)</i></li></ul></div>
</div>
</section>
<footer class="portal-footer"><p>Cơ quan chủ quản: UBND tỉnh. Địa chỉ: Số 2 đường Trần Phú. Ngày cập nhật: 23/05/2018</p></footer>
<script src="/static/pdfjs/build/pdf.min.js"></script>
<script>pdfjsLib.GlobalWorkerOptions.workerSrc='/static/pdfjs/build/pdf.worker.min.js';</script>
</body>
</html>
"""
    write("pdf_embed_01", page, gold_article(title, "2018-05-22", author, paras))


# ---------------------------------------------------------------------------
# 10. Infographic article with little text (Webflow-like)
# ---------------------------------------------------------------------------
def page_infographic(rec: dict) -> None:
    L = lines_of(rec)
    title = rec["title"]
    paras = [para(L, g) for g in ([0], [1], [2], [16, 17])]
    author = "Minh Khang"
    page = f"""<!DOCTYPE html>
<html data-wf-page="{hexid(24)}" data-wf-site="{hexid(24)}" lang="vi">
<head>
<meta charset="utf-8">
<title>Infographic | Đô thị Hà Nội 24h</title>
<meta content="Webflow" name="generator">
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="2017-12-29T20:15:00+07:00">
<link href="https://assets.website-files.com/{hexid(24)}/css/dothi24h.webflow.{hexid(8)}.css" rel="stylesheet" type="text/css">
<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js"></script>
<script>WebFont.load({{google:{{families:["Be Vietnam:400,700"]}}}});</script>
</head>
<body class="body-infographic">
<div data-collapse="medium" role="banner" class="navbar w-nav"><a href="/" class="brand w-nav-brand">Đô thị Hà Nội 24h</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/giao-thong" class="nav-link w-nav-link w--current">Giao thông</a><a href="/quy-hoach" class="nav-link w-nav-link">Quy hoạch</a><a href="/multimedia" class="nav-link w-nav-link">Multimedia</a></nav></div>
<div class="section-ig">
<div class="ig-kicker">Infographic</div>
<h1 class="ig-heading">{esc(title)}</h1>
<div class="ig-meta"><div class="ig-author">{esc(author)}</div><div class="ig-date">29.12.2017</div></div>
<div class="ig-sapo w-richtext"><p>{esc(paras[0])}</p></div>
<div class="ig-richtext w-richtext">
<p>{esc(paras[1])}</p>
<p>{esc(paras[2])}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets.website-files.com/{hexid(24)}/ig-cat-linh-ha-dong.png" alt="Infographic tiến độ đường sắt Cát Linh - Hà Đông" loading="lazy"></div><figcaption>Đồ họa: Đô thị Hà Nội 24h</figcaption></figure>
<p>{esc(paras[3])}</p>
</div>
<div class="ig-share"><a href="#" class="share-btn w-inline-block">Facebook</a><a href="#" class="share-btn w-inline-block">Twitter</a></div>
</div>
<div class="section-more"><h3>Multimedia khác</h3>
<div class="w-dyn-list"><div role="list" class="w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/multimedia/metro-nhon-ga-ha-noi">Infographic: Tuyến metro Nhổn - ga Hà Nội</a></div><div role="listitem" class="w-dyn-item"><a href="/multimedia/bai-do-xe-ngam">Infographic: 4 bãi đỗ xe ngầm sắp xây ở nội đô</a></div></div></div></div>
<div class="footer"><p>© 2017 Đô thị Hà Nội 24h · Made in Webflow</p></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets.website-files.com/{hexid(24)}/js/webflow.{hexid(8)}.js" type="text/javascript"></script>
</body>
</html>
"""
    write("infographic_01", page, gold_article(title, "2017-12-29", author, paras))


# ---------------------------------------------------------------------------
# Non-articles
# ---------------------------------------------------------------------------
def shell(title: str, head_extra: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}
</head>
<body>
{body}
</body>
</html>
"""


def nonarticle_hoidap_list() -> None:
    qs = [
        ("Thủ tục đăng ký thường trú khi đã có nhà ở hợp pháp?", "Công dân nộp hồ sơ tại Công an cấp xã nơi có chỗ ở hợp pháp; thời hạn giải quyết 07 ngày làm việc.", "12/04/2022"),
        ("Cấp lại giấy khai sinh bị mất thì làm ở đâu?", "Người yêu cầu nộp tờ khai tại UBND cấp xã nơi đã đăng ký khai sinh trước đây.", "08/04/2022"),
        ("Hộ kinh doanh có phải xuất hóa đơn điện tử không?", "Hộ kinh doanh nộp thuế theo phương pháp kê khai phải sử dụng hóa đơn điện tử.", "05/04/2022"),
        ("Người khuyết tật nặng được trợ cấp hằng tháng bao nhiêu?", "Mức trợ cấp được tính bằng mức chuẩn trợ giúp xã hội nhân với hệ số tương ứng.", "01/04/2022"),
        ("Xây nhà ở nông thôn có cần giấy phép xây dựng?", "Nhà ở riêng lẻ ở nông thôn không thuộc khu vực có quy hoạch được miễn giấy phép.", "28/03/2022"),
        ("Đổi giấy phép lái xe quá hạn bao lâu thì phải thi lại?", "Quá hạn từ 3 tháng đến dưới 1 năm phải sát hạch lại lý thuyết.", "25/03/2022"),
    ]
    items = "\n".join(
        f'<li class="sc-faq-item"><a class="sc-faq-item__q" href="/hoi-dap/cau-hoi-{1200 + i}">{esc(q)}</a><p class="sc-faq-item__a">{esc(a)} <a href="/hoi-dap/cau-hoi-{1200 + i}">Xem tiếp »</a></p><span class="sc-faq-item__date">{d}</span></li>'
        for i, (q, a, d) in enumerate(qs)
    )
    body = f"""<div class="sc-header"><a href="/" class="sc-header__logo">UBND huyện Tân Yên</a><ul class="sc-nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="is-current"><a href="/hoi-dap">Hỏi đáp</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li></ul></div>
{COOKIE.format(id=hexid(6))}
<main class="sc-main" id="main-content">
<div class="sc-breadcrumb"><a href="/">Trang chủ</a> » Hỏi đáp</div>
<h1 class="sc-page-title">Hỏi đáp</h1>
<div class="sc-filter"><select name="linhvuc"><option>Tất cả lĩnh vực</option><option>Hộ tịch</option><option>Đất đai</option><option>Thuế</option></select><input type="search" placeholder="Nhập từ khóa"><button>Tìm</button></div>
<ul class="sc-faq-list">
{items}
</ul>
<div class="sc-pager"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Sau »</a></div>
<a class="sc-btn" href="/hoi-dap/gui-cau-hoi">Gửi câu hỏi mới</a>
</main>
<footer class="sc-footer">UBND huyện Tân Yên · Điện thoại: 0204 3xxx xxx · © 2022</footer>
<script>var scItem={{"id":"{{{hexid(8)}-{hexid(4)}}}","template":"FaqListing","language":"vi-VN"}};</script>"""
    page = shell("Hỏi đáp - UBND huyện Tân Yên", '<meta name="generator" content="Sitecore XP 9.3"><link rel="stylesheet" href="/-/media/themes/tanyen/styles/pre-optimized-min.css">', body)
    write("nonarticle_hoidap_list_01", page, NON_ARTICLE)


def nonarticle_tuyendung() -> None:
    jobs = [
        ("Thông báo tuyển dụng viên chức Trung tâm Y tế huyện năm 2023", "Hạn nộp hồ sơ: 30/06/2023", "15/06/2023"),
        ("Thông báo tuyển dụng giáo viên mầm non hợp đồng", "Số lượng: 12 chỉ tiêu", "09/06/2023"),
        ("Thông báo danh sách thí sinh đủ điều kiện dự tuyển vòng 2", "Kỳ tuyển dụng công chức cấp xã", "02/06/2023"),
        ("Thông báo tuyển dụng nhân viên kế toán Ban Quản lý dự án", "Trình độ: Đại học chuyên ngành kế toán", "26/05/2023"),
        ("Kết quả xét tuyển viên chức sự nghiệp giáo dục năm 2023", "Danh sách kèm theo", "18/05/2023"),
    ]
    cards = "\n".join(
        f'<div class="o_job_card card"><div class="card-body"><h5 class="card-title"><a href="/jobs/detail/{300 + i}">{esc(t)}</a></h5><p class="o_job_infos"><span class="fa fa-info-circle"></span> {esc(s)}</p><small class="text-muted">Ngày đăng: {d}</small></div></div>'
        for i, (t, s, d) in enumerate(jobs)
    )
    body = f"""<div id="wrapwrap" class="o_jobs">
<header id="top" class="o_header_standard"><nav class="navbar navbar-expand-lg"><a class="navbar-brand logo" href="/"><span>UBND thị xã Việt Yên</span></a><ul class="nav navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link active" href="/jobs">Tuyển dụng</a></li><li class="nav-item"><a class="nav-link" href="/contactus">Liên hệ</a></li></ul></nav></header>
<main>
<div class="oe_structure"><section class="s_title pt40"><div class="container"><h1>Thông báo tuyển dụng</h1><p class="lead">Thông tin tuyển dụng công chức, viên chức và lao động hợp đồng của các cơ quan, đơn vị trên địa bàn.</p></div></section></div>
<div class="container"><div class="row"><div class="col-lg-3"><ul class="nav flex-column o_website_hr_recruitment_filter"><li><a class="nav-link active" href="/jobs">Tất cả</a></li><li><a class="nav-link" href="/jobs/department/y-te">Y tế</a></li><li><a class="nav-link" href="/jobs/department/giao-duc">Giáo dục</a></li><li><a class="nav-link" href="/jobs/department/hanh-chinh">Hành chính</a></li></ul></div>
<div class="col-lg-9">
{cards}
<ul class="pagination"><li class="page-item active"><a class="page-link" href="/jobs">1</a></li><li class="page-item"><a class="page-link" href="/jobs/page/2">2</a></li></ul>
</div></div></div>
</main>
<footer id="bottom" class="o_footer"><div class="container"><p>Copyright © UBND thị xã Việt Yên</p><p>Powered by <a href="https://www.odoo.com">Odoo</a></p></div></footer>
</div>
<script type="text/javascript">var odoo={{csrf_token:"{hexid(40)}",debug:""}};</script>"""
    page = shell("Tuyển dụng | UBND thị xã Việt Yên", '<link type="text/css" rel="stylesheet" href="/web/assets/1234-abcd/web.assets_frontend.min.css">', body)
    write("nonarticle_tuyendung_list_01", page, NON_ARTICLE)


def nonarticle_danhba() -> None:
    staff = [
        ("Trần Văn Hải", "Chánh Văn phòng", "0204.3854.101", "haitv@bacgiang.gov.vn"),
        ("Nguyễn Thị Thu Hương", "Phó Chánh Văn phòng", "0204.3854.102", "huongntt@bacgiang.gov.vn"),
        ("Lê Minh Đức", "Trưởng phòng Hành chính - Tổ chức", "0204.3854.115", "duclm@bacgiang.gov.vn"),
        ("Phạm Thị Lan", "Chuyên viên Văn thư", "0204.3854.120", "lanpt@bacgiang.gov.vn"),
        ("Hoàng Quốc Việt", "Trưởng phòng Tổng hợp", "0204.3854.131", "vietHQ@bacgiang.gov.vn"),
        ("Đỗ Thanh Tâm", "Kế toán trưởng", "0204.3854.140", "tamdt@bacgiang.gov.vn"),
        ("Vũ Ngọc Anh", "Chuyên viên Công nghệ thông tin", "0204.3854.152", "anhvn@bacgiang.gov.vn"),
    ]
    rows = "\n".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{esc(p)}</td><td>{esc(t)}</td><td>{esc(e)}</td></tr>" for i, (n, p, t, e) in enumerate(staff))
    body = f"""<div class="UtQCAf" jsname="{hexid(6)}"><div class="BbxBP"><div class="Xpil1b"><a class="Zjyti" href="/view/vanphong">Văn phòng HĐND - UBND huyện</a></div>
<ul class="jYxBte" role="navigation"><li><a class="aJHbb" href="/view/vanphong/trang-chu">Trang chủ</a></li><li><a class="aJHbb" href="/view/vanphong/gioi-thieu">Giới thiệu</a></li><li><a class="aJHbb dk90Ob" href="/view/vanphong/danh-ba" aria-current="page">Danh bạ</a></li><li><a class="aJHbb" href="/view/vanphong/lien-he">Liên hệ</a></li></ul></div>
<section class="yaqOZd"><div class="tyJCtd mGzaTb baZpAe"><h1 class="zfr3Q duRjpb">Danh bạ điện thoại cán bộ, công chức</h1>
<p class="zfr3Q">Cập nhật ngày 02/03/2023. Đề nghị liên hệ trong giờ hành chính.</p></div>
<div class="tyJCtd baZpAe"><table class="zfr3Q danhba" border="1"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr></thead><tbody>
{rows}
</tbody></table></div></section>
<div class="dZA9kd ynRLnc" role="contentinfo"><div class="LqzjUe znidJe">Báo cáo lạm dụng · Google Sites</div></div></div>
<script nonce="{hexid(16)}">_docs_flag_initialData={{"docs-ails":"docs_cold","docs-fwds":"docs_sdf"}};</script>"""
    page = shell("Văn phòng HĐND - UBND huyện - Danh bạ", '<meta property="og:site_name" content="Văn phòng HĐND - UBND huyện"><link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500" rel="stylesheet">', body)
    write("nonarticle_danhba_01", page, NON_ARTICLE)


def nonarticle_cocau() -> None:
    body = f"""<div class="page" id="p-{hexid(4)}"><header class="t3-header"><a href="/" class="t3-logo">Sở Tài nguyên và Môi trường</a>
<nav class="t3-mainnav"><ul><li><a href="/">Trang chủ</a></li><li class="act"><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/van-ban/">Văn bản</a></li></ul></nav></header>
<div class="t3-breadcrumb"><a href="/">Trang chủ</a> › <a href="/gioi-thieu/">Giới thiệu</a> › Cơ cấu tổ chức</div>
<div id="c231" class="frame frame-default frame-type-header"><header><h1 class="">Cơ cấu tổ chức</h1></header></div>
<div id="c232" class="frame frame-default frame-type-textmedia"><div class="ce-bodytext">
<h3>Lãnh đạo Sở</h3>
<ul><li>Giám đốc: Ông Nguyễn Văn Thành</li><li>Phó Giám đốc: Ông Trần Đình Phúc</li><li>Phó Giám đốc: Bà Lê Thị Mai</li></ul>
<h3>Các phòng chuyên môn</h3>
<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Quản lý đất đai</li><li>Phòng Tài nguyên nước - Khoáng sản</li><li>Phòng Môi trường</li></ul>
<h3>Đơn vị sự nghiệp trực thuộc</h3>
<ul><li>Văn phòng Đăng ký đất đai</li><li>Trung tâm Quan trắc tài nguyên và môi trường</li><li>Trung tâm Phát triển quỹ đất</li></ul>
</div></div>
<div id="c233" class="frame frame-default frame-type-image"><div class="ce-image ce-center"><figure class="image"><img src="/fileadmin/user_upload/so-do-to-chuc.png" width="900" alt="Sơ đồ tổ chức"><figcaption class="image-caption">Sơ đồ cơ cấu tổ chức Sở Tài nguyên và Môi trường</figcaption></figure></div></div>
<aside class="t3-sidebar"><h4>Giới thiệu</h4><ul><li><a href="/gioi-thieu/chuc-nang-nhiem-vu/">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/co-cau-to-chuc/" class="act">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/lanh-dao/">Lãnh đạo qua các thời kỳ</a></li></ul></aside>
<footer class="t3-footer"><p>Sở Tài nguyên và Môi trường · Số 15 đường Lý Thường Kiệt · ĐT: 0225 3xxx xxx</p></footer></div>"""
    page = shell("Cơ cấu tổ chức: Sở Tài nguyên và Môi trường", '<meta name="generator" content="TYPO3 CMS"><link rel="stylesheet" href="/typo3temp/assets/compressed/merged-' + hexid(32) + '.css" media="all">', body)
    write("nonarticle_cocau_01", page, NON_ARTICLE)


def nonarticle_faq() -> None:
    faqs = [
        ("Làm thế nào để đăng ký tài khoản trên Cổng dịch vụ công?", "Bạn có thể đăng ký bằng số định danh cá nhân hoặc tài khoản VNeID. Chọn mục Đăng ký, nhập thông tin và xác thực bằng mã OTP gửi về điện thoại."),
        ("Tôi quên mật khẩu thì phải làm sao?", "Chọn Quên mật khẩu tại trang đăng nhập, nhập số điện thoại đã đăng ký để nhận mã khôi phục."),
        ("Hồ sơ nộp trực tuyến có giá trị pháp lý như hồ sơ giấy không?", "Có. Hồ sơ điện tử hợp lệ có giá trị pháp lý như hồ sơ giấy theo quy định."),
        ("Tra cứu tình trạng hồ sơ ở đâu?", "Nhập mã hồ sơ tại mục Tra cứu hồ sơ trên trang chủ hoặc quét mã QR trên giấy tiếp nhận."),
        ("Thanh toán lệ phí trực tuyến bằng những hình thức nào?", "Cổng hỗ trợ thanh toán qua ngân hàng, ví điện tử và thẻ nội địa."),
    ]
    items = "\n".join(
        f'<div class="accordion-item" id="faq-{i}"><h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-toggle="#faq-b{i}">{esc(q)}</button></h2><div id="faq-b{i}" class="accordion-collapse collapse"><div class="accordion-body">{esc(a)}</div></div></div>'
        for i, (q, a) in enumerate(faqs)
    )
    ld = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in faqs]}
    body = f"""<header class="craft-header"><a href="/" class="craft-header__logo">Cổng dịch vụ công tỉnh</a><nav><a href="/thu-tuc">Thủ tục hành chính</a> <a href="/nop-ho-so">Nộp hồ sơ</a> <a href="/tra-cuu">Tra cứu</a> <a href="/cau-hoi-thuong-gap" class="active">Câu hỏi thường gặp</a></nav></header>
{COOKIE.format(id=hexid(6))}
<main class="craft-entry craft-entry--faq">
<h1>Câu hỏi thường gặp</h1>
<p class="intro">Tổng hợp các câu hỏi thường gặp khi sử dụng Cổng dịch vụ công trực tuyến.</p>
<div class="accordion" id="faqAccordion">
{items}
</div>
<p class="contact-hint">Không tìm thấy câu trả lời? Gọi tổng đài <a href="tel:18001096">1800 1096</a> hoặc <a href="/lien-he">gửi yêu cầu hỗ trợ</a>.</p>
</main>
<footer class="craft-footer"><p>Văn phòng UBND tỉnh vận hành · © 2023</p></footer>"""
    page = shell("Câu hỏi thường gặp | Cổng dịch vụ công tỉnh", f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n<link rel="stylesheet" href="/dist/css/app.{hexid(8)}.css">', body)
    write("nonarticle_faq_01", page, NON_ARTICLE)


def nonarticle_hotline() -> None:
    lines = [
        ("Trực ban UBND tỉnh", "0216.3852.xxx", "24/24 giờ"),
        ("Công an tỉnh - phản ánh an ninh trật tự", "069.2xxx.xxx", "24/24 giờ"),
        ("Sở Y tế - phản ánh chất lượng khám chữa bệnh", "1900.9095", "Giờ hành chính"),
        ("Sở Giao thông vận tải - phản ánh hạ tầng giao thông", "0216.3862.xxx", "Giờ hành chính"),
        ("Điện lực tỉnh - sự cố điện", "1900.6769", "24/24 giờ"),
        ("Phòng cháy chữa cháy", "114", "24/24 giờ"),
    ]
    cells = "\n".join(
        f'<div class="wixui-repeater__item" data-testid="rptr-item"><p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;">{esc(n)}</span></p><p class="font_8 wixui-rich-text__text"><a href="tel:{p.replace(".", "")}">{esc(p)}</a> · {esc(h)}</p></div>'
        for n, p, h in lines
    )
    body = f"""<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER" class="wixui-header"><div id="comp-{hexid(8)}" class="wixui-rich-text"><p class="font_2">CỔNG THÔNG TIN TỈNH YÊN BÁI</p></div>
<nav id="comp-{hexid(8)}" class="wixui-dropdown-menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/duong-day-nong" aria-current="page">Đường dây nóng</a></nav></div>
<main id="PAGES_CONTAINER"><section class="wixui-section"><div id="comp-{hexid(8)}" class="wixui-rich-text"><h1 class="font_0">Đường dây nóng</h1><p class="font_8">Danh sách số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị của người dân và doanh nghiệp.</p></div>
<div class="wixui-repeater" role="list">
{cells}
</div></section></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p>© 2023 Cổng thông tin tỉnh · Tạo bằng Wix.com</p></footer></div></div>
<script type="application/json" id="wix-viewer-model">{{"siteFeatures":["businessLogger","tpaCommons"],"requestUrl":"/duong-day-nong"}}</script>"""
    page = shell("Đường dây nóng | Cổng thông tin tỉnh", '<meta name="generator" content="Wix.com Website Builder">', body)
    write("nonarticle_hotline_01", page, NON_ARTICLE)


def nonarticle_album() -> None:
    photos = ["Lễ khai mạc Tuần văn hóa - du lịch", "Du khách tham quan ruộng bậc thang", "Trình diễn trang phục dân tộc Mông", "Chợ phiên vùng cao", "Biểu diễn múa khèn", "Gian hàng nông sản đặc sản", "Hội thi ẩm thực", "Đêm hội lửa trại"]
    tiles = "\n".join(
        f'<div class="sqs-gallery-design-grid-slide"><a href="/album/tuan-van-hoa-2022?itemId={hexid(12)}" class="image-slide-anchor"><img data-src="https://images.squarespace-cdn.com/content/v1/{hexid(24)}/anh-{i + 1}.jpg" alt="{esc(t)}"></a><div class="image-slide-title">{esc(t)}</div></div>'
        for i, t in enumerate(photos)
    )
    body = f"""<div class="Site" data-nc-base="header"><header class="Header"><a href="/" class="Header-branding">Trung tâm Văn hóa huyện Mù Cang Chải</a><nav class="Header-nav"><a href="/tin-tuc">Tin tức</a> <a href="/album" class="Header-nav-item--active">Thư viện ảnh</a> <a href="/video">Video</a></nav></header>
<main class="Main"><section class="Main-content" data-content-field="main-content">
<h1 class="page-title">Album: Tuần văn hóa - du lịch năm 2022</h1>
<p class="album-meta">8 ảnh · Lượt xem: 1.204</p>
<div class="sqs-gallery-container sqs-gallery-block-grid"><div class="sqs-gallery">
{tiles}
</div></div>
<div class="album-others"><h2>Album khác</h2><a href="/album/mua-lua-chin">Mùa lúa chín</a> · <a href="/album/le-hoi-xuan">Lễ hội mùa xuân</a> · <a href="/album/ngay-hoi-dai-doan-ket">Ngày hội đại đoàn kết</a></div>
</section></main>
<footer class="Footer"><p>Trung tâm Văn hóa huyện · Powered by Squarespace</p></footer></div>
<script>Static.SQUARESPACE_CONTEXT = {{"website":{{"id":"{hexid(24)}","siteTitle":"Trung tâm Văn hóa"}},"collection":{{"typeName":"gallery"}}}};</script>"""
    page = shell("Thư viện ảnh — Trung tâm Văn hóa huyện", '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/sitecss/' + hexid(24) + '/site.css">', body)
    write("nonarticle_album_01", page, NON_ARTICLE)


def nonarticle_lichtiep() -> None:
    rows = [
        ("Thứ Hai", "05/06/2023", "Sáng", "Đồng chí Nguyễn Văn Bình - Chủ tịch UBND huyện", "Trụ sở Tiếp công dân huyện"),
        ("Thứ Tư", "07/06/2023", "Chiều", "Đồng chí Lê Thị Hoa - Phó Chủ tịch UBND huyện", "Trụ sở Tiếp công dân huyện"),
        ("Thứ Năm", "15/06/2023", "Cả ngày", "Đồng chí Nguyễn Văn Bình - Chủ tịch UBND huyện", "Trụ sở Tiếp công dân huyện"),
        ("Thứ Ba", "20/06/2023", "Sáng", "Đồng chí Trần Minh Quân - Phó Chủ tịch UBND huyện", "UBND xã Hòa Bình"),
    ]
    trs = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    body = f"""<div class="ccm-page ccm-page-id-{RNG.randrange(100, 999)} page-type-page page-template-full">
<header class="c5-header"><div class="container"><a href="/" class="c5-logo">UBND HUYỆN HÒA VANG</a><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="nav-selected"><a href="/tiep-cong-dan">Tiếp công dân</a></li></ul></div></header>
<main><div class="container"><div class="ccm-custom-style-container">
<h1 class="page-title">Lịch tiếp công dân tháng 6/2023</h1>
<p>Thực hiện Luật Tiếp công dân, Ủy ban nhân dân huyện thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND huyện như sau:</p>
<table class="table table-striped ccm-table"><thead><tr><th>Thứ</th><th>Ngày</th><th>Buổi</th><th>Lãnh đạo tiếp</th><th>Địa điểm</th></tr></thead><tbody>
{trs}
</tbody></table>
<p><em>Lưu ý: Lịch có thể thay đổi, công dân theo dõi thông báo trên Cổng thông tin điện tử huyện.</em></p>
<div class="ccm-block-file"><a href="/download_file/view/512/345">Tải lịch tiếp công dân (PDF)</a></div>
</div></div></main>
<footer class="c5-footer"><div class="container">UBND huyện · Built with <a href="https://www.concretecms.com">Concrete CMS</a></div></footer>
</div>
<script type="text/javascript">var CCM_DISPATCHER_FILENAME="/index.php";var CCM_CID={RNG.randrange(100, 999)};var CCM_EDIT_MODE=false;</script>"""
    page = shell("Lịch tiếp công dân :: UBND huyện", '<meta name="generator" content="Concrete CMS"><link href="/application/files/cache/css/elemental/main.css" rel="stylesheet">', body)
    write("nonarticle_lichtiep_01", page, NON_ARTICLE)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    recs = load_records()
    page_sitefinity(recs[ARTICLE_IDS["sitefinity"]])
    page_laravel(recs[ARTICLE_IDS["laravel"]])
    page_svelte(recs[ARTICLE_IDS["svelte"]])
    page_rails(recs[ARTICLE_IDS["rails"]])
    page_umbraco(recs[ARTICLE_IDS["umbraco"]])
    page_provincial(recs[ARTICLE_IDS["provincial"]])
    page_breadcrumb(recs[ARTICLE_IDS["breadcrumb"]])
    page_hoidap_article()
    page_pdf(recs[ARTICLE_IDS["pdf"]])
    page_infographic(recs[ARTICLE_IDS["infographic"]])
    nonarticle_hoidap_list()
    nonarticle_tuyendung()
    nonarticle_danhba()
    nonarticle_cocau()
    nonarticle_faq()
    nonarticle_hotline()
    nonarticle_album()
    nonarticle_lichtiep()


if __name__ == "__main__":
    main()
