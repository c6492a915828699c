-- mart_award_nominations: one row per year x award rule x candidate that meets the
-- rule's conditions (tahun, aturan, subjek_jenis, subjek_kode), ranked within its group;
-- nominasi = the rank is within the rule's limit (ties share a rank, so a tie at the
-- limit nominates every tied candidate). The rules (thresholds in aturan
-- [penghargaan]) only propose; BKPSDM confirms or removes nominees in the app's store.
-- 1 asn_terbaik (pegawai, grouped per OPD): annual predikat Sangat Baik; at least
--   asn_min_periode periodic SKP in the year, at least asn_min_pct_baik % of them Baik
--   or better; no early-warning flag (mart_flags) in the year and none current.
--   Ranked by the number of periodic Sangat Baik, then the share Baik or better.
-- 2 capaian_sektor (unit, grouped per sector): at least unit_min_indikator indicators
--   with a target in the year (mart_unit_outcome_rating), mean attainment at least
--   sektor_min_capaian_pct, no unit flag open at the year's end (the year's
--   mismatch flag, a flag of the year's last period, or a current one). Ranked by
--   the mean attainment, then the number on target.
-- 3 unit_meningkat (unit, city-wide): mean attainment up by at least
--   meningkat_min_poin points on the year before, both years with at least
--   unit_min_indikator indicators with a target, no unit flag open at the year's end.
--   Ranked by the increase.
-- 4 ikm_terbaik (unit, city-wide): the yearly IKM of a service unit, reliable (andal:
--   at least ikm.min_responden responses) and at least ikm_min_nilai. Ranked by IKM,
--   then the number of responses. berjalan: the year is still running (provisional).
-- nilai: the number the rank is based on (periodic Sangat Baik, mean attainment %,
-- increase in points, IKM). bukti: the evidence in Indonesian with the numbers;
-- kutipan: a short public citation without personal data beyond the name.

with rules as (

    select kunci, nilai from ref_aturan where bagian = 'penghargaan'

),

settings as (

    select
        coalesce(max(nilai) filter (where kunci = 'asn_min_periode'), 6) as asn_min_periode,
        coalesce(max(nilai) filter (where kunci = 'asn_min_pct_baik'), 100)
            as asn_min_pct_baik,
        coalesce(max(nilai) filter (where kunci = 'asn_maks_per_opd'), 1)
            as asn_maks_per_opd,
        coalesce(max(nilai) filter (where kunci = 'unit_min_indikator'), 2)
            as unit_min_indikator,
        coalesce(max(nilai) filter (where kunci = 'sektor_min_capaian_pct'), 100)
            as sektor_min_capaian_pct,
        coalesce(max(nilai) filter (where kunci = 'sektor_maks_per_sektor'), 1)
            as sektor_maks_per_sektor,
        coalesce(max(nilai) filter (where kunci = 'meningkat_min_poin'), 5)
            as meningkat_min_poin,
        coalesce(max(nilai) filter (where kunci = 'meningkat_maks'), 1) as meningkat_maks,
        coalesce(max(nilai) filter (where kunci = 'ikm_min_nilai'), 76.61) as ikm_min_nilai,
        coalesce(max(nilai) filter (where kunci = 'ikm_maks'), 1) as ikm_maks
    from rules

),

cutoff as (

    select data_sampai from int_data_cutoff_found

),

employee_years as (

    -- Only people in the employee master can be nominated: an SKP whose NIP the
    -- master does not (yet) know has no name, jabatan or OPD to announce.
    select * from mart_employee_year
    where nama is not null and opd_kode is not null

),

employee_periods as (

    select * from mart_employee_period where periode_jenis <> 'tahunan'

),

flags as (

    select * from mart_flags

),

unit_outcomes as (

    select * from mart_unit_outcome_rating

),

ikm_years as (

    select * from mart_ikm_unit_period where periode_jenis = 'tahunan'

),

-- 1 asn_terbaik ----------------------------------------------------------------------

periodic as (

    select
        nip,
        tahun,
        count(*) as n_periode,
        count(*) filter (where skor_predikat >= 4) as n_baik_ke_atas,
        count(*) filter (where skor_predikat = 5) as n_sangat_baik,
        arg_max(nama_jabatan, periode_selesai) as jabatan
    from employee_periods
    group by nip, tahun

),

person_flags as (

    select
        subjek_kode as nip,
        tahun,
        true as ada_tanda
    from flags
    where subjek_jenis = 'pegawai'
    group by subjek_kode, tahun

),

