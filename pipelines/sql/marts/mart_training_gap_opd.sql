-- mart_training_gap_opd: competency gaps per OPD, year and competency (the heatmap and
-- the route list of Kebutuhan Pelatihan), one row per opd_kode x tahun x kompetensi
-- with at least one assessed employee.
-- Who counts: employees of the current master (int_employees_current, with its OPD) in
-- their years of int_employee_years_enumerated. Per employee, year and competency the
-- latest assessment on or before 31 December of the year counts (tanggal_asesmen, then
-- the latest load: int_competency_assessments_latest); a gap is level_aktual below
-- level_standar. In the year of the data cut-off that is the same assessment
-- mart_training_needs uses, so the counts match its rows.
-- Route: the competency's row of ref_kompetensi_pelatihan (matched on the name,
-- case-insensitive), else the default route of mart_training_needs (nonklasikal
-- coaching, aturan sinyal.pelatihan_jp_bawaan JP, rute_bawaan = true).
-- n_dinilai: employees assessed; n_kesenjangan: with a gap; pct_kesenjangan =
-- 100 x n_kesenjangan / n_dinilai; jumlah_kesenjangan: the gaps summed in levels (so a
-- city-wide mean can be added up); rata_kesenjangan = jumlah_kesenjangan /
-- n_kesenjangan (NULL without a gap). The page suppresses cells with n_dinilai below
-- aturan data.min_orang_agregat for roles without individual access.

with employees as (

    select * from int_employees_current

),

routes as (

    select * from ref_kompetensi_pelatihan

),

rules as (

    select
        max(nilai) filter (
            where bagian = 'sinyal' and kunci = 'pelatihan_jp_bawaan'
        ) as jp_bawaan
    from ref_aturan

),

latest_per_competency as (

    select * from int_competency_assessments_latest

),

aggregated_to_opd as (

    select
        employees.opd_kode,
        latest.tahun,
        latest.kompetensi,
        max(latest.jenis) as jenis_asesmen,
        count(*) as n_dinilai,
        count(*) filter (
            where latest.level_aktual < latest.level_standar
        ) as n_kesenjangan,
        coalesce(
            sum(latest.level_standar - latest.level_aktual) filter (
                where latest.level_aktual < latest.level_standar
            ),
            0
        ) as jumlah_kesenjangan
    from latest_per_competency as latest
    inner join employees
        on latest.nip = employees.nip
    where employees.opd_kode is not null
    group by employees.opd_kode, latest.tahun, latest.kompetensi

),

opd_names as (

    select distinct opd_kode, opd_nama, opd_singkatan, sektor
    from employees
    where opd_kode is not null

),

joined as (

    select
        aggregated_to_opd.*,
        opd_names.opd_nama,
        opd_names.opd_singkatan,
        opd_names.sektor,
        coalesce(routes.jenis, aggregated_to_opd.jenis_asesmen) as jenis,
        routes.kompetensi is null as rute_bawaan,
        coalesce(routes.jalur, 'nonklasikal') as jalur,
        coalesce(routes.bentuk, 'coaching') as bentuk,
        coalesce(
            routes.rekomendasi_pelatihan,
            'Coaching oleh atasan langsung untuk kompetensi '
                || aggregated_to_opd.kompetensi
                || ' (belum ada di peta kompetensi-pelatihan)'
        ) as rekomendasi_pelatihan,
        coalesce(routes.jp, rules.jp_bawaan) as jp
    from aggregated_to_opd
    cross join rules
    left join opd_names
        on aggregated_to_opd.opd_kode = opd_names.opd_kode
    left join routes
        on lower(trim(aggregated_to_opd.kompetensi)) = lower(trim(routes.kompetensi))

),

final as (

    select
        -- ids
        opd_kode,
        tahun,
        kompetensi,

        -- dimensions
        opd_nama,
        opd_singkatan,
        sektor,
        jenis,
        jalur,
        bentuk,
        rekomendasi_pelatihan,
        rute_bawaan,

        -- measures
        n_dinilai,
        n_kesenjangan,
        100.0 * n_kesenjangan / n_dinilai as pct_kesenjangan,
        jumlah_kesenjangan,
        case
            when n_kesenjangan > 0 then 1.0 * jumlah_kesenjangan / n_kesenjangan
        end as rata_kesenjangan,
        jp

    from joined

)

select * from final
