-- int_signal_resistance_evaluated: the resistance-to-change composite (resistensi,
-- PRODUCT.md §5) evaluated for every periodic SKP, one row per nip x periode. Each
-- component is kept with its value, its threshold and whether it fired (komponen, JSON
-- text); there is no hidden score. Thresholds: aturan sinyal.resistensi_*.
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

ordered as (

    select
        nip,
        periode,
        periode_jenis,
        tahun,
        periode_selesai,
        terlambat is true or tanggal_pengisian is null as laporan_bermasalah,
        selisih_mandiri > 0 as diri_lebih_tinggi,
        skor_adaptif,
        row_number() over (
            partition by nip order by periode_selesai desc, periode
        ) as urutan_mundur
    from evaluations

),

windowed as (

    -- the last n periodic SKP up to each one: rows frames over the nip's SKP, newest
    -- first (urutan_mundur 1, 2, ...), so "the last n" is the row and the n - 1
    -- following ones
    select
        nip,
        periode,
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
        count(skor_adaptif) over lama as adaptif_lama_n
    from ordered
    window
        by_nip as (partition by nip order by urutan_mundur),
        laporan as (
            by_nip rows between current row
                and cast(greatest((select laporan_n from rules), 1) as bigint) - 1
                following
        ),
        diri as (
            by_nip rows between current row
                and cast(greatest((select diri_n from rules), 1) as bigint) - 1
                following
        ),
        baru as (by_nip rows between current row and 2 following),
        lama as (by_nip rows between 3 following and 5 following)

),

recent_jp as (

    select
        ordered.nip,
        ordered.periode,
        sum(training.jp) as jp_terakhir
    from ordered
    cross join rules
    inner join training
        on ordered.nip = training.nip
        and training.tanggal_mulai <= ordered.periode_selesai
        and training.tanggal_mulai
            > ordered.periode_selesai - to_months(cast(rules.jp_bulan as integer))
    group by ordered.nip, ordered.periode

),

latest_assessments as (

    select
        ordered.nip,
        ordered.periode,
        assessments.kompetensi,
        assessments.level_aktual < assessments.level_standar as terbuka
    from ordered
    inner join assessments
        on ordered.nip = assessments.nip
        and assessments.tanggal_asesmen <= ordered.periode_selesai
    qualify row_number() over (
        partition by ordered.nip, ordered.periode, assessments.kompetensi
        order by assessments.tanggal_asesmen desc, assessments._loaded_at desc,
            assessments._source_row desc
    ) = 1

),

open_gaps as (

    select
        nip,
        periode,
        count(*) filter (where terbuka) as n_kesenjangan
    from latest_assessments
    group by nip, periode

),

components as (

    select
        ordered.nip,
        ordered.periode,
        ordered.periode_jenis,
        ordered.tahun,
        ordered.periode_selesai,
        windowed.laporan_buruk,
        windowed.laporan_dilihat,
        windowed.diri_buruk,
        windowed.diri_dilihat,
        coalesce(recent_jp.jp_terakhir, 0) as jp_terakhir,
        coalesce(open_gaps.n_kesenjangan, 0) as n_kesenjangan,
        windowed.adaptif_lama - windowed.adaptif_baru as adaptif_penurunan,
        windowed.adaptif_baru,
        windowed.adaptif_lama,
        rules.*,
        windowed.laporan_buruk >= rules.laporan_min as laporan_aktif,
        windowed.diri_buruk >= rules.diri_min as diri_aktif,
        coalesce(recent_jp.jp_terakhir, 0) <= rules.jp_maks
            and coalesce(open_gaps.n_kesenjangan, 0) > 0 as jp_aktif,
        coalesce(
            windowed.adaptif_baru_n = 3 and windowed.adaptif_lama_n = 3
            and windowed.adaptif_lama - windowed.adaptif_baru
                >= rules.adaptif_turun - 1e-9,
            false
        ) as adaptif_aktif
    from ordered
    cross join rules
    left join windowed
        on ordered.nip = windowed.nip
        and ordered.periode = windowed.periode
    left join recent_jp
        on ordered.nip = recent_jp.nip
        and ordered.periode = recent_jp.periode
    left join open_gaps
        on ordered.nip = open_gaps.nip
        and ordered.periode = open_gaps.periode

),

