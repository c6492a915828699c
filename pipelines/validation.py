"""The SQL of the validation pass of the loader: parse, check and resolve every row of
an all-text table (pipelines.readers) in one query.

Values with few distinct spellings (periods, dates, ratings, enums, names of units...)
are parsed once per distinct value into small temp tables ``_lkc_<group>_<hash>`` and
joined back, so a file of millions of rows costs a handful of hash joins, not millions
of regular-expression evaluations. The lookup tables stay on the connection for the
next file (a value is a pure function of its text), so a run of many small files
parses each spelling once, and compiling the large parsing macros is only paid when a
file brings new spellings. Column and table names come from schema.py only; the
constants written into the SQL (labels, messages) come from code, never from a file.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import duckdb

from pipelines import readers, schema
from pipelines.macros import macros_version
from pipelines.reference import reference_label

NULL_TEXT = "cast(null as varchar)"
DATE_RANGE = "1940 s.d. satu tahun ke depan"

# How a type's value is parsed from text {t} (the macros of sql/macros.sql).
VALUE_SQL = {
    "text": "nullif(trim({t}), '')",
    "nip": "nip_clean({t})",
    "date": "id_date({t})",
    "period": "id_period({t})",
    "number": "id_number({t})",
    "integer": "id_integer({t})",
    "likert4": "id_integer({t})",
    "level": "id_integer({t})",
    "rating": "id_rating({t})",
    "predikat": "id_predikat({t})",
}

# Types parsed once per distinct value.
LOOKUP_TYPES = ("period", "date", "rating", "predikat", "likert4", "level", "enum")

# A table of this many rows is validated as a large one: the lookups of the types with
# a handful of spellings (SAMPLED_TYPES; ten rating columns in an SKP export) are
# filled from a sample of its rows, as finding the distinct values of every row cost
# more than the rest of their validation; a spelling the sample missed is parsed on
# its own row. Periods and dates keep complete lookups: their spellings follow the
# order of the file (a month's rows together), which a sample can miss whole. NIP
# columns are parsed once per distinct text too. A smaller table gets complete
# lookups and parses its NIPs per row (a lookup holding every NIP of the earlier
# files would cost more to join than its rows cost to parse).
LARGE_TABLE_ROWS = 262_144
SAMPLED_TYPES = ("rating", "predikat", "likert4", "level")
LOOKUP_SAMPLE_PERCENT = 2
LOOKUP_SAMPLE_MIN_ROWS = 65_536

INVALID_TEXT = {
    "date": "bukan tanggal yang dikenali (gunakan dd/mm/yyyy)",
    "number": "bukan angka",
    "integer": "harus bilangan bulat",
    "likert4": "harus bilangan bulat 1–4",
    "level": "harus bilangan bulat 1–5",
    "rating": "tidak dikenali (gunakan Di Atas Ekspektasi, Sesuai Ekspektasi atau Di "
    "Bawah Ekspektasi)",
    "predikat": "tidak dikenali (gunakan Sangat Baik, Baik, Butuh Perbaikan, "
    "Kurang/Misconduct atau Sangat Kurang)",
    "period": "tidak dikenali (contoh: 2025-01, Januari 2025, TW I 2025, "
    "Semester 1 2025, 2025)",
}

RANGE_SQL = {
    "likert4": ("{v} not between 1 and 4", INVALID_TEXT["likert4"]),
    "level": ("{v} not between 1 and 5", INVALID_TEXT["level"]),
    "date": (
        "{v} < date '1940-01-01' or {v} > current_date + interval 1 year",
        f"di luar rentang wajar ({DATE_RANGE})",
    ),
}

# Extra checks of particular columns: (kind, column) -> (condition on {v}, message).
SPECIAL_CHECKS: dict[tuple[str, str], tuple[str, str]] = {
    ("pelatihan", "jp"): (
        "{v} <= 0 or {v} > 1000",
        "harus lebih dari 0 dan paling banyak 1000",
    ),
    ("realisasi_indikator", "penyebut"): ("{v} <= 0", "harus lebih dari 0"),
    ("realisasi_indikator", "realisasi"): (
        "not isfinite({v})",
        "bukan angka terhingga",
    ),
}


@dataclass
class Lookup:
    """A temp table parsing, once, the distinct values of the source columns ``srcs``
    (all parsed the same way, e.g. every rating column of a table). A ``sampled``
    lookup of a large table holds the spellings of a sample of its rows; the
    validation query parses a text the sample missed on its own row."""

    table: str
    value: str  # SQL over d.k (the distinct text)
    join: str = ""  # extra join of the lookup query
    srcs: list[str] = field(default_factory=list)  # ['c3', 'c4']
    sampled: bool = False


@dataclass
class KindSql:
    """The pieces of the validation query of one table."""

    parsed: list[str] = field(default_factory=list)  # "expr as alias"
    joins: list[str] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)  # (column, message sql)
    outputs: list[str] = field(default_factory=list)  # raw columns, in order
    lookups: dict[str, Lookup] = field(default_factory=dict)  # by group
    # SQL over the parsed columns: the row is no data row (a repeated header, a
    # JUMLAH/TOTAL line) -> one clear reason instead of a list of failed values
    whole_row: list[tuple[str, str]] = field(default_factory=list)
    large: bool = False  # validated as a large table (LARGE_TABLE_ROWS)


# The longest value a spreadsheet cell holds; anything longer is not a real entry.
MAX_CELL_CHARS = 32767


def lit(text: str) -> str:
    """A SQL string literal for a constant defined in code (labels, messages)."""
    return "'" + text.replace("'", "''") + "'"


def _src(match: readers.HeaderMatch, name: str) -> str:
    index = match.columns.get(name)
    return f"s.c{index}" if index is not None else NULL_TEXT


def _msg(label: str, t: str, rest: str) -> str:
    """SQL of the message "<label> '<value of t>' <rest>"; a long value is cut to 60
    characters in the message (the quarantine keeps it whole in raw_values)."""
    shown = f"case when length({t}) > 60 then left({t}, 57) || '…' else {t} end"
    return f"{lit(label + ' ')} || '''' || {shown} || '''' || {lit(' ' + rest)}"


def _label(col: schema.Column) -> str:
    return col.label or col.name


# --------------------------------------------------------------------------- lookups


def _lookup(
    sql: KindSql,
    group: str,
    t: str,
    value: str,
    join: str = "",
    sampled: bool = False,
) -> str:
    """Join lookup table ``_<group>`` on text t; returns the join alias (columns k, v,
    e). One lookup table per group: one statement (one macro binding) per table."""
    if t == NULL_TEXT:
        raise ValueError("no lookup on an absent column")
    src = t.removeprefix("s.")
    # the table is named after what it computes, so it can serve later files
    key = zlib.crc32(f"{value}|{join}|{macros_version()}".encode())
    name = f"_lkc_{group}_{key:08x}"
    lookup = sql.lookups.setdefault(group, Lookup(name, value, join, sampled=sampled))
    alias = f"{group}_{src}"
    if src not in lookup.srcs:
        lookup.srcs.append(src)
        sql.joins.append(f"left join {lookup.table} {alias} on {alias}.k = {t}")
    return alias


def _name_key(sql: KindSql, t: str) -> str:
    """SQL of name_key(t), computed once per distinct value."""
    if t == NULL_TEXT:
        return NULL_TEXT
    return _lookup(sql, "nk", t, "name_key(d.k)") + ".v"


def _existing_lookups(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "select table_name from duckdb_tables() where temporary "
        "and table_name like '\\_lkc\\_%' escape '\\'"
    ).fetchall()
    return {r[0] for r in rows}


def sample_percent(rows: int) -> float:
    """The share of a table's rows its sampled lookups are filled from: at least
    LOOKUP_SAMPLE_MIN_ROWS rows (DuckDB samples whole vectors of 2,048 rows; a sample
    of a few vectors could hold none, and then every row would parse its own
    spellings), else LOOKUP_SAMPLE_PERCENT."""
    if rows <= 0:
        return 100.0
    return min(100.0, max(LOOKUP_SAMPLE_PERCENT, 100 * LOOKUP_SAMPLE_MIN_ROWS / rows))


def create_lookups(
    con: duckdb.DuckDBPyConnection, table: readers.TextTable, sql: KindSql
) -> None:
    """Fill the lookup tables of a table (before the validation query): create a
    missing one, else parse only the spellings it does not hold yet."""
    existing = _existing_lookups(con)
    sample = f" tablesample {sample_percent(table.n_rows)}% (system, 7)"
    for lk in sql.lookups.values():
        rows = f"{table.scan}{sample if lk.sampled else ''}"
        texts = " union all ".join(
            f"select {c} as k from {rows} where {c} is not null" for c in lk.srcs
        )
        distinct = f"select distinct k from ({texts})"
        parsed = f"select d.k, {lk.value} as v, trim(d.k) = '' as e from"
        if lk.table not in existing:
            con.execute(
                f"create temp table {lk.table} as {parsed} ({distinct}) d {lk.join}"
            )
            continue
        # the spellings it lacks, found once (parsed only when there are some)
        con.execute(
            f"create or replace temp table _lk_new as {distinct} t where not exists "
            f"(select 1 from {lk.table} c where c.k = t.k)"
        )
        (n_new,) = con.execute("select count(*) from _lk_new").fetchall()[0]
        if n_new:
            con.execute(f"insert into {lk.table} {parsed} _lk_new d {lk.join}")
        con.execute("drop table _lk_new")


def drop_lookups(con: duckdb.DuckDBPyConnection, sql: KindSql) -> None:
    """Kept for the next file (see the module docstring); nothing to drop."""


# --------------------------------------------------------------------------- columns


def _value(
    sql: KindSql, kind: schema.Kind, col: schema.Column, t: str
) -> tuple[str, str]:
    """(value SQL, emptiness SQL) of a column whose text is t."""
    if t == NULL_TEXT:
        sql_type = dict(schema.raw_columns(kind))[col.name]
        return f"cast(null as {sql_type})", "true"
    if col.type == "enum":
        join = f"left join _enum_{kind.name}_{col.name} en on en.k = norm_key(d.k)"
        alias = _lookup(sql, f"lk_enum_{col.name}", t, "en.v", join)
        return f"{alias}.v", f"({t} is null or {alias}.e)"
    if col.type in LOOKUP_TYPES:
        value = VALUE_SQL[col.type].format(t="d.k")
        group = "lk_int" if value.startswith("id_integer") else f"lk_{col.type}"
        sampled = sql.large and col.type in SAMPLED_TYPES
        alias = _lookup(sql, group, t, value, sampled=sampled)
        if not sampled:
            return f"{alias}.v", f"({t} is null or {alias}.e)"
        own = VALUE_SQL[col.type].format(t=t)  # a spelling the sample missed
        return (
            f"coalesce({alias}.v, {own})",
            f"({t} is null or coalesce({alias}.e, trim({t}) = ''))",
        )
    if col.type == "nip" and sql.large:
        # cleaned NIP and why it cannot be one, once per distinct text (an NIP
        # column of a large table holds far fewer distinct values than rows)
        alias = _lookup(sql, "lk_nip", t, NIP_LOOKUP_SQL)
        return f"{alias}.v.nip", f"{alias}.v.nip is null"
    if (kind.name, col.name) == ("realisasi_indikator", "kode_indikator"):
        sql.joins.append(f"left join _ref_indikator_k ri on ri.k = {_name_key(sql, t)}")
        return "ri.code", f"nullif(trim({t}), '') is null"
    if (kind.name, col.name) == ("penghargaan", "penerima"):
        value = f"case when {_is_nip18(t)} then nip_clean({t}) else trim({t}) end"
        return f"nullif({value}, '')", f"nullif(trim({t}), '') is null"
    value = VALUE_SQL[col.type].format(t=t)
    if col.type in ("text", "nip"):
        return value, f"{value} is null"
    return value, f"nullif(trim({t}), '') is null"


NIP_LOOKUP_SQL = "struct_pack(nip := nip_clean(d.k), error := nip_format_error(d.k))"


def _is_nip18(t: str) -> str:
    return f"regexp_full_match(nip_clean({t}), '\\d{{18}}')"


def _column(sql: KindSql, kind: schema.Kind, col: schema.Column, t: str) -> None:
    """Parse expression, output columns and checks of one canonical column."""
    name = col.name
    value, empty = _value(sql, kind, col, t)
    v = f"{name}__p" if col.type == "period" else name
    sql.parsed += [f"{t} as {name}__t", f"{empty} as {name}__e", f"{value} as {v}"]
    if col.type == "nip":  # why the text is no NIP
        if t == NULL_TEXT:
            error = NULL_TEXT
        elif sql.large:  # from the lookup
            error = value.removesuffix(".nip") + ".error"
        else:
            error = f"nip_format_error({t})"
        sql.parsed.append(f"{error} as {name}__x")
    if col.type == "period":
        for suffix, part in (
            ("", "label"),
            ("_jenis", "jenis"),
            ("_mulai", "mulai"),
            ("_selesai", "selesai"),
        ):
            sql.outputs.append(f"struct_extract({v}, '{part}') as {name}{suffix}")
    else:
        sql.outputs.append(name)
    _checks(sql, col, v)


def _checks(sql: KindSql, col: schema.Column, v: str) -> None:
    label, t, e = _label(col), f"{col.name}__t", f"{col.name}__e"
    too_long = (
        f"{lit(f'Nilai {label!r} terlalu panjang (')} || length({t}) || "
        f"{lit(' karakter; batas 32.767 karakter, seperti satu sel Excel)')}"
    )
    sql.checks.append(
        (col.name, f"case when length({t}) > {MAX_CELL_CHARS} then {too_long} end")
    )
    if col.required:
        message = lit(f"Kolom wajib '{label}' kosong")
        sql.checks.append((col.name, f"case when {e} then {message} end"))
    if col.type == "nip":
        prefix = "" if label == "NIP" else f"{lit(label + ': ')} || "
        sql.checks.append(
            (col.name, f"case when not {e} then {prefix}{col.name}__x end")
        )
    elif col.type == "enum":
        rest = f"tidak dikenali (gunakan {', '.join(col.values)})"
        sql.checks.append(
            (
                col.name,
                f"case when not {e} and {v} is null then {_msg(label, t, rest)} end",
            )
        )
    elif col.type in INVALID_TEXT:
        sql.checks.append(
            (
                col.name,
                f"case when not {e} and {v} is null then "
                f"{_msg(label, t, INVALID_TEXT[col.type])} end",
            )
        )
    if col.type in RANGE_SQL:
        cond, rest = RANGE_SQL[col.type]
        sql.checks.append(
            (col.name, f"case when {cond.format(v=v)} then {_msg(label, t, rest)} end")
        )


def _special_checks(sql: KindSql, kind: schema.Kind) -> None:
    for (kind_name, name), (cond, rest) in SPECIAL_CHECKS.items():
        if kind_name == kind.name:
            label = _label(kind.column(name))
            sql.checks.append(
                (
                    name,
                    f"case when {cond.format(v=name)} then "
                    f"{_msg(label, name + '__t', rest)} end",
                )
            )
    if kind.name == "pelatihan":
        sql.checks.append(
            (
                "tanggal_selesai",
                "case when tanggal_selesai < tanggal_mulai "
                "then 'Tanggal Selesai (' || tanggal_selesai__t || ') sebelum "
                "Tanggal Mulai (' || tanggal_mulai__t || ')' end",
            )
        )


# --------------------------------------------------------------------------- references


def _ref_missing(
    what: str, name: str, code: str, file_name: str, list_name: str
) -> str:
    rest = f"tidak ada dalam {list_name} ({reference_label(file_name)})"
    return (
        f"case when not {name}__e and {code} is null then "
        f"{_msg(what, name + '__t', rest)} end"
    )


def _unit_code(sql: KindSql, t: str, alias: str) -> str:
    """Resolve text t to a unit code: a unit name, else an OPD's own office unit."""
    key = _name_key(sql, t)
    sql.joins += [
        f"left join _ref_unit_k {alias} on {alias}.k = {key}",
        f"left join _ref_opd_unit_k {alias}o on {alias}o.k = {key}",
    ]
    return f"coalesce({alias}.code, {alias}o.code)"


