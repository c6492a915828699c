-- stg_penghargaan: awards, one row per penerima x nama_penghargaan x tanggal.
-- Superseding: the row with the latest _loaded_at, then the highest _source_row, wins.

with source as (

    select * from raw_penghargaan

),

latest as (

    select *
    from source
    where penerima is not null
        and nama_penghargaan is not null
        and tanggal is not null
    qualify row_number() over (
        partition by penerima, nama_penghargaan, tanggal
        order by _loaded_at desc, _source_row desc
    ) = 1

),

final as (

    select
        -- ids
        penerima,
        unit_kode,
        case when penerima_jenis = 'pegawai' then penerima end as nip,

        -- dimensions
        penerima_jenis,
        trim(nama_penghargaan) as nama_penghargaan,
        nullif(trim(kategori), '') as kategori,
        nullif(trim(keterangan), '') as keterangan,
        cast(year(tanggal) as integer) as tahun,

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

    from latest

)

select * from final
