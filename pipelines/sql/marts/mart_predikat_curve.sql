-- mart_predikat_curve: the spread of employee predikat checked against the PermenPANRB
-- 6/2022 curve (DOMAIN.md §1.2), one row per subject (tingkat 'kota' | 'opd' | 'unit')
-- x tahun x organisation predikat (all five, so the page can ask "what if"); `berlaku`
-- marks the organisation predikat that applies (predikat_organisasi.csv, else Baik).
-- Counts: employees with a predikat in the year (mart_employee_year.predikat_efektif:
-- the annual predikat, else the latest periodic one; sumber_predikat says which).
-- Rules and the exact people bounds: int_predikat_curve_evaluated (aturan [kurva]).
-- sesuai: every rule holds. layak: the lower bounds fit in n (else no spread of n
-- people can comply, e.g. Kurang with 2 people). perubahan_minimal: the fewest people
-- whose predikat would have to differ for the spread to comply (0 when it complies,
-- NULL when it cannot) = max(people missing under the lower bounds, people above the
-- upper bound); saran / langkah: one such change, step by step
-- (int_predikat_curve_moves).
-- aturan_gagal: each failing rule with its numbers (Indonesian). rincian: JSON list of
-- every rule (kelompok, batas min/maks, nilai, satuan, batas_orang, jumlah,
-- terpenuhi). kecil: fewer rated people than aturan data.min_orang_agregat.

with evaluated as (

    select * from int_predikat_curve_evaluated

),

moves as (

    select * from int_predikat_curve_moves

),

minimum_group as (

    select max(nilai) as min_orang
    from ref_aturan
    where bagian = 'data' and kunci = 'min_orang_agregat'

),

described as (

    select
        *,
        array_to_string(kelompok, ' atau ') as kelompok_teks,
        replace(format('{:.1f}', 100.0 * jumlah / n_dinilai), '.', ',') as jumlah_pct,
        case
            when nilai = floor(nilai) then cast(cast(nilai as bigint) as varchar)
            else replace(cast(nilai as varchar), '.', ',')
        end as nilai_teks
    from evaluated

),

rule_texts as (

    select
        *,
        case
            when terpenuhi then null
            when batas = 'maks' and batas_orang = 0
                then format(
                    '{} {} orang, padahal tidak boleh ada', kelompok_teks, jumlah
                )
            when batas = 'maks' and satuan = 'orang'
                then format(
                    '{} {} orang, melebihi batas {} orang', kelompok_teks, jumlah,
                    batas_orang
                )
            when batas = 'maks'
                then format(
                    '{} {} dari {} orang ({}%), melebihi batas {}% (paling banyak {} '
                    || 'orang)',
                    kelompok_teks, jumlah, n_dinilai, jumlah_pct, nilai_teks,
                    batas_orang
                )
            when satuan = 'orang' and jumlah = 0
                then format(
                    'Tidak ada {}, padahal wajib paling sedikit {} orang',
                    kelompok_teks, batas_orang
                )
            when satuan = 'orang'
                then format(
                    '{} {} orang, padahal wajib paling sedikit {} orang',
                    kelompok_teks, jumlah, batas_orang
                )
            else format(
                '{} {} dari {} orang ({}%), di bawah batas {}% (paling sedikit {} '
                || 'orang)',
                kelompok_teks, jumlah, n_dinilai, jumlah_pct, nilai_teks, batas_orang
            )
        end as aturan_gagal_teks
    from described

),

