"""Discovery: URLs from sitemaps (index, gzip, lastmod), RSS/Atom feeds and
listing pages. Parsers never raise on bad input; they raise :class:`DiscoveryError`
with a reason the crawler logs and counts, and the crawl goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
import lxml.etree
import lxml.html

from .urls import absolute


class DiscoveryError(ValueError):
    """A sitemap, feed or listing page that cannot be read; the message says why."""


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    url: str
    lastmod: str | None  # UTC, "YYYY-MM-DDTHH:MM:SSZ" (comparable with fetch times)


@dataclass(frozen=True, slots=True)
class Sitemap:
    #: True for a sitemap index (its entries are sitemaps).
    is_index: bool
    entries: tuple[SitemapEntry, ...]


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing more than ``limit`` bytes (gzip bombs)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DiscoveryError(f"bad gzip data: {exc}") from exc
    if len(out) > limit:
        raise DiscoveryError(f"gzip data expands past {limit} bytes")
    return out


def normalize_lastmod(value: str | None) -> str | None:
    """W3C datetime → UTC ``YYYY-MM-DDTHH:MM:SSZ``; None when unreadable."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_XML_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                   recover=False, remove_comments=True)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_sitemap(data: bytes, *, max_bytes: int = 50_000_000) -> Sitemap:
    """A ``<urlset>`` or ``<sitemapindex>``, gzipped or not (detected by magic bytes)."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip_capped(data, max_bytes)
    try:
        root = lxml.etree.fromstring(data.lstrip(), parser=_XML_PARSER)
    except lxml.etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"malformed sitemap XML: {exc}") from exc
    kind = _local(root.tag)
    if kind not in {"urlset", "sitemapindex"}:
        raise DiscoveryError(f"not a sitemap (root element <{kind or '?'}>)")
    child = "sitemap" if kind == "sitemapindex" else "url"
    entries: list[SitemapEntry] = []
    for node in root:
        if _local(node.tag) != child:
            continue
        loc = lastmod = None
        for part in node:
            name = _local(part.tag)
            if name == "loc" and part.text:
                loc = part.text.strip()
            elif name == "lastmod" and part.text:
                lastmod = normalize_lastmod(part.text)
        if loc:
            entries.append(SitemapEntry(loc, lastmod))
    return Sitemap(is_index=kind == "sitemapindex", entries=tuple(entries))


def parse_feed(data: bytes, base_url: str) -> list[str]:
    """Entry links of an RSS or Atom feed (feedparser never fetches anything given bytes)."""
    parsed = feedparser.parse(data, response_headers={"content-location": base_url})
    entries = parsed.get("entries", [])
    if not entries and parsed.get("bozo"):
        raise DiscoveryError(f"malformed feed: {parsed.get('bozo_exception')}")
    links: list[str] = []
    for entry in entries:
        href = entry.get("link")
        if not href:
            href = next((lk.get("href") for lk in entry.get("links", [])
                         if lk.get("rel", "alternate") == "alternate"), None)
        if isinstance(href, str) and (url := absolute(base_url, href)):
            links.append(url)
    return links


def page_links(html: str, base_url: str) -> list[str]:
    """Absolute http(s) links of a page, in order, honouring ``<base href>``."""
    if not html.strip():
        return []
    try:
        doc = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise DiscoveryError(f"unparsable HTML: {exc}") from exc
    base = base_url
    for node in doc.iter("base"):
        href = node.get("href")
        if href and (resolved := absolute(base_url, href)):
            base = resolved
        break
    links: list[str] = []
    for node in doc.iter("a", "link"):
        if node.tag == "link" and (node.get("rel") or "").lower() not in {"next", "prev"}:
            continue  # <link rel=next> is how some portals announce pagination
        href = node.get("href")
        if href and (url := absolute(base, href)):
            links.append(url)
    return links


def fingerprint(urls: list[str]) -> str:
    """Identity of a listing page's content: the set of article links it shows."""
    return hashlib.sha256("\n".join(sorted(set(urls))).encode()).hexdigest()[:32]
