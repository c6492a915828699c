-- int_ikm_scored: the IKM (PermenPANRB 14/2017, DOMAIN.md §5b) per subject and period,
-- from the raw answers. Subjects: each unit (tingkat 'unit') and the whole city
-- (tingkat 'kota', unit_kode 'KOTA', all responses pooled). Periods: quarter
-- ('2025-Q1', triwulanan) and year ('2025', tahunan), by the survey date.
--   NRR per unsur  = mean of the answers (1..4)
--   ikm_nilai      = sum(NRR_i x 1/9)                 (1..4, rounded to 4 decimals)
--   ikm            = round(unrounded ikm_nilai x 25, 2)   (25..100)
--   mutu           = A >= 88.31, B >= 76.61, C >= 65.00, else D (on ikm)
--   unsur_terlemah = lowest NRR; a tie goes to the lowest unsur number
--   andal          = n_responden >= aturan ikm.min_responden

with responses as (

    select * from stg_survei_ikm

),

rules as (

    select
        max(nilai) filter (where kunci = 'min_responden') as min_responden
    from ref_aturan
    where bagian = 'ikm'

),

unsur_names as (

    select *
    from (
        values
            (1, 'Persyaratan'),
            (2, 'Sistem, mekanisme dan prosedur'),
            (3, 'Waktu penyelesaian'),
            (4, 'Biaya/tarif'),
            (5, 'Produk spesifikasi jenis pelayanan'),
            (6, 'Kompetensi pelaksana'),
            (7, 'Perilaku pelaksana'),
            (8, 'Penanganan pengaduan, saran dan masukan'),
            (9, 'Sarana dan prasarana')
    ) as u (unsur_no, unsur_nama)

),

subjects as (

    select 'unit' as tingkat, unit_kode, responses.* exclude (unit_kode)
    from responses
    union all by name
    select 'kota' as tingkat, 'KOTA' as unit_kode, responses.* exclude (unit_kode)
    from responses

),

periods as (

    select
        *,
        cast(tahun as varchar) || '-Q' || cast(triwulan as varchar) as periode,
        'triwulanan' as periode_jenis,
        make_date(tahun, 3 * triwulan - 2, 1) as periode_mulai,
        last_day(make_date(tahun, 3 * triwulan, 1)) as periode_selesai
    from subjects
    union all by name
    select
        *,
        cast(tahun as varchar) as periode,
        'tahunan' as periode_jenis,
        make_date(tahun, 1, 1) as periode_mulai,
        make_date(tahun, 12, 31) as periode_selesai
    from subjects

),

aggregated as (

    select
        tingkat,
        unit_kode,
        periode,
        periode_jenis,
        tahun,
        periode_mulai,
        periode_selesai,
        count(*) as n_responden,
        avg(u1) as nrr_u1,
        avg(u2) as nrr_u2,
        avg(u3) as nrr_u3,
        avg(u4) as nrr_u4,
        avg(u5) as nrr_u5,
        avg(u6) as nrr_u6,
        avg(u7) as nrr_u7,
        avg(u8) as nrr_u8,
        avg(u9) as nrr_u9
    from periods
    group by all

),

indexed as (

    select
        *,
        (nrr_u1 + nrr_u2 + nrr_u3 + nrr_u4 + nrr_u5 + nrr_u6 + nrr_u7 + nrr_u8 + nrr_u9)
            / 9 as ikm_nilai_exact
    from aggregated

),

graded as (

    select
        *,
        round(ikm_nilai_exact * 25, 2) as ikm
    from indexed

),

unsur_long as (

    unpivot graded
    on nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9
    into name unsur value nrr

),

weakest as (

    select
        unsur_long.tingkat,
        unsur_long.unit_kode,
        unsur_long.periode,
        'u' || cast(unsur_names.unsur_no as varchar) as unsur_terlemah,
        unsur_names.unsur_nama as unsur_terlemah_nama,
        unsur_long.nrr as nrr_terlemah
    from unsur_long
    inner join unsur_names
        on unsur_long.unsur = 'nrr_u' || cast(unsur_names.unsur_no as varchar)
    qualify row_number() over (
        partition by unsur_long.tingkat, unsur_long.unit_kode, unsur_long.periode
        order by round(unsur_long.nrr, 9), unsur_names.unsur_no
    ) = 1

),

final as (

    select
        -- ids
        graded.tingkat,
        graded.unit_kode,
        graded.periode,

        -- dimensions
        graded.periode_jenis,
        graded.tahun,
        case
            when graded.ikm >= 88.31 then 'A'
            when graded.ikm >= 76.61 then 'B'
            when graded.ikm >= 65.00 then 'C'
            else 'D'
        end as mutu,
        case
            when graded.ikm >= 88.31 then 'Sangat Baik'
            when graded.ikm >= 76.61 then 'Baik'
            when graded.ikm >= 65.00 then 'Kurang Baik'
            else 'Tidak Baik'
        end as kinerja_unit,
        weakest.unsur_terlemah,
        weakest.unsur_terlemah_nama,
        graded.n_responden >= rules.min_responden as andal,

        -- measures
        graded.n_responden,
        graded.nrr_u1,
        graded.nrr_u2,
        graded.nrr_u3,
        graded.nrr_u4,
        graded.nrr_u5,
        graded.nrr_u6,
        graded.nrr_u7,
        graded.nrr_u8,
        graded.nrr_u9,
        round(graded.ikm_nilai_exact, 4) as ikm_nilai,
        graded.ikm,
        weakest.nrr_terlemah,

        -- dates
        graded.periode_mulai,
        graded.periode_selesai

    from graded
    inner join weakest
        on graded.tingkat = weakest.tingkat
        and graded.unit_kode = weakest.unit_kode
        and graded.periode = weakest.periode
    cross join rules

)

select * from final
