"""The only dashboard module that imports duckdb.

Every query runs on a short-lived cursor in a `with` block, closed at once, so no
connection is ever shared between reruns or threads. The cursors come from one
read-only database per warehouse version (an in-memory DuckDB with the warehouse file
ATTACHed read-only): starting a DuckDB database costs 10-30 ms, a cursor nothing, and
a page makes a dozen queries (see BENCHMARKS.md). The pipeline never opens the live
file (it builds a copy and swaps it in with os.replace), so a held read-only database
blocks nobody; when the version (mtime and size of the file) changes, the next query
attaches the new file, and the previous database is kept one more version so a query
still running on it completes. Results are cached one level up, in queries.py, keyed
on `warehouse_version()`.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from dashboard import config


class WarehouseError(Exception):
    """The warehouse cannot answer; pages show a friendly message instead."""


class WarehouseMissing(WarehouseError):
    """No warehouse file at the configured path."""


class WarehouseIncomplete(WarehouseError):
    """The file exists but a table the dashboard reads is missing or unreadable."""


# The frozen snapshot this thread reads instead of the live warehouse (see frozen()).
_FROZEN: ContextVar[Path | None] = ContextVar("kinerja_frozen_db", default=None)


def db_path() -> Path:
    """The warehouse file: env KINERJA_DB, else data/warehouse.duckdb; inside a
    `frozen(path)` block, that frozen snapshot instead (snapshots.py). Because
    `warehouse_version()` and `connect()` both go through here, every cached query
    follows the snapshot with no change to the query functions, under its own cache
    key (the snapshot file's version)."""
    frozen_path = _FROZEN.get()
    if frozen_path is not None:
        return frozen_path
    value = os.environ.get(config.DB_ENV_VAR, "").strip()
    return Path(value) if value else config.DEFAULT_DB


@contextmanager
def frozen(path: Path | None) -> Iterator[None]:
    """Read the warehouse copy `path` (a frozen snapshot, never written again) instead
    of the live file until the block ends; `None` keeps the live file. The override is
    a context variable, so it holds only for the code run inside the block in this
    thread: the Penghargaan page wraps its own queries and exports in it, while other
    pages, other sessions and the shell's filters keep reading the live warehouse."""
    token = _FROZEN.set(Path(path) if path is not None else None)
    try:
        yield
    finally:
        _FROZEN.reset(token)


def journal_path() -> Path:
    """The import-attempts journal next to the warehouse: <db>.imports.jsonl."""
    return Path(str(db_path()) + config.JOURNAL_SUFFIX)


def warehouse_exists() -> bool:
    path = db_path()
    return path.is_file() and path.stat().st_size > 0


def _stat_version(path: Path) -> str | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return f"{stat.st_mtime_ns}-{stat.st_size}"


def warehouse_version() -> str | None:
    """'<mtime_ns>-<size>' of the warehouse file (None when absent): a cache key that
    changes whenever the pipeline swaps in a new build."""
    return _stat_version(db_path())


def journal_version() -> str | None:
    """Same for the journal, which also changes on duplicate and rejected attempts."""
    return _stat_version(journal_path())


_LOCK = threading.Lock()
# (path, version) -> database, newest last; at most _KEEP versions per file are held
_DATABASES: dict[tuple[str, str | None], duckdb.DuckDBPyConnection] = {}
_KEEP = 2
_KEEP_FILES = 3  # the live warehouse and up to two frozen snapshots at a time
_ALIAS = "warehouse"


def _attach(path: Path) -> duckdb.DuckDBPyConnection:
    """A fresh in-memory database with the warehouse file attached read-only."""
    database = duckdb.connect()
    literal = "'" + str(path).replace("'", "''") + "'"  # the configured path, not input
    try:
        database.execute(f"attach {literal} as {_ALIAS} (read_only)")
    except duckdb.Error:
        database.close()
        raise
    return database


def _database(path: Path) -> duckdb.DuckDBPyConnection:
    """The read-only database of the warehouse's current version."""
    key = (str(path), warehouse_version())
    with _LOCK:
        database = _DATABASES.get(key)
        if database is None:
            database = _DATABASES[key] = _attach(path)
            # Per file (live warehouse, each snapshot) at most _KEEP versions, and at
            # most _KEEP_FILES files: reading a snapshot never evicts the live file's
            # previous version while a query may still run on it.
            same = [k for k in _DATABASES if k[0] == key[0]]
            for old in same[: max(0, len(same) - _KEEP)]:
                _DATABASES.pop(old).close()  # its cursors were closed long ago
            while len(_DATABASES) > _KEEP * _KEEP_FILES:
                _DATABASES.pop(next(k for k in _DATABASES if k[0] != key[0])).close()
        return database


def release() -> None:
    """Close the held databases (tests, shutdown)."""
    with _LOCK:
        while _DATABASES:
            _DATABASES.popitem()[1].close()


@contextmanager
def connect() -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only cursor on the warehouse, closed when the block ends."""
    path = db_path()
    if not warehouse_exists():
        raise WarehouseMissing(str(path))
    try:
        con = _database(path).cursor()
        con.execute(f"use {_ALIAS}")
    except duckdb.Error as exc:
        raise WarehouseIncomplete(str(exc).splitlines()[0]) from exc
    try:
        yield con
    finally:
        con.close()


# A table or column the dashboard reads is missing (an old or partial build), or the
# file cannot be read: the viewer gets a message, never a traceback.
_UNANSWERABLE = (duckdb.CatalogException, duckdb.BinderException, duckdb.IOException)


def query_df(
    sql: str, params: dict[str, Any] | None = None, *, large: bool = False
) -> pd.DataFrame:
    """Run one parameterised query and fetch the whole result as a DataFrame.

    ``large``: a list that can hold tens of thousands of rows (a watch list, the
    training priority list): fetched through Arrow (``arrow_frame``), several times
    faster for text columns. Small results take DuckDB's own ``.df()``, which has
    less fixed cost per query (a page makes a dozen small queries)."""
    with connect() as con:
        try:
            if large:
                return arrow_frame(con.sql(sql, params=params or {}).to_arrow_table())
            return con.execute(sql, params or {}).df()
        except _UNANSWERABLE as exc:
            raise WarehouseIncomplete(str(exc).splitlines()[0]) from exc


# Arrow types converted before pandas sees them, to the dtypes DuckDB's own .df() gives.
_NULLABLE = {
    pa.int8(): pd.Int8Dtype(),
    pa.int16(): pd.Int16Dtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
}


def arrow_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow result as the DataFrame DuckDB's ``.df()`` would give (dates as
    datetime64[us], decimals (sums of integers) as float64, integers and booleans with
    NULLs as nullable dtypes, an all-NULL text column as object), built through Arrow:
    text columns become pandas' Arrow-backed strings without a Python object per
    value, 5-7x faster on a 100,000-row list (BENCHMARKS.md)."""
    fields = []
    for field in table.schema:
        kind = field.type
        if pa.types.is_date32(kind) or pa.types.is_date64(kind):
            kind = pa.timestamp("us")
        elif pa.types.is_decimal(kind):
            kind = pa.float64()
        fields.append(pa.field(field.name, kind))
    target = pa.schema(fields)
    if target != table.schema:
        table = table.cast(target)
    frame = table.to_pandas()
    for i, field in enumerate(table.schema):
        column = table.column(i)
        if pa.types.is_string(field.type) and column.null_count == len(column):
            frame.isetitem(i, pd.Series([None] * len(column), dtype=object))
        elif column.null_count and field.type in _NULLABLE:
            frame.isetitem(i, column.to_pandas(types_mapper=_NULLABLE.get))
    return frame


def read_journal() -> list[dict[str, Any]]:
    """Every import attempt recorded in the journal (skips unreadable lines)."""
    path = journal_path()
    if not path.is_file():
        return []
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                records.append(record)
    return records
