"""Kebutuhan Pelatihan below the page: the priority list from a hand-built warehouse
(query -> view, in the order the rules give), privacy (no list without individual
access, small groups hidden for aggregate roles), the running year said as "sejauh
ini", the routes to organise, the XLSX keeping an 18-digit NIP as text, and the
audit-logged export."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from model_helpers import build, employee, insert_raw, load_reference_tables, skp
from openpyxl import load_workbook

from dashboard import audit, components, downloads
from dashboard import queries_training as qt
from dashboard import training_blocks as blocks
from dashboard import training_charts as charts
from dashboard import training_views as views
from dashboard.access import FULL_ACCESS, AccessDenied, Scope
from pipelines import schema

SESUAI, BAWAH = "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
BAIK, BP = (SESUAI, SESUAI), (BAWAH, SESUAI)  # Baik; Butuh Perbaikan
AGGREGATE = views.Privacy(individual_access=False, min_n=5)
EVERYONE = views.Privacy(individual_access=True, min_n=5)


def nip(i: int) -> str:
    return f"198001012005011{i:03d}"


PPPK_NIP = "199001012020012002"


def _file_warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    """model_helpers.new_warehouse, but in a file the dashboard can open."""
    con = duckdb.connect(str(path))
    for kind in schema.KINDS:
        con.execute(schema.raw_table_ddl(kind))
    load_reference_tables(con)
    return con


@pytest.fixture()
def needs_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five people with known gaps, JP and ratings (2025, data up to March 2025):
    low1 low performer with 0 JP (priority 1), low2 PPPK low performer (2), few and
    under PNS with 5 and 19,5 JP (3), exact PNS with 20 JP (4)."""
    low1, few, under, exact = nip(1), nip(2), nip(3), nip(4)
    path = tmp_path / "needs.duckdb"
    con = _file_warehouse(path)
    insert_raw(
        con,
        "pegawai",
        [
            employee(low1, nama="Ani"),
            employee(few, nama="Budi"),
            employee(under, nama="Cut"),
            employee(exact, nama="Dedi"),
            employee(PPPK_NIP, "PPPK", nama="Evi"),
        ],
    )
    months = ["2025-01", "2025-02", "2025-03"]
    rows = []
    for who in (low1, PPPK_NIP):
        rows += [skp(who, m, *BP) for m in months]
    for who in (few, under, exact):
        rows += [skp(who, m, *BAIK) for m in months]
    insert_raw(con, "skp", rows)
    day = dt.date(2025, 1, 15)
    gap = dict(
        kompetensi="Pelayanan Publik",
        level_standar=3,
        level_aktual=2,
        tanggal_asesmen=day,
    )
    insert_raw(
        con,
        "kompetensi",
        [gap | {"nip": who} for who in (low1, few, under, exact, PPPK_NIP)]
        + [
            # Budi has a second, larger gap: his rows stay together, larger gap first
            dict(
                nip=few,
                kompetensi="Analisis Data",
                level_standar=4,
                level_aktual=1,
                tanggal_asesmen=day,
            ),
        ],
    )
    insert_raw(
        con,
        "pelatihan",
        [
            dict(nip=few, nama_pelatihan="A", jp=5, tanggal_mulai=day),
            dict(nip=under, nama_pelatihan="A", jp=19.5, tanggal_mulai=day),
            dict(nip=exact, nama_pelatihan="A", jp=20, tanggal_mulai=day),
        ],
    )
    build(con)
    con.close()
    monkeypatch.setenv("KINERJA_DB", str(path))
    return path


def _needs(scope: Scope = FULL_ACCESS) -> pd.DataFrame:
    return qt.priority_list.__wrapped__(scope, None, None)


RUNNING = dt.date(2025, 3, 31)


