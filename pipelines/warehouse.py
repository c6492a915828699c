"""The only writer of the warehouse.

A run takes an exclusive lock (``<db>.lock``), copies the live file to ``<db>.tmp``,
loads the export files into the copy (each file in its own transaction), and — only
when some file added something — rebuilds the models, runs the data checks, writes
``meta_build``, checkpoints, closes, fsyncs and atomically ``os.replace``s the copy over
the live file. Otherwise the copy is deleted and the live file stays byte-identical.

Readers (the dashboard) open the live file read-only per query: they are never blocked,
and keep reading the old file until they reopen. A crash at any point leaves the live
file untouched; a stale copy is deleted at the next start.

Every file attempt (also duplicates and rejected files, which change nothing) is
appended to the journal ``<db>.imports.jsonl``. Progress goes to stderr only.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from pipelines import build_models, checks, load_raw, readers, schema
from pipelines.macros import install_macros
from pipelines.progress import enable_tracking, tracking
from pipelines.reference import load_reference

PIPELINE_VERSION = "1.0"
ENV_DB = "KINERJA_DB"
DEFAULT_DB = Path("data") / "warehouse.duckdb"

log = logging.getLogger("pipelines")


class BuildFailed(Exception):
    """The models could not be built or a data check failed; nothing was swapped in.

    ``summary`` is the run summary (files marked rejected, ``checks`` filled)."""

    def __init__(self, message: str, summary: dict) -> None:
        super().__init__(message)
        self.message = message
        self.summary = summary


def default_db_path() -> Path:
    """KINERJA_DB, else data/warehouse.duckdb."""
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + ".imports.jsonl")


def _sibling(db: Path, suffix: str) -> Path:
    return db.with_name(db.name + suffix)


def _fmt(n: int) -> str:
    """1234567 -> '1.234.567'."""
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- progress


@contextmanager
def progress_logging(enabled: bool) -> Iterator[None]:
    """Send the pipeline's INFO log lines to stderr (never stdout) while enabled."""
    if not enabled:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    # on a terminal, first erase a progress bar that may be on the line
    prefix = "\r\033[K" if sys.stderr.isatty() else ""
    handler.setFormatter(logging.Formatter(prefix + "%(message)s"))
    old_level = log.level
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(old_level)


def _file_line(index: int, total: int, result: load_raw.FileResult, secs: float) -> str:
    status = {"loaded": "dimuat", "duplicate": "duplikat", "rejected": "DITOLAK"}.get(
        result.status, result.status
    )
    counts = (
        f"{_fmt(result.rows_read)} baris dibaca, {_fmt(result.rows_loaded)} valid "
        f"({_fmt(result.rows_new)} baru), {_fmt(result.rows_quarantined)} "
        "dikarantina"
    )
    line = f"[{index}/{total}] {result.file}: {status} — {counts} ({secs:.1f} dtk)"
    if result.status == "rejected" and result.errors:
        line += f"\n      {result.errors[0]}"
    return line


# --------------------------------------------------------------------------- files


