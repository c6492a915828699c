"""mart_predikat_curve: the PermenPANRB 6/2022 distribution curve (DOMAIN.md §1.2) at
its boundaries for all five organisation predikat, and the smallest change.

One warehouse is built by the real pipeline from hand-made raw rows: every test
distribution is a unit of DINKES (no unit code, so the unit is keyed
'DINKES/<unit_kerja>') whose employees hold an annual SKP with the ratings that give
the wanted predikat. Expected values are written out by hand; on top, an independent
Python reading of the rules and a brute-force search over every spread of n people
check compliance and minimality for every unit and all five organisation predikat.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator

import duckdb
import pytest
from model_helpers import build, employee, fetch, insert_raw, new_warehouse, set_rule

from pipelines.checks import run_checks

YEAR = 2025
P = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
# predikat -> (rating hasil kerja, rating perilaku kerja) of the matrix (DOMAIN §1.2)
RATINGS = {
    "Sangat Baik": ("Di Atas Ekspektasi", "Di Atas Ekspektasi"),
    "Baik": ("Sesuai Ekspektasi", "Sesuai Ekspektasi"),
    "Butuh Perbaikan": ("Di Bawah Ekspektasi", "Sesuai Ekspektasi"),
    "Kurang/Misconduct": ("Sesuai Ekspektasi", "Di Bawah Ekspektasi"),
    "Sangat Kurang": ("Di Bawah Ekspektasi", "Di Bawah Ekspektasi"),
}
ORGS = ("Istimewa", "Baik", "Butuh Perbaikan/Cukup", "Kurang", "Sangat Kurang")
IST, BAIK, CUKUP, KURANG, SK = ORGS

# name -> (organisation predikat, counts SB, B, BP, K, SK, complies, smallest change)
# Exact bounds in people: at most p% of n = floor(p*n/100), at least = ceil(p*n/100).
CASES: dict[str, tuple[str, tuple[int, ...], bool, int | None]] = {
    # Istimewa: at most 70% Sangat Baik (n=10: 7; n=7: floor(4.9) = 4)
    "ist_at": (IST, (7, 3, 0, 0, 0), True, 0),
    "ist_over": (IST, (8, 2, 0, 0, 0), False, 1),
    "ist_under": (IST, (6, 4, 0, 0, 0), True, 0),
    "ist_n7_at": (IST, (4, 3, 0, 0, 0), True, 0),
    "ist_n7_over": (IST, (5, 2, 0, 0, 0), False, 1),  # 71,4%
    # Baik: at most 70% Baik, at least one Butuh Perbaikan or Kurang/Misconduct
    "baik_at": (BAIK, (2, 7, 1, 0, 0), True, 0),
    "baik_over": (BAIK, (1, 8, 1, 0, 0), False, 1),
    "baik_under": (BAIK, (3, 6, 1, 0, 0), True, 0),
    "baik_no_bp_k": (BAIK, (3, 7, 0, 0, 0), False, 1),
    "baik_k_counts": (BAIK, (3, 7, 0, 1, 0), True, 0),  # n=11: 7 <= floor(7,7)
    "baik_sk_allowed": (BAIK, (0, 7, 1, 0, 2), True, 0),
    "baik_all_baik": (BAIK, (0, 10, 0, 0, 0), False, 3),  # 3 over, 1 of them to BP/K
    "baik_n1": (BAIK, (0, 1, 0, 0, 0), False, 1),  # floor(0,7) = 0 Baik allowed
    # Butuh Perbaikan/Cukup: at least 60% BP, at most 10% Sangat Baik
    "cukup_at": (CUKUP, (1, 3, 6, 0, 0), True, 0),
    "cukup_under": (CUKUP, (1, 4, 5, 0, 0), False, 1),
    "cukup_over": (CUKUP, (1, 2, 7, 0, 0), True, 0),
    "cukup_sb_over": (CUKUP, (2, 2, 6, 0, 0), False, 1),
    "cukup_both": (CUKUP, (2, 3, 5, 0, 0), False, 1),  # one SB -> BP fixes both
    "cukup_n7_at": (CUKUP, (0, 2, 5, 0, 0), True, 0),  # ceil(4,2) = 5
    "cukup_n7_under": (CUKUP, (0, 3, 4, 0, 0), False, 1),
    "cukup_n7_sb": (CUKUP, (1, 1, 5, 0, 0), False, 1),  # floor(0,7) = 0 SB allowed
    # Kurang: at least 60% Kurang/Misconduct, 10% BP, at most 10% Sangat Baik
    "kurang_at": (KURANG, (1, 2, 1, 6, 0), True, 0),
    "kurang_under": (KURANG, (1, 3, 1, 5, 0), False, 1),
    "kurang_no_bp": (KURANG, (1, 3, 0, 6, 0), False, 1),
    "kurang_sb_over": (KURANG, (2, 1, 1, 6, 0), False, 1),
    "kurang_all_baik": (KURANG, (0, 10, 0, 0, 0), False, 7),
    "kurang_n3": (KURANG, (0, 0, 1, 2, 0), True, 0),  # ceil(1,8)=2, ceil(0,3)=1
    "kurang_n2": (KURANG, (0, 2, 0, 0, 0), False, None),  # needs 2 + 1 > 2 people
    # Sangat Kurang: at least 60% SK, 10% Kurang/Misconduct or BP, no Sangat Baik
    "sk_at": (SK, (0, 3, 1, 0, 6), True, 0),
    "sk_under": (SK, (0, 4, 0, 1, 5), False, 1),
    "sk_no_k_bp": (SK, (0, 4, 0, 0, 6), False, 1),
    "sk_k_counts": (SK, (0, 3, 0, 1, 6), True, 0),
    "sk_one_sb": (SK, (1, 2, 1, 0, 6), False, 1),
    "sk_sb_and_short": (SK, (1, 3, 0, 0, 6), False, 1),  # SB -> K/BP fixes both
}


def _random_cases() -> dict[str, tuple[int, ...]]:
    """Spreads of 1..12 people, for the brute-force check of minimality."""
    rng = random.Random(20250601)
    found = {}
    for i in range(40):
        n = rng.randint(1, 12)
        cuts = sorted(rng.randint(0, n) for _ in range(4))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
        found[f"acak_{i:02d}"] = tuple(parts)
    return found


RANDOM = _random_cases()


def _nip(i: int) -> str:
    return f"19800101200501{i:04d}"


def _unit_rows(units: dict[str, tuple[int, ...]]) -> tuple[list[dict], list[dict]]:
    people, skp = [], []
    counter = itertools.count(1)
    for name, counts in units.items():
        for predikat, k in zip(P, counts, strict=True):
            for _ in range(k):
                nip = _nip(next(counter))
                row = employee(nip, unit_kode=None)
                row["unit_kerja"] = name
                people.append(row)
                hasil, perilaku = RATINGS[predikat]
                skp.append(
                    {
                        "nip": nip,
                        "periode": str(YEAR),
                        "rating_hasil_kerja": hasil,
                        "rating_perilaku_kerja": perilaku,
                    }
                )
    return people, skp


@pytest.fixture(scope="module")
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    units = {name: case[1] for name, case in CASES.items()} | RANDOM
    people, skp = _unit_rows(units)
    insert_raw(con, "pegawai", people)
    insert_raw(con, "skp", skp)
    build(con)
    yield con
    con.close()


def _row(con: duckdb.DuckDBPyConnection, unit: str, org: str) -> dict:
    rows = fetch(
        con,
        "select * from mart_predikat_curve where tingkat = 'unit' and subjek_kode = ? "
        "and tahun = ? and predikat_organisasi = ?",
        [f"DINKES/{unit}", YEAR, org],
    )
    assert len(rows) == 1, (unit, org, rows)
    return rows[0]


# --- an independent reading of DOMAIN.md §1.2 -----------------------------------------


def _floor(pct: int, n: int) -> int:
    return pct * n // 100


def _ceil(pct: int, n: int) -> int:
    return -(-pct * n // 100)


def complies(org: str, c: tuple[int, ...]) -> bool:
    sb, b, bp, k, sk = c
    n = sum(c)
    if org == IST:
        return sb <= _floor(70, n)
    if org == BAIK:
        return b <= _floor(70, n) and bp + k >= 1
    if org == CUKUP:
        return bp >= _ceil(60, n) and sb <= _floor(10, n)
    if org == KURANG:
        return k >= _ceil(60, n) and bp >= _ceil(10, n) and sb <= _floor(10, n)
    return sk >= _ceil(60, n) and k + bp >= _ceil(10, n) and sb == 0


def brute_force_moves(org: str, c: tuple[int, ...]) -> int | None:
    """The fewest people whose predikat must differ, over every spread of n people
    (None when no spread complies)."""
    n, best = sum(c), None
    for cuts in itertools.combinations_with_replacement(range(n + 1), 4):
        spread = tuple(b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True))
        if complies(org, spread):
            moves = sum(max(0, x - y) for x, y in zip(c, spread, strict=True))
            best = moves if best is None else min(best, moves)
    return best


def apply_steps(c: tuple[int, ...], steps: list[dict]) -> tuple[int, ...] | None:
    """The spread after the mart's steps; a step to 'any other predikat' (ke NULL)
    or to a group may go to any member: try every choice, return one that complies
    (the caller checks) or the first."""
    spreads = [list(c)]
    for step in steps:
        source = step["dari"]
        targets = step["ke"] or [p for p in P if p not in source]
        assert len(source) == 1, step  # donors here are single predikat
        nxt = []
        for spread in spreads:
            i = P.index(source[0])
            assert spread[i] >= step["jumlah"], (spread, step)
            for target in targets:
                moved = list(spread)
                moved[i] -= step["jumlah"]
                moved[P.index(target)] += step["jumlah"]
                nxt.append(moved)
        spreads = nxt
    return spreads


# --- hand-written expectations --------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_at_its_cut_off(wh: duckdb.DuckDBPyConnection, name: str) -> None:
    org, counts, ok, moves = CASES[name]
    row = _row(wh, name, org)
    got = tuple(
        row[c]
        for c in (
            "n_sangat_baik",
            "n_baik",
            "n_butuh_perbaikan",
            "n_kurang",
            "n_sangat_kurang",
        )
    )
    assert got == counts
    assert row["n_dinilai"] == sum(counts)
    assert row["sesuai"] is ok
    assert row["perubahan_minimal"] == moves
    assert row["layak"] is (moves is not None)
    assert (row["aturan_gagal"] is None) is ok
    assert row["kecil"] is (sum(counts) < 5)


def test_texts_of_a_unit_over_the_baik_cap(wh: duckdb.DuckDBPyConnection) -> None:
    row = _row(wh, "baik_over", BAIK)
    assert row["aturan_gagal"] == (
        "Baik 8 dari 10 orang (80,0%), melebihi batas 70% (paling banyak 7 orang)"
    )
    assert row["saran"] == (
        "Paling sedikit 1 pegawai harus berpredikat lain: "
        "1 orang dari Baik ke predikat selain Baik"
    )
    assert json.loads(row["langkah"]) == [{"jumlah": 1, "dari": ["Baik"], "ke": None}]


def test_texts_when_there_is_no_butuh_perbaikan(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    row = _row(wh, "baik_no_bp_k", BAIK)
    assert row["aturan_gagal"] == (
        "Tidak ada Butuh Perbaikan atau Kurang/Misconduct, padahal wajib paling "
        "sedikit 1 orang"
    )
    # the donor is where most people are: Baik (7) rather than Sangat Baik (3)
    assert json.loads(row["langkah"]) == [
        {"jumlah": 1, "dari": ["Baik"], "ke": ["Butuh Perbaikan", "Kurang/Misconduct"]}
    ]


def test_steps_of_an_all_baik_unit_under_each_predikat(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    """Ten people rated Baik, by hand: Baik org: 3 over the 7 allowed, one of them to
    BP/K; Cukup: 6 BP needed; Kurang: 6 Kurang + 1 BP; Sangat Kurang: 6 SK + 1 K/BP."""
    expected = {
        IST: [],
        BAIK: [
            {
                "jumlah": 1,
                "dari": ["Baik"],
                "ke": ["Butuh Perbaikan", "Kurang/Misconduct"],
            },
            {"jumlah": 2, "dari": ["Baik"], "ke": None},
        ],
        CUKUP: [{"jumlah": 6, "dari": ["Baik"], "ke": ["Butuh Perbaikan"]}],
        KURANG: [
            {"jumlah": 6, "dari": ["Baik"], "ke": ["Kurang/Misconduct"]},
            {"jumlah": 1, "dari": ["Baik"], "ke": ["Butuh Perbaikan"]},
        ],
        SK: [
            {"jumlah": 6, "dari": ["Baik"], "ke": ["Sangat Kurang"]},
            {
                "jumlah": 1,
                "dari": ["Baik"],
                "ke": ["Kurang/Misconduct", "Butuh Perbaikan"],
            },
        ],
    }
    for org, steps in expected.items():
        row = _row(wh, "baik_all_baik", org)
        assert json.loads(row["langkah"]) == steps, org
        assert row["perubahan_minimal"] == sum(s["jumlah"] for s in steps), org


def test_excess_sangat_baik_fills_the_shortfall_first(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    """Cukup with 2 SB (1 allowed) and 5 BP (6 needed): one SB -> BP fixes both."""
    row = _row(wh, "cukup_both", CUKUP)
    assert json.loads(row["langkah"]) == [
        {"jumlah": 1, "dari": ["Sangat Baik"], "ke": ["Butuh Perbaikan"]}
    ]
    assert (
        "Sangat Baik 2 dari 10 orang (20,0%), melebihi batas 10%" in row["aturan_gagal"]
    )


def test_a_spread_too_small_for_the_lower_bounds_is_impossible(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    row = _row(wh, "kurang_n2", KURANG)
    assert row["layak"] is False and row["perubahan_minimal"] is None
    assert row["saran"] == (
        "Tidak mungkin dipenuhi: batas paling sedikit memerlukan 3 orang, yang "
        "dinilai hanya 2 orang"
    )
    assert json.loads(row["langkah"]) == []


# --- every unit, every organisation predikat: the rules and minimality ----------------


def _all_units() -> dict[str, tuple[int, ...]]:
    return {name: case[1] for name, case in CASES.items()} | RANDOM


def test_every_unit_matches_the_rules_and_the_brute_force_minimum(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    checked = 0
    for name, counts in _all_units().items():
        for org in ORGS:
            row = _row(wh, name, org)
            assert row["sesuai"] is complies(org, counts), (name, org)
            assert row["perubahan_minimal"] == brute_force_moves(org, counts), (
                name,
                org,
                counts,
            )
            checked += 1
    assert checked == 5 * len(_all_units())


def test_the_steps_move_exactly_the_minimum_and_make_the_spread_comply(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    for name, counts in _all_units().items():
        for org in ORGS:
            row = _row(wh, name, org)
            steps = json.loads(row["langkah"])
            if not row["layak"] or row["sesuai"]:
                assert steps == [], (name, org)
                continue
            assert sum(s["jumlah"] for s in steps) == row["perubahan_minimal"]
            after = apply_steps(counts, steps)
            assert any(complies(org, tuple(s)) for s in after), (name, org, steps)


def test_rincian_lists_every_rule_with_its_exact_people_bound(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    row = _row(wh, "ist_n7_over", KURANG)  # n = 7
    rules = json.loads(row["rincian"])
    assert [
        (r["batas"], r["kelompok"], r["nilai"], r["batas_orang"]) for r in rules
    ] == [
        ("min", ["Kurang/Misconduct"], 60.0, 5),  # ceil(4,2)
        ("min", ["Butuh Perbaikan"], 10.0, 1),  # ceil(0,7)
        ("maks", ["Sangat Baik"], 10.0, 0),  # floor(0,7)
    ]


# --- which organisation predikat applies; rules from aturan.toml ----------------------


def test_default_organisation_predikat_is_baik(wh: duckdb.DuckDBPyConnection) -> None:
    rows = fetch(
        wh,
        "select tingkat, predikat_organisasi, sumber_predikat_organisasi "
        "from mart_predikat_curve where berlaku order by tingkat, subjek_kode limit 3",
    )
    assert {r["predikat_organisasi"] for r in rows} == {"Baik"}
    assert {r["sumber_predikat_organisasi"] for r in rows} == {"bawaan"}
    one = fetch(
        wh,
        "select count(*) as n from mart_predikat_curve "
        "group by tingkat, subjek_kode, tahun "
        "having count(*) filter (where berlaku) <> 1",
    )
    assert one == []


def test_checks_pass_on_the_curve(wh: duckdb.DuckDBPyConnection) -> None:
    relations = {
        "mart_predikat_curve",
        "ref_predikat_organisasi",
        "mart_employee_training",
    }
    assert [f for f in run_checks(wh) if f.relation in relations] == []


def _small_warehouse() -> duckdb.DuckDBPyConnection:
    con = new_warehouse()
    people, skp = _unit_rows({"Unit A": (1, 8, 1, 0, 0)})
    insert_raw(con, "pegawai", people)
    insert_raw(con, "skp", skp)
    return con


def test_organisation_predikat_from_the_reference_file() -> None:
    con = _small_warehouse()
    try:
        con.execute(
            "insert into ref_predikat_organisasi values "
            "('DINKES', 2025, 'Cukup', 'LHE SAKIP 2025'), "
            "('KOTA', 2025, 'istimewa', 'LHE kota')"
        )
        build(con)
        rows = fetch(
            con,
            "select tingkat, predikat_organisasi, sumber_predikat_organisasi, "
            "keterangan_predikat_organisasi, sesuai from mart_predikat_curve "
            "where berlaku order by tingkat",
        )
        assert [
            (r["tingkat"], r["predikat_organisasi"], r["sumber_predikat_organisasi"])
            for r in rows
        ] == [
            ("kota", "Istimewa", "referensi"),
            ("opd", "Butuh Perbaikan/Cukup", "referensi"),
            ("unit", "Butuh Perbaikan/Cukup", "referensi"),
        ]
        assert rows[1]["keterangan_predikat_organisasi"] == "LHE SAKIP 2025"
        assert [f.check for f in run_checks(con)] == []
    finally:
        con.close()


def test_an_unknown_organisation_predikat_fails_the_checks() -> None:
    con = _small_warehouse()
    try:
        con.execute(
            "insert into ref_predikat_organisasi values ('DINKES', 2025, 'Bagus', '')"
        )
        build(con)
        failed = [f for f in run_checks(con) if f.relation == "ref_predikat_organisasi"]
        assert [f.check for f in failed] == ["organisation_predikat_known"]
        berlaku = fetch(
            con,
            "select predikat_organisasi from mart_predikat_curve "
            "where berlaku and tingkat = 'opd'",
        )
        assert berlaku == [{"predikat_organisasi": "Baik"}]
    finally:
        con.close()


def test_thresholds_come_from_aturan_toml() -> None:
    """BKPSDM raises the Baik cap to 80%: 8 Baik of 10 then complies; removing a key
    fails the build's checks instead of silently dropping the rule."""
    con = _small_warehouse()
    try:
        set_rule(con, "kurva.baik", "maks_baik_pct", 80)
        build(con)
        row = fetch(
            con,
            "select sesuai from mart_predikat_curve where tingkat = 'unit' "
            "and predikat_organisasi = 'Baik'",
        )
        assert row == [{"sesuai": True}]
        con.execute(
            "delete from ref_aturan where bagian = 'kurva.kurang' "
            "and kunci = 'min_kurang_pct'"
        )
        build(con)
        checks = {f.check for f in run_checks(con)}
        assert "curve_rules_complete" in checks
    finally:
        con.close()


