"""The app's own store: what the dashboard itself writes.

Follow-up actions on flags, award confirmations and the audit log live here, in a small
SQLite file (stdlib `sqlite3`) next to, never inside, the pipeline's warehouse: the
pipeline swaps the warehouse file on every import, so anything written there would be
lost. Path: env `KINERJA_STORE`, else `data/app_store.sqlite`.

- Every call opens a short-lived connection (`connect()`), like the warehouse readers;
  SQLite's WAL mode lets several app sessions read while one writes, and writers wait
  up to `BUSY_TIMEOUT_S` for each other instead of failing.
- The schema is a set of numbered migrations, each applied once, in number order,
  inside one transaction (`store_migrations` records which). A migration is never
  edited after it has shipped; a change is a new migration. Numbers are reserved
  per feature: 1 audit log, 2 follow-up actions, 3 award confirmations, 4 user accounts.
- `backup(dest)` writes a consistent copy with SQLite's online backup API, safe while
  the app is running; `restore(src)` checks the copy and swaps it in atomically.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dashboard import config

BUSY_TIMEOUT_S = 10.0


class StoreError(Exception):
    """The store cannot be opened or written (path unwritable, disk full, corrupt)."""


MIGRATIONS: dict[int, str] = {
    1: """
    create table audit_log (
        id integer primary key autoincrement,
        at text not null,                 -- ISO timestamp, UTC
        user_name text not null,
        role text not null,
        scope_opd text,                   -- the viewer's OPD scope, null = all
        page text not null,
        action text not null,             -- 'view' | 'export' | 'write'
        subject_type text not null,       -- 'pegawai' | 'unit' | 'opd' | 'daftar' ...
        subject text,                     -- NIP, unit or OPD code, list name
        detail text not null default ''
    );
    create index audit_log_at on audit_log (at);
    create index audit_log_subject on audit_log (subject);
    """,
    2: """
    create table follow_up_action (
        id integer primary key autoincrement,
        -- the flag, by identifiers that survive a warehouse rebuild (mart_flags)
        subjek_jenis text not null check (subjek_jenis in ('pegawai', 'unit')),
        subjek_kode text not null,        -- NIP or unit code
        sinyal text not null,
        pertama_muncul text not null,     -- first period of the flag's run
        opd_kode text not null,           -- the flag's OPD ('' unknown), for scope
        -- the flag as it was when the action was recorded (display only)
        subjek_nama text not null default '',
        unit_kode text,
        periode_tanda text not null default '',
        keparahan_tanda text not null default '',
        -- the action (dashboard/actions.py validates the values)
        jenis text not null,              -- coaching | pelatihan | sosialisasi ...
        pemilik text not null,            -- owner: a person or a position
        tenggat text not null,            -- due date, ISO yyyy-mm-dd
        status text not null check (
            status in ('direncanakan', 'berjalan', 'selesai', 'dibatalkan')
        ),
        catatan text not null default '', -- the latest note
        created_at text not null,         -- ISO timestamp, UTC
        created_by text not null,
        created_role text not null,
        updated_at text not null
    );
    create index follow_up_action_flag
        on follow_up_action (subjek_jenis, subjek_kode, sinyal, pertama_muncul);
    create index follow_up_action_opd on follow_up_action (opd_kode);
    create table follow_up_update (
        id integer primary key autoincrement,
        action_id integer not null references follow_up_action (id),
        at text not null,                 -- ISO timestamp, UTC
        user_name text not null,
        role text not null,
        change text not null,             -- 'dibuat' | 'diperbarui'
        status text not null,             -- the values after this change
        tenggat text not null,
        pemilik text not null,
        catatan text not null default '', -- the note written with this change
        detail text not null default ''   -- what changed, as field: old -> new
    );
    create index follow_up_update_action on follow_up_update (action_id);
    """,
    3: """
    create table award_decision (
        id integer primary key autoincrement,
        -- the nomination, by identifiers that survive a warehouse rebuild
        -- (mart_award_nominations); the latest row per key is the decision in force
        tahun integer not null,
        aturan text not null,             -- asn_terbaik | capaian_sektor | ...
        subjek_jenis text not null check (subjek_jenis in ('pegawai', 'unit')),
        subjek_kode text not null,        -- NIP or unit code (never shown to publik)
        opd_kode text not null,           -- the nominee's OPD ('' unknown), for scope
        keputusan text not null check (keputusan in ('dikonfirmasi', 'dihapus')),
        -- what is announced (copied when decided, shown to the public role)
        subjek_nama text not null,
        jabatan text not null default '',
        unit_nama text not null default '',
        opd_nama text not null default '',
        sektor text not null default '',
        kutipan text not null default '', -- the short public citation
        -- the evidence as it stood, and why (required when removing)
        bukti text not null default '',
        alasan text not null default '',
        snapshot_id text,                 -- the frozen data the decision was made on
        data_sampai text,
        decided_at text not null,         -- ISO timestamp, UTC
        decided_by text not null,
        decided_role text not null
    );
    create index award_decision_key
        on award_decision (tahun, aturan, subjek_jenis, subjek_kode);
    create table data_snapshot (
        id text primary key,              -- e.g. 'SNAP-20261127-0815-3fa2c1'
        label text not null,
        file_name text not null,          -- under the snapshots folder by the store
        sha256 text not null,
        size_bytes integer not null,
        data_sampai text,                 -- meta_build.data_sampai of the copy
        built_at text,                    -- meta_build.built_at of the copy
        created_at text not null,         -- ISO timestamp, UTC
        created_by text not null,
        created_role text not null
    );
    """,
    4: """
    create table users (
        name text primary key,            -- login name, lower case
        role text not null,
        opd_kode text,                    -- required for kepala_opd and operator
        email text unique,                -- optional: matched for single sign-on
        password_hash text,               -- argon2id; null = SSO only
        active integer not null default 1,
        failed_logins integer not null default 0,
        locked_until text,                -- ISO timestamp after too many failures
        created_at text not null,
        updated_at text not null
    );
    """,
}


def store_path() -> Path:
    """The store file: env KINERJA_STORE, else data/app_store.sqlite."""
    value = os.environ.get(config.STORE_ENV_VAR, "").strip()
    return Path(value) if value else config.DEFAULT_STORE


def _open(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"Penyimpanan aplikasi tidak dapat dibuka di {path}: {exc}"
        ) from exc
    con.row_factory = sqlite3.Row
    con.execute("pragma foreign_keys = on")
    return con


def _applied(con: sqlite3.Connection) -> set[int]:
    con.execute(
        "create table if not exists store_migrations ("
        " version integer primary key, applied_at text not null)"
    )
    return {row[0] for row in con.execute("select version from store_migrations")}


def _migrate(con: sqlite3.Connection) -> None:
    """Apply every migration not applied yet, in number order, in one transaction.
    Applied numbers are recorded one by one (not as a maximum), so a migration
    numbered below one already applied is still applied when it arrives."""
    if set(MIGRATIONS) <= _applied(con):
        return
    con.execute("begin immediate")
    try:
        # Another session may have migrated while we waited for the lock.
        for version in sorted(set(MIGRATIONS) - _applied(con)):
            for statement in _statements(MIGRATIONS[version]):
                con.execute(statement)
            con.execute(
                "insert into store_migrations values (?, datetime('now'))", (version,)
            )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (a ';' inside a comment or string is not
    an end: sqlite3.complete_statement knows SQL's lexical rules)."""
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                statements.append(buffer.strip())
            buffer = ""
    return statements


