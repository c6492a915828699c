"""One cached function per dataset, each with its SQL right above it.

Rules: read marts, import_log, quarantine, meta_build and ref_* only; values go in as
`$name` parameters; every function takes the viewer's `Scope` first (`$scope_opd`
restricts rows to one OPD in SQL) and the warehouse version second, so a new build
invalidates the cache. Logic longer than ~15 lines or needing joins belongs in a mart.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import access, config, db
from dashboard.access import Scope

_TTL = config.CACHE_TTL_SECONDS


def _params(scope: Scope, **values: Any) -> dict[str, Any]:
    return {**scope.params(), **values}


# Figures about people in mart_opd_period, hidden for small groups (access.py).
PEOPLE_FIGURES = (
    "n_sangat_baik", "n_baik", "n_butuh_perbaikan", "n_kurang", "n_sangat_kurang",
    "pct_baik_ke_atas", "pct_jp_memenuhi",
)  # fmt: skip


def _min_group(scope: Scope, version: str | None) -> int:
    """aturan.toml [data] min_orang_agregat (5 when absent)."""
    value = rules(scope, version).get("data.min_orang_agregat")
    return int(value) if value is not None else access.MIN_GROUP_DEFAULT


# --- shell ----------------------------------------------------------------------------

META_BUILD_SQL = """
select built_at, simulated, data_sampai, files_loaded, pipeline_version
from meta_build
limit 1
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def meta_build(scope: Scope, version: str | None) -> dict[str, Any] | None:
    """The one meta_build row (built_at, simulated, data_sampai, ...) or None."""
    df = db.query_df(META_BUILD_SQL)
    return None if df.empty else df.iloc[0].to_dict()


YEARS_SQL = """
select tahun from mart_indicator_attainment
where ($scope_opd is null or opd_kode = $scope_opd)
union
select tahun from mart_opd_period
where ($scope_opd is null or opd_kode = $scope_opd)
union
select tahun from mart_data_completeness
where ($scope_opd is null or opd_kode = $scope_opd)
order by tahun desc
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def years(scope: Scope, version: str | None) -> list[int]:
    """Years with any indicator, performance or completeness data, newest first."""
    df = db.query_df(YEARS_SQL, _params(scope))
    return [int(y) for y in df["tahun"].dropna()]


OPD_OPTIONS_SQL = """
select opd_kode, opd_nama, opd_singkatan, sektor
from ref_opd
where ($scope_opd is null or opd_kode = $scope_opd)
order by opd_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def opd_options(scope: Scope, version: str | None) -> pd.DataFrame:
    """OPDs the viewer may choose (code, name, short name, sector)."""
    return db.query_df(OPD_OPTIONS_SQL, _params(scope))


SECTOR_OPTIONS_SQL = """
select distinct sektor from ref_opd
where ($scope_opd is null or opd_kode = $scope_opd)
union
select distinct sektor from ref_indikator
where ($scope_opd is null or opd_kode = $scope_opd)
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def sector_options(scope: Scope, version: str | None) -> list[str]:
    """Sector codes, in the order of config.SECTORS (unknown ones last)."""
    found = set(db.query_df(SECTOR_OPTIONS_SQL, _params(scope))["sektor"].dropna())
    known = [s for s in config.SECTORS if s in found]
    return known + sorted(found - set(known))


RULES_SQL = "select bagian, kunci, nilai from ref_aturan"


@st.cache_data(ttl=_TTL, show_spinner=False)
def rules(scope: Scope, version: str | None) -> dict[str, float]:
    """aturan.toml as {'bagian.kunci': nilai}, e.g. {'data.min_orang_agregat': 5}."""
    df = db.query_df(RULES_SQL)
    return {f"{r.bagian}.{r.kunci}": float(r.nilai) for r in df.itertuples()}


# --- Ringkasan Kota -------------------------------------------------------------------

SCORECARD_SQL = """
with scoped as (
    select * from mart_indicator_attainment
    where tingkat = 'kota' and tahun between $tahun - 1 and $tahun
        and ($scope_opd is null or opd_kode = $scope_opd)
        and ($opd is null or opd_kode = $opd)
        and ($sektor is null or sektor = $sektor)
),
with_previous as (
    select *, lag(capaian_pct) over (
        partition by kode_indikator, periode_jenis order by periode_selesai
    ) as capaian_sebelumnya
    from scoped
)
select kode_indikator, nama_id, nama_en, sektor, opd_kode, opd_nama, periode,
    periode_jenis, bulan_ke, arah, satuan, kumulatif, realisasi, realisasi_kumulatif,
    target, target_periode, capaian_pct, status, ambang_kuning_pct, capaian_sebelumnya,
    berjalan
