-- stg_survei_ikm: survey responses, one row per respondent row as loaded.
-- No natural key: two respondents may give identical answers, so every raw row counts
-- (the loader already refuses a file row it has seen before, via _row_hash).

with source as (

    select * from raw_survei_ikm

),

cleaned as (

    select *
    from source
    where unit_kode is not null
        and tanggal is not null

),

final as (

    select
        -- ids
        unit_kode,
        nullif(trim(id_responden), '') as id_responden,

        -- dimensions
        unit_layanan,
        cast(year(tanggal) as integer) as tahun,
        cast(quarter(tanggal) as integer) as triwulan,
        cast(month(tanggal) as integer) as bulan,
        jenis_kelamin,
        usia,
        nullif(trim(pendidikan), '') as pendidikan,
        nullif(trim(saran), '') as saran,

        -- measures (answers 1..4)
        u1,
        u2,
        u3,
        u4,
        u5,
        u6,
        u7,
        u8,
        u9,

        -- dates
        tanggal,

        -- lineage
        _import_id,
        _file_sha256,
        _source_file,
        _source_sheet,
        _source_row,
        _loaded_at,
        _row_hash

    from cleaned

)

select * from final
