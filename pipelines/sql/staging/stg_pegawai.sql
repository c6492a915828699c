-- stg_pegawai: the employee master, one row per nip.
-- A later export supersedes an earlier one: per nip the row with the latest _loaded_at,
-- then the highest _source_row, wins.

with source as (

    select * from raw_pegawai

),

latest as (

    select *
    from source
    where nip is not null
    qualify row_number() over (
        partition by nip
        order by _loaded_at desc, _source_row desc
    ) = 1

),

final as (

    select
        -- ids
        nip,
        opd_kode,
        unit_kode,
        nullif(trim(nip_atasan), '') as nip_atasan,

        -- dimensions
        trim(nama) as nama,
        jenis_asn,
        trim(opd) as opd,
        trim(unit_kerja) as unit_kerja,
        jenis_jabatan,
        trim(nama_jabatan) as nama_jabatan,
        nullif(trim(golongan), '') as golongan,
        jenis_kelamin,
        nullif(trim(pendidikan), '') as pendidikan,

        -- dates
        tanggal_lahir,
        tmt_jabatan,

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
