"""Unit tests of the crawler's pure parts: URLs, robots.txt, the address guard,
sitemaps and feeds, decoding, and the sources file. No network at all."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newssearch.crawl.discover import (
    DiscoveryError,
    fingerprint,
    normalize_lastmod,
    page_links,
    parse_feed,
    parse_sitemap,
)
from newssearch.crawl.fetcher import parse_retry_after
from newssearch.crawl.frontier import ARTICLE, LISTING, UrlRules
from newssearch.crawl.pages import apply_hints, decode_page, looks_mojibake
from newssearch.crawl.robots import Robots, parse_robots
from newssearch.crawl.safety import UnsafeURLError, check_url, is_public
from newssearch.crawl.sources import ExtractionHints, load_sources, parse_sources
from newssearch.crawl.urls import BadURLError, absolute, canonicalize
from newssearch.errors import ConfigError

VI = "Thành ủy Hồng Ngự làm việc với các ngành Khối vận về tình hình thực hiện nhiệm vụ"


# -- canonicalization -----------------------------------------------------------------
@pytest.mark.parametrize(("raw", "expected"), [
    ("HTTP://Example.COM:80/a/b?x=1#frag", "http://example.com/a/b?x=1"),
    ("https://example.com:443", "https://example.com/"),
    ("https://example.com:8443/a", "https://example.com:8443/a"),
    ("http://example.com/a/./b/../c", "http://example.com/a/c"),
    ("http://example.com//a///b", "http://example.com/a/b"),
    ("http://example.com/a?utm_source=fb&id=3&fbclid=x&utm_campaign=y", "http://example.com/a?id=3"),
    ("http://example.com/a?gclid=1&zarsrc=30&_ga=2", "http://example.com/a"),
    ("http://example.com/%7Efoo/t%e1%bb%a9c", "http://example.com/~foo/t%E1%BB%A9c"),
    ("http://example.com/tức", "http://example.com/t%E1%BB%A9c"),
    ("http://example.com/a?id=1&id=1", "http://example.com/a?id=1"),
    ("http://example.com/a%2Fb", "http://example.com/a%2Fb"),
    ("http://bộ.vn/a", "http://xn--b-8xm.vn/a"),
])
def test_canonicalize(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected
    assert canonicalize(expected) == expected  # idempotent


def test_trailing_slash_rules_and_site_params() -> None:
    assert canonicalize("http://e.vn/tin/", trailing_slash="strip") == "http://e.vn/tin"
    assert canonicalize("http://e.vn/", trailing_slash="strip") == "http://e.vn/"
    assert canonicalize("http://e.vn/tin", trailing_slash="add") == "http://e.vn/tin/"
    assert canonicalize("http://e.vn/a.html", trailing_slash="add") == "http://e.vn/a.html"
    assert canonicalize("http://e.vn/tin/", trailing_slash="keep") == "http://e.vn/tin/"
    assert canonicalize("http://e.vn/a?p_p_id=x&id=2", strip_params={"p_p_id"}) == \
        "http://e.vn/a?id=2"


@pytest.mark.parametrize("bad", ["ftp://e.vn/a", "javascript:alert(1)", "http:///a",
                                 "file:///etc/passwd", "http://e.vn:99999/"])
def test_canonicalize_refuses_non_http(bad: str) -> None:
    with pytest.raises(BadURLError):
        canonicalize(bad)


def test_absolute_links() -> None:
    assert absolute("http://e.vn/a/b", "../c") == "http://e.vn/c"
    assert absolute("http://e.vn/a/b", "mailto:x@e.vn") is None
    assert absolute("http://e.vn/a/b", "#top") is None
    assert absolute("http://e.vn/a/b", "javascript:void(0)") is None


def test_url_rules_classify_and_keep_to_the_site() -> None:
    src = parse_sources({"sources": [{
        "name": "s", "base_url": "http://e.vn/", "start_urls": ["http://e.vn/tin"],
        "article_patterns": ["/tin-tuc/"], "listing_patterns": [r"/danh-muc/"],
        "extra_hosts": ["www.e.vn"]}]}).sources[0]
    rules = UrlRules.of(src)
    assert rules.canon("http://other.vn/tin-tuc/a") is None
    assert rules.canon("http://WWW.e.vn/tin-tuc/a?utm_source=x") == "http://www.e.vn/tin-tuc/a"
    assert rules.classify_link("http://e.vn/tin-tuc/a") == ARTICLE
    assert rules.classify_link("http://e.vn/danh-muc/x?page=2") == LISTING
    assert rules.classify_link("http://e.vn/gioi-thieu") is None
    assert rules.classify_entry("http://e.vn/gioi-thieu") is None


# -- robots.txt -----------------------------------------------------------------------
ROBOTS = """
User-agent: *
Disallow: /private/
Allow: /private/public-note
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: newssearch
User-agent: otherbot
Disallow: /tmp/
Crawl-delay: 5

