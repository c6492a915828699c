-- int_signal_person_stagnation_evaluated: the person-stagnation rule (stagnasi_pegawai,
-- PRODUCT.md §5) evaluated for every periodic SKP; one row per nip x periode where the
-- rule holds.
-- Component 1 (rating): the last aturan sinyal.stagnasi_n_periode periodic predikat
-- (this one included, all needed) all score below sinyal.stagnasi_skor_baik (Baik)
-- and the latest score is not above the first one of the window (no improvement).
-- Component 2 (position): at the period's end the employee has held the position
-- (tmt_jabatan of the current master) for at least sinyal.stagnasi_jabatan_min_tahun
-- years (tmt + 5 years <= periode_selesai) and no training started in the
-- sinyal.stagnasi_tanpa_pelatihan_bulan months up to the period's end (the latest
-- training started on or before the period's end is older).
-- Severity: tinggi both, sedang rating only, rendah position only.
-- The series is the nip's periodic SKP; pertama_muncul, lama_periode and terkini
-- measure the run of flagged periods as int_signal_runs_measured describes.
-- Two windows over narrow rows: the nip's SKP and training starts by date (the latest
-- training so far), then the SKP newest first (the last n periods); the master's
-- tmt_jabatan is joined after them.

with evaluations as (

    select * from mart_employee_period
    where periode_jenis <> 'tahunan' and skor_predikat is not null

),

employees as (

    select * from int_employees_current

),

training as (

    select * from stg_pelatihan

),

rules as (

    select
        max(nilai) filter (where kunci = 'stagnasi_n_periode') as n_periode,
        max(nilai) filter (where kunci = 'stagnasi_skor_baik') as skor_baik,
        max(nilai) filter (where kunci = 'stagnasi_jabatan_min_tahun') as min_tahun,
        max(nilai) filter (where kunci = 'stagnasi_tanpa_pelatihan_bulan') as bulan
    from ref_aturan
    where bagian = 'sinyal'

),

-- the nip's SKP and training starts in one stream by date: at each SKP the latest
-- training started on or before its end (a start on the same day counts)
stream as (

    select
        nip,
        periode,
        periode_jenis,
        periode_selesai as tanggal,
        skor_predikat,
        cast(null as date) as tanggal_mulai
    from evaluations
    union all
    select
        nip,
        null as periode,
        null as periode_jenis,
        tanggal_mulai as tanggal,
        null as skor_predikat,
        tanggal_mulai
    from training

),

with_last_training as (

    select
        nip,
        periode,
        periode_jenis,
        tanggal as periode_selesai,
        skor_predikat,
        last_value(tanggal_mulai ignore nulls) over (
            partition by nip
            order by tanggal
            range between unbounded preceding and current row
        ) as pelatihan_terakhir
    from stream

),

ordered as (

    select
        *,
        skor_predikat < (select skor_baik from rules) as buruk
    from with_last_training
    where periode is not null

),

-- the window of the last n periods: this row and the n - 1 before it (fewer at the
-- start of the series; none when n < 1); skor_awal is the oldest score in it. The
-- same sort gives the period's position in the series (int_signal_runs_measured).
windowed as (

    select
        *,
        case
            when (select n_periode from rules) >= 1 then count(*) over last_n
        end as n_periode_dilihat,
        case
            when (select n_periode from rules) >= 1
                then count(*) filter (where buruk) over last_n
        end as n_periode_buruk,
        case
            when (select n_periode from rules) >= 1
                then last_value(skor_predikat) over last_n
        end as skor_awal,
        row_number() over newest_first as urutan_mundur,
        count(*) over whole_series as n_urutan,
        lag(periode_selesai, 1) over newest_first as selesai_sebelum_1,
        lag(periode_selesai, 2) over newest_first as selesai_sebelum_2,
        lead(periode_selesai, 1) over newest_first as selesai_sesudah_1,
        lead(periode_selesai, 2) over newest_first as selesai_sesudah_2
    from ordered
    window
        newest_first as (partition by nip order by periode_selesai desc, periode),
        last_n as (
            newest_first rows between current row
                and cast(floor(greatest((select n_periode from rules), 1)) as bigint)
                    - 1 following
        ),
        whole_series as (
            newest_first rows between unbounded preceding and unbounded following
        )

),

