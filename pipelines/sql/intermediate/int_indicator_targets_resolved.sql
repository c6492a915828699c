-- int_indicator_targets_resolved: the yearly target of every indicator for every subject
-- (each unit in ref_unit, each gampong, and 'KOTA' for the city), one row per
-- kode_indikator x tahun x unit_kode.
-- A unit-specific row of ref_indikator_target wins; otherwise the row with unit_kode ''
-- (all units) applies. target_khusus tells which.

with targets as (

    select
        kode_indikator,
        cast(tahun as integer) as tahun,
        coalesce(unit_kode, '') as unit_kode,
        max(cast(target as double)) as target
    from ref_indikator_target
    where target is not null
    group by all

),

general_targets as (

    select * from targets where unit_kode = ''

),

specific_targets as (

    select * from targets where unit_kode <> ''

),

subjects as (

    select unit_kode from ref_unit
    union
    select gampong_kode as unit_kode from ref_gampong
    union
    select 'KOTA' as unit_kode
    union
    select unit_kode from specific_targets

),

general_per_subject as (

    select
        general_targets.kode_indikator,
        general_targets.tahun,
        subjects.unit_kode,
        general_targets.target
    from general_targets
    cross join subjects

),

resolved as (

    select
        coalesce(specific.kode_indikator, general.kode_indikator) as kode_indikator,
        coalesce(specific.tahun, general.tahun) as tahun,
        coalesce(specific.unit_kode, general.unit_kode) as unit_kode,
        coalesce(specific.target, general.target) as target,
        specific.target is not null as target_khusus
    from general_per_subject as general
    full outer join specific_targets as specific
        on general.kode_indikator = specific.kode_indikator
        and general.tahun = specific.tahun
        and general.unit_kode = specific.unit_kode

),

final as (

    select
        -- ids
        kode_indikator,
        tahun,
        unit_kode,

        -- measures
        target,
        target_khusus

    from resolved

)

select * from final
