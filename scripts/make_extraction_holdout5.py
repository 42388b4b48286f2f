# ruff: noqa: E501
"""Generate tests/fixtures/extraction/holdout5/: a blind, final held-out gold set.

Eighteen pages (13 articles, 5 non-articles) written without looking at the
extractor, its docs or any earlier fixture page, so that one measurement shows
how the extractor generalizes to site families it has never seen.

Article texts are real: title and paragraphs come from ../shared/data/vi_news.jsonl
(baomoi.com repository records keep paragraph breaks; their last line is the sapo,
some lines are photo captions or the byline). Each page spec below says which
source line becomes the sapo, a paragraph, a crosshead, a caption (rendered as an
image caption and NOT expected in the body), a list item, a table row or the
byline. The markup around them imitates a different CMS or site family per page,
with the usual noise (navigation, widgets, related news, comments, ads, cookie
bars, scripts, JSON-LD, tracking pixels).

Expected JSON per page: {"is_article", "title", "date", "author", "body"}, body =
paragraphs joined by a blank line; the sapo is the first paragraph; crossheads are
their own paragraphs; list items are one paragraph each (without the bullet or the
number the browser draws); table rows are one paragraph each with cells joined by
" | "; captions, in-body "XEM NGAY"/"Xem thêm" links and bylines are not body.

Deterministic: fixed source ids, fixed dates, and random.Random(SEED) only for
choosing teaser titles and small noise values.

Run: .venv/bin/python scripts/make_extraction_holdout5.py
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "vi_news.jsonl"
OUT = REPO / "tests" / "fixtures" / "extraction" / "holdout5"
SEED = 55_2017


def esc(text: str) -> str:
    """Escape text for an HTML text node."""
    return html.escape(text, quote=False)


def att(text: str) -> str:
    """Escape text for a double-quoted attribute value."""
    return html.escape(text, quote=True)


def norm(text: str) -> str:
    return " ".join(text.split())


def jsonld(obj: object) -> str:
    """JSON for a <script> element; '</' can never close the element early."""
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


# --------------------------------------------------------------------------
# Source data


def load_corpus() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows[rec["id"]] = rec
    return rows


CORPUS: dict[str, dict] = {}


def lines_of(rid: str) -> list[str]:
    return [norm(x) for x in CORPUS[rid]["text"].split("\n")]


def sapo_of(rec: dict) -> str:
    """Lead of a corpus record: baomoi repository records keep it on the last line."""
    lines = [norm(x) for x in rec["text"].split("\n") if x.strip()]
    if rec["id"].startswith("baomoi-") and rec.get("url") and len(lines) > 2:
        return lines[-1]
    return lines[0]


# --------------------------------------------------------------------------
# Content model
#
# Block kinds: "p" paragraph; "pl" paragraph whose source lines were split around
# keyword links (odd segments become <a>); "h" crosshead; "q" bold question;
# "qa" answer with a bold speaker label; "ol"/"ul" list items; "table" rows (first
# row is the header); "box" nested blocks in a framed inset; "fig" image caption
# (not body); "xlink" in-body related-article link (not body).


@dataclass
class Block:
    kind: str
    text: str = ""
    items: list = field(default_factory=list)
    label: str = ""


@dataclass
class Art:
    rid: str
    title: str
    sapo: str
    blocks: list[Block]
    author: str | None
    date: str

    def paragraphs(self) -> list[str]:
        out = [self.sapo]
        out.extend(block_paragraphs(self.blocks))
        return out

    def expected(self) -> dict:
        return {
            "is_article": True,
            "title": self.title,
            "date": self.date,
            "author": self.author,
            "body": "\n\n".join(self.paragraphs()),
        }


def block_paragraphs(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b.kind in ("p", "h", "q"):
            out.append(b.text)
        elif b.kind == "pl":
            out.append(" ".join(b.items))
        elif b.kind == "qa":
            out.append(f"{b.label} {b.text}")
        elif b.kind in ("ol", "ul"):
            out.extend(b.items)
        elif b.kind == "table":
            out.extend(" | ".join(row) for row in b.items)
        elif b.kind == "box":
            out.extend(block_paragraphs(b.items))
        elif b.kind in ("fig", "xlink"):
            pass
        else:
            raise ValueError(b.kind)
    return out


NON_ARTICLE = {"is_article": False, "title": None, "date": None, "author": None, "body": ""}


def build(rid: str, spec: list, *, sapo: int | str, author: str | None, date: str,
          title: str | None = None, sapo_prefix: str = "", skip: tuple[int, ...] = ()) -> Art:
    """Turn a line-index spec into an Art, checking every source line is accounted for."""
    src = lines_of(rid)
    used: set[int] = set(skip)

    def take(i: int) -> str:
        if i in used:
            raise ValueError(f"{rid}: line {i} used twice")
        used.add(i)
        return src[i]

    def conv(item: tuple) -> Block:
        kind, ref = item[0], item[1]
        if kind in ("p", "h", "q", "fig", "xlink"):
            if isinstance(ref, int):
                return Block(kind, take(ref))
            parts = [take(i) for i in ref]
            return Block(kind, " ".join(parts), items=parts)
        if kind == "pl":
            return Block(kind, items=[take(i) for i in ref])
        if kind == "qa":
            text = ref if isinstance(ref, int) else None
            joined = take(text) if text is not None else " ".join(take(i) for i in ref)
            label, rest = joined.split(": ", 1)
            return Block("qa", rest, label=label + ":")
        if kind in ("ol", "ul"):
            return Block(kind, items=[re.sub(r"^[-+•*]\s*", "", take(i)) for i in ref])
        if kind == "table":
            header, parser = item[2], item[3]
            return Block(kind, items=[header] + [parser(take(i)) for i in ref])
        if kind == "box":
            return Block(kind, items=[conv(x) for x in ref])
        if kind == "author":
            take(ref)
            return Block("_author")
        raise ValueError(kind)

    blocks = [conv(x) for x in spec]
    blocks = [b for b in blocks if b.kind != "_author"]
    lead = take(sapo) if isinstance(sapo, int) else sapo
    missing = [i for i in range(len(src)) if i not in used]
    if missing:
        raise ValueError(f"{rid}: source lines not accounted for: {missing}")
    return Art(rid, title or norm(CORPUS[rid]["title"]), sapo_prefix + lead, blocks, author, date)


def parse_boxoffice(line: str) -> list[str]:
    m = re.match(r'^(\d+)\. "(.+?),?"\s*,?\s*(.+?)\.?$', line)
    if not m:
        raise ValueError(line)
    return [m.group(1), m.group(2).rstrip(","), m.group(3)]


def articles() -> dict[str, Art]:
    a: dict[str, Art] = {}
    # Ministry portal: long piece (~6,300 chars), interview part with bold
    # questions, crossheads, caption tables, a framed inset box, right-aligned byline.
    a["webcenter_ministry_01"] = build(
        "baomoi-21479316",
        [("fig", 0), ("p", 1), ("h", 2), ("p", 3), ("q", 4), ("p", 5), ("p", 6), ("fig", 7),
         ("h", 8), ("q", 9), ("p", 10), ("p", 11), ("q", 12), ("p", 13), ("p", 14), ("p", 15),
         ("fig", 16), ("h", 17), ("q", 18), ("p", 19), ("p", 20), ("p", 21), ("q", 22),
         ("box", [("h", 23), ("p", 24), ("p", 25)]), ("author", 26)],
        sapo=27, author="Vũ Lanh", date="2017-02-07")
    # Joomla 4: crossheads, ordered list of advice, in-body "XEM NGAY" links.
    a["joomla4_01"] = build(
        "baomoi-21478175",
        [("fig", 0), ("h", 1), ("p", 2), ("p", 3), ("p", 4), ("xlink", [5, 6]), ("h", 7),
         ("p", 8), ("p", 9), ("p", 10), ("p", 11), ("h", 12), ("ol", [13, 14, 15, 16, 17]),
         ("xlink", 18), ("author", 19)],
        sapo=20, author="Theo Trà Giang (Báo Gia đình & Xã hội)", date="2017-02-08")
    # Drupal 10 Olivero with a comment section.
    a["drupal10_01"] = build(
        "baomoi-21472016",
        [("fig", 0), ("p", 1), ("p", 2), ("fig", 3), ("p", 4), ("fig", 5), ("p", 6), ("p", 7),
         ("author", 8)],
        sapo=9, author="Anh Tấn", date="2017-02-07")
    # WordPress block theme: figure blocks, a statistics table block, newsletter box.
    a["wpblock_table_01"] = build(
        "baomoi-21472319",
        [("fig", 0), ("p", 1), ("p", 2), ("p", 3), ("p", 4), ("p", 5), ("p", 6), ("p", 7),
         ("p", 8),
         ("table", list(range(9, 19)), ["STT", "Phim", "Doanh thu cuối tuần"], parse_boxoffice),
         ("author", 19)],
        sapo=20, author="TTXVN/Tin Tức", date="2017-02-06")
    # Nuxt SSR page with inline ads.
    a["nuxt_ads_01"] = build(
        "baomoi-21473740",
        [("fig", 0), ("p", 1), ("p", 2), ("p", 3), ("p", 4), ("p", 5), ("p", 6), ("p", 7),
         ("author", 8)],
        sapo=9, author="D.Ngân", date="2017-02-06")
    # ASP classic table layout; paragraphs split by <br><br>, <b> crossheads, keyword
    # links inside paragraphs. The pull-quote box of the source (lines 8-10) is left
    # out of the page entirely.
    a["aspclassic_01"] = build(
        "baomoi-21481013",
        [("fig", 0), ("h", 1), ("pl", [2, 3, 4, 5, 6]), ("p", 7), ("p", 11),
         ("pl", [12, 13, 14]), ("p", 15), ("p", 16), ("h", 17), ("pl", [18, 19, 20]),
         ("p", 21), ("p", 22), ("p", 23), ("p", 24), ("author", 25)],
        sapo=26, author="Nhóm PV Thường trú", date="2017-02-07", skip=(8, 9, 10))
    # Custom portal: div.content with one <div> per paragraph; "(PYO) - " prefix on
    # the lead, a header "today" date different from the publication date.
    a["divcontent_01"] = build(
        "baomoi-21471856",
        [("fig", 0), ("p", 1), ("p", 2), ("p", 3), ("p", 4), ("p", 5), ("p", 6), ("p", 7),
         ("p", 8), ("author", 9)],
        sapo=10, sapo_prefix="(PYO) - ", author="Nhiệt Băng", date="2017-02-06")
    # Tailwind/Laravel page: "Cập nhật" printed before "Xuất bản".
    a["updated_published_01"] = build(
        "baomoi-21472685",
        [("fig", 0), ("p", 1), ("p", 2), ("p", 3), ("p", 4), ("p", 5), ("p", 6), ("author", 7)],
        sapo=8, author="Hà An", date="2017-02-06")
    # ASP.NET WebForms interview: bold questions, bold speaker labels, "Xem thêm" list.
    a["interview_01"] = build(
        "vietnews-train-005701",
        [("q", [1, 2]), ("qa", 3), ("p", 4), ("q", 5), ("qa", [6, 7]), ("p", [8, 9, 10]),
         ("q", [11, 12]), ("qa", [13, 14]), ("p", [15, 16]), ("p", 17), ("q", [18, 19]),
         ("qa", 20), ("q", 21), ("xlink", [22, 23, 24, 25, 26]), ("author", 27)],
        sapo=0, author="Lạc Thành", date="2017-05-24",
        title="Chánh VP Bộ VH, TT & DL: 'Cách làm của cục NTBD là phương pháp phù hợp'")
    # TV station video page: video player, then the story text.
    a["video_01"] = build(
        "baomoi-21473412",
        [("p", 1), ("fig", 2), ("p", 3), ("p", 4), ("fig", 5), ("fig", 6), ("p", 7), ("author", 8)],
        sapo=0, author="Đức Anh/VOV-Tây Bắc", date="2017-02-06", skip=(9,))
    # Print view ("In bài").
    a["print_01"] = build(
        "baomoi-21478922",
        [("fig", 0), ("h", 1), ("p", 2), ("p", 3), ("h", 4), ("p", 5), ("fig", 6), ("p", 7),
         ("p", 8), ("p", 9), ("p", 10), ("author", 11)],
        sapo=12, author="Dương - Hằng", date="2017-02-08")
    # AMP page: byline "PV", visible date is only "Cập nhật lúc …"; JSON-LD has
    # datePublished. The source's own byline line is not printed on this page.
    a["amp_01"] = build(
        "baomoi-21473169",
        [("p", 0), ("p", 1), ("p", 2), ("p", 3), ("p", 4), ("fig", 5), ("p", 6), ("p", 7),
         ("p", 8), ("p", 9)],
        sapo=11, author="PV", date="2017-02-06", skip=(10,))
    # Short brief (~700 chars) whose "Tin cùng chuyên mục" list is longer than it.
    a["brief_01"] = build(
        "baomoi-21476180",
        [("p", 0), ("p", 1), ("p", 2)],
        sapo=3, author="Theo GD&TĐ", date="2017-02-07")
    return a


# --------------------------------------------------------------------------
# Teasers (related news, sidebars, listings): real titles and sapos of other records


@dataclass
class Teaser:
    rid: str
    title: str
    sapo: str
    slug: str
    nid: int


def slugify(text: str) -> str:
    table = str.maketrans("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    s = text.lower().translate(table)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].rstrip("-")


class TeaserPool:
    def __init__(self, rng: random.Random, exclude: set[str]) -> None:
        pool = []
        for rid in sorted(CORPUS):
            rec = CORPUS[rid]
            if rid in exclude or not rec["title"] or not rid.startswith("baomoi-") or not rec["url"]:
                continue
            title = norm(rec["title"])
            sapo = sapo_of(rec)
            if not (25 <= len(title) <= 110) or not (90 <= len(sapo) <= 320) or sapo.endswith("..."):
                continue
            pool.append(rec)
        rng.shuffle(pool)
        self.pool = pool
        self.rng = rng
        self.pos = 0

    def take(self, n: int, pattern: str | None = None) -> list[Teaser]:
        out: list[Teaser] = []
        while len(out) < n:
            if self.pos >= len(self.pool):
                raise RuntimeError("teaser pool exhausted")
            rec = self.pool[self.pos]
            self.pos += 1
            if pattern and not re.search(pattern, rec["title"] + " " + sapo_of(rec), re.I):
                continue
            title = norm(rec["title"])
            out.append(Teaser(rec["id"], title, sapo_of(rec), slugify(title), 20000 + int(rec["id"].split("-")[1]) % 70000))
        return out


# --------------------------------------------------------------------------
# Rendering helpers

Renderer = dict[str, Callable[[Block], str]]


def render(blocks: list[Block], r: Renderer, sep: str = "\n") -> str:
    return sep.join(r[b.kind](b) for b in blocks)


def linked(b: Block, href: Callable[[str], str], tpl: str = '<a href="{h}">{t}</a>') -> str:
    """Paragraph text whose odd segments are keyword links (source split around them)."""
    parts = []
    for i, seg in enumerate(b.items):
        parts.append(tpl.format(h=att(href(seg)), t=esc(seg)) if i % 2 else esc(seg))
    return " ".join(parts)


def day_list(rng: random.Random, n: int, days: tuple[int, int], month: int = 2, year: int = 2017,
             fmt: str = "{d:02d}/{m:02d}/{y}") -> list[str]:
    out = sorted((rng.randint(*days) for _ in range(n)), reverse=True)
    return [fmt.format(d=d, m=month, y=year) for d in out]


def vn_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', '{gid}');
</script>"""

FB_PIXEL = """<script>
!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)}};if(!f._fbq)f._fbq=n;
n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}}(window,
document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '{pid}');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none" alt="" src="https://www.facebook.com/tr?id={pid}&amp;ev=PageView&amp;noscript=1"></noscript>"""


# --------------------------------------------------------------------------
# A1: ministry portal on Oracle WebCenter / ADF Faces-like markup


