"""Step 1 of the pipeline: one export file -> rows in ``raw_<kind>`` (with lineage) and
rejected rows in ``quarantine``, bookkept in ``import_log``.

All rows of a table are parsed, validated, resolved against the reference data and
split into good and bad in SQL, in one pass (no Python loop over rows). A good row is
inserted unless a row with the same ``_row_hash`` (a 128-bit hash of its canonical
values and of the occurrence number of those values within the file,
validation.hash_sql) is already there, so loading the same rows again adds nothing.
Each file is loaded in its own transaction.

The good rows whose values are not stored yet go straight from the validation query
into the table; only the rows left (failing, or holding stored values) are checked
into a temp table, then numbered and compared with the stored rows. A table whose
file had an earlier table of the same kind (a workbook's sheets) is checked whole
that way. A large new file is hashed (SHA-256, with the search for blank lines) in a
thread while DuckDB reads it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from pipelines import progress, readers, schema, validation
from pipelines.macros import ensure_macros
from pipelines.reference import ensure_reference

MAX_ROW_MESSAGES = 10
EXTRA_KEY = "(di luar judul kolom)"

log = logging.getLogger(__name__)

IMPORT_LOG_DDL = """
create table if not exists import_log (
    import_id VARCHAR, run_id VARCHAR, file VARCHAR, file_path VARCHAR,
    file_sha256 VARCHAR, kind VARCHAR, sheets VARCHAR, status VARCHAR,
    rows_read BIGINT, rows_loaded BIGINT, rows_quarantined BIGINT, rows_new BIGINT,
    errors VARCHAR, source VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP
)"""

QUARANTINE_DDL = """
create table if not exists quarantine (
    import_id VARCHAR, file VARCHAR, file_sha256 VARCHAR, sheet VARCHAR,
    row_number INTEGER, kind VARCHAR, column_name VARCHAR, reason VARCHAR,
    raw_values VARCHAR, quarantined_at TIMESTAMP
)"""

RESULT_KEYS = (
    "file",
    "sha256",
    "kind",
    "status",
    "rows_read",
    "rows_loaded",
    "rows_quarantined",
    "rows_new",
    "errors",
    "sheets",
    "notes",
)


@dataclass
class FileResult:
    """The outcome of one file: 'loaded', 'duplicate' or 'rejected'."""

    file: str
    sha256: str
    kind: str | None = None
    sheets: list[str] = field(default_factory=list)
    status: str = "rejected"
    rows_read: int = 0
    rows_loaded: int = 0
    rows_quarantined: int = 0
    rows_new: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    path: str = ""
    import_id: str = ""
    rows_quarantine_new: int = 0

    def to_dict(self) -> dict:
        """The summary shape (PRODUCT.md §8) without internal fields."""
        data = asdict(self)
        return {k: data[k] for k in RESULT_KEYS}


@dataclass
class TableCounts:
    read: int = 0
    loaded: int = 0
    quarantined: int = 0
    new: int = 0
    quarantine_new: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LoadContext:
    import_id: str
    sha256: str
    file: str
    loaded_at: dt.datetime


# --------------------------------------------------------------------------- tables


HASH_FORMAT_DDL = "create table if not exists raw_hash_format (format VARCHAR)"


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create every raw table and the bookkeeping tables when missing, and bring the
    stored row hashes to the current format (validation.HASH_FORMAT)."""
    for kind in schema.KINDS.values():
        con.execute(schema.raw_table_ddl(kind))
    con.execute(IMPORT_LOG_DDL)
    con.execute(QUARANTINE_DDL)
    con.execute(HASH_FORMAT_DDL)
    stored = con.execute("select format from raw_hash_format").fetchall()
    if stored != [(validation.HASH_FORMAT,)]:
        rehash_raw_tables(con)


