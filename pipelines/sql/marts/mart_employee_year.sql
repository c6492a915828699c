-- mart_employee_year: one row per employee x year (pairs from
-- int_employee_years_enumerated).
-- Nine-box and predikat: int_nine_box_placed (kinerja axis = the annual SKP's rating hasil
-- kerja, else the latest periodic predikat mapped to a level; sumber_kinerja_9box says
-- which).
-- JP (year of tanggal_mulai): PNS have a right to aturan jp.hak_pns JP (memenuhi when
-- jp_total >= it, else kurang); PPPK and PPPK_PARUH_WAKTU are capped at aturan
-- jp.batas_pppk JP (sesuai_batas when jp_total <= it, else melebihi_batas).
-- n_periode_dinilai / n_periode_terlambat count the periodic (non-annual) SKP of the year.

with employee_years as (

    select * from int_employee_years_enumerated

),

employees as (

    select * from int_employees_current

),

jp as (

    select * from int_jp_summed_per_year

),

gaps as (

    select * from int_competency_gaps_counted

),

nine_box as (

    select * from int_nine_box_placed

),

skp as (

    select * from mart_employee_period where periode_jenis <> 'tahunan'

),

rules as (

    select
        max(nilai) filter (where kunci = 'hak_pns') as hak_pns,
        max(nilai) filter (where kunci = 'batas_pppk') as batas_pppk
    from ref_aturan
    where bagian = 'jp'

),

periods_counted as (

    select
        nip,
        tahun,
        count(*) as n_periode_dinilai,
        count(*) filter (where terlambat) as n_periode_terlambat
    from skp
    group by nip, tahun

),

joined as (

    select
        employee_years.nip,
        employee_years.tahun,
        employees.nama,
        employees.jenis_asn,
        employees.opd_kode,
        employees.opd_nama,
        employees.sektor,
        employees.unit_kerja,
        employees.unit_kode,
        nine_box.predikat_tahunan,
        nine_box.rating_hasil_kerja_tahunan,
        nine_box.predikat_efektif,
        nine_box.kinerja_9box,
        nine_box.sumber_kinerja_9box,
        nine_box.potensi,
        nine_box.kotak_9box,
        coalesce(jp.jp_total, 0) as jp_total,
        coalesce(jp.jp_klasikal, 0) as jp_klasikal,
        coalesce(jp.jp_nonklasikal, 0) as jp_nonklasikal,
        case when employees.jenis_asn = 'PNS' then rules.hak_pns end as jp_hak,
        case
            when employees.jenis_asn in ('PPPK', 'PPPK_PARUH_WAKTU') then rules.batas_pppk
        end as jp_batas,
        coalesce(gaps.n_kesenjangan_kompetensi, 0) as n_kesenjangan_kompetensi,
        coalesce(periods_counted.n_periode_dinilai, 0) as n_periode_dinilai,
        coalesce(periods_counted.n_periode_terlambat, 0) as n_periode_terlambat
    from employee_years
    left join employees
        on employee_years.nip = employees.nip
    left join nine_box
        on employee_years.nip = nine_box.nip
        and employee_years.tahun = nine_box.tahun
    left join jp
        on employee_years.nip = jp.nip
        and employee_years.tahun = jp.tahun
    left join gaps
        on employee_years.nip = gaps.nip
        and employee_years.tahun = gaps.tahun
    left join periods_counted
        on employee_years.nip = periods_counted.nip
        and employee_years.tahun = periods_counted.tahun
    cross join rules

),

final as (

    select
        -- ids
        nip,
        tahun,
        opd_kode,
        unit_kode,

        -- dimensions
        nama,
        jenis_asn,
        opd_nama,
        sektor,
        unit_kerja,
        predikat_tahunan,
        rating_hasil_kerja_tahunan,
        predikat_efektif,
        kinerja_9box,
        sumber_kinerja_9box,
        potensi,
        kotak_9box,
        case
            when jp_hak is not null and jp_total >= jp_hak then 'memenuhi'
            when jp_hak is not null then 'kurang'
            when jp_batas is not null and jp_total <= jp_batas then 'sesuai_batas'
            when jp_batas is not null then 'melebihi_batas'
        end as jp_status,

        -- measures
        jp_total,
        jp_klasikal,
        jp_nonklasikal,
        jp_hak,
        jp_batas,
        n_kesenjangan_kompetensi,
        n_periode_dinilai,
        n_periode_terlambat

    from joined

)

select * from final
