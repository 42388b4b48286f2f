"""Refuse URLs that point into private networks (SSRF guard).

A sources file or a redirect must not make the crawler talk to the machine it
runs on, the LAN or cloud metadata endpoints (169.254.169.254). Every request,
including each redirect hop and robots.txt, is checked after DNS resolution:
if any address of the host is loopback, private, link-local, multicast,
reserved or unspecified, the URL is refused unless the source sets
``allow_private_addresses``.

The fetcher then connects to the address that was checked (the request goes to
the IP, with the original ``Host`` header and TLS server name), so a DNS server
answering differently the second time (DNS rebinding) cannot slip a private
address in between the check and the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

Resolver = Callable[[str, int], Sequence[str]]
#: Decides whether an address may be contacted (tests swap it to stay on loopback).
AddressPolicy = Callable[[str], bool]

_SCHEMES = {"http", "https"}


class UnsafeURLError(Exception):
    """The URL may not be fetched; ``kind`` is the summary's error kind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified or not ip.is_global)


def check_url(url: str, *, allow_private: bool, resolver: Resolver = system_resolver,
              policy: AddressPolicy | None = None) -> list[str]:
    """The addresses ``url`` may be fetched from, IPv4 first; raises :class:`UnsafeURLError`.

    With ``allow_private`` nothing is resolved and the list is empty (connect by name).
    """
    parts = urlsplit(url)
    if parts.scheme not in _SCHEMES:
        raise UnsafeURLError("scheme", f"{url}: scheme {parts.scheme or '(none)'!r} refused")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("bad_url", f"{url}: no host")
    if allow_private:
        return []
    allowed = policy or is_public
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = list(resolver(host, port))
    except (OSError, UnicodeError, ValueError) as exc:
        raise UnsafeURLError("dns", f"{url}: cannot resolve {host}: {exc}") from exc
    if not addresses:
        raise UnsafeURLError("dns", f"{url}: {host} has no address")
    for address in addresses:
        if not allowed(address):
            raise UnsafeURLError(
                "private_address",
                f"{url}: {host} resolves to non-public address {address}; set "
                "allow_private_addresses = true on the source only if this is intended")
    return sorted(addresses, key=lambda a: ":" in a)  # IPv4 first: v6 is often broken
