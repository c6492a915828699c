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
    "kualitas_data.py": "Kualitas Data & Impor",
}
EXPECTED_HEADER_EN = {
    "ringkasan_kota.py": "City Overview",
    "kualitas_data.py": "Data Quality & Imports",
}
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


@pytest.mark.parametrize("page", sorted(EXPECTED_HEADER))
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
