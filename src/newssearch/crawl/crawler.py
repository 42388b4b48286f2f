"""Crawl orchestration over the SQLite frontier.

For each source: resume its unfinished run (a crawl that was killed) or start a
new one, read robots.txt, seed sitemaps, feeds and start pages, then take
pending URLs one at a time (discovery documents first, then never-fetched
articles, then the longest unvisited). Everything a fetched page produces —
the fetch-log row, the raw page, the article, newly discovered URLs and the
frontier state — is committed in one transaction, so ``kill -9`` at any moment
loses at most the page in flight, which the next run fetches again.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .._progress import progress_bar
from ..errors import NewsSearchError
from ..ingest import MIN_TEXT_CHARS
from ..store import FetchLogEntry, FrontierEntry, IdentityConflictError, RawPage, Store, utcnow
from .discover import DiscoveryError, fingerprint, page_links, parse_feed, parse_sitemap
from .fetcher import ANY_TYPE, HTML_TYPES, Fetcher, FetchResult
from .frontier import ARTICLE, FEED, LISTING, SITEMAP, UrlRules
from .pages import build_draft, decode_page, looks_mojibake
from .robots import Robots, parse_robots
from .sources import CrawlerSettings, ExtractionHints, Source
from .urls import absolute, host_of

log = logging.getLogger(__name__)

#: Fetch errors after which a source is not crawled at all this run.
_FATAL_ROBOTS_ERRORS = frozenset({"private_address", "dns", "scheme", "bad_url"})
#: Errors about what a URL is (not how the server did): later runs do not ask again.
_REFUSED = frozenset({"too_large", "content_type"})


@dataclass
class SourceSummary:
    source: str
    run_id: int = 0
    resumed: bool = False
    #: Pages answered 200 (any kind), and 304 Not Modified.
    fetched: int = 0
    not_modified: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    not_article: int = 0
    skipped_robots: int = 0
    skipped_lastmod: int = 0
    requests: int = 0
    bytes: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    #: Why the run stopped early: max_pages, max_bytes, refused, unreachable.
    stopped: str | None = None
    would_fetch: list[str] = field(default_factory=list)

    def error(self, kind: str, url: str, reason: str) -> None:
        self.errors[kind] += 1
        log.warning("crawl %s: %s: %s (%s)", self.source, url, reason, kind)

    def as_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in (
            "source", "run_id", "resumed", "fetched", "not_modified", "new", "updated",
            "unchanged", "removed", "not_article", "skipped_robots", "skipped_lastmod",
            "requests", "bytes", "stopped")}
        out["errors"] = dict(sorted(self.errors.items()))
        if self.would_fetch:
            out["would_fetch"] = self.would_fetch
        return out


_TOTALS = ("fetched", "not_modified", "new", "updated", "unchanged", "removed", "not_article",
           "skipped_robots", "skipped_lastmod", "requests", "bytes")


@dataclass
class CrawlSummary:
    sources: list[SourceSummary] = field(default_factory=list)
    seconds: float = 0.0
    dry_run: bool = False

    def total(self, name: str) -> int:
        return sum(int(getattr(s, name)) for s in self.sources)

    @property
    def errors(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for s in self.sources:
            out.update(s.errors)
        return out

    def as_dict(self) -> dict[str, Any]:
        totals: dict[str, Any] = {name: self.total(name) for name in _TOTALS}
        totals["errors"] = dict(sorted(self.errors.items()))
        totals["errors_total"] = sum(self.errors.values())
        totals["seconds"] = round(self.seconds, 3)
        totals["pages_per_second"] = round(self.total("requests") / self.seconds, 2) \
            if self.seconds else 0.0
        return {**totals, "dry_run": self.dry_run,
                "sources": [s.as_dict() for s in self.sources]}


@contextlib.contextmanager
def crawl_lock(path: Path) -> Iterator[None]:
    """One crawl per data home: two would fetch the same frontier twice.

    An flock, so a killed crawl never leaves a stale lock behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise NewsSearchError(f"another crawl is running on this data home ({path}); "
                                  "wait for it to finish") from exc
        yield
    finally:
        os.close(fd)


