"""Read an export file (CSV or XLSX) into all-text DuckDB tables, one per CSV and one
per recognised XLSX sheet.

Each table is a temporary DuckDB table with the columns ``_row`` (the row number a
spreadsheet user sees, header included), ``_extra`` (text found right of the last header
column of a CSV row: a sign of an unquoted separator) and ``c0 .. cN`` (trimmed text,
NULL when empty), and comes with the header it was found under and the export kind that
header matches. Rows whose recognised columns are all empty are dropped.

CSV is read by DuckDB itself (``read_csv`` with every column VARCHAR), never row by
row in Python. Only the first lines are looked at in Python, to find the separator and
the header row below any title rows. Files that are not UTF-8 are transcoded from
Windows-1252 (or UTF-16, with or without its byte-order mark) into a temporary UTF-8
file in streaming chunks first. Lines may end in LF, CRLF or a lone CR. Binary content
(NUL bytes, many control bytes: a picture or a zip renamed .csv) is refused.

XLSX is read with python-calamine; cells are turned into the text a CSV export of the
same sheet would hold (dates ISO, numbers with a decimal comma, big numbers in Excel's
scientific notation so that an NIP stored as a number is recognised as such).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import itertools
import math
import mmap
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from pipelines import schema

HEADER_SCAN_ROWS = 30
HEAD_BYTES = 256 * 1024
CHUNK_BYTES = 4 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
SCIENTIFIC_FROM = 1e11

Row = list[str | None]


class ReadError(Exception):
    """A file that cannot be read as an export; the message is for the user."""

    def __init__(self, message: str, rows_seen: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.rows_seen = rows_seen


@dataclass(frozen=True)
class HeaderMatch:
    """The header row of a table and what its cells mean."""

    row_index: int  # 0-based index among the scanned rows
    kind: str
    headers: tuple[str, ...]  # header text of every source column ('' when blank)
    columns: dict[str, int]  # canonical column -> source column index (first one wins)
    duplicates: tuple[str, ...] = ()  # messages about repeated columns
    unknown: tuple[str, ...] = ()  # header texts that match no column of the kind


@dataclass
class TextTable:
    """One all-text table registered in DuckDB."""

    name: str  # temp table or view: _row INTEGER, _extra VARCHAR, c0 .. cN VARCHAR
    sheet: str | None
    header: HeaderMatch
    header_row: int  # row number of the header as the user sees it
    n_rows: int  # data rows (blank rows dropped)
    base: str = (
        ""  # table with the same text columns, blank rows included (cheap scans)
    )

    @property
    def scan(self) -> str:
        """Where to read distinct values of a column from."""
        return self.base or self.name

    @property
    def kind(self) -> str:
        return self.header.kind


@dataclass
class ReadResult:
    tables: list[TextTable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t.n_rows for t in self.tables)


# --------------------------------------------------------------------------- headers


@cache
def _lookup(kind_name: str) -> dict[str, str]:
    return schema.header_lookup(schema.KINDS[kind_name])


def _row_keys(row: Row) -> list[str]:
    return [schema.normalise_header(c) for c in row]


def _found(keys: list[str], kind: schema.Kind) -> set[str]:
    lookup = _lookup(kind.name)
    return {lookup[k] for k in keys if k in lookup}


def _match_row(row: Row, row_index: int, kind: schema.Kind) -> HeaderMatch:
    """Map the cells of a header row to the columns of ``kind``."""
    lookup = _lookup(kind.name)
    headers = tuple("" if c is None else str(c).strip() for c in row)
    columns: dict[str, int] = {}
    duplicates: list[str] = []
    unknown: list[str] = []
    for i, (text, key) in enumerate(zip(headers, _row_keys(row), strict=True)):
        name = lookup.get(key)
        if not key:
            continue
        if name is None:
            unknown.append(text)
        elif name in columns:
            first = headers[columns[name]]
            duplicates.append(
                f"Kolom '{text}' (kolom ke-{i + 1}) dobel dengan '{first}' untuk "
                f"{name}; yang dipakai kolom pertama."
            )
        else:
            columns[name] = i
    return HeaderMatch(
        row_index, kind.name, headers, columns, tuple(duplicates), tuple(unknown)
    )


def _complete_kinds(row: Row) -> list[schema.Kind]:
    """Kinds whose required columns all appear in ``row``, best match first."""
    keys = _row_keys(row)
    scored = []
    for kind in schema.KINDS.values():
        found = _found(keys, kind)
        if set(kind.required) <= found:
            scored.append((len(found), len(kind.required), kind))
    scored.sort(key=lambda s: (-s[0], -s[1]))
    return [s[2] for s in scored]


def detect_header(rows: list[Row]) -> HeaderMatch | None:
    """The first of ``rows`` (title rows allowed above it) that is a complete header."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        kinds = _complete_kinds(row)
        if kinds:
            return _match_row(row, index, kinds[0])
    return None


