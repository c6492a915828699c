-- mart_training_needs: one row per employee x competency with an open gap
-- (nip x kompetensi): the latest assessment of that competency (tanggal_asesmen, then
-- the latest load) has level_aktual < level_standar.
-- Route: the competency's row of ref_kompetensi_pelatihan (matched on the name,
-- case-insensitive); a competency missing from the map gets the default route
-- (nonklasikal coaching by the direct supervisor, aturan sinyal.pelatihan_jp_bawaan JP,
-- rute_bawaan = true).
-- tahun_ini: the year of the data cut-off (int_data_cutoff_found). jp_tahun_ini: JP of
-- trainings started that year; jp_status as in mart_employee_year (PNS memenuhi when
-- >= aturan jp.hak_pns else kurang; PPPK sesuai_batas when <= jp.batas_pppk else
-- melebihi_batas).
-- kinerja_rendah: the employee's latest evaluated period (periodic or annual) carries a
-- kinerja_rendah flag (mart_flags.terkini).
-- prioritas (1 = highest): skor_prioritas = sinyal.pelatihan_bobot_kinerja_rendah x
-- kinerja_rendah + sinyal.pelatihan_bobot_jp_kurang x (PNS below jp.hak_pns);
-- prioritas = 1 + (sum of the two weights) - skor_prioritas. Defaults 2 and 1:
-- 1 low performer below 20 JP, 2 low performer, 3 PNS below 20 JP, 4 the rest.

with assessments as (

    select * from stg_kompetensi

),

employees as (

    select * from int_employees_current

),

routes as (

    select * from ref_kompetensi_pelatihan

),

jp as (

    select * from int_jp_summed_per_year

),

cutoff as (

    select * from int_data_cutoff_found

),

flags as (

    select * from mart_flags where sinyal = 'kinerja_rendah' and terkini

),

rules as (

    select
        max(nilai) filter (where bagian = 'jp' and kunci = 'hak_pns') as hak_pns,
        max(nilai) filter (where bagian = 'jp' and kunci = 'batas_pppk') as batas_pppk,
        max(nilai) filter (
            where bagian = 'sinyal' and kunci = 'pelatihan_bobot_kinerja_rendah'
        ) as bobot_kinerja_rendah,
        max(nilai) filter (
            where bagian = 'sinyal' and kunci = 'pelatihan_bobot_jp_kurang'
        ) as bobot_jp_kurang,
        max(nilai) filter (
            where bagian = 'sinyal' and kunci = 'pelatihan_jp_bawaan'
        ) as jp_bawaan
    from ref_aturan

),

latest_assessments as (

    select *
    from assessments
    qualify row_number() over (
        partition by nip, kompetensi
        order by tanggal_asesmen desc, _loaded_at desc, _source_row desc
    ) = 1

),

gaps as (

    select * from latest_assessments where level_aktual < level_standar

),

low_performers as (

    select distinct subjek_kode as nip from flags

),

joined as (

    select
        gaps.nip,
        gaps.kompetensi,
        gaps.level_standar,
        gaps.level_aktual,
        gaps.tanggal_asesmen,
        employees.nama,
        employees.opd_kode,
        employees.opd_nama,
        employees.unit_kerja,
        employees.jenis_asn,
        coalesce(routes.jenis, gaps.jenis) as jenis,
        routes.kompetensi is null as rute_bawaan,
        coalesce(routes.jalur, 'nonklasikal') as jalur,
        coalesce(routes.bentuk, 'coaching') as bentuk,
        coalesce(
            routes.rekomendasi_pelatihan,
            'Coaching oleh atasan langsung untuk kompetensi ' || gaps.kompetensi
                || ' (belum ada di peta kompetensi-pelatihan)'
        ) as rekomendasi_pelatihan,
        coalesce(routes.jp, rules.jp_bawaan) as jp,
        year(cutoff.data_sampai) as tahun_ini,
        coalesce(jp.jp_total, 0) as jp_tahun_ini,
        case when employees.jenis_asn = 'PNS' then rules.hak_pns end as jp_hak,
        case
            when employees.jenis_asn in ('PPPK', 'PPPK_PARUH_WAKTU') then rules.batas_pppk
        end as jp_batas,
        low_performers.nip is not null as kinerja_rendah,
        rules.bobot_kinerja_rendah,
        rules.bobot_jp_kurang
    from gaps
    cross join rules
    left join cutoff
        on true
    left join employees
        on gaps.nip = employees.nip
    left join routes
        on lower(trim(gaps.kompetensi)) = lower(trim(routes.kompetensi))
    left join jp
        on gaps.nip = jp.nip
        and year(cutoff.data_sampai) = jp.tahun
    left join low_performers
        on gaps.nip = low_performers.nip

),

