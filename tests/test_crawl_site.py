"""End-to-end crawls of the fixture site on 127.0.0.1: exactly which URLs are
fetched and stored, robots, re-crawls with 304s, changes and removals, raw pages
and re-extraction, the address guard, bad input, and the CLI."""

from __future__ import annotations

import json
import socket
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawl_site import FixtureSite, source_toml
from newssearch.cli import main
from newssearch.crawl import Crawler, CrawlSummary, load_sources, reextract
from newssearch.crawl.crawler import crawl_lock
from newssearch.crawl.fetcher import Fetcher
from newssearch.crawl.pages import looks_mojibake
from newssearch.errors import NewsSearchError
from newssearch.store import Store

HN_TITLE = ("Thành ủy Hồng Ngự làm việc với các ngành Khối vận về tình hình thực hiện "
            "nhiệm vụ năm 2022")

#: Every request of a first crawl (path → count), fragments aside.
FIRST_CRAWL = Counter({
    "/robots.txt": 1, "/sitemap_index.xml": 1, "/sitemap-news.xml": 1,
    "/sitemap-pages.xml.gz": 1, "/sitemap-hong.xml": 1, "/rss.xml": 1,
    "/danh-muc/tin-tuc": 1, "/danh-muc/tin-tuc?page=2": 1, "/danh-muc/tin-tuc?page=3": 1,
    "/chuyen-muc/vong?p=1": 1, "/chuyen-muc/vong?p=2": 1,
    FixtureSite.LIFERAY: 1, FixtureSite.WP1: 1, FixtureSite.WP2: 1,
    "/tin-tuc/bai-1": 1, "/tin-tuc/bai-3": 1, "/tin-tuc/bai-3?print=1": 1,
    "/old/bai-2": 1, "/redirect/hop": 1, "/tin-tuc/bai-2": 2,  # directly and redirected
    "/tin-tuc/khong-ton-tai": 1, "/tin-tuc/loi-tam-thoi": 2, "/tin-tuc/qua-tai": 2,
    "/tin-tuc/cham": 1, "/tin-tuc/rat-lon": 1, "/tai-lieu/van-ban.pdf": 1,
    "/tin-tuc/bai-cp1258": 1, "/tin-tuc/bai-lech-charset": 1, "/tin-tuc/rac": 1,
    "/tin-tuc/bai-mojibake": 1,
})
#: Articles stored (canonical paths), fragments aside.
STORED = {
    FixtureSite.LIFERAY, FixtureSite.WP1, FixtureSite.WP2, "/tin-tuc/bai-1", "/tin-tuc/bai-2",
    "/tin-tuc/bai-3", "/tin-tuc/loi-tam-thoi", "/tin-tuc/qua-tai", "/tin-tuc/bai-cp1258",
    "/tin-tuc/bai-lech-charset",
}