@contextmanager
def exclusive_lock(db: Path) -> Iterator[None]:
    """Hold an exclusive fcntl lock on ``<db>.lock`` (waits for another writer)."""
    fd = os.open(_sibling(db, ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("Menunggu proses pipeline lain selesai…")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def remove_tmp(db: Path) -> None:
    """Delete the working copy (and its WAL) of a previous or the current run."""
    for suffix in (".tmp", ".tmp.wal"):
        _remove(_sibling(db, suffix))


def prepare_tmp(db: Path) -> Path:
    """A fresh working copy of the live file (empty path when there is no live file)."""
    remove_tmp(db)
    tmp = _sibling(db, ".tmp")
    if db.exists():
        shutil.copyfile(db, tmp)
        if _sibling(db, ".wal").exists():
            shutil.copyfile(_sibling(db, ".wal"), _sibling(db, ".tmp.wal"))
    return tmp


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def swap_in(tmp: Path, db: Path) -> None:
    """Atomically replace the live file with the finished, closed copy."""
    _fsync(tmp)
    _remove(_sibling(db, ".wal"))  # a WAL of the old file must not meet the new one
    os.replace(tmp, db)
    _fsync(db.parent if str(db.parent) else Path("."))


def append_journal(
    db: Path, run_id: str, results: list[load_raw.FileResult], source: str
) -> None:
    """One JSON line per file attempt in ``<db>.imports.jsonl``."""
    if not results:
        return
    at = dt.datetime.now().isoformat(timespec="seconds")
    with journal_path(db).open("a", encoding="utf-8") as fh:
        for r in results:
            entry = {
                "run_id": run_id,
                "at": at,
                "file": r.file,
                "sha256": r.sha256,
                "kind": r.kind,
                "status": r.status,
                "rows_read": r.rows_read,
                "rows_loaded": r.rows_loaded,
                "rows_quarantined": r.rows_quarantined,
                "rows_new": r.rows_new,
                "errors": r.errors,
                "source": source,
            }
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


# --------------------------------------------------------------------------- build


def _row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = [schema.raw_table(k) for k in schema.KINDS]
    tables += [*build_models.MART_NAMES, "quarantine", "import_log"]
    existing = {
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where not temporary"
        ).fetchall()
    }
    return {
        t: int(con.execute(f"select count(*) from {t}").fetchall()[0][0])
        for t in tables
        if t in existing
    }


def _data_sampai(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The month-end the data reaches, as the models define it."""
    sql = "select data_sampai from int_data_cutoff_found"
    try:
        return con.execute(sql).fetchall()[0][0]
    except duckdb.Error:
        return None


def write_meta_build(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Replace the one-row meta_build table; returns the row counts written."""
    counts = _row_counts(con)
    con.execute(
        "create or replace table meta_build as select "
        "cast(current_timestamp as timestamp) as built_at, "
        "exists (select 1 from import_log where source = 'demo') as simulated, "
        "cast($data_sampai as date) as data_sampai, "
        "cast((select count(*) from import_log where status = 'loaded') as integer) "
        "as files_loaded, $row_counts as row_counts, $version as pipeline_version",
        {
            "data_sampai": _data_sampai(con),
            "row_counts": json.dumps(counts),
            "version": PIPELINE_VERSION,
        },
    )
    return counts


ENV_MEMORY = "KINERJA_MEMORY_LIMIT"  # e.g. '8GB': DuckDB's memory_limit for a run
MEMORY_SHARE = 0.5  # default limit: half the RAM (DuckDB's own default is 80%)


def memory_limit() -> str:
    """DuckDB's memory limit for a pipeline run: KINERJA_MEMORY_LIMIT, else half the
    machine's RAM, so a large ingest leaves room for the app and everything else."""
    limit = os.environ.get(ENV_MEMORY, "").strip()
    if limit:
        return limit
    total = _ram_bytes()
    if not total:
        return "80%"
    return f"{max(1, int(total * MEMORY_SHARE / 2**20))}MB"


def _ram_bytes() -> int:
    """The machine's RAM in bytes (0 when the system does not say)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        return 0


# DuckDB's block allocator keeps this share of the RAM mapped for its blocks once used
# (never handed back while the run lasts) instead of mapping and zeroing fresh pages
# for every large temp table and hash table: a large file loads about 0.6 s (of 10 s)
# faster. Only the pipeline's connection, a batch job; not set when
# KINERJA_MEMORY_LIMIT asks for a budget of its own.
BLOCK_ALLOCATOR_SHARE = 0.25


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection; DuckDB measures progress but never prints it (its bar
    would go to stdout): pipelines.progress draws it on stderr. What exceeds the
    memory limit (``memory_limit()``) is spilled to ``<db>.tmp.tmp/``, so peak memory
    stays bounded whatever the size of the files."""
    limit = memory_limit()
    config = {} if limit == "80%" else {"memory_limit": limit}
    ram = _ram_bytes()
    if ram and not os.environ.get(ENV_MEMORY, "").strip():
        config["block_allocator_memory"] = f"{int(ram * BLOCK_ALLOCATOR_SHARE) >> 20}MB"
    con = duckdb.connect(str(path), config=config)
    enable_tracking(con)
    return con


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    started = time.perf_counter()
    install_macros(con)
    tables = load_reference(con)
    load_raw.ensure_tables(con)
    log.info(
        "Data referensi dimuat: %d tabel (%.1f dtk)",
        len(tables),
        time.perf_counter() - started,
    )


def build_and_check(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Build the models and run the data checks; returns the failure messages."""
    started = time.perf_counter()
    built = build_models.build_all(con)
    secs = time.perf_counter() - started
    log.info("Model dibangun: %d relasi (%.1f dtk)", len(built), secs)
    started = time.perf_counter()
    failures = checks.run_checks(con)
    secs = time.perf_counter() - started
    for f in failures:
        log.info("Pemeriksaan GAGAL [%s] %s: %s", f.check, f.relation, f.message)
    if not failures:
        log.info("Pemeriksaan data: semua lolos (%.1f dtk)", secs)
    else:
        log.info("Pemeriksaan data: %d gagal (%.1f dtk)", len(failures), secs)
    return [f"{f.relation}: {f.message}" for f in failures]


def _finish(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Build, check and (when all pass) write meta_build and checkpoint."""
    try:
        failures = build_and_check(con)
    except duckdb.Error as exc:
        return [f"Model tidak dapat dibangun: {exc}"]
    if not failures:
        counts = write_meta_build(con)
        con.execute("checkpoint")
        log.info(
            "Jumlah baris: %s",
            ", ".join(
                f"{k}={_fmt(v)}"
                for k, v in counts.items()
                if k.startswith(("raw_", "mart_"))
            ),
        )
    return failures


# --------------------------------------------------------------------------- ingest


def new_run_id() -> str:
    return dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


def _load_files(
    con: duckdb.DuckDBPyConnection,
    files: list[Path],
    run_id: str,
    source: str,
    show_bar: bool = False,
) -> list[load_raw.FileResult]:
    results = []
    loaded_at = dt.datetime.min
    for i, path in enumerate(files, start=1):
        log.info("[%d/%d] %s: memuat…", i, len(files), path.name)
        started = time.perf_counter()
        # strictly increasing per file: a later file supersedes an earlier one
        loaded_at = max(dt.datetime.now(), loaded_at + dt.timedelta(microseconds=1))
        label = f"[{i}/{len(files)}] {path.name}"
        with tracking(con, label, enabled=None if show_bar else False):
            result = load_raw.load_export(
                con, path, source=source, run_id=run_id, loaded_at=loaded_at
            )
        log.info(_file_line(i, len(files), result, time.perf_counter() - started))
        results.append(result)
    return results


def _fail_loaded(results: list[load_raw.FileResult], failures: list[str]) -> None:
    """Files whose rows were loaded into the copy that is now thrown away."""
    for r in results:
        if r.status == "loaded":
            r.status = "rejected"
            r.errors.insert(
                0,
                "Gudang data tidak diperbarui karena pemeriksaan data "
                "setelah build gagal: " + "; ".join(failures[:3]),
            )
            r.rows_quarantined = r.rows_read
            r.rows_loaded = r.rows_new = 0


def _totals(results: list[load_raw.FileResult]) -> dict[str, int]:
    totals = {"files": len(results)}
    for status in ("loaded", "duplicate", "rejected"):
        totals[status] = sum(r.status == status for r in results)
    for key in ("rows_read", "rows_loaded", "rows_quarantined", "rows_new"):
        totals[key] = sum(getattr(r, key) for r in results)
    return totals


def _summary(
    db: Path,
    run_id: str,
    results: list[load_raw.FileResult],
    built: bool,
    failures: list[str],
) -> dict:
    return {
        "db": str(db),
        "run_id": run_id,
        "files": [r.to_dict() for r in results],
        "totals": _totals(results),
        "built": built,
        "checks": failures,
    }


def _run(
    tmp: Path, files: list[Path], run_id: str, source: str, show_bar: bool
) -> tuple[list[load_raw.FileResult], bool, list[str]]:
    """Load into the working copy; build when something changed. Returns
    (results, ready to swap, check failures)."""
    con = connect(tmp)
    try:
        _prepare(con)
        results = _load_files(con, files, run_id, source, show_bar)
        if not any(r.status == "loaded" for r in results):
            return results, False, []
        failures = _finish(con)
        return results, not failures, failures
    finally:
        con.close()


def ingest(
    paths: list[Path | str] | tuple[Path | str, ...],
    db_path: Path | str,
    *,
    source: str = "ingest",
    progress: bool = True,
) -> dict:
    """Load export files (folders are searched) into the warehouse at ``db_path``.

    Returns the summary ({"db", "run_id", "files", "totals", "built", "checks"}).
    Raises BuildFailed (with the summary) when the models or the checks fail; the
    live warehouse is then unchanged.
    """
    db = Path(db_path)
    files = list(readers.iter_export_files([Path(p) for p in paths]))
    run_id = new_run_id()
    if not files:
        with progress_logging(progress):
            log.info("Tidak ada berkas ekspor (.csv, .xlsx, .xlsm) yang ditemukan.")
    db.parent.mkdir(parents=True, exist_ok=True)
    with progress_logging(progress), exclusive_lock(db):
        tmp = prepare_tmp(db)
        try:
            results, ready, failures = _run(tmp, files, run_id, source, progress)
            if ready:
                swap_in(tmp, db)
                log.info("Gudang data diperbarui: %s", db)
            else:
                log.info("Gudang data tidak diubah: %s", db)
        finally:
            remove_tmp(db)
        if failures:
            _fail_loaded(results, failures)
        append_journal(db, run_id, results, source)
    summary = _summary(db, run_id, results, ready, failures)
    if failures:
        raise BuildFailed("Pemeriksaan data gagal; gudang data tidak diubah.", summary)
    return summary


def rebuild(db_path: Path | str, *, progress: bool = True) -> dict:
    """Rebuild the models from the raw tables and the current reference data, run the
    checks and swap the result in (the `build` command). Raises BuildFailed."""
    db = Path(db_path)
    db.parent.mkdir(parents=True, exist_ok=True)
    with progress_logging(progress), exclusive_lock(db):
        tmp = prepare_tmp(db)
        try:
            con = connect(tmp)
            try:
                _prepare(con)
                failures = _finish(con)
                counts = _row_counts(con) if not failures else {}
            finally:
                con.close()
            if not failures:
                swap_in(tmp, db)
        finally:
            remove_tmp(db)
    summary = {
        "db": str(db),
        "built": not failures,
        "checks": failures,
        "row_counts": counts,
    }
    if failures:
        raise BuildFailed(
            "Build atau pemeriksaan data gagal; gudang data tidak diubah.", summary
        )
    return summary


def check(db_path: Path | str, *, progress: bool = True) -> dict:
    """Run the data checks on the live warehouse, read-only (the `check` command)."""
    db = Path(db_path)
    if not db.exists():
        raise FileNotFoundError(f"Gudang data tidak ditemukan: {db}")
    with progress_logging(progress):
        con = duckdb.connect(str(db), read_only=True)
        try:
            con.execute("set enable_progress_bar = false")
            failures = [f"{f.relation}: {f.message}" for f in checks.run_checks(con)]
        finally:
            con.close()
        log.info(
            "Pemeriksaan data: %s",
            "semua lolos" if not failures else f"{len(failures)} gagal",
        )
    return {"db": str(db), "checks": failures}
