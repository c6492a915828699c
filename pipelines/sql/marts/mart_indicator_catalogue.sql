-- mart_indicator_catalogue: one row per indicator of ref_indikator, with its yearly
-- targets from ref_indikator_target, so the "Tentang Indikator" page shows exactly the
-- reference data the models compute with.
-- targets: list of {tahun, unit_kode, target} ordered by year (unit_kode '' = every
-- unit; a unit-specific target overrides it for that unit).
-- belum_terkonfirmasi: the catalogue note says a fact is not confirmed yet or that
-- sources disagree.
-- formula_en, definisi_en, sumber_en, catatan_en: the English texts (NULL when the
-- reference file leaves them empty; the page then shows the Indonesian text).

with indicators as (

    select * from ref_indikator

),

targets as (

    select * from ref_indikator_target

),

opd as (

    select * from ref_opd

),

targets_listed as (

    select
        kode_indikator,
        list(
            {'tahun': tahun, 'unit_kode': coalesce(unit_kode, ''), 'target': target}
            order by tahun, coalesce(unit_kode, '')
        ) as targets,
        min(tahun) as tahun_pertama,
        max(tahun) as tahun_terakhir
    from targets
    group by kode_indikator

),

joined as (

    select
        indicators.*,
        opd.opd_nama,
        targets_listed.targets,
        targets_listed.tahun_pertama,
        targets_listed.tahun_terakhir,
        coalesce(
            regexp_matches(
                lower(indicators.catatan),
                'belum terkonfirmasi|belum_terkonfirmasi|berbeda antar sumber'
            ),
            false
        ) as belum_terkonfirmasi
    from indicators
    left join opd
        on indicators.opd_kode = opd.opd_kode
    left join targets_listed
        on indicators.kode_indikator = targets_listed.kode_indikator

),

final as (

    select
        -- ids
        kode_indikator,
        opd_kode,

        -- dimensions
        nama_id,
        nama_en,
        sektor,
        opd_nama,
        tingkat_unit,
        satuan,
        arah,
        agregasi,
        kumulatif,
        formula,
        definisi,
        sumber,
        catatan,
        formula_en,
        definisi_en,
        sumber_en,
        catatan_en,
        belum_terkonfirmasi,

        -- measures
        ambang_kuning_pct,
        targets,
        tahun_pertama,
        tahun_terakhir

    from joined

)

select * from final
