-- mart_flags: one row per subject x signal x period where the signal holds
-- (subjek_jenis, subjek_kode, sinyal, periode). Signals (PRODUCT.md §5, thresholds in
-- aturan [sinyal]): kinerja_rendah, stagnasi_pegawai, resistensi (subjek 'pegawai',
-- subjek_kode = nip) and stagnasi_unit, ketidaksesuaian_hasil (subjek 'unit',
-- subjek_kode = unit_kode). Rules and severity: the int_signal_*_evaluated models.
-- pertama_muncul / lama_periode: the first period and the length so far of the
-- unbroken run of flagged evaluated periods (int_signal_runs_measured); terkini: the
-- period is the subject's latest evaluated one for this signal (the flag is current).
-- alasan: the rule's numbers in Indonesian plus the persistence. komponen: JSON text,
-- for resistensi every component with its value, threshold and whether it fired; for
-- stagnasi_unit every stagnant indicator with its numbers; NULL otherwise.

with runs as (

    select * from int_signal_runs_measured

),

employees as (

    select * from int_employees_current

),

units as (

    select * from ref_unit

),

opd as (

    select * from ref_opd

),

named as (

    select
        runs.*,
        case
            when runs.subjek_jenis = 'pegawai' then employees.nama
            else units.unit_nama
        end as subjek_nama,
        case
            when runs.subjek_jenis = 'pegawai' then employees.opd_kode
            else units.opd_kode
        end as opd_kode,
        case
            when runs.subjek_jenis = 'pegawai' then employees.unit_kode
            else runs.subjek_kode
        end as unit_kode,
        case
            when runs.subjek_jenis = 'pegawai' then employees.unit_kerja
            else units.unit_nama
        end as unit_kerja
    from runs
    left join employees
        on runs.subjek_jenis = 'pegawai'
        and runs.subjek_kode = employees.nip
    left join units
        on runs.subjek_jenis = 'unit'
        and runs.subjek_kode = units.unit_kode

),

explained as (

    select
        named.*,
        opd.opd_nama,
        named.alasan_inti || case
            when named.lama_periode = 1 then '. Pertama muncul pada periode ini.'
            else '. Berlangsung ' || named.lama_periode
                || ' periode berturut-turut sejak ' || named.pertama_muncul || '.'
        end as alasan
    from named
    left join opd
        on named.opd_kode = opd.opd_kode

),

final as (

    select
        -- ids
        subjek_jenis,
        subjek_kode,
        sinyal,
        periode,
        opd_kode,
        unit_kode,

        -- dimensions
        subjek_nama,
        opd_nama,
        unit_kerja,
        periode_jenis,
        tahun,
        keparahan,
        pertama_muncul,
        terkini,
        alasan,
        komponen,

        -- measures
        lama_periode,
        n_periode_buruk,
        n_periode_dilihat,
        n_komponen_aktif,
        n_indikator_stagnan,
        n_indikator_gagal,
        n_indikator_bertarget,
        pct_baik_ke_atas,
        tahun_di_jabatan,

        -- dates
        periode_selesai,
        tmt_jabatan

    from explained

)

select * from final