def page_webcenter(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    img = 0

    def fig(b: Block) -> str:
        nonlocal img
        img += 1
        return (f'<table class="image" align="center" border="0" cellpadding="0" cellspacing="0" style="width:520px;margin:8px auto">'
                f'<tbody><tr><td><img alt="" src="/documents/10180/0/500kv-mach-3-{img}.jpg/{rng.randrange(16**8):08x}?t=14864{rng.randint(10000, 99999)}" style="width:520px;height:auto;border:0"></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center;font-size:11pt;color:#555"><em><span style="font-family:Arial,sans-serif">{esc(b.text)}</span></em></td></tr></tbody></table>')

    span = '<span style="font-family:Arial,sans-serif;font-size:12pt">{}</span>'
    r: Renderer = {
        "p": lambda b: f'<p style="text-align:justify;margin:0 0 8px 0">{span.format(esc(b.text))}</p>',
        "h": lambda b: f'<p style="text-align:justify;margin:12px 0 8px 0"><strong>{span.format(esc(b.text))}</strong></p>',
        "q": lambda b: f'<p style="text-align:justify;margin:0 0 8px 0"><strong><em>{span.format(esc(b.text))}</em></strong></p>',
        "fig": fig,
    }
    r["box"] = lambda b: ('<div style="border:1px solid #b7cde3;background-color:#eef5fb;padding:10px 14px;margin:14px 0">\n'
                          + render(b.items, r) + "\n</div>")
    body = render(art.blocks, r)
    others = pool.take(8)
    odates = day_list(rng, 8, (1, 6))
    other_html = "\n".join(
        f'<li class="af_commandLink" style="padding:4px 0;border-bottom:1px dotted #ccc"><a id="T:oc_5331:r1:0:i2:{i}:cl1" class="xfp" href="/web/guest/tin-tuc/-/asset_publisher/vn4p/content/{t.slug}" onclick="return _adfspu(this)">{esc(t.title)}</a> <span style="color:#888;font-size:11px">({d})</span></li>'
        for i, (t, d) in enumerate(zip(others, odates, strict=True)))
    menu = ["Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật", "Thủ tục hành chính",
            "Số liệu thống kê", "Thông cáo báo chí", "Hỏi đáp", "Liên hệ"]
    menu_html = "".join(f'<td class="af_panelGroupLayout" style="padding:0 10px"><a class="menu-top" href="/web/guest/{slugify(m)}" style="color:#fff;font-weight:bold;text-decoration:none">{esc(m)}</a></td>' for m in menu)
    views = rng.randint(900, 3000)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="vi-VN" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Chi tiết bài viết Tin tức - Cổng thông tin điện tử Bộ Công Thương</title>
<meta name="description" content="{att(art.sapo)}">
<link rel="stylesheet" charset="UTF-8" type="text/css" href="/afr/alta-v1/alta-v1-desktop-2i4q6r-vi.css">
<link rel="stylesheet" type="text/css" href="/webcenter/faces/oracle/webcenter/portalapp/shared/skin/portal.css?v=20161203">
<script type="text/javascript" src="/afr/partition/gecko/default/opt/boot-12.2.1.1.0-4401.js"></script>
<script type="text/javascript" src="/afr/partition/gecko/default/opt/core-12.2.1.1.0-4401.js"></script>
<script type="text/javascript">
var _AdfWindowOpenError='Không thể mở cửa sổ popup. Vui lòng tắt trình chặn popup.';
AdfPage.PAGE=new AdfRichPage("f1");AdfPage.PAGE.setClientIdCaching(true);
function _adfspu(el){{return true;}}
</script>
{GA.format(gid="UA-" + str(rng.randint(10000000, 99999999)) + "-1")}
</head>
<body class="af_document" style="margin:0;padding:0;background-color:#e9edf2">
<div id="T:d1" class="af_document" style="width:100%">
<form id="f1" name="f1" style="margin:0px" method="POST" onkeypress="return _checkLoad()" action="/webcenter/portal/BoCongThuong/pages_tin-tuc/chi-tiet?_afrLoop=3318261794250{rng.randint(100, 999)}&amp;_adf.ctrl-state=1bq8w4z2ej_4">
<div id="T:pt_s1" class="af_panelStretchLayout" style="position:relative;width:100%">
 <div id="T:pt_s1::t" class="af_panelStretchLayout_top" style="background-color:#fff">
  <div id="T:pt_pgl2" class="af_panelGroupLayout" style="display:block;width:1000px;margin:0 auto">
   <table cellpadding="0" cellspacing="0" border="0" summary="" style="width:100%"><tr>
    <td style="padding:6px 0;font-size:11px;color:#666"><span id="T:pt_ot9" class="af_outputText">Thứ Năm, 09/02/2017</span></td>
    <td style="text-align:right;font-size:11px"><a href="/web/guest/so-do-cong">Sơ đồ cổng</a> | <a href="/web/guest/rss">RSS</a> | <a href="/en/">English</a></td>
   </tr></table>
   <div id="T:pt_pgl4" style="display:block;height:110px;background:url('/images/banner-bct.jpg') no-repeat left center">
    <span id="T:pt_ot1" class="af_outputText" style="display:none">BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ</span>
   </div>
  </div>
  <div id="T:pt_pgl6" class="af_panelGroupLayout" style="background-color:#0b5aa2;height:36px">
   <table cellpadding="0" cellspacing="0" border="0" summary="" style="width:1000px;margin:0 auto;height:36px"><tr>{menu_html}
    <td><div id="T:pt_it1" class="af_inputText"><input id="T:pt_it1::content" name="T:pt_it1" class="af_inputText_content" type="text" placeholder="Tìm kiếm..." style="width:140px"></div></td></tr></table>
  </div>
 </div>
 <div id="T:pt_s1::c" class="af_panelStretchLayout_center">
  <div id="T:oc_8312417560region1" style="width:1000px;margin:10px auto;background:#fff;overflow:hidden">
   <div id="T:oc_8312417560region1:0:pgl1" class="af_panelGroupLayout" style="display:block;float:left;width:690px;padding:12px">
    <div id="T:oc_8312417560region1:0:pgl2" class="af_panelGroupLayout" style="display:block;font-size:12px;color:#777;margin-bottom:8px">
     <a href="/web/guest/trang-chu" class="af_goLink">Trang chủ</a> &gt; <a href="/web/guest/tin-tuc" class="af_goLink">Tin tức - Sự kiện</a> &gt; <span class="af_outputText">Tin tức</span>
    </div>
    <div id="T:oc_8312417560region1:0:pgl3" class="af_panelGroupLayout" style="display:block">
     <div id="T:oc_8312417560region1:0:pgl4" class="af_panelGroupLayout" style="display:block">
      <div id="T:oc_8312417560region1:0:ot1" class="af_outputText tieu-de-chi-tiet" style="font-size:20px;font-weight:bold;color:#0b5aa2;line-height:28px;margin:4px 0 6px 0">{esc(art.title)}</div>
      <div id="T:oc_8312417560region1:0:pgl5" class="af_panelGroupLayout" style="display:block;font-size:11px;color:#777;padding-bottom:6px;border-bottom:1px solid #e1e1e1">
       <span id="T:oc_8312417560region1:0:ot2" class="af_outputText">Ngày đăng: 07/02/2017 | 08:15</span>
       <span style="padding:0 8px">|</span><span id="T:oc_8312417560region1:0:ot3" class="af_outputText">Lượt xem: {vn_num(views)}</span>
       <span style="float:right"><a href="#" onclick="return fontSize(-1)">A-</a> <a href="#" onclick="return fontSize(0)">A</a> <a href="#" onclick="return fontSize(1)">A+</a> | <a href="javascript:window.print()">In trang</a> | <a href="/web/guest/gui-email?id=41{rng.randint(100, 999)}">Gửi email</a></span>
      </div>
      <div id="T:oc_8312417560region1:0:pgl6" class="af_panelGroupLayout" style="display:block;margin:10px 0">
       <div id="T:oc_8312417560region1:0:ot4" class="af_outputText sapo" style="font-weight:bold;text-align:justify;font-size:13px;line-height:20px">{esc(art.sapo)}</div>
      </div>
      <div id="T:oc_8312417560region1:0:pgl7" class="af_panelGroupLayout" style="display:block">
       <div id="T:oc_8312417560region1:0:pgl8" class="af_panelGroupLayout" style="display:block">
        <div id="T:oc_8312417560region1:0:ot5" class="af_outputFormatted noi-dung" style="text-align:justify;line-height:21px">
<div style="width:100%">
<div>
{body}
<p style="text-align:right"><strong>{esc(art.author or "")}</strong></p>
</div>
</div>
        </div>
       </div>
      </div>
      <div id="T:oc_8312417560region1:0:pgl9" class="af_panelGroupLayout file-dinh-kem" style="display:block;margin-top:10px;padding:8px;background:#f7f7f7;font-size:12px">
       <span style="font-weight:bold">Tệp đính kèm:</span>
       <ul style="margin:4px 0 0 18px;padding:0">
        <li><a href="/documents/10180/0/47-TTg-CN.pdf">47-TTg-CN_dieu-chinh-QHD7.pdf</a> (312 KB)</li>
        <li><a href="/documents/10180/0/Phu-luc-DZ500kV-mach3.pdf">Phu-luc-danh-muc-cong-trinh.pdf</a> (1,2 MB)</li>
       </ul>
      </div>
      <div id="T:oc_8312417560region1:0:pgl10" class="af_panelGroupLayout" style="display:block;margin-top:14px">
       <div style="background:#0b5aa2;color:#fff;font-weight:bold;padding:5px 8px">Các tin khác</div>
       <ul style="list-style:square;margin:6px 0 0 18px;padding:0;font-size:12px">
{other_html}
       </ul>
      </div>
     </div>
    </div>
   </div>
   <div id="T:oc_8312417560region2" class="af_panelGroupLayout" style="display:block;float:right;width:270px;padding:12px 12px 12px 0">
    <div style="background:#f0f4f8;border:1px solid #d5dde6;margin-bottom:10px">
     <div style="background:#0b5aa2;color:#fff;padding:5px 8px;font-weight:bold">Liên kết</div>
     <div style="padding:8px"><select onchange="window.open(this.value)" style="width:100%"><option>-- Chọn liên kết --</option><option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="http://evn.com.vn">Tập đoàn Điện lực Việt Nam</option></select></div>
    </div>
    <div style="background:#f0f4f8;border:1px solid #d5dde6;margin-bottom:10px">
     <div style="background:#0b5aa2;color:#fff;padding:5px 8px;font-weight:bold">Thăm dò ý kiến</div>
     <div style="padding:8px;font-size:12px">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?<br>
      <input type="radio" name="poll" value="1"> Đẹp, dễ sử dụng<br><input type="radio" name="poll" value="2"> Bình thường<br><input type="radio" name="poll" value="3"> Khó sử dụng<br>
      <button type="button">Biểu quyết</button> <button type="button">Xem kết quả</button></div>
    </div>
   </div>
  </div>
 </div>
 <div id="T:pt_s1::b" class="af_panelStretchLayout_bottom" style="background:#0b5aa2;color:#fff;font-size:11px;padding:12px 0">
  <div style="width:1000px;margin:0 auto;line-height:18px">
   <b>CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG THƯƠNG</b><br>
   Giấy phép số 1140/GP-TTĐT do Cục Quản lý phát thanh, truyền hình và thông tin điện tử cấp ngày 11/7/2011<br>
   Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội - Điện thoại: 024.22202108<br>
   © Bản quyền thuộc về Bộ Công Thương. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin này.
  </div>
 </div>
</div>
<input type="hidden" name="javax.faces.ViewState" value="!-{rng.randrange(10**9)}">
<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1">
</form>
</div>
<script type="text/javascript">AdfPage.PAGE.clearMessages();AdfPage.PAGE.clearSubtreeMessages('T:oc_8312417560region1');</script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A2: Joomla 4 (Cassiopeia) - CMS account in "Viết bởi" and JSON-LD, modified date


def page_joomla(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    xl = iter(["/suc-khoe-gia-dinh/phong-thuy-kieng-ky-de-ba-bau-an-tam-me-tron-con-vuong",
               "/suc-khoe-gia-dinh/thuc-pham-phai-co-cho-me-mang-bau-vao-mua-xuan"])

    def xlink(b: Block) -> str:
        text = b.text.replace("=>XEM NGAY :", "=>XEM NGAY:")
        return f'<p><a href="{next(xl)}"><strong>{esc(text)}</strong></a></p>'

    r: Renderer = {
        "p": lambda b: f"<p>{esc(b.text)}</p>",
        "h": lambda b: f"<h3>{esc(b.text)}</h3>",
        "ol": lambda b: "<ol>\n" + "\n".join(f"<li>{esc(x)}</li>" for x in b.items) + "\n</ol>",
        "fig": lambda b: f'<figure class="image"><img src="images/2017/02/ba-bau-le-chua.jpg" alt="Bà bầu đi lễ chùa" width="640" height="427" loading="lazy"><figcaption>{esc(b.text)}</figcaption></figure>',
        "xlink": xlink,
    }
    body = render(art.blocks, r, "\n\t")
    latest = pool.take(5)
    popular = pool.take(5)
    cur = ' aria-current="location"'
    nav = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Sức khỏe - Gia đình", "Gương phụ nữ điển hình", "Văn bản", "Liên hệ"]
    nav_html = "\n".join(f'<li class="nav-item item-{101 + i}{" current active" if i == 3 else ""}"><a href="/{slugify(n) if i else ""}"{cur if i == 3 else ""}>{esc(n)}</a></li>' for i, n in enumerate(nav))
    tags = ["bà bầu", "đi lễ chùa", "mang thai", "kiêng kỵ"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://hoiphunu-thachthat.vn/#/schema/Organization/base", "name": "Hội LHPN huyện", "url": "https://hoiphunu-thachthat.vn/"},
        {"@type": "WebSite", "@id": "https://hoiphunu-thachthat.vn/#/schema/WebSite/base", "url": "https://hoiphunu-thachthat.vn/", "name": "Hội LHPN huyện", "publisher": {"@id": "https://hoiphunu-thachthat.vn/#/schema/Organization/base"}},
        {"@type": "WebPage", "@id": "https://hoiphunu-thachthat.vn/#/schema/WebPage/base", "url": "https://hoiphunu-thachthat.vn/suc-khoe-gia-dinh/ba-bau-co-nen-di-le-chua", "name": art.title + " - Hội LHPN huyện", "isPartOf": {"@id": "https://hoiphunu-thachthat.vn/#/schema/WebSite/base"}, "inLanguage": "vi-VN"},
        {"@type": "Article", "@id": "https://hoiphunu-thachthat.vn/#/schema/com_content/article/412", "name": art.title, "headline": art.title, "inLanguage": "vi-VN", "author": {"@type": "Person", "name": "Super User"}, "dateCreated": "2017-02-08T02:21:07+00:00", "datePublished": "2017-02-08T02:30:00+00:00", "dateModified": "2017-02-10T08:12:44+00:00", "interactionStatistic": {"@type": "InteractionCounter", "userInteractionCount": 1532}, "isPartOf": {"@id": "https://hoiphunu-thachthat.vn/#/schema/WebPage/base"}},
    ]}
    token = f"{rng.randrange(16**32):032x}"
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Super User">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{att(art.sapo[:160])}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(art.title)} - Hội LHPN huyện</title>
	<link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/system/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?8f4c1d" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?8f4c1d" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-special-color: #001B4C;
	}}</style>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/hoiphunu-thachthat.vn\\/","base":"","baseFull":"https:\\/\\/hoiphunu-thachthat.vn\\/"}},"csrf.token":"{token}"}}</script>
	<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?8f4c1d" defer></script>
	<script src="/media/system/js/messages-es5.min.js?c29829fd2432533d05b15b771f86c6637708bd9d" nomodule defer></script>
	<script src="/media/system/js/messages.min.js?7f7aa28ac8e8d42145850e8b45b3bc82ff9a6411" type="module"></script>
	<script type="application/ld+json">{jsonld(ld)}</script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-104 has-sidebar-right">
	<header class="header container-header full-width">
		<div class="grid-child">
			<div class="navbar-brand">
				<a class="brand-logo" href="/">
					<span title="Hội LHPN huyện">Hội Liên hiệp Phụ nữ huyện</span>
				</a>
				<div class="site-description">Vì sự tiến bộ của phụ nữ và bình đẳng giới</div>
			</div>
		</div>
		<div class="grid-child container-nav">
			<nav class="navbar navbar-expand-md" aria-label="Main Menu">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-list nav ">
{nav_html}
</ul>
    </div>
</nav>
			<div class="container-search">
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword110" class="visually-hidden finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword110" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div>
    <input type="hidden" name="Itemid" value="101"></form>
			</div>
		</div>
	</header>

	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                Bạn đang ở: &#160;
            </li>
                            <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>
                            <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/suc-khoe-gia-dinh" class="pathway"><span itemprop="name">Sức khỏe - Gia đình</span></a><meta itemprop="position" content="2"></li>
                            <li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(art.title)}</span><meta itemprop="position" content="3"></li>
        </ol>
</nav>
			<div id="system-message-container" aria-live="polite"></div>

			<main>
				<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
		<div class="page-header">
		<h1 itemprop="headline">
			{esc(art.title)}		</h1>
							</div>

				<dl class="article-info text-muted">
	<dt class="article-info-term">Chi tiết</dt>
	<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
	<span class="icon-user icon-fw" aria-hidden="true"></span>
	Viết bởi: <span itemprop="name">Super User</span>	</dd>
	<dd class="category-name">
	<span class="icon-folder-open icon-fw" aria-hidden="true"></span>						Danh mục: <a href="/suc-khoe-gia-dinh" itemprop="genre">Sức khỏe - Gia đình</a>	</dd>
	<dd class="published">
	<span class="icon-calendar icon-fw" aria-hidden="true"></span>
	<time datetime="2017-02-08T09:30:00+07:00" itemprop="datePublished">
		Ngày đăng: 08 Tháng 2 2017	</time>
</dd>
	<dd class="modified">
	<span class="icon-calendar icon-fw" aria-hidden="true"></span>
	<time datetime="2017-02-10T15:12:44+07:00" itemprop="dateModified">
		Cập nhật lần cuối: 10 Tháng 2 2017	</time>
</dd>
	<dd class="hits">
	<span class="icon-eye icon-fw" aria-hidden="true"></span>
	<meta itemprop="interactionCount" content="UserPageVisits:1532">
	Lượt xem: 1532	</dd>
	</dl>

			<div class="icons">
		<div class="float-end">
			<div class="btn-group">
				<a class="btn btn-link" href="/suc-khoe-gia-dinh/ba-bau-co-nen-di-le-chua?tmpl=component&amp;print=1" title="In bài" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print icon-fw" aria-hidden="true"></span> In bài</a>
				<a class="btn btn-link" href="/component/mailto/?tmpl=component&amp;link=412" title="Gửi email"><span class="icon-envelope icon-fw" aria-hidden="true"></span> Email</a>
			</div>
		</div>
	</div>

		<div itemprop="articleBody" class="com-content-article__body">
		<p><strong>{esc(art.sapo)}</strong></p>
	{body}
	<p style="text-align: right;"><em><strong>{esc(art.author or "")}</strong></em></p>	</div>


		<ul class="tags list-inline">
{"".join(f'<li class="list-inline-item tag-{20 + i} tag-list{i}"><a href="/component/tags/tag/{slugify(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>' for i, t in enumerate(tags))}
	</ul>

<nav class="pagenavigation" aria-label="Điều hướng trang">
    <span class="pagination ms-0">
                <a class="btn btn-sm btn-secondary previous" href="/suc-khoe-gia-dinh/{latest[0].slug}" rel="prev">
            <span class="visually-hidden">
                Bài trước: {esc(latest[0].title)}            </span>
            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span>            </a>
                    <a class="btn btn-sm btn-secondary next" href="/suc-khoe-gia-dinh/{latest[1].slug}" rel="next">
            <span class="visually-hidden">
                Bài tiếp: {esc(latest[1].title)}            </span>
            <span aria-hidden="true">Tiếp theo</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>
        </span>
