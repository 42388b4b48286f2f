"""Ingest: JSONL dumps and HTML pages into the store, with per-record rejections."""

from __future__ import annotations

import itertools
import json
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newssearch import ingest as ingest_mod
from newssearch.ingest import (
    MIN_TEXT_CHARS,
    IngestReport,
    RecordError,
    draft_from_record,
    expand_paths,
    ingest,
    normalize_date,
)
from newssearch.records import Article
from newssearch.store import Store

from conftest import SAMPLE, SHARED_DATA, need_shared, sample_records

BODY = ("Chiều ngày 21/12, đồng chí Lê Hùng Dũng làm việc với ngành Khối vận về tình hình "
        "thực hiện nhiệm vụ năm 2022 và phương hướng năm 2023.\n"
        "Phối hợp vận động trao tặng 9.365 suất quà cho hộ nghèo, hộ cận nghèo.")
HTML_PAGE = SAMPLE / "hongngu_khoivan_2022.html"
HTML_TITLE = ("Thành ủy Hồng Ngự làm việc với các ngành Khối vận về tình hình thực hiện "
              "nhiệm vụ năm 2022")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "home" / "newssearch.db") as s:
        yield s


def record(n: int, **extra: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": f"t-{n}", "title": f"Tin số {n}", "date": "2022-12-21",
                           "source": "Báo Đồng Tháp", "url": f"https://baodongthap.vn/tin/{n}",
                           "category": "thoi-su", "text": f"{BODY}\nBài số {n}."}
    obj.update(extra)
    return obj


def line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"


def write_jsonl(path: Path, lines: list[bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(lines))
    return path


def all_articles(store: Store) -> list[Article]:
    return list(store.iter_articles())


# ----------------------------------------------------------------------------- JSONL

def test_good_records_stored_and_bad_lines_reported(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        line(record(1)),                                            # 1 good
        b'{"id": "broken", "text": \n',                             # 2 invalid JSON
        line([record(2)]),                                          # 3 not an object
        line({"id": "t-3", "title": "Không có nội dung"}),          # 4 missing text
        line(record(4, text="Quá ngắn.")),                          # 5 too short
        line(record(5, url="ftp://baodongthap.vn/tin/5")),          # 6 non-http url
        line(record(6, date="hôm qua")),                            # 7 unreadable date
        b'{"id": "t-7", "text": "\xff\xfe kh\xf4ng ph\xe1i UTF-8"}\n',  # 8 invalid UTF-8
        b"\n",                                                      # 9 blank
        b"   \t \r\n",                                              # 10 blank
        line(record(8, text=12345)),                                # 11 non-string text
        line(record(9, title=["a", "b"])),                          # 12 bad title type
        line(record(10, url="baodongthap.vn/tin/10")),              # 13 no scheme
        line(record(11)),                                           # 14 good
        b"42\n",                                                    # 15 a JSON number
    ])
    report = ingest(store, [path])

    assert (report.new, report.updated, report.unchanged) == (2, 0, 0)
    assert report.seen == 2 + 11
    reasons = dict(report.rejected)
    assert list(reasons) == [f"{path}:{n}" for n in (2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15)]
    assert "invalid JSON" in reasons[f"{path}:2"]
    assert "not a JSON object" in reasons[f"{path}:3"]
    assert "'text'" in reasons[f"{path}:4"]
    assert "too short" in reasons[f"{path}:5"]
    assert str(MIN_TEXT_CHARS) in reasons[f"{path}:5"]
    assert "ftp://baodongthap.vn/tin/5" in reasons[f"{path}:6"]
    assert "http" in reasons[f"{path}:6"]
    assert "unreadable date" in reasons[f"{path}:7"]
    assert "hôm qua" in reasons[f"{path}:7"]
    assert "UTF-8" in reasons[f"{path}:8"]
    assert "'text'" in reasons[f"{path}:11"]
    assert "'title'" in reasons[f"{path}:12"]
    assert "not an http(s) URL" in reasons[f"{path}:13"]
    assert "not a JSON object" in reasons[f"{path}:15"]

    stored = all_articles(store)
    assert sorted(a.external_id or "" for a in stored) == ["t-1", "t-11"]
    as_dict = report.as_dict()
    assert as_dict["new"] == 2
    assert as_dict["rejected"] == 11
    assert as_dict["rejections"][0] == {"where": f"{path}:2", "reason": reasons[f"{path}:2"]}


