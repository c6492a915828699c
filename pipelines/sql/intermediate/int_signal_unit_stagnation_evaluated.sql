-- int_signal_unit_stagnation_evaluated: the unit-stagnation rule (stagnasi_unit,
-- PRODUCT.md §5) evaluated for every unit x period of mart_indicator_attainment
-- (tingkat 'unit'); one row per unit_kode x periode where the rule holds.
-- Per indicator: the least-squares slope of capaian_pct against the period's position
-- (0, 1, 2, ... in percentage points per period) over the indicator's last
-- aturan sinyal.stagnasi_unit_n_periode periods of the same period type (all with a
-- capaian_pct). The indicator is stagnant when |slope| < sinyal.stagnasi_unit_maks_
-- kemiringan (strictly, with a 1e-9 tolerance so a slope exactly at the threshold is
-- not flagged) while this period's status is mendekati or tidak_tercapai.
-- The unit is flagged for the period when any of its indicators is stagnant; komponen
-- lists the stagnant indicators with their numbers. Severity: tinggi when a stagnant
-- indicator is tidak_tercapai, else sedang.
-- A series is the unit's periods of one period type; pertama_muncul, lama_periode and
-- terkini measure the run of flagged periods as int_signal_runs_measured describes.

with attainment as (

    select * from mart_indicator_attainment
    where tingkat = 'unit' and capaian_pct is not null

),

rules as (

    select
        max(nilai) filter (where kunci = 'stagnasi_unit_n_periode') as n_periode,
        max(nilai) filter (where kunci = 'stagnasi_unit_maks_kemiringan')
            as maks_kemiringan
    from ref_aturan
    where bagian = 'sinyal'

),

ordered as (

    select
        kode_indikator,
        nama_id,
        unit_kode,
        periode,
        periode_jenis,
        tahun,
        periode_selesai,
        capaian_pct,
        status,
        row_number() over (
            partition by kode_indikator, unit_kode, periode_jenis
            order by periode_selesai
        ) as urutan
    from attainment

),

windowed as (

    select
        current_row.kode_indikator,
        current_row.unit_kode,
        current_row.periode,
        count(*) as n_periode_dilihat,
        regr_slope(earlier.capaian_pct, earlier.urutan) as kemiringan,
        rules.n_periode,
        rules.maks_kemiringan
    from ordered as current_row
    cross join rules
    inner join ordered as earlier
        on current_row.kode_indikator = earlier.kode_indikator
        and current_row.unit_kode = earlier.unit_kode
        and current_row.periode_jenis = earlier.periode_jenis
        and earlier.urutan between current_row.urutan - rules.n_periode + 1
            and current_row.urutan
    group by
        current_row.kode_indikator, current_row.unit_kode, current_row.periode,
        rules.n_periode, rules.maks_kemiringan

),

indicators_judged as (

    select
        ordered.*,
        windowed.n_periode_dilihat,
        windowed.kemiringan,
        windowed.n_periode_dilihat >= windowed.n_periode
            and abs(windowed.kemiringan) < windowed.maks_kemiringan - 1e-9
            and ordered.status in ('mendekati', 'tidak_tercapai') as stagnan
    from ordered
    inner join windowed
        on ordered.kode_indikator = windowed.kode_indikator
        and ordered.unit_kode = windowed.unit_kode
        and ordered.periode = windowed.periode

),

aggregated_to_unit as (

    select
        unit_kode,
        periode,
        any_value(periode_jenis) as periode_jenis,
        any_value(tahun) as tahun,
        any_value(periode_selesai) as periode_selesai,
        count(*) as n_indikator,
        count(*) filter (where stagnan) as n_indikator_stagnan,
        bool_or(stagnan and status = 'tidak_tercapai') as ada_tidak_tercapai,
        min(n_periode_dilihat) filter (where stagnan) as n_periode_dilihat,
        string_agg(
            kode_indikator || ' (capaian '
                || replace(printf('%.1f', capaian_pct), '.', ',')
                || '%, kemiringan '
                || replace(printf('%+.2f', kemiringan), '.', ',')
                || ' poin/periode selama ' || n_periode_dilihat || ' periode)',
            '; ' order by kode_indikator
        ) filter (where stagnan) as uraian,
        to_json(
            list(
                {
                    'kode_indikator': kode_indikator,
                    'nama': nama_id,
                    'capaian_pct': round(capaian_pct, 2),
                    'kemiringan': round(kemiringan, 4),
                    'n_periode': n_periode_dilihat,
                    'status': status
                }
                order by kode_indikator
            ) filter (where stagnan)
        ) as komponen_json
    from indicators_judged
    group by unit_kode, periode

),

positioned as (

    select
        *,
        row_number() over (
            partition by unit_kode, periode_jenis order by periode_selesai, periode
        ) as urutan,
        count(*) over (partition by unit_kode, periode_jenis) as n_urutan
    from aggregated_to_unit

),

flagged as (

    select * from positioned where n_indikator_stagnan > 0

),

-- runs of flagged periods (int_signal_runs_measured): consecutive urutan minus their
-- rank among the flagged rows is constant within a run
runs as (

    select
        *,
        urutan - row_number() over (partition by unit_kode, periode_jenis order by urutan) as nomor_run
    from flagged

),

measured as (

    select
        *,
        first_value(periode) over run_so_far as pertama_muncul,
        count(*) over run_so_far as lama_periode,
        urutan = n_urutan as terkini
    from runs
    window run_so_far as (
        partition by unit_kode, periode_jenis, nomor_run
        order by urutan
        rows between unbounded preceding and current row
    )

),

final as (

    select
        -- ids
        'unit' as subjek_jenis,
        unit_kode as subjek_kode,
        'stagnasi_unit' as sinyal,
        periode,

        -- dimensions
        periode_jenis,
        periode_jenis as seri,
        tahun,
        terkini,
        case
            when ada_tidak_tercapai then 'tinggi'
            else 'sedang'
        end as keparahan,
        pertama_muncul,
        n_indikator_stagnan || ' indikator datar di bawah target: ' || uraian
            as alasan_inti,
        cast(komponen_json as varchar) as komponen,

        -- measures
        lama_periode,
        cast(null as bigint) as n_periode_buruk,
        n_periode_dilihat,
        cast(null as integer) as n_komponen_aktif,
        n_indikator_stagnan,

        -- dates
        periode_selesai

    from measured

)

select * from final
