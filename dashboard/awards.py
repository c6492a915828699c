"""Award decisions: BKPSDM confirms or removes the nominees the rules propose.

Decisions live in the app's store (`award_decision`, migration 3), never in the
warehouse, so a new import or a rebuild never loses them. The table is append-only:
every confirmation or removal is a new row with who, when, the role, the reason (a
removal needs one), the evidence as it stood and the snapshot it was made on; the
latest row per nomination (tahun, aturan, subjek_jenis, subjek_kode) is the decision
in force, so a removed nominee can be confirmed again and the history stays.

- Only `bkpsdm` decides (`AccessDenied` otherwise).
- What is announced is copied when confirmed: name, jabatan or unit, OPD, sector and
  the short citation (`kutipan`), which BKPSDM may edit. `awardees()` returns only
  those columns of the confirmed nominees: it is what the public role sees (no NIP or
  unit code, no evidence, no flags, no removed nominees).
- Scope: a viewer limited to one OPD reads only that OPD's decisions.
- Texts are stored as typed (trimmed, control characters removed) and shown as plain
  text (escaped in HTML, neutralised in spreadsheets).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import audit, store
from dashboard.access import AccessDenied, Scope, current_user, require_individual

RULES = ("asn_terbaik", "capaian_sektor", "unit_meningkat", "ikm_terbaik")
DECIDER_ROLES = frozenset({"bkpsdm"})
CONFIRMED, REMOVED = "dikonfirmasi", "dihapus"
MAX_KUTIPAN = 300
MAX_ALASAN = 500
PAGE = "penghargaan"
KEY = ["tahun", "aturan", "subjek_jenis", "subjek_kode"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# The announced columns: what the public role may see of a confirmed awardee.
PUBLIC_COLUMNS = [
    "tahun",
    "aturan",
    "subjek_jenis",
    "subjek_nama",
    "jabatan",
    "unit_nama",
    "opd_kode",
    "opd_nama",
    "sektor",
    "kutipan",
    "decided_at",
]
DECISION_COLUMNS = [
    "id",
    *KEY,
    "opd_kode",
    "keputusan",
    "subjek_nama",
    "jabatan",
    "unit_nama",
    "opd_nama",
    "sektor",
    "kutipan",
    "bukti",
    "alasan",
    "snapshot_id",
    "data_sampai",
    "decided_at",
    "decided_by",
    "decided_role",
]


class DecisionInvalid(ValueError):
    """The decision cannot be saved; `key` is the i18n key of the reason."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key, self.params = key, params
        super().__init__(key)


@dataclass(frozen=True)
class Nomination:
    """A nominee as the rules proposed it (a mart_award_nominations row)."""

    tahun: int
    aturan: str
    subjek_jenis: str
    subjek_kode: str
    subjek_nama: str
    opd_kode: str = ""
    jabatan: str = ""
    unit_nama: str = ""
    opd_nama: str = ""
    sektor: str = ""
    bukti: str = ""
    kutipan: str = ""
    data_sampai: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Nomination:
        def text(name: str) -> str:
            value = row.get(name)
            if value is None or value != value:
                return ""
            return str(value)[:10] if name == "data_sampai" else str(value)

        return cls(
            tahun=int(row["tahun"]),
            aturan=text("aturan"),
            subjek_jenis=text("subjek_jenis"),
            subjek_kode=text("subjek_kode"),
            subjek_nama=text("subjek_nama"),
            opd_kode=text("opd_kode"),
            jabatan=text("jabatan"),
            unit_nama=text("unit_nama"),
            opd_nama=text("opd_nama"),
            sektor=text("sektor"),
            bukti=text("bukti"),
            kutipan=text("kutipan"),
            data_sampai=text("data_sampai"),
        )


def clean_text(value: Any) -> str:
    """Trimmed text without control characters."""
    return _CONTROL.sub("", str(value or "")).strip()


def _check_decider(scope: Scope, nomination: Nomination) -> None:
    if scope.role not in DECIDER_ROLES:
        raise AccessDenied(f"role {scope.role} may not confirm awards")
    if scope.opd_kode is not None and nomination.opd_kode != scope.opd_kode:
        raise AccessDenied("nominasi ini milik OPD lain")
    if nomination.aturan not in RULES or nomination.subjek_jenis not in (
        "pegawai",
        "unit",
    ):
        raise DecisionInvalid("penghargaan.err.aturan")