Sitemap: https://e.vn/sitemap.xml
"""


def test_robots_groups_longest_match_and_wildcards() -> None:
    star = parse_robots(ROBOTS, "somebot")
    assert not star.allowed("https://e.vn/private/x")
    assert star.allowed("https://e.vn/private/public-note")  # longer Allow wins
    assert not star.allowed("https://e.vn/docs/a.pdf")
    assert star.allowed("https://e.vn/docs/a.pdf?x=1")  # '$' anchors
    assert star.allowed("https://e.vn/robots.txt")
    assert star.crawl_delay == 2
    assert star.sitemaps == ("https://e.vn/sitemap.xml",)
    ours = parse_robots(ROBOTS, "newssearch")  # our own group replaces '*'
    assert ours.allowed("https://e.vn/private/x")
    assert not ours.allowed("https://e.vn/tmp/a")
    assert ours.crawl_delay == 5


def test_robots_tie_goes_to_allow_and_empty_disallow_allows() -> None:
    rob = parse_robots("User-agent: *\nDisallow: /a\nAllow: /a\nDisallow:\n", "x")
    assert rob.allowed("http://e.vn/a")
    assert parse_robots("User-agent: *\nDisallow:\n", "x").allowed("http://e.vn/any")


def test_malformed_robots_keeps_what_parses() -> None:
    garbage = "\x00\x01 ÿþ nonsense\nDisallow /x\nUser-agent *\nCrawl-delay: soon\n" \
              "User-agent: *\nDisallow: /y\nCrawl-delay: -3\n"
    rob = parse_robots(garbage, "newssearch")
    assert not rob.allowed("http://e.vn/y/1")
    assert rob.allowed("http://e.vn/x")
    assert rob.crawl_delay is None
    assert rob.invalid_lines == 3
    assert parse_robots(ROBOTS, "x").invalid_lines == 0
    assert Robots.unavailable().allowed("http://e.vn/") is False
    assert Robots.allow_all().allowed("http://e.vn/anything")


# -- address guard --------------------------------------------------------------------
@pytest.mark.parametrize(("address", "public"), [
    ("127.0.0.1", False), ("::1", False), ("10.1.2.3", False), ("192.168.1.1", False),
    ("172.16.0.1", False), ("169.254.169.254", False), ("fe80::1", False),
    ("224.0.0.1", False), ("0.0.0.0", False), ("::ffff:127.0.0.1", False),
    ("100.64.0.1", False), ("8.8.8.8", True), ("2001:4860:4860::8888", True),
])
def test_is_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_check_url_uses_the_resolver_and_refuses_private() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"news.test": ["203.0.114.10"], "mixed.test": ["8.8.8.8", "10.0.0.1"]}[host]

    check_url("http://news.test/a", allow_private=False,
              resolver=lambda h, p: ["8.8.8.8"])  # public: fine
    with pytest.raises(UnsafeURLError) as err:
        check_url("http://mixed.test/a", allow_private=False, resolver=resolver)
    assert err.value.kind == "private_address"
    with pytest.raises(UnsafeURLError) as err:
        check_url("http://localhost:1/a", allow_private=False)  # real resolver, loopback
    assert err.value.kind == "private_address"
    with pytest.raises(UnsafeURLError) as err:
        check_url("ftp://news.test/a", allow_private=True)
    assert err.value.kind == "scheme"

    def failing(host: str, port: int) -> list[str]:
        raise OSError("no such host")

    with pytest.raises(UnsafeURLError) as err:
        check_url("http://nowhere.test/", allow_private=False, resolver=failing)
    assert err.value.kind == "dns"
    check_url("http://127.0.0.1/", allow_private=True)  # opt-in for tests/intranets


# -- sitemaps, feeds, links -----------------------------------------------------------
URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> http://e.vn/a </loc><lastmod>2024-05-01T10:00:00+07:00</lastmod></url>
<url><loc>http://e.vn/b</loc><lastmod>garbage</lastmod></url>
<url><lastmod>2024-01-01</lastmod></url>
</urlset>"""


