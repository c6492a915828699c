-- mart_employee_training: one row per training attended (stg_pelatihan: nip x
-- nama_pelatihan x tanggal_mulai), with the employee's current OPD and unit so a
-- scoped viewer sees only their OPD's people. tahun: stg_pelatihan.tahun (the
-- year whose JP it counts towards, as in int_jp_summed_per_year).

with trainings as (

    select * from stg_pelatihan

),

employees as (

    select * from int_employees_current

),

joined as (

    select
        trainings.*,
        employees.nama,
        employees.jenis_asn,
        employees.opd_kode,
        employees.opd_nama,
        employees.unit_kode,
        employees.unit_kerja
    from trainings
    left join employees
        on trainings.nip = employees.nip

),

final as (

    select
        -- ids
        nip,
        nama_pelatihan,
        tanggal_mulai,
        opd_kode,
        unit_kode,

        -- dimensions
        nama,
        jenis_asn,
        opd_nama,
        unit_kerja,
        tahun,
        jalur,
        kompetensi,
        penyelenggara,

        -- measures
        jp,

        -- dates
        tanggal_selesai,

        -- lineage
        _file_sha256,
        _source_row

    from joined

)

select * from final
