"""Values from the page's ``<head>``: ``<meta>`` tags, JSON-LD, the canonical URL."""

from __future__ import annotations

import json
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