def test_priority_order_labels_and_reasons(needs_db: Path) -> None:
    needs = _needs()
    view = views.priority_view(needs, RUNNING, one_opd=False, lang="id").df
    got = list(zip(view["Prioritas"], view["Nama"], view["Kompetensi"], strict=True))
    assert got == [
        ("1 · Kinerja rendah & < 20 JP", "Ani", "Pelayanan Publik"),
        ("2 · Kinerja rendah", "Evi", "Pelayanan Publik"),
        ("3 · < 20 JP", "Budi", "Analisis Data"),  # 5 JP before 19,5 JP
        ("3 · < 20 JP", "Budi", "Pelayanan Publik"),
        ("3 · < 20 JP", "Cut", "Pelayanan Publik"),
        ("4 · Kesenjangan saja", "Dedi", "Pelayanan Publik"),
    ]
    reasons = dict(zip(view["Nama"], view["Alasan"], strict=False))
    assert reasons["Ani"].startswith(
        "Kinerja rendah pada periode terakhir; baru 0 dari hak 20 JP pada 2025 "
        "(sejauh ini); kesenjangan 1 level pada Pelayanan Publik (aktual 2, "
        "standar 3, asesmen 15 Januari 2025)"
    )
    assert reasons["Cut"].startswith("Baru 19,5 dari hak 20 JP pada 2025 (sejauh ini)")
    assert "20 JP pada 2025, hak 20 JP terpenuhi" in reasons["Dedi"]
    assert "0 JP pada 2025 (batas PPPK 24 JP)" in reasons["Evi"]
    assert list(view["JP 2025 sejauh ini"]) == [0, 0, 5, 5, 19.5, 20]
    assert set(view["Rute"]) == {"Klasikal · Pelatihan", "Nonklasikal · E-learning"}
    # a finished year: no "sejauh ini"
    done = views.priority_view(needs, None, one_opd=False, lang="id").df
    assert "JP 2025" in done.columns
    assert not done["Alasan"].str.contains("sejauh ini").any()


def test_priority_filters(needs_db: Path) -> None:
    needs = _needs()
    jenis, routes = views.filter_options(needs)
    assert routes == ["klasikal:pelatihan", "nonklasikal:e_learning"]
    high = views.filtered(needs, views.PriorityFilter(high_only=True))
    assert sorted(high["nama"].unique()) == ["Ani", "Budi", "Cut", "Evi"]
    e_learning = views.filtered(
        needs, views.PriorityFilter(rute="nonklasikal:e_learning")
    )
    assert list(e_learning["kompetensi"]) == ["Analisis Data"]
    english = views.priority_view(high, None, one_opd=True, lang="en").df
    assert english["Priority"].iloc[0] == "1 · Low performer & < 20 JP"
    assert english["Reason"].iloc[0].startswith("Low performer in the latest period")


def test_priority_list_is_refused_without_individual_access(needs_db: Path) -> None:
    with pytest.raises(AccessDenied):
        _needs(Scope("wali_kota"))
    scoped = _needs(Scope("kepala_opd", "DISPAR"))
    assert scoped.empty  # everybody above works at DINKES


def test_priority_xlsx_keeps_an_18_digit_nip_as_text(needs_db: Path) -> None:
    view = views.priority_view(_needs(), None, one_opd=False, lang="id")
    book = load_workbook(io.BytesIO(downloads.to_xlsx_bytes(view.df)))
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    column = header.index("NIP") + 1
    cell = sheet.cell(row=2, column=column)
    assert cell.value == nip(1) and cell.data_type == "s"
    assert len(cell.value) == 18
    assert cell.number_format == "@"


def test_export_is_audit_logged() -> None:
    scope = Scope("kepala_opd", "DINKES")
    audit_as = components.AuditAs(
        scope, blocks.PAGE, "daftar", blocks.LIST, detail="opd=DINKES"
    )
    components._record_export(audit_as, "prioritas_pelatihan.xlsx", 12)
    components._record_export(audit_as, "prioritas_pelatihan.xlsx", 12)  # each counts
    log = audit.entries()
    assert len(log) == 2
    first = log.iloc[0]
    assert (
        first["page"],
        first["action"],
        first["subject_type"],
        first["subject"],
    ) == ("kebutuhan_pelatihan", "export", "daftar", "prioritas_pelatihan")
    assert first["detail"] == "prioritas_pelatihan.xlsx; 12 baris; opd=DINKES"
    assert first["scope_opd"] == "DINKES"


# ---------------------------------------------------------------- aggregates


def _gaps() -> pd.DataFrame:
    """Two OPDs: DINKES with 12 assessed, DISPAR with 3 (a small group)."""
    base = dict(
        jenis="manajerial",
        jalur="nonklasikal",
        bentuk="e_learning",
        rekomendasi_pelatihan="E-learning pelayanan publik",
        rute_bawaan=False,
        jp=10.0,
        kompetensi="Pelayanan Publik",
    )
    return pd.DataFrame(
        [
            base
            | dict(
                opd_kode="DINKES",
                opd_nama="Dinas Kesehatan",
                opd_singkatan="Dinkes",
                n_dinilai=12,
                n_kesenjangan=6,
                pct_kesenjangan=50.0,
                jumlah_kesenjangan=9,
                rata_kesenjangan=1.5,
            ),
            base
            | dict(
                opd_kode="DISPAR",
                opd_nama="Dinas Pariwisata",
                opd_singkatan="Dispar",
                n_dinilai=3,
                n_kesenjangan=2,
                pct_kesenjangan=200 / 3,
                jumlah_kesenjangan=2,
                rata_kesenjangan=1.0,
            ),
        ]
    )