counted as (

    select
        *,
        cast(laporan_aktif as integer) + cast(diri_aktif as integer)
            + cast(jp_aktif as integer) + cast(adaptif_aktif as integer)
            as n_komponen_aktif
    from components

),

described as (

    -- the components' JSON and text only where the signal holds (what mart_flags
    -- keeps): building them for every SKP dominated the build at scale
    select
        *,
        case
            when n_komponen_aktif >= min_komponen and n_komponen_aktif > 0
                then to_json([
            {
                'komponen': 'laporan',
                'uraian': 'laporan mandiri terlambat atau tidak diisi',
                'nilai': laporan_buruk,
                'dari': laporan_dilihat,
                'ambang': laporan_min,
                'aktif': laporan_aktif
            },
            {
                'komponen': 'penilaian_diri',
                'uraian': 'penilaian diri di atas penilaian atasan',
                'nilai': diri_buruk,
                'dari': diri_dilihat,
                'ambang': diri_min,
                'aktif': diri_aktif
            },
            {
                'komponen': 'jp_nol',
                'uraian': 'JP dalam ' || cast(jp_bulan as integer)
                    || ' bulan terakhir; kesenjangan kompetensi terbuka: '
                    || n_kesenjangan,
                'nilai': jp_terakhir,
                'dari': null,
                'ambang': jp_maks,
                'aktif': jp_aktif
            },
            {
                'komponen': 'adaptif_turun',
                'uraian': 'penurunan rata-rata nilai Adaptif 3 periode terakhir',
                'nilai': round(adaptif_penurunan, 2),
                'dari': null,
                'ambang': adaptif_turun,
                'aktif': adaptif_aktif
            }
        ]) end as komponen_json,
        case
            when n_komponen_aktif >= min_komponen and n_komponen_aktif > 0
                then concat_ws(
            '; ',
            case
                when laporan_aktif
                    then 'Laporan mandiri terlambat/tidak diisi pada ' || laporan_buruk
                        || ' dari ' || laporan_dilihat || ' periode terakhir'
            end,
            case
                when diri_aktif
                    then 'Penilaian diri di atas penilaian atasan pada ' || diri_buruk
                        || ' dari ' || diri_dilihat || ' periode terakhir'
            end,
            case
                when jp_aktif
                    then replace(cast(round(jp_terakhir, 1) as varchar), '.', ',')
                        || ' JP dalam ' || cast(jp_bulan as integer)
                        || ' bulan terakhir padahal ada ' || n_kesenjangan
                        || ' kesenjangan kompetensi'
            end,
            case
                when adaptif_aktif
                    then 'Rata-rata nilai Adaptif turun dari '
                        || replace(printf('%.2f', adaptif_lama), '.', ',') || ' ke '
                        || replace(printf('%.2f', adaptif_baru), '.', ',')
                        || ' (3 periode terakhir dibanding 3 sebelumnya)'
            end
        ) end as uraian_aktif
    from counted

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
        tahun,
        n_komponen_aktif >= min_komponen and n_komponen_aktif > 0 as berlaku,
        case
            when not (n_komponen_aktif >= min_komponen and n_komponen_aktif > 0)
                then null
            when n_komponen_aktif >= 3 then 'tinggi'
            when n_komponen_aktif = 2 then 'sedang'
            else 'rendah'
        end as keparahan,
        n_komponen_aktif || ' dari 4 komponen resistensi aktif: ' || uraian_aktif
            as alasan_inti,
        cast(komponen_json as varchar) as komponen,

        -- measures
        cast(null as bigint) as n_periode_buruk,
        cast(null as bigint) as n_periode_dilihat,
        n_komponen_aktif,

        -- dates
        periode_selesai

    from described

)

select * from final