person_current_flags as (

    select distinct subjek_kode as nip
    from flags
    where subjek_jenis = 'pegawai' and terkini

),

persons as (

    select
        y.tahun,
        'pegawai' as subjek_jenis,
        y.nip as subjek_kode,
        y.nama as subjek_nama,
        y.nip,
        p.jabatan,
        y.unit_kode,
        y.unit_kerja as unit_nama,
        y.opd_kode,
        y.opd_nama,
        y.sektor,
        y.predikat_tahunan,
        p.n_periode,
        p.n_baik_ke_atas,
        p.n_sangat_baik,
        100.0 * p.n_baik_ke_atas / p.n_periode as pct_baik_ke_atas
    from employee_years as y
    inner join periodic as p on p.nip = y.nip and p.tahun = y.tahun
    cross join settings as s
    where y.predikat_tahunan = 'Sangat Baik'
        and p.n_periode >= s.asn_min_periode
        and 100.0 * p.n_baik_ke_atas / p.n_periode >= s.asn_min_pct_baik
        and not exists (
            select 1 from person_flags as f where f.nip = y.nip and f.tahun = y.tahun
        )
        and y.nip not in (select nip from person_current_flags)

),

persons_ranked as (

    select
        persons.*,
        'asn_terbaik' as aturan,
        1 as aturan_urutan,
        coalesce(opd_kode, '') as kelompok,
        cast(n_sangat_baik as double) as nilai,
        rank() over (
            partition by tahun, opd_kode
            order by n_sangat_baik desc, pct_baik_ke_atas desc
        ) as peringkat,
        count(*) over (partition by tahun, opd_kode) as n_kandidat
    from persons

),

-- units: flags and attainment -------------------------------------------------------

-- a unit flag open at the year's end: the year's outcome-vs-rating mismatch, a flag
-- of the year's last period (ending 31 December) or one still current
unit_flags as (

    select
        subjek_kode as unit_kode,
        tahun
    from flags
    where subjek_jenis = 'unit'
        and (
            sinyal = 'ketidaksesuaian_hasil'
            or periode_selesai = make_date(tahun, 12, 31)
            or terkini
        )
    group by subjek_kode, tahun

),

unit_years as (

    select
        o.*,
        o.n_bertarget >= s.unit_min_indikator as cukup_indikator
    from unit_outcomes as o
    cross join settings as s
    where not exists (
        select 1 from unit_flags as f
        where f.unit_kode = o.unit_kode and f.tahun = o.tahun
    )

),

-- 2 capaian_sektor --------------------------------------------------------------------

sector_best as (

    select
        u.tahun,
        'unit' as subjek_jenis,
        u.unit_kode as subjek_kode,
        u.unit_nama as subjek_nama,
        u.jenis_unit as jabatan,
        u.unit_kode,
        u.unit_nama,
        u.opd_kode,
        u.opd_nama,
        u.sektor,
        u.n_bertarget,
        u.n_tercapai,
        u.rata_capaian_pct,
        'capaian_sektor' as aturan,
        2 as aturan_urutan,
        coalesce(u.sektor, '') as kelompok,
        u.rata_capaian_pct as nilai,
        rank() over (
            partition by u.tahun, u.sektor
            -- rounded: a mean that equals another's up to summation-order noise ties
            order by round(u.rata_capaian_pct, 6) desc, u.n_tercapai desc
        ) as peringkat,
        count(*) over (partition by u.tahun, u.sektor) as n_kandidat
    from unit_years as u
    cross join settings as s
    where u.cukup_indikator and u.rata_capaian_pct >= s.sektor_min_capaian_pct

),

-- 3 unit_meningkat --------------------------------------------------------------------

improved as (

    select
        u.tahun,
        'unit' as subjek_jenis,
        u.unit_kode as subjek_kode,
        u.unit_nama as subjek_nama,
        u.jenis_unit as jabatan,
        u.unit_kode,
        u.unit_nama,
        u.opd_kode,
        u.opd_nama,
        u.sektor,
        u.n_bertarget,
        u.n_tercapai,
        u.rata_capaian_pct,
        prev.rata_capaian_pct as rata_capaian_sebelumnya,
        u.rata_capaian_pct - prev.rata_capaian_pct as kenaikan_poin
    from unit_years as u
    inner join unit_outcomes as prev
        on prev.unit_kode = u.unit_kode and prev.tahun = u.tahun - 1
    cross join settings as s
    where u.cukup_indikator
        and prev.n_bertarget >= s.unit_min_indikator
        and u.rata_capaian_pct - prev.rata_capaian_pct >= s.meningkat_min_poin

),

