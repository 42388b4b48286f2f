# ruff: noqa: E501
"""Generate the blind held-out extraction gold set ``holdout10``.

Writes ``tests/fixtures/extraction/holdout10/NAME.html`` + ``NAME.json`` pairs.
Article texts are real records from ``../shared/data/vi_news.jsonl`` (ids
ending in "29"); page chrome (CMS markup, bylines, dates, widgets) is
synthetic. Output is deterministic (fixed seed, no clock access).

Usage: .venv/bin/python scripts/make_extraction_holdout10.py
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "extraction" / "holdout10"
CORPUS = ROOT.parent / "shared" / "data" / "vi_news.jsonl"
SEED = 20240510

RNG = random.Random(SEED)


def e(s: str) -> str:
    """Escape text content."""
    return html.escape(s, quote=False)


def a(s: str) -> str:
    """Escape attribute values."""
    return html.escape(s, quote=True)


def h(name: str) -> str:
    """Deterministic hashed-looking class name."""
    return "_" + hashlib.sha1(f"{SEED}:{name}".encode()).hexdigest()[:6]


def load_records(ids: set[str]) -> dict[str, dict]:
    recs: dict[str, dict] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("id") in ids and r.get("title") and r.get("text"):
                # keep the first record per id whose title matches our expectation
                recs.setdefault(r["id"] + "|" + r["title"].strip(), r)
    return recs


WANT = {
    "vietnews-train-074029": "Thủ tướng mong có nhiều nhân tài toán học như GS Hoàng Tuỵ",
    "vietnews-test-014929": "Rà soát, cấp giấy chứng nhận quyền sử dụng đất dinh thự Vua Mèo",
    "vietnews-train-086029": "Thanh toán không dùng tiền mặt sẽ phủ sóng cả khu vực nhà nước",
    "vietnews-test-017329": "Hiến máu đầu năm, nhận lì xì may mắn",
    "vietnews-train-087229": "Hoa anh đào tiếp tục gắn kết văn hoá Việt - Nhật",
    "vietnews-train-012829": "TP. HCM hỗ trợ bà con bị thiệt hại do bão lũ ở Huế, Quảng Trị",
    "vietnews-train-011629": "Đắk Lắk dời trạm BOT Quang Đức khỏi thị xã Buôn Hồ",
    "vietnews-test-003229": "Còn 8 địa phương chưa đưa trạm cân xe vào hoạt động",
    "vietnews-train-089029": "Hơn một triệu người kê khai tài sản, phát hiện ba trường hợp vi phạm",
    "vietnews-train-020629": "Cho đầu tư mở các bến ở khu cảng Nhà Rồng - Khánh Hội",
    "vietnews-train-017329": "Không chấp hành điều động, giáo viên Quảng Trị sẽ bị buộc thôi việc",
}


def get_articles() -> dict[str, tuple[str, list[str]]]:
    recs = load_records(set(WANT))
    out: dict[str, tuple[str, list[str]]] = {}
    for rid, title in WANT.items():
        r = recs[rid + "|" + title]
        paras = [p.strip() for p in r["text"].split("\n") if p.strip()]
        out[rid] = (title, paras)
    return out


# Teaser titles for listing pages (real headlines from the corpus, ids ending in 29).
TEASERS = [
    "Nghi phạm trộm 8,3 tỉ ở ngôi nhà 6 camera đã bị bắt",
    "46 người chết, 33 người mất tích do mưa lũ",
    "Hiến máu đầu năm, nhận lì xì may mắn",
    "Giá dịch vụ hàng không đồng loạt tăng",
    "Khởi tố kẻ nhiều lần cướp giật tài sản trên đường vắng",
    "Đắk Lắk dời trạm BOT Quang Đức khỏi thị xã Buôn Hồ",
    "Cháy kèm tiếng nổ tại công trình ở Hà Nội",
    "TP. HCM có trạm cấp cứu bằng xe hai bánh thứ 3",
    "Phát triển ĐBSCL theo tư duy kinh tế thị trường",
    "Không chấp hành điều động, giáo viên Quảng Trị sẽ bị buộc thôi việc",
    "Xây các trạm rửa xe tự động ở các cửa ngõ Hà Nội",
    "Bác đề xuất xin ngân sách dỡ bỏ trạm BOT quốc lộ 39B",
    "Thủ tướng khen việc tổ chức lễ đón U23 Việt Nam",
    "Cho đầu tư mở các bến ở khu cảng Nhà Rồng - Khánh Hội",
    "Cảnh sát phá cửa, cứu hai bà cháu mắc kẹt trong thang máy",
    "USAID tài trợ 50 triệu USD hỗ trợ người khuyết tật tại Việt Nam",
    "Thủ tướng mong có nhiều nhân tài toán học như GS Hoàng Tuỵ",
    "Triệt phá 2 đường dây cá độ bóng đá qua mạng gần 60 tỉ đồng",
    "Thu hồi trà thảo mộc Vy & Tea chứa chất cấm gây ung thư",
    "Thanh toán không dùng tiền mặt sẽ phủ sóng cả khu vực nhà nước",
    "Hơn một triệu người kê khai tài sản, phát hiện ba trường hợp vi phạm",
    "Hai con bò bị tông chết, chủ nhân không dám nhận vì sợ phạt",
    "Rà soát, cấp giấy chứng nhận quyền sử dụng đất dinh thự Vua Mèo",
    "Còn 8 địa phương chưa đưa trạm cân xe vào hoạt động",
]


def slug(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()[:10]


def views() -> str:
    return f"{RNG.randint(120, 9800):,}".replace(",", ".")


def ga_script() -> str:
    return (
        "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-"
        + slug("ga" + str(RNG.random())).upper()[:8]
        + "\"></script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XYZ');</script>"
    )


def cookie_banner(cls: str) -> str:
    return (
        f'<div class="{cls}" id="cookieConsent" role="dialog"><p>Trang web sử dụng cookie để nâng cao trải nghiệm người dùng. '
        'Tiếp tục truy cập nghĩa là bạn đồng ý với <a href="/chinh-sach-bao-mat">chính sách bảo mật</a>.</p>'
        '<button type="button" onclick="acceptCookie()">Đồng ý</button></div>'
    )


def ps(paras: list[str], tag: str = "p", attrs: str = "") -> str:
    return "\n".join(f"<{tag}{attrs}>{e(p)}</{tag}>" for p in paras)


def doc(title: str, head_extra: str, body: str, lang: str = "vi") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n{head_extra}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def article_json(title: str, date: str | None, author: str | None, body: list[str]) -> dict:
    return {"is_article": True, "title": title, "date": date, "author": author, "body": "\n\n".join(body)}


NONARTICLE = {"is_article": False, "title": None, "date": None, "author": None, "body": ""}


# --------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------


def p_liferay_tinhuy(arts):
    title, paras = arts["vietnews-train-074029"]
    author = "Theo Báo Điện tử Chính phủ"
    others = TEASERS[0:6]
    body = f"""
