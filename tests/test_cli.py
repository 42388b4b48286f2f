"""The command line: exit codes, messages, JSON output, and the shipped example config."""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from newssearch.cli import main
from newssearch.config import Config, load_config

from conftest import MODELS_DIR, REPO


def test_example_config_documents_exactly_the_defaults(tmp_path: Path) -> None:
    example = REPO / "newssearch.example.toml"
    raw = tomllib.loads(example.read_text(encoding="utf-8"))
    defaults = Config()
    for section, values in raw.items():
        for key, value in values.items():
            default = getattr(getattr(defaults, section), key)
            assert str(value) == str(default), f"{section}.{key}"
    # And every key of the configuration is documented there.
    for section in ("paths", "embed", "chunk", "search", "retrieval", "duplicates", "serve"):
        fields = getattr(defaults, section).__dataclass_fields__
        assert set(fields) == set(raw[section]), section
    loaded = load_config(example, env={})
    assert replace(loaded, source=None, paths=defaults.paths) == replace(
        defaults, paths=defaults.paths)


def test_ingest_reports_counts_and_rejections(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    good = {"id": "x-1", "title": "Tin thử", "text": "Nội dung bài báo đủ dài để được nhận vào kho "
            "dữ liệu của hệ thống.", "url": "https://example.vn/1", "date": "2022-12-21"}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(good, ensure_ascii=False) + "\n{oops\n", encoding="utf-8")
    home = str(tmp_path / "home")
    assert main(["ingest", str(src), "--home", home, "--json", "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["new"], out["rejected"], out["articles_in_store"]) == (1, 1, 1)
    assert out["rejections"][0]["where"].endswith("in.jsonl:2")
    assert "invalid JSON" in out["rejections"][0]["reason"]
    # Again: nothing new, and the human-readable summary says so.
    assert main(["ingest", str(src), "--home", home, "-q"]) == 0
    text = capsys.readouterr().out
    assert "0 new, 0 updated, 1 unchanged, 1 rejected" in text


def test_all_rejected_is_exit_1_and_errors_are_exit_3(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("hello", encoding="utf-8")
    home = str(tmp_path / "home")
    assert main(["ingest", str(bad), "--home", home, "-q"]) == 1
    assert "unsupported file type .txt" in capsys.readouterr().out
    # Indexing an empty store is an error that says what to do.
    empty = str(tmp_path / "empty-home")
    assert main(["index", "--home", empty, "-q"]) == 3
    assert "newssearch ingest" in capsys.readouterr().err


def test_search_without_index_says_to_build_it(tmp_path: Path, embedder: object,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEARCH_PATHS__MODELS_DIR", str(MODELS_DIR))
    assert main(["search", "hộ nghèo", "--home", str(tmp_path), "-q"]) == 3
    assert "index not built: run `newssearch index`" in capsys.readouterr().err


def test_bad_config_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[embed]\nprecision = 'fp8'\n", encoding="utf-8")
    assert main(["status", "--config", str(cfg)]) == 2
    assert "embed.precision" in capsys.readouterr().err


def test_status_reports_store_and_index(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--home", str(tmp_path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["store"] is None and info["index"] is None
    assert info["data_home"] == str(tmp_path.resolve())