def test_sitemap_urlset_plain_and_gzip() -> None:
    for data in (URLSET, gzip.compress(URLSET)):
        sm = parse_sitemap(data)
        assert not sm.is_index
        assert [(e.url, e.lastmod) for e in sm.entries] == [
            ("http://e.vn/a", "2024-05-01T03:00:00Z"), ("http://e.vn/b", None)]


def test_sitemap_index() -> None:
    data = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
            b"<loc>http://e.vn/s1.xml.gz</loc></sitemap></sitemapindex>")
    sm = parse_sitemap(data)
    assert sm.is_index and sm.entries[0].url == "http://e.vn/s1.xml.gz"


@pytest.mark.parametrize("bad", [b"<urlset><url><loc>x</loc></url", b"\x00\xff garbage",
                                 b"<html><body>not xml</body></html>", b"",
                                 b"\x1f\x8b\x08\x00broken-gzip"])
def test_malformed_sitemaps_raise_discovery_errors(bad: bytes) -> None:
    with pytest.raises(DiscoveryError):
        parse_sitemap(bad)


def test_gzip_bomb_is_refused_and_entities_are_not_expanded() -> None:
    with pytest.raises(DiscoveryError, match="expands past"):
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * 200_000 + b"</urlset>"),
                      max_bytes=100_000)
    xxe = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<urlset><url><loc>http://e.vn/&x;</loc></url></urlset>')
    try:
        sm = parse_sitemap(xxe)
    except DiscoveryError:
        return
    assert all("root:" not in e.url for e in sm.entries)


def test_normalize_lastmod() -> None:
    assert normalize_lastmod("2024-01-02") == "2024-01-02T00:00:00Z"
    assert normalize_lastmod("2024-01-02T07:00:00+07:00") == "2024-01-02T00:00:00Z"
    assert normalize_lastmod("hôm qua") is None


def test_feeds_rss_and_atom() -> None:
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
           b"<item><title>a</title><link>http://e.vn/a?utm_source=rss</link></item>"
           b"<item><title>b</title><link>/b</link></item></channel></rss>")
    assert parse_feed(rss, "http://e.vn/rss") == ["http://e.vn/a?utm_source=rss",
                                                   "http://e.vn/b"]
    atom = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<title>t</title><entry><title>x</title>"
            b'<link rel="alternate" href="http://e.vn/x"/></entry></feed>')
    assert parse_feed(atom, "http://e.vn/atom") == ["http://e.vn/x"]
    with pytest.raises(DiscoveryError):
        parse_feed(b"\x00\x01\x02 not a feed <<<", "http://e.vn/rss")


def test_page_links_honour_base_and_rel_next() -> None:
    html = ('<html><head><base href="http://e.vn/dir/"><link rel="next" href="?page=2">'
            '<link rel="stylesheet" href="/s.css"></head><body><a href="a">A</a>'
            '<a href="mailto:x@e.vn">m</a><a href="http://o.vn/b">B</a></body></html>')
    assert page_links(html, "http://e.vn/list") == [
        "http://e.vn/dir/?page=2", "http://e.vn/dir/a", "http://o.vn/b"]
    assert page_links("", "http://e.vn/") == []
    assert fingerprint(["b", "a", "a"]) == fingerprint(["a", "b"])


# -- decoding -------------------------------------------------------------------------
def _cp1258(text: str) -> bytes:
    from crawl_site import _to_cp1258

    return _to_cp1258(text)


def test_decode_utf8_windows_1258_and_disagreeing_declarations() -> None:
    page = f'<html><head><meta charset="windows-1258"></head><body><p>{VI}</p></body></html>'
    legacy = _cp1258(page)
    assert legacy != page.encode()  # really encoded differently (combining tones)
    assert VI in decode_page(legacy, "windows-1258")
    assert VI in decode_page(legacy, "utf-8")  # header wrong, <meta> right
    assert VI in decode_page(legacy, None)  # only <meta>
    utf8 = page.encode("utf-8")
    assert VI in decode_page(utf8, "iso-8859-1")  # both declarations wrong: UTF-8 wins
    assert VI in decode_page(b"\xef\xbb\xbf" + utf8, "windows-1258")  # BOM first
    assert VI in decode_page(_cp1258(f"<p>{VI}</p>"), None)  # nothing declared
    assert decode_page(b"\xff\xfe\x00garbage\x81\x8d", None)  # never raises