<div id="wrapper" class="lfr-theme-tinhuy">
<header id="banner" role="banner"><div class="logo"><a href="/web/guest"><img src="/tinhuy-theme/images/logo.png" alt="Cổng thông tin điện tử Tỉnh ủy Lâm Đồng"></a></div>
<div class="header-date">Thứ Hai, 18/12/2023</div>
<nav id="navigation" class="sort-pages modify-pages"><ul aria-label="Trang web"><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li class="selected"><a href="/web/guest/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="/web/guest/van-ban">Văn bản</a></li><li><a href="/web/guest/hoi-dap">Hỏi đáp</a></li></ul></nav>
</header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_kTq9XbR2mLpA_">
<span id="p_101_INSTANCE_kTq9XbR2mLpA"></span>
<section class="portlet" id="portlet_101_INSTANCE_kTq9XbR2mLpA">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin hoạt động</span></h1></header>
<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/tin-tuc-su-kien" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{e(title)}</span></h3></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: 15/12/2023 | 08:45</span> <span class="metadata-entry metadata-view-count">Lượt xem: {views()}</span></div>
<div class="asset-user-actions"><div class="print-action"><span class="lfr-icon-item taglib-icon"><a href="javascript:window.print();" title="In"><img alt="In" src="/html/themes/classic/images/common/print.png"> <span class="taglib-text">In</span></a></span></div>
<div class="email-action"><a href="mailto:?subject=Tin%20t%E1%BB%A9c" title="Gửi email"><img alt="Email" src="/html/themes/classic/images/common/email.png"></a></div></div>
<div class="asset-content" id="_101_INSTANCE_kTq9XbR2mLpA_{slug(title)}"><div class="journal-content-article">
<p style="text-align: justify;"><strong>{e(paras[0])}</strong></p>
<p style="text-align: center;"><img alt="" src="/documents/10181/3312048/hoang-tuy.jpg" style="width: 600px; height: 400px;"></p>
<p style="text-align: center;"><em>Thủ tướng Nguyễn Xuân Phúc tặng hoa chúc mừng giáo sư Hoàng Tuỵ. Ảnh: VGP</em></p>
{ps(paras[1:], attrs=' style="text-align: justify;"')}
<p style="text-align: right;"><strong>{e(author)}</strong></p>
</div></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <a href="javascript:;">★</a><a href="javascript:;">★</a><a href="javascript:;">★</a><a href="javascript:;">★</a><a href="javascript:;">★</a> (0 phiếu)</div></div>
</div></div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_8fWcnH1sQe0b_"><section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Các tin khác</span></h2></header>
<div class="portlet-content"><ul class="title-list">
{"".join(f'<li class="title-list"><a href="/web/guest/tin-tuc-su-kien/-/asset_publisher/kTq9XbR2mLpA/content/{slug(t)}">{e(t)}</a> <span class="metadata-entry metadata-publish-date">({d:02d}/12/2023)</span></li>' for d, t in zip(range(14, 8, -1), others, strict=False))}
</ul></div></section></div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content"><section class="portlet"><h2 class="portlet-title">Thông báo</h2><div class="journal-content-article"><p><a href="/thong-bao/lich-tiep-cong-dan">Lịch tiếp công dân của đồng chí Bí thư Tỉnh ủy tháng 12/2023</a></p></div></section></div>
<div class="portlet-boundary portlet-boundary_LienKetWebsite_WAR_portlet"><section class="portlet"><h2 class="portlet-title">Liên kết website</h2><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option></select></section></div>
<div class="portlet-boundary portlet-boundary_ThongKeTruyCap_WAR_portlet"><section class="portlet"><h2 class="portlet-title">Thống kê truy cập</h2><p>Đang truy cập: 132</p><p>Tổng lượt truy cập: 8.413.207</p></section></div>
</div></div></div></div>
<footer id="footer" role="contentinfo"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY LÂM ĐỒNG</p><p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Lâm Đồng. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p><p>Địa chỉ: 38 Trần Hưng Đạo, TP Đà Lạt. Điện thoại: 0263.3822.xxx</p></footer>
</div>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=tinhuy_WAR_tinhuytheme&amp;languageId=vi_VN"></script>
<script>Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:0,isStatic:'end',namespacedId:'p_p_id_101_INSTANCE_kTq9XbR2mLpA_',portletId:'101_INSTANCE_kTq9XbR2mLpA'}});</script>
"""
    head = '<link rel="stylesheet" href="/tinhuy-theme/css/main.css?browserId=other&amp;minifierType=css">\n<script>var themeDisplay={getLanguageId:function(){return "vi_VN";}};</script>'
    return doc("Cổng thông tin điện tử Tỉnh ủy Lâm Đồng", head, body), article_json(title, "2023-12-15", author, paras)


def p_aspnet_ubnd_huyen(arts):
    title, paras = arts["vietnews-test-014929"]
    author = "Thu Hà"
    others = TEASERS[6:12]
    vs = hashlib.sha256(b"viewstate").hexdigest() * 3
    body = f"""
<form method="post" action="./ChiTietTin.aspx?ID=3412&amp;CM=12" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY{vs}"></div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }} }}
//]]>
</script>
<div id="ctl00_pnlHeader" class="bg_header"><table width="1000" cellpadding="0" cellspacing="0" align="center"><tr><td><img src="images/banner_dongvan.jpg" alt="UBND HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG"></td></tr></table></div>
<div id="ctl00_menu" class="menungang"><a href="Default.aspx">TRANG CHỦ</a> | <a href="GioiThieu.aspx">GIỚI THIỆU</a> | <a href="DanhSachTin.aspx?CM=12">TIN TỨC</a> | <a href="VanBan.aspx">VĂN BẢN</a> | <a href="TTHC.aspx">THỦ TỤC HÀNH CHÍNH</a> | <a href="LienHe.aspx">LIÊN HỆ</a></div>
<table id="ctl00_tblMain" width="1000" align="center" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="220" class="cot_trai">
<div class="khoi_trai"><div class="td_khoi">DANH MỤC</div><ul class="dm"><li><a href="DanhSachTin.aspx?CM=12">Tin hoạt động</a></li><li><a href="DanhSachTin.aspx?CM=13">Văn hoá - Du lịch</a></li><li><a href="DanhSachTin.aspx?CM=14">Kinh tế - Xã hội</a></li></ul></div>
<div class="khoi_trai"><div class="td_khoi">LIÊN KẾT</div><a href="http://hagiang.gov.vn"><img src="images/lk_hagiang.gif" alt="Cổng TTĐT tỉnh Hà Giang"></a></div>
</td>
<td valign="top" class="cot_giua">
<div class="duongdan"><a href="Default.aspx">Trang chủ</a> &gt;&gt; <a href="DanhSachTin.aspx?CM=12">Tin hoạt động</a></div>
<div class="khung_tin">
<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude_tin">{e(title)}</span><br>
<span id="ctl00_ContentPlaceHolder1_lblNgay" class="ngay_dang">Ngày xuất bản: 05/10/2023 14:32</span>
<span id="ctl00_ContentPlaceHolder1_lblLuotXem" class="luot_xem">| Số lượt xem: {views()}</span>
<span class="in_tin"><a href="javascript:window.print()"><img src="images/icon_print.gif" alt="In trang" border="0"></a> <a href="GuiMail.aspx?ID=3412"><img src="images/icon_email.gif" alt="Gửi email" border="0"></a></span>
<div id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noidung_tin">
<p style="text-align: justify"><b>{e(paras[0])}</b></p>
<p align="center"><img src="Upload/2023/10/nha-vuong.jpg" width="500" alt=""><br><i>Khu Di tích kiến trúc - nghệ thuật Nhà Vương tại xã Sà Phìn</i></p>
{ps(paras[1:], attrs=' style="text-align: justify"')}
<p align="right"><b>{e(author)}</b></p>
</div>
<div id="ctl00_ContentPlaceHolder1_pnlFile" class="dinh_kem"><b>Tài liệu đính kèm:</b>
<ul><li><a href="Upload/VanBan/TB-VPCP-374.pdf"><img src="images/pdf.gif" alt=""> Thông báo số 374/TB-VPCP.pdf</a> (245 KB)</li></ul></div>
<div class="nguoi_dang">Người đăng: dongvan_bbt</div>
<div class="tin_khac"><div class="td_tinkhac">Các tin khác</div><ul>
{"".join(f'<li><a href="ChiTietTin.aspx?ID={3411 - i}&amp;CM=12">{e(t)}</a> <span class="ngay">({4 - i if i < 4 else 28:02d}/{10 if i < 4 else 9:02d}/2023)</span></li>' for i, t in enumerate(others))}
</ul></div>
</div>
</td></tr></table>
<div id="ctl00_pnlFooter" class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Đồng Văn, tỉnh Hà Giang<br>Địa chỉ: Thị trấn Đồng Văn, huyện Đồng Văn, tỉnh Hà Giang<br>Cập nhật lần cuối: 12/10/2023</div>
</form>
"""
    head = '<link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet">\n<meta name="keywords" content="Đồng Văn, Hà Giang, UBND huyện">'
    return doc("UBND huyện Đồng Văn - Chi tiết tin", head, body), article_json(title, "2023-10-05", author, paras)


def p_php_ubnd_thixa(arts):
    title, paras = arts["vietnews-train-086029"]
    related = TEASERS[12:17]
    body = f"""
{cookie_banner("ck-bar")}
<div class="wrap">
<div class="top-bar"><span class="hom-nay">Hôm nay: Thứ Sáu, 23/06/2023</span><form class="tim-kiem" action="index.php"><input type="hidden" name="mod" value="search"><input name="q" placeholder="Tìm kiếm..."></form></div>
<div class="banner"><a href="index.php"><img src="templates/ttd/img/banner.png" alt="Cổng thông tin điện tử thị xã Phú Mỹ"></a></div>
<ul class="mnu-ngang"><li><a href="index.php">Trang chủ</a></li><li><a href="index.php?mod=news&amp;cat=3">Tin tức</a></li><li><a href="index.php?mod=news&amp;cat=7">Kinh tế</a></li><li><a href="index.php?mod=vanban">Văn bản</a></li></ul>
<div class="row">
<div class="col-chinh">
<div class="dd-tin"><a href="index.php">Trang chủ</a> / <a href="index.php?mod=news&amp;cat=7">Kinh tế</a></div>
<div class="ct-tin">
<h1 class="td-tin">{e(title)}</h1>
<div class="tgian"><i class="fa fa-calendar"></i> Ngày đăng: 21/06/2023 - 15:10 &nbsp; <i class="fa fa-refresh"></i> Ngày cập nhật: 22/06/2023 - 09:02 &nbsp; <i class="fa fa-eye"></i> {views()}</div>
<div class="cong-cu"><a href="index.php?mod=news&amp;act=print&amp;id=1182" target="_blank" title="In bài viết"><i class="fa fa-print"></i></a> <a href="index.php?mod=news&amp;act=sendmail&amp;id=1182" title="Gửi bài viết"><i class="fa fa-envelope"></i></a> <a class="fsize" href="#" data-s="+">A+</a> <a class="fsize" href="#" data-s="-">A-</a></div>
<div class="mota-tin"><strong>{e(paras[0])}</strong></div>
<div class="nd-tin">
<div>{e(paras[1])}</div>
<div><img src="uploads/news/2023_06/pos-thanh-toan.jpg" alt="pos"><div class="chu-thich">Người dân thanh toán bằng thẻ tại một siêu thị trên địa bàn thị xã</div></div>
{ps(paras[2:], tag="div")}
</div>
<div class="tacgia">Tác giả: Thanh Tâm</div>
<div class="tep-dk"><h4>Tệp tin đính kèm</h4><table class="bang-tep"><tr><td><a href="uploads/files/KH-NHNN-2017-2020.doc">Kế hoạch phát triển thanh toán thẻ ngân hàng giai đoạn 2017-2020</a></td><td>Lượt tải: 58</td></tr></table></div>
<div class="share-mxh"><div class="fb-like" data-href="index.php?mod=news&amp;act=detail&amp;id=1182" data-layout="button_count"></div><a class="zalo-share-button" data-oaid="579745863508352884">Zalo</a></div>
<div class="tin-lq"><h3>Tin liên quan</h3><ul>{"".join(f'<li><a href="index.php?mod=news&amp;act=detail&amp;id={1181 - i}">{e(t)}</a></li>' for i, t in enumerate(related))}</ul></div>
</div>
</div>
<div class="col-phu"><div class="khoi"><div class="khoi-td">Thông báo</div><marquee direction="up" scrollamount="2"><a href="#">Thông báo lịch tiếp công dân tháng 6/2023</a><br><a href="#">Thông báo tuyển dụng viên chức năm 2023</a></marquee></div>
<div class="khoi"><div class="khoi-td">Quảng cáo</div><a href="https://dichvucong.gov.vn"><img src="uploads/banner/dvc.jpg" alt="Dịch vụ công"></a></div></div>
</div>
<div class="chan-trang">Cơ quan chủ quản: Ủy ban nhân dân thị xã Phú Mỹ<br>Địa chỉ: Đường Độc Lập, phường Phú Mỹ, thị xã Phú Mỹ. Điện thoại: 0254.3876.xxx<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</div>
{ga_script()}
"""
    head = '<link rel="stylesheet" href="templates/ttd/css/style.css">\n<link rel="stylesheet" href="templates/ttd/css/font-awesome.min.css">\n<style>.ck-bar{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff}</style>'
    return doc("Cổng thông tin điện tử thị xã Phú Mỹ", head, body), article_json(title, "2023-06-21", "Thanh Tâm", paras)


def p_baotinh_hienmau(arts):
    title, paras = arts["vietnews-test-017329"]
    author = "Quỳnh Anh"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2024-03-11T15:20:00+07:00",
        "dateModified": "2024-03-12T08:05:00+07:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Báo Bà Rịa - Vũng Tàu"},
    }
    c = {k: h(k) for k in ("hd", "ttl", "meta", "sapo", "ct", "fig", "au", "tags", "rel", "cmt")}
    body = f"""