def closest_kind(rows: list[Row]) -> tuple[int, schema.Kind | None, list[str]]:
    """(required columns found, closest kind, its missing required columns)."""
    best: tuple[float, int, schema.Kind | None, list[str]] = (0.0, 0, None, [])
    for row in rows[:HEADER_SCAN_ROWS]:
        keys = _row_keys(row)
        for kind in schema.KINDS.values():
            found = _found(keys, kind) & set(kind.required)
            score = len(found) / len(kind.required)
            if (score, len(found)) > best[:2]:
                missing = [c for c in kind.required if c not in found]
                best = (score, len(found), kind, missing)
    return best[1], best[2], best[3]


def unrecognised_message(rows: list[Row]) -> str:
    """Why no header was found, naming the closest kind and its missing columns."""
    n_found, kind, missing = closest_kind(rows)
    if kind is None or n_found == 0:
        kinds = ", ".join(schema.KINDS)
        return (
            "Jenis berkas tidak dikenali: tidak ada baris judul kolom (dalam "
            f"{HEADER_SCAN_ROWS} baris pertama) yang memuat kolom wajib salah satu "
            f"jenis ekspor ({kinds}). Gunakan templat impor."
        )
    labels = ", ".join(f"{kind.column(c).label} ({c})" for c in missing)
    return (
        f"Jenis berkas tidak dikenali. Paling mirip '{kind.name}', tetapi kolom wajib "
        f"tidak ditemukan: {labels}."
    )


def header_notes(match: HeaderMatch, where: str) -> list[str]:
    """Notes about header columns that are ignored."""
    if not match.unknown:
        return []
    names = ", ".join(f"'{u}'" for u in match.unknown)
    return [f"{where}kolom tidak dikenal diabaikan: {names}."]


# --------------------------------------------------------------------------- DuckDB


def _source_columns(n: int) -> list[str]:
    return [f"c{i}" for i in range(n)]


def _nonblank_filter(match: HeaderMatch, extra: bool = False) -> str:
    """Rows with some text in a recognised column (or, for CSV, right of the header:
    a shifted row is quarantined, never dropped)."""
    cols = [f"c{i}" for i in sorted(match.columns.values())]
    return f"coalesce({', '.join([*cols, *(['_extra'] if extra else [])])}) is not null"


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


# --------------------------------------------------------------------------- XLSX


def _number_text(value: float) -> str:
    if abs(value) >= SCIENTIFIC_FROM:
        mantissa, exponent = f"{value:.14E}".split("E")
        mantissa = mantissa.rstrip("0").rstrip(".")
        sign = "-" if exponent.startswith("-") else "+"
        return f"{mantissa}E{sign}{exponent.lstrip('+-').lstrip('0') or '0'}"
    if value == int(value):
        return str(int(value))
    return format(value, ".15g").replace(".", ",")


