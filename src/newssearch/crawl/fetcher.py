"""HTTP fetching with manners: one request at a time per host with a delay,
retries with exponential backoff (honouring ``Retry-After``) on connect errors,
429 and 5xx, timeouts, a redirect limit with the address guard on every hop,
a streamed body cap, content-type filtering before the body is read, and
conditional GET (``If-None-Match`` / ``If-Modified-Since``).

It never raises for network trouble: every outcome is a :class:`FetchResult`
whose ``error_kind`` names what went wrong (it becomes a summary counter).
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from .safety import AddressPolicy, Resolver, UnsafeURLError, check_url, system_resolver
from .sources import CrawlerSettings
from .urls import BadURLError, absolute, canonicalize, host_of

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml",
                       "application/atom+xml", "application/x-gzip", "application/gzip",
                       "application/octet-stream", "text/plain", "application/rdf+xml"})
ANY_TYPE: frozenset[str] = frozenset()
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 65_536


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    final_url: str
    #: HTTP status of the last response; 0 when none was received.
    status: int = 0
    body: bytes = b""
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: Bytes received on the wire (compressed), all attempts and hops included.
    bytes_received: int = 0
    #: Requests sent (retries and redirect hops count).
    requests: int = 0
    elapsed: float = 0.0
    #: None on success (200 or 304); else e.g. timeout, connect, tls, too_large,
    #: content_type, too_many_redirects, private_address, http_404, rate_limited.
    error_kind: str | None = None
    error: str | None = None
    redirects: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.error_kind is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error_kind is None and self.status == 304


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.now(UTC).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


def _media_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    main, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return main.strip().lower() or None, charset


def _error_kind(exc: httpx.HTTPError) -> str:
    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        return "connect_timeout" if isinstance(exc, httpx.ConnectTimeout) else "timeout"
    if "ssl" in text or "certificate" in text or "tls" in text:
        return "tls"
    if isinstance(exc, httpx.ConnectError):
        return "connect"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "protocol"
    return "network"


def _pin(url: str, address: str | None) -> tuple[str, dict[str, str], dict[str, Any]]:
    """Send the request to the checked ``address``, keeping the name for Host and TLS.

    Connecting by name would resolve it again, and a second answer (DNS rebinding)
    could point at a private address after the check passed.
    """
    if address is None:
        return url, {}, {}
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    netloc = literal if parts.port is None else f"{literal}:{parts.port}"
    host_header = parts.netloc.rsplit("@", 1)[-1]
    extensions: dict[str, Any] = {"sni_hostname": parts.hostname} \
        if parts.scheme == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": host_header}, extensions


def _same_url_key(url: str) -> str:
    try:
        return canonicalize(url)
    except BadURLError:
        return url


class _Abort(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class Fetcher:
    """One HTTP client for a crawl. Not thread-safe: the crawl is sequential by design."""

    def __init__(self, settings: CrawlerSettings, *, resolver: Resolver = system_resolver,
                 policy: AddressPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self._resolver = resolver
        self._policy = policy
        self._sleep = sleep
        self._clock = clock
        self._delays: dict[str, float] = {}
        self._last: dict[str, float] = {}
        self.slept = 0.0
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=False, transport=transport,
            trust_env=settings.use_env_proxy,
            headers={"User-Agent": settings.user_agent_header,
                     "Accept-Language": "vi,en;q=0.5"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_delay(self, host: str, seconds: float) -> None:
        self._delays[host.lower()] = max(0.0, seconds)

    def _wait_turn(self, host: str) -> None:
        """Keep the configured gap between two requests to the same host."""
        delay = self._delays.get(host, 0.0)
        last = self._last.get(host)
        if last is not None and delay > 0:
            remaining = last + delay - self._clock()
            if remaining > 0:
                self._pause(remaining)

    def _pause(self, seconds: float) -> None:
        self.slept += seconds
        self._sleep(seconds)

    def fetch(self, url: str, *, accept: Collection[str] = HTML_TYPES,
              allow_private: bool = False, etag: str | None = None,
              last_modified: str | None = None,
              validators_url: str | None = None) -> FetchResult:
        """GET ``url`` following redirects by hand (each hop is checked).

        ``etag``/``last_modified`` are sent to ``validators_url`` (default ``url``):
        the URL whose response they came from, which for a redirected page is the
        last hop, not the first.
        """
        target = _same_url_key(validators_url or url)
        started = self._clock()
        state = {"bytes": 0, "requests": 0}
        redirects: list[str] = []
        current = url
        try:
            while True:
                addresses = check_url(current, allow_private=allow_private,
                                      resolver=self._resolver, policy=self._policy)
                conditional = {} if _same_url_key(current) != target else {
                    k: v for k, v in (("If-None-Match", etag),
                                      ("If-Modified-Since", last_modified)) if v}
                result = self._attempts(current, accept, conditional, state,
                                        addresses[0] if addresses else None)
                if isinstance(result, str):  # a redirect target
                    if len(redirects) >= self.settings.max_redirects:
                        raise _Abort("too_many_redirects",
                                     f"more than {self.settings.max_redirects} redirects")
                    redirects.append(current)
                    if result in redirects or result == current:
                        raise _Abort("redirect_loop", f"redirect loop back to {result}")
                    current = result
                    continue
                status, headers, body = result
                media, charset = _media_type(headers.get("content-type"))
                return FetchResult(
                    url=url, final_url=current, status=status, body=body, content_type=media,
                    charset=charset, etag=headers.get("etag"),
                    last_modified=headers.get("last-modified"), bytes_received=state["bytes"],
                    requests=state["requests"], elapsed=self._clock() - started,
                    redirects=tuple(redirects),
                    error_kind=None if status in (200, 304) else f"http_{status}",
                    error=None if status in (200, 304) else f"HTTP {status}")
        except UnsafeURLError as exc:
            kind, message = exc.kind, str(exc)
        except _Abort as exc:
            kind, message = exc.kind, str(exc)
        except httpx.HTTPError as exc:
            kind, message = _error_kind(exc), f"{type(exc).__name__}: {exc}"
        return FetchResult(url=url, final_url=current, bytes_received=state["bytes"],
                           requests=state["requests"], elapsed=self._clock() - started,
                           error_kind=kind, error=message, redirects=tuple(redirects))

    def _attempts(self, url: str, accept: Collection[str], conditional: dict[str, str],
                  state: dict[str, int], pinned: str | None
                  ) -> str | tuple[int, dict[str, str], bytes]:
        """One URL with retries: a redirect target, or (status, headers, body)."""
        host = host_of(url)
        attempt = 0
        while True:
            self._wait_turn(host)
            retry_wait: float | None = None
            try:
                state["requests"] += 1
                outcome = self._once(url, accept, conditional, state, pinned)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if _error_kind(exc) == "tls" or attempt >= self.settings.max_retries:
                    raise
                log.info("retrying %s after %s", url, type(exc).__name__)
            else:
                if isinstance(outcome, str) or outcome[0] not in _RETRY_STATUSES:
                    return outcome
                status, headers, _ = outcome
                retry_wait = parse_retry_after(headers.get("retry-after"))
                if retry_wait is not None and retry_wait > self.settings.max_retry_after:
                    raise _Abort("rate_limited",
                                 f"HTTP {status} with Retry-After {retry_wait:.0f} s, over "
                                 f"max_retry_after ({self.settings.max_retry_after:.0f} s)")
                if attempt >= self.settings.max_retries:
                    return outcome
                log.info("retrying %s after HTTP %d", url, status)
            backoff = self.settings.backoff_base * 2 ** attempt
            self._pause(max(backoff, retry_wait or 0.0))
            attempt += 1

    def _once(self, url: str, accept: Collection[str], conditional: dict[str, str],
              state: dict[str, int], pinned: str | None
              ) -> str | tuple[int, dict[str, str], bytes]:
        host = host_of(url)
        request_url, pin_headers, extensions = _pin(url, pinned)
        try:
            with self._client.stream("GET", request_url, headers={**conditional, **pin_headers},
                                     extensions=extensions) as resp:
                headers = {k.lower(): v for k, v in resp.headers.items()}
                if resp.status_code in _REDIRECTS and "location" in headers:
                    target = absolute(url, headers["location"])
                    state["bytes"] += resp.num_bytes_downloaded
                    if target is None:
                        raise _Abort("bad_redirect", f"redirect to {headers['location']!r}")
                    return target
                if resp.status_code != 200:
                    # Error bodies are not needed; read at most one chunk to reuse
                    # the connection politely, then drop the rest.
                    return resp.status_code, headers, b""
                media, _ = _media_type(headers.get("content-type"))
                if accept and media is not None and media not in accept:
                    raise _Abort("content_type", f"content type {media} is not wanted here")
                declared = headers.get("content-length", "")
                limit = self.settings.max_body_bytes
                if declared.isdigit() and int(declared) > limit:
                    raise _Abort("too_large", f"Content-Length {declared} over max_body_bytes "
                                              f"({limit})")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        state["bytes"] += resp.num_bytes_downloaded
                        raise _Abort("too_large", f"body over max_body_bytes ({limit}), "
                                                  "stopped reading")
                    chunks.append(chunk)
                state["bytes"] += resp.num_bytes_downloaded
                return 200, headers, b"".join(chunks)
        finally:
            self._last[host] = self._clock()