def test_record_fields_are_stored(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "one.jsonl", [line(record(
        1, title="  Tin   số 1 ", author="Đoàn Ti Vi", category=" thoi-su ",
        text="  Đoạn một,   có   nhiều khoảng trắng và đủ dài để là bài báo.  \n\n\n"
             "Đoạn hai\u200b.\r\n"))])
    report = ingest(store, [path])
    assert report.new == 1
    [a] = all_articles(store)
    assert a.external_id == "t-1"
    assert a.title == "Tin số 1"
    assert a.url == a.canonical_url == "https://baodongthap.vn/tin/1"
    assert a.published == "2022-12-21"
    assert a.source == "Báo Đồng Tháp"
    assert a.author == "Đoàn Ti Vi"
    assert a.category == "thoi-su"
    assert a.text == "Đoạn một, có nhiều khoảng trắng và đủ dài để là bài báo.\nĐoạn hai."


def test_a_lead_field_is_stored_and_starts_the_text() -> None:
    body = "Nội dung chính của bài báo, đủ dài để được nhận vào kho dữ liệu."
    draft = draft_from_record({"text": body, "lead": "  Sapo   của bài. "})
    assert draft.lead == "Sapo của bài." and draft.text == f"Sapo của bài.\n{body}"
    # A text that already starts with its lead is not repeated.
    again = draft_from_record({"text": draft.text, "lead": "Sapo của bài."})
    assert again.text == draft.text and again.lead == "Sapo của bài."
    assert draft_from_record({"text": body}).lead is None
    with pytest.raises(RecordError, match="'lead' must be a string"):
        draft_from_record({"text": body, "lead": ["x"]})


def test_missing_source_falls_back_to_url_host(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "s.jsonl", [
        line(record(1, source=None, url="https://www.baodongthap.vn/a")),
        line(record(2, source=None, url=None)),
    ])
    ingest(store, [path])
    sources = {a.external_id: a.source for a in all_articles(store)}
    assert sources == {"t-1": "baodongthap.vn", "t-2": None}


def test_numeric_id_becomes_a_string(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", [line(record(1, id=12345))])
    ingest(store, [path])
    [a] = all_articles(store)
    assert a.external_id == "12345"


def test_utf8_bom_on_first_line_is_accepted(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bom.jsonl", [b"\xef\xbb\xbf" + line(record(1)),
                                                line(record(2))])
    report = ingest(store, [path])
    assert report.rejected == []
    assert report.new == 2


def test_crlf_line_ends(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "crlf.jsonl", [line(record(1))[:-1] + b"\r\n",
                                                 line(record(2))[:-1] + b"\r\n"])
    assert ingest(store, [path]).new == 2


def test_same_file_twice_is_unchanged(store: Store, sample_jsonl: Path) -> None:
    first = ingest(store, [sample_jsonl])
    assert (first.new, first.updated, first.unchanged, first.rejected) == (12, 0, 0, [])
    second = ingest(store, [sample_jsonl])
    assert (second.new, second.updated, second.unchanged, second.rejected) == (0, 0, 12, [])
    assert store.count_articles() == 12
    ids = sorted(a.external_id or "" for a in all_articles(store))
    assert ids == sorted(str(r["id"]) for r in sample_records(12))


def test_duplicate_record_in_one_file(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dup.jsonl", [line(record(1)), line(record(1))])
    report = ingest(store, [path])
    assert (report.new, report.unchanged) == (1, 1)
    assert store.count_articles() == 1


def test_modified_record_is_updated(store: Store, tmp_path: Path) -> None:
    v1 = write_jsonl(tmp_path / "v1.jsonl", [line(record(1)), line(record(2))])
    ingest(store, [v1])
    [before] = [a for a in all_articles(store) if a.external_id == "t-1"]
    v2 = write_jsonl(tmp_path / "v2.jsonl", [
        line(record(1, text=BODY + "\nĐính chính: số liệu đã được cập nhật.")),
        line(record(2)),
    ])
    report = ingest(store, [v2])
    assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
    assert store.count_articles() == 2
    after = store.get_article(before.id)
    assert after is not None
    assert after.text.endswith("Đính chính: số liệu đã được cập nhật.")
    assert after.content_hash != before.content_hash


def test_same_url_with_new_id_is_the_same_article(store: Store, tmp_path: Path) -> None:
    ingest(store, [write_jsonl(tmp_path / "a.jsonl", [line(record(1))])])
    report = ingest(store, [write_jsonl(tmp_path / "b.jsonl", [
        line(record(1, id=None, text=BODY + "\nBản sửa."))])])
    assert report.updated == 1
    [a] = all_articles(store)
    assert a.external_id == "t-1"  # kept: the new record had no id
    assert a.text.endswith("Bản sửa.")


def test_conflicting_record_is_rejected_not_fatal(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        line(record(1)),
        line(record(2)),
        # The URL of record 2 with the id of record 1: two stored articles at once.
        line(record(3, id="t-1", url="https://baodongthap.vn/tin/2")),
        line(record(4)),
    ])
    report = ingest(store, [path])
    assert report.new == 3
    assert [w for w, _ in report.rejected] == [f"{path}:3"]
    assert "t-1" in report.rejected[0][1]
    assert store.count_articles() == 3


