-- int_signal_low_performance_evaluated: the low-performer rule (kinerja_rendah,
-- PRODUCT.md §5) evaluated for every SKP of every employee, one row per nip x periode.
-- Annual SKP: flagged when its predikat scores at most aturan
-- sinyal.kinerja_rendah_skor_maks (Butuh Perbaikan or worse).
-- Periodic SKP: flagged when at least sinyal.kinerja_rendah_min_periode of the last
-- sinyal.kinerja_rendah_n_periode periodic predikat (this one included) are that low.
-- Severity: tinggi when the worst predikat in view scores at most
-- sinyal.kinerja_rendah_skor_tinggi (Kurang/Misconduct, Sangat Kurang) or, for a
-- periodic SKP, every period in view is low; else sedang.
-- berlaku says whether the rule holds; int_signal_runs_measured measures the runs.

with evaluations as (

    select * from mart_employee_period where skor_predikat is not null

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
        evaluations.nip,
        evaluations.periode,
        evaluations.periode_jenis,
        evaluations.tahun,
        evaluations.periode_selesai,
        evaluations.predikat_kinerja,
        evaluations.skor_predikat,
        evaluations.skor_predikat <= rules.skor_maks as rendah,
        case when evaluations.periode_jenis = 'tahunan' then 'tahunan' else 'periodik' end
            as seri,
        row_number() over (
            partition by evaluations.nip, evaluations.periode_jenis = 'tahunan'
            order by evaluations.periode_selesai desc, evaluations.periode
        ) as urutan_mundur,
        rules.n_periode,
        rules.min_periode,
        rules.skor_tinggi
    from evaluations
    cross join rules

),

-- the window of the last n periods: rows of the same series with a later urutan_mundur
windowed as (

    select
        current_row.nip,
        current_row.periode,
        count(*) as n_periode_dilihat,
        count(*) filter (where earlier.rendah) as n_periode_buruk,
        min(earlier.skor_predikat) as skor_terburuk
    from ordered as current_row
    inner join ordered as earlier
        on current_row.nip = earlier.nip
        and current_row.seri = earlier.seri
        and earlier.urutan_mundur between current_row.urutan_mundur
            and current_row.urutan_mundur + current_row.n_periode - 1
    where current_row.seri = 'periodik'
    group by current_row.nip, current_row.periode

),

evaluated as (

    select
        ordered.*,
        case
            when ordered.seri = 'tahunan' then 1 else windowed.n_periode_dilihat
        end as n_periode_dilihat,
        case
            when ordered.seri = 'tahunan' then cast(ordered.rendah as integer)
            else windowed.n_periode_buruk
        end as n_periode_buruk,
        case
            when ordered.seri = 'tahunan' then ordered.skor_predikat
            else windowed.skor_terburuk
        end as skor_terburuk
    from ordered
    left join windowed
        on ordered.nip = windowed.nip
        and ordered.periode = windowed.periode

),

flagged as (

    select
        *,
        case
            when seri = 'tahunan' then rendah
            else n_periode_buruk >= min_periode
        end as berlaku
    from evaluated

),

final as (

    select
        -- ids
        'pegawai' as subjek_jenis,
        nip as subjek_kode,
        'kinerja_rendah' as sinyal,
        periode,

        -- dimensions
        periode_jenis,
        seri,
        tahun,
        berlaku,
        case
            when not berlaku then null
            when skor_terburuk <= skor_tinggi then 'tinggi'
            when seri = 'periodik' and n_periode_buruk = n_periode_dilihat
                then 'tinggi'
            else 'sedang'
        end as keparahan,
        case
            when seri = 'tahunan'
                then 'Predikat tahunan ' || periode || ': ' || predikat_kinerja
            else 'Predikat di bawah Baik pada ' || n_periode_buruk || ' dari '
                || n_periode_dilihat || ' periode terakhir (periode ini: '
                || predikat_kinerja || ')'
        end as alasan_inti,
        cast(null as varchar) as komponen,

        -- measures
        n_periode_buruk,
        n_periode_dilihat,
        cast(null as integer) as n_komponen_aktif,

        -- dates
        periode_selesai

    from flagged

)

select * from final
