-- int_employee_years_enumerated: the employee x year pairs the yearly marts report on,
-- one row per nip x tahun:
--   every employee of the current master for every year that has SKP data (so an
--   employee without training still shows 0 JP), plus
--   every nip x year with an SKP evaluation, a training or a competency assessment
--   (also for a nip missing from the master).
-- SKP rows come from mart_employee_period (one row per stg_skp row, built once).
-- Built as a table (build_models.TABLE_MODELS): read by several models.

with employees as (

    select nip from int_employees_current

),

-- read twice: not materialised (a scan costs less than holding every SKP in memory)
skp as not materialized (

    select nip, tahun from mart_employee_period

),

training as (

    select nip, tahun from stg_pelatihan

),

assessments as (

    select nip, tahun from stg_kompetensi

),

skp_years as (

    select distinct tahun from skp

),

pairs as (

    select employees.nip, skp_years.tahun
    from employees
    cross join skp_years
    union
    select nip, tahun from skp
    union
    select nip, tahun from training
    union
    select nip, tahun from assessments

),

final as (

    select
        -- ids
        nip,
        tahun,

        -- dates
        make_date(tahun, 12, 31) as akhir_tahun

    from pairs
    where nip is not null
        and tahun is not null

)

select * from final