improved_ranked as (

    select
        improved.*,
        'unit_meningkat' as aturan,
        3 as aturan_urutan,
        'kota' as kelompok,
        kenaikan_poin as nilai,
        rank() over (partition by tahun order by round(kenaikan_poin, 6) desc) as peringkat,
        count(*) over (partition by tahun) as n_kandidat
    from improved

),

-- 4 ikm_terbaik -----------------------------------------------------------------------

ikm_best as (

    select
        i.tahun,
        'unit' as subjek_jenis,
        i.unit_kode as subjek_kode,
        i.unit_nama as subjek_nama,
        i.unit_kode,
        i.unit_nama,
        i.opd_kode,
        i.ikm,
        i.mutu,
        i.kinerja_unit,
        i.n_responden,
        i.unsur_terlemah_nama,
        i.nrr_terlemah,
        i.berjalan,
        'ikm_terbaik' as aturan,
        4 as aturan_urutan,
        'kota' as kelompok,
        i.ikm as nilai,
        rank() over (
            partition by i.tahun order by round(i.ikm, 6) desc, i.n_responden desc
        ) as peringkat,
        count(*) over (partition by i.tahun) as n_kandidat
    from ikm_years as i
    cross join settings as s
    where i.andal and i.ikm >= s.ikm_min_nilai

),

-- all rules, one shape ----------------------------------------------------------------

combined as (

    select
        tahun, aturan, aturan_urutan, subjek_jenis, subjek_kode, subjek_nama, nip,
        jabatan, unit_kode, unit_nama, opd_kode, opd_nama, sektor, kelompok, nilai,
        peringkat, n_kandidat, predikat_tahunan, n_periode, n_baik_ke_atas,
        n_sangat_baik, pct_baik_ke_atas,
        cast(null as bigint) as n_bertarget,
        cast(null as bigint) as n_tercapai,
        cast(null as double) as rata_capaian_pct,
        cast(null as double) as rata_capaian_sebelumnya,
        cast(null as double) as kenaikan_poin,
        cast(null as double) as ikm,
        cast(null as varchar) as mutu,
        cast(null as varchar) as kinerja_unit,
        cast(null as bigint) as n_responden,
        cast(null as varchar) as unsur_terlemah_nama,
        cast(null as double) as nrr_terlemah,
        false as berjalan
    from persons_ranked
    union all by name
    select
        tahun, aturan, aturan_urutan, subjek_jenis, subjek_kode, subjek_nama,
        cast(null as varchar) as nip, jabatan, unit_kode, unit_nama, opd_kode,
        opd_nama, sektor, kelompok, nilai, peringkat, n_kandidat, n_bertarget,
        n_tercapai, rata_capaian_pct, false as berjalan
    from sector_best
    union all by name
    select
        tahun, aturan, aturan_urutan, subjek_jenis, subjek_kode, subjek_nama,
        cast(null as varchar) as nip, jabatan, unit_kode, unit_nama, opd_kode,
        opd_nama, sektor, kelompok, nilai, peringkat, n_kandidat, n_bertarget,
        n_tercapai, rata_capaian_pct, rata_capaian_sebelumnya, kenaikan_poin,
        false as berjalan
    from improved_ranked
    union all by name
    select
        tahun, aturan, aturan_urutan, subjek_jenis, subjek_kode, subjek_nama,
        cast(null as varchar) as nip, unit_kode, unit_nama, opd_kode, kelompok, nilai, peringkat, n_kandidat, ikm, mutu,
        kinerja_unit, n_responden, unsur_terlemah_nama, nrr_terlemah, berjalan
    from ikm_best

),

-- numbers the Indonesian way for the evidence text: 114,1 and 87,59
texts as (

    select
        combined.*,
        replace(printf('%.1f', pct_baik_ke_atas), '.', ',') as t_pct_baik,
        replace(printf('%.1f', rata_capaian_pct), '.', ',') as t_capaian,
        replace(printf('%.1f', rata_capaian_sebelumnya), '.', ',') as t_sebelumnya,
        replace(printf('%.1f', kenaikan_poin), '.', ',') as t_kenaikan,
        replace(printf('%.2f', ikm), '.', ',') as t_ikm,
        replace(printf('%.2f', nrr_terlemah), '.', ',') as t_nrr
    from combined

),

