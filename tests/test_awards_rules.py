"""Award nominations (mart_award_nominations): given rows -> expected nominees.

Each rule of aturan [penghargaan] gets a small hand-built history with a nominee, a
ranked candidate that is not nominated, and near misses that must not be candidates
(one condition short each). People and IKM come through the real models from raw
rows; the unit-attainment rules read mart_unit_outcome_rating, whose rows a test
sets by hand before rebuilding the nominations mart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pytest
from model_helpers import (
    build,
    employee,
    fetch,
    insert_raw,
    new_warehouse,
    set_rule,
    skp,
    survey_row,
)

from pipelines.build_models import build_model
from pipelines.checks import run_checks

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
SB, BAIK, BP = (ATAS, ATAS), (SESUAI, SESUAI), (BAWAH, SESUAI)
MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def nip(i: int) -> str:
    """A valid PNS NIP (born 1980-01-01, CPNS 2005-01, male), sequence i."""
    return f"198001012005011{i:03d}"


def month_end(label: str) -> dt.date:
    y, m = int(label[:4]), int(label[5:])
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def year_of(who: str, monthly: list[tuple[str, str]], late_from: int = 99) -> list:
    """An annual Sangat Baik SKP and monthly SKPs from January (on time, or 6 days
    late from month `late_from` on, which raises the resistance flag)."""
    rows = [skp(who, "2025", ATAS, ATAS)]
    for index, (label, (hasil, perilaku)) in enumerate(
        zip(MONTHS, monthly, strict=False), start=1
    ):
        days = 6 if index >= late_from else 2
        filled = month_end(label) + dt.timedelta(days=days)
        rows.append(skp(who, label, hasil, perilaku, tanggal_pengisian=filled))
    return rows


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    set_rule(con, "ikm", "min_responden", 5)
    people = {
        1: ("DINKES", "PKM-COT-BAU"),  # 12/12 Sangat Baik: nominee of DINKES
        2: ("DINKES", "PKM-COT-BAU"),  # 11 Sangat Baik + 1 Baik: rank 2
        3: ("DINKES", "PKM-IBOIH"),  # one Butuh Perbaikan: 91.7% < 100%
        4: ("DINKES", "PKM-IBOIH"),  # only 5 periodic SKP (< 6)
        5: ("DISPAR", "DISPAR-TIC"),  # all Sangat Baik but a resistance flag
        6: ("DISPAR", "DISPAR-TIC"),  # tie at the top of DISPAR
        7: ("DISPAR", "DISPAR-KM0"),  # tie at the top of DISPAR
        8: ("DISPAR", "DISPAR-KM0"),  # annual Baik: not a candidate
    }
    insert_raw(
        con,
        "pegawai",
        [employee(nip(i), opd_kode=o, unit_kode=u) for i, (o, u) in people.items()],
    )
    rows = year_of(nip(1), [SB] * 12)
    rows += year_of(nip(2), [SB] * 11 + [BAIK])
    rows += year_of(nip(3), [SB] * 11 + [BP])
    rows += year_of(nip(4), [SB] * 5)
    rows += year_of(nip(5), [SB] * 12, late_from=7)
    rows += year_of(nip(6), [SB] * 12)
    rows += year_of(nip(7), [SB] * 12)
    rows += [skp(nip(8), "2025")] + year_of(nip(8), [SB] * 12)[1:]
    rows += year_of(nip(9), [SB] * 12)  # SKP of a NIP the employee master lacks
    insert_raw(con, "skp", rows)
    day = dt.date(2025, 6, 10)
    surveys = [survey_row("DISPAR-TIC", day, [4] * 9) for _ in range(5)]
    surveys += [survey_row("DISPAR-IBOIH", day, [3] * 9) for _ in range(4)]
    surveys += [survey_row("DISPAR-IBOIH", day, [4] * 9)]  # IKM 80.0
    surveys += [survey_row("DISPAR-KM0", day, [3] * 9) for _ in range(5)]  # 75.0
    surveys += [survey_row("DISPAR-SUMURTIGA", day, [4] * 9) for _ in range(4)]
    insert_raw(con, "survei_ikm", surveys)
    build(con)
    yield con
    con.close()


def nominations(con: duckdb.DuckDBPyConnection, aturan: str) -> list[tuple]:
    rows = fetch(
        con,
        "select kelompok, subjek_kode, peringkat, nominasi from mart_award_nominations"
        " where aturan = ? and tahun = 2025 order by kelompok, peringkat, subjek_kode",
        [aturan],
    )
    return [tuple(r.values()) for r in rows]


def test_best_civil_servant_per_opd(con: duckdb.DuckDBPyConnection) -> None:
    assert nominations(con, "asn_terbaik") == [
        ("DINKES", nip(1), 1, True),
        ("DINKES", nip(2), 2, False),
        ("DISPAR", nip(6), 1, True),  # a tie at the limit nominates both
        ("DISPAR", nip(7), 1, True),
    ]


def test_near_misses_are_explained_by_the_flag_and_counts(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """nip 5 is left out only because of its resistance flag in 2025."""
    flagged = fetch(
        con,
        "select distinct sinyal from mart_flags where subjek_kode = ? and tahun = 2025",
        [nip(5)],
    )
    assert flagged == [{"sinyal": "resistensi"}]
    others = fetch(
        con,
        "select count(*) as n from mart_flags where subjek_kode in (?, ?, ?)",
        [nip(1), nip(6), nip(7)],
    )
    assert others == [{"n": 0}]


def test_a_nip_missing_from_the_master_is_never_nominated(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """An SKP that arrives before the employee master: no name to announce, so no
    candidate (it once left subjek_nama empty and made every ingest fail)."""
    rows = fetch(
        con,
        "select count(*) as n from mart_award_nominations where subjek_kode = ?",
        [nip(9)],
    )
    assert rows[0]["n"] == 0
    assert run_checks(con) == []


def test_person_evidence_names_the_numbers(con: duckdb.DuckDBPyConnection) -> None:
    [row] = fetch(
        con,
        "select bukti, kutipan, nip, nilai, n_periode, n_baik_ke_atas, n_sangat_baik,"
        " data_sampai from mart_award_nominations where subjek_kode = ?",
        [nip(2)],
    )
    assert row["bukti"] == (
        "Predikat tahunan 2025 Sangat Baik; 12 dari 12 penilaian periodik Baik ke "
        "atas (100,0%), 11 di antaranya Sangat Baik; tanpa tanda peringatan pada "
        "2025 dan tanpa tanda aktif"
    )
    assert row["kutipan"] == (
        "Predikat kinerja tahunan 2025 Sangat Baik, 12 dari 12 penilaian periodik "
        "Baik ke atas"
    )
    assert (row["nip"], row["nilai"], row["n_periode"]) == (nip(2), 11.0, 12)
    assert row["data_sampai"] == dt.date(2025, 12, 31)


def test_best_ikm(con: duckdb.DuckDBPyConnection) -> None:
    """TIC (100, 5 responses) first, IBOIH (80.0) second; KM0 (75.0) is below the
    lower bound of grade B and SUMURTIGA (4 responses) is not reliable."""
    assert nominations(con, "ikm_terbaik") == [
        ("kota", "DISPAR-TIC", 1, True),
        ("kota", "DISPAR-IBOIH", 2, False),
    ]
    [row] = fetch(
        con,
        "select bukti, ikm, mutu, subjek_jenis, nip from mart_award_nominations"
        " where aturan = 'ikm_terbaik' and subjek_kode = 'DISPAR-IBOIH'",
    )
    assert (row["ikm"], row["mutu"], row["subjek_jenis"], row["nip"]) == (
        80.0,
        "B",
        "unit",
        None,
    )
    assert row["bukti"].startswith("IKM 2025 80,00 (mutu B, Baik) dari 5 responden")


UNIT_COLUMNS = (
    "unit_kode, tahun, opd_kode, unit_nama, jenis_unit, opd_nama, sektor, "
    "n_bertarget, n_tercapai, rata_capaian_pct"
)
UNITS = [
    # unit, year, opd, sector, indicators with a target, on target, mean attainment
    ("PKM-COT-BAU", 2025, "DINKES", "kesehatan", 4, 3, 110.0),
    ("PKM-COT-BAU", 2024, "DINKES", "kesehatan", 4, 3, 106.0),  # +4 < 5 points
    ("PKM-PRIA-LAOT", 2025, "DINKES", "kesehatan", 4, 2, 108.0),  # old flag only
    ("PKM-PRIA-LAOT", 2024, "DINKES", "kesehatan", 4, 2, 100.0),  # +8
    ("PKM-IBOIH", 2025, "DINKES", "kesehatan", 4, 1, 105.0),
    ("PKM-IBOIH", 2024, "DINKES", "kesehatan", 4, 1, 95.0),  # +10: most improved
    ("PKM-BALOHAN", 2025, "DINKES", "kesehatan", 4, 2, 99.9),  # below 100%
    ("PKM-SUKAJAYA", 2025, "DINKES", "kesehatan", 1, 1, 130.0),  # 1 indicator
    ("PKM-SUKAKARYA", 2025, "DINKES", "kesehatan", 4, 4, 120.0),  # mismatch flag
    ("PKM-SUKAKARYA", 2024, "DINKES", "kesehatan", 4, 2, 90.0),
    ("DISPAR-TIC", 2025, "DISPAR", "pariwisata", 2, 1, 101.0),
    ("DISPAR-TIC", 2024, "DISPAR", "pariwisata", 1, 0, 80.0),  # 1 indicator in 2024
]
UNIT_FLAGS = [
    # unit, signal, period, period end, current: a mismatch of the year, a stagnation
    # of March only (closed before the year's end: does not block)
    ("PKM-SUKAKARYA", "ketidaksesuaian_hasil", "2025", dt.date(2025, 12, 31), False),
    ("PKM-PRIA-LAOT", "stagnasi_unit", "2025-03", dt.date(2025, 3, 31), False),
]


@pytest.fixture(scope="module")
def unit_con(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The same warehouse with hand-set unit outcomes and unit flags."""
    con.execute("delete from mart_unit_outcome_rating")
    for unit, year, opd, sektor, n_target, n_ok, mean in UNITS:
        con.execute(
            f"insert into mart_unit_outcome_rating ({UNIT_COLUMNS}) values "
            "(?, ?, ?, ?, 'puskesmas', ?, ?, ?, ?, ?)",
            [unit, year, opd, unit, opd, sektor, n_target, n_ok, mean],
        )
    for unit, sinyal, periode, end, current in UNIT_FLAGS:
        con.execute(
            "insert into mart_flags (subjek_jenis, subjek_kode, sinyal, periode,"
            " opd_kode, tahun, periode_selesai, terkini, keparahan, pertama_muncul,"
            " lama_periode) values ('unit', ?, ?, ?, 'DINKES', 2025, ?, ?, 'sedang',"
            " ?, 1)",
            [unit, sinyal, periode, end, current, periode],
        )
    build_model(con, "mart_award_nominations")
    return con