def _resolved_pegawai(sql: KindSql, match: readers.HeaderMatch) -> None:
    opd = _name_key(sql, _src(match, "opd"))
    unit = _name_key(sql, _src(match, "unit_kerja"))
    sql.joins += [
        f"left join _ref_opd_k ro on ro.k = {opd}",
        f"left join _ref_unit_opd_k ruo on ruo.k = {unit} and ruo.opd_kode = ro.code",
        f"left join _ref_unit_k ru on ru.k = {unit}",
    ]
    sql.parsed += ["ro.code as opd_kode", "coalesce(ruo.code, ru.code) as unit_kode"]
    sql.checks.append(
        ("opd", _ref_missing("OPD", "opd", "opd_kode", "opd.csv", "daftar OPD"))
    )


def _resolved_realisasi(sql: KindSql, match: readers.HeaderMatch) -> None:
    unit_code = _unit_code(sql, _src(match, "unit"), "ru")
    gampong = _name_key(sql, _src(match, "gampong"))
    sql.joins.append(f"left join _ref_gampong_k rg on rg.k = {gampong}")
    sql.parsed += [f"{unit_code} as unit_kode", "rg.code as gampong_kode"]
    sql.checks += [
        (
            "kode_indikator",
            _ref_missing(
                "Kode indikator",
                "kode_indikator",
                "kode_indikator",
                "indikator.csv",
                "katalog indikator",
            ),
        ),
        ("unit", _ref_missing("Unit", "unit", "unit_kode", "unit.csv", "daftar unit")),
        (
            "gampong",
            _ref_missing(
                "Gampong", "gampong", "gampong_kode", "gampong.csv", "daftar gampong"
            ),
        ),
    ]


