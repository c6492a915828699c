-- stg_kompetensi: competency assessments, one row per nip x kompetensi x tanggal_asesmen.
-- Superseding: the row with the latest _loaded_at, then the highest _source_row, wins.

with source as (

    select * from raw_kompetensi

),

latest as (

    select *
    from source
    where nip is not null
        and kompetensi is not null
        and tanggal_asesmen is not null
    qualify row_number() over (
        partition by nip, kompetensi, tanggal_asesmen
        order by _loaded_at desc, _source_row desc
    ) = 1

),

final as (

    select
        -- ids
        nip,
        trim(kompetensi) as kompetensi,

        -- dimensions
        cast(year(tanggal_asesmen) as integer) as tahun,
        jenis,
        potensi,

        -- measures
        level_standar,
        level_aktual,
        level_standar - level_aktual as kesenjangan,

        -- dates
        tanggal_asesmen,

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
