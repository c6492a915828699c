"""The warehouse writer: copy -> load -> build -> check -> atomic swap (real files)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines import build_models, checks, load_raw, warehouse
from pipelines.checks import CheckFailure

DATA = Path(__file__).resolve().parent / "data"
GOOD = [
    DATA / "skp_dinkes_jan2025.csv",
    DATA / "pegawai_cp1252.csv",
    DATA / "realisasi_imunisasi.csv",
    DATA / "survei_ikm_tic.csv",
]
SKP_HEADER = "NIP;Periode;Rating Hasil Kerja;Rating Perilaku Kerja\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal(db: Path) -> list[dict]:
    path = warehouse.journal_path(db)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if ".tmp" in p.name)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A warehouse built once from the good test exports; tests copy it."""
    db = tmp_path_factory.mktemp("wh") / "base.duckdb"
    return db, warehouse.ingest(GOOD, db, progress=False)


@pytest.fixture()
def db(built: tuple[Path, dict], tmp_path: Path) -> Path:
    base, _ = built
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(base, copy)
    shutil.copyfile(warehouse.journal_path(base), warehouse.journal_path(copy))
    return copy


def test_first_ingest_builds_the_warehouse(built: tuple[Path, dict]) -> None:
    db, summary = built
    assert set(summary) == {"db", "run_id", "files", "totals", "built", "checks"}
    assert summary["built"] is True and summary["checks"] == []
    assert [f["status"] for f in summary["files"]] == ["loaded"] * 4
    assert summary["totals"]["loaded"] == 4 and summary["totals"]["files"] == 4
    assert summary["totals"]["rows_read"] == (
        summary["totals"]["rows_loaded"] + summary["totals"]["rows_quarantined"]
    )
    meta = query(
        db,
        "select simulated, files_loaded, row_counts, pipeline_version from meta_build",
    )
    assert len(meta) == 1 and meta[0][0] is False and meta[0][1] == 4
    assert json.loads(meta[0][2])["raw_skp"] == 3
    assert query(db, "select count(*) from mart_employee_period")[0][0] >= 1
    assert leftovers(db) == []
    assert [e["status"] for e in journal(db)] == ["loaded"] * 4
    assert {e["run_id"] for e in journal(db)} == {summary["run_id"]}


def test_same_files_again_change_nothing(db: Path) -> None:
    before = digest(db)
    summary = warehouse.ingest(GOOD, db, progress=False)
    assert [f["status"] for f in summary["files"]] == ["duplicate"] * 4
    assert summary["built"] is False
    assert digest(db) == before
    assert leftovers(db) == []
    assert [e["status"] for e in journal(db)][-4:] == ["duplicate"] * 4


def test_same_rows_in_a_renamed_file_change_nothing(db: Path, tmp_path: Path) -> None:
    before = digest(db)
    copy = tmp_path / "skp_dinkes_januari_salinan.csv"
    copy.write_bytes(GOOD[0].read_bytes().replace(b"\n", b"\r\n"))
    summary = warehouse.ingest([copy], db, progress=False)
    (result,) = summary["files"]
    assert result["status"] == "duplicate" and result["rows_new"] == 0
    assert (
        result["rows_read"] == result["rows_loaded"] + result["rows_quarantined"] == 6
    )
    assert digest(db) == before


def test_rejected_files_leave_the_warehouse_byte_identical(db: Path) -> None:
    before = digest(db)
    summary = warehouse.ingest(
        [DATA / "kosong.csv", DATA / "tidak_dikenal.csv"], db, progress=False
    )
    assert [f["status"] for f in summary["files"]] == ["rejected", "rejected"]
    assert all(f["errors"] for f in summary["files"])
    assert digest(db) == before
    assert [e["status"] for e in journal(db)][-2:] == ["rejected", "rejected"]


def test_only_rejected_files_create_no_warehouse(tmp_path: Path) -> None:
    db = tmp_path / "baru.duckdb"
    summary = warehouse.ingest([DATA / "tidak_dikenal.csv"], db, progress=False)
    assert summary["files"][0]["status"] == "rejected"
    assert not db.exists() and leftovers(db) == []
    assert journal(db)[0]["status"] == "rejected"


def test_a_correction_in_a_later_file_supersedes(db: Path, tmp_path: Path) -> None:
    first = tmp_path / "skp_a.csv"
    first.write_text(
        SKP_HEADER + "198812052014022001;Maret 2025;Sesuai;Sesuai\n", encoding="utf-8"
    )
    fix = tmp_path / "skp_b_koreksi.csv"
    fix.write_text(
        "Koreksi SKP Maret\n"
        + SKP_HEADER
        + "198812052014022001;2025-03;Di Atas Ekspektasi;Sesuai\n",
        encoding="utf-8",
    )
    warehouse.ingest([tmp_path], db, progress=False)
    raw = query(
        db,
        "select rating_hasil_kerja, _source_file from raw_skp "
        "where nip = '198812052014022001' order by _loaded_at",
    )
    assert raw == [
        ("Sesuai Ekspektasi", "skp_a.csv"),
        ("Di Atas Ekspektasi", "skp_b_koreksi.csv"),
    ]
    assert query(
        db,
        "select rating_hasil_kerja, _source_file from stg_skp "
        "where nip = '198812052014022001' and periode = '2025-03'",
    ) == [("Di Atas Ekspektasi", "skp_b_koreksi.csv")]
    # loading the first file again (a new run) does not bring the old value back
    first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    warehouse.ingest([first], db, progress=False)
    assert query(
        db, "select rating_hasil_kerja from stg_skp where nip = '198812052014022001'"
    ) == [("Di Atas Ekspektasi",)]


