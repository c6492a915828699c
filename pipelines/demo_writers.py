"""Writers for the demo exports: CSV and XLSX the way OPD operators send them.

A ``Style`` says how one file looks (CSV or XLSX, delimiter, encoding, title rows, how
dates, periods, numbers and ratings are written). Generators format values with
``Fmt`` and hand rows to a sink; sinks stream rows to disk (``CsvSink``: csv.writer's
bytes, most rows joined without it; openpyxl write-only), so no writer ever holds a
whole file in memory.

XLSX files are made byte-reproducible: openpyxl stamps the current time into
docProps/core.xml and into every zip entry, so after saving the archive is rewritten
with a fixed timestamp (``EXPORT_STAMP``).
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

# openpyxl serialises XML differently when lxml is installed; the demo's XLSX must be
# the same bytes everywhere (data/sample is committed), so always its own writer.
# (Only effective when openpyxl is first imported after this line.)
os.environ.setdefault("OPENPYXL_LXML", "False")

from openpyxl import Workbook  # noqa: E402

from pipelines.schema import MONTHS_ID, MONTHS_SHORT_ID, ROMAN_QUARTERS  # noqa: E402

MONTHS_SHORT = MONTHS_SHORT_ID
ROMAN = ("", *ROMAN_QUARTERS)
EXPORT_STAMP = datetime(2026, 11, 3, 8, 0, 0)  # a fixed "exported at", never the clock

RATING_TEXT = {
    # canonical value -> spelling, per rating style
    "canonical": {
        3: "Di Atas Ekspektasi",
        2: "Sesuai Ekspektasi",
        1: "Di Bawah Ekspektasi",
    },
    "upper": {
        3: "DI ATAS EKSPEKTASI",
        2: "SESUAI EKSPEKTASI",
        1: "DI BAWAH EKSPEKTASI",
    },
    "lower": {
        3: "di atas ekspektasi",
        2: "sesuai ekspektasi",
        1: "di bawah ekspektasi",
    },
}


@dataclass(frozen=True)
class Style:
    fmt: str = "csv"  # csv | xlsx
    delimiter: str = ","
    encoding: str = "utf-8"  # utf-8 | utf-8-sig | cp1252
    title: tuple[str, ...] = ()  # title rows above the header (followed by a blank row)
    dates: str = "dmy"  # dmy | iso | long | cell (an XLSX date cell)
    period: str = (
        "iso"  # iso 2025-01 | slash 01/2025 | nama Januari 2025 | short Jan-25
    )
    quarter: str = "tw"  # tw "TW I 2025" | triwulan "Triwulan 1 2025"
    numbers: str = "id"  # id "1.234,5" | dot "1234.5" | cell (XLSX number)
    ratings: str = "canonical"
    headers: str = "label"  # which header set of the kind to use (see demo.HEADERS)

    def with_title(self, *rows: str) -> Style:
        return replace(self, title=rows)


class Fmt:
    """Formats values for one style, with small caches for the repeated ones."""

    def __init__(self, style: Style) -> None:
        self.s = style
        self._dates: dict[date, Any] = {}
        self.rating = RATING_TEXT[style.ratings]

    def date(self, d: date | None) -> Any:
        if d is None:
            return ""
        out = self._dates.get(d)
        if out is None:
            out = self._dates[d] = self._date(d)
        return out

    def _date(self, d: date) -> Any:
        kind = self.s.dates
        if kind == "cell" and self.s.fmt == "xlsx":
            return d
        if kind == "iso":
            return d.isoformat()
        if kind == "long":
            return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def integer(self, x: int) -> Any:
        """A whole number: a number cell in XLSX, its digits in CSV (what csv.writer
        would write for the int)."""
        return x if self.s.fmt == "xlsx" else str(x)

    def month(self, year: int, month: int) -> str:
        kind = self.s.period
        if kind == "slash":
            return f"{month:02d}/{year}"
        if kind == "nama":
            return f"{MONTHS_ID[month - 1]} {year}"
        if kind == "short":
            return f"{MONTHS_SHORT[month - 1]}-{year % 100:02d}"
        return f"{year}-{month:02d}"

    def quarter(self, year: int, q: int) -> str:
        if self.s.quarter == "triwulan":
            return f"Triwulan {q} {year}"
        return f"TW {ROMAN[q]} {year}"

    def num(self, x: float | int | None, decimals: int = 0) -> Any:
        """Indonesian style '1.234,5'; dot style '1234.50' (always 0 or 2+ decimals,
        so a dot never looks like a thousands separator); or a number cell."""
        if x is None:
            return ""
        kind = self.s.numbers
        if kind == "cell" and self.s.fmt == "xlsx":
            return round(x, decimals) if decimals else int(round(x))
        if decimals == 0:
            v = int(round(x))
            return f"{v:,}".replace(",", ".") if kind == "id" else str(v)
        if kind == "id":
            text = f"{x:,.{decimals}f}"
            return text.replace(",", "_").replace(".", ",").replace("_", ".")
        return f"{x:.{max(decimals, 2)}f}"


# --- sinks ----------------------------------------------------------------------------
CSV_CHUNK = 4096  # rows joined and checked at once by CsvSink.write


class CsvSink:
    """A CSV file written row by row.

    ``write`` formats chunks of rows itself whenever that gives exactly what
    csv.writer writes: rows of equal width (2+) whose values are all str. A value
    holding the delimiter, a quote or a line break is quoted the way csv.writer
    quotes it (QUOTE_MINIMAL: in double quotes, quotes doubled). Other chunks go to
    csv.writer. The same bytes, several times faster for the millions of rows of a
    region scale."""

    def __init__(self, path: Path, header: Sequence[str], style: Style) -> None:
        self.path = path
        self._f = open(path, "w", newline="", encoding=style.encoding, errors="replace")
        self._w = csv.writer(self._f, delimiter=style.delimiter)
        self._delim = style.delimiter
        self._special = (style.delimiter, '"', "\r", "\n")
        for t in style.title:
            self._w.writerow([t])
        if style.title:
            self._w.writerow([])
        self._w.writerow(header)

    def write(self, rows: Iterable[Sequence[Any]]) -> None:
        if isinstance(rows, list):
            for i in range(0, len(rows), CSV_CHUNK):
                self._write_chunk(rows[i : i + CSV_CHUNK])
            return
        it = iter(rows)
        while chunk := list(islice(it, CSV_CHUNK)):
            self._write_chunk(chunk)

    def _write_chunk(self, rows: list[Sequence[Any]]) -> None:
        d, n = self._delim, len(rows)
        if not n:
            return
        width = len(rows[0])
        try:
            text = "\r\n".join([d.join(r) for r in rows])
        except TypeError:  # a number, a date or None: csv.writer converts it
            text = None
        # (csv.writer writes a row of one empty value as "")
        if (
            text is None
            or width < 2
            or not width == min(map(len, rows)) == max(map(len, rows))
        ):
            self._w.writerows(rows)
            return
        plain = (
            text.count(d) == (width - 1) * n
            and '"' not in text
            and text.count("\n") == n - 1
            and text.count("\r") == n - 1
        )
        if not plain:  # quote the values that need it, column by column
            columns = list(zip(*rows, strict=True))
            for j, column in enumerate(columns):
                joined = "\0".join(column)
                if any(c in joined for c in self._special):
                    columns[j] = tuple(map(self._quote, column))
            text = "\r\n".join(map(d.join, zip(*columns, strict=True)))
        self._f.write(text)
        self._f.write("\r\n")

    def _quote(self, value: str) -> str:
        """A value as csv.writer writes it (QUOTE_MINIMAL, doublequote)."""
        if self._delim in value or '"' in value or "\r" in value or "\n" in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    def close(self) -> Path:
        self._f.close()
        return self.path


@dataclass
class Sheet:
    name: str
    header: Sequence[str] | None  # None for a notes sheet (no table)
    rows: Iterable[Sequence[Any]]
    title: tuple[str, ...] = ()


class XlsxSink:
    """An XLSX workbook in openpyxl write-only mode; sheets are added one after another,
    or several stay open at once (each write-only sheet has its own temp file)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._wb = Workbook(write_only=True)
        self._sheets: dict[str, Any] = {}
        self.data_sheet = ""

    def sheet(
        self, name: str, header: Sequence[str] | None, title: Sequence[str] = ()
    ) -> None:
        ws = self._wb.create_sheet(name)
        for t in title:
            ws.append([t])
        if title:
            ws.append([])
        if header is not None:
            ws.append(list(header))
        self._sheets[name] = ws
        if header is not None:
            self.data_sheet = name

    def write(self, name: str | None, rows: Iterable[Sequence[Any]]) -> None:
        """Append rows to sheet ``name`` (None: the latest sheet with a header)."""
        ws = self._sheets[name or self.data_sheet]
        for row in rows:
            ws.append(row)

    def add(self, sheet: Sheet) -> None:
        self.sheet(sheet.name, sheet.header, sheet.title)
        self.write(sheet.name, sheet.rows)

    def close(self) -> Path:
        props = self._wb.properties
        props.creator = "Pemerintah Kota Sabang"
        props.created = EXPORT_STAMP
        self._wb.save(self.path)
        make_reproducible(self.path)
        return self.path


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], style: Style
) -> Path:
    sink = CsvSink(path, header, style)
    sink.write(rows)
    return sink.close()


def write_xlsx(path: Path, sheets: Iterable[Sheet]) -> Path:
    sink = XlsxSink(path)
    for s in sheets:
        sink.add(s)
    return sink.close()


_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def make_reproducible(path: Path) -> None:
    """Rewrite an XLSX with fixed zip timestamps and a fixed 'modified' property."""
    stamp = EXPORT_STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = _MODIFIED.sub(
                    rb"<dcterms:modified\1>" + stamp + rb"</dcterms:modified>", data
                )
            info = zipfile.ZipInfo(name, date_time=EXPORT_STAMP.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def notes_sheet(lines: Sequence[str], name: str = "Petunjuk") -> Sheet:
    """A sheet of instructions with no table (real templates have one)."""
    return Sheet(name, None, ([line] for line in lines))