<div class="ads-top"><ins class="adsbygoogle" data-ad-client="ca-pub-00000000" data-ad-slot="11223344"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
<header class="site-header"><a class="logo" href="/"><img src="/img/logo-brvt.svg" alt="Báo Bà Rịa - Vũng Tàu"></a>
<nav class="main-nav"><a href="/thoi-su">Thời sự</a><a href="/kinh-te">Kinh tế</a><a href="/xa-hoi" class="active">Xã hội</a><a href="/the-thao">Thể thao</a><a href="/van-hoa">Văn hóa</a></nav></header>
<main class="container">
<article class="{c['hd']} detail">
<div class="cate"><a href="/xa-hoi">Xã hội</a></div>
<h1 class="{c['ttl']}">{e(title)}</h1>
<div class="{c['meta']}"><time datetime="2024-03-11T15:20:00+07:00">Thứ Hai, 11/03/2024, 15:20</time></div>
<div class="social-share"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbaobariavungtau.com.vn%2Fxa-hoi%2F{slug(title)}">Chia sẻ</a> <a href="#" class="btn-zalo">Zalo</a> <a href="#" class="btn-copy">Sao chép link</a></div>
<div class="{c['sapo']}"><p><strong>{e(paras[0])}</strong></p></div>
<div class="{c['ct']}">
<figure class="{c['fig']}"><img src="/uploads/2024/03/hien-mau-1.jpg" alt="Hiến máu"><figcaption>Các bạn trẻ đăng ký hiến máu tại ngày hội "Giọt hồng khai xuân".</figcaption></figure>
{ps(paras[1:4])}
<figure class="{c['fig']}"><img src="/uploads/2024/03/hien-mau-2.jpg" alt="Lì xì"><figcaption>Người hiến máu nhận bao lì xì đầu năm. Ảnh: QUỲNH ANH</figcaption></figure>
{ps(paras[4:])}
<p style="text-align:right"><strong>{e(author)}</strong></p>
</div>
<div class="{c['tags']}"><span>Từ khóa:</span> <a href="/tag/hien-mau">hiến máu</a> <a href="/tag/giot-hong-khai-xuan">Giọt hồng khai xuân</a> <a href="/tag/le-hoi-xuan-hong">Lễ hội Xuân hồng</a></div>
</article>
<section class="{c['rel']}"><h2>Tin cùng chuyên mục</h2><ul>{"".join(f'<li><a href="/xa-hoi/{slug(t)}">{e(t)}</a></li>' for t in TEASERS[17:21])}</ul></section>
<section class="{c['cmt']}"><h2>Ý kiến bạn đọc</h2><form class="cmt-form"><textarea placeholder="Nhập ý kiến của bạn..."></textarea><input placeholder="Họ tên"><button>Gửi ý kiến</button></form><p class="cmt-note">Chưa có ý kiến nào.</p></section>
</main>
<footer class="site-footer"><p>BÁO BÀ RỊA - VŨNG TÀU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU</p><p>Giấy phép số 09/GP-BTTTT. Tổng Biên tập: ...</p><p>© 2024 Báo Bà Rịa - Vũng Tàu</p></footer>
"""
    head = (
        '<meta property="og:title" content="' + a(title) + '">\n'
        '<meta property="article:published_time" content="2024-03-11T15:20:00+07:00">\n'
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n"
        '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>'
    )
    return doc(title + " | Báo Bà Rịa - Vũng Tàu", head, body), article_json(title, "2024-03-11", author, paras)


def p_baotinh_theo_anhdao(arts):
    title, paras = arts["vietnews-train-087229"]
    paras = paras[:-1]  # drop the trailing "Một số hình ảnh..." gallery lead-in
    author = "Theo Kinh tế & Đô thị"
    body = f"""
<div id="fb-root"></div>
<div class="hdr"><div class="hdr__top"><span class="today">Thứ Bảy, 30/3/2019</span> <a href="/rss">RSS</a></div>
<div class="hdr__logo"><a href="/"><img src="/static/logo-bhd.png" alt="Báo Hải Dương"></a></div>
<ul class="hdr__menu"><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/van-hoa" class="on">Văn hóa</a></li><li><a href="/du-lich">Du lịch</a></li></ul></div>
<div class="bd"><div class="bd__main">
<div class="crumb"><a href="/">Trang chủ</a> » <a href="/van-hoa">Văn hóa</a></div>
<div class="dt">
<h1 class="dt__tit">{e(title)}</h1>
<p class="dt__time">29/03/2019 21:40</p>
<div class="dt__lead"><b>{e(paras[0])}</b></div>
<div class="dt__img"><img src="/uploads/2019/03/anh-dao-ha-noi.jpg" alt=""><p class="dt__cap">Đông đảo người dân tham quan Lễ hội hoa anh đào tại khu vực tượng đài Lý Thái Tổ.</p></div>
<div class="dt__body">
{ps(paras[1:3])}
<p><strong>Xem thêm:</strong> <a href="/du-lich/ngam-hoa-anh-dao-o-yen-tu-{slug('yt')}">Ngắm hoa anh đào nở rộ ở Yên Tử</a></p>
{ps(paras[3:])}
<p class="dt__src" style="text-align:right"><em>{e(author)}</em></p>
</div>
<div class="dt__share"><a href="#" onclick="shareFb()">Facebook</a> <a href="#" onclick="shareTw()">Twitter</a> <a href="#" onclick="window.print()">In bài</a></div>
<div class="dt__tags">Tags: <a href="/tag/hoa-anh-dao">hoa anh đào</a>, <a href="/tag/viet-nhat">Việt - Nhật</a></div>
</div>
<div class="box-lq"><div class="box-lq__t">Bài liên quan</div>
<ul><li><a href="/van-hoa/{slug('lq1')}">Lễ hội hoa anh đào Nhật Bản - Hà Nội 2019 sẽ diễn ra từ 29 đến 31/3</a></li><li><a href="/van-hoa/{slug('lq2')}">Tuyển chọn Đại sứ thiện chí hoa anh đào lần đầu tiên tại Việt Nam</a></li></ul></div>
</div>
<div class="bd__side"><div class="w-most"><h3>Đọc nhiều</h3><ol>{"".join(f'<li><a href="/tin/{slug(t)}">{e(t)}</a></li>' for t in TEASERS[0:5])}</ol></div>
<div class="w-ad"><a href="https://example-ads.vn/c?id=77"><img src="/ads/300x250-ocop.jpg" alt="Quảng cáo"></a></div></div></div>
<div class="ftr">Báo Hải Dương - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hải Dương<br>Giấy phép số 133/GP-BTTTT &copy; 2019</div>
<script>function shareFb(){{window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href));}} function shareTw(){{}}</script>
"""
    head = '<meta name="description" content="' + a(paras[0]) + '">\n<meta property="article:published_time" content="2019-03-29T21:40:00+07:00">\n<link rel="stylesheet" href="/static/app.min.css">'
    return doc(title + " - Báo Hải Dương điện tử", head, body), article_json(title, "2019-03-29", author, paras)


def p_national_gmt7(arts):
    title, paras = arts["vietnews-train-012829"]
    author = "Hoàng Táo"
    body = f"""
