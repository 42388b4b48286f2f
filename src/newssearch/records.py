"""Records that cross stage boundaries.

Data flows one way: ``ingest``/``extract`` produce :class:`ArticleDraft`, the
``store`` turns drafts into :class:`Article` rows, ``chunk`` cuts
:class:`PassageSpan` out of an article's text, the store keeps them as
:class:`Passage`, and ``search`` answers with :class:`SearchResult`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as read from a source, before it reaches the store.

    ``text`` is the body with paragraphs separated by ``\\n``. All strings are
    NFC-normalized by whoever builds the draft (see ``newssearch.textnorm``).
    """

    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    source: str | None = None  # site name or host
    author: str | None = None
    category: str | None = None
    external_id: str | None = None  # id in the source collection, e.g. "unc-123"
    #: The lead / sapo as published; when set, ``text`` starts with it.
    lead: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article as stored."""

    id: int
    text: str
    content_hash: str
    first_seen: str
    last_seen: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    category: str | None = None
    external_id: str | None = None
    lead: str | None = None


@dataclass(frozen=True, slots=True)
class PassageSpan:
    """A passage as cut by the chunker: ``text[start:end]`` of its article."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """A stored passage. Invariant: ``article.text[start:end] == text``."""

    id: int
    article_id: int
    ordinal: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PassageHit:
    passage: Passage
    score: float


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One article in a result list: its best passage first, then up to two more."""

    article: Article
    score: float
    passages: tuple[PassageHit, ...] = field(default_factory=tuple)
    #: The same story published elsewhere (near-duplicates collapsed into this result).
    also_published: tuple[Article, ...] = field(default_factory=tuple)