def rehash_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every raw row's hash in the current format. The canonical values the
    hash covers are raw columns, and the rows of a raw table with the same values
    carry occurrence numbers 1..n (a file's n-th copy is added only when no file had
    n copies before), so renumbering them gives what loading them now gives. Each
    table is rewritten (a VARCHAR md5 hash of earlier versions becomes HUGEINT), in
    one transaction with the format row: an interrupted run is simply repeated."""
    started = time.perf_counter()
    con.begin()
    try:
        for kind in schema.KINDS.values():
            _rehash_table(con, kind)
        con.execute("delete from raw_hash_format")
        con.execute("insert into raw_hash_format values (?)", [validation.HASH_FORMAT])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    log.info(
        "Sidik baris disesuaikan ke format %s (%.1f dtk)",
        validation.HASH_FORMAT,
        time.perf_counter() - started,
    )


def _rehash_table(con: duckdb.DuckDBPyConnection, kind: schema.Kind) -> None:
    raw = schema.raw_table(kind)
    (rows,) = con.execute(f"select count(*) from {raw}").fetchall()[0]
    if rows == 0:  # a new warehouse: just the current column type
        con.execute(f"drop table {raw}")
        con.execute(schema.raw_table_ddl(kind))
        return
    cols = [c for c, _ in schema.raw_columns(kind)]
    numbered = validation.occurrence_sql(
        "_content",
        "row_number() over (partition by _content order by _loaded_at, "
        "_source_file, _source_sheet, _source_row)",
    )

    def select(row_hash: str) -> str:
        return ", ".join(
            f"{row_hash} as _row_hash" if c == "_row_hash" else c for c in cols
        )

    # Only values held by more than one row need numbering (a window over the few
    # repeated values); every other row is its content hash. The rows are rewritten
    # because the type may change (md5 text -> HUGEINT).
    content = validation.hash_sql(kind)
    con.execute(
        f"create temp table _repeated as select {content} as _content from {raw} "
        "group by all having count(*) > 1"
    )
    con.execute(
        f"create table {raw}__rehash as select {select('_content')} from "
        f"(select *, {content} as _content from {raw}) "
        "where _content not in (select _content from _repeated) "
        f"union all select {select(numbered)} from "
        f"(select *, {content} as _content from {raw}) "
        "where _content in (select _content from _repeated)"
    )
    con.execute("drop table _repeated")
    con.execute(f"drop table {raw}")
    con.execute(f"alter table {raw}__rehash rename to {raw}")


# --------------------------------------------------------------------------- load


# The hashes (64-bit hash of _h) that repeat among this table's good rows or continue
# an earlier table of the file: only their rows need an occurrence number.
REPEATED_SQL = """
    create or replace temp table _repeated as
    select hash(_h) as hh from _chk where _reason is null group by hh
    having count(*) > 1
    union select hash(h) from _file_hashes where kind = $kind
"""

# The occurrence number of a row's hash within the file, for the rows of a repeated
# hash; every other row is the first.
ORDINALS_SQL = """
    with good as (
        select _row, _h from _chk
        where _reason is null and hash(_h) in (select hh from _repeated)
    )
    select g._row, row_number() over (partition by g._h order by g._row)
        + coalesce(any_value(f.n), 0) as ord
    from good g
    left join _file_hashes f on f.kind = $kind and f.h = g._h
    group by g._row, g._h