def _new_skp(tmp_path: Path) -> Path:
    path = tmp_path / "skp_baru.csv"
    path.write_text(
        SKP_HEADER + "198812052014022001;April 2025;Sesuai;Sesuai\n", encoding="utf-8"
    )
    return path


def test_crash_during_build_leaves_the_live_file(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(db)

    def crash(con: duckdb.DuckDBPyConnection) -> list[str]:
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(build_models, "build_all", crash)
    with pytest.raises(RuntimeError, match="listrik padam"):
        warehouse.ingest([_new_skp(tmp_path)], db, progress=False)
    assert digest(db) == before and leftovers(db) == []


def test_interrupt_mid_file_leaves_the_live_file(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(db)
    real = load_raw.load_table

    def interrupted(*args: object, **kwargs: object) -> load_raw.TableCounts:
        real(*args, **kwargs)  # rows are in the copy when the process is stopped
        raise KeyboardInterrupt

    monkeypatch.setattr(load_raw, "load_table", interrupted)
    with pytest.raises(KeyboardInterrupt):
        warehouse.ingest([_new_skp(tmp_path)], db, progress=False)
    assert digest(db) == before and leftovers(db) == []


def test_error_mid_file_rejects_it_and_changes_nothing(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(db)

    def broken(*args: object, **kwargs: object) -> load_raw.TableCounts:
        raise duckdb.IOException("baca gagal")

    monkeypatch.setattr(load_raw, "load_table", broken)
    summary = warehouse.ingest([_new_skp(tmp_path)], db, progress=False)
    assert summary["files"][0]["status"] == "rejected"
    assert "baca gagal" in summary["files"][0]["errors"][0]
    assert digest(db) == before and leftovers(db) == []


def test_failed_checks_keep_the_old_warehouse(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(db)
    failure = CheckFailure("unique", "stg_skp", "nip, periode tidak unik: 1 baris")
    monkeypatch.setattr(checks, "run_checks", lambda con: [failure])
    with pytest.raises(warehouse.BuildFailed) as err:
        warehouse.ingest([_new_skp(tmp_path)], db, progress=False)
    summary = err.value.summary
    assert summary["checks"] == ["stg_skp: nip, periode tidak unik: 1 baris"]
    (result,) = summary["files"]
    assert result["status"] == "rejected" and result["rows_loaded"] == 0
    assert result["rows_read"] == result["rows_quarantined"] == 1
    assert "pemeriksaan data" in result["errors"][0]
    assert digest(db) == before and leftovers(db) == []
    assert journal(db)[-1]["status"] == "rejected"


def test_stale_working_copy_is_removed(db: Path, tmp_path: Path) -> None:
    stale = db.with_name(db.name + ".tmp")
    stale.write_bytes(b"sisa proses yang mati")
    summary = warehouse.ingest([_new_skp(tmp_path)], db, progress=False)
    assert summary["built"] is True
    assert leftovers(db) == []
    assert query(db, "select count(*) from raw_skp where periode = '2025-04'") == [(1,)]


def test_a_reader_is_not_blocked_and_sees_the_new_file_after_reopening(
    db: Path, tmp_path: Path
) -> None:
    reader = duckdb.connect(str(db), read_only=True)
    try:
        old = reader.execute("select count(*) from raw_skp").fetchall()[0][0]
        warehouse.ingest([_new_skp(tmp_path)], db, progress=False)
        assert reader.execute("select count(*) from raw_skp").fetchall()[0][0] == old
    finally:
        reader.close()
    assert query(db, "select count(*) from raw_skp")[0][0] == old + 1


def test_progress_goes_to_stderr_only(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warehouse.ingest([_new_skp(tmp_path)], db, progress=True)
    out, err = capsys.readouterr()
    assert out == ""
    assert "skp_baru.csv: dimuat — 1 baris dibaca, 1 valid (1 baru)" in err


def test_rebuild_and_check(db: Path) -> None:
    rows_before = query(db, "select count(*) from mart_employee_period")
    summary = warehouse.rebuild(db, progress=False)
    assert summary["built"] is True and summary["checks"] == []
    assert query(db, "select count(*) from mart_employee_period") == rows_before
    assert warehouse.check(db, progress=False)["checks"] == []
    assert leftovers(db) == []


def test_the_pipeline_keeps_a_block_pool_unless_given_a_memory_budget(
    tmp_path, monkeypatch
) -> None:
    def pool(name: str) -> str:
        con = warehouse.connect(tmp_path / name)
        try:
            return con.execute(
                "select current_setting('block_allocator_memory')"
            ).fetchall()[0][0]
        finally:
            con.close()

    monkeypatch.delenv(warehouse.ENV_MEMORY, raising=False)
    assert pool("a.duckdb") != "0 bytes"  # a quarter of the RAM
    monkeypatch.setenv(warehouse.ENV_MEMORY, "1GB")
    assert pool("b.duckdb") == "0 bytes"