<div id="cookie-law" class="cc-window">Chúng tôi dùng cookie để cá nhân hóa nội dung. <a class="cc-btn" href="#">Tôi hiểu</a></div>
<header class="hdr-national"><div class="logo"><a href="/">Báo Tin Nhanh</a></div>
<nav><a href="/thoi-su">Thời sự</a><a href="/the-gioi">Thế giới</a><a href="/kinh-doanh">Kinh doanh</a><a href="/phap-luat">Pháp luật</a><a href="/giao-duc">Giáo dục</a></nav></header>
<div class="page-detail">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/xa-hoi">Xã hội</a></li></ul>
<div class="detail-header"><span class="date-time">Thứ Năm, 9/11/2017, 13:25 (GMT+7)</span></div>
<h1 class="title-detail">{e(title)}</h1>
<div class="author-top"><a class="author-name" href="/tac-gia/hoang-tao">{e(author)}</a></div>
<h2 class="sapo">{e(paras[0])}</h2>
<div class="content-detail fck_detail">
<figure class="pic"><img src="https://cdn.tinnhanh.vn/2017/11/09/hotro-quangtri.jpg" alt=""><figcaption class="Image">Đoàn công tác TP. HCM trao quà hỗ trợ người dân xã Hải Tân, huyện Hải Lăng - Ảnh: HOÀNG TÁO</figcaption></figure>
{ps(paras[1:4], attrs=' class="Normal"')}
<div class="box-related inner"><div class="title-box">Tin liên quan</div><ul><li><a href="/thoi-su/{slug('bao12a')}">Bão số 12 đổ bộ, miền Trung thiệt hại nặng</a></li><li><a href="/thoi-su/{slug('bao12b')}">Huế ngập sâu, hàng nghìn hộ dân phải sơ tán</a></li></ul></div>
{ps(paras[4:], attrs=' class="Normal"')}
</div>
<div class="tags-detail">Từ khóa: <a href="/tag/bao-so-12">bão số 12</a> <a href="/tag/quang-tri">Quảng Trị</a> <a href="/tag/hue">Huế</a></div>
<div class="share-bar"><a class="fb" href="#">Facebook</a><a class="zl" href="#">Zalo</a><a class="cp" href="#">Copy link</a></div>
<section class="box-comment" id="box_comment"><h3>Bình luận (3)</h3>
<div class="comment_item"><p class="full_content"><b>Minh Tuấn</b> Tấm lòng của người dân thành phố thật đáng quý, mong bà con sớm ổn định cuộc sống.</p><span class="time-com">10/11/2017 08:12</span></div>
<div class="comment_item"><p class="full_content"><b>Thu Trang</b> Cần hỗ trợ thêm cho các hộ ở vùng thấp trũng.</p><span class="time-com">10/11/2017 09:40</span></div>
<div class="comment_item"><p class="full_content"><b>Lê Văn Hòa</b> Cảm ơn TP. HCM đã luôn đồng hành với miền Trung.</p><span class="time-com">11/11/2017 20:03</span></div>
<form class="frm-comment"><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></form></section>
<aside class="sidebar-1"><div class="box-most-view"><h3>Xem nhiều</h3><ul>{"".join(f'<li><a href="/tin/{slug(t)}">{e(t)}</a></li>' for t in TEASERS[5:10])}</ul></div>
<div class="banner-ads" id="ads-300x600"><script>googletag.cmd.push(function(){{googletag.display('ads-300x600');}});</script></div></aside>
</div>
<footer class="ftr-national"><p>Báo Tin Nhanh - Cơ quan chủ quản: ...</p><p>© Copyright 2017. Toàn bộ bản quyền thuộc Báo Tin Nhanh.</p></footer>
"""
    head = '<meta property="article:published_time" content="2017-11-09T13:25:00+07:00">\n<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n<style>.cc-window{position:fixed;bottom:0}</style>'
    return doc(title + " - Báo Tin Nhanh", head, body), article_json(title, "2017-11-09", author, paras)


def p_truyenhinh_bot(arts):
    title, paras = arts["vietnews-train-011629"]
    author = "Hữu Hùng - Minh Thuận"
    k = {n: "drt-" + h(n)[1:] for n in ("wrap", "vid", "tt", "time", "ct", "au")}
    body = f"""
