-- int_indicator_gampong_accumulated: indicator values reported per gampong, one row per
-- kode_indikator x gampong_kode x periode, with the year-to-date value
-- (same rules as int_indicator_periods_aggregated, per gampong):
--   realisasi_kumulatif (rasio with counts, kumulatif) = sum(pembilang Jan..period)
--   / max(penyebut in the year) x 100, e.g. the cumulative IDL coverage used for UCI.
-- unit_kode is the reporting unit (the first code if several units reported one gampong).
-- uci (KES-IDL only): the gampong is on track for Universal Child Immunization when its
--   cumulative coverage reaches aturan imunisasi.ambang_uci_pct pro-rated to the month
--   (ambang x bulan_ke / 12, the PWS line); in December (or on a yearly row) this is the
--   year's UCI status. A month's own figure is never used.

with realisasi as (

    select * from stg_realisasi_indikator where gampong_kode is not null

),

indicators as (

    select kode_indikator, agregasi, kumulatif from ref_indikator

),

rules as (

    select
        max(nilai) filter (where kunci = 'ambang_uci_pct') as ambang_uci_pct
    from ref_aturan
    where bagian = 'imunisasi'

),

gampong_periods as (

    select
        realisasi.kode_indikator,
        realisasi.gampong_kode,
        realisasi.periode,
        min(realisasi.unit_kode) as unit_kode,
        any_value(realisasi.periode_jenis) as periode_jenis,
        any_value(realisasi.periode_mulai) as periode_mulai,
        any_value(realisasi.periode_selesai) as periode_selesai,
        any_value(realisasi.tahun) as tahun,
        any_value(realisasi.bulan_ke) as bulan_ke,
        any_value(indicators.agregasi) as agregasi,
        any_value(indicators.kumulatif) as kumulatif,
        count(realisasi.pembilang) = count(*)
            and count(realisasi.penyebut) = count(*) as ada_hitungan,
        sum(realisasi.pembilang) as pembilang,
        sum(realisasi.penyebut) as penyebut,
        sum(realisasi.realisasi) as realisasi_jumlah,
        avg(realisasi.realisasi) as realisasi_rata,
        max(realisasi.target_dilaporkan) as target_dilaporkan
    from realisasi
    inner join indicators
        on realisasi.kode_indikator = indicators.kode_indikator
    group by realisasi.kode_indikator, realisasi.gampong_kode, realisasi.periode

),

valued as (

    select
        *,
        case
            when agregasi = 'jumlah' then realisasi_jumlah
            when agregasi = 'rasio' and ada_hitungan and penyebut > 0
                then 100.0 * pembilang / penyebut
            else realisasi_rata
        end as realisasi
    from gampong_periods

),

running as (

    select
        *,
        sum(pembilang) over ytd as pembilang_kumulatif,
        max(penyebut) over whole_year as penyebut_tahun,
        bool_and(ada_hitungan) over ytd as ada_hitungan_kumulatif,
        sum(realisasi) over ytd as realisasi_jumlah_kumulatif,
        avg(realisasi) over ytd as realisasi_rata_kumulatif
    from valued
    window
        ytd as (
            partition by kode_indikator, gampong_kode, tahun, periode_jenis
            order by periode_selesai
            rows between unbounded preceding and current row
        ),
        whole_year as (
            partition by kode_indikator, gampong_kode, tahun, periode_jenis
        )

),

accumulated as (

    select
        *,
        case
            when kumulatif <> 'ya' then realisasi
            when agregasi = 'rasio' and ada_hitungan_kumulatif and penyebut_tahun > 0
                then 100.0 * pembilang_kumulatif / penyebut_tahun
            when agregasi in ('rasio', 'jumlah') then realisasi_jumlah_kumulatif
            when agregasi = 'rata_rata' then realisasi_rata_kumulatif
            else realisasi
        end as realisasi_kumulatif
    from running

),

flagged as (

    select
        accumulated.*,
        case
            when accumulated.kode_indikator = 'KES-IDL'
                then round(accumulated.realisasi_kumulatif, 6)
                    >= round(rules.ambang_uci_pct * coalesce(accumulated.bulan_ke, 12) / 12, 6)
        end as uci
    from accumulated
    cross join rules

),

final as (

    select
        -- ids
        kode_indikator,
        gampong_kode,
        periode,
        unit_kode,

        -- dimensions
        periode_jenis,
        tahun,
        bulan_ke,
        agregasi,
        kumulatif,
        uci,

        -- measures
        pembilang,
        penyebut,
        realisasi,
        realisasi_kumulatif,
        pembilang_kumulatif,
        penyebut_tahun,
        target_dilaporkan,

        -- dates
        periode_mulai,
        periode_selesai

    from flagged

)

select * from final
