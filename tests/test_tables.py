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
    assert list(frame["Sektor"]) == ["Kesehatan", "Pariwisata"]  # config.SECTORS order
    assert list(frame["Periode"]) == ["Sep 2025", "TW III 2025"]
    assert list(frame["Status"]) == ["● Tercapai", "▲ Mendekati"]
    assert list(frame["Tren"]) == ["▼ memburuk", "▲ membaik"]
    styled = frame.style
    for mask, formats in view.row_formats:
        for column, formatter in formats.items():
            styled = styled.format(
                formatter, subset=pd.IndexSlice[frame.index[mask], [column]]
            )
    html = styled.to_html()
    assert "≤ 5,0%" in html and "≥ 84,00" in html and "4,8%" in html
