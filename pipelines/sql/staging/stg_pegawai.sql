-- stg_pegawai: the employee master, one row per nip.
-- A later export supersedes an earlier one: per nip the row with the latest _loaded_at,
-- then the highest _source_row, wins.

with source as (

    select * from raw_pegawai

),

-- Only the keys loaded more than once (few) are ranked, so the wide table is
-- never sorted; the losers are then cut out by rowid. superseded and latest read
-- raw_pegawai itself: rowid exists on the table only, and a CTE read three
-- times would be materialised whole.
repeated_keys as (

    select nip
    from source
    where nip is not null
    group by nip
    having count(*) > 1

),

superseded as (

    select raw_pegawai.rowid as row_id
    from raw_pegawai
    semi join repeated_keys
        on raw_pegawai.nip = repeated_keys.nip
    qualify row_number() over (
        partition by raw_pegawai.nip
        order by raw_pegawai._loaded_at desc, raw_pegawai._source_row desc
    ) > 1

),

latest as (

    select raw_pegawai.*
    from raw_pegawai
    anti join superseded
        on raw_pegawai.rowid = superseded.row_id
    where raw_pegawai.nip is not null

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
