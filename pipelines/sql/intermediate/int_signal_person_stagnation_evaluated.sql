-- int_signal_person_stagnation_evaluated: the person-stagnation rule (stagnasi_pegawai,
-- PRODUCT.md §5) evaluated for every periodic SKP, one row per nip x periode.
-- Component 1 (rating): the last aturan sinyal.stagnasi_n_periode periodic predikat
-- (this one included, all needed) all score below sinyal.stagnasi_skor_baik (Baik)
-- and the latest score is not above the first one of the window (no improvement).
-- Component 2 (position): at the period's end the employee has held the position
-- (tmt_jabatan of the current master) for at least sinyal.stagnasi_jabatan_min_tahun
-- years (tmt + 5 years <= periode_selesai) and no training started in the
-- sinyal.stagnasi_tanpa_pelatihan_bulan months up to the period's end.
-- Severity: tinggi both, sedang rating only, rendah position only.

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

ordered as (

    select
        evaluations.nip,
        evaluations.periode,
        evaluations.periode_jenis,
        evaluations.tahun,
        evaluations.periode_selesai,
        evaluations.skor_predikat,
        row_number() over (
            partition by evaluations.nip
            order by evaluations.periode_selesai desc, evaluations.periode
        ) as urutan_mundur
    from evaluations

),

windowed as (

    select
        current_row.nip,
        current_row.periode,
        count(*) as n_periode_dilihat,
        count(*) filter (where earlier.skor_predikat < rules.skor_baik)
            as n_periode_buruk,
        arg_max(earlier.skor_predikat, earlier.urutan_mundur) as skor_awal
    from ordered as current_row
    cross join rules
    inner join ordered as earlier
        on current_row.nip = earlier.nip
        and earlier.urutan_mundur between current_row.urutan_mundur
            and current_row.urutan_mundur + rules.n_periode - 1
    group by current_row.nip, current_row.periode

),

recent_training as (

    select
        ordered.nip,
        ordered.periode,
        count(training.nip) as n_pelatihan_terakhir
    from ordered
    cross join rules
    inner join training
        on ordered.nip = training.nip
        and training.tanggal_mulai <= ordered.periode_selesai
        and training.tanggal_mulai
            > ordered.periode_selesai - to_months(cast(rules.bulan as integer))
    group by ordered.nip, ordered.periode

),

components as (

    select
        ordered.*,
        windowed.n_periode_dilihat,
        windowed.n_periode_buruk,
        employees.tmt_jabatan,
        coalesce(recent_training.n_pelatihan_terakhir, 0) as n_pelatihan_terakhir,
        date_diff('month', employees.tmt_jabatan, ordered.periode_selesai)
            // 12 as tahun_di_jabatan,
        rules.bulan,
        windowed.n_periode_dilihat = rules.n_periode
            and windowed.n_periode_buruk = windowed.n_periode_dilihat
            and ordered.skor_predikat <= windowed.skor_awal as stagnan_predikat,
        coalesce(
            employees.tmt_jabatan + to_years(cast(rules.min_tahun as integer))
                <= ordered.periode_selesai
            and coalesce(recent_training.n_pelatihan_terakhir, 0) = 0,
            false
        ) as stagnan_jabatan
    from ordered
    cross join rules
    left join windowed
        on ordered.nip = windowed.nip
        and ordered.periode = windowed.periode
    left join employees
        on ordered.nip = employees.nip
    left join recent_training
        on ordered.nip = recent_training.nip
        and ordered.periode = recent_training.periode

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
        tahun,
        stagnan_predikat or stagnan_jabatan as berlaku,
        case
            when stagnan_predikat and stagnan_jabatan then 'tinggi'
            when stagnan_predikat then 'sedang'
            when stagnan_jabatan then 'rendah'
        end as keparahan,
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
        n_periode_buruk,
        n_periode_dilihat,
        cast(null as integer) as n_komponen_aktif,
        tahun_di_jabatan,

        -- dates
        periode_selesai,
        tmt_jabatan

    from components

)

select * from final
