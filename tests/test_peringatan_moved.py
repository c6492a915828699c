"""Did the flag move after the action? (flags_views.assess / with_movement)

A hand-built warehouse with known predikat and attainment before and after the day
each action was recorded; the warehouse rows are read with the page's own SQL
(queries_flags), the actions come from the app's store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pandas as pd
import pytest
from model_helpers import build, employee, insert_raw, new_warehouse, skp

from dashboard import actions
from dashboard import flags_views as views
from dashboard import queries_flags as qf
from dashboard.access import Scope

BKPSDM = Scope("bkpsdm")
SESUAI, BAWAH = "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
B = (SESUAI, SESUAI)  # Baik (4)
BP = (BAWAH, SESUAI)  # Butuh Perbaikan (3)
SK = (BAWAH, BAWAH)  # Sangat Kurang (1)
MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def nip(i: int) -> str:
    return f"198001012005011{i:03d}"


IMPROVES, SAME, WORSE, LESS_SEVERE = nip(1), nip(2), nip(3), nip(4)
HISTORIES = {
    IMPROVES: [BP, BP, BP, BP] + [B] * 8,  # flag ends after April
    SAME: [BP] * 12,  # Butuh Perbaikan all year
    WORSE: [B, BP, BP] + [SK] * 9,  # sedang in March, tinggi from April
    LESS_SEVERE: [SK, SK, SK, B, BP, BP, B, BP, BP, B, BP, BP],  # tinggi -> sedang
}


def aduan(unit: str, label: str, pct: float) -> dict:
    """PAR-ADUAN (yearly target 90%): capaian = pct / 90 x 100."""
    return dict(
        kode_indikator="PAR-ADUAN",
        unit=unit,
        unit_kode=unit,
        periode=label,
        realisasi=pct,
        pembilang=pct * 10,
        penyebut=1000,
    )


# DISPAR-TIC: flat 72% (capaian 80) Jan-Jul, then rises to 92% -> flag ends.
# DISPAR-KM0: flat 72% Jan-Jul, then 71% (capaian 78.9): still flat, lower.
TIC = [72.0] * 7 + [80.0, 85.0, 88.0, 90.0, 92.0]
KM0 = [72.0] * 7 + [71.0] * 5


@pytest.fixture(scope="module")
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    insert_raw(con, "pegawai", [employee(n) for n in HISTORIES])
    insert_raw(
        con,
        "skp",
        [
            skp(who, label, *rating)
            for who, ratings in HISTORIES.items()
            for label, rating in zip(MONTHS, ratings, strict=True)
        ],
    )
    insert_raw(
        con,
        "realisasi_indikator",
        [aduan("DISPAR-TIC", m, v) for m, v in zip(MONTHS, TIC, strict=True)]
        + [aduan("DISPAR-KM0", m, v) for m, v in zip(MONTHS, KM0, strict=True)],
    )
    build(con)
    yield con
    con.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str, **params: object) -> pd.DataFrame:
    return con.execute(sql, {"scope_opd": None, **params}).df()


def _flag(con: duckdb.DuckDBPyConnection, kode: str, sinyal: str, periode: str) -> dict:
    rows = _rows(con, qf.FLAG_SERIES_SQL, kodes=[kode])
    hit = rows[(rows["sinyal"] == sinyal) & (rows["periode"] == periode)]
    assert len(hit) == 1, (kode, sinyal, periode)
    return hit.iloc[0].to_dict()


def _severities(con: duckdb.DuckDBPyConnection, kode: str, sinyal: str) -> dict:
    rows = _rows(con, qf.FLAG_SERIES_SQL, kodes=[kode])
    rows = rows[rows["sinyal"] == sinyal]
    return dict(zip(rows["periode"], rows["keparahan"], strict=True))


def _record(flag: dict, on: dt.date) -> int:
    moment = dt.datetime.combine(on, dt.time(3, 0), tzinfo=dt.UTC)
    return actions.record(
        BKPSDM,
        actions.FlagRef.from_row(flag),
        jenis="coaching",
        pemilik="Atasan langsung",
        tenggat=on + dt.timedelta(days=30),
        now=moment,
    )


def _moved(con: duckdb.DuckDBPyConnection, lang: str = "id") -> pd.DataFrame:
    acts = actions.list_actions(BKPSDM)
    kodes = sorted(set(acts["subjek_kode"]))
    flags = _rows(con, qf.FLAG_SERIES_SQL, kodes=kodes)
    predikat = _rows(con, qf.PREDIKAT_SQL, nips=kodes)
    attainment = _rows(con, qf.ATTAINMENT_SQL, units=kodes)
    return views.with_movement(acts, flags, predikat, attainment, lang).set_index("id")


def test_the_hand_built_flags_are_what_the_scenarios_need(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    improves = _severities(wh, IMPROVES, "kinerja_rendah")
    assert "2025-05" in improves and "2025-06" not in improves
    assert set(_severities(wh, SAME, "kinerja_rendah")) >= set(MONTHS[2:])
    worse = _severities(wh, WORSE, "kinerja_rendah")
    assert (worse["2025-03"], worse["2025-12"]) == ("sedang", "tinggi")
    less = _severities(wh, LESS_SEVERE, "kinerja_rendah")
    assert (less["2025-03"], less["2025-12"]) == ("tinggi", "sedang")
    assert "2025-07" in _severities(wh, "DISPAR-TIC", "stagnasi_unit")
    assert "2025-12" not in _severities(wh, "DISPAR-TIC", "stagnasi_unit")
    km0 = _severities(wh, "DISPAR-KM0", "stagnasi_unit")
    assert km0["2025-06"] == km0["2025-12"] == "tinggi"


def test_person_flags_moved_after_the_action(wh: duckdb.DuckDBPyConnection) -> None:
    ids = {
        "membaik": _record(
            _flag(wh, IMPROVES, "kinerja_rendah", "2025-03"), dt.date(2025, 4, 10)
        ),
        "belum_berubah": _record(
            _flag(wh, SAME, "kinerja_rendah", "2025-05"), dt.date(2025, 6, 10)
        ),
        "memburuk": _record(
            _flag(wh, WORSE, "kinerja_rendah", "2025-03"), dt.date(2025, 4, 5)
        ),
        "keparahan_turun": _record(
            _flag(wh, LESS_SEVERE, "kinerja_rendah", "2025-03"), dt.date(2025, 4, 10)
        ),
        "belum_ada_data": _record(
            _flag(wh, SAME, "kinerja_rendah", "2025-12"), dt.date(2026, 1, 15)
        ),
    }
    moved = _moved(wh)

    def row(name: str) -> dict:
        return moved.loc[ids[name]].to_dict()

    assert row("membaik")["gerak"] == "membaik"
    assert row("membaik")["sebelum"] == "Butuh Perbaikan (Mar 2025)"
    assert row("membaik")["sesudah"] == "Baik (Des 2025)"
    assert row("membaik")["tanda_sesudah"] == "berakhir"

    assert row("belum_berubah")["gerak"] == "belum_berubah"
    assert row("belum_berubah")["sebelum"] == "Butuh Perbaikan (Mei 2025)"
    assert row("belum_berubah")["sesudah"] == "Butuh Perbaikan (Des 2025)"
    assert row("belum_berubah")["tanda_sesudah"] == "masih aktif · ●●● Tinggi"

    assert row("memburuk")["gerak"] == "memburuk"
    assert row("memburuk")["sesudah"] == "Sangat Kurang (Des 2025)"

    assert row("keparahan_turun")["gerak"] == "membaik"
    assert row("keparahan_turun")["tanda_sesudah"] == "masih aktif · ●●○ Sedang"

    assert row("belum_ada_data")["gerak"] == "belum_ada_data"
    assert row("belum_ada_data")["sesudah"] == "–"
    assert row("belum_ada_data")["tanda_sesudah"] == "belum diketahui"


def test_unit_flags_moved_after_the_action(wh: duckdb.DuckDBPyConnection) -> None:
    rises = _record(
        _flag(wh, "DISPAR-TIC", "stagnasi_unit", "2025-06"), dt.date(2025, 7, 10)
    )
    sinks = _record(
        _flag(wh, "DISPAR-KM0", "stagnasi_unit", "2025-06"), dt.date(2025, 7, 10)
    )
    moved = _moved(wh)
    tic, km0 = moved.loc[rises], moved.loc[sinks]
    assert tic["gerak"] == "membaik" and tic["tanda_sesudah"] == "berakhir"
    assert tic["sebelum"] == "capaian rata-rata 80,0% (1 indikator, Jun 2025)"
    assert tic["sesudah"] == "capaian rata-rata 102,2% (1 indikator, Des 2025)"
    # still flat and still flagged, 1.1 points lower: worse (beyond the 1-point band)
    assert km0["gerak"] == "memburuk"
    assert km0["sesudah"] == "capaian rata-rata 78,9% (1 indikator, Des 2025)"
    assert km0["tanda_sesudah"] == "masih aktif · ●●● Tinggi"


def test_movement_in_english_and_in_the_register_view(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    _record(_flag(wh, IMPROVES, "kinerja_rendah", "2025-03"), dt.date(2025, 4, 10))
    moved = _moved(wh, "en")
    view = views.actions_view(moved.reset_index(), "en").df
    assert view.loc[0, "After the action"] == "▲ Improved"
    assert view.loc[0, "Flag now"] == "ended"
    assert view.loc[0, "NIP"] == IMPROVES
    assert view.loc[0, "Recorded"] == dt.date(2025, 4, 10)
