-- stg_kompetensi: competency assessments, one row per nip x kompetensi x tanggal_asesmen.
-- Superseding: the row with the latest _loaded_at, then the highest _source_row, wins.

with source as (

    select * from raw_kompetensi

),

-- Only the keys loaded more than once (few) are ranked, so the wide table is
-- never sorted; the losers are then cut out by rowid. superseded and latest read
-- raw_kompetensi itself: rowid exists on the table only, and a CTE read three
-- times would be materialised whole.
repeated_keys as (

    select nip, kompetensi, tanggal_asesmen
    from source
    where nip is not null
        and kompetensi is not null
        and tanggal_asesmen is not null
    group by nip, kompetensi, tanggal_asesmen
    having count(*) > 1

),

superseded as (

    select raw_kompetensi.rowid as row_id
    from raw_kompetensi
    semi join repeated_keys
        on raw_kompetensi.nip = repeated_keys.nip
        and raw_kompetensi.kompetensi = repeated_keys.kompetensi
        and raw_kompetensi.tanggal_asesmen = repeated_keys.tanggal_asesmen
    qualify row_number() over (
        partition by
            raw_kompetensi.nip,
            raw_kompetensi.kompetensi,
            raw_kompetensi.tanggal_asesmen
        order by raw_kompetensi._loaded_at desc, raw_kompetensi._source_row desc
    ) > 1

),

latest as (

    select raw_kompetensi.*
    from raw_kompetensi
    anti join superseded
        on raw_kompetensi.rowid = superseded.row_id
    where raw_kompetensi.nip is not null
        and raw_kompetensi.kompetensi is not null
        and raw_kompetensi.tanggal_asesmen is not null

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
