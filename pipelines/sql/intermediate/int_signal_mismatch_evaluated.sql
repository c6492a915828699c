-- int_signal_mismatch_evaluated: the outcome-vs-rating mismatch (ketidaksesuaian_hasil,
-- PRODUCT.md §5) evaluated for every unit x year of mart_unit_outcome_rating where it
-- can be judged (mismatch not NULL: enough rated staff and indicators with a target),
-- one row per unit_kode x tahun (periode = the year, e.g. '2025') where it holds.
-- The series is the unit's judged years; pertama_muncul, lama_periode and terkini
-- measure the run of flagged years as int_signal_runs_measured describes.
-- Severity: tinggi when at least aturan sinyal.ketidaksesuaian_pct_gagal_tinggi % of
-- the indicators with a target are tidak_tercapai, else sedang.

with outcomes as (

    select * from mart_unit_outcome_rating where mismatch is not null

),

rules as (

    select
        max(nilai) filter (where kunci = 'ketidaksesuaian_pct_gagal_tinggi')
            as pct_gagal_tinggi
    from ref_aturan
    where bagian = 'sinyal'

),

judged as (

    select
        outcomes.*,
        cast(outcomes.tahun as varchar) as periode,
        100.0 * outcomes.n_tidak_tercapai / outcomes.n_bertarget as pct_gagal,
        rules.pct_gagal_tinggi,
        row_number() over (
            partition by outcomes.unit_kode
            order by outcomes.data_sampai, cast(outcomes.tahun as varchar)
        ) as urutan,
        count(*) over (partition by outcomes.unit_kode) as n_urutan
    from outcomes
    cross join rules

),

flagged as (

    select * from judged where mismatch

),

-- runs of flagged periods (int_signal_runs_measured): consecutive urutan minus their
-- rank among the flagged rows is constant within a run
runs as (

    select
        *,
        urutan - row_number() over (partition by unit_kode order by urutan) as nomor_run
    from flagged

),

measured as (

    select
        *,
        first_value(periode) over run_so_far as pertama_muncul,
        count(*) over run_so_far as lama_periode,
        urutan = n_urutan as terkini
    from runs
    window run_so_far as (
        partition by unit_kode, nomor_run
        order by urutan
        rows between unbounded preceding and current row
    )

),

final as (

    select
        -- ids
        'unit' as subjek_jenis,
        unit_kode as subjek_kode,
        'ketidaksesuaian_hasil' as sinyal,
        periode,

        -- dimensions
        'tahunan' as periode_jenis,
        'tahunan' as seri,
        tahun,
        terkini,
        case
            when pct_gagal >= pct_gagal_tinggi then 'tinggi'
            else 'sedang'
        end as keparahan,
        pertama_muncul,
        n_tidak_tercapai || ' dari ' || n_bertarget
            || ' indikator bertarget tidak tercapai ('
            || replace(printf('%.1f', pct_gagal), '.', ',') || '%) sementara '
            || replace(printf('%.1f', pct_baik_ke_atas), '.', ',') || '% dari '
            || n_dinilai || ' pegawai dinilai Baik atau Sangat Baik'
            as alasan_inti,
        cast(null as varchar) as komponen,

        -- measures
        lama_periode,
        cast(null as bigint) as n_periode_buruk,
        cast(null as bigint) as n_periode_dilihat,
        n_tidak_tercapai as n_indikator_gagal,
        n_bertarget as n_indikator_bertarget,
        pct_baik_ke_atas,
        cast(null as integer) as n_komponen_aktif,

        -- dates
        data_sampai as periode_selesai

    from measured

)

select * from final