<div class="top-live"><a href="/truc-tuyen/drt1" class="live-btn"><span class="dot"></span> TRỰC TUYẾN DRT1</a> <a href="/truc-tuyen/radio">Phát thanh</a></div>
<header class="head"><a href="/"><img src="/assets/logo-drt.png" alt="Đài Phát thanh và Truyền hình Đắk Lắk"></a>
<ul class="menu"><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chuong-trinh">Chương trình</a></li><li><a href="/lich-phat-song">Lịch phát sóng</a></li></ul></header>
<div class="{k['wrap']}">
<div class="{k['vid']}"><video controls preload="none" poster="/media/2017/08/bot-quang-duc.jpg"><source src="/media/2017/08/bot-quang-duc.mp4" type="video/mp4">Trình duyệt của bạn không hỗ trợ video.</video><div class="vid-label">Thời sự 19h</div></div>
<h1 class="{k['tt']}">{e(title)}</h1>
<div class="{k['time']}"><span>Đăng lúc: 10:30 - 21/08/2017</span> <span class="upd">Cập nhật lúc: 16:45 - 22/08/2017</span> <span class="vw"><i class="ic-eye"></i> {views()}</span></div>
<div class="{k['ct']}">
{ps(paras)}
<p class="{k['au']}" style="text-align:right"><b>{e(author)}</b></p>
</div>
<div class="share"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="news-other"><h3>Tin khác</h3>
<div class="item"><a href="/tin-tuc/{slug('o1')}"><img src="/media/thumbs/1.jpg" alt=""> Bác đề xuất xin ngân sách dỡ bỏ trạm BOT quốc lộ 39B</a><span>20/08/2017</span></div>
<div class="item"><a href="/tin-tuc/{slug('o2')}"><img src="/media/thumbs/2.jpg" alt=""> Đắk Lắk: Mưa lớn gây ngập úng nhiều diện tích cà phê</a><span>20/08/2017</span></div></div>
</div>
<aside class="lps"><h3>Lịch phát sóng DRT1 - 21/08/2017</h3><ul><li>06:00 Chào buổi sáng</li><li>11:30 Thời sự trưa</li><li>19:00 Thời sự tối</li><li>20:00 Phim truyện</li></ul></aside>
<footer class="foot">ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK<br>Địa chỉ: 18 Lê Duẩn, TP Buôn Ma Thuột. Giấy phép số 45/GP-TTĐT.</footer>
<script src="/assets/js/videojs.min.js"></script><script>videojs(document.querySelector('video'));</script>
"""
    head = '<link rel="stylesheet" href="/assets/css/drt.css">\n<meta property="og:type" content="video.other">'
    return doc("DRT - Đài Phát thanh và Truyền hình Đắk Lắk", head, body), article_json(title, "2017-08-21", author, paras)


def p_bo_gtvt_bang(arts):
    title, paras = arts["vietnews-test-003229"]
    author = "Thanh Hải"
    crosshead = "Kết quả kiểm tra, xử lý xe quá tải tháng 8-2017"
    rows = [
        ["Lực lượng kiểm tra", "Số xe kiểm tra", "Số xe vi phạm", "Tước GPLX", "Xử phạt (tỉ đồng)"],
        ["Trạm cân lưu động, cố định và thanh tra Sở GTVT", "23.115", "2.394", "853", "23,9"],
        ["Thanh tra các Cục Quản lý đường bộ", "100", "96", "48", "2,25"],
    ]
    thead = "<tr>" + "".join(f'<th style="border:1px solid #999">{e(x)}</th>' for x in rows[0]) + "</tr>"
    tbody = "".join("<tr>" + "".join(f'<td style="border:1px solid #999"><p>{e(x)}</p></td>' for x in r) + "</tr>" for r in rows[1:])
    table = f'<table class="ms-rteTable-default" style="width:100%;border-collapse:collapse"><thead>{thead}</thead><tbody>{tbody}</tbody></table>'
    body_paras = paras[:4] + [crosshead] + [" | ".join(r) for r in rows] + paras[4:]
    body = f"""
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="mt-header"><img src="/_layouts/15/images/MT/logo-bo-gtvt.png" alt="BỘ GIAO THÔNG VẬN TẢI"><div class="mt-search"><input type="text" title="Tìm kiếm" placeholder="Tìm kiếm"></div></div>
<div class="mt-menu"><a href="/Pages/default.aspx">Trang chủ</a><a href="/tintuc/Pages/tin-tuc.aspx">Tin tức</a><a href="/vanban">Văn bản</a><a href="/dvc">Dịch vụ công</a></div>
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">
<div class="WebPartZone-Main" id="MSOZoneCell_WebPartWPQ2">
<div class="mt-bc"><a href="/Pages/default.aspx">Trang chủ</a> / <a href="/tintuc/Pages/tin-tuc.aspx">Tin tức</a> / <span>Hoạt động của Bộ</span></div>
<div class="title-news"><h2>{e(title)}</h2></div>
<div class="ngaydang">12/09/2017 09:51 &nbsp;|&nbsp; Lượt xem: {views()}</div>
<div class="ms-rtestate-field">
<p><strong>{e(paras[0])}</strong></p>
{ps(paras[1:4])}
<p><strong>{e(crosshead)}</strong></p>
{table}
<p style="text-align:center"><img src="/tintuc/PublishingImages/2017/09/tram-can.jpg" alt=""><br><em>Lực lượng chức năng kiểm tra tải trọng xe tại trạm cân lưu động. Ảnh minh họa</em></p>
{ps(paras[4:])}
<p style="text-align:right"><strong>{e(author)}</strong></p>
</div>
<div class="mt-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Tin%20B%E1%BB%99%20GTVT">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="mt-cungchuyenmuc"><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/tintuc/Pages/{slug('m1')}.aspx">Kiểm soát tải trọng xe: Xử lý nghiêm người đứng đầu để xảy ra vi phạm</a> (08/09/2017)</li>
<li><a href="/tintuc/Pages/{slug('m2')}.aspx">Tăng cường kiểm tra xe quá tải trên quốc lộ 1</a> (05/09/2017)</li>
<li><a href="/tintuc/Pages/{slug('m3')}.aspx">Ký quy chế phối hợp kiểm soát tải trọng xe giai đoạn mới</a> (29/08/2017)</li></ul></div>
</div></div></div>
<div class="mt-footer">CỔNG THÔNG TIN ĐIỆN TỬ BỘ GIAO THÔNG VẬN TẢI<br>Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội<br>Ghi rõ nguồn "Bộ Giao thông vận tải" khi phát hành lại thông tin từ website này.</div>
</div></div>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/tintuc",webLanguage:1066,currentLanguage:1066}};</script>
"""
    head = '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">\n<script src="/_layouts/15/init.js"></script>'
    return doc("Bộ Giao thông vận tải - Tin tức", head, body), article_json(title, "2017-09-12", author, body_paras)


def p_thanhtra_metaline(arts):
    title, paras = arts["vietnews-train-089029"]
    author = "Nguyễn Hải"
    body = f"""
<div id="page" class="site">
<div class="topbar"><span class="topbar-date">Hôm nay: Thứ Năm, ngày 11/4/2024</span><span class="topbar-links"><a href="/dang-nhap">Đăng nhập</a> | <a href="/so-do-site">Sơ đồ site</a></span></div>
<header id="masthead"><div class="site-branding"><a href="/"><img src="/wp-content/uploads/2022/logo-thanhtra.png" alt="Thanh tra tỉnh Nam Định"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="current-menu-item"><a href="/category/phong-chong-tham-nhung">Phòng chống tham nhũng</a></li><li><a href="/category/tiep-cong-dan">Tiếp công dân</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-5521" class="post-5521 post type-post status-publish format-standard category-phong-chong-tham-nhung">
<div class="post-heading"><h1 class="entry-title">{e(title)}</h1></div>
<div class="post-meta">Chuyên mục: <a href="/category/phong-chong-tham-nhung">Phòng chống tham nhũng</a> | Thứ Tư, ngày 3/4/2024 - 08:15 | Người đăng: quantri | Lượt xem: {views()}</div>
<div class="entry-content">
{ps(paras[:3])}
<div class="quang-cao-giua"><a href="/category/tiep-cong-dan"><img src="/wp-content/uploads/2024/banner-tiep-cong-dan.jpg" alt="Lịch tiếp công dân"></a></div>
{ps(paras[3:])}
<p style="text-align: right;"><strong>{e(author)}</strong></p>
</div>
<footer class="entry-footer"><span class="print"><a href="?print=1">In bài</a></span> <span class="mail"><a href="mailto:?subject=Chia%20s%E1%BA%BB">Gửi email</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/{slug('prev')}" rel="prev">Bài trước: Thanh tra tỉnh triển khai kế hoạch thanh tra năm 2024</a></div><div class="nav-next"><a href="/{slug('next')}" rel="next">Bài sau: Kết quả tiếp công dân quý I/2024</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{"".join(f'<li><a href="/{slug(t)}">{e(t)}</a><span class="post-date">0{i + 1}/04/2024</span></li>' for i, t in enumerate(TEASERS[20:24]))}</ul></section>
<section class="widget"><h2 class="widget-title">Đường dây nóng</h2><p>Điện thoại: 0228.3649.xxx</p></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Thanh tra tỉnh Nam Định. Cập nhật ngày 10/4/2024.</div></footer>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
"""
    head = '<link rel="stylesheet" id="tt-style-css" href="/wp-content/themes/thanhtra/style.css?ver=1.4" media="all">\n<meta name="generator" content="WordPress 6.4.3">'
    return doc("Thanh tra tỉnh Nam Định", head, body), article_json(title, "2024-04-03", author, paras)


def p_sogtvt_nhiemvu(arts):
    title, paras = arts["vietnews-train-020629"]
    author = "Minh Quân"
    intro = "Theo đó, lãnh đạo thành phố giao các sở, ngành thực hiện một số nhiệm vụ cụ thể như sau:"
    tasks = [
        "Xác định bến Bạch Đằng là bến trung tâm, vừa phục vụ hoạt động vận tải hành khách công cộng vừa phục vụ du lịch đường thuỷ theo kế hoạch phát triển sản phẩm du lịch đường thuỷ TP. HCM giai đoạn 2017-2020 đã được phê duyệt.",
        "Sở Quy hoạch - kiến trúc chủ trì, phối hợp Sở Giao thông Vận tải, Sở Du lịch và các đơn vị liên quan đề xuất lại quy hoạch khu cảng Nhà Rồng - Khánh Hội đáp ứng khả năng khai thác các tàu hành khách nội địa và quốc tế với quy mô hợp lý.",
        "Các đơn vị quy hoạch khu chức năng và các dịch vụ hỗ trợ trên bờ, nhằm đảm bảo thuận lợi, hiệu quả trong khai thác vận tải hành khách và du lịch.",
        "Đối với các bến dọc bờ sông Sài Gòn, Sở GTVT chủ trì đẩy nhanh tiến độ lập quy hoạch mạng lưới đường thuỷ và cảng bến, trong đó xác lập cụ thể vị trí từng bến (bến đón trả khách, bến neo đậu) trên sông Sài Gòn, làm cơ sở kêu gọi đầu tư, đáp ứng nhu cầu vận tải hành khách và du lịch bằng đường thuỷ.",
    ]
    body_paras = [paras[0], paras[1], paras[3], intro, *tasks, paras[7]]
    c = {n: h(n) for n in ("root", "hd", "t", "d", "sp", "bd", "ol", "au", "rl")}
    body = f"""