def test_mojibake_is_detected() -> None:
    moji = VI.encode("utf-8").decode("cp1252", errors="replace")
    assert looks_mojibake(moji * 3)
    assert not looks_mojibake(VI * 3)
    assert not looks_mojibake("Ã là một chữ cái.")


def test_extraction_hints() -> None:
    html = ('<html><head><title>x</title></head><body><div class="side">Tin khác</div>'
            '<div class="main"><h2 class="t">Tiêu đề đúng</h2><p>Nội dung</p>'
            '<div class="share">Chia sẻ</div></div></body></html>')
    out, title = apply_hints(html, ExtractionHints(content="div.main", title="h2.t",
                                                   remove=(".share",)))
    assert title == "Tiêu đề đúng"
    assert "Nội dung" in out and "Tin khác" not in out and "Chia sẻ" not in out
    assert apply_hints(html, ExtractionHints()) == (html, None)


def test_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# -- sources file ---------------------------------------------------------------------
def test_example_sources_file_loads() -> None:
    example = Path(__file__).resolve().parents[1] / "indexer" / "sources.example.toml"
    parsed = load_sources(example)
    assert parsed.sources and all(s.max_pages > 0 for s in parsed.sources)
    assert "+" in parsed.crawler.user_agent_header  # contact URL in the User-Agent
    assert any(s.hints.content for s in parsed.sources)
    assert all(not s.allow_private_addresses for s in parsed.sources)


@pytest.mark.parametrize(("raw", "message"), [
    ({"sources": [{"name": "a"}]}, "missing 'base_url'"),
    ({"sources": [{"name": "a", "base_url": "ftp://x/", "start_urls": []}]}, "http"),
    ({"sources": [{"name": "a b", "base_url": "http://x/", "start_urls": ["http://x/"]}]},
     "names"),
    ({"sources": [{"name": "a", "base_url": "http://x/", "bogus": 1}]}, "unknown key"),
    ({"sources": [{"name": "a", "base_url": "http://x/", "article_patterns": ["("]}]},
     "bad regex"),
    ({"sources": [{"name": "a", "base_url": "http://x/", "crawl_delay": "2"}]}, "float"),
    ({"sources": [{"name": "a", "base_url": "http://x/", "trailing_slash": "x"}]},
     "trailing_slash"),
    ({"sources": [{"name": "a", "base_url": "http://x/"}, {"name": "a",
                                                           "base_url": "http://y/"}]}, "twice"),
    ({"crawler": {"contact_url": "nobody"}}, "contact_url"),
    ({"crawler": {"max_body_bytes": 0}}, "positive"),
    ({"extra": {}}, "unknown table"),
])
def test_bad_sources_files_are_config_errors(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_sources(raw)


def test_missing_sources_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_sources(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[sources]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_sources(bad)
    with pytest.raises(ConfigError, match="no source named"):
        parse_sources({"sources": []}).select("x")


# -- store migration ------------------------------------------------------------------
def test_a_version_1_store_gains_the_crawler_tables(tmp_path: Path) -> None:
    import sqlite3

    from newssearch.records import ArticleDraft
    from newssearch.store import _MIGRATIONS, SCHEMA_VERSION, Store, _split_sql

    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for statement in _split_sql(_MIGRATIONS[1]):
        con.execute(statement)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with Store(db) as store:  # migrates 1 → 2
        store.upsert_article(ArticleDraft(text="x" * 50, url="http://e.vn/a"))
        run = store.start_crawl_run("s")
        assert store.enqueue("s", "http://e.vn/a", "article", run)
        assert not store.enqueue("s", "http://e.vn/a", "article", run)  # known
        assert store.pending_urls("s") == ["http://e.vn/a"]
        assert store.open_crawl_run("s") == run
        article_id = store.find_article_id("http://e.vn/a")
        assert article_id is not None
        assert store.mark_removed(article_id, "http://e.vn/a", 404)
        assert not store.mark_removed(article_id, "http://e.vn/a", 404)
        assert store.removed_article_ids() == {article_id}
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