def _resolved_survei(sql: KindSql, match: readers.HeaderMatch) -> None:
    unit_code = _unit_code(sql, _src(match, "unit_layanan"), "ru")
    sql.parsed.append(f"{unit_code} as unit_kode")
    sql.checks.append(
        (
            "unit_layanan",
            _ref_missing(
                "Unit layanan", "unit_layanan", "unit_kode", "unit.csv", "daftar unit"
            ),
        )
    )


def _resolved_penghargaan(sql: KindSql, match: readers.HeaderMatch) -> None:
    t = _src(match, "penerima")
    unit_code = _unit_code(sql, t, "ru")
    is_nip = _is_nip18(t)
    sql.parsed += [
        f"case when penerima__e then null when {is_nip} then 'pegawai' else 'unit' end "
        "as penerima_jenis",
        f"case when not {is_nip} then {unit_code} end as unit_kode",
    ]
    numeric = (
        f"regexp_full_match(nip_clean(penerima__t), '\\d[\\d.,eE+]*') "
        f"and not {_is_nip18('penerima__t')}"
    )
    sql.checks.append(
        (
            "penerima",
            f"case when {numeric} then "
            "'Penerima (NIP): ' || nip_format_error(penerima__t) end",
        )
    )


RESOLVERS = {
    "pegawai": _resolved_pegawai,
    "realisasi_indikator": _resolved_realisasi,
    "survei_ikm": _resolved_survei,
    "penghargaan": _resolved_penghargaan,
}


