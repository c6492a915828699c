-- mart_opd_period: one row per OPD x year, for every OPD in ref_opd and every year with
-- SKP or indicator data.
-- People: n_pegawai = employees of the OPD in the current master; n_dinilai and the
-- predikat counts use each employee's predikat of the year (the annual predikat, else
-- the latest periodic one: mart_employee_year.predikat_efektif).
-- Indicators: the OPD's own indicators (ref_indikator.opd_kode), city-level value of the
-- latest graded period of the year (mart_indicator_attainment.is_latest_graded_in_year:
-- a quarter still running at the data cut-off is not graded); an OPD without own indicators has n_indikator 0 and
-- rata_capaian_pct NULL.
-- peringkat: rank among OPDs with data in the year by rata_capaian_pct desc, then
-- pct_baik_ke_atas desc; OPDs without indicators after those with indicators (ordered
-- by pct_baik_ke_atas). OPDs without any data get no rank. Ties share a rank.
-- peringkat_pasti is false when fewer than aturan data.min_orang_agregat employees were
-- rated or the SKP completeness of the year is below aturan data.min_kelengkapan_pct;
-- alasan_tidak_pasti names the numbers (Indonesian).

with opd as (

    select * from ref_opd

),

employees as (

    select * from int_employees_current

),

employee_years as (

    select * from mart_employee_year

),

skp as (

    select * from mart_employee_period

),

all_attainment as (

    select * from int_indicator_attainment_scored

),

indicators as (

    select kode_indikator, opd_kode from ref_indikator

),

completeness as (

    select * from mart_data_completeness where jenis_ekspor = 'skp'

),

rules as (

    select
        max(nilai) filter (where kunci = 'min_orang_agregat') as min_orang_agregat,
        max(nilai) filter (where kunci = 'min_kelengkapan_pct') as min_kelengkapan_pct
    from ref_aturan
    where bagian = 'data'

),

attainment as (

    select * from mart_indicator_attainment
    where tingkat = 'kota' and is_latest_graded_in_year

),

years as (

    select distinct tahun from skp
    union
    select distinct tahun from all_attainment

),

opd_years as (

    select opd.*, years.tahun
    from opd
    cross join years
    where years.tahun is not null

),

headcount as (

    select opd_kode, count(*) as n_pegawai
    from employees
    group by opd_kode

),

ratings as (

    select
        opd_kode,
        tahun,
        count(predikat_efektif) as n_dinilai,
        count(*) filter (where predikat_efektif = 'Sangat Baik') as n_sangat_baik,
        count(*) filter (where predikat_efektif = 'Baik') as n_baik,
        count(*) filter (where predikat_efektif = 'Butuh Perbaikan') as n_butuh_perbaikan,
        count(*) filter (where predikat_efektif = 'Kurang/Misconduct') as n_kurang,
        count(*) filter (where predikat_efektif = 'Sangat Kurang') as n_sangat_kurang,
        count(*) filter (where jenis_asn = 'PNS') as n_pns,
        count(*) filter (where jp_status = 'memenuhi') as n_jp_memenuhi
    from employee_years
    where opd_kode is not null
    group by opd_kode, tahun

),

indicator_results as (

    select
        indicators.opd_kode,
        attainment.tahun,
        count(*) as n_indikator,
        count(*) filter (where attainment.status = 'tercapai') as n_tercapai,
        count(*) filter (where attainment.status = 'mendekati') as n_mendekati,
        count(*) filter (where attainment.status = 'tidak_tercapai') as n_tidak_tercapai,
        avg(attainment.capaian_pct) as rata_capaian_pct
    from attainment
    inner join indicators
        on attainment.kode_indikator = indicators.kode_indikator
    group by indicators.opd_kode, attainment.tahun

),

skp_completeness as (

    select
        subjek_kode as opd_kode,
        tahun,
        100.0 * sum(least(diterima, diharapkan)) / nullif(sum(diharapkan), 0)
            as kelengkapan_skp_pct
    from completeness
    group by subjek_kode, tahun

),

