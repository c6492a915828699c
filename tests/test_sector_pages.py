"""Pariwisata and Pemberdayaan Masyarakat: the new marts at their boundaries (given
rows -> expected rows), the pages' content on the sample warehouse, and the numbers
recomputed by hand from the raw export rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from model_helpers import build, fetch, insert_raw, new_warehouse, survey_row
from streamlit.testing.v1 import AppTest

from dashboard import queries, sector_views
from dashboard.access import FULL_ACCESS
from pipelines.checks import run_checks

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
YEAR = 2025
KM0 = "UPTD Kawasan Wisata Tugu Kilometer Nol"
NIP_PATTERN = re.compile(r"\b\d{18}\b")


@pytest.fixture()
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    yield con
    con.close()


def _rr(kode: str, gampong: str, periode: str, realisasi: float | None = None,
        pembilang: float | None = None, penyebut: float | None = None) -> dict:
    return {"kode_indikator": kode, "unit": gampong, "unit_kode": gampong,
            "periode": periode, "realisasi": realisasi, "pembilang": pembilang,
            "penyebut": penyebut, "gampong": gampong, "gampong_kode": gampong}


# ---------------------------------------------------------------- mart_gampong_outcome

IDM_CASES = {  # gampong -> (IDM value, expected status band), DOMAIN.md §5c
    "SKK-KUTA-ATEUH": (0.491, "sangat_tertinggal"),
    "SKK-KUTA-BARAT": (0.4911, "tertinggal"),
    "SKK-KUTA-TIMU": (0.599, "tertinggal"),
    "SKK-ANEUK-LAOT": (0.707, "berkembang"),
    "SKK-KRUENG-RAYA": (0.815, "maju"),
    "SKK-PAYA-SEUNARA": (0.8151, "mandiri"),
}


def test_idm_status_bands_at_their_boundaries(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "realisasi_indikator", [
        _rr("PMD-IDM", g, "2025", value) for g, (value, _) in IDM_CASES.items()
    ])
    build(wh)
    rows = fetch(wh, "select gampong_kode, nilai, status_idm, peringkat_terjauh "
                     "from mart_gampong_outcome order by nilai")
    assert {r["gampong_kode"]: r["status_idm"] for r in rows} == {
        g: band for g, (_, band) in IDM_CASES.items()
    }
    # target 0.72: the lowest IDM is furthest from it
    assert [r["peringkat_terjauh"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert run_checks(wh) == []


def test_gampong_outcome_rows(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "realisasi_indikator", [
        # village fund, cumulative: (100 + 200) / 1000 = 30% by February
        _rr("PMD-DANA-DESA", "SKJ-JABOI", "2025-01", 10, 100, 1000),
        _rr("PMD-DANA-DESA", "SKJ-JABOI", "2025-02", 20, 200, 1000),
        # poor households, lower is better: 20 / 100 = 20% against 14%
        _rr("PMD-KELUARGA-MISKIN", "SKJ-JABOI", "2025", 20, 20, 100),
        _rr("PMD-KELUARGA-MISKIN", "SKJ-PAYA", "2025", 10, 10, 100),
        # participation, not cumulative: the latest quarter counts
        _rr("PMD-PARTISIPASI", "SKJ-JABOI", "2025-Q1", 80, 80, 100),
        _rr("PMD-PARTISIPASI", "SKJ-JABOI", "2025-Q2", 34, 34, 100),
    ])
    build(wh)
    rows = fetch(
        wh,
        "select gampong_kode, kode_indikator, tahun, gampong_nama, kecamatan, arah, "
        "periode, bulan_ke, round(nilai, 4) as nilai, target, "
        "round(target_periode, 4) as target_periode, "
        "round(capaian_pct, 4) as capaian_pct, status, "
        "round(selisih_target, 4) as selisih_target, peringkat_terjauh, status_idm "
        "from mart_gampong_outcome order by kode_indikator, gampong_kode",
    )
    assert rows == [
        # target 95 x 2/12 = 15.8333; 30 / 15.8333 = 189% -> capped at 150
        {"gampong_kode": "SKJ-JABOI", "kode_indikator": "PMD-DANA-DESA",
         "tahun": 2025, "gampong_nama": "Jaboi", "kecamatan": "Sukajaya",
         "arah": "naik", "periode": "2025-02", "bulan_ke": 2, "nilai": 30.0,
         "target": 95.0, "target_periode": 15.8333, "capaian_pct": 150.0,
         "status": "tercapai", "selisih_target": -14.1667, "peringkat_terjauh": 1,
         "status_idm": None},
        # 14 / 20 = 70% -> below the amber band; 6 points above the target
        {"gampong_kode": "SKJ-JABOI", "kode_indikator": "PMD-KELUARGA-MISKIN",
         "tahun": 2025, "gampong_nama": "Jaboi", "kecamatan": "Sukajaya",
         "arah": "turun", "periode": "2025", "bulan_ke": 12, "nilai": 20.0,
         "target": 14.0, "target_periode": 14.0, "capaian_pct": 70.0,
         "status": "tidak_tercapai", "selisih_target": 6.0, "peringkat_terjauh": 1,
         "status_idm": None},
        # 14 / 10 = 140%
        {"gampong_kode": "SKJ-PAYA", "kode_indikator": "PMD-KELUARGA-MISKIN",
         "tahun": 2025, "gampong_nama": "Paya", "kecamatan": "Sukajaya",
         "arah": "turun", "periode": "2025", "bulan_ke": 12, "nilai": 10.0,
         "target": 14.0, "target_periode": 14.0, "capaian_pct": 140.0,
         "status": "tercapai", "selisih_target": -4.0, "peringkat_terjauh": 2,
         "status_idm": None},
        # Q2 34% against 68% = 50%
        {"gampong_kode": "SKJ-JABOI", "kode_indikator": "PMD-PARTISIPASI",
         "tahun": 2025, "gampong_nama": "Jaboi", "kecamatan": "Sukajaya",
         "arah": "naik", "periode": "2025-Q2", "bulan_ke": 6, "nilai": 34.0,
         "target": 68.0, "target_periode": 68.0, "capaian_pct": 50.0,
         "status": "tidak_tercapai", "selisih_target": 34.0,
         "peringkat_terjauh": 1, "status_idm": None},
    ]
    assert run_checks(wh) == []


# ---------------------------------------------------------------- mart_tourism_visits


def test_tourism_visits_row(wh: duckdb.DuckDBPyConnection) -> None:
    insert_raw(wh, "realisasi_indikator", [
        {"kode_indikator": "PAR-KUNJUNGAN", "unit": "DISPAR-SEKRETARIAT",
         "unit_kode": "DISPAR-SEKRETARIAT", "periode": f"2025-{m:02d}",
         "realisasi": 1000}
        for m in range(1, 6)
    ])
    build(wh)
    [row] = fetch(wh, "select * from mart_tourism_visits where tahun = 2025")
    assert row == {
        "tahun": 2025, "referensi_periode": "Januari–April",
        "referensi_sumber": "Kabarhi (Dinas Pariwisata Kota Sabang)",
        "referensi_catatan": "Hanya Januari–April; ±76% nusantara",
        "data_periode": "2025-05", "data_bulan_ke": 5, "status": "tidak_tercapai",
        "referensi_nusantara": None, "referensi_mancanegara": None,
        "referensi_total": 63257, "kunjungan_kumulatif": 5000.0,
        "kunjungan_jan_apr": 4000.0, "target": 290000.0,
        "target_periode": pytest.approx(290000 * 5 / 12),
        "capaian_pct": pytest.approx(5000 / (290000 * 5 / 12) * 100),
        "data_sampai": dt.date(2025, 5, 31),
    }
    (n,) = wh.execute("select count(*) from mart_tourism_visits").fetchone()
    assert n == 6  # 2020-2025 reference years; 2025 joined with the data
    assert run_checks(wh) == []


# ------------------------------------------------------------ IKM grade, reliability


def test_ikm_grade_and_reliability(wh: duckdb.DuckDBPyConnection) -> None:
    day = dt.date(2025, 2, 3)
    insert_raw(wh, "survei_ikm", [
        *(survey_row("DISPAR-TIC", day, [4] * 9) for _ in range(30)),
        *(survey_row("DISPAR-KM0", day, [3] * 8 + [2]) for _ in range(29)),
    ])
    build(wh)
    rows = fetch(wh, "select unit_kode, n_responden, ikm, mutu, kinerja_unit, "
                     "unsur_terlemah, andal from mart_ikm_unit_period "
                     "where periode = '2025-Q1' order by unit_kode")
    assert rows == [
        # (8 x 3 + 2) / 9 = 2.8889 x 25 = 72.22 -> C; 29 < 30 responses
        {"unit_kode": "DISPAR-KM0", "n_responden": 29, "ikm": 72.22, "mutu": "C",
         "kinerja_unit": "Kurang Baik", "unsur_terlemah": "u9", "andal": False},
        {"unit_kode": "DISPAR-TIC", "n_responden": 30, "ikm": 100.0, "mutu": "A",
         "kinerja_unit": "Sangat Baik", "unsur_terlemah": "u1", "andal": True},
    ]
    ikm = wh.execute("select * from mart_ikm_unit_period").df()
    view = sector_views.ikm_view(ikm, {"ikm.min_responden": 30}, None, "id").df
    labels = dict(zip(view["Mutu · kinerja unit"], view["Keandalan"], strict=True))
    assert labels["C · Kurang Baik"] == "⚠ tidak andal: hanya 29 responden (< 30)"
    assert labels["A · Sangat Baik"] == "● andal (30 responden)"


def test_quarter_running_at_the_cutoff_is_in_progress() -> None:
    row = {"n_responden": 40, "andal": True, "periode_selesai": dt.date(2025, 6, 30)}
    label = sector_views.reliability_label(row, {}, dt.date(2025, 5, 31), "id")
    assert label == "◐ masih berjalan (data s.d. 31 Mei 2025)"
    row = {**row, "n_responden": 17, "andal": False}
    label = sector_views.reliability_label(row, {}, dt.date(2025, 5, 31), "en")
    assert label == (
        "◐ in progress (data to 31 May 2025) · ⚠ unreliable: only 17 responses (< 30)"
    )


# ---------------------------------------------------------------- hand calculations


def _query(fn, *args):
    return fn.__wrapped__(FULL_ACCESS, None, *args)


def test_ikm_of_km0_recomputed_from_raw_answers(app_env: Path) -> None:
    with duckdb.connect(str(app_env), read_only=True) as con:
        raw = con.execute(
            "select * from raw_survei_ikm where unit_kode = 'DISPAR-KM0' "
            "and year(tanggal) = 2025"
        ).df()
    nrr = raw[[f"u{i}" for i in range(1, 10)]].mean()
    ikm = round(nrr.mean() * 25, 2)
    got = _query(queries.ikm_units, YEAR, None)
    row = got[(got["unit_kode"] == "DISPAR-KM0") & (got["periode"] == "2025")].iloc[0]
    assert row["n_responden"] == len(raw)
    assert row["ikm"] == pytest.approx(ikm, abs=0.005)
    assert row["unsur_terlemah"] == nrr.idxmin()
    grade = "A" if ikm >= 88.31 else "B" if ikm >= 76.61 else "C" if ikm >= 65 else "D"
    assert row["mutu"] == grade == "B"


def test_village_fund_of_keuneukai_recomputed_from_raw_rows(app_env: Path) -> None:
    with duckdb.connect(str(app_env), read_only=True) as con:
        raw = con.execute(
            "select * from raw_realisasi_indikator where kode_indikator = "
            "'PMD-DANA-DESA' and gampong_kode = 'SKJ-KEUNEUKAI'"
        ).df()
    raw = raw.sort_values(["_loaded_at", "_source_row"]).drop_duplicates(
        "periode", keep="last"
    )
    absorbed = raw["pembilang"].sum() / raw["penyebut"].max() * 100
    months = int(raw["periode"].str[-2:].astype(int).max())
    target = 95 * months / 12
    got = _query(queries.gampong_outcome, YEAR, None)
    row = got[(got["gampong_kode"] == "SKJ-KEUNEUKAI")
              & (got["kode_indikator"] == "PMD-DANA-DESA")].iloc[0]
    assert row["nilai"] == pytest.approx(absorbed)
    assert row["target_periode"] == pytest.approx(target)
    assert row["capaian_pct"] == pytest.approx(absorbed / target * 100)
    assert row["selisih_target"] == pytest.approx(target - absorbed)


# ---------------------------------------------------------------- the pages (AppTest)


def _open(page: str, **state: object) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in state.items():
        at.session_state[key] = value
    at.switch_page(f"../pages/{page}").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _table(at: AppTest, column: str) -> pd.DataFrame:
    frames = [f.value for f in at.dataframe if column in f.value.columns]
    assert frames, f"no table with column {column!r}"
    return frames[0]


def test_tourism_page_shows_grade_weakest_unsur_and_reliability(
    app_env: Path,
) -> None:
    at = _open("pariwisata.py")
    ikm = _table(at, "Keandalan")
    year = ikm[(ikm["Unit"] == KM0) & (ikm["Periode"] == "2025")].iloc[0]
    assert year["Mutu · kinerja unit"] == "B · Baik"
    assert year["Unsur terlemah (NRR)"].startswith("U9 Sarana dan prasarana")
    q1 = ikm[(ikm["Unit"] == KM0) & (ikm["Periode"] == "Triwulan I 2025")].iloc[0]
    assert q1["Keandalan"] == "⚠ tidak andal: hanya 16 responden (< 30)"
    unsur = _table(at, "U9 Sarana dan prasarana")
    assert len(unsur) == 2
    visits = _table(at, "Total (resmi)")
    assert list(visits["Tahun"])[:2] == ["2025", "2024"]
    assert len(at.get("plotly_chart")) == 3
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Unit dengan IKM andal"] == "2 / 2"
    for frame in at.dataframe:
        assert not NIP_PATTERN.search(frame.value.to_csv())


def test_empowerment_page_shows_idm_status_and_furthest_gampong(
    app_env: Path,
) -> None:
    at = _open("pemberdayaan.py")
    card = _table(at, "Status IDM")
    status = dict(zip(card["Gampong"], card["Status IDM"], strict=True))
    assert status["Cot Abeuk"] == "★ Mandiri"  # IDM 0,8254 > 0,815
    assert status["Jaboi"] == "● Maju"  # 0,7748
    assert status["Anoi Itam"] == "▲ Berkembang"  # 0,6560
    assert len(card) == 18
    furthest = _table(at, "Jarak ke target")
    first = furthest.groupby("Indikator").first()
    assert first.loc["Partisipasi musyawarah", "Gampong"] == "Jaboi"
    assert first.loc["Partisipasi musyawarah", "Jarak ke target"] == "kurang 38,5 poin"
    assert first.loc["Penyerapan dana desa", "Gampong"] == "Keuneukai"
    assert first.loc["Keluarga miskin", "Gampong"] == "Jaboi"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Gampong Maju atau Mandiri"] == "11 / 18"
    assert len(at.get("plotly_chart")) == 2
    for frame in at.dataframe:
        assert not NIP_PATTERN.search(frame.value.to_csv())


def test_empowerment_indicator_picker_changes_the_chart(app_env: Path) -> None:
    at = _open("pemberdayaan.py")
    at.segmented_control(key="pemberdayaan_indikator").set_value("PMD-IDM").run()
    assert not at.exception
    titles = [c.proto.spec for c in at.get("plotly_chart")]
    assert any("IDM" in spec for spec in titles)


@pytest.mark.parametrize(
    ("page", "sector"), [("pariwisata.py", "Pariwisata"),
                         ("pemberdayaan.py", "Pemberdayaan Masyarakat")]
)
def test_another_sector_filter_is_noted(app_env: Path, page: str, sector: str) -> None:
    at = _open(page, sektor="kesehatan")
    text = " ".join(info.value for info in at.info)
    assert f"khusus sektor {sector}" in text


# ---------------------------------------------------------------- charts


def test_period_figure_has_target_first_and_one_line_per_series() -> None:
    from dashboard import charts

    df = pd.DataFrame({
        "x": ["TW I", "TW I", "TW II", "TW II"], "y": [80.0, 90.0, 70.0, 95.0],
        "s": ["a", "b", "a", "b"], "name": ["A", "B", "A", "B"],
        "text": ["", "", "⚠", ""], "goal": [85.0, 85.0, 85.0, 85.0],
    })
    fig = charts.build_period_figure(
        df, x="x", y="y", series="s", label="name", text="text", target="goal",
        title="T", x_title="X", y_title="Y", target_label="Target",
    )
    assert [trace.name for trace in fig.data] == ["Target", "A", "B"]
    assert list(fig.data[1].textposition) == ["bottom center", "bottom center"]
    assert list(fig.data[2].textposition) == ["top center", "top center"]


def test_unsur_heatmap_keeps_unit_and_unsur_order() -> None:
    from dashboard import charts

    ikm = pd.DataFrame([{
        "periode_jenis": "tahunan", "unit_nama": name, "unsur_terlemah": "u9",
        **{f"nrr_u{i}": 3.0 + i / 100 for i in range(1, 10)},
    } for name in ("Unit A", "Unit B")])
    heat = sector_views.unsur_chart_input(ikm, YEAR, "id")
    fig = charts.build_unsur_heatmap(**heat)
    assert fig.data[0].z.shape == (2, 9)
    assert list(fig.data[0].y) == ["Unit B", "Unit A"]  # first unit at the top
    assert fig.data[0].x[0].startswith("<b>U1</b>")
    assert fig.data[0].text[0][8] == "▼ 3,09"