def store_article(store: Store, *, body: bytes, url: str, charset: str | None,
                  source: str, hints: ExtractionHints, rules: UrlRules | None,
                  summary: SourceSummary) -> tuple[str, int | None]:
    """Extract a fetched page and upsert it: (outcome, article id).

    ``url`` is the canonical URL the page was fetched from (after redirects). A
    ``<link rel=canonical>`` on the same site names the article; otherwise the URL does.
    """
    draft, _ = build_draft(body, url=url, charset=charset, source=source, hints=hints)
    if looks_mojibake(draft.text) or looks_mojibake(draft.title or ""):
        summary.error("encoding", url, "text still looks like mojibake after decoding")
        return "encoding", None
    if len(draft.text) < MIN_TEXT_CHARS:
        summary.not_article += 1
        log.info("crawl %s: %s: not an article (%d characters of text)", source, url,
                 len(draft.text))
        return "not_article", None
    canonical = url
    if draft.canonical_url and rules is not None:
        declared = absolute(url, draft.canonical_url)
        canonical = (rules.canon(declared) if declared else None) or url
    # The article's URL is its canonical one, so the same page reached as /a?print=1
    # and /a is one row with stable metadata, not an "update" on every visit.
    draft = replace(draft, url=canonical, canonical_url=canonical)
    try:
        status, article_id = store.upsert_article(draft)
    except IdentityConflictError as exc:
        summary.error("identity_conflict", url, str(exc))
        return "identity_conflict", None
    setattr(summary, status, getattr(summary, status) + 1)
    store.unmark_removed(article_id)
    return status, article_id