def cell_text(value: object) -> str | None:
    """The text a CSV export of an XLSX cell would hold (None when empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_text(float(value)) if math.isfinite(value) else str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    text = str(value).strip()
    return text or None


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise ReadError(
            f"Berkas Excel rusak atau tidak dapat dibuka ({exc}). Simpan ulang sebagai "
            ".xlsx lalu impor lagi."
        ) from exc


def _sheet_rows(book: CalamineWorkbook, name: str) -> list[Row]:
    try:
        raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError) as exc:
        raise ReadError(
            f"Lembar '{name}' dalam berkas Excel rusak atau tidak dapat dibaca ({exc})."
        ) from exc
    return [[cell_text(v) for v in row] for row in raw]


def _register_rows(
    con: duckdb.DuckDBPyConnection, name: str, rows: list[Row], match: HeaderMatch
) -> int:
    """Create temp table ``name`` from the data rows below the header."""
    width = len(match.headers)
    first = match.row_index + 1
    data = rows[first:]
    arrays: dict[str, pa.Array] = {
        "_row": pa.array(range(first + 1, first + 1 + len(data)), pa.int32()),
        "_extra": pa.nulls(len(data), pa.string()),
    }
    for i, col in enumerate(_source_columns(width)):
        arrays[col] = pa.array(
            [r[i] if i < len(r) else None for r in data], pa.string()
        )
    con.register(f"{name}_arrow", pa.table(arrays))
    try:
        con.execute(
            f"create or replace temp table {name} as select * from {name}_arrow "
            f"where {_nonblank_filter(match)} order by _row"
        )
    finally:
        con.unregister(f"{name}_arrow")
    return _count(con, name)


def read_xlsx(con: duckdb.DuckDBPyConnection, path: Path, prefix: str) -> ReadResult:
    """One table per visible sheet with a recognised header."""
    book = _open_workbook(path)
    result = ReadResult()
    scanned: list[list[Row]] = []
    for sheet in book.sheets_metadata:
        if sheet.visible != SheetVisibleEnum.Visible:
            result.notes.append(f"Lembar tersembunyi '{sheet.name}' dilewati.")
            continue
        rows = _sheet_rows(book, sheet.name)
        if not any(any(c is not None for c in r) for r in rows):
            continue
        table = _read_sheet(con, rows, sheet.name, f"{prefix}_{len(result.tables)}")
        if table is None:
            scanned.append(rows[:HEADER_SCAN_ROWS])
            result.notes.append(
                f"Lembar '{sheet.name}' dilewati: tidak ada baris judul kolom yang "
                "dikenali."
            )
            continue
        result.tables.append(table)
        result.notes += header_notes(table.header, f"Lembar '{sheet.name}': ")
    if not result.tables:
        raise ReadError(_xlsx_unrecognised(scanned))
    return result


def _xlsx_unrecognised(scanned: list[list[Row]]) -> str:
    if not scanned:
        return "Berkas Excel kosong: tidak ada lembar yang berisi data."
    return unrecognised_message(list(itertools.chain.from_iterable(scanned)))


def _read_sheet(
    con: duckdb.DuckDBPyConnection, rows: list[Row], sheet: str, name: str
) -> TextTable | None:
    match = detect_header(rows)
    if match is None:
        return None
    n_rows = _register_rows(con, name, rows, match)
    return TextTable(name, sheet, match, match.row_index + 1, n_rows)


# --------------------------------------------------------------------------- CSV


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(HEAD_BYTES)


def _is_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


BINARY_MESSAGE = (
    "Berkas bukan CSV atau XLSX yang dapat dibaca (berisi data biner). "
    "Ekspor ulang sebagai CSV atau XLSX."
)
# Control bytes a text export never holds (tab, LF, FF and CR excepted).
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01
MIN_CONTROL_BYTES = 16  # a few stray ones in a small file are data


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the text is UTF-16 without a byte-order mark
    (a NUL in almost every odd, or every even, byte), else None."""
    sample = head[: 4096 - 4096 % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _source_encoding(head: bytes) -> str:
    """'utf-8', 'utf-16(-le/-be)' or 'cp1252', judged from the first bytes of a text
    file; ReadError for binary content (a picture, a zip, random bytes)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return utf16
    controls = len(CONTROL_BYTES.findall(head))
    limit = max(MIN_CONTROL_BYTES, MAX_CONTROL_SHARE * len(head))
    if b"\x00" in head or controls > limit:
        raise ReadError(BINARY_MESSAGE)
    return "utf-8" if _is_utf8(head) else "cp1252"


def transcode_to_utf8(path: Path, encoding: str, out_dir: str) -> Path:
    """Copy ``path`` decoded from ``encoding`` into a UTF-8 file, chunk by chunk."""
    target = Path(out_dir) / "utf8.csv"
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    with path.open("rb") as src, target.open("w", encoding="utf-8", newline="") as dst:
        while chunk := src.read(CHUNK_BYTES):
            dst.write(decoder.decode(chunk))
        dst.write(decoder.decode(b"", final=True))
    return target


def _head_lines(head: bytes, encoding: str) -> list[str]:
    """The first physical lines of the file, decoded (a cut-off last line dropped)."""
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head)
    lines = re.split(r"\r\n|\r|\n", text)
    if len(head) == HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]
    return lines[: HEADER_SCAN_ROWS + 1]


def _split(lines: list[str], delimiter: str) -> list[Row]:
    rows: list[Row] = []
    for line in lines:
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:  # e.g. a NUL byte: not a header line
            cells = [line]
        rows.append([c.strip() or None for c in cells])
    return rows


def sniff_csv(lines: list[str]) -> tuple[str, HeaderMatch]:
    """The separator and header of a CSV, from its first lines."""
    found: list[tuple[int, str, HeaderMatch]] = []
    for delimiter in DELIMITERS:
        match = detect_header(_split(lines, delimiter))
        if match is not None:
            found.append((len(match.columns), delimiter, match))
    if not found:
        best = max(
            (_split(lines, d) for d in DELIMITERS), key=lambda r: closest_kind(r)[0]
        )
        raise ReadError(unrecognised_message(best))
    found.sort(key=lambda f: (f[2].row_index, -f[0]))
    return found[0][1], found[0][2]


def _blank_needle(head: bytes) -> bytes:
    """The bytes of an empty line in the line ending of a file whose first bytes are
    ``head``: LF, CRLF, or a lone CR (old Mac exports)."""
    crlf = head.find(b"\r\n", 0, HEAD_BYTES) >= 0
    lone_cr = not crlf and head.find(b"\n", 0, HEAD_BYTES) < 0
    end = b"\r" if lone_cr else b"\n"
    return end + (b"\r\n" if crlf else end)


def _blank_lines(path: Path, after: int) -> list[int]:
    """1-based numbers of the empty lines after line ``after`` (DuckDB skips them)."""
    if path.stat().st_size == 0:
        return []
    with (
        path.open("rb") as fh,
        mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm,
    ):
        needle = _blank_needle(mm[:HEAD_BYTES])
        end = needle[:1]
        positions = _find_all(mm, needle)
        numbers, line, last = [], 1, 0
        for pos in positions:
            line += mm[last : pos + 1].count(end)
            last = pos + 1
            if line > after:
                numbers.append(line)
    return numbers


def _find_all(mm: mmap.mmap, needle: bytes) -> list[int]:
    out, pos = [], mm.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = mm.find(needle, pos + 1)
    return out


@dataclass(frozen=True)
class FileScan:
    """What one pass over the bytes of a file tells: its SHA-256, and whether it holds
    no empty line at all (then a CSV read needs no search for blank lines)."""

    sha256: str
    blank_free: bool


SCAN_CHUNK_BYTES = 16 * 2**20


def _holds(chunk: np.ndarray, needle: bytes) -> bool:
    """Whether the bytes ``needle`` occur in ``chunk`` (vectorised, no Python loop).
    A two-byte needle (an empty line of an LF or CR file) is compared as 16-bit
    words at both offsets: a third of the work of comparing byte by byte."""
    if len(needle) == 2:
        word = int.from_bytes(needle, "little")
        for offset in (0, 1):
            pairs = (len(chunk) - offset) // 2 * 2
            if pairs and (chunk[offset : offset + pairs].view("<u2") == word).any():
                return True
        return False
    width = len(chunk) - len(needle) + 1
    if width <= 0:
        return False
    hit = chunk[:width] == needle[0]
    for i in range(1, len(needle)):
        hit &= chunk[i : i + width] == needle[i]
    return bool(hit.any())


def scan_file(path: Path) -> FileScan:
    """Hash ``path`` and look for empty lines in the same single read: the SHA-256 is
    needed anyway (the identity of a file), and on a large export the separate line
    scan cost more than hashing."""
    digest = hashlib.sha256()
    needle = _blank_needle(_head(path))
    found, tail = False, b""
    buffer = bytearray(SCAN_CHUNK_BYTES)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as fh:
        while n := fh.readinto(buffer):
            digest.update(view[:n])
            if not found:
                edge = tail + bytes(view[: len(needle) - 1])
                found = needle in edge or _holds(
                    np.frombuffer(buffer, np.uint8, n), needle
                )
                tail = bytes(view[max(0, n - len(needle) + 1) : n])
    return FileScan(digest.hexdigest(), not found)


# A CSV line longer than this is refused (a stray quote can swallow a whole file).
MAX_LINE_BYTES = 64 * 2**20
# DuckDB's read buffer: it must exceed the longest line; just above it, a large file
# reads about a quarter faster than with DuckDB's default for this line limit
# (7.2 M SKP rows, 2 GB: 3.2 s against 4.3 s on 2 cores; BENCHMARKS.md).
CSV_BUFFER_BYTES = MAX_LINE_BYTES + 2**20


def _csv_scan_sql(n_cols: int, parallel: bool) -> str:
    columns = ", ".join(
        f"'{c}': 'VARCHAR'" for c in [*_source_columns(n_cols), "_extra"]
    )
    return (
        f"read_csv($path, columns={{{columns}}}, delim=$delim, quote='\"', "
        "escape='\"', header=false, skip=$skip, auto_detect=false, null_padding=true, "
        f"strict_mode=false, max_line_size={MAX_LINE_BYTES}, "
        f"buffer_size={CSV_BUFFER_BYTES}, "
        f"parallel={'true' if parallel else 'false'})"
    )


def _load_csv_text(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    delimiter: str,
    match: HeaderMatch,
    name: str,
) -> None:
    """Read the data lines into temp table ``name``_raw, in file order."""
    params = {"path": str(path), "delim": delimiter, "skip": match.row_index + 1}
    for parallel in (True, False):
        try:
            con.execute(
                f"create or replace temp table {name}_raw as "
                f"select * from {_csv_scan_sql(len(match.headers), parallel)}",
                params,
            )
            return
        except duckdb.Error as exc:
            if parallel and "parallel" in str(exc):
                continue
            raise


def _number_rows(
    con: duckdb.DuckDBPyConnection, name: str, match: HeaderMatch, blanks: list[int]
) -> int:
    """Create view ``name`` over ``name``_raw: physical line numbers, blank rows left
    out. Text is not trimmed here (costly on every cell); the validation pass trims
    what it keeps."""
    first_line = match.row_index + 2
    columns = ", ".join([*_source_columns(len(match.headers)), "_extra"])
    # rowid counts from 0 in file order (from a large base inside a transaction)
    base = int(
        con.execute(f"select coalesce(min(rowid), 0) from {name}_raw").fetchall()[0][0]
    )
    record = f"(r.rowid - {base})"
    # record k is on line first_line + k + (blank lines before it); blank line j at
    # line b_j has b_j - first_line - j records before it.
    shift = "0"
    if blanks:
        before = [b - first_line - j for j, b in enumerate(blanks)]
        con.execute(f"create or replace temp table {name}_blank (n bigint)")
        con.executemany(f"insert into {name}_blank values (?)", [[n] for n in before])
        shift = f"(select count(*) from {name}_blank b where b.n <= {record})"
    con.execute(
        f"create or replace temp view {name} as select * from (select "
        f"cast({record} + {first_line} + {shift} as integer) as _row, {columns} "
        f"from {name}_raw r) where {_nonblank_filter(match, extra=True)}"
    )
    return _count(con, name)


def _csv_error(exc: duckdb.Error) -> ReadError:
    """A short, readable message: never the offending line itself (it may be huge)."""
    text = str(exc)
    line = re.search(r"Line: (\d+)", text)
    where = f" (sekitar baris {int(line.group(1)) + 1})" if line else ""
    if "maximum line size" in text.lower():
        return ReadError(
            f"Berkas CSV memuat baris yang terlalu panjang{where}: lebih dari "
            f"{MAX_LINE_BYTES // 2**20} MB. Periksa tanda kutip yang tidak ditutup."
        )
    detail = text.split("Original Line")[0].strip().splitlines()
    detail_text = " ".join(detail[:2]) if detail else type(exc).__name__
    return ReadError(f"Berkas CSV tidak dapat dibaca{where}: {detail_text[:300]}")


def read_csv_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    prefix: str,
    scan: Callable[[], FileScan] | None = None,
) -> ReadResult:
    """One table for a CSV (comma, semicolon, tab or pipe; UTF-8, cp1252, UTF-16).
    ``scan``: gives the file's scan_file (waiting for it when it runs in a thread)
    when the caller makes one; no blank-line search when it found no empty line."""
    head = _head(path)
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ReadError("Berkas kosong: tidak ada isi yang dapat dibaca.")
    encoding = _source_encoding(head)
    with tempfile.TemporaryDirectory(prefix="kinerja-csv-") as tmp:
        source = path if encoding == "utf-8" else transcode_to_utf8(path, encoding, tmp)
        delimiter, match = sniff_csv(_head_lines(head, encoding))
        name = f"{prefix}_0"
        try:
            _load_csv_text(con, source, delimiter, match, name)
        except duckdb.Error as exc:
            if encoding != "utf-8" or "unicode" not in str(exc).lower():
                raise _csv_error(exc) from exc
            source = transcode_to_utf8(path, "cp1252", tmp)
            try:
                _load_csv_text(con, source, delimiter, match, name)
            except duckdb.Error as exc2:
                raise _csv_error(exc2) from exc2
        blank_free = scan is not None and source == path and scan().blank_free
        blanks = [] if blank_free else _blank_lines(source, match.row_index + 1)
        n_rows = _number_rows(con, name, match, blanks)
    table = TextTable(name, None, match, match.row_index + 1, n_rows, f"{name}_raw")
    return ReadResult([table], header_notes(match, ""))


# --------------------------------------------------------------------------- entry


def file_format(path: Path) -> str:
    """'xlsx' (zip or old OLE workbook by content) or 'csv'."""
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic == XLSX_MAGIC or magic == OLE_MAGIC:
        return "xlsx"
    if path.suffix.lower() in (".xlsx", ".xlsm") and magic:
        raise ReadError(
            "Berkas berakhiran .xlsx tetapi isinya bukan berkas Excel yang sah "
            "(rusak atau terpotong)."
        )
    return "csv"


def read_export(
    con: duckdb.DuckDBPyConnection,
    path: Path | str,
    prefix: str = "_src",
    scan: Callable[[], FileScan] | None = None,
) -> ReadResult:
    """Read ``path`` into temp tables named ``prefix``_0, ``prefix``_1, ...

    Raises ReadError (Indonesian message) for an empty, binary, corrupt or
    unrecognised file. ``scan``: gives scan_file(path), if the caller makes it.
    """
    path = Path(path)
    try:
        fmt = file_format(path)
    except OSError as exc:
        raise ReadError(f"Berkas tidak dapat dibuka: {exc.strerror or exc}.") from exc
    try:
        if fmt == "xlsx":
            return read_xlsx(con, path, prefix)
        return read_csv_file(con, path, prefix, scan)
    except Exception:
        _drop_prefixed(con, prefix)
        raise


def _drop_prefixed(con: duckdb.DuckDBPyConnection, prefix: str) -> None:
    """Drop the temp tables and views a failed read may have left behind."""
    pattern = prefix.replace("_", "\\_") + "\\_%"
    found = con.execute(
        "select 'view', view_name from duckdb_views() where temporary and "
        "view_name like $p escape '\\' union all select 'table', table_name "
        "from duckdb_tables() where temporary and table_name like $p escape '\\'",
        {"p": pattern},
    ).fetchall()
    for what, name in sorted(found, reverse=True):  # views before their tables
        if re.fullmatch(r"[A-Za-z0-9_]+", name):
            con.execute(f"drop {what} if exists {name}")


def drop_tables(con: duckdb.DuckDBPyConnection, result: ReadResult) -> None:
    """Drop the temp tables (and views) of a read."""
    for table in result.tables:
        views = con.execute(
            "select count(*) from duckdb_views() where temporary and view_name = ?",
            [table.name],
        ).fetchall()[0][0]
        con.execute(f"drop {'view' if views else 'table'} if exists {table.name}")
        for suffix in ("_raw", "_blank"):
            con.execute(f"drop table if exists {table.name}{suffix}")


def iter_export_files(paths: list[Path]) -> Iterator[Path]:
    """Files to ingest: the files given, and *.csv / *.xlsx / *.xlsm inside folders
    (recursively, sorted; hidden files and Excel lock files ~$... skipped)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(_folder_files(path))
        else:
            yield path


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith((".", "~$")):
                continue
            if Path(name).suffix.lower() in (".csv", ".xlsx", ".xlsm"):
                yield Path(root) / name
