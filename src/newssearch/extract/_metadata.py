"""Values from the page's ``<head>``: ``<meta>`` tags, JSON-LD, the canonical URL."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from ._dom import _attr_str


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    """Content of the first <meta> whose property, name or itemprop is one of ``keys``."""
    wanted = {k.lower() for k in keys}
    for tag in soup.find_all("meta"):
        if not isinstance(tag, Tag):
            continue
        for attr in ("property", "name", "itemprop"):
            if _attr_str(tag, attr).lower() in wanted:
                content = _attr_str(tag, "content").strip()
                if content:
                    return content
    return None


def _json_ld_values(soup: BeautifulSoup, key: str) -> list[str]:
    """String values of ``key`` anywhere in the page's JSON-LD blocks.

    A value that is an object or a list of objects (``"author": {"name": ...}``)
    gives their ``name``.
    """
    found: list[str] = []

    def walk(obj: object) -> None:
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k != key:
                    walk(v)
                    continue
                for item in v if isinstance(v, list) else [v]:
                    if isinstance(item, dict):
                        item = item.get("name")
                    if isinstance(item, str) and item.strip():
                        found.append(item.strip())
        elif isinstance(obj, list):
            for item in obj:
                walk(item)

    for tag in soup.find_all("script"):
        if isinstance(tag, Tag) and "ld+json" in _attr_str(tag, "type").lower():
            try:
                walk(json.loads(tag.get_text()))
            except (ValueError, RecursionError):
                continue
    return found


def _canonical(soup: BeautifulSoup, url: str | None) -> str | None:
    href: str | None = None
    for link in soup.find_all("link"):
        if isinstance(link, Tag) and "canonical" in _attr_str(link, "rel").lower().split():
            href = _attr_str(link, "href").strip() or None
            break
    if href is None:
        href = _meta(soup, "og:url")
    if href is None:
        return None
    full = urljoin(url, href) if url else href
    return full if urlsplit(full).scheme in {"http", "https"} else None


def _microdata(soup: BeautifulSoup, *keys: str) -> dict[str, str]:
    """Values of schema.org microdata ``itemprop`` ``keys`` in the page's one article
    item (``itemscope itemtype=…/Article``, ``NewsArticle``, ``BlogPosting``): a
    ``<time>``'s ``datetime``, a ``content`` attribute, a nested ``itemprop="name"`` or
    the text. Read before cleanup, like ``<meta>``: a byline block marked "footer" goes
    with the chrome. Several article items (a listing's cards) give nothing."""
    items = [t for t in soup.find_all(itemscope=True)
             if isinstance(t, Tag) and _ARTICLE_ITEM.search(_attr_str(t, "itemtype"))]
    found: dict[str, str] = {}
    if len(items) != 1:
        return found
    for tag in items[0].find_all(itemprop=True):
        if not isinstance(tag, Tag):
            continue
        for key in set(keys) & set(_attr_str(tag, "itemprop").split()) - found.keys():
            value = _attr_str(tag, "datetime").strip() or _attr_str(tag, "content").strip()
            if not value:
                name = tag.find(itemprop="name")
                value = " ".join((name if isinstance(name, Tag) else tag).get_text(" ").split())
            if value:
                found[key] = value
    return found


_ARTICLE_ITEM = re.compile(r"schema\.org/(?:News|Blog|Report)?(?:Article|Posting)\b", re.I)