class Crawler:
    """Crawl sources into a store. ``dry_run``: discover only, fetch no article."""

    def __init__(self, store: Store, settings: CrawlerSettings, *,
                 fetcher: Fetcher | None = None, progress: bool = False,
                 dry_run: bool = False, max_pages: int | None = None) -> None:
        self.store = store
        self.settings = settings
        self.fetcher = fetcher or Fetcher(settings)
        self._own_fetcher = fetcher is None
        self.progress = progress
        self.dry_run = dry_run
        self.max_pages = max_pages

    def close(self) -> None:
        if self._own_fetcher:
            self.fetcher.close()

    def crawl(self, sources: Sequence[Source]) -> CrawlSummary:
        started = time.monotonic()
        summary = CrawlSummary(dry_run=self.dry_run)
        for source in sources:
            result = SourceSummary(source.name)
            summary.sources.append(result)
            try:
                self._crawl_source(source, result)
            except NewsSearchError:
                raise
            except Exception as exc:  # one broken source never stops the others
                log.exception("crawl %s: unexpected error", source.name)
                result.error("internal", source.base_url, f"{type(exc).__name__}: {exc}")
        summary.seconds = time.monotonic() - started
        return summary

    # -- one source ----------------------------------------------------------------
    def _crawl_source(self, source: Source, summary: SourceSummary) -> None:
        rules = UrlRules.of(source)
        run_id = self.store.open_crawl_run(source.name)
        summary.resumed = run_id is not None
        if run_id is None:
            run_id = self.store.start_crawl_run(source.name)
        summary.run_id = run_id
        log.info("crawl %s: %s run %d", source.name,
                 "resuming" if summary.resumed else "starting", run_id)

        robots: dict[str, Robots] = {}
        base_robots = self._robots(source, source.base_url, run_id, summary, robots)
        if base_robots is None:
            self.store.finish_crawl_run(run_id, summary.stopped or "failed")
            return
        self._seed(source, rules, run_id, base_robots)

        limit = source.max_pages if self.max_pages is None else self.max_pages
        with progress_bar(0, f"crawl {source.name}", self.progress) as bar:
            while True:
                done, sent = self.store.run_totals(run_id)
                if done >= limit:
                    summary.stopped = "max_pages"
                    break
                if sent >= self.settings.max_total_bytes:
                    summary.stopped = "max_bytes"
                    break
                entry = self.store.next_pending(source.name)
                if entry is None:
                    break
                rob = self._robots(source, entry.url, run_id, summary, robots)
                if rob is None or not rob.allowed(entry.url):
                    summary.skipped_robots += 1
                    log.info("crawl %s: %s disallowed by robots.txt", source.name, entry.url)
                    self.store.mark_visited(entry.id, "skipped", "robots")
                    continue
                if self.dry_run and entry.kind == ARTICLE:
                    summary.would_fetch.append(entry.url)
                    self.store.mark_visited(entry.id, "skipped", "dry_run")
                    continue
                self._visit(source, rules, run_id, entry, summary)
                bar.update(1)
                bar.set_postfix(new=summary.new, updated=summary.updated,
                                errors=sum(summary.errors.values()), refresh=False)
        summary.skipped_lastmod = self.store.count_frontier(source.name, "skipped", "lastmod")
        _, summary.bytes = self.store.run_totals(run_id)
        self.store.finish_crawl_run(run_id, summary.stopped or "done")
        log.info("crawl %s done run=%d fetched=%d not_modified=%d new=%d updated=%d "
                 "unchanged=%d removed=%d not_article=%d skipped_robots=%d requests=%d "
                 "bytes=%d errors=%d", source.name, run_id, summary.fetched,
                 summary.not_modified, summary.new, summary.updated, summary.unchanged,
                 summary.removed, summary.not_article, summary.skipped_robots,
                 summary.requests, summary.bytes, sum(summary.errors.values()))

    def _robots(self, source: Source, url: str, run_id: int, summary: SourceSummary,
                cache: dict[str, Robots]) -> Robots | None:
        """The robots rules of ``url``'s host (fetched once per run and host).

        None means the site cannot be crawled now (refused address, unreachable).
        """
        parts = url.split("/", 3)
        origin = "/".join(parts[:3])
        if origin in cache:
            return cache[origin]
        robots_url = origin + "/robots.txt"
        result = self.fetcher.fetch(robots_url, accept=ANY_TYPE,
                                    allow_private=source.allow_private_addresses)
        self._log(run_id, source, robots_url, "robots", result, summary)
        if result.ok:
            rob = parse_robots(decode_page(result.body, result.charset),
                               self.settings.robots_agent)
            if rob.invalid_lines:
                summary.error("robots_malformed", robots_url,
                              f"{rob.invalid_lines} unreadable lines ignored; the rest applies")
        elif result.status and 400 <= result.status < 500:
            rob = Robots.allow_all()  # no robots.txt: everything is allowed
        elif result.error_kind in _FATAL_ROBOTS_ERRORS or result.status == 0:
            summary.error(result.error_kind or "network", robots_url,
                          f"{result.error}; not crawling {origin} this run")
            summary.stopped = "refused" if result.error_kind in _FATAL_ROBOTS_ERRORS \
                else "unreachable"
            cache[origin] = Robots.unavailable()
            return None if origin == "/".join(source.base_url.split("/", 3)[:3]) \
                else cache[origin]
        else:
            # 5xx: the RFC says assume everything is disallowed for now.
            summary.error("robots_unavailable", robots_url,
                          f"{result.error}; treating the site as disallowed this run")
            rob = Robots.unavailable()
        self.fetcher.set_delay(host_of(url), max(source.crawl_delay, rob.crawl_delay or 0.0))
        cache[origin] = rob
        return rob

    def _seed(self, source: Source, rules: UrlRules, run_id: int, robots: Robots) -> None:
        seeds = [(u, SITEMAP) for u in source.sitemaps] + [(u, FEED) for u in source.feeds]
        seeds += [(u, LISTING) for u in source.start_urls]
        if source.use_robots_sitemaps:
            seeds += [(u, SITEMAP) for u in robots.sitemaps]
        with self.store.transaction():
            for url, kind in seeds:
                canon = rules.canon(url)
                if canon is not None:
                    self.store.enqueue(source.name, canon, kind, run_id)

    def _log(self, run_id: int, source: Source, url: str, kind: str, result: FetchResult,
             summary: SourceSummary) -> None:
        outcome = "ok" if result.ok else "not_modified" if result.not_modified \
            else (result.error_kind or "error")
        summary.requests += result.requests if kind != "robots" else 0
        self.store.log_fetch(FetchLogEntry(
            run_id=run_id, source=source.name, url=url, kind=kind, outcome=outcome,
            http_status=result.status or None, final_url=result.final_url,
            bytes=result.bytes_received, elapsed_ms=int(result.elapsed * 1000),
            error=result.error))

    def _visit(self, source: Source, rules: UrlRules, run_id: int, entry: FrontierEntry,
               summary: SourceSummary) -> None:
        raw = self.store.raw_page(entry.url)
        accept = HTML_TYPES if entry.kind in (ARTICLE, LISTING) else ANY_TYPE
        # Validators only when we still hold the body a 304 would point us back to.
        result = self.fetcher.fetch(entry.url, accept=accept,
                                    allow_private=source.allow_private_addresses,
                                    etag=raw.etag if raw else None,
                                    last_modified=raw.last_modified if raw else None,
                                    validators_url=raw.final_url if raw else None)
        with self.store.transaction():
            self._log(run_id, source, entry.url, entry.kind, result, summary)
            if result.ok:
                summary.fetched += 1
                final = rules.canon(result.final_url) or result.final_url
                article_id = None
                outcome = "ok"
                if entry.kind == ARTICLE:
                    outcome, article_id = store_article(
                        self.store, body=result.body, url=final, charset=result.charset,
                        source=source.name, hints=source.hints, rules=rules, summary=summary)
                self.store.save_raw_page(RawPage(
                    url=entry.url, source=source.name, kind=entry.kind, final_url=final,
                    http_status=200, etag=result.etag,
                    # With the charset: reextract must decode exactly as the crawl did.
                    content_type=f"{result.content_type}; charset={result.charset}"
                    if result.content_type and result.charset else result.content_type,
                    last_modified=result.last_modified, fetched_at=utcnow(),
                    body=result.body, article_id=article_id))
                parsed, fp = True, None
                if entry.kind != ARTICLE:
                    parsed, fp = self._discover(source, rules, run_id, entry, final,
                                                result.body, result.charset, summary)
                # A document we could not parse counts as not fetched, so the next
                # run asks for it again instead of trusting validators or lastmod.
                self.store.mark_visited(entry.id, "done" if parsed else "failed",
                                        outcome if parsed else "parse", http_status=200,
                                        fetched=parsed, fingerprint=fp)
            elif result.not_modified:
                summary.not_modified += 1
                fp = None
                if entry.kind != ARTICLE and raw is not None:
                    _, fp = self._discover(source, rules, run_id, entry, raw.final_url,
                                           raw.body, None, summary)
                self.store.mark_visited(entry.id, "done", "not_modified", http_status=304,
                                        fetched=True, fingerprint=fp)
            elif result.status in (404, 410):
                article_id = self.store.find_article_id(
                    raw.final_url if raw else None, entry.url)
                if entry.kind == ARTICLE and article_id is not None:
                    if self.store.mark_removed(article_id, entry.url, result.status):
                        summary.removed += 1
                        log.info("crawl %s: %s is gone (HTTP %d): article %d marked removed",
                                 source.name, entry.url, result.status, article_id)
                else:
                    summary.error(result.error_kind or "http_404", entry.url,
                                  result.error or "gone")
                self.store.delete_raw_page(entry.url)
                self.store.mark_visited(entry.id, "failed", "gone", http_status=result.status)
            else:
                kind = result.error_kind or "error"
                summary.error(kind, entry.url, result.error or kind)
                state = "refused" if kind in _REFUSED else "failed"
                self.store.mark_visited(entry.id, state, kind, http_status=result.status or None)

    def _discover(self, source: Source, rules: UrlRules, run_id: int, entry: FrontierEntry,
                  page_url: str, body: bytes, charset: str | None,
                  summary: SourceSummary) -> tuple[bool, str | None]:
        """Queue what a sitemap, feed or listing page points to.

        Returns whether the document could be parsed, and a listing's fingerprint.
        """
        name = source.name
        try:
            if entry.kind == SITEMAP:
                sitemap = parse_sitemap(body, max_bytes=self.settings.max_body_bytes)
                for item in sitemap.entries:
                    url = rules.canon(item.url)
                    if url is None:
                        continue
                    kind = SITEMAP if sitemap.is_index else rules.classify_entry(url)
                    if kind is not None:
                        self.store.enqueue(name, url, kind, run_id, lastmod=item.lastmod,
                                           depth=entry.depth + 1 if kind == SITEMAP else 0)
                return True, None
            if entry.kind == FEED:
                for link in parse_feed(body, page_url):
                    url = rules.canon(link)
                    if url is not None and (kind := rules.classify_entry(url)) is not None:
                        self.store.enqueue(name, url, kind, run_id)
                return True, None
            links = [u for u in (rules.canon(x) for x in page_links(
                decode_page(body, charset), page_url)) if u is not None]
        except DiscoveryError as exc:
            summary.error("parse", entry.url, str(exc))
            return False, None
        articles = [u for u in links if rules.classify_link(u) == ARTICLE]
        listings = [u for u in links if rules.classify_link(u) == LISTING and u != entry.url]
        fp = fingerprint(articles)
        for url in articles:
            self.store.enqueue(name, url, ARTICLE, run_id)
        if self.store.fingerprint_seen(name, run_id, fp):
            # Same articles as a listing page already read this run: a pagination
            # loop (page=N+1 repeating the last page); stop following it here.
            summary.error("pagination_cycle", entry.url,
                          "same articles as another listing page; not following its links")
            return True, fp
        if entry.depth + 1 > source.max_listing_depth:
            if listings:
                summary.error("listing_depth", entry.url,
                              f"pagination deeper than max_listing_depth "
                              f"({source.max_listing_depth}); not following")
            return True, fp
        for url in listings:
            self.store.enqueue(name, url, LISTING, run_id, depth=entry.depth + 1)
        return True, fp


