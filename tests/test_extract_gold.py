"""Extraction quality gate on the gold set in tests/fixtures/extraction/.

Fails when any figure of this package's extractor drops below the recorded
baseline (tests/baselines/extraction.json), when it misses the issue's targets,
or when it is not strictly better than trafilatura's default extraction on every
figure. Subsets: the whole folder ("all"), ``unseen/`` (templates and class
names not used while tuning), ``holdout/``, ``holdout2/`` and ``holdout3/`` (written after
tuning, measured, then fixed), ``final_holdout/`` (written last and measured once;
its one miss, an RSS index, was then fixed by a general link-list rule, so it is no
longer untouched; it is gated against its baseline and trafilatura), ``holdout4/``,
``holdout5/``, ``holdout6/``, ``holdout7/``, ``holdout8/`` and ``holdout9/`` (each
written blind, without looking at the extractor, measured once, then fixed), and
``holdout10/`` (written blind, measured once, never tuned on: it met every target on
first contact). First measurements of every subset are in docs/extraction.md.

A folder named in ``BLIND`` is a blind set kept for a later measurement: it is in no
subset here ("all" included), and this file never lists or reads it.

To re-record after an intended change:
`NEWSSEARCH_RECORD_BASELINE=1 .venv/bin/pytest tests/test_extract_gold.py`, then
commit tests/baselines/extraction.json with the reason.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newssearch.extract_eval import SYSTEMS, GoldPage, Report, load_gold, score_page

from conftest import REPO

GOLD = REPO / "tests" / "fixtures" / "extraction"
BASELINE = REPO / "tests" / "baselines" / "extraction.json"
# Blind sets kept for a later measurement: skipped by name, never listed or read.
BLIND: frozenset[str] = frozenset()
# name: (folder, recursive)
SUBSETS = {
    "all": (GOLD, True),
    "tuning": (GOLD, False),
    "unseen": (GOLD / "unseen", True),
    "holdout": (GOLD / "holdout", True),
    "holdout2": (GOLD / "holdout2", True),
    "holdout3": (GOLD / "holdout3", True),
    "final_holdout": (GOLD / "final_holdout", True),
    "holdout4": (GOLD / "holdout4", True),
    "holdout5": (GOLD / "holdout5", True),
    "holdout6": (GOLD / "holdout6", True),
    "holdout7": (GOLD / "holdout7", True),
    "holdout8": (GOLD / "holdout8", True),
    "holdout9": (GOLD / "holdout9", True),
    "holdout10": (GOLD / "holdout10", True),
}
# Where the targets are enforced. "final_holdout" was measured once, then its
# one miss fixed; it and "all" (which contains every subset) are gated against their
# recorded baselines and against trafilatura.
TARGET_SUBSETS = ("tuning", "unseen", "holdout", "holdout2", "holdout3", "holdout4",
                  "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10")


def gold_pages(folder: Path, recursive: bool = True) -> list[GoldPage]:
    """``load_gold`` without the blind sets: their folders are skipped by name."""
    if folder.name in BLIND:
        return []
    pages = load_gold(folder, recursive=False)
    if recursive:
        for sub in sorted(d for d in folder.iterdir() if d.is_dir() and d.name not in BLIND):
            pages += [GoldPage(f"{sub.name}/{p.name}", p.html, p.expected)
                      for p in gold_pages(sub)]
    return sorted(pages, key=lambda p: p.name)


def gold_bytes(folder: Path) -> int:
    """Size of the gold files, the blind sets left out (not even listed)."""
    total = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in BLIND]
        total += sum((Path(root) / f).stat().st_size for f in files)
    return total


def evaluate(folder: Path, recursive: bool, systems: tuple[str, ...]) -> list[Report]:
    pages = gold_pages(folder, recursive)
    reports = []
    for system in systems:
        report = Report(system=system)
        report.pages = [score_page(p.name, p.expected, SYSTEMS[system](p.html)) for p in pages]
        reports.append(report)
    return reports
GATED = ("body_precision", "body_recall", "body_f1", "title", "date", "author", "is_article",
         "non_articles_recognized")
TARGETS = {"body_f1": 0.98, "title": 0.95, "date": 0.95, "author": 0.80,
           "non_articles_recognized": 1.0}
COMPARED = ("body_f1", "title", "date", "author", "non_articles_recognized")


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Report]]:
    pytest.importorskip("trafilatura")
    out: dict[str, dict[str, Report]] = {}
    for subset, (folder, recursive) in SUBSETS.items():
        ours, theirs = evaluate(folder, recursive, ("newssearch", "trafilatura"))
        out[subset] = {"newssearch": ours, "trafilatura": theirs}
    if os.environ.get("NEWSSEARCH_RECORD_BASELINE"):
        data = {s: {name: r.figures() for name, r in rs.items()} for s, rs in out.items()}
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        BASELINE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return out


def test_gold_set_shape() -> None:
    pages = gold_pages(GOLD)
    assert len(pages) >= 40
    assert sum(not p.expected.is_article for p in pages) >= 8
    assert len(gold_pages(GOLD / "unseen")) >= 10
    assert gold_bytes(GOLD) < 3_000_000
    for p in pages:
        assert p.expected.date is None or len(p.expected.date) == 10
        if p.expected.is_article:
            assert p.expected.body and p.expected.title


@pytest.mark.parametrize("subset", list(SUBSETS))
def test_no_figure_below_baseline(reports: dict[str, dict[str, Report]], subset: str) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[subset]["newssearch"]
    got = reports[subset]["newssearch"].figures()
    dropped = {k: (got[k], baseline[k]) for k in GATED if got[k] < baseline[k] - 1e-9}
    assert not dropped, f"{subset}: figures below baseline (now, recorded): {dropped}"


@pytest.mark.parametrize("subset", TARGET_SUBSETS)
def test_targets_met(reports: dict[str, dict[str, Report]], subset: str) -> None:
    ours = reports[subset]["newssearch"].figures()
    missed = {k: ours[k] for k, target in TARGETS.items() if ours[k] < target}
    assert not missed, f"{subset}: targets missed: {missed}"


@pytest.mark.parametrize("subset", list(SUBSETS))
def test_trafilatura_beaten(reports: dict[str, dict[str, Report]], subset: str) -> None:
    ours = reports[subset]["newssearch"].figures()
    theirs = reports[subset]["trafilatura"].figures()
    # Strictly better, except where both are perfect (1.0 cannot be beaten; on the
    # small subsets trafilatura reads every date from the page's metadata).
    not_better = {k: (ours[k], theirs[k]) for k in COMPARED
                  if not (ours[k] > theirs[k] or ours[k] == theirs[k] == 1.0)}
    assert not not_better, f"{subset}: not better than trafilatura: {not_better}"


def test_every_non_article_has_a_reason() -> None:
    from newssearch.extract import extract_html

    for page in gold_pages(GOLD):
        if not page.expected.is_article:
            ex = extract_html(page.html)
            assert not ex.is_article and ex.reason and ex.text == "", page.name


def test_baseline_file_is_present() -> None:
    assert Path(BASELINE).is_file(), "record it: NEWSSEARCH_RECORD_BASELINE=1 pytest ..."
