"""FastAPI application: ``/api/search``, ``/api/articles/{id}``, ``/healthz``, ``/``.

The service starts even when no index exists yet (``/healthz`` says so and
search answers 503), picks up a newly published index without a restart, and
keeps serving the previous index if a new one fails to load. Clients never
see stack traces: errors are ``{"detail": "..."}`` with a useful message.
"""

# No `from __future__ import annotations`: FastAPI must evaluate the endpoint
# annotations, which use limits from the configuration (local variables).

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Config
from ..docrefs import normalize_number
from ..embed import Embedder, load_embedder
from ..errors import IndexNotBuiltError, NewsSearchError, QueryError
from ..index import IndexHolder
from ..search import Filters, Searcher, index_loader
from ..store import Store
from .models import ArticleOut, DocumentOut, ErrorOut, Health, IndexInfo, SearchOut

log = logging.getLogger(__name__)


def default_web_dir() -> Path:
    # src/newssearch/api/app.py → the checkout's web/ folder.
    return Path(__file__).resolve().parents[3] / "web"


class Service:
    """What the endpoints share; built at startup."""

    def __init__(self, config: Config, embedder: Embedder | None) -> None:
        self.config = config
        self.store = Store(config.db_path)
        self.embed_error: NewsSearchError | None = None
        if embedder is None:
            try:
                embedder = load_embedder(config)
            except NewsSearchError as exc:
                log.error("model not available: %s", exc)
                self.embed_error = exc
        self.embedder = embedder
        self.holder: IndexHolder | None = None
        self.searcher: Searcher | None = None
        if embedder is not None:
            # New builds load in the background: no request waits for a reload.
            self.holder = IndexHolder(config.index_dir, index_loader(embedder),
                                      background=True)
            self.holder.get()  # load now so the first query is fast
            self.searcher = Searcher(self.store, embedder, self.holder, config.search,
                                     config.retrieval, duplicates=config.duplicates)

    def close(self) -> None:
        self.store.close()


