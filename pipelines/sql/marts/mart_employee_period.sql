-- mart_employee_period: one row per employee (nip) per SKP period (nip x periode).
-- predikat_kinerja comes from the PermenPANRB 6/2022 matrix; a supplied predikat is kept
-- in predikat_dilaporkan and checked (predikat_sesuai_matriks, NULL when none supplied).
-- hari_terlambat = days after the self-report limit (periode_selesai + aturan
-- skp.hari_batas_pengisian), 0 when on time. An SKP of a nip missing from the employee
-- master is kept, with empty employee attributes and nip_valid from the NIP alone.

with skp as (

    select * from int_skp_scored

),

employees as (

    select * from int_employees_current

),

joined as (

    select
        skp.*,
        employees.nama,
        employees.jenis_asn,
        employees.opd_kode,
        employees.opd_nama,
        employees.sektor,
        employees.unit_kerja,
        employees.unit_kode,
        employees.jenis_jabatan,
        employees.nama_jabatan,
        case
            when employees.nip is not null then employees.nip_catatan
            else nip_error(skp.nip, null)
        end as nip_catatan
    from skp
    left join employees
        on skp.nip = employees.nip

),

final as (

    select
        -- ids
        nip,
        periode,
        opd_kode,
        unit_kode,
        penilai_nip,

        -- dimensions
        nama,
        jenis_asn,
        opd_nama,
        sektor,
        unit_kerja,
        jenis_jabatan,
        nama_jabatan,
        periode_jenis,
        tahun,
        rating_hasil_kerja,
        rating_perilaku_kerja,
        predikat_kinerja,
        predikat_dilaporkan,
        predikat_sesuai_matriks,
        rating_hasil_kerja_mandiri,
        terlambat,
        nip_catatan is null as nip_valid,
        nip_catatan,

        -- measures
        skor_hasil_kerja,
        skor_perilaku_kerja,
        skor_predikat,
        selisih_mandiri,
        hari_terlambat,
        skor_adaptif,

        -- dates
        periode_mulai,
        periode_selesai,
        tanggal_pengisian,

        -- lineage
        _file_sha256,
        _source_row,
        _loaded_at

    from joined

)

select * from final
