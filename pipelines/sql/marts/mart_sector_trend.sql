-- mart_sector_trend: one row per sector x OPD x year x month, the attainment of the
-- city's indicators as it stood at the end of that month.
-- For each month, every city indicator with monthly, quarterly or semester periods
-- contributes its latest period of the year that has ended by that month (a quarterly
-- indicator keeps its March value through May). Yearly indicators are left out: one
-- value a year is not a monthly trend. Months after the data cut-off are not shown.
-- Pages average with sum(capaian_jumlah) / sum(n_indikator), so OPD filters still work.

with attainment as (

    select * from mart_indicator_attainment
    where tingkat = 'kota' and periode_jenis <> 'tahunan' and capaian_pct is not null

),

cutoff as (

    select * from int_data_cutoff_found

),

months as (

    select distinct
        attainment.tahun,
        cast(month_number.bulan as integer) as bulan
    from attainment
    cross join cutoff
    cross join lateral (select unnest(range(1, 13)) as bulan) as month_number
    where make_date(attainment.tahun, month_number.bulan, 1) <= cutoff.bulan_terakhir

),

as_of_month as (

    select
        months.tahun,
        months.bulan,
        attainment.kode_indikator,
        attainment.sektor,
        attainment.opd_kode,
        attainment.capaian_pct,
        attainment.status
    from months
    inner join attainment
        on attainment.tahun = months.tahun
        and attainment.bulan_ke <= months.bulan
    qualify row_number() over (
        partition by months.tahun, months.bulan, attainment.kode_indikator
        order by attainment.periode_selesai desc
    ) = 1

),

final as (

    select
        -- ids
        sektor,
        opd_kode,
        tahun,
        bulan,
        printf('%04d-%02d', tahun, bulan) as periode,

        -- measures
        count(*) as n_indikator,
        count(*) filter (where status = 'tercapai') as n_tercapai,
        sum(capaian_pct) as capaian_jumlah,
        avg(capaian_pct) as capaian_rata_pct

    from as_of_month
    group by sektor, opd_kode, tahun, bulan

)

select * from final
