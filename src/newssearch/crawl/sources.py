"""The sources file: which sites to crawl and how (TOML).

It is a separate file from ``newssearch.toml`` because it is data that changes
often (sites come and go) and is shared between deployments whose engine
settings differ. Resolution: ``--sources FILE``, else ``$NEWSSEARCH_SOURCES``,
else ``sources.toml`` in the working directory. See ``indexer/sources.example.toml``
and ``docs/crawling.md``.

    [crawler]                       # optional; every key has a default
    user_agent = "newssearch/0.1"
    contact_url = "https://example.org/newssearch-bot"

    [[sources]]
    name = "hongngu"
    base_url = "https://hongngu.dongthap.gov.vn/"
    sitemaps = ["https://hongngu.dongthap.gov.vn/sitemap.xml"]
    article_patterns = ["/-/asset_publisher/[^/]+/content/"]
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import ConfigError

DEFAULT_SOURCES_NAME = "sources.toml"
ENV_SOURCES = "NEWSSEARCH_SOURCES"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
TRAILING_SLASH_RULES = ("keep", "strip", "add")


@dataclass(frozen=True, slots=True)
class CrawlerSettings:
    """Settings shared by every source (the ``[crawler]`` table)."""

    user_agent: str = "newssearch/0.1"
    #: Where a site operator learns who we are and how to reach us; sent in the User-Agent.
    contact_url: str = "https://github.com/newssearch/newssearch#crawling"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    #: Bodies are streamed and abandoned past this size (a 50 MB "page" costs 10 MB).
    max_body_bytes: int = 10_000_000
    #: Retries after a connect error, 429 or 5xx (so up to 1 + max_retries requests).
    max_retries: int = 3
    #: Backoff before retry n is backoff_base * 2**n seconds, unless Retry-After says more.
    backoff_base: float = 1.0
    #: A Retry-After longer than this gives up on the URL for this run instead of waiting.
    max_retry_after: float = 300.0
    #: Bytes transferred per source per run; the run stops when it is reached.
    max_total_bytes: int = 2_000_000_000
    #: Honour HTTP(S)_PROXY from the environment. Off by default: a proxy resolves names
    #: itself, so the private-address guard could no longer vouch for the target.
    use_env_proxy: bool = False

    @property
    def user_agent_header(self) -> str:
        return f"{self.user_agent} (+{self.contact_url})"

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt groups are matched against."""
        return self.user_agent.split("/", 1)[0].strip().lower()


@dataclass(frozen=True, slots=True)
class ExtractionHints:
    """Optional CSS selectors that help the extractor on a difficult site."""

    #: The article body container; the extractor then only sees it (plus <head>).
    content: str = ""
    #: An element whose text is the title (overrides what the extractor found).
    title: str = ""
    #: Elements removed before extraction (related-news boxes, share bars).
    remove: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    base_url: str
    #: Listing/home pages to start from (crawled as listing pages).
    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    #: Regexes (searched in the full URL); empty = any same-site URL from a sitemap or
    #: feed is an article, and no link on a listing page is.
    article_patterns: tuple[str, ...] = ()
    #: Regexes for listing pages, pagination included (``[?&]page=\\d+``).
    listing_patterns: tuple[str, ...] = ()
    #: Hosts besides base_url's whose URLs belong to the site (e.g. the www. variant).
    extra_hosts: tuple[str, ...] = ()
    #: Requests per run (robots.txt excluded).
    max_pages: int = 1000
    #: Seconds between two requests to the site; robots.txt's Crawl-delay wins if larger.
    crawl_delay: float = 1.0
    #: How many listing pages deep pagination is followed from a start URL.
    max_listing_depth: int = 50
    #: ``keep`` | ``strip`` | ``add``: the site's rule for trailing slashes in paths.
    trailing_slash: str = "keep"
    #: Query parameters dropped from URLs besides the usual trackers (utm_*, fbclid...).
    strip_params: tuple[str, ...] = ()
    #: Also read the ``Sitemap:`` lines of robots.txt.
    use_robots_sitemaps: bool = True
    #: Only for tests and intranets: allow loopback/private/link-local addresses.
    allow_private_addresses: bool = False
    hints: ExtractionHints = field(default_factory=ExtractionHints)

    @property
    def host(self) -> str:
        return (urlsplit(self.base_url).hostname or "").lower()

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset({self.host, *(h.lower() for h in self.extra_hosts)})

    def compiled(self, which: str) -> list[re.Pattern[str]]:
        patterns: tuple[str, ...] = getattr(self, which)
        return [re.compile(p) for p in patterns]


@dataclass(frozen=True, slots=True)
class SourcesFile:
    crawler: CrawlerSettings
    sources: tuple[Source, ...]
    path: Path | None = None

    def select(self, name: str | None) -> tuple[Source, ...]:
        if name is None:
            return self.sources
        chosen = tuple(s for s in self.sources if s.name == name)
        if not chosen:
            known = ", ".join(s.name for s in self.sources) or "(none)"
            raise ConfigError(f"no source named {name!r} in {self.path}; known: {known}")
        return chosen


