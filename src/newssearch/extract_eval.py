"""Evaluate article extraction against a gold set (``newssearch eval-extract``).

A gold set is a folder (searched recursively) of ``NAME.html`` pages, each with
``NAME.json`` next to it: ``{"is_article", "title", "date" (YYYY-MM-DD or null),
"author", "body"}`` where ``body`` is the paragraphs joined by a blank line.

Figures:

* body precision / recall / F1 over syllable tokens: NFC, lowercased, split on
  anything that is not a letter or digit (punctuation dropped), compared as bags
  (multiset overlap). Per page, then macro-averaged over the gold *articles*;
  a page wrongly called a non-article scores 0 there.
* title: exact match after NFC and whitespace collapsing (articles only).
* date: the first 10 characters of the prediction equal the gold date, null
  equal to null (articles only).
* author: equal after NFC, casefolding, whitespace collapsing and dropping
  enclosing parentheses; null equal to null (articles only).
* is_article: accuracy over all pages, plus the share of non-article pages
  recognized.

Systems: ``newssearch`` (this package's :func:`~newssearch.extract.extract_html`)
and ``trafilatura`` (its default :func:`trafilatura.bare_extraction`, with
metadata; a page for which it returns nothing counts as "not an article").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .extract import decode_html, extract_html

__all__ = [
    "GoldPage",
    "PageScore",
    "Prediction",
    "Report",
    "body_prf",
    "evaluate_dir",
    "format_report",
    "load_gold",
    "predict_newssearch",
    "predict_trafilatura",
    "tokens",
]

_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Prediction:
    is_article: bool
    title: str | None
    date: str | None
    author: str | None
    body: str  # paragraphs joined by a blank line
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPage:
    name: str  # path relative to the gold folder, without ".html"
    html: bytes
    expected: Prediction


@dataclass(frozen=True, slots=True)
class PageScore:
    name: str
    is_article: bool  # gold
    is_article_ok: bool
    precision: float | None = None  # body figures: articles only
    recall: float | None = None
    f1: float | None = None
    title_ok: bool | None = None
    date_ok: bool | None = None
    author_ok: bool | None = None


@dataclass
class Report:
    system: str
    pages: list[PageScore] = field(default_factory=list)

    def _articles(self) -> list[PageScore]:
        return [p for p in self.pages if p.is_article]

    def figures(self) -> dict[str, float]:
        arts = self._articles()
        non = [p for p in self.pages if not p.is_article]

        def mean(values: Iterable[float | bool | None]) -> float:
            vals = [float(v) for v in values if v is not None]
            return round(sum(vals) / len(vals), 4) if vals else 0.0

        return {
            "pages": len(self.pages),
            "articles": len(arts),
            "body_precision": mean(p.precision for p in arts),
            "body_recall": mean(p.recall for p in arts),
            "body_f1": mean(p.f1 for p in arts),
            "title": mean(p.title_ok for p in arts),
            "date": mean(p.date_ok for p in arts),
            "author": mean(p.author_ok for p in arts),
            "is_article": mean(p.is_article_ok for p in self.pages),
            "non_articles_recognized": mean(p.is_article_ok for p in non) if non else 1.0,
        }


# --------------------------------------------------------------------------- scoring


def tokens(text: str) -> list[str]:
    """Syllable tokens: NFC, lowercased, punctuation dropped."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text).lower())


