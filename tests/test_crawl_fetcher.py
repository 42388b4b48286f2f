"""The fetcher against the fixture site on 127.0.0.1: retries, Retry-After,
timeouts, redirects, body cap, content types, conditional GET, politeness."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from crawl_site import FixtureSite
from newssearch.crawl.fetcher import ANY_TYPE, Fetcher
from newssearch.crawl.sources import CrawlerSettings

SETTINGS = CrawlerSettings(user_agent="newssearch-test/1.0",
                           contact_url="https://example.org/bot", connect_timeout=2.0,
                           read_timeout=0.3, max_body_bytes=1_000_000, max_retries=2,
                           backoff_base=0.01, max_retry_after=5.0)


class FakeTime:
    """A clock that only moves when the fetcher sleeps: pauses are exact, tests instant."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.pauses: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    with FixtureSite(fragments=False) as s:
        yield s


def fetcher(settings: CrawlerSettings = SETTINGS, fake: FakeTime | None = None) -> Fetcher:
    fake = fake or FakeTime()
    return Fetcher(settings, sleep=fake.sleep, clock=fake.clock)


def test_user_agent_names_us_and_our_contact(site: FixtureSite) -> None:
    with fetcher() as f:
        res = f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True)
    assert res.ok and b"<html" in res.body and res.content_type == "text/html"
    assert res.charset == "utf-8" and res.etag and res.last_modified
    ua = site.requests[0][1]["user-agent"]
    assert ua == "newssearch-test/1.0 (+https://example.org/bot)"


def test_conditional_get_returns_304_without_body(site: FixtureSite) -> None:
    with fetcher() as f:
        first = f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True)
        again = f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True, etag=first.etag)
        since = f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True,
                        last_modified=first.last_modified)
    assert again.not_modified and again.body == b"" and again.bytes_received == 0
    assert since.not_modified
    assert site.requests[1][1]["if-none-match"] == first.etag
    assert site.requests[2][1]["if-modified-since"] == first.last_modified


def test_500_is_retried_with_backoff(site: FixtureSite) -> None:
    fake = FakeTime()
    with fetcher(fake=fake) as f:
        res = f.fetch(site.url("/tin-tuc/loi-tam-thoi"), allow_private=True)
    assert res.ok and res.requests == 2
    assert site.paths() == ["/tin-tuc/loi-tam-thoi"] * 2
    assert fake.pauses == [pytest.approx(0.01)]  # backoff_base * 2**0


def test_429_honours_retry_after(site: FixtureSite) -> None:
    fake = FakeTime()
    with fetcher(fake=fake) as f:
        res = f.fetch(site.url("/tin-tuc/qua-tai"), allow_private=True)
    assert res.ok and res.requests == 2
    assert fake.pauses == [pytest.approx(1.0)]  # Retry-After: 1 beats the 0.01 s backoff


def test_retry_after_over_the_cap_gives_up_at_once(site: FixtureSite) -> None:
    fake = FakeTime()
    with fetcher(replace(SETTINGS, max_retry_after=0.5), fake) as f:
        res = f.fetch(site.url("/tin-tuc/qua-tai"), allow_private=True)
    assert res.error_kind == "rate_limited" and res.requests == 1 and fake.pauses == []


def test_retries_are_bounded(site: FixtureSite) -> None:
    with fetcher(replace(SETTINGS, max_retries=0)) as f:
        res = f.fetch(site.url("/tin-tuc/loi-tam-thoi"), allow_private=True)
    assert res.error_kind == "http_500" and res.requests == 1


def test_slow_page_times_out_without_retry(site: FixtureSite) -> None:
    with fetcher() as f:
        res = f.fetch(site.url("/tin-tuc/cham"), allow_private=True)
    assert res.error_kind == "timeout" and res.requests == 1


def test_huge_page_is_cut_off_while_streaming(site: FixtureSite) -> None:
    with fetcher() as f:
        res = f.fetch(site.url("/tin-tuc/rat-lon"), allow_private=True)
        after = f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True)
    assert res.error_kind == "too_large" and res.body == b""
    assert 1_000_000 < res.bytes_received < 1_200_000
    assert after.ok  # the client is still usable
    assert site.huge_bytes_sent < 25_000_000  # the server never produced the 50 MB


def test_declared_oversize_and_unwanted_types_are_not_read(site: FixtureSite) -> None:
    with fetcher(replace(SETTINGS, max_body_bytes=1000)) as f:
        big = f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True)
        pdf = f.fetch(site.url("/tai-lieu/van-ban.pdf"), allow_private=True)
        pdf_any = f.fetch(site.url("/tai-lieu/van-ban.pdf"), allow_private=True,
                          accept=ANY_TYPE)
    assert big.error_kind == "too_large" and big.bytes_received == 0
    assert pdf.error_kind == "content_type" and pdf.bytes_received == 0
    assert pdf_any.error_kind == "too_large"  # accepted type, but over 1000 bytes