def _typed(value: Any, default: Any, where: str) -> Any:
    """Check a TOML value against the type of the field's default."""
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, str):
        ok = isinstance(value, str)
    elif isinstance(default, tuple):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    else:  # pragma: no cover - every field has one of the types above
        ok = True
    if not ok:
        raise ConfigError(f"{where}: {value!r} is not a {type(default).__name__}")
    return value


def _build(cls: type[Any], table: dict[str, Any], where: str, required: tuple[str, ...] = ()
           ) -> Any:
    known = {f.name: f for f in fields(cls)}
    for key in required:
        if key not in table:
            raise ConfigError(f"{where}: missing {key!r}")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key == "hints" and "hints" in known:
            continue  # built separately
        if key not in known:
            raise ConfigError(f"{where}: unknown key {key!r}; known: {', '.join(sorted(known))}")
        default = known[key].default
        if default is MISSING:  # required fields are strings
            default = ""
        values[key] = _typed(value, default, f"{where}.{key}")
    return cls(**values)


def _check_url(url: str, where: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigError(f"{where}: {url!r} is not an http(s) URL")


def parse_sources(raw: dict[str, Any], where: str = "sources") -> SourcesFile:
    unknown = set(raw) - {"crawler", "sources"}
    if unknown:
        raise ConfigError(f"{where}: unknown table(s) {sorted(unknown)}; known: crawler, sources")
    crawler_table = raw.get("crawler", {})
    if not isinstance(crawler_table, dict):
        raise ConfigError(f"{where}: [crawler] must be a table")
    crawler: CrawlerSettings = _build(CrawlerSettings, crawler_table, f"{where}:[crawler]")
    if crawler.max_redirects < 0 or crawler.max_retries < 0 or crawler.max_body_bytes < 1:
        raise ConfigError(f"{where}:[crawler]: limits must be positive")
    if not crawler.contact_url.startswith(("http://", "https://", "mailto:")):
        raise ConfigError(f"{where}:[crawler].contact_url must be a URL a site operator can use")
    items = raw.get("sources", [])
    if not isinstance(items, list):
        raise ConfigError(f"{where}: use [[sources]] tables")
    sources: list[Source] = []
    for i, item in enumerate(items):
        at = f"{where}:sources[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{at} must be a table")
        src: Source = _build(Source, item, at, required=("name", "base_url"))
        hints_table = item.get("hints", {})
        if not isinstance(hints_table, dict):
            raise ConfigError(f"{at}.hints must be a table")
        hints: ExtractionHints = _build(ExtractionHints, hints_table, f"{at}.hints")
        src = Source(**{f.name: getattr(src, f.name) for f in fields(Source) if f.name != "hints"},
                     hints=hints)
        at = f"{where}: source {src.name!r}"
        if not _NAME.match(src.name):
            raise ConfigError(f"{at}: names are letters, digits, '.', '_' and '-'")
        if any(s.name == src.name for s in sources):
            raise ConfigError(f"{at}: defined twice")
        for url in (src.base_url, *src.start_urls, *src.sitemaps, *src.feeds):
            _check_url(url, at)
        for which in ("article_patterns", "listing_patterns"):
            for pattern in getattr(src, which):
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ConfigError(f"{at}: bad regex {pattern!r} in {which}: {exc}") from exc
        if src.trailing_slash not in TRAILING_SLASH_RULES:
            raise ConfigError(f"{at}: trailing_slash must be one of {TRAILING_SLASH_RULES}")
        if src.max_pages < 0 or src.crawl_delay < 0 or src.max_listing_depth < 0:
            raise ConfigError(f"{at}: max_pages, crawl_delay and max_listing_depth must be >= 0")
        if not (src.start_urls or src.sitemaps or src.feeds or src.use_robots_sitemaps):
            raise ConfigError(f"{at}: give start_urls, sitemaps or feeds")
        sources.append(src)
    return SourcesFile(crawler=crawler, sources=tuple(sources))


def load_sources(path: str | os.PathLike[str] | None = None,
                 env: dict[str, str] | None = None) -> SourcesFile:
    env = dict(os.environ if env is None else env)
    file = Path(path) if path is not None else Path(env[ENV_SOURCES]) if env.get(ENV_SOURCES) \
        else Path(DEFAULT_SOURCES_NAME)
    if not file.is_file():
        raise ConfigError(f"sources file {file} does not exist: copy "
                          "indexer/sources.example.toml and pass it with --sources")
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
    parsed = parse_sources(raw, str(file))
    return SourcesFile(crawler=parsed.crawler, sources=parsed.sources, path=file.resolve())
