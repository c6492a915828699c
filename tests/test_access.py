"""Accounts, sign-in, demo mode and the role × page matrix (PRODUCT.md §7).

Accounts are made with the real CLI in a private store (KINERJA_STORE per test, see
conftest); the app runs against the real sample warehouse.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import access, audit, queries, users

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
PASSWORD = "kopi-sabang-2026"
HEADERS = {
    "ringkasan_kota": "Ringkasan Kota",
    "kesehatan": "Kesehatan",
    "pariwisata": "Pariwisata",
    "pemberdayaan": "Pemberdayaan Masyarakat",
    "kinerja_pegawai": "Kinerja Pegawai",
    "peringatan_dini": "Peringatan Dini",
    "kebutuhan_pelatihan": "Kebutuhan Pelatihan",
    "kualitas_data": "Kualitas Data & Impor",
    "tentang_indikator": "Tentang Indikator",
    "log_audit": "Log Audit",
    "penghargaan": "Penghargaan",
}
# What each role may open; everything else must not be reachable.
EXPECTED = {
    "wali_kota": {
        "ringkasan_kota",
        "kesehatan",
        "pariwisata",
        "pemberdayaan",
        "tentang_indikator",
        "penghargaan",
    },
    "bkpsdm": set(HEADERS),
    "kepala_opd": {
        "ringkasan_kota",
        "kesehatan",
        "pariwisata",
        "pemberdayaan",
        "kinerja_pegawai",
        "peringatan_dini",
        "kebutuhan_pelatihan",
        "tentang_indikator",
        "penghargaan",
    },
    "operator": {"kualitas_data", "tentang_indikator", "penghargaan"},
    "publik": {"penghargaan"},
}


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.users", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=60,
    )


# --- accounts -------------------------------------------------------------------------


def test_cli_adds_lists_changes_and_removes_accounts() -> None:
    added = _cli(
        "add",
        "kadis.kesehatan",
        "--role",
        "kepala_opd",
        "--opd",
        "dinkes",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert added.returncode == 0, added.stderr
    listed = _cli("list")
    assert "kadis.kesehatan\tkepala_opd\tDINKES" in listed.stdout
    assert users.authenticate("kadis.kesehatan", PASSWORD) is not None
    new = "teluk-sabang-2027"
    changed = _cli("set-password", "kadis.kesehatan", "--password-stdin", stdin=new)
    assert changed.returncode == 0, changed.stderr
    assert users.authenticate("kadis.kesehatan", PASSWORD) is None
    assert users.authenticate("kadis.kesehatan", new) is not None
    assert _cli("remove", "kadis.kesehatan").returncode == 0
    assert "kadis.kesehatan" not in _cli("list").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("x1", "--role", "kepala_opd"), "memerlukan --opd"),
        (("x1", "--role", "operator", "--opd", "NOPE"), "Kode OPD tidak dikenal"),
        (("x1", "--role", "wali_kota", "--opd", "DINKES"), "jangan isi --opd"),
        (("X 1", "--role", "bkpsdm"), "Nama pengguna"),
    ],
)
def test_cli_rejects_bad_accounts_with_a_reason(
    args: tuple[str, ...], message: str
) -> None:
    result = _cli("add", *args, "--password-stdin", stdin=PASSWORD)
    assert result.returncode == 1
    assert message in result.stderr
    assert "x1" not in _cli("list").stdout


def test_short_password_and_duplicate_are_refused() -> None:
    short = _cli(
        "add", "bk1", "--role", "bkpsdm", "--password-stdin", stdin="123456789"
    )
    assert short.returncode == 1 and "minimal 10" in short.stderr
    assert (
        _cli(
            "add", "bk1", "--role", "bkpsdm", "--password-stdin", stdin=PASSWORD
        ).returncode
        == 0
    )
    again = _cli("add", "bk1", "--role", "bkpsdm", "--password-stdin", stdin=PASSWORD)
    assert again.returncode == 1 and "sudah ada" in again.stderr


def test_password_is_stored_as_an_argon2id_hash_only(_private_app_store: Path) -> None:
    users.add("bk2", "bkpsdm", PASSWORD)
    raw = _private_app_store.read_bytes()
    for suffix in ("-wal",):
        wal = Path(str(_private_app_store) + suffix)
        if wal.exists():
            raw += wal.read_bytes()
    assert PASSWORD.encode() not in raw
    assert b"$argon2id$" in raw


def test_five_wrong_passwords_lock_the_account() -> None:
    users.add("op1", "operator", PASSWORD, opd_kode="DISPAR")
    for _ in range(users.MAX_FAILED_LOGINS):
        assert users.authenticate("op1", "wrong-password!") is None
    assert users.authenticate("op1", PASSWORD) is None  # locked, even when right
    users.set_password("op1", PASSWORD)  # an admin reset lifts the lock
    account = users.authenticate("op1", PASSWORD)
    assert account is not None and account.scope == access.Scope("operator", "DISPAR")


def test_four_wrong_passwords_do_not_lock() -> None:
    users.add("op2", "operator", PASSWORD, opd_kode="DISPAR")
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        users.authenticate("op2", "wrong-password!")
    assert users.authenticate("op2", PASSWORD) is not None


def test_unknown_user_and_sso_only_account_cannot_sign_in_with_a_password() -> None:
    users.add("sso1", "wali_kota", None, email="Sekda@SabangKota.go.id")
    assert users.authenticate("sso1", "") is None
    assert users.authenticate("nobody", PASSWORD) is None
    assert users.by_email("sekda@sabangkota.go.id").name == "sso1"


# --- the app: sign-in and demo mode ---------------------------------------------------


def _app(monkeypatch: pytest.MonkeyPatch, auth: str | None) -> AppTest:
    if auth is None:
        monkeypatch.delenv("KINERJA_AUTH", raising=False)
    else:
        monkeypatch.setenv("KINERJA_AUTH", auth)
    return AppTest.from_file(str(APP), default_timeout=60)


def test_without_demo_mode_only_the_sign_in_form_shows(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _app(monkeypatch, None).run()
    assert [h.value for h in at.header] == ["Masuk"]
    assert not at.dataframe and not at.metric
    at.switch_page("../pages/peringatan_dini.py").run()  # no navigation: same form
    assert [h.value for h in at.header] == ["Masuk"]
    assert not at.dataframe and not at.metric


def test_wrong_password_is_refused_and_right_one_opens_the_role_pages(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.add("walikota", "wali_kota", PASSWORD)
    at = _app(monkeypatch, None).run()
    at.text_input(key="auth_name").input("walikota")
    at.text_input(key="auth_pw").input("not-the-password")
    at.button[0].click().run()
    assert "salah" in at.error[0].value
    assert [h.value for h in at.header] == ["Masuk"]
    at.text_input(key="auth_pw").input(PASSWORD)
    at.button[0].click().run()
    assert at.header[0].value == "Ringkasan Kota"
    entries = audit.entries()
    assert list(entries["action"]) == ["login"]
    assert entries.iloc[0]["user_name"] == "walikota"
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("../pages/peringatan_dini.py")  # not registered for wali_kota


def test_demo_mode_is_refused_over_real_data(
    warehouse_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = duckdb.connect(str(warehouse_copy))
    con.execute("update meta_build set simulated = false")
    con.close()
    monkeypatch.setenv("KINERJA_DB", str(warehouse_copy))
    at = _app(monkeypatch, "demo").run()
    assert "Mode demo ditolak" in at.error[0].value
    assert [h.value for h in at.header] == ["Masuk"]
    assert not at.dataframe


def test_demo_mode_shows_the_switcher_and_a_banner(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _app(monkeypatch, "demo").run()
    assert at.sidebar.selectbox(key="demo_role").value == "bkpsdm"
    assert any("Mode demo" in w.value for w in at.warning)


def _as(role: str, opd: str | None = None) -> AppTest:
    """The app after its first run for a demo-mode role (pages registered)."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["demo_role"] = role
    if opd:
        at.session_state["demo_opd"] = opd
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _open_as(role: str, page: str, opd: str | None = None) -> AppTest:
    at = _as(role, opd)
    at.switch_page(f"../pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_role_page_matrix(app_env: Path, role: str) -> None:
    """A page a role may open shows its header; any other page is not registered
    for the role (AppTest cannot even switch to it)."""
    opd = "DINKES" if role in users.OPD_ROLES else None
    for page, header in HEADERS.items():
        if page in EXPECTED[role]:
            shown = [h.value for h in _open_as(role, page, opd).header]
            assert shown[:1] == [header], (role, page, shown)
        else:
            with pytest.raises(ValueError, match="Could not find a navigation page"):
                _as(role, opd).switch_page(f"../pages/{page}.py")
    assert {p for p in HEADERS if access.may_open(role, p)} == EXPECTED[role]


def test_public_role_gets_only_the_awards_page(app_env: Path) -> None:
    at = _as("publik")
    assert [h.value for h in at.header][:1] == ["Penghargaan"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("../pages/ringkasan_kota.py")


def test_kepala_opd_filter_offers_only_their_own_opd(app_env: Path) -> None:
    at = _open_as("kepala_opd", "ringkasan_kota", "DISPAR")
    options = at.sidebar.selectbox(key="opd").options
    assert options == ["Semua OPD", "Dinas Pariwisata"]


def test_audit_log_page_lists_entries_for_bkpsdm(app_env: Path) -> None:
    scope = access.Scope("kepala_opd", "DINKES")
    audit.record(
        scope,
        page="kinerja_pegawai",
        action="view",
        subject_type="pegawai",
        subject="198001012005011001",
        user="kadis",
    )
    audit.record(
        scope,
        page="kinerja_pegawai",
        action="export",
        subject_type="daftar",
        subject="sembilan_kotak",
        user="kadis",
    )
    at = _open_as("bkpsdm", "log_audit")
    table = at.dataframe[0].value
    assert list(table["Pengguna"]) == ["kadis", "kadis"]
    assert list(table["Akses"]) == ["unduh", "lihat"]
    assert table["Subjek"].iloc[1] == "198001012005011001"
    # stored in UTC, shown in Sabang's time (UTC+7)
    stored = pd.to_datetime(audit.entries()["at"].iloc[0], utc=True)
    wib = (stored + pd.Timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")
    assert table["Waktu (WIB)"].iloc[0] == wib
    metrics = {m.label: m.value for m in at.metric}
    assert (
        metrics["Pegawai dilihat"] == "1" and metrics["Unduhan data perorangan"] == "1"
    )


def test_require_individual_is_the_second_lock() -> None:
    for role in ("wali_kota", "operator", "publik"):
        with pytest.raises(access.AccessDenied):
            access.require_individual(access.Scope(role))
    access.require_individual(access.Scope("kepala_opd", "DINKES"))
    access.require_individual(access.FULL_ACCESS)


HOSTILE_NAME = "![x](http://evil.example/t.png) <b>Bold</b> **Zul** =1+1"


def test_a_hostile_name_renders_as_plain_text(
    warehouse_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name from an export is text: no remote image, no HTML, no Markdown."""
    nip = "197611152000011001"  # Andi Saputra, DPMG (data/sample)
    con = duckdb.connect(str(warehouse_copy))
    for table in ("mart_employee_year", "mart_employee_period"):
        con.execute(f"update {table} set nama = ? where nip = ?", [HOSTILE_NAME, nip])
    con.close()
    monkeypatch.setenv("KINERJA_DB", str(warehouse_copy))
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.query_params["nip"] = nip
    at.session_state["tahun"] = 2025
    at.switch_page("../pages/kinerja_pegawai.py").run()
    assert not at.exception, [e.value for e in at.exception]
    facts = [m.value for m in at.markdown if nip in m.value]
    assert facts, "the profile did not open"
    assert "![x](" not in facts[0] and "<b>" not in facts[0]
    assert r"\!\[x\]\(http:" in facts[0]
    assert "unsafe_allow_html" not in "".join(
        p.read_text(encoding="utf-8")
        for p in [*(ROOT / "dashboard").glob("*.py"), *(ROOT / "pages").glob("*.py")]
        if p.name != "presentation.py"
    )


@pytest.mark.parametrize(("rated", "hidden"), [(4, True), (5, False), (0, False)])
def test_small_groups_are_suppressed_for_aggregate_roles(
    rated: int, hidden: bool
) -> None:
    frame = pd.DataFrame({"n_dinilai": [rated], "pct_baik_ke_atas": [75.0]})
    mayor = access.suppress_small(
        frame,
        access.Scope("wali_kota"),
        count_column="n_dinilai",
        value_columns=("pct_baik_ke_atas",),
    )
    assert bool(mayor["ditekan"].iloc[0]) is hidden
    assert bool(pd.isna(mayor["pct_baik_ke_atas"].iloc[0])) is hidden
    assert mayor["n_dinilai"].iloc[0] == rated  # the head count itself stays
    bkpsdm = access.suppress_small(
        frame,
        access.FULL_ACCESS,
        count_column="n_dinilai",
        value_columns=("pct_baik_ke_atas",),
    )
    assert bkpsdm["pct_baik_ke_atas"].iloc[0] == 75.0


def test_the_league_hides_small_opds_from_the_mayor_in_the_data_layer(
    warehouse_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = duckdb.connect(str(warehouse_copy))
    con.execute("update mart_opd_period set n_dinilai = 4 where opd_kode = 'DPMG'")
    con.close()
    monkeypatch.setenv("KINERJA_DB", str(warehouse_copy))
    league = queries.opd_league.__wrapped__
    mayor = league(access.Scope("wali_kota"), None, 2025, None, None)
    mayor = mayor.set_index("opd_kode")
    assert mayor.loc["DPMG", "ditekan"]
    assert pd.isna(mayor.loc["DPMG", "pct_baik_ke_atas"])
    assert pd.isna(mayor.loc["DPMG", "n_baik"])
    assert mayor.loc["DINKES", "pct_baik_ke_atas"] == 95.0
    full = league(access.FULL_ACCESS, None, 2025, None, None).set_index("opd_kode")
    assert full.loc["DPMG", "pct_baik_ke_atas"] > 0


def test_an_opd_operator_sees_only_their_own_imports(app_env: Path) -> None:
    operator = access.Scope("operator", "DISPAR")
    files = set(queries.import_log.__wrapped__(operator, None)["file"])
    everything = set(queries.import_log.__wrapped__(access.FULL_ACCESS, None)["file"])
    assert "SKP_DISPAR_2025.csv" in files and "ikm_km0_2025.csv" in files
    assert "Imunisasi_PKM_Balohan_2025.xlsx" not in files  # DINKES data only
    assert "SKP_DPMG_2025.csv" not in files
    assert "Imunisasi_PKM_Balohan_2025.xlsx" in everything
    # the employee master and training files hold rows of every OPD: visible
    assert "DATA_ASN_PEMKO_SABANG_2025-12.csv" in files
    rejected = set(queries.quarantine.__wrapped__(operator, None, None)["file"])
    assert "Imunisasi_PKM_Balohan_2025.xlsx" not in rejected
    journal = queries.import_journal.__wrapped__(operator, None)
    assert "Imunisasi_PKM_Balohan_2025.xlsx" not in set(journal["file"])
    assert "SKP_DISPAR_2025.csv" in set(journal["file"])


def test_the_operator_page_shows_no_other_opd_file(app_env: Path) -> None:
    at = _open_as("operator", "kualitas_data", "DISPAR")
    shown = " ".join(
        " ".join(map(str, frame.value.astype(str).to_numpy().ravel()))
        for frame in at.dataframe
    )
    assert "SKP_DISPAR_2025.csv" in shown
    assert "Imunisasi_PKM_Balohan_2025.xlsx" not in shown
    assert "SKP_DPMG_2025.csv" not in shown


def _all_text(at: AppTest) -> str:
    """Everything an AppTest run shows as text: tables (every cell), Markdown,
    captions, metrics, alerts."""
    parts = [
        " ".join(map(str, frame.value.astype(str).to_numpy().ravel()))
        + " ".join(map(str, frame.value.columns))
        for frame in at.dataframe
    ]
    for kind in ("markdown", "caption", "info", "warning", "error", "success"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(parts)


def _people(db: Path) -> dict[str, tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select nip, nama, opd_kode from stg_pegawai").fetchall()
    return {nip: (nama, opd) for nip, nama, opd in rows}


@pytest.mark.parametrize("page", sorted(EXPECTED["wali_kota"]))
def test_the_mayor_never_sees_a_name_or_nip(app_env: Path, page: str) -> None:
    text = _all_text(_open_as("wali_kota", page))
    people = _people(app_env)
    assert not re.search(r"\b\d{18}\b", text), page
    named = [nama for nama, _ in people.values() if nama and nama in text]
    assert not named, (page, named[:3])


@pytest.mark.parametrize(
    "page", ["kinerja_pegawai", "peringatan_dini", "kebutuhan_pelatihan"]
)
def test_an_opd_head_sees_no_other_opd_person(app_env: Path, page: str) -> None:
    at = _open_as("kepala_opd", page, "DISPAR")
    text = _all_text(at)
    people = _people(app_env)
    own = [nip for nip, (_, opd) in people.items() if opd == "DISPAR" and nip in text]
    other = [nip for nip, (_, opd) in people.items() if opd != "DISPAR" and nip in text]
    assert not other, (page, other[:3])
    if page != "kinerja_pegawai":  # the profile is opened on demand
        assert own, page  # the lists do show the head's own people