# --------------------------------------------------------------------------- rows


REPEATED_HEADER = (
    "Baris ini mengulang judul kolom (beberapa ekspor tampaknya digabung dalam satu "
    "berkas); bukan baris data"
)
SUMMARY_PATTERN = r"(grand ?|sub ?)?(jumlah|total|rata-rata|rerata)( [a-z]+)?\s*:?"


def _whole_row_checks(
    sql: KindSql, kind: schema.Kind, match: readers.HeaderMatch
) -> None:
    """Rows that are not data at all. Both conditions are only evaluated on rows that
    already fail a check (a header or a total never passes every check: each kind
    has a required typed column), so they cost nothing on good rows."""
    keys: dict[str, set[str]] = {}
    for key, name in schema.header_lookup(kind).items():
        keys.setdefault(name, set()).add(key)
    header_like = [
        f"coalesce(norm_key({c}__t) in ({', '.join(map(lit, sorted(keys[c])))}), false)"
        for c in kind.required
        if c in match.columns
    ]
    if header_like:
        sql.whole_row.append((" and ".join(header_like), lit(REPEATED_HEADER)))
    width = len(match.headers)
    first = f"coalesce({', '.join(f's.c{i}' for i in range(width))})"
    sql.parsed.append(f"{first} as _first")
    summary = (
        f"coalesce(regexp_full_match(lower(trim(_first)), {lit(SUMMARY_PATTERN)}), "
        "false)"
    )
    message = (
        f"{lit('Baris ringkasan (')} || left(trim(_first), 40) || "
        f"{lit(') — bukan baris data; jumlah dihitung ulang dari baris data')}"
    )
    sql.whole_row.append((summary, message))


