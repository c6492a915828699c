"""Back up and restore the warehouse, its import journal and the app's own store.

    python -m pipelines backup DIR [--db FILE]      # writes DIR/<timestamp>/
    python -m pipelines restore DIR/<timestamp> [--db FILE]

A backup folder holds `warehouse.duckdb`, `warehouse.duckdb.imports.jsonl` (when
there is a journal), `app_store.sqlite` (when there is a store) and `manifest.json`
(time, source paths, sizes and sha256 of each file). Consistency:
- the warehouse is copied under the pipeline's exclusive lock, so no import swaps the
  file mid-copy (the dashboard only reads, it never changes the file);
- the app store is copied with SQLite's online backup API, safe while the app writes.
Restore checks every file first (sha256 against the manifest, the warehouse opens and
has `meta_build`, the store passes `integrity_check`), then swaps each in with
`os.replace` under the same lock; a bad backup changes nothing. The dashboard sees the
restored warehouse on its next query (its cache key is the file's mtime and size).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import duckdb

from dashboard import store
from pipelines import warehouse

WAREHOUSE_NAME = "warehouse.duckdb"
JOURNAL_NAME = WAREHOUSE_NAME + ".imports.jsonl"
STORE_NAME = "app_store.sqlite"
MANIFEST_NAME = "manifest.json"


class BackupError(Exception):
    """A backup cannot be written or a folder is not a sound backup."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _journal(db: Path) -> Path:
    return db.with_name(db.name + ".imports.jsonl")


def _copy(source: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, dest)


def create(dest_dir: Path, db: Path, store_file: Path | None = None) -> Path:
    """Write a new backup folder under `dest_dir`; returns its path."""
    db, store_file = Path(db), store_file or store.store_path()
    if not db.is_file():
        raise BackupError(f"Gudang data tidak ditemukan: {db}")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = Path(dest_dir) / stamp
    folder.mkdir(parents=True, exist_ok=False)
    files: dict[str, dict[str, object]] = {}
    with warehouse.exclusive_lock(db):
        _copy(db, folder / WAREHOUSE_NAME)
        if _journal(db).is_file():
            _copy(_journal(db), folder / JOURNAL_NAME)
    if store_file.is_file():
        store.backup(folder / STORE_NAME, source=store_file)
    for path in sorted(folder.iterdir()):
        files[path.name] = {"bytes": path.stat().st_size, "sha256": _sha256(path)}
    manifest = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "warehouse": str(db),
        "store": str(store_file),
        "files": files,
    }
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def verify(folder: Path) -> dict:
    """The manifest, after checking every file against it; raises BackupError."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(
            f"{folder} bukan folder cadangan (manifest.json): {exc}"
        ) from exc
    if WAREHOUSE_NAME not in manifest.get("files", {}):
        raise BackupError(f"{folder}: cadangan tanpa {WAREHOUSE_NAME}.")
    for name, meta in manifest["files"].items():
        path = folder / name
        if not path.is_file() or _sha256(path) != meta["sha256"]:
            raise BackupError(
                f"{folder}: {name} hilang atau berubah sejak dicadangkan."
            )
    try:
        con = duckdb.connect(str(folder / WAREHOUSE_NAME), read_only=True)
        try:
            con.execute("select count(*) from meta_build").fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        raise BackupError(
            f"{folder}: gudang data cadangan tidak terbaca: {exc}"
        ) from exc
    return manifest


def restore(folder: Path, db: Path, store_file: Path | None = None) -> dict:
    """Put a verified backup back in place (warehouse, journal, app store)."""
    folder, db = Path(folder), Path(db)
    manifest = verify(folder)
    store_file = store_file or store.store_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    with warehouse.exclusive_lock(db):
        _copy(folder / WAREHOUSE_NAME, db.with_name(db.name + ".restore"))
        db.with_name(db.name + ".wal").unlink(missing_ok=True)
        os.replace(db.with_name(db.name + ".restore"), db)
        if (folder / JOURNAL_NAME).is_file():
            _copy(folder / JOURNAL_NAME, _journal(db))
    if (folder / STORE_NAME).is_file():
        store.restore(folder / STORE_NAME, target=store_file)
    return manifest
