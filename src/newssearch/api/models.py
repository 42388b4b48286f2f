"""Typed request/response models; they generate the OpenAPI schema at /docs.

The CLI's ``--json`` output uses the same models, so scripts see one format.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..docrefs import find_references
from ..records import Article, PassageHit, SearchResult
from ..search import SearchResponse
from ..vietnamese import highlight_spans

#: ``[start, end)`` code-point offsets within the passage text.
Span = tuple[int, int]


class ArticleRef(BaseModel):
    id: int
    title: str | None = Field(description="Headline as published")
    url: str | None
    source: str | None = Field(description="Site or outlet")
    date: str | None = Field(description="Publication date, ISO 8601")
    category: str | None = Field(default=None, description="Section / topic, if known")


class PassageOut(BaseModel):
    text: str
    start: int = Field(description="Offset of the passage in the article text (code points)")
    end: int = Field(description="End offset (exclusive): article.text[start:end] == text")
    highlights: list[Span] = Field(
        default_factory=list,
        description="[start, end) spans within `text` (code points) matching the query's "
                    "words, accent-insensitive for queries typed without diacritics")


class ScoredPassage(PassageOut):
    score: float


class SearchHit(BaseModel):
    score: float = Field(description="Score of the best passage: cosine similarity (dense), "
                         "BM25 (lexical) or the fused score (hybrid)")
    article: ArticleRef
    passage: PassageOut = Field(description="The best passage of this article")
    more_passages: list[ScoredPassage] = Field(
        default_factory=list, description="Up to two more passages of the same article")
    references: list[str] = Field(
        default_factory=list, description="Document numbers the article cites, normalized "
                                          "(e.g. \"71-KH/TU\"); see /api/documents/{number}")
    also_published: list[ArticleRef] = Field(
        default_factory=list, description="The same story published elsewhere (near-"
                                          "duplicates collapsed into this result), earliest "
                                          "first")


class SearchOut(BaseModel):
    query: str = Field(description="The query as received (normalized)")
    interpreted_query: str | None = Field(
        default=None, description="The query as searched when it differs: diacritics "
                                  "restored for a query typed without them (\"Đang tìm: …\")")
    diacritic_free: bool = Field(default=False,
                                 description="The query was typed without diacritics")
    mode: str = Field(default="hybrid", description="hybrid, dense or lexical")
    k: int
    offset: int = Field(default=0, description="Articles skipped (pagination)")
    took_ms: float
    total: int = Field(description="Number of results returned")
    results: list[SearchHit]

    @classmethod
    def build(cls, response: SearchResponse) -> SearchOut:
        terms = frozenset(response.highlight_terms)
        folded = frozenset(response.highlight_folded)
        return cls(query=response.query, interpreted_query=response.interpreted_query,
                   diacritic_free=response.diacritic_free, mode=response.mode, k=response.k,
                   offset=response.offset, took_ms=response.took_ms,
                   total=len(response.results),
                   results=[_hit(r, terms, folded) for r in response.results])


def _ref(a: Article) -> ArticleRef:
    return ArticleRef(id=a.id, title=a.title, url=a.url, source=a.source, date=a.published,
                      category=a.category)


def _scored(h: PassageHit, terms: frozenset[str], folded: frozenset[str]) -> ScoredPassage:
    p = h.passage
    return ScoredPassage(text=p.text, start=p.start, end=p.end, score=round(h.score, 6),
                         highlights=highlight_spans(p.text, terms, folded))


def _hit(r: SearchResult, terms: frozenset[str], folded: frozenset[str]) -> SearchHit:
    best = r.passages[0].passage
    return SearchHit(score=round(r.score, 6), article=_ref(r.article),
                     passage=PassageOut(text=best.text, start=best.start, end=best.end,
                                        highlights=highlight_spans(best.text, terms, folded)),
                     more_passages=[_scored(h, terms, folded) for h in r.passages[1:]],
                     references=list(dict.fromkeys(ref.number for ref in
                                                   find_references(r.article.text))),
                     also_published=[_ref(a) for a in r.also_published])


class DocumentOut(BaseModel):
    number: str = Field(description="The normalized document number")
    total: int
    articles: list[ArticleRef] = Field(description="Articles citing it, newest first")

    @classmethod
    def build(cls, number: str, articles: list[Article]) -> DocumentOut:
        dated = sorted((a for a in articles if a.published), key=lambda a: a.published or "",
                       reverse=True)
        undated = [a for a in articles if not a.published]
        return cls(number=number, total=len(articles),
                   articles=[_ref(a) for a in dated + undated])


class ArticleOut(BaseModel):
    id: int
    title: str | None
    url: str | None
    canonical_url: str | None
    source: str | None
    date: str | None
    author: str | None
    category: str | None
    lead: str | None = Field(default=None, description="The lead / sapo as published; "
                             "`text` starts with it")
    text: str = Field(description="Full text; passages cite it by offsets")
    first_seen: str
    last_seen: str

    @classmethod
    def build(cls, a: Article) -> ArticleOut:
        return cls(id=a.id, title=a.title, url=a.url, canonical_url=a.canonical_url,
                   source=a.source, date=a.published, author=a.author, category=a.category,
                   lead=a.lead, text=a.text, first_seen=a.first_seen, last_seen=a.last_seen)


class IndexInfo(BaseModel):
    build: str
    passages: int
    articles: int
    built_at: str
    model: str
    dimension: int
    lexical: bool = Field(default=False, description="The build has its lexical index "
                          "(BM25 + accent restoration); false for builds made before it")


class Health(BaseModel):
    status: str = Field(description="ok, no_index or error")
    detail: str | None = None
    model: str | None
    index: IndexInfo | None
    #: A newer build is being loaded; the one in ``index`` answers until it is ready.
    reloading: bool = False
    articles: int
    passages: int


class ErrorOut(BaseModel):
    detail: str