"""


def _raw_insert(kind: schema.Kind, row_hash: str) -> str:
    """`insert into raw_<kind> (...) select <values>, <lineage>, <row_hash>`: the
    head of both inserts of good rows (the FROM follows); parameters _lineage."""
    cols = ", ".join(c for c, _ in schema.raw_columns(kind) if not c.startswith("_"))
    return (
        f"insert into {schema.raw_table(kind)} ({cols}, _import_id, _file_sha256, "
        "_source_file, _source_sheet, _source_row, _loaded_at, _row_hash) "
        f"select {cols}, $import_id, $sha, $file, $sheet, _row, $loaded_at, {row_hash}"
    )


def _lineage(table: readers.TextTable, ctx: LoadContext) -> dict[str, object]:
    """The parameters of _raw_insert: where the rows come from."""
    return {
        "import_id": ctx.import_id,
        "sha": ctx.sha256,
        "file": ctx.file,
        "sheet": table.sheet,
        "loaded_at": ctx.loaded_at,
    }


def _holds_rows(con: duckdb.DuckDBPyConnection, raw: str) -> bool:
    """Whether the raw table holds any row (stored rows to compare with)."""
    query = f"select count(*) from (select 1 from {raw} limit 1)"
    return con.execute(query).fetchall()[0][0] > 0


def _insert_good(
    con: duckdb.DuckDBPyConnection,
    kind: schema.Kind,
    table: readers.TextTable,
    ctx: LoadContext,
) -> int:
    """Insert the good rows whose _row_hash is not in the raw table yet. The work
    that cannot matter is left out: numbering when no hash repeats (the usual case:
    every row is the first of its values), the comparison with the stored rows when
    the raw table is still empty."""
    con.execute(REPEATED_SQL, {"kind": kind.name})
    (repeated,) = con.execute("select count(*) from _repeated").fetchall()[0]
    raw = schema.raw_table(kind)
    stored = _holds_rows(con, raw)
    if repeated:
        con.execute(
            f"create or replace temp table _ordinals as {ORDINALS_SQL}",
            {"kind": kind.name},
        )
        row_hash = validation.occurrence_sql("g._h", "coalesce(o.ord, 1)")
        source = "_chk g left join _ordinals o on o._row = g._row"
    else:  # occurrence 1 everywhere: occurrence_sql(_h, 1) is _h itself
        row_hash, source = "g._h", "_chk g"
    candidates = (
        f"(select g.*, {row_hash} as _row_hash from {source} where g._reason is null)"
    )
    if stored:
        # the stored hashes among the candidates, found by a join DuckDB builds on
        # the smaller side (a NOT EXISTS on the raw table hashed every stored row)
        con.execute(f"create or replace temp table _cand as select * from {candidates}")
        con.execute(
            "create or replace temp table _have as select distinct r._row_hash "
            f"from {raw} r join _cand c on r._row_hash = c._row_hash"
        )
        candidates = "(select c.* from _cand c anti join _have h using (_row_hash))"
    sql = f"{_raw_insert(kind, 'n._row_hash')} from {candidates} n"
    inserted = int(con.execute(sql, _lineage(table, ctx)).fetchall()[0][0])
    if stored:
        con.execute("drop table _cand")
        con.execute("drop table _have")
    con.execute("drop table _repeated")
    if repeated:
        con.execute("drop table _ordinals")
    return inserted


def _remember_hashes(con: duckdb.DuckDBPyConnection, kind: schema.Kind) -> None:
    """Count this table's hashes so a later sheet of the same kind continues them."""
    con.execute(
        "insert into _file_hashes select $kind, _h, count(*) from _chk "
        "where _reason is null group by _h",
        {"kind": kind.name},
    )
    con.execute(
        "create or replace temp table _file_hashes as select kind, h, sum(n) as n "
        "from _file_hashes group by kind, h"
    )


def _raw_values_sql(match: readers.HeaderMatch) -> tuple[str, dict[str, str]]:
    """json_object($h0, s.c0, ...) over the headed columns, keys as parameters."""
    parts, params, seen = [], {}, set()
    for i, header in enumerate(match.headers):
        if not header:
            continue
        key, n = header, 2
        while key in seen:
            key, n = f"{header} ({n})", n + 1
        seen.add(key)
        params[f"h{i}"] = key
        parts.append(f"$h{i}, s.c{i}")
    # text right of the last header column (CSV) is kept too, under its own key
    params["h_extra"] = EXTRA_KEY
    whole = f"json_object({', '.join(parts)})"
    extra = f"json_object({', '.join([*parts, '$h_extra, s._extra'])})"
    return f"case when s._extra is null then {whole} else {extra} end", params