checked as (

    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        any_value(subjek_nama) as subjek_nama,
        any_value(opd_kode) as opd_kode,
        any_value(opd_nama) as opd_nama,
        any_value(urutan_predikat_organisasi) as urutan_predikat_organisasi,
        any_value(predikat_organisasi_berlaku) as predikat_organisasi_berlaku,
        any_value(berlaku) as berlaku,
        any_value(sumber_predikat_organisasi) as sumber_predikat_organisasi,
        any_value(keterangan_predikat_organisasi) as keterangan_predikat_organisasi,
        any_value(n_dinilai) as n_dinilai,
        any_value(n_sangat_baik) as n_sangat_baik,
        any_value(n_baik) as n_baik,
        any_value(n_butuh_perbaikan) as n_butuh_perbaikan,
        any_value(n_kurang) as n_kurang,
        any_value(n_sangat_kurang) as n_sangat_kurang,
        any_value(n_dari_tahunan) as n_dari_tahunan,
        count(*) as n_aturan,
        count(*) filter (where not terpenuhi) as n_aturan_gagal,
        bool_and(terpenuhi) as sesuai,
        bool_and(nilai is not null) as aturan_lengkap,
        coalesce(sum(batas_orang) filter (where batas = 'min'), 0) as total_minimal,
        sum(kekurangan) as total_kekurangan,
        sum(kelebihan) as total_kelebihan,
        string_agg(aturan_gagal_teks, '; ' order by aturan_ke) as aturan_gagal,
        cast(
            to_json(
                list(
                    {
                        'aturan_ke': aturan_ke,
                        'batas': batas,
                        'kelompok': kelompok,
                        'nilai': nilai,
                        'satuan': satuan,
                        'batas_orang': batas_orang,
                        'jumlah': jumlah,
                        'terpenuhi': terpenuhi
                    }
                    order by aturan_ke
                )
            ) as varchar
        ) as rincian
    from rule_texts
    group by tingkat, subjek_kode, tahun, predikat_organisasi

),

steps as (

    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        string_agg(
            format(
                '{} orang dari {} ke {}',
                jumlah,
                array_to_string(dari, ' atau '),
                coalesce(
                    array_to_string(ke, ' atau '),
                    'predikat selain ' || array_to_string(dari, ' atau ')
                )
            ),
            '; ' order by langkah_ke
        ) as langkah_teks,
        cast(
            to_json(
                list(
                    {'jumlah': jumlah, 'dari': dari, 'ke': ke} order by langkah_ke
                )
            ) as varchar
        ) as langkah,
        sum(jumlah) as jumlah_langkah
    from moves
    group by tingkat, subjek_kode, tahun, predikat_organisasi

),

joined as (

    select
        checked.*,
        checked.total_minimal <= checked.n_dinilai as layak,
        steps.langkah_teks,
        steps.langkah,
        minimum_group.min_orang
    from checked
    left join steps
        on checked.tingkat = steps.tingkat
        and checked.subjek_kode = steps.subjek_kode
        and checked.tahun = steps.tahun
        and checked.predikat_organisasi = steps.predikat_organisasi
    cross join minimum_group

),

final as (

    select
        -- ids
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,

        -- dimensions
        subjek_nama,
        opd_kode,
        opd_nama,
        urutan_predikat_organisasi,
        predikat_organisasi_berlaku,
        berlaku,
        sumber_predikat_organisasi,
        keterangan_predikat_organisasi,
        case
            when n_dari_tahunan = n_dinilai then 'tahunan'
            when n_dari_tahunan = 0 then 'periodik_terakhir'
            else 'campuran'
        end as sumber_predikat,
        n_dinilai < coalesce(min_orang, 5) as kecil,
        sesuai,
        layak,
        aturan_lengkap,
        aturan_gagal,
        case
            when sesuai then null
            when not layak
                then format(
                    'Tidak mungkin dipenuhi: batas paling sedikit memerlukan {} orang, '
                    || 'yang dinilai hanya {} orang',
                    total_minimal, n_dinilai
                )
            else format(
                'Paling sedikit {} pegawai harus berpredikat lain: {}',
                greatest(total_kekurangan, total_kelebihan), langkah_teks
            )
        end as saran,
        coalesce(langkah, '[]') as langkah,
        rincian,

        -- measures
        n_dinilai,
        n_sangat_baik,
        n_baik,
        n_butuh_perbaikan,
        n_kurang,
        n_sangat_kurang,
        100.0 * n_sangat_baik / n_dinilai as pct_sangat_baik,
        100.0 * n_baik / n_dinilai as pct_baik,
        100.0 * n_butuh_perbaikan / n_dinilai as pct_butuh_perbaikan,
        100.0 * n_kurang / n_dinilai as pct_kurang,
        100.0 * n_sangat_kurang / n_dinilai as pct_sangat_kurang,
        n_dari_tahunan,
        n_aturan,
        n_aturan_gagal,
        total_kekurangan,
        total_kelebihan,
        case
            when sesuai then 0
            when layak then greatest(total_kekurangan, total_kelebihan)
        end as perubahan_minimal

    from joined

)

select * from final
