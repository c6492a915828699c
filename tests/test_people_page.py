"""Kinerja Pegawai on the sample warehouse (built by the real pipeline): the page's
numbers recomputed from mart_employee_year / mart_employee_period with an
independent reading of the rules, the what-if, the nine-box list and the profile
with their audit entries, the OPD scope and the data-layer locks.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from test_people_curve import brute_force_moves, complies

from dashboard import audit, components, people_blocks, queries_people
from dashboard.access import AccessDenied, Scope

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGE = "../pages/kinerja_pegawai.py"
YEAR = 2025
NIP = re.compile(r"\b\d{18}\b")
ORDER = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")


def _open(state: dict | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.session_state["tahun"] = YEAR
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _frame(at: AppTest, column: str) -> pd.DataFrame:
    found = [f.value for f in at.dataframe if column in f.value.columns]
    assert found, [list(f.value.columns) for f in at.dataframe]
    return found[0]


def _counts(wh: Path, where: str = "true", params: list | None = None) -> tuple:
    """Predikat counts straight from mart_employee_year (not from the curve mart)."""
    with duckdb.connect(str(wh), read_only=True) as con:
        rows = dict(
            con.execute(
                "select predikat_efektif, count(*) from mart_employee_year "
                f"where tahun = {YEAR} and predikat_efektif is not null and {where} "
                "group by 1",
                params or [],
            ).fetchall()
        )
    return tuple(rows.get(p, 0) for p in ORDER)


def test_curve_of_the_city_and_opds_against_baik(app_env: Path) -> None:
    at = _open()
    assert at.header[0].value == "Kinerja Pegawai"
    table = _frame(at, "Kesesuaian kurva").set_index("OPD / unit")
    city = _counts(app_env)
    row = table.loc["Kota Sabang (semua OPD)"]
    assert tuple(int(row[p]) for p in ORDER) == city
    assert row["Dinilai"] == sum(city)
    assert row["Predikat organisasi"] == "Baik"
    assert row["Dasar"] == "berlaku (bawaan)"
    ok = complies("Baik", city)
    assert row["Kesesuaian kurva"] == ("✔ Sesuai" if ok else "✖ Belum sesuai")
    assert row["Perubahan minimal (orang)"] == brute_force_moves("Baik", city)
    for opd in ("DINKES", "DISPAR", "DPMG"):
        counts = _counts(app_env, "opd_kode = ?", [opd])
        name = {
            "DINKES": "Dinas Kesehatan",
            "DISPAR": "Dinas Pariwisata",
            "DPMG": "Dinas Pemberdayaan",
        }[opd]
        match = [i for i in table.index if i.startswith(name)]
        assert len(match) == 1, (name, list(table.index))
        got = table.loc[match[0]]
        assert got["Perubahan minimal (orang)"] == brute_force_moves("Baik", counts)
        assert (got["Kesesuaian kurva"] == "✔ Sesuai") is complies("Baik", counts)
    # the KPI counts the OPDs on the curve
    metric = {m.label: m.value for m in at.metric}
    n_ok = sum(
        complies("Baik", _counts(app_env, "opd_kode = ?", [o]))
        for o in ("DINKES", "DISPAR", "DPMG")
    )
    assert metric["OPD sesuai kurva"] == f"{n_ok} dari 3"


def test_what_if_kurang_per_unit(app_env: Path) -> None:
    at = _open(params={"kurva": "kurang", "tingkat": "unit"})
    table = _frame(at, "Kesesuaian kurva")
    assert set(table["Predikat organisasi"]) == {"Kurang"}
    assert set(table["Dasar"]) == {"bagaimana jika"}
    rules = [m.value for m in at.markdown if m.value.startswith("**Kurang**")]
    assert rules == [
        "**Kurang**: paling sedikit 60% Kurang/Misconduct; paling sedikit 10% Butuh "
        "Perbaikan; paling banyak 10% Sangat Baik."
    ]
    with duckdb.connect(str(app_env), read_only=True) as con:
        units = con.execute(
            "select distinct unit_kode from mart_employee_year "
            "where tahun = ? and predikat_efektif is not null",
            [YEAR],
        ).fetchall()
    assert len(table) == len(units)
    first = table.iloc[0]
    name = str(first["OPD / unit"]).removesuffix(" ≈")
    with duckdb.connect(str(app_env), read_only=True) as con:
        (code,) = con.execute(
            "select unit_kode from ref_unit where unit_nama = ?", [name]
        ).fetchone()
    counts = _counts(app_env, "unit_kode = ?", [code])
    assert first["Perubahan minimal (orang)"] == brute_force_moves("Kurang", counts)
    assert "→" in first["Perubahan terkecil (orang: dari → ke)"]


def test_self_rating_gap_per_opd(app_env: Path) -> None:
    at = _open()
    table = _frame(at, "Diri > atasan (%)").set_index("OPD")
    with duckdb.connect(str(app_env), read_only=True) as con:
        expected = con.execute(
            "select opd_nama, count(*) as n, "
            "100.0 * count(*) filter (where selisih_mandiri > 0) / count(*) as pct, "
            "avg(selisih_mandiri) as mean_gap "
            "from mart_employee_period where tahun = ? and periode_jenis <> 'tahunan' "
            "and selisih_mandiri is not null group by 1",
            [YEAR],
        ).fetchall()
    assert len(expected) == len(table)
    for name, n, pct, mean_gap in expected:
        row = table.loc[name]
        assert row["Penilaian"] == n
        assert row["Diri > atasan (%)"] == pytest.approx(pct)
        assert row["Selisih rata-rata"] == pytest.approx(mean_gap)
        label = "▲ Sering" if pct >= 20 else "● Tidak sering"
        assert row["Penilaian diri lebih tinggi"] == label
    # sorted: the most frequent self-inflation first
    shares = list(table["Diri > atasan (%)"])
    assert shares == sorted(shares, reverse=True)


def test_nine_box_list_opens_with_an_audit_entry(app_env: Path) -> None:
    at = _open(state={"kinerja_kotak": 5})
    with duckdb.connect(str(app_env), read_only=True) as con:
        nips = sorted(
            r[0]
            for r in con.execute(
                "select nip from mart_employee_year where tahun = ? and kotak_9box = 5",
                [YEAR],
            ).fetchall()
        )
    people = _frame(at, "NIP")
    assert sorted(people["NIP"]) == nips
    assert set(people["Potensi"]) == {"Menengah"}
    assert set(people["Kinerja"]) == {"Sesuai Ekspektasi"}
    assert at.query_params["kotak"] in ("5", ["5"])
    log = audit.entries()
    views = log[(log["action"] == "view") & (log["subject_type"] == "daftar")]
    assert list(views["subject"]) == ["kotak_9box_5"]
    assert f"{len(nips)} orang" in views.iloc[0]["detail"]


def test_nine_box_chart_counts(app_env: Path) -> None:
    at = _open()
    charts = [c for c in at.get("plotly_chart") if "nine-box" in c.proto.spec]
    assert len(charts) == 1
    cells = [
        c for row in json.loads(charts[0].proto.spec)["data"][0]["text"] for c in row
    ]
    with duckdb.connect(str(app_env), read_only=True) as con:
        counts = dict(
            con.execute(
                "select kotak_9box, count(*) from mart_employee_year "
                "where tahun = ? and kotak_9box is not null group by 1",
                [YEAR],
            ).fetchall()
        )
    for box in range(1, 10):
        star = " ★" if box >= 7 else ""
        cell = [c for c in cells if c.startswith(f"<b>{box}{star}</b> ")]
        assert len(cell) == 1, (box, cells)
        assert cell[0].endswith(f"<b>{counts.get(box, 0)}</b> orang"), cell
    pool = sum(counts.get(b, 0) for b in (7, 8, 9))
    metric = {m.label: m.value for m in at.metric}
    assert metric["Kelompok talenta (kotak 7–9)"] == str(pool)


def test_profile_from_the_url_is_shown_and_audited(app_env: Path) -> None:
    nip = "197611152000011001"  # Andi Saputra, DPMG (data/sample)
    at = _open(params={"nip": nip})
    facts = [m.value for m in at.markdown if nip in m.value]
    assert facts and "Andi Saputra" in facts[0]
    with duckdb.connect(str(app_env), read_only=True) as con:
        predikat, jp = con.execute(
            "select predikat_efektif, jp_total from mart_employee_year "
            "where nip = ? and tahun = ?",
            [nip, YEAR],
        ).fetchone()
        n_periods = con.execute(
            "select count(*) from mart_employee_period where nip = ?", [nip]
        ).fetchone()[0]
    metric = {m.label: m.value for m in at.metric}
    assert metric["Predikat 2025"] == predikat
    assert metric["JP 2025"] == f"{jp:.0f} / hak 20 JP"
    assert len(_frame(at, "Hasil kerja (atasan)")) == n_periods
    log = audit.entries()
    seen = log[(log["action"] == "view") & (log["subject_type"] == "pegawai")]
    assert list(seen["subject"]) == [nip]
    assert set(seen["page"]) == {"kinerja_pegawai"}


def test_kepala_opd_sees_only_their_opd(app_env: Path) -> None:
    at = _open(state={"demo_role": "kepala_opd", "demo_opd": "DPMG"})
    table = _frame(at, "Kesesuaian kurva")
    assert list(table["OPD / unit"]) == ["Dinas Pemberdayaan Masyarakat dan Gampong"]
    gap = _frame(at, "Diri > atasan (%)")
    assert list(gap["OPD"]) == ["Dinas Pemberdayaan Masyarakat dan Gampong"]
    options = at.selectbox(key="kinerja_nip").options
    dpmg = _nips_of_year(app_env, "opd_kode = 'DPMG'")
    assert _shown_nips(options) == dpmg
    assert len(options) == len(dpmg) + 1  # and "— cari pegawai —"


def test_a_nip_of_another_opd_in_the_url_is_not_opened(app_env: Path) -> None:
    dinkes_nip = _any_nip(app_env, "DINKES")
    at = _open(
        state={"demo_role": "kepala_opd", "demo_opd": "DPMG"},
        params={"nip": dinkes_nip},
    )
    assert not [m for m in at.markdown if dinkes_nip in m.value]
    assert audit.entries().empty


def test_english(app_env: Path) -> None:
    at = _open(state={"lang": "en"}, params={"kurva": "sangat_kurang"})
    assert at.header[0].value == "Staff Performance"
    table = _frame(at, "Curve check")
    assert set(table["Curve check"]) <= {"✖ Does not comply", "✔ Complies"}
    assert set(table["Organisation predikat"]) == {"Very poor (Sangat Kurang)"}
    assert all("→" in s for s in table["Smallest change (people: from → to)"])


def _nips_of_year(wh: Path, where: str) -> set[str]:
    """NIPs of mart_employee_year in YEAR meeting ``where`` (the test's condition)."""
    with duckdb.connect(str(wh), read_only=True) as con:
        sql = f"select nip from mart_employee_year where tahun = ? and {where}"
        return {r[0] for r in con.execute(sql, [YEAR]).fetchall()}


def _shown_nips(options: list[str]) -> set[str]:
    return {m.group(0) for o in options if (m := NIP.search(o))}


def _any_nip(wh: Path, opd: str) -> str:
    with duckdb.connect(str(wh), read_only=True) as con:
        return con.execute(
            "select min(nip) from mart_employee_year where opd_kode = ?", [opd]
        ).fetchone()[0]


# --- the data layer -------------------------------------------------------------------


def test_individual_queries_refuse_roles_without_individual_access(
    app_env: Path,
) -> None:
    mayor = Scope("wali_kota")
    nip = _any_nip(app_env, "DINKES")
    calls = [
        lambda: queries_people.people.__wrapped__(mayor, None, YEAR, None),
        lambda: queries_people.nine_box_people.__wrapped__(mayor, None, YEAR, None, 9),
        lambda: queries_people.person_periods.__wrapped__(mayor, None, nip),
        lambda: queries_people.person_years.__wrapped__(mayor, None, nip),
        lambda: queries_people.person_trainings.__wrapped__(mayor, None, nip),
        lambda: queries_people.person_gaps.__wrapped__(mayor, None, nip),
        lambda: queries_people.person_flags.__wrapped__(mayor, None, nip),
    ]
    for call in calls:
        with pytest.raises(AccessDenied):
            call()


def test_scope_is_applied_in_sql(app_env: Path) -> None:
    head = Scope("kepala_opd", "DPMG")
    nip = _any_nip(app_env, "DINKES")
    assert queries_people.person_years.__wrapped__(head, None, nip).empty
    assert queries_people.person_periods.__wrapped__(head, None, nip).empty
    curve = queries_people.curve.__wrapped__(head, None, YEAR, None)
    assert set(curve["opd_kode"]) == {"DPMG"}
    spread = queries_people.spread.__wrapped__(head, None)
    assert set(spread["opd_kode"]) == {"DPMG"}


def test_small_groups_are_hidden_without_individual_access(app_env: Path) -> None:
    mayor = Scope("wali_kota")
    curve = queries_people.curve.__wrapped__(mayor, None, YEAR, None)
    assert not curve["kecil"].any()
    full = queries_people.curve.__wrapped__(Scope("bkpsdm"), None, YEAR, None)
    assert full["kecil"].any()  # e.g. DISPAR-TIC, 2 people
    gap = queries_people.rating_gap.__wrapped__(mayor, None, YEAR, None, 5)
    assert (gap["n_pegawai"] >= 5).all()


def test_a_download_of_an_individual_list_is_audited() -> None:
    audit_as = components.AuditAs(
        Scope("bkpsdm"), people_blocks.PAGE, "daftar", "kotak_9box_9"
    )
    components._record_export(audit_as, "kotak_9box_9_2025.xlsx", 7)
    log = audit.entries()
    assert list(log["action"]) == ["export"]
    assert list(log["detail"]) == ["kotak_9box_9_2025.xlsx; 7 baris"]
    assert list(log["page"]) == ["kinerja_pegawai"]


def test_above_the_picker_limit_the_profile_picker_searches(
    app_env: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """With more people than PICKER_LIMIT the picker lists nobody until a search,
    then only the matches (name contains, NIP starts with); a NIP from the link is
    still opened; more matches than the limit say so."""
    monkeypatch.setattr(queries_people, "PICKER_LIMIT", 3)
    queries_people.people.clear()
    request.addfinalizer(queries_people.people.clear)  # cached at 4 rows
    at = _open()
    assert at.text_input(key="kinerja_cari").label.startswith("Cari pegawai")
    assert at.selectbox(key="kinerja_nip").options == ["— cari pegawai —"]
    at.text_input(key="kinerja_cari").input("saputra").run()
    saputra = _nips_of_year(app_env, "lower(nama) like '%saputra%'")
    shown = _shown_nips(at.selectbox(key="kinerja_nip").options)
    assert shown and shown <= saputra and len(shown) == min(3, len(saputra))
    if len(saputra) > 3:
        assert any("Lebih dari 3 pegawai cocok" in c.value for c in at.caption)
    nip = "197611152000011001"  # Andi Saputra, DPMG (data/sample)
    at = _open(params={"nip": nip})
    facts = [m.value for m in at.markdown if nip in m.value]
    assert facts and "Andi Saputra" in facts[0]
    at.text_input(key="kinerja_cari").input(nip[:12]).run()
    options = at.selectbox(key="kinerja_nip").options
    assert all(NIP.search(o).group(0).startswith(nip[:12]) for o in options[1:])


def test_the_spread_chart_holds_the_largest_units_and_the_table_all(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above SPREAD_CHART_MAX units (a province has hundreds) the chart shows the
    units with the most people rated (the city too at OPD level), says so, and the
    table keeps all."""
    from dashboard import people_views

    monkeypatch.setattr(people_views, "SPREAD_CHART_MAX", 3)
    at = _open(params={"tingkat": "unit"})
    with duckdb.connect(str(app_env), read_only=True) as con:
        units = con.execute(
            "select subjek_nama, n_dinilai from mart_predikat_curve where tahun = ? "
            "and tingkat = 'unit' and berlaku order by n_dinilai desc, subjek_nama",
            [YEAR],
        ).fetchall()
    assert len(units) > 3
    [chart] = [
        c
        for c in at.get("plotly_chart")
        if "Sebaran predikat per unit kerja" in c.proto.spec
    ]
    bars = {y for trace in json.loads(chart.proto.spec)["data"] for y in trace["y"]}
    assert bars == {name for name, _ in units[:3]}
    assert any(
        f"Grafik memuat 3 unit kerja dengan pegawai dinilai terbanyak dari {len(units)}"
        in c.value
        for c in at.caption
    )
    table = _frame(at, "Sangat Baik")
    assert len(table) == len(units)
    unchanged = _open()  # 21 OPDs or fewer: every OPD in the chart, no note
    assert not any("Grafik memuat" in c.value for c in unchanged.caption)
