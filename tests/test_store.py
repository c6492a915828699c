"""The app's own store: migrations, atomic writes, backup and restore, clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dashboard import store


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("select name from sqlite_master where type='table'")
        return {r[0] for r in rows.fetchall()}
    finally:
        con.close()


def test_a_new_store_has_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with store.connect(path) as con:
        applied = {r[0] for r in con.execute("select version from store_migrations")}
    assert applied == set(store.MIGRATIONS)
    assert {"audit_log", "users", "store_migrations"} <= _tables(path)


def test_a_migration_numbered_below_an_applied_one_is_still_applied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.sqlite"
    later_only = {k: v for k, v in store.MIGRATIONS.items() if k != 1}
    monkeypatch.setattr(store, "MIGRATIONS", later_only)
    with store.connect(path):
        pass
    assert "audit_log" not in _tables(path)
    monkeypatch.undo()
    with store.connect(path):
        pass
    assert "audit_log" in _tables(path)


def test_reopening_does_not_reapply(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    for _ in range(3):
        with store.connect(path) as con:
            n = con.execute("select count(*) from store_migrations").fetchone()[0]
    assert n == len(store.MIGRATIONS)


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with store.connect(path) as con:
        with pytest.raises(RuntimeError), store.transaction(con):
            con.execute(
                "insert into audit_log (at, user_name, role, page, action,"
                " subject_type) values ('t', 'u', 'bkpsdm', 'p', 'view', 'pegawai')"
            )
            raise RuntimeError("boom")
        assert con.execute("select count(*) from audit_log").fetchone()[0] == 0


def test_statements_split_ignores_semicolons_in_comments() -> None:
    script = "create table a (x text); -- one; two\ncreate table b (y text);"
    assert len(store._statements(script)) == 2


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    with store.connect(live) as con, store.transaction(con):
        con.execute(
            "insert into audit_log (at, user_name, role, page, action, subject_type,"
            " subject) values ('t', 'u', 'bkpsdm', 'p', 'view', 'pegawai', 'x')"
        )
    reader = sqlite3.connect(live)  # an app session holding the file open
    copy = store.backup(tmp_path / "backups" / "store.sqlite", source=live)
    reader.close()
    with store.connect(live) as con, store.transaction(con):
        con.execute("delete from audit_log")
    store.restore(copy, target=live)
    with store.connect(live) as con:
        rows = con.execute("select subject from audit_log").fetchall()
    assert [r[0] for r in rows] == ["x"]


def test_restore_refuses_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    live = tmp_path / "live.sqlite"
    with store.connect(live):
        pass
    before = live.read_bytes()
    with pytest.raises(store.StoreError, match="bukan cadangan"):
        store.restore(bogus, target=live)
    assert live.read_bytes() == before


def test_a_path_under_a_file_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    with pytest.raises(store.StoreError, match="tidak dapat dibuka"):
        with store.connect(blocker / "s.sqlite"):
            pass


def test_a_corrupt_store_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(store.StoreError):
        with store.connect(path):
            pass
