-- mart_rating_gap: the self-rating gap of Kinerja Pegawai, one row per year x OPD
-- (tingkat 'opd', unit_kode NULL) and per year x OPD x unit (tingkat 'unit'). It counts
-- the periodic SKP of the year that carry both the employee's own rating of hasil kerja
-- and the supervisor's (mart_employee_period.selisih_mandiri, in rating levels):
-- n_periode, n_diri_lebih_tinggi (own rating above the supervisor's),
-- n_diri_lebih_rendah, rata_selisih (mean gap) and n_pegawai (distinct NIPs, the count
-- the dashboard hides below aturan data.min_orang_agregat for aggregate-only roles).
-- A unit is unit_kode, or 'opd_kode/unit_kerja' when the unit is not in ref_unit.
-- Pre-aggregated so the page reads a few thousand rows instead of every evaluation.

with periods as (

    select
        tahun,
        nip,
        opd_kode,
        opd_nama,
        unit_kerja,
        selisih_mandiri,
        coalesce(unit_kode, opd_kode || '/' || unit_kerja) as unit_subjek
    from mart_employee_period
    where periode_jenis <> 'tahunan'
        and selisih_mandiri is not null
        and opd_kode is not null

),

grouped as (

    select
        tahun,
        case when grouping(unit_subjek) = 1 then 'opd' else 'unit' end as tingkat,
        opd_kode,
        min(opd_nama) as opd_nama,
        unit_subjek as unit_kode,
        case when grouping(unit_subjek) = 0 then min(unit_kerja) end as unit_nama,
        count(distinct nip) as n_pegawai,
        count(*) as n_periode,
        count(*) filter (where selisih_mandiri > 0) as n_diri_lebih_tinggi,
        count(*) filter (where selisih_mandiri < 0) as n_diri_lebih_rendah,
        avg(selisih_mandiri) as rata_selisih
    from periods
    group by grouping sets ((tahun, opd_kode), (tahun, opd_kode, unit_subjek))

)

select * from grouped
