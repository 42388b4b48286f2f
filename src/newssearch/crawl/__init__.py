"""The crawler (issue #3): polite, incremental and resumable.

``sources`` reads the sources file, ``urls`` canonicalizes, ``safety`` refuses
private addresses, ``robots`` parses robots.txt, ``fetcher`` does HTTP politely,
``discover`` reads sitemaps, feeds and listing pages, ``pages`` turns fetched
HTML into article drafts, and ``crawler`` ties them together over the SQLite
frontier kept by :class:`newssearch.store.Store`.
"""

from __future__ import annotations

from .crawler import Crawler, CrawlSummary, reextract
from .sources import CrawlerSettings, Source, SourcesFile, load_sources

__all__ = ["CrawlSummary", "Crawler", "CrawlerSettings", "Source", "SourcesFile",
           "load_sources", "reextract"]
