"""The only dashboard module that imports duckdb.

Every query opens a short-lived read-only connection in a `with` block and closes it, so
no reader is ever held across reruns or threads, and the pipeline's atomic file swap is
simply seen on the next query. Results are cached one level up, in queries.py, keyed on
`warehouse_version()`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dashboard import config


class WarehouseError(Exception):
    """The warehouse cannot answer; pages show a friendly message instead."""


class WarehouseMissing(WarehouseError):
    """No warehouse file at the configured path."""


class WarehouseIncomplete(WarehouseError):
    """The file exists but a table the dashboard reads is missing or unreadable."""


def db_path() -> Path:
    """The warehouse file: env KINERJA_DB, else data/warehouse.duckdb."""
    value = os.environ.get(config.DB_ENV_VAR, "").strip()
    return Path(value) if value else config.DEFAULT_DB


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


@contextmanager
def connect() -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the warehouse, closed when the block ends."""
    path = db_path()
    if not warehouse_exists():
        raise WarehouseMissing(str(path))
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise WarehouseIncomplete(str(exc).splitlines()[0]) from exc
    try:
        yield con
    finally:
        con.close()


# A table or column the dashboard reads is missing (an old or partial build), or the
# file cannot be read: the viewer gets a message, never a traceback.
_UNANSWERABLE = (duckdb.CatalogException, duckdb.BinderException, duckdb.IOException)


def query_df(sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    """Run one parameterised query and fetch the whole result as a DataFrame."""
    with connect() as con:
        try:
            return con.execute(sql, params or {}).df()
        except _UNANSWERABLE as exc:
            raise WarehouseIncomplete(str(exc).splitlines()[0]) from exc


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
