"""A corpus of broken and hostile exports, each with its exact expected outcome.

PRODUCT.md §9: "every file gets a clear outcome; no crash, no lost row, no silent
change". Small text files live in tests/data/hostile/; binary files, workbooks and big
files are generated in tmp_path. Every case checks the accounting invariant
rows_read = rows_loaded + rows_quarantined and that every quarantined row has a reason;
a few representative rejections go through pipelines.warehouse.ingest and must leave
the live warehouse byte-identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import openpyxl
import pytest

from pipelines import warehouse
from pipelines.load_raw import FileResult, load_export

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
GOOD_SKP = Path(__file__).resolve().parent / "data" / "skp_dinkes_jan2025.csv"
LOADED_AT = dt.datetime(2025, 3, 1, 8, 0, 0)
SKP_HEADER = ["NIP", "Periode", "Rating Hasil Kerja", "Rating Perilaku Kerja"]
SKP_ROW = "198609262015051001;2025-01;Sesuai Ekspektasi;Sesuai Ekspektasi\n"


@dataclass(frozen=True)
class Case:
    status: str
    kind: str | None
    read: int
    loaded: int
    quarantined: int
    phrase: str = ""  # must appear in the errors (or, when loaded, a reason)


# ------------------------------------------------------------------ generated files


def _workbook_bytes(wb: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def skp_workbook_title_rows() -> bytes:
    """Header on row 5 below merged title cells; an NIP stored as an Excel number; a
    text cell starting with '='."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap"
    ws["A1"] = "REKAP PENILAIAN KINERJA — DINAS PARIWISATA"
    ws.merge_cells("A1:D1")
    ws["A2"] = "Periode: Januari 2025"
    ws.merge_cells("A2:D3")
    for i, text in enumerate(SKP_HEADER, start=1):
        ws.cell(5, i, text)
    ws.append(["198609262015051001", "Januari 2025", "Sesuai", "Sesuai"])
    ws.append([198609262015051001, "Januari 2025", "Sesuai", "Sesuai"])
    return _workbook_bytes(wb)


def instructions_only_workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    ws.append(["PETUNJUK PENGISIAN"])
    ws.append(["1. Isi NIP sebagai teks (18 digit)."])
    ws.append(["2. Periode ditulis seperti 'Januari 2025'."])
    return _workbook_bytes(wb)


