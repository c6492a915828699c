"""Peringatan Dini in AppTest against the sample warehouse built by the real pipeline:
the flags it lists with their reasons and components, recording and updating an
action through the forms, the scope of an OPD head, the follow-up filters, English,
and the follow-up export (XLSX with NIPs as text, formulas neutralised, audited).
"""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard import actions, audit, components, downloads
from dashboard import flags_blocks as blocks
from dashboard import flags_views as views
from dashboard import queries_flags as qf
from dashboard.access import Scope

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGE = "../pages/peringatan_dini.py"
DONI, RAZALI = "198311182017041001", "198611252024211001"
DONI_FLAG = f"pegawai|{DONI}|kinerja_rendah|2025-03"
DONI_REASON = (
    "Predikat di bawah Baik pada 3 dari 3 periode terakhir (periode ini: Butuh "
    "Perbaikan). Berlangsung 10 periode berturut-turut sejak 2025-03."
)


def _open(**state: object) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in state.items():
        at.session_state[key] = value
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _watch(at: AppTest) -> pd.DataFrame:
    frame = at.dataframe[0].value
    assert "Alasan" in frame.columns or "Reason" in frame.columns
    return frame


def _register(at: AppTest) -> pd.DataFrame:
    found = [f.value for f in at.dataframe if "Sesudah tindakan" in f.value.columns]
    assert found, "no follow-up register on the page"
    return found[0]


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _record_doni(at: AppTest, owner: str = "Sekretaris Dinas Pariwisata") -> AppTest:
    at.selectbox(key="peringatan_tanda").set_value(DONI_FLAG)
    at.selectbox(key="peringatan_tl_jenis").set_value("mentoring")
    at.text_input(key="peringatan_tl_pemilik").input(owner)
    at.text_area(key="peringatan_tl_catatan").input("Mentoring dua mingguan")
    at.button(key="peringatan_tl_simpan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_page_lists_the_sample_flags_with_their_reasons(app_env: Path) -> None:
    at = _open()
    assert at.header[0].value == "Peringatan Dini"
    assert _metrics(at) == {
        "Kinerja rendah": "6",
        "Stagnasi pegawai": "6",
        "Resistensi": "12",
        "Stagnasi unit": "1",
        "Hasil ≠ penilaian": "1",
        "Tanda ditindaklanjuti": "0",
        "Sedang/tinggi tanpa tindak lanjut": "13",
        "Tindakan berjalan": "0",
        "Tindakan terlambat": "0",
    }
    watch = _watch(at)
    # default: severity sedang and above, most severe and longest first
    assert len(watch) == 13
    assert set(watch["Keparahan"]) == {"●●● Tinggi", "●●○ Sedang"}
    first = watch.iloc[0]
    assert (first["Pegawai / unit"], first["NIP"], first["Sinyal"]) == (
        "Doni Nasution, S.Par",
        DONI,
        "Kinerja rendah",
    )
    assert first["Alasan"] == DONI_REASON
    assert (first["Pertama muncul"], first["Lama (periode)"]) == ("Mar 2025", 10)
    assert first["Tindak lanjut"] == "– belum ada"
    unit = watch[watch["Pegawai / unit"] == "Puskesmas Balohan"]
    assert set(unit["Sinyal"]) == {
        "Stagnasi unit",
        "Hasil tidak selaras dengan penilaian",
    }
    assert unit["NIP"].isna().all()
    caption = " ".join(c.value for c in at.caption)
    assert "12 tanda resistensi, 10 di antaranya rendah" in caption
    assert "13 tanda sesuai filter." in caption


def test_all_severities_show_each_resistance_component(app_env: Path) -> None:
    at = _open(peringatan_keparahan="rendah")
    watch = _watch(at)
    assert len(watch) == 26
    row = watch[
        (watch["NIP"] == "199909212024211001")
        & (watch["Sinyal"] == "Resistensi terhadap perubahan")
    ].iloc[0]
    assert row["Keparahan"] == "●●○ Sedang"
    assert row["Komponen"] == (
        "○ Laporan telat: 0 dari 6 periode (aktif bila ≥ 3) · "
        "● Nilai diri > atasan: 6 dari 6 periode (aktif bila ≥ 4) · "
        "● Tanpa JP: 0,0 JP dalam 12 bulan, 2 kesenjangan terbuka "
        "(aktif bila ≤ 0 JP dan ada kesenjangan) · "
        "○ Adaptif turun: turun 0,33 poin (aktif bila ≥ 0,5)"
    )
    # the detail of the flag: one row per component, value, threshold, on/off
    at.selectbox(key="peringatan_tanda").set_value(
        "pegawai|199909212024211001|resistensi|2025-06"
    ).run()
    parts = next(
        f.value for f in at.dataframe if "Ambang" in f.value.columns
    ).set_index("Komponen")
    assert parts.loc["Penilaian diri di atas penilaian atasan", "Nilai"] == (
        "6 dari 6 periode"
    )
    assert (
        parts.loc["Penilaian diri di atas penilaian atasan", "Aktif?"] == "● Ya, aktif"
    )
    assert (
        parts.loc["Laporan mandiri terlambat atau tidak diisi", "Aktif?"] == "○ Tidak"
    )
    assert parts.loc["Nilai Adaptif menurun", "Ambang"] == "aktif bila ≥ 0,5"


def test_filters_by_signal_persistence_and_period(app_env: Path) -> None:
    at = _open()
    at.multiselect(key="peringatan_sinyal").set_value(["stagnasi_pegawai"]).run()
    assert set(_watch(at)["Sinyal"]) == {"Stagnasi pegawai"}
    assert len(_watch(at)) == 3  # the three sedang ones (3 more are rendah)
    at.multiselect(key="peringatan_sinyal").set_value(["kinerja_rendah"])
    at.number_input(key="peringatan_lama").set_value(9).run()
    assert sorted(_watch(at)["NIP"]) == [DONI, RAZALI]
    at.number_input(key="peringatan_lama").set_value(1)
    at.selectbox(key="peringatan_periode").set_value("2025").run()
    annual = _watch(at)
    assert set(annual["Periode"]) == {"2025"}
    assert set(annual["Alasan"].str[:26]) == {"Predikat tahunan 2025: But"}


def test_a_period_of_another_year_falls_back_to_current_flags(app_env: Path) -> None:
    at = _open(peringatan_periode="2024-05")
    assert at.selectbox(key="peringatan_periode").value == "terkini"
    assert len(_watch(at)) == 13


def test_the_list_view_is_audited_once_per_session(app_env: Path) -> None:
    at = _open()
    at.run()
    at.selectbox(key="peringatan_tindak").set_value("tanpa").run()
    log = audit.entries()
    seen = log[(log["action"] == "view") & (log["subject"] == "peringatan_dini")]
    assert len(seen) == 1
    assert (seen.iloc[0]["subject_type"], seen.iloc[0]["role"]) == ("daftar", "bkpsdm")


def test_record_an_action_through_the_form(app_env: Path) -> None:
    at = _record_doni(_open())
    assert [s.value for s in at.success] == [
        "Tindak lanjut \\#1 untuk Doni Nasution, S\\.Par tersimpan\\."
    ]
    row = _watch(at).iloc[0]
    assert (row["NIP"], row["Tindak lanjut"], row["Penanggung jawab"]) == (
        DONI,
        "○ Direncanakan",
        "Sekretaris Dinas Pariwisata",
    )
    register = _register(at)
    assert list(register["Jenis tindakan"]) == ["Mentoring"]
    assert list(register["Sesudah tindakan"]) == ["… Belum ada data setelah tindakan"]
    assert list(register["Sebelum"]) == ["Butuh Perbaikan (Des 2025)"]
    metrics = _metrics(at)
    assert metrics["Tanda ditindaklanjuti"] == "1"
    assert metrics["Sedang/tinggi tanpa tindak lanjut"] == "12"
    assert metrics["Tindakan berjalan"] == "1"
    # the form is ready for the next action
    assert at.text_input(key="peringatan_tl_pemilik").value == ""
    # who wrote it and that the list was looked at: in the audit log
    log = audit.entries()
    assert {"write", "view"} <= set(log["action"])
    views_logged = log[log["action"] == "view"]
    assert set(views_logged["subject"]) >= {"peringatan_dini", "tindak_lanjut"}


def test_an_invalid_form_explains_and_saves_nothing(app_env: Path) -> None:
    at = _open()
    at.selectbox(key="peringatan_tanda").set_value(DONI_FLAG)
    at.text_area(key="peringatan_tl_catatan").input("Tanpa penanggung jawab")
    at.button(key="peringatan_tl_simpan").click().run()
    assert [e.value for e in at.error] == ["Penanggung jawab wajib diisi\\."]
    assert at.text_area(key="peringatan_tl_catatan").value == "Tanpa penanggung jawab"
    assert actions.list_actions(Scope("bkpsdm")).empty


def test_update_an_action_and_see_its_history(app_env: Path) -> None:
    at = _record_doni(_open())
    at.selectbox(key="peringatan_ubah_status_1").set_value("berjalan")
    at.text_area(key="peringatan_ubah_catatan_1").input("Sesi pertama selesai")
    at.button(key="peringatan_ubah_simpan_1").click().run()
    assert not at.exception
    assert "diperbarui: status, catatan" in " ".join(s.value for s in at.success)
    history = next(f.value for f in at.dataframe if "Perubahan" in f.value.columns)
    assert list(history["Perubahan"]) == [
        "Dicatat",
        "Diperbarui: status ○ Direncanakan → ◐ Berjalan",
    ]
    assert list(history["Catatan"]) == [
        "Mentoring dua mingguan",
        "Sesi pertama selesai",
    ]
    assert list(_register(at)["Status"]) == ["◐ Berjalan"]


def test_an_action_is_still_there_in_a_new_session(app_env: Path) -> None:
    _record_doni(_open())
    again = _open()  # a new session: nothing carried over but the store
    assert _watch(again).iloc[0]["Tindak lanjut"] == "○ Direncanakan"
    assert list(_register(again)["Penanggung jawab"]) == ["Sekretaris Dinas Pariwisata"]


def test_follow_up_filters(app_env: Path) -> None:
    at = _record_doni(_open())
    at.selectbox(key="peringatan_tindak").set_value("ada").run()
    assert list(_watch(at)["NIP"]) == [DONI]
    at.selectbox(key="peringatan_tindak").set_value("tanpa").run()
    rest = _watch(at)
    assert len(rest) == 12
    # Doni's other flags (annual, stagnation) have no action of their own
    doni = rest[rest["NIP"] == DONI]
    assert list(doni["Pertama muncul"]) == ["Jul 2025", "2025"]
    at.selectbox(key="peringatan_tindak").set_value("terlambat").run()
    assert "Tidak ada tanda yang sesuai filter." in [i.value for i in at.info]


def test_an_opd_head_sees_only_their_opd(app_env: Path) -> None:
    bkpsdm = _record_doni(_open())  # a DISPAR action, recorded by BKPSDM
    assert bkpsdm.success
    at = _open(demo_role="kepala_opd", demo_opd="DINKES")
    watch = _watch(at)
    assert set(watch["OPD"]) == {"Dinas Kesehatan dan Keluarga Berencana"}
    assert DONI not in set(watch["NIP"])
    assert "Belum ada tindak lanjut yang dicatat" in " ".join(i.value for i in at.info)
    dispar = _open(demo_role="kepala_opd", demo_opd="DISPAR")
    assert list(_register(dispar)["NIP"]) == [DONI]


def test_english(app_env: Path) -> None:
    at = _open(lang="en")
    assert at.header[0].value == "Early Warning"
    watch = _watch(at)
    assert {"Staff / unit", "Reason", "Severity", "First raised"} <= set(watch.columns)
    assert watch.iloc[0]["Severity"] == "●●● High"
    assert watch.iloc[0]["Signal"] == "Low performance"


def test_the_follow_up_export_keeps_nips_and_neutralises_formulas(
    app_env: Path,
) -> None:
    scope = Scope("bkpsdm")
    flag = actions.FlagRef(
        "pegawai", DONI, "kinerja_rendah", "2025-03", "DISPAR", "Doni Nasution, S.Par"
    )
    actions.record(
        scope, flag, jenis="coaching", pemilik="=Kabid", tenggat="2026-12-31"
    )
    flags = views.attach_actions(
        qf.watch_list.__wrapped__(scope, "t", None, None),
        actions.list_actions(scope),
    )
    shown = views.filter_flags(flags, views.Filters())
    shown.loc[shown.index[1], "subjek_nama"] = '=HYPERLINK("http://x")'
    view = views.watch_view(shown, "id")
    xlsx = downloads.to_xlsx_bytes(view.df, sheet="Peringatan Dini")
    book = load_workbook(io.BytesIO(xlsx))
    sheet = book["Peringatan Dini"]
    header = [c.value for c in sheet[1]]
    for name in ("NIP", "Tindak lanjut", "Penanggung jawab", "Tenggat", "Alasan"):
        assert name in header
    col = {name: header.index(name) + 1 for name in header}
    nip = sheet.cell(row=2, column=col["NIP"])
    assert nip.value == DONI and nip.data_type == "s" and len(nip.value) == 18
    assert sheet.cell(row=2, column=col["Penanggung jawab"]).value == "'=Kabid"
    assert sheet.cell(row=2, column=col["Tindak lanjut"]).value == "○ Direncanakan"
    assert sheet.cell(row=2, column=col["Tenggat"]).value.date().isoformat() == (
        "2026-12-31"
    )
    name = sheet.cell(row=3, column=col["Pegawai / unit"])
    assert name.value == '\'=HYPERLINK("http://x")' and name.data_type == "s"
    every_nip = [
        sheet.cell(row=r, column=col["NIP"]).value for r in range(2, sheet.max_row + 1)
    ]
    assert all(v is None or (isinstance(v, str) and len(v) == 18) for v in every_nip)
    audit_as = components.AuditAs(scope, blocks.PAGE, "daftar", "peringatan_dini")
    components._record_export(audit_as, "peringatan_dini.xlsx", len(view.df))
    log = audit.entries()
    export = log[log["action"] == "export"].iloc[0]
    assert (export["subject_type"], export["subject"], export["detail"]) == (
        "daftar",
        "peringatan_dini",
        "peringatan_dini.xlsx; 13 baris",
    )


@pytest.mark.parametrize("role", ["wali_kota", "operator"])
def test_individual_lists_are_refused_without_individual_access(
    app_env: Path, role: str
) -> None:
    from dashboard.access import AccessDenied

    with pytest.raises(AccessDenied):
        qf.watch_list.__wrapped__(Scope(role), "t", None, None)


def test_too_many_flags_show_the_counts_per_opd_until_an_opd_is_picked(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above LIST_LIMIT flags in view (a province) the page counts the flags per OPD
    (the same numbers as mart_flags) instead of loading one list; picking an OPD
    opens that OPD's list."""
    monkeypatch.setattr(qf, "LIST_LIMIT", 20)

    def per_opd(at: AppTest) -> dict[str, tuple[int, int]]:
        table = next(f.value for f in at.dataframe if "Jumlah tanda" in f.value.columns)
        assert list(table["Jumlah tanda"]) == sorted(
            table["Jumlah tanda"], reverse=True
        )
        return {
            r["OPD"]: (r["Jumlah tanda"], r["Sedang/tinggi"])
            for _, r in table.iterrows()
        }

    def expected(where: str) -> dict[str, tuple[int, int]]:
        with duckdb.connect(str(app_env), read_only=True) as con:
            rows = con.execute(
                "select opd_nama, count(*), count(*) filter (keparahan <> 'rendah') "
                f"from mart_flags where terkini and {where} group by opd_nama"
            ).fetchall()
        return {name: (n, serious) for name, n, serious in rows}

    at = _open()
    assert any("Ada 26 tanda pada pilihan ini" in i.value for i in at.info)
    # the list's filters apply to the counts: by default severity sedang and above
    assert per_opd(at) == expected("keparahan <> 'rendah'")
    every = _open(peringatan_keparahan="rendah")
    assert per_opd(every) == expected("true")
    assert sum(n for n, _ in per_opd(every).values()) == 26
    assert expected("lama_periode >= 2") != expected("true")  # the filter bites
    assert expected("keparahan <> 'rendah'") != expected("true")
    lasting = _open(peringatan_keparahan="rendah", peringatan_lama=2)
    assert per_opd(lasting) == expected("lama_periode >= 2")
    resist = _open(peringatan_keparahan="rendah", peringatan_sinyal=["resistensi"])
    assert per_opd(resist) == expected("sinyal = 'resistensi'")
    # the follow-up filter needs the flags' actions: it waits for one OPD's list
    assert not any("Filter tindak lanjut" in c.value for c in at.caption)
    waiting = _open(peringatan_tindak="tanpa")
    assert any("Filter tindak lanjut berlaku" in c.value for c in waiting.caption)
    metrics = _metrics(at)
    assert (metrics["Kinerja rendah"], metrics["Resistensi"]) == ("6", "12")
    assert not any("Alasan" in f.value.columns for f in at.dataframe)
    assert audit.entries().empty  # no individual list was shown
    dispar = _open(opd="DISPAR")
    assert not any("Ada 26 tanda" in i.value for i in dispar.info)
    assert "Alasan" in dispar.dataframe[0].value.columns