class Pauses:
    """Records the fetcher's pauses instead of sleeping them (tests stay fast), on a
    clock that only moves when the fetcher sleeps, so the pauses are exact."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self.now = 1000.0

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    with FixtureSite() as s:
        yield s


def crawl(site: FixtureSite, home: Path, *, pauses: Pauses | None = None,
          resolver: object = None, **toml: object) -> CrawlSummary:
    path = home / "sources.toml"
    home.mkdir(parents=True, exist_ok=True)
    path.write_text(source_toml(site, **toml), encoding="utf-8")  # type: ignore[arg-type]
    sources = load_sources(path)
    pauses = pauses or Pauses()
    kwargs = {"resolver": resolver} if resolver else {}
    fetcher = Fetcher(sources.crawler, sleep=pauses.sleep, clock=pauses.clock,
                      **kwargs)  # type: ignore[arg-type]
    with Store(home / "newssearch.db") as store, fetcher:
        return Crawler(store, sources.crawler, fetcher=fetcher).crawl(sources.sources)


def stored(home: Path) -> dict[str, str]:
    """canonical URL → content hash of every stored article."""
    with Store(home / "newssearch.db") as store:
        return {a.canonical_url or "": a.content_hash for a in store.iter_articles()}


def test_first_crawl_fetches_exactly_the_expected_urls(site: FixtureSite,
                                                       tmp_path: Path) -> None:
    summary = crawl(site, tmp_path)
    expected = FIRST_CRAWL + Counter(site.fragment_paths)
    assert Counter(site.paths()) == expected
    # Tracking-parameter duplicates, robots-disallowed pages, off-site links and the
    # endless pagination beyond the detected loop were never requested.
    assert not any("utm_" in p or "fbclid" in p for p in site.paths())
    assert "/private/bai-an" not in site.paths()
    assert "/chuyen-muc/vong?p=3" not in site.paths()
    # Every request identified us with the contact URL.
    assert {h["user-agent"] for _, h in site.requests} == {
        "newssearch-test/1.0 (+https://example.org/newssearch-bot)"}

    s = summary.sources[0]
    assert s.skipped_robots == 1
    assert dict(s.errors) == {"http_404": 1, "timeout": 1, "too_large": 1, "content_type": 1,
                              "parse": 1, "pagination_cycle": 1, "encoding": 1}
    assert s.requests == sum(expected.values()) - 1  # robots.txt is not a page
    assert site.huge_bytes_sent < 25_000_000  # the 50 MB page was abandoned early


def test_each_article_is_stored_once_with_correct_text(site: FixtureSite,
                                                       tmp_path: Path) -> None:
    summary = crawl(site, tmp_path)
    articles = stored(tmp_path)
    core = {url.removeprefix(site.base) for url in articles
            if not url.startswith(site.url("/bai-viet/"))}
    assert core == STORED
    fragments = {u.removeprefix(site.base) for u in articles} - STORED
    assert fragments <= set(site.fragment_paths)
    assert len(fragments) >= len(site.fragment_paths) // 2
    s = summary.sources[0]
    assert s.new == len(articles)
    # bai-2 (direct and via redirect) and bai-3 (plain and ?print=1 with a canonical
    # link) were fetched twice each but stored once: the second visit is "unchanged".
    assert s.unchanged == 2
    with Store(tmp_path / "newssearch.db") as store:
        by_url = {a.canonical_url: a for a in store.iter_articles()}
    liferay = by_url[site.url(FixtureSite.LIFERAY)]
    assert liferay.title == HN_TITLE and "9.365 suất quà" in liferay.text
    cp1258 = by_url[site.url("/tin-tuc/bai-cp1258")]
    assert cp1258.title == "Đồng Tháp tổ chức lễ hội Sen lần thứ nhất"
    assert "đồng tháp tổ chức lễ hội sen" in cp1258.text and "Ủy ban Mặt trận" in cp1258.text
    lech = by_url[site.url("/tin-tuc/bai-lech-charset")]
    assert lech.title == "Tỉnh đoàn phát động tháng thanh niên năm 2024"
    for article in by_url.values():
        assert unicodedata.is_normalized("NFC", article.text)
        assert not looks_mojibake(article.text) and "\ufffd" not in article.text


def test_page_and_byte_caps_and_listing_depth(site: FixtureSite, tmp_path: Path) -> None:
    summary = crawl(site, tmp_path / "bytes", max_total_bytes=20_000)
    s = summary.sources[0]
    assert s.stopped == "max_bytes" and 20_000 <= s.bytes < 100_000
    assert s.requests < 20
    site.reset_log()
    summary = crawl(site, tmp_path / "depth", extra="max_listing_depth = 1")
    s = summary.sources[0]
    assert s.errors["listing_depth"] == 1
    assert "/danh-muc/tin-tuc?page=2" in site.paths()
    assert "/danh-muc/tin-tuc?page=3" not in site.paths()


def test_robots_delay_and_backoff_are_honoured(site: FixtureSite, tmp_path: Path) -> None:
    pauses = Pauses()
    summary = crawl(site, tmp_path, pauses=pauses, delay=0.01)
    # robots.txt's Crawl-delay (0.02) is larger than the source's (0.01), so it wins:
    # on a clock that only sleeping moves, n requests need at least (n - 1) gaps of it.
    requests = len(site.requests)
    assert requests == summary.sources[0].requests + 1  # + robots.txt
    assert sum(pauses.pauses) >= (requests - 2) * 0.02 - 1e-6
    assert max(p for p in pauses.pauses if p < 0.5) == pytest.approx(0.02)
    assert any(p == pytest.approx(1.0) for p in pauses.pauses)  # the 429's Retry-After


def test_recrawl_gets_304s_and_stores_nothing_new(site: FixtureSite, tmp_path: Path) -> None:
    crawl(site, tmp_path)
    before = stored(tmp_path)
    site.reset_log()
    summary = crawl(site, tmp_path)
    s = summary.sources[0]
    assert (s.new, s.updated, s.removed) == (0, 0, 0)
    assert stored(tmp_path) == before
    assert s.fetched == 0  # nothing came back with a body...
    assert s.not_modified >= len(before) + 5  # ...every known page answered 304
    # Every page fetched successfully before was asked for conditionally.
    unconditional = {p for p, h in site.requests if "if-none-match" not in h}
    assert unconditional <= {"/robots.txt", "/old/bai-2", "/redirect/hop",
                             "/tin-tuc/cham", "/tin-tuc/khong-ton-tai", "/sitemap-hong.xml",
                             "/tin-tuc/loi-tam-thoi", "/tin-tuc/qua-tai"}
    # Refused for size or type: not asked again.
    assert "/tin-tuc/rat-lon" not in site.paths()
    assert "/tai-lieu/van-ban.pdf" not in site.paths()
    assert s.bytes < 500  # robots.txt (and nothing else) came with a body


def test_changed_and_vanished_articles(site: FixtureSite, tmp_path: Path) -> None:
    crawl(site, tmp_path)
    with Store(tmp_path / "newssearch.db") as store:
        ids = {a.canonical_url: a.id for a in store.iter_articles()}
        store.replace_passages(ids[site.url("/tin-tuc/bai-1")], [], "sig")
    site.set_article("/tin-tuc/bai-1", "Hội nghị triển khai nhiệm vụ năm 2023 lần thứ 1",
                     ["Nội dung đã được cập nhật: " + "bổ sung số liệu mới. " * 10])
    gone = site.pages.pop("/tin-tuc/bai-3"), site.pages.pop("/tin-tuc/bai-3?print=1")
    summary = crawl(site, tmp_path)
    s = summary.sources[0]
    assert (s.new, s.updated, s.removed) == (0, 1, 1)
    with Store(tmp_path / "newssearch.db") as store:
        assert store.removed_article_ids() == {ids[site.url("/tin-tuc/bai-3")]}
        article = store.get_article(ids[site.url("/tin-tuc/bai-1")])
        assert article is not None and "cập nhật" in article.text
        # Marked for re-embedding: its passages are gone and it is due for chunking.
        assert ids[site.url("/tin-tuc/bai-1")] in store.articles_to_chunk("sig")
        assert store.count_articles() == len(ids)  # removal is a mark, not a delete
    # The page comes back: the mark goes away.
    site.pages["/tin-tuc/bai-3"], site.pages["/tin-tuc/bai-3?print=1"] = gone
    crawl(site, tmp_path)
    with Store(tmp_path / "newssearch.db") as store:
        assert store.removed_article_ids() == set()


def test_lastmod_skips_unchanged_sitemap_entries(site: FixtureSite, tmp_path: Path) -> None:
    crawl(site, tmp_path)
    site.reset_log()
    summary = crawl(site, tmp_path)
    # The index says its sitemaps were last modified in 2024, before our last fetch.
    assert "/sitemap-news.xml" not in site.paths()
    assert "/sitemap-pages.xml.gz" not in site.paths()
    assert "/sitemap-hong.xml" in site.paths()  # it failed to parse: asked again
    assert summary.sources[0].skipped_lastmod == 2


def test_raw_pages_are_kept_and_reextract_needs_no_network(site: FixtureSite,
                                                            tmp_path: Path) -> None:
    crawl(site, tmp_path)
    with Store(tmp_path / "newssearch.db") as store:
        raw = store.raw_page(site.url("/tin-tuc/bai-cp1258"))
        assert raw is not None and raw.etag
        assert raw.content_type == "text/html; charset=windows-1258"
        assert raw.body == site.pages["/tin-tuc/bai-cp1258"].body  # bytes as received
        n_articles = store.count_articles()
    site.reset_log()
    with Store(tmp_path / "newssearch.db") as store:
        report = reextract(store, load_sources(tmp_path / "sources.toml").sources)
    assert site.requests == []
    assert report.summary.new == 0 and report.summary.updated == 0
    assert report.summary.unchanged == report.pages - report.summary.not_article - \
        report.summary.errors["encoding"]  # the mojibake page is refused again
    assert report.pages >= n_articles
    # Hints change the extraction: the title now comes from the hinted element.
    (tmp_path / "hints.toml").write_text(source_toml(site, extra=(
        '[sources.hints]\ntitle = "div.date"\n')), encoding="utf-8")
    with Store(tmp_path / "newssearch.db") as store:
        report = reextract(store, load_sources(tmp_path / "hints.toml").sources)
        titles = {a.title for a in store.iter_articles()}
    assert report.summary.updated >= 5 and "Ngày đăng: 21/12/2022" in titles


def test_private_addresses_are_refused(site: FixtureSite, tmp_path: Path) -> None:
    summary = crawl(site, tmp_path, allow_private=False)
    s = summary.sources[0]
    assert s.errors == Counter({"private_address": 1}) and s.stopped == "refused"
    assert site.requests == []  # not even robots.txt
    assert stored(tmp_path) == {}


def test_redirect_into_a_private_address_is_refused(site: FixtureSite, tmp_path: Path) -> None:
    # Under a test policy 127.0.0.1 counts as public (so the guard stays on but the
    # site is reachable); the redirect goes to 127.0.0.2, which the policy refuses.
    def only_127_0_0_1(address: str) -> bool:
        return address == "127.0.0.1"

    (tmp_path / "s.toml").write_text(f"""