joined as (

    select
        opd_years.opd_kode,
        opd_years.opd_nama,
        opd_years.opd_singkatan,
        opd_years.sektor,
        opd_years.tahun,
        coalesce(headcount.n_pegawai, 0) as n_pegawai,
        coalesce(ratings.n_dinilai, 0) as n_dinilai,
        coalesce(ratings.n_sangat_baik, 0) as n_sangat_baik,
        coalesce(ratings.n_baik, 0) as n_baik,
        coalesce(ratings.n_butuh_perbaikan, 0) as n_butuh_perbaikan,
        coalesce(ratings.n_kurang, 0) as n_kurang,
        coalesce(ratings.n_sangat_kurang, 0) as n_sangat_kurang,
        case
            when ratings.n_dinilai > 0
                then 100.0 * (ratings.n_sangat_baik + ratings.n_baik) / ratings.n_dinilai
        end as pct_baik_ke_atas,
        coalesce(indicator_results.n_indikator, 0) as n_indikator,
        coalesce(indicator_results.n_tercapai, 0) as n_tercapai,
        coalesce(indicator_results.n_mendekati, 0) as n_mendekati,
        coalesce(indicator_results.n_tidak_tercapai, 0) as n_tidak_tercapai,
        indicator_results.rata_capaian_pct,
        skp_completeness.kelengkapan_skp_pct,
        case
            when ratings.n_pns > 0 then 100.0 * ratings.n_jp_memenuhi / ratings.n_pns
        end as pct_jp_memenuhi
    from opd_years
    left join headcount
        on opd_years.opd_kode = headcount.opd_kode
    left join ratings
        on opd_years.opd_kode = ratings.opd_kode
        and opd_years.tahun = ratings.tahun
    left join indicator_results
        on opd_years.opd_kode = indicator_results.opd_kode
        and opd_years.tahun = indicator_results.tahun
    left join skp_completeness
        on opd_years.opd_kode = skp_completeness.opd_kode
        and opd_years.tahun = skp_completeness.tahun

),

ranked as (

    select
        *,
        case
            when n_dinilai > 0 or n_indikator > 0
                then rank() over (
                    partition by tahun, (n_dinilai > 0 or n_indikator > 0)
                    order by
                        rata_capaian_pct is null,
                        -- rounded: equal means tie whatever the summation order
                        round(rata_capaian_pct, 6) desc,
                        round(pct_baik_ke_atas, 6) desc nulls last
                )
        end as peringkat
    from joined

),

explained as (

    select
        ranked.*,
        ranked.n_dinilai >= rules.min_orang_agregat
            and coalesce(ranked.kelengkapan_skp_pct >= rules.min_kelengkapan_pct, false)
            as peringkat_pasti,
        nullif(concat_ws(
            '; ',
            case
                when ranked.n_dinilai < rules.min_orang_agregat
                    then 'hanya ' || cast(ranked.n_dinilai as varchar)
                        || ' pegawai dinilai (< '
                        || cast(cast(rules.min_orang_agregat as bigint) as varchar) || ')'
            end,
            case
                when ranked.kelengkapan_skp_pct is null then 'belum ada data SKP'
                when ranked.kelengkapan_skp_pct < rules.min_kelengkapan_pct
                    then 'kelengkapan data SKP '
                        || replace(
                            regexp_replace(
                                cast(round(ranked.kelengkapan_skp_pct, 1) as varchar),
                                '\.0$', ''
                            ),
                            '.', ','
                        )
                        || '% (< '
                        || replace(
                            regexp_replace(
                                cast(round(rules.min_kelengkapan_pct, 1) as varchar),
                                '\.0$', ''
                            ),
                            '.', ','
                        )
                        || '%)'
            end
        ), '') as alasan_tidak_pasti
    from ranked
    cross join rules

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
        peringkat,
        peringkat_pasti,
        alasan_tidak_pasti,

        -- measures
        n_pegawai,
        n_dinilai,
        n_sangat_baik,
        n_baik,
        n_butuh_perbaikan,
        n_kurang,
        n_sangat_kurang,
        pct_baik_ke_atas,
        n_indikator,
        n_tercapai,
        n_mendekati,
        n_tidak_tercapai,
        rata_capaian_pct,
        kelengkapan_skp_pct,
        pct_jp_memenuhi

    from explained

)

select * from final
