-- int_indicator_periods_aggregated: reported indicator values re-grained to one row per
-- tingkat x kode_indikator x unit_kode x periode:
--   tingkat 'unit': the unit's rows of the period (per-gampong rows summed; when the unit
--                   also sent a row without gampong for that period, that row is used);
--   tingkat 'kota': all units together (unit_kode 'KOTA').
-- Aggregation by ref_indikator.agregasi:
--   rasio     realisasi = sum(pembilang) / sum(penyebut) x 100 when every row has both
--             counts, else the mean of the reported values;
--   jumlah    realisasi = sum(realisasi);  rata_rata / turunan  realisasi = avg(realisasi).
-- Cumulative (ref_indikator.kumulatif = 'ya'), within a year and period type:
--   rasio with counts  realisasi_kumulatif = sum(pembilang Jan..period)
--                      / max(penyebut in the year) x 100  (the denominator is the annual
--                      target population, repeated every month; for the city the units'
--                      yearly denominators are summed);
--   rasio without counts = sum(realisasi Jan..period) for a unit (monthly shares of
--                      one annual denominator add up), the mean of the units' values for
--                      the city;
--   jumlah  = sum(realisasi Jan..period);  rata_rata = mean(realisasi Jan..period)
--             (city: mean of the units' values);  turunan = realisasi.
-- Otherwise realisasi_kumulatif = realisasi.

with realisasi as (

    select * from stg_realisasi_indikator

),

indicators as (

    select kode_indikator, agregasi, kumulatif from ref_indikator

),

flagged as (

    select
        realisasi.*,
        bool_or(realisasi.gampong_kode is null and realisasi.gampong is null) over (
            partition by realisasi.kode_indikator, realisasi.unit_kode, realisasi.periode
        ) as has_unit_total_row
    from realisasi

),

unit_rows as (

    select *
    from flagged
    where not has_unit_total_row
        or (gampong_kode is null and gampong is null)

),

unit_periods as (

    select
        unit_rows.kode_indikator,
        unit_rows.unit_kode,
        unit_rows.periode,
        any_value(unit_rows.periode_jenis) as periode_jenis,
        any_value(unit_rows.periode_mulai) as periode_mulai,
        any_value(unit_rows.periode_selesai) as periode_selesai,
        any_value(unit_rows.tahun) as tahun,
        any_value(unit_rows.bulan_ke) as bulan_ke,
        any_value(indicators.agregasi) as agregasi,
        any_value(indicators.kumulatif) as kumulatif,
        count(unit_rows.gampong_kode) as n_gampong,
        count(unit_rows.pembilang) = count(*)
            and count(unit_rows.penyebut) = count(*) as ada_hitungan,
        sum(unit_rows.pembilang) as pembilang,
        sum(unit_rows.penyebut) as penyebut,
        sum(unit_rows.realisasi) as realisasi_jumlah,
        avg(unit_rows.realisasi) as realisasi_rata,
        max(unit_rows.target_dilaporkan) as target_dilaporkan
    from unit_rows
    inner join indicators
        on unit_rows.kode_indikator = indicators.kode_indikator
    group by unit_rows.kode_indikator, unit_rows.unit_kode, unit_rows.periode

),

unit_valued as (

    select
        *,
        case
            when agregasi = 'jumlah' then realisasi_jumlah
            when agregasi = 'rasio' and ada_hitungan and penyebut > 0
                then 100.0 * pembilang / penyebut
            else realisasi_rata
        end as realisasi
    from unit_periods

),

unit_running as (

    select
        *,
        sum(pembilang) over ytd as pembilang_kumulatif,
        max(penyebut) over whole_year as penyebut_tahun,
        bool_and(ada_hitungan) over ytd as ada_hitungan_kumulatif,
        sum(realisasi) over ytd as realisasi_jumlah_kumulatif,
        avg(realisasi) over ytd as realisasi_rata_kumulatif
    from unit_valued
    window
        ytd as (
            partition by kode_indikator, unit_kode, tahun, periode_jenis
            order by periode_selesai
            rows between unbounded preceding and current row
        ),
        whole_year as (
            partition by kode_indikator, unit_kode, tahun, periode_jenis
        )

),

unit_accumulated as (

    select
        'unit' as tingkat,
        *,
        case
            when kumulatif <> 'ya' then realisasi
            when agregasi = 'rasio' and ada_hitungan_kumulatif and penyebut_tahun > 0
                then 100.0 * pembilang_kumulatif / penyebut_tahun
            when agregasi in ('rasio', 'jumlah') then realisasi_jumlah_kumulatif
            when agregasi = 'rata_rata' then realisasi_rata_kumulatif
            else realisasi
        end as realisasi_kumulatif
    from unit_running

),

city_denominators as (

    select
        kode_indikator,
        tahun,
        periode_jenis,
        sum(penyebut_tahun) as penyebut_tahun
    from (
        select distinct kode_indikator, unit_kode, tahun, periode_jenis, penyebut_tahun
        from unit_accumulated
    )
    group by all

),

city_periods as (

    select
        kode_indikator,
        periode,
        any_value(periode_jenis) as periode_jenis,
        any_value(periode_mulai) as periode_mulai,
        any_value(periode_selesai) as periode_selesai,
        any_value(tahun) as tahun,
        any_value(bulan_ke) as bulan_ke,
        any_value(agregasi) as agregasi,
        any_value(kumulatif) as kumulatif,
        cast(sum(n_gampong) as bigint) as n_gampong,
        bool_and(ada_hitungan) as ada_hitungan,
        sum(pembilang) as pembilang,
        sum(penyebut) as penyebut,
        sum(realisasi) as realisasi_jumlah,
        avg(realisasi) as realisasi_rata,
        avg(realisasi_kumulatif) as realisasi_kumulatif_rata_unit,
        max(target_dilaporkan) as target_dilaporkan
    from unit_accumulated
    group by kode_indikator, periode

),

city_valued as (

    select
        *,
        case
            when agregasi = 'jumlah' then realisasi_jumlah
            when agregasi = 'rasio' and ada_hitungan and penyebut > 0
                then 100.0 * pembilang / penyebut
            else realisasi_rata
        end as realisasi
    from city_periods

),

city_running as (

    select
        city_valued.*,
        sum(city_valued.pembilang) over ytd as pembilang_kumulatif,
        city_denominators.penyebut_tahun,
        bool_and(city_valued.ada_hitungan) over ytd as ada_hitungan_kumulatif,
        sum(city_valued.realisasi) over ytd as realisasi_jumlah_kumulatif
    from city_valued
    left join city_denominators
        on city_valued.kode_indikator = city_denominators.kode_indikator
        and city_valued.tahun = city_denominators.tahun
        and city_valued.periode_jenis = city_denominators.periode_jenis
    window ytd as (
        partition by city_valued.kode_indikator, city_valued.tahun,
            city_valued.periode_jenis
        order by city_valued.periode_selesai
        rows between unbounded preceding and current row
    )

),

city_accumulated as (

    select
        'kota' as tingkat,
        'KOTA' as unit_kode,
        *,
        case
            when kumulatif <> 'ya' then realisasi
            when agregasi = 'rasio' and ada_hitungan_kumulatif and penyebut_tahun > 0
                then 100.0 * pembilang_kumulatif / penyebut_tahun
            when agregasi = 'jumlah' then realisasi_jumlah_kumulatif
            when agregasi in ('rasio', 'rata_rata') then realisasi_kumulatif_rata_unit
            else realisasi
        end as realisasi_kumulatif
    from city_running

),

both_levels as (

    select * from unit_accumulated
    union all by name
    select * from city_accumulated

),

final as (

    select
        -- ids
        tingkat,
        kode_indikator,
        unit_kode,
        periode,

        -- dimensions
        periode_jenis,
        tahun,
        bulan_ke,
        agregasi,
        kumulatif,

        -- measures
        pembilang,
        penyebut,
        realisasi,
        realisasi_kumulatif,
        pembilang_kumulatif,
        penyebut_tahun,
        target_dilaporkan,
        n_gampong,

        -- dates
        periode_mulai,
        periode_selesai

    from both_levels

)

select * from final
