-- mart_opd_outcome_rating: one row per OPD x year, for every OPD whose own indicators
-- (ref_indikator.opd_kode) have a graded result in the year: the outcome-vs-rating
-- mismatch of PRODUCT.md §5 at OPD level. It complements mart_unit_outcome_rating for
-- OPDs whose staff do not sit in the units that carry the indicators: DPMG's staff
-- work in the sekretariat and bidang, while its indicators are measured per gampong
-- (a gampong "unit" has no DPMG staff, so the unit rule can never judge it).
-- Results: each of the OPD's indicators in its latest graded period of the year
-- (mart_indicator_attainment.is_latest_graded_in_year), once per unit where the
-- indicator is measured per unit (18 gampong x PMD-PARTISIPASI = 18 results), else
-- once for the city (tingkat 'kota', e.g. KES-UCI). n_tidak_tercapai counts status
-- 'tidak_tercapai' (below the amber band); a cumulative indicator is judged against
-- its target pro-rated to the month.
-- People: every employee of the OPD with a predikat of the year (the annual predikat,
-- else the latest periodic one: mart_employee_year.predikat_efektif), as in
-- mart_opd_period. Suppression: fewer than aturan data.min_orang_agregat rated ->
-- pct_baik_ke_atas and mismatch NULL, ditekan = true.
-- mismatch: at least aturan sinyal.ketidaksesuaian_min_pct_indikator_gagal % of the
-- OPD's results with a target are tidak_tercapai while more than
-- aturan sinyal.ketidaksesuaian_min_pct_baik % of its rated staff are Baik or better
-- (the thresholds of the unit rule).
-- Units behind the numbers: n_unit_meleset = units with results where at least the
-- same share of their own results is tidak_tercapai; unit_meleset names them (worst
-- first, then by name) with their counts, e.g. 'Gampong Jaboi (3/3)'.

with attainment as (

    select * from mart_indicator_attainment where is_latest_graded_in_year

),

indicators as (

    select kode_indikator, opd_kode from ref_indikator

),

employee_years as (

    select * from mart_employee_year

),

opd as (

    select * from ref_opd

),

rules as (

    select
        max(nilai) filter (
            where bagian = 'data' and kunci = 'min_orang_agregat'
        ) as min_orang_agregat,
        max(nilai) filter (
            where bagian = 'sinyal' and kunci = 'ketidaksesuaian_min_pct_indikator_gagal'
        ) as min_pct_gagal,
        max(nilai) filter (
            where bagian = 'sinyal' and kunci = 'ketidaksesuaian_min_pct_baik'
        ) as min_pct_baik
    from ref_aturan

),

unit_measured as (

    select distinct kode_indikator, tahun
    from attainment
    where tingkat = 'unit'

),

results as (

    select
        indicators.opd_kode,
        attainment.tahun,
        attainment.tingkat,
        attainment.kode_indikator,
        attainment.unit_kode,
        attainment.unit_nama,
        attainment.status,
        attainment.capaian_pct,
        attainment.periode_selesai
    from attainment
    inner join indicators
        on attainment.kode_indikator = indicators.kode_indikator
    left join unit_measured
        on attainment.kode_indikator = unit_measured.kode_indikator
        and attainment.tahun = unit_measured.tahun
    where attainment.tingkat = 'unit'
        or (attainment.tingkat = 'kota' and unit_measured.kode_indikator is null)

),

opd_results as (

    select
        opd_kode,
        tahun,
        max(periode_selesai) as data_sampai,
        count(distinct unit_kode) filter (where tingkat = 'unit') as n_unit,
        count(distinct kode_indikator) as n_indikator,
        count(*) as n_hasil,
        count(*) filter (where status <> 'tanpa_target') as n_bertarget,
        count(*) filter (where status = 'tercapai') as n_tercapai,
        count(*) filter (where status = 'mendekati') as n_mendekati,
        count(*) filter (where status = 'tidak_tercapai') as n_tidak_tercapai,
        avg(capaian_pct) as rata_capaian_pct
    from results
    group by opd_kode, tahun

),

unit_results as (

    select
        results.opd_kode,
        results.tahun,
        results.unit_kode,
        results.unit_nama,
        count(*) filter (where results.status <> 'tanpa_target') as n_bertarget,
        count(*) filter (where results.status = 'tidak_tercapai') as n_tidak_tercapai
    from results
    where results.tingkat = 'unit'
    group by results.opd_kode, results.tahun, results.unit_kode, results.unit_nama

),

units_missing as (

    select
        unit_results.opd_kode,
        unit_results.tahun,
        count(*) as n_unit_meleset,
        string_agg(
            unit_results.unit_nama || ' (' || unit_results.n_tidak_tercapai || '/'
                || unit_results.n_bertarget || ')',
            ', '
            order by
                unit_results.n_tidak_tercapai / unit_results.n_bertarget desc,
                unit_results.unit_nama
        ) as unit_meleset
    from unit_results
    cross join rules
    where unit_results.n_bertarget > 0
        and 100.0 * unit_results.n_tidak_tercapai
            >= rules.min_pct_gagal * unit_results.n_bertarget
    group by unit_results.opd_kode, unit_results.tahun

),

ratings as (

    select
        opd_kode,
        tahun,
        count(predikat_efektif) as n_dinilai,
        count(*) filter (
            where predikat_efektif in ('Sangat Baik', 'Baik')
        ) as n_baik_ke_atas
    from employee_years
    where opd_kode is not null
    group by opd_kode, tahun

),

joined as (

    select
        opd_results.*,
        opd.opd_nama,
        opd.opd_singkatan,
        opd.sektor,
        coalesce(ratings.n_dinilai, 0) as n_dinilai,
        case
            when ratings.n_dinilai > 0
                then 100.0 * ratings.n_baik_ke_atas / ratings.n_dinilai
        end as pct_baik_semua,
        coalesce(ratings.n_dinilai, 0) < rules.min_orang_agregat as ditekan,
        coalesce(units_missing.n_unit_meleset, 0) as n_unit_meleset,
        units_missing.unit_meleset,
        rules.min_pct_gagal,
        rules.min_pct_baik
    from opd_results
    left join opd
        on opd_results.opd_kode = opd.opd_kode
    left join ratings
        on opd_results.opd_kode = ratings.opd_kode
        and opd_results.tahun = ratings.tahun
    left join units_missing
        on opd_results.opd_kode = units_missing.opd_kode
        and opd_results.tahun = units_missing.tahun
    cross join rules

),

flagged as (

    select
        *,
        case when not ditekan then pct_baik_semua end as pct_baik_ke_atas,
        case
            when n_bertarget > 0 then 100.0 * n_tidak_tercapai / n_bertarget
        end as pct_tidak_tercapai,
        case
            when not ditekan and n_bertarget > 0
                then 100.0 * n_tidak_tercapai >= min_pct_gagal * n_bertarget
                    and pct_baik_semua > min_pct_baik
        end as mismatch
    from joined

),

final as (

    select
        -- ids
        opd_kode,
        tahun,

        -- dimensions
        opd_nama,
        opd_singkatan,
        sektor,
        ditekan,
        mismatch,
        unit_meleset,

        -- measures
        n_dinilai,
        pct_baik_ke_atas,
        n_unit,
        n_indikator,
        n_hasil,
        n_bertarget,
        n_tercapai,
        n_mendekati,
        n_tidak_tercapai,
        pct_tidak_tercapai,
        rata_capaian_pct,
        n_unit_meleset,

        -- dates
        data_sampai

    from flagged

)

select * from final
