"""View models (dashboard/tables.py): labels, uncertain ranks, privacy suppression."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import tables
from dashboard.access import Scope

RULES = {"data.min_orang_agregat": 5.0, "data.min_kelengkapan_pct": 80.0}


def _league(**overrides: object) -> pd.DataFrame:
    row = {
        "opd_kode": "DINSOS",
        "opd_nama": "Dinas Sosial",
        "opd_singkatan": "Dinsos",
        "sektor": "layanan_dasar",
        "tahun": 2025,
        "n_pegawai": 30,
        "n_dinilai": 30,
        "pct_baik_ke_atas": 90.0,
        "n_indikator": 2,
        "n_tercapai": 1,
        "rata_capaian_pct": 95.0,
        "kelengkapan_skp_pct": 97.0,
        "peringkat": 7,
        "peringkat_pasti": True,
        "alasan_tidak_pasti": None,
        "peringkat_sebelumnya": 9,
    }
    return pd.DataFrame([{**row, **overrides}])


def test_certain_rank_is_a_plain_number_with_its_change() -> None:
    view = tables.opd_view(_league(), RULES, Scope("bkpsdm"), "id").df
    assert view.loc[0, "Peringkat"] == "7"
    assert view.loc[0, "Perubahan"] == "▲ 2"
    assert view.loc[0, "Indikator tercapai"] == "1 / 2"


def test_uncertain_rank_names_its_reason() -> None:
    league = _league(n_pegawai=3, n_dinilai=3, peringkat_pasti=False)
    view = tables.opd_view(league, RULES, Scope("bkpsdm"), "id").df
    assert view.loc[0, "Peringkat"] == "≈ 7 (tidak pasti: hanya 3 pegawai dinilai)"
    english = tables.opd_view(league, RULES, Scope("bkpsdm"), "en").df
    assert english.loc[0, "Rank"] == "≈ 7 (uncertain: only 3 staff evaluated)"


def test_uncertain_rank_from_low_completeness() -> None:
    league = _league(kelengkapan_skp_pct=61.4, peringkat_pasti=False)
    view = tables.opd_view(league, RULES, Scope("bkpsdm"), "id").df
    assert view.loc[0, "Peringkat"] == "≈ 7 (tidak pasti: kelengkapan SKP 61%)"


def test_small_groups_are_hidden_from_roles_without_individual_access() -> None:
    league = _league(n_pegawai=3, n_dinilai=3, peringkat_pasti=False)
    mayor = tables.opd_view(league, RULES, Scope("wali_kota"), "id").df
    assert pd.isna(mayor.loc[0, "% Baik ke atas"])
    bkpsdm = tables.opd_view(league, RULES, Scope("bkpsdm"), "id").df
    assert bkpsdm.loc[0, "% Baik ke atas"] == 90.0


def test_opds_without_any_data_leave_the_table_and_are_named_below() -> None:
    league = pd.concat(
        [
            _league(),
            _league(
                opd_kode="DKPP",
                opd_nama="Dinas Kelautan",
                opd_singkatan="DKPP",
                n_pegawai=0,
                n_dinilai=0,
                n_indikator=0,
                peringkat=None,
            ),
        ],
        ignore_index=True,
    )
    view = tables.opd_view(league, RULES, Scope("bkpsdm"), "id").df
    assert list(view["OPD"]) == ["Dinas Sosial"]
    assert "1 OPD belum memiliki data" in tables.opd_caption(league, RULES, 2025, "id")
    assert "DKPP" in tables.opd_caption(league, RULES, 2025, "id")


@pytest.mark.parametrize(
    ("status", "lang", "label"),
    [
        ("tercapai", "id", "● Tercapai"),
        ("mendekati", "id", "▲ Mendekati"),
        ("tidak_tercapai", "id", "✖ Belum tercapai"),
        ("tanpa_target", "id", "○ Tanpa target"),
        ("tercapai", "en", "● On target"),
        (None, "id", "○ Tanpa target"),
    ],
)
def test_status_labels_carry_a_symbol_and_text(
    status: str | None, lang: str, label: str
) -> None:
    assert tables.status_label(status, lang) == label


def test_scorecard_view_groups_by_sector_and_marks_target_direction() -> None:
    df = pd.DataFrame(
        {
            "kode_indikator": ["PAR-IKM", "KES-DO"],
            "nama_id": ["Indeks Kepuasan Masyarakat", "Angka drop-out"],
            "nama_en": ["Public satisfaction index", "Drop-out rate"],
            "sektor": ["pariwisata", "kesehatan"],
            "periode": ["2025-Q3", "2025-09"],
            "arah": ["naik", "turun"],
            "satuan": ["indeks", "%"],
            "realisasi_kumulatif": [82.5, 4.8],
            "target_periode": [84.0, 5.0],
            "target": [84.0, 5.0],
            "capaian_pct": [98.2, 104.2],
            "status": ["mendekati", "tercapai"],
            "capaian_sebelumnya": [90.0, 110.0],
        }
    )
    view = tables.scorecard_view(df, "id")
    frame = view.df
    # config.SECTORS order, each sector opened by its average row
    assert list(frame["Sektor"]) == ["Kesehatan"] * 2 + ["Pariwisata"] * 2
    assert list(frame["Indikator"]) == [
        "Rata-rata sektor · 1 / 1 indikator kota tercapai",
        "Angka drop-out",
        "Rata-rata sektor · 0 / 1 indikator kota tercapai",
        "Indeks Kepuasan Masyarakat",
    ]
    assert list(frame["Periode"])[1::2] == ["Sep 2025", "TW III 2025"]
    assert list(frame["Status"])[1::2] == ["● Tercapai", "▲ Mendekati"]
    assert list(frame["Tren"])[1::2] == ["▼ memburuk", "▲ membaik"]
    assert list(view.status_codes) == ["", "tercapai", "", "mendekati"]
    styled = frame.style
    for mask, formats in view.row_formats:
        for column, formatter in formats.items():
            styled = styled.format(
                formatter, subset=pd.IndexSlice[frame.index[mask], [column]]
            )
    html = styled.to_html()
    assert "≤ 5,0%" in html and "≥ 84,00" in html and "4,8%" in html


def test_a_running_period_is_provisional_not_graded() -> None:
    assert tables.status_label("mendekati", "id", True) == "◐ Sementara (▲ Mendekati)"
    assert tables.status_label("tercapai", "en", True) == "◐ Provisional (● On target)"
    assert tables.status_label("tercapai", "id", float("nan")) == "● Tercapai"
    assert tables.shown_status("tercapai", True) == "tanpa_target"  # grey, no grade
    assert tables.shown_status("tercapai", None) == "tercapai"


def test_catalogue_texts_follow_the_language_with_indonesian_fallback() -> None:
    row = {"definisi": "Bayi 0–11 bulan", "definisi_en": "Infants 0–11 months",
           "catatan": "Catatan", "catatan_en": None}  # fmt: skip
    assert tables.catalogue_text(row, "definisi", "en") == "Infants 0–11 months"
    assert tables.catalogue_text(row, "definisi", "id") == "Bayi 0–11 bulan"
    assert tables.catalogue_text(row, "catatan", "en") == "Catatan"
    frame = pd.DataFrame([row])
    assert tables.english_missing(frame)  # catatan, formula and sumber lack English
    full = pd.DataFrame(
        [{f: "x" for f in ("definisi", "formula", "sumber", "catatan")}
         | {f"{f}_en": "y" for f in ("definisi", "formula", "sumber", "catatan")}]
    )  # fmt: skip
    assert not tables.english_missing(full)


def test_unit_matrix_has_averages_symbols_and_tints() -> None:
    from dashboard import overview_views as ov

    rows = pd.DataFrame(
        {
            "unit_kode": ["A", "A", "B", "B"],
            "unit_nama": ["Puskesmas A", "Puskesmas A", "Puskesmas B", "Puskesmas B"],
            "kode_indikator": ["KES-IDL", "KES-DO", "KES-IDL", "KES-DO"],
            "capaian_pct": [110.0, 40.0, 72.0, 150.0],
            "status": ["tercapai", "tidak_tercapai", "tidak_tercapai", "tercapai"],
            "berjalan": [False, False, False, True],
        }
    )
    view = ov.unit_matrix_view(rows, "id")
    frame = view.df.set_index("Unit")
    assert list(frame.index) == ["Rata-rata indikator", "Puskesmas A", "Puskesmas B"]
    assert frame.loc["Rata-rata indikator", "IDL"] == pytest.approx(91.0)
    assert frame.loc["Puskesmas A", "Rata-rata (%)"] == pytest.approx(75.0)
    assert frame.loc["Puskesmas B", "Tercapai"] == "1 / 2"  # a running one counts
    assert list(view.cell_status["IDL"]) == ["", "tercapai", "tidak_tercapai"]
    assert list(view.cell_status["Drop-out ↓"]) == [
        "",
        "tidak_tercapai",
        "tanpa_target",
    ]
    styled = view.df.style.format(view.formats)  # as components.table shows it
    for mask, formats in view.row_formats:
        for column, formatter in formats.items():
            styled = styled.format(
                formatter, subset=pd.IndexSlice[view.df.index[mask], [column]]
            )
    html = styled.to_html()
    assert "● 110,0%" in html and "✖ 72,0%" in html and "◐ 150,0%" in html
    assert ">91,0%<" in html and "● 91,0%" not in html  # averages: plain numbers


def test_completeness_heatmap_holds_the_lowest(monkeypatch: pytest.MonkeyPatch) -> None:
    """A province has hundreds of units: the heatmap keeps those with the lowest
    completeness and says so; the table keeps them all."""
    grid = pd.DataFrame(
        [
            {
                "subjek_nama": f"Unit {i}",
                "subjek_kode": f"U{i}",
                "bulan": b,
                "kelengkapan_pct": 100.0 - 10 * i - b,
            }
            for i in range(5)
            for b in (1, 2)
        ]
    )
    monkeypatch.setattr(tables, "COMPLETENESS_CHART_MAX", 2)
    cells = tables.completeness_chart_input(grid, "skp", 2025, "id")
    assert set(cells["df"]["subjek_nama"]) == {"Unit 4", "Unit 3"}
    assert tables.completeness_note(grid, "id") == (
        "Grafik memuat 2 OPD/unit dengan kelengkapan terendah dari 5; semuanya ada "
        "di tabel di bawah grafik."
    )
    monkeypatch.setattr(tables, "COMPLETENESS_CHART_MAX", 5)
    assert tables.completeness_note(grid, "id") is None
    assert len(tables.completeness_chart_input(grid, "skp", 2025, "id")["df"]) == 10


def test_bar_charts_hold_the_furthest_from_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hundreds of puskesmas: coverage keeps the lowest, drop-out the highest, in the
    table's order, and the note says how many of how many."""
    monkeypatch.setattr(tables, "BAR_CHART_MAX", 2)
    drop = pd.DataFrame(
        {
            "unit_nama": ["A", "B", "C", "D"],
            "realisasi_kumulatif": [1.0, 9.0, 7.0, None],
        }
    )
    chart = tables.drop_out_chart_input(drop, {}, 2025, "id")
    assert list(chart["df"]["label"]) == ["B", "C"]
    assert tables.bar_chart_note(chart, "id") == (
        "Grafik memuat 2 yang terjauh dari target dari 4; semuanya ada di tabel di "
        "bawah grafik."
    )
    low = tables._worst_bars(
        pd.DataFrame({"label": list("ABCD"), "value": [50.0, None, 10.0, 90.0]}), "low"
    )
    assert list(low["label"]) == ["A", "C"]
    few = tables.drop_out_chart_input(drop.head(2), {}, 2025, "id")
    assert tables.bar_chart_note(few, "id") is None