# One quarantine row per bad source row, unless the same raw values were already
# quarantined for the same reason (as often as they occur in this table).
QUARANTINE_INSERT_SQL = """
    insert into quarantine
    with bad as (
        select k._row, k._reason, k._col, {raw_values} as raw_values
        from _chk k
        join {source} s on s._row = k._row
        where k._reason is not null
    ),
    numbered as (
        select *,
            row_number() over (partition by raw_values, _reason order by _row) as ord
        from bad
    ),
    existing as (
        select raw_values, reason, count(*) as n
        from quarantine
        where kind = $kind
        group by all
    )
    select $import_id, $file, $sha, $sheet, b._row, $kind, b._col, b._reason,
        b.raw_values, $loaded_at
    from numbered b
    left join existing e on e.raw_values = b.raw_values and e.reason = b._reason
    where b.ord > coalesce(e.n, 0)
"""


def _insert_bad(
    con: duckdb.DuckDBPyConnection,
    kind: schema.Kind,
    table: readers.TextTable,
    ctx: LoadContext,
) -> int:
    raw_values, params = _raw_values_sql(table.header)
    sql = QUARANTINE_INSERT_SQL.format(raw_values=raw_values, source=table.name)
    params.update(
        kind=kind.name,
        import_id=ctx.import_id,
        file=ctx.file,
        sha=ctx.sha256,
        sheet=table.sheet,
        loaded_at=ctx.loaded_at,
    )
    return int(con.execute(sql, params).fetchall()[0][0])


def _row_messages(
    con: duckdb.DuckDBPyConnection, table: readers.TextTable
) -> list[str]:
    rows = con.execute(
        f"select _row, _reason from _chk where _reason is not null order by _row "
        f"limit {MAX_ROW_MESSAGES}"
    ).fetchall()
    where = f"Lembar '{table.sheet}' baris" if table.sheet else "Baris"
    return [f"{where} {r}: {reason}" for r, reason in rows]


def load_table(
    con: duckdb.DuckDBPyConnection,
    table: readers.TextTable,
    ctx: LoadContext,
    more_of_kind: bool = False,
) -> TableCounts:
    """Validate one text table and insert its good and bad rows. ``more_of_kind``: a
    later table of the file has the same kind (its row hashes continue this one's)."""
    started = time.perf_counter()
    kind = schema.KINDS[table.kind]
    sql = validation.kind_sql(kind, table.header, table.n_rows)
    validation.create_lookups(con, table, sql)
    if not more_of_kind and not _earlier_of_kind(con, kind):
        counts = _load_direct(con, kind, table, sql, ctx)
    else:
        counts = _load_checked(con, kind, table, sql, ctx, more_of_kind)
    validation.drop_lookups(con, sql)
    where = f"lembar '{table.sheet}'" if table.sheet else ctx.file
    log.info(
        "      %s (%s): %s valid, %s baru, %s dikarantina (%.1f dtk)",
        where,
        kind.name,
        _fmt(counts.loaded),
        _fmt(counts.new),
        _fmt(counts.quarantined),
        time.perf_counter() - started,
    )
    return counts


def _load_checked(
    con: duckdb.DuckDBPyConnection,
    kind: schema.Kind,
    table: readers.TextTable,
    sql: validation.KindSql,
    ctx: LoadContext,
    more_of_kind: bool,
) -> TableCounts:
    """Every row checked into _chk, then the good rows inserted from it (numbered and
    compared with the stored rows) and the bad ones quarantined."""
    con.execute(validation.check_table_sql(table, sql, kind))
    good, bad = con.execute(
        "select count(*) filter (_reason is null), "
        "count(*) filter (_reason is not null) from _chk"
    ).fetchall()[0]
    counts = TableCounts(
        read=int(good) + int(bad), loaded=int(good), quarantined=int(bad)
    )
    counts.new = _insert_good(con, kind, table, ctx) if good else 0
    if more_of_kind:
        _remember_hashes(con, kind)
    if bad:
        counts.quarantine_new = _insert_bad(con, kind, table, ctx)
        counts.messages = _row_messages(con, table)
    con.execute("drop table _chk")
    return counts