def test_latest_periodic_predikat_counts_when_no_annual_skp() -> None:
    con = new_warehouse()
    try:
        insert_raw(
            con,
            "pegawai",
            [
                {**employee(_nip(1), unit_kode=None), "unit_kerja": "Unit B"},
                {**employee(_nip(2), unit_kode=None), "unit_kerja": "Unit B"},
            ],
        )
        insert_raw(
            con,
            "skp",
            [
                {
                    "nip": _nip(1),
                    "periode": "2025",
                    "rating_hasil_kerja": "Sesuai Ekspektasi",
                    "rating_perilaku_kerja": "Sesuai Ekspektasi",
                },
                {
                    "nip": _nip(2),
                    "periode": "2025-03",
                    "rating_hasil_kerja": "Di Atas Ekspektasi",
                    "rating_perilaku_kerja": "Di Atas Ekspektasi",
                },
                {
                    "nip": _nip(2),
                    "periode": "2025-04",
                    "rating_hasil_kerja": "Di Bawah Ekspektasi",
                    "rating_perilaku_kerja": "Sesuai Ekspektasi",
                },
            ],
        )
        build(con)
        row = fetch(
            con,
            "select n_dinilai, n_baik, n_butuh_perbaikan, n_dari_tahunan, "
            "sumber_predikat from mart_predikat_curve "
            "where tingkat = 'unit' and berlaku",
        )
        assert row == [
            {
                "n_dinilai": 2,
                "n_baik": 1,
                "n_butuh_perbaikan": 1,  # April's, the latest periodic one
                "n_dari_tahunan": 1,
                "sumber_predikat": "campuran",
            }
        ]
    finally:
        con.close()
