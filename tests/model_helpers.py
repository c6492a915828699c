"""Fixtures for the model tests: an in-memory warehouse with empty raw tables and the
reference data, and small helpers to insert raw rows and read relations back.

The raw tables are created exactly as the loader creates them (schema.raw_table_ddl);
the ref_* tables come from pipelines.reference.load_reference on data/reference.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

import duckdb

from pipelines import schema
from pipelines.build_models import build_all
from pipelines.reference import DEFAULT_REFERENCE_DIR, load_reference

_ROW_COUNTER = itertools.count(2)
LOADED_AT = dt.datetime(2026, 1, 10, 8, 0, 0)


def new_warehouse() -> duckdb.DuckDBPyConnection:
    """A fresh in-memory DuckDB: every raw table (empty) and the reference tables."""
    con = duckdb.connect()
    for kind in schema.KINDS:
        con.execute(schema.raw_table_ddl(kind))
    load_reference_tables(con)
    return con


def load_reference_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Load data/reference into the ref_* tables with the loader's own function."""
    load_reference(con, DEFAULT_REFERENCE_DIR)


def set_rule(
    con: duckdb.DuckDBPyConnection, bagian: str, kunci: str, nilai: float
) -> None:
    """Override one threshold of ref_aturan (as if aturan.toml had been edited)."""
    con.execute(
        "delete from ref_aturan where bagian = ? and kunci = ?", [bagian, kunci]
    )
    con.execute("insert into ref_aturan values (?, ?, ?)", [bagian, kunci, nilai])


def period_columns(label: str) -> dict[str, Any]:
    """'2025-01' | '2025-Q1' | '2025-S1' | '2025' -> periode, jenis, mulai, selesai."""
    year = int(label[:4])
    rest = label[5:]
    if not rest:
        jenis, first, last = "tahunan", 1, 12
    elif rest.startswith("Q"):
        n = int(rest[1:])
        jenis, first, last = "triwulanan", 3 * n - 2, 3 * n
    elif rest.startswith("S"):
        n = int(rest[1:])
        jenis, first, last = "semesteran", 6 * n - 5, 6 * n
    else:
        jenis, first, last = "bulanan", int(rest), int(rest)
    end = dt.date(year + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)
    return {
        "periode": label,
        "periode_jenis": jenis,
        "periode_mulai": dt.date(year, first, 1),
        "periode_selesai": end,
    }


def insert_raw(
    con: duckdb.DuckDBPyConnection, kind: str, rows: Iterable[Mapping[str, Any]]
) -> None:
    """Insert rows into raw_<kind>; unspecified columns are NULL, lineage is filled in.

    A 'periode' label expands to the four period columns.
    """
    columns = [name for name, _ in schema.raw_columns(kind)]
    table = schema.raw_table(kind)
    placeholders = ", ".join("?" for _ in columns)
    for row in rows:
        values = dict(row)
        if "periode" in values and "periode_jenis" not in values:
            values.update(period_columns(values["periode"]))
        n = next(_ROW_COUNTER)
        values.setdefault("_import_id", "test-import")
        values.setdefault("_file_sha256", "sha-test")
        values.setdefault("_source_file", f"{kind}.csv")
        values.setdefault("_source_row", n)
        values.setdefault("_loaded_at", LOADED_AT)
        values.setdefault("_row_hash", n)
        unknown = set(values) - set(columns)
        assert not unknown, f"not a column of {table}: {unknown}"
        con.execute(
            f"insert into {table} values ({placeholders})",
            [values.get(c) for c in columns],
        )


def build(con: duckdb.DuckDBPyConnection) -> list[str]:
    return build_all(con)


