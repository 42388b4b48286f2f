"""robots.txt (RFC 9309): groups per user agent, longest match wins, Allow wins ties.

``urllib.robotparser`` is not used: it applies the first matching rule in file
order instead of the longest, and does not read ``*``/``$`` wildcards, so it
disagrees with Google's and the RFC's reading on common portal files.

Fetch outcomes map as the RFC says: 4xx (no file) allows everything, 5xx or an
unreachable server disallows everything for this run, and a file we cannot
parse (binary garbage) keeps only the lines that parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True, slots=True)
class _Rule:
    allow: bool
    path: str
    regex: re.Pattern[str]


@dataclass(slots=True)
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: float | None = None


def _compile(path: str) -> re.Pattern[str]:
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    regex = ".*".join(re.escape(piece) for piece in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""))


def _normpath(path: str) -> str:
    # Compare decoded paths so '/tin%20tuc' and '/tin tuc' match the same rule.
    return unquote(path)


@dataclass(frozen=True, slots=True)
class Robots:
    """Rules that apply to one user agent."""

    rules: tuple[_Rule, ...] = ()
    crawl_delay: float | None = None
    sitemaps: tuple[str, ...] = ()
    #: ``disallow_all`` after a 5xx or an unreachable server (RFC 9309 §2.3.1.4).
    disallow_all: bool = False
    #: Lines that were neither comments, blank, nor ``key: value`` (a garbage file).
    invalid_lines: int = 0

    def allowed(self, url: str) -> bool:
        if self.disallow_all:
            return False
        parts = urlsplit(url)
        target = _normpath((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        if target == "/robots.txt":
            return True
        best: _Rule | None = None
        for rule in self.rules:
            if rule.regex.match(target) and (
                best is None or len(rule.path) > len(best.path)
                or (len(rule.path) == len(best.path) and rule.allow and not best.allow)
            ):
                best = rule
        return True if best is None else best.allow

    @classmethod
    def allow_all(cls) -> Robots:
        return cls()

    @classmethod
    def unavailable(cls) -> Robots:
        return cls(disallow_all=True)


def parse_robots(text: str, agent: str) -> Robots:
    """The rules of the group that best matches ``agent`` (product token), else ``*``."""
    groups: list[_Group] = []
    sitemaps: list[str] = []
    current: _Group | None = None
    last_was_agent = False
    invalid = 0
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            invalid += bool(line)
            continue
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if current is None or not last_was_agent:
                current = _Group()
                groups.append(current)
            current.agents.append(value.lower())
            last_was_agent = True
            continue
        last_was_agent = False
        if key == "sitemap":
            if value:
                sitemaps.append(value)
        elif current is None:
            continue  # rules before any User-agent line belong to no group
        elif key in {"allow", "disallow"}:
            if not value:
                continue  # "Disallow:" with nothing means allow everything
            path = _normpath(value if value.startswith(("/", "*")) else "/" + value)
            current.rules.append(_Rule(key == "allow", path, _compile(path)))
        elif key == "crawl-delay":
            try:
                delay = float(value)
            except ValueError:
                continue
            if 0 <= delay < 86_400:
                current.crawl_delay = delay
    agent = agent.lower()
    # The most specific group: an agent token that our product token starts with;
    # several groups for the same agent are merged, as the RFC asks.
    named = [g for g in groups if any(a != "*" and a and agent.startswith(a) for a in g.agents)]
    chosen = named or [g for g in groups if "*" in g.agents]
    rules = tuple(r for g in chosen for r in g.rules)
    delays = [g.crawl_delay for g in chosen if g.crawl_delay is not None]
    return Robots(rules=rules, crawl_delay=max(delays) if delays else None,
                  sitemaps=tuple(sitemaps), invalid_lines=invalid)
