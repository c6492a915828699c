"""The measurements ``pipelines.bench`` runs in child processes (so each one's peak
memory is its own): the pipeline's ingest, DuckDB's bare ``read_csv`` of the exports,
and each page's data functions cold and warm. Each prints one JSON object on stdout.

    python -m pipelines.bench_children ingest --db WAREHOUSE PATH...
    python -m pipelines.bench_children bare --db FILE --list FILES.txt
    python -m pipelines.bench_children pages --db WAREHOUSE --repeat N
    python -m pipelines.bench_children skpfile --rows N --out FILE.csv
    python -m pipelines.bench_children load --db WAREHOUSE FILE
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from pipelines import readers

# --------------------------------------------------------------------------- bare


def csv_shape(path: Path, tmp: Path) -> tuple[Path, str, int]:
    """(UTF-8 file, delimiter, lines above the header) of an export CSV: what a person
    would hand to read_csv. A Windows-1252 or UTF-16 file is transcoded to UTF-8 first,
    outside the timing (DuckDB's latin-1 decoder refuses Windows-1252's 0x80-0x9F)."""
    head = readers._head(path)
    encoding = readers._source_encoding(head)
    delimiter, match = readers.sniff_csv(readers._head_lines(head, encoding))
    if encoding != "utf-8":
        target = tmp / f"{path.stem}.{abs(hash(str(path)))}.csv"
        path = readers.transcode_to_utf8(path, encoding, str(tmp)).rename(target)
    return path, delimiter, match.row_index


BARE_SQL = (
    "create or replace table {name} as select * from read_csv($path, delim=$delim, "
    "skip=$skip, header=true, null_padding=true, strict_mode=false, "
    "ignore_errors=true{extra})"
)


def bare_load(
    con: duckdb.DuckDBPyConnection, path: Path, skip: int, delim: str, name: str
) -> int:
    """Load one CSV the bare DuckDB way (types auto-detected); returns its rows."""
    params = {"path": str(path), "delim": delim, "skip": skip}
    try:
        con.execute(BARE_SQL.format(name=name, extra=""), params)
    except duckdb.Error:  # a sniffing failure: every column as text
        con.execute(BARE_SQL.format(name=name, extra=", all_varchar=true"), params)
    return int(con.execute(f"select count(*) from {name}").fetchall()[0][0])


def _bare_file(
    con: duckdb.DuckDBPyConnection, path: Path, name: str, tmp: Path
) -> dict[str, Any]:
    entry: dict[str, Any] = {"file": str(path), "rows": 0, "secs": 0.0}
    try:
        source, delim, skip = csv_shape(path, tmp)
        started = time.perf_counter()
        entry["rows"] = bare_load(con, source, skip, delim, name)
        entry["secs"] = time.perf_counter() - started
    except (readers.ReadError, duckdb.Error) as exc:
        entry["error"] = str(exc).splitlines()[0][:200]
    return entry


def run_bare(db: Path, files: list[Path]) -> dict[str, Any]:
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    con = duckdb.connect(str(db))
    con.execute("set enable_progress_bar = false")
    with tempfile.TemporaryDirectory(prefix="kinerja-bare-") as tmp:
        per_file = [_bare_file(con, p, f"b{i}", Path(tmp)) for i, p in enumerate(files)]
    started = time.perf_counter()
    con.execute("checkpoint")
    checkpoint = time.perf_counter() - started
    con.close()
    return {
        "secs": sum(f["secs"] for f in per_file) + checkpoint,
        "rows": sum(f["rows"] for f in per_file),
        "failed": sum("error" in f for f in per_file),
        "files": per_file,
    }


# --------------------------------------------------------------------------- one file

# One SKP export of a whole government in one file (PRODUCT.md §9: "7.2 million SKP
# rows"): 12 monthly periodic SKP of 2025 per employee, written by DuckDB itself so
# a file of millions of rows takes seconds. Values look like the e-Kinerja export the
# loader reads (BKN's column names, ratings in capitals, dd/mm/yyyy dates, predikat
# from the PermenPANRB 6/2022 matrix, NIPs with a birth date, TMT and sex digit).
_RATINGS = (
    "['DI ATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'SESUAI EKSPEKTASI', "
    "'SESUAI EKSPEKTASI', 'DI BAWAH EKSPEKTASI']"
)
_MONTHS = (
    "['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', "
    "'Agustus', 'September', 'Oktober', 'November', 'Desember']"
)
_FIRST = (
    "['Muhammad', 'Nurul', 'Teuku', 'Cut', 'Rahmat', 'Siti', 'Zulkifli', "
    "'Fitri', 'Azhar', 'Dewi', 'Fadli', 'Rina', 'Iskandar', 'Yusnidar', 'Hendra']"
)
_LAST = (
    "['Ibrahim', 'Hasan', 'Harahap', 'Yusuf', 'Abdullah', 'Saputra', 'Nasution', "
    "'Rahman', 'Ismail', 'Lubis', 'Daud', 'Amin', 'Syahputra']"
)
SKP_FILE_SQL = f"""
copy (
    with r as (
        select i, i // 12 as p, i % 12 + 1 as m from range($rows) t(i)
    ),
    v as (
        select *,
            strftime(date '1966-01-01' + cast(p * 7919 % 9000 as integer), '%Y%m%d')
                as lahir,
            {_RATINGS}[cast(1 + hash(i, 'h') % 5 as integer)] as hasil,
            {_RATINGS}[cast(1 + hash(i, 'p') % 5 as integer)] as perilaku
        from r
    )
    select
        i + 1 as "No",
        lahir || cast(cast(left(lahir, 4) as integer) + 24 + p % 9 as varchar)
            || lpad(cast(1 + p % 12 as varchar), 2, '0') || cast(1 + p % 2 as varchar)
            || lpad(cast(1 + p // 9000 % 999 as varchar), 3, '0') as "NIP",
        {_FIRST}[1 + p % 15] || ' ' || {_LAST}[1 + p // 15 % 13] as "Nama",
        {_MONTHS}[m] || ' 2025' as "Periode",
        hasil as "Rating Hasil Kerja",
        perilaku as "Rating Perilaku Kerja",
        case
            when perilaku = 'DI BAWAH EKSPEKTASI' and hasil = 'DI BAWAH EKSPEKTASI'
                then 'Sangat Kurang'
            when perilaku = 'DI BAWAH EKSPEKTASI' then 'Kurang/Misconduct'
            when hasil = 'DI BAWAH EKSPEKTASI' then 'Butuh Perbaikan'
            when hasil = 'DI ATAS EKSPEKTASI' and perilaku = 'DI ATAS EKSPEKTASI'
                then 'Sangat Baik'
            else 'Baik'
        end as "Predikat Kinerja",
        '19700101199503' || '1' || lpad(cast(1 + p // 40 % 999 as varchar), 3, '0')
            as "NIP Penilai",
        {_RATINGS}[cast(1 + hash(i, 'm') % 5 as integer)]
            as "Rating Hasil Kerja Mandiri",
        strftime(last_day(make_date(2025, m, 1)) - cast(p % 3 as integer), '%d/%m/%Y')
            as "Tgl Pengisian",
        strftime(last_day(make_date(2025, m, 1)) + cast(3 + p % 7 as integer),
            '%d/%m/%Y') as "Tanggal Penilaian",
        {_RATINGS}[cast(1 + hash(i, 1) % 5 as integer)] as "Berorientasi Pelayanan",
        {_RATINGS}[cast(1 + hash(i, 2) % 5 as integer)] as "Akuntabel",
        {_RATINGS}[cast(1 + hash(i, 3) % 5 as integer)] as "Kompeten",
        {_RATINGS}[cast(1 + hash(i, 4) % 5 as integer)] as "Harmonis",
        {_RATINGS}[cast(1 + hash(i, 5) % 5 as integer)] as "Loyal",
        {_RATINGS}[cast(1 + hash(i, 6) % 5 as integer)] as "Adaptif",
        {_RATINGS}[cast(1 + hash(i, 7) % 5 as integer)] as "Kolaboratif"
    from v
    order by i
) to '{{path}}' (header, delimiter ',')
"""


def write_skp_file(path: Path, rows: int) -> dict[str, Any]:
    """Write the one-file SKP export of ``rows`` rows (see SKP_FILE_SQL)."""
    started = time.perf_counter()
    literal = str(path).replace("'", "''")  # a path of the harness, not input
    with duckdb.connect() as con:
        con.execute(SKP_FILE_SQL.format(path=literal), {"rows": rows})
    return {
        "file": str(path),
        "rows": rows,
        "bytes": path.stat().st_size,
        "write_secs": time.perf_counter() - started,
    }


def run_load(db: Path, path: Path, before: Path | None = None) -> dict[str, Any]:
    """The pipeline's validated load of one file into an empty warehouse (reference
    data, macros and tables prepared first, outside the timing), committed and
    checkpointed: what ``python -m pipelines ingest`` does per file. With ``before``,
    that file is loaded first (not timed): the timed load then goes into a raw table
    that already holds rows (compared with them, as every later load is)."""
    from pipelines import load_raw, warehouse

    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    con = warehouse.connect(db)
    try:
        warehouse._prepare(con)
        if before is not None:
            load_raw.load_export(con, before, source="demo")
            con.execute("checkpoint")
        started = time.perf_counter()
        result = load_raw.load_export(con, path, source="demo")
        con.execute("checkpoint")
        secs = time.perf_counter() - started
    finally:
        con.close()
    return {
        "secs": secs,
        "status": result.status,
        "rows_read": result.rows_read,
        "rows_loaded": result.rows_loaded,
        "rows_quarantined": result.rows_quarantined,
    }


# --------------------------------------------------------------------------- ingest


def run_ingest(db: Path, paths: list[Path]) -> dict[str, Any]:
    """The pipeline's ingest as ``python -m pipelines ingest`` runs it, but recorded
    as demo data (source 'demo'), like ``python -m pipelines demo`` would."""
    from pipelines.warehouse import ingest

    return ingest(paths, db, source="demo", progress=True)


# --------------------------------------------------------------------------- pages


def _quiet_streamlit() -> None:
    """st.cache_data outside a running app works but warns; silence it."""
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)  # this child process logs nothing else


def _percentiles(samples: Sequence[float]) -> dict[str, float]:
    arr = np.asarray(samples, dtype=float)
    return {
        "p50": float(np.percentile(arr, 50)),
        "p95": float(np.percentile(arr, 95)),
        "max": float(arr.max()),
    }


def _time_calls(calls: Sequence[tuple[Callable[..., Any], tuple]]) -> float:
    started = time.perf_counter()
    for fn, args in calls:
        fn(*args)
    return time.perf_counter() - started


def time_page(
    calls: Sequence[tuple[Callable[..., Any], tuple]], repeat: int
) -> dict[str, Any]:
    """Cold (every function's cache cleared first) and warm (cached) timings."""
    cold, warm = [], []
    slowest: dict[str, float] = {}
    for _ in range(repeat):
        for fn, _args in calls:
            fn.clear()
        cold.append(_time_calls(calls))
        warm.append(_time_calls(calls))
    for fn, args in calls:  # which call dominates a cold view
        fn.clear()
        t0 = time.perf_counter()
        fn(*args)
        name = fn.__wrapped__.__name__
        slowest[name] = max(slowest.get(name, 0.0), time.perf_counter() - t0)
    top = max(slowest, key=slowest.get) if slowest else ""
    return {
        "calls": len(calls),
        "cold": _percentiles(cold),
        "warm": _percentiles(warm),
        "slowest_call": top,
        "slowest_call_secs": slowest.get(top, 0.0),
    }


def run_pages(db: Path, repeat: int) -> dict[str, Any]:
    os.environ["KINERJA_DB"] = str(db)
    _quiet_streamlit()  # before the import: decorating warns already
    from dashboard import page_data

    args = page_data.default_args()
    pages = page_data.all_page_data(args)
    shell = pages.pop(page_data.SHELL)
    out: dict[str, Any] = {}
    for page, calls in pages.items():
        try:
            out[page] = time_page([*shell, *calls], repeat)
        except Exception as exc:  # noqa: BLE001 - a broken page is reported, not fatal
            out[page] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    root = Path(__file__).resolve().parent.parent
    stems = sorted(p.stem for p in (root / "pages").glob("*.py"))
    return {
        "tahun": args.tahun,
        "pages": out,
        "unmapped": [s for s in stems if s not in out],
    }


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipelines.bench_children")
    sub = ap.add_subparsers(dest="what", required=True)
    bare = sub.add_parser("bare")
    bare.add_argument("--db", type=Path, required=True)
    bare.add_argument("--list", type=Path, required=True)
    pages = sub.add_parser("pages")
    pages.add_argument("--db", type=Path, required=True)
    pages.add_argument("--repeat", type=int, default=10)
    skpfile = sub.add_parser("skpfile")
    skpfile.add_argument("--rows", type=int, required=True)
    skpfile.add_argument("--out", type=Path, required=True)
    load = sub.add_parser("load")
    load.add_argument("--db", type=Path, required=True)
    load.add_argument("--before", type=Path, default=None)
    load.add_argument("path", type=Path)
    ingest = sub.add_parser("ingest")
    ingest.add_argument("--db", type=Path, required=True)
    ingest.add_argument("paths", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if args.what == "bare":
        files = [Path(p) for p in args.list.read_text().splitlines() if p]
        result = run_bare(args.db, files)
    elif args.what == "ingest":
        result = run_ingest(args.db, args.paths)
    elif args.what == "skpfile":
        result = write_skp_file(args.out, args.rows)
    elif args.what == "load":
        result = run_load(args.db, args.path, args.before)
    else:
        result = run_pages(args.db, args.repeat)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
