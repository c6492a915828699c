-- int_nine_box_placed: the talent nine-box (PermenPANRB 3/2020, DOMAIN.md §3) per
-- employee per year, one row per nip x tahun.
-- Kinerja axis: the rating hasil kerja of the annual ('tahunan') SKP of the year when one
-- exists (sumber_kinerja 'tahunan'); otherwise the predikat of the latest periodic SKP
-- of the year mapped to a level (Sangat Baik -> Di Atas, Baik -> Sesuai, others ->
-- Di Bawah Ekspektasi; sumber_kinerja 'periodik_terakhir').
-- Potensi axis: the latest non-empty kompetensi.potensi assessed on or before 31 Dec.
-- Boxes:           Di Bawah  Sesuai  Di Atas
--     tinggi           6        8       9
--     menengah         3        5       7
--     rendah           1        2       4
-- predikat_efektif: the annual predikat, else that of the latest periodic SKP.
-- SKP rows come from mart_employee_period (one row per stg_skp row, built once).

with employee_years as (

    select * from int_employee_years_enumerated

),

-- read twice: not materialised (a scan costs less than holding every SKP in memory)
skp as not materialized (

    select * from mart_employee_period

),

assessments as (

    select * from stg_kompetensi where potensi is not null

),

annual as (

    select nip, tahun, rating_hasil_kerja, predikat_kinerja
    from skp
    where periode_jenis = 'tahunan'
    qualify row_number() over (
        partition by nip, tahun order by periode_selesai desc
    ) = 1

),

-- the periodic SKP with the latest end, then the latest start (an aggregate, not a
-- sort of every SKP; the key is unique per nip and year, a missing date counts as
-- the earliest)
latest_periodic_found as (

    select
        nip,
        tahun,
        arg_max(
            {'periode': periode, 'predikat_kinerja': predikat_kinerja},
            {
                'selesai': coalesce(periode_selesai, date '-infinity'),
                'mulai': coalesce(periode_mulai, date '-infinity')
            }
        ) as terakhir
    from skp
    where periode_jenis <> 'tahunan'
    group by nip, tahun

),

latest_periodic as (

    select
        nip,
        tahun,
        terakhir.periode as periode,
        terakhir.predikat_kinerja as predikat_kinerja
    from latest_periodic_found

),

latest_potential as (

    select
        employee_years.nip,
        employee_years.tahun,
        assessments.potensi
    from employee_years
    inner join assessments
        on employee_years.nip = assessments.nip
        and assessments.tanggal_asesmen <= employee_years.akhir_tahun
    qualify row_number() over (
        partition by employee_years.nip, employee_years.tahun
        order by assessments.tanggal_asesmen desc, assessments._loaded_at desc,
            assessments._source_row desc
    ) = 1

),

axes as (

    select
        employee_years.nip,
        employee_years.tahun,
        annual.predikat_kinerja as predikat_tahunan,
        annual.rating_hasil_kerja as rating_hasil_kerja_tahunan,
        latest_periodic.periode as periode_terakhir,
        latest_periodic.predikat_kinerja as predikat_periodik_terakhir,
        case
            when annual.rating_hasil_kerja is not null then annual.rating_hasil_kerja
            when latest_periodic.predikat_kinerja = 'Sangat Baik'
                then 'Di Atas Ekspektasi'
            when latest_periodic.predikat_kinerja = 'Baik' then 'Sesuai Ekspektasi'
            when latest_periodic.predikat_kinerja is not null
                then 'Di Bawah Ekspektasi'
        end as kinerja_9box,
        case
            when annual.rating_hasil_kerja is not null then 'tahunan'
            when latest_periodic.predikat_kinerja is not null then 'periodik_terakhir'
        end as sumber_kinerja_9box,
        latest_potential.potensi
    from employee_years
    left join annual
        on employee_years.nip = annual.nip
        and employee_years.tahun = annual.tahun
    left join latest_periodic
        on employee_years.nip = latest_periodic.nip
        and employee_years.tahun = latest_periodic.tahun
    left join latest_potential
        on employee_years.nip = latest_potential.nip
        and employee_years.tahun = latest_potential.tahun

),

placed as (

    select
        *,
        case
            when potensi = 'tinggi' and kinerja_9box = 'Di Bawah Ekspektasi' then 6
            when potensi = 'tinggi' and kinerja_9box = 'Sesuai Ekspektasi' then 8
            when potensi = 'tinggi' and kinerja_9box = 'Di Atas Ekspektasi' then 9
            when potensi = 'menengah' and kinerja_9box = 'Di Bawah Ekspektasi' then 3
            when potensi = 'menengah' and kinerja_9box = 'Sesuai Ekspektasi' then 5
            when potensi = 'menengah' and kinerja_9box = 'Di Atas Ekspektasi' then 7
            when potensi = 'rendah' and kinerja_9box = 'Di Bawah Ekspektasi' then 1
            when potensi = 'rendah' and kinerja_9box = 'Sesuai Ekspektasi' then 2
            when potensi = 'rendah' and kinerja_9box = 'Di Atas Ekspektasi' then 4
        end as kotak_9box
    from axes

),

final as (

    select
        -- ids
        nip,
        tahun,

        -- dimensions
        predikat_tahunan,
        rating_hasil_kerja_tahunan,
        periode_terakhir,
        predikat_periodik_terakhir,
        coalesce(predikat_tahunan, predikat_periodik_terakhir) as predikat_efektif,
        kinerja_9box,
        sumber_kinerja_9box,
        potensi,
        kotak_9box

    from placed

)

select * from final
