"""Who is looking, and what they may see (PRODUCT.md §7). Deny by default.

Every query function takes a `Scope` first. When `opd_kode` is set, the query restricts
rows to that OPD in SQL (a `$scope_opd` parameter), so a scoped viewer never receives
another OPD's rows, not even in a download. Functions returning names or NIPs call
`require_individual(scope)` first. `PAGE_ROLES` says which roles get which page: a page
is not registered in the navigation for other roles (app.py). The signed-in viewer is
put in the session by auth.py; without one, `current_scope()` is the public role.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

ROLES = ("wali_kota", "bkpsdm", "kepala_opd", "operator", "publik")
# Roles that may see individual-level data (names, NIPs, small groups).
INDIVIDUAL_ROLES = frozenset({"bkpsdm", "kepala_opd"})
# Aggregates over fewer people than this are hidden from roles without individual
# access (aturan.toml [data] min_orang_agregat; the default used when unknown).
MIN_GROUP_DEFAULT = 5


@dataclass(frozen=True)
class Scope:
    role: str
    opd_kode: str | None = None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role: {self.role!r}")

    @property
    def individual_access(self) -> bool:
        return self.role in INDIVIDUAL_ROLES

    def params(self) -> dict[str, str | None]:
        """The SQL parameter every scoped query uses."""
        return {"scope_opd": self.opd_kode}


FULL_ACCESS = Scope("bkpsdm", None)
NO_ACCESS = Scope("publik", None)
VIEWER_KEY = "_viewer"

_LEADERSHIP = frozenset({"wali_kota", "bkpsdm", "kepala_opd"})
_INDIVIDUAL = frozenset({"bkpsdm", "kepala_opd"})
# Page file stem -> the roles it is registered for (a page missing here: nobody).
PAGE_ROLES: dict[str, frozenset[str]] = {
    "ringkasan_kota": _LEADERSHIP,
    "kesehatan": _LEADERSHIP,
    "pariwisata": _LEADERSHIP,
    "pemberdayaan": _LEADERSHIP,
    "kinerja_pegawai": _INDIVIDUAL,
    "peringatan_dini": _INDIVIDUAL,
    "kebutuhan_pelatihan": _INDIVIDUAL,
    # Everyone; `publik` sees confirmed awardees only (the page asks the scope).
    "penghargaan": frozenset(ROLES),
    "kualitas_data": frozenset({"bkpsdm", "operator"}),
    "tentang_indikator": frozenset({"wali_kota", "bkpsdm", "kepala_opd", "operator"}),
    "log_audit": frozenset({"bkpsdm"}),
}


@dataclass(frozen=True)
class Viewer:
    """A signed-in person: account name, role, OPD scope, how they signed in."""

    name: str
    role: str
    opd_kode: str | None
    mode: str  # 'login' | 'sso' | 'demo'

    @property
    def scope(self) -> Scope:
        return Scope(self.role, self.opd_kode)


def may_open(role: str, page: str) -> bool:
    return role in PAGE_ROLES.get(page, frozenset())


class AccessDenied(Exception):
    """The viewer's role may not see this data."""


def require_individual(scope: Scope) -> None:
    """Stop a data function that returns individual-level rows (names, NIPs) for a
    role without individual access; the page is not registered for such roles, this
    is the second lock in the data layer."""
    if not scope.individual_access:
        raise AccessDenied(f"role {scope.role} has no individual-level access")


def current_viewer() -> Viewer | None:
    try:
        found = st.session_state.get(VIEWER_KEY)
    except Exception:  # outside a Streamlit run
        return None
    return found if isinstance(found, Viewer) else None


def current_scope() -> Scope:
    """The signed-in viewer's scope; nobody signed in: the public role (least)."""
    found = current_viewer()
    return found.scope if found else NO_ACCESS


def current_user() -> str:
    """The signed-in user's name, for the audit log ('-' when nobody is)."""
    found = current_viewer()
    return found.name if found else "-"


def suppress_small(
    df: pd.DataFrame,
    scope: Scope,
    *,
    count_column: str,
    value_columns: tuple[str, ...],
    min_n: int = MIN_GROUP_DEFAULT,
) -> pd.DataFrame:
    """For roles without individual access, blank the figures (`value_columns`) of
    rows describing fewer than `min_n` people (a share of 3 people says too much about
    each of them) and mark them in a `ditekan` column; the head count itself stays.
    Other roles get the frame unchanged (plus the column, False). Applied inside the
    query functions, so downloads obey it too."""
    out = df.copy()
    counts = pd.to_numeric(out[count_column], errors="coerce").fillna(0)
    small = (counts < min_n) & (counts > 0) if len(out) else counts.astype(bool)
    hide = small & (not scope.individual_access)
    out["ditekan"] = hide.astype(bool)
    if hide.any():
        for column in value_columns:
            out[column] = out[column].where(~hide)
    return out
