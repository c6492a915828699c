-- stg_pelatihan: training records, one row per nip x nama_pelatihan x tanggal_mulai.
-- Superseding: the row with the latest _loaded_at, then the highest _source_row, wins.

with source as (

    select * from raw_pelatihan

),

-- Only the keys loaded more than once (few) are ranked, so the wide table is
-- never sorted; the losers are then cut out by rowid. superseded and latest read
-- raw_pelatihan itself: rowid exists on the table only, and a CTE read three
-- times would be materialised whole.
repeated_keys as (

    select nip, nama_pelatihan, tanggal_mulai
    from source
    where nip is not null
        and nama_pelatihan is not null
        and tanggal_mulai is not null
    group by nip, nama_pelatihan, tanggal_mulai
    having count(*) > 1

),

superseded as (

    select raw_pelatihan.rowid as row_id
    from raw_pelatihan
    semi join repeated_keys
        on raw_pelatihan.nip = repeated_keys.nip
        and raw_pelatihan.nama_pelatihan = repeated_keys.nama_pelatihan
        and raw_pelatihan.tanggal_mulai = repeated_keys.tanggal_mulai
    qualify row_number() over (
        partition by
            raw_pelatihan.nip,
            raw_pelatihan.nama_pelatihan,
            raw_pelatihan.tanggal_mulai
        order by raw_pelatihan._loaded_at desc, raw_pelatihan._source_row desc
    ) > 1

),

latest as (

    select raw_pelatihan.*
    from raw_pelatihan
    anti join superseded
        on raw_pelatihan.rowid = superseded.row_id
    where raw_pelatihan.nip is not null
        and raw_pelatihan.nama_pelatihan is not null
        and raw_pelatihan.tanggal_mulai is not null

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