# --------------------------------------------------------------------------- query


def kind_sql(kind: schema.Kind, match: readers.HeaderMatch, rows: int = 0) -> KindSql:
    """Everything the validation query of a table of ``kind`` with ``rows`` rows
    needs."""
    sql = KindSql(large=rows >= LARGE_TABLE_ROWS)
    sql.checks.append(
        (
            "baris",
            "case when _extra is not null then 'Baris berisi lebih "
            "banyak kolom daripada judul kolom (nilai lebih: ' || left(_extra, 60) || "
            "'); periksa tanda pemisah di dalam nilai' end",
        )
    )
    for col in kind.columns:
        _column(sql, kind, col, _src(match, col.name))
    _special_checks(sql, kind)
    if kind.name in RESOLVERS:
        RESOLVERS[kind.name](sql, match)
    _whole_row_checks(sql, kind, match)
    sql.outputs += list(schema.RESOLVED_CODES.get(kind.name, ()))
    return sql


def canonical_columns(kind: schema.Kind) -> list[str]:
    """Raw columns holding canonical values (what the row hash covers)."""
    skip = {
        *schema.RESOLVED_CODES.get(kind.name, ()),
        *(c for c, _ in schema.LINEAGE_COLUMNS),
    }
    return [c for c, _ in schema.raw_columns(kind) if c not in skip]


