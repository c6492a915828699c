-- int_predikat_curve_evaluated: the PermenPANRB 6/2022 distribution curve (DOMAIN.md
-- §1.2), one row per subject (city, OPD, unit) x tahun x organisation predikat x rule.
-- Subjects: tingkat 'kota' (subjek_kode 'KOTA'), 'opd' (opd_kode) and 'unit'
-- (unit_kode; a unit without a reference code, e.g. a school, is keyed
-- '<opd_kode>/<unit_kerja>').
-- Employees counted: mart_employee_year rows with a predikat_efektif (the annual
-- predikat, else the latest periodic one; n_dari_tahunan says how many are annual).
-- Rules: the catalogue below (which predikat, at most / at least) with the numbers from
-- aturan [kurva.<organisation>] (ref_aturan). In people, exactly: an upper bound of p%
-- of n allows floor(p x n / 100) people, a lower bound needs ceil(p x n / 100) people
-- (a 1e-9 guard keeps 70 x 10 / 100 = 7 exact); a key ending in _orang is a number of
-- people. kekurangan = people missing under a lower bound, kelebihan = people above an
-- upper bound. nilai is NULL when aturan.toml lacks the key (checks.py fails the
-- build). The applicable organisation predikat: ref_predikat_organisasi for the OPD
-- (units inherit their OPD's; 'KOTA' for the city) and year, else 'Baik'.

with employee_years as (

    select * from mart_employee_year

),

units as (

    select * from ref_unit

),

organisation_reference as (

    select * from ref_predikat_organisasi

),

thresholds as (

    select * from ref_aturan where bagian like 'kurva.%'

),

organisation_levels as (

    select *
    from (
        values
            ('Istimewa', 1, 'istimewa'),
            ('Baik', 2, 'baik'),
            ('Butuh Perbaikan/Cukup', 3, 'butuh_perbaikan'),
            ('Kurang', 4, 'kurang'),
            ('Sangat Kurang', 5, 'sangat_kurang')
    ) as levels (predikat_organisasi, urutan_predikat_organisasi, bagian)

),

-- The regulation's structure; the numbers live in aturan.toml. Every organisation
-- predikat has at most one upper bound, on a single predikat (int_predikat_curve_moves
-- relies on it), and its lower-bound groups are disjoint from each other and from it.
rule_catalogue as (

    select *
    from (
        values
            ('Istimewa', 1, 'maks', ['Sangat Baik'], 'maks_sangat_baik_pct'),
            ('Baik', 1, 'maks', ['Baik'], 'maks_baik_pct'),
            (
                'Baik', 2, 'min', ['Butuh Perbaikan', 'Kurang/Misconduct'],
                'min_butuh_perbaikan_kurang_orang'
            ),
            (
                'Butuh Perbaikan/Cukup', 1, 'min', ['Butuh Perbaikan'],
                'min_butuh_perbaikan_pct'
            ),
            (
                'Butuh Perbaikan/Cukup', 2, 'maks', ['Sangat Baik'],
                'maks_sangat_baik_pct'
            ),
            ('Kurang', 1, 'min', ['Kurang/Misconduct'], 'min_kurang_pct'),
            ('Kurang', 2, 'min', ['Butuh Perbaikan'], 'min_butuh_perbaikan_pct'),
            ('Kurang', 3, 'maks', ['Sangat Baik'], 'maks_sangat_baik_pct'),
            ('Sangat Kurang', 1, 'min', ['Sangat Kurang'], 'min_sangat_kurang_pct'),
            (
                'Sangat Kurang', 2, 'min', ['Kurang/Misconduct', 'Butuh Perbaikan'],
                'min_kurang_butuh_perbaikan_pct'
            ),
            ('Sangat Kurang', 3, 'maks', ['Sangat Baik'], 'maks_sangat_baik_orang')
    ) as catalogue (predikat_organisasi, aturan_ke, batas, kelompok, kunci)

),

rules as (

    select
        rule_catalogue.predikat_organisasi,
        rule_catalogue.aturan_ke,
        rule_catalogue.batas,
        rule_catalogue.kelompok,
        rule_catalogue.kunci,
        case when rule_catalogue.kunci like '%\_orang' escape '\' then 'orang'
            else 'pct'
        end as satuan,
        thresholds.nilai
    from rule_catalogue
    inner join organisation_levels
        on rule_catalogue.predikat_organisasi = organisation_levels.predikat_organisasi
    left join thresholds
        on thresholds.bagian = 'kurva.' || organisation_levels.bagian
        and thresholds.kunci = rule_catalogue.kunci

),

organisation_given as (

    select
        opd_kode,
        tahun,
        case replace(lower(predikat_organisasi), ' ', '')
            when 'istimewa' then 'Istimewa'
            when 'baik' then 'Baik'
            when 'butuhperbaikan' then 'Butuh Perbaikan/Cukup'
            when 'cukup' then 'Butuh Perbaikan/Cukup'
            when 'butuhperbaikan/cukup' then 'Butuh Perbaikan/Cukup'
            when 'kurang' then 'Kurang'
            when 'sangatkurang' then 'Sangat Kurang'
        end as predikat_organisasi,
        sumber
    from organisation_reference
    where opd_kode is not null and tahun is not null

),

rated as (

    select
        employee_years.tahun,
        employee_years.opd_kode,
        employee_years.opd_nama,
        coalesce(
            employee_years.unit_kode,
            employee_years.opd_kode || '/' || employee_years.unit_kerja
        ) as unit_subjek_kode,
        coalesce(units.unit_nama, employee_years.unit_kerja) as unit_subjek_nama,
        employee_years.predikat_efektif as predikat,
        employee_years.predikat_tahunan is not null as dari_tahunan
    from employee_years
    left join units
        on employee_years.unit_kode = units.unit_kode
    where employee_years.predikat_efektif is not null

),

placed as (

    select
        'kota' as tingkat,
        'KOTA' as subjek_kode,
        'Kota Sabang' as subjek_nama,
        cast(null as varchar) as opd_kode,
        cast(null as varchar) as opd_nama,
        tahun,
        predikat,
        dari_tahunan
    from rated
    union all
    select 'opd', opd_kode, opd_nama, opd_kode, opd_nama, tahun, predikat, dari_tahunan
    from rated
    where opd_kode is not null
    union all
    select
        'unit', unit_subjek_kode, unit_subjek_nama, opd_kode, opd_nama, tahun, predikat,
        dari_tahunan
    from rated
    where opd_kode is not null and unit_subjek_kode is not null

),

counted as (

    select
        tingkat,
        subjek_kode,
        tahun,
        min(subjek_nama) as subjek_nama,
        min(opd_kode) as opd_kode,
        min(opd_nama) as opd_nama,
        count(*) as n_dinilai,
        count(*) filter (where predikat = 'Sangat Baik') as n_sangat_baik,
        count(*) filter (where predikat = 'Baik') as n_baik,
        count(*) filter (where predikat = 'Butuh Perbaikan') as n_butuh_perbaikan,
        count(*) filter (where predikat = 'Kurang/Misconduct') as n_kurang,
        count(*) filter (where predikat = 'Sangat Kurang') as n_sangat_kurang,
        count(*) filter (where dari_tahunan) as n_dari_tahunan
    from placed
    group by tingkat, subjek_kode, tahun

),

applicable as (

    select
        counted.*,
        coalesce(given.predikat_organisasi, 'Baik') as predikat_organisasi_berlaku,
        case
            when given.predikat_organisasi is not null then 'referensi' else 'bawaan'
        end as sumber_predikat_organisasi,
        given.sumber as keterangan_predikat_organisasi
    from counted
    left join organisation_given as given
        on counted.tahun = given.tahun
        and given.opd_kode = case
            when counted.tingkat = 'kota' then 'KOTA' else counted.opd_kode
        end
        and given.predikat_organisasi is not null

),

counted_in_group as (

    select
        applicable.*,
        organisation_levels.urutan_predikat_organisasi,
        rules.predikat_organisasi,
        rules.aturan_ke,
        rules.batas,
        rules.kelompok,
        rules.kunci,
        rules.satuan,
        rules.nilai,
        case
            when list_contains(rules.kelompok, 'Sangat Baik') then n_sangat_baik else 0
        end
        + case when list_contains(rules.kelompok, 'Baik') then n_baik else 0 end
        + case
            when list_contains(rules.kelompok, 'Butuh Perbaikan') then n_butuh_perbaikan
            else 0
        end
        + case
            when list_contains(rules.kelompok, 'Kurang/Misconduct') then n_kurang
            else 0
        end
        + case
            when list_contains(rules.kelompok, 'Sangat Kurang') then n_sangat_kurang
            else 0
        end as jumlah,
        case
            when rules.satuan = 'orang' then cast(rules.nilai as bigint)
            when rules.batas = 'maks'
                then cast(floor(rules.nilai * n_dinilai / 100 + 1e-9) as bigint)
            else cast(ceil(rules.nilai * n_dinilai / 100 - 1e-9) as bigint)
        end as batas_orang
    from applicable
    cross join rules
    inner join organisation_levels
        on rules.predikat_organisasi = organisation_levels.predikat_organisasi

),

final as (

    select
        -- ids
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        aturan_ke,

        -- dimensions
        subjek_nama,
        opd_kode,
        opd_nama,
        urutan_predikat_organisasi,
        predikat_organisasi_berlaku,
        predikat_organisasi = predikat_organisasi_berlaku as berlaku,
        sumber_predikat_organisasi,
        keterangan_predikat_organisasi,
        batas,
        kelompok,
        kunci,
        satuan,
        case
            when batas = 'maks' then jumlah <= batas_orang
            else jumlah >= batas_orang
        end as terpenuhi,

        -- measures
        nilai,
        batas_orang,
        jumlah,
        case when batas = 'min' then greatest(batas_orang - jumlah, 0) else 0 end
            as kekurangan,
        case when batas = 'maks' then greatest(jumlah - batas_orang, 0) else 0 end
            as kelebihan,
        n_dinilai,
        n_sangat_baik,
        n_baik,
        n_butuh_perbaikan,
        n_kurang,
        n_sangat_kurang,
        n_dari_tahunan

    from counted_in_group

)

select * from final