def body_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 of ``predicted`` against ``expected``."""
    pred, gold = Counter(tokens(predicted)), Counter(tokens(expected))
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    overlap = sum((pred & gold).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(unicodedata.normalize("NFC", s).split())
    return s or None


def _norm_author(s: str | None) -> str | None:
    n = _norm(s)
    if n is None:
        return None
    n = n.casefold()
    if n.startswith("(") and n.endswith(")"):
        n = n[1:-1].strip()
    return n or None


def score_page(name: str, gold: Prediction, pred: Prediction) -> PageScore:
    ok = gold.is_article == pred.is_article
    if not gold.is_article:
        return PageScore(name=name, is_article=False, is_article_ok=ok)
    body = pred.body if pred.is_article else ""
    p, r, f = body_prf(body, gold.body)
    pred_date = pred.date[:10] if pred.date else None
    return PageScore(
        name=name,
        is_article=True,
        is_article_ok=ok,
        precision=round(p, 4),
        recall=round(r, 4),
        f1=round(f, 4),
        title_ok=_norm(pred.title) == _norm(gold.title),
        date_ok=pred_date == gold.date,
        author_ok=_norm_author(pred.author) == _norm_author(gold.author),
    )


# --------------------------------------------------------------------------- systems


def predict_newssearch(html: bytes) -> Prediction:
    ex = extract_html(html)
    return Prediction(
        is_article=ex.is_article,
        title=ex.title,
        date=ex.published[:10] if ex.published else None,
        author=ex.author,
        body="\n\n".join(p for p in ex.text.split("\n") if p.strip()),
        reason=ex.reason,
    )


def predict_trafilatura(html: bytes) -> Prediction:
    """trafilatura's default extraction (``bare_extraction`` with its defaults)."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(decode_html(html), with_metadata=True)
    if doc is None:
        return Prediction(False, None, None, None, "", reason="trafilatura: nothing extracted")
    data: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text") or ""
    return Prediction(
        is_article=bool(text.strip()),
        title=data.get("title"),
        date=(data.get("date") or None),
        author=data.get("author"),
        body="\n\n".join(p for p in text.split("\n") if p.strip()),
    )


SYSTEMS: dict[str, Callable[[bytes], Prediction]] = {
    "newssearch": predict_newssearch,
    "trafilatura": predict_trafilatura,
}


# --------------------------------------------------------------------------- running


def load_gold(folder: Path, recursive: bool = True) -> list[GoldPage]:
    """Every ``*.html`` under ``folder`` (or only in it) with its ``.json`` sibling, by name."""
    out: list[GoldPage] = []
    for page in sorted(folder.rglob("*.html") if recursive else folder.glob("*.html")):
        exp_path = page.with_suffix(".json")
        if not exp_path.is_file():
            continue
        e = json.loads(exp_path.read_text(encoding="utf-8"))
        expected = Prediction(
            is_article=bool(e["is_article"]),
            title=e.get("title"),
            date=e.get("date"),
            author=e.get("author"),
            body=e.get("body") or "",
        )
        name = page.relative_to(folder).with_suffix("").as_posix()
        out.append(GoldPage(name=name, html=page.read_bytes(), expected=expected))
    return out


def evaluate_dir(
    folder: Path, systems: Iterable[str] = ("newssearch",), recursive: bool = True
) -> list[Report]:
    gold = load_gold(folder, recursive)
    reports: list[Report] = []
    for system in systems:
        predict = SYSTEMS[system]
        report = Report(system=system)
        for g in gold:
            report.pages.append(score_page(g.name, g.expected, predict(g.html)))
        reports.append(report)
    return reports


def _fmt_bool(v: bool | None) -> str:
    return "-" if v is None else ("ok" if v else "NO")


def format_report(reports: list[Report]) -> str:
    """Per-page rows, then the overall figures, systems side by side."""
    lines: list[str] = []
    names = [r.system for r in reports]
    head = f"{'page':<36}" + "".join(f" | {n[:12]:>12} F1 ttl dat aut art" for n in names)
    lines.append(head)
    lines.append("-" * len(head))
    for i, page in enumerate(reports[0].pages):
        row = f"{page.name[:36]:<36}"
        for r in reports:
            p = r.pages[i]
            f1 = "   -  " if p.f1 is None else f"{p.f1:6.3f}"
            row += (f" | {'':>9}{f1} {_fmt_bool(p.title_ok):>3} {_fmt_bool(p.date_ok):>3} "
                    f"{_fmt_bool(p.author_ok):>3} {_fmt_bool(p.is_article_ok):>3}")
        lines.append(row)
    lines.append("")
    figs = [r.figures() for r in reports]
    lines.append(f"{'overall':<26}" + "".join(f"{n:>14}" for n in names))
    for key in figs[0]:
        vals = "".join(
            f"{f[key]:>14}" if key in {"pages", "articles"} else f"{f[key]:>14.4f}" for f in figs
        )
        lines.append(f"{key:<26}{vals}")
    return "\n".join(lines)


def reports_as_json(reports: list[Report]) -> dict[str, Any]:
    return {r.system: {"figures": r.figures(), "pages": [asdict(p) for p in r.pages]}
            for r in reports}