[crawler]
backoff_base = 0.01
[[sources]]
name = "viaredirect"
base_url = "{site.base}/"
start_urls = ["{site.base}/redirect/private"]
use_robots_sitemaps = false
listing_patterns = ["/redirect/"]
""", encoding="utf-8")
    sources = load_sources(tmp_path / "s.toml")
    assert not sources.sources[0].allow_private_addresses
    with Store(tmp_path / "db") as store, \
            Fetcher(sources.crawler, policy=only_127_0_0_1) as f:
        summary = Crawler(store, sources.crawler, fetcher=f).crawl(sources.sources)
    assert summary.sources[0].errors == Counter({"private_address": 1})
    assert site.paths() == ["/robots.txt", "/redirect/private"]


def test_bad_sites_never_stop_the_rest(site: FixtureSite, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    with FixtureSite(garbage_robots=True, fragments=False) as odd:
        good = source_toml(site, name="good")
        weird = source_toml(odd, name="weird").split("[[sources]]", 1)[1]
        (tmp_path / "s.toml").write_text(good + f"""
[[sources]]
name = "down"
base_url = "http://127.0.0.1:{closed}/"
start_urls = ["http://127.0.0.1:{closed}/tin-tuc"]
allow_private_addresses = true

[[sources]]
name = "tls"
base_url = "https://127.0.0.1:{site.port}/"
start_urls = ["https://127.0.0.1:{site.port}/danh-muc/tin-tuc"]
allow_private_addresses = true