final as (

    select
        -- keys
        t.tahun,
        t.aturan,
        t.subjek_jenis,
        t.subjek_kode,
        -- who
        t.subjek_nama,
        t.nip,
        coalesce(t.jabatan, u.jenis_unit) as jabatan,
        t.unit_kode,
        t.unit_nama,
        coalesce(t.opd_kode, u.opd_kode) as opd_kode,
        coalesce(t.opd_nama, o.opd_nama) as opd_nama,
        coalesce(t.sektor, o.sektor) as sektor,
        -- rank
        t.aturan_urutan,
        t.kelompok,
        t.nilai,
        t.peringkat,
        t.n_kandidat,
        t.peringkat <= case t.aturan
            when 'asn_terbaik' then s.asn_maks_per_opd
            when 'capaian_sektor' then s.sektor_maks_per_sektor
            when 'unit_meningkat' then s.meningkat_maks
            else s.ikm_maks
        end as nominasi,
        -- evidence numbers
        t.predikat_tahunan,
        t.n_periode,
        t.n_baik_ke_atas,
        t.n_sangat_baik,
        t.pct_baik_ke_atas,
        t.n_bertarget,
        t.n_tercapai,
        t.rata_capaian_pct,
        t.rata_capaian_sebelumnya,
        t.kenaikan_poin,
        t.ikm,
        t.mutu,
        t.kinerja_unit,
        t.n_responden,
        t.unsur_terlemah_nama,
        t.nrr_terlemah,
        t.berjalan,
        c.data_sampai,
        -- evidence and citation, in Indonesian
        case t.aturan
            when 'asn_terbaik' then
                'Predikat tahunan ' || t.tahun || ' ' || t.predikat_tahunan || '; '
                || t.n_baik_ke_atas || ' dari ' || t.n_periode
                || ' penilaian periodik Baik ke atas (' || t.t_pct_baik || '%), '
                || t.n_sangat_baik || ' di antaranya Sangat Baik; tanpa tanda '
                || 'peringatan pada ' || t.tahun || ' dan tanpa tanda aktif'
            when 'capaian_sektor' then
                'Rata-rata capaian ' || t.t_capaian || '% dari ' || t.n_bertarget
                || ' indikator bertarget (' || t.n_tercapai || ' tercapai) pada '
                || t.tahun || '; tanpa tanda peringatan unit di akhir tahun'
            when 'unit_meningkat' then
                'Rata-rata capaian naik ' || t.t_kenaikan || ' poin: '
                || t.t_sebelumnya || '% (' || (t.tahun - 1) || ') menjadi '
                || t.t_capaian || '% (' || t.tahun || '), ' || t.n_bertarget
                || ' indikator bertarget; tanpa tanda peringatan unit di akhir tahun'
            else
                'IKM ' || t.tahun || ' ' || t.t_ikm || ' (mutu ' || t.mutu || ', '
                || t.kinerja_unit || ') dari ' || t.n_responden || ' responden'
                || '; unsur terlemah ' || coalesce(t.unsur_terlemah_nama, '-')
                || ' (' || coalesce(t.t_nrr, '-') || ')'
                || case when t.berjalan then '; sementara, tahun masih berjalan'
                    else '' end
        end as bukti,
        case t.aturan
            when 'asn_terbaik' then
                'Predikat kinerja tahunan ' || t.tahun || ' Sangat Baik, '
                || t.n_baik_ke_atas || ' dari ' || t.n_periode
                || ' penilaian periodik Baik ke atas'
            when 'capaian_sektor' then
                'Rata-rata capaian indikator ' || t.t_capaian || '% pada ' || t.tahun
                || ', ' || t.n_tercapai || ' dari ' || t.n_bertarget || ' tercapai'
            when 'unit_meningkat' then
                'Capaian naik ' || t.t_kenaikan || ' poin, dari ' || t.t_sebelumnya
                || '% menjadi ' || t.t_capaian || '%'
            else
                'Indeks Kepuasan Masyarakat ' || t.t_ikm || ' (mutu ' || t.mutu
                || ') dari ' || t.n_responden || ' responden'
        end as kutipan
    from texts as t
    cross join settings as s
    cross join cutoff as c
    left join ref_unit as u on u.unit_kode = t.unit_kode
    left join ref_opd as o on o.opd_kode = coalesce(t.opd_kode, u.opd_kode)

)

select * from final
