"""The parsing macros of pipelines/sql/macros.sql, at their boundaries (real DuckDB)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pipelines.macros import ensure_macros, install_macros

D = dt.date


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    install_macros(connection)
    yield connection
    connection.close()


def one(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> object:
    return con.execute(f"select {sql}", list(params)).fetchall()[0][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", 1234.5),
        ("85,5", 85.5),
        ("85,5%", 85.5),
        ("1.234", 1234.0),
        ("1.234.567", 1234567.0),
        ("1.234.567,89", 1234567.89),
        ("85.5", 85.5),
        ("0.850", 0.85),
        ("1,234.5", 1234.5),  # both separators: the last one is the decimal
        ("1,234", 1.234),  # a single comma is decimal
        ("12.3456", 12.3456),  # four digits after the dot: decimal
        ("Rp 1.250.000", 1250000.0),
        (" 7 ", 7.0),
        ("-1.234", -1234.0),
        ("100", 100.0),
        ("1,98609E+17", 1.98609e17),
    ],
)
def test_id_number_reads_indonesian_numbers(con, text: str, expected: float) -> None:
    assert one(con, "id_number(?)", text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text", ["abc", "", "   ", None, "inf", "nan", "1.2.3,4,5", "--1"]
)
def test_id_number_is_null_when_not_a_number(con, text: str | None) -> None:
    assert one(con, "id_number(?)", text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3", 3), ("3,0", 3), ("1.000", 1000), ("3,5", None), ("x", None)],
)
def test_id_integer(con, text: str, expected: int | None) -> None:
    assert one(con, "id_integer(?)", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29/02/2024", D(2024, 2, 29)),
        ("29/02/2025", None),
        ("31/02/2025", None),
        ("31/12/2025", D(2025, 12, 31)),
        ("1-2-2025", D(2025, 2, 1)),
        ("01.02.2025", D(2025, 2, 1)),
        ("12/1/2025 08:30", D(2025, 1, 12)),
        ("2025-01-15", D(2025, 1, 15)),
        ("2025-01-15 08:30:00", D(2025, 1, 15)),
        ("2025-01-15T08:30", D(2025, 1, 15)),
        ("2025-02-30", None),
        ("45678", D(2025, 1, 21)),  # Excel serial counted from 1899-12-30
        ("1", D(1899, 12, 31)),
        ("80000", D(2119, 1, 11)),
        ("80001", None),
        ("0", None),
        ("12 Januari 2025", D(2025, 1, 12)),
        ("12 Jan 2025", D(2025, 1, 12)),
        ("12-jan-25", D(2025, 1, 12)),
        ("Januari 2025", D(2025, 1, 1)),
        ("Jan-25", D(2025, 1, 1)),
        ("Pebruari 2024", D(2024, 2, 1)),
        ("3 Agt 2024", D(2024, 8, 3)),
        ("3 Agu 2024", D(2024, 8, 3)),
        ("1 Okt 2023", D(2023, 10, 1)),
        ("1 Nop 2023", D(2023, 11, 1)),
        ("Des 2023", D(2023, 12, 1)),
        ("5 March 2024", D(2024, 3, 5)),
        ("Bulan 2025", None),
        ("kemarin", None),
        (None, None),
    ],
)
def test_id_date(con, text: str | None, expected: dt.date | None) -> None:
    assert one(con, "id_date(?)", text) == expected


def _period(label: str, jenis: str, mulai: dt.date, selesai: dt.date) -> dict:
    return {"label": label, "jenis": jenis, "mulai": mulai, "selesai": selesai}


JAN = _period("2025-01", "bulanan", D(2025, 1, 1), D(2025, 1, 31))
FEB24 = _period("2024-02", "bulanan", D(2024, 2, 1), D(2024, 2, 29))
Q1 = _period("2025-Q1", "triwulanan", D(2025, 1, 1), D(2025, 3, 31))
Q4 = _period("2025-Q4", "triwulanan", D(2025, 10, 1), D(2025, 12, 31))
S1 = _period("2025-S1", "semesteran", D(2025, 1, 1), D(2025, 6, 30))
S2 = _period("2025-S2", "semesteran", D(2025, 7, 1), D(2025, 12, 31))
Y = _period("2025", "tahunan", D(2025, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01", JAN),
        ("2025/01", JAN),
        ("01/2025", JAN),
        ("1-2025", JAN),
        ("Januari 2025", JAN),
        ("JANUARI 2025", JAN),
        ("Jan 2025", JAN),
        ("Jan-25", JAN),
        ("2024-02", FEB24),
        ("Pebruari 2024", FEB24),
        ("TW I 2025", Q1),
        ("TW 1 2025", Q1),
        ("Triwulan I 2025", Q1),
        ("Triwulan 1 2025", Q1),
        ("Q1 2025", Q1),
        ("2025-Q1", Q1),
        ("TW IV 2025", Q4),
        ("Semester 1 2025", S1),
        ("S1 2025", S1),
        ("Semester II 2025", S2),
        ("2025-S2", S2),
        ("2025", Y),
        ("Tahun 2025", Y),
        ("2025-01-15", JAN),
        ("15/01/2025", JAN),
        ("45678", JAN),
    ],
)
def test_id_period_forms(con, text: str, expected: dict) -> None:
    assert one(con, "id_period(?)", text) == expected


@pytest.mark.parametrize(
    "text",
    ["TW V 2025", "2025-13", "13/2025", "Q0 2025", "Semester 3 2025", "xx", "", None],
)
def test_id_period_is_null_when_unknown(con, text: str | None) -> None:
    assert one(con, "id_period(?)", text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Di Atas Ekspektasi", "Di Atas Ekspektasi"),
        ("DIATAS EKSPEKTASI", "Di Atas Ekspektasi"),
        ("di_atas_ekspektasi", "Di Atas Ekspektasi"),
        ("Di Atas", "Di Atas Ekspektasi"),
        ("3", "Di Atas Ekspektasi"),
        (" sesuai  ekspektasi ", "Sesuai Ekspektasi"),
        ("Sesuai", "Sesuai Ekspektasi"),
        ("2", "Sesuai Ekspektasi"),
        ("Dibawah", "Di Bawah Ekspektasi"),
        ("di bawah ekspektasi", "Di Bawah Ekspektasi"),
        ("1", "Di Bawah Ekspektasi"),
        ("4", None),
        ("Cukup", None),
        (None, None),
    ],
)
def test_id_rating(con, text: str | None, expected: str | None) -> None:
    assert one(con, "id_rating(?)", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SANGAT BAIK", "Sangat Baik"),
        ("baik", "Baik"),
        ("Butuh Perbaikan", "Butuh Perbaikan"),
        ("Kurang", "Kurang/Misconduct"),
        ("Misconduct", "Kurang/Misconduct"),
        ("Kurang / Misconduct", "Kurang/Misconduct"),
        ("sangat kurang", "Sangat Kurang"),
        ("Lumayan", None),
    ],
)
def test_id_predikat(con, text: str, expected: str | None) -> None:
    assert one(con, "id_predikat(?)", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'198609262015051001",
        " 19860926 201505 1 001 ",
        "1986\u00a009262015051001",
        "198609262015051001",
    ],
)
def test_nip_clean_accepts_apostrophe_and_spaces(con, text: str) -> None:
    assert one(con, "nip_clean(?)", text) == "198609262015051001"
    assert one(con, "nip_error(?, 'PNS')", text) is None


def test_nip_clean_keeps_dots(con) -> None:
    assert one(con, "nip_clean(?)", "1986.0926") == "1986.0926"


@pytest.mark.parametrize(
    "text", ["1.98609262015051E+17", "1,98609E+17", "198609262015051001.0"]
)
def test_nip_stored_as_number_is_explained(con, text: str) -> None:
    message = one(con, "nip_error(?, 'PNS')", text)
    assert message.startswith("NIP tersimpan sebagai angka di Excel")
    assert "format kolom NIP sebagai Teks" in message
    assert one(con, "nip_format_error(?)", text) == message


@pytest.mark.parametrize(
    ("text", "n"), [("19860926201505100", 17), ("1986092620150510011", 19)]
)
def test_nip_must_have_18_digits(con, text: str, n: int) -> None:
    expected = f"NIP harus 18 digit angka; ditemukan {n} karakter"
    assert one(con, "nip_error(?, 'PPPK')", text) == expected
    assert one(con, "nip_format_error(?)", text) == expected


def test_nip_with_letters_is_rejected(con) -> None:
    assert "bukan angka" in one(con, "nip_format_error(?)", "19860926201505100A")


def test_nip_sequence_000_is_digits_lost(con) -> None:
    message = one(con, "nip_error(?, 'PPPK')", "198609262015051000")
    assert message.startswith("nomor urut 000 tidak sah")
    assert "Excel hanya menyimpan 15 digit" in message
    assert one(con, "nip_format_error(?)", "198609262015051000") == message


@pytest.mark.parametrize(
    ("nip", "ok"),
    [
        ("198602302015051001", False),  # 30 February
        ("193901012015051001", False),  # born before 1940
        ("194001012000051001", True),
        ("202001012015051001", False),  # far too young
    ],
)
def test_nip_birth_date(con, nip: str, ok: bool) -> None:
    message = one(con, "nip_error(?, 'PPPK')", nip)
    assert (message is None) == ok
    if not ok:
        assert "digit 1-8" in message


@pytest.mark.parametrize(
    ("digit", "ok_for_pns"), [("0", False), ("1", True), ("2", True), ("3", False)]
)
def test_nip_sex_digit_is_checked_for_pns_only(
    con, digit: str, ok_for_pns: bool
) -> None:
    nip = f"19860926201505{digit}001"
    pns = one(con, "nip_error(?, 'PNS')", nip)
    assert (pns is None) == ok_for_pns
    if not ok_for_pns:
        assert pns == (
            f"digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 "
            f"(perempuan); ditemukan {digit}"
        )
    assert one(con, "nip_error(?, 'PPPK')", nip) is None


@pytest.mark.parametrize(
    ("month", "ok"), [("00", False), ("01", True), ("12", True), ("13", False)]
)
def test_nip_tmt_month_for_pns(con, month: str, ok: bool) -> None:
    nip = f"198609262015{month}1001"
    message = one(con, "nip_error(?, 'PNS')", nip)
    assert (message is None) == ok
    if not ok:
        assert (
            f"digit 13-14 NIP (bulan TMT CPNS) harus 01–12; ditemukan {month}"
            == message
        )


def test_pppk_digits_9_to_14_are_not_a_cpns_date(con) -> None:
    nip = "199009132025242014"  # appointment year 2025, code 24 (paruh waktu)
    assert one(con, "nip_error(?, 'PPPK')", nip) is None
    assert one(con, "nip_error(?, 'PPPK_PARUH_WAKTU')", nip) is None
    assert "digit 13-14" in one(con, "nip_error(?, 'PNS')", nip)


def test_nip_tmt_year_must_follow_birth_by_17_years(con) -> None:
    assert "digit 9-12" in one(con, "nip_error(?, 'PNS')", "198609262000051001")
    assert one(con, "nip_error(?, 'PNS')", "198609262003051001") is None
    future = f"19860926{dt.date.today().year + 1}051001"
    assert "digit 9-12" in one(con, "nip_error(?, 'PNS')", future)


def test_nip_error_is_null_for_empty(con) -> None:
    assert one(con, "nip_error(?, 'PNS')", None) is None
    assert one(con, "nip_error(?, 'PNS')", "  ") is None


@pytest.mark.parametrize(
    ("text", "norm", "name"),
    [
        ("  Nama Pegawai ", "nama_pegawai", "nama_pegawai"),
        ("Cot Ba'u", "cot_ba_u", "cot_bau"),
        ("Cot Ba\u2019u", "cot_bau", "cot_bau"),  # non-ASCII dropped, as in Python
        ("Renée", "renee", "renee"),
    ],
)
def test_keys_match_normalise_header(con, text: str, norm: str, name: str) -> None:
    from pipelines.schema import normalise_header

    assert one(con, "norm_key(?)", text) == norm == normalise_header(text)
    assert one(con, "name_key(?)", text) == name


def test_ensure_macros_installs_once(con) -> None:
    fresh = duckdb.connect()
    ensure_macros(fresh)
    assert one(fresh, "id_number('1,5')") == 1.5
    version = one(fresh, "kinerja_macros_version()")
    ensure_macros(fresh)  # already there: no error, same version
    assert one(fresh, "kinerja_macros_version()") == version
    fresh.close()
