"""The command line, run as a user runs it: python -m pipelines ... (subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FILE_KEYS = {
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
}


def run(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("KINERJA_REFERENCE", None)
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *map(str, args)],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def first_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    db = tmp_path_factory.mktemp("cli") / "w.duckdb"
    proc = run(
        "ingest",
        DATA / "skp_dinkes_jan2025.csv",
        DATA / "pegawai_cp1252.csv",
        "--db",
        db,
        "--json",
    )
    return db, proc


def test_ingest_json_prints_one_object_and_exits_0(first_run) -> None:
    db, proc = first_run
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)  # exactly one JSON document on stdout
    assert set(summary) == {"db", "run_id", "files", "totals", "built", "checks"}
    assert summary["db"] == str(db) and summary["built"] is True
    assert [f["file"] for f in summary["files"]] == [
        "skp_dinkes_jan2025.csv",
        "pegawai_cp1252.csv",
    ]
    for f in summary["files"]:
        assert set(f) == FILE_KEYS
        assert f["status"] == "loaded"
        assert f["rows_read"] == f["rows_loaded"] + f["rows_quarantined"]
        assert len(f["sha256"]) == 64
    assert "skp_dinkes_jan2025.csv" in proc.stderr  # progress on stderr
    assert db.exists()


def test_same_files_again_are_duplicates_and_exit_0(first_run) -> None:
    db, _ = first_run
    before = db.read_bytes()
    proc = run("ingest", DATA / "skp_dinkes_jan2025.csv", "--db", db, "--json")
    assert proc.returncode == 0, proc.stderr
    (result,) = json.loads(proc.stdout)["files"]
    assert result["status"] == "duplicate"
    assert db.read_bytes() == before


def test_a_rejected_file_exits_1(first_run) -> None:
    db, _ = first_run
    proc = run(
        "ingest", DATA / "tidak_dikenal.csv", DATA / "kosong.csv", "--db", db, "--json"
    )
    assert proc.returncode == 1
    files = json.loads(proc.stdout)["files"]
    assert [f["status"] for f in files] == ["rejected", "rejected"]
    assert files[0]["errors"][0].startswith(
        "Jenis berkas tidak dikenali. Paling mirip 'skp'"
    )


def test_human_table_without_json(first_run) -> None:
    db, _ = first_run
    proc = run("ingest", DATA / "tidak_dikenal.csv", "--db", db)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0].startswith("Berkas")
    assert "tidak_dikenal.csv" in proc.stdout and "ditolak" in proc.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(proc.stdout)


def test_db_defaults_to_kinerja_db(tmp_path: Path) -> None:
    db = tmp_path / "dari_env.duckdb"
    proc = run(
        "ingest", DATA / "survei_ikm_tic.csv", "--json", env={"KINERJA_DB": str(db)}
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["db"] == str(db) and db.exists()


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("ingest",),
        ("ingest", "tests/data/tidak_ada.csv"),
        ("unggah", "x.csv"),
        ("ingest", "tests/data/kosong.csv", "--bogus"),
        ("demo", "--seed", "abc"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    proc = run(*args, "--db", tmp_path / "w.duckdb") if args else run()
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip()
    assert not (tmp_path / "w.duckdb").exists()


def test_build_and_check_commands(first_run) -> None:
    db, _ = first_run
    build = run("build", "--db", db)
    assert build.returncode == 0, build.stderr
    check = run("check", "--db", db)
    assert check.returncode == 0, check.stderr
    assert "lolos" in check.stdout


def test_check_without_warehouse_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("check", "--db", tmp_path / "tidak_ada.duckdb")
    assert proc.returncode == 2
    assert "tidak ditemukan" in proc.stderr


def test_demo_rejects_an_unknown_scale(tmp_path: Path) -> None:
    proc = run(
        "demo",
        "--scale",
        "mars",
        "--db",
        tmp_path / "w.duckdb",
        "--out",
        tmp_path / "out",
    )
    assert proc.returncode == 2
    assert "mars" in proc.stderr