def create_app(config: Config, *, embedder: Embedder | None = None) -> FastAPI:
    """Build the app. ``embedder`` may be injected (tests share one loaded model)."""
    scfg = config.search

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = Service(config, embedder)
        app.state.service = service
        log.info("service ready model=%s data_home=%s",
                 service.embedder.description if service.embedder else None, config.data_home)
        yield
        service.close()

    app = FastAPI(
        title="newssearch",
        version=__version__,
        summary="Semantic search over local Vietnamese news, with exact citations.",
        lifespan=lifespan,
    )

    @app.exception_handler(NewsSearchError)
    async def _known_error(request: Request, exc: NewsSearchError) -> JSONResponse:
        status = 422 if isinstance(exc, QueryError) else 503
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse({"detail": "internal error; the server log has the details"},
                            status_code=500)

    def service(request: Request) -> Service:
        svc: Service = request.app.state.service
        return svc

    @app.get("/api/search", response_model=SearchOut, tags=["search"],
             responses={422: {"model": ErrorOut}, 503: {"model": ErrorOut}})
    def search(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=scfg.max_query_chars,
                                description="Natural-language query, Vietnamese or not")],
        k: Annotated[int, Query(ge=1, le=scfg.max_k, description="Articles to return")] = (
            scfg.default_k),
        limit: Annotated[int | None, Query(ge=1, le=scfg.max_k,
                                           description="Same as k (page size); wins if both")
                         ] = None,
        offset: Annotated[int, Query(ge=0, le=9 * scfg.max_k,
                                     description="Articles to skip (pagination)")] = 0,
        mode: Annotated[Literal["hybrid", "dense", "lexical"] | None, Query(
            description="Retrieval mode (default: retrieval.mode of the configuration)")
                        ] = None,
        date_from: Annotated[str | None, Query(description="Published on or after "
                                                           "(YYYY-MM-DD)")] = None,
        date_to: Annotated[str | None, Query(description="Published on or before "
                                                         "(YYYY-MM-DD)")] = None,
        source: Annotated[str | None, Query(max_length=200, description=(
            "Site or outlet: case-insensitive part of the source name or URL"))] = None,
        category: Annotated[str | None, Query(max_length=200,
                                              description="Category, exact")] = None,
        sort: Annotated[Literal["relevance", "date"], Query(
            description="relevance, or date (newest first among the relevant articles)")
                        ] = "relevance",
        collapse: Annotated[bool | None, Query(
            description="One result per story: near-duplicates republished elsewhere are "
                        "listed in `also_published` (default: duplicates.collapse)")
                            ] = None,
    ) -> SearchOut:
        """Articles ranked by their best passage, each with up to two more passages.

        Queries typed without diacritics are restored from the corpus
        (``interpreted_query``); passages carry ``highlights`` of the query's words;
        the same story on several sites is one result with ``also_published`` links.
        """
        svc = service(request)
        if svc.searcher is None:
            raise svc.embed_error or NewsSearchError("search is not available")
        filters = Filters(date_from=date_from, date_to=date_to, source=source,
                          category=category)
        return SearchOut.build(svc.searcher.search(q, limit or k, mode=mode, offset=offset,
                                                   filters=filters, sort=sort,
                                                   collapse=collapse))

    @app.get("/api/documents/{number:path}", response_model=DocumentOut, tags=["articles"],
             responses={422: {"model": ErrorOut}, 503: {"model": ErrorOut}})
    def document(request: Request, number: str) -> DocumentOut:
        """Articles citing an administrative document ("71-KH/TU", "1234/QĐ-UBND"), newest
        first. Spacing and case do not matter."""
        norm = normalize_number(number)
        if norm is None:
            raise QueryError(f"{number!r} is not a document number such as 71-KH/TU or "
                             "1234/QĐ-UBND")
        svc = service(request)
        index = svc.holder.get() if svc.holder else None
        if index is None:
            raise (svc.holder.error if svc.holder else None) or svc.embed_error or \
                IndexNotBuiltError()
        found = svc.store.get_articles(index.documents.get(norm, []))
        return DocumentOut.build(norm, list(found.values()))

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["articles"],
             responses={404: {"model": ErrorOut}})
    def article(request: Request, article_id: int) -> ArticleOut:
        """The stored article; passages cite ``text[start:end]``."""
        found = service(request).store.get_article(article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id}")
        return ArticleOut.build(found)

    @app.get("/healthz", response_model=Health, tags=["service"])
    def healthz(request: Request) -> Health:
        """Index state, model and counts. Always 200; read ``status``."""
        svc = service(request)
        stats = svc.store.stats()
        index = svc.holder.get() if svc.holder else None
        info = None
        if index is not None:
            m = index.manifest
            info = IndexInfo(build=index.path.name, passages=m.passages, articles=m.articles,
                             built_at=m.built_at, model=m.model_id, dimension=m.dimension,
                             lexical=index.lexical is not None)
        index_error = svc.holder.error if svc.holder else None
        if index is not None:
            # A failed reload is reported while the previous build keeps serving.
            status, detail = "ok", (str(index_error) if index_error else None)
        elif svc.embed_error is not None:
            status, detail = "error", str(svc.embed_error)
        elif index_error is None or isinstance(index_error, IndexNotBuiltError):
            status, detail = "no_index", str(IndexNotBuiltError())
        else:
            status, detail = "error", str(index_error)
        return Health(status=status, detail=detail,
                      model=svc.embedder.description if svc.embedder else None,
                      index=info, articles=stats.articles, passages=stats.passages,
                      reloading=bool(svc.holder and svc.holder.loading))

    web_dir = Path(config.serve.web_dir) if config.serve.web_dir else default_web_dir()
    if (web_dir / "index.html").is_file():
        app.mount("/static", StaticFiles(directory=web_dir), name="static")

        @app.get("/", include_in_schema=False)
        def page() -> FileResponse:
            return FileResponse(web_dir / "index.html")
    else:
        @app.get("/", include_in_schema=False)
        def no_page() -> PlainTextResponse:
            return PlainTextResponse(f"search page not found in {web_dir}; the API is at "
                                     "/api/search and its docs at /docs")

    return app