</nav>
								</div>

			</main>

		</div>

				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
            <h3 class="card-header ">Bài viết mới</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-hoat-dong/{t.slug}" itemprop="url"><span itemprop="name">{esc(t.title)}</span></a></li>' for t in latest)}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Xem nhiều nhất</h3>        <div class="card-body">
                <ul class="mostread mod-list">
{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-hoat-dong/{t.slug}" itemprop="url"><span itemprop="name">{esc(t.title)}</span></a></li>' for t in popular)}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Đường dây nóng</h3>        <div class="card-body">
                <div id="mod-custom115" class="mod-custom custom"><p>Tư vấn, hỗ trợ phụ nữ bị bạo lực gia đình: <strong>1900 969 680</strong> (miễn phí, 24/7)</p></div>
    </div>
</div>

		</div>
			</div>

		<footer class="container-footer footer full-width">
		<div class="grid-child">
			<div id="mod-custom99" class="mod-custom custom"><p>Bản quyền © 2017 Hội Liên hiệp Phụ nữ huyện. Bảo lưu mọi quyền.<br>Địa chỉ: Khu hành chính huyện - Điện thoại: 024.33842 116 - Email: hoiphunu@thachthat.gov.vn</p></div>
		</div>
	</footer>

			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>


</body>
</html>
"""


# --------------------------------------------------------------------------
# A3: Drupal 10 (Olivero) - CMS account in node meta, comments "Bình luận (12)"

COMMENTS = [
    ("Nguyễn Văn Hùng", "Cháu ngoan quá", "Cháu ngoan quá, gia đình và nhà trường dạy dỗ rất tốt. Mong các em học sinh trong huyện noi gương Lan Anh."),
    ("Trần Thị Mai", "Đáng khen", "Một việc làm đẹp đầu năm mới. Đề nghị xã Thạch Văn có thêm phần thưởng cho cháu vì hoàn cảnh gia đình còn khó khăn."),
    ("Phạm Quốc Khánh", "Tấm gương", "Đọc bài mà thấy ấm lòng. Thời buổi này nhặt được 40 triệu mà trả lại ngay thì không phải ai cũng làm được."),
    ("Lê Hồng Nhung", "Cảm ơn cô giáo", "Cảm ơn cô Hòa và nhà trường đã dạy các cháu biết sống trung thực."),
    ("Hoàng Minh", "Chúc cháu học giỏi", "Chúc cháu Lan Anh luôn chăm ngoan, học giỏi. Mong có nhiều bài viết về những tấm gương người tốt việc tốt như thế này."),
    ("Đặng Thu Trang", "Rất xúc động", "Bà Truyền chắc hẳn rất mừng. Cả xóm tôi ai cũng khen cháu."),
]


def page_drupal(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    figs = iter(["tuyen-duong-lan-anh.jpg", "trao-bang-khen.jpg", "trao-giay-khen.jpg"])

    def fig(b: Block) -> str:
        return (f'<figure role="group" class="caption caption-img align-center">\n<img alt="{att(b.text)}" data-entity-type="file" data-entity-uuid="{rng.randrange(16**8):08x}-{rng.randrange(16**4):04x}-4{rng.randrange(16**3):03x}-a{rng.randrange(16**3):03x}-{rng.randrange(16**12):012x}" src="/sites/default/files/inline-images/{next(figs)}" width="800" height="533" loading="lazy">\n'
                f"<figcaption>{esc(b.text)}</figcaption>\n</figure>")

    r: Renderer = {"p": lambda b: f"<p>{esc(b.text)}</p>", "fig": fig}
    body = render(art.blocks, r)
    same = pool.take(6)
    sdates = day_list(rng, 6, (1, 6), fmt="{d:02d}/{m:02d}/{y}")
    comments = []
    for i, (name, subj, text) in enumerate(COMMENTS):
        cid = 811 + i
        comments.append(f"""
<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" role="article" data-drupal-selector="comment">
  <span class="hidden" data-comment-timestamp="{1486460000 + i * 3911}"></span>
  <div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/images/placeholder-user.svg" width="100" height="100" alt="Ảnh đại diện của {att(name)}" loading="lazy"></div></div>
  <div class="comment__text-wrapper">
    <footer class="comment__meta">
      <p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name" datatype="">{esc(name)} (chưa xác thực)</span></p>
      <p class="comment__time">Thứ Ba, 07/02/2017 - {15 + i // 2}:{(i * 17) % 60:02d}</p>
    </footer>
    <div class="comment__content">
      <h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="vi">{esc(subj)}</a></h3>
      <div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(text)}</p></div>
      <ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/2381/comment_forum/{cid}">Trả lời</a></li></ul>
    </div>
  </div>
</article>""")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Chính quyền", "Công dân", "Doanh nghiệp", "Văn bản", "Liên hệ"]
    menu_html = "\n".join(
        f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/{slugify(m) if i else ""}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="{"<front>" if not i else "node/" + str(3 + i)}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(m)}</span></a></li>'
        for i, m in enumerate(menu))
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/2381", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "vi"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True, "ajaxTrustedUrl": {"/comment/reply/node/2381/comment": True, "/search/node": True},
                "user": {"uid": 0, "permissionsHash": f"{rng.randrange(16**64):064x}"}}
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="https://thachha.hatinh.gov.vn/tin-tuc/khen-thuong-hoc-sinh-nhat-duoc-40-trieu-dong-tra-lai-nguoi-danh-roi" />
<link rel="shortlink" href="https://thachha.hatinh.gov.vn/node/2381" />

    <title>{esc(art.title)} | Cổng thông tin điện tử huyện Thạch Hà</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_7uZ8yXkQ1c4n0aTPz2-mK1wHzJgq3bLm8Rk4e9sVb0I.css?delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxdjEEOwjAMBD-UxE9CjuNSS4ktxQHa3yMOQOllRxrtLnPdjU7O1z3k0Ir8yzoXDv2AYr" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3bU0pq4eF1sS5JkLz8dV_2wNnOaY6x7cR9tHgK1Ao.css?delta=1&amp;language=vi&amp;theme=olivero&amp;include=eJxdjEEOwjAMBD-UxE9CjuNSS4ktxQHa3yMOQOllRxrtLnPdjU7O1z3k0Ir8yzoXDv2AYr" />

    <script type="application/json" data-drupal-selector="drupal-settings-json">{jsonld(settings)}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_n0dR1bHkq8mYx3vZ2fT6cLsWj5aUoP9eGiK7hB4Qw1E.js?scope=header&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>

  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Chuyển đến nội dung chính
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>

<div id="page-wrapper" class="page-wrapper">
  <div id="page">

          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">

                <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon">
                <span></span>
                <span></span>
                <span></span>
              </span>
            </button>
          </div>

                    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">


<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding">
          <div class="site-branding__inner">
              <div class="site-branding__text">
          <div class="site-branding__name">
            <a href="/" title="Trang chủ" rel="home">Cổng thông tin điện tử huyện Thạch Hà</a>
          </div>
                      <div class="site-branding__slogan">Tỉnh Hà Tĩnh</div>
                  </div>
          </div>
</div>

<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>


                              <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
                  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
                    <span class="mobile-nav-button__label">Menu</span>
                    <span class="mobile-nav-button__icon"></span>
                  </button>
                </div>

                <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">

<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">


      <div class="content">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">Tìm kiếm</label>
        <input title="Nhập thuật ngữ bạn muốn tìm kiếm." placeholder="Tìm kiếm theo từ khóa hoặc cụm từ." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm">
    <span class="icon--search"></span>
    <span class="visually-hidden">Tìm kiếm</span>
</button>
</div>
</form>
    </div>
  </div>
<nav  id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">

  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>


          <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{menu_html}
          </ul>



  </nav>

                </div>
                          </div>
          </div>
        </div>
      </header>

    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>

          <div class="main-content__container container">

  <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>

  </div>

  <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    <div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">


        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item">
                          <a href="/" class="breadcrumb__link">Trang chủ</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/tin-tuc" class="breadcrumb__link">Tin tức</a>
                      </li>
              </ol>
    </div>
  </nav>

  </div>

  </div>


                          <div class="sidebar-grid grid-full">
                <main role="main" class="site-main">
                    <div class="region region--content-above grid-full layout--pass--content-medium">

<div id="block-olivero-page-title" class="block block-core block-page-title-block">



  <h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">{esc(art.title)}</span>
</h1>



</div>

  </div>

                    <div class="region region--content grid-full layout--pass--content-medium" id="content">

<div id="block-olivero-content" class="block block-system block-system-main-block">


      <div class="block__content">


<article data-history-node-id="2381" class="node node--type-article node--promoted node--view-mode-full">
  <header class="">


          <div class="node__meta">
                  <article class="profile">
  </article>

        <span>
          Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>bbt_thachha</span></span>
        </span>
        <span class="node__meta-separator"> · </span>
        <span>
          <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2017-02-07T14:30:00+07:00" title="Thứ Ba, 07/02/2017 - 14:30" class="datetime">Thứ Ba, 07/02/2017 - 14:30</time>
</span>
        </span>

      </div>
      </header>
  <div class="node__content">

            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>{esc(art.sapo)}</strong></p>
{body}
<p class="text-align-right"><strong>{esc(art.author or "")}</strong></p>
</div>

  <div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">
    <h3 class="field__label">Thẻ</h3>
    <ul class="links field__items">
          <li><a href="/taxonomy/term/41" hreflang="vi">Thạch Văn</a></li>
          <li><a href="/taxonomy/term/42" hreflang="vi">người tốt việc tốt</a></li>
          <li><a href="/taxonomy/term/43" hreflang="vi">giáo dục</a></li>
      </ul>
  </div>

  <section data-drupal-selector="comments" class="comments">

      <h2 class="comments__title">Bình luận <span class="comments__count">(12)</span></h2>

{"".join(comments)}
<div class="comments__more"><a href="/node/2381?page=1#comments" class="button button--small">Xem thêm 6 bình luận</a></div>

  <h2 class="add-comment__heading">Thêm bình luận mới</h2>
  <div class="add-comment">
      <div class="add-comment__picture-wrapper"><div class="add-comment__picture"><img src="/core/themes/olivero/images/placeholder-user.svg" alt="" width="100" height="100"></div></div>
    <div class="add-comment__form">
      <form class="comment-comment-forum-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/2381/comment_forum" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
      <label for="edit-name" class="form-item__label js-form-required form-required">Tên của bạn</label>
        <input data-drupal-default-value="Khách" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text required form-element form-element--type-text form-element--api-textfield" required="required" aria-required="true" />
        </div>
<div class="js-form-item form-item js-form-type-email form-item-mail js-form-item-mail">
      <label for="edit-mail" class="form-item__label">Email</label>
        <input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email form-element form-element--type-email form-element--api-email" />
            <div id="edit-mail--description" class="form-item__description">
      Nội dung của trường này được giữ kín và sẽ không được hiển thị công khai.
    </div>
  </div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">
  <div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value">
      <label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Bình luận</label>
        <div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" placeholder="" class="form-textarea required resize-vertical form-element form-element--type-textarea form-element--api-textarea" required="required" aria-required="true"></textarea></div>
        </div>
</div>
<input autocomplete="off" data-drupal-selector="form-{rng.randrange(16**20):020x}" type="hidden" name="form_build_id" value="form-{rng.randrange(16**20):020x}" />
<input data-drupal-selector="edit-comment-comment-forum-form" type="hidden" name="form_id" value="comment_comment_forum_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Lưu" class="button button--primary js-form-submit form-submit" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Xem trước" class="button js-form-submit form-submit" />
</div>
</form>
    </div>
  </div>

</section>

  </div>
</article>

    </div>
  </div>

  </div>

                </main>

                                  <aside class="region region--sidebar">

<div class="views-element-container block block-views block-views-blocktin-cung-chuyen-muc-block-1" id="block-olivero-views-block-tin-cung-chuyen-muc">

      <h2 class="block__title">Tin cùng chuyên mục</h2>

      <div class="block__content">
      <div><div class="view view-tin-cung-chuyen-muc view-id-tin_cung_chuyen_muc view-display-id-block_1">
      <div class="view-content">
      <div class="item-list">

  <ul>

{"".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{t.slug}" hreflang="vi">{esc(t.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="2017-02-0{d[1]}T08:00:00+07:00" class="datetime">{d}</time></span></div></li>' for t, d in zip(same, sdates, strict=True))}
  </ul>

</div>

    </div>

          </div>
</div>

    </div>
  </div>

  </aside>

                              </div>

          </div>
        </div>
        <div class="social-bar">

<div class="social-bar__inner fixable">
  <div class="rotate">

<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">


      <div class="block-content">


<a href="/rss.xml" class="feed-icon">
  Đăng ký RSS
  <span class="feed-icon__icon" aria-hidden="true">
    <svg xmlns="http://www.w3.org/2000/svg" height="14" width="14" viewBox="0 0 14 14">
  <path d="M3.5 10.5C3.5 11.3 2.8 12 2 12c-0.8 0-1.5-0.7-1.5-1.5S1.2 9 2 9c0.8 0 1.5 0.7 1.5 1.5z"/>
</svg>
  </span>
</a>

    </div>
  </div>

  </div>
</div>

        </div>
      </div>
    </div>

    <footer class="site-footer">
      <div class="site-footer__inner container">

  <div class="region region--footer-top grid-full">
    <div class="region--footer_top__inner">
      <div id="block-olivero-footer-info" class="block block-block-content">
        <div class="block__content"><div class="clearfix text-content field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Cơ quan chủ quản: UBND huyện Thạch Hà. Địa chỉ: Thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh. Điện thoại: 0239.3845.xxx</p></div></div>
      </div>
    </div>
  </div>

          <div class="region region--footer-bottom grid-full">
    <div id="block-olivero-powered" class="block block-system block-system-powered-by-block">



      <span>
      Vận hành bởi      <a href="https://www.drupal.org">Drupal</a>
      <span class="drupal-logo" role="img" aria-label="Drupal Logo">
        <svg width="14" height="19" viewBox="0 0 42.15 55.08" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M29.75 11.73C25.87 7.86 22.18 4.16 21.08 0 20 4.16 16.28 7.86 12.4 11.73 6.59 17.54 0 24.12 0 34a21.08 21.08 0 1042.15 0c0-9.88-6.59-16.46-12.4-22.27" fill="currentColor"/></svg>
      </span>
    </span>
    </div>

  </div>

      </div>
    </footer>

    <div class="overlay" data-drupal-selector="overlay"></div>

  </div>
</div>

  </div>


    <script src="/sites/default/files/js/js_QvT4mBfK3aNhP1xYc8uR0sLdJ2wEgZ6iO9kH5tVn7Ws.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>

  </body>
</html>
"""


# --------------------------------------------------------------------------
# A4: WordPress block theme - wp-block-* markup, figure blocks, table block, newsletter


def page_wpblock(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    def table(b: Block) -> str:
        head, *rows = b.items
        th = "".join(f"<th>{esc(c)}</th>" for c in head)
        trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table></figure>'

    r: Renderer = {
        "p": lambda b: f"<p>{esc(b.text)}</p>",
        "fig": lambda b: (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="https://ttvhdienanh.vn/wp-content/uploads/2017/02/split-1024x576.jpg" alt="" class="wp-image-4131" srcset="https://ttvhdienanh.vn/wp-content/uploads/2017/02/split-1024x576.jpg 1024w, https://ttvhdienanh.vn/wp-content/uploads/2017/02/split-300x169.jpg 300w, https://ttvhdienanh.vn/wp-content/uploads/2017/02/split-768x432.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{esc(b.text)}</figcaption></figure>'),
        "table": table,
    }
    body = render(art.blocks, r, "\n\n\n\n")
    rel = pool.take(3)
    rdates = day_list(rng, 3, (1, 5))
    prev_t, next_t = pool.take(2)
    url = "https://ttvhdienanh.vn/phim-kinh-di-thong-tri-cac-rap-chieu-dau-thang-2/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": "bientap_vh", "@id": "https://ttvhdienanh.vn/#/schema/person/5d1c0f"},
         "headline": art.title, "datePublished": "2017-02-06T02:10:00+00:00", "dateModified": "2017-02-07T08:41:12+00:00", "mainEntityOfPage": {"@id": url}, "wordCount": len(art.expected()["body"].split()),
         "publisher": {"@id": "https://ttvhdienanh.vn/#organization"}, "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": "https://ttvhdienanh.vn/wp-content/uploads/2017/02/split.jpg", "articleSection": ["Điện ảnh"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": art.title + " - Trung tâm Văn hóa Điện ảnh", "isPartOf": {"@id": "https://ttvhdienanh.vn/#website"}, "datePublished": "2017-02-06T02:10:00+00:00", "dateModified": "2017-02-07T08:41:12+00:00", "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://ttvhdienanh.vn/"}, {"@type": "ListItem", "position": 2, "name": art.title}]},
        {"@type": "Person", "@id": "https://ttvhdienanh.vn/#/schema/person/5d1c0f", "name": "bientap_vh", "url": "https://ttvhdienanh.vn/author/bientap_vh/"},
    ]}
    nav = ["Trang chủ", "Lịch chiếu phim", "Điện ảnh", "Nghệ thuật", "Thư viện", "Liên hệ"]
    nav_html = "".join(f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://ttvhdienanh.vn/{slugify(n) + "/" if i else ""}"><span class="wp-block-navigation-item__label">{esc(n)}</span></a></li>' for i, n in enumerate(nav))
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{4000 + i * 7}" data-post-format="false"><a class="jp-relatedposts-post-a" href="https://ttvhdienanh.vn/{t.slug}/" title="{att(t.title)}" rel="nofollow" data-origin="4127" data-position="{i}"><img loading="lazy" class="jp-relatedposts-post-img" src="https://ttvhdienanh.vn/wp-content/uploads/2017/02/rel-{i}.jpg" width="350" height="200" alt=""></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://ttvhdienanh.vn/{t.slug}/" rel="nofollow">{esc(t.title)}</a></h4><p class="jp-relatedposts-post-excerpt">{esc(t.sapo[:120])}…</p><p class="jp-relatedposts-post-date" style="display: block;">{d}</p><p class="jp-relatedposts-post-context">Trong &quot;Điện ảnh&quot;</p></div>'
        for i, (t, d) in enumerate(zip(rel, rdates, strict=True)))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v21.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(art.title)} - Trung tâm Văn hóa Điện ảnh</title>
	<meta name="description" content="{att(art.sapo)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{att(art.title)}" />
	<meta property="og:description" content="{att(art.sapo)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Trung tâm Văn hóa Điện ảnh" />
	<meta property="article:published_time" content="2017-02-06T02:10:00+00:00" />
	<meta property="article:modified_time" content="2017-02-07T08:41:12+00:00" />
	<meta property="og:image" content="https://ttvhdienanh.vn/wp-content/uploads/2017/02/split.jpg" />
	<meta name="author" content="bientap_vh" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="bientap_vh" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="4 phút" />
	<script type="application/ld+json" class="yoast-schema-graph">{jsonld(ld)}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="Trung tâm Văn hóa Điện ảnh &raquo; Dòng thông tin" href="https://ttvhdienanh.vn/feed/" />
<style id='wp-block-site-title-inline-css'>
.wp-block-site-title a{{color:inherit}}
</style>
<style id='wp-block-navigation-link-inline-css'>
.wp-block-navigation .wp-block-navigation-item__label{{overflow-wrap:break-word}}.wp-block-navigation .wp-block-navigation-item__description{{display:none}}
</style>
<style id='wp-block-post-title-inline-css'>
.wp-block-post-title{{box-sizing:border-box;word-break:break-word}}.wp-block-post-title a{{display:inline-block}}
</style>
<style id='wp-block-table-inline-css'>
.wp-block-table{{overflow-x:auto}}.wp-block-table table{{border-collapse:collapse;width:100%}}.wp-block-table.is-style-stripes tbody tr:nth-child(odd){{background-color:#f0f0f0}}
</style>
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--font-size--small: 0.9rem;--wp--preset--font-size--medium: 1.05rem;--wp--preset--spacing--30: clamp(1.5rem, 5vw, 2rem);--wp--preset--spacing--40: clamp(1.8rem, 1.8rem + ((1vw - 0.48rem) * 2.885), 3rem);--wp--preset--spacing--50: clamp(2.5rem, 8vw, 4.5rem);}}
</style>
<script src="https://ttvhdienanh.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://ttvhdienanh.vn/wp-json/" /><link rel="alternate" type="application/json" href="https://ttvhdienanh.vn/wp-json/wp/v2/posts/4127" />
<meta name="generator" content="WordPress 6.4.2" />
<link rel='shortlink' href='https://ttvhdienanh.vn/?p=4127' />
</head>

<body class="post-template-default single single-post postid-4127 single-format-standard wp-embed-responsive">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://ttvhdienanh.vn" target="_self" rel="home">Trung tâm Văn hóa Điện ảnh</a></p>
<p class="wp-block-site-tagline">Chiếu phim - Nghệ thuật - Thư viện</p></div>

<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Điều hướng chính" data-wp-interactive='{{"namespace":"core/navigation"}}' data-wp-context='{{"overlayOpenedBy":[],"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}}'><button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open " data-wp-on--click="actions.openMenuOnClick" data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
				<div class="wp-block-navigation__responsive-container " id="modal-1" data-wp-class--has-modal-open="state.isMenuOpen" data-wp-class--is-menu-open="state.isMenuOpen"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><button aria-label="Đóng menu" class="wp-block-navigation__responsive-container-close" data-wp-on--click="actions.closeMenuOnClick"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button>
					<div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
						<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav_html}</ul>
					</div></div></div></div></nav></div>
</div>
</header>


<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="taxonomy-category wp-block-post-terms"><a href="https://ttvhdienanh.vn/chuyen-muc/dien-anh/" rel="tag">Điện ảnh</a></div>

<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{esc(art.title)}</h1>

<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-5 wp-block-group-is-layout-flex"><div class="wp-block-post-author-name"><a href="https://ttvhdienanh.vn/author/bientap_vh/" target="_self" class="wp-block-post-author-name__link">bientap_vh</a></div>
<p>—</p>
<div class="wp-block-post-date"><time datetime="2017-02-06T09:10:00+07:00">06/02/2017</time></div></div>
</div>


<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p class="has-medium-font-size"><strong>{esc(art.sapo)}</strong></p>



{body}



<p class="has-text-align-right"><strong>{esc(art.author or "")}</strong></p>



<div class="wp-block-group newsletter-signup has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="border-radius:8px;background-color:#f3efe6;padding:24px">
<h3 class="wp-block-heading has-text-align-center">Đăng ký nhận bản tin</h3>



<p class="has-text-align-center has-small-font-size">Nhận lịch chiếu phim, tin điện ảnh và chương trình ưu đãi mới nhất mỗi tuần qua email.</p>


