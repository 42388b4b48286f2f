"""End to end: CLI ingest + index with the real model, a real uvicorn on a free
loopback port, queries over HTTP, citations checked against the stored article."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from newssearch.cli import main

from conftest import MODELS_DIR, SAMPLE

HONGNGU_TITLE = ("Thành ủy Hồng Ngự làm việc với các ngành Khối vận về tình hình thực hiện "
                 "nhiệm vụ năm 2022")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, embedder: object) -> Path:
    """A data home with a dozen sample articles plus the Hồng Ngự page, indexed via the CLI."""
    home = tmp_path_factory.mktemp("e2e-home")
    few = home / "few.jsonl"
    with (SAMPLE / "articles.jsonl").open(encoding="utf-8") as src, few.open("w") as dst:
        for _, line in zip(range(12), src, strict=False):
            dst.write(line)
    os.environ["NEWSSEARCH_PATHS__MODELS_DIR"] = str(MODELS_DIR)
    try:
        assert main(["ingest", str(few), str(SAMPLE / "hongngu_khoivan_2022.html"),
                     "--home", str(home), "-q"]) == 0
        assert main(["index", "--home", str(home), "-q"]) == 0
    finally:
        del os.environ["NEWSSEARCH_PATHS__MODELS_DIR"]
    return home


@pytest.fixture(scope="module")
def server(home: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "NEWSSEARCH_PATHS__MODELS_DIR": str(MODELS_DIR)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newssearch.cli", "serve", "--home", str(home),
         "--port", str(port), "-q"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    try:
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"server did not start: {out}")
            time.sleep(0.3)
        yield base
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _check_citations(base: str, body: dict) -> int:  # type: ignore[type-arg]
    checked = 0
    for hit in body["results"]:
        article = httpx.get(f"{base}/api/articles/{hit['article']['id']}").json()
        assert article["title"] == hit["article"]["title"]
        for p in [hit["passage"], *hit["more_passages"]]:
            assert article["text"][p["start"]:p["end"]] == p["text"]
            checked += 1
    return checked


def test_healthz_over_http(server: str) -> None:
    h = httpx.get(server + "/healthz").json()
    assert h["status"] == "ok" and h["articles"] == 13
    assert h["index"]["model"] == "bundled:multilingual-e5-small"
    assert h["index"]["dimension"] == 384 and h["index"]["passages"] == h["passages"]


def test_the_reference_article_is_found_by_meaning_with_exact_citations(server: str) -> None:
    # Worded unlike the article: no "Khối vận", no "Thành ủy".
    query = "lãnh đạo thành phố họp với mặt trận và đoàn thể về công tác dân vận"
    r = httpx.get(server + "/api/search", params={"q": query, "k": 5})
    assert r.status_code == 200
    body = r.json()
    top = body["results"][0]
    assert top["article"]["title"] == HONGNGU_TITLE
    assert top["article"]["date"].startswith("2022-12-21")
    assert _check_citations(server, body) >= len(body["results"])


def test_demo_query_returns_grouped_results_whose_citations_check_out(server: str) -> None:
    body = httpx.get(server + "/api/search", params={"q": "hỗ trợ hộ nghèo dịp Tết"}).json()
    assert body["total"] == len(body["results"]) == 10
    ids = [hit["article"]["id"] for hit in body["results"]]
    assert len(set(ids)) == len(ids)  # one entry per article
    assert all(len(hit["more_passages"]) <= 2 for hit in body["results"])
    scores = [hit["score"] for hit in body["results"]]
    assert scores == sorted(scores, reverse=True)
    # The article about 9.365 gift packages for poor households is among them.
    assert HONGNGU_TITLE in [hit["article"]["title"] for hit in body["results"]]
    _check_citations(server, body)


def test_errors_over_http(server: str) -> None:
    assert httpx.get(server + "/api/search", params={"q": " "}).status_code == 422
    assert httpx.get(server + "/api/search", params={"q": "a", "k": 500}).status_code == 422
    assert httpx.get(server + "/api/articles/424242").status_code == 404
    assert "<html" in httpx.get(server + "/").text.lower()


def test_cli_search_json_matches_the_api(home: Path, server: str,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEARCH_PATHS__MODELS_DIR", str(MODELS_DIR))
    assert main(["search", "trao quà cho hộ nghèo", "-k", "3", "--json",
                 "--home", str(home), "-q"]) == 0
    cli = json.loads(capsys.readouterr().out)
    api = httpx.get(server + "/api/search", params={"q": "trao quà cho hộ nghèo", "k": 3}).json()
    assert [h["article"]["id"] for h in cli["results"]] == \
        [h["article"]["id"] for h in api["results"]]
    assert cli["results"][0]["passage"] == api["results"][0]["passage"]


def _cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main([*args, "--json", "-q"]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def test_cli_search_exposes_paging_filters_modes_and_csv(
        home: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEARCH_PATHS__MODELS_DIR", str(MODELS_DIR))
    base = ["search", "hộ nghèo", "--home", str(home)]
    three = _cli_json(capsys, *base, "-k", "3")
    ids = [h["article"]["id"] for h in three["results"]]
    assert len(ids) == 3 and three["mode"] == "hybrid"
    page = _cli_json(capsys, *base, "-k", "2", "--offset", "1")
    assert [h["article"]["id"] for h in page["results"]] == ids[1:]
    assert page["offset"] == 1
    lexical = _cli_json(capsys, *base, "-k", "3", "--mode", "lexical")
    assert lexical["mode"] == "lexical"
    # A source filter keeps only that site's articles (the Hồng Ngự page is the only one).
    only = _cli_json(capsys, *base, "--source", "hongngu")
    assert [h["article"]["title"] for h in only["results"]] == [HONGNGU_TITLE]
    none = _cli_json(capsys, *base, "--from", "2030-01-01")
    assert none["results"] == []
    # CSV: a header and one row per article, the same order as --json.
    assert main([*base, "-k", "3", "--csv", "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [int(r["article_id"]) for r in rows] == ids
    assert rows[0]["passage"] == three["results"][0]["passage"]["text"]
    # Bad filter values are errors that say what is expected (exit 3).
    assert main([*base, "--from", "21/12/2022", "-q"]) == 3
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_cli_search_shows_the_interpreted_query_and_references(
        home: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEARCH_PATHS__MODELS_DIR", str(MODELS_DIR))
    assert main(["search", "thanh uy hong ngu khoi van", "-k", "1", "--home", str(home),
                 "-q"]) == 0
    text = capsys.readouterr().out
    first = text.splitlines()[0]
    assert first.startswith("Đang tìm: ")
    assert first.removeprefix("Đang tìm: ").casefold() == "thành ủy hồng ngự khối vận"
    assert HONGNGU_TITLE in text and "cites: 71-KH/TU" in text


def test_cli_documents_lists_the_articles_citing_a_number(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _cli_json(capsys, "documents", "71 - kh/tu", "--home", str(home))
    assert out["number"] == "71-KH/TU" and out["total"] == 1
    assert out["articles"][0]["title"] == HONGNGU_TITLE
    assert main(["documents", "hello", "--home", str(home), "-q"]) == 3
    assert "not a document number" in capsys.readouterr().err


def _browser_dom(url: str, profile: Path) -> str:
    """The page's DOM after its scripts ran, from a real headless Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("Chromium is needed for the browser test: `apt-get install chromium` "
                    "(`make test` installs it when run as root)")
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=15000", "--dump-dom", url],
        capture_output=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
    return out.stdout.decode()


def test_search_page_in_a_browser(server: str, tmp_path: Path) -> None:
    # Typed without diacritics: the page shows the restored query, the reference
    # article with its cited directive, and highlighted words.
    dom = _browser_dom(server + "/?q=" + quote("thanh uy hong ngu khoi van"), tmp_path / "a")
    assert 'id="interpreted"' in dom and "Đang tìm:" in dom
    assert HONGNGU_TITLE in dom
    assert "Văn bản được nhắc đến" in dom and "71-KH/TU" in dom
    assert "<mark" in dom
    # The sample's two copies of one baomoi story are one result with a "Cũng đăng tại" link.
    dom = _browser_dom(server + "/?q=" + quote("loa phường tốn kém"), tmp_path / "b")
    headlines = re.findall(r'<h2 class="result-title".*?</h2>', dom, re.S)
    assert sum("Chủ tịch Hà Nội: Loa phường" in h for h in headlines) == 1
    assert "Cũng đăng tại" in dom
