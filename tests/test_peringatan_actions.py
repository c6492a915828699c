"""Follow-up actions (dashboard/actions.py) in the app's own store (migration 2).

What must hold: an action survives a restart (a new process) and a new import into
the warehouse, still attached to its flag by the stable key; overdue is judged at
the day boundary; an OPD head can neither read nor change another OPD's actions;
invalid input gets clear Indonesian (and English) messages; every write is audited.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import actions, audit, store
from dashboard import flags_views as views
from dashboard.access import AccessDenied, Scope
from dashboard.actions import ActionInvalid, FlagRef

ROOT = Path(__file__).resolve().parent.parent
BKPSDM = Scope("bkpsdm")
HEAD_DISPAR = Scope("kepala_opd", "DISPAR")
HEAD_DINKES = Scope("kepala_opd", "DINKES")
NOW = dt.datetime(2026, 1, 15, 2, 0, tzinfo=dt.UTC)  # 09.00 WIB

# Flags of the sample warehouse (tests/test_peringatan_app.py checks they are there).
DONI = FlagRef(
    subjek_jenis="pegawai",
    subjek_kode="198311182017041001",
    sinyal="kinerja_rendah",
    pertama_muncul="2025-03",
    opd_kode="DISPAR",
    subjek_nama="Doni Nasution, S.Par",
    periode="2025-12",
    keparahan="tinggi",
)
RAZALI = FlagRef(
    subjek_jenis="pegawai",
    subjek_kode="198611252024211001",
    sinyal="kinerja_rendah",
    pertama_muncul="2025-04",
    opd_kode="DINKES",
    subjek_nama="Muhammad Razali Akbar, S.Gz",
    periode="2025-12",
    keparahan="tinggi",
)


def _record(flag: FlagRef = DONI, scope: Scope = BKPSDM, **values: object) -> int:
    args: dict = {
        "jenis": "coaching",
        "pemilik": "Sekretaris Dinas",
        "tenggat": dt.date(2026, 2, 15),
        "status": "direncanakan",
        "catatan": "Coaching mingguan",
        "now": NOW,
    }
    args.update(values)
    return actions.record(scope, flag, **args)


def _errors(excinfo: pytest.ExceptionInfo[ActionInvalid]) -> list[str]:
    return excinfo.value.messages("id")


# ---------------------------------------------------------------- the store


def test_migration_2_creates_the_action_tables(tmp_path: Path) -> None:
    with store.connect() as con:
        tables = {
            r[0]
            for r in con.execute("select name from sqlite_master where type='table'")
        }
        applied = {r[0] for r in con.execute("select version from store_migrations")}
    assert {"follow_up_action", "follow_up_update"} <= tables
    assert 2 in applied


def test_record_then_read_back_with_its_history() -> None:
    action_id = _record()
    [row] = actions.list_actions(BKPSDM).to_dict("records")
    assert row["id"] == action_id
    assert (row["subjek_kode"], row["sinyal"], row["pertama_muncul"]) == (
        DONI.subjek_kode,
        "kinerja_rendah",
        "2025-03",
    )
    assert row["opd_kode"] == "DISPAR" and row["tenggat"] == "2026-02-15"
    assert row["created_role"] == "bkpsdm" and row["created_at"].startswith("2026-01")
    history = actions.history(BKPSDM, action_id)
    assert list(history["change"]) == ["dibuat"]
    assert history.iloc[0]["catatan"] == "Coaching mingguan"


def test_an_action_survives_a_restart_in_a_new_process(
    _private_app_store: Path,
) -> None:
    action_id = _record()
    script = (
        "from dashboard import actions\n"
        "from dashboard.access import Scope\n"
        "df = actions.list_actions(Scope('bkpsdm'))\n"
        "print(int(df.iloc[0]['id']), df.iloc[0]['pemilik'], df.iloc[0]['status'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"KINERJA_STORE": str(_private_app_store), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.split("\n")[0] == f"{action_id} Sekretaris Dinas direncanakan"


def test_backup_and_restore_keep_the_actions(tmp_path: Path) -> None:
    action_id = _record()
    copy = store.backup(tmp_path / "cadangan.sqlite")
    actions.update(BKPSDM, action_id, status="berjalan", now=NOW)  # after the backup
    store.restore(copy)
    [row] = actions.list_actions(BKPSDM).to_dict("records")
    assert row["status"] == "direncanakan"


def _watch_list(db: Path) -> pd.DataFrame:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "select * from mart_flags where terkini"
            " order by subjek_kode, sinyal, periode"
        ).df()
    finally:
        con.close()


def test_an_action_stays_attached_to_its_flag_after_a_new_import(
    warehouse_copy: Path, tmp_path: Path
) -> None:
    from pipelines.warehouse import ingest

    action_id = _record()
    before = _watch_list(warehouse_copy)
    doni = before[
        (before["subjek_kode"] == DONI.subjek_kode)
        & (before["sinyal"] == "kinerja_rendah")
        & (before["periode_jenis"] == "bulanan")
    ]
    assert list(doni["lama_periode"]) == [10]
    # A new month arrives: Doni is still Butuh Perbaikan in January 2026.
    export = tmp_path / "SKP_DISPAR_2026-01.csv"
    export.write_text(
        "NIP,Periode,Rating Hasil Kerja,Rating Perilaku Kerja\n"
        f"{DONI.subjek_kode},2026-01,Di Bawah Ekspektasi,Sesuai Ekspektasi\n",
        encoding="utf-8",
    )
    summary = ingest([export], warehouse_copy, progress=False, source="demo")
    assert [f["status"] for f in summary["files"]] == ["loaded"]
    after = views.attach_actions(
        _watch_list(warehouse_copy), actions.list_actions(BKPSDM)
    )
    flag = after[
        (after["subjek_kode"] == DONI.subjek_kode)
        & (after["sinyal"] == "kinerja_rendah")
        & (after["periode_jenis"] == "bulanan")
    ].iloc[0]
    assert (flag["periode"], flag["pertama_muncul"], flag["lama_periode"]) == (
        "2026-01",
        "2025-03",
        11,
    )
    assert flag["n_tindakan"] == 1 and bool(flag["ada_tindakan"])
    assert flag["tl_pemilik"] == "Sekretaris Dinas"
    # no other flag picked the action up
    assert int(after["n_tindakan"].sum()) == 1
    assert actions.get(BKPSDM, action_id)["pertama_muncul"] == "2025-03"


def test_an_action_follows_its_run_when_older_periods_arrive_later(
    sample_warehouse: Path,
) -> None:
    """Recorded when the run seemed to start in June 2025; months imported later
    moved the run's start to March: the action stays on that run, not on others."""
    from dataclasses import replace

    inside = _record(replace(DONI, pertama_muncul="2025-06"))
    outside = _record(replace(DONI, pertama_muncul="2024-01"))
    flags = _watch_list(sample_warehouse)
    acts = actions.list_actions(BKPSDM)
    keys = views.run_keys(acts, flags).set_axis(acts["id"])
    assert keys[inside] == f"pegawai|{DONI.subjek_kode}|kinerja_rendah|2025-03"
    assert keys[outside] == f"pegawai|{DONI.subjek_kode}|kinerja_rendah|2024-01"
    attached = views.attach_actions(flags, acts)
    with_action = attached[attached["n_tindakan"] > 0]
    assert list(zip(with_action["sinyal"], with_action["periode"], strict=True)) == [
        ("kinerja_rendah", "2025-12")
    ]
    assert list(with_action["n_tindakan"]) == [1]


