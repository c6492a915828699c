"""Load the reference data users edit (data/reference/*.csv and aturan.toml) into the
``ref_*`` tables. The tables are replaced on every build; the environment variable
KINERJA_REFERENCE points to another folder (tests use it).

Every column is read as text except the numeric columns named in the contract, which go
through the ``id_number`` macro so "90,5" and "90.5" both work.
"""

from __future__ import annotations

import csv
import logging
import os
import tomllib
from pathlib import Path

import duckdb

from pipelines import schema
from pipelines.macros import ensure_macros

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE_DIR = ROOT / "data" / "reference"
ENV_REFERENCE = "KINERJA_REFERENCE"

log = logging.getLogger(__name__)


# table -> (file, contract columns, numeric columns with their SQL type)
REFERENCE_TABLES: dict[str, tuple[str, tuple[str, ...], dict[str, str]]] = {
    "ref_opd": (
        "opd.csv",
        ("opd_kode", "opd_nama", "opd_singkatan", "sektor", "status_nama"),
        {},
    ),
    "ref_unit": (
        "unit.csv",
        (
            "unit_kode",
            "unit_nama",
            "opd_kode",
            "jenis_unit",
            "gampong_kode",
            "nama_lain",
            "status_nama",
        ),
        {},
    ),
    "ref_gampong": (
        "gampong.csv",
        (
            "gampong_kode",
            "gampong_nama",
            "kecamatan",
            "mukim",
            "puskesmas_kode",
            "ejaan_lain",
        ),
        {},
    ),
    "ref_indikator": (
        "indikator.csv",
        (
            "kode_indikator",
            "nama_id",
            "nama_en",
            "sektor",
            "opd_kode",
            "tingkat_unit",
            "satuan",
            "arah",
            "agregasi",
            "kumulatif",
            "ambang_kuning_pct",
            "formula",
            "definisi",
            "sumber",
            "catatan",
            # English texts of the Tentang Indikator page (empty: the Indonesian one)
            "formula_en",
            "definisi_en",
            "sumber_en",
            "catatan_en",
        ),
        {"ambang_kuning_pct": "DOUBLE"},
    ),
    "ref_indikator_target": (
        "indikator_target.csv",
        ("kode_indikator", "tahun", "unit_kode", "target"),
        {"tahun": "INTEGER", "target": "DOUBLE"},
    ),
    "ref_kompetensi_pelatihan": (
        "kompetensi_pelatihan.csv",
        ("kompetensi", "jenis", "jalur", "bentuk", "rekomendasi_pelatihan", "jp"),
        {"jp": "DOUBLE"},
    ),
    "ref_kunjungan_wisata": (
        "kunjungan_wisata.csv",
        (
            "tahun",
            "periode_cakupan",
            "wisatawan_nusantara",
            "wisatawan_mancanegara",
            "total",
            "sumber",
            "catatan",
        ),
        {
            "tahun": "INTEGER",
            "wisatawan_nusantara": "BIGINT",
            "wisatawan_mancanegara": "BIGINT",
            "total": "BIGINT",
        },
    ),
    # Optional: the organisation predikat of an OPD in a year (opd_kode 'KOTA' = the
    # city), which decides the allowed spread of employee predikat (aturan [kurva]).
    "ref_predikat_organisasi": (
        "predikat_organisasi.csv",
        ("opd_kode", "tahun", "predikat_organisasi", "sumber"),
        {"tahun": "INTEGER"},
    ),
}

# Columns where an empty cell means '' rather than NULL (contract: '' = all units).
EMPTY_AS_TEXT: dict[str, tuple[str, ...]] = {"ref_indikator_target": ("unit_kode",)}


class ReferenceError(ValueError):
    """A reference file that cannot be used; the message is for the user."""


def reference_dir(ref_dir: Path | str | None = None) -> Path:
    """The folder with the reference files: argument, else KINERJA_REFERENCE, else
    data/reference."""
    if ref_dir is not None:
        return Path(ref_dir)
    return Path(os.environ.get(ENV_REFERENCE) or DEFAULT_REFERENCE_DIR)


def reference_label(file_name: str) -> str:
    """How a reference file is named in user messages: 'data/reference/unit.csv'."""
    folder = reference_dir()
    if folder.resolve() == DEFAULT_REFERENCE_DIR:
        return f"data/reference/{file_name}"
    return str(folder / file_name)


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [h.strip() for h in next(csv.reader(fh), [])]


