"""Peringatan Dini: cached reads of mart_flags and of the measures that show whether
a flag moved after a follow-up action.

Same rules as queries.py: marts only, `$name` parameters, the viewer's `Scope` first
and the warehouse version second, `$scope_opd` in every query. Every function here
serves the individual-level watch list (names, NIPs), so each calls
`require_individual` first. Lists of subjects are passed as tuples (hashable for the
cache) and bound as one list parameter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from dashboard import config, db
from dashboard.access import Scope, require_individual

if TYPE_CHECKING:  # page_data imports dashboard.queries; only the types are needed
    from dashboard.page_data import Call, PageArgs

_TTL = config.CACHE_TTL_SECONDS


def _params(scope: Scope, **values: Any) -> dict[str, Any]:
    return {**scope.params(), **values}


def _listed(values: tuple[str, ...]) -> list[str]:
    """A list parameter; never empty (DuckDB cannot type an empty list)."""
    return list(values) or [""]


FLAG_PERIODS_SQL = """
select periode, any_value(periode_jenis) as periode_jenis,
    max(periode_selesai) as periode_selesai, count(*) as n_tanda
from mart_flags
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
group by periode
order by periode_selesai desc, periode desc
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def flag_periods(scope: Scope, version: str | None, opd: str | None) -> pd.DataFrame:
    """Periods with any flag (newest first) and how many flags each holds."""
    require_individual(scope)
    return db.query_df(FLAG_PERIODS_SQL, _params(scope, opd=opd))


# Above this many flags in view the page shows the flags per OPD instead of one list
# (a province carries tens of thousands of current flags; an OPD's fit in a list).
LIST_LIMIT = 20_000

FLAG_COUNTS_SQL = """
select opd_kode, any_value(opd_nama) as opd_nama, sinyal, keparahan, lama_periode,
    count(*) as n
from mart_flags
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and (($periode is null and terkini) or periode = $periode)
group by opd_kode, sinyal, keparahan, lama_periode
order by opd_kode, sinyal, keparahan, lama_periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def flag_counts(
    scope: Scope, version: str | None, opd: str | None, periode: str | None
) -> pd.DataFrame:
    """How many flags (current, or of one period) per OPD, signal, severity and
    persistence: the size of the watch list before it is loaded, and its KPIs and
    per-OPD counts (filtered like the list) when it is too long."""
    require_individual(scope)
    return db.query_df(FLAG_COUNTS_SQL, _params(scope, opd=opd, periode=periode))


WATCH_LIST_SQL = """
select subjek_jenis, subjek_kode, sinyal, periode, periode_jenis, periode_selesai,
    opd_kode, opd_nama, unit_kode, unit_kerja, subjek_nama, keparahan,
    pertama_muncul, lama_periode, terkini, alasan, komponen, n_komponen_aktif
from mart_flags
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and (($periode is null and terkini) or periode = $periode)
order by subjek_jenis, subjek_kode, sinyal, periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def watch_list(
    scope: Scope, version: str | None, opd: str | None, periode: str | None
) -> pd.DataFrame:
    """The flags on now (`periode` None: each subject's latest evaluated period is
    flagged, mart_flags.terkini) or the flags of one period."""
    require_individual(scope)
    return db.query_df(
        WATCH_LIST_SQL, _params(scope, opd=opd, periode=periode), large=True
    )


FLAG_SERIES_SQL = """
select subjek_jenis, subjek_kode, sinyal, periode, periode_jenis, periode_selesai,
    opd_kode, subjek_nama, unit_kode, keparahan, pertama_muncul, lama_periode,
    terkini, alasan, komponen, n_komponen_aktif
from mart_flags
where ($scope_opd is null or opd_kode = $scope_opd)
    and list_contains($kodes, subjek_kode)
order by subjek_kode, sinyal, periode_selesai, periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def flag_series(
    scope: Scope, version: str | None, kodes: tuple[str, ...]
) -> pd.DataFrame:
    """Every flagged period of the given subjects (NIPs or unit codes)."""
    require_individual(scope)
    return db.query_df(FLAG_SERIES_SQL, _params(scope, kodes=_listed(kodes)))


PREDIKAT_SQL = """
select nip, periode, periode_jenis, periode_selesai, predikat_kinerja, skor_predikat
from mart_employee_period
where ($scope_opd is null or opd_kode = $scope_opd)
    and list_contains($nips, nip)
    and skor_predikat is not null
order by nip, periode_selesai, periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def predikat_series(
    scope: Scope, version: str | None, nips: tuple[str, ...]
) -> pd.DataFrame:
    """The predikat of each evaluated SKP period (periodic and annual) of the NIPs."""
    require_individual(scope)
    return db.query_df(PREDIKAT_SQL, _params(scope, nips=_listed(nips)))


ATTAINMENT_SQL = """
select unit_kode, kode_indikator, periode, periode_jenis, periode_selesai,
    capaian_pct, status
from mart_indicator_attainment
where tingkat = 'unit'
    and ($scope_opd is null or opd_kode = $scope_opd)
    and list_contains($units, unit_kode)
    and capaian_pct is not null
order by unit_kode, kode_indikator, periode_selesai, periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def attainment_series(
    scope: Scope, version: str | None, units: tuple[str, ...]
) -> pd.DataFrame:
    """Attainment (% of target) of each indicator of the units, period by period."""
    require_individual(scope)
    return db.query_df(ATTAINMENT_SQL, _params(scope, units=_listed(units)))


# --- benchmark mapping ----------------------------------------------------------------


def page_data(a: PageArgs) -> dict[str, list[Call]]:
    """The cached calls of Peringatan Dini's first view (dashboard/page_data.py): the
    period picker's options, the flag counts, and the current flags (periode None)
    unless there are more than LIST_LIMIT of them (then the page shows the counts per
    OPD instead). The follow-up register's flag_series / predikat_series /
    attainment_series depend on the actions in the app store (not a cached query); a
    fresh store has none, so they are not called and not listed here."""
    calls: list[Call] = [
        (flag_periods, (a.scope, a.version, a.opd)),
        (flag_counts, (a.scope, a.version, a.opd, None)),
    ]
    counts = flag_counts.__wrapped__(a.scope, a.version, a.opd, None)
    if int(counts["n"].sum()) <= LIST_LIMIT:
        calls.append((watch_list, (a.scope, a.version, a.opd, None)))
    return {"peringatan_dini": calls}
