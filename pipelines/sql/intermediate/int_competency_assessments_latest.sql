-- int_competency_assessments_latest: the assessment that counts for each employee,
-- year and competency, one row per nip x tahun x kompetensi: the latest assessment on
-- or before 31 December of the year (tanggal_asesmen, then the latest load). Years
-- come from int_employee_years_enumerated. Read by int_competency_gaps_counted (gaps
-- per person) and mart_training_gap_opd (gaps per OPD); a gap is level_aktual below
-- level_standar. Built as a table (build_models.TABLE_MODELS): read twice.

with employee_years as (

    select * from int_employee_years_enumerated

),

assessments as (

    select * from stg_kompetensi

),

final as (

    select
        employee_years.nip,
        employee_years.tahun,
        assessments.kompetensi,
        assessments.jenis,
        assessments.level_standar,
        assessments.level_aktual
    from employee_years
    inner join assessments
        on employee_years.nip = assessments.nip
        and assessments.tanggal_asesmen <= employee_years.akhir_tahun
    qualify row_number() over (
        partition by employee_years.nip, employee_years.tahun, assessments.kompetensi
        order by assessments.tanggal_asesmen desc, assessments._loaded_at desc,
            assessments._source_row desc
    ) = 1

)

select * from final
