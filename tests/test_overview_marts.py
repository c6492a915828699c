"""The leadership marts at their boundaries, and attainment recomputed by hand.

- mart_opd_outcome_rating: the OPD-level outcome-vs-rating rule (PRODUCT.md §5) for
  OPDs whose staff do not sit in the units carrying the indicators (DPMG and its
  gampong): the 50% lines on both sides, suppression under 5 people rated, a
  city-level result counted when an indicator is not measured per unit, a changed
  threshold in ref_aturan.
- berjalan / is_latest_graded_in_year: a quarter still running at the data cut-off
  is marked and not graded; a yearly value is never "running".
- the row rules declared for these marts catch a planted bad row.
- attainment and status of every puskesmas result recomputed from the raw export rows
  of data/sample and the reference files, against what the drill-down shows.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd
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

from dashboard import queries
from dashboard.access import FULL_ACCESS
from pipelines.checks import ROW_RULES, check_row_rule
from pipelines.reference import ReferenceError, load_reference

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"


@pytest.fixture()
def wh() -> duckdb.DuckDBPyConnection:
    con = new_warehouse()
    yield con
    con.close()


def _staff(con: duckdb.DuckDBPyConnection, good: int, other: int = 0) -> None:
    """`good` DPMG staff rated Baik and `other` rated Sangat Kurang in November 2025
    (the monthly SKP also puts the data cut-off at 30 November 2025)."""
    people, ratings = [], []
    for i in range(good + other):
        nip = f"19800101200501{1000 + i:04d}"
        people.append(employee(nip, opd_kode="DPMG", unit_kode="DPMG-SEKRETARIAT"))
        rating = "Sesuai Ekspektasi" if i < good else "Di Bawah Ekspektasi"
        ratings.append(skp(nip, "2025-11", rating, rating))
    insert_raw(con, "pegawai", people)
    insert_raw(con, "skp", ratings)


def _participation(con: duckdb.DuckDBPyConnection, values: dict[str, int]) -> None:
    """PMD-PARTISIPASI of 2025-Q3 per gampong, out of 100 residents (target 68%,
    amber at 90% of it: 61.2 residents)."""
    insert_raw(con, "realisasi_indikator", [
        dict(kode_indikator="PMD-PARTISIPASI", unit=g, unit_kode=g, gampong=g,
             gampong_kode=g, periode="2025-Q3", realisasi=float(n), pembilang=n,
             penyebut=100)
        for g, n in values.items()
    ])  # fmt: skip


def _dpmg(con: duckdb.DuckDBPyConnection) -> dict:
    [row] = fetch(
        con,
        "select * from mart_opd_outcome_rating where opd_kode = 'DPMG' "
        "and tahun = 2025",
    )
    return row


FOUR = ("SKJ-JABOI", "SKJ-BEURAWANG", "SKJ-PAYA", "SKJ-KEUNEUKAI")


def test_half_the_results_missed_with_staff_rated_baik_is_a_mismatch(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    _staff(wh, good=5)
    # 30 and 61 are below the amber line (61.2), 62 is just above it, 70 on target
    _participation(wh, dict(zip(FOUR, (30, 61, 62, 70), strict=True)))
    build(wh)
    row = _dpmg(wh)
    assert (row["n_hasil"], row["n_bertarget"], row["n_tidak_tercapai"]) == (4, 4, 2)
    assert (row["n_tercapai"], row["n_mendekati"]) == (1, 1)
    assert row["pct_tidak_tercapai"] == pytest.approx(50.0)  # the line itself
    assert row["pct_baik_ke_atas"] == pytest.approx(100.0)
    assert row["ditekan"] is False and row["mismatch"] is True
    assert row["n_unit"] == 4 and row["n_unit_meleset"] == 2
    assert row["unit_meleset"] == "Gampong Beurawang (1/1), Gampong Jaboi (1/1)"
    assert row["sektor"] == "pemberdayaan"


def test_fewer_results_missed_is_consistent(wh: duckdb.DuckDBPyConnection) -> None:
    _staff(wh, good=5)
    _participation(wh, dict(zip(FOUR, (30, 62, 62, 70), strict=True)))  # 1 of 4
    build(wh)
    row = _dpmg(wh)
    assert row["pct_tidak_tercapai"] == pytest.approx(25.0)
    assert row["mismatch"] is False


def test_half_the_staff_baik_is_not_most(wh: duckdb.DuckDBPyConnection) -> None:
    _staff(wh, good=3, other=3)  # 50% Baik: the rule wants more than half
    _participation(wh, dict(zip(FOUR, (30, 40, 50, 70), strict=True)))
    build(wh)
    row = _dpmg(wh)
    assert row["pct_baik_ke_atas"] == pytest.approx(50.0)
    assert row["mismatch"] is False


def test_fewer_than_five_rated_is_suppressed(wh: duckdb.DuckDBPyConnection) -> None:
    _staff(wh, good=4)
    _participation(wh, dict(zip(FOUR, (30, 40, 50, 70), strict=True)))
    build(wh)
    row = _dpmg(wh)
    assert row["ditekan"] is True and row["n_dinilai"] == 4
    assert row["pct_baik_ke_atas"] is None and row["mismatch"] is None
    assert row["n_tidak_tercapai"] == 3  # the outcome side stays visible


def test_threshold_comes_from_the_rules_table(wh: duckdb.DuckDBPyConnection) -> None:
    _staff(wh, good=5)
    _participation(wh, dict(zip(FOUR, (30, 40, 62, 70), strict=True)))  # 2 of 4
    set_rule(wh, "sinyal", "ketidaksesuaian_min_pct_indikator_gagal", 60)
    build(wh)
    assert _dpmg(wh)["mismatch"] is False
    set_rule(wh, "sinyal", "ketidaksesuaian_min_pct_indikator_gagal", 50)
    build(wh)
    assert _dpmg(wh)["mismatch"] is True


def test_city_result_counts_when_not_measured_per_unit(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    """DINKES: IDL per puskesmas (2 results) plus KES-UCI, which only exists for the
    city (1 result): 3 results in all."""
    insert_raw(wh, "pegawai", [employee("198001012005011001")])
    insert_raw(wh, "skp", [skp("198001012005011001", "2025-11")])
    insert_raw(wh, "realisasi_indikator", [
        dict(kode_indikator="KES-IDL", unit=u, unit_kode=u, gampong=g,
             gampong_kode=g, periode="2025-11", realisasi=n, pembilang=n,
             penyebut=100)
        for u, g, n in (("PKM-COT-BAU", "SKJ-COT-BAU", 95),
                        ("PKM-BALOHAN", "SKJ-BALOHAN", 40))
    ])  # fmt: skip
    build(wh)
    [row] = fetch(
        wh,
        "select * from mart_opd_outcome_rating where opd_kode = 'DINKES' "
        "and tahun = 2025",
    )
    # IDL: November alone vs 91.7%: Cot Ba'u 95 on target, Balohan 40 below; UCI of
    # the city: 1 of 2 gampong at or above the UCI line (73.3%) = 50% vs 100% below
    assert (row["n_hasil"], row["n_unit"], row["n_indikator"]) == (3, 2, 2)
    assert row["n_tidak_tercapai"] == 2
    assert row["ditekan"] is True  # one person rated


# ---------------------------------------------------------------- running periods


def test_running_quarter_is_marked_and_not_graded(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    _staff(wh, good=1)  # monthly SKP of November: cut-off 30 November 2025
    insert_raw(wh, "realisasi_indikator", [
        dict(kode_indikator="PMD-PARTISIPASI", unit="SKJ-PAYA", unit_kode="SKJ-PAYA",
             gampong="SKJ-PAYA", gampong_kode="SKJ-PAYA", periode=p,
             realisasi=float(n), pembilang=n, penyebut=100)
        for p, n in (("2025-Q3", 70), ("2025-Q4", 20))
    ] + [
        dict(kode_indikator="PMD-IDM", unit="SKJ-PAYA", unit_kode="SKJ-PAYA",
             gampong="SKJ-PAYA", gampong_kode="SKJ-PAYA", periode="2025",
             realisasi=0.75)
    ])  # fmt: skip
    insert_raw(
        wh,
        "survei_ikm",
        [
            survey_row("DISPAR-TIC", dt.date(2025, 9, 1), [3] * 9),
            survey_row("DISPAR-TIC", dt.date(2025, 10, 1), [4] * 9),
        ],
    )
    build(wh)
    rows = {
        (r["kode_indikator"], r["periode"]): r
        for r in fetch(
            wh,
            "select * from mart_indicator_attainment where tingkat = 'unit' "
            "and unit_kode in ('SKJ-PAYA', 'DISPAR-TIC')",
        )
    }
    q3, q4 = rows[("PMD-PARTISIPASI", "2025-Q3")], rows[("PMD-PARTISIPASI", "2025-Q4")]
    assert q4["berjalan"] is True and q4["is_latest_in_year"] is True
    assert q4["is_latest_graded_in_year"] is False
    assert q3["berjalan"] is False and q3["is_latest_graded_in_year"] is True
    idm = rows[("PMD-IDM", "2025")]  # ends 31 December, but set once a year: final
    assert idm["berjalan"] is False and idm["is_latest_graded_in_year"] is True
    ikm = rows[("PAR-IKM", "2025-Q4")]
    assert ikm["berjalan"] is True and not ikm["is_latest_graded_in_year"]
    ikm_rows = {
        r["periode"]: r["berjalan"]
        for r in fetch(wh, "select periode, berjalan from mart_ikm_unit_period")
    }
    assert ikm_rows == {"2025-Q3": False, "2025-Q4": True, "2025": True}


def test_only_a_running_quarter_is_shown_provisionally(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    insert_raw(wh, "pegawai", [employee("198001012005011001")])
    insert_raw(wh, "skp", [skp("198001012005011001", "2025-02")])  # cut-off February
    insert_raw(wh, "realisasi_indikator", [
        dict(kode_indikator="PMD-PARTISIPASI", unit="SKJ-PAYA", unit_kode="SKJ-PAYA",
             gampong="SKJ-PAYA", gampong_kode="SKJ-PAYA", periode="2025-Q1",
             realisasi=50.0, pembilang=50, penyebut=100)
    ])  # fmt: skip
    build(wh)
    [row] = fetch(
        wh,
        "select berjalan, is_latest_graded_in_year from mart_indicator_attainment "
        "where tingkat = 'unit' and kode_indikator = 'PMD-PARTISIPASI'",
    )
    assert row == {"berjalan": True, "is_latest_graded_in_year": True}


# ---------------------------------------------------------------- declared checks

PLANTS = {
    "opd_outcome_counts": (
        "update mart_opd_outcome_rating set n_tercapai = n_tercapai + 1 "
        "where opd_kode = 'DPMG'"
    ),
    "opd_outcome_suppressed": (
        "update mart_opd_outcome_rating set pct_baik_ke_atas = 100, ditekan = true "
        "where opd_kode = 'DPMG'"
    ),
    "running_period_not_yearly": (
        "update mart_indicator_attainment set berjalan = true "
        "where periode_jenis = 'tahunan' and tingkat = 'kota'"
    ),
}


@pytest.mark.parametrize("name", sorted(PLANTS))
def test_row_rules_catch_a_planted_row(
    wh: duckdb.DuckDBPyConnection, name: str
) -> None:
    _staff(wh, good=5)
    _participation(wh, dict(zip(FOUR, (30, 40, 62, 70), strict=True)))
    insert_raw(wh, "realisasi_indikator", [
        dict(kode_indikator="PMD-IDM", unit="SKJ-PAYA", unit_kode="SKJ-PAYA",
             gampong="SKJ-PAYA", gampong_kode="SKJ-PAYA", periode="2025",
             realisasi=0.75)
    ])  # fmt: skip
    build(wh)
    spec = next(r for r in ROW_RULES if r.name == name)
    assert check_row_rule(wh, spec) is None
    wh.execute(PLANTS[name])
    failure = check_row_rule(wh, spec)
    assert failure is not None and "(1 baris)" in failure.message


# ---------------------------------------------------------------- reference texts


def test_every_indonesian_catalogue_text_has_an_english_one() -> None:
    with (REFERENCE / "indikator.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for name in ("definisi", "formula", "sumber", "catatan"):
            assert bool(row[name].strip()) == bool(row[f"{name}_en"].strip()), (
                row["kode_indikator"],
                name,
            )


def test_a_catalogue_without_english_columns_is_refused(tmp_path: Path) -> None:
    for source in REFERENCE.iterdir():
        (tmp_path / source.name).write_bytes(source.read_bytes())
    frame = pd.read_csv(REFERENCE / "indikator.csv", dtype=str, keep_default_na=False)
    frame.drop(columns=["definisi_en"]).to_csv(tmp_path / "indikator.csv", index=False)
    with pytest.raises(ReferenceError, match="definisi_en"):
        load_reference(duckdb.connect(), tmp_path)


# ---------------------------------------------------------------- by hand


def _targets(kode: str, tahun: int, unit: str) -> float:
    """The year's target from indikator_target.csv: a unit's own row wins."""
    rows = pd.read_csv(REFERENCE / "indikator_target.csv", dtype={"unit_kode": str})
    rows = rows[(rows["kode_indikator"] == kode) & (rows["tahun"] == tahun)]
    own = rows[rows["unit_kode"] == unit]
    return float(
        (own if len(own) else rows[rows["unit_kode"].isna()])["target"].iloc[0]
    )


def _indicator(kode: str) -> dict[str, str]:
    with (REFERENCE / "indikator.csv").open(encoding="utf-8") as fh:
        return next(r for r in csv.DictReader(fh) if r["kode_indikator"] == kode)


def _status(capaian: float, ambang: float) -> str:
    if capaian >= 100:
        return "tercapai"
    return "mendekati" if capaian >= ambang else "tidak_tercapai"


def test_attainment_of_every_puskesmas_result_by_hand(app_env: Path) -> None:
    """December 2025 of the sample: coverage = infants immunised since January ÷ the
    year's target infants; drop-out = (DPT1 − MR1) ÷ DPT1; attainment = value ÷
    target (target ÷ value for drop-out, lower is better), capped at 150%; status
    by 100% and the indicator's amber line."""
    with duckdb.connect(str(app_env), read_only=True) as con:
        raw = con.execute(
            "select * from raw_realisasi_indikator where kode_indikator like 'KES-%' "
            "and periode like '2025-%'"
        ).df()
    raw = raw.sort_values(["_loaded_at", "_source_row"]).drop_duplicates(
        ["kode_indikator", "unit_kode", "gampong_kode", "periode"], keep="last"
    )
    shown = queries.unit_scorecard.__wrapped__(FULL_ACCESS, None, 2025, None, None)
    shown = shown.set_index(["unit_kode", "kode_indikator"])
    for unit, rows in raw.groupby("unit_kode"):
        coverage = {}
        for kode in ("KES-IDL", "KES-DPT1", "KES-MR1"):
            part = rows[rows["kode_indikator"] == kode]
            # each month's rows are per gampong: the unit's target infants are the
            # sum over its gampong (the same every month)
            monthly = part.groupby("periode")[["pembilang", "penyebut"]].sum()
            coverage[kode] = (
                monthly["pembilang"].sum() / monthly["penyebut"].max() * 100
            )
            coverage[f"{kode}#n"] = monthly["pembilang"].sum()
        drop = (coverage["KES-DPT1#n"] - coverage["KES-MR1#n"]) / coverage["KES-DPT1#n"]
        values = {**{k: v for k, v in coverage.items() if "#" not in k},
                  "KES-DO": drop * 100}  # fmt: skip
        for kode, value in values.items():
            target = _targets(kode, 2025, unit)  # December: the whole year's target
            turun = _indicator(kode)["arah"] == "turun"
            capaian = min((target / value if turun else value / target) * 100, 150)
            row = shown.loc[(unit, kode)]
            assert row["periode"] == "2025-12"
            assert row["realisasi_kumulatif"] == pytest.approx(value), (unit, kode)
            assert row["capaian_pct"] == pytest.approx(capaian, abs=1e-4), (unit, kode)
            ambang = float(_indicator(kode)["ambang_kuning_pct"])
            assert row["status"] == _status(capaian, ambang), (unit, kode)
