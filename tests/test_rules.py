"""Rule tests at every boundary: predikat matrix, late self-report, IKM grades and
weakest unsur, JP right/cap, UCI, drop-out, cumulative coverage, nine-box.

Each test inserts raw rows into an in-memory warehouse, runs the real build and reads
the marts. Expected numbers are calculated by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pytest
from model_helpers import (
    build,
    fetch,
    insert_raw,
    new_warehouse,
    set_rule,
    skp,
    survey_row,
)

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"


@pytest.fixture()
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    yield con
    con.close()


# ---------------------------------------------------------------- predikat matrix

# (hasil kerja, perilaku kerja) -> predikat, PermenPANRB 6/2022 (DOMAIN.md §1.2)
MATRIX = [
    (ATAS, BAWAH, "Kurang/Misconduct", 2),
    (ATAS, SESUAI, "Baik", 4),
    (ATAS, ATAS, "Sangat Baik", 5),
    (SESUAI, BAWAH, "Kurang/Misconduct", 2),
    (SESUAI, SESUAI, "Baik", 4),
    (SESUAI, ATAS, "Baik", 4),
    (BAWAH, BAWAH, "Sangat Kurang", 1),
    (BAWAH, SESUAI, "Butuh Perbaikan", 3),
    (BAWAH, ATAS, "Butuh Perbaikan", 3),
]
SCORE = {BAWAH: 1, SESUAI: 2, ATAS: 3}


@pytest.fixture(scope="module")
def matrix_wh() -> Iterator[duckdb.DuckDBPyConnection]:
    """One SKP per matrix cell (periods 2025-01 .. 2025-09) of one employee."""
    con = new_warehouse()
    insert_raw(
        con,
        "skp",
        [
            skp("198609262015051001", f"2025-{i:02d}", hasil, perilaku)
            for i, (hasil, perilaku, _, _) in enumerate(MATRIX, start=1)
        ],
    )
    build(con)
    yield con
    con.close()


@pytest.mark.parametrize(("i", "cell"), list(enumerate(MATRIX, start=1)))
def test_every_matrix_cell(
    matrix_wh: duckdb.DuckDBPyConnection, i: int, cell: tuple[str, str, str, int]
) -> None:
    hasil, perilaku, predikat, skor = cell
    [row] = fetch(
        matrix_wh,
        "select rating_hasil_kerja, rating_perilaku_kerja, predikat_kinerja, "
        "skor_predikat, skor_hasil_kerja, skor_perilaku_kerja, predikat_dilaporkan, "
        "predikat_sesuai_matriks from mart_employee_period where periode = ?",
        [f"2025-{i:02d}"],
    )
    assert row == {
        "rating_hasil_kerja": hasil,
        "rating_perilaku_kerja": perilaku,
        "predikat_kinerja": predikat,
        "skor_predikat": skor,
        "skor_hasil_kerja": SCORE[hasil],
        "skor_perilaku_kerja": SCORE[perilaku],
        "predikat_dilaporkan": None,
        "predikat_sesuai_matriks": None,  # nothing supplied
    }


def test_supplied_predikat_contradicting_matrix_is_flagged_not_trusted(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(
        wh,
        "skp",
        [
            # Sesuai x Sesuai is 'Baik'; the export claims 'Sangat Baik'
            skp(
                "198609262015051001",
                "2025-01",
                SESUAI,
                SESUAI,
                predikat_kinerja="Sangat Baik",
            ),
            # Di Bawah x Di Atas is 'Butuh Perbaikan'; the export agrees
            skp(
                "198609262015051001",
                "2025-02",
                BAWAH,
                ATAS,
                predikat_kinerja="Butuh Perbaikan",
            ),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select periode, predikat_kinerja, skor_predikat, predikat_dilaporkan, "
        "predikat_sesuai_matriks from mart_employee_period order by periode",
    )
    assert rows == [
        {
            "periode": "2025-01",
            "predikat_kinerja": "Baik",
            "skor_predikat": 4,
            "predikat_dilaporkan": "Sangat Baik",
            "predikat_sesuai_matriks": False,
        },
        {
            "periode": "2025-02",
            "predikat_kinerja": "Butuh Perbaikan",
            "skor_predikat": 3,
            "predikat_dilaporkan": "Butuh Perbaikan",
            "predikat_sesuai_matriks": True,
        },
    ]


# ---------------------------------------------------------------- late self-report


def test_self_report_on_the_limit_day_is_on_time_one_day_later_is_late(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    nip = "198609262015051001"
    insert_raw(
        wh,
        "skp",
        [
            # January ends 31 Jan; limit = 31 Jan + 5 days = 5 Feb -> on time
            skp(nip, "2025-01", tanggal_pengisian=dt.date(2025, 2, 5)),
            # February ends 28 Feb; limit = 5 Mar; 6 Mar is one day late
            skp(nip, "2025-02", tanggal_pengisian=dt.date(2025, 3, 6)),
            # no date -> unknown
            skp(nip, "2025-03"),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select periode, hari_terlambat, terlambat from mart_employee_period "
        "order by periode",
    )
    assert rows == [
        {"periode": "2025-01", "hari_terlambat": 0, "terlambat": False},
        {"periode": "2025-02", "hari_terlambat": 1, "terlambat": True},
        {"periode": "2025-03", "hari_terlambat": None, "terlambat": None},
    ]
    [year] = fetch(
        wh, "select n_periode_dinilai, n_periode_terlambat from mart_employee_year"
    )
    assert year == {"n_periode_dinilai": 3, "n_periode_terlambat": 1}


def test_late_limit_is_read_from_the_rules(wh: duckdb.DuckDBPyConnection) -> None:
    set_rule(wh, "skp", "hari_batas_pengisian", 0)
    insert_raw(
        wh,
        "skp",
        [
            skp("198609262015051001", "2025-01", tanggal_pengisian=dt.date(2025, 2, 5)),
        ],
    )
    build(wh)
    # limit is now 31 Jan itself: 5 Feb is 5 days late
    assert fetch(wh, "select hari_terlambat, terlambat from mart_employee_period") == [
        {"hari_terlambat": 5, "terlambat": True}
    ]


# ---------------------------------------------------------------- IKM


def answers_with_total(n: int, total: int) -> list[list[int]]:
    """n respondents x 9 unsur whose answers add up to `total` (spread evenly)."""
    base, extra = divmod(total, 9 * n)
    flat = [base + 1] * extra + [base] * (9 * n - extra)
    return [flat[i * 9 : (i + 1) * 9] for i in range(n)]


# IKM = sum(NRR_i / 9) x 25 = 25 x total / (9 n) when everyone answers every unsur.
IKM_CASES = [
    # unit, n, total, 25*total/(9n) (hand), ikm, mutu, kinerja, andal (n >= 30)
    ("DISPAR-TIC", 43, 1006, "64.98708 -> 64.99", 64.99, "D", "Tidak Baik", True),
    ("DISPAR-KM0", 5, 117, "65.00000 -> 65.00", 65.00, "C", "Kurang Baik", False),
    ("DISPAR-IBOIH", 26, 717, "76.60256 -> 76.60", 76.60, "C", "Kurang Baik", False),
    ("DISPAR-SUMURTIGA", 19, 524, "76.60819 -> 76.61", 76.61, "B", "Baik", False),
    ("DISPAR-ANOIITAM", 33, 1049, "88.29966 -> 88.30", 88.30, "B", "Baik", True),
    ("DISPAR-BALOHAN", 24, 763, "88.31019 -> 88.31", 88.31, "A", "Sangat Baik", False),
]


@pytest.fixture(scope="module")
def ikm_wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    for unit, n, total, *_ in IKM_CASES:
        insert_raw(
            con,
            "survei_ikm",
            [
                survey_row(unit, dt.date(2025, 2, 10), answers)
                for answers in answers_with_total(n, total)
            ],
        )
    # weakest unsur, 2025-Q2 at the TIC: u3 and u7 tie at NRR 2.5 -> u3 (lowest number)
    insert_raw(
        con,
        "survei_ikm",
        [
            survey_row("DISPAR-TIC", dt.date(2025, 5, 2), [4, 4, 2, 4, 4, 4, 3, 4, 4]),
            survey_row("DISPAR-TIC", dt.date(2025, 5, 3), [4, 4, 3, 4, 4, 4, 2, 4, 4]),
        ],
    )
    # 2025-Q3 at the TIC: u8 alone is lowest, NRR (1 + 2) / 2 = 1.5
    insert_raw(
        con,
        "survei_ikm",
        [
            survey_row("DISPAR-TIC", dt.date(2025, 8, 2), [4, 3, 3, 4, 4, 4, 3, 1, 2]),
            survey_row("DISPAR-TIC", dt.date(2025, 8, 3), [4, 3, 3, 4, 4, 4, 3, 2, 2]),
        ],
    )
    build(con)
    yield con
    con.close()


@pytest.mark.parametrize("case", IKM_CASES, ids=[c[3] for c in IKM_CASES])
def test_ikm_grade_boundaries(ikm_wh: duckdb.DuckDBPyConnection, case: tuple) -> None:
    unit, n, total, _, ikm, mutu, kinerja, andal = case
    [row] = fetch(
        ikm_wh,
        "select n_responden, ikm_nilai, ikm, mutu, kinerja_unit, andal "
        "from mart_ikm_unit_period where unit_kode = ? and periode = '2025-Q1'",
        [unit],
    )
    assert row == {
        "n_responden": n,
        "ikm_nilai": round(total / (9 * n), 4),
        "ikm": ikm,
        "mutu": mutu,
        "kinerja_unit": kinerja,
        "andal": andal,
    }


def test_weakest_unsur_tie_goes_to_the_lowest_number(
    ikm_wh: duckdb.DuckDBPyConnection,
) -> None:
    rows = fetch(
        ikm_wh,
        "select periode, unsur_terlemah, unsur_terlemah_nama, nrr_terlemah, nrr_u3, "
        "nrr_u7, nrr_u8 from mart_ikm_unit_period "
        "where unit_kode = 'DISPAR-TIC' and periode in ('2025-Q2', '2025-Q3') "
        "order by periode",
    )
    assert rows == [
        {
            "periode": "2025-Q2",
            "unsur_terlemah": "u3",
            "unsur_terlemah_nama": "Waktu penyelesaian",
            "nrr_terlemah": 2.5,
            "nrr_u3": 2.5,
            "nrr_u7": 2.5,
            "nrr_u8": 4.0,
        },
        {
            "periode": "2025-Q3",
            "unsur_terlemah": "u8",
            "unsur_terlemah_nama": "Penanganan pengaduan, saran dan masukan",
            "nrr_terlemah": 1.5,
            "nrr_u3": 3.0,
            "nrr_u7": 3.0,
            "nrr_u8": 1.5,
        },
    ]


def test_ikm_year_row_pools_all_quarters(ikm_wh: duckdb.DuckDBPyConnection) -> None:
    [row] = fetch(
        ikm_wh,
        "select periode_jenis, n_responden from mart_ikm_unit_period "
        "where unit_kode = 'DISPAR-TIC' and periode = '2025'",
    )
    # 43 in Q1 + 2 in Q2 + 2 in Q3
    assert row == {"periode_jenis": "tahunan", "n_responden": 47}


# ---------------------------------------------------------------- JP


def test_jp_right_for_pns_and_cap_for_pppk(wh: duckdb.DuckDBPyConnection) -> None:
    people = {
        "198001012005011001": ("PNS", 19),  # 19 < 20 -> kurang
        "198001012005011002": ("PNS", 20),  # 20 >= 20 -> memenuhi
        "199001012021211001": ("PPPK", 24),  # 24 <= 24 -> sesuai_batas
        "199001012021211002": ("PPPK", 25),  # 25 > 24 -> melebihi_batas
        "199001012024241003": ("PPPK_PARUH_WAKTU", 25),  # same cap -> melebihi_batas
    }
    insert_raw(
        wh,
        "pegawai",
        [
            {
                "nip": nip,
                "nama": nip,
                "jenis_asn": jenis,
                "opd": "Dinkes",
                "unit_kerja": "-",
                "jenis_jabatan": "Pelaksana",
                "nama_jabatan": "x",
                "opd_kode": "DINKES",
            }
            for nip, (jenis, _) in people.items()
        ],
    )
    for nip, (_, jp) in people.items():
        # two courses per person: (jp - 4) klasikal + 4 nonklasikal, both in 2025
        insert_raw(
            wh,
            "pelatihan",
            [
                {
                    "nip": nip,
                    "nama_pelatihan": "A",
                    "jp": jp - 4,
                    "tanggal_mulai": dt.date(2025, 3, 1),
                    "jalur": "klasikal",
                },
                {
                    "nip": nip,
                    "nama_pelatihan": "B",
                    "jp": 4,
                    "tanggal_mulai": dt.date(2025, 12, 31),
                    "jalur": "nonklasikal",
                },
                # started in 2024 -> counts for 2024 only, although it ends in 2025
                {
                    "nip": nip,
                    "nama_pelatihan": "C",
                    "jp": 30,
                    "tanggal_mulai": dt.date(2024, 12, 30),
                    "tanggal_selesai": dt.date(2025, 1, 2),
                },
            ],
        )
    build(wh)
    rows = fetch(
        wh,
        "select nip, jp_total, jp_klasikal, jp_nonklasikal, jp_hak, jp_batas, "
        "jp_status from mart_employee_year where tahun = 2025 order by nip",
    )
    expected = {
        "198001012005011001": (19, 20.0, None, "kurang"),
        "198001012005011002": (20, 20.0, None, "memenuhi"),
        "199001012021211001": (24, None, 24.0, "sesuai_batas"),
        "199001012021211002": (25, None, 24.0, "melebihi_batas"),
        "199001012024241003": (25, None, 24.0, "melebihi_batas"),
    }
    assert rows == [
        {
            "nip": nip,
            "jp_total": float(jp),
            "jp_klasikal": float(jp - 4),
            "jp_nonklasikal": 4.0,
            "jp_hak": hak,
            "jp_batas": batas,
            "jp_status": status,
        }
        for nip, (jp, hak, batas, status) in expected.items()
    ]
    jp_2024 = fetch(
        wh, "select distinct jp_total from mart_employee_year where tahun = 2024"
    )
    assert jp_2024 == [{"jp_total": 30.0}]


# ---------------------------------------------------------------- immunisation


def idl(
    unit: str,
    gampong: str | None,
    gampong_kode: str | None,
    periode: str,
    pembilang: float,
    penyebut: float,
    kode: str = "KES-IDL",
) -> dict:
    return {
        "kode_indikator": kode,
        "unit": unit,
        "unit_kode": unit,
        "gampong": gampong,
        "gampong_kode": gampong_kode,
        "periode": periode,
        "realisasi": 100.0 * pembilang / penyebut,
        "pembilang": pembilang,
        "penyebut": penyebut,
    }


def test_uci_at_79_99_and_80_00(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(
        wh,
        "realisasi_indikator",
        [
            # 7999 / 10000 = 79.99% < 80 -> not UCI
            idl("PKM-COT-BAU", "Cot Ba'u", "SKJ-COT-BAU", "2025-12", 7999, 10000),
            # 8000 / 10000 = 80.00% >= 80 -> UCI
            idl("PKM-COT-BAU", "Cot Abeuk", "SKJ-COT-ABEUK", "2025-12", 8000, 10000),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select gampong_kode, realisasi_kumulatif, uci from mart_indicator_gampong "
        "order by gampong_kode",
    )
    assert rows == [
        {"gampong_kode": "SKJ-COT-ABEUK", "realisasi_kumulatif": 80.0, "uci": True},
        {"gampong_kode": "SKJ-COT-BAU", "realisasi_kumulatif": 79.99, "uci": False},
    ]
    # city: 1 of 2 reporting gampong is UCI -> 50%; target 100 (2025) -> 50% attained
    [city] = fetch(
        wh,
        "select pembilang, penyebut, realisasi_kumulatif, target, capaian_pct, status, "
        "n_gampong from mart_indicator_attainment where kode_indikator = 'KES-UCI'",
    )
    assert city == {
        "pembilang": 1.0,
        "penyebut": 2.0,
        "realisasi_kumulatif": 50.0,
        "target": 100.0,
        "capaian_pct": 50.0,
        "status": "tidak_tercapai",
        "n_gampong": 2,
    }


def test_uci_line_is_pro_rated_to_the_month(wh: duckdb.DuckDBPyConnection) -> None:
    # June: the UCI line is 80 x 6/12 = 40%. Cumulative Jan..Jun per gampong:
    #   Cot Abeuk 4000 / 10000 = 40.00% -> on track;
    #   Cot Ba'u 3999 / 10000 = 39.99% -> not
    insert_raw(
        wh,
        "realisasi_indikator",
        [
            idl("PKM-COT-BAU", "Cot Abeuk", "SKJ-COT-ABEUK", "2025-06", 4000, 10000),
            idl("PKM-COT-BAU", "Cot Ba'u", "SKJ-COT-BAU", "2025-06", 3999, 10000),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select gampong_kode, uci from mart_indicator_gampong order by gampong_kode",
    )
    assert rows == [
        {"gampong_kode": "SKJ-COT-ABEUK", "uci": True},
        {"gampong_kode": "SKJ-COT-BAU", "uci": False},
    ]


def test_uci_threshold_is_read_from_the_rules(wh: duckdb.DuckDBPyConnection) -> None:
    set_rule(wh, "imunisasi", "ambang_uci_pct", 85)
    insert_raw(
        wh,
        "realisasi_indikator",
        [
            idl("PKM-COT-BAU", "Cot Abeuk", "SKJ-COT-ABEUK", "2025-12", 8000, 10000),
        ],
    )
    build(wh)
    assert fetch(wh, "select uci from mart_indicator_gampong") == [{"uci": False}]


def test_drop_out_5_00_meets_the_limit_5_01_does_not(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(
        wh,
        "realisasi_indikator",
        [
            # (10000 - 9500) / 10000 = 5.00% -> capaian 5 / 5 = 100% -> tercapai
            idl("PKM-COT-BAU", None, None, "2025-06", 10000, 10000, "KES-DPT1"),
            idl("PKM-COT-BAU", None, None, "2025-06", 9500, 10000, "KES-MR1"),
            # (10000 - 9499) / 10000 = 5.01% -> capaian 5 / 5.01 = 99.8004% -> below the
            # KES-DO ambang_kuning 100 -> tidak_tercapai
            idl("PKM-BALOHAN", None, None, "2025-06", 10000, 10000, "KES-DPT1"),
            idl("PKM-BALOHAN", None, None, "2025-06", 9499, 10000, "KES-MR1"),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select unit_kode, pembilang, penyebut, "
        "round(realisasi_kumulatif, 6) as do_pct, target, "
        "round(capaian_pct, 4) as capaian, status "
        "from mart_indicator_attainment where kode_indikator = 'KES-DO' "
        "order by tingkat, unit_kode",
    )
    assert rows == [
        # city: (20000 - 18999) / 20000 = 5.005% -> 5 / 5.005 = 99.9001%
        {
            "unit_kode": "KOTA",
            "pembilang": 1001.0,
            "penyebut": 20000.0,
            "do_pct": 5.005,
            "target": 5.0,
            "capaian": 99.9001,
            "status": "tidak_tercapai",
        },
        {
            "unit_kode": "PKM-BALOHAN",
            "pembilang": 501.0,
            "penyebut": 10000.0,
            "do_pct": 5.01,
            "target": 5.0,
            "capaian": 99.8004,
            "status": "tidak_tercapai",
        },
        {
            "unit_kode": "PKM-COT-BAU",
            "pembilang": 500.0,
            "penyebut": 10000.0,
            "do_pct": 5.0,
            "target": 5.0,
            "capaian": 100.0,
            "status": "tercapai",
        },
    ]


def test_drop_out_limit_is_read_from_the_rules(wh: duckdb.DuckDBPyConnection) -> None:
    set_rule(wh, "imunisasi", "batas_drop_out_pct", 6)
    insert_raw(
        wh,
        "realisasi_indikator",
        [
            idl("PKM-BALOHAN", None, None, "2025-06", 10000, 10000, "KES-DPT1"),
            idl("PKM-BALOHAN", None, None, "2025-06", 9499, 10000, "KES-MR1"),
        ],
    )
    build(wh)
    assert fetch(
        wh,
        "select target, status from mart_indicator_attainment "
        "where kode_indikator = 'KES-DO' and tingkat = 'unit'",
    ) == [{"target": 6.0, "status": "tercapai"}]


def test_cumulative_coverage_over_three_months(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(
        wh,
        "realisasi_indikator",
        [
            idl("PKM-SUKAJAYA", None, None, "2025-01", 5, 70),
            idl("PKM-SUKAJAYA", None, None, "2025-02", 7, 70),
            idl("PKM-SUKAJAYA", None, None, "2025-03", 6, 72),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select periode, bulan_ke, round(realisasi, 4) as realisasi, "
        "round(realisasi_kumulatif, 4) as kumulatif, "
        "round(target_periode, 4) as target_periode, round(capaian_pct, 4) as capaian, "
        "status, is_latest_in_year from mart_indicator_attainment "
        "where tingkat = 'unit' order by periode",
    )
    # annual denominator = max(70, 70, 72) = 72; target 2025 = 100, pro-rated x month/12
    assert rows == [
        # Jan: own 5/70 = 7.1429; ytd 5/72 = 6.9444; target 100/12 = 8.3333;
        # 6.9444 / 8.3333 = 83.33%
        {
            "periode": "2025-01",
            "bulan_ke": 1,
            "realisasi": 7.1429,
            "kumulatif": 6.9444,
            "target_periode": 8.3333,
            "capaian": 83.3333,
            "status": "tidak_tercapai",
            "is_latest_in_year": False,
        },
        # Feb: own 7/70 = 10; ytd (5+7)/72 = 16.6667; target 16.6667 -> 100%
        {
            "periode": "2025-02",
            "bulan_ke": 2,
            "realisasi": 10.0,
            "kumulatif": 16.6667,
            "target_periode": 16.6667,
            "capaian": 100.0,
            "status": "tercapai",
            "is_latest_in_year": False,
        },
        # Mar: own 6/72 = 8.3333; ytd (5+7+6)/72 = 25; target 25 -> 100%
        {
            "periode": "2025-03",
            "bulan_ke": 3,
            "realisasi": 8.3333,
            "kumulatif": 25.0,
            "target_periode": 25.0,
            "capaian": 100.0,
            "status": "tercapai",
            "is_latest_in_year": True,
        },
    ]


# ---------------------------------------------------------------- nine-box

NINE_BOX = [
    # potensi, annual rating hasil kerja, box (DOMAIN.md §3)
    ("tinggi", BAWAH, 6),
    ("tinggi", SESUAI, 8),
    ("tinggi", ATAS, 9),
    ("menengah", BAWAH, 3),
    ("menengah", SESUAI, 5),
    ("menengah", ATAS, 7),
    ("rendah", BAWAH, 1),
    ("rendah", SESUAI, 2),
    ("rendah", ATAS, 4),
]


def test_all_nine_boxes_from_the_annual_rating(wh: duckdb.DuckDBPyConnection) -> None:
    for i, (potensi, rating, _) in enumerate(NINE_BOX, start=1):
        nip = f"19800101200501100{i}"
        insert_raw(wh, "skp", [skp(nip, "2025", rating, SESUAI)])
        insert_raw(
            wh,
            "kompetensi",
            [
                {
                    "nip": nip,
                    "kompetensi": "Integritas",
                    "level_standar": 3,
                    "level_aktual": 3,
                    "tanggal_asesmen": dt.date(2025, 6, 1),
                    "potensi": potensi,
                }
            ],
        )
    build(wh)
    rows = fetch(
        wh,
        "select potensi, rating_hasil_kerja_tahunan, kinerja_9box, "
        "sumber_kinerja_9box, kotak_9box from mart_employee_year order by nip",
    )
    assert rows == [
        {
            "potensi": p,
            "rating_hasil_kerja_tahunan": r,
            "kinerja_9box": r,
            "sumber_kinerja_9box": "tahunan",
            "kotak_9box": box,
        }
        for p, r, box in NINE_BOX
    ]


def test_nine_box_falls_back_to_latest_periodic_predikat(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    a, b = "198001012005011001", "198001012005011002"
    insert_raw(
        wh,
        "skp",
        [
            # a: no annual SKP; latest periodic (Feb) is Sangat Baik -> Di Atas
            skp(a, "2025-01", BAWAH, BAWAH),
            skp(a, "2025-02", ATAS, ATAS),
            # b: latest periodic (Mar) is Butuh Perbaikan -> Di Bawah,
            # despite a Sangat Baik in February
            skp(b, "2025-02", ATAS, ATAS),
            skp(b, "2025-03", BAWAH, SESUAI),
        ],
    )
    insert_raw(
        wh,
        "kompetensi",
        [
            # potensi = latest assessment up to 31 Dec of the year: a -> rendah
            {
                "nip": a,
                "kompetensi": "K",
                "level_standar": 3,
                "level_aktual": 3,
                "tanggal_asesmen": dt.date(2025, 3, 1),
                "potensi": "rendah",
            },
            # b: 'menengah' in March, 'tinggi' in October,
            # 'rendah' only in 2026 -> tinggi
            {
                "nip": b,
                "kompetensi": "K",
                "level_standar": 3,
                "level_aktual": 3,
                "tanggal_asesmen": dt.date(2025, 3, 1),
                "potensi": "menengah",
            },
            {
                "nip": b,
                "kompetensi": "K",
                "level_standar": 3,
                "level_aktual": 3,
                "tanggal_asesmen": dt.date(2025, 10, 1),
                "potensi": "tinggi",
            },
            {
                "nip": b,
                "kompetensi": "K",
                "level_standar": 3,
                "level_aktual": 3,
                "tanggal_asesmen": dt.date(2026, 1, 5),
                "potensi": "rendah",
            },
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        "select nip, predikat_tahunan, predikat_efektif, kinerja_9box, "
        "sumber_kinerja_9box, potensi, kotak_9box from mart_employee_year "
        "where tahun = 2025 order by nip",
    )
    assert rows == [
        {
            "nip": a,
            "predikat_tahunan": None,
            "predikat_efektif": "Sangat Baik",
            "kinerja_9box": ATAS,
            "sumber_kinerja_9box": "periodik_terakhir",
            "potensi": "rendah",
            "kotak_9box": 4,
        },
        {
            "nip": b,
            "predikat_tahunan": None,
            "predikat_efektif": "Butuh Perbaikan",
            "kinerja_9box": BAWAH,
            "sumber_kinerja_9box": "periodik_terakhir",
            "potensi": "tinggi",
            "kotak_9box": 6,
        },
    ]
