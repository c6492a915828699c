-- stg_realisasi_indikator: sector indicator values, one row per
-- kode_indikator x unit x gampong x periode.
-- The natural key uses the codes the loader resolved (unit_kode, gampong_kode) rather
-- than the names as typed, so "PKM Cot Ba'u" and "Puskesmas Cot Ba'u" are one unit.
-- Superseding: the row with the latest _loaded_at, then the highest _source_row, wins.

with source as (

    select * from raw_realisasi_indikator

),

latest as (

    select *
    from source
    where kode_indikator is not null
        and unit_kode is not null
        and periode is not null
    qualify row_number() over (
        partition by kode_indikator, unit_kode, coalesce(gampong_kode, gampong), periode
        order by _loaded_at desc, _source_row desc
    ) = 1

),

final as (

    select
        -- ids
        kode_indikator,
        unit_kode,
        gampong_kode,
        periode,
        nip_penanggung_jawab,

        -- dimensions
        unit,
        gampong,
        periode_jenis,
        cast(year(periode_selesai) as integer) as tahun,
        cast(month(periode_selesai) as integer) as bulan_ke,

        -- measures
        realisasi,
        target as target_dilaporkan,
        pembilang,
        penyebut,

        -- dates
        periode_mulai,
        periode_selesai,

        -- lineage
        _import_id,
        _file_sha256,
        _source_file,
        _source_sheet,
        _source_row,
        _loaded_at,
        _row_hash

    from latest

)

select * from final