def fetch(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: Mapping[str, Any] | list[Any] | None = None,
) -> list[dict[str, Any]]:
    """Rows of a query as dicts."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def survey_row(unit_kode: str, tanggal: dt.date, answers: list[int]) -> dict[str, Any]:
    """One IKM respondent with answers u1..u9."""
    row: dict[str, Any] = {"unit_layanan": unit_kode, "unit_kode": unit_kode,
                           "tanggal": tanggal}
    row.update({f"u{i}": a for i, a in enumerate(answers, start=1)})
    return row


def employee(
    nip: str,
    jenis_asn: str = "PNS",
    opd_kode: str = "DINKES",
    unit_kode: str | None = "PKM-COT-BAU",
    nama: str | None = None,
) -> dict[str, Any]:
    """One raw_pegawai row."""
    return {
        "nip": nip,
        "nama": nama or f"Pegawai {nip[-3:]}",
        "jenis_asn": jenis_asn,
        "opd": opd_kode,
        "unit_kerja": unit_kode or "-",
        "jenis_jabatan": "Fungsional",
        "nama_jabatan": "Perawat",
        "opd_kode": opd_kode,
        "unit_kode": unit_kode,
    }


def skp(
    nip: str,
    periode: str,
    hasil: str = "Sesuai Ekspektasi",
    perilaku: str = "Sesuai Ekspektasi",
    **extra: Any,
) -> dict[str, Any]:
    """One raw_skp row."""
    return {
        "nip": nip,
        "periode": periode,
        "rating_hasil_kerja": hasil,
        "rating_perilaku_kerja": perilaku,
        **extra,
    }


# NIPs used by the example data (valid PNS / PPPK numbers per DOMAIN.md §2).
NIP_A = "198609262015051001"  # PNS, born 1986-09-26, CPNS 2015-05, male
NIP_B = "199001012020012002"  # PPPK
NIP_C = "199203032019032003"  # PNS at Dispar


def populate_example(con: duckdb.DuckDBPyConnection) -> None:
    """A small warehouse touching every export kind, so every model has rows."""
    insert_raw(con, "pegawai", [
        employee(NIP_A),
        employee(NIP_B, "PPPK"),
        employee(NIP_C, opd_kode="DISPAR", unit_kode="DISPAR-TIC"),
    ])
    insert_raw(con, "skp", [
        skp(NIP_A, "2025-01", "Di Atas Ekspektasi", "Di Atas Ekspektasi",
            predikat_kinerja="Sangat Baik", tanggal_pengisian=dt.date(2025, 2, 3),
            rating_hasil_kerja_mandiri="Di Atas Ekspektasi",
            adaptif="Sesuai Ekspektasi"),
        skp(NIP_A, "2025-02", tanggal_pengisian=dt.date(2025, 3, 10)),
        skp(NIP_A, "2025", "Di Atas Ekspektasi"),
        skp(NIP_B, "2025-01", "Di Bawah Ekspektasi"),
        skp(NIP_B, "2025-02", "Di Bawah Ekspektasi"),
        skp(NIP_B, "2025-03", "Di Bawah Ekspektasi"),
        skp(NIP_C, "2025-01"),
    ])
    insert_raw(con, "realisasi_indikator", [
        dict(kode_indikator="KES-IDL", unit="PKM Cot Ba'u", unit_kode="PKM-COT-BAU",
             gampong="Cot Bau", gampong_kode="SKJ-COT-BAU", periode="2025-01",
             realisasi=7.1, pembilang=5, penyebut=70),
        dict(kode_indikator="KES-DPT1", unit="PKM Cot Ba'u", unit_kode="PKM-COT-BAU",
             periode="2025-01", realisasi=10, pembilang=10, penyebut=100),
        dict(kode_indikator="KES-MR1", unit="PKM Cot Ba'u", unit_kode="PKM-COT-BAU",
             periode="2025-01", realisasi=9, pembilang=9, penyebut=100),
        dict(kode_indikator="PMD-IDM", unit="Gampong Jaboi", unit_kode="SKJ-JABOI",
             gampong="Jaboi", gampong_kode="SKJ-JABOI", periode="2025",
             realisasi=0.7123),
        dict(kode_indikator="PMD-PARTISIPASI", unit="Gampong Jaboi",
             unit_kode="SKJ-JABOI", gampong="Jaboi", gampong_kode="SKJ-JABOI",
             periode="2025-Q1", realisasi=55, pembilang=55, penyebut=100),
    ])
    insert_raw(con, "survei_ikm", [
        survey_row("DISPAR-TIC", dt.date(2025, 2, 1), [3, 3, 4, 2, 3, 3, 3, 3, 3]),
        survey_row("DISPAR-TIC", dt.date(2025, 2, 2), [4, 3, 4, 3, 3, 3, 3, 3, 3]),
    ])
    insert_raw(con, "pelatihan", [
        dict(nip=NIP_A, nama_pelatihan="Pelayanan Prima", jp=24,
             tanggal_mulai=dt.date(2025, 3, 3), jalur="klasikal"),
    ])
    insert_raw(con, "kompetensi", [
        dict(nip=NIP_A, kompetensi="Pelayanan Publik", level_standar=3, level_aktual=2,
             tanggal_asesmen=dt.date(2025, 5, 15), potensi="tinggi"),
        # a gap with no training: NIP_B gets kinerja_rendah and resistensi flags
        dict(nip=NIP_B, kompetensi="Analisis Data", level_standar=3, level_aktual=1,
             tanggal_asesmen=dt.date(2025, 1, 20)),
    ])
    insert_raw(con, "penghargaan", [
        dict(penerima=NIP_A, nama_penghargaan="ASN Teladan",
             tanggal=dt.date(2025, 8, 17), penerima_jenis="pegawai"),
    ])