def _earlier_of_kind(con: duckdb.DuckDBPyConnection, kind: schema.Kind) -> bool:
    """Whether an earlier table of this file had this kind (its row hashes continue
    into this table's: the checked path numbers them)."""
    (earlier,) = con.execute(
        "select count(*) from _file_hashes where kind = $kind", {"kind": kind.name}
    ).fetchall()[0]
    return earlier > 0


# Occurrence numbers of the repeated hashes among the rows just inserted (each with
# the hash of its first occurrence; none of their values was stored before): what
# ORDINALS_SQL gives them.
REPEATS_SQL = """
    create or replace temp table _ordinals as
    select _source_row as _row,
        row_number() over (partition by _row_hash order by _source_row) as ord
    from {raw}
    where _import_id = $import_id and _row_hash in (
        select _row_hash from {raw} where _import_id = $import_id
        group by _row_hash having count(*) > 1
    )
"""


def _load_direct(
    con: duckdb.DuckDBPyConnection,
    kind: schema.Kind,
    table: readers.TextTable,
    sql: validation.KindSql,
    ctx: LoadContext,
) -> TableCounts:
    """The good rows whose values are not stored yet go straight from the validation
    query into the raw table, without a checked copy of every row in between (all of
    them on the first, large load of a new warehouse; in a later export, every row
    of a new month). The rest is done on what needs it: the rows of a repeated hash
    get their occurrence numbers, and only the rows that were not inserted (failing,
    or holding values already stored) are checked again, into _chk."""
    raw = schema.raw_table(kind)
    stored = _holds_rows(con, raw)
    # a row whose values are stored is left for the checked path below: a copy of
    # them beyond the stored ones must still be added (rows are never taken out of
    # the table again: deleting from a large insert made its commit rewrite it)
    new_only = (
        f"and not exists (select 1 from {raw} r where r._row_hash = n._h)"
        if stored
        else ""
    )
    inserted = int(
        con.execute(
            f"{_raw_insert(kind, 'n._h')} from "
            f"({validation.check_query_sql(table, sql, kind)}) n "
            f"where n._reason is null {new_only}",
            _lineage(table, ctx),
        ).fetchall()[0][0]
    )
    if inserted:
        _number_repeats(con, raw, ctx)
    counts = TableCounts(read=table.n_rows, loaded=inserted, new=inserted)
    if inserted == table.n_rows:
        return counts
    good, bad = _check_rest(con, kind, table, ctx)
    if good + bad != table.n_rows - inserted or (good and not stored):
        raise RuntimeError(
            f"pemeriksaan ulang tidak cocok: {good} lolos dan {bad} gagal dari "
            f"{table.n_rows - inserted} baris yang tidak dimuat"
        )
    counts.loaded += good
    counts.quarantined = bad
    if good:  # values stored: numbered and compared with the stored rows
        counts.new += _insert_good(con, kind, table, ctx)
    if bad:
        counts.quarantine_new = _insert_bad(con, kind, table, ctx)
        counts.messages = _row_messages(con, table)
    con.execute("drop table _chk")
    return counts


def _number_repeats(con: duckdb.DuckDBPyConnection, raw: str, ctx: LoadContext) -> None:
    # usually every row holds its own values: one count tells, no numbering needed
    # (over the high 64 bits of the hashes: cheaper, and distinct there is distinct)
    (repeats,) = con.execute(
        f"select count(*) - count(distinct (_row_hash >> 64)::bigint) from {raw} "
        "where _import_id = $import_id",
        {"import_id": ctx.import_id},
    ).fetchall()[0]
    if not repeats:
        return
    con.execute(REPEATS_SQL.format(raw=raw), {"import_id": ctx.import_id})
    (repeated,) = con.execute("select count(*) from _ordinals").fetchall()[0]
    if repeated:
        row_hash = validation.occurrence_sql(f"{raw}._row_hash", "o.ord")
        con.execute(
            f"update {raw} set _row_hash = {row_hash} from _ordinals o "
            f"where {raw}._import_id = $import_id and {raw}._source_row = o._row "
            "and o.ord > 1",
            {"import_id": ctx.import_id},
        )
    con.execute("drop table _ordinals")


