"""A fixture news site served by a real HTTP server on 127.0.0.1 (random free port).

It has what the crawler meets on Vietnamese portals: robots.txt with Disallow and
Crawl-delay, a sitemap index over two sitemaps (one gzipped) and a broken one, an
RSS feed, paginated listing pages and an endless pagination loop, Liferay- and
WordPress-style article pages, the shared HTML fragments wrapped into pages, a
redirect chain, a canonical link, tracking-parameter duplicates, a 404, a 500 and
a 429 (with Retry-After) that succeed on retry, a page slower than the timeout, a
50 MB page (streamed lazily), a PDF, windows-1258 pages, garbage bytes, and ETag /
Last-Modified support. Every request is recorded (path and headers), so tests
assert exactly what was fetched.

Run standalone (used by the benchmark and handy for manual runs):
``python tests/crawl_site.py`` prints the base URL and serves until killed.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import random
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LIFERAY_PAGE = REPO / "data" / "sample" / "hongngu_khoivan_2022.html"
FRAGMENTS_DIR = REPO.parent / "shared" / "data" / "html"

PARAGRAPHS = [
    "Đầu năm 2022 đến nay, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phối "
    "hợp với chính quyền cùng cấp thực hiện tuyên truyền các chủ trương của Đảng, chính sách "
    "pháp luật của Nhà nước.",
    "Phối hợp vận động trao tặng 9.365 suất quà cho hộ nghèo, hộ cận nghèo, tổng kinh phí trên "
    "4 tỷ đồng, trao tặng 76 chiếc điện thoại thông minh và 126 suất học bổng.",
    "Phát biểu tại buổi làm việc, lãnh đạo huyện yêu cầu các ngành tiếp tục đổi mới nội dung, "
    "phương thức hoạt động, phát huy quyền làm chủ của các tầng lớp nhân dân.",
    "Trước mắt, lãnh đạo tổ chức thành công Đại hội Công đoàn, Hội Nông dân cấp cơ sở đúng theo "
    "yêu cầu đã đề ra; nâng cao hiệu quả các mô hình Tổ Nhân dân tự quản, Hội quán.",
]

LAST_MODIFIED = formatdate(1_704_067_200, usegmt=True)  # 2024-01-01


def article_text(n: int, title: str) -> list[str]:
    """Distinct, long-enough paragraphs for article ``n``."""
    lead = (f"Ngày {n % 27 + 1}/11, {title.lower()} là nội dung chính của buổi làm việc "
            f"số {n} giữa các sở, ngành và địa phương trong tỉnh.")
    return [lead, PARAGRAPHS[n % 4], PARAGRAPHS[(n + 1) % 4], PARAGRAPHS[(n + 2) % 4]]


def news_page(title: str, paragraphs: list[str], *, canonical: str | None = None,
              meta_charset: str = "utf-8", date: str = "21/12/2022") -> str:
    """A generic provincial news page: menus, breadcrumb, article, related box, footer."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="{meta_charset}">'
        f"<title>{html.escape(title)} - Cổng thông tin điện tử</title>{link}</head><body>"
        '<header><nav class="menu"><a href="/">Trang chủ</a> <a href="/danh-muc/tin-tuc">'
        "Tin tức</a> <a href=\"/gioi-thieu\">Giới thiệu</a></nav></header>"
        '<div class="breadcrumb">Trang chủ » Tin tức</div>'
        f'<div class="news-detail"><h1 class="title">{html.escape(title)}</h1>'
        f'<div class="date">Ngày đăng: {date}</div>{body}'
        '<p class="author">Ban Biên tập</p></div>'
        '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/tin-tuc/bai-1">'
        "Bài liên quan</a></li></ul></div>"
        "<footer>Bản quyền thuộc Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Hùng Vương."
        "</footer></body></html>")


