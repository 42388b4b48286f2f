#!/usr/bin/env python3
"""Generate the blind held-out extraction gold set ``tests/fixtures/extraction/holdout4/``.

Written without looking at the extractor or at the other generator: the pages use
layouts that the existing gold set does not have (SharePoint portal, Bootstrap 5 with
an offcanvas menu, Next.js with CSS-module class names and ``__NEXT_DATA__``, Ghost,
a custom Hugo theme, a government e-magazine, a district committee page in nested
tables with ``<font>`` tags encoded as windows-1258 with combining tone marks, a
department page with a table of documents, a photo story, a short article next to a
long sticky "Tin mới" column, inline "Xem thêm:" links, WordPress + Elementor) and
five non-articles (a paginated category listing with sapos, search results, a tag
page, a 404 page with suggestions, an HTML site map).

Article texts are real (``../shared/data/vi_news.jsonl``: title, first line as the
sapo, the other lines as paragraphs); crossheads, tables of figures/documents, names,
dates and the page chrome are synthetic. Each ``NAME.html`` gets ``NAME.json`` with the
expected ``{"is_article", "title", "date", "author", "body"}``; the body is the sapo,
the paragraphs, the crossheads and the rows of tables in the article (cells joined by
" | "), one per paragraph, separated by a blank line. Captions, pull quotes, bylines,
"Xem thêm" links, related boxes and all chrome are not body, except in the photo story
where the captions are the story.

Deterministic: same data file -> byte-identical output.

    .venv/bin/python scripts/make_extraction_holdout4.py
"""

# ruff: noqa: E501  (page templates are long HTML lines)
from __future__ import annotations

import datetime as dt
import html
import json
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "vi_news.jsonl"
OUT = REPO / "tests" / "fixtures" / "extraction" / "holdout4"
SEED = 4_2024_0917

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TODAY = dt.datetime(2024, 9, 17, 6, 45)  # the crawl day: headers print this date

CROSSHEADS = [
    "Nhiều chuyển biến tích cực", "Những con số đáng chú ý", "Vẫn còn không ít khó khăn",
    "Giải pháp trong thời gian tới", "Chung tay vì cộng đồng", "Kỳ vọng từ người dân",
    "Nỗ lực vượt khó", "Bài học kinh nghiệm", "Cần sự vào cuộc quyết liệt",
    "Từ thực tế ở cơ sở", "Hướng đi mới", "Không để ai bị bỏ lại phía sau",
]
MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao",
        "Pháp luật", "Giáo dục", "Y tế", "Nông nghiệp - Nông thôn", "Quốc phòng - An ninh",
        "Du lịch", "Khoa học - Công nghệ", "Multimedia", "Emagazine"]

END = tuple('.!?"”…')
BAD = ("Ảnh:", "ảnh:", "Xem thêm", "Tin liên quan", "Video", "Clip", "Theo ", "Nguồn", "TTXVN",
       "PV", "Bài viết", "Lược dịch")