def test_small_groups_are_hidden_from_aggregate_roles() -> None:
    gaps = _gaps()
    shown = views.gap_view(gaps, EVERYONE, "id").df.set_index("OPD")
    hidden = views.gap_view(gaps, AGGREGATE, "id").df.set_index("OPD")
    assert shown.loc["Dinas Pariwisata", "Dengan kesenjangan"] == 2
    assert pd.isna(hidden.loc["Dinas Pariwisata", "Dengan kesenjangan"])
    assert pd.isna(hidden.loc["Dinas Pariwisata", "% dengan kesenjangan"])
    assert hidden.loc["Dinas Kesehatan", "Dengan kesenjangan"] == 6
    heat = views.gap_heatmap_input(gaps, AGGREGATE, 2025, "id")["df"].set_index("opd")
    assert heat.loc["Dispar", "text"] == "< 5"
    assert pd.isna(heat.loc["Dispar", "pct"])
    assert heat.loc["Dinkes", "text"] == "<b>6</b><br>50%"  # few OPDs: share too
    routes = views.routes_frame(gaps, AGGREGATE, "id")
    assert routes.loc[0, "sebaran"] == "Dinkes 6 · Dispar < 5"
    assert views.route_text(routes.iloc[0].to_dict(), AGGREGATE, "id") == (
        "E-learning pelayanan publik: 8 orang di 2 OPD"
    )


def _jp() -> pd.DataFrame:
    row = dict(
        tahun_berjalan=True,
        n_pns_tanpa_jp=0,
        n_dinilai_kompetensi=0,
        n_dengan_kesenjangan=0,
        data_sampai=RUNNING,
    )
    return pd.DataFrame(
        [
            row
            | dict(
                opd_kode="DINKES",
                opd_nama="Dinas Kesehatan",
                opd_singkatan="Dinkes",
                n_pegawai=14,
                n_pns=10,
                n_pns_memenuhi=6,
                n_pns_kurang=4,
                pct_pns_memenuhi=60.0,
                jumlah_jp_pns=250.0,
                rata_jp_pns=25.0,
                n_pppk=4,
                n_pppk_melebihi_batas=1,
                jumlah_jp_pppk=60.0,
                rata_jp_pppk=15.0,
                jp_klasikal=100.0,
                jp_nonklasikal=210.0,
                jp_total=310.0,
                pct_jp_nonklasikal=67.74,
            ),
            row
            | dict(
                opd_kode="DISPAR",
                opd_nama="Dinas Pariwisata",
                opd_singkatan="Dispar",
                n_pegawai=15,
                n_pns=10,
                n_pns_memenuhi=9,
                n_pns_kurang=1,
                pct_pns_memenuhi=90.0,
                jumlah_jp_pns=300.0,
                rata_jp_pns=30.0,
                n_pppk=5,
                n_pppk_melebihi_batas=0,
                jumlah_jp_pppk=50.0,
                rata_jp_pppk=10.0,
                jp_klasikal=150.0,
                jp_nonklasikal=200.0,
                jp_total=350.0,
                pct_jp_nonklasikal=57.14,
            ),
        ]
    )


RULES = {"jp.hak_pns": 20.0, "jp.batas_pppk": 24.0, "data.min_orang_agregat": 5.0}


def test_jp_table_adds_the_city_and_hides_small_pppk_groups() -> None:
    view = views.jp_view(_jp(), RULES, AGGREGATE, RUNNING, "id").df.set_index("OPD")
    city = view.loc["Kota Sabang (semua OPD)"]
    assert (city["PNS"], city["PNS ≥ 20 JP"], city["% PNS ≥ 20 JP"]) == (20, 15, 75.0)
    assert city["PNS < 20 JP sejauh ini"] == 5
    assert city["Rata-rata JP PNS"] == pytest.approx(27.5)
    assert (city["PPPK"], city["PPPK > 24 JP"]) == (9, 1)
    assert city["% JP nonklasikal"] == pytest.approx(100 * 410 / 660)
    assert pd.isna(view.loc["Dinas Kesehatan", "PPPK > 24 JP"])  # 4 PPPK < 5
    assert view.loc["Dinas Pariwisata", "PPPK > 24 JP"] == 0
    finished = views.jp_view(_jp(), RULES, EVERYONE, None, "id").df
    assert "PNS < 20 JP" in finished.columns
    assert finished.set_index("OPD").loc["Dinas Kesehatan", "PPPK > 24 JP"] == 1


