-- int_indicator_attainment_scored: every indicator value scored against its target, one
-- row per tingkat x kode_indikator x unit_kode x gampong_kode x periode, where tingkat is
-- 'unit', 'kota' (unit_kode 'KOTA') or 'gampong' (gampong_kode set, unit_kode = the
-- reporting unit). Derived values (KES-DO, KES-UCI, PAR-IKM) replace reported rows of the
-- same indicator, subject and period; a reported value of a derived indicator is kept
-- only where nothing could be derived.
-- Target (yearly): ref_indikator_target for the unit (for a gampong: a gampong-specific
-- target, else the reporting unit's), else the largest target written in the export for
-- that year. KES-DO uses aturan imunisasi.batas_drop_out_pct (the regulation's <= 5%).
-- target_periode: kumulatif 'jumlah' and 'rasio' indicators pro-rate the yearly target,
-- target x bulan_ke / 12; other indicators use the yearly target.
-- capaian_pct: naik realisasi_kumulatif / target_periode x 100, turun target_periode /
-- realisasi_kumulatif x 100 (a value <= 0 counts as fully met), capped at aturan
-- indikator.capaian_maks_pct.
-- status: tanpa_target without a target or value; tercapai >= 100; mendekati >= the
-- indicator's ambang_kuning_pct; else tidak_tercapai.

with aggregated as (

    select * from int_indicator_periods_aggregated

),

derived as (

    select * from int_indicator_values_derived

),

gampong_values as (

    select * from int_indicator_gampong_accumulated

),

indicators as (

    select * from ref_indikator

),

targets as (

    select * from int_indicator_targets_resolved

),

rules as (

    select
        max(nilai) filter (
            where bagian = 'indikator' and kunci = 'capaian_maks_pct'
        ) as capaian_maks_pct,
        max(nilai) filter (
            where bagian = 'imunisasi' and kunci = 'batas_drop_out_pct'
        ) as batas_drop_out_pct
    from ref_aturan

),

reported_not_derived as (

    select aggregated.*
    from aggregated
    anti join derived
        on aggregated.tingkat = derived.tingkat
        and aggregated.kode_indikator = derived.kode_indikator
        and aggregated.unit_kode = derived.unit_kode
        and aggregated.periode = derived.periode

),

unit_and_city as (

    select *, cast(null as varchar) as gampong_kode from reported_not_derived
    union all by name
    select *, cast(null as varchar) as gampong_kode from derived

),

all_levels as (

    select * exclude (agregasi, kumulatif) from unit_and_city
    union all by name
    select
        'gampong' as tingkat,
        * exclude (agregasi, kumulatif),
        0 as n_gampong
    from gampong_values

),

targeted as (

    select
        all_levels.*,
        indicators.arah,
        indicators.agregasi,
        indicators.kumulatif,
        cast(indicators.ambang_kuning_pct as double) as ambang_kuning_pct,
        case
            when all_levels.kode_indikator = 'KES-DO'
                and rules.batas_drop_out_pct is not null
                then rules.batas_drop_out_pct
            else coalesce(
                gampong_target.target,
                unit_target.target,
                max(all_levels.target_dilaporkan) over (
                    partition by all_levels.tingkat, all_levels.kode_indikator,
                        all_levels.unit_kode, all_levels.gampong_kode, all_levels.tahun
                )
            )
        end as target,
        rules.capaian_maks_pct
    from all_levels
    inner join indicators
        on all_levels.kode_indikator = indicators.kode_indikator
    left join targets as unit_target
        on all_levels.kode_indikator = unit_target.kode_indikator
        and all_levels.tahun = unit_target.tahun
        and all_levels.unit_kode = unit_target.unit_kode
    left join targets as gampong_target
        on all_levels.kode_indikator = gampong_target.kode_indikator
        and all_levels.tahun = gampong_target.tahun
        and all_levels.gampong_kode = gampong_target.unit_kode
        and gampong_target.target_khusus
    cross join rules

),

period_targets as (

    select
        *,
        case
            when kumulatif = 'ya' and agregasi in ('jumlah', 'rasio')
                then target * bulan_ke / 12
            else target
        end as target_periode
    from targeted

),

attained as (

    select
        *,
        case
            when target_periode is null or realisasi_kumulatif is null then null
            when arah = 'turun' and realisasi_kumulatif <= 0 then capaian_maks_pct
            when arah = 'turun'
                then least(
                    round(100.0 * target_periode / realisasi_kumulatif, 6),
                    capaian_maks_pct
                )
            when target_periode <= 0 then null
            else least(
                greatest(round(100.0 * realisasi_kumulatif / target_periode, 6), 0),
                capaian_maks_pct
            )
        end as capaian_pct
    from period_targets

),

final as (

    select
        -- ids
        tingkat,
        kode_indikator,
        unit_kode,
        gampong_kode,
        periode,

        -- dimensions
        periode_jenis,
        tahun,
        bulan_ke,
        arah,
        agregasi,
        kumulatif,
        case
            when capaian_pct is null then 'tanpa_target'
            when capaian_pct >= 100 then 'tercapai'
            when capaian_pct >= ambang_kuning_pct then 'mendekati'
            else 'tidak_tercapai'
        end as status,
        row_number() over (
            partition by tingkat, kode_indikator, unit_kode, gampong_kode, tahun
            order by periode_selesai desc, periode_mulai asc
        ) = 1 as is_latest_in_year,

        -- measures
        pembilang,
        penyebut,
        realisasi,
        realisasi_kumulatif,
        pembilang_kumulatif,
        penyebut_tahun,
        target,
        target_periode,
        capaian_pct,
        ambang_kuning_pct,
        n_gampong,

        -- dates
        periode_mulai,
        periode_selesai

    from attained

)

select * from final
