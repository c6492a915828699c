"""Reading export files into all-text DuckDB tables (pipelines.readers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import openpyxl
import pytest

from pipelines import readers
from pipelines.load_raw import load_export

DATA = Path(__file__).resolve().parent / "data"
SKP_HEADER = ["NIP", "Periode", "Rating Hasil Kerja", "Rating Perilaku Kerja"]


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    yield connection
    connection.close()


def rows_of(con: duckdb.DuckDBPyConnection, table: readers.TextTable) -> list[tuple]:
    return con.execute(f"select * from {table.name} order by _row").fetchall()


def column(con: duckdb.DuckDBPyConnection, table: readers.TextTable, name: str) -> list:
    index = table.header.columns[name]
    return [
        r[0]
        for r in con.execute(
            f"select c{index} from {table.name} order by _row"
        ).fetchall()
    ]


# --------------------------------------------------------------------------- CSV


def test_bom_semicolon_title_rows_and_blank_lines(con) -> None:
    result = readers.read_export(con, DATA / "skp_dinkes_jan2025.csv")
    (table,) = result.tables
    assert table.kind == "skp" and table.sheet is None
    assert table.header_row == 4  # two title rows and a blank line above the header
    assert table.header.headers[1] == "NIP"
    assert set(table.header.columns) >= {
        "nip",
        "periode",
        "rating_hasil_kerja",
        "rating_perilaku_kerja",
        "predikat_kinerja",
        "tanggal_pengisian",
    }
    # line 8 is blank: the row after it is line 9, as a spreadsheet user counts
    assert [r[0] for r in rows_of(con, table)] == [5, 6, 7, 9, 10, 11]
    assert column(con, table, "nip")[1] == "'199003142019032002"
    assert result.notes == ["kolom tidak dikenal diabaikan: 'No', 'Nama Pegawai'."]


def test_windows_1252_is_transcoded(con) -> None:
    raw = (DATA / "pegawai_cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    (table,) = readers.read_export(con, DATA / "pegawai_cp1252.csv").tables
    assert table.kind == "pegawai"
    names = column(con, table, "nama")
    assert "Renée Ma’ruf" in names
    assert "Puskesmas Cot Ba’u" in column(con, table, "unit_kerja")
    assert [r[0] for r in rows_of(con, table)] == [2, 3, 4, 5, 6, 7]


def test_cp1252_after_a_long_utf8_looking_start_is_transcoded(con, tmp_path) -> None:
    body = "".join(
        f"1986092620150510{i % 90 + 10:02d};Januari 2025;Sesuai;Sesuai\n"
        for i in range(8000)
    )  # > 256 KiB of plain ASCII
    text = (
        ";".join(SKP_HEADER)
        + "\n"
        + body
        + "198609262015051001;Mei 2025;Sesuai;Sesuai\n"
    )
    path = tmp_path / "skp.csv"
    path.write_bytes(text.encode("ascii") + "Café’;x\n".encode("cp1252"))
    (table,) = readers.read_export(con, path).tables
    last = rows_of(con, table)[-1]
    assert last[0] == 8003 and "Café’" in last


def test_tab_separated_realisasi(con) -> None:
    (table,) = readers.read_export(con, DATA / "realisasi_imunisasi.csv").tables
    assert table.kind == "realisasi_indikator"
    assert column(con, table, "unit")[0] == "Puskesmas Cot Ba'u"
    assert column(con, table, "pembilang")[2] == "1.234"


def test_utf16_unicode_text_from_excel(con, tmp_path) -> None:
    path = tmp_path / "unicode.txt"
    text = (
        "\t".join(SKP_HEADER)
        + "\r\n198609262015051001\tJanuari 2025\tSesuai\tSesuai\r\n"
    )
    path.write_bytes(text.encode("utf-16"))
    (table,) = readers.read_export(con, path).tables
    assert column(con, table, "nip") == ["198609262015051001"]


def test_title_row_with_commas_does_not_fool_the_separator(con, tmp_path) -> None:
    path = tmp_path / "skp.csv"
    path.write_text(
        "Rekap SKP, Dinas Pariwisata, Kota Sabang, 2025\n"
        + ";".join(SKP_HEADER)
        + "\n198609262015051001;TW I 2025;3;2\n",
        encoding="utf-8",
    )
    (table,) = readers.read_export(con, path).tables
    assert table.header_row == 2
    assert column(con, table, "periode") == ["TW I 2025"]


def test_extra_cells_right_of_the_header_are_kept_apart(con, tmp_path) -> None:
    path = tmp_path / "skp.csv"
    path.write_text(
        ",".join(SKP_HEADER) + "\n198609262015051001,Jan 2025,Sesuai,"
        "Sesuai,Budi, S.Kep\n",
        encoding="utf-8",
    )
    (table,) = readers.read_export(con, path).tables
    row = con.execute(f"select _extra from {table.name}").fetchall()
    assert row == [("Budi",)]


def test_duplicate_header_uses_the_first_column(con, tmp_path) -> None:
    path = tmp_path / "skp.csv"
    path.write_text(
        ";".join([*SKP_HEADER, "NIP Pegawai"]) + "\n"
        "198609262015051001;2025-01;2;2;199003142019032002\n",
        encoding="utf-8",
    )
    (table,) = readers.read_export(con, path).tables
    assert table.header.columns["nip"] == 0
    assert table.header.duplicates == (
        "Kolom 'NIP Pegawai' (kolom ke-5) dobel dengan 'NIP' untuk nip; yang dipakai "
        "kolom pertama.",
    )


def test_unrecognised_header_names_closest_kind_and_missing_columns(con) -> None:
    with pytest.raises(readers.ReadError) as err:
        readers.read_export(con, DATA / "tidak_dikenal.csv")
    assert err.value.message == (
        "Jenis berkas tidak dikenali. Paling mirip 'skp', tetapi kolom wajib tidak "
        "ditemukan: Rating Perilaku Kerja (rating_perilaku_kerja)."
    )
    assert err.value.rows_seen == 0


def test_header_matching_nothing(con, tmp_path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(
        readers.ReadError, match="Jenis berkas tidak dikenali: tidak ada"
    ):
        readers.read_export(con, path)


def test_empty_file_is_rejected(con) -> None:
    with pytest.raises(readers.ReadError, match="Berkas kosong"):
        readers.read_export(con, DATA / "kosong.csv")


def test_binary_file_is_rejected(con, tmp_path) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(readers.ReadError, match="data biner"):
        readers.read_export(con, path)


# --------------------------------------------------------------------------- XLSX


def _workbook(path: Path) -> Path:
    """Petunjuk (instructions) + Januari (SKP under title rows) + Pegawai + hidden."""
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Petunjuk"
    info["A1"] = "Isi satu baris per pegawai. Jangan ubah judul kolom."
    skp = wb.create_sheet("Januari")
    skp["A1"] = "REKAP PENILAIAN KINERJA PEGAWAI — DINAS KESEHATAN DAN KB KOTA SABANG"
    skp.append([])
    skp.append(["No", *SKP_HEADER, "Tanggal Pengisian"])
    skp.append(
        [
            1,
            "198609262015051001",
            "Januari 2025",
            "Sesuai Ekspektasi",
            "Di Atas Ekspektasi",
            dt.date(2025, 2, 3),
        ]
    )
    skp.append(
        [2, 198609262015051001, "Januari 2025", 2, 3.0, dt.datetime(2025, 2, 4, 9, 30)]
    )
    skp.append([])
    skp.append([3, "199003142019032002", "Januari 2025", "Sesuai", "Sesuai", None])
    peg = wb.create_sheet("Pegawai")
    peg.append(
        [
            "NIP",
            "Nama",
            "Jenis ASN",
            "OPD",
            "Unit Kerja",
            "Jenis Jabatan",
            "Nama Jabatan",
            "Aktif",
        ]
    )
    peg.append(
        [
            "198609262015051001",
            "Cut Nyak Aminah",
            "PNS",
            "Dinkes KB",
            "PKM Cot Ba'u",
            "Fungsional",
            "Perawat",
            True,
        ]
    )
    hidden = wb.create_sheet("Daftar")
    hidden.sheet_state = "hidden"
    hidden.append(SKP_HEADER)
    wb.save(path)
    return path


def test_multi_sheet_xlsx(con, tmp_path) -> None:
    result = readers.read_export(con, _workbook(tmp_path / "skp.xlsx"))
    assert [(t.sheet, t.kind) for t in result.tables] == [
        ("Januari", "skp"),
        ("Pegawai", "pegawai"),
    ]
    skp, peg = result.tables
    assert skp.header_row == 3
    assert [r[0] for r in rows_of(con, skp)] == [4, 5, 7]  # Excel row numbers
    assert column(con, skp, "nip")[:2] == ["198609262015051001", "1.98609262015051E+17"]
    assert column(con, skp, "tanggal_pengisian")[:2] == ["2025-02-03", "2025-02-04"]
    assert column(con, skp, "rating_perilaku_kerja")[1] == "3"
    assert (
        "Lembar 'Petunjuk' dilewati: tidak ada baris judul kolom yang dikenali."
        in result.notes
    )
    assert "Lembar tersembunyi 'Daftar' dilewati." in result.notes
    assert con.execute(f"select c7 from {peg.name}").fetchall() == [("TRUE",)]


def test_xlsx_nip_stored_as_number_is_quarantined_with_explanation(tmp_path) -> None:
    con = duckdb.connect()
    result = load_export(con, _workbook(tmp_path / "skp.xlsx"))
    assert result.status == "loaded"
    assert result.sheets == ["Januari", "Pegawai"]
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (4, 3, 1)
    sheet, row, col, reason = con.execute(
        "select sheet, row_number, column_name, reason from quarantine"
    ).fetchall()[0]
    assert (sheet, row, col) == ("Januari", 5, "nip")
    assert reason == (
        "NIP tersimpan sebagai angka di Excel (1.98609262015051E+17) "
        "sehingga digitnya hilang; format kolom NIP sebagai Teks lalu "
        "ekspor ulang"
    )
    assert con.execute(
        "select count(*) from raw_skp where nip like '%E+%'"
    ).fetchall() == [(0,)]
    con.close()


def test_xlsx_without_recognisable_sheet_is_rejected(con, tmp_path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Petunjuk"
    wb.active.append(["NIP", "Periode", "Rating Hasil Kerja"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(readers.ReadError, match="Paling mirip 'skp'"):
        readers.read_export(con, tmp_path / "x.xlsx")


def test_truncated_xlsx_is_rejected(con, tmp_path) -> None:
    full = _workbook(tmp_path / "full.xlsx").read_bytes()
    path = tmp_path / "terpotong.xlsx"
    path.write_bytes(full[: len(full) // 2])
    with pytest.raises(readers.ReadError, match="Berkas Excel rusak"):
        readers.read_export(con, path)


def test_xlsx_extension_on_text_is_rejected(con, tmp_path) -> None:
    path = tmp_path / "bukan.xlsx"
    path.write_text("NIP;Periode\n", encoding="utf-8")
    with pytest.raises(readers.ReadError, match="bukan berkas Excel"):
        readers.read_export(con, path)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        ("", None),
        ("  x ", "x"),
        (1.98609262015051e17, "1.98609262015051E+17"),
        (2e11, "2E+11"),
        (99999999999.0, "99999999999"),
        (85.0, "85"),
        (3, "3"),
        (1.234, "1,234"),
        (85.5, "85,5"),
        (-0.25, "-0,25"),
        (True, "TRUE"),
        (False, "FALSE"),
        (dt.date(2025, 1, 2), "2025-01-02"),
        (dt.datetime(2025, 1, 2, 23, 59), "2025-01-02"),
        (dt.time(8, 30), "08:30:00"),
    ],
)
def test_cell_text(value: object, text: str | None) -> None:
    assert readers.cell_text(value) == text


# --------------------------------------------------------------------------- folders


def test_folder_listing_skips_hidden_lock_and_other_files(tmp_path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in (
        "b/z.csv",
        "a.XLSX",
        "m.xlsm",
        "~$a.xlsx",
        ".hidden.csv",
        "notes.txt",
        ".git/x.csv",
    ):
        (tmp_path / name).write_text("x")
    single = tmp_path / "notes.txt"
    found = list(readers.iter_export_files([tmp_path, single]))
    assert found == [
        tmp_path / "a.XLSX",
        tmp_path / "b" / "z.csv",
        tmp_path / "m.xlsm",
        single,
    ]


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_scan_file_hashes_and_finds_empty_lines(tmp_path, monkeypatch, end) -> None:
    import hashlib

    monkeypatch.setattr(readers, "SCAN_CHUNK_BYTES", 7)  # lines across chunk edges
    lines = [b"NIP;Periode", b"1;Januari 2025", b"2;Februari 2025"]
    full = tmp_path / "penuh.csv"
    full.write_bytes(end.join(lines) + end)
    scan = readers.scan_file(full)
    assert scan.sha256 == hashlib.sha256(full.read_bytes()).hexdigest()
    assert scan.blank_free
    for at in range(1, len(lines)):
        gappy = tmp_path / f"kosong_{at}.csv"
        gappy.write_bytes(end.join([*lines[:at], b"", *lines[at:]]) + end)
        assert not readers.scan_file(gappy).blank_free


def test_holds_finds_a_needle_at_every_offset_as_bytes_in_does() -> None:
    import random

    import numpy as np

    rng = random.Random(7)
    for _ in range(3000):
        data = bytes(rng.choice(b"\r\na") for _ in range(rng.randint(0, 24)))
        chunk = np.frombuffer(data, np.uint8)
        for needle in (b"\n\n", b"\r\r", b"\n\r\n"):
            assert readers._holds(chunk, needle) == (needle in data), (data, needle)