@pytest.mark.parametrize(
    ("status", "tenggat", "overdue"),
    [
        ("berjalan", dt.date(2026, 3, 10), False),  # due today: not yet
        ("berjalan", dt.date(2026, 3, 9), True),  # due yesterday
        ("direncanakan", dt.date(2026, 3, 9), True),
        ("selesai", dt.date(2026, 3, 9), False),  # closed: never overdue
        ("dibatalkan", dt.date(2020, 1, 1), False),
        ("berjalan", dt.date(2026, 3, 11), False),
    ],
)
def test_overdue_at_the_day_boundary(
    status: str, tenggat: dt.date, overdue: bool
) -> None:
    assert actions.is_overdue(status, tenggat, dt.date(2026, 3, 10)) is overdue
    assert actions.is_overdue(status, tenggat.isoformat(), dt.date(2026, 3, 10)) is (
        overdue
    )


def test_list_marks_overdue_actions_on_the_given_day() -> None:
    due_today = _record(tenggat=dt.date(2026, 3, 10))
    due_yesterday = _record(flag=RAZALI, tenggat=dt.date(2026, 3, 9))
    late = actions.list_actions(BKPSDM, on=dt.date(2026, 3, 10)).set_index("id")
    assert not late.loc[due_today, "terlambat"]
    assert late.loc[due_yesterday, "terlambat"]
    actions.update(BKPSDM, due_yesterday, status="selesai", now=NOW)
    late = actions.list_actions(BKPSDM, on=dt.date(2026, 3, 10)).set_index("id")
    assert not late.loc[due_yesterday, "terlambat"]


