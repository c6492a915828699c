-- int_jp_summed_per_year: training hours (JP) per employee per year, one row per
-- nip x tahun. The year is the year of tanggal_mulai. A course without jalur counts in
-- jp_total only.

with training as (

    select * from stg_pelatihan

),

summed as (

    select
        nip,
        tahun,
        count(*) as n_pelatihan,
        coalesce(sum(jp), 0) as jp_total,
        coalesce(sum(jp) filter (where jalur = 'klasikal'), 0) as jp_klasikal,
        coalesce(sum(jp) filter (where jalur = 'nonklasikal'), 0) as jp_nonklasikal
    from training
    group by nip, tahun

),

final as (

    select
        -- ids
        nip,
        tahun,

        -- measures
        n_pelatihan,
        jp_total,
        jp_klasikal,
        jp_nonklasikal

    from summed

)

select * from final
