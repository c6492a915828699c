"""The leadership pages on a small hand-built city, checked cell by cell.

One warehouse file is built from a handful of raw rows written here (model_helpers),
by the real models, for the whole module; KINERJA_DB points the app at it. Every
expected number below is worked out by hand from those rows in the comments, so a
test fails when a page shows another unit, traffic light or rank.

The city, 2025 (monthly data January-November: the data cut-off is 30 November):
- DINKES, 5 staff in Puskesmas Cot Ba'u and 5 in Puskesmas Balohan, all rated Baik.
  Cot Ba'u: target infants 120, 11 IDL / 11 DPT1 / 11 MR1 a month (gampong Cot Ba'u).
  Balohan: target infants 100, 6 IDL / 8 DPT1 / 7 MR1 a month (gampong Balohan).
- DISPAR, 2 staff (too few for a certain rank): IKM surveys in Q3 (30 answers of 4
  at the TIC, 30 answers of 3 at KM0) and 5 answers of 3 at the TIC in October (Q4
  still running at the cut-off).
- DPMG, 5 staff in the sekretariat rated Baik; participation in Q3 per gampong:
  Jaboi 30/100, Beurawang 40/100, Paya 70/100 (no staff sit in a gampong).
- 2024: only Cot Ba'u IDL 100/100 in December and Paya participation 80/100 in Q4,
  so last year's ranks are DPMG 1, DINKES 2.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from model_helpers import build, employee, insert_raw, new_warehouse, skp, survey_row
from streamlit.testing.v1 import AppTest

from pipelines.load_raw import ensure_tables
from pipelines.warehouse import write_meta_build

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
MONTHS = range(1, 12)  # January..November 2025
NIP_PATTERN = re.compile(r"\b\d{18}\b")

STAFF = {  # (opd, unit): number of people, all rated Baik every month
    ("DINKES", "PKM-COT-BAU"): 5,
    ("DINKES", "PKM-BALOHAN"): 5,
    ("DISPAR", "DISPAR-TIC"): 2,
    ("DPMG", "DPMG-SEKRETARIAT"): 5,
}
# puskesmas -> (gampong, target infants, IDL, DPT1, MR1 immunised each month)
HEALTH = {
    "PKM-COT-BAU": ("SKJ-COT-BAU", 120, 11, 11, 11),
    "PKM-BALOHAN": ("SKJ-BALOHAN", 100, 6, 8, 7),
}
PARTICIPATION = {"SKJ-JABOI": 30, "SKJ-BEURAWANG": 40, "SKJ-PAYA": 70}  # of 100


def _nip(index: int) -> str:
    """Valid PNS NIPs: born 1980-01-01, CPNS 2005-01, male, serial `index`."""
    return f"19800101200501{1000 + index:04d}"


def _people() -> tuple[list[dict], list[dict]]:
    employees, ratings = [], []
    index = 0
    for (opd, unit), n in STAFF.items():
        for _ in range(n):
            index += 1
            nip = _nip(index)
            employees.append(employee(nip, opd_kode=opd, unit_kode=unit))
            ratings += [skp(nip, f"2025-{m:02d}") for m in MONTHS]
    return employees, ratings


def _health_rows() -> list[dict]:
    rows = []
    for unit, (gampong, infants, idl, dpt1, mr1) in HEALTH.items():
        for m in MONTHS:
            for kode, count in (("KES-IDL", idl), ("KES-DPT1", dpt1), ("KES-MR1", mr1)):
                rows.append(
                    dict(kode_indikator=kode, unit=unit, unit_kode=unit,
                         gampong=gampong, gampong_kode=gampong,
                         periode=f"2025-{m:02d}", realisasi=100 * count / infants,
                         pembilang=count, penyebut=infants)
                )  # fmt: skip
    rows.append(
        dict(kode_indikator="KES-IDL", unit="PKM-COT-BAU", unit_kode="PKM-COT-BAU",
             gampong="SKJ-COT-BAU", gampong_kode="SKJ-COT-BAU", periode="2024-12",
             realisasi=100.0, pembilang=100, penyebut=100)
    )  # fmt: skip
    return rows


def _participation_rows() -> list[dict]:
    rows = [
        dict(kode_indikator="PMD-PARTISIPASI", unit=g, unit_kode=g, gampong=g,
             gampong_kode=g, periode="2025-Q3", realisasi=float(n), pembilang=n,
             penyebut=100)
        for g, n in PARTICIPATION.items()
    ]  # fmt: skip
    rows.append(
        dict(kode_indikator="PMD-PARTISIPASI", unit="SKJ-PAYA", unit_kode="SKJ-PAYA",
             gampong="SKJ-PAYA", gampong_kode="SKJ-PAYA", periode="2024-Q4",
             realisasi=80.0, pembilang=80, penyebut=100)
    )  # fmt: skip
    return rows


def _surveys() -> list[dict]:
    q3 = [survey_row("DISPAR-TIC", dt.date(2025, 8, 1), [4] * 9) for _ in range(30)]
    q3 += [survey_row("DISPAR-KM0", dt.date(2025, 8, 2), [3] * 9) for _ in range(30)]
    q4 = [survey_row("DISPAR-TIC", dt.date(2025, 10, 15), [3] * 9) for _ in range(5)]
    return q3 + q4


def build_city(path: Path) -> Path:
    """The hand-built city above as a warehouse file the app can open."""
    mem = new_warehouse()
    ensure_tables(mem)
    employees, ratings = _people()
    insert_raw(mem, "pegawai", employees)
    insert_raw(mem, "skp", ratings)
    insert_raw(mem, "realisasi_indikator", _health_rows() + _participation_rows())
    insert_raw(mem, "survei_ikm", _surveys())
    mem.execute(
        "insert into import_log (import_id, file, kind, status, rows_read, "
        "rows_loaded, rows_quarantined, rows_new, source) values "
        "('test-import', 'kota_kecil.csv', 'skp', 'loaded', 1, 1, 0, 1, 'demo')"
    )
    mem.execute(f"attach '{path}' as disk")
    mem.execute("copy from database memory to disk")
    mem.close()
    con = duckdb.connect(str(path))
    try:
        build(con)
        write_meta_build(con)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_city(tmp_path_factory.mktemp("kota_kecil") / "kota.duckdb")


@pytest.fixture()
def city_env(city: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KINERJA_DB", str(city))
    yield city


def _open(page: str, lang: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if lang == "en":
        at.query_params["lang"] = "English"
    at.switch_page(f"../pages/{page}").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _frames(at: AppTest) -> list[pd.DataFrame]:
    return [frame.value for frame in at.dataframe]


def _frame_with(at: AppTest, *columns: str) -> pd.DataFrame:
    found = [f for f in _frames(at) if set(columns) <= set(f.columns)]
    assert found, f"no table with {columns}: {[list(f.columns) for f in _frames(at)]}"
    return found[0]


def _bars(at: AppTest, title: str) -> dict[str, str]:
    """{category: bar text} of the bar chart whose title starts with `title`."""
    for chart in at.get("plotly_chart"):
        figure = json.loads(chart.proto.spec)
        if figure["layout"]["title"]["text"].startswith(title):
            bar = figure["data"][0]
            return dict(zip(bar["y"], bar["text"], strict=True))
    raise AssertionError(f"no chart titled {title!r}")


def _periods(at: AppTest) -> pd.DataFrame:
    """The drill-down's table of one unit's indicators by period."""
    found = [
        f
        for f in _frames(at)
        if {"Indikator", "Periode", "Status"} <= set(f.columns)
        and not {"Unit", "Sektor"} & set(f.columns)
    ]
    assert found, "no table of a unit's periods"
    return found[0]


def _scorecard(at: AppTest) -> pd.DataFrame:
    parts = [
        f
        for f in _frames(at)
        if {"Indikator", "Status", "Rata-rata unit (%)"} <= set(f.columns)
    ]
    assert parts, "no city scorecard"
    return pd.concat(parts, ignore_index=True).set_index("Indikator")


# Worked out by hand (cut-off November: pro-rated target = year target x 11/12).
IDL_TARGET_NOV = 100 * 11 / 12  # 91.67%
DPT_TARGET_NOV = 95 * 11 / 12  # 87.08%
IDL_COT_BAU = 121 / 120 * 100  # 11 x 11 months of 120 infants = 100.83%
IDL_BALOHAN = 66 / 100 * 100  # 6 x 11 of 100 = 66%
IDL_CITY = (121 + 66) / (120 + 100) * 100  # 85%
DO_BALOHAN = (88 - 77) / 88 * 100  # DPT1 88, MR1 77 -> 12.5%
DO_CITY = ((121 + 88) - (121 + 77)) / (121 + 88) * 100  # 11 / 209 = 5.26%


def test_city_scorecard_states_and_averages(city_env: Path) -> None:
    card = _scorecard(_open("ringkasan_kota.py"))
    idl = card.loc["Cakupan Imunisasi Dasar Lengkap (IDL) bayi 0–11 bulan"]
    assert idl["Realisasi"] == pytest.approx(IDL_CITY)
    assert idl["Capaian (%)"] == pytest.approx(IDL_CITY / IDL_TARGET_NOV * 100)  # 92.7
    assert idl["Status"] == "▲ Mendekati"  # >= the amber 90%, below 100%
    # per indicator across units: Cot Ba'u 110%, Balohan 72% -> mean 91%, 1 of 2
    unit_mean = (IDL_COT_BAU + IDL_BALOHAN) / 2 / IDL_TARGET_NOV * 100
    assert idl["Rata-rata unit (%)"] == pytest.approx(unit_mean)
    assert idl["Unit tercapai"] == "1 / 2"
    dpt = card.loc["Cakupan DPT-HB-Hib 1 bayi"]  # (121 + 88) / 220 = 95% vs 87.08%
    assert dpt["Status"] == "● Tercapai"
    assert dpt["Unit tercapai"] == "2 / 2"
    drop = card.loc["Angka drop-out DPT-HB-Hib 1 → Campak/MR"]
    assert drop["Realisasi"] == pytest.approx(DO_CITY)
    assert drop["Status"] == "✖ Belum tercapai"  # 5 / 5.26 = 95% < amber 100%
    assert card.loc["Persentase gampong UCI", "Status"] == "✖ Belum tercapai"  # 1 of 2
    # sector average rows: IDL ▲, DPT1 ●, MR1 ● (198/220 = 90% vs 87.08%), DO ✖, UCI ✖
    assert "Rata-rata sektor · 2 / 5 indikator kota tercapai" in card.index
    # the IKM is graded on Q3 (Q4 is still running at the cut-off): all 60 answers of
    # Q3 -> NRR 3.5 -> IKM 87.5 >= target 84
    ikm = card.loc["Indeks Kepuasan Masyarakat unit layanan wisata"]
    assert ikm["Periode"] == "TW III 2025"
    assert ikm["Realisasi"] == pytest.approx(87.5)
    assert ikm["Status"] == "● Tercapai"
    assert ikm["Unit tercapai"] == "1 / 2"  # TIC 100, KM0 75 (< 84 x 95%)
    part = card.loc["Tingkat partisipasi warga dalam musyawarah gampong"]
    assert part["Realisasi"] == pytest.approx(140 / 300 * 100)  # 46.7% vs 68%
    assert part["Status"] == "✖ Belum tercapai"
    assert part["Unit tercapai"] == "1 / 3"  # only Paya (70 >= 68)


def test_league_table_ranks_with_uncertain_rank_and_change(city_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    league = _frame_with(at, "Peringkat", "OPD", "Perubahan")
    rows = league.set_index("OPD")
    # mean attainment of each OPD's city indicators: DISPAR 104.2 (IKM 87.5 / 84),
    # DINKES (92.7 + 109.1 + 103.4 + 95.0 + 50.0) / 5 = 90.0, DPMG 68.6 (46.7 / 68)
    assert list(league["OPD"]) == [
        "Dinas Pariwisata",
        "Dinas Kesehatan dan Keluarga Berencana",
        "Dinas Pemberdayaan Masyarakat dan Gampong",
    ]
    assert rows.loc["Dinas Pariwisata", "Peringkat"] == (
        "≈ 1 (tidak pasti: hanya 2 pegawai dinilai)"
    )
    assert rows.loc["Dinas Kesehatan dan Keluarga Berencana", "Peringkat"] == "2"
    assert rows.loc["Dinas Pemberdayaan Masyarakat dan Gampong", "Peringkat"] == "3"
    # 2024: DPMG 1 (Paya 80/65 = 123%), DINKES 2 (Cot Ba'u IDL 100%), DISPAR none
    assert rows.loc["Dinas Pariwisata", "Perubahan"] == "baru"
    assert rows.loc["Dinas Kesehatan dan Keluarga Berencana", "Perubahan"] == "="
    assert rows.loc["Dinas Pemberdayaan Masyarakat dan Gampong", "Perubahan"] == "▼ 2"


def test_mismatch_at_opd_and_unit_level(city_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    opds = _frame_with(at, "OPD", "Hasil vs penilaian").set_index("OPD")
    dpmg = opds.loc["Dinas Pemberdayaan Masyarakat dan Gampong"]
    # Jaboi 30 and Beurawang 40 are below 68 x 90%: 2 of 3 results, 5 of 5 staff Baik
    assert dpmg["Hasil vs penilaian"].startswith("⚠ Tidak selaras")
    assert dpmg["Hasil di bawah ambang"] == "2 / 3 (67%)"
    assert dpmg["% Baik ke atas"] == pytest.approx(100.0)
    assert dpmg["Unit yang meleset"] == (
        "2 dari 3: Gampong Beurawang (1/1), Gampong Jaboi (1/1)"  # tie: by name
    )
    # DINKES: Balohan misses IDL, MR1 and DO, Cot Ba'u none, UCI city: 4 of 9
    dinkes = opds.loc["Dinas Kesehatan dan Keluarga Berencana"]
    assert dinkes["Hasil vs penilaian"] == "● Selaras"
    assert dinkes["Hasil di bawah ambang"] == "4 / 9 (44%)"
    # DISPAR: 2 people rated -> not assessed, its share hidden
    dispar = opds.loc["Dinas Pariwisata"]
    assert dispar["Hasil vs penilaian"] == "○ Tidak dinilai (< 5 pegawai)"
    assert pd.isna(dispar["% Baik ke atas"])
    units = _frame_with(at, "Unit", "Hasil vs penilaian", "Sektor").set_index("Unit")
    balohan = units.loc["Puskesmas Balohan"]
    assert balohan["Hasil vs penilaian"].startswith("⚠ Tidak selaras")
    assert balohan["Indikator belum tercapai"] == "3 / 4"
    assert "Puskesmas Cot Ba'u" not in units.index  # consistent: not listed


def test_drill_down_sector_opd_indicator_unit_and_back(city_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    summary = _frame_with(at, "Sektor", "Hasil tercapai").set_index("Sektor")
    # Kesehatan: 2 puskesmas x 4 indicators; on target: Cot Ba'u 4, Balohan DPT1
    assert summary.loc["Kesehatan", "Hasil tercapai"] == "5 / 8"
    at.selectbox(key="ringkasan_rinci_sektor").set_value("kesehatan").run()
    matrix = _frame_with(at, "Unit", "IDL", "Rata-rata (%)").set_index("Unit")
    assert matrix.loc["Puskesmas Balohan", "IDL"] == pytest.approx(
        IDL_BALOHAN / IDL_TARGET_NOV * 100
    )
    assert matrix.loc["Puskesmas Balohan", "Tercapai"] == "1 / 4"
    assert matrix.loc["Puskesmas Cot Ba'u", "Tercapai"] == "4 / 4"
    assert matrix.loc["Rata-rata indikator", "Tercapai"] == "5 / 8"
    at.selectbox(key="ringkasan_rinci_opd").set_value("DINKES").run()
    at.selectbox(key="ringkasan_rinci_indikator").set_value("KES-IDL").run()
    assert not at.exception
    bars = _bars(at, "Cakupan Imunisasi Dasar Lengkap (IDL) bayi 0–11 bulan per unit")
    assert bars == {  # worst first: drawn bottom-up, so listed last-to-first
        "Puskesmas Cot Ba'u": "● 100,8% (target ≥ 91,7%) · Tercapai",
        "Puskesmas Balohan": "✖ 66,0% (target ≥ 91,7%) · Belum tercapai",
    }
    assert at.query_params["rinci_indikator"] == "KES-IDL"
    at.selectbox(key="ringkasan_rinci_unit").set_value("PKM-BALOHAN").run()
    periods = _periods(at)
    assert len(periods) == 11  # IDL of Balohan, January..November
    assert periods["Status"].iloc[-1] == "✖ Belum tercapai"  # 66 / 91.67 = 72%
    at.button(key="ringkasan_rinci_kembali").click().run()  # indicator -> unit
    assert "rinci_indikator" not in at.query_params
    assert len(_periods(at)) == 4 * 11  # every indicator of Balohan by month


def test_a_copied_link_reopens_the_drill_level(city_env: Path) -> None:
    at = _open(
        "ringkasan_kota.py",
        tahun="2025",
        rinci_sektor="pemberdayaan",
        rinci_opd="DPMG",
        rinci_indikator="PMD-PARTISIPASI",
    )
    assert at.selectbox(key="ringkasan_rinci_opd").value == "DPMG"
    bars = _bars(at, "Tingkat partisipasi warga dalam musyawarah gampong per unit")
    assert bars["Gampong Jaboi"] == "✖ 30,0% (target ≥ 68,0%) · Belum tercapai"
    assert bars["Gampong Paya"] == "● 70,0% (target ≥ 68,0%) · Tercapai"


def test_overview_shows_no_names_or_nips(city_env: Path) -> None:
    at = _open("ringkasan_kota.py", rinci_sektor="kesehatan")
    text = " ".join(str(f.to_numpy().tolist()) for f in _frames(at))
    assert not NIP_PATTERN.search(text)
    assert "Pegawai 0" not in text  # model_helpers names people 'Pegawai <nnn>'


def test_health_page_states_per_puskesmas_and_link(city_env: Path) -> None:
    at = _open("kesehatan.py", unit="PKM-BALOHAN")
    table = _frame_with(at, "Puskesmas / kota", "Cakupan kumulatif (%)")
    rows = table.set_index("Puskesmas / kota")
    assert rows.loc["Puskesmas Balohan", "Cakupan kumulatif (%)"] == pytest.approx(66)
    assert rows.loc["Puskesmas Balohan", "Status"] == "✖ Belum tercapai"
    assert rows.loc["Puskesmas Cot Ba'u", "Status"] == "● Tercapai"
    assert rows.loc["Kota Sabang", "Status"] == "▲ Mendekati"
    assert at.selectbox(key="kesehatan_unit").value == "PKM-BALOHAN"  # from ?unit=
    links = [link.proto for link in at.get("page_link")]
    to_drill = [link for link in links if "rincian Ringkasan Kota" in link.label]
    assert to_drill and "Puskesmas Balohan" in to_drill[0].label
    assert "rinci_unit=PKM-BALOHAN" in to_drill[0].query_string


def test_tourism_page_marks_the_running_quarter_provisional(city_env: Path) -> None:
    at = _open("pariwisata.py")
    table = _frame_with(at, "Unit", "Periode", "Mutu · kinerja unit")
    rows = table.set_index(["Unit", "Periode"])
    km0 = rows.loc[("UPTD Kawasan Wisata Tugu Kilometer Nol", "Triwulan III 2025")]
    assert km0["IKM"] == pytest.approx(75.0) and km0["Mutu · kinerja unit"] == (
        "C · Kurang Baik"
    )
    assert km0["Status"] == "✖ Belum tercapai"  # 75 / 84 = 89% < 95%
    running = rows.loc[("Tourist Information Center Sabang", "Triwulan IV 2025")]
    assert running["Mutu · kinerja unit"] == "C · Kurang Baik (sementara)"
    assert running["Status"].startswith("◐ Sementara")
    assert running["Keandalan"].startswith("◐ masih berjalan")
    year = rows.loc[("Tourist Information Center Sabang", "2025")]
    assert year["Mutu · kinerja unit"].endswith("(sementara)")  # the year runs on


def test_empowerment_page_names_dpmg_as_mismatch(city_env: Path) -> None:
    at = _open("pemberdayaan.py")
    opds = _frame_with(at, "OPD", "Hasil vs penilaian").set_index("OPD")
    assert list(opds.index) == ["Dinas Pemberdayaan Masyarakat dan Gampong"]
    assert opds.iloc[0]["Hasil vs penilaian"].startswith("⚠ Tidak selaras")
    units = _frame_with(at, "Unit", "Hasil vs penilaian").set_index("Unit")
    assert units.loc["Gampong Jaboi", "Hasil vs penilaian"] == (
        "○ Tanpa pegawai di unit ini (lihat tingkat OPD)"
    )


def test_indicator_catalogue_in_english(city_env: Path) -> None:
    at = _open("tentang_indikator.py", lang="en")
    text = " ".join(m.value for m in at.markdown)  # the cards inside the expanders
    assert "Infants aged 0–11 months who received HB0" in text
    assert "Bayi 0–11 bulan" not in text
    assert not any("no English version" in c.value for c in at.caption)
    table = _frame_with(at, "Code", "Definition")
    idl = table.set_index("Code").loc["KES-IDL"]
    assert idl["Formula"].startswith("number of infants with full basic immunisation")
