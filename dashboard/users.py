"""Local user accounts: who may sign in, with which role and OPD scope.

Accounts live in the app's own store (`store.py`, table `users`), never in the
warehouse. Passwords are hashed with argon2id (argon2-cffi, its recommended
parameters); the hash carries its own salt and parameters, so they can be raised later
and old hashes still verify (and are rehashed on the next sign-in). After
`MAX_FAILED_LOGINS` wrong passwords in a row an account is locked for
`LOCK_MINUTES`; the message does not say whether the name or the password was wrong.

Command line (passwords are read from a prompt, or one line of standard input with
`--password-stdin`, never from the command line where `ps` would show them):

    python -m dashboard.users add NAME --role kepala_opd --opd DINKES [--email E]
    python -m dashboard.users set-password NAME
    python -m dashboard.users remove NAME
    python -m dashboard.users list
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import getpass
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from dashboard import config, store
from dashboard.access import ROLES, Scope

MIN_PASSWORD_CHARS = 10
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
OPD_ROLES = frozenset({"kepala_opd", "operator"})
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_HASHER = PasswordHasher()


class AccountError(ValueError):
    """A request about an account that cannot be done (message in Indonesian)."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    opd_kode: str | None
    email: str | None
    active: bool

    @property
    def scope(self) -> Scope:
        return Scope(self.role, self.opd_kode)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def known_opd_codes() -> set[str]:
    """OPD codes of the reference list (data/reference/opd.csv)."""
    path = config.ROOT / "data" / "reference" / "opd.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["opd_kode"] for row in csv.DictReader(handle)}


def _check_name(name: str) -> str:
    name = name.strip().lower()
    if not _NAME.match(name):
        raise AccountError(
            "Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau "
            "tanda hubung, diawali huruf atau angka."
        )
    return name


def _check_role(role: str, opd_kode: str | None) -> str | None:
    if role not in ROLES:
        raise AccountError(
            f"Peran tidak dikenal: '{role}'. Pilihan: {', '.join(ROLES)}."
        )
    if role in OPD_ROLES:
        if not opd_kode:
            raise AccountError(f"Peran {role} memerlukan --opd (kode OPD).")
        code = opd_kode.strip().upper()
        if code not in known_opd_codes():
            raise AccountError(f"Kode OPD tidak dikenal: '{opd_kode}'.")
        return code
    if opd_kode:
        raise AccountError(f"Peran {role} berlaku untuk semua OPD; jangan isi --opd.")
    return None


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"Kata sandi minimal {MIN_PASSWORD_CHARS} karakter.")
    if password.strip() != password:
        raise AccountError("Kata sandi tidak boleh diawali atau diakhiri spasi.")


def _account(row: object) -> Account:
    return Account(
        name=row["name"],
        role=row["role"],
        opd_kode=row["opd_kode"],
        email=row["email"],
        active=bool(row["active"]),
    )


def add(
    name: str,
    role: str,
    password: str | None,
    opd_kode: str | None = None,
    email: str | None = None,
    path: Path | None = None,
) -> Account:
    """Create an account (a password, an e-mail for SSO, or both)."""
    name = _check_name(name)
    opd = _check_role(role, opd_kode)
    email = email.strip().lower() if email else None
    if password is None and not email:
        raise AccountError("Isi kata sandi atau e-mail (untuk SSO).")
    hashed = None
    if password is not None:
        check_password(password)
        hashed = _HASHER.hash(password)
    now = _now().isoformat(timespec="seconds")
    with store.connect(path) as con, store.transaction(con):
        if con.execute("select 1 from users where name = ?", (name,)).fetchone():
            raise AccountError(f"Pengguna '{name}' sudah ada.")
        if (
            email
            and con.execute("select 1 from users where email = ?", (email,)).fetchone()
        ):
            raise AccountError(f"E-mail '{email}' sudah dipakai akun lain.")
        con.execute(
            "insert into users (name, role, opd_kode, email, password_hash, active,"
            " failed_logins, created_at, updated_at)"
            " values (?, ?, ?, ?, ?, 1, 0, ?, ?)",
            (name, role, opd, email, hashed, now, now),
        )
    return Account(name, role, opd, email, True)