def test_today_is_the_day_in_sabang() -> None:
    wib = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    assert actions.today() == wib


# ---------------------------------------------------------------- scope


def test_an_opd_head_sees_and_changes_only_their_own_opd() -> None:
    dispar = _record(DONI, HEAD_DISPAR)
    dinkes = _record(RAZALI, HEAD_DINKES)
    assert list(actions.list_actions(HEAD_DISPAR)["id"]) == [dispar]
    assert list(actions.list_actions(HEAD_DINKES)["id"]) == [dinkes]
    assert set(actions.list_actions(BKPSDM)["id"]) == {dispar, dinkes}
    with pytest.raises(AccessDenied):
        actions.get(HEAD_DISPAR, dinkes)
    with pytest.raises(AccessDenied):
        actions.history(HEAD_DISPAR, dinkes)
    with pytest.raises(AccessDenied):
        actions.update(HEAD_DISPAR, dinkes, status="selesai", now=NOW)
    with pytest.raises(AccessDenied):
        _record(RAZALI, HEAD_DISPAR)
    # the refused update changed nothing
    assert actions.get(BKPSDM, dinkes)["status"] == "direncanakan"
    assert list(actions.history(BKPSDM, dinkes)["change"]) == ["dibuat"]


def test_roles_without_individual_access_are_refused() -> None:
    _record()
    for role in ("wali_kota", "operator", "publik"):
        with pytest.raises(AccessDenied):
            actions.list_actions(Scope(role))
        with pytest.raises(AccessDenied):
            _record(scope=Scope(role))


def test_an_opd_filter_narrows_but_never_widens_the_scope() -> None:
    _record(DONI)
    _record(RAZALI)
    assert list(actions.list_actions(BKPSDM, "DINKES")["opd_kode"]) == ["DINKES"]
    assert actions.list_actions(HEAD_DISPAR, "DINKES").empty


# ---------------------------------------------------------------- validation


def test_owner_is_required() -> None:
    with pytest.raises(ActionInvalid) as excinfo:
        _record(pemilik="   ")
    assert _errors(excinfo) == ["Penanggung jawab wajib diisi."]
    assert excinfo.value.messages("en") == ["The owner is required."]
    assert actions.list_actions(BKPSDM).empty


def test_every_problem_is_named_at_once() -> None:
    with pytest.raises(ActionInvalid) as excinfo:
        _record(
            jenis="hukuman",
            pemilik="x" * 121,
            tenggat=dt.date(2025, 3, 30),
            status="lupa",
            catatan="y" * 2001,
        )
    assert _errors(excinfo) == [
        "Pilih jenis tindakan.",
        "Penanggung jawab paling banyak 120 karakter.",
        "Tenggat tidak boleh sebelum tanda muncul (31 Maret 2025).",
        "Pilih status.",
        "Catatan paling banyak 2.000 karakter (sekarang 2.001).",
    ]


def test_due_date_boundaries() -> None:
    # the flag first appeared in March 2025: due on its last day is fine
    assert _record(tenggat=dt.date(2025, 3, 31)) > 0
    with pytest.raises(ActionInvalid) as excinfo:
        _record(tenggat=None)
    assert _errors(excinfo) == ["Tenggat wajib diisi dengan tanggal yang sah."]
    with pytest.raises(ActionInvalid) as excinfo:
        _record(tenggat="31/02/2026")
    assert _errors(excinfo) == ["Tenggat wajib diisi dengan tanggal yang sah."]
    with pytest.raises(ActionInvalid) as excinfo:
        _record(tenggat=dt.date(2030, 1, 1))
    assert _errors(excinfo) == [
        "Tenggat lebih dari 3 tahun ke depan; periksa tahunnya."
    ]


