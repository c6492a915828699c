-- stg_pelatihan: training records, one row per nip x nama_pelatihan x tanggal_mulai.
-- Superseding: the row with the latest _loaded_at, then the highest _source_row, wins.

with source as (

    select * from raw_pelatihan

),

latest as (

    select *
    from source
    where nip is not null
        and nama_pelatihan is not null
        and tanggal_mulai is not null
    qualify row_number() over (
        partition by nip, nama_pelatihan, tanggal_mulai
        order by _loaded_at desc, _source_row desc
    ) = 1

),

final as (

    select
        -- ids
        nip,
        trim(nama_pelatihan) as nama_pelatihan,

        -- dimensions
        cast(year(tanggal_mulai) as integer) as tahun,
        jalur,
        nullif(trim(kompetensi), '') as kompetensi,
        nullif(trim(penyelenggara), '') as penyelenggara,

        -- measures
        jp,

        -- dates
        tanggal_mulai,
        tanggal_selesai,

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
