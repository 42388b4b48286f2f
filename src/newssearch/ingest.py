"""Ingest: read JSONL dumps and HTML pages into the store.

JSONL follows ``../shared/data/vi_news.jsonl``: one object per line with
``id, title, date, source, url, category, text`` (``published``, ``author``,
``canonical_url`` and ``lead`` — the sapo, put before the text unless it starts
with it — are accepted too). HTML pages go through ``extract``.
Everything is NFC-normalized on the way in. A bad record is reported with its
file, line and reason and skipped; it never aborts the batch.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ._progress import progress_bar
from .extract import draft_from_extracted, extract_html
from .records import ArticleDraft
from .store import IdentityConflictError, Store
from .textnorm import clean_field, clean_text

log = logging.getLogger(__name__)

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
#: Bodies shorter than this are not articles (menus, error pages, stubs).
MIN_TEXT_CHARS = 40
_COMMIT_EVERY = 500


@dataclass
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.updated + self.unchanged + len(self.rejected)

    def as_dict(self) -> dict[str, Any]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": len(self.rejected),
                "rejections": [{"where": w, "reason": r} for w, r in self.rejected]}


class RecordError(ValueError):
    """A record that cannot become an article; the message is the reason."""


_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def normalize_date(value: Any) -> str | None:
    """ISO date or datetime from the usual forms; ``None`` when absent or invalid."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.isoformat(timespec="minutes") if (parsed.hour or parsed.minute) \
            else parsed.date().isoformat()
    except ValueError:
        pass
    m = _DATE_DMY.match(text)
    if m:
        try:
            return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        except ValueError:
            return None
    return None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _check_url(value: Any, name: str) -> str | None:
    url = clean_field(value) if isinstance(value, str) else None
    if value is not None and not isinstance(value, str):
        raise RecordError(f"{name} must be a string")
    if url and urlsplit(url).scheme not in {"http", "https"}:
        raise RecordError(f"{name} {url!r} is not an http(s) URL")
    return url


def draft_from_record(obj: Any) -> ArticleDraft:
    """Validate one JSONL object and turn it into a draft."""
    if not isinstance(obj, dict):
        raise RecordError("record is not a JSON object")
    raw_text = obj.get("text")
    if not isinstance(raw_text, str):
        raise RecordError("missing or non-string 'text'")
    text = clean_text(raw_text)
    if len(text) < MIN_TEXT_CHARS:
        raise RecordError(f"text too short ({len(text)} characters, need {MIN_TEXT_CHARS})")
    for key in ("title", "source", "category", "author", "id", "lead"):
        if obj.get(key) is not None and not isinstance(obj[key], str | int):
            raise RecordError(f"'{key}' must be a string")
    url = _check_url(obj.get("url"), "url")
    canonical = _check_url(obj.get("canonical_url"), "canonical_url")
    raw_date = obj.get("published") or obj.get("date")
    published = normalize_date(raw_date)
    if raw_date not in (None, "") and published is None:
        raise RecordError(f"unreadable date {raw_date!r} (use YYYY-MM-DD)")
    ext = obj.get("id")
    lead = clean_field(obj.get("lead"))
    if lead and not text.startswith(lead):
        text = f"{lead}\n{text}"
    return ArticleDraft(
        text=text,
        title=clean_field(obj.get("title")),
        url=url,
        canonical_url=canonical,
        published=published,
        source=clean_field(obj.get("source")) or host_of(canonical or url),
        author=clean_field(obj.get("author")),
        category=clean_field(obj.get("category")),
        external_id=clean_field(str(ext)) if ext is not None else None,
        lead=lead,
    )


def read_jsonl(path: Path) -> Iterator[tuple[str, ArticleDraft | RecordError]]:
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
                if lineno == 1:
                    # Files saved by Windows tools start with a BOM, which json rejects.
                    line = line.removeprefix("\ufeff")
                obj = json.loads(line)
            except UnicodeDecodeError:
                yield where, RecordError("line is not valid UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield where, RecordError(f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            try:
                yield where, draft_from_record(obj)
            except RecordError as exc:
                yield where, exc


def read_html(path: Path) -> ArticleDraft:
    extracted = extract_html(path.read_bytes())
    if not extracted.is_article:
        # e.g. "listing page: 6 teaser headlines ..." or "rejected: page too large"
        raise RecordError(f"not an article: {extracted.reason or 'no article body found'}")
    draft = draft_from_extracted(extracted)
    if len(draft.text) < MIN_TEXT_CHARS:
        raise RecordError(f"no article body found ({len(draft.text)} characters of text)")
    if not draft.source:
        draft = replace(draft, source=host_of(draft.canonical_url or draft.url))
    return draft


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files to read: the given files, and supported files inside given folders."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            wanted = JSONL_SUFFIXES | HTML_SUFFIXES
            out.extend(sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in wanted))
        else:
            out.append(path)
    return out


def iter_drafts(paths: Iterable[Path]) -> Iterator[tuple[str, ArticleDraft | RecordError]]:
    for path in expand_paths(paths):
        suffix = path.suffix.lower()
        if not path.exists():
            yield str(path), RecordError("file does not exist")
        elif suffix in JSONL_SUFFIXES:
            try:
                yield from read_jsonl(path)
            except OSError as exc:
                yield str(path), RecordError(f"cannot read: {exc.strerror or exc}")
        elif suffix in HTML_SUFFIXES:
            try:
                yield str(path), read_html(path)
            except RecordError as exc:
                yield str(path), exc
            except OSError as exc:
                yield str(path), RecordError(f"cannot read: {exc.strerror or exc}")
        else:
            yield str(path), RecordError(
                f"unsupported file type {suffix or '(none)'}: give .jsonl or .html files")


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(store: Store, paths: Iterable[Path], *, progress: bool = False) -> IngestReport:
    """Upsert every readable article from ``paths``; report counts and rejections."""
    report = IngestReport()
    with progress_bar(0, "ingesting", progress) as bar:
        for batch in _batched(iter_drafts(list(paths)), _COMMIT_EVERY):
            # One commit per batch: fast, and a crash loses at most one batch.
            with store.transaction():
                for where, item in batch:
                    if isinstance(item, RecordError):
                        report.rejected.append((where, str(item)))
                        log.warning("rejected %s: %s", where, item)
                    else:
                        # A record conflicting with stored identities is rejected like
                        # any bad record instead of aborting the batch.
                        try:
                            status, _ = store.upsert_article(item)
                        except IdentityConflictError as exc:
                            report.rejected.append((where, str(exc)))
                            log.warning("rejected %s: %s", where, exc)
                            continue
                        setattr(report, status, getattr(report, status) + 1)
            bar.update(len(batch))
    log.info("ingest done new=%d updated=%d unchanged=%d rejected=%d", report.new,
             report.updated, report.unchanged, len(report.rejected))
    return report