<div id="__nuxt"><div id="__layout"><div class="{c['root']}">
<header class="{c['hd']}"><a href="/"><img src="/_nuxt/img/logo-sgtvt.8c1f2.png" alt="Sở Giao thông vận tải TP. Hồ Chí Minh"></a>
<nav><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/thong-bao">Thông báo</a><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></nav></header>
<section class="container"><div class="row"><div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active">Giao thông đường thủy</li></ol></nav>
<h1 class="{c['t']}">{e(title)}</h1>
<div class="{c['d']}"><svg width="12" height="12"><circle cx="6" cy="6" r="5"/></svg> 06/03/2018 <span class="sep">·</span> 1{RNG.randint(100, 999)} lượt xem</div>
<p class="{c['sp']}"><strong>{e(paras[0])}</strong></p>
<div class="{c['bd']}">
<p>{e(paras[1])}</p>
<p>{e(paras[3])}</p>
<p>{e(intro)}</p>
<ol class="{c['ol']}">
{"".join(f'<li>{e(t)}</li>' for t in tasks)}
</ol>
<p>{e(paras[7])}</p>
</div>
<p class="{c['au']}" style="text-align:right;font-weight:700">{e(author)}</p>
<div class="{c['rl']}"><h4>Tin liên quan</h4><a href="/tin-tuc/{slug('r1')}">TP. HCM phát triển du lịch đường thủy giai đoạn 2017-2020</a><a href="/tin-tuc/{slug('r2')}">Khai trương tuyến buýt đường sông số 1</a></div>
</div>
<div class="col-lg-4"><div class="widget-tb"><h3>Thông báo</h3><ul><li><a href="/thong-bao/{slug('tb1')}">Thông báo tổ chức giao thông trên đường Tôn Đức Thắng</a></li><li><a href="/thong-bao/{slug('tb2')}">Thông báo điều chỉnh lộ trình tuyến buýt số 19</a></li></ul></div>
<div class="widget-hotline">Đường dây nóng: 1022</div></div></div></section>
<footer><p>Sở Giao thông vận tải TP. Hồ Chí Minh - 63 Lý Tự Trọng, Quận 1</p><p>Phiên bản 2.1.0 - Cập nhật 01/03/2018</p></footer>
</div></div></div>
<script>window.__NUXT__={{layout:"default",data:[{{id:8812,slug:"{slug(title)}"}}],state:{{}}}};</script>
<script src="/_nuxt/app.4b2e1a9.js" defer></script>
"""
    head = '<link rel="preload" href="/_nuxt/app.4b2e1a9.js" as="script">\n<style data-vue-ssr-id="4f1a2b">.' + c["t"] + "{font-size:26px;font-weight:700}." + c["ol"] + "{padding-left:20px}</style>"
    return doc("Sở Giao thông vận tải TP.HCM", head, body), article_json(title, "2018-03-06", author, body_paras)


def p_dnn_phongvan(arts):
    title, paras = arts["vietnews-train-017329"]
    author = "Lê Minh"
    qa = [
        ("PV: Thưa bà, vì sao tỉnh cần ban hành quy chế này?", None),
        ("Bà Lê Thị Hương:", " ".join(paras[3:6]).replace("Bà Hương nói quy chế này ra đời", "Quy chế này ra đời")),
        ("PV: Thời hạn điều động được quy định như thế nào, thưa bà?", None),
        ("Bà Lê Thị Hương:", paras[6].replace("Theo quy chế này, thời hạn", "Thời hạn") + " " + paras[7]),
    ]
    qa_html = []
    qa_text = []
    for lab, ans in qa:
        if ans is None:
            qa_html.append(f"<p><strong>{e(lab)}</strong></p>")
            qa_text.append(lab)
        else:
            qa_html.append(f"<p><strong>{e(lab)}</strong> {e(ans)}</p>")
            qa_text.append(f"{lab} {ans}")
    body_paras = paras[0:3] + qa_text + [paras[8]]
    body = f"""
<div id="dnn_ContentPane_Top" class="ContentPane">
<div class="dnn-header"><a id="dnn_dnnLOGO_hypLogo" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-sgddt.png" alt="Sở Giáo dục và Đào tạo Quảng Trị"></a>
<div id="dnn_dnnNAV_ctldnnNAV" class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/van-ban">Văn bản</a> <a href="/thi-cu">Thi cử</a></div></div>
<div id="dnn_dnnBREADCRUMB_lblBreadCrumb" class="breadcrumb"><a href="/" class="Breadcrumb">Trang chủ</a> › <a href="/tin-tuc" class="Breadcrumb">Tin tức</a> › <a href="/tin-tuc/to-chuc-can-bo" class="Breadcrumb">Tổ chức cán bộ</a></div>
</div>
<div class="row"><div id="dnn_ContentPane" class="col-md-9 DNNEmptyPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1284"><a name="1284"></a>
<div id="dnn_ctr1284_ContentPane"><div id="dnn_ctr1284_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_Ozone eds_subCollection_news eds_styleSwitchCriteria_module-1284">
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{e(title)}</h1>
<div class="edn_metaDetails"><time class="edn_metaDate">18/02/2019 07:30</time> <span class="edn_views">Lượt xem: {views()}</span></div>
<div class="edn_articleSummary"><p><strong>{e(paras[0])}</strong></p></div>
<div class="edn_articleContent">
{ps(paras[1:3])}
<div class="box-pv" style="background:#f3f7fb;padding:12px;border-left:3px solid #0a5ca8">
{chr(10).join(qa_html)}
</div>
<p>{e(paras[8])}</p>
<p style="text-align:right"><b>{e(author)}</b></p>
</div>
<div class="edn_articleDocuments"><h3>Văn bản đính kèm</h3><a href="/Portals/0/EasyDNNNews/Documents/1284/QD-quy-che-dieu-dong.pdf">Quyết định ban hành Quy chế điều động giáo viên (PDF, 512 KB)</a></div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="javascript:window.print();">In</a> <a class="edn_emailButton" href="#">Email</a></div>
<div class="edn_relatedArticles"><h3>Các tin khác</h3><ul><li><a href="/tin-tuc/{slug('k1')}">Quảng Trị sáp nhập 47 trường học trong năm 2018</a></li><li><a href="/tin-tuc/{slug('k2')}">Hướng dẫn tuyển sinh lớp 10 năm học 2019-2020</a></li></ul></div>
</div></div></div></div></div></div>
<div id="dnn_RightPane" class="col-md-3"><div class="box-right"><h3>Lịch công tác</h3><p>Tuần 08 (18/02 - 24/02/2019)</p></div><div class="box-right"><h3>Liên kết</h3><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></div></div></div>
<div id="dnn_FooterPane" class="footer">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ - 29 Trần Hưng Đạo, TP Đông Hà<br>Bản quyền © 2019</div>
<input name="ScrollTop" type="hidden" id="ScrollTop"><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="`{{`__scdoff`:`1`}}">
<script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=178"></script>
"""
    head = '<link href="/Portals/_default/skins/xcillion/skin.css?cdv=178" type="text/css" rel="stylesheet">\n<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke">'
    return doc("Sở Giáo dục và Đào tạo Quảng Trị > Tin tức > Tổ chức cán bộ", head, body), article_json(title, "2019-02-18", author, body_paras)


# --------------------------------------------------------------------------
# Non-articles
# --------------------------------------------------------------------------


def n_chuyenmuc(_):
    feat = TEASERS[9]
    items = TEASERS[10:20]
    teas = "\n".join(
        f'<div class="cm-item"><a class="thumb" href="/kinh-te/{slug(t)}.html"><img src="/thumbs/{slug(t)}.jpg" alt="{a(t)}"></a>'
        f'<h3><a href="/kinh-te/{slug(t)}.html">{e(t)}</a></h3><span class="cm-time">{10 - i:02d}/05/2024</span>'
        "</div>"
        for i, t in enumerate(items)
    )
    body = f"""
<header class="h"><a href="/"><img src="/logo.png" alt="Báo Quảng Ngãi"></a><nav><a href="/thoi-su">Thời sự</a><a href="/kinh-te" class="active">Kinh tế</a><a href="/xa-hoi">Xã hội</a></nav></header>
<main class="cm-page"><h1 class="cm-title">Kinh tế</h1>
<div class="cm-sub"><a href="/kinh-te/nong-nghiep">Nông nghiệp</a> <a href="/kinh-te/doanh-nghiep">Doanh nghiệp</a> <a href="/kinh-te/dau-tu">Đầu tư</a></div>
<div class="cm-featured"><a href="/kinh-te/{slug(feat)}.html"><img src="/thumbs/feat.jpg" alt=""></a><h2><a href="/kinh-te/{slug(feat)}.html">{e(feat)}</a></h2>
<p>Tỉnh Quảng Trị vừa ban hành quy chế điều động giáo viên sau khi thực hiện việc sáp nhập các trường trên địa bàn; giáo viên không chấp hành sẽ bị áp dụng chính sách tinh giản biên chế.</p><span class="cm-time">11/05/2024 09:15</span></div>
<div class="cm-list">
{teas}
</div>
<div class="paging"><a class="current">1</a><a href="/kinh-te/trang-2">2</a><a href="/kinh-te/trang-3">3</a><a href="/kinh-te/trang-4">4</a><span>...</span><a href="/kinh-te/trang-87">87</a><a href="/kinh-te/trang-2">Trang sau »</a></div>
</main>
<aside><div class="ad"><img src="/ads/qc-300.jpg" alt="Quảng cáo"></div></aside>
<footer>Báo Quảng Ngãi điện tử © 2024</footer>
{ga_script()}
"""
    return doc("Kinh tế - Báo Quảng Ngãi điện tử", "", body), NONARTICLE


def n_tintuc_sukien(_):
    items = TEASERS[0:15]
    rows = "\n".join(
        f'<li class="ds-item"><img src="/images/bullet.gif" alt=""> <a href="/tin-tuc-su-kien/{slug(t)}">{e(t)}</a> <span class="ngay">({(28 - i) % 28 + 1:02d}/{4 if i < 8 else 3:02d}/2024)</span></li>'
        for i, t in enumerate(items)
    )
    body = f"""