<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions"><div><div><div><p><form action="#" method="post" accept-charset="utf-8" data-blog="128405122" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Nhập địa chỉ email</label><input type="email" name="email" required="required" class="no-border-radius " style="font-size: 16px;padding: 15px 23px 15px 23px;border-radius: 0px;border-width: 1px;" placeholder="Nhập địa chỉ email" value="" id="subscribe-field" /></p><p id="subscribe-submit"><input type="hidden" name="action" value="subscribe"/><button type="submit" class="wp-block-button__link no-border-radius" style="font-size: 16px;padding: 15px 23px 15px 23px;margin: 0; margin-left: 10px;border-radius: 0px;border-width: 1px;" name="jetpack_subscriptions_widget">Đăng ký</button></p></form></p></div></div></div></div>
</div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-4127" class="share-facebook sd-button share-icon" href="https://ttvhdienanh.vn/phim-kinh-di-thong-tri-cac-rap-chieu-dau-thang-2/?share=facebook" target="_blank" title="Nhấn để chia sẻ lên Facebook" ><span>Facebook</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-4127" class="share-twitter sd-button share-icon" href="https://ttvhdienanh.vn/phim-kinh-di-thong-tri-cac-rap-chieu-dau-thang-2/?share=twitter" target="_blank" title="Nhấn để chia sẻ lên X" ><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid ">{related}</div></div></div>


<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span><a href="https://ttvhdienanh.vn/tag/phim-kinh-di/" rel="tag">phim kinh dị</a><span class="wp-block-post-terms__separator">, </span><a href="https://ttvhdienanh.vn/tag/phong-ve/" rel="tag">phòng vé</a><span class="wp-block-post-terms__separator">, </span><a href="https://ttvhdienanh.vn/tag/split/" rel="tag">Split</a></div>

<nav class="wp-block-group is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-7 wp-block-group-is-layout-flex" aria-label="Bài viết" style="margin-top:var(--wp--preset--spacing--30)"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://ttvhdienanh.vn/{prev_t.slug}/" rel="prev">{esc(prev_t.title)}</a></div>

<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://ttvhdienanh.vn/{next_t.slug}/" rel="next">{esc(next_t.title)}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
</div>


<div class="wp-block-comments wp-block-comments-query-loop has-global-padding is-layout-constrained wp-block-comments-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<h2 class="wp-block-heading">Bình luận</h2>

	<div id="respond" class="comment-respond wp-block-post-comments-form">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="/phim-kinh-di-thong-tri-cac-rap-chieu-dau-thang-2/#respond" style="display:none;">Hủy</a></small></h3><form action="https://ttvhdienanh.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='4127' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div>
</main>


<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-9 wp-block-group-is-layout-flex">
<p class="wp-block-site-title"><a href="https://ttvhdienanh.vn" target="_self" rel="home">Trung tâm Văn hóa Điện ảnh</a></p>


<p class="has-text-align-right">Địa chỉ: 09 Đường 30/4 - ĐT: 0256.3822.xxx · Được thiết kế với <a href="https://vi.wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</div>
</footer>
</div>
<script id="jetpack-stats-js-before">
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"128405122\\",\\"post\\":\\"4127\\",\\"tz\\":\\"7\\",\\"srv\\":\\"ttvhdienanh.vn\\",\\"j\\":\\"1:12.8\\"}}") ]);
_stq.push([ "clickTrackerInit", "128405122", "4127" ]);
</script>
<script src="https://stats.wp.com/e-202406.js" id="jetpack-stats-js" defer data-wp-strategy="defer"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A5: Nuxt 2 SSR (data-v-*), SEO og:title differing from the headline, inline ads


def page_nuxt(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    v_art, v_ad, v_lay, v_hdr, v_side = "data-v-5e6f7a8b", "data-v-2d9c1e40", "data-v-0f4e2a1c", "data-v-7b1c0d2e", "data-v-3a8d6f11"
    n_ads = 0

    def para(b: Block) -> str:
        return f"<p {v_art}>{esc(b.text)}</p>"

    r: Renderer = {
        "p": para,
        "fig": lambda b: f'<figure class="article-figure" {v_art}><img src="https://cdn.taynguyenmoi.vn/2017/02/06/hop-bao-le-hoi-ca-phe.jpg" alt="{att(b.text)}" loading="lazy" {v_art}><figcaption {v_art}>{esc(b.text)}</figcaption></figure>',
    }
    pieces = []
    ps = 0
    for b in art.blocks:
        pieces.append(r[b.kind](b))
        if b.kind == "p":
            ps += 1
            if ps in (2, 5):
                n_ads += 1
                if n_ads == 1:
                    pieces.append(f'<div class="ads-slot ads-slot--inarticle" {v_ad}><span class="ads-slot__label" {v_ad}>Quảng cáo</span><div id="div-gpt-ad-1486371001-{n_ads}" class="ads-slot__unit" style="min-height:250px" {v_ad}></div></div>')
                else:
                    pieces.append(f'<div class="ad-unit" {v_ad}><small class="ad-unit__label" {v_ad}>ADVERTISEMENT</small><ins data-ad-client="ca-pub-{rng.randrange(10**16):016d}" data-ad-slot="{rng.randrange(10**10)}" data-ad-format="fluid" data-ad-layout="in-article" class="adsbygoogle" style="display:block;text-align:center" {v_ad}></ins></div>')
    body = "\n".join(pieces)
    rel = pool.take(4)
    most = pool.take(6)
    cats = ["Thời sự", "Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật", "Thể thao", "Du lịch"]
    cat_html = "".join(f'<li {v_hdr}><a href="/{slugify(c)}" class="{"nuxt-link-active" if c == "Văn hóa" else ""}" {v_hdr}>{esc(c)}</a></li>' for c in cats)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": "https://taynguyenmoi.vn/van-hoa/sap-dien-ra-le-hoi-ca-phe-lon-nhat-viet-nam-20871.html"},
          "headline": art.title, "description": art.sapo, "image": ["https://cdn.taynguyenmoi.vn/2017/02/06/hop-bao-le-hoi-ca-phe.jpg"],
          "datePublished": "2017-02-06T16:20:00+07:00", "dateModified": "2017-02-06T17:02:00+07:00",
          "author": {"@type": "Person", "name": art.author}, "publisher": {"@type": "Organization", "name": "Tây Nguyên Mới", "logo": {"@type": "ImageObject", "url": "https://taynguyenmoi.vn/logo.png"}}}
    payload = {"layout": "default", "data": [{"article": {"id": 20871, "title": art.title, "sapo": art.sapo, "slug": "sap-dien-ra-le-hoi-ca-phe-lon-nhat-viet-nam", "publishedAt": "2017-02-06T09:20:00.000Z", "category": {"id": 4, "name": "Văn hóa"}, "thumb": "https://cdn.taynguyenmoi.vn/2017/02/06/hop-bao-le-hoi-ca-phe.jpg", "views": rng.randint(800, 5000)}}],
               "fetch": {}, "error": None, "state": {"menu": {"items": cats}, "ads": {"enabled": True}}, "serverRendered": True, "routePath": "/van-hoa/sap-dien-ra-le-hoi-ca-phe-lon-nhat-viet-nam-20871.html",
               "config": {"apiBase": "https://api.taynguyenmoi.vn/v2", "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    return f"""<!doctype html>
<html data-n-head-ssr lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
  <head >
    <title>{esc(art.title)} | Báo Tây Nguyên Mới</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{att(art.sapo)}"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Lễ hội cà phê Buôn Ma Thuột lần thứ 6 sẽ diễn ra từ 8 đến 13/3"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://cdn.taynguyenmoi.vn/2017/02/06/hop-bao-le-hoi-ca-phe.jpg"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://taynguyenmoi.vn/van-hoa/sap-dien-ra-le-hoi-ca-phe-lon-nhat-viet-nam-20871.html"><script data-n-head="ssr" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script><script data-n-head="ssr" data-hid="ldjson-schema" type="application/ld+json">{jsonld(ld)}</script><link rel="preload" href="/_nuxt/3f9c1a2.js" as="script"><link rel="preload" href="/_nuxt/8b0e7d4.js" as="script"><link rel="preload" href="/_nuxt/css/4c2e91b.css" as="style"><link rel="preload" href="/_nuxt/a71d0c5.js" as="script"><link rel="stylesheet" href="/_nuxt/css/4c2e91b.css"><style data-vue-ssr-id="5e6f7a8b:0 2d9c1e40:0 0f4e2a1c:0">.article-detail[{v_art}]{{max-width:760px;margin:0 auto}}.article-detail__title[{v_art}]{{font:700 30px/1.3 "Merriweather",serif}}.article-detail__sapo[{v_art}]{{font-weight:700;margin:16px 0}}.ads-slot[{v_ad}],.ad-unit[{v_ad}]{{margin:20px 0;text-align:center;background:#fafafa}}.ads-slot__label[{v_ad}],.ad-unit__label[{v_ad}]{{display:block;font-size:10px;color:#999;text-transform:uppercase}}</style>
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout-default" {v_lay}><div class="topbar" {v_hdr} {v_lay}><div class="container" {v_hdr}><span class="topbar__date" {v_hdr}>Thứ Ba, 07/02/2017</span> <a href="/dang-nhap" {v_hdr}>Đăng nhập</a></div></div> <header class="site-header" {v_hdr} {v_lay}><div class="container" {v_hdr}><a href="/" class="site-header__logo nuxt-link-active" {v_hdr}><img src="/logo.svg" alt="Báo Tây Nguyên Mới" width="220" height="48" {v_hdr}></a> <nav class="site-header__nav" {v_hdr}><ul {v_hdr}>{cat_html}</ul></nav> <button aria-label="Tìm kiếm" class="site-header__search" {v_hdr}><svg viewBox="0 0 24 24" width="20" height="20" {v_hdr}><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0016 9.5 6.5 6.5 0 109.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z" {v_hdr}></path></svg></button></div></header> <main class="container page-article" {v_lay}><div class="row" {v_lay}><div class="col-main" {v_lay}><article class="article-detail" {v_art}><ol class="breadcrumbs" {v_art}><li {v_art}><a href="/" class="nuxt-link-active" {v_art}>Trang chủ</a></li><li {v_art}><a href="/van-hoa" {v_art}>Văn hóa</a></li></ol> <h1 class="article-detail__title" {v_art}>{esc(art.title)}</h1> <div class="article-detail__meta" {v_art}><a href="/van-hoa" class="article-detail__cate" {v_art}>Văn hóa</a> <span class="article-detail__time" {v_art}>06-02-2017 16:20</span></div> <div class="article-detail__sapo" {v_art}>{esc(art.sapo)}</div> <div class="article-detail__content" {v_art}>
{body}
</div> <div class="article-detail__author" {v_art}><strong {v_art}>{esc(art.author or "")}</strong></div> <div class="article-detail__share" {v_art}><span {v_art}>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftaynguyenmoi.vn%2Fvan-hoa%2Fsap-dien-ra-le-hoi-ca-phe-lon-nhat-viet-nam-20871.html" target="_blank" rel="noopener" class="share-fb" {v_art}>Facebook</a> <a href="https://sp.zalo.me/share_inline?d=eyJ1cmwiOiJodHRwczovL3RheW5ndXllbm1vaS52bi8ifQ" target="_blank" rel="noopener" class="share-zalo" {v_art}>Zalo</a> <button class="share-copy" {v_art}>Sao chép liên kết</button></div> <div class="article-detail__tags" {v_art}><span {v_art}>Từ khóa:</span> <a href="/tu-khoa/le-hoi-ca-phe" {v_art}>lễ hội cà phê</a> <a href="/tu-khoa/buon-ma-thuot" {v_art}>Buôn Ma Thuột</a> <a href="/tu-khoa/cong-chieng-tay-nguyen" {v_art}>cồng chiêng Tây Nguyên</a></div> <section class="related-news" {v_art}><h3 class="related-news__title" {v_art}>Tin liên quan</h3> <ul {v_art}>{"".join(f'<li {v_art}><a href="/van-hoa/{t.slug}-{t.nid}.html" {v_art}>{esc(t.title)}</a></li>' for t in rel)}</ul></section></article></div> <aside class="col-side" {v_side} {v_lay}><div class="ads-slot ads-slot--sidebar" {v_ad} {v_side}><span class="ads-slot__label" {v_ad}>Quảng cáo</span><div id="div-gpt-ad-1486371001-9" style="min-height:600px" {v_ad}></div></div> <div class="box-most" {v_side}><h3 class="box-most__title" {v_side}>Đọc nhiều</h3> <ol {v_side}>{"".join(f'<li {v_side}><a href="/tin/{t.slug}-{t.nid}.html" {v_side}><span class="num" {v_side}>{i + 1}</span> {esc(t.title)}</a></li>' for i, t in enumerate(most))}</ol></div></aside></div></main> <footer class="site-footer" {v_lay}><div class="container" {v_lay}><p {v_lay}>Báo Tây Nguyên Mới - Cơ quan của Hội Nhà báo tỉnh. Giấy phép số 52/GP-BTTTT.</p> <p {v_lay}>© 2017 Bản quyền thuộc về Báo Tây Nguyên Mới. Không sao chép khi chưa được sự đồng ý.</p></div></footer></div></div></div><script>window.__NUXT__={jsonld(payload)};</script><script src="/_nuxt/3f9c1a2.js" defer></script><script src="/_nuxt/a71d0c5.js" defer></script><script src="/_nuxt/8b0e7d4.js" defer></script>
  </body>
</html>
"""


# --------------------------------------------------------------------------
# A6: old ASP classic site - table layout, <font>, <b> crossheads, <br><br> paragraphs


def page_aspclassic(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    def kw(seg: str) -> str:
        return "timkiem.asp?tukhoa=" + seg.replace(" ", "+")

    r: Renderer = {
        "p": lambda b: esc(b.text),
        "pl": lambda b: linked(b, kw, '<a href="{h}" class="tukhoa">{t}</a>'),
        "h": lambda b: f"<b>{esc(b.text)}</b>",
    }
    figs = [b for b in art.blocks if b.kind == "fig"]
    body_blocks = [b for b in art.blocks if b.kind != "fig"]
    body = "<br><br>\n".join(r[b.kind](b) for b in body_blocks)
    others = pool.take(10)
    odates = day_list(rng, 10, (1, 6))
    other_html = "\n".join(f'&#8226;&nbsp;<a href="chitiet.asp?id={t.nid}" class="linktin">{esc(t.title)}</a> <font size="1" color="#999999">({d})</font><br>' for t, d in zip(others, odates, strict=True))
    left = ["Giới thiệu", "Tin tức - Sự kiện", "Tuyên truyền ATGT", "Văn bản pháp quy", "Thống kê TNGT", "Hỏi đáp luật GT", "Thư viện ảnh", "Liên hệ"]
    left_html = "\n".join(f'<tr><td height="24" class="menutrai">&nbsp;<img src="images/arrow.gif" width="7" height="7"> <a href="{slugify(x).replace("-", "")}.asp" class="menutrai">{esc(x)}</a></td></tr>' for x in left)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="an toan giao thong, ATGT, le hoi, CSGT">
<title>.:: Ban An toàn giao thông - Tin tức ::.</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
<script language="javascript">
<!--
function openWin(url){{window.open(url,'inbai','width=650,height=550,scrollbars=yes,resizable=yes')}}
function MM_swapImgRestore(){{var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;}}
//-->
</script>
</head>

<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td><img src="images/banner_atgt.jpg" width="980" height="140" border="0" alt="Ban An toan giao thong"></td>
  </tr>
  <tr>
    <td height="28" bgcolor="#003399" class="menungang">&nbsp;&nbsp;<a href="default.asp" class="menungang">TRANG CHỦ</a> &nbsp;|&nbsp; <a href="gioithieu.asp" class="menungang">GIỚI THIỆU</a> &nbsp;|&nbsp; <a href="tintuc.asp" class="menungang">TIN TỨC</a> &nbsp;|&nbsp; <a href="vanban.asp" class="menungang">VĂN BẢN</a> &nbsp;|&nbsp; <a href="hoidap.asp" class="menungang">HỎI ĐÁP</a> &nbsp;|&nbsp; <a href="lienhe.asp" class="menungang">LIÊN HỆ</a></td>
  </tr>
  <tr>
    <td height="24" bgcolor="#E6ECF7"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="260" class="ngay">&nbsp;Hôm nay: Thứ năm, 09/02/2017</td>
      <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#CC0000"><b>Hãy thắt chặt dây an toàn khi ngồi trên xe ô tô - Đã uống rượu bia thì không lái xe!</b></font></marquee></td>
    </tr></table></td>
  </tr>
  <tr>
    <td><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="190" valign="top" bgcolor="#EEF3FA">
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="26" background="images/bg_title.gif" class="tieudekhoi">&nbsp;DANH MỤC</td></tr>
{left_html}
          </table>
          <br>
          <table width="100%" border="0" cellspacing="0" cellpadding="2">
            <tr><td height="26" background="images/bg_title.gif" class="tieudekhoi">&nbsp;THỐNG KÊ TRUY CẬP</td></tr>
            <tr><td class="thongke">&nbsp;Đang online: {rng.randint(5, 40)}<br>&nbsp;Hôm nay: {rng.randint(200, 900)}<br>&nbsp;Tổng lượt truy cập: {vn_num(rng.randint(900000, 2000000))}</td></tr>
          </table>
        </td>
        <td width="600" valign="top" style="padding:8px 10px 8px 10px">
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td class="duongdan"><a href="default.asp">Trang chủ</a> &raquo; <a href="tintuc.asp?cat=3">Tin tức - Sự kiện</a></td></tr>
          </table>
          <table width="100%" border="0" cellspacing="0" cellpadding="4">
            <tr>
              <td class="tieudetin"><font face="Arial" size="4" color="#CC0000"><b>{esc(art.title)}</b></font></td>
            </tr>
            <tr>
              <td class="ngaydang"><font face="Arial" size="1" color="#666666"><i>(Thứ ba, 07/02/2017 - 10:25)</i></font></td>
            </tr>
            <tr>
              <td class="tomtat" align="justify"><font face="Arial" size="2"><b>{esc(art.sapo)}</b></font></td>
            </tr>
            <tr>
              <td align="center"><img src="upload/tintuc/2017/02/csgt-le-hoi.jpg" width="450" border="0"><br><font face="Arial" size="1" color="#333333"><i>{esc(figs[0].text)}</i></font></td>
            </tr>
            <tr>
              <td class="noidung" align="justify"><font face="Arial" size="2">
{body}<br><br>
<div align="right"><b>{esc(art.author or "")}</b></div>
</font></td>
            </tr>
            <tr>
              <td align="right" class="congcu"><a href="javascript:openWin('inbai.asp?id=2931')"><img src="images/print.gif" border="0" align="absmiddle"> In bài</a> &nbsp; <a href="guiemail.asp?id=2931"><img src="images/email.gif" border="0" align="absmiddle"> Gửi email</a> &nbsp; <a href="javascript:history.back()"><img src="images/back.gif" border="0" align="absmiddle"> Quay lại</a></td>
            </tr>
          </table>
          <br>
          <table width="100%" border="0" cellspacing="0" cellpadding="3">
            <tr><td height="24" background="images/bg_title2.gif" class="tieudekhoi">&nbsp;CÁC TIN KHÁC</td></tr>
            <tr><td class="tinkhac">
{other_html}
            </td></tr>
          </table>
        </td>
        <td width="190" valign="top" bgcolor="#EEF3FA">
          <table width="100%" border="0" cellspacing="0" cellpadding="2">
            <tr><td height="26" background="images/bg_title.gif" class="tieudekhoi">&nbsp;ĐƯỜNG DÂY NÓNG</td></tr>
            <tr><td align="center"><font size="4" color="#CC0000"><b>069.2345.xxx</b></font><br><font size="1">Tiếp nhận phản ánh về trật tự ATGT</font></td></tr>
            <tr><td height="26" background="images/bg_title.gif" class="tieudekhoi">&nbsp;VIDEO CLIP</td></tr>
            <tr><td align="center"><object width="180" height="140"><param name="movie" value="flash/player.swf?file=video/atgt-tet.flv"><embed src="flash/player.swf?file=video/atgt-tet.flv" width="180" height="140" type="application/x-shockwave-flash"></embed></object><br><font size="1">Phóng sự: Đã uống rượu bia, không lái xe</font></td></tr>
            <tr><td height="26" background="images/bg_title.gif" class="tieudekhoi">&nbsp;LIÊN KẾT WEBSITE</td></tr>
            <tr><td><select name="lienket" onchange="if(this.value!='')window.open(this.value)" style="width:175px;font-size:11px"><option value="">--- Liên kết ---</option><option value="http://www.atgt.vn">Ủy ban ATGT Quốc gia</option><option value="http://www.csgt.vn">Cục CSGT</option></select></td></tr>
          </table>
        </td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td height="60" bgcolor="#003399" align="center"><font face="Arial" size="1" color="#FFFFFF">BAN AN TOÀN GIAO THÔNG TỈNH<br>Chịu trách nhiệm nội dung: Văn phòng Ban ATGT tỉnh - Điện thoại: 069.2345.xxx - Fax: 069.2345.xxx<br>Copyright &copy; 2008 - Thiết kế bởi Trung tâm Tin học</font></td>
  </tr>
</table>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A7: custom provincial-paper CMS - div.content with one <div> per paragraph,
# "(PYO) - " lead prefix, header "today" date, h2 headline under an h1 logo, rating bar


def page_divcontent(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    r: Renderer = {
        "p": lambda b: f'<div style="text-align: justify;">{esc(b.text)}</div>',
        "fig": lambda b: (f'<div style="text-align: center;"><img alt="" src="/dataimages/201702/original/images{rng.randint(1000000, 9999999)}_lua-ngap.jpg" style="width: 500px; height: 333px;" /></div>\n'
                          f'<div style="text-align: center;"><em>{esc(b.text)}</em></div>'),
    }
    pieces = []
    for b in art.blocks:
        pieces.append(r[b.kind](b))
        if b.kind == "p" and rng.random() < 0.4:
            pieces.append("<div>&nbsp;</div>")
    body = "\n".join(pieces)
    rel = pool.take(6)
    rdates = day_list(rng, 6, (2, 5))
    news = pool.take(7)
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Quốc phòng - An ninh", "Bạn đọc"]
    active = ' class="active"'
    menu_html = "".join(f'<li{active if m == "Kinh tế" else ""}><a href="/{slugify(m) if m != "Trang chủ" else ""}">{esc(m)}</a></li>' for m in menu)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Báo Phú Yên Online</title>
<meta name="keywords" content="Phú Yên, lúa Đông Xuân, ngập úng, Tuy An">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo Phú Yên Online">
<meta property="og:image" content="/dataimages/201702/original/lua-ngap-og.jpg">
<link rel="stylesheet" href="/css/style.css?v=3.2">
<link rel="stylesheet" href="/css/jquery.rateit.css">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/jquery.rateit.min.js"></script>
<script>
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
  (i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  }})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-{rng.randint(10000000, 99999999)}-1', 'auto');
  ga('send', 'pageview');
</script>
</head>
<body>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v2.8"></script>
<div id="topbar"><div class="wrap">
  <span class="today">Thứ Năm, 09/02/2017</span>
  <span class="weather">Tuy Hòa: 24°C - 29°C</span>
  <span class="toplinks"><a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a></span>
</div></div>
<div id="header"><div class="wrap">
  <h1 class="logo"><a href="/"><img src="/images/logo-pyo.png" alt="Báo Phú Yên Online"></a></h1>
  <div class="banner-top"><a href="/quang-cao"><img src="/dataimages/qc/banner-728x90.gif" width="728" height="90" alt="Quảng cáo"></a></div>
</div></div>
<div id="menu"><div class="wrap"><ul>
{menu_html}
</ul></div></div>
<div class="wrap"><div id="main">
 <div id="left">
  <div class="detail">
   <div class="cat-path"><a href="/kinh-te">Kinh tế</a> <span>»</span> <a href="/kinh-te/nong-nghiep">Nông nghiệp</a></div>
   <h2 class="detail-title">{esc(art.title)}</h2>
   <div class="detail-time">06/02/2017 15:42</div>
   <div class="content">
<div><strong>{esc(art.sapo)}</strong></div>
{body}
<div style="text-align: right;"><strong>{esc(art.author or "")}</strong></div>
   </div>
   <div class="detail-tools">
     <a href="/print/{rng.randint(160000, 169999)}" class="print" target="_blank">In bài</a>
     <a href="/send/{rng.randint(160000, 169999)}" class="email">Gửi email</a>
     <div class="fb-like" data-href="" data-layout="button_count" data-action="like" data-size="small" data-show-faces="false" data-share="true"></div>
     <div class="rating">Đánh giá bài viết: <div class="rateit" data-rateit-value="4" data-rateit-ispreset="true" data-rateit-readonly="false"></div> <span class="rating-count">(17 lượt)</span></div>
   </div>
   <div class="other-news">
    <div class="title">Tin liên quan</div>
    <ul>
{"".join(f'<li><a href="/kinh-te/{t.slug}-{t.nid}.html">{esc(t.title)}</a> <span class="date">({d})</span></li>' for t, d in zip(rel, rdates, strict=True))}
    </ul>
   </div>
  </div>
 </div>
 <div id="right">
  <div class="box"><div class="box-title">Tin mới</div><ul class="list-news">
{"".join(f'<li><a href="/tin/{t.slug}-{t.nid}.html">{esc(t.title)}</a></li>' for t in news)}
  </ul></div>
  <div class="box"><div class="box-title">Báo in</div><a href="/bao-in"><img src="/dataimages/baoin/so-5478.jpg" width="280" alt="Báo in số mới nhất"></a></div>
  <div class="box"><div class="box-title">Giá vàng - Ngoại tệ</div><table class="tbl-gold"><tr><th>Loại</th><th>Mua</th><th>Bán</th></tr><tr><td>SJC</td><td>36.250</td><td>36.550</td></tr><tr><td>USD</td><td>22.570</td><td>22.640</td></tr></table></div>
 </div>
</div></div>
<div id="footer"><div class="wrap">
 <p><strong>BÁO PHÚ YÊN ĐIỆN TỬ</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phú Yên</p>
 <p>Giấy phép số 104/GP-BTTTT ngày 08/4/2013. Tổng biên tập: ... | Địa chỉ: 62 Lê Duẩn, TP Tuy Hòa, Phú Yên</p>
 <p>© Báo Phú Yên 2013. Ghi rõ nguồn "Báo Phú Yên" khi phát hành lại thông tin từ website này.</p>
</div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A8: Laravel + Tailwind - "Cập nhật" printed before "Xuất bản", cookie consent bar


def page_updated_published(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    r: Renderer = {
        "p": lambda b: f"<p>{esc(b.text)}</p>",
        "fig": lambda b: (f'<figure class="my-6"><img class="w-full rounded-lg" src="https://cdn.suckhoecongdong.vn/storage/posts/2017/02/06/bv-cong-lap.jpg" alt="{att(b.text)}" width="1200" height="675" loading="lazy">'
                          f'<figcaption class="mt-2 text-center text-sm italic text-gray-500">{esc(b.text)}</figcaption></figure>'),
    }
    figs = [b for b in art.blocks if b.kind == "fig"]
    body = render([b for b in art.blocks if b.kind != "fig"], r, "\n            ")
    more = pool.take(4)
    latest = pool.take(6)
    ago = sorted(rng.sample(range(1, 23), 6))
    nav = ["Thời sự", "Y tế", "Dinh dưỡng", "Mẹ & Bé", "Sống khỏe", "Bảo hiểm"]
    return f"""<!DOCTYPE html>
<html lang="vi" class="scroll-smooth">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40))}">
    <title>{esc(art.title)} - Sức khỏe Cộng đồng</title>
    <meta name="description" content="{att(art.sapo)}">
    <link rel="preconnect" href="https://fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=inter:400,500,600,700&amp;display=swap" rel="stylesheet">
    <link rel="preload" as="style" href="https://suckhoecongdong.vn/build/assets/app-4f1c2b9e.css"><link rel="modulepreload" href="https://suckhoecongdong.vn/build/assets/app-9d8e7f6a.js"><link rel="stylesheet" href="https://suckhoecongdong.vn/build/assets/app-4f1c2b9e.css"><script type="module" src="https://suckhoecongdong.vn/build/assets/app-9d8e7f6a.js"></script>
    {FB_PIXEL.format(pid=rng.randrange(10**15, 10**16))}