# The rows of a table not inserted: only the blocks of rows (by row number) holding
# fewer inserted rows than source rows are compared row by row, not every row (the
# rows left are usually few, or all in one stretch of the file).
REST_BLOCK = 2048
REST_SQL = """
    create or replace temp table _src_rest as
    with source_blocks as (
        select _row // {block} as b, count(*) as n from {src} group by b
    ),
    inserted_blocks as (
        select _source_row // {block} as b, count(*) as n from {raw}
        where _import_id = $import_id group by b
    ),
    short as (
        select s.b from source_blocks s left join inserted_blocks i on i.b = s.b
        where s.n > coalesce(i.n, 0)
    )
    select s.* from {src} s
    where s._row // {block} in (select b from short)
        and not exists (
            select 1 from {raw} r
            where r._import_id = $import_id and r._source_row = s._row
                and r._source_row // {block} in (select b from short)
        )
"""


def _check_rest(
    con: duckdb.DuckDBPyConnection,
    kind: schema.Kind,
    table: readers.TextTable,
    ctx: LoadContext,
) -> tuple[int, int]:
    """_chk of the rows of ``table`` that _load_direct did not insert; returns how
    many of them pass and fail."""
    con.execute(
        REST_SQL.format(src=table.name, raw=schema.raw_table(kind), block=REST_BLOCK),
        {"import_id": ctx.import_id},
    )
    (n_rest,) = con.execute("select count(*) from _src_rest").fetchall()[0]
    rest = dataclasses.replace(table, name="_src_rest", base="", n_rows=int(n_rest))
    # its own query, as for a table of its size (usually small: NIPs parsed per row,
    # complete lookups)
    sql = validation.kind_sql(kind, table.header, rest.n_rows)
    validation.create_lookups(con, rest, sql)
    con.execute(validation.check_table_sql(rest, sql, kind))
    con.execute("drop table _src_rest")
    good, bad = con.execute(
        "select count(*) filter (_reason is null), "
        "count(*) filter (_reason is not null) from _chk"
    ).fetchall()[0]
    return int(good), int(bad)


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- files


def _previous_load(con: duckdb.DuckDBPyConnection, sha256: str) -> tuple | None:
    rows = con.execute(
        "select file, kind, sheets, rows_read, rows_loaded, rows_quarantined, "
        "finished_at from import_log where file_sha256 = ? and status = 'loaded' "
        "order by finished_at limit 1",
        [sha256],
    ).fetchall()
    return rows[0] if rows else None


def _duplicate_of(result: FileResult, previous: tuple) -> FileResult:
    file, kind, sheets, read, loaded, quarantined, finished = previous
    result.status, result.kind = "duplicate", kind
    result.sheets = [s for s in (sheets or "").split(", ") if s]
    result.rows_read, result.rows_loaded = int(read), int(loaded)
    result.rows_quarantined = int(quarantined)
    when = finished.strftime("%d/%m/%Y %H:%M") if finished else "sebelumnya"
    result.notes.append(
        f"Berkas yang sama persis sudah dimuat ({file}, {when}); tidak ada yang diubah."
    )
    return result


def _reject(result: FileResult, message: str, rows_seen: int) -> FileResult:
    result.status = "rejected"
    result.errors.insert(0, message)
    result.rows_read = result.rows_quarantined = rows_seen
    result.rows_loaded = result.rows_new = result.rows_quarantine_new = 0
    return result


