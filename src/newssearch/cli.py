"""The ``newssearch`` command.

    newssearch crawl                  fetch new/changed articles from the configured sources
    newssearch reextract              re-run extraction on stored raw pages (no network)
    newssearch ingest PATH...         read JSONL dumps / HTML pages into the store
    newssearch extract PAGE...        show what the extractor makes of HTML pages
    newssearch index                  chunk, embed and publish the FAISS index
    newssearch search "câu hỏi"       search from the terminal (filters, --json, --csv)
    newssearch documents 71-KH/TU     articles citing a directive / decision number
    newssearch serve                  HTTP API and search page on 127.0.0.1:8000
    newssearch eval --corpus ...      nDCG/Recall/MRR on a BEIR-layout set
    newssearch eval-extract DIR       extraction quality on a gold set
    newssearch status                 what is in the store and the index
    newssearch model                  load (and on first use convert) the model

Exit codes: 0 success, 1 a run that reported errors (e.g. all records rejected),
2 bad usage or configuration, 3 a newssearch error (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from ._log import setup_logging
from .config import Config, load_config
from .errors import ConfigError, IndexNotBuiltError, NewsSearchError

if TYPE_CHECKING:
    from .api.models import SearchOut

log = logging.getLogger("newssearch.cli")


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _progress(args: argparse.Namespace) -> bool:
    return not args.quiet


# -- commands --------------------------------------------------------------------
def cmd_ingest(cfg: Config, args: argparse.Namespace) -> int:
    from .ingest import ingest
    from .store import Store

    with Store(cfg.db_path) as store:
        report = ingest(store, [Path(p) for p in args.paths], progress=_progress(args))
        total = store.count_articles()
    if args.json:
        _print_json({**report.as_dict(), "articles_in_store": total})
    else:
        print(f"ingested: {report.new} new, {report.updated} updated, {report.unchanged} "
              f"unchanged, {len(report.rejected)} rejected ({total} articles in store)")
        for where, reason in report.rejected[:20]:
            print(f"  rejected {where}: {reason}")
        if len(report.rejected) > 20:
            print(f"  ... and {len(report.rejected) - 20} more (see --json)")
        if report.new or report.updated:
            print("next: run `newssearch index` to make them searchable")
    accepted = report.new + report.updated + report.unchanged
    return 1 if report.rejected and not accepted else 0


def cmd_index(cfg: Config, args: argparse.Namespace) -> int:
    from .embed import load_embedder
    from .index import build_index
    from .store import Store

    embedder = load_embedder(cfg)
    log.info("model: %s", embedder.description)
    with Store(cfg.db_path) as store:
        if store.count_articles() == 0:
            raise NewsSearchError("the store is empty: run `newssearch ingest PATH...` first")
        report = build_index(store, embedder, cfg.chunk, cfg.index_dir,
                             duplicates=cfg.duplicates, progress=_progress(args))
    summary = {"build": report.build, "passages": report.passages,
               "articles": report.manifest.articles, "articles_chunked": report.articles_chunked,
               "embedded": report.embedded, "reused": report.reused, "seconds": report.seconds,
               "model": embedder.description}
    if args.json:
        _print_json(summary)
    else:
        rate = report.embedded / report.seconds if report.seconds else 0.0
        print(f"index {report.build}: {report.passages} passages from "
              f"{report.manifest.articles} articles ({report.embedded} embedded, "
              f"{report.reused} reused) in {report.seconds:.1f} s ({rate:.1f} passages/s)")
    return 0


def cmd_search(cfg: Config, args: argparse.Namespace) -> int:
    from .api.models import SearchOut
    from .search import Filters, open_searcher

    searcher = open_searcher(cfg)
    filters = Filters(date_from=args.date_from, date_to=args.date_to, source=args.source,
                      category=args.category)
    try:
        out = SearchOut.build(searcher.search(args.query, args.k, mode=args.mode,
                                              offset=args.offset, filters=filters,
                                              sort=args.sort,
                                              collapse=False if args.all_copies else None))
    finally:
        searcher.store.close()
    if args.json:
        _print_json(out.model_dump())
        return 0
    if args.csv:
        _print_csv(out)
        return 0
    bold = sys.stdout.isatty()
    if out.interpreted_query:
        print(f"Đang tìm: {out.interpreted_query}")
    print(f"{out.total} articles for “{out.query}” ({out.mode}, {out.took_ms:.0f} ms)\n")
    for n, hit in enumerate(out.results, out.offset + 1):
        a = hit.article
        print(f"{n}. {a.title or '(no title)'}  [{hit.score:.3f}]")
        print(f"   {a.source or '-'} · {a.date or 'no date'} · article {a.id} "
              f"chars {hit.passage.start}-{hit.passage.end}" + (f" · {a.url}" if a.url else ""))
        if hit.references:
            print(f"   cites: {', '.join(hit.references)}")
        for other in hit.also_published:
            print(f"   also published: {other.source or '-'} · {other.date or 'no date'} · "
                  f"article {other.id}" + (f" · {other.url}" if other.url else ""))
        print(f"   {_snippet(hit.passage.text, hit.passage.highlights, bold)}\n")
    return 0


def _snippet(text: str, spans: list[tuple[int, int]], bold: bool, limit: int = 300) -> str:
    """The passage (cut at a word near ``limit``), matches in bold on a terminal."""
    cut = text.rfind(" ", 0, limit)
    end = len(text) if len(text) <= limit else (cut if cut > 0 else limit)
    parts, pos = [], 0
    for start, stop in spans:
        if start >= end:
            break
        parts.append(text[pos:start])
        parts.append(f"\x1b[1m{text[start:stop]}\x1b[0m" if bold else text[start:stop])
        pos = stop
    parts.append(text[pos:end])
    return "".join(parts) + (" …" if end < len(text) else "")


def _print_csv(out: SearchOut) -> None:
    import csv

    writer = csv.writer(sys.stdout)
    writer.writerow(["rank", "score", "article_id", "title", "source", "date", "url",
                     "start", "end", "passage", "references", "also_published"])
    for n, hit in enumerate(out.results, out.offset + 1):
        a = hit.article
        writer.writerow([n, hit.score, a.id, a.title or "", a.source or "", a.date or "",
                         a.url or "", hit.passage.start, hit.passage.end, hit.passage.text,
                         " ".join(hit.references),
                         " ".join(str(o.url or o.id) for o in hit.also_published)])


def cmd_documents(cfg: Config, args: argparse.Namespace) -> int:
    from .api.models import DocumentOut
    from .docrefs import normalize_number
    from .index import load_documents
    from .store import Store

    number = normalize_number(args.number)
    if number is None:
        raise NewsSearchError(f"{args.number!r} is not a document number such as 71-KH/TU "
                              "or 1234/QĐ-UBND")
    documents = load_documents(cfg.index_dir)
    with Store(cfg.db_path, readonly=True) as store:
        found = store.get_articles(documents.get(number, []))
    out = DocumentOut.build(number, list(found.values()))
    if args.json:
        _print_json(out.model_dump())
        return 0
    print(f"{out.total} articles cite {out.number}")
    for a in out.articles:
        print(f"  {a.date or 'no date':<10}  {a.title or '(no title)'}  [article {a.id}]"
              + (f"  {a.url}" if a.url else ""))
    return 0


def cmd_serve(cfg: Config, args: argparse.Namespace) -> int:
    import uvicorn

    from .api import create_app

    host = args.host or cfg.serve.host
    port = args.port or cfg.serve.port
    app = create_app(cfg)
    print(f"newssearch serving on http://{host}:{port}  (API docs: http://{host}:{port}/docs)",
          flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    return 0


def cmd_eval(cfg: Config, args: argparse.Namespace) -> int:
    from .evaluate import MODES, evaluate

    modes = list(MODES) if args.mode == "all" else [args.mode or cfg.retrieval.mode]
    variants = (["accented", "plain"] if args.both_variants else
                ["plain"] if args.no_diacritics else ["accented"])
    report = evaluate(cfg, Path(args.corpus), Path(args.queries), Path(args.qrels),
                      split=args.split or None,
                      index_dir=Path(args.index_dir) if args.index_dir else None,
                      progress=_progress(args), modes=modes, variants=variants)
    metrics = report.metrics.as_dict()
    runs = {name: m.as_dict() for name, m in report.runs.items()}
    if args.output:
        Path(args.output).write_text(json.dumps({**metrics, "runs": runs}, indent=2) + "\n",
                                     encoding="utf-8")
    if args.json:
        _print_json({**metrics, "runs": runs, "run_seconds": report.run_seconds,
                     "passages": report.passages, "reused_index": report.reused_index,
                     "index_seconds": report.index_seconds,
                     "search_seconds": report.search_seconds})
    else:
        print(f"queries {metrics['queries']}  passages {report.passages}  "
              f"index {'reused' if report.reused_index else f'{report.index_seconds} s'}  "
              f"search {report.search_seconds} s\n")
        keys = ("ndcg@10", "recall@10", "recall@100", "mrr@10")
        print("| run | " + " | ".join(keys) + " | seconds |")
        print("|---|" + "---:|" * (len(keys) + 1))
        for name, m in runs.items():
            print(f"| {name} | " + " | ".join(f"{m[key]:.4f}" for key in keys)
                  + f" | {report.run_seconds.get(name, 0.0)} |")
    return 0


def cmd_status(cfg: Config, args: argparse.Namespace) -> int:
    from .index import MANIFEST_FILE, current_build
    from .store import Store

    info: dict[str, Any] = {"config": str(cfg.source) if cfg.source else None,
                            "data_home": str(cfg.data_home), "model": cfg.embed.model}
    if cfg.db_path.is_file():
        with Store(cfg.db_path) as store:
            s = store.stats()
        info["store"] = {"articles": s.articles, "passages": s.passages,
                         "articles_to_chunk": s.unchunked, "last_update": s.last_update}
    else:
        info["store"] = None
    try:
        build = current_build(cfg.index_dir)
        info["index"] = json.loads((build / MANIFEST_FILE).read_text(encoding="utf-8"))
    except IndexNotBuiltError:
        info["index"] = None
    except (NewsSearchError, OSError, ValueError) as exc:
        info["index"] = {"error": str(exc)}
    _print_json(info)
    return 0


def cmd_model(cfg: Config, args: argparse.Namespace) -> int:
    from .embed import load_embedder

    embedder = load_embedder(cfg)
    _print_json({"model": embedder.model_id, "checksum": embedder.checksum,
                 "dimension": embedder.dimension, "max_tokens": embedder.max_tokens,
                 "description": embedder.description})
    return 0


def cmd_extract(cfg: Config, args: argparse.Namespace) -> int:
    from .extract import extract_html

    failed = 0
    for name in args.pages:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"newssearch: {name}: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        ex = extract_html(data)  # detects the encoding from the bytes
        record: dict[str, Any] = {
            "file": name, "is_article": ex.is_article, "title": ex.title,
            "date": ex.published[:10] if ex.published else None, "author": ex.author,
            "body": "\n\n".join(p for p in ex.text.split("\n") if p.strip()),
        }
        if ex.reason:
            record["reason"] = ex.reason
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed and failed == len(args.pages) else 0


def cmd_eval_extract(cfg: Config, args: argparse.Namespace) -> int:
    from .extract_eval import evaluate_dir, format_report, reports_as_json

    folder = Path(args.dir)
    if not folder.is_dir():
        raise NewsSearchError(f"{folder}: not a folder of NAME.html + NAME.json gold pages")
    systems = ["newssearch", *(s for s in args.compare if s != "newssearch")]
    try:
        reports = evaluate_dir(folder, systems)
    except ImportError as exc:
        raise NewsSearchError(f"--compare needs {exc.name}: pip install trafilatura "
                              "lxml_html_clean") from exc
    if not reports or not reports[0].pages:
        raise NewsSearchError(f"{folder}: no gold pages (NAME.html with NAME.json) found")
    if args.json:
        _print_json(reports_as_json(reports))
    else:
        print(format_report(reports))
    return 0


def cmd_crawl(cfg: Config, args: argparse.Namespace) -> int:
    import contextlib
    import tempfile

    from .crawl import Crawler, load_sources
    from .crawl.crawler import crawl_lock
    from .store import Store

    sources = load_sources(args.sources)
    chosen = sources.select(args.source)
    if not chosen:
        raise ConfigError(f"{sources.path}: no [[sources]] defined")
    if args.max_pages is not None and args.max_pages < 0:
        raise ConfigError("--max-pages must be >= 0")
    with contextlib.ExitStack() as stack:
        if args.dry_run:
            # Discovery needs a frontier; a throwaway store keeps the real one untouched.
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="newssearch-dry-"))
            db = Path(tmp) / "dry-run.db"
        else:
            stack.enter_context(crawl_lock(cfg.data_home / "crawl.lock"))
            db = cfg.db_path
        store = stack.enter_context(Store(db))
        crawler = Crawler(store, sources.crawler, progress=_progress(args),
                          dry_run=args.dry_run, max_pages=args.max_pages)
        stack.callback(crawler.close)
        summary = crawler.crawl(chosen)
    _print_json(summary.as_dict())
    if not args.dry_run and (summary.total("new") or summary.total("updated")):
        log.info("next: run `newssearch index` to make new and updated articles searchable")
    reached = summary.total("fetched") + summary.total("not_modified")
    return 1 if summary.errors and not reached else 0


def cmd_reextract(cfg: Config, args: argparse.Namespace) -> int:
    import os

    from .crawl import load_sources, reextract
    from .crawl.sources import DEFAULT_SOURCES_NAME, ENV_SOURCES, Source
    from .store import Store

    # The sources file only contributes extraction hints here, so it is optional.
    known: tuple[Source, ...] = ()
    if args.sources or os.environ.get(ENV_SOURCES) or Path(DEFAULT_SOURCES_NAME).is_file():
        known = load_sources(args.sources).sources
    if not cfg.db_path.is_file():
        raise NewsSearchError(f"store {cfg.db_path} does not exist: run `newssearch crawl` first")
    with Store(cfg.db_path) as store:
        report = reextract(store, known, source=args.source, progress=_progress(args))
    _print_json(report.as_dict())
    return 0


# -- parser ----------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="TOML config (default: ./newssearch.toml "
                        "or $NEWSSEARCH_CONFIG)")
    common.add_argument("--home", metavar="DIR", help="data home (overrides paths.data_home)")
    common.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    common.add_argument("-q", "--quiet", action="store_true", help="warnings only, no progress")
    common.add_argument("--log-json", action="store_true", help="logs as JSON lines")

    parser = argparse.ArgumentParser(
        prog="newssearch", parents=[common],
        description="Semantic search over local Vietnamese news, with exact citations.")
    parser.add_argument("--version", action="version", version=f"newssearch {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="read JSONL / HTML into the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".jsonl/.html files or folders")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("index", parents=[common], help="chunk, embed and publish the index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", parents=[common], help="search from the terminal")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=None, help="articles to return (1-100, default 10)")
    p.add_argument("--offset", type=int, default=0, help="articles to skip (pagination)")
    p.add_argument("--mode", choices=("hybrid", "dense", "lexical"), default=None,
                   help="retrieval method (default: retrieval.mode, hybrid)")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance",
                   help="date: the relevant articles, newest first")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="published on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    p.add_argument("--source", help="site name or URL contains this (case-insensitive)")
    p.add_argument("--category", help="section / topic, exact (case-insensitive)")
    p.add_argument("--all-copies", action="store_true",
                   help="do not collapse near-duplicates (the same story on several sites)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the API's JSON")
    out.add_argument("--csv", action="store_true", help="one row per article, for export")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("documents", parents=[common],
                       help="articles citing a document number (71-KH/TU, 1234/QĐ-UBND)")
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help="the API's JSON")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("serve", parents=[common], help="HTTP API and search page")
    p.add_argument("--host", default=None, help="default 127.0.0.1")
    p.add_argument("--port", type=int, default=None, help="default 8000")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", parents=[common], help="evaluate on a BEIR-layout set")
    p.add_argument("--corpus", required=True)
    p.add_argument("--queries", required=True)
    p.add_argument("--qrels", required=True)
    p.add_argument("--split", default="test", help="query split ('' for all; default test)")
    p.add_argument("--output", metavar="FILE", help="write the metrics as JSON")
    p.add_argument("--index-dir", metavar="DIR", help="keep and reuse the eval index here")
    p.add_argument("--mode", choices=["dense", "lexical", "hybrid", "all"], default=None,
                   help="retrieval mode to score (default: retrieval.mode); all = each one")
    p.add_argument("--no-diacritics", action="store_true",
                   help="strip every query's diacritics (đ → d) before searching")
    p.add_argument("--both-variants", action="store_true",
                   help="score the queries as written and without diacritics")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("status", parents=[common], help="store and index state (JSON)")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("model", parents=[common], help="load/convert the model, print its id")
    p.set_defaults(func=cmd_model)
    p = sub.add_parser("extract", parents=[common], help="extract article fields from HTML pages")
    p.add_argument("pages", nargs="+", metavar="PAGE", help="HTML files (any encoding)")
    p.add_argument("--json", action="store_true",
                   help="JSON lines (the default and only output format)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval-extract", parents=[common],
                       help="score extraction on a gold folder of NAME.html + NAME.json")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--compare", action="append", default=[], choices=["trafilatura"],
                   help="also run this extractor and print both side by side")
    p.add_argument("--json", action="store_true", help="figures and per-page scores as JSON")
    p.set_defaults(func=cmd_eval_extract)

    p = sub.add_parser("crawl", parents=[common],
                       help="crawl the configured sources into the store (JSON summary)")
    p.add_argument("--sources", metavar="FILE",
                   help="sources file (default: $NEWSSEARCH_SOURCES or ./sources.toml)")
    p.add_argument("--source", metavar="NAME", help="crawl only this source")
    p.add_argument("--max-pages", type=int, default=None, metavar="N",
                   help="requests per source this run (overrides max_pages)")
    p.add_argument("--dry-run", action="store_true",
                   help="discover only: list the article URLs a crawl would fetch, store nothing")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("reextract", parents=[common],
                       help="re-run extraction over the stored raw pages (no network)")
    p.add_argument("--sources", metavar="FILE", help="sources file for extraction hints")
    p.add_argument("--source", metavar="NAME", help="only this source's pages")
    p.set_defaults(func=cmd_reextract)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(-1 if args.quiet else args.verbose, args.log_json)
    try:
        cfg = load_config(args.config)
        if args.home:
            cfg = cfg.with_data_home(Path(args.home).resolve())
        code: int = args.func(cfg, args)
        return code
    except ConfigError as exc:
        print(f"newssearch: configuration error: {exc}", file=sys.stderr)
        return 2
    except NewsSearchError as exc:
        print(f"newssearch: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("newssearch: interrupted; committed work is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
