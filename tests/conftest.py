"""Shared fixtures: a real warehouse built by the real pipeline from data/sample/.

No mocked database anywhere: `sample_warehouse` runs `pipelines.warehouse.ingest` on the
committed sample exports into a temporary file, once per test session.
"""

from __future__ import annotations

import os

# The demo's XLSX bytes must not depend on whether lxml is installed (data/sample is
# committed); see pipelines/demo_writers.py. Set before any test imports openpyxl.
os.environ.setdefault("OPENPYXL_LXML", "False")
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
TEST_DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session", autouse=True)
def _repo_root_cwd() -> Iterator[None]:
    """AppTest and the CLI resolve paths from the repository root."""
    old = Path.cwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


@pytest.fixture(autouse=True)
def _private_app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test writes to its own app store, never to data/app_store.sqlite, and
    the app runs in demo mode (role switcher, BKPSDM by default) unless a test of
    sign-in sets KINERJA_AUTH itself."""
    path = tmp_path / "app_store.sqlite"
    monkeypatch.setenv("KINERJA_STORE", str(path))
    monkeypatch.setenv("KINERJA_AUTH", "demo")
    return path


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a DuckDB warehouse built by the real pipeline from data/sample/ (made by
    the demo generator, so it is loaded as simulated data, source 'demo')."""
    from pipelines.warehouse import ingest

    db = tmp_path_factory.mktemp("warehouse") / "sample.duckdb"
    summary = ingest([SAMPLE_DIR], db, progress=False, source="demo")
    statuses = {f["file"]: f["status"] for f in summary["files"]}
    assert statuses and set(statuses.values()) == {"loaded"}, statuses
    return db


@pytest.fixture()
def warehouse_copy(sample_warehouse: Path, tmp_path: Path) -> Path:
    """A private copy of the sample warehouse that a test may change."""
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(sample_warehouse, db)
    journal = Path(str(sample_warehouse) + ".imports.jsonl")
    if journal.exists():
        shutil.copyfile(journal, Path(str(db) + ".imports.jsonl"))
    return db


@pytest.fixture()
def app_env(sample_warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the dashboard at the sample warehouse through KINERJA_DB."""
    monkeypatch.setenv("KINERJA_DB", str(sample_warehouse))
    return sample_warehouse


@pytest.fixture()
def mem_con() -> Iterator[duckdb.DuckDBPyConnection]:
    """A fresh in-memory DuckDB connection."""
    con = duckdb.connect()
    yield con
    con.close()