[[sources]]
{weird}
""", encoding="utf-8")
        sources = load_sources(tmp_path / "s.toml")
        pauses = Pauses()
        with Store(tmp_path / "db") as store, \
                Fetcher(sources.crawler, sleep=pauses.sleep) as f:
            order = [sources.select(n)[0] for n in ("down", "tls", "weird", "good")]
            summary = Crawler(store, sources.crawler, fetcher=f).crawl(order)
    by = {s.source: s for s in summary.sources}
    assert by["down"].errors == Counter({"connect": 1}) and by["down"].stopped == "unreachable"
    assert by["tls"].errors == Counter({"tls": 1})
    # Garbage robots.txt: what parses (nothing) applies, so the site is crawled.
    assert by["weird"].new >= 8 and by["weird"].skipped_robots == 0
    assert by["weird"].errors["robots_malformed"] == 1
    assert by["good"].new >= len(STORED)
    totals = summary.as_dict()
    assert totals["errors"]["connect"] == 1 and totals["errors"]["tls"] == 1


def test_one_crawl_per_data_home(tmp_path: Path) -> None:
    with crawl_lock(tmp_path / "crawl.lock"), pytest.raises(NewsSearchError, match="another"), \
            crawl_lock(tmp_path / "crawl.lock"):
        pass
    with crawl_lock(tmp_path / "crawl.lock"):  # released
        pass


def test_cli_crawl_prints_a_json_summary(site: FixtureSite, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "sources.toml"
    src.write_text(source_toml(site, delay=0.0), encoding="utf-8")
    home = str(tmp_path / "home")
    assert main(["crawl", "--sources", str(src), "--home", home, "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("fetched", "not_modified", "new", "updated", "removed", "skipped_robots",
                "errors", "bytes", "pages_per_second"):
        assert key in out
    assert out["new"] >= len(STORED) and out["skipped_robots"] == 1
    assert out["errors"]["http_404"] == 1
    assert main(["reextract", "--sources", str(src), "--home", home, "-q"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["new"] == 0 and again["pages"] >= len(STORED)


def test_cli_dry_run_and_max_pages(site: FixtureSite, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "sources.toml"
    src.write_text(source_toml(site, delay=0.0), encoding="utf-8")
    home = tmp_path / "home"
    assert main(["crawl", "--sources", str(src), "--home", str(home), "--dry-run", "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    would = set(out["sources"][0]["would_fetch"])
    assert site.url("/tin-tuc/bai-1") in would and site.url(FixtureSite.WP1) in would
    assert not any(p.startswith(("/tin-tuc/", "/20")) for p in site.paths())
    assert not (home / "newssearch.db").exists()

    site.reset_log()
    assert main(["crawl", "--sources", str(src), "--home", str(home), "--max-pages", "4",
                 "--source", "fixture", "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["requests"] == 4 and out["sources"][0]["stopped"] == "max_pages"
    assert len(site.paths()) == 5  # robots.txt + 4 pages
    assert main(["crawl", "--sources", str(src), "--home", str(home), "--source", "nope",
                 "-q"]) == 2