def _summarise(
    result: FileResult, read: readers.ReadResult, counts: list[TableCounts]
) -> None:
    kinds = list(dict.fromkeys(t.kind for t in read.tables))
    result.kind = ",".join(kinds)
    result.sheets = [t.sheet for t in read.tables if t.sheet]
    result.notes += read.notes
    for table in read.tables:
        result.errors += list(table.header.duplicates)
    result.rows_read = sum(c.read for c in counts)
    result.rows_loaded = sum(c.loaded for c in counts)
    result.rows_quarantined = sum(c.quarantined for c in counts)
    result.rows_new = sum(c.new for c in counts)
    result.rows_quarantine_new = sum(c.quarantine_new for c in counts)
    messages = [m for c in counts for m in c.messages]
    result.errors += messages[:MAX_ROW_MESSAGES]
    if result.rows_quarantined > MAX_ROW_MESSAGES:
        rest = result.rows_quarantined - MAX_ROW_MESSAGES
        result.errors.append(
            f"… dan {rest} baris lain dikarantina (lihat tabel quarantine)."
        )
    if result.rows_loaded > result.rows_new:
        result.notes.append(
            f"{result.rows_loaded - result.rows_new} baris sudah ada "
            "sebelumnya dan tidak ditambahkan lagi."
        )


def _write_log(
    con: duckdb.DuckDBPyConnection,
    result: FileResult,
    run_id: str,
    source: str,
    started_at: dt.datetime,
) -> None:
    con.execute(
        "insert into import_log values ($import_id, $run_id, $file, $path, $sha, "
        "$kind, $sheets, $status, $read, $loaded, $quarantined, $new, $errors, "
        "$source, $started, $finished)",
        {
            "import_id": result.import_id,
            "run_id": run_id,
            "file": result.file,
            "path": result.path,
            "sha": result.sha256,
            "kind": result.kind,
            "sheets": ", ".join(result.sheets) or None,
            "status": result.status,
            "read": result.rows_read,
            "loaded": result.rows_loaded,
            "quarantined": result.rows_quarantined,
            "new": result.rows_new,
            "errors": json.dumps(result.errors, ensure_ascii=False),
            "source": source,
            "started": started_at,
            "finished": dt.datetime.now(),
        },
    )


def _load_tables(
    con: duckdb.DuckDBPyConnection, read: readers.ReadResult, ctx: LoadContext
) -> list[TableCounts]:
    con.execute(
        "create or replace temp table _file_hashes (kind VARCHAR, h HUGEINT, n BIGINT)"
    )
    kinds = [t.kind for t in read.tables]
    counts = [
        load_table(con, table, ctx, table.kind in kinds[i + 1 :])
        for i, table in enumerate(read.tables)
    ]
    con.execute("drop table _file_hashes")
    return counts


def _load_in_transaction(
    con: duckdb.DuckDBPyConnection,
    read: readers.ReadResult,
    result: FileResult,
    ctx: LoadContext,
    run_id: str,
    source: str,
) -> FileResult:
    started_at = dt.datetime.now()
    result.rows_read = read.rows
    if read.rows == 0:
        return _reject(
            result, "Berkas tidak berisi baris data di bawah judul kolom.", 0
        )
    _summarise(result, read, _load_tables(con, read, ctx))
    if result.rows_new == 0 and result.rows_quarantine_new == 0:
        result.status = "duplicate"
        result.notes.append(
            "Semua baris sudah ada di gudang data; tidak ada yang ditambahkan."
        )
        return result
    result.status = "loaded"
    _write_log(con, result, run_id, source, started_at)
    return result


def _read(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    scan: Callable[[], readers.FileScan],
) -> readers.ReadResult | readers.ReadError:
    """Read the file into temp tables, outside the file's transaction: a failed
    statement aborts a DuckDB transaction, and the readers retry some reads (serial
    CSV scan, cp1252 after all) after a failure."""
    clock = time.perf_counter()
    try:
        read = readers.read_export(con, path, scan=scan)
    except readers.ReadError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - any failure rejects the file, not the run
        return readers.ReadError(f"Berkas tidak dapat dibaca: {exc}")
    log.info(
        "      %s: %s baris data dibaca dari %d tabel (%.1f dtk)",
        path.name,
        _fmt(read.rows),
        len(read.tables),
        time.perf_counter() - clock,
    )
    return read