<div class="khung"><div class="dau-trang"><img src="/images/banner-huyen-thach-that.jpg" alt="UBND huyện Thạch Thất"></div>
<div class="menu-chinh"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/tin-tuc-su-kien" class="chon">Tin tức - Sự kiện</a> <a href="/van-ban">Văn bản</a></div>
<div class="than"><div class="trai"><div class="tieu-de-muc">TIN TỨC - SỰ KIỆN</div>
<ul class="ds-tin">
{rows}
</ul>
<div class="phan-trang">Trang: <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Tiếp »</a></div>
</div>
<div class="phai"><div class="hop"><div class="hop-td">Thông báo</div><a href="/thong-bao/1">Lịch tiếp công dân</a></div></div></div>
<div class="chan">Ủy ban nhân dân huyện Thạch Thất - TP Hà Nội. Điện thoại: 024.3384.xxxx</div></div>
"""
    return doc("UBND huyện Thạch Thất - Tin tức sự kiện", "", body), NONARTICLE


def n_timkiem(_):
    q = "trạm BOT"
    hits = [t for t in TEASERS if "BOT" in t or "trạm" in t.lower()][:6]
    res = "\n".join(
        f'<div class="result-item"><h3><a href="/tin-tuc/{slug(t)}">{e(t)}</a></h3><div class="result-meta">Tin tức | {20 - i:02d}/08/2023</div>'
        f"<p class=\"result-snippet\">... {e(t)} ... <b>{e(q)}</b> ...</p></div>"
        for i, t in enumerate(hits)
    )
    body = f"""
<header><a href="/"><img src="/logo.png" alt="Cổng TTĐT tỉnh Đắk Lắk"></a></header>
<div class="srch-page"><h1>Kết quả tìm kiếm</h1>
<form class="srch-form" action="/tim-kiem" method="get"><input type="text" name="q" value="{a(q)}"><select name="type"><option>Tất cả</option><option>Tin tức</option><option>Văn bản</option></select><button type="submit">Tìm kiếm</button></form>
<p class="srch-count">Tìm thấy {len(hits)} kết quả cho từ khóa "<b>{e(q)}</b>" (0,21 giây)</p>
{res}
<div class="pager"><span>1</span></div></div>
<footer>Cổng thông tin điện tử tỉnh Đắk Lắk</footer>
"""
    return doc("Tìm kiếm: " + q, "", body), NONARTICLE


def n_chude(_):
    items = [TEASERS[i] for i in (3, 7, 11, 16, 18, 21)]
    body = f"""
<div class="{h('app')}"><header class="{h('hdr')}"><a href="/">Báo Thanh Hóa</a></header>
<main class="{h('main')}">
<div class="{h('topic')}"><h1>Chủ đề: An toàn giao thông</h1>
<p class="{h('desc')}">Tổng hợp tin tức, bài viết về công tác bảo đảm trật tự an toàn giao thông, kiểm soát tải trọng xe, xử lý vi phạm và phòng ngừa tai nạn giao thông trên địa bàn tỉnh Thanh Hóa và cả nước. Cập nhật liên tục các quy định mới về giao thông đường bộ, đường thủy.</p>
<button class="{h('follow')}">+ Theo dõi chủ đề</button></div>
<div class="{h('grid')}">
{"".join(f'<article class="{h("card")}"><a href="/giao-thong/{slug(t)}.htm"><img src="/img/{slug(t)}.jpg" alt=""></a><h2><a href="/giao-thong/{slug(t)}.htm">{e(t)}</a></h2><time>{12 - i}/04/2024</time></article>' for i, t in enumerate(items))}
</div>
<button class="{h('more')}" data-page="2">Xem thêm</button>
</main>
<footer class="{h('ftr')}">© Báo Thanh Hóa</footer></div>
<script>document.querySelector('.{h('more')}').addEventListener('click',function(){{fetch('/api/topic/an-toan-giao-thong?page='+this.dataset.page)}});</script>
"""
    return doc("An toàn giao thông - Chủ đề - Báo Thanh Hóa", '<meta name="robots" content="index,follow">', body), NONARTICLE


def n_404(_):
    body = f"""
<header class="hdr"><a href="/"><img src="/logo.png" alt="Cổng TTĐT tỉnh Bến Tre"></a></header>
<div class="err-page"><div class="err-code">404</div>
<h1>Không tìm thấy trang</h1>
<p>Trang bạn yêu cầu không tồn tại, đã bị xóa hoặc đường dẫn không chính xác. Vui lòng kiểm tra lại địa chỉ hoặc sử dụng ô tìm kiếm bên dưới.</p>
<form action="/tim-kiem" class="err-search"><input type="search" name="q" placeholder="Nhập từ khóa cần tìm"><button>Tìm</button></form>
<h2>Có thể bạn quan tâm</h2>
<ul class="err-suggest">{"".join(f'<li><a href="/tin-tuc/{slug(t)}">{e(t)}</a></li>' for t in TEASERS[13:18])}</ul>
<p><a href="/" class="btn-home">« Về trang chủ</a></p></div>
<footer>Cổng thông tin điện tử tỉnh Bến Tre</footer>
"""
    return doc("404 - Không tìm thấy trang", "", body), NONARTICLE


def n_lienhe(_):
    body = f"""
{cookie_banner("cookie-notice")}
<header class="lh-header"><a href="/"><img src="/logo-xa.png" alt="UBND xã Tân Phú"></a><nav><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/lien-he" class="active">Liên hệ</a></nav></header>
<div class="lh-wrap"><h1>Liên hệ</h1>
<div class="lh-info"><p><strong>ỦY BAN NHÂN DÂN XÃ TÂN PHÚ</strong></p><p>Địa chỉ: Ấp 2, xã Tân Phú, huyện Châu Thành, tỉnh Tiền Giang</p><p>Điện thoại: 0273.3611.xxx - Fax: 0273.3611.xxx</p><p>Email: ubndtanphu@tiengiang.gov.vn</p><p>Giờ làm việc: Sáng 7h00 - 11h30, chiều 13h30 - 17h00 (Thứ Hai đến Thứ Sáu)</p></div>
<div class="lh-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3925.0!2d106.3!3d10.3" width="600" height="400" style="border:0" allowfullscreen loading="lazy" title="Bản đồ"></iframe></div>
<form class="lh-form" method="post" action="/lien-he/gui"><h2>Gửi ý kiến, phản ánh</h2>
<label>Họ và tên (*)<input name="hoten" required></label><label>Email<input type="email" name="email"></label><label>Điện thoại<input name="dienthoai"></label>
<label>Tiêu đề<input name="tieude"></label><label>Nội dung (*)<textarea name="noidung" rows="6" required></textarea></label>
<label>Mã xác nhận <img src="/captcha.ashx?{slug('cap')}" alt="captcha"><input name="captcha"></label><button type="submit">Gửi</button> <button type="reset">Nhập lại</button></form>
</div>
<footer>UBND xã Tân Phú © 2024</footer>
"""
    return doc("Liên hệ - UBND xã Tân Phú", "", body), NONARTICLE


def n_vanban(_):
    docs = [
        ("125/UBND-KT", "08/05/2024", "Về việc tăng cường công tác kiểm soát tải trọng xe trên địa bàn huyện", "Chủ tịch UBND huyện"),
        ("118/KH-UBND", "03/05/2024", "Kế hoạch triển khai thanh toán không dùng tiền mặt trong khu vực hành chính năm 2024", "Phó Chủ tịch UBND huyện"),
        ("112/CĐ-UBND", "25/04/2024", "Công điện về việc chủ động ứng phó với nắng nóng, hạn hán", "Chủ tịch UBND huyện"),
        ("107/UBND-VX", "19/04/2024", "Về việc điều động giáo viên năm học 2024-2025", "Phó Chủ tịch UBND huyện"),
        ("99/CT-UBND", "10/04/2024", "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy mùa khô", "Chủ tịch UBND huyện"),
        ("93/UBND-NC", "02/04/2024", "Về việc triển khai kê khai tài sản, thu nhập năm 2024", "Chủ tịch UBND huyện"),
    ]
    trs = "\n".join(
        f'<tr><td class="stt">{i + 1}</td><td><a href="/van-ban/chi-tiet/{slug(d[0])}">{e(d[0])}</a></td><td>{d[1]}</td><td><a href="/van-ban/chi-tiet/{slug(d[0])}">{e(d[2])}</a></td><td>{e(d[3])}</td><td><a href="/upload/vb/{slug(d[0])}.pdf"><img src="/img/pdf.png" alt="Tải về"></a></td></tr>'
        for i, d in enumerate(docs)
    )
    body = f"""