def truncated_workbook() -> bytes:
    data = skp_workbook_title_rows()
    return data[: len(data) // 2]


def zip_that_is_no_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("readme.txt", "bukan excel")
    return buffer.getvalue()


def png_renamed() -> bytes:
    rng = random.Random(7)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(400)


def binary_junk() -> bytes:
    return random.Random(11).randbytes(4000)


def junk_without_nul() -> bytes:
    """Random bytes but no NUL: caught by the share of control characters."""
    return bytes(b for b in random.Random(12).randbytes(4000) if b) or b"\x01"


def skp_text(rows: str) -> str:
    return ";".join(SKP_HEADER) + "\n" + rows


def utf16_with_bom() -> bytes:
    return skp_text(SKP_ROW).replace(";", "\t").encode("utf-16")


def utf16_without_bom() -> bytes:
    return skp_text(SKP_ROW).encode("utf-16-le")


def cp1252_after_256_kib_of_ascii() -> bytes:
    """The non-UTF-8 byte comes after the part the encoding is judged from: DuckDB
    fails on it, and the reader retries the file as Windows-1252."""
    body = "".join(
        f"1986092620150510{i % 90 + 10:02d};Januari 2025;Sesuai;Sesuai\n"
        for i in range(8000)
    )
    tail = "198609262015051001;Mei 2025;Sesuai;Café’\n".encode("cp1252")
    return skp_text(body).encode("ascii") + tail


GENERATED: dict[str, Callable[[], bytes]] = {
    "biner_acak.csv": binary_junk,
    "biner_tanpa_nul.csv": junk_without_nul,
    "gambar.csv": png_renamed,
    "terpotong.xlsx": truncated_workbook,
    "zip_bukan_excel.xlsx": zip_that_is_no_workbook,
    "petunjuk_saja.xlsx": instructions_only_workbook,
    "judul_baris_5.xlsx": skp_workbook_title_rows,
    "skp_utf16.txt": utf16_with_bom,
    "skp_utf16_tanpa_bom.csv": utf16_without_bom,
    "skp_cp1252_di_akhir.csv": cp1252_after_256_kib_of_ascii,
}

# ------------------------------------------------------------------ expected outcomes

CASES: dict[str, Case] = {
    # --- files that are not an export at all: rejected, nothing written
    "kosong.csv": Case("rejected", None, 0, 0, 0, "Berkas kosong"),
    "spasi_saja.csv": Case("rejected", None, 0, 0, 0, "Berkas kosong"),
    "biner_acak.csv": Case("rejected", None, 0, 0, 0, "berisi data biner"),
    "biner_tanpa_nul.csv": Case("rejected", None, 0, 0, 0, "berisi data biner"),
    "gambar.csv": Case("rejected", None, 0, 0, 0, "berisi data biner"),
    "terpotong.xlsx": Case("rejected", None, 0, 0, 0, "Berkas Excel rusak"),
    "zip_bukan_excel.xlsx": Case("rejected", None, 0, 0, 0, "Berkas Excel rusak"),
    "petunjuk_saja.xlsx": Case(
        "rejected", None, 0, 0, 0, "Jenis berkas tidak dikenali"
    ),
    "judul_saja.csv": Case(
        "rejected", None, 0, 0, 0, "tidak berisi baris data di bawah judul kolom"
    ),
    "kolom_asing.csv": Case(
        "rejected", None, 0, 0, 0, "Jenis berkas tidak dikenali: tidak ada baris"
    ),
    "kolom_wajib_hilang.csv": Case(
        "rejected",
        None,
        0,
        0,
        0,
        "Paling mirip 'skp', tetapi kolom wajib tidak ditemukan: Rating Perilaku "
        "Kerja (rating_perilaku_kerja)",
    ),
    # --- header problems
    "kolom_dobel.csv": Case(
        "loaded", "skp", 1, 1, 0, "Kolom 'NIP' (kolom ke-5) dobel dengan 'NIP'"
    ),
    "judul_baris_5.xlsx": Case(
        "loaded", "skp", 2, 1, 1, "NIP tersimpan sebagai angka di Excel"
    ),
    "judul_berulang.csv": Case("loaded", "skp", 3, 2, 1, "mengulang judul kolom"),
    # '3;;;;' (a numbered template row with no data in any known column) and ';;;;'
    # are blank rows, dropped by design; JUMLAH / TOTAL JP rows are quarantined.
    "baris_jumlah.csv": Case(
        "loaded", "pelatihan", 4, 2, 2, "Baris ringkasan (JUMLAH)"
    ),
    # --- row shape
    "sel_berlebih.csv": Case(
        "loaded", "skp", 2, 1, 1, "lebih banyak kolom daripada judul kolom"
    ),
    "sel_kurang.csv": Case(
        "loaded", "skp", 2, 1, 1, "Kolom wajib 'Rating Hasil Kerja' kosong"
    ),
    # --- values. A file whose rows are ALL quarantined is still 'loaded': its bad
    # rows are written to the quarantine table (deliberate: nothing is lost).
    "nip_angka.csv": Case("loaded", "skp", 6, 2, 4, "NIP tersimpan sebagai angka"),
    "tanggal_mustahil.csv": Case("loaded", "skp", 5, 0, 5, "'31/02/2025' bukan"),
    "ikm_jawaban_mustahil.csv": Case(
        "loaded", "survei_ikm", 2, 1, 1, "U1 '0' harus bilangan bulat 1–4"
    ),
    "jp_negatif.csv": Case(
        "loaded", "pelatihan", 2, 1, 1, "JP '-5' harus lebih dari 0"
    ),
    "realisasi_mustahil.csv": Case(
        "loaded", "realisasi_indikator", 3, 1, 2, "Realisasi 'abc' bukan angka"
    ),
    # --- encodings, separators, line endings
    "pegawai_cp1252.csv": Case("loaded", "pegawai", 1, 1, 0),
    "skp_bom.csv": Case("loaded", "skp", 1, 1, 0),
    "skp_utf16.txt": Case("loaded", "skp", 1, 1, 0),
    "skp_utf16_tanpa_bom.csv": Case("loaded", "skp", 1, 1, 0),
    "skp_cp1252_di_akhir.csv": Case(
        "loaded", "skp", 8001, 8000, 1, "Rating Perilaku Kerja 'Café’'"
    ),
    "skp_tab.csv": Case("loaded", "skp", 1, 1, 0),
    "skp_koma.csv": Case("loaded", "skp", 2, 2, 0),
    "skp_crlf.csv": Case("loaded", "skp", 2, 2, 0),
    "skp_cr.csv": Case("loaded", "skp", 2, 2, 0),
    "baris_baru_dalam_kutip.csv": Case("loaded", "pelatihan", 2, 2, 0),
    "nilai_rumus.csv": Case("loaded", "pelatihan", 2, 2, 0),
    # Identical rows in one file are all kept (deliberate: two respondents may give
    # the same answers on the same day; the occurrence number keeps them apart).
    "baris_kembar.csv": Case("loaded", "survei_ikm", 2, 2, 0),
}


@pytest.fixture()
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    yield connection
    connection.close()


def case_path(name: str, tmp_path: Path) -> Path:
    if name in GENERATED:
        path = tmp_path / name
        path.write_bytes(GENERATED[name]())
        return path
    return HOSTILE / name


def rows(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def assert_outcome(result: FileResult, case: Case) -> None:
    got = (
        result.status,
        result.kind,
        result.rows_read,
        result.rows_loaded,
        result.rows_quarantined,
    )
    assert got == (case.status, case.kind, case.read, case.loaded, case.quarantined), (
        result.errors
    )
    assert result.rows_read == result.rows_loaded + result.rows_quarantined
    if case.phrase:
        assert any(case.phrase in e for e in result.errors), result.errors
    if case.status == "rejected":
        assert result.errors and not result.errors[0].startswith("Gagal")


def test_every_corpus_file_is_covered() -> None:
    on_disk = {p.name for p in HOSTILE.iterdir()}
    assert on_disk | set(GENERATED) == set(CASES)
    assert not on_disk & set(GENERATED)


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_has_its_exact_outcome(con, tmp_path: Path, name: str) -> None:
    case = CASES[name]
    result = load_export(con, case_path(name, tmp_path), loaded_at=LOADED_AT)
    assert_outcome(result, case)
    quarantine = rows(con, "select reason, column_name from quarantine")
    if case.status == "rejected":
        assert rows(con, "select count(*) from import_log") == [(0,)]
        assert quarantine == []
        return
    assert len(quarantine) == case.quarantined
    assert all(reason and reason.strip() and col for reason, col in quarantine)
    loaded = rows(con, f"select count(*) from raw_{case.kind}")[0][0]
    assert loaded == case.loaded


# ------------------------------------------------------------------ particular cases


def test_nip_spellings(con) -> None:
    load_export(con, HOSTILE / "nip_angka.csv")
    assert rows(con, "select nip, periode from raw_skp order by _source_row") == [
        ("198609262015051001", "2025-05"),  # leading apostrophe removed
        ("198609262015051001", "2025-06"),  # spaces removed
    ]
    reasons = [r[0] for r in rows(con, "select reason from quarantine order by 1")]
    assert reasons == sorted(
        [
            "NIP tersimpan sebagai angka di Excel (1,98609E+17) sehingga digitnya "
            "hilang; format kolom NIP sebagai Teks lalu ekspor ulang",
            "nomor urut 000 tidak sah — tiga digit terakhir hilang karena NIP pernah "
            "disimpan sebagai angka (Excel hanya menyimpan 15 digit)",
            "NIP harus 18 digit angka; ditemukan 17 karakter",
            "NIP harus 18 digit angka; ditemukan 19 karakter",
        ]
    )


def test_impossible_dates_and_periods_each_have_a_reason(con) -> None:
    load_export(con, HOSTILE / "tanggal_mustahil.csv")
    got = rows(con, "select row_number, column_name, reason from quarantine order by 1")
    assert [(r[0], r[1]) for r in got] == [
        (2, "tanggal_pengisian"),
        (3, "tanggal_pengisian"),
        (4, "tanggal_pengisian"),
        (5, "periode"),
        (6, "periode"),
    ]
    assert "'00/01/2025' bukan tanggal" in got[1][2]
    assert "'2025-13-01' bukan tanggal" in got[2][2]
    assert got[3][2].startswith("Periode 'Triwulan 5 2025' tidak dikenali")
    assert got[4][2].startswith("Periode '13/2025' tidak dikenali")


def test_impossible_values(con) -> None:
    load_export(con, HOSTILE / "ikm_jawaban_mustahil.csv")
    assert rows(con, "select reason from quarantine") == [
        ("U1 '0' harus bilangan bulat 1–4; U9 '5' harus bilangan bulat 1–4",)
    ]
    load_export(con, HOSTILE / "realisasi_mustahil.csv")
    reasons = rows(
        con,
        "select row_number, reason from quarantine "
        "where kind = 'realisasi_indikator' order by 1",
    )
    assert reasons == [
        (2, "Realisasi 'abc' bukan angka"),
        (3, "Penyebut '0' harus lebih dari 0"),
    ]


def test_a_repeated_header_and_summary_rows_get_one_clear_reason(con) -> None:
    load_export(con, HOSTILE / "judul_berulang.csv")
    got = rows(
        con, "select row_number, column_name, reason, raw_values from quarantine"
    )
    assert [(r[0], r[1]) for r in got] == [(3, "baris")]
    assert got[0][2] == (
        "Baris ini mengulang judul kolom (beberapa ekspor tampaknya digabung dalam "
        "satu berkas); bukan baris data"
    )
    assert json.loads(got[0][3])["NIP"] == "NIP"
    got_rows = rows(con, "select _source_row from raw_skp order by 1")
    assert [r[0] for r in got_rows] == [2, 4]
    load_export(con, HOSTILE / "baris_jumlah.csv")
    got = rows(
        con,
        "select row_number, reason from quarantine where file = 'baris_jumlah.csv' "
        "order by 1",
    )
    assert [r[0] for r in got] == [5, 7]
    assert got[0][1].startswith("Baris ringkasan (JUMLAH) — bukan baris data")
    assert got[1][1].startswith("Baris ringkasan (TOTAL JP) — bukan baris data")
    assert len(rows(con, "select * from raw_pelatihan")) == 2


def test_a_summary_word_inside_a_real_value_is_no_summary_row(con, tmp_path) -> None:
    path = tmp_path / "pelatihan.csv"
    path.write_text(
        "Nama Pelatihan;NIP;JP;Tanggal Mulai\n"
        "Total Quality Management;198609262015051001;-1;03/03/2025\n",
        encoding="utf-8",
    )
    load_export(con, path)
    assert rows(con, "select reason from quarantine") == [
        ("JP '-1' harus lebih dari 0 dan paling banyak 1000",)
    ]


def test_text_survives_encodings_line_endings_and_quotes(con) -> None:
    load_export(con, HOSTILE / "pegawai_cp1252.csv")
    assert rows(con, "select nama, unit_kode from raw_pegawai") == [
        ("Renée Ma’ruf", "PKM-COT-BAU")
    ]
    for name in ("skp_crlf.csv", "skp_cr.csv"):
        local = duckdb.connect()
        load_export(local, HOSTILE / name)
        # line 3 is blank: the second row is on line 4, as a spreadsheet shows it
        assert rows(local, "select _source_row from raw_skp order by 1") == [
            (2,),
            (4,),
        ]
        local.close()
    load_export(con, HOSTILE / "baris_baru_dalam_kutip.csv")
    assert rows(
        con, "select nama_pelatihan, _source_row from raw_pelatihan order by 2"
    ) == [("Pelatihan Pelayanan Prima\nAngkatan II", 2), ("Bimtek SAKIP", 3)]


def test_cells_right_of_the_header_are_kept_in_the_quarantine(con) -> None:
    load_export(con, HOSTILE / "sel_berlebih.csv")
    [(raw,)] = rows(con, "select raw_values from quarantine")
    # Only the first extra cell is kept: DuckDB's reader drops the cells after it.
    assert json.loads(raw)["(di luar judul kolom)"] == "Budi, S.Kep"


def test_formula_text_is_loaded_as_text_never_evaluated(con) -> None:
    load_export(con, HOSTILE / "nilai_rumus.csv")
    assert rows(con, "select nama_pelatihan from raw_pelatihan order by 1") == [
        ("=1+1",),
        ('=HYPERLINK("http://x";"klik")',),
    ]


def test_workbook_header_below_merged_title_cells(con, tmp_path) -> None:
    path = tmp_path / "rekap.xlsx"
    path.write_bytes(skp_workbook_title_rows())
    load_export(con, path)
    assert rows(con, "select nip, _source_sheet, _source_row from raw_skp") == [
        ("198609262015051001", "Rekap", 6)
    ]
    assert rows(con, "select row_number from quarantine") == [(7,)]


def test_a_big_file_keeps_every_row_and_numbers_lines_right(con, tmp_path) -> None:
    n = 150_000
    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(SKP_HEADER) + "\n")
        for i in range(n):
            year = 2000 + i // 12 % 25
            nip = "1986092620150510" + f"{i % 90 + 10:02d}"
            rating = "Cukup" if i == 99_999 else "Sesuai"
            fh.write(f"{nip};{year}-{i % 12 + 1:02d};{rating};Sesuai\n")
            if i == 50_000:
                fh.write("\n")  # a blank line in the middle
    result = load_export(con, path)
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (
        n,
        n - 1,
        1,
    )
    # row i is on line i + 2, plus one after the blank line
    assert rows(con, "select row_number from quarantine") == [(99_999 + 3,)]


# ------------------------------------------------------------------ warehouse


@pytest.fixture(scope="module")
def live_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hostile_wh") / "warehouse.duckdb"
    summary = warehouse.ingest([GOOD_SKP], db, progress=False)
    assert summary["built"] is True
    return db


REJECTED_IN_WAREHOUSE = [
    "kosong.csv",
    "gambar.csv",
    "terpotong.xlsx",
    "kolom_wajib_hilang.csv",
    "judul_saja.csv",
]


def test_rejected_files_leave_the_warehouse_byte_identical(
    live_db: Path, tmp_path: Path
) -> None:
    before = hashlib.sha256(live_db.read_bytes()).hexdigest()
    journal_before = warehouse.journal_path(live_db).read_text(encoding="utf-8")
    paths = [case_path(name, tmp_path) for name in REJECTED_IN_WAREHOUSE]
    summary = warehouse.ingest(paths, live_db, progress=False)
    assert hashlib.sha256(live_db.read_bytes()).hexdigest() == before
    assert summary["built"] is False
    for entry, name in zip(summary["files"], REJECTED_IN_WAREHOUSE, strict=True):
        case = CASES[name]
        assert (entry["file"], entry["status"]) == (name, "rejected")
        assert (
            entry["rows_read"],
            entry["rows_loaded"],
            entry["rows_quarantined"],
        ) == (
            case.read,
            case.loaded,
            case.quarantined,
        )
        assert any(case.phrase in e for e in entry["errors"])
    journal = warehouse.journal_path(live_db).read_text(encoding="utf-8")
    added = [json.loads(line) for line in journal[len(journal_before) :].splitlines()]
    assert [e["status"] for e in added] == ["rejected"] * len(REJECTED_IN_WAREHOUSE)
    assert not [p for p in live_db.parent.iterdir() if ".tmp" in p.name]


def test_a_hostile_but_loadable_file_goes_through_the_warehouse(
    live_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(live_db.read_bytes())
    summary = warehouse.ingest([HOSTILE / "judul_berulang.csv"], db, progress=False)
    (entry,) = summary["files"]
    assert (entry["status"], entry["rows_read"], entry["rows_quarantined"]) == (
        "loaded",
        3,
        1,
    )
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute(
            "select count(*) from quarantine where reason like '%judul kolom%'"
        ).fetchall() == [(1,)]
    finally:
        con.close()