def set_password(name: str, password: str, path: Path | None = None) -> None:
    """Replace the password and lift a lock."""
    name = _check_name(name)
    check_password(password)
    with store.connect(path) as con, store.transaction(con):
        changed = con.execute(
            "update users set password_hash = ?, failed_logins = 0,"
            " locked_until = null, updated_at = ? where name = ?",
            (_HASHER.hash(password), _now().isoformat(timespec="seconds"), name),
        ).rowcount
    if not changed:
        raise AccountError(f"Pengguna '{name}' tidak ada.")


def remove(name: str, path: Path | None = None) -> None:
    name = _check_name(name)
    with store.connect(path) as con, store.transaction(con):
        gone = con.execute("delete from users where name = ?", (name,)).rowcount
    if not gone:
        raise AccountError(f"Pengguna '{name}' tidak ada.")


def list_accounts(path: Path | None = None) -> list[Account]:
    with store.connect(path) as con:
        rows = con.execute("select * from users order by name").fetchall()
    return [_account(r) for r in rows]


def by_email(email: str, path: Path | None = None) -> Account | None:
    """The active account whose e-mail matches (single sign-on)."""
    with store.connect(path) as con:
        row = con.execute(
            "select * from users where email = ? and active = 1",
            (email.strip().lower(),),
        ).fetchone()
    return _account(row) if row else None


def authenticate(name: str, password: str, path: Path | None = None) -> Account | None:
    """The account when the password is right and the account is not locked."""
    try:
        name = _check_name(name)
    except AccountError:
        return None
    now = _now()
    with store.connect(path) as con, store.transaction(con):
        row = con.execute(
            "select * from users where name = ? and active = 1", (name,)
        ).fetchone()
        if row is None or not row["password_hash"]:
            _HASHER.hash(password)  # same cost as a real check: no timing oracle
            return None
        if row["locked_until"] and row["locked_until"] > now.isoformat():
            return None
        if not _verify(row["password_hash"], password):
            _count_failure(con, row, now)
            return None
        rehash = _HASHER.check_needs_rehash(row["password_hash"])
        con.execute(
            "update users set failed_logins = 0, locked_until = null,"
            " password_hash = ? where name = ?",
            (_HASHER.hash(password) if rehash else row["password_hash"], name),
        )
    return _account(row)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _count_failure(con: object, row: object, now: dt.datetime) -> None:
    failures = int(row["failed_logins"]) + 1
    locked = None
    if failures >= MAX_FAILED_LOGINS:
        locked = (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat()
        failures = 0
    con.execute(
        "update users set failed_logins = ?, locked_until = ? where name = ?",
        (failures, locked, row["name"]),
    )


# --- command line -------------------------------------------------------------------


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise AccountError("Kedua kata sandi tidak sama.")
    return first


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.users",
        description="Kelola akun pengguna Kinerja Sabang (disimpan di "
        "penyimpanan aplikasi, env KINERJA_STORE).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    add_cmd = sub.add_parser("add", help="tambah akun")
    add_cmd.add_argument("name")
    add_cmd.add_argument("--role", required=True, choices=ROLES)
    add_cmd.add_argument("--opd", help="kode OPD (wajib untuk kepala_opd, operator)")
    add_cmd.add_argument("--email", help="e-mail untuk masuk lewat SSO")
    add_cmd.add_argument("--sso-only", action="store_true", help="tanpa kata sandi")
    add_cmd.add_argument("--password-stdin", action="store_true")
    pw_cmd = sub.add_parser("set-password", help="ganti kata sandi")
    pw_cmd.add_argument("name")
    pw_cmd.add_argument("--password-stdin", action="store_true")
    rm_cmd = sub.add_parser("remove", help="hapus akun")
    rm_cmd.add_argument("name")
    sub.add_parser("list", help="daftar akun")
    return parser


def _run(args: argparse.Namespace) -> str:
    if args.command == "add":
        password = None if args.sso_only else _read_password(args.password_stdin)
        account = add(args.name, args.role, password, args.opd, args.email)
        return f"Akun '{account.name}' ({account.role}) dibuat."
    if args.command == "set-password":
        set_password(args.name, _read_password(args.password_stdin))
        return f"Kata sandi '{args.name}' diganti."
    if args.command == "remove":
        remove(args.name)
        return f"Akun '{args.name}' dihapus."
    lines = [
        f"{a.name}\t{a.role}\t{a.opd_kode or '-'}\t{a.email or '-'}"
        f"\t{'aktif' if a.active else 'nonaktif'}"
        for a in list_accounts()
    ]
    return "\n".join(["nama\tperan\topd\te-mail\tstatus", *lines])


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        print(_run(args))
    except (AccountError, store.StoreError) as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