def _select_list(table: str, header: list[str], numeric: dict[str, str]) -> str:
    parts = []
    for i, name in enumerate(header):
        src = f"c{i}"
        if name in numeric:
            parts.append(f"cast(id_number({src}) as {numeric[name]}) as {name}")
        elif name in EMPTY_AS_TEXT.get(table, ()):
            parts.append(f"coalesce(trim({src}), '') as {name}")
        else:
            parts.append(f"nullif(trim({src}), '') as {name}")
    return ", ".join(parts)


def _check_header(path: Path, header: list[str], columns: tuple[str, ...]) -> None:
    missing = [c for c in columns if c not in header]
    if missing:
        raise ReferenceError(
            f"Berkas referensi {path} tidak memiliki kolom: {', '.join(missing)}."
        )
    bad = [h for h in header if not h.isidentifier() or not h.islower()]
    if bad:
        raise ReferenceError(
            f"Nama kolom tidak sah dalam berkas referensi {path}: {bad}."
        )


def _check_numbers(
    con: duckdb.DuckDBPyConnection,
    table: str,
    path: Path,
    header: list[str],
    numeric: dict[str, str],
) -> None:
    for i, name in enumerate(header):
        if name not in numeric:
            continue
        bad = con.execute(
            f"select c{i} from {table}__text where c{i} is not null "
            f"and trim(c{i}) <> '' and id_number(c{i}) is null limit 1"
        ).fetchall()
        if bad:
            raise ReferenceError(
                f"Nilai '{bad[0][0]}' pada kolom {name} di {path} bukan angka."
            )


def _load_csv(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> None:
    _, columns, numeric = REFERENCE_TABLES[table]
    header = _header(path)
    _check_header(path, header, columns)
    types = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(header)))
    con.execute(
        f"create or replace temp table {table}__text as select * from read_csv($path, "
        f"columns={{{types}}}, header=true, auto_detect=false, delim=',', quote='\"', "
        "escape='\"', null_padding=true)",
        {"path": str(path)},
    )
    _check_numbers(con, table, path, header, numeric)
    con.execute(
        f"create or replace table {table} as "
        f"select {_select_list(table, header, numeric)} from {table}__text"
    )
    con.execute(f"drop table {table}__text")


def _create_empty(con: duckdb.DuckDBPyConnection, table: str) -> None:
    _, columns, numeric = REFERENCE_TABLES[table]
    cols = ", ".join(f"{c} {numeric.get(c, 'VARCHAR')}" for c in columns)
    con.execute(f"create or replace table {table} ({cols})")


