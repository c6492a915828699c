-- int_signal_resistance_evaluated: the resistance-to-change composite (resistensi,
-- PRODUCT.md §5) evaluated for every periodic SKP; one row per nip x periode where it
-- holds. Each component is kept with its value, its threshold and whether it fired
-- (komponen, JSON text); there is no hidden score. Thresholds: aturan
-- sinyal.resistensi_*.
-- 1 laporan: self-report late (mart_employee_period.terlambat) or missing (no
--   tanggal_pengisian) in >= resistensi_laporan_min of the last resistensi_laporan_n
--   periodic SKP.
-- 2 penilaian_diri: selisih_mandiri > 0 (self-rating above the supervisor's) in
--   >= resistensi_diri_min of the last resistensi_diri_n periodic SKP.
-- 3 jp_nol: JP of trainings started in the resistensi_jp_bulan months up to the
--   period's end <= resistensi_jp_maks while a competency gap is open (latest
--   assessment per competency on or before the period's end below standard).
-- 4 adaptif_turun: mean skor_adaptif of the last 3 periodic SKP below the mean of the 3
--   before by >= resistensi_adaptif_turun (all 6 rated).
-- Flagged when >= resistensi_min_komponen components fire; severity 1 rendah,
-- 2 sedang, 3+ tinggi.
-- The series is the nip's periodic SKP; pertama_muncul, lama_periode and terkini
-- measure the run of flagged periods as int_signal_runs_measured describes.
-- Open gaps and JP come from one timeline per nip (a row per assessment or training
-- date: the competencies whose latest assessment so far is below standard, and the JP
-- started so far), streamed by date together with the SKP: at an SKP the timeline as
-- it stood at its end and at the start of the JP window (JP in the window = JP so far
-- at its end - JP so far at its start). Then one window over the SKP newest first;
-- the components' JSON and text are built for the flagged rows only.

with evaluations as (

    select * from mart_employee_period where periode_jenis <> 'tahunan'

),

training as (

    select * from stg_pelatihan

),

assessments as (

    select * from stg_kompetensi

),

rules as (

    select
        max(nilai) filter (where kunci = 'resistensi_laporan_min') as laporan_min,
        max(nilai) filter (where kunci = 'resistensi_laporan_n') as laporan_n,
        max(nilai) filter (where kunci = 'resistensi_diri_min') as diri_min,
        max(nilai) filter (where kunci = 'resistensi_diri_n') as diri_n,
        max(nilai) filter (where kunci = 'resistensi_jp_maks') as jp_maks,
        max(nilai) filter (where kunci = 'resistensi_jp_bulan') as jp_bulan,
        max(nilai) filter (where kunci = 'resistensi_adaptif_turun') as adaptif_turun,
        max(nilai) filter (where kunci = 'resistensi_min_komponen') as min_komponen
    from ref_aturan
    where bagian = 'sinyal'

),

-- every assessment changes the number of the nip's open gaps by the change of its
-- competency's state (open: level_aktual below level_standar); summed up to a date
-- that is the number of competencies whose latest assessment so far is open
assessment_changes as (

    select
        nip,
        tanggal_asesmen as tanggal,
        cast(coalesce(level_aktual < level_standar, false) as integer)
            - coalesce(
                cast(lag(coalesce(level_aktual < level_standar, false)) over (
                    partition by nip, kompetensi
                    order by tanggal_asesmen, _loaded_at, _source_row
                ) as integer),
                0
            ) as perubahan,
        cast(null as double) as jp
    from assessments

),

events as (

    select * from assessment_changes
    union all
    select nip, tanggal_mulai as tanggal, 0 as perubahan, jp from training

),

timeline as (

    select
        nip,
        tanggal,
        cast(sum(sum(perubahan)) over so_far as bigint) as n_kesenjangan,
        sum(coalesce(sum(jp), 0)) over so_far as jp_kumulatif
    from events
    group by nip, tanggal
    window so_far as (partition by nip order by tanggal)

),

-- the nip's SKP and timeline rows in one stream by date
stream as (

    select
        nip,
        periode,
        periode_jenis,
        periode_selesai as tanggal,
        terlambat is true or tanggal_pengisian is null as laporan_bermasalah,
        selisih_mandiri > 0 as diri_lebih_tinggi,
        skor_adaptif,
        cast(null as bigint) as n_kesenjangan,
        cast(null as double) as jp_kumulatif
    from evaluations
    union all
    select
        nip,
        null as periode,
        null as periode_jenis,
        tanggal,
        null as laporan_bermasalah,
        null as diri_lebih_tinggi,
        null as skor_adaptif,
        n_kesenjangan,
        jp_kumulatif
    from timeline

),

looked_up as (

    select
        nip,
        periode,
        periode_jenis,
        tanggal as periode_selesai,
        laporan_bermasalah,
        diri_lebih_tinggi,
        skor_adaptif,
        coalesce(last_value(n_kesenjangan ignore nulls) over up_to_end, 0)
            as n_kesenjangan,
        case
            -- an empty window (jp_bulan below one month or missing) holds no JP
            when cast((select jp_bulan from rules) as integer) >= 1
                then coalesce(last_value(jp_kumulatif ignore nulls) over up_to_end, 0)
                    - coalesce(
                        last_value(jp_kumulatif ignore nulls) over before_jp_window, 0
                    )
            else 0
        end as jp_terakhir
    from stream
    window
        -- one order key for both frames (a month offset needs a timestamp), one sort
        by_date as (partition by nip order by cast(tanggal as timestamp)),
        up_to_end as (by_date range between unbounded preceding and current row),
        -- everything up to and including the day jp_bulan months before the end
        before_jp_window as (
            by_date range between unbounded preceding
                and to_months(cast(greatest((select jp_bulan from rules), 0) as integer))
                    preceding
        )

),

ordered as (

    select * from looked_up where periode is not null

),

windowed as (

    -- the last n periodic SKP up to each one: rows frames over the nip's SKP, newest
    -- first, so "the last n" is the row and the n - 1 following ones. The same sort
    -- gives the period's position in the series (int_signal_runs_measured).
    select
        nip,
        periode,
        periode_jenis,
        periode_selesai,
        n_kesenjangan,
        jp_terakhir,
        case
            when (select laporan_n from rules) >= 1 then count(*) over laporan
            else 0
        end as laporan_dilihat,
        case
            when (select laporan_n from rules) >= 1
                then count(*) filter (where laporan_bermasalah) over laporan
            else 0
        end as laporan_buruk,
        case
            when (select diri_n from rules) >= 1 then count(*) over diri
            else 0
        end as diri_dilihat,
        case
            when (select diri_n from rules) >= 1
                then count(*) filter (where diri_lebih_tinggi) over diri
            else 0
        end as diri_buruk,
        avg(skor_adaptif) over baru as adaptif_baru,
        count(skor_adaptif) over baru as adaptif_baru_n,
        avg(skor_adaptif) over lama as adaptif_lama,
        count(skor_adaptif) over lama as adaptif_lama_n,
        row_number() over newest_first as urutan_mundur,
        count(*) over whole_series as n_urutan,
        lag(periode_selesai, 1) over newest_first as selesai_sebelum_1,
        lag(periode_selesai, 2) over newest_first as selesai_sebelum_2,
        lead(periode_selesai, 1) over newest_first as selesai_sesudah_1,
        lead(periode_selesai, 2) over newest_first as selesai_sesudah_2
    from ordered
    window
        newest_first as (partition by nip order by periode_selesai desc, periode),
        whole_series as (
            newest_first rows between unbounded preceding and unbounded following
        ),
        laporan as (
            newest_first rows between current row
                and cast(greatest((select laporan_n from rules), 1) as bigint) - 1
                following
        ),
        diri as (
            newest_first rows between current row
                and cast(greatest((select diri_n from rules), 1) as bigint) - 1
                following
        ),
        baru as (newest_first rows between current row and 2 following),
        lama as (newest_first rows between 3 following and 5 following)

),

components as (

    select
        windowed.* exclude (adaptif_baru_n, adaptif_lama_n),
        windowed.adaptif_lama - windowed.adaptif_baru as adaptif_penurunan,
        windowed.laporan_buruk >= rules.laporan_min as laporan_aktif,
        windowed.diri_buruk >= rules.diri_min as diri_aktif,
        windowed.jp_terakhir <= rules.jp_maks
            and windowed.n_kesenjangan > 0 as jp_aktif,
        coalesce(
            windowed.adaptif_baru_n = 3 and windowed.adaptif_lama_n = 3
            and windowed.adaptif_lama - windowed.adaptif_baru
                >= rules.adaptif_turun - 1e-9,
            false
        ) as adaptif_aktif
    from windowed
    cross join rules

),

counted as (

    select
        *,
        cast(laporan_aktif as integer) + cast(diri_aktif as integer)
            + cast(jp_aktif as integer) + cast(adaptif_aktif as integer)
            as n_komponen_aktif
    from components

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
    from counted
    where n_komponen_aktif >= (select min_komponen from rules)
        and n_komponen_aktif > 0

),

-- runs of flagged periods (int_signal_runs_measured): consecutive urutan minus their
-- rank among the flagged rows is constant within a run
runs as (

    select
        *,
        urutan - row_number() over (partition by nip order by urutan) as nomor_run
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

described as (

    select
        measured.*,
        to_json([
            {
                'komponen': 'laporan',
                'uraian': 'laporan mandiri terlambat atau tidak diisi',
                'nilai': measured.laporan_buruk,
                'dari': measured.laporan_dilihat,
                'ambang': rules.laporan_min,
                'aktif': measured.laporan_aktif
            },
            {
                'komponen': 'penilaian_diri',
                'uraian': 'penilaian diri di atas penilaian atasan',
                'nilai': measured.diri_buruk,
                'dari': measured.diri_dilihat,
                'ambang': rules.diri_min,
                'aktif': measured.diri_aktif
            },
            {
                'komponen': 'jp_nol',
                'uraian': 'JP dalam ' || cast(rules.jp_bulan as integer)
                    || ' bulan terakhir; kesenjangan kompetensi terbuka: '
                    || measured.n_kesenjangan,
                'nilai': measured.jp_terakhir,
                'dari': null,
                'ambang': rules.jp_maks,
                'aktif': measured.jp_aktif
            },
            {
                'komponen': 'adaptif_turun',
                'uraian': 'penurunan rata-rata nilai Adaptif 3 periode terakhir',
                'nilai': round(measured.adaptif_penurunan, 2),
                'dari': null,
                'ambang': rules.adaptif_turun,
                'aktif': measured.adaptif_aktif
            }
        ]) as komponen_json,
        concat_ws(
            '; ',
            case
                when measured.laporan_aktif
                    then 'Laporan mandiri terlambat/tidak diisi pada '
                        || measured.laporan_buruk || ' dari '
                        || measured.laporan_dilihat || ' periode terakhir'
            end,
            case
                when measured.diri_aktif
                    then 'Penilaian diri di atas penilaian atasan pada '
                        || measured.diri_buruk || ' dari ' || measured.diri_dilihat
                        || ' periode terakhir'
            end,
            case
                when measured.jp_aktif
                    then replace(cast(round(measured.jp_terakhir, 1) as varchar), '.', ',')
                        || ' JP dalam ' || cast(rules.jp_bulan as integer)
                        || ' bulan terakhir padahal ada ' || measured.n_kesenjangan
                        || ' kesenjangan kompetensi'
            end,
            case
                when measured.adaptif_aktif
                    then 'Rata-rata nilai Adaptif turun dari '
                        || replace(printf('%.2f', measured.adaptif_lama), '.', ',')
                        || ' ke '
                        || replace(printf('%.2f', measured.adaptif_baru), '.', ',')
                        || ' (3 periode terakhir dibanding 3 sebelumnya)'
            end
        ) as uraian_aktif
    from measured
    cross join rules

),

final as (

    select
        -- ids
        'pegawai' as subjek_jenis,
        nip as subjek_kode,
        'resistensi' as sinyal,
        periode,

        -- dimensions
        periode_jenis,
        'periodik' as seri,
        cast(year(periode_selesai) as integer) as tahun,
        terkini,
        case
            when n_komponen_aktif >= 3 then 'tinggi'
            when n_komponen_aktif = 2 then 'sedang'
            else 'rendah'
        end as keparahan,
        pertama_muncul,
        n_komponen_aktif || ' dari 4 komponen resistensi aktif: ' || uraian_aktif
            as alasan_inti,
        cast(komponen_json as varchar) as komponen,

        -- measures
        lama_periode,
        cast(null as bigint) as n_periode_buruk,
        cast(null as bigint) as n_periode_dilihat,
        n_komponen_aktif,

        -- dates
        periode_selesai

    from described

)

select * from final
