"""The loader: one export file -> raw_<kind> rows, quarantine rows and import_log."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import openpyxl
import pytest

from pipelines import load_raw, validation
from pipelines.load_raw import load_export
from pipelines.reference import load_reference

DATA = Path(__file__).resolve().parent / "data"
LOADED_AT = dt.datetime(2025, 3, 1, 8, 0, 0)

# file -> (status, kind, rows_read, rows_loaded, rows_quarantined)
EXPECTED = {
    "kosong.csv": ("rejected", None, 0, 0, 0),
    "pegawai_cp1252.csv": ("loaded", "pegawai", 6, 4, 2),
    "pelatihan_2025.csv": ("loaded", "pelatihan", 4, 2, 2),
    "penghargaan_2025.csv": ("loaded", "penghargaan", 3, 2, 1),
    "realisasi_imunisasi.csv": ("loaded", "realisasi_indikator", 6, 3, 3),
    "skp_dinkes_jan2025.csv": ("loaded", "skp", 6, 3, 3),
    "survei_ikm_tic.csv": ("loaded", "survei_ikm", 4, 3, 1),
    "tidak_dikenal.csv": ("rejected", None, 0, 0, 0),
}


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    yield connection
    connection.close()


def count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"select count(*) from {table}").fetchall()[0][0]


def rows(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_file_has_an_outcome_and_rows_add_up(con, name: str) -> None:
    result = load_export(con, DATA / name, loaded_at=LOADED_AT)
    status, kind, read, loaded, quarantined = EXPECTED[name]
    assert (result.status, result.kind) == (status, kind)
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (
        read,
        loaded,
        quarantined,
    )
    assert result.rows_read == result.rows_loaded + result.rows_quarantined
    assert result.sha256 == hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    if status == "rejected":
        assert result.errors and result.rows_new == 0
        assert count(con, "import_log") == count(con, "quarantine") == 0
    else:
        assert result.rows_new == loaded
        assert count(con, "quarantine") == quarantined
        assert len([e for e in result.errors if "aris " in e]) == quarantined


def test_to_dict_has_the_contract_keys(con) -> None:
    data = load_export(con, DATA / "skp_dinkes_jan2025.csv").to_dict()
    assert list(data) == [
        "file",
        "sha256",
        "kind",
        "status",
        "rows_read",
        "rows_loaded",
        "rows_quarantined",
        "rows_new",
        "errors",
        "sheets",
        "notes",
    ]
    json.dumps(data)


def test_skp_values_are_canonical_and_lineage_is_kept(con) -> None:
    result = load_export(
        con, DATA / "skp_dinkes_jan2025.csv", run_id="run-1", loaded_at=LOADED_AT
    )
    got = rows(
        con,
        "select nip, periode, periode_jenis, periode_mulai, periode_selesai, "
        "rating_hasil_kerja, rating_perilaku_kerja, predikat_kinerja, "
        "tanggal_pengisian, _source_file, _source_sheet, _source_row, "
        "_loaded_at, _file_sha256, _import_id from raw_skp order by _source_row",
    )
    jan = ("2025-01", "bulanan", dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert [r[:9] for r in got] == [
        (
            "198609262015051001",
            *jan,
            "Sesuai Ekspektasi",
            "Di Atas Ekspektasi",
            "Baik",
            dt.date(2025, 2, 3),
        ),
        (
            "199003142019032002",
            *jan,
            "Di Atas Ekspektasi",
            "Sesuai Ekspektasi",
            "Baik",
            dt.date(2025, 2, 4),
        ),
        (
            "197501012000031002",
            *jan,
            "Di Atas Ekspektasi",
            "Di Atas Ekspektasi",
            "Sangat Baik",
            dt.date(2025, 2, 5),
        ),
    ]
    assert {r[9:] for r in got} == {
        (
            "skp_dinkes_jan2025.csv",
            None,
            r[11],
            LOADED_AT,
            result.sha256,
            result.import_id,
        )
        for r in got
    }
    assert [r[11] for r in got] == [5, 6, 7]
    log = rows(
        con,
        "select import_id, run_id, file, kind, status, rows_read, rows_loaded, "
        "rows_quarantined, rows_new, source, errors from import_log",
    )
    assert log[0][:10] == (
        result.import_id,
        "run-1",
        "skp_dinkes_jan2025.csv",
        "skp",
        "loaded",
        6,
        3,
        3,
        3,
        "ingest",
    )
    assert json.loads(log[0][10]) == result.errors


def test_quarantine_rows_name_row_column_reason_and_raw_values(con) -> None:
    load_export(con, DATA / "skp_dinkes_jan2025.csv")
    got = rows(
        con,
        "select row_number, column_name, reason, raw_values, kind, sheet "
        "from quarantine order by row_number",
    )
    assert [(r[0], r[1]) for r in got] == [
        (9, "nip"),
        (10, "rating_hasil_kerja"),
        (11, "tanggal_pengisian"),
    ]
    assert got[0][2] == "NIP harus 18 digit angka; ditemukan 17 karakter"
    assert got[1][2].startswith("Rating Hasil Kerja 'Cukup' tidak dikenali")
    assert got[2][2].startswith("Tanggal Pengisian '31/02/2025' bukan tanggal")
    raw = json.loads(got[0][3])
    assert raw["NIP"] == "19881205201402200" and raw["Nama Pegawai"] == "Fadli Ramadhan"
    assert list(raw) == [
        "No",
        "NIP",
        "Nama Pegawai",
        "Periode",
        "Rating Hasil Kerja",
        "Rating Perilaku Kerja",
        "Predikat Kinerja",
        "Tanggal Pengisian",
    ]
    assert {(r[4], r[5]) for r in got} == {("skp", None)}


def test_all_reasons_of_a_row_are_joined(con) -> None:
    load_export(con, DATA / "realisasi_imunisasi.csv")
    (reason,) = rows(con, "select reason from quarantine where row_number = 7")[0]
    assert reason == (
        "Penyebut '0' harus lebih dari 0; Gampong 'Gampong Entah' tidak ada "
        "dalam daftar gampong (data/reference/gampong.csv)"
    )


def test_reference_names_resolve_to_codes(con) -> None:
    load_export(con, DATA / "pegawai_cp1252.csv")
    got = rows(
        con,
        "select nama, jenis_asn, opd_kode, unit_kode, jenis_jabatan, "
        "jenis_kelamin from raw_pegawai order by _source_row",
    )
    assert got == [
        ("Cut Nyak Aminah", "PNS", "DINKES", "PKM-COT-BAU", "Fungsional", "P"),
        ("Renée Ma’ruf", "PNS", "DINKES", "PKM-SUKAJAYA", "Fungsional", "P"),
        ("Zulfikar", "PPPK", "DISPAR", "DISPAR-TIC", "Pelaksana", "L"),
        ("Hasan, S.E.", "PNS", "DISHUB", "DISHUB-UTAMA", "Administrator", "L"),
    ]
    reasons = [
        r[0] for r in rows(con, "select reason from quarantine order by row_number")
    ]
    assert reasons == [
        "Jenis ASN 'Honorer' tidak dikenali (gunakan PNS, PPPK, PPPK_PARUH_WAKTU)",
        "OPD 'Dinas Antah Berantah' tidak ada dalam daftar OPD "
        "(data/reference/opd.csv)",
    ]


def test_realisasi_numbers_units_and_gampong(con) -> None:
    load_export(con, DATA / "realisasi_imunisasi.csv")
    got = rows(
        con,
        "select kode_indikator, unit_kode, gampong, gampong_kode, periode, "
        "pembilang, penyebut, realisasi from raw_realisasi_indikator "
        "order by _source_row",
    )
    assert got == [
        ("KES-IDL", "PKM-COT-BAU", "Cot Bau", "SKJ-COT-BAU", "2025-01", 5.0, 70.0, 7.1),
        (
            "KES-IDL",
            "PKM-COT-BAU",
            "Cot Abeuk",
            "SKJ-COT-ABEUK",
            "2025-01",
            3.0,
            40.0,
            7.5,
        ),
        ("KES-DPT1", "PKM-COT-BAU", None, None, "2025-01", 1234.0, 1500.0, 82.3),
    ]
    assert rows(con, "select reason from quarantine where row_number = 5")[0][0] == (
        "Unit 'Puskesmas X' tidak ada dalam daftar unit (data/reference/unit.csv)"
    )
    assert rows(con, "select reason from quarantine where row_number = 6")[0][0] == (
        "Kode indikator 'KES-XYZ' tidak ada dalam katalog indikator "
        "(data/reference/indikator.csv)"
    )


def test_identical_rows_in_one_file_are_all_kept(con) -> None:
    load_export(con, DATA / "survei_ikm_tic.csv")
    hashes = [
        r[0]
        for r in rows(con, "select _row_hash from raw_survei_ikm order by _source_row")
    ]
    # the second copy's hash is the first's with its lowest bit flipped (occurrence 2)
    assert hashes[0] != hashes[1] and hashes[0] ^ hashes[1] == 1
    assert rows(con, "select distinct unit_kode from raw_survei_ikm") == [
        ("DISPAR-TIC",)
    ]


def test_penghargaan_recipient_kind(con) -> None:
    load_export(con, DATA / "penghargaan_2025.csv")
    got = rows(
        con,
        "select penerima, penerima_jenis, unit_kode from raw_penghargaan "
        "order by _source_row",
    )
    assert got == [
        ("198609262015051001", "pegawai", None),
        ("Puskesmas Cot Ba'u", "unit", "PKM-COT-BAU"),
    ]
    assert (
        "NIP tersimpan sebagai angka"
        in rows(con, "select reason from quarantine")[0][0]
    )


def test_same_file_twice_is_a_duplicate(con) -> None:
    first = load_export(con, DATA / "skp_dinkes_jan2025.csv")
    before = (count(con, "raw_skp"), count(con, "quarantine"), count(con, "import_log"))
    again = load_export(con, DATA / "skp_dinkes_jan2025.csv")
    assert again.status == "duplicate" and again.rows_new == 0
    assert (again.rows_read, again.rows_loaded, again.rows_quarantined) == (
        first.rows_read,
        first.rows_loaded,
        first.rows_quarantined,
    )
    assert (
        count(con, "raw_skp"),
        count(con, "quarantine"),
        count(con, "import_log"),
    ) == before


def test_same_rows_in_a_renamed_file_add_nothing(con, tmp_path) -> None:
    load_export(con, DATA / "skp_dinkes_jan2025.csv")
    before = (count(con, "raw_skp"), count(con, "quarantine"), count(con, "import_log"))
    copy = tmp_path / "skp_salinan.csv"
    copy.write_bytes((DATA / "skp_dinkes_jan2025.csv").read_bytes() + b"\n\n")
    result = load_export(con, copy)
    assert result.status == "duplicate"
    assert (
        result.rows_read,
        result.rows_loaded,
        result.rows_quarantined,
        result.rows_new,
    ) == (6, 3, 3, 0)
    assert (
        count(con, "raw_skp"),
        count(con, "quarantine"),
        count(con, "import_log"),
    ) == before


def test_a_file_with_one_new_row_adds_only_that_row(con, tmp_path) -> None:
    load_export(con, DATA / "skp_dinkes_jan2025.csv")
    grown = tmp_path / "skp_feb.csv"
    grown.write_text(
        (DATA / "skp_dinkes_jan2025.csv").read_text(encoding="utf-8-sig")
        + "7;198812052014022001;Intan;Februari 2025;Sesuai;Sesuai;Baik;03/03/2025\n",
        encoding="utf-8",
    )
    result = load_export(con, grown)
    assert (result.status, result.rows_loaded, result.rows_new) == ("loaded", 4, 1)
    assert count(con, "raw_skp") == 4
    assert count(con, "quarantine") == 3  # the known bad rows are not repeated


def test_rows_of_a_later_sheet_continue_the_occurrence_count(con, tmp_path) -> None:
    wb = openpyxl.Workbook()
    for title in ("Januari", "Januari (2)"):
        ws = wb.create_sheet(title)
        ws.append(["NIP", "Periode", "Rating Hasil Kerja", "Rating Perilaku Kerja"])
        ws.append(["198609262015051001", "2025-01", "Sesuai", "Sesuai"])
    del wb["Sheet"]
    wb.save(tmp_path / "dua.xlsx")
    result = load_export(con, tmp_path / "dua.xlsx")
    assert (result.rows_loaded, result.rows_new) == (2, 2)
    got = rows(
        con, "select _source_sheet, _row_hash from raw_skp order by _source_sheet"
    )
    assert [r[0] for r in got] == ["Januari", "Januari (2)"]
    assert got[0][1] ^ got[1][1] == 1  # occurrences 1 and 2 of the same values


def test_a_failure_mid_load_rolls_the_file_back(con, monkeypatch) -> None:
    load_export(con, DATA / "pegawai_cp1252.csv")
    before = (
        count(con, "raw_pegawai"),
        count(con, "raw_skp"),
        count(con, "quarantine"),
        count(con, "import_log"),
    )
    real = validation.check_table_sql
    calls: list[int] = []

    def fail_after_insert(*args: object) -> str:
        calls.append(1)
        return real(*args) + " union all select * from no_such_table"

    monkeypatch.setattr(validation, "check_table_sql", fail_after_insert)
    result = load_export(con, DATA / "skp_dinkes_jan2025.csv")
    assert calls and result.status == "rejected"
    assert result.errors[0].startswith("Gagal memuat berkas:")
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (6, 0, 6)
    after = (
        count(con, "raw_pegawai"),
        count(con, "raw_skp"),
        count(con, "quarantine"),
        count(con, "import_log"),
    )
    assert after == before


def test_a_failure_after_rows_were_inserted_rolls_them_back(con, monkeypatch) -> None:
    def explode(*args: object) -> list[str]:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(load_raw, "_row_messages", explode)
    result = load_export(con, DATA / "skp_dinkes_jan2025.csv")
    assert result.status == "rejected" and "disk penuh" in result.errors[0]
    assert count(con, "raw_skp") == count(con, "quarantine") == 0


def test_missing_file_is_rejected(con, tmp_path) -> None:
    result = load_export(con, tmp_path / "tidak_ada.csv")
    assert result.status == "rejected"
    assert result.errors == ["Berkas tidak dapat dibuka: No such file or directory."]


def test_reference_tables_are_typed(con) -> None:
    tables = load_reference(con)
    assert "ref_aturan" in tables and "ref_unit" in tables
    types = dict(
        rows(
            con,
            "select column_name, data_type from information_schema.columns "
            "where table_name = 'ref_indikator_target'",
        )
    )
    assert types == {
        "kode_indikator": "VARCHAR",
        "tahun": "INTEGER",
        "unit_kode": "VARCHAR",
        "target": "DOUBLE",
    }
    assert rows(
        con, "select count(*) from ref_indikator_target where unit_kode is null"
    ) == [(0,)]
    assert rows(
        con,
        "select nilai from ref_aturan where bagian = 'ikm' and kunci = 'min_responden'",
    ) == [(30.0,)]


def test_reference_dir_from_environment(con, tmp_path, monkeypatch) -> None:
    ref = tmp_path / "ref"
    shutil.copytree(Path("data/reference"), ref)
    with (ref / "unit.csv").open("a", encoding="utf-8") as fh:
        fh.write("PUSTU-JABOI,Pustu Jaboi,DINKES,puskesmas,SKJ-JABOI,,umum\n")
    (ref / "aturan.toml").write_text("[ikm]\nmin_responden = 12\n", encoding="utf-8")
    monkeypatch.setenv("KINERJA_REFERENCE", str(ref))
    load_reference(con)
    assert rows(con, "select nilai from ref_aturan") == [(12.0,)]
    path = tmp_path / "r.csv"
    path.write_text(
        "Kode Indikator;Unit;Periode;Realisasi\nKES-IDL;Pustu Jaboi;2025-01;5\n"
        "KES-IDL;Pustu Entah;2025-01;5\n",
        encoding="utf-8",
    )
    load_export(con, path)
    assert rows(con, "select unit_kode from raw_realisasi_indikator") == [
        ("PUSTU-JABOI",)
    ]
    assert rows(con, "select reason from quarantine")[0][0] == (
        f"Unit 'Pustu Entah' tidak ada dalam daftar unit ({ref / 'unit.csv'})"
    )


SKP_HEADER = "NIP;Periode;Rating Hasil Kerja;Rating Perilaku Kerja\n"


def test_a_value_longer_than_a_spreadsheet_cell_is_quarantined(con, tmp_path) -> None:
    # 32,767 characters fit in an Excel cell; 32,768 do not. The reason names the
    # length and echoes at most 60 characters of the value; raw_values keep it whole.
    path = tmp_path / "panjang.csv"
    ok_nama = "x" * 32767
    path.write_text(
        SKP_HEADER
        + "198609262015051001;2025-01;Sesuai Ekspektasi;Sesuai Ekspektasi\n"
        + f"198609262015051002;2025-01;{'a' * 32768};Sesuai Ekspektasi\n"
        + f"198609262015051003;2025-01;{ok_nama};Sesuai Ekspektasi\n",
        encoding="utf-8",
    )
    result = load_export(con, path, loaded_at=LOADED_AT)
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (3, 1, 2)
    [(row, column, reason, raw)] = rows(
        con,
        "select row_number, column_name, reason, raw_values from quarantine "
        "where row_number = 3",
    )
    assert (row, column) == (3, "rating_hasil_kerja")
    expected = "Nilai 'Rating Hasil Kerja' terlalu panjang (32768 karakter"
    assert reason.startswith(expected)
    assert len(reason) < 400 and "a" * 58 not in reason
    assert "a" * 32768 in raw
    # row 4 is exactly at the cell limit: not "too long", only an unknown rating
    [(reason4,)] = rows(con, "select reason from quarantine where row_number = 4")
    assert "terlalu panjang" not in reason4 and "tidak dikenali" in reason4


def test_a_line_over_the_limit_rejects_the_file_with_a_short_message(
    con, tmp_path, monkeypatch
) -> None:
    from pipelines import readers

    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 2**20)  # 1 MB for the test
    path = tmp_path / "kutip_terbuka.csv"
    path.write_text(
        SKP_HEADER + '198609262015051001;2025-01;"' + "b" * 1_200_000 + "\n",
        encoding="utf-8",
    )
    result = load_export(con, path, loaded_at=LOADED_AT)
    assert result.status == "rejected"
    assert "terlalu panjang" in result.errors[0] and "1 MB" in result.errors[0]
    assert len(result.errors[0]) < 300


def _md5_hash_sql(kind) -> str:
    """The row hash of earlier versions: md5 over the canonical values as text."""
    parts = ", ".join(
        f"coalesce(cast({c} as varchar), chr(1))"
        for c in validation.canonical_columns(kind)
    )
    return f"md5(concat_ws(chr(31), {parts}))"


def test_a_warehouse_with_md5_row_hashes_is_rehashed_before_comparing(
    con, tmp_path: Path
) -> None:
    """A warehouse written by an earlier version (raw_<kind>._row_hash as md5 text
    with '#n', no format row): the next load rewrites its hashes once, so the same
    rows in another file are still recognised as already there."""
    from pipelines import schema

    load_export(con, DATA / "survei_ikm_tic.csv", loaded_at=LOADED_AT)
    order = "order by _source_row"
    current = rows(con, f"select _row_hash from raw_survei_ikm {order}")
    kind = schema.KINDS["survei_ikm"]
    cols = [c for c, _ in schema.raw_columns(kind)]
    md5 = (
        f"{_md5_hash_sql(kind)} || '#' || row_number() over "
        f"(partition by {_md5_hash_sql(kind)} order by _source_row)"
    )
    select = ", ".join(f"{md5} as _row_hash" if c == "_row_hash" else c for c in cols)
    con.execute(f"create table old_ikm as select {select} from raw_survei_ikm")
    con.execute("drop table raw_survei_ikm")
    con.execute("alter table old_ikm rename to raw_survei_ikm")
    con.execute("delete from raw_hash_format")
    old = rows(con, f"select _row_hash from raw_survei_ikm {order}")
    assert [h[-2:] for (h,) in old] == ["#1", "#2", "#1"]  # two identical rows
    # the same rows, exported again under another name (another sha256)
    again = tmp_path / "survei_ikm_tic_lagi.csv"
    again.write_bytes((DATA / "survei_ikm_tic.csv").read_bytes() + b"\n")
    result = load_export(con, again, loaded_at=LOADED_AT)
    assert (result.rows_loaded, result.rows_new) == (3, 0)
    assert rows(con, f"select _row_hash from raw_survei_ikm {order}") == current
    assert rows(con, "select format from raw_hash_format") == [
        (validation.HASH_FORMAT,)
    ]
    assert count(con, "raw_survei_ikm") == 3
    types = rows(
        con,
        "select data_type from duckdb_columns() where table_name = 'raw_survei_ikm' "
        "and column_name = '_row_hash'",
    )
    assert types == [("HUGEINT",)]


def test_the_row_hash_covers_every_canonical_value(con) -> None:
    """Two rows differing in one canonical value (or NULL against '') hash apart;
    equal rows hash alike."""
    from pipelines import schema

    kind = schema.KINDS["skp"]
    con.execute(schema.raw_table_ddl(kind))
    cols = validation.canonical_columns(kind)
    base = dict.fromkeys(cols)
    base.update(nip="198609262015051001", periode="2025-01", predikat_kinerja="Baik")
    variants = [
        base,
        {**base, "loyal": ""},
        {**base, "akuntabel": "Baik"},
        {**base, "loyal": "Baik"},
        {**base, "periode_mulai": dt.date(2025, 1, 1)},
    ]
    for v in [*variants, base]:
        con.execute(
            f"insert into raw_skp ({', '.join(cols)}) values "
            f"({', '.join('?' for _ in cols)})",
            [v[c] for c in cols],
        )
    hashes = [
        r[0] for r in rows(con, f"select {validation.hash_sql(kind)} from raw_skp")
    ]
    assert len(set(hashes[:-1])) == len(variants)
    assert hashes[-1] == hashes[0] and -(2**127) <= hashes[0] < 2**127


def _skp_lines(n: int) -> list[str]:
    return [
        f"{i + 1};198812052014022{i + 1:03d};Intan;Januari 2025;Sesuai;Sesuai;Baik;"
        "03/02/2025"
        for i in range(n)
    ]


def _stored(con: duckdb.DuckDBPyConnection, name: str) -> tuple[list, list]:
    """raw_skp rows and quarantine rows of the file ``name``, without load ids."""
    raw = rows(
        con,
        "select * exclude (_import_id, _loaded_at, _file_sha256, _source_file) "
        "from raw_skp where _source_file = ? order by _source_row, _row_hash",
        name,
    )
    quarantine = rows(
        con,
        "select row_number, column_name, reason, raw_values from quarantine "
        "where file = ? order by row_number",
        name,
    )
    return raw, quarantine


def _skp_file(path: Path, body: list[str]) -> Path:
    text = (DATA / "skp_dinkes_jan2025.csv").read_text(encoding="utf-8-sig")
    path.write_text("\n".join([text.splitlines()[3], *body]) + "\n", encoding="utf-8")
    return path


def _load_both(tmp_path: Path) -> tuple[load_raw.FileResult, duckdb.DuckDBPyConnection]:
    """An earlier export, then a later one holding: new rows, a new row twice, rows
    stored once and now once or twice, a row stored twice and now three times, a
    row spelled differently from its stored copy, a bad row and a blank line."""
    body = _skp_lines(12)
    differently = body[4].replace("Januari 2025", "2025-01").replace("Sesuai", "SESUAI")
    earlier = _skp_file(
        tmp_path / "skp_awal.csv", [body[0], body[1], body[2], body[2], body[4]]
    )
    later = _skp_file(
        tmp_path / "skp_lanjut.csv",
        [
            body[5],
            body[0],
            body[1],
            body[6],
            body[6],
            "",
            body[1],
            body[2],
            body[2],
            body[2],
            differently,
            "x;bukan nip;;",
            *body[7:],
        ],
    )
    con = duckdb.connect()
    load_export(con, earlier)
    return load_export(con, later), con


def test_a_direct_load_stores_what_the_checked_load_stores(tmp_path, monkeypatch):
    """The good rows go straight from the validation query into the raw table unless
    their values are stored; only the rest is checked into a temp table. A load must
    come out exactly as the checked path (every row checked, numbered and compared
    with the stored rows) has it, and a large table's lookups change nothing."""
    outcomes = {}
    for way in ("direct", "checked", "large"):
        with monkeypatch.context() as m:
            if way == "checked":
                m.setattr(load_raw, "_earlier_of_kind", lambda con, kind: True)
            if way == "large":  # NIPs from a lookup; an empty sample: every
                m.setattr(validation, "LARGE_TABLE_ROWS", 0)  # other spelling is
                m.setattr(validation, "sample_percent", lambda rows: 0)  # per row
            result, con = _load_both(tmp_path)
        try:
            counts = (result.rows_read, result.rows_loaded, result.rows_quarantined)
            outcomes[way] = (counts, result.rows_new, _stored(con, "skp_lanjut.csv"))
        finally:
            con.close()
    assert outcomes["direct"] == outcomes["checked"] == outcomes["large"]
    counts, new, (raw, quarantine) = outcomes["direct"]
    assert counts == (16, 15, 1)
    # stored before: 0, 1, 2 twice, 4; new now: 5, 6 twice, a second 1, a third 2
    # and 7..11 (body[4] in other spellings holds the same values: stored)
    assert new == 1 + 2 + 1 + 1 + 5
    assert [r[0] for r in quarantine] == [13]
    twice = [r for r in raw if r[0] == "198812052014022007"]
    assert len(twice) == 2 and twice[0][-1] ^ twice[1][-1] == 1
    again = [r for r in raw if r[0] in ("198812052014022002", "198812052014022003")]
    assert [r[-2] for r in again] == [8, 11]  # the 2nd copy of body[1], 3rd of body[2]


