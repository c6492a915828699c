"""Per-model "given rows -> expect rows" tests on an in-memory warehouse.

Raw rows go in through the same table layout the loader writes (schema.raw_table_ddl),
the real build runs, and the test compares exact rows. Numbers are calculated by hand in
the comments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pytest
from model_helpers import (
    NIP_A,
    NIP_B,
    build,
    employee,
    fetch,
    insert_raw,
    new_warehouse,
    populate_example,
    skp,
    survey_row,
)

from pipelines import build_models
from pipelines.build_models import MART_NAMES, MODELS, build_all, sql_path
from pipelines.checks import CONTRACT_COLUMNS, run_checks

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
T1 = dt.datetime(2026, 1, 5, 9, 0)
T2 = dt.datetime(2026, 2, 5, 9, 0)


@pytest.fixture()
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    yield con
    con.close()


def nip(i: int, sex: int = 1) -> str:
    """A valid PNS NIP: born 1980-01-01, CPNS 2005-01, sex digit, sequence i."""
    return f"19800101200501{sex}{i:03d}"


# ---------------------------------------------------------------- build_models


def test_build_all_on_an_empty_warehouse(wh: duckdb.DuckDBPyConnection) -> None:
    built = build_all(wh)
    assert built == [name for _, name in MODELS]
    types = dict(
        wh.execute(
            "select table_name, table_type from information_schema.tables "
            "where table_schema = 'main'"
        ).fetchall()
    )
    for _, name in MODELS:
        table = build_models.materialisation(name) == "table"
        assert types[name] == ("BASE TABLE" if table else "VIEW"), name
    for mart in MART_NAMES:
        (count,) = wh.execute(f"select count(*) from {mart}").fetchone()
        if mart == "mart_indicator_catalogue":  # reference data only, no exports
            (n_ref,) = wh.execute("select count(*) from ref_indikator").fetchone()
            assert count == n_ref
        elif mart == "mart_tourism_visits":  # the published visitor figures only
            sql = "select count(*) from ref_kunjungan_wisata"
            (n_ref,) = wh.execute(sql).fetchone()
            assert count == n_ref
        else:
            assert count == 0, mart
    assert run_checks(wh) == []


def test_marts_are_exactly_the_contract_marts() -> None:
    assert set(MART_NAMES) == set(CONTRACT_COLUMNS)


def test_every_model_has_its_file_and_every_file_is_a_model() -> None:
    listed = {name for _, name in MODELS}
    assert len(listed) == len(MODELS)
    for layer, name in MODELS:
        path = sql_path(name)
        assert path == build_models.SQL_DIR / layer / f"{name}.sql"
        assert path.is_file()
        text = path.read_text(encoding="utf-8")
        assert text.rstrip().splitlines()[-1].startswith("select * from ")
    on_disk = {
        p.stem
        for layer in build_models.MATERIALISATION
        for p in (build_models.SQL_DIR / layer).glob("*.sql")
    }
    assert on_disk == listed
    with pytest.raises(KeyError):
        sql_path("raw_skp; drop table x")


def test_build_is_repeatable(wh: duckdb.DuckDBPyConnection) -> None:
    populate_example(wh)
    build(wh)
    sql = "select * from mart_employee_period order by nip, periode"
    first = fetch(wh, sql)
    build(wh)
    assert fetch(wh, sql) == first


def test_checks_pass_on_a_clean_build(wh: duckdb.DuckDBPyConnection) -> None:
    populate_example(wh)
    build(wh)
    assert run_checks(wh) == []


# ---------------------------------------------------------------- staging


def test_stg_skp_keeps_the_latest_row_per_nip_and_period(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(wh, "skp", [
        skp(NIP_A, "2025-01", BAWAH, _loaded_at=T2, _source_row=3),  # later load wins
        skp(NIP_A, "2025-01", ATAS, _loaded_at=T1, _source_row=9),
        skp(NIP_A, "2025-02", ATAS, _loaded_at=T1, _source_row=4),
        skp(NIP_A, "2025-02", SESUAI, _loaded_at=T1, _source_row=7),  # same load: row 7
    ])
    build(wh)
    rows = fetch(
        wh,
        "select nip, periode, periode_jenis, tahun, bulan_ke, rating_hasil_kerja, "
        "_source_row, _loaded_at from stg_skp order by periode",
    )
    assert rows == [
        {"nip": NIP_A, "periode": "2025-01", "periode_jenis": "bulanan",
         "tahun": 2025, "bulan_ke": 1, "rating_hasil_kerja": BAWAH, "_source_row": 3,
         "_loaded_at": T2},
        {"nip": NIP_A, "periode": "2025-02", "periode_jenis": "bulanan",
         "tahun": 2025, "bulan_ke": 2, "rating_hasil_kerja": SESUAI, "_source_row": 7,
         "_loaded_at": T1},
    ]


def test_stg_pegawai_latest_row_per_nip(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "pegawai", [
        {**employee(NIP_A, opd_kode="DINKES"), "_loaded_at": T1},
        {**employee(NIP_A, opd_kode="DISPAR", unit_kode="DISPAR-TIC"),
         "_loaded_at": T2},
    ])
    build(wh)
    assert fetch(wh, "select nip, opd_kode, unit_kode from stg_pegawai") == [
        {"nip": NIP_A, "opd_kode": "DISPAR", "unit_kode": "DISPAR-TIC"}
    ]


def test_stg_realisasi_key_uses_resolved_codes(wh: duckdb.DuckDBPyConnection) -> None:
    base = {"kode_indikator": "KES-DPT1", "unit_kode": "PKM-COT-BAU",
            "periode": "2025-01"}
    insert_raw(wh, "realisasi_indikator", [
        # two spellings of one puskesmas: one key; the later load wins
        {**base, "unit": "PKM Cot Ba'u", "realisasi": 5, "_loaded_at": T1},
        {**base, "unit": "Puskesmas Cot Bau", "realisasi": 6, "_loaded_at": T2},
        # per-gampong rows are separate keys
        {**base, "unit": "PKM Cot Ba'u", "gampong": "Cot Abeuk",
         "gampong_kode": "SKJ-COT-ABEUK", "realisasi": 1},
    ])
    build(wh)
    rows = fetch(
        wh,
        "select unit, gampong_kode, realisasi from stg_realisasi_indikator "
        "order by gampong_kode nulls first",
    )
    assert rows == [
        {"unit": "Puskesmas Cot Bau", "gampong_kode": None, "realisasi": 6.0},
        {"unit": "PKM Cot Ba'u", "gampong_kode": "SKJ-COT-ABEUK", "realisasi": 1.0},
    ]


def test_stg_survei_ikm_keeps_identical_respondents(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    same = [3, 3, 3, 3, 3, 3, 3, 3, 3]
    insert_raw(wh, "survei_ikm", [
        survey_row("DISPAR-TIC", dt.date(2025, 2, 1), same),
        survey_row("DISPAR-TIC", dt.date(2025, 2, 1), same),
    ])
    build(wh)
    assert fetch(
        wh,
        "select unit_kode, tahun, triwulan, bulan, count(*) as n "
        "from stg_survei_ikm group by all",
    ) == [{"unit_kode": "DISPAR-TIC", "tahun": 2025, "triwulan": 1, "bulan": 2, "n": 2}]


# ---------------------------------------------------------------- employees


def test_int_employees_current_names_and_nip_check(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    bad_month = "198609262015131001"  # digits 13-14 = '13' is no month
    insert_raw(wh, "pegawai", [
        employee(NIP_A),
        employee(bad_month),
        # a PPPK number is not decoded as a CPNS date (DOMAIN.md §2.2)
        employee("199009132025242014", "PPPK_PARUH_WAKTU", "DISPAR", "DISPAR-TIC"),
    ])
    build(wh)
    rows = fetch(
        wh,
        "select nip, opd_nama, sektor, unit_nama, nip_valid, nip_catatan "
        "from int_employees_current order by nip",
    )
    assert [(r["nip"], r["nip_valid"]) for r in rows] == [
        (NIP_A, True), (bad_month, False), ("199009132025242014", True)
    ]
    assert rows[0]["opd_nama"] == "Dinas Kesehatan dan Keluarga Berencana"
    assert rows[0]["sektor"] == "kesehatan"
    assert rows[0]["unit_nama"] == "Puskesmas Cot Ba'u"
    assert rows[0]["nip_catatan"] is None
    assert "digit 13-14" in rows[1]["nip_catatan"]
    assert rows[2]["unit_nama"] == "Tourist Information Center Sabang"


def test_mart_employee_period_full_row(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "pegawai", [employee(NIP_A, nama="Cut Nyak Aminah")])
    insert_raw(wh, "skp", [
        skp(NIP_A, "2025-03", SESUAI, ATAS, predikat_kinerja="Baik",
            rating_hasil_kerja_mandiri=ATAS, adaptif=BAWAH,
            tanggal_pengisian=dt.date(2025, 4, 8), penilai_nip="197501012000031002",
            _source_row=12, _file_sha256="abc"),
        # not in the employee master: kept, nip checked without the ASN type
        skp("12345", "2025-03"),
    ])
    build(wh)
    rows = fetch(wh, "select * from mart_employee_period order by nip")
    assert rows[1] == {
        "nip": NIP_A, "periode": "2025-03", "opd_kode": "DINKES",
        "unit_kode": "PKM-COT-BAU", "penilai_nip": "197501012000031002",
        "nama": "Cut Nyak Aminah", "jenis_asn": "PNS",
        "opd_nama": "Dinas Kesehatan dan Keluarga Berencana", "sektor": "kesehatan",
        "unit_kerja": "PKM-COT-BAU", "jenis_jabatan": "Fungsional",
        "nama_jabatan": "Perawat", "periode_jenis": "bulanan", "tahun": 2025,
        "rating_hasil_kerja": SESUAI, "rating_perilaku_kerja": ATAS,
        # Sesuai x Di Atas -> Baik (4)
        "predikat_kinerja": "Baik", "predikat_dilaporkan": "Baik",
        "predikat_sesuai_matriks": True, "rating_hasil_kerja_mandiri": ATAS,
        # 8 Apr > 31 Mar + 5 days = 5 Apr: 3 days late
        "terlambat": True, "nip_valid": True, "nip_catatan": None,
        "skor_hasil_kerja": 2, "skor_perilaku_kerja": 3, "skor_predikat": 4,
        # self 3 (Di Atas) - supervisor 2 (Sesuai) = 1
        "selisih_mandiri": 1, "hari_terlambat": 3, "skor_adaptif": 1,
        "periode_mulai": dt.date(2025, 3, 1), "periode_selesai": dt.date(2025, 3, 31),
        "tanggal_pengisian": dt.date(2025, 4, 8), "_file_sha256": "abc",
        "_source_row": 12, "_loaded_at": dt.datetime(2026, 1, 10, 8, 0),
    }
    outsider = rows[0]
    assert outsider["nip"] == "12345"
    assert outsider["nama"] is None and outsider["opd_kode"] is None
    assert outsider["nip_valid"] is False
    assert "18 digit" in outsider["nip_catatan"]


# ---------------------------------------------------------------- indicators


def test_int_indicator_targets_resolved_unit_row_wins(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    wh.execute(
        "insert into ref_indikator_target (kode_indikator, tahun, unit_kode, target) "
        "values ('KES-IDL', 2025, 'PKM-COT-BAU', 95)"
    )
    build(wh)
    rows = fetch(
        wh,
        "select unit_kode, target, target_khusus from int_indicator_targets_resolved "
        "where kode_indikator = 'KES-IDL' and tahun = 2025 "
        "and unit_kode in ('PKM-COT-BAU', 'PKM-BALOHAN', 'KOTA', 'SKJ-COT-BAU') "
        "order by unit_kode",
    )
    assert rows == [
        {"unit_kode": "KOTA", "target": 100.0, "target_khusus": False},
        {"unit_kode": "PKM-BALOHAN", "target": 100.0, "target_khusus": False},
        {"unit_kode": "PKM-COT-BAU", "target": 95.0, "target_khusus": True},
        {"unit_kode": "SKJ-COT-BAU", "target": 100.0, "target_khusus": False},
    ]


def rr(kode: str, unit: str, periode: str, realisasi: float,
       pembilang: float | None = None, penyebut: float | None = None,
       gampong_kode: str | None = None) -> dict:
    return {"kode_indikator": kode, "unit": unit, "unit_kode": unit, "periode": periode,
            "realisasi": realisasi, "pembilang": pembilang, "penyebut": penyebut,
            "gampong": gampong_kode, "gampong_kode": gampong_kode}


ATTAINMENT_COLUMNS = (
    "tingkat, kode_indikator, unit_kode, periode, pembilang, penyebut, "
    "round(realisasi, 4) as realisasi, round(realisasi_kumulatif, 4) as kumulatif, "
    "target, round(target_periode, 4) as target_periode, "
    "round(capaian_pct, 4) as capaian_pct, status, n_gampong"
)


def test_mart_indicator_attainment_aggregation_rules(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(wh, "realisasi_indikator", [
        # jumlah, kumulatif (target 2025 = 290000)
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-01", 20000),
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-02", 30000),
        # rasio, turun, not kumulatif (target 2025 = 14, ambang kuning 90)
        rr("PMD-KELUARGA-MISKIN", "SKK-IBOIH", "2025", 15, 15, 100),
        rr("PMD-KELUARGA-MISKIN", "SKJ-JABOI", "2025", 12, 6, 50),
        # rasio kumulatif from gampong rows, capped at 150
        rr("KES-IDL", "PKM-IBOIH", "2025-01", 40, 40, 100, "SKK-IBOIH"),
        rr("KES-IDL", "PKM-IBOIH", "2025-01", 20, 20, 100, "SKK-BATEE-SHOK"),
        # a unit total row beats the unit's per-gampong rows of the same period
        rr("KES-DPT1", "PKM-IBOIH", "2025-01", 10, 10, 200),
        rr("KES-DPT1", "PKM-IBOIH", "2025-01", 3, 3, 100, "SKK-IBOIH"),
        # no target for 2030 -> tanpa_target
        rr("PMD-IDM", "SKK-IBOIH", "2030", 0.7),
    ])
    build(wh)
    rows = fetch(
        wh,
        f"select {ATTAINMENT_COLUMNS} from mart_indicator_attainment "
        "order by kode_indikator, tingkat desc, unit_kode, periode",
    )
    assert rows == [
        # DPT1: the unit total row only: 10/200 = 5%; target 95 x 1/12 = 7.9167;
        # 5 / 7.9167 = 63.1579% -> below ambang 90
        {"tingkat": "unit", "kode_indikator": "KES-DPT1", "unit_kode": "PKM-IBOIH",
         "periode": "2025-01", "pembilang": 10.0, "penyebut": 200.0, "realisasi": 5.0,
         "kumulatif": 5.0, "target": 95.0, "target_periode": 7.9167,
         "capaian_pct": 63.1579, "status": "tidak_tercapai", "n_gampong": 0},
        {"tingkat": "kota", "kode_indikator": "KES-DPT1", "unit_kode": "KOTA",
         "periode": "2025-01", "pembilang": 10.0, "penyebut": 200.0, "realisasi": 5.0,
         "kumulatif": 5.0, "target": 95.0, "target_periode": 7.9167,
         "capaian_pct": 63.1579, "status": "tidak_tercapai", "n_gampong": 0},
        # IDL: (40 + 20) / (100 + 100) = 30%; target 100 x 1/12 = 8.3333;
        # 30 / 8.3333 = 360% -> capped at 150
        {"tingkat": "unit", "kode_indikator": "KES-IDL", "unit_kode": "PKM-IBOIH",
         "periode": "2025-01", "pembilang": 60.0, "penyebut": 200.0, "realisasi": 30.0,
         "kumulatif": 30.0, "target": 100.0, "target_periode": 8.3333,
         "capaian_pct": 150.0, "status": "tercapai", "n_gampong": 2},
        {"tingkat": "kota", "kode_indikator": "KES-IDL", "unit_kode": "KOTA",
         "periode": "2025-01", "pembilang": 60.0, "penyebut": 200.0, "realisasi": 30.0,
         "kumulatif": 30.0, "target": 100.0, "target_periode": 8.3333,
         "capaian_pct": 150.0, "status": "tercapai", "n_gampong": 2},
        # UCI derived from the two gampong: in January the UCI line is 80 x 1/12 =
        # 6.6667%, and 40% and 20% are both above it -> 2 of 2 on track;
        # KES-UCI is 'turunan', so its yearly target (100) is not pro-rated
        {"tingkat": "kota", "kode_indikator": "KES-UCI", "unit_kode": "KOTA",
         "periode": "2025-01", "pembilang": 2.0, "penyebut": 2.0, "realisasi": 100.0,
         "kumulatif": 100.0, "target": 100.0, "target_periode": 100.0,
         "capaian_pct": 100.0, "status": "tercapai", "n_gampong": 2},
        # Jan 20000 -> target 290000/12 = 24166.6667 -> 82.7586% (< 90)
        {"tingkat": "unit", "kode_indikator": "PAR-KUNJUNGAN",
         "unit_kode": "DISPAR-SEKRETARIAT", "periode": "2025-01", "pembilang": None,
         "penyebut": None, "realisasi": 20000.0, "kumulatif": 20000.0,
         "target": 290000.0, "target_periode": 24166.6667, "capaian_pct": 82.7586,
         "status": "tidak_tercapai", "n_gampong": 0},
        # Feb ytd 50000 -> target 290000 x 2/12 = 48333.3333 -> 103.4483%
        {"tingkat": "unit", "kode_indikator": "PAR-KUNJUNGAN",
         "unit_kode": "DISPAR-SEKRETARIAT", "periode": "2025-02", "pembilang": None,
         "penyebut": None, "realisasi": 30000.0, "kumulatif": 50000.0,
         "target": 290000.0, "target_periode": 48333.3333, "capaian_pct": 103.4483,
         "status": "tercapai", "n_gampong": 0},
        {"tingkat": "kota", "kode_indikator": "PAR-KUNJUNGAN", "unit_kode": "KOTA",
         "periode": "2025-01", "pembilang": None, "penyebut": None,
         "realisasi": 20000.0, "kumulatif": 20000.0, "target": 290000.0,
         "target_periode": 24166.6667, "capaian_pct": 82.7586,
         "status": "tidak_tercapai", "n_gampong": 0},
        {"tingkat": "kota", "kode_indikator": "PAR-KUNJUNGAN", "unit_kode": "KOTA",
         "periode": "2025-02", "pembilang": None, "penyebut": None,
         "realisasi": 30000.0, "kumulatif": 50000.0, "target": 290000.0,
         "target_periode": 48333.3333, "capaian_pct": 103.4483, "status": "tercapai",
         "n_gampong": 0},
        {"tingkat": "unit", "kode_indikator": "PMD-IDM", "unit_kode": "SKK-IBOIH",
         "periode": "2030", "pembilang": None, "penyebut": None, "realisasi": 0.7,
         "kumulatif": 0.7, "target": None, "target_periode": None, "capaian_pct": None,
         "status": "tanpa_target", "n_gampong": 0},
        {"tingkat": "kota", "kode_indikator": "PMD-IDM", "unit_kode": "KOTA",
         "periode": "2030", "pembilang": None, "penyebut": None, "realisasi": 0.7,
         "kumulatif": 0.7, "target": None, "target_periode": None, "capaian_pct": None,
         "status": "tanpa_target", "n_gampong": 0},
        # turun: 12% at Jaboi -> 14/12 = 116.6667% tercapai
        {"tingkat": "unit", "kode_indikator": "PMD-KELUARGA-MISKIN",
         "unit_kode": "SKJ-JABOI", "periode": "2025", "pembilang": 6.0,
         "penyebut": 50.0, "realisasi": 12.0, "kumulatif": 12.0, "target": 14.0,
         "target_periode": 14.0, "capaian_pct": 116.6667, "status": "tercapai",
         "n_gampong": 0},
        # 15% at Iboih -> 14/15 = 93.3333% >= 90 -> mendekati
        {"tingkat": "unit", "kode_indikator": "PMD-KELUARGA-MISKIN",
         "unit_kode": "SKK-IBOIH", "periode": "2025", "pembilang": 15.0,
         "penyebut": 100.0, "realisasi": 15.0, "kumulatif": 15.0, "target": 14.0,
         "target_periode": 14.0, "capaian_pct": 93.3333, "status": "mendekati",
         "n_gampong": 0},
        # city: (15 + 6) / (100 + 50) = 14% -> 100% tercapai
        {"tingkat": "kota", "kode_indikator": "PMD-KELUARGA-MISKIN",
         "unit_kode": "KOTA", "periode": "2025", "pembilang": 21.0, "penyebut": 150.0,
         "realisasi": 14.0,
         "kumulatif": 14.0, "target": 14.0, "target_periode": 14.0,
         "capaian_pct": 100.0, "status": "tercapai", "n_gampong": 0},
    ]


def test_mart_indicator_attainment_names_and_latest(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(wh, "realisasi_indikator", [
        rr("KES-IDL", "PKM-COT-BAU", "2025-01", 5, 5, 70),
        rr("KES-IDL", "PKM-COT-BAU", "2025-02", 5, 5, 70),
    ])
    build(wh)
    rows = fetch(
        wh,
        "select tingkat, unit_nama, opd_kode, opd_nama, nama_id, sektor, satuan, arah, "
        "kumulatif, ambang_kuning_pct, periode, bulan_ke, is_latest_in_year "
        "from mart_indicator_attainment order by tingkat desc, periode",
    )
    common = {"opd_kode": "DINKES",
              "opd_nama": "Dinas Kesehatan dan Keluarga Berencana",
              "nama_id": "Cakupan Imunisasi Dasar Lengkap (IDL) bayi 0–11 bulan",
              "sektor": "kesehatan", "satuan": "%", "arah": "naik", "kumulatif": "ya",
              "ambang_kuning_pct": 90.0}
    assert rows == [
        {"tingkat": "unit", "unit_nama": "Puskesmas Cot Ba'u", **common,
         "periode": "2025-01", "bulan_ke": 1, "is_latest_in_year": False},
        {"tingkat": "unit", "unit_nama": "Puskesmas Cot Ba'u", **common,
         "periode": "2025-02", "bulan_ke": 2, "is_latest_in_year": True},
        {"tingkat": "kota", "unit_nama": "Kota Sabang", **common,
         "periode": "2025-01", "bulan_ke": 1, "is_latest_in_year": False},
        {"tingkat": "kota", "unit_nama": "Kota Sabang", **common,
         "periode": "2025-02", "bulan_ke": 2, "is_latest_in_year": True},
    ]


def test_par_ikm_is_derived_from_the_survey(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "survei_ikm", [
        # all answers 3 -> IKM 3 x 25 = 75
        survey_row("DISPAR-TIC", dt.date(2025, 2, 1), [3] * 9),
        # all answers 4 -> 100
        survey_row("DISPAR-KM0", dt.date(2025, 2, 1), [4] * 9),
    ])
    insert_raw(wh, "realisasi_indikator", [
        # replaced by the survey value (same unit and quarter)
        rr("PAR-IKM", "DISPAR-TIC", "2025-Q1", 99),
        # kept: nothing to derive for Q2
        rr("PAR-IKM", "DISPAR-TIC", "2025-Q2", 80),
    ])
    build(wh)
    rows = fetch(
        wh,
        "select tingkat, unit_kode, periode, realisasi, target, "
        "round(capaian_pct, 4) as capaian_pct, status from mart_indicator_attainment "
        "where kode_indikator = 'PAR-IKM' order by tingkat desc, unit_kode, periode",
    )
    # target 2025 = 84; ambang kuning 95
    assert rows == [
        # 100 / 84 = 119.0476%
        {"tingkat": "unit", "unit_kode": "DISPAR-KM0", "periode": "2025-Q1",
         "realisasi": 100.0, "target": 84.0, "capaian_pct": 119.0476,
         "status": "tercapai"},
        # 75 / 84 = 89.2857% (< 95)
        {"tingkat": "unit", "unit_kode": "DISPAR-TIC", "periode": "2025-Q1",
         "realisasi": 75.0, "target": 84.0, "capaian_pct": 89.2857,
         "status": "tidak_tercapai"},
        # 80 / 84 = 95.2381% -> mendekati
        {"tingkat": "unit", "unit_kode": "DISPAR-TIC", "periode": "2025-Q2",
         "realisasi": 80.0, "target": 84.0, "capaian_pct": 95.2381,
         "status": "mendekati"},
        # city pools the answers: mean 3.5 x 25 = 87.5 -> 104.1667%
        {"tingkat": "kota", "unit_kode": "KOTA", "periode": "2025-Q1",
         "realisasi": 87.5, "target": 84.0, "capaian_pct": 104.1667,
         "status": "tercapai"},
        {"tingkat": "kota", "unit_kode": "KOTA", "periode": "2025-Q2",
         "realisasi": 80.0, "target": 84.0, "capaian_pct": 95.2381,
         "status": "mendekati"},
    ]


def test_mart_indicator_gampong_row(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "realisasi_indikator", [
        rr("KES-IDL", "PKM-COT-BAU", "2025-01", 10, 3, 30, "SKJ-COT-ABEUK"),
        rr("KES-IDL", "PKM-COT-BAU", "2025-02", 10, 6, 30, "SKJ-COT-ABEUK"),
    ])
    build(wh)
    rows = fetch(wh, "select * from mart_indicator_gampong order by periode")
    assert rows[1] == {
        "kode_indikator": "KES-IDL", "gampong_kode": "SKJ-COT-ABEUK",
        "periode": "2025-02", "unit_kode": "PKM-COT-BAU", "gampong_nama": "Cot Abeuk",
        "kecamatan": "Sukajaya", "periode_jenis": "bulanan", "tahun": 2025,
        # ytd 30% >= UCI line 80 x 2/12 = 13.3333% -> on track for UCI
        "bulan_ke": 2, "status": "tercapai", "uci": True,
        "pembilang": 6.0, "penyebut": 30.0,
        # own month 6/30 = 20%; ytd (3 + 6)/30 = 30%
        "realisasi": 20.0, "realisasi_kumulatif": 30.0,
        # target 100 x 2/12 = 16.6667; 30 / 16.6667 = 180% -> capped 150
        "target": 100.0, "target_periode": pytest.approx(16.666667),
        "capaian_pct": 150.0,
        "periode_mulai": dt.date(2025, 2, 1), "periode_selesai": dt.date(2025, 2, 28),
    }


# ---------------------------------------------------------------- IKM


def test_mart_ikm_unit_period_full_row(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "survei_ikm", [
        survey_row("DISPAR-IBOIH", dt.date(2025, 4, 2), [4, 3, 3, 4, 3, 3, 4, 2, 3]),
        survey_row("DISPAR-IBOIH", dt.date(2025, 6, 30), [4, 4, 3, 3, 3, 3, 4, 3, 2]),
    ])
    build(wh)
    [row] = fetch(wh, "select * from mart_ikm_unit_period where periode = '2025-Q2'")
    # NRR: u1 4, u2 3.5, u3 3, u4 3.5, u5 3, u6 3, u7 4, u8 2.5, u9 2.5
    # sum 29 / 9 = 3.2222 -> x 25 = 80.555... -> 80.56 -> B (76.61..88.30)
    # weakest: u8 and u9 tie at 2.5 -> u8
    assert row == {
        "unit_kode": "DISPAR-IBOIH", "periode": "2025-Q2", "opd_kode": "DISPAR",
        "unit_nama": "UPTD Taman Wisata Iboih - Pulau Rubiah",
        "periode_jenis": "triwulanan", "tahun": 2025, "mutu": "B",
        "kinerja_unit": "Baik", "unsur_terlemah": "u8",
        "unsur_terlemah_nama": "Penanganan pengaduan, saran dan masukan",
        "andal": False,  # 2 < 30 responses
        "berjalan": False,  # a quarter that ended before the data's last month
        # 80.56 / 84 = 95.9048% -> mendekati (>= 95)
        "status": "mendekati",
        "n_responden": 2, "nrr_u1": 4.0, "nrr_u2": 3.5, "nrr_u3": 3.0, "nrr_u4": 3.5,
        "nrr_u5": 3.0, "nrr_u6": 3.0, "nrr_u7": 4.0, "nrr_u8": 2.5, "nrr_u9": 2.5,
        "ikm_nilai": 3.2222, "ikm": 80.56, "nrr_terlemah": 2.5, "target": 84.0,
        "capaian_pct": pytest.approx(95.9048, abs=1e-4),
        "periode_mulai": dt.date(2025, 4, 1), "periode_selesai": dt.date(2025, 6, 30),
    }


# ---------------------------------------------------------------- employee year


def test_mart_employee_year_full_row(wh: duckdb.DuckDBPyConnection) -> None:
    populate_example(wh)
    build(wh)
    [row] = fetch(wh, "select * from mart_employee_year where nip = ?", [NIP_A])
    assert row == {
        "nip": NIP_A, "tahun": 2025, "opd_kode": "DINKES", "unit_kode": "PKM-COT-BAU",
        "nama": "Pegawai 001", "jenis_asn": "PNS",
        "opd_nama": "Dinas Kesehatan dan Keluarga Berencana", "sektor": "kesehatan",
        "unit_kerja": "PKM-COT-BAU",
        # annual SKP: Di Atas x Sesuai -> Baik
        "predikat_tahunan": "Baik", "rating_hasil_kerja_tahunan": ATAS,
        "predikat_efektif": "Baik", "kinerja_9box": ATAS,
        "sumber_kinerja_9box": "tahunan", "potensi": "tinggi", "kotak_9box": 9,
        "jp_status": "memenuhi",  # 24 >= 20
        "jp_total": 24.0, "jp_klasikal": 24.0, "jp_nonklasikal": 0.0, "jp_hak": 20.0,
        "jp_batas": None,
        "n_kesenjangan_kompetensi": 1,  # level 2 < standard 3
        # Jan (on time: 3 Feb <= 5 Feb) and Feb (late: 10 Mar > 5 Mar)
        "n_periode_dinilai": 2, "n_periode_terlambat": 1,
    }
    [pppk] = fetch(wh, "select * from mart_employee_year where nip = ?", [NIP_B])
    assert (pppk["jp_total"], pppk["jp_batas"], pppk["jp_status"]) == (
        0.0, 24.0, "sesuai_batas"
    )
    assert (pppk["predikat_efektif"], pppk["kotak_9box"]) == ("Butuh Perbaikan", None)


def test_competency_gap_uses_latest_assessment_up_to_year_end(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    def asesmen(kompetensi: str, aktual: int, tanggal: dt.date) -> dict:
        return {"nip": NIP_A, "kompetensi": kompetensi, "level_standar": 3,
                "level_aktual": aktual, "tanggal_asesmen": tanggal}

    insert_raw(wh, "kompetensi", [
        asesmen("Integritas", 2, dt.date(2024, 5, 1)),  # gap in 2024 ...
        asesmen("Integritas", 3, dt.date(2025, 5, 1)),  # ... closed in 2025
        asesmen("Komunikasi", 1, dt.date(2025, 5, 1)),  # gap from 2025
    ])
    build(wh)
    assert fetch(
        wh,
        "select tahun, n_kesenjangan_kompetensi from mart_employee_year order by tahun",
    ) == [
        {"tahun": 2024, "n_kesenjangan_kompetensi": 1},
        {"tahun": 2025, "n_kesenjangan_kompetensi": 1},
    ]


# ---------------------------------------------------------------- OPD ranking


@pytest.fixture(scope="module")
def opd_wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    people: list[dict] = []
    reviews: list[dict] = []

    def staff(opd: str, ratings: list[tuple[str, str] | None], start: int) -> None:
        for k, rating in enumerate(ratings):
            n = nip(start + k)
            people.append(employee(n, opd_kode=opd, unit_kode=None))
            if rating:
                hasil, perilaku = rating
                reviews.append(skp(n, "2025-01", hasil, perilaku))
                reviews.append(skp(n, "2025-02", hasil, perilaku))

    # DINKES: SB, B, B, BP, SK -> 3 of 5 Baik or better = 60%
    staff("DINKES", [(ATAS, ATAS), (SESUAI, SESUAI), (SESUAI, SESUAI), (BAWAH, SESUAI),
                     (BAWAH, BAWAH)], 1)
    # DISPAR: 3 people, all Baik -> 100%, but only 3 rated
    staff("DISPAR", [(SESUAI, SESUAI)] * 3, 20)
    # DPMG: 5 people, all Sangat Baik, no indicator data
    staff("DPMG", [(ATAS, ATAS)] * 5, 40)
    # BKPSDM: 6 people, 4 with SKP (3 Baik + 1 Butuh Perbaikan = 75%), 2 without any
    staff("BKPSDM", [(SESUAI, SESUAI)] * 3 + [(BAWAH, SESUAI), None, None], 60)
    insert_raw(con, "pegawai", people)
    insert_raw(con, "skp", reviews)
    insert_raw(con, "pelatihan", [
        {"nip": nip(1), "nama_pelatihan": "Imunisasi", "jp": 20,
         "tanggal_mulai": dt.date(2025, 2, 1)},
    ])
    insert_raw(con, "realisasi_indikator", [
        # KES-IDL Feb ytd 20/100 = 20% vs 100 x 2/12 = 16.6667 -> 120%
        rr("KES-IDL", "PKM-COT-BAU", "2025-02", 20, 20, 100),
        # PAR-KUNJUNGAN Feb ytd 50000 vs 48333.33 -> 103.4483%
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-01", 20000),
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-02", 30000),
    ])
    build(con)
    yield con
    con.close()


def test_mart_opd_period_counts(opd_wh: duckdb.DuckDBPyConnection) -> None:
    [row] = fetch(opd_wh, "select * from mart_opd_period where opd_kode = 'DINKES'")
    assert row == {
        "opd_kode": "DINKES", "tahun": 2025,
        "opd_nama": "Dinas Kesehatan dan Keluarga Berencana",
        "opd_singkatan": "Dinkes KB", "sektor": "kesehatan",
        "peringkat": 1, "peringkat_pasti": True, "alasan_tidak_pasti": None,
        "n_pegawai": 5, "n_dinilai": 5, "n_sangat_baik": 1, "n_baik": 2,
        "n_butuh_perbaikan": 1, "n_kurang": 0, "n_sangat_kurang": 1,
        "pct_baik_ke_atas": 60.0,
        "n_indikator": 1, "n_tercapai": 1, "n_mendekati": 0, "n_tidak_tercapai": 0,
        "rata_capaian_pct": 120.0,
        "kelengkapan_skp_pct": 100.0,  # 5 people x 2 months, all received
        "pct_jp_memenuhi": 20.0,  # 1 of 5 PNS has >= 20 JP
    }


def test_mart_opd_period_ranking_and_certainty(
    opd_wh: duckdb.DuckDBPyConnection,
) -> None:
    rows = fetch(
        opd_wh,
        "select opd_kode, n_indikator, rata_capaian_pct, pct_baik_ke_atas, "
        "round(kelengkapan_skp_pct, 4) as kelengkapan, peringkat, peringkat_pasti, "
        "alasan_tidak_pasti from mart_opd_period where peringkat is not null "
        "order by peringkat",
    )
    assert rows == [
        {"opd_kode": "DINKES", "n_indikator": 1, "rata_capaian_pct": 120.0,
         "pct_baik_ke_atas": 60.0, "kelengkapan": 100.0, "peringkat": 1,
         "peringkat_pasti": True, "alasan_tidak_pasti": None},
        {"opd_kode": "DISPAR", "n_indikator": 1,
         "rata_capaian_pct": pytest.approx(103.448276), "pct_baik_ke_atas": 100.0,
         "kelengkapan": 100.0, "peringkat": 2, "peringkat_pasti": False,
         "alasan_tidak_pasti": "hanya 3 pegawai dinilai (< 5)"},
        # without own indicators: after those with, by pct_baik_ke_atas
        {"opd_kode": "DPMG", "n_indikator": 0, "rata_capaian_pct": None,
         "pct_baik_ke_atas": 100.0, "kelengkapan": 100.0, "peringkat": 3,
         "peringkat_pasti": True, "alasan_tidak_pasti": None},
        # 6 people x 2 months = 12 expected, 8 received -> 66.6667%
        {"opd_kode": "BKPSDM", "n_indikator": 0, "rata_capaian_pct": None,
         "pct_baik_ke_atas": 75.0, "kelengkapan": 66.6667, "peringkat": 4,
         "peringkat_pasti": False,
         "alasan_tidak_pasti": "hanya 4 pegawai dinilai (< 5); "
                               "kelengkapan data SKP 66,7% (< 80%)"},
    ]
    [idle] = fetch(
        opd_wh,
        "select n_pegawai, peringkat, peringkat_pasti, alasan_tidak_pasti "
        "from mart_opd_period where opd_kode = 'SETDA'",
    )
    assert idle == {"n_pegawai": 0, "peringkat": None, "peringkat_pasti": False,
                    "alasan_tidak_pasti": "hanya 0 pegawai dinilai (< 5); "
                                          "belum ada data SKP"}


# ---------------------------------------------------------------- completeness


@pytest.fixture(scope="module")
def completeness_wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    a, b, c, d = nip(1), nip(2), nip(3), nip(4)
    insert_raw(con, "pegawai", [
        employee(a), employee(b), employee(c),
        employee(d, opd_kode="DISPAR", unit_kode="DISPAR-TIC"),
    ])
    insert_raw(con, "skp", [
        skp(a, "2025-01", tanggal_pengisian=dt.date(2025, 2, 1)),  # on time
        skp(a, "2025-03", tanggal_pengisian=dt.date(2025, 4, 30)),  # late
        skp(b, "2025-03", tanggal_pengisian=dt.date(2025, 4, 2)),  # on time; 1st SKP
        # c: no SKP at all -> expected every month
        skp(d, "2025-Q1"),  # a quarterly SKP covers Jan, Feb and Mar
        skp(a, "2025"),  # an annual SKP covers nothing
    ])
    insert_raw(con, "realisasi_indikator", [
        # monthly pair reported Jan (two gampong rows) and Mar
        rr("KES-IDL", "PKM-COT-BAU", "2025-01", 5, 5, 70, "SKJ-COT-BAU"),
        rr("KES-IDL", "PKM-COT-BAU", "2025-01", 5, 5, 70, "SKJ-COT-ABEUK"),
        rr("KES-IDL", "PKM-COT-BAU", "2025-03", 5, 5, 70, "SKJ-COT-BAU"),
        # quarterly pair reported Q1 only
        rr("PAR-ADUAN", "DISPAR-TIC", "2025-Q1", 90, 9, 10),
        # the latest period anyone reported: June
        rr("KES-DPT1", "PKM-BALOHAN", "2025-06", 5, 5, 100),
    ])
    insert_raw(con, "survei_ikm", [
        survey_row("DISPAR-TIC", dt.date(2025, 2, 1), [3] * 9),
        survey_row("DISPAR-TIC", dt.date(2025, 2, 2), [3] * 9),
        survey_row("DISPAR-TIC", dt.date(2025, 8, 2), [3] * 9),
    ])
    build(con)
    yield con
    con.close()


COMPLETENESS_COLUMNS = (
    "subjek_kode, periode, diharapkan, diterima, round(kelengkapan_pct, 4) as pct, "
    "tepat_waktu_pct"
)


def test_completeness_skp(completeness_wh: duckdb.DuckDBPyConnection) -> None:
    rows = fetch(
        completeness_wh,
        f"select {COMPLETENESS_COLUMNS} from mart_data_completeness "
        "where jenis_ekspor = 'skp' order by subjek_kode, periode",
    )
    assert rows == [
        # Jan: a and c expected (b's first SKP is in March); a received, on time
        {"subjek_kode": "DINKES", "periode": "2025-01", "diharapkan": 2, "diterima": 1,
         "pct": 50.0, "tepat_waktu_pct": 100.0},
        # Feb: a and c expected, nothing received
        {"subjek_kode": "DINKES", "periode": "2025-02", "diharapkan": 2, "diterima": 0,
         "pct": 0.0, "tepat_waktu_pct": None},
        # Mar: a, b, c expected; a (late) and b (on time) received
        {"subjek_kode": "DINKES", "periode": "2025-03", "diharapkan": 3, "diterima": 2,
         "pct": 66.6667, "tepat_waktu_pct": 50.0},
        {"subjek_kode": "DISPAR", "periode": "2025-01", "diharapkan": 1, "diterima": 1,
         "pct": 100.0, "tepat_waktu_pct": None},
        {"subjek_kode": "DISPAR", "periode": "2025-02", "diharapkan": 1, "diterima": 1,
         "pct": 100.0, "tepat_waktu_pct": None},
        {"subjek_kode": "DISPAR", "periode": "2025-03", "diharapkan": 1, "diterima": 1,
         "pct": 100.0, "tepat_waktu_pct": None},
    ]
    [named] = fetch(
        completeness_wh,
        "select subjek_jenis, subjek_nama, opd_kode, tahun, bulan "
        "from mart_data_completeness where jenis_ekspor = 'skp' and subjek_kode = "
        "'DISPAR' and periode = '2025-02'",
    )
    assert named == {"subjek_jenis": "opd", "subjek_nama": "Dinas Pariwisata",
                     "opd_kode": "DISPAR", "tahun": 2025, "bulan": 2}


def test_completeness_realisasi(completeness_wh: duckdb.DuckDBPyConnection) -> None:
    rows = fetch(
        completeness_wh,
        f"select {COMPLETENESS_COLUMNS} from mart_data_completeness "
        "where jenis_ekspor = 'realisasi_indikator' order by subjek_kode, periode",
    )
    missing = {"diharapkan": 1, "diterima": 0, "pct": 0.0, "tepat_waktu_pct": None}
    got = {"diharapkan": 1, "diterima": 1, "pct": 100.0, "tepat_waktu_pct": None}
    assert rows == [
        # KES-DPT1 at Balohan starts in June
        {"subjek_kode": "DISPAR-TIC", "periode": "2025-03", **got},
        {"subjek_kode": "DISPAR-TIC", "periode": "2025-06", **missing},
        {"subjek_kode": "PKM-BALOHAN", "periode": "2025-06", **got},
        # KES-IDL at Cot Ba'u monthly Jan..Jun; Jan's two gampong rows count once
        {"subjek_kode": "PKM-COT-BAU", "periode": "2025-01", **got},
        {"subjek_kode": "PKM-COT-BAU", "periode": "2025-02", **missing},
        {"subjek_kode": "PKM-COT-BAU", "periode": "2025-03", **got},
        {"subjek_kode": "PKM-COT-BAU", "periode": "2025-04", **missing},
        {"subjek_kode": "PKM-COT-BAU", "periode": "2025-05", **missing},
        {"subjek_kode": "PKM-COT-BAU", "periode": "2025-06", **missing},
    ]


def test_completeness_survey(completeness_wh: duckdb.DuckDBPyConnection) -> None:
    rows = fetch(
        completeness_wh,
        f"select {COMPLETENESS_COLUMNS} from mart_data_completeness "
        "where jenis_ekspor = 'survei_ikm' and subjek_kode = 'DISPAR-TIC' "
        "order by periode",
    )
    # 30 responses (aturan ikm.min_responden) expected per quarter, shown in its last
    # month, from Q1 (first response) up to the data cut-off: the latest monthly period
    # is June 2025, so Q3 (ends September) has not ended and is not expected yet, even
    # though one response from August is in
    assert rows == [
        {"subjek_kode": "DISPAR-TIC", "periode": "2025-03", "diharapkan": 30,
         "diterima": 2, "pct": 6.6667, "tepat_waktu_pct": None},
        {"subjek_kode": "DISPAR-TIC", "periode": "2025-06", "diharapkan": 30,
         "diterima": 0, "pct": 0.0, "tepat_waktu_pct": None},
    ]
    # every tourism service unit is expected, with or without responses: 6 units x 2
    assert fetch(
        completeness_wh,
        "select count(*) as n from mart_data_completeness "
        "where jenis_ekspor = 'survei_ikm'",
    ) == [{"n": 12}]


def test_data_cutoff_is_the_latest_monthly_period(
    completeness_wh: duckdb.DuckDBPyConnection,
) -> None:
    # quarterly Q1 and the August survey response do not move it; June 2025 does
    assert fetch(
        completeness_wh,
        "select data_sampai, bulan_terakhir from int_data_cutoff_found",
    ) == [{"data_sampai": dt.date(2025, 6, 30), "bulan_terakhir": dt.date(2025, 6, 1)}]
    assert fetch(
        completeness_wh,
        "select max(periode) as p from mart_data_completeness",
    ) == [{"p": "2025-06"}]


def test_mart_sector_trend_carries_quarters_forward_and_skips_yearly(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(wh, "realisasi_indikator", [
        # quarterly, not kumulatif: Q1 9/10 = 90% vs target 90 -> capaian 100
        rr("PAR-ADUAN", "DISPAR-TIC", "2025-Q1", 90, 9, 10),
        # monthly kumulatif jumlah: Jan 20000 vs 290000/12 -> 82.7586;
        # Feb (20000 + 30000) vs 290000 x 2/12 = 48333.33 -> 103.4483;
        # Apr (50000 + 50000) vs 290000 x 4/12 = 96666.67 -> 103.4483
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-01", 20000),
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-02", 30000),
        rr("PAR-KUNJUNGAN", "DISPAR-SEKRETARIAT", "2025-04", 50000),
        # yearly: never part of a monthly trend
        rr("PMD-KELUARGA-MISKIN", "SKK-IBOIH", "2025", 15, 15, 100),
    ])
    build(wh)
    rows = fetch(
        wh,
        "select sektor, bulan, n_indikator, round(capaian_rata_pct, 4) as pct "
        "from mart_sector_trend order by sektor, bulan",
    )
    # the cut-off is April (latest monthly period), so no May..December rows;
    # March has no own Kunjungan value: February's stands; Q1 counts from March on:
    # (103.448276 + 100) / 2 = 101.724138
    assert rows == [
        {"sektor": "pariwisata", "bulan": 1, "n_indikator": 1, "pct": 82.7586},
        {"sektor": "pariwisata", "bulan": 2, "n_indikator": 1, "pct": 103.4483},
        {"sektor": "pariwisata", "bulan": 3, "n_indikator": 2, "pct": 101.7241},
        {"sektor": "pariwisata", "bulan": 4, "n_indikator": 2, "pct": 101.7241},
    ]
