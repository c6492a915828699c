-- int_data_cutoff_found: one row, the month the data reaches ("data per ...").
-- The cut-off is the latest month covered by a monthly period (SKP or indicator
-- realisation); quarterly and yearly periods end later on paper (a 2026 IDM row ends
-- on 31 December 2026) and must not push the cut-off into the future. Without any
-- monthly period, the latest period end of any kind is used.
-- Nothing is expected of a unit after the cut-off month (mart_data_completeness).
-- SKP periods come from mart_employee_period (one row per stg_skp row). Built as a
-- table (build_models.TABLE_MODELS): most marts read it.

with periods as (

    select periode_jenis, periode_selesai from mart_employee_period
    union all
    select periode_jenis, periode_selesai from stg_realisasi_indikator

),

latest as (

    select
        max(periode_selesai) filter (where periode_jenis = 'bulanan') as bulanan_terakhir,
        max(periode_selesai) as periode_terakhir
    from periods

),

final as (

    select
        -- dates
        cast(coalesce(bulanan_terakhir, periode_terakhir) as date) as data_sampai,
        cast(
            date_trunc('month', coalesce(bulanan_terakhir, periode_terakhir)) as date
        ) as bulan_terakhir
    from latest

)

select * from final
