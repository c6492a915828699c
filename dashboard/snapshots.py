"""Frozen snapshots of the warehouse for ceremonies and briefings.

A ceremony or a briefing must show the same numbers on stage, in the deck, in the PDF
and on screen, even when new exports arrive in between. A snapshot is a byte copy of
the warehouse file (DuckDB), taken under the pipeline's exclusive lock (no ingest can
swap the file mid-copy), kept under `<store folder>/snapshots/` (`data/snapshots/` by
default, git-ignored) and recorded in the app's store (`data_snapshot`: id, label,
who, when, the data date and build time of the copy, its SHA-256). The file is never
written again. `db.frozen(path)` makes every query read it instead of the live file.

Creating a snapshot is a write (audit-logged) allowed to BKPSDM and the mayor's office
(`SNAPSHOT_ROLES`); reading a snapshot is open to every role that may see the page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dashboard import access, audit, db, queries, store
from dashboard.access import AccessDenied, Scope, current_user
from pipelines.warehouse import exclusive_lock

SNAPSHOT_ROLES = frozenset({"bkpsdm", "wali_kota"})
MAX_LABEL = 80
PAGE = "penghargaan"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ID = re.compile(r"^SNAP-\d{8}-\d{6}-[0-9a-f]{6}$")
_CHUNK = 1 << 20


class SnapshotError(Exception):
    """The snapshot cannot be made or read (no warehouse, disk full, file missing)."""


@dataclass(frozen=True)
class Snapshot:
    id: str
    label: str
    file_name: str
    sha256: str
    size_bytes: int
    data_sampai: str | None
    built_at: str | None
    created_at: str
    created_by: str
    created_role: str

    @property
    def path(self) -> Path:
        return snapshot_dir() / self.file_name

    @property
    def available(self) -> bool:
        return self.path.is_file()


def snapshot_dir() -> Path:
    """`snapshots/` next to the app's store (data/snapshots by default)."""
    return store.store_path().parent / "snapshots"


def _new_id(now: dt.datetime) -> str:
    return f"SNAP-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def clean_label(text: Any) -> str:
    """A label as typed: control characters removed, trimmed, at most MAX_LABEL."""
    return _CONTROL.sub(" ", str(text or "")).strip()[:MAX_LABEL]


def _copy(source: Path, target: Path) -> tuple[str, int]:
    """Copy `source` to `target` through a temporary file; (sha256, size)."""
    digest, size = hashlib.sha256(), 0
    tmp = target.with_name(target.name + ".tmp")
    with source.open("rb") as src, tmp.open("wb") as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, target)
    return digest.hexdigest(), size


def create(scope: Scope, label: str, *, now: dt.datetime | None = None) -> Snapshot:
    """Freeze the live warehouse now; returns the recorded snapshot."""
    if scope.role not in SNAPSHOT_ROLES:
        raise AccessDenied(f"role {scope.role} may not create snapshots")
    source = db.db_path()
    if not db.warehouse_exists():
        raise SnapshotError(f"tidak ada gudang data di {source}")
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    snap_id = _new_id(moment)
    folder = snapshot_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{snap_id}.duckdb"
    try:
        with exclusive_lock(source):  # no ingest swaps the file while we copy
            sha, size = _copy(source, target)
    except OSError as exc:
        raise SnapshotError(f"salinan data tidak dapat dibuat: {exc}") from exc
    meta = _meta_of(target)
    found = Snapshot(
        id=snap_id,
        label=clean_label(label) or snap_id,
        file_name=target.name,
        sha256=sha,
        size_bytes=size,
        data_sampai=_text(meta.get("data_sampai")),
        built_at=_text(meta.get("built_at")),
        created_at=moment.isoformat(timespec="seconds"),
        created_by=current_user(),
        created_role=scope.role,
    )
    with store.connect() as con, store.transaction(con):
        con.execute(
            "insert into data_snapshot (id, label, file_name, sha256, size_bytes,"
            " data_sampai, built_at, created_at, created_by, created_role)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                found.id,
                found.label,
                found.file_name,
                found.sha256,
                found.size_bytes,
                found.data_sampai,
                found.built_at,
                found.created_at,
                found.created_by,
                found.created_role,
            ),
        )
    audit.record(
        scope,
        page=PAGE,
        action="write",
        subject_type="snapshot",
        subject=found.id,
        detail=f"snapshot dibuat: {found.label}",
    )
    return found


def _text(value: Any) -> str | None:
    if value is None or value != value:
        return None
    return str(value)[:19] if not isinstance(value, str) else value


def _meta_of(path: Path) -> dict[str, Any]:
    """meta_build of a warehouse copy (data date, build time); {} when unreadable."""
    try:
        with db.frozen(path):
            return queries.meta_build(access.FULL_ACCESS, db.warehouse_version()) or {}
    except db.WarehouseError:
        return {}


def list_all() -> list[Snapshot]:
    """Every recorded snapshot, newest first."""
    with store.connect() as con:
        rows = con.execute(
            "select * from data_snapshot order by created_at desc, id desc"
        ).fetchall()
    return [Snapshot(**dict(row)) for row in rows]


def get(snapshot_id: str | None) -> Snapshot | None:
    """The recorded snapshot with this id (None for an unknown or malformed id)."""
    if not snapshot_id or not _ID.match(str(snapshot_id)):
        return None
    with store.connect() as con:
        row = con.execute(
            "select * from data_snapshot where id = ?", (str(snapshot_id),)
        ).fetchone()
    return Snapshot(**dict(row)) if row else None


@contextmanager
def reading(snapshot: Snapshot | None) -> Iterator[None]:
    """Every query inside reads `snapshot` (the live warehouse when None)."""
    if snapshot is not None and not snapshot.available:
        raise SnapshotError(f"berkas snapshot {snapshot.file_name} tidak ditemukan")
    with db.frozen(snapshot.path if snapshot is not None else None):
        yield
