"""What each page loads on its first view: page -> the cached query calls it makes.

Used by the benchmark harness (``python -m pipelines.bench``) to time "each page's
data" cold (caches cleared) and warm (cached), without a browser. The calls are the
ones the page file makes with every picker at its default (all OPDs, all sectors, the
latest year), plus the shell's calls (``SHELL``), which every first view needs too.

Contract for new pages: a module ``dashboard/queries_<topic>.py`` that serves a page
may define

    def page_data(a: PageArgs) -> dict[str, list[Call]]:
        return {"kinerja_pegawai": [(predikat_distribution, (a.scope, a.version,
                                     a.tahun, a.opd)), ...]}

(page file stem -> the ``@st.cache_data`` functions the page calls and their
arguments). ``all_page_data`` discovers those modules; a page under ``pages/`` that no
mapping names is reported by the harness as not measured, never silently skipped.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import dashboard
from dashboard import access, db, queries

Call = tuple[Callable[..., Any], tuple[Any, ...]]
SHELL = "shell"  # the calls the app shell makes before any page


@dataclass(frozen=True)
class PageArgs:
    """The state of a first view: full access, latest year, no filters."""

    scope: access.Scope
    version: str | None
    journal_version: str | None
    tahun: int | None
    opd: str | None = None
    sektor: str | None = None


def default_args() -> PageArgs:
    """The first view of the current warehouse (KINERJA_DB)."""
    scope, version = access.FULL_ACCESS, db.warehouse_version()
    years = queries.years.__wrapped__(scope, version)
    return PageArgs(scope, version, db.journal_version(), years[0] if years else None)


def _rule(a: PageArgs, key: str, default: float) -> float:
    return queries.rules.__wrapped__(a.scope, a.version).get(key, default)


def shell_calls(a: PageArgs) -> list[Call]:
    return [
        (queries.meta_build, (a.scope, a.version)),
        (queries.years, (a.scope, a.version)),
        (queries.sector_options, (a.scope, a.version)),
        (queries.opd_options, (a.scope, a.version)),
    ]


def _ringkasan(a: PageArgs) -> list[Call]:
    args = (a.scope, a.version, a.tahun, a.opd, a.sektor)
    min_pct = _rule(a, "sinyal.ketidaksesuaian_min_pct_indikator_gagal", 50)
    trend = queries.trend_by_indicator if a.sektor else queries.trend_by_sector
    return [
        (queries.scorecard, args),
        (queries.staff_summary, args),
        (queries.ikm_summary, args),
        (queries.alerts, args),
        (queries.import_journal, (a.scope, a.journal_version)),
        (queries.unit_scorecard, args),
        (trend, args),
        (queries.opd_league, args),
        (queries.rules, (a.scope, a.version)),
        (queries.mismatch_units, (*args, min_pct)),
    ]


def _kesehatan(a: PageArgs) -> list[Call]:
    args = (a.scope, a.version, a.tahun, a.opd)
    return [
        (queries.rules, (a.scope, a.version)),
        (queries.health_coverage, (*args, "KES-IDL")),
        (queries.gampong_uci, args),
        (queries.drop_out, args),
        (queries.unit_outcome, (*args, "kesehatan")),
    ]


def _pariwisata(a: PageArgs) -> list[Call]:
    args = (a.scope, a.version, a.tahun, a.opd)
    return [
        (queries.rules, (a.scope, a.version)),
        (queries.meta_build, (a.scope, a.version)),
        (queries.ikm_units, args),
        (queries.tourism_visits, args),
        (queries.indicator_periods, (*args, "PAR-ADUAN")),
        (queries.unit_outcome, (*args, "pariwisata")),
    ]


def _pemberdayaan(a: PageArgs) -> list[Call]:
    args = (a.scope, a.version, a.tahun, a.opd)
    return [
        (queries.rules, (a.scope, a.version)),
        (queries.gampong_outcome, args),
        (queries.indicator_periods, (*args, "PMD-PARTISIPASI")),
        (queries.unit_outcome, (*args, "pemberdayaan")),
    ]


def _kualitas_data(a: PageArgs) -> list[Call]:
    kinds = queries.completeness_kinds.__wrapped__(a.scope, a.version, a.tahun)
    calls: list[Call] = [
        (queries.import_journal, (a.scope, a.journal_version)),
        (queries.import_log, (a.scope, a.version)),
        (queries.quarantine_files, (a.scope, a.version)),
        (queries.quarantine, (a.scope, a.version, None)),
        (queries.completeness_kinds, (a.scope, a.version, a.tahun)),
    ]
    if kinds:
        grid = (a.scope, a.version, a.tahun, kinds[0], a.opd, a.sektor)
        calls.append((queries.completeness, grid))
    return calls


def _tentang_indikator(a: PageArgs) -> list[Call]:
    return [
        (queries.indicator_catalogue, (a.scope, a.version, a.opd, a.sektor)),
        (queries.rules, (a.scope, a.version)),
    ]


CORE: dict[str, Callable[[PageArgs], list[Call]]] = {
    "ringkasan_kota": _ringkasan,
    "kesehatan": _kesehatan,
    "pariwisata": _pariwisata,
    "pemberdayaan": _pemberdayaan,
    "kualitas_data": _kualitas_data,
    "tentang_indikator": _tentang_indikator,
}


def discovered_modules() -> list[str]:
    """The dashboard.queries_* modules (each may define ``page_data``)."""
    return sorted(
        f"dashboard.{m.name}"
        for m in pkgutil.iter_modules(dashboard.__path__)
        if m.name.startswith("queries_")
    )


def all_page_data(a: PageArgs) -> dict[str, list[Call]]:
    """page file stem -> its calls (the shell's under ``SHELL``)."""
    pages = {SHELL: shell_calls(a), **{p: f(a) for p, f in CORE.items()}}
    for name in discovered_modules():
        module = importlib.import_module(name)
        extra = getattr(module, "page_data", None)
        if callable(extra):
            for page, calls in extra(a).items():
                pages.setdefault(page, []).extend(calls)
    return pages