def wordpress_page(title: str, paragraphs: list[str], iso_date: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8">'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="article:published_time" content="{iso_date}">'
        f"<title>{html.escape(title)} – Báo địa phương</title></head>"
        '<body class="post-template-default single"><div id="page" class="site">'
        '<header id="masthead" class="site-header"><nav class="main-navigation">'
        '<a href="/">Trang chủ</a></nav></header><div id="content" class="site-content">'
        '<main id="main"><article class="post type-post status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>'
        f'<time class="entry-date published" datetime="{iso_date}"></time></header>'
        f'<div class="entry-content">{body}</div>'
        '<footer class="entry-footer"><span class="cat-links">Tin tức</span></footer>'
        '</article></main><aside id="secondary" class="widget-area"><section class="widget">'
        "<h2>Bài mới</h2><ul><li>Tin khác</li></ul></section></aside></div>"
        '<footer id="colophon" class="site-footer">Báo địa phương © 2024</footer>'
        "</div></body></html>")


def listing_page(title: str, links: list[str], next_link: str | None) -> str:
    items = "".join(f'<li><a href="{html.escape(u)}">Bài {i}</a></li>'
                    for i, u in enumerate(links))
    nxt = f'<a class="next" href="{html.escape(next_link)}">Trang sau »</a>' if next_link else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><nav><a href="/">Trang chủ</a></nav><h1>{title}</h1><ul>{items}</ul>'
            f'<div class="pagination">{nxt}</div></body></html>')


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    #: Conditional GET support (ETag from the body, fixed Last-Modified).
    validators: bool = True


Handler = Callable[["FixtureSite", str, dict[str, str]], Response | None]


