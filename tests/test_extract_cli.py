"""`newssearch extract` and `newssearch eval-extract`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newssearch.cli import main
from newssearch.extract_eval import body_prf, tokens

from conftest import REPO

GOLD = REPO / "tests" / "fixtures" / "extraction"


def _run(argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main([*argv, "--home", str(tmp_path / "home"), "-q"])
    return code, capsys.readouterr().out


def test_extract_prints_one_json_line_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [GOLD / "real_hongngu_liferay.html", GOLD / "legacy1258_01.html",
             GOLD / "nonarticle_404_01.html"]
    code, out = _run(["extract", *map(str, pages)], tmp_path, capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in rows] == [str(p) for p in pages]
    for row, page in zip(rows[:2], pages[:2], strict=True):
        want = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(row) >= {"file", "is_article", "title", "date", "author", "body"}
        assert {k: row[k] for k in want} == want
    # windows-1258 bytes were detected and decoded (tone marks recomposed, NFC).
    assert "Cảnh sát" in rows[1]["title"]
    assert rows[2]["is_article"] is False and rows[2]["body"] == ""
    assert rows[2]["reason"].startswith("error page")


def test_extract_json_flag_and_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = GOLD / "wp_news_01.html"
    code, out = _run(["extract", str(page), str(tmp_path / "nope.html"), "--json"],
                     tmp_path, capsys)
    assert code == 0
    assert len(out.splitlines()) == 1
    code, _ = _run(["extract", str(tmp_path / "nope.html")], tmp_path, capsys)
    assert code == 1


def test_eval_extract_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    sub = tmp_path / "gold"
    sub.mkdir()
    for name in ("liferay_01", "nonarticle_tag_01", "paper_a_01"):
        for ext in (".html", ".json"):
            shutil.copy(GOLD / f"{name}{ext}", sub / f"{name}{ext}")
    code, out = _run(["eval-extract", str(sub), "--compare", "trafilatura"], tmp_path, capsys)
    assert code == 0
    assert "newssearch" in out and "trafilatura" in out and "liferay_01" in out
    assert "body_f1" in out and "non_articles_recognized" in out
    code, out = _run(["eval-extract", str(sub), "--json"], tmp_path, capsys)
    data = json.loads(out)
    assert data["newssearch"]["figures"]["pages"] == 3
    assert data["newssearch"]["figures"]["articles"] == 2
    assert len(data["newssearch"]["pages"]) == 3


def test_eval_extract_on_an_empty_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["eval-extract", str(tmp_path), "--home", str(tmp_path / "h"), "-q"])
    assert code == 3
    assert "no gold pages" in capsys.readouterr().err


def test_token_metric() -> None:
    assert tokens("Thứ Hai, 21/12/2022: Hỗ trợ!") == ["thứ", "hai", "21", "12", "2022", "hỗ", "trợ"]
    # NFD input counts the same as NFC.
    assert tokens("Ho\u0302\u0303 tro\u031b\u0323") == ["hỗ", "trợ"]
    assert body_prf("a b c", "a b c") == (1.0, 1.0, 1.0)
    p, r, f = body_prf("a b b", "a b c d")
    assert (p, r) == (2 / 3, 2 / 4) and abs(f - 2 * p * r / (p + r)) < 1e-12
    assert body_prf("", "") == (1.0, 1.0, 1.0)
    assert body_prf("", "x") == (0.0, 0.0, 0.0)