@contextmanager
def connect(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """A migrated connection to the store, closed when the block ends. Writes inside
    `with transaction(con):` are atomic."""
    target = path or store_path()
    con = _open(target)
    try:
        try:
            con.execute("pragma journal_mode = wal")
            _migrate(con)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"Penyimpanan aplikasi {target} tidak terbaca: {exc}"
            ) from exc
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: everything inside commits together or not at all."""
    try:
        con.execute("begin immediate")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"Penyimpanan aplikasi sedang sibuk atau terkunci: {exc}"
        ) from exc
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    try:
        con.execute("commit")
    except sqlite3.Error as exc:  # disk full, read-only file system
        con.execute("rollback")
        raise StoreError(f"Perubahan tidak tersimpan: {exc}") from exc


def backup(dest: Path, source: Path | None = None) -> Path:
    """Write a consistent copy of the store to `dest` (safe while the app runs)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    with connect(source) as con:
        target = sqlite3.connect(str(tmp))
        try:
            con.backup(target)
        finally:
            target.close()
    os.replace(tmp, dest)
    return dest


def restore(src: Path, target: Path | None = None) -> Path:
    """Replace the store with the backup `src` after checking it is a sound store."""
    src, target = Path(src), target or store_path()
    check = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        ok = check.execute("pragma integrity_check").fetchone()[0]
        version = check.execute("select count(*) from store_migrations").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{src} bukan cadangan penyimpanan aplikasi: {exc}") from exc
    finally:
        check.close()
    if ok != "ok" or version < 1:
        raise StoreError(f"{src} bukan cadangan penyimpanan aplikasi yang utuh ({ok}).")
    tmp = target.with_name(target.name + ".restore")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    copy = sqlite3.connect(tmp)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
    return target