class FixtureSite:
    """The site. ``base`` is its URL; ``requests`` lists (path, headers) as received."""

    # URLs by role (paths; tests turn them into absolute URLs with ``url()``).
    LIFERAY = ("/web/guest/tin-tuc/-/asset_publisher/Xk4dTnBq9fLm/content/"
               "thanh-uy-hong-ngu-lam-viec-voi-cac-nganh-khoi-van")
    WP1 = "/2024/05/hoi-nghi-nong-dan-san-xuat-kinh-doanh-gioi/"
    WP2 = "/2024/06/khoi-cong-cau-vuot-song-hau/"

    def __init__(self, *, crawl_delay: float = 0.02, slow_seconds: float = 1.0,
                 huge_bytes: int = 50_000_000, garbage_robots: bool = False,
                 fragments: bool = True, host: str = "127.0.0.1") -> None:
        self.crawl_delay = crawl_delay
        self.slow_seconds = slow_seconds
        self.huge_bytes = huge_bytes
        self.garbage_robots = garbage_robots
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.huge_bytes_sent = 0
        #: Most requests the server was handling at the same moment.
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._hits: dict[str, int] = {}
        self.pages: dict[str, Response] = {}
        self.fragment_paths: list[str] = []
        assert host.startswith("127."), "the fixture site only ever listens on loopback"
        self._server = ThreadingHTTPServer((host, 0), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.base = f"http://{host}:{self.port}"
        #: Where /redirect/private points: another loopback address, which tests make
        #: the address guard refuse (see test_crawl_fetcher).
        self.private_target = f"http://127.0.0.2:{self.port}/tin-tuc/bai-1"
        self._build(fragments)
        # A short poll interval: shutdown() waits for it, and tests start many sites.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)

    # -- lifecycle -----------------------------------------------------------------
    def start(self) -> FixtureSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FixtureSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        with self._lock:
            return [p for p, _ in self.requests]

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    # -- content -------------------------------------------------------------------
    def set_article(self, path: str, title: str, paragraphs: list[str],
                    canonical: str | None = None) -> None:
        self.pages[path] = Response(body=news_page(title, paragraphs, canonical=canonical)
                                    .encode("utf-8"))

    def _build(self, fragments: bool) -> None:
        p = self.pages
        b = self.base
        for n, path in enumerate(("/tin-tuc/bai-1", "/tin-tuc/bai-2", "/tin-tuc/loi-tam-thoi",
                                  "/tin-tuc/qua-tai"), 1):
            title = f"Hội nghị triển khai nhiệm vụ năm 2023 lần thứ {n}"
            self.set_article(path, title, article_text(n, title))
        title3 = "Huyện Hồng Ngự ra quân làm giao thông nông thôn"
        self.set_article("/tin-tuc/bai-3", title3, article_text(3, title3),
                         canonical=b + "/tin-tuc/bai-3")
        p["/tin-tuc/bai-3?print=1"] = Response(body=news_page(
            title3, article_text(3, title3), canonical=b + "/tin-tuc/bai-3").encode("utf-8"))
        p[self.LIFERAY] = Response(body=LIFERAY_PAGE.read_bytes())
        wordpress = ((self.WP1, "Hội nghị nông dân sản xuất kinh doanh giỏi",
                      "2024-05-12T08:30:00+07:00"),
                     (self.WP2, "Khởi công cầu vượt sông Hậu", "2024-06-02T07:00:00+07:00"))
        for n, (path, title, date) in enumerate(wordpress, 10):
            p[path] = Response(body=wordpress_page(title, article_text(n, title), date)
                               .encode("utf-8"))
        # windows-1258: tones as combining marks after the base letter (as Windows writes it).
        t1258 = "Đồng Tháp tổ chức lễ hội Sen lần thứ nhất"
        page1258 = news_page(t1258, article_text(20, t1258), meta_charset="windows-1258")
        p["/tin-tuc/bai-cp1258"] = Response(
            body=_to_cp1258(page1258), content_type="text/html; charset=windows-1258")
        # Header says UTF-8, <meta> says windows-1258, bytes are windows-1258.
        tlech = "Tỉnh đoàn phát động tháng thanh niên năm 2024"
        pagelech = news_page(tlech, article_text(21, tlech), meta_charset="windows-1258")
        p["/tin-tuc/bai-lech-charset"] = Response(
            body=_to_cp1258(pagelech), content_type="text/html; charset=utf-8")
        # Double-encoded UTF-8 (a CMS that read UTF-8 as windows-1252 and saved it as
        # UTF-8 again): valid UTF-8 whose text is mojibake; it must not be stored.
        tmoji = "Sở Giáo dục và Đào tạo tổng kết năm học"
        moji = news_page(tmoji, article_text(22, tmoji)).encode("utf-8").decode(
            "cp1252", errors="ignore").encode("utf-8")
        p["/tin-tuc/bai-mojibake"] = Response(body=moji)
        p["/tai-lieu/van-ban.pdf"] = Response(body=b"%PDF-1.4\n" + b"0" * 2000,
                                              content_type="application/pdf")
        p["/tin-tuc/rac"] = Response(body=random.Random(7).randbytes(6000),
                                     content_type="text/html")
        p["/private/bai-an"] = Response(body=news_page("Bí mật", article_text(30, "Bí mật"))
                                        .encode("utf-8"))
        if fragments and FRAGMENTS_DIR.is_dir():
            for frag in sorted(FRAGMENTS_DIR.glob("*.html")):
                path = "/bai-viet/" + frag.stem.replace("_", "-")
                body = frag.read_text(encoding="utf-8")
                p[path] = Response(body=(
                    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bắc Giang</title>'
                    '</head><body><div class="menu"><a href="/">Trang chủ</a></div>'
                    f'<div class="content-detail">{body}</div><footer>Cổng TTĐT tỉnh Bắc Giang'
                    "</footer></body></html>").encode())
                self.fragment_paths.append(path)

        # Listings: three pages with pagination, plus an endless loop.
        p["/danh-muc/tin-tuc"] = Response(body=listing_page("Tin tức", [
            "/tin-tuc/bai-1", "/tin-tuc/bai-3", "/tai-lieu/van-ban.pdf", "/private/bai-an",
            "/gioi-thieu"], "/danh-muc/tin-tuc?page=2").encode())
        p["/danh-muc/tin-tuc?page=2"] = Response(body=listing_page("Tin tức - trang 2", [
            "/old/bai-2", "/tin-tuc/loi-tam-thoi", "/tin-tuc/bai-cp1258",
            "/tin-tuc/bai-1#binh-luan"], "/danh-muc/tin-tuc?page=3").encode())
        p["/danh-muc/tin-tuc?page=3"] = Response(body=listing_page("Tin tức - trang 3", [
            "/tin-tuc/qua-tai", "/tin-tuc/cham", "/tin-tuc/bai-lech-charset", "/tin-tuc/rac",
            "/tin-tuc/bai-mojibake", "/danh-muc/tin-tuc"], None).encode())
        news = [(b + "/tin-tuc/bai-1", "2024-01-01"), (b + "/tin-tuc/bai-2", "2024-01-01"),
                (b + self.LIFERAY, "2022-12-21T16:45:00+07:00"),
                (b + "/tin-tuc/khong-ton-tai", None)]
        p["/sitemap-news.xml"] = Response(body=_urlset(news), content_type="application/xml")
        pages = [(b + self.WP1, "2024-05-12"), (b + self.WP2, "2024-06-02"),
                 *((b + f, None) for f in self.fragment_paths)]
        p["/sitemap-pages.xml.gz"] = Response(body=gzip.compress(_urlset(pages), mtime=0),
                                              content_type="application/x-gzip")
        p["/sitemap-hong.xml"] = Response(body=b"<?xml version='1.0'?><urlset><url><loc>"
                                          b"http://x</loc></url", content_type="application/xml")
        p["/sitemap_index.xml"] = Response(body=(
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<sitemap><loc>{b}{s}</loc><lastmod>2024-06-02</lastmod></sitemap>"
                      for s in ("/sitemap-news.xml", "/sitemap-pages.xml.gz",
                                "/sitemap-hong.xml"))
            + "</sitemapindex>").encode(), content_type="application/xml")
        items = [b + "/tin-tuc/bai-1?utm_source=rss&utm_medium=feed&fbclid=abc",
                 b + "/tin-tuc/bai-3?print=1", b + "/tin-tuc/rat-lon",
                 "https://other.example/tin-tuc/ngoai-trang"]
        p["/rss.xml"] = Response(body=_rss(items), content_type="application/rss+xml")

    def robots_txt(self) -> Response:
        if self.garbage_robots:
            return Response(body=random.Random(3).randbytes(3000) + b"\nDisallow /x\n\x00",
                            content_type="text/plain")
        return Response(body=(
            "# fixture site\n"
            "User-agent: BadBot\nDisallow: /\n\n"
            "User-agent: *\n"
            "Disallow: /private/\n"
            f"Crawl-delay: {self.crawl_delay}\n\n"
            f"Sitemap: {self.base}/sitemap_index.xml\n").encode(), content_type="text/plain")

    # -- serving -------------------------------------------------------------------
    def _hit(self, key: str) -> int:
        with self._lock:
            self._hits[key] = self._hits.get(key, 0) + 1
            return self._hits[key]

    def respond(self, path: str, headers: dict[str, str]) -> Response | None:
        """The response to ``path``; None for the specials the handler streams itself."""
        if path == "/robots.txt":
            return self.robots_txt()
        if path == "/old/bai-2":
            return Response(301, headers={"Location": "/redirect/hop"}, validators=False)
        if path == "/redirect/hop":
            return Response(302, headers={"Location": self.base + "/tin-tuc/bai-2"},
                            validators=False)
        if path == "/redirect/private":
            return Response(302, headers={"Location": self.private_target}, validators=False)
        if path == "/tin-tuc/loi-tam-thoi" and self._hit(path) % 2 == 1:
            return Response(500, b"loi", validators=False)
        if path == "/tin-tuc/qua-tai" and self._hit(path) % 2 == 1:
            return Response(429, b"cham lai", headers={"Retry-After": "1"}, validators=False)
        if path == "/tin-tuc/cham":
            time.sleep(self.slow_seconds)
            return self.pages.get("/tin-tuc/bai-1")
        if path.startswith("/chuyen-muc/vong"):
            n = int(path.rsplit("=", 1)[-1]) if "p=" in path else 1
            return Response(body=listing_page(f"Vòng {n}", ["/tin-tuc/bai-1", "/tin-tuc/bai-3"],
                                              f"/chuyen-muc/vong?p={n + 1}").encode())
        page = self.pages.get(path)
        return page if page is not None else Response(404, b"khong tim thay", validators=False)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class _Handler(BaseHTTPRequestHandler):
            server_version = "fixture/1.0"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                with site._lock:
                    site._in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site._in_flight)
                try:
                    self._get()
                finally:
                    with site._lock:
                        site._in_flight -= 1

            def _get(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                with site._lock:
                    site.requests.append((self.path, headers))
                if self.path == "/tin-tuc/rat-lon":
                    self._stream_huge()
                    return
                resp = site.respond(self.path, headers)
                assert resp is not None
                out_headers = dict(resp.headers)
                if resp.validators and resp.status == 200:
                    etag = '"' + hashlib.sha1(resp.body).hexdigest()[:16] + '"'
                    out_headers["ETag"] = etag
                    out_headers["Last-Modified"] = LAST_MODIFIED
                    inm = headers.get("if-none-match")
                    ims = headers.get("if-modified-since")
                    if (inm is not None and etag in inm) or (inm is None and ims and
                                                              _not_after(LAST_MODIFIED, ims)):
                        self.send_response(304)
                        for k, v in out_headers.items():
                            self.send_header(k, v)
                        self.end_headers()
                        return
                self.send_response(resp.status)
                self.send_header("Content-Type", resp.content_type)
                self.send_header("Content-Length", str(len(resp.body)))
                for k, v in out_headers.items():
                    self.send_header(k, v)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(resp.body)

            def _stream_huge(self) -> None:
                # No Content-Length: the client cannot refuse up front and must stop
                # reading by itself. Chunks are made on the fly, never all at once.
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                chunk = b"<p>" + ("Tin dài vô tận. ".encode() * 4000) + b"</p>\n"
                sent = 0
                try:
                    self.wfile.write(b"<html><body>")
                    while sent < site.huge_bytes:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with site._lock:
                        site.huge_bytes_sent = sent

        return _Handler


def _not_after(last_modified: str, since: str) -> bool:
    try:
        return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def _urlset(entries: list[tuple[str, str | None]]) -> bytes:
    body = "".join(f"<url><loc>{html.escape(u)}</loc>"
                   + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>" for u, m in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
            ).encode()


def _rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Tin {i}</title><link>{html.escape(u)}</link>"
                    f"<pubDate>Mon, 0{i + 1} Jan 2024 08:00:00 +0700</pubDate></item>"
                    for i, u in enumerate(links))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Tin tức</title><link>http://127.0.0.1/</link>{items}</channel></rss>"
            ).encode()