def test_nfd_input_is_stored_nfc(store: Store, tmp_path: Path) -> None:
    title = "Thành ủy Hồng Ngự làm việc với các ngành Khối vận"
    nfd = {k: unicodedata.normalize("NFD", v) if isinstance(v, str) else v
           for k, v in record(1, title=title, author="Đoàn Ti Vi").items()}
    assert nfd["text"] != unicodedata.normalize("NFC", nfd["text"])  # really decomposed
    report = ingest(store, [write_jsonl(tmp_path / "nfd.jsonl", [line(nfd)])])
    assert report.new == 1
    [a] = all_articles(store)
    for value in (a.text, a.title, a.author, a.source, a.category):
        assert value is not None
        assert unicodedata.is_normalized("NFC", value)
    assert a.title == title
    assert a.text == f"{BODY}\nBài số 1."
    # The NFC form of the same record is the same article, unchanged.
    again = ingest(store, [write_jsonl(tmp_path / "nfc.jsonl",
                                       [line(record(1, title=title, author="Đoàn Ti Vi"))])])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2021-05-03", "2021-05-03"),
    ("03/05/2021", "2021-05-03"),
    ("3/5/2021", "2021-05-03"),
    ("03-05-2021", "2021-05-03"),
    ("03.05.2021", "2021-05-03"),
    (" 2021-05-03 ", "2021-05-03"),
    ("2021-05-03T00:00:00", "2021-05-03"),
    ("2021-05-03 10:30", "2021-05-03T10:30"),
    ("2021-05-03T10:30:59+07:00", "2021-05-03T10:30+07:00"),
    ("2021-05-03T10:30:00Z", "2021-05-03T10:30+00:00"),
    (None, None),
    ("", None),
    ("hôm qua", None),
    ("31/02/2021", None),
    ("2021-13-01", None),
    ("13/13/2021", None),
])
def test_normalize_date(raw: str | None, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_dates_are_normalized_on_ingest(store: Store, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [
        line(record(1, date="2021-05-03")),
        line(record(2, date="03/05/2021")),
        line(record(3, date=None, published="21/12/2022")),
        line(record(4, date=None)),
        line(record(5, date="")),
        line(record(6, date="31/02/2021")),
    ])
    report = ingest(store, [path])
    assert report.new == 5
    assert [w for w, _ in report.rejected] == [f"{path}:6"]
    published = {a.external_id: a.published for a in all_articles(store)}
    assert published == {"t-1": "2021-05-03", "t-2": "2021-05-03", "t-3": "2022-12-21",
                         "t-4": None, "t-5": None}


def test_draft_from_record_errors_are_record_errors() -> None:
    with pytest.raises(RecordError, match="not a JSON object"):
        draft_from_record("text")
    with pytest.raises(RecordError, match="canonical_url"):
        draft_from_record(record(1, canonical_url="javascript:alert(1)"))
    with pytest.raises(RecordError, match="url must be a string"):
        draft_from_record(record(1, url=17))
    draft = draft_from_record(record(1, url="", canonical_url="https://baodongthap.vn/c/1"))
    assert draft.url is None
    assert draft.canonical_url == "https://baodongthap.vn/c/1"


# ----------------------------------------------------------------------------- paths

def test_folders_are_expanded_recursively(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "in"
    write_jsonl(root / "a.jsonl", [line(record(1)), line(record(2))])
    write_jsonl(root / "x" / "y" / "b.JSONL", [line(record(3))])
    write_jsonl(root / "x" / "c.ndjson", [line(record(4))])
    (root / "x" / "y" / "z").mkdir()
    shutil.copy(HTML_PAGE, root / "x" / "y" / "z" / "page.html")
    (root / "notes.txt").write_text("không phải bài báo", encoding="utf-8")
    (root / "x" / "data.csv").write_text("a,b\n", encoding="utf-8")

    files = expand_paths([root])
    assert [p.relative_to(root).as_posix() for p in files] == [
        "a.jsonl", "x/c.ndjson", "x/y/b.JSONL", "x/y/z/page.html"]

    report = ingest(store, [root])
    assert report.rejected == []  # unsupported files inside folders are skipped silently
    assert report.new == 5
    assert store.count_articles() == 5
    titles = {a.title for a in all_articles(store)}
    assert HTML_TITLE in titles


def test_missing_path_and_unsupported_suffix_are_rejected(store: Store,
                                                          tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [line(record(1))])
    missing = tmp_path / "missing.jsonl"
    csv = tmp_path / "data.csv"
    csv.write_text("id,text\n1,abc\n", encoding="utf-8")
    bare = tmp_path / "README"
    bare.write_text("hello", encoding="utf-8")

    report = ingest(store, [missing, csv, good, bare])
    assert report.new == 1
    reasons = dict(report.rejected)
    assert list(reasons) == [str(missing), str(csv), str(bare)]
    assert "does not exist" in reasons[str(missing)]
    assert "unsupported file type .csv" in reasons[str(csv)]
    assert "(none)" in reasons[str(bare)]


def test_empty_input(store: Store, tmp_path: Path) -> None:
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    (tmp_path / "folder").mkdir()
    report = ingest(store, [empty, tmp_path / "folder"])
    assert report == IngestReport()
    assert report.seen == 0


def test_rejections_do_not_split_batches(store: Store, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Small commit batches: rejections and records mix across batch boundaries.
    monkeypatch.setattr(ingest_mod, "_COMMIT_EVERY", 3)
    lines = list(itertools.chain.from_iterable(
        (line(record(i)), b"{bad json\n") for i in range(7)))
    path = write_jsonl(tmp_path / "many.jsonl", lines)
    report = ingest(store, [path])
    assert report.new == 7
    assert [w for w, _ in report.rejected] == [f"{path}:{2 * i + 2}" for i in range(7)]
    assert store.count_articles() == 7


# ----------------------------------------------------------------------------- HTML

def test_html_page_is_ingested(store: Store) -> None:
    report = ingest(store, [HTML_PAGE])
    assert report.rejected == []
    assert report.new == 1
    [a] = all_articles(store)
    assert a.title == HTML_TITLE
    assert a.published is not None
    assert a.published.startswith("2022-12-21")
    assert "9.365 suất quà" in a.text
    assert "Xuất bản thông tin" not in a.text
    assert unicodedata.is_normalized("NFC", a.text)
    assert a.canonical_url is not None
    assert a.canonical_url.startswith("https://hongngu.dongthap.gov.vn/")
    assert a.source == "hongngu.dongthap.gov.vn"  # from the canonical URL's host
    # Again: same canonical URL, same text → unchanged.
    again = ingest(store, [HTML_PAGE])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    assert store.count_articles() == 1


def test_html_without_article_body_is_rejected(store: Store, tmp_path: Path) -> None:
    page = tmp_path / "menu.htm"
    page.write_text("<html><head><title>Trang chủ</title></head>"
                    "<body><nav><a href='/'>Trang chủ</a></nav><p>Xin chào</p></body></html>",
                    encoding="utf-8")
    junk = tmp_path / "binary.html"
    junk.write_bytes(bytes(range(256)) * 4)
    report = ingest(store, [page, junk])
    assert report.new == 0
    reasons = dict(report.rejected)
    assert list(reasons) == [str(page), str(junk)]
    assert all(r.startswith("not an article: ") for r in reasons.values())
    assert "link list page" in reasons[str(page)]
    assert "not text" in reasons[str(junk)]


# ----------------------------------------------------------------------------- real data

def test_real_news_file_first_300_lines(store: Store, tmp_path: Path) -> None:
    source = need_shared(SHARED_DATA / "vi_news.jsonl")
    path = tmp_path / "vi_news_300.jsonl"
    with source.open("rb") as src, path.open("wb") as dst:
        dst.writelines(itertools.islice(src, 300))

    report = ingest(store, [path])
    assert report.rejected == []
    assert report.new == 300
    assert store.count_articles() == 300
    originals = [json.loads(raw) for raw in path.read_bytes().splitlines()]
    stored = {a.external_id: a for a in all_articles(store)}
    assert set(stored) == {o["id"] for o in originals}
    for o in originals[:50]:
        a = stored[o["id"]]
        assert a.title == (o["title"] or None)
        assert a.url == o["url"]
        assert unicodedata.is_normalized("NFC", a.text)
        assert len(a.text) >= MIN_TEXT_CHARS
    assert ingest(store, [path]).unchanged == 300