def test_best_attainment_per_sector(unit_con: duckdb.DuckDBPyConnection) -> None:
    assert nominations(unit_con, "capaian_sektor") == [
        ("kesehatan", "PKM-COT-BAU", 1, True),
        ("kesehatan", "PKM-PRIA-LAOT", 2, False),
        ("kesehatan", "PKM-IBOIH", 3, False),
        ("pariwisata", "DISPAR-TIC", 1, True),
    ]


def test_equal_means_tie_whatever_the_summation_order(
    unit_con: duckdb.DuckDBPyConnection,
) -> None:
    # the same mean summed in another order differs in the last bit: still a tie
    noisy = (0.1 + 0.2 + 0.3) / 0.6 * 110.0
    assert noisy != 110.0 and round(noisy, 6) == 110.0
    con = unit_con
    con.execute(
        f"insert into mart_unit_outcome_rating ({UNIT_COLUMNS}) values "
        "('PKM-SABANG', 2025, 'DINKES', 'PKM-SABANG', 'puskesmas', 'DINKES', "
        "'kesehatan', 4, 3, ?)",
        [noisy],
    )
    try:
        build_model(con, "mart_award_nominations")
        assert nominations(con, "capaian_sektor")[:2] == [
            ("kesehatan", "PKM-COT-BAU", 1, True),
            ("kesehatan", "PKM-SABANG", 1, True),
        ]
    finally:
        con.execute(
            "delete from mart_unit_outcome_rating where unit_kode = 'PKM-SABANG'"
        )
        build_model(con, "mart_award_nominations")