# The row hash: 128 bits (a signed HUGEINT, which pandas' .df() reads, unlike
# UHUGEINT) from two 64-bit DuckDB hashes of the typed canonical values (forwards, and
# backwards after a constant). Hashing typed values needs no text conversion (4x
# faster than md5 over the values as text, the largest single cost of validating a
# large file) and a number is stored and compared far more cheaply than a
# 32-character text. DuckDB's hash() is not promised to stay the same across
# releases, so the format names the DuckDB version; raw rows hashed in another format
# (or stored as md5 text by earlier versions) are rehashed once by the loader
# (load_raw.ensure_tables) before any row is compared.
HASH_FORMAT = f"hash128s-duckdb-{duckdb.__version__}"


def hash_sql(kind: schema.Kind) -> str:
    """The 128-bit hash of the canonical values of a row (column names as in the raw
    table): (h1 - 2^63) * 2^64 + h2, which spans exactly the HUGEINT range."""
    cols = canonical_columns(kind)
    forwards, backwards = ", ".join(cols), ", ".join(reversed(cols))
    return (
        f"((hash({forwards})::hugeint - 9223372036854775808) * 18446744073709551616 "
        f"+ hash('kinerja', {backwards})::hugeint)"
    )


def occurrence_sql(content_hash: str, ordinal: str) -> str:
    """_row_hash of the n-th row with the same canonical values in a file: the content
    hash for the first, the hash with its low bits xor n - 1 for the next ones (a
    collision with another content's hash stays a 2^-128 event)."""
    return f"xor({content_hash}, ({ordinal} - 1)::hugeint)"


def check_table_sql(table: readers.TextTable, sql: KindSql, kind: schema.Kind) -> str:
    """CREATE temp table _chk: _row, raw columns, _reason (NULL when the row is good),
    _col (first failing column) and _h (hash of a good row)."""
    return "create or replace temp table _chk as " + check_query_sql(table, sql, kind)


def check_query_sql(table: readers.TextTable, sql: KindSql, kind: schema.Kind) -> str:
    """The query of check_table_sql: every row of the table checked."""
    messages = ", ".join(f"{m} as _m{i}" for i, (_, m) in enumerate(sql.checks))
    reason = ", ".join(f"_m{i}" for i in range(len(sql.checks)))
    first = ", ".join(
        f"case when _m{i} is not null then {lit(c)} end"
        for i, (c, _) in enumerate(sql.checks)
    )
    outputs = [o.rsplit(" as ", 1)[-1] for o in sql.outputs]
    texts = [f"{c}__t" for c in kind.required] + ["_first"]
    whole = " ".join(f"when {cond} then {msg}" for cond, msg in sql.whole_row)
    whole_col = " ".join(f"when {cond} then 'baris'" for cond, _ in sql.whole_row)
    return (
        "with parsed as (select s._row, "
        f"s._extra, {', '.join(sql.parsed)} from {table.name} s "
        f"{' '.join(sql.joins)}), "
        f"checked as (select _row, {', '.join(sql.outputs)}, {', '.join(texts)}, "
        f"{messages} from parsed), "
        f"failed as (select _row, {', '.join(outputs)}, {', '.join(texts)}, "
        f"case when coalesce({reason}) is not null then "
        f"nullif(concat_ws('; ', {reason}), '') end as _reason, "
        f"case when coalesce({reason}) is not null then coalesce({first}) end as _col "
        "from checked), "
        f"reasons as (select _row, {', '.join(outputs)}, "
        f"case when _reason is not null then case {whole} else _reason end end "
        f"as _reason, case when _reason is not null then case {whole_col} "
        "else _col end end as _col from failed) "
        f"select *, case when _reason is null then {hash_sql(kind)} end as _h "
        "from reasons"
    )
