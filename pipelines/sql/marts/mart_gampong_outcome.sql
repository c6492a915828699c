-- mart_gampong_outcome: one row per gampong x community-empowerment indicator (PMD-*)
-- x year: the indicator's latest period of the year for that gampong (from
-- mart_indicator_gampong), its value against the target of that period and the
-- distance to it, for the Pemberdayaan Masyarakat page.
--   nilai           = year-to-date value (cumulative indicators such as PMD-DANA-DESA,
--                     compared with the target pro-rated to the month) or the
--                     period's own value (participation, poor households, IDM)
--   selisih_target  = how far the value is short of target_periode, in the
--                     indicator's unit (target - nilai when higher is better, nilai -
--                     target for PMD-KELUARGA-MISKIN where lower is better); <= 0 on
--                     target
--   peringkat_terjauh = 1 for the gampong furthest from target per indicator and year
--                     (lowest capaian_pct, then largest selisih_target); NULL without
--                     a target
--   status_idm (PMD-IDM rows only), DOMAIN.md §5c bands on the value rounded to 4
--   decimals: sangat_tertinggal <= 0.491 < tertinggal <= 0.599 < berkembang
--   <= 0.707 < maju <= 0.815 < mandiri

with gampong_values as (

    select * from mart_indicator_gampong where kode_indikator like 'PMD-%'

),

indicators as (

    select * from ref_indikator

),

latest as (

    select *
    from gampong_values
    qualify row_number() over (
        partition by kode_indikator, gampong_kode, tahun
        order by periode_selesai desc, periode_mulai desc
    ) = 1

),

valued as (

    select
        latest.*,
        indicators.nama_id,
        indicators.nama_en,
        indicators.arah,
        indicators.satuan,
        indicators.kumulatif,
        coalesce(latest.realisasi_kumulatif, latest.realisasi) as nilai
    from latest
    inner join indicators
        on latest.kode_indikator = indicators.kode_indikator

),

measured as (

    select
        *,
        case
            when target_periode is null then null
            when arah = 'turun' then nilai - target_periode
            else target_periode - nilai
        end as selisih_target,
        case
            when kode_indikator <> 'PMD-IDM' or nilai is null then null
            when round(nilai, 4) <= 0.491 then 'sangat_tertinggal'
            when round(nilai, 4) <= 0.599 then 'tertinggal'
            when round(nilai, 4) <= 0.707 then 'berkembang'
            when round(nilai, 4) <= 0.815 then 'maju'
            else 'mandiri'
        end as status_idm
    from valued

),

ranked as (

    select
        *,
        case
            when capaian_pct is not null then row_number() over (
                partition by kode_indikator, tahun, capaian_pct is null
                order by capaian_pct, selisih_target desc, gampong_nama
            )
        end as peringkat_terjauh
    from measured

),

final as (

    select
        -- ids
        gampong_kode,
        kode_indikator,
        tahun,
        unit_kode,

        -- dimensions
        gampong_nama,
        kecamatan,
        nama_id,
        nama_en,
        arah,
        satuan,
        kumulatif,
        periode,
        periode_jenis,
        bulan_ke,
        status,
        status_idm,
        peringkat_terjauh,

        -- measures
        nilai,
        target,
        target_periode,
        capaian_pct,
        selisih_target,

        -- dates
        periode_selesai

    from ranked

)

select * from final