</head>
<body class="bg-gray-50 font-sans text-gray-900 antialiased">
    <div x-data="{{ show: !localStorage.getItem('cookie_ok') }}" x-show="show" class="fixed inset-x-0 bottom-0 z-50 border-t border-gray-200 bg-white p-4 shadow-lg" role="dialog" aria-label="Thông báo cookie">
        <div class="mx-auto flex max-w-7xl flex-col items-center gap-3 md:flex-row">
            <p class="flex-1 text-sm text-gray-600">Chúng tôi sử dụng cookie để cá nhân hóa nội dung và phân tích lưu lượng truy cập. Bằng cách tiếp tục sử dụng trang, bạn đồng ý với <a href="/chinh-sach-cookie" class="underline">chính sách cookie</a> của chúng tôi.</p>
            <div class="flex gap-2"><button @click="localStorage.setItem('cookie_ok', 1); show = false" class="rounded bg-emerald-600 px-4 py-2 text-sm font-semibold text-white">Đồng ý</button><button class="rounded border px-4 py-2 text-sm">Tùy chỉnh</button></div>
        </div>
    </div>
    <header class="sticky top-0 z-40 bg-white shadow-sm">
        <div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
            <a href="/" class="flex items-center gap-2 text-xl font-extrabold text-emerald-700"><svg class="h-7 w-7" viewBox="0 0 24 24" fill="currentColor"><path d="M12 21.35l-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z"/></svg>Sức khỏe Cộng đồng</a>
            <nav class="hidden gap-6 text-sm font-medium md:flex">{"".join(f'<a href="/{slugify(n)}" class="hover:text-emerald-700">{esc(n)}</a>' for n in nav)}</nav>
            <form action="/tim-kiem" class="hidden md:block"><input type="search" name="q" placeholder="Tìm kiếm..." class="rounded-full border px-4 py-1.5 text-sm"></form>
        </div>
    </header>

    <main class="mx-auto grid max-w-7xl grid-cols-12 gap-8 px-4 py-8">
        <article class="col-span-12 lg:col-span-8">
            <nav class="mb-3 text-sm text-gray-500" aria-label="Breadcrumb"><ol class="flex gap-2"><li><a href="/" class="hover:underline">Trang chủ</a></li><li>/</li><li><a href="/y-te" class="hover:underline">Y tế</a></li></ol></nav>
            <h1 class="text-3xl font-bold leading-tight text-gray-900 md:text-4xl">{esc(art.title)}</h1>
            <div class="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-gray-500">
                <span class="inline-flex items-center gap-1"><svg class="h-4 w-4" viewBox="0 0 20 20" fill="currentColor"><path d="M10 18a8 8 0 100-16 8 8 0 000 16zm1-12H9v5l4 2 .9-1.6-2.9-1.4V6z"/></svg> Cập nhật: 10:05 08/02/2017</span>
                <span>Xuất bản: 14:20 06/02/2017</span>
                <span>Lượt xem: {vn_num(rng.randint(1500, 4000))}</span>
            </div>
            <p class="mt-5 text-lg font-semibold leading-relaxed text-gray-800">{esc(art.sapo)}</p>
            {r["fig"](figs[0])}
            <div class="prose prose-lg max-w-none prose-p:text-justify">
            {body}
            <p class="text-right font-bold">{esc(art.author or "")}</p>
            </div>
            <div class="mt-6 flex flex-wrap items-center gap-2 border-y py-3 text-sm">
                <span class="font-semibold">Chia sẻ:</span>
                <a class="rounded bg-blue-600 px-3 py-1 text-white" href="https://www.facebook.com/sharer/sharer.php?u=https://suckhoecongdong.vn/y-te/thanh-tra-toan-dien-viec-kham-chua-benh-theo-yeu-cau" target="_blank" rel="noopener">Facebook</a>
                <a class="rounded bg-sky-500 px-3 py-1 text-white" href="https://zalo.me/share?u=https://suckhoecongdong.vn/y-te/thanh-tra-toan-dien-viec-kham-chua-benh-theo-yeu-cau" target="_blank" rel="noopener">Zalo</a>
                <button onclick="window.print()" class="rounded border px-3 py-1">In bài</button>
                <button class="rounded border px-3 py-1" data-copy>Sao chép link</button>
            </div>
            <section class="mt-8 rounded-lg border border-gray-200 bg-white p-5">
                <h2 class="mb-3 text-lg font-bold text-emerald-700">Xem thêm</h2>
                <ul class="space-y-3">
                    {"".join(f'<li class="flex gap-3"><img src="https://cdn.suckhoecongdong.vn/storage/thumbs/{t.nid}.jpg" class="h-16 w-24 rounded object-cover" alt=""><a href="/y-te/{t.slug}" class="font-medium hover:text-emerald-700">{esc(t.title)}</a></li>' for t in more)}
                </ul>
            </section>
        </article>
        <aside class="col-span-12 space-y-6 lg:col-span-4">
            <div class="rounded-lg bg-white p-5 shadow-sm">
                <h2 class="mb-3 border-l-4 border-emerald-600 pl-2 text-lg font-bold">Tin mới</h2>
                <ul class="divide-y">
                    {"".join(f'<li class="py-2"><a href="/tin/{t.slug}" class="text-sm font-medium hover:underline">{esc(t.title)}</a><div class="text-xs text-gray-400">{h} giờ trước</div></li>' for t, h in zip(latest, ago, strict=True))}
                </ul>
            </div>
            <div class="rounded-lg bg-emerald-50 p-5">
                <h2 class="mb-2 text-lg font-bold">Tổng đài tư vấn sức khỏe</h2>
                <p class="text-sm">Gọi <strong>1900 9095</strong> để được bác sĩ tư vấn miễn phí (8h - 17h các ngày trong tuần).</p>
            </div>
        </aside>
    </main>

    <footer class="mt-10 bg-gray-900 text-sm text-gray-300">
        <div class="mx-auto grid max-w-7xl gap-6 px-4 py-10 md:grid-cols-3">
            <div><div class="text-lg font-bold text-white">Sức khỏe Cộng đồng</div><p class="mt-2">Trang thông tin điện tử tổng hợp. Giấy phép số 215/GP-TTĐT do Sở TT&amp;TT cấp.</p></div>
            <div><p>Liên hệ quảng cáo: 0909 xxx xxx</p><p>Email: toasoan@suckhoecongdong.vn</p></div>
            <div><p>© 2017 Sức khỏe Cộng đồng. Thông tin trên trang chỉ mang tính tham khảo, không thay thế cho chẩn đoán của bác sĩ.</p></div>
        </div>
    </footer>
    <script src="//unpkg.com/alpinejs" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A9: ASP.NET WebForms interview - bold questions, bold speaker labels, sapo in <h2>


def page_interview(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    def xlink(b: Block) -> str:
        head, *items = b.items
        lis = "".join(f'<li><a href="/van-hoa/{slugify(x)}-a{rng.randint(30000, 39999)}.html">{esc(x)}</a></li>' for x in items)
        return f'<div class="box-xemthem"><p><strong>{esc(head.replace("> > >", ">>>"))}</strong></p><ul>{lis}</ul></div>'

    r: Renderer = {
        "p": lambda b: f"<p>{esc(b.text)}</p>",
        "q": lambda b: f"<p><strong>{esc(b.text)}</strong></p>",
        "qa": lambda b: f"<p><strong>{esc(b.label)}</strong> {esc(b.text)}</p>",
        "xlink": lambda b: "",
    }
    xl = next(b for b in art.blocks if b.kind == "xlink")
    body = render([b for b in art.blocks if b.kind != "xlink"], r, "\r\n")
    hot = pool.take(6)
    vs = "/wEPDwUKMTQ2" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(220)) + "=="
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": art.title, "description": art.sapo,
          "datePublished": "2017-05-24T07:00:00+07:00", "dateModified": "2017-05-24T09:31:00+07:00",
          "author": {"@type": "Person", "name": art.author}, "publisher": {"@type": "Organization", "name": "Tin Văn hóa"}}
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	{esc(art.title)} | Văn hóa - Giải trí
</title><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><meta name="description" content="{att(art.sapo)}" /><meta name="keywords" content="Cục Nghệ thuật biểu diễn, bài hát, cấp phép, phổ biến" />
<script type="application/ld+json">{jsonld(ld)}</script>
</head>
<body>
    <form name="aspnetForm" method="post" action="./chanh-vp-bo-vh-tt-dl-cach-lam-cua-cuc-ntbd-la-phuong-phap-phu-hop-a36218.html" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp1M8BqQ2&amp;t=636160151640000000" type="text/javascript"></script>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rng.randrange(16**8):08X}" />
</div>
    <div id="wrapper">
        <div id="ctl00_header" class="header">
            <div class="logo"><a href="/"><img src="/Images/logo.png" alt="Tin Văn hóa" /></a></div>
            <div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtsearch" placeholder="Nhập từ khóa..." /><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch" class="btnsearch" /></div>
        </div>
        <div id="ctl00_menu" class="menu">
            <ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li class="active"><a href="/van-hoa">Văn hóa</a></li><li><a href="/giai-tri">Giải trí</a></li><li><a href="/am-nhac">Âm nhạc</a></li><li><a href="/dien-anh">Điện ảnh</a></li><li><a href="/sach">Sách</a></li></ul>
        </div>
        <div class="content-wrap">
            <div class="col-left">
                <div id="ctl00_ContentPlaceHolder1_pnlDetail" class="detail-news">

                    <div class="detail-cate"><a id="ctl00_ContentPlaceHolder1_hlCate" href="/van-hoa">Văn hóa</a> &gt; <a id="ctl00_ContentPlaceHolder1_hlSubCate" href="/van-hoa/am-nhac">Âm nhạc</a></div>
                    <h1 id="ctl00_ContentPlaceHolder1_lblTitle" class="detail-title">{esc(art.title)}</h1>
                    <div class="detail-info">
                        <span id="ctl00_ContentPlaceHolder1_lblDate" class="date">24/5/2017, 07:00 (GMT+7)</span>
                        <a id="ctl00_ContentPlaceHolder1_lnkPrint" class="print" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrint','')">In bài</a>
                    </div>
                    <h2 id="ctl00_ContentPlaceHolder1_lblSapo" class="detail-sapo">{esc(art.sapo)}</h2>
                    <div id="ctl00_ContentPlaceHolder1_divContent" class="detail-content">
{body}
<p align="right"><strong>{esc(art.author or "")}</strong></p>
                    </div>
                    {xlink(xl)}
                    <div class="detail-social">
                        <div class="fb-like" data-href="" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
                        <div class="zalo-share-button" data-href="" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
                    </div>
                    <div class="detail-comment">
                        <div class="title">Ý kiến bạn đọc</div>
                        <div class="comment-empty">Chưa có ý kiến nào. Hãy là người đầu tiên bình luận về bài viết này!</div>
                        <textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="4" cols="20" id="ctl00_ContentPlaceHolder1_txtComment" class="txtcomment"></textarea>
                        <input name="ctl00$ContentPlaceHolder1$txtName" type="text" id="ctl00_ContentPlaceHolder1_txtName" placeholder="Họ tên" />
                        <input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" placeholder="Email" />
                        <input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="Gửi ý kiến" id="ctl00_ContentPlaceHolder1_btnSend" />
                    </div>