def flatten_rules(data: dict, prefix: str = "") -> list[tuple[str, str, float]]:
    """aturan.toml as (bagian, kunci, nilai) rows; nested tables join with '.'."""
    rows: list[tuple[str, str, float]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            rows += flatten_rules(value, f"{prefix}{key}.")
        elif isinstance(value, bool | int | float):
            bagian = prefix.rstrip(".") or ""
            rows.append((bagian, key, float(value)))
    return rows


def _load_rules(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    con.execute(
        "create or replace table ref_aturan "
        "(bagian VARCHAR, kunci VARCHAR, nilai DOUBLE)"
    )
    if not path.exists():
        log.warning("aturan.toml tidak ditemukan di %s; ref_aturan kosong", path.parent)
        return
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceError(f"Berkas aturan {path} tidak sah: {exc}") from exc
    rows = flatten_rules(data)
    if rows:
        con.executemany("insert into ref_aturan values (?, ?, ?)", rows)


def load_reference(
    con: duckdb.DuckDBPyConnection, ref_dir: Path | str | None = None
) -> list[str]:
    """Replace every ref_* table from the reference folder; returns the tables."""
    ensure_macros(con)
    folder = reference_dir(ref_dir)
    loaded = []
    for table, (file_name, _, _) in REFERENCE_TABLES.items():
        path = folder / file_name
        if path.exists():
            _load_csv(con, table, path)
        else:
            log.warning("berkas referensi %s tidak ada; %s kosong", path, table)
            _create_empty(con, table)
        loaded.append(table)
    _load_rules(con, folder / "aturan.toml")
    prepare_lookups(con)
    return [*loaded, "ref_aturan"]


# --------------------------------------------------------------------------- lookups
# Temp tables the loader resolves names with (per connection; rebuilt with the
# reference tables). Keys are name_key() of codes, names, abbreviations and aliases.

REF_KEYS_SQL = {
    "_ref_opd_all": """
        select opd_kode as k, opd_kode as code, 0 as prio from ref_opd
        union all select opd_nama, opd_kode, 1 from ref_opd
        union all select opd_singkatan, opd_kode, 2 from ref_opd""",
    "_ref_unit_all": """
        select unit_kode as k, unit_kode as code, opd_kode, 0 as prio from ref_unit
        union all select unit_nama, unit_kode, opd_kode, 1 from ref_unit
        union all select unnest(string_split(nama_lain, '|')), unit_kode, opd_kode, 2
        from ref_unit where nama_lain is not null""",
    "_ref_gampong_all": """
        select gampong_kode as k, gampong_kode as code, 0 as prio from ref_gampong
        union all select gampong_nama, gampong_kode, 1 from ref_gampong
        union all select unnest(string_split(ejaan_lain, '|')), gampong_kode, 2
        from ref_gampong where ejaan_lain is not null
        union all select unit_nama, gampong_kode, 3 from ref_unit
        where jenis_unit = 'gampong' and gampong_kode is not null
        union all select unnest(string_split(nama_lain, '|')), gampong_kode, 4
        from ref_unit where jenis_unit = 'gampong' and gampong_kode is not null
        and nama_lain is not null""",
    "_ref_indikator_all": """
        select kode_indikator as k, kode_indikator as code, 0 as prio
        from ref_indikator""",
}

REF_DEDUP_SQL = {
    "_ref_opd_k": "select k, first(code order by prio, code) as code "
    "from _ref_opd_all group by k",
    "_ref_unit_k": "select k, first(code order by prio, code) as code "
    "from _ref_unit_all group by k",
    "_ref_unit_opd_k": "select k, opd_kode, first(code order by prio, code) as code "
    "from _ref_unit_all group by k, opd_kode",
    "_ref_gampong_k": "select k, first(code order by prio, code) as code "
    "from _ref_gampong_all group by k",
    "_ref_indikator_k": "select k, first(code order by prio, code) as code "
    "from _ref_indikator_all group by k",
    # An OPD named where a unit is expected: the OPD's own office unit.
    "_ref_opd_unit_k": """
        select o.k, first(u.unit_kode order by
            case u.jenis_unit when 'opd' then 0 when 'sekretariat' then 1 else 2 end,
            u.unit_kode) as code
        from _ref_opd_k o join ref_unit u on u.opd_kode = o.code
        where u.jenis_unit in ('opd', 'sekretariat')
        group by o.k""",
}


def _enum_values(col: schema.Column) -> list[tuple[str, str]]:
    pairs = {schema.normalise_header(v): v for v in col.values}
    pairs.update(col.value_synonyms)
    return sorted(pairs.items())


def _create_enum_table(
    con: duckdb.DuckDBPyConnection, kind: str, col: schema.Column
) -> None:
    """_enum_<kind>_<column> (k, v): normalised spelling -> canonical value."""
    pairs = _enum_values(col)
    con.execute(
        f"create or replace temp table _enum_{kind}_{col.name} as "
        "select unnest($k) as k, unnest($v) as v",
        {"k": [k for k, _ in pairs], "v": [v for _, v in pairs]},
    )


def prepare_lookups(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the name and enum lookup temp tables from the ref_* tables."""
    for name, sql in REF_KEYS_SQL.items():
        con.execute(
            f"create or replace temp table {name} as "
            f"select * replace (name_key(k) as k) "
            f"from ({sql}) where name_key(k) is not null"
        )
    for name, sql in REF_DEDUP_SQL.items():
        con.execute(f"create or replace temp table {name} as {sql}")
    for kind in schema.KINDS.values():
        for col in kind.columns:
            if col.type == "enum":
                _create_enum_table(con, kind.name, col)


def _has_table(con: duckdb.DuckDBPyConnection, name: str, temporary: bool) -> bool:
    return bool(
        con.execute(
            "select count(*) from duckdb_tables() "
            "where table_name = ? and temporary = ?",
            [name, temporary],
        ).fetchall()[0][0]
    )


def ensure_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Load the reference data unless present; prepare the lookups unless present."""
    if not _has_table(con, "ref_unit", False):
        load_reference(con)
    elif not _has_table(con, "_ref_opd_unit_k", True):
        ensure_macros(con)
        prepare_lookups(con)