components as (

    select
        windowed.*,
        employees.tmt_jabatan,
        date_diff('month', employees.tmt_jabatan, windowed.periode_selesai)
            // 12 as tahun_di_jabatan,
        rules.bulan,
        windowed.n_periode_dilihat = rules.n_periode
            and windowed.n_periode_buruk = windowed.n_periode_dilihat
            and windowed.skor_predikat <= windowed.skor_awal
            as stagnan_predikat,
        coalesce(
            employees.tmt_jabatan + to_years(cast(rules.min_tahun as integer))
                <= windowed.periode_selesai
            and coalesce(
                windowed.pelatihan_terakhir
                    <= windowed.periode_selesai - to_months(cast(rules.bulan as integer)),
                true
            ),
            false
        ) as stagnan_jabatan
    from windowed
    cross join rules
    left join employees
        on windowed.nip = employees.nip

),

flagged as (

    select
        *,
        -- the position by periode_selesai, then periode: counted from the end, except
        -- that SKP ending on the same day (at most three periodic ones: bulanan,
        -- triwulanan, semesteran) keep their periode order
        n_urutan - urutan_mundur + 1
            + coalesce(selesai_sebelum_1 = periode_selesai, false)::integer
            + coalesce(selesai_sebelum_2 = periode_selesai, false)::integer
            - coalesce(selesai_sesudah_1 = periode_selesai, false)::integer
            - coalesce(selesai_sesudah_2 = periode_selesai, false)::integer as urutan
    from components
    where stagnan_predikat or stagnan_jabatan

),

-- runs of flagged periods (int_signal_runs_measured): consecutive urutan minus their
-- rank among the flagged rows is constant within a run
runs as (

    select
        *,
        case
            -- without a rating component (stagnasi_n_periode below 1 or missing) the
            -- periods not flagged were not judged at all: they do not break a run
            when stagnan_predikat is null then 0
            else urutan - row_number() over (partition by nip order by urutan)
        end as nomor_run
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
        partition by nip, nomor_run
        order by urutan
        rows between unbounded preceding and current row
    )

),

final as (

    select
        -- ids
        'pegawai' as subjek_jenis,
        nip as subjek_kode,
        'stagnasi_pegawai' as sinyal,
        periode,

        -- dimensions
        periode_jenis,
        'periodik' as seri,
        cast(year(periode_selesai) as integer) as tahun,
        terkini,
        case
            when stagnan_predikat and stagnan_jabatan then 'tinggi'
            when stagnan_predikat then 'sedang'
            when stagnan_jabatan then 'rendah'
        end as keparahan,
        pertama_muncul,
        concat_ws(
            '; ',
            case
                when stagnan_predikat
                    then 'Predikat di bawah Baik tanpa perbaikan pada '
                        || n_periode_buruk || ' dari ' || n_periode_dilihat
                        || ' periode terakhir'
            end,
            case
                when stagnan_jabatan
                    then 'Menduduki jabatan yang sama ' || tahun_di_jabatan
                        || ' tahun (TMT ' || strftime(tmt_jabatan, '%d/%m/%Y')
                        || ') tanpa pelatihan dalam ' || cast(bulan as integer)
                        || ' bulan terakhir'
            end
        ) as alasan_inti,
        cast(null as varchar) as komponen,

        -- measures
        lama_periode,
        n_periode_buruk,
        n_periode_dilihat,
        cast(null as integer) as n_komponen_aktif,
        tahun_di_jabatan,

        -- dates
        periode_selesai,
        tmt_jabatan

    from measured

)

select * from final
