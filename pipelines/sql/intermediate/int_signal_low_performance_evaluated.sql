-- int_signal_low_performance_evaluated: the low-performer rule (kinerja_rendah,
-- PRODUCT.md §5) evaluated for every SKP of every employee; one row per nip x periode
-- where the rule holds.
-- Annual SKP: flagged when its predikat scores at most aturan
-- sinyal.kinerja_rendah_skor_maks (Butuh Perbaikan or worse).
-- Periodic SKP: flagged when at least sinyal.kinerja_rendah_min_periode of the last
-- sinyal.kinerja_rendah_n_periode periodic predikat (this one included) are that low.
-- Severity: tinggi when the worst predikat in view scores at most
-- sinyal.kinerja_rendah_skor_tinggi (Kurang/Misconduct, Sangat Kurang) or, for a
-- periodic SKP, every period in view is low; else sedang.
-- A series (seri) is the nip's periodic or annual SKP; pertama_muncul, lama_periode and
-- terkini measure the run of flagged periods as int_signal_runs_measured describes.
-- Every SKP goes through one window over narrow rows (the last n periods are a frame,
-- newest first); names and reasons are added to the flagged rows only.

with evaluations as (

    select * from mart_employee_period where skor_predikat is not null

),

predikat as (

    select distinct skor_predikat, predikat_kinerja from int_predikat_from_matrix

),

rules as (

    select
        max(nilai) filter (where kunci = 'kinerja_rendah_skor_maks') as skor_maks,
        max(nilai) filter (where kunci = 'kinerja_rendah_n_periode') as n_periode,
        max(nilai) filter (where kunci = 'kinerja_rendah_min_periode') as min_periode,
        max(nilai) filter (where kunci = 'kinerja_rendah_skor_tinggi') as skor_tinggi
    from ref_aturan
    where bagian = 'sinyal'

),

ordered as (

    select
        nip,
        periode,
        periode_jenis,
        periode_selesai,
        skor_predikat,
        skor_predikat <= (select skor_maks from rules) as rendah,
        case when periode_jenis = 'tahunan' then 'tahunan' else 'periodik' end as seri
    from evaluations

),

-- the window of the last n periods: this row and the n - 1 before it in the series
-- (fewer at the start of the series; none when n < 1). The same sort gives the
-- period's position in the series (see int_signal_runs_measured: urutan).
windowed as (

    select
        *,
        case
            when (select n_periode from rules) >= 1 then count(*) over last_n
        end as n_dilihat_jendela,
        case
            when (select n_periode from rules) >= 1
                then count(*) filter (where rendah) over last_n
        end as n_buruk_jendela,
        case
            when (select n_periode from rules) >= 1
                then min(skor_predikat) over last_n
        end as skor_terburuk_jendela,
        row_number() over newest_first as urutan_mundur,
        count(*) over whole_series as n_urutan,
        lag(periode_selesai, 1) over newest_first as selesai_sebelum_1,
        lag(periode_selesai, 2) over newest_first as selesai_sebelum_2,
        lead(periode_selesai, 1) over newest_first as selesai_sesudah_1,
        lead(periode_selesai, 2) over newest_first as selesai_sesudah_2
    from ordered
    window
        newest_first as (partition by nip, seri order by periode_selesai desc, periode),
        last_n as (
            newest_first rows between current row
                and cast(floor(greatest((select n_periode from rules), 1)) as bigint)
                    - 1 following
        ),
        whole_series as (
            newest_first rows between unbounded preceding and unbounded following
        )

),

evaluated as (

    select
        *,
        case
            when seri = 'tahunan' then 1 else n_dilihat_jendela
        end as n_periode_dilihat,
        case
            when seri = 'tahunan' then cast(rendah as integer)
            else n_buruk_jendela
        end as n_periode_buruk,
        case
            when seri = 'tahunan' then skor_predikat
            else skor_terburuk_jendela
        end as skor_terburuk
    from windowed

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
    from evaluated
    where case
        when seri = 'tahunan' then rendah
        else n_periode_buruk >= (select min_periode from rules)
    end

),

-- runs of flagged periods (int_signal_runs_measured): consecutive urutan minus their
-- rank among the flagged rows is constant within a run
runs as (

    select
        *,
        urutan - row_number() over (partition by nip, seri order by urutan) as nomor_run
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
        partition by nip, seri, nomor_run
        order by urutan
        rows between unbounded preceding and current row
    )

),

final as (

    select
        -- ids
        'pegawai' as subjek_jenis,
        measured.nip as subjek_kode,
        'kinerja_rendah' as sinyal,
        measured.periode,

        -- dimensions
        measured.periode_jenis,
        measured.seri,
        cast(year(measured.periode_selesai) as integer) as tahun,
        measured.terkini,
        case
            when measured.skor_terburuk <= rules.skor_tinggi then 'tinggi'
            when measured.seri = 'periodik'
                and measured.n_periode_buruk = measured.n_periode_dilihat
                then 'tinggi'
            else 'sedang'
        end as keparahan,
        measured.pertama_muncul,
        case
            when measured.seri = 'tahunan'
                then 'Predikat tahunan ' || measured.periode || ': '
                    || predikat.predikat_kinerja
            else 'Predikat di bawah Baik pada ' || measured.n_periode_buruk || ' dari '
                || measured.n_periode_dilihat || ' periode terakhir (periode ini: '
                || predikat.predikat_kinerja || ')'
        end as alasan_inti,
        cast(null as varchar) as komponen,

        -- measures
        measured.lama_periode,
        measured.n_periode_buruk,
        measured.n_periode_dilihat,
        cast(null as integer) as n_komponen_aktif,

        -- dates
        measured.periode_selesai

    from measured
    cross join rules
    left join predikat
        on measured.skor_predikat = predikat.skor_predikat

)

select * from final
