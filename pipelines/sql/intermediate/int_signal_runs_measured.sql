-- int_signal_runs_measured: every evaluated subject x signal x period of the
-- int_signal_*_evaluated models (flagged or not), with the persistence of the flag.
-- A series is one subject x signal x seri (periodic vs annual SKP, or the period type
-- of an indicator); periods are ordered by their end. A run is an unbroken sequence of
-- flagged evaluated periods in a series: pertama_muncul is the first period of the
-- run that contains the row, lama_periode the row's position in it (1 = first).
-- terkini marks the latest evaluated period of the series (is the flag still on?).

with low_performance as (

    select * from int_signal_low_performance_evaluated

),

person_stagnation as (

    select * from int_signal_person_stagnation_evaluated

),

resistance as (

    select * from int_signal_resistance_evaluated

),

unit_stagnation as (

    select * from int_signal_unit_stagnation_evaluated

),

mismatch as (

    select * from int_signal_mismatch_evaluated

),

unioned as (

    select * from low_performance
    union all by name
    select * from person_stagnation
    union all by name
    select * from resistance
    union all by name
    select * from unit_stagnation
    union all by name
    select * from mismatch

),

grouped_into_runs as (

    select
        *,
        count(*) filter (where not berlaku) over (
            partition by subjek_jenis, subjek_kode, sinyal, seri
            order by periode_selesai, periode
            rows between unbounded preceding and current row
        ) as nomor_run,
        row_number() over (
            partition by subjek_jenis, subjek_kode, sinyal, seri
            order by periode_selesai desc, periode desc
        ) = 1 as terkini
    from unioned

),

measured as (

    select
        *,
        case
            when berlaku then first_value(periode) over run_so_far
        end as pertama_muncul,
        case
            when berlaku then count(*) over run_so_far
        end as lama_periode
    from grouped_into_runs
    window run_so_far as (
        partition by subjek_jenis, subjek_kode, sinyal, seri, nomor_run, berlaku
        order by periode_selesai, periode
        rows between unbounded preceding and current row
    )

),

final as (

    select
        -- ids
        subjek_jenis,
        subjek_kode,
        sinyal,
        periode,

        -- dimensions
        periode_jenis,
        seri,
        tahun,
        berlaku,
        terkini,
        keparahan,
        pertama_muncul,
        alasan_inti,
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

    from measured

)

select * from final
