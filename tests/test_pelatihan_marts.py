"""Marts of Kebutuhan Pelatihan (mart_training_gap_opd, mart_training_opd): given rows
-> expected rows, at the boundaries of the rules (PNS 19,5 vs 20 JP, PPPK 24 vs 24,5
JP, the latest assessment by the end of each year, the route map matched without
regard to case)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from model_helpers import build, employee, fetch, insert_raw, new_warehouse, skp

from pipelines.checks import run_checks


def nip(i: int) -> str:
    """A valid PNS NIP (born 1980-01-01, CPNS 2005-01, male), sequence i."""
    return f"198001012005011{i:03d}"


def pppk(i: int) -> str:
    """A PPPK NI (born 1990-01-01, appointed 2020), sequence i."""
    return f"199001012020012{i:03d}"


def assessment(who: str, kompetensi: str, standar: int, aktual: int, day: dt.date):
    return dict(
        nip=who,
        kompetensi=kompetensi,
        level_standar=standar,
        level_aktual=aktual,
        tanggal_asesmen=day,
    )


def course(who: str, name: str, jp: float, day: dt.date, jalur: str | None = None):
    return dict(nip=who, nama_pelatihan=name, jp=jp, tanggal_mulai=day, jalur=jalur)


@pytest.fixture()
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    yield con
    con.close()


# ---------------------------------------------------------------- competency gaps


def test_gaps_per_opd_competency_and_year(wh: duckdb.DuckDBPyConnection) -> None:
    a, b, c, d = nip(1), nip(2), pppk(3), nip(4)
    insert_raw(
        wh,
        "pegawai",
        [
            employee(a),
            employee(b),
            employee(c, "PPPK"),
            employee(d, opd_kode="DISPAR", unit_kode="DISPAR-TIC"),
        ],
    )
    # SKP in 2025 and 2026 make both years (cut-off: March 2026)
    insert_raw(
        wh, "skp", [skp(who, "2025-06") for who in (a, b, c, d)] + [skp(a, "2026-03")]
    )
    insert_raw(
        wh,
        "kompetensi",
        [
            assessment(a, "Pelayanan Publik", 3, 2, dt.date(2025, 5, 1)),  # gap 1
            assessment(b, "Pelayanan Publik", 4, 2, dt.date(2025, 5, 1)),  # gap 2
            assessment(c, "Pelayanan Publik", 3, 3, dt.date(2025, 5, 1)),  # no gap
            # lower case still matches the route map; closed in 2026
            assessment(c, "analisis data", 3, 1, dt.date(2025, 5, 2)),
            assessment(c, "analisis data", 3, 3, dt.date(2026, 2, 1)),
            # not in the route map: the default route
            assessment(d, "Bahasa Aceh", 2, 1, dt.date(2025, 5, 3)),
        ],
    )
    build(wh)
    rows = fetch(
        wh,
        """
        select tahun, opd_kode, kompetensi, n_dinilai, n_kesenjangan,
            round(pct_kesenjangan, 2) as pct, jumlah_kesenjangan, rata_kesenjangan,
            jalur, bentuk, jp, rute_bawaan
        from mart_training_gap_opd order by tahun, opd_kode, kompetensi""",
    )
    # fmt: off
    assert [tuple(r.values()) for r in rows] == [
        (2025, "DINKES", "Pelayanan Publik", 3, 2, 66.67, 3, 1.5, "klasikal",
         "pelatihan", 24.0, False),
        (2025, "DINKES", "analisis data", 1, 1, 100.0, 2, 2.0, "nonklasikal",
         "e_learning", 16.0, False),
        (2025, "DISPAR", "Bahasa Aceh", 1, 1, 100.0, 1, 1.0, "nonklasikal",
         "coaching", 10.0, True),
        (2026, "DINKES", "Pelayanan Publik", 3, 2, 66.67, 3, 1.5, "klasikal",
         "pelatihan", 24.0, False),
        (2026, "DINKES", "analisis data", 1, 0, 0.0, 0, None, "nonklasikal",
         "e_learning", 16.0, False),
        (2026, "DISPAR", "Bahasa Aceh", 1, 1, 100.0, 1, 1.0, "nonklasikal",
         "coaching", 10.0, True),
    ]
    # fmt: on
    # In the cut-off year the counts are the rows of mart_training_needs.
    needs = fetch(
        wh,
        """
        select opd_kode, kompetensi, count(*) as n from mart_training_needs
        group by all order by all""",
    )
    gaps = fetch(
        wh,
        """
        select opd_kode, kompetensi, n_kesenjangan as n from mart_training_gap_opd
        where tahun = 2026 and n_kesenjangan > 0 order by all""",
    )
    assert needs == gaps
    assert run_checks(wh) == []


def test_gaps_skip_people_missing_from_the_master(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    a, ghost = nip(1), nip(9)
    insert_raw(wh, "pegawai", [employee(a)])
    insert_raw(wh, "skp", [skp(a, "2025-06")])
    insert_raw(
        wh,
        "kompetensi",
        [
            assessment(a, "Integritas", 3, 2, dt.date(2025, 5, 1)),
            assessment(ghost, "Integritas", 3, 1, dt.date(2025, 5, 1)),
        ],
    )
    build(wh)
    rows = fetch(
        wh, "select opd_kode, n_dinilai, n_kesenjangan from mart_training_gap_opd"
    )
    assert rows == [{"opd_kode": "DINKES", "n_dinilai": 1, "n_kesenjangan": 1}]


# ---------------------------------------------------------------- JP per OPD


def test_jp_compliance_at_the_boundaries(wh: duckdb.DuckDBPyConnection) -> None:
    under, exact, none = nip(1), nip(2), nip(3)
    cap, over, part_time = pppk(4), pppk(5), pppk(6)
    insert_raw(
        wh,
        "pegawai",
        [
            employee(under),
            employee(exact),
            employee(none),
            employee(cap, "PPPK"),
            employee(over, "PPPK"),
            employee(part_time, "PPPK_PARUH_WAKTU"),
        ],
    )
    insert_raw(wh, "skp", [skp(under, "2025-12"), skp(under, "2026-03")])
    day = dt.date(2025, 3, 1)
    insert_raw(
        wh,
        "pelatihan",
        [
            course(under, "A", 19.5, day, "klasikal"),
            course(exact, "A", 12, day, "klasikal"),
            course(exact, "B", 8, day, "nonklasikal"),
            course(cap, "A", 24, day, "nonklasikal"),
            course(over, "A", 24.5, day),  # no jalur: counts in jp_total only
            course(part_time, "A", 30, day, "nonklasikal"),
            course(exact, "C", 40, dt.date(2026, 2, 1), "klasikal"),  # next year
        ],
    )
    insert_raw(
        wh,
        "kompetensi",
        [
            assessment(under, "Integritas", 3, 2, dt.date(2025, 5, 1)),
            assessment(exact, "Integritas", 3, 3, dt.date(2025, 5, 1)),
        ],
    )
    build(wh)
    [y2025, y2026] = fetch(
        wh,
        """
        select tahun, tahun_berjalan, n_pegawai, n_pns, n_pns_memenuhi, n_pns_kurang,
            n_pns_tanpa_jp, round(pct_pns_memenuhi, 2) as pct, jumlah_jp_pns,
            round(rata_jp_pns, 2) as rata_pns, n_pppk, n_pppk_melebihi_batas,
            jumlah_jp_pppk, jp_klasikal, jp_nonklasikal, jp_total,
            round(pct_jp_nonklasikal, 2) as pct_non, n_dinilai_kompetensi,
            n_dengan_kesenjangan, data_sampai
        from mart_training_opd where opd_kode = 'DINKES' order by tahun""",
    )
    assert y2025 == {
        "tahun": 2025,
        "tahun_berjalan": False,
        "n_pegawai": 6,
        "n_pns": 3,
        "n_pns_memenuhi": 1,  # 20 JP
        "n_pns_kurang": 2,  # 19,5 JP and 0 JP
        "n_pns_tanpa_jp": 1,
        "pct": 33.33,
        "jumlah_jp_pns": 39.5,
        "rata_pns": 13.17,
        "n_pppk": 3,
        "n_pppk_melebihi_batas": 2,  # 24,5 and 30 JP; 24 is within
        "jumlah_jp_pppk": 78.5,
        "jp_klasikal": 31.5,
        "jp_nonklasikal": 62.0,
        "jp_total": 118.0,
        "pct_non": 66.31,
        "n_dinilai_kompetensi": 2,
        "n_dengan_kesenjangan": 1,
        "data_sampai": dt.date(2026, 3, 31),
    }
    assert y2026["tahun_berjalan"] is True  # data up to March 2026
    assert (y2026["n_pns_memenuhi"], y2026["n_pns_kurang"]) == (1, 2)
    assert y2026["n_pppk_melebihi_batas"] == 0
    # the same share as the OPD league table's
    [(league,)] = wh.execute(
        "select pct_jp_memenuhi from mart_opd_period "
        "where opd_kode = 'DINKES' and tahun = 2025"
    ).fetchall()
    assert league == pytest.approx(100 / 3)
    assert run_checks(wh) == []


# ---------------------------------------------------------------- sample warehouse


def test_training_marts_on_the_sample(sample_warehouse: Path) -> None:
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        dinkes = fetch(
            con,
            """
            select n_pns, n_pns_memenuhi, n_pppk, n_dinilai_kompetensi,
                n_dengan_kesenjangan
            from mart_training_opd where opd_kode = 'DINKES' and tahun = 2025""",
        )
        totals = fetch(
            con,
            """
            select (select sum(n_kesenjangan) from mart_training_gap_opd
                    where tahun = 2025) as gaps,
                (select count(*) from mart_training_needs) as needs,
                (select sum(n_dengan_kesenjangan) from mart_training_opd
                    where tahun = 2025) as people,
                (select count(distinct nip) from mart_training_needs) as needs_people
        """,
        )
    finally:
        con.close()
    assert dinkes == [
        {
            "n_pns": 14,
            "n_pns_memenuhi": 10,
            "n_pppk": 6,
            "n_dinilai_kompetensi": 18,
            "n_dengan_kesenjangan": 16,
        }
    ]
    assert totals[0]["gaps"] == totals[0]["needs"] == 57
    assert totals[0]["people"] == totals[0]["needs_people"] == 30


# ---------------------------------------------------------------- checks


def _one_row(relation: str, where: str = "true") -> str:
    return f"rowid = (select min(rowid) from {relation} where {where})"


# The same plants belong in tests/test_checks.py ROW_RULE_PLANTS.
TRAINING_PLANTS = {
    "training_gap_opd_counts": (
        "update mart_training_gap_opd set n_kesenjangan = n_dinilai + 1 where "
        + _one_row("mart_training_gap_opd")
    ),
    "training_opd_counts": (
        "update mart_training_opd set n_pns_kurang = n_pns_kurang + 1 where "
        + _one_row("mart_training_opd")
    ),
}


@pytest.mark.parametrize("name", sorted(TRAINING_PLANTS))
def test_row_rules_catch_a_bad_row(
    sample_warehouse: Path, tmp_path: Path, name: str
) -> None:
    from pipelines.checks import ROW_RULES, check_row_rule

    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(sample_warehouse.read_bytes())
    con = duckdb.connect(str(copy))
    try:
        [spec] = [r for r in ROW_RULES if r.name == name]
        assert check_row_rule(con, spec) is None
        con.execute(TRAINING_PLANTS[name])
        failure = check_row_rule(con, spec)
    finally:
        con.close()
    assert failure is not None and failure.check == name
    assert "(1 baris)" in failure.message