def _to_cp1258(text: str) -> bytes:
    """Encode as windows-1258 the way Windows does: precomposed letters where the code
    page has them (ô, ư, ă, đ), tone marks as combining characters after them."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


def source_toml(site: FixtureSite, *, name: str = "fixture", allow_private: bool = True,
                delay: float = 0.01, max_pages: int = 200, read_timeout: float = 0.3,
                max_body_bytes: int = 2_000_000, backoff: float = 0.01,
                max_total_bytes: int = 2_000_000_000, extra: str = "") -> str:
    """A sources file for the fixture site (tiny delays and timeouts for tests)."""
    b = site.base
    return f"""
[crawler]
user_agent = "newssearch-test/1.0"
contact_url = "https://example.org/newssearch-bot"
connect_timeout = 2.0
read_timeout = {read_timeout}
max_redirects = 5
max_body_bytes = {max_body_bytes}
max_retries = 2
backoff_base = {backoff}
max_retry_after = 5.0
max_total_bytes = {max_total_bytes}

[[sources]]
name = "{name}"
base_url = "{b}/"
start_urls = ["{b}/danh-muc/tin-tuc", "{b}/chuyen-muc/vong?p=1"]
sitemaps = ["{b}/sitemap_index.xml"]
feeds = ["{b}/rss.xml"]
article_patterns = ["/tin-tuc/[a-z0-9-]+", "/\\\\d{{4}}/\\\\d{{2}}/", "/-/asset_publisher/",
                    "/tai-lieu/", "/private/", "/old/", "/bai-viet/"]
listing_patterns = ["/danh-muc/", "/chuyen-muc/"]
max_pages = {max_pages}
crawl_delay = {delay}
allow_private_addresses = {"true" if allow_private else "false"}
{extra}
"""


if __name__ == "__main__":  # pragma: no cover
    import sys

    with FixtureSite(fragments="--no-fragments" not in sys.argv) as fixture:
        print(fixture.base, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
