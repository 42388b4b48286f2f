"""kill -9 in the middle of a crawl, then the same command again, ends with the same
store as an uninterrupted crawl: no page lost, none stored twice.

The crawl runs as a real subprocess (``python -m newssearch.cli crawl``) against the
fixture site on 127.0.0.1 and is SIGKILLed once the fetch log shows progress.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawl_site import FixtureSite, source_toml
from newssearch.crawl import Crawler, load_sources
from newssearch.crawl.fetcher import Fetcher
from newssearch.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    with FixtureSite() as s:
        yield s


def _logged(db: Path) -> int:
    """Fetch-log rows committed so far (0 before the store exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return int(con.execute("SELECT COUNT(*) FROM crawl_fetch_log").fetchone()[0])
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def _crawl_cmd(sources: Path, home: Path) -> list[str]:
    return [sys.executable, "-m", "newssearch.cli", "crawl", "--sources", str(sources),
            "--home", str(home), "-q"]


def _kill_after(cmd: list[str], db: Path, rows: int, cwd: Path) -> int:
    """Start the crawl, SIGKILL it once ``rows`` fetch-log rows exist; rows at kill time."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while _logged(db) < rows:
            if proc.poll() is not None:
                pytest.fail(f"crawl ended before it could be killed: "
                            f"{proc.stderr.read().decode() if proc.stderr else ''}")
            if time.monotonic() > deadline:
                pytest.fail("crawl made no progress")
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return _logged(db)


def _final_store(db: Path) -> dict[str, str]:
    with Store(db) as store:
        articles = list(store.iter_articles())
    by_url = {a.canonical_url or "": a.content_hash for a in articles}
    assert len(by_url) == len(articles)  # no article stored twice
    return by_url


def test_kill_9_then_resume_equals_an_uninterrupted_crawl(site: FixtureSite,
                                                         tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    # A real 0.05 s delay so the kills land mid-crawl; everything else tiny.
    sources.write_text(source_toml(site, delay=0.05), encoding="utf-8")
    home = tmp_path / "killed"
    db = home / "newssearch.db"
    cmd = _crawl_cmd(sources, home)

    first = _kill_after(cmd, db, 8, tmp_path)
    second = _kill_after(cmd, db, first + 10, tmp_path)  # killed again while resuming
    assert second > first
    done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["sources"][0]["resumed"] is True
    assert summary["sources"][0]["run_id"] == 1  # the same run, finished

    # The reference: the same site crawled without interruption into another home.
    ref_home = tmp_path / "reference"
    parsed = load_sources(sources)
    with Store(ref_home / "newssearch.db") as store, \
            Fetcher(parsed.crawler, sleep=lambda s: None) as fetcher:
        Crawler(store, parsed.crawler, fetcher=fetcher).crawl(parsed.sources)

    killed, reference = _final_store(db), _final_store(ref_home / "newssearch.db")
    assert killed == reference
    assert len(reference) >= 10

    # Nothing left pending, and the run is closed: the next crawl starts a new run.
    with Store(db) as store:
        assert store.pending_urls("fixture") == []
        assert store.open_crawl_run("fixture") is None
