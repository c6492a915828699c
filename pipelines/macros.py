"""Install the parsing macros of ``sql/macros.sql`` on a DuckDB connection."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import duckdb

MACROS_SQL = Path(__file__).with_name("sql") / "macros.sql"


@cache
def macros_sql() -> str:
    """The text of sql/macros.sql (read once per process)."""
    return MACROS_SQL.read_text(encoding="utf-8")


@cache
def macros_version() -> str:
    """A fingerprint of sql/macros.sql, stored with the macros."""
    return hashlib.sha256(macros_sql().encode("utf-8")).hexdigest()[:16]


def install_macros(con: duckdb.DuckDBPyConnection) -> None:
    """Create (or replace) every parsing macro on ``con``.

    The macros are stored in the database (not temporary) so the models (views) that
    call them keep working for read-only readers of the warehouse.
    """
    con.execute(macros_sql())
    con.execute(
        "create or replace macro kinerja_macros_version() as "
        + "'"
        + macros_version()
        + "'"
    )


def ensure_macros(con: duckdb.DuckDBPyConnection) -> None:
    """Install the macros unless this exact version is already installed."""
    try:
        found = con.execute("select kinerja_macros_version()").fetchall()[0][0]
    except duckdb.Error:
        found = None
    if found != macros_version():
        install_macros(con)