SENSITIVE = ("hiếp", "dâm", "xâm hại", "ấu dâm")
# stories chosen by hand for pages whose chrome is topical (a justice department's
# table of documents, a photo story, a district site in Đồng Tháp, a table of
# new-countryside figures)
FIXED = {"doctable": "vietnews-train-077677", "photo": "vietnews-val-014919",
         "elementor": "vietnews-test-013405", "hugo": "vietnews-val-018075"}


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def att(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return " ".join(s.split())


@dataclass
class Art:
    id: str
    title: str
    lead: str
    paras: list[str]


@dataclass
class Teaser:
    title: str
    sapo: str
    slug: str


@dataclass
class Page:
    name: str
    html: str
    expected: dict
    encoding: str = "utf-8"
    bom: bool = False
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- data


def load_rows() -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def lines_of(r: dict) -> list[str]:
    return [norm(x) for x in r["text"].split("\n") if norm(x)]


def good(r: dict) -> bool:
    t = r["title"]
    if not t or not (25 <= len(norm(t)) <= 130) or t != t.strip() or "\n" in t:
        return False
    ls = lines_of(r)
    if not 5 <= len(ls) <= 20:
        return False
    for ln in ls:
        if len(ln) < 40 or not ln.endswith(END) or not (ln[0].isupper() or ln[0] in '"“('):
            return False
        if any(b in ln for b in BAD):
            return False
    if any(unicodedata.category(c) == "Cf" for c in t + r["text"]):  # LRM, ZWSP, soft hyphen
        return False
    low = (t + " " + r["text"]).lower()
    return not any(b in t for b in BAD) and not any(b in low for b in SENSITIVE)


def civic(r: dict) -> bool:
    """Local-government-like story, for the portal layouts and the generic crossheads."""
    return "huyện" in r["text"] and "người dân" in r["text"]


def to_art(r: dict, rng: random.Random, merge: bool = True) -> Art:
    ls = lines_of(r)
    lead, rest = ls[0], ls[1:]
    paras: list[str] = []
    if merge and sum(map(len, rest)) / len(rest) < 170:
        i = 0
        while i < len(rest):
            k = rng.choice([1, 2, 2, 3])
            paras.append(" ".join(rest[i:i + k]))
            i += k
    else:
        paras = rest
    return Art(r["id"], norm(r["title"]), lead, paras)


def slugify(s: str) -> str:
    d = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    d = "".join(c for c in d if unicodedata.category(c) != "Mn")
    out = []
    for c in d:
        out.append(c if c.isalnum() and c.isascii() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)[:80]


def teasers_from(rows: list[dict], rng: random.Random, n: int) -> list[Teaser]:
    out = []
    for r in rng.sample(rows, n):
        ls = lines_of(r)
        sapo = ls[0]
        if len(sapo) > 260:
            cut = sapo.find(". ", 120)
            sapo = sapo[:cut + 1] if 0 < cut < 260 else sapo[:240].rsplit(" ", 1)[0] + "…"
        out.append(Teaser(norm(r["title"]), sapo, slugify(r["title"])))
    return out


def rand_date(rng: random.Random, lo=(2019, 1, 1), hi=(2024, 6, 30)) -> dt.datetime:
    a, b = dt.date(*lo), dt.date(*hi)
    day = a + dt.timedelta(days=rng.randrange((b - a).days))
    return dt.datetime(day.year, day.month, day.day, rng.randrange(8, 21), rng.randrange(60))


def dmy(d: dt.datetime, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def hm(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def wd(d: dt.datetime) -> str:
    return WEEKDAYS[d.weekday()]


def iso_local(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


def iso_utc(d: dt.datetime) -> str:
    u = d - dt.timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:00.000Z")


def expected(art: Art | None, body: list[str] | None, d: dt.datetime | None,
             author: str | None) -> dict:
    if art is None:
        return {"is_article": False, "title": None, "date": None, "author": None, "body": ""}
    return {"is_article": True, "title": art.title,
            "date": d.strftime("%Y-%m-%d") if d else None, "author": author,
            "body": "\n\n".join(body or [])}


def with_crossheads(art: Art, rng: random.Random, n: int) -> list[tuple[str, str]]:
    """[('p', text) | ('h', crosshead)] with n crossheads spread over the body."""
    items: list[tuple[str, str]] = [("p", p) for p in art.paras]
    heads = rng.sample(CROSSHEADS, n)
    L = len(art.paras)

    def closed(k: int) -> bool:  # no quotation left open before paragraph k
        before = " ".join(art.paras[:k])
        return before.count('"') % 2 == 0 and before.count("“") == before.count("”")

    ok = [k for k in range(1, L) if closed(k)]
    pos = set()
    for i in range(n):
        target = L * (i + 1) / (n + 1)
        pos.add(min((k for k in ok if k not in pos), key=lambda k: (abs(k - target), k)))
    pos = sorted(pos, reverse=True)
    for p, h in zip(pos, heads, strict=True):
        items.insert(p, ("h", h))
    return items


def body_of(lead: str | None, items: list[tuple]) -> list[str]:
    out = [lead] if lead else []
    for kind, val in items:
        if kind in ("p", "h"):
            out.append(val)
        elif kind == "table":
            out.extend(" | ".join(row) for row in val)
    return out


# --------------------------------------------------------------------------- noise

GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-{gid}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-{gid}');
</script>"""

ADSENSE = """<div class="{cls}"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-58120{n}4471" data-ad-slot="{n}90331" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>"""

FB_SDK = """<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v18.0&amp;appId=2843{n}11" nonce="Qm{n}x"></script>"""


def gid(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))


def hexid(rng: random.Random, n=8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64ish(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                   for _ in range(n))


# --------------------------------------------------------------------------- pages


def page_sharepoint(art: Art, rng: random.Random, others: list[Teaser]) -> Page:
    """Provincial district portal on SharePoint 2013: the page is one ASP.NET form, the
    story a web part with an ms-rtestate-field; bold crossheads, a centred italic
    caption paragraph, the byline right-aligned at the end."""
    d = rand_date(rng)
    author = "Hồng Nhung (Trung tâm Văn hóa, Thể thao và Truyền thanh huyện)"
    items = with_crossheads(art, rng, 1)
    cap_at = min(2, len(items) - 1)
    menu = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item" href="/Pages/{slugify(m)}.aspx"><span class="menu-item-text">{esc(m)}</span></a></li>' for m in MENU[:10])
    parts = [f'<p><strong>{esc(art.lead)}</strong></p>']
    for i, (k, v) in enumerate(items):
        if i == cap_at:
            parts.append('<p style="text-align:center"><img src="/SiteAssets/Tin%20tuc/2022/anh-hoi-nghi.jpg" alt="" style="width:600px" /></p>')
            parts.append('<p style="text-align:center"><em>Quang cảnh tại địa phương</em></p>')
        parts.append(f'<p><strong>{esc(v)}</strong></p>' if k == "h" else f'<p style="text-align:justify">{esc(v)}</p>')
    parts.append(f'<p style="text-align:right"><strong>{esc(author)}</strong></p>')
    rte = "\n".join(parts)
    same = "".join(f'<li><a href="/Pages/chi-tiet-tin.aspx?ItemID={1000 + 17 * i}">{esc(t.title)}</a> <span class="date-sp">({dmy(d - dt.timedelta(days=i + 1))})</span></li>' for i, t in enumerate(others[:8]))
    viewstate = b64ish(rng, 900)
    today = TODAY
    html_ = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Tin tức - Sự kiện
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U4DbBgIGb8SwBhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TamNong/css/portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZWQOdgq3Da2dKDpEBmGIMA%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=bo3-QTPXo9Ao2wXzm3cJWmbqz6&amp;t=ffffffffe6692178"></script>
<script type="text/javascript">
var _spPageContextInfo={{webServerRelativeUrl:"\\u002ftintuc",webAbsoluteUrl:"https:\\u002f\\u002ftamnong.dongthap.gov.vn\\u002ftintuc",siteId:"{{{hexid(rng)}-2f1c-4b7e-9b0e-{hexid(rng, 12)}}}",serverRequestPath:"\\u002ftintuc\\u002fPages\\u002fchi-tiet-tin.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"Tin tức",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",userId:0,alertsEnabled:false,pageListId:"{{{hexid(rng)}-a1b2-4c3d-8e9f-{hexid(rng, 12)}}}",pageItemId:412}};
</script>
<style type="text/css">.ms-news-title{{font-size:20px;font-weight:bold;color:#0a4d8c}}.news-date{{color:#888;font-size:12px}}</style>
</head>
<body>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="./chi-tiet-tin.aspx?ItemID=1234" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{hexid(rng, 40).upper()},{dmy(today, ' ')} 06:45:12 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwU{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var _fV4UI=true;var _spBodyOnLoadFunctionNames = [];
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" style="display:none"><div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"><div class="ms-cui-tts"><span class="ms-cui-tt-span">Duyệt</span><span class="ms-cui-tt-span">Trang</span></div></div></div></div></div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-portal">
 <div class="banner-sp"><img src="/Style%20Library/TamNong/images/banner.png" alt="Cổng thông tin điện tử huyện Tam Nông" /></div>
 <div class="top-info"><span class="ngay-hien-tai">{wd(today)}, ngày {dmy(today)}</span> <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div>
 <div class="top-menu ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">{menu}</ul></div>
</div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="70%">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div WebPartID="{hexid(rng)}-61b4-4a58-9c8f-{hexid(rng, 12)}" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowDelete="false" style="">
<div class="duongdan-sp"><a href="/">Trang chủ</a> &gt; <a href="/tintuc">Tin tức - Sự kiện</a> &gt; <span>Kinh tế - Xã hội</span></div>
<div class="news-detail-sp">
<span class="ms-news-title">{esc(art.title)}</span>
<div class="news-date">Ngày đăng: {dmy(d)} | {hm(d)} &nbsp;&nbsp; Lượt xem: {rng.randrange(300, 4000):,}</div>
<div class="ms-rtestate-field"><div class="ExternalClass{hexid(rng, 32).upper()}">
{rte}
</div></div>
<div class="tool-bar-sp"><a href="javascript:window.print();"><img src="/Style%20Library/TamNong/images/print.gif" alt="" />In bài</a> <a href="mailto:?subject=Tin%20t%E1%BB%A9c"><img src="/Style%20Library/TamNong/images/mail.gif" alt="" />Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https://tamnong.dongthap.gov.vn/tintuc/Pages/chi-tiet-tin.aspx?ItemID=1234">Chia sẻ</a></div>
</div>
</div><div class="ms-clear"></div></div>
</div>
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title"><span class="js-webpart-titleCell"><h2 class="ms-webpart-titleText">Tin cùng chuyên mục</h2></span></div>
<div id="WebPartWPQ3" class="ms-WPBody noindex"><ul class="dstin-cungcm">{same}</ul></div>
</div></div>
</div>
</td>
<td valign="top" width="30%">
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Liên kết website</h2></div>
<div class="ms-WPBody"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://dongthap.gov.vn">Cổng TTĐT tỉnh Đồng Tháp</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option></select></div></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Thống kê truy cập</h2></div>
<div class="ms-WPBody"><p>Đang truy cập: {rng.randrange(10, 90)}</p><p>Tổng lượt truy cập: {rng.randrange(1_000_000, 3_000_000):,}</p></div></div>
</div>
</td></tr></table>
</div>
</div></div>
<div class="footer-sp">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Tam Nông, tỉnh Đồng Tháp</p>
<p>Giấy phép số 45/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 12/05/2020</p>
<p>Địa chỉ: Khóm 2, thị trấn Tràm Chim, huyện Tam Nông. Điện thoại: 0277 3827 123</p>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002ftintuc', 1440000); return true; }}
//]]>
</script>
</form>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("sharepoint_01", html_, expected(art, body, d, author), bom=True)


def page_bs5(art: Art, rng: random.Random, related: list[Teaser], popular: list[Teaser]) -> Page:
    """Bootstrap 5 local news site: offcanvas menu, byline with avatar above the sapo,
    date only in an empty <time datetime> filled by JS, lazy figure, cards with sapos."""
    d = rand_date(rng)
    author = "Minh Anh - Hoàng Nam"
    items = with_crossheads(art, rng, 1)
    body_html = []
    for i, (k, v) in enumerate(items):
        if k == "h":
            body_html.append(f'<h2 class="h5 fw-bold mt-4">{esc(v)}</h2>')
        else:
            body_html.append(f"<p>{esc(v)}</p>")
        if i == 1:
            body_html.append(f'<figure class="figure w-100 my-3"><img src="data:image/svg+xml,%3Csvg xmlns=\'http://www.w3.org/2000/svg\'/%3E" data-src="https://cdn.binhphuoc24h.vn/2023/{d.month:02d}/{hexid(rng)}.jpg" class="figure-img img-fluid rounded lazy" alt="{att(art.title)}"><figcaption class="figure-caption text-center">Ảnh minh họa. (Ảnh: Tư liệu)</figcaption></figure>')
        if i == 3:
            body_html.append(ADSENSE.format(cls="my-3 text-center ad-inarticle", n=rng.randrange(100, 999)))
    offc = []
    for m in MENU:
        subs = "".join(f'<li><a class="link-body-emphasis text-decoration-none small" href="/{slugify(m)}/{slugify(s)}">{esc(s)}</a></li>' for s in ("Tin tức", "Phóng sự", "Ý kiến"))
        offc.append(f'<li class="mb-1"><button class="btn btn-toggle d-inline-flex align-items-center rounded border-0 collapsed" data-bs-toggle="collapse" data-bs-target="#m-{slugify(m)}">{esc(m)}</button><div class="collapse" id="m-{slugify(m)}"><ul class="btn-toggle-nav list-unstyled fw-normal pb-1 small">{subs}</ul></div></li>')
    cards = "".join(f"""<div class="col"><div class="card h-100 border-0 shadow-sm"><img src="https://cdn.binhphuoc24h.vn/thumbs/{hexid(rng)}.jpg" class="card-img-top" alt="" loading="lazy"><div class="card-body"><h5 class="card-title fs-6"><a href="/{t.slug}-{rng.randrange(10000, 99999)}.html" class="stretched-link text-decoration-none text-body">{esc(t.title)}</a></h5><p class="card-text small text-body-secondary">{esc(t.sapo)}</p></div></div></div>""" for t in related)
    pop = "".join(f'<a href="/{t.slug}.html" class="list-group-item list-group-item-action d-flex gap-2"><span class="badge text-bg-danger rounded-pill">{i + 1}</span><span>{esc(t.title)}</span></a>' for i, t in enumerate(popular))
    html_ = f"""<!doctype html>
<html lang="vi" data-bs-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art.title)} | Bình Phước 24h</title>
<meta name="description" content="{att(art.lead)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Bình Phước 24h">
<meta property="og:title" content="{att(art.title)}">
<meta property="og:image" content="https://cdn.binhphuoc24h.vn/2023/{d.month:02d}/{hexid(rng)}-og.jpg">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-T3c6CoIi6uLrA9TneNEoa7RxnatzjcDSCmG1MXxSR1GAsXEV/Dwwykc2MPK8M2HN" crossorigin="anonymous">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.1/font/bootstrap-icons.css">
<style>
.post-body p{{font-size:1.08rem;line-height:1.7}}
.btn-toggle::before{{width:1.25em;line-height:0;content:"";transition:transform .35s ease;transform-origin:.5em 50%}}
.lazy{{min-height:200px;background:#eee}}
</style>
{GA.format(gid=gid(rng))}
</head>
<body class="d-flex flex-column min-vh-100">
<div class="bg-dark text-white-50 small py-1">
  <div class="container d-flex justify-content-between"><span><i class="bi bi-calendar3"></i> {wd(TODAY)}, {dmy(TODAY)}</span><span>Đường dây nóng: 0271 3 879 123</span></div>
</div>
<nav class="navbar navbar-expand-lg bg-body-tertiary border-bottom sticky-top">
  <div class="container">
    <button class="btn btn-outline-secondary me-2" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasMenu" aria-controls="offcanvasMenu"><i class="bi bi-list"></i></button>
    <a class="navbar-brand fw-bold text-danger" href="/">BÌNH PHƯỚC 24H</a>
    <ul class="navbar-nav me-auto d-none d-lg-flex">{''.join(f'<li class="nav-item"><a class="nav-link" href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[1:8])}</ul>
    <form class="d-flex" role="search" action="/tim-kiem"><input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm"></form>
  </div>
</nav>
<div class="offcanvas offcanvas-start" tabindex="-1" id="offcanvasMenu" aria-labelledby="offcanvasMenuLabel">
  <div class="offcanvas-header"><h5 class="offcanvas-title" id="offcanvasMenuLabel">Chuyên mục</h5><button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Đóng"></button></div>
  <div class="offcanvas-body"><ul class="list-unstyled ps-0">{''.join(offc)}</ul>
  <hr><p class="small text-body-secondary">Tải ứng dụng Bình Phước 24h trên App Store và Google Play để nhận tin nhanh nhất.</p></div>
</div>
<main class="container my-4 flex-grow-1">
 <div class="row g-4">
  <div class="col-lg-8">
   <nav aria-label="breadcrumb"><ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/xa-hoi">Xã hội</a></li><li class="breadcrumb-item active" aria-current="page">Đời sống</li></ol></nav>
   <h1 class="display-6 fw-bold mb-3">{esc(art.title)}</h1>
   <div class="d-flex align-items-center gap-2 mb-3 text-body-secondary small">
     <img src="/assets/img/avatar-default.png" class="rounded-circle" width="32" height="32" alt="">
     <span class="fw-semibold text-body">{esc(author)}</span><span>&bull;</span>
     <time datetime="{iso_local(d)}" class="js-timeago"></time>
     <span class="ms-auto"><i class="bi bi-eye"></i> {rng.randrange(500, 9000)}</span>
   </div>
   <p class="lead fw-semibold">{esc(art.lead)}</p>
   <div class="post-body">
{chr(10).join(body_html)}
   </div>
   <div class="d-flex flex-wrap gap-2 my-4"><span class="text-body-secondary small me-1">Từ khóa:</span><a href="/tag/doi-song" class="badge rounded-pill text-bg-light text-decoration-none">#đời sống</a><a href="/tag/dia-phuong" class="badge rounded-pill text-bg-light text-decoration-none">#địa phương</a><a href="/tag/binh-phuoc" class="badge rounded-pill text-bg-light text-decoration-none">#Bình Phước</a></div>
   <div class="d-flex gap-2 border-top border-bottom py-2">
     <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u=" target="_blank"><i class="bi bi-facebook"></i> Chia sẻ</a>
     <a class="btn btn-sm btn-info text-white" href="https://zalo.me/share?url=" target="_blank">Zalo</a>
     <button class="btn btn-sm btn-outline-secondary" data-bs-toggle="modal" data-bs-target="#copyModal"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button>
     <button class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> In</button>
   </div>
   <section class="mt-5">
     <h3 class="h5 border-start border-4 border-danger ps-2 mb-3">Có thể bạn quan tâm</h3>
     <div class="row row-cols-1 row-cols-md-3 g-3">{cards}</div>
   </section>
  </div>
  <div class="col-lg-4">
   <div class="position-sticky" style="top:5rem">
     {ADSENSE.format(cls="mb-4 text-center", n=rng.randrange(100, 999))}
     <h3 class="h6 text-uppercase fw-bold">Đọc nhiều</h3>
     <div class="list-group list-group-flush">{pop}</div>
   </div>
  </div>
 </div>
</main>
<div class="modal fade" id="copyModal" tabindex="-1"><div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Sao chép liên kết</h5><button type="button" class="btn-close" data-bs-dismiss="modal"></button></div><div class="modal-body"><input class="form-control" readonly value="https://binhphuoc24h.vn/bai-viet.html"></div><div class="modal-footer"><button class="btn btn-primary" data-bs-dismiss="modal">Đã sao chép</button></div></div></div></div>
<div class="position-fixed bottom-0 start-0 end-0 bg-body-secondary p-3 small d-flex align-items-center gap-3" id="cookieConsent">
  <span>Chúng tôi sử dụng cookie để cá nhân hóa nội dung và phân tích lưu lượng truy cập. Tiếp tục sử dụng trang web nghĩa là bạn đồng ý với chính sách cookie của chúng tôi.</span>
  <button class="btn btn-sm btn-dark ms-auto" onclick="this.parentNode.remove()">Tôi đồng ý</button>
</div>
<footer class="bg-dark text-light py-4 mt-auto">
  <div class="container small">
    <p class="mb-1 fw-bold">BÌNH PHƯỚC 24H - Trang tin tức tổng hợp</p>
    <p class="mb-1">Giấy phép thiết lập trang thông tin điện tử tổng hợp số 12/GP-STTTT ngày 03/03/2021.</p>
    <p class="mb-0">Chịu trách nhiệm nội dung: Trần Văn Lực. Email: toasoan@binhphuoc24h.vn</p>
  </div>
</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-C6RzsynM9kWDrMNeT87bh95OGNyZPhcTNXj1NW7RuBCsyN/o0jlpcV8Qyq46cDfL" crossorigin="anonymous"></script>
<script src="/assets/js/timeago.min.js"></script>
<script>
document.querySelectorAll('time.js-timeago').forEach(function(t){{ t.textContent = timeago.format(t.getAttribute('datetime'), 'vi'); }});
document.querySelectorAll('img.lazy').forEach(function(i){{ new IntersectionObserver(function(e,o){{ if(e[0].isIntersecting){{ i.src=i.dataset.src; o.disconnect(); }} }}).observe(i); }});
</script>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("bs5_01", html_, expected(art, body, d, author))


def page_nextjs(art: Art, rng: random.Random, related: list[Teaser], latest: list[Teaser]) -> Page:
    """Next.js site: CSS-module class names, article inside <main>, sapo in an <h2>, an
    inline related box, "Theo Báo Bắc Giang" closing the body, JSON-LD with the dates,
    the whole article again in __NEXT_DATA__."""
    d = rand_date(rng)
    upd = d + dt.timedelta(days=1, hours=2, minutes=13)
    author = "Theo Báo Bắc Giang"
    items = [("p", p) for p in art.paras]
    rel_at = max(2, len(items) // 2)
    bh = []
    for i, (_, v) in enumerate(items):
        if i == rel_at:
            lis = "".join(f'<li class="styles_relatedItem__q7PzX"><a href="/{t.slug}-post{rng.randrange(100000, 999999)}.html">{esc(t.title)}</a></li>' for t in related[:3])
            bh.append(f'<div class="styles_related__Tz8Uo"><p class="styles_relatedLabel__x1VbN">Tin liên quan</p><ul>{lis}</ul></div>')
        bh.append(f'<p class="styles_para__2mHkW">{esc(v)}</p>')
    bh.append(f'<p class="styles_para__2mHkW" style="text-align:right"><strong>{esc(author)}</strong></p>')
    content_html = "".join(f"<p>{esc(v)}</p>" for _, v in items) + f'<p style="text-align:right"><strong>{esc(author)}</strong></p>'
    nd = {"props": {"pageProps": {"article": {
        "id": rng.randrange(100000, 999999), "slug": slugify(art.title), "title": art.title,
        "sapo": art.lead, "content": content_html, "category": {"name": "Xã hội", "slug": "xa-hoi"},
        "publishedAt": iso_utc(d), "updatedAt": iso_utc(upd), "author": None, "source": "Báo Bắc Giang",
        "thumbnail": f"https://static.songlam.vn/images/{hexid(rng, 16)}.jpg"},
        "latest": [{"title": t.title, "slug": t.slug} for t in latest]}, "__N_SSP": True},
        "page": "/[category]/[slug]", "query": {"category": "xa-hoi", "slug": slugify(art.title)},
        "buildId": b64ish(rng, 21).replace("+", "x").replace("/", "y"), "isFallback": False, "gssp": True,
        "scriptLoader": []}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "description": art.lead, "datePublished": iso_local(d), "dateModified": iso_local(upd),
          "mainEntityOfPage": {"@type": "WebPage", "@id": f"https://songlam.vn/xa-hoi/{slugify(art.title)}"},
          "publisher": {"@type": "Organization", "name": "Sông Lam Online",
                        "logo": {"@type": "ImageObject", "url": "https://songlam.vn/logo.png"}}}
    nd_json = json.dumps(nd, ensure_ascii=False).replace("</", "<\\/")
    lat = "".join(f'<li class="LatestNews_item__Hc2Lm"><a class="LatestNews_link__0aUeF" href="/tin-moi/{t.slug}"><span class="LatestNews_time__Y4cNs">{rng.randrange(5, 59)} phút trước</span><h3 class="LatestNews_title__vbq3S">{esc(t.title)}</h3></a></li>' for t in latest)
    nav = "".join(f'<li class="Header_navItem__lM3fD"><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:11])
    html_ = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(art.title)} - Sông Lam Online</title><meta name="description" content="{att(art.lead)}"/><meta property="og:title" content="{att(art.title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="https://songlam.vn/xa-hoi/{slugify(art.title)}"/><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/{hexid(rng, 16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{hexid(rng, 16)}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/chunks/framework-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/chunks/main-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bcategory%5D/%5Bslug%5D-{hexid(rng, 16)}.js" defer=""></script><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body><div id="__next"><div class="Layout_wrapper__k2PqL"><header class="Header_header__Xa91c"><div class="Header_top__p1Ww2"><a class="Header_logo__8sLqQ" href="/"><img alt="Sông Lam Online" src="/logo.svg" width="180" height="40"/></a><button class="Header_searchBtn__Zr2u1" aria-label="Tìm kiếm"><svg viewBox="0 0 24 24" width="20" height="20"><path d="M10 2a8 8 0 105.3 14l5.4 5.3 1.4-1.4-5.3-5.4A8 8 0 0010 2z"></path></svg></button></div><nav class="Header_nav__Ud0b3"><ul class="Header_navList__s0YpC">{nav}</ul></nav></header><div class="Ticker_ticker__9fQ2m"><span class="Ticker_label__bT3Hx">Tin nóng</span>{''.join(f'<a class="Ticker_item__Kk1a0" href="/{t.slug}">{esc(t.title)}</a>' for t in latest[:3])}</div><main class="Layout_main__Qe0tR"><div class="ArticlePage_grid__1bN7e"><article class="ArticlePage_article__uH3kD"><div class="ArticleHeader_cat__Lm2pz"><a href="/xa-hoi">Xã hội</a></div><h1 class="ArticleHeader_title__a8Kd2">{esc(art.title)}</h1><div class="ArticleHeader_meta__P0sVq"><span class="ArticleHeader_date__c9Fq1">{dmy(d)} {hm(d)} GMT+7</span><span class="ArticleHeader_updated__c3Rt1">Cập nhật: {dmy(upd)} {hm(upd)}</span></div><div class="ShareBar_bar__Qw2Er"><button class="ShareBar_btn__jH0aX" aria-label="Chia sẻ Facebook">Facebook</button><button class="ShareBar_btn__jH0aX" aria-label="Chia sẻ Zalo">Zalo</button><button class="ShareBar_btn__jH0aX" aria-label="Sao chép liên kết">Sao chép link</button></div><h2 class="ArticleHeader_sapo__d1Wm0">{esc(art.lead)}</h2><div class="ArticleCover_cover__R1xyN"><span style="box-sizing:border-box;display:block;overflow:hidden;position:relative"><img alt="{att(art.title)}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" decoding="async" data-nimg="responsive" style="position:absolute;inset:0"/><noscript><img alt="" src="/_next/image?url=%2Fimages%2Fcover.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive" loading="lazy"/></noscript></span><p class="ArticleCover_caption__mP8uS">Ảnh minh họa</p></div><div class="styles_body__3xQ1z">{''.join(bh)}</div><div class="Tags_tags__mN2kq"><span class="Tags_label__gY1eD">Từ khóa:</span><a class="Tags_tag__u0Ywq" href="/tag/xa-hoi">xã hội</a><a class="Tags_tag__u0Ywq" href="/tag/bac-giang">Bắc Giang</a></div></article><aside class="ArticlePage_aside__pX3sD"><div class="LatestNews_box__y2cV0"><h2 class="LatestNews_heading__vC0cW">Tin mới nhất</h2><ul class="LatestNews_list__oK1Dn">{lat}</ul></div></aside></div><section class="Comments_wrap__Y6vbG"><h3 class="Comments_title__sF7nT">Bình luận (0)</h3><textarea class="Comments_input__pQ2Lr" placeholder="Nhập bình luận của bạn..."></textarea><button class="Comments_send__tC1mB">Gửi bình luận</button><p class="Comments_empty__uP3k9">Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p></section></main><footer class="Footer_footer__r8Lq1"><p>Sông Lam Online - Trang thông tin điện tử tổng hợp</p><p>Giấy phép số 88/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 21/06/2021.</p><p>© {TODAY.year} Sông Lam Online. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd_json}</script></body></html>"""
    body = body_of(art.lead, items)
    return Page("nextjs_01", html_, expected(art, body, d, author))


def page_ghost(art: Art, rng: random.Random, more: list[Teaser]) -> Page:
    """Ghost (Casper theme): excerpt as the sapo, author-name "PV" in the byline, kg
    image cards with captions, quotes as <blockquote>, read-more cards, comments app."""
    d = rand_date(rng)
    upd = d + dt.timedelta(days=2, hours=3)
    author = "PV"
    items = with_crossheads(art, rng, 1)
    bh = []
    for i, (k, v) in enumerate(items):
        if k == "h":
            bh.append(f'<h2 id="{slugify(v)}">{esc(v)}</h2>')
        elif v.startswith(("“", '"')):
            bh.append(f"<blockquote>{esc(v)}</blockquote>")
        else:
            bh.append(f"<p>{esc(v)}</p>")
        if i == 2:
            bh.append(f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/size/w1200/{d.year}/{d.month:02d}/{hexid(rng)}.jpg" class="kg-image" alt="" loading="lazy" width="1200" height="800" srcset="/content/images/size/w600/{d.year}/{d.month:02d}/a.jpg 600w, /content/images/size/w1000/{d.year}/{d.month:02d}/a.jpg 1000w"><figcaption><span style="white-space: pre-wrap;">Ảnh minh họa</span></figcaption></figure>')
    cards = "".join(f"""<article class="post-card post"><a class="post-card-image-link" href="/{t.slug}/"><img class="post-card-image" src="/content/images/size/w600/{hexid(rng)}.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/{t.slug}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Thời sự</span></div><h2 class="post-card-title">{esc(t.title)}</h2></header><div class="post-card-excerpt">{esc(t.sapo)}</div></a><footer class="post-card-meta"><span class="post-card-meta-length">{rng.randrange(2, 8)} phút đọc</span></footer></div></article>""" for t in more)
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": "Góc nhìn Tây Nguyên", "url": "https://gocnhintaynguyen.vn/"},
          "author": {"@type": "Person", "name": "PV", "url": "https://gocnhintaynguyen.vn/author/pv/"},
          "headline": art.title, "url": f"https://gocnhintaynguyen.vn/{slugify(art.title)}/",
          "datePublished": iso_utc(d), "dateModified": iso_utc(upd), "description": art.lead,
          "mainEntityOfPage": f"https://gocnhintaynguyen.vn/{slugify(art.title)}/"}
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(art.title)}</title>
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2f8c1d9a3b">
    <meta name="description" content="{att(art.lead)}">
    <link rel="icon" href="https://gocnhintaynguyen.vn/content/images/size/w256h256/2022/05/favicon.png" type="image/png">
    <link rel="canonical" href="https://gocnhintaynguyen.vn/{slugify(art.title)}/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Góc nhìn Tây Nguyên">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{att(art.title)}">
    <meta property="og:description" content="{att(art.lead)}">
    <meta property="article:published_time" content="{iso_utc(d)}">
    <meta property="article:modified_time" content="{iso_utc(upd)}">
    <meta property="article:tag" content="Thời sự">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="PV">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="Thời sự">
    <script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=4)}
    </script>
    <meta name="generator" content="Ghost 5.75">
    <link rel="alternate" type="application/rss+xml" title="Góc nhìn Tây Nguyên" href="https://gocnhintaynguyen.vn/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://gocnhintaynguyen.vn/" data-key="{hexid(rng, 26)}" data-api="https://gocnhintaynguyen.vn/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;text-align:center;width:100%;color:#fff;font-size:16px}}</style>
    <style>:root {{--ghost-accent-color: #15803d;}}</style>
</head>
<body class="post-template tag-thoi-su is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer is-header-hidden">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="https://gocnhintaynguyen.vn">Góc nhìn Tây Nguyên</a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
    <li class="nav-trang-chu"><a href="https://gocnhintaynguyen.vn/">Trang chủ</a></li>
    <li class="nav-thoi-su nav-current-parent"><a href="https://gocnhintaynguyen.vn/tag/thoi-su/">Thời sự</a></li>
    <li class="nav-phong-su"><a href="https://gocnhintaynguyen.vn/tag/phong-su/">Phóng sự</a></li>
    <li class="nav-van-hoa"><a href="https://gocnhintaynguyen.vn/tag/van-hoa/">Văn hóa</a></li>
    <li class="nav-gioi-thieu"><a href="https://gocnhintaynguyen.vn/gioi-thieu/">Giới thiệu</a></li>
</ul>
            </nav>
            <div class="gh-head-actions">
                    <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Đăng nhập</a>
                    <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Đăng ký</a>
            </div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-thoi-su featured ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag"><a href="/tag/thoi-su/">Thời sự</a></span>
                <span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"><path d="M4.49365 4.58752C3.53115 6.03752 2.74365 7.70002 2.74365 9.25002"></path></svg> Nổi bật</span>
        </div>
        <h1 class="article-title">{esc(art.title)}</h1>
            <p class="article-excerpt">{esc(art.lead)}</p>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list">
                <li class="author-list-item">
                    <a href="/author/pv/" class="author-avatar author-profile-image"><svg viewBox="0 0 24 24"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></g></svg></a>
                </li>
            </ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/pv/">{esc(author)}</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{d.strftime('%Y-%m-%d')}">{dmy(d)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {rng.randrange(3, 9)} phút đọc</span>
                </div>
            </div>
        </section>
        </div>
            <figure class="article-image">
                <img srcset="/content/images/size/w300/{d.year}/{d.month:02d}/cover.jpg 300w, /content/images/size/w1200/{d.year}/{d.month:02d}/cover.jpg 1200w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/{d.year}/{d.month:02d}/cover.jpg" alt="{att(art.title)}">
                    <figcaption><span style="white-space: pre-wrap;">Ảnh: Tư liệu</span></figcaption>
            </figure>
    </header>
    <section class="gh-content gh-canvas">
        {"".join(bh)}
    </section>
        <section class="article-comments gh-canvas">
            <div id="ghost-comments-root"></div>
            <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.16/umd/comments-ui.min.js" data-ghost-comments="https://gocnhintaynguyen.vn/" data-api="https://gocnhintaynguyen.vn/ghost/api/content/" data-admin="https://gocnhintaynguyen.vn/ghost/" data-key="{hexid(rng, 26)}" data-title="Bình luận" data-count="true" data-post-id="{hexid(rng, 24)}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#15803d" data-comments-enabled="all" data-publication="Góc nhìn Tây Nguyên" crossorigin="anonymous"></script>
        </section>
</article>
</main>
<section class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">Đăng ký để nhận bài viết mới nhất qua email</h2>
        <a class="footer-cta-button" href="#/portal" data-portal>
            <div class="footer-cta-input">Nhập email của bạn</div>
            <span>Đăng ký</span>
        </a>
    </div>
</section>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
        {cards}
    </div>
</aside>
    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="https://gocnhintaynguyen.vn">Góc nhìn Tây Nguyên</a> &copy; {TODAY.year}</section>
            <nav class="site-footer-nav"><ul class="nav"><li class="nav-dieu-khoan"><a href="/dieu-khoan/">Điều khoản</a></li><li class="nav-lien-he"><a href="/lien-he/">Liên hệ</a></li></ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>
    <div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div>
        <div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button><div class="pswp__preloader"><div class="pswp__preloader__icn"><div class="pswp__preloader__cut"><div class="pswp__preloader__donut"></div></div></div></div></div>
            <div class="pswp__caption"><div class="pswp__caption__center"></div></div>
        </div>
    </div>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=2f8c1d9a3b"></script>
<script>
    window.addEventListener('scroll', function () {{ var h = document.getElementById('gh-head'); if (h) h.classList.toggle('is-head-stuck', window.scrollY > 100); }});
</script>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("ghost_01", html_, expected(art, body, d, author))


def page_hugo(art: Art, rng: random.Random, prev: Teaser, nxt: Teaser) -> Page:
    """Custom Hugo theme: description as the sapo, meta line "ngày 5 tháng 3 năm 2024 ·
    N phút đọc · Author", a table of contents, crossheads with anchor links, a data table,
    prev/next post navigation. No structured data."""
    d = rand_date(rng, lo=(2019, 8, 18), hi=(2019, 8, 21))  # the conference was on 17-8
    author = "Lê Quân"
    items = with_crossheads(art, rng, 2)
    y = d.year
    table = [["Chỉ tiêu", f"Năm {y - 1}", f"Năm {y}", "Tăng/giảm"]]
    for label in ("Số xã đạt chuẩn nông thôn mới", "Số xã đạt chuẩn nâng cao", "Đường giao thông nông thôn được cứng hóa (km)", "Số mô hình sản xuất liên kết"):
        a = rng.randrange(40, 900)
        b = a + rng.randrange(5, 200)
        pct = (b - a) * 100 / a
        table.append([label, f"{a:,}".replace(",", "."), f"{b:,}".replace(",", "."), f"{pct:+.1f}%".replace(".", ",")])
    # the table goes after the first crosshead's first paragraph
    hpos = [i for i, (k, _) in enumerate(items) if k == "h"]
    items.insert(hpos[0] + 2, ("table", table))
    bh = []
    toc = []
    for k, v in items:
        if k == "h":
            hid = slugify(v)
            toc.append(f'<li><a href="#{hid}" aria-label="{att(v)}">{esc(v)}</a></li>')
            bh.append(f'<h3 id="{hid}">{esc(v)}<a hidden class="anchor" aria-hidden="true" href="#{hid}">#</a></h3>')
        elif k == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in v[0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in v[1:])
            bh.append(f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{rows}\n</tbody>\n</table>")
        else:
            bh.append(f"<p>{esc(v)}</p>")
    mins = max(2, sum(len(v) for k, v in items if k == "p") // 900)
    html_ = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(art.title)} | Sổ tay phóng viên</title>
<meta name="keywords" content="địa phương, đời sống">
<meta name="description" content="{att(art.lead)}">
<meta name="generator" content="Hugo 0.121.1">
<link rel="canonical" href="https://sotayphongvien.net/posts/{slugify(art.title)}/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.{hexid(rng, 64)}.css" integrity="sha256-{b64ish(rng, 43)}=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://sotayphongvien.net/favicon.ico">
<noscript><style>#theme-toggle, .top-link {{ display: none; }}</style></noscript>
<script>
  if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}
</script>
</head>
<body class="list" id="top">
<a class="skip-link" href="#main">Chuyển đến nội dung</a>
<header class="header">
  <nav class="nav">
    <div class="logo"><a href="https://sotayphongvien.net/" accesskey="h" title="Sổ tay phóng viên (Alt + H)">Sổ tay phóng viên</a>
      <div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div>
    </div>
    <ul id="menu">
      <li><a href="https://sotayphongvien.net/posts/" title="Bài viết"><span>Bài viết</span></a></li>
      <li><a href="https://sotayphongvien.net/categories/" title="Chuyên mục"><span>Chuyên mục</span></a></li>
      <li><a href="https://sotayphongvien.net/tags/" title="Thẻ"><span>Thẻ</span></a></li>
      <li><a href="https://sotayphongvien.net/search/" title="Tìm kiếm (Alt + /)" accesskey="/"><span>Tìm kiếm</span></a></li>
      <li><a href="https://sotayphongvien.net/about/" title="Giới thiệu"><span>Giới thiệu</span></a></li>
    </ul>
  </nav>
</header>
<main class="main" id="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="https://sotayphongvien.net/">Trang chủ</a>&nbsp;»&nbsp;<a href="https://sotayphongvien.net/posts/">Bài viết</a></div>
    <h1 class="post-title entry-hint-parent">{esc(art.title)}</h1>
    <div class="post-description">{esc(art.lead)}</div>
    <div class="post-meta"><span class="post-date">ngày {d.day} tháng {d.month} năm {d.year}</span>&nbsp;·&nbsp;<span class="post-read">{mins} phút đọc</span>&nbsp;·&nbsp;<span class="post-author">{esc(author)}</span>&nbsp;|&nbsp;<a href="https://github.com/sotayphongvien/site/blob/main/content/posts/{slugify(art.title)}.md" rel="noopener noreferrer" target="_blank">Đề xuất sửa</a></div>
  </header>
  <div class="toc">
    <details open>
      <summary accesskey="c" title="(Alt + C)"><span class="details">Mục lục</span></summary>
      <div class="inner"><ul>{''.join(toc)}</ul></div>
    </details>
  </div>
  <div class="post-content">{chr(10).join(bh)}</div>
  <footer class="post-footer">
    <ul class="post-tags">
      <li><a href="https://sotayphongvien.net/tags/dia-phuong/">Địa phương</a></li>
      <li><a href="https://sotayphongvien.net/tags/doi-song/">Đời sống</a></li>
    </ul>
    <nav class="paginav">
      <a class="prev" href="https://sotayphongvien.net/posts/{prev.slug}/"><span class="title">« Trang trước</span><br><span>{esc(prev.title)}</span></a>
      <a class="next" href="https://sotayphongvien.net/posts/{nxt.slug}/"><span class="title">Trang sau »</span><br><span>{esc(nxt.title)}</span></a>
    </nav>
    <ul class="share-buttons">
      <li><a target="_blank" rel="noopener noreferrer" aria-label="chia sẻ lên facebook" href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fsotayphongvien.net%2fposts%2f"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554l0,386.892c0,34.524 -28.03,62.554 -62.554,62.554l-106.468,0l0,-192.915l66.6,0l12.672,-82.621l-79.272,0l0,-53.617c0,-22.603 11.073,-44.636 46.58,-44.636l36.042,0l0,-70.34c0,0 -32.71,-5.582 -63.982,-5.582c-65.288,0 -107.96,39.569 -107.96,111.204l0,62.971l-72.573,0l0,82.621l72.573,0l0,192.915l-191.104,0c-34.524,0 -62.554,-28.03 -62.554,-62.554l0,-386.892c0,-34.524 28.029,-62.554 62.554,-62.554l386.892,0Z"></path></svg></a></li>
      <li><a target="_blank" rel="noopener noreferrer" aria-label="chia sẻ lên x" href="https://x.com/intent/tweet/?text="><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path d="M512 62.554 L 512 449.446"></path></svg></a></li>
    </ul>
  </footer>
</article>
</main>
<footer class="footer">
  <span>&copy; {TODAY.year} <a href="https://sotayphongvien.net/">Sổ tay phóng viên</a></span> ·
  <span>Vận hành bởi <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a></span>
</footer>
<a href="#top" aria-label="lên đầu trang" title="Lên đầu trang (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>
  let menu = document.getElementById('menu');
  if (menu) {{ menu.scrollLeft = localStorage.getItem("menu-scroll-position"); menu.onscroll = function () {{ localStorage.setItem("menu-scroll-position", menu.scrollLeft); }} }}
  document.getElementById("theme-toggle").addEventListener("click", () => {{ document.body.classList.toggle('dark'); }});
</script>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("hugo_01", html_, expected(art, body, d, author))


def page_emagazine(art: Art, rng: random.Random, others: list[Teaser]) -> Page:
    """Government newspaper e-magazine: full-screen cover with the headline, credits
    ("Bài: …", "Ảnh: …", "Thiết kế: …"), full-width images with captions, a pull quote
    repeating a sentence of the text, two crossheads, og:title with an "[E-Magazine]"
    prefix."""
    d = rand_date(rng)
    author = "Thu Hà"
    items = with_crossheads(art, rng, 2)
    # pull quote: the first sentence of a body paragraph in the second half
    ps = [i for i, (k, _) in enumerate(items) if k == "p"]
    qat = ps[len(ps) // 2]
    for j in ps[len(ps) // 2:-1]:
        if 40 <= items[j][1].find(". ") <= 220 or 40 <= len(items[j][1]) <= 220:
            qat = j
            break
    src = items[qat][1]
    cut = src.find(". ")
    quote = src[:cut + 1] if cut > 30 else src
    blocks = []
    buf: list[str] = []

    def flush():
        if buf:
            blocks.append('<section class="emg-block"><div class="emg-text">' + "".join(f"<p>{esc(x)}</p>" for x in buf) + "</div></section>")
            buf.clear()

    for i, (k, v) in enumerate(items):
        if k == "h":
            flush()
            blocks.append(f'<section class="emg-block emg-heading"><h2 class="emg-h2"><span>{esc(v)}</span></h2></section>')
            continue
        buf.append(v)
        if i == ps[1]:
            flush()
            blocks.append(f'<section class="emg-block emg-fullimg"><img src="/uploads/emagazine/{d.year}/{d.month:02d}/{hexid(rng)}.jpg" alt="" loading="lazy"><div class="emg-fullimg__cap">Toàn cảnh một góc địa phương nhìn từ trên cao.</div></section>')
        if i == qat:
            flush()
            blocks.append(f'<section class="emg-block emg-quote-wrap"><blockquote class="emg-quote"><span class="emg-quote__mark">“</span><p>{esc(quote)}</p></blockquote></section>')
        if i == ps[-2]:
            flush()
            blocks.append(f'<section class="emg-block emg-row"><div class="emg-col-6"><img src="/uploads/emagazine/{d.year}/{d.month:02d}/{hexid(rng)}.jpg" alt=""></div><div class="emg-col-6 emg-col-cap"><p class="emg-imgcap">Những hình ảnh ghi lại tại cơ sở.</p></div></section>')
    flush()
    rel = "".join(f'<div class="emg-rel__item"><a href="/emagazine/{t.slug}.html"><img src="/uploads/emagazine/thumb/{hexid(rng)}.jpg" alt=""><h4>{esc(t.title)}</h4></a></div>' for t in others[:4])
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>[E-Magazine] {esc(art.title)} - Báo Lâm Đồng điện tử</title>
<meta property="og:title" content="[E-Magazine] {att(art.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{att(art.lead)}">
<meta property="og:image" content="https://baolamdong.vn/uploads/emagazine/{d.year}/{d.month:02d}/cover-og.jpg">
<link rel="stylesheet" href="/static/emagazine/css/emagazine.min.css?v=3.1.7">
<style>
.emg-cover{{height:100vh;background-size:cover;background-position:center;position:relative}}
.emg-cover__inner{{position:absolute;bottom:12vh;left:0;right:0;text-align:center;color:#fff}}
.emg-fullimg img{{width:100vw;max-width:none;margin-left:calc(50% - 50vw)}}
.emg-quote{{font-family:'Playfair Display',serif;font-size:2rem;color:#b45309;border:0;text-align:center;max-width:760px;margin:3rem auto}}
.emg-text p{{max-width:680px;margin:0 auto 1.2rem;font-size:1.15rem;line-height:1.8}}
</style>
</head>
<body class="emagazine-page">
<div class="emg-topbar">
  <a class="emg-logo" href="/"><img src="/static/images/logo-white.png" alt="Báo Lâm Đồng"></a>
  <a class="emg-home" href="/emagazine">Tất cả E-Magazine</a>
  <div class="emg-share"><a href="https://www.facebook.com/sharer/sharer.php?u=" class="emg-share__fb">f</a><a href="https://zalo.me/share" class="emg-share__zl">Z</a></div>
</div>
<div class="emg-wrapper">
  <section class="emg-cover" style="background-image:url(/uploads/emagazine/{d.year}/{d.month:02d}/cover.jpg)">
    <div class="emg-cover__inner">
      <span class="emg-kicker">E-MAGAZINE</span>
      <h1 class="emg-cover__title">{esc(art.title)}</h1>
      <div class="emg-scroll">Cuộn xuống để đọc</div>
    </div>
  </section>
  <section class="emg-intro">
    <div class="emg-credit"><p>Bài: <b>{esc(author)}</b></p><p>Ảnh: Văn Long</p><p>Thiết kế: Minh Tú</p></div>
    <div class="emg-pubdate">{wd(d)}, {dmy(d)} {hm(d)}</div>
    <div class="emg-sapo"><p>{esc(art.lead)}</p></div>
  </section>
  {chr(10).join(blocks)}
  <section class="emg-end"><p class="emg-end__mark">&#9632;</p></section>
</div>
<div class="emg-rel">
  <h3 class="emg-rel__hd">E-Magazine khác</h3>
  <div class="emg-rel__list">{rel}</div>
</div>
<footer class="emg-footer">
  <p>BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG</p>
  <p>Giấy phép hoạt động báo chí điện tử số 295/GP-BTTTT ngày 10/06/2021 của Bộ Thông tin và Truyền thông.</p>
  <p>Tổng Biên tập: Nguyễn Văn Bình. Địa chỉ: 38 Quang Trung, TP Đà Lạt.</p>
</footer>
{GA.format(gid=gid(rng))}
<script src="/static/emagazine/js/emagazine.min.js?v=3.1.7"></script>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("emagazine_01", html_, expected(art, body, d, author))


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258_decomposed(s: str) -> bytes:
    """windows-1258 with the tone marks always as combining characters (base letters
    with circumflex/breve/horn precomposed), as legacy Vietnamese Windows text is."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        dec = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in dec if c not in TONES))
        tones = "".join(c for c in dec if c in TONES)
        try:
            out += base.encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode("ascii")
    return bytes(out)


def page_ubnd_tables(art: Art, rng: random.Random, others: list[Teaser]) -> Page:
    """District people's committee portal of the 2000s: layout tables, <font> tags, body
    in a <td>, date "dd-mm-yyyy hh:mm", organization byline at the end, footer
    "Cập nhật lúc", header with today's date; windows-1258 with combining tone marks."""
    d = rand_date(rng, hi=(2021, 12, 31))
    author = "Văn phòng HĐND và UBND huyện"
    items = [("p", p) for p in art.paras]
    left = ["Giới thiệu chung", "Cơ cấu tổ chức", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy",
            "Thủ tục hành chính", "Lịch công tác", "Quy hoạch - Kế hoạch", "Dự án đầu tư", "Hỏi đáp trực tuyến",
            "Thông tin tuyên truyền", "Liên hệ"]
    lrows = "".join(f'<tr><td height="24" background="images/bg_menu.gif">&nbsp;<img src="images/icon_arrow.gif" width="7" height="7"> <a href="default.aspx?mnu={i}" class="menutrai">{esc(x)}</a></td></tr>' for i, x in enumerate(left))
    paras = f'<p align="justify"><font face="Arial" size="2"><b>{esc(art.lead)}</b></font></p>\n' + "\n".join(f'<p align="justify"><font face="Arial" size="2">{esc(v)}</font></p>' for _, v in items)
    paras += f'\n<p align="right"><font face="Arial" size="2"><b>{esc(author)}</b></font></p>'
    other = "".join(f'<img src="images/arrow.gif" width="9" height="9"> <a href="tintuc.aspx?id={2300 + i * 7}" class="lienket">{esc(t.title)}</a> <font size="1" color="#999999">({dmy(d - dt.timedelta(days=2 * i + 1), "-")})</font><br>\n' for i, t in enumerate(others[:8]))
    upd = d + dt.timedelta(days=3, hours=5)
    html_ = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>UBND HUYỆN KRÔNG PẮC - Tin tức sự kiện</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
td {{ font-family: Arial, Helvetica, sans-serif; font-size: 12px; }}
a.menutrai:link, a.menutrai:visited {{ color: #003366; text-decoration: none; font-weight: bold; }}
a.lienket {{ color: #0033CC; }}
-->
</style>
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); }} }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/menu_on.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="3"><img src="images/banner_krongpac.jpg" width="980" height="150" alt="UBND HUYỆN KRÔNG PẮC"></td></tr>
  <tr><td colspan="3" bgcolor="#0066CC" height="26">
    <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="40%">&nbsp;<font color="#FFFFFF" size="2"><b>Hôm nay: {wd(TODAY)}, {dmy(TODAY)}</b></font></td>
      <td align="right"><a href="default.aspx"><font color="#FFFFFF">Trang chủ</font></a> <font color="#FFFFFF">|</font> <a href="gioithieu.aspx"><font color="#FFFFFF">Giới thiệu</font></a> <font color="#FFFFFF">|</font> <a href="tintuc.aspx"><font color="#FFFFFF">Tin tức</font></a> <font color="#FFFFFF">|</font> <a href="vanban.aspx"><font color="#FFFFFF">Văn bản</font></a> <font color="#FFFFFF">|</font> <a href="lienhe.aspx"><font color="#FFFFFF">Liên hệ</font></a>&nbsp;</td>
    </tr></table>
  </td></tr>
  <tr>
    <td width="200" valign="top" bgcolor="#EAF2FB">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="images/bg_title_left.gif"><font color="#FFFFFF"><b>&nbsp;DANH MỤC</b></font></td></tr>
        {lrows}
        <tr><td>&nbsp;</td></tr>
        <tr><td height="28" background="images/bg_title_left.gif"><font color="#FFFFFF"><b>&nbsp;LIÊN KẾT WEBSITE</b></font></td></tr>
        <tr><td align="center"><select name="lk" onChange="window.open(this.value)"><option>--- Liên kết ---</option><option value="http://www.daklak.gov.vn">UBND tỉnh Đắk Lắk</option><option value="http://www.chinhphu.vn">Chính phủ</option></select></td></tr>
        <tr><td>&nbsp;</td></tr>
        <tr><td height="28" background="images/bg_title_left.gif"><font color="#FFFFFF"><b>&nbsp;THỐNG KÊ TRUY CẬP</b></font></td></tr>
        <tr><td>&nbsp;Đang online: {rng.randrange(5, 60)}<br>&nbsp;Tổng số: {rng.randrange(200000, 900000)}</td></tr>
      </table>
    </td>
    <td width="580" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td height="28" background="images/bg_title.gif"><font color="#FFFFFF"><b>TIN TỨC - SỰ KIỆN</b></font></td></tr>
        <tr><td>
          <table width="100%" border="0" cellspacing="0" cellpadding="5">
            <tr><td><font face="Arial" size="3" color="#003399"><b>{esc(art.title)}</b></font></td></tr>
            <tr><td><font face="Arial" size="1" color="#808080"><i>{dmy(d, "-")} {hm(d)}</i></font></td></tr>
            <tr><td align="justify">
{paras}
            </td></tr>
            <tr><td align="right"><font size="1"><a href="javascript:window.print()">[In trang]</a>&nbsp;<a href="guibai.aspx">[Gửi bài viết]</a>&nbsp;<a href="javascript:history.back()">[Quay lại]</a></font></td></tr>
            <tr><td><hr size="1" color="#CCCCCC"><font size="2" color="#CC0000"><b>Các tin khác:</b></font><br>
{other}</td></tr>
          </table>
        </td></tr>
      </table>
    </td>
    <td width="200" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td height="28" background="images/bg_title_right.gif"><font color="#FFFFFF"><b>&nbsp;THÔNG BÁO</b></font></td></tr>
        <tr><td><marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" onmouseout="this.start()">
          <img src="images/new.gif"> <a href="thongbao.aspx?id=11">Thông báo lịch tiếp công dân của Chủ tịch UBND huyện</a><br><br>
          <img src="images/new.gif"> <a href="thongbao.aspx?id=12">Thông báo tuyển dụng viên chức sự nghiệp giáo dục</a><br><br>
          <a href="thongbao.aspx?id=13">Kế hoạch tổ chức kỳ thi nâng ngạch công chức</a>
        </marquee></td></tr>
        <tr><td><a href="http://dichvucong.daklak.gov.vn"><img src="images/banner_dvc.jpg" width="190" height="70" border="0" alt="Dịch vụ công trực tuyến"></a></td></tr>
        <tr><td><a href="lichcongtac.aspx"><img src="images/banner_lich.jpg" width="190" height="70" border="0" alt="Lịch công tác"></a></td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="3" bgcolor="#0066CC" align="center" height="60"><font color="#FFFFFF" size="1">
    Bản quyền thuộc Ủy ban nhân dân huyện Krông Pắc - tỉnh Đắk Lắk<br>
    Địa chỉ: Thị trấn Phước An, huyện Krông Pắc. Điện thoại: (0262) 3 521 234<br>
    Cập nhật lúc: {dmy(upd, "-")} {hm(upd)}</font></td></tr>
</table>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("ubnd_tables_01", html_, expected(art, body, d, author), encoding="windows-1258")


def page_doctable(art: Art, rng: random.Random, others: list[Teaser]) -> Page:
    """Department of Justice portal (Vietnamese class names): "Người đăng: <CMS account>",
    no byline, a table of documents (Số ký hiệu | Ngày ban hành | Trích yếu) in the
    story, an attachments list, "Các tin khác" and a "Văn bản mới" column."""
    d = rand_date(rng)
    items: list[tuple] = [("p", p) for p in art.paras]
    docs = [["Số ký hiệu", "Ngày ban hành", "Trích yếu"]]
    trich = ["Ban hành Quy chế phối hợp trong công tác thi hành án dân sự trên địa bàn tỉnh",
             "Kế hoạch rà soát, phân loại các vụ việc thi hành án dân sự tồn đọng, kéo dài",
             "Quy định về phối hợp cung cấp thông tin về nhà, đất phục vụ thi hành án",
             "Kế hoạch kiểm tra công tác theo dõi thi hành pháp luật năm"]
    base = d - dt.timedelta(days=rng.randrange(120, 300))
    for i, t in enumerate(trich):
        kind = "QĐ-UBND" if t.startswith(("Ban hành", "Quy định")) else rng.choice(["KH-UBND", "KH-STP"])
        num = rng.randrange(5, 300)
        dd = base + dt.timedelta(days=23 * i + rng.randrange(5))
        if t.endswith(" năm"):
            t += f" {dd.year}"
        docs.append([f"{num}/{dd.year}/{kind}" if kind == "QĐ-UBND" else f"{num}/{kind}", dmy(dd), t])
    at = max(2, len(items) // 2)
    items.insert(at, ("h", "Danh mục văn bản liên quan:"))
    items.insert(at + 1, ("table", docs))
    bh = []
    for k, v in items:
        if k == "p":
            bh.append(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">{esc(v)}</span></p>')
        elif k == "h":
            bh.append(f'<p class="MsoNormal"><b><span style="font-size:13.0pt">{esc(v)}</span></b></p>')
        else:
            rows = []
            for j, r in enumerate(v):
                cells = "".join(f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="{"center" if c < 2 else "left"}">{"<b>" if j == 0 else ""}<span style="font-size:12.0pt">{esc(x)}</span>{"</b>" if j == 0 else ""}</p></td>' for c, x in enumerate(r))
                rows.append(f"<tr>{cells}</tr>")
            bh.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none"><tbody>' + "".join(rows) + "</tbody></table>")
    files = "".join(f'<li><img src="/Images/icon_pdf.png" alt=""> <a href="/Uploads/files/{d.year}/{d.month:02d}/{r[0].replace("/", "-")}.pdf" target="_blank">{r[0].replace("/", "-")}.pdf</a></li>' for r in docs[1:3])
    tin = "".join(f'<li><a href="/tin-tuc/{t.slug}-{400 + i}.html">{esc(t.title)}</a> <span class="ngay-tk">({dmy(d - dt.timedelta(days=3 * i + 2))})</span></li>' for i, t in enumerate(others[:10]))
    vb = "".join(f'<li><a href="/van-ban/{i}.html"><b>{esc(r[0])}</b><br>{esc(r[2])}</a></li>' for i, r in enumerate(docs[1:]))
    html_ = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Chi tiết tin - Sở Tư pháp tỉnh Quảng Trị</title>
<meta name="keywords" content="Sở Tư pháp, Quảng Trị, phổ biến pháp luật">
<link rel="stylesheet" href="/Content/css/site.css?v=20200312">
<script src="/Scripts/jquery-1.12.4.min.js"></script>
<script>$(function(){{ $('#marquee-tb').show(); }});</script>
</head>
<body>
<div id="wrapper">
  <div id="header">
    <div class="logo-stp"><img src="/Images/logo.png" alt=""><span class="ten-co-quan">SỞ TƯ PHÁP TỈNH QUẢNG TRỊ</span></div>
    <div class="ngay-gio">{wd(TODAY)}, ngày {TODAY.day} tháng {TODAY.month} năm {TODAY.year}</div>
    <div id="marquee-tb" style="display:none"><marquee scrollamount="3">Chào mừng kỷ niệm Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11</marquee></div>
  </div>
  <div id="menu-ngang"><ul>{''.join(f'<li><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính", "Hỏi đáp pháp luật", "Liên hệ"])}</ul></div>
  <div id="noi-dung">
    <div class="cot-giua">
      <div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <span>Phổ biến giáo dục pháp luật</span></div>
      <div class="khung-tin-ct">
        <h2 class="tieu-de-ct">{esc(art.title)}</h2>
        <div class="thong-tin-ct"><span class="ngay-ct">{wd(d)}, {dmy(d)} | {hm(d)}</span> <span class="nguoi-dang">Người đăng: admin_stp</span> <span class="luot-xem">Lượt xem: {rng.randrange(100, 900)}</span></div>
        <div class="tom-tat-ct">{esc(art.lead)}</div>
        <div class="noi-dung-ct">
{chr(10).join(bh)}
        </div>
        <div class="tep-dk"><b>Tệp đính kèm:</b><ul>{files}</ul></div>
        <div class="cong-cu"><a href="javascript:window.print()">Bản in</a> | <a href="/gui-email">Gửi email</a> | <a href="#wrapper">Về đầu trang</a></div>
        <div class="tin-khac"><h3>Các tin khác</h3><ul>{tin}</ul></div>
      </div>
    </div>
    <div class="cot-phai">
      <div class="khung-vb"><h3>Văn bản mới</h3><ul>{vb}</ul></div>
      <div class="khung-lien-ket"><h3>Liên kết</h3><a href="https://moj.gov.vn"><img src="/Images/bo-tu-phap.jpg" alt="Bộ Tư pháp"></a><a href="https://quangtri.gov.vn"><img src="/Images/ubnd-tinh.jpg" alt="UBND tỉnh"></a></div>
    </div>
  </div>
  <div id="footer">
    <p>SỞ TƯ PHÁP TỈNH QUẢNG TRỊ</p>
    <p>Địa chỉ: 01 Lê Quý Đôn, TP Đông Hà, tỉnh Quảng Trị - Điện thoại: 0233 3852 789</p>
    <p>Ghi rõ nguồn "Sở Tư pháp tỉnh Quảng Trị" khi phát hành lại thông tin từ website này.</p>
  </div>
</div>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("doctable_01", html_, expected(art, body, d, None))


def page_photostory(art: Art, rng: random.Random, others: list[Teaser]) -> Page:
    """Photo story: a sapo and a series of photos whose captions tell the story;
    author element above, article:published_time, lazy images."""
    d = rand_date(rng, lo=(2019, 2, 20), hi=(2019, 2, 22))  # "Sáng 20/2"
    author = "Quang Hiếu"
    caps = art.paras
    figs = "\n".join(f'<figure class="photo-item"><div class="photo-img"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-original="https://img.baoquangninh.vn/photo/{d.year}/{d.month:02d}/{hexid(rng)}.jpg" alt="{att(art.title)} - ảnh {i + 1}" width="1200" height="800"></div><figcaption class="photo-cap">{esc(c)}</figcaption></figure>' for i, c in enumerate(caps))
    oth = "".join(f'<li><a href="/anh/{t.slug}.html"><img src="https://img.baoquangninh.vn/thumb/{hexid(rng)}.jpg" alt=""><span>{esc(t.title)}</span></a></li>' for t in others[:6])
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art.title)} - Báo Quảng Ninh điện tử</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{att(art.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(d)}">
<meta property="article:section" content="Ảnh">
<link rel="stylesheet" href="/css/photo.css?v=12">
<script src="/js/jquery.min.js"></script><script src="/js/jquery.lazyload.min.js"></script>
</head>
<body class="page-photo dark">
<header class="site-hd">
  <div class="hd-top"><a class="logo" href="/"><img src="/images/logo.png" alt="Báo Quảng Ninh"></a><span class="hd-date">{wd(TODAY)}, {dmy(TODAY)}</span></div>
  <nav class="hd-nav"><ul>{''.join(f'<li><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:12])}</ul></nav>
</header>
<div class="photo-wrap">
  <div class="photo-head">
    <a class="cate" href="/anh">Ảnh</a>
    <h1 class="photo-title">{esc(art.title)}</h1>
    <div class="photo-meta"><span class="author-name">{esc(author)}</span> <span class="sep">|</span> <span class="pdate">{wd(d)}, {dmy(d)} {hm(d)}</span></div>
    <div class="photo-sapo">{esc(art.lead)}</div>
  </div>
  <div class="photo-list">
{figs}
  </div>
  <div class="photo-foot">
    <div class="share"><a class="fb" href="https://www.facebook.com/sharer.php?u=">Chia sẻ</a><a class="zl" href="https://zalo.me/share">Zalo</a><a class="cp" href="#">Copy link</a></div>
    <div class="tags">Từ khóa: <a href="/tag/quang-ninh">Quảng Ninh</a>, <a href="/tag/phong-su-anh">phóng sự ảnh</a></div>
  </div>
</div>
<section class="photo-other"><h3>Phóng sự ảnh khác</h3><ul>{oth}</ul></section>
<footer class="site-ft"><p>Báo Quảng Ninh - Cơ quan của Đảng bộ tỉnh Quảng Ninh</p><p>Giấy phép số 124/GP-BTTTT cấp ngày 22/03/2019</p></footer>
<script>$(function(){{ $('img.lazy').lazyload({{effect:'fadeIn'}}); }});</script>
</body>
</html>
"""
    body = [art.lead, *caps]
    return Page("photostory_01", html_, expected(art, body, d, author))


def page_lazy_sidebar(art: Art, rng: random.Random, news: list[Teaser]) -> Page:
    """Short article, lazy-loaded images with <em class="chu-thich"> captions, and a
    sticky "Tin mới" column with sapos that holds more text than the article."""
    d = rand_date(rng)
    upd = d + dt.timedelta(hours=9, minutes=25)
    author = "Nguyễn Sơn (TTXVN)"
    items = [("p", p) for p in art.paras]
    bh = []
    for i, (_, v) in enumerate(items):
        bh.append(f"<p>{esc(v)}</p>")
        if i in (0, len(items) - 2):
            bh.append(f'<div class="img-box"><img class="lazyload" src="/img/blank.gif" data-src="https://media.baolangson.vn/{d.year}/{d.month:02d}/{hexid(rng)}.jpg" alt=""><em class="chu-thich">Hiện trường vụ việc. (Ảnh: TTXVN phát)</em></div>')
    bh.append(f"<p><strong>{esc(author)}</strong></p>")
    side = "".join(f'<li class="tm-it"><a class="tm-ttl" href="/{t.slug}-{rng.randrange(100000, 999999)}.html">{esc(t.title)}</a><p class="tm-sp">{esc(t.sapo)}</p><span class="tm-time">{rng.randrange(2, 59)} phút trước</span></li>' for t in news)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(art.title)}</title>
<meta name="description" content="{att(art.lead)}">
<link rel="stylesheet" href="/static/css/main.css?v=5">
<style>.side-col .tinmoi-sticky{{position:sticky;top:0;max-height:100vh;overflow:auto}}.chu-thich{{display:block;text-align:center;font-size:13px;color:#666}}</style>
<script src="/static/js/lazysizes.min.js" async></script>
{GA.format(gid=gid(rng))}
</head>
<body>
<div class="hdr"><div class="hdr-in"><a href="/" class="hdr-logo">BÁO LẠNG SƠN ĐIỆN TỬ</a><span class="hdr-date">{wd(TODAY)}, {dmy(TODAY)}</span><ul class="hdr-menu">{''.join(f'<li><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:9])}</ul></div></div>
<div class="wrap">
  <div class="main-col">
    <div class="bc"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a></div>
    <div class="art">
      <h1 class="art-ttl">{esc(art.title)}</h1>
      <div class="art-info"><span class="art-time">{wd(d)}, {dmy(d)} {hm(d)} (GMT+7)</span><span class="art-upd">Cập nhật lúc {hm(upd)} {dmy(upd)}</span></div>
      <div class="art-sapo"><strong>{esc(art.lead)}</strong></div>
      <div class="art-ct">
{chr(10).join(bh)}
      </div>
      <div class="art-tools"><a href="#" class="btn-like">Thích</a><a href="#" class="btn-share">Chia sẻ</a><a href="javascript:print()" class="btn-print">In bài</a></div>
    </div>
    {ADSENSE.format(cls="qc-giua", n=rng.randrange(100, 999))}
  </div>
  <div class="side-col">
    <div class="tinmoi-sticky">
      <div class="tm-hd">Tin mới</div>
      <ul class="tm-list">{side}</ul>
    </div>
  </div>
</div>
<div class="ftr"><p>Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 356/GP-BTTTT ngày 05/07/2020</p></div>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("lazy_sidebar_01", html_, expected(art, body, d, author))


def page_xemthem(art: Art, rng: random.Random, links: list[Teaser], rel: list[Teaser]) -> Page:
    """Provincial news site with abbreviated class names: "Theo Dân trí" under the
    headline, "Xem thêm:" links between paragraphs, "Bài viết liên quan", a Facebook
    comments plugin and a comment form."""
    d = rand_date(rng)
    upd = d + dt.timedelta(days=1, hours=1, minutes=15)
    author = "Theo Dân trí"
    items = [("p", p) for p in art.paras]
    bh = []
    li = iter(links)
    for i, (_, v) in enumerate(items):
        bh.append(f"<p>{esc(v)}</p>")
        if i == 1:
            t = next(li)
            bh.append(f'<p class="xt"><strong>Xem thêm:</strong> <a href="/{t.slug}-a{rng.randrange(10000, 99999)}.html">{esc(t.title)}</a></p>')
        if i == len(items) - 3:
            t = next(li)
            bh.append(f'<p>&#9658; Xem thêm: <a href="/{t.slug}-a{rng.randrange(10000, 99999)}.html"><em>{esc(t.title)}</em></a></p>')
    lq = "".join(f'<li><a href="/{t.slug}.html">{esc(t.title)}</a></li>' for t in rel)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(art.title)} - Tin tức Hậu Giang</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/tpl/hg/css/style.css">
{GA.format(gid=gid(rng))}
</head>
<body>
{FB_SDK.format(n=rng.randrange(1000, 9999))}
<div id="hd"><div class="hd-l"><a href="/"><img src="/tpl/hg/img/logo.png" alt="Tin tức Hậu Giang"></a></div><div class="hd-r"><span class="hd-ngay">{wd(TODAY)}, {dmy(TODAY)}</span> <a href="/dang-nhap">Đăng nhập</a></div></div>
<div id="mn"><ul>{''.join(f'<li><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:10])}</ul></div>
<div id="ct">
  <div class="ct-l">
    <div class="ct-bv">
      <div class="ct-cm"><a href="/xa-hoi">Xã hội</a></div>
      <h1 class="ct-td">{esc(art.title)}</h1>
      <div class="ct-nguon">{esc(author)}</div>
      <div class="ct-tg"><span class="tg-dang">{dmy(d)} {hm(d)}</span> | <span class="tg-cn">Cập nhật lúc {hm(upd)} {dmy(upd)}</span></div>
      <div class="ct-sp">{esc(art.lead)}</div>
      <div class="ct-nd">
{chr(10).join(bh)}
      </div>
      <div class="ct-tk"><span>Từ khóa:</span> <a href="/tu-khoa/xa-hoi">xã hội</a> <a href="/tu-khoa/hau-giang">Hậu Giang</a></div>
      <div class="bvlq"><div class="bvlq-hd">Bài viết liên quan</div><ul>{lq}</ul></div>
      <div class="fb-comments" data-href="https://tintuchaugiang.vn/{slugify(art.title)}.html" data-width="100%" data-numposts="5"></div>
      <div class="ykbd">
        <h4>Gửi ý kiến của bạn</h4>
        <form action="/gui-y-kien" method="post"><input type="text" name="hoten" placeholder="Họ và tên"><input type="text" name="email" placeholder="Email"><textarea name="noidung" placeholder="Nội dung ý kiến (tối thiểu 10 ký tự)"></textarea><button type="submit">Gửi ý kiến</button></form>
        <p class="ykbd-note">Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p>
      </div>
    </div>
  </div>
  <div class="ct-r">
    <div class="box-r"><div class="box-r-hd">Xem nhiều</div><ol>{''.join(f'<li><a href="/{t.slug}.html">{esc(t.title)}</a></li>' for t in rel[::-1])}</ol></div>
    {ADSENSE.format(cls="box-qc", n=rng.randrange(100, 999))}
  </div>
</div>
<div id="ft"><p>TIN TỨC HẬU GIANG - Trang thông tin điện tử tổng hợp</p><p>Giấy phép số 05/GP-TTĐT ngày 14/01/2020. Bản quyền &copy; 2020 - {TODAY.year}.</p></div>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("xemthem_01", html_, expected(art, body, d, author))


def page_elementor(art: Art, rng: random.Random, same: list[Teaser], latest: list[Teaser]) -> Page:
    """WordPress + Elementor Pro district site: post-info widget with the CMS account
    ("bientap02") and the date, Yoast JSON-LD naming that account, the real byline
    right-aligned at the end of the content, share buttons, post navigation, a posts
    widget with excerpts, the comment form, a cookie bar."""
    d = rand_date(rng, lo=(2017, 10, 29), hi=(2017, 11, 4))  # the press release is dated 28/10/2017
    author = "Thanh Tâm (Ban Tuyên giáo Huyện ủy Hồng Ngự)"
    items = with_crossheads(art, rng, 1)
    bh = [f"<p><strong>{esc(art.lead)}</strong></p>"]
    for i, (k, v) in enumerate(items):
        bh.append(f"<h3>{esc(v)}</h3>" if k == "h" else f'<p style="text-align: justify;">{esc(v)}</p>')
        if i == 1:
            bh.append(f'<figure id="attachment_{rng.randrange(1000, 9999)}" aria-describedby="caption-attachment" style="width: 800px" class="wp-caption aligncenter"><img decoding="async" loading="lazy" class="size-full" src="https://hongngu.dongthap.gov.vn/wp-content/uploads/{d.year}/{d.month:02d}/{hexid(rng)}.jpg" alt="" width="800" height="533"><figcaption id="caption-attachment" class="wp-caption-text">Quang cảnh buổi lễ khởi công</figcaption></figure>')
    bh.append(f'<p style="text-align: right;"><em><strong>{esc(author)}</strong></em></p>')
    pid = rng.randrange(3000, 9000)
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"https://hongngu.dongthap.gov.vn/?p={pid}#article",
         "isPartOf": {"@id": f"https://hongngu.dongthap.gov.vn/?p={pid}"},
         "author": {"name": "bientap02", "@id": "https://hongngu.dongthap.gov.vn/#/schema/person/5e1c"},
         "headline": art.title, "datePublished": (d - dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "dateModified": (d + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "wordCount": sum(len(v.split()) for _, v in items), "inLanguage": "vi"},
        {"@type": "Person", "@id": "https://hongngu.dongthap.gov.vn/#/schema/person/5e1c", "name": "bientap02"}]}
    posts = "".join(f'<article class="elementor-post elementor-grid-item post-{rng.randrange(1000, 9999)} post type-post status-publish"><a class="elementor-post__thumbnail__link" href="/{t.slug}/"><div class="elementor-post__thumbnail"><img loading="lazy" src="/wp-content/uploads/thumb-{hexid(rng)}.jpg" alt=""></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{t.slug}/">{esc(t.title)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{dmy(d - dt.timedelta(days=i + 1))}</span></div><div class="elementor-post__excerpt"><p>{esc(t.sapo)}</p></div><a class="elementor-post__read-more" href="/{t.slug}/">Xem tiếp »</a></div></article>' for i, t in enumerate(same))
    side = "".join(f'<article class="elementor-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{t.slug}/">{esc(t.title)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{dmy(d - dt.timedelta(days=i))}</span></div></div></article>' for i, t in enumerate(latest))
    menu = "".join(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{300 + i}"><a href="/chuyen-muc/{slugify(m)}/" class="elementor-item">{esc(m)}</a></li>' for i, m in enumerate(MENU[:9]))
    prev_, next_ = latest[0], latest[1]
    html_ = f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{esc(art.title)} &#8211; Trang thông tin điện tử huyện Hồng Ngự</title>
	<meta name="description" content="{att(art.lead[:150])}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{att(art.title)}" />
	<meta property="article:published_time" content="{(d - dt.timedelta(hours=7)).strftime('%Y-%m-%dT%H:%M:%S+00:00')}" />
	<meta name="author" content="bientap02" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="bientap02" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://hongngu.dongthap.gov.vn/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.18.3' media='all' />
<link rel='stylesheet' id='elementor-post-412-css' href='https://hongngu.dongthap.gov.vn/wp-content/uploads/elementor/css/post-412.css?ver=1703123456' media='all' />
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/14.0.0/72x72/","ext":".png"}}</script>
<script src="https://hongngu.dongthap.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-7 elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3b1f2c0 elementor-section-boxed elementor-section-height-default" data-id="3b1f2c0" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-1a2b3c4" data-id="1a2b3c4" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-9c8d7e6 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="9c8d7e6" data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://hongngu.dongthap.gov.vn"><img width="300" height="80" src="https://hongngu.dongthap.gov.vn/wp-content/uploads/2021/10/logo.png" alt=""></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-5e6f7a8" data-id="5e6f7a8" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-0f1e2d3 elementor-nav-menu__align-right elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="0f1e2d3" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-0f1e2d3" class="elementor-nav-menu">{menu}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-search-form" data-widget_type="search-form.default"><div class="elementor-widget-container"><form class="elementor-search-form" role="search" action="https://hongngu.dongthap.gov.vn" method="get"><div class="elementor-search-form__container"><input placeholder="Tìm kiếm..." class="elementor-search-form__input" type="search" name="s" title="Tìm kiếm" value=""></div></form></div></div></div></div>
</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-6a7b8c9 elementor-section-boxed elementor-section-height-default" data-id="6a7b8c9" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-2c3d4e5" data-id="2c3d4e5" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-7d8e9f0 elementor-widget elementor-widget-breadcrumbs" data-id="7d8e9f0" data-element_type="widget" data-widget_type="breadcrumbs.default"><div class="elementor-widget-container"><p id="breadcrumbs"><span><span><a href="https://hongngu.dongthap.gov.vn/">Trang chủ</a></span> » <span><a href="https://hongngu.dongthap.gov.vn/chuyen-muc/tin-tuc/">Tin tức</a></span></span></p></div></div>
<div class="elementor-element elementor-element-8e9f0a1 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="8e9f0a1" data-element_type="widget" data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{esc(art.title)}</h1></div></div>
<div class="elementor-element elementor-element-9f0a1b2 elementor-widget elementor-widget-post-info" data-id="9f0a1b2" data-element_type="widget" data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1b2c3d elementor-inline-item" itemprop="author"><a href="https://hongngu.dongthap.gov.vn/author/bientap02/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">bientap02</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-b2c3d4e elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{dmy(d)}</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-c3d4e5f elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-comment-dots"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">Không có bình luận</span></li>
</ul></div></div>
<div class="elementor-element elementor-element-0a1b2c3 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="0a1b2c3" data-element_type="widget" data-widget_type="theme-post-featured-image.default"><div class="elementor-widget-container"><img width="800" height="450" src="https://hongngu.dongthap.gov.vn/wp-content/uploads/{d.year}/{d.month:02d}/featured-{hexid(rng)}.jpg" class="attachment-large size-large wp-post-image" alt="" loading="lazy"></div></div>
<div class="elementor-element elementor-element-1b2c3d4 elementor-widget elementor-widget-theme-post-content" data-id="1b2c3d4" data-element_type="widget" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">
{chr(10).join(bh)}
</div></div>
<div class="elementor-element elementor-element-2c3d4e6 elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-widget elementor-widget-share-buttons" data-id="2c3d4e6" data-element_type="widget" data-widget_type="share-buttons.default"><div class="elementor-widget-container"><div class="elementor-grid">
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Chia sẻ trên facebook"><span class="elementor-share-btn__icon"><i class="fab fa-facebook" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></div></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_twitter" role="button" tabindex="0" aria-label="Chia sẻ trên twitter"><span class="elementor-share-btn__icon"><i class="fab fa-twitter" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Twitter</span></div></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_print" role="button" tabindex="0" aria-label="Chia sẻ trên print"><span class="elementor-share-btn__icon"><i class="fas fa-print" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">In</span></div></div></div>
</div></div></div>
<div class="elementor-element elementor-element-3d4e5f7 elementor-widget elementor-widget-post-navigation" data-id="3d4e5f7" data-element_type="widget" data-widget_type="post-navigation.default"><div class="elementor-widget-container"><div class="elementor-post-navigation">
<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/{prev_.slug}/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Bài trước</span><span class="post-navigation__prev--title">{esc(prev_.title)}</span></span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/{next_.slug}/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Bài sau</span><span class="post-navigation__next--title">{esc(next_.title)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i></span></a></div>
</div></div></div>
<div class="elementor-element elementor-element-4e5f6a8 elementor-widget elementor-widget-heading" data-id="4e5f6a8" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Tin cùng chuyên mục</h2></div></div>
<div class="elementor-element elementor-element-5f6a7b9 elementor-grid-3 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts" data-id="5f6a7b9" data-element_type="widget" data-widget_type="posts.classic"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{posts}</div></div></div>
<div class="elementor-element elementor-element-6a7b8ca elementor-widget elementor-widget-post-comments" data-id="6a7b8ca" data-element_type="widget" data-widget_type="post-comments.theme_comments"><div class="elementor-widget-container">
<section id="comments" class="comments-area">
	<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h2><form action="https://hongngu.dongthap.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p></form>	</div>
</section>
</div></div>
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-7b8c9db" data-id="7b8c9db" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Tin mới nhất</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic">{side}</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Video</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-video"><div class="elementor-widget-container"><div class="elementor-wrapper elementor-open-inline"><iframe class="elementor-video" frameborder="0" allowfullscreen="1" title="Bản tin Hồng Ngự" width="640" height="360" src="https://www.youtube.com/embed/{b64ish(rng, 11).replace('+', 'x').replace('/', 'y')}"></iframe></div></div></div>
</div></div>
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HỒNG NGỰ</strong></p><p>Cơ quan chủ quản: UBND huyện Hồng Ngự. Địa chỉ: Quốc lộ 30, thị trấn Thường Thới Tiền, huyện Hồng Ngự, tỉnh Đồng Tháp.</p><p>Giấy phép số 27/GP-STTTT ngày 20/10/2021.</p></div></div>
</div></div></div></section></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie.<a role='button' class="cli_settings_button" style="margin:0px 10px 0px 5px">Cài đặt</a><a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">Đồng ý</a></span></div>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"Chia s\\u1ebb tr\\u00ean Facebook","shareOnTwitter":"Chia s\\u1ebb tr\\u00ean Twitter","pinIt":"Ghim n\\u00f3"}},"post":{{"id":{pid},"title":"{att(art.title)} \\u2013 Trang th\\u00f4ng tin \\u0111i\\u1ec7n t\\u1eed huy\\u1ec7n Th\\u00e1p M\\u01b0\\u1eddi","excerpt":"","featuredImage":false}}}};
</script>
<script src="https://hongngu.dongthap.gov.vn/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.18.3" id="elementor-frontend-js"></script>
</body>
</html>
"""
    body = body_of(art.lead, items)
    return Page("elementor_01", html_, expected(art, body, d, author))


# --------------------------------------------------------------------------- non-articles


def page_category_paged(rng: random.Random, items: list[Teaser], most: list[Teaser]) -> Page:
    """Page 3 of a category, each story a heading link, time and sapo; pagination."""
    d0 = dt.datetime(2024, 9, 12, 17, 30)
    arts = []
    for i, t in enumerate(items):
        d = d0 - dt.timedelta(hours=7 * i + rng.randrange(5))
        arts.append(f'<article class="story story--horizontal"><a class="story__thumb" href="/nong-nghiep-nong-thon/{t.slug}-{rng.randrange(100000, 999999)}.html"><img src="https://cdn.baotravinh.vn/thumb/{hexid(rng)}.jpg" alt="{att(t.title)}" loading="lazy"></a><div class="story__body"><h2 class="story__heading"><a href="/nong-nghiep-nong-thon/{t.slug}.html">{esc(t.title)}</a></h2><div class="story__meta"><time datetime="{iso_local(d)}">{hm(d)} {dmy(d)}</time></div><p class="story__summary">{esc(t.sapo)}</p></div></article>')
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Nông nghiệp - Nông thôn - Trang 3 | Báo Trà Vinh điện tử</title>
<meta name="description" content="Tin tức nông nghiệp, nông thôn mới nhất của tỉnh Trà Vinh.">
<link rel="canonical" href="https://baotravinh.vn/nong-nghiep-nong-thon/trang-3.html">
<link rel="prev" href="https://baotravinh.vn/nong-nghiep-nong-thon/trang-2.html">
<link rel="next" href="https://baotravinh.vn/nong-nghiep-nong-thon/trang-4.html">
<link rel="stylesheet" href="/assets/css/app.css?v=7">
{GA.format(gid=gid(rng))}
</head>
<body class="category-page">
<header class="site-header"><div class="site-header__top"><a class="brand" href="/">Báo Trà Vinh</a><span class="today">{wd(TODAY)}, {dmy(TODAY)}</span></div>
<nav class="main-nav"><ul>{''.join(f'<li class="{"active" if m.startswith("Nông") else ""}"><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:13])}</ul></nav></header>
<div class="page container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> › <span>Nông nghiệp - Nông thôn</span></div>
  <h1 class="cat-title">Nông nghiệp - Nông thôn</h1>
  <ul class="cat-sub"><li><a href="/nong-nghiep-nong-thon/nong-thon-moi">Nông thôn mới</a></li><li><a href="/nong-nghiep-nong-thon/khuyen-nong">Khuyến nông</a></li><li><a href="/nong-nghiep-nong-thon/thi-truong">Thị trường nông sản</a></li></ul>
  <div class="row">
    <div class="col-main">
      <div class="story-list">
{chr(10).join(arts)}
      </div>
      <nav class="pagination"><a href="/nong-nghiep-nong-thon/trang-2.html" class="prev">« Trước</a><a href="/nong-nghiep-nong-thon.html">1</a><a href="/nong-nghiep-nong-thon/trang-2.html">2</a><span class="current">3</span><a href="/nong-nghiep-nong-thon/trang-4.html">4</a><a href="/nong-nghiep-nong-thon/trang-5.html">5</a><span>…</span><a href="/nong-nghiep-nong-thon/trang-87.html">87</a><a href="/nong-nghiep-nong-thon/trang-4.html" class="next">Sau »</a></nav>
    </div>
    <aside class="col-side"><div class="box"><h3 class="box__title">Đọc nhiều</h3><ol>{''.join(f'<li><a href="/{t.slug}.html">{esc(t.title)}</a></li>' for t in most)}</ol></div></aside>
  </div>
</div>
<footer class="site-footer"><p>Báo Trà Vinh điện tử - Cơ quan của Đảng bộ tỉnh Trà Vinh</p><p>Giấy phép số 481/GP-BTTTT ngày 12/10/2021</p></footer>
</body>
</html>
"""
    return Page("nonarticle_category_paged_01", html_, expected(None, None, None, None))


def page_search(rng: random.Random, hits: list[tuple[str, str]], query: str) -> Page:
    """Search results for a query: result titles are plain links (no headings), a URL
    line, a snippet with <mark>, a date; result count and a pager."""
    lis = []
    for i, (title, snip) in enumerate(hits):
        d = dt.datetime(2024, 8, 30) - dt.timedelta(days=11 * i + rng.randrange(9))
        s = esc(snip).replace(esc(query), f"<mark>{esc(query)}</mark>")
        lis.append(f'<li class="sr-item"><a class="sr-link" href="https://baocamau.vn/{slugify(title)}-a{rng.randrange(10000, 99999)}.html">{esc(title)}</a><div class="sr-url">baocamau.vn › xa-hoi › {slugify(title)[:40]}</div><p class="sr-snip"><span class="sr-date">{dmy(d)} — </span>{s}</p></li>')
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tìm kiếm: {esc(query)} - Báo Cà Mau</title>
<meta name="robots" content="noindex, follow">
<link rel="stylesheet" href="/css/search.css">
</head>
<body>
<div class="top-bar"><a href="/" class="logo-cm">BÁO CÀ MAU</a><span class="ngay">{wd(TODAY)}, {dmy(TODAY)}</span></div>
<div class="menu-cm"><ul>{''.join(f'<li><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:10])}</ul></div>
<div class="search-page">
  <form class="search-form" action="/tim-kiem" method="get"><input type="text" name="q" value="{att(query)}"><select name="sort"><option value="new">Mới nhất</option><option value="rel">Liên quan nhất</option></select><button type="submit">Tìm</button></form>
  <h1 class="sr-heading">Kết quả tìm kiếm</h1>
  <p class="sr-count">Tìm thấy 134 kết quả cho từ khóa “<b>{esc(query)}</b>” (0,21 giây)</p>
  <ol class="sr-list">
{chr(10).join(lis)}
  </ol>
  <div class="sr-pager"><span class="on">1</span><a href="?q={att(query)}&amp;p=2">2</a><a href="?q={att(query)}&amp;p=3">3</a><a href="?q={att(query)}&amp;p=4">4</a><a href="?q={att(query)}&amp;p=2">Trang sau ›</a></div>
</div>
<div class="footer-cm"><p>Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau</p><p>Giấy phép số 113/GP-BTTTT ngày 27/02/2020</p></div>
</body>
</html>
"""
    return Page("nonarticle_search_01", html_, expected(None, None, None, None))


def page_tag(rng: random.Random, items: list[Teaser]) -> Page:
    """Tag page on a Bootstrap site: "Từ khóa" heading, a topic description, a list
    group of titles with times, no sapos, "Xem thêm" button."""
    lis = "".join(f'<a href="/{t.slug}-{rng.randrange(10000, 99999)}.html" class="list-group-item list-group-item-action py-3"><div class="d-flex w-100 justify-content-between"><h5 class="mb-1 fs-6 fw-semibold">{esc(t.title)}</h5><small class="text-body-secondary text-nowrap ms-3">{dmy(dt.datetime(2024, 9, 10) - dt.timedelta(days=4 * i))}</small></div></a>' for i, t in enumerate(items))
    html_ = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>an toàn giao thông - Tin tức, hình ảnh mới nhất | Phú Yên Online</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-dark bg-primary navbar-expand-md"><div class="container"><a class="navbar-brand" href="/">Phú Yên Online</a><ul class="navbar-nav">{''.join(f'<li class="nav-item"><a class="nav-link" href="/{slugify(m)}">{esc(m)}</a></li>' for m in MENU[:7])}</ul></div></nav>
<div class="container my-4">
  <div class="row">
    <div class="col-md-8">
      <div class="p-3 mb-3 bg-light rounded-3">
        <p class="text-uppercase small text-body-secondary mb-1">Từ khóa</p>
        <h1 class="h3 mb-2"># an toàn giao thông</h1>
        <p class="mb-0 text-body-secondary">Tổng hợp tin tức, hình ảnh, video mới nhất về an toàn giao thông trên địa bàn tỉnh Phú Yên và cả nước.</p>
      </div>
      <div class="list-group list-group-flush">{lis}</div>
      <div class="text-center my-4"><button class="btn btn-outline-primary" data-page="2">Xem thêm</button></div>
    </div>
    <div class="col-md-4"><div class="card"><div class="card-header">Từ khóa nổi bật</div><div class="card-body"><a class="badge text-bg-secondary me-1" href="/tag/covid-19">covid-19</a><a class="badge text-bg-secondary me-1" href="/tag/thoi-tiet">thời tiết</a><a class="badge text-bg-secondary me-1" href="/tag/tuyen-sinh">tuyển sinh</a><a class="badge text-bg-secondary me-1" href="/tag/bao-lu">bão lũ</a></div></div></div>
  </div>
</div>
<footer class="bg-dark text-white-50 py-3 small"><div class="container">© {TODAY.year} Phú Yên Online. Giấy phép số 07/GP-STTTT ngày 01/04/2022.</div></footer>
</body>
</html>
"""
    return Page("nonarticle_tag_01", html_, expected(None, None, None, None))


def page_404(rng: random.Random, sugg: list[Teaser]) -> Page:
    """"Trang không tồn tại" with a search box and suggested articles with sapos."""
    lis = "".join(f'<li class="goiy-it"><a class="goiy-a" href="/{t.slug}.html">{esc(t.title)}</a><p class="goiy-sp">{esc(t.sapo)}</p></li>' for t in sugg)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trang không tồn tại | Cổng thông tin điện tử tỉnh Hà Giang</title>
<link rel="stylesheet" href="/Portals/_default/skins/hagiang/skin.css">
</head>
<body>
<div class="hg-header"><a href="/"><img src="/Portals/0/logo-hagiang.png" alt="Cổng thông tin điện tử tỉnh Hà Giang"></a><div class="hg-date">{wd(TODAY)}, {dmy(TODAY)}</div></div>
<div class="hg-menu"><ul>{''.join(f'<li><a href="/{slugify(m)}">{esc(m)}</a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp", "Du khách", "Văn bản"])}</ul></div>
<div class="hg-body">
  <div class="loi-trang">
    <div class="loi-ma">404</div>
    <h2 class="loi-td">Rất tiếc! Trang bạn tìm kiếm không tồn tại.</h2>
    <p>Đường dẫn có thể đã bị thay đổi hoặc bài viết đã được gỡ bỏ. Vui lòng kiểm tra lại địa chỉ hoặc quay về trang chủ.</p>
    <form action="/tim-kiem" class="loi-tk"><input type="text" name="tukhoa" placeholder="Nhập từ khóa cần tìm"><button>Tìm kiếm</button></form>
    <p><a href="/" class="loi-btn">Về trang chủ</a></p>
  </div>
  <div class="goiy"><h3>Có thể bạn quan tâm</h3><ul>{lis}</ul></div>
</div>
<div class="hg-footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Giang. Giấy phép số 19/GP-TTĐT ngày 25/04/2018.</p></div>
</body>
</html>
"""
    return Page("nonarticle_404_01", html_, expected(None, None, None, None))


def page_sitemap(rng: random.Random) -> Page:
    """HTML site map of a provincial portal: nested lists of sections."""
    tree = {
        "Giới thiệu": ["Tổng quan", "Lịch sử hình thành", "Điều kiện tự nhiên", "Đơn vị hành chính", "Bản đồ hành chính"],
        "Tin tức - Sự kiện": ["Tin trong tỉnh", "Tin trong nước", "Chỉ đạo điều hành", "Thông cáo báo chí", "Phát ngôn và cung cấp thông tin"],
        "Chính quyền": ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành", "UBND huyện, thành phố"],
        "Văn bản": ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản", "Công báo"],
        "Công dân": ["Thủ tục hành chính", "Dịch vụ công trực tuyến", "Hỏi đáp", "Tra cứu hồ sơ"],
        "Doanh nghiệp": ["Môi trường đầu tư", "Dự án kêu gọi đầu tư", "Chính sách ưu đãi", "Đấu thầu - Mua sắm công"],
        "Du khách": ["Điểm đến", "Lễ hội", "Ẩm thực", "Lưu trú"],
        "Thông tin tuyên truyền": ["Chuyển đổi số", "Cải cách hành chính", "Phổ biến pháp luật", "Nông thôn mới"],
    }
    parts = []
    for sec, subs in tree.items():
        li = "".join(f'<li><a href="/{slugify(sec)}/{slugify(s)}">{esc(s)}</a></li>' for s in subs)
        parts.append(f'<li class="sm-l1"><a href="/{slugify(sec)}">{esc(sec)}</a><ul class="sm-l2">{li}</ul></li>')
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Sơ đồ cổng thông tin - Cổng thông tin điện tử tỉnh Bình Định</title>
<link rel="stylesheet" href="/styles/portal.css">
</head>
<body>
<div id="top"><a href="/"><img src="/images/logo-binhdinh.png" alt="Cổng thông tin điện tử tỉnh Bình Định"></a><span class="today-bd">{wd(TODAY)}, {dmy(TODAY)}</span></div>
<div id="nav-bd"><ul>{''.join(f'<li><a href="/{slugify(k)}">{esc(k)}</a></li>' for k in tree)}</ul></div>
<div id="main-bd">
  <div class="path-bd"><a href="/">Trang chủ</a> » Sơ đồ cổng</div>
  <h1 class="sm-title">Sơ đồ cổng thông tin</h1>
  <ul class="sitemap-tree">{''.join(parts)}</ul>
</div>
<div id="foot-bd"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH</p><p>Cơ quan chủ quản: Văn phòng UBND tỉnh Bình Định. Địa chỉ: 01 Trần Phú, TP Quy Nhơn.</p><p>Giấy phép số 32/GP-TTĐT ngày 15/03/2019.</p></div>
</body>
</html>
"""
    return Page("nonarticle_sitemap_01", html_, expected(None, None, None, None))


# --------------------------------------------------------------------------- main


def search_hits(rows: list[dict], rng: random.Random, query: str, n: int) -> list[tuple[str, str]]:
    cands = [r for r in rows if r["title"] and query in r["text"] and len(norm(r["title"])) < 130]
    out = []
    for r in rng.sample(cands, n):
        txt = norm(r["text"])
        i = txt.find(query)
        a, b = max(0, i - 90), min(len(txt), i + len(query) + 110)
        a = txt.rfind(" ", 0, a) + 1 if a else 0
        b2 = txt.find(" ", b)
        b = b2 if b2 != -1 else len(txt)
        snip = ("…" if a else "") + txt[a:b] + ("…" if b < len(txt) else "")
        out.append((norm(r["title"]), snip))
    return out


def main() -> None:
    rows = load_rows()
    rng = random.Random(SEED)
    pool = [r for r in rows if good(r)]
    used: set[str] = set()

    def pick(pred, k=1):
        cands = [r for r in pool if r["id"] not in used and pred(r)]
        got = rng.sample(cands, k)
        used.update(r["id"] for r in got)
        return got

    def tl(r):
        return sum(len(x) for x in lines_of(r))

    def nl(r):
        return len(lines_of(r))

    byid = {r["id"]: r for r in pool}
    used.update(FIXED.values())
    mid = lambda r: 1500 <= tl(r) <= 3600 and nl(r) >= 6  # noqa: E731
    picks = {
        "sharepoint": pick(lambda r: mid(r) and civic(r))[0],
        "bs5": pick(lambda r: mid(r) and civic(r))[0],
        "nextjs": pick(mid)[0],
        "ghost": pick(lambda r: mid(r) and civic(r) and any(x.startswith(("“", '"')) for x in lines_of(r)[2:]))[0],
        "hugo": byid[FIXED["hugo"]],
        "emagazine": pick(lambda r: 3000 <= tl(r) <= 5200 and nl(r) >= 10 and civic(r))[0],
        "ubnd": pick(lambda r: mid(r) and civic(r))[0],
        "doctable": byid[FIXED["doctable"]],
        "photo": byid[FIXED["photo"]],
        "lazy": pick(lambda r: 700 <= tl(r) <= 1300 and nl(r) >= 4)[0],
        "xemthem": pick(lambda r: mid(r) and nl(r) >= 6)[0],
        "elementor": byid[FIXED["elementor"]],
    }
    arts = {k: to_art(r, rng, merge=(k != "photo")) for k, r in picks.items()}
    # teasers for boxes and listings come from articles not used as pages
    trows = [r for r in rows if r["title"] and r["id"] not in used and 25 <= len(norm(r["title"])) <= 130
             and "\n" not in r["title"] and len(lines_of(r)) >= 2 and len(lines_of(r)[0]) >= 60]

    def T(n):
        return teasers_from(trows, rng, n)

    pages = [
        page_sharepoint(arts["sharepoint"], rng, T(8)),
        page_bs5(arts["bs5"], rng, T(6), T(8)),
        page_nextjs(arts["nextjs"], rng, T(3), T(10)),
        page_ghost(arts["ghost"], rng, T(3)),
        page_hugo(arts["hugo"], rng, *T(2)),
        page_emagazine(arts["emagazine"], rng, T(4)),
        page_ubnd_tables(arts["ubnd"], rng, T(8)),
        page_doctable(arts["doctable"], rng, T(10)),
        page_photostory(arts["photo"], rng, T(6)),
        page_lazy_sidebar(arts["lazy"], rng, T(24)),
        page_xemthem(arts["xemthem"], rng, T(2), T(5)),
        page_elementor(arts["elementor"], rng, T(3), T(6)),
        page_category_paged(rng, T(12), T(6)),
        page_search(rng, search_hits([r for r in rows if r["id"] not in used], rng, "ngập lụt", 10), "ngập lụt"),
        page_tag(rng, T(10)),
        page_404(rng, T(5)),
        page_sitemap(rng),
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        if old.suffix in (".html", ".json"):
            old.unlink()
    for p in pages:
        exp = p.expected
        for k in ("title", "author", "body"):
            if isinstance(exp[k], str):
                assert exp[k] == unicodedata.normalize("NFC", exp[k]), (p.name, k)
        if p.encoding == "utf-8":
            data = p.html.encode("utf-8")
            if p.bom:
                data = b"\xef\xbb\xbf" + data
        else:
            data = encode_cp1258_decomposed(p.html)
            back = unicodedata.normalize("NFC", html.unescape(data.decode("cp1258")))
            assert back == unicodedata.normalize("NFC", html.unescape(p.html)), p.name
        (OUT / f"{p.name}.html").write_bytes(data)
        (OUT / f"{p.name}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    print(f"wrote {len(pages)} pages to {OUT.relative_to(REPO)}")
    for k, a in arts.items():
        print(f"  {k:10s} {a.id}")


if __name__ == "__main__":
    main()
