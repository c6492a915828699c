"""Kebutuhan Pelatihan on the sample warehouse (AppTest): the KPIs, the gap table, the
routes, JP per OPD and the priority list show the numbers of the sample (checked by
hand against mart_training_needs / mart_employee_year in tests/test_pelatihan_marts.py
and below), the filters narrow the list, the view is audit-logged, a head of OPD sees
only their OPD, and the page switches to English."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import audit, queries_training

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGE = "../pages/kebutuhan_pelatihan.py"
DINKES = "Dinas Kesehatan dan Keluarga Berencana"
DISPAR = "Dinas Pariwisata"
DPMG = "Dinas Pemberdayaan Masyarakat dan Gampong"
CITY = "Kota Sabang (semua OPD)"


def _open(**state: object) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    for key, value in state.items():
        at.session_state[key] = value
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _frame(at: AppTest, *columns: str) -> pd.DataFrame:
    found = [f.value for f in at.dataframe if set(columns) <= set(f.value.columns)]
    assert found, f"no table with {columns}"
    return pd.concat(found, ignore_index=True)


def _priority(at: AppTest) -> pd.DataFrame:
    return _frame(at, "Prioritas", "NIP", "Alasan")


def test_kpis_of_the_sample(app_env: Path) -> None:
    at = _open()
    assert at.header[0].value == "Kebutuhan Pelatihan"
    metrics = {m.label: m.value for m in at.metric}
    # 30 of the 40 assessed people have an open gap (57 rows of mart_training_needs)
    assert metrics["ASN dengan kesenjangan"] == "30"
    # 29 of 35 PNS reached 20 JP in 2025 (a finished year: no "sejauh ini")
    assert metrics["PNS ≥ 20 JP"] == "82,9%"
    assert metrics["PPPK di atas batas 24 JP"] == "0"
    # 3 low performers + 6 PNS below 20 JP with a gap
    assert metrics["Prioritas tinggi saat ini"] == "9"
    assert not any("sejauh ini" in info.value for info in at.info)


def test_gap_table_and_heatmap(app_env: Path) -> None:
    at = _open()
    gaps = _frame(at, "Diasesmen", "Dengan kesenjangan")
    rows = gaps.set_index(["OPD", "Kompetensi"])
    perekat = rows.loc[(DINKES, "Perekat Bangsa")]
    assert (perekat["Diasesmen"], perekat["Dengan kesenjangan"]) == (18, 7)
    assert perekat["% dengan kesenjangan"] == pytest.approx(700 / 18)
    assert perekat["Jalur"] == "Nonklasikal" and perekat["Bentuk"] == "E-learning"
    surveilans = rows.loc[(DINKES, "Surveilans Kesehatan")]
    assert surveilans["Rata-rata kesenjangan (level)"] == pytest.approx(2.0)
    assert gaps["Dengan kesenjangan"].sum() == 57  # = rows of mart_training_needs
    assert set(gaps["OPD"]) == {DINKES, DISPAR, DPMG}
    assert len(at.get("plotly_chart")) == 3  # heatmap, routes, JP per OPD


def test_routes_to_organise(app_env: Path) -> None:
    at = _open()
    text = " ".join(m.value for m in at.markdown)
    assert "E-learning wawasan kebangsaan dan moderasi: 9 orang di 2 OPD" in text
    assert "Pelatihan kepemimpinan pengawas (PKP): 8 orang di 3 OPD" in text
    routes = _frame(at, "Rekomendasi pelatihan", "Sebaran per OPD").set_index(
        "Rekomendasi pelatihan"
    )
    pkp = routes.loc["Pelatihan kepemimpinan pengawas (PKP)"]
    assert (pkp["Orang"], pkp["Jumlah OPD"], pkp["Total JP"]) == (8, 3, 320)
    assert pkp["Sebaran per OPD"] == "Dinkes KB 6 · Dispar 1 · DPMG 1"
    assert routes["Orang"].sum() == 57
    headings = {m.value for m in at.markdown}
    assert {"**Klasikal · Pelatihan**", "**Nonklasikal · Magang**"} <= headings


def test_jp_per_opd(app_env: Path) -> None:
    at = _open()
    jp = _frame(at, "PNS", "PPPK > 24 JP").set_index("OPD")
    assert list(jp.index) == [CITY, DINKES, DISPAR, DPMG]
    dinkes = jp.loc[DINKES]
    assert (dinkes["PNS"], dinkes["PNS ≥ 20 JP"], dinkes["PNS < 20 JP"]) == (14, 10, 4)
    assert dinkes["% PNS ≥ 20 JP"] == pytest.approx(1000 / 14)
    assert (dinkes["PPPK"], dinkes["PPPK > 24 JP"]) == (6, 0)
    assert (dinkes["JP klasikal"], dinkes["JP nonklasikal"]) == (252, 372)
    city = jp.loc[CITY]
    assert (city["PNS"], city["PNS ≥ 20 JP"]) == (35, 29)
    assert city["Rata-rata JP PNS"] == pytest.approx((526 + 610 + 368) / 35)


def test_priority_list_first_rows_and_audit(app_env: Path) -> None:
    at = _open()
    rows = _priority(at)
    assert len(rows) == 57
    first = rows.head(6)
    assert list(first["Nama"]) == [
        "Muhammad Razali Akbar, S.Gz",
        "Muhammad Razali Akbar, S.Gz",
        "Munawar Fahmi, S.Sos",
        "Munawar Fahmi, S.Sos",
        "Doni Nasution, S.Par",
        "Yusnidar, S.IP",
    ]
    assert list(first["Prioritas"])[:5] == ["2 · Kinerja rendah"] * 5
    assert first["Prioritas"].iloc[5] == "3 · < 20 JP"
    yusnidar = first.iloc[5]
    assert yusnidar["NIP"] == "197509042000042001"
    assert yusnidar["Kompetensi"] == "Pengelolaan Keuangan Gampong"
    assert yusnidar["Rute"] == "Nonklasikal · Studi tiru (benchmarking)"
    assert yusnidar["Alasan"].startswith("Baru 0 dari hak 20 JP pada 2025;")
    assert set(rows["Prioritas"].str[0]) == {"2", "3", "4"}
    views = audit.entries()
    views = views[views["action"] == "view"]
    assert list(views["subject"]) == ["prioritas_pelatihan"]
    assert views["page"].iloc[0] == "kebutuhan_pelatihan"


def test_a_long_priority_list_holds_its_first_rows_and_says_so(
    app_env: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """Above LIST_LIMIT open needs the list holds the first ones by priority (the
    same rows as the head of the whole list) and says how many there are."""
    whole = _priority(_open())
    monkeypatch.setattr(queries_training, "LIST_LIMIT", 10)
    queries_training.priority_list.clear()
    request.addfinalizer(queries_training.priority_list.clear)  # cached at 10 rows
    at = _open()
    rows = _priority(at)
    assert len(rows) == 10
    pd.testing.assert_frame_equal(rows, whole.head(10))
    notes = [i.value for i in at.info if "kebutuhan teratas" in i.value]
    assert notes == [
        "Daftar memuat 10 kebutuhan teratas menurut prioritas dari 57 kebutuhan "
        "terbuka; saring di bawah berlaku pada 10 baris ini. Pilih OPD di bilah "
        "samping untuk melihat daftar OPD itu seluruhnya."
    ]


def test_priority_filters_narrow_the_list(app_env: Path) -> None:
    at = _open()
    at.toggle(key="kebutuhan_filter_tinggi").set_value(True).run()
    high = _priority(at)
    assert len(high) == 18
    assert set(high["Prioritas"]) == {"2 · Kinerja rendah", "3 · < 20 JP"}
    at.selectbox(key="kebutuhan_filter_rute").set_value("nonklasikal:e_learning").run()
    e_learning = _priority(at)
    assert set(e_learning["Rute"]) == {"Nonklasikal · E-learning"}
    assert set(e_learning["Kompetensi"]) == {"Perekat Bangsa"}
    at.selectbox(key="kebutuhan_filter_jenis").set_value("teknis").run()
    assert any("Tidak ada baris" in info.value for info in at.info)


def test_head_of_opd_sees_only_their_opd(app_env: Path) -> None:
    at = _open(demo_role="kepala_opd", demo_opd="DISPAR")
    assert set(_priority(at)["OPD"]) == {DISPAR}
    assert set(_frame(at, "Diasesmen")["OPD"]) == {DISPAR}
    assert list(_frame(at, "PNS", "PPPK > 24 JP")["OPD"]) == [DISPAR]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["PNS ≥ 20 JP"] == "91,7%"  # 11 of 12


def test_english(app_env: Path) -> None:
    at = _open()
    at.segmented_control(key="lang").set_value("en").run()
    assert not at.exception
    assert at.header[0].value == "Training Needs"
    metrics = {m.label for m in at.metric}
    assert {"Staff with a gap", "PNS with ≥ 20 JP", "PPPK above the 24 JP cap"} <= (
        metrics
    )
    rows = _frame(at, "Priority", "Reason")
    assert rows["Priority"].iloc[0] == "2 · Low performer"
    assert rows["Route"].iloc[0] == "Classroom · Training course"
