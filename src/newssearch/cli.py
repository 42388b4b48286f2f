"""The ``newssearch`` command.

    newssearch ingest PATH...         read JSONL dumps / HTML pages into the store
    newssearch index                  chunk, embed and publish the FAISS index
    newssearch search "câu hỏi"       search from the terminal (--json for scripts)
    newssearch serve                  HTTP API and search page on 127.0.0.1:8000
    newssearch eval --corpus ...      nDCG/Recall/MRR on a BEIR-layout set
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
from typing import Any

from . import __version__
from ._log import setup_logging
from .config import Config, load_config
from .errors import ConfigError, IndexNotBuiltError, NewsSearchError

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
                             progress=_progress(args))
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
    from .search import open_searcher

    searcher = open_searcher(cfg)
    try:
        out = SearchOut.build(searcher.search(args.query, args.k))
    finally:
        searcher.store.close()
    if args.json:
        _print_json(out.model_dump())
        return 0
    print(f"{out.total} articles for “{out.query}” ({out.took_ms:.0f} ms)\n")
    for n, hit in enumerate(out.results, 1):
        a = hit.article
        print(f"{n}. {a.title or '(no title)'}  [{hit.score:.3f}]")
        print(f"   {a.source or '-'} · {a.date or 'no date'} · article {a.id} "
              f"chars {hit.passage.start}-{hit.passage.end}" + (f" · {a.url}" if a.url else ""))
        snippet = hit.passage.text if len(hit.passage.text) <= 300 else \
            hit.passage.text[:300].rsplit(" ", 1)[0] + " …"
        print(f"   {snippet}\n")
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
    from .evaluate import evaluate

    report = evaluate(cfg, Path(args.corpus), Path(args.queries), Path(args.qrels),
                      split=args.split or None,
                      index_dir=Path(args.index_dir) if args.index_dir else None,
                      progress=_progress(args))
    metrics = report.metrics.as_dict()
    if args.output:
        Path(args.output).write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    if args.json:
        _print_json({**metrics, "passages": report.passages, "reused_index": report.reused_index,
                     "index_seconds": report.index_seconds,
                     "search_seconds": report.search_seconds})
    else:
        print(f"queries {metrics['queries']}  passages {report.passages}  "
              f"index {'reused' if report.reused_index else f'{report.index_seconds} s'}  "
              f"search {report.search_seconds} s")
        for key in ("ndcg@10", "recall@10", "recall@100", "mrr@10"):
            print(f"{key:>10}  {metrics[key]:.4f}")
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
    p.add_argument("--json", action="store_true", help="the API's JSON")
    p.set_defaults(func=cmd_search)

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
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("status", parents=[common], help="store and index state (JSON)")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("model", parents=[common], help="load/convert the model, print its id")
    p.set_defaults(func=cmd_model)
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
