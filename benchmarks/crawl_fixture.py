"""Crawl benchmark against the fixture site (tests/crawl_site.py) on 127.0.0.1.

    .venv/bin/python benchmarks/crawl_fixture.py [--delay 0.1] [--runs 1]

For each run: a first crawl of the site into a fresh data home, then a re-crawl of
the unchanged site. Reports requests, pages per second at the configured delay
(real sleeps, real sockets, real extraction), and the body bytes transferred by
the first crawl and the re-crawl (from the fetch log). Also a crawl with no
delay, which shows what the crawler itself costs (HTTP, extraction, SQLite).

The fixture site includes a page that is slower than the read timeout (0.3 s), a
429 with ``Retry-After: 1`` and a 50 MB page cut at ``max_body_bytes`` (2 MB), as
in the tests; they are part of the measured time and bytes on purpose.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from crawl_site import FixtureSite, source_toml  # noqa: E402
from newssearch.crawl import Crawler, load_sources  # noqa: E402
from newssearch.store import Store  # noqa: E402


def crawl_once(site: FixtureSite, home: Path, delay: float) -> dict[str, Any]:
    home.mkdir(parents=True, exist_ok=True)
    (home / "sources.toml").write_text(source_toml(site, delay=delay), encoding="utf-8")
    parsed = load_sources(home / "sources.toml")
    started = time.perf_counter()
    with Store(home / "newssearch.db") as store:
        crawler = Crawler(store, parsed.crawler)
        try:
            summary = crawler.crawl(parsed.sources)
        finally:
            crawler.close()
        seconds = time.perf_counter() - started
        s = summary.sources[0]
        # The 50 MB page's first 2 MB dwarf everything else; show the rest apart.
        rest = sum(r["bytes"] for r in store.fetch_log(s.run_id) if r["outcome"] != "too_large")
    return {"seconds": round(seconds, 3), "requests": s.requests + 1,  # + robots.txt
            "pages_per_second": round(s.requests / seconds, 2), "bytes": s.bytes,
            "bytes_without_cut_page": rest,
            "fetched_200": s.fetched, "not_modified_304": s.not_modified, "new": s.new,
            "updated": s.updated, "unchanged": s.unchanged,
            "errors": dict(sorted(s.errors.items()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.1,
                        help="the source's crawl_delay in seconds (robots.txt says 0.02)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    results: list[dict[str, Any]] = []
    for _ in range(args.runs):
        with FixtureSite() as site, tempfile.TemporaryDirectory() as tmp:
            first = crawl_once(site, Path(tmp) / "home", args.delay)
            again = crawl_once(site, Path(tmp) / "home", args.delay)
        with FixtureSite() as site, tempfile.TemporaryDirectory() as tmp:
            nodelay = crawl_once(site, Path(tmp) / "home", 0.0)
        results.append({"first": first, "recrawl": again, "no_delay_first": nodelay})
    out = {"delay": args.delay, "runs": results,
           "median_first_pages_per_second": statistics.median(
               r["first"]["pages_per_second"] for r in results),
           "median_recrawl_bytes_ratio": statistics.median(
               r["recrawl"]["bytes"] / r["first"]["bytes"] for r in results)}
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