@dataclass
class ReextractReport:
    pages: int = 0
    summary: SourceSummary = field(default_factory=lambda: SourceSummary("reextract"))

    def as_dict(self) -> dict[str, Any]:
        s = self.summary
        return {"pages": self.pages, "new": s.new, "updated": s.updated,
                "unchanged": s.unchanged, "not_article": s.not_article,
                "errors": dict(sorted(s.errors.items()))}


def reextract(store: Store, sources: Sequence[Source] = (), *, source: str | None = None,
              progress: bool = False) -> ReextractReport:
    """Run extraction again over the stored raw article pages (no network)."""
    by_name = {s.name: s for s in sources}
    report = ReextractReport()
    with progress_bar(0, "reextract", progress) as bar:
        for page in store.iter_raw_pages(source=source, kind=ARTICLE):
            if page.http_status != 200:
                continue
            report.pages += 1
            src = by_name.get(page.source)
            hints = src.hints if src else ExtractionHints()
            rules = UrlRules.of(src) if src else None
            charset = None
            if page.content_type and "charset=" in page.content_type:
                charset = page.content_type.split("charset=", 1)[1].strip()
            with store.transaction():
                _, article_id = store_article(
                    store, body=page.body, url=page.final_url, charset=charset,
                    source=page.source, hints=hints, rules=rules, summary=report.summary)
                if article_id is not None:
                    store.set_raw_page_article(page.url, article_id)
            bar.update(1)
    s = report.summary
    log.info("reextract done pages=%d new=%d updated=%d unchanged=%d not_article=%d errors=%d",
             report.pages, s.new, s.updated, s.unchanged, s.not_article, sum(s.errors.values()))
    return report
