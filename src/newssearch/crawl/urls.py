"""URL canonicalization: one spelling per page, so the frontier never fetches a
page twice under two names and the store keys articles consistently.

Lower-case scheme and host (IDNA for non-ASCII hosts), no default port, no
fragment, dot segments resolved, percent-escapes normalized, tracking
parameters (``utm_*``, ``fbclid``, ``gclid``, Zalo's ``zarsrc``...) and
per-site parameters dropped, and the site's trailing-slash rule applied.
The remaining query keeps its order: some portals read parameters positionally.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

_TRACKING_EXACT = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid",
    "mc_eid", "_ga", "_gl", "zarsrc", "ref_src", "spm", "cmpid", "sid_tracking",
})  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left unescaped in paths and queries (RFC 3986 unreserved + sub-delims + ':@/').
_PATH_SAFE = "/:@!$&'()*+,;=-._~"
_QUERY_SAFE = "/:@!$'()*+,;-._~?"
_SCHEMES = ("http", "https")


class BadURLError(ValueError):
    """Not a URL we can fetch (wrong scheme, no host, unparsable)."""


def is_tracking_param(name: str, extra: Collection[str] = ()) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES) or name in extra


def _norm_escapes(part: str, safe: str) -> str:
    # Unquote then quote: %7e and ~ become one spelling, unsafe bytes are escaped
    # once, and already-escaped reserved characters ('%2F', '%3D') stay escaped.
    out: list[str] = []
    for piece in re.split(r"(%2[fF]|%3[dD]|%26|%23|%3[fF]|%25)", part):
        if re.fullmatch(r"%2[fF]|%3[dD]|%26|%23|%3[fF]|%25", piece):
            out.append(piece.upper())
        else:
            out.append(quote(unquote(piece), safe=safe))
    return "".join(out)


def canonicalize(url: str, *, trailing_slash: str = "keep",
                 strip_params: Collection[str] = ()) -> str:
    """The canonical spelling of an absolute http(s) URL; raises :class:`BadURLError`."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise BadURLError(f"unparsable URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise BadURLError(f"{url!r}: only http and https are crawled")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise BadURLError(f"{url!r} has no host")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host.lower()
    except UnicodeError as exc:
        raise BadURLError(f"{url!r}: bad host name") from exc
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"

    path = _norm_escapes(parts.path or "/", _PATH_SAFE)
    if "/." in path or path.startswith("."):
        trailing = path.endswith(("/", "/.", "/.."))
        path = posixpath.normpath(path)
        path = "/" if path in (".", "//") else path
        if trailing and not path.endswith("/"):
            path += "/"
    path = re.sub(r"/{2,}", "/", path)
    if not path.startswith("/"):
        path = "/" + path
    last = path.rsplit("/", 1)[-1]
    if trailing_slash == "strip" and path != "/" and path.endswith("/"):
        path = path.rstrip("/") or "/"
    elif trailing_slash == "add" and not path.endswith("/") and "." not in last:
        path += "/"  # not for file-like names (a.html, a.pdf)

    pairs: list[str] = []
    for item in parts.query.split("&"):
        if not item:
            continue
        name = unquote(item.split("=", 1)[0].replace("+", " "))
        if is_tracking_param(name, strip_params):
            continue
        normalized = _norm_escapes(item, _QUERY_SAFE + "=")
        if normalized not in pairs:
            pairs.append(normalized)
    return urlunsplit((scheme, netloc, path, "&".join(pairs), ""))


def absolute(base: str, href: str) -> str | None:
    """Resolve a link found on ``base``; None for non-http(s) links (mailto:, javascript:)."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        joined = urljoin(base, href)
    except ValueError:
        return None
    return joined if urlsplit(joined).scheme in _SCHEMES else None


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
