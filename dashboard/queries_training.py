"""Data access of Kebutuhan Pelatihan: competency gaps, JP compliance, priority list.

Same rules as dashboard/queries.py: marts only, `$name` parameters, the viewer's
`Scope` first (`$scope_opd` restricts rows in SQL) and the warehouse version second.
The priority list names people, so it calls `access.require_individual` first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from dashboard import access, config, db
from dashboard.access import Scope

if TYPE_CHECKING:  # page_data imports dashboard.queries; only the types are needed
    from dashboard.page_data import Call, PageArgs

_TTL = config.CACHE_TTL_SECONDS


def _params(scope: Scope, **values: Any) -> dict[str, Any]:
    return {**scope.params(), **values}


GAPS_SQL = """
select opd_kode, opd_nama, opd_singkatan, kompetensi, jenis, jalur, bentuk,
    rekomendasi_pelatihan, rute_bawaan, jp, n_dinilai, n_kesenjangan,
    pct_kesenjangan, jumlah_kesenjangan, rata_kesenjangan
from mart_training_gap_opd
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by opd_kode, kompetensi
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def competency_gaps(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """Per OPD x competency of the year: staff assessed, with a gap, mean gap, route."""
    return db.query_df(GAPS_SQL, _params(scope, tahun=tahun, opd=opd))


JP_OPD_SQL = """
select opd_kode, opd_nama, opd_singkatan, tahun_berjalan, n_pegawai, n_pns,
    n_pns_memenuhi, n_pns_kurang, n_pns_tanpa_jp, pct_pns_memenuhi, jumlah_jp_pns,
    rata_jp_pns, n_pppk, n_pppk_melebihi_batas, jumlah_jp_pppk, rata_jp_pppk,
    jp_klasikal, jp_nonklasikal, jp_total, pct_jp_nonklasikal,
    n_dinilai_kompetensi, n_dengan_kesenjangan, data_sampai
from mart_training_opd
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by opd_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def jp_by_opd(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """Per OPD of the year: PNS against the 20 JP right, PPPK against the 24 JP cap,
    klasikal / nonklasikal JP, staff with a competency gap."""
    return db.query_df(JP_OPD_SQL, _params(scope, tahun=tahun, opd=opd))


NEEDS_COUNT_SQL = """
select count(distinct nip) as n_orang,
    count(distinct nip) filter (where skor_prioritas > 0) as n_prioritas,
    count(distinct nip) filter (where kinerja_rendah) as n_kinerja_rendah,
    max(tahun_ini) as tahun_ini
from mart_training_needs
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def needs_counts(scope: Scope, version: str | None, opd: str | None) -> dict[str, Any]:
    """People with an open gap now: all, with a priority reason (low performer or
    PNS under the JP right), low performers; and the year of the cut-off."""
    df = db.query_df(NEEDS_COUNT_SQL, _params(scope, opd=opd))
    return {} if df.empty else df.iloc[0].to_dict()


# The priority list holds at most this many rows (the first by priority): a province
# has over 100,000 open needs, and a table that long is neither readable nor cheap to
# send to the browser; an OPD's list fits whole.
LIST_LIMIT = 10_000

PRIORITY_TOTAL_SQL = """
select count(*) as n
from mart_training_needs
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def priority_total(scope: Scope, version: str | None, opd: str | None) -> int:
    """How many open needs the priority list would hold without its limit."""
    frame = db.query_df(PRIORITY_TOTAL_SQL, _params(scope, opd=opd))
    return int(frame["n"].iloc[0])


PRIORITY_SQL = """
select nip, nama, opd_kode, opd_nama, unit_kerja, jenis_asn, kompetensi, jenis,
    jalur, bentuk, rekomendasi_pelatihan, rute_bawaan, level_standar, level_aktual,
    kesenjangan, jp, tahun_ini, jp_tahun_ini, jp_hak, jp_batas, jp_status,
    kinerja_rendah, skor_prioritas, prioritas, tanggal_asesmen
from mart_training_needs
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by urutan_prioritas
limit $limit
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def priority_list(scope: Scope, version: str | None, opd: str | None) -> pd.DataFrame:
    """Every open gap of a person (names, NIPs), highest priority first
    (mart_training_needs.urutan_prioritas: priority, then the fewer JP this year,
    then the person's largest gap; a person's rows stay together, their largest gap
    first); at most LIST_LIMIT rows."""
    access.require_individual(scope)
    return db.query_df(
        PRIORITY_SQL, _params(scope, opd=opd, limit=LIST_LIMIT), large=True
    )


# --- benchmark mapping ----------------------------------------------------------------


def page_data(a: PageArgs) -> dict[str, list[Call]]:
    """The cached calls of Kebutuhan Pelatihan's first view (dashboard/page_data.py):
    the page file's, then the priority list (training_blocks.priority_section)."""
    from dashboard import queries

    args = (a.scope, a.version, a.tahun, a.opd)
    calls: list[Call] = [
        (queries.rules, (a.scope, a.version)),
        (queries.meta_build, (a.scope, a.version)),
        (competency_gaps, args),
        (jp_by_opd, args),
        (needs_counts, (a.scope, a.version, a.opd)),
    ]
    if a.scope.individual_access:
        calls.append((priority_list, (a.scope, a.version, a.opd)))
        calls.append((priority_total, (a.scope, a.version, a.opd)))
    return {"kebutuhan_pelatihan": calls}