def test_notes_are_stored_as_plain_text() -> None:
    note = '<script>alert(1)</script>\x00\x07 =HYPERLINK("x")\nbaris dua'
    action_id = _record(catatan=note, pemilik="  <b>Kabid</b>  ")
    row = actions.get(BKPSDM, action_id)
    assert row["catatan"] == '<script>alert(1)</script> =HYPERLINK("x")\nbaris dua'
    assert row["pemilik"] == "<b>Kabid</b>"
    assert _record(catatan="z" * 2000) > 0  # the cap itself is allowed


def test_period_end_of_every_period_kind() -> None:
    assert actions.period_end("2025-02") == dt.date(2025, 2, 28)
    assert actions.period_end("2025-Q3") == dt.date(2025, 9, 30)
    assert actions.period_end("2025-S1") == dt.date(2025, 6, 30)
    assert actions.period_end("2025") == dt.date(2025, 12, 31)
    assert actions.period_end("2025-13") is None
    assert actions.period_end("Januari") is None


# ---------------------------------------------------------------- updates


def test_update_keeps_who_when_and_what_changed() -> None:
    action_id = _record()
    later = NOW + dt.timedelta(days=7)
    changed = actions.update(
        BKPSDM,
        action_id,
        status="berjalan",
        tenggat=dt.date(2026, 3, 1),
        catatan="Sesi pertama selesai",
        now=later,
    )
    assert changed == ["status", "tenggat", "catatan"]
    row = actions.get(BKPSDM, action_id)
    assert (row["status"], row["tenggat"], row["catatan"]) == (
        "berjalan",
        "2026-03-01",
        "Sesi pertama selesai",
    )
    assert row["updated_at"].startswith("2026-01-22")
    history = actions.history(BKPSDM, action_id)
    assert list(history["change"]) == ["dibuat", "diperbarui"]
    assert history.iloc[1]["detail"] == (
        "status: direncanakan -> berjalan; tenggat: 2026-02-15 -> 2026-03-01"
    )
    assert history.iloc[1]["role"] == "bkpsdm"
    shown = views.history_view(history, "id").df
    assert shown.iloc[1]["Perubahan"] == (
        "Diperbarui: status ○ Direncanakan → ◐ Berjalan; "
        "tenggat 15 Februari 2026 → 1 Maret 2026"
    )


def test_a_note_alone_is_an_update_but_nothing_is_not() -> None:
    action_id = _record()
    assert actions.update(BKPSDM, action_id, catatan="Dihubungi", now=NOW) == [
        "catatan"
    ]
    with pytest.raises(ActionInvalid) as excinfo:
        actions.update(BKPSDM, action_id, status="direncanakan", now=NOW)
    assert _errors(excinfo) == ["Tidak ada perubahan untuk disimpan."]
    with pytest.raises(ActionInvalid) as excinfo:
        actions.update(BKPSDM, action_id, pemilik="", now=NOW)
    assert _errors(excinfo) == ["Penanggung jawab wajib diisi."]
    with pytest.raises(actions.ActionNotFound):
        actions.update(BKPSDM, 999, status="selesai", now=NOW)


def test_writes_are_in_the_audit_log() -> None:
    action_id = _record()
    actions.update(BKPSDM, action_id, status="selesai", now=NOW)
    log = audit.entries()
    writes = log[log["action"] == "write"].sort_values("id")
    assert list(writes["subject"]) == [DONI.subjek_kode, DONI.subjek_kode]
    assert list(writes["page"]) == ["peringatan_dini", "peringatan_dini"]
    assert (
        writes.iloc[0]["detail"] == f"tindak_lanjut:{action_id} dibuat (kinerja_rendah)"
    )
    assert "status: direncanakan -> selesai" in writes.iloc[1]["detail"]


def test_the_status_check_holds_in_the_store_itself() -> None:
    action_id = _record()
    with store.connect() as con, pytest.raises(sqlite3.IntegrityError):
        con.execute(
            "update follow_up_action set status = 'hilang' where id = ?", (action_id,)
        )