</div>
            </div>
            <div class="col-right">
                <div class="box-hot">
                    <div class="box-title">Tin nổi bật</div>
                    <ul>{"".join(f'<li><a href="/tin/{t.slug}-a{t.nid}.html">{esc(t.title)}</a></li>' for t in hot)}</ul>
                </div>
                <div class="box-ads"><a href="/lien-he-quang-cao"><img src="/Upload/QC/banner-300x250.jpg" width="300" height="250" alt="Quảng cáo" /></a></div>
            </div>
        </div>
        <div id="ctl00_footer" class="footer">
            <p>Trang thông tin điện tử Tin Văn hóa. Giấy phép số 1912/GP-TTĐT.</p>
            <p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
        </div>
    </div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v2.9"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</form>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A10: TV-station video page (Bootstrap 5 + video.js), VideoObject JSON-LD


def page_video(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    shown_fig = [b for b in art.blocks if b.kind == "fig"][1]
    r: Renderer = {
        "p": lambda b: f"<p>{esc(b.text)}</p>",
        "fig": lambda b: (f'<figure class="figure w-100 text-center"><img src="/uploads/2017/02/06/dua-thuyen-{rng.randint(1, 9)}.jpg" class="figure-img img-fluid rounded" alt="{att(b.text)}"><figcaption class="figure-caption">{esc(b.text)}</figcaption></figure>'
                          if b is shown_fig else ""),
    }
    body = "\n".join(x for x in (r[b.kind](b) for b in art.blocks) if x)
    vids = pool.take(6)
    durs = [f"{rng.randint(1, 4):02d}:{rng.randint(0, 59):02d}" for _ in vids]
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": art.title, "description": art.sapo,
          "thumbnailUrl": ["https://quynhnhai.tv/uploads/video/2017/02/dua-thuyen-poster.jpg"],
          "uploadDate": "2017-02-06T19:45:00+07:00", "duration": "PT2M48S",
          "contentUrl": "https://media.quynhnhai.tv/vod/2017/02/06/dua-thuyen-quynh-nhai.mp4",
          "publisher": {"@type": "Organization", "name": "Trung tâm Văn hóa - Truyền thông huyện Quỳnh Nhai"}}
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(art.title)} - Truyền hình Quỳnh Nhai</title>
  <meta property="og:type" content="video.other">
  <meta property="og:title" content="{att(art.title)}">
  <meta property="og:video" content="https://media.quynhnhai.tv/vod/2017/02/06/dua-thuyen-quynh-nhai.mp4">
  <meta property="og:video:type" content="video/mp4">
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
  <link href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.1/font/bootstrap-icons.css" rel="stylesheet">
  <link href="https://vjs.zencdn.net/8.6.1/video-js.css" rel="stylesheet">
  <script type="application/ld+json">{jsonld(ld)}</script>
  {GA.format(gid="G-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)))}
</head>
<body class="bg-light">
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
  <div class="container">
    <a class="navbar-brand fw-bold" href="/"><i class="bi bi-broadcast"></i> Truyền hình Quỳnh Nhai</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Mở menu"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav me-auto">
        <li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
        <li class="nav-item"><a class="nav-link" href="/tin-tuc">Tin tức</a></li>
        <li class="nav-item"><a class="nav-link active" aria-current="page" href="/video">Video</a></li>
        <li class="nav-item"><a class="nav-link" href="/phat-thanh">Phát thanh</a></li>
        <li class="nav-item"><a class="nav-link" href="/lich-phat-song">Lịch phát sóng</a></li>
      </ul>
      <form class="d-flex" role="search" action="/tim-kiem"><input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Tìm video..." aria-label="Tìm kiếm"></form>
    </div>
  </div>
</nav>
<main class="container my-4">
  <div class="row g-4">
    <div class="col-lg-8">
      <nav aria-label="breadcrumb"><ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/video">Video</a></li><li class="breadcrumb-item active" aria-current="page">Văn hóa - Xã hội</li></ol></nav>
      <h1 class="h3 fw-bold">{esc(art.title)}</h1>
      <div class="d-flex flex-wrap gap-3 small text-muted mb-3"><span><i class="bi bi-clock"></i> Thứ Hai, 6/2/2017 | 19:45</span><span><i class="bi bi-eye"></i> {vn_num(rng.randint(1000, 6000))} lượt xem</span></div>
      <div class="ratio ratio-16x9 bg-dark rounded overflow-hidden">
        <video id="vjs_player_20417" class="video-js vjs-default-skin vjs-big-play-centered" controls preload="none" poster="/uploads/video/2017/02/dua-thuyen-poster.jpg" data-setup='{{"fluid": true, "playbackRates": [0.75, 1, 1.5]}}'>
          <source src="https://media.quynhnhai.tv/vod/2017/02/06/dua-thuyen-quynh-nhai.mp4" type="video/mp4">
          <source src="https://media.quynhnhai.tv/vod/2017/02/06/dua-thuyen-quynh-nhai/playlist.m3u8" type="application/x-mpegURL">
          <p class="vjs-no-js">Để xem video này, vui lòng bật JavaScript hoặc sử dụng trình duyệt hỗ trợ HTML5 video.</p>
        </video>
      </div>
      <p class="small text-muted fst-italic mt-2 mb-3">Video: Lễ hội đua thuyền trên lòng hồ thủy điện Sơn La (Thời lượng 02:48)</p>
      <div class="d-flex gap-2 mb-3"><a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u=https://quynhnhai.tv/video/le-hoi-dua-thuyen-truyen-thong-tren-long-ho-song-da-20417" target="_blank"><i class="bi bi-facebook"></i> Chia sẻ</a><a class="btn btn-sm btn-outline-secondary" href="/video/download/20417"><i class="bi bi-download"></i> Tải về</a><button class="btn btn-sm btn-outline-secondary" data-bs-toggle="modal" data-bs-target="#embedModal"><i class="bi bi-code-slash"></i> Nhúng</button></div>
      <div class="video-desc bg-white rounded p-3 shadow-sm">
        <p class="fw-bold">{esc(art.sapo)}</p>
        {body}
        <p class="text-end fw-bold mb-0">{esc(art.author or "")}</p>
      </div>
      <div class="modal fade" id="embedModal" tabindex="-1" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Mã nhúng video</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Đóng"></button></div><div class="modal-body"><textarea class="form-control" rows="3" readonly>&lt;iframe src="https://quynhnhai.tv/embed/20417" width="640" height="360" frameborder="0" allowfullscreen&gt;&lt;/iframe&gt;</textarea></div></div></div></div>
    </div>
    <div class="col-lg-4">
      <h2 class="h6 text-uppercase fw-bold border-bottom border-primary border-2 pb-2">Video khác</h2>
      <div class="list-group list-group-flush">
        {"".join(f'<a href="/video/{t.slug}-{t.nid}" class="list-group-item list-group-item-action d-flex gap-2 px-0"><div class="position-relative flex-shrink-0"><img src="/uploads/video/thumbs/{t.nid}.jpg" width="120" height="68" class="rounded" alt=""><span class="badge bg-dark position-absolute bottom-0 end-0 m-1">{d}</span></div><span class="small fw-semibold">{esc(t.title)}</span></a>' for t, d in zip(vids, durs, strict=True))}
      </div>
      <div class="card mt-4"><div class="card-body"><h2 class="h6 fw-bold">Lịch phát sóng hôm nay</h2><ul class="list-unstyled small mb-0"><li><strong>06:00</strong> Chào buổi sáng</li><li><strong>11:30</strong> Thời sự trưa</li><li><strong>19:45</strong> Truyền hình Quỳnh Nhai</li><li><strong>20:30</strong> Phim truyện</li></ul></div></div>
    </div>
  </div>
</main>
<footer class="bg-dark text-white-50 small py-4 mt-5">
  <div class="container"><p class="mb-1">Trung tâm Văn hóa - Truyền thông huyện Quỳnh Nhai, tỉnh Sơn La</p><p class="mb-0">Địa chỉ: Trung tâm huyện Quỳnh Nhai. Điện thoại: 0212.3xxx.xxx</p></div>
</footer>
<script src="https://vjs.zencdn.net/8.6.1/video.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A11: "In bài" print view - minimal page, window.print(), print timestamp in footer


def page_print(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    r: Renderer = {
        "p": lambda b: f'<p style="text-align:justify">{esc(b.text)}</p>',
        "h": lambda b: f"<p><b>{esc(b.text)}</b></p>",
        "fig": lambda b: f'<p style="text-align:center"><img src="/Uploads/images/2017/02/{rng.randint(100000, 999999)}.jpg" width="480"><br><i>{esc(b.text)}</i></p>',
    }
    body = render(art.blocks, r)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>In bài viết</title>
<meta name="robots" content="noindex, nofollow">
<style type="text/css">
body {{ font-family: "Times New Roman", Times, serif; font-size: 14pt; margin: 20px 60px; color: #000; }}
.print-title {{ font-size: 20pt; font-weight: bold; margin: 12px 0 6px; }}
.print-date {{ font-size: 11pt; color: #444; }}
.print-footer {{ font-size: 10pt; color: #555; }}
@media print {{ .noprint {{ display: none; }} body {{ margin: 0; }} }}
</style>
</head>
<body onload="window.print();">
<div class="noprint" style="text-align:right;font-family:Arial;font-size:10pt"><a href="javascript:window.print()">[In bài]</a> &nbsp; <a href="javascript:window.close()">[Đóng cửa sổ]</a></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td width="90"><img src="/Images/logo-print.png" width="80" alt="Logo"></td>
<td style="font-family:Arial;font-size:10pt;text-align:right">CÔNG AN THÀNH PHỐ HÀ NỘI<br>Trang thông tin điện tử</td></tr>
</table>
<hr size="1" noshade>
<div class="print-cat" style="font-family:Arial;font-size:10pt;color:#8b0000">An ninh trật tự</div>
<div class="print-title">{esc(art.title)}</div>
<div class="print-date"><i>Thứ Tư, 08/02/2017 06:50</i></div>
<div class="print-sapo" style="margin:10px 0"><b>{esc(art.sapo)}</b></div>
<div class="print-content">
{body}
</div>
<p style="text-align:right"><b>{esc(art.author or "")}</b></p>
<hr size="1" noshade>
<div class="print-footer">URL bài viết: https://congan.hanoi.gov.vn/an-ninh-trat-tu/kien-quyet-xu-ly-nan-co-bac-trong-dip-tet-a2931.html<br>
Bản quyền thuộc Công an thành phố Hà Nội. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
In lúc: 09/02/2017 10:12</div>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A12: AMP article - byline "PV", only "Cập nhật lúc …" visible, JSON-LD datePublished


def page_amp(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    r: Renderer = {
        "p": lambda b: f"<p>{esc(b.text)}</p>",
        "fig": lambda b: f'<figure class="amp-fig"><amp-img src="https://static.nongthonviet.vn/images/2017/02/06/tet-trong-cay-vinh-phuc.jpg" width="800" height="533" layout="responsive" alt="{att(b.text)}"></amp-img><figcaption>{esc(b.text)}</figcaption></figure>',
    }
    pieces = []
    for i, b in enumerate(art.blocks):
        pieces.append(r[b.kind](b))
        if i == 3:
            pieces.append('<div class="amp-ad-wrap"><span class="amp-ad-label">ADVERTISEMENT</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/21737107378/nongthonviet/amp_inarticle_1" data-multi-size="300x600,300x250" data-multi-size-validation="false"></amp-ad></div>')
    body = "\n".join(pieces)
    rel = pool.take(4)
    url = "https://nongthonviet.vn/xa-hoi/tet-trong-cay-vinh-phuc-se-trong-800-nghin-cay-xanh-post41235.html"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": art.title, "image": {"@type": "ImageObject", "url": "https://static.nongthonviet.vn/images/2017/02/06/tet-trong-cay-vinh-phuc.jpg", "width": 800, "height": 533},
          "datePublished": "2017-02-06T17:30:00+07:00", "dateModified": "2017-02-07T11:02:00+07:00",
          "author": {"@type": "Person", "name": "PV"},
          "publisher": {"@type": "Organization", "name": "Nông thôn Việt", "logo": {"@type": "ImageObject", "url": "https://nongthonviet.vn/logo-amp.png", "width": 600, "height": 60}}}
    analytics = {"vars": {"gtag_id": "G-7QX2M1K9PL", "config": {"G-7QX2M1K9PL": {"groups": "default"}}}}
    return f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{esc(art.title)}</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{jsonld(ld)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-moz-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-ms-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-o-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>
body{{font-family:Arial,Helvetica,sans-serif;color:#222;margin:0}}.amp-header{{display:flex;align-items:center;height:50px;padding:0 12px;background:#1b6b3a}}.amp-header button{{background:none;border:0;color:#fff;font-size:22px}}
.amp-article{{padding:12px 16px}}.amp-title{{font-size:24px;line-height:1.3;margin:8px 0}}.amp-meta{{font-size:13px;color:#777}}.amp-sapo{{font-weight:700}}
.amp-ad-wrap{{text-align:center;margin:16px 0;background:#f5f5f5}}.amp-ad-label{{display:block;font-size:10px;color:#999}}.amp-fig figcaption{{font-size:13px;color:#666;text-align:center;font-style:italic}}
</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{json.dumps(analytics)}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
  <ul class="amp-menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/nong-nghiep">Nông nghiệp</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/nong-thon-moi">Nông thôn mới</a></li></ul>
</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" aria-label="Menu">☰</button><a href="https://nongthonviet.vn/"><amp-img src="https://nongthonviet.vn/logo-white.png" width="160" height="36" alt="Nông thôn Việt"></amp-img></a></header>
<article class="amp-article">
  <div class="amp-cat"><a href="https://nongthonviet.vn/xa-hoi">Xã hội</a></div>
  <h1 class="amp-title">{esc(art.title)}</h1>
  <div class="amp-meta"><span class="amp-author">PV</span> - <span class="amp-time">Cập nhật lúc 11:02 ngày 07/02/2017</span></div>
  <p class="amp-sapo">{esc(art.sapo)}</p>
  <div class="amp-ad-wrap"><span class="amp-ad-label">ADVERTISEMENT</span><amp-ad width="320" height="100" type="doubleclick" data-slot="/21737107378/nongthonviet/amp_top"></amp-ad></div>
  <div class="amp-content">
{body}
  </div>
  <div class="amp-share"><amp-social-share type="facebook" data-param-app_id="145634995501895" width="36" height="36"></amp-social-share><amp-social-share type="email" width="36" height="36"></amp-social-share><amp-social-share type="system" width="36" height="36"></amp-social-share></div>
  <div class="amp-related"><h3>Tin liên quan</h3><ul>{"".join(f'<li><a href="https://nongthonviet.vn/amp/{t.slug}-post{t.nid}.html">{esc(t.title)}</a></li>' for t in rel)}</ul></div>
</article>
<footer class="amp-footer"><p>© 2017 Nông thôn Việt</p><a href="{url}">Xem phiên bản đầy đủ</a></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------
# A13: short brief on a React SPA (CSS-module hashed classes), <title> "null - …",
# "GD&TĐ - " lead prefix, cookie bar, "Tin cùng chuyên mục" longer than the article


def page_brief(art: Art, rng: random.Random, pool: TeaserPool) -> str:
    body = "\n".join(f'<p class="NewsDetail_para__1hT0e">{esc(b.text)}</p>' for b in art.blocks)
    same = pool.take(12, pattern=r"học sinh|giáo dục|trường|thi |sinh viên|tuyển sinh|giáo viên|GD&ĐT")
    sdates = day_list(rng, 12, (1, 6))
    docs = [("05/KH-SGDĐT", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp tỉnh năm học 2016-2017"),
            ("112/SGDĐT-GDTrH", "Hướng dẫn ôn tập thi THPT quốc gia năm 2017"),
            ("98/SGDĐT-VP", "Thông báo lịch nghỉ Tết Nguyên đán Đinh Dậu 2017")]
    state = {"news": {"detail": {"id": 3381, "title": art.title, "categoryId": 12, "views": 418}}, "ui": {"cookieAccepted": False}}
    same_html = "\n".join(
        f'<li class="SameCategory_item__2sLqA"><a class="SameCategory_link__3mNw0" href="/tin-tuc/{t.slug}-{t.nid}"><img class="SameCategory_thumb__1xH7c" src="/uploads/thumbs/{t.nid}.jpg" alt=""><div><h4 class="SameCategory_title__1QwZk">{esc(t.title)}</h4><p class="SameCategory_desc__2Vd3S">{esc(t.sapo)}</p><span class="SameCategory_date__3bA8x">{d}</span></div></a></li>'
        for t, d in zip(same, sdates, strict=True))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#0d47a1">
<title>null - Sở Giáo dục và Đào tạo tỉnh Gia Lai</title>
<link rel="manifest" href="/manifest.json">
<link href="/static/css/2.1a7f3c9e.chunk.css" rel="stylesheet">
<link href="/static/css/main.7c1e0a2b.chunk.css" rel="stylesheet">
</head>
<body>
<noscript>Bạn cần bật JavaScript để sử dụng trang web này.</noscript>
<div id="root"><div class="App_app__2kP0x">
<div class="CookieBar_bar__1Yq3Z" role="dialog" aria-live="polite"><p class="CookieBar_text__3xK8q">Trang web sử dụng cookie để nâng cao trải nghiệm người dùng. Khi tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie.</p><button class="Button_btn__1fQ3v Button_primary__2Rk4e" type="button">Đồng ý</button><button class="Button_btn__1fQ3v Button_link__3pZ1s" type="button">Tìm hiểu thêm</button></div>
<header class="Header_header__3HqJd"><div class="Header_inner__1cW8m"><a class="Header_logo__2mKp1" href="/"><img src="/static/media/quoc-huy.5f3b1c2a.png" alt="Quốc huy" width="56" height="56"><div class="Header_names__3Yt8s"><span class="Header_org__1d9Xh">UBND TỈNH GIA LAI</span><span class="Header_site__2fQ0z">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div></a><div class="Header_tools__2bVq6"><span class="Header_date__1Jx3K">Thứ Tư, 08/02/2017</span><input class="Header_search__3tL1e" placeholder="Tìm kiếm..." aria-label="Tìm kiếm"></div></div></header>
<nav class="Menu_nav__2bZ1x"><ul class="Menu_list__1e3Qw"><li class="Menu_item__3kZ2p"><a href="/">Trang chủ</a></li><li class="Menu_item__3kZ2p"><a href="/gioi-thieu">Giới thiệu</a></li><li class="Menu_item__3kZ2p Menu_active__1pX7d"><a href="/tin-tuc">Tin tức</a></li><li class="Menu_item__3kZ2p"><a href="/van-ban">Văn bản</a></li><li class="Menu_item__3kZ2p"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li class="Menu_item__3kZ2p"><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="Layout_main__1aX3f">
<div class="Layout_left__3Zx0u">
<div class="Breadcrumb_wrap__1xQ0s"><a href="/">Trang chủ</a><span class="Breadcrumb_sep__2yH4c">/</span><a href="/tin-tuc">Tin tức</a><span class="Breadcrumb_sep__2yH4c">/</span><span>Tin giáo dục</span></div>
<div class="NewsDetail_wrap__2P4cL">
<h1 class="NewsDetail_title__3Kx7d">{esc(art.title)}</h1>
<div class="NewsDetail_meta__1w0Sd"><span class="NewsDetail_date__2Xb9f">16:05 | 07/02/2017</span><span class="NewsDetail_views__3hG2d">Lượt xem: 418</span></div>
<div class="NewsDetail_body__3Jd8s">
<p class="NewsDetail_para__1hT0e"><strong>{esc(art.sapo)}</strong></p>
{body}
</div>
<div class="NewsDetail_source__1b8Zt">{esc(art.author or "")}</div>
<div class="ShareBar_bar__2Lm0T"><button class="ShareBar_btn__1wE4r" type="button">Chia sẻ Facebook</button><button class="ShareBar_btn__1wE4r" type="button">In</button><button class="ShareBar_btn__1wE4r" type="button">Gửi email</button></div>
<section class="SameCategory_wrap__1kq8T"><h3 class="SameCategory_heading__3Qm1v">Tin cùng chuyên mục</h3><ul class="SameCategory_list__2ZtO9">
{same_html}
</ul><div class="Pager_pager__3kLm2"><button type="button" class="Pager_more__1vX0s">Xem thêm</button></div></section>
</div>
</div>
<aside class="Layout_right__2Fh7k">
<div class="Widget_box__1rT6y"><h3 class="Widget_title__2mQ1s">Văn bản mới</h3><ul>{"".join(f'<li><a href="/van-ban/{slugify(n)}">{esc(n)}</a><p>{esc(s)}</p></li>' for n, s in docs)}</ul></div>
<div class="Widget_box__1rT6y"><h3 class="Widget_title__2mQ1s">Liên kết</h3><ul><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://gialai.gov.vn">Cổng TTĐT tỉnh Gia Lai</a></li></ul></div>
</aside>
</div>
<footer class="Footer_footer__3Vb1k"><p>Sở Giáo dục và Đào tạo tỉnh Gia Lai. Địa chỉ: 02 Hoàng Hoa Thám, TP Pleiku. Điện thoại: 0269.3824.xxx</p><p>© 2017 Bản quyền thuộc Sở GD&amp;ĐT Gia Lai</p></footer>
</div></div>
<script>window.__INITIAL_STATE__={jsonld(state)};</script>
<script src="/static/js/2.8d3c1f4e.chunk.js"></script>
<script src="/static/js/main.5b2a9e7c.chunk.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# N1: home page of a district portal - many sections of teasers


def page_home(rng: random.Random, pool: TeaserPool) -> str:
    slide = pool.take(5)
    news = pool.take(7)
    cddh = pool.take(5)
    notices = ["Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 02/2017",
               "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2017",
               "Thông báo kết quả lựa chọn tổ chức đấu giá quyền sử dụng đất",
               "Thông báo nghỉ Tết Nguyên đán Đinh Dậu 2017",
               "Thông báo về việc tạm dừng cấp nước khu vực thị trấn ngày 12/02/2017"]
    docs = [("126/QĐ-UBND", "06/02/2017", "Quyết định phê duyệt kế hoạch lựa chọn nhà thầu công trình đường giao thông nông thôn"),
            ("18/KH-UBND", "03/02/2017", "Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ xuân Đinh Dậu 2017"),
            ("11/CT-UBND", "24/01/2017", "Chỉ thị về tăng cường công tác phòng, chống dịch bệnh gia súc, gia cầm"),
            ("09/BC-UBND", "20/01/2017", "Báo cáo tình hình kinh tế - xã hội tháng 01 năm 2017"),
            ("102/QĐ-UBND", "18/01/2017", "Quyết định công bố thủ tục hành chính mới lĩnh vực đất đai")]
    d_news = day_list(rng, 7, (2, 8))
    d_cd = day_list(rng, 5, (1, 8))
    d_nt = day_list(rng, 5, (1, 8))
    slides = "\n".join(f'<div class="item{" active" if i == 0 else ""}"><a href="/tin-tuc/{t.slug}-{t.nid}"><img src="/Portals/0/Images/slide/{t.nid}.jpg" alt="{att(t.title)}"></a><div class="carousel-caption"><h3><a href="/tin-tuc/{t.slug}-{t.nid}">{esc(t.title)}</a></h3><p>{esc(t.sapo)}</p></div></div>' for i, t in enumerate(slide))
    first, *rest = news
    news_html = (f'<div class="tin-chinh"><a href="/tin-tuc/{first.slug}-{first.nid}"><img src="/Portals/0/Images/news/{first.nid}.jpg" width="300" alt=""></a><h3><a href="/tin-tuc/{first.slug}-{first.nid}">{esc(first.title)}</a></h3><span class="ngay">{d_news[0]}</span><p class="tomtat">{esc(first.sapo)}</p></div>\n<ul class="tin-phu">'
                 + "".join(f'<li><a href="/tin-tuc/{t.slug}-{t.nid}"><img src="/Portals/0/Images/news/{t.nid}_s.jpg" width="90" alt=""></a><a href="/tin-tuc/{t.slug}-{t.nid}" class="tieude">{esc(t.title)}</a> <span class="ngay">({d})</span><p class="tomtat">{esc(t.sapo)}</p></li>' for t, d in zip(rest, d_news[1:], strict=True))
                 + "</ul>")
    return f"""<!DOCTYPE html>
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	Trang chủ - Cổng thông tin điện tử huyện Tuy An
</title><meta id="MetaDescription" name="DESCRIPTION" content="Cổng thông tin điện tử huyện Tuy An, tỉnh Phú Yên" /><meta id="MetaKeywords" name="KEYWORDS" content="Tuy An, Phú Yên, UBND huyện" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><link href="/Portals/_default/default.css?cdv=41" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/TuyAn/skin.css?cdv=41" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=41" type="text/javascript"></script>
<script type="application/ld+json">{jsonld({"@context": "https://schema.org", "@type": "WebSite", "name": "Cổng thông tin điện tử huyện Tuy An", "url": "https://tuyan.phuyen.gov.vn/", "potentialAction": {"@type": "SearchAction", "target": "https://tuyan.phuyen.gov.vn/tim-kiem?q={search_term_string}", "query-input": "required name=search_term_string"}})}</script>
</head>
<body id="Body">
<form method="post" action="/" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120))}=" /></div>
<div id="wrapper">
 <div id="dnn_header" class="header">
  <div class="topbar"><span class="homnay">Thứ Năm, ngày 09/02/2017</span><span class="lienket"><a href="/so-do-site">Sơ đồ site</a> | <a href="/hoi-dap">Hỏi đáp</a> | <a href="/lien-he">Liên hệ</a> | <a href="/en">English</a></span></div>
  <div class="banner"><a href="/"><img src="/Portals/0/Skins/banner-tuyan.png" alt="Cổng thông tin điện tử huyện Tuy An"></a></div>
  <div class="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2017) * Mừng Đảng - Mừng Xuân Đinh Dậu 2017</marquee></div>
 </div>
 <div id="dnn_menu" class="mainmenu"><ul class="topLevel"><li class="item selected"><a href="/">Trang chủ</a></li><li class="item"><a href="/gioi-thieu">Giới thiệu</a></li><li class="item"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="item"><a href="/chinh-quyen">Chính quyền</a></li><li class="item"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li class="item"><a href="/van-ban">Văn bản</a></li><li class="item"><a href="/quy-hoach">Quy hoạch - Kế hoạch</a></li><li class="item"><a href="/lien-he">Liên hệ</a></li></ul></div>
 <div id="dnn_ContentPane" class="contentpane">
  <div class="DnnModule DnnModule-Slider"><div id="carousel-home" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
{slides}
  </div><a class="left carousel-control" href="#carousel-home" data-slide="prev">‹</a><a class="right carousel-control" href="#carousel-home" data-slide="next">›</a></div></div>
  <div class="row">
   <div class="col-md-8">
    <div class="DnnModule DnnModule-TinTuc"><div class="khoi"><h2 class="tieudekhoi"><a href="/tin-tuc">Tin tức - Sự kiện</a></h2>
{news_html}
    <a class="xemtiep" href="/tin-tuc">Xem tiếp »</a></div></div>
    <div class="DnnModule DnnModule-ChiDao"><div class="khoi"><h2 class="tieudekhoi"><a href="/chi-dao-dieu-hanh">Chỉ đạo - Điều hành</a></h2><ul class="dstin">
{"".join(f'<li><a href="/chi-dao-dieu-hanh/{t.slug}-{t.nid}">{esc(t.title)}</a> <span class="ngay">({d})</span></li>' for t, d in zip(cddh, d_cd, strict=True))}
    </ul></div></div>
    <div class="DnnModule DnnModule-VanBan"><div class="khoi"><h2 class="tieudekhoi"><a href="/van-ban">Văn bản mới</a></h2><table class="table vanban"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
{"".join(f'<tr><td><a href="/van-ban/{slugify(n)}">{esc(n)}</a></td><td>{d}</td><td>{esc(s)}</td></tr>' for n, d, s in docs)}
    </table></div></div>
   </div>
   <div class="col-md-4">
    <div class="DnnModule DnnModule-ThongBao"><div class="khoi"><h2 class="tieudekhoi">Thông báo</h2><ul class="dstin">
{"".join(f'<li><a href="/thong-bao/{slugify(n)}">{esc(n)}</a> <span class="ngay">({d})</span></li>' for n, d in zip(notices, d_nt, strict=True))}
    </ul></div></div>
    <div class="DnnModule DnnModule-LichCongTac"><div class="khoi"><h2 class="tieudekhoi">Lịch công tác</h2><p><a href="/lich-cong-tac/tuan-06-2017">Lịch công tác tuần 06/2017 (từ 06/02 đến 12/02/2017)</a></p></div></div>
    <div class="DnnModule DnnModule-Video"><div class="khoi"><h2 class="tieudekhoi">Video</h2><iframe width="300" height="170" src="https://www.youtube.com/embed/{"".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))}" frameborder="0" allowfullscreen></iframe><p><a href="/video">Phóng sự: Tuy An ra quân sản xuất đầu xuân</a></p></div></div>
    <div class="DnnModule DnnModule-LienKet"><div class="khoi"><h2 class="tieudekhoi">Liên kết website</h2><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://www.chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="http://www.phuyen.gov.vn">Cổng TTĐT tỉnh Phú Yên</option></select></div></div>
    <div class="DnnModule DnnModule-ThongKe"><div class="khoi"><h2 class="tieudekhoi">Thống kê truy cập</h2><p>Đang truy cập: {rng.randint(10, 60)}<br>Tổng lượt truy cập: {vn_num(rng.randint(500000, 900000))}</p></div></div>
   </div>
  </div>
 </div>
 <div id="dnn_footer" class="footer"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY AN</strong></p><p>Cơ quan chủ quản: UBND huyện Tuy An, tỉnh Phú Yên. Địa chỉ: Thị trấn Chí Thạnh, huyện Tuy An. Điện thoại: 0257.3867.xxx</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div>
</div>
</form>
</body>
</html>
"""


# --------------------------------------------------------------------------
# N2: category page with a large featured story card and a paged list


def page_category(rng: random.Random, pool: TeaserPool) -> str:
    feat = pool.take(1)[0]
    # the featured card carries a long lead: take the record's first two body lines too
    flines = [x for x in (norm(y) for y in CORPUS[feat.rid]["text"].split("\n")) if len(x) > 60]
    feat_extra = flines[0] if flines and flines[0] != feat.sapo else ""
    items = pool.take(12)
    dates = day_list(rng, 13, (1, 8))
    rows = "\n".join(
        f'<div class="media news-item"><a class="media-left" href="/kinh-te/{t.slug}-{t.nid}.html"><img class="media-object" src="/upload/thumb/{t.nid}.jpg" width="220" height="140" alt="{att(t.title)}"></a><div class="media-body"><h3 class="media-heading"><a href="/kinh-te/{t.slug}-{t.nid}.html">{esc(t.title)}</a></h3><div class="news-meta"><span class="cate">Kinh tế</span> <span class="time">{d} {clock(rng)}</span></div><p class="news-sapo">{esc(t.sapo)}</p></div></div>'
        for t, d in zip(items, dates[1:], strict=True))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kinh tế - Báo Đắk Nông điện tử</title>
<meta name="description" content="Tin tức kinh tế, nông nghiệp, đầu tư, thị trường mới nhất">
<link rel="alternate" type="application/rss+xml" title="Kinh tế" href="/rss/kinh-te.rss">
<link href="/assets/bootstrap/3.3.7/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/site.min.css?v=1.8.4" rel="stylesheet">
<script type="application/ld+json">{jsonld({"@context": "https://schema.org", "@type": "CollectionPage", "name": "Kinh tế", "url": "https://baodaknong.vn/kinh-te", "isPartOf": {"@type": "WebSite", "name": "Báo Đắk Nông điện tử"}})}</script>
{GA.format(gid="UA-" + str(rng.randint(10000000, 99999999)) + "-2")}
</head>
<body class="page-category">
<div class="top-bar"><div class="container"><span class="date-now">Thứ Năm, 09/02/2017</span><ul class="list-inline pull-right"><li><a href="/bao-in">Báo in</a></li><li><a href="/video">Video</a></li><li><a href="/rss">RSS</a></li></ul></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo.png" alt="Báo Đắk Nông"></a></div></header>
<nav class="navbar navbar-default main-nav"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li class="active"><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/the-thao">Thể thao</a></li><li><a href="/phap-luat">Pháp luật</a></li><li><a href="/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li></ul></div></nav>
<div class="container main">
 <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Kinh tế</li></ol>
 <ul class="nav nav-pills sub-cates"><li><a href="/kinh-te/nong-nghiep">Nông nghiệp</a></li><li><a href="/kinh-te/dau-tu">Đầu tư</a></li><li><a href="/kinh-te/thi-truong">Thị trường</a></li><li><a href="/kinh-te/doanh-nghiep">Doanh nghiệp</a></li></ul>
 <div class="row">
  <div class="col-md-8">
   <h1 class="cate-title">Kinh tế</h1>
   <div class="featured-story card">
    <a href="/kinh-te/{feat.slug}-{feat.nid}.html" class="featured-story__image"><img src="/upload/large/{feat.nid}.jpg" width="750" height="450" alt="{att(feat.title)}"></a>
    <div class="featured-story__body">
     <h2 class="featured-story__title"><a href="/kinh-te/{feat.slug}-{feat.nid}.html">{esc(feat.title)}</a></h2>
     <div class="news-meta"><span class="time">{dates[0]} {clock(rng)}</span></div>
     <p class="featured-story__sapo">{esc(feat.sapo)}</p>
     {f'<p class="featured-story__more">{esc(feat_extra[:260])}…</p>' if feat_extra else ""}
     <a class="btn btn-link" href="/kinh-te/{feat.slug}-{feat.nid}.html">Xem tiếp »</a>
    </div>
   </div>
   <div class="news-list">
{rows}
   </div>
   <nav class="text-center"><ul class="pagination"><li class="active"><span>1</span></li><li><a href="/kinh-te/trang-2">2</a></li><li><a href="/kinh-te/trang-3">3</a></li><li><a href="/kinh-te/trang-4">4</a></li><li class="disabled"><span>…</span></li><li><a href="/kinh-te/trang-56">56</a></li><li><a href="/kinh-te/trang-2" rel="next">Trang sau »</a></li></ul></nav>
  </div>
  <div class="col-md-4 sidebar">
   <div class="box box-most"><h3 class="box-title">Đọc nhiều</h3><ol>{"".join(f'<li><a href="/tin/{t.slug}-{t.nid}.html">{esc(t.title)}</a></li>' for t in pool.take(6))}</ol></div>
   <div class="box"><a href="/lien-he-quang-cao"><img src="/upload/qc/300x600-cafe.jpg" width="300" height="600" alt="Quảng cáo"></a></div>
  </div>
 </div>
</div>
<footer class="site-footer"><div class="container"><p>BÁO ĐẮK NÔNG ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đắk Nông</p><p>Giấy phép số 183/GP-BTTTT. Địa chỉ: Đường 23/3, TP Gia Nghĩa, tỉnh Đắk Nông.</p></div></footer>
<script src="/assets/jquery/1.12.4/jquery.min.js"></script>
<script src="/assets/bootstrap/3.3.7/js/bootstrap.min.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# N3: search page with zero results (Angular Universal, _ngcontent-* attributes)


def page_search_empty(rng: random.Random, pool: TeaserPool) -> str:
    ng, nh = "_ngcontent-sc41", "_nghost-sc41"
    latest = pool.take(6)
    most = pool.take(5)
    d_latest = day_list(rng, 6, (7, 9))
    q = "cấp nước sạch Thạch Thất 2016 dự án Đồng Tiến Thành"
    return f"""<!DOCTYPE html><html lang="vi"><head>
  <meta charset="utf-8">
  <title>Tìm kiếm: {esc(q)} | Hà Nội Mới Online</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, follow">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.3f1a9c2e7b4d5f60.css"><style ng-transition="serverApp">.search-page[{ng}]{{padding:24px 0}}.search-page__empty[{ng}]{{padding:40px;text-align:center;color:#666;background:#fafafa;border-radius:6px}}.search-page__form[{ng}]{{display:flex;gap:8px}}</style></head>
<body><app-root ng-version="15.2.9" ng-server-context="ssr"><app-header _nghost-sc12=""><div _ngcontent-sc12="" class="header"><div _ngcontent-sc12="" class="header__top"><span _ngcontent-sc12="" class="header__date">Thứ Năm, 09/02/2017</span><a _ngcontent-sc12="" href="/dang-nhap" class="header__login">Đăng nhập</a></div><a _ngcontent-sc12="" routerlink="/" class="header__logo" href="/"><img _ngcontent-sc12="" src="assets/logo-hnm.svg" alt="Hà Nội Mới"></a><nav _ngcontent-sc12="" class="header__nav"><a _ngcontent-sc12="" href="/thoi-su">Thời sự</a><a _ngcontent-sc12="" href="/chinh-tri">Chính trị</a><a _ngcontent-sc12="" href="/kinh-te">Kinh tế</a><a _ngcontent-sc12="" href="/do-thi">Đô thị</a><a _ngcontent-sc12="" href="/xa-hoi">Xã hội</a><a _ngcontent-sc12="" href="/van-hoa">Văn hóa</a><a _ngcontent-sc12="" href="/the-thao">Thể thao</a></nav></div></app-header><router-outlet></router-outlet><app-search {nh}=""><div {ng}="" class="container search-page"><div {ng}="" class="row"><div {ng}="" class="col-8"><h1 {ng}="" class="search-page__title">Kết quả tìm kiếm</h1><form {ng}="" novalidate="" class="search-page__form ng-untouched ng-pristine ng-valid"><input {ng}="" type="search" name="q" class="form-control ng-untouched ng-pristine ng-valid" value="{att(q)}" placeholder="Nhập từ khóa..."><select {ng}="" name="cat" class="form-select"><option {ng}="" value="">Tất cả chuyên mục</option><option {ng}="" value="kinh-te">Kinh tế</option><option {ng}="" value="do-thi">Đô thị</option></select><select {ng}="" name="time" class="form-select"><option {ng}="" value="">Mọi thời điểm</option><option {ng}="" value="7d">7 ngày qua</option><option {ng}="" value="30d">30 ngày qua</option></select><button {ng}="" type="submit" class="btn btn-primary">Tìm kiếm</button></form><p {ng}="" class="search-page__summary">Tìm thấy <strong {ng}="">0</strong> kết quả cho từ khóa “<strong {ng}="">{esc(q)}</strong>”</p><!----><div {ng}="" class="search-page__empty"><img {ng}="" src="assets/empty-search.svg" width="120" alt=""><h2 {ng}="">Không tìm thấy kết quả nào phù hợp</h2><p {ng}="">Rất tiếc, chúng tôi không tìm thấy bài viết nào khớp với từ khóa bạn nhập.</p><ul {ng}="" class="search-page__tips"><li {ng}="">Kiểm tra lại chính tả của từ khóa.</li><li {ng}="">Thử dùng từ khóa ngắn hơn hoặc từ khóa khác có cùng nghĩa.</li><li {ng}="">Bỏ bớt bộ lọc chuyên mục hoặc thời gian.</li></ul></div><!----><div {ng}="" class="search-page__suggest"><h3 {ng}="">Có thể bạn quan tâm</h3><ul {ng}="">{"".join(f'<li {ng}=""><a {ng}="" href="/tin/{t.slug}-{t.nid}">{esc(t.title)}</a> <span {ng}="" class="time">{d}</span></li>' for t, d in zip(latest, d_latest, strict=True))}</ul></div></div><div {ng}="" class="col-4"><app-most-read _nghost-sc44=""><div _ngcontent-sc44="" class="box"><h3 _ngcontent-sc44="" class="box__title">Đọc nhiều nhất</h3><ol _ngcontent-sc44="">{"".join(f'<li _ngcontent-sc44=""><a _ngcontent-sc44="" href="/tin/{t.slug}-{t.nid}">{esc(t.title)}</a></li>' for t in most)}</ol></div></app-most-read><div {ng}="" class="ads-box"><span {ng}="">Quảng cáo</span><div {ng}="" id="ads-search-right" style="min-height:250px"></div></div></div></div></div></app-search><app-footer _nghost-sc13=""><footer _ngcontent-sc13="" class="footer"><p _ngcontent-sc13="">Báo Hà Nội Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội</p><p _ngcontent-sc13="">© 2017 Bản quyền thuộc về Báo Hà Nội Mới</p></footer></app-footer></app-root>
<script src="runtime.8e2c1a4f9b7d3e06.js" type="module"></script><script src="polyfills.1b9f3e7c2a4d6e80.js" type="module"></script><script src="main.5d0a8f3b1c7e9246.js" type="module"></script>

<script id="serverApp-state" type="application/json">{{&q;search&q;:{{&q;q&q;:&q;{att(q)}&q;,&q;total&q;:0,&q;items&q;:[]}}}}</script></body></html>
"""


# --------------------------------------------------------------------------
# N4: contact page with an address block and a Contact Form 7 form (WordPress classic)


def page_contact(rng: random.Random, pool: TeaserPool) -> str:
    news = pool.take(5)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Liên hệ &#8211; UBND xã Tam Giang</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='https://tamgiang.nuithanh.gov.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />
<link rel='stylesheet' id='contact-form-7-css' href='https://tamgiang.nuithanh.gov.vn/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.7.2' media='all' />
<link rel='stylesheet' id='generatepress-style-css' href='https://tamgiang.nuithanh.gov.vn/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.2.4' media='all' />
<script src='https://tamgiang.nuithanh.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
<script type="application/ld+json">{jsonld({"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "UBND xã Tam Giang", "address": {"@type": "PostalAddress", "streetAddress": "Thôn Thuận An", "addressLocality": "xã Tam Giang, huyện Núi Thành", "addressRegion": "Quảng Nam", "addressCountry": "VN"}, "telephone": "+84-235-3870-xxx"})}</script>
</head>

<body class="page-template-default page page-id-27 wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>		<header class="site-header" id="masthead" aria-label="Trang" itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-branding">
						<p class="main-title" itemprop="headline">
					<a href="https://tamgiang.nuithanh.gov.vn/" rel="home">UBND xã Tam Giang</a>
				</p>
						<p class="site-description" itemprop="description">Huyện Núi Thành - Tỉnh Quảng Nam</p>
					</div>			</div>
		</header>
				<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
				<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
				<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu"><li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-10"><a href="https://tamgiang.nuithanh.gov.vn/">Trang chủ</a></li>
<li id="menu-item-11" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-11"><a href="https://tamgiang.nuithanh.gov.vn/gioi-thieu/">Giới thiệu</a></li>
<li id="menu-item-12" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-12"><a href="https://tamgiang.nuithanh.gov.vn/tin-tuc/">Tin tức</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="https://tamgiang.nuithanh.gov.vn/thong-bao/">Thông báo</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-14"><a href="https://tamgiang.nuithanh.gov.vn/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li>
<li id="menu-item-28" class="menu-item menu-item-type-post_type menu-item-object-page current-menu-item page_item page-item-27 current_page_item menu-item-28"><a href="https://tamgiang.nuithanh.gov.vn/lien-he/" aria-current="page">Liên hệ</a></li>
</ul></div>			</div>
		</nav>

	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">

	<div class="content-area" id="primary">
		<main class="site-main" id="main">

<article id="post-27" class="post-27 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">

			<header class="entry-header" aria-label="Nội dung">
				<h1 class="entry-title" itemprop="headline">Liên hệ</h1>			</header>


		<div class="entry-content" itemprop="text">
			<p>Mọi ý kiến đóng góp, phản ánh, kiến nghị của tổ chức, công dân về hoạt động của chính quyền địa phương, thủ tục hành chính và nội dung Trang thông tin điện tử xin gửi về Ủy ban nhân dân xã Tam Giang theo địa chỉ dưới đây hoặc điền vào mẫu liên hệ. Chúng tôi sẽ trả lời trong thời gian sớm nhất.</p>
<div class="wp-block-columns is-layout-flex wp-container-3">
<div class="wp-block-column is-layout-flow">
<h3 class="wp-block-heading">Ủy ban nhân dân xã Tam Giang</h3>
<p><strong>Địa chỉ:</strong> Thôn Thuận An, xã Tam Giang, huyện Núi Thành, tỉnh Quảng Nam<br><strong>Điện thoại:</strong> 0235.3870.xxx<br><strong>Email:</strong> ubndtamgiang@quangnam.gov.vn<br><strong>Giờ làm việc:</strong> Sáng 7h00 - 11h00, chiều 13h30 - 17h00 (thứ Hai đến thứ Sáu)</p>
</div>
<div class="wp-block-column is-layout-flow">
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3840.2!2d108.{rng.randint(100000, 999999)}!3d15.{rng.randint(100000, 999999)}!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zVUJORCB4w6MgVGFtIEdpYW5n!5e0!3m2!1svi!2s!4v1486600000000" width="100%" height="260" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade" title="Bản đồ UBND xã Tam Giang"></iframe>
</div>
</div>
<h3 class="wp-block-heading">Gửi liên hệ</h3>
<div class="wpcf7 no-js" id="wpcf7-f31-p27-o1" lang="vi" dir="ltr">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="/lien-he/#wpcf7-f31-p27-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;">
<input type="hidden" name="_wpcf7" value="31" />
<input type="hidden" name="_wpcf7_version" value="5.7.2" />
<input type="hidden" name="_wpcf7_locale" value="vi" />
<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f31-p27-o1" />
<input type="hidden" name="_wpcf7_container_post" value="27" />
</div>
<p><label> Họ và tên (bắt buộc)<br />
<span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" aria-invalid="false" value="" type="text" name="your-name" /></span> </label>
</p>
<p><label> Địa chỉ email (bắt buộc)<br />
<span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-email wpcf7-validates-as-required wpcf7-validates-as-email" aria-required="true" aria-invalid="false" value="" type="email" name="your-email" /></span> </label>
</p>
<p><label> Số điện thoại<br />
<span class="wpcf7-form-control-wrap" data-name="your-phone"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-tel wpcf7-validates-as-tel" aria-invalid="false" value="" type="tel" name="your-phone" /></span> </label>
</p>
<p><label> Địa chỉ liên hệ<br />
<span class="wpcf7-form-control-wrap" data-name="your-address"><input size="40" class="wpcf7-form-control wpcf7-text" aria-invalid="false" value="" type="text" name="your-address" placeholder="Số nhà, thôn/tổ, xã/phường, huyện, tỉnh" /></span> </label>
</p>
<p><label> Tiêu đề<br />
<span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" aria-invalid="false" value="" type="text" name="your-subject" /></span> </label>
</p>
<p><label> Nội dung<br />
<span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="your-message"></textarea></span> </label>
</p>
<p><input class="wpcf7-form-control has-spinner wpcf7-submit" type="submit" value="Gửi" />
</p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form>
</div>
		</div>

			</div>
</article>
		</main>
	</div>

	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">
		<h2 class="widget-title">Bài viết mới</h2>
		<ul>
{"".join(f'<li><a href="https://tamgiang.nuithanh.gov.vn/{t.slug}/">{esc(t.title)}</a></li>' for t in news)}
		</ul>
		</aside><aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://tamgiang.nuithanh.gov.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm">Tìm</button></form></aside>	</div>
</div>

	</div>
</div>


<div class="site-footer">
			<footer class="site-info" aria-label="Trang" itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					<span class="copyright">&copy; 2017 UBND xã Tam Giang</span> &bull; Được xây dựng với <a href="https://generatepress.com" itemprop="url">GeneratePress</a>				</div>
			</div>
		</footer>
		</div>

<script id='contact-form-7-js-extra'>
var wpcf7 = {{"api":{{"root":"https:\\/\\/tamgiang.nuithanh.gov.vn\\/wp-json\\/","namespace":"contact-form-7\\/v1"}}}};
</script>
<script src='https://tamgiang.nuithanh.gov.vn/wp-content/plugins/contact-form-7/includes/js/index.js?ver=5.7.2' id='contact-form-7-js'></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# N5: document library listing (ASP.NET MVC): Số/Ký hiệu | Ngày ban hành | Trích yếu | Tải về

DOCS = [
    ("QĐ", "Quyết định", "phê duyệt kế hoạch lựa chọn nhà thầu gói thầu xây lắp công trình kênh mương nội đồng"),
    ("KH", "Kế hoạch", "triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2017"),
    ("CV", "Công văn", "về việc hỗ trợ giống lúa cho các hộ bị thiệt hại do mưa lũ vụ Đông Xuân 2016-2017"),
    ("TB", "Thông báo", "kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 01/2017"),
    ("QĐ", "Quyết định", "ban hành Quy chế quản lý và sử dụng hệ thống thư điện tử công vụ"),
    ("CT", "Chỉ thị", "về tăng cường công tác quản lý, bảo vệ rừng trong mùa khô năm 2017"),
    ("KH", "Kế hoạch", "tổ chức các hoạt động kỷ niệm 42 năm Ngày giải phóng tỉnh"),
    ("BC", "Báo cáo", "tình hình thực hiện nhiệm vụ kinh tế - xã hội tháng 01 năm 2017"),
    ("QĐ", "Quyết định", "công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nông nghiệp và PTNT"),
    ("CV", "Công văn", "về việc rà soát, đề xuất danh mục dự án đầu tư công trung hạn giai đoạn 2016-2020"),
    ("TB", "Thông báo", "lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh tháng 02/2017"),
    ("QĐ", "Quyết định", "phân bổ kinh phí thực hiện chính sách hỗ trợ đất trồng lúa năm 2017"),
    ("KH", "Kế hoạch", "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2017"),
    ("CV", "Công văn", "về việc đảm bảo an ninh trật tự, an toàn giao thông trong mùa lễ hội xuân"),
    ("QĐ", "Quyết định", "thành lập Tổ công tác kiểm tra tình hình thực hiện kỷ luật, kỷ cương hành chính"),
]


def page_doclib(rng: random.Random, pool: TeaserPool) -> str:
    days = sorted((rng.randint(1, 40) for _ in DOCS), reverse=False)
    rows = []
    for i, ((abbr, kind, summ), back) in enumerate(zip(DOCS, days, strict=True)):
        day = 9 - back
        m, d = (2, day) if day >= 1 else (1, 31 + day)
        num = rng.randint(80, 460)
        code = f"{num}/{abbr}-UBND"
        rows.append(f'<tr><td class="text-center">{i + 1}</td><td><a href="/van-ban/chi-tiet/{num}-{abbr.lower()}-ubnd-{2017}">{esc(code)}</a></td><td class="text-center">{d:02d}/{m:02d}/2017</td><td>{esc(kind)} {esc(summ)}</td><td class="text-center"><a href="/Upload/VanBan/2017/{num}-{abbr}-UBND.pdf" class="btn btn-xs btn-default" title="Tải về"><i class="fa fa-download"></i> PDF</a></td></tr>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Văn bản chỉ đạo điều hành - Cổng thông tin điện tử tỉnh Phú Yên</title>
    <link href="/Content/bootstrap.min.css" rel="stylesheet"/>
    <link href="/Content/font-awesome.min.css" rel="stylesheet"/>
    <link href="/Content/site.css?v=2.4.1" rel="stylesheet"/>
    <script src="/Scripts/modernizr-2.8.3.js"></script>
</head>
<body>
    <div class="topbar"><div class="container"><span>Thứ Năm, 09/02/2017</span> <span class="pull-right"><a href="/Account/Login">Đăng nhập</a></span></div></div>
    <header class="banner"><div class="container"><a href="/"><img src="/Content/images/banner-phuyen.png" alt="Cổng thông tin điện tử tỉnh Phú Yên" /></a></div></header>
    <nav class="navbar navbar-inverse"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/GioiThieu">Giới thiệu</a></li><li><a href="/TinTuc">Tin tức</a></li><li class="active"><a href="/VanBan">Văn bản</a></li><li><a href="/ThuTucHanhChinh">Thủ tục hành chính</a></li><li><a href="/HoiDap">Hỏi đáp</a></li><li><a href="/LienHe">Liên hệ</a></li></ul></div></nav>
    <div class="container body-content">
        <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/VanBan">Văn bản</a></li><li class="active">Văn bản chỉ đạo điều hành</li></ol>
        <div class="row">
            <div class="col-md-9">
                <h2 class="page-title">Văn bản chỉ đạo điều hành</h2>
                <form action="/VanBan/TimKiem" method="get" class="form-inline van-ban-filter well well-sm">
                    <input class="form-control" name="keyword" placeholder="Số ký hiệu, trích yếu..." type="text" value="" />
                    <select class="form-control" name="coQuan"><option value="">-- Cơ quan ban hành --</option><option value="1">UBND tỉnh</option><option value="2">Văn phòng UBND tỉnh</option><option value="3">Sở, ban, ngành</option></select>
                    <select class="form-control" name="loai"><option value="">-- Loại văn bản --</option><option value="QD">Quyết định</option><option value="CT">Chỉ thị</option><option value="KH">Kế hoạch</option><option value="CV">Công văn</option><option value="TB">Thông báo</option></select>
                    <select class="form-control" name="nam"><option value="">-- Năm --</option><option value="2017" selected="selected">2017</option><option value="2016">2016</option></select>
                    <button type="submit" class="btn btn-primary"><i class="fa fa-search"></i> Tìm kiếm</button>
                </form>
                <p class="text-muted">Có <strong>1.284</strong> văn bản. Trang 1/86.</p>
                <table class="table table-bordered table-striped table-hover van-ban-list">
                    <thead><tr><th class="text-center" style="width:40px">STT</th><th style="width:150px">Số/Ký hiệu</th><th class="text-center" style="width:110px">Ngày ban hành</th><th>Trích yếu</th><th class="text-center" style="width:70px">Tải về</th></tr></thead>
                    <tbody>
{chr(10).join(rows)}
                    </tbody>
                </table>
                <div class="pagination-container"><ul class="pagination"><li class="disabled PagedList-skipToPrevious"><a rel="prev">«</a></li><li class="active"><a>1</a></li><li><a href="/VanBan?page=2">2</a></li><li><a href="/VanBan?page=3">3</a></li><li><a href="/VanBan?page=4">4</a></li><li><a href="/VanBan?page=5">5</a></li><li class="disabled PagedList-ellipses"><a>&#8230;</a></li><li class="PagedList-skipToNext"><a href="/VanBan?page=2" rel="next">»</a></li></ul></div>
            </div>
            <div class="col-md-3">
                <div class="panel panel-primary"><div class="panel-heading">Loại văn bản</div><div class="list-group"><a class="list-group-item" href="/VanBan?loai=QD">Quyết định <span class="badge">512</span></a><a class="list-group-item" href="/VanBan?loai=CT">Chỉ thị <span class="badge">48</span></a><a class="list-group-item" href="/VanBan?loai=KH">Kế hoạch <span class="badge">231</span></a><a class="list-group-item" href="/VanBan?loai=CV">Công văn <span class="badge">389</span></a><a class="list-group-item" href="/VanBan?loai=TB">Thông báo <span class="badge">104</span></a></div></div>
                <div class="panel panel-default"><div class="panel-heading">Tin mới</div><ul class="list-unstyled panel-body">{"".join(f'<li><a href="/TinTuc/{t.slug}-{t.nid}">{esc(t.title)}</a></li>' for t in pool.take(4))}</ul></div>
            </div>
        </div>
    </div>
    <footer class="footer"><div class="container"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Phú Yên. Địa chỉ: 08 Trần Phú, TP Tuy Hòa, Phú Yên.</p></div></footer>
    <script src="/Scripts/jquery-1.12.4.min.js"></script>
    <script src="/Scripts/bootstrap.min.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------

ARTICLE_PAGES: dict[str, Callable[[Art, random.Random, TeaserPool], str]] = {
    "webcenter_ministry_01": page_webcenter,
    "joomla4_01": page_joomla,
    "drupal10_01": page_drupal,
    "wpblock_table_01": page_wpblock,
    "nuxt_ads_01": page_nuxt,
    "aspclassic_01": page_aspclassic,
    "divcontent_01": page_divcontent,
    "updated_published_01": page_updated_published,
    "interview_01": page_interview,
    "video_01": page_video,
    "print_01": page_print,
    "amp_01": page_amp,
    "brief_01": page_brief,
}
NON_ARTICLE_PAGES: dict[str, Callable[[random.Random, TeaserPool], str]] = {
    "nonarticle_home_01": page_home,
    "nonarticle_category_featured_01": page_category,
    "nonarticle_search_empty_01": page_search_empty,
    "nonarticle_contact_01": page_contact,
    "nonarticle_doclib_01": page_doclib,
}
# Byte-level variations: UTF-8 BOM on two pages, CRLF line ends on the ASP page.
BOM = {"nuxt_ads_01", "nonarticle_search_empty_01"}
CRLF = {"aspclassic_01"}


def write_page(name: str, page: str, expected: dict) -> None:
    text = page.replace("\r\n", "\n")
    if name in CRLF:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if name in BOM:
        data = b"\xef\xbb\xbf" + data
    (OUT / f"{name}.html").write_bytes(data)
    (OUT / f"{name}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    CORPUS.update(load_corpus())
    arts = articles()
    rng = random.Random(SEED)
    pool = TeaserPool(rng, {a.rid for a in arts.values()})
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        if old.suffix in (".html", ".json"):
            old.unlink()
    for name, fn in ARTICLE_PAGES.items():
        art = arts[name]
        write_page(name, fn(art, rng, pool), art.expected())
    for name, nfn in NON_ARTICLE_PAGES.items():
        write_page(name, nfn(rng, pool), dict(NON_ARTICLE))
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"wrote {len(ARTICLE_PAGES) + len(NON_ARTICLE_PAGES)} pages to {OUT.relative_to(REPO)} ({total} bytes)")


if __name__ == "__main__":
    main()