def _now(now: dt.datetime | None) -> str:
    moment = now or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _save(
    scope: Scope,
    nomination: Nomination,
    keputusan: str,
    *,
    kutipan: str,
    alasan: str,
    snapshot_id: str | None,
    now: dt.datetime | None,
) -> int:
    at = _now(now)
    with store.connect() as con, store.transaction(con):
        cursor = con.execute(
            "insert into award_decision (tahun, aturan, subjek_jenis, subjek_kode,"
            " opd_kode, keputusan, subjek_nama, jabatan, unit_nama, opd_nama, sektor,"
            " kutipan, bukti, alasan, snapshot_id, data_sampai, decided_at,"
            " decided_by, decided_role)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                nomination.tahun,
                nomination.aturan,
                nomination.subjek_jenis,
                nomination.subjek_kode,
                nomination.opd_kode,
                keputusan,
                nomination.subjek_nama,
                nomination.jabatan,
                nomination.unit_nama,
                nomination.opd_nama,
                nomination.sektor,
                kutipan,
                nomination.bukti,
                alasan,
                snapshot_id,
                nomination.data_sampai or None,
                at,
                current_user(),
                scope.role,
            ),
        )
        decision_id = int(cursor.lastrowid or 0)
    audit.record(
        scope,
        page=PAGE,
        action="write",
        subject_type=nomination.subjek_jenis,
        subject=nomination.subjek_kode,
        detail=f"penghargaan:{decision_id} {keputusan} ({nomination.aturan} "
        f"{nomination.tahun})",
    )
    return decision_id


def confirm(
    scope: Scope,
    nomination: Nomination,
    *,
    kutipan: str | None = None,
    snapshot_id: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Confirm a nominee with the citation to announce (default: the rule's own);
    returns the decision id."""
    _check_decider(scope, nomination)
    text = clean_text(nomination.kutipan if kutipan is None else kutipan)
    if not text:
        raise DecisionInvalid("penghargaan.err.kutipan")
    if len(text) > MAX_KUTIPAN:
        raise DecisionInvalid("penghargaan.err.kutipan_panjang", maks=MAX_KUTIPAN)
    return _save(
        scope,
        nomination,
        CONFIRMED,
        kutipan=text,
        alasan="",
        snapshot_id=snapshot_id,
        now=now,
    )


def remove(
    scope: Scope,
    nomination: Nomination,
    *,
    alasan: str,
    snapshot_id: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Remove a nominee (a reason is required); returns the decision id."""
    _check_decider(scope, nomination)
    reason = clean_text(alasan)
    if not reason:
        raise DecisionInvalid("penghargaan.err.alasan")
    if len(reason) > MAX_ALASAN:
        raise DecisionInvalid("penghargaan.err.alasan_panjang", maks=MAX_ALASAN)
    return _save(
        scope,
        nomination,
        REMOVED,
        kutipan="",
        alasan=reason,
        snapshot_id=snapshot_id,
        now=now,
    )


_LATEST_SQL = """
select d.* from award_decision as d
where d.id = (
    select max(e.id) from award_decision as e
    where e.tahun = d.tahun and e.aturan = d.aturan
        and e.subjek_jenis = d.subjek_jenis and e.subjek_kode = d.subjek_kode
)
    and (? is null or d.tahun = ?)
    and (? is null or d.opd_kode = ?)
order by d.tahun, d.aturan, d.sektor, d.subjek_nama, d.id
"""


def _latest(scope: Scope, tahun: int | None) -> pd.DataFrame:
    year = None if tahun is None else int(tahun)
    with store.connect() as con:
        rows = con.execute(
            _LATEST_SQL, (year, year, scope.opd_kode, scope.opd_kode)
        ).fetchall()
    return pd.DataFrame([dict(r) for r in rows], columns=DECISION_COLUMNS)


def decisions(scope: Scope, tahun: int | None) -> pd.DataFrame:
    """The decision in force per nomination (confirmed and removed, with codes,
    evidence and reasons): individual access only."""
    require_individual(scope)
    return _latest(scope, tahun)


def awardees(scope: Scope, tahun: int | None) -> pd.DataFrame:
    """Confirmed awardees, announced columns only (any role, the public one too),
    in rule order."""
    found = _latest(scope, tahun)
    found = found[found["keputusan"] == CONFIRMED]
    order = {rule: i for i, rule in enumerate(RULES)}
    found = found.assign(_order=found["aturan"].map(order)).sort_values(
        ["tahun", "_order", "sektor", "subjek_nama"], kind="stable"
    )
    return found[PUBLIC_COLUMNS].reset_index(drop=True)


def history(scope: Scope, tahun: int | None) -> pd.DataFrame:
    """Every decision row, newest first (who, when, what, why): individual access."""
    require_individual(scope)
    year = None if tahun is None else int(tahun)
    with store.connect() as con:
        rows = con.execute(
            "select * from award_decision where (? is null or tahun = ?)"
            " and (? is null or opd_kode = ?) order by id desc",
            (year, year, scope.opd_kode, scope.opd_kode),
        ).fetchall()
    return pd.DataFrame([dict(r) for r in rows], columns=DECISION_COLUMNS)


def awardee_years(scope: Scope) -> list[int]:
    """Years with at least one confirmed awardee, newest first."""
    found = awardees(scope, None)
    return sorted({int(y) for y in found["tahun"]}, reverse=True)