def test_redirect_chain_is_followed_and_limited(site: FixtureSite) -> None:
    with fetcher() as f:
        res = f.fetch(site.url("/old/bai-2"), allow_private=True)
    assert res.ok and res.final_url == site.url("/tin-tuc/bai-2")
    assert res.redirects == (site.url("/old/bai-2"), site.url("/redirect/hop"))
    site.reset_log()
    with fetcher(replace(SETTINGS, max_redirects=1)) as f:
        res = f.fetch(site.url("/old/bai-2"), allow_private=True)
    assert res.error_kind == "too_many_redirects"
    assert site.paths() == ["/old/bai-2", "/redirect/hop"]


def test_validators_go_to_the_hop_they_came_from(site: FixtureSite) -> None:
    with fetcher() as f:
        first = f.fetch(site.url("/old/bai-2"), allow_private=True)
        site.reset_log()
        again = f.fetch(site.url("/old/bai-2"), allow_private=True, etag=first.etag,
                        validators_url=first.final_url)
    assert again.not_modified
    sent = {path: h.get("if-none-match") for path, h in site.requests}
    assert sent == {"/old/bai-2": None, "/redirect/hop": None, "/tin-tuc/bai-2": first.etag}


def test_one_host_one_request_at_a_time_with_the_delay(site: FixtureSite) -> None:
    fake = FakeTime()
    with fetcher(fake=fake) as f:
        f.set_delay("127.0.0.1", 5.0)
        for _ in range(3):
            assert f.fetch(site.url("/tin-tuc/bai-1"), allow_private=True).ok
    # The clock only moves when the fetcher sleeps, so each gap is exactly the delay.
    assert fake.pauses == [pytest.approx(5.0), pytest.approx(5.0)]
    assert site.max_in_flight == 1


def test_private_addresses_are_refused_before_any_request(site: FixtureSite) -> None:
    with fetcher() as f:
        res = f.fetch(site.url("/tin-tuc/bai-1"))
        local = f.fetch(f"http://localhost:{site.port}/tin-tuc/bai-1")
    assert res.error_kind == "private_address" and res.requests == 0
    assert local.error_kind == "private_address"
    assert site.requests == []


def only_127_0_0_1(address: str) -> bool:
    """An address policy for tests: 127.0.0.1 counts as public, everything else not.

    The guard's real policy refuses all of loopback; this one lets a test reach the
    fixture site while still exercising refusals, without any traffic leaving 127/8.
    """
    return address == "127.0.0.1"


def test_redirect_to_a_private_address_is_refused(site: FixtureSite) -> None:
    # The redirect goes to 127.0.0.2, "private" under the test policy. A second
    # server listens there when the system allows it, to show nothing reached it.
    try:
        other: FixtureSite | None = FixtureSite(host="127.0.0.2", fragments=False).start()
    except OSError:
        other = None
    if other is not None:
        site.private_target = other.url("/tin-tuc/bai-1")
    try:
        with Fetcher(SETTINGS, policy=only_127_0_0_1) as f:
            res = f.fetch(site.url("/redirect/private"))
    finally:
        if other is not None:
            other.stop()
    assert res.error_kind == "private_address" and res.requests == 1
    assert site.paths() == ["/redirect/private"]
    if other is not None:
        assert other.requests == []


def test_connections_go_to_the_checked_address(site: FixtureSite) -> None:
    # The name is resolved once, checked, and the connection made to that address
    # with the name in Host (and as TLS server name): no second lookup to rebind.
    looked_up: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        looked_up.append(host)
        return ["127.0.0.1"]

    with Fetcher(SETTINGS, resolver=resolver, policy=only_127_0_0_1) as f:
        res = f.fetch(f"http://localhost:{site.port}/tin-tuc/bai-1")
    assert res.ok and looked_up == ["localhost"]
    assert site.requests[0][1]["host"] == f"localhost:{site.port}"


def test_pinned_request_keeps_name_for_host_and_tls() -> None:
    from newssearch.crawl.fetcher import _pin

    assert _pin("https://bao.vn:8443/a?b=1", "203.0.113.7") == (
        "https://203.0.113.7:8443/a?b=1", {"Host": "bao.vn:8443"}, {"sni_hostname": "bao.vn"})
    assert _pin("http://bao.vn/a", "2001:db8::1") == (
        "http://[2001:db8::1]/a", {"Host": "bao.vn"}, {})
    assert _pin("http://bao.vn/a", None) == ("http://bao.vn/a", {}, {})


def test_unreachable_and_tls_errors_are_reported(site: FixtureSite) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    fake = FakeTime()
    with fetcher(fake=fake) as f:
        down = f.fetch(f"http://127.0.0.1:{closed}/", allow_private=True)
        tls = f.fetch(f"https://127.0.0.1:{site.port}/tin-tuc/bai-1", allow_private=True)
    assert down.error_kind == "connect" and down.requests == 3  # retried twice
    assert len(fake.pauses) == 2
    assert tls.error_kind == "tls" and tls.requests == 1  # never retried