def test_a_first_load_numbers_repeated_rows_and_skips_blank_lines(con, tmp_path):
    body = _skp_lines(12)
    lines = [*body[:5], body[2], "", body[2], *body[5:], "x;bukan nip;;", ""]
    path = _skp_file(tmp_path / "skp_ulang.csv", lines)
    first = load_export(con, path)
    assert (first.rows_read, first.rows_loaded, first.rows_quarantined) == (15, 14, 1)
    assert first.rows_new == 14
    numbered = rows(
        con,
        "select _source_row, _row_hash from raw_skp where nip like '%003' "
        "order by _source_row",
    )
    assert [r[0] for r in numbered] == [4, 7, 9]  # line 8 is blank
    assert numbered[0][1] ^ numbered[1][1] == 1 and numbered[0][1] ^ numbered[2][1] == 2


def test_a_large_new_file_is_hashed_while_it_is_read(con, tmp_path, monkeypatch):
    monkeypatch.setattr(load_raw, "OVERLAP_FROM_BYTES", 0)
    first = load_export(con, DATA / "skp_dinkes_jan2025.csv")
    copy = tmp_path / "salinan_lain.csv"
    shutil.copy(DATA / "skp_dinkes_jan2025.csv", copy)
    again = load_export(con, copy)  # known only by its hash, after reading it
    assert again.status == "duplicate" and again.sha256 == first.sha256
    assert count(con, "import_log") == 1 and count(con, "raw_skp") == 3
    expected = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert first.sha256 == expected


def test_a_sample_holds_enough_rows_for_a_lookup() -> None:
    assert validation.sample_percent(7_200_000) == validation.LOOKUP_SAMPLE_PERCENT
    # 262,144 rows: 2% would be under three vectors of 2,048 rows, maybe none
    assert validation.sample_percent(262_144) * 262_144 / 100 == 65_536
    assert validation.sample_percent(1_000) == 100.0
