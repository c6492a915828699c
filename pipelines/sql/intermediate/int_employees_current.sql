-- int_employees_current: one row per employee (nip) as in the latest master row, with
-- the OPD, sector and unit names and the NIP check. nip_error(nip, jenis_asn) is the
-- loader's macro (DOMAIN.md §2): NULL when the NIP is valid, else the reason.
-- Built as a table (build_models.TABLE_MODELS): most person-level models read it.

with employees as (

    select * from stg_pegawai

),

opd as (

    select * from ref_opd

),

units as (

    select * from ref_unit

),

joined as (

    select
        employees.*,
        opd.opd_nama,
        opd.opd_singkatan,
        opd.sektor,
        units.unit_nama
    from employees
    left join opd
        on employees.opd_kode = opd.opd_kode
    left join units
        on employees.unit_kode = units.unit_kode

),

validated as (

    select
        *,
        nip_error(nip, jenis_asn) as nip_catatan
    from joined

),

final as (

    select
        -- ids
        nip,
        opd_kode,
        unit_kode,
        nip_atasan,

        -- dimensions
        nama,
        jenis_asn,
        opd_nama,
        opd_singkatan,
        sektor,
        unit_kerja,
        unit_nama,
        jenis_jabatan,
        nama_jabatan,
        golongan,
        jenis_kelamin,
        pendidikan,
        nip_catatan is null as nip_valid,
        nip_catatan,

        -- dates
        tanggal_lahir,
        tmt_jabatan,

        -- lineage
        _file_sha256,
        _source_row,
        _loaded_at

    from validated

)

select * from final
