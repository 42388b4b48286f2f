"""URL classification: which discovered URLs enter the frontier, and as what.

The frontier itself lives in SQLite (``Store.enqueue`` / ``next_pending`` /
``mark_visited``), so it survives ``kill -9``; this module decides what goes in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sources import Source
from .urls import BadURLError, canonicalize, host_of

ARTICLE, LISTING, SITEMAP, FEED = "article", "listing", "sitemap", "feed"


@dataclass(slots=True)
class UrlRules:
    """A source's canonicalization and classification rules, compiled once."""

    source: Source
    articles: list[re.Pattern[str]] = field(default_factory=list)
    listings: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def of(cls, source: Source) -> UrlRules:
        return cls(source, source.compiled("article_patterns"),
                   source.compiled("listing_patterns"))

    def canon(self, url: str) -> str | None:
        """The canonical URL if it is a fetchable URL of this site, else None."""
        try:
            out = canonicalize(url, trailing_slash=self.source.trailing_slash,
                               strip_params=self.source.strip_params)
        except BadURLError:
            return None
        return out if host_of(out) in self.source.hosts else None

    def is_article(self, url: str, *, default: bool) -> bool:
        if not self.articles:
            return default
        return any(p.search(url) for p in self.articles)

    def is_listing(self, url: str) -> bool:
        return any(p.search(url) for p in self.listings)

    def classify_link(self, url: str) -> str | None:
        """A link on a listing page: article, listing (pagination) or None (ignored)."""
        if self.is_article(url, default=False):
            return ARTICLE
        if self.is_listing(url):
            return LISTING
        return None

    def classify_entry(self, url: str) -> str | None:
        """A URL from a sitemap or feed: an article unless the patterns say otherwise."""
        if self.is_article(url, default=True):
            return ARTICLE
        if self.is_listing(url):
            return LISTING
        return None
