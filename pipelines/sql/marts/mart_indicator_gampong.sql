-- mart_indicator_gampong: one row per indicator x gampong x period, for every indicator
-- reported with a gampong (KES-IDL, KES-DPT1, KES-MR1, ...). realisasi_kumulatif is the
-- year-to-date value (e.g. cumulative IDL coverage); capaian_pct and status compare it
-- with the pro-rated target (target_periode), as in mart_indicator_attainment.
-- uci (KES-IDL only): on track for UCI, see int_indicator_gampong_accumulated.

with attainment as (

    select * from int_indicator_attainment_scored where tingkat = 'gampong'

),

gampong as (

    select * from ref_gampong

),

accumulated as (

    select kode_indikator, gampong_kode, periode, uci
    from int_indicator_gampong_accumulated

),

flagged as (

    select
        attainment.*,
        gampong.gampong_nama,
        gampong.kecamatan,
        accumulated.uci
    from attainment
    left join gampong
        on attainment.gampong_kode = gampong.gampong_kode
    left join accumulated
        on attainment.kode_indikator = accumulated.kode_indikator
        and attainment.gampong_kode = accumulated.gampong_kode
        and attainment.periode = accumulated.periode

),

final as (

    select
        -- ids
        kode_indikator,
        gampong_kode,
        periode,
        unit_kode,

        -- dimensions
        gampong_nama,
        kecamatan,
        periode_jenis,
        tahun,
        bulan_ke,
        status,
        uci,

        -- measures
        pembilang,
        penyebut,
        realisasi,
        realisasi_kumulatif,
        target,
        target_periode,
        capaian_pct,

        -- dates
        periode_mulai,
        periode_selesai

    from flagged

)

select * from final
