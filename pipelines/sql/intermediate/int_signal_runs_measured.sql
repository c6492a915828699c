-- int_signal_runs_measured: every flagged subject x signal x period of the
-- int_signal_*_evaluated models, with the persistence of the flag.
-- A series is one subject x signal x seri (periodic vs annual SKP, or the period type
-- of an indicator); its evaluated periods (flagged or not) are ordered by their end,
-- then periode: urutan is a period's position (1 = first), n_urutan the number of
-- evaluated periods. A run is an unbroken sequence of flagged evaluated periods in a
-- series (consecutive urutan): pertama_muncul is the first period of the run that
-- contains the row, lama_periode the row's position in it (1 = first). terkini marks
-- the latest evaluated period of the series (is the flag still on?).
-- Each evaluated model measures its runs itself, on its narrow flagged rows before it
-- builds the reason texts (the same runs / measured CTEs in each), so no sort ever
-- carries every evaluated period or the long texts; this model puts them together.

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

    from unioned

)

select * from final
