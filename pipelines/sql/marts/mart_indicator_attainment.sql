-- mart_indicator_attainment: one row per indicator x unit x period (tingkat 'unit') plus
-- one per indicator x period for the whole city (tingkat 'kota', unit_kode 'KOTA',
-- unit_nama 'Kota Sabang'). Rules in int_indicator_periods_aggregated (aggregation,
-- year-to-date), int_indicator_values_derived (KES-DO, KES-UCI, PAR-IKM) and
-- int_indicator_attainment_scored (targets, capaian_pct, status).
-- berjalan: a month, quarter or semester that ends after the data cut-off
-- (int_data_cutoff_found): its value covers only part of the period (e.g. the IKM of a
-- quarter from the responses so far), so its status is provisional, never final. A
-- yearly value (IDM, poor households) is set once a year and counts as final.
-- is_latest_graded_in_year: the period the scorecards grade: the latest period of the
-- year that is not berjalan, else (every period of the year still running) the latest.

with attainment as (

    select * from int_indicator_attainment_scored where tingkat in ('unit', 'kota')

),

indicators as (

    select * from ref_indikator

),

opd as (

    select * from ref_opd

),

units as (

    select * from ref_unit

),

cutoff as (

    select data_sampai from int_data_cutoff_found

),

named as (

    select
        attainment.*,
        indicators.nama_id,
        indicators.nama_en,
        indicators.sektor,
        indicators.opd_kode,
        indicators.satuan,
        opd.opd_nama,
        case
            when attainment.tingkat = 'kota' then 'Kota Sabang'
            else units.unit_nama
        end as unit_nama,
        coalesce(
            attainment.periode_jenis <> 'tahunan'
            and attainment.periode_selesai > (select data_sampai from cutoff),
            false
        ) as berjalan
    from attainment
    inner join indicators
        on attainment.kode_indikator = indicators.kode_indikator
    left join opd
        on indicators.opd_kode = opd.opd_kode
    left join units
        on attainment.unit_kode = units.unit_kode

),

graded as (

    select
        *,
        row_number() over (
            partition by tingkat, kode_indikator, unit_kode, tahun
            order by berjalan, periode_selesai desc, periode_mulai asc
        ) = 1 as is_latest_graded_in_year
    from named

),

final as (

    select
        -- ids
        tingkat,
        kode_indikator,
        unit_kode,
        periode,
        opd_kode,

        -- dimensions
        nama_id,
        nama_en,
        sektor,
        opd_nama,
        unit_nama,
        periode_jenis,
        tahun,
        bulan_ke,
        arah,
        satuan,
        kumulatif,
        status,
        is_latest_in_year,
        berjalan,
        is_latest_graded_in_year,

        -- measures
        pembilang,
        penyebut,
        realisasi,
        realisasi_kumulatif,
        target,
        target_periode,
        capaian_pct,
        ambang_kuning_pct,
        n_gampong,

        -- dates
        periode_mulai,
        periode_selesai

    from graded

)

select * from final
