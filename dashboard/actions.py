"""Follow-up actions on early-warning flags (tindak lanjut), kept in the app's store.

BKPSDM or the head of an OPD records what will be done about a flag (coaching,
training, sosialisasi, mentoring, a meeting ...), who owns it, by when, its status and
notes; every later change is kept as a history row (who, when, what changed).

- An action is keyed to its flag by identifiers that survive a warehouse rebuild and
  new imports: (subjek_jenis, subjek_kode, sinyal, pertama_muncul) plus the flag's
  opd_kode, never by a warehouse row id. A flag's run keeps its first period while it
  lasts, so the action stays attached as new periods arrive.
- Scope is enforced here, not only on the page: every function takes the viewer's
  `Scope`; roles without individual access get `AccessDenied`, and the head of an OPD
  (scope.opd_kode set) can neither read nor write another OPD's actions.
- Overdue: status not selesai/dibatalkan and the due date before today (Sabang time,
  WIB): due today is not overdue yet, due yesterday is.
- Texts are stored as typed (trimmed, control characters removed) and always shown as
  plain text (data grids, XLSX with formulas neutralised), never as HTML.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import audit, store
from dashboard import formatting as fmt
from dashboard.access import AccessDenied, Scope, current_user, require_individual
from dashboard.i18n import get_lang, t

JENIS = ("coaching", "pelatihan", "sosialisasi", "mentoring", "rapat", "lainnya")
STATUS = ("direncanakan", "berjalan", "selesai", "dibatalkan")
CLOSED = frozenset({"selesai", "dibatalkan"})
FIELDS = ("status", "tenggat", "pemilik", "catatan")  # what an update may change
MAX_PEMILIK = 120
MAX_CATATAN = 2000
# A due date further away than this is almost certainly a typing mistake.
MAX_TENGGAT_DAYS = 3 * 366
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")  # Sabang: UTC+7, no daylight saving
PAGE = "peringatan_dini"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4])|-S([12]))?$")

ACTION_COLUMNS = [
    "id",
    "subjek_jenis",
    "subjek_kode",
    "sinyal",
    "pertama_muncul",
    "opd_kode",
    "subjek_nama",
    "unit_kode",
    "periode_tanda",
    "keparahan_tanda",
    "jenis",
    "pemilik",
    "tenggat",
    "status",
    "catatan",
    "created_at",
    "created_by",
    "created_role",
    "updated_at",
]
UPDATE_COLUMNS = [
    "id",
    "action_id",
    "at",
    "user_name",
    "role",
    "change",
    "status",
    "tenggat",
    "pemilik",
    "catatan",
    "detail",
]
FLAG_KEY = ["subjek_jenis", "subjek_kode", "sinyal", "pertama_muncul"]


@dataclass(frozen=True)
class FlagRef:
    """The flag an action is about: its stable key and, for display, how it looked."""

    subjek_jenis: str
    subjek_kode: str
    sinyal: str
    pertama_muncul: str
    opd_kode: str | None
    subjek_nama: str = ""
    unit_kode: str | None = None
    periode: str = ""
    keparahan: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> FlagRef:
        """From a mart_flags row (a dict or a pandas row)."""

        def text(name: str) -> str:
            value = row.get(name)
            return "" if value is None or value != value else str(value)

        return cls(
            subjek_jenis=text("subjek_jenis"),
            subjek_kode=text("subjek_kode"),
            sinyal=text("sinyal"),
            pertama_muncul=text("pertama_muncul"),
            opd_kode=text("opd_kode") or None,
            subjek_nama=text("subjek_nama"),
            unit_kode=text("unit_kode") or None,
            periode=text("periode"),
            keparahan=text("keparahan"),
        )


class ActionInvalid(ValueError):
    """The values cannot be saved; `errors` are i18n keys with their parameters."""

    def __init__(self, errors: list[tuple[str, dict[str, Any]]]) -> None:
        self.errors = errors
        super().__init__(" ".join(self.messages("id")))

    def messages(self, lang: str | None = None) -> list[str]:
        """The messages in `lang` (default: the viewer's), dates and numbers
        formatted for that language."""
        out = []
        for key, params in self.errors:
            shown = {k: _shown(v, lang) for k, v in params.items()}
            out.append(t(key, lang, **shown))
        return out


def _shown(value: Any, lang: str | None) -> Any:
    if isinstance(value, dt.date):
        return fmt.fmt_date(value, lang=lang or get_lang())
    if isinstance(value, int):
        return fmt.fmt_int(value, lang=lang or get_lang())
    return value


class ActionNotFound(LookupError):
    """No action with that id."""


# --- time and periods -----------------------------------------------------------------


def today() -> dt.date:
    """Today in Sabang (WIB), the day overdue is judged against."""
    return dt.datetime.now(WIB).date()


def _now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def period_end(label: str) -> dt.date | None:
    """'2025-05' -> 31 May 2025, '2025-Q3' -> 30 Sep, '2025-S1' -> 30 Jun, '2025' ->
    31 Dec; None for an unknown label."""
    match = _PERIOD.match(str(label or "").strip())
    if not match:
        return None
    year, month, quarter, half = match.groups()
    if month:
        last = int(month)
    elif quarter:
        last = 3 * int(quarter)
    elif half:
        last = 6 * int(half)
    else:
        last = 12
    if not 1 <= last <= 12:
        return None
    first_of_next = dt.date(int(year) + (last == 12), last % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def is_overdue(status: str, tenggat: Any, on: dt.date | None = None) -> bool:
    """Open (not selesai/dibatalkan) and due before `on` (default: today in WIB)."""
    if status in CLOSED:
        return False
    due = as_date(tenggat)
    return due is not None and due < (on or today())


def as_date(value: Any) -> dt.date | None:
    if value is None or value != value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# --- validation -----------------------------------------------------------------------


def clean_text(value: Any) -> str:
    """Trimmed text without control characters (line breaks and tabs are kept)."""
    return _CONTROL.sub("", str(value or "")).strip()


def _validate(
    flag: FlagRef | None,
    *,
    jenis: str | None,
    pemilik: str,
    tenggat: Any,
    status: str | None,
    catatan: str,
    on: dt.date,
) -> list[tuple[str, dict[str, Any]]]:
    errors: list[tuple[str, dict[str, Any]]] = []
    if jenis not in JENIS:
        errors.append(("peringatan.err.jenis", {}))
    if not pemilik:
        errors.append(("peringatan.err.pemilik", {}))
    elif len(pemilik) > MAX_PEMILIK:
        errors.append(("peringatan.err.pemilik_panjang", {"maks": MAX_PEMILIK}))
    due = as_date(tenggat)
    start = period_end(flag.pertama_muncul) if flag else None
    if due is None:
        errors.append(("peringatan.err.tenggat", {}))
    elif start is not None and due < start:
        errors.append(("peringatan.err.tenggat_awal", {"tanggal": start}))
    elif due > on + dt.timedelta(days=MAX_TENGGAT_DAYS):
        errors.append(("peringatan.err.tenggat_jauh", {}))
    if status not in STATUS:
        errors.append(("peringatan.err.status", {}))
    if len(catatan) > MAX_CATATAN:
        errors.append(
            ("peringatan.err.catatan", {"maks": MAX_CATATAN, "n": len(catatan)})
        )
    return errors


def _check_scope(scope: Scope, opd_kode: str | None) -> None:
    """Individual access, and an OPD head only within their own OPD."""
    require_individual(scope)
    if scope.opd_kode is not None and (opd_kode or "") != scope.opd_kode:
        raise AccessDenied("tindak lanjut ini milik OPD lain")


# --- writing --------------------------------------------------------------------------


def record(
    scope: Scope,
    flag: FlagRef,
    *,
    jenis: str | None,
    pemilik: str,
    tenggat: Any,
    status: str | None = "direncanakan",
    catatan: str = "",
    now: dt.datetime | None = None,
) -> int:
    """Save a new action on `flag` and its first history row; returns the action id."""
    _check_scope(scope, flag.opd_kode)
    moment = now or dt.datetime.now(dt.UTC)
    pemilik, catatan = clean_text(pemilik), clean_text(catatan)
    errors = _validate(
        flag,
        jenis=jenis,
        pemilik=pemilik,
        tenggat=tenggat,
        status=status,
        catatan=catatan,
        on=moment.astimezone(WIB).date(),
    )
    if errors:
        raise ActionInvalid(errors)
    due = as_date(tenggat).isoformat()  # type: ignore[union-attr]
    at = moment.astimezone(dt.UTC).isoformat(timespec="seconds")
    user = current_user()
    with store.connect() as con, store.transaction(con):
        cursor = con.execute(
            "insert into follow_up_action (subjek_jenis, subjek_kode, sinyal,"
            " pertama_muncul, opd_kode, subjek_nama, unit_kode, periode_tanda,"
            " keparahan_tanda, jenis, pemilik, tenggat, status, catatan, created_at,"
            " created_by, created_role, updated_at)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                flag.subjek_jenis,
                flag.subjek_kode,
                flag.sinyal,
                flag.pertama_muncul,
                flag.opd_kode or "",
                flag.subjek_nama,
                flag.unit_kode,
                flag.periode,
                flag.keparahan,
                jenis,
                pemilik,
                due,
                status,
                catatan,
                at,
                user,
                scope.role,
                at,
            ),
        )
        action_id = int(cursor.lastrowid or 0)
        entry = (at, user, scope.role, "dibuat", status, due, pemilik, catatan, "")
        _insert_update(con, action_id, entry)
    audit.record(
        scope,
        page=PAGE,
        action="write",
        subject_type=flag.subjek_jenis,
        subject=flag.subjek_kode,
        detail=f"tindak_lanjut:{action_id} dibuat ({flag.sinyal})",
    )
    return action_id


def _insert_update(
    con: sqlite3.Connection, action_id: int, entry: tuple[Any, ...]
) -> None:
    """One history row: (at, user_name, role, change, status, tenggat, pemilik,
    catatan, detail)."""
    con.execute(
        "insert into follow_up_update (action_id, at, user_name, role, change, status,"
        " tenggat, pemilik, catatan, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (action_id, *entry),
    )


def update(
    scope: Scope,
    action_id: int,
    *,
    status: str | None = None,
    tenggat: Any = None,
    pemilik: str | None = None,
    catatan: str = "",
    now: dt.datetime | None = None,
) -> list[str]:
    """Change the status, due date or owner of an action and/or add a note; keeps a
    history row saying who changed what. Returns the changed field names."""
    current = get(scope, action_id)
    moment = now or dt.datetime.now(dt.UTC)
    new = {
        "status": current["status"] if status is None else status,
        "tenggat": current["tenggat"] if tenggat is None else tenggat,
        "pemilik": current["pemilik"] if pemilik is None else clean_text(pemilik),
    }
    note = clean_text(catatan)
    flag = FlagRef.from_row(current)
    errors = _validate(
        flag,
        jenis=current["jenis"],
        pemilik=new["pemilik"],
        tenggat=new["tenggat"],
        status=new["status"],
        catatan=note,
        on=moment.astimezone(WIB).date(),
    )
    if errors:
        raise ActionInvalid(errors)
    new["tenggat"] = as_date(new["tenggat"]).isoformat()  # type: ignore[union-attr]
    changed = [k for k in ("status", "tenggat", "pemilik") if new[k] != current[k]]
    if not changed and not note:
        raise ActionInvalid([("peringatan.err.tanpa_perubahan", {})])
    detail = "; ".join(f"{k}: {current[k]} -> {new[k]}" for k in changed)
    at = moment.astimezone(dt.UTC).isoformat(timespec="seconds")
    with store.connect() as con, store.transaction(con):
        con.execute(
            "update follow_up_action set status = ?, tenggat = ?, pemilik = ?,"
            " catatan = case when ? = '' then catatan else ? end, updated_at = ?"
            " where id = ?",
            (
                new["status"],
                new["tenggat"],
                new["pemilik"],
                note,
                note,
                at,
                action_id,
            ),
        )
        entry = (
            at,
            current_user(),
            scope.role,
            "diperbarui",
            new["status"],
            new["tenggat"],
            new["pemilik"],
            note,
            detail,
        )
        _insert_update(con, action_id, entry)
    audit.record(
        scope,
        page=PAGE,
        action="write",
        subject_type=current["subjek_jenis"],
        subject=current["subjek_kode"],
        detail=f"tindak_lanjut:{action_id} diperbarui ({detail or 'catatan'})",
    )
    return changed + (["catatan"] if note else [])


# --- reading --------------------------------------------------------------------------


def get(scope: Scope, action_id: int) -> dict[str, Any]:
    """One action (ActionNotFound if none; AccessDenied if another OPD's)."""
    require_individual(scope)
    with store.connect() as con:
        row = con.execute(
            "select * from follow_up_action where id = ?", (int(action_id),)
        ).fetchone()
    if row is None:
        raise ActionNotFound(action_id)
    found = dict(row)
    _check_scope(scope, found["opd_kode"])
    return found


def list_actions(
    scope: Scope, opd: str | None = None, on: dt.date | None = None
) -> pd.DataFrame:
    """Every action the viewer may see (optionally one OPD), newest first, with
    `terlambat` (overdue on `on`, default today) computed."""
    require_individual(scope)
    with store.connect() as con:
        rows = con.execute(
            "select * from follow_up_action"
            " where (? is null or opd_kode = ?) and (? is null or opd_kode = ?)"
            " order by created_at desc, id desc",
            (scope.opd_kode, scope.opd_kode, opd, opd),
        ).fetchall()
    df = pd.DataFrame([dict(r) for r in rows], columns=ACTION_COLUMNS)
    day = on or today()
    df["terlambat"] = [
        is_overdue(s, d, day) for s, d in zip(df["status"], df["tenggat"], strict=True)
    ]
    return df


def history(scope: Scope, action_id: int) -> pd.DataFrame:
    """The history rows of one action, oldest first."""
    get(scope, action_id)  # scope check
    with store.connect() as con:
        rows = con.execute(
            "select * from follow_up_update where action_id = ? order by id",
            (int(action_id),),
        ).fetchall()
    return pd.DataFrame([dict(r) for r in rows], columns=UPDATE_COLUMNS)
