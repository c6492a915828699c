-- mart_training_opd: competency development per OPD and year (JP compliance and gaps
-- on Kebutuhan Pelatihan), one row per opd_kode x tahun of mart_employee_year (employees
-- with an OPD in the current master).
-- JP (year of tanggal_mulai, from mart_employee_year): PNS have a right to aturan
-- jp.hak_pns JP a year: n_pns_memenuhi have at least that, n_pns_kurang less (19,5 JP
-- is kurang, 20 memenuhi); PPPK and PPPK_PARUH_WAKTU are capped at aturan
-- jp.batas_pppk JP: n_pppk_melebihi_batas have more (24 is within, 24,5 above).
-- jp_klasikal / jp_nonklasikal / jp_total are summed over all staff (a course without
-- jalur counts in jp_total only); jumlah_jp_pns / jumlah_jp_pppk over PNS / PPPK, so
-- city totals can be added up; rata_jp_* = jumlah / n.
-- Gaps: n_dinilai_kompetensi employees with at least one competency assessed by the
-- end of the year, n_dengan_kesenjangan those with at least one open gap
-- (int_competency_gaps_counted).
-- tahun_berjalan: the data cut-off (int_data_cutoff_found.data_sampai) is before 31
-- December of the year, so its JP are the JP so far, not the year's total.

with employee_years as (

    select * from mart_employee_year

),

gaps as (

    select * from int_competency_gaps_counted

),

opd as (

    select * from ref_opd

),

cutoff as (

    select * from int_data_cutoff_found

),

aggregated_to_opd as (

    select
        employee_years.opd_kode,
        employee_years.tahun,
        count(*) as n_pegawai,
        count(*) filter (where employee_years.jp_hak is not null) as n_pns,
        count(*) filter (where employee_years.jp_status = 'memenuhi') as n_pns_memenuhi,
        count(*) filter (where employee_years.jp_status = 'kurang') as n_pns_kurang,
        count(*) filter (
            where employee_years.jp_hak is not null and employee_years.jp_total = 0
        ) as n_pns_tanpa_jp,
        coalesce(
            sum(employee_years.jp_total) filter (where employee_years.jp_hak is not null),
            0
        ) as jumlah_jp_pns,
        count(*) filter (where employee_years.jp_batas is not null) as n_pppk,
        count(*) filter (
            where employee_years.jp_status = 'melebihi_batas'
        ) as n_pppk_melebihi_batas,
        coalesce(
            sum(employee_years.jp_total) filter (
                where employee_years.jp_batas is not null
            ),
            0
        ) as jumlah_jp_pppk,
        sum(employee_years.jp_klasikal) as jp_klasikal,
        sum(employee_years.jp_nonklasikal) as jp_nonklasikal,
        sum(employee_years.jp_total) as jp_total,
        count(*) filter (where gaps.n_kompetensi_dinilai > 0) as n_dinilai_kompetensi,
        count(*) filter (
            where employee_years.n_kesenjangan_kompetensi > 0
        ) as n_dengan_kesenjangan
    from employee_years
    left join gaps
        on employee_years.nip = gaps.nip
        and employee_years.tahun = gaps.tahun
    where employee_years.opd_kode is not null
    group by employee_years.opd_kode, employee_years.tahun

),

joined as (

    select
        aggregated_to_opd.*,
        opd.opd_nama,
        opd.opd_singkatan,
        opd.sektor,
        cutoff.data_sampai
    from aggregated_to_opd
    left join opd
        on aggregated_to_opd.opd_kode = opd.opd_kode
    left join cutoff
        on true

),

final as (

    select
        -- ids
        opd_kode,
        tahun,

        -- dimensions
        opd_nama,
        opd_singkatan,
        sektor,
        coalesce(data_sampai < make_date(tahun, 12, 31), false) as tahun_berjalan,

        -- measures
        n_pegawai,
        n_pns,
        n_pns_memenuhi,
        n_pns_kurang,
        n_pns_tanpa_jp,
        case when n_pns > 0 then 100.0 * n_pns_memenuhi / n_pns end as pct_pns_memenuhi,
        jumlah_jp_pns,
        case when n_pns > 0 then jumlah_jp_pns / n_pns end as rata_jp_pns,
        n_pppk,
        n_pppk_melebihi_batas,
        jumlah_jp_pppk,
        case when n_pppk > 0 then jumlah_jp_pppk / n_pppk end as rata_jp_pppk,
        jp_klasikal,
        jp_nonklasikal,
        jp_total,
        case
            when jp_klasikal + jp_nonklasikal > 0
                then 100.0 * jp_nonklasikal / (jp_klasikal + jp_nonklasikal)
        end as pct_jp_nonklasikal,
        n_dinilai_kompetensi,
        n_dengan_kesenjangan,

        -- dates
        data_sampai

    from joined

)

select * from final