from with_previous
where tahun = $tahun and is_latest_graded_in_year
order by sektor, kode_indikator
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def scorecard(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """City indicators (tingkat 'kota') in their latest graded period of the year (a
    quarter still running at the data cut-off is not graded), with the previous
    period's attainment for the trend arrow."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(SCORECARD_SQL, params)


TREND_BY_SECTOR_SQL = """
select sektor as seri, bulan as bulan_ke,
    sum(capaian_jumlah) / sum(n_indikator) as capaian_pct,
    sum(n_indikator) as n_indikator
from mart_sector_trend
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
group by sektor, bulan
order by sektor, bulan
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def trend_by_sector(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Mean attainment of the city's sub-annual indicators per sector as it stood at
    the end of each month (seri = sector code)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(TREND_BY_SECTOR_SQL, params)


TREND_BY_INDICATOR_SQL = """
select kode_indikator as seri, nama_id, nama_en, bulan_ke, periode, capaian_pct
from mart_indicator_attainment
where tingkat = 'kota' and tahun = $tahun and capaian_pct is not null
    and periode_jenis <> 'tahunan'
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
order by kode_indikator, periode_selesai
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def trend_by_indicator(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Attainment of each city indicator per period of the year (seri = indicator)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(TREND_BY_INDICATOR_SQL, params)


STAFF_SUMMARY_SQL = """
select tahun,
    sum(n_sangat_baik + n_baik) as n_baik_ke_atas,
    sum(n_dinilai) as n_dinilai,
    100.0 * sum(n_sangat_baik + n_baik) / nullif(sum(n_dinilai), 0) as pct_baik_ke_atas
from mart_opd_period
where tahun between $tahun - 1 and $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
group by tahun
order by tahun
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def staff_summary(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Share of staff rated Baik or better, for the year and the year before
    (hidden from aggregate-only roles when fewer than 5 people were rated)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return access.suppress_small(
        db.query_df(STAFF_SUMMARY_SQL, params),
        scope,
        count_column="n_dinilai",
        value_columns=("n_baik_ke_atas", "pct_baik_ke_atas"),
        min_n=_min_group(scope, version),
    )


IKM_SUMMARY_SQL = """
select tahun, avg(ikm) as ikm, count(*) as n_unit, sum(n_responden) as n_responden,
    bool_or(berjalan) as berjalan
from mart_ikm_unit_period
where periode_jenis = 'tahunan' and tahun between $tahun - 1 and $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null
        or opd_kode in (select opd_kode from ref_opd where sektor = $sektor))
group by tahun
order by tahun
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def ikm_summary(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Mean yearly IKM of the tourism service units, this year and the year before
    (berjalan: the year is still running at the data cut-off, so the IKM is
    provisional)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(IKM_SUMMARY_SQL, params)


OPD_LEAGUE_SQL = """
with scoped as (
    select *, lag(peringkat) over (partition by opd_kode order by tahun)
        as peringkat_sebelumnya
    from mart_opd_period
    where tahun between $tahun - 1 and $tahun
        and ($scope_opd is null or opd_kode = $scope_opd)
        and ($opd is null or opd_kode = $opd)
        and ($sektor is null or sektor = $sektor)
)
select * from scoped
where tahun = $tahun
order by peringkat, opd_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def opd_league(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """mart_opd_period for the year, with last year's rank for the change column;
    the predikat figures of OPDs with fewer than 5 people rated are hidden from
    aggregate-only roles."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return access.suppress_small(
        db.query_df(OPD_LEAGUE_SQL, params),
        scope,
        count_column="n_dinilai",
        value_columns=PEOPLE_FIGURES,
        min_n=_min_group(scope, version),
    )


# --- Kualitas Data & Impor ------------------------------------------------------------

JOURNAL_FIELDS = (
    "run_id",
    "at",
    "file",
    "sha256",
    "kind",
    "status",
    "rows_read",
    "rows_loaded",
    "rows_quarantined",
    "rows_new",
    "errors",
    "source",
)


HIDDEN_FILES_SQL = """
select distinct file_sha256 from mart_import_file_opd
where $scope_opd is not null
    and file_sha256 not in (
        select file_sha256 from mart_import_file_opd where opd_kode = $scope_opd
    )
"""
# A viewer scoped to one OPD sees the files of their OPD and files with no OPD's
# rows (rejected, or every row quarantined), never files holding only other OPDs'
# rows (mart_import_file_opd).
NOT_HIDDEN = f"file_sha256 not in ({HIDDEN_FILES_SQL})"


@st.cache_data(ttl=_TTL, show_spinner=False)
def import_journal(scope: Scope, version: str | None) -> pd.DataFrame | None:
    """Every import attempt from <db>.imports.jsonl, newest first; None when there is
    no journal. `version` is db.journal_version() (every ingest appends to the
    journal, so it also changes whenever the warehouse does)."""
    records = db.read_journal()
    if not records and not db.journal_path().is_file():
        return None
    df = pd.DataFrame(records).reindex(columns=list(JOURNAL_FIELDS))
    if scope.opd_kode is not None:
        hidden = set(db.query_df(HIDDEN_FILES_SQL, _params(scope))["file_sha256"])
        df = df[~df["sha256"].isin(hidden)]
    df["at"] = pd.to_datetime(df["at"], errors="coerce", format="ISO8601")
    return df.sort_values("at", ascending=False, kind="stable").reset_index(drop=True)


IMPORT_LOG_SQL = f"""
select started_at, finished_at, file, kind, sheets, status, rows_read, rows_loaded,
    rows_quarantined, rows_new, errors, source, file_sha256, run_id, import_id
from import_log
where {NOT_HIDDEN}
order by started_at desc, file
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def import_log(scope: Scope, version: str | None) -> pd.DataFrame:
    """Files loaded into the warehouse (one row per loaded file), within scope."""
    return db.query_df(IMPORT_LOG_SQL, _params(scope))


QUARANTINE_FILES_SQL = f"""
select file, count(*) as n_baris, max(quarantined_at) as terakhir
from quarantine
where {NOT_HIDDEN}
group by file
order by terakhir desc, file
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def quarantine_files(scope: Scope, version: str | None) -> pd.DataFrame:
    """Files with rejected rows and how many, within scope."""
    return db.query_df(QUARANTINE_FILES_SQL, _params(scope))


QUARANTINE_SQL = f"""
select file, sheet, row_number, kind, column_name, reason,
    case when $individual then raw_values end as raw_values,
    quarantined_at
from quarantine
where ($file is null or file = $file) and {NOT_HIDDEN}
order by quarantined_at desc, file, sheet, row_number
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def quarantine(scope: Scope, version: str | None, file: str | None) -> pd.DataFrame:
    """Rejected rows with file, row number, column and reason, within scope. The
    original values (which may hold names and NIPs) only for roles with individual
    access."""
    params = _params(scope, file=file, individual=scope.individual_access)
    return db.query_df(QUARANTINE_SQL, params)


COMPLETENESS_KINDS_SQL = """
select distinct jenis_ekspor from mart_data_completeness
where tahun = $tahun and ($scope_opd is null or opd_kode = $scope_opd)
order by jenis_ekspor
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def completeness_kinds(
    scope: Scope, version: str | None, tahun: int | None
) -> list[str]:
    """Export kinds with completeness expectations in the year (none without a year)."""
    if tahun is None:
        return []
    df = db.query_df(COMPLETENESS_KINDS_SQL, _params(scope, tahun=tahun))
    return list(df["jenis_ekspor"].dropna())


COMPLETENESS_SQL = """
select subjek_jenis, subjek_kode, subjek_nama, opd_kode, jenis_ekspor, periode,
    bulan, diharapkan, diterima, kelengkapan_pct, tepat_waktu_pct
from mart_data_completeness
where tahun = $tahun and jenis_ekspor = $jenis
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null
        or opd_kode in (select opd_kode from ref_opd where sektor = $sektor))
order by subjek_nama, bulan
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def completeness(
    scope: Scope,
    version: str | None,
    tahun: int,
    jenis: str,
    opd: str | None,
    sektor: str | None,
) -> pd.DataFrame:
    """Completeness (and SKP timeliness) per unit or OPD and month, one export kind."""
    params = _params(scope, tahun=tahun, jenis=jenis, opd=opd, sektor=sektor)
    return db.query_df(COMPLETENESS_SQL, params)


# --- Kesehatan ------------------------------------------------------------------------

HEALTH_COVERAGE_SQL = """
select tingkat, unit_kode, unit_nama, periode, periode_selesai, bulan_ke, pembilang,
    penyebut, realisasi, realisasi_kumulatif, target, target_periode, capaian_pct,
    status, is_latest_in_year,
    case
        when bulan_ke between 1 and 11 then realisasi_kumulatif * 12.0 / bulan_ke
        else realisasi_kumulatif
    end as proyeksi_akhir_tahun
from mart_indicator_attainment
where kode_indikator = $kode and tahun = $tahun and periode_jenis = 'bulanan'
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by tingkat = 'unit', unit_nama, bulan_ke
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def health_coverage(
    scope: Scope, version: str | None, tahun: int, opd: str | None, kode: str
) -> pd.DataFrame:
    """Monthly coverage of one immunisation indicator per puskesmas and for the city
    (tingkat 'kota'): the month's own figure, the year-to-date figure against the
    target pro-rated to the month, and the year-end projection at the current pace
    (year-to-date ÷ months elapsed × 12; the actual once December is in)."""
    params = _params(scope, tahun=tahun, opd=opd, kode=kode)
    return db.query_df(HEALTH_COVERAGE_SQL, params)


GAMPONG_UCI_SQL = """
select gampong_kode, gampong_nama, kecamatan, unit_kode, periode, bulan_ke,
    realisasi, realisasi_kumulatif, target, target_periode, capaian_pct, status, uci
from mart_indicator_gampong
where kode_indikator = 'KES-IDL' and tahun = $tahun and periode_jenis = 'bulanan'
    and ($scope_opd is null
        or unit_kode in (select unit_kode from ref_unit where opd_kode = $scope_opd))
    and ($opd is null
        or unit_kode in (select unit_kode from ref_unit where opd_kode = $opd))
qualify row_number() over (partition by gampong_kode order by periode_selesai desc) = 1
order by realisasi_kumulatif desc, gampong_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def gampong_uci(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """Each gampong's latest month of the year: cumulative IDL coverage and UCI (on
    track against the UCI line pro-rated to the month; in December the year's
    status)."""
    return db.query_df(GAMPONG_UCI_SQL, _params(scope, tahun=tahun, opd=opd))


DROP_OUT_SQL = """
select tingkat, unit_kode, unit_nama, periode, bulan_ke, pembilang, penyebut,
    realisasi, realisasi_kumulatif, target, capaian_pct, status
from mart_indicator_attainment
where kode_indikator = 'KES-DO' and tahun = $tahun and is_latest_in_year
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by tingkat = 'unit', realisasi_kumulatif desc nulls last, unit_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def drop_out(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """Drop-out DPT-HB-Hib 1 -> Campak/MR 1 per puskesmas and for the city in the
    latest month of the year: year to date (realisasi_kumulatif) and that month's own
    figure (realisasi); lower is better."""
    return db.query_df(DROP_OUT_SQL, _params(scope, tahun=tahun, opd=opd))


UNIT_OUTCOME_SQL = """
select unit_kode, unit_nama, jenis_unit, opd_kode, opd_nama, sektor, ditekan,
    mismatch, n_dinilai, pct_baik_ke_atas, n_indikator, n_bertarget, n_tercapai,
    n_mendekati, n_tidak_tercapai, rata_capaian_pct, data_sampai
from mart_unit_outcome_rating
where tahun = $tahun and sektor = $sektor
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by mismatch desc nulls last, n_tidak_tercapai desc, unit_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def unit_outcome(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str
) -> pd.DataFrame:
    """Units of one sector: indicators missed vs share of staff rated Baik or better
    (suppressed in the mart below aturan data.min_orang_agregat people)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(UNIT_OUTCOME_SQL, params)


# --- Pariwisata -----------------------------------------------------------------------

IKM_UNITS_SQL = """
select unit_kode, unit_nama, opd_kode, periode, periode_jenis, tahun, n_responden,
    nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9,
    ikm_nilai, ikm, mutu, kinerja_unit, unsur_terlemah, unsur_terlemah_nama,
    nrr_terlemah, andal, berjalan, target, capaian_pct, status, periode_mulai,
    periode_selesai
from mart_ikm_unit_period
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by periode_jenis = 'triwulanan', unit_nama, periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def ikm_units(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """IKM per tourism service unit for the year (periode_jenis 'tahunan') and per
    quarter ('triwulanan'), with NRR per unsur, grade, weakest unsur and reliability."""
    return db.query_df(IKM_UNITS_SQL, _params(scope, tahun=tahun, opd=opd))


INDICATOR_PERIODS_SQL = """
select tingkat, kode_indikator, unit_kode, unit_nama, periode, periode_jenis,
    tahun, bulan_ke, arah, satuan, kumulatif, realisasi, realisasi_kumulatif, target,
    target_periode, capaian_pct, status, is_latest_in_year, periode_selesai
from mart_indicator_attainment
where kode_indikator = $kode and tahun between $tahun - 4 and $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by tingkat = 'unit', unit_nama, periode_selesai
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def indicator_periods(
    scope: Scope, version: str | None, tahun: int, opd: str | None, kode: str
) -> pd.DataFrame:
    """Every period of one indicator, per unit and for the city, in `tahun` and the
    four years before (yearly indicators need earlier years for a trend)."""
    params = _params(scope, tahun=tahun, opd=opd, kode=kode)
    return db.query_df(INDICATOR_PERIODS_SQL, params)


TOURISM_VISITS_SQL = """
select * from mart_tourism_visits
where tahun <= $tahun
    and ($scope_opd is null or $scope_opd in (select opd_kode
        from mart_indicator_catalogue where kode_indikator = 'PAR-KUNJUNGAN'))
    and ($opd is null or $opd in (select opd_kode
        from mart_indicator_catalogue where kode_indikator = 'PAR-KUNJUNGAN'))
order by tahun
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def tourism_visits(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """Tourist arrivals per year up to `tahun`: published reference figures beside the
    realised year-to-date visits (PAR-KUNJUNGAN) and their target."""
    return db.query_df(TOURISM_VISITS_SQL, _params(scope, tahun=tahun, opd=opd))


# --- Pemberdayaan Masyarakat ----------------------------------------------------------

GAMPONG_OUTCOME_SQL = """
select gampong_kode, gampong_nama, kecamatan, unit_kode, kode_indikator, nama_id,
    nama_en, arah, satuan, kumulatif, periode, bulan_ke, nilai, target,
    target_periode, capaian_pct, status, selisih_target, peringkat_terjauh,
    status_idm
from mart_gampong_outcome
where tahun = $tahun
    and ($scope_opd is null
        or unit_kode in (select unit_kode from ref_unit where opd_kode = $scope_opd))
    and ($opd is null
        or unit_kode in (select unit_kode from ref_unit where opd_kode = $opd))
order by kode_indikator, peringkat_terjauh nulls last, gampong_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def gampong_outcome(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """Each gampong's latest value of each PMD indicator in the year against its
    target, the distance to target and its rank (1 = furthest), IDM status band."""
    return db.query_df(GAMPONG_OUTCOME_SQL, _params(scope, tahun=tahun, opd=opd))


# --- Tentang Indikator ----------------------------------------------------------------

CATALOGUE_SQL = """
select kode_indikator, nama_id, nama_en, sektor, opd_kode, opd_nama, tingkat_unit,
    satuan, arah, agregasi, kumulatif, ambang_kuning_pct, formula, definisi, sumber,
    catatan, formula_en, definisi_en, sumber_en, catatan_en, belum_terkonfirmasi,
    targets
from mart_indicator_catalogue
where ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
order by kode_indikator
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def indicator_catalogue(
    scope: Scope, version: str | None, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """The indicator catalogue (ref_indikator with its yearly targets)."""
    params = _params(scope, opd=opd, sektor=sektor)
    return db.query_df(CATALOGUE_SQL, params)


# --- Ringkasan Kota: drill-down, alerts, mismatch -------------------------------------

UNIT_SCORECARD_SQL = """
with scoped as (
    select * from mart_indicator_attainment
    where tingkat = 'unit' and tahun between $tahun - 1 and $tahun
        and ($scope_opd is null or opd_kode = $scope_opd)
        and ($opd is null or opd_kode = $opd)
        and ($sektor is null or sektor = $sektor)
),
with_previous as (
    select *, lag(capaian_pct) over (
        partition by kode_indikator, unit_kode, periode_jenis order by periode_selesai
    ) as capaian_sebelumnya
    from scoped
)
select kode_indikator, nama_id, nama_en, sektor, opd_kode, opd_nama, unit_kode,
    unit_nama, periode, periode_jenis, arah, satuan, kumulatif, realisasi,
    realisasi_kumulatif, target, target_periode, capaian_pct, status,
    ambang_kuning_pct, capaian_sebelumnya, berjalan
from with_previous
where tahun = $tahun and is_latest_graded_in_year
order by sektor, unit_nama, kode_indikator
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def unit_scorecard(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Each indicator x unit (tingkat 'unit') in its latest graded period of the year,
    with the previous period's attainment for the trend arrow."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(UNIT_SCORECARD_SQL, params)


UNIT_PERIODS_SQL = """
select kode_indikator, nama_id, nama_en, unit_kode, unit_nama, periode, periode_jenis,
    satuan, arah, realisasi, realisasi_kumulatif, target, target_periode, capaian_pct,
    status, berjalan, periode_selesai
from mart_indicator_attainment
where tingkat = 'unit' and tahun = $tahun and unit_kode = $unit
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by periode_selesai, kode_indikator
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def unit_periods(
    scope: Scope, version: str | None, tahun: int, opd: str | None, unit: str
) -> pd.DataFrame:
    """Every period of the year of one unit's indicators."""
    params = _params(scope, tahun=tahun, opd=opd, unit=unit)
    return db.query_df(UNIT_PERIODS_SQL, params)


ALERTS_SQL = """
select 'kota_meleset' as kunci, sektor,
    count(*) filter (where status in ('mendekati', 'tidak_tercapai')) as n,
    count(*) filter (where status <> 'tanpa_target') as dari
from mart_indicator_attainment
where tingkat = 'kota' and tahun = $tahun and is_latest_graded_in_year
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
group by sektor
union all
select 'idl_proyeksi', 'kesehatan',
    count(*) filter (where (case when bulan_ke between 1 and 11
        then realisasi_kumulatif * 12.0 / bulan_ke else realisasi_kumulatif end)
        < target - 1e-9),
    count(*)
from mart_indicator_attainment
where kode_indikator = 'KES-IDL' and tingkat = 'unit' and tahun = $tahun
    and periode_jenis = 'bulanan' and is_latest_in_year
    and realisasi_kumulatif is not null
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
union all
select 'ikm_lemah', 'pariwisata',
    count(*) filter (where mutu in ('C', 'D') or not coalesce(andal, false)),
    count(*)
from mart_ikm_unit_period
where periode_jenis = 'tahunan' and tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or $sektor = 'pariwisata')
union all
select 'gampong_meleset', 'pemberdayaan',
    count(distinct gampong_kode) filter (where status = 'tidak_tercapai'),
    count(distinct gampong_kode)
from mart_gampong_outcome
where tahun = $tahun
    and ($scope_opd is null
        or unit_kode in (select unit_kode from ref_unit where opd_kode = $scope_opd))
    and ($opd is null
        or unit_kode in (select unit_kode from ref_unit where opd_kode = $opd))
    and ($sektor is null or $sektor = 'pemberdayaan')
union all
select 'ketidaksesuaian', sektor,
    count(*) filter (where mismatch), count(*) filter (where not ditekan)
from mart_unit_outcome_rating
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
group by sektor
union all
select 'ketidaksesuaian_opd', sektor,
    count(*) filter (where mismatch), count(*) filter (where not ditekan)
from mart_opd_outcome_rating
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
group by sektor
union all
select 'karantina', null, count(*), count(distinct file)
from quarantine
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def alerts(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """Alert counts (kunci, sektor, n, dari): city indicators off target per sector,
    puskesmas projected to miss IDL, tourism units with IKM grade C/D or unreliable,
    gampong with an indicator below target, units and OPDs with an outcome-vs-rating
    mismatch per sector (of those with enough people rated), rows quarantined (n) in
    how many files (dari)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(ALERTS_SQL, params)


MISMATCH_UNITS_SQL = """
select unit_kode, unit_nama, jenis_unit, opd_kode, opd_nama, sektor, ditekan,
    mismatch, n_dinilai, pct_baik_ke_atas, n_indikator, n_bertarget, n_tercapai,
    n_mendekati, n_tidak_tercapai, rata_capaian_pct, data_sampai
from mart_unit_outcome_rating
where tahun = $tahun
    and (mismatch or (ditekan and n_dinilai > 0 and n_bertarget > 0
        and 100.0 * n_tidak_tercapai >= $min_pct_gagal * n_bertarget))
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
order by mismatch desc nulls last, n_tidak_tercapai desc, unit_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def mismatch_units(
    scope: Scope,
    version: str | None,
    tahun: int,
    opd: str | None,
    sektor: str | None,
    min_pct_gagal: float,
) -> pd.DataFrame:
    """Units of every sector whose outcomes miss while most staff are rated Baik or
    better (mismatch), plus units that miss as much but have too few people rated to
    judge (ditekan: shown as not assessed). A unit where nobody works (a gampong) is
    left to the OPD level (mart_opd_outcome_rating)."""
    params = _params(
        scope, tahun=tahun, opd=opd, sektor=sektor, min_pct_gagal=min_pct_gagal
    )
    return db.query_df(MISMATCH_UNITS_SQL, params)


OPD_OUTCOME_SQL = """
select opd_kode, opd_nama, opd_singkatan, sektor, ditekan, mismatch, unit_meleset,
    n_dinilai, pct_baik_ke_atas, n_unit, n_indikator, n_hasil, n_bertarget,
    n_tercapai, n_mendekati, n_tidak_tercapai, pct_tidak_tercapai, rata_capaian_pct,
    n_unit_meleset, data_sampai
from mart_opd_outcome_rating
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($sektor is null or sektor = $sektor)
order by mismatch desc nulls last, pct_tidak_tercapai desc nulls last, opd_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def opd_outcome(
    scope: Scope, version: str | None, tahun: int, opd: str | None, sektor: str | None
) -> pd.DataFrame:
    """OPDs with graded indicators: results missed (all their units' and city-level
    results pooled) vs share of all their staff rated Baik or better, the OPD-level
    mismatch and the units behind it (suppressed below data.min_orang_agregat)."""
    params = _params(scope, tahun=tahun, opd=opd, sektor=sektor)
    return db.query_df(OPD_OUTCOME_SQL, params)
