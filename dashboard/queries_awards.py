"""Cached queries of the Penghargaan page (award nominations), one per dataset.

Same rules as queries.py: marts only, `$name` parameters, the viewer's `Scope` first
and the warehouse version second (a frozen snapshot has its own version, so its
results are cached apart from the live warehouse's). Nominations of people carry names
and NIPs: `person_nominations` asks `require_individual` first.
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


UNIT_NOMINATIONS_SQL = """
select tahun, aturan, aturan_urutan, subjek_jenis, subjek_kode, subjek_nama, jabatan,
    unit_kode, unit_nama, opd_kode, opd_nama, sektor, kelompok, nilai, peringkat,
    n_kandidat, nominasi, n_bertarget, n_tercapai, rata_capaian_pct,
    rata_capaian_sebelumnya, kenaikan_poin, ikm, mutu, kinerja_unit, n_responden,
    berjalan, data_sampai, bukti, kutipan
from mart_award_nominations
where subjek_jenis = 'unit' and tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
order by aturan_urutan, kelompok, peringkat, subjek_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def unit_nominations(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Every unit candidate of the year's unit rules (capaian_sektor, unit_meningkat,
    ikm_terbaik) with its rank and evidence; `nominasi` marks the nominees."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(UNIT_NOMINATIONS_SQL, params)


PERSON_NOMINATIONS_SQL = """
select tahun, aturan, aturan_urutan, subjek_jenis, subjek_kode, subjek_nama, nip,
    jabatan, unit_kode, unit_nama, opd_kode, opd_nama, sektor, kelompok, nilai,
    peringkat, n_kandidat, nominasi, predikat_tahunan, n_periode, n_baik_ke_atas,
    n_sangat_baik, pct_baik_ke_atas, data_sampai, bukti, kutipan
from mart_award_nominations
where subjek_jenis = 'pegawai' and tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
order by opd_nama, peringkat, subjek_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def person_nominations(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Candidates of the asn_terbaik rule (names and NIPs): individual access only."""
    require_individual(scope)
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(PERSON_NOMINATIONS_SQL, params)


SECTOR_ATTAINMENT_SQL = """
select sektor, count(*) as n_unit, avg(rata_capaian_pct) as rata_capaian_pct,
    sum(n_tercapai) as n_tercapai, sum(n_bertarget) as n_bertarget
from mart_unit_outcome_rating
where tahun = $tahun and n_bertarget > 0
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
group by sektor
order by sektor
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def sector_attainment(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Per sector: units with targeted indicators, their mean attainment and the
    indicators on target (the briefing's sector highlights)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(SECTOR_ATTAINMENT_SQL, params)


# --- benchmark mapping ----------------------------------------------------------------


def page_data(a: PageArgs) -> dict[str, list[Call]]:
    """The cached calls of Penghargaan's first view (dashboard/page_data.py) on the
    live data (no snapshot chosen): awards_blocks.load, and the OPD names of the
    deck's filter line (awards_blocks.deck). Decisions, awardees and snapshots are
    read from the app store, not cached; the public role's page reads the store
    only, so it has no mapping."""
    from dashboard import queries

    if a.scope.role == "publik":
        return {}
    args = (a.scope, a.version, int(a.tahun or 0), a.opd, a.sektor)
    calls: list[Call] = [
        (queries.meta_build, (a.scope, a.version)),
        (queries.rules, (a.scope, a.version)),
        (unit_nominations, args),
    ]
    if a.scope.individual_access:
        calls.append((person_nominations, args))
    calls += [
        (sector_attainment, args),
        (queries.scorecard, args),
        (queries.opd_options, (a.scope, a.version)),
    ]
    return {"penghargaan": calls}
