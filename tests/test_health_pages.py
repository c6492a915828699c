"""Kesehatan and Tentang Indikator: the numbers the pages show, recomputed by hand.

Against the sample warehouse built by the real pipeline: the raw export rows are read
back (latest row per natural key, as a reader of the export would), the coverage,
projection, drop-out and UCI are computed in plain pandas, and compared with what the
pages' cached query functions return. Also the two new marts at their boundaries.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import charts, queries, tables
from dashboard.access import FULL_ACCESS
from pipelines.build_models import build_model

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2025
KEY = ["kode_indikator", "unit_kode", "gampong_kode", "periode"]


@pytest.fixture(scope="module")
def raw(sample_warehouse: Path) -> pd.DataFrame:
    """Monthly immunisation rows of 2025 as exported (latest row per natural key)."""
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        rows = con.execute(
            "select * from raw_realisasi_indikator where kode_indikator like 'KES-%'"
        ).df()
    rows = rows[(rows["periode_jenis"] == "bulanan")]
    rows = rows.sort_values(["_loaded_at", "_source_row"])
    rows = rows.drop_duplicates(KEY, keep="last")
    rows["bulan"] = rows["periode"].str[-2:].astype(int)
    return rows[rows["periode"].str.startswith(str(YEAR))]


def _monthly(raw: pd.DataFrame, kode: str, unit: str | None) -> pd.DataFrame:
    rows = raw[raw["kode_indikator"] == kode]
    if unit is not None:
        rows = rows[rows["unit_kode"] == unit]
    return rows.groupby("bulan")[["pembilang", "penyebut"]].sum().sort_index()


def _cumulative(monthly: pd.DataFrame) -> pd.Series:
    """Coverage is cumulative: infants immunised since January / the year's target
    infants (the denominator repeats every month; take its maximum)."""
    return monthly["pembilang"].cumsum() / monthly["penyebut"].max() * 100


def _query(fn, *args):
    return fn.__wrapped__(FULL_ACCESS, None, *args)


@pytest.fixture()
def env(app_env: Path) -> Path:
    return app_env


@pytest.mark.parametrize("unit", ["PKM-COT-BAU", "PKM-BALOHAN", None])
@pytest.mark.parametrize("kode", ["KES-IDL", "KES-DPT1", "KES-MR1"])
def test_cumulative_coverage_and_projection_by_hand(
    env: Path, raw: pd.DataFrame, kode: str, unit: str | None
) -> None:
    expected = _cumulative(_monthly(raw, kode, unit))
    got = _query(queries.health_coverage, YEAR, None, kode)
    got = got[got["unit_kode"] == (unit or "KOTA")].set_index("bulan_ke")
    assert list(got.index) == list(expected.index) == list(range(1, 13))
    for month, coverage in expected.items():
        row = got.loc[month]
        assert row["realisasi_kumulatif"] == pytest.approx(coverage)
        # pace so far x 12; December is the actual
        assert row["proyeksi_akhir_tahun"] == pytest.approx(coverage / month * 12)
        assert row["target_periode"] == pytest.approx(row["target"] * month / 12)
    monthly = _monthly(raw, kode, unit)
    december = got.loc[12]
    assert december["realisasi"] == pytest.approx(
        monthly.loc[12, "pembilang"] / monthly.loc[12, "penyebut"] * 100
    )


@pytest.mark.parametrize("unit", ["PKM-COT-BAU", "PKM-BALOHAN", None])
def test_drop_out_by_hand(env: Path, raw: pd.DataFrame, unit: str | None) -> None:
    dpt1 = _monthly(raw, "KES-DPT1", unit)["pembilang"].sum()
    mr1 = _monthly(raw, "KES-MR1", unit)["pembilang"].sum()
    got = _query(queries.drop_out, YEAR, None).set_index("unit_kode")
    assert got.loc[unit or "KOTA", "realisasi_kumulatif"] == pytest.approx(
        (dpt1 - mr1) / dpt1 * 100
    )


def test_uci_per_gampong_by_hand(env: Path, raw: pd.DataFrame) -> None:
    idl = raw[raw["kode_indikator"] == "KES-IDL"]
    got = _query(queries.gampong_uci, YEAR, None).set_index("gampong_kode")
    assert set(got.index) == set(idl["gampong_kode"])
    for gampong, rows in idl.groupby("gampong_kode"):
        coverage = rows["pembilang"].sum() / rows["penyebut"].max() * 100
        assert got.loc[gampong, "realisasi_kumulatif"] == pytest.approx(coverage)
        assert bool(got.loc[gampong, "uci"]) == (coverage >= 80)  # December: 80 x 12/12


def test_projection_labels_mid_year_and_final() -> None:
    rows = pd.DataFrame(
        {
            "tingkat": ["unit", "unit", "kota"],
            "unit_kode": ["A", "B", "KOTA"],
            "unit_nama": ["PKM A", "PKM B", "Kota Sabang"],
            "periode": ["2026-06", "2026-06", "2026-12"],
            "bulan_ke": [6, 6, 12],
            "realisasi_kumulatif": [45.0, 55.0, 99.0],
            "proyeksi_akhir_tahun": [90.0, 110.0, 99.0],
            "target": [100.0, 100.0, 100.0],
            "is_latest_in_year": [True, True, True],
        }
    )
    view = tables.projection_view(rows, "id").df.set_index("Puskesmas / kota")
    assert view.loc["PKM A", "Perkiraan"] == "✖ Diperkirakan tidak tercapai"
    assert view.loc["PKM B", "Perkiraan"] == "● Diperkirakan tercapai"
    assert view.loc["Kota Sabang", "Perkiraan"] == "✖ Tidak tercapai (hasil akhir)"
    assert list(view.index) == ["Kota Sabang", "PKM A", "PKM B"]
    english = tables.projection_view(rows, "en").df
    assert "✖ Expected to miss" in set(english["Outlook"])


def test_uci_label_before_december_speaks_of_the_line() -> None:
    assert tables.uci_label(True, 6, "id") == "● Sesuai jalur UCI"
    assert tables.uci_label(False, 6, "id") == "✖ Di bawah jalur UCI"
    assert tables.uci_label(True, 12, "id") == "● UCI"
    assert tables.uci_line({"imunisasi.ambang_uci_pct": 80.0}, 6) == pytest.approx(40)


def test_cumulative_figure_has_bars_target_and_cumulative_line() -> None:
    df = pd.DataFrame(
        {
            "bulan_ke": [1, 2, 3],
            "realisasi": [8.0, 9.0, 7.0],
            "realisasi_kumulatif": [8.0, 17.0, 24.0],
            "target_periode": [8.33, 16.67, 25.0],
        }
    )
    fig = charts.build_cumulative_figure(
        df,
        x="bulan_ke",
        cumulative="realisasi_kumulatif",
        monthly="realisasi",
        target="target_periode",
        title="T",
        x_title="Bulan",
        y_title="%",
        cumulative_label="Kumulatif",
        monthly_label="Bulan itu",
        target_label="Target",
        month_labels=[str(m) for m in range(1, 13)],
    )
    kinds = [(trace.type, trace.name) for trace in fig.data]
    assert kinds == [
        ("bar", "Bulan itu"),
        ("scatter", "Target"),
        ("scatter", "Kumulatif"),
    ]
    assert fig.data[1].line.dash == "dash"
    assert fig.layout.font.size >= 14
    # labels sit on the side away from the target line
    assert list(fig.data[2].textposition) == [
        "bottom right",
        "top left",
        "bottom right",
    ]


# ---------------------------------------------------------------- the new marts


def test_unit_outcome_rating_by_hand(sample_warehouse: Path) -> None:
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        people = con.execute(
            "select unit_kode, predikat_efektif from mart_employee_year "
            "where tahun = 2025 and unit_kode = 'PKM-COT-BAU'"
        ).df()
        latest = con.execute(
            "select status from mart_indicator_attainment where tingkat = 'unit' "
            "and unit_kode = 'PKM-COT-BAU' and tahun = 2025 "
            "and is_latest_graded_in_year"
        ).df()
        row = (
            con.execute(
                "select * from mart_unit_outcome_rating "
                "where unit_kode = 'PKM-COT-BAU' and tahun = 2025"
            )
            .df()
            .iloc[0]
        )
    good = people["predikat_efektif"].isin(["Baik", "Sangat Baik"]).sum()
    assert row["n_dinilai"] == len(people) == 8
    assert row["pct_baik_ke_atas"] == pytest.approx(100 * good / len(people))
    assert row["n_indikator"] == len(latest)
    assert row["n_tidak_tercapai"] == (latest["status"] == "tidak_tercapai").sum()
    assert not row["mismatch"]


def test_unit_outcome_rating_suppresses_small_units(
    warehouse_copy: Path,
) -> None:
    """Balohan has 5 people rated: with a minimum of 6 its share and its mismatch
    flag are hidden."""
    with duckdb.connect(str(warehouse_copy)) as con:
        con.execute(
            "update ref_aturan set nilai = 6 "
            "where bagian = 'data' and kunci = 'min_orang_agregat'"
        )
        build_model(con, "mart_unit_outcome_rating")
        row = con.execute(
            "select ditekan, pct_baik_ke_atas, mismatch, n_dinilai "
            "from mart_unit_outcome_rating "
            "where unit_kode = 'PKM-BALOHAN' and tahun = 2025"
        ).fetchone()
    assert row == (True, None, None, 5)


def test_catalogue_mart_carries_every_reference_target(sample_warehouse: Path) -> None:
    reference = ROOT / "data" / "reference"
    indicators = pd.read_csv(reference / "indikator.csv", keep_default_na=False)
    targets = pd.read_csv(reference / "indikator_target.csv", keep_default_na=False)
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        mart = con.execute("select * from mart_indicator_catalogue").df()
    mart = mart.set_index("kode_indikator")
    assert set(mart.index) == set(indicators["kode_indikator"])
    for code, rows in targets.groupby("kode_indikator"):
        listed = [
            (t["tahun"], t["unit_kode"], t["target"]) for t in mart.loc[code, "targets"]
        ]
        expected = sorted(
            zip(rows["tahun"], rows["unit_kode"], rows["target"], strict=True)
        )
        assert listed == [(y, u, pytest.approx(v)) for y, u, v in expected], code
    for row in indicators.itertuples():
        assert mart.loc[row.kode_indikator, "formula"] == row.formula
        unconfirmed = "terkonfirmasi" in row.catatan and "belum" in row.catatan
        unconfirmed |= "berbeda antar sumber" in row.catatan
        assert bool(mart.loc[row.kode_indikator, "belum_terkonfirmasi"]) == unconfirmed


def test_rules_view_explains_every_rule() -> None:
    rules = {
        "imunisasi.ambang_uci_pct": 80.0,
        "imunisasi.batas_drop_out_pct": 5.0,
        "jp.hak_pns": 20.0,
        "skp.hari_batas_pengisian": 5.0,
        "ikm.min_responden": 30.0,
    }
    view = tables.rules_view(rules, "id").df.set_index("Kunci")
    assert view.loc["imunisasi.ambang_uci_pct", "Nilai"] == "80%"
    assert view.loc["skp.hari_batas_pengisian", "Nilai"] == "5 hari"
    assert view.loc["ikm.min_responden", "Nilai"] == "30 responden"
    assert view["Arti"].str.len().min() > 20
    assert list(view.index)[:2] == [
        "imunisasi.ambang_uci_pct",
        "imunisasi.batas_drop_out_pct",
    ]
