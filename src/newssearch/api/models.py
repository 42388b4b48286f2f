"""Typed request/response models; they generate the OpenAPI schema at /docs.

The CLI's ``--json`` output uses the same models, so scripts see one format.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..records import Article, PassageHit, SearchResult
from ..search import SearchResponse


class ArticleRef(BaseModel):
    id: int
    title: str | None = Field(description="Headline as published")
    url: str | None
    source: str | None = Field(description="Site or outlet")
    date: str | None = Field(description="Publication date, ISO 8601")


class PassageOut(BaseModel):
    text: str
    start: int = Field(description="Offset of the passage in the article text (code points)")
    end: int = Field(description="End offset (exclusive): article.text[start:end] == text")


class ScoredPassage(PassageOut):
    score: float


class SearchHit(BaseModel):
    score: float = Field(description="Cosine similarity of the best passage")
    article: ArticleRef
    passage: PassageOut = Field(description="The best passage of this article")
    more_passages: list[ScoredPassage] = Field(
        default_factory=list, description="Up to two more passages of the same article")


class SearchOut(BaseModel):
    query: str = Field(description="The query as searched (normalized)")
    k: int
    took_ms: float
    total: int = Field(description="Number of results returned")
    results: list[SearchHit]

    @classmethod
    def build(cls, response: SearchResponse) -> SearchOut:
        return cls(query=response.query, k=response.k, took_ms=response.took_ms,
                   total=len(response.results),
                   results=[_hit(r) for r in response.results])


def _ref(a: Article) -> ArticleRef:
    return ArticleRef(id=a.id, title=a.title, url=a.url, source=a.source, date=a.published)


def _scored(h: PassageHit) -> ScoredPassage:
    p = h.passage
    return ScoredPassage(text=p.text, start=p.start, end=p.end, score=round(h.score, 6))


def _hit(r: SearchResult) -> SearchHit:
    best = r.passages[0].passage
    return SearchHit(score=round(r.score, 6), article=_ref(r.article),
                     passage=PassageOut(text=best.text, start=best.start, end=best.end),
                     more_passages=[_scored(h) for h in r.passages[1:]])


class ArticleOut(BaseModel):
    id: int
    title: str | None
    url: str | None
    canonical_url: str | None
    source: str | None
    date: str | None
    author: str | None
    category: str | None
    text: str = Field(description="Full text; passages cite it by offsets")
    first_seen: str
    last_seen: str

    @classmethod
    def build(cls, a: Article) -> ArticleOut:
        return cls(id=a.id, title=a.title, url=a.url, canonical_url=a.canonical_url,
                   source=a.source, date=a.published, author=a.author, category=a.category,
                   text=a.text, first_seen=a.first_seen, last_seen=a.last_seen)


class IndexInfo(BaseModel):
    build: str
    passages: int
    articles: int
    built_at: str
    model: str
    dimension: int


class Health(BaseModel):
    status: str = Field(description="ok, no_index or error")
    detail: str | None = None
    model: str | None
    index: IndexInfo | None
    articles: int
    passages: int


class ErrorOut(BaseModel):
    detail: str