# A file at least this large is hashed (readers.scan_file, in a thread) while DuckDB
# reads it, which leaves part of a core idle; unless a file of the same name was
# loaded before: then the hash comes first, so that ingesting a folder again skips
# its files without reading them.
OVERLAP_FROM_BYTES = 32 * 2**20


def _opened_size(path: Path) -> int | str:
    """The size of a file that can be opened, else the message why it cannot."""
    try:
        with path.open("rb") as fh:
            return os.fstat(fh.fileno()).st_size
    except OSError as exc:
        return f"Berkas tidak dapat dibuka: {exc.strerror or exc}."


def _name_loaded_before(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    rows = con.execute(
        "select count(*) from import_log where file = ? and status = 'loaded'", [name]
    ).fetchall()
    return bool(rows[0][0])


def load_export(
    con: duckdb.DuckDBPyConnection,
    path: Path | str,
    *,
    source: str = "ingest",
    run_id: str | None = None,
    loaded_at: dt.datetime | None = None,
) -> FileResult:
    """Load one export file; never raises for bad input (status 'rejected' instead).

    Writes nothing unless the status is 'loaded'. For every status
    rows_read = rows_loaded + rows_quarantined.
    """
    path = Path(path)
    result = FileResult(file=path.name, sha256="", path=str(path.resolve()))
    size = _opened_size(path)
    if isinstance(size, str):
        return _reject(result, size, 0)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kinerja-scan") as pool:
        scan = pool.submit(readers.scan_file, path)
        hash_first = size < OVERLAP_FROM_BYTES
        return _load_file(
            con, path, scan, hash_first, result, source, run_id, loaded_at
        )


def _load_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    scan: Future[readers.FileScan],
    hash_first: bool,
    result: FileResult,
    source: str,
    run_id: str | None,
    loaded_at: dt.datetime | None,
) -> FileResult:
    progress.enable_tracking(con)  # measured, never printed by DuckDB itself
    ensure_macros(con)
    ensure_tables(con)
    hash_first = hash_first or _name_loaded_before(con, path.name)
    if hash_first:
        outcome = _known_file(con, scan, result)
        if outcome is not None:
            return outcome
    ensure_reference(con)
    read = _read(con, path, scan.result)
    if isinstance(read, readers.ReadError):
        if not hash_first and _known_file(con, scan, result) is not None:
            return result  # unopenable or loaded before, as the hash tells
        return _reject(result, read.message, read.rows_seen)
    try:
        if not hash_first:
            outcome = _known_file(con, scan, result)
            if outcome is not None:
                return outcome
        ctx = LoadContext(
            uuid.uuid4().hex,
            result.sha256,
            result.file,
            loaded_at or dt.datetime.now(),
        )
        result.import_id = ctx.import_id
        return _run_transaction(con, read, result, ctx, run_id or ctx.import_id, source)
    finally:
        readers.drop_tables(con, read)


def _known_file(
    con: duckdb.DuckDBPyConnection,
    scan: Future[readers.FileScan],
    result: FileResult,
) -> FileResult | None:
    """Set the file's hash; the outcome when the file cannot be read or was loaded
    before, None when it is to be loaded."""
    try:
        result.sha256 = scan.result().sha256
    except OSError as exc:
        return _reject(result, f"Berkas tidak dapat dibuka: {exc.strerror or exc}.", 0)
    previous = _previous_load(con, result.sha256)
    return None if previous is None else _duplicate_of(result, previous)


def _run_transaction(
    con: duckdb.DuckDBPyConnection,
    read: readers.ReadResult,
    result: FileResult,
    ctx: LoadContext,
    run_id: str,
    source: str,
) -> FileResult:
    con.begin()
    try:
        result = _load_in_transaction(con, read, result, ctx, run_id, source)
    except Exception as exc:  # noqa: BLE001 - any failure rejects the file
        con.rollback()
        return _reject(result, f"Gagal memuat berkas: {exc}", read.rows)
    if result.status == "loaded":
        con.commit()
    else:
        con.rollback()
    return result
