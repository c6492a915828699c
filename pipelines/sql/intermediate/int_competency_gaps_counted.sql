-- int_competency_gaps_counted: open competency gaps per employee per year, one row per
-- nip x tahun (from int_employee_years_enumerated). For every competency the latest
-- assessment on or before 31 December of the year counts
-- (int_competency_assessments_latest); a gap is level_aktual below level_standar.

with employee_years as (

    select * from int_employee_years_enumerated

),

latest_per_competency as (

    select * from int_competency_assessments_latest

),

counted as (

    select
        employee_years.nip,
        employee_years.tahun,
        count(latest.kompetensi) as n_kompetensi_dinilai,
        count(*) filter (
            where latest.level_aktual < latest.level_standar
        ) as n_kesenjangan_kompetensi
    from employee_years
    left join latest_per_competency as latest
        on employee_years.nip = latest.nip
        and employee_years.tahun = latest.tahun
    group by employee_years.nip, employee_years.tahun

),

final as (

    select
        -- ids
        nip,
        tahun,

        -- measures
        n_kompetensi_dinilai,
        n_kesenjangan_kompetensi

    from counted

)

select * from final
