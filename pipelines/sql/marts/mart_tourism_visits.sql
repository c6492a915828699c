-- mart_tourism_visits: one row per year with tourist arrivals, from two sources side
-- by side: the published reference figures (ref_kunjungan_wisata, Dinas Pariwisata as
-- reported in the press, DOMAIN.md §5b; some years cover January-April only) and the
-- realised year-to-date visits of the city indicator PAR-KUNJUNGAN
-- (mart_indicator_attainment, tingkat 'kota', the latest month of the year) with its
-- target pro-rated to that month. kunjungan_jan_apr is the realised cumulative count
-- up to April, comparable with the January-April reference figures.

with reference as (

    select * from ref_kunjungan_wisata

),

visits as (

    select * from mart_indicator_attainment
    where kode_indikator = 'PAR-KUNJUNGAN' and tingkat = 'kota'

),

latest as (

    select * from visits where is_latest_in_year

),

january_april as (

    select
        tahun,
        max(realisasi_kumulatif) as kunjungan_jan_apr
    from visits
    where periode_jenis = 'bulanan' and bulan_ke = 4
    group by tahun

),

joined as (

    select
        coalesce(reference.tahun, latest.tahun) as tahun,
        reference.periode_cakupan as referensi_periode,
        reference.wisatawan_nusantara as referensi_nusantara,
        reference.wisatawan_mancanegara as referensi_mancanegara,
        reference.total as referensi_total,
        reference.sumber as referensi_sumber,
        reference.catatan as referensi_catatan,
        latest.periode as data_periode,
        latest.bulan_ke as data_bulan_ke,
        latest.status,
        latest.realisasi_kumulatif as kunjungan_kumulatif,
        january_april.kunjungan_jan_apr,
        latest.target,
        latest.target_periode,
        latest.capaian_pct,
        latest.periode_selesai as data_sampai
    from reference
    full outer join latest
        on reference.tahun = latest.tahun
    left join january_april
        on coalesce(reference.tahun, latest.tahun) = january_april.tahun

),

final as (

    select
        -- ids
        cast(tahun as integer) as tahun,

        -- dimensions
        referensi_periode,
        referensi_sumber,
        referensi_catatan,
        data_periode,
        data_bulan_ke,
        status,

        -- measures
        referensi_nusantara,
        referensi_mancanegara,
        referensi_total,
        kunjungan_kumulatif,
        kunjungan_jan_apr,
        target,
        target_periode,
        capaian_pct,

        -- dates
        data_sampai

    from joined

)

select * from final