def test_most_improved_unit(unit_con: duckdb.DuckDBPyConnection) -> None:
    assert nominations(unit_con, "unit_meningkat") == [
        ("kota", "PKM-IBOIH", 1, True),
        ("kota", "PKM-PRIA-LAOT", 2, False),
    ]
    [row] = fetch(
        unit_con,
        "select bukti, kenaikan_poin, rata_capaian_sebelumnya from"
        " mart_award_nominations where aturan = 'unit_meningkat' and peringkat = 1",
    )
    assert (row["kenaikan_poin"], row["rata_capaian_sebelumnya"]) == (10.0, 95.0)
    assert row["bukti"] == (
        "Rata-rata capaian naik 10,0 poin: 95,0% (2024) menjadi 105,0% (2025), 4 "
        "indikator bertarget; tanpa tanda peringatan unit di akhir tahun"
    )


def test_thresholds_follow_the_rules_file(
    unit_con: duckdb.DuckDBPyConnection,
) -> None:
    """Two nominees per sector and a 3-point improvement once aturan says so."""
    set_rule(unit_con, "penghargaan", "sektor_maks_per_sektor", 2)
    set_rule(unit_con, "penghargaan", "meningkat_min_poin", 3)
    try:
        build_model(unit_con, "mart_award_nominations")
        nominees = [r for r in nominations(unit_con, "capaian_sektor") if r[3]]
        assert [r[1] for r in nominees] == [
            "PKM-COT-BAU",
            "PKM-PRIA-LAOT",
            "DISPAR-TIC",
        ]
        improved = [r[1] for r in nominations(unit_con, "unit_meningkat")]
        assert improved == ["PKM-IBOIH", "PKM-PRIA-LAOT", "PKM-COT-BAU"]
    finally:
        set_rule(unit_con, "penghargaan", "sektor_maks_per_sektor", 1)
        set_rule(unit_con, "penghargaan", "meningkat_min_poin", 5)
        build_model(unit_con, "mart_award_nominations")


def test_checks_pass_on_the_nominations(con: duckdb.DuckDBPyConnection) -> None:
    failures = [f for f in run_checks(con) if f.relation == "mart_award_nominations"]
    assert failures == []