<div class="vb-site"><header><img src="/banner.jpg" alt="UBND huyện Cẩm Mỹ"></header>
<div class="bc"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản</a> &gt; Văn bản chỉ đạo điều hành</div>
<h1 class="vb-h1">Văn bản chỉ đạo điều hành</h1>
<form class="vb-loc" method="get"><label>Số/Ký hiệu <input name="sokh"></label><label>Trích yếu <input name="ty"></label>
<label>Loại văn bản <select name="loai"><option value="">-- Tất cả --</option><option>Công văn</option><option>Kế hoạch</option><option>Chỉ thị</option><option>Công điện</option></select></label>
<label>Từ ngày <input type="date" name="tu"></label><label>Đến ngày <input type="date" name="den"></label><button>Tìm kiếm</button></form>
<table class="vb-tbl" border="1" cellspacing="0" cellpadding="4"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Người ký</th><th>Tải về</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<div class="vb-pager">Hiển thị 1 - 6 / 312 văn bản. <a href="?p=2">Trang sau</a></div>
<footer>Ủy ban nhân dân huyện Cẩm Mỹ, tỉnh Đồng Nai</footer></div>
"""
    return doc("Văn bản chỉ đạo điều hành - UBND huyện Cẩm Mỹ", "", body), NONARTICLE


def n_trangchu_phuong(_):
    news = TEASERS[4:10]
    body = f"""
{cookie_banner("cb")}
<div class="p-top"><span>Thứ Năm, 09/05/2024</span> <a href="/dang-nhap">Đăng nhập</a></div>
<header class="p-head"><img src="/img/quochuy.png" alt="Quốc huy"><div class="p-name">CỔNG THÔNG TIN ĐIỆN TỬ<br><b>PHƯỜNG HÒA CƯỜNG BẮC - QUẬN HẢI CHÂU</b></div></header>
<nav class="p-nav"><a href="/" class="on">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a><a href="/hoi-dap">Hỏi đáp</a><a href="/lien-he">Liên hệ</a></nav>
<div class="p-slider"><div class="slide"><img src="/img/slide1.jpg" alt=""><p>Phường Hòa Cường Bắc ra quân tổng vệ sinh môi trường</p></div><div class="slide"><img src="/img/slide2.jpg" alt=""><p>Hội nghị tiếp xúc cử tri quý II/2024</p></div></div>
<div class="p-grid">
<section class="p-news"><h2>Tin tức - Sự kiện</h2>
<div class="p-hot"><a href="/tin-tuc/{slug(news[0])}"><img src="/img/hot.jpg" alt=""></a><h3><a href="/tin-tuc/{slug(news[0])}">{e(news[0])}</a></h3><p>Ngày 08/05/2024, Công an phường phối hợp với lực lượng chức năng...</p></div>
<ul>{"".join(f'<li><a href="/tin-tuc/{slug(t)}">{e(t)}</a> <i>({7 - i:02d}/05/2024)</i></li>' for i, t in enumerate(news[1:]))}</ul></section>
<section class="p-tb"><h2>Thông báo</h2><ul><li><a href="/thong-bao/1">Lịch tiếp công dân tháng 5/2024</a></li><li><a href="/thong-bao/2">Thông báo thu phí vệ sinh môi trường năm 2024</a></li></ul></section>
<section class="p-dvc"><h2>Dịch vụ công trực tuyến</h2><a href="https://dichvucong.danang.gov.vn"><img src="/img/dvc.png" alt="Dịch vụ công"></a><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></section>
<section class="p-video"><h2>Video</h2><iframe width="320" height="180" src="https://www.youtube.com/embed/{slug('pv')}" title="Video"></iframe></section>
<section class="p-stat"><h2>Thống kê truy cập</h2><p>Đang online: 18</p><p>Tổng: 512.903</p></section>
</div>
<footer class="p-foot">UBND phường Hòa Cường Bắc - 105 Núi Thành, quận Hải Châu, TP Đà Nẵng. ĐT: 0236.3621.xxx</footer>
"""
    return doc("Phường Hòa Cường Bắc", "", body), NONARTICLE


def n_video(_):
    vids = [
        ("Thời sự 19h ngày 10/5/2024", "19:45 10/05/2024", "28:30"),
        ("Bản tin nông nghiệp: Phòng trừ sâu bệnh hại cà phê mùa mưa", "17:10 10/05/2024", "08:12"),
        ("Đắk Lắk dời trạm BOT Quang Đức khỏi thị xã Buôn Hồ", "11:30 09/05/2024", "02:45"),
        ("Phóng sự: Mùa hoa cà phê trên cao nguyên", "20:05 08/05/2024", "12:20"),
        ("Chuyên mục An toàn giao thông số 18", "18:30 08/05/2024", "09:58"),
        ("Thời sự 19h ngày 07/5/2024", "19:45 07/05/2024", "29:02"),
        ("Nhịp sống buôn làng: Lễ cúng bến nước của người Ê Đê", "16:00 07/05/2024", "15:40"),
        ("Bản tin kinh tế tuần", "21:00 06/05/2024", "10:05"),
    ]
    cards = "\n".join(
        f'<div class="v-card"><a href="/video/{slug(t)}" class="v-thumb"><img src="/media/v/{slug(t)}.jpg" alt=""><span class="v-dur">{dur}</span><span class="v-play">▶</span></a>'
        f'<h3 class="v-t"><a href="/video/{slug(t)}">{e(t)}</a></h3><span class="v-time">{tm}</span></div>'
        for t, tm, dur in vids
    )
    body = f"""
<header class="head"><a href="/"><img src="/assets/logo-drt.png" alt="DRT"></a><ul class="menu"><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/video" class="active">Video</a></li><li><a href="/lich-phat-song">Lịch phát sóng</a></li></ul></header>
<main class="v-page"><h1 class="v-h">Video</h1>
<ul class="v-tabs"><li class="on"><a href="/video">Mới nhất</a></li><li><a href="/video/thoi-su">Thời sự</a></li><li><a href="/video/phong-su">Phóng sự</a></li><li><a href="/video/chuyen-muc">Chuyên mục</a></li></ul>
<div class="v-main"><video controls poster="/media/v/main.jpg"><source src="/media/v/thoi-su-19h-10-5-2024.mp4" type="video/mp4"></video><h2>Thời sự 19h ngày 10/5/2024</h2></div>
<div class="v-grid">
{cards}
</div>
<div class="v-more"><a href="/video?page=2">Xem thêm video</a></div></main>
<footer class="foot">ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK</footer>
"""
    return doc("Video - DRT", '<link rel="stylesheet" href="/assets/css/drt.css">', body), NONARTICLE


PAGES = {
    "liferay_tinhuy_01": p_liferay_tinhuy,
    "aspnet_ubnd_huyen_01": p_aspnet_ubnd_huyen,
    "php_ubnd_thixa_attach_01": p_php_ubnd_thixa,
    "baotinh_sapo_photo_01": p_baotinh_hienmau,
    "baotinh_theo_xemthem_01": p_baotinh_theo_anhdao,
    "national_gmt7_comments_01": p_national_gmt7,
    "truyenhinh_video_01": p_truyenhinh_bot,
    "ministry_table_01": p_bo_gtvt_bang,
    "metaline_ngay_01": p_thanhtra_metaline,
    "so_numbered_tasks_01": p_sogtvt_nhiemvu,
    "dnn_qa_interview_01": p_dnn_phongvan,
    "nonarticle_chuyenmuc_01": n_chuyenmuc,
    "nonarticle_tintuc_sukien_01": n_tintuc_sukien,
    "nonarticle_timkiem_01": n_timkiem,
    "nonarticle_chude_01": n_chude,
    "nonarticle_404_01": n_404,
    "nonarticle_lienhe_01": n_lienhe,
    "nonarticle_vanban_cddh_01": n_vanban,
    "nonarticle_trangchu_phuong_01": n_trangchu_phuong,
    "nonarticle_video_01": n_video,
}


def main() -> None:
    arts = get_articles()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in PAGES.items():
        page, expected = fn(arts)
        (OUT / f"{name}.html").write_text(page, encoding="utf-8")
        (OUT / f"{name}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
