"""Who is looking, and what they may see (PRODUCT.md §7).

Every query function takes a `Scope` first. When `opd_kode` is set, the query restricts
rows to that OPD in SQL (a `$scope_opd` parameter), so a scoped viewer never receives
another OPD's rows, not even in a download. Logins arrive in a later issue; until then
`current_scope()` grants BKPSDM's full access.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def current_scope() -> Scope:
    """The viewer's scope. For now everyone is BKPSDM (full access)."""
    return FULL_ACCESS
