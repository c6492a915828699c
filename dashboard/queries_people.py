"""Data access of Kinerja Pegawai: the predikat curve, the spread of predikat, the
self-rating gap, the nine-box and one person's profile.

Same rules as queries.py: one cached function per dataset with its SQL right above it,
values as `$name` parameters, `$scope_opd` in every query. Functions returning names
or NIPs call `access.require_individual(scope)` first; aggregates over fewer than
`min_n` people are left out for roles without individual access (`$individual`).
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


def _aggregate_params(scope: Scope, **values: Any) -> dict[str, Any]:
    """Parameters of a query whose small groups are hidden without individual
    access ($individual)."""
    return _params(scope, individual=scope.individual_access, **values)


# --- predikat curve and spread ------------------------------------------------------

CURVE_SQL = """
select * exclude (total_kekurangan, total_kelebihan)
from mart_predikat_curve
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($individual or not kecil)
order by case tingkat when 'kota' then 0 when 'opd' then 1 else 2 end,
    opd_nama, subjek_nama, urutan_predikat_organisasi
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def curve(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """The curve check of the city, each OPD and unit in the year, for all five
    organisation predikat (the city row, whose opd_kode is NULL, drops out under an
    OPD filter or scope)."""
    return db.query_df(
        CURVE_SQL, _aggregate_params(scope, tahun=tahun, opd=opd), large=True
    )


SPREAD_SQL = """
select tingkat, subjek_kode, subjek_nama, opd_kode, opd_nama, tahun, sumber_predikat,
    n_dinilai, n_sangat_baik, n_baik, n_butuh_perbaikan, n_kurang, n_sangat_kurang,
    n_dari_tahunan
from mart_predikat_curve
where berlaku and tingkat in ('kota', 'opd')
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($individual or not kecil)
order by tahun, subjek_nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def spread(scope: Scope, version: str | None) -> pd.DataFrame:
    """Predikat counts of the city and of each OPD in every year."""
    return db.query_df(SPREAD_SQL, _aggregate_params(scope))


# --- self-rating vs the supervisor's --------------------------------------------------

RATING_GAP_SQL = """
select tingkat, opd_kode, opd_nama, unit_kode, unit_nama, n_pegawai, n_periode,
    n_diri_lebih_tinggi, n_diri_lebih_rendah, rata_selisih
from mart_rating_gap
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($individual or n_pegawai >= $min_n)
order by opd_kode, tingkat, unit_kode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def rating_gap(
    scope: Scope, version: str | None, tahun: int, opd: str | None, min_n: int
) -> pd.DataFrame:
    """Per OPD and unit: periodic SKP of the year with both ratings, how often the
    employee's own rating of hasil kerja is above (below) the supervisor's, and the
    mean gap in rating levels (mart_rating_gap, pre-aggregated from
    mart_employee_period.selisih_mandiri)."""
    params = _aggregate_params(scope, tahun=tahun, opd=opd, min_n=min_n)
    return db.query_df(RATING_GAP_SQL, params)


# --- nine-box -------------------------------------------------------------------------

NINE_BOX_SQL = """
select kotak_9box, kinerja_9box, potensi, count(*) as n
from mart_employee_year
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
group by all
order by kotak_9box
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def nine_box(
    scope: Scope, version: str | None, tahun: int, opd: str | None
) -> pd.DataFrame:
    """People per nine-box cell in the year (kotak_9box NULL: no potential assessed
    or no rating yet)."""
    return db.query_df(NINE_BOX_SQL, _params(scope, tahun=tahun, opd=opd))


NINE_BOX_PEOPLE_SQL = """
select nip, nama, jenis_asn, opd_nama, unit_kerja, predikat_tahunan, predikat_efektif,
    kinerja_9box, sumber_kinerja_9box, potensi, kotak_9box
from mart_employee_year
where tahun = $tahun and kotak_9box = $kotak
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
order by opd_nama, unit_kerja, nama
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def nine_box_people(
    scope: Scope, version: str | None, tahun: int, opd: str | None, kotak: int
) -> pd.DataFrame:
    """The people in one nine-box cell (individual level)."""
    access.require_individual(scope)
    params = _params(scope, tahun=tahun, opd=opd, kotak=kotak)
    return db.query_df(NINE_BOX_PEOPLE_SQL, params, large=True)


# --- person profile -------------------------------------------------------------------

# Beyond this many people of the year in view, the profile's picker searches (name
# or NIP) instead of listing everyone: a select box sends all its options to the
# browser, and a province has 120,000 ASN.
PICKER_LIMIT = 2000

PEOPLE_COUNT_SQL = """
select count(*) as n
from mart_employee_year
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def people_count(scope: Scope, version: str | None, tahun: int, opd: str | None) -> int:
    """How many employees of the year are within scope and filter."""
    access.require_individual(scope)
    frame = db.query_df(PEOPLE_COUNT_SQL, _params(scope, tahun=tahun, opd=opd))
    return int(frame["n"].iloc[0])


PEOPLE_SQL = """
select nip, nama, opd_nama, unit_kerja
from mart_employee_year
where tahun = $tahun
    and ($scope_opd is null or opd_kode = $scope_opd)
    and ($opd is null or opd_kode = $opd)
    and ($cari is null or starts_with(nip, $cari)
        or contains(lower(nama), lower($cari)))
order by nama, nip
limit $limit
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def people(
    scope: Scope,
    version: str | None,
    tahun: int,
    opd: str | None,
    cari: str | None = None,
) -> pd.DataFrame:
    """Who can be looked up: the employees of the year within scope and filter,
    by name, whose name contains ``cari`` or whose NIP starts with it (case-blind).
    At most PICKER_LIMIT + 1 rows: one more than the picker shows tells it that
    the search should be narrower."""
    access.require_individual(scope)
    params = _params(
        scope, tahun=tahun, opd=opd, cari=cari or None, limit=PICKER_LIMIT + 1
    )
    return db.query_df(PEOPLE_SQL, params, large=True)


PERSON_PERIODS_SQL = """
select nip, nama, jenis_asn, opd_nama, unit_kerja, jenis_jabatan, nama_jabatan,
    periode, periode_jenis, periode_selesai, tahun, rating_hasil_kerja,
    rating_perilaku_kerja, predikat_kinerja, skor_predikat, rating_hasil_kerja_mandiri,
    selisih_mandiri, terlambat, hari_terlambat
from mart_employee_period
where nip = $nip and ($scope_opd is null or opd_kode = $scope_opd)
order by periode_selesai, periode_jenis
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def person_periods(scope: Scope, version: str | None, nip: str) -> pd.DataFrame:
    """Every SKP evaluation of one person, oldest first."""
    access.require_individual(scope)
    return db.query_df(PERSON_PERIODS_SQL, _params(scope, nip=nip))


PERSON_YEARS_SQL = """
select nip, nama, jenis_asn, opd_nama, unit_kerja, tahun, predikat_tahunan,
    predikat_efektif, kinerja_9box, potensi, kotak_9box, jp_total, jp_klasikal,
    jp_nonklasikal, jp_hak, jp_batas, jp_status, n_kesenjangan_kompetensi,
    n_periode_dinilai, n_periode_terlambat
from mart_employee_year
where nip = $nip and ($scope_opd is null or opd_kode = $scope_opd)
order by tahun
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def person_years(scope: Scope, version: str | None, nip: str) -> pd.DataFrame:
    """One person's years: annual predikat, nine-box, JP against the right or cap."""
    access.require_individual(scope)
    return db.query_df(PERSON_YEARS_SQL, _params(scope, nip=nip))


PERSON_TRAININGS_SQL = """
select nip, tanggal_mulai, tanggal_selesai, tahun, nama_pelatihan, jalur, kompetensi,
    penyelenggara, jp
from mart_employee_training
where nip = $nip and ($scope_opd is null or opd_kode = $scope_opd)
order by tanggal_mulai desc, nama_pelatihan
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def person_trainings(scope: Scope, version: str | None, nip: str) -> pd.DataFrame:
    """The trainings one person attended, newest first."""
    access.require_individual(scope)
    return db.query_df(PERSON_TRAININGS_SQL, _params(scope, nip=nip))


PERSON_GAPS_SQL = """
select nip, kompetensi, jenis, level_standar, level_aktual, kesenjangan,
    tanggal_asesmen, jalur, bentuk, rekomendasi_pelatihan, jp, prioritas
from mart_training_needs
where nip = $nip and ($scope_opd is null or opd_kode = $scope_opd)
order by kesenjangan desc, kompetensi
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def person_gaps(scope: Scope, version: str | None, nip: str) -> pd.DataFrame:
    """One person's competency gaps in the latest assessment, with the route."""
    access.require_individual(scope)
    return db.query_df(PERSON_GAPS_SQL, _params(scope, nip=nip))


PERSON_FLAGS_SQL = """
select subjek_kode as nip, sinyal, periode, keparahan, pertama_muncul, lama_periode,
    alasan
from mart_flags
where subjek_jenis = 'pegawai' and subjek_kode = $nip and terkini
    and ($scope_opd is null or opd_kode = $scope_opd)
order by case keparahan when 'tinggi' then 0 when 'sedang' then 1 else 2 end,
    sinyal, periode
"""


@st.cache_data(ttl=_TTL, show_spinner=False)
def person_flags(scope: Scope, version: str | None, nip: str) -> pd.DataFrame:
    """One person's current early-warning flags with their reasons."""
    access.require_individual(scope)
    return db.query_df(PERSON_FLAGS_SQL, _params(scope, nip=nip))


# --- benchmark mapping ----------------------------------------------------------------


def page_data(a: PageArgs) -> dict[str, list[Call]]:
    """The cached calls of Kinerja Pegawai's first view (dashboard/page_data.py):
    people_blocks.load, and the person picker of the profile section. With the
    pickers at their defaults no nine-box cell and no person is open, so
    nine_box_people and the person_* queries are not called."""
    from dashboard import people_views, queries

    rules = queries.rules.__wrapped__(a.scope, a.version)
    args = (a.scope, a.version, a.tahun, a.opd)
    calls: list[Call] = [
        (queries.rules, (a.scope, a.version)),
        (curve, args),
        (spread, (a.scope, a.version)),
        (rating_gap, (*args, people_views.min_group(rules))),
        (nine_box, args),
    ]
    if a.scope.individual_access:
        calls.append((people_count, args))
        if people_count.__wrapped__(*args) <= PICKER_LIMIT:
            calls.append((people, args))
    return {"kinerja_pegawai": calls}
