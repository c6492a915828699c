-- int_completeness_counted: expected vs received rows per subject x export kind x month,
-- one row per subjek_jenis x subjek_kode x jenis_ekspor x periode ('2025-01').
-- skp (subject: OPD) — every employee of the OPD in the current master is expected to
--   have a periodic (non-annual) SKP covering every month between the first and the last
--   month of any periodic SKP in the warehouse; an employee is not expected before the
--   month of their own first SKP (new hires). A quarterly SKP covers its three months.
--   diterima = expected employees with such an SKP; tepat_waktu_pct = share of those
--   (with a tanggal_pengisian) not late by aturan skp.hari_batas_pengisian.
-- realisasi_indikator (subject: unit) — every (indicator, unit) pair that ever reported
--   is expected once per period of its usual cadence (its most common periode_jenis; on a
--   tie the shorter period), from its first period to the latest period reported by
--   anyone in the warehouse; a period is counted in the month it ends.
-- survei_ikm (subject: unit) — every tourism service unit (ref_unit.jenis_unit
--   'layanan_wisata') is expected to collect aturan ikm.min_responden responses per
--   quarter, from the first to the last quarter with any response in the warehouse;
--   counted in the quarter's last month. diterima = responses received.
-- Nothing is expected after the data cut-off month (int_data_cutoff_found): a month or
-- quarter that has not ended yet is not missing.
-- SKP rows come from mart_employee_period (one row per stg_skp row, built once). Every
-- SKP is spread over the months it covers and counted per nip x month, then per OPD x
-- month (no range join of employees x months against every SKP of the nip).

with employees as (

    select * from int_employees_current

),

-- read three times: not materialised (a scan of four columns costs less than holding
-- every periodic SKP in memory)
skp as not materialized (

    select * from mart_employee_period where periode_jenis <> 'tahunan'

),

realisasi as (

    select * from stg_realisasi_indikator

),

responses as (

    select * from stg_survei_ikm

),

opd as (

    select * from ref_opd

),

units as (

    select * from ref_unit

),

cutoff as (

    select * from int_data_cutoff_found

),

rules as (

    select
        max(nilai) filter (
            where bagian = 'ikm' and kunci = 'min_responden'
        ) as min_responden
    from ref_aturan

),

-- skp -------------------------------------------------------------------------------

skp_months as (

    select unnest(generate_series(
        min(date_trunc('month', periode_mulai)),
        max(date_trunc('month', periode_selesai)),
        interval 1 month
    )) as bulan_mulai
    from skp

),

first_skp as (

    select nip, min(date_trunc('month', periode_mulai)) as bulan_pertama
    from skp
    group by nip

),

skp_expected as (

    select
        employees.nip,
        employees.opd_kode,
        cast(skp_months.bulan_mulai as date) as bulan_mulai
    from employees
    cross join skp_months
    left join first_skp
        on employees.nip = first_skp.nip
    where first_skp.bulan_pertama is null
        or first_skp.bulan_pertama <= skp_months.bulan_mulai

),

skp_months_covered as (

    -- an SKP covers every month from the month of periode_mulai to the month of
    -- periode_selesai (a quarterly SKP three, a monthly one its own)
    select
        skp.nip,
        cast(bulan.bulan_mulai as date) as bulan_mulai,
        skp.terlambat
    from skp
    cross join lateral (
        select unnest(generate_series(
            date_trunc('month', skp.periode_mulai),
            date_trunc('month', skp.periode_selesai),
            interval 1 month
        )) as bulan_mulai
    ) as bulan

),

skp_received as (

    -- per nip x month of an employee of the master: on time unless one of the SKP
    -- covering the month was late
    select
        skp_months_covered.nip,
        skp_months_covered.bulan_mulai,
        not bool_or(skp_months_covered.terlambat) as tepat_waktu
    from skp_months_covered
    semi join employees
        on skp_months_covered.nip = employees.nip
    group by skp_months_covered.nip, skp_months_covered.bulan_mulai

),

skp_expected_counted as (

    select opd_kode, bulan_mulai, count(*) as diharapkan
    from skp_expected
    group by opd_kode, bulan_mulai

),

-- a received month is always an expected one: it lies within skp_months and not
-- before the employee's first SKP month
skp_received_counted as (

    select
        employees.opd_kode,
        skp_received.bulan_mulai,
        count(*) as diterima,
        count(skp_received.tepat_waktu) as n_tepat_waktu_dinilai,
        count(*) filter (where skp_received.tepat_waktu) as n_tepat_waktu
    from skp_received
    inner join employees
        on skp_received.nip = employees.nip
    group by employees.opd_kode, skp_received.bulan_mulai

),

skp_counted as (

    select
        'opd' as subjek_jenis,
        expected.opd_kode as subjek_kode,
        expected.opd_kode,
        'skp' as jenis_ekspor,
        expected.bulan_mulai,
        expected.diharapkan,
        coalesce(received.diterima, 0) as diterima,
        case
            when received.n_tepat_waktu_dinilai > 0
                then 100.0 * received.n_tepat_waktu / received.n_tepat_waktu_dinilai
        end as tepat_waktu_pct
    from skp_expected_counted as expected
    left join skp_received_counted as received
        on expected.opd_kode is not distinct from received.opd_kode
        and expected.bulan_mulai = received.bulan_mulai

),

