-- mart_unit_outcome_rating: one row per unit x year, for every unit with its own
-- indicators (tingkat 'unit' in mart_indicator_attainment, e.g. the puskesmas), to spot
-- the outcome-vs-rating mismatch of PRODUCT.md §5: the unit misses its targets while
-- most of its staff are rated Baik or better.
-- Indicators: each indicator's latest graded period of the year
-- (is_latest_graded_in_year: a quarter still running at the data cut-off is not
-- graded); a cumulative indicator is judged against its target pro-rated to that month.
-- n_tidak_tercapai counts status 'tidak_tercapai' (below the amber band).
-- People: each employee's predikat of the year (the annual predikat, else the latest
-- periodic one: mart_employee_year.predikat_efektif, the rule of mart_opd_period),
-- grouped by the employee's unit_kode. sektor is the sector of the unit's OPD.
-- Suppression: when fewer than aturan data.min_orang_agregat people were rated,
-- pct_baik_ke_atas and mismatch are NULL (ditekan = true); n_dinilai stays.
-- mismatch: at least aturan sinyal.ketidaksesuaian_min_pct_indikator_gagal % of the
-- unit's indicators with a target are tidak_tercapai while more than
-- aturan sinyal.ketidaksesuaian_min_pct_baik % of its rated staff are Baik or better.

with attainment as (

    select * from mart_indicator_attainment
    where tingkat = 'unit' and is_latest_graded_in_year

),

employee_years as (

    select * from mart_employee_year

),

units as (

    select * from ref_unit

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

indicator_results as (

    select
        unit_kode,
        tahun,
        max(periode_selesai) as data_sampai,
        count(*) as n_indikator,
        count(*) filter (where status <> 'tanpa_target') as n_bertarget,
        count(*) filter (where status = 'tercapai') as n_tercapai,
        count(*) filter (where status = 'mendekati') as n_mendekati,
        count(*) filter (where status = 'tidak_tercapai') as n_tidak_tercapai,
        avg(capaian_pct) as rata_capaian_pct
    from attainment
    group by unit_kode, tahun

),

ratings as (

    select
        unit_kode,
        tahun,
        count(predikat_efektif) as n_dinilai,
        count(*) filter (
            where predikat_efektif in ('Sangat Baik', 'Baik')
        ) as n_baik_ke_atas
    from employee_years
    where unit_kode is not null
    group by unit_kode, tahun

),

joined as (

    select
        indicator_results.*,
        units.unit_nama,
        units.jenis_unit,
        units.opd_kode,
        opd.opd_nama,
        opd.sektor,
        coalesce(ratings.n_dinilai, 0) as n_dinilai,
        case
            when ratings.n_dinilai > 0
                then 100.0 * ratings.n_baik_ke_atas / ratings.n_dinilai
        end as pct_baik_semua,
        coalesce(ratings.n_dinilai, 0) < rules.min_orang_agregat as ditekan,
        rules.min_pct_gagal,
        rules.min_pct_baik
    from indicator_results
    left join units
        on indicator_results.unit_kode = units.unit_kode
    left join opd
        on units.opd_kode = opd.opd_kode
    left join ratings
        on indicator_results.unit_kode = ratings.unit_kode
        and indicator_results.tahun = ratings.tahun
    cross join rules

),

suppressed as (

    select
        *,
        case when not ditekan then pct_baik_semua end as pct_baik_ke_atas
    from joined

),

flagged as (

    select
        *,
        case
            when not ditekan and n_bertarget > 0
                then 100.0 * n_tidak_tercapai >= min_pct_gagal * n_bertarget
                    and pct_baik_ke_atas > min_pct_baik
        end as mismatch
    from suppressed

),

final as (

    select
        -- ids
        unit_kode,
        tahun,
        opd_kode,

        -- dimensions
        unit_nama,
        jenis_unit,
        opd_nama,
        sektor,
        ditekan,
        mismatch,

        -- measures
        n_dinilai,
        pct_baik_ke_atas,
        n_indikator,
        n_bertarget,
        n_tercapai,
        n_mendekati,
        n_tidak_tercapai,
        rata_capaian_pct,

        -- dates
        data_sampai

    from flagged

)

select * from final