def test_running_year_is_said_so_far() -> None:
    meta = {"data_sampai": dt.date(2026, 10, 31)}
    assert views.running_until(meta, 2026) == dt.date(2026, 10, 31)
    assert views.running_until(meta, 2025) is None
    assert views.running_until({"data_sampai": dt.date(2025, 12, 31)}, 2025) is None
    kpis = views.training_kpis(_jp(), {}, RULES, EVERYONE, RUNNING, "id")
    pns = kpis[1]
    assert pns.label == "PNS ≥ 20 JP sejauh ini"
    assert pns.value == "75,0%"
    assert "sejauh ini, s.d. 31 Maret 2025" in (pns.help or "")
    assert kpis[2].value == "1"  # PPPK above 24 JP
    done = views.training_kpis(_jp(), {}, RULES, EVERYONE, None, "id")
    assert done[1].label == "PNS ≥ 20 JP"
    chart = views.jp_chart_input(_jp(), RULES, EVERYONE, 2025, RUNNING, "id")
    assert chart["title"].endswith("(sejauh ini, s.d. 31 Maret 2025)")
    assert list(chart["df"]["text"]) == [
        "60,0% · 4 PNS < 20 JP",
        "90,0% · 1 PNS < 20 JP",
    ]


def test_figures_print_their_numbers() -> None:
    heat = charts.build_gap_heatmap(
        **views.gap_heatmap_input(_gaps(), EVERYONE, 2025, "id")
    )
    assert heat.data[0].type == "heatmap"
    assert "<b>2</b><br>67%" in {t for row in heat.data[0].text for t in row}
    routes = views.routes_frame(_gaps(), EVERYONE, "id")
    bars = charts.build_route_bars(
        **views.routes_chart_input(routes, EVERYONE, 2025, "id")
    )
    assert [trace.name for trace in bars.data] == ["Nonklasikal"]
    assert list(bars.data[0].text) == ["8 orang · 2 OPD · E-learning"]
    share = charts.build_share_bars(
        **views.jp_chart_input(_jp(), RULES, EVERYONE, 2025, None, "id")
    )
    assert list(share.data[0].y) == ["Dispar", "Dinkes"]  # lowest share on top


def test_the_heatmap_holds_the_opds_with_most_gaps_each_in_its_own_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A province: every regency has its 'Disdik'. Above HEATMAP_MAX_OPD OPDs the
    heatmap keeps those with the most gaps and says so; OPDs sharing a short name
    get their full names, never one merged column."""
    base = _gaps().iloc[0].to_dict()
    gaps = pd.DataFrame(
        [
            base
            | dict(
                opd_kode=f"11{i:02d}-DISDIK",
                opd_nama=f"Dinas Pendidikan Kabupaten {i}",
                opd_singkatan="Disdik",
                n_kesenjangan=i,
            )
            for i in range(1, 6)
        ]
    )
    monkeypatch.setattr(views, "HEATMAP_MAX_OPD", 3)
    heat = views.gap_heatmap_input(gaps, EVERYONE, 2025, "id")
    assert heat["x_order"] == [f"Dinas Pendidikan Kabupaten {i}" for i in (5, 4, 3)]
    assert set(heat["df"]["opd"]) == set(heat["x_order"])
    fig = charts.build_gap_heatmap(**heat)
    assert len(set(fig.data[0].x)) == 3
    assert views.gap_heatmap_note(gaps, "id") == (
        "Grafik memuat 3 OPD dengan kesenjangan terbanyak dari 5; semuanya ada di "
        "tabel di bawah grafik."
    )
    assert views.gap_heatmap_note(gaps.head(3), "id") is None
    assert len(views.gap_view(gaps, EVERYONE, "id").df) == 5  # the table keeps all


def test_the_jp_chart_holds_the_lowest_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    jp = pd.concat([_jp()] * 3, ignore_index=True)
    jp["opd_kode"] = [f"OPD{i}" for i in range(len(jp))]
    jp["opd_nama"] = [f"Dinas {i}" for i in range(len(jp))]
    jp["opd_singkatan"] = None
    jp["pct_pns_memenuhi"] = [10.0 * (i + 1) for i in range(len(jp))]
    monkeypatch.setattr(views, "JP_CHART_MAX_OPD", 2)
    bars = views.jp_chart_input(jp, RULES, EVERYONE, 2025, None, "id")
    assert list(bars["df"]["label"]) == ["Dinas 0", "Dinas 1"]
    assert views.jp_chart_note(jp, EVERYONE, "id").startswith(
        f"Grafik memuat 2 OPD dengan pangsa PNS memenuhi hak JP terendah dari {len(jp)}"
    )
    monkeypatch.setattr(views, "JP_CHART_MAX_OPD", len(jp))
    assert views.jp_chart_note(jp, EVERYONE, "id") is None