-- realisasi_indikator ---------------------------------------------------------------

pair_cadence_counts as (

    select
        kode_indikator,
        unit_kode,
        periode_jenis,
        count(distinct periode) as n_periode,
        min(date_trunc('month', periode_selesai)) as bulan_pertama
    from realisasi
    group by all

),

pair_cadence as (

    select
        *,
        case periode_jenis
            when 'bulanan' then 1
            when 'triwulanan' then 3
            when 'semesteran' then 6
            else 12
        end as langkah_bulan
    from pair_cadence_counts
    qualify row_number() over (
        partition by kode_indikator, unit_kode
        order by
            n_periode desc,
            case periode_jenis
                when 'bulanan' then 1
                when 'triwulanan' then 2
                when 'semesteran' then 3
                else 4
            end
    ) = 1

),

latest_reported as (

    select max(date_trunc('month', periode_selesai)) as bulan_terakhir from realisasi

),

pair_expected as (

    select
        pair_cadence.kode_indikator,
        pair_cadence.unit_kode,
        pair_cadence.periode_jenis,
        cast(bulan.bulan_mulai as date) as bulan_mulai
    from pair_cadence
    cross join latest_reported
    cross join lateral (
        select unnest(generate_series(
            pair_cadence.bulan_pertama,
            latest_reported.bulan_terakhir,
            interval 1 month
        )) as bulan_mulai
    ) as bulan
    where month(bulan.bulan_mulai) % pair_cadence.langkah_bulan = 0

),

pair_received as (

    select distinct
        kode_indikator,
        unit_kode,
        periode_jenis,
        cast(date_trunc('month', periode_selesai) as date) as bulan_mulai
    from realisasi

),

realisasi_counted as (

    select
        'unit' as subjek_jenis,
        pair_expected.unit_kode as subjek_kode,
        units.opd_kode,
        'realisasi_indikator' as jenis_ekspor,
        pair_expected.bulan_mulai,
        count(*) as diharapkan,
        count(pair_received.kode_indikator) as diterima,
        cast(null as double) as tepat_waktu_pct
    from pair_expected
    left join pair_received
        on pair_expected.kode_indikator = pair_received.kode_indikator
        and pair_expected.unit_kode = pair_received.unit_kode
        and pair_expected.periode_jenis = pair_received.periode_jenis
        and pair_expected.bulan_mulai = pair_received.bulan_mulai
    left join units
        on pair_expected.unit_kode = units.unit_kode
    group by pair_expected.unit_kode, units.opd_kode, pair_expected.bulan_mulai

),

-- survei_ikm ------------------------------------------------------------------------

survey_quarters as (

    select unnest(generate_series(
        min(date_trunc('quarter', tanggal)),
        max(date_trunc('quarter', tanggal)),
        interval 3 month
    )) as triwulan_mulai
    from responses

),

survey_units as (

    select unit_kode, opd_kode from units where jenis_unit = 'layanan_wisata'

),

survey_received as (

    select
        unit_kode,
        date_trunc('quarter', tanggal) as triwulan_mulai,
        count(*) as n_responden
    from responses
    group by all

),

survey_counted as (

    select
        'unit' as subjek_jenis,
        survey_units.unit_kode as subjek_kode,
        survey_units.opd_kode,
        'survei_ikm' as jenis_ekspor,
        cast(survey_quarters.triwulan_mulai + interval 2 month as date) as bulan_mulai,
        cast(rules.min_responden as bigint) as diharapkan,
        coalesce(survey_received.n_responden, 0) as diterima,
        cast(null as double) as tepat_waktu_pct
    from survey_units
    cross join survey_quarters
    cross join rules
    left join survey_received
        on survey_units.unit_kode = survey_received.unit_kode
        and survey_quarters.triwulan_mulai = survey_received.triwulan_mulai

),

-- together --------------------------------------------------------------------------

all_kinds as (

    select * from skp_counted
    union all by name
    select * from realisasi_counted
    union all by name
    select * from survey_counted

),

named as (

    select
        all_kinds.*,
        case
            when all_kinds.subjek_jenis = 'opd' then opd.opd_nama
            else units.unit_nama
        end as subjek_nama
    from all_kinds
    cross join cutoff
    left join opd
        on all_kinds.subjek_jenis = 'opd'
        and all_kinds.subjek_kode = opd.opd_kode
    left join units
        on all_kinds.subjek_jenis = 'unit'
        and all_kinds.subjek_kode = units.unit_kode
    where all_kinds.bulan_mulai <= cutoff.bulan_terakhir

),

final as (

    select
        -- ids
        subjek_jenis,
        subjek_kode,
        subjek_nama,
        opd_kode,
        jenis_ekspor,
        strftime(bulan_mulai, '%Y-%m') as periode,

        -- dimensions
        cast(year(bulan_mulai) as integer) as tahun,
        cast(month(bulan_mulai) as integer) as bulan,

        -- measures
        diharapkan,
        diterima,
        case
            when diharapkan > 0
                then 100.0 * least(diterima, diharapkan) / diharapkan
        end as kelengkapan_pct,
        tepat_waktu_pct,

        -- dates
        bulan_mulai

    from named

)

select * from final
