-- mart_ikm_unit_period: one row per service unit with survey responses x period
-- (quarter '2025-Q1' triwulanan and year '2025' tahunan). IKM rules in int_ikm_scored.
-- target: the PAR-IKM target of the unit and year; status as for indicators:
-- capaian = ikm / target x 100 (capped at aturan indikator.capaian_maks_pct), tercapai
-- >= 100, mendekati >= PAR-IKM ambang_kuning_pct, else tidak_tercapai; tanpa_target
-- without a target.
-- berjalan: the quarter or year ends after the data cut-off (int_data_cutoff_found):
-- the IKM rests on the responses so far, so mutu, kinerja_unit and status are
-- provisional ("sementara"), never a final grade.

with ikm as (

    select * from int_ikm_scored where tingkat = 'unit'

),

units as (

    select * from ref_unit

),

targets as (

    select * from int_indicator_targets_resolved where kode_indikator = 'PAR-IKM'

),

indicator as (

    select cast(ambang_kuning_pct as double) as ambang_kuning_pct
    from ref_indikator
    where kode_indikator = 'PAR-IKM'

),

cutoff as (

    select data_sampai from int_data_cutoff_found

),

rules as (

    select
        max(nilai) filter (where kunci = 'capaian_maks_pct') as capaian_maks_pct
    from ref_aturan
    where bagian = 'indikator'

),

targeted as (

    select
        ikm.*,
        units.unit_nama,
        units.opd_kode,
        targets.target,
        case
            when targets.target > 0
                then least(round(100.0 * ikm.ikm / targets.target, 6), rules.capaian_maks_pct)
        end as capaian_pct,
        (select ambang_kuning_pct from indicator) as ambang_kuning_pct,
        coalesce(ikm.periode_selesai > (select data_sampai from cutoff), false)
            as berjalan
    from ikm
    left join units
        on ikm.unit_kode = units.unit_kode
    left join targets
        on ikm.unit_kode = targets.unit_kode
        and ikm.tahun = targets.tahun
    cross join rules

),

final as (

    select
        -- ids
        unit_kode,
        periode,
        opd_kode,

        -- dimensions
        unit_nama,
        periode_jenis,
        tahun,
        mutu,
        kinerja_unit,
        unsur_terlemah,
        unsur_terlemah_nama,
        andal,
        berjalan,
        case
            when capaian_pct is null then 'tanpa_target'
            when capaian_pct >= 100 then 'tercapai'
            when capaian_pct >= ambang_kuning_pct then 'mendekati'
            else 'tidak_tercapai'
        end as status,

        -- measures
        n_responden,
        round(nrr_u1, 4) as nrr_u1,
        round(nrr_u2, 4) as nrr_u2,
        round(nrr_u3, 4) as nrr_u3,
        round(nrr_u4, 4) as nrr_u4,
        round(nrr_u5, 4) as nrr_u5,
        round(nrr_u6, 4) as nrr_u6,
        round(nrr_u7, 4) as nrr_u7,
        round(nrr_u8, 4) as nrr_u8,
        round(nrr_u9, 4) as nrr_u9,
        ikm_nilai,
        ikm,
        round(nrr_terlemah, 4) as nrr_terlemah,
        target,
        capaian_pct,

        -- dates
        periode_mulai,
        periode_selesai

    from targeted

)

select * from final
