"""Publication dates: ISO and Vietnamese date strings (:func:`parse_date`), ``<time>``,
and the date line near the headline (never a "Cập nhật" modified date)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bs4.element import Tag

from ._dom import _attr_str, _norm_line

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?")
_VN_DATE = re.compile(
    r"(?<!\d)(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})\s+tháng\s+(?P<m3>\d{1,2})\s*(?:,|năm)\s*(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2}))(?!\d)",
    re.I,
)
_TIME_AFTER = re.compile(r"\s*(?:[|,\-–]\s*)?(?:lúc\s*)?(\d{1,2})\s*[:hH]\s*(\d{2})(?!\d)")
_TIME_BEFORE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[:hH]\s*(\d{2})\s*(?:[|,\-–]\s*)?(?:ngày\s*)?$", re.I
)
# Dates that are not the publication: modified ("Cập nhật") and, on print views, the
# time of printing ("In lúc: 09/02/2017 10:12", "Ngày in: …").
_MODIFIED = re.compile(
    r"cập\s*nhật|sửa\s*đổi|updated|modified|(?<!\w)in\s+lúc|ngày\s+in(?!\w)|thời\s+gian\s+in(?!\w)"
    r"|printed",
    re.I,
)
_DATE_LINE_MAX = 120  # publication dates sit on short lines, not inside sentences
_DATE_WINDOW_BEFORE, _DATE_WINDOW_AFTER, _DATE_WINDOW_NO_TITLE = 3, 8, 15


def _iso(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None) -> str | None:
    """ISO string for a valid date (and time), else None."""
    if not 1900 <= y <= 2100:
        return None
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if hh is not None and mm is not None and 0 <= hh < 24 and 0 <= mm < 60:
        return f"{day.isoformat()}T{hh:02d}:{mm:02d}"
    return day.isoformat()


def _dates_in_line(line: str) -> Iterator[str]:
    """Publication-date candidates in one line, skipping modified ("Cập nhật") dates."""
    prev_end = 0
    for m in _VN_DATE.finditer(line):
        before = line[prev_end : m.start()]
        prev_end = m.end()
        if _MODIFIED.search(before):
            continue
        if m.group("d") is not None:
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        elif m.group("d2") is not None:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        elif m.group("d3") is not None:
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        else:
            y, mo, d = int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
        hh: int | None = None
        mm: int | None = None
        t = _TIME_AFTER.match(line, m.end()) or _TIME_BEFORE.search(before)
        if t:
            hh, mm = int(t.group(1)), int(t.group(2))
        iso = _iso(y, mo, d, hh, mm)
        if iso:
            yield iso


def parse_date(value: str) -> str | None:
    """Normalize an ISO 8601 or Vietnamese date string to "YYYY-MM-DD[THH:MM]"."""
    m = _ISO_DATE.match(value)
    if m:
        hh = int(m.group(4)) if m.group(4) else None
        mm = int(m.group(5)) if m.group(5) else None
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), hh, mm)
    return next(_dates_in_line(value), None)


def _is_date_line(line: str) -> bool:
    """A line that is mostly a date: "Thứ Hai, 21/12/2022 14:30", "(19/08/2020)", or a
    meta line with a date between separators ("18/8/2019 · 2 phút đọc · Lê Quân")."""
    if len(line) > _DATE_LINE_MAX:
        return False
    parts = [line] if len(line) <= _DATE_ONLY_LINE_MAX else []
    parts += [p for p in _META_SEPARATORS.split(line) if p.strip()][:_META_PARTS]
    return any(
        len(p) <= _DATE_ONLY_LINE_MAX
        and next(_dates_in_line(p), None) is not None
        and len(_VN_DATE.sub("", p).strip(" ,|-–:()")) <= _DATE_LINE_REST
        for p in parts
    ) and next(_dates_in_line(line), None) is not None


# Separators between the items of a meta line: date · reading time · author | link.
_META_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_META_PARTS = 6


def _date_from_lines(lines: list[str], title: str | None) -> str | None:
    """The publication date on a short line near the title line.

    Order: short lines below the headline up to the first paragraph of running
    text, then the few lines above it (a site header's "today" sits higher), then
    date-only lines further down (some portals print the date after the text).
    """
    window = lines[:_DATE_WINDOW_NO_TITLE]
    later: list[str] = []
    if title:
        key = _norm_line(title)
        for i, line in enumerate(lines):
            if key and key in _norm_line(line):
                after = lines[i + 1 : i + _DATE_WINDOW_AFTER + 1]
                head = next((k for k, ln in enumerate(after) if len(ln) > _DATE_LINE_MAX),
                            len(after))
                window = after[:head] + lines[max(i - _DATE_WINDOW_BEFORE, 0) : i + 1][::-1]
                later = [ln for ln in lines[i + 1 :] if _is_date_line(ln)]
                break
    for line in [*window, *later]:
        if len(line) <= _DATE_LINE_MAX:
            for iso in _dates_in_line(line):
                return iso
    return None


_DATE_ONLY_LINE_MAX = 60
_DATE_LINE_REST = 30


def _time_date(body: Tag) -> str | None:
    times = [t for t in body.find_all("time") if isinstance(t, Tag) and t.get("datetime")]
    # An explicitly published <time> first, then the first one on the page.
    times.sort(key=lambda t: not (t.has_attr("pubdate") or "ublished" in _attr_str(t, "itemprop")))
    for t in times:
        iso = parse_date(_attr_str(t, "datetime"))
        if iso:
            return iso
    return None
