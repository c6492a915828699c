"""AppTest against the real sample warehouse: every page renders, plus behaviour.

The warehouse is built once per session by the real pipeline (tests/conftest.py:
`sample_warehouse`); `app_env` points KINERJA_DB at it.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
EXPECTED_HEADER = {
    "ringkasan_kota.py": "Ringkasan Kota",
    "kesehatan.py": "Kesehatan",
    "pariwisata.py": "Pariwisata",
    "pemberdayaan.py": "Pemberdayaan Masyarakat",
    "kualitas_data.py": "Kualitas Data & Impor",
    "tentang_indikator.py": "Tentang Indikator",
    "kinerja_pegawai.py": "Kinerja Pegawai",
    "peringatan_dini.py": "Peringatan Dini",
    "kebutuhan_pelatihan.py": "Kebutuhan Pelatihan",
    "log_audit.py": "Log Audit",
    "penghargaan.py": "Penghargaan",
}
EXPECTED_HEADER_EN = {
    "ringkasan_kota.py": "City Overview",
    "kesehatan.py": "Health",
    "pariwisata.py": "Tourism",
    "pemberdayaan.py": "Community Empowerment",
    "kualitas_data.py": "Data Quality & Imports",
    "tentang_indikator.py": "About the Indicators",
    "kinerja_pegawai.py": "Staff Performance",
    "peringatan_dini.py": "Early Warning",
    "kebutuhan_pelatihan.py": "Training Needs",
    "log_audit.py": "Audit Log",
    "penghargaan.py": "Awards",
}
# Pages that read only the app's own store, not the warehouse.
WAREHOUSE_FREE = {"log_audit.py"}
STATUS_LABELS = {"● Tercapai", "▲ Mendekati", "✖ Belum tercapai", "○ Tanpa target"}
NIP_PATTERN = re.compile(r"\b\d{18}\b")


def _open(page: str, **state: object) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in state.items():
        at.session_state[key] = value
    at.switch_page(f"../pages/{page}").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _frames(at: AppTest) -> list[pd.DataFrame]:
    return [frame.value for frame in at.dataframe]


def _scorecard(at: AppTest) -> pd.DataFrame:
    parts = [
        f for f in _frames(at) if "Indikator" in f.columns and "Status" in f.columns
    ]
    assert parts, "no scorecard table"
    return pd.concat(parts, ignore_index=True)


@pytest.mark.parametrize("page", sorted(EXPECTED_HEADER))
def test_page_renders(app_env: Path, page: str) -> None:
    at = _open(page)
    assert at.header[0].value == EXPECTED_HEADER[page]
    assert not at.error


@pytest.mark.parametrize("page", sorted(EXPECTED_HEADER_EN))
def test_english_switch_translates_the_page(app_env: Path, page: str) -> None:
    at = _open(page)
    at.segmented_control(key="lang").set_value("en").run()
    assert not at.exception
    assert at.header[0].value == EXPECTED_HEADER_EN[page]
    assert at.sidebar.selectbox(key="tahun").label == "Year"


@pytest.mark.parametrize("page", sorted(set(EXPECTED_HEADER) - WAREHOUSE_FREE))
def test_missing_warehouse_shows_how_to_load(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINERJA_DB", str(tmp_path / "nothing_here.duckdb"))
    at = _open(page)
    assert at.header[0].value == EXPECTED_HEADER[page]
    text = " ".join(info.value for info in at.info)
    assert "python -m pipelines ingest" in text
    assert "make run" in text
    assert not at.error


def test_incomplete_warehouse_explains_instead_of_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()  # a valid file without any table
    monkeypatch.setenv("KINERJA_DB", str(empty))
    at = _open("ringkasan_kota.py")
    text = " ".join(w.value for w in at.warning)
    assert "python -m pipelines build" in text


def test_data_as_of_line_is_indonesian(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    line = next(c.value for c in at.caption if c.value.startswith("Data per "))
    months = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
    assert re.match(rf"Data per \d{{1,2}} ({months}|November|Desember) \d{{4}}", line)


def test_scorecard_lists_city_indicators_with_status_labels(app_env: Path) -> None:
    card = _scorecard(_open("ringkasan_kota.py"))
    averages = card[card["Indikator"].str.startswith("Rata-rata sektor")]
    assert len(averages) == card["Sektor"].nunique()  # one average row per sector
    card = card.drop(averages.index)
    names = set(card["Indikator"])
    assert "Cakupan Imunisasi Dasar Lengkap (IDL) bayi 0–11 bulan" in names
    assert "Indeks Kepuasan Masyarakat unit layanan wisata" in names
    assert set(card["Status"]) <= STATUS_LABELS
    assert set(card["Status"]) & {"● Tercapai", "▲ Mendekati", "✖ Belum tercapai"}
    assert set(card["Sektor"]) <= {"Kesehatan", "Pariwisata", "Pemberdayaan Masyarakat"}


def test_kpis_are_formatted_the_indonesian_way(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    metrics = {m.label: m.value for m in at.metric}
    assert re.fullmatch(r"\d+ / \d+", metrics["Indikator tercapai"])
    assert re.fullmatch(r"\d{1,3},\d%", metrics["ASN berpredikat Baik ke atas"])
    assert re.fullmatch(r"\d{1,3},\d%", metrics["Cakupan IDL kota"])
    assert re.fullmatch(r"\d{2,3},\d{2}", metrics["Rata-rata IKM unit wisata"])


def test_sector_filter_narrows_the_scorecard(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    at.sidebar.selectbox(key="sektor").set_value("kesehatan").run()
    assert not at.exception
    card = _scorecard(at)
    assert set(card["Sektor"]) == {"Kesehatan"}
    assert len(at.get("plotly_chart")) == 2  # scorecard bars + trend per indicator


def test_opd_filter_restricts_the_league_table(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    at.sidebar.selectbox(key="opd").set_value("DINKES").run()
    assert not at.exception
    league = next(f for f in _frames(at) if "Peringkat" in f.columns)
    assert list(league["OPD"]) == ["Dinas Kesehatan dan Keluarga Berencana"]


def test_opd_table_shows_uncertain_ranks_softly(app_env: Path) -> None:
    league = next(
        f for f in _frames(_open("ringkasan_kota.py")) if "Peringkat" in f.columns
    )
    ranks = list(league["Peringkat"])
    assert ranks, "empty league table"
    for rank in ranks:
        assert re.fullmatch(r"\d+|≈ \d+ \(tidak pasti: .+\)", rank), rank


def test_city_overview_shows_no_names_or_nips(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    for frame in _frames(at):
        text = frame.astype(str).to_string()
        assert not NIP_PATTERN.search(text)
        assert "Nama" not in frame.columns and "NIP" not in frame.columns


def test_quarantine_lists_reasons_and_filters_by_file(app_env: Path) -> None:
    at = _open("kualitas_data.py")
    rejected = next(f for f in _frames(at) if "Alasan" in f.columns)
    assert len(rejected) > 0
    assert {"Berkas", "Baris", "Kolom", "Alasan"} <= set(rejected.columns)
    assert rejected["Alasan"].str.len().min() > 0
    first_file = rejected["Berkas"].iloc[0]
    at.selectbox(key="kualitas_berkas").set_value(first_file).run()
    filtered = next(f for f in _frames(at) if "Alasan" in f.columns)
    assert set(filtered["Berkas"]) == {first_file}


def test_import_runs_show_every_attempt_with_a_status_label(app_env: Path) -> None:
    at = _open("kualitas_data.py")
    runs = next(
        f for f in _frames(at) if "Status" in f.columns and "Berkas" in f.columns
    )
    assert len(runs) > 0
    assert set(runs["Status"]) <= {
        "✔ Dimuat",
        "↺ Duplikat (tidak ada perubahan)",
        "✖ Ditolak",
    }
    assert "✔ Dimuat" in set(runs["Status"])


def test_templates_are_offered_for_every_kind(app_env: Path) -> None:
    from pipelines.schema import KINDS

    at = _open("kualitas_data.py")
    labels = [button.label for button in at.get("download_button")]
    assert labels.count("CSV") == len(KINDS)
    assert labels.count("XLSX") == len(KINDS)
    assert "Unduh CSV" in labels and "Unduh XLSX" in labels


# --- Kesehatan ------------------------------------------------------------------------


def _frame_with(at: AppTest, *columns: str) -> pd.DataFrame:
    found = [f for f in _frames(at) if set(columns) <= set(f.columns)]
    assert found, f"no table with {columns}"
    return found[0]


def test_health_coverage_table_shows_each_puskesmas(app_env: Path) -> None:
    at = _open("kesehatan.py")
    table = _frame_with(at, "Cakupan kumulatif (%)", "Target s.d. bulan (%)")
    rows = table.set_index("Puskesmas / kota")
    assert {"Kota Sabang", "Puskesmas Cot Ba'u", "Puskesmas Balohan"} <= set(rows.index)
    # Year-to-date IDL coverage in December = all 2025 infants with IDL / target
    # infants (hand-checked in tests/test_health_pages.py against the raw rows).
    assert rows.loc["Puskesmas Cot Ba'u", "Cakupan kumulatif (%)"] == pytest.approx(
        165 / 172 * 100
    )
    assert rows.loc["Puskesmas Balohan", "Data s.d."] == "Desember 2025"
    assert set(table["Status"]) <= STATUS_LABELS
    assert len(at.get("plotly_chart")) == 4  # cumulative, projection, UCI, drop-out


def test_health_kpis_are_formatted_the_indonesian_way(app_env: Path) -> None:
    metrics = {m.label: m.value for m in _open("kesehatan.py").metric}
    assert re.fullmatch(r"\d{1,3},\d%", metrics["Cakupan IDL kota"])
    assert metrics["Gampong UCI"] == "5 / 7"
    assert metrics["Drop-out kota"] == "4,8%"
    assert metrics["Proyeksi tidak tercapai"] == "2 / 2"


def test_uci_labels_per_gampong(app_env: Path) -> None:
    uci = _frame_with(_open("kesehatan.py"), "Gampong", "Status UCI")
    status = dict(zip(uci["Gampong"], uci["Status UCI"], strict=True))
    assert status["Balohan"] == "✖ Belum UCI"  # 78,7% < 80% in December
    assert status["Ie Meulee"] == "● UCI"
    assert set(status.values()) <= {"● UCI", "✖ Belum UCI"}


def test_drop_out_of_a_known_puskesmas(app_env: Path) -> None:
    table = _frame_with(_open("kesehatan.py"), "Drop-out kumulatif (%)")
    rows = table.set_index("Puskesmas / kota")
    balohan = rows.loc["Puskesmas Balohan"]
    assert balohan["Drop-out kumulatif (%)"] == pytest.approx(8.620690, abs=1e-4)
    assert balohan["Status"] == "✖ Melebihi batas"
    assert rows.loc["Puskesmas Cot Ba'u", "Status"] == "● Dalam batas"


def test_projection_of_a_finished_year_shows_the_actual(app_env: Path) -> None:
    table = _frame_with(_open("kesehatan.py"), "Proyeksi akhir tahun (%)")
    rows = table.set_index("Puskesmas / kota")
    assert (
        rows.loc["Puskesmas Balohan", "Perkiraan"] == "✖ Tidak tercapai (hasil akhir)"
    )
    assert rows.loc["Puskesmas Balohan", "Proyeksi akhir tahun (%)"] == pytest.approx(
        102 / 131 * 100
    )


def test_outcome_vs_rating_mismatch_names_balohan(app_env: Path) -> None:
    table = _frame_with(_open("kesehatan.py"), "Hasil vs penilaian", "Unit")
    rows = table.set_index("Unit")
    assert rows.loc["Puskesmas Balohan", "Hasil vs penilaian"].startswith("⚠")
    assert rows.loc["Puskesmas Balohan", "Indikator belum tercapai"] == "3 / 4"
    assert rows.loc["Puskesmas Balohan", "% Baik ke atas"] == pytest.approx(100.0)
    assert rows.loc["Puskesmas Cot Ba'u", "Hasil vs penilaian"] == "● Selaras"


def test_health_page_ignores_another_sector_filter(app_env: Path) -> None:
    at = _open("kesehatan.py")
    at.sidebar.selectbox(key="sektor").set_value("pariwisata").run()
    assert not at.exception
    assert any("Pariwisata" in info.value for info in at.info)
    assert len(_frame_with(at, "Cakupan kumulatif (%)")) == 3


def test_health_page_for_another_opd_shows_empty_states(app_env: Path) -> None:
    at = _open("kesehatan.py")
    at.sidebar.selectbox(key="opd").set_value("DISPAR").run()
    assert not at.exception
    assert len(at.info) >= 4
    assert not at.get("plotly_chart")


def test_health_indicator_switch_changes_the_coverage(app_env: Path) -> None:
    at = _open("kesehatan.py")
    at.segmented_control(key="kesehatan_indikator").set_value("KES-MR1").run()
    assert not at.exception
    rows = _frame_with(at, "Cakupan kumulatif (%)").set_index("Puskesmas / kota")
    assert rows.loc["Puskesmas Cot Ba'u", "Target tahun (%)"] == pytest.approx(95.0)


@pytest.mark.parametrize("page", ["kesehatan.py", "tentang_indikator.py"])
def test_new_pages_show_no_names_or_nips(app_env: Path, page: str) -> None:
    for frame in _frames(_open(page)):
        assert not NIP_PATTERN.search(frame.astype(str).to_string())
        assert "Nama" not in frame.columns and "NIP" not in frame.columns


# --- Tentang Indikator ----------------------------------------------------------------


def test_catalogue_lists_every_indicator_with_its_2025_target(app_env: Path) -> None:
    at = _open("tentang_indikator.py")
    parts = [
        f for f in _frames(at) if "Kode" in f.columns and "Target 2025" in f.columns
    ]
    catalogue = pd.concat(parts, ignore_index=True).set_index("Kode")
    reference = Path(__file__).resolve().parent.parent / "data" / "reference"
    codes = pd.read_csv(reference / "indikator.csv")["kode_indikator"]
    targets = pd.read_csv(reference / "indikator_target.csv", keep_default_na=False)
    wanted = targets[(targets["tahun"] == 2025) & (targets["unit_kode"] == "")]
    assert set(catalogue.index) == set(codes)
    for code, target in zip(wanted["kode_indikator"], wanted["target"], strict=True):
        assert catalogue.loc[code, "Target 2025"] == pytest.approx(float(target)), code
    assert catalogue.loc["KES-DO", "Arah"] == "↓ makin rendah makin baik"
    assert catalogue.loc["KES-IDL", "Konfirmasi"].startswith("⚠")
    assert len(at.expander) == len(codes)


def test_catalogue_shows_the_rules_in_force(app_env: Path) -> None:
    at = _open("tentang_indikator.py")
    text = " ".join(m.value for m in at.markdown)
    assert "| Ambang UCI | 80% |" in text
    assert "| Batas drop-out | 5% |" in text
    assert "| Hak JP PNS | 20 JP |" in text
    assert "Definisi:" in text and "Rumus:" in text


def test_catalogue_follows_the_sector_filter(app_env: Path) -> None:
    at = _open("tentang_indikator.py")
    at.sidebar.selectbox(key="sektor").set_value("kesehatan").run()
    parts = [f for f in _frames(at) if "Kode" in f.columns]
    codes = set(pd.concat(parts)["Kode"])
    assert codes == {"KES-IDL", "KES-DPT1", "KES-MR1", "KES-DO", "KES-UCI"}


def _query_param(at: AppTest, key: str) -> str:
    """A value set by the app is a string in AppTest; one set by the test, a list."""
    value = at.query_params[key]
    return value[-1] if isinstance(value, list) else value


def test_the_year_is_always_in_the_url_so_a_copied_link_keeps_it(
    app_env: Path,
) -> None:
    # the sample holds 2025 only: opening without ?tahun writes tahun=2025 into the URL,
    # so the link still means 2025 after 2026 data arrives
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert at.sidebar.selectbox(key="tahun").value == 2025
    assert _query_param(at, "tahun") == "2025"


def test_a_year_from_the_url_is_used_and_an_unknown_one_is_corrected(
    app_env: Path,
) -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["tahun"] = "2025"
    at.run()
    assert at.sidebar.selectbox(key="tahun").value == 2025
    stale = AppTest.from_file(str(APP), default_timeout=60)
    stale.query_params["tahun"] = "1999"  # a link from before the data
    stale.run()
    assert not stale.exception
    assert stale.sidebar.selectbox(key="tahun").value == 2025
    assert _query_param(stale, "tahun") == "2025"


# --- Ringkasan Kota: drill-down, alerts, mismatch ----------------------------------


def _unit_scorecard(at: AppTest) -> pd.DataFrame:
    return _frame_with(at, "Unit", "Indikator", "Status", "Tren")


def _unit_periods(at: AppTest) -> pd.DataFrame:
    found = [
        f
        for f in _frames(at)
        if {"Indikator", "Periode", "Kode"} <= set(f.columns)
        and not {"Unit", "Sektor"} & set(f.columns)
    ]
    assert found, "no unit indicator table"
    return found[0]


def test_drill_to_a_sector_shows_its_units_with_status_labels(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    summary = _frame_with(at, "Sektor", "Hasil tercapai").set_index("Sektor")
    assert summary.loc["Kesehatan", "Unit"] == 2
    at.selectbox(key="ringkasan_rinci_sektor").set_value("kesehatan").run()
    assert not at.exception
    card = _unit_scorecard(at)
    units = card[card["Unit"] != "Rata-rata sektor"]
    assert set(units["Unit"]) == {"Puskesmas Balohan", "Puskesmas Cot Ba'u"}
    assert set(units["Status"]) <= STATUS_LABELS
    rows = units.set_index(["Unit", "Kode"])
    assert rows.loc[("Puskesmas Balohan", "KES-IDL"), "Status"] == "✖ Belum tercapai"
    assert rows.loc[("Puskesmas Cot Ba'u", "KES-DO"), "Status"] == "● Tercapai"
    assert set(units["Tren"]) <= {"▲ membaik", "▼ memburuk", "= tetap", "–", "—"}
    average = card[card["Unit"] == "Rata-rata sektor"].iloc[0]
    assert average["Indikator"] == "3 / 8 indikator unit tercapai"
    assert average["Capaian (%)"] == pytest.approx(units["Capaian (%)"].mean())
    matrix = _frame_with(at, "Unit", "IDL", "Rata-rata (%)").set_index("Unit")
    assert matrix.loc["Puskesmas Balohan", "IDL"] == pytest.approx(
        rows.loc[("Puskesmas Balohan", "KES-IDL"), "Capaian (%)"]
    )
    assert matrix.loc["Rata-rata indikator", "IDL"] == pytest.approx(
        units[units["Kode"] == "KES-IDL"]["Capaian (%)"].mean()
    )
    assert _query_param(at, "rinci_sektor") == "kesehatan"


def test_drill_to_a_unit_shows_its_indicators_by_period_and_back(
    app_env: Path,
) -> None:
    at = _open("ringkasan_kota.py")
    at.selectbox(key="ringkasan_rinci_sektor").set_value("kesehatan").run()
    at.selectbox(key="ringkasan_rinci_opd").set_value("DINKES").run()
    at.selectbox(key="ringkasan_rinci_unit").set_value("PKM-BALOHAN").run()
    assert not at.exception
    periods = _unit_periods(at)
    assert set(periods["Kode"]) == {"KES-IDL", "KES-DPT1", "KES-MR1", "KES-DO"}
    assert len(periods) == 4 * 12  # monthly, January to December 2025
    assert _query_param(at, "rinci_unit") == "PKM-BALOHAN"
    assert _query_param(at, "rinci_opd") == "DINKES"
    at.button(key="ringkasan_rinci_kembali").click().run()  # back to the OPD
    assert not at.exception
    assert "rinci_unit" not in at.query_params
    assert len(_unit_scorecard(at)) == 8 + 1
    at.button(key="ringkasan_rinci_kembali").click().run()  # back to the sector
    assert "rinci_opd" not in at.query_params
    at.button(key="ringkasan_rinci_kembali").click().run()  # back to the city
    assert "rinci_sektor" not in at.query_params
    assert _frame_with(at, "Sektor", "Hasil tercapai") is not None


def test_drill_state_from_the_url_reopens_the_same_level(app_env: Path) -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["rinci_sektor"] = "kesehatan"
    at.query_params["rinci_unit"] = "PKM-COT-BAU"  # an older link: no rinci_opd
    at.switch_page("../pages/ringkasan_kota.py").run()
    assert not at.exception
    assert at.selectbox(key="ringkasan_rinci_sektor").value == "kesehatan"
    assert at.selectbox(key="ringkasan_rinci_opd").value == "DINKES"
    assert at.selectbox(key="ringkasan_rinci_unit").value == "PKM-COT-BAU"
    assert len(_unit_periods(at)) == 48
    stale = AppTest.from_file(str(APP), default_timeout=60)
    stale.query_params["rinci_sektor"] = "tidak-ada"
    stale.switch_page("../pages/ringkasan_kota.py").run()
    assert not stale.exception
    assert stale.selectbox(key="ringkasan_rinci_sektor").value == "semua"


def test_alerts_summary_counts_match_the_marts(app_env: Path) -> None:
    con = duckdb.connect(str(app_env), read_only=True)
    try:
        city = con.sql(
            "select sektor, count(*) filter (where status in "
            "('mendekati', 'tidak_tercapai')), count(*) filter "
            "(where status <> 'tanpa_target') from mart_indicator_attainment "
            "where tingkat = 'kota' and tahun = 2025 and is_latest_graded_in_year "
            "group by sektor"
        ).fetchall()
        idl = con.sql(
            "select realisasi_kumulatif, bulan_ke, target "
            "from mart_indicator_attainment where kode_indikator = 'KES-IDL' "
            "and tingkat = 'unit' and tahun = 2025 and is_latest_in_year"
        ).fetchall()
        gampong = con.execute(
            "select count(distinct gampong_kode) filter "
            "(where status = 'tidak_tercapai'), count(distinct gampong_kode) "
            "from mart_gampong_outcome where tahun = 2025"
        ).fetchone()
        mismatch = con.execute(
            "select count(*) filter (where mismatch), count(*) filter "
            "(where not ditekan) from mart_unit_outcome_rating "
            "where tahun = 2025 and sektor = 'kesehatan'"
        ).fetchone()
        quarantine = con.execute(
            "select count(*), count(distinct file) from quarantine"
        ).fetchone()
    finally:
        con.close()
    labels = [link.proto.label for link in _open("ringkasan_kota.py").get("page_link")]
    sector_names = {
        "kesehatan": "Kesehatan",
        "pariwisata": "Pariwisata",
        "pemberdayaan": "Pemberdayaan Masyarakat",
    }
    for sektor, missed, of in city:
        line = f"{sector_names[sektor]}: {missed} dari {of} indikator kota belum"
        assert any(label.startswith(line) for label in labels), (line, labels)
    projected_miss = sum(
        (real * 12 / month if month < 12 else real) < target
        for real, month, target in idl
    )
    assert f"{projected_miss} dari {len(idl)} puskesmas diproyeksikan" in " ".join(
        labels
    )
    assert f"{gampong[0]} dari {gampong[1]} gampong" in " ".join(labels)
    assert f"Kesehatan: {mismatch[0]} dari {mismatch[1]} unit dinilai" in " ".join(
        labels
    )
    assert f"{quarantine[0]} baris ditolak (karantina) dari {quarantine[1]} berkas" in (
        " ".join(labels)
    )


def test_city_mismatch_table_lists_balohan_with_its_numbers(app_env: Path) -> None:
    at = _open("ringkasan_kota.py")
    table = _frame_with(at, "Hasil vs penilaian", "Sektor", "Unit")
    rows = table.set_index("Unit")
    balohan = rows.loc["Puskesmas Balohan"]
    assert balohan["Hasil vs penilaian"].startswith("⚠")
    assert balohan["Indikator belum tercapai"] == "3 / 4"
    assert balohan["% Baik ke atas"] == pytest.approx(100.0)
    assert balohan["Sektor"] == "Kesehatan"
    others = table[table["Unit"] != "Puskesmas Balohan"]
    assert set(others["Hasil vs penilaian"]) <= {
        "○ Tidak dinilai (< 5 pegawai)",
        "○ Tanpa pegawai di unit ini (lihat tingkat OPD)",
    }
    assert others["% Baik ke atas"].isna().all()