prioritised as (

    select
        *,
        jp_hak is not null and jp_tahun_ini < jp_hak as jp_kurang,
        bobot_kinerja_rendah * cast(kinerja_rendah as integer)
            + bobot_jp_kurang
                * cast(coalesce(jp_hak is not null and jp_tahun_ini < jp_hak, false)
                    as integer)
            as skor_prioritas
    from joined

),

final as (

    select
        -- ids
        nip,
        kompetensi,
        opd_kode,

        -- dimensions
        nama,
        opd_nama,
        unit_kerja,
        jenis_asn,
        jenis,
        jalur,
        bentuk,
        rekomendasi_pelatihan,
        rute_bawaan,
        case
            when jp_hak is not null and jp_tahun_ini >= jp_hak then 'memenuhi'
            when jp_hak is not null then 'kurang'
            when jp_batas is not null and jp_tahun_ini <= jp_batas then 'sesuai_batas'
            when jp_batas is not null then 'melebihi_batas'
        end as jp_status,
        kinerja_rendah,
        cast(
            1 + bobot_kinerja_rendah + bobot_jp_kurang - skor_prioritas as integer
        ) as prioritas,
        'Kesenjangan ' || (level_standar - level_aktual) || ' level pada '
            || kompetensi || ' (aktual ' || level_aktual || ', standar '
            || level_standar || ', asesmen '
            || strftime(tanggal_asesmen, '%d/%m/%Y') || ')'
            || case
                when jp_hak is not null
                    then '; ' || replace(cast(round(jp_tahun_ini, 1) as varchar), '.', ',')
                        || ' dari hak ' || cast(jp_hak as integer) || ' JP pada tahun '
                        || tahun_ini
                when jp_batas is not null
                    then '; ' || replace(cast(round(jp_tahun_ini, 1) as varchar), '.', ',')
                        || ' JP pada tahun ' || tahun_ini || ' (batas PPPK '
                        || cast(jp_batas as integer) || ' JP)'
                else ''
            end
            || case when kinerja_rendah then '; kinerja rendah pada periode terakhir'
                else '' end
            || case when rute_bawaan then '; rute bawaan (kompetensi belum dipetakan)'
                else '' end
            as alasan,

        -- measures
        level_standar,
        level_aktual,
        level_standar - level_aktual as kesenjangan,
        jp,
        tahun_ini,
        jp_tahun_ini,
        jp_hak,
        jp_batas,
        skor_prioritas,

        -- dates
        tanggal_asesmen

    from prioritised

),

-- urutan_prioritas: the order of the priority list (Kebutuhan Pelatihan), computed
-- once here so the page reads the list without sorting it: priority, then the fewer
-- JP this year, then the person's largest gap (a person's rows stay together), name,
-- NIP, the larger gap first, competency. Unique; filtering keeps the relative order.
ordered as (

    select *, max(kesenjangan) over (partition by nip) as kesenjangan_terbesar
    from final

),

numbered as (

    select
        * exclude (kesenjangan_terbesar),
        row_number() over (
            order by prioritas, jp_tahun_ini, kesenjangan_terbesar desc, nama, nip,
                kesenjangan desc, kompetensi
        ) as urutan_prioritas
    from ordered

)

select * from numbered
