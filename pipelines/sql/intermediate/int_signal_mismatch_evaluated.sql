-- int_signal_mismatch_evaluated: the outcome-vs-rating mismatch (ketidaksesuaian_hasil,
-- PRODUCT.md §5) evaluated for every unit x year of mart_unit_outcome_rating where it
-- can be judged (mismatch not NULL: enough rated staff and indicators with a target),
-- one row per unit_kode x tahun (periode = the year, e.g. '2025').
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

measured as (

    select
        outcomes.*,
        100.0 * outcomes.n_tidak_tercapai / outcomes.n_bertarget as pct_gagal,
        rules.pct_gagal_tinggi
    from outcomes
    cross join rules

),

final as (

    select
        -- ids
        'unit' as subjek_jenis,
        unit_kode as subjek_kode,
        'ketidaksesuaian_hasil' as sinyal,
        cast(tahun as varchar) as periode,

        -- dimensions
        'tahunan' as periode_jenis,
        'tahunan' as seri,
        tahun,
        mismatch as berlaku,
        case
            when not mismatch then null
            when pct_gagal >= pct_gagal_tinggi then 'tinggi'
            else 'sedang'
        end as keparahan,
        n_tidak_tercapai || ' dari ' || n_bertarget
            || ' indikator bertarget tidak tercapai ('
            || replace(printf('%.1f', pct_gagal), '.', ',') || '%) sementara '
            || replace(printf('%.1f', pct_baik_ke_atas), '.', ',') || '% dari '
            || n_dinilai || ' pegawai dinilai Baik atau Sangat Baik'
            as alasan_inti,
        cast(null as varchar) as komponen,

        -- measures
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
